"""Text lines the engine's page layout left out are read again on their own."""

from __future__ import annotations

import pytest

from pipeline.ocr_engines import get_engine

pytestmark = pytest.mark.skipif(
    not get_engine("tesserocr").available(), reason="tesserocr is not installed"
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
LINES = [
    "12/03/2025 L SIJ DX BLOCK #1",
    "01/21/2026 L SIJ DX BLOCK #2",
    "Fluoro guided, contrast confirmed IA. Marcaine 0.25% 1.5 mL.",
]


def _page():
    """A 300 dpi page of ``LINES`` in a 10 pt monospaced face, a speck or two beside."""
    from pathlib import Path

    from PIL import Image, ImageDraw, ImageFont

    if not Path(FONT).is_file():
        pytest.skip("DejaVu Sans Mono is not installed")
    image = Image.new("L", (2550, 800), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 42)
    for number, line in enumerate(LINES):
        draw.text((225, 120 + number * 110), line, font=font, fill=0)
    draw.rectangle((2300, 240, 2303, 243), fill=0)  # specks are no line
    draw.rectangle((1900, 600, 1902, 602), fill=0)
    return image


@pytest.mark.parametrize(
    ("drop", "expected"),
    [
        # a whole line left out: read again, placed between its neighbours
        (lambda w: w.box[1] > 200 and w.box[3] < 300, LINES),
        # the start of a line left out: joins the rest of its line
        (lambda w: w.box[1] > 300 and w.box[0] < 500, LINES),
        # the first line left out
        (lambda w: w.box[3] < 200, LINES),
        # nothing left out: nothing added
        (lambda w: False, LINES),
    ],
)
def test_left_out_lines_are_read_again_in_place(drop, expected) -> None:
    from pipeline.ocr_unread import read_unread_lines

    image = _page()
    words = [w for w in get_engine("tesserocr").recognise(image, 300) if not drop(w)]
    out = read_unread_lines(image, words, [], 300)
    lines: dict = {}
    for word in out:
        lines.setdefault(word.line_key, []).append(word.text)
    assert [" ".join(texts) for texts in lines.values()] == expected
