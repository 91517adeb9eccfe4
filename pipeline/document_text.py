"""The text the NLP reads for one document, and the way back from it to the page.

A document's text is its pages' NLP texts (headers, footers and banners blanked, and a
checklist's unticked options) joined by a blank line. ``DocumentText.evidence`` turns
any character range of that text back into an ``Evidence``: the packet page, the
offsets into that page's extracted text, the box, and the cited text.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipeline.checkboxes import unchosen_lines
from pipeline.models import Document, Evidence, Packet, Page

PAGE_SEPARATOR = "\n\n"


@cache
def _ocr_confusions() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    data = json.loads(
        resources.files("pipeline.resources").joinpath("ocr_confusions.json").read_text()
    )
    return tuple(
        (
            re.compile(rule["pattern"], re.IGNORECASE if rule.get("ignore_case") else 0),
            rule["replacement"],
            bool(rule.get("ignore_case")),
        )
        for rule in data["rules"]
    )


def correct_ocr(text: str) -> str:
    """Same-length corrections of known OCR misreadings ("SlJ" -> "SIJ", "I8OVUE" ->
    "ISOVUE", "f1uoroscopy" -> "fluoroscopy"), as data (``ocr_confusions.json``).

    Only the NLP reads the corrected text; evidence quotes the page text as scanned.
    """
    for pattern, replacement, match_case in _ocr_confusions():
        text = pattern.sub(
            lambda m, r=replacement, c=match_case: _same_length(m.group(0), m.expand(r), c),
            text,
        )
    return text


def _same_length(original: str, corrected: str, match_case: bool = False) -> str:
    """``corrected`` in ``original``'s length (a shorter one padded with spaces, so a
    glyph OCR added, "SIlJ", can go); ``original`` when it would be longer."""
    if len(corrected) > len(original):
        return original
    corrected = corrected.ljust(len(original))
    if not match_case:
        return corrected
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return corrected.upper()
    if original[:1].isupper():
        return corrected[:1].upper() + corrected[1:]
    return corrected


def _blank_unchosen(text: str, scanned: bool = False) -> str:
    """The text with a checklist's unticked option lines blanked (offsets unchanged): an
    option a form lists and leaves unticked (on a scan: not readably ticked) is not a
    statement about the patient."""
    spans = unchosen_lines(text, scanned=scanned)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class EmptyCitation(ValueError):
    """An extractor asked to cite a range holding no text (names the rule, never text)."""


@dataclass(frozen=True)
class DocumentText:
    """One document's NLP text with a page offset table."""

    document: Document
    pages: tuple[Page, ...]
    page_starts: tuple[int, ...]
    text: str

    @classmethod
    def from_pages(cls, document: Document, pages: tuple[Page, ...]) -> DocumentText:
        starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for page in pages:
            starts.append(offset)
            if page.ocr:
                body = _blank_unchosen(correct_ocr(page.nlp_text()), scanned=True)
            else:
                body = _blank_unchosen(page.nlp_text())
            parts.append(body)
            offset += len(body) + len(PAGE_SEPARATOR)
        return cls(document, pages, tuple(starts), PAGE_SEPARATOR.join(parts))

    def furniture(self) -> str:
        """The pages' running headers, footers and banners (blanked from ``text``): where a
        record prints its identifiers, which say how it writes dates."""
        return "\n".join(page.text[a:b] for page in self.pages for a, b in page.masked)

    def page_at(self, offset: int) -> tuple[Page, int]:
        """The page holding document offset ``offset`` and that page's start offset."""
        index = max(0, bisect_right(self.page_starts, offset) - 1)
        return self.pages[index], self.page_starts[index]

    def evidence(self, start: int, end: int, rule_id: str) -> Evidence:
        """Evidence for document range ``[start, end)``, clipped to the page it starts on.

        Surrounding white space is trimmed so the cited text and its box are tight. A
        range with nothing to cite (empty, only white space or blanked furniture) is a
        bug in the caller: ``EmptyCitation`` says so without quoting any text.
        """
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        page, page_start = self.page_at(start)
        page_begin = start - page_start
        page_end = min(end - page_start, len(page.text))
        if page_end <= page_begin or not page.text[page_begin:page_end].strip():
            raise EmptyCitation(f"rule {rule_id!r} cited no text on page {page.number}")
        bbox = page.bbox(page_begin, page_end) or (0.0, 0.0, page.width, page.height)
        return Evidence(
            document=page.file,
            page=page.number,
            start=page_begin,
            end=page_end,
            bbox=bbox,
            text=page.text[page_begin:page_end],
            rule_id=rule_id,
            ocr_confidence=page.ocr_confidence if page.ocr else None,
        )


def document_texts(packet: Packet) -> list[DocumentText]:
    """One ``DocumentText`` per document of the packet, in packet order."""
    by_number = {page.number: page for page in packet.pages}
    texts = []
    for document in packet.documents:
        pages = tuple(
            by_number[n]
            for n in range(document.first_page, document.last_page + 1)
            if n in by_number
        )
        texts.append(DocumentText.from_pages(document, pages))
    return texts
