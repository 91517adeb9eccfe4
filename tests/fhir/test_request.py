"""Reading a PAS request Bundle: metadata from the Claim, documents from supportingInfo,
URLs that are refused, and a clear per-packet error for each way a bundle can be bad."""

from __future__ import annotations

import base64
import datetime as dt
import os

import pytest

from pipeline.errors import (
    BundleAttachmentError,
    BundleNoDocumentsError,
    BundleNoProcedureError,
    BundleUrlRefusedError,
    InvalidBundleError,
    PacketTooLargeError,
)
from pipeline.fhir.request import is_bundle_path, read_pas_bundle
from tests.fhir.bundles import (
    CPT,
    FAKE_PDF,
    bundle,
    claim_of,
    document_reference,
    supporting,
    write,
)


def test_request_claim_gives_request_metadata_and_documents_in_order(tmp_path):
    data = bundle(
        codes=((CPT, "27280"),),
        created="2025-10-02T23:30:00-05:00",
        documents=(
            document_reference("a_request.pdf"),
            document_reference("b_note.pdf", b"%PDF-1.7 b"),
        ),
    )
    request = read_pas_bundle(write(tmp_path / "req-7.json", data))
    assert request.packet_id == "req-7"
    assert request.metadata.request_date == dt.date(2025, 10, 2)  # the sender's own day
    assert request.metadata.procedure_codes == ("27280",)
    assert request.metadata.member_id == "MEM123"
    assert [(d.name, d.data) for d in request.documents] == [
        ("a_request.pdf", FAKE_PDF),
        ("b_note.pdf", b"%PDF-1.7 b"),
    ]
    assert request.context.claim == {"reference": "urn:uuid:claim"}
    assert request.context.patient == {"reference": "urn:uuid:patient"}
    assert request.context.coverage == {"reference": "urn:uuid:coverage"}
    assert request.context.item_sequences == (1,)


def test_request_codes_of_other_systems_are_not_procedure_codes(tmp_path):
    data = bundle(
        codes=(("https://codesystem.x12.org/005010/1365", "3"), (CPT, "27279"), (CPT, "27279"))
    )
    assert read_pas_bundle(write(tmp_path / "r.json", data)).metadata.procedure_codes == ("27279",)


def test_request_member_id_falls_back_to_the_patients_member_identifier(tmp_path):
    data = bundle(subscriber_id=None)
    data["entry"][1]["resource"]["identifier"] = [
        {"value": "MRN-9"},
        {
            "type": {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}
                ]
            },
            "value": "MB-42",
        },
    ]
    assert read_pas_bundle(write(tmp_path / "r.json", data)).metadata.member_id == "MB-42"


def test_request_references_to_the_wrong_kind_of_resource_give_no_member_id(tmp_path):
    data = bundle(subscriber_id=None)
    claim_of(data)["insurance"][0]["coverage"] = {"reference": "urn:uuid:insurer"}
    claim_of(data)["patient"] = {"reference": "urn:uuid:coverage"}
    assert read_pas_bundle(write(tmp_path / "r.json", data)).metadata.member_id is None


DOCUMENT_FORMS = {
    "attachment in supportingInfo": lambda: bundle(
        documents=(),
        supporting_info=[
            supporting(
                1,
                valueAttachment={
                    "contentType": "application/pdf",
                    "title": "x.pdf",
                    "data": base64.b64encode(FAKE_PDF).decode(),
                },
            )
        ],
    ),
    "Binary referenced by supportingInfo": lambda: bundle(
        documents=(),
        extra_entries=(
            (
                "urn:uuid:bin",
                {
                    "resourceType": "Binary",
                    "contentType": "application/pdf",
                    "data": base64.b64encode(FAKE_PDF).decode(),
                },
            ),
        ),
        supporting_info=[
            supporting(1, valueReference={"reference": "urn:uuid:bin", "display": "x.pdf"})
        ],
    ),
    "DocumentReference url to a bundled Binary (Type/id)": lambda: bundle(
        documents=(document_reference("x.pdf", None, url="Binary/b1"),),
        extra_entries=(
            (
                "urn:uuid:bin",
                {
                    "resourceType": "Binary",
                    "id": "b1",
                    "contentType": "application/pdf",
                    "data": base64.b64encode(FAKE_PDF).decode(),
                },
            ),
        ),
    ),
    "untyped attachment is tried as a PDF": lambda: bundle(
        documents=(
            {
                "resourceType": "DocumentReference",
                "status": "current",
                "content": [
                    {"attachment": {"title": "x.pdf", "data": base64.b64encode(FAKE_PDF).decode()}}
                ],
            },
        ),
    ),
}


