"""Sample packets sent as PAS bundles: the same answers as their PDFs, owner-only FHIR
outputs that parse back, and bundle failures reported like any unreadable packet."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from flows.inbox import find_packets
from pipeline.cli import EXIT_PACKET_FAILED, main
from pipeline.fhir.packet import bundle_packet, materialized
from pipeline.fhir.request import read_pas_bundle
from pipeline.fhir.response import FHIR_DETERMINATION_FILE
from pipeline.ingest import read_packet
from pipeline.process import process_packet
from tests.conftest import SAMPLE_RECORDS, sample_packets
from tests.fhir.bundles import bundle, claim_of, write
from tools.compare_pas_route import answer_of, differences
from tools.make_pas_bundles import write_bundle

UNCODED = "sij-036"
"""The sample whose request names no procedure: a Claim must carry a code, and the
generator codes it CPT 27299 (unlisted), which this policy does not cover."""
TEXT_PACKETS = [p for p in sample_packets() if not p.stem.endswith("-fax") and p.stem != UNCODED]
# a file packet, a folder with packet.json, an open fusion and one that does not meet
END_TO_END = ["sij-001.pdf", "sij-002", "sij-004.pdf", "sij-032"]


def _fhir_output(folder: Path) -> Bundle:
    path = folder / FHIR_DETERMINATION_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    return Bundle.model_validate_json(path.read_text("utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", END_TO_END)
def test_bundle_route_gives_the_pdf_routes_answer(tmp_path, nlp, name):
    packet = SAMPLE_RECORDS / name
    pdf = process_packet(packet, tmp_path / "pdf", nlp=nlp)
    pas = process_packet(write_bundle(packet, tmp_path / "bundles"), tmp_path / "pas", nlp=nlp)
    assert differences(pdf, pas) == []
    assert answer_of(pdf) == answer_of(pas)
    for route in ("pdf", "pas"):
        output = _fhir_output(tmp_path / route / pdf.packet_id)
        answered = [
            item.linkId for group in output.entry[1].resource.item or () for item in group.item
        ]
        assert answered == [c.id for c in pdf.criteria]
    claim_response = _fhir_output(tmp_path / "pas" / pdf.packet_id).entry[0].resource
    assert claim_response.request.reference.startswith("urn:uuid:")  # points to the Claim
    assert "(pas_claim)" in (tmp_path / "pas" / pdf.packet_id / "report.html").read_text("utf-8")


@pytest.mark.slow
def test_bundle_with_local_file_urls_gives_the_same_answer(tmp_path, nlp):
    packet = shutil.copytree(SAMPLE_RECORDS / "sij-002", tmp_path / "in" / "sij-002")
    bundle_path = write_bundle(packet, tmp_path / "in", embed=False)
    assert "base64" not in bundle_path.read_text("utf-8") and '"url"' in bundle_path.read_text(
        "utf-8"
    )
    pdf = process_packet(packet, tmp_path / "pdf", nlp=nlp)
    pas = process_packet(bundle_path, tmp_path / "pas", nlp=nlp)
    assert differences(pdf, pas) == []


@pytest.mark.parametrize("packet", TEXT_PACKETS, ids=[p.stem for p in TEXT_PACKETS])
def test_bundle_reads_as_the_same_pages_documents_and_request(tmp_path, packet):
    """Every text sample: what the pipeline scores (page text, documents, request) is the
    same whether the packet arrives as PDFs or as a PAS bundle."""
    request = read_pas_bundle(write_bundle(packet, tmp_path))
    with materialized(request) as folder:
        via_bundle = bundle_packet(read_packet(folder, ocr=False), request)
    direct = read_packet(packet, ocr=False)
    assert [p.text for p in via_bundle.pages] == [p.text for p in direct.pages]
    assert [(d.type, d.date, d.first_page, d.last_page) for d in via_bundle.documents] == [
        (d.type, d.date, d.first_page, d.last_page) for d in direct.documents
    ]
    fields = ("request_date", "side")  # a Claim names no medical policy
    assert [getattr(via_bundle.request, f) for f in fields] == [
        getattr(direct.request, f) for f in fields
    ]
    # A form without a code leaves the procedure to the wording (read later); the Claim
    # always carries a code, so it is known here already, and never a different one.
    assert direct.request.procedure in (None, via_bundle.request.procedure)
    assert via_bundle.request.request_date_source == "pas_claim"
    assert (via_bundle.id, via_bundle.sha256) == (
        packet.stem if packet.is_file() else packet.name,
        request.sha256,
    )


def test_claim_for_a_procedure_the_policy_does_not_cover_is_refused(tmp_path, nlp):
    """The PDF route of the uncoded sample is reviewed (its wording decides, or nothing
    does: insufficient); as a Claim coded 27299 it is not an SIJ fusion request and is
    refused by code (E109), never reviewed as one."""
    from pipeline.errors import UncoveredProcedureError

    with pytest.raises(UncoveredProcedureError) as refused:
        process_packet(
            write_bundle(SAMPLE_RECORDS / f"{UNCODED}.pdf", tmp_path / "bundles"),
            tmp_path / "pas",
            nlp=nlp,
        )
    assert refused.value.code == "E109"


def test_cli_reports_a_bad_bundle_by_code_and_goes_on(tmp_path, capsys):
    bad = write(tmp_path / "in" / "broken.json", bundle(documents=()))
    data = bundle()
    claim_of(data)["created"] = "JANE-DOE"
    invalid = write(tmp_path / "in" / "invalid.json", data)
    code = main(
        [
            "process",
            str(bad),
            str(invalid),
            "--out",
            str(tmp_path / "out"),
            "--workers",
            "1",
            "--show-names",
        ]
    )
    err = capsys.readouterr().err
    assert code == EXIT_PACKET_FAILED
    assert "broken.json: carries no supporting document" in err and "[E112]" in err
    assert "[E110]" in err and "JANE-DOE" not in err


def test_batch_run_quarantines_a_bad_bundle_as_unreadable(tmp_path):
    from flows.outcome import run_packet

    bad = write(tmp_path / "inbox" / "b.json", json.dumps({"resourceType": "Bundle"})[:-1])
    outcome = run_packet(bad, tmp_path / "out", "b")
    assert (outcome.status, outcome.error_code) == ("packet_error", "E110")


def test_inbox_finds_bundles_beside_pdfs_and_folders(tmp_path):
    inbox = tmp_path / "inbox"
    write(inbox / "request-1.json", bundle())
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4")
    (inbox / "notes.txt").write_text("not a packet")
    assert [p.path.name for p in find_packets(inbox)] == ["request-1.json", "scan.pdf"]
