"""What processing one packet returns to the batch flow: a small summary, never the facts.

Only this crosses process boundaries (task runner -> flow) and reaches Prefect, so no
document text ever lands in Prefect's database, result storage or logs. Errors are
caught here and turned into a code and a reason: a ``PacketError`` names the file and
why it cannot be read; anything else is reported by its type and where it was raised,
because its message could quote the document.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from pipeline.errors import (
    UNEXPECTED_ERROR_CODE,
    AuthreviewError,
    PacketError,
    describe_unexpected,
)
from pipeline.models import Determination, DeterminationValue, Procedure


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
        output=str(Path(out_dir) / determination.packet_id),
        seconds=round(seconds, 3),
    )


def run_packet(source: Path, out_dir: Path, packet_id: str, *, ocr: bool = True) -> PacketOutcome:
    """Process one packet with the process-wide NLP pipeline; never raises for bad input."""
    from pipeline.nlp import load_nlp
    from pipeline.process import process_packet

    started = time.perf_counter()
    try:
        determination = process_packet(source, out_dir, nlp=load_nlp(), ocr=ocr)
    except PacketError as exc:
        return PacketOutcome(
            source=str(source),
            packet_id=packet_id,
            status="packet_error",
            error_code=exc.code,
            error_reason=str(exc),
            seconds=round(time.perf_counter() - started, 3),
        )
    except AuthreviewError as exc:  # e.g. a policy error: catalogue messages carry no text
        return PacketOutcome(
            source=str(source),
            packet_id=packet_id,
            status="error",
            error_code=exc.code,
            error_reason=str(exc),
            seconds=round(time.perf_counter() - started, 3),
        )
    except Exception as exc:
        return PacketOutcome(
            source=str(source),
            packet_id=packet_id,
            status="error",
            error_code=UNEXPECTED_ERROR_CODE,
            error_reason=describe_unexpected(exc),
            seconds=round(time.perf_counter() - started, 3),
        )
    return summarise(source, determination, out_dir, time.perf_counter() - started)
