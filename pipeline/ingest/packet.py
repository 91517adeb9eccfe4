"""Reading a whole packet: a PDF file, or a folder of PDFs with an optional packet.json.

A fax server's multi-page TIFF (``.tif``/``.tiff``) is accepted wherever a PDF is: as
the packet itself or as a file of a folder packet (an addition to CONTRACT section 1,
documented in the README); its frames are image-only pages, read by OCR.

The packet id is the file or folder name without extension. Its sha256 identifies the
submission for batch de-duplication: the file's own hash, or for a folder the hash of
its sorted (file name, file sha256) list over the PDFs and ``packet.json``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import NoReadableFilesError, PacketError, PacketTooLargeError
from pipeline.ingest.furniture import LaidOutPage, find_masks
from pipeline.ingest.ocr_layout import ocr_available, ocr_file_pages
from pipeline.ingest.reader import RawPage, iter_pages, page_count
from pipeline.ingest.request import PacketJson, read_packet_json, resolve_request
from pipeline.ingest.rules import ingest_limits
from pipeline.ingest.split import (
    LARGER_BY,
    SMALLER_BY,
    LaidPage,
    classify_title,
    has_date_label,
    split_documents,
)
from pipeline.ingest.tiff import is_tiff, tiff_page_count, tiff_pages
from pipeline.models import PACKET_FILE_SUFFIXES, Packet, Page, SourceFile

PACKET_JSON = "packet.json"
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def folder_sha256(entries: list[tuple[str, str]]) -> str:
    """The hash of a folder packet: of its sorted ``name<TAB>sha256`` lines."""
    lines = "".join(f"{name}\t{sha}\n" for name, sha in sorted(entries))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _protected(text: str, size_above_text: float, on_every_page: bool) -> bool:
    """Lines never masked as furniture: labelled document dates, and titles (printed
    large, or naming a document type at text size) unless on every page of the file,
    where a title is a running header."""
    if has_date_label(text):
        return True
    if on_every_page:
        return False
    if size_above_text >= LARGER_BY:
        return True
    return size_above_text > -SMALLER_BY and classify_title(text) is not None


@dataclass
class _FileRead:
    source: SourceFile
    pages: list[LaidPage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _page_warnings(raw: RawPage, name: str, ocr_note: str | None) -> list[str]:
    if raw.error is not None:
        return [f"page {raw.file_page} of {name}: its text was not read ({raw.error})"]
    if raw.layout is None:
        reason = ocr_note or "OCR needed"
        return [f"page {raw.file_page} of {name} has no text layer (image only); {reason}"]
    return []


def _ocr_missing_text(
    path: Path, raws: list[RawPage], enabled: bool
) -> tuple[list[RawPage], dict[int, tuple[float | None, str]], dict[int, str]]:
    """OCR the image-only pages of a file; returns the pages, each OCR'd page's
    (confidence, engine) and, for each image-only page OCR did not read, why."""
    blank = [r for r in raws if r.layout is None and r.error is None]
    if not blank:
        return raws, {}, {}
    if not enabled:
        reason = "OCR is turned off (--no-ocr): its text was not read"
        return raws, {}, dict.fromkeys((r.file_page for r in blank), reason)
    if not ocr_available():
        reason = "no OCR engine is installed, so OCR could not run: its text was not read"
        return raws, {}, dict.fromkeys((r.file_page for r in blank), reason)
    results = ocr_file_pages(path, [(r.file_page, r.width, r.height) for r in blank])
    confidences: dict[int, tuple[float | None, str]] = {}
    notes: dict[int, str] = {}
    replaced = {}
    for raw, result in zip(blank, results, strict=True):
        if result.layout is None:
            notes[raw.file_page] = f"{result.skipped}: its text was not read"
            continue
        replaced[raw.file_page] = RawPage(raw.file_page, raw.width, raw.height, result.layout)
        confidences[raw.file_page] = (result.confidence, result.engine)
    return [replaced.get(r.file_page, r) for r in raws], confidences, notes


def read_file(
    path: Path,
    first_number: int,
    sha256: str | None = None,
    *,
    ocr: bool = True,
    page_budget: int | None = None,
) -> _FileRead:
    """Every page of one PDF or TIFF (image-only pages OCR'd), furniture masked.

    Raises ``PacketError``; ``PacketTooLargeError`` past ``page_budget`` pages (default:
    the packet limit).
    """
    name = path.name
    sha = sha256 or file_sha256(path)
    if is_tiff(path):
        pages = tiff_pages(path, page_budget=page_budget)
    else:
        pages = list(iter_pages(path, page_budget=page_budget))
    raws, confidences, ocr_notes = _ocr_missing_text(path, pages, ocr)
    masks = find_masks(
        [LaidOutPage(r.layout, r.height) for r in raws],
        _protected,
        [r.file_page in confidences for r in raws],
    )
    result = _FileRead(SourceFile(name=name, sha256=sha, pages=len(raws)))
    for offset, (raw, masked) in enumerate(zip(raws, masks, strict=True)):
        layout = raw.layout
        was_ocrd = raw.file_page in confidences
        page = Page(
            number=first_number + offset,
            file=name,
            file_page=raw.file_page,
            width=raw.width,
            height=raw.height,
            text=layout.text if layout else "",
            char_boxes=layout.char_boxes if layout else b"",
            masked=masked,
            tables=layout.tables if layout else (),
            has_text_layer=(layout is not None and not was_ocrd) or raw.error is not None,
            ocr=was_ocrd,
            ocr_confidence=confidences[raw.file_page][0] if was_ocrd else None,
            ocr_engine=confidences[raw.file_page][1] if was_ocrd else "",
        )
        result.pages.append(LaidPage(page, layout))
        result.warnings.extend(_page_warnings(raw, name, ocr_notes.get(raw.file_page)))
        if was_ocrd:
            confidence = confidences[raw.file_page][0]
            shown = f"{confidence:.0f}" if confidence is not None else "n/a"
            result.warnings.append(
                f"page {raw.file_page} of {name} has no text layer; read by OCR "
                f"(mean word confidence {shown})"
            )
    return result


def _assemble(
    packet_id: str,
    sha256: str,
    reads: list[_FileRead],
    packet_json: PacketJson,
    warnings: list[str],
) -> Packet:
    laid = [page for read in reads for page in read.pages]
    for read in reads:
        warnings.extend(read.warnings)
    documents = split_documents(laid)
    pages = [lp.page for lp in laid]
    request = resolve_request(packet_json, documents, pages)
    return Packet(
        id=packet_id,
        sha256=sha256,
        files=tuple(read.source for read in reads),
        pages=tuple(pages),
        documents=tuple(documents),
        request=request,
        warnings=tuple(warnings),
    )


def _read_single(path: Path, ocr: bool) -> Packet:
    sha = file_sha256(path)
    read = read_file(path, 1, sha, ocr=ocr)
    return _assemble(path.stem, sha, [read], PacketJson(), [])


def _read_folder(folder: Path, ocr: bool) -> Packet:
    pdfs = sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PACKET_FILE_SUFFIXES),
        key=lambda p: p.name,
    )
    warnings: list[str] = []
    hashes = [(p.name, file_sha256(p)) for p in pdfs]
    json_path = folder / PACKET_JSON
    packet_json = PacketJson()
    if json_path.is_file():
        hashes.append((PACKET_JSON, file_sha256(json_path)))
        packet_json = read_packet_json(json_path)
    limit = ingest_limits().max_pages_per_packet
    counted = sum((tiff_page_count(p) if is_tiff(p) else page_count(p)) or 0 for p in pdfs)
    if counted > limit:
        raise PacketTooLargeError(
            folder.name, f"{counted:,} pages in {len(pdfs)} files; a packet may hold {limit:,}"
        )
    reads: list[_FileRead] = []
    errors: list[PacketError] = []
    number = 1
    for path, (_, sha) in zip(pdfs, hashes, strict=False):
        try:
            read = read_file(path, number, sha, ocr=ocr, page_budget=limit - (number - 1))
        except PacketTooLargeError:
            raise
        except PacketError as exc:
            errors.append(exc)
            warnings.append(f"{exc} [{exc.code}]; the packet's other files were read")
            reads.append(_FileRead(SourceFile(name=path.name, sha256=sha, error=str(exc))))
            continue
        number += len(read.pages)
        reads.append(read)
    if not any(read.pages for read in reads):
        detail = "no PDF files" if not pdfs else f"{len(errors)} of {len(pdfs)} files unreadable"
        raise NoReadableFilesError(folder.name, detail)
    return _assemble(folder.name, folder_sha256(hashes), reads, packet_json, warnings)


def read_packet(path: Path, *, ocr: bool = True) -> Packet:
    """Read a packet (a PDF file or a folder of PDFs) into pages, documents and request.

    Pages without a text layer are OCR'd unless ``ocr`` is False (or Tesseract is
    missing): then they stay empty and the packet carries a warning for each.
    Raises a ``PacketError`` subclass naming the file and the reason when the packet
    cannot be read; in a folder, one bad file only adds a warning. A packet over the
    limits of ``resources/limits.json`` raises ``PacketTooLargeError``; a page over a
    page limit stays in the packet, empty, with a warning.
    """
    path = Path(path)
    if path.is_dir():
        return _read_folder(path, ocr)
    if path.is_file():
        return _read_single(path, ocr)
    raise NoReadableFilesError(path.name, "no such file or folder")
