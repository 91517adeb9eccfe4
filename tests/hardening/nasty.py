"""Hostile and broken inputs, each written small and fast, with what must become of it.

``CASES`` is the table the hardening tests (ingestion, CLI, batch) and the bad-input
benchmark share: a builder writing the file, and the outcome — a typed ``PacketError``
code, or processed (``None``) with a warning fragment when one is due. Every text a
builder prints carries ``SENTINEL`` where it can, so the tests can prove no error,
warning or log line quotes the document.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.hardening.rawpdf import HELVETICA, assemble, pages_pdf, stream, text_content
from tests.ingest.pdfs import Sheet, write

SENTINEL = "QZV-SENTINEL-4412"
"""Document text that must never appear in an error, warning or log line."""

PAGE_TEXT = [
    "OFFICE NOTE",
    "Date of service: 08/28/2025",
    f"Patient reference {SENTINEL}. Right SI joint pain 7/10, worse with sitting.",
]


def text_pdf(path: Path, lines: list[str] = PAGE_TEXT, **options: object) -> Path:
    """A one-page PDF printing ``lines`` (hand-written, Helvetica)."""
    path.write_bytes(pages_pdf([text_content(lines)], **options))  # type: ignore[arg-type]
    return path


def zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated(path: Path) -> Path:
    """The first 60% of a valid file: an upload cut off mid-transfer."""
    data = text_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(1366).randbytes(64 * 1024))
    return path


def html(path: Path) -> Path:
    """A fax gateway's error page saved under the packet's name."""
    path.write_text(f"<!doctype html><html><body><p>{SENTINEL}</p></body></html>")
    return path


def _sheet(encryption: tuple[str, str]) -> Sheet:
    return Sheet(
        documents=[[("title", "OFFICE NOTE"), ("para", f"Patient reference {SENTINEL}.")]],
        encryption=encryption,
    )


def encrypted_with_password(path: Path) -> Path:
    return write(_sheet(("owner-secret", "user-secret")), path)


def encrypted_empty_user_password(path: Path) -> Path:
    """Restrictions only (printing, copying): opens without a password."""
    return write(_sheet(("owner-secret", "")), path)


def zero_pages(path: Path) -> Path:
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]
    path.write_bytes(assemble(objects))
    return path


THOUSANDS = 2000


def two_thousand_pages(path: Path) -> Path:
    """2,000 pages sharing one content stream (~150 KB)."""
    path.write_bytes(pages_pdf([text_content(PAGE_TEXT)], share_content=True, count=THOUSANDS))
    return path


TINY_CHARS = 100_000


def hundred_thousand_chars(path: Path) -> Path:
    """One page of 100,000 characters printed at 1 pt (a PDF writer gone wrong)."""
    row = ("x" * 99 + " ") * 5
    lines = [f"({row}) '" for _ in range(TINY_CHARS // len(row))]
    content = "\n".join(["BT /F1 1 Tf 1 0 0 1 10 780 Tm 0.9 TL", *lines, "ET"])
    path.write_bytes(pages_pdf([content.encode()]))
    return path


def broken_xref(path: Path) -> Path:
    """Every xref offset and startxref off by 7 bytes (a file edited by hand)."""
    data = pages_pdf([text_content(PAGE_TEXT)])
    head, _, tail = data.partition(b"xref\n")
    table, _, trailer = tail.partition(b"trailer\n")
    rows = table.split(b"\n")
    shifted = [
        b"%010d 00000 n " % (int(row[:10]) + 7) if row.endswith(b" n ") else row for row in rows
    ]
    start = trailer.index(b"startxref\n") + len(b"startxref\n")
    end = trailer.index(b"\n", start)
    trailer = trailer[:start] + str(int(trailer[start:end]) + 7).encode() + trailer[end:]
    path.write_bytes(head + b"xref\n" + b"\n".join(shifted) + b"trailer\n" + trailer)
    return path


JAVASCRIPT = "app.alert('run'); this.submitForm('http://example.invalid/x');"


def javascript(path: Path) -> Path:
    """An /OpenAction and a document-level script: read as text, never run."""
    script = f"<< /S /JavaScript /JS ({JAVASCRIPT}) >>"
    return text_pdf(
        path,
        catalog_extra=f"/OpenAction {script} /Names << /JavaScript << /Names [(a) {script}] >> >>",
    )


BOMB_MB = 256


def _deflate_bomb(megabytes: int, byte: bytes = b" ") -> bytes:
    """A zlib stream of ``megabytes`` MB of one byte in ~1 KB a MB, built without
    compressing them all: one fully flushed block repeated (each block stands alone)."""
    unit = byte * (1 << 20)
    compressor = zlib.compressobj(9)
    header_and_block = compressor.compress(unit) + compressor.flush(zlib.Z_FULL_FLUSH)
    header, body = header_and_block[:2], header_and_block[2:]
    checksum = 1
    for _ in range(megabytes):
        checksum = zlib.adler32(unit, checksum)
    final = b"\x03\x00"  # an empty final fixed-Huffman block
    return header + body * megabytes + final + checksum.to_bytes(4, "big")


def content_bomb(path: Path) -> Path:
    """A page whose ~260 KB content stream inflates to 256 MB."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        HELVETICA,
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        stream("/Filter /FlateDecode", _deflate_bomb(BOMB_MB)),
    ]
    path.write_bytes(assemble(objects))
    return path


