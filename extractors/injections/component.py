"""The injections component: records from ``events``, values from ``values`` and
``relief``, one Injection fact per record and date."""

import datetime as dt
import re

from spacy.tokens import Doc

from extractors.base import (
    FamilyExtractor,
    document_of,
    entry_date,
    evidence_for,
    spans_of,
    unique_evidence,
)
from extractors.injections.common import (
    BACK_REFERENCE_RULE,
    DATE_RULE_PREFIX,
    ENTRY_RULE_PREFIX,
    EVENT_RULE,
    GENERIC_RULE,
    NAMED_ORDINAL_RULE_PREFIX,
    NUMBER_RULE_PREFIX,
    ORDINAL_RULE_PREFIX,
    REFERS_RULE_PREFIX,
    REPEAT_RULE,
    SERIES_RULE,
    SKIPPED_TYPES,
    Record,
    Region,
)
from extractors.injections.events import EventReader
from extractors.injections.relief import ReliefReader
from extractors.injections.values import ValueReader
from extractors.rules import FamilyRules
from pipeline.dates import DateMention
from pipeline.models import Evidence, Injection

_PLURAL = re.compile(r"(?:s|shots)\.?$", re.IGNORECASE)


class InjectionExtractor(FamilyExtractor):
    """The spaCy component: Injection facts of one document (``extractors.assemble``
    links them across documents)."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.values = ValueReader(rules)
        self.relief = ReliefReader(rules)
        self.events = EventReader(rules, self.values)

    def extract(self, doc: Doc) -> list[Injection]:
        if document_of(doc).type in SKIPPED_TYPES:
            return []
        reference = document_of(doc).date
        records = self.events.read(doc)
        return [fact for record in records for fact in self._facts(doc, record, reference)]

    def _facts(self, doc: Doc, record: Record, reference: dt.date | None) -> list[Injection]:
        values, evidence = self._values(doc, record)
        anchor_rule = GENERIC_RULE if record.generic else self.index.rule_id(record.anchor)
        anchor = evidence_for(doc, record.anchor.start_char, record.anchor.end_char, anchor_rule)
        base: list[Evidence] = [anchor]
        if record.antecedent is not None:
            a = record.antecedent
            base.append(evidence_for(doc, a.start_char, a.end_char, self.index.rule_id(a)))
        if record.repeat:
            a = record.anchor
            base.append(evidence_for(doc, a.start_char, a.end_char, REPEAT_RULE))
        if record.back_reference:
            a = record.anchor
            base.append(evidence_for(doc, a.start_char, a.end_char, BACK_REFERENCE_RULE))
        if record.number is not None:
            start, end, n = record.number
            prefix = ORDINAL_RULE_PREFIX if record.back_reference else NUMBER_RULE_PREFIX
            base.append(evidence_for(doc, start, end, f"{prefix}{n}"))
        if record.named_ordinal is not None:
            start, end, n = record.named_ordinal
            base.append(evidence_for(doc, start, end, f"{NAMED_ORDINAL_RULE_PREFIX}{n}"))
        if record.event_heading:
            base += [evidence_for(doc, a, b, EVENT_RULE) for a, b in record.event_heading]
        elif record.procedure_event:  # the note's one procedure, its title naming it
            a = record.anchor
            base.append(evidence_for(doc, a.start_char, a.end_char, EVENT_RULE))
        if (
            record.generic
            and not record.dates
            and not ({"relief_percent", "relief_duration_hours", "later_course"} & values.keys())
        ):
            return []
        if record.generic and not record.dates and _PLURAL.search(record.anchor.text):
            return []  # 'two diagnostic blocks each gave >50% relief': several events, no date
        if not record.dates and not record.event_heading:
            kind = self._refers_to(doc, record, values)
            a = record.anchor
            if kind:
                base.append(evidence_for(doc, a.start_char, a.end_char, REFERS_RULE_PREFIX + kind))
            entry = entry_date(doc, a.start_char)
            if entry is not None:
                rule = ENTRY_RULE_PREFIX + entry.isoformat()
                base.append(evidence_for(doc, a.start_char, a.end_char, rule))
        dates: list[DateMention | None] = list(record.dates) or [None]
        per_date = self._per_date_values(doc, record) if len(record.dates) > 1 else {}
        facts = []
        for date in dates:
            own_values, own_evidence = per_date.get(id(date), ({}, []))
            date_evidence = []
            if date is not None and date.end > date.start:
                date_evidence.append(
                    evidence_for(doc, date.start, date.end, DATE_RULE_PREFIX + date.precision)
                )
            facts.append(
                Injection(
                    date=date.value if date is not None else None,
                    joint=record.joint,  # type: ignore[arg-type]
                    side=record.side,  # type: ignore[arg-type]
                    context=record.context,
                    evidence=tuple(unique_evidence(base + date_evidence + own_evidence + evidence)),
                    **{**values, **own_values},
                )
            )
        if self.events.counted_with_last(doc, record):
            a = record.anchor
            series = evidence_for(doc, a.start_char, a.end_char, SERIES_RULE)
            facts.append(
                Injection(
                    joint=record.joint,  # type: ignore[arg-type]
                    side=record.side,  # type: ignore[arg-type]
                    context=record.context,
                    evidence=tuple(unique_evidence([*base, series])),
                )
            )
        return facts

    def _refers_to(self, doc: Doc, record: Record, values: dict) -> str | None:
        """Which kind of injection an undated mention is about, so assembly does not fold
        it into an event of the other kind: 'diagnostic' (an anesthetic block) or
        'therapeutic' (a steroid injection); None when it does not say."""
        purpose = values.get("purpose")
        if purpose in ("diagnostic", "therapeutic"):
            return str(purpose)
        anesthetic, steroid = bool(values.get("anesthetic")), bool(values.get("corticosteroid"))
        if anesthetic != steroid:
            return "diagnostic" if anesthetic else "therapeutic"
        if anesthetic or purpose == "both":
            return None
        return self.events.named_kind(doc, record.anchor)

    def _per_date_values(self, doc: Doc, record: Record) -> dict[int, tuple[dict, list[Evidence]]]:
        """Values written after one of several dates ("on 08/06 (75% relief lasting 5
        hours) and 09/03 (65% relief lasting 4 hours)") belong to that date only."""
        out: dict[int, tuple[dict, list[Evidence]]] = {}
        region_end = max(b for _a, b in record.region.ranges[:1])
        ordered = sorted(record.dates, key=lambda m: m.start)
        for index, date in enumerate(ordered):
            stop = ordered[index + 1].start if index + 1 < len(ordered) else region_end
            if stop <= date.end:
                continue
            sub = Region([(date.end, stop)])
            relief, relief_evidence = self.relief.read(doc, sub)
            spans = [
                s
                for s in spans_of(doc, "INJ_ANESTHETIC")
                if sub.contains(s.start_char, s.end_char) and self.values.affirmed(s)
            ]
            values = dict(relief)
            evidence = list(relief_evidence)
            if spans:
                values["anesthetic"] = self.index.attribute(spans[0], "anesthetic")
                evidence.append(
                    evidence_for(
                        doc, spans[0].start_char, spans[0].end_char, self.index.rule_id(spans[0])
                    )
                )
            if values:
                out[id(date)] = (values, evidence)
        return out

    def _values(self, doc: Doc, record: Record) -> tuple[dict, list[Evidence]]:
        """Technique, injectate, purpose, relief and later course inside the region."""
        values, evidence = self.values.read(doc, record.region)
        relief, relief_evidence = self.relief.read(doc, record.region)
        values.update(relief)
        evidence += relief_evidence
        course, course_evidence = self.relief.course(doc, record.region)
        if course:
            values["later_course"] = course
            evidence += course_evidence
        return values, evidence
