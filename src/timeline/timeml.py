"""TimeML 1.2.1: read annotated documents (the TBAQ corpus) and write the pipeline's output.

The reader computes the plain text of ``<TEXT>`` exactly as the TempEval-3 scorer does: every tag
removed, HTML entities unescaped, the file read with universal newlines. Offsets of TIMEX3 and EVENT
elements index that plain text, so ``document.text[t.start:t.end] == t.text``.

The writer (:func:`write_timeml`) is independent of the reader; reading its output back gives the
same plain text and the same spans, types and values.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import attrs

from timeline.errors import ReferenceDateError, TimeMLError
from timeline.extract import parse_reference

if TYPE_CHECKING:
    from timeline.model import Document, TimeExpression

__all__ = [
    "CorpusFile",
    "EventInstance",
    "GoldEvent",
    "GoldTimex",
    "Paths",
    "SupportsExtract",
    "TemporalLink",
    "TimeMLDocument",
    "corpus_files",
    "inline_expressions",
    "parse_timeml",
    "read_corpus",
    "read_timeml",
    "write_corpus",
    "write_document",
    "write_timeml",
]

# The same tag, attribute and section patterns as the TempEval-3 scorer.
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR = re.compile(r'([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DOCID = re.compile(r"<DOCID>(.*?)</DOCID>", re.S)
_DCT = re.compile(r"<DCT>(.*?)</DCT>", re.S)
_VALUE = re.compile(r'value="([^"]*)"')

#: One path or several: TimeML files, or folders searched for ``*.tml``.
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


@attrs.frozen
class GoldTimex:
    """A ``<TIMEX3>`` of ``<TEXT>``; ``start``/``end`` index the document's plain text."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor_time_id: str | None = None
    function_in_document: str | None = None


@attrs.frozen
class GoldEvent:
    """An ``<EVENT>`` of ``<TEXT>``; ``start``/``end`` index the document's plain text."""

    eid: str
    start: int
    end: int
    text: str
    class_: str


@attrs.frozen
class EventInstance:
    """A ``<MAKEINSTANCE>``: the grammatical attributes of one instance of an event."""

    eiid: str
    event_id: str
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    modality: str | None = None
    pos: str | None = None


@attrs.frozen
class TemporalLink:
    """A ``<TLINK>``: ``rel_type`` relates a source (event instance or time) to a target."""

    lid: str
    rel_type: str
    event_instance_id: str | None = None
    time_id: str | None = None
    related_to_event_instance: str | None = None
    related_to_time: str | None = None
    signal_id: str | None = None

    @property
    def source(self) -> str | None:
        """The id of the linked event instance or time."""
        return self.event_instance_id or self.time_id

    @property
    def target(self) -> str | None:
        """The id of the event instance or time it is related to."""
        return self.related_to_event_instance or self.related_to_time


