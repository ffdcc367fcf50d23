"""Events: attach each date to the predicate it dates (in progress)."""

from __future__ import annotations

from timeline.language import Language
from timeline.model import Event, TimeExpression


def find_events(text: str, expressions: tuple[TimeExpression, ...], language: Language) -> tuple[Event, ...]:
    return ()
