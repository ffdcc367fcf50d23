"""Rendering: timelines and expression tables as rich renderables, and as markdown.

Nothing here prints. :class:`~timeline.timeline.Timeline` and :class:`~timeline.model.Document`
render themselves through rich's protocol (``rich.print(doc.timeline())``, ``console.print(doc)``)
by calling :func:`render_timeline` and :func:`render_expressions`; the console decides on width,
colour (none when it does not write to a terminal, or with ``NO_COLOR``) and character set.

The labels are plain functions, shared with the markdown output: :func:`date_label` ("Wed 19 Jan
2022", "week of 10 Jan 2022", "Q3 2021", "the 1990s"), :func:`relative_label` ("2 days before
publication", "last month", "in 2 days") and :func:`undated_label` ("in the past", "for 3 years").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from timeline.model import Anchor, Document, Event, Granularity, Interval, Modality, Tense, TimeExpression, TimexType
from timeline.timeline import Entry, Timeline, is_dated

__all__ = [
    "date_label",
    "event_markers",
    "event_text",
    "expressions_to_markdown",
    "format_day",
    "interval_label",
    "relative_label",
    "render_expressions",
    "render_timeline",
    "to_markdown",
    "undated_label",
]

# Styles: the console drops the colours when it does not write to a terminal or with NO_COLOR.
DATE_STYLE = "bold"
DISTANCE_STYLE = "dim"
EXPRESSION_STYLE = "underline cyan"
TRIGGER_STYLE = "bold"
RAIL_STYLE = "blue"
PUBLISHED_STYLE = "bold red"
MARKER_STYLES = {
    "planned": "yellow",
    "negated": "red",
    "hypothetical": "magenta",
    "reported": "cyan",
}
SOURCE_STYLE = "italic cyan"

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime", "MI": "midday"}
SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
MODS = {
    "START": "early",
    "MID": "mid-",
    "END": "late",
    "APPROX": "around",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
}
VAGUE = {"PAST_REF": "in the past", "PRESENT_REF": "at present", "FUTURE_REF": "in the future"}


# ---------------------------------------------------------------------------------------- labels


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is None else moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


def format_day(moment: dt.date) -> str:
    """``Wed 19 Jan 2022``: English names, whatever the locale."""
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1][:3]} {moment.year}"


def _short_day(moment: dt.date) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1][:3]} {moment.year}"


def _clock(moment: dt.datetime, seconds: bool = False) -> str:
    return f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _moment_label(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0, 0):
        return format_day(moment)
    return f"{format_day(moment)} {_clock(moment, seconds=bool(moment.second))}"


def interval_label(interval: Interval) -> str:
    """A readable stretch of time: ``Mon 17 Jan 2022 – Sun 23 Jan 2022``, ``Fri 14 Jan 2022 06:00 – 12:00``."""
    start, end = _naive(interval.start), _naive(interval.end)
    if start == end:
        return _moment_label(start)
    if start.time() == end.time() == dt.time(0, 0):
        last = end - dt.timedelta(days=1)
        return format_day(start) if last <= start else f"{format_day(start)} – {format_day(last)}"
    if start.date() == end.date() or (end - start <= dt.timedelta(days=1) and end.time() == dt.time(0, 0)):
        return f"{_moment_label(start)} – {_clock(end)}"
    return f"{_moment_label(start)} – {_moment_label(end)}"


def _season_label(start: dt.datetime) -> str | None:
    if start.month in (1, 2):  # a winter counted from January
        return f"winter {start.year - 1}/{start.year % 100:02d}"
    season = SEASONS.get(start.month)
    if season is None:
        return None
    if season == "winter":
        return f"winter {start.year}/{(start.year + 1) % 100:02d}"
    return f"{season} {start.year}"


def _part_of_day(value: str, start: dt.datetime) -> str:
    match = re.search(r"T([A-Z]{2})$", value)
    if match and match.group(1) in PARTS_OF_DAY:
        return PARTS_OF_DAY[match.group(1)]
    hour = start.hour
    return "morning" if 5 <= hour < 12 else "afternoon" if 12 <= hour < 18 else "evening" if hour < 22 else "night"


def _period_label(granularity: Granularity, interval: Interval, value: str) -> str:
    start = _naive(interval.start)
    year, month = start.year, start.month
    if granularity is Granularity.DAY:
        return format_day(start)
    if granularity is Granularity.WEEK:
        return f"week of {_short_day(start)}"
    if granularity is Granularity.WEEKEND:
        return f"weekend of {_short_day(start)}"
    if granularity is Granularity.MONTH:
        return f"{MONTHS[month - 1]} {year}"
    if granularity is Granularity.QUARTER:
        return f"Q{(month - 1) // 3 + 1} {year}"
    if granularity is Granularity.HALF:
        return f"{'first' if month < 7 else 'second'} half of {year}"
    if granularity is Granularity.SEASON:
        season = _season_label(start)
        if season is not None:
            return season
    if granularity is Granularity.YEAR:
        return str(year)
    if granularity is Granularity.DECADE:
        return f"the {year - year % 10}s"
    if granularity is Granularity.CENTURY:
        return f"the {_ordinal(year // 100 + 1)} century"
    if granularity is Granularity.MILLENNIUM:
        return f"the {_ordinal(year // 1000 + 1)} millennium"
    if granularity is Granularity.PART_OF_DAY:
        return f"{format_day(start)} {_part_of_day(value, start)}"
    if granularity in (Granularity.HOUR, Granularity.MINUTE):
        return f"{format_day(start)} {_clock(start)}"
    if granularity is Granularity.SECOND:
        return f"{format_day(start)} {_clock(start, seconds=True)}"
    return interval_label(interval)


def _with_mod(label: str, mod: str | None) -> str:
    if not mod:
        return label
    word = MODS.get(mod)
    if word is None:
        return f"{label} ({mod.lower()})"
    if mod in ("START", "MID", "END"):
        bare = label.removeprefix("the ")
        return f"{word}{bare}" if word.endswith("-") else f"{word} {bare}"
    return f"{word} {label}"


def date_label(expression: TimeExpression) -> str:
    """Where ``expression`` is on a calendar, at its granularity: "Wed 19 Jan 2022", "week of 10 Jan
    2022", "January 2022", "Q3 2021", "summer 2021", "2021", "the 1990s", "Wed 19 Jan 2022 15:00",
    "Fri 21 Jan 2022 morning"; a ``mod`` adds "early", "mid-", "late", "around"...

    An expression without a definite time gets its :func:`undated_label`.
    """
    if not is_dated(expression):
        return undated_label(expression)
    assert expression.interval is not None
    return _with_mod(_period_label(expression.granularity, expression.interval, expression.value), expression.mod)


_DURATION = re.compile(
    r"^P(?P<date>(?:(?:\d+(?:\.\d+)?|X+)(?:ML|CE|DE|WE|Y|Q|M|W|D))*)"
    r"(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X+)(?:H|M|S))+))?$"
)
_DURATION_PART = re.compile(r"(?P<count>\d+(?:\.\d+)?|X+)(?P<unit>ML|CE|DE|WE|Y|Q|M|W|D|H|S)")
_DATE_UNITS = {
    "ML": "millennium",
    "CE": "century",
    "DE": "decade",
    "WE": "weekend",
    "Y": "year",
    "Q": "quarter",
    "M": "month",
    "W": "week",
    "D": "day",
}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_PLURALS = {"century": "centuries", "millennium": "millennia"}


def _plural(unit: str, count: str) -> str:
    return unit if count == "1" else _PLURALS.get(unit, unit + "s")


def _duration_parts(value: str) -> list[tuple[str, str]] | None:
    """``P3Y2M`` -> ``[("3", "year"), ("2", "month")]``; ``None`` when it is not a duration value."""
    match = _DURATION.match(value)
    if match is None or not (match.group("date") or match.group("time")):
        return None
    parts: list[tuple[str, str]] = []
    for group, units in (("date", _DATE_UNITS), ("time", _TIME_UNITS)):
        for part in _DURATION_PART.finditer(match.group(group) or ""):
            parts.append((part.group("count"), units[part.group("unit")]))
    return parts


def _count_words(parts: list[tuple[str, str]]) -> str:
    words = []
    for count, unit in parts:
        if count.startswith("X"):
            words.append(f"some {_plural(unit, 'X')}")
        else:
            words.append(f"{count} {_plural(unit, count)}")
    return " ".join(words)


def undated_label(expression: TimeExpression) -> str:
    """What an expression without a definite time says: "in the past", "at present", "for 3 years",
    "every week", "unresolved (XXXX-WXX-5)"."""
    value = expression.value
    if value in VAGUE:
        return VAGUE[value]
    if expression.type is TimexType.DURATION:
        parts = _duration_parts(value)
        return f"for {_count_words(parts)}" if parts else f"a duration ({value})"
    if expression.type is TimexType.SET:
        parts = _duration_parts(value)
        if parts and len(parts) == 1:
            count, unit = parts[0]
            return f"every {unit}" if count == "1" else f"every {_count_words(parts)}"
        return f"repeatedly ({value})"
    if expression.anchor is Anchor.UNRESOLVED:
        return f"unresolved ({value})"
    if expression.interval is None:
        return f"no definite date ({value})"
    return _with_mod(_period_label(expression.granularity, expression.interval, value), expression.mod)


# -------------------------------------------------------------------------------------- distance


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" if number == 1 else f"{number} {_PLURALS.get(unit, unit + 's')}"


def _phrase(difference: int, unit: str, *, about: bool = False, adjacent: bool = True) -> str:
    """``-2, "month"`` -> "2 months before publication"; ``1, "week"`` -> "next week" (with ``adjacent``)."""
    if difference == 0:
        return f"same {unit}"
    if adjacent and not about:
        if difference == -1:
            return f"last {unit}"
        if difference == 1:
            return f"next {unit}"
    amount = ("about " if about else "") + _count(abs(difference), unit)
    return f"{amount} before publication" if difference < 0 else f"in {amount}"


def _round(number: float) -> int:
    """Halves away from zero (``round`` would make 6.5 hours "6 hours")."""
    size = int(abs(number) + 0.5)
    return -size if number < 0 else size


def _days_phrase(days: int) -> str:
    if days == 0:
        return "same day"
    if days == -1:
        return "the day before publication"
    if days == 1:
        return "the next day"
    size = abs(days)
    sign = 1 if days > 0 else -1
    if size < 14:
        return _phrase(days, "day", adjacent=False)
    if size < 60:
        return _phrase(sign * _round(size / 7), "week", about=size % 7 != 0)
    if size < 730:
        return _phrase(sign * _round(size / 30.4375), "month", about=True)
    return _phrase(sign * _round(size / 365.25), "year", about=True)


def _monday(moment: dt.datetime) -> dt.date:
    return moment.date() - dt.timedelta(days=moment.weekday())


def _season_index(moment: dt.datetime) -> int:
    return (moment.year * 12 + moment.month - 3) // 3


_CALENDAR_INDEX: dict[Granularity, tuple[str, Callable[[dt.datetime], int]]] = {
    Granularity.MONTH: ("month", lambda m: m.year * 12 + m.month - 1),
    Granularity.QUARTER: ("quarter", lambda m: m.year * 4 + (m.month - 1) // 3),
    Granularity.HALF: ("half-year", lambda m: m.year * 2 + (m.month - 1) // 6),
    Granularity.SEASON: ("season", _season_index),
    Granularity.YEAR: ("year", lambda m: m.year),
    Granularity.DECADE: ("decade", lambda m: m.year // 10),
    Granularity.CENTURY: ("century", lambda m: m.year // 100),
    Granularity.MILLENNIUM: ("millennium", lambda m: m.year // 1000),
}


def relative_label(expression: TimeExpression, reference: dt.datetime | None) -> str | None:
    """How far ``expression`` is from the reference date, in the expression's own unit.

    A day: "same day", "the day before publication", "2 days before publication", "in 2 days",
    "3 weeks before publication"; a week: "last week", "in 3 weeks"; a month: "last month",
    "2 months before publication"; likewise quarters, seasons, years and decades. A time of day
    against a reference with a time: "3 hours before publication". ``None`` without a reference
    date or a definite time.
    """
    interval = expression.interval
    if reference is None or interval is None or not is_dated(expression):
        return None
    ref = _naive(reference)
    start, end = _naive(interval.start), _naive(interval.end)
    granularity = expression.granularity
    if granularity in _CALENDAR_INDEX:
        unit, index = _CALENDAR_INDEX[granularity]
        return _phrase(index(start) - index(ref), unit)
    if granularity is Granularity.WEEK:
        return _phrase((_monday(start) - _monday(ref)).days // 7, "week")
    if granularity is Granularity.WEEKEND and start.date() <= ref.date() < end.date():
        return "same weekend"
    fine = (Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND)
    if granularity in fine and ref.time() != dt.time(0, 0) and start.date() == ref.date():
        minutes = _round((start - ref).total_seconds() / 60)
        if minutes == 0:
            return "at publication"
        if abs(minutes) < 60:
            return _phrase(minutes, "minute", adjacent=False)
        return _phrase(_round(minutes / 60), "hour", about=minutes % 60 != 0, adjacent=False)
    if granularity is Granularity.NONE and start.date() < ref.date() < end.date():
        return "around publication"
    return _days_phrase((start.date() - ref.date()).days)


# ---------------------------------------------------------------------------------------- events


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _collapse(text: str) -> str:
    """``text`` on one line for display: whitespace runs as one space, control characters (which
    could drive the terminal) removed."""
    return _CONTROL.sub("", " ".join(text.split()))


def _find(text: str, needle: str, *, word: bool = False) -> int:
    """The position of ``needle`` in ``text`` (exact, then ignoring case), -1 when absent."""
    if not needle:
        return -1
    for haystack, target in ((text, needle), (text.casefold(), needle.casefold())):
        if len(haystack) != len(text) or len(target) != len(needle):  # offsets would not map back
            continue
        pattern = re.escape(target)
        if word:
            pattern = rf"(?<!\w){pattern}(?!\w)"
        match = re.search(pattern, haystack)
        if match is not None:
            return match.start()
    return -1


def event_text(event: Event, *others: Event) -> Text:
    """The event's text on one paragraph, its time expression highlighted when it occurs in it, and
    its trigger (and those of ``others``, events sharing the text) in bold."""
    text = _collapse(event.text)
    rendered = Text(text)
    for current in (event, *others):
        trigger = _collapse(current.trigger_text)
        position = _find(text, trigger, word=True)
        if position >= 0:
            rendered.stylize(TRIGGER_STYLE, position, position + len(trigger))
    for expression in dict.fromkeys(_collapse(e.when.text) for e in (event, *others)):
        position = _find(text, expression)
        if position >= 0:
            rendered.stylize(EXPRESSION_STYLE, position, position + len(expression))
    return rendered


def event_markers(event: Event, *, source: bool = True) -> list[tuple[str, str]]:
    """``(word, style)`` pairs: "planned", "negated", "hypothetical", then "according to SOURCE"
    (unless ``source`` is false) or "reported"."""
    markers: list[tuple[str, str]] = []
    if event.modality is Modality.PLANNED or event.tense is Tense.FUTURE:
        markers.append(("planned", MARKER_STYLES["planned"]))
    if event.modality is Modality.NEGATED:
        markers.append(("negated", MARKER_STYLES["negated"]))
    if event.modality is Modality.HYPOTHETICAL:
        markers.append(("hypothetical", MARKER_STYLES["hypothetical"]))
    if event.source and source:
        markers.append((f"according to {_collapse(event.source)}", SOURCE_STYLE))
    elif event.modality is Modality.REPORTED and not event.source:
        markers.append(("reported", MARKER_STYLES["reported"]))
    return markers


def _append_markers(block: Text, markers: list[tuple[str, str]], separator: str = " · ") -> None:
    for number, (word, style) in enumerate(markers):
        if number:
            block.append(separator, style=DISTANCE_STYLE)
        block.append(word, style=style)


def _event_block(events: Sequence[Event], label: str | None = None) -> Text:
    """One paragraph for events sharing a text: the text, then their markers.

    A single event gets a line of markers; several get one line listing their triggers, each with
    its markers in parentheses, and a source they all share named once at the end.
    """
    first = events[0]
    block = Text()
    if label is not None:
        block.append(_collapse(label), style=DATE_STYLE)
        block.append(" · ", style=DISTANCE_STYLE)
    block.append_text(event_text(first, *events[1:]))
    if len(events) == 1:
        markers = event_markers(first)
        if markers:
            block.append("\n")
            _append_markers(block, markers)
        return block
    sources = {e.source for e in events}
    shared = sources.pop() if len(sources) == 1 else None
    block.append("\n")
    for number, event in enumerate(events):
        if number:
            block.append(", ", style=DISTANCE_STYLE)
        block.append(_collapse(event.trigger_text), style=TRIGGER_STYLE if event.primary else DISTANCE_STYLE)
        markers = event_markers(event, source=shared is None)
        if markers:
            block.append(" (", style=DISTANCE_STYLE)
            _append_markers(block, markers, ", ")
            block.append(")", style=DISTANCE_STYLE)
    if shared:
        block.append(" · ", style=DISTANCE_STYLE)
        block.append(f"according to {_collapse(shared)}", style=SOURCE_STYLE)
    return block


def _paragraphs(entries: Sequence[Entry], *, label: bool = False) -> list[list[Event]]:
    """``entries``' events, adjacent ones with the same text (and label) merged into one paragraph."""
    paragraphs: list[list[Event]] = []
    previous: tuple[str, str] | None = None
    for entry in entries:
        key = (_collapse(entry.event.text), undated_label(entry.when) if label else "")
        if paragraphs and key == previous:
            paragraphs[-1].append(entry.event)
        else:
            paragraphs.append([entry.event])
        previous = key
    return paragraphs


