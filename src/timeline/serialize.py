"""JSON: a :class:`~timeline.model.Document` and back, schema ``timeline/1`` (see ``docs/json.md``).

:func:`to_json` / :func:`from_json` write and read one document; :func:`to_jsonl_line` /
:func:`from_jsonl_line` do the same on one line, for JSON Lines batches. Reading back what was
written gives records equal (``==``) to the originals. Malformed JSON, a document of another schema
or version, and invalid fields raise :class:`~timeline.errors.SerializationError`, which names the
offending field ("expressions[2].interval.start").

Dictionaries exist only inside this module: everything crossing its boundary is a record or a string.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable
from typing import TypeVar

from timeline.errors import SerializationError
from timeline.model import (
    Anchor,
    Document,
    Event,
    EventKind,
    Granularity,
    Interval,
    Modality,
    Span,
    Tense,
    TimeExpression,
    TimexType,
)

__all__ = ["SCHEMA", "from_json", "from_jsonl_line", "to_json", "to_jsonl_line"]

#: The name and version every document written carries in its ``"schema"`` field.
SCHEMA = "timeline/1"
_SCHEMA_NAME = SCHEMA.split("/")[0]

_Json = dict[str, object]
_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


# ---------------------------------------------------------------------------------------- writing


def _moment(moment: dt.datetime) -> str:
    return moment.isoformat()


def _span(span: Span) -> _Json:
    return {"start": span.start, "end": span.end}


def _expression(expression: TimeExpression) -> _Json:
    interval = expression.interval
    return {
        "text": expression.text,
        "start": expression.start,
        "end": expression.end,
        "type": expression.type.value,
        "value": expression.value,
        "mod": expression.mod,
        "granularity": expression.granularity.value,
        "interval": None if interval is None else {"start": _moment(interval.start), "end": _moment(interval.end)},
        "stated": list(expression.stated),
        "implied": list(expression.implied),
        "anchor": expression.anchor.value,
        "rule": expression.rule,
    }


def _event(event: Event, indexes: dict[TimeExpression, int]) -> _Json:
    index = indexes.get(event.when)
    return {
        "trigger": _span(event.trigger),
        "trigger_text": event.trigger_text,
        "text": event.text,
        "sentence": _span(event.sentence),
        # by index into "expressions"; inline only for an expression the document does not list
        "when": _expression(event.when) if index is None else index,
        "tense": event.tense.value,
        "modality": event.modality.value,
        "kind": event.kind.value,
        "source": event.source,
        "primary": event.primary,
    }


def _document(document: Document) -> _Json:
    indexes: dict[TimeExpression, int] = {}
    for number, expression in enumerate(document.expressions):
        indexes.setdefault(expression, number)
    return {
        "schema": SCHEMA,
        "id": document.id,
        "language": document.language,
        "reference": None if document.reference is None else _moment(document.reference),
        "text": document.text,
        "expressions": [_expression(e) for e in document.expressions],
        "events": [_event(e, indexes) for e in document.events],
    }


def to_json(document: Document, *, indent: int | None = 2) -> str:
    """``document`` as a JSON text of schema ``timeline/1``; non-ASCII characters are kept as they are."""
    return json.dumps(_document(document), ensure_ascii=False, indent=indent)


def to_jsonl_line(document: Document) -> str:
    """``document`` as one line of JSON (ASCII only, no line break inside or at the end)."""
    return json.dumps(_document(document), ensure_ascii=True, separators=(",", ":"))


# ---------------------------------------------------------------------------------------- reading


def json_kind(value: object) -> str:
    """How an error message names the JSON type of ``value`` ("a string", "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


class _Object:
    """A JSON object being read: typed access to its fields, errors naming their path."""

    def __init__(self, value: object, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        if not isinstance(value, dict):
            raise SerializationError(f"expected an object, got {json_kind(value)}", path)
        self.fields: _Json = value
        self.path = path
        missing = [name for name in required if name not in value]
        if missing:
            raise SerializationError(f"missing field(s): {', '.join(missing)}", path)
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise SerializationError(f"unknown field(s): {', '.join(unknown)}", path)

    def at(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def get(self, name: str, default: object = None) -> object:
        return self.fields.get(name, default)

    def string(self, name: str) -> str:
        value = self.fields.get(name)
        if not isinstance(value, str):
            raise SerializationError(f"expected a string, got {json_kind(value)}", self.at(name))
        return value

    def optional_string(self, name: str) -> str | None:
        return None if self.fields.get(name) is None else self.string(name)

    def integer(self, name: str) -> int:
        value = self.fields.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise SerializationError(f"expected an integer, got {json_kind(value)}", self.at(name))
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.fields.get(name, default)
        if not isinstance(value, bool):
            raise SerializationError(f"expected true or false, got {json_kind(value)}", self.at(name))
        return value

    def choice(self, name: str, kind: type[_E], default: _E | None = None) -> _E:
        value = self.fields.get(name)
        if value is None and default is not None:
            return default
        try:
            return kind(value)
        except (ValueError, TypeError):
            allowed = ", ".join(repr(member.value) for member in kind)
            raise SerializationError(f"expected one of {allowed}, got {value!r}", self.at(name)) from None

    def moment(self, name: str) -> dt.datetime:
        text = self.string(name)
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            raise SerializationError(f"expected an ISO 8601 date and time, got {text!r}", self.at(name)) from None

    def strings(self, name: str) -> tuple[str, ...]:
        value = self.fields.get(name, [])
        if not isinstance(value, list):
            raise SerializationError(f"expected an array of strings, got {json_kind(value)}", self.at(name))
        for number, item in enumerate(value):
            if not isinstance(item, str):
                raise SerializationError(f"expected a string, got {json_kind(item)}", f"{self.at(name)}[{number}]")
        return tuple(value)

    def array(self, name: str) -> list[object]:
        value = self.fields.get(name, [])
        if not isinstance(value, list):
            raise SerializationError(f"expected an array, got {json_kind(value)}", self.at(name))
        return value


def _build(path: str, make: Callable[[], _T]) -> _T:
    """Run a record's constructor, its own checks reported as a serialisation error at ``path``."""
    try:
        return make()
    except (ValueError, TypeError) as exc:
        raise SerializationError(str(exc), path) from None


def _read_span(value: object, path: str) -> Span:
    fields = _Object(value, path, ("start", "end"))
    start, end = fields.integer("start"), fields.integer("end")
    return _build(path, lambda: Span(start, end))


def _read_interval(value: object, path: str) -> Interval | None:
    if value is None:
        return None
    fields = _Object(value, path, ("start", "end"))
    start, end = fields.moment("start"), fields.moment("end")
    return _build(path, lambda: Interval(start, end))


_EXPRESSION_REQUIRED = ("text", "start", "end", "type", "value", "granularity", "rule")
_EXPRESSION_OPTIONAL = ("mod", "interval", "stated", "implied", "anchor")


def _read_expression(value: object, path: str) -> TimeExpression:
    fields = _Object(value, path, _EXPRESSION_REQUIRED, _EXPRESSION_OPTIONAL)
    text = fields.string("text")
    start, end = fields.integer("start"), fields.integer("end")
    type_ = fields.choice("type", TimexType)
    value_ = fields.string("value")
    granularity = fields.choice("granularity", Granularity)
    rule = fields.string("rule")
    mod = fields.optional_string("mod")
    interval = _read_interval(fields.get("interval"), fields.at("interval"))
    stated, implied = fields.strings("stated"), fields.strings("implied")
    anchor = fields.choice("anchor", Anchor, Anchor.NONE)
    return _build(
        path,
        lambda: TimeExpression(
            text=text,
            start=start,
            end=end,
            type=type_,
            value=value_,
            granularity=granularity,
            rule=rule,
            mod=mod,
            interval=interval,
            stated=stated,
            implied=implied,
            anchor=anchor,
        ),
    )


_EVENT_REQUIRED = ("trigger", "trigger_text", "text", "sentence", "when", "tense", "modality", "kind")
_EVENT_OPTIONAL = ("source", "primary")


def _read_event(value: object, path: str, expressions: tuple[TimeExpression, ...]) -> Event:
    fields = _Object(value, path, _EVENT_REQUIRED, _EVENT_OPTIONAL)
    trigger = _read_span(fields.get("trigger"), fields.at("trigger"))
    sentence = _read_span(fields.get("sentence"), fields.at("sentence"))
    when_value = fields.get("when")
    if isinstance(when_value, dict):
        when = _read_expression(when_value, fields.at("when"))
    elif not isinstance(when_value, int) or isinstance(when_value, bool):
        raise SerializationError(
            f"expected an index into expressions (or an expression object), got {json_kind(when_value)}",
            fields.at("when"),
        )
    else:
        index = when_value
        if not 0 <= index < len(expressions):
            raise SerializationError(
                f"expression index {index} is out of range (the document has {len(expressions)})", fields.at("when")
            )
        when = expressions[index]
    trigger_text, text = fields.string("trigger_text"), fields.string("text")
    tense = fields.choice("tense", Tense)
    modality = fields.choice("modality", Modality)
    kind = fields.choice("kind", EventKind)
    source = fields.optional_string("source")
    primary = fields.boolean("primary", True)
    return _build(
        path,
        lambda: Event(
            trigger=trigger,
            trigger_text=trigger_text,
            text=text,
            sentence=sentence,
            when=when,
            tense=tense,
            modality=modality,
            kind=kind,
            source=source,
            primary=primary,
        ),
    )


def _check_schema(value: object) -> None:
    if not isinstance(value, dict):
        raise SerializationError(f"expected a JSON object, got {json_kind(value)}")
    if "schema" not in value:
        raise SerializationError(f'no "schema" field: not a timeline document (expected "schema": "{SCHEMA}")')
    schema = value["schema"]
    if schema == SCHEMA:
        return
    if isinstance(schema, str) and schema.startswith(_SCHEMA_NAME + "/"):
        raise SerializationError(f"unsupported schema version {schema!r}: this version of timeline reads {SCHEMA!r}")
    raise SerializationError(f"not a timeline document: schema is {schema!r}, expected {SCHEMA!r}")


def _read_document(value: object) -> Document:
    _check_schema(value)
    fields = _Object(value, "", ("schema", "text", "language", "expressions"), ("reference", "events", "id"))
    text = fields.string("text")
    language = fields.string("language")
    reference = None if fields.get("reference") is None else fields.moment("reference")
    document_id = fields.optional_string("id")
    expressions = tuple(
        _read_expression(item, f"expressions[{number}]") for number, item in enumerate(fields.array("expressions"))
    )
    events = tuple(
        _read_event(item, f"events[{number}]", expressions) for number, item in enumerate(fields.array("events"))
    )
    return _build(
        "",
        lambda: Document(
            text=text, reference=reference, language=language, expressions=expressions, events=events, id=document_id
        ),
    )


def _parse(text: str | bytes | bytearray) -> object:
    if not isinstance(text, (str, bytes, bytearray)):
        raise SerializationError(f"expected a JSON text (str or bytes), got {type(text).__name__}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SerializationError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except UnicodeDecodeError as exc:
        raise SerializationError(
            f"cannot decode the bytes as {exc.encoding}: {exc.reason} at byte {exc.start}"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise SerializationError(f"not valid JSON: {exc}") from None


def from_json(text: str | bytes | bytearray) -> Document:
    """The document of a JSON text written by :func:`to_json` (or by hand, following ``docs/json.md``)."""
    return _read_document(_parse(text))


def from_jsonl_line(line: str | bytes | bytearray) -> Document:
    """The document of one JSON Lines line (its line break, if any, is ignored)."""
    return from_json(line)
