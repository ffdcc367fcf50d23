"""What a pattern understood, before resolution: the language-independent middle of the pipeline.

A language turns the words a pattern captured into :class:`Parts` (numbers, units, shifts); the
resolver turns parts plus an anchor into a TIMEX3 value. Nothing here knows English.
"""

from __future__ import annotations

import enum

import attrs

from timeline.model import TimexType

__all__ = ["Build", "Parts", "Unit", "parts_from_fields"]


class Build(str, enum.Enum):
    """How a rule's parts become a value."""

    #: a stretch of the calendar, stated ("Feb. 9"), deictic ("last week") or anaphoric ("that day")
    CALENDAR = "calendar"
    #: a distance from an anchor: "two years ago", "three days later"
    OFFSET = "offset"
    #: a length of time: "three years", "the past two months"
    DURATION = "duration"
    #: a recurrence: "every Tuesday", "annually"
    SET = "set"
    #: a fixed vague value: "now", "recently", "the future"
    VAGUE = "vague"


class Unit(str, enum.Enum):
    """Calendar units, finest first."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    NIGHT = "night"
    WEEKEND = "weekend"
    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"


@attrs.frozen
class Parts:
    """The meaning of one match, with every field optional.

    Calendar fields are stated values (``month=2`` for "February"). ``shift`` moves a unit relative
    to the reference date ("last week": unit WEEK, shift -1); ``anaphoric_shift`` does the same from
    the previous mention ("the next day"). ``count``/``direction`` describe offsets and durations;
    ``count is None`` with ``vague_count`` set means "several". ``value`` is a fixed TIMEX3 value.
    """

    build: Build
    type: TimexType | None = None
    value: str | None = None
    year: int | None = None
    year_digits: int = 4
    year_shift: int | None = None
    fiscal: bool = False
    century: int | None = None
    millennium: int | None = None
    #: "1800 BC", "the fifth century BC": counted back from 1 BC, with no calendar interval
    before_common_era: bool = False
    decade: int | None = None
    half: int | None = None
    quarter: int | None = None
    season: str | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    meridiem: str | None = None
    zone: str | None = None
    relative_day: int | None = None
    holiday: str | None = None
    unit: Unit | None = None
    shift: int | None = None
    #: "this past spring": the latest one, not the previous year's ("last spring")
    just_past: bool = False
    anaphoric_shift: int | None = None
    #: a day counted from an event that only the day it stands in apposition to dates: "on Thursday, the day after
    #: the company warned" (with no such day, it is no date the text gives)
    apposed_only: bool = False
    #: a day and a month in figures that either order could read ("Sat 8/3"): the weekday written with them decides
    order_unsure: bool = False
    #: the day was written before the month ("9 May", "24/8"): a text that does so reads dates in figures day first
    day_first: bool = False
    count: float | None = None
    vague_count: bool = False
    #: the count is written as a decimal fraction ("6.9 hours"), which a length keeps as written
    decimal_count: bool = False
    direction: int | None = None
    anaphoric_direction: bool = False
    mod: str | None = None
    quantity_mod: str | None = None
    frequency: bool = False
    plural: bool = False
    #: "earlier this week", "later that day": the part of the period before/after the anchor moment
    within: int | None = None
    #: the period an offset lands on when it is not the unit's own ("the year-ago *quarter*")
    period: Unit | None = None
    #: "the quarter", "the latest period": the period the text is currently talking about
    discourse: bool = False
    #: "the year-ago quarter", "year-earlier": the same period a year before the one under discussion
    compared: bool = False
    #: "the same period last year": as ``compared``, but the whole year when no period is under discussion
    same: bool = False
    #: the stated day names the period of this unit that contains it: "the week of March 6", "the new year"
    containing: Unit | None = None
    #: "the first Monday in February": which of the month's weekdays (-1: the last)
    nth: int | None = None
    #: "the last day of the month", "the first week of 2024": which day, week or weekend of the period named
    #: (-1: the last)
    part_nth: int | None = None
    part_unit: Unit | None = None
    #: "the last Friday of the month": the weekday (1-7) of which ``part_nth`` is meant
    part_weekday: int | None = None
    #: "its opening weekend", "the closing weekend": which weekend of the event the text dates (-1: the last)
    event_nth: int | None = None
    #: the smaller part of a compound length: "42 minutes" in "four hours and 42 minutes"
    extra_count: float | None = None
    extra_unit: Unit | None = None
    #: the smallest part of a length in three units: "18 minutes" in "eight days, three hours and 18 minutes"
    third_count: float | None = None
    third_unit: Unit | None = None
    #: the smallest part of a length in four units: "12 seconds" in "one day, 18 hours, 23 minutes and 12 seconds"
    fourth_count: float | None = None
    fourth_unit: Unit | None = None
    #: "the week ahead", "the year ahead": the period of this unit that most of the coming unit's length falls in
    ahead: bool = False
    #: the end of a range whose start was just mentioned: "25" in "April 24 and 25", "22" in "2021-22"
    continues: bool = False
    #: the year is known from the event the day names, not written: "the Sept. 11 attacks"
    historic: bool = False
    #: the shift is written with "the": "the next week" may count from a date of the story, "next week" not
    definite: bool = False
    #: a night that runs into the day it is told of: told in the past, "overnight" is the night before
    through_the_night: bool = False


#: Fields a language may set on :class:`Parts` from what a pattern captured.
PART_FIELDS = frozenset(a.name for a in attrs.fields(Parts)) - {"build", "type", "value"}


def parts_from_fields(
    build: Build, type_: TimexType | None, value: str | None, fields: list[tuple[str, object]]
) -> Parts:
    """Build :class:`Parts` from (field, value) pairs, later pairs refining earlier ones."""
    known = {name: v for name, v in fields if v is not None}
    value = known.pop("value", value)  # type: ignore[assignment]
    added = known.pop("count_add", None)  # "a year and a half": to the count stated before it
    if isinstance(added, float):
        stated = known.get("count")
        known["count"] = (stated if isinstance(stated, float | int) else 1.0) + added
    unknown = set(known) - PART_FIELDS
    if unknown:
        raise ValueError(f"unknown part fields: {sorted(unknown)}")
    return Parts(build, type_, value, **known)  # type: ignore[arg-type]
