"""Packet integrity: documents naming different patients refer the packet to a
clinician (never meets_criteria), with the criteria left as scored; a folder's
subfolder is reported, not silently skipped."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.integrity import (
    OCR_MISREAD,
    PATIENT_MISMATCH,
    SUBFOLDER_NOT_READ,
    patient_notices,
    recommend,
)
from pipeline.models import DeterminationValue, IdentityMention, Notice
from tests.flows.packets import write_packet_pdf

ROSA = "Patient: Rosa M. Ibarra   DOB: 07/09/1958   Member ID: QX5521803"
ROSA_AGAIN = "IBARRA, ROSA | DOB 7/9/1958"
MARCO = "Patient: Marco Ibarra   DOB: 11/30/1961   Member ID: QX5521777"


def _mention(field, value, text, document, page=1, ocr=False):
    return IdentityMention(
        field=field,
        value=value,
        text=text,
        document=document,
        page=page,
        rule_id="test",
        ocr=ocr,
    )


def test_integrity_agreeing_or_silent_documents_raise_no_notice():
    mentions = [
        _mention("name", "ibarra rosa", "Rosa M. Ibarra", "a.pdf"),
        _mention("name", "ibarra rosa", "IBARRA, ROSA", "b.pdf", 4),
        _mention("dob", "1958-07-09", "07/09/1958", "a.pdf"),
    ]
    assert patient_notices(mentions) == ()
    assert patient_notices([]) == ()


@pytest.mark.parametrize(
    ("mentions", "says"),
    [
        (
            [
                _mention("name", "ibarra rosa", "Rosa Ibarra", "a.pdf"),
                _mention("name", "ibarra marco", "Marco Ibarra", "b.pdf", 3),
            ],
            [
                "This folder's PDFs name different patients",
                "patient name",
                "a.pdf p. 1",
                "b.pdf p. 3",
            ],
        ),
        (
            [
                _mention("dob", "1958-07-09", "07/09/1958", "packet.pdf", 1),
                _mention("dob", "1961-11-30", "11/30/1961", "packet.pdf", 5),
            ],
            [
                "The packet's documents name different patients",
                "date of birth",
                "packet.pdf p. 1",
                "packet.pdf p. 5",
            ],
        ),
        (
            [
                _mention("member_id", "QX5521803", "QX5521803", "request", None),
                _mention("member_id", "QX5521777", "QX5521777", "form.pdf", 2),
            ],
            ["member ID", "the request metadata (packet.json)", "form.pdf p. 2"],
        ),
    ],
    ids=["names-in-two-files", "dobs-in-one-file", "packet-json-member-id"],
)
def test_integrity_disagreement_is_one_referring_notice_saying_where(mentions, says):
    (notice,) = patient_notices(mentions)
    assert notice.code == PATIENT_MISMATCH and notice.refers
    for text in says:
        assert text in notice.message


_TYPED = [
    _mention("name", "ibarra rosa", "Rosa M. Ibarra", "a.pdf", 1),
    _mention("dob", "1958-07-09", "07/09/1958", "a.pdf", 1),
]


@pytest.mark.parametrize(
    ("scanned", "refers"),
    [
        # A scan's misread digit, on a page naming the same patient: no second patient.
        (
            [
                _mention("name", "ibarra rosa", "IBARRA, ROSA", "a.pdf", 5, ocr=True),
                _mention("dob", "1950-07-09", "07/09/1950", "a.pdf", 5, ocr=True),
            ],
            False,
        ),
        (
            [
                _mention("name", "ibarra rosa", "Rosa Ibarra", "fax.pdf", 2, ocr=True),
                _mention("dob", "1958-01-09", "01/09/1958", "fax.pdf", 2, ocr=True),
            ],
            False,
        ),
        # No agreeing name on its page: the date stays a disagreement.
        ([_mention("dob", "1950-07-09", "07/09/1950", "a.pdf", 5, ocr=True)], True),
        (
            [
                _mention("name", "ibarra marco", "Marco Ibarra", "a.pdf", 5, ocr=True),
                _mention("dob", "1950-07-09", "07/09/1950", "a.pdf", 5, ocr=True),
            ],
            True,
        ),
        # Two characters apart, or typed rather than scanned: a disagreement.
        (
            [
                _mention("name", "ibarra rosa", "Rosa Ibarra", "a.pdf", 5, ocr=True),
                _mention("dob", "1961-07-09", "07/09/1961", "a.pdf", 5, ocr=True),
            ],
            True,
        ),
        (
            [
                _mention("name", "ibarra rosa", "Rosa Ibarra", "a.pdf", 5),
                _mention("dob", "1950-07-09", "07/09/1950", "a.pdf", 5),
            ],
            True,
        ),
        # A name misread, confirmed by the date of birth on its page.
        (
            [
                _mention("name", "ibakra rosa", "IBAKRA, ROSA", "a.pdf", 5, ocr=True),
                _mention("dob", "1958-07-09", "07/09/1958", "a.pdf", 5, ocr=True),
            ],
            False,
        ),
        (
            [
                _mention("name", "ibara rosa", "Rosa Ibara", "a.pdf", 5, ocr=True),
                _mention("dob", "1961-11-30", "11/30/1961", "a.pdf", 5, ocr=True),
            ],
            True,
        ),
        ([_mention("name", "ibara rosa", "Rosa Ibara", "a.pdf", 5, ocr=True)], True),
        (
            [
                _mention("name", "ibarra rose", "Rose Ibarra", "a.pdf", 5),
                _mention("dob", "1958-07-09", "07/09/1958", "a.pdf", 5),
            ],
            True,
        ),
    ],
    ids=[
        "year-digit",
        "month-digit",
        "no-name",
        "other-name",
        "two-digits",
        "typed",
        "name-letter",
        "name-with-other-dob",
        "name-alone",
        "typed-name",
    ],
)
def test_integrity_a_scans_misread_digit_is_not_a_second_patient(scanned, refers):
    notices = patient_notices([*_TYPED, *scanned])
    assert any(n.refers for n in notices) is refers
    if not refers:
        (notice,) = notices
        assert notice.code == OCR_MISREAD and not notice.refers
        assert any(m.text in notice.message for m in scanned)


_TWO_GIVEN_NAMES = [
    _mention("name", "ana dominguez ferreira lucia", "Ana Lucia Ferreira Dominguez", "a.pdf"),
    _mention("dob", "1966-02-03", "02/03/1966", "a.pdf"),
]


@pytest.mark.parametrize(
    ("read", "refers"),
    [
        # A lost space merges or cuts the given names; a space inserted splits one.
        ("FERREIRA DOMINGUEZ, ANAL", False),
        ("ANALUCIA FERREIRA DOMINGUEZ", False),
        ("Ana Lu cia Ferreira Dominguez", False),
        ("FERREIRA DOMINGUEZ, LUCIAANA", False),
        # Another given name is no spacing misread.
        ("FERREIRA DOMINGUEZ, ANAB", True),
        ("FERREIRA DOMINGUEZ, MARTA", True),
    ],
    ids=["cut", "merged", "split", "merged-other-order", "other-letter-after-cut", "other-name"],
)
def test_integrity_a_scans_lost_or_added_space_in_a_name_is_not_a_second_patient(read, refers):
    words = " ".join(sorted(w for w in read.lower().replace(",", "").split() if len(w) > 1))
    scanned = [
        _mention("name", words, read, "fax.pdf", 4, ocr=True),
        _mention("dob", "1966-02-03", "02/03/1966", "fax.pdf", 4, ocr=True),
    ]
    notices = patient_notices([*_TWO_GIVEN_NAMES, *scanned])
    assert any(n.refers for n in notices) is refers
    if not refers:
        (notice,) = notices
        assert notice.code == OCR_MISREAD and read in notice.message


def test_integrity_a_single_given_name_is_never_read_as_cut_short():
    scanned = [
        _mention("name", "ibarra rosalind", "IBARRA, ROSALIND", "fax.pdf", 4, ocr=True),
        _mention("dob", "1958-07-09", "07/09/1958", "fax.pdf", 4, ocr=True),
    ]
    (notice,) = patient_notices([*_TYPED, *scanned])
    assert notice.code == PATIENT_MISMATCH and notice.refers


def test_integrity_a_misread_elsewhere_no_longer_blocks_confirming_a_page():
    """Page 4's date is a misread (its member id confirms the page); once that date no
    longer counts, page 5's scanned name is confirmed by page 5's agreeing date."""
    scanned = [
        _mention("member_id", "QX5521803", "QX5521803", "a.pdf", 1),
        _mention("dob", "1958-01-09", "01/09/1958", "fax.pdf", 4, ocr=True),
        _mention("member_id", "QX5521803", "QX5521803", "fax.pdf", 4, ocr=True),
        _mention("name", "ibakra rosa", "IBAKRA, ROSA", "fax.pdf", 5, ocr=True),
        _mention("dob", "1958-07-09", "07/09/1958", "fax.pdf", 5, ocr=True),
    ]
    notices = patient_notices([*_TYPED, *scanned])
    assert not any(n.refers for n in notices)
    assert [n.code for n in notices] == [OCR_MISREAD, OCR_MISREAD]


def test_integrity_two_misreads_that_only_confirm_each_other_stay_a_disagreement():
    scanned = [
        _mention("dob", "1958-01-09", "01/09/1958", "fax.pdf", 4, ocr=True),
        _mention("name", "ibarra rosa", "Rosa Ibarra", "fax.pdf", 4, ocr=True),
        _mention("name", "ibakra rosa", "IBAKRA, ROSA", "fax.pdf", 5, ocr=True),
        _mention("dob", "1958-07-09", "07/09/1958", "fax.pdf", 5, ocr=True),
    ]
    assert any(n.refers for n in patient_notices([*_TYPED, *scanned]))


@pytest.mark.parametrize(
    ("ids", "refers"),
    [
        ([("48217730", "request"), ("CSN4821773001", "form.pdf")], False),
        ([("U96540338", "notes.pdf"), ("96540338", "request")], False),
        (
            [("48217730", "request"), ("4821773001", "form.pdf"), ("4821773002", "notes.pdf")],
            True,
        ),
    ],
    ids=["card-form-vs-request", "letter-prefix", "two-people-of-one-card"],
)
def test_integrity_member_id_with_and_without_card_prefix_and_suffix(ids, refers):
    mentions = [
        _mention("member_id", value, value, doc, None if doc == "request" else 1)
        for value, doc in ids
    ]
    notices = patient_notices(mentions)
    assert any(n.refers for n in notices) is refers


@pytest.mark.parametrize("criteria", list(DeterminationValue)[:3])
def test_integrity_a_referring_notice_decides_the_packet_whatever_the_criteria(criteria):
    refer = Notice(code=PATIENT_MISMATCH, message="x", refers=True)
    other = Notice(code="request_date.newest_document", message="y")
    assert recommend(criteria, [other, refer]) is DeterminationValue.insufficient_documentation
    assert recommend(criteria, [other]) is criteria


def test_integrity_folder_of_two_patients_is_referred_and_its_subfolder_reported(
    tmp_path, nlp, capsys
):
    folder = tmp_path / "in" / "mixed"
    write_packet_pdf(folder / "a.pdf", "MRN 1", patient=ROSA)
    write_packet_pdf(folder / "b.pdf", "MRN 2", patient=MARCO)
    write_packet_pdf(folder / "third-packet" / "c.pdf", "MRN 3", patient=ROSA)
    alone = write_packet_pdf(tmp_path / "in" / "a-alone.pdf", "MRN 1", patient=ROSA)
    out = tmp_path / "out"

    assert main(["process", str(folder), str(alone), "--out", str(out), "--show-names"]) == 0

    mixed = json.loads((out / "mixed" / "determination.json").read_text())
    single = json.loads((out / "a-alone" / "determination.json").read_text())
    assert mixed["determination"] == "insufficient_documentation"
    assert mixed["criteria_determination"] == single["determination"]
    assert [c["status"] for c in mixed["criteria"]] == [c["status"] for c in single["criteria"]]
    codes = {n["code"]: n for n in mixed["notices"]}
    assert codes[PATIENT_MISMATCH]["refers"]
    assert "This folder's PDFs name different patients" in codes[PATIENT_MISMATCH]["message"]
    assert "third-packet" in codes[SUBFOLDER_NOT_READ]["message"]
    assert single["notices"] == [] and single["criteria_determination"] == single["determination"]

    out_lines = capsys.readouterr().out.splitlines()
    (line,) = [line for line in out_lines if line.startswith("mixed ")]
    assert "insufficient_documentation" in line and PATIENT_MISMATCH in line
    html = (out / "mixed" / "report.html").read_text()
    assert html.index("name different patients") < html.index('<h2 class="group')


def test_integrity_same_patient_written_differently_across_files_is_not_referred(tmp_path, nlp):
    folder = tmp_path / "one-patient"
    write_packet_pdf(folder / "01.pdf", "MRN 1", patient=ROSA)
    write_packet_pdf(folder / "02.pdf", "MRN 2", patient=ROSA_AGAIN)
    out = tmp_path / "out"

    assert main(["process", str(folder), "--out", str(out)]) == 0

    result = json.loads((out / "one-patient" / "determination.json").read_text())
    assert result["determination"] == result["criteria_determination"]
    assert result["notices"] == []
    assert {m["field"] for m in result["identity"]} == {"name", "dob", "member_id"}


def test_integrity_packet_json_naming_another_member_is_referred(tmp_path, nlp):
    folder = tmp_path / "wrong-member"
    write_packet_pdf(folder / "01.pdf", patient=ROSA)
    (folder / "packet.json").write_text(json.dumps({"member_id": "QX5521777"}))
    out = tmp_path / "out"

    assert main(["process", str(folder), "--out", str(out)]) == 0

    result = json.loads((out / "wrong-member" / "determination.json").read_text())
    assert result["determination"] == "insufficient_documentation"
    (notice,) = result["notices"]
    assert notice["refers"]
    assert "member ID" in notice["message"] and "packet.json" in notice["message"]
