"""Page pictures with the cited spans highlighted, for the pages that hold evidence."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.models import Packet
from pipeline.report.view import Mark

RENDER_DPI = 80
"""Enough to read 10-pt text on screen while keeping a 40-page report a few MB."""
GUTTER = 30
"""Points of blank margin drawn left of a page picture for the highlight numbers, so
no number is ever printed over the clinical text."""
LINE_TOLERANCE = 4
"""Highlights whose tops are this close (points) share one line's number in the gutter."""


@dataclass
class GutterLabel:
    """The numbers of the highlights on one line of the page, written in the gutter."""

    y: float
    numbers: list[int]


@dataclass
class PagePicture:
    number: int
    file: str
    file_page: int
    width: float
    height: float
    png_base64: str | None
    marks: list[Mark] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"page-{self.number}"

    @property
    def gutter(self) -> float:
        return GUTTER

    @property
    def gutter_labels(self) -> list[GutterLabel]:
        """One label per line of highlights, its numbers in reading order."""
        labels: list[GutterLabel] = []
        for mark in sorted(self.marks, key=lambda m: (m.top, m.number)):
            if labels and abs(labels[-1].y - mark.top) <= LINE_TOLERANCE:
                labels[-1].numbers.append(mark.number)
            else:
                labels.append(GutterLabel(mark.top, [mark.number]))
        return labels


def cited_pages(marks: tuple[Mark, ...]) -> dict[int, list[Mark]]:
    """Packet page number -> the numbered highlights on it."""
    pages: dict[int, list[Mark]] = {}
    for mark in marks:
        pages.setdefault(mark.page, []).append(mark)
    return pages


def source_file(packet_path: Path, file_name: str) -> Path:
    """The PDF a page came from: the packet itself, or a file inside a packet folder."""
    return packet_path / file_name if packet_path.is_dir() else packet_path


def render_pictures(
    marks: tuple[Mark, ...], packet: Packet, packet_path: Path | None
) -> list[PagePicture]:
    """Render each cited page once, straight with PDFium (no pdfminer parse needed)."""
    highlights = cited_pages(marks)
    by_number = {page.number: page for page in packet.pages}
    by_file: dict[str, list[int]] = {}
    for number in sorted(highlights):
        if number in by_number:
            by_file.setdefault(by_number[number].file, []).append(number)
    pictures: list[PagePicture] = []
    for file_name, numbers in by_file.items():
        images = (
            _render(source_file(packet_path, file_name), [by_number[n].file_page for n in numbers])
            if packet_path is not None
            else {}
        )
        for number in numbers:
            page = by_number[number]
            pictures.append(
                PagePicture(
                    number=number,
                    file=file_name,
                    file_page=page.file_page,
                    width=page.width,
                    height=page.height,
                    png_base64=images.get(page.file_page),
                    marks=highlights[number],
                )
            )
    return sorted(pictures, key=lambda picture: picture.number)


def _render(path: Path, file_pages: list[int]) -> dict[int, str]:
    """PNG (base64) of the given 1-based pages; a page that cannot be rendered is left out
    and the report still draws its highlight boxes."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except Exception:  # read at ingestion but not now (moved, damaged): boxes only
        return {}
    rendered: dict[int, str] = {}
    try:
        for file_page in file_pages:
            try:
                page = document[file_page - 1]
                # Grayscale: clinical pages carry no colour worth 3x the bytes and time.
                image = page.render(scale=RENDER_DPI / 72, grayscale=True).to_pil().convert("L")
                page.close()
            except Exception:
                continue
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            rendered[file_page] = base64.b64encode(buffer.getvalue()).decode("ascii")
    finally:
        document.close()
    return rendered
