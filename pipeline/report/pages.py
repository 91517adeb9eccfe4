"""Page pictures with the cited spans highlighted, for the pages that hold evidence."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.models import Determination, Packet

RENDER_DPI = 80
"""Enough to read 10-pt text on screen while keeping a 40-page report a few MB."""


@dataclass
class Highlight:
    criterion_id: str
    bbox: tuple[float, float, float, float]
    status: str


@dataclass
class PagePicture:
    number: int
    file: str
    file_page: int
    width: float
    height: float
    png_base64: str | None
    highlights: list[Highlight] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"page-{self.number}"


def cited_pages(determination: Determination) -> dict[int, list[Highlight]]:
    """Packet page number -> the highlights every criterion's evidence puts on it."""
    pages: dict[int, list[Highlight]] = {}
    for criterion in determination.criteria:
        for evidence in criterion.evidence:
            pages.setdefault(evidence.page, []).append(
                Highlight(criterion.id, evidence.bbox, criterion.status.value)
            )
    return pages


def source_file(packet_path: Path, file_name: str) -> Path:
    """The PDF a page came from: the packet itself, or a file inside a packet folder."""
    return packet_path / file_name if packet_path.is_dir() else packet_path


def render_pictures(
    determination: Determination, packet: Packet, packet_path: Path | None
) -> list[PagePicture]:
    """Render each cited page once (pdfplumber via pypdfium2), closing pages as we go."""
    import pdfplumber

    highlights = cited_pages(determination)
    by_number = {page.number: page for page in packet.pages}
    pictures: list[PagePicture] = []
    by_file: dict[str, list[int]] = {}
    for number in sorted(highlights):
        if number in by_number:
            by_file.setdefault(by_number[number].file, []).append(number)
    for file_name, numbers in by_file.items():
        pdf = None
        if packet_path is not None:
            try:
                pdf = pdfplumber.open(source_file(packet_path, file_name))
            except Exception:  # read at ingestion but not now: boxes without a picture
                pdf = None
        try:
            for number in numbers:
                page = by_number[number]
                picture = PagePicture(
                    number=number,
                    file=file_name,
                    file_page=page.file_page,
                    width=page.width,
                    height=page.height,
                    png_base64=_png(pdf, page.file_page) if pdf else None,
                    highlights=highlights[number],
                )
                pictures.append(picture)
        finally:
            if pdf is not None:
                pdf.close()
    return pictures


def _png(pdf, file_page: int) -> str | None:
    try:
        page = pdf.pages[file_page - 1]
        image = page.to_image(resolution=RENDER_DPI).original
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        page.close()
        return base64.b64encode(buffer.getvalue()).decode("ascii")
    except Exception:  # a page that cannot be rendered still shows its highlight boxes
        return None
