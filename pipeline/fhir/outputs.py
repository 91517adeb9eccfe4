"""Writing ``determination.fhir.json`` beside determination.json.

It holds the same patient information as determination.json, so it is written the same
way: atomically, owner-only (``pipeline.outputs.write_atomic``), and before
determination.json, whose presence still means a packet's outputs are complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from pipeline.fhir.request import PasContext
from pipeline.fhir.response import (
    FHIR_DETERMINATION_FILE,
    ReviewerOverride,
    build_response_bundle,
    response_json,
)
from pipeline.models import Determination, Packet
from pipeline.outputs import write_atomic


def write_fhir_determination(
    determination: Determination,
    packet: Packet | None,
    folder: Path,
    *,
    context: PasContext | None = None,
    overrides: Sequence[ReviewerOverride] = (),
    now: dt.datetime | None = None,
) -> Path:
    """Write the packet's FHIR answer into its output folder; returns the file.

    The review workflow calls this again with the reviewer's ``overrides`` to rewrite it.
    """
    bundle = build_response_bundle(
        determination,
        member_id=packet.request.member_id if packet is not None else None,
        context=context,
        overrides=overrides,
        now=now,
    )
    return write_atomic(
        Path(folder) / FHIR_DETERMINATION_FILE, response_json(bundle).encode("utf-8")
    )
