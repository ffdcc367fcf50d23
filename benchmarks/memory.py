#!/usr/bin/env python
"""Peak memory of the batch path on a large JSON Lines input: it must stay flat.

Generates a JSON Lines input of ``--size-mb`` MB (default 200) in a temporary directory: the texts
of the TimeBank/AQUAINT corpus (``../shared/data/tbaq``, read with ``timeline.timeml.read_corpus``)
repeated under distinct ids, each with its creation date (DCT) as reference; the seed article when
the corpus is absent. Then runs, in a subprocess, what ``timeline batch`` runs::

    run_batch(read_jsonl(input), output_file, workers=2)

and samples every ``--interval`` seconds (default 0.05) the resident memory (``VmRSS`` of
``/proc/<pid>/status``) of that process and of all its descendants (the worker processes and
multiprocessing's helper), summed per sample; the peak of the sums is the peak of the process tree.
The proportional set size (``Pss`` of ``/proc/<pid>/smaps_rollup``, shared pages divided among the
processes sharing them) is sampled too, for information. Linux only (``/proc``).

Reports input MB, output MB, documents, errors, seconds, KB/s (input bytes / 1024 / seconds), and
the peak RSS of the tree and of the main process. Exits 1 when the tree's peak reaches ``--limit-mb``
(default 400).

    .venv/bin/python benchmarks/memory.py [--size-mb 200] [--workers 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

try:
    import timeline
except ModuleNotFoundError:  # not installed: use the source tree next to this script
    sys.path.insert(0, str(ROOT / "src"))
    import timeline

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "tbaq"
SEED = ROOT / "seeds" / "000_de57944280c0c041.txt"
SEED_REFERENCE = "2022-01-19"
MB = 1024 * 1024


# ------------------------------------------------------------------------------------------ input


def base_documents(corpus: Path) -> tuple[str, list[tuple[str, str, str | None]]]:
    """(where the texts come from, [(id, text, reference)]) of the corpus, else of the seed article."""
    if corpus.is_dir():
        from timeline.timeml import read_corpus

        documents = [
            (relative, document.text, None if document.dct is None else document.dct.isoformat())
            for relative, document in read_corpus(corpus)
        ]
        if documents:
            return f"{corpus} ({len(documents)} documents)", documents
    return f"{SEED.name} (corpus not found at {corpus})", [(SEED.name, SEED.read_text("utf-8"), SEED_REFERENCE)]


def generate(path: Path, size: int, documents: list[tuple[str, str, str | None]]) -> int:
    """Write JSON Lines of ``documents`` repeated (ids ``"<round>/<id>"``) until ``size`` bytes; the count."""
    written = count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for round in range(sys.maxsize):
            for id, text, reference in documents:
                line = json.dumps({"id": f"{round}/{id}", "text": text, "reference": reference}) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                count += 1
                if written >= size:
                    return count
    raise AssertionError("unreachable")


# ------------------------------------------------------------------------------------------ child


def child(input: str, output: str, workers: int, chunksize: int) -> None:
    """The measured process: the batch path, then one JSON line of what it did on stdout."""
    import resource

    from timeline.batch import read_jsonl, run_batch

    start = time.perf_counter()
    with open(output, "w", encoding="utf-8") as out:
        summary = run_batch(read_jsonl(input), out, workers=workers, chunksize=chunksize)
    seconds = time.perf_counter() - start
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    report = {"documents": summary.documents, "errors": summary.errors, "seconds": seconds, "maxrss_kb": maxrss_kb}
    print(json.dumps(report), flush=True)


# ------------------------------------------------------------------------------------------ sampling


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process (from ``/proc/<pid>/stat``)."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8", errors="replace") as handle:
                stat = handle.read()
        except OSError:  # gone meanwhile
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")"
        fields = stat[stat.rfind(")") + 2 :].split()
        parents[int(entry.name)] = int(fields[1])
    return parents


def tree(root: int) -> list[int]:
    """``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for pid, parent in _parents().items():
        children.setdefault(parent, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _kb(path: str, field: str) -> int:
    """A ``field: N kB`` line of a /proc file, 0 when the process is gone."""
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def rss_kb(pid: int) -> int:
    return _kb(f"/proc/{pid}/status", "VmRSS:")


def pss_kb(pid: int) -> int:
    return _kb(f"/proc/{pid}/smaps_rollup", "Pss:")


@dataclass
class Peaks:
    tree_rss_kb: int = 0
    main_rss_kb: int = 0
    tree_pss_kb: int = 0
    processes: int = 0
    samples: int = 0

    def sample(self, root: int) -> None:
        pids = tree(root)
        rss = [rss_kb(pid) for pid in pids]
        self.tree_rss_kb = max(self.tree_rss_kb, sum(rss))
        self.main_rss_kb = max(self.main_rss_kb, rss[0])
        self.tree_pss_kb = max(self.tree_pss_kb, sum(pss_kb(pid) for pid in pids))
        self.processes = max(self.processes, sum(1 for kb in rss if kb))
        self.samples += 1


def run_child(
    input: Path, output: Path, workers: int, chunksize: int, interval: float, quiet: bool
) -> tuple[dict[str, Any], Peaks]:
    command = [sys.executable, __file__, "--child", str(input), str(output)]
    command += ["--workers", str(workers), "--chunksize", str(chunksize)]
    peaks = Peaks()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        last = time.monotonic()
        while process.poll() is None:
            peaks.sample(process.pid)
            if not quiet and time.monotonic() - last >= 10:
                last = time.monotonic()
                done = output.stat().st_size / MB if output.exists() else 0.0
                print(
                    f"  ... {done:,.0f} MB written, tree peak {peaks.tree_rss_kb / 1024:,.0f} MB",
                    file=sys.stderr,
                    flush=True,
                )
            time.sleep(interval)
        stdout = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"the batch run failed (exit {process.returncode})")
    return json.loads(stdout.strip().splitlines()[-1]), peaks


