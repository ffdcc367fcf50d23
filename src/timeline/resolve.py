"""Resolution: turn recognised parts into TIMEX3 values against an anchor.

Deictic expressions ("on Friday", "last week") resolve against the reference date; anaphoric ones
("the next day", "three days later") against the most recent date mentioned before them, falling
back to the reference. Under the narrative policy every relative expression takes the previous
mention. Where the calendar leaves a choice (which Friday? which February 9?), the tense of the clause
decides: past picks the latest on or before the anchor, future the earliest on or after it.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import Callable, Iterable

import attrs

from timeline.calendar import (
    UNIT_GRANULARITY,
    Period,
    add_units,
    compound_duration_value,
    duration_value,
    fixed_holiday,
    holiday_date,
    holiday_day,
    nth_weekday,
    period_of,
)
from timeline.context import (
    Sentences,
    alone_on_its_line,
    arranged_in_the_past,
    clause_tense,
    follows_a_first,
    in_a_negated_past,
    in_perfect,
    is_figure,
    is_finite_verb,
    is_past_ed,
    labels_an_entry,
    opens_a_line,
    under_an_overtaken_plan,
    without_a_verb,
    words,
)
from timeline.language import Cues, Language
from timeline.model import Anchor, Granularity, Span, Tense, TimeExpression, TimexType
from timeline.parts import Build, Parts, Unit
from timeline.recognize import Mention

__all__ = ["AnchorPolicy", "Resolver"]


class AnchorPolicy(str, enum.Enum):
    """What relative expressions are resolved against."""

    #: deictic expressions against the reference (publication) date, anaphoric ones against the
    #: previous mention: how news is written
    NEWS = "news"
    #: every relative expression against the previous mention: histories, biographies
    NARRATIVE = "narrative"

    def __str__(self) -> str:
        return self.value


#: How many earlier mentions anaphora and discourse look back over.
_LOOKBACK = 64

#: How far (in characters) the day of "April 24 and 25" may follow the date it continues.
_CONTINUATION_GAP = 10
#: ... and how far a date with its month may follow the start of its range ("Jan. 1 and ending June 30").
_RANGE_GAP = 16
#: ... and how far a weekday, past the clock times of a run: "from 5.30 pm on Wednesday to 11.30 pm on Thursday".
_WEEKDAY_RUN_GAP = 48
#: How many years a range such as "1998-02" may span before its second number is no year.
#: Years in the units an offset may count back past year 1 in.
_YEARS_IN = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100, Unit.MILLENNIUM: 1000}
#: How many years a range of early years may span ("between AD 450 and 550").
_CONTINUED_EARLY_YEARS = 500
#: How many years a range whose end is written in two figures may span: "2021-22", "the war of 1939-45".
_CONTINUED_YEARS = 12

#: The granularity a fractional count of a unit lands on ("a year and a half ago": a month).
_FINER = {
    Granularity.CENTURY: Granularity.DECADE,
    Granularity.DECADE: Granularity.YEAR,
    Granularity.YEAR: Granularity.MONTH,
    Granularity.HALF: Granularity.MONTH,
    Granularity.QUARTER: Granularity.MONTH,
    Granularity.MONTH: Granularity.DAY,
    Granularity.WEEK: Granularity.DAY,
    Granularity.DAY: Granularity.HOUR,
    Granularity.HOUR: Granularity.MINUTE,
    Granularity.MINUTE: Granularity.SECOND,
}

#: What stands between a date and a period in apposition to it: "1957, the year ...".
_APPOSITION = re.compile(r"[ \t]*,[ \t]*")
#: Punctuation that ends a clause between two expressions.
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")
#: Words between two expressions, where a verb of saying is looked for.
_WORDS = re.compile(r"[^\W\d_]+")


def _reported_between(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether a verb of saying stands between ``start`` and ``end``, not in an absolute clause ("with the winner
    revealed shortly before 10.30pm" reports nothing)."""
    between = [word.lower() for word in _WORDS.findall(text, start, end)]
    return cues.particles.absolute_opener not in between and not cues.reporting.isdisjoint(between)


#: Units companies report by: "the quarter" means the one under discussion, else the last one ended.
_REPORTING_UNITS = frozenset({Unit.QUARTER, Unit.HALF})
#: The last month in which "the year" in a past clause is the year just ended, the one being reported on.
_YEAR_REPORTED_UNTIL = 3
#: Lengths of the units "the ... ahead" takes, in days.
_UNIT_DAYS = {Unit.WEEK: 7.0, Unit.MONTH: 30.0, Unit.QUARTER: 91.0, Unit.YEAR: 365.0}

#: TIMEX3's mark of a fiscal year's part ("FY2026-Q3"), whose calendar months depend on where the year starts.
_FISCAL_MARK = "FY"

#: The calendar fields a value of each granularity spells out.
_VALUE_FIELDS: dict[Granularity, tuple[str, ...]] = {
    Granularity.MILLENNIUM: ("millennium",),
    Granularity.CENTURY: ("century",),
    Granularity.DECADE: ("decade",),
    Granularity.YEAR: ("year",),
    Granularity.HALF: ("year", "half"),
    Granularity.QUARTER: ("year", "quarter"),
    Granularity.SEASON: ("year", "season"),
    Granularity.MONTH: ("year", "month"),
    Granularity.WEEK: ("year", "week"),
    Granularity.WEEKEND: ("year", "week"),
    Granularity.DAY: ("year", "month", "day"),
    Granularity.PART_OF_DAY: ("year", "month", "day", "part_of_day"),
    Granularity.HOUR: ("year", "month", "day", "hour"),
    Granularity.MINUTE: ("year", "month", "day", "hour", "minute"),
    Granularity.SECOND: ("year", "month", "day", "hour", "minute", "second"),
    Granularity.NONE: (),
}
_STATED_PARTS = (
    "year",
    "century",
    "millennium",
    "decade",
    "half",
    "quarter",
    "season",
    "month",
    "day",
    "weekday",
    "part_of_day",
    "hour",
    "minute",
    "second",
    "zone",
)


class _Unresolvable(Exception):
    """The parts do not name a real date (February 30) or need an anchor that is missing."""


class _Recurring(_Unresolvable):
    """A time that recurs ("open daily from noon", "typically peaks in November"): no one day or year to anchor it
    to."""


@attrs.frozen
class _Value:
    """A resolved value before it becomes a :class:`TimeExpression`."""

    type: TimexType
    value: str
    granularity: Granularity
    how: str
    period: Period | None = None
    anchor: Anchor = Anchor.NONE
    stated: tuple[str, ...] = ()
    #: a time the text compares with ("rose from a year earlier"), not one it moves on to: later anaphora
    #: does not count from it
    comparison: bool = False


#: How far (in characters, within a paragraph) a clock time looks back for the day it is on.
_SAME_DAY_REACH = 600


#: A word in lower case after a compound: "18th-century jewellery", "a 1960s-style kitchen".
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def _describes_a_noun(text: str, span: Span) -> bool:
    """Whether the mention at ``span`` is a compound adjective before a noun: "18th-century jewellery"."""
    return "-" in text[span.start : span.end] and _NOUN_AFTER.match(text, span.end) is not None


class _Document:
    """Per-document state: the text, its sentences, its anchors."""

    def __init__(
        self,
        text: str,
        reference: dt.datetime | None,
        language: Language,
        policy: AnchorPolicy,
        sentences: Sentences | None = None,
    ) -> None:
        self.text = text
        self.reference = reference
        self.language = language
        self.policy = policy
        self._sentences = sentences
        #: resolved expressions with an interval, most recent last
        self.mentions: list[tuple[Span, Period]] = []
        #: where those that move a story on from the one before begin ("the next morning", "two days later")
        self.narrated: set[int] = set()
        #: the latest day told as a flashback, which later anaphora skip but a clock time right before it takes ("had
        #: been reported at 10pm the previous night")
        self.flashback: tuple[Span, Period] | None = None
        #: the dates themselves where the story moved past them ("Eight trading days after Oct. 12"), by where they
        #: start: an apposition restates the date ("Oct. 12, the day before the plunge")
        self.passed: dict[int, Period] = {}
        #: where the text names an evening or a night ("tonight", "Friday night"), in order
        self.evening_starts: list[int] = []
        #: where clock times open a range that another closes ("between midnight and 6 a.m. Sunday")
        self.range_starts: frozenset[int] = frozenset()
        #: where the range of hours a clock time opens ends: "7 a.m." in "from 7 a.m. to 8:30 p.m." ends after "p.m."
        self.range_ends: dict[int, int] = {}
        #: where the clock times that close such ranges start
        self.range_closers: frozenset[int] = frozenset()
        #: ... and where such a range runs past midnight ("between 11.45pm and 4.30am on New Year's Day")
        self.overnight_starts: frozenset[int] = frozenset()
        #: where a weekday opens a range of days, and the weekday that ends it ("between Wednesday and Monday")
        self.weekday_range_ends: dict[int, int] = {}
        #: whether the sentence starting at each offset holds a game's score, read once per sentence
        self.scored_sentences: dict[int, bool] = {}
        #: where a day of a month opens a range of days, and the month and day that end it ("from Jan. 1 through
        #: March 31")
        self.day_range_ends: dict[int, tuple[int, int]] = {}
        #: where the hours of a timetable start ("Mon-Fri 9am-5pm"): they recur with its days
        self.timetable_hours: frozenset[int] = frozenset()
        #: where the latest clock time that recurs ends: the clock times listed after it recur too
        self.recurring_clock_end = 0
        #: what makes a clause stretch over days: a length of days or more ("take about two weeks"), a date opening or
        #: closing a span ("Beginning Monday, July 13", "until March 31")
        self.stretches: list[Mention] = []
        #: their starts, for bisection
        self.stretch_starts: list[int] = []
        #: the mentions that name a day, where they start, for bisection, and where they end
        self.days: list[Mention] = []
        self.day_starts: list[int] = []
        self.day_ends: list[int] = []
        #: ... of which those that name one day by its weekday or its date ("Tuesday", "Oct. 28")
        self.single_days: frozenset[int] = frozenset()
        #: where the clock times start that name their own day ("5pm tomorrow", "9 p.m. Friday"), in order
        self.dated_clock_starts: list[int] = []
        #: where those start that name one day by its weekday, its date or its distance ("tomorrow"), in order
        self.one_day_starts: list[int] = []
        #: sentences that name a day of their own, not the edge of a stretch ("Polls will be open on Election Day")
        self.day_sentences: frozenset[int] = frozenset()
        #: where clock times open a span of hours to another ("from 7 p.m. to 5 a.m.", "between 10 a.m. and 7 p.m.")
        self.hour_spans: frozenset[int] = frozenset()
        #: whether each sentence read so far holds a clock time past noon on the 24-hour clock ("14:30")
        self.afternoons_on_the_24_hour_clock: dict[int, bool] = {}
        #: whether each sentence read so far has no word that marks a tense
        self._verbless: dict[int, bool] = {}
        #: where the ranges of hours kept each day of a stretch end ("working from 7 p.m. to 6 a.m.")
        self.daily_range_ends: set[int] = set()
        #: where the text states a recurrence ("daily", "every Sunday", "on Saturdays")
        self.recurrences: tuple[Span, ...] = ()
        #: their starts, for bisection
        self.recurrence_starts: list[int] = []
        #: the latest year a record or a change is counted from ("its highest since 2014"), which anaphora skip
        self.benchmark_year: tuple[Span, Period] | None = None
        #: where a recurrence of days starts ("every Saturday", "on Sundays", "seven days a week", "every night")
        self.recurring_days: frozenset[int] = frozenset()
        #: the latest length of time stated with a count ("a year", "six months")
        self.last_length: Mention | None = None
        #: where days start that a year back from is only a year: days known by their weekday ("Friday",
        #: "Tuesday's vote", "Friday, June 27") and the ends of runs of days ("from Nov. 1 through Dec. 24")
        self.loose_days: set[int] = set()

    @property
    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.text, self.language.cues)
        return self._sentences

    def tense(self, mention: Mention) -> Tense:
        span = Span(mention.start, mention.end)
        return clause_tense(self.text, span, self.sentences.tokens_at(mention.start), self.language.cues)

    def in_perfect(self, mention: Mention, auxiliaries: frozenset[str]) -> bool:
        span = Span(mention.start, mention.end)
        return in_perfect(self.text, span, self.sentences.tokens_at(mention.start), self.language.cues, auxiliaries)

    def arranged_in_the_past(self, mention: Mention) -> bool:
        span = Span(mention.start, mention.end)
        return arranged_in_the_past(span, self.sentences.tokens_at(mention.start), self.language.cues)

    def under_an_overtaken_plan(self, mention: Mention) -> bool:
        span = Span(mention.start, mention.end)
        return under_an_overtaken_plan(span, self.sentences.tokens_at(mention.start), self.language.cues)

    def negated(self, mention: Mention) -> bool:
        span = Span(mention.start, mention.end)
        return in_a_negated_past(span, self.sentences.tokens_at(mention.start), self.language.cues)

    def follows_a_first(self, mention: Mention) -> bool:
        span = Span(mention.start, mention.end)
        return follows_a_first(span, self.sentences.tokens_at(mention.start), self.language.cues)

    def elapsed_before(self, mention: Mention) -> tuple[Parts, int] | None:
        """The length of time stated right before ``mention`` and counted from it (direction -1: "*a year*
        after the Oct. 7 attack") or up to it (+1: "*seven weeks* to the Feb. 25 election")."""
        length = self.last_length
        if length is None:
            return None
        cues = self.language.cues
        if cues.elapsed_since.fullmatch(self.text, length.end, mention.start) and not cues.stretch_length.search(
            self.text, max(0, length.start - _CUE_REACH), length.start
        ):
            # (not a stretch that starts then: "to guarantee supplies for six months after March 29")
            return length.parts, -1
        # "over the 12 months to the March quarter" is a period ending then, not a countdown
        if cues.elapsed_until.fullmatch(self.text, length.end, mention.start) and not self._names_a_period(length):
            return length.parts, 1
        return None

    def period_ending_at(self, mention: Mention) -> Parts | None:
        """The length of a reporting period stated right before ``mention``, which ends then: "the six months to
        December 31", "the group's 52 weeks to Feb. 26" (not "with seven weeks to the Feb. 25 election")."""
        length = self.last_length
        if length is None or not self.language.cues.period_to.fullmatch(self.text, length.end, mention.start):
            return None
        before = words(self.text, max(0, length.start - _CUE_REACH), length.start)
        if before and (
            before[-1][0] == self.language.cues.particles.agent
            or not self.language.cues.moving_ends.isdisjoint(word for word, _, _ in before[-_MOVED_WORDS:])
        ):
            # "extended by a month to 15 November", "has been pushed back a week to April 5": how far an end moved,
            # not a period ending then
            return None
        return length.parts if self._names_a_period(length) else None

    def _names_a_period(self, length: Mention) -> bool:
        """Whether a length has a determiner or an owner, and so names a period: "the six months", "the group's 52
        weeks", "for 26 weeks" (not "with seven weeks to go")."""
        cues = self.language.cues
        determined = length.text.split(maxsplit=1)[0].lower() in cues.articles
        return (
            determined
            or cues.period_owner.search(self.text, max(0, length.start - _CUE_REACH), length.start) is not None
        )

    def preceded_by(self, mention: Mention, cue: re.Pattern[str], reach: int | None = None) -> bool:
        """Whether ``cue`` ends right before ``mention``, within ``reach`` characters (a few words by default):
        "since April 2000", "funded through Jan. 30"."""
        start = mention.start - (_CUE_REACH if reach is None else reach)
        return cue.search(self.text, max(0, start), mention.start) is not None

    def moved_from(self, mention: Mention) -> bool:
        """Whether ``mention`` is the date a thing was moved from: "postponed the hearing from March 3", and farther
        back when the date it was moved to follows: "pushed the three-day event back from March 3 to May 10"."""
        reach = (
            _MOVED_FROM_REACH
            if mention.start in self.day_range_ends or mention.start in self.weekday_range_ends
            else None
        )
        return self.preceded_by(mention, self.language.cues.moved_from, reach)

    def recurs_with(self, mention: Mention) -> bool:
        """Whether a recurrence stands in the clause of ``mention``, a few words away: "open daily from
        noon to 8 p.m.", "Hours are 10:30 a.m. to 5 p.m. daily"."""
        end = self.range_ends.get(mention.start, mention.end)  # a range's hours recur together
        tokens = self.sentences.tokens_at(mention.start)
        first = bisect.bisect_left(tokens.starts, mention.start)
        last = bisect.bisect_left(tokens.starts, end)
        after = bisect.bisect_left(self.recurrence_starts, end)
        neighbours = [self.recurrences[k] for k in (after - 1, after) if 0 <= k < len(self.recurrences)]
        for span in neighbours:
            if span.end <= mention.start:
                if self._day_of_a_when_clause(span.end, mention.start):
                    # "restricted from 6 a.m. to midnight each day through Sunday, when the race starts at 3:30 p.m.":
                    # the clock time of what happens on the day named since
                    continue
                between = range(bisect.bisect_left(tokens.starts, span.end), first)
            else:
                between = range(last, bisect.bisect_left(tokens.starts, span.start))
            inside = tokens.starts and tokens.starts[0] <= span.start <= tokens.starts[-1]
            # the hours of days named as recurring may stand apart by a comma: "walk-in hours every Saturday in
            # April, from 9 a.m. to noon", "runs every Wednesday evening from April to September, starting at 7 p.m.",
            # "between 7 a.m. and 10 p.m., seven days a week", "until 9pm, on Fridays and Saturdays" (not into a
            # clause of its own: "shifted its release day to Wednesdays, and the episode drops at 3 a.m. ET next
            # Wednesday", "go on sale on Monday at 10 a.m., with performances every Thursday")
            if not inside or len(between) > _RECURRENCE_REACH:
                continue
            comma = (
                span.start in self.recurring_days
                and (span.end <= mention.start or len(between) <= _RECURRENCE_AFTER_A_COMMA)
                and not any(tokens.words[k][0] in self.language.cues.coordinators for k in between)
            )
            if not any(
                tokens.words[k][0] in self.language.cues.clause_breaks and not (comma and tokens.words[k][0] == ",")
                for k in between
            ):
                return True
        return False

    def _day_of_a_when_clause(self, start: int, end: int) -> bool:
        """Whether a day named between ``start`` and ``end`` opens a clause of "when" that runs on to ``end``."""
        index = bisect.bisect_left(self.day_starts, start)
        if index == len(self.day_starts) or self.day_starts[index] >= end or end - self.day_ends[index] > _WHEN_REACH:
            return False
        following = words(self.text, self.day_ends[index], end)
        return (
            len(following) > 1
            and following[0][0] == ","
            and following[1][0] == self.language.cues.particles.time_relative
            and "," not in (word for word, _, _ in following[2:])
        )

    def verbless(self, mention: Mention) -> bool:
        """Whether no word of the sentence of ``mention`` marks a tense (read once per sentence)."""
        here = self.sentences.index_at(mention.start)
        found = self._verbless.get(here)
        if found is None:
            found = self._verbless[here] = without_a_verb(
                self.text, self.sentences.tokens_at(mention.start), self.language.cues
            )
        return found

    def habitual(self, mention: Mention) -> bool:
        """Whether a word of habit stands a few words before ``mention`` in its clause: "typically peaks in
        November and December", "held annually in June"."""
        cues = self.language.cues
        tokens = self.sentences.tokens_at(mention.start)
        words = tokens.words
        first = bisect.bisect_left(tokens.starts, mention.start)
        for k in range(first - 1, max(-1, first - 1 - _HABITUAL_REACH), -1):
            word = words[k][0]
            if word in cues.clause_breaks or word in cues.habitual_breaks:
                return False
            if word in cues.habitual or (k + 1 < first and f"{word} {words[k + 1][0]}" in cues.habitual):
                return True
        # ... or right after it: "paid on 1 April each year"
        after = bisect.bisect_left(tokens.starts, mention.end)
        following = [word for word, *_ in words[after : after + _HABIT_AFTER_WORDS]]
        return any(" ".join(following[:n]) in cues.habitual_after for n in range(1, len(following) + 1))

    def recent(self) -> list[tuple[Span, Period]]:
        """The latest mentions, most recent first: anaphora looks this far back, no farther (and a
        text of thousands of dates stays linear)."""
        return self.mentions[: -_LOOKBACK - 1 : -1]

    def previous(self, finer_than: Granularity | None = None) -> Period | None:
        for _, period in self.recent():
            if finer_than is None or period.granularity.rank >= finer_than.rank:
                return period
        return None

    def framing_year_before_a_compared_one(self) -> Period | None:
        """The year a sentence is about, when the latest mention is a year it compares a figure with, later in the same
        sentence: 2013 in "In 2013 rangers recorded 40,000 pairs, a drop of 12 per cent from 2008, after storms in May
        of that year"."""
        if len(self.mentions) < 2:
            return None
        (span, latest), (before, framing) = self.mentions[-1], self.mentions[-2]
        compared = self.language.cues.compared_with.search(self.text, max(0, span.start - _CUE_REACH), span.start)
        if (
            compared is None
            or latest.granularity is not Granularity.YEAR
            or framing.granularity is not Granularity.YEAR
            or self.sentences.index_at(before.start) != self.sentences.index_at(span.start)
        ):
            return None
        return framing

    def past_mention(self) -> Period | None:
        """The latest mention that began by the reference date (the day of the report counts: "Trump on Thursday
        signed ... The duties will take effect on March 23. ... Two days earlier, Cohn had announced")."""
        if self.reference is None:
            return None
        for _, period in self.recent():
            if period.start <= self.reference:
                return period
        return None

    def previous_within(self, mention: Mention, sentences: int) -> Period | None:
        """The latest mention, if it lies within the last ``sentences`` sentences."""
        if not self.mentions:
            return None
        span, period = self.mentions[-1]
        here = self.sentences.index_at(mention.start)
        return period if here - self.sentences.index_at(span.start) < sentences else None

    def compared_with(self, span: Span, *, explicitly: bool = False) -> bool:
        """Whether the date at ``span`` is one a figure is compared with: "from September", "up from 3.1% in May"
        (with ``explicitly``, only where nothing else can be meant: "compared with October 2013", "than in 2019")."""
        cues = self.language.cues
        start = max(0, span.start - _CUE_REACH)
        compared = cues.compared_explicitly if explicitly else cues.compared_with
        return bool(compared.search(self.text, start, span.start)) or bool(
            cues.compared_figure.search(self.text, start, span.start)
        )

    def discourse_period(
        self, mention: Mention, granularities: Iterable[Granularity], sentences: int, *, reported: bool = False
    ) -> Period | None:
        """The latest mention of one of ``granularities`` within the last ``sentences`` sentences (with
        ``reported``, not one a figure is compared with: "rose 1.2% in October from September")."""
        wanted = set(granularities)
        here = self.sentences.index_at(mention.start)
        for span, period in self.recent():
            if here - self.sentences.index_at(span.start) >= sentences:
                return None
            if period.granularity in wanted and not (reported and self.compared_with(span)):
                return period
        return None

    def discourse(
        self, unit: Unit | None, period: Unit | None, *, ended_by: dt.datetime | None = None
    ) -> Period | None:
        """The reporting period the text is talking about ("the quarter", "the period"): the latest
        quarter or half mentioned (of ``period``'s size when given), optionally one that had ended
        by ``ended_by``."""
        if unit is not None and unit not in _REPORTING_UNITS:
            return None
        size = unit or period
        wanted = {UNIT_GRANULARITY[size]} if size else {Granularity.QUARTER, Granularity.HALF}
        for _, mentioned in self.recent():
            if mentioned.granularity in wanted and (ended_by is None or mentioned.end <= ended_by):
                return mentioned
        return None

    def apposed(self, mention: Mention, granularity: Granularity) -> Period | None:
        """The date ``mention`` stands in apposition to, when it is of ``granularity``: "in 1957, the year
        the country won independence", "on Oct. 12, the day before the plunge"."""
        if not self.mentions:
            return None
        span, period = self.mentions[-1]
        if period.granularity is granularity and _APPOSITION.fullmatch(self.text, span.end, mention.start):
            return period
        return None

    def apposed_day(self, mention: Mention) -> tuple[Period, bool] | None:
        """The day of the date or time ``mention`` stands in apposition to, or says it falls on: "on Aug. 12, a
        Saturday", "on the evening of March 21, a Friday", "through New Year's Eve on Saturday"; and whether a verb
        says so ("Australia Day falls on Wednesday")."""
        cues = self.language.cues
        for span, period in self.recent()[:2]:
            if period.granularity.rank < Granularity.DAY.rank:
                continue
            said = cues.said_to_fall_on.fullmatch(self.text, span.end, mention.start) is not None
            if (
                said
                or _APPOSITION.fullmatch(self.text, span.end, mention.start)
                or cues.falls_on.fullmatch(self.text, span.end, mention.start)
            ):
                return Period.day(self.passed.get(span.start, period).start.date()), said
        return None

    def event_day(self, holiday: str) -> Period | None:
        """The day the text gave the event a holiday names: "the Nov. 5 election" for "election day"."""
        cues = self.language.cues.event_days.get(holiday)
        if cues is None:
            return None
        follows, precedes = cues
        for span, period in self.recent():
            if period.granularity is Granularity.DAY and (
                follows.match(self.text, span.end)
                or precedes.search(self.text, max(0, span.start - _CUE_REACH), span.start)
            ):
                return period
        return None

    def recalled_in_an_aside(self, span: Span, recalled: Period, mention: Mention) -> bool:
        """Whether the date ``recalled`` at ``span``, years from the publication, stands in an aside that the verb of
        its sentence follows before ``mention``: "Olsen, who was born March 3, 1919, in a farmhouse north of town,
        celebrated her 100th birthday Sunday", "The monarch, who became queen on Feb. 6, 1952, appeared at about 1
        p.m."."""
        if (
            self.reference is None
            or abs(recalled.start.year - self.reference.year) < _FRAME_YEARS_AWAY
            or mention.start - span.end > _ASIDE_RECALL_REACH
            or self.sentences.index_at(span.start) != self.sentences.index_at(mention.start)
        ):
            return False
        cues = self.language.cues
        opened = max(self.sentences.at(span.start).start, span.start - _ASIDE_RECALL_REACH)
        before = words(self.text, opened, span.start)
        opening = next((k for k in range(len(before) - 1, -1, -1) if before[k][0] in cues.clause_breaks), None)
        if opening is None or opening + 1 >= len(before):
            return False
        opener = before[opening + 1][0]
        if not (opener in cues.relative_pronouns or opener in cues.participles or is_past_ed(opener, cues)):
            return False  # no aside: "woken at about 6 a.m. on 20 June 1837 to be told that her uncle, William IV, had"
        between = words(self.text, span.end, mention.start)
        return any(
            word in cues.clause_breaks and k + 1 < len(between) and is_finite_verb(between[k + 1][0], cues)
            for k, (word, _, _) in enumerate(between)
        )

    def reported_at(self, start: int) -> bool:
        """Whether a reporting verb stands right before ``start``: "the museum said Thursday", "data showed on
        Wednesday"."""
        cues = self.language.cues
        before = cues.verb_before.search(self.text, max(0, start - _CUE_REACH), start)
        return (
            before is not None
            and (before.group("word").lower() in cues.reporting or before.group("word").lower() in cues.showing)
            and cues.passive_verb_before.search(self.text, max(0, start - 2 * _CUE_REACH), start) is None
        )

    def _told_in_the_past_since(self, span: Span, mention: Mention) -> bool:
        """Whether the sentences from the one of ``span`` to the one before ``mention`` keep to the past: a present or
        a present perfect brings the story up to now ("has become prime minister after winning on Tuesday", "In the
        72 hours since, 2,000 people have been treated")."""
        cues = self.language.cues
        start, end = self.sentences.at(span.start).start, self.sentences.at(mention.start).start
        return all(
            word not in cues.present and word not in cues.perfect_auxiliaries
            for word, _, _ in words(self.text, start, end)
        )

    def recent_day(self, mention: Mention) -> Period | None:
        """The day of the latest mention, if it names one and is in the same or the previous sentence or
        a few sentences back in the same paragraph ("On Sunday, ... At 11 p.m., ...")."""
        here = self.sentences.index_at(mention.start)
        cues = self.language.cues
        for span, period in self.recent():
            back = here - self.sentences.index_at(span.start)
            if back < 0:
                continue  # a day of the next sentence, resolved first: "a concert at 7 p.m. On Wednesday, ..."
            if (
                (back == 0 or (back == 1 and self.tense(mention) is not Tense.PRESENT))
                and self.reported_at(span.start)
                and any(
                    self.sentences.at(span.start).start <= other.start < span.start
                    and day.granularity is Granularity.DAY
                    for other, day in self.recent()
                )
            ):
                # the day of a report is not the day of the event told before it: "First Saturdays return May 2, the
                # museum said Thursday, with free admission from 5 to 11 p.m."; "The station will open on Sunday
                # week, officials confirmed yesterday. The first bus will leave at 5.50am."
                continue
            if back == 0 and self.recalled_in_an_aside(span, period, mention):
                continue
            if period.granularity.rank < Granularity.DAY.rank and _describes_a_noun(self.text, span):
                continue  # "escaped with 18th-century jewellery. ... at 4:59 a.m.": a kind of thing, not a time told
            if (
                back == 0
                and cues.benchmark.search(self.text, max(0, span.start - _CUE_REACH), span.start)
                and not cues.year_clause.match(self.text, span.end)
            ):
                # a record's day is not the day of the clock times after it: "breaking a high that had stood since
                # July 17, 1925, as residents were urged to cut power use between 4 p.m. and 9 p.m." (but "since
                # Dec. 10, when the sun set at 4:18 p.m.")
                continue
            # a story told years back keeps its day a little longer, across a paragraph ("Shortly before 7pm on
            # 9 November 1989, ... \n\n Within hours, crowds had gathered. At about 11.30pm ...")
            story = self.reference is not None and abs(period.start.year - self.reference.year) >= _FRAME_YEARS_AWAY
            # ... and so does a day past told in the past, as an incident report does ("At 14:12 UTC on Thursday, a
            # change began routing traffic ... \n\n The on-call engineer was paged at 14:15 UTC")
            told = (
                self.reference is not None
                and period.granularity.rank >= Granularity.DAY.rank
                and period.end <= self.reference
                and self.tense(mention) is Tense.PAST
                and self._told_in_the_past_since(span, mention)
            )
            if (
                back > 1
                and not ((story or told) and back <= _STORY_REACH)
                and (mention.start - span.end > _SAME_DAY_REACH or "\n\n" in self.text[span.end : mention.start])
            ):
                return None
            if period.granularity.rank >= Granularity.DAY.rank:
                return Period.day(_day_named(period, mention.parts))
            if back > 1:
                return None
            # "tomorrow, when the September jobs report is released at 8:30 a.m.": past the month to the day
        return None

    def continued(self, mention: Mention, p: Parts) -> Period:
        """The end of a range whose start was just mentioned: "25" in "April 24 and 25" (that day of
        the same month), "22" in "2021-22" (the next year). The start must be close by and of the same
        kind, and the range must run forward; otherwise the number is no date (ValueError)."""
        if not self.mentions:
            raise ValueError("no date to continue")
        span, previous = self.mentions[-1]
        if p.day is not None and p.month is None:
            # a day of the month continues the date written last before it, not the last resolved (a day goes before
            # the clock times on it: "from 10am to 9pm on December 24, 25 and 26")
            span, previous = max(
                (item for item in self.recent() if item[0].end <= mention.start),
                key=lambda item: item[0].end,
                default=(span, previous),
            )
        gap = _CONTINUATION_GAP if p.month is None else _RANGE_GAP
        if (
            p.weekday is not None
            and previous.granularity.rank > Granularity.DAY.rank
            and self.language.cues.span_join.search(self.text, span.end, mention.start)
        ):
            # a weekday that ends a run of clock times: "from 5.30 pm on Wednesday to 11.30 pm on Thursday"
            gap = _WEEKDAY_RUN_GAP
        if mention.start - span.end > gap:
            raise ValueError("no date to continue")
        first = previous.start.date()
        if (
            p.weekday is not None
            and previous.granularity.rank >= Granularity.DAY.rank
            and self.language.cues.moved_within_a_week.search(self.text, max(0, span.start - _CUE_REACH), span.start)
        ):
            # "moved from Friday to Thursday night": that day of the first one's week
            week = period_of(previous.start, Granularity.WEEK)
            return Period.day(week.start.date() + dt.timedelta(days=p.weekday - 1))
        if p.weekday is not None and previous.granularity.rank >= Granularity.DAY.rank:
            # "Monday through Friday", "between Tuesday and Thursday": the first such day after the first
            return Period.day(_weekday_from(first, p.weekday, 1))
        if p.month is not None and p.day is not None and p.year is None and previous.granularity is Granularity.DAY:
            # "from Nov. 15 through Jan. 10": the first such day on or after the start
            end = dt.date(first.year, p.month, p.day)
            return Period.day(end if end >= first else dt.date(first.year + 1, p.month, p.day))
        if p.day is not None and previous.granularity is Granularity.DAY and p.day > first.day:
            return Period.day(dt.date(p.year or first.year, first.month, p.day))
        if p.month is not None and p.day is None and p.year is None and previous.granularity is Granularity.MONTH:
            # "from April to the end of November": the first such month on or after the start
            return Period.month(first.year + (1 if p.month < first.month else 0), p.month)
        if (
            p.day is None
            and p.year is not None
            and p.year_digits > 2
            and previous.granularity is Granularity.YEAR
            and first.year < p.year <= first.year + _CONTINUED_EARLY_YEARS
        ):
            return Period.year(p.year)  # "between 1280 and 1281", "A.D. 132-136": a range of early years
        if p.day is None and p.year is not None and p.year_digits == 2 and previous.granularity is Granularity.YEAR:
            year = first.year // 100 * 100 + p.year
            year += 100 if year <= first.year else 0
            if year - first.year <= _CONTINUED_YEARS:
                return Period.year(year)
        raise ValueError("no range to continue")

    def anchor_for(self, anaphoric: bool) -> tuple[dt.datetime, Anchor, Period | None]:
        """The moment relative expressions count from, and which kind of anchor it is."""
        if anaphoric or self.policy is AnchorPolicy.NARRATIVE:
            previous = self.previous()
            if previous is not None:
                # midnight written T24:00 ends its day: "by midnight ..., and by the next morning" is that day's
                moment = (
                    previous.start - dt.timedelta(minutes=1) if previous.timex.endswith("T24:00") else previous.start
                )
                return moment, Anchor.PREVIOUS, previous
        if self.reference is None:
            raise _Unresolvable
        return self.reference, Anchor.REFERENCE, None


