"""Boundary models: guarantees every consumer may rely on."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from pipeline.charmap import pack_boxes
from pipeline.document_text import DocumentText, EmptyCitation
from pipeline.models import Document, DocumentType, Evidence, Page

GOOD = {
    "document": "a.pdf",
    "page": 1,
    "start": 10,
    "end": 14,
    "bbox": (72.0, 100.0, 96.0, 110.0),
    "text": "7/10",
}


def test_evidence_with_text_and_box_is_accepted() -> None:
    assert Evidence(**GOOD).text == "7/10"


@pytest.mark.parametrize(
    "change",
    [
        {"end": 10},  # start == end: an empty range
        {"end": 9},  # inverted range
        {"text": ""},
        {"text": "  \n "},  # only white space (a blanked header)
        {"bbox": (96.0, 100.0, 72.0, 110.0)},  # x1 < x0
        {"bbox": (72.0, 110.0, 96.0, 100.0)},  # bottom < top
    ],
    ids=["empty_range", "inverted_range", "no_text", "blank_text", "x_inverted", "y_inverted"],
)
def test_evidence_never_empty(change) -> None:
    with pytest.raises(ValidationError) as caught:
        Evidence(**{**GOOD, **change})
    assert "7/10" not in str(caught.value)  # the cited text never reaches an error message


def _document_text(text: str) -> DocumentText:
    boxes = [None if c.isspace() else (72.0, 72.0, 78.0, 82.0) for c in text]
    page = Page(
        number=1,
        file="a.pdf",
        file_page=1,
        width=612,
        height=792,
        text=text,
        char_boxes=pack_boxes(boxes),
    )
    document = Document(
        id="d",
        type=DocumentType.pt_note,
        title="t",
        date=dt.date(2025, 6, 12),
        file="a.pdf",
        first_page=1,
        last_page=1,
    )
    return DocumentText.from_pages(document, (page,))


def test_citing_white_space_is_refused_without_quoting_text() -> None:
    text = "      \nPT NOTE pain 7/10\n"
    with pytest.raises(EmptyCitation) as caught:
        _document_text(text).evidence(0, 6, "therapy.document")
    assert "therapy.document" in str(caught.value)
    assert "PT NOTE" not in str(caught.value)


def test_citation_is_trimmed_to_its_text() -> None:
    evidence = _document_text("   PT NOTE   \n").evidence(0, 13, "r")
    assert (evidence.start, evidence.end, evidence.text) == (3, 10, "PT NOTE")
