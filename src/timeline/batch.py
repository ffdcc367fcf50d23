"""Many texts at once: :func:`extract_many` over a pool of processes, and JSON Lines in and out.

Every input yields exactly one result, in input order: a :class:`~timeline.model.Document` whose
``id`` is set, or an :class:`~timeline.model.ErrorRecord` saying why that input could not be
processed. Nothing is dropped, nothing is reordered, and a bad input never stops the run.

Inputs are read lazily and only a bounded window of chunks is in flight at any time, so memory stays
flat however long the input is (see ``docs/scale.md``). The library never prints: :func:`run_batch`
reports progress through a callback, and the command line draws it.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Generic, TextIO, TypeVar, cast

import attrs

from timeline.errors import InputTypeError, SerializationError
from timeline.extract import Extractor, Reference, parse_reference
from timeline.language import get_language
from timeline.model import Document, ErrorRecord, Source
from timeline.resolve import AnchorPolicy
from timeline.serialize import from_jsonl_line, json_kind, to_jsonl_line

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "BatchSummary",
    "Item",
    "Result",
    "extract_many",
    "read_directory",
    "read_jsonl",
    "result_from_jsonl_line",
    "result_to_jsonl_line",
    "run_batch",
    "write_jsonl",
]

#: What :func:`extract_many` takes: a text, a ``(text, reference)`` pair, a :class:`Source`, or an
#: :class:`ErrorRecord` (passed through unchanged, e.g. a malformed line reported by :func:`read_jsonl`).
#: Anything else is not an error either: it yields an :class:`ErrorRecord`.
Item = str | tuple[str, Reference] | Source | ErrorRecord

#: What :func:`extract_many` yields for each input.
Result = Document | ErrorRecord

#: Items sent to a worker process at a time.
DEFAULT_CHUNKSIZE = 16

#: Chunks in flight (submitted, or done but not yet yielded) per worker process.
WINDOW_PER_WORKER = 4


@attrs.frozen
class BatchSummary:
    """What :func:`run_batch` (or :func:`write_jsonl`) wrote: documents and error records."""

    documents: int = 0
    errors: int = 0

    @property
    def total(self) -> int:
        return self.documents + self.errors


# ------------------------------------------------------------------------------- jobs and workers


@attrs.frozen
class _Job:
    """One valid input, ready for a worker: its id, its text and its parsed reference date."""

    id: str
    text: str
    reference: dt.datetime | None  # already through parse_reference


_Task = _Job | ErrorRecord

_T = TypeVar("_T")

#: A result as written by :func:`run_batch`: whether it is a document, and its JSON line.
_Line = tuple[bool, str]

#: Builds the extractor a worker uses (a picklable callable: the pool sends it to each process).
_Factory = Callable[[], Extractor]


def _error(id: str, exc: BaseException) -> ErrorRecord:
    return ErrorRecord(id=id, error=type(exc).__name__, message=str(exc) or type(exc).__name__)


def _task(index: int, item: object) -> _Task:
    """Check one input in the main process: a job for a worker, or the error record it yields."""
    if isinstance(item, ErrorRecord):
        return item
    reference: object = None
    if isinstance(item, Source):
        id = item.id if isinstance(item.id, str) else str(item.id)
        text: object = item.text
        reference = item.reference
    elif isinstance(item, tuple):
        id = str(index)
        if len(item) != 2:
            return ErrorRecord(
                id=id,
                error="TypeError",
                message=f"a tuple item must be a (text, reference) pair, got a tuple of {len(item)} element(s)",
            )
        text, reference = item
    else:
        id, text = str(index), item
    return _checked(id, text, reference)


def _checked(id: str, text: object, reference: object) -> _Task:
    """The job of a text and reference, or the error record of the first that is invalid."""
    if not isinstance(text, str):
        return _error(id, InputTypeError(text))
    try:
        anchor = parse_reference(reference)  # type: ignore[arg-type]
    except Exception as exc:
        return _error(id, exc)
    return _Job(id=id, text=text, reference=anchor)


def _run(extractor: Extractor, task: _Task) -> Result:
    """One task's result; any exception the extraction raises becomes this item's error record."""
    if isinstance(task, ErrorRecord):
        return task
    try:
        return extractor.extract(task.text, task.reference, id=task.id)
    except Exception as exc:
        return _error(task.id, exc)


def _process(extractor: Extractor, task: _Task, finish: Callable[[Result], _T]) -> _T:
    """``finish`` of one task's result; an exception in ``finish`` too becomes the item's error record."""
    result = _run(extractor, task)
    try:
        return finish(result)
    except Exception as exc:
        return finish(_error(task.id, exc))


@functools.lru_cache(maxsize=8)
def _make_extractor(language: str, policy: AnchorPolicy, events: bool) -> Extractor:
    """One extractor per configuration and process: building one compiles its language's rules.

    Sharing is safe: an extractor keeps no state between calls but regexes compiled on first use.
    """
    return Extractor(language, policy=policy, events=events)


def _factory(language: str, policy: AnchorPolicy | str, events: bool) -> _Factory:
    """A picklable factory of the extractor, checking the options now (not in a worker)."""
    get_language(language)  # UnsupportedLanguageError
    return functools.partial(_make_extractor, language, AnchorPolicy(policy), events)


_worker_extractor: Extractor | None = None


def _init_worker(factory: _Factory) -> None:
    """Pool initializer: build the worker's extractor once; every chunk it processes reuses it."""
    global _worker_extractor
    _worker_extractor = factory()


