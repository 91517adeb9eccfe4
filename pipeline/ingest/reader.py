"""Opening a PDF safely and reading each page once.

Every failure becomes a typed ``PacketError`` naming the file and the reason; pdfminer's
own messages are never passed on (they can quote bytes of the document). Each page is
parsed once and closed straight after, so memory stays flat however long the file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NoPagesError,
    NotAPdfError,
)
from pipeline.ingest.layout import PageLayout, build_layout
from pipeline.ingest.tables import find_tables
from pipeline.ingest.words import page_words

PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024
"""The PDF header may follow a little junk; readers accept it within the first 1 KB."""

for _noisy in ("pdfminer", "pdfplumber"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page as read: its size and layout; ``layout`` is None when it has no text."""

    file_page: int
    width: float
    height: float
    layout: PageLayout | None
    error: str | None = None


def check_header(path: Path) -> None:
    """Reject empty files and files that are not PDFs before pdfminer sees them."""
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(MAGIC_WINDOW)
    except OSError as exc:
        raise NotAPdfError(name, f"cannot be opened: {type(exc).__name__}") from None
    if not head:
        raise EmptyFileError(name)
    if PDF_MAGIC not in head:
        raise NotAPdfError(name, "no %PDF header")


def _is_password_error(exc: BaseException) -> bool:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    return isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError)


def _reason(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    return type(inner).__name__


@contextmanager
def open_pdf(path: Path) -> Iterator[Any]:
    """A pdfplumber PDF (empty user password tried), or a typed error."""
    check_header(path)
    name = path.name
    try:
        pdf = pdfplumber.open(path, password="")
    except PdfminerException as exc:
        if _is_password_error(exc):
            raise EncryptedPdfError(name) from None
        raise CorruptPdfError(name, _reason(exc)) from None
    except Exception as exc:  # pdfminer raises many unrelated types on bad input
        raise CorruptPdfError(name, _reason(exc)) from None
    try:
        yield pdf
    finally:
        pdf.close()


def _pages(pdf: Any, name: str) -> list[Any]:
    try:
        pages = pdf.pages
    except PdfminerException as exc:
        if _is_password_error(exc):
            raise EncryptedPdfError(name) from None
        raise CorruptPdfError(name, _reason(exc)) from None
    except Exception as exc:
        raise CorruptPdfError(name, _reason(exc)) from None
    if not pages:
        raise NoPagesError(name)
    return pages


def _read_page(page: Any, number: int) -> RawPage:
    width, height = float(page.width), float(page.height)
    try:
        chars = page.chars
        if not chars:
            return RawPage(number, width, height, None)
        layout = build_layout(page_words(chars), find_tables(page))
    except Exception as exc:
        return RawPage(number, width, height, None, error=_reason(exc))
    finally:
        page.close()
    return RawPage(number, width, height, layout)


def iter_pages(path: Path) -> Iterator[RawPage]:
    """Each page of a PDF file, parsed once and closed after use.

    Raises a ``PacketError`` for a file that cannot be opened or has no pages; a single
    page whose content cannot be parsed comes back with ``error`` set instead.
    """
    with open_pdf(path) as pdf:
        pages = _pages(pdf, path.name)
        for number, page in enumerate(pages, start=1):
            yield _read_page(page, number)
