"""Small real PDFs for ingestion tests, drawn with fpdf2 the way EMR exports look.

A ``Sheet`` is one PDF file: optional running header, footer and fax banner on every
page, and documents made of blocks (title, key/value lines, paragraphs, ruled tables,
two-column regions). Each document starts on a new page, as in real packets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

Block = tuple[str, object]
"""("title", str) | ("kv", [(k, v)]) | ("para", str) | ("table", [[cell]]) |
("columns", (left paragraphs, right paragraphs)) | ("page_break", None)"""


@dataclass
class Sheet:
    documents: list[list[Block]]
    header: str | None = None
    footer: str | None = None
    banner: str | None = None
    font: str = "helvetica"
    size: float = 10
    header_size: float = 8
    encryption: tuple[str, str] | None = None
    """(owner password, user password)."""
    image_pages: Sequence[int] = field(default_factory=tuple)
    """1-based pages (after the documents) to add as image-only scans."""


class _Pdf(FPDF):
    def __init__(self, sheet: Sheet) -> None:
        super().__init__(unit="mm", format="letter")
        self.sheet = sheet
        self.set_margins(20, 24, 20)
        self.set_auto_page_break(True, margin=20)
        self.scan = False

    def header(self) -> None:
        if self.scan:
            return
        if self.sheet.banner:
            self.set_font("courier", "", 6)
            self.set_xy(6, 3)
            self.cell(0, 3, self.sheet.banner.replace("{page}", str(self.page_no())))
        if self.sheet.header:
            self.set_font(self.sheet.font, "", self.sheet.header_size)
            self.set_xy(20, 10)
            self.cell(0, 4, self.sheet.header.replace("{page}", str(self.page_no())))
        self.set_xy(self.l_margin, 24)
        self.set_font(self.sheet.font, "", self.sheet.size)

    def footer(self) -> None:
        if self.sheet.footer and not self.scan:
            self.set_y(-12)
            self.set_font(self.sheet.font, "", 8)
            text = self.sheet.footer.replace("{page}", str(self.page_no()))
            self.cell(0, 4, text.replace("{pages}", "{nb}"), align="C")


def _body(pdf: _Pdf, style: str = "", delta: float = 0) -> float:
    size = pdf.sheet.size + delta
    pdf.set_font(pdf.sheet.font, style, size)
    return size * 0.42 + 0.8


def _block(pdf: _Pdf, kind: str, value: object) -> None:
    pdf.set_x(pdf.l_margin)
    if kind == "title":
        h = _body(pdf, "B", 4)
        pdf.multi_cell(0, h, str(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    elif kind == "heading":
        h = _body(pdf, "B", 1)
        pdf.multi_cell(0, h, str(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif kind == "para":
        h = _body(pdf)
        pdf.multi_cell(0, h, str(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    elif kind == "kv":
        pairs = list(value)  # type: ignore[call-overload]
        _body(pdf, "B")
        key_w = max(pdf.get_string_width(k + ":") for k, _ in pairs) + 3
        for key, val in pairs:
            h = _body(pdf, "B")
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin)
            pdf.cell(key_w, h, key + ":")
            _body(pdf)
            pdf.set_xy(pdf.l_margin + key_w, y)
            pdf.multi_cell(pdf.epw - key_w, h, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    elif kind == "table":
        rows: list[list[str]] = value  # type: ignore[assignment]
        _body(pdf, "", -1)
        with pdf.table(width=pdf.epw * 0.8, align="LEFT", text_align="LEFT", padding=1) as grid:
            for values in rows:
                row = grid.row()
                for cell in values:
                    row.cell(cell)
        pdf.ln(2)
    elif kind == "columns":
        left_paras, right_paras = value  # type: ignore[misc]
        top, width = pdf.get_y(), (pdf.epw - 10) / 2
        bottoms = []
        for index, paras in enumerate((left_paras, right_paras)):
            x0 = pdf.l_margin + index * (width + 10)
            pdf.set_xy(x0, top)
            for para in paras:
                h = _body(pdf)
                pdf.set_x(x0)
                pdf.multi_cell(width, h, para, new_x=XPos.LEFT, new_y=YPos.NEXT)
                pdf.ln(1.5)
            bottoms.append(pdf.get_y())
        pdf.set_xy(pdf.l_margin, max(bottoms))
    elif kind == "page_break":
        pdf.add_page()
    else:
        raise ValueError(kind)


def _scan_page(pdf: _Pdf) -> None:
    """A page holding only a picture of text: what a faxed scan looks like to a parser."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    for y in range(20, 180, 20):
        draw.rectangle((20, y, 360, y + 8), fill=40)
    pdf.scan = True
    pdf.add_page()
    pdf.image(image, x=20, y=30, w=170)
    pdf.scan = False


def write(sheet: Sheet, path: Path) -> Path:
    pdf = _Pdf(sheet)
    for document in sheet.documents:
        pdf.add_page()
        for kind, value in document:
            _block(pdf, kind, value)
    for _ in sheet.image_pages:
        _scan_page(pdf)
    if sheet.encryption:
        owner, user = sheet.encryption
        pdf.set_encryption(owner_password=owner, user_password=user)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


LOREM = (
    "Patient reports right buttock pain that is worse with sitting and stairs. "
    "Symptoms began after lifting a heavy box and have persisted for several months. "
    "She has tried rest, ice and ibuprofen with partial relief. "
)


def words(count: int, seed: str = "note") -> str:
    """Deterministic filler prose of about ``count`` words."""
    base = (LOREM + f"Reference {seed}. ").split()
    return " ".join(base[i % len(base)] for i in range(count))
