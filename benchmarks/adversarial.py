#!/usr/bin/env python
"""Linear time on hostile input: each case is timed at two sizes 10x apart; the ratio must stay <= 15.

Every case is a generator ``(size, rng) -> str`` of exactly ``size`` characters. Each case runs in its
own subprocess: it generates its two inputs (from a fixed seed), warms the extractor up on a short
prefix of the small one, then times ``Extractor(events=...).extract(text, "2022-01-19")`` on the small
input and on the large one (best of ``--repeat`` runs each). Linear time gives a ratio of about 10;
quadratic about 100. A case fails when its ratio exceeds 15, or when a run is stopped: after
``--timeout`` seconds, or once the large run has taken ``--stop-ratio`` times the small one (it can
only fail by then). When the small run itself times out, the case is re-run at 1/100 and 1/10 of its
sizes to show how it grows. The script exits 1 when any case fails, so it can be used as a check.

    .venv/bin/python benchmarks/adversarial.py [--events] [--only CASE ...] [--scale F] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

try:
    import timeline
except ModuleNotFoundError:  # not installed: use the source tree next to this script
    sys.path.insert(0, str(ROOT / "src"))
    import timeline

SEED = 20220119
REFERENCE = "2022-01-19"
LIMIT = 15.0
KB = 1000
MB = 1000 * KB

Generator = Callable[[int, random.Random], str]


#: Month names for a list of months that a contract word may follow.
_MONTH_NAMES = ("January", "March", "May", "June", "July", "August", "September", "October", "December")


@dataclass(frozen=True)
class Case:
    """A hostile input: its generator, and the small size (characters) it is timed at (and 10x that)."""

    name: str
    generate: Generator
    small: int
    description: str

    @property
    def large(self) -> int:
        return self.small * 10


def rng_for(name: str, size: int) -> random.Random:
    """The fixed-seed generator of one input (the same in every process and run)."""
    return random.Random(f"{SEED}:{name}:{size}")


# ------------------------------------------------------------------------------------------ generators


def repeated(unit: str) -> Generator:
    """``unit`` over and over, cut at ``size``."""

    def generate(size: int, rng: random.Random) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return generate


def _fill(size: int, pieces: Iterator[str]) -> str:
    chunks: list[str] = []
    length = 0
    for piece in pieces:
        chunks.append(piece)
        length += len(piece)
        if length >= size:
            break
    return "".join(chunks)[:size]


def random_chars(alphabet: str) -> Generator:
    """Characters drawn uniformly from ``alphabet``."""

    def generate(size: int, rng: random.Random) -> str:
        return "".join(rng.choices(alphabet, k=size))

    return generate


def random_words(words: Sequence[str], separators: Sequence[str]) -> Generator:
    """Words drawn from ``words``, each followed by a separator drawn from ``separators``."""

    def generate(size: int, rng: random.Random) -> str:
        def pieces() -> Iterator[str]:
            while True:
                batch = rng.choices(words, k=256)
                seps = rng.choices(separators, k=256)
                for word, sep in zip(batch, seps, strict=True):
                    yield word + sep

        return _fill(size, pieces())

    return generate


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_SHORT = ["Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun."]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip
MONTHS_SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."]


def year_chain(size: int, rng: random.Random) -> str:
    """Consecutive years joined by hyphens ("2009-2010-2011-..."), restarting at 1500 after 2099."""

    def pieces() -> Iterator[str]:
        year = 1900
        while True:
            yield f"{year}-"
            year = 1500 if year >= 2099 else year + 1

    return _fill(size, pieces())


def unicode_mix(size: int, rng: random.Random) -> str:
    """Words of random non-ASCII text: combining marks, Hebrew, Arabic (and its digits), emoji with
    joiners and skin tones, CJK, other scripts' digits, bidi controls; a few ASCII date words with
    combining marks on them."""
    ranges = [
        (0x0300, 0x036F),  # combining diacritical marks
        (0x0591, 0x05C7),  # Hebrew points
        (0x05D0, 0x05EA),  # Hebrew letters
        (0x0600, 0x06FF),  # Arabic (letters, marks, Arabic-Indic digits)
        (0x0660, 0x0669),  # Arabic-Indic digits (\d matches them)
        (0x0966, 0x096F),  # Devanagari digits
        (0xFF10, 0xFF19),  # full-width digits
        (0x1F300, 0x1FAFF),  # emoji
        (0x1F3FB, 0x1F3FF),  # skin tones
        (0x4E00, 0x4FFF),  # CJK
        (0x200B, 0x200F),  # zero-width space/joiners, LRM/RLM
        (0x202A, 0x202E),  # bidi embeddings and overrides
        (0x2066, 0x2069),  # bidi isolates
        (0xFE00, 0xFE0F),  # variation selectors
    ]
    latin = ["Monday", "May", "Jan.", "2009", "20th", "p.m.", "next", "day", "ago"]

    def word() -> str:
        if rng.random() < 0.1:
            base = rng.choice(latin)
            return "".join(ch + (chr(rng.randint(0x0300, 0x036F)) if rng.random() < 0.3 else "") for ch in base)
        low, high = rng.choice(ranges)
        return "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(1, 8)))

    def pieces() -> Iterator[str]:
        while True:
            yield word() + rng.choice([" ", " ", " ", "\u200d", "\u00a0", "\u3000", ", ", ". ", "\n"])

    return _fill(size, pieces())


def no_space_line(size: int, rng: random.Random) -> str:
    """One line without white space: date fragments, letters, digits and punctuation glued together."""
    fragments = [
        "Jan.", "January", "Monday", "Mon.", "2009", "1999", "20th", "3", "12", "p.m.", "a.m.", "'90s", "-",
        "/", ".", ",", ":", "'", "’", "the", "next", "day", "ago", "x", "of", "noon", "GMT", "%", "$", "(", ")",
    ]  # fmt: skip

    def pieces() -> Iterator[str]:
        while True:
            yield from rng.choices(fragments, k=256)

    return _fill(size, pieces())


def number_words(size: int, rng: random.Random) -> str:
    """Number words ("twenty-one hundred and a half thousand ...") in random order."""
    words = [
        "one", "two", "three", "nine", "ten", "twelve", "twenty", "thirty", "ninety", "nineteen", "eighteen",
        "hundred", "thousand", "and", "a", "half", "twenty-one", "ninety-nine",
    ]  # fmt: skip
    return random_words(words, [" ", " ", " ", "-"])(size, rng)


def hyphenated(size: int, rng: random.Random) -> str:
    """Date words joined by hyphens only ("mid-late-two-year-1990s-...")."""
    words = ["mid", "early", "late", "pre", "post", "two", "year", "day", "long", "old", "1990s", "20th", "century"]
    return random_words(words, ["-"])(size, rng)


def apostrophes(size: int, rng: random.Random) -> str:
    """Runs of up to 5,000 apostrophes (straight and curly), between spaces and letters."""

    def pieces() -> Iterator[str]:
        while True:
            yield "".join(rng.choices("''\u2019", k=rng.randint(1, 5000))) + rng.choice([" ", "s ", "90s ", "x"])

    return _fill(size, pieces())


def digit_runs(size: int, rng: random.Random) -> str:
    """Runs of up to 5,000 digits, each followed by one of " -/.:,"."""

    def pieces() -> Iterator[str]:
        while True:
            yield "".join(rng.choices("0123456789", k=rng.randint(1, 5000))) + rng.choice(" -/.:,")

    return _fill(size, pieces())


def whitespace_runs(size: int, rng: random.Random) -> str:
    """Date words separated by long runs of spaces, tabs and newlines."""
    words = ["Monday", "Jan.", "5", "2009", "the", "next", "day", "3", "p.m.", "years", "ago", "."]

    def pieces() -> Iterator[str]:
        while True:
            yield rng.choice(words) + "".join(rng.choices(" \t\n", k=rng.randint(1, 400)))

    return _fill(size, pieces())


CASES: tuple[Case, ...] = (
    Case("digits_separators", random_chars("0123456789-/.:, "), 100 * KB, 'random characters of "0123456789-/.:, "'),
    Case("on_on_on", repeated("on "), 500 * KB, '"on on on ..."'),
    Case(
        "weekday_month_names",
        random_words(
            WEEKDAYS + WEEKDAYS_SHORT + MONTHS + MONTHS_SHORT, [" ", ", ", ",", " , ", " - ", "/", "; ", " and "]
        ),
        50 * KB,
        "weekday and month names (full and abbreviated) in random order, separators and commas, no full stop",
    ),
    Case("no_space_line", no_space_line, 500 * KB, "one line without white space: date fragments glued together"),
    Case("unicode_mix", unicode_mix, 100 * KB, "combining marks, Hebrew, Arabic, emoji, CJK, non-ASCII digits, bidi"),
    Case("next_day_chain", repeated("the next day after "), 100 * KB, '"the next day after the next day after ..."'),
    Case("ones", repeated("1 "), 100 * KB, '"1 1 1 1 ..."'),
    Case("jan_dot", repeated("Jan. "), 100 * KB, '"Jan. Jan. Jan. ..."'),
    Case("apostrophes", apostrophes, 100 * KB, "runs of up to 5,000 apostrophes (straight and curly)"),
    Case("a_few", repeated("a few "), 100 * KB, '"a few a few a few ..."'),
    Case("last_last", repeated("last "), 500 * KB, '"last last last ..."'),
    Case("twentieth", repeated("20th "), 100 * KB, '"20th 20th 20th ..."'),
    Case("year_chain", year_chain, 100 * KB, '"1900-1901-1902-..." one hyphenated chain of years'),
    Case("pm_chain", repeated("3 p.m. "), 100 * KB, '"3 p.m. 3 p.m. ..."'),
    Case(
        "number_commas", lambda n, r: ("1," + "000," * n)[:n], 100 * KB, '"1,000,000,000,..." one comma-grouped number'
    ),
    Case("number_groups", repeated("1,000 "), 100 * KB, '"1,000 1,000 1,000 ..." comma-grouped numbers'),
    Case("dot_runs", repeated("on Friday ...................... "), 100 * KB, '"on Friday" and runs of 22 dots'),
    Case("long_dot_run", lambda n, r: ("on Friday " + "." * n)[:n], 100 * KB, '"on Friday " and one run of dots'),
    Case("digit_runs", digit_runs, 100 * KB, "runs of up to 5,000 digits between single separators"),
    Case("number_words", number_words, 100 * KB, "number words in random order"),
    Case("hyphenated", hyphenated, 100 * KB, '"mid-late-two-year-..." words joined by hyphens'),
    Case("whitespace_runs", whitespace_runs, 100 * KB, "date words between runs of up to 400 spaces/tabs/newlines"),
    Case("quarter_weekdays", repeated("the quarter, Monday, "), 100 * KB, '"the quarter, Monday, the quarter, ..."'),
    Case("years_ago", repeated("two years ago "), 100 * KB, '"two years ago two years ago ..."'),
    Case("the_year", repeated("the year "), 100 * KB, '"the year the year ..."'),
    Case("noon_chain", repeated("noon (1700 GMT) "), 100 * KB, '"noon (1700 GMT) noon ..." clock times with no day'),
    Case("day_ranges", repeated("April 24-25 and 26 to "), 100 * KB, '"April 24-25 and 26 to April ..." day ranges'),
    Case("title_words", repeated("was Today and Noon, Week "), 100 * KB, "common words capitalised mid-sentence"),
    Case(
        "quoted_titles",
        repeated('Faulkner\'s "Light in August" and "We meet Friday," she said; '),
        100 * KB,
        "titles and speech in straight quotation marks",
    ),
    Case(
        "clock_dates",
        repeated("7 p.m. Tuesday, Nov. 8, 2022 a week from Monday 23/11/2020 FY24 "),
        100 * KB,
        "clock times with full dates, offsets from a day, numeric dates, fiscal codes",
    ),
    Case("compound_lengths", repeated("4 hours and 42 3 days 2 weeks 10 "), 100 * KB, "lengths in two units, broken"),
    Case(
        "spoken_clocks",
        repeated("at eleven thirty half past a quarter to nine five to the 2024 Toyota the 12th and 13th "),
        100 * KB,
        "clock times in words, model years and paired ordinals, broken",
    ),
    Case(
        "anniversaries",
        repeated("A year after the Oct. 7 attack, two days after Tuesday's vote and the 4th of this month. "),
        100 * KB,
        "dates counted back from a stated length, days of a deictic month",
    ),
    Case(
        "listed_years",
        lambda n, r: ("Windows 2000" + "".join(f", {1990 + i % 100}" for i in range(n // 6 + 1)))[:n],
        100 * KB,
        '"Windows 2000, 1990, 1991, ..." one list of years after a name',
    ),
    Case(
        "listed_months",
        lambda n, r: ("Brent's " + "".join(r.choice(_MONTH_NAMES) + ", " for _ in range(n // 6 + 1)))[:n],
        100 * KB,
        '"Brent\'s March, June, May, ..." one list of months, each looking ahead for a contract word',
    ),
)
CASES_BY_NAME = {case.name: case for case in CASES}


def generate(name: str, size: int) -> str:
    """The input of case ``name`` at ``size`` characters, exactly as the benchmark builds it."""
    return CASES_BY_NAME[name].generate(size, rng_for(name, size))


# ------------------------------------------------------------------------------------------ measuring


def make_extractor(events: bool) -> timeline.Extractor:
    return timeline.Extractor(events=events)


def warm_up(extractor: timeline.Extractor, text: str) -> float:
    """Run the extractor on a short prefix of ``text`` and on ordinary news text; seconds taken."""
    start = time.perf_counter()
    extractor.extract(
        "On Monday, Jan. 5, 2009, at 3 p.m. EST, the board met; the next day, two years ago, in the 1990s.",
        REFERENCE,
    )
    extractor.extract(text[:2000], REFERENCE)
    return time.perf_counter() - start


def time_extract(extractor: timeline.Extractor, text: str) -> tuple[float, int]:
    """(seconds, expressions found) of one run of the extractor on ``text``."""
    gc.collect()
    start = time.perf_counter()
    document = extractor.extract(text, REFERENCE)
    return time.perf_counter() - start, len(document.expressions)


def measure_case(
    case: Case, sizes: Sequence[int], *, events: bool = False, repeat: int = 1, budget: float = 3.0
) -> Iterator[dict[str, Any]]:
    """Records of one case, in process: ``warm``; ``start`` and ``run`` for every run; ``result`` per size.

    The sizes take turns, ``repeat`` rounds (a size skips further rounds once it has spent ``budget``
    seconds), so that a change in the machine's load affects both alike; the best run of each counts.
    """
    extractor = make_extractor(events)
    inputs = [(size, generate(case.name, size)) for size in sizes]
    yield {"event": "warm", "seconds": warm_up(extractor, inputs[0][1])}
    best = dict.fromkeys(sizes, float("inf"))
    spent = dict.fromkeys(sizes, 0.0)
    found = dict.fromkeys(sizes, 0)
    for round_ in range(max(1, repeat)):
        for size, text in inputs:
            if round_ and spent[size] >= budget:
                continue
            yield {"event": "start", "size": size, "round": round_}
            seconds, found[size] = time_extract(extractor, text)
            best[size] = min(best[size], seconds)
            spent[size] += seconds
            yield {"event": "run", "size": size, "seconds": seconds, "expressions": found[size]}
    for size, text in inputs:
        yield {
            "event": "result",
            "size": size,
            "bytes": len(text.encode("utf-8")),
            "seconds": best[size],
            "expressions": found[size],
        }


def _child(args: argparse.Namespace) -> int:
    """Subprocess mode: one case, its records as JSON lines on stdout."""
    sizes = [int(s) for s in args.sizes.split(",")]
    for record in measure_case(CASES_BY_NAME[args.child], sizes, events=args.events, repeat=args.repeat):
        print(json.dumps(record), flush=True)
    return 0


@dataclass
class Outcome:
    """What one case measured at two sizes (its own, or a diagnostic pair after a stop)."""

    case: str
    small: int
    large: int
    small_seconds: float | None = None
    large_seconds: float | None = None
    expressions: int | None = None
    #: why a run was stopped (time limit, crash); None when both sizes finished
    stopped: str | None = None
    #: for a large run stopped after the small one finished: the ratio it had already passed
    ratio_at_least: float | None = None
    #: the same case at smaller sizes, run when this one was stopped before its ratio was clear
    diagnostic: Outcome | None = None

    @property
    def ratio(self) -> float | None:
        if self.small_seconds and self.large_seconds is not None:
            return self.large_seconds / self.small_seconds
        return None

    @property
    def estimate(self) -> float | None:
        """The best-known ratio: measured, else the larger of the lower bound and the diagnostic's."""
        if self.ratio is not None:
            return self.ratio
        known = [r for r in (self.ratio_at_least, self.diagnostic and self.diagnostic.estimate) if r]
        return max(known) if known else None

    @property
    def failed(self) -> bool:
        ratio = self.ratio
        return self.stopped is not None or ratio is None or ratio > LIMIT

    @property
    def failing_size(self) -> int:
        """The size whose input showed the failure."""
        return self.small if self.small_seconds is None else self.large

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(ratio=self.ratio, estimate=self.estimate, failed=self.failed)
        if self.diagnostic is not None:
            data["diagnostic"] = self.diagnostic.as_dict()
        return data


