"""Small PAS-style request Bundles for tests, built in code (not copied from any guide)."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

CPT = "http://www.ama-assn.org/go/cpt"
PAS_TEMP = "http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes"
FAKE_PDF = b"%PDF-1.4\n% not a real document, the reader does not parse it\n"


def document_reference(title: str | None, data: bytes | None = FAKE_PDF, **attachment) -> dict:
    content: dict[str, Any] = {"contentType": "application/pdf", **attachment}
    if title is not None:
        content["title"] = title
    if data is not None:
        content["data"] = base64.b64encode(data).decode("ascii")
    return {
        "resourceType": "DocumentReference",
        "status": "current",
        "content": [{"attachment": content}],
    }


def supporting(sequence: int, **value) -> dict:
    return {
        "sequence": sequence,
        "category": {"coding": [{"system": PAS_TEMP, "code": "additionalInformation"}]},
        **value,
    }


def bundle(
    *,
    codes: tuple[tuple[str, str], ...] = ((CPT, "27279"),),
    created: str = "2025-09-15",
    documents: tuple[dict, ...] = (document_reference("office_note.pdf"),),
    subscriber_id: str | None = "MEM123",
    extra_entries: tuple[tuple[str, dict], ...] = (),
    supporting_info: list[dict] | None = None,
) -> dict:
    """A valid request Bundle: Claim first, then Patient, Coverage, insurer, documents."""
    coverage: dict[str, Any] = {
        "resourceType": "Coverage",
        "status": "active",
        "beneficiary": {"reference": "urn:uuid:patient"},
        "payor": [{"reference": "urn:uuid:insurer"}],
    }
    if subscriber_id:
        coverage["subscriberId"] = subscriber_id
    doc_entries = [(f"urn:uuid:doc-{n}", doc) for n, doc in enumerate(documents, start=1)]
    claim = {
        "resourceType": "Claim",
        "status": "active",
        "type": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/claim-type",
                    "code": "professional",
                }
            ]
        },
        "use": "preauthorization",
        "patient": {"reference": "urn:uuid:patient"},
        "created": created,
        "insurer": {"reference": "urn:uuid:insurer"},
        "provider": {"reference": "urn:uuid:requestor"},
        "priority": {"coding": [{"code": "normal"}]},
        "insurance": [
            {"sequence": 1, "focal": True, "coverage": {"reference": "urn:uuid:coverage"}}
        ],
        "item": [
            {"sequence": n, "productOrService": {"coding": [{"system": s, "code": c}]}}
            for n, (s, c) in enumerate(codes, start=1)
        ],
        "supportingInfo": supporting_info
        if supporting_info is not None
        else [
            supporting(n, valueReference={"reference": url})
            for n, (url, _) in enumerate(doc_entries, start=1)
        ],
    }
    entries = [
        ("urn:uuid:claim", claim),
        ("urn:uuid:patient", {"resourceType": "Patient"}),
        ("urn:uuid:coverage", coverage),
        ("urn:uuid:insurer", {"resourceType": "Organization", "name": "Plan"}),
        ("urn:uuid:requestor", {"resourceType": "Organization", "name": "Clinic"}),
        *doc_entries,
        *extra_entries,
    ]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": url, "resource": copy.deepcopy(r)} for url, r in entries],
    }


def write(path: Path, data: dict | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def claim_of(data: dict) -> dict:
    return data["entry"][0]["resource"]
