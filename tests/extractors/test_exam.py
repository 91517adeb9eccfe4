"""Exam family: tenderness, provocation tests and Waddell signs (cases as data)."""

import pytest

from tests.extractors.casekit import check_case, load_cases

CASES = load_cases("exam")


def test_exam_cases_cover_the_family() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_exam_case(nlp, case) -> None:
    check_case(nlp, case)


OCR_SIDE_CASES = [
    # (page text, test, side on a scanned page, side on a text page)
    (
        "Thigh thrust positive on the eft. Compression positive on the left.",
        "thigh_thrust",
        "left",
        None,
    ),
    ("FABER negative on the rght.", "faber", "right", None),
    ("Gaenslen (+) on the 1eft", "gaenslen", "left", None),
    ("Distraction test positive on the rlght side.", "distraction", "right", None),
]


@pytest.mark.parametrize(("text", "test", "scanned", "typed"), OCR_SIDE_CASES)
def test_misread_side_word_counts_only_on_scanned_pages(nlp, text, test, scanned, typed) -> None:
    """A fax's OCR drops or swaps a letter of 'left'/'right' ("on the eft"); a scanned
    page reads it as the side, a text-layer page (typed as written) does not guess."""
    from pipeline.extract import extract_facts
    from tests.extractors.helpers import packet_from_text

    for ocr, want in ((True, scanned), (False, typed)):
        packet = packet_from_text(text)
        page = packet.pages[0].model_copy(update={"ocr": ocr})
        packet = packet.model_copy(update={"pages": (page,)})
        facts = [
            f for f in extract_facts(packet, nlp) if f.kind == "provocative_test" and f.test == test
        ]
        assert [f.side for f in facts] == [want], (ocr, facts)
