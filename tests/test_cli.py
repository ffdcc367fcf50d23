"""The ``timeline FILE|-`` command: formats, stdin, exit codes and one-line errors.

The event stage is replaced by a simple stand-in (one event per expression, its sentence as text)
so the output depends on this command and the renderers only. ``timeline eval`` is tested in
test_evaluation.py.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import timeline.events
from timeline.cli import main
from timeline.language import Language
from timeline.model import Event, EventKind, Modality, Span, Tense, TimeExpression
from timeline.serialize import from_json

TEXT = "Blinken will meet Lavrov on Friday. Lukashenko said on Monday that exercises had begun. Tensions grew recently."


def sentence_events(
    text: str, expressions: tuple[TimeExpression, ...], language: Language, sentences: object = None
) -> tuple[Event, ...]:
    events = []
    for e in expressions:
        start = text.rfind(". ", 0, e.start)
        start = 0 if start < 0 else start + 2
        end = text.find(".", e.end) + 1 or len(text)
        sentence = text[start:end]
        planned = " will " in sentence
        events.append(
            Event(
                trigger=Span(start, start + 1),
                trigger_text=sentence.split()[1],
                text=sentence,
                sentence=Span(start, end),
                when=e,
                tense=Tense.FUTURE if planned else Tense.PAST,
                modality=Modality.PLANNED if planned else Modality.ASSERTED,
                kind=EventKind.OCCURRENCE,
                source="Lukashenko" if "Lukashenko" in sentence else None,
            )
        )
    return tuple(events)


@pytest.fixture(autouse=True)
def stand_in_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.events, "find_events", sentence_events)
    monkeypatch.setenv("COLUMNS", "80")
    for variable in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_rich_timeline_is_the_default(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(article), "--reference", "2022-01-19")
    assert (status, err) == (0, "")
    assert "\x1b[" not in out  # not a terminal: plain text
    assert [line.rstrip() for line in out.splitlines()] == [
        "Timeline of article.txt · 3 events (1 undated) · published Wed 19 Jan 2022",
        "● Mon 17 Jan 2022 · 2 days before publication",
        "│ • Lukashenko said on Monday that exercises had begun.",
        "│   according to Lukashenko",
        "published Wed 19 Jan 2022 " + "─" * 54,
        "● Fri 21 Jan 2022 · in 2 days",
        "│ • Blinken will meet Lavrov on Friday.",
        "│   planned",
        "",
        "Undated or vague",
        "• in the past · Tensions grew recently.",
    ]
    assert run(capsys, str(article), "--reference", "2022-01-19", "--format", "rich")[1] == out


def test_rich_expressions_only(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article), "--reference", "2022-01-19", "--expressions-only")
    assert status == 0
    assert out.startswith("3 temporal expressions in article.txt · reference Wed 19 Jan 2022\n")
    assert "2022-01-21" in out and "stated: weekday" in out and "PAST_REF" in out
    assert "Timeline" not in out


def test_json(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article), "--reference", "2022-01-19", "--format", "json")
    assert status == 0 and out.endswith("}\n")
    document = from_json(out)
    assert document.id == "article.txt" and document.text == TEXT
    assert [e.value for e in document.expressions] == ["2022-01-21", "2022-01-17", "PAST_REF"]
    assert len(document.events) == 3
    data = json.loads(out)
    assert data["schema"] == "timeline/1" and data["events"][0]["when"] == 0


def test_json_expressions_only_has_no_events(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article), "--reference", "2022-01-19", "--format", "json", "--expressions-only")
    assert status == 0
    document = from_json(out)
    assert document.events == () and len(document.expressions) == 3


def test_markdown(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article), "--reference", "2022-01-19", "--format", "markdown")
    assert status == 0
    rows = out.splitlines()
    assert rows[0] == "# Timeline of article.txt"
    assert (
        "| Mon 17 Jan 2022 | 2 days before publication | Lukashenko said on **Monday** that exercises had begun. |"
        in out
    )
    assert "| **Wed 19 Jan 2022** | **published** |  |  |" in rows
    assert "## Undated or vague" in rows


def test_markdown_expressions_only_is_a_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, str(article), "--reference", "2022-01-19", "--format", "markdown", "--expressions-only"
    )
    assert status == 0
    rows = out.splitlines()
    assert rows[0] == "# Temporal expressions in article.txt"
    assert rows[4].startswith("| # | Text | Type | Value |")
    assert rows[6].startswith("| 0 | Friday | DATE | 2022-01-21 | day |")


def test_timeml(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article), "--reference", "2022-01-19", "--format", "timeml")
    assert status == 0
    assert out.startswith('<?xml version="1.0" ?>\n<TimeML')
    assert "<DOCID>article.txt</DOCID>" in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-01-21">Friday</TIMEX3>' in out


def test_tsv(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article), "--reference", "2022-01-19", "--format", "tsv")
    assert status == 0
    assert out.splitlines()[0] == "28\t34\tDATE\t2022-01-21\tFriday"


def test_without_reference_relative_dates_stay_unresolved(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, str(article))
    assert status == 0
    assert "no reference date" in out.splitlines()[0]
    assert "• unresolved (XXXX-WXX-5) · Blinken will meet Lavrov on Friday." in out
    assert "published" not in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    status, out, _ = run(capsys, "-", "--reference", "2022-01-19", "--format", "json")
    assert status == 0
    document = from_json(out)
    assert document.id is None and document.text == TEXT


def test_stdin_bytes_are_read_as_utf8_with_universal_newlines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "\ufeffIt rained on Monday.\r\nCafé closed on Friday.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="latin-1"))
    status, out, _ = run(capsys, "-", "--reference", "2022-01-19", "--format", "json")
    assert status == 0
    assert from_json(out).text == "It rained on Monday.\nCafé closed on Friday."


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{tmp}/missing.txt"], "timeline: error: {tmp}/missing.txt: no such file"),
        (["{tmp}/missing.jsonl"], "timeline: error: {tmp}/missing.jsonl: No such file or directory"),
        (["{tmp}", "--workers", "0"], "timeline: error: --workers must be at least 1"),
        (["{tmp}/latin1.txt"], "timeline: error: {tmp}/latin1.txt: not UTF-8 text (byte 0xe9 at offset 6)"),
        (
            ["{tmp}/article.txt", "--reference", "19/01/2022"],
            "timeline: error: cannot read reference date '19/01/2022'",
        ),
        (
            ["{tmp}/article.txt", "--reference", "2022-02-30"],
            "timeline: error: cannot read reference date '2022-02-30'",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    (tmp_path / "latin1.txt").write_bytes("Le caf\xe9 ferme vendredi.".encode("latin-1"))
    status, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in arguments))
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith(message.format(tmp=tmp_path))
    assert "Traceback" not in err


def test_non_utf8_stdin_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"On Friday \xff."), encoding="utf-8"))
    status, out, err = run(capsys, "-")
    assert (status, out) == (2, "")
    assert err.startswith("timeline: error: <stdin>: not UTF-8 text (byte 0xff at offset 10); convert it first")
    assert len(err.splitlines()) == 1


def test_bad_reference_is_reported_before_reading_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Unreadable(io.StringIO):
        def read(self, size: int | None = -1) -> str:
            raise AssertionError("stdin read")

    monkeypatch.setattr(sys, "stdin", Unreadable())
    status, _, err = run(capsys, "-", "--reference", "tomorrow")
    assert status == 2 and "cannot read reference date 'tomorrow'" in err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "the following arguments are required: FILE"),
        (["x.txt", "--format", "yaml"], "argument --format: invalid choice: 'yaml'"),
        (["x.txt", "--colour"], "unrecognized arguments: --colour"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], arguments: list[str], message: str) -> None:
    status, out, err = run(capsys, *arguments)
    assert status == 2 and out == ""
    assert err.startswith("usage: timeline ")
    assert err.splitlines()[-1] == f"timeline: error: {message}" or message in err.splitlines()[-1]


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "--expressions-only" in out and "rich,json,markdown,timeml,tsv" in out


def test_console_script_runs_as_a_module(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Blinken will meet Lavrov on Friday.", encoding="utf-8")
    environment = {"PATH": "/usr/bin:/bin", "COLUMNS": "100", "NO_COLOR": "1"}
    ok = subprocess.run(
        [sys.executable, "-m", "timeline", "-", "--reference", "2022-01-19", "--expressions-only"],
        input="Blinken will meet Lavrov on Friday.",
        capture_output=True,
        text=True,
        env=environment,
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("1 temporal expression · reference Wed 19 Jan 2022")
    missing = subprocess.run(
        [sys.executable, "-m", "timeline", str(tmp_path / "nope.txt")], capture_output=True, text=True, env=environment
    )
    assert missing.returncode == 2
    assert missing.stderr == f"timeline: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_a_directory_is_a_batch_written_as_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Blinken will meet Lavrov on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff not UTF-8")
    status, out, err = run(capsys, str(tmp_path), "--reference", "2022-01-19", "--workers", "1")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["a.txt", "b.txt"]
    assert lines[0]["expressions"][0]["value"] == "2022-01-21"
    assert "error" in lines[1] and "message" in lines[1]
    assert (status, err.strip()) == (1, "timeline: 1 documents, 1 errors")


def test_json_lines_in_and_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "They met on Friday.", "reference": "2022-01-19"}) + "\n", encoding="utf-8"
    )
    target = tmp_path / "out.jsonl"
    status, out, _ = run(capsys, str(source), "-o", str(target), "--workers", "1")
    assert (status, out) == (0, "")
    (line,) = target.read_text(encoding="utf-8").splitlines()
    assert from_json(line).expressions[0].value == "2022-01-14"
