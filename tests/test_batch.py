"""Batches: extract_many (in process and over a pool), the JSON Lines readers and writer, run_batch."""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import json
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Document, ErrorRecord, Extractor, Source
from timeline.batch import (
    BatchSummary,
    _extract_many,
    extract_many,
    read_directory,
    read_jsonl,
    result_from_jsonl_line,
    result_to_jsonl_line,
    run_batch,
    write_jsonl,
)
from timeline.errors import SerializationError, UnsupportedLanguageError
from timeline.serialize import from_jsonl_line

FRAGMENTS = [
    "Blinken will meet Lavrov on Friday.",
    "The talks ended two days later.",
    "In January 2022, prices rose.",
    "He said last week that the plan had failed.",
    "The company reported results for the third quarter.",
    "Nothing happened.",
    "Elections are held every four years.",
    "The war began in 1990 and ended on March 3, 1991.",
    "",
]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=4).map(" ".join) | st.text(max_size=30)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
references = st.none() | dates | dates.map(dt.date.isoformat) | st.datetimes().filter(lambda d: d.year > 1)
valid_items = st.one_of(
    texts,
    st.tuples(texts, references),
    st.builds(Source, id=st.text(min_size=1, max_size=8), text=texts, reference=references),
)
invalid_items = st.one_of(
    st.binary(max_size=10),
    st.none(),
    st.integers(),
    st.tuples(texts),  # not a pair
    st.tuples(texts, references, references),
    st.tuples(texts, st.sampled_from(["not a date", "2022-13-45", "yesterday"])),
    st.tuples(st.binary(max_size=5), references),
    st.builds(Source, id=st.text(min_size=1, max_size=8), text=st.none(), reference=references),
    st.builds(ErrorRecord, id=st.text(max_size=8), error=st.just("ValueError"), message=st.text(max_size=10)),
)
mixed_items = st.lists(valid_items | invalid_items, max_size=12)


def expected_id(index: int, item: object) -> str:
    return item.id if isinstance(item, (Source, ErrorRecord)) else str(index)


@functools.cache
def extractor_for(policy: str = "news", events: bool = True) -> Extractor:
    return Extractor(policy=policy, events=events)


def expected(items: list[object]) -> list[Document]:
    """What a plain Extractor gives for valid items."""
    extractor = extractor_for()
    out = []
    for index, item in enumerate(items):
        if isinstance(item, Source):
            out.append(extractor.extract(item.text, item.reference, id=item.id))
        elif isinstance(item, tuple):
            out.append(extractor.extract(item[0], item[1], id=str(index)))
        else:
            assert isinstance(item, str)
            out.append(extractor.extract(item, id=str(index)))
    return out


# ------------------------------------------------------------------------------------ properties


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_items, st.integers(min_value=1, max_value=3))
def test_one_and_two_workers_give_the_same_results(items: list[object], chunksize: int) -> None:
    in_process = list(extract_many(items, workers=1))
    pooled = list(extract_many(items, workers=2, chunksize=chunksize))
    assert pooled == in_process


@settings(max_examples=100, deadline=None)
@given(mixed_items)
def test_every_input_yields_one_result_with_its_id_in_order(items: list[object]) -> None:
    results = list(extract_many(items, workers=1))
    assert [r.id for r in results] == [expected_id(i, item) for i, item in enumerate(items)]
    for item, result in zip(items, results, strict=True):
        assert isinstance(result, (Document, ErrorRecord))
        if isinstance(item, ErrorRecord):
            assert result == item
        elif isinstance(result, ErrorRecord):
            assert result.error and result.message


@settings(max_examples=100, deadline=None)
@given(st.lists(valid_items, max_size=8))
def test_valid_items_give_what_an_extractor_gives(items: list[object]) -> None:
    assert list(extract_many(items, workers=1)) == expected(items)


