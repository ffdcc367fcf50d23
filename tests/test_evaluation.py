"""TempEval-3 scoring: hand-built cases, agreement with the reference scorer, and ``timeline eval``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

import timeline
from timeline.cli import main
from timeline.evaluation import (
    Counts,
    EvaluationReport,
    GroupCounts,
    Mismatch,
    MismatchKind,
    Pair,
    Scores,
    evaluate,
    match_document,
    score_directories,
)
from timeline.model import Document, Granularity, TimeExpression, TimexType
from timeline.timeml import GoldTimex, write_timeml

TEXT = "He left on Friday, January 21, 2022 and came back last week ."


def gold(phrase: str, value: str, type_: str = "DATE", occurrence: int = 0) -> GoldTimex:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return GoldTimex("t", start, start + len(phrase), phrase, type_, value)


def system(phrase: str, value: str, type_: TimexType = TimexType.DATE) -> TimeExpression:
    start = TEXT.index(phrase)
    return TimeExpression(phrase, start, start + len(phrase), type_, value, Granularity.DAY, "test")


# ---------------------------------------------------------------------------------------- matching


def test_exact_match_counts_everywhere() -> None:
    match = match_document(TEXT, [gold("last week", "2022-W02")], [system("last week", "2022-W02")])
    assert match.counts == Counts(gold=1, system=1, relaxed=1, strict=1, value=1, type=1)
    assert match.pairs == (Pair(0, 0),)


def test_partial_overlap_is_relaxed_not_strict() -> None:
    match = match_document(TEXT, [gold("Friday, January 21, 2022", "2022-01-21")], [system("January 21", "2022-01-21")])
    assert match.counts == Counts(gold=1, system=1, relaxed=1, strict=0, value=1, type=1)


def test_strict_compares_token_ranges_not_characters() -> None:
    # "Friday," and "Friday" cover different tokens; "left on" vs " left on " the same ones
    assert match_document(TEXT, [gold("Friday,", "X")], [system("Friday", "X")]).counts.strict == 0
    assert match_document(TEXT, [gold(" left on ", "X")], [system("left on", "X")]).counts.strict == 1


def test_value_and_type_count_over_relaxed_pairs_normalised() -> None:
    wrong_value = match_document(TEXT, [gold("last week", "2022-W02")], [system("last week", "2022-W03")])
    assert wrong_value.counts == Counts(1, 1, relaxed=1, strict=1, value=0, type=1)
    wrong_type = match_document(TEXT, [gold("last week", "P1W", "DURATION")], [system("week", "P1W")])
    assert wrong_type.counts == Counts(1, 1, relaxed=1, strict=0, value=1, type=0)
    # values compare stripped, types stripped and case-insensitively
    golds = [gold("last week", " 2022-W02 ", " date")]
    lenient = match_document(TEXT, golds, [system("last week", "2022-W02")])
    assert (lenient.counts.value, lenient.counts.type) == (1, 1)


def test_alignment_is_one_to_one_by_largest_overlap() -> None:
    golds = [gold("Friday, January 21, 2022", "2022-01-21")]
    systems = [system("Friday", "2022-01-21"), system("January 21, 2022", "2022-01-20")]
    match = match_document(TEXT, golds, systems)
    # "January 21, 2022" overlaps 5 tokens, "Friday" 1: the first wins, "Friday" is a false positive
    assert match.pairs == (Pair(0, 1), Pair(None, 0))
    assert match.counts == Counts(gold=1, system=2, relaxed=1, strict=0, value=0, type=1)


def test_alignment_prefers_exact_extents_then_smaller_length_difference() -> None:
    # both gold expressions overlap the system one by 2 tokens; the exact one is chosen
    golds = [gold("left on Friday", "A"), gold("on Friday", "B")]
    assert match_document(TEXT, golds, [system("on Friday", "B")]).pairs == (Pair(0, None), Pair(1, 0))
    # same overlap (2 tokens), neither exact: the smaller length difference wins (1 token, not 3)
    golds = [gold("He left on Friday,", "A"), gold("left on Friday", "B")]
    assert match_document(TEXT, golds, [system("left on", "B")]).pairs == (Pair(0, None), Pair(1, 0))
    # a full tie goes to the first gold expression
    golds = [gold("He left on", "A"), gold("left on Friday", "B")]
    assert match_document(TEXT, golds, [system("left on", "B")]).pairs == (Pair(0, 0), Pair(1, None))


def test_strict_is_a_multiset_intersection() -> None:
    golds = [gold("last week", "A"), gold("last week", "B")]
    match = match_document(TEXT, golds, [system("last week", "B")])
    assert (match.counts.relaxed, match.counts.strict) == (1, 1)


def test_spans_without_tokens_count_but_never_match() -> None:
    blank = TEXT.index("  ") if "  " in TEXT else TEXT.index(" ")
    empty = GoldTimex("t", blank, blank + 1, " ", "DATE", "X")
    match = match_document(TEXT, [empty], [system("left", "X")])
    assert match.counts == Counts(gold=1, system=1)
    assert match.pairs == (Pair(0, None), Pair(None, 0))


def test_nothing_to_match() -> None:
    assert match_document(TEXT, [], []) == match_document("", [], [])
    assert match_document(TEXT, [], []).counts == Counts()


# ---------------------------------------------------------------------------------------- scores


def test_score_arithmetic() -> None:
    scores = Counts(gold=4, system=5, relaxed=3, strict=2, value=1, type=3).scores
    assert scores.relaxed_precision == pytest.approx(60.0)
    assert scores.relaxed_recall == pytest.approx(75.0)
    assert scores.relaxed_f1 == pytest.approx(100 * 2 * 0.6 * 0.75 / 1.35)
    assert scores.strict_precision == pytest.approx(40.0)
    assert scores.strict_recall == pytest.approx(50.0)
    assert scores.strict_f1 == pytest.approx(100 * 2 * 0.4 * 0.5 / 0.9)
    assert scores.value_f1 == pytest.approx(100 * 2 * 0.2 * 0.25 / 0.45)
    assert scores.type_f1 == pytest.approx(scores.relaxed_f1)


@pytest.mark.parametrize(
    "counts",
    [Counts(), Counts(gold=3), Counts(system=3), Counts(gold=2, system=3, relaxed=0, strict=0)],
)
def test_undefined_ratios_score_zero(counts: Counts) -> None:
    assert counts.scores == Scores(0, 0, 0, 0, 0, 0, 0, 0)


def test_counts_add() -> None:
    total = Counts(1, 2, 3, 4, 5, 6) + Counts(10, 20, 30, 40, 50, 60)
    assert total == Counts(11, 22, 33, 44, 55, 66)
    assert sum([Counts(1, 1, 1, 1, 1, 1)] * 3, Counts()) == Counts(3, 3, 3, 3, 3, 3)


# ---------------------------------------------------------------------------------------- report

HEADER = "set                       gold   sys   rel P  rel R rel F1   str P  str R str F1   value   type"


def test_table_prints_group_rows_only_when_there_are_several() -> None:
    one = EvaluationReport((GroupCounts("TimeBank", Counts(4, 5, 3, 2, 1, 3)),))
    assert one.table().splitlines() == [
        HEADER,
        "overall                      4     5   60.00  75.00  66.67   40.00  50.00  44.44   22.22  66.67",
    ]
    two = EvaluationReport((GroupCounts("A", Counts(4, 5, 3, 2, 1, 3)), GroupCounts("B", Counts(1, 0))))
    assert two.overall == Counts(5, 5, 3, 2, 1, 3)
    assert two.table().splitlines()[1:] == [
        "A                            4     5   60.00  75.00  66.67   40.00  50.00  44.44   22.22  66.67",
        "B                            1     0    0.00   0.00   0.00    0.00   0.00   0.00    0.00   0.00",
        "overall                      5     5   60.00  60.00  60.00   40.00  40.00  40.00   20.00  60.00",
    ]


def test_report_renders_as_a_rich_table() -> None:
    report = EvaluationReport((GroupCounts("A", Counts(4, 5, 3, 2, 1, 3)), GroupCounts("B", Counts(1, 0))))
    console = Console(color_system=None, width=120, record=True)
    console.print(report)
    text = console.export_text()
    assert "TempEval-3" in text
    for needle in ("value F1", "A ", "B ", "overall", "66.67", "60.00"):
        assert needle in text


def test_mismatch_lines_follow_te3() -> None:
    assert Mismatch("A/x.tml", MismatchKind.MISS, "today", "1998-01-08", None).line() == (
        "A/x.tml\tMISS\t'today'\t1998-01-08"
    )
    assert Mismatch("x.tml", MismatchKind.FALSE, "May", None, "1998-05").line() == ("x.tml\tFALSE\t'May'\t1998-05")
    assert Mismatch("x.tml", MismatchKind.VALUE, "Friday", "1998-01-09", "1998-01-02").line() == (
        "x.tml\tVALUE\t'Friday'\tgold 1998-01-09\tsystem 1998-01-02"
    )


# ---------------------------------------------------------------------------------------- corpora


class FixedExtractor:
    """Finds the words "Friday" and "yesterday", dated from the reference; raises on "crash"."""

    def extract(self, text: str, reference: dt.datetime | None, *, id: str | None = None) -> Document:
        if "crash" in text:
            raise RuntimeError("boom")
        assert reference is not None
        found = []
        for word, days in (("Friday", 1), ("yesterday", -1)):
            start = text.find(word)
            if start >= 0:
                value = (reference + dt.timedelta(days=days)).date().isoformat()
                found.append(
                    TimeExpression(word, start, start + len(word), TimexType.DATE, value, Granularity.DAY, "fixed")
                )
        return Document(text, reference, "en", tuple(sorted(found, key=lambda e: e.start)), id=id)


def _gold(path: Path, body: str, dct: str = "1998-01-08") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<TimeML><DOCID>{path.stem}</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}">x</TIMEX3></DCT>'
        f"<TEXT>{body}</TEXT></TimeML>",
        encoding="utf-8",
    )


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "gold"
    _gold(root / "News" / "a.tml", 'It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.')
    _gold(
        root / "News" / "b.tml",
        'Talks end <TIMEX3 tid="t1" type="DATE" value="1998-01-10">Friday</TIMEX3>, '
        'not <TIMEX3 tid="t2" type="DATE" value="1998">this year</TIMEX3>.',
    )
    _gold(root / "Wire" / "c.tml", 'No crash <TIMEX3 tid="t1" type="DURATION" value="P1D">a day</TIMEX3>.')
    return root


def test_evaluate_scores_per_sub_folder_and_lists_errors(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "system"
    report = evaluate([small_corpus], extractor=FixedExtractor(), errors=True, system_dir=out)
    assert report.groups == (
        GroupCounts("News", Counts(gold=3, system=2, relaxed=2, strict=2, value=1, type=2)),
        GroupCounts("Wire", Counts(gold=1)),
    )
    assert [m.line() for m in report.errors] == [
        "News/b.tml\tVALUE\t'Friday'\tgold 1998-01-10\tsystem 1998-01-09",
        "News/b.tml\tMISS\t'this year'\t1998",
        "Wire/c.tml\tMISS\t'a day'\tP1D",
    ]
    assert [(f.id, f.error, f.message) for f in report.failures] == [("Wire/c.tml", "RuntimeError", "boom")]
    # the failed document has no system file: te3_score.py scores it empty, as evaluate did
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.tml")) == ["News/a.tml", "News/b.tml"]
    assert score_directories(small_corpus, out).groups == report.groups


def test_evaluate_names_a_single_folder_by_its_own_name(small_corpus: Path) -> None:
    report = evaluate([small_corpus / "News"], extractor=FixedExtractor())
    assert [g.name for g in report.groups] == ["News"]
    assert report.errors == ()
    assert report.table().splitlines()[-1].startswith("overall                      3     2")


def test_evaluate_takes_one_path_or_several(small_corpus: Path) -> None:
    one = evaluate(small_corpus, extractor=FixedExtractor())
    several = evaluate(iter([str(small_corpus / "News"), small_corpus / "Wire"]), extractor=FixedExtractor())
    assert one.groups == several.groups


def test_evaluate_rejects_empty_input(tmp_path: Path) -> None:
    with pytest.raises(timeline.errors.TimeMLError, match=r"no \.tml files"):
        evaluate([tmp_path])
    with pytest.raises(timeline.errors.TimeMLError, match="no such file"):
        evaluate([tmp_path / "missing"])


def test_score_directories_scores_a_missing_system_file_as_empty(
    small_corpus: Path, tmp_path: Path, te3_score_path: Path
) -> None:
    out = tmp_path / "system"
    doc = FixedExtractor().extract("It fell yesterday.", dt.datetime(1998, 1, 8))
    (out / "News").mkdir(parents=True)
    (out / "News" / "a.tml").write_text(write_timeml(doc), encoding="utf-8")
    report = score_directories(small_corpus, out, errors=True)
    assert report.warnings == ("2 gold file(s) had no system file (scored as empty)",)
    reference = _te3(te3_score_path, small_corpus, out, "--errors")
    assert reference.splitlines() == [m.line() for m in report.errors] + report.table().splitlines()


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab1 ,.\n"), max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12), st.booleans(), st.sampled_from("xy")), max_size=8),
)
def test_match_document_agrees_with_te3_on_random_spans(
    te3_score: ModuleType, text: str, spans: list[tuple[int, int, bool, str]]
) -> None:
    golds: list[GoldTimex] = []
    systems: list[GoldTimex] = []
    for start, length, is_gold, value in spans:
        start, end = min(start, len(text)), min(start + length, len(text))
        (golds if is_gold else systems).append(GoldTimex("t", start, end, text[start:end], "DATE", value))
    counts, pairs = te3_score.match_doc(
        text, [(g.start, g.end, g.type, g.value) for g in golds], [(s.start, s.end, s.type, s.value) for s in systems]
    )
    match = match_document(text, golds, systems)
    assert [(p.gold, p.system) for p in match.pairs] == pairs
    assert match.counts == Counts(counts.gold, counts.system, counts.relaxed, counts.strict, counts.value, counts.type)


# ---------------------------------------------------------------------------------------- TBAQ


def _te3(script: Path, gold_dir: Path, system_dir: Path, *options: str) -> str:
    result = subprocess.run(
        [sys.executable, str(script), str(gold_dir), str(system_dir), *options],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_scores_agree_with_te3_score_on_tbaq(tbaq_dir: Path, te3_score_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "system"
    report = evaluate([tbaq_dir], errors=True, system_dir=out)
    assert report.failures == ()
    assert [g.name for g in report.groups] == ["AQUAINT", "TimeBank"]
    assert report.overall.gold == 1822

    reference = _te3(te3_score_path, tbaq_dir, out, "--errors").splitlines()
    ours = [m.line() for m in report.errors] + report.table().splitlines()
    assert len(reference[-3:]) == 3 and reference[-3].startswith("AQUAINT")
    # every row (per group and overall), to the decimal, and every error line
    assert ours[-4:] == reference[-4:]
    assert ours == reference
    # the same numbers when scoring the written files instead of the documents in memory
    assert score_directories(tbaq_dir, out).table() == report.table()


# ---------------------------------------------------------------------------------------- CLI


def test_cli_eval_prints_errors_then_the_table_as_te3_does(
    small_corpus: Path, tmp_path: Path, te3_score_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "system"
    assert main(["eval", str(small_corpus / "News"), "--errors", "--write-system", str(out)]) == 0
    printed = capsys.readouterr().out
    lines = printed.splitlines()
    assert lines[-2] == HEADER
    assert lines[-1].startswith("overall                      3")
    assert printed == _te3(te3_score_path, small_corpus / "News", out, "--errors")


def test_cli_eval_writes_the_system_files_te3_reads(
    small_corpus: Path, tmp_path: Path, te3_score_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "system"
    assert main(["eval", str(small_corpus), "--write-system", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.tml")) == [
        "News/a.tml",
        "News/b.tml",
        "Wire/c.tml",
    ]
    assert capsys.readouterr().out == _te3(te3_score_path, small_corpus, out)


def test_cli_eval_reports_extraction_failures(
    small_corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def extract(self: object, text: str, reference: object = None, *, id: str | None = None) -> Document:
        return FixedExtractor().extract(text, reference, id=id)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline.Extractor, "extract", extract)
    assert main(["eval", str(small_corpus)]) == 1
    captured = capsys.readouterr()
    assert captured.err == ("timeline: warning: Wire/c.tml: extraction failed, scored as empty (RuntimeError: boom)\n")
    assert captured.out.splitlines()[-1].startswith("overall                      4     2")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["eval", "{tmp}/missing"], "no such file or directory"),
        (["eval", "{tmp}"], "no .tml files"),
        (["eval", "{tmp}/bad.tml"], "no <TEXT> element"),
        (["{tmp}/missing.txt"], "no such file"),
        (["{tmp}/text.txt", "--reference", "yesterday"], "cannot read reference date"),
    ],
)
def test_cli_user_errors_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    (tmp_path / "text.txt").write_text("On Friday.", encoding="utf-8")
    if arguments[-1].endswith("bad.tml"):
        (tmp_path / "bad.tml").write_text("<TimeML></TimeML>", encoding="utf-8")
    assert main([a.format(tmp=tmp_path) for a in arguments]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert captured.err.startswith("timeline: error: ") and message in captured.err


def test_cli_extracts_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "text.txt"
    path.write_text("Blinken will meet Lavrov on Friday.", encoding="utf-8")
    assert main([str(path), "--reference", "2022-01-19", "--format", "tsv"]) == 0
    assert capsys.readouterr().out == "28\t34\tDATE\t2022-01-21\tFriday\n"
    assert main([str(path), "--reference", "2022-01-19", "--format", "timeml"]) == 0
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-01-21">Friday</TIMEX3>' in capsys.readouterr().out


def test_cli_extracts_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("It rained on Monday."))
    assert main(["-", "--reference", "2022-01-19", "--format", "tsv"]) == 0
    assert capsys.readouterr().out == "13\t19\tDATE\t2022-01-17\tMonday\n"


def test_python_dash_m_timeline(small_corpus: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "eval", str(small_corpus)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == HEADER
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == ["News", "Wire", "overall"]
