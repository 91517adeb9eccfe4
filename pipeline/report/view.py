"""What a reviewer reads, assembled once from a determination and its packet's pages.

The report renders it as HTML, and it is saved beside the report (``report.json``) for
the review app, which shows the same summary and quotes beside its forms without
reading the packet again. Order is the reviewer's: what fails first (not met, then
insufficient, then met), and inside a group the policy's order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pipeline.models import (
    CriterionResult,
    Determination,
    DeterminationValue,
    Document,
    Evidence,
    Packet,
    Page,
    Status,
)
from pipeline.report.quotes import clip, locates, merge, passage_for, pieces
from pipeline.report.rules import WarningTopic, report_rules, warning_rule
from pipeline.wording import (
    criterion_name,
    determination_label,
    determination_tone,
    document_type_label,
    headline,
    status_label,
)

LOW_OCR_CONFIDENCE = 60
"""Below this mean word confidence a reviewer should read the page picture itself."""
STATUS_ORDER = (Status.not_met, Status.insufficient, Status.met)
"""Failures first: they are what a reviewer must act on."""
REASON_MAX_CHARS = 220


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class QuotePiece(_View):
    text: str
    cited: bool = False


class Quote(_View):
    """A sentence or table row holding one or more cited spans, and where it is."""

    pieces: tuple[QuotePiece, ...]
    header: str = ""
    cited: tuple[str, ...]
    """The cited spans' own text (what a labelled record's evidence lists)."""
    document: str
    date: dt.date | None = None
    page: int
    marks: tuple[int, ...] = ()
    """The numbers of its highlights on the page picture."""
    ocr_confidence: float | None = None
    in_context: bool = True
    """False when the page text could not be matched: the cited text alone is shown."""

    @property
    def low_confidence(self) -> bool:
        return self.ocr_confidence is not None and self.ocr_confidence < LOW_OCR_CONFIDENCE


class CriterionView(_View):
    id: str
    name: str
    description: str = ""
    section: str = ""
    status: Status
    status_label: str
    explanation: str
    reason: str
    """The explanation's first sentence: the one-line reason in the summary."""
    request_documentation: str | None = None
    quotes: tuple[Quote, ...] = ()


class StatusGroup(_View):
    status: Status
    label: str
    criteria: tuple[CriterionView, ...]


class WarningView(_View):
    text: str
    rule_id: str = ""
    topic: WarningTopic | None = None


class Mark(_View):
    """One numbered quote on a page picture: the boxes of its cited spans, and the
    criteria that cite it."""

    number: int
    page: int
    boxes: tuple[tuple[float, float, float, float], ...]
    criteria: tuple[tuple[str, str, Status], ...]
    """(criterion id, short name, status) of every criterion citing these spans."""

    @property
    def status(self) -> Status:
        """The most pressing status among the criteria citing it (its outline colour)."""
        return min((c[2] for c in self.criteria), key=STATUS_ORDER.index)

    @property
    def top(self) -> float:
        return min(box[1] for box in self.boxes)


class ReportView(_View):
    packet_id: str
    packet_sha256: str
    determination: DeterminationValue
    determination_label: str
    headline: str
    tone: str
    failing: tuple[CriterionView, ...]
    """Not-met then insufficient criteria, for the summary at the top."""
    groups: tuple[StatusGroup, ...]
    top_warnings: tuple[WarningView, ...]
    other_warnings: tuple[WarningView, ...]
    marks: tuple[Mark, ...]
    versions: dict[str, str]
    packet_source: str | None = None
    """The packet file or folder the report was made from (the review app exports it
    beside its labels)."""


def document_for(documents: Iterable[Document], page: int) -> Document | None:
    for document in documents:
        if document.first_page <= page <= document.last_page:
            return document
    return None


def document_label(document: Document | None, fallback: str) -> str:
    """A document's title; its type in words when it has none (never an empty name)."""
    if document is None:
        return fallback
    return document.title.strip() or document_type_label(document.type) or fallback


def first_sentence(text: str) -> str:
    """The explanation's first sentence, for a one-line reason."""
    match = re.match(r"(.+?[.!?])(\s+[A-Z(]|$)", text.strip(), flags=re.DOTALL)
    sentence = match.group(1) if match else text.strip()
    if len(sentence) > REASON_MAX_CHARS:
        sentence = sentence[:REASON_MAX_CHARS].rsplit(" ", 1)[0] + "…"
    return sentence


BoxKey = tuple[int, tuple[tuple[float, ...], ...]]


def _box_key(evidence: Iterable[Evidence]) -> BoxKey:
    items = list(evidence)
    boxes = sorted({tuple(round(v, 1) for v in e.bbox) for e in items})
    return (items[0].page, tuple(boxes))


