"""The ``timeline`` command.

``timeline FILE|- [--reference DATE] [--format rich|json|markdown|timeml|tsv] [--expressions-only]`` shows
the timeline of a text (or its temporal expressions); ``timeline DIR|FILE.jsonl [-o OUT] [--workers N]``
processes a batch into JSON Lines. ``timeline eval PATH... [--errors] [--write-system
DIR]`` scores the recogniser on TimeML gold files (TempEval-3 Task A); ``timeline eval --events PATH...``
scores event-time anchoring. Each command has its own parser and handler; :func:`main` dispatches on the
first argument. User errors (a missing or unreadable file, input that is not UTF-8, a bad
``--reference``) print one line on stderr and exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from timeline.errors import TimelineError

__all__ = ["main"]

PROG = "timeline"
USAGE_ERROR = 2


class _UserError(Exception):
    """Bad input named by the user: reported in one line, status 2."""


# ---------------------------------------------------------------------------------------- eval


def _eval_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} eval",
        description="Score the recogniser on TimeML gold files, TempEval-3 Task A (same numbers as "
        "te3_score.py): relaxed/strict P, R, F1 and value/type F1, per sub-folder and overall.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="TimeML files or folders (searched for *.tml)")
    parser.add_argument(
        "--errors", action="store_true", help="list misses, false positives and wrong values before the table"
    )
    parser.add_argument(
        "--write-system",
        metavar="DIR",
        help="also write the system output as TimeML under DIR (same relative paths)",
    )
    parser.add_argument(
        "--events",
        action="store_true",
        help="score event-time anchoring instead: recall over gold event-time TLINKs, precision over our "
        "anchored events, and tense agreement (see timeline.anchoring)",
    )
    return parser


def _run_eval(args: argparse.Namespace) -> int:
    if args.events:
        from timeline.anchoring import evaluate_anchoring

        print(evaluate_anchoring(args.paths).table())
        return 0
    from timeline.evaluation import evaluate

    report = evaluate(args.paths, errors=args.errors, system_dir=args.write_system)
    for mismatch in report.errors:
        print(mismatch.line())
    for warning in report.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    for failure in report.failures:
        print(
            f"{PROG}: warning: {failure.id}: extraction failed, scored as empty ({failure.error}: {failure.message})",
            file=sys.stderr,
        )
    print(report.table())
    return 1 if report.failures else 0


# ---------------------------------------------------------------------------------------- extract

FORMATS = ("rich", "json", "markdown", "timeml", "tsv")


def _extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find the dates of an English news text, resolve them against its publication date, "
        "and show the events they date as a timeline.",
        epilog=f"Other command: '{PROG} eval PATH...' scores the recogniser on TimeML gold files "
        f"(see '{PROG} eval --help'). Exit status: 0 on success, 2 for a usage error or unreadable input.",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a UTF-8 text file, or - for standard input; a directory of *.txt files or a JSON Lines file "
        '(*.jsonl, one {"id", "text", "reference"} object a line) is processed as a batch and '
        "written as JSON Lines",
    )
    parser.add_argument(
        "--reference",
        metavar="DATE",
        help="the publication date, e.g. 2022-01-19 or 2022-01-19T08:30; without it relative dates "
        "('on Friday') stay unresolved",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="rich",
        help="rich: the timeline drawn for the terminal (default); json: the document, schema timeline/1 "
        "(docs/json.md); markdown: the timeline as a markdown table; timeml: the text as TimeML 1.2.1; "
        "tsv: one expression a line, start<TAB>end<TAB>type<TAB>value<TAB>text",
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="read FILE (or standard input) as JSON Lines, whatever its name"
    )
    parser.add_argument(
        "--output", "-o", metavar="OUT", help="batch mode: write the JSON Lines results to OUT (default: stdout)"
    )
    parser.add_argument(
        "--workers", type=int, metavar="N", help="batch mode: worker processes (default: one per CPU core)"
    )
    parser.add_argument(
        "--expressions-only",
        action="store_true",
        help="show the temporal expressions instead of the timeline (rich: a table; json: the document "
        "without events; markdown: a table)",
    )
    return parser


def _decode(data: bytes, name: str) -> str:
    from timeline.batch import decode_text, not_utf8_message

    try:
        return decode_text(data)
    except UnicodeDecodeError as exc:
        raise _UserError(f"{name}: {not_utf8_message(exc)}") from None


def _read_input(name: str) -> str:
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text stream without bytes underneath (a test's StringIO)
            return sys.stdin.read()
        return _decode(buffer.read(), "<stdin>")
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise _UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise _UserError(f"{name}: is a directory, not a text file") from None
    except PermissionError:
        raise _UserError(f"{name}: permission denied") from None
    except OSError as exc:
        raise _UserError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return _decode(data, name)


def _write_rich(renderable: object) -> None:
    from rich.console import Console

    # defaults: colour only on a terminal and never with NO_COLOR; the terminal's width, else 80
    Console().print(renderable)


def _is_batch(args: argparse.Namespace) -> bool:
    return bool(args.jsonl) or args.file.endswith(".jsonl") or (args.file != "-" and os.path.isdir(args.file))


def _run_batch(args: argparse.Namespace) -> int:
    """A directory or JSON Lines in, JSON Lines out: one line a document or an error, in input order."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from timeline.batch import read_directory, read_jsonl, run_batch
    from timeline.extract import parse_reference

    reference = parse_reference(args.reference)
    if args.workers is not None and args.workers < 1:
        raise _UserError("--workers must be at least 1")
    try:
        if os.path.isdir(args.file):
            source = read_directory(args.file, reference=reference)
        else:
            source = read_jsonl(sys.stdin.buffer if args.file == "-" else args.file)
    except OSError as exc:
        raise _UserError(f"{args.file}: {exc.strerror or exc}") from None
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115 - closed below
    console = Console(stderr=True)
    try:
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=not console.is_terminal,
            transient=True,
        ) as progress:
            task = progress.add_task("extracting", total=None)
            summary = run_batch(
                source, out, workers=args.workers, progress=lambda n: progress.update(task, completed=n)
            )
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{PROG}: {summary.documents} documents, {summary.errors} errors", file=sys.stderr)
    return 1 if summary.errors else 0


