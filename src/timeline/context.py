"""Reading the context of an expression: sentence boundaries and the tense of the clause around it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from timeline.language import Cues
from timeline.model import Span, Tense

__all__ = [
    "Sentences",
    "Tokens",
    "clause_tense",
    "follows_a_first",
    "in_a_negated_past",
    "is_finite_verb",
    "sentence_spans",
    "words",
]

# the lookbehind makes a run of stops match from its first one only: no rescanning of long "......"
_BOUNDARY = re.compile(
    r"(?<![.!?])(?P<stop>[.!?]+)[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
    r"|\n[ \t]*\n\s*"
    r"|(?<=[^\s.!?,;:])[ \t]*\n(?=[ \t]*[A-Z\"“])"
)
_WORD_BEFORE = re.compile(r"(?P<word>[\w.'’-]+)$")
#: Latin letters, accented ones included ("Belém", "café"): a word is not cut at its accent. (A range, not the
#: category class [^\W\d_], which the regular expression engine matches a third slower.)
LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
_WORD = re.compile(rf"[{LETTERS}]+(?:['’][{LETTERS}]+)*|\d+")


def sentence_spans(text: str, cues: Cues) -> tuple[Span, ...]:
    """Sentences of ``text`` as spans, leading and trailing white space excluded."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("stop") is not None and match.group("stop") == ".":
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if before is not None:
                word = before.group("word").lower().strip("'’")
                if (word in cues.abbreviations or (len(word) == 1 and word.isalpha()) or "." in word) and not (
                    word in _MERIDIEMS and _opens_a_sentence(text, match.end(), cues)
                ):
                    continue
        end = match.end() if match.group("stop") is not None else match.start()
        _append(spans, text, start, end)
        start = match.end()
    _append(spans, text, start, len(text))
    return tuple(spans)


#: Abbreviations of a clock time that often end a sentence: "... and close at 8 p.m. The drop box ...".
_MERIDIEMS = frozenset({"a.m", "p.m"})
_NEXT_WORD = re.compile(r"\s+(?P<word>[A-Z][a-z]*)\b")


