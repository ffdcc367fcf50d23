"""timeline.dask on a local distributed cluster: the same results as extract_many.

Needs the ``dask`` extra (``pip install -e ".[dask]"``); the tests that use dask are skipped without it.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline import Document, ErrorRecord, Source
from timeline.batch import extract_many, read_jsonl, result_from_jsonl_line, result_to_jsonl_line
from timeline.errors import UnsupportedLanguageError

REASON = "the dask extra is not installed (pip install -e '.[dask]')"


@pytest.fixture(scope="module")
def dask_bag() -> ModuleType:
    pytest.importorskip("distributed", reason=REASON)
    pytest.importorskip("pandas", reason=REASON)
    pytest.importorskip("dask.dataframe", reason=REASON)
    return pytest.importorskip("dask.bag", reason=REASON)


def _probe() -> str:
    import timeline.dask

    return timeline.dask.__name__


@pytest.fixture(scope="module")
def client(dask_bag: ModuleType) -> Iterator[Any]:
    """A local distributed cluster of two worker processes (threads if processes cannot import timeline)."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    connection = Client(cluster)
    try:
        connection.submit(_probe, pure=False).result(timeout=60)
    except Exception:  # pragma: no cover - worker processes without the project on their path
        connection.close()
        cluster.close()
        cluster = LocalCluster(n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None)
        connection = Client(cluster)
    try:
        yield connection
    finally:
        connection.close()
        cluster.close()


def items(seed_text: str) -> list[object]:
    return [
        seed_text,
        (seed_text, "2022-01-19"),
        b"not text",
        None,
        ("Blinken will meet Lavrov on Friday.",),
        ("The summit ended on Friday.", "someday"),
        Source("s1", "Blinken will meet Lavrov on Friday.", dt.date(2022, 1, 19)),
        ErrorRecord("line 12", "JSONDecodeError", "line 12: not valid JSON"),
        "Prices rose in the third quarter of 2021.",
        42,
        Source("s2", "Two days later, talks resumed.", "2022-01-19T08:30"),
        "",
        ("Elections are held every four years.", dt.datetime(2020, 5, 1, 12)),
    ]


@pytest.mark.parametrize("npartitions", [1, 3, 5])
def test_extract_bag_equals_extract_many(client: Any, dask_bag: ModuleType, seed_text: str, npartitions: int) -> None:
    from timeline.dask import extract_bag

    given = items(seed_text)
    bag = dask_bag.from_sequence(given, npartitions=npartitions)
    got = extract_bag(bag).compute()
    want = list(extract_many(given, workers=1))
    assert got == want
    assert [r.id for r in got] == ["0", "1", "2", "3", "4", "5", "s1", "line 12", "8", "9", "s2", "11", "12"]
    assert sum(isinstance(r, Document) for r in got) == 7


def test_extract_bag_options_and_jsonl_sources(
    client: Any, dask_bag: ModuleType, tmp_path: Path, seed_text: str
) -> None:
    from timeline.dask import extract_bag

    path = tmp_path / "in.jsonl"
    rows = [
        {"id": f"doc-{n}", "text": f"{seed_text[: 200 * n]} It ends on Friday.", "reference": "2022-01-19"}
        for n in range(8)
    ]
    lines = [json.dumps(row) for row in rows]
    lines.insert(2, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources = list(read_jsonl(path))
    bag = dask_bag.from_sequence(sources, npartitions=3)
    got = extract_bag(bag, policy="narrative", events=False).compute()
    want = list(extract_many(sources, workers=2, chunksize=2, policy="narrative", events=False))
    assert sorted(got, key=lambda r: r.id) == sorted(want, key=lambda r: r.id)
    assert got == want
    assert all(isinstance(r, ErrorRecord) or r.events == () for r in got)


def test_extract_bag_writes_json_lines_per_partition(client: Any, dask_bag: ModuleType, tmp_path: Path) -> None:
    from timeline.dask import extract_bag

    given = [Source(f"n{n}", f"Meeting {n} will take place on Friday.", "2022-01-19") for n in range(10)]
    bag = dask_bag.from_sequence(given, npartitions=3)
    extract_bag(bag).map(result_to_jsonl_line).to_textfiles(str(tmp_path / "out-*.jsonl"), last_endline=True)
    files = sorted(tmp_path.glob("out-*.jsonl"))
    assert len(files) == 3
    joined = "".join(f.read_text(encoding="utf-8") for f in files)  # cat out-*.jsonl
    read = [result_from_jsonl_line(line) for line in joined.split("\n")[:-1]]
    assert read == list(extract_many(given, workers=1))


def test_extract_dataframe_equals_extract_many(client: Any, dask_bag: ModuleType, seed_text: str) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from timeline.dask import extract_dataframe

    frame = pd.DataFrame(
        {
            "key": ["a", "b", None, "d", "e", "f"],
            "body": [seed_text, "Blinken will meet Lavrov on Friday.", "Two days later.", None, "On Friday.", "x"],
            "date": ["2022-01-19", None, "2022-01-19", "2022-01-19", pd.Timestamp("2022-01-19 08:00"), "bad date"],
        },
        index=[10, 11, 12, 13, 14, 15],
    )
    result = extract_dataframe(dd.from_pandas(frame, npartitions=2), text="body", reference="date", id="key")
    assert list(result.columns) == ["id", "json"]
    computed = result.compute()
    assert list(computed.index) == [10, 11, 12, 13, 14, 15]
    assert list(computed["id"]) == ["a", "b", "12", "d", "e", "f"]
    got = [result_from_jsonl_line(line) for line in computed["json"]]
    want = list(
        extract_many(
            [
                Source("a", seed_text, "2022-01-19"),
                Source("b", "Blinken will meet Lavrov on Friday.", None),
                Source("12", "Two days later.", "2022-01-19"),
                Source("d", None, "2022-01-19"),  # type: ignore[arg-type]
                Source("e", "On Friday.", dt.datetime(2022, 1, 19, 8)),
                Source("f", "x", "bad date"),
            ],
            workers=1,
        )
    )
    assert got == want
    assert [type(r).__name__ for r in got] == [
        "Document",
        "Document",
        "Document",
        "ErrorRecord",
        "Document",
        "ErrorRecord",
    ]


def test_extract_dataframe_default_columns(client: Any, dask_bag: ModuleType) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from timeline.dask import extract_dataframe

    frame = pd.DataFrame({"text": ["He left on Friday.", "Last week."]})
    computed = extract_dataframe(dd.from_pandas(frame, npartitions=1)).compute()
    got = [result_from_jsonl_line(line) for line in computed["json"]]
    assert got == list(extract_many(["He left on Friday.", "Last week."], workers=1))
    with pytest.raises(KeyError, match="no column 'body'"):
        extract_dataframe(dd.from_pandas(frame, npartitions=1), text="body")


def test_bad_options_raise_at_once(dask_bag: ModuleType) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from timeline.dask import extract_bag, extract_dataframe

    with pytest.raises(UnsupportedLanguageError):
        extract_bag(dask_bag.from_sequence(["x"]), language="xx")
    with pytest.raises(ValueError):
        extract_dataframe(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), policy="sometimes")


def test_the_package_imports_without_dask() -> None:
    code = (
        "import sys\n"
        "for name in ('dask', 'distributed', 'pandas'):\n"
        "    sys.modules[name] = None  # importing it now fails\n"
        "import timeline, timeline.batch, timeline.dask\n"
        "print(sorted(timeline.dask.__all__))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['extract_bag', 'extract_dataframe']"