def _image_page(image_dict: str, data: bytes, media_box: str = "0 0 612 792") -> bytes:
    width, height = media_box.split()[2:]
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        HELVETICA,
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] "
        "/Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        stream("", f"q {width} 0 0 {height} 0 0 cm /Im1 Do Q".encode()),
        stream(f"/Type /XObject /Subtype /Image {image_dict}", data),
    ]
    return assemble(objects)


def image_bomb(path: Path) -> Path:
    """An image-only page whose 20,480 x 20,480 image (400 MB of pixels) is ~400 KB."""
    side = 20_480
    data = _deflate_bomb(side * side >> 20, b"\xff")
    image = f"/Width {side} /Height {side} /ColorSpace /DeviceGray /BitsPerComponent 8 "
    path.write_bytes(_image_page(image + "/Filter /FlateDecode", data))
    return path


def absurd_image(path: Path) -> Path:
    """An image declaring 1,000,000 x 1,000,000 RGB pixels over 1 KB of data."""
    image = "/Width 1000000 /Height 1000000 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
    path.write_bytes(_image_page(image + "/Filter /FlateDecode", zlib.compress(b"\0" * 1000)))
    return path


def huge_page(path: Path) -> Path:
    """A 200 x 200 inch image-only page (60,000 x 60,000 pixels at OCR resolution)."""
    image = "/Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8"
    path.write_bytes(_image_page(image, b"\x80" * 10_000, media_box="0 0 14400 14400"))
    return path


GRID_LINES = 180


def graph_paper(path: Path) -> Path:
    """Text over a 180 x 180 ruled grid (32,761 crossings): table finding would grow
    with the crossings far faster than linearly."""
    step, start = 3.5, 20
    end = start + GRID_LINES * step
    lines = [
        f"{start} {start + i * step} m {end} {start + i * step} l" for i in range(GRID_LINES + 1)
    ]
    lines += [
        f"{start + i * step} {start} m {start + i * step} {end} l" for i in range(GRID_LINES + 1)
    ]
    drawing = ("0.1 w " + " ".join(lines) + " S\n").encode()
    path.write_bytes(pages_pdf([drawing + text_content(PAGE_TEXT)]))
    return path


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Path]
    code: str | None
    """The PacketError code it must raise; None when it must be processed."""
    warning: str | None = None
    """A fragment one of the packet's warnings must hold (processed cases)."""
    text: bool = False
    """Processed cases: whether the sentinel text must be read."""


CASES: list[Case] = [
    Case("zero bytes", zero_bytes, "E102"),
    Case("truncated", truncated, "E103"),
    Case("random bytes", random_bytes, "E101"),
    Case("html named pdf", html, "E101"),
    Case("encrypted with a password", encrypted_with_password, "E104"),
    Case("encrypted empty user password", encrypted_empty_user_password, None, text=True),
    Case("zero pages", zero_pages, "E105"),
    Case("2000 pages", two_thousand_pages, "E107"),
    Case("100k tiny characters", hundred_thousand_chars, None, "its text was not read"),
    Case("broken xref", broken_xref, None, text=True),
    Case("javascript", javascript, None, text=True),
    Case("content decompression bomb", content_bomb, "E107"),
    Case("image decompression bomb", image_bomb, None, "no text layer"),
    Case("absurd image dimensions", absurd_image, None, "no text layer"),
    Case("200-inch page", huge_page, None, "too large to OCR"),
    Case("graph paper grid", graph_paper, None, text=True),
]
