"""A held-out probe: 2020s news sentences annotated by hand, independently of the rules and of TBAQ.

``tests/data/news_probe.jsonl`` holds 162 sentences in the style of today's wire copy (Reuters, AP,
Bloomberg, business, politics, sport, weather, courts), each with its own publication date and the
expressions a TimeML annotator expects, with character offsets. Fifteen sentences hold only
look-alikes (scores, prices, model and flight numbers, addresses, vote counts). Expected expressions
marked ``ambiguous`` (annotators could defensibly disagree) or ``optional`` (TimeBank annotates such
words only sometimes) are reported by ``python tests/test_news_probe.py`` but not asserted.

Every other expected expression must be found with its value and type (or a listed alternative),
except the disagreements in :data:`KNOWN`, each with its reason; they are strict xfails, so fixing
one fails the test until it is taken off the list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import timeline

PROBE = Path(__file__).parent / "data" / "news_probe.jsonl"
CASES: list[dict[str, Any]] = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines()]

_PART_OF_DAY = "'Monday afternoon' names a day first: typed DATE, as most of TimeBank/AQUAINT does"
KNOWN: dict[tuple[int, str], str] = {
    **{
        (case, text): _PART_OF_DAY
        for case, text in [
            (2, "Monday afternoon"),
            (5, "Saturday morning"),
            (18, "Wednesday night"),
            (87, "Sunday evening"),
            (89, "Monday afternoon"),
            (97, "Thursday evening"),
            (100, "Saturday night"),
            (101, "Wednesday morning"),
            (102, "Thursday night"),
            (128, "Monday morning"),
            (137, "tonight"),
            (156, "Sunday night"),
        ]
    },
    (95, "Nov. 5"): "a past clause puts a date without a year in the past ('before the Nov. 5 election')",
    (119, "Oct. 7"): "an anniversary ('a year after the Oct. 7 attack') needs the event, not the calendar",
    (127, "the weekend"): "'before the weekend' in a present clause is read as the weekend just past",
    (130, "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    (147, "the quarter"): "on a quarter's last day, 'ended the quarter' is the current one, not the last reported",
}


def _strict(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in case["expected"] if not e.get("ambiguous") and not e.get("optional")]


def _params() -> list[Any]:
    params = []
    for case in CASES:
        for expected in _strict(case):
            key = (case["id"], expected["text"])
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
            params.append(pytest.param(case, expected, id=f"{case['id']}:{expected['text']}", marks=marks))
    return params


def _overlapping(document: timeline.Document, start: int, end: int) -> list[timeline.TimeExpression]:
    return [e for e in document.expressions if e.start < end and start < e.end]


def test_the_probe_is_well_formed() -> None:
    assert len(CASES) == 162
    assert len({case["id"] for case in CASES}) == len(CASES)
    for case in CASES:
        for expected in case["expected"]:
            assert case["sentence"][expected["start"] : expected["end"]] == expected["text"], case["id"]
    known = {(case["id"], e["text"]) for case in CASES for e in _strict(case)}
    assert set(KNOWN) <= known  # no stale entries


@pytest.mark.parametrize(("case", "expected"), _params())
def test_expected_expression_is_found_and_resolved(case: dict[str, Any], expected: dict[str, Any]) -> None:
    document = timeline.extract(case["sentence"], case["reference"])
    found = [(e.text, e.type.value, e.value) for e in _overlapping(document, expected["start"], expected["end"])]
    values = {expected["value"], *expected.get("alt", [])}
    types = {expected["type"], *expected.get("alt_types", [])}
    assert any(kind in types and value in values for _, kind, value in found), (
        f"{case['sentence']!r} ({case['reference']}): expected {expected['text']!r} "
        f"{expected['type']} {expected['value']}, found {found}"
    )


@pytest.mark.parametrize("case", CASES, ids=[str(case["id"]) for case in CASES])
def test_nothing_else_is_tagged(case: dict[str, Any]) -> None:
    document = timeline.extract(case["sentence"], case["reference"])
    spans = [(e["start"], e["end"]) for e in case["expected"]]
    extra = [e.text for e in document.expressions if not any(e.start < end and start < e.end for start, end in spans)]
    assert extra == [], f"{case['sentence']!r}: not expected {extra}"


def summary() -> str:
    """Found / value / type agreement per kind of expected expression, as in docs/evaluation.md."""
    rows = {kind: [0, 0, 0, 0] for kind in ("strict", "ambiguous", "optional")}
    for case in CASES:
        document = timeline.extract(case["sentence"], case["reference"])
        for expected in case["expected"]:
            kind = "optional" if expected.get("optional") else "ambiguous" if expected.get("ambiguous") else "strict"
            hits = _overlapping(document, expected["start"], expected["end"])
            values = {expected["value"], *expected.get("alt", [])}
            types = {expected["type"], *expected.get("alt_types", [])}
            row = rows[kind]
            row[0] += 1
            row[1] += bool(hits)
            row[2] += any(e.value in values for e in hits)
            row[3] += any(e.type.value in types for e in hits)
    lines = [f"{'kind':<10} {'expected':>8} {'found':>6} {'value':>6} {'type':>6}"]
    lines += [f"{kind:<10} {n:>8} {found:>6} {value:>6} {typed:>6}" for kind, (n, found, value, typed) in rows.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