def _run_chunk(chunk: list[_Task], finish: Callable[[Result], _T]) -> list[_T]:
    """A worker's job: the results of one chunk, every item caught on its own, each passed to ``finish``."""
    extractor = _worker_extractor
    if extractor is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker not initialised")
    return [_process(extractor, task, finish) for task in chunk]


def _keep(result: Result) -> Result:
    return result


def _encode(result: Result) -> _Line:
    """A result as its JSON line, and whether it is a document (done in the workers by :func:`run_batch`)."""
    return isinstance(result, Document), result_to_jsonl_line(result)


# ---------------------------------------------------------------------------------- extract_many


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    chunk: list[_Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pools(Generic[_T]):
    """The worker pool, and a one-process pool that retries the items of a chunk that failed.

    A chunk fails as a whole only when its worker died (the pool is then broken: it is replaced) or
    the chunk could not be sent or received. Its items are then retried one at a time in a pool of
    their own, so that an item that kills its worker again is the only one reported, as an error
    record; where no process can be started at all, they are processed in this process.
    """

    def __init__(self, workers: int, factory: _Factory, finish: Callable[[Result], _T]) -> None:
        self.workers = workers
        self.factory = factory
        self.finish = finish
        self._main: ProcessPoolExecutor | None = None
        self._retry: ProcessPoolExecutor | None = None
        self._local: Extractor | None = None

    def _executor(self, workers: int) -> ProcessPoolExecutor:
        # "spawn": fresh interpreters on every platform, no state inherited from the caller's process
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.factory,),
        )

    def submit(self, chunk: list[_Task]) -> Future[list[_T]]:
        if self._main is None:
            self._main = self._executor(self.workers)
        try:
            return self._main.submit(_run_chunk, chunk, self.finish)
        except BrokenProcessPool:  # a worker died earlier: replace the pool
            self._main.shutdown(wait=False, cancel_futures=True)
            self._main = self._executor(self.workers)
            return self._main.submit(_run_chunk, chunk, self.finish)

    def collect(self, chunk: list[_Task], future: Future[list[_T]]) -> list[_T]:
        try:
            return future.result()
        except Exception:
            return [self._one(task) for task in chunk]

    def _one(self, task: _Task) -> _T:
        if isinstance(task, ErrorRecord):
            return self.finish(task)
        try:
            if self._retry is None:
                self._retry = self._executor(1)
            single: list[_Task] = [task]
            future = self._retry.submit(_run_chunk, single, self.finish)
        except Exception:  # no process can be started: do it here
            if self._local is None:
                self._local = self.factory()
            return _process(self._local, task, self.finish)
        try:
            return future.result()[0]
        except BrokenProcessPool as exc:
            self._retry.shutdown(wait=False, cancel_futures=True)
            self._retry = None
            message = f"the worker process died while extracting this item ({exc})"
            return self.finish(ErrorRecord(id=task.id, error=type(exc).__name__, message=message))
        except Exception as exc:
            return self.finish(_error(task.id, exc))

    def close(self) -> None:
        for executor in (self._main, self._retry):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        self._main = self._retry = None


def _in_process(tasks: Iterator[_Task], extractor: Extractor, finish: Callable[[Result], _T]) -> Iterator[_T]:
    for task in tasks:
        yield _process(extractor, task, finish)


