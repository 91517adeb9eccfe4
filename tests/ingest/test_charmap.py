"""The char map ties every character of a page's text to where it is printed."""

from __future__ import annotations

from pathlib import Path

from pipeline.charmap import unpack_boxes
from pipeline.models import Packet
from tests.ingest.boxes import boxed_char_count, plumber_char_count, word_box_mismatches


def test_word_boxes_match_pdfplumber_words(clinical_pdf: Path, clinical: Packet) -> None:
    assert word_box_mismatches(clinical_pdf, list(clinical.pages)) == []


def test_one_box_per_character_and_none_for_inserted(clinical: Packet) -> None:
    for page in clinical.pages:
        boxes = unpack_boxes(page.char_boxes)
        assert len(boxes) == len(page.text)
        for char, box in zip(page.text, boxes, strict=True):
            if char == "\n":
                assert box is None
            elif char not in " |":
                assert box is not None, f"printed character {char!r} has no box"
                x0, top, x1, bottom = box
                assert 0 <= x0 <= x1 <= page.width and 0 <= top <= bottom <= page.height


def test_every_printed_character_appears_once(clinical_pdf: Path, clinical: Packet) -> None:
    for page in clinical.pages:
        assert boxed_char_count(page) == plumber_char_count(clinical_pdf, page.file_page)


def test_boxes_follow_reading_order_within_a_line(clinical: Packet) -> None:
    page = clinical.pages[2]
    start = page.text.index("Date of Service")
    end = start + len("Date of Service")
    boxes = [b for b in unpack_boxes(page.char_boxes)[start:end] if b is not None]
    assert [b[0] for b in boxes] == sorted(b[0] for b in boxes)
    assert page.bbox(start, end) is not None
