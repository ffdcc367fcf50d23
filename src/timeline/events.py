"""Events: attach each time expression to the predicate it dates, and describe that event.

For every expression in narrative text (page furniture such as copyright lines is skipped) the
trigger is found in its sentence: the noun it modifies ("Wednesday's *meeting*", "a January
*report*"), else the nearest verb to its left in its clause ("*said* on Monday"), else the verb of the
clause it opens ("On Friday, Mr Blinken will *sit* down"). Verbs coordinated with the trigger
("*condemned* ... and *offered*") are dated by the same expression. Each event gets the tense and
modality of its verb group, a TimeML class, the source the sentence is attributed to, and a readable
text: its sentence with attribution ("..., he said") moved into ``source``.

Part-of-speech tagging is heuristic: the language's word lists and the shape of words (``-ed``,
``-ing``, the word after "will" or "to") tell verbs from nouns. It needs no model.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from timeline.context import LETTERS, Sentences
from timeline.language import EventWords, Language
from timeline.model import Event, EventKind, Modality, Span, Tense, TimeExpression

__all__ = ["EventFinder", "find_events"]

_TOKEN = re.compile(rf"[{LETTERS}]+(?:['’](?![sS]\b)[{LETTERS}]+)*|['’][sS]\b|\d+(?:[.,:/]\d+)*|``|''|--|[^\w\s]")
#: Marks that end a clause for the search of a verb.
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", '"', "“", "”", "``", "''", "—", "–", "--", "[", "]"})
_QUOTES = ("``", "''", '"', "“", "”", "‘", "’", "'")
_MAX_LEFT = 14
_MAX_RIGHT = 16
_MAX_TEXT = 260
#: How many tokens away a predicate may be and still be dated by an expression of its clause.
_NEARBY = 40
#: How far the search for a trigger, a coordinated verb or a condition goes.
_MAX_SCAN = 40
#: How many attributions of a sentence are considered (a real sentence has one or two).
_MAX_ATTRIBUTIONS = 8


@attrs.frozen
class _Token:
    text: str
    lower: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


class _Sentence:
    """One sentence, tokenised, with verb and noun judgements cached."""

    def __init__(self, text: str, span: Span, words: EventWords, abbreviations: frozenset[str]) -> None:
        self.span = span
        self.words = words
        self.abbreviations = abbreviations
        self.tokens = [
            _Token(m.group(), m.group().lower().replace("’", "'"), m.start(), m.end())
            for m in _TOKEN.finditer(text, span.start, span.end)
        ]
        self._verbs: dict[int, bool] = {}
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]
        self._break_counts: list[int] | None = None
        self._attributions: list[int] | None = None
        self._text_breaks: tuple[list[int], list[int]] | None = None
        #: indexes of tokens inside time expressions: never part of a subject or a source
        self.in_expression: set[int] = set()

    # ---------------------------------------------------------------- word classes
    def previous_word(self, i: int) -> int | None:
        """Index of the word before ``i``, skipping adverbs in -ly."""
        j = i - 1
        while (
            j >= max(0, i - 3)
            and self.tokens[j].is_word
            and self.tokens[j].lower.endswith(self.words.particles.adverb_ending)
            and len(self.tokens[j].lower) > 4
        ):
            j -= 1
        return j if j >= 0 and self.tokens[j].is_word else None

    def is_verb(self, i: int) -> bool:
        known = self._verbs.get(i)
        if known is None:
            known = self._verbs[i] = self._judge_verb(i)
        return known

    def _judge_verb(self, i: int) -> bool:
        w = self.words
        token = self.tokens[i]
        if not token.is_word or token.lower in w.function_words or token.lower in w.not_verbs:
            return False
        word = token.lower
        if token.text[0].isupper() and i > 0 and self.tokens[i - 1].text not in _QUOTES:
            return False  # a name ("the United States"), not a verb
        if word in w.auxiliaries:
            return self._main_auxiliary(i)
        before = self.previous_word(i)
        previous = self.tokens[before].lower if before is not None else None
        if previous in w.determiners or self._after_possessive(i):
            return False  # "the injured", "a planned visit", "the bombing", "Wednesday's meeting"
        if word in w.past_forms or (word.endswith(w.particles.past_ending) and len(word) > 4):
            return word in w.verbs or word.endswith(w.particles.past_ending)
        if word.endswith(w.particles.participle_ending) and len(word) > 4:
            return previous not in w.prepositions  # after a preposition it is a gerund: an event noun
        if word in w.verbs:
            following = self.tokens[i + 1].lower if i + 1 < len(self.tokens) else None
            return (
                previous in w.auxiliaries
                or previous in w.negations
                or previous == w.particles.infinitive
                or previous in w.subject_pronouns
                or (  # "the talks fail on Friday": a plural subject, then an adverbial
                    previous is not None
                    and previous.endswith(w.particles.s_ending)
                    and previous not in w.function_words
                    and (following in w.prepositions or following in w.determiners or i + 1 in self.in_expression)
                )
                or (
                    previous is not None
                    and before is not None
                    and self.tokens[before].text[0].isupper()
                    and word.endswith(w.particles.s_ending)
                )
            )
        return False

    def _after_possessive(self, i: int) -> bool:
        """ "Wednesday's meeting" (a possessive), not "he's meeting" ("is")."""
        if i < 2 or self.tokens[i - 1].lower not in self.words.particles.possessive_endings:
            return False
        before = self.tokens[i - 2].lower
        return before not in self.words.subject_pronouns and before not in self.words.particles.contracted_is_after

    def _main_auxiliary(self, i: int) -> bool:
        """ "is", "has", "was" as the main verb: no verb follows in their group."""
        j = i + 1
        while j < min(len(self.tokens), i + 3) and self.tokens[j].lower in self.words.negations:
            j += 1
        if j < len(self.tokens) and (self.tokens[j].lower in self.words.auxiliaries or self._verb_form(j)):
            return False
        return self.tokens[i].lower in self.words.state

    def _verb_form(self, j: int) -> bool:
        word = self.tokens[j].lower
        w = self.words
        return (
            self.tokens[j].is_word
            and word not in w.not_verbs
            and (
                word in w.verbs
                or word.endswith((w.particles.past_ending, w.particles.participle_ending))
                or word in w.past_forms
            )
        )

    def is_event_noun(self, i: int) -> bool:
        token = self.tokens[i]
        w = self.words
        if not token.is_word or not token.text[0].islower() or self.is_verb(i):
            return False
        word = token.lower
        if word in w.event_nouns:
            return True
        if len(word) <= 5 or word in w.not_event_nouns or word in w.not_verbs or word in w.function_words:
            return False
        if word.endswith(w.event_noun_suffixes):
            return True
        before = self.previous_word(i)
        previous = self.tokens[before].lower if before is not None else None
        return word.endswith(w.particles.participle_ending) and (
            previous in w.determiners or previous in w.prepositions
        )

    def is_noun_like(self, i: int) -> bool:
        token = self.tokens[i]
        return (
            token.is_word
            and token.lower not in self.words.function_words
            and token.lower not in self.words.auxiliaries
            and not self.is_verb(i)
        )

    def is_break(self, i: int) -> bool:
        return self.tokens[i].text in _CLAUSE_BREAKS or (
            self.tokens[i].text == "-" and i > 0 and self.tokens[i - 1].end < self.tokens[i].start
        )

    @property
    def text_breaks(self) -> tuple[list[int], list[int]]:
        """(ends, starts) of the punctuation a long sentence may be cut at for display, found once."""
        if self._text_breaks is None:
            marks = [t for t in self.tokens if t.text in (",", ";", ":", "--", "—")]
            self._text_breaks = ([t.end for t in marks], [t.start for t in marks])
        return self._text_breaks

    def phrase_at(self, k: int) -> int:
        """The length of the attribution phrase ("according to") starting at token ``k``, or 0."""
        for phrase in self.words.attribution_phrases:
            words = phrase.split()
            if [t.lower for t in self.tokens[k : k + len(words)]] == words:
                return len(words)
        return 0

    @property
    def attributions(self) -> list[int]:
        """Positions of reporting verbs and attribution phrases in the sentence, found once."""
        if self._attributions is None:
            reporting = self.words.reporting
            self._attributions = [k for k, t in enumerate(self.tokens) if t.lower in reporting or self.phrase_at(k)][
                :_MAX_ATTRIBUTIONS
            ]
        return self._attributions

    def index_range(self, span: Span) -> tuple[int, int]:
        """Indexes of the first token overlapping ``span`` and of the first token after it."""
        first = bisect.bisect_right(self._ends, span.start)
        after = bisect.bisect_left(self._starts, span.end)
        return first, max(after, first)

    def breaks_between(self, lo: int, hi: int) -> bool:
        """Whether a clause break lies among tokens ``lo`` (included) to ``hi`` (excluded)."""
        if self._break_counts is None:
            counts = [0]
            for j in range(len(self.tokens)):
                counts.append(counts[-1] + self.is_break(j))
            self._break_counts = counts
        return self._break_counts[hi] - self._break_counts[lo] > 0

    def verb_class(self, i: int) -> str:
        """A coarse form class for coordination: "past", "ing", or "base"."""
        word = self.tokens[i].lower
        if word in self.words.past_forms or word.endswith(self.words.particles.past_ending):
            return "past"
        if word.endswith(self.words.particles.participle_ending):
            return "ing"
        return "base"


@attrs.frozen
class _Trigger:
    index: int
    noun: bool
    primary: bool = True


class EventFinder:
    """Finds the events of documents in one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.words = language.events

    def find(
        self, text: str, expressions: Sequence[TimeExpression], sentences: Sentences | None = None
    ) -> tuple[Event, ...]:
        """The events ``expressions`` date in ``text`` (``sentences``: its sentences, if already split)."""
        if sentences is None:
            sentences = Sentences(text, self.language.cues)
        by_sentence: dict[int, list[TimeExpression]] = {}
        for expression in expressions:
            by_sentence.setdefault(sentences.index_at(expression.start), []).append(expression)
        last_source: str | None = None
        events: list[Event] = []
        for index, members in by_sentence.items():
            span = sentences.spans[index] if sentences.spans else Span(0, len(text))
            span = Span(min([span.start, *(e.start for e in members)]), max([span.end, *(e.end for e in members)]))
            if self.words.boilerplate.search(text[span.start : span.end].strip()):
                continue
            sentence = _Sentence(text, span, self.words, self.language.cues.abbreviations)
            ranges = [sentence.index_range(e.span) for e in members]
            sentence.in_expression = {k for a, b in ranges for k in range(a, b)}
            nearby = self._nearby(sentence, ranges)
            for position, (expression, (first, after)) in enumerate(zip(members, ranges, strict=True)):
                primary = self._primary(sentence, first, after)
                triggers: list[_Trigger | None] = [primary]
                if primary is not None:
                    coordinated = [] if primary.noun else self._coordinated(sentence, primary.index)
                    triggers += [_Trigger(k, noun=False) for k in coordinated]
                    chosen = {primary.index, *coordinated}
                    for k in sorted(set(nearby.get(position, [])) - chosen):
                        triggers.append(_Trigger(k, noun=not sentence.is_verb(k), primary=False))
                shared_text: str | None = None
                for trigger in triggers:
                    event, named = self._event(text, sentence, expression, trigger, first, after, last_source)
                    if named is not None:
                        last_source = named
                    if shared_text is None:
                        shared_text = event.text  # every event of an expression reads the same clause
                    elif event.text != shared_text:
                        event = attrs.evolve(event, text=shared_text)
                    events.append(event)
        return tuple(events)

    def _nearby(self, s: _Sentence, ranges: list[tuple[int, int]]) -> dict[int, list[int]]:
        """Predicates close to an expression in the same clause, each given to the nearest expression.

        A time adverbial dates the predicates of its own phrase: "were arrested and charged on Monday",
        "began raising its stake in July", "said Friday authorities are pursuing 400 tips".
        """
        inside = s.in_expression
        best: dict[int, tuple[int, int]] = {}  # token -> (distance, expression position)
        for position, (a, b) in enumerate(ranges):
            for k in range(max(0, a - _NEARBY), min(len(s.tokens), b + _NEARBY)):
                if k in inside:
                    continue
                distance = a - k if k < a else k - b + 1
                if k in best and best[k][0] <= distance:
                    continue
                if not (s.is_verb(k) or s.is_event_noun(k)):
                    continue
                if s.breaks_between(*((k, a) if k < a else (b, k))):
                    continue
                best[k] = (distance, position)
        found: dict[int, list[int]] = {}
        for k, (_, position) in sorted(best.items()):
            found.setdefault(position, []).append(k)
        return found

    # ---------------------------------------------------------------- triggers
    def _primary(self, s: _Sentence, first: int, after: int) -> _Trigger | None:
        tokens = s.tokens
        w = self.words
        # "Wednesday's meeting", "a January report", "the Oct. 23 slaying", "third-quarter earnings"
        nxt = after
        possessive = (
            nxt < len(tokens)
            and tokens[nxt].lower in (*w.particles.possessive_endings, w.particles.s_ending)
            and tokens[nxt].start == tokens[after - 1].end
        )
        if possessive:
            nxt += 1
        before = s.previous_word(first)
        modifier = possessive or (before is not None and tokens[before].lower in w.determiners)
        modifier = modifier or (
            after > first and "-" in tokens[after - 1].text + (tokens[after - 2].text if after - first > 1 else "")
        )
        if modifier and nxt < len(tokens) and s.is_noun_like(nxt) and tokens[nxt].text[0].islower():
            head = nxt
            for j in range(nxt, min(nxt + 3, len(tokens))):
                if not s.is_noun_like(j):
                    break
                head = j
                if s.is_event_noun(j):
                    break
            return _Trigger(head, noun=True)
        # the nearest verb to the left, within the clause
        steps = 0
        i = first - 1
        while i >= max(0, first - _MAX_SCAN) and steps < _MAX_LEFT:
            token = tokens[i]
            if s.is_break(i) or token.text == ",":
                break
            if s.is_verb(i):
                return _Trigger(i, noun=False)
            if s.is_event_noun(i) and first - i <= 2:
                return _Trigger(i, noun=True)  # "talks on Friday", "the meeting Thursday"
            if token.lower in w.subordinators and i < first - 1:
                break
            steps += token.is_word
            i -= 1
        # the verb of the clause the expression opens ("On Friday, Mr Blinken will sit down")
        steps = 0
        commas = 0
        for j in range(after, min(len(tokens), after + _MAX_SCAN)):
            token = tokens[j]
            if token.text in (";", ":") or steps >= _MAX_RIGHT:
                break
            if token.text == ",":
                commas += 1
                if commas > 2:
                    break
                continue
            if s.is_verb(j):
                return _Trigger(j, noun=False)
            steps += token.is_word
        # any verb nearby, nearest first; then an event noun
        candidates = []
        for distance in range(1, _MAX_SCAN + 1):
            candidates += [k for k in (first - distance, after - 1 + distance) if 0 <= k < len(tokens)]
        for k in candidates:
            if s.is_verb(k):
                return _Trigger(k, noun=False)
        for k in candidates:
            if s.is_event_noun(k):
                return _Trigger(k, noun=True)
        return None

    def _coordinated(self, s: _Sentence, primary: int) -> list[int]:
        """Verbs joined to the trigger by "and"/"or" in the same clause, with the same form."""
        tokens = s.tokens
        form = s.verb_class(primary)
        found: list[int] = []
        for direction in (1, -1):
            j = primary + direction
            joined = False
            while 0 <= j < len(tokens) and abs(j - primary) <= _MAX_SCAN:
                token = tokens[j]
                if (
                    s.is_break(j)
                    or token.lower in self.words.subordinators
                    or token.lower in self.words.subject_pronouns
                ):
                    break
                if token.lower in self.words.reporting:
                    break
                if token.lower in self.words.particles.conjunctions:
                    joined = True
                elif s.is_verb(j):
                    adjacent = tokens[j - 1] if direction > 0 else tokens[j + 1]
                    link = (
                        adjacent.lower == ","
                        or adjacent.lower in self.words.particles.joining
                        or (direction < 0 and joined)
                    )
                    if joined and link and s.verb_class(j) == form and tokens[j].lower not in self.words.auxiliaries:
                        found.append(j)
                        joined = False
                    else:
                        break
                j += direction
        return sorted(found)

    # ---------------------------------------------------------------- the event record
    def _event(
        self,
        text: str,
        s: _Sentence,
        expression: TimeExpression,
        trigger: _Trigger | None,
        first: int,
        after: int,
        last_source: str | None,
    ) -> tuple[Event, str | None]:
        tokens = s.tokens
        if trigger is None:
            trigger_span = expression.span
            trigger_text = expression.text
            tense, modality, kind = Tense.NONE, Modality.ASSERTED, EventKind.OCCURRENCE
            trigger_index = first
        else:
            token = tokens[trigger.index]
            trigger_span = Span(token.start, token.end)
            trigger_text = token.text
            trigger_index = trigger.index
            tense = Tense.NONE if trigger.noun else self._tense(s, trigger.index)
            kind = self._kind(token.lower, trigger.noun)
            modality = self._modality(s, trigger.index, tense)
        attribution = self._attribution(s, trigger_index, first, after, kind is EventKind.REPORTING)
        source = attribution[0] if attribution else None
        named = None
        if source is not None:
            if source.lower() in self.words.source_pronouns:
                source = last_source or source
            else:
                named = source
        if source is not None and modality is Modality.ASSERTED and kind is not EventKind.REPORTING:
            modality = Modality.REPORTED
        cut = attribution[1] if attribution else None
        event_text = self._text(text, s, trigger_span, expression.span, cut)
        return (
            Event(
                trigger=trigger_span,
                trigger_text=trigger_text,
                text=event_text,
                sentence=s.span,
                when=expression,
                tense=tense,
                modality=modality,
                kind=kind,
                source=source,
                primary=trigger is None or trigger.primary,
            ),
            named,
        )

    def _group(self, s: _Sentence, i: int) -> list[str]:
        """The auxiliaries, negations and "to" before a verb, nearest first."""
        group: list[str] = []
        j = i - 1
        while j >= max(0, i - 8) and len(group) < 5:
            word = s.tokens[j].lower
            if (
                word in self.words.auxiliaries
                or word in self.words.negations
                or word == self.words.particles.infinitive
                or word.endswith(self.words.particles.negation_endings)
            ):
                group.append(word)
            elif (
                not (word.endswith(self.words.particles.adverb_ending) and len(word) > 4)
                and word not in self.words.particles.verb_group_adverbs
            ):
                break
            j -= 1
        return group

    def _tense(self, s: _Sentence, i: int) -> Tense:
        w = self.words
        word = s.tokens[i].lower
        group = self._group(s, i)
        if any(a in w.future_auxiliaries for a in group):
            return Tense.FUTURE
        if group and group[0] == w.particles.infinitive:
            return Tense.NONE  # an infinitive
        auxiliaries = [a for a in group if a in w.auxiliaries]
        if auxiliaries:
            head = auxiliaries[-1]
            if head in w.past_auxiliaries:
                return Tense.PAST
            if head in w.present_auxiliaries:
                return Tense.PRESENT
            return Tense.NONE  # "would", "could": a mood, not a tense
        if word in w.auxiliaries:
            return Tense.PAST if word in w.past_auxiliaries else Tense.PRESENT
        if word in w.past_forms or word.endswith(w.particles.past_ending):
            return Tense.PAST
        if word.endswith(w.particles.participle_ending):
            return Tense.NONE
        return Tense.PRESENT

    def _modality(self, s: _Sentence, i: int, tense: Tense) -> Modality:
        w = self.words
        group = self._group(s, i)
        if any(a in w.negations or a.endswith(w.particles.negation_endings) for a in group):
            return Modality.NEGATED
        conditional = self._conditional(s, i)
        if group and group[0] in w.particles.reported_future and not conditional and any(k < i for k in s.attributions):
            return Modality.PLANNED  # "said the exercises would start on Feb. 9": the future, reported
        if any(a in w.hypothetical_auxiliaries for a in group) or conditional:
            return Modality.HYPOTHETICAL
        if tense is Tense.FUTURE or self._planned(s, i):
            return Modality.PLANNED
        return Modality.ASSERTED

    def _planned(self, s: _Sentence, i: int) -> bool:
        """ "is scheduled to begin", "plans to sit down", "is to visit"."""
        tokens = s.tokens
        j = i - 1
        seen_to = False
        while j >= 0 and i - j <= 4:
            word = tokens[j].lower
            if word == self.words.particles.infinitive:
                seen_to = True
            elif seen_to and (word in self.words.planning or word in self.words.particles.present_copulas):
                return True
            elif not (word in self.words.auxiliaries or word.endswith(self.words.particles.adverb_ending)):
                break
            j -= 1
        return False

    def _conditional(self, s: _Sentence, i: int) -> bool:
        j = i - 1
        while j >= max(0, i - _MAX_SCAN) and not s.is_break(j) and s.tokens[j].text != ",":
            if s.tokens[j].lower in self.words.conditionals:
                return True
            j -= 1
        return False

    def _kind(self, word: str, noun: bool) -> EventKind:
        w = self.words
        if word in w.reporting or (noun and word in w.particles.report_nouns):
            return EventKind.REPORTING
        if noun:
            return EventKind.OCCURRENCE
        for table, kind in (
            (w.i_action, EventKind.I_ACTION),
            (w.i_state, EventKind.I_STATE),
            (w.aspectual, EventKind.ASPECTUAL),
            (w.perception, EventKind.PERCEPTION),
            (w.state, EventKind.STATE),
        ):
            if word in table:
                return kind
        return EventKind.OCCURRENCE

    # ---------------------------------------------------------------- attribution and text
    def _attribution(
        self, s: _Sentence, trigger: int, first: int, after: int, reporting: bool
    ) -> tuple[str, int | None] | None:
        """(source, offset to cut the event text at) for the sentence's attribution, if any.

        A reporting trigger's own subject is its source; otherwise ", X said" / ", said X" / "X said
        (that)" / "according to X" (an attribution phrase of the language) elsewhere in the sentence.
        """
        tokens = s.tokens
        w = self.words
        if reporting and s.is_verb(trigger):
            subject = self._subject_before(s, trigger) or self._subject_after(s, trigger)
            return (subject, None) if subject else None
        if reporting:  # "a January report from the Center for ..."
            following = trigger + 1
            if following < len(tokens) and tokens[following].lower in self.words.particles.source_prepositions:
                source = self._phrase(s, following + 1)
                return (source, None) if source else None
            return None
        for k in s.attributions:
            length = s.phrase_at(k)
            if length:
                source = self._phrase(s, k + length)
                if source:
                    start = tokens[k - 1].start if k > 0 and tokens[k - 1].text == "," else tokens[k].start
                    return source, start if k > trigger else None
        for k in s.attributions:
            token = tokens[k]
            if (
                k == trigger
                or token.lower not in w.reporting
                or (not s.is_verb(k) and token.lower not in w.particles.saying)
            ):
                continue
            if k > trigger:
                subject = self._subject_before(s, k) or self._subject_after(s, k)
                comma = next((c for c in range(k - 1, max(trigger, k - 9), -1) if tokens[c].text == ","), None)
                if subject and comma is not None:
                    return subject, tokens[comma].start
            elif k < trigger and k <= 8:
                subject = self._subject_before(s, k)
                if subject:
                    return subject, None
        return None

    def _subject_before(self, s: _Sentence, k: int) -> str | None:
        """The subject of the reporting verb at ``k``: the words before it, or the sentence's subject
        when the verb is coordinated ("... confirmed X and said") or an infinitive ("declined to comment")."""
        tokens = s.tokens
        before = s.previous_word(k)
        if before is not None and (
            tokens[before].lower in (self.words.particles.addition, self.words.particles.infinitive)
            or tokens[before].lower in self.words.auxiliaries
        ):
            return self._sentence_subject(s)
        words: list[_Token] = []
        j = k - 1
        while j >= max(0, k - _MAX_SCAN) and len(words) < 8:
            token = tokens[j]
            if j in s.in_expression:
                j -= 1
                continue
            if not (token.is_word or token.text in (".", "-", "&")) or token.lower in self.words.subordinators:
                break
            if (
                token.lower in self.words.particles.conjunctions
                or token.lower in self.words.auxiliaries
                or s.is_verb(j)
            ):
                break
            words.append(token)
            j -= 1
        words.reverse()
        while words and words[0].lower in self.words.prepositions:
            words.pop(0)
        return self._join(s, words) if self._names_someone(words) else None

    def _subject_after(self, s: _Sentence, k: int) -> str | None:
        """ ", said Mr. Fomin": the name after an inverted reporting verb."""
        j = k + 1
        while j < min(len(s.tokens), k + _MAX_SCAN) and j in s.in_expression:
            j += 1
        return self._phrase(s, j)

    def _sentence_subject(self, s: _Sentence) -> str | None:
        """The noun phrase a sentence opens with, up to its first verb."""
        words: list[_Token] = []
        for j, token in enumerate(s.tokens[:_MAX_SCAN]):
            if j in s.in_expression or token.text in _QUOTES:
                continue
            if s.is_verb(j) or token.lower in self.words.auxiliaries or not (token.is_word or token.text in ".-&"):
                break
            if token.lower in self.words.subordinators or len(words) >= 8:
                return None
            words.append(token)
        while words and words[0].lower in (*self.words.connectives, *self.words.prepositions):
            words.pop(0)
        return self._join(s, words) if self._names_someone(words) else None

    def _names_someone(self, words: list[_Token]) -> bool:
        """A source is a name or a described person: it has a capital or a determiner and a noun."""
        content = [t for t in words if t.is_word]
        if not content:
            return False
        if len(content) == 1 and content[0].lower in self.words.source_pronouns:
            return True
        return any(t.text[0].isupper() for t in content) or content[0].lower in self.words.particles.bare_articles

    def _phrase(self, s: _Sentence, start: int) -> str | None:
        tokens = s.tokens
        words: list[_Token] = []
        j = start
        while j < len(tokens) and len(words) < 8:
            token = tokens[j]
            if j in s.in_expression:
                break
            if not (token.is_word or token.text in (".", "-", "&")) or token.lower in self.words.subordinators:
                break
            if (token.lower in self.words.prepositions or token.lower == self.words.particles.addition) and words:
                following = tokens[j + 1] if j + 1 < len(tokens) else None
                inside_name = words[-1].text[0].isupper() and following is not None and following.text[0].isupper()
                if not inside_name:
                    break
            if token.text == "." and (j + 1 >= len(tokens) or not tokens[j + 1].is_word):
                break
            words.append(token)
            j += 1
        if not words or not (words[0].text[0].isupper() or words[0].lower in self.words.particles.bare_articles):
            return None
        return self._join(s, words)

    @staticmethod
    def _join(s: _Sentence, words: list[_Token]) -> str | None:
        if not words or not any(t.is_word for t in words):
            return None
        text = "".join((" " if i and words[i - 1].end < t.start else "") + t.text for i, t in enumerate(words)).strip(
            " -"
        )
        if text.endswith(".") and len(words) > 1 and words[-2].lower not in s.abbreviations:
            text = text[:-1]  # a full stop, not an abbreviation's ("Mr.", "Inc.")
        return text or None

    def _text(self, text: str, s: _Sentence, trigger: Span, when: Span, cut: int | None) -> str:
        """The sentence around the trigger, attribution cut, openers and quotes dropped, kept short."""
        start, end = s.span.start, s.span.end
        if cut is not None and cut > max(trigger.end, when.end):
            end = cut
        if end - start > _MAX_TEXT:
            lo = min(trigger.start, when.start)
            hi = max(trigger.end, when.end)
            ends, starts = s.text_breaks
            before = bisect.bisect_right(ends, lo) - 1  # the last break before the event
            if before >= 0 and hi - ends[before] <= _MAX_TEXT and lo - start > _MAX_TEXT // 3:
                start = ends[before]
            following = bisect.bisect_left(starts, hi)  # the first break after it
            if following < len(starts) and starts[following] - lo <= _MAX_TEXT and end - start > _MAX_TEXT:
                end = starts[following]
            if end - start > 2 * _MAX_TEXT:  # no punctuation to cut at: a window of words around it
                start = max(start, lo - _MAX_TEXT // 2)
                end = min(end, hi + _MAX_TEXT // 2)
                space = text.rfind(" ", max(s.span.start, start - 30), start)
                start = space + 1 if space >= 0 else start
                space = text.find(" ", end, min(s.span.end, end + 30))
                end = space if space >= 0 else end
        trimmed_start, trimmed_end = start > s.span.start, end < s.span.end and cut is None
        clause = text[start:end].strip()
        clause = clause.strip("".join(_QUOTES) + " ,;:-").strip()
        for quote in ("``", "''"):
            clause = clause.replace(quote, "")
        clause = " ".join(clause.split())
        lowered = clause.lower()
        for opener in self.words.connectives:
            if lowered.startswith(opener + " ") or lowered.startswith(opener + ","):
                rest = clause[len(opener) :].lstrip(" ,")
                if rest:
                    clause = rest[0].upper() + rest[1:]
                break
        clause = clause.rstrip(" ,;:")
        if trimmed_start:
            clause = "…" + clause
        if trimmed_end:
            clause += "…"
        return clause


_FINDERS: dict[str, EventFinder] = {}


def find_events(
    text: str, expressions: tuple[TimeExpression, ...], language: Language, sentences: Sentences | None = None
) -> tuple[Event, ...]:
    """The events of ``text``: one for each expression in narrative text (more where verbs are coordinated)."""
    finder = _FINDERS.get(language.code)
    if finder is None or finder.language is not language:
        finder = _FINDERS[language.code] = EventFinder(language)
    return finder.find(text, expressions, sentences)