#: How far (in characters) an aside recalling a date may open before it, and the main clause's date lie after it:
#: "Olsen, who was born March 3, 1919, in a farmhouse north of town, celebrated her 100th birthday Sunday".
_ASIDE_RECALL_REACH = 160
#: Dashes that join the ends of a range: "1850-1900", "2021–22".
_RANGE_DASHES = frozenset({"-", "–"})
#: How far before a date the words that change its reading ("since", "through") are looked for.
_CUE_REACH = 24
#: How far before a day the warning naming it is looked for: "a blizzard warning from 4:00 a.m. to 7:00 p.m. Thursday".
_WARNED_REACH = 48
#: How far before "in" and a length a word of habit may stand: "normally gets in".
_USUAL_LENGTH_REACH = 60
#: How far back the verb that moved a thing from a date may stand: "pushed the three-day event back from March 3".
_MOVED_FROM_REACH = 48
#: How far before a date the words opening a benchmark may start: "since modern record-keeping began in 1880".
_BENCHMARK_REACH = 48
#: How far before a date the words that set it may begin: "setting an action date of May 28".
_DATE_SET_REACH = 48
#: How many words back a verb of moving may give the new end of what it moved: "extended the moratorium for another
#: 90 days, until May 1".
_MOVED_REACH = 10
#: How far before a date the words leading up to the event it is the day of may start: "ahead of the company's
#: investor day on April 14".
_EVENT_NAME_REACH = 100
#: How far before a weekday "ruled ... out of" may begin: "ruled rookie safety Damon Vick out of Sunday's finale".
_RULED_OUT_REACH = 80
#: How far before a clock time an article making it an adjective may begin.
_ARTICLE_REACH = 6
#: How far before a weekday the result of a game played on it may begin: "38-0 in the Cotton Bowl on Thursday".
_RESULT_REACH = 56
#: How far before "a year ago" the level it compares may begin: "from $90.5 million, or $1.12 a share, a year ago".
_LEVEL_REACH = 100

#: How many sentences back an anaphor ("the same day") looks for a day when the latest date is a year.
_FINER_ANCHOR_REACH = 4

#: How many sentences back "the month" in a past clause looks for the month told of.
_MONTH_TOLD_SENTENCES = 3

#: How many years from the publication a date opening a sentence must lie to frame its other dates.
_FRAME_YEARS_AWAY = 2

#: How many days before the publication a story told step by step ("The next morning, ... Two days later,
#: ...") must have reached for its weekdays to be read from it rather than from the publication: news
#: catching up over the last weeks ("arrested nine days later. The last four were brought out on Tuesday")
#: reaches the present.
_STORY_DAYS_BACK = 28


def _stamps_an_entry(text: str, start: int, end: int, twenty_four_hour: bool) -> bool:
    """Whether the time at ``start:end`` stamps an entry of a live blog: opening a line with a mark after it or
    alone ("3:15 p.m. — The committee met", "12:45 BST" above its entry), or, on the 24-hour clock, opening a
    sentence with a mark after it ("... without power. 12:15 GMT — Forecasters said"; but "a timeline of events on
    Saturday night: 8:12 p.m. - Power fails" lists that night's times)."""
    if opens_a_line(text, start):
        return labels_an_entry(text, start, end) or alone_on_its_line(text, start, end)
    return twenty_four_hour and labels_an_entry(text, start, end)


def _anaphoric_weekday(day: dt.date, weekday: int, shift: int) -> dt.date:
    """The ``weekday`` that "that" (``shift`` 0), "the following" (1) or "the previous" (-1) names from ``day``."""
    on_or_before = day - dt.timedelta(days=(day.isoweekday() - weekday) % _WEEK_DAYS)
    if shift < 0 and on_or_before == day:
        return on_or_before - dt.timedelta(weeks=1)
    if shift > 0 or (shift == 0 and on_or_before < day):
        # "Two days later [a Thursday], the auditor resigned. That Friday, ...": the story moves on
        return on_or_before + dt.timedelta(weeks=1)
    return on_or_before


#: How many days a date without a year may lie after the day a story told step by step has reached, to be
#: the story's next step rather than a date read from the publication.
_STORY_STEP_DAYS = 92

#: How a value restating the date it stands in apposition to ends: "offset/apposition".
_APPOSED = "/apposition"

#: How resolutions that count from the mention before them are named: they tell a story step by step.
_NARRATING = frozenset({"anaphoric", "anaphoric-weekday", "anaphoric-named", "offset"})

#: How many sentences back a day of a story told years ago may give a later day its year.
_STORY_REACH = 3

#: How many sentences back a month named may give a bare day ("on the 22nd") its month.
_MONTH_NAMED_REACH = 3


#: How many days after the publication a date named in a past clause may begin ("rose in November",
#: written in late October, is more likely last year's than one not yet begun)
_PAST_REACH_AHEAD = 31
#: How far after a day named the days listed after it may lie: "on Monday, ... on Wednesday and ... on Thursday".
_REST_OF_A_WEEK = dt.timedelta(days=6)
#: How far ahead of the publication a weekday a timetable steps to after a day named may lie.
_TWO_WEEKS = dt.timedelta(days=14)
#: How far before the day of its clause the day of an event the clause comes after may lie: "after a 67 on Saturday".
_A_WEEK = dt.timedelta(days=7)
#: How far after the time of its clause a date it leads up to may lie: "ahead of the April 12 election".
_LEAD_UP_REACH = dt.timedelta(days=366)
#: How many characters before such a date the day its clause happens on may end: "on Saturday, three days before
#: Tuesday's general election".
_LEAD_UP_NAMED_REACH = 40

#: How many words a recurrence ("daily") may stand from a clock time it makes recur.
_RECURRENCE_REACH = 12
#: How many words a word of habit ("typically") may stand before the month it makes any year's.
_HABITUAL_REACH = 8
#: How many words (the comma among them) may part a clock time from the recurrence of days after it.
_RECURRENCE_AFTER_A_COMMA = 2
#: How many times a text must name a country for its holidays to be that country's when their sentence names none.
_STORY_COUNTRY_MENTIONS = 2
#: How many words a word of habit after a month may take: "of every year".
_HABIT_AFTER_WORDS = 3
#: The values of sets that recur every day or every weekend.
_DAILY_SETS = frozenset({"P1D", "XXXX-WXX-WE"})

#: How many days ahead the weekend of the week must lie for "this weekend" in a past clause to be the one
#: just past (written on a Monday).
_WEEKEND_JUST_PAST = 4

#: How many years after the publication a date given with its weekday may lie when no nearer year fits the weekday
#: (a plan announced well ahead); otherwise a weekday that does not fit is more likely a slip.
_WEEKDAY_YEARS_AHEAD = 3
#: ``date.weekday()`` of Saturday, the first day of a weekend.
_SATURDAY = 5
#: Friday as an ISO weekday (the weekday a date's ``isoweekday`` gives, Monday 1).
_ISO_FRIDAY = 5
#: Days in a week, for counting weekdays round it.
_WEEK_DAYS = 7


class _Choice(enum.Enum):
    """How the tense of the clause picks among instances of a calendar name."""

    #: weekdays, weekends: the tense decides outright (past: on or before the anchor day)
    STRICT = "strict"
    #: months, dates, seasons, holidays: the tense is a preference, weighed against distance
    PREFERENCE = "preference"
    #: quarters, halves: the nearest instance (the tense usually belongs to a report about it)
    NEAREST = "nearest"


#: How far before a date a school year across two years ("the 2025-26 school year") is looked for.
_SPLIT_YEAR_REACH = 200

#: The month in which "this past year" is the year now ending.
_LAST_MONTH = 12

#: How much farther an instance against the tense may be before an instance agreeing with it wins.
_AGAINST_TENSE_COST = 8


def _signed_days(period: Period, day: dt.datetime) -> float:
    """Days from ``day`` to ``period``: 0 inside it, negative before it, positive after."""
    if period.start <= day < period.end:
        return 0.0
    if period.start > day:
        return (period.start - day).total_seconds() / 86400
    return -((day - period.end).total_seconds() / 86400 + 1)


def _weekday_from(day: dt.date, weekday: int, direction: int, *, inclusive: bool = False) -> dt.date:
    """The first ``weekday`` after ``day`` (``direction`` 1) or before it (-1), or ``day`` itself when it is
    that weekday and ``inclusive``."""
    step = (direction * (weekday - day.isoweekday())) % 7
    if step == 0 and not inclusive:
        step = 7
    return day + dt.timedelta(days=direction * step)


def _day_first_if_written_so(mentions: tuple[Mention, ...], reference: dt.datetime | None) -> tuple[Mention, ...]:
    """Dates in figures that either order could read ("02/09/2022", "on 4/3") are read month first, unless the text
    writes its dates day first: one of them can only be read so ("23/11/2020", "on 24/8"), a date is written with its
    day before its month's name ("9 May"), or the byline is the publication date read so ("Published on: 08/02/2023"
    on 8 February). An outlet writes all its dates one way."""
    unsure = [(i, m) for i, m in enumerate(mentions) if m.parts.order_unsure and m.parts.weekday is None]
    if not unsure:
        return mentions

    def swapped(m: Mention) -> dt.date | None:
        p = m.parts
        if p.year is None or p.month is None or p.day is None:
            return None
        try:
            return dt.date(p.year, p.day, p.month)
        except ValueError:
            return None

    written_day_first = any(m.parts.day_first for m in mentions)
    byline = reference is not None and any(swapped(m) == reference.date() for _, m in unsure)
    if not (written_day_first or byline):
        return mentions
    out = list(mentions)
    for i, m in unsure:
        out[i] = attrs.evolve(m, parts=attrs.evolve(m.parts, month=m.parts.day, day=m.parts.month, order_unsure=False))
    return tuple(out)


def _choose(candidates: list[Period], anchor: dt.datetime, tense: Tense, choice: _Choice = _Choice.STRICT) -> Period:
    """The instance the tense points to: latest on/before the anchor day, earliest on/after, or nearest."""
    day = dt.datetime(anchor.year, anchor.month, anchor.day)
    if choice is _Choice.STRICT and tense is Tense.PAST:
        eligible = [c for c in candidates if c.start <= day]
        if eligible:
            return max(eligible, key=lambda c: c.start)
    elif choice is _Choice.STRICT and tense is Tense.FUTURE:
        eligible = [c for c in candidates if c.end > day]
        if eligible:
            return min(eligible, key=lambda c: c.start)
    elif choice is _Choice.NEAREST and tense is Tense.PAST:
        # a past clause cannot report on a quarter that has not begun ("earned $5 million in the
        # first quarter" in October); a future one may well report on one that has ended
        candidates = [c for c in candidates if c.start <= day] or candidates

    def cost(c: Period) -> tuple[float, int]:
        days = _signed_days(c, day)
        against = (tense is Tense.PAST and days > 0) or (tense is Tense.FUTURE and days < 0)
        weight = _AGAINST_TENSE_COST if (against and choice is _Choice.PREFERENCE) else 1
        return (abs(days) * weight, 1 if days > 0 else 0)

    return min(candidates, key=cost)


def _same_period_other_year(p: Parts, period: Period, doc: _Document) -> bool:
    """Whether a stated quarter or half repeats, in another year, the one the text is reporting on."""
    if p.year is None or (p.quarter is None and p.half is None):
        return False
    reported = doc.discourse(None, None)
    return (
        reported is not None
        and reported.granularity is period.granularity
        and reported.start.month == period.start.month
        and reported.start.year != period.start.year
    )


def _coarser_than_year(previous: Period, granularity: Granularity) -> bool:
    """Whether an anaphor of ``granularity`` ("the same day", "four days later") finds only a year or a
    coarser period before it, and should look a little farther back for one as fine as itself."""
    return previous.granularity.rank <= Granularity.YEAR.rank and previous.granularity.rank < granularity.rank


def _day_named(period: Period, later: Parts) -> dt.date:
    """The day a period of a day or finer gives a time of day ``later`` in the text: its first day, but for midnight
    written T24:00, the day it ends for an afternoon or evening ("until midnight Monday; polls close at 9:30 p.m." is
    Monday's), the day after for the small hours and the morning ("at midnight ... At 6 a.m.")."""
    late_clock = (
        later.hour is not None
        and (later.meridiem is not None or later.hour >= _AFTERNOON_HOUR)
        and _AFTERNOON_HOUR <= _hour(later) < _MIDNIGHT_HOUR
    )
    if period.timex.endswith("T24:00") and (later.part_of_day in _LATE_PARTS_OF_DAY or late_clock):
        return (period.start - dt.timedelta(minutes=1)).date()
    return period.start.date()


def _steps_from_coarser(previous: Period, granularity: Granularity) -> bool:
    """Whether an anaphor that moves a story on ("the next day", "two weeks later") finds only a week or a coarser
    period before it, no step to count from: "crowned on Saturday, 70 years after the coronation in June 1953. The
    next day, ..." (but "killed last October ... crossed out that same day" is a day of that month)."""
    return previous.granularity.rank <= Granularity.WEEK.rank and previous.granularity.rank < granularity.rank


def _as_fine_as(granularity: Granularity) -> list[Granularity]:
    return [g for g in Granularity if granularity.rank <= g.rank < Granularity.NONE.rank]


def _recurs(p: Parts) -> bool:
    """Whether a set states a recurrence ("daily", "every Sunday", "twice a year"), not a rate of a
    measure ("$5 a year")."""
    if p.build is not Build.SET:
        return False
    return p.frequency or p.value is not None or p.unit is None


#: Periods within one calendar year that a month named after them may fall in.
_PARTS_OF_A_YEAR = frozenset({Granularity.MONTH, Granularity.QUARTER, Granularity.HALF})


def _holds_month(period: Period, month: int) -> bool:
    """Whether ``period``, within one year, holds ``month``."""
    last = period.end - dt.timedelta(microseconds=1)
    return period.start.year == last.year and period.start.month <= month <= last.month


def _any_years_month(p: Parts) -> bool:
    """Whether the parts name a month, or a day of one, and nothing that would place it in one year."""
    return (
        p.month is not None
        and p.year is None
        and p.year_shift is None
        and p.weekday is None
        and p.holiday is None
        and p.shift is None
        and p.build is Build.CALENDAR
    )


#: Units of a recurrence within a day: "every 20 minutes", "hourly".
_WITHIN_A_DAY = frozenset({Unit.HOUR, Unit.MINUTE, Unit.SECOND})


def _recurs_by_the_day(p: Parts) -> bool:
    """Whether a set recurs on days, or parts of them, that have opening hours: "every Saturday", "on weekends",
    "every night", "daily", "twice a day", "seven days a week" (not "weekly", "every hour" or "every Jan. 8")."""
    if not _recurs(p):
        return False
    if p.weekday is not None or p.part_of_day is not None or p.value in _DAILY_SETS:
        return True
    return p.frequency and p.unit in (Unit.DAY, Unit.WEEK)


def _first_after(candidates: list[Period], named: Period, reach: dt.timedelta) -> Period | None:
    """The first candidate that begins after ``named`` begins, within ``reach`` of it."""
    after = [c for c in candidates if named.start < c.start <= named.start + reach]
    return min(after, key=lambda c: c.start) if after else None


def _against(tense: Tense, direction: int) -> bool:
    """Whether an offset's direction contradicts its clause: "later" in the past, "earlier" in the future."""
    return (tense is Tense.PAST and direction > 0) or (tense is Tense.FUTURE and direction < 0)


def _year_candidates(anchor: dt.datetime, make: Callable[[int], Period]) -> list[Period]:
    """The periods ``make`` builds for the anchor's year and its neighbours (skipping impossible ones)."""
    periods: list[Period] = []
    coarse: dict[int, _Coarse] = {}
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            periods.append(make(year))
        except ValueError:
            continue
        except _Coarse as only_year:  # a lunar holiday in a year its table does not reach
            coarse[year] = only_year
    if not periods and coarse:
        raise coarse.get(anchor.year) or next(iter(coarse.values()))
    return periods


def _year_within(period: Period, month: int) -> int:
    """The year in which ``month`` falls within ``period`` (a year, or a season across two years: December of
    the winter of 2024 is 2024's, its February 2025's); the period's first year if the month is not in it."""
    for year in range(period.start.year, period.end.year + 1):
        if period.start <= dt.datetime(year, month, 1) < period.end:
            return year
    return period.start.year


def _shift_choice(candidates: list[Period], anchor: dt.datetime, shift: int, by_week: bool) -> Period:
    """ "last"/"this"/"next" + a calendar name.

    "Last" is the latest one over before the anchor day and "next" the first one to come: "last
    April" written in October is April of the same year, "last October" the previous year's.
    "This" counts in the anchor's week for weekdays ("this Friday") and in the anchor's year for
    months, seasons and holidays ("this September").
    """
    day = dt.datetime(anchor.year, anchor.month, anchor.day)
    if shift > 0:
        later = [c for c in candidates if c.start > day]
        return min(later, key=lambda c: c.start) if later else max(candidates, key=lambda c: c.start)
    if shift < 0:
        earlier = [c for c in candidates if c.end <= day]
        return max(earlier, key=lambda c: c.start) if earlier else min(candidates, key=lambda c: c.start)
    if by_week:
        week = period_of(day, Granularity.WEEK)
        this_week = next((c for c in candidates if week.start <= c.start < week.end), candidates[0])
        if day.weekday() >= _SATURDAY and this_week.end <= day:
            # "this Thursday" written at the weekend is the one coming, not the one the week has passed
            return min((c for c in candidates if c.start > day), key=lambda c: c.start, default=this_week)
        return this_week
    in_year = [c for c in candidates if c.start.year == anchor.year]
    return in_year[0] if in_year else _choose(candidates, anchor, Tense.NONE, _Choice.NEAREST)


#: How many mentions either side of a holiday may name the day it falls on: "closed Monday, Oct. 12, for Thanksgiving".
_BESIDE_MENTIONS = 3

#: How far ahead of the anchor a two-digit year may lie: "'30" written in 2022 is 2030, "'68" is 1968.
_TWO_DIGIT_YEARS_AHEAD = 20


