"""TIFF packet files: the other way fax servers deliver a fax (issue 16).

A (multi-page) TIFF is one packet file whose every frame is an image-only page; each
page's size in points comes from its pixels and resolution tags, so its OCR words are
boxed in points like a PDF page's. Frames are decoded only when OCR reads them.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import EmptyFileError, NoPagesError, PacketTooLargeError, UnreadableTiffError
from pipeline.ingest.reader import RawPage, check_page_count
from pipeline.ingest.rules import ingest_limits
from pipeline.ocr import TIFF_SUFFIXES, tiff_resolution

POINTS_PER_INCH = 72


def is_tiff(path: Path) -> bool:
    return path.suffix.lower() in TIFF_SUFFIXES


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableTiffError(path.name, f"cannot be opened: {type(exc).__name__}") from None
    if size == 0:
        raise EmptyFileError(path.name)
    limit = ingest_limits().max_file_bytes
    if size > limit:
        raise PacketTooLargeError(path.name, f"{size:,} bytes; the limit is {limit:,}")


def tiff_page_count(path: Path) -> int | None:
    """Frames of a TIFF; None when it cannot be opened as one."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as tiff:
            return int(getattr(tiff, "n_frames", 1)) if tiff.format == "TIFF" else None
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def tiff_pages(path: Path, *, page_budget: int | None = None) -> list[RawPage]:
    """Every frame of a TIFF as an image-only page (layout None), sized in points.

    Raises ``UnreadableTiffError`` for a file that is not a TIFF image, and the size
    and page-count errors a PDF would raise.
    """
    from PIL import Image, UnidentifiedImageError

    _check_size(path)
    try:
        with Image.open(path) as tiff:
            if tiff.format != "TIFF":
                raise UnreadableTiffError(path.name, f"a {tiff.format} image")
            count = int(getattr(tiff, "n_frames", 1))
            if count == 0:
                raise NoPagesError(path.name)
            check_page_count(path.name, count, page_budget)
            pages = []
            for index in range(count):
                tiff.seek(index)
                x_dpi, y_dpi = tiff_resolution(tiff)
                width = tiff.width / x_dpi * POINTS_PER_INCH
                height = tiff.height / y_dpi * POINTS_PER_INCH
                pages.append(RawPage(index + 1, width, height, None))
            return pages
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise UnreadableTiffError(path.name, type(exc).__name__) from None
