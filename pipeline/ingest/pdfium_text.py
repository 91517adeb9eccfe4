"""Characters of a page read with PDFium, boxed the way pdfplumber boxes them.

PDFium reads a page's text and every character's position ~10x faster than pdfminer
parses it (STACK-NOTES). The rest of ingestion (words, lines, columns, furniture,
citations) was built on pdfplumber's character boxes, so each PDFium character is boxed
as pdfminer would box it:

- left edge: the glyph origin; right edge: origin + advance width;
- bottom: baseline + font descent; top: bottom - font size (a box one em high);
- y measured down from the top of the MediaBox (PDF user space is bottom-up);
- text drawn rotated or skewed (the slightly tilted text layer of a scanner's
  searchable PDF): the bounding box of that em box under the text matrix.

PDFium's own "loose" box uses its substitute font's ascent/descent and, for the
standard 14 fonts without embedded metrics, its substitute's widths; pdfminer uses
Adobe's AFM metrics for those names. So for a font whose base name is one of pdfminer's
built-in AFM fonts the width and descent come from that table; otherwise from the PDF's
own /Widths and /FontDescriptor (which PDFium reads too).

A page this module cannot box faithfully (a /Rotate page, a MediaBox not at the origin,
vertical text in a font whose widths only PDFium knows) is reported as such; the reader
then uses pdfplumber for it. Known divergence: a font whose descriptor gives no /Descent
(pdfminer then uses 0, PDFium the font file's), and a CID font named like a standard font.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from functools import cache
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS

Char = dict[str, Any]
"""A character as pdfplumber's ``extract_words`` reads it (text, x0, x1, top, bottom,
doctop, upright, size, fontname)."""

_FONT_NAME_BYTES = 256
_UPRIGHT_EPSILON = 1e-6


class UnsupportedPage(Exception):
    """The page has a feature whose boxes this reader would not match pdfplumber on."""


class TooManyChars(Exception):
    """The page's text layer holds more characters than the caller allows."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


@dataclass(frozen=True, slots=True)
class _Font:
    """What a character's box needs of its font, per 1 pt of font size."""

    name: str
    descent: float
    """Below the baseline, as a negative fraction of the font size."""
    afm_widths: dict[str, int] | None
    """Advance widths (1/1000 em) by character, for pdfminer's built-in AFM fonts."""
    afm_missing: float


@cache
def _afm(name: str) -> tuple[float, dict[str, int]] | None:
    metrics = FONT_METRICS.get(name)
    if metrics is None:
        return None
    descriptor, widths = metrics
    descent = float(descriptor.get("Descent", 0))  # type: ignore[arg-type]
    return (-abs(descent) / 1000, widths)


def _font_name(font: Any) -> str:
    buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, _FONT_NAME_BYTES)
    if length <= 0:
        return ""
    return buffer.raw[: min(length, _FONT_NAME_BYTES) - 1].decode("utf-8", "replace")


def _font(handle: Any, cache_: dict[int, _Font]) -> _Font:
    key = ctypes.cast(handle, ctypes.c_void_p).value or 0
    found = cache_.get(key)
    if found is not None:
        return found
    name = _font_name(handle)
    afm = _afm(name)
    if afm is not None:
        font = _Font(name, afm[0], afm[1], 0.0)
    else:
        descent = ctypes.c_float()
        ok = pdfium_c.FPDFFont_GetDescent(handle, ctypes.c_float(1.0), descent)
        font = _Font(name, -abs(descent.value) if ok else 0.0, None, 0.0)
    cache_[key] = font
    return font


def page_size(page: pdfium.PdfPage) -> tuple[float, float]:
    """Width and height of the page's MediaBox, as pdfplumber measures a page.

    PDFium reads a MediaBox only from the page's own dictionary; one inherited from the
    page tree is the page's bounding box when the page has no CropBox of its own.
    Raises ``UnsupportedPage`` for a rotated page or a MediaBox not at the origin
    (pdfplumber's coordinates are offset there).
    """
    if page.get_rotation() % 360:
        raise UnsupportedPage("rotated page")
    box = page.get_mediabox(fallback_ok=False)
    if box is None:
        if page.get_cropbox(fallback_ok=False) is not None:
            raise UnsupportedPage("inherited MediaBox with a CropBox")
        box = page.get_bbox()
    left, bottom, right, top = box
    if abs(left) > _UPRIGHT_EPSILON or abs(bottom) > _UPRIGHT_EPSILON:
        raise UnsupportedPage("MediaBox not at the origin")
    return right - left, top - bottom


def page_chars(page: pdfium.PdfPage, height: float, limit: int | None = None) -> list[Char]:
    """The page's characters (as drawn, PDFium's synthetic spaces and breaks left out);
    ``height`` from ``page_size``.

    Raises ``UnsupportedPage`` when a character is not upright horizontal text, and
    ``TooManyChars`` when the page holds more than ``limit`` (before boxing any).
    """
    textpage = page.get_textpage()
    try:
        count = pdfium_c.FPDFText_CountChars(textpage.raw)
        if limit is not None and count > limit:
            raise TooManyChars(count)
        return _chars(textpage.raw, height)
    finally:
        textpage.close()