@settings(max_examples=50, deadline=None)
@given(st.lists(valid_items, max_size=6), st.sampled_from(["narrative", "news"]), st.booleans())
def test_options_reach_the_extractor(items: list[object], policy: str, events: bool) -> None:
    got = list(extract_many(items, workers=1, policy=policy, events=events))
    extractor = extractor_for(policy, events)
    for index, (item, result) in enumerate(zip(items, got, strict=True)):
        text, reference, id = (
            (item.text, item.reference, item.id)
            if isinstance(item, Source)
            else (*item, str(index))
            if isinstance(item, tuple)
            else (item, None, str(index))
        )
        assert result == extractor.extract(text, reference, id=id)


# ------------------------------------------------------------------------------------ extract_many


def test_invalid_items_become_error_records(seed_text: str) -> None:
    items: list[object] = [
        seed_text,
        b"bytes",
        None,
        (seed_text,),
        (seed_text, "2022-19-01"),
        Source("a", "Blinken will meet Lavrov on Friday.", dt.date(2022, 1, 19)),
        ErrorRecord("line 9", "JSONDecodeError", "not valid JSON"),
        42,
    ]
    results = list(extract_many(items, workers=2, chunksize=2))
    assert [type(r).__name__ for r in results] == [
        "Document",
        "ErrorRecord",
        "ErrorRecord",
        "ErrorRecord",
        "ErrorRecord",
        "Document",
        "ErrorRecord",
        "ErrorRecord",
    ]
    assert [r.id for r in results] == ["0", "1", "2", "3", "4", "a", "line 9", "7"]
    errors = {r.id: r for r in results if isinstance(r, ErrorRecord)}
    assert errors["1"].error == "InputTypeError" and "got bytes" in errors["1"].message
    assert "decode" in errors["1"].message
    assert errors["2"].error == "InputTypeError" and "NoneType" in errors["2"].message
    assert errors["3"].error == "TypeError" and "(text, reference) pair" in errors["3"].message
    assert errors["4"].error == "ReferenceDateError" and "2022-19-01" in errors["4"].message
    assert errors["line 9"] == items[6]
    assert errors["7"].error == "InputTypeError"
    document = results[5]
    assert isinstance(document, Document)
    assert [e.value for e in document.expressions] == ["2022-01-21"]


