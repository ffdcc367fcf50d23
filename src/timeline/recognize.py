"""Recognition: find the spans a language's rules match, longest first, and read their parts.

Speed comes from dispatch: the recogniser works out, once, which first words each rule can start with
(from the pattern itself), then walks the text word by word and tries only the rules that can start
at that word. Among the rules that match at a position the longest match wins; ties go to the rule
listed first. Matches do not overlap: scanning resumes after a match.

The rules keyed by a word are tried one by one, each with its own compiled pattern. One pattern joining
the rules of each key was no faster, and compiling them cost seconds on first use (their text came to
twenty times the rules'), which a command line run on one article paid every time. For the same reason a
rule compiles when a text first needs it (an article of news tries about two thirds of them), and the first
words of each rule come from a table generated from the patterns (``lang/<code>/first_words.py``): working
them out parses every pattern, 0.3 s that a fresh process would pay before reading its first word.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from timeline.language import Language
from timeline.parts import Parts, parts_from_fields
from timeline.rules import Rule, group_part

if sys.version_info >= (3, 11):
    from re import _constants as _sre
    from re import _parser as _sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

__all__ = [
    "Mention",
    "Recognizer",
    "first_words_source",
    "pattern_digest",
    "read_first_words",
    "word_keys",
    "write_first_words",
]

#: Words, and apostrophes that open a word ("'90s"): the positions where a rule may start.
_TOKEN = re.compile(r"\w+|(?<!\w)['’]")
#: A blank line: the boundary of a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Characters after which a capital letter may simply start a sentence, a quote or an aside.
_SENTENCE_OPENERS = frozenset(".!?:;\"“”'‘’`()[]«»—–-_")
#: How many characters around a capitalised common word show whether the text is in title case.
_TITLE_WINDOW = 40
#: How many long words in lower case show that the text around is running text, not a headline.
_RUNNING_TEXT_WORDS = 2
_BARE_YEAR = re.compile(r"\d{4}")
#: A title in quotation marks that a date opens: '"1917"', '"Midnight in Paris"', '"2001: A Space Odyssey"'.
_QUOTED_TITLE = re.compile(r"(?:[^\"“”‘’'\n]|['’](?=[^\W\d_])){0,60}?[\"”’'](?![^\W\d_])")
#: An opening quotation mark right before a match.
_OPENING_QUOTE = re.compile(r"[\"“‘']$")
#: The opening of a title in double quotation marks that a match stands inside of, and its closing: '"The Midnight
#: Library"', '"Around the World in Eighty Days"', '"Light in August."' (American commas and periods go inside).
_TITLE_OPENING = re.compile(r"[\"“](?P<before>[^\"“”\n]{0,60})$")
_STRAIGHT_QUOTE = re.compile('"')
_TITLE_CLOSING = re.compile(r"(?P<after>[^\"“”\n]{0,60}?)[,.]?[\"”]")
#: a capitalised word (not all capitals) right before a match, on the same line
_NAME_BEFORE = re.compile(r"(?P<word>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)[ \t]+$")  # (accents too: "Château 1855", "Cuvée 1531")
#: How far before an opening quotation mark the possessive of its owner is looked for: 'Wham!'s "Last Christmas"'.
_OWNER_REACH = 4
#: How far after a closing quotation mark a verb of saying is looked for: '"...," the company said'.
_SAID_REACH = 24
#: A capitalised word, maybe abbreviated, right before a match: a title of the person named ("Dr. Sunday Adeyemi").
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-Z][a-z]{1,9})\.?[ \t]+$")
#: A capitalised word right after a match, and the word right before one, on the same line.
_CAPITAL_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z][a-z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’]+)[ \t]+$")
#: The rest of a web address after a match: "Monday.com", "Friday.org/news" name a site, not a day.
_WEB_ADDRESS_AFTER = re.compile(r"\.(?:com|org|net|io|co|gov|edu|app|ai|tv|uk|us|ca|au|in|ie|nz)(?![^\W_])")
#: A year listed right before another: "Exchange Server 2013, 2016 and 2019".
_LISTED_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>\d{4})(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$")
#: How far back the year before a listed year may begin, and how many listed years back a name is looked for.
_LISTED_YEAR_REACH = 12
_LISTED_YEARS = 8
_KEY_LENGTH = 4
#: A word starting with a digit is keyed by its shape: "#" then a mark for each of its first characters
#: (a digit or anything else) and, when it is shorter than that, a mark of its end: "1990" is "#9999.",
#: "19th" "#99aa.", "2" "#9.", "100000" "#99999". Most numbers in news are none of the shapes of dates.
_DIGIT_KEY = "#"
_SHAPE_LENGTH = 5
_DIGIT_MARK = "9"
_LETTER_MARK = "a"
_WORD_END = "."


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


def _digit_shape(chars: str) -> str:
    return "".join(_DIGIT_MARK if ch.isdigit() else _LETTER_MARK for ch in chars)


def _token_key(token: str) -> str:
    if token[0].isdigit():
        shape = _DIGIT_KEY + _digit_shape(token[:_SHAPE_LENGTH])
        return shape if len(token) >= _SHAPE_LENGTH else shape + _WORD_END
    return token[:_KEY_LENGTH].lower()


def _shape_completions(shape: str) -> set[str]:
    """Every key of a number word whose shape so far is ``shape`` (``"#99"``): the word may end there
    or go on with digits or letters."""
    keys = set()
    grown = {shape}
    while grown:
        keys |= {key + _WORD_END for key in grown}
        grown = {key + mark for key in grown for mark in (_DIGIT_MARK, _LETTER_MARK)}
        if len(next(iter(grown))) > _SHAPE_LENGTH:
            return keys | grown
    return keys


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


#: A walk state: the keys of the words completed so far, and the word being read (None: its key is
#: known, the rest of the word does not matter).
_State = tuple[tuple[str, ...], "str | None"]
_KEYED_WORDS = 2
_MAX_STATES = 20000


def _extend(states: set[_State], chars: set[str], finished: set[tuple[str, ...]]) -> set[_State]:
    grown: set[_State] = set()

    def add(done: tuple[str, ...], prefix: str | None) -> None:
        if len(done) >= _KEYED_WORDS:
            finished.add(done[:_KEYED_WORDS])
        else:
            grown.add((done, prefix))

    for done, prefix in states:
        for ch in chars:
            if _is_word(ch):
                if prefix is None:
                    add(done, None)
                elif not prefix and ch.isdigit():
                    add(done, _DIGIT_KEY + _DIGIT_MARK)
                elif prefix.startswith(_DIGIT_KEY):
                    shape = prefix + _digit_shape(ch)
                    if len(shape) > _SHAPE_LENGTH:
                        add((*done, shape), None)
                    else:
                        add(done, shape)
                else:
                    word = prefix + ch
                    if len(word) >= _KEY_LENGTH:
                        add((*done, word[:_KEY_LENGTH]), None)
                    else:
                        add(done, word)
            elif prefix is None:
                add(done, "")
            elif prefix:
                add((*done, prefix + _WORD_END if prefix.startswith(_DIGIT_KEY) else prefix), "")
            elif ch in "'’":
                add((*done, ch), "")
            elif done:
                add(done, "")  # white space or punctuation between words
            else:
                raise _Unknown  # a pattern must start at a word or an apostrophe
    if len(grown) > _MAX_STATES:
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


def _is_word_class(items: Any) -> bool:
    """Whether ``items`` is one class of characters holding every word character ("\\w", "[\\w.]")."""
    return (
        len(items) == 1
        and items[0][0] is _sre.IN
        and any(op is _sre.CATEGORY and arg is _sre.CATEGORY_WORD for op, arg in items[0][1])
    )


def _look_ahead(items: Any, states: set[_State], finished: set[tuple[str, ...]]) -> set[_State]:
    """The states still open after a lookahead ``items`` at ``states``.

    The text there must match the lookahead, so the words of any match going on from a state are the
    words the lookahead completes or, where it stops in a word, begins; such a state needs no more
    walking. A state the lookahead cannot tell about (its words cannot be listed, it stops inside the
    first word) is walked on by the rest of the pattern.
    """
    going_on: set[_State] = set()
    for state in states:
        try:
            done, still = _walk(items, {state})
        except _Unknown:
            going_on.add(state)
            continue
        ends = [_open_end(*open_state) for open_state in still]
        if any(keys is None for keys in ends):
            going_on.add(state)
            continue
        finished |= done
        finished.update(key for keys in ends if keys is not None for key in keys)
    return going_on


def _open_end(done: tuple[str, ...], prefix: str | None) -> set[tuple[str, ...]] | None:
    """The keys of the words of a text going on from a lookahead that stopped at state ``(done, prefix)``,
    or None when nothing is known: the lookahead stopped inside the first word."""
    if prefix and prefix.startswith(_DIGIT_KEY):
        return {(*done, key) for key in _shape_completions(prefix)}
    return {done} if done else None


def _walk(items: Any, states: set[_State]) -> tuple[set[tuple[str, ...]], set[_State]]:
    """(word-key prefixes completed, states still open) after matching ``items``."""
    finished: set[tuple[str, ...]] = set()
    current = set(states)
    for op, arg in items:
        if not current:
            break
        if op is _sre.LITERAL:
            current = _extend(current, {chr(arg).lower()}, finished)
        elif op is _sre.IN:
            current = _extend(current, _class_chars(arg), finished)
        elif op is _sre.BRANCH:
            grown: set[_State] = set()
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
            count = 0
            while state and count < min(high, 2 * _KEY_LENGTH * _KEYED_WORDS):
                count += 1
                done, following = _walk(body, state)
                finished |= done
                if count >= low:
                    if following <= reached:
                        break  # nothing new: further repetitions reach the same states
                    reached |= following
                state = following
            current = reached
        elif op is _sre.GROUPREF_EXISTS:  # a conditional: either branch may be taken
            _, yes, no = arg
            grown = set()
            for alternative in (yes, no or []):
                done, still = _walk(alternative, current)
                finished |= done
                grown |= still
            current = grown
        elif op is _sre.ASSERT and arg[0] == 1:
            current = _look_ahead(arg[1], current, finished)
        elif op is _sre.ASSERT_NOT and arg[0] == 1 and _is_word_class(arg[1]):
            # "(?!\w)": the word being read ends here
            ended = {state for state in current if state[1] != ""}
            current = (current - ended) | _extend(ended, {" "}, finished)
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the words are unchanged
        else:
            raise _Unknown
    return finished, current


def word_keys(pattern: str) -> frozenset[tuple[str, ...]] | None:
    """The keys of the first two words a match of ``pattern`` can start with.

    A word's key is its first four characters, lowercased (a shorter word is its own key); a word
    starting with a digit is keyed by its shape (``"#9999."`` for "1990"). A one-key tuple means any
    second word may follow.
    ``None`` when the words cannot be listed.
    """
    try:
        finished, still_open = _walk(_sre_parse.parse(pattern, re.IGNORECASE), {((), "")})
    except (_Unknown, RecursionError):
        return None
    for done, prefix in still_open:
        if prefix and prefix.startswith(_DIGIT_KEY):
            # the word of digits the pattern ends in may go on in the text
            finished.update((*done, key) for key in _shape_completions(prefix))
            continue
        keys = (*done, prefix) if prefix else done
        if not keys:
            return None  # the pattern can match the empty string
        finished.add(keys)
    return frozenset(finished)


def pattern_digest(pattern: str) -> str:
    """A short digest of a rule's pattern: the key of its first words in a language's table."""
    return hashlib.blake2b(pattern.encode(), digest_size=8).hexdigest()


#: How a table writes a rule's word keys: "may/# may/the ago", a key's two words joined by a slash, a lone
#: word allowing any second one.
def _write_keys(keys: frozenset[tuple[str, ...]] | None) -> str | None:
    return None if keys is None else " ".join(sorted("/".join(key) for key in keys))


def read_first_words(table: Mapping[str, str | None]) -> dict[str, frozenset[tuple[str, ...]] | None]:
    """A language's table of first words (pattern digest -> keys as written by :func:`first_words_source`)."""
    return {
        digest: None if written is None else frozenset(tuple(item.split("/")) for item in written.split())
        for digest, written in table.items()
    }


