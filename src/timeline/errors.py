"""Typed errors: every failure the library reports derives from :class:`TimelineError`."""

from __future__ import annotations

__all__ = [
    "InputTypeError",
    "PeriodError",
    "ReferenceDateError",
    "SerializationError",
    "TimeMLError",
    "TimelineError",
    "UnsupportedLanguageError",
]

ACCEPTED_REFERENCE_FORMS = (
    "a datetime.date, a datetime.datetime, or an ISO 8601 string such as "
    "'2022-01-19', '2022-01-19T08:30' or '2022-01-19 08:30:00'"
)


class TimelineError(Exception):
    """Base class of every error raised by ``timeline``."""


class InputTypeError(TimelineError, TypeError):
    """The text given to the library is not a ``str``."""

    def __init__(self, value: object) -> None:
        kind = type(value).__name__
        hint = (
            " Decode it first, e.g. data.decode('utf-8')." if isinstance(value, (bytes, bytearray, memoryview)) else ""
        )
        super().__init__(f"text must be a str, got {kind}.{hint}")
        self.value_type = kind


class ReferenceDateError(TimelineError, ValueError):
    """The reference (publication) date cannot be read."""

    def __init__(self, value: object, reason: str = "") -> None:
        detail = f" ({reason})" if reason else ""
        super().__init__(f"cannot read reference date {value!r}{detail}; accepted forms: {ACCEPTED_REFERENCE_FORMS}")
        self.value = value


class UnsupportedLanguageError(TimelineError, ValueError):
    """No rule set exists for the requested language."""

    def __init__(self, language: object, available: tuple[str, ...]) -> None:
        super().__init__(f"language {language!r} is not supported; available: {', '.join(available) or 'none'}")
        self.language = language
        self.available = available


class TimeMLError(TimelineError, ValueError):
    """A TimeML document cannot be read."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SerializationError(TimelineError, ValueError):
    """A JSON document cannot be read: malformed, of another schema version, or with invalid fields.

    ``path`` locates the offending value ("expressions[2].start"), empty for the document as a whole.
    """

    def __init__(self, reason: str, path: str = "") -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"invalid timeline JSON{where}: {reason}")
        self.reason = reason
        self.path = path


class PeriodError(TimelineError, ValueError):
    """A period bound given to a timeline filter cannot be read, or the period ends before it starts."""
