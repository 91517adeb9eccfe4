"""Checks that a page's character map agrees with pdfplumber's own reading of the page."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pdfplumber

from pipeline.models import Page

TOLERANCE = 1.0


def _close(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(x - y) <= TOLERANCE for x, y in zip(a, b, strict=True))


def word_box_mismatches(path: Path, pages: list[Page], sample: int = 40) -> list[str]:
    """pdfplumber words (a seeded sample per page) with no same-text span in the page
    text whose ``Page.bbox`` equals the word's box within 1 pt."""
    rng = random.Random(1366)
    problems: list[str] = []
    with pdfplumber.open(path, password="") as pdf:
        for page in pages:
            plumber = pdf.pages[page.file_page - 1]
            words = plumber.extract_words()
            plumber.close()
            for word in rng.sample(words, min(sample, len(words))):
                box = (word["x0"], word["top"], word["x1"], word["bottom"])
                spans = [m.start() for m in re.finditer(re.escape(word["text"]), page.text)]
                if not any(
                    (found := page.bbox(s, s + len(word["text"]))) and _close(found, box)
                    for s in spans
                ):
                    problems.append(f"p{page.file_page} {word['text']!r}: {len(spans)} spans")
    return problems


def boxed_char_count(page: Page) -> int:
    from pipeline.charmap import unpack_boxes

    return sum(box is not None for box in unpack_boxes(page.char_boxes))


def plumber_char_count(path: Path, file_page: int) -> int:
    with pdfplumber.open(path, password="") as pdf:
        plumber = pdf.pages[file_page - 1]
        count = sum(1 for c in plumber.chars if c["text"].strip())
        plumber.close()
    return count
