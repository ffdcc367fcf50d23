"""Events on short sentences: trigger, tense, modality, class, source; and on the seed article."""

from __future__ import annotations

import pytest

import timeline
from timeline.model import Event, EventKind, Modality, Tense

REFERENCE = "2022-01-19"


def primary_events(text: str) -> list[Event]:
    return [e for e in timeline.extract(text, REFERENCE).events if e.primary]


@pytest.mark.parametrize(
    ("sentence", "trigger", "tense", "modality", "kind"),
    [
        ("Blinken will meet Lavrov on Friday.", "meet", Tense.FUTURE, Modality.PLANNED, EventKind.OCCURRENCE),
        ("Police arrested the suspect on Monday.", "arrested", Tense.PAST, Modality.ASSERTED, EventKind.OCCURRENCE),
        ("The minister is in Kyiv today.", "is", Tense.PRESENT, Modality.ASSERTED, EventKind.STATE),
        ("The talks did not resume on Tuesday.", "resume", Tense.PAST, Modality.NEGATED, EventKind.ASPECTUAL),
        (
            "The first phase is scheduled to begin on February 9.",
            "begin",
            Tense.NONE,
            Modality.PLANNED,
            EventKind.ASPECTUAL,
        ),
        (
            "If the talks fail on Friday, sanctions follow.",
            "fail",
            Tense.PRESENT,
            Modality.HYPOTHETICAL,
            EventKind.OCCURRENCE,
        ),
        ("Troops could cross the border on Friday.", "cross", Tense.NONE, Modality.HYPOTHETICAL, EventKind.OCCURRENCE),
        ("Zelensky speaks during Wednesday's meeting.", "meeting", Tense.NONE, Modality.ASSERTED, EventKind.OCCURRENCE),
        (
            "The company announced on Monday a new plan.",
            "announced",
            Tense.PAST,
            Modality.ASSERTED,
            EventKind.REPORTING,
        ),
        ("Shareholders hope to vote in March.", "vote", Tense.NONE, Modality.PLANNED, EventKind.OCCURRENCE),
        ("He said the drills would start on February 9.", "start", Tense.NONE, Modality.PLANNED, EventKind.ASPECTUAL),
        (
            "The drills would start on February 9 if talks fail.",
            "start",
            Tense.NONE,
            Modality.HYPOTHETICAL,
            EventKind.ASPECTUAL,
        ),
    ],
)
def test_trigger_tense_modality_and_kind(
    sentence: str, trigger: str, tense: Tense, modality: Modality, kind: EventKind
) -> None:
    (event, *_) = primary_events(sentence)
    assert (event.trigger_text, event.tense, event.modality, event.kind) == (trigger, tense, modality, kind)
    assert event.trigger.of(sentence) == trigger


def test_reporting_event_keeps_its_content_and_source() -> None:
    text = "Belarusian President Alexander Lukashenko said on Monday that the joint exercises would take place."
    (event, *_) = primary_events(text)
    assert event.trigger_text == "said" and event.kind is EventKind.REPORTING
    assert event.source == "Belarusian President Alexander Lukashenko"
    assert event.when.value == "2022-01-17"
    assert "the joint exercises would take place" in event.text


def test_attribution_moves_into_the_source() -> None:
    text = "The forces would prepare on Monday for the exercises, said Mr. Fomin."
    (event, *_) = primary_events(text)
    assert event.trigger_text == "prepare" and event.source == "Mr. Fomin"
    assert "said" not in event.text and event.text.endswith("for the exercises")


def test_a_pronoun_source_is_the_last_named_one() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said on Wednesday that talks were crucial. "
        '"Contacts on Friday are important," he said.'
    )
    events = primary_events(text)
    assert events[-1].when.text == "Friday" and events[-1].source == "Kremlin spokesman Dmitry Peskov"
    assert events[-1].modality is Modality.REPORTED


def test_coordinated_verbs_share_the_date() -> None:
    events = primary_events("Police arrested and charged two men on Monday.")
    assert [e.trigger_text for e in events] == ["charged", "arrested"]
    assert {e.when.value for e in events} == {"2022-01-17"}


def test_clause_mates_are_dated_but_not_primary() -> None:
    events = timeline.extract("An official said Friday that authorities are pursuing 400 tips.", REFERENCE).events
    assert [(e.trigger_text, e.primary) for e in events] == [("said", True), ("pursuing", False)]


def test_page_furniture_yields_no_event() -> None:
    document = timeline.extract("Copyright © 2022 Dow Jones & Company, Inc. All rights reserved.", REFERENCE)
    assert document.expressions and not document.events


def test_every_date_in_narrative_text_yields_an_event(seed_text: str) -> None:
    document = timeline.extract(seed_text, REFERENCE)
    copyright_year = next(e for e in document.expressions if e.text == "2022")
    dated = {e.when for e in document.events}
    for expression in document.expressions:
        if expression is copyright_year:
            assert expression not in dated
        else:
            assert expression in dated, expression.text


def test_seed_events_resolve_by_tense(seed_text: str) -> None:
    events = [e for e in timeline.extract(seed_text, REFERENCE).events if e.primary]
    by_trigger = {(e.trigger_text, e.when.text): e for e in events}
    lukashenko = by_trigger["said", "Monday"]
    assert lukashenko.when.value == "2022-01-17" and lukashenko.source == "Belarusian President Alexander Lukashenko"
    meet = by_trigger["meet", "Thursday"]
    assert meet.when.value == "2022-01-20" and meet.modality is Modality.PLANNED
    sit = by_trigger["sit", "Friday"]
    assert sit.when.value == "2022-01-21" and sit.modality is Modality.PLANNED and "Lavrov" in sit.text
    begin = by_trigger["begin", "February 9"]
    assert begin.when.value == "2022-02-09" and begin.modality is Modality.PLANNED
    told = by_trigger["told", "Tuesday"]
    assert told.when.value == "2022-01-18" and told.source == "A senior US administration official"
    assert {e.when.value for e in events if e.when.text == "last week"} == {"2022-W02"}
    assert {e.when.value for e in events if e.when.text == "last year"} == {"2021"}
    assert {e.when.value for e in events if e.when.text == "this week"} == {"2022-W03"}
