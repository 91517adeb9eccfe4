"""Levelling a page for OCR: the tiled rotation draws what PIL's rotation draws, the
skew search and the OCR thread settings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from pipeline.ocr import estimate_skew, ocr_workers, rotate_level


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
