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
