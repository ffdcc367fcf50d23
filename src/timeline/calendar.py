"""Calendar periods and their TIMEX3 values: days, ISO weeks, months, quarters, seasons, decades...

A :class:`Period` is a stretch of the calendar at one granularity, with its interval and TIMEX3 value.
Periods shift by their own unit ("last week" is the week containing the reference, shifted by -1).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from collections.abc import Sequence

import attrs

from timeline.lunisolar import LUNISOLAR_HOLIDAYS, STARTS_AT_SUNDOWN, lunisolar_date
from timeline.model import Granularity, Interval
from timeline.parts import Unit

__all__ = [
    "HOLIDAYS",
    "Period",
    "add_units",
    "duration_value",
    "easter",
    "fixed_holiday",
    "holiday_date",
    "holiday_day",
    "nth_weekday",
    "period_of",
]

SEASON_CODES = ("WI", "SP", "SU", "FA")
_SATURDAY_INDEX = 5  # date.weekday()
#: First month of each season; winter starts in December of the year it is named after.
_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 22), "NI": (22, 30), "DT": (8, 18)}


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _month_start(year: int, month: int) -> dt.datetime:
    return dt.datetime(year, month, 1)


@attrs.frozen
class Period:
    """A calendar period: granularity, interval and TIMEX3 value."""

    granularity: Granularity
    start: dt.datetime
    end: dt.datetime
    timex: str

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end)

    # ---------------------------------------------------------------- constructors
    @classmethod
    def day(cls, day: dt.date) -> Period:
        start = _midnight(day)
        return cls(Granularity.DAY, start, start + dt.timedelta(days=1), day.isoformat())

    @classmethod
    def week(cls, day: dt.date) -> Period:
        iso_year, iso_week, iso_weekday = day.isocalendar()
        start = _midnight(day) - dt.timedelta(days=iso_weekday - 1)
        return cls(Granularity.WEEK, start, start + dt.timedelta(days=7), f"{iso_year:04d}-W{iso_week:02d}")

    @classmethod
    def weekend(cls, day: dt.date) -> Period:
        week = cls.week(day)
        start = week.start + dt.timedelta(days=5)
        return cls(Granularity.WEEKEND, start, week.end, f"{week.timex}-WE")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        next_year, next_month = _add_months(year, month, 1)
        return cls(
            Granularity.MONTH, _month_start(year, month), _month_start(next_year, next_month), f"{year:04d}-{month:02d}"
        )

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        next_year, next_month = _add_months(year, first, 3)
        return cls(
            Granularity.QUARTER,
            _month_start(year, first),
            _month_start(next_year, next_month),
            f"{year:04d}-Q{quarter}",
        )

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        first = 6 * (half - 1) + 1
        next_year, next_month = _add_months(year, first, 6)
        return cls(
            Granularity.HALF, _month_start(year, first), _month_start(next_year, next_month), f"{year:04d}-H{half}"
        )

    @classmethod
    def season(cls, year: int, code: str) -> Period:
        first = _SEASON_START_MONTH[code]
        next_year, next_month = _add_months(year, first, 3)
        return cls(
            Granularity.SEASON, _month_start(year, first), _month_start(next_year, next_month), f"{year:04d}-{code}"
        )

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(Granularity.YEAR, dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1), f"{year:04d}")

    @classmethod
    def decade(cls, decade: int) -> Period:
        return cls(
            Granularity.DECADE, dt.datetime(decade * 10, 1, 1), dt.datetime(decade * 10 + 10, 1, 1), f"{decade:03d}"
        )

    @classmethod
    def century(cls, century: int) -> Period:
        start = max(century * 100, 1)
        return cls(
            Granularity.CENTURY, dt.datetime(start, 1, 1), dt.datetime(century * 100 + 100, 1, 1), f"{century:02d}"
        )

    @classmethod
    def millennium(cls, millennium: int) -> Period:
        first_year = millennium * 1000
        return cls(
            Granularity.MILLENNIUM,
            dt.datetime(max(first_year, 1), 1, 1),
            dt.datetime(first_year + 1000, 1, 1),
            f"{millennium}",
        )

    @classmethod
    def part_of_day(cls, day: dt.date, code: str) -> Period:
        first, last = PARTS_OF_DAY[code]
        midnight = _midnight(day)
        return cls(
            Granularity.PART_OF_DAY,
            midnight + dt.timedelta(hours=first),
            midnight + dt.timedelta(hours=last),
            f"{day.isoformat()}T{code}",
        )

    @classmethod
    def clock(cls, day: dt.date, hour: int, minute: int = 0, second: int | None = None) -> Period:
        start = _midnight(day) + dt.timedelta(hours=hour, minutes=minute, seconds=second or 0)
        if second is None:
            timex = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
            return cls(Granularity.MINUTE, start, start + dt.timedelta(minutes=1), timex)
        timex = f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
        return cls(Granularity.SECOND, start, start + dt.timedelta(seconds=1), timex)

    # ---------------------------------------------------------------- arithmetic
    def shift(self, count: int) -> Period:
        """The period ``count`` units of this period's own size later (earlier if negative)."""
        if count == 0:
            return self
        g = self.granularity
        day = self.start.date()
        if g is Granularity.DAY:
            return Period.day(day + dt.timedelta(days=count))
        if g is Granularity.WEEK:
            return Period.week(day + dt.timedelta(weeks=count))
        if g is Granularity.WEEKEND:
            return Period.weekend(day + dt.timedelta(weeks=count))
        if g is Granularity.PART_OF_DAY:
            return Period.part_of_day(day + dt.timedelta(days=count), self.timex[-2:])
        if g in (Granularity.MINUTE, Granularity.SECOND, Granularity.HOUR):
            step = self.end - self.start
            start = self.start + count * step
            return Period.clock(
                start.date(), start.hour, start.minute, start.second if g is Granularity.SECOND else None
            )
        months = {Granularity.MONTH: 1, Granularity.QUARTER: 3, Granularity.HALF: 6, Granularity.SEASON: 3}
        if g in months:
            year, month = _add_months(self.start.year, self.start.month, months[g] * count)
            return period_of(dt.datetime(year, month, 1), g)
        years = {Granularity.YEAR: 1, Granularity.DECADE: 10, Granularity.CENTURY: 100, Granularity.MILLENNIUM: 1000}
        if g in years:
            return period_of(dt.datetime(self.start.year + years[g] * count, 1, 1), g)
        raise ValueError(f"cannot shift a {g.value} period")

    def part(self, nth: int, unit: Unit) -> Period:
        """The ``nth`` day, week or weekend of this period (-1: the last): "the last day of the month", "the
        first week of the year" (the ISO week with most of its days in the period). ValueError when the period
        has no such part."""
        first, last = self.start.date(), (self.end - dt.timedelta(days=1)).date()
        if unit is Unit.DAY:
            day = first + dt.timedelta(days=nth - 1) if nth > 0 else last + dt.timedelta(days=nth + 1)
            part = Period.day(day)
        elif unit is Unit.WEEK:
            edge = first + dt.timedelta(days=3) if nth > 0 else last - dt.timedelta(days=3)
            part = Period.week(edge).shift(nth - 1 if nth > 0 else nth + 1)
        elif unit is Unit.WEEKEND:
            saturday = _SATURDAY_INDEX
            if nth > 0:
                edge = first + dt.timedelta(days=(saturday - first.weekday()) % 7)
            else:
                edge = last - dt.timedelta(days=(last.weekday() - saturday) % 7)
            part = Period.weekend(edge).shift(nth - 1 if nth > 0 else nth + 1)
        else:
            raise ValueError(f"no {unit.value} of a period")
        # a week belongs to the period its Thursday falls in (ISO 8601's rule for the weeks of a year)
        inside = part.start + dt.timedelta(days=3) if unit is Unit.WEEK else part.start
        if not self.start <= inside < self.end:
            raise ValueError(f"no such {unit.value} in {self.timex}")
        return part

    def weekday_part(self, nth: int, weekday: int) -> Period:
        """The ``nth`` ``weekday`` (1-7) of this period (-1: the last): "the last Friday of the month". ValueError
        when the period has no such day."""
        first, last = self.start.date(), (self.end - dt.timedelta(days=1)).date()
        if nth > 0:
            day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        else:
            day = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
        if not first <= day <= last:
            raise ValueError(f"no such weekday in {self.timex}")
        return Period.day(day)

    def shift_years(self, count: int) -> Period:
        """The same period ``count`` years later: 1989-Q3 -> 1988-Q3 for ``count=-1``."""
        g = self.granularity
        if g in (Granularity.DAY, Granularity.PART_OF_DAY, Granularity.MINUTE, Granularity.SECOND):
            return self.shift_days_to(_same_day_in_year(self.start.date(), self.start.year + count))
        if g in (Granularity.WEEK, Granularity.WEEKEND):
            iso_year, iso_week, _ = self.start.date().isocalendar()
            weeks = dt.date.fromisocalendar(iso_year + count, 1, 1).isocalendar()
            target = dt.date.fromisocalendar(weeks[0], min(iso_week, _iso_weeks(iso_year + count)), 1)
            return Period.week(target) if g is Granularity.WEEK else Period.weekend(target)
        if g in (Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.SEASON, Granularity.YEAR):
            return period_of(dt.datetime(self.start.year + count, self.start.month, 1), g)
        return self

    def shift_days_to(self, day: dt.date) -> Period:
        """This period's kind of period on another day (a clock time keeps its time)."""
        g = self.granularity
        if g is Granularity.PART_OF_DAY:
            return Period.part_of_day(day, self.timex[-2:])
        if g in (Granularity.MINUTE, Granularity.SECOND):
            return Period.clock(
                day, self.start.hour, self.start.minute, self.start.second if g is Granularity.SECOND else None
            )
        return Period.day(day)


