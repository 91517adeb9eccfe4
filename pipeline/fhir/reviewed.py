"""The FHIR answer after a clinician's review: ``reviewed.fhir.json`` beside the pipeline's.

The pipeline's ``determination.fhir.json`` stays as it was written (it is what the
pipeline recommended); the reviewed answer is the same Bundle with each criterion the
reviewer changed answered with DTR origin ``override`` and the reviewer as author, and the
ClaimResponse flagged as human-reviewed. The parties the pipeline's answer names (patient,
insurer, requestor, the request's Claim and coverage) are read back from it, so a packet
that came in as a PAS Bundle keeps pointing at its request.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pipeline.fhir.request import PasContext
from pipeline.fhir.response import (
    FHIR_DETERMINATION_FILE,
    ReviewerOverride,
    build_response_bundle,
    response_json,
)
from pipeline.fhir.terms import fhir_terms
from pipeline.models import Determination, Status
from pipeline.outputs import write_atomic

REVIEWED_FHIR_FILE = "reviewed.fhir.json"


def context_of_answer(bundle: Mapping[str, Any]) -> PasContext:
    """The request parties a written answer names, to answer again in the same terms."""
    resources = [entry.get("resource", {}) for entry in bundle.get("entry", [])]
    claim_response = next((r for r in resources if r.get("resourceType") == "ClaimResponse"), {})
    answers = next((r for r in resources if r.get("resourceType") == "QuestionnaireResponse"), {})
    coverage_url = fhir_terms().dtr.qr_coverage_url
    coverage = next(
        (
            ext.get("valueReference")
            for ext in answers.get("extension", [])
            if ext.get("url") == coverage_url
        ),
        None,
    )
    sequences = tuple(
        item["itemSequence"] for item in claim_response.get("item", []) if "itemSequence" in item
    )
    return PasContext(
        claim=claim_response.get("request"),
        claim_type=claim_response.get("type"),
        item_sequences=sequences or (1,),
        patient=claim_response.get("patient"),
        insurer=claim_response.get("insurer"),
        requestor=claim_response.get("requestor"),
        coverage=coverage,
    )


def write_reviewed_fhir(
    folder: Path,
    determination: Determination,
    reviewer_statuses: Iterable[tuple[str, Status, str, str]],
    *,
    now: dt.datetime | None = None,
) -> Path | None:
    """Write ``reviewed.fhir.json`` from the reviewer's statuses; returns the file.

    ``reviewer_statuses``: (criterion id, status, reviewer name, reason) per decided
    criterion; only those that differ from the pipeline's status become overrides.
    Nothing is written where the pipeline wrote no FHIR answer (an older output).
    """
    written = Path(folder) / FHIR_DETERMINATION_FILE
    if not written.is_file():
        return None
    context = context_of_answer(json.loads(written.read_text(encoding="utf-8")))
    pipeline_status = {c.id: c.status for c in determination.criteria}
    overrides = [
        ReviewerOverride(
            criterion_id=criterion_id,
            status=status,
            reviewer={"display": reviewer},
            reason=reason or None,
        )
        for criterion_id, status, reviewer, reason in reviewer_statuses
        if criterion_id in pipeline_status and status is not pipeline_status[criterion_id]
    ]
    bundle = build_response_bundle(
        determination, context=context, overrides=overrides, human_reviewed=True, now=now
    )
    return write_atomic(Path(folder) / REVIEWED_FHIR_FILE, response_json(bundle).encode("utf-8"))
