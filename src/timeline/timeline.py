"""Ordering and grouping: a document's events as a timeline.

A :class:`Timeline` holds one :class:`Entry` per event. Dated entries are ordered by the start of
their interval; at an equal start the coarser period comes first (a year before the months in it,
by :attr:`Granularity.rank`), then the longer interval, then document order (the trigger's
position). Events without a definite time -- a vague value (``PAST_REF``, ``PRESENT_REF``,
``FUTURE_REF``), a duration, a set, or a value that could not be resolved to an interval -- are kept
in their own section, :attr:`Timeline.undated`, in document order. No event is ever dropped, and the
order does not depend on the order the events were given in.

Filters (:meth:`Timeline.between`, :meth:`Timeline.mentioning`, :meth:`Timeline.filter`) return new
timelines.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from timeline.errors import PeriodError, ReferenceDateError
from timeline.extract import parse_reference
from timeline.model import Document, Event, Interval, TimeExpression, TimexType

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

__all__ = ["VAGUE_VALUES", "Bound", "Entry", "Timeline", "is_dated"]

#: TIMEX3 values that name no definite stretch of time.
VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})

#: A bound of :meth:`Timeline.between`: a date, a datetime, or an ISO string ("2022", "2022-01",
#: "2022-01-19", "2022-01-19T08:30").
Bound = dt.date | dt.datetime | str


def is_dated(expression: TimeExpression) -> bool:
    """True when ``expression`` places an event on the timeline: a DATE or TIME with an interval."""
    return (
        expression.interval is not None
        and expression.type in (TimexType.DATE, TimexType.TIME)
        and expression.value not in VAGUE_VALUES
    )


def _naive(moment: dt.datetime) -> dt.datetime:
    """``moment`` comparable with the pipeline's naive datetimes (an aware one is taken to UTC)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


@attrs.frozen
class Entry:
    """One event of a timeline; ``index`` is its position among the events it was built from."""

    event: Event
    index: int

    @property
    def when(self) -> TimeExpression:
        return self.event.when

    @property
    def dated(self) -> bool:
        """True for an entry of the ordered part, False for one of the undated section."""
        return is_dated(self.event.when)

    @property
    def interval(self) -> Interval | None:
        """The stretch of time the entry is placed at; ``None`` for an undated entry."""
        return self.event.when.interval if self.dated else None

    def mentions(self, name: str) -> bool:
        """True when ``name`` occurs (case-insensitively) in the event's text or its source."""
        needle = name.casefold()
        return needle in self.event.text.casefold() or (
            self.event.source is not None and needle in self.event.source.casefold()
        )


def _document_key(entry: Entry) -> tuple[object, ...]:
    # trigger position first (document order); the repr makes the order total over distinct events,
    # so it never depends on the order the events were given in; the index only separates equal ones
    event = entry.event
    return (event.trigger.start, event.trigger.end, event.when.start, event.when.end, repr(event), entry.index)


def _time_key(entry: Entry) -> tuple[object, ...]:
    interval = entry.when.interval
    assert interval is not None
    start, end = _naive(interval.start), _naive(interval.end)
    return (start, entry.when.granularity.rank, start - end, *_document_key(entry))


def _start(entry: Entry) -> dt.datetime:
    interval = entry.when.interval
    assert interval is not None
    return _naive(interval.start)


_PERIOD = re.compile(r"^\s*(?P<year>\d{4})(?:-(?P<month>\d{2}))?\s*$")


def _period(bound: Bound) -> tuple[dt.datetime, dt.datetime]:
    """The stretch of time a bound names: a day for a date, an instant for a datetime, a year or month."""
    if isinstance(bound, dt.datetime):
        moment = _naive(bound)
        return moment, moment
    if isinstance(bound, dt.date):
        day = dt.datetime(bound.year, bound.month, bound.day)
        return day, _next_day(day)
    if isinstance(bound, str):
        match = _PERIOD.match(bound)
        if match is not None:
            year = int(match.group("year"))
            if year < dt.MINYEAR:
                raise PeriodError(f"cannot read period bound {bound!r}: year {year} is out of range")
            if match.group("month") is None:
                return dt.datetime(year, 1, 1), _add_months(year, 1, 12)
            month = int(match.group("month"))
            if not 1 <= month <= 12:
                raise PeriodError(f"cannot read period bound {bound!r}: month {month} is out of range")
            return dt.datetime(year, month, 1), _add_months(year, month, 1)
        try:
            parsed = parse_reference(bound)
        except ReferenceDateError:
            raise PeriodError(
                f"cannot read period bound {bound!r}: expected a date, a datetime, or an ISO 8601 string "
                "such as '2022', '2022-01', '2022-01-19' or '2022-01-19T08:30'"
            ) from None
        assert parsed is not None
        if "T" in bound.upper() or ":" in bound:
            return parsed, parsed
        return parsed, _next_day(parsed)
    raise PeriodError(f"cannot read period bound {bound!r}: a {type(bound).__name__} is not a date")


