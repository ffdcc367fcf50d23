"""Rendering: labels, distances, the rich timeline and expression table at fixed widths, markdown."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console, RenderableType

import timeline
import timeline.render as render_module
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
from timeline.render import (
    date_label,
    event_markers,
    expressions_to_markdown,
    relative_label,
    render_expressions,
    to_markdown,
    undated_label,
)
from timeline.timeline import Timeline

REFERENCE = dt.datetime(2022, 1, 19)
WIDTHS = (60, 80, 200)


def render(renderable: RenderableType, width: int) -> str:
    console = Console(color_system=None, width=width, file=io.StringIO(), force_terminal=False)
    console.print(renderable)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def lines(renderable: RenderableType, width: int) -> list[str]:
    return [line.rstrip() for line in render(renderable, width).splitlines()]


def expression(
    value: str,
    granularity: Granularity,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    *,
    text: str = "then",
    type: TimexType = TimexType.DATE,
    mod: str | None = None,
) -> TimeExpression:
    return TimeExpression(
        text=text,
        start=0,
        end=len(text),
        type=type,
        value=value,
        granularity=granularity,
        rule="test",
        mod=mod,
        interval=None if start is None or end is None else Interval(start, end),
        anchor=Anchor.UNRESOLVED if value.startswith("X") else Anchor.NONE,
    )


def day(year: int, month: int, number: int, *, text: str = "then") -> TimeExpression:
    start = dt.datetime(year, month, number)
    return expression(start.date().isoformat(), Granularity.DAY, start, start + dt.timedelta(days=1), text=text)


def event(
    when: TimeExpression,
    text: str,
    trigger: int = 0,
    *,
    trigger_text: str = "met",
    modality: Modality = Modality.ASSERTED,
    tense: Tense = Tense.PAST,
    source: str | None = None,
    primary: bool = True,
) -> Event:
    return Event(
        trigger=Span(trigger, trigger + len(trigger_text)),
        trigger_text=trigger_text,
        text=text,
        sentence=Span(trigger, trigger + len(text)),
        when=when,
        tense=tense,
        modality=modality,
        kind=EventKind.OCCURRENCE,
        source=source,
        primary=primary,
    )


# ------------------------------------------------------------------------------------------ labels


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end", "label"),
    [
        ("2022-01-19", Granularity.DAY, dt.datetime(2022, 1, 19), dt.datetime(2022, 1, 20), "Wed 19 Jan 2022"),
        ("2022-W02", Granularity.WEEK, dt.datetime(2022, 1, 10), dt.datetime(2022, 1, 17), "week of 10 Jan 2022"),
        (
            "2022-W03-WE",
            Granularity.WEEKEND,
            dt.datetime(2022, 1, 22),
            dt.datetime(2022, 1, 24),
            "weekend of 22 Jan 2022",
        ),
        ("2022-01", Granularity.MONTH, dt.datetime(2022, 1, 1), dt.datetime(2022, 2, 1), "January 2022"),
        ("2021-Q3", Granularity.QUARTER, dt.datetime(2021, 7, 1), dt.datetime(2021, 10, 1), "Q3 2021"),
        ("2021-H1", Granularity.HALF, dt.datetime(2021, 1, 1), dt.datetime(2021, 7, 1), "first half of 2021"),
        ("2021-SU", Granularity.SEASON, dt.datetime(2021, 6, 1), dt.datetime(2021, 9, 1), "summer 2021"),
        ("2021-WI", Granularity.SEASON, dt.datetime(2021, 12, 1), dt.datetime(2022, 3, 1), "winter 2021/22"),
        ("2021", Granularity.YEAR, dt.datetime(2021, 1, 1), dt.datetime(2022, 1, 1), "2021"),
        ("199", Granularity.DECADE, dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1), "the 1990s"),
        ("19", Granularity.CENTURY, dt.datetime(1900, 1, 1), dt.datetime(2000, 1, 1), "the 20th century"),
        ("2", Granularity.MILLENNIUM, dt.datetime(2000, 1, 1), dt.datetime(3000, 1, 1), "the 3rd millennium"),
        (
            "2022-01-21TMO",
            Granularity.PART_OF_DAY,
            dt.datetime(2022, 1, 21, 6),
            dt.datetime(2022, 1, 21, 12),
            "Fri 21 Jan 2022 morning",
        ),
        (
            "2022-01-19T15:00",
            Granularity.MINUTE,
            dt.datetime(2022, 1, 19, 15),
            dt.datetime(2022, 1, 19, 15, 1),
            "Wed 19 Jan 2022 15:00",
        ),
        (
            "2022-01-19T15",
            Granularity.HOUR,
            dt.datetime(2022, 1, 19, 15),
            dt.datetime(2022, 1, 19, 16),
            "Wed 19 Jan 2022 15:00",
        ),
    ],
)
def test_date_labels_follow_granularity(
    value: str, granularity: Granularity, start: dt.datetime, end: dt.datetime, label: str
) -> None:
    assert date_label(expression(value, granularity, start, end)) == label


@pytest.mark.parametrize(
    ("mod", "label"),
    [("START", "early 1990s"), ("MID", "mid-1990s"), ("END", "late 1990s"), ("APPROX", "around the 1990s")],
)
def test_mods_qualify_the_label(mod: str, label: str) -> None:
    decade = expression("199", Granularity.DECADE, dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1), mod=mod)
    assert date_label(decade) == label


@pytest.mark.parametrize(
    ("value", "type", "label"),
    [
        ("PAST_REF", TimexType.DATE, "in the past"),
        ("PRESENT_REF", TimexType.DATE, "at present"),
        ("FUTURE_REF", TimexType.DATE, "in the future"),
        ("P3Y", TimexType.DURATION, "for 3 years"),
        ("PT2H30M", TimexType.DURATION, "for 2 hours 30 minutes"),
        ("P1D", TimexType.DURATION, "for 1 day"),
        ("PXY", TimexType.DURATION, "for some years"),
        ("P1W", TimexType.SET, "every week"),
        ("P2M", TimexType.SET, "every 2 months"),
        ("XXXX-WXX-1", TimexType.SET, "repeatedly (XXXX-WXX-1)"),
        ("XXXX-WXX-5", TimexType.DATE, "unresolved (XXXX-WXX-5)"),
    ],
)
def test_undated_labels(value: str, type: TimexType, label: str) -> None:
    vague = expression(value, Granularity.NONE, type=type)
    assert undated_label(vague) == label
    assert date_label(vague) == label


def test_labels_of_extracted_expressions() -> None:
    document = timeline.extract("It rained last week, in the summer of 2021 and in Q3 2021.", "2022-01-19")
    assert [date_label(e) for e in document.expressions] == ["week of 10 Jan 2022", "summer 2021", "Q3 2021"]


@pytest.mark.parametrize(
    ("when", "distance"),
    [
        (day(2022, 1, 19), "same day"),
        (day(2022, 1, 18), "the day before publication"),
        (day(2022, 1, 17), "2 days before publication"),
        (day(2022, 1, 20), "the next day"),
        (day(2022, 1, 21), "in 2 days"),
        (day(2021, 12, 29), "3 weeks before publication"),
        (day(2021, 12, 31), "about 3 weeks before publication"),
        (day(2022, 2, 9), "in 3 weeks"),
        (day(2021, 10, 1), "about 4 months before publication"),
        (day(2019, 1, 19), "about 3 years before publication"),
        (expression("2022-W02", Granularity.WEEK, dt.datetime(2022, 1, 10), dt.datetime(2022, 1, 17)), "last week"),
        (expression("2022-W03", Granularity.WEEK, dt.datetime(2022, 1, 17), dt.datetime(2022, 1, 24)), "same week"),
        (expression("2022-W06", Granularity.WEEK, dt.datetime(2022, 2, 7), dt.datetime(2022, 2, 14)), "in 3 weeks"),
        (expression("2021-12", Granularity.MONTH, dt.datetime(2021, 12, 1), dt.datetime(2022, 1, 1)), "last month"),
        (
            expression("2021-11", Granularity.MONTH, dt.datetime(2021, 11, 1), dt.datetime(2021, 12, 1)),
            "2 months before publication",
        ),
        (expression("2022-01", Granularity.MONTH, dt.datetime(2022, 1, 1), dt.datetime(2022, 2, 1)), "same month"),
        (expression("2022-02", Granularity.MONTH, dt.datetime(2022, 2, 1), dt.datetime(2022, 3, 1)), "next month"),
        (
            expression("2021-Q3", Granularity.QUARTER, dt.datetime(2021, 7, 1), dt.datetime(2021, 10, 1)),
            "2 quarters before publication",
        ),
        (expression("2021", Granularity.YEAR, dt.datetime(2021, 1, 1), dt.datetime(2022, 1, 1)), "last year"),
        (expression("2024", Granularity.YEAR, dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1)), "in 2 years"),
        (
            expression("199", Granularity.DECADE, dt.datetime(1990, 1, 1), dt.datetime(2000, 1, 1)),
            "3 decades before publication",
        ),
        (expression("2021-WI", Granularity.SEASON, dt.datetime(2021, 12, 1), dt.datetime(2022, 3, 1)), "same season"),
        (
            expression("2021-SU", Granularity.SEASON, dt.datetime(2021, 6, 1), dt.datetime(2021, 9, 1)),
            "2 seasons before publication",
        ),
    ],
)
def test_distance_to_publication_is_granularity_aware(when: TimeExpression, distance: str) -> None:
    assert relative_label(when, REFERENCE) == distance


def test_distance_of_times_against_a_reference_with_a_time() -> None:
    three_pm = expression(
        "2022-01-19T15:00", Granularity.MINUTE, dt.datetime(2022, 1, 19, 15), dt.datetime(2022, 1, 19, 15, 1)
    )
    assert relative_label(three_pm, dt.datetime(2022, 1, 19, 8, 30)) == "in about 7 hours"
    assert relative_label(three_pm, dt.datetime(2022, 1, 19, 9)) == "in 6 hours"
    assert relative_label(three_pm, dt.datetime(2022, 1, 19, 14)) == "in 1 hour"
    assert relative_label(three_pm, dt.datetime(2022, 1, 19, 15, 20)) == "20 minutes before publication"
    assert relative_label(three_pm, REFERENCE) == "same day"  # a date-only reference: days
    assert relative_label(three_pm, None) is None
    assert relative_label(expression("PAST_REF", Granularity.NONE), REFERENCE) is None


def test_markers() -> None:
    when = day(2022, 1, 21)
    assert event_markers(event(when, "x", modality=Modality.PLANNED)) == [("planned", "yellow")]
    assert [w for w, _ in event_markers(event(when, "x", tense=Tense.FUTURE))] == ["planned"]
    assert [w for w, _ in event_markers(event(when, "x", modality=Modality.REPORTED))] == ["reported"]
    reported = event(when, "x", modality=Modality.REPORTED, source="Mr Fomin")
    assert [w for w, _ in event_markers(reported)] == ["according to Mr Fomin"]
    assert [w for w, _ in event_markers(event(when, "x", modality=Modality.NEGATED))] == ["negated"]
    assert [w for w, _ in event_markers(event(when, "x", modality=Modality.HYPOTHETICAL))] == ["hypothetical"]
    assert event_markers(event(when, "x")) == []


# ----------------------------------------------------------------------------------- the timeline

LAST_YEAR = expression("2021", Granularity.YEAR, dt.datetime(2021, 1, 1), dt.datetime(2022, 1, 1), text="last year")
MONDAY = day(2022, 1, 17, text="Monday")
WEDNESDAY = day(2022, 1, 19, text="Wednesday")
FRIDAY = day(2022, 1, 21, text="Friday")
FEBRUARY_9 = day(2022, 2, 9, text="February 9")
RECENTLY = expression("PAST_REF", Granularity.NONE, text="recently")

LONG = (
    "He did not specify how many troops would be involved in the exercises, the first phase of which is "
    "scheduled to begin on February 9."
)
EVENTS = (
    event(LAST_YEAR, "A European passenger plane was forcibly redirected last year.", 10, trigger_text="redirected"),
    event(MONDAY, "The joint exercises would take place on Monday.", 20, source="Alexander Lukashenko"),
    event(WEDNESDAY, "Mr Blinken told the US embassy earlier Wednesday.", 30, trigger_text="told"),
    event(FRIDAY, "Mr Blinken will sit down with Sergei Lavrov on Friday.", 40, modality=Modality.PLANNED),
    event(FRIDAY, "Russia will not invade on Friday.", 50, modality=Modality.NEGATED),
    event(FEBRUARY_9, LONG, 60, trigger_text="begin", modality=Modality.HYPOTHETICAL),
    event(RECENTLY, "Tensions have grown recently.", 70, trigger_text="grown"),
)
TIMELINE = Timeline.from_events(EVENTS, REFERENCE, id="wsj")


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_has_dates_distances_markers_and_the_published_rule(width: int) -> None:
    output = lines(TIMELINE, width)
    assert output[0].startswith("Timeline of wsj · 7 events")
    assert "● 2021 · last year" in output
    assert "● Mon 17 Jan 2022 · 2 days before publication" in output
    assert "● Wed 19 Jan 2022 · same day" in output
    assert "● Fri 21 Jan 2022 · in 2 days" in output
    assert "● Wed 9 Feb 2022 · in 3 weeks" in output
    published = [n for n, line in enumerate(output) if line.startswith("published Wed 19 Jan 2022 ─")]
    assert len(published) == 1
    # the rule sits between the last entry before publication and the first after it
    before = output.index("● Wed 19 Jan 2022 · same day")
    after = output.index("● Fri 21 Jan 2022 · in 2 days")
    assert before < published[0] < after
    assert output[published[0]].endswith("─") and cell_len(output[published[0]]) == width
    assert "│   according to Alexander Lukashenko" in output
    assert "│   planned" in output
    assert "│   negated" in output
    assert "│   hypothetical" in output
    assert "Undated or vague" in output
    assert "• in the past · Tensions have grown recently." in output


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_wraps_without_breaking_words(width: int) -> None:
    output = lines(TIMELINE, width)
    assert all(cell_len(line) <= width for line in output)
    assert render(TIMELINE, width).splitlines() == output  # no trailing spaces left by wrapping
    # the long event text comes back whole from its wrapped lines, prefixes removed
    start = next(n for n, line in enumerate(output) if line.startswith("│ • He did not specify"))
    pieces = [output[start][4:]]
    for line in output[start + 1 :]:
        if not line.startswith("│   ") or line == "│   hypothetical":
            break
        pieces.append(line[4:])
    assert " ".join(pieces) == LONG
    assert (len(pieces) == 1) == (width == 200)


def test_timeline_at_80_columns() -> None:
    assert lines(TIMELINE, 80) == [
        "Timeline of wsj · 7 events (1 undated) · published Wed 19 Jan 2022",
        "● 2021 · last year",
        "│ • A European passenger plane was forcibly redirected last year.",
        "│",
        "● Mon 17 Jan 2022 · 2 days before publication",
        "│ • The joint exercises would take place on Monday.",
        "│   according to Alexander Lukashenko",
        "│",
        "● Wed 19 Jan 2022 · same day",
        "│ • Mr Blinken told the US embassy earlier Wednesday.",
        "published Wed 19 Jan 2022 " + "─" * 54,
        "● Fri 21 Jan 2022 · in 2 days",
        "│ • Mr Blinken will sit down with Sergei Lavrov on Friday.",
        "│   planned",
        "│ • Russia will not invade on Friday.",
        "│   negated",
        "│",
        "● Wed 9 Feb 2022 · in 3 weeks",
        "│ • He did not specify how many troops would be involved in the exercises, the",
        "│   first phase of which is scheduled to begin on February 9.",
        "│   hypothetical",
        "",
        "Undated or vague",
        "• in the past · Tensions have grown recently.",
    ]


def test_events_sharing_a_text_are_one_paragraph_with_a_line_per_trigger() -> None:
    text = "Mr Ryabkov said on Wednesday that Russia did not intend to invade."
    events = [
        event(WEDNESDAY, text, 3, trigger_text="said", source="Mr Ryabkov"),
        event(
            WEDNESDAY, text, 40, trigger_text="intend", modality=Modality.NEGATED, source="Mr Ryabkov", primary=False
        ),
    ]
    output = lines(Timeline.from_events(events, REFERENCE), 80)
    assert output[1:] == [
        "● Wed 19 Jan 2022 · same day",
        f"│ • {text}",
        "│   said, intend (negated) · according to Mr Ryabkov",
        "published Wed 19 Jan 2022 " + "─" * 54,
    ]


def test_the_published_rule_follows_the_last_entry_when_all_are_before() -> None:
    output = lines(Timeline.from_events([event(MONDAY, "It rained on Monday.")], REFERENCE), 60)
    assert output[-1].startswith("published Wed 19 Jan 2022 ─")


def test_empty_timeline_and_no_reference() -> None:
    assert lines(Timeline(), 60) == ["Timeline · no events · no reference date", "No dated events."]
    output = lines(Timeline.from_events([], REFERENCE), 60)
    assert output[0] == "Timeline · no events · published Wed 19 Jan 2022"
    assert output[1].startswith("published Wed 19 Jan 2022 ─")
    undated = Timeline.from_events([event(day(2022, 1, 21), "Talks on Friday.")])
    assert "published" not in render(undated, 80)
    assert "● Fri 21 Jan 2022" in lines(undated, 80)  # no distance without a reference


def test_the_expression_is_highlighted_by_style_and_colour_follows_the_console() -> None:
    plain = render(TIMELINE, 80)
    assert "\x1b[" not in plain
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="standard")
    console.print(TIMELINE)
    coloured = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[4;36mFriday\x1b[0m" in coloured  # underlined cyan


def test_no_color_keeps_styles_but_drops_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    console = Console(file=io.StringIO(), width=80, force_terminal=True)
    console.print(TIMELINE)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    codes = {code for match in re.findall(r"\x1b\[([0-9;]*)m", output) for code in match.split(";")}
    assert not codes & {str(n) for n in [*range(30, 39), *range(90, 98)]}


def test_ascii_consoles_get_ascii_rails() -> None:
    class AsciiFile(io.StringIO):
        @property
        def encoding(self) -> str:  # type: ignore[override]
            return "ascii"

    console = Console(file=AsciiFile(), width=80, color_system=None)
    console.print(TIMELINE)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert "o Fri 21 Jan 2022 · in 2 days" in output and "| * Russia will not invade on Friday." in output
    assert not {"│", "●", "─"} & set(output)


def test_rich_print_protocol() -> None:
    assert "● Fri 21 Jan 2022 · in 2 days" in render(TIMELINE, 80)
    document = Document("x", REFERENCE, "en", ())
    assert render(document, 80).startswith("No temporal expressions · reference Wed 19 Jan 2022")


# ---------------------------------------------------------------------------------- expressions

DOCUMENT = timeline.extract("Blinken will meet Lavrov on Friday. It rained recently, as in the 1990s.", "2022-01-19")


def test_expression_table_wide() -> None:
    output = lines(render_expressions(DOCUMENT), 200)
    assert output[0] == "3 temporal expressions · reference Wed 19 Jan 2022"
    header = next(line for line in output if "granularity" in line)
    for column in ("#", "text", "type", "value", "granularity", "interval", "stated / implied", "anchor", "rule"):
        assert column in header
    friday = next(line for line in output if "Friday" in line)
    for cell in ("DATE", "2022-01-21", "day", "[2022-01-21, 2022-01-22)", "weekday / year month day", "reference"):
        assert cell in friday
    assert "PAST_REF" in next(line for line in output if "recently" in line)


@pytest.mark.parametrize("width", (60, 80))
def test_expression_table_narrow_stacks_the_details(width: int) -> None:
    output = lines(render_expressions(DOCUMENT), width)
    assert all(cell_len(line) <= width for line in output)
    text = "\n".join(output)
    for piece in ("resolution", "2022-01-21", "DATE · day", "stated: weekday", "implied: year month day", "PAST_REF"):
        assert piece in text
    assert "anchor: reference" in text


def test_document_renders_as_its_expression_table() -> None:
    assert render(DOCUMENT, 100) == render(render_expressions(DOCUMENT), 100)


# ------------------------------------------------------------------------------------- markdown


def test_markdown_timeline() -> None:
    markdown = to_markdown(TIMELINE)
    rows = markdown.splitlines()
    assert rows[0] == "# Timeline of wsj"
    assert "7 events · published **Wed 19 Jan 2022**" in rows
    assert "| When | Relative to publication | Event | Notes |" in rows
    assert (
        "| 2021 | last year | A European passenger plane was forcibly redirected **last year**. | *redirected* |"
        in rows
    )
    published = rows.index("| **Wed 19 Jan 2022** | **published** |  |  |")
    assert rows[published - 1].startswith("| Wed 19 Jan 2022 | same day |")
    assert rows[published + 1].startswith("| Fri 21 Jan 2022 | in 2 days | Mr Blinken will sit down")
    assert rows[published + 1].endswith("| *met*; planned |")
    assert "## Undated or vague" in rows
    assert "| in the past | Tensions have grown **recently**. | *grown* |" in rows


def test_markdown_escapes_table_and_emphasis_characters() -> None:
    tricky = event(day(2022, 1, 21, text="Friday"), "A | B *said* on Friday_x", 0)
    markdown = to_markdown(Timeline.from_events([tricky], REFERENCE))
    assert r"A \| B \*said\* on **Friday**\_x" in markdown


def test_markdown_without_events_or_reference() -> None:
    assert to_markdown(Timeline()) == "# Timeline\n\nNo events · no reference date\n"


def test_markdown_expressions() -> None:
    markdown = expressions_to_markdown(DOCUMENT)
    rows = markdown.splitlines()
    assert rows[0] == "# Temporal expressions"
    assert "| # | Text | Type | Value | Granularity | Interval | Stated / implied | Anchor | Rule |" in rows
    friday = next(row for row in rows if "Friday" in row)
    assert friday.startswith("| 0 | Friday | DATE | 2022-01-21 | day | \\[2022-01-21, 2022-01-22) |")


# ------------------------------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["on Friday", "last week", "in the summer of 2021", "recently", "for three years", "every week", "at 3 pm"]
        ),
        max_size=6,
    ),
    st.text(max_size=30),
    st.sampled_from([None, "2022-01-19", "2022-01-19T08:30"]),
    st.sampled_from(WIDTHS),
)
def test_any_document_renders_within_the_width(
    phrases: list[str], filler: str, reference: str | None, width: int
) -> None:
    text = filler.join(f"It happened {phrase}." for phrase in phrases)
    document = timeline.extract(text, reference)
    # the trigger carries the hostile filler but is never blank: blank triggers are left out of the notes
    trigger = "x" + filler
    events = [event(e, filler + text, e.start, trigger_text=trigger) for e in document.expressions]
    drawn = Timeline.from_events(events, reference)
    output = lines(drawn, width)
    assert all(cell_len(line) <= width for line in output)
    assert sum(line.startswith("published") for line in output) == (reference is not None)
    # every event is listed: events sharing a sentence share a row, each named by its trigger
    markdown = to_markdown(drawn)
    assert markdown.count(f"*{render_module._md(trigger)}*") >= len(drawn.entries) + len(drawn.undated)
    assert all(cell_len(line) <= width for line in lines(render_expressions(document), width))


def test_control_characters_of_the_text_never_reach_the_terminal() -> None:
    hostile = event(day(2022, 1, 21, text="Friday"), "Talks\x1b[2J on \x07Friday\r\nend.", trigger_text="Talks\x1b")
    drawn = Timeline.from_events([hostile], REFERENCE, id="a\x1b]0;title\x07")
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="standard")
    console.print(drawn)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[2J" not in output and "\x07" not in output and "\x1b]" not in output
    assert "│ • Talks[2J on Friday end." in lines(drawn, 80)
    assert r"Talks\[2J on **Friday** end." in to_markdown(drawn)
