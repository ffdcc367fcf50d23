"""Recognition: find the spans a language's rules match, longest first, and read their parts.

Speed comes from dispatch: the recogniser works out, once, which first words each rule can start with
(from the pattern itself), then walks the text word by word and tries only the rules that can start
at that word. Among the rules that match at a position the longest match wins; ties go to the rule
listed first. Matches do not overlap: scanning resumes after a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from timeline.language import Language
from timeline.parts import Parts, parts_from_fields
from timeline.rules import Rule, group_part

try:  # Python 3.11+
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["Mention", "Recognizer", "first_keys"]

#: Words, and apostrophes before digits ("'90s"): the positions where a rule may start.
_TOKEN = re.compile(r"\w+|['’](?=\d)")
_KEY_LENGTH = 3
_DIGIT_KEY = "#"


@attrs.frozen
class Mention:
    """A span a rule matched, with the parts it understood (not yet resolved)."""

    start: int
    end: int
    text: str
    rule: str
    parts: Parts


class _Unknown(Exception):
    """The first word of a pattern cannot be listed: the rule is tried everywhere."""


def _token_key(token: str) -> str:
    if token[0].isdigit():
        return _DIGIT_KEY
    return token[:_KEY_LENGTH].lower()


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _extend(prefixes: set[str], chars: set[str], finished: set[str]) -> set[str]:
    grown: set[str] = set()
    for prefix in prefixes:
        for ch in chars:
            if ch.isdigit() and not prefix:
                finished.add(_DIGIT_KEY)
            elif _is_word(ch):
                word = prefix + ch
                if len(word) >= _KEY_LENGTH:
                    finished.add(word[:_KEY_LENGTH])
                else:
                    grown.add(word)
            elif prefix:
                finished.add(prefix)
            elif ch in "'’":
                finished.add(ch)
            else:
                raise _Unknown
    return grown


def _class_chars(items: list[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.add(chr(arg).lower())
        elif op is _sre.RANGE:
            low, high = arg
            if high - low > 64:
                raise _Unknown
            chars.update(chr(c).lower() for c in range(low, high + 1))
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            raise _Unknown
    return chars


def _walk(items: Any, prefixes: set[str]) -> tuple[set[str], set[str]]:
    """(first-word keys completed, word prefixes still open) after matching ``items``."""
    finished: set[str] = set()
    current = set(prefixes)
    for op, arg in items:
        if not current:
            break
        if op is _sre.LITERAL:
            current = _extend(current, {chr(arg).lower()}, finished)
        elif op is _sre.IN:
            current = _extend(current, _class_chars(arg), finished)
        elif op is _sre.BRANCH:
            grown: set[str] = set()
            for alternative in arg[1]:
                done, still = _walk(alternative, current)
                finished |= done
                grown |= still
            current = grown
        elif op is _sre.SUBPATTERN:
            done, current = _walk(arg[-1], current)
            finished |= done
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            low, high, body = arg
            reached = set(current) if low == 0 else set()
            state = current
            for count in range(1, min(high, _KEY_LENGTH + 1) + 1):
                done, state = _walk(body, state)
                finished |= done
                if count >= low:
                    reached |= state
                if not state:
                    break
            current = reached
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the first word is unchanged
        else:
            raise _Unknown
    return finished, current


def first_keys(pattern: str) -> frozenset[str] | None:
    """The lowercased first three characters of every word a match of ``pattern`` can start with.

    ``"#"`` stands for any word starting with a digit. ``None`` when they cannot be listed.
    """
    try:
        finished, still_open = _walk(_sre_parse.parse(pattern, re.IGNORECASE), {""})
    except (_Unknown, RecursionError):
        return None
    if "" in still_open:
        return None  # the pattern can match the empty string
    return frozenset(finished | still_open)


_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_]\w*>")


@attrs.frozen
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    #: (group name, part it fills), in pattern order
    groups: tuple[tuple[str, str], ...]


class Recognizer:
    """Applies a language's rules to text."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._rules: list[_Compiled] = []
        by_key: dict[str, list[int]] = {}
        everywhere: list[int] = []
        for index, rule in enumerate(language.rules):
            regex = re.compile(rule.pattern, re.IGNORECASE)
            groups = tuple(sorted(regex.groupindex.items(), key=lambda item: item[1]))
            self._rules.append(_Compiled(rule, regex, tuple((name, group_part(name)) for name, _ in groups)))
            keys = first_keys(rule.pattern)
            if keys is None:
                everywhere.append(index)
                continue
            for key in keys:
                by_key.setdefault(key, []).append(index)
        self._everywhere = tuple(everywhere)
        self._by_key = {key: tuple(sorted({*indexes, *everywhere})) for key, indexes in by_key.items()}
        self._masters: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _master(self, indexes: tuple[int, ...]) -> re.Pattern[str]:
        master = self._masters.get(indexes)
        if master is None:
            branches = "|".join(
                f"(?P<_r{i}>{_NAMED_GROUP.sub('(?:', self._rules[i].rule.pattern)})" for i in indexes
            )
            master = self._masters[indexes] = re.compile(branches, re.IGNORECASE)
        return master

    def candidates(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(rule index, match) for every non-overlapping longest match, left to right."""
        resume = 0
        by_key = self._by_key
        everywhere = self._everywhere
        for token in _TOKEN.finditer(text):
            start = token.start()
            if start < resume:
                continue
            indexes = by_key.get(_token_key(token.group()), everywhere)
            if not indexes:
                continue
            hit = self._master(indexes).match(text, start)
            if hit is None or hit.end() == start:
                continue
            assert hit.lastgroup is not None
            best = int(hit.lastgroup[2:])
            best_match: re.Match[str] | None = None
            best_end = hit.end()
            for index in indexes[indexes.index(best) + 1 :]:
                other = self._rules[index].regex.match(text, start)
                if other is not None and other.end() > best_end:
                    best, best_match, best_end = index, other, other.end()
            if best_match is None:
                best_match = self._rules[best].regex.match(text, start)
                if best_match is None:  # pragma: no cover - the master matched the same pattern
                    continue
            resume = best_end
            yield best, best_match

    def find(self, text: str) -> tuple[Mention, ...]:
        """Every temporal mention in ``text``, in order."""
        mentions = []
        read = self.language.read_group
        for index, match in self.candidates(text):
            compiled = self._rules[index]
            rule = compiled.rule
            fields: list[tuple[str, object]] = list(rule.parts)
            try:
                for name, part in compiled.groups:
                    captured = match.group(name)
                    if captured is not None:
                        fields.extend(read(part, captured))
                parts = parts_from_fields(rule.build, rule.type, rule.value, fields)
            except (KeyError, ValueError, TypeError):
                continue  # the words matched but do not read as a date (e.g. day 31 of a 30-day month)
            mentions.append(Mention(match.start(), match.end(), match.group(), rule.name, parts))
        return tuple(mentions)
