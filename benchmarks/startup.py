#!/usr/bin/env python
"""Cold start: how long a fresh process takes to date its first article, against dateparser's.

A command line run on one article, a serverless function or a notebook pays for start-up once per
process, so throughput measured warm (``throughput.py``) does not show it. Each run here starts a
new interpreter and times, in it:

* ``timeline``: ``import timeline``, building ``Extractor()``, the first ``extract(text, reference)``
  (the rules it tries compile here) and a second one on the same text (warm, for comparison);
* ``dateparser``: ``import dateparser.search``, the first ``search_dates(text, languages=['en'])``
  (its language data load here) and a second one;
* ``command line``: the wall time of ``python -m timeline FILE --reference DATE --format json``.

The text is the seed article (``seeds/``) unless ``--text`` names another file. Every figure is the
median of ``--runs`` fresh processes (default 5). No target: the figures are reported beside the peer's.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--text FILE --reference DATE] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_de57944280c0c041.txt"
SEED_REFERENCE = "2022-01-19"

#: Run in a fresh interpreter: prints one JSON object of stage -> seconds.
TIMELINE_CHILD = """
import json, sys, time
text, reference = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
clock = time.perf_counter
start = clock()
import timeline
imported = clock()
extractor = timeline.Extractor()
built = clock()
extractor.extract(text, reference)
first = clock()
extractor.extract(text, reference)
second = clock()
print(json.dumps({"import": imported - start, "build": built - imported, "first document": first - built,
                  "second document": second - first, "ready": first - start}))
"""

DATEPARSER_CHILD = """
import json, sys, time
text = open(sys.argv[1], encoding="utf-8").read()
clock = time.perf_counter
start = clock()
from dateparser.search import search_dates
imported = clock()
search_dates(text, languages=["en"])
first = clock()
search_dates(text, languages=["en"])
second = clock()
print(json.dumps({"import": imported - start, "build": 0.0, "first document": first - imported,
                  "second document": second - first, "ready": first - start}))
"""

STAGES = ("import", "build", "first document", "second document", "ready")


def _child_environment() -> dict[str, str]:
    """This process's environment, with ``src`` on the path so that a child finds ``timeline`` even when it
    is not installed."""
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run_child(code: str, text_file: Path, reference: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter on ``text_file`` and return its timings."""
    completed = subprocess.run(
        [sys.executable, "-c", code, str(text_file), reference],
        capture_output=True,
        text=True,
        check=True,
        env=_child_environment(),
    )
    timings: dict[str, float] = json.loads(completed.stdout)
    return timings


def run_command_line(text_file: Path, reference: str) -> float:
    """Wall time of ``python -m timeline FILE --reference DATE --format json`` in a fresh process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "timeline", str(text_file), "--reference", reference, "--format", "json"],
        capture_output=True,
        check=True,
        env=_child_environment(),
    )
    return time.perf_counter() - start


def median_timings(runs: Sequence[dict[str, float]]) -> dict[str, float]:
    """The median of each stage over ``runs``."""
    return {stage: statistics.median(run[stage] for run in runs) for stage in STAGES}


def measure(text_file: Path, reference: str, runs: int) -> dict[str, dict[str, float]]:
    """Median start-up timings of timeline, dateparser and the command line over ``runs`` fresh processes,
    the three interleaved so that a change in the machine's load touches each alike."""
    timeline_runs: list[dict[str, float]] = []
    dateparser_runs: list[dict[str, float]] = []
    command_runs: list[float] = []
    for _ in range(runs):
        timeline_runs.append(run_child(TIMELINE_CHILD, text_file, reference))
        dateparser_runs.append(run_child(DATEPARSER_CHILD, text_file, reference))
        command_runs.append(run_command_line(text_file, reference))
    return {
        "timeline": median_timings(timeline_runs),
        "dateparser": median_timings(dateparser_runs),
        "command line": {"ready": statistics.median(command_runs)},
    }


def report(results: dict[str, dict[str, float]], text_file: Path, runs: int) -> str:
    size = text_file.stat().st_size / 1024
    lines = [
        f"cold start on {text_file.name} ({size:.1f} KB), median of {runs} fresh processes, seconds",
        f"{'':<14}" + "".join(f"{stage:>17}" for stage in STAGES),
    ]
    for name in ("timeline", "dateparser"):
        lines.append(f"{name:<14}" + "".join(f"{results[name][stage]:>17.3f}" for stage in STAGES))
    lines.append(f"{'command line':<14}{results['command line']['ready']:>17.3f}  (the whole process, output included)")
    ratio = results["timeline"]["ready"] / results["dateparser"]["ready"]
    lines.append(f"ready (from import to the first document done): timeline takes {ratio:.1f}x dateparser's time")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per measure (default: %(default)s)")
    parser.add_argument("--text", type=Path, default=SEED, help="the article (default: the seed)")
    parser.add_argument("--reference", default=SEED_REFERENCE, help="its publication date (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    results = measure(args.text, args.reference, args.runs)
    print(json.dumps(results, indent=2) if args.json else report(results, args.text, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