def _pooled(
    tasks: Iterator[_Task], workers: int, chunksize: int, factory: _Factory, finish: Callable[[Result], _T]
) -> Iterator[_T]:
    pools = _Pools(workers, factory, finish)
    window = workers * WINDOW_PER_WORKER
    pending: collections.deque[tuple[list[_Task], Future[list[_T]]]] = collections.deque()
    try:
        for chunk in _chunks(tasks, chunksize):
            pending.append((chunk, pools.submit(chunk)))
            if len(pending) >= window:
                yield from pools.collect(*pending.popleft())
        while pending:
            yield from pools.collect(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()
        pools.close()


def _check_count(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}")
    return value


def _extract_many(
    items: Iterable[object],
    *,
    workers: int | None,
    chunksize: int,
    factory: _Factory,
    finish: Callable[[Result], _T] = _keep,  # type: ignore[assignment]
) -> Iterator[_T]:
    """:func:`extract_many`, its results passed through ``finish`` (a module-level function: in the workers)."""
    count = _check_count("workers", (os.cpu_count() or 1) if workers is None else workers)
    size = _check_count("chunksize", chunksize)
    tasks = (_task(index, item) for index, item in enumerate(items))
    if count == 1:
        return _in_process(tasks, factory(), finish)
    return _pooled(tasks, count, size, factory, finish)


def extract_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    language: str = "en",
    policy: AnchorPolicy | str = AnchorPolicy.NEWS,
    events: bool = True,
) -> Iterator[Result]:
    """Extract every item, in parallel, yielding one result per item in input order.

    An item is a text (its id is its position, ``"0"``, ``"1"``...), a ``(text, reference)`` pair
    (id likewise), a :class:`Source` (its own id), or an :class:`ErrorRecord` (yielded as it is).
    Each yields a :class:`Document` with that id, or an :class:`ErrorRecord` ``(id, error, message)``
    where ``error`` names the exception: a text that is not a ``str`` (``InputTypeError``), an
    unreadable reference (``ReferenceDateError``), a tuple that is not a pair (``TypeError``), any
    exception raised while extracting that item, or a worker process that died on it.

    ``workers`` processes (default: ``os.cpu_count()``) each build one :class:`Extractor` and reuse it;
    ``workers=1`` runs in this process, without a pool, with the same results. ``items`` is read
    lazily, ``chunksize`` items are sent to a worker at a time, and at most ``workers * 4`` chunks
    are in flight: memory does not grow with the input. Worker processes are started with "spawn":
    a script calling this must guard its entry point with ``if __name__ == "__main__":``.

    Bad options (``workers`` or ``chunksize`` below 1, an unknown language or policy) raise at once.
    """
    return _extract_many(items, workers=workers, chunksize=chunksize, factory=_factory(language, policy, events))


# ---------------------------------------------------------------------------------- reading inputs


def decode_text(data: bytes) -> str:
    """UTF-8 (a leading byte order mark dropped), with universal newlines, as the command line reads."""
    text = data.decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def not_utf8_message(exc: UnicodeDecodeError) -> str:
    """Why bytes are not text, and what to do about it."""
    return (
        f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
        "convert it first, e.g. with iconv -t UTF-8"
    )


