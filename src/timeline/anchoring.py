"""Scoring event-time anchoring against TimeML gold: which predicate does each date date?

For every gold TLINK between an EVENT and a TIMEX3 of the text (not the document creation time) whose
relation puts the event at that time (:data:`ANCHORING_RELATIONS`):

- *recall* counts the links for which one of our events, whose trigger overlaps the gold EVENT, is
  anchored to an expression overlapping the TIMEX3;
- *precision* counts our anchored events whose trigger overlaps a gold EVENT linked to the anchoring
  TIMEX3, among our events whose trigger overlaps any linked gold EVENT;
- *tense agreement* compares, on that same set of events, our tense with the gold MAKEINSTANCE tense
  (non-finite gold tenses INFINITIVE, PRESPART and PASTPART count as NONE: untensed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from timeline.model import Document, Span
from timeline.timeml import Paths, SupportsExtract, TimeMLDocument, corpus_files, read_timeml

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

__all__ = ["ANCHORING_RELATIONS", "AnchoringCounts", "AnchoringReport", "GoldAnchor", "evaluate_anchoring"]

#: TLINK relations that date an event by a time expression.
ANCHORING_RELATIONS = frozenset(
    {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "INCLUDES"}
)
_UNTENSED = {"INFINITIVE": "NONE", "PRESPART": "NONE", "PASTPART": "NONE"}


@attrs.frozen
class GoldAnchor:
    """A gold link: an event (its span and tense) dated by a time expression (its span)."""

    event: Span
    time: Span
    tense: str


@attrs.frozen
class AnchoringCounts:
    links: int = 0
    links_found: int = 0
    events_considered: int = 0
    events_correct: int = 0
    tense_agreeing: int = 0

    def __add__(self, other: AnchoringCounts) -> AnchoringCounts:
        return AnchoringCounts(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True)))

    @property
    def recall(self) -> float:
        return 100 * self.links_found / self.links if self.links else 0.0

    @property
    def precision(self) -> float:
        return 100 * self.events_correct / self.events_considered if self.events_considered else 0.0

    @property
    def tense_agreement(self) -> float:
        return 100 * self.tense_agreeing / self.events_considered if self.events_considered else 0.0


@attrs.frozen
class AnchoringReport:
    groups: tuple[tuple[str, AnchoringCounts], ...]

    @property
    def overall(self) -> AnchoringCounts:
        total = AnchoringCounts()
        for _, counts in self.groups:
            total = total + counts
        return total

    def _rows(self) -> list[tuple[str, AnchoringCounts]]:
        """One row a group, and an overall row when there is more than one group."""
        if len(self.groups) > 1:
            return [*self.groups, ("overall", self.overall)]
        return [("overall", self.overall)]

    def table(self) -> str:
        lines = [
            f"{'set':<24} {'links':>5} {'found':>5} {'recall':>7} {'events':>6} {'right':>5} {'prec':>7} {'tense':>7}"
        ]
        for name, c in self._rows():
            lines.append(
                f"{name:<24} {c.links:>5} {c.links_found:>5} {c.recall:>7.2f} {c.events_considered:>6} "
                f"{c.events_correct:>5} {c.precision:>7.2f} {c.tense_agreement:>7.2f}"
            )
        return "\n".join(lines)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.table import Table

        table = Table(title="Event anchoring")
        for column in ("set", "links", "found", "recall", "events", "right", "precision", "tense"):
            table.add_column(column, justify="left" if column == "set" else "right")
        for name, c in self._rows():
            table.add_row(
                name,
                str(c.links),
                str(c.links_found),
                f"{c.recall:.2f}",
                str(c.events_considered),
                str(c.events_correct),
                f"{c.precision:.2f}",
                f"{c.tense_agreement:.2f}",
            )
        yield table


def gold_anchors(document: TimeMLDocument) -> tuple[GoldAnchor, ...]:
    """The anchoring links of a gold document (event-time TLINKs with a dating relation)."""
    timexes = {t.tid: t for t in document.timexes}
    events = {e.eid: e for e in document.events}
    instances = {i.eiid: i for i in document.instances}
    anchors = []
    for link in document.tlinks:
        if link.rel_type not in ANCHORING_RELATIONS:
            continue
        if link.event_instance_id and link.related_to_time:
            instance_id, time_id = link.event_instance_id, link.related_to_time
        elif link.time_id and link.related_to_event_instance:
            instance_id, time_id = link.related_to_event_instance, link.time_id
        else:
            continue
        instance = instances.get(instance_id)
        timex = timexes.get(time_id)
        if instance is None or timex is None or instance.event_id not in events:
            continue
        event = events[instance.event_id]
        tense = _UNTENSED.get(instance.tense or "NONE", instance.tense or "NONE")
        anchors.append(GoldAnchor(Span(event.start, event.end), Span(timex.start, timex.end), tense))
    return tuple(anchors)


def score_document(document: Document, gold: Sequence[GoldAnchor]) -> AnchoringCounts:
    """Anchoring counts of one document's events against its gold links."""
    events = document.events
    found = sum(any(e.trigger.overlaps(g.event) and e.when.span.overlaps(g.time) for e in events) for g in gold)
    considered = correct = agreeing = 0
    for event in events:
        linked = [g for g in gold if event.trigger.overlaps(g.event)]
        if not linked:
            continue
        considered += 1
        correct += any(event.when.span.overlaps(g.time) for g in linked)
        agreeing += any(event.tense.value == g.tense for g in linked)
    return AnchoringCounts(len(gold), found, considered, correct, agreeing)


def evaluate_anchoring(paths: Paths, *, extractor: SupportsExtract | None = None) -> AnchoringReport:
    """Run the extractor (with events) on each gold file's text and score its event anchoring."""
    if extractor is None:
        from timeline.extract import Extractor

        extractor = Extractor(events=True)
    groups: dict[str, AnchoringCounts] = {}
    for corpus_file in corpus_files(paths):
        gold = read_timeml(corpus_file.path)
        document = extractor.extract(gold.text, gold.dct, id=gold.id)
        counts = score_document(document, gold_anchors(gold))
        groups[corpus_file.group] = groups.get(corpus_file.group, AnchoringCounts()) + counts
    return AnchoringReport(tuple(sorted(groups.items())))