def test_workers_none_uses_the_cpu_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)  # 1: in process, which is cheap to check
    assert list(extract_many(["On Friday."])) == list(extract_many(["On Friday."], workers=1))


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"workers": 0}, ValueError),
        ({"workers": -2}, ValueError),
        ({"workers": 1.5}, ValueError),
        ({"chunksize": 0}, ValueError),
        ({"language": "xx"}, UnsupportedLanguageError),
        ({"policy": "sometimes"}, ValueError),
    ],
)
def test_bad_options_raise_at_once(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        extract_many(["On Friday."], **options)  # type: ignore[arg-type]


def test_the_input_is_read_lazily_with_a_bounded_window() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for number in itertools.count():
            pulled += 1
            yield f"Item {number} happened on Friday."

    results = extract_many(endless(), workers=2, chunksize=3)
    first = list(itertools.islice(results, 5))
    assert [r.id for r in first] == ["0", "1", "2", "3", "4"]
    results.close()  # type: ignore[attr-defined]
    assert pulled <= 2 * 4 * 3 + 3
    assert not multiprocessing.active_children()


class Faulty(Extractor):
    """An extractor that fails on some texts: raises on "BOOM", kills its process on "CRASH"."""

    def extract(self, text: str, reference: object = None, *, id: str | None = None) -> Document:
        if text == "BOOM":
            raise RuntimeError("boom")
        if text == "CRASH":
            os._exit(70)
        return super().extract(text, reference, id=id)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_exception_inside_extraction_is_that_items_error(workers: int) -> None:
    items = ["On Friday.", "BOOM", "Last week."]
    results = list(_extract_many(items, workers=workers, chunksize=3, factory=Faulty))
    assert results[0] == Extractor().extract("On Friday.", id="0")
    assert results[1] == ErrorRecord("1", "RuntimeError", "boom")
    assert results[2] == Extractor().extract("Last week.", id="2")


def test_a_worker_crash_is_that_items_error_and_nothing_is_lost() -> None:
    items = [f"Meeting {n} on Friday." for n in range(12)]
    items[5] = "CRASH"
    results = list(_extract_many(items, workers=2, chunksize=2, factory=Faulty))
    assert [r.id for r in results] == [str(n) for n in range(12)]
    crashed = results[5]
    assert isinstance(crashed, ErrorRecord) and crashed.error == "BrokenProcessPool"
    assert "died" in crashed.message
    extractor = Extractor()
    for n, result in enumerate(results):
        if n != 5:
            assert result == extractor.extract(items[n], id=str(n))
    assert not multiprocessing.active_children()


# ---------------------------------------------------------------------------------------- readers


def test_read_jsonl_good_blank_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "On Friday.", "reference": "2022-01-19"}),
        "",
        "   ",
        json.dumps({"text": "No id here.", "extra": [1, 2]}),
        "{not json",
        json.dumps(["text"]),
        json.dumps({"id": "b"}),
        json.dumps({"text": 5}),
        json.dumps({"id": 7, "text": "Numeric id."}),
        json.dumps({"id": True, "text": "x"}),
        json.dumps({"text": "x", "reference": 20220119}),
        json.dumps({"id": "é", "text": "Ünïcode – ok", "reference": None}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = list(read_jsonl(path))
    assert got[0] == Source("a", "On Friday.", "2022-01-19")
    assert got[1] == Source("line 4", "No id here.", None)
    assert got[2].id == "line 5" and isinstance(got[2], ErrorRecord) and got[2].error == "JSONDecodeError"
    assert "not valid JSON" in got[2].message and got[2].message.startswith("line 5:")
    assert got[3] == ErrorRecord(
        "line 6", "ValueError", 'line 6: expected a JSON object with a "text" field, got an array'
    )
    assert got[4] == ErrorRecord("line 7", "ValueError", 'line 7: no "text" field')
    assert got[5] == ErrorRecord("line 8", "ValueError", 'line 8: "text" must be a string, got a number')
    assert got[6] == Source("7", "Numeric id.", None)
    assert isinstance(got[7], ErrorRecord) and got[7].id == "line 10" and '"id"' in got[7].message
    assert isinstance(got[8], ErrorRecord) and got[8].id == "line 11" and '"reference"' in got[8].message
    assert got[9] == Source("é", "Ünïcode – ok", None)
    assert len(got) == 10
    # the same from text and binary streams
    assert list(read_jsonl(io.StringIO(path.read_text(encoding="utf-8")))) == got
    assert list(read_jsonl(io.BytesIO(path.read_bytes()))) == got


def test_read_jsonl_bad_bytes_crlf_and_bom() -> None:
    data = b'\xef\xbb\xbf{"text": "first"}\r\n{"text": "caf\xe9"}\r\n{"text": "last"}'
    got = list(read_jsonl(io.BytesIO(data)))
    assert got[0] == Source("line 1", "first", None)
    assert isinstance(got[1], ErrorRecord) and got[1].id == "line 2" and got[1].error == "UnicodeDecodeError"
    assert "not UTF-8" in got[1].message
    assert got[2] == Source("line 3", "last", None)


def test_read_jsonl_is_lazy_and_a_missing_file_raises_at_once(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_jsonl(tmp_path / "missing.jsonl")
    stream = io.StringIO('{"text": "a"}\n{"text": "b"}\n')
    reader = read_jsonl(stream)
    assert next(reader) == Source("line 1", "a", None)
    assert stream.readline() == '{"text": "b"}\n'  # the second line was not read ahead


def test_read_directory(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "a.txt").write_text("On Friday.", encoding="utf-8")
    (tmp_path / "b" / "z.txt").write_bytes(b"Line one.\r\nLine two.\r")
    (tmp_path / "b" / "deep" / "c.txt").write_bytes("\ufeffBOM first.".encode())
    (tmp_path / "b" / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    got = list(read_directory(tmp_path, reference="2022-01-19"))
    assert [s.id for s in got] == ["a.txt", "b/deep/c.txt", "b/z.txt", "bad.txt"]
    assert got[0] == Source("a.txt", "On Friday.", "2022-01-19")
    assert got[1] == Source("b/deep/c.txt", "BOM first.", "2022-01-19")
    assert got[2] == Source("b/z.txt", "Line one.\nLine two.\n", "2022-01-19")
    assert isinstance(got[3], ErrorRecord) and got[3].error == "UnicodeDecodeError"
    assert "byte 0xe9 at offset 3" in got[3].message
    assert list(read_directory(tmp_path / "b")) == [
        Source("deep/c.txt", "BOM first.", None),
        Source("z.txt", "Line one.\nLine two.\n", None),
    ]
    with pytest.raises(FileNotFoundError):
        read_directory(tmp_path / "missing")
    with pytest.raises(NotADirectoryError):
        read_directory(tmp_path / "a.txt")


# ---------------------------------------------------------------------------------------- writing


def test_write_jsonl_round_trip(seed_text: str) -> None:
    items: list[object] = [
        Source("seed", seed_text, "2022-01-19"),
        Source("bad", "x", "someday"),
        "Ünïcode on Friday \u2028 and a line separator.",
        None,
    ]
    results = list(extract_many(items, workers=1))
    stream = io.StringIO()
    seen: list[int] = []
    summary = write_jsonl(results, stream, progress=seen.append)
    assert summary == BatchSummary(documents=2, errors=2)
    assert summary.total == 4
    assert seen == [1, 2, 3, 4]
    lines = stream.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 5
    assert all(line.isascii() for line in lines)
    assert from_jsonl_line(lines[0]) == results[0]
    assert json.loads(lines[1]) == {"id": "bad", "error": "ReferenceDateError", "message": results[1].message}
    assert from_jsonl_line(lines[2]) == results[2]
    assert [result_from_jsonl_line(line) for line in lines[:-1]] == results
    assert [result_to_jsonl_line(r) for r in results] == lines[:-1]


@pytest.mark.parametrize("line", ["", "[]", '{"id": "a"}', '{"id": "a", "error": 1, "message": "m"}', "{bad"])
def test_result_from_jsonl_line_rejects_other_lines(line: str) -> None:
    with pytest.raises(SerializationError):
        result_from_jsonl_line(line)


def test_run_batch_end_to_end(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = [{"id": f"d{n}", "text": f"Talks {n} will resume on Friday.", "reference": "2022-01-19"} for n in range(20)]
    lines = [json.dumps(row) for row in rows]
    lines.insert(3, "{oops")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written = {}
    for workers in (1, 2):
        out = io.StringIO()
        calls: list[int] = []
        summary = run_batch(read_jsonl(source), out, workers=workers, chunksize=4, progress=calls.append)
        assert summary == BatchSummary(documents=20, errors=1)
        assert calls == list(range(1, 22))
        written[workers] = out.getvalue()
    assert written[1] == written[2]
    results = [result_from_jsonl_line(line) for line in written[2].splitlines()]
    assert [r.id for r in results] == ["d0", "d1", "d2", "line 4", *(f"d{n}" for n in range(3, 20))]
    friday = results[0]
    assert isinstance(friday, Document) and friday.expressions[0].value == "2022-01-21"
    # the same lines as write_jsonl writes for extract_many's results
    again = io.StringIO()
    write_jsonl(extract_many(read_jsonl(source), workers=1), again)
    assert again.getvalue() == written[1]


def test_run_batch_passes_the_options(tmp_path: Path) -> None:
    out = io.StringIO()
    run_batch([Source("a", "He left on Friday.", "2022-01-19")], out, workers=1, events=False)
    document = from_jsonl_line(out.getvalue())
    assert document == Extractor(events=False).extract("He left on Friday.", "2022-01-19", id="a")


def test_factory_is_picklable() -> None:
    # the pool sends the factory to each worker: it must survive pickling
    import pickle

    from timeline.batch import _factory

    factory = _factory("en", "news", True)
    assert isinstance(pickle.loads(pickle.dumps(factory))(), Extractor)
    assert isinstance(functools.partial(Faulty)(), Faulty)
