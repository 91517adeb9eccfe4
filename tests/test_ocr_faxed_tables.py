"""Ruled tables and printed lines on faxed pages, as the OCR stage hands them to layout.

A tilted line on a standard-resolution fax (204 x 98 dpi) is a staircase of tall rows;
levelled, it becomes a saw-tooth whose pixel rows each hold only pieces of it, so row
rules went missing or stopped short of the table's border and the table finder read
two test rows as one ("Compression Distraction | Right | Positive"). A word box that
took in ink off its line opened a band of its own and split its printed line in two.
The pages here are drawn in our own words and faxed by ``tools.make_fax``.
"""

from __future__ import annotations

import pytest

from pipeline.ocr import (
    close_rule_ends,
    estimate_skew,
    remove_rules,
    rotate_level,
    square_pixels,
    tesseract_available,
    trim_tall_boxes,
)
from pipeline.ocr_cells import ruling_lines
from pipeline.ocr_engines import EngineWord

X_DPI = 204
DPI = 300
PAGE_PX = (1728, 2244)

EXAM_ROWS = [
    ("Provocation maneuver", "Side", "Finding"),
    ("Thigh thrust", "Left", "Positive"),
    ("Compression", "Left", "Positive"),
    ("Distraction", "Left", "Negative"),
    ("FABER", "Left", "Positive"),
    ("Gaenslen", "Left", "Positive"),
]
LEFT, RIGHT, TOP, ROW_PX = 140, 1590, 700, 56
COLUMNS = (LEFT, 760, 1040, RIGHT)


def _exam_page(rows=EXAM_ROWS, line_width: int = 2):
    """A letter page at 204 dpi with a ruled exam table in ~9 pt type, thin rules."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", PAGE_PX, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 26)
    for i, cells in enumerate(rows):
        y = TOP + i * ROW_PX
        draw.line((LEFT, y, RIGHT, y), fill=0, width=line_width)
        for x, text in zip(COLUMNS, cells, strict=False):
            draw.text((x + 10, y + 14), text, fill=0, font=font)
    bottom = TOP + len(rows) * ROW_PX
    draw.line((LEFT, bottom, RIGHT, bottom), fill=0, width=line_width)
    for x in COLUMNS:
        draw.line((x, TOP, x, bottom), fill=0, width=line_width)
    return page


def _levelled_fax(page, mode_name: str, seed: str):
    from tools.make_fax import MODES, fax_page

    mode = next(m for m in MODES if m.name == mode_name)
    fax = fax_page(page, ("faxed-table", mode_name, seed), "TEST FAX P.001/001", mode)
    image = square_pixels(fax, X_DPI, mode.y_dpi).image
    return rotate_level(image, estimate_skew(image))


def _points(px: float) -> float:
    return px / X_DPI * 72


# (mode, seed): tilts both ways, ~0.3-1.2 degrees, at both fax resolutions
FAXES = [(mode, seed) for mode in ("std", "fine") for seed in ("a", "b", "c", "d")]


@pytest.mark.parametrize(("mode_name", "seed"), FAXES)
def test_every_row_rule_of_a_faxed_table_is_found_across_the_table(
    mode_name: str, seed: str
) -> None:
    levelled = _levelled_fax(_exam_page(), mode_name, seed)
    _, segments = remove_rules(levelled, dpi=DPI)
    lines = close_rule_ends(ruling_lines(segments, DPI), DPI)
    scale = 72 / DPI
    horizontal = sorted(
        (at * scale, start * scale, end * scale) for k, start, end, at in lines if k == "h"
    )
    left, right = _points(LEFT), _points(RIGHT)
    expected = [_points(TOP + i * ROW_PX) for i in range(len(EXAM_ROWS) + 1)]
    for y in expected:
        spanning = [(start, end) for at, start, end in horizontal if abs(at - y) < 6]
        assert spanning, f"no rule near {y:.1f} pt"
        start, end = min(s for s, _ in spanning), max(e for _, e in spanning)
        assert start <= left + 3 and end >= right - 3, (y, start, end)


def test_text_lines_are_not_taken_for_rules() -> None:
    """Tight bold words and a row of dashes' worth of text stay text on a faxed page."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", PAGE_PX, 255)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 26)
    small = ImageFont.truetype("DejaVuSans.ttf", 18)
    lines = [
        (bold, "SACROILIAC JOINT FUSION REQUEST - MINIMALLY INVASIVE"),
        (small, "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"),
        (bold, "WWWWWWWWWWWWWWWWWWWWWWWW HHHHHHHHHHHHHHHHHHHHHHHHHHHH"),
        (small, "Patient tolerated the procedure well; no complications were noted."),
    ]
    for i, (font, text) in enumerate(lines):
        draw.text((140, 400 + 60 * i), text, fill=0, font=font)
    for mode_name in ("std", "fine"):
        levelled = _levelled_fax(page, mode_name, "text")
        _, segments = remove_rules(levelled, dpi=DPI)
        assert not [s for s in segments if s[0] == "h"], mode_name


def _word(text: str, x0: float, top: float, bottom: float, line=(1, 1, 1)) -> EngineWord:
    return EngineWord(text, (x0, top, x0 + 12 * len(text), bottom), 95.0, line)


