"""Digits the page read got wrong, told by their glyphs: narrow ones, dollar signs.

A number with a dollar sign read into it before a unit ("60% relief for $0 minutes",
the 9 of 90) is read again alone, as ``ocr_cells`` reads a short cell (plain and
softened copies voting); when the copies agree on a whole number of the same length,
read with confidence, that is the word (else it stays, and the NLP text leaves it
unread: ``ocr_confusions.json``'s ``ocr.dollar_in_number``).

A faxed "1" standing alone in a ruled diary cell ("1 hr") comes back "4" from Tesseract
now and then, with middling confidence; the diary's time points then run out of order
("30 min, 4 hr, 2 hr") and the block's relief is rightly left unread. The glyph's box
says what the read does not: every digit but one is about as wide as the page's other
digits of its size, and a one is half as wide. So a lone digit read without confidence
whose box is much narrower than the confident wide digits of its height on the same
page is read as "1". Only a narrow glyph is read again, and only as the one narrow
digit; a digit read with confidence, or a page without enough confident digits of that
size to compare with, keeps its read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from pipeline.ocr_cells import read_cell
from pipeline.ocr_engines import EngineWord

WIDE_DIGITS = frozenset("023456789")
"""Digits whose ink spans most of a digit's advance in print and typewriter faces."""
DOUBTFUL_BELOW = 90.0
"""A lone digit read with less confidence than this may be re-read by its width."""
SURE_FROM = 90.0
"""Wide digits read with at least this confidence are the page's measure of a digit."""
NARROW_SHARE = 0.65
"""A glyph at most this share of the wide digits' median width is a one (a one's ink is
about half a wide digit's; the narrowest wide digit about 0.8)."""
SAME_SIZE = 0.25
"""Digits within this share of a glyph's height are of its size."""
MIN_REFERENCES = 3
"""Confident wide digits needed before a width says anything."""


def _width(word: EngineWord) -> float:
    return word.box[2] - word.box[0]


def _height(word: EngineWord) -> float:
    return word.box[3] - word.box[1]


def narrow_ones(words: Sequence[EngineWord]) -> list[EngineWord]:
    """``words`` with each doubtful lone wide digit whose box is a one's width read as
    "1" (its box, line and confidence kept)."""
    sure = [
        w for w in words if len(w.text) == 1 and w.text in WIDE_DIGITS and w.confidence >= SURE_FROM
    ]
    if len(sure) < MIN_REFERENCES:
        return list(words)
    out = []
    for word in words:
        if len(word.text) == 1 and word.text in WIDE_DIGITS and word.confidence < DOUBTFUL_BELOW:
            height = _height(word)
            alike = [
                _width(w) for w in sure if abs(_height(w) - height) <= SAME_SIZE * max(height, 1)
            ]
            if len(alike) >= MIN_REFERENCES and _width(word) <= NARROW_SHARE * median(alike):
                word = replace(word, text="1")
        out.append(word)
    return out


DOLLAR_NUMBER = re.compile(r"^(?=[^$]*\$)[$0-9]{2,4}$")
"""A short number with a dollar sign read into it ("$0", "1$", "$5")."""
UNIT_AFTER = re.compile(
    r"^(?:%|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|wks?|months?|mos?)[.,;:)]?$",
    re.IGNORECASE,
)
"""Units a time or percentage takes: a dollar sign before one is no price."""
SURE_READ = 85.0
"""The voted re-read's confidence needed to replace the word."""
CROP_MARGIN_INCHES = 0.03


def reread_dollar_numbers(image, words: Sequence[EngineWord], dpi: int) -> list[EngineWord]:
    """``words`` with each number read with a dollar sign in it, before a unit, read
    again alone (``image``: the levelled page the words were read from)."""
    out = list(words)
    margin = round(CROP_MARGIN_INCHES * dpi)
    for i, word in enumerate(out[:-1]):
        after = out[i + 1]
        if not DOLLAR_NUMBER.match(word.text) or after.line_key != word.line_key:
            continue
        if not UNIT_AFTER.match(after.text):
            continue
        left, top, right, bottom = (round(v) for v in word.box)
        crop = image.crop(
            (
                max(0, left - margin),
                max(0, top - margin),
                min(image.width, right + margin),
                min(image.height, bottom + margin),
            )
        )
        text, confidence, _ = read_cell(crop, dpi)
        if text.isdigit() and len(text) == len(word.text) and confidence >= SURE_READ:
            out[i] = replace(word, text=text, confidence=confidence)
    return out
