"""What processing one packet returns to the batch flow: a small summary, never the facts.

Only this crosses process boundaries (task runner -> flow) and reaches Prefect, so no
document text ever lands in Prefect's database, result storage or logs. Errors come
as values from ``pipeline.parallel.process_one`` (the same path ``authreview process``
takes): a code and a reason, a ``PacketError`` saying why the packet cannot be read and
anything else by its type and where it was raised, because its message could quote the
document.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from pipeline.models import Determination, DeterminationValue, Procedure
from pipeline.outputs import version_dir


class PacketResult(BaseModel):
    """What processing one packet produced: its counts, or its error (no document text)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    procedure: Procedure | None = None
    determination: DeterminationValue | None = None
    met: int = 0
    not_met: int = 0
    insufficient: int = 0
    output: str | None = None
    error_code: str | None = None
    error_reason: str | None = None


RESULT_FIELDS = frozenset(PacketResult.model_fields)


class PacketOutcome(PacketResult):
    """The result of one attempt at one packet."""

    source: str
    packet_id: str
    status: Literal["done", "packet_error", "error"]
    seconds: float = 0.0


def summarise(
    source: Path, determination: Determination, out_dir: Path, seconds: float
) -> PacketOutcome:
    counts = Counter(criterion.status.value for criterion in determination.criteria)
    return PacketOutcome(
        source=str(source),
        packet_id=determination.packet_id,
        status="done",
        procedure=determination.procedure,
        determination=determination.determination,
        met=counts["met"],
        not_met=counts["not_met"],
        insufficient=counts["insufficient"],
        output=str(version_dir(out_dir, determination.packet_id, determination.packet_sha256)),
        seconds=round(seconds, 3),
    )


def run_packet(source: Path, out_dir: Path, packet_id: str, *, ocr: bool = True) -> PacketOutcome:
    """Process one packet under ``packet_id`` with the process-wide NLP pipeline; never
    raises for bad input. The outcome's ``output`` is the packet's own version folder."""
    from pipeline.parallel import PacketFailure, process_one

    started = time.perf_counter()
    outcome = process_one(source, out_dir, ocr, packet_id)
    seconds = time.perf_counter() - started
    if isinstance(outcome, PacketFailure):
        return PacketOutcome(
            source=str(source),
            packet_id=packet_id,
            status="packet_error" if outcome.unreadable else "error",
            error_code=outcome.code,
            error_reason=outcome.reason,
            seconds=round(seconds, 3),
        )
    return summarise(source, outcome, out_dir, seconds)