def _run_extract(args: argparse.Namespace) -> int:
    from timeline.extract import Extractor, parse_reference

    if _is_batch(args):
        return _run_batch(args)
    reference = parse_reference(args.reference)  # a bad date is reported before reading stdin
    text = _read_input(args.file)
    expressions_only = args.expressions_only or args.format in ("tsv", "timeml")
    document = Extractor(events=not expressions_only).extract(
        text, reference, id=None if args.file == "-" else os.path.basename(args.file)
    )
    if args.format == "timeml":
        from timeline.timeml import write_timeml

        sys.stdout.write(write_timeml(document))
    elif args.format == "tsv":
        for e in document.expressions:
            # keep one expression a line: whitespace inside an expression becomes one space
            print(f"{e.start}\t{e.end}\t{e.type}\t{e.value}\t{' '.join(e.text.split())}")
    elif args.format == "json":
        from timeline.serialize import to_json

        sys.stdout.write(to_json(document) + "\n")
    elif args.format == "markdown":
        from timeline.render import expressions_to_markdown, to_markdown

        sys.stdout.write(expressions_to_markdown(document) if expressions_only else to_markdown(document.timeline()))
    else:
        _write_rich(document if expressions_only else document.timeline())
    return 0


# ---------------------------------------------------------------------------------------- dispatch

_Handler = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, tuple[Callable[[], argparse.ArgumentParser], _Handler]] = {
    "eval": (_eval_parser, _run_eval),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in _COMMANDS:
        make_parser, handler = _COMMANDS[arguments.pop(0)]
    else:
        make_parser, handler = _extract_parser, _run_extract
    try:
        args = make_parser().parse_args(arguments)
    except SystemExit as exit_:  # --help, or a usage error argparse has reported
        return exit_.code if isinstance(exit_.code, int) else USAGE_ERROR if exit_.code else 0
    try:
        return handler(args)
    except (TimelineError, _UserError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