def first_words_source(language: Language) -> str:
    """The Python module listing the first words of each of ``language``'s rules, by pattern digest.

    Working the words out parses every pattern, most of the time it takes to build a :class:`Recognizer`;
    the table spares a fresh process that. It is generated (:func:`write_first_words`); the tests fail while
    it is stale, and a rule it does not list has its words worked out when the recogniser is built.
    """
    lines = [
        "# ruff: noqa: E501",
        f'"""The first two words each {language.name} rule can start with, by the digest of its pattern.',
        "",
        "Generated by ``timeline.recognize.write_first_words``: do not edit. Regenerate it after changing a rule:",
        "",
        f"    python -c \"from timeline.recognize import write_first_words; write_first_words('{language.code}')\"",
        '"""',
        "",
        "FIRST_WORDS: dict[str, str | None] = {",
    ]
    for rule in language.rules:
        written = _write_keys(word_keys(rule.pattern))
        literal = "None" if written is None else json.dumps(written, ensure_ascii=False)
        lines.append(f'    "{pattern_digest(rule.pattern)}": {literal},  # {rule.name}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_first_words(code: str) -> Path:
    """Rewrite the table of first words of the language ``code`` (``first_words.py`` beside its rules)."""
    from timeline.language import get_language, language_module

    language = get_language(code)
    module_file = importlib.import_module(language_module(code)).__file__
    assert module_file is not None
    path = Path(module_file).with_name("first_words.py")
    path.write_text(first_words_source(language), encoding="utf-8")
    return path


#: Marks a rule a language's table does not list.
_UNLISTED: Any = object()


@attrs.frozen
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    #: (group name, part it fills), in pattern order
    groups: tuple[tuple[str, str], ...]


def _opens_a_sentence(text: str, position: int) -> bool:
    """Whether a capital at ``position`` may simply start a sentence, a line, a quote or an aside."""
    prefix = text[max(0, position - _TITLE_WINDOW) : position]
    stripped = prefix.rstrip()
    return not stripped or stripped[-1] in _SENTENCE_OPENERS or "\n" in prefix[len(stripped) :]


class Recognizer:
    """Applies a language's rules to text."""

    def __init__(self, language: Language, *, keyed: bool = True) -> None:
        """``keyed=False`` tries every rule at every word, where the table of first words would try only the
        rules a word can start: slow, the reference the keyed recogniser is tested against."""
        self.language = language
        #: compiled when a text first needs the rule
        self._rules: list[_Compiled | None] = [None] * len(language.rules)
        self._matchers: list[Callable[[str, int], re.Match[str] | None] | None] = [None] * len(language.rules)
        any_second: dict[str, set[int]] = {}
        by_second: dict[str, dict[str, set[int]]] = {}
        everywhere: set[int] = set()
        listed = read_first_words(language.first_words)
        for index, rule in enumerate(language.rules):
            keys = listed.get(pattern_digest(rule.pattern), _UNLISTED)
            if keys is _UNLISTED:
                keys = word_keys(rule.pattern)
            if keys is None or not keyed:
                everywhere.add(index)
                continue
            for key in keys:
                if len(key) == 1:
                    any_second.setdefault(key[0], set()).add(index)
                else:
                    by_second.setdefault(key[0], {}).setdefault(key[1], set()).add(index)
        self._everywhere = tuple(sorted(everywhere))
        #: first-word key -> (rules whatever the second word, second-word key -> rules)
        self._dispatch: dict[str, tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = {}
        ordered: dict[frozenset[int], tuple[int, ...]] = {}  # many keys share their rules

        def in_order(indexes: set[int]) -> tuple[int, ...]:
            key = frozenset(indexes)
            found = ordered.get(key)
            if found is None:
                found = ordered[key] = tuple(sorted(key))
            return found

        for first in {*any_second, *by_second}:
            base = any_second.get(first, set()) | everywhere
            seconds = {second: in_order(base | indexes) for second, indexes in by_second.get(first, {}).items()}
            self._dispatch[first] = (in_order(base), seconds)

    def _matcher(self, index: int) -> Callable[[str, int], re.Match[str] | None]:
        matcher = self._compiled(index).regex.match
        self._matchers[index] = matcher
        return matcher

    def _compiled(self, index: int) -> _Compiled:
        compiled = self._rules[index]
        if compiled is None:
            rule = self.language.rules[index]
            regex = rule.compile()
            groups = tuple(sorted(regex.groupindex.items(), key=lambda item: item[1]))
            compiled = _Compiled(rule, regex, tuple((name, group_part(name)) for name, _ in groups))
            self._rules[index] = compiled
        return compiled

    def candidates(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(rule index, match) for every non-overlapping longest match, left to right."""
        resume = 0
        dispatch = self._dispatch.get
        everywhere = self._everywhere
        matchers = self._matchers
        token_search = _TOKEN.search
        for token in _TOKEN.finditer(text):
            start = token.start()
            if start < resume:
                continue
            word = token.group()
            if word[0].isdigit():
                # the digits after a number's comma or point ("1,000", "3.5") start no expression
                if start > 1 and text[start - 1] in ",." and text[start - 2].isdigit():
                    continue
                key = _token_key(word)
            else:
                key = word[:_KEY_LENGTH].lower()
            entry = dispatch(key)
            if entry is None:
                if not everywhere:
                    continue
                indexes = everywhere
            else:
                indexes, seconds = entry
                if seconds:
                    following = token_search(text, token.end())
                    if following is not None:
                        indexes = seconds.get(_token_key(following.group()), indexes)
            best = -1
            best_match: re.Match[str] | None = None
            best_end = start
            for index in indexes:
                match = (matchers[index] or self._matcher(index))(text, start)
                if match is not None and match.end() > best_end:
                    best, best_match, best_end = index, match, match.end()
            if best_match is None:
                continue
            resume = best_end
            yield best, best_match

    def find(self, text: str) -> tuple[Mention, ...]:
        """Every temporal mention in ``text``, in order.

        Paragraphs (separated by a blank line) are read independently: no match, and no lookaround of
        a pattern, crosses a blank line, so a paragraph's dates do not depend on its neighbours.
        """
        mentions: list[Mention] = []
        start = 0
        for gap in _PARAGRAPH_BREAK.finditer(text):
            self._find_in(text[start : gap.start()], start, mentions)
            start = gap.end()
        self._find_in(text[start:] if start else text, start, mentions)
        return tuple(mentions)

    def _in_a_name(self, text: str, match: re.Match[str]) -> bool:
        """Whether the match belongs to a title ("This Week", "60 Minutes", "High Noon"): a common word
        capitalised where a sentence does not start, in a stretch of text that is not in title case."""
        common = self.language.cues.common_words
        if not any(
            word.group()[0].isupper()
            and not word.group().isupper()  # a heading in capitals ("THE WEEK OF JAN. 19") is no title
            and word.group().lower() in common
            and not _opens_a_sentence(text, match.start() + word.start())
            for word in _WORD.finditer(match.group())
        ):
            return False
        around = _WORD.findall(text, max(0, match.start() - _TITLE_WINDOW), match.end() + _TITLE_WINDOW)
        running_words = sum(1 for word in around if len(word) > 3 and word[0].islower())
        return running_words >= _RUNNING_TEXT_WORDS

    def _after_a_person_title(self, text: str, match: re.Match[str]) -> bool:
        """Whether a capitalised match follows the title of a person, so names one: "Dr. Sunday Adeyemi", "Mrs.
        May", "Father Christmas"."""
        if not match.group()[:1].isupper():
            return False
        title = _TITLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        return title is not None and title.group("word").lower() in self.language.cues.person_titles

    def _weekday_names_someone(self, text: str, match: re.Match[str]) -> bool:
        """Whether a weekday alone is a name before a capitalised word in running text: "Actress Tuesday Weld",
        "freshman Sunday Okafor", "Friday Pilots Club". A day is introduced by a preposition or a verb ("on Monday
        President Biden said", "said Monday Germany would") or goes on with a calendar word ("Friday Morning")."""
        cues = self.language.cues
        written = match.group()
        if written.lower() not in cues.weekday_words or not written.istitle():
            return False
        after = _CAPITAL_AFTER.match(text, match.end())
        if after is None or after.group("word").lower() in cues.calendar_words:
            return False
        before = _WORD_BEFORE.search(text, max(0, match.start() - _TITLE_WINDOW), match.start())
        if before is not None:
            word = before.group("word").lower()
            if word in cues.prepositions or word in cues.verbs or word in cues.day_introducers:
                return False
        around = _WORD.findall(text, max(0, match.start() - _TITLE_WINDOW), match.end() + _TITLE_WINDOW)
        return sum(1 for word in around if len(word) > 3 and word[0].islower()) >= _RUNNING_TEXT_WORDS

    def _year_in_a_name(self, text: str, match: re.Match[str]) -> bool:
        """Whether a bare year follows a capitalised word, making it part of a name: "the Beechcraft 1900", "Orion
        1980", and at the start of a sentence "Euro 2020 kicks off" (not "in January 1998", read whole by another
        rule, nor "In 2020", "Throughout 2023", "Starting 2025"); so do the years listed after it ("Exchange Server
        2013, 2016 and 2019")."""
        if not _BARE_YEAR.fullmatch(match.group()):
            return False
        first = match.start()
        for _ in range(_LISTED_YEARS):  # (a bounded walk: a text of thousands of listed years stays linear)
            listed = _LISTED_YEAR_BEFORE.search(text, max(0, first - _LISTED_YEAR_REACH), first)
            if listed is None:
                break
            first = listed.start("year")
        before = _NAME_BEFORE.search(text, max(0, first - _TITLE_WINDOW), first)
        if before is None:
            return False
        word = before.group("word").lower()
        cues = self.language.cues
        if word in cues.before_years:
            return False
        if not _opens_a_sentence(text, before.start("word")):
            return True
        return not (
            word in cues.function_words or word in cues.year_openers or word.endswith(cues.particles.participle_ending)
        )

    def _opens_a_quoted_title(self, text: str, match: re.Match[str]) -> bool:
        """Whether the word matched opens a title in quotation marks: all of it ('"1917"', '"Halloween" film') or
        its first word, the rest in title case ('"Midnight in Paris"', '"1989 (Taylor's Version)"'), not speech
        ('"Friday is the deadline," she said')."""
        if " " in match.group() or _OPENING_QUOTE.search(text, max(0, match.start() - 1), match.start()) is None:
            return False  # (a title opens with a single word: '"Seven years," she said' is speech)
        rest = _QUOTED_TITLE.match(text, match.end())
        if rest is None:
            return False
        inside = rest.group()[:-1].rstrip()
        if inside.endswith((".", "!", "?")):
            return False  # a sentence quoted: 'He said: "Monday."'
        possessive = next((e for e in self.language.cues.particles.possessive_endings if inside.startswith(e)), "")
        words = _WORD.findall(inside[len(possessive) :])  # (its first word may be an owner: "'Midnight's Children'")
        small = self.language.cues.title_small_words
        return all(word[0].isupper() or word.lower() in small for word in words)

    def _inside_a_quoted_title(
        self, text: str, match: re.Match[str], quotes_before: Callable[[int], int], *, filling: bool
    ) -> bool:
        """Whether the match stands inside a title in double quotation marks, in title case, with other words
        beside it: 'Matt Haig's "The Midnight Library"', '"A Year in Provence"', 'Faulkner's "Light in August."';
        with ``filling``, also a match of several words filling the quotation: '"Nineteen Eighty-Four"' (not '"We
        meet again on Friday," she said', nor a quotation closing where this one opens: ``quotes_before`` counts the
        straight quotation marks before a position)."""
        opening = _TITLE_OPENING.search(text, max(0, match.start() - 61), match.start())
        if opening is None or (opening.group()[0] == '"' and quotes_before(opening.start()) % 2):
            return False
        closing = _TITLE_CLOSING.match(text, match.end())
        if closing is None:
            return False
        alone = not (_WORD.search(opening.group("before")) or _WORD.search(closing.group("after")))
        # (a quotation an owner's name opens is a work's title whatever it names: 'Wham!'s "Last Christmas"')
        before = text[max(0, opening.start() - _OWNER_REACH) : opening.start()]
        owned = before[-1:].isspace() and before.rstrip().endswith(self.language.cues.particles.possessive_endings)
        if alone and (not (filling or owned) or " " not in match.group() or any(c.isdigit() for c in match.group())):
            return False  # (a quoted word alone is left to _opens_a_quoted_title)
        inside = text[opening.start() + 1 : match.end() + len(closing.group("after"))]
        if inside.isupper():
            return False  # a label in capitals: '"BEST BY 06 JUL 2025"'
        introduced = text[max(0, opening.start() - _TITLE_WINDOW) : opening.start()].rstrip().endswith(":")
        if introduced or self._said_after(text, match.end() + len(closing.group())):
            return False  # speech: 'She said: "Hopefully in May."', '"Maybe in 2030," she said'
        small = self.language.cues.title_small_words
        words = _WORD.findall(inside)
        capitalised = sum(1 for word in words if word[0].isupper())
        # (speech opens with one capital: '"Maybe in 2030," she said')
        return capitalised > 1 and all(word[0].isupper() or word.lower() in small for word in words)

    def _said_after(self, text: str, end: int) -> bool:
        """Whether a verb of saying follows ``end`` within a few words: '"...," she said'."""
        reporting = self.language.cues.reporting
        return any(word.lower() in reporting for word in _WORD.findall(text, end, end + _SAID_REACH))

    def _find_in(self, paragraph: str, offset: int, mentions: list[Mention]) -> None:
        read = self.language.read_group
        straight_quotes: list[int] = []
        listed = False

        def quotes_before(position: int) -> int:
            # (listed once per paragraph, when first asked: counting from the start for every match is quadratic)
            nonlocal listed
            if not listed:
                straight_quotes.extend(found.start() for found in _STRAIGHT_QUOTE.finditer(paragraph))
                listed = True
            return bisect.bisect_left(straight_quotes, position)

        for index, match in self.candidates(paragraph):
            compiled = self._compiled(index)
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
            if parts.holiday is None and self._in_a_name(paragraph, match):
                continue
            if self._after_a_person_title(paragraph, match) or _WEB_ADDRESS_AFTER.match(paragraph, match.end()):
                continue
            if self._weekday_names_someone(paragraph, match):
                continue
            if (
                self._year_in_a_name(paragraph, match)
                or self._opens_a_quoted_title(paragraph, match)
                or self._inside_a_quoted_title(paragraph, match, quotes_before, filling=parts.holiday is None)
            ):
                continue
            mentions.append(Mention(offset + match.start(), offset + match.end(), match.group(), rule.name, parts))
