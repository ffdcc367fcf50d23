"""Draw the seed article's timeline (as ``examples/demo.py`` prints it) into ``docs/demo.svg``.

Run it from anywhere: ``python docs/make_demo_image.py``. Re-run it whenever the pipeline's output
changes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from rich.console import Console

import timeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_de57944280c0c041.txt"
OUTPUT = ROOT / "docs" / "demo.svg"
PUBLISHED = "2022-01-19"


def main() -> int:
    document = timeline.extract(SEED.read_text(encoding="utf-8"), PUBLISHED)
    # record only: the SVG is the output, the terminal stays quiet
    console = Console(record=True, width=100, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    console.print(document.timeline())
    console.save_svg(str(OUTPUT), title="timeline: WSJ, 19 January 2022")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
