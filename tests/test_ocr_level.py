"""Levelling a page for OCR: the tiled rotation draws what PIL's rotation draws, the
skew search and the OCR thread settings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from pipeline.ocr import (
    clear_rules,
    estimate_skew,
    level_pixels,
    ocr_workers,
    remove_rules,
    rotate_level,
)


def _pil_level(image: Image.Image, degrees: float) -> Image.Image:
    """The definition: PIL's bicubic rotation about the centre, white fill."""
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)


def _page(width: int, height: int, seed: int) -> Image.Image:
    """Text lines, a ruled box, grey specks and ink touching every edge on white."""
    rng = np.random.default_rng(seed)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for top in range(20, height - 20, 37):
        draw.text((int(rng.integers(5, 40)), top), "SIJ relief 80% at 30 min", fill=0)
    draw.rectangle((width // 4, height // 3, width // 2, height // 2), outline=0, width=2)
    pixels = np.array(image)
    ys, xs = rng.integers(0, height, 40), rng.integers(0, width, 40)
    pixels[ys, xs] = rng.integers(0, 255, 40)  # specks, some barely off white
    pixels[0, :] = pixels[:, -1] = 0
    pixels[-1, width // 2] = 254
    return Image.fromarray(pixels)


@pytest.mark.parametrize("degrees", [0.125, -0.125, 0.5, -1.375, 2.875, -3.0, 7.3])
@pytest.mark.parametrize(("width", "height"), [(300, 420), (257, 333), (16, 16), (41, 7)])
def test_the_tiled_rotation_draws_pils_rotation_pixel_for_pixel(
    degrees: float, width: int, height: int
) -> None:
    image = _page(width, height, seed=width + height)
    assert np.array_equal(
        np.asarray(rotate_level(image, degrees)), np.asarray(_pil_level(image, degrees))
    )


@settings(max_examples=60, deadline=None)
@given(
    width=st.integers(1, 90),
    height=st.integers(1, 90),
    degrees=st.floats(-3.0, 3.0, allow_nan=False).filter(lambda d: d != 0),
    dots=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.integers(0, 254)), max_size=8),
)
def test_a_lone_dark_pixel_anywhere_is_interpolated_as_pil_does(
    width: int, height: int, degrees: float, dots: list[tuple[float, float, int]]
) -> None:
    """Sparse ink is the case where tiles are skipped: none may be skipped wrongly."""
    pixels = np.full((height, width), 255, np.uint8)
    for x, y, value in dots:
        pixels[min(int(y * height), height - 1), min(int(x * width), width - 1)] = value
    image = Image.fromarray(pixels)
    assert np.array_equal(
        np.asarray(rotate_level(image, degrees)), np.asarray(_pil_level(image, degrees))
    )


@pytest.mark.parametrize("degrees", [0.0, 0.375, -1.125, 2.875])
@pytest.mark.parametrize("stride", [0, 1, 13])
def test_the_levelled_array_is_pils_rotation_and_the_pages_own(degrees: float, stride: int) -> None:
    """``level_pixels`` takes the page's pixels as the drawing gave them (PDFium's bitmap
    rows may be padded: a strided view) and returns the levelled page as a fresh,
    writable array: rule removal whitens it in place without touching the drawn page."""
    image = _page(257, 333, seed=5)
    padded = np.full((333, 257 + stride), 77, np.uint8)
    padded[:, :257] = np.asarray(image)
    view = padded[:, :257]
    drawn = view.copy()
    levelled = level_pixels(image, degrees, view)
    assert np.array_equal(levelled, np.asarray(_pil_level(image, degrees)))
    assert levelled.flags.writeable and not np.shares_memory(levelled, padded)
    levelled[:] = 0
    assert np.array_equal(view, drawn)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rules_cleared_in_place_are_the_rules_removed_from_a_copy(seed: int) -> None:
    image = _page(300, 420, seed=seed)
    clean, segments = remove_rules(image, dpi=100)
    pixels = np.array(image)
    assert clear_rules(pixels, dpi=100) == segments
    assert segments and np.array_equal(pixels, np.asarray(clean))


def test_no_rotation_and_other_modes_fall_back() -> None:
    image = _page(120, 80, seed=3)
    assert rotate_level(image, 0.0) is image
    rgb = image.convert("RGB")
    assert np.array_equal(
        np.asarray(rotate_level(rgb, 1.0)),
        np.asarray(rgb.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)),
    )


def _float_skew(image: Image.Image) -> float:
    """The skew search as first written: float32 row sums of each NEAREST rotation."""
    small = image.copy()
    small.thumbnail((900, 900))
    ink = (np.asarray(small) < 128).astype(np.uint8) * 255
    base = Image.fromarray(ink)

    def score(angle: float) -> float:
        rotated = base.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        return float(np.var(np.asarray(rotated, dtype=np.float32).sum(axis=1)))

    best = max((step * 0.5 for step in range(-6, 7)), key=score)
    return round(max((best + step * 0.125 for step in range(-3, 4)), key=score), 3)