# ---------------------------------------------------------------------------------------- layout


class _Prefixed:
    """``renderable`` with ``first`` before its first line and ``rest`` before the others.

    The prefixes draw the timeline's rail; ``ascii`` variants are used on consoles that cannot
    encode box characters.
    """

    def __init__(
        self,
        renderable: RenderableType,
        first: str,
        rest: str,
        *,
        ascii: tuple[str, str] | None = None,
        style: str = RAIL_STYLE,
    ) -> None:
        self.renderable = renderable
        self.prefixes = (first, rest)
        self.ascii = ascii or (first, rest)
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        first, rest = self.ascii if options.ascii_only else self.prefixes
        indent = max(cell_len(first), cell_len(rest))
        width = max(options.max_width - indent, 1)
        lines = console.render_lines(self.renderable, options.update(width=width), pad=False)
        style = console.get_style(self.style)
        for number, line in enumerate(lines):
            prefix = first if number == 0 else rest
            if prefix:
                yield Segment(prefix.ljust(indent) if cell_len(prefix) < indent else prefix, style)
            yield from _rstrip(line)
            yield Segment.line()


def _rstrip(line: list[Segment]) -> list[Segment]:
    """``line`` without the spaces wrapping leaves at its end."""
    segments = list(line)
    while segments and not segments[-1].control:
        last = segments[-1]
        text = last.text.rstrip(" ")
        if text:
            segments[-1] = Segment(text, last.style)
            break
        segments.pop()
    return segments


