"""Invariants that hold for any input: spans index the text, nothing crashes, resolution is deterministic."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.lang.en import vocabulary as vocab
from timeline.language import get_language
from timeline.model import Anchor, Granularity
from timeline.recognize import Recognizer

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FRAGMENTS = [
    *WEEKDAYS,
    *(m.title() for m in vocab.MONTHS),
    "last",
    "next",
    "this",
    "week",
    "year",
    "month",
    "ago",
    "two",
    "three",
    "days",
    "years",
    "the",
    "on",
    "in",
    "of",
    "1990",
    "2022",
    "1990s",
    "9",
    "19th",
    ",",
    ".",
    "-",
    "/",
    "'",
    "a.m.",
    "p.m.",
    "noon",
    "early",
    "late",
    "mid-",
    "quarter",
    "third",
    "fiscal",
    "said",
    "will",
    "yesterday",
    "tomorrow",
    "today",
    "now",
    "every",
    "each",
    "daily",
    "Christmas",
    "Easter",
    "the next day",
    "that week",
    "a year earlier",
    "12:30",
    "02/09/2022",
    "2022-02-09",
    "Su-35",
    "$",
    "%",
]
fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=300), fragment_text, st.text(alphabet=st.characters(), max_size=300))
references = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
EXTRACTOR = timeline.Extractor()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, references)
def test_spans_index_the_input(text: str, reference: dt.date | None) -> None:
    document = EXTRACTOR.extract(text, reference)
    previous_end = 0
    for expression in document.expressions:
        assert 0 <= expression.start <= expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end, "expressions overlap or are out of order"
        previous_end = expression.end
    for event in document.events:
        assert event.sentence.start <= event.trigger.start <= event.trigger.end <= event.sentence.end
        assert event.trigger.of(text) == event.trigger_text
        assert event.when in document.expressions


@settings(max_examples=200, deadline=None)
@given(any_text, references)
def test_resolution_is_deterministic(text: str, reference: dt.date | None) -> None:
    assert EXTRACTOR.extract(text, reference) == timeline.Extractor().extract(text, reference)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=500), references)
def test_no_crash_on_arbitrary_unicode(text: str, reference: dt.date | None) -> None:
    document = timeline.extract(text, reference)
    assert document.text == text
    assert all(e.granularity in Granularity for e in document.expressions)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(WEEKDAYS),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31)),
    st.sampled_from(["The minister said on {day} that talks failed.", "Blinken will meet Lavrov on {day}.", "{day}"]),
)
def test_a_weekday_resolves_within_a_week_of_the_reference(weekday: str, reference: dt.date, template: str) -> None:
    document = timeline.extract(template.format(day=weekday), reference)
    (expression,) = document.expressions
    day = dt.date.fromisoformat(expression.value)
    assert day.strftime("%A") == weekday
    assert abs((day - reference).days) < 7
    if "said" in template:
        assert day <= reference
    if "will" in template:
        assert day >= reference


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31)))
def test_deictic_periods_contain_or_neighbour_the_reference(reference: dt.date) -> None:
    text = "It rose last week, falls this month, and will rise next year."
    last_week, this_month, next_year = timeline.extract(text, reference).expressions
    midnight = dt.datetime.combine(reference, dt.time())
    assert last_week.interval is not None and last_week.interval.end <= midnight
    assert (midnight - last_week.interval.start).days < 14
    assert this_month.interval is not None and midnight in this_month.interval
    assert next_year.value == str(reference.year + 1)


#: Words of every shape a number takes, and the words around numbers that rules look behind or ahead for.
NUMBER_FRAGMENTS = [
    *FRAGMENTS,
    *("1", "12", "123", "12345", "1234567", "10am", "3pm", "21st", "1st", "3.5", "1,000", "2022s", "9/11", "7:30"),
    *("at", "from", "to", "and", "between", "until", "BC", "AD", "century", "–", ":", "(", ")", "hours", "Q3", "FY22"),
]
number_text = st.lists(
    st.tuples(st.sampled_from(NUMBER_FRAGMENTS), st.sampled_from([" ", " ", "", ", ", "-"])), max_size=25
).map(lambda pieces: "".join(word + gap for word, gap in pieces))
KEYED = Recognizer(get_language("en"))
EVERY_RULE = Recognizer(get_language("en"), keyed=False)


@settings(max_examples=400, deadline=None)
@given(number_text)
def test_the_first_words_table_loses_no_match(text: str) -> None:
    """Trying only the rules a word's key (a number's shape) lists finds what trying every rule finds."""
    assert KEYED.find(text) == EVERY_RULE.find(text)


def _spans(document: timeline.Document, shift: int = 0) -> list[tuple[int, int]]:
    return [(e.start + shift, e.end + shift) for e in document.expressions]


def _types(document: timeline.Document, shift: int = 0) -> dict[tuple[int, int], str]:
    """Types of the expressions that do not count from another mention: an offset against its clause's
    tense ("three weeks later, the judge sentenced him") is a date after an earlier date, a length alone."""
    return {
        (e.start + shift, e.end + shift): e.type.value for e in document.expressions if e.anchor is not Anchor.PREVIOUS
    }


def _fully_stated(document: timeline.Document, shift: int = 0) -> dict[tuple[int, int], str]:
    # (a date in figures that either order reads, "1/2/2000", follows the order the whole text writes its dates in,
    # "1 JAN" two paragraphs before: an outlet writes all its dates one way)
    return {
        (e.start + shift, e.end + shift): e.value
        for e in document.expressions
        if not e.implied and e.interval and not _EITHER_ORDER.match(e.text)
    }


_EITHER_ORDER = __import__("re").compile(r"(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])(?!\d)")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, any_text, references)
def test_paragraphs_are_independent(a: str, b: str, reference: dt.date | None) -> None:
    """The spans found in ``a + "\\n\\n" + b`` are those of ``a`` and of ``b`` (shifted), and so are the
    types of expressions that do not count from another mention; the values of fully stated dates agree."""
    joined = EXTRACTOR.extract(a + "\n\n" + b, reference)
    alone_a, alone_b = EXTRACTOR.extract(a, reference), EXTRACTOR.extract(b, reference)
    shift = len(a) + 2
    assert _spans(joined) == _spans(alone_a) + _spans(alone_b, shift)
    joined_types, alone_types = _types(joined), {**_types(alone_a), **_types(alone_b, shift)}
    assert {span: kind for span, kind in joined_types.items() if span in alone_types} == {
        span: kind for span, kind in alone_types.items() if span in joined_types
    }
    stated = {**_fully_stated(alone_a), **_fully_stated(alone_b, shift)}
    assert {span: value for span, value in _fully_stated(joined).items()} == stated


_DURATION = __import__("re").compile(
    r"P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?|PX[YMWDEC]+|PTX[HMS]|P\d+(?:\.\d+)?W"
)


@given(
    count=st.one_of(
        st.integers(min_value=0, max_value=10_000).map(str),
        st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False).map(str),
        st.sampled_from(["a", "an", "half an", "two and a half", "22 and a half", "1 1/2", "several", "a few"]),
    ),
    unit=st.sampled_from(sorted(vocab.UNITS)),
    frame=st.sampled_from(["It lasted {}.", "It took {} to finish.", "{} later, it ended.", "for {} and more"]),
)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_count_of_any_unit_gives_a_well_formed_value(count: str, unit: str, frame: str) -> None:
    text = frame.format(f"{count} {unit}")
    for expression in timeline.extract(text, "2022-01-19").expressions:
        assert text[expression.start : expression.end] == expression.text
        if expression.type is timeline.TimexType.DURATION:
            assert _DURATION.fullmatch(expression.value), (text, expression.value)
