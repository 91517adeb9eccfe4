"""Rendering helpers for the b7w blind packets (text pages via fpdf2, fax pages via Pillow+img2pdf)."""
import datetime
import io
import math
import random
import re

import img2pdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, TiffImagePlugin
from pypdf import PdfReader, PdfWriter

TiffImagePlugin.STRIP_SIZE = 10 ** 9  # single strip so img2pdf passes G4 through untouched

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
LETTER = (img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11))

_SUBS = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
         "\u2265": ">=", "\u2264": "<=", "\u00b0": " deg"}


def clean(s):
    for a, b in _SUBS.items():
        s = s.replace(a, b)
    return s


# ----------------------------------------------------------------------------------------------
# text documents
# ----------------------------------------------------------------------------------------------
class TextDoc(FPDF):
    def __init__(self, letterhead, running, font="Helvetica", size=10, footer=None):
        super().__init__(format="Letter", unit="mm")
        self.lh = [clean(x) for x in letterhead]
        self.running = clean(running) if running else None
        self.fam = font
        self.sz = size
        self.footer_txt = clean(footer) if footer else None
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 14, 18)
        self.alias_nb_pages()
        self.set_creator("")
        self.set_producer("")
        self.set_creation_date(datetime.datetime(2026, 2, 1, 12, 0, 0, tzinfo=datetime.timezone.utc))
        self.add_page()

    def header(self):
        if self.page_no() == 1:
            self.set_font(self.fam, "B", self.sz + 3)
            self.cell(0, 6, self.lh[0], new_x="LMARGIN", new_y="NEXT")
            self.set_font(self.fam, "", self.sz - 1)
            for ln in self.lh[1:]:
                self.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 1.5
            self.line(18, y, 197.9, y)
            self.set_y(y + 2.5)
        elif self.running:
            self.set_font(self.fam, "", self.sz - 2)
            self.cell(0, 4, self.running, new_x="LMARGIN", new_y="NEXT")
            self.line(18, self.get_y() + 0.5, 197.9, self.get_y() + 0.5)
            self.set_y(self.get_y() + 3)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.fam, "", self.sz - 2)
        left = self.footer_txt or ""
        self.cell(120, 4, left)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    # blocks ------------------------------------------------------------------------------
    def ttl(self, t):
        self.set_font(self.fam, "B", self.sz + 2)
        self.multi_cell(0, 6, clean(t), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def sec(self, t):
        self.ln(1.2)
        self.set_font(self.fam, "B", self.sz)
        self.multi_cell(0, 5, clean(t), new_x="LMARGIN", new_y="NEXT")

    def para(self, t, style=""):
        self.set_font(self.fam, style, self.sz)
        self.multi_cell(0, self.sz * 0.46, clean(t), new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)

    def kv(self, pairs, kw=45):
        for k, v in pairs:
            self.set_font(self.fam, "B", self.sz)
            self.cell(kw, self.sz * 0.46, clean(k))
            self.set_font(self.fam, "", self.sz)
            self.multi_cell(0, self.sz * 0.46, clean(v), new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)

    def table(self, rows, widths, header=True, size=None):
        self.set_font(self.fam, "", size or self.sz - 1)
        with super().table(col_widths=widths, text_align="LEFT", first_row_as_headings=header,
                           line_height=(size or self.sz - 1) * 0.45, padding=0.8) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(clean(str(c)))
        self.ln(1.5)

    def boxes(self, items):
        self.set_font(self.fam, "", self.sz)
        txt = "   ".join(("[X] " if on else "[ ] ") + clean(lbl) for on, lbl in items)
        self.multi_cell(0, self.sz * 0.46, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def sig(self, lines):
        self.ln(2)
        self.set_font(self.fam, "I", self.sz)
        for ln in lines:
            self.cell(0, self.sz * 0.46, clean(ln), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def bytes(self):
        return bytes(self.output())


# ----------------------------------------------------------------------------------------------
# fax pages
# ----------------------------------------------------------------------------------------------
W_PX = 1734  # 8.5 in at 204 dpi
H_FINE = 2156  # 11 in at 196 dpi
PX_PER_PT = 196 / 72.0


def _font(kind, pt):
    name = {"t": "DejaVuSans.ttf", "b": "DejaVuSans-Bold.ttf", "h": "DejaVuSans-Bold.ttf",
            "m": "DejaVuSansMono.ttf", "mb": "DejaVuSansMono-Bold.ttf", "s": "DejaVuSerif.ttf",
            "sb": "DejaVuSerif-Bold.ttf", "hw": "DejaVuSansCondensed-Oblique.ttf",
            "hwb": "DejaVuSansCondensed-BoldOblique.ttf"}[kind]
    return ImageFont.truetype(FONTDIR + name, int(round(pt * PX_PER_PT)))


def _wrap(draw, text, font, maxw):
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= maxw or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


def fax_page(items, banner, res="fine", seed=0, skew=0.8):
    """items: list of tuples.
       ("t"|"b"|"h"|"m"|"s"|"hw", text[, pt[, indent_in]])  wrapped text
       ("box", [(checked, label), ...][, pt])  tick boxes (checked drawn as hand X)
       ("field", label, handwritten_value[, pt])  printed label + handwritten value
       ("rule",) horizontal line;  ("sp", inches)
       ("row", [(text, x_in, kind), ...][, pt])  one line with tab stops
    Returns (pdf_bytes, text) where text is what was rasterized (one line per line)."""
    rnd = random.Random(seed)
    im = Image.new("L", (W_PX, H_FINE), 255)
    d = ImageDraw.Draw(im)
    left = int(0.75 * 204)
    right = W_PX - int(0.7 * 204)
    y = int(0.22 * 196)
    text_lines = []
    # transmission banner
    bf = _font("m", 9.5)
    d.text((int(0.35 * 204), y), banner, font=bf, fill=0)
    text_lines.append(banner)
    y += int(0.35 * 196)

    def hand_text(x, yy, s, pt, bold=False):
        f = _font("hwb" if bold else "hw", pt)
        cx = x
        for ch in s:
            dy = rnd.randint(-2, 2)
            d.text((cx, yy + dy), ch, font=f, fill=rnd.randint(0, 40))
            cx += d.textlength(ch, font=f) * rnd.uniform(0.99, 1.03)
        return cx

    for it in items:
        k = it[0]
        if k == "sp":
            y += int(it[1] * 196)
            continue
        if k == "rule":
            d.line((left, y + 6, right, y + 6), fill=0, width=3)
            y += 18
            continue
        if k == "box":
            pt = it[2] if len(it) > 2 else 10.5
            f = _font("t", pt)
            x = left
            parts = []
            bs = int(pt * PX_PER_PT * 0.8)
            for on, lbl in it[1]:
                wlbl = d.textlength(lbl, font=f)
                if x + bs + 12 + wlbl > right:
                    y += int(pt * PX_PER_PT * 1.45)
                    x = left
                d.rectangle((x, y + 4, x + bs, y + 4 + bs), outline=0, width=3)
                if on:
                    j = rnd.randint(-3, 3)
                    d.line((x - 4, y + j, x + bs + 6, y + bs + 8), fill=0, width=5)
                    d.line((x + bs + 4, y - 2 + j, x - 2, y + bs + 6), fill=0, width=5)
                d.text((x + bs + 12, y), lbl, font=f, fill=0)
                parts.append(("[X] " if on else "[ ] ") + lbl)
                x += bs + 12 + wlbl + 40
            text_lines.append("   ".join(parts))
            y += int(pt * PX_PER_PT * 1.5)
            continue
        if k == "field":
            pt = it[3] if len(it) > 3 else 10.5
            f = _font("b", pt)
            lab = it[1]
            d.text((left, y), lab, font=f, fill=0)
            x0 = left + d.textlength(lab, font=f) + 16
            hw_f = _font("hw", pt + 1.5)
            lines = _wrap(d, it[2], hw_f, (right - x0) * 0.95)
            for i, ln in enumerate(lines):
                d.line((x0, y + int(pt * PX_PER_PT * 1.2), right, y + int(pt * PX_PER_PT * 1.2)), fill=90, width=1)
                hand_text(x0, y - 4, ln, pt + 1.5)
                y += int(pt * PX_PER_PT * 1.55)
            text_lines.append(lab + " " + " ".join(lines))
            continue
        if k == "row":
            pt = it[2] if len(it) > 2 else 10.5
            parts = []
            for txt, xin, kind in it[1]:
                if kind.startswith("hw"):
                    hand_text(left + int(xin * 204), y - 3, txt, pt + 1, bold=(kind == "hwb"))
                else:
                    d.text((left + int(xin * 204), y), txt, font=_font(kind, pt), fill=0)
                parts.append(txt)
            text_lines.append("  ".join(parts))
            y += int(pt * PX_PER_PT * 1.5)
            continue
        pt = it[2] if len(it) > 2 else (13 if k == "h" else 10.5)
        ind = int((it[3] if len(it) > 3 else 0) * 204)
        f = _font(k, pt) if k != "hw" else _font("hw", pt)
        for ln in _wrap(d, it[1], f, (right - left - ind) * (0.95 if k == "hw" else 1.0)):
            if k == "hw":
                hand_text(left + ind, y, ln, pt)
            else:
                d.text((left + ind, y), ln, font=f, fill=0)
            text_lines.append(ln)
            y += int(pt * PX_PER_PT * 1.38)
        if k == "h":
            y += 8
    if y > H_FINE - 90:
        raise ValueError("fax page overflow: %r" % banner)
    # skew, specks, dropouts
    ang = skew * (1 if rnd.random() < 0.5 else -1)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    d = ImageDraw.Draw(im)
    for _ in range(rnd.randint(140, 260)):
        x, yy = rnd.randint(0, W_PX - 1), rnd.randint(0, H_FINE - 1)
        r = rnd.choice([1, 1, 1, 2, 2, 3])
        d.ellipse((x, yy, x + r, yy + r), fill=0)
    for _ in range(rnd.randint(3, 7)):  # dropout streaks
        yy = rnd.randint(150, H_FINE - 100)
        x0 = rnd.randint(0, W_PX // 2)
        d.rectangle((x0, yy, x0 + rnd.randint(200, 900), yy + rnd.choice([1, 2])), fill=255)
    # vertical edge shadow like a feeder
    d.rectangle((W_PX - 6, 0, W_PX - 1, H_FINE), fill=60)
    if res == "standard":
        im = im.resize((W_PX, H_FINE // 2), Image.BILINEAR)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    bw = im.point(lambda v: 0 if v < 150 else 255).convert("1")
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    lay = img2pdf.get_layout_fun(LETTER, fit=img2pdf.FitMode.exact)
    pdf = img2pdf.convert(buf.getvalue(), layout_fun=lay)
    return pdf, "\n".join(text_lines)


# ----------------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------------
class FileBuilder:
    """Concatenates text documents and fax pages into one PDF file, tracking fax-page text."""

    def __init__(self):
        self.parts = []  # (kind, bytes, faxtext|None, res|None)

    def text(self, doc):
        self.parts.append(("text", doc.bytes(), None, None))

    def fax(self, items, banner, res, seed, skew):
        pdf, txt = fax_page(items, banner, res, seed, skew)
        self.parts.append(("fax", pdf, txt, res))

    def write(self, path):
        w = PdfWriter()
        meta = []  # per page: (kind, faxtext, res)
        for kind, b, txt, res in self.parts:
            r = PdfReader(io.BytesIO(b))
            for pg in r.pages:
                w.add_page(pg)
                meta.append((kind, txt, res))
        w.add_metadata({"/Producer": "", "/Creator": ""})
        with open(path, "wb") as fh:
            w.write(fh)
        return meta


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()
