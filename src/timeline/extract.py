"""The pipeline: recognise -> resolve -> attach to events, behind :class:`Extractor` and :func:`extract`."""

from __future__ import annotations

import datetime as dt
import re

from timeline import events as event_stage
from timeline.context import Sentences
from timeline.errors import InputTypeError, ReferenceDateError
from timeline.language import Language, get_language
from timeline.model import Document, Event
from timeline.recognize import Recognizer
from timeline.resolve import AnchorPolicy, Resolver

__all__ = ["Extractor", "Reference", "extract", "parse_reference"]

Reference = dt.date | dt.datetime | str | None

_ISO = re.compile(
    r"^\s*(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)


def parse_reference(reference: Reference) -> dt.datetime | None:
    """The reference date as a naive datetime; :class:`ReferenceDateError` when it cannot be read."""
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.replace(tzinfo=None)
    if isinstance(reference, dt.date):
        return dt.datetime(reference.year, reference.month, reference.day)
    if isinstance(reference, str):
        match = _ISO.match(reference)
        if match is None:
            raise ReferenceDateError(reference, "not an ISO 8601 date")
        try:
            return dt.datetime(
                int(match.group("year")),
                int(match.group("month")),
                int(match.group("day")),
                int(match.group("hour") or 0),
                int(match.group("minute") or 0),
                int(match.group("second") or 0),
            )
        except ValueError as exc:
            raise ReferenceDateError(reference, str(exc)) from exc
    raise ReferenceDateError(reference, f"a {type(reference).__name__} is not a date")


class Extractor:
    """A configured pipeline: language, anchor policy, and whether to find events.

    Build one and reuse it: compiling a language's rules happens once, here.
    """

    def __init__(
        self,
        language: str | Language = "en",
        *,
        policy: AnchorPolicy | str = AnchorPolicy.NEWS,
        events: bool = True,
    ) -> None:
        self.language = language if isinstance(language, Language) else get_language(language)
        self.policy = AnchorPolicy(policy)
        self.find_events = events
        self._recognizer = Recognizer(self.language)
        self._resolver = Resolver(self.language, self.policy)

    def extract(self, text: str, reference: Reference = None, *, id: str | None = None) -> Document:
        """Find, resolve and attach every temporal expression of ``text``.

        ``reference`` is the publication date (a ``date``, ``datetime`` or ISO string). Without it,
        relative expressions are still found and keep an underspecified value ("XXXX-WXX-5").
        """
        if not isinstance(text, str):
            raise InputTypeError(text)
        anchor = parse_reference(reference)
        sentences = Sentences(text, self.language.cues)  # split lazily, shared by the stages
        mentions = self._recognizer.find(text)
        expressions = self._resolver.resolve(text, mentions, anchor, sentences)
        events: tuple[Event, ...] = ()
        if self.find_events:
            events = event_stage.find_events(text, expressions, self.language, sentences)
        return Document(
            text=text, reference=anchor, language=self.language.code, expressions=expressions, events=events, id=id
        )


_DEFAULT: dict[str, Extractor] = {}


def extract(text: str, reference: Reference = None, *, language: str = "en") -> Document:
    """Extract the temporal expressions (and the events they date) of ``text``.

    >>> doc = extract("Blinken will meet Lavrov on Friday.", "2022-01-19")
    >>> [(e.text, e.value) for e in doc.expressions]
    [('Friday', '2022-01-21')]
    """
    if not isinstance(language, str):
        get_language(language)  # raises UnsupportedLanguageError
    extractor = _DEFAULT.get(language)
    if extractor is None:
        extractor = _DEFAULT[language] = Extractor(language)
    return extractor.extract(text, reference)
