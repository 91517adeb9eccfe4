"""Faxes as fax servers deliver them (issue 16): TIFF packets, non-square pixels, engines."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import UnreadableTiffError
from pipeline.labels import packets_in
from pipeline.ocr import OCR_DPI, square_pixels, tesseract_available
from pipeline.ocr_engines import ENGINE_SETTING, ENGINES, configured_engine, get_engine
from tests.conftest import SAMPLE_RECORDS


def _fax_images(mode_name: str, pages: int = 1) -> list:
    from tools.make_fax import MODES, fax_images

    mode = next(m for m in MODES if m.name == mode_name)
    return fax_images(SAMPLE_RECORDS / "sij-004.pdf", "test", mode, 1, 6)[:pages], mode


@pytest.mark.parametrize(
    ("size", "dpi", "expected"),
    [
        ((1728, 1078), (204, 98), (2541, 3300)),  # standard fax: rows stretched most
        ((1728, 2156), (204, 196), (2541, 3300)),  # fine fax
        ((2550, 3300), (300, 300), (2550, 3300)),  # already square at 300 dpi
        ((1700, 2200), (200, 200), (2550, 3300)),
    ],
)
def test_fax_pixels_are_made_square_at_the_ocr_resolution(size, dpi, expected) -> None:
    from PIL import Image

    page = square_pixels(Image.new("1", size, 1), *dpi)
    assert page.image.size == expected and page.dpi == OCR_DPI
    assert page.image.mode == "L"


def test_tiff_frames_are_pages_sized_from_their_resolution(tmp_path: Path) -> None:
    from pipeline.ingest.tiff import tiff_pages
    from tools.make_fax import write_tiff

    images, mode = _fax_images("std", pages=2)
    path = tmp_path / "fax.tif"
    write_tiff(images, mode, path)
    pages = tiff_pages(path)
    assert [p.file_page for p in pages] == [1, 2]
    assert all(p.layout is None for p in pages)
    assert pages[0].width == pytest.approx(1728 / 204 * 72)
    assert pages[0].height == pytest.approx(images[0].height / 98 * 72)


@pytest.mark.parametrize("content", [b"not an image at all", b"%PDF-1.7 a pdf named .tif"])
def test_a_tif_that_is_not_a_tiff_is_refused_by_name(tmp_path: Path, content: bytes) -> None:
    from pipeline.ingest.tiff import tiff_pages

    path = tmp_path / "scan.tif"
    path.write_bytes(content)
    with pytest.raises(UnreadableTiffError) as raised:
        tiff_pages(path)
    assert raised.value.code == "E115" and "scan.tif" in str(raised.value)


def test_tiff_files_are_packets_and_folder_files(tmp_path: Path) -> None:
    for name in ("a.pdf", "b.tif", "c.TIFF", "d.png"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in packets_in(tmp_path)] == ["a.pdf", "b.tif", "c.TIFF"]


def test_the_engine_setting_chooses_the_engine(monkeypatch) -> None:
    monkeypatch.setenv(ENGINE_SETTING, "tesseract")
    engine = configured_engine()
    assert engine is None or engine.name == "tesseract"
    with pytest.raises(ValueError, match="unknown OCR engine"):
        get_engine("no-such-engine")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ENGINES))
def test_every_engine_reads_a_line_with_boxes_and_confidence(name: str) -> None:
    from PIL import Image, ImageDraw, ImageFont

    engine = get_engine(name)
    if not engine.available():
        pytest.skip(f"{name} is not installed here")
    image = Image.new("L", (1400, 160), 255)
    font = ImageFont.load_default(size=44)
    ImageDraw.Draw(image).text((40, 50), "Right sacroiliac joint pain 7/10", fill=0, font=font)
    words = engine.recognise(image, 300)
    text = " ".join(w.text for w in words).lower()
    assert "sacroiliac" in text and "7/10" in text
    for word in words:
        left, top, right, bottom = word.box
        assert 0 <= left < right <= 1400 and 0 <= top < bottom <= 160
        assert 0 <= word.confidence <= 100


def test_tesserocr_loads_a_model_per_page_read_at_once_not_per_page(monkeypatch) -> None:
    """Loading an API costs ~0.05 s: pages reuse loaded ones across calls and threads,
    and a reused one reads a page exactly as a fresh one does."""
    from concurrent.futures import ThreadPoolExecutor

    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ocr_engines import TesserOcr

    engine = TesserOcr()
    if not engine.available():
        pytest.skip("tesserocr is not installed here")
    import tesserocr

    loaded = []
    real = tesserocr.PyTessBaseAPI

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        loaded.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(tesserocr, "PyTessBaseAPI", counting)
    image = Image.new("L", (900, 120), 255)
    font = ImageFont.load_default(size=40)
    ImageDraw.Draw(image).text((30, 40), "FABER positive 80% relief", fill=0, font=font)
    first = engine.recognise(image, 300)
    assert engine.recognise(image, 300) == first and len(loaded) == 1
    with ThreadPoolExecutor(max_workers=2) as pool:
        reads = list(pool.map(lambda _: engine.recognise(image, 300), range(6)))
    assert all(read == first for read in reads)
    assert len(loaded) <= 2
    assert TesserOcr().recognise(image, 300) == first


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="no OCR engine is installed")
@pytest.mark.parametrize("mode_name", ["std", "fine"])
def test_a_fax_tiff_packet_is_read_with_its_banner_masked(tmp_path: Path, mode_name: str) -> None:
    from pipeline.ingest import read_packet
    from tools.make_fax import write_tiff

    images, mode = _fax_images(mode_name, pages=2)
    path = tmp_path / f"fax-{mode_name}.tif"
    write_tiff(images, mode, path)
    packet = read_packet(path)
    assert packet.id == f"fax-{mode_name}" and len(packet.pages) == 2
    for page in packet.pages:
        assert page.ocr and page.ocr_confidence is not None and page.ocr_engine
        first_line = page.text.split("\n", 1)[0]
        assert "FROM" in first_line.upper()  # the banner was read ...
        assert first_line.strip() not in page.nlp_text()  # ... and masked from the NLP
    assert "sacroiliac" in packet.pages[0].nlp_text().lower()
