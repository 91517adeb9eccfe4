"""A packet is split into documents at titles and files, each typed and dated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.ingest import read_packet
from pipeline.ingest.split import classify_title, is_banner, labelled_date, unlabelled_date
from pipeline.models import DocumentType, Packet
from tests.ingest.conftest import EXPECTED_DOCUMENTS
from tests.ingest.pdfs import Sheet, words, write


def test_documents_types_pages_and_dates(clinical: Packet) -> None:
    got = [
        (d.type.value, d.first_page, d.last_page, d.date.isoformat() if d.date else None)
        for d in clinical.documents
    ]
    assert got == EXPECTED_DOCUMENTS
    assert [d.id for d in clinical.documents] == [f"doc-0{i}" for i in range(1, 9)]
    assert clinical.documents[2].title == "OFFICE VISIT - SPINE CLINIC"


def test_documents_tile_the_packet(clinical: Packet) -> None:
    pages = [n for d in clinical.documents for n in range(d.first_page, d.last_page + 1)]
    assert pages == [p.number for p in clinical.pages]


TITLES = [
    ("FAX COVER SHEET", DocumentType.fax_cover),
    ("Facsimile Transmittal", DocumentType.fax_cover),
    ("FAX - CAROLINA SPINE & ORTHOPAEDICS", DocumentType.fax_cover),
    ("Fax: Summit Pain Associates", DocumentType.fax_cover),
    ("ACME FAX", DocumentType.fax_cover),
    ("PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY", DocumentType.request_form),
    ("Precertification Request Form", DocumentType.request_form),
    ("OFFICE VISIT - PHYSICAL MEDICINE & REHABILITATION", DocumentType.office_note),
    ("Orthopaedic Spine Consultation", DocumentType.office_note),
    ("PROGRESS NOTE", DocumentType.office_note),
    ("PHYSICAL THERAPY PROGRESS NOTE", DocumentType.pt_note),
    ("Occupational Therapy Evaluation", DocumentType.pt_note),
    ("PT VISIT LOG", DocumentType.pt_note),
    ("SACROILIAC JOINT INJECTION - PROCEDURE NOTE", DocumentType.procedure_note),
    ("CT-GUIDED SI JOINT INJECTION", DocumentType.procedure_note),
    ("XR PELVIS 2 VIEWS", DocumentType.imaging_report),
    ("MRI LUMBAR SPINE WITHOUT CONTRAST", DocumentType.imaging_report),
    ("CT PELVIS", DocumentType.imaging_report),
    ("RADIOLOGY REPORT", DocumentType.imaging_report),
    ("CURRENT MEDICATION LIST", DocumentType.medication_list),
    ("LETTER OF MEDICAL NECESSITY", DocumentType.letter),
    ("OSWESTRY DISABILITY INDEX", DocumentType.other),
    ("Orthopaedic Visit Summary", DocumentType.office_note),
    ("ENCOUNTER NOTE", DocumentType.office_note),
    ("Harbor Pelvic Rehab - Discharge Summary", DocumentType.pt_note),
    ("PROCEDURE LOG - SI JOINT INJECTIONS", DocumentType.procedure_note),
    ("DISCHARGE SUMMARY", DocumentType.other),
    ("INTERVENTIONAL SPINE PROCEDURES", DocumentType.procedure_note),
    ("Pain Management Consultations", DocumentType.office_note),
    ("New Patient Evaluations", DocumentType.office_note),
    ("PHYSICAL MEDICINE & REHABILITATION - CONSULTATION", DocumentType.office_note),
    # terse and abbreviated titles of small-practice and dictated records
    ("PA REQUEST", DocumentType.request_form),
    ("P.A. form - lumbar/SI", DocumentType.request_form),
    ("PROC NOTE 01/21/26", DocumentType.procedure_note),
    ("Proc. report - R SIJ", DocumentType.procedure_note),
    ("OP NOTE", DocumentType.procedure_note),
    ("OV 03/30/26", DocumentType.office_note),
    ("F/U visit 11/02/2025", DocumentType.office_note),
    # a statement written by the patient's family or caregiver is a letter
    ("CAREGIVER STATEMENT", DocumentType.letter),
    ("Note from the patient's daughter", DocumentType.letter),
    ("Statement by his wife re: daily function", DocumentType.letter),
    ("Family member's account of a typical day", DocumentType.letter),
    ("Care-giver note", DocumentType.letter),
    ("Family history", None),
    ("Caregiver: spouse present at visit", None),
    ("Statement of work", None),
    # accounts: the plan's reviewer and the surgeon on a call, the patient's own messages
    ("PEER-TO-PEER REVIEW - TELEPHONE TRANSCRIPT", DocumentType.letter),
    ("Peer to peer conversation record", DocumentType.letter),
    ("P2P call with Dr. Ames", DocumentType.letter),
    ("Telephone transcript", DocumentType.letter),
    ("MyHealth Portal - Secure Messages (printed)", DocumentType.letter),
    ("Patient message thread", DocumentType.letter),
    # prints that gather many records, and therapy flowsheets by any name
    ("Summary of Care - Continuity of Care Document", DocumentType.other),
    ("Regional HIE | Clinical Summary (C-CDA CCD)", DocumentType.other),
    ("Health Information Exchange record print", DocumentType.other),
    ("Daily Note Flowsheet", DocumentType.pt_note),
    ("Exercise flow sheet", DocumentType.pt_note),
    ("After Visit Summary", DocumentType.office_note),
    ("LAKEVIEW IMAGING - 12 Oak St, Salem", DocumentType.imaging_report),
    ("Chart note (transcribed)", DocumentType.office_note),
    ("Surgeon's note", DocumentType.office_note),
    ("Overview of care", None),
    ("Spa request", None),
    ("HISTORY OF PRESENT ILLNESS", None),
    ("ASSESSMENT AND PLAN", None),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_classify_title(title: str, expected: DocumentType | None) -> None:
    assert classify_title(title) == expected


DATE_LINES = [
    # (lines, labelled, first)
    (["Date of Service: 08/28/2025"], "2025-08-28", "2025-08-28"),
    (["DOB: 03/14/1971", "Exam date: 02/03/2025"], "2025-02-03", "2025-02-03"),
    (
        ["Planned date of service: 10/20/2025", "Request date: 09/22/2025"],
        "2025-09-22",
        "2025-10-20",
    ),
    (["Procedure Date: Aug 21, 2025"], "2025-08-21", "2025-08-21"),
    (["Date of birth: 03/14/1971", "Seen 2025-05-05 for follow-up"], None, "2025-05-05"),
    (["Printed: 09/08/2025"], None, "2025-09-08"),
    (["DOB 03/14/1971"], None, None),
    (["Started PT 09/2024"], None, None),
    # a bilingual form's label and its translation; a therapy discharge's own date
    (
        ["Nom / Name: Roy, Ana", "Date de la visite / Visit date: 14-Jan-2025"],
        "2025-01-14",
        "2025-01-14",
    ),
    (["Date / Date: 2024-12-29"], "2024-12-29", "2024-12-29"),
    (["Start of care: 11/04/2025", "Discharge: 05/20/2026"], "2026-05-20", "2025-11-04"),
]


@pytest.mark.parametrize(("lines", "labelled", "first"), DATE_LINES)
def test_document_date_rules(lines: list[str], labelled: str | None, first: str | None) -> None:
    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    assert iso(labelled_date(lines)) == labelled
    assert iso(unlabelled_date(lines)) == first


def test_each_file_starts_a_document_typed_by_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "pkt"
    untitled = [("para", "Pain 6/10 today, seen 07/07/2025. " + words(30))]
    write(Sheet(documents=[untitled]), folder / "01_office_note_2025-07-07.pdf")
    write(Sheet(documents=[untitled, untitled]), folder / "02_misc.pdf")
    packet = read_packet(folder)
    got = [(d.type.value, d.title, d.first_page, d.last_page) for d in packet.documents]
    assert got == [("office_note", "", 1, 1), ("other", "", 2, 3)]
    assert packet.documents[0].date == dt.date(2025, 7, 7)


def test_dated_section_heading_does_not_start_a_document(tmp_path: Path) -> None:
    sheet = Sheet(
        documents=[
            [
                ("title", "SI JOINT INJECTION PROCEDURE NOTES"),
                ("heading", "03/12/2025 - Right SI joint diagnostic block #1"),
                ("para", words(40)),
                ("page_break", None),
                ("heading", "06/18/2025 - Right SI joint injection (therapeutic)"),
                ("para", words(40)),
            ]
        ]
    )
    packet = read_packet(write(sheet, tmp_path / "proc.pdf"))
    assert [(d.type.value, d.first_page, d.last_page) for d in packet.documents] == [
        ("procedure_note", 1, 2)
    ]
    assert packet.documents[0].date == dt.date(2025, 3, 12)


LETTERHEADS = [
    # (header, blocks, expected type, expected title)
    (
        None,
        [("title", "TRIAD ORTHOPAEDIC SPINE CENTER"), ("heading", "Office Visit - Spine Surgery")],
        "office_note",
        "TRIAD ORTHOPAEDIC SPINE CENTER",
    ),
    (
        "Moore County Physical Therapy",
        [("title", "DISCHARGE SUMMARY")],
        "pt_note",
        "DISCHARGE SUMMARY",
    ),
    (
        None,
        [("title", "SANDHILLS RHEUMATOLOGY ASSOCIATES")],
        "other",
        "SANDHILLS RHEUMATOLOGY ASSOCIATES",
    ),
    (
        None,
        [
            (
                "title",
                "PROCEDURE NOTE: RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION "
                "UNDER FLUOROSCOPIC GUIDANCE",
            )
        ],
        "procedure_note",
        "PROCEDURE NOTE: RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION "
        "UNDER FLUOROSCOPIC GUIDANCE",
    ),
]


@pytest.mark.parametrize(("header", "blocks", "doc_type", "title"), LETTERHEADS)
def test_letterheads_generic_and_wrapped_titles(
    tmp_path: Path, header: str | None, blocks: list, doc_type: str, title: str
) -> None:
    follow = [("kv", [("Date of Service", "03/03/2025")]), ("para", words(50))]
    first = [("title", "FAX COVER SHEET"), ("para", words(20))]
    sheet = Sheet(header=header, documents=[first, blocks + follow])
    packet = read_packet(write(sheet, tmp_path / "letterhead.pdf"))
    document = packet.documents[-1]
    assert (document.type.value, document.title, document.first_page) == (doc_type, title, 2)
    assert document.date == dt.date(2025, 3, 3)


# Issue 14: the document's own title names its type, not the clinic that sent it, and a
# fax transmission line is never a title.
OWN_TITLES = [
    # (file header, blocks, expected type, expected title)
    pytest.param(
        None,
        [("title", "HARBOR PELVIC REHAB"), ("heading", "Procedure Note")],
        "procedure_note",
        "HARBOR PELVIC REHAB",
        id="rehab_letterhead_over_procedure_title",
    ),
    pytest.param(
        None,
        [("title", "Piedmont Radiology Associates"), ("title", "Office Visit - Spine")],
        "office_note",
        "Piedmont Radiology Associates",
        id="radiology_letterhead_over_visit_title",
    ),
    pytest.param(
        None,
        [("title", "SANDHILLS SPORTS REHAB")],
        "pt_note",
        "SANDHILLS SPORTS REHAB",
        id="service_letterhead_alone_still_types",
    ),
    pytest.param(
        None,
        [("para", "Piedmont Pain Clinic, 12 Main St, Greensboro"), ("para", "Procedure Note")],
        "procedure_note",
        "Procedure Note",
        id="plain_title_under_an_address_line",
    ),
    pytest.param(
        None,
        [("heading", "JUN 01 2026 10:22 PIEDMONT RADIOLOGY 3365550101"), ("title", "Office Visit")],
        "office_note",
        "Office Visit",
        id="unmasked_fax_banner_above_the_title",
    ),
    pytest.param(
        None,
        [("heading", "Received 06/01/2026 via fax (336) 555-0101"), ("para", "Procedure note")],
        "procedure_note",
        "Procedure note",
        id="fax_receipt_line_then_plain_title",
    ),
    pytest.param(
        None,
        [("title", "Caregiver Statement"), ("para", "Sent with the prior authorization request")],
        "letter",
        "Caregiver Statement",
        id="caregiver_statement_sent_with_a_request",
    ),
    pytest.param(
        None,
        [("title", "SI JOINT PROCEDURES")],
        "procedure_note",
        "SI JOINT PROCEDURES",
        id="plural_title",
    ),
    pytest.param(
        None,
        [
            ("title", "Summary of Care - Continuity of Care Document"),
            ("para", "Sources: Valley Spine; Brightwater Rehab & Sports PT; Unifour Imaging"),
        ],
        "other",
        "Summary of Care - Continuity of Care Document",
        id="hie_print_listing_a_rehab_source_stays_other",
    ),
    pytest.param(
        None,
        [("para", "BRIGHTWATER PHYSICAL THERAPY - Discharge Summary (Episode 2)")],
        "pt_note",
        "BRIGHTWATER PHYSICAL THERAPY - Discharge Summary (Episode 2)",
        id="sender_dash_document_name_in_body_type",
    ),
    pytest.param(
        None,
        [
            ("para", "Magnolia Health Plan"),
            ("para", "PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY / PROCEDURE"),
        ],
        "request_form",
        "PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY / PROCEDURE",
        id="capitals_title_under_a_payer_name",
    ),
    pytest.param(
        None,
        [("para", "Peer-to-peer call - telephone transcript")],
        "letter",
        "Peer-to-peer call - telephone transcript",
        id="peer_to_peer_transcript_is_an_account",
    ),
    pytest.param(
        None,
        [
            ("title", "BRIGHTWATER PHYSICAL THERAPY"),
            ("heading", "DISCHARGE SUMMARY / FINAL PROGRESS NOTE"),
        ],
        "pt_note",
        "BRIGHTWATER PHYSICAL THERAPY",
        id="therapy_letterhead_over_a_generic_progress_note",
    ),
    pytest.param(
        None,
        [
            ("title", "HOLLOWAY SPINE CENTER"),
            ("para", "October 2, 2026"),
            ("para", "To: Medical Review, Magnolia Health Plan"),
            ("para", "Re: Ana Roy - requested SI joint fusion"),
        ],
        "letter",
        "HOLLOWAY SPINE CENTER",
        id="bare_letterhead_over_an_address_is_a_letter",
    ),
]


@pytest.mark.parametrize(("header", "blocks", "doc_type", "title"), OWN_TITLES)
def test_the_documents_own_title_types_it(
    tmp_path: Path, header: str | None, blocks: list, doc_type: str, title: str
) -> None:
    follow = [("kv", [("Date of Service", "03/03/2025")]), ("para", words(50))]
    first = [("title", "FAX COVER SHEET"), ("para", words(20))]
    sheet = Sheet(header=header, documents=[first, blocks + follow])
    packet = read_packet(write(sheet, tmp_path / "own_title.pdf"))
    document = packet.documents[-1]
    assert (document.type.value, document.title, document.first_page) == (doc_type, title, 2)


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("06/01/2026 10:22 FROM PIEDMONT PAIN", True),
        ("Piedmont Pain Clinic (336) 555-0101", True),
        ("Jun-01-26 09:14am  p. 3/12", True),
        ("PROCEDURE NOTE", False),
        ("FAX COVER SHEET", False),
        ("XR PELVIS 2 VIEWS - 05/06/2025", False),
    ],
)
def test_fax_banner_lines(line: str, banner: bool) -> None:
    assert is_banner(line) is banner


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["EXAM  CT GUIDANCE, LEFT SACROILIAC JOINT INJECTION"], True),
        (["Accession: 1", "Exam:  CT guided injection sacroiliac joint left (CPT 27096)"], True),
        (["Procedure  Fluoroscopic R SI joint block, anesthetic only"], True),
        (["PROCEDURE PERFORMED: CT-guided right SIJ inj."], True),
        (["EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST"], False),
        (["Exam: MR arthrogram left hip (fluoroscopic contrast injection)"], False),
        (["EXAMINATION: CT PELVIS", "History: prior SIJ injection"], False),
        (["Technique: needle advanced into the joint; injection of steroid"], False),
        # a procedure encounter's own record under a radiology letterhead
        (["Dept. of Radiology", "CONSCIOUS SEDATION FLOW SHEET  DOS 02/11/2026  ROE, ANN"], True),
        (["Imaging Services", "Nursing IV sedation record - interventional suite"], True),
        (["Radiology", "PRE-OP SAFETY CHECKLIST / UNIVERSAL PROTOCOL  04/02/2026"], True),
        (["IR Suite B", "Universal Protocol Time-Out   03/30/2026"], True),
        (["PACU RECOVERY FLOWSHEET 11:05 - 12:10"], True),
        # a study that mentions sedation, a checklist or recovery is still a study
        (["EXAM: MRI PELVIS", "Moderate sedation given; see sedation record"], False),
        (["CT PELVIS WITHOUT CONTRAST", "Sedation log: none required"], False),
        (["FINDINGS: the pre-procedure checklist images show no fracture"], False),
        (["Recovery of joint space height is noted on the follow-up radiograph"], False),
        # a translated European radiology department's report of a joint infiltration
        (["Institute of Radiology", "Report: CT-guided infiltration of the ISG right"], True),
        (["REPORT  Fluoroscopic infiltration, left iliosacral joint"], True),
        (["Report: MRI of the sacroiliac joints, no infiltration of the marrow"], False),
    ],
)
def test_a_reports_own_procedure_field_names_an_injection(lines: list[str], expected: bool) -> None:
    from pipeline.ingest.split import procedure_report

    assert procedure_report(lines) is expected


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Prior Authorization Department", True),
        ("To: Interventional Radiology, Regional Medical Center", True),
        ("Re: referral for CT-guided right SI joint injection", True),
        ("Attn: Utilization Review", True),
        ("Radiology Department", False),
        ("PRIOR AUTHORIZATION REQUEST", False),
        ("Procedure Note", False),
        # a translator's own line over a translated record is not the record's title
        ("[Certified translation from German - Austria]", True),
        ("[Translation from the Italian original]", True),
        ("[Translator's note: 're.' = right]", True),
        ("Sworn translation of the French original", True),
        ("Certificate of translation", False),
    ],
)
def test_addressee_lines_never_type_a_document(line: str, address: bool) -> None:
    from pipeline.ingest.split import is_address_line

    assert is_address_line(line) is address


# An untitled page with a date of service of its own after a form, or whose top names
# another kind of record, is a new document of its own kind: a form is no series of
# visits, and a procedure note after a therapy flowsheet is no therapy visit.
def test_untitled_dated_page_after_a_form_is_not_another_form(tmp_path: Path) -> None:
    sheet = Sheet(
        documents=[
            [("title", "PRIOR AUTHORIZATION REQUEST"), ("kv", [("Request date", "10/14/2026")])],
            [
                ("para", "Laurel Fork Family Practice, chart note transcribed by the clerk"),
                ("kv", [("DOS", "09/22/2026")]),
                ("para", words(40)),
            ],
            [
                ("para", "Piney Ridge Pain Clinic, Suite 4"),
                (
                    "kv",
                    [
                        ("Date of service", "07/14/2026"),
                        ("Procedure", "Right SI joint injection under fluoroscopy"),
                    ],
                ),
                ("para", words(40)),
            ],
        ]
    )
    packet = read_packet(write(sheet, tmp_path / "single.pdf"))
    got = [
        (d.type.value, d.first_page, d.date.isoformat() if d.date else None)
        for d in packet.documents
    ]
    assert got == [
        ("request_form", 1, "2026-10-14"),
        ("office_note", 2, "2026-09-22"),
        ("procedure_note", 3, "2026-07-14"),
    ]


# A file whose name says nothing is typed by its first page: an imaging centre's
# letterhead line names a report ('LAKEVIEW IMAGING - 12 Oak St'); where the page has no
# title the file's name types it ('..._operative_report_...'), since a patient's identity
# line is never a title or letterhead, however large a scan makes it. (An untitled first
# page is not typed by its top lines: on real transcribed notes a running header typed
# whole notes - see split_documents.)
def test_file_pages_typed_by_letterhead_or_by_name_never_by_identity(tmp_path: Path) -> None:
    folder = tmp_path / "pkt"
    imaging = [
        ("para", "LAKEVIEW IMAGING - 12 Oak St, Salem"),
        ("kv", [("Exam", "MRI LUMBAR SPINE WITHOUT CONTRAST"), ("Date", "07/14/2026")]),
        ("para", words(40)),
    ]
    write(Sheet(documents=[imaging]), folder / "04_post_release_records.pdf")
    operative = [("title", "Patient: Roy, Ana  DOB 04/11/1971"), ("para", words(40))]
    write(Sheet(documents=[operative]), folder / "05_outside_operative_report_2024.pdf")
    packet = read_packet(folder)
    assert [d.type.value for d in packet.documents] == ["imaging_report", "procedure_note"]


def test_untitled_first_page_naming_a_fax_cover_is_not_skipped_as_one(tmp_path: Path) -> None:
    cover = [
        ("para", "*** FAX COVER *** Lakeview Spine - authorization office"),
        ("para", "Deliver to: Magnolia Health Plan"),
        ("page_break", None),
        ("para", "Outside records summary, nurse navigator"),
        ("para", words(40)),
    ]
    write(Sheet(header="ROY, ANA  DOB 04/11/1971", documents=[cover]), tmp_path / "r.pdf")
    packet = read_packet(tmp_path / "r.pdf")
    assert [d.type.value for d in packet.documents] == ["other"]


def test_a_translated_letter_is_dated_day_first(tmp_path: Path) -> None:
    """A certified translation keeps its source's DD.MM.YYYY dates: its dateline
    '03.09.2025' is the 3rd of September (the extractors read it so too), and a day over
    12 ('14.07.2025') dates the next translated report instead of leaving it undated."""
    sheet = Sheet(
        documents=[
            [
                ("para", "[Certified translation from German]"),
                ("title", "Orthopaedic Clinic Am Schlossberg - Department of Spine Surgery"),
                ("para", "Freiburg, 03.09.2025"),
                (
                    "para",
                    "Dear colleague, we report on your patient, seen on 01.09.2025. " + words(30),
                ),
            ],
            [
                ("para", "[Certified translation from German]"),
                ("title", "Interventional Pain Therapy - Procedure Report"),
                ("para", "Date: 14.07.2025"),
                ("para", words(30)),
            ],
        ]
    )
    packet = read_packet(write(sheet, tmp_path / "translated.pdf"))
    assert [d.date for d in packet.documents] == [dt.date(2025, 9, 3), dt.date(2025, 7, 14)]


def test_a_birth_date_under_a_us_banner_is_not_a_translated_letters_date(tmp_path: Path) -> None:
    """The sender's banner writes the birth date month-first ('DOB 11/23/1971'); the
    translated letter under it writes it day-first ('23.11.1971'): the same birthday, never
    the letter's date."""
    sheet = Sheet(
        banner="Patient: Zora Example  DOB 11/23/1971  Member # CSN000111222",
        documents=[
            [
                ("para", "[Certified translation from German]"),
                ("title", "Cantonal Hospital - Clinic for Orthopaedics"),
                ("para", "Patient: Example Zora, 23.11.1971, 4410 Liestal"),
                ("para", "Liestal, 21.03.2024"),
                ("para", words(40)),
            ]
        ],
    )
    packet = read_packet(write(sheet, tmp_path / "swiss.pdf"))
    assert packet.documents[0].date == dt.date(2024, 3, 21)


