"""Opening a PDF safely and reading each page once.

Characters come from PDFium (``pdfium_text``), boxed as pdfplumber boxes them, at a
tenth of the cost of a pdfminer parse. pdfplumber still reads what PDFium cannot
(a page whose boxes PDFium would not match, the ruled tables of a page whose paths may
hold one, a file PDFium refuses to open) and names the reason a file cannot be read.

Every failure becomes a typed ``PacketError`` naming the file and the reason; parser
messages are never passed on (they can quote bytes of the document). Each page is read
once and closed straight after, so memory stays flat however long the file. Limits
(``resources/limits.json``) bound what one file may cost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NoPagesError,
    NotAPdfError,
    PacketError,
    PacketTooLargeError,
)
from pipeline.ingest.inflation import check_inflation
from pipeline.ingest.layout import PageLayout, build_layout
from pipeline.ingest.pdfium_text import (
    TooManyChars,
    UnsupportedPage,
    page_chars,
    page_size,
)
from pipeline.ingest.rules import ingest_limits
from pipeline.ingest.rulings import ruled_tables
from pipeline.ingest.tables import find_tables, keep_tables
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
    """Reject empty, oversized and non-PDF files before a parser sees them."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(MAGIC_WINDOW)
    except OSError as exc:
        raise NotAPdfError(name, f"cannot be opened: {type(exc).__name__}") from None
    if not head:
        raise EmptyFileError(name)
    if PDF_MAGIC not in head:
        raise NotAPdfError(name, "no %PDF header")
    limit = ingest_limits().max_file_bytes
    if size > limit:
        raise PacketTooLargeError(name, f"{size:,} bytes; the limit is {limit:,}")


def check_page_count(name: str, pages: int, budget: int | None = None) -> None:
    """Refuse a file with more pages than the packet may still hold."""
    limit = ingest_limits().max_pages_per_packet
    allowed = limit if budget is None else budget
    if pages > allowed:
        raise PacketTooLargeError(name, f"{pages:,} pages; a packet may hold {limit:,}")


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


def _too_many(count: int) -> str:
    return f"{count:,} characters; the limit is {ingest_limits().max_chars_per_page:,} a page"


def _read_plumber_page(page: Any, number: int) -> RawPage:
    """The whole page through pdfplumber (the reading PDFium cannot match)."""
    width, height = float(page.width), float(page.height)
    try:
        chars = page.chars
        if not chars:
            return RawPage(number, width, height, None)
        if len(chars) > ingest_limits().max_chars_per_page:
            return RawPage(number, width, height, None, error=_too_many(len(chars)))
        layout = build_layout(page_words(chars), find_tables(page))
    except Exception as exc:
        return RawPage(number, width, height, None, error=_reason(exc))
    finally:
        page.close()
    return RawPage(number, width, height, layout)


class _Plumber:
    """pdfplumber's view of the same file, opened only when a page needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pdf: Any = None
        self._pages: list[Any] | None = None

    def page(self, index: int) -> Any:
        if self._pages is None:
            self._pdf = pdfplumber.open(self.path, password="")
            self._pages = self._pdf.pages
        return self._pages[index]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _read_pdfium_page(document: Any, index: int, plumber: _Plumber) -> RawPage:
    number = index + 1
    width = height = 0.0
    page = document[index]
    try:
        try:
            width, height = page_size(page)
            chars = page_chars(page, height, ingest_limits().max_chars_per_page)
        except UnsupportedPage:
            return _read_plumber_page(plumber.page(index), number)
        except TooManyChars as exc:
            return RawPage(number, width, height, None, error=_too_many(exc.count))
        if not chars:
            return RawPage(number, width, height, None)
        tables = keep_tables(ruled_tables(page, height))
        layout = build_layout(page_words(chars), tables)
    except Exception as exc:
        return RawPage(number, width, height, None, error=_reason(exc))
    finally:
        page.close()
    return RawPage(number, width, height, layout)


def _open_pdfium(path: Path) -> Any | None:
    """The PDFium document, or None when PDFium will not open it (pdfplumber decides)."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None


def page_count(path: Path) -> int | None:
    """Pages of a PDF as PDFium counts them; None when it cannot be opened.

    Raises ``PacketTooLargeError`` for a file over the size or inflation limits.
    """
    try:
        check_header(path)
    except PacketTooLargeError:
        raise
    except PacketError:
        return None
    check_inflation(path)
    document = _open_pdfium(path)
    if document is None:
        return None
    try:
        return len(document)
    finally:
        document.close()


def iter_pages(path: Path, *, page_budget: int | None = None) -> Iterator[RawPage]:
    """Each page of a PDF file, read once and closed after use.

    Raises a ``PacketError`` for a file that cannot be opened, has no pages, or has
    more than ``page_budget`` pages (default: the packet limit); a single page whose
    content cannot be read comes back with ``error`` set instead.
    """
    check_header(path)
    check_inflation(path)
    document = _open_pdfium(path)
    if document is None:
        with open_pdf(path) as pdf:
            pages = _pages(pdf, path.name)
            check_page_count(path.name, len(pages), page_budget)
            for number, page in enumerate(pages, start=1):
                yield _read_plumber_page(page, number)
        return
    plumber = _Plumber(path)
    try:
        count = len(document)
        if count == 0:
            raise NoPagesError(path.name)
        check_page_count(path.name, count, page_budget)
        for index in range(count):
            yield _read_pdfium_page(document, index, plumber)
    finally:
        plumber.close()
        document.close()
