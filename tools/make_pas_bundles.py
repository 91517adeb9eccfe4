"""PAS request Bundles for labelled packets: ``python -m tools.make_pas_bundles RECORDS --out DIR``.

For every labelled packet in RECORDS (CONTRACT section 3), writes ``DIR/<packet id>.json``:
the Da Vinci PAS-style request a provider's system would send for that packet. Its Claim
carries what such a system knows about the request as structured data: the request date
and the CPT code (from the packet's packet.json when it has one, else from its labels:
percutaneous -> 27279, open -> 27280, and a request naming neither -> 27299, the unlisted
pelvis/hip procedure code, which decides nothing) and the member id when packet.json has
one (a Claim names no medical policy: the default policy applies). Every PDF of the
packet, in the packet's order, is a base64 DocumentReference in ``Claim.supportingInfo``.
Deterministic: the same packet always gives the same bytes (ids are name-based UUIDs,
the timestamp is the request date).

The bundles feed ``tools.compare_pas_route`` and the FHIR round-trip tests; nothing in
them is read from the packet's text.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import uuid
from pathlib import Path
from typing import Any

from pipeline.fhir.terms import fhir_terms
from pipeline.ingest.request import PacketJson
from pipeline.ingest.rules import request_field_rules
from pipeline.labels import labelled_packets, labels_path, read_labels
from pipeline.models import Procedure
from pipeline.outputs import write_atomic
from policy import load_policy

UNLISTED_PROCEDURE = "27299"
"""CPT 27299, unlisted procedure of the pelvis or hip joint: how a request for an SIJ
procedure whose type is not yet decided is coded. It names neither fusion."""


def request_of(packet: Path) -> PacketJson:
    """What the provider's system knows: packet.json's values, else the labels'."""
    meta = packet / "packet.json" if packet.is_dir() else None
    from_json = (
        PacketJson.model_validate_json(meta.read_text("utf-8"))
        if meta is not None and meta.is_file()
        else PacketJson()
    )
    labels = read_labels(labels_path(packet))
    codes = from_json.procedure_codes or (_cpt_for(labels.procedure),)
    return PacketJson(
        request_date=from_json.request_date or labels.request_date,
        procedure_codes=codes,
        member_id=from_json.member_id,
    )


def _cpt_for(procedure: Procedure | None) -> str:
    if procedure is None:
        return UNLISTED_PROCEDURE
    by_procedure = {p: code for code, p in request_field_rules().cpt_procedures.items()}
    return by_procedure[procedure]


def _pdfs(packet: Path) -> list[Path]:
    if packet.is_dir():
        return sorted((p for p in packet.iterdir() if p.suffix.lower() == ".pdf"), key=str)
    return [packet]


def build_bundle(packet: Path, *, embed: bool = True) -> dict[str, Any]:
    """The PAS-style request Bundle of one packet, as FHIR JSON (validated by the caller).

    ``embed=False`` names each PDF by its path relative to the packet's parent folder
    (a local file URL) instead of embedding it.
    """
    terms = fhir_terms()
    packet_id = packet.stem if packet.is_file() else packet.name
    request = request_of(packet)
    payer = load_policy(as_of=request.request_date)[0].payer

    def urn(kind: str) -> str:
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'authreview-sample:{packet_id}:{kind}')}"

    when = request.request_date.isoformat() if request.request_date else "2025-01-01"
    patient: dict[str, Any] = {"resourceType": "Patient"}
    if request.member_id:
        kind = terms.member_identifier_type
        patient["identifier"] = [{"type": {"coding": [dict(kind)]}, "value": request.member_id}]
    coverage: dict[str, Any] = {
        "resourceType": "Coverage",
        "status": "active",
        "beneficiary": {"reference": urn("Patient")},
        "payor": [{"reference": urn("Organization/insurer")}],
    }
    if request.member_id:
        coverage["subscriberId"] = request.member_id
    documents = []
    for number, pdf in enumerate(_pdfs(packet), start=1):
        attachment: dict[str, Any] = {"contentType": "application/pdf", "title": pdf.name}
        if embed:
            attachment["data"] = base64.b64encode(pdf.read_bytes()).decode("ascii")
        else:
            attachment["url"] = pdf.relative_to(packet.parent).as_posix()
        documents.append(
            {
                "resourceType": "DocumentReference",
                "status": "current",
                "subject": {"reference": urn("Patient")},
                "content": [{"attachment": attachment}],
                "_url": urn(f"DocumentReference/{number}"),
            }
        )
    claim = {
        "resourceType": "Claim",
        "status": "active",
        "type": {"coding": [dict(terms.claim_type_default)]},
        "use": "preauthorization",
        "patient": {"reference": urn("Patient")},
        "created": when,
        "insurer": {"reference": urn("Organization/insurer")},
        "provider": {"reference": urn("Organization/requestor")},
        "priority": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/processpriority",
                    "code": "normal",
                }
            ]
        },
        "supportingInfo": [
            {
                "sequence": number,
                "category": {
                    "coding": [
                        {
                            "system": terms.pas.supporting_info_system,
                            "code": terms.pas.additional_information,
                        }
                    ]
                },
                "valueReference": {"reference": document["_url"]},
            }
            for number, document in enumerate(documents, start=1)
        ],
        "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": urn("Coverage")}}],
        "item": [
            {
                "sequence": number,
                "productOrService": {
                    "coding": [{"system": terms.procedure_code_systems[0], "code": code}]
                },
                "informationSequence": list(range(1, len(documents) + 1)),
            }
            for number, code in enumerate(request.procedure_codes, start=1)
        ],
    }
    entries = [
        (urn("Claim"), claim),
        (urn("Patient"), patient),
        (urn("Coverage"), coverage),
        (urn("Organization/insurer"), {"resourceType": "Organization", "name": payer}),
        (
            urn("Organization/requestor"),
            {"resourceType": "Organization", "name": f"Requesting provider of {packet_id}"},
        ),
        *((document.pop("_url"), document) for document in documents),
    ]
    return {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:authreview:sample-request", "value": packet_id},
        "type": "collection",
        "timestamp": f"{when}T12:00:00Z",
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }


def write_bundle(packet: Path, out_dir: Path, *, embed: bool = True) -> Path:
    """Write one packet's bundle to ``out_dir/<packet id>.json`` (validated first), owner-only
    like every file that holds a packet's documents."""
    from fhir.resources.R4B.bundle import Bundle

    data = build_bundle(packet, embed=embed)
    Bundle.model_validate(data)  # a generated bundle must be valid FHIR
    packet_id = packet.stem if packet.is_file() else packet.name
    text = json.dumps(data, indent=1) + "\n"
    return write_atomic(Path(out_dir) / f"{packet_id}.json", text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.make_pas_bundles", description=__doc__)
    parser.add_argument("records", type=Path, help="folder of labelled packets")
    parser.add_argument("--out", type=Path, required=True, help="folder for the bundles")
    args = parser.parse_args(argv)
    packets = labelled_packets(args.records)
    if not packets:
        print(f"no labelled packets in {args.records}", file=sys.stderr)
        return 1
    for packet in packets:
        print(write_bundle(packet, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
