"""Render a scenario file into PDF bytes with fpdf2's core fonts, deterministically.

Core fonts carry latin-1 only, so text is first folded to it (curly quotes, dashes,
>= signs). The creation date is fixed, so the bytes (and the PDF /ID derived from them)
are identical on every run: committed samples can be checked by regenerating them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos

from tools.samples.scenario import Block, DocumentSpec, FileSpec, TableSpec

FIXED_CREATION_DATE = dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.UTC)
TOP_MARGIN = 22.0
SIDE_MARGIN = 18.0
BOTTOM_MARGIN = 18.0
COLUMN_GUTTER = 10.0

_FOLD = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2022": "-",
    "\u00a0": " ",
    "\u2192": "->",
}


def to_latin1(text: str) -> str:
    """Fold typographic characters to what a core PDF font can draw; fail on the rest."""
    folded = "".join(_FOLD.get(ch, ch) for ch in text)
    try:
        folded.encode("latin-1")
    except UnicodeEncodeError as exc:
        raise ValueError(f"character {folded[exc.start]!r} cannot be drawn in a core font") from exc
    return folded


class _PacketPDF(FPDF):
    """FPDF with the packet's running header, footer and fax banner on every page."""

    def __init__(self, spec: FileSpec) -> None:
        super().__init__(orientation="P", unit="mm", format="letter")
        self.spec = spec
        self.running_header = spec.header
        self.body_font: str = spec.font
        self.body_size = spec.font_size
        self.next_document: DocumentSpec | None = None
        self.set_margins(SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM_MARGIN)
        self.set_creation_date(FIXED_CREATION_DATE)
        self.set_producer("authreview sample generator")
        self.set_creator("tools.make_samples")

    def header(self) -> None:
        if self.next_document is not None:
            # A new document's font and header start on its first page; the previous
            # page's footer (drawn just before) keeps the previous document's font.
            document, self.next_document = self.next_document, None
            self.running_header = (
                document.header if document.header is not None else self.spec.header
            )
            self.body_font = document.font or self.spec.font
            self.body_size = document.font_size or self.spec.font_size
        page = str(self.page_no())
        if self.spec.fax_banner:
            self.set_font("courier", "", 6)
            self.set_xy(6, 3)
            banner = to_latin1(self.spec.fax_banner.replace("{page}", page))
            self.cell(self.w - 12, 3, banner, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.running_header:
            self.set_font(self.body_font, "", 8)
            self.set_xy(SIDE_MARGIN, 9)
            text = to_latin1(self.running_header.replace("{page}", page))
            self.cell(
                self.epw, 4, text.replace("{pages}", "{nb}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.set_line_width(0.2)
            self.line(SIDE_MARGIN, 14, self.w - SIDE_MARGIN, 14)
        self.set_xy(self.l_margin, TOP_MARGIN)
        self.set_font(self.body_font, "", self.body_size)

    def footer(self) -> None:
        if not self.spec.footer:
            return
        self.set_y(-12)
        self.set_font(self.body_font, "", 8)
        text = to_latin1(self.spec.footer.replace("{page}", str(self.page_no())))
        self.cell(0, 4, text.replace("{pages}", "{nb}"), align="C")


def render_file(spec: FileSpec) -> bytes:
    """The PDF bytes of one file: each document from a new page."""
    pdf = _PacketPDF(spec)
    for document in spec.documents:
        _render_document(pdf, document)
    return bytes(pdf.output())


def _render_document(pdf: _PacketPDF, document: DocumentSpec) -> None:
    pdf.next_document = document
    pdf.add_page()
    for block in document.blocks:
        _render_block(pdf, block)


def _line_height(pdf: _PacketPDF, size: float | None = None) -> float:
    return (size or pdf.body_size) * 0.42 + 0.8


def _set(pdf: _PacketPDF, style: str = "", size: float | None = None) -> None:
    pdf.set_font(pdf.body_font, style, size or pdf.body_size)


def _keep_room(pdf: _PacketPDF, needed: float) -> None:
    """Start a new page rather than leave a heading alone at the bottom of one."""
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()


@dataclass(frozen=True)
class _TextStyle:
    """How a one-paragraph block is drawn: font style, size change, space around it."""

    style: str
    size_delta: float
    before: float
    after: float
    keep_room: float = 0.0


_TEXT_STYLES = {
    "title": _TextStyle("B", 4, 0, 2),
    "subtitle": _TextStyle("I", 1, 0, 1.5),
    "heading": _TextStyle("B", 1, 1.5, 0.8, keep_room=20),
    "para": _TextStyle("", 0, 0, 1.5),
    "small": _TextStyle("", -2, 0, 1),
}


def _render_text(pdf: _PacketPDF, text: str, look: _TextStyle) -> None:
    if look.keep_room:
        _keep_room(pdf, look.keep_room)
    pdf.ln(look.before)
    size = pdf.body_size + look.size_delta
    _set(pdf, look.style, size)
    pdf.multi_cell(
        0, _line_height(pdf, size), to_latin1(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(look.after)


def _render_block(pdf: _PacketPDF, block: Block) -> None:
    kind = block.kind
    pdf.set_x(pdf.l_margin)
    if kind in _TEXT_STYLES:
        _render_text(pdf, getattr(block, kind), _TEXT_STYLES[kind])
    elif kind == "kv":
        _render_kv(pdf, block.kv or [])
    elif kind == "bullets":
        _render_bullets(pdf, block.bullets or [])
    elif kind == "table":
        _render_table(pdf, block.table)
    elif kind == "columns":
        _render_columns(pdf, block.columns or [])
    elif kind == "page_break":
        pdf.add_page()
    elif kind == "rule":
        pdf.ln(1)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)
    elif kind == "spacer":
        pdf.ln(block.spacer)


def _render_kv(pdf: _PacketPDF, pairs: list[tuple[str, str]]) -> None:
    """Key-value lines: bold 'Key:' in a column as wide as the longest key."""
    _set(pdf, "B")
    keys = [to_latin1(k) + ":" for k, _ in pairs]
    key_w = min(max((pdf.get_string_width(k) for k in keys), default=0) + 3, pdf.epw * 0.45)
    h = _line_height(pdf)
    for key, (_, value) in zip(keys, pairs, strict=True):
        # Measure both cells first and break the page before the pair: left to the
        # auto page break, the key would move to a new page and the value, placed at the
        # old y, would trigger a second break, leaving a page holding only "Key:".
        _set(pdf, "B")
        key_height = pdf.multi_cell(key_w, h, key, align="L", dry_run=True, output="HEIGHT")
        _set(pdf)
        value_height = pdf.multi_cell(
            pdf.epw - key_w, h, to_latin1(value), align="L", dry_run=True, output="HEIGHT"
        )
        _keep_room(pdf, max(key_height, value_height))
        pdf.set_x(pdf.l_margin)
        _set(pdf, "B")
        y = pdf.get_y()
        pdf.multi_cell(key_w, h, key, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        key_bottom = pdf.get_y()
        _set(pdf)
        pdf.set_xy(pdf.l_margin + key_w, y)
        pdf.multi_cell(
            pdf.epw - key_w, h, to_latin1(value), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.set_y(max(pdf.get_y(), key_bottom))
    pdf.ln(1.5)


def _render_bullets(pdf: _PacketPDF, items: list[str]) -> None:
    _set(pdf)
    h = _line_height(pdf)
    for item in items:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(4, h, "-")
        pdf.multi_cell(
            pdf.epw - 6, h, to_latin1(item), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    pdf.ln(1.5)


def _render_table(pdf: _PacketPDF, table: TableSpec) -> None:
    size = table.font_size or pdf.body_size - 1
    _set(pdf, "", size)
    with pdf.table(
        col_widths=table.widths,
        text_align="LEFT",
        line_height=_line_height(pdf, size) + 0.6,
        width=pdf.epw,
        align="LEFT",
        first_row_as_headings=True,
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
        padding=1,
    ) as grid:
        for values in [table.columns, *table.rows]:
            row = grid.row()
            for value in values:
                row.cell(to_latin1(value))
    pdf.ln(2.5)


def _render_columns(pdf: _PacketPDF, columns: list[list[Block]]) -> None:
    """Two side-by-side columns with a gutter; the region must fit on the current page."""
    page, top = pdf.page_no(), pdf.get_y()
    left, right = pdf.l_margin, pdf.r_margin
    width = (pdf.epw - COLUMN_GUTTER) / 2
    bottoms = []
    for index, blocks in enumerate(columns):
        x0 = left + index * (width + COLUMN_GUTTER)
        pdf.set_left_margin(x0)
        pdf.set_right_margin(pdf.w - x0 - width)
        pdf.set_xy(x0, top)
        for block in blocks:
            if block.kind in ("columns", "page_break"):
                raise ValueError("a column cannot hold columns or page breaks")
            _render_block(pdf, block)
        if pdf.page_no() != page:
            raise ValueError("a two-column region must fit on one page; add a page_break before it")
        bottoms.append(pdf.get_y())
    pdf.set_left_margin(left)
    pdf.set_right_margin(right)
    pdf.set_xy(left, max(bottoms))
