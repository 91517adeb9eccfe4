"""Fax twins of sample packets, made the way fax servers deliver them (issue 16).

``python -m tools.make_fax`` writes ``evaluation/fax/``: for each packet of ``TWINS``, a
"standard" twin (204 x 98 dpi) and a "fine" twin (204 x 196 dpi), every page a bilevel
(1-bit) image 1728 pixels wide, CCITT Group 4 compressed inside the PDF (img2pdf embeds
the G4 strip as it is) or, for the packets named in ``AS_TIFF``, a multi-page G4 TIFF.
Each page is tilted a little, gets specks and dropped scan rows, and a transmission
banner on top ("12/03/2025 09:14 FROM: ... P.002/009"), as a receiving fax server
stamps it. Labels are copied from the text twin: a fax twin must be read to the same
answer. Deterministic: every random choice comes from a seed per packet, file and page.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_records"
OUT = REPO / "evaluation" / "fax"

FAX_WIDTH_PX = 1728
"""Every fax page is 1728 pixels across (ITU-T T.4), 8.47 inches at 204 dpi."""
X_DPI = 204


@dataclass(frozen=True)
class Mode:
    """A fax resolution: its name in file names and its vertical dpi."""

    name: str
    y_dpi: int


STANDARD = Mode("std", 98)
FINE = Mode("fine", 196)
MODES = (STANDARD, FINE)

TWINS = (
    "sij-001",
    "sij-002",
    "sij-003",
    "sij-004",
    "sij-010",
    "sij-012",
    "sij-014",
    "sij-027",
    "sij-033",
    "sij-036",
)
"""Meets, does-not-meet and insufficient packets, percutaneous and open, single files and
folders (~60 pages a resolution: OCR costs ~1-2 s a page, so the set stays scoreable in a
few minutes)."""
AS_TIFF = {("sij-003", "fine"), ("sij-027", "std"), ("sij-014", "std")}
"""Twins (packet, mode) delivered as multi-page TIFF; in a folder packet, its last file."""

TILT_DEGREES = (0.3, 1.2)
SPECKS_PER_PAGE = (150, 400)
DROPOUT_ROWS = (2, 6)
"""Scan rows lost in transmission, per page (each a white streak across part of a row)."""
SENDERS = ("+1 704 555 0142", "+1 919 555 0187", "+1 336 555 0119", "+1 828 555 0163")
BANNER_STAMP = "12/03/2025 09:{minute:02d}"


def _rng(*key: object):
    import numpy as np

    digest = hashlib.sha256(":".join(map(str, key)).encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "big"))


def _banner(packet_id: str, page: int, pages: int) -> str:
    rng = _rng(packet_id, "banner")
    sender = SENDERS[int(rng.integers(len(SENDERS)))]
    stamp = BANNER_STAMP.format(minute=int(rng.integers(60)))
    return f"{stamp}   FROM: {sender}   TO: 1-800-555-0100   P.{page:03d}/{pages:03d}"


def fax_page(gray, seed_key: tuple, banner: str, mode: Mode):
    """One page as a fax server stores it: a 1-bit image, 1728 px wide, ``mode.y_dpi``.

    ``gray`` is the page rendered at 204 dpi. The banner is stamped above the content,
    the content tilted, the page squeezed to the mode's rows, then thresholded with
    noise; specks and dropped rows are added to the bilevel image.
    """
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    rng = _rng(*seed_key)
    canvas = Image.new("L", (FAX_WIDTH_PX, gray.height), 255)
    canvas.paste(gray.crop((0, 0, min(gray.width, FAX_WIDTH_PX), gray.height)), (0, 0))
    degrees = float(rng.uniform(*TILT_DEGREES)) * (1 if rng.random() < 0.5 else -1)
    canvas = canvas.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, FAX_WIDTH_PX, 40), fill=255)
    draw.text((24, 10), banner, fill=0, font=ImageFont.load_default(size=22))
    rows = round(canvas.height * mode.y_dpi / X_DPI)
    squeezed = canvas.resize((FAX_WIDTH_PX, rows), Image.Resampling.BOX)
    noisy = np.asarray(squeezed).astype(np.int16) + rng.normal(0, 14.0, (rows, FAX_WIDTH_PX))
    ink = noisy < 150
    for _ in range(int(rng.integers(*SPECKS_PER_PAGE))):
        y, x = int(rng.integers(rows - 2)), int(rng.integers(FAX_WIDTH_PX - 2))
        ink[y : y + int(rng.integers(1, 3)), x : x + int(rng.integers(1, 3))] = True
    for _ in range(int(rng.integers(*DROPOUT_ROWS))):
        y = int(rng.integers(60 * mode.y_dpi // X_DPI, rows))
        x0 = int(rng.integers(FAX_WIDTH_PX // 2))
        ink[y, x0 : x0 + int(rng.integers(200, FAX_WIDTH_PX - x0))] = False
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8)).convert("1")


def fax_images(source: Path, packet_id: str, mode: Mode, first: int, total: int) -> list:
    """Every page of ``source`` as a fax image; ``first``/``total`` number the banners."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(source))
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            gray = page.render(scale=X_DPI / 72).to_pil().convert("L")
            page.close()
            banner = _banner(packet_id, first + index, total)
            key = (packet_id, mode.name, source.name, index)
            images.append(fax_page(gray, key, banner, mode))
        return images
    finally:
        document.close()