def _rail_spacer() -> _Prefixed:
    return _Prefixed(Text(""), "│", "│", ascii=("|", "|"))


def _published_rule(reference: dt.datetime) -> Rule:
    return Rule(
        Text(f"published {_moment_label(_naive(reference))}", style=PUBLISHED_STYLE),
        align="left",
        style=PUBLISHED_STYLE,
    )


def _group_key(entry: Entry) -> tuple[object, ...]:
    return (entry.when.interval, entry.when.granularity, entry.when.mod)


def _date_group(entries: Sequence[Entry], reference: dt.datetime | None) -> _Prefixed:
    when = entries[0].when
    heading = Text(date_label(when), style=DATE_STYLE)
    distance = relative_label(when, reference)
    if distance:
        heading.append(" · ", style=DISTANCE_STYLE)
        heading.append(distance, style=DISTANCE_STYLE)
    events = [_Prefixed(_event_block(p), "• ", "  ", ascii=("* ", "  "), style="") for p in _paragraphs(entries)]
    return _Prefixed(Group(heading, *events), "● ", "│ ", ascii=("o ", "| "))


def _title(timeline: Timeline) -> Text:
    title = Text("Timeline", style="bold")
    if timeline.id:
        title.append(f" of {_collapse(timeline.id)}", style="bold")
    count = len(timeline)
    title.append(f" · {_count(count, 'event') if count else 'no events'}", style=DISTANCE_STYLE)
    if timeline.undated:
        title.append(f" ({len(timeline.undated)} undated)", style=DISTANCE_STYLE)
    if timeline.reference is None:
        title.append(" · no reference date", style=DISTANCE_STYLE)
    else:
        title.append(f" · published {_moment_label(_naive(timeline.reference))}", style=DISTANCE_STYLE)
    return title


