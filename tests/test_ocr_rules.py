"""Ruling-line detection for OCR pages, checked against its definition on random ink."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from pipeline.ocr import _run_cover, _widen


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


@settings(max_examples=200, deadline=None)
@given(ink=ink_images, length=st.integers(1, 45), axis=st.sampled_from([0, 1]))
def test_run_cover_matches_its_definition(ink: np.ndarray, length: int, axis: int) -> None:
    assert np.array_equal(_run_cover(ink, length, axis), _naive_cover(ink, length, axis))


@settings(max_examples=100, deadline=None)
@given(mask=ink_images, radius=st.integers(1, 4), axis=st.sampled_from([0, 1]))
def test_widen_grows_each_pixel_both_ways_without_wrapping(
    mask: np.ndarray, radius: int, axis: int
) -> None:
    expected = np.zeros_like(mask)
    for index in zip(*np.nonzero(mask), strict=True):
        lo = max(index[axis] - radius, 0)
        hi = index[axis] + radius + 1
        if axis == 0:
            expected[lo:hi, index[1]] = True
        else:
            expected[index[0], lo:hi] = True
    assert np.array_equal(_widen(mask, radius, axis), expected)
