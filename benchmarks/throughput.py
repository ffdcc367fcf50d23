#!/usr/bin/env python
"""Throughput of timeline on the TimeBank/AQUAINT corpus, and of dateparser on the same texts.

Measures KB/s (UTF-8 bytes / 1024 / seconds) of:

* ``expressions``: ``Extractor(events=False).extract(text, dct)``;
* ``events``: ``Extractor(events=True).extract(text, dct)`` (the event stage without the timeline);
* ``full pipeline``: ``Extractor(events=True).extract(text, dct)`` then ``doc.timeline()``;
* ``dateparser``: ``dateparser.search.search_dates(text, languages=['en'])``, the peer the targets
  are relative to (on every document, or on a deterministic subset with ``--peer-sample N``).

Everything runs in this one process on one core. Each component is warmed up first (one pass over a
few documents: dateparser loads its language data, and caches fill, on first use), then timed
``--repeat`` times over the texts; the best and the median pass are reported. Targets: expressions
>= 1,000 KB/s and >= 10x dateparser; full pipeline >= 500 KB/s. ``--check`` makes a missed target exit 1.

    .venv/bin/python benchmarks/throughput.py [--corpus PATH] [--repeat 3] [--peer-sample N] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

try:
    import timeline
    from timeline.timeml import read_corpus
except ModuleNotFoundError:  # not installed: use the source tree next to this script
    sys.path.insert(0, str(ROOT / "src"))
    import timeline
    from timeline.timeml import read_corpus

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "tbaq"
DEFAULT_WARMUP_DOCUMENTS = 5

#: (component, minimum KB/s, minimum ratio to dateparser or None)
TARGETS: tuple[tuple[str, float, float | None], ...] = (
    ("expressions", 1000.0, 10.0),
    ("full pipeline", 500.0, None),
)


@dataclass(frozen=True)
class Text:
    """One document to process: its id, plain text and reference (creation) date."""

    id: str
    text: str
    reference: Any = None

    @property
    def size(self) -> int:
        """UTF-8 bytes."""
        return len(self.text.encode("utf-8"))


@dataclass
class Result:
    """The timing of one component over a set of texts."""

    component: str
    documents: int
    kb: float
    warmup_documents: int = 0
    warmup_seconds: float = 0.0
    passes: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def best(self) -> float | None:
        return min(self.passes) if self.passes else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.passes) if self.passes else None

    @property
    def kb_per_s(self) -> float | None:
        """KB/s of the best pass."""
        best = self.best
        return self.kb / best if best else None

    @property
    def kb_per_s_median(self) -> float | None:
        median = self.median
        return self.kb / median if median else None

    def as_dict(self, peer: Result | None) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            best_seconds=self.best,
            median_seconds=self.median,
            kb_per_s=self.kb_per_s,
            kb_per_s_median=self.kb_per_s_median,
            ratio_to_dateparser=ratio(self, peer),
            ratio_to_dateparser_median=ratio(self, peer, median=True),
        )
        return data


def ratio(result: Result, peer: Result | None, *, median: bool = False) -> float | None:
    """How many times faster than ``peer`` (KB/s over KB/s), best pass against best pass by default."""
    if peer is None:
        return None
    mine = result.kb_per_s_median if median else result.kb_per_s
    theirs = peer.kb_per_s_median if median else peer.kb_per_s
    return mine / theirs if mine and theirs else None


# ------------------------------------------------------------------------------------------ inputs


def load_corpus(path: str | Path) -> list[Text]:
    """The plain text and creation date of every TimeML document under ``path``, in path order."""
    return [Text(relative, document.text, document.dct) for relative, document in read_corpus(path)]


def peer_subset(texts: Sequence[Text], sample: int | None) -> list[Text]:
    """``sample`` documents spread evenly over ``texts`` (all of them when ``sample`` is None)."""
    if sample is None or sample >= len(texts):
        return list(texts)
    if sample <= 0:
        return []
    step = len(texts) / sample
    return [texts[int(i * step)] for i in range(sample)]


# ------------------------------------------------------------------------------------------ runners

Runner = Callable[[Text], object]


def expressions_runner() -> Runner:
    extractor = timeline.Extractor(events=False)
    return lambda t: extractor.extract(t.text, t.reference, id=t.id)


def events_runner() -> Runner:
    extractor = timeline.Extractor(events=True)
    return lambda t: extractor.extract(t.text, t.reference, id=t.id)


def full_pipeline_runner() -> Runner:
    extractor = timeline.Extractor(events=True)
    return lambda t: extractor.extract(t.text, t.reference, id=t.id).timeline()


def dateparser_runner() -> Runner:
    from dateparser.search import search_dates

    return lambda t: search_dates(t.text, languages=["en"])


def time_pass(run: Runner, texts: Sequence[Text]) -> float:
    """Seconds to run ``run`` over ``texts`` once."""
    gc.collect()
    start = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - start


def measure(
    component: str,
    make_runner: Callable[[], Runner],
    texts: Sequence[Text],
    *,
    repeat: int,
    warmup: int = DEFAULT_WARMUP_DOCUMENTS,
    progress: Callable[[str], None] | None = None,
) -> Result:
    """Warm ``component`` up on the first ``warmup`` texts, then time ``repeat`` passes over ``texts``.

    A component that cannot be built or fails during the warm-up is reported with its error (and no
    passes) rather than stopping the benchmark: stages still being written must not hide the rest.
    """
    result = Result(component, len(texts), sum(t.size for t in texts) / 1024)
    warm = list(texts[:warmup])
    try:
        start = time.perf_counter()
        run = make_runner()
        for text in warm:
            run(text)
        result.warmup_seconds = time.perf_counter() - start
        result.warmup_documents = len(warm)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    for i in range(repeat):
        result.passes.append(time_pass(run, texts))
        if progress is not None:
            progress(f"{component}: pass {i + 1}/{repeat} {result.passes[-1]:.3f} s")
    return result


def run_benchmark(
    texts: Sequence[Text],
    *,
    repeat: int = 3,
    peer_sample: int | None = None,
    warmup: int = DEFAULT_WARMUP_DOCUMENTS,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Result], Result]:
    """(timeline components, dateparser) measured over ``texts``."""
    components = [
        measure("expressions", expressions_runner, texts, repeat=repeat, warmup=warmup, progress=progress),
        measure("events", events_runner, texts, repeat=repeat, warmup=warmup, progress=progress),
        measure("full pipeline", full_pipeline_runner, texts, repeat=repeat, warmup=warmup, progress=progress),
    ]
    peer_texts = peer_subset(texts, peer_sample)
    peer = measure("dateparser", dateparser_runner, peer_texts, repeat=repeat, warmup=warmup, progress=progress)
    return components, peer


# ------------------------------------------------------------------------------------------ report


def check_targets(components: Sequence[Result], peer: Result) -> list[dict[str, Any]]:
    """One record per target: what was asked, what was measured, and whether it was met."""
    by_name = {r.component: r for r in components}
    checks: list[dict[str, Any]] = []
    for name, min_speed, min_ratio in TARGETS:
        result = by_name.get(name)
        speed = result.kb_per_s if result else None
        note = result.error if result and result.error else None
        checks.append(
            {
                "target": f"{name} >= {min_speed:,.0f} KB/s",
                "measured": speed,
                "met": speed is not None and speed >= min_speed,
                "note": note,
            }
        )
        if min_ratio is not None:
            times = ratio(result, peer) if result else None
            checks.append(
                {
                    "target": f"{name} >= {min_ratio:g}x dateparser",
                    "measured": times,
                    "met": times is not None and times >= min_ratio,
                    "note": note or (peer.error and f"dateparser: {peer.error}"),
                }
            )
    return checks


def machine() -> dict[str, str]:
    processor = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    processor = f"{processor} {line.split(':', 1)[1].strip()}".strip()
                    break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        dateparser_version = version("dateparser")
    except Exception:
        dateparser_version = "?"
    try:
        load = f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    except (AttributeError, OSError):
        load = "?"
    return {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "load_average": load,
        "processor": processor or "?",
        "machine": platform.machine() or "?",
        "system": platform.platform(),
        "timeline": getattr(timeline, "__version__", "?"),
        "dateparser": dateparser_version,
    }


def _fmt(value: float | None, spec: str, missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def format_report(
    components: Sequence[Result],
    peer: Result,
    checks: Sequence[dict[str, Any]],
    header: dict[str, str],
    corpus: str = "",
) -> str:
    lines = [
        f"timeline throughput - Python {header['python']} on {header['machine']} ({header['processor']})",
        f"timeline {header['timeline']}, dateparser {header['dateparser']}, {header['system']}, single process;"
        f" load average {header['load_average']} before the run",
        f"corpus: {corpus}" if corpus else "",
        "",
        "warm-up (not timed below):",
    ]
    for r in (*components, peer):
        if r.error:
            lines.append(f"  {r.component:<14} failed: {r.error}")
        else:
            lines.append(f"  {r.component:<14} {r.warmup_documents} documents in {r.warmup_seconds:.3f} s")
    repeat = max((len(r.passes) for r in (*components, peer)), default=0)
    lines += [
        "",
        f"timed passes: {repeat}; seconds and KB/s of the best pass, median in brackets; 'first' is the first",
        "timed pass (it pays for whatever the warm-up did not load)",
        f"{'component':<14} {'docs':>5} {'KB':>9} {'first':>7} {'seconds':>18} {'KB/s':>20} {'x dateparser':>16}",
    ]
    for r in (*components, peer):
        if r.error:
            lines.append(f"{r.component:<14} {r.documents:>5} {r.kb:>9.1f}   unavailable (see warm-up)")
            continue
        seconds = f"{_fmt(r.best, '.3f')} [{_fmt(r.median, '.3f')}]"
        speed = f"{_fmt(r.kb_per_s, ',.0f')} [{_fmt(r.kb_per_s_median, ',.0f')}]"
        times = f"{_fmt(ratio(r, peer), '.1f')} [{_fmt(ratio(r, peer, median=True), '.1f')}]"
        first = _fmt(r.passes[0] if r.passes else None, ".3f")
        lines.append(
            f"{r.component:<14} {r.documents:>5} {r.kb:>9.1f} {first:>7} {seconds:>18} {speed:>20} {times:>16}"
        )
    lines += ["", "targets:"]
    for c in checks:
        unit = "x" if c["target"].endswith("dateparser") else " KB/s"
        measured = "n/a" if c["measured"] is None else f"{c['measured']:,.1f}{unit}"
        status = "met" if c["met"] else "NOT MET"
        note = f" ({c['note']})" if c["note"] else ""
        lines.append(f"  {c['target']:<32} measured {measured:<14} {status}{note}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="TimeML file or folder (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per component (default: %(default)s)")
    parser.add_argument(
        "--peer-sample", type=int, default=None, metavar="N", help="run dateparser on N evenly spread documents only"
    )
    parser.add_argument(
        "--warmup", type=int, default=DEFAULT_WARMUP_DOCUMENTS, metavar="N", help="warm-up documents (%(default)s)"
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="use the first N documents only")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is not met")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    texts = load_corpus(args.corpus)
    if args.limit is not None:
        texts = texts[: args.limit]
    if not texts:
        parser.error(f"no TimeML documents under {args.corpus}")

    def progress(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    header = machine()  # before the run: the load average is the other work's
    components, peer = run_benchmark(
        texts, repeat=args.repeat, peer_sample=args.peer_sample, warmup=args.warmup, progress=progress
    )
    checks = check_targets(components, peer)
    if args.json:
        report = {
            **header,
            "corpus": str(args.corpus),
            "repeat": args.repeat,
            "components": [r.as_dict(peer) for r in components],
            "peer": peer.as_dict(None),
            "targets": checks,
        }
        print(json.dumps(report, indent=2))
    else:
        corpus = f"{args.corpus} ({len(texts)} documents, {sum(t.size for t in texts) / 1024:,.1f} KB)"
        print(format_report(components, peer, checks, header, corpus))
    return 1 if args.check and not all(c["met"] for c in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