def _unicode(text: Any, count: int) -> list[str]:
    """Every character's text in one call (UTF-16; a surrogate pair is read per char)."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = pdfium_c.FPDFText_GetText(
        text, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    units = buffer.raw[: 2 * max(written - 1, 0)].decode("utf-16-le", "surrogatepass")
    if len(units) == count and not any("\ud800" <= u <= "\udfff" for u in units):
        return list(units)
    out = []
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(text, index)
        out.append(chr(code) if 0 < code < 0x110000 else "")
    return out


_SKIPPED = frozenset("\r\n")
_LINE_END_HYPHEN = frozenset("\x02\ufffe")
"""PDFium's stand-ins for a hyphen ending a line ("exam-" / "ination"), per character
and in bulk text; the PDF drew '-'."""


def _chars(text: Any, height: float) -> list[Char]:
    count = pdfium_c.FPDFText_CountChars(text)
    if count <= 0:
        return []
    is_generated = pdfium_c.FPDFText_IsGenerated
    text_object = pdfium_c.FPDFText_GetTextObject
    origin = pdfium_c.FPDFText_GetCharOrigin
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int, _Font] = {}
    objects: dict[int, _Style] = {}
    out: list[Char] = []
    for index, char in enumerate(_unicode(text, count)):
        if char in _SKIPPED or not char:
            continue
        if char in _LINE_END_HYPHEN:
            char = "-"
        if char.isspace() and is_generated(text, index) == 1:
            continue
        obj = text_object(text, index)
        key = ctypes.addressof(obj.contents) if obj else 0
        style = objects.get(key)
        if style is None:
            style = objects[key] = _object_style(text, index, obj, fonts)
        font = style.font
        origin(text, index, ox, oy)
        x, y = ox.value, oy.value
        if font.afm_widths is not None:
            advance = font.afm_widths.get(char, font.afm_missing) / 1000 * style.size
        else:
            # PDFium's loose box spans origin.x to origin.x + a * advance.
            loose_box(text, index, rect)
            advance = (rect.right - x) / style.a
        if style.axis_aligned:
            size = style.size * style.d
            x1 = x + advance * style.a
            bottom = height - (y + font.descent * size)
            out.append(_char(char, x, max(x1, x), bottom - size, bottom, size, True, font.name))
        else:
            out.append(_turned_char(char, x, y, advance, style, height))
    return out


def _char(
    text: str,
    x0: float,
    x1: float,
    top: float,
    bottom: float,
    size: float,
    upright: bool,
    font: str,
) -> Char:
    return {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "upright": upright,
        "size": size,
        "fontname": font,
    }


def _turned_char(
    text: str, x: float, y: float, advance: float, style: _Style, height: float
) -> Char:
    """A character drawn rotated, skewed or mirrored: pdfminer's box is the bounding box
    of its em box (advance wide, font size high, from the descent) under the matrix."""
    a, b, c, d, size, descent = style.a, style.b, style.c, style.d, style.size, style.font.descent
    base_x, base_y = x + descent * size * c, y + descent * size * d
    across = (advance * a, advance * b)
    up = (size * c, size * d)
    xs = (base_x, base_x + across[0], base_x + up[0], base_x + across[0] + up[0])
    ys = (base_y, base_y + across[1], base_y + up[1], base_y + across[1] + up[1])
    upright = a * d > 0 and b * c <= 0
    return _char(
        text,
        min(xs),
        max(xs),
        height - max(ys),
        height - min(ys),
        max(ys) - min(ys),
        upright,
        style.font.name,
    )


@dataclass(frozen=True, slots=True)
class _Style:
    """A text object's font, font size and matrix (text space to page, incl. Tz)."""

    font: _Font
    size: float
    a: float
    b: float
    c: float
    d: float

    @property
    def axis_aligned(self) -> bool:
        return (
            abs(self.b) <= _UPRIGHT_EPSILON
            and abs(self.c) <= _UPRIGHT_EPSILON
            and self.a > 0
            and self.d > 0
        )


def _object_style(text: Any, index: int, obj: Any, fonts: dict[int, _Font]) -> _Style:
    """Font, font size and matrix of a character's text object.

    Raises ``UnsupportedPage`` for vertical text whose advance widths only PDFium's
    loose box gives (its box has no horizontal extent to read them from).
    """
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(text, index, matrix)
    font = _font(pdfium_c.FPDFTextObj_GetFont(obj), fonts)
    if abs(matrix.a) <= _UPRIGHT_EPSILON and font.afm_widths is None:
        raise UnsupportedPage("vertical text in a font whose widths PDFium must give")
    font_size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(obj, font_size)
    return _Style(font, font_size.value, matrix.a, matrix.b, matrix.c, matrix.d)
