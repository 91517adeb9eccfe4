"""Small real packet PDFs for the end-to-end, CLI and flow tests, drawn with fpdf2.

Each packet is a prior-authorization request form and an office note in plain clinical
prose. ``marker`` makes every packet's content (and so its SHA-256) distinct, and can
carry a PHI sentinel to prove that document text never leaks into logs or summaries.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

REQUEST_FORM = (
    "PRIOR AUTHORIZATION REQUEST",
    "Request date: 09/15/2025",
    "Requested procedure: CPT 27279 percutaneous sacroiliac joint fusion, right side.",
)

OFFICE_NOTE = (
    "OFFICE NOTE",
    "Date of service: 08/28/2025",
    "Chief complaint: right sacroiliac joint pain for 14 months.",
    "SI joint pain is 7/10 today. The pain is located over the right posterior SI joint "
    "below L5 and does not radiate.",
    "Exam: tenderness to palpation over the right posterior SI joint. Thigh thrust test "
    "positive. FABER positive. Gaenslen test positive. Distraction test positive.",
    "Patient reference: {marker}.",
)


def _document(pdf: FPDF, lines: tuple[str, ...], marker: str, patient: str | None) -> None:
    pdf.add_page()
    if patient:
        pdf.set_font("helvetica", "", 9)
        pdf.multi_cell(0, 5, patient, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, lines[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    for line in lines[1:]:
        pdf.multi_cell(0, 5, line.format(marker=marker), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)


def write_packet_pdf(path: Path, marker: str = "MRN 100001", patient: str | None = None) -> Path:
    """A two-page packet (request form, office note) written to ``path``; ``patient`` is
    a line printed at the top of each page (e.g. "Patient: ...  DOB: ...")."""
    pdf = FPDF(unit="mm", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(20, 20, 20)
    _document(pdf, REQUEST_FORM, marker, patient)
    _document(pdf, OFFICE_NOTE, marker, patient)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def write_bad_pdf(path: Path) -> Path:
    """A file named .pdf that is not a PDF (a common fax-gateway failure)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a PDF\n")
    return path


def fill_inbox(inbox: Path, good: int, bad: int = 0) -> list[Path]:
    """``good`` distinct packets and ``bad`` unreadable ones, named so they sort in order."""
    paths = [write_packet_pdf(inbox / f"pkt-{i:02d}.pdf", f"MRN {100000 + i}") for i in range(good)]
    paths += [write_bad_pdf(inbox / f"bad-{i:02d}.pdf") for i in range(bad)]
    return paths