@pytest.mark.parametrize("tilt", [0.0, 0.4, -1.1, 2.3])
def test_the_skew_search_finds_the_same_angle_as_its_float_definition(tilt: float) -> None:
    image = _pil_level(_page(700, 900, seed=11), tilt)
    found = estimate_skew(image)
    assert found == _float_skew(image)
    assert found == pytest.approx(-tilt, abs=0.2)


def test_ocr_threads_default_to_the_usable_cpus_and_follow_the_setting(monkeypatch) -> None:
    import os

    monkeypatch.delenv("AUTHREVIEW_OCR_WORKERS", raising=False)
    assert ocr_workers() == len(os.sched_getaffinity(0))
    monkeypatch.setenv("AUTHREVIEW_OCR_WORKERS", "3")
    assert ocr_workers() == 3
    monkeypatch.setenv("AUTHREVIEW_OCR_WORKERS", "0")
    assert ocr_workers() == 1
    monkeypatch.setenv("AUTHREVIEW_OCR_WORKERS", "many")
    with pytest.raises(ValueError, match="AUTHREVIEW_OCR_WORKERS"):
        ocr_workers()


def test_pages_come_back_in_order_with_few_drawn_ahead_of_the_threads(monkeypatch) -> None:
    """A long fax is read in bounded memory: page images are drawn only a few ahead of
    the OCR threads, and the results keep the pages' order whichever thread ends first."""
    import random
    import threading
    import time

    import pipeline.ocr as ocr
    from pipeline.ocr_engines import EngineWord

    lock = threading.Lock()
    ahead = {"drawn": 0, "read": 0, "most": 0}

    def drawn(path, pages, dpi):  # type: ignore[no-untyped-def]
        for index, _, _ in pages:
            with lock:
                ahead["drawn"] += 1
                ahead["most"] = max(ahead["most"], ahead["drawn"] - ahead["read"])
            yield ocr.PageImage(Image.new("L", (100 + index, 50), 255), dpi)

    class Engine:
        name = "fake"

        def recognise(self, image, dpi: int) -> list[EngineWord]:  # type: ignore[no-untyped-def]
            time.sleep(random.uniform(0, 0.01))
            with lock:
                ahead["read"] += 1
            return [EngineWord(str(image.width - 100), (1, 1, 9, 9), 90.0, (1, 1, 1))]

    monkeypatch.setattr(ocr, "page_images", drawn)
    pages = [(index, 100.0 + index, 50.0) for index in range(25)]
    read = ocr.ocr_pages(Path("fax.pdf"), pages, workers=2, dpi=72, engine=Engine())
    assert [page.text for page in read] == [str(index) for index in range(25)]
    assert ahead["most"] <= 2 * ocr.PAGES_PER_THREAD + 1


FAX_TWINS = Path(__file__).resolve().parent.parent / "evaluation" / "fax"


@pytest.mark.parametrize(
    ("twin", "index"), [("sij-004-std.pdf", 0), ("sij-010-fine.pdf", 1), ("sij-033-std.pdf", 2)]
)
def test_a_page_drawn_in_grey_is_the_colour_render_converted(twin: str, index: int) -> None:
    """The stage draws pages straight into one grey channel (cheaper): the pixels must be
    the colour render's converted to grey, which the bare engine cost is measured on."""
    import pypdfium2

    from pipeline.ocr import page_images

    document = pypdfium2.PdfDocument(str(FAX_TWINS / twin))
    try:
        page = document[index]
        size = (page.get_width(), page.get_height())
        colour = page.render(scale=300 / 72).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    [drawn] = list(page_images(FAX_TWINS / twin, [(index, *size)]))
    assert drawn.image.mode == "L"
    assert np.array_equal(np.asarray(drawn.image), np.asarray(colour))
    assert np.array_equal(drawn.pixels, np.asarray(colour))  # the bitmap the image shares


def test_a_pdf_page_in_colour_is_drawn_in_grey_as_pil_converts_it(tmp_path: Path) -> None:
    """A scanned page with colour in it (a stamp, a coloured form): PDFium's grey render
    against PIL's conversion of its colour render, a grey level apart at most."""
    import pypdfium2

    from pipeline.ocr import page_images

    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, (220, 170, 3), dtype=np.uint8)
    pixels[40:120, 30:140] = (200, 30, 30)  # a red stamp
    path = tmp_path / "colour.pdf"
    Image.fromarray(pixels).save(path, resolution=100.0)
    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[0]
        size = (page.get_width(), page.get_height())
        colour = np.asarray(page.render(scale=300 / 72).to_pil().convert("L")).astype(int)
        page.close()
    finally:
        document.close()
    [drawn] = list(page_images(path, [(0, *size)]))
    assert drawn.image.size == (colour.shape[1], colour.shape[0])
    assert np.abs(np.asarray(drawn.image).astype(int) - colour).max() <= 1
