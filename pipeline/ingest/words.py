"""Words of a page with a box for every character, grouped into physical lines.

A word keeps the box of each source character so the page text can map every offset
back to the page; a word's box is the union of its characters, exactly as pdfplumber
computes it, which is what lets a cited word be highlighted where it is printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pdfplumber.utils.text import LIGATURES, extract_words

from pipeline.models import BBox

# pdfplumber's own defaults: a word of ours is a word of pdfplumber's.
X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
DUPLICATE_TOLERANCE = 1.0
"""Characters drawn twice at the same spot (fake bold) within this many points."""


@dataclass(frozen=True, slots=True)
class Word:
    """A word as printed: its text pieces, one (piece, box) per source character."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    glyphs: tuple[tuple[str, BBox], ...]
    size: float
    bold: bool

    @property
    def center_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def center_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Line:
    """Words sharing a baseline band, left to right."""

    words: tuple[Word, ...]
    x0: float
    top: float
    x1: float
    bottom: float

    @classmethod
    def of(cls, words: Sequence[Word]) -> Line:
        ordered = tuple(sorted(words, key=lambda w: w.x0))
        return cls(
            ordered,
            min(w.x0 for w in ordered),
            min(w.top for w in ordered),
            max(w.x1 for w in ordered),
            max(w.bottom for w in ordered),
        )

    @property
    def height(self) -> float:
        return self.bottom - self.top


def dedupe_chars(chars: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop characters drawn twice at the same place (overprinted "bold").

    A hash on the rounded position is O(n); pdfplumber's ``dedupe_chars`` costs ~4x a
    page parse (STACK-NOTES), so it is not used.
    """
    seen: set[tuple[str, int, int]] = set()
    out = []
    step = DUPLICATE_TOLERANCE
    for char in chars:
        key = (char["text"], round(char["x0"] / step), round(char["top"] / step))
        if key in seen:
            continue
        seen.add(key)
        out.append(char)
    return out


def _word(raw: dict[str, Any]) -> Word:
    chars = raw["chars"]
    glyphs = tuple(
        (
            LIGATURES.get(c["text"], c["text"]) or "",
            (float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])),
        )
        for c in chars
    )
    return Word(
        text=raw["text"],
        x0=float(raw["x0"]),
        top=float(raw["top"]),
        x1=float(raw["x1"]),
        bottom=float(raw["bottom"]),
        glyphs=glyphs,
        size=max(float(c.get("size") or 0.0) for c in chars),
        bold=all("bold" in str(c.get("fontname", "")).lower() for c in chars),
    )


def page_words(chars: Sequence[dict[str, Any]]) -> list[Word]:
    """The page's words with pdfplumber's tolerances (so boxes match its own words)."""
    raw = extract_words(
        dedupe_chars(chars),
        return_chars=True,
        x_tolerance=X_TOLERANCE,
        y_tolerance=Y_TOLERANCE,
        keep_blank_chars=False,
        use_text_flow=False,
    )
    return [_word(w) for w in raw if w["text"].strip()]


TALL_BAND = 1.6
"""A band this many times the word's height was opened by a box that took in more than
its line (an OCR label read with the line under it)."""


def group_lines(words: Iterable[Word]) -> list[Line]:
    """Cluster words into physical lines, top to bottom.

    A word joins a line when its vertical middle falls inside the band of the line's
    first word; anchoring on the first word keeps lines from chaining down the page
    when two columns have slightly offset baselines. Where the middle falls in two
    bands and the latest was opened by a tall box left of the word (an OCR label,
    "Imaging:", read with the line under it opens a band over the line it starts),
    the word joins the band whose middle is nearest, so one printed line is not dealt
    word by word between two.
    """
    lines: list[list[Word]] = []
    anchors: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = word.center_y
        inside = [
            index
            for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1)
            if anchors[index][0] <= mid <= anchors[index][1]
        ]
        if inside:
            best = inside[0]
            top, bottom = anchors[best]
            label = lines[best][0]
            if bottom - top > TALL_BAND * (word.bottom - word.top) and label.x1 <= word.x0:
                best = min(inside, key=lambda i: abs(mid - (anchors[i][0] + anchors[i][1]) / 2))
            lines[best].append(word)
        else:
            lines.append([word])
            anchors.append((word.top, word.bottom))
    return sorted((Line.of(ws) for ws in lines), key=lambda ln: (ln.top, ln.x0))
