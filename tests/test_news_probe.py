"""Held-out probes: 2015-2026 news annotated by hand, independently of the rules and of TBAQ.

Four probes, written by four annotators who saw neither the rules nor each other's work:

* ``tests/data/news_probe_1.jsonl``: 162 sentences in the style of 2020s wire copy (Reuters, AP,
  Bloomberg; markets, politics, sport, weather, courts), fifteen of them holding only look-alikes
  (scores, prices, model and flight numbers, an address, vote counts);
* ``tests/data/news_probe_2.jsonl``: 174 sentences and short passages from many outlets and regions
  (UK, India, Australia, Canada, US local news, press releases, obituaries, earnings, central banks),
  with later expressions depending on earlier ones, and twenty look-alike sentences (cricket scores,
  "7/11", "Catch-22", "Area 51", odds, software versions, bill numbers);
* ``tests/data/news_probe_3.jsonl``: 25 whole articles of 200-300 words (wire stories with datelines,
  an earnings release, a court report, an obituary, a match report, a hurricane told hour by hour, an
  election night, a feature with a history section, a central-bank statement, a crime timeline), whose
  expressions depend on earlier ones across sentences and paragraphs;
* ``tests/data/news_probe_4.jsonl``: 180 cases on what the others cover least: broadcast transcripts
  (speaker turns, spoken numbers and years), ranges and lists, sets and frequencies, vague words,
  durations, history and far futures, and twenty look-alike sentences ("the 1975 Act", "Route 66",
  "Super Bowl LVIII", "a 3-2 win", "4x100m relay", "Apollo 13", "20/20 vision").

Each case has its own publication date and the expressions a TimeML annotator expects, with character
offsets. Expressions marked ``ambiguous`` (annotators could defensibly disagree) or ``optional``
(TimeBank annotates such words only sometimes) are reported by ``python tests/test_news_probe.py``
but not asserted. Every other one must be found with its value and type (or a listed alternative),
except the disagreements in :data:`KNOWN` (and the extra expressions in :data:`KNOWN_EXTRA`), each
with its reason; they are strict xfails, so fixing one fails the test until it is taken off the list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import timeline

DATA = Path(__file__).parent / "data"
PROBES = {probe: DATA / f"news_probe_{probe}.jsonl" for probe in ("1", "2", "3", "4")}
CASES: list[dict[str, Any]] = [
    {**case, "key": f"{probe}:{case['id']}"}
    for probe, path in PROBES.items()
    for case in map(json.loads, path.read_text(encoding="utf-8").splitlines())
]

KNOWN: dict[tuple[str, str], str] = {
    ("1:95", "Nov. 5"): "a past clause puts a date without a year in the past ('before the Nov. 5 election')",
    ("1:127", "the weekend"): "'before the weekend' in a present clause is read as the weekend just past",
    ("1:130", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    ("1:147", "the quarter"): "on a quarter's last day, 'ended the quarter' is the current one, not the last reported",
    ("2:c019", "three and a half weeks"): "written P24DT12H: ISO 8601 does not mix weeks with other units",
    ("2:c023", "the previous evening"): "it counts from a date named after it ('... on 14 August last year')",
    ("2:c025", "the morning of June 5"): "TimeBank annotates the date alone in 'the night of Oct. 23' (2 of 2)",
    ("2:c127", "the night of Oct. 23"): "TimeBank annotates the date alone in 'the night of Oct. 23' (2 of 2)",
    ("2:c037", "Diwali"): "lunar holidays need a lunisolar calendar",
    ("2:c047", "Republic Day"): "several countries keep a Republic Day, on different dates",
    ("2:c153", "1 November"): "'as from 1 November' in a past clause: the schedule is not recognised",
    ("2:c078", "the evening"): "'the evening' alone is read only after 'in', 'by', 'during', 'until', 'through'",
    ("2:c079", "Wednesday"): "'could' is past as often as future in TBAQ ('could be located Wednesday')",
    ("2:c097", "the past year"): "TBAQ values 'the past year' as the previous calendar year (2 of 2)",
    ("2:c099", "the weekend"): "'expected disruption to continue through the weekend': a past verb governs it",
    ("3:05_soccer_report", "Wednesday"): "'The Union host ... on Wednesday': a team name taking a plural verb",
    ("3:06_hurricane_irma", "11 p.m."): "a clock time takes the day of the last two sentences, not the paragraph's",
    ("3:06_hurricane_irma", "Tuesday night"): "'warned of flooding through Tuesday night': the report's past tense",
    ("3:09_fed_decision", "the past year"): "TBAQ values 'the past year' as the previous calendar year (2 of 2)",
    ("3:09_fed_decision", "March@1304"): "'a rate cut in March': the noun 'cut' is read as a past verb",
    ("3:11_india_autos", "the year-ago quarter"): "Indian fiscal quarters (Q2 FY25) are not calendar quarters",
    ("3:17_retailer_earnings", "the quarter"): "a quarter ending Nov. 3 is a fiscal one: only its length is known",
    ("3:21_ntsb_crash", "the day before"): "'the day before the crash' needs the event's date",
    ("3:22_johnson_resigns", "minutes"): "'within minutes of each other': a bare plural before 'of' is left alone",
    ("4:a18", "just under an hour"): "'in just under an hour' in a future clause is read as the day it lands on",
    ("4:a32", "8 o'clock"): "a clock time without a.m. or p.m. moves to the evening only beside 'tonight', 'night'",
    ("4:b06", "Monday"): "'open Monday through Friday' (a habit) is read as one week's days",
    ("4:b06", "Friday"): "'open Monday through Friday' (a habit) is read as one week's days",
    ("4:b17", "the weekend"): "'clearer skies by the weekend' after a present clause: the weekend just past",
    ("4:c09", "daily"): "adjectives of frequency before a noun are left alone (TBAQ tags 'quarterly' 1 of 11)",
    ("4:d03", "soon"): "TBAQ leaves 'soon' unannotated 13 times of 18",
    ("4:d06", "the moment"): "'at the moment' is unannotated in TBAQ",
    ("4:d18", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
}

#: Expressions found where the annotator expected none, and why.
KNOWN_EXTRA: dict[str, str] = {
    "4:a17": "the show name 'Weekend Edition Sunday' is read as a Sunday",
    "4:g01": "TBAQ tags years in names ('the 1971 Convention', 'the 2000 Olympics'), so 'the 1975 Act' is read",
}


def _strict(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in case["expected"] if not e.get("ambiguous") and not e.get("optional")]


def _label(case: dict[str, Any], expected: dict[str, Any]) -> str:
    """The expected text, with its offset when the case expects the same words twice."""
    same = sum(e["text"] == expected["text"] for e in case["expected"])
    return expected["text"] if same == 1 else f"{expected['text']}@{expected['start']}"


def _params() -> list[Any]:
    params = []
    for case in CASES:
        for expected in _strict(case):
            key = (case["key"], _label(case, expected))
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
            params.append(pytest.param(case, expected, id=":".join(key), marks=marks))
    return params


def _overlapping(document: timeline.Document, start: int, end: int) -> list[timeline.TimeExpression]:
    return [e for e in document.expressions if e.start < end and start < e.end]


def _unexpected(case: dict[str, Any], document: timeline.Document) -> list[timeline.TimeExpression]:
    """Expressions found where the annotator expected none (optional and ambiguous ones count)."""
    expected = {e for x in case["expected"] for e in _overlapping(document, x["start"], x["end"])}
    return [e for e in document.expressions if e not in expected]


def test_the_probes_are_well_formed() -> None:
    assert len(CASES) == 162 + 174 + 25 + 180
    assert len({case["key"] for case in CASES}) == len(CASES)
    for case in CASES:
        for expected in case["expected"]:
            assert case["sentence"][expected["start"] : expected["end"]] == expected["text"], case["key"]
    known = {(case["key"], _label(case, e)) for case in CASES for e in _strict(case)}
    assert set(KNOWN) <= known  # no stale entries
    assert set(KNOWN_EXTRA) <= {case["key"] for case in CASES}


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


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=case["key"], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_EXTRA[case["key"]])])
        if case["key"] in KNOWN_EXTRA
        else pytest.param(case, id=case["key"])
        for case in CASES
    ],
)
def test_nothing_else_is_tagged(case: dict[str, Any]) -> None:
    document = timeline.extract(case["sentence"], case["reference"])
    extra = [e.text for e in _unexpected(case, document)]
    assert extra == [], f"{case['sentence']!r}: not expected {extra}"


def summary() -> str:
    """Found / value / type agreement per probe and kind of expected expression (docs/evaluation.md)."""
    rows: dict[tuple[str, str], list[int]] = {}
    extra: dict[str, int] = dict.fromkeys(PROBES, 0)
    for case in CASES:
        probe = case["key"].split(":")[0]
        document = timeline.extract(case["sentence"], case["reference"])
        for expected in case["expected"]:
            kind = "optional" if expected.get("optional") else "ambiguous" if expected.get("ambiguous") else "strict"
            hits = _overlapping(document, expected["start"], expected["end"])
            values = {expected["value"], *expected.get("alt", [])}
            types = {expected["type"], *expected.get("alt_types", [])}
            row = rows.setdefault((probe, kind), [0, 0, 0, 0])
            row[0] += 1
            row[1] += bool(hits)
            row[2] += any(e.value in values for e in hits)
            row[3] += any(e.type.value in types for e in hits)
        extra[probe] += len(_unexpected(case, document))
    lines = [f"{'probe':<6} {'kind':<10} {'expected':>8} {'found':>6} {'value':>6} {'type':>6}"]
    for (probe, kind), (n, found, value, typed) in sorted(rows.items()):
        lines.append(f"{probe:<6} {kind:<10} {n:>8} {found:>6} {value:>6} {typed:>6}")
    lines += [f"probe {probe}: {count} false positives" for probe, count in extra.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