# words of one engine line as (text, top, bottom); the trimmed (top, bottom) of those
# trimmed: to the band of the line's other words, a quarter of a median height beyond
TALL_CASES = [
    pytest.param(
        [("daily", 100, 130), ("since", 101, 130), ("misread", 100, 168), ("blocks", 100, 130)],
        {"misread": (100, 137.5)},
        id="box_took_in_the_line_below",
    ),
    pytest.param(
        [("speck", 62, 131), ("over", 101, 130), ("the", 100, 129), ("word", 100, 131)],
        {"speck": (92.25, 131)},
        id="box_took_in_a_speck_above",
    ),
    pytest.param(
        [("gabapentin", 100, 139), ("300", 100, 130), ("mg", 104, 139), ("taken", 100, 130)],
        {},
        id="descenders_are_not_tall",
    ),
    pytest.param(
        [("inflammatory", 98, 140), ("joint", 100, 130), ("the", 100, 130), ("pain", 100, 139)],
        {},
        id="within_a_quarter_height_of_the_band",
    ),
    pytest.param(
        [("two", 100, 130), ("words", 100, 170)],
        {},
        id="too_few_words_to_judge",
    ),
    pytest.param(
        [
            (";", 130, 131),
            (".", 130, 131),
            ("-", 129, 131),
            ("Neuro", 100, 131),
            ("intact", 100, 131),
        ],
        {},
        id="specks_say_nothing_of_the_height",
    ),
    pytest.param(
        [(";", 90, 160), ("left", 100, 130), ("SI", 100, 130), ("joint", 100, 130)],
        {},
        id="a_tall_speck_is_not_moved_into_the_line",
    ),
]


@pytest.mark.parametrize(("line", "trimmed"), TALL_CASES)
def test_a_box_taller_than_its_line_is_trimmed_to_the_line(line, trimmed) -> None:
    words = [_word(text, 50 + 200 * i, top, bottom) for i, (text, top, bottom) in enumerate(line)]
    other = _word("elsewhere", 50, 300, 400, line=(2, 1, 1))
    out = trim_tall_boxes([*words, other])
    assert out[-1] == other
    for before, after in zip(words, out, strict=False):
        top, bottom = before.box[1], before.box[3]
        assert (after.box[1], after.box[3]) == trimmed.get(before.text, (top, bottom))
        assert (after.text, after.box[0], after.box[2]) == (
            before.text,
            before.box[0],
            before.box[2],
        )


def test_a_trimmed_line_is_grouped_as_one_line() -> None:
    """The printed line stays one line in layout, whichever word's top comes first."""
    from pipeline.ingest.words import Word, group_lines

    line = [
        ("celecoxib", 192.2, 199.9),
        ("200", 192.7, 199.7),
        ("gabapentin", 192.5, 202.1),
        ("Carter's", 191.8, 200.2),
        ("dlagnenie", 192.2, 208.3),
        ("blocks", 192.2, 199.9),
    ]
    below = [("and", 206.4, 214.3), ("therapeutic", 206.4, 216.0), ("note", 208.1, 213.8)]

    def words(found):
        return [
            Word(w.text, w.box[0], w.box[1], w.box[2], w.box[3], ((w.text, w.box),), 10.0, False)
            for w in found
        ]

    engine = [_word(t, 50 + 60 * i, top, bottom) for i, (t, top, bottom) in enumerate(line)]
    engine += [
        _word(t, 50 + 60 * i, top, bottom, (1, 1, 2)) for i, (t, top, bottom) in enumerate(below)
    ]
    assert len(group_lines(words(engine))) == 3  # the tall box splits the printed line
    grouped = group_lines(words(trim_tall_boxes(engine)))
    assert [[w.text for w in g.words] for g in grouped] == [
        [t for t, *_ in line],
        [t for t, *_ in below],
    ]


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="no OCR engine is installed")
@pytest.mark.parametrize(("mode_name", "seed"), [("std", "a"), ("std", "c"), ("fine", "b")])
def test_a_faxed_exam_table_reads_one_test_per_row(mode_name: str, seed: str) -> None:
    from pipeline.ingest.ocr_layout import ocr_layout
    from pipeline.ocr import read_image

    levelled = _levelled_fax(_exam_page(), mode_name, seed)
    width, height = PAGE_PX[0] / X_DPI * 72, PAGE_PX[1] / X_DPI * 72
    layout = ocr_layout(read_image(levelled, width, height))
    assert layout.tables, layout.text
    rows = [[(cell.text if cell else "") for cell in row] for row in layout.tables[0].rows]
    firsts = [row[0] for row in rows]
    for name, *_ in EXAM_ROWS[1:]:
        assert sum(name.split()[0] in first for first in firsts) == 1, rows


@pytest.mark.parametrize(
    ("text", "confidence", "speck"),
    [
        (";", 26.0, True),
        (".", 0.0, True),
        ("»", 0.0, True),
        ("'.", 12.0, True),
        ("‘", 35.0, True),
        (";", 85.0, False),  # read with confidence: kept
        ("+", 10.0, False),  # a sign says something: a positive test
        ("-", 5.0, False),
        ("%", 20.0, False),
        ("|", 0.0, False),
        ("(+)", 15.0, False),
        ("a", 10.0, False),
        ("7", 5.0, False),
        ("2;", 20.0, False),
    ],
)
def test_a_mark_read_without_confidence_is_a_speck(
    text: str, confidence: float, speck: bool
) -> None:
    from pipeline.ocr import _is_speck

    assert _is_speck(text, confidence) is speck