def _next_day(day: dt.datetime) -> dt.datetime:
    return day + dt.timedelta(days=1) if day.date() < dt.date.max else dt.datetime.max


def _add_months(year: int, month: int, months: int) -> dt.datetime:
    index = year * 12 + month - 1 + months
    if index // 12 > dt.MAXYEAR:
        return dt.datetime.max
    return dt.datetime(index // 12, index % 12 + 1, 1)


@attrs.frozen
class Timeline:
    """A document's events in time order, its undated events apart, and the reference date.

    Iterating gives every entry: the dated ones in time order, then the undated ones in document
    order. Build one with :meth:`from_document` or :meth:`from_events`; ``rich.print(timeline)``
    draws it (see :mod:`timeline.render`).
    """

    entries: tuple[Entry, ...] = ()
    undated: tuple[Entry, ...] = ()
    reference: dt.datetime | None = None
    id: str | None = None

    @classmethod
    def from_document(cls, document: Document) -> Timeline:
        """The timeline of ``document.events`` against its reference date."""
        return cls.from_events(document.events, document.reference, id=document.id)

    @classmethod
    def from_events(
        cls, events: Iterable[Event], reference: dt.date | dt.datetime | str | None = None, *, id: str | None = None
    ) -> Timeline:
        """Order ``events``; ``reference`` (a date, datetime or ISO string) marks publication."""
        entries = [Entry(event, index) for index, event in enumerate(events)]
        dated = sorted((e for e in entries if e.dated), key=_time_key)
        undated = sorted((e for e in entries if not e.dated), key=_document_key)
        return cls(tuple(dated), tuple(undated), parse_reference(reference), id)

    # ------------------------------------------------------------------------------------ access

    def __iter__(self) -> Iterator[Entry]:
        yield from self.entries
        yield from self.undated

    def __len__(self) -> int:
        return len(self.entries) + len(self.undated)

    def __bool__(self) -> bool:
        return bool(self.entries or self.undated)

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event, in timeline order (dated, then undated)."""
        return tuple(entry.event for entry in self)

    @property
    def reference_index(self) -> int | None:
        """Where the publication mark goes among :attr:`entries`: the number of entries before it.

        An entry is before publication when it starts before the end of the reference day (for a
        reference date without a time) or at or before the reference moment (with a time). ``None``
        without a reference date.
        """
        if self.reference is None:
            return None
        reference = _naive(self.reference)
        if reference.time() == dt.time(0, 0):
            return bisect.bisect_left([_start(e) for e in self.entries], _next_day(reference))
        return bisect.bisect_right([_start(e) for e in self.entries], reference)

    @property
    def before(self) -> tuple[Entry, ...]:
        """The dated entries before the publication mark (all of them without a reference date)."""
        index = self.reference_index
        return self.entries if index is None else self.entries[:index]

    @property
    def after(self) -> tuple[Entry, ...]:
        """The dated entries after the publication mark (none without a reference date)."""
        index = self.reference_index
        return () if index is None else self.entries[index:]

    # ----------------------------------------------------------------------------------- filters

    def filter(self, predicate: Callable[[Entry], bool]) -> Timeline:
        """A new timeline of the entries ``predicate`` keeps, in the same order."""
        return attrs.evolve(
            self,
            entries=tuple(e for e in self.entries if predicate(e)),
            undated=tuple(e for e in self.undated if predicate(e)),
        )

    def between(self, start: Bound | None = None, end: Bound | None = None) -> Timeline:
        """The dated entries whose interval overlaps the period from ``start`` to ``end``.

        A date (or an ISO date, month or year string: "2022-01-19", "2022-01", "2022") stands for
        the whole day, month or year, so both ends are included; a datetime is an instant, and the
        period ends just before it. ``None`` leaves that side open. Undated entries overlap no
        period and are left out.
        """
        low = dt.datetime.min if start is None else _period(start)[0]
        high = dt.datetime.max if end is None else _period(end)[1]
        if high < low:
            raise PeriodError(f"the period ends before it starts: {start!r} > {end!r}")

        def overlaps(entry: Entry) -> bool:
            interval = entry.interval
            if interval is None:
                return False
            first, last = _naive(interval.start), _naive(interval.end)
            if first == last:  # an instant
                return low <= first < high or low == first == high
            return first < high and low < last

        return attrs.evolve(self, entries=tuple(e for e in self.entries if overlaps(e)), undated=())

    def mentioning(self, name: str) -> Timeline:
        """The entries whose event text or source contains ``name``, ignoring case."""
        return self.filter(lambda entry: entry.mentions(name))

    # --------------------------------------------------------------------------------- rendering

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from timeline.render import render_timeline

        yield render_timeline(self)
