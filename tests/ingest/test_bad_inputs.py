"""Every kind of unreadable input becomes a typed PacketError naming the file, never a
pdfminer traceback and never document text; a folder keeps its readable files."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NoPagesError,
    NoReadableFilesError,
    NotAPdfError,
    PacketError,
)
from pipeline.ingest import read_packet
from tests.ingest.pdfs import Sheet, write

SECRET = "Zebrafinch Quokkamoto"
"""Document text that must never appear in an error message."""


def _simple(path: Path, text: str = SECRET, **kwargs: object) -> Path:
    sheet = Sheet(documents=[[("title", "OFFICE VISIT"), ("para", text)]], **kwargs)  # type: ignore[arg-type]
    return write(sheet, path)


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _html(path: Path) -> Path:
    path.write_text(f"<!doctype html><html><body>{SECRET}</body></html>")
    return path


def _random(path: Path) -> Path:
    path.write_bytes(os.urandom(4096))
    return path


def _pdf_header_then_garbage(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    return path


def _truncated(path: Path) -> Path:
    data = _simple(path.with_suffix(".full.pdf")).read_bytes()
    path.write_bytes(data[: len(data) * 9 // 10])
    return path


def _encrypted(path: Path) -> Path:
    return _simple(path, encryption=("owner-secret", "user-secret"))


def _zero_pages(path: Path) -> Path:
    document = pdfium.PdfDocument.new()
    document.save(path)
    return path


BAD_FILES: list[tuple[str, Callable[[Path], Path], type[PacketError]]] = [
    ("zero bytes", _empty, EmptyFileError),
    ("html named .pdf", _html, NotAPdfError),
    ("random bytes", _random, NotAPdfError),
    ("pdf header then garbage", _pdf_header_then_garbage, CorruptPdfError),
    ("truncated pdf", _truncated, CorruptPdfError),
    ("encrypted with a user password", _encrypted, EncryptedPdfError),
    ("no pages", _zero_pages, NoPagesError),
]


@pytest.mark.parametrize(("case", "make", "error"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_raises_typed_error_naming_file_without_text(
    tmp_path: Path, case: str, make: Callable[[Path], Path], error: type[PacketError]
) -> None:
    path = make(tmp_path / "bad-input.pdf")
    with pytest.raises(error) as caught:
        read_packet(path)
    message = str(caught.value)
    assert "bad-input.pdf" in message
    assert SECRET not in message and "Zebrafinch" not in message
    error_raised = caught.value
    assert error_raised.__cause__ is None, "pdfminer's exception must not be chained"
    assert error_raised.__context__ is None or error_raised.__suppress_context__


def test_encrypted_with_empty_user_password_opens(tmp_path: Path) -> None:
    path = _simple(tmp_path / "owner-only.pdf", encryption=("owner-secret", ""))
    packet = read_packet(path)
    assert SECRET in packet.pages[0].text


def test_missing_path_is_a_packet_error(tmp_path: Path) -> None:
    with pytest.raises(NoReadableFilesError):
        read_packet(tmp_path / "nowhere")


def test_image_only_page_has_no_text_layer_and_a_warning(tmp_path: Path) -> None:
    sheet = Sheet(documents=[[("title", "OFFICE VISIT"), ("para", "Text page.")]], image_pages=[1])
    packet = read_packet(write(sheet, tmp_path / "scan.pdf"), ocr=False)
    scanned = packet.pages[1]
    assert (scanned.has_text_layer, scanned.text, scanned.char_boxes) == (False, "", b"")
    assert packet.pages[0].has_text_layer
    assert any(
        w.startswith("page 2 of scan.pdf has no text layer (image only); OCR is turned off")
        for w in packet.warnings
    )


def test_folder_with_one_bad_file_reads_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "pkt-7"
    folder.mkdir()
    _simple(folder / "a_note.pdf", "First readable file.")
    _html(folder / "b_broken.pdf")
    _simple(folder / "c_note.pdf", "Second readable file.")
    (folder / "labels.json").write_text("{}")
    packet = read_packet(folder)
    assert packet.id == "pkt-7"
    assert [f.name for f in packet.files] == ["a_note.pdf", "b_broken.pdf", "c_note.pdf"]
    broken = packet.files[1]
    assert broken.error is not None and "not a PDF" in broken.error and broken.pages == 0
    assert [p.file for p in packet.pages] == ["a_note.pdf", "c_note.pdf"]
    assert [p.number for p in packet.pages] == [1, 2]
    assert any("b_broken.pdf" in w and "other files were read" in w for w in packet.warnings)
    assert [d.file for d in packet.documents] == ["a_note.pdf", "c_note.pdf"]


def test_folder_with_no_readable_file_raises(tmp_path: Path) -> None:
    folder = tmp_path / "pkt-8"
    folder.mkdir()
    _html(folder / "a.pdf")
    _empty(folder / "b.pdf")
    (folder / "packet.json").write_text(json.dumps({"request_date": "2025-09-01"}))
    with pytest.raises(NoReadableFilesError) as caught:
        read_packet(folder)
    assert "pkt-8" in str(caught.value)


def test_folder_hash_covers_names_contents_and_packet_json(tmp_path: Path) -> None:
    folder = tmp_path / "pkt-9"
    folder.mkdir()
    _simple(folder / "a.pdf")
    first = read_packet(folder).sha256
    assert read_packet(folder).sha256 == first
    (folder / "packet.json").write_text(json.dumps({"request_date": "2025-09-01"}))
    with_json = read_packet(folder).sha256
    (folder / "a.pdf").rename(folder / "b.pdf")
    renamed = read_packet(folder).sha256
    assert len({first, with_json, renamed}) == 3