def run_in_subprocess(
    case: Case,
    sizes: tuple[int, int],
    *,
    events: bool,
    repeat: int,
    timeout: float,
    stop_ratio: float,
    setup_timeout: float = 120.0,
) -> Outcome:
    """Time ``case`` at ``sizes`` in a child process, stopping it at the time limits.

    A run may take ``timeout`` seconds; the large one also no more than ``stop_ratio`` times the small
    one (at least a second). Generating the inputs and warming up may take ``setup_timeout``.
    """
    small, large = sizes
    outcome = Outcome(case.name, small, large)
    command = [sys.executable, os.path.abspath(__file__), "--child", case.name, "--sizes", f"{small},{large}"]
    command += ["--repeat", str(repeat), *(["--events"] if events else [])]
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        lines: queue.Queue[str | None] = queue.Queue()

        def reader() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put(line)
            lines.put(None)

        following = threading.Thread(target=reader, daemon=True)
        following.start()
        started = time.monotonic()
        deadline = started + setup_timeout
        running: int | None = None
        best: dict[int, float] = {}
        try:
            while True:
                try:
                    line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    if running is None:
                        outcome.stopped = f"no result within {setup_timeout:.0f} s (generating or warming up)"
                    else:
                        limit = deadline - started
                        outcome.stopped = f"stopped the {_size(running)} run after {limit:.1f} s"
                        if running == large and small in best:
                            outcome.ratio_at_least = limit / best[small]
                    break
                if line is None:
                    break
                record = json.loads(line)
                if record["event"] == "start":
                    running = record["size"]
                    started = time.monotonic()
                    limit = timeout
                    if running == large and small in best:
                        limit = min(timeout, max(stop_ratio * best[small], 1.0))
                    deadline = started + limit
                elif record["event"] == "run":
                    running = None
                    deadline = time.monotonic() + setup_timeout
                    size = record["size"]
                    best[size] = min(best.get(size, float("inf")), record["seconds"])
                    if size == large:
                        outcome.expressions = record["expressions"]
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            following.join(timeout=5.0)
            if process.stdout is not None and not following.is_alive():
                process.stdout.close()
            errors.seek(0)
            stderr = errors.read()
    outcome.small_seconds = best.get(small)
    outcome.large_seconds = best.get(large)
    if outcome.stopped is None and process.returncode != 0:
        last = stderr.strip().splitlines()[-1:] or [""]
        outcome.stopped = f"child exited {process.returncode}: {last[0]}"
    return outcome


