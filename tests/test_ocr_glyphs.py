"""A lone digit read without confidence, its ink a one's width, is read as a one."""

from __future__ import annotations

import pytest

from pipeline.ocr_engines import EngineWord
from pipeline.ocr_glyphs import narrow_ones


def _digit(
    text: str, left: float, width: float, confidence: float, height: float = 28
) -> EngineWord:
    return EngineWord(text, (left, 100.0, left + width, 100.0 + height), confidence, (1, 1, 1))


SURE = [_digit("2", 900, 18, 96), _digit("3", 900, 18, 97), _digit("7", 900, 17, 96)]
"""The page's confident wide digits: ~18 px wide at 300 dpi."""


@pytest.mark.parametrize(
    ("word", "read"),
    [
        (_digit("4", 227, 10, 66), "1"),  # "1 hr" read "4 hr": a one's width
        (_digit("4", 227, 10, 72.5), "1"),
        (_digit("7", 300, 9, 50), "1"),  # another wide digit, just as narrow
        (_digit("4", 227, 19, 66), "4"),  # a four's width: the read stands
        (_digit("4", 227, 10, 95), "4"),  # read with confidence: stands
        (_digit("4", 227, 6, 60, height=12), "4"),  # another size: nothing to compare
        (_digit("l", 227, 10, 60), "l"),  # a letter is not re-read here
    ],
)
def test_a_narrow_doubtful_digit_is_a_one(word: EngineWord, read: str) -> None:
    out = narrow_ones([*SURE, word])
    assert out[-1].text == read
    assert out[-1].box == word.box and out[-1].line_key == word.line_key


def test_without_enough_confident_digits_nothing_changes() -> None:
    word = _digit("4", 227, 10, 60)
    assert narrow_ones([SURE[0], SURE[1], word])[-1].text == "4"


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _printed(text: str):
    """``text`` printed at 300 dpi in a 10 pt monospaced face, and its words as read."""
    from pathlib import Path

    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ocr_engines import get_engine

    if not Path(FONT).is_file() or not get_engine("tesserocr").available():
        pytest.skip("tesserocr or DejaVu Sans Mono is not installed")
    image = Image.new("L", (1600, 200), 255)
    ImageDraw.Draw(image).text((60, 70), text, font=ImageFont.truetype(FONT, 42), fill=0)
    return image, get_engine("tesserocr").recognise(image, 300)


@pytest.mark.parametrize(
    ("printed", "misread", "read"),
    [
        # a dollar sign read into a number before a unit: read again alone
        ("60% relief for 90 minutes", {"90": "$0"}, "60% relief for 90 minutes"),
        ("relief lasting 50 hours", {"50": "$0"}, "relief lasting 50 hours"),
        ("pain down 30 % at 2 h", {"30": "3$"}, "pain down 30 % at 2 h"),
        # what the scan really holds stays: a price, a dollar sign printed before a unit
        ("copay $25 today", {}, "copay $25 today"),
        ("fee $5 min charge", {}, "fee $5 min charge"),
    ],
)
def test_a_dollar_read_into_a_number_is_read_again(
    printed: str, misread: dict[str, str], read: str
) -> None:
    from dataclasses import replace

    from pipeline.ocr_glyphs import reread_dollar_numbers

    image, words = _printed(printed)
    words = [
        replace(w, text=misread[w.text], confidence=50.0) if w.text in misread else w for w in words
    ]
    assert " ".join(w.text for w in reread_dollar_numbers(image, words, 300)) == read
