"""TempEval-3 Task A scoring of temporal expressions, the same numbers as ``shared/tools/te3_score.py``.

Definitions (UzZaman et al., SemEval 2013): the plain text of ``<TEXT>`` is split into tokens
(``\\w+`` or one non-space symbol). A system expression and a gold one *match relaxed* when their
token ranges overlap, one-to-one, chosen greedily by the largest overlap (then exact extents, then
the smaller difference in length, then gold and system order); they match *strictly* when the
ranges are identical (a multiset intersection). ``value`` and ``type`` count the relaxed pairs that
agree on the attribute. Precision is over system expressions, recall over gold ones, micro-averaged.
"""

from __future__ import annotations

import bisect
import enum
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import attrs

from timeline.errors import TimeMLError
from timeline.model import ErrorRecord
from timeline.timeml import (
    GoldTimex,
    Paths,
    SupportsExtract,
    corpus_files,
    inline_expressions,
    read_timeml,
    write_document,
)

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

__all__ = [
    "Counts",
    "DocumentMatch",
    "EvaluationReport",
    "GroupCounts",
    "Mismatch",
    "MismatchKind",
    "Pair",
    "Scores",
    "TimexLike",
    "evaluate",
    "match_document",
    "score_directories",
]

_TOKEN = re.compile(r"\w+|[^\w\s]")


class TimexLike(Protocol):
    """What scoring reads of an expression: a :class:`GoldTimex` or a :class:`timeline.TimeExpression`."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


def _ratio(matched: int, total: int) -> float:
    return matched / total if total else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@attrs.frozen
class Scores:
    """Percentages (0-100); 0 where a ratio is undefined."""

    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    strict_precision: float
    strict_recall: float
    strict_f1: float
    value_f1: float
    type_f1: float

    @classmethod
    def from_counts(cls, counts: Counts) -> Scores:
        def prf(matched: int) -> tuple[float, float, float]:
            precision = _ratio(matched, counts.system)
            recall = _ratio(matched, counts.gold)
            return 100 * precision, 100 * recall, 100 * _f1(precision, recall)

        relaxed, strict = prf(counts.relaxed), prf(counts.strict)
        return cls(*relaxed, *strict, prf(counts.value)[2], prf(counts.type)[2])


@attrs.frozen
class Counts:
    """Expression counts of one document or a set of them; add them with ``+``."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True)))

    @property
    def scores(self) -> Scores:
        return Scores.from_counts(self)


@attrs.frozen
class Pair:
    """One entry of a relaxed alignment: indexes into the gold and system sequences.

    ``system`` is ``None`` for a missed gold expression, ``gold`` for a false positive.
    """

    gold: int | None
    system: int | None


@attrs.frozen
class DocumentMatch:
    """The counts of one document and its relaxed alignment.

    ``pairs`` lists every gold expression in order (matched or not), then the unmatched system ones.
    """

    counts: Counts
    pairs: tuple[Pair, ...]


class MismatchKind(str, enum.Enum):
    #: a gold expression no system expression overlaps
    MISS = "MISS"
    #: a system expression no gold expression overlaps
    FALSE = "FALSE"
    #: a relaxed match whose values differ
    VALUE = "VALUE"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Mismatch:
    """An error of the system on one expression; ``text`` is the system's span for VALUE."""

    file: str
    kind: MismatchKind
    text: str
    gold_value: str | None
    system_value: str | None

    def line(self) -> str:
        """The line ``te3_score.py --errors`` prints for it."""
        if self.kind is MismatchKind.MISS:
            return f"{self.file}\tMISS\t{self.text!r}\t{self.gold_value}"
        if self.kind is MismatchKind.FALSE:
            return f"{self.file}\tFALSE\t{self.text!r}\t{self.system_value}"
        return f"{self.file}\tVALUE\t{self.text!r}\tgold {self.gold_value}\tsystem {self.system_value}"


@attrs.frozen
class GroupCounts:
    """The counts of one sub-folder of the corpus."""

    name: str
    counts: Counts


_HEADER = (
    f"{'set':<24} {'gold':>5} {'sys':>5}  {'rel P':>6} {'rel R':>6} {'rel F1':>6}"
    f"  {'str P':>6} {'str R':>6} {'str F1':>6}  {'value':>6} {'type':>6}"
)


def _row(name: str, counts: Counts) -> str:
    s = counts.scores
    return (
        f"{name:<24} {counts.gold:>5} {counts.system:>5}"
        f"  {s.relaxed_precision:6.2f} {s.relaxed_recall:6.2f} {s.relaxed_f1:6.2f}"
        f"  {s.strict_precision:6.2f} {s.strict_recall:6.2f} {s.strict_f1:6.2f}"
        f"  {s.value_f1:6.2f} {s.type_f1:6.2f}"
    )


