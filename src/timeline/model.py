"""The records every stage of the pipeline takes and returns.

All records are frozen ``attrs`` classes: recognise -> resolve -> attach to events -> order -> render
pass these, never dictionaries.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

    from timeline.timeline import Timeline

__all__ = [
    "FIELDS",
    "Anchor",
    "Document",
    "ErrorRecord",
    "Event",
    "EventKind",
    "Granularity",
    "Interval",
    "Modality",
    "Source",
    "Span",
    "Tense",
    "TimeExpression",
    "TimexType",
]


class TimexType(str, enum.Enum):
    """The TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"

    def __str__(self) -> str:
        return self.value


class Granularity(enum.Enum):
    """How coarse a resolved value is; ordered from coarsest to finest by :attr:`rank`."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    WEEKEND = "weekend"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"
    #: a vague reference (PRESENT_REF, PAST_REF, FUTURE_REF) or a value without extent
    NONE = "none"

    @property
    def rank(self) -> int:
        """0 for the coarsest unit; :attr:`NONE` ranks after every unit."""
        return _GRANULARITY_ORDER.index(self)

    def __str__(self) -> str:
        return self.value


_GRANULARITY_ORDER = tuple(Granularity)


class Anchor(str, enum.Enum):
    """What a value was resolved against."""

    #: fully stated by the text ("February 9, 2022")
    NONE = "none"
    #: the document's reference (publication) date ("on Friday", "last week")
    REFERENCE = "reference"
    #: the most recent date mentioned before it ("two days later", "that week")
    PREVIOUS = "previous"
    #: the historic event the day names ("the Sept. 11 attacks"): its year is known, not written
    EVENT = "event"
    #: relative, but no anchor was available: the value stays underspecified
    UNRESOLVED = "unresolved"

    def __str__(self) -> str:
        return self.value


#: Calendar fields a value can state or have implied, coarsest first.
FIELDS = (
    "millennium",
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "weekday",
    "day",
    "part_of_day",
    "hour",
    "minute",
    "second",
    "zone",
)


def _fields(value: tuple[str, ...] | list[str] | frozenset[str] | set[str]) -> tuple[str, ...]:
    unknown = set(value) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown calendar fields: {sorted(unknown)}")
    return tuple(f for f in FIELDS if f in value)


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` of a text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __contains__(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class Interval:
    """A half-open time interval ``[start, end)``; a day is midnight to midnight."""

    start: dt.datetime
    end: dt.datetime

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"interval ends before it starts: {self.start} > {self.end}")

    def __contains__(self, moment: dt.datetime) -> bool:
        return self.start <= moment < self.end

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def duration(self) -> dt.timedelta:
        return self.end - self.start


@attrs.frozen
class TimeExpression:
    """A temporal expression found in a text, with its TIMEX3 value.

    ``value`` is the TIMEX3 string ("2022-01-21", "2022-W02", "P3Y", "PAST_REF", "XXXX-WXX-2").
    ``stated`` names the calendar fields the text gave; ``implied`` those taken from the anchor
    (the reference date or the previous mention, see ``anchor``). ``rule`` names the pattern
    that found the expression and the resolution that produced the value.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    granularity: Granularity
    rule: str
    mod: str | None = None
    interval: Interval | None = None
    stated: tuple[str, ...] = attrs.field(default=(), converter=_fields)
    implied: tuple[str, ...] = attrs.field(default=(), converter=_fields)
    anchor: Anchor = Anchor.NONE

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"span [{self.start}, {self.end}) does not fit text {self.text!r}")

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_anchored(self) -> bool:
        """True when the value names a definite stretch of time (it has an interval)."""
        return self.interval is not None


class Tense(str, enum.Enum):
    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    NONE = "NONE"

    def __str__(self) -> str:
        return self.value


class Modality(str, enum.Enum):
    #: stated as fact by the text
    ASSERTED = "ASSERTED"
    #: scheduled, expected, intended: it has not happened yet
    PLANNED = "PLANNED"
    #: attributed to a source by a reporting verb
    REPORTED = "REPORTED"
    #: conditional or possible ("could", "if")
    HYPOTHETICAL = "HYPOTHETICAL"
    #: said not to have happened
    NEGATED = "NEGATED"

    def __str__(self) -> str:
        return self.value


class EventKind(str, enum.Enum):
    """TimeML event classes."""

    REPORTING = "REPORTING"
    OCCURRENCE = "OCCURRENCE"
    STATE = "STATE"
    I_ACTION = "I_ACTION"
    I_STATE = "I_STATE"
    ASPECTUAL = "ASPECTUAL"
    PERCEPTION = "PERCEPTION"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Event:
    """Something that happened (or will) at the time of ``when``.

    ``trigger`` is the predicate the expression dates (a verb or an event noun); ``text`` is a
    readable clause built around it with any attribution moved into ``source``. ``primary`` is true for
    the predicate the expression modifies (and those coordinated with it), false for the other
    predicates of its sentence that it dates ("said Friday that authorities *are pursuing* tips").
    """

    trigger: Span
    trigger_text: str
    text: str
    sentence: Span
    when: TimeExpression
    tense: Tense
    modality: Modality
    kind: EventKind
    source: str | None = None
    primary: bool = True


@attrs.frozen
class Document:
    """The result of :func:`timeline.extract` for one text."""

    text: str
    reference: dt.datetime | None
    language: str
    expressions: tuple[TimeExpression, ...]
    events: tuple[Event, ...] = ()
    id: str | None = None

    def timeline(self) -> Timeline:
        """The document's events ordered in time (see :mod:`timeline.timeline`)."""
        from timeline.timeline import Timeline

        return Timeline.from_document(self)

    def __iter__(self) -> Iterator[TimeExpression]:
        return iter(self.expressions)

    def __len__(self) -> int:
        return len(self.expressions)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from timeline.render import render_expressions

        yield render_expressions(self)


@attrs.frozen
class Source:
    """One input of a batch: an identifier, a text and its reference date."""

    id: str
    text: str
    reference: dt.date | dt.datetime | str | None = None


@attrs.frozen
class ErrorRecord:
    """A batch input that could not be processed: it is reported, never dropped."""

    id: str
    error: str
    message: str
