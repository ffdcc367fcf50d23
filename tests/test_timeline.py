"""Timeline: ordering, the undated section, the publication mark and filters, on hand-built events."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import TimelineError
from timeline.model import (
    Anchor,
    Document,
    Event,
    EventKind,
    Granularity,
    Interval,
    Modality,
    Span,
    Tense,
    TimeExpression,
    TimexType,
)
from timeline.timeline import Entry, Timeline, is_dated

REFERENCE = dt.datetime(2022, 1, 19)


def moment(year: int, month: int = 1, day: int = 1, hour: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour)


def expression(
    value: str,
    granularity: Granularity,
    interval: tuple[dt.datetime, dt.datetime] | None,
    *,
    text: str = "then",
    start: int = 0,
    type: TimexType = TimexType.DATE,
) -> TimeExpression:
    return TimeExpression(
        text=text,
        start=start,
        end=start + len(text),
        type=type,
        value=value,
        granularity=granularity,
        rule="test",
        interval=None if interval is None else Interval(*interval),
        anchor=Anchor.NONE if interval is not None else Anchor.UNRESOLVED,
    )


def event(
    when: TimeExpression,
    trigger: int = 0,
    *,
    text: str = "Something happened then.",
    source: str | None = None,
    modality: Modality = Modality.ASSERTED,
) -> Event:
    return Event(
        trigger=Span(trigger, trigger + 4),
        trigger_text="said",
        text=text,
        sentence=Span(trigger, trigger + 40),
        when=when,
        tense=Tense.PAST,
        modality=modality,
        kind=EventKind.OCCURRENCE,
        source=source,
    )


YEAR_2021 = expression("2021", Granularity.YEAR, (moment(2021), moment(2022)))
YEAR_2022 = expression("2022", Granularity.YEAR, (moment(2022), moment(2023)))
JANUARY = expression("2022-01", Granularity.MONTH, (moment(2022, 1), moment(2022, 2)))
NEW_YEAR = expression("2022-01-01", Granularity.DAY, (moment(2022, 1, 1), moment(2022, 1, 2)))
LAST_WEEK = expression("2022-W02", Granularity.WEEK, (moment(2022, 1, 10), moment(2022, 1, 17)))
THIS_WEEK = expression("2022-W03", Granularity.WEEK, (moment(2022, 1, 17), moment(2022, 1, 24)))
MONDAY = expression("2022-01-17", Granularity.DAY, (moment(2022, 1, 17), moment(2022, 1, 18)))
WEDNESDAY = expression("2022-01-19", Granularity.DAY, (moment(2022, 1, 19), moment(2022, 1, 20)))
WEDNESDAY_3PM = expression(
    "2022-01-19T15:00", Granularity.MINUTE, (moment(2022, 1, 19, 15), moment(2022, 1, 19, 15) + dt.timedelta(minutes=1))
)
THURSDAY = expression("2022-01-20", Granularity.DAY, (moment(2022, 1, 20), moment(2022, 1, 21)))
FEBRUARY_9 = expression("2022-02-09", Granularity.DAY, (moment(2022, 2, 9), moment(2022, 2, 10)))
RECENTLY = expression("PAST_REF", Granularity.NONE, None)
NOW_WITH_INTERVAL = expression("PRESENT_REF", Granularity.NONE, (moment(2022, 1, 19), moment(2022, 1, 20)))
THREE_YEARS = expression("P3Y", Granularity.NONE, None, type=TimexType.DURATION)
WEEKLY = expression("P1W", Granularity.NONE, None, type=TimexType.SET)
SOME_FRIDAY = expression("XXXX-WXX-5", Granularity.DAY, None)

DATED = (
    YEAR_2021,
    YEAR_2022,
    JANUARY,
    NEW_YEAR,
    LAST_WEEK,
    THIS_WEEK,
    MONDAY,
    WEDNESDAY,
    WEDNESDAY_3PM,
    THURSDAY,
    FEBRUARY_9,
)
UNDATED = (RECENTLY, NOW_WITH_INTERVAL, THREE_YEARS, WEEKLY, SOME_FRIDAY)


def values(entries: tuple[Entry, ...] | Timeline) -> list[str]:
    return [entry.when.value for entry in entries]


# ------------------------------------------------------------------------------------------ order


def test_entries_are_ordered_by_start_coarser_first() -> None:
    events = [event(e, trigger=10 * n) for n, e in enumerate(reversed(DATED))]
    timeline = Timeline.from_events(events, REFERENCE)
    assert values(timeline.entries) == [
        "2021",
        "2022",  # a year before the month and the day it starts with
        "2022-01",
        "2022-01-01",
        "2022-W02",
        "2022-W03",  # a week before the Monday it starts with
        "2022-01-17",
        "2022-01-19",
        "2022-01-19T15:00",
        "2022-01-20",
        "2022-02-09",
    ]


def test_equal_dates_keep_document_order() -> None:
    late, early, middle = event(MONDAY, 300, text="late"), event(MONDAY, 10, text="early"), event(MONDAY, 50)
    timeline = Timeline.from_events([late, early, middle])
    assert [e.event for e in timeline.entries] == [early, middle, late]
    assert [e.index for e in timeline.entries] == [1, 2, 0]


def test_vague_durations_sets_and_unresolved_values_are_undated_in_document_order() -> None:
    events = [event(e, trigger=100 - 10 * n) for n, e in enumerate(UNDATED)] + [event(MONDAY, 5)]
    timeline = Timeline.from_events(events, REFERENCE)
    assert values(timeline.entries) == ["2022-01-17"]
    assert values(timeline.undated) == ["XXXX-WXX-5", "P1W", "P3Y", "PRESENT_REF", "PAST_REF"]
    assert all(not entry.dated and entry.interval is None for entry in timeline.undated)
    assert [is_dated(e) for e in UNDATED] == [False] * len(UNDATED)


def test_iteration_gives_dated_then_undated_and_len_counts_both() -> None:
    timeline = Timeline.from_events([event(RECENTLY, 0), event(MONDAY, 10), event(YEAR_2021, 20)])
    assert values(timeline) == ["2021", "2022-01-17", "PAST_REF"]
    assert len(timeline) == 3
    assert timeline.events == tuple(entry.event for entry in timeline)
    assert bool(timeline) and not Timeline()


def test_timeline_and_entries_are_frozen() -> None:
    timeline = Timeline.from_events([event(MONDAY)])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        timeline.reference = REFERENCE  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        timeline.entries[0].index = 3  # type: ignore[misc]


def test_document_timeline_uses_its_events_reference_and_id() -> None:
    events = (event(THURSDAY, 10), event(MONDAY, 0))
    document = Document(text="x" * 60, reference=REFERENCE, language="en", expressions=(), events=events, id="doc")
    timeline = document.timeline()
    assert values(timeline) == ["2022-01-17", "2022-01-20"]
    assert timeline.reference == REFERENCE and timeline.id == "doc"


def test_reference_accepts_dates_and_iso_strings() -> None:
    assert Timeline.from_events([], "2022-01-19").reference == REFERENCE
    assert Timeline.from_events([], dt.date(2022, 1, 19)).reference == REFERENCE
    assert Timeline.from_events([]).reference is None


# ---------------------------------------------------------------------------- publication mark


def test_reference_index_splits_before_and_after_publication() -> None:
    timeline = Timeline.from_events([event(e) for e in DATED], REFERENCE)
    # periods starting before the end of the publication day are before the mark
    assert values(timeline.before)[-3:] == ["2022-01-17", "2022-01-19", "2022-01-19T15:00"]
    assert values(timeline.after) == ["2022-01-20", "2022-02-09"]
    assert timeline.reference_index == len(timeline.before)


def test_reference_with_a_time_puts_later_times_of_the_day_after_the_mark() -> None:
    timeline = Timeline.from_events([event(WEDNESDAY), event(WEDNESDAY_3PM)], dt.datetime(2022, 1, 19, 8, 30))
    assert values(timeline.before) == ["2022-01-19"]
    assert values(timeline.after) == ["2022-01-19T15:00"]


def test_without_reference_there_is_no_mark() -> None:
    timeline = Timeline.from_events([event(MONDAY)])
    assert timeline.reference_index is None
    assert values(timeline.before) == ["2022-01-17"] and timeline.after == ()


# ---------------------------------------------------------------------------------------- filters


@pytest.fixture
def full() -> Timeline:
    events = [event(e, trigger=10 * n) for n, e in enumerate(DATED + UNDATED)]
    return Timeline.from_events(events, REFERENCE)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # dates include the whole day at both ends; overlapping periods are kept
        (
            dt.date(2022, 1, 17),
            dt.date(2022, 1, 19),
            ["2022", "2022-01", "2022-W03", "2022-01-17", "2022-01-19", "2022-01-19T15:00"],
        ),
        ("2022-01-20", "2022-01-20", ["2022", "2022-01", "2022-W03", "2022-01-20"]),
        # a datetime is an instant: the period ends just before it
        (
            dt.datetime(2022, 1, 19, 12),
            dt.datetime(2022, 1, 20),
            ["2022", "2022-01", "2022-W03", "2022-01-19", "2022-01-19T15:00"],
        ),
        ("2022-02", "2022-02", ["2022", "2022-02-09"]),
        ("2021", "2021", ["2021"]),
        (None, "2021-12-31", ["2021"]),
        ("2022-01-20", None, ["2022", "2022-01", "2022-W03", "2022-01-20", "2022-02-09"]),
        ("2022-01-19T16:00", "2022-01-20T00:00", ["2022", "2022-01", "2022-W03", "2022-01-19"]),
    ],
)
def test_between_keeps_entries_overlapping_the_period(
    full: Timeline, start: dt.date | str | None, end: dt.date | str | None, expected: list[str]
) -> None:
    selected = full.between(start, end)
    assert isinstance(selected, Timeline)
    assert values(selected) == expected
    assert selected.undated == () and selected.reference == full.reference
    assert len(full) == len(DATED) + len(UNDATED)  # the original is unchanged


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("yesterday", None, "cannot read period bound 'yesterday'"),
        ("2022-13", None, "month 13 is out of range"),
        (None, 20220119, "a int is not a date"),
        ("2022-01-20", "2022-01-10", "ends before it starts"),
    ],
)
def test_between_rejects_bad_bounds(full: Timeline, start: object, end: object, message: str) -> None:
    with pytest.raises(TimelineError, match=message):
        full.between(start, end)  # type: ignore[arg-type]


def test_mentioning_searches_text_and_source_ignoring_case() -> None:
    events = [
        event(MONDAY, 0, text="Blinken met Zelensky."),
        event(THURSDAY, 10, text="Talks will resume.", source="Antony BLINKEN"),
        event(RECENTLY, 20, text="Mr blinken said so recently."),
        event(FEBRUARY_9, 30, text="Exercises begin.", source="Mr Fomin"),
    ]
    timeline = Timeline.from_events(events, REFERENCE)
    selected = timeline.mentioning("Blinken")
    assert [e.event.text for e in selected] == [
        "Blinken met Zelensky.",
        "Talks will resume.",
        "Mr blinken said so recently.",
    ]
    assert values(timeline.mentioning("fomin")) == ["2022-02-09"]
    assert len(timeline.mentioning("Lavrov")) == 0
    assert values(timeline.mentioning("Blinken").between("2022-01-20")) == ["2022-01-20"]


def test_filter_takes_any_predicate() -> None:
    events = [event(MONDAY, 0, modality=Modality.PLANNED), event(THURSDAY, 10), event(RECENTLY, 20)]
    planned = Timeline.from_events(events).filter(lambda e: e.event.modality is Modality.PLANNED)
    assert values(planned) == ["2022-01-17"]


# ------------------------------------------------------------------------------------- properties

EXPRESSIONS = st.sampled_from(DATED + UNDATED)


@st.composite
def event_lists(draw: st.DrawFn) -> list[Event]:
    count = draw(st.integers(0, 12))
    return [
        event(
            draw(EXPRESSIONS),
            draw(st.integers(0, 30)),
            text=draw(st.sampled_from(["A.", "B.", "Blinken met."])),
            source=draw(st.sampled_from([None, "Fomin"])),
        )
        for _ in range(count)
    ]


@given(event_lists())
def test_every_event_appears_exactly_once(events: list[Event]) -> None:
    timeline = Timeline.from_events(events, REFERENCE)
    assert len(timeline) == len(events)
    assert Counter(timeline.events) == Counter(events)
    assert sorted(entry.index for entry in timeline) == list(range(len(events)))
    assert all(entry.dated for entry in timeline.entries) and not any(entry.dated for entry in timeline.undated)


@given(event_lists(), st.data())
def test_order_does_not_depend_on_input_order(events: list[Event], data: st.DataObject) -> None:
    shuffled = list(events)
    data.draw(st.randoms()).shuffle(shuffled)
    duplicated = events + data.draw(st.lists(st.sampled_from(events), max_size=4) if events else st.just([]))
    reordered = list(duplicated)
    data.draw(st.randoms()).shuffle(reordered)
    assert Timeline.from_events(shuffled).events == Timeline.from_events(events).events
    assert Timeline.from_events(reordered).events == Timeline.from_events(duplicated).events


@given(event_lists())
def test_ordering_is_total_by_start_rank_and_document_order(events: list[Event]) -> None:
    entries = Timeline.from_events(events).entries
    for a, b in itertools.pairwise(entries):
        ia, ib = a.interval, b.interval
        assert ia is not None and ib is not None
        key_a = (ia.start, a.when.granularity.rank, -(ia.end - ia.start).total_seconds(), a.event.trigger.start)
        key_b = (ib.start, b.when.granularity.rank, -(ib.end - ib.start).total_seconds(), b.event.trigger.start)
        assert key_a <= key_b
    for i, a in enumerate(entries):  # a period comes before the finer periods inside it
        for b in entries[i + 1 :]:
            assert b.interval is not None and a.interval is not None
            assert not (b.interval.contains(a.interval) and b.when.granularity.rank < a.when.granularity.rank), (
                f"{b.when.value} should come before {a.when.value}"
            )


@given(event_lists(), st.sampled_from(["Blinken", "fomin", "A."]))
def test_filters_return_subsequences(events: list[Event], name: str) -> None:
    timeline = Timeline.from_events(events, REFERENCE)
    for selected in (timeline.mentioning(name), timeline.between("2022-01-17", "2022-01-19")):
        assert set(selected.events) <= set(timeline.events)
        positions = [timeline.events.index(e) for e in selected.events]
        assert positions == sorted(positions)