def _iso_weeks(year: int) -> int:
    return dt.date(year, 12, 28).isocalendar()[1]


def _same_day_in_year(day: dt.date, year: int) -> dt.date:
    last = _stdlib_calendar.monthrange(year, day.month)[1]
    return dt.date(year, day.month, min(day.day, last))


def period_of(moment: dt.datetime | dt.date, granularity: Granularity) -> Period:
    """The period of ``granularity`` that contains ``moment``."""
    if not isinstance(moment, dt.datetime):
        moment = _midnight(moment)
    day = moment.date()
    g = granularity
    if g is Granularity.DAY:
        return Period.day(day)
    if g is Granularity.WEEK:
        return Period.week(day)
    if g is Granularity.WEEKEND:
        return Period.weekend(day)
    if g is Granularity.MONTH:
        return Period.month(moment.year, moment.month)
    if g is Granularity.QUARTER:
        return Period.quarter(moment.year, (moment.month - 1) // 3 + 1)
    if g is Granularity.HALF:
        return Period.half(moment.year, (moment.month - 1) // 6 + 1)
    if g is Granularity.SEASON:
        for code in ("WI", "FA", "SU", "SP"):
            first = _SEASON_START_MONTH[code]
            if moment.month >= first:
                return Period.season(moment.year, code)
        return Period.season(moment.year - 1, "WI")
    if g is Granularity.YEAR:
        return Period.year(moment.year)
    if g is Granularity.DECADE:
        return Period.decade(moment.year // 10)
    if g is Granularity.CENTURY:
        return Period.century(moment.year // 100)
    if g is Granularity.MILLENNIUM:
        return Period.millennium(moment.year // 1000)
    if g is Granularity.HOUR:
        hour = moment.replace(minute=0, second=0, microsecond=0)
        return Period(g, hour, hour + dt.timedelta(hours=1), f"{day.isoformat()}T{moment.hour:02d}")
    if g in (Granularity.MINUTE, Granularity.SECOND):
        return Period.clock(day, moment.hour, moment.minute, moment.second if g is Granularity.SECOND else None)
    raise ValueError(f"no period of granularity {g.value}")


#: The granularity a unit names when it is used as a period ("last week", "two years ago").
UNIT_GRANULARITY: dict[Unit, Granularity] = {
    Unit.SECOND: Granularity.SECOND,
    Unit.MINUTE: Granularity.MINUTE,
    Unit.HOUR: Granularity.HOUR,
    Unit.PART_OF_DAY: Granularity.PART_OF_DAY,
    Unit.DAY: Granularity.DAY,
    Unit.NIGHT: Granularity.DAY,
    Unit.WEEKEND: Granularity.WEEKEND,
    Unit.WEEK: Granularity.WEEK,
    Unit.FORTNIGHT: Granularity.WEEK,
    Unit.MONTH: Granularity.MONTH,
    Unit.QUARTER: Granularity.QUARTER,
    Unit.SEASON: Granularity.SEASON,
    Unit.HALF: Granularity.HALF,
    Unit.YEAR: Granularity.YEAR,
    Unit.DECADE: Granularity.DECADE,
    Unit.CENTURY: Granularity.CENTURY,
    Unit.MILLENNIUM: Granularity.MILLENNIUM,
}


def add_units(moment: dt.datetime, count: float, unit: Unit) -> dt.datetime:
    """``moment`` moved by ``count`` units (negative: back); months clamp to the month's last day."""
    seconds = {Unit.SECOND: 1, Unit.MINUTE: 60, Unit.HOUR: 3600, Unit.PART_OF_DAY: 6 * 3600}
    if unit in seconds:
        return moment + dt.timedelta(seconds=count * seconds[unit])
    days = {Unit.DAY: 1, Unit.NIGHT: 1, Unit.WEEKEND: 7, Unit.WEEK: 7, Unit.FORTNIGHT: 14}
    if unit in days:
        return moment + dt.timedelta(days=count * days[unit])
    months = {
        Unit.MONTH: 1,
        Unit.QUARTER: 3,
        Unit.SEASON: 3,
        Unit.HALF: 6,
        Unit.YEAR: 12,
        Unit.DECADE: 120,
        Unit.CENTURY: 1200,
        Unit.MILLENNIUM: 12000,
    }
    total = count * months[unit]
    whole = int(total)
    year, month = _add_months(moment.year, moment.month, whole)
    year = min(max(year, 1), 9999)
    day = min(moment.day, _stdlib_calendar.monthrange(year, month)[1])
    moved = moment.replace(year=year, month=month, day=day)
    if total != whole:
        moved += dt.timedelta(days=(total - whole) * 30.44)
    return moved


#: (TIMEX3 designator, multiplier, is a time unit) for writing durations.
_DURATION_UNITS: dict[Unit, tuple[str, int, bool]] = {
    Unit.SECOND: ("S", 1, True),
    Unit.MINUTE: ("M", 1, True),
    Unit.HOUR: ("H", 1, True),
    Unit.PART_OF_DAY: ("H", 6, True),
    Unit.DAY: ("D", 1, False),
    Unit.NIGHT: ("D", 1, False),
    Unit.WEEKEND: ("D", 2, False),
    Unit.WEEK: ("W", 1, False),
    Unit.FORTNIGHT: ("W", 2, False),
    Unit.MONTH: ("M", 1, False),
    Unit.QUARTER: ("M", 3, False),
    Unit.SEASON: ("M", 3, False),
    Unit.HALF: ("M", 6, False),
    Unit.YEAR: ("Y", 1, False),
    Unit.DECADE: ("Y", 10, False),
    Unit.CENTURY: ("Y", 100, False),
    Unit.MILLENNIUM: ("Y", 1000, False),
}
#: A fraction is written in the next smaller unit when it is a whole number of them: 1.5 hours -> PT1H30M, half
#: a year -> P6M; otherwise, and for months (whose days vary), as the decimal written: 7.2 years -> P7.2Y, 14.5
#: months -> P14.5M. A calendar unit and a fraction keep the decimal ISO 8601 allows in the last unit, as
#: annotators write it: 3.5 years -> P3.5Y, a day and a half -> P1.5D, three and a half weeks -> P3.5W.
_SMALLER: dict[str, tuple[str, int, bool]] = {
    "H": ("M", 60, True),
    "M_time": ("S", 60, True),
    "D": ("H", 24, True),
    "Y": ("M", 12, False),
}


def duration_value(count: float | None, unit: Unit, *, decimal: bool = False) -> str:
    """TIMEX3 duration: ``(3, YEAR)`` -> ``P3Y``; ``(None, MONTH)`` -> ``PXM``; ``(1.5, HOUR)`` -> ``PT1H30M``; a
    count written as a decimal fraction keeps it (``decimal``: "6.9 hours" -> ``PT6.9H``), as annotators write it."""
    designator, multiplier, is_time = _DURATION_UNITS[unit]
    prefix = "PT" if is_time else "P"
    if count is None:
        if unit is Unit.DECADE:
            return "PXDE"
        if unit is Unit.CENTURY:
            return "PXCE"
        return f"{prefix}X{designator}"
    amount = count * multiplier
    whole = int(amount)
    fraction = amount - whole
    if fraction < 1e-9:
        return f"{prefix}{whole}{designator}"
    key = "M_time" if (designator == "M" and is_time) else designator
    small, factor, small_is_time = _SMALLER.get(key, ("", 0, False)) if whole == 0 or is_time else ("", 0, False)
    rest = round(fraction * factor)
    if decimal or not factor or abs(fraction * factor - rest) > 1e-6:  # "37.27 seconds", "7.2 years": as written
        return f"{prefix}{round(amount, 3):f}".rstrip("0").rstrip(".") + designator
    if not whole:
        return f"{'PT' if small_is_time else 'P'}{rest}{small}"
    return f"{prefix}{whole}{designator}{rest}{small}"


def compound_duration_value(pieces: Sequence[tuple[float, Unit]]) -> str:
    """ "four hours and 42 minutes" -> ``PT4H42M``; "eight days, three hours and 18 minutes" -> ``P8DT3H18M``;
    "two weeks and three days" -> ``P17D`` (ISO 8601 does not mix weeks with other units)."""
    if any(_DURATION_UNITS[unit][0] == "W" for _, unit in pieces):
        return duration_value(sum(count * _days_in(unit) for count, unit in pieces), Unit.DAY)
    parts = [duration_value(count, unit) for count, unit in pieces]
    date = "".join(part[1:].split("T")[0] for part in parts)
    time = "".join(part.split("T")[1] for part in parts if "T" in part)
    return "P" + date + (f"T{time}" if time else "")


def _days_in(unit: Unit) -> float:
    designator, multiplier, is_time = _DURATION_UNITS[unit]
    per = {"W": 7.0, "D": 1.0, "H": 1 / 24, "M": 1 / 1440 if is_time else 30.0, "S": 1 / 86400, "Y": 365.0}
    return multiplier * per[designator]


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), given in the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    # the Julian calendar runs behind the Gregorian by a day more each century not divisible by 400
    lag = year // 100 - year // 400 - 2
    return julian + dt.timedelta(days=lag)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO ``weekday`` (1 = Monday) of a month; n = -1 for the last one. ValueError when the
    month has no such day (a fifth Monday)."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        day = first + dt.timedelta(days=offset + 7 * (n - 1))
        if day.month != month:
            raise ValueError(f"no {n}th weekday {weekday} in {year}-{month:02d}")
        return day
    last = dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


@attrs.frozen
class FixedDate:
    month: int
    day: int


@attrs.frozen
class NthWeekday:
    """The n-th ISO weekday (1 = Monday) of a month; n = -1 for the last."""

    n: int
    weekday: int
    month: int


@attrs.frozen
class EasterOffset:
    days: int
    orthodox: bool = False


@attrs.frozen
class DaysAfter:
    holiday: str
    days: int


@attrs.frozen
class Lunisolar:
    """A holiday of a lunar or lunisolar calendar, dated by :mod:`timeline.lunisolar`'s tables."""


HolidayRule = FixedDate | NthWeekday | EasterOffset | DaysAfter | Lunisolar

#: Holiday id -> how its date is found in a given year.
HOLIDAYS: dict[str, HolidayRule] = {
    "new_year": FixedDate(1, 1),
    "new_years_eve": FixedDate(12, 31),
    "valentines_day": FixedDate(2, 14),
    "groundhog_day": FixedDate(2, 2),
    "st_patricks_day": FixedDate(3, 17),
    # the patron saints' days of England, Scotland and Wales, and the old quarter and feast days of the British Isles
    "st_georges_day": FixedDate(4, 23),
    "st_andrews_day": FixedDate(11, 30),
    "st_davids_day": FixedDate(3, 1),
    "st_crispins_day": FixedDate(10, 25),
    "michaelmas": FixedDate(9, 29),
    "candlemas": FixedDate(2, 2),
    "burns_night": FixedDate(1, 25),
    "april_fools_day": FixedDate(4, 1),
    "may_day": FixedDate(5, 1),
    "cinco_de_mayo": FixedDate(5, 5),
    "flag_day": FixedDate(6, 14),
    "juneteenth": FixedDate(6, 19),
    "canada_day": FixedDate(7, 1),
    "us_independence_day": FixedDate(7, 4),
    "bastille_day": FixedDate(7, 14),
    "halloween": FixedDate(10, 31),
    "all_saints_day": FixedDate(11, 1),
    "veterans_day": FixedDate(11, 11),
    "christmas_eve": FixedDate(12, 24),
    "christmas": FixedDate(12, 25),
    # Christmas by the Julian calendar, kept by Orthodox churches: January 7 from 1901 to 2099
    "orthodox_christmas": FixedDate(1, 7),
    "boxing_day": FixedDate(12, 26),
    "mlk_day": NthWeekday(3, 1, 1),
    "presidents_day": NthWeekday(3, 1, 2),
    "mothers_day": NthWeekday(2, 7, 5),
    "memorial_day": NthWeekday(-1, 1, 5),
    "fathers_day": NthWeekday(3, 7, 6),
    "labor_day": NthWeekday(1, 1, 9),
    "columbus_day": NthWeekday(2, 1, 10),
    "thanksgiving": NthWeekday(4, 4, 11),
    # the festival of wealth that opens Diwali's five days, two days before its main day
    "dhanteras": DaysAfter("diwali", -2),
    "black_friday": DaysAfter("thanksgiving", 1),
    "small_business_saturday": DaysAfter("thanksgiving", 2),
    "cyber_monday": DaysAfter("thanksgiving", 4),
    "giving_tuesday": DaysAfter("thanksgiving", 5),
    "first_monday_of_november": NthWeekday(1, 1, 11),
    "us_election_day": DaysAfter("first_monday_of_november", 1),
    "patriots_day": NthWeekday(3, 1, 4),  # Massachusetts and Maine: the third Monday of April, the Boston Marathon's
    "super_tuesday": NthWeekday(1, 2, 3),  # the United States' biggest day of primaries: the first Tuesday of March
    "easter": EasterOffset(0),
    "easter_monday": EasterOffset(1),
    "orthodox_easter": EasterOffset(0, orthodox=True),
    "good_friday": EasterOffset(-2),
    "holy_saturday": EasterOffset(-1),
    "palm_sunday": EasterOffset(-7),
    "ash_wednesday": EasterOffset(-46),
    "maundy_thursday": EasterOffset(-3),
    "pentecost": EasterOffset(49),
    "ascension_day": EasterOffset(39),
    "epiphany": FixedDate(1, 6),
    "pi_day": FixedDate(3, 14),
    "whit_monday": EasterOffset(50),
    "all_souls_day": FixedDate(11, 2),
    "shrove_tuesday": EasterOffset(-47),
    "leap_day": FixedDate(2, 29),
    "australia_day": FixedDate(1, 26),
    "anzac_day": FixedDate(4, 25),
    "victoria_day": DaysAfter("memorial_day", -7),
    "bonfire_night": FixedDate(11, 5),
    "remembrance_sunday": NthWeekday(2, 7, 11),
    "waitangi_day": FixedDate(2, 6),
    "earth_day": FixedDate(4, 22),
    "world_aids_day": FixedDate(12, 1),
    "ve_day": FixedDate(5, 8),  # Victory in Europe, 8 May 1945, and its anniversaries
    "vj_day": FixedDate(8, 15),  # Victory over Japan, 15 August 1945 (the surrender's announcement)
    "d_day": FixedDate(6, 6),  # the Normandy landings, 6 June 1944 (see the language's historic holidays)
    "world_environment_day": FixedDate(6, 5),
    "mandela_day": FixedDate(7, 18),
    "world_mental_health_day": FixedDate(10, 10),
    "discovery_day": NthWeekday(3, 1, 8),  # Yukon's: the third Monday of August, for the Klondike gold strike
    "early_may_bank_holiday": NthWeekday(1, 1, 5),
    "spring_bank_holiday": NthWeekday(-1, 1, 5),
    "june_bank_holiday": NthWeekday(1, 1, 6),  # Ireland's
    "october_bank_holiday": NthWeekday(-1, 1, 10),  # Ireland's
    "arbor_day": NthWeekday(-1, 5, 4),  # the United States' National Arbor Day: the last Friday of April
    # national days kept under one name by several countries (see the language's national holidays)
    "human_rights_day": FixedDate(12, 10),
    "za_human_rights_day": FixedDate(3, 21),
    "in_independence_day": FixedDate(8, 15),
    "pk_independence_day": FixedDate(8, 14),
    "bd_independence_day": FixedDate(3, 26),
    "ng_independence_day": FixedDate(10, 1),
    "gh_independence_day": FixedDate(3, 6),
    "ke_independence_day": FixedDate(12, 12),
    "ua_independence_day": FixedDate(8, 24),
    "mx_independence_day": FixedDate(9, 16),
    "ph_independence_day": FixedDate(6, 12),
    "il_independence_day": FixedDate(5, 14),
    "in_republic_day": FixedDate(1, 26),
    "gandhi_jayanti": FixedDate(10, 2),
    "za_freedom_day": FixedDate(4, 27),
    "za_heritage_day": FixedDate(9, 24),
    "german_unity_day": FixedDate(10, 3),
    "hangul_day": FixedDate(10, 9),
    "showa_day": FixedDate(4, 29),
    "quebec_national_day": FixedDate(6, 24),
    "st_brigids_day": FixedDate(2, 1),
    "truth_and_reconciliation_day": FixedDate(9, 30),
    # Canada's: the first Monday of August, a civic holiday in most provinces; Family Day, the third Monday of February
    "civic_holiday": NthWeekday(1, 1, 8),
    "family_day": NthWeekday(3, 1, 2),
    "ca_thanksgiving": NthWeekday(2, 1, 10),
    "respect_for_the_aged_day": NthWeekday(3, 1, 9),
    "melbourne_cup_day": NthWeekday(1, 2, 11),
    # England and Wales keep their summer bank holiday on the last Monday of August; Scotland and Ireland on the first
    "summer_bank_holiday": NthWeekday(-1, 1, 8),
    "first_monday_of_august": NthWeekday(1, 1, 8),
    # Britain and Ireland keep Mother's Day on Mothering Sunday, three weeks before Easter
    "mothering_sunday": EasterOffset(-21),
    "lantern_festival": DaysAfter("lunar_new_year", 14),
    "us_inauguration_day": FixedDate(1, 20),
    **{holiday: Lunisolar() for holiday in LUNISOLAR_HOLIDAYS},
}


def holiday_day(holiday: str, year: int, nth: int, night: bool) -> dt.date:
    """The day the ``nth`` day (or night) of a holiday lasting several days falls on: "the second day of
    Eid al-Fitr", "the first night of Hanukkah" (the evening before its first day)."""
    day = holiday_date(holiday, year) + dt.timedelta(days=nth - 1)
    return day - dt.timedelta(days=1) if night and holiday in STARTS_AT_SUNDOWN else day


def fixed_holiday(holiday: str) -> tuple[int, int] | None:
    """(month, day) of a holiday that falls on the same date every year, else None."""
    rule = HOLIDAYS[holiday]
    return (rule.month, rule.day) if isinstance(rule, FixedDate) else None


def holiday_date(holiday: str, year: int) -> dt.date:
    """The date of ``holiday`` (an id of :data:`HOLIDAYS`) in ``year``; ValueError for a year a lunar
    holiday's table does not reach."""
    rule = HOLIDAYS[holiday]
    if isinstance(rule, FixedDate):
        return dt.date(year, rule.month, rule.day)
    if isinstance(rule, NthWeekday):
        return nth_weekday(year, rule.month, rule.weekday, rule.n)
    if isinstance(rule, EasterOffset):
        return (orthodox_easter(year) if rule.orthodox else easter(year)) + dt.timedelta(days=rule.days)
    if isinstance(rule, Lunisolar):
        return lunisolar_date(holiday, year)
    return holiday_date(rule.holiday, year) + dt.timedelta(days=rule.days)
