"""Rule records: a named pattern, how its parts build a value, and the examples that prove it.

Languages write rules as data (see :mod:`timeline.lang.en.patterns`); the recogniser applies them.
Patterns use named groups only; a group's name says which part it fills ("month", "shift", ...), and a
trailing ``_N`` lets one pattern fill the same part from different places ("year", "year_1").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import attrs

from timeline.model import TimexType
from timeline.parts import Build

__all__ = ["Example", "Macros", "Rule", "alternation", "expand", "group_part"]

#: A pinned reference date used by examples that do not give their own.
EXAMPLE_REFERENCE = "2022-01-19"


@attrs.frozen
class Example:
    """A sentence, the expression a rule must find in it, and the value it must resolve to."""

    text: str
    found: str
    value: str
    type: TimexType | None = None
    reference: str = EXAMPLE_REFERENCE


@attrs.frozen
class Rule:
    """One pattern of a language.

    ``pattern`` is a regular expression (macros already expanded) matched case-insensitively;
    ``build`` says how the captured parts make a value; ``type``/``value`` fix the TIMEX3 type or
    value where the pattern alone decides them; ``parts`` are fixed parts the rule always sets.
    """

    name: str
    pattern: str
    build: Build
    examples: tuple[Example, ...] = ()
    type: TimexType | None = None
    value: str | None = None
    #: parts the rule sets whatever it captured, e.g. ``(("discourse", True),)``
    parts: tuple[tuple[str, object], ...] = ()

    def compile(self) -> re.Pattern[str]:
        """The pattern compiled, case-insensitive; :class:`ValueError` naming the rule if it is invalid or has
        unnamed groups. (Not done when the rule is made: the recogniser compiles a rule when a text first needs
        it, so a process that reads one article does not pay for the rules it never tries.)"""
        try:
            compiled = re.compile(self.pattern, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"rule {self.name}: invalid pattern: {exc}") from exc
        unnamed = compiled.groups - len(compiled.groupindex)
        if unnamed:
            raise ValueError(f"rule {self.name}: {unnamed} unnamed capturing group(s); use (?:...) or (?P<name>...)")
        return compiled


_GROUP_SUFFIX = re.compile(r"_\d+$")


def group_part(group: str) -> str:
    """The part a group fills: ``year_1`` fills ``year``."""
    return _GROUP_SUFFIX.sub("", group)


Macros = Mapping[str, str]
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand(template: str, macros: Macros) -> str:
    """Replace ``{NAME}`` by ``macros[NAME]`` (recursively); regex quantifiers like ``{1,2}`` stay."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise KeyError(f"unknown macro {{{name}}} in pattern {template!r}")
        return expand(macros[name], macros)

    return _MACRO.sub(substitute, template)


def alternation(words: Iterable[str], *, boundary: bool = True, transform: Callable[[str], str] | None = None) -> str:
    """A non-capturing group matching any of ``words``, longest first; spaces match any white space."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = re.escape(transform(word) if transform else word)
        parts.append(escaped.replace(r"\ ", r"\s+").replace("'", "['’]"))
    body = "|".join(parts)
    return f"(?:{body})(?!\\w)" if boundary else f"(?:{body})"


def after_any_of(words: Iterable[str], tail: str = "") -> str:
    """A group of lookbehinds that holds where one of ``words`` and a space end, whatever their lengths (a
    lookbehind must have one width, so the words are grouped by length); ``tail``, a pattern of one width, may
    follow the space."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(set(words)):
        by_length.setdefault(len(word), []).append(re.escape(word))
    behinds = [rf"(?<=\b(?:{'|'.join(group)})\s{tail})" for _, group in sorted(by_length.items())]
    return "(?:" + "|".join(behinds) + ")"
