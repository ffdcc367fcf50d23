"""Reading the context of an expression: sentence boundaries and the tense of the clause around it."""

from __future__ import annotations

import bisect
import re

from timeline.language import Cues
from timeline.model import Span, Tense

__all__ = ["Sentences", "clause_tense", "sentence_spans", "words"]

_BOUNDARY = re.compile(
    r"(?P<stop>[.!?]+)[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
    r"|\n[ \t]*\n\s*"
    r"|(?<=[^\s.!?,;:])[ \t]*\n(?=[ \t]*[A-Z\"“])"
)
_WORD_BEFORE = re.compile(r"(?P<word>[\w.'’-]+)$")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+")


def sentence_spans(text: str, cues: Cues) -> tuple[Span, ...]:
    """Sentences of ``text`` as spans, leading and trailing white space excluded."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("stop") is not None and match.group("stop") == ".":
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if before is not None:
                word = before.group("word").lower().strip("'’")
                if word in cues.abbreviations or (len(word) == 1 and word.isalpha()) or "." in word:
                    continue
        end = match.end() if match.group("stop") is not None else match.start()
        _append(spans, text, start, end)
        start = match.end()
    _append(spans, text, start, len(text))
    return tuple(spans)


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


class Sentences:
    """The sentences of one text, with lookup by offset."""

    def __init__(self, text: str, cues: Cues) -> None:
        self.text = text
        self.spans = sentence_spans(text, cues)
        self._starts = [s.start for s in self.spans]

    def index_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> Span:
        if not self.spans:
            return Span(0, len(self.text))
        return self.spans[self.index_at(offset)]


_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+|--|[,;:()\"“”—–]")


def words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(lowercased word or clause-breaking mark, start, end) for ``text[start:end]``."""
    return [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _is_past(word: str, cues: Cues) -> bool:
    if word in cues.past or (word.endswith("n't") and word[:-3] in ("was", "were", "did", "had")):
        return True
    return len(word) > 4 and word.endswith("ed") and word not in cues.not_past_ed


def _word_tense(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> Tense | None:
    word = tokens[i][0]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else None
    before = tokens[i - 1][0] if i > 0 else None
    if (
        word == "to"
        and following is not None
        and following.isalpha()
        and following not in cues.determiners
        and following in cues.verbs
        and text[tokens[i + 1][1]].islower()
        and not _is_past(following, cues)
    ):
        return Tense.FUTURE  # "expects to close by Dec. 15": an infinitive names what is still to come
    if word in cues.future or word.endswith("'ll"):
        if word in cues.future_needing_to and following != "to":
            return None
        if before in cues.past_auxiliaries and word in cues.future_needing_to:
            return Tense.PAST  # "was scheduled to", "had been due to": a plan already overtaken
        return Tense.FUTURE
    if _is_past(word, cues):
        if before in cues.participle_auxiliaries:
            return None  # "will be held", "has been moved": the auxiliary carries the tense
        return Tense.PAST
    if word in cues.present:
        if following is not None and _is_past(following, cues) and following not in cues.past_forms_not_participles:
            return Tense.PAST  # present perfect ("has moved") reports a past event
        return Tense.PRESENT
    return None


def clause_tense(text: str, span: Span, sentence: Span, cues: Cues) -> Tense:
    """The tense of the verb that governs ``span``.

    Looks first left within the expression's own clause, then right to the end of the sentence, then
    left beyond the clause, nearest word first each time.
    """
    tokens = words(text, sentence.start, sentence.end)
    first = next((i for i, t in enumerate(tokens) if t[1] >= span.start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t[1] >= span.end), len(tokens))
    clause_start = first
    while clause_start > 0 and tokens[clause_start - 1][0] not in cues.clause_breaks:
        clause_start -= 1
    order = [*range(first - 1, clause_start - 1, -1), *range(after, len(tokens)), *range(clause_start - 1, -1, -1)]
    infinitive = False
    for i in order:
        if tokens[i][0] in cues.clause_breaks:
            continue
        tense = _word_tense(text, tokens, i, cues)
        if tense is None:
            continue
        if tense is Tense.FUTURE and tokens[i][0] == "to" and i < first:
            infinitive = True  # the verb it depends on decides: "celebrations were held to mark it Friday"
            continue
        if infinitive and tense is Tense.PAST:
            return Tense.NONE
        return tense
    return Tense.FUTURE if infinitive else Tense.NONE
