"""Session-wide real PDFs for the ingestion tests (fpdf2 drawing takes milliseconds,
parsing them ~0.1 s a page, so each packet is read once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_packet
from pipeline.models import Packet
from tests.ingest.pdfs import Sheet, words, write

HEADER = "Lakeside Orthopaedics | Pt: DOE, JANE | DOB 03/14/1971"
FOOTER = "Page {page} of {pages}"
BANNER = "09/15/2025 10:42  FROM: 555-201-3344  TO: CareSource UM  P.{page}"

DIARY = [["Time after injection", "Pain (0-10)"], ["Pre", "8"], ["30 min", "2"], ["2 hr", "3"]]
VISITS = [
    ["Visit", "Date", "Interventions"],
    ["1", "01/06/2025", "Evaluation, core stabilization"],
    ["2", "01/13/2025", "Manual therapy, gluteal strengthening"],
    ["3", "01/20/2025", "Progressive loading"],
]

CLINICAL = Sheet(
    header=HEADER,
    footer=FOOTER,
    banner=BANNER,
    documents=[
        [
            ("title", "FAX COVER SHEET"),
            ("kv", [("To", "CareSource UM"), ("Date", "09/15/2025"), ("Pages", "9")]),
            ("para", "Please find the attached prior authorization request."),
        ],
        [
            ("title", "PRIOR AUTHORIZATION REQUEST FORM"),
            (
                "kv",
                [
                    ("Date of request", "09/12/2025"),
                    ("Member ID", "CS1234567"),
                    ("Date of birth", "03/14/1971"),
                    ("CPT code", "27279"),
                    ("Side", "Left"),
                ],
            ),
        ],
        [
            ("title", "OFFICE VISIT - SPINE CLINIC"),
            (
                "kv",
                [
                    ("Patient", "DOE, JANE"),
                    ("DOB", "03/14/1971"),
                    ("Date of Service", "08/28/2025"),
                ],
            ),
            ("para", words(420, "visit")),
            ("page_break", None),
            ("para", "Continued assessment. " + words(120, "plan")),
        ],
        [
            ("title", "PHYSICAL THERAPY PROGRESS NOTE"),
            ("kv", [("Visit date", "07/01/2025"), ("Therapist", "M. Bell, PT")]),
            ("table", VISITS),
            ("para", "Patient tolerated treatment well."),
        ],
        [
            ("title", "SACROILIAC JOINT INJECTION - PROCEDURE NOTE"),
            ("kv", [("Procedure Date", "06/02/2025")]),
            ("para", "Left SI joint injected under fluoroscopy with contrast."),
            ("table", DIARY),
        ],
        [
            ("title", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
            ("kv", [("Exam date", "02/03/2025")]),
            ("para", "No nerve root compression. No destructive lesion."),
        ],
        [
            ("title", "MEDICATION LIST"),
            ("kv", [("DOB", "03/14/1971")]),
            ("para", "Medications reviewed with the patient on 05/05/2025: meloxicam 15 mg."),
        ],
        [
            ("title", "LETTER OF MEDICAL NECESSITY"),
            ("para", "To whom it may concern: I am writing on 09/10/2025 to request fusion."),
        ],
    ],
)
"""Eight documents, nine pages (the office note runs over two)."""

EXPECTED_DOCUMENTS = [
    # (type, first file page, last file page, date)
    ("fax_cover", 1, 1, "2025-09-15"),
    ("request_form", 2, 2, "2025-09-12"),
    ("office_note", 3, 4, "2025-08-28"),
    ("pt_note", 5, 5, "2025-07-01"),
    ("procedure_note", 6, 6, "2025-06-02"),
    ("imaging_report", 7, 7, "2025-02-03"),
    ("medication_list", 8, 8, "2025-05-05"),
    ("letter", 9, 9, "2025-09-10"),
]


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ingest-pdfs")


@pytest.fixture(scope="session")
def clinical_pdf(pdf_dir: Path) -> Path:
    return write(CLINICAL, pdf_dir / "clinical-packet.pdf")


@pytest.fixture(scope="session")
def clinical(clinical_pdf: Path) -> Packet:
    return read_packet(clinical_pdf)
