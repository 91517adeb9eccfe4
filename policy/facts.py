"""What the engine needs to know about a fact beyond its fields: its days and its side.

The engine reads facts only through these helpers and plain field access, so a new fact
kind needs no engine change beyond, at most, a line here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from pipeline.models import Fact, ImagingStudy, TherapyEpisode
from pipeline.records import has_record, is_account, same_fields_agree
from policy.dates import Interval

STUDY_FINDINGS = (
    "destructive_lesion",
    "inflammatory_arthropathy",
    "hip_oa_grade",
    "neural_compression",
    "sij_pathology",
)


def fact_span(fact: BaseModel) -> Interval | None:
    """The days a fact refers to, or None when it is undated.

    A therapy episode spans ``start`` to ``end``; an episode with no end is taken to end
    on its ``date`` (the document that mentions it), else on its start day. Every other
    fact refers to its single ``date``.
    """
    if isinstance(fact, TherapyEpisode):
        if fact.start is None:
            return None
        last = fact.end or fact.date or fact.start
        return (fact.start, last) if last >= fact.start else None
    day = getattr(fact, "date", None)
    return (day, day) if day is not None else None


def findings_were_read(fact: BaseModel) -> bool:
    """Whether a study's own findings were read (CONTRACT section 4: a study only
    mentioned, or a report whose findings were not read, shows nothing absent).

    Extraction records it (``findings_read``); a fact that does not (a gold label) shows
    it by stating a finding."""
    if not isinstance(fact, ImagingStudy):
        return False
    if fact.findings_read is not None:
        return fact.findings_read
    return any(getattr(fact, name) is not None for name in STUDY_FINDINGS)


def outranked(fact: Fact, pool: Sequence[Fact]) -> bool:
    """True when ``fact`` is another document's account of an event whose record is in
    ``pool``: same kind, the kind's 'same' fields agreeing, overlapping days. An undated
    account cannot be placed on a recorded event, so it is never outranked."""
    if not is_account(fact):
        return False
    span = fact_span(fact)
    if span is None:
        return False
    for record in pool:
        if record is fact or record.kind != fact.kind:
            continue
        if not has_record(record) or is_account(record):
            continue
        other = fact_span(record)
        if other is None or not same_fields_agree(record, fact):
            continue
        if other[0] <= span[1] and span[0] <= other[1]:
            return True
    return False


def sides_compatible(fact_side: str | None, request_side: str | None) -> bool:
    """A finding counts for the requested side unless both sides are known and differ.

    ``bilateral`` on either side is compatible with anything.
    """
    if fact_side is None or request_side is None:
        return True
    return fact_side == request_side or "bilateral" in (fact_side, request_side)


def canonical_order(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Facts sorted by day, kind and content, so results never depend on input order."""

    def key(fact: Fact) -> tuple[dt.date, str, str, str]:
        span = fact_span(fact)
        return (span[0] if span else dt.date.min, fact.kind, fact.id, fact.model_dump_json())

    return tuple(sorted(facts, key=key))


@dataclass(frozen=True)
class EvalContext:
    """Everything a rule may look at: the facts and the request, nothing else (no clock)."""

    facts: Sequence[Fact]
    request_date: dt.date | None
    side: str | None
    vas_mm_per_point: float