@attrs.frozen
class EvaluationReport:
    """Scores of a corpus per sub-folder (``groups``, sorted by name) and overall.

    ``errors`` holds the misses, false positives and wrong values when they were asked for;
    ``warnings`` what the scorer noticed about its input (missing system files, differing texts);
    ``failures`` the documents the extractor raised on (each scored as if it had found nothing).
    """

    groups: tuple[GroupCounts, ...]
    errors: tuple[Mismatch, ...] = ()
    warnings: tuple[str, ...] = ()
    failures: tuple[ErrorRecord, ...] = ()

    @property
    def overall(self) -> Counts:
        return sum((group.counts for group in self.groups), Counts())

    def _rows(self) -> list[tuple[str, Counts]]:
        rows = [(group.name, group.counts) for group in self.groups] if len(self.groups) > 1 else []
        return [*rows, ("overall", self.overall)]

    def table(self) -> str:
        """The table ``te3_score.py`` prints: a row per sub-folder when there are several, then overall."""
        return "\n".join([_HEADER, *(_row(name, counts) for name, counts in self._rows())])

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.table import Table

        table = Table(title="TempEval-3 Task A (TIMEX3)")
        table.add_column("set")
        for header in ("gold", "sys", "rel P", "rel R", "rel F1", "str P", "str R", "str F1", "value F1", "type F1"):
            table.add_column(header, justify="right")
        rows = self._rows()
        for number, (name, counts) in enumerate(rows, start=1):
            s = counts.scores
            figures = (
                s.relaxed_precision,
                s.relaxed_recall,
                s.relaxed_f1,
                s.strict_precision,
                s.strict_recall,
                s.strict_f1,
                s.value_f1,
                s.type_f1,
            )
            # a rule above the overall row
            table.add_row(
                name,
                str(counts.gold),
                str(counts.system),
                *(f"{f:.2f}" for f in figures),
                end_section=number == len(rows) - 1,
            )
        yield table


# ---------------------------------------------------------------------------------------- matching


class _TokenIndex:
    def __init__(self, text: str) -> None:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [start for start, _ in tokens]
        self.ends = [end for _, end in tokens]

    def range(self, start: int, end: int) -> tuple[int, int] | None:
        """Inclusive (first, last) indexes of the tokens overlapping ``[start, end)``; None if none."""
        first = bisect.bisect_right(self.ends, start)
        last = bisect.bisect_left(self.starts, end) - 1
        if first > last or first >= len(self.starts) or last < 0:
            return None
        return first, last


def _norm_value(value: str | None) -> str:
    return (value or "").strip()


def _norm_type(type_: str | None) -> str:
    return (type_ or "").strip().upper()


def match_document(text: str, gold: Sequence[TimexLike], system: Sequence[TimexLike]) -> DocumentMatch:
    """Count and align the ``system`` expressions of one document against the ``gold`` ones.

    Offsets index ``text`` (the gold plain text); order matters only to break ties.
    """
    index = _TokenIndex(text)
    gold_ranges = [index.range(g.start, g.end) for g in gold]
    system_ranges = [index.range(s.start, s.end) for s in system]

    candidates: list[tuple[int, bool, int, int, int]] = []
    for si, s_range in enumerate(system_ranges):
        if s_range is None:
            continue
        for gi, g_range in enumerate(gold_ranges):
            if g_range is None:
                continue
            overlap = min(s_range[1], g_range[1]) - max(s_range[0], g_range[0]) + 1
            if overlap > 0:
                difference = abs((s_range[1] - s_range[0]) - (g_range[1] - g_range[0]))
                candidates.append((-overlap, s_range != g_range, difference, gi, si))
    candidates.sort()
    gold_to_system: dict[int, int] = {}
    matched_system: set[int] = set()
    for _, _, _, gi, si in candidates:
        if gi not in gold_to_system and si not in matched_system:
            gold_to_system[gi] = si
            matched_system.add(si)

    value = type_ = 0
    for gi, si in gold_to_system.items():
        value += _norm_value(gold[gi].value) == _norm_value(system[si].value)
        type_ += _norm_type(gold[gi].type) == _norm_type(system[si].type)
    gold_counter = Counter(r for r in gold_ranges if r is not None)
    system_counter = Counter(r for r in system_ranges if r is not None)
    counts = Counts(
        gold=len(gold),
        system=len(system),
        relaxed=len(gold_to_system),
        strict=sum((gold_counter & system_counter).values()),
        value=value,
        type=type_,
    )
    pairs = [Pair(gi, gold_to_system.get(gi)) for gi in range(len(gold))]
    pairs += [Pair(None, si) for si in range(len(system)) if si not in matched_system]
    return DocumentMatch(counts, tuple(pairs))