def render_timeline(timeline: Timeline) -> RenderableType:
    """The timeline drawn vertically: a heading per date (label and distance to publication), its
    events below (the time expression highlighted, markers and source after them), a "published"
    rule at the reference date, and the undated events in a section of their own."""
    parts: list[RenderableType] = [_Prefixed(_title(timeline), "", "")]
    reference = timeline.reference
    cut = timeline.reference_index
    sections: list[list[RenderableType]] = [[], []]
    position = 0
    for _, group in itertools.groupby(timeline.entries, key=_group_key):
        entries = list(group)
        side = 0 if cut is None or position < cut else 1
        sections[side].append(_date_group(entries, reference))
        position += len(entries)
    for side, groups in enumerate(sections):
        if side == 1 and reference is not None:
            parts.append(_published_rule(reference))
        for number, group_renderable in enumerate(groups):
            if number:
                parts.append(_rail_spacer())
            parts.append(group_renderable)
    if not timeline.entries:
        parts.append(Text("No dated events.", style=DISTANCE_STYLE))
    if timeline.undated:
        parts.append(Text(""))
        parts.append(Text("Undated or vague", style="bold"))
        for paragraph in _paragraphs(timeline.undated, label=True):
            block = _event_block(paragraph, undated_label(paragraph[0].when))
            parts.append(_Prefixed(block, "• ", "  ", ascii=("* ", "  "), style=""))
    return Group(*parts)