def read_directory(path: str | os.PathLike[str], *, reference: Reference = None) -> Iterator[Source | ErrorRecord]:
    """A :class:`Source` for every ``*.txt`` file under ``path``, recursively, sorted by relative path.

    The id is the path relative to ``path`` with ``/`` separators (``"2022/01/story.txt"``); every
    source gets the same ``reference`` (checked when extracting). Files are read lazily, as UTF-8
    with universal newlines; one that cannot be read yields an :class:`ErrorRecord` with its id.
    ``FileNotFoundError`` / ``NotADirectoryError`` at once when ``path`` is not a directory.
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"{os.fspath(path)}: no such directory")
    if not root.is_dir():
        raise NotADirectoryError(f"{os.fspath(path)}: not a directory")
    found: list[tuple[str, Path]] = []
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".txt"):
                file = Path(folder, name)
                found.append((file.relative_to(root).as_posix(), file))
    found.sort()
    return _read_files(found, reference)


def _read_files(found: list[tuple[str, Path]], reference: Reference) -> Iterator[Source | ErrorRecord]:
    for id, file in found:
        try:
            text = decode_text(file.read_bytes())
        except UnicodeDecodeError as exc:
            yield ErrorRecord(id=id, error=type(exc).__name__, message=not_utf8_message(exc))
        except OSError as exc:
            yield ErrorRecord(id=id, error=type(exc).__name__, message=f"cannot read: {exc.strerror or exc}")
        else:
            yield Source(id=id, text=text, reference=reference)


def _source(line: str | bytes, number: int) -> Source | ErrorRecord | None:
    """The source of one JSON Lines line, ``None`` for a blank line, an error record if malformed."""
    where = f"line {number}"

    def bad(reason: str, error: str = "ValueError") -> ErrorRecord:
        return ErrorRecord(id=where, error=error, message=f"{where}: {reason}")

    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            return bad(not_utf8_message(exc), type(exc).__name__)
    if not line.strip():
        return None
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return bad(f"not valid JSON: {exc.msg} (column {exc.colno})", type(exc).__name__)
    except (ValueError, RecursionError) as exc:
        return bad(f"not valid JSON: {exc}", type(exc).__name__)
    if not isinstance(value, dict):
        return bad(f'expected a JSON object with a "text" field, got {json_kind(value)}')
    if "text" not in value:
        return bad('no "text" field')
    text = value["text"]
    if not isinstance(text, str):
        return bad(f'"text" must be a string, got {json_kind(text)}')
    id = value.get("id")
    if id is None:
        id = where
    elif isinstance(id, int) and not isinstance(id, bool):
        id = str(id)
    elif not isinstance(id, str):
        return bad(f'"id" must be a string or a number, got {json_kind(id)}')
    reference = value.get("reference")
    if reference is not None and not isinstance(reference, str):
        return bad(f'"reference" must be an ISO 8601 date string or null, got {json_kind(reference)}')
    return Source(id=id, text=text, reference=reference)


def read_jsonl(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[Source | ErrorRecord]:
    """The sources of a JSON Lines file (a path, or an open text or binary stream), read lazily.

    Each line is an object ``{"text": ..., "id": ..., "reference": ...}``: ``text`` a string;
    ``id`` a string or a number (default ``"line N"``, N counting from 1); ``reference`` an ISO 8601
    date or null (checked when extracting). Other fields are ignored; blank lines are skipped. A
    malformed line (not UTF-8, not JSON, not such an object) yields an :class:`ErrorRecord` with id
    ``"line N"`` and the reason. A path that cannot be opened raises ``OSError`` at once.
    """
    if isinstance(source, (str, os.PathLike)):
        handle: IO[bytes] = open(source, "rb")  # noqa: SIM115 - closed by the generator
        return _read_lines(handle, close=True)
    return _read_lines(source, close=False)


def _read_lines(handle: IO[str] | IO[bytes], *, close: bool) -> Iterator[Source | ErrorRecord]:
    try:
        for number, line in enumerate(cast("Iterable[str | bytes]", handle), start=1):
            result = _source(line, number)
            if result is not None:
                yield result
    finally:
        if close:
            handle.close()


# ----------------------------------------------------------------------------------- writing results


def result_to_jsonl_line(result: Result) -> str:
    """One result as one line of JSON (ASCII only, no line break).

    A document is written as :func:`timeline.serialize.to_jsonl_line` writes it (schema
    ``timeline/1``); an error record as ``{"id": ..., "error": ..., "message": ...}``.
    """
    if isinstance(result, Document):
        return to_jsonl_line(result)
    return json.dumps({"id": result.id, "error": result.error, "message": result.message}, separators=(",", ":"))


def result_from_jsonl_line(line: str | bytes) -> Result:
    """The result of a line written by :func:`result_to_jsonl_line`; :class:`SerializationError` if invalid."""
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise SerializationError(f"not valid JSON: {exc}") from None
    if isinstance(value, dict) and "schema" in value:
        return from_jsonl_line(line)
    if (
        isinstance(value, dict)
        and set(value) == {"id", "error", "message"}
        and all(isinstance(field, str) for field in value.values())
    ):
        return ErrorRecord(id=value["id"], error=value["error"], message=value["message"])
    raise SerializationError('expected a timeline document or an error record {"id", "error", "message"}')


def _write_lines(lines: Iterable[_Line], stream: TextIO, progress: Callable[[int], None] | None) -> BatchSummary:
    documents = errors = 0
    for is_document, line in lines:
        stream.write(line)
        stream.write("\n")
        if is_document:
            documents += 1
        else:
            errors += 1
        if progress is not None:
            progress(documents + errors)
    stream.flush()
    return BatchSummary(documents=documents, errors=errors)


def write_jsonl(
    results: Iterable[Result], stream: TextIO, *, progress: Callable[[int], None] | None = None
) -> BatchSummary:
    """Write each result as one line of ``stream`` (see :func:`result_to_jsonl_line`) and count them.

    ``progress``, if given, is called after each line with the number of results written so far.
    """
    return _write_lines(map(_encode, results), stream, progress)


def run_batch(
    source: Iterable[Source | ErrorRecord],
    out: TextIO,
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    progress: Callable[[int], None] | None = None,
    language: str = "en",
    policy: AnchorPolicy | str = AnchorPolicy.NEWS,
    events: bool = True,
) -> BatchSummary:
    """Extract every source (:func:`extract_many`) and write the results to ``out`` as JSON Lines.

    ``source`` is what :func:`read_jsonl` or :func:`read_directory` yields: its error records are
    written in their place. One line per input, in input order, as :func:`write_jsonl` writes them
    (the workers encode the JSON, so the main process only reads and writes); ``progress`` is called
    after each line with the number of lines written so far. Returns the counts. Bad options raise
    at once, as for :func:`extract_many`.
    """
    factory = _factory(language, policy, events)
    lines = _extract_many(source, workers=workers, chunksize=chunksize, factory=factory, finish=_encode)
    return _write_lines(lines, out, progress)