def _mismatches(
    file: str, text: str, gold: Sequence[TimexLike], system: Sequence[TimexLike], match: DocumentMatch
) -> Iterable[Mismatch]:
    for pair in match.pairs:
        if pair.gold is not None and pair.system is None:
            g = gold[pair.gold]
            yield Mismatch(file, MismatchKind.MISS, text[g.start : g.end], g.value, None)
        elif pair.system is not None and pair.gold is None:
            s = system[pair.system]
            yield Mismatch(file, MismatchKind.FALSE, text[s.start : s.end], None, s.value)
        elif pair.gold is not None and pair.system is not None:
            g, s = gold[pair.gold], system[pair.system]
            if _norm_value(g.value) != _norm_value(s.value):
                yield Mismatch(file, MismatchKind.VALUE, text[s.start : s.end], g.value, s.value)


@attrs.define
class _Tally:
    errors: bool
    groups: dict[str, Counts] = attrs.Factory(dict)
    mismatches: list[Mismatch] = attrs.Factory(list)
    warnings: list[str] = attrs.Factory(list)
    failures: list[ErrorRecord] = attrs.Factory(list)

    def add(self, group: str, file: str, text: str, gold: Sequence[TimexLike], system: Sequence[TimexLike]) -> None:
        match = match_document(text, gold, system)
        self.groups[group] = self.groups.get(group, Counts()) + match.counts
        if self.errors:
            self.mismatches.extend(_mismatches(file, text, gold, system, match))

    def report(self) -> EvaluationReport:
        groups = tuple(GroupCounts(name, counts) for name, counts in sorted(self.groups.items()))
        return EvaluationReport(groups, tuple(self.mismatches), tuple(self.warnings), tuple(self.failures))


# ---------------------------------------------------------------------------------------- corpora


def evaluate(
    paths: Paths,
    *,
    extractor: SupportsExtract | None = None,
    errors: bool = False,
    system_dir: str | os.PathLike[str] | None = None,
) -> EvaluationReport:
    """Extract the expressions of every gold TimeML file of ``paths`` and score them.

    Each file's plain text is run through ``extractor`` (default ``Extractor(events=False)``) with
    its DCT as reference. Groups are sub-folders: the directory part of a file's path relative to
    the folder given, or that folder's own name for the files directly in it. With ``system_dir``,
    the system output is also written there as TimeML, at the same relative paths (what
    ``te3_score.py`` reads). :class:`TimeMLError` when a path is missing or holds no ``.tml`` file.

    An exception of the extractor on one document does not stop the run: the document is scored
    as if nothing was found (no system file is written, which ``te3_score.py`` scores the same way)
    and the exception is kept in ``failures``.
    """
    names = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files = corpus_files(names)
    if not files:
        raise TimeMLError(", ".join(os.fspath(p) for p in names) or "(no path)", "no .tml files")
    if extractor is None:
        from timeline.extract import Extractor

        extractor = Extractor(events=False)
    tally = _Tally(errors)
    for file in files:
        gold = read_timeml(file.path)
        try:
            document = extractor.extract(gold.text, gold.dct, id=gold.id)
        except Exception as exc:  # a bug on one document must not hide the scores of the others
            tally.failures.append(ErrorRecord(file.relative, type(exc).__name__, str(exc)))
            tally.add(file.group, file.relative, gold.text, gold.timexes, ())
            continue
        if system_dir is not None:
            write_document(document, Path(system_dir, file.relative))
        # score what is written: the expressions TimeML can hold inline, in text order
        tally.add(file.group, file.relative, gold.text, gold.timexes, inline_expressions(document))
    return tally.report()


def score_directories(
    gold_dir: str | os.PathLike[str], system_dir: str | os.PathLike[str], *, errors: bool = False
) -> EvaluationReport:
    """Score the system TimeML files of ``system_dir`` against the gold ones, as ``te3_score.py`` does.

    Files pair by relative path; a gold file without a system file is scored as empty, and a system
    file whose text differs is scored on the gold text (both noted in ``warnings``). Groups are
    named as ``te3_score.py`` names them (the relative directory, or ``"."``).
    """
    gold_files = corpus_files([gold_dir])
    if not gold_files:
        raise TimeMLError(os.fspath(gold_dir), "no .tml files")
    system_files = {f.relative: f.path for f in corpus_files([system_dir])}
    tally = _Tally(errors)
    missing = 0
    for file in gold_files:
        gold = read_timeml(file.path)
        system_path = system_files.get(file.relative)
        system: tuple[GoldTimex, ...] = ()
        if system_path is None:
            missing += 1
        else:
            output = read_timeml(system_path)
            if output.text != gold.text:
                tally.warnings.append(f"{file.relative}: system <TEXT> differs from gold; scoring on the gold text")
            system = output.timexes
        tally.add(os.path.dirname(file.relative) or ".", file.relative, gold.text, gold.timexes, system)
    if missing:
        tally.warnings.append(f"{missing} gold file(s) had no system file (scored as empty)")
    return tally.report()
