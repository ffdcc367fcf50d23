"""Shared fixtures: the TBAQ corpus and the reference TempEval-3 scorer, both in ``../shared``."""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path
from types import ModuleType

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
TBAQ = SHARED / "data" / "tbaq"
TE3_SCORE = SHARED / "tools" / "te3_score.py"


SEED = PROJECT_ROOT / "seeds" / "000_de57944280c0c041.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (WSJ, published Wednesday 19 January 2022); part of the project."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tbaq_dir() -> Path:
    """The TBAQ-cleaned corpus (``TimeBank/`` and ``AQUAINT/``)."""
    if not TBAQ.is_dir():
        pytest.skip(f"TBAQ corpus not available at {TBAQ}")
    return TBAQ


@pytest.fixture(scope="session")
def te3_score_path() -> Path:
    """The reference scorer script."""
    if not TE3_SCORE.is_file():
        pytest.skip(f"reference scorer not available at {TE3_SCORE}")
    return TE3_SCORE


@pytest.fixture(scope="session")
def te3_score(te3_score_path: Path) -> ModuleType:
    """The reference scorer, imported as a module."""
    spec = importlib.util.spec_from_file_location("te3_score", te3_score_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # its dataclasses look their module up in sys.modules while being created
    sys.modules.setdefault("te3_score", module)
    with warnings.catch_warnings():  # its docstring has a "\w" that is not a raw string
        warnings.simplefilter("ignore", DeprecationWarning)
        spec.loader.exec_module(module)
    return module
