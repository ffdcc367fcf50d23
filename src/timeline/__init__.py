"""timeline: find the dates in news text, resolve them, attach them to events, and order the story.

>>> import timeline
>>> doc = timeline.extract("Blinken will meet Lavrov on Friday.", reference="2022-01-19")
>>> doc.expressions[0].value
'2022-01-21'
"""

from __future__ import annotations

from timeline import errors, evaluation, render, serialize, timeml
from timeline.batch import extract_many
from timeline.extract import Extractor, extract, parse_reference
from timeline.language import available_languages
from timeline.model import (
    Anchor,
    Document,
    ErrorRecord,
    Event,
    EventKind,
    Granularity,
    Interval,
    Modality,
    Source,
    Span,
    Tense,
    TimeExpression,
    TimexType,
)
from timeline.resolve import AnchorPolicy
from timeline.serialize import from_json, to_json
from timeline.timeline import Entry, Timeline

__all__ = [
    "Anchor",
    "AnchorPolicy",
    "Document",
    "Entry",
    "ErrorRecord",
    "Event",
    "EventKind",
    "Extractor",
    "Granularity",
    "Interval",
    "Modality",
    "Source",
    "Span",
    "Tense",
    "TimeExpression",
    "Timeline",
    "TimexType",
    "available_languages",
    "errors",
    "evaluation",
    "extract",
    "extract_many",
    "from_json",
    "parse_reference",
    "render",
    "serialize",
    "timeml",
    "to_json",
]

__version__ = "0.1.0"
