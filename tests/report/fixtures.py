"""A small packet written for the report and review-app tests: two pages of text of our
own, a PDF of them, and a determination citing spans at their real offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.charmap import pack_boxes
from pipeline.models import (
    CriterionResult,
    Determination,
    DeterminationValue,
    Document,
    DocumentType,
    Evidence,
    Injection,
    Packet,
    Page,
    PolicyRef,
    Procedure,
    RequestMetadata,
    Status,
    TherapyEpisode,
)

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> {{ 7*7 }} {% raw %}'
PAGE_TEXTS = {
    1: (
        "OFFICE VISIT\n"
        "Seen for pain over the right buttock. She reports SI joint pain is 7/10 today.\n"
        "Pain travels down the back of the leg to the ankle.\n"
        f"Note from intake: {HOSTILE}\n"
        "Therapy | Start | End\n"
        "physical therapy | 11/01/2024 | 03/31/2025\n"
    ),
    2: ("FOLLOW-UP\nExam: FABER positive on the right. Gaenslen negative. Distraction negative.\n"),
}


def write_packet_pdf(path: Path) -> Path:
    """The two pages as a real PDF, so the report can picture them."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("helvetica", size=10)
    for number in sorted(PAGE_TEXTS):
        pdf.add_page()
        for line in PAGE_TEXTS[number].splitlines():
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def cite(page: int, text: str, top: float = 100.0, file: str = "rpt-001.pdf") -> Evidence:
    """Evidence for the first occurrence of ``text`` on a page, at its real offsets."""
    start = PAGE_TEXTS[page].index(text)
    return Evidence(
        document=file,
        page=page,
        start=start,
        end=start + len(text),
        bbox=(72.0, top, 72.0 + 5 * len(text), top + 10),
        text=text,
        rule_id="test",
    )


def page(number: int, file: str = "rpt-001.pdf") -> Page:
    text = PAGE_TEXTS[number]
    return Page(
        number=number,
        file=file,
        file_page=number,
        width=612,
        height=792,
        text=text,
        char_boxes=pack_boxes([None] * len(text)),
    )


def packet(packet_id: str = "rpt-001") -> Packet:
    return Packet(
        id=packet_id,
        sha256="a" * 64,
        files=(),
        pages=(page(1, f"{packet_id}.pdf"), page(2, f"{packet_id}.pdf")),
        documents=(),
        request=RequestMetadata(
            member_id="CS000111",
            procedure_codes=("27279",),
            side="right",
            request_date=dt.date(2025, 9, 15),
            request_date_source="newest_document",
        ),
    )


CRITERIA = (
    CriterionResult(
        id="perc.pain_severity",
        status=Status.met,
        explanation="Most recent SIJ pain score before the request: 7/10 (2025-08-28).",
        evidence=(cite(1, "SI joint pain is 7/10", 80),),
        description="SIJ pain at least 5/10",
        policy_section="I.B.2",
    ),
    CriterionResult(
        id="perc.pain_location",
        status=Status.not_met,
        explanation="Pain is documented as radiating: below the knee (2025-08-28). More text.",
        evidence=(cite(1, "down the back of the leg to the ankle", 92),),
        policy_section="I.B.1",
    ),
    CriterionResult(
        id="perc.two_provocative_tests",
        status=Status.not_met,
        explanation=f"Only 1 positive test. {HOSTILE}",
        evidence=(cite(2, "FABER positive", 72), cite(1, HOSTILE, 104)),
    ),
    CriterionResult(
        id="perc.active_conservative_therapy",
        status=Status.met,
        explanation="Active conservative therapy: physical therapy for 151 days.",
        evidence=(cite(1, "11/01/2024", 128),),
    ),
    CriterionResult(
        id="perc.hip_imaging",
        status=Status.insufficient,
        explanation="No hip radiographs.",
        request_documentation="Plain radiographs of the ipsilateral hip.",
    ),
)


def determination(
    criteria: tuple[CriterionResult, ...] = CRITERIA,
    value: DeterminationValue = DeterminationValue.does_not_meet_criteria,
    packet_id: str = "rpt-001",
    warnings: tuple[str, ...] = (
        "page 3 of rpt-001.pdf has no text layer; read by OCR (mean word confidence 71)",
        "request date inferred from the newest dated document (2025-09-15)",
    ),
) -> Determination:
    return Determination(
        packet_id=packet_id,
        packet_sha256="a" * 64,
        policy=PolicyRef(id="MP-MM-1366", effective=dt.date(2025, 8, 1), version="2025.08"),
        procedure=Procedure.percutaneous,
        request_date=dt.date(2025, 9, 15),
        determination=value,
        criteria=criteria,
        facts=(
            TherapyEpisode(
                modality="physical_therapy",
                start=dt.date(2024, 11, 1),
                end=dt.date(2025, 3, 31),
                evidence=(cite(1, "physical therapy", 128),),
            ),
            TherapyEpisode(
                modality="nsaid",
                start=dt.date(2025, 1, 1),
                end=dt.date(2025, 9, 1),
                evidence=(cite(1, "Seen for pain", 60),),
            ),
            Injection(joint="sij", date=dt.date(2025, 6, 3), relief_percent=80),
            Injection(joint="sij", date=dt.date(2025, 6, 10)),
        ),
        documents=(
            Document(
                id="doc-01",
                type=DocumentType.office_note,
                title="Office visit",
                date=dt.date(2025, 8, 28),
                file=f"{packet_id}.pdf",
                first_page=1,
                last_page=1,
            ),
            Document(
                id="doc-02",
                type=DocumentType.office_note,
                title="",
                date=dt.date(2025, 9, 2),
                file=f"{packet_id}.pdf",
                first_page=2,
                last_page=2,
            ),
        ),
        warnings=warnings,
        versions={"pipeline": "0.1.0", "policy": "2025.08"},
    )
