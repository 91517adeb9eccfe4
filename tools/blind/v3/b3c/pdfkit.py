"""Small layout + fax toolkit used by make_packets.py (writer C, blind set v3).

Everything here is deterministic: fixed creation dates, seeded randomness,
pikepdf deterministic ids.
"""
import datetime
import io
import random

import img2pdf
import pikepdf
import pypdfium2 as pdfium
from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont

BANNER_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

_REPL = {
    "\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"',
    "\u201d": '"', "\u2265": ">=", "\u2264": "<=", "\u2022": "*", "\u2026": "...",
}


def clean(s):
    for a, b in _REPL.items():
        s = s.replace(a, b)
    s.encode("latin-1")  # fail loudly on anything the core fonts cannot draw
    return s


class Doc(FPDF):
    """One clinical document (its own header/footer and Page x of y)."""

    def __init__(self, name, font="Helvetica", header=None, footer=None,
                 created=(2026, 1, 1), margins=(18, 14, 18), bottom=18):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.doc_name = name
        self.base_font = font
        self._hdr, self._ftr = header, footer
        y, m, d = created
        self.set_creation_date(datetime.datetime(y, m, d, 9, 0, 0, tzinfo=datetime.timezone.utc))
        self.set_producer("")
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.alias_nb_pages("{nb}")
        self.fax_pages = {}  # page index (0-based) -> "fine" | "standard"

    def header(self):
        if self._hdr:
            self._hdr(self)

    def footer(self):
        if self._ftr:
            self._ftr(self)

    # ---- helpers -------------------------------------------------------
    def T(self, s, size=9, style="", h=None, font=None, align="L", indent=0, w=0):
        self.set_font(font or self.base_font, style, size)
        h = h or size * 0.46
        if indent:
            self.set_x(self.l_margin + indent)
            w = w or (self.epw - indent)
        self.multi_cell(w, h, clean(s), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def B(self, s, size=9, **kw):
        self.T(s, size=size, style="B", **kw)

    def gap(self, mm=2):
        self.ln(mm)

    def rule(self, width=0.2, dash=False):
        self.set_line_width(width)
        y = self.get_y()
        if dash:
            self.set_dash_pattern(dash=1, gap=1)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_dash_pattern()
        self.ln(1)

    def KV(self, pairs, kw=38, size=9, h=None, font=None):
        h = h or size * 0.48
        for k, v in pairs:
            self.set_font(font or self.base_font, "B", size)
            self.cell(kw, h, clean(k))
            self.set_font(font or self.base_font, "", size)
            self.multi_cell(0, h, clean(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def TB(self, rows, widths=None, size=8, borders="ALL", head=True, align="LEFT",
           lh=None, font=None, width=None, fill_head=False):
        self.set_font(font or self.base_font, "", size)
        rows = [[clean(str(c)) for c in r] for r in rows]
        if width is None and widths:
            width = min(sum(widths), self.epw)
        hs = FontFace(emphasis="BOLD", fill_color=(225, 225, 225) if fill_head else None)
        with self.table(col_widths=widths, borders_layout=borders, first_row_as_headings=head,
                        text_align=align, line_height=lh or size * 0.5, width=width,
                        align="LEFT", headings_style=hs, padding=0.8) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(1.5)

    def fax(self, kind="fine"):
        """Mark the current page as arriving by fax."""
        self.fax_pages[self.page_no() - 1] = kind

    def bytes(self):
        return bytes(self.output())


# ---------------------------------------------------------------- fax
def _banner_font():
    return ImageFont.truetype(BANNER_FONT, 21)


def faxify(pdf_bytes, page_index, banner, kind, seed):
    """Render one page as a received fax: 1-bit, 204 dpi wide, 196 (fine) or
    98 (standard) dpi tall, skewed, specks, dropout line(s), banner.
    Returns a one-page PDF (CCITT G4 image, 8.5 x 11 in)."""
    W, H = 1734, 2244  # 8.5 x 11 in at 204 dpi
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[page_index]
    bm = page.render(scale=204 / 72, grayscale=True)
    img = bm.to_pil().convert("L")
    page.close()
    doc.close()
    if img.size != (W, H):
        img = img.resize((W, H), Image.LANCZOS)
    rnd = random.Random(seed)
    angle = rnd.choice([-1, 1]) * round(rnd.uniform(0.3, 1.3), 2)
    shift_x, shift_y = rnd.randint(-14, 14), rnd.randint(6, 26)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, center=(W / 2, H / 2),
                     translate=(shift_x, shift_y))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 42], fill=255)
    d.text((26, 10), banner, font=_banner_font(), fill=0)
    yd = 196 if kind == "fine" else 98
    Hout = 11 * yd
    img = img.resize((W, Hout), Image.LANCZOS)
    thr = 150 if kind == "fine" else 160
    bw = img.point(lambda v: 255 if v > thr else 0).convert("1", dither=Image.Dither.NONE)
    px = bw.load()
    # specks
    for _ in range(rnd.randint(30, 80)):
        x, y = rnd.randrange(4, W - 4), rnd.randrange(50, Hout - 4)
        r = rnd.choice([0, 0, 0, 1, 1, 2])
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if abs(dx) + abs(dy) <= r + (1 if r == 2 else 0):
                    px[x + dx, y + dy] = 0
    # a short toner streak near the margin
    sx = rnd.choice([rnd.randrange(20, 60), rnd.randrange(W - 60, W - 20)])
    sy = rnd.randrange(100, Hout // 2)
    for y in range(sy, sy + rnd.randrange(40, 160) * yd // 196):
        px[sx, y] = 0
    # dropout line(s): a scan row that came through white
    for _ in range(rnd.randint(1, 2)):
        y = rnd.randrange(int(Hout * 0.18), int(Hout * 0.92))
        x0, x1 = rnd.randrange(0, W // 4), rnd.randrange(3 * W // 4, W)
        for yy in range(y, y + (2 if kind == "fine" else 1)):
            for x in range(x0, x1):
                px[x, yy] = 255
    buf = io.BytesIO()
    bw.save(buf, "TIFF", compression="group4", dpi=(204, yd))
    layout = img2pdf.get_fixed_dpi_layout_fun((204, yd))
    return img2pdf.convert(buf.getvalue(), layout_fun=layout, nodate=True)


def assemble(parts, out_path, fax_info=None, keep_source=None):
    """parts: list of Doc objects (already filled). Writes one PDF.
    fax_info: dict with 'banner' callable(page_no_in_file, total) -> str.
    keep_source: list to which (page_no_in_file, src_bytes, src_index, is_fax) are appended."""
    out = pikepdf.new()
    opened = []
    total = sum(p.pages_count for p in parts)
    n = 0
    for doc in parts:
        src_bytes = doc.bytes()
        src = pikepdf.open(io.BytesIO(src_bytes))
        opened.append(src)
        for i in range(len(src.pages)):
            n += 1
            kind = doc.fax_pages.get(i)
            if kind:
                banner = fax_info["banner"](n, total)
                seed = f"{out_path.name}:{n}"
                fb = faxify(src_bytes, i, banner, kind, seed)
                fsrc = pikepdf.open(io.BytesIO(fb))
                opened.append(fsrc)
                out.pages.append(fsrc.pages[0])
            else:
                out.pages.append(src.pages[i])
            if keep_source is not None:
                keep_source.append((n, src_bytes, i, bool(kind)))
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True, linearize=False, qdf=False)
    out_path.write_bytes(buf.getvalue())
    for s in opened:
        s.close()
    return total