# ---------------------------------------------------------------------------------- expressions


def _fields_text(expression: TimeExpression) -> str:
    stated = " ".join(expression.stated) or "—"
    implied = " ".join(expression.implied) or "—"
    return f"{stated} / {implied}"


def _interval_cell(interval: Interval | None) -> str:
    if interval is None:
        return "—"
    return f"[{_iso(interval.start)}, {_iso(interval.end)})"


def _iso(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0, 0) and moment.tzinfo is None:
        return moment.date().isoformat()
    return moment.isoformat(sep=" ", timespec="seconds" if moment.second or moment.microsecond else "minutes")


def _value_text(expression: TimeExpression) -> str:
    value = f"{expression.value} ({expression.mod})" if expression.mod else expression.value
    return _collapse(value)


class _ExpressionTable:
    """The expressions of a document as a table: one column per field when the console is wide
    enough, the details stacked in one column otherwise."""

    WIDE = 110

    def __init__(self, document: Document) -> None:
        self.document = document

    def _title(self) -> str:
        document = self.document
        count = len(document.expressions)
        title = _count(count, "temporal expression") if count else "No temporal expressions"
        if document.id:
            title += f" in {_collapse(document.id)}"
        if document.reference is None:
            return title + " · no reference date"
        return title + f" · reference {_moment_label(_naive(document.reference))}"

    def table(self, width: int) -> Table:
        wide = width >= self.WIDE
        table = Table(show_lines=not wide, expand=not wide)
        table.add_column("#", justify="right", style=DISTANCE_STYLE, no_wrap=True)
        if wide:
            table.add_column("text", style=EXPRESSION_STYLE, overflow="fold")
            table.add_column("type")
            table.add_column("value", overflow="fold")
            table.add_column("granularity")
            table.add_column("interval", overflow="fold")
            table.add_column("stated / implied", overflow="fold")
            table.add_column("anchor")
            table.add_column("rule", overflow="fold", style=DISTANCE_STYLE)
        else:
            table.add_column("text", style=EXPRESSION_STYLE, overflow="fold", ratio=2)
            table.add_column("value", overflow="fold", ratio=2)
            table.add_column("resolution", overflow="fold", ratio=4)
        for number, e in enumerate(self.document.expressions):
            text = _collapse(e.text)
            if wide:
                table.add_row(
                    str(number),
                    text,
                    str(e.type),
                    _value_text(e),
                    str(e.granularity),
                    _interval_cell(e.interval),
                    _fields_text(e),
                    str(e.anchor),
                    _collapse(e.rule),
                )
                continue
            value = Text(_value_text(e))
            value.append(f"\n{e.type} · {e.granularity}", style=DISTANCE_STYLE)
            details = Text(_interval_cell(e.interval))
            if e.stated:
                details.append(f"\nstated: {' '.join(e.stated)}")
            if e.implied:
                details.append(f"\nimplied: {' '.join(e.implied)}")
            if e.anchor is not Anchor.NONE:
                details.append(f"\nanchor: {e.anchor}")
            details.append(f"\n{_collapse(e.rule)}", style=DISTANCE_STYLE)
            table.add_row(str(number), text, value, details)
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(self._title(), style="bold")
        if self.document.expressions:
            yield self.table(options.max_width)


