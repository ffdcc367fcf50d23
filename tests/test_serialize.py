"""JSON: schema timeline/1, round trips to equal records, clear errors for bad input."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.errors import SerializationError, TimelineError
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
from timeline.serialize import SCHEMA, from_json, from_jsonl_line, to_json, to_jsonl_line

TEXT = "Blinken will meet Lavrov on Friday. The exercises begin on February 9, Mr Fomin said."


def with_events(document: Document) -> Document:
    """``document`` with one hand-built event per expression (the event stage may find others)."""
    events = tuple(
        Event(
            trigger=Span(e.start, e.end),
            trigger_text=e.text,
            text=f"Something happened {e.text}.",
            sentence=Span(0, len(document.text)),
            when=e,
            tense=Tense.FUTURE,
            modality=Modality.REPORTED,
            kind=EventKind.OCCURRENCE,
            source="Mr Fomin" if n % 2 else None,
            primary=n % 3 != 2,
        )
        for n, e in enumerate(document.expressions)
    )
    return attrs.evolve(document, events=events)


DOCUMENT = with_events(timeline.extract(TEXT, "2022-01-19"))


def as_dict(document: Document) -> dict[str, Any]:
    data = json.loads(to_json(document))
    assert isinstance(data, dict)
    return data


def test_schema_and_fields() -> None:
    data = as_dict(attrs.evolve(DOCUMENT, id="wsj-1"))
    assert data["schema"] == SCHEMA == "timeline/1"
    assert (data["id"], data["language"], data["reference"], data["text"]) == (
        "wsj-1",
        "en",
        "2022-01-19T00:00:00",
        TEXT,
    )
    friday = data["expressions"][0]
    assert friday == {
        "text": "Friday",
        "start": 28,
        "end": 34,
        "type": "DATE",
        "value": "2022-01-21",
        "mod": None,
        "granularity": "day",
        "interval": {"start": "2022-01-21T00:00:00", "end": "2022-01-22T00:00:00"},
        "stated": ["weekday"],
        "implied": ["year", "month", "day"],
        "anchor": "reference",
        "rule": friday["rule"],
    }
    event = data["events"][1]
    assert event["when"] == 1  # an index into "expressions", not a copy
    assert event == {
        "trigger": {"start": event["trigger"]["start"], "end": event["trigger"]["end"]},
        "trigger_text": DOCUMENT.expressions[1].text,
        "text": f"Something happened {DOCUMENT.expressions[1].text}.",
        "sentence": {"start": 0, "end": len(TEXT)},
        "when": 1,
        "tense": "FUTURE",
        "modality": "REPORTED",
        "kind": "OCCURRENCE",
        "source": "Mr Fomin",
        "primary": True,
    }


def test_every_record_field_is_written() -> None:
    """A field added to a record must be added to the schema too (and the version raised)."""
    data = as_dict(DOCUMENT)
    assert set(data) == {"schema"} | {f.name for f in attrs.fields(Document)}
    assert set(data["expressions"][0]) == {f.name for f in attrs.fields(TimeExpression)}
    assert set(data["events"][0]) == {f.name for f in attrs.fields(Event)}


def test_round_trip_gives_equal_records() -> None:
    assert from_json(to_json(DOCUMENT)) == DOCUMENT
    assert from_json(to_json(DOCUMENT).encode("utf-8")) == DOCUMENT
    assert from_jsonl_line(to_jsonl_line(DOCUMENT)) == DOCUMENT
    assert from_jsonl_line(to_jsonl_line(DOCUMENT) + "\n") == DOCUMENT


def test_jsonl_line_is_one_ascii_line() -> None:
    document = timeline.extract("Le 19 janvier\u2028— “on Friday”\r\n\ud800.", "2022-01-19")
    line = to_jsonl_line(document)
    assert "\n" not in line and "\r" not in line and line.isascii()
    assert from_jsonl_line(line) == document
    assert "—" in to_json(document)  # the indented form keeps non-ASCII text readable


def test_an_event_whose_expression_is_not_listed_is_written_inline() -> None:
    stray = TimeExpression("then", 0, 4, TimexType.DATE, "PAST_REF", Granularity.NONE, "hand")
    event = attrs.evolve(DOCUMENT.events[0], when=stray)
    document = attrs.evolve(DOCUMENT, events=(event,))
    data = as_dict(document)
    assert data["events"][0]["when"]["value"] == "PAST_REF"
    assert from_json(to_json(document)) == document


def test_optional_fields_take_the_record_defaults() -> None:
    minimal = {
        "schema": "timeline/1",
        "text": "On Friday.",
        "language": "en",
        "expressions": [
            {
                "text": "Friday",
                "start": 3,
                "end": 9,
                "type": "DATE",
                "value": "XXXX-WXX-5",
                "granularity": "day",
                "rule": "r",
            }
        ],
        "events": [
            {
                "trigger": {"start": 0, "end": 2},
                "trigger_text": "On",
                "text": "On Friday.",
                "sentence": {"start": 0, "end": 10},
                "when": 0,
                "tense": "NONE",
                "modality": "ASSERTED",
                "kind": "OCCURRENCE",
            }
        ],
    }
    document = from_json(json.dumps(minimal))
    expression = document.expressions[0]
    assert (expression.mod, expression.interval, expression.stated, expression.anchor) == (None, None, (), Anchor.NONE)
    assert document.reference is None and document.id is None
    assert document.events[0].source is None and document.events[0].primary is True
    assert document.events[0].when is expression


def test_times_zones_and_microseconds_survive() -> None:
    zone = dt.timezone(dt.timedelta(hours=-5))
    interval = Interval(dt.datetime(2022, 1, 19, 8, 30, 1, 5, tzinfo=zone), dt.datetime(2022, 1, 19, 9, tzinfo=zone))
    expression = TimeExpression(
        "8:30", 0, 4, TimexType.TIME, "2022-01-19T08:30", Granularity.MINUTE, "r", interval=interval
    )
    document = Document("8:30", dt.datetime(2022, 1, 19, 8, 30, 15), "en", (expression,))
    assert from_json(to_json(document)) == document


# ------------------------------------------------------------------------------------------ errors


def broken(change: Any) -> str:
    data = as_dict(DOCUMENT)
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
        ("", "not valid JSON"),
        (b"\xff\xfe{", "cannot decode the bytes as utf-16"),
        (b"{\xff}", "cannot decode the bytes as utf-8"),
        ("[]", "expected a JSON object, got an array"),
        ('{"text": "x"}', 'no "schema" field: not a timeline document'),
        (
            '{"schema": "timeline/2"}',
            "unsupported schema version 'timeline/2': this version of timeline reads 'timeline/1'",
        ),
        ('{"schema": "geojson"}', "not a timeline document: schema is 'geojson'"),
        ("[" * 100000 + "]" * 100000, "not valid JSON"),
    ],
)
def test_malformed_or_other_documents_are_rejected(text: str | bytes, message: str) -> None:
    with pytest.raises(SerializationError) as error:
        from_json(text)
    assert message in str(error.value)
    assert str(error.value).startswith("invalid timeline JSON")


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d.pop("text"), "", "missing field(s): text"),
        (lambda d: d.update(extra=1), "", "unknown field(s): extra"),
        (lambda d: d.update(reference="19 Jan"), "reference", "expected an ISO 8601 date and time, got '19 Jan'"),
        (lambda d: d.update(expressions={}), "expressions", "expected an array, got an object"),
        (lambda d: d["expressions"][1].update(start="28"), "expressions[1].start", "expected an integer, got a string"),
        (
            lambda d: d["expressions"][1].update(start=True),
            "expressions[1].start",
            "expected an integer, got a boolean",
        ),
        (lambda d: d["expressions"][0].update(end=40), "expressions[0]", "does not fit text"),
        (lambda d: d["expressions"][0].update(type="EPOCH"), "expressions[0].type", "expected one of 'DATE'"),
        (lambda d: d["expressions"][0].update(granularity="fortnight"), "expressions[0].granularity", "'fortnight'"),
        (lambda d: d["expressions"][0].update(stated=["eon"]), "expressions[0]", "unknown calendar fields: ['eon']"),
        (
            lambda d: d["expressions"][0].update(stated="weekday"),
            "expressions[0].stated",
            "expected an array of strings",
        ),
        (
            lambda d: d["expressions"][0].update(implied=[1]),
            "expressions[0].implied[0]",
            "expected a string, got a number",
        ),
        (
            lambda d: d["expressions"][0]["interval"].update(end="2022-01-20T00:00:00"),
            "expressions[0].interval",
            "interval ends before it starts",
        ),
        (lambda d: d["expressions"][0].update(interval=[1, 2]), "expressions[0].interval", "expected an object"),
        (lambda d: d["events"][0].update(when=7), "events[0].when", "expression index 7 is out of range"),
        (lambda d: d["events"][0].update(when=-1), "events[0].when", "expression index -1 is out of range"),
        (lambda d: d["events"][0].update(when="0"), "events[0].when", "expected an index into expressions"),
        (lambda d: d["events"][0]["trigger"].update(start=9, end=2), "events[0].trigger", "invalid span [9, 2)"),
        (lambda d: d["events"][0].update(primary="yes"), "events[0].primary", "expected true or false"),
        (lambda d: d["events"][1].update(source=3), "events[1].source", "expected a string, got a number"),
        (lambda d: d["events"][1].update(modality=None), "events[1].modality", "got None"),
    ],
)
def test_invalid_fields_are_named(change: Any, path: str, message: str) -> None:
    assert from_json(broken(lambda d: None)) == DOCUMENT  # the helper itself breaks nothing
    text = broken(change)
    with pytest.raises(SerializationError) as error:
        from_json(text)
    assert error.value.path == path
    assert message in error.value.reason
    assert isinstance(error.value, TimelineError) and isinstance(error.value, ValueError)


def test_non_text_input_is_rejected() -> None:
    with pytest.raises(SerializationError, match="expected a JSON text"):
        from_json(DOCUMENT)  # type: ignore[arg-type]


# -------------------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from([None, "2022-01-19", "1999-12-31T23:59:30"]))
def test_round_trip_of_extracted_documents(text: str, reference: str | None) -> None:
    document = with_events(timeline.extract(text, reference))
    assert from_json(to_json(document)) == document
    assert from_jsonl_line(to_jsonl_line(document)) == document


@settings(deadline=None)
@given(
    st.lists(
        st.sampled_from(["on Friday", "last week", "in 2021", "recently", "for three years", "every week", "at 3 pm"]),
        max_size=6,
    ),
    st.text(max_size=20),
)
def test_round_trip_of_documents_full_of_dates(phrases: list[str], filler: str) -> None:
    text = filler.join(f"It happened {phrase}." for phrase in phrases)
    document = with_events(timeline.extract(text, "2022-01-19"))
    assert from_json(to_json(document)) == document