def _g4_tiff(images: list, mode: Mode) -> bytes:
    """A (multi-page) TIFF of bilevel images, CCITT Group 4, with the mode's resolution."""
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        format="TIFF",
        compression="group4",
        dpi=(X_DPI, mode.y_dpi),
        save_all=True,
        append_images=images[1:],
    )
    return buffer.getvalue()


def write_pdf(images: list, mode: Mode, target: Path) -> None:
    """A PDF of one G4 image per page, the page sized by the image's own resolution."""
    import img2pdf

    pages = [_g4_tiff([image], mode) for image in images]
    target.write_bytes(img2pdf.convert(pages, nodate=True))


def write_tiff(images: list, mode: Mode, target: Path) -> None:
    target.write_bytes(_g4_tiff(images, mode))


def _page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def make_twin(packet_id: str, mode: Mode, out: Path = OUT) -> Path:
    """Write the ``mode`` fax twin of sample packet ``packet_id`` and its labels."""
    source = SAMPLES / f"{packet_id}.pdf"
    folder = SAMPLES / packet_id
    as_tiff = (packet_id, mode.name) in AS_TIFF
    name = f"{packet_id}-{mode.name}"
    if source.is_file():
        images = fax_images(source, packet_id, mode, 1, _page_count(source))
        target = out / f"{name}{'.tif' if as_tiff else '.pdf'}"
        (write_tiff if as_tiff else write_pdf)(images, mode, target)
        shutil.copyfile(SAMPLES / f"{packet_id}.labels.json", out / f"{name}.labels.json")
        return target
    target = out / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    pdfs = sorted(folder.glob("*.pdf"))
    total = sum(_page_count(p) for p in pdfs)
    first = 1
    for index, pdf in enumerate(pdfs):
        images = fax_images(pdf, packet_id, mode, first, total)
        first += len(images)
        if as_tiff and index == len(pdfs) - 1:
            write_tiff(images, mode, target / f"{pdf.stem}.tif")
        else:
            write_pdf(images, mode, target / pdf.name)
    for extra in ("labels.json", "packet.json"):
        if (folder / extra).is_file():
            shutil.copyfile(folder / extra, target / extra)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packet_ids", nargs="*", default=list(TWINS))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for packet_id in args.packet_ids:
        for mode in MODES:
            print(f"{make_twin(packet_id, mode, args.out).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