def _full_year(year: int, digits: int, anchor: dt.datetime | None) -> int:
    """A two-digit year: the latest one no more than 20 years after the anchor ('89 -> 1989 in 2022)."""
    if digits > 2:
        return year
    base = anchor.year if anchor else 2000
    options = [c * 100 + year for c in (base // 100 - 1, base // 100, base // 100 + 1)]
    return max(y for y in options if y <= base + _TWO_DIGIT_YEARS_AHEAD)


class Resolver:
    """Resolves mentions of one language under one anchor policy."""

    def __init__(self, language: Language, policy: AnchorPolicy = AnchorPolicy.NEWS) -> None:
        self.language = language
        self.policy = AnchorPolicy(policy)

    def resolve(
        self,
        text: str,
        mentions: Iterable[Mention],
        reference: dt.datetime | None,
        sentences: Sentences | None = None,
    ) -> tuple[TimeExpression, ...]:
        """TimeExpressions for ``mentions`` of ``text`` (``sentences``: its sentences, if already split)."""
        doc = _Document(text, reference, self.language, self.policy, sentences)
        mentions, doc.timetable_hours = self._timetable_days(text, tuple(mentions))
        # what one mention tells of another before either is resolved: ranges, restatements, named days
        for read_together in (
            self._ranges_of_days,
            self._restated_days,
            self._historic_days,
            functools.partial(self._national_holidays, reference=reference),
            self._continue_sets,
            self._rates_of_a_count,
            self._clocks_beside_a_24_hour_clock,
        ):
            mentions = read_together(text, mentions)
        mentions = _day_first_if_written_so(mentions, reference)
        doc.evening_starts = [m.start for m in mentions if m.parts.part_of_day in _EVENING]
        ranges = [
            (here, after)
            for here, after in itertools.pairwise(mentions)
            if _is_bare_clock(here.parts) and after.parts.hour is not None and self._joined(text, here, after)
        ]
        doc.range_starts = frozenset(here.start for here, _ in ranges)
        doc.range_ends = {here.start: after.end for here, after in ranges}
        doc.range_closers = frozenset(after.start for _, after in ranges)
        cues = self.language.cues
        doc.overnight_starts = frozenset(
            here.start
            for here, after in ranges
            if _runs_past_midnight(here, after)
            # (not a time moved to another: "the 5K has been moved from 9 a.m. to 7 a.m.")
            and cues.moved_from.search(text, max(0, here.start - _CUE_REACH), here.start) is None
            # (not a restatement in another zone: "at 4:14 pm (1414 GMT)")
            and (
                cues.clock_range.fullmatch(text, here.end, after.start)
                or cues.span_join.fullmatch(text, here.end, after.start)
            )
        )
        doc.weekday_range_ends = {
            here.start: after.parts.weekday
            for here, after in itertools.pairwise(mentions)
            # (a part of the day or "late" may go with it: "from late Saturday night through Monday morning")
            if here.parts
            == Parts(Build.CALENDAR, weekday=here.parts.weekday, part_of_day=here.parts.part_of_day, mod=here.parts.mod)
            and after.parts.weekday is not None
            and after.parts.continues
            and after.parts.month is None
        }
        doc.day_range_ends = {
            here.start: (after.parts.month, after.parts.day)
            for here, after in itertools.pairwise(mentions)
            if here.parts == Parts(Build.CALENDAR, month=here.parts.month, day=here.parts.day)
            and here.parts.month is not None
            and here.parts.day is not None
            and after.parts.month is not None
            and after.parts.day is not None
            and after.parts.continues
            and after.parts.year is None
        }
        doc.stretches = [m for m in mentions if self._stretches_over_days(text, m)]
        doc.stretch_starts = [m.start for m in doc.stretches]
        stretching = frozenset(doc.stretch_starts)
        days = [m for m in mentions if m.parts.hour is None and _names_a_day(m.parts)]
        doc.days = days
        doc.day_starts = [m.start for m in days]
        doc.dated_clock_starts = [m.start for m in mentions if m.parts.hour is not None and _names_a_day(m.parts)]
        doc.single_days = frozenset(m.start for m in days if m.parts.weekday is not None or m.parts.day is not None)
        doc.one_day_starts = [
            m.start
            for m in days
            if m.parts.build is not Build.DURATION
            and (m.parts.weekday is not None or m.parts.day is not None or m.parts.relative_day is not None)
        ]
        doc.day_ends = [m.end for m in days]
        doc.day_sentences = frozenset(
            doc.sentences.index_at(m.start)
            for m in days
            if m.parts.build is not Build.DURATION and m.start not in stretching
        )
        first_days: dict[int, int] = {}
        for m in mentions:
            if m.parts.build is Build.CALENDAR and _names_a_day(m.parts) and m.start not in stretching:
                first_days.setdefault(doc.sentences.index_at(m.start), m.start)
        doc.recurrences = tuple(
            sorted(
                (
                    Span(m.start, m.end)
                    for m in mentions
                    if _recurs(m.parts)
                    # (a recurrence within the hours of a day its sentence has named leaves them that day's:
                    # "fireworks at 9:15 p.m. Thursday, and the trolley will run every 20 minutes from 5 p.m. until
                    # midnight")
                    and not (
                        m.parts.unit in _WITHIN_A_DAY
                        and first_days.get(doc.sentences.index_at(m.start), m.start) < m.start
                    )
                ),
                key=lambda s: s.start,
            )
        )
        doc.recurrence_starts = [span.start for span in doc.recurrences]
        doc.recurring_days = frozenset(m.start for m in mentions if _recurs_by_the_day(m.parts))
        doc.hour_spans = frozenset(
            here.start
            for here, after in ranges
            if cues.clock_range.fullmatch(text, here.end, after.start)
            or cues.span_join.fullmatch(text, here.end, after.start)
        )
        out = []
        restated = self._restated_clocks(text, mentions)
        for index in self._order(text, mentions):
            mention = mentions[index]
            try:
                value = self._value(mention, doc)
            except _Coarse as coarse:
                value = self._within_coarse(mention, coarse)
            except _Recurring:
                value = self._unresolved(mention, "recurring")
            except _Unresolvable:
                value = self._unresolved(mention)
            except (ValueError, OverflowError):
                continue  # the words do not name a real date, e.g. "February 30"
            if value is None:
                continue
            expression = self._expression(mention, value)
            out.append(expression)
            if mention.parts.build is Build.DURATION and mention.parts.count and mention.parts.unit:
                doc.last_length = mention
            # a comparison period ("a year ago" = last year's quarter) is not what the text is about:
            # later anaphora ("the quarter", "a year earlier") must not count from it
            benchmark = value.period is not None and self._is_benchmark(mention, doc)
            if benchmark and value.period is not None and value.period.granularity is Granularity.YEAR:
                doc.benchmark_year = (Span(mention.start, mention.end), value.period)
            flashback = value.period is not None and self._is_flashback(mention, value, doc)
            if flashback and value.period is not None:
                doc.flashback = (Span(mention.start, mention.end), value.period)
            if (
                value.period is not None
                and value.type in (TimexType.DATE, TimexType.TIME)
                and not value.comparison
                and index not in restated
                and not benchmark
                and not flashback
                # (a night the story passed through moves it nowhere: "whose gamble backfired overnight, will go to
                # the palace at 12.30pm"; nor does the day an anniversary is of: "to commemorate the 75th anniversary
                # of D-Day. A day earlier, he had held talks")
                and not mention.parts.through_the_night
                and not self.language.cues.nth_anniversary_of.search(
                    doc.text, max(0, mention.start - _CUE_REACH), mention.start
                )
                # (its calendar months are unknown: "in Q2 FY25 from Rs 13,290 crore in the year-ago quarter")
                and not _a_fiscal_part(mention, value)
            ):
                how = value.how.split("+")[0]
                if value.anchor is Anchor.PREVIOUS and (
                    how in _NARRATING
                    # a clock time on the day a story has reached: "Shortly before 2 a.m. the next day"
                    or (how == "same-day" and doc.mentions and doc.mentions[-1][0].start in doc.narrated)
                ):
                    doc.narrated.add(mention.start)
                point = self._story_point(mention, value, doc)
                if value.how.endswith(_APPOSED) and doc.mentions:
                    point = doc.mentions[-1][1]  # an apposition restates a date, the story stays where that left it
                if point is not value.period:
                    doc.passed[mention.start] = value.period
                doc.mentions.append((Span(mention.start, mention.end), point))
                if (mention.parts.weekday is not None and mention.parts.holiday is None) or mention.parts.continues:
                    doc.loose_days.add(mention.start)
        return tuple(sorted(out, key=lambda e: e.start))

    @staticmethod
    def _story_point(mention: Mention, value: _Value, doc: _Document) -> Period:
        """Where a date leaves the story: the date itself, or for one a length of time is counted from
        ("on Monday, a day after Diwali, ... at 8 am"; "Eight trading days after Oct. 12, ... Three days
        later") the day that length reaches."""
        assert value.period is not None
        elapsed = doc.elapsed_before(mention) if value.how.startswith("elapsed-") else None
        if elapsed is None:
            return value.period
        length, direction = elapsed
        assert length.count is not None and length.unit is not None
        reached = add_units(value.period.start, -direction * length.count, length.unit)
        return Period.day(reached.date())

    def _is_flashback(self, mention: Mention, value: _Value, doc: _Document) -> bool:
        """Whether ``mention`` looks back from the story's time in the past perfect ("The man had checked in
        three nights earlier", "had been postponed from the previous afternoon"): the story stays where it was."""
        p = mention.parts
        back = (p.direction or 0) < 0 or (p.anaphoric_shift or 0) < 0
        return back and value.anchor is Anchor.PREVIOUS and doc.in_perfect(mention, self.language.cues.past_perfect)

    def _continue_sets(self, text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Weekdays listed after a recurring one recur too: "every Wednesday and Saturday", "every Monday,
        Wednesday and Friday"."""
        listed = list(mentions)
        join = self.language.cues.list_join
        for index in range(1, len(listed)):
            before, here = listed[index - 1], listed[index]
            if (
                before.parts.build is Build.SET
                and before.parts.weekday is not None
                and here.parts.build is Build.CALENDAR
                # (a weekday right after "and" is read as continuing a day: "every Monday and Tuesday")
                and here.parts == Parts(Build.CALENDAR, weekday=here.parts.weekday, continues=here.parts.continues)
                and join.fullmatch(text, before.end, here.start)
            ):
                listed[index] = attrs.evolve(here, parts=attrs.evolve(before.parts, weekday=here.parts.weekday))
        return tuple(listed)

    def _clocks_beside_a_24_hour_clock(self, text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """Four figures read as a year are a clock time beside one written with a leading zero: "starts at 0700, is
        meant to finish at 1530", "between 0700 and 1900"."""
        clocks = [m.start for m in mentions if m.rule == _MILITARY_CLOCK_RULE]  # (in order)
        if not clocks:
            return mentions
        listed = list(mentions)
        for index, mention in enumerate(listed):
            p = mention.parts
            if (
                p != Parts(Build.CALENDAR, year=p.year)
                or len(mention.text) != _HHMM_DIGITS
                or not mention.text.isdigit()
                or int(mention.text[:2]) >= _HOURS_IN_A_DAY
                or int(mention.text[2:]) >= _MINUTES_IN_AN_HOUR
                or bisect.bisect_left(clocks, mention.start - _CLOCK_PARTNER_REACH)
                == bisect.bisect_right(clocks, mention.start + _CLOCK_PARTNER_REACH)
                or self.language.cues.clock_time_before.search(text, max(0, mention.start - _CUE_REACH), mention.start)
                is None
            ):
                continue
            clock = Parts(Build.CALENDAR, hour=int(mention.text[:2]), minute=int(mention.text[2:]))
            listed[index] = attrs.evolve(mention, rule=_MILITARY_CLOCK_RULE, parts=clock)
        return tuple(listed)

    def _rates_of_a_count(self, text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """A length of one unit after a count of things is a rate: "limited to one halibut a day", "15 free hours of
        childcare a week" (but "two men spent a week", "five died a week after the storm")."""
        cues = self.language.cues
        listed = list(mentions)
        for index, mention in enumerate(listed):
            p = mention.parts
            if (
                p.build is not Build.DURATION
                or p.count != 1
                or p.unit not in _RATE_UNITS
                or p != Parts(Build.DURATION, unit=p.unit, count=1)
                or len(article_and_unit := mention.text.lower().split()) != 2  # (not "a full week", "an extra month")
                or article_and_unit[0] not in cues.particles.bare_articles
                or cues.after_a_length.match(text, mention.end)
            ):
                continue
            counted = cues.count_before_a_rate.search(text, max(0, mention.start - _RATE_COUNT_REACH), mention.start)
            if counted is None:
                continue
            *between, last = counted.group().lower().split()[1:]
            if (
                last in cues.before_a_length
                or last.endswith(cues.particles.past_ending)
                or not cues.not_in_a_count.isdisjoint(between)
            ):
                # (a verb whose object the length is: "waits are averaging 23 minutes and could top an hour", "the two
                # sides agreed a month ago")
                continue
            listed[index] = attrs.evolve(mention, rule=_RATE_RULE, parts=Parts(Build.SET, unit=p.unit))
        return tuple(listed)

    def _timetable_days(self, text: str, mentions: tuple[Mention, ...]) -> tuple[tuple[Mention, ...], frozenset[int]]:
        """A range of days beside a range of hours is a timetable: its days and hours recur ("is open Monday
        through Friday, 9 a.m. to 5 p.m.", "Mon-Fri 9am-5pm", "will trade from 8am to 6pm, Monday to Saturday"), and
        so do the entries listed after it ("; Sat 10am-4pm"). Returns the mentions and where the recurring hours
        start."""
        listed = list(mentions)
        cues = self.language.cues
        hours: set[int] = set()

        def plain_day(index: int, *, continues: bool = False) -> bool:
            p = listed[index].parts if index < len(listed) else None
            return (
                p is not None
                and p.weekday is not None
                and p == Parts(Build.CALENDAR, weekday=p.weekday, continues=continues)
            )

        def hour_range(opening: Mention, closing: Mention) -> bool:
            return (
                opening.parts.hour is not None
                and closing.parts.hour is not None
                and (
                    cues.span_join.fullmatch(text, opening.end, closing.start) is not None
                    or cues.hours_join.fullmatch(text, opening.end, closing.start) is not None
                )
            )

        def hours_after(index: int) -> bool:  # a range of hours right after mention ``index``
            return (
                index + 2 < len(listed)
                and hour_range(listed[index + 1], listed[index + 2])
                and cues.days_to_hours.fullmatch(text, listed[index].end, listed[index + 1].start) is not None
            )

        def hours_before(index: int) -> bool:  # a range of hours right before mention ``index``
            return (
                index >= 2
                and listed[index - 2].start not in hours
                and hour_range(listed[index - 2], listed[index - 1])
                and cues.days_to_hours.fullmatch(text, listed[index - 1].end, listed[index].start) is not None
            )

        index, in_timetable = 0, False
        while index < len(listed):
            ranged = (
                plain_day(index)
                and plain_day(index + 1, continues=True)
                and (cues.span_join.fullmatch(text, listed[index].end, listed[index + 1].start) is not None)
            )
            days = 2 if ranged else 1
            listed_after = (
                in_timetable and cues.list_break.fullmatch(text, listed[index - 1].end, listed[index].start) is not None
            )
            if (ranged or (listed_after and plain_day(index))) and hours_after(index + days - 1):
                for day in range(index, index + days):
                    listed[day] = attrs.evolve(listed[day], parts=Parts(Build.SET, weekday=listed[day].parts.weekday))
                hours.update((listed[index + days].start, listed[index + days + 1].start))
                index, in_timetable = index + days + 2, True
                continue
            dated_run = (
                index + 1 < len(listed)
                and listed[index].parts.day is not None
                and listed[index + 1].parts.day is not None
                and listed[index].parts.hour is None
                and listed[index + 1].parts.hour is None
                and cues.span_join.fullmatch(text, listed[index].end, listed[index + 1].start) is not None
            )
            if dated_run and hours_after(index + 1):
                # hours after a run of dates are kept on each of them: "from Monday 16 to Friday 20 February, between
                # 2pm and 5pm"
                hours.update((listed[index + 2].start, listed[index + 3].start))
                index, in_timetable = index + 4, False
                continue
            if ranged and hours_before(index):
                for day in (index, index + 1):
                    listed[day] = attrs.evolve(listed[day], parts=Parts(Build.SET, weekday=listed[day].parts.weekday))
                hours.update((listed[index - 2].start, listed[index - 1].start))
                index, in_timetable = index + 2, True
                continue
            index, in_timetable = index + 1, False
        return tuple(listed), frozenset(hours)

    def _weekday_ending_a_run_of_clocks(self, text: str, mentions: tuple[Mention, ...], index: int) -> bool:
        """Whether mention ``index`` is a bare weekday a clock time is on, and that clock time ends a run from a
        weekday before it: "from 5.30 pm on Wednesday to 11.30 pm on Thursday"."""
        if index < 2:
            return False
        opening, clock, day = mentions[index - 2], mentions[index - 1], mentions[index]
        cues = self.language.cues
        return (
            clock.parts.hour is not None
            and clock.parts.weekday is None
            and clock.parts.month is None
            and opening.parts.weekday is not None
            and day.parts.weekday is not None
            and opening.parts.weekday != day.parts.weekday
            and day.parts == Parts(Build.CALENDAR, weekday=day.parts.weekday)
            and day.start - opening.end <= _WEEKDAY_RUN_GAP
            and cues.run_end.search(text, opening.end, clock.start) is not None
            and cues.clock_on_its_day.fullmatch(text, clock.end, day.start) is not None
        )

    def _ranges_of_days(self, text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """The end of a range runs forward from its start: "closed from 9 p.m. Friday to 5 a.m. Monday",
        "from Nov. 15 through Jan. 10", "beginning Jan. 1 and ending June 30" (bare weekdays and days of
        the month have their own rules: "Friday to Monday", "April 24-25")."""
        out = list(mentions)
        for index in range(1, len(mentions)):
            start, end = mentions[index - 1].parts, mentions[index].parts
            clock_on_weekday = (
                end.weekday is not None and end.hour is not None and end.month is None and start.weekday is not None
            )
            day_of_month = (
                end.month is not None
                and end.day is not None
                and end.year is None
                and end.weekday is None
                and end.year_shift is None
                and start.month is not None
                and start.day is not None
            )
            # "from EW 1 to EW 18 of 2023"
            numbered_weeks = (
                start.part_unit is Unit.WEEK
                and end.part_unit is Unit.WEEK
                and start.year is None
                and end.year is not None
            )
            between = (
                self.language.cues.range_end.fullmatch(text, mentions[index - 1].end, mentions[index].start) is not None
            )
            if not between and (
                day_of_month or numbered_weeks or (start.holiday is not None and end.holiday is not None)
            ):
                # "between Thanksgiving and Christmas", "from Christmas to New Year's Day", "due between March 1
                # and May 31"
                opening = self.language.cues.range_opening.search(
                    text, max(0, mentions[index - 1].start - _CUE_REACH), mentions[index - 1].start
                )
                joined = self.language.cues.range_close.fullmatch(text, mentions[index - 1].end, mentions[index].start)
                between = opening is not None and joined is not None
            holidays = start.holiday is not None and end.holiday is not None and end.year is None
            # "from April to the end of November"
            months = (
                _is_bare_month(start)
                and _is_bare_month(end)
                and self.language.cues.range_opening.search(
                    text, max(0, mentions[index - 1].start - _CUE_REACH), mentions[index - 1].start
                )
                is not None
            )
            if self._weekday_ending_a_run_of_clocks(text, mentions, index):
                # "from 5.30 pm on Wednesday to 11.30 pm on Thursday", "close at 1pm on Saturday and stay shut until
                # 9am on Tuesday": the end's day after the start's
                out[index] = attrs.evolve(mentions[index], parts=attrs.evolve(end, continues=True))
            if (clock_on_weekday or day_of_month or holidays or months) and between:
                out[index] = attrs.evolve(mentions[index], parts=attrs.evolve(end, continues=True))
            # a start without a year before an end with one
            stated_end = (
                start.month is not None
                and start.year is None
                and end.month is not None
                and end.year is not None
                and end.year_digits == 4
            )
            dated_end = stated_end and start.day is not None and end.day is not None and start.weekday is None
            unshifted = start.year_shift is None and start.shift is None
            listed_months = stated_end and unshifted and start.day is None and end.day is None
            listed = (listed_months or (dated_end and unshifted)) and (
                between or self.language.cues.list_join.fullmatch(text, mentions[index - 1].end, mentions[index].start)
            )
            if numbered_weeks and between:
                # "from EW 1 to EW 18 of 2023": both weeks are of the year written after the second
                out[index - 1] = attrs.evolve(out[index - 1], parts=attrs.evolve(start, year=end.year, shift=None))
            shifted_end = (
                start.month is not None
                and start.year is None
                and start.day is None
                and end.month is not None
                and end.day is None
                and end.year is None
                and end.year_shift is not None
                and start.year_shift is None
                and start.shift is None
                and (
                    between
                    or (
                        self.language.cues.range_opening.search(
                            text, max(0, mentions[index - 1].start - _CUE_REACH), mentions[index - 1].start
                        )
                        is not None
                        and self.language.cues.range_close.fullmatch(
                            text, mentions[index - 1].end, mentions[index].start
                        )
                        is not None
                    )
                )
            )
            if shifted_end:
                # "between March and June last year": the start is in the end's year, or the one before
                assert end.year_shift is not None and end.month is not None and start.month is not None
                shift = end.year_shift if start.month <= end.month else end.year_shift - 1
                out[index - 1] = attrs.evolve(out[index - 1], parts=attrs.evolve(start, year_shift=shift))
            if (dated_end and between) or listed:
                # "from May 26 through Sept. 10, 2018", "in November and December of 2019", "from October to March
                # 2021", "on May 31 and June 1, 1921": the start is in the end's year, or the one before
                assert end.year is not None and end.month is not None and start.month is not None
                before_end = (start.month, start.day or 0) <= (end.month, end.day or 0)
                year = end.year if before_end else end.year - 1
                out[index - 1] = attrs.evolve(out[index - 1], parts=attrs.evolve(start, year=year, year_digits=4))
        for index in range(len(out) - 1, 1, -1):
            # the year passes back along a list: "for each of April, May and June 2016", "on May 30, May 31 and
            # June 1, 1921"
            start, end = out[index - 2].parts, out[index - 1].parts
            if (
                mentions[index - 1].parts.year is None
                and end.year is not None
                and start.year is None
                and start.month is not None
                and end.month is not None
                and start.weekday is None
                and (start.day is None) == (end.day is None)
                and start.year_shift is None
                and start.shift is None
                and self.language.cues.list_join.fullmatch(text, out[index - 2].end, out[index - 1].start)
            ):
                before_end = (start.month, start.day or 0) <= (end.month, end.day or 0)
                year = end.year if before_end else end.year - 1
                out[index - 2] = attrs.evolve(out[index - 2], parts=attrs.evolve(start, year=year, year_digits=4))
        return tuple(out)

    def _restated_days(self, text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """A weekday restated as a date in brackets is that date: "from Thursday (March 31)"."""
        out = list(mentions)
        for index in range(len(mentions) - 1):
            day, date = mentions[index], mentions[index + 1]
            p, q = day.parts, date.parts
            a_date = p.weekday is not None and q.month is not None and q.day is not None and q.weekday is None
            restated = a_date and (
                (
                    p == Parts(Build.CALENDAR, weekday=p.weekday)
                    and self.language.cues.restatement.fullmatch(text, day.end, date.start)
                )
                # "the following Saturday, April 22": the day counted from the story is the date that restates it;
                # "will peak Saturday night, Dec. 13, into Sunday morning": the night of the date that restates it
                or (
                    (
                        (p.anaphoric_shift is not None and p.unit is None)
                        or (
                            p.part_of_day is not None
                            and q.hour is None
                            and p == Parts(Build.CALENDAR, weekday=p.weekday, part_of_day=p.part_of_day)
                        )
                    )
                    and self.language.cues.apposition.fullmatch(text, day.end, date.start)
                )
            )
            if restated:
                out[index] = attrs.evolve(
                    day, parts=attrs.evolve(q, weekday=p.weekday, part_of_day=p.part_of_day, continues=False)
                )
            # a weekday joined to the holiday it falls on is that holiday: "Monday's Memorial Day holiday",
            # "Father's Day is Sunday"
            for weekday, holiday in ((index, index + 1), (index + 1, index)):
                w, h = mentions[weekday].parts, mentions[holiday].parts
                first, second = mentions[min(weekday, holiday)], mentions[max(weekday, holiday)]
                if (
                    w.weekday is not None
                    and w == Parts(Build.CALENDAR, weekday=w.weekday)
                    and h.holiday is not None
                    and h.year is None
                    and h.weekday is None
                    and self.language.cues.holiday_apposition.fullmatch(text, first.end, second.start)
                    # (not a holiday a preposition governs: "the deadline to arrive by Christmas is Saturday")
                    and not (holiday < weekday and _word_before(text, first.start) in self.language.cues.prepositions)
                ):
                    out[weekday] = attrs.evolve(mentions[weekday], parts=attrs.evolve(h, weekday=w.weekday))
        return tuple(out)

    def _historic_days(self, text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """A day that names a historic event is that day of its year: "the Sept. 11 attacks", "the Jan. 6 riot",
        "on D-Day"."""
        named = self.language.cues.historic_days
        out = list(mentions)
        for index, m in enumerate(mentions):
            p = m.parts
            historic_year = self.language.cues.historic_holidays.get(p.holiday or "")
            if historic_year is not None and p.year is None and p.year_shift is None and p.shift is None:
                out[index] = attrs.evolve(m, parts=attrs.evolve(p, year=historic_year, historic=True))
                continue
            if (
                p.month is None
                or p.day is None
                or p.year is not None
                or p.year_shift is not None
                or p.shift is not None
            ):
                continue
            event = named.get((p.month, p.day))
            if event is not None and event[0].match(text, m.end):
                out[index] = attrs.evolve(m, parts=attrs.evolve(p, year=event[1], historic=True))
        return tuple(out)

    def _national_holidays(
        self, text: str, mentions: tuple[Mention, ...], reference: dt.datetime | None
    ) -> tuple[Mention, ...]:
        """A holiday several countries keep under one name is that of the country named right before it ("the
        Scottish summer bank holiday"), else the one its sentence names most ("Canada Post says there will be no
        mail delivery today for Thanksgiving"), else the one the text names most, and more than once ("Modi hoisted
        the flag on Independence Day. ... India ..."); with none named, the one that falls on a day its sentence
        names ("closed Monday, Oct. 12, for Thanksgiving", "closed today for Thanksgiving" written on Canada's), else
        the language's own."""
        cues = self.language.cues
        kept = [i for i, m in enumerate(mentions) if m.parts.holiday in cues.national_holidays]
        if not kept:
            return mentions
        # (a dateline in capitals names its place too: "ISLAMABAD: Preparations are in full swing")
        dateline = cues.dateline.match(text)
        story = text if dateline is None else f"{dateline.group().title()} {text}"
        story_country = self._country_named(story, 0, len(story), _STORY_COUNTRY_MENTIONS)
        sentences = Sentences(text, cues)
        out = list(mentions)
        for index in kept:
            p = mentions[index].parts
            assert p.holiday is not None
            before = words(text, max(0, mentions[index].start - _CUE_REACH), mentions[index].start)
            adjective = text[before[-1][1] : before[-1][2]] if before else ""
            sentence = sentences.at(mentions[index].start)
            country = next(
                (code for code, names in cues.country_names.items() if names.fullmatch(adjective)),
                self._country_named(text, sentence.start, sentence.end, 1) or story_country,
            )
            holiday = cues.national_holidays[p.holiday].get(country)
            if holiday is None and not country:
                holiday = self._holiday_on_a_day_named(index, mentions, reference)
            if holiday is not None:
                out[index] = attrs.evolve(mentions[index], parts=attrs.evolve(p, holiday=holiday))
        return tuple(out)

    def _holiday_on_a_day_named(
        self, index: int, mentions: tuple[Mention, ...], reference: dt.datetime | None
    ) -> str | None:
        """The country's holiday among those kept under the name of the holiday mention ``index`` names that falls on a
        day named right beside it, by its month and day or as the day of the reference ("today"), when the language's
        own does not (not a day further off: "their next meeting, on Oct. 12, and a return before Thanksgiving")."""
        mention = mentions[index]
        holiday = mention.parts.holiday
        assert holiday is not None
        days: set[dt.date] = set()
        # (the few mentions either side are looked at: a text of many holidays and dates stays linear)
        for other in mentions[max(0, index - _BESIDE_MENTIONS) : index + _BESIDE_MENTIONS + 1]:
            if other.end < mention.start - _CUE_REACH or other.start > mention.end + _CUE_REACH or other is mention:
                continue
            q = other.parts
            if q.relative_day == 0 and reference is not None:
                days.add(reference.date())
            elif q.month is not None and q.day is not None and reference is not None:
                with contextlib.suppress(ValueError):
                    days.add(dt.date(q.year or reference.year, q.month, q.day))
        if not days:
            return None
        years = {day.year for day in days}
        if any(holiday_date(holiday, year) in days for year in years):
            return None
        return next(
            (
                kept
                for kept in self.language.cues.national_holidays[holiday].values()
                if any(holiday_date(kept, year) in days for year in years)
            ),
            None,
        )

    def _country_named(self, text: str, start: int, end: int, at_least: int) -> str:
        """The code of the country named most between ``start`` and ``end``, at least ``at_least`` times and more
        than any other; "" if none is."""
        counts = sorted(
            ((len(names.findall(text, start, end)), code) for code, names in self.language.cues.country_names.items()),
            reverse=True,
        )
        counts += [(0, "")] * 2
        (most, country), (second, _) = counts[0], counts[1]
        return country if most >= at_least and most > second else ""

    def _is_benchmark(self, mention: Mention, doc: _Document) -> bool:
        """A date a superlative is measured against: "the lowest since April 2000" (but not one a clause goes on to
        tell of: "its second major incident since 2016, when attackers stole data ... did not disclose it until a year
        later")."""
        return (
            # (the start of a record may take some words: "since modern record-keeping began in 1880")
            doc.preceded_by(mention, self.language.cues.benchmark, _BENCHMARK_REACH)
            and doc.follows_a_first(mention)
            and not self.language.cues.year_clause.match(doc.text, mention.end)
            # (a range's start keeps its place for the end after it: "its longest since the 2017-18 season")
            and doc.text[mention.end : mention.end + 1] not in _RANGE_DASHES
        )

    def _restated_clocks(self, text: str, mentions: tuple[Mention, ...]) -> set[int]:
        """Clock times that restate the one before in another zone: "2 p.m. EST (1900 GMT)"."""
        opening = self.language.cues.restatement
        return {
            index
            for index in range(1, len(mentions))
            if mentions[index].parts.hour is not None
            and mentions[index - 1].parts.hour is not None
            and opening.fullmatch(text, mentions[index - 1].end, mentions[index].start)
        }

    def _joined(self, text: str, clock: Mention, after: Mention) -> bool:
        """Whether a clock time and the clock time or day after it belong together ("2 p.m. and 6 p.m. on
        July 20", "10:35 a.m. (0735 GMT) Friday")."""
        cues = self.language.cues
        if cues.clock_to_day.fullmatch(text, clock.end, after.start):
            return True
        if (
            after.parts.hour is None
            and cues.clock_adjective.search(text, max(0, clock.start - _ARTICLE_REACH), clock.start)
            and cues.clock_noun_to_day.fullmatch(text, clock.end, after.start)
        ):
            return True  # "the 10:55 p.m. red-eye out of San Francisco on Sunday, Jan. 13", "a 12:35 p.m. game Sunday"
        return after.parts.hour is not None and cues.clock_range.fullmatch(text, clock.end, after.start) is not None

    def _order(self, text: str, mentions: tuple[Mention, ...]) -> list[int]:
        """The order to resolve ``mentions`` in: the text's, except that a day named right after clock
        times or a part of the day ("10:35 a.m. (0735 GMT) Friday", "in the early evening on Oct. 8") goes before
        them, so that they fall on it."""
        # the day each bare clock time falls on, found right to left so that a chain stays linear
        day_of: list[int | None] = [None] * len(mentions)
        for index in range(len(mentions) - 2, -1, -1):
            here, after = mentions[index], mentions[index + 1]
            part_of_day = _is_bare_part_of_day(here.parts)
            if not (_is_bare_clock(here.parts) or part_of_day):
                continue
            if (
                not part_of_day
                and _is_bare_clock(after.parts)
                and (
                    self._joined(text, here, after)
                    or self.language.cues.clock_list.fullmatch(text, here.end, after.start)
                )
            ):
                day_of[index] = day_of[index + 1]
            elif (
                after.parts.build is Build.CALENDAR
                and _names_a_day(after.parts)
                and (
                    self._joined(text, here, after)
                    # (or it restates the clock time in another zone: "at 8 p.m. ET/5 p.m. PT Sunday")
                    or (
                        after.parts.hour is not None
                        and self.language.cues.clock_list.fullmatch(text, here.end, after.start)
                    )
                )
                and not labels_an_entry(text, after.start, after.end)
            ):
                day_of[index] = index + 1
        order: list[int] = []
        done: set[int] = set()
        for index, day in enumerate(day_of):
            for step in (day, index):
                if step is not None and step not in done:
                    order.append(step)
                    done.add(step)
        return order

    # ---------------------------------------------------------------- output
    def _expression(self, mention: Mention, value: _Value) -> TimeExpression:
        parts = mention.parts
        period = value.period
        fields = _VALUE_FIELDS[value.granularity] if period is not None else ()
        stated = set(value.stated)
        implied = tuple(f for f in fields if f not in stated)
        anchor = value.anchor
        if anchor is Anchor.NONE and implied and period is not None:
            anchor = Anchor.REFERENCE
        timex, interval = value.value, period.interval if period is not None else None
        if _a_fiscal_part(mention, value):
            timex, interval = _FISCAL_MARK + timex, None
        return TimeExpression(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            type=value.type,
            value=timex,
            granularity=value.granularity,
            rule=f"{mention.rule}/{value.how}",
            mod=parts.mod or parts.quantity_mod,
            interval=interval,
            stated=tuple(sorted(stated)),
            implied=implied,
            anchor=anchor,
        )

    def _within_coarse(self, mention: Mention, coarse: _Coarse) -> _Value:
        """ "that day" after "in 1990": a day of 1990 ("1990-XX-XX"), with 1990 as its interval."""
        p = mention.parts
        granularity = UNIT_GRANULARITY[p.unit or Unit.DAY]
        padding = _x_value(granularity)
        previous = coarse.previous
        value = previous.timex + padding[len(previous.timex) :]
        return _Value(TimexType.DATE, value, granularity, coarse.how, previous, coarse.anchor)

    def _unresolved(self, mention: Mention, why: str = "no-anchor") -> _Value:
        """A value with X for what only an anchor could tell ("XXXX-02-09", "XXXX-WXX-5"), or for a clock
        time that recurs ("XXXX-XX-XXT10:00")."""
        p = mention.parts
        suffix = f"T{p.part_of_day}" if p.part_of_day else ""
        kind = TimexType.TIME if suffix else TimexType.DATE
        if p.hour is not None:
            day = f"XXXX-{p.month:02d}-{p.day:02d}" if p.month is not None and p.day is not None else "XXXX-XX-XX"
            kind, value, granularity, how = (
                TimexType.TIME,
                f"{day}T{_hour(p):02d}:{p.minute or 0:02d}",
                Granularity.MINUTE,
                "clock",
            )
        elif p.weekday is not None and p.month is None and p.build is not Build.OFFSET:
            value, granularity, how = f"XXXX-WXX-{p.weekday}{suffix}", Granularity.DAY, "weekday"
        elif p.month is not None:
            day = f"-{p.day:02d}" if p.day is not None else ""
            granularity = Granularity.DAY if p.day is not None else Granularity.MONTH
            value, how = f"XXXX-{p.month:02d}{day}{suffix}", "month"
        elif p.quarter is not None:
            value, granularity, how = f"XXXX-Q{p.quarter}", Granularity.QUARTER, "quarter"
        elif p.season is not None:
            value, granularity, how = f"XXXX-{p.season}", Granularity.SEASON, "season"
        elif p.half is not None:
            value, granularity, how = f"XXXX-H{p.half}", Granularity.HALF, "half"
        else:
            granularity = self._relative_granularity(p)
            value, how = _x_value(granularity) + suffix, "relative"
        return _Value(kind, value, granularity, f"{how}/{why}", anchor=Anchor.UNRESOLVED, stated=_stated(p))

    @staticmethod
    def _relative_granularity(p: Parts) -> Granularity:
        if p.relative_day is not None or p.weekday is not None or p.holiday is not None:
            return Granularity.DAY
        if p.unit is not None:
            return UNIT_GRANULARITY[p.unit]
        if p.decade is not None:
            return Granularity.DECADE
        return Granularity.DAY

    # ---------------------------------------------------------------- dispatch
    def _value(self, mention: Mention, doc: _Document) -> _Value | None:
        build = mention.parts.build
        if build is Build.VAGUE:
            return _Value(TimexType.DATE, mention.parts.value or "PRESENT_REF", Granularity.NONE, "vague")
        if build is Build.SET:
            return _set_value(mention.parts)
        if build is Build.DURATION:
            if mention.parts.value is not None:
                return _Value(TimexType.DURATION, mention.parts.value, Granularity.NONE, "duration/vague")
            if mention.parts.month is not None and mention.parts.day is not None:
                return self._period_ending(mention, doc)
            return _duration(mention.parts, "duration")
        if build is Build.OFFSET:
            return self._offset(mention, doc)
        if self._part_of_a_game(mention, doc) or self._hole_of_a_course(mention, doc):
            return None
        if mention.parts.before_common_era:
            return _before_common_era(mention.parts)
        return self._calendar(mention, doc)

    def _part_of_a_game(self, mention: Mention, doc: _Document) -> bool:
        """A bare half or quarter in a sentence about a game: "equalized early in the second half" (but not beside a
        company's accounts: "revenue rose in the third quarter, and the park will host the All-Star Game")."""
        p = mention.parts
        if (p.half is None and p.quarter is None) or p.year is not None or p.year_shift is not None or p.shift:
            return False
        cues = self.language.cues
        if cues.of_a_days_event.match(doc.text, mention.end):
            return True  # "hurt in the third quarter of Saturday night's loss"
        vocabulary = doc.sentences.tokens_at(mention.start).vocabulary
        if not cues.accounts_words.isdisjoint(vocabulary):
            return False
        if not cues.game_words.isdisjoint(vocabulary):
            return True
        sentence = doc.sentences.at(mention.start)
        if sentence.start not in doc.scored_sentences:
            doc.scored_sentences[sentence.start] = bool(cues.game_score.search(doc.text, sentence.start, sentence.end))
        return doc.scored_sentences[sentence.start]

    def _hole_of_a_course(self, mention: Mention, doc: _Document) -> bool:
        """A bare ordinal in a sentence about a round of golf: "made five straight birdies from the 10th"."""
        p = mention.parts
        if p.day is None or p.month is not None or p.weekday is not None:
            return False
        return not self.language.cues.course_words.isdisjoint(doc.sentences.tokens_at(mention.start).vocabulary)

    def _period_ending(self, mention: Mention, doc: _Document) -> _Value:
        """ "the quarter ended Sept. 30": that calendar quarter when the day ends one; a fiscal year
        ending Aug. 31 is no calendar year, so only its length is known."""
        p = mention.parts
        assert p.unit is not None and p.month is not None and p.day is not None
        granularity = UNIT_GRANULARITY[p.unit]
        try:
            if p.year is not None:
                last_day = dt.date(_full_year(p.year, p.year_digits, doc.reference), p.month, p.day)
            else:
                moment, _, _ = doc.anchor_for(anaphoric=False)
                month, day = p.month, p.day
                candidates = _year_candidates(moment, lambda y: Period.day(dt.date(y, month, day)))
                last_day = _choose(candidates, moment, Tense.PAST).start.date()
        except (_Unresolvable, ValueError):
            return _duration(p, "duration")
        period = period_of(last_day, granularity)
        if period.end.date() == last_day + dt.timedelta(days=1):
            return _Value(TimexType.DATE, period.timex, granularity, "period-ending", period, Anchor.REFERENCE)
        return _duration(p, "duration")

    # ---------------------------------------------------------------- offsets
    @staticmethod
    def _counts_from_a_day_ahead(mention: Mention, doc: _Document) -> bool:
        """Whether the sentence of ``mention`` names, before it, a date after the publication that it counts from:
        "The new funding period begins July 1, and the first progress report is due a year later"."""
        if not doc.mentions or doc.reference is None:
            return False
        span, latest = doc.mentions[-1]
        here = doc.sentences.index_at(mention.start)
        return latest.start > doc.reference and doc.sentences.index_at(span.start) == here

    def _offset(self, mention: Mention, doc: _Document) -> _Value | None:
        p = mention.parts
        if p.compared and p.year is not None and p.unit is None:
            # "fell in the first half of 2023 compared with the same period of 2019": that period, in that year
            base = self._compared_period(mention, doc)
            period = Period.year(p.year) if base is None else base.shift_years(p.year - base.start.year)
            return _Value(
                TimexType.DATE, period.timex, period.granularity, "offset/year-named", period, Anchor.PREVIOUS
            )
        apposition = (
            doc.apposed_day(mention)
            if p.anaphoric_direction
            and p.unit in (Unit.DAY, Unit.WEEK, Unit.YEAR)
            and (p.count is not None or p.apposed_only)
            else None
        )
        if apposition is None and p.apposed_only:
            return None  # "the day before the crash": counted from an event the text does not date
        clock = (
            doc.apposed(mention, Granularity.MINUTE)
            if p.anaphoric_direction and p.unit in (Unit.HOUR, Unit.MINUTE) and p.count is not None
            else None
        )
        if clock is not None:
            # "had reverted the change by 05:27 UTC, 78 minutes later": the time it restates
            return _Value(TimexType.TIME, clock.timex, clock.granularity, "offset/apposition", clock, Anchor.PREVIOUS)
        if apposition is not None:
            apposed, _ = apposition
            # "invited leaders to meet on May 9, eight days later": the day it restates; "On Sunday, 80 years
            # later, ...": the year of the day it restates
            if p.unit is Unit.YEAR:
                apposed = Period.year(apposed.start.year)
            return _Value(
                TimexType.DATE, apposed.timex, apposed.granularity, "offset/apposition", apposed, Anchor.PREVIOUS
            )
        value = self._counted_offset(mention, doc)
        if (
            value.granularity is Granularity.YEAR
            and value.period is not None
            and doc.reference is not None
            and value.period.start.year > doc.reference.year
            and mention.parts.anaphoric_direction
            and doc.tense(mention) is Tense.PRESENT
            and not self._counts_from_a_day_ahead(mention, doc)
        ):
            # "Twelve years later, she is an Olympic finalist": counted past the present, the story has come up to it
            year = Period.year(doc.reference.year)
            return _Value(TimexType.DATE, year.timex, year.granularity, "offset/to-the-present", year, Anchor.REFERENCE)
        return value

    def _counted_within(self, mention: Mention, doc: _Document) -> bool:
        """Whether a count of things stands right before the "in" of ``mention``: "nine rounds in four days", "will
        have run 1,000 kilometres in eight days"."""
        cues = self.language.cues
        before = words(doc.text, max(0, mention.start - _CUE_REACH), mention.start)
        if len(before) < 3:
            return False
        count, things, particle = (word for word, _, _ in before[-3:])
        return (
            (is_figure(count) or count in cues.number_words)
            and things.endswith(cues.particles.s_ending)
            and things.isalpha()
            and particle == cues.particles.done_within
        )

    def _length_of_something(self, mention: Mention, doc: _Document) -> bool:
        """Whether "of" follows the length ``mention`` counts: "in 16 days of racing" is a length of racing."""
        after = words(doc.text, mention.end, min(len(doc.text), mention.end + _CUE_REACH))
        return bool(after) and after[0][0] == self.language.cues.particles.complement_of

    def _for_a_day(self, mention: Mention, doc: _Document) -> bool:
        """Whether "for" stands right before ``mention``: "Tide times for Saturday"."""
        before = words(doc.text, max(0, mention.start - _CUE_REACH), mention.start)
        return bool(before) and before[-1][0] == self.language.cues.particles.intended_for

    def _counted_offset(self, mention: Mention, doc: _Document) -> _Value:
        p = mention.parts
        assert p.unit is not None
        direction = p.direction
        if direction is None:  # "in two years": a date in a future clause, a duration otherwise
            # ("begin in less than four weeks" bounds a wait, it names no date)
            bounded = p.quantity_mod in _BOUNDS
            if doc.tense(mention) is not Tense.FUTURE or doc.follows_a_first(mention) or bounded:
                return _duration(p, "in-duration")
            if (
                self._counted_within(mention, doc)
                or self._length_of_something(mention, doc)
                or doc.preceded_by(mention, self.language.cues.usual_length, _USUAL_LENGTH_REACH)
            ):
                # "with nine rounds in four days": how long a count takes; "six summit finishes in 16 days of racing":
                # a length of something; "than the area normally gets in a month": a usual span
                return _duration(p, "in-duration")
            direction = 1
        if p.count is None and p.vague_count:
            return _Value(
                TimexType.DATE, "PAST_REF" if direction < 0 else "FUTURE_REF", Granularity.NONE, "offset/vague"
            )
        count = 1.0 if p.count is None else p.count
        if p.weekday is not None or p.relative_day is not None:
            return self._offset_from_day(mention, doc, direction * count)
        granularity = UNIT_GRANULARITY[p.unit]
        in_years = granularity.rank < Granularity.YEAR.rank
        if in_years:
            granularity = Granularity.YEAR  # "a decade later" lands on a year ("January 1998 ... A decade later": 2008)
        # "this time last year", "fifty years ago today", "30 years ago this week": that day (week), years back
        same_time = p.period in (Unit.DAY, Unit.WEEK, Unit.MONTH) and not p.compared
        if p.unit is Unit.YEAR and count == int(count) and not same_time:
            compared = self._compared_period(mention, doc)
            if compared is not None:
                period = compared.shift_years(direction * int(count))
                if direction > 0 or count > 1:
                    # "In the spring of 1950 ... two years later": the story moves on a year; "beat Cincinnati on
                    # Sunday ... had lost the Super Bowl three years earlier": years back name a year, only "a year
                    # earlier" compares like with like
                    period = Period.year(period.start.year)
                elif period.granularity.rank > Granularity.DAY.rank:
                    # "fell silent at noon on Tuesday ... A year earlier, on March 23, 2020": a year back from a time
                    # of day is that day
                    period = Period.day(period.start.date())
                return _Value(
                    TimexType.DATE,
                    period.timex,
                    period.granularity,
                    "offset/year-over-year",
                    period,
                    Anchor.PREVIOUS,
                    # "a year earlier" compares; "two years later" moves the story on, and later anaphora
                    # ("the following year") counts from it
                    comparison=direction < 0,
                )
        moment, anchor, previous = doc.anchor_for(p.anaphoric_direction)
        told = self._told_before_its_report(doc, same_sentence=True) if p.anaphoric_direction else None
        if told is not None:
            # "bought antifreeze on May 2, 2020, a store clerk testified Friday. Three days later, her husband was
            # hospitalized": the story goes on from the day the report's sentence told, not from the report's (but
            # "The FBI said on Dec. 19 that ... Three days later": the report is the story)
            moment, previous = told.start, told
        if (
            p.anaphoric_direction
            and previous is not None
            and doc.reference is not None
            and previous.start.date() > doc.reference.date()
            and doc.previous_within(mention, sentences=1) is None
            and doc.tense(mention) is Tense.PAST
        ):
            # "Swift revealed on Thursday that the album will arrive Aug. 23. ... A day later, she released the
            # single": a sentence in the past does not count from a date still to come, but from the past one
            # before it (within its own sentence it may: "Super Tuesday, followed two days later by the address")
            past = doc.past_mention()
            if past is not None:
                moment, previous = past.start, past
        if p.anaphoric_direction and previous is not None and _steps_from_coarser(previous, granularity):
            # "Four days later" after "before this decade is out": the day named a little earlier, past
            # the decade in between
            named = doc.discourse_period(mention, _as_fine_as(granularity), _FINER_ANCHOR_REACH)
            if named is not None:
                moment, previous = named.start, named
        if (
            p.anaphoric_direction
            and anchor is Anchor.REFERENCE
            and _against(doc.tense(mention), direction)
            # "expect sales to rise 11% from a year earlier": a time compared with, whatever the tense
            and not doc.preceded_by(mention, self.language.cues.compared_with)
        ):
            # "three weeks later, the judge sentenced him" with no date before it: counted from the
            # publication date it would land in the future of a past clause; only its length is known
            return _duration(p, "offset-length")
        if same_time:
            assert p.period is not None
            granularity = UNIT_GRANULARITY[p.period]
        if count != int(count) and not in_years:  # "a year and a half ago" lands on a month
            granularity = _FINER.get(granularity, granularity)
        if (
            granularity is Granularity.WEEK
            and anchor is Anchor.PREVIOUS
            and previous is not None
            and previous.granularity.rank >= Granularity.DAY.rank
        ):
            # "agreed on Sept. 30 and closed six weeks later": weeks counted from a day land on a day
            granularity = Granularity.DAY
        # hours counted from a clock time keep its minutes: "At 4:17 a.m. ... Nine hours later" is 13:17, "The deadline
        # passed at 6 p.m. An hour earlier ..." 17:00
        if (
            granularity is Granularity.HOUR
            and anchor is Anchor.PREVIOUS
            and previous is not None
            and previous.granularity is Granularity.MINUTE
        ):
            granularity = Granularity.MINUTE
        if granularity.rank > Granularity.DAY.rank:
            known_clock = previous.granularity.rank >= Granularity.HOUR.rank if previous else moment.time() != dt.time()
            if not known_clock and anchor is Anchor.PREVIOUS:
                # "a minute and a half later" after a day with no clock time: only the length is known
                return _duration(p, "offset-length")
            if not known_clock and p.direction is None:
                # "in about an hour the new president takes office": its length; the clock is not known
                return _duration(p, "in-duration")
            if not known_clock:  # "two hours ago" in a paper dated by the day: that day, as far as is known
                day = Period.day(moment.date())
                return _Value(TimexType.DATE, day.timex, Granularity.DAY, "offset-day", day, anchor)
        years_back = count * _YEARS_IN.get(p.unit, 0) if direction < 0 else 0
        if years_back >= moment.year:
            # "some 6,000 years ago": before year 1, which has no calendar interval; the year counted back to, BC
            landed = moment.year - round(years_back)
            value = f"BC{1 - landed:04d}"
            return _Value(TimexType.DATE, value, Granularity.YEAR, "offset-before-common-era", None, anchor)
        moved = add_units(moment, direction * count, p.unit)
        period = period_of(moved, granularity)
        if same_time and p.part_of_day is not None and granularity is Granularity.DAY:
            # "thirty years ago tonight": that night
            part = Period.part_of_day(period.start.date(), p.part_of_day)
            return _Value(TimexType.TIME, part.timex, part.granularity, "offset+part", part, anchor)
        kind = TimexType.TIME if granularity.rank > Granularity.DAY.rank else TimexType.DATE
        # "compared with seven at the same time last year": a time compared with, which the story does not go on from
        same_compared = same_time and p.same
        return _Value(kind, period.timex, granularity, "offset", period, anchor, comparison=same_compared)

    def _offset_from_day(self, mention: Mention, doc: _Document, count: float) -> _Value:
        """ "a week from Thursday", "two weeks from today": the named day first, then the distance."""
        p = mention.parts
        assert p.unit is not None
        if count < 0 and p.weekday is not None and doc.reference is not None:
            # an anniversary ("Sixty years ago Wednesday, Kennedy was shot") falls on the day of that name nearest
            # the report, whatever the tense of the event it recalls
            today = doc.reference.date()
            back = (today.isoweekday() - p.weekday) % _WEEK_DAYS
            anniversary = today - dt.timedelta(days=back if back <= _WEEK_DAYS // 2 else back - _WEEK_DAYS)
            period = Period.day(add_units(dt.datetime.combine(anniversary, dt.time()), count, p.unit).date())
            return _Value(TimexType.DATE, period.timex, Granularity.DAY, "offset-from-day", period, Anchor.REFERENCE)
        if count > 0 and p.weekday is not None and doc.reference is not None and doc.tense(mention) is not Tense.PAST:
            # "a week from Friday" counts from the coming Friday, or from one just past: "The caucuses are two weeks
            # from Monday", written on the Tuesday; "My kid's graduating a week from Friday", written on a Monday.
            # "Friday week" always counts from the coming one. (A past clause reads the day as it stands, below.)
            today = doc.reference.date()
            back = (today.isoweekday() - p.weekday) % _WEEK_DAYS
            if back == 0 or (back <= _JUST_PAST_DAYS and p.shift is None):
                counted_from = today - dt.timedelta(days=back)
            else:
                counted_from = today + dt.timedelta(days=_WEEK_DAYS - back)
            period = Period.day(add_units(dt.datetime.combine(counted_from, dt.time()), count, p.unit).date())
            return _Value(TimexType.DATE, period.timex, Granularity.DAY, "offset-from-day", period, Anchor.REFERENCE)
        named = attrs.evolve(p, build=Build.CALENDAR, count=None, unit=None, direction=None, quantity_mod=None)
        at = mention.text.rfind(" ") + 1
        day = self._calendar(attrs.evolve(mention, parts=named, start=mention.start + at, text=mention.text[at:]), doc)
        assert day.period is not None
        period = Period.day(add_units(day.period.start, count, p.unit).date())
        return _Value(TimexType.DATE, period.timex, Granularity.DAY, "offset-from-day", period, day.anchor, day.stated)

    def _compared_period(self, mention: Mention, doc: _Document) -> Period | None:
        """What "a year earlier", "a year ago", "the year-ago quarter" count back from.

        Business news compares like with like: "the year-ago quarter" is the quarter under
        discussion, a year back; "a year earlier" counts from the date just mentioned, keeping its
        granularity; "a year ago" does so only when a quarter or half was just discussed.
        """
        p = mention.parts
        if p.compared:
            base = doc.discourse(None, p.period)
            if base is None and p.same and p.period is not Unit.DAY:
                # "since January, arrivals are down 22% from the same period last year": no reporting period
                # under discussion, so only the year is known
                moment, _, _ = doc.anchor_for(p.anaphoric_direction)
                return Period.year(moment.year)
            if base is None and doc.reference is not None:
                # with no period named, the one reported on: a quarter or half is reported once it has ended
                unit = p.period or Unit.QUARTER
                base = period_of(doc.reference, UNIT_GRANULARITY[unit]).shift(-1 if unit in _REPORTING_UNITS else 0)
            if base is not None and p.quarter is not None and 1 <= p.quarter <= 4:
                base = Period.quarter(base.start.year, p.quarter)
            return base
        quarter = doc.discourse_period(mention, (Granularity.QUARTER, Granularity.HALF), sentences=2)
        if not p.anaphoric_direction:
            # "a year ago" is the quarter's only when it dates a level compared with
            compared = self.language.cues.compared_level.search(
                doc.text, max(0, mention.start - _LEVEL_REACH), mention.start
            )
            return quarter if compared is not None else None
        if quarter is not None:
            span, latest = doc.mentions[-1]
            if latest.granularity is Granularity.YEAR and doc.sentences.index_at(span.start) == doc.sentences.index_at(
                mention.start
            ):
                # "... on the second-half bill. Last year, 4,200 households applied, up from 3,100 two years
                # earlier": the year the sentence reports on, not the half discussed before it
                return latest
            return quarter
        if doc.mentions and doc.reported_at(doc.mentions[-1][0].start):
            # "Sales fell 4.1% in October, the association said Tuesday. The median price climbed 3.4% from a year
            # earlier": the figures are October's, not the day they were reported
            month = doc.discourse_period(mention, (Granularity.MONTH,), sentences=2, reported=True)
            if month is not None:
                return month
        if (
            len(doc.mentions) > 1
            and doc.mentions[-2][1].granularity is doc.mentions[-1][1].granularity
            and self.language.cues.compared_with.fullmatch(doc.text, doc.mentions[-2][0].end, doc.mentions[-1][0].start)
        ):
            # "flat in November from October and down 1.1% from a year earlier": the month reported on, not the one
            # it was compared with
            return doc.mentions[-2][1]
        previous = doc.previous_within(mention, sentences=3)
        if previous is not None and doc.mentions[-1][0].start in doc.loose_days:
            # "Entries closed on Friday with 31,271, up 3 percent on a year earlier", "The old mark was set a year
            # earlier", "sales from Nov. 1 through Dec. 24 rose 3.1% from a year earlier": a day known by its weekday
            # or a run of days has no same day a year back, only that year (a date a calendar keeps, "on Christmas
            # Day, up 18 percent from a year earlier", is that day)
            return Period.year(previous.start.year)
        return previous

    def _by_holiday(self, mention: Mention, doc: _Document) -> tuple[Period, str, Anchor]:
        """ "the Saturday after Thanksgiving", "the Friday before Christmas": that weekday next to the
        holiday; "the day after Christmas": the day next to it."""
        p = mention.parts
        assert p.direction is not None
        holiday = attrs.evolve(mention, parts=attrs.evolve(p, weekday=None, direction=None, unit=None))
        period, how, anchor = self._date_part(holiday, doc)
        day = period.start.date()
        if p.weekday is None:
            return Period.day(day + dt.timedelta(days=p.direction)), how, anchor
        return Period.day(_weekday_from(day, p.weekday, p.direction)), how, anchor

    # ---------------------------------------------------------------- calendar
    def _calendar(self, mention: Mention, doc: _Document) -> _Value:
        p = mention.parts
        stated = _stated(p)
        anaphoric = p.anaphoric_shift is not None
        if p.holiday is not None and (p.weekday is not None or p.unit is Unit.DAY) and p.direction is not None:
            period, how, anchor = self._by_holiday(mention, doc)
        else:
            period, how, anchor = self._anaphoric(mention, doc) if anaphoric else self._date_part(mention, doc)
        if (
            p.holiday is not None
            and p.weekday is not None
            and period.granularity is Granularity.DAY
            and period.start.isoweekday() != p.weekday
        ):
            # a weekday joined to a holiday it does not fall on is the one nearest it: "Saturday's Arbor Day 5K",
            # the day after the Friday of Arbor Day
            day = period.start.date()
            offset = (p.weekday - day.isoweekday()) % _WEEK_DAYS
            period = Period.day(day + dt.timedelta(days=offset if offset <= _WEEK_DAYS // 2 else offset - _WEEK_DAYS))
        if p.containing is Unit.WEEKEND:
            # "Memorial Day weekend", "Thanksgiving weekend": the weekend nearest the day
            day = period.start.date()
            ahead = _SATURDAY - day.weekday() if day.weekday() < _SATURDAY else 0
            period = Period.weekend(
                day + dt.timedelta(days=ahead) if ahead <= 3 else day - dt.timedelta(days=7 - ahead)
            )
        elif p.containing is not None:
            period = period_of(period.start, UNIT_GRANULARITY[p.containing])
        if p.through_the_night and how == "anchor-day" and doc.tense(mention) is Tense.PAST:
            # a night told in the past, with no day named before it, ran up to the publication: "Snow fell overnight"
            # is last night
            period = period.shift(-1)
        if p.part_nth is not None and p.part_unit is not None:
            period = period.part(p.part_nth, p.part_unit)  # "the last day of the month"
        elif p.part_nth is not None and p.part_weekday is not None:
            period = period.weekday_part(p.part_nth, p.part_weekday)  # "the last Friday of the month"
        if p.hour is not None:
            hour = _hour(p)
            if (
                p.meridiem is None
                and 1 <= hour <= 11
                and not _TWENTY_FOUR_HOUR.search(mention.text)
                # (nor an hour in a zone told on the 24-hour clock, or beside one past noon on it: "began failing at
                # about 11:20 UTC Tuesday ... flowing normally again by 14:30 UTC ... into the evening")
                and p.zone not in self.language.cues.twenty_four_hour_zones
                and not self._beside_an_afternoon_on_the_24_hour_clock(mention, doc)
                and (
                    self._evening_of_its_clause(mention, doc)
                    or self._later_than_an_afternoon_clock(mention, doc, hour)
                    or self._afternoon_by_default(mention, doc, hour)
                )
            ):
                hour += 12  # "Tonight's ceremony begins at nine o'clock"
            if hour == 24 and (p.quantity_mod == "AFTER" or mention.start in doc.range_starts):
                hour = 0  # "just after midnight on Tuesday", "between midnight and 6 a.m. Sunday": early that day
            if (
                hour == 24
                and doc.reference is not None
                and period.start.date() == doc.reference.date()
                and p.part_of_day is None
                and (doc.tense(mention) is Tense.PAST or doc.preceded_by(mention, self.language.cues.compared_figure))
            ):
                # a past clause on the day of publication reports the midnight that began it, not its end, and so
                # does a level compared with ("without power, up from about 400,000 at midnight"), unless it names the
                # night ahead ("announced a lockdown from midnight tonight")
                period = Period.day(period.start.date() - dt.timedelta(days=1))
            if hour == 24:  # midnight ends the day it belongs to: TIMEX3 writes it T24:00
                start = period.start + dt.timedelta(days=1)
                value = f"{period.start.date().isoformat()}T24:00"
                clock = Period(Granularity.MINUTE, start, start + dt.timedelta(minutes=1), value)
                return _Value(TimexType.TIME, value, Granularity.MINUTE, how + "+clock", clock, anchor, stated)
            clock = Period.clock(period.start.date(), hour, p.minute or 0, p.second)
            return _Value(TimexType.TIME, clock.timex, clock.granularity, how + "+clock", clock, anchor, stated)
        if p.part_of_day is not None and period.granularity is Granularity.DAY:
            # "Friday night", "tonight", "this morning": a time of day, TIME as in the TimeML guidelines
            # and TimeBank (AQUAINT often writes DATE)
            part = Period.part_of_day(period.start.date(), p.part_of_day)
            return _Value(TimexType.TIME, part.timex, part.granularity, how + "+part", part, anchor, stated)
        # "the 1988 period" or "the third quarter of 2023" beside a 2024 third quarter is its comparison:
        # later anaphora ("the previous quarter") must skip it
        compared = how == "discourse-in-other-year" or _same_period_other_year(p, period, doc)
        return _Value(TimexType.DATE, period.timex, period.granularity, how, period, anchor, stated, compared)

    @staticmethod
    def _year_stated_before(mention: Mention, doc: _Document) -> Period | None:
        """The year its sentence stated last, when the date named since took its year from the publication: "a
        screening of Keaton's 1926 film "The General" at 2 p.m. Saturday, Jan. 8, and a talk on why works from that
        year became free" (1926)."""
        sentence = doc.sentences.at(mention.start)
        told = [(span, period) for span, period in doc.recent() if span.start >= sentence.start]
        if len(told) < 2 or doc.reference is None or _YEAR_FIGURES.search(doc.text, told[0][0].start, told[0][0].end):
            return None
        latest = told[0][1]
        if latest.start.year != doc.reference.year:
            return None
        stated = next(
            (
                period
                for span, period in told[1:]
                if period.granularity.rank >= Granularity.YEAR.rank
                and _YEAR_FIGURES.search(doc.text, span.start, span.end)
            ),
            None,
        )
        if stated is None or stated.start.year == latest.start.year:
            return None
        return period_of(stated.start, Granularity.YEAR)

    def _anaphoric(self, mention: Mention, doc: _Document) -> tuple[Period, str, Anchor]:
        """ "the next day", "that week", "the following year": from the previous mention."""
        p = mention.parts
        assert p.anaphoric_shift is not None
        if p.weekday is not None:
            # "because Canada Day falls the following Saturday": the date said to fall on it
            apposition = doc.apposed_day(mention)
            if apposition is not None and apposition[1] and apposition[0].start.isoweekday() == p.weekday:
                return apposition[0], "apposition", Anchor.PREVIOUS
        unit = p.unit or Unit.DAY
        granularity = UNIT_GRANULARITY[unit]
        moment, anchor, previous = doc.anchor_for(anaphoric=True)
        told = self._told_before_its_report(doc, finest=granularity) if p.anaphoric_shift else None
        if not p.anaphoric_shift and (p.part_of_day is not None or unit is Unit.DAY):
            # "that morning", "that day" after a day reported in its own sentence are that day's: "Grease drew 12.2
            # million viewers Sunday night, the network said Monday. A storm that morning ..."
            told = self._told_before_its_report(doc, same_sentence=True)
        past = (
            doc.past_mention()
            if p.anaphoric_shift >= 0
            and previous is not None
            and doc.reference is not None
            and previous.start.date() > doc.reference.date()
            and doc.tense(mention) is Tense.PAST
            and not self._looks_ahead(mention, doc)
            else None
        )
        if told is not None:
            moment, previous = told.start, told
        elif past is not None:
            # a past clause's "the same day" is no day still ahead: "opened its briefing on Sunday ... Cyberpunk 2077
            # will release April 16, 2020. Preorders opened the same day.", nor its "the following year" a year after
            # one: "a 2022 crash ... Sentencing is scheduled for Dec. 12. Lawmakers passed a bill the following year"
            moment, anchor, previous = past.start, Anchor.PREVIOUS, past
        elif unit is Unit.YEAR and p.anaphoric_shift == 0 and p.month is None and p.season is None:
            # "that year" after a year a record is counted from: "returns for the first time since 2014. The
            # champion that year, ..." (later anaphora still skip it)
            benchmark = doc.benchmark_year
            if benchmark is not None and (not doc.mentions or doc.mentions[-1][0].start < benchmark[0].start):
                moment, anchor, previous = benchmark[1].start, Anchor.PREVIOUS, benchmark[1]
        if unit is Unit.YEAR and p.anaphoric_shift == 0 and previous is not None and told is None and past is None:
            framing = doc.framing_year_before_a_compared_one() or self._year_stated_before(mention, doc)
            if framing is not None:
                moment, anchor, previous = framing.start, Anchor.PREVIOUS, framing
        if p.month is not None and unit is Unit.YEAR:  # "July 1 of that year", "March of the following year"
            return self._with_year(p, moment.year + p.anaphoric_shift), "anaphoric-year", anchor
        if p.month is not None or p.season is not None or p.holiday is not None:
            # "that summer", "the following spring", "that February", "that Christmas": in the year of the previous
            # mention (shift 0), or the first such after (before) it
            instances = _year_candidates(moment, lambda year: self._with_year(p, year))
            if p.anaphoric_shift > 0:
                # after a year, the first one after it ends: "In 1946 she married, and the couple moved the
                # following spring" (1947)
                if previous is not None and previous.granularity.rank <= Granularity.YEAR.rank:
                    after = [c for c in instances if c.start >= previous.end]
                else:
                    after = [c for c in instances if c.start > moment]
                return min(after, key=lambda c: c.start), "anaphoric-named", anchor
            if p.anaphoric_shift < 0:
                before = [c for c in instances if c.end <= moment]
                return max(before, key=lambda c: c.start), "anaphoric-named", anchor
            return self._with_year(p, moment.year), "anaphoric-named", anchor
        # "will take his oath on Thursday ... Duterte, in office since 2016, will fly home the same day": a day named
        # a little earlier, past the year in between; "the next day" past a month in between too
        coarse = previous is not None and _coarser_than_year(previous, granularity)
        # ... and "that week" past a month too ("in the first week of December ... a warm November ... rose 18% that
        # week"; but "killed last October ... crossed out that same day" is a day of that month)
        stepped = (
            previous is not None
            and (p.anaphoric_shift != 0 or granularity is not Granularity.DAY)
            and _steps_from_coarser(previous, granularity)
        )
        named = None
        if coarse or stepped:
            named = doc.discourse_period(mention, _as_fine_as(granularity), _FINER_ANCHOR_REACH)
        if coarse and named is None:
            assert previous is not None
            raise _Coarse(previous)
        if named is not None:
            moment, anchor = named.start, Anchor.PREVIOUS
        elif (
            previous is not None
            and granularity is Granularity.DAY
            and previous.granularity.rank <= Granularity.WEEK.rank
        ):
            # a part of day names a day the text has named: "struck at 4:31 a.m. on Jan. 17, 1994 ... It
            # reopened in April ... the lessons of that morning", "5:30 to 8 p.m. Monday, Oct. 31. The council set
            # the hours last week. ... patrols that evening"; a day after a month is a day of it, unknown
            # ("killed last October ... crossed out that same day": 1998-10-XX); a weekday is one of a week named
            # before ("pulled out of this weekend's festival ... expecting her first child in December ... due to
            # play on the Sunday afternoon")
            week = None
            if p.weekday is not None:
                week = doc.discourse_period(mention, _as_fine_as(Granularity.WEEK), _FINER_ANCHOR_REACH)
            if week is not None:
                moment = week.start
            elif p.part_of_day is None:
                if previous.granularity is Granularity.MONTH:
                    raise _Coarse(previous)
            else:
                named = doc.discourse_period(mention, _as_fine_as(granularity), _FINER_ANCHOR_REACH)
                if named is not None:
                    moment = named.start
        if p.weekday is not None and p.anaphoric_shift == 0:
            # "found ... on Sunday 16 January ... a car seen leaving at 11.26pm that Sunday": the one named
            named = next(
                (
                    period
                    for _, period in doc.recent()
                    if period.granularity.rank >= Granularity.DAY.rank and period.start.isoweekday() == p.weekday
                ),
                None,
            )
            if named is not None:
                return Period.day(named.start.date()), "anaphoric-weekday", Anchor.PREVIOUS
        if p.weekday is not None:  # "the previous Friday", "the following Monday", "that Tuesday"
            day = _anaphoric_weekday(moment.date(), p.weekday, p.anaphoric_shift)
            if self._against_its_tense(day, mention, doc):
                # "received the proposal on April 24, according to a filing released Monday. Directors met that
                # Friday", "will enter Phase 2 on Friday ... closed since March 17, will reopen the following
                # Monday": the day a clause's tense allows comes from another date of the story
                story_day = self._story_day_of_its_tense(p.weekday, p.anaphoric_shift, mention, doc)
                if story_day is not None:
                    return Period.day(story_day), "anaphoric-weekday", Anchor.PREVIOUS
            return Period.day(day), "anaphoric-weekday", anchor
        base = period_of(moment, granularity)
        return base.shift(p.anaphoric_shift), "anaphoric", anchor

    @staticmethod
    def _against_its_tense(day: dt.date, mention: Mention, doc: _Document) -> bool:
        """Whether ``day`` lies after the report in a past clause, or before it in a future one."""
        if doc.reference is None:
            return False
        report = doc.reference.date()
        if day == report:
            return False
        tense = doc.tense(mention)
        if tense is Tense.FUTURE and doc.arranged_in_the_past(mention):
            return False  # "The district canceled classes for Tuesday": ahead of the story, not of the report
        return (tense is Tense.PAST and day > report) or (tense is Tense.FUTURE and day < report)

    def _story_day_of_its_tense(self, weekday: int, shift: int, mention: Mention, doc: _Document) -> dt.date | None:
        """``weekday`` counted from the latest day mentioned from which it falls on the side of the report its
        clause's tense allows."""
        for _, period in doc.recent():
            if period.granularity.rank >= Granularity.DAY.rank:
                day = _anaphoric_weekday(period.start.date(), weekday, shift)
                if not self._against_its_tense(day, mention, doc):
                    return day
        return None

    def _date_part(self, mention: Mention, doc: _Document) -> tuple[Period, str, Anchor]:
        p = mention.parts
        if _any_years_month(p) and doc.habitual(mention):
            raise _Recurring  # "Bald eagle viewing typically peaks in November": any year's November
        if p.event_nth is not None:
            run = self._weekend_of_a_run(p.event_nth, mention, doc)
            if run is not None:
                return run, "weekend-of-run", Anchor.PREVIOUS
            # without a day of the event, the weekend its clause looks to: "earned $162 million in its opening weekend"
        if p.continues and p.holiday is not None and doc.mentions:
            # "between Thanksgiving and Christmas": the first Christmas on or after that Thanksgiving
            start = doc.mentions[-1][1].start
            after = [c for c in _year_candidates(start, lambda year: self._with_year(p, year)) if c.start >= start]
            if after:
                return min(after, key=lambda c: c.start), "continued", Anchor.PREVIOUS
        if p.continues and p.holiday is None:
            try:
                return doc.continued(mention, p), "continued", Anchor.PREVIOUS
            except ValueError:
                if p.weekday is None and p.month is None:
                    raise  # a bare number that continues nothing is no date
                # a weekday after another that is no day ("Mondays and Tuesday"): read it on its own
        if p.year is not None and p.relative_day is not None and p.month is None:
            # "this date in 1944": the publication's day of the year, in that year
            moment, anchor, _ = doc.anchor_for(anaphoric=False)
            day = moment.date().replace(year=_full_year(p.year, p.year_digits, doc.reference))
            return Period.day(day), "this-day-in-year", anchor
        if p.year is not None:
            year = _full_year(p.year, p.year_digits, doc.reference)
            if p.discourse:  # "the 1988 period": the period under discussion, in 1988
                found = doc.discourse(p.unit, p.period)
                if found is not None and found.granularity.rank > Granularity.YEAR.rank:
                    how = "discourse-in-year" if year == found.start.year else "discourse-in-other-year"
                    return found.shift_years(year - found.start.year), how, Anchor.PREVIOUS
            if p.historic:
                return self._with_year(p, year), "historic-day", Anchor.EVENT
            return self._with_year(p, year), "absolute", Anchor.NONE
        if p.decade is not None:
            return self._decade(p, doc), "decade", Anchor.NONE if p.year_digits != 1 else Anchor.REFERENCE
        if p.century is not None:
            return Period.century(p.century), "century", Anchor.NONE
        if p.millennium is not None:
            return Period.millennium(p.millennium), "millennium", Anchor.NONE
        if not _names_a_day(p):
            if (
                p.hour is not None
                and not self._on_a_day_named_after(mention, doc)
                and (
                    mention.start in doc.timetable_hours
                    or doc.recurs_with(mention)
                    or self.language.cues.new_hours.match(doc.text, doc.range_ends.get(mention.start, mention.end))
                    or self._hours_kept_each_day(mention, doc)
                    or self._hours_of_a_standing_rule(mention, doc)
                    or (
                        doc.recurring_clock_end > 0
                        and self.language.cues.list_join.fullmatch(doc.text, doc.recurring_clock_end, mention.start)
                    )
                )
            ):
                # "open daily from noon to 8 p.m.", "plays Tuesdays at 7:30 p.m.", "will close at 9 p.m. starting
                # Tuesday", "twice a day, at 11:30 a.m. and 3:30 p.m.": a clock time that recurs
                doc.recurring_clock_end = mention.end
                raise _Recurring
            # a bare clock time or part of day: the day of a date just mentioned in the same
            # sentence ("Tuesday at 3 p.m."), else the anchor's day
            if p.hour is not None and _stamps_an_entry(doc.text, mention.start, mention.end, p.meridiem is None):
                # an entry stamp ("3:15 p.m. — The committee met", "12:45 BST" above its entry): on the day of the
                # latest day heading ("MONDAY, March 24") or stamp before it, in a live blog without one the day of
                # publication; a stamp in the small hours after one in the afternoon or evening is past midnight
                # ("10:58 p.m. ET ... 2:02 a.m. ET")
                for span, period in doc.recent():
                    if not (
                        opens_a_line(doc.text, span.start) or _stamps_an_entry(doc.text, span.start, span.end, True)
                    ):
                        continue
                    if period.granularity is Granularity.DAY:
                        return period, "entry-stamp", Anchor.PREVIOUS
                    if period.granularity.rank >= Granularity.HOUR.rank:
                        day = period.start.date()
                        if period.start.hour >= _AFTERNOON_HOUR and _hour(p) < _SMALL_HOURS_END:
                            return Period.day(day + dt.timedelta(days=1)), "entry-stamp-next-day", Anchor.PREVIOUS
                        return Period.day(day), "entry-stamp", Anchor.PREVIOUS
                moment, anchor, _ = doc.anchor_for(anaphoric=False)
                return Period.day(moment.date()), "entry-stamp", anchor
            now = doc.reference
            if p.hour is not None and now is not None and doc.preceded_by(mention, self.language.cues.clock_now):
                # "I've been awake since 4 yesterday afternoon and it's now 7.20am": the time of the report
                return Period.day(now.date()), "now", Anchor.REFERENCE
            same_sentence = self._day_beside(mention, doc) or doc.recent_day(mention)
            afternoon = (
                p.hour is not None
                and p.meridiem is None
                and 1 <= _hour(p) < _SMALL_HOURS_END
                and not _TWENTY_FOUR_HOUR.search(mention.text)
                and (
                    self._later_than_an_afternoon_clock(mention, doc, _hour(p))
                    or self._afternoon_by_default(mention, doc, _hour(p))
                )
            )
            # ("just after midnight" is early in the day after)
            small_hours = p.hour is not None and (
                _hour(p) < _SMALL_HOURS_END or (_hour(p) == _MIDNIGHT_HOUR and p.quantity_mod == "AFTER")
            )
            if same_sentence is not None and small_hours and not afternoon:
                # (not an hour read in the afternoon: "starts at 4:11 p.m., on a tide that turns shortly after 4.30")
                clock = next(
                    (
                        c
                        for span, c in doc.recent()
                        if (c.granularity.rank >= Granularity.HOUR.rank and span.start < mention.start)
                        # (a clock time told before it, not the end of its range: "from 5 a.m. until 2 p.m. Sunday";
                        # but the night it is told on: "open until 1am on Saturday night")
                        or c.timex.endswith(("TEV", "TNI"))
                    ),
                    None,
                )
                late = clock is not None and (
                    clock.start.hour >= _AFTERNOON_HOUR or clock.granularity is Granularity.PART_OF_DAY
                )
                after_midnight = same_sentence.start.date() + dt.timedelta(days=1)
                in_the_future = doc.reference is not None and after_midnight > doc.reference.date()
                if (
                    clock is not None
                    and late
                    and clock.start.date() == same_sentence.start.date()
                    # a past clause does not reach past the publication: "told supporters shortly after 1 a.m."
                    and not (in_the_future and doc.tense(mention) is Tense.PAST)
                ):
                    # "polls closed at 8 p.m. ... At 1:35 a.m., AP called the race", "Talks ran late into Sunday
                    # night, and at 2am the board called in administrators": past midnight
                    return Period.day(after_midnight), "next-day", Anchor.PREVIOUS
            if (
                same_sentence is not None
                and doc.reference is not None
                and doc.sentences.index_at(doc.mentions[-1][0].start) != doc.sentences.index_at(mention.start)
            ):
                today = doc.reference.replace(hour=0, minute=0, second=0, microsecond=0)
                tense = doc.tense(mention)
                if (same_sentence.end <= today and tense is Tense.FUTURE) or (
                    same_sentence.start > today and tense is Tense.PAST
                ):
                    # "called the election on 10 April. Booths close at 6pm": not on a day already past; "will
                    # meet on Oct. 5. Brent was up 0.8% by 0900 GMT": not on a day still to come
                    same_sentence = None
            if (
                same_sentence is not None
                and doc.reference is not None
                and same_sentence.start > doc.reference
                and doc.tense(mention) is Tense.PAST
                and _reported_between(doc.text, doc.mentions[-1][0].end, mention.start, self.language.cues)
            ):
                # "expected to reach South Florida by Sunday morning, the hurricane center said in its 11 a.m.
                # advisory": a report told after the day ahead dates the report, not that day
                same_sentence = None
            if same_sentence is not None:
                if (
                    mention.start in doc.overnight_starts
                    and doc.mentions[-1][0].start > mention.start
                    and not doc.mentions[-1][1].timex.endswith(_NIGHT)
                ):
                    # "between 11.45pm and 4.30am on New Year's Day": the range began the evening before (but "between
                    # 10pm and 2am on the night of Monday 18 July" began that evening)
                    return Period.day(same_sentence.start.date() - dt.timedelta(days=1)), "overnight", Anchor.PREVIOUS
                opened_at, opened = doc.mentions[-1]
                opening = opened_at.start
                if (
                    opening in doc.overnight_starts
                    and doc.range_ends.get(opening) == mention.end
                    and opened.start.date() == same_sentence.start.date()
                ):
                    # "a curfew from 22:00 until 07:00": the range ends the morning after (unless its start was put on
                    # the evening before the day named after it)
                    morning = Period.day(same_sentence.start.date() + dt.timedelta(days=1))
                    return morning, "overnight-end", Anchor.PREVIOUS
                return same_sentence, "same-day", Anchor.PREVIOUS
            moment, anchor, _ = doc.anchor_for(anaphoric=False)
            return Period.day(moment.date()), "anchor-day", anchor
        if p.day is not None and p.month is None and p.unit is None and p.year_shift is None and p.weekday is None:
            # "the hearing is set for the twenty-first of March, and she'll testify on the twenty-second"
            named = doc.discourse_period(mention, (Granularity.DAY, Granularity.MONTH), _MONTH_NAMED_REACH)
            if named is not None:
                day = named.start.date().replace(day=p.day)
                if doc.reference is None or day >= doc.reference.date() or doc.tense(mention) is not Tense.FUTURE:
                    return Period.day(day), "month-named", Anchor.PREVIOUS
                # "the third meeting since April. The next round is due on the 14th": still to come
        if p.holiday is not None and p.year is None and p.shift is None:
            dated = doc.event_day(p.holiday)
            if dated is not None:
                return dated, "event-dated", Anchor.PREVIOUS
        framed = self._framing_year(mention, doc)
        if framed is not None:
            period = self._with_year(p, framed)
            # "This year's flu season got off to a slow start, but doctors expect cases to peak in late January",
            # said in December: a future clause does not reach back into this year's past
            # ... nor back into a year gone by: "The 1851 Great Exhibition is the subject of a display which opens on 14
            # October"
            reference = doc.reference
            over = reference is not None and framed == reference.year and period.end <= reference
            gone = reference is not None and framed <= reference.year - _FRAME_YEARS_AWAY
            if not (over or gone) or doc.tense(mention) is not Tense.FUTURE:
                return period, "year-frame", Anchor.PREVIOUS
        told = self._story_day(mention, doc) or self._story_weekday(mention, doc)
        if told is not None:
            return told, "story", Anchor.PREVIOUS
        moment, anchor, _ = doc.anchor_for(anaphoric=False)
        if p.year_shift is not None:
            named_year = self._year_just_named(mention, doc) if p.definite and p.year_shift == 0 else None
            if named_year is not None:
                # "caps a turbulent 2025 for the company, which cut jobs in the second half of the year": that year
                return self._with_year(p, named_year), "year-named", Anchor.PREVIOUS
            return self._with_year(p, moment.year + p.year_shift), "year-shift", anchor
        if p.relative_day is not None:
            return Period.day(moment.date() + dt.timedelta(days=p.relative_day)), "relative-day", anchor
        if p.part_of_day is not None and p.shift is not None and p.weekday is None:
            # "this morning", "last night": today's part of day, or yesterday's
            day = moment.date() + dt.timedelta(days=min(p.shift, 0))
            return Period.day(day), "part-of-day", anchor
        if p.discourse and p.unit is not None and p.mod is None and p.within is None:
            apposed = doc.apposed(mention, UNIT_GRANULARITY[p.unit])
            if apposed is not None:
                return apposed, "apposition", Anchor.PREVIOUS
        if p.discourse:
            # "the quarter", "the latest period": the reporting period under discussion; failing
            # that, the last one completed (results are reported after a quarter ends). "The year",
            # "the week": the current one.
            latest = p.shift is not None and p.shift < 0
            found = doc.discourse(p.unit, p.period, ended_by=moment if latest else None)
            if found is not None:
                return found, "discourse", Anchor.PREVIOUS
            unit = p.unit or p.period or Unit.QUARTER
            told = self._story_time(mention, doc, UNIT_GRANULARITY[unit], told=2) if not latest else None
            if told is not None:
                # "The bomb fell on Aug. 6, 1945 ... by the end of the year, 140,000 had died": the story's year
                return period_of(told.start, UNIT_GRANULARITY[unit]), "story", Anchor.PREVIOUS
            if unit is Unit.YEAR and not latest and doc.tense(mention) is Tense.PAST:
                reported_year = self._year_just_named(mention, doc)
                # (a past clause tells of no year still to come: "will elect a chair for 2017. The board's last
                # meeting of the year, held Tuesday, was brief")
                if reported_year is not None and (doc.reference is None or reported_year <= doc.reference.year):
                    # "Homicides reached 188 in 2016, the department said Monday. The year started badly": the year
                    # the report is about
                    return Period.year(reported_year), "discourse-named", Anchor.PREVIOUS
            told_tense = doc.tense(mention) if unit in (Unit.YEAR, Unit.MONTH) and not latest and doc.mentions else None
            # (a month just named in the sentence dates its "the month" in an absolute clause too: "July was the driest
            # since 1935, with only 8.8mm of rain falling during the month")
            if told_tense is Tense.PAST or (unit is Unit.MONTH and told_tense is Tense.PRESENT):
                span, named = doc.mentions[-1]
                granularity = UNIT_GRANULARITY[unit]
                if (
                    (
                        named.granularity is Granularity.DAY
                        or (
                            named.granularity is granularity
                            and (unit is Unit.MONTH or doc.text[span.start : span.end].isdigit())
                        )
                    )
                    and doc.sentences.index_at(span.start) == doc.sentences.index_at(mention.start)
                    and not self.language.cues.compared_year.search(
                        doc.text, max(0, span.start - _CUE_REACH), span.start
                    )
                ):
                    # "Mortgage rates ended 2014 near their lowest levels of the year": the year just named (not
                    # "early next year", nor one compared with: "less than in 2018, ... throughout the year"); "Two
                    # weeks later it entered the list, and by the end of the month it had climbed": that day's month
                    return period_of(named.start, granularity), "discourse-named", Anchor.PREVIOUS
                if unit is Unit.MONTH and told_tense is Tense.PAST:
                    # "February ended on Monday, Feb. 29 ... The month itself averaged 35.6 degrees": the month told
                    # of in the sentences just before
                    told_month = doc.discourse_period(
                        mention, (Granularity.MONTH, Granularity.DAY), _MONTH_TOLD_SENTENCES, reported=True
                    )
                    if told_month is not None:
                        return period_of(told_month.start, Granularity.MONTH), "discourse-named", Anchor.PREVIOUS
            if unit is Unit.MONTH and not latest and doc.mentions and doc.tense(mention) is not Tense.PAST:
                span, named = doc.mentions[-1]
                if (
                    (
                        (named.granularity is Granularity.DAY and self._in_the_clause_of(span, mention, doc))
                        or named.granularity is Granularity.MONTH
                    )
                    and named.start > moment
                    and doc.sentences.index_at(span.start) == doc.sentences.index_at(mention.start)
                ):
                    # "The late goose season reopens Jan. 8 and runs through the end of the month", written on Dec.
                    # 29: the month of the day ahead, in the same clause or one added to it with "with" ("will debate
                    # the bill on 10 and 11 July, with the NCOP expected to pass it by the end of the month"; not
                    # "where the rains normally arrive around June 11, could see its first showers by the end of the
                    # month"); a month ahead is the month
                    # its sentence goes on about: "stoppages in November, starting on the first Monday of the month"
                    return period_of(named.start, Granularity.MONTH), "discourse-named", Anchor.PREVIOUS
            if unit in (Unit.DECADE, Unit.CENTURY) and not latest:
                named_era = doc.discourse_period(mention, (UNIT_GRANULARITY[unit],), sentences=2)
                if named_era is not None and not (named_era.end <= moment and doc.tense(mention) is not Tense.PAST):
                    # "Disney ended the 2010s with nine of the decade's 10 highest-grossing films": the one just named
                    # (but "in the mid-1980s, the town had three cinemas; a multiplex is promised for the end of the
                    # decade")
                    return named_era, "discourse-named", Anchor.PREVIOUS
            shift = -1 if latest or unit in _REPORTING_UNITS else (p.shift or 0)
            if unit in _REPORTING_UNITS and not latest and doc.tense(mention) is Tense.FUTURE:
                shift = 0  # "could remain volatile through the end of the quarter": the one under way
            if (
                unit is Unit.YEAR
                and p.mod is None
                and moment.month <= _YEAR_REPORTED_UNTIL
                and doc.preceded_by(mention, self.language.cues.period_reported)
                and doc.tense(mention) is Tense.PAST
                # (not a part of this year already begun: "was downloaded in the first week of the year", on Jan. 6)
                and not (p.part_nth is not None and p.part_unit is not None and _part_begun(p, moment))
            ):
                shift = -1  # "For the full year, revenue climbed 6.2%", reported in February: the year just ended
            return period_of(moment, UNIT_GRANULARITY[unit]).shift(shift), "discourse-default", anchor
        if p.ahead and p.unit is Unit.WEEKEND:
            return period_of(moment, Granularity.WEEKEND), "ahead", anchor  # "the coming weekend": this week's
        if p.ahead and p.unit is not None:
            # "the week ahead" written on a Friday is next week, on a Monday this one; "the year ahead"
            # in January is this year, in December the next
            halfway = moment + dt.timedelta(days=_UNIT_DAYS[p.unit] / 2)
            return period_of(halfway, UNIT_GRANULARITY[p.unit]), "ahead", anchor
        if p.shift is not None and p.unit is not None:
            granularity = UNIT_GRANULARITY[p.unit]
            told = doc.previous() if p.definite and p.shift > 0 and doc.tense(mention) is Tense.PAST else None
            if told is not None and told.end <= moment:
                # "The trial opened on Dec. 2. The defense called three witnesses the next week": after that date
                return period_of(told.start, granularity).shift(p.shift), "anaphoric", Anchor.PREVIOUS
            period = period_of(moment, granularity).shift(p.shift)
            if granularity is Granularity.YEAR and p.just_past and moment.month == _LAST_MONTH:
                period = period_of(moment, granularity)  # "This past year brought ...", written in December
            if (
                granularity is Granularity.WEEKEND
                and p.shift == 0
                and period.start - moment > dt.timedelta(days=_WEEKEND_JUST_PAST)
                and doc.tense(mention) is Tense.PAST
            ):
                period = period.shift(-1)  # "residents began returning home this weekend", written on a Monday
            if (
                granularity is Granularity.YEAR
                and p.shift == 0
                and p.mod == "END"
                and (
                    doc.preceded_by(mention, self.language.cues.benchmark)
                    or (moment.month <= _YEAR_REPORTED_UNTIL and doc.tense(mention) is Tense.PAST)
                )
            ):
                # "The percentage change is since year-end"; "occupancy reached 96.1% at year-end", reported in
                # March: the end of the year just ended
                period = period.shift(-1)
            if p.day is not None and granularity is Granularity.MONTH:  # "the 4th of this month"
                return Period.day(period.start.date().replace(day=p.day)), "deictic", anchor
            if p.weekday is not None and granularity is Granularity.WEEK:  # "Monday last week"
                return Period.day(period.start.date() + dt.timedelta(days=p.weekday - 1)), "deictic", anchor
            return period, "deictic", anchor
        candidates, default, choice = self._candidates(p, moment)
        if p.season is not None and p.shift and not p.just_past and not p.ahead and p.month is None:
            # "last summer" said in early September, "next summer" said in late May: the season just over or
            # about to begin is this one, so the one before (after) it
            margin = dt.timedelta(days=_SEASON_NEAR_DAYS)
            near = (
                [c for c in candidates if c.end > moment - margin]
                if p.shift < 0
                else [c for c in candidates if c.start < moment + margin]
            )
            candidates = [c for c in candidates if c not in near] or candidates
        if p.month is not None and p.day is None and p.shift is not None and p.shift < 0 and not p.just_past:
            # "last April" said in May: the month just over is "last month", so this is the April before it
            margin = dt.timedelta(days=_MONTH_NEAR_DAYS)
            candidates = [c for c in candidates if c.end <= moment - margin] or candidates
        if p.month is not None and p.day is None and p.shift is not None and p.shift > 0:
            # "next June" said in May: the month about to begin is "next month", so this is the June after it
            margin = dt.timedelta(days=_MONTH_NEAR_DAYS)
            candidates = [c for c in candidates if c.start >= moment + margin] or candidates
        if p.shift is not None:
            step = (p.shift > 0) - (p.shift < 0)
            chosen = _shift_choice(candidates, moment, step, by_week=p.weekday is not None)
            if p.shift != step and p.season is not None:  # "two summers ago": a year before last summer
                chosen = self._with_year(p, chosen.start.year + p.shift - step)
            elif p.shift != step and p.weekday is not None:  # "the Thursday before last": a week before last Thursday
                chosen = Period.day(chosen.start.date() + dt.timedelta(days=_WEEK_DAYS * (p.shift - step)))
            return chosen, "shift", anchor
        tense = doc.tense(mention)
        ahead_there = self._next_day_elsewhere(mention, doc) if tense is Tense.PAST else None
        if ahead_there is not None:
            # "The quake struck at 1:12 a.m. Wednesday local time", written on a Tuesday: where it happened, the day
            # after the publication's had begun
            return ahead_there, "next-day-elsewhere", anchor
        ending = doc.period_ending_at(mention)
        if ending is not None and ending.count is not None and ending.unit is not None:
            # "headline earnings for the six months to December 31", "forecast for the three months to March": a
            # period begun by the publication, ending nearest it
            count, unit = ending.count, ending.unit
            # (or, in the future, one about to begin: "expect 2.7 million passengers over the 10 days to Aug. 20")
            reach = count * (2 if tense is Tense.FUTURE else 1)
            begun = [c for c in candidates if add_units(c.start, -reach, unit) <= moment] or candidates
            if tense is Tense.PAST:
                # ... and the one just over when told in the past: "were delayed at hospitals in the seven days to
                # Sunday" (but "approved a dividend for the half year to June 30" in mid-June is this half's)
                begun = [c for c in begun if c.start <= moment <= add_units(c.start, count, unit)] or begun
            return _choose(begun, moment, Tense.NONE, _Choice.NEAREST), "period-end", anchor
        anniversary = self.language.cues.nth_anniversary_of.search(
            doc.text, max(0, mention.start - _CUE_REACH), mention.start
        )
        if anniversary is not None:
            # "the 75th anniversary of VE Day": the day that many years before the anniversary nearest the publication
            nearest = _choose(candidates, moment, Tense.NONE, _Choice.NEAREST)
            return self._with_year(p, nearest.start.year - int(anniversary.group("nth"))), "anniversary-of", anchor
        elapsed = doc.elapsed_before(mention)
        if elapsed is not None and (elapsed[1] > 0 or tense is not Tense.FUTURE):
            # an anniversary: "a year after the Oct. 7 attack, Israelis gathered": Oct. 7 a year back
            # (rounded: "a year after" may be written a few days early, so the past is only preferred);
            # a countdown: "with seven weeks to the Feb. 25 election": Feb. 25 seven weeks ahead
            length, direction = elapsed
            assert length.count is not None and length.unit is not None
            then = add_units(moment, direction * length.count, length.unit)
            around, _, _ = self._candidates(p, then)
            toward = Tense.PAST if direction < 0 else Tense.FUTURE
            how = "elapsed-since" if direction < 0 else "elapsed-until"
            return _choose(around, then, toward, _Choice.PREFERENCE), how, anchor
        apposition = doc.apposed_day(mention) if p.weekday is not None and p.month is None else None
        if apposition is not None:
            apposed, said = apposition
            if apposed.start.isoweekday() == p.weekday and (
                said or not self._against_its_tense(apposed.start.date(), mention, doc)
            ):
                # "on Aug. 12, a Saturday" (but "will celebrate Easter on Sunday", the Orthodox one, is not the Easter
                # just past)
                return apposed, "apposition", Anchor.PREVIOUS
        named = self._the_day_named(mention, doc)
        if named is not None:
            return named, "the-day-named", Anchor.PREVIOUS
        entry = self._after_the_entry_before(mention, doc, candidates)
        if entry is not None:
            return entry, "next-entry", Anchor.PREVIOUS
        joined = self._joined_to_a_day(mention, doc, candidates)
        if joined is not None and not (
            tense is Tense.PAST
            and doc.reference is not None
            and joined.start > doc.reference
            and (
                doc.mentions[-1][1].start <= doc.reference
                or doc.text.startswith(self.language.cues.particles.possessive_endings, mention.end)
            )
        ):
            # (a past clause may list its days backwards: "statements made Friday and Thursday"; but a list whose first
            # day lies ahead goes on ahead: "has issued alerts for Thursday, Friday and Saturday", unless a possessive
            # opens a subject of its own: "postponed until Feb. 1, and Sunday's races were pushed back")
            return joined, "joined", Anchor.PREVIOUS
        led_up_to = self._led_up_to(mention, doc, candidates, tense, choice)
        if led_up_to is not None:
            return led_up_to, "lead-up", anchor
        followed = self._followed_from(mention, doc, candidates)
        if followed is not None:
            return followed, "followed-from", Anchor.PREVIOUS
        if (
            doc.preceded_by(mention, self.language.cues.earliest)
            or self.language.cues.date_set.search(doc.text, max(0, mention.start - _DATE_SET_REACH), mention.start)
            or (
                (tense is not Tense.PAST or self._modal_of_the_past(mention, doc))
                and p.weekday is not None
                and doc.preceded_by(mention, self.language.cues.earliest_unless_past)
            )
            or (p.month is not None and self.language.cues.delivery.match(doc.text, mention.end))
            or (p.weekday is not None and p.month is None and self._foretold(mention, doc))
            or (
                p.weekday is not None
                and doc.preceded_by(mention, self.language.cues.declared_before)
                and self.language.cues.declared_after.match(doc.text, mention.end)
            )
            or (
                p.weekday is not None
                and self.language.cues.ruled_out.search(
                    doc.text,
                    max(doc.sentences.at(mention.start).start, mention.start - _RULED_OUT_REACH),
                    mention.start,
                )
                is not None
            )
        ):
            # "setting up a final vote as soon as Saturday afternoon", "with winds arriving as early as Tuesday night",
            # "officials said he could be released as early as Monday" (but a month is as often past: "consumers
            # buying costumes as early as July"); "Brent crude for December delivery slipped"; "The Cowboys ruled
            # Vick out of Sunday's finale": what one is ruled out of is still to come; "has set a PDUFA date of July
            # 24": a date set; "said Thursday would be their busiest day": a day foretold; "declared Monday a public
            # holiday": a day declared
            tense = Tense.FUTURE
        elif (
            p.weekday is not None
            and p.month is None
            and doc.preceded_by(mention, self.language.cues.moved_event)
            and self.language.cues.moved_to.match(doc.text, mention.end)
        ):
            # "moved Saturday's practice to 6 a.m.", "moved Sunday's game ... to Detroit's Ford Field": the event moved
            # was due near the report, either side of it (but "Rain postponed Friday night's game, so the teams played
            # a doubleheader Saturday" tells what happened)
            tense = Tense.NONE
        elif (
            tense in (Tense.PAST, Tense.NONE)
            and (p.month is not None or p.weekday is not None)
            and self._end_moved_to(mention, doc)
        ):
            # "has been extended by a month to 15 November", "extended the moratorium for another 90 days, until May
            # 1", "had been extended to 11:59 p.m. Wednesday": the new end of what was moved lies near the report,
            # most often ahead of it
            tense = Tense.NONE
        elif (
            (tense in (Tense.NONE, Tense.PRESENT) or doc.in_perfect(mention, self.language.cues.perfect_auxiliaries))
            and doc.preceded_by(mention, self.language.cues.span_end)
            # (a span up to a day's close ends at the last close: "have returned 28% through Tuesday's close")
            and not (p.weekday is not None and self.language.cues.close_of.match(doc.text, mention.end))
        ):
            # "early voting continues through Friday", "the run has been extended through Jan. 5": a span
            # running from now
            tense = Tense.FUTURE
        elif (
            tense is Tense.PAST
            and p.weekday is not None
            and p.month is None
            and (
                (
                    doc.preceded_by(mention, self.language.cues.span_end)
                    and not doc.negated(mention)
                    and not doc.preceded_by(mention, self.language.cues.fronted_span_end)
                )
                # ... and so does the start of a span a present perfect announced: "The Met Office has issued an
                # amber warning for snow from 6pm Saturday until midday Sunday"
                or (
                    (
                        doc.preceded_by(mention, self.language.cues.range_opening)
                        # (or the days it covers: "has issued yellow heat-health alerts for Thursday")
                        or doc.preceded_by(mention, self.language.cues.warned_days, _WARNED_REACH)
                    )
                    and doc.in_perfect(mention, self.language.cues.perfect_auxiliaries)
                    and not self.language.cues.announcing.isdisjoint(doc.sentences.tokens_at(mention.start).vocabulary)
                )
            )
        ):
            # a span a past clause began ends on the nearest such day, ahead as often as past: "Airlines waived
            # change fees for travel through Wednesday", "the exhibit ran through Sunday" (but "did not notice
            # until Monday" says when it finally happened)
            tense = Tense.NONE
        elif p.weekday is not None and (
            self.language.cues.result_after.match(doc.text, mention.end)
            or self.language.cues.result_before.search(doc.text, max(0, mention.start - _RESULT_REACH), mention.start)
        ):
            # "go into the final matchday needing a win after Thursday's 0-0 draw", "will play in the Super Bowl after
            # beating Baltimore 17-10 on Sunday": a game played
            tense = Tense.PAST
        elif (
            tense is Tense.FUTURE
            and p.unit is not Unit.WEEKEND
            and (
                doc.preceded_by(mention, self.language.cues.following)
                # ... and so does what comes from a day's event: "will see only a partial benefit from Wednesday's cut"
                or (
                    p.weekday is not None
                    and doc.preceded_by(mention, self.language.cues.drawn_from)
                    and doc.text.startswith(self.language.cues.particles.possessive_endings, mention.end)
                    # (the publication's own weekday is its day: "depending on the result of Sunday's late game")
                    and (doc.reference is None or doc.reference.isoweekday() != p.weekday)
                )
            )
        ):
            # "will form a minority government after Monday's federal election": just past (but "will go back to work
            # after the weekend" is the weekend to come: no event of its own that the clause follows)
            tense = Tense.NONE
        elif (
            doc.preceded_by(mention, self.language.cues.compared_figure)
            and not (tense is Tense.FUTURE and doc.preceded_by(mention, self.language.cues.change_between_figures))
        ) or (p.weekday is not None and self.language.cues.close_of.match(doc.text, mention.end)):
            # "tomatoes now sell for N120,000, up from N25,000 in January": a level then; "will receive $52 a share,
            # a 31 percent premium to Friday's closing price": the last close
            tense = Tense.PAST
        elif (
            tense is Tense.NONE
            and p.weekday is not None
            and p.month is None
            and (p.hour is not None or self.language.cues.listed_hours.match(doc.text, mention.end))
            and doc.verbless(mention)
        ):
            # a listing gives a day its hours without a verb: "Oktoberfest: Saturday 4-11 p.m. and Sunday noon-6
            # p.m.", "Frost advisory 2 a.m.-9 a.m. Sat.": what is on
            tense = Tense.FUTURE
        elif (
            tense is Tense.NONE
            and p.weekday is not None
            and p.month is None
            and self._for_a_day(mention, doc)
            and doc.verbless(mention)
        ):
            # a heading names the day a table is for: "Tide times for Saturday: Whitby HW 05:36"
            tense = Tense.FUTURE
        elif (
            tense is not Tense.PAST
            and p.weekday is not None
            and p.month is None
            and doc.preceded_by(mention, self.language.cues.hours_before)
            and self.language.cues.weekday_run.match(doc.text, mention.start)
        ):
            # hours that hold on a run of days are a timetable: "Happy hour runs 4 to 6 p.m. Monday through Friday",
            # "meters will be enforced from 8 a.m. to 8 p.m. Monday through Saturday"
            tense = Tense.FUTURE
        elif (
            tense in (Tense.PRESENT, Tense.NONE)
            and p.weekday is not None
            and p.month is None
            and doc.preceded_by(mention, self.language.cues.starts_from)
            # (the day itself closing the clause: not a run of days, "from Wednesday through Sunday", nor a day's event,
            # "$11.5 million from Thursday night previews")
            and self.language.cues.clause_closes.match(doc.text, mention.end) is not None
            and not doc.in_perfect(mention, self.language.cues.perfect_auxiliaries)
        ):
            # what begins on a day, told in the present, begins ahead: "The new rules apply from Monday" (but "has been
            # off work from Monday")
            tense = Tense.FUTURE
        elif tense is Tense.NONE and mention.start in doc.weekday_range_ends and doc.verbless(mention):
            # a run of days in a sentence without a verb is the run nearest the publication: "WINTER STORM WATCH from
            # late Saturday night through Monday morning", written on a Friday, is ahead; "set a Thanksgiving record,
            # earning $225 million from Wednesday through Sunday", written on the Monday, just over
            last_run = _choose(candidates, moment, Tense.PAST)
            next_run = _choose(candidates, moment, Tense.FUTURE)
            ended = _weekday_from(last_run.start.date(), doc.weekday_range_ends[mention.start], 1, inclusive=True)
            if (moment.date() - ended).days > (next_run.start.date() - moment.date()).days:
                return next_run, "nearest-run", anchor
            return last_run, "nearest-run", anchor
        elif tense is Tense.NONE and not (
            p.weekday is not None and p.month is None and doc.under_an_overtaken_plan(mention)
        ):
            # (but a day a plan was set for and is no longer lies either side of the report, and is the nearest one:
            # "The strike, which had been due to begin at 7am on Tuesday, has been pushed back", written on a Saturday)
            tense = default
        elif (
            tense is Tense.PRESENT
            and (p.day is not None or (p.weekday is not None and p.month is None))
            and doc.preceded_by(mention, self.language.cues.copula)
        ):
            # "the last day of school is June 4", "the deadline is Oct. 15", "the parade is Saturday", "the hearing is
            # on the 29th": the next one
            tense = Tense.FUTURE
        elif (
            tense is Tense.PRESENT
            and p.unit is Unit.WEEKEND
            and not self.language.cues.weekend_past.search(doc.text, max(0, mention.start - _CUE_REACH), mention.start)
        ):
            # "highs climb into the 60s by the weekend", "the weekend looks wet", written on a Monday: the coming one
            # (the one just past is told in the past, or "over" it: "after strikes over the weekend, oil swings")
            tense = Tense.FUTURE
        elif tense is Tense.PRESENT:
            tense = Tense.NONE  # "the vote is on Friday": the nearest one
        reported = p.quarter is not None or p.half is not None
        if doc.preceded_by(mention, self.language.cues.benchmark):
            # "its highest since February", "have been playing since Friday": a stretch that has run until now began
            # before it
            candidates = [c for c in candidates if c.start <= moment] or candidates
            tense = Tense.PAST
        if (
            tense is Tense.PAST
            and choice is _Choice.PREFERENCE
            and (doc.preceded_by(mention, self.language.cues.called_event) or doc.moved_from(mention))
        ):
            # what a past clause led up to ("dissolved Parliament, paving the way for an election on July 2"), or
            # moved from ("delayed the election, moving it from September 19 to October 17"), lies either side
            # of the report: the nearest one
            tense = Tense.NONE
        if (
            tense is Tense.PAST
            and choice is _Choice.PREFERENCE
            and not doc.preceded_by(mention, self.language.cues.span_end)
            and not doc.preceded_by(mention, self.language.cues.lead_up)
        ):
            # a past clause reports what has happened, a month ahead at most (a tense misread near the
            # publication); the end of a span it began may lie farther ahead ("funded through Jan. 30"), and
            # so may what it led up to ("promised tighter controls ahead of the Feb. 23 election")
            reach = 0 if self._its_own_verb_past(mention, doc) else _PAST_REACH_AHEAD
            limit = dt.datetime(moment.year, moment.month, moment.day) + dt.timedelta(days=reach)
            candidates = [c for c in candidates if c.start <= limit] or candidates
        if tense is Tense.FUTURE and doc.preceded_by(mention, self.language.cues.span_until):
            # "a transition period that runs until Dec. 31", written on Jan. 31: a span running from now ends ahead
            candidates = [c for c in candidates if c.end > moment] or candidates
        if reported and tense is Tense.FUTURE and not self._reports_figures(mention, doc):
            # a quarter still to come unless the sentence reports its figures ("expects to report a
            # third-quarter loss"): "a cheaper model is planned, most likely in the fourth quarter"
            ahead = [c for c in candidates if c.end > moment]
            candidates = ahead or candidates
        if p.unit is Unit.WEEKEND and p.shift is None and doc.preceded_by(mention, self.language.cues.run_into):
            run_start = self._run_start(mention, doc)
            if run_start is not None:
                # "a hard frost from Thursday (11 January) into the weekend": the weekend that run reaches
                return Period.weekend(run_start.start.date()), "run-end", Anchor.PREVIOUS
        if (
            p.month is not None
            and p.day is None
            and self.language.cues.figures_of_a_month.match(doc.text, mention.end) is not None
        ):
            # "will release August GDP figures on Oct. 31": figures measure a month that has begun
            begun = [c for c in candidates if c.start <= moment]
            if begun:
                return max(begun, key=lambda c: c.start), "figures-of", anchor
        listed = self._listed_after(mention, doc, candidates, tense) if tense is not Tense.PAST else None
        if listed is not None:
            return listed, "listed-after", Anchor.PREVIOUS
        in_week = self._in_week_ahead(mention, doc) if tense is not Tense.PAST else None
        if in_week is not None:
            return in_week, "in-week-named", Anchor.PREVIOUS
        chosen = self._within_its_range(mention, doc, _choose(candidates, moment, tense, choice), moment, tense)
        return chosen, f"tense-{tense.value.lower()}", anchor

    @staticmethod
    def _within_its_range(
        mention: Mention, doc: _Document, chosen: Period, moment: dt.datetime, tense: Tense
    ) -> Period:
        """The day ``chosen`` for a day that opens a range of days, moved so that the range agrees with the tense: one
        told in the past that began before the report has ended by it ("made 38 arrests between Wednesday and Monday",
        written on Friday; but an estimate may count up to a day ahead: "took in an estimated $38.6 million from Friday
        through Monday", written on Sunday), one running now is this year's ("open enrollment runs from Jan. 1
        through March 31", written in February, unless its sentence names the year: "the 2025 qualification year,
        which runs from Jan. 1 to Dec. 31")."""
        until = doc.weekday_range_ends.get(mention.start)
        if (
            tense is Tense.PAST
            and until is not None
            and not doc.moved_from(mention)  # ("postponed from Friday to Monday")
            and chosen.granularity is Granularity.DAY
            and chosen.start.date() < moment.date()
            and _weekday_from(chosen.start.date(), until, 1) > moment.date()
            and doc.language.cues.estimating.isdisjoint(doc.sentences.tokens_at(mention.start).vocabulary)
        ):
            return Period.day(chosen.start.date() - dt.timedelta(days=7))
        runs_to = doc.day_range_ends.get(mention.start)
        if tense is Tense.PAST or runs_to is None or chosen.start <= moment:
            return chosen
        opening = doc.sentences.at(mention.start).start
        if any(span.start >= opening and period.granularity is Granularity.YEAR for span, period in doc.recent()):
            return chosen
        day = chosen.start.date()
        try:
            began = day.replace(year=day.year - 1)
            ends = dt.date(began.year, *runs_to)
        except ValueError:
            return chosen
        if ends < began:
            ends = ends.replace(year=ends.year + 1)
        return Period.day(began) if began <= moment.date() <= ends else chosen

    def _weekend_of_a_run(self, nth: int, mention: Mention, doc: _Document) -> Period | None:
        """A weekend of the run of an event whose day was just named: the last on or before the day that ends the
        run ("runs through April 3, and its final weekend"); the first on or after the day the run opens ("opens on
        Saturday, Oct. 6, ... through the opening weekend"), and the nth counted from it, unless the day is named
        in the same clause, for that weekend itself ("returns on April 22 for the second weekend")."""
        here = doc.sentences.index_at(mention.start)
        for span, period in doc.recent():
            back = here - doc.sentences.index_at(span.start)
            if back > 1:
                return None
            if period.granularity.rank < Granularity.DAY.rank:
                continue
            day = period.start.date()
            if nth < 0:
                if self.language.cues.run_end.search(doc.text, max(0, span.start - _CUE_REACH), span.start) is None:
                    return None  # no run ended: "On Wednesday, she bought ads. She spent the final weekend on a bus"
                return Period.weekend(day - dt.timedelta(days=(day.weekday() - _SATURDAY) % _WEEK_DAYS))
            first = day - dt.timedelta(days=1) if day.weekday() > _SATURDAY else day
            first += dt.timedelta(days=(_SATURDAY - first.weekday()) % _WEEK_DAYS)
            in_its_clause = not _CLAUSE_BREAK.search(doc.text, span.end, mention.start)
            return Period.weekend(first + dt.timedelta(weeks=0 if in_its_clause else nth - 1))
        return None

    @staticmethod
    def _after_the_entry_before(mention: Mention, doc: _Document, candidates: list[Period]) -> Period | None:
        """A weekday labelling an entry of a list after an entry a day labels falls in the days after it: "Monday:
        Automakers report sales.\nTuesday: Earnings from Pfizer.\nWednesday: Yellen testifies"."""
        p = mention.parts
        if p.weekday is None or p.month is not None or not labels_an_entry(doc.text, mention.start, mention.end):
            return None
        span, named = next(((s, d) for s, d in doc.recent() if d.granularity is Granularity.DAY), (None, None))
        if span is None or named is None or not labels_an_entry(doc.text, span.start, span.end):
            return None
        return _first_after(candidates, named, _REST_OF_A_WEEK)

    def _joined_to_a_day(self, mention: Mention, doc: _Document, candidates: list[Period]) -> Period | None:
        """A weekday joined to a day just named falls in the days after it: "when Fed policy makers meet next
        Tuesday and Wednesday", "talks on Friday and Saturday"."""
        if mention.parts.weekday is None or mention.parts.month is not None or not doc.mentions:
            return None
        span, named = doc.mentions[-1]
        cues = self.language.cues
        # (a span may follow an apposition's comma: "will peak Saturday night, Dec. 13, into Sunday morning")
        joined = cues.list_join.fullmatch(doc.text, span.end, mention.start) or cues.span_join.fullmatch(
            doc.text, span.end + doc.text.startswith(",", span.end), mention.start
        )
        if joined is None or named.granularity is not Granularity.DAY:
            return None
        following = _first_after(candidates, named, _REST_OF_A_WEEK)
        if following is None and doc.reference is not None and named.start > doc.reference:
            # a day ahead beyond the weekdays near the publication: "will peak Saturday night, Dec. 13, into Sunday"
            following = Period.day(_weekday_from(named.start.date(), mention.parts.weekday, 1))
        return following

    def _afternoon_by_default(self, mention: Mention, doc: _Document, hour: int) -> bool:
        """Whether a clock time in figures of one to five without a.m. or p.m., written with its minutes and without a
        leading zero, is in the afternoon, as such times in news mostly are ("the first race at 1.45 and the last at
        5.20"), unless its sentence tells of a morning near it ("up at 4.30 as usual, the next morning")."""
        if not 1 <= hour <= _LAST_AFTERNOON_HOUR_BY_DEFAULT or mention.parts.minute is None:
            return False
        if not mention.text[:1].isdigit():
            return False
        sentence = doc.sentences.at(mention.start)
        near, far = max(sentence.start, mention.start - _RULE_REACH), min(sentence.end, mention.end + _RULE_REACH)
        return self.language.cues.morning_words.search(doc.text, near, far) is None

    @staticmethod
    def _later_than_an_afternoon_clock(mention: Mention, doc: _Document, hour: int) -> bool:
        """Whether an hour said in words without a.m. or p.m. comes after a clock time of the afternoon or evening in
        its sentence and is later than it on the clock face: "polls stay open until eight p.m. Pacific time, which
        is eleven o'clock here in the East"); in figures only after one written with its "p.m.", in its sentence or
        the one before ("halted the festival at 8:40 p.m. Saturday. Fans waited ... before the show was called off
        at 10:30"), as "10:00" alone may be on the 24-hour clock."""
        in_figures = any(ch.isdigit() for ch in mention.text)
        here = doc.sentences.index_at(mention.start)
        reach = 1 if in_figures else 0
        found = next(
            (
                (span, period)
                for span, period in doc.recent()
                if here - doc.sentences.index_at(span.start) <= reach
                and period.granularity.rank >= Granularity.HOUR.rank
            ),
            None,
        )
        if found is None:
            return False
        span, clock = found
        written_hour = _FIRST_FIGURES.search(doc.text, span.start, span.end)
        # (an hour below noon read in the afternoon from its words is no 24-hour clock: "at about 1.15 this afternoon")
        read_afternoon = (
            written_hour is not None
            and int(written_hour.group()) < _AFTERNOON_HOUR <= clock.start.hour
            and not doc.text[span.start : span.end].replace(".", "").replace(":", "").isdigit()
            and mention.parts.relative_day is None  # (not "back at 7.45 tomorrow" after "by 6.15 tonight")
        )
        if in_figures and not (_WITH_MERIDIEM.search(doc.text, span.start, span.end) or read_afternoon):
            return False
        read_late = (hour + _AFTERNOON_HOUR) * 60 + (mention.parts.minute or 0)
        return clock.start.hour >= _AFTERNOON_HOUR and clock.start.hour * 60 + clock.start.minute < read_late

    def _foretold(self, mention: Mention, doc: _Document) -> bool:
        """Whether the day ``mention`` names is the subject of what a verb of saying right before it foretells:
        "Ferry operators said Thursday would be their busiest day"."""
        cues = self.language.cues
        if not cues.foretold_of_a_day.match(doc.text, mention.end):
            return False
        before = words(doc.text, max(0, mention.start - _CUE_REACH), mention.start)
        return bool(before) and before[-1][0] in cues.reporting

    def _led_up_to(
        self, mention: Mention, doc: _Document, candidates: list[Period], tense: Tense, choice: _Choice
    ) -> Period | None:
        """A date its clause leads up to lies after the clause's time: after a day named before it in the sentence
        ("held their final rallies on Thursday ahead of Sunday's runoff"), else ahead of the publication ("are
        tied ahead of Sunday's runoff"), or near it when the clause is past ("markets closed early ahead of
        Tuesday's holiday"); and so does the date of an event named after it ("filing for the March 5 primary
        closed Tuesday")."""
        cues = self.language.cues
        if (
            mention.parts.month is not None
            and mention.parts.day is not None
            and doc.preceded_by(mention, cues.event_date_before)
            and cues.event_date_after.match(doc.text, mention.end)
        ):
            # the date of an event named after it: "Candidate filing for the March 5 primary closed Tuesday"
            moment, _, _ = doc.anchor_for(anaphoric=False)
            return _choose(candidates, moment, Tense.NONE if tense is Tense.PAST else Tense.FUTURE, choice)
        if (
            not doc.preceded_by(mention, cues.leading_to)
            and not cues.leading_to_an_event_on.search(
                doc.text, max(0, mention.start - _EVENT_NAME_REACH), mention.start
            )
            and not (
                mention.parts.weekday is not None
                and doc.preceded_by(mention, cues.for_an_event)
                and cues.event_of_a_day.match(doc.text, mention.end)
                # (what one is ruled out of is still to come, however the clause is told)
                and not cues.ruled_out.search(
                    doc.text,
                    max(doc.sentences.at(mention.start).start, mention.start - _RULED_OUT_REACH),
                    mention.start,
                )
            )
        ):
            return None
        sentence = doc.sentences.at(mention.start)
        named = next(
            (
                period
                for span, period in doc.recent()
                if span.start >= sentence.start
                and mention.start - span.end <= _LEAD_UP_NAMED_REACH
                and period.granularity.rank >= Granularity.DAY.rank
            ),
            None,
        )
        moment, _, _ = doc.anchor_for(anaphoric=False)
        if named is not None:
            # (the day named itself, restated, is that day: "released Lunar New Year capsules ahead of Jan. 22"; a
            # day named that none follows closely is no time of the clause: "unlikely to be sworn in before Easter,
            # analysts said ahead of Sunday's election")
            restated = [c for c in candidates if c.start == named.start and c.end == named.end]
            following = restated[0] if restated else _first_after(candidates, named, _LEAD_UP_REACH)
            if following is not None:
                return following
        return _choose(candidates, moment, Tense.NONE if tense is Tense.PAST else Tense.FUTURE, choice)

    def _followed_from(self, mention: Mention, doc: _Document, candidates: list[Period]) -> Period | None:
        """A weekday an event after "after" fell on lies in the week up to the day its sentence named just before:
        "takes a three-shot lead into the final round Sunday after a 67 on Saturday" (the day before)."""
        if mention.parts.weekday is None or mention.parts.month is not None:
            return None
        cues = self.language.cues
        if not cues.following_an_event_on.search(doc.text, max(0, mention.start - _EVENT_NAME_REACH), mention.start):
            return None
        sentence = doc.sentences.at(mention.start)
        # the day of the clause the event is after, in that clause: not "Bolt, who took bronze in Saturday's final,
        # will bow out after the relay on Saturday", nor one after an event itself ("after Friday's 64 and by four
        # after a 67 on Saturday")
        named = next(
            (
                (span, period)
                for span, period in doc.recent()
                if span.start >= sentence.start
                and mention.start - span.end <= _EVENT_NAME_REACH
                and period.granularity is Granularity.DAY
            ),
            None,
        )
        if named is None:
            return None
        named_span, named_day = named
        if "," in doc.text[named_span.end : mention.start] or cues.following.search(
            doc.text, max(0, named_span.start - _CUE_REACH), named_span.start
        ):
            return None
        before = [c for c in candidates if c.start <= named_day.start and named_day.start - c.start < _A_WEEK]
        return max(before, key=lambda c: c.start) if before else None

    def _the_day_named(self, mention: Mention, doc: _Document) -> Period | None:
        """The date just named that falls on a weekday written with "the" before a noun: "will present 'Carmen' on
        Oct. 17 and 19. Tickets for the Friday performance are nearly gone" (Oct. 17)."""
        p = mention.parts
        if p.weekday is None or p.month is not None or p.shift is not None:
            return None
        before = words(doc.text, max(0, mention.start - _CUE_REACH), mention.start)
        after = words(doc.text, mention.end, min(len(doc.text), mention.end + _CUE_REACH))
        if (
            not before
            or before[-1][0] != self.language.cues.particles.definite_article
            or not after
            or not doc.text[after[0][1]].islower()
        ):
            return None
        here = doc.sentences.index_at(mention.start)
        for span, period in doc.recent():
            if here - doc.sentences.index_at(span.start) > 1:
                return None
            if period.granularity is Granularity.DAY and period.start.isoweekday() == p.weekday:
                return period
        return None

    def _in_week_ahead(self, mention: Mention, doc: _Document) -> Period | None:
        """A weekday after next week or the coming weekend was named, in its clause or the next sentence, falls
        in it: "The festival returns next weekend. It runs Saturday and Sunday"."""
        weekday = mention.parts.weekday
        if weekday is None or mention.parts.month is not None or doc.reference is None:
            return None
        here = doc.sentences.index_at(mention.start)
        passed: list[Period] = []
        for span, week in doc.recent():
            back = here - doc.sentences.index_at(span.start)
            if back > 1:
                return None
            if back == 0 and self.language.cues.coordinated_clause.search(doc.text, span.end, mention.start):
                return None  # another clause: "would review the data next week, and the sites will be closed Friday"
            if week.granularity in (Granularity.WEEK, Granularity.WEEKEND):
                if not doc.reference < week.start <= doc.reference + dt.timedelta(days=7):
                    return None  # next week or the coming weekend, not a week counted ahead ("due in three weeks")
                if self.language.cues.run_into.search(doc.text, max(0, span.start - _CUE_REACH), span.start):
                    return None  # what runs into next week runs through this one: "set to continue into next week"
                if any(not (week.start <= day.start < week.end) for day in passed):
                    return None  # past a day of another week: "exams postponed until next week, and schools were
                    # closed on Friday. ... 37C on Saturday"
                if week.granularity is Granularity.WEEKEND and weekday == _ISO_FRIDAY:
                    # a weekend's shows open on its eve: "returns this weekend for four performances. Friday's 7 p.m.
                    # show is sold out"
                    return Period.day(week.start.date() - dt.timedelta(days=1))
                day = week.start + dt.timedelta(days=(weekday - week.start.isoweekday()) % 7)
                return Period.day(day.date()) if day < week.end else None
            # past the days named in it ("runs Saturday and Sunday") and what an aside adds ("held since 1987")
            if week.granularity.rank >= Granularity.DAY.rank:
                passed.append(week)
        return None

    def _run_start(self, mention: Mention, doc: _Document) -> Period | None:
        """The day a run that ``mention`` ends starts from, named after "from" earlier in its sentence."""
        sentence = doc.sentences.at(mention.start)
        for span, period in doc.recent():
            if span.start < sentence.start:
                return None
            if self.language.cues.range_opening.search(doc.text, max(0, span.start - _CUE_REACH), span.start):
                return period if period.granularity.rank >= Granularity.DAY.rank else None
        return None

    @staticmethod
    def _listed_after(mention: Mention, doc: _Document, candidates: list[Period], tense: Tense) -> Period | None:
        """A weekday in a clause not in the past, after a day named earlier in its sentence: the first such day after
        it ("sit down in Geneva on Monday, followed by a meeting in Brussels on Wednesday and a session in Vienna on
        Thursday"), and in the future after a verb that puts it after the day named ("Trading resumes Tuesday, and the
        jobs report follows on Friday")."""
        if (
            mention.parts.weekday is None
            or mention.parts.month is not None
            # (what a day follows is no later step: "closed today and Tuesday for the cleanup after Sunday's blizzard")
            or doc.preceded_by(mention, doc.language.cues.following)
        ):
            return None
        sentence = doc.sentences.at(mention.start)
        named_span, named = next(
            (
                (span, period)
                for span, period in doc.recent()
                if span.start >= sentence.start
                and (
                    period.granularity in (Granularity.DAY, Granularity.WEEKEND)
                    # a part of a day or a time named ("Sunday afternoon", "6-9 p.m. Monday"), not of the day of the
                    # report ("tonight")
                    or (
                        Granularity.DAY.rank < period.granularity.rank < Granularity.NONE.rank
                        and (doc.reference is None or period.start.date() != doc.reference.date())
                    )
                )
            ),
            (None, None),
        )
        if named is None or named_span is None or (doc.reference is not None and named.end <= doc.reference):
            return None  # a schedule ahead, not a day past ("marched on Saturday against a government ... sworn in")
        if named.granularity is Granularity.WEEKEND:
            # a day of the weekend named before it: "travel over the Thanksgiving weekend, and airlines say Sunday will
            # be the busiest day"
            day = named.start + dt.timedelta(days=(mention.parts.weekday - named.start.isoweekday()) % 7)
            return Period.day(day.date()) if day < named.end else None
        if (
            doc.reference is not None
            and named.start.date() == doc.reference.date()
            # (but a span begun that day runs on after it: "reopened Monday with extended hours through Saturday")
            and not doc.preceded_by(mention, doc.language.cues.span_end)
            and clause_tense(doc.text, named_span, doc.sentences.tokens_at(named_span.start), doc.language.cues)
            is Tense.PAST
        ):
            return None  # nor the report's day told in the past: "Oil rose on Thursday, extending Wednesday's gain"
        if tense is Tense.FUTURE:
            if doc.language.cues.sequence_verbs.isdisjoint(
                word for word, _, _ in words(doc.text, named_span.end, mention.start)
            ):
                return None
            # a step after the day named, past the weeks the candidates cover: "will close on Christmas Eve and reopen
            # on Saturday"
            days_after = (mention.parts.weekday - named.start.isoweekday() - 1) % _WEEK_DAYS + 1
            step = named.start.date() + dt.timedelta(days=days_after)
            near = doc.reference is None or step - doc.reference.date() <= _TWO_WEEKS
            return Period.day(step) if near and step - named.start.date() <= _REST_OF_A_WEEK else None
        return _first_after(candidates, named, _REST_OF_A_WEEK)

    def _next_day_elsewhere(self, mention: Mention, doc: _Document) -> Period | None:
        """The day after the publication's, when ``mention`` names it by its weekday with a clock time told in another
        place's time ("1:12 a.m. Wednesday local time", "2 a.m. Thursday in Hong Kong")."""
        p = mention.parts
        if doc.reference is None or p.weekday is None or p.hour is None or p.month is not None:
            return None
        following = doc.reference.date() + dt.timedelta(days=1)
        if following.isoweekday() != p.weekday:
            return None
        if self.language.cues.elsewhere_time.match(doc.text, mention.end) is None:
            return None
        return Period.day(following)

    def _evening_of_its_clause(self, mention: Mention, doc: _Document) -> bool:
        """Whether an evening or a night its sentence names tells the half of the day of the clock time ``mention``:
        one named before it ("Tonight's ceremony begins at nine o'clock"), or after it in its clause (not "The flag
        was hoisted at half past seven, and celebrations continue until late tonight")."""
        starts = doc.evening_starts
        if not starts:
            return False
        sentence = doc.sentences.at(mention.start)
        # (those of its sentence only, found by bisection: a text of many evenings and clock times stays linear)
        first = bisect.bisect_left(starts, sentence.start)
        later = bisect.bisect_left(starts, mention.end)
        if first < len(starts) and starts[first] <= mention.start:
            # (its own part too: "9:30 tonight"), unless another day is named between them, the clock time's own:
            # not "Tonight, families will gather ahead of Monday's opening session, which begins at 10.30"
            latest = starts[max(first, later - 1)]
            return latest == mention.start or not _days_between(doc, latest, mention.start)
        return (
            later < len(starts)
            and starts[later] < sentence.end
            and not _CLAUSE_BREAK.search(doc.text, mention.end, starts[later])
            # (nor the evening of another day than the one the clock time is told on: "begins tomorrow at 10 o'clock
            # and is expected to last until Thursday evening")
            and not (
                starts[later] in doc.single_days
                and _days_between(doc, sentence.start - 1, mention.start)
                and not self.language.cues.clock_to_day.fullmatch(doc.text, mention.end, starts[later])
            )
        )

    def _reports_figures(self, mention: Mention, doc: _Document) -> bool:
        return not self.language.cues.reported_figures.isdisjoint(doc.sentences.tokens_at(mention.start).vocabulary)

    def _story_time(
        self, mention: Mention, doc: _Document, finest: Granularity, *, told: int = 1, stepwise: bool = False
    ) -> Period | None:
        """The time a story has reached, when ``mention`` continues it: the latest date mentioned, a few
        sentences back at most, at least as fine as ``finest``, and ``mention`` in a past clause. The story is
        told years back from the publication (with ``told=2`` the date before the latest too: a story is being
        told, not one past event recalled, "charged in the Dec. 21, 1988, bombing"), or, with ``stepwise``, it
        is told step by step and has reached a month or more back ("Two days later, a bank reported ... By the
        weekend, ...")."""
        if doc.reference is None or len(doc.mentions) < told:
            return None
        span, latest = doc.mentions[-1]
        here = doc.sentences.index_at(mention.start)
        if here - doc.sentences.index_at(span.start) > _STORY_REACH or latest.granularity.rank < finest.rank:
            return None
        if doc.compared_with(span, explicitly=True):
            return None  # a time a figure is compared with is no point a story reached: "in October compared with
            # October 2013, ... the mandate set by the Governor in April"
        if not (stepwise and (self._told_step_by_step(doc) or self._steps_on_from_a_date(mention, doc))) and any(
            abs(period.start.year - doc.reference.year) < _FRAME_YEARS_AWAY for _, period in doc.mentions[-told:]
        ):
            return None
        tense = doc.tense(mention)
        # a future in the past ("On Friday, Sept. 12, 2008, officials told them to find a buyer by the weekend")
        # belongs to the story when it is told in the sentence that dates it
        # (and so is what a past verb arranged: "The district canceled classes for Tuesday and Wednesday")
        future_in_the_past = tense is Tense.FUTURE and (
            doc.sentences.index_at(span.start) == here or doc.arranged_in_the_past(mention)
        )
        if tense is Tense.PAST and latest.start > doc.reference:
            # what a past clause tells had happened by the publication, not in a future a plan was told of: "would
            # get its final patch in October 2027. Samsung moved to four years of upgrades in February"
            return None
        return latest if tense is Tense.PAST or future_in_the_past else None

    def _steps_on_from_a_date(self, mention: Mention, doc: _Document) -> bool:
        """Whether ``mention`` opens a sentence after one that dated a story a month or more back: "The fire
        began on Aug. 17. ... On Thursday, the fire destroyed 112 homes"."""
        span, latest = doc.mentions[-1]
        sentence = doc.sentences.at(mention.start)
        return (
            doc.reference is not None
            # "Sunday's yahrtzeit service": a day's event named by the day is today's news
            and not doc.text.startswith(self.language.cues.particles.possessive_endings, mention.end)
            and latest.granularity.rank >= Granularity.DAY.rank
            and latest.end <= doc.reference - dt.timedelta(days=_STORY_DAYS_BACK)
            and span.end <= sentence.start
            and self.language.cues.story_step_opening.fullmatch(doc.text, sentence.start, mention.start) is not None
        )

    def _steps_on_from_a_recent_date(self, mention: Mention, doc: _Document) -> bool:
        """:meth:`_steps_on_from_a_date`, from a date of the last year or so: a new paragraph opening on a
        weekday after an anniversary's story returns to the present ("... Germany was reunified.\n\nOn
        Saturday, Chancellor Angela Merkel joined ..."), one after a story of last month goes on with it ("...
        at about 2 a.m. on Friday, May 7.\n\nOver the weekend, engineers worked in 12-hour shifts")."""
        assert doc.reference is not None
        latest = doc.mentions[-1][1]
        recent = abs(latest.start.year - doc.reference.year) < _FRAME_YEARS_AWAY
        return recent and self._steps_on_from_a_date(mention, doc)

    @staticmethod
    def _told_step_by_step(doc: _Document) -> bool:
        """Whether the latest date moved a story on from the one before it, to a month or more back."""
        span, latest = doc.mentions[-1]
        return (
            doc.reference is not None
            and span.start in doc.narrated
            and latest.end <= doc.reference - dt.timedelta(days=_STORY_DAYS_BACK)
        )

    def _story_day(self, mention: Mention, doc: _Document) -> Period | None:
        """A date without a year in a past clause of a story told years back keeps the story's year: "On the
        night of 14 April 1912, the Titanic struck an iceberg. ... The stern slipped under at 2.20am on 15
        April"; "The freeway collapsed on Jan. 17, 1994. It reopened in April"."""
        p = mention.parts
        if p.year is not None or p.year_shift is not None or p.shift is not None:
            return None
        if p.weekday is not None and (p.month is None or p.day is None):
            return None  # (a weekday with its date only checks the year: "At 12:24 p.m. on Monday, May 4")
        if p.month is None and p.season is None and p.holiday is None:
            return None
        if p.holiday is not None and p.day is None and self._at_an_anniversary(mention, doc):
            return None  # "born at 11.59pm on 31 December 1999, she turned 21 on New Year's Eve": the present's
        if p.day is not None or p.holiday is not None:
            # (a holiday too: "she was born Dec. 30, 1863, and baptized on New Year's Day")
            # ... or, in a story told over months and seasons years back, the story's year: "reached Moscow in late
            # November 1941. Then came the winter of 1941-42, and a counteroffensive launched on Dec. 5"
            latest = self._story_time(mention, doc, Granularity.DAY)
            if latest is None and p.weekday is None:
                latest = self._story_time(mention, doc, Granularity.SEASON, told=2)
            stepped = self._story_time(mention, doc, Granularity.DAY, stepwise=True) if latest is None else None
            if stepped is not None:
                # a story told step by step moves on a step: "Pike was questioned the next day ... for weeks the
                # case seemed to stall. Then, on April 19, a clerk told detectives": the first April 19 after
                after = [
                    c
                    for c in _year_candidates(stepped.start, lambda year: self._with_year(p, year))
                    if stepped.start < c.start <= stepped.start + dt.timedelta(days=_STORY_STEP_DAYS)
                ]
                return after[0] if after else None
        else:
            latest = self._story_time(mention, doc, Granularity.SEASON, told=2)
            if latest is None and p.month is not None and self._in_the_sentence_of_a_story_month(mention, doc):
                latest = self._story_time(mention, doc, Granularity.SEASON)
            if latest is None and p.month is not None:
                # a month in the past perfect looks back from a story told years back: "Fifty years ago today, King
                # was shot in Memphis. He had come to the city in March"
                told_day = self._story_time(mention, doc, Granularity.DAY)
                if told_day is not None and doc.in_perfect(mention, self.language.cues.past_perfect):
                    latest = told_day
            if latest is None and p.season is not None:
                # a season after a season of a year told: "In the spring of 1918, the first cases were reported.
                # By the fall, a deadlier wave was sweeping the globe"
                told = self._story_time(mention, doc, Granularity.SEASON)
                if (
                    told is None
                    or told.granularity is not Granularity.SEASON
                    or self._crosses_a_paragraph(mention, doc)
                ):
                    return None
                seasons = _year_candidates(told.start, lambda year: self._with_year(p, year))
                return min((c for c in seasons if c.start >= told.start), key=lambda c: c.start)
            if (
                latest is not None
                and latest.granularity is Granularity.SEASON
                and self._crosses_a_paragraph(mention, doc)
            ):
                # a season places a story loosely, for the rest of its paragraph: "By the end of the summer, ...
                # In mid-September", but "as early as the summer of 2019 ...\n\nShe was convicted in May"
                return None
        if latest is None:
            return None
        around = _year_candidates(latest.start, lambda year: self._with_year(p, year))
        if p.weekday is not None:
            around = [c for c in around if c.start.isoweekday() == p.weekday]
            if not around:
                return None
        chosen = _choose(around, latest.start, Tense.NONE, _Choice.NEAREST)
        if chosen.end <= latest.start - dt.timedelta(days=_STORY_DAYS_BACK) and _told_in_order(doc):
            # a story told in order does not step back months: "met in August 2009 ... began dating two years later ...
            # proposed in October 2014. They were married May 28" (written three days after) is this year's May 28 (but
            # "By New Year's Day, the toll had passed 100,000. The first aid flights landed on Dec. 28" steps back days)
            return None
        return chosen

    def _in_the_sentence_of_a_story_month(self, mention: Mention, doc: _Document) -> bool:
        """Whether a month goes on, in the same sentence, from a month or season of a story told years back:
        "soldiers who spent the winter of 1777-78 at Valley Forge died of disease, most of them between January
        and April", "The summer of 1858 was hot, and by June ..." (but not past a semicolon, "The last shutdown
        began in December 2018; this one could stretch into October", nor in a past perfect that sums up since:
        "The Switch, released in March 2017, had sold 146 million units by the end of September")."""
        if not doc.mentions:
            return False
        span, latest = doc.mentions[-1]
        return (
            latest.granularity.rank <= Granularity.MONTH.rank
            and doc.sentences.index_at(span.start) == doc.sentences.index_at(mention.start)
            and ";" not in doc.text[span.end : mention.start]
            and not doc.in_perfect(mention, self.language.cues.past_perfect)
            # (nor from one recalled in a clause the sentence's verb follows: "Cpl. Ellis, who was killed in November
            # 1950, was accounted for in June"; nor into a clause of now: "the first bills since the pause began in
            # March 2020 are due in October")
            and not self._beside_a_story_recalled(mention, doc)
            and doc.tense(mention) not in (Tense.PRESENT, Tense.FUTURE)
        )

    def _story_weekday(self, mention: Mention, doc: _Document) -> Period | None:
        """A weekday or "the weekend" in a past clause of a story, in the same paragraph as the story's day:
        that day when it is that weekday ("on June 25, 1950 ... It was a Sunday"), else the first one after it
        ("The boys vanished on Sunday, Nov. 14, 1976. ... On Thursday, the sheriff scaled back the search").
        The story is told years back, or step by step a month back or more ("Two days later, a bank reported
        ... By the weekend, his photo was everywhere"). Not across a paragraph ("Germany was reunified on Oct.
        3, 1990.\n\nOn Saturday, crowds gathered") unless the story is told step by step years back ("Shortly
        before 2 a.m. the next day, the tower buckled.\n\nBy the weekend, ..."), or a month back in a sentence
        that reports nothing ("Many residents left that afternoon.\n\nDelia made landfall at 9:10 a.m.
        Sunday", but not "... crossed out that same day.\n\nThe company said it was informed Friday"); nor a
        day a reporting verb dates ("said Thursday")."""
        p = mention.parts
        weekend = p.unit is Unit.WEEKEND
        if (p.weekday is None and not weekend) or p.month is not None or p.shift is not None or p.day is not None:
            return None
        crossing = self._crosses_a_paragraph(mention, doc)
        reported = not self.language.cues.reporting.isdisjoint(doc.sentences.tokens_at(mention.start).vocabulary)
        latest = self._story_time(mention, doc, Granularity.WEEKEND, stepwise=not crossing or not reported)
        if (
            latest is None
            or (crossing and not (self._told_step_by_step(doc) or self._steps_on_from_a_recent_date(mention, doc)))
            or self._reported_on(mention, doc)
            or self._beside_a_story_recalled(mention, doc)
            or self._compared_with_the_news(doc)
            or (self._at_an_anniversary(mention, doc) and not self._the_story_s_weekday(mention, latest, doc))
            or self.language.cues.measured_from_the_story.match(doc.text, mention.end) is not None
            or (not weekend and self._named_as_news(mention, doc))
        ):
            return None
        day = latest.start.date()
        if weekend:
            return Period.weekend(day)  # the weekend of the story day's week: on it, or the next one
        assert p.weekday is not None
        day = _weekday_from(day, p.weekday, 1, inclusive=True)
        if self._against_its_tense(day, mention, doc) and not self._modal_of_the_past(mention, doc):
            # "The city where Marx was born on 5 May 1818 will unveil a statue on Saturday" (but "on Jan. 24, 1937 --
            # a day residents would remember as Black Sunday": a future seen from the story's past)
            return None
        return Period.day(day)

    @staticmethod
    def _beside_an_afternoon_on_the_24_hour_clock(mention: Mention, doc: _Document) -> bool:
        here = doc.sentences.index_at(mention.start)
        found = doc.afternoons_on_the_24_hour_clock.get(here)
        if found is None:  # (read once per sentence: a long line of clock times stays linear)
            sentence = doc.sentences.at(mention.start)
            found = _AFTERNOON_ON_THE_24_HOUR_CLOCK.search(doc.text, sentence.start, sentence.end) is not None
            doc.afternoons_on_the_24_hour_clock[here] = found
        return found

    def _stretches_over_days(self, text: str, mention: Mention) -> bool:
        """Whether ``mention`` makes its sentence stretch over days: a length of days or more ("take about two weeks",
        "for the next month"), or a date opening or closing a span ("Beginning Monday, July 13", "lasts until March
        31")."""
        p = mention.parts
        cues = self.language.cues
        if p.build is Build.DURATION:
            return (
                p.unit in _STRETCHING_UNITS or (p.unit is Unit.DAY and (p.count is None or p.count > 1))
            ) and cues.stretch_length.search(text, max(0, mention.start - _CUE_REACH), mention.start) is not None
        return (
            p.hour is None
            and _names_a_day(p)
            and cues.span_edge.search(text, max(0, mention.start - _CUE_REACH), mention.start) is not None
        )

    def _hours_kept_each_day(self, mention: Mention, doc: _Document) -> bool:
        """Whether ``mention`` opens (or closes) a range of hours kept each day of a stretch its sentence or the one
        before tells of: "will mill and pave Route 6A overnight from June 16 through June 20, working from 7 p.m.
        to 6 a.m."; "Paving will take about two weeks. Crews will work from 7 p.m. to 5 a.m." (not hours of a day
        named beside them, nor hours told in the past)."""
        if mention.end in doc.daily_range_ends:
            return True
        end = doc.range_ends.get(mention.start)
        here = doc.sentences.index_at(mention.start)
        if (
            end is None
            or mention.start not in doc.hour_spans
            or here in doc.day_sentences
            or doc.tense(mention) is Tense.PAST
            or self._day_beside(mention, doc) is not None
            or not any(self._stretches_hours(stretch, mention.start, end, doc) for stretch in self._near(mention, doc))
        ):
            return False
        following = bisect.bisect_left(doc.day_starts, end)
        if following < len(doc.day_starts) and self.language.cues.clock_to_day.fullmatch(
            doc.text, end, doc.day_starts[following]
        ):
            return False  # "between 10 p.m. and 5 a.m. on Saturday"
        doc.daily_range_ends.add(end)
        return True

    def _hours_of_a_standing_rule(self, mention: Mention, doc: _Document) -> bool:
        """Whether the clause of the clock time ``mention``, not told in the past, in a sentence that names no day but
        that of its report nor follows one that does, makes it the hour of a rule or a habit: "Bars must close by 1
        a.m.", "usually leaving the hut at 4 a.m." (but "Polls close at 7 p.m., and anyone in line will be allowed to
        vote" is tonight's)."""
        if doc.tense(mention) is Tense.PAST:
            return False
        end = doc.range_ends.get(mention.start, mention.end)
        following = bisect.bisect_left(doc.day_starts, end)
        if (
            (mention.start in doc.range_ends or mention.start in doc.range_closers)
            and following < len(doc.day_starts)
            and self.language.cues.hours_through.fullmatch(doc.text, end, doc.day_starts[following])
        ):
            # "will be open from 11 a.m. to 9 p.m. through the weekend": each day's hours up to it (but not "closed
            # from 10 p.m. until Monday", one stretch)
            return True
        here = doc.sentences.index_at(mention.start)
        if here - 1 in doc.day_sentences:
            return False  # a day the sentence before names: "Polls open Tuesday. Voters in line at 7 p.m. must ..."
        # (what is read stays within a reach of the clock time, so a text of many clock times in one sentence stays
        # linear)
        sentence = doc.sentences.at(mention.start)
        end = doc.range_ends.get(mention.start, mention.end)
        near = max(sentence.start, mention.start - _RULE_REACH)
        far = min(sentence.end, end + _RULE_REACH)
        start = max(near, *(doc.text.rfind(mark, near, mention.start) for mark in _CLAUSE_MARKS))
        after = _CLAUSE_BREAK.search(doc.text, end, far)
        clause_end = after.start() if after is not None else far
        first = bisect.bisect_left(doc.day_starts, near)
        last = bisect.bisect_left(doc.day_starts, far)
        if any(
            day.parts.build not in (Build.DURATION, Build.SET)  # (nor a day that recurs: "two sessions each day")
            and not _at(doc.stretch_starts, day.start)
            and not self._day_of_a_report(day, doc)
            for day in doc.days[first:last]
        ):
            # a day of the sentence, not of its report nor of when the rule begins: "must leave by 6 a.m. on Friday"
            # (but "must shut by 1 am, the department said on Monday", "until 3am from the start of next year")
            return False
        if bisect.bisect_left(doc.dated_clock_starts, near) != bisect.bisect_left(doc.dated_clock_starts, far):
            return False  # a clock time of a day beside it: "at 9am rather than 5pm tomorrow"
        if self.language.cues.standing_hours.search(doc.text, start, clause_end) is not None:
            return True
        # the hours a service keeps from the day it begins, told ahead: "will run 300 more buses from Monday, with
        # services starting at 5 am" (not "closes from 9am on Monday", the hour of that day)
        return self._day_beside(mention, doc) is None and any(
            self.language.cues.regime_start.search(doc.text, max(0, day.start - _CUE_REACH), day.start) is not None
            for day in doc.days[first:last]
            if _at(doc.stretch_starts, day.start) and not doc.moved_from(day)  # (not "delayed from earlier")
        )

    def _day_of_a_report(self, day: Mention, doc: _Document) -> bool:
        """Whether a verb of saying stands a few words before ``day``: "the department said on Monday"."""
        tokens = doc.sentences.tokens_at(day.start)
        here = bisect.bisect_left(tokens.starts, day.start)
        return any(word in self.language.cues.reporting for word, _, _ in tokens.words[max(0, here - 3) : here])

    def _on_a_day_named_after(self, mention: Mention, doc: _Document) -> bool:
        """Whether the clock time ``mention`` (or the range it opens) is followed by one day it is on, not a day that
        recurs: "reflects data through 8 a.m. Eastern on Tuesday" in a sentence of a map "updated every Thursday" (but
        not "from 10 a.m. on Saturdays", "from 5 a.m. to 10 p.m. Monday through Friday")."""
        end = doc.range_ends.get(mention.start, mention.end)
        following = bisect.bisect_left(doc.day_starts, end)
        if following == len(doc.day_starts):
            return False
        day = doc.day_starts[following]
        return (
            day in doc.single_days
            and day not in doc.recurring_days
            and day not in doc.weekday_range_ends  # "from 8pm to 6am, Monday to Friday"
            and day not in doc.day_range_ends
            and self.language.cues.clock_on_its_day.fullmatch(doc.text, end, day) is not None
            # (nor a day opening a range or a list: "Sunday through Thursday nights", "Fri.-Sat.", "the first and third
            # Thursdays")
            and self.language.cues.day_goes_on.match(doc.text, doc.day_ends[following]) is None
        )

    @staticmethod
    def _near(mention: Mention, doc: _Document) -> list[Mention]:
        """The stretches of the sentence of ``mention`` and of the one before (a few, so a long text stays linear)."""
        here = doc.sentences.index_at(mention.start)
        start = doc.sentences.spans[here - 1].start if here > 0 else 0
        end = doc.sentences.spans[here].end if doc.sentences.spans else len(doc.text)
        first = bisect.bisect_left(doc.stretch_starts, start)
        last = bisect.bisect_left(doc.stretch_starts, end)
        return doc.stretches[first:last][:_NEAR_STRETCHES]

    def _stretches_hours(self, stretch: Mention, start: int, end: int, doc: _Document) -> bool:
        """Whether ``stretch`` is the stretch of days the hours from ``start`` to ``end`` are kept over: in their
        sentence, before them or after them in their clause ("stay open until 9 p.m. through Dec. 23", not "Polls are
        open from 7am until 10pm, and counting will not begin until Friday morning"), or in the sentence before if
        that names no day of its own; and not a stretch told in the past ("Negotiations have dragged on for more than
        a year")."""
        here, there = doc.sentences.index_at(start), doc.sentences.index_at(stretch.start)
        if there == here - 1:
            placed = there not in doc.day_sentences
        elif there == here:
            placed = stretch.end <= start or (
                stretch.start >= end and not _CLAUSE_MARKS.intersection(doc.text[end : stretch.start])
            )
        else:
            return False
        return placed and doc.tense(stretch) is not Tense.PAST

    def _day_beside(self, mention: Mention, doc: _Document) -> Period | None:
        """The day of a date written right after a clock time, or right before it with "at": "open June 2 at 9 a.m.
        and close at 5 p.m. on June 13" (clock times resolve after the days of their sentence, so the latest date
        is not always theirs)."""
        cues = self.language.cues
        here = doc.sentences.index_at(mention.start)
        for span, period in [*doc.recent(), *([doc.flashback] if doc.flashback is not None else [])]:
            after = span.start >= mention.end and cues.clock_to_day.fullmatch(doc.text, mention.end, span.start)
            before = span.end <= mention.start and cues.day_then_clock.fullmatch(doc.text, span.end, mention.start)
            # (not the next sentence's day: "a concert at 7 p.m. On Wednesday, ...")
            if (after or before) and doc.sentences.index_at(span.start) == here:
                return Period.day(period.start.date()) if period.granularity.rank >= Granularity.DAY.rank else None
        return None

    def _year_just_named(self, mention: Mention, doc: _Document) -> int | None:
        """The year written in figures as the latest date, in the sentence of ``mention`` or the one before, past the
        day of a report ("Homicides reached 188 in 2016, the department said Monday. The year started badly"), unless
        it is one compared with ("down from 50 in 2021. The slowdown was steepest in the first half of the year",
        "compared with 231 in 2024 and 276 in 2023") or ends a range ("than the 1850-1900 average")."""
        latest = next(((span, named) for span, named in doc.recent() if not doc.reported_at(span.start)), None)
        if latest is None:
            return None
        span, named = latest
        cues = self.language.cues
        if (
            named.granularity is Granularity.YEAR
            and doc.text[span.start : span.end].isdigit()
            and doc.text[span.start - 1 : span.start] not in _RANGE_DASHES
            and doc.sentences.index_at(mention.start) - doc.sentences.index_at(span.start) <= 1
            and not cues.compared_year.search(doc.text, max(0, span.start - _CUE_REACH), span.start)
            # (nor one listed among those compared with: "compared with 231 in 2024 and 276 in 2023")
            and not cues.compared_level.search(doc.text, max(0, span.start - _LEVEL_REACH), span.start)
        ):
            return named.start.year
        return None

    def _its_own_verb_past(self, mention: Mention, doc: _Document) -> bool:
        """Whether a verb in the past stands right before the preposition of ``mention``, with no auxiliary before
        it: "Since the program began in January", "the strike ended in March" (not "is expected in March")."""
        cues = self.language.cues
        before = words(doc.text, max(0, mention.start - _CUE_REACH), mention.start)
        if len(before) < 3 or before[-1][0] != cues.particles.dated_in:
            return False
        verb, auxiliary = before[-2][0], before[-3][0]
        return (
            (
                verb in cues.past_forms_not_participles
                or (verb.endswith(cues.particles.past_ending) and is_finite_verb(verb, cues))
            )
            and verb not in cues.future
            and auxiliary not in cues.participle_auxiliaries
            and auxiliary not in cues.perfect_auxiliaries
            and auxiliary != cues.particles.infinitive
        )

    def _looks_ahead(self, mention: Mention, doc: _Document) -> bool:
        """Whether the sentence of ``mention`` holds a modal or a word of the future: "Online orders placed that day
        won't be processed until the following day"."""
        cues = self.language.cues
        vocabulary = doc.sentences.tokens_at(mention.start).vocabulary
        return not (cues.modals.isdisjoint(vocabulary) and cues.future.isdisjoint(vocabulary))

    def _modal_of_the_past(self, mention: Mention, doc: _Document) -> bool:
        """Whether the sentence of ``mention`` holds a modal that may look ahead from the past ("would"), written
        in lower case ("born on 5 May 1818" holds none)."""
        tokens = doc.sentences.tokens_at(mention.start)
        modals = self.language.cues.past_modals
        if modals.isdisjoint(tokens.vocabulary):
            return False
        return any(word in modals and doc.text[start].islower() for word, start, _ in tokens.words)

    @staticmethod
    def _named_as_news(mention: Mention, doc: _Document) -> bool:
        """Whether the text has already dated news on this weekday, in the week before the publication: "He was
        charged Thursday ... He was last seen Nov. 3. Until Thursday, they had not called him a suspect"."""
        if doc.reference is None or mention.parts.weekday is None:
            return False
        news = doc.reference - dt.timedelta(weeks=1)
        return any(
            period.granularity is Granularity.DAY
            and news < period.start <= doc.reference
            and period.start.isoweekday() == mention.parts.weekday
            for _, period in doc.recent()
        )

    def _beside_a_story_recalled(self, mention: Mention, doc: _Document) -> bool:
        """Whether the story's day is a past recalled years back in a clause that the sentence's verb follows: "a
        man who led rioters into the Capitol on Jan. 6, 2021, was sentenced Tuesday", or as the name of an event:
        "the Dec. 7, 1941, attack" (but not "On Friday, Sept. 12, 2008, officials told them to find a buyer by the
        weekend")."""
        span, latest = doc.mentions[-1]
        if doc.reference is None or abs(latest.start.year - doc.reference.year) < _FRAME_YEARS_AWAY:
            return False
        if doc.recalled_in_an_aside(span, latest, mention):
            return True  # "Olsen, who was born March 3, 1919, in a farmhouse, celebrated her 100th birthday Sunday"
        between = words(doc.text, span.end, mention.start)
        cues = self.language.cues
        if len(between) < 2 or between[0][0] not in cues.clause_breaks:
            return False
        if is_finite_verb(between[1][0], cues):
            return True
        # ... or one naming an event: "survivors of the Dec. 7, 1941, attack attended Wednesday's ceremony"
        before = words(doc.text, max(0, span.start - _CUE_REACH), span.start)
        return bool(before) and before[-1][0] in cues.articles

    @staticmethod
    def _compared_with_the_news(doc: _Document) -> bool:
        """Whether the story's day, a month back or more, follows in its sentence a day of the news it is compared with
        or recalled in: "5.28 inches of rain fell on Monday, topping the 5.27 inches that fell on Aug. 28, 2011. The
        river crested early Tuesday" (Tuesday is the news's); "On Tuesday, an investigator testified that the blaze
        started on Feb. 11, 2024. On Wednesday, ..."."""
        if doc.reference is None or len(doc.mentions) < 2:
            return False
        span, latest = doc.mentions[-1]
        if latest.end > doc.reference - dt.timedelta(days=_STORY_DAYS_BACK):
            return False
        sentence = doc.sentences.index_at(span.start)
        for news_span, news in doc.recent()[1:]:
            if doc.sentences.index_at(news_span.start) != sentence:
                return False
            if abs(news.start - doc.reference) <= dt.timedelta(days=_STORY_DAYS_BACK):
                return True
        return False

    def _in_the_clause_of(self, span: Span, mention: Mention, doc: _Document) -> bool:
        """Whether ``mention`` follows ``span`` in its clause, or in an absolute clause added to it ("on 10 and 11 July,
        with the NCOP expected to pass it by the end of the month")."""
        between = doc.text[span.end : mention.start]
        if "," not in between:
            return True
        _, _, added = between.partition(",")
        opening = added.split(maxsplit=1)
        return "," not in added and bool(opening) and opening[0].lower() == self.language.cues.particles.absolute_opener

    def _the_story_s_weekday(self, mention: Mention, latest: Period, doc: _Document) -> bool:
        """Whether the weekday names, in the clause of the day of a story told years back, that day, and not the
        publication's: "Ten years ago today, on what became known as Black Saturday, fires swept through Victoria"
        (but "Eighty years ago today, troops came ashore in Normandy, and on Thursday the King joined veterans")."""
        assert doc.reference is not None
        day = latest.start.date()
        span = doc.mentions[-1][0]
        return (
            latest.granularity is Granularity.DAY
            and mention.parts.weekday == day.isoweekday()
            and day.isoweekday() != doc.reference.isoweekday()
            and doc.sentences.index_at(span.start) == doc.sentences.index_at(mention.start)
            and self.language.cues.coordinated_clause.search(doc.text, span.end, mention.start) is None
        )

    def _at_an_anniversary(self, mention: Mention, doc: _Document) -> bool:
        """Whether the weekday's sentence brings the story told years back to the present: "On Wednesday, the
        50th anniversary, he stood in the same kitchen", "They marked 75 years since that evening on Monday"."""
        sentence = doc.sentences.at(mention.start)
        return self.language.cues.anniversary.search(doc.text, sentence.start, sentence.end) is not None

    def _end_moved_to(self, mention: Mention, doc: _Document) -> bool:
        """Whether ``mention`` is the new end a verb of moving gives, a few words back in its clause: "extended by a
        month to 15 November", "postponed until May 1"."""
        cues = self.language.cues
        tokens = doc.sentences.tokens_at(mention.start)
        first = bisect.bisect_left(tokens.starts, mention.start)
        if first == 0 or tokens.words[first - 1][0] not in cues.span_ends_words:
            return False
        for k in range(first - 2, max(-1, first - 2 - _MOVED_REACH), -1):
            word = tokens.words[k][0]
            if word in cues.clause_breaks and word != ",":
                return False
            if word in cues.moving_ends:
                return True
        return False

    @staticmethod
    def _crosses_a_paragraph(mention: Mention, doc: _Document) -> bool:
        """Whether a paragraph ends between the latest date and ``mention``."""
        return bool(doc.mentions) and "\n\n" in doc.text[doc.mentions[-1][0].end : mention.start]

    def _reported_on(self, mention: Mention, doc: _Document) -> bool:
        """Whether a reporting verb dates ``mention`` ("said Thursday", "announced on Friday"): the day of a
        report, not of the story it tells."""
        return doc.reported_at(mention.start)

    def _told_before_its_report(
        self, doc: _Document, *, same_sentence: bool = False, finest: Granularity = Granularity.DAY
    ) -> Period | None:
        """The day a story stepped to before the day it was reported on, when the latest date is a report's ("The
        festival opens Tuesday, organizers said on Monday. ... the following evening"): the story goes on from the
        story's day, not from the report's. With ``same_sentence``, only a day told in the report's sentence. A
        period as coarse as ``finest`` is told too ("grossed $1.37 billion in 2015, the League said Monday, up 2
        percent from the year before")."""
        if len(doc.mentions) < 2:
            return None
        (told_span, told), (span, report) = doc.mentions[-2], doc.mentions[-1]
        if (
            told.granularity.rank >= min(finest.rank, Granularity.DAY.rank)
            and report.granularity is Granularity.DAY  # ("as announced earlier this morning" is a time of the day)
            and doc.sentences.index_at(span.start) - doc.sentences.index_at(told_span.start)
            <= (0 if same_sentence else 1)
            and doc.reported_at(span.start)
        ):
            return told
        return None

    def _framing_year(self, mention: Mention, doc: _Document) -> int | None:
        """The year a month or date without one belongs to when its sentence has already placed it:
        a year said right after it ("on Jan. 5 in 2018"), a year opening the sentence ("In 2030, it begins
        first in January"; "Last year, Eid fell on 30 March"), or the month or year just named ("since
        January 2019, when it fell to 23 below on Jan. 30", "since 2009, when it arrived on May 23"). A date
        written with its weekday takes it only if the weekday fits ("In 1929, the crash on Black Tuesday, Oct. 29")."""
        p = mention.parts
        if p.weekday is None or p.nth is not None:  # ("the first Monday of January" is a date of a year)
            return self._year_placed(mention, doc)
        if p.month is None or p.day is None:
            return None
        year = self._year_placed(attrs.evolve(mention, parts=attrs.evolve(p, weekday=None)), doc)
        try:
            fits = year is not None and dt.date(year, p.month, p.day).isoweekday() == p.weekday
        except ValueError:
            fits = False
        return year if fits else None

    def _year_placed(self, mention: Mention, doc: _Document) -> int | None:
        """The year the sentence has placed a month or date without a year or weekday in (see
        :meth:`_framing_year`)."""
        p = mention.parts
        if p.year is not None or p.year_shift is not None or p.shift is not None:
            return None
        if p.month is None and p.season is None and p.holiday is None and p.quarter is None and p.half is None:
            return None
        stated_after = self.language.cues.year_after.match(doc.text, mention.end)
        if stated_after is not None and stated_after.group("year"):
            return int(stated_after.group("year"))  # "three days before Christmas in 2018"
        if stated_after is None:
            # "next year's February half-term"
            stated_after = self.language.cues.year_before.search(
                doc.text, max(0, mention.start - _CUE_REACH), mention.start
            )
        if stated_after is not None and doc.reference is not None:
            # "runs Jan. 3-5 this year": the year counted from the publication
            return doc.reference.year + (1 if stated_after.group("ahead") else -1 if stated_after.group("back") else 0)
        sentence = doc.sentences.at(mention.start)
        split = self._split_year(doc.text, max(sentence.start, mention.start - _SPLIT_YEAR_REACH), mention.start)
        if split is not None and p.month is not None:
            # "a calendar for the 2025-26 school year that starts classes Aug. 27 and ends June 12"
            return split if p.month >= self.language.cues.split_year_turn else split + 1
        benchmark = doc.benchmark_year
        if (
            benchmark is not None
            and sentence.start <= benchmark[0].start
            and benchmark[0].end <= mention.start
            and self.language.cues.year_clause.match(doc.text, benchmark[0].end)
        ):
            return benchmark[1].start.year  # "the earliest onset since 2009, when it arrived on May 23"
        if not doc.mentions:
            return None
        in_sentence = [(span, period) for span, period in doc.recent() if span.start >= sentence.start]
        if not in_sentence:
            return None
        latest_span, latest = in_sentence[0]
        if (
            latest.granularity is Granularity.DAY
            and p.month is not None
            and p.day is not None
            and _YEAR_FIGURES.search(doc.text, latest_span.start, latest_span.end)
            and doc.tense(mention) is Tense.PAST
        ):
            # a day just after a day its sentence dated in full, told in the past: "paid late on 31 January 2025, but
            # HMRC says it arrived on 1 February"
            told = latest.start.date()
            for year in (told.year, told.year + 1):
                try:
                    gap = (dt.date(year, p.month, p.day) - told).days
                except ValueError:
                    continue
                if 0 < gap <= _DAYS_JUST_AFTER:
                    return year
        if (
            latest.granularity is Granularity.MONTH
            and p.month is not None
            and p.day is None
            and self.language.cues.list_join.fullmatch(doc.text, latest_span.end, mention.start)
            and p.month > latest.start.month
        ):
            # a month listed after another goes on from it: "departures in late April 2017, mid-May and early June"
            # (one before it may start another clause: "rose in May, and April's figure was revised up")
            return latest.start.year
        # the month just named, past dates of the same year: "will again be held this September, organizers said
        # Tuesday, with public days running Sept. 16-24" (but not past a date of another year: "the October Revolution
        # took place on Nov. 7, 1917 ...; under the Julian calendar the date was Oct. 25")
        years_since: set[int] = set()
        for span, period in in_sentence:
            if (
                period.granularity in _PARTS_OF_A_YEAR
                and p.month is not None
                and _holds_month(period, p.month)
                # (a fiscal quarter holds no calendar month: "in the first quarter of fiscal 2025, after ... March")
                and not self.language.cues.fiscal.search(doc.text, span.start, span.end)
            ):
                # ... and the quarter or half that holds it: "expects a stronger first half of 2025, helped by
                # WrestleMania 41 in April"
                # (not a date a future clause puts ahead, past a month gone by: "shares which debuted in September
                # ..., and a lock-up expires on Sept. 15")
                gone = doc.reference is not None and period.end <= doc.reference
                if years_since <= {period.start.year} and not (gone and doc.tense(mention) is Tense.FUTURE):
                    return period.start.year
                break
            years_since.add(period.start.year)
        if latest.granularity is Granularity.YEAR and self.language.cues.year_clause.match(doc.text, latest_span.end):
            return latest.start.year  # "since 2009, when it reached Kerala on May 23"
        if (
            p.holiday is not None
            and latest.granularity is Granularity.MONTH
            and doc.reference is not None
            and abs(latest.start.year - doc.reference.year) >= _FRAME_YEARS_AWAY
            and doc.tense(mention) is not Tense.FUTURE
        ):
            # a holiday in a story told years back, after its month: "came in December 1978, when a student left a
            # reaction running over Christmas", "recorded in February 1971, mixed over the Easter weekend"
            return latest.start.year
        if (
            latest.granularity is Granularity.YEAR
            and doc.reference is not None
            and latest.start > doc.reference
            and (p.quarter is not None or p.half is not None or self._year_of_a_plan(latest_span, doc))
            and doc.tense(mention) is Tense.FUTURE
        ):
            # "expect congestion to persist well into 2022, and say rates are unlikely to normalise before the fourth
            # quarter", "will run three crossings in 2017, with departures in late April": a part of the year ahead
            # just named
            return latest.start.year
        first_span, first = in_sentence[-1]
        # a year opening a later clause: "Last year it arrived on June 25, but this year it set in on 9th June",
        # "For a decade he planned the climb, and in the autumn of 1975 his team topped out on September 24"
        clause = (
            _clause_opening(doc.text, sentence.start, latest_span.start)
            if latest.granularity in (Granularity.YEAR, Granularity.SEASON)
            else None
        )
        if (
            clause is not None
            and (latest_span is not first_span or clause > sentence.start)
            and (
                self.language.cues.clause_frame_opening.fullmatch(doc.text, clause, latest_span.start)
                or (
                    # (after a semicolon no conjunction is needed, when the year is told by its distance, not named
                    # before a noun: "Last year we sent £12,400; this year we're aiming for £20,000 by Easter", not
                    # "2017 licenses expired; 2018 licenses went on sale in early December")
                    doc.text[clause - 1] == ";"
                    and not doc.text[clause : latest_span.start].strip()
                    and not any(character.isdigit() for character in doc.text[latest_span.start : latest_span.end])
                )
            )
        ):
            return latest.start.year
        # a year opens the sentence, or a date years away from the publication does ("Eighty years ago this
        # week, ... on Jan. 24, ..."); "Last October, ..., and in January ..." is a list, not a frame
        other_year = doc.reference is not None and abs(first.start.year - doc.reference.year) >= _FRAME_YEARS_AWAY
        # (a fiscal year frames no calendar months: "For fiscal 2026, which began in October")
        fiscal = self.language.cues.fiscal.search(doc.text, first_span.start, first_span.end) is not None
        framing = (first.granularity in (Granularity.YEAR, Granularity.SEASON) and not fiscal) or (
            other_year and first.granularity.rank > Granularity.YEAR.rank
        )
        following = words(doc.text, first_span.end, min(sentence.end, first_span.end + _CUE_REACH))
        # (the subject of the sentence's verb frames nothing: "The year ends Sunday, ...: New Year's Day is Monday")
        # (a bare form after it is a noun it qualifies: "The 2021 show, held in April")
        subject = (
            bool(following)
            and following[0][0] in self.language.cues.verbs
            and (
                following[0][0].endswith(self.language.cues.particles.s_ending)
                or is_finite_verb(following[0][0], self.language.cues)
            )
        )
        opening = self.language.cues.frame_opening.fullmatch(doc.text, sentence.start, first_span.start)
        if framing and not subject and opening is not None:
            # a year naming what the sentence is about frames its dates ("The 2022 Games will be held from Feb. 4"),
            # until the sentence turns to something else, or to the present ("Throughout 2020 the halls stood empty;
            # now, ... the airport is planning for a December rush")
            if opening.group("named") and self.language.cues.contrast.search(doc.text, first_span.end, mention.start):
                return None
            if self.language.cues.turn_to_now.search(doc.text, first_span.end, mention.start):
                return None
            return _year_within(first, p.month) if p.month is not None else first.start.year
        return None

    def _year_of_a_plan(self, year: Span, doc: _Document) -> bool:
        """Whether ``year`` is the year an event is put in, closing its clause ("will run three crossings in 2017,
        with departures in late April")."""
        reach = max(0, year.start - _CUE_REACH), year.end + _CUE_REACH
        said = self.language.cues.year_of_a_plan.search(doc.text, *reach)
        return said is not None and said.start() < year.start and said.end() > year.end

    def _split_year(self, text: str, start: int, end: int) -> int | None:
        """The first year of a school year or season across two years named between ``start`` and ``end``."""
        for match in self.language.cues.split_year.finditer(text, start, end):
            first, second = int(match.group("first")), int(match.group("second"))
            if second % 100 == (first + 1) % 100:
                return first
        return None

    @staticmethod
    def _with_year(p: Parts, year: int) -> Period:
        if p.nth is not None and p.weekday is not None and p.month is not None:
            return Period.day(nth_weekday(year, p.month, p.weekday, p.nth))
        if p.nth is not None and p.unit is Unit.WEEKEND and p.month is not None:
            # "the first weekend of June": the weekend of the month's first Saturday
            return Period.weekend(nth_weekday(year, p.month, 6, p.nth))
        if p.month is not None and p.day is not None:
            if p.unit is Unit.WEEKEND:
                return Period.weekend(dt.date(year, p.month, p.day))  # "the weekend of June 8"
            return Period.day(dt.date(year, p.month, p.day))
        if p.month is not None:
            return Period.month(year, p.month)
        if p.quarter is not None:
            if not 1 <= p.quarter <= 4:
                raise ValueError("no such quarter")
            return Period.quarter(year, p.quarter)
        if p.half is not None:
            if not 1 <= p.half <= 2:
                raise ValueError("no such half")
            return Period.half(year, p.half)
        if p.season is not None:
            return Period.season(year, p.season)
        if p.holiday is not None:
            try:
                if p.nth is not None:
                    return Period.day(holiday_day(p.holiday, year, p.nth, p.part_of_day in ("EV", "NI")))
                return Period.day(holiday_date(p.holiday, year))
            except ValueError:
                raise _Coarse(Period.year(year), "outside-calendar", Anchor.REFERENCE) from None
        return Period.year(year)

    def _years_ahead(self, p: Parts, moment: dt.datetime) -> list[Period]:
        """The periods the parts name in the years after the next, out to a few, nearest first."""
        periods = []
        for year in range(moment.year + 2, moment.year + _WEEKDAY_YEARS_AHEAD + 1):
            try:
                periods.append(self._with_year(p, year))
            except (ValueError, _Unresolvable):
                continue
        return periods

    @staticmethod
    def _decade(p: Parts, doc: _Document) -> Period:
        assert p.decade is not None
        if p.year_digits != 1:
            return Period.decade(p.decade)
        # "the nineties", "the '60s": the latest such decade that has begun by the reference
        base = (doc.reference or dt.datetime(2000, 1, 1)).year
        decade = (base // 100) * 10 + p.decade
        if decade * 10 > base:
            decade -= 10
        return Period.decade(decade)

    def _candidates(self, p: Parts, moment: dt.datetime) -> tuple[list[Period], Tense, _Choice]:
        """Instances near the anchor the parts could name, the tense to assume when the clause has none,
        and how the tense chooses among them."""
        if p.day is not None and p.month is None:  # "the 9th": this month's, last month's or next month's
            candidates = []
            # "Friday the thirteenth": the months around in which that day is that weekday
            shifts = range(-13, 14) if p.weekday is not None else (-1, 0, 1)
            for shift in shifts:
                first = period_of(moment, Granularity.MONTH).shift(shift).start
                try:
                    day = dt.date(first.year, first.month, p.day)
                except ValueError:
                    continue
                if p.weekday is None or day.isoweekday() == p.weekday:
                    candidates.append(Period.day(day))
            if not candidates:
                raise ValueError("no such day")
            return candidates, Tense.NONE, _Choice.PREFERENCE
        if p.weekday is not None and p.month is None and p.holiday is None:
            today = moment.date()
            on_or_before = today - dt.timedelta(days=(today.isoweekday() - p.weekday) % 7)
            return [Period.day(on_or_before + dt.timedelta(weeks=k)) for k in (-1, 0, 1)], Tense.PAST, _Choice.STRICT
        if p.unit is Unit.WEEKEND and p.month is None:
            weekends = [Period.weekend(moment.date() + dt.timedelta(weeks=k)) for k in (-1, 0, 1)]
            return weekends, Tense.PAST, _Choice.STRICT
        if any(part is not None for part in (p.month, p.quarter, p.half, p.season, p.holiday)):
            candidates = _year_candidates(moment, lambda year: self._with_year(p, year))
            if p.order_unsure and p.weekday is not None and p.day is not None and p.month is not None:
                # "Sat 8/3": the day and the month either way round, the weekday keeps the order it fits
                swapped = attrs.evolve(p, month=p.day, day=p.month, order_unsure=False)
                candidates += _year_candidates(moment, lambda year: self._with_year(swapped, year))
            if p.weekday is not None:  # "Friday, Oct. 13", "Christmas is Monday": the year it falls on that day
                # ... looking a few years further when none near falls on it: "from Thursday 2 June to Sunday 5 June
                # 2022", written in November 2020
                farther = [] if p.shift is not None else self._years_ahead(p, moment)
                candidates = (
                    [c for c in candidates if c.start.isoweekday() == p.weekday]
                    or [c for c in farther if c.start.isoweekday() == p.weekday][:1]
                    or candidates
                )
            if not candidates:
                raise ValueError("no such date")
            # a quarter's tense usually belongs to a report about it: take the nearest one
            reported = p.quarter is not None or p.half is not None
            return candidates, Tense.NONE, _Choice.NEAREST if reported else _Choice.PREFERENCE
        if p.unit is not None:
            return [period_of(moment, UNIT_GRANULARITY[p.unit])], Tense.NONE, _Choice.NEAREST
        raise RuntimeError(f"calendar parts name no period: {p}")


class _Coarse(_Unresolvable):
    """Only a coarser period than the words name is known: "that same day" after "last October", or a
    lunar holiday in a year its table does not reach."""

    def __init__(
        self, previous: Period, how: str = "anaphoric/within-coarser", anchor: Anchor = Anchor.PREVIOUS
    ) -> None:
        super().__init__(previous.timex)
        self.previous = previous
        self.how = how
        self.anchor = anchor


#: How many stretches of a sentence and the one before are weighed for hours kept each day.
_NEAR_STRETCHES = 8
#: How far after a day its clause of "when" may reach a clock time: "Sunday, when the race starts at 3:30 p.m.".
_WHEN_REACH = 160
#: How many words before a length the verb that moved an end by it may stand: "pushed back a week".
_MOVED_WORDS = 2
#: Marks that end a clause.
_CLAUSE_MARKS = frozenset(",;:")
#: Lengths that stretch over days whatever their count: "the next month", "a week", "two years".
_STRETCHING_UNITS = frozenset({Unit.WEEK, Unit.FORTNIGHT, Unit.MONTH, Unit.SEASON, Unit.YEAR})


def _at(starts: list[int], offset: int) -> bool:
    """Whether ``offset`` is one of the sorted ``starts``, found by bisection."""
    index = bisect.bisect_left(starts, offset)
    return index < len(starts) and starts[index] == offset


def _is_bare_month(p: Parts) -> bool:
    """Whether the parts name a month and nothing more, perhaps a part of it: "April", "the end of November"."""
    return p.month is not None and p == Parts(Build.CALENDAR, month=p.month, mod=p.mod)


def _names_a_day(p: Parts) -> bool:
    """Whether the parts say which day (or longer period), beyond a clock time or part of day."""
    return (
        any(
            value is not None
            for value in (
                p.year,
                p.year_shift,
                p.decade,
                p.century,
                p.relative_day,
                p.weekday,
                p.month,
                p.day,
                p.quarter,
                p.half,
                p.season,
                p.holiday,
                p.unit,
            )
        )
        or (p.shift is not None)
        or bool(p.anaphoric_shift)
    )  # "10pm the previous night"


def _hour_of_day(clock: Mention, opening: bool) -> int | None:
    """The hour of a clock time on the 24-hour clock, or None for an hour that does not say which half of
    the day it is in ("at 9", but "05:00" does); midnight opening a range is the day's first hour, closing one
    its last."""
    p = clock.parts
    if p.hour is None:
        return None
    if p.meridiem is not None:
        return p.hour % 12 + (12 if p.meridiem == "pm" else 0)
    if p.hour == 24:
        return 0 if opening else 24
    return p.hour if p.hour >= 12 or p.hour == 0 or clock.text.startswith("0") else None


#: How many days back a weekday a length is counted from may lie: "two weeks from Monday", written on the Tuesday.
_JUST_PAST_DAYS = 1
#: How many dates in a row, each after the one before, show a story told in order.
_IN_ORDER = 3


def _told_in_order(doc: _Document) -> bool:
    """Whether the latest dates of the text follow each other in time, a story told in order."""
    latest = [period for _, period in doc.mentions[-_IN_ORDER:]]
    return len(latest) == _IN_ORDER and all(a.start < b.start for a, b in itertools.pairwise(latest))


#: The rule of clock times in four figures ("0700 hours"), and how near one another such clock times are told.
_MILITARY_CLOCK_RULE = "military_clock"
_CLOCK_PARTNER_REACH = 80
_HHMM_DIGITS = 4
_HOURS_IN_A_DAY = 24
_MINUTES_IN_AN_HOUR = 60
#: Units a count of things per one of them makes a rate of ("one halibut a day").
_RATE_UNITS = frozenset({Unit.HOUR, Unit.DAY, Unit.NIGHT, Unit.WEEK, Unit.FORTNIGHT, Unit.MONTH, Unit.YEAR})
#: How far before such a unit its count may be ("15 free hours of funded childcare a week").
_RATE_COUNT_REACH = 60
#: The rule a rate so found is credited to.
_RATE_RULE = "rate"
#: How far before a year the mark opening its clause may be ("..., and in the autumn of 1975").
_CLAUSE_OPENING_REACH = 40


def _clause_opening(text: str, sentence_start: int, year_start: int) -> int | None:
    """Where the clause a year opens starts: after the comma, semicolon or dash near before it, or at the sentence's
    start; None when neither is near (the clause is looked for close by: a long sentence stays linear)."""
    window = max(sentence_start, year_start - _CLAUSE_OPENING_REACH)
    mark = max(text.rfind(mark, window, year_start) for mark in ",;—–")
    if mark >= 0:
        return mark + 1
    return sentence_start if window == sentence_start else None


def _days_between(doc: _Document, after: int, before: int) -> bool:
    """Whether a mention naming one day ("Monday's", "tomorrow") starts after offset ``after`` and before ``before``."""
    return bisect.bisect_right(doc.one_day_starts, after) < bisect.bisect_left(doc.one_day_starts, before)


def _runs_past_midnight(start: Mention, end: Mention) -> bool:
    """Whether a range of clock times ends earlier in the day than it starts: "between 11.45pm and 4.30am",
    "a curfew from noon until 5 a.m. Thursday", "from 16:00 until 05:00 on Thursday"."""
    opening, closing = _hour_of_day(start, opening=True), _hour_of_day(end, opening=False)
    return opening is not None and closing is not None and opening > closing


def _is_bare_clock(p: Parts) -> bool:
    """A clock time that does not say its day ("at 10:35 a.m.", "noon")."""
    return p.build is Build.CALENDAR and p.hour is not None and not _names_a_day(p)


def _is_bare_part_of_day(p: Parts) -> bool:
    """A part of the day that does not say its day ("in the early evening")."""
    return (
        p.build is Build.CALENDAR
        and p.part_of_day is not None
        and p.hour is None
        and p.anaphoric_shift is None
        and not _names_a_day(p)
    )


#: A clock time in the afternoon or evening followed by one in the small hours puts the second past midnight
#: ("final bids by 4 p.m. Sunday. The agency announced the deal at about 3:15 a.m.").
_AFTERNOON_HOUR = 12
#: Modifiers that bound a length rather than place its end: "in less than four weeks", "in more than a year".
_BOUNDS = frozenset({"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
#: Parts of the day from noon on: after midnight written T24:00 they are the day it ends.
_LATE_PARTS_OF_DAY = frozenset({"AF", "EV", "NI"})
#: Midnight written as the end of its day.
_MIDNIGHT_HOUR = 24
_SMALL_HOURS_END = 6
#: How near a season that is over or about to begin is still "this" one, not "last" or "next".
_SEASON_NEAR_DAYS = 61
#: How close to the publication the end of a month named with "last" may come before it is "last month" instead.
_MONTH_NEAR_DAYS = 31

#: How far around a clock time its clause is read for the marks of a standing rule, or its sentence for a morning.
_RULE_REACH = 200
#: The latest hour that, written with its minutes but no a.m. or p.m., is in the afternoon unless a morning is told.
_LAST_AFTERNOON_HOUR_BY_DEFAULT = 5
#: The TIMEX3 value's ending of a day's night: "2016-07-18TNI".
_NIGHT = "TNI"
#: Parts of day after which a clock time without a.m. or p.m. is in the afternoon or evening.
_EVENING = frozenset({"EV", "NI"})
#: A clock time written with its "a.m." or "p.m.".
_WITH_MERIDIEM = re.compile(r"\d[ \t]*[ap]\.?m\b", re.IGNORECASE)
#: The first figures of a clock time: its hour.
_FIRST_FIGURES = re.compile(r"\d{1,2}")
#: How many days after a day dated in full a day its sentence names without a year may fall and share its year.
_DAYS_JUST_AFTER = 31
#: A year written in figures.
_YEAR_FIGURES = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: An hour written with a leading zero is on the 24-hour clock: "05:00", "0815 GMT" (never evening).
_TWENTY_FOUR_HOUR = re.compile(r"(?<!\d)0\d[:.h]?[0-5]\d")
#: A clock time past noon on the 24-hour clock: "14:30".
_AFTERNOON_ON_THE_24_HOUR_CLOCK = re.compile(r"(?<![\d.:])(?:1[3-9]|2[0-3])[:.h][0-5]\d(?![\d.:])")


def _hour(p: Parts) -> int:
    assert p.hour is not None
    hour = p.hour
    if p.meridiem == "pm" and hour < 12:
        hour += 12
    elif p.meridiem == "am" and hour == 12:
        hour = 0
    if not 0 <= hour <= 24:
        raise ValueError("no such hour")
    return hour


def _stated(p: Parts) -> tuple[str, ...]:
    stated = {name for name in _STATED_PARTS if getattr(p, name) is not None}
    if p.year is not None and (p.year_digits == 1 or p.historic):
        stated.discard("year")
    if p.decade is not None and p.year_digits == 1:
        stated.discard("decade")
    return tuple(sorted(stated))


def _x_value(granularity: Granularity) -> str:
    return {
        Granularity.YEAR: "XXXX",
        Granularity.MONTH: "XXXX-XX",
        Granularity.WEEK: "XXXX-WXX",
        Granularity.WEEKEND: "XXXX-WXX-WE",
        Granularity.QUARTER: "XXXX-QX",
        Granularity.HALF: "XXXX-HX",
        Granularity.SEASON: "XXXX-XX",
        Granularity.DECADE: "XXX",
        Granularity.CENTURY: "XX",
    }.get(granularity, "XXXX-XX-XX")


def _duration(p: Parts, how: str) -> _Value:
    unit = p.unit or Unit.DAY
    if p.extra_unit is not None and p.extra_count is not None and p.count is not None:
        pieces = [(p.count, unit), (p.extra_count, p.extra_unit)]
        if p.third_count is not None and p.third_unit is not None:
            pieces.append((p.third_count, p.third_unit))
        if p.fourth_count is not None and p.fourth_unit is not None:
            pieces.append((p.fourth_count, p.fourth_unit))
        value = compound_duration_value(pieces)
        return _Value(TimexType.DURATION, value, Granularity.NONE, how + "/compound")
    count = None if p.vague_count else (1.0 if p.count is None else p.count)
    if p.plural and p.count is None:
        count = None
    return _Value(TimexType.DURATION, duration_value(count, unit, decimal=p.decimal_count), Granularity.NONE, how)


_SET_UNIT_VALUE = {Unit.SEASON: "P1Y", Unit.WEEKEND: "XXXX-WXX-WE"}


_LAST_WORD = re.compile(r"(?P<word>[A-Za-z]+)[ \t]*$")


def _word_before(text: str, offset: int) -> str | None:
    """The word right before ``offset``, in lower case."""
    found = _LAST_WORD.search(text, max(0, offset - _WORD_REACH), offset)
    return found.group("word").lower() if found else None


#: How far back a word before an offset is looked for.
_WORD_REACH = 24


def _before_common_era(p: Parts) -> _Value:
    """A year, century or millennium before the common era, written as TIMEX2 and HeidelTime write it ("BC0500",
    "BC04" for the fifth century BC, "BC3" for the fourth millennium BC): Python's calendar has no year before 1, so
    the value has no interval."""
    if p.year is not None:
        value, granularity = f"BC{p.year:04d}", Granularity.YEAR
    elif p.century is not None:
        value, granularity = f"BC{p.century:02d}", Granularity.CENTURY
    elif p.millennium is not None:
        value, granularity = f"BC{p.millennium}", Granularity.MILLENNIUM
    else:
        raise _Unresolvable
    return _Value(TimexType.DATE, value, granularity, "before-common-era", stated=_stated(p))


def _set_value(p: Parts) -> _Value:
    if p.value is not None:
        return _Value(TimexType.SET, p.value, Granularity.NONE, "set/frequency")
    part = f"T{p.part_of_day}" if p.part_of_day else ""
    if p.weekday is not None:
        return _Value(TimexType.SET, f"XXXX-WXX-{p.weekday}{part}", Granularity.NONE, "set/weekday")
    if p.month is not None:
        of_month = f"-{p.day:02d}" if p.day is not None else ""  # "every Jan. 17"
        return _Value(TimexType.SET, f"XXXX-{p.month:02d}{of_month}", Granularity.NONE, "set/month")
    if p.day is not None:  # "every 24th of the month"
        return _Value(TimexType.SET, f"XXXX-XX-{p.day:02d}", Granularity.NONE, "set/day-of-month")
    if p.season is not None:
        return _Value(TimexType.SET, f"XXXX-{p.season}", Granularity.NONE, "set/season")
    if p.holiday is not None:  # "every Christmas Eve": its day when the calendar fixes one, else a yearly day
        day = fixed_holiday(p.holiday)
        value = f"XXXX-{day[0]:02d}-{day[1]:02d}" if day else "XXXX-XX-XX"
        return _Value(TimexType.SET, value, Granularity.NONE, "set/holiday")
    if p.unit is not None:
        if p.count is None and p.unit in _SET_UNIT_VALUE:
            return _Value(TimexType.SET, _SET_UNIT_VALUE[p.unit], Granularity.NONE, "set/unit")
        if p.unit is Unit.WEEKEND:  # "every other weekend" recurs every two weeks
            return _Value(TimexType.SET, duration_value(p.count or 1, Unit.WEEK), Granularity.NONE, "set/unit")
        count = None if p.vague_count else (p.count or 1)  # "every few months": PXM
        return _Value(TimexType.SET, duration_value(count, p.unit), Granularity.NONE, "set/unit")
    if part:
        return _Value(TimexType.SET, f"XXXX-XX-XX{part}", Granularity.NONE, "set/part-of-day")
    raise ValueError("a set needs a unit or a calendar name")


def _part_begun(p: Parts, moment: dt.datetime) -> bool:
    """Whether the part of this year the parts name ("the first week of the year") has begun by the moment."""
    assert p.part_nth is not None and p.part_unit is not None
    return period_of(moment, Granularity.YEAR).part(p.part_nth, p.part_unit).start <= moment


def _a_fiscal_part(mention: Mention, value: _Value) -> bool:
    """Whether the value is a part of a stated fiscal year ("the third quarter of fiscal 2026", "Q2 FY25"): a part
    of a company's own year, which names no calendar months."""
    return (
        mention.parts.fiscal
        and mention.parts.year is not None
        and value.granularity in (Granularity.QUARTER, Granularity.HALF)
    )
