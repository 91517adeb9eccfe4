"""The answer in FHIR: ``determination.fhir.json``, a Bundle of a ClaimResponse and a
QuestionnaireResponse.

The QuestionnaireResponse answers the policy's Questionnaire
(``pipeline.fhir.questionnaire``): one answer per criterion of the requested procedure,
marked auto-populated with the DTR information-origin extension and carrying its
explanation and evidence (document, page, quoted text). The ClaimResponse follows PAS's
review-action pattern and is never a denial: every response is pended (X12 306 ``A4``)
for a clinician, and says whether the pipeline found the packet approvable (every
criterion met) or what the clinician must review (each criterion not met or
insufficient, as a process note). A reviewer's overrides, when the review workflow
supplies them, become answers whose origin is ``override`` with the reviewer as author.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from pydantic import BaseModel, ConfigDict, Field

from pipeline.fhir.questionnaire import answer_coding, questionnaire_canonical
from pipeline.fhir.request import PasContext
from pipeline.fhir.terms import FhirTerms, fhir_terms
from pipeline.models import CriterionResult, Determination, DeterminationValue, Evidence, Status
from policy.determination import determination_of

FHIR_DETERMINATION_FILE = "determination.fhir.json"


class ReviewerOverride(BaseModel):
    """A reviewer's answer to one criterion, replacing the pipeline's (the review
    workflow supplies these; DTR records them with origin ``override``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    criterion_id: str
    status: Status
    reviewer: dict[str, Any] = Field(
        min_length=1,
        description="FHIR Reference to the reviewing practitioner (reference and/or "
        "identifier, display).",
    )
    role: dict[str, Any] | None = Field(
        default=None, description="FHIR CodeableConcept: the reviewer's role or specialty."
    )
    reason: str | None = Field(default=None, description="Why the reviewer changed it.")


# --------------------------------------------------------------------------- helpers


def _uuid(packet_sha256: str, kind: str) -> str:
    """A stable id per packet and resource kind: re-running a packet rewrites the same ids."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"authreview:{packet_sha256}:{kind}"))


def _packet_identifier(determination: Determination, terms: FhirTerms) -> dict[str, str]:
    """The submission's identity: the packet's content hash, as determination.json has it."""
    return {
        "system": terms.url("NamingSystem", "packet-sha256"),
        "value": determination.packet_sha256,
    }


def _absent(terms: FhirTerms, reason: str = "unknown") -> dict[str, Any]:
    """A Reference whose target is not known (data-absent-reason)."""
    return {"extension": [{"url": terms.data_absent_reason_url, "valueCode": reason}]}


def _patient(context: PasContext | None, member_id: str | None, terms: FhirTerms) -> dict:
    if context is not None and context.patient:
        return dict(context.patient)
    if member_id:
        kind = terms.member_identifier_type
        return {
            "identifier": {
                "type": {"coding": [{"system": kind["system"], "code": kind["code"]}]},
                "value": member_id,
            }
        }
    return _absent(terms)


def _evidence_extension(evidence: Evidence, terms: FhirTerms) -> dict[str, Any]:
    return {
        "url": terms.extension("criterion-evidence"),
        "extension": [
            {"url": "document", "valueString": evidence.document},
            {"url": "page", "valuePositiveInt": evidence.page},
            {"url": "quote", "valueString": evidence.text},
        ],
    }


def _origin(override: ReviewerOverride | None, terms: FhirTerms) -> dict[str, Any]:
    """DTR information-origin: auto-populated, or overridden with the reviewer as author
    (DTR's dtrx-1: an author exactly when a person set the answer)."""
    url = terms.dtr.information_origin_url
    if override is None:
        return {"url": url, "extension": [{"url": "source", "valueCode": terms.dtr.auto_populated}]}
    author: list[dict[str, Any]] = []
    if override.role:
        author.append({"url": "role", "valueCodeableConcept": override.role})
    author.append({"url": "practitioner", "valueReference": override.reviewer})
    return {
        "url": url,
        "extension": [
            {"url": "source", "valueCode": terms.dtr.overridden},
            {"url": "author", "extension": author},
        ],
    }


def _answer(
    result: CriterionResult, override: ReviewerOverride | None, terms: FhirTerms
) -> dict[str, Any]:
    status = override.status if override else result.status
    extensions = [
        _origin(override, terms),
        {"url": terms.extension("criterion-explanation"), "valueString": result.explanation},
    ]
    if result.request_documentation and status is Status.insufficient:
        extensions.append(
            {
                "url": terms.extension("documentation-to-request"),
                "valueString": result.request_documentation,
            }
        )
    extensions.extend(_evidence_extension(e, terms) for e in result.evidence)
    if override is not None:
        extensions.append(
            {
                "url": terms.extension("pipeline-answer"),
                "valueCoding": answer_coding(result.status, terms),
            }
        )
        if override.reason:
            extensions.append(
                {"url": terms.extension("override-reason"), "valueString": override.reason}
            )
    return {"extension": extensions, "valueCoding": answer_coding(status, terms)}


def _checked_overrides(
    determination: Determination, overrides: Sequence[ReviewerOverride]
) -> dict[str, ReviewerOverride]:
    known = {c.id for c in determination.criteria}
    by_id: dict[str, ReviewerOverride] = {}
    for override in overrides:
        if override.criterion_id not in known:
            raise ValueError(
                f"override for {override.criterion_id!r}: not a criterion of this determination"
            )
        if override.criterion_id in by_id:
            raise ValueError(f"two overrides for {override.criterion_id!r}")
        by_id[override.criterion_id] = override
    return by_id


def final_statuses(
    determination: Determination, overrides: Mapping[str, ReviewerOverride]
) -> dict[str, Status]:
    """Each criterion's status after the reviewer's overrides."""
    return {
        c.id: overrides[c.id].status if c.id in overrides else c.status
        for c in determination.criteria
    }


def final_determination(
    determination: Determination, statuses: Mapping[str, Status]
) -> DeterminationValue:
    """CONTRACT section 2's determination of the (possibly overridden) statuses."""
    if not statuses:
        return determination.determination
    return determination_of(statuses.values())


# --------------------------------------------------------------------------- resources


def questionnaire_response(
    determination: Determination,
    *,
    patient: dict[str, Any],
    context: PasContext | None,
    overrides: Mapping[str, ReviewerOverride],
    now: dt.datetime,
    terms: FhirTerms,
) -> dict[str, Any]:
    """The policy Questionnaire answered for this packet (the requested procedure's group)."""
    criteria = [
        {
            "linkId": result.id,
            "text": " ".join(result.description.split()) or None,
            "answer": [_answer(result, overrides.get(result.id), terms)],
        }
        for result in determination.criteria
    ]
    items = (
        [{"linkId": determination.procedure.value, "item": criteria}]
        if determination.procedure is not None and criteria
        else []
    )
    extensions = []
    if context is not None and context.coverage:
        extensions.append({"url": terms.dtr.qr_coverage_url, "valueReference": context.coverage})
    return {
        "resourceType": "QuestionnaireResponse",
        "id": _uuid(determination.packet_sha256, "QuestionnaireResponse"),
        "extension": extensions or None,
        "questionnaire": questionnaire_canonical(determination.policy, terms),
        "status": "amended" if overrides else "completed",
        "subject": patient,
        "authored": now.isoformat(),
        "author": {"display": f"authreview {determination.versions.get('pipeline', '')}".strip()},
        "item": items or None,
    }


def _review_notes(
    determination: Determination, statuses: Mapping[str, Status], terms: FhirTerms
) -> list[dict[str, Any]]:
    """One process note per criterion the clinician must review (not met, insufficient)."""
    notes = []
    for result in determination.criteria:
        status = statuses[result.id]
        if status is Status.met:
            continue
        text = (
            f"{result.id} ({result.policy_section}) {terms.answers[status]}: {result.explanation}"
        )
        if status is Status.insufficient and result.request_documentation:
            text += f" Documentation to request: {result.request_documentation}"
        notes.append({"number": len(notes) + 1, "type": "display", "text": text})
    if determination.procedure is None:
        notes.append(
            {
                "number": len(notes) + 1,
                "type": "display",
                "text": "The requested procedure (percutaneous or open SIJ fusion) could not "
                "be determined from the request, so no criteria were scored.",
            }
        )
    return notes


def claim_response(
    determination: Determination,
    *,
    patient: dict[str, Any],
    context: PasContext | None,
    statuses: Mapping[str, Status],
    reviewed: bool,
    now: dt.datetime,
    terms: FhirTerms,
) -> dict[str, Any]:
    """A PAS-style ClaimResponse pended for a clinician: never a denial."""
    approvable = final_determination(determination, statuses) is DeterminationValue.meets_criteria
    recommendation = "approvable" if approvable else "clinical_review"
    display = getattr(terms.recommendations, recommendation)
    notes = _review_notes(determination, statuses, terms)
    adjudication = {
        "extension": [
            {
                "url": terms.pas.review_action_url,
                "extension": [
                    {
                        "url": terms.pas.review_action_code_url,
                        "valueCodeableConcept": {
                            "coding": [
                                {
                                    "system": terms.pas.review_action_system,
                                    "code": terms.pas.pended.code,
                                    "display": terms.pas.pended.display,
                                }
                            ]
                        },
                    }
                ],
            }
        ],
        "category": {
            "coding": [
                {"system": terms.pas.adjudication_system, "code": terms.pas.adjudication_submitted}
            ]
        },
        "reason": {
            "coding": [
                {"system": terms.recommendation_system, "code": recommendation, "display": display}
            ]
        },
    }
    sequences = context.item_sequences if context is not None else (1,)
    counts = {s: sum(1 for v in statuses.values() if v is s) for s in Status}
    disposition = (
        f"{display}. Policy {determination.policy.id} ({determination.policy.version}): "
        f"{counts[Status.met]} met, {counts[Status.not_met]} not met, "
        f"{counts[Status.insufficient]} insufficient. authreview recommends; a clinician "
        "makes the coverage decision."
    )
    return {
        "resourceType": "ClaimResponse",
        "id": _uuid(determination.packet_sha256, "ClaimResponse"),
        "extension": [
            {
                "url": terms.pas.reviewer_url,
                "extension": [{"url": "wasHumanReviewedFlag", "valueBoolean": reviewed}],
            }
        ],
        "identifier": [
            {
                "system": terms.url("NamingSystem", "packet-sha256"),
                "value": determination.packet_sha256,
            }
        ],
        "status": "active",
        "type": (context.claim_type if context and context.claim_type else None)
        or {"coding": [dict(terms.claim_type_default)]},
        "use": "preauthorization",
        "patient": patient,
        "created": now.isoformat(),
        "insurer": (context.insurer if context and context.insurer else None) or _absent(terms),
        "requestor": context.requestor if context else None,
        "request": (context.claim if context and context.claim else None)
        or _absent(terms, "not-applicable"),
        "outcome": "complete",
        "disposition": disposition,
        "item": [
            {
                "itemSequence": sequence,
                "noteNumber": [note["number"] for note in notes] or None,
                "adjudication": [adjudication],
            }
            for sequence in sequences
        ],
        "processNote": notes or None,
    }


def build_response_bundle(
    determination: Determination,
    *,
    member_id: str | None = None,
    context: PasContext | None = None,
    overrides: Sequence[ReviewerOverride] = (),
    human_reviewed: bool = False,
    now: dt.datetime | None = None,
    terms: FhirTerms | None = None,
) -> Bundle:
    """The FHIR answer to one packet: ClaimResponse first (PAS response bundles start
    with it), then the QuestionnaireResponse; validated by fhir.resources on return.

    ``context`` (from a PAS request Bundle) lets the answer point to the request's Claim,
    patient, insurer, requestor and coverage; without it (a PDF packet) the patient is
    named by ``member_id`` when known. ``overrides`` are a reviewer's answers;
    ``human_reviewed`` flags a reviewed answer where the reviewer changed nothing.
    """
    chosen = terms or fhir_terms()
    moment = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    by_id = _checked_overrides(determination, overrides)
    statuses = final_statuses(determination, by_id)
    patient = _patient(context, member_id, chosen)
    response = claim_response(
        determination,
        patient=patient,
        context=context,
        statuses=statuses,
        reviewed=human_reviewed or bool(by_id),
        now=moment,
        terms=chosen,
    )
    answers = questionnaire_response(
        determination, patient=patient, context=context, overrides=by_id, now=moment, terms=chosen
    )
    sha = determination.packet_sha256
    return Bundle.model_validate(
        _drop_none(
            {
                "resourceType": "Bundle",
                "id": _uuid(sha, "Bundle"),
                "identifier": _packet_identifier(determination, chosen),
                "type": "collection",
                "timestamp": moment.isoformat(),
                "entry": [
                    {"fullUrl": f"urn:uuid:{response['id']}", "resource": response},
                    {"fullUrl": f"urn:uuid:{answers['id']}", "resource": answers},
                ],
            }
        )
    )


def _drop_none(value: Any) -> Any:
    """Remove None members (FHIR has no nulls) and lists left empty."""
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_drop_none(v) for v in value]
    return value


def response_json(bundle: Bundle) -> str:
    """The text of determination.fhir.json: FHIR JSON, indented, trailing newline."""
    return bundle.model_dump_json(indent=2, exclude_none=True) + "\n"