@pytest.mark.parametrize("make", DOCUMENT_FORMS.values(), ids=DOCUMENT_FORMS.keys())
def test_request_reads_each_way_a_document_can_travel(tmp_path, make):
    request = read_pas_bundle(write(tmp_path / "r.json", make()))
    assert [(d.name, d.data) for d in request.documents] == [("x.pdf", FAKE_PDF)]


@pytest.mark.parametrize(
    "url",
    [
        "docs/note.pdf",
        "./docs/note.pdf",
        "file:docs/note.pdf",
        "docs/n%6Fte.pdf",
        "ABSOLUTE",
        "file://localhost/ABSOLUTE",
    ],
)
def test_request_reads_local_file_urls_inside_the_bundle_folder(tmp_path, url):
    note = tmp_path / "docs" / "note.pdf"
    note.parent.mkdir()
    note.write_bytes(FAKE_PDF)
    url = url.replace("ABSOLUTE", str(note).lstrip("/") if url.startswith("file") else str(note))
    data = bundle(documents=(document_reference("note.pdf", None, url=url),))
    assert read_pas_bundle(write(tmp_path / "r.json", data)).documents[0].data == FAKE_PDF


@pytest.mark.parametrize(
    "url",
    [
        "https://provider.example.org/docs/note.pdf",
        "http://127.0.0.1/note.pdf",
        "ftp://files.example.org/note.pdf",
        "//files.example.org/note.pdf",
        "file://fileserver/share/note.pdf",
        "data:application/pdf;base64,JVBERi0=",
        "../outside.pdf",
        "docs/../../outside.pdf",
        "OUTSIDE_ABSOLUTE",
        "file:OUTSIDE_ABSOLUTE",
        "docs/link.pdf",
    ],
)
def test_request_refuses_urls_off_the_machine_or_outside_its_folder(tmp_path, url):
    folder = tmp_path / "bundle"
    (folder / "docs").mkdir(parents=True)
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(FAKE_PDF)
    os.symlink(outside, folder / "docs" / "link.pdf")  # a link inside that leads out
    url = url.replace("OUTSIDE_ABSOLUTE", str(outside))
    data = bundle(documents=(document_reference("note.pdf", None, url=url),))
    with pytest.raises(BundleUrlRefusedError) as refused:
        read_pas_bundle(write(folder / "r.json", data))
    assert refused.value.code == "E113"


def _claim_edit(edit):
    def make():
        data = bundle()
        edit(claim_of(data), data)
        return data

    return make


BAD_BUNDLES = {
    "not JSON": (lambda: "{'resourceType': 'Bundle',", InvalidBundleError),
    "JSON but not a Bundle": (lambda: {"resourceType": "Patient"}, InvalidBundleError),
    "invalid FHIR": (_claim_edit(lambda c, d: c.update(created="15/09/2025")), InvalidBundleError),
    "no Claim": (lambda: {**bundle(), "entry": bundle()["entry"][1:]}, InvalidBundleError),
    "no CPT code": (
        lambda: bundle(codes=(("http://snomed.info/sct", "44946007"),)),
        BundleNoProcedureError,
    ),
    "no supporting information": (lambda: bundle(documents=()), BundleNoDocumentsError),
    "only a non-PDF document": (
        lambda: bundle(
            documents=(document_reference("note.txt", b"text", contentType="text/plain"),)
        ),
        BundleNoDocumentsError,
    ),
    "reference not in the bundle": (
        lambda: bundle(
            documents=(),
            supporting_info=[supporting(1, valueReference={"reference": "DocumentReference/gone"})],
        ),
        BundleAttachmentError,
    ),
    "attachment with neither data nor url": (
        lambda: bundle(documents=(document_reference("x.pdf", None),)),
        BundleAttachmentError,
    ),
    "missing local file": (
        lambda: bundle(documents=(document_reference("x.pdf", None, url="missing.pdf"),)),
        BundleAttachmentError,
    ),
    "url to a bundled resource that is not a Binary": (
        lambda: bundle(documents=(document_reference("x.pdf", None, url="urn:uuid:patient"),)),
        BundleAttachmentError,
    ),
}