def render_expressions(document: Document) -> RenderableType:
    """A rich Table of ``document.expressions``: text, type, value, granularity, interval, stated /
    implied fields, anchor and rule (the details stacked in one column below 110 columns)."""
    return _ExpressionTable(document)


# ------------------------------------------------------------------------------------- markdown

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _md(text: str) -> str:
    return _escape(_collapse(text))


def _md_event(event: Event) -> str:
    """The event text, escaped, with its time expression in bold."""
    text = _collapse(event.text)
    needle = _collapse(event.when.text)
    position = _find(text, needle)
    if position < 0:
        return _md(text)
    needle = text[position : position + len(needle)]
    end = position + len(needle)
    return f"{_escape(text[:position])}**{_escape(needle)}**{_escape(text[end:])}"


def _md_markers(events: Sequence[Event]) -> str:
    """Each trigger in italics with its markers, a shared source once: "*said*, *take* (planned); according to X"."""
    sources = {e.source for e in events}
    shared = sources.pop() if len(sources) == 1 and len(events) > 1 else None
    notes = []
    for event in events:
        markers = [_md(word) for word, _ in event_markers(event, source=shared is None)]
        trigger = f"*{_md(event.trigger_text)}*" if event.trigger_text.strip() else ""
        if len(events) == 1:
            notes.append("; ".join([trigger, *markers] if trigger else markers))
        else:
            notes.append(trigger + (f" ({', '.join(markers)})" if markers else ""))
    text = ", ".join(n for n in notes if n)
    return f"{text}; according to {_md(shared)}" if shared else text


