"""Print the timeline of the seed article (WSJ, published Wednesday 19 January 2022).

Run it from anywhere: ``python examples/demo.py`` (the seed is found next to this script's project),
optionally with a width: ``python examples/demo.py 100``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

import timeline

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_de57944280c0c041.txt"
PUBLISHED = "2022-01-19"


def main(argv: list[str]) -> int:
    document = timeline.extract(SEED.read_text(encoding="utf-8"), PUBLISHED)
    width = int(argv[0]) if argv else None
    console = Console(width=width)
    console.print(document.timeline())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
