"""Ruling-line detection for OCR pages, checked against its definition on random ink."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from pipeline.ocr import _rule_lanes, _run_cover, _whiten, remove_rules


def _naive_cover(ink: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Each ink pixel on a straight run of at least ``length`` pixels, lane by lane."""
    lanes = ink if axis == 1 else ink.T
    out = np.zeros_like(lanes)
    for row, lane in enumerate(lanes):
        start = None
        for col, value in enumerate([*lane, False]):
            if value and start is None:
                start = col
            elif not value and start is not None:
                if col - start >= length:
                    out[row, start:col] = True
                start = None
    return out if axis == 1 else out.T


ink_images = arrays(bool, st.tuples(st.integers(1, 12), st.integers(1, 40)))


@st.composite
def ruled_ink(draw: st.DrawFn) -> np.ndarray:
    """Random specks plus straight runs of random length, both ways: rules that pass
    the 8-pixel group filter, and runs just short of it."""
    height, width = draw(st.integers(1, 70)), draw(st.integers(1, 70))
    ink = draw(arrays(bool, (height, width), elements=st.booleans()))
    for _ in range(draw(st.integers(0, 6))):
        horizontal = draw(st.booleans())
        lane = draw(st.integers(0, (height if horizontal else width) - 1))
        size = width if horizontal else height
        start = draw(st.integers(0, size - 1))
        stop = draw(st.integers(start, size))
        if horizontal:
            ink[lane, start:stop] = True
        else:
            ink[start:stop, lane] = True
    return ink


@settings(max_examples=200, deadline=None)
@given(ink=ink_images, length=st.integers(1, 45), axis=st.sampled_from([0, 1]))
def test_run_cover_matches_its_definition(ink: np.ndarray, length: int, axis: int) -> None:
    assert np.array_equal(_run_cover(ink, length, axis), _naive_cover(ink, length, axis))


def _full_cover(ink: np.ndarray, length: int, axis: int) -> np.ndarray:
    lanes, cover = _rule_lanes(ink, length, axis)
    full = np.zeros_like(ink)
    if axis == 1:
        full[lanes] = cover
    else:
        full[:, lanes] = cover.T
    return full


@settings(max_examples=300, deadline=None)
@given(ink=ruled_ink(), length=st.integers(1, 60), axis=st.sampled_from([0, 1]))
def test_rule_lanes_find_every_run_the_definition_finds(
    ink: np.ndarray, length: int, axis: int
) -> None:
    """Skipping lanes without enough whole 8-pixel groups loses no run."""
    expected = _naive_cover(ink, length, axis)
    assert np.array_equal(_full_cover(ink, length, axis), expected)
    lanes, cover = _rule_lanes(ink, length, axis)
    assert all(lane.any() for lane in cover)  # only lanes that hold a run are returned
    assert len(set(lanes.tolist())) == len(lanes)


@settings(max_examples=100, deadline=None)
@given(mask=ink_images, radius=st.integers(1, 4), axis=st.sampled_from([0, 1]))
def test_whiten_clears_each_rule_pixel_and_its_margin_across_the_lane(
    mask: np.ndarray, radius: int, axis: int
) -> None:
    pixels = np.zeros(mask.shape, np.uint8)
    lanes = np.flatnonzero(mask.any(axis=axis))
    cover = mask[lanes] if axis == 1 else mask[:, lanes].T
    _whiten(pixels, lanes, cover, radius, axis)
    expected = np.zeros_like(mask)
    across = 0 if axis == 1 else 1
    for index in zip(*np.nonzero(mask), strict=True):
        lo = max(index[across] - radius, 0)
        hi = index[across] + radius + 1
        if across == 0:
            expected[lo:hi, index[1]] = True
        else:
            expected[index[0], lo:hi] = True
    assert np.array_equal(pixels == 255, expected)


def test_a_ruled_grid_is_whitened_and_its_lines_found_but_text_is_kept() -> None:
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 400), 255)
    draw = ImageDraw.Draw(image)
    for y in (50, 150, 250):
        draw.line([(40, y), (560, y)], fill=0, width=3)
    for x in (40, 300, 560):
        draw.line([(x, 50), (x, 250)], fill=0, width=3)
    draw.text((60, 90), "Relief 80% at 30 minutes", fill=0)
    clean, segments = remove_rules(image, dpi=100)
    pixels = np.asarray(clean)
    assert {kind for kind, *_ in segments} == {"h", "v"}
    assert pixels[150, 100] == 255 and pixels[200, 300] == 255  # lines gone
    assert (pixels[85:105, 60:200] < 128).any()  # the text stays
