"""Therapy family: therapy episodes and inabilities from varied phrasings (cases as data)."""

import pytest

from tests.extractors.casekit import check_case, load_cases

CASES = load_cases("therapy")


def test_therapy_cases_cover_the_family() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_therapy_case(nlp, case) -> None:
    check_case(nlp, case)


def test_a_ruled_therapy_table_with_wrapped_cells_dates_each_therapy(nlp, tmp_path) -> None:
    """A treatment history printed as a ruled table: ingest finds its cells (Page.tables)
    and joins a cell's wrapped lines into its row, so the dates column stands far from
    the therapy's name; the header's Dates column still dates each row."""
    from datetime import date

    from extractors.tables import tables
    from pipeline.document_text import document_texts
    from pipeline.extract import extract_facts
    from pipeline.ingest import read_packet
    from tests.ingest.pdfs import Sheet, write

    rows = [
        ["Therapy", "Program", "Dates"],
        [
            "Physical therapy",
            "Outpatient stabilization program, manual therapy, dry needling and a home "
            "walking plan, two visits a week",
            "10/07/2024 - 01/31/2025",
        ],
        ["Chiropractic", "Side-posture SI joint manipulation, weekly", "02/10/2025 - 05/16/2025"],
    ]
    path = write(
        Sheet([[("title", "Office Note 08/19/2025"), ("para", "Prior care:"), ("table", rows)]]),
        tmp_path / "note.pdf",
    )
    packet = read_packet(path)
    source = document_texts(packet)[0]
    doc = nlp.make_doc(source.text)
    doc._.source = source
    assert "ruled" in [t.layout for t in tables(doc)]
    found = {
        (f.modality, f.start, f.end)
        for f in extract_facts(packet, nlp)
        if f.kind == "therapy" and f.context.is_current_affirmed
    }
    assert ("physical_therapy", date(2024, 10, 7), date(2025, 1, 31)) in found
    assert ("chiropractic", date(2025, 2, 10), date(2025, 5, 16)) in found


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("MRN: 000451  Enc Date: 09/08/2025  Provider: A. Moss, MD", ("2025-03-01", "2025-09-08")),
        (
            "Patient: Roe, Sam | DOB: 01/02/1970 | Visit Date: 09/08/2025",
            ("2025-03-01", "2025-09-08"),
        ),
        # a header naming no encounter leaves the document's own date
        ("Patient: Roe, Sam  DOB: 01/02/1970  Printed: 09/08/2025", ("2024-03-01", "2025-02-17")),
    ],
)
def test_a_running_headers_encounter_date_places_a_later_visit(
    nlp, header: str, expected: tuple[str, str]
) -> None:
    """Two visits printed as one document under the first visit's date: each page's
    running header (blanked from the NLP text, it repeats on every page) names the
    encounter the page belongs to, so 'since March' at the later visit runs from the
    March before that visit to that visit, not to the first one."""
    from datetime import date

    from pipeline.extract import extract_facts
    from tests.extractors.helpers import packet_from_text

    first = f"{header.replace('09/08/2025', '02/17/2025')}\nNew visit. Back pain.\n"
    second = f"{header}\nFollow-up. Uses a TENS unit 30 min twice daily since March.\n"
    packet = packet_from_text(first, doc_date=date(2025, 2, 17))
    one = packet.pages[0]
    pages = (
        one.model_copy(update={"masked": ((0, len(header)),)}),
        one.model_copy(
            update={
                "number": 2,
                "file_page": 2,
                "text": second,
                "char_boxes": packet_from_text(second).pages[0].char_boxes,
                "masked": ((0, len(header)),),
            }
        ),
    )
    document = packet.documents[0].model_copy(update={"last_page": 2})
    packet = packet.model_copy(update={"pages": pages, "documents": (document,)})
    found = {
        (str(f.start), str(f.end))
        for f in extract_facts(packet, nlp)
        if f.kind == "therapy" and f.modality == "tens" and f.context.is_current_affirmed
    }
    assert found == {expected}


@pytest.mark.parametrize("record_type", ["pt_note", "other"])
def test_a_recalled_course_does_not_outweigh_the_therapy_record(nlp, record_type: str) -> None:
    """A therapy record (a faxed flowsheet, typed as a therapy note or not typed at all)
    shows ten weeks of PT; a call transcript filed like a letter has the surgeon recall
    'the better part of six months' of PT. The recollection dates no course, so the
    record's ten weeks stand and active therapy is not met - never met on the account."""
    from datetime import date

    from pipeline.charmap import pack_boxes
    from pipeline.models import Document, DocumentType, Packet, Page, RequestMetadata, SourceFile
    from policy import evaluate, load_policy
    from tests.extractors.helpers import _grid_boxes

    record = (
        "HILLCREST REHAB - PT visit flowsheet\n"
        "Date  Visit  Pain  Treatment  Min\n"
        "02/02/2026  1  7/10  Evaluation, core work  60\n"
        "02/09/2026  2  7/10  TherEx, bridging  45\n"
        "02/23/2026  3  6/10  Ther-Ex, manual  45\n"
        "03/16/2026  4  6/10  TherEx progression  45\n"
        "04/13/2026  5  6/10  Re-eval, discharged to home program  40\n"
    )
    call = (
        "Call record 09/01/2026 (reviewer and surgeon)\n"
        "Surgeon: She did PT for the better part of six months, then home exercises.\n"
    )
    pages, documents = [], []
    for number, (text, kind, day) in enumerate(
        [(record, record_type, date(2026, 2, 2)), (call, "letter", date(2026, 9, 1))], start=1
    ):
        pages.append(
            Page(
                number=number,
                file="case.pdf",
                file_page=number,
                width=612.0,
                height=792.0,
                text=text,
                char_boxes=_grid_boxes(text) or pack_boxes([]),
            )
        )
        documents.append(
            Document(
                id=f"doc-{number}",
                type=DocumentType(kind),
                title="case",
                date=day,
                file="case.pdf",
                first_page=number,
                last_page=number,
            )
        )
    packet = Packet(
        id="case",
        sha256="0" * 64,
        files=(SourceFile(name="case.pdf", sha256="0" * 64, pages=2),),
        pages=tuple(pages),
        documents=tuple(documents),
        request=RequestMetadata(),
    )
    from pipeline.extract import extract_facts

    facts = extract_facts(packet, nlp)
    pt = [
        f
        for f in facts
        if f.kind == "therapy"
        and f.modality == "physical_therapy"
        and f.context.is_current_affirmed
    ]
    assert {(f.start, f.end) for f in pt if f.start} == {(date(2026, 2, 2), date(2026, 4, 13))}
    request = RequestMetadata(request_date=date(2026, 9, 10), procedure="percutaneous")
    results = {r.id: r for r in evaluate(load_policy()[0], facts, request).criteria}
    assert results["perc.active_conservative_therapy"].status.value == "not_met"
