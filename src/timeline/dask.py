"""Scale out on a dask cluster: :func:`extract_bag` and :func:`extract_dataframe` (``pip install timeline[dask]``).

Both give the results :func:`timeline.batch.extract_many` gives for the same inputs (same records,
same ids, same order), computed partition by partition on whatever scheduler is in use: threads,
local processes, or a ``distributed`` cluster (see ``docs/scale.md``). Each partition is processed
by one :class:`~timeline.Extractor`, built once per worker process and configuration and reused.

dask is imported only inside these functions: the rest of the package works without it.
"""

from __future__ import annotations

import functools
import importlib
import operator
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from timeline.batch import Result, _checked, _Factory, _factory, _run, _task, result_to_jsonl_line
from timeline.resolve import AnchorPolicy

if TYPE_CHECKING:  # for the signatures only; dask is only partly annotated, so calls go through Any
    import dask.bag  # type: ignore[import-not-found, unused-ignore]
    import dask.dataframe  # type: ignore[import-not-found, unused-ignore]

__all__ = ["extract_bag", "extract_dataframe"]


def _as_list(partition: Iterable[object]) -> list[object]:
    return partition if isinstance(partition, list) else list(partition)


def _extract_partition(partition: list[object], offset: int, factory: _Factory) -> list[Result]:
    """The results of one partition whose first item is item number ``offset`` of the whole bag."""
    extractor = factory()
    return [_run(extractor, _task(offset + number, item)) for number, item in enumerate(partition)]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    language: str = "en",
    policy: AnchorPolicy | str = AnchorPolicy.NEWS,
    events: bool = True,
) -> dask.bag.Bag:
    """A bag of the results of ``bag``'s items, as :func:`~timeline.batch.extract_many` gives them.

    The items are those of ``extract_many``: texts, ``(text, reference)`` pairs, :class:`Source`
    records, error records (kept as they are) or anything else (an error record). Texts and pairs
    get their position in the whole bag as id, ``"0"``, ``"1"``...: the partition lengths are
    counted (lazily, in the graph) to number them. The result has the bag's partitions, in order.
    Bad options (an unknown language or policy) raise at once.
    """
    delayed: Any = importlib.import_module("dask.delayed").delayed
    dask_bag: Any = importlib.import_module("dask.bag")

    factory = _factory(language, policy, events)
    source: Any = bag
    results = []
    offset: Any = 0
    for partition in source.map_partitions(_as_list).to_delayed():
        results.append(delayed(_extract_partition, pure=True)(partition, offset, factory))
        offset = delayed(operator.add, pure=True)(offset, delayed(len, pure=True)(partition))
    result: dask.bag.Bag = dask_bag.from_delayed(results)
    return result


#: The columns of :func:`extract_dataframe`'s result.
RESULT_COLUMNS = ("id", "json")


def _missing(value: object) -> bool:
    pandas = importlib.import_module("pandas")
    return bool(pandas.api.types.is_scalar(value) and pandas.isna(value))


def _extract_frame(frame: Any, text: str, reference: str, id: str, factory: _Factory) -> Any:
    """One partition of :func:`extract_dataframe`: a pandas frame of ids and result JSON."""
    pandas = importlib.import_module("pandas")
    count = len(frame)
    labels = frame.index.tolist()
    texts = frame[text].tolist() if text in frame.columns else [None] * count
    references = frame[reference].tolist() if reference in frame.columns else [None] * count
    ids = frame[id].tolist() if id in frame.columns else [None] * count
    extractor = factory() if count else None
    out_ids: list[str] = []
    out_json: list[str] = []
    for label, value, date, given in zip(labels, texts, references, ids, strict=True):
        name = str(label) if _missing(given) else str(given)
        task = _checked(name, None if _missing(value) else value, None if _missing(date) else date)
        assert extractor is not None
        out_ids.append(name)
        out_json.append(result_to_jsonl_line(_run(extractor, task)))
    return pandas.DataFrame({"id": out_ids, "json": out_json}, index=frame.index, dtype=object)


def extract_dataframe(
    df: dask.dataframe.DataFrame,
    *,
    text: str = "text",
    reference: str = "reference",
    id: str = "id",
    language: str = "en",
    policy: AnchorPolicy | str = AnchorPolicy.NEWS,
    events: bool = True,
) -> dask.dataframe.DataFrame:
    """A dataframe of one row per row of ``df``: its ``id`` and its result as JSON (column ``json``).

    ``text`` names the column of texts; ``reference`` the column of reference dates (ISO strings,
    dates or timestamps; optional: a missing column or value means none); ``id`` the column of ids
    (optional: a missing column or value means the row's index label). The ``json`` column holds
    what :func:`timeline.batch.result_to_jsonl_line` writes: the document (schema ``timeline/1``), or
    ``{"id", "error", "message"}`` for a row that could not be processed; read it back with
    :func:`timeline.batch.result_from_jsonl_line`. The index and the partitions are those of ``df``.
    """
    pandas = importlib.import_module("pandas")
    factory = _factory(language, policy, events)
    frame: Any = df
    if text not in frame.columns:
        raise KeyError(f"no column {text!r} of texts; the columns are {list(frame.columns)}")
    meta = pandas.DataFrame({name: pandas.Series([], dtype=object) for name in RESULT_COLUMNS})
    extract = functools.partial(_extract_frame, text=text, reference=reference, id=id, factory=factory)
    result: dask.dataframe.DataFrame = frame.map_partitions(extract, meta=meta)
    return result