# ------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=200.0, help="input size in MB (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--chunksize", type=int, default=None, help="items per chunk (default: the library's)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="TimeML corpus of the texts")
    parser.add_argument("--limit-mb", type=float, default=400.0, help="fail when the tree peak reaches it")
    parser.add_argument("--interval", type=float, default=0.05, help="sampling interval in seconds")
    parser.add_argument("--keep", type=Path, default=None, help="write input and output here and keep them")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument("--child", nargs=2, metavar=("INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    from timeline.batch import DEFAULT_CHUNKSIZE

    chunksize = args.chunksize or DEFAULT_CHUNKSIZE
    if args.child:
        child(args.child[0], args.child[1], args.workers, chunksize)
        return 0
    if not Path("/proc/self/status").exists():
        print("memory.py needs Linux's /proc", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="timeline-memory-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        input, output = folder / "input.jsonl", folder / "output.jsonl"
        origin, documents = base_documents(args.corpus)
        log = (lambda *_: None) if args.quiet or args.json else (lambda text: print(text, file=sys.stderr, flush=True))
        log(f"timeline {timeline.__version__}, Python {platform.python_version()}, {platform.machine()}")
        log(f"generating {args.size_mb:g} MB of JSON Lines from {origin} ...")
        lines = generate(input, int(args.size_mb * MB), documents)
        log(f"running run_batch(read_jsonl(...), workers={args.workers}, chunksize={chunksize}) on {lines:,} lines")
        report, peaks = run_child(input, output, args.workers, chunksize, args.interval, args.quiet or args.json)
        results = Results(
            input_mb=input.stat().st_size / MB,
            output_mb=output.stat().st_size / MB,
            documents=report["documents"],
            errors=report["errors"],
            seconds=report["seconds"],
            kb_per_s=input.stat().st_size / 1024 / report["seconds"],
            peak_tree_rss_mb=peaks.tree_rss_kb / 1024,
            peak_main_rss_mb=peaks.main_rss_kb / 1024,
            peak_main_maxrss_mb=report["maxrss_kb"] / 1024,
            peak_tree_pss_mb=peaks.tree_pss_kb / 1024,
            processes=peaks.processes,
            samples=peaks.samples,
            workers=args.workers,
            chunksize=chunksize,
            limit_mb=args.limit_mb,
        )
    if args.json:
        print(json.dumps(asdict(results), indent=2))
    else:
        for line in results.table():
            print(line)
    return 0 if results.peak_tree_rss_mb < args.limit_mb else 1


@dataclass
class Results:
    input_mb: float
    output_mb: float
    documents: int
    errors: int
    seconds: float
    kb_per_s: float
    peak_tree_rss_mb: float
    peak_main_rss_mb: float
    peak_main_maxrss_mb: float
    peak_tree_pss_mb: float
    processes: int
    samples: int
    workers: int
    chunksize: int
    limit_mb: float

    def table(self) -> Iterator[str]:
        verdict = "ok" if self.peak_tree_rss_mb < self.limit_mb else "FAILED"
        yield f"input            {self.input_mb:10,.1f} MB"
        yield f"output           {self.output_mb:10,.1f} MB"
        yield f"documents        {self.documents:10,}"
        yield f"errors           {self.errors:10,}"
        yield f"seconds          {self.seconds:10,.1f}"
        yield f"throughput       {self.kb_per_s:10,.0f} KB/s (input bytes, {self.workers} workers)"
        yield (
            f"peak RSS, tree   {self.peak_tree_rss_mb:10,.1f} MB (sum over {self.processes} processes, "
            f"{self.samples:,} samples) limit {self.limit_mb:g} MB: {verdict}"
        )
        yield f"peak RSS, main   {self.peak_main_rss_mb:10,.1f} MB (getrusage: {self.peak_main_maxrss_mb:,.1f} MB)"
        yield f"peak PSS, tree   {self.peak_tree_pss_mb:10,.1f} MB (shared pages counted once)"


if __name__ == "__main__":
    sys.exit(main())