def run_case(
    case: Case, *, events: bool, repeat: int, timeout: float, stop_ratio: float, scale: float = 1.0
) -> Outcome:
    """Time ``case`` at its sizes. When a run is stopped before the ratio is clear, the case is run again
    lower down: at 1/100 and 1/10 of its sizes when the small run did not finish, at 1/10 and 1 when the
    large one was stopped by the time limit (rather than by ``stop_ratio``)."""
    small = max(1, int(case.small * scale))
    options: dict[str, Any] = {"events": events, "repeat": repeat, "timeout": timeout, "stop_ratio": stop_ratio}
    outcome = run_in_subprocess(case, (small, small * 10), **options)
    if outcome.stopped is None or outcome.stopped.startswith("child exited"):
        return outcome
    if outcome.small_seconds is None:
        lower = (small // 100, small // 10)
    elif outcome.ratio_at_least is not None and outcome.ratio_at_least < stop_ratio:
        lower = (small // 10, small)
    else:
        return outcome
    if lower[0] >= 10:
        outcome.diagnostic = run_in_subprocess(case, lower, **options)
    return outcome


# ------------------------------------------------------------------------------------------ report


def _size(n: int) -> str:
    if n >= MB and n % (MB // 10) == 0:
        return f"{n / MB:g} M"
    if n >= KB and n % (KB // 10) == 0:
        return f"{n / KB:g} k"
    return str(n)


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def worst(outcomes: Sequence[Outcome]) -> Outcome | None:
    """The failing case with the highest (best-known) ratio, else the passing one with the highest ratio."""
    return max(outcomes, key=lambda o: (o.failed, o.estimate or 0.0), default=None)


def _ratio(o: Outcome) -> str:
    if o.ratio is not None:
        return f"{o.ratio:.1f}"
    if o.ratio_at_least is not None:
        return f">{o.ratio_at_least:.0f}"
    return "-"


def _row(label: str, o: Outcome, *, diagnostic: bool = False) -> str:
    ratio = _ratio(o)
    if diagnostic:  # not a verdict: only how the case grows at smaller sizes
        status = o.stopped or ("over the limit" if o.ratio is not None and o.ratio > LIMIT else "within the limit")
    else:
        status = "FAIL" if o.failed else "ok"
        if o.stopped:
            status += f": {o.stopped}"
    found = "-" if o.expressions is None else str(o.expressions)
    return (
        f"{label:<20} {_size(o.small):>7} {_size(o.large):>7} {_seconds(o.small_seconds):>8}"
        f" {_seconds(o.large_seconds):>8} {ratio:>7} {found:>7}  {status}"
    )


def machine() -> str:
    processor = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            processor = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
    except OSError:
        pass
    return f"{platform.machine() or '?'} ({processor or '?'})"


def load_average() -> str:
    """The 1-minute load average and the number of cores: other work on the machine skews the ratios."""
    try:
        return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    except (AttributeError, OSError):
        return "load average unknown"


def format_report(outcomes: Sequence[Outcome], *, events: bool, load: str = "") -> str:
    lines = [
        f"timeline adversarial inputs - Python {platform.python_implementation()} {platform.python_version()}"
        f" on {machine()}" + (f"; {load} before the run" if load else ""),
        f'Extractor(events={events}).extract(text, "{REFERENCE}"); sizes in characters; seed {SEED};'
        f" limit: ratio large/small <= {LIMIT:g} (linear ~10, quadratic ~100)",
        "",
        f"{'case':<20} {'small':>7} {'large':>7} {'t small':>8} {'t large':>8} {'ratio':>7} {'found':>7}  status",
    ]
    for o in outcomes:
        lines.append(_row(o.case, o))
        if o.diagnostic is not None:
            lines.append(_row("  ...smaller sizes", o.diagnostic, diagnostic=True))
    failures = [o for o in outcomes if o.failed]
    if failures:
        lines += ["", "failing inputs (adversarial.generate(case, size) rebuilds them; --dump DIR writes them):"]
        for o in failures:
            sample = generate(o.case, min(o.failing_size, 200))[:72]
            lines.append(f"  {o.case} at {o.failing_size:,} characters: {CASES_BY_NAME[o.case].description}")
            lines.append(f"    starts {sample!r}")
    bad = worst(outcomes)
    if bad is not None:
        if bad.ratio is not None:
            summary = f"ratio {bad.ratio:.1f}"
        else:
            pairs = [p for p in (bad, bad.diagnostic) if p is not None and (p.ratio or p.ratio_at_least)]
            best = max(pairs, key=lambda p: p.ratio or p.ratio_at_least or 0.0, default=None)
            summary = "stopped"
            if best is not None:
                summary += f"; ratio {_ratio(best)} at {_size(best.small)} -> {_size(best.large)} characters"
        verdict = f"{len(failures)} of {len(outcomes)} cases FAIL" if failures else f"all {len(outcomes)} cases pass"
        lines += ["", f"worst case: {bad.case} ({summary}); {verdict} (limit {LIMIT:g})"]
    return "\n".join(lines)


def dump_inputs(outcomes: Sequence[Outcome], directory: Path) -> list[Path]:
    """Write the input of every failing case to ``directory``; the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for o in outcomes:
        if o.failed:
            size = o.failing_size
            path = directory / f"{o.case}-{size}.txt"
            path.write_text(generate(o.case, size), encoding="utf-8")
            written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--events", action="store_true", help="include the event stage (Extractor(events=True))")
    parser.add_argument("--only", action="append", choices=sorted(CASES_BY_NAME), metavar="CASE", help="run CASE only")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this (default: 1)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size, best kept (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per run (default: %(default)s)")
    parser.add_argument(
        "--stop-ratio",
        type=float,
        default=50.0,
        help="stop the large run once it has taken this many times the small one (default: %(default)s)",
    )
    parser.add_argument("--dump", type=Path, metavar="DIR", help="write the inputs of failing cases to DIR")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    if args.list:
        for case in CASES:
            print(f"{case.name:<20} {_size(case.small):>6} / {_size(case.large):>6}  {case.description}")
        return 0

    cases = [CASES_BY_NAME[name] for name in args.only] if args.only else list(CASES)
    load = load_average()
    outcomes = []
    for case in cases:
        outcome = run_case(
            case,
            events=args.events,
            repeat=args.repeat,
            timeout=args.timeout,
            stop_ratio=args.stop_ratio,
            scale=args.scale,
        )
        outcomes.append(outcome)
        if not args.json:
            ratio = "-" if outcome.ratio is None else f"{outcome.ratio:.1f}"
            print(f"  {case.name}: ratio {ratio}{' FAIL' if outcome.failed else ''}", file=sys.stderr, flush=True)
    if args.dump:
        for path in dump_inputs(outcomes, args.dump):
            print(f"wrote {path}", file=sys.stderr)
    if args.json:
        bad = worst(outcomes)
        print(
            json.dumps(
                {
                    "python": f"{platform.python_implementation()} {platform.python_version()}",
                    "machine": platform.machine(),
                    "processor": platform.processor(),
                    "events": args.events,
                    "load_before": load,
                    "seed": SEED,
                    "limit": LIMIT,
                    "cases": [o.as_dict() for o in outcomes],
                    "worst": None if bad is None else {"case": bad.case, "ratio": bad.ratio, "failed": bad.failed},
                    "failed": sum(o.failed for o in outcomes),
                },
                indent=2,
            )
        )
    else:
        print(format_report(outcomes, events=args.events, load=load))
    return 1 if any(o.failed for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