# A hospital system prints each procedure record as its own one-page report under the
# same running header, dated by an abbreviated label ('PROC DATE', 'Proc. date', 'Date
# of proc'); every such page with another date is the next record, not page 2 of the first.
@pytest.mark.parametrize("label", ["PROC DATE", "Proc. date", "Date of proc", "PROC DT"])
def test_abbreviated_procedure_date_starts_the_next_record(tmp_path: Path, label: str) -> None:
    def record(day: str) -> list:
        return [
            ("kv", [("PATIENT", "DOE,JANE"), (label, day), ("ROOM", "OPS-2")]),
            ("para", "PROCEDURE: RIGHT SI JOINT INJECTION UNDER FLUOROSCOPY. " + words(30)),
        ]

    sheet = Sheet(
        documents=[
            [("title", "OUTPATIENT SURGERY - PROCEDURE REPORT"), *record("03/02/2026")],
            [*record("05/11/2026")],
        ],
        header="VALLEY GENERAL HOSPITAL  OUTPATIENT SURGERY - PROCEDURE REPORT",
    )
    packet = read_packet(write(sheet, tmp_path / "procedures.pdf"))
    got = [(d.first_page, d.date.isoformat() if d.date else None) for d in packet.documents]
    assert got == [(1, "2026-03-02"), (2, "2026-05-11")]
