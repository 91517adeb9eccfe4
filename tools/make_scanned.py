"""Make 'faxed' twins of sample packets: every page rasterized, tilted and noisy.

``python -m tools.make_scanned sij-001 [...]`` writes ``sample_records/<id>-fax.pdf`` and
a copy of the labels, so the scanned twin must give the same determination as its text
original (issue 8). Deterministic: tilt and noise come from a seed per packet and page,
so re-running gives the same images.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "sample_records"
FAX_DPI = 200
TILT_RANGE = (0.5, 1.5)
NOISE_SIGMA = 18.0
FAX_THRESHOLD = 150
FIXED_DATE = time.strptime("2025-01-01", "%Y-%m-%d")


def _seed(packet_id: str, page: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{packet_id}:{page}".encode()).digest()[:4], "big")


def scan_pdf(source: Path, target: Path, packet_id: str) -> int:
    """Rasterize ``source`` into an image-only ``target``; returns the page count."""
    import numpy as np
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(source))
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=FAX_DPI / 72).to_pil().convert("L")
            page.close()
            rng = np.random.default_rng(_seed(packet_id, index))
            low, high = TILT_RANGE
            degrees = float(rng.uniform(low, high)) * (1 if rng.random() < 0.5 else -1)
            image = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
            noisy = np.asarray(image).astype(np.int16) + rng.normal(
                0, NOISE_SIGMA, (image.height, image.width)
            )
            gray = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
            # Fax machines send bilevel images: threshold like one (and keep files small).
            images.append(gray.point(lambda value: 255 if value > FAX_THRESHOLD else 0, mode="1"))
    finally:
        document.close()
    images[0].save(
        target,
        save_all=True,
        append_images=images[1:],
        resolution=FAX_DPI,
        format="PDF",
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
    )
    return len(images)


def make_twin(packet_id: str) -> Path:
    source = SAMPLES / f"{packet_id}.pdf"
    if not source.exists():
        raise SystemExit(f"{source} does not exist (only single-file packets get fax twins)")
    target = SAMPLES / f"{packet_id}-fax.pdf"
    pages = scan_pdf(source, target, packet_id)
    shutil.copyfile(SAMPLES / f"{packet_id}.labels.json", SAMPLES / f"{packet_id}-fax.labels.json")
    print(f"{target.name}: {pages} image-only pages")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packet_ids", nargs="+")
    args = parser.parse_args(argv)
    for packet_id in args.packet_ids:
        make_twin(packet_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