@attrs.frozen
class TimeMLDocument:
    """A parsed TimeML file.

    ``dct`` is the document creation time (``None`` when absent or unreadable); ``dct_value`` keeps
    the raw TIMEX3 value. ``timexes`` are sorted by (start, end), as the scorer sorts them.
    """

    id: str
    path: str
    dct: dt.datetime | None
    dct_value: str
    text: str
    timexes: tuple[GoldTimex, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    instances: tuple[EventInstance, ...] = ()
    tlinks: tuple[TemporalLink, ...] = ()


@attrs.frozen
class CorpusFile:
    """A TimeML file of a corpus, with its path relative to the directory it was found under.

    ``group`` is the sub-folder it belongs to (the directory part of ``relative``), or the name of
    the folder given when the file lies directly in it.
    """

    path: Path
    relative: str
    group: str


class SupportsExtract(Protocol):
    """What :func:`write_corpus` and the evaluation need of an extractor (:class:`timeline.Extractor`)."""

    def extract(self, text: str, reference: dt.datetime | None, *, id: str | None = None) -> Document: ...


# ---------------------------------------------------------------------------------------- reading


@attrs.frozen
class _Element:
    name: str
    attributes: Mapping[str, str]
    start: int
    end: int


def _attributes(source: str) -> dict[str, str]:
    return {key: html.unescape(value) for key, value in _ATTR.findall(source)}


def _strip_tags(fragment: str, source: str) -> tuple[str, list[_Element]]:
    """The plain text of ``fragment`` and its elements (in closing order), offsets into that text."""
    pieces: list[str] = []
    length = 0
    position = 0
    open_elements: list[tuple[str, dict[str, str], int]] = []
    elements: list[_Element] = []
    for match in _TAG.finditer(fragment):
        chunk = html.unescape(fragment[position : match.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attributes, self_closing = match.groups()
        if closing:
            for index in range(len(open_elements) - 1, -1, -1):
                if open_elements[index][0] == name:
                    _, opened, start = open_elements.pop(index)
                    elements.append(_Element(name, opened, start, length))
                    break
            else:
                raise TimeMLError(source, f"</{name}> in <TEXT> closes no open element")
        elif self_closing:
            elements.append(_Element(name, _attributes(attributes), length, length))
        else:
            open_elements.append((name, _attributes(attributes), length))
    if open_elements:
        names = ", ".join(f"<{name}>" for name, _, _ in open_elements)
        raise TimeMLError(source, f"unclosed element(s) in <TEXT>: {names}")
    pieces.append(html.unescape(fragment[position:]))
    return "".join(pieces), elements


def _parse_dct(value: str) -> dt.datetime | None:
    try:
        return parse_reference(value) if value else None
    except ReferenceDateError:
        return None


def _tags(markup: str, name: str) -> Iterator[dict[str, str]]:
    for match in _TAG.finditer(markup):
        if not match.group(1) and match.group(2) == name:
            yield _attributes(match.group(3))


def parse_timeml(markup: str, *, source: str = "<string>") -> TimeMLDocument:
    """Parse TimeML markup; ``source`` names it in errors and becomes the document's ``path``."""
    text_match = _TEXT.search(markup)
    if text_match is None:
        raise TimeMLError(source, "no <TEXT> element")
    text, elements = _strip_tags(text_match.group(1), source)

    docid_match = _DOCID.search(markup)
    doc_id = html.unescape(docid_match.group(1).strip()) if docid_match else ""
    if not doc_id:
        doc_id = os.path.basename(source).split(".tml")[0]
    dct_match = _DCT.search(markup)
    value_match = _VALUE.search(dct_match.group(1)) if dct_match else None
    dct_value = value_match.group(1) if value_match else ""

    timexes = sorted(
        (
            GoldTimex(
                tid=e.attributes.get("tid", ""),
                start=e.start,
                end=e.end,
                text=text[e.start : e.end],
                type=e.attributes.get("type", ""),
                value=e.attributes.get("value", ""),
                mod=e.attributes.get("mod"),
                anchor_time_id=e.attributes.get("anchorTimeID"),
                function_in_document=e.attributes.get("functionInDocument"),
            )
            for e in elements
            if e.name == "TIMEX3"
        ),
        key=lambda t: (t.start, t.end),
    )
    events = sorted(
        (
            GoldEvent(e.attributes.get("eid", ""), e.start, e.end, text[e.start : e.end], e.attributes.get("class", ""))
            for e in elements
            if e.name == "EVENT"
        ),
        key=lambda e: (e.start, e.end),
    )
    outside = markup[: text_match.start()] + markup[text_match.end() :]
    instances = tuple(
        EventInstance(
            eiid=a.get("eiid", ""),
            event_id=a.get("eventID", ""),
            tense=a.get("tense"),
            aspect=a.get("aspect"),
            polarity=a.get("polarity"),
            modality=a.get("modality"),
            pos=a.get("pos"),
        )
        for a in _tags(outside, "MAKEINSTANCE")
    )
    tlinks = tuple(
        TemporalLink(
            lid=a.get("lid", ""),
            rel_type=a.get("relType", ""),
            event_instance_id=a.get("eventInstanceID"),
            time_id=a.get("timeID"),
            related_to_event_instance=a.get("relatedToEventInstance"),
            related_to_time=a.get("relatedToTime"),
            signal_id=a.get("signalID"),
        )
        for a in _tags(outside, "TLINK")
    )
    return TimeMLDocument(
        id=doc_id,
        path=source,
        dct=_parse_dct(dct_value),
        dct_value=dct_value,
        text=text,
        timexes=tuple(timexes),
        events=tuple(events),
        instances=instances,
        tlinks=tlinks,
    )


def read_timeml(path: str | os.PathLike[str]) -> TimeMLDocument:
    """Read a TimeML file; :class:`TimeMLError` (naming the file) when it cannot be read or parsed."""
    source = os.fspath(path)
    try:
        # universal newlines, like the scorer: "\r\n" and "\r" read as "\n"
        with open(source, encoding="utf-8") as handle:
            markup = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise TimeMLError(source, f"cannot read: {exc}") from exc
    return parse_timeml(markup, source=source)


def corpus_files(paths: Paths) -> list[CorpusFile]:
    """The TimeML files named by ``paths``: files as given, directories searched for ``*.tml``.

    Files of a directory are sorted by their path relative to it. :class:`TimeMLError` when a path
    does not exist.
    """
    found: list[CorpusFile] = []
    for given in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        root = Path(given)
        if root.is_dir():
            name = root.resolve().name or "."
            under: list[CorpusFile] = []
            for folder, _, names in os.walk(root):
                for file_name in names:
                    if file_name.endswith(".tml"):
                        path = Path(folder, file_name)
                        relative = os.path.relpath(path, root)
                        under.append(CorpusFile(path, relative, os.path.dirname(relative) or name))
            found.extend(sorted(under, key=lambda f: f.relative))
        elif root.is_file():
            found.append(CorpusFile(root, root.name, root.resolve().parent.name or "."))
        else:
            raise TimeMLError(os.fspath(given), "no such file or directory")
    return found


def read_corpus(paths: Paths) -> Iterator[tuple[str, TimeMLDocument]]:
    """``(relative path, document)`` for every TimeML file of ``paths`` (see :func:`corpus_files`).

    Missing paths are reported at once; files are read lazily.
    """
    files = corpus_files(paths)
    return ((f.relative, read_timeml(f.path)) for f in files)


# ---------------------------------------------------------------------------------------- writing

_TIMEML_OPEN = (
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">'
)


def _escape_text(text: str) -> str:
    # "\r" as a character reference: parsers (and Python's universal newlines) would read a raw one
    # as "\n"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attribute(value: str) -> str:
    return _escape_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def inline_expressions(document: Document) -> tuple[TimeExpression, ...]:
    """The expressions :func:`write_timeml` writes inline, in text order.

    Sorted by (start, end); an expression that overlaps one kept before it, or that lies outside
    the text, is left out (inline XML cannot nest them).
    """
    kept: list[TimeExpression] = []
    cursor = 0
    for expression in sorted(document.expressions, key=lambda e: (e.start, e.end)):
        if expression.start < cursor or expression.end > len(document.text):
            continue
        kept.append(expression)
        cursor = expression.end
    return tuple(kept)


def _dct_value(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0, 0):
        return moment.date().isoformat()
    return moment.replace(microsecond=0, tzinfo=None).isoformat()


def write_timeml(document: Document, *, doc_id: str | None = None) -> str:
    """The document as TimeML 1.2.1, its expressions as inline TIMEX3 elements (``t1``, ``t2``, ...).

    ``doc_id`` (or else ``document.id``) fills ``<DOCID>``; the reference date, when there is one,
    becomes the DCT.
    """
    lines = ['<?xml version="1.0" ?>', _TIMEML_OPEN, ""]
    lines.append(f"<DOCID>{_escape_text(doc_id or document.id or '')}</DOCID>")
    lines.append("")
    if document.reference is not None:
        value = _dct_value(document.reference)
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>'
        )
        lines.append("")
    body: list[str] = []
    position = 0
    text = document.text
    for number, expression in enumerate(inline_expressions(document), start=1):
        body.append(_escape_text(text[position : expression.start]))
        attributes = (
            f'tid="t{number}" type="{_escape_attribute(str(expression.type))}" '
            f'value="{_escape_attribute(expression.value)}"'
        )
        if expression.mod:
            attributes += f' mod="{_escape_attribute(expression.mod)}"'
        body.append(f"<TIMEX3 {attributes}>{_escape_text(text[expression.start : expression.end])}</TIMEX3>")
        position = expression.end
    body.append(_escape_text(text[position:]))
    lines.append(f"<TEXT>{''.join(body)}</TEXT>")
    lines.append("")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def write_corpus(
    gold_paths: Paths,
    out_dir: str | os.PathLike[str],
    extractor: SupportsExtract | None = None,
) -> list[Path]:
    """Run ``extractor`` on every gold file's plain text (its DCT as reference) and write the result.

    Each system file goes to the gold file's relative path under ``out_dir``; returns the paths
    written. The default extractor finds expressions only (``Extractor(events=False)``).
    """
    if extractor is None:
        from timeline.extract import Extractor

        extractor = Extractor(events=False)
    written: list[Path] = []
    for relative, gold in read_corpus(gold_paths):
        document = extractor.extract(gold.text, gold.dct, id=gold.id)
        written.append(write_document(document, Path(out_dir, relative)))
    return written


def write_document(document: Document, path: str | os.PathLike[str]) -> Path:
    """Write ``document`` as TimeML to ``path`` (creating its folder); returns the path."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # newline="" keeps the text's own line ends
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(write_timeml(document))
    except OSError as exc:
        raise TimeMLError(os.fspath(target), f"cannot write: {exc}") from exc
    return target