@pytest.mark.parametrize("make,error", BAD_BUNDLES.values(), ids=BAD_BUNDLES.keys())
def test_request_bad_bundles_are_clear_packet_errors(tmp_path, make, error):
    with pytest.raises(error) as raised:
        read_pas_bundle(write(tmp_path / "bad.json", make()))
    assert raised.value.code.startswith("E11")
    assert str(raised.value).startswith("bad.json: ")


def test_request_errors_never_quote_the_bundle(tmp_path):
    data = bundle()
    claim_of(data)["created"] = "SMITH-JANE-1961"  # a value that must not reach the message
    claim_of(data)["item"][0]["productOrService"]["text"] = "SMITH"
    with pytest.raises(InvalidBundleError) as raised:
        read_pas_bundle(write(tmp_path / "bad.json", data))
    assert "SMITH" not in str(raised.value) and "1961" not in str(raised.value)
    assert "created" in str(raised.value)  # where, not what


def test_request_too_large_a_bundle_is_refused_before_reading(tmp_path, monkeypatch):
    from pipeline.ingest.rules import IngestLimits

    small = IngestLimits.model_validate({**_limits(), "max_file_bytes": 100})
    monkeypatch.setattr("pipeline.fhir.request.ingest_limits", lambda: small)
    with pytest.raises(PacketTooLargeError):
        read_pas_bundle(write(tmp_path / "big.json", bundle()))


def _limits() -> dict:
    from pipeline.ingest.rules import ingest_limits

    return ingest_limits().model_dump()


@pytest.mark.parametrize(
    "titles,names",
    [
        (["01_request.pdf", "02_note.pdf"], ["01_request.pdf", "02_note.pdf"]),
        (["note.pdf", "imaging.pdf"], ["1_note.pdf", "2_imaging.pdf"]),  # keep the Claim's order
        (["same.pdf", "same.pdf"], ["1_same.pdf", "2_same.pdf"]),
        (["../../etc/passwd", "C:\\scans\\mri"], ["1_passwd.pdf", "2_mri.pdf"]),
        ([None, "x y?.PDF"], ["document-1.pdf", "x y_.PDF"]),
        (["x.pdf", None], ["1_x.pdf", "2_document-2.pdf"]),
    ],
)
def test_request_document_names_are_safe_and_keep_the_claims_order(tmp_path, titles, names):
    data = bundle(documents=tuple(document_reference(t) for t in titles))
    assert [d.name for d in read_pas_bundle(write(tmp_path / "r.json", data)).documents] == names


def test_request_supporting_info_order_is_its_sequence_not_its_position(tmp_path):
    data = bundle(
        documents=(
            document_reference("b.pdf", b"%PDF second"),
            document_reference("a.pdf", b"%PDF first"),
        )
    )
    claim_of(data)["supportingInfo"][0]["sequence"] = 2
    claim_of(data)["supportingInfo"][1]["sequence"] = 1
    request = read_pas_bundle(write(tmp_path / "r.json", data))
    assert [d.data for d in request.documents] == [b"%PDF first", b"%PDF second"]


def test_request_skipped_non_pdf_documents_are_warned_about(tmp_path):
    data = bundle(
        documents=(
            document_reference("note.pdf"),
            document_reference("x.txt", b"t", contentType="text/plain"),
        )
    )
    request = read_pas_bundle(write(tmp_path / "r.json", data))
    assert len(request.documents) == 1
    assert any("text/plain" in w and "not read" in w for w in request.warnings)


@pytest.mark.parametrize(
    "name,expected",
    [("r.json", True), ("R.JSON", True), ("r.pdf", False), ("packet.json.bak", False)],
)
def test_request_bundles_are_recognised_by_file_type(tmp_path, name, expected):
    assert is_bundle_path(tmp_path / name) is expected