def _opens_a_sentence(text: str, offset: int, cues: Cues) -> bool:
    """Whether the word after ``offset`` is a capitalised function word, as a new sentence's first word
    is ("The", "It", "But"), and not a name or a weekday that goes on with a clock time ("8 p.m. Thursday")."""
    following = _NEXT_WORD.match(text, offset)
    return following is not None and following.group("word").lower() in cues.function_words


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
        self._cues = cues
        self._spans: tuple[Span, ...] | None = None
        self._starts: list[int] = []
        self._tokens: dict[int, Tokens] = {}

    @property
    def spans(self) -> tuple[Span, ...]:
        """The sentence spans, split on first use."""
        if self._spans is None:
            self._spans = sentence_spans(self.text, self._cues)
            self._starts = [s.start for s in self._spans]
        return self._spans

    def index_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the one before it, between sentences)."""
        if self._spans is None:
            self.spans  # noqa: B018 - splits the text
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def at(self, offset: int) -> Span:
        if not self.spans:
            return Span(0, len(self.text))
        return self.spans[self.index_at(offset)]

    def tokens_at(self, offset: int) -> Tokens:
        """The words of the sentence containing ``offset``, tokenised once per document."""
        index = self.index_at(offset) if self.spans else -1
        tokens = self._tokens.get(index)
        if tokens is None:
            span = self.at(offset)
            tokens = self._tokens[index] = Tokens(words(self.text, span.start, span.end))
        return tokens


#: A number in figures, its thousands grouped or not, as the tokens keep it whole: "750,000".
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def is_figure(word: str) -> bool:
    """Whether ``word`` is a number in figures: "12", "1,000"."""
    return _FIGURE.fullmatch(word) is not None


_TOKEN = re.compile(rf"[{LETTERS}]+(?:['’][{LETTERS}]+)*|\d+(?:[:.,]\d+)*[{LETTERS}]*|--|''|``|[,;:()\"“”—–]")


def words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(lowercased word or clause-breaking mark, start, end) for ``text[start:end]``."""
    return [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _is_past(word: str, cues: Cues) -> bool:
    if word in cues.past or word in cues.particles.negated_past_verbs:
        return True
    return len(word) > 4 and word.endswith(cues.particles.past_ending) and word not in cues.not_past_ed


def is_past_ed(word: str, cues: Cues) -> bool:
    """Whether ``word`` has the form of a past in -ed, whatever else it may be: "proposed", "advanced"."""
    particles = cues.particles
    return len(word) > 4 and word.endswith(particles.past_ending) and not word.endswith(particles.not_past_endings)


def is_finite_verb(word: str, cues: Cues) -> bool:
    """Whether ``word`` is a verb in the past or a finite auxiliary: "died", "was", "has"."""
    return _is_past(word, cues) or word in cues.finite_auxiliaries


def _bare_verb_marker(word: str, cues: Cues) -> bool:
    """Whether a verb after ``word`` is a bare infinitive: "to cut", "can put", "will hold"."""
    return (
        word == cues.particles.infinitive
        or word in cues.base_form_markers
        or (word in cues.future and word not in cues.future_needing_to)
    )


def _auxiliary(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> str | None:
    """The word before ``i``, past one adverb: the auxiliary of "are fully booked", "was not moved", "were
    originally scheduled", "was first set", "is next changed"."""
    before = tokens[i - 1][0] if i > 0 else None
    if (
        i > 1
        and before is not None
        and (
            before.endswith(cues.particles.adverb_ending)
            or before in cues.degree_adverbs
            or before in cues.overtaken_adverbs
            or before == cues.particles.next
        )
    ):
        return tokens[i - 2][0]
    return before


#: How many words an aside between commas after a subject may run: "the address, Mann Ki Baat, reaches".
_APPOSITION_WORDS = 6

#: How many words back a passive joined by "and" is looked for.
_PASSIVE_REACH = 12


def _joined_to_a_passive(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the participle at ``i`` follows "and" in the clause of a passive before it: "will be notified by email
    in mid-June and honored at a ceremony"."""
    if i < 3 or tokens[i - 1][0] != cues.particles.addition:
        return False
    for j in range(i - 2, max(0, i - _PASSIVE_REACH), -1):
        if tokens[j][0] in cues.clause_breaks:
            return False
        if _is_past(tokens[j][0], cues) and _auxiliary(tokens, j, cues) in cues.participle_auxiliaries:
            return True
    return False


#: How many words an aside after the subject may hold: ", blocked by federal judges in October,".
_ASIDE_REACH = 12


def _closes_before_the_verb(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the aside opened by a comma before ``i`` closes with a comma right before the sentence's verb or modal,
    after a subject: "The rule, blocked by federal judges in October, could take effect"."""
    if i < 3 or tokens[i - 2][0] in cues.clause_breaks:
        return False
    for k in range(i + 1, min(len(tokens) - 1, i + _ASIDE_REACH)):
        if tokens[k][0] in cues.clause_breaks:
            after = tokens[k + 1][0]
            return tokens[k][0] == "," and (after in cues.modals or after in cues.finite_auxiliaries)
    return False


def _after_negated_past(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether a negated past ("did not", "wasn't", "never") stands earlier in the clause of the word at ``i``."""
    for j in range(i - 1, max(-1, i - 1 - _MAX_SCAN), -1):
        word = tokens[j][0]
        if word in cues.clause_breaks:
            return False
        if word in cues.negated_past or (
            word == cues.particles.negation
            and j > 0
            and (tokens[j - 1][0] in cues.past_auxiliaries or tokens[j - 1][0] == cues.particles.past_do)
        ):
            return True
    return False


def in_a_negated_past(span: Span, tokens: Tokens, cues: Cues) -> bool:
    """Whether a negated past stands earlier in the clause of ``span``: "did not notice until Monday"."""
    return _after_negated_past(tokens.words, bisect.bisect_left(tokens.starts, span.start), cues)


def under_an_overtaken_plan(span: Span, tokens: Tokens, cues: Cues) -> bool:
    """Whether a plan told as overtaken stands earlier in the clause of ``span``: "which had been due to begin at 7am
    on Tuesday", "was originally scheduled for Sunday", "were due to meet Thursday"."""
    words = tokens.words
    first = bisect.bisect_left(tokens.starts, span.start)
    for i in range(first - 1, max(-1, first - _PLAN_WORDS), -1):
        word, before = words[i][0], words[i - 1][0] if i > 0 else None
        if word in cues.clause_breaks:
            return False
        if word in cues.future_needing_to and (
            _overtaken(words, i, cues) or (word == cues.particles.due and before in cues.particles.past_copulas)
        ):
            return True
    return False


#: How many words before a date the plan it was set for may stand: "had been due to begin at 7am on Tuesday".
_PLAN_WORDS = 10


def arranged_in_the_past(span: Span, tokens: Tokens, cues: Cues) -> bool:
    """Whether a verb of arranging in the past sets up the day of ``span`` after "for", a few words back in its clause:
    "The district canceled classes for Tuesday and Wednesday" (a future seen from the story's past)."""
    words = tokens.words
    first = bisect.bisect_left(tokens.starts, span.start)
    if first == 0 or words[first - 1][0] != cues.particles.intended_for:
        return False
    for i in range(first - 2, max(-1, first - _PLAN_WORDS), -1):
        if words[i][0] in cues.clause_breaks:
            return False
        if words[i][0] in cues.arranging and is_past_ed(words[i][0], cues):
            # (a participle after an auxiliary is no past verb: "Sentencing is scheduled for Dec. 12")
            return _auxiliary(words, i, cues) not in cues.participle_auxiliaries and _arranges(words, i, cues)
    return False


def _moves(words: list[tuple[str, int, int]], i: int, first: int, cues: Cues) -> bool:
    """Whether the verb at ``i`` moves a date, itself or as the auxiliary of a passive that does: "postponed",
    "was postponed", "had been moved", "has now been moved"."""
    at = i + 1 if words[i + 1][0] in cues.aspect_adverbs and i + 2 < first else i
    at = at + 1 if words[at + 1][0] == cues.particles.been and at + 2 < first else at
    return words[at][0] in cues.moving_ends or words[at + 1][0] in cues.moving_ends


def _overtaken(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the plan named at ``i`` ("scheduled", "set", "due") is told as one overtaken: in the past
    perfect ("had been scheduled to end on Saturday"), or as it first was ("was originally set for May").
    A plan told in the simple past still stands: "the agreement was set to expire at 11:59 p.m. on
    Wednesday"."""
    if i > 1 and tokens[i - 1][0] in cues.overtaken_adverbs and tokens[i - 2][0] in cues.clause_breaks:
        return True  # an aside: "The September jobs report, originally due Oct. 3, was delayed"
    auxiliary = _auxiliary(tokens, i, cues)
    if auxiliary not in cues.past_auxiliaries:
        return False
    before = tokens[i - 1][0]
    if before in cues.overtaken_adverbs or auxiliary in cues.past_perfect:
        return True
    return auxiliary == cues.particles.been and i > 1 and tokens[i - 2][0] in cues.past_perfect


#: How many words a causative's object may take: "to have the fire fully contained".
_CAUSATIVE_OBJECT_WORDS = 6


def _completes_a_causative_infinitive(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the participle at ``i`` ends an infinitive "to have" or "to get" and its object: "expects to have
    the work completed by June" (not a past that is no participle: "hoping to get in without a ticket began")."""
    if tokens[i][0] in cues.past_forms_not_participles:
        return False
    for j in range(i - 2, max(0, i - 2 - _CAUSATIVE_OBJECT_WORDS), -1):
        if tokens[j][0] in cues.particles.causatives and tokens[j - 1][0] == cues.particles.infinitive:
            return True
    return False


def _opens_an_imperative(word: str, i: int, tokens: list[tuple[str, int, int]], cues: Cues) -> bool:
    """Whether ``word`` opens the sentence in its base form, as an imperative does ("Expect", "Start"), or a clause
    after a comma and a word that leads to advice ("The braise tastes better the next day, so make it on Saturday")."""
    particles = cues.particles
    if word.endswith((particles.s_ending, particles.past_ending, particles.participle_ending)):
        return False
    if _is_past(word, cues) and word not in cues.unchanged_pasts:
        return False  # "Had a few thousand votes gone the other way on Tuesday": a past condition, not an imperative
    return (
        i == 0
        or (i > 1 and tokens[i - 1][0] in cues.advice_openers and tokens[i - 2][0] == "," and not _is_past(word, cues))
        or (i > 0 and tokens[i - 1][0] in cues.imperative_openers)
    )


def _in_a_negated_present_perfect(words: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the participle at ``i`` is in a negated present perfect: "have not ruled out", "has never been
    tested", "haven't decided"."""
    k = i - 1
    if k >= 0 and words[k][0] == cues.particles.been:
        k -= 1
    if k >= 0 and words[k][0] in cues.negated_perfects:
        return True  # "haven't decided"
    return (
        k >= 1
        and words[k][0] in cues.particles.negators
        and words[k - 1][0] in cues.perfect_auxiliaries
        and not _is_past(words[k - 1][0], cues)
    )


#: How many words the subject of an inverted past perfect may take: "Had the Bank of England acted".
_INVERTED_SUBJECT_WORDS = 5


def _in_an_inverted_past_perfect(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the verb at ``i`` follows "had" and its subject at the head of a clause: "Had Atlanta run the ball"."""
    for k in range(i - 2, max(-1, i - 2 - _INVERTED_SUBJECT_WORDS), -1):
        if tokens[k][0] in cues.clause_breaks:
            return False
        if tokens[k][0] in cues.past_perfect:
            return k == 0 or tokens[k - 1][0] in cues.clause_breaks
    return False


def _opens_noun_phrase(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` follows an article or possessive, perhaps past one adverb or a compound
    modifier ("their third-quarter estimated tax payment")."""
    j = i - 1
    if j > 0 and (
        tokens[j][0] in cues.degree_adverbs
        or tokens[j][0].endswith(cues.particles.adverb_ending)
        # "a final televised debate" (but "Their second arrived on the same date": the ordinal is the subject)
        or (tokens[j][0] in cues.ranking_adjectives and _before_its_noun(tokens, i, cues))
    ):
        j -= 1
    elif j > 0 and text[tokens[j][1] - 1] == "-":
        if not _before_its_noun(tokens, i, cues):
            return False  # "a tractor-trailer collided shortly after midnight": the compound is the subject
        while j > 0 and text[tokens[j][1] - 1] == "-":
            j -= 1
        j -= 1
    return j >= 0 and tokens[j][0] in cues.articles


def _closes_an_apposition(tokens: list[tuple[str, int, int]], comma: int, cues: Cues) -> bool:
    """Whether the comma at ``comma`` closes a short aside opened by a comma a few words before, with no verb in it:
    "the address, Mann Ki Baat, reaches"."""
    for k in range(comma - 1, max(-1, comma - 1 - _APPOSITION_WORDS), -1):
        word = tokens[k][0]
        if word == ",":
            return k < comma - 1
        if word in cues.clause_breaks or word in cues.verbs or _is_past(word, cues):
            return False
    return False


def _tells_the_past(text: str, words: list[tuple[str, int, int]], start: int, end: int, cues: Cues) -> bool:
    """Whether the clause from ``start`` (up to a clause break or ``end``) has a verb in the past."""
    for k in range(start, end):
        if words[k][0] in cues.clause_breaks:
            return False
        if _word_tense(text, words, k, cues) is Tense.PAST:
            return True
    return False


def _before_a_subject_s_modal(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the form at ``i`` opens its clause before a noun and the modal of that noun: "affected employees
    will remain" (not "the cars it recalled Monday will be repaired")."""
    if i + 2 >= len(tokens) or tokens[i + 2][0] not in cues.modals:
        return False
    noun = tokens[i + 1][0]
    opens = i == 0 or tokens[i - 1][0] in cues.clause_breaks or tokens[i - 1][0] in cues.articles
    return (
        opens
        and noun.isalpha()
        and noun not in cues.function_words
        and noun not in cues.calendar_words
        and not noun.endswith(cues.particles.adverb_ending)
    )


#: How many words a reduced relative clause may take before the modal of its noun.
_RELATIVE_WORDS = 8


def _in_a_reduced_relative(words: list[tuple[str, int, int]], i: int, end: int, cues: Cues) -> bool:
    """Whether the past form at ``i`` follows a noun and comes before that noun's modal, as a clause on the noun:
    "customers enrolled in the Summer Off-Peak plan will pay"."""
    noun = words[i - 1][0] if i > 0 else ""
    if (
        not _is_past(words[i][0], cues)
        or not noun.isalpha()
        or noun in cues.function_words
        or i + 1 >= len(words)
        or words[i + 1][0] not in cues.prepositions
        or not (i == 1 or words[i - 2][0] in cues.clause_breaks or words[i - 2][0] in cues.determiners)
    ):
        # (a verb with an object tells: "On Monday, officials said they would ..."; so does one after a noun phrase
        # that does not open its clause: "on Wednesday night the undecided voters broke for No")
        return False
    for k in range(i + 1, min(end, i + 1 + _RELATIVE_WORDS)):
        if words[k][0] in cues.clause_breaks:
            return False
        if words[k][0] in cues.modals:
            return True
    return False


def _before_its_noun(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word after ``i`` could be the noun it modifies: not an adverb, a function word or a mark."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1][0]
    return (
        following.isalpha()
        and following not in cues.function_words
        and not following.endswith(cues.particles.adverb_ending)
    )


#: How many words a possessive's "next" may stand before the event it names: "its next scheduled meeting".
_NEXT_EVENT_WORDS = 2


def _is_an_acronym(text: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether word ``i`` is written in capitals among words in lower case: a name ("the SAT", "the ACT"), not a
    verb (unlike a headline in capitals: "STORM SAT OVER THE COAST")."""
    start, end = tokens[i][1], tokens[i][2]
    if not text[start].isupper() or end - start < 2 or not text[start:end].isupper():
        return False
    return any(text[tokens[k][1] : tokens[k][2]].islower() for k in (i - 1, i + 1) if 0 <= k < len(tokens))


def _word_tense(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> Tense | None:
    word = tokens[i][0]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else None
    before = tokens[i - 1][0] if i > 0 else None
    if following in cues.comparison_words:
        return None  # "a week earlier than usual": a comparison, not a verb or a marker of the past
    if word in cues.reaching_back:
        return Tense.PAST  # "will be retroactive to Jan. 1": the date reached back to is past
    if word in cues.length_comparatives and (
        before in cues.length_units or (before in cues.coordinators and i > 1 and tokens[i - 2][0][-1].isdigit())
    ):
        # "will open an hour earlier, at 8.30am, from Monday": a comparison, the verb decides; "Android 9 and
        # earlier": a bound of a range of versions
        return None
    if _is_an_acronym(text, tokens, i):
        return None  # "Students taking the SAT on Saturday will face", "sat for the ACT": a name, not a verb
    if (
        word == cues.particles.infinitive
        and following is not None
        and following.isalpha()
        and following not in cues.determiners
        and (following in cues.verbs or following in cues.infinitive_auxiliaries)
        and text[tokens[i + 1][1]].islower()
        # "to cut", "to set" are infinitives; "to closed doors" is not
        and not following.endswith(cues.particles.past_ending)
    ):
        return Tense.FUTURE  # "expects to close by Dec. 15": an infinitive names what is still to come
    if (
        word in cues.future
        and i > 0
        and text[tokens[i][1]].isupper()
        and (
            text[tokens[i - 1][1]].islower()
            or (following is not None and following.isalpha() and text[tokens[i + 1][1]].islower())
            or (before is not None and before.isdigit())  # "on 3 May 1927"
        )
    ):
        # a modal capitalised after a word in lower case, or before one, is a name ("the 13th of May", "actor
        # Will Smith", "Theresa May on Monday postponed"); in a headline in title case ("Biden Will Visit
        # Kyiv Friday") it is still a modal
        return None
    if before in cues.timetable_phrases and any(phrase[0] == word for phrase in cues.timetable_phrases[before]):
        return None  # "live" in "goes live Wednesday": the phrase's verb tells the tense
    if word in cues.timetable_phrases and any(
        tuple(w for w, _, _ in tokens[i + 1 : i + 1 + len(phrase)]) == phrase for phrase in cues.timetable_phrases[word]
    ):
        return Tense.FUTURE  # "Season passes go on sale Tuesday", "the increase takes effect Sunday"
    if (
        word == cues.particles.next
        and following is not None
        and following.isalpha()
        and following not in cues.calendar_words
        and following not in cues.function_words
        and following not in cues.number_words
        and before != cues.particles.definite_article
        and (
            before not in cues.determiners
            or any(w in cues.event_nouns for w, _, _ in tokens[i + 1 : i + 1 + _NEXT_EVENT_WORDS])
        )
    ):
        # a headline's "next meeting Oct. 28-29", "Next drawing Friday", "before its next scheduled meeting on
        # Nov. 3": what comes next (but "named Menon its next provost on Friday" is the naming, and "In the next
        # game Sunday, Boston lost" tells a story)
        return Tense.FUTURE
    if (
        before in cues.retrospective
        and word.endswith(cues.particles.participle_ending)
        and len(word) > len(cues.particles.participle_ending) + 2
    ):
        return Tense.PAST  # "will miss the season after tearing a ligament in Sunday's loss": what has happened
    if word in cues.preparing and following == cues.particles.intended_for:
        return Tense.FUTURE  # "were bracing for a surge in arrivals over the weekend": what is awaited
    if word in cues.forecasting and following == cues.particles.intended_for:
        return Tense.FUTURE  # "rain forecast for Wednesday", "storms predicted for the weekend"
    if (
        word in cues.forecasting
        and following == cues.particles.infinitive
        and before in cues.participle_auxiliaries
        and not _overtaken(tokens, i, cues)
    ):
        # "the river was forecast to crest Tuesday afternoon": what is forecast is still to come (but "had been expected
        # to reach a verdict by Wednesday" was overtaken)
        return Tense.FUTURE
    if (
        word == cues.particles.released
        and (before == "," or before in cues.particles.present_copulas)
        and (following == cues.particles.dated_on or following in cues.due_times)
    ):
        return Tense.FUTURE  # a release: "Her new novel, out Tuesday, follows", "the album is out on Friday"
    if word in cues.span_ends and (
        # (not "should have waited until")
        (before in cues.finally_until and (i < 2 or tokens[i - 2][0] != cues.particles.perfect))
        or _after_negated_past(tokens, i, cues)
    ):
        # "did not notice they were gone until a 6 a.m. head count", "it took until Christmas Day to dig out": when
        # it finally happened
        return Tense.PAST
    if (
        word in cues.span_ends
        and before == cues.particles.negation
        and i >= 2
        and (
            tokens[i - 2][0] in cues.clause_breaks
            or any(c in ",;:-–—(" for c in text[tokens[i - 2][2] : tokens[i - 1][1]])
        )
    ):
        # an aside without a verb, "not until", says when what the verb before told finally happened: "My first
        # frost came late this year - not until Nov. 9"
        for j in range(i - 2, max(-1, i - 2 - _MAX_SCAN), -1):
            if _is_past(tokens[j][0], cues):
                return Tense.PAST
            if tokens[j][0] in cues.present or tokens[j][0] in cues.future:
                break
    if (
        word in cues.span_ends
        and cues.particles.range_opener in (w for w, _, _ in tokens[max(0, i - _RANGE_WORDS) : i])
        and _past_verb_before(tokens, i, cues)
    ):
        return None  # "trained online from March until the end of June": the past verb tells when the range ran
    if word in cues.span_ends and _fronted_range_told_in_the_past(text, tokens, i, cues):
        return None  # "From 10 p.m. Friday until 5 a.m. Monday, trains ran every 20 minutes": so does the verb after
    # (past a particle of going on: "a rescue that went on until 2am on Sunday", "the campaign dragged on until June")
    verb_at = i - 2 if before in cues.going_on and i > 1 and _is_past(tokens[i - 2][0], cues) else i - 1
    if (
        word in cues.span_ends
        and (before in cues.durative_past or verb_at == i - 2)
        and _auxiliary(tokens, verb_at, cues) not in cues.participle_auxiliaries
        and _auxiliary(tokens, verb_at, cues) not in cues.perfect_auxiliaries
    ):
        return None  # "negotiators worked until late Tuesday night": the past verb tells when the span ran
    if (
        word in cues.span_ends
        and before is not None
        and _is_past(before, cues)
        and before not in cues.moving_ends
        and _auxiliary(tokens, i - 1, cues) in cues.particles.past_copulas
    ):
        # "The intersection was closed until early afternoon": a state that ran then (but "was adjourned until 10am on
        # Monday" moves an end ahead)
        return None
    if word in cues.future_adjectives and before in cues.articles:
        return None  # "downgraded their starting running back to out": an adjective, not "starting Monday"
    if word in cues.future or word.endswith(cues.particles.future_ending):
        # "planned a rally for Saturday", "scheduled for Monday" (but not the noun in "plans for a trip")
        planned = (
            (
                word in cues.planning
                and (
                    following in cues.articles
                    or (word.endswith(cues.particles.past_ending) and _for_follows(tokens, i, cues))
                )
            )
            or (word in cues.timetabled and _times_a_timetable(tokens, i, cues))
            # "Sentencing was set for Aug. 4": an arrangement in the passive; "cooler conditions were expected
            # from Thursday": an expectation
            or (
                word in cues.arranging
                and following == cues.particles.intended_for
                and before in cues.participle_auxiliaries
            )
            or (
                word.endswith(cues.particles.past_ending)
                and before in cues.participle_auxiliaries
                and following in cues.prepositions
            )
            # (or right before the day, in the present: "A decision is now expected Tuesday")
            or (
                word.endswith(cues.particles.past_ending)
                and following in cues.due_times
                and _auxiliary(tokens, i, cues) in cues.particles.present_copulas
            )
        )
        if (
            word in cues.arranging
            and before in cues.subject_pronouns
            and following not in (cues.particles.infinitive, cues.particles.intended_for)
        ):
            return Tense.PAST  # "later than the target it set in August": a pronoun's arranging verb told, not planned
        # an imperative opening the sentence looks ahead: "Expect a cloudy start Wednesday"
        imperative = _opens_an_imperative(word, i, tokens, cues)
        if (
            word in cues.future_needing_to
            and following != cues.particles.infinitive
            and not planned
            and not imperative
            and not _to_shortly_after(text, tokens, i, cues)
        ):
            return None
        if word in cues.ability_modals and (
            _negated(tokens, i, cues)
            or (following == cues.particles.be and i + 2 < len(tokens) and _is_past(tokens[i + 2][0], cues))
        ):
            return None  # "could not be reached", "could be located Wednesday": an ability, past or not
        if following == cues.particles.perfect and word in cues.past_modals and i + 2 < len(tokens):
            after_have = tokens[i + 2][0]
            if _is_past(after_have, cues) or after_have in cues.participles:
                return Tense.PAST  # "would have won", "may have been killed": a past possibility
        if word in cues.future_needing_to and _overtaken(tokens, i, cues):
            # "had been scheduled to end on Saturday", "was originally set for May": a plan overtaken, whose date may
            # lie either side of the report (a game delayed from a date still months away, a trial postponed weeks
            # back), is read without tense
            return Tense.NONE
        if word == cues.particles.due and before in cues.particles.past_copulas:
            return Tense.NONE  # "applications were due Aug. 1": a deadline then ahead, now either side of the report
        return Tense.FUTURE
    if word in cues.verbs and _in_an_inverted_past_perfect(tokens, i, cues):
        return Tense.PAST  # "Had Atlanta run the ball late in the fourth quarter Sunday night": a past condition
    if (
        word in cues.verbs
        and _opens_an_imperative(word, i, tokens, cues)
        and following is not None
        and (following in cues.prepositions or following in cues.determiners)
    ):
        # an imperative opening the sentence looks ahead: "Start on Monday with three runs", "Join the march Saturday"
        return Tense.FUTURE
    if (
        _is_past(word, cues)
        and before is not None
        and before.endswith(cues.particles.adverb_ending)
        and i > 1
        # (after a first or an owner: an article or determiner may stand before a noun in -ly, "the family went")
        and (
            tokens[i - 2][0] in cues.firsts
            or tokens[i - 2][0] in cues.ranking_adjectives
            or tokens[i - 2][0].endswith(cues.particles.possessive_endings)
        )
    ):
        return None  # an adjective after its adverb: "will elect the country's first directly elected mayor on 7 June"
    if (
        word in cues.stative_before_to
        and following == cues.particles.infinitive
        and before not in cues.participle_auxiliaries
    ):
        return None  # a state a noun is in: "will hold a presentation dedicated to the Switch 2 on April 2"
    if _is_past(word, cues) and before in cues.articles and text[tokens[i][1]].isupper():
        return None  # "The Fed", "the Red Sox": a name
    if _is_past(word, cues) and before in cues.conditions:
        return Tense.FUTURE  # "promised to freeze rents if elected in November": a condition still to be met
    if _is_past(word, cues) and (_inside_a_name(text, tokens, i, cues) or _opens_a_name(text, tokens, i)):
        # "Students in the Riverside Unified district return Wednesday", "will co-chair this year's Met Gala on
        # Monday": a name
        return None
    if word in cues.past_adjectives and _opens_noun_phrase(text, tokens, i, cues):
        return None  # "will pour its last drinks Saturday night": an adjective, not "last week"
    if word in cues.unchanged_pasts and _a_modal_s_verb(text, tokens, i, cues):
        return Tense.FUTURE  # "Will the Bank of England cut rates before Easter?": the base form after a modal
    if (
        word in cues.unchanged_pasts
        and i > 1
        and tokens[i - 2][0] in cues.articles
        and (tokens[i - 1][0] in cues.firsts or tokens[i - 1][0] in cues.ranking_adjectives)
    ):
        return None  # "expect a second cut at the July 24 announcement": a noun, not the past of "cut"
    if _is_past(word, cues) and i > 0 and text[tokens[i - 1][1] - 1 : tokens[i - 1][1]] in _CURRENCY_SIGNS:
        # "will offer Kohl's Cash for every $50 spent from Nov. 25": a participle on a sum of money, not the verb
        return None
    if _is_past(word, cues) and _complements(tokens, i, cues):
        return None  # "keeps agencies funded through Dec. 3": the verb before the object decides
    if _is_past(word, cues) and _before_a_subject_s_modal(tokens, i, cues):
        return None  # "Beginning Nov. 1, affected employees will remain on payroll": an adjective on the subject
    if _is_past(word, cues):
        if text[tokens[i][1] - 1 : tokens[i][1]] == "-" and not (
            i > 1
            and (_subject_like(tokens[i - 2][0], cues) or _names_a_subject(text, tokens, i - 2, cues))
            and tokens[i - 2][0] not in cues.subject_pronouns
        ):
            # "a split-adjusted basis", "the state-owned firm": the end of a compound adjective (but "Retailers
            # front-loaded imports": a compound verb after its subject)
            return None
        if (
            before is not None
            and _bare_verb_marker(before, cues)
            # (a modal capitalised inside the sentence is a name: "Theresa May announced on Thursday")
            and not (before in cues.future and i > 1 and text[tokens[i - 1][1]].isupper())
        ):
            return None  # "will last through Sunday", "ready to cut", "can put": a bare verb, not a past form
        if i > 1 and before in cues.verbs and _bare_verb_marker(tokens[i - 2][0], cues):
            return None  # "will hold televised debates", "to issue revised figures": an adjective on the verb's object
        if following == cues.particles.agent and (before is None or before in cues.clause_breaks):
            if _after_an_age(tokens, i):
                return Tense.PAST  # "Gukesh, 18, qualified by winning the Candidates in April": the subject's verb
            if (
                before == ","
                and word[: -len(cues.particles.past_ending)] not in cues.sequence_verbs
                and _closes_before_the_verb(tokens, i, cues)
            ):
                # "The rule, blocked by federal judges in October, could take effect": an aside after the subject
                # tells what was done to it
                return Tense.PAST
            return None  # "..., followed by a memorial service": a participle opening a clause, not a verb
        if _auxiliary(tokens, i, cues) in cues.participle_auxiliaries or _joined_to_a_passive(tokens, i, cues):
            # "will be held", "has been moved", "will be notified in June and honored on July 12": the auxiliary
            # carries the tense
            return None
        if (
            word in cues.arranging
            and following == cues.particles.intended_for
            and _auxiliary(tokens, i, cues) in cues.perfect_auxiliaries
        ):
            return Tense.FUTURE  # "unions have called for fresh demonstrations on Thursday": what is called for
        if (word not in cues.past or before in cues.particles.bare_articles) and _opens_noun_phrase(
            text, tokens, i, cues
        ):
            # "a proposed merger", "a still unspecified date", "the lost miles": an adjective, not a verb
            return None
        if (
            word not in cues.past
            and before in cues.prepositions
            and following is not None
            and following.isalpha()
            and following not in cues.function_words
            and text[tokens[i + 1][1]].islower()
        ):
            return None  # "on selected dates", "at reduced prices": an adjective before its noun
        if _completes_a_causative_infinitive(tokens, i, cues):
            return None  # "hoped to have the blaze contained by Thursday": the infinitive decides
        return Tense.PAST
    counted = before in cues.number_words or _after_a_counted_compound(text, tokens, i, cues)
    if word in cues.verbs and (counted or _in_a_named_phrase(text, tokens, i, cues)):
        # "survived two votes on Monday": a noun counted; "played the Eras Tour in Vancouver on Sunday": a name
        return None
    if word in cues.present:
        if (
            following is not None
            and _is_past(following, cues)
            and following not in cues.past_forms_not_participles
            and word not in cues.participle_auxiliaries
        ):
            return Tense.PAST  # present perfect ("he's moved") reports a past event; "is sentenced" is passive
        return Tense.PRESENT
    if (
        word in cues.verbs
        and word.endswith(cues.particles.s_ending)
        and following in cues.finite_auxiliaries
        and text[tokens[i + 1][1]].islower()  # (not the month: "which ends May 4")
    ):
        return None  # "U.N. forces were penned", "the talks have stalled": a noun, the subject of the verb after it
    if word in cues.verb_particles and i > 1 and tokens[i - 2][0] in cues.verbs:
        return None  # the particle of the verb before its object: "called members back for a Tuesday night session"
    if (
        word in cues.verbs
        and not word.endswith(cues.particles.participle_ending)
        and before is not None
        and before not in cues.participle_auxiliaries
        and _subject_like(before, cues)
        and not _names_a_dated_thing(tokens, i, cues)
    ):
        if i > 1 and tokens[i - 2][0] in cues.conditions:
            return Tense.FUTURE  # "if it lasts past Saturday": a condition still to be met
        return _present(word, cues)  # "talks resume Thursday", "he meets Lavrov on Friday"
    if (
        before in cues.personal_subjects
        and word.endswith(cues.particles.s_ending)
        and word.isalpha()
        and word not in cues.function_words
        and text[tokens[i][1]].islower()
    ):
        return _present(word, cues)  # "She competes again on Monday": a verb the vocabulary does not list
    if (
        word in cues.verbs
        and word.endswith(cues.particles.s_ending)
        and before == ","
        and following in cues.determiners
        and _closes_an_apposition(tokens, i - 1, cues)
    ):
        # "Modi's monthly radio address, Mann Ki Baat, reaches its 100th episode on Sunday": the verb after an
        # apposition to its subject
        return _present(word, cues)
    if word in cues.verbs and word.endswith(cues.particles.s_ending) and before in cues.relative_pronouns:
        return _present(word, cues)  # "its first quarter, which ends May 4, would come in below": the clause's own verb
    if (
        word in cues.verbs
        and word.endswith(cues.particles.s_ending)
        and _after_a_name(text, tokens, i, cues, aside=True)
    ):
        return _present(word, cues)  # "Disney+ launches Tuesday", "New York, 62-45, opens a series on Friday"
    if (
        word in cues.verbs
        and _present(word, cues) is Tense.FUTURE
        and not _names_a_dated_thing(tokens, i, cues)
        and _after_a_name(text, tokens, i, cues, aside=True, relative_aside=True)
    ):
        # a team's plural verb on its timetable: "City face United on Saturday", "The Bulldogs (8-3) return Friday",
        # "England, who beat Iran 6-2 on Monday, face the United States" (but "Alarcon, head of Cuba's assembly")
        return Tense.FUTURE
    # (an adverb may stand between the noun and its verb: "China's first grand prix also hosts the first sprint")
    noun_at = i - 2 if before in cues.aspect_adverbs and i > 1 else i - 1
    noun = tokens[noun_at][0] if noun_at >= 0 else None
    if (
        word.endswith(cues.particles.s_ending)
        and word in cues.verbs
        and _present(word, cues) is Tense.FUTURE
        and noun is not None
        and (noun.isalpha() or _ends_a_name_or_benchmark(text, tokens, noun_at, cues))
        and noun not in cues.function_words
        and not _is_participle(tokens, noun_at, cues)
        # (after an article and an adjective in -ing it is a noun: "hit the winning runs on Tuesday")
        and not (
            noun.endswith(cues.particles.participle_ending) and noun_at > 0 and tokens[noun_at - 1][0] in cues.articles
        )
        # (nor after a gerund and its adjective: "began accepting electronic returns on Tuesday")
        and not (noun_at > 0 and _is_participle(tokens, noun_at - 1, cues))
    ):
        return Tense.FUTURE  # a timetable after a singular noun: "Daylight saving time begins at 2 a.m. Sunday"
    if (
        i > 1
        and word in cues.verbs
        and before in cues.coordinators
        and (
            word.endswith(cues.particles.s_ending)
            or (
                _present(word, cues) is Tense.FUTURE
                and (tokens[i - 2][0] in cues.weekday_words or cues.day_ordinal.fullmatch(tokens[i - 2][0]))
            )
        )
        and tokens[i - 2][0] not in cues.articles
    ):
        # "began Wednesday and runs through Saturday", "were held 1-1 on Thursday and play Zimbabwe on Sunday": the
        # subject's second verb (a bare form only after a day, as it may be a noun: "the summer and fall")
        return _present(word, cues)
    if word in cues.verbs and word.endswith(cues.particles.s_ending) and _after_a_quoted_title(text, tokens, i, cues):
        return _present(word, cues)  # a title in quotation marks is the subject: '"Oppenheimer" opens Friday'
    if (
        word in cues.verbs
        and _present(word, cues) is Tense.FUTURE
        and _after_a_quoted_title(text, tokens, i, cues)
        and not cues.coordinators.isdisjoint(w for w, _, _ in tokens[max(0, i - _JOINED_TITLE_WORDS) : i])
    ):
        return Tense.FUTURE  # titles joined by "and" take a plural verb: '"Wicked" and "Gladiator II" open Friday'
    if word in cues.verbs and before == "," and _present(word, cues) is Tense.FUTURE:
        # a timetable after an aside: "The album, recorded last spring in a barn, arrives Friday", "The iPhone 8 and
        # 8 Plus, announced at the same event, arrive a week from Friday"
        aside = next((k for k in range(i - 2, max(0, i - _MAX_SCAN), -1) if tokens[k][0] in cues.clause_breaks), None)
        if word.endswith(cues.particles.s_ending) or (
            aside is not None and _opens_a_participial_aside(tokens, aside + 1, i, cues)
        ):
            return Tense.FUTURE
    if (
        word in cues.verbs
        and word.endswith(cues.particles.s_ending)
        and _after_clause_opening_subject(text, tokens, i, cues)
    ):
        return _present(word, cues)  # "The hearing starts Thursday", "The Fed meets Sept. 19"
    if (
        word in cues.perfect_auxiliaries
        and not _is_past(word, cues)
        and following in cues.particles.bare_articles
        and any(w in cues.event_nouns for w, _, _ in tokens[i + 2 : i + 2 + _HELD_EVENT_WORDS])
    ):
        return Tense.FUTURE  # "The team has a game on Wednesday": an event it holds lies ahead
    return None


def _ends_a_name_or_benchmark(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the number at ``i`` ends a name or a phrase that ranks ("Fight Night 12 returns", "the first grand
    prix since 2019 hosts", "the last 16"), so a verb may follow it; a number after a word in lower case counts
    what follows it ("won by 135 runs"). A number with a letter is a code that ends a name: "Route 2A reopens"."""
    number = tokens[i][0]
    if i == 0 or not (number.isdigit() or (number[:-1].isdigit() and number[-1].isalpha())):
        return False
    word, start, _ = tokens[i - 1]
    return text[start].isupper() or word in cues.retrospective or word in cues.ranking_adjectives


def _after_an_age(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word at ``i`` follows an age set between commas after a name: "Gukesh, 18, qualified"."""
    return i >= 3 and tokens[i - 1][0] == tokens[i - 3][0] == "," and tokens[i - 2][0].isdigit()


def _past_verb_before(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether a verb in the simple past stands before word ``i`` in its clause ("trained", not "has issued")."""
    for j in range(i - 1, max(-1, i - 1 - _MAX_SCAN), -1):
        word = tokens[j][0]
        if word in cues.clause_breaks:
            return False
        if _is_past(word, cues):
            auxiliary = tokens[j - 1][0] if j > 0 else None
            return auxiliary not in cues.perfect_auxiliaries and auxiliary not in cues.participle_auxiliaries
    return False


def _fronted_range_told_in_the_past(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether "until" at ``i`` ends a range that opens its sentence or clause, before a clause in the past: "From 10
    p.m. Friday until 5 a.m. Monday, trains ran every 20 minutes"."""
    opener = next(
        (
            k
            for k in range(i - 1, max(-1, i - 1 - _CLOCK_RANGE_WORDS), -1)
            if tokens[k][0] == cues.particles.range_opener
        ),
        None,
    )
    if opener is None or (opener > 0 and tokens[opener - 1][0] not in cues.clause_breaks):
        return False
    closing = next((k for k in range(i + 1, min(len(tokens), i + _MAX_SCAN)) if tokens[k][0] == ","), None)
    if closing is None:
        return False
    # (told only in the past: "From 12:01 a.m. Friday until 11:59 p.m. Sunday, clothing priced under $100 is exempt")
    tenses = set()
    for k in range(closing + 1, min(len(tokens), closing + 1 + _MAX_SCAN)):
        if tokens[k][0] in cues.clause_breaks:
            break
        tenses.add(_word_tense(text, tokens, k, cues))
    return Tense.PAST in tenses and Tense.PRESENT not in tenses and Tense.FUTURE not in tenses


#: How many words back from "until" the start of a range may stand: "from early March until".
_RANGE_WORDS = 4
#: ... when the start may be a clock time and a day: "From 10 p.m. Friday until".
_CLOCK_RANGE_WORDS = 7
#: How many words after "has a" the event held may stand: "has a key policy meeting".
_HELD_EVENT_WORDS = 3
#: How many words back two titles may be joined: '"Wicked" and "Gladiator II" open'.
_JOINED_TITLE_WORDS = 8

#: Marks that close a quoted title.
_CLOSING_QUOTES = frozenset({"'", "’", '"', "”"})


def _inside_a_name(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the capitalised word at ``i`` goes on a name begun by the capitalised word before it and is
    followed by a word in lower case: "the Riverside Unified district", "Manchester United beat Chelsea".
    A headline in title case capitalises the word after the verb too ("Senate Passed Bill Tuesday") or keeps
    only a short function word low ("Storm Killed at Least Five")."""
    if i < 2 or not (text[tokens[i][1]].isupper() and text[tokens[i - 1][1]].isupper() and tokens[i - 1][0].isalpha()):
        return False
    if text[tokens[i][2] : tokens[i][2] + 1] in _CLOSING_QUOTES:
        return True  # the end of a title: "Max premieres the documentary 'Long Shot' on Sunday"
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1][0]
    return following.isalpha() and text[tokens[i + 1][1]].islower() and following not in cues.function_words


#: Signs written before a sum of money.
_CURRENCY_SIGNS = frozenset("$£€¥₹")


def _opens_a_name(text: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the capitalised word at ``i`` follows a word in lower case and comes before a capitalised one:
    "this year's Met Gala", "the Fed Chair" (a headline in title case capitalises the word before it too)."""
    if i == 0 or i + 1 >= len(tokens) or not text[tokens[i][1]].isupper():
        return False
    return text[tokens[i - 1][1]].islower() and text[tokens[i + 1][1]].isupper() and tokens[i + 1][0].isalpha()


def _after_a_counted_compound(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` follows a hyphenated compound after a number: "two no-confidence votes"."""
    k = i - 1
    while k > 0 and text[tokens[k][1] - 1 : tokens[k][1]] == "-" and tokens[k - 1][2] == tokens[k][1] - 1:
        k -= 1
    return 0 < k < i - 1 and tokens[k - 1][0] in cues.number_words


def _in_a_named_phrase(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the capitalised word at ``i`` goes on a name that an article in lower case opens: "the Eras Tour",
    "a New York Times report" (but "The Senate Votes Tuesday", a headline, opens its sentence)."""
    first = i
    while first > 0 and text[tokens[first - 1][1]].isupper() and tokens[first - 1][0].isalpha():
        first -= 1
    return (
        first < i
        and first > 0
        and text[tokens[i][1]].isupper()
        and tokens[first - 1][0] in cues.articles
        and text[tokens[first - 1][1]].islower()
    )


def _after_a_quoted_title(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` follows a closing quotation mark, double ('"Oppenheimer" opens') or single
    ("the production of 'Catch-22' opens"), which the tokens do not keep."""
    if i < 2:
        return False
    if tokens[i - 1][0] in cues.quotes:
        return tokens[i - 2][0][-1:].isalnum()
    closing = text[tokens[i - 1][2] : tokens[i][1]].strip()
    return closing in _CLOSING_QUOTES and text[tokens[i - 1][2] - 1].isalnum()


def _complements(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the past participle at ``i`` completes an object after a verb like "keep": "keep the
    government funded", "leave the bridge closed"."""
    for k in range(i - 1, max(-1, i - 2 - _OBJECT_WORDS), -1):
        if tokens[k][0] in cues.clause_breaks:
            return False
        if tokens[k][0] in cues.complement_verbs:
            return k < i - 1  # an object stands between them
    return False


def _to_shortly_after(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether "to" follows within a short object: "expected disruptions to continue", "expects
    Thursday's report to show", "economists expect spending to cool"."""
    verb = tokens[i][0]
    plural_subject = i > 0 and _subject_like(tokens[i - 1][0], cues) and not _is_past(verb, cues)
    if not (verb.endswith((cues.particles.s_ending, cues.particles.past_ending)) or plural_subject):
        # "set aside vacation plans to travel": "set" takes no object and "to" here; "doctors expect cases to
        # peak" does
        return False
    for k in range(i + 2, min(len(tokens) - 1, i + 2 + _OBJECT_WORDS)):
        word = tokens[k][0]
        if word == cues.particles.infinitive:  # an infinitive, not a preposition: "a hastily planned trip to Africa"
            return tokens[k + 1][0] in cues.verbs and text[tokens[k + 1][1]].islower()
        if word in cues.clause_breaks:
            return False
    return False


#: How many words an object may take between "expected" and its "to".
_OBJECT_WORDS = 3


def _names_a_dated_thing(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether a bare verb form after a month and a determiner or an owner is the noun it dates: "after the company's
    April debut", "its June release" (but "Retail sales for June follow on Friday" is a verb)."""
    return (
        i > 1
        and tokens[i - 1][0] in cues.month_words
        and not tokens[i][0].endswith(cues.particles.s_ending)
        and (tokens[i - 2][0] in cues.determiners or tokens[i - 2][0].endswith(cues.particles.possessive_endings))
    )


def _present(verb: str, cues: Cues) -> Tense:
    """A verb in the simple present: a timetable ("the tour opens on 3 November") is still to come."""
    timetabled = not cues.schedule_verbs.isdisjoint(cues.particles.present_bases(verb))
    return Tense.FUTURE if timetabled else Tense.PRESENT


#: How many words a clause's opening subject may take: "The warrant of further detention expires Monday",
#: and how many without an "of" ("The 90-day deadline expires")
_SUBJECT_WORDS = 5
_SHORT_SUBJECT = 3


def _after_clause_opening_subject(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` follows "article + noun" at the start of a clause ("The hearing ...",
    "The school year ...", "The 90-day deadline ...")."""
    for article in range(i - 2, i - 2 - _SUBJECT_WORDS, -1):
        # a possessive determines the noun as an article does: "Saturday's lineup includes", "Apple's event starts"
        if article < 0 or not (
            tokens[article][0] in cues.articles or tokens[article][0].endswith(cues.particles.possessive_endings)
        ):
            continue
        inside = [(w, start) for w, start, _ in tokens[article + 1 : i] if text[start - 1] != "-"]  # not "[90-]day"
        between = [w for w, _ in inside]
        if any(w in cues.determiners or w in cues.clause_breaks or not w.isalnum() for w in between):
            return False
        if article + 2 < i and between[0] in cues.verbs:
            return False  # "the shares fell ...": a verb, not a second noun
        if any(_is_past(w, cues) for w in between):
            return False  # "The city said tests on Thursday ...": the subject's verb came before
        if (
            len(between) > _SHORT_SUBJECT
            and cues.particles.complement_of not in between
            and not text[inside[-1][1]].isupper()
        ):
            # a longer subject is a noun with its complement ("The warrant of further detention") or a name
            # ("The 37th annual Apple Harvest Festival")
            return False
        opener = tokens[article - 1][0] if article else ","
        return opener in cues.clause_breaks or opener in cues.clause_openers
    return False


#: How many words may stand between a planning verb and its "for": "scheduled another vote for Thursday", "have
#: called another day of mass protests for Thursday".
_PLANNED_OBJECT_WORDS = 6


def _negated(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the modal at ``i`` is negated: "couldn't", "could not", "could never"."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return tokens[i][0].endswith(cues.particles.negation_endings) or following in cues.particles.negators


def _possible_then(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the modal at ``i`` is neither negated nor followed by "have" ("could not be reached by
    phone", "could have been done by Friday" speak of the past)."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return not _negated(tokens, i, cues) and following != cues.particles.perfect


def _for_follows(tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether "for" follows the word at ``i`` in the same clause, after a short object at most (not after
    a phrase of place: "a service planned at the church for Saturday" is a participle's), and after the verb's
    particle ("called off for Saturday")."""
    if i + 1 < len(tokens) and tokens[i + 1][0] in cues.verb_particles:
        i += 1
    if i + 1 < len(tokens) and tokens[i + 1][0] in cues.function_words and tokens[i + 1][0] not in cues.determiners:
        return tokens[i + 1][0] == cues.particles.intended_for
    for word, _, _ in tokens[i + 1 : i + 2 + _PLANNED_OBJECT_WORDS]:
        if word == cues.particles.intended_for:
            return True
        if word in cues.clause_breaks:
            return False
    return False


def _after_a_name(
    text: str,
    tokens: list[tuple[str, int, int]],
    i: int,
    cues: Cues,
    aside: bool = False,
    relative_aside: bool = False,
) -> bool:
    """Whether the word at ``i`` follows a name (or, with ``aside``, a name and a short aside between
    commas or in parentheses; with ``relative_aside`` too, only a relative clause between commas, as a noun in
    apposition may follow a name: "Alarcon, head of"). A capitalised word after a name goes on with the name: "at
    Mace Head", "in Fort Worth"."""
    written = text[tokens[i][1] : tokens[i][2]]
    if i == 0 or (written[:1].isupper() and not written.isupper()):
        return False
    if tokens[i - 1][0] in (",", ")") and aside:
        # "New York, 62-45, opens a series", "Eastbrook (1-2) hosts Central", "England, who beat Iran 6-2 on Monday,
        # face the United States"
        opening = "," if tokens[i - 1][0] == "," else "("
        for k in range(i - 2, max(0, i - 2 - _RELATIVE_ASIDE_WORDS), -1):
            if tokens[k][0] in cues.clause_breaks:
                relative = k + 1 < i and tokens[k + 1][0] in cues.relative_pronouns
                return (
                    tokens[k][0] == opening
                    and k > 0
                    and (relative or (i - 2 - k < _ASIDE_WORDS and not (relative_aside and opening == ",")))
                    and _names_a_subject(text, tokens, k - 1, cues)
                )
        return False
    return _names_a_subject(text, tokens, i - 1, cues)


#: How many digits a number that ends a name may have: "Radio 3", "Apollo 11", "Channel 101".
_NAME_NUMBER_DIGITS = 3

#: How many words an aside between commas may take: "New York, 62-45, opens ...", and one that a relative pronoun
#: opens: "England, who beat Iran 6-2 on Monday, face ...".
_ASIDE_WORDS = 4
_RELATIVE_ASIDE_WORDS = 12


def _names_a_subject(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` is a name that can be a verb's subject: capitalised, and not a
    weekday, a month or a word capitalised only because it opens the sentence."""
    word, start, _ = tokens[i]
    if (
        word.isdigit()
        and len(word) <= _NAME_NUMBER_DIGITS
        and i > 0
        and text[tokens[i - 1][1]].isupper()
        and (i + 1 >= len(tokens) or tokens[i + 1][0] not in cues.counted_nouns)
    ):
        # a number ends the name: "BBC Radio 3 broadcasts", "Windows 10 ends" (not "gives Lei Jun 10 votes")
        return _names_a_subject(text, tokens, i - 1, cues)
    if (
        not text[start].isupper()
        or word in cues.common_words
        or word in cues.articles
        or word.endswith(cues.particles.possessive_endings)
    ):
        return False  # "Tuesday's vote": a possessive is followed by its noun; "The vote on Thursday": no name
    first = i
    while first > 0 and text[tokens[first - 1][1]].isupper():
        first -= 1
    if first > 0 and (tokens[first - 1][0] in cues.name_modifiers or _counts_a_noun(text, tokens, first - 1, cues)):
        return False  # "its March Madness run", "a 12-date North American tour": the name modifies the noun after it
    return i > 0 or word not in cues.verbs


#: How many words a length may take before the end of the period it names: "the seven days to Sunday".
_LENGTH_WORDS = 3
#: How many words before a length may hold the verb that moved a date by it: "moved up a day to Thursday".
_MOVED_WORDS = 2


def _ends_a_period(words: list[tuple[str, int, int]], first: int, cues: Cues) -> bool:
    """Whether the date at ``first`` ends a period a length names right before it: "were delayed ... in the seven
    days to Sunday" (not how far an end moved: "extended by a month to 15 November")."""
    if first < 3 or words[first - 2][0] not in cues.length_units:
        return False
    count = words[first - 3][0]
    if not (count.isdigit() or count in cues.number_words or count in cues.articles):
        return False  # "extended park opening hours through the weekend": hours that are no period
    if not cues.moving_ends.isdisjoint(word for word, _, _ in words[max(0, first - 3 - _MOVED_WORDS) : first - 3]):
        return False  # "had been moved up a day to Thursday": how far a date moved
    return all(words[k][0] != cues.particles.agent for k in range(max(0, first - 2 - _LENGTH_WORDS), first - 2))


def _counts_a_noun(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether word ``i`` ends a count joined to it by a hyphen, an adjective: "12-date", "three-city"."""
    if i == 0 or text[tokens[i - 1][2] : tokens[i][1]] != "-":
        return False
    count = tokens[i - 1][0]
    return count.isdigit() or count in cues.number_words


def _subject_like(word: str, cues: Cues) -> bool:
    """A pronoun subject, or a plural noun that a present-tense verb could follow."""
    if word in cues.subject_pronouns or word in cues.irregular_plurals:
        return True
    # "Friday's close": a possessive is followed by its noun, not by a verb
    return (
        word.endswith(cues.particles.s_ending)
        and not word.endswith(cues.particles.not_plural_endings)
        and word not in cues.determiners
        and word not in cues.not_plurals
    )


class Tokens:
    """The words of one sentence, with their start offsets for bisection."""

    def __init__(self, words: list[tuple[str, int, int]]) -> None:
        self.words = words
        self.starts = [w[1] for w in words]
        self._vocabulary: frozenset[str] | None = None

    @property
    def vocabulary(self) -> frozenset[str]:
        """The distinct words of the sentence, for asking once whether any of a set is among them."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(word for word, _, _ in self.words)
        return self._vocabulary


def without_a_verb(text: str, tokens: Tokens, cues: Cues) -> bool:
    """Whether no word of the sentence marks a tense: a listing ("Oktoberfest: Saturday 4-11 p.m."), a headline."""
    return all(_word_tense(text, tokens.words, i, cues) is None for i in range(len(tokens.words)))


#: How many words away from an expression the verb governing it is looked for.
_MAX_SCAN = 40


def _opens_a_subordinate_clause(
    words: list[tuple[str, int, int]], i: int, cues: Cues, verb_follows: Callable[[], bool]
) -> bool:
    """Whether the word at ``i`` is a conjunction opening a clause with a verb of its own ("after Wednesday's
    attempt was scrubbed", "after undergoing surgery on Monday"), not a preposition ("weeks before the June 3
    elections", "on or after January 15"); ``verb_follows`` tells whether a verb follows the date in its clause."""
    # (a reported clause too: "Hauliers report that trucks arriving on Monday were turned back")
    opener = words[i][0] in cues.subordinate_openers or words[i][0] == cues.particles.complementizer
    if not opener or (i > 0 and words[i - 1][0] in cues.coordinators):
        return False
    if i + 1 < len(words) and words[i + 1][0].endswith(cues.particles.participle_ending):
        return True
    return verb_follows()


def _a_verb_follows(text: str, words: list[tuple[str, int, int]], after: int, cues: Cues) -> bool:
    """Whether a verb in the past or present follows the word at ``after`` before its clause ends."""
    for k in range(after, min(len(words), after + _MAX_SCAN)):
        if words[k][0] in cues.clause_breaks:
            return False
        if _word_tense(text, words, k, cues) in (Tense.PAST, Tense.PRESENT):
            return True
    return False


def clause_tense(text: str, span: Span, tokens: Tokens, cues: Cues) -> Tense:
    """The tense of the verb that governs ``span``.

    Looks first left within the expression's own clause, then right to the end of the sentence, then
    left beyond the clause, nearest word first each time, at most a few dozen words away. A past clause does not
    date what a timetable's participle dates ("projected inflation for the fiscal year beginning in April").
    """
    tense = _governing_tense(text, span, tokens, cues)
    if tense in (Tense.PAST, Tense.NONE) and _timetabled_by_a_participle(
        tokens.words, bisect.bisect_left(tokens.starts, span.start), cues
    ):
        return Tense.PRESENT
    return tense


def _governing_tense(text: str, span: Span, tokens: Tokens, cues: Cues) -> Tense:
    words = tokens.words
    first = bisect.bisect_left(tokens.starts, span.start)
    after = bisect.bisect_left(tokens.starts, span.end)
    horizon = max(0, first - _MAX_SCAN)
    clause_start = first
    # (whether a verb follows the date is asked once, however many conjunctions the walk back meets: a chain of "the
    # next day after the next day after ..." asks it once a date, not once an "after")
    found: list[bool] = []

    def verb_follows() -> bool:
        if not found:
            found.append(_a_verb_follows(text, words, after, cues))
        return found[0]

    while clause_start > horizon and words[clause_start - 1][0] not in cues.clause_breaks:
        clause_start -= 1
        if _opens_a_subordinate_clause(words, clause_start, cues, verb_follows):
            break  # "will try again on Saturday after Wednesday's attempt was scrubbed"
    # rightwards the clause ends at a quotation mark: what is said inside a quote is not dated by the
    # "he said" after it, nor the words before a quote by the verbs inside it
    right_end = min(len(words), after + _MAX_SCAN)
    i = after
    while i < right_end:
        if (
            words[i][0] == ","
            and i + 1 < right_end
            and words[i + 1][0] == cues.particles.time_relative
            and _tells_the_past(text, words, i + 2, right_end, cues)
        ):
            # "The ceremony pauses at 8:46 a.m., when the first plane hit": the clause after tells what happened then,
            # it does not date the time (but "kicks off on Friday, when hosts Germany face Scotland" may)
            compared_at = first - 2 if first > 1 and words[first - 1][0] == cues.particles.dated_on else first - 1
            if compared_at >= 0 and words[compared_at][0] in cues.comparison_words:
                return Tense.PAST  # "not expected to be busier than on Friday, when 2.1 million cars left London"
            right_end = i
            break
        if words[i][0] in cues.quotes:
            closing = _closes_a_quoted_name(words, i, right_end, cues)
            if closing is None:
                right_end = i
                break
            i = closing  # a short name in quotation marks is no quotation: 'Sunday's "ring of fire" eclipse will be'
        i += 1
    if labels_an_entry(text, span.start, span.end):
        # a label in a timeline told in the past is past ("WEDNESDAY: SVB said it had sold ..."); one told
        # in the historical present ("Oct. 30: Union members vote"), a forecast or a fixture list ("Wednesday:
        # Sunny, high 63") is the nearest such date
        entry = after + 1 if after < right_end and words[after][0] in cues.clause_breaks else after
        for i in range(entry, right_end):
            if words[i][0] in cues.clause_breaks:
                break  # the entry's first clause
            if _word_tense(text, words, i, cues) is Tense.PAST:
                return Tense.PAST
        return Tense.PRESENT
    # leftwards, a quotation the expression stands in ends the search at its opening mark: in 'he said:
    # "Hopefully by Christmas."' the reporting verb does not date what is said
    quotes_before = [i for i in range(horizon, first) if words[i][0] in cues.quotes]
    if len(quotes_before) % 2 == 1:
        horizon = quotes_before[-1]
    rightwards, leftwards = range(after, right_end), range(clause_start - 1, horizon - 1, -1)
    fronted = clause_start > 0 and words[clause_start - 1][0] in cues.strong_breaks  # "...; by Tuesday night, ..."
    aside = _in_an_aside(text, words, clause_start, first, after, cues)
    if aside:
        closing = next((k for k in range(after, len(words)) if words[k][0] in cues.clause_breaks), len(words))
        verb = words[closing + 1][0] if closing + 1 < len(words) else ""
        if (
            verb in cues.verbs
            and verb.endswith(cues.particles.s_ending)
            and not _is_past(verb, cues)
            and all(_word_tense(text, words, k, cues) is None for k in range(horizon, clause_start))
        ):
            # an aside after the subject, before the sentence's verb in the present, is dated by that verb: "The show,
            # on view through Jan. 6, brings together some 60 prints made between 1870 and 1895"
            return _present(verb, cues)
    if (
        not fronted and first - clause_start <= 1 and after < len(words) and words[after][0] in cues.clause_breaks
    ) or aside:
        # a date in an aside between commas ("intend to finish on time, by May 2, unlike in 2023, when ...", "will
        # vote on April 12, weeks before the June 3 elections, officials said") belongs to the clause it adds
        # to, before the clauses after it
        order = [*range(first - 1, clause_start - 1, -1), *leftwards, *rightwards]
    else:
        order = [*range(first - 1, clause_start - 1, -1), *rightwards, *leftwards]
    if (
        clause_start < first - 1
        and words[clause_start][0] in cues.subordinate_openers
        and words[clause_start + 1][0].endswith(cues.particles.participle_ending)
    ):
        # a clause of a gerund without a subject is dated by the clause it hangs on, before any report after it:
        # "arrives in Havana on Saturday before flying to Washington on Tuesday, the Vatican said"
        order = [*range(first - 1, clause_start - 1, -1), *leftwards, *rightwards]
    if (
        first >= 2
        and words[first - 1][0] in cues.prepositions
        and words[first - 2][0] == cues.particles.complementizer
        and after < right_end
        and words[after][0] in cues.clause_breaks
    ):
        # a date fronted in a reported clause is dated by that clause's verb, after it: "said yesterday that from the
        # end of September, proof of vaccination will be needed"
        order = [*rightwards, *range(first - 1, clause_start - 1, -1), *leftwards]
    ends_span = first > 0 and words[first - 1][0] in cues.span_ends_words
    # (what a date is being moved to may also be what it is pushed into: "pushing first shipments into August")
    moved_to = ends_span or (first > 0 and words[first - 1][0] in cues.moved_into)
    if _fronted_end_of_a_past_state(text, words, clause_start, first, after, right_end, cues):
        return Tense.PAST
    if ends_span and after < len(words) and words[after][0] in cues.modals and words[after][0] not in cues.past_modals:
        # "Savings bonds bought through October will earn 9.62%": the window the main verb looks into is ahead
        return Tense.FUTURE
    if not ends_span and _in_an_absolute_clause(text, words, clause_start, first, cues):
        # (the end of a span it runs is dated by the main clause: "snarling travel, with crews working through
        # Saturday night")
        return Tense.PRESENT
    if _described_by_a_past_relative_clause(words, first, after, cues):
        return Tense.PAST  # "The walkouts will follow a strike on Thursday that shut down most of the network"
    if (
        after + 2 < len(words)
        and words[after][0] == ","
        and words[after + 1][0] in cues.relative_pronouns
        and words[after + 2][0] in cues.calendar_placing
    ):
        return _present(words[after + 2][0], cues)  # "sailings after Chinese New Year, which falls on Feb. 5"
    absolute = _participle_of_an_absolute_clause(words, clause_start, first, cues)
    infinitive = later_infinitive = permitted = False
    arranged_for = first > 0 and words[first - 1][0] == cues.particles.intended_for
    deadline = first > 0 and (
        words[first - 1][0] == cues.particles.deadline or _day_of_a_deadline_clock(words, first, cues)
    )
    starting = first > 0 and words[first - 1][0] == cues.particles.range_opener
    possessive = text.startswith(cues.particles.possessive_endings, span.end)
    if possessive and after < len(words) and words[after][0] in cues.planned_adjectives:
        return Tense.FUTURE  # "leaders scrambled to respond to Sunday's planned referendum": what is planned is ahead
    aside_start = _participial_aside_before(words, clause_start, cues)
    # a finite verb right after the date makes the date part of its subject, so a word like a verb just before it is
    # a noun: "The Senate vote on Tuesday was 51-49", "The Miss Universe contest on Saturday drew 3 million viewers"
    in_the_subject = after < right_end and (
        words[after][0] in cues.finite_auxiliaries or words[after][0] in cues.past_forms_not_participles
    )
    for i in order:
        if words[i][0] in cues.clause_breaks or i == absolute:
            continue
        if (
            in_the_subject
            and (i == first - 1 or (i == first - 2 and words[first - 1][0] == cues.particles.dated_on))
            and words[i][0] in cues.verbs
            and not _is_past(words[i][0], cues)
        ):
            continue
        if possessive and i == first - 1 and _present(words[i][0], cues) is Tense.FUTURE:
            continue  # "The GM move follows Tuesday's declaration": the day dates the object, not a timetable
        if (
            i < first - 1
            and words[i][0] in cues.following_verbs
            and words[i + 1][0] not in cues.prepositions
            and all(word not in cues.clause_breaks for word, _, _ in words[i + 1 : first])
        ):
            # what a thing follows came before it, on either side of the report: "The results, published on Thursday,
            # follow figures from TotalEnergies on Wednesday" (but "the Bank of England follows at noon on Thursday" is
            # its own time)
            return Tense.NONE
        if arranged_for and not possessive and i < first and _arranges(words, i, cues):
            # "called a general election for July 4": what was arranged is still to come (but "called it retaliation
            # for Saturday's blast" dates the blast)
            return Tense.FUTURE
        if starting and i < first and words[i][0] in cues.ability_modals and not _negated(words, i, cues):
            return Tense.FUTURE  # "hall tickets could be downloaded from Monday": a possibility that opens then
        if deadline and words[i][0] in cues.ability_modals and _possible_then(words, i, cues):
            # "orders could be lifted by the weekend", "by Tuesday night, turnout could approach 160 million": a
            # deadline is still to come
            return Tense.FUTURE
        if clause_start <= i < first and _expects_an_object(words, i, cues):
            return Tense.FUTURE  # "it expects a stronger second half": what is expected is still to come
        if (
            deadline
            and clause_start <= i < first
            and words[i][0] in cues.requests
            and (not _is_past(words[i][0], cues) or (i > 0 and words[i - 1][0] in cues.perfect_auxiliaries))
        ):
            # what is asked for by a deadline is still to come while the request stands: "Democrats want the full report
            # by Tuesday", "has sought a detailed report by 6pm" (but "who requested an extension by April 15" tells
            # when the request was made)
            return Tense.FUTURE
        if moved_to and i < first - 1 and words[i][0] in cues.moving_ends and not _is_past(words[i][0], cues):
            # "granted a continuance, pushing the trial from June to early September", "voted to shift the festival
            # to Sept. 4": the new date lies ahead of the move
            return Tense.FUTURE
        if (
            i == after
            and first - clause_start > 1
            and words[first - 1][0] == cues.particles.dated_on
            and (
                is_past_ed(words[i][0], cues)
                or (words[i][0] in cues.unchanged_pasts and not text[span.end : words[i][1]].strip())
            )
        ):
            # a form in -ed after a subject and "on" a date is its verb, whatever it may be elsewhere ("the proposed
            # rule"): "Federal wildlife officials on Friday proposed allowing ...", "Legislators on Monday advanced";
            # so is a past written as its base: "A federal judge on Tuesday set a hearing"
            return Tense.PAST
        if i > after and _in_a_reduced_relative(words, i, right_end, cues):
            continue  # "Beginning in June, customers enrolled in the plan will pay": the modal's verb is the clause's
        if aside_start <= i < clause_start:
            # "The iPhone 8, announced at the same event, arrives a week from Friday", "Disruption, expected to last
            # into Saturday morning, follows Wednesday's amber warning"
            continue
        if (
            ends_span
            and i < first - 1
            and words[i][0] in cues.perfect_auxiliaries
            and not _is_past(words[i][0], cues)
            and _moves(words, i, first, cues)
            and not _ends_a_period(words, first, cues)
        ):
            return Tense.FUTURE  # "the launch has now been moved to Monday", "the games have been pushed back to May"
        if (
            clause_start <= i < first
            and words[i][0] in cues.conditions
            and not any(_is_past(word, cues) for word, _, _ in words[i + 1 : first])
        ):
            return Tense.FUTURE  # "if inflation does not cool over the summer": a condition still to be met
        if (
            i < first - 1
            and words[i][0] in cues.retrospective
            and (words[i + 1][0].isdigit() or words[i + 1][0] in cues.month_words)
        ):
            continue  # "will see its deepest eclipse since 1999 on Friday": another date's bound, no verb of its own
        tense = _word_tense(text, words, i, cues)
        if tense is None:
            continue
        if (
            tense is Tense.PAST
            and i < first
            and words[first - 1][0] in cues.not_yet_bounds
            and _in_a_negated_present_perfect(words, i, cues)
        ):
            return Tense.FUTURE  # "have not ruled out tougher measures before Christmas": a bound not reached yet
        if i < first and _reports_a_subject(text, words, i, first, after, cues):
            embedded = _embedded_verb_tense(text, words, after, right_end, cues)
            if embedded is not None:
                return embedded  # "forecasters said the Monday morning commute is likely to be a mess"
        if tense is Tense.FUTURE and words[i][0] == cues.particles.infinitive:
            if i > 0 and words[i - 1][0] in cues.present:
                return Tense.FUTURE  # "is to resume trading Tuesday": an arrangement still to be carried out
            if (
                not possessive
                and (
                    i + 3 == first
                    or (i + 4 == first and words[i + 3][0] == cues.particles.dated_on)
                    # (or with the particle of a phrasal verb: "with the Golden Lion to be handed out Saturday")
                    or (i + 4 == first and words[i + 3][0] in cues.verb_particles)
                )
                and words[i + 1][0] == cues.particles.be
                and _is_past(words[i + 2][0], cues)
                and not (i > 0 and _is_past(words[i - 1][0], cues) and words[i - 1][0] not in cues.future)
            ):
                # "according to a study to be published Wednesday": a passive still to come (but not one reported:
                # "was said to be killed on Wednesday")
                return Tense.FUTURE
            if i < first and _a_headline_s_future(text, words, clause_start, i, after, cues):
                return Tense.FUTURE  # "Cyclone Alfred to cross coast late Thursday"
            if i < first:
                infinitive = True  # the verb it depends on decides: "celebrations were held to mark it Friday"
                permitted = i > 0 and words[i - 1][0] in cues.permitting
                continue
            if i > after and _on_a_noun(words, after, i, cues):
                continue  # after the date, an infinitive on a noun: "on Tuesday set a binding target to cut emissions"
            if possessive and i == after + 1:
                continue  # on the noun the day owns: "After Thursday's vote to leave the EU, sterling sank"
            if (i > 0 and words[i - 1][0].endswith(cues.particles.participle_ending)) or i == after:
                # after the date, an infinitive on a participle ("On Saturday, a person claiming to be the
                # hacker posted ...") belongs to a noun, and one right after it ("... 6-4 on Sunday to win his
                # first title") says what for: a finite verb further on decides
                later_infinitive = True
                continue
        if tense is Tense.PRESENT and i < first and _in_a_future_s_time_clause(text, words, i, cues):
            return Tense.FUTURE  # "will command a majority when the new Parliament first sits on Tuesday"
        if tense is Tense.PRESENT and i < first and _modal_before(words, i, clause_start, cues):
            # "investors will get the January jobs report on Friday": the modal's verb is the finite one,
            # and the word that looked like a present verb after a noun ("jobs report") is a noun
            return Tense.FUTURE
        if (
            tense in (Tense.PAST, Tense.PRESENT)
            and i < first - 1
            and _moves(words, i, first, cues)
            # (what a move pushed into lies ahead only when told in the passive: "voting was extended into Sunday",
            # but "The year before, it extended the school year into late June")
            and (ends_span or (moved_to and words[i][0] in cues.participle_auxiliaries))
            and not _ends_a_period(words, first, cues)
        ):
            if words[i][0] in cues.past_perfect:
                return Tense.NONE  # "had been extended to 11:59 p.m. Wednesday": a move since overtaken, either side
            # "extended the warning through 11 p.m. Friday", "polling was postponed to Saturday", "has been
            # postponed to October", "had been moved up a day to Thursday": the new end lies ahead
            return Tense.FUTURE
        # (an aim's "to" is an infinitive whatever verb follows it: "hoped to clear the backlog by Thursday")
        aim = (
            # (a start too: "has threatened to impose tariffs on all Mexican goods from Monday")
            (deadline or starting or words[i][0] in cues.open_aspirations)
            and words[i][0] in cues.aspirations
            and i + 1 < first
            and words[i + 1][0] == cues.particles.infinitive
        ) or (
            # an effort in progress toward a deadline: "engineers were working to restore the rest by Thursday"
            deadline
            and i + 2 < first
            and words[i + 1][0] in cues.efforts
            and words[i + 2][0] == cues.particles.infinitive
        )
        if (infinitive or aim) and tense is Tense.PAST:
            # "ordered the agency to restore the data by 5 p.m. Tuesday", "hoped to clear the backlog by Thursday":
            # a directive, or an aim with a deadline, looks ahead (an aim is often dated itself: "agreed to buy
            # Credit Suisse on Sunday")
            if permitted and not aim:
                return Tense.PAST  # "clinics were allowed to reopen on May 11": what was let happen, happened
            if words[i][0] not in cues.directives and not aim:
                return Tense.NONE
            if not aim and _after_an_event_named(text, words, i, first, cues):
                # "urged swimmers to stay out of the water after shark sightings over the weekend": what the directive
                # came after had happened
                return Tense.PAST
            if aim and not cues.overtaken_adverbs.isdisjoint(w for w, _, _ in words[max(clause_start, i - 4) : i]):
                return Tense.PAST  # "initially said it hoped to restore service by Friday night": since overtaken
            # ... unless it was given before a past moment: "had urged residents to leave by Tuesday night", "had
            # already ordered staff to leave the country in April", "had hoped to finish Thursday"
            before = words[i - 1][0] if i > 0 else None
            if before in cues.aspect_adverbs and i > 1:
                before = words[i - 2][0]
            return Tense.PAST if before in cues.past_perfect else Tense.FUTURE
        return tense
    return Tense.FUTURE if infinitive or later_infinitive else Tense.NONE


#: How many words a clause of time may hold before its verb: "when the new Parliament first sits".
_TIME_CLAUSE_WORDS = 6


def _opened_by(
    text: str, words: list[tuple[str, int, int]], i: int, conjunctions: frozenset[str], cues: Cues
) -> int | None:
    """Where one of ``conjunctions`` opens the clause of the verb at ``i``, a few words before it with no verb between
    ("when the new Parliament first sits"), or None."""
    for j in range(i - 1, max(-1, i - 1 - _TIME_CLAUSE_WORDS), -1):
        if words[j][0] in cues.clause_breaks:
            return None
        if words[j][0] in conjunctions:
            return j
        if _word_tense(text, words, j, cues) is not None:
            return None
    return None


def _in_a_future_s_time_clause(text: str, words: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the present verb at ``i`` is in a clause of time hanging on a clause in the future, before it ("will
    command a majority when the new Parliament first sits on Tuesday") or after it ("Once the bill passes on Friday,
    the rules will take effect"): English tells such a future in the present."""
    conjunction = _opened_by(text, words, i, cues.time_conjunctions, cues)
    if conjunction is None:
        return False
    for k in range(conjunction - 1, max(-1, conjunction - 1 - _MAX_SCAN), -1):
        if words[k][0] in cues.strong_breaks:
            break
        tense = _word_tense(text, words, k, cues)
        if tense is not None:
            return tense is Tense.FUTURE and words[k][0] in cues.future
    if conjunction > 0 and words[conjunction - 1][0] not in cues.strong_breaks:
        return False
    # fronted: the main clause follows the comma that closes the clause of time
    closing = next((k for k in range(i + 1, min(len(words), i + _MAX_SCAN)) if words[k][0] in cues.clause_breaks), None)
    if closing is None:
        return False
    for k in range(closing + 1, min(len(words), closing + 1 + _TIME_CLAUSE_WORDS)):
        tense = _word_tense(text, words, k, cues)
        if tense is not None:
            return tense is Tense.FUTURE and words[k][0] in cues.future
    return False


#: How many words a name in quotation marks may hold: 'the "super blue blood moon"'.
_QUOTED_NAME_WORDS = 5


def _closes_a_quoted_name(words: list[tuple[str, int, int]], opening: int, end: int, cues: Cues) -> int | None:
    """The index of the mark closing a short name in quotation marks opened at ``opening``, inside its clause and
    followed by a word in the clause: 'Sunday's "ring of fire" eclipse'; None for a quotation."""
    for k in range(opening + 1, min(end, opening + _QUOTED_NAME_WORDS + 2)):
        word = words[k][0]
        if word in cues.quotes:
            after = words[k + 1][0] if k + 1 < end else None
            inside = [w for w, _, _ in words[opening + 1 : k]]
            spoken = any(w in cues.subject_pronouns or w in cues.modals or is_finite_verb(w, cues) for w in inside)
            named = (
                bool(inside)
                and not spoken
                and after is not None
                and after.isalpha()
                and after not in cues.reporting
                and after not in cues.subject_pronouns
            )
            return k if named else None
        if word in cues.clause_breaks:
            return None
    return None


def _a_modal_s_verb(text: str, tokens: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether a modal stands a few words before the word at ``i`` in its clause, with only its subject between, so
    that the word is a base form: "will cut", "Will the Bank of England cut" (not "hail in May cut", the month)."""
    for j in range(i - 1, max(-1, i - 1 - _MODAL_SUBJECT_WORDS), -1):
        word, start, _ = tokens[j]
        if word in cues.modals:
            return j == 0 or text[start].islower()
        if (
            word in cues.clause_breaks
            or word in cues.subordinate_openers
            or word == cues.particles.be  # "which would be its eighth cut in a year": a noun
            or is_finite_verb(word, cues)
        ):
            return False
    return False


#: How many words the subject between a modal and its verb may take: "Will the Bank of England cut".
_MODAL_SUBJECT_WORDS = 6


def _a_headline_s_future(
    text: str, words: list[tuple[str, int, int]], clause_start: int, to: int, after: int, cues: Cues
) -> bool:
    """Whether the infinitive at ``to`` follows its subject with no verb, as headlines write the future ("Storm to
    hit coast tonight", "play to start at 10.30am Thursday if the rain clears"), and its clause has no finite verb
    after the date either (not "The decision to close on Friday was criticised")."""
    opens = text[words[clause_start][1]].isupper() or (
        clause_start > 0 and words[clause_start - 1][0] in cues.strong_breaks
    )
    if to <= clause_start or not opens:
        return False
    # (a capitalised word is part of a name, whatever its ending: "Cyclone Alfred to cross coast")
    if any(
        (is_finite_verb(word, cues) and not text[start].isupper())
        or word in cues.modals
        or word in cues.function_words
        or not word.isalpha()
        for word, start, _ in words[clause_start:to]
    ):
        return False
    for word, _, _ in words[after : after + _MAX_SCAN]:
        if word in cues.clause_breaks or word in cues.conditions or word in cues.subordinate_openers:
            break
        if is_finite_verb(word, cues) or word in cues.modals:
            return False
    return True


def _day_of_a_deadline_clock(words: list[tuple[str, int, int]], first: int, cues: Cues) -> bool:
    """Whether the day at ``first`` is that of a clock time set as a deadline: "by 6pm on Friday", "by 5 p.m. ET on
    Friday", "by noon on Monday" (not "opened by the mayor on Friday")."""
    if first < 3 or words[first - 1][0] != cues.particles.dated_on:
        return False
    for k in range(first - 2, max(-1, first - 2 - _DEADLINE_CLOCK_WORDS), -1):
        word = words[k][0]
        if word == cues.particles.deadline:
            return k < first - 2 and (words[k + 1][0][:1].isdigit() or words[k + 1][0] in cues.calendar_words)
        if not (word[:1].isdigit() or word in cues.calendar_words or (word.isalpha() and len(word) <= _ZONE_LETTERS)):
            return False
    return False


#: How many words a clock time between "by" and "on" may take ("5 p m et"), and how many letters a meridiem or a zone.
_DEADLINE_CLOCK_WORDS = 5
_ZONE_LETTERS = 4


def _participial_aside_before(words: list[tuple[str, int, int]], clause_start: int, cues: Cues) -> int:
    """Where a participial aside (see :func:`_opens_a_participial_aside`) or a report's aside between commas right
    before the expression's clause begins, or ``clause_start`` when there is none."""
    if clause_start < 1 or words[clause_start - 1][0] != ",":
        return clause_start
    opening = clause_start - 2
    while opening >= 0 and words[opening][0] not in cues.clause_breaks:
        opening -= 1
    if _opens_a_participial_aside(words, opening + 1, clause_start, cues):
        return opening + 1
    aside = [word for word, _, _ in words[opening + 1 : clause_start - 1]]
    if (
        opening > 0
        and words[opening][0] == ","
        and aside
        and aside[0] in cues.articles
        and any(word in cues.reporting for word in aside)
        and sum(is_finite_verb(word, cues) or word in cues.reporting for word in aside) == 1
        # (not before what came before: "Google will ban the ads, the company said, following a similar move by
        # Facebook in January")
        and words[clause_start][0] not in cues.retrospective_openers
    ):
        # a report's aside: "The claims portal will stay open through New Year's Day, the administrator said Tuesday,
        # before closing at 5 p.m. Central on Thursday"
        return opening + 1
    return clause_start


def _opens_a_participial_aside(words: list[tuple[str, int, int]], i: int, clause_start: int, cues: Cues) -> bool:
    """Whether the word at ``i`` is a participle opening an aside between commas that ends right before the
    expression's clause, which opens with the sentence's verb: the participle describes the noun before it ("The
    iPhone 8, announced at the same event, arrives a week from Friday") and is no verb of the sentence (but "Nick
    Dunlap, a 20-year-old amateur, won on Sunday, becoming the first amateur")."""
    if i < 2 or words[i - 1][0] != "," or words[i - 2][0] in cues.clause_breaks:
        return False
    if (
        clause_start >= len(words)
        or words[clause_start][0] not in cues.verbs
        or words[clause_start][0].endswith(cues.particles.participle_ending)
    ):
        return False
    # (a participle of expectation too: "Disruption, expected to last into Saturday morning, follows ...")
    if not (_is_past(words[i][0], cues) or is_past_ed(words[i][0], cues) or words[i][0] in cues.participles):
        return False
    end = i + 1
    while end < clause_start and words[end][0] not in cues.clause_breaks:
        end += 1
    return end == clause_start - 1 and words[end][0] == ","


def _fronted_end_of_a_past_state(
    text: str, words: list[tuple[str, int, int]], clause_start: int, first: int, after: int, right_end: int, cues: Cues
) -> bool:
    """Whether the date ends a span fronted before a main clause in the past, which tells a state that ended
    then: "Until Thursday, they had not called Kopp a suspect", "Until Monday, the museum was closed" (not
    "Until Thursday, the road will remain closed")."""
    opener = first - 1
    if opener > clause_start and not (opener - 1 == clause_start and words[clause_start][0] in cues.coordinators):
        return False
    if opener < clause_start or words[opener][0] not in cues.span_ends:
        return False
    if after >= right_end or words[after][0] != ",":
        return False
    for i in range(after + 1, right_end):
        if words[i][0] in cues.clause_breaks or words[i][0] in cues.reporting:
            continue  # "Until Thursday, officials said, the road will stay closed": the aside does not decide
        tense = _word_tense(text, words, i, cues)
        if tense is not None:
            return tense is Tense.PAST
    return False


def _after_an_event_named(text: str, words: list[tuple[str, int, int]], verb: int, first: int, cues: Cues) -> bool:
    """Whether the date at ``first`` dates a noun that "after" opens, with no verb of its own, after the verb."""
    for r in range(first - 2, verb, -1):
        if words[r][0] in cues.retrospective:
            following = words[r + 1][0]
            return not (
                following.isdigit() or following in cues.calendar_words or following in cues.month_words
            ) and all(_word_tense(text, words, k, cues) is None for k in range(r + 1, first))
    return False


def _on_a_noun(words: list[tuple[str, int, int]], after: int, to: int, cues: Cues) -> bool:
    """Whether the infinitive at ``to`` completes a short noun phrase an article opens after ``after``: "a
    legally binding target to cut", not "Thursday's report for the week ending March 28 to show"."""
    for k in range(to - 1, max(after, to - _NOUN_PHRASE_WORDS) - 1, -1):
        word = words[k][0]
        if word in cues.articles:
            return True
        if word in cues.prepositions or not word.isalpha():
            return False
    return False


#: How many words an article may stand before the infinitive its noun takes: "a legally binding target to".
_NOUN_PHRASE_WORDS = 5


def _described_by_a_past_relative_clause(words: list[tuple[str, int, int]], first: int, after: int, cues: Cues) -> bool:
    """Whether a relative clause in the past right after the date tells what happened then ("a strike on
    Thursday that shut down the network"), the date dating a noun, not a verb ("said on Friday that ...")."""
    if after + 1 >= len(words) or words[after][0] not in cues.relative_pronouns:
        return False
    verb = words[after + 1][0]
    if not _is_past(verb, cues) or verb in cues.finite_auxiliaries:
        return False
    before = [word for word, _, _ in words[max(0, first - 2) : first]]
    return all(not _is_past(word, cues) and word not in cues.reporting for word in before)


def _expects_an_object(words: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` expects an object ("expect another decline in the spring", "they expect
    results by 10 p.m."), not a clause with a verb of its own ("expect that ...", "expects sales to rise")."""
    if words[i][0] not in cues.expecting or i + 1 >= len(words):
        return False
    following = words[i + 1][0]
    if is_figure(following) or following in cues.number_words or following in cues.amount_openers:
        return True  # "Forecasters expect up to 20 centimetres by Monday", "expect 5,000 visitors"
    return (
        following.isalpha()
        and following != cues.particles.infinitive
        and following not in cues.relative_pronouns
        and (following in cues.determiners or following not in cues.function_words)
    )


def _timetabled_by_a_participle(words: list[tuple[str, int, int]], first: int, cues: Cues) -> bool:
    """Whether a participle of a timetable verb after a noun dates the date right after it, which is then neither
    past nor future by the clause around it: "projected inflation for the fiscal year beginning in April", "a
    three-week tour starting on Friday"."""
    i = first - 1
    if i >= 0 and words[i][0] in cues.prepositions:
        i -= 1
    if i < 1 or not words[i][0].endswith(cues.particles.participle_ending):
        return False
    stem = words[i][0][: -len(cues.particles.participle_ending)]
    verbs = cues.particles.participle_bases(stem)
    before = words[i - 1][0]
    return (
        not cues.schedule_verbs.isdisjoint(verbs)
        and words[i][0] not in cues.verbal_nouns
        and before.isalpha()
        and before not in cues.finite_auxiliaries
        and before not in cues.determiners
        and before not in cues.prepositions
        and not _is_past(before, cues)
    )


def _reports_a_subject(
    text: str, words: list[tuple[str, int, int]], i: int, first: int, after: int, cues: Cues
) -> bool:
    """Whether the reporting verb at ``i`` introduces a clause whose subject the date stands in: "said the Monday
    morning commute is ...", "said sales in the fourth quarter will rise" (not "said Monday", "said on Monday that
    ...", "told the nation Wednesday night that ...")."""
    if (
        words[i][0] not in cues.reporting
        or i + 1 >= first
        or (after < len(words) and words[after][0] == cues.particles.complementizer)
    ):
        return False
    opening = words[i + 1][0]
    if opening in cues.articles or opening == cues.particles.complementizer:
        return all(words[k][0] not in cues.prepositions for k in range(i + 1, first))
    # a common noun opening the subject may take a preposition: "sales in the fourth quarter"
    return (
        words[i][0] not in cues.addressing
        and opening.isalpha()
        and text[words[i + 1][1]].islower()
        and opening not in cues.function_words
        and opening not in cues.prepositions
        and _word_tense(text, words, i + 1, cues) is None
    )


def _embedded_verb_tense(
    text: str, words: list[tuple[str, int, int]], after: int, right_end: int, cues: Cues
) -> Tense | None:
    """The tense of the first finite verb after the date, in its clause."""
    for k in range(after, right_end):
        if words[k][0] in cues.clause_breaks:
            return None
        if is_finite_verb(words[k][0], cues):
            return _word_tense(text, words, k, cues)
    return None


def _in_an_absolute_clause(
    text: str, words: list[tuple[str, int, int]], clause_start: int, first: int, cues: Cues
) -> bool:
    """Whether the date stands in an absolute clause, "with" + a noun + a participle, which has no tense of its own
    and is not dated by the clause it hangs on: "introduced four phones on Tuesday, with preorders opening Friday",
    "voting began on Thursday, with most states voting on Sunday" (not the object of a verb: "The week began with
    Lehman Brothers filing for bankruptcy on Monday")."""
    for k in range(first - 1, clause_start - 1, -1):
        if words[k][0] != cues.particles.absolute_opener:
            continue
        if k > clause_start and (is_finite_verb(words[k - 1][0], cues) or words[k - 1][0] in cues.verbs):
            return False
        between = range(k + 1, first)
        participle = any(
            words[j][0].endswith(cues.particles.participle_ending)
            and j > k + 1
            and words[j][0] not in cues.prepositions  # "during", "following"
            and words[j - 1][0] not in cues.determiners
            for j in between
        )
        return participle and all(_word_tense(text, words, j, cues) in (None, Tense.PRESENT) for j in between)
    return False


def _participle_of_an_absolute_clause(
    words: list[tuple[str, int, int]], clause_start: int, first: int, cues: Cues
) -> int | None:
    """The index of the past participle of an absolute clause the date stands in, "with" + a noun + a participle
    after the clause it hangs on, which dates it: "will serve dinner Tuesday through Saturday, with lunch added in the
    fall" (not "With clocks turned back early Sunday, sunset now comes at 4:59 p.m.", told before the clause, nor "will
    miss the race with a calf strain picked up on Wednesday", no clause of its own)."""
    for k in range(first - 1, clause_start - 1, -1):
        if words[k][0] != cues.particles.absolute_opener:
            continue
        if k != clause_start or k == 0:
            return None
        # the participle follows a short noun phrase (not "with little hope of progress after negotiations stalled in
        # December", a clause of its own), and is no timetable's ("with the warmest weather expected on Sunday")
        participle = k + 2
        while participle < min(first, k + 2 + _ABSOLUTE_NOUN_WORDS) and not is_past_ed(words[participle][0], cues):
            participle += 1
        if (
            participle < first
            and is_past_ed(words[participle][0], cues)
            and words[participle][0] not in cues.future
            and words[participle - 1][0] not in cues.determiners
            and all(w not in cues.function_words for w, _, _ in words[k + 2 : participle])
        ):
            return participle
        return None
    return None


#: How many words the noun of an absolute clause may take: "with the new lunch menu added in the fall".
_ABSOLUTE_NOUN_WORDS = 3


def _in_an_aside(
    text: str, words: list[tuple[str, int, int]], clause_start: int, first: int, after: int, cues: Cues
) -> bool:
    """Whether the expression at ``first:after`` stands in a phrase without a verb between two commas."""
    if clause_start == 0 or words[clause_start - 1][0] != "," or words[clause_start][0] in cues.clause_openers:
        return False  # ", and at 1:45 a.m. Monday, Lehman filed": a clause opens
    end = after
    while end < len(words) and words[end][0] not in cues.clause_breaks:
        end += 1
    if end == len(words) or words[end][0] != ",":
        return False
    around = [*range(clause_start, first), *range(after, end)]
    return all(_word_tense(text, words, i, cues) is None for i in around)


#: What follows a date that labels an entry of a timeline: "Oct. 30: ...", "March 8 - Schools reopen", and of a
#: forecast: "SATURDAY NIGHT...Mostly cloudy".
_ENTRY_LABEL = re.compile(r"[ \t]*(?::(?!\d)|[-–—][ \t]+[A-Z]|\.\.\.(?=[A-Z]))")
#: What may end the text before a date that labels an entry (a line break, a sentence end, a bullet), and
#: how far back it is looked for.
_ENTRY_OPENERS = frozenset("\n.:;!?•*·–—-")
_LABEL_LOOKBACK = 8


def _is_participle(words: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` is a verb in -ing after another verb, not a noun: "began accepting returns"
    (but "the meeting begins", "where bidding opens")."""
    return (
        words[i][0].endswith(cues.particles.participle_ending)
        and i > 0
        and (words[i - 1][0] in cues.verbs or _is_past(words[i - 1][0], cues))
        and words[i - 1][0] not in cues.articles
    )


def _times_a_timetable(words: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether a time follows the adjective at ``i``: "due on Tuesday", "due in March" (not "due in part to", nor a
    comparison with what was expected: "drew more players than expected over the weekend")."""
    if i > 0 and words[i - 1][0] in cues.comparison_words:
        return False
    following = words[i + 1][0] if i + 1 < len(words) else None
    if words[i][0] == cues.particles.due and following in cues.due_times:
        return True  # "the December jobs report is due Friday"
    if following not in cues.timetable_followers:
        return False
    return (
        following != cues.particles.due_within
        or i + 2 >= len(words)
        or words[i + 2][0] not in cues.not_timetable_after_in
    )


def _modal_before(words: list[tuple[str, int, int]], i: int, clause_start: int, cues: Cues) -> bool:
    """Whether a modal ("will", "would", "can") stands before word ``i`` in its clause."""
    for j in range(i - 1, clause_start - 1, -1):
        word = words[j][0]
        if word in cues.clause_openers:
            return False
        if word in cues.modals:
            return True
    return False


def opens_a_line(text: str, start: int) -> bool:
    """Whether only blanks stand between the start of the line and ``start`` (read back over the blanks
    alone, so that a text of one long line stays linear)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether only blanks stand beside ``text[start:end]`` on its line: a live blog's stamp above its entry
    ("12:45 BST\n\nThe new prime minister has arrived")."""
    i = end
    while i < len(text) and text[i] in " \t\r":
        i += 1
    return opens_a_line(text, start) and (i == len(text) or text[i] == "\n")


def labels_an_entry(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` labels an entry of a timeline: it opens a line or a sentence
    ("... vote to strike. Nov. 20: Workers walk out"), not ends a clause ("take effect Thursday: workers
    can ...")."""
    before = text[max(0, start - _LABEL_LOOKBACK) : start].rstrip(' \t"“')
    opens = not before or before[-1] in _ENTRY_OPENERS
    return opens and _ENTRY_LABEL.match(text, end) is not None


def _arranges(words: list[tuple[str, int, int]], i: int, cues: Cues) -> bool:
    """Whether the word at ``i`` arranges an event, named right after it, for a date ("setting the vote for
    Oct. 19", "set sentencing for June 16", "Commencement, set for May 17"), and not one already overtaken ("had
    set the vote for ...")."""
    return (
        words[i][0] in cues.arranging
        and i + 1 < len(words)
        and (
            words[i + 1][0] in cues.articles
            or words[i + 1][0] in cues.determiners  # "cancelled all domestic flights at Haneda for Saturday"
            or (
                (words[i][0] not in cues.arranging_with_object or words[i + 1][0] != cues.particles.intended_for)
                and _for_follows(words, i, cues)
            )
        )
        and (i == 0 or _auxiliary(words, i, cues) not in cues.past_auxiliaries)
    )


#: How many words before an expression a first or superlative is looked for.
_FIRST_SCAN = 16


def follows_a_first(span: Span, tokens: Tokens, cues: Cues) -> bool:
    """Whether a first or a superlative comes shortly before ``span`` in its clause ("the first
    talks in a year", "its biggest drop in a decade")."""
    words = tokens.words
    first = bisect.bisect_left(tokens.starts, span.start)
    for i in range(first - 1, max(-1, first - 1 - _FIRST_SCAN), -1):
        if words[i][0] in cues.clause_breaks:
            return False
        if words[i][0] in cues.firsts:
            return True
    return False


def in_perfect(text: str, span: Span, tokens: Tokens, cues: Cues, auxiliaries: frozenset[str]) -> bool:
    """Whether the verb that governs ``span`` from its left, in its clause, is a perfect with one of
    ``auxiliaries``: a present perfect ("has been extended through Jan. 5", "have extended many deals
    through Wednesday") runs up to now, a past perfect ("had checked in three nights earlier") looks back
    from the time a story has reached."""
    words = tokens.words
    first = bisect.bisect_left(tokens.starts, span.start)
    for i in range(first - 1, max(-1, first - 1 - _MAX_SCAN), -1):
        word = words[i][0]
        if word in cues.clause_breaks:
            return False
        if _is_past(word, cues) or word in cues.participles:
            j = i - 1  # back over adverbs and a passive's "been" to the auxiliary
            while (
                j >= 0
                and words[j][0] not in auxiliaries
                and (
                    words[j][0] in cues.participles
                    or words[j][0].endswith(cues.particles.adverb_ending)
                    or words[j][0] in cues.aspect_adverbs
                )
            ):
                j -= 1
            return j >= 0 and words[j][0] in auxiliaries
        if _word_tense(text, words, i, cues) is not None:
            return False
    return False
