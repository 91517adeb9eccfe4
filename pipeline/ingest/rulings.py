"""Ruled tables found from PDFium's path objects with pdfplumber's table algorithm.

pdfplumber finds ruled tables from a page's lines, rectangles and curves, which costs a
full pdfminer parse of the page (~100 ms, ten times PDFium's text read). Here the same
objects are rebuilt from PDFium's paths exactly as pdfminer classifies them (a path is
split into subpaths at each move; ``m l`` is a line, a closed axis-aligned ``m l l l h``
a rectangle, anything else a curve through its segment end points), turned into
pdfplumber's edges, and handed to pdfplumber's own functions (snap and join edges,
intersections, cells, tables) with its default settings. The tables are those
``page.find_tables()`` returns.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import (
    Table,
    TableSettings,
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)
from pdfplumber.utils import filter_edges

from pipeline.ingest.rules import ingest_limits
from pipeline.models import BBox

MAX_FORM_DEPTH = 8
MAX_SEGMENTS = 200_000
"""A page drawing more path segments than this is vector art, not a form with tables;
its tables are not looked for (bounded time on hostile input)."""

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
Edge = dict[str, Any]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SETTINGS = TableSettings()


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _matrix(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


class _Budget:
    def __init__(self) -> None:
        self.segments = 0

    @property
    def spent(self) -> bool:
        return self.segments > MAX_SEGMENTS


def _subpaths(obj: Any, matrix: Matrix, height: float) -> Iterator[tuple[str, list[Point]]]:
    """Each subpath of a path object as pdfminer sees it: its operator shape ("mlllh")
    and one point per operator (a curve's end point; ``h`` the subpath's start), in
    pdfplumber's top-down page coordinates."""
    a, b, c, d, e, f = _compose(_matrix(obj), matrix)
    x, y = ctypes.c_float(), ctypes.c_float()
    shape: list[str] = []
    points: list[Point] = []
    pending_curve = 0
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        px, py = x.value, y.value
        point = (a * px + c * py + e, height - (b * px + d * py + f))
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        closes = bool(pdfium_c.FPDFPathSegment_GetClose(segment))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if shape:
                yield "".join(shape), points
            shape, points, pending_curve = ["m"], [point], 0
            continue
        if not shape:
            continue
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            # PDFium stores a curve as three points (two controls, then the end).
            pending_curve += 1
            if pending_curve < 3:
                continue
            pending_curve = 0
            shape.append("c")
            points.append(point)
        elif closes and point == points[0]:
            pass  # PDFium's own closing point: pdfminer's ``h`` below
        else:
            shape.append("l")
            points.append(point)
        if closes:
            shape.append("h")
            points.append(points[0])
    if shape:
        yield "".join(shape), points


def make_edge(p0: Point, p1: Point, kind: str, orientation: str | None) -> Edge:
    x0, x1 = sorted((p0[0], p1[0]))
    top, bottom = sorted((p0[1], p1[1]))
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "orientation": orientation,
    }


def _edges_of(shape: str, points: list[Point]) -> list[Edge]:
    """pdfplumber's edges of one pdfminer path object (line, rect or curve)."""
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points = points[:-1]
    if shape in ("ml", "mlh"):
        edge = make_edge(points[0], points[1], "line", "h")
        edge["orientation"] = "h" if edge["top"] == edge["bottom"] else "v"
        return [edge]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        closed = points[0] == points[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if closed and square:
            left, right = sorted((x0, x2))
            top, bottom = sorted((y0, y2))
            corners = [(left, top), (right, top), (right, bottom), (left, bottom)]
            return [
                make_edge(corners[0], corners[1], "rect_edge", "h"),
                make_edge(corners[3], corners[2], "rect_edge", "h"),
                make_edge(corners[0], corners[3], "rect_edge", "v"),
                make_edge(corners[1], corners[2], "rect_edge", "v"),
            ]
    edges = []
    for p0, p1 in pairwise(points):
        orientation = "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None)
        edges.append(make_edge(p0, p1, "curve_edge", orientation))
    return edges


def _collect(
    handles: list[Any],
    matrix: Matrix,
    height: float,
    edges: list[Edge],
    budget: _Budget,
    depth: int,
) -> None:
    for obj in handles:
        if budget.spent:
            return
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            budget.segments += pdfium_c.FPDFPath_CountSegments(obj)
            if budget.spent:
                return
            for shape, points in _subpaths(obj, matrix, height):
                if len(shape) > 1:
                    edges.extend(_edges_of(shape, points))
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            inner = _compose(_matrix(obj), matrix)
            children = [
                pdfium_c.FPDFFormObj_GetObject(obj, i)
                for i in range(pdfium_c.FPDFFormObj_CountObjects(obj))
            ]
            _collect(children, inner, height, edges, budget, depth + 1)


def page_edges(page: pdfium.PdfPage, height: float) -> list[Edge] | None:
    """pdfplumber's ``page.edges`` for this page; None past ``MAX_SEGMENTS``."""
    raw = page.raw
    handles = [
        pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw))
    ]
    edges: list[Edge] = []
    budget = _Budget()
    _collect(handles, _IDENTITY, height, edges, budget, 0)
    return None if budget.spent else edges


def _box(value: Any) -> BBox:
    return (float(value[0]), float(value[1]), float(value[2]), float(value[3]))


def ruled_tables(
    page: pdfium.PdfPage, height: float
) -> list[tuple[BBox, tuple[tuple[BBox | None, ...], ...]]]:
    """Each ruled table's box and its rows of cell boxes, as ``page.find_tables()``
    (default settings) would return them; [] for a page past ``MAX_SEGMENTS``."""
    found = page_edges(page, height)
    if not found:
        return []
    return tables_from_edges(found)


def tables_from_edges(found: list[Edge]) -> list[tuple[BBox, tuple[tuple[BBox | None, ...], ...]]]:
    """pdfplumber's table algorithm (default settings) over ruling edges from any source:
    a PDF's paths, or the ruling lines found on a scanned page.

    [] when the lines cross more than ``max_ruling_intersections`` times (graph paper,
    a hostile grid): finding cells would take minutes; the text is still read by lines.
    """
    s = _SETTINGS
    edges = [e for e in found if e["orientation"] in ("h", "v")]
    edges = filter_edges(edges, min_length=s.edge_min_length_prefilter)
    if not edges:
        return []
    edges = merge_edges(
        edges,
        snap_x_tolerance=s.snap_x_tolerance,
        snap_y_tolerance=s.snap_y_tolerance,
        join_x_tolerance=s.join_x_tolerance,
        join_y_tolerance=s.join_y_tolerance,
    )
    edges = filter_edges(edges, min_length=s.edge_min_length)
    intersections = edges_to_intersections(
        edges, s.intersection_x_tolerance, s.intersection_y_tolerance
    )
    if len(intersections) > ingest_limits().max_ruling_intersections:
        return []
    cells = intersections_to_cells(intersections)
    tables = [Table(None, group) for group in cells_to_tables(cells)]  # type: ignore[arg-type]
    return [
        (
            _box(table.bbox),
            tuple(
                tuple(_box(cell) if cell is not None else None for cell in row.cells)
                for row in table.rows
            ),
        )
        for table in tables
    ]
