"""Packed per-character boxes: the map from a text offset back to a place on the page.

Each character's box is four float32 values ``(x0, top, x1, bottom)``; characters with
no glyph (inserted spaces and line breaks) hold NaN. Kept as ``bytes`` so pages stay
small and hashable inside frozen models.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable

BBox = tuple[float, float, float, float]
_NAN = float("nan")


def pack_boxes(boxes: Iterable[BBox | None]) -> bytes:
    """Pack a box per character (None for inserted characters) into bytes."""
    flat = array("f")
    for box in boxes:
        flat.extend(box if box is not None else (_NAN, _NAN, _NAN, _NAN))
    return flat.tobytes()


def unpack_boxes(packed: bytes) -> list[BBox | None]:
    """The inverse of ``pack_boxes`` (for tests and debugging)."""
    flat = array("f")
    flat.frombytes(packed)
    out: list[BBox | None] = []
    for i in range(0, len(flat), 4):
        x0 = flat[i]
        out.append(None if math.isnan(x0) else (x0, flat[i + 1], flat[i + 2], flat[i + 3]))
    return out


def union_bbox(packed: bytes, start: int, end: int) -> BBox | None:
    """Union of the boxes of characters ``[start, end)``, rounded to 0.1 pt."""
    flat = array("f")
    flat.frombytes(packed)
    n = len(flat) // 4
    start, end = max(0, start), min(end, n)
    x0 = top = math.inf
    x1 = bottom = -math.inf
    for i in range(start, end):
        bx0 = flat[4 * i]
        if math.isnan(bx0):
            continue
        x0 = min(x0, bx0)
        top = min(top, flat[4 * i + 1])
        x1 = max(x1, flat[4 * i + 2])
        bottom = max(bottom, flat[4 * i + 3])
    if x0 is math.inf or x0 == math.inf:
        return None
    return (round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1))