def _md_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def to_markdown(timeline: Timeline) -> str:
    """The timeline as a markdown document: a table of the dated events in time order (with a
    "published" row at the reference date), then the undated events."""
    lines = [f"# Timeline of {_md(timeline.id)}" if timeline.id else "# Timeline", ""]
    count = len(timeline)
    summary = _count(count, "event") if count else "No events"
    if timeline.reference is not None:
        summary += f" · published **{_moment_label(_naive(timeline.reference))}**"
    else:
        summary += " · no reference date"
    lines += [summary, ""]
    reference = timeline.reference
    cut = timeline.reference_index
    if timeline.entries or reference is not None:
        lines.append(_md_row(["When", "Relative to publication", "Event", "Notes"]))
        lines.append(_md_row(["---"] * 4))
        position = 0
        for _, group in itertools.groupby(timeline.entries, key=_group_key):
            entries = list(group)
            if position == cut and reference is not None:
                lines.append(_published_row(reference))
            position += len(entries)
            distance = relative_label(entries[0].when, reference) or ""
            for events in _paragraphs(entries):
                when = _md(date_label(events[0].when))
                lines.append(_md_row([when, _md(distance), _md_event(events[0]), _md_markers(events)]))
        if cut == len(timeline.entries) and reference is not None:
            lines.append(_published_row(reference))
        lines.append("")
    if timeline.undated:
        lines += ["## Undated or vague", ""]
        lines.append(_md_row(["When", "Event", "Notes"]))
        lines.append(_md_row(["---"] * 3))
        for events in _paragraphs(timeline.undated, label=True):
            lines.append(_md_row([_md(undated_label(events[0].when)), _md_event(events[0]), _md_markers(events)]))
        lines.append("")
    return "\n".join(lines)


def _published_row(reference: dt.datetime) -> str:
    return _md_row([f"**{_moment_label(_naive(reference))}**", "**published**", "", ""])


def expressions_to_markdown(document: Document) -> str:
    """The document's expressions as a markdown table (the same columns as :func:`render_expressions`)."""
    title = "# Temporal expressions" + (f" in {_md(document.id)}" if document.id else "")
    count = len(document.expressions)
    summary = _count(count, "expression") if count else "No expressions"
    if document.reference is not None:
        summary += f" · reference **{_moment_label(_naive(document.reference))}**"
    else:
        summary += " · no reference date"
    lines = [title, "", summary, ""]
    if document.expressions:
        header = ["#", "Text", "Type", "Value", "Granularity", "Interval", "Stated / implied", "Anchor", "Rule"]
        lines.append(_md_row(header))
        lines.append(_md_row(["---"] * len(header)))
        for number, e in enumerate(document.expressions):
            lines.append(
                _md_row(
                    [
                        str(number),
                        _md(e.text),
                        str(e.type),
                        _md(_value_text(e)),
                        str(e.granularity),
                        _md(_interval_cell(e.interval)),
                        _md(_fields_text(e)),
                        str(e.anchor),
                        _md(e.rule),
                    ]
                )
            )
        lines.append("")
    return "\n".join(lines)
