"""A reviewer's decisions: per criterion (agree, or another status with a reason, and
the evidence confirmed) and per packet (the determination, with the reviewer's name).

Each decision records what the pipeline said and which pipeline and policy versions said
it, so a later run of the packet can be compared with the decision, and an exported
label says what it overrode.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from pipeline.models import DeterminationValue, Status


class _Decision(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    packet_id: str
    packet_sha256: str
    reviewer: str
    decided_at: dt.datetime
    pipeline_version: str
    policy_version: str


class CriterionDecision(_Decision):
    criterion_id: str
    pipeline_status: Status
    """The pipeline's status when the reviewer decided."""
    status: Status
    """The reviewer's status: the pipeline's when they agreed."""
    reason: str = ""
    evidence: tuple[str, ...] = ()
    """Cited spans the reviewer confirmed, and text they typed from the packet."""
    silent: bool = False
    """Confirmed met on the packet's silence (an exclusion with nothing to quote)."""

    @property
    def overridden(self) -> bool:
        return self.status is not self.pipeline_status


class PacketDecision(_Decision):
    determination: DeterminationValue
    pipeline_determination: DeterminationValue
    notes: str = ""


class AuditEntry(BaseModel):
    """One change to a decision, as it happened: never updated, never deleted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seq: int
    at: dt.datetime
    reviewer: str
    packet_id: str
    packet_sha256: str
    target: str
    """'criterion:<id>' or 'packet'."""
    action: str
    """'decided', 'changed' or 'withdrawn'."""
    before: dict | None
    after: dict | None
    pipeline_version: str
    policy_version: str
