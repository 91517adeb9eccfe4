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