def build_quotes(
    criterion: CriterionResult, pages: dict[int, Page], documents: tuple[Document, ...]
) -> list[tuple[Quote, BoxKey]]:
    """The criterion's evidence as quotes in context, each with the boxes it covers."""
    rules = report_rules().context
    texts = {number: page.text for number, page in pages.items()}
    passages, alone = [], []
    for evidence in criterion.evidence:
        page = pages.get(evidence.page)
        if page is not None and locates(page, evidence):
            passages.append(passage_for(page, evidence, rules))
        else:
            alone.append(evidence)
    quotes = []
    for passage in merge(passages, texts, rules.max_chars):
        clip(passage, texts[passage.page], rules.max_chars)
        runs = pieces(passage, texts[passage.page])
        quote = _quote(
            passage.evidence,
            tuple(QuotePiece(text=run.text, cited=run.cited) for run in runs),
            passage.header,
            documents,
            in_context=True,
        )
        quotes.append((quote, _box_key(passage.evidence)))
    for evidence in alone:
        piece = QuotePiece(text=" ".join(evidence.text.split()), cited=True)
        quote = _quote([evidence], (piece,), "", documents, in_context=False)
        quotes.append((quote, _box_key([evidence])))
    return quotes


def _quote(
    evidence: list[Evidence],
    quote_pieces: tuple[QuotePiece, ...],
    header: str,
    documents: tuple[Document, ...],
    *,
    in_context: bool,
) -> Quote:
    first = evidence[0]
    document = document_for(documents, first.page)
    confidences = [e.ocr_confidence for e in evidence if e.ocr_confidence is not None]
    return Quote(
        pieces=quote_pieces,
        header=" ".join(header.split()),
        cited=tuple(dict.fromkeys(e.text for e in evidence)),
        document=document_label(document, first.document),
        date=document.date if document else None,
        page=first.page,
        ocr_confidence=min(confidences) if confidences else None,
        in_context=in_context,
    )


def number_marks(
    quoted: dict[str, list[tuple[Quote, BoxKey]]], criteria: dict[str, CriterionResult]
) -> tuple[tuple[Mark, ...], dict[BoxKey, int]]:
    """One number per quoted stretch of a page, in page order (top to bottom); a stretch
    several criteria cite is one number listing them all."""
    citing: dict[BoxKey, list[tuple[str, str, Status]]] = {}
    for criterion_id, quotes in quoted.items():
        status = criteria[criterion_id].status
        for _, key in quotes:
            entry = (criterion_id, criterion_name(criterion_id), status)
            if entry not in citing.setdefault(key, []):
                citing[key].append(entry)
    ordered = sorted(citing, key=lambda k: (k[0], min(b[1] for b in k[1]), min(b[0] for b in k[1])))
    marks = tuple(
        Mark(number=n, page=key[0], boxes=key[1], criteria=tuple(citing[key]))  # type: ignore[arg-type]
        for n, key in enumerate(ordered, start=1)
    )
    return marks, {key: n for n, key in enumerate(ordered, start=1)}


def build_view(
    determination: Determination, packet: Packet | None, packet_path: Path | None = None
) -> ReportView:
    """Everything the report shows except the page pictures and the timeline."""
    pages = {page.number: page for page in packet.pages} if packet is not None else {}
    by_id = {c.id: c for c in determination.criteria}
    quoted = {c.id: build_quotes(c, pages, determination.documents) for c in determination.criteria}
    marks, numbers = number_marks(quoted, by_id)
    views = [
        CriterionView(
            id=c.id,
            name=criterion_name(c.id),
            description=c.description,
            section=c.policy_section,
            status=c.status,
            status_label=status_label(c.status),
            explanation=c.explanation,
            reason=first_sentence(c.explanation),
            request_documentation=c.request_documentation,
            quotes=tuple(
                sorted(
                    (q.model_copy(update={"marks": (numbers[key],)}) for q, key in quoted[c.id]),
                    key=lambda q: (q.page, q.marks),
                )
            ),
        )
        for c in determination.criteria
    ]
    groups = tuple(
        StatusGroup(
            status=status,
            label=status_label(status),
            criteria=tuple(v for v in views if v.status is status),
        )
        for status in STATUS_ORDER
        if any(v.status is status for v in views)
    )
    failing = tuple(v for status in STATUS_ORDER[:2] for v in views if v.status is status)
    behind = [
        v.name
        for v in views
        if v.status
        is (
            Status.not_met
            if determination.determination is DeterminationValue.does_not_meet_criteria
            else Status.insufficient
        )
    ]
    top, other = [], []
    for warning in determination.warnings:
        rule = warning_rule(warning)
        if rule is None:
            other.append(WarningView(text=warning))
        else:
            top.append(WarningView(text=warning, rule_id=rule.id, topic=rule.topic))
    return ReportView(
        packet_id=determination.packet_id,
        packet_sha256=determination.packet_sha256,
        determination=determination.determination,
        determination_label=determination_label(determination.determination),
        headline=headline(determination.determination, behind),
        tone=determination_tone(determination.determination),
        failing=failing,
        groups=groups,
        top_warnings=tuple(top),
        other_warnings=tuple(other),
        marks=marks,
        versions=dict(determination.versions),
        packet_source=str(Path(packet_path).resolve()) if packet_path is not None else None,
    )
