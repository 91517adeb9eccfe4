"""Rendering helpers for the b5j packets: Epic-style text pages (fpdf2) and
fax-server image pages (PIL -> 1-bit CCITT G4 -> img2pdf). Deterministic."""
import io
import math
import random

import img2pdf
import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SANS = FONT_DIR + "DejaVuSans.ttf"
SANS_B = FONT_DIR + "DejaVuSans-Bold.ttf"
SANS_I = FONT_DIR + "DejaVuSans-Oblique.ttf"
MONO = FONT_DIR + "DejaVuSansMono.ttf"
MONO_B = FONT_DIR + "DejaVuSansMono-Bold.ttf"
SERIF = FONT_DIR + "DejaVuSerif.ttf"
SERIF_B = FONT_DIR + "DejaVuSerif-Bold.ttf"


# ----------------------------------------------------------------- text pages
class _EPDF(FPDF):
    def __init__(self, org, banner, doc_title, printed):
        super().__init__(orientation="P", unit="pt", format="Letter")
        self.org, self.banner, self.doc_title, self.printed = org, banner, doc_title, printed
        self.set_auto_page_break(True, margin=54)
        self.set_margins(46, 40, 46)
        self.add_font("S", "", SANS)
        self.add_font("S", "B", SANS_B)
        self.add_font("S", "I", SANS_I)
        self.add_font("M", "", MONO)
        self.add_font("M", "B", MONO_B)
        self.set_creator("Epic Systems print service")
        self.set_producer("EpicCare PDF Export 10.4")

    def header(self):
        self.set_font("S", "B", 10)
        self.set_text_color(20, 20, 20)
        self.cell(self.get_string_width(self.org) + 30, 13, self.org, new_x="RIGHT", new_y="TOP")
        self.set_font("S", "", 7)
        self.cell(0, 13, self.banner, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(90, 90, 90)
        self.line(46, self.get_y() + 1, self.w - 46, self.get_y() + 1)
        self.ln(4)
        if self.doc_title:
            self.set_font("S", "B", 11)
            self.cell(0, 15, self.doc_title, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.set_font("S", "", 9)

    def footer(self):
        self.set_y(-40)
        self.set_font("S", "", 7)
        self.set_text_color(80, 80, 80)
        self.cell(0, 10, self.printed, new_x="RIGHT", new_y="TOP")
        self.set_x(46)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(20, 20, 20)


class TextDoc:
    """One EHR printout (its own page numbering)."""

    def __init__(self, org, banner, doc_title, printed):
        self.pdf = _EPDF(org, banner, doc_title, printed)
        self.pdf.alias_nb_pages()
        self.pdf.add_page()

    @property
    def epw(self):
        return self.pdf.w - 92

    def page(self):
        self.pdf.add_page()

    def meta(self, s, size=7.8):
        self.pdf.set_font("S", "", size)
        self.pdf.set_text_color(70, 70, 70)
        self.pdf.multi_cell(0, size + 2.4, s, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(20, 20, 20)

    def h(self, s, size=9.6):
        self.pdf.ln(3)
        self.pdf.set_font("S", "B", size)
        self.pdf.multi_cell(0, size + 3, s, new_x="LMARGIN", new_y="NEXT")

    def p(self, s, size=9, style="", indent=0):
        self.pdf.set_font("S", style, size)
        if indent:
            self.pdf.set_x(46 + indent)
        self.pdf.multi_cell(self.epw - indent, size + 3.2, s, new_x="LMARGIN", new_y="NEXT")

    def mono(self, s, size=8.2):
        self.pdf.set_font("M", "", size)
        for line in s.split("\n"):
            self.pdf.cell(0, size + 2.6, line, new_x="LMARGIN", new_y="NEXT")

    def kv(self, pairs, size=9, lw=130):
        for k, v in pairs:
            self.pdf.set_font("S", "B", size)
            self.pdf.cell(lw, size + 3.4, k, new_x="RIGHT", new_y="TOP")
            self.pdf.set_font("S", "", size)
            self.pdf.multi_cell(self.epw - lw, size + 3.4, v, new_x="LMARGIN", new_y="NEXT")

    def table(self, widths, rows, size=8, header=True, row_h=None):
        """Single-line cells so that every row extracts as one text line."""
        row_h = row_h or size + 5
        total = sum(widths)
        scale = self.epw / total
        widths = [w * scale for w in widths]
        for i, row in enumerate(rows):
            bold = header and i == 0
            self.pdf.set_font("S", "B" if bold else "", size)
            if bold:
                self.pdf.set_fill_color(225, 225, 225)
            for w, c in zip(widths, row):
                c = str(c)
                while self.pdf.get_string_width(c) > w - 4 and len(c) > 3:
                    raise ValueError(f"table cell too wide: {c!r}")
                self.pdf.cell(w, row_h, c, border=1, fill=bold, new_x="RIGHT", new_y="TOP")
            self.pdf.ln(row_h)

    def gap(self, h=4):
        self.pdf.ln(h)

    def sig(self, lines, size=8.6):
        self.pdf.ln(4)
        for i, s in enumerate(lines):
            self.pdf.set_font("S", "I" if i == 0 else "", size)
            self.pdf.cell(0, size + 3, s, new_x="LMARGIN", new_y="NEXT")

    def out(self):
        return bytes(self.pdf.output())


# ------------------------------------------------------------------ fax pages
FINE = (204, 196)
STANDARD = (204, 98)


def _font(path, px):
    return ImageFont.truetype(path, px)


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render_fax_page(items, banner, seed, mode=FINE, skew=0.6, base_pt=11):
    """items: list of (kind, text) with kind in title/h/p/mono/monob/gap/rule/sig.
    Returns (pdf_bytes, rasterized_text)."""
    rnd = random.Random(seed)
    W, H = 1734, 2156  # 8.5 x 11 in at 204 x 196
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    px_per_pt = 196 / 72.0
    left, right, top = 150, W - 140, 150
    y = top
    text_out = []
    for kind, text in items:
        if kind == "gap":
            y += int(float(text or 1) * base_pt * px_per_pt * 0.6)
            continue
        if kind == "rule":
            d.line([(left, y + 6), (right, y + 6)], fill=0, width=3)
            y += 18
            continue
        if kind == "title":
            f = _font(SERIF_B, int((base_pt + 4) * px_per_pt))
        elif kind == "h":
            f = _font(SANS_B, int(base_pt * px_per_pt))
        elif kind == "mono":
            f = _font(MONO, int((base_pt - 0.5) * px_per_pt))
        elif kind == "monob":
            f = _font(MONO_B, int((base_pt - 0.5) * px_per_pt))
        elif kind == "sig":
            f = _font(SANS_I, int(base_pt * px_per_pt))
        else:
            f = _font(SANS, int(base_pt * px_per_pt))
        lh = int(f.size * 1.28)
        if kind in ("mono", "monob"):
            lines = text.split("\n")
        else:
            lines = _wrap(d, text, f, right - left)
        for ln in lines:
            d.text((left, y), ln, font=f, fill=0)
            y += lh
            text_out.append(ln)
        if kind in ("title", "h"):
            y += 6
        if y > H - 120:
            raise ValueError("fax page overflow: " + text[:40])
    # scanner skew of the page content
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=255, center=(W / 2 + rnd.randint(-40, 40), H / 2))
    arr = np.array(img).astype(np.int16)
    # slight toner / sensor noise before thresholding
    nrng = np.random.default_rng(seed)
    arr = arr + nrng.normal(0, 18, arr.shape).astype(np.int16)
    bw = (arr > 150)  # True = white
    # dropouts: a few thin horizontal white streaks across part of the page
    for _ in range(rnd.randint(2, 4)):
        yy = rnd.randint(300, H - 200)
        x0 = rnd.randint(0, W // 2)
        x1 = min(W, x0 + rnd.randint(300, 1100))
        bw[yy:yy + rnd.randint(1, 2), x0:x1] = True
    # specks
    n_specks = rnd.randint(250, 500)
    ys = nrng.integers(0, H, n_specks)
    xs = nrng.integers(0, W, n_specks)
    for yy, xx in zip(ys, xs):
        s = int(nrng.integers(1, 4))
        bw[yy:yy + s, xx:xx + s] = False
    # a dirty vertical streak near the margin, common on sheet-fed scanners
    sx = rnd.randint(40, 90)
    col = nrng.random(H) < 0.35
    bw[:, sx][col] = False
    page = Image.fromarray((bw * 255).astype(np.uint8), "L")
    if mode == STANDARD:
        page = page.resize((W, H // 2), Image.BOX)
        page = page.point(lambda v: 255 if v > 200 else 0)
    # transmission banner (TTI) is added digitally: straight, unskewed
    bd = ImageDraw.Draw(page)
    bh = 26 if mode == STANDARD else 50
    bd.rectangle([0, 0, W, bh + 8], fill=255)
    if mode == STANDARD:
        tmp = Image.new("L", (W, 60), 255)
        ImageDraw.Draw(tmp).text((40, 8), banner, font=_font(MONO, 27), fill=0)
        tmp = tmp.resize((W, 30), Image.BOX).point(lambda v: 255 if v > 140 else 0)
        page.paste(tmp, (0, 2))
    else:
        bd.text((40, 10), banner, font=_font(MONO, 27), fill=0)
    page = page.convert("1")
    buf = io.BytesIO()
    page.save(buf, format="TIFF", compression="group4", dpi=mode)
    pdf = img2pdf.convert(buf.getvalue())
    return pdf, banner + "\n" + "\n".join(text_out)
