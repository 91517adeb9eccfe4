"""Rendering helpers for the b7t blind packets (text pages via reportlab, fax pages via Pillow + img2pdf G4)."""
import io, random, re
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, HRFlowable, KeepTogether)
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
STY = {}
def _s(name, **kw):
    base = dict(fontName="Times-Roman", fontSize=11, leading=13.6)
    base.update(kw)
    STY[name] = ParagraphStyle(name, **base)
_s("body")
_s("small", fontSize=9, leading=11)
_s("rep", fontName="Helvetica", fontSize=9.5, leading=12)
_s("repb", fontName="Helvetica-Bold", fontSize=9.5, leading=12)
_s("reph", fontName="Helvetica-Bold", fontSize=12, leading=15)
_s("lh1", fontName="Times-Bold", fontSize=15, leading=18)
_s("lh2", fontName="Times-Roman", fontSize=9, leading=11)
_s("lhc1", fontName="Helvetica-Bold", fontSize=14, leading=17, alignment=TA_CENTER)
_s("lhc2", fontName="Helvetica", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
_s("right", alignment=TA_RIGHT)
_s("form", fontName="Helvetica", fontSize=9, leading=11.5)
_s("formb", fontName="Helvetica-Bold", fontSize=9, leading=11.5)
_s("formh", fontName="Helvetica-Bold", fontSize=11, leading=14, alignment=TA_CENTER)
_s("tiny", fontName="Helvetica-Oblique", fontSize=7.5, leading=9)


def esc(t):
    return t.replace("&", "&amp;")


def build_text_pdf(flow_fn, footer):
    """flow_fn() -> list of flowables; footer: callable(page, total) -> (left, right) strings."""
    def once(total):
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                                topMargin=0.7 * inch, bottomMargin=0.8 * inch)
        def onpage(c, d):
            c.saveState()
            l, r = footer(d.page, total)
            c.setFont("Helvetica", 7.5)
            c.drawString(0.9 * inch, 0.45 * inch, l)
            c.drawRightString(letter[0] - 0.9 * inch, 0.45 * inch, r)
            c.restoreState()
        doc.build(flow_fn(), onFirstPage=onpage, onLaterPages=onpage)
        return buf.getvalue()
    first = once(0)
    n = len(PdfReader(io.BytesIO(first)).pages)
    return once(n)


def P(text, style="body"):
    return Paragraph(text, STY[style])


def SP(h=6):
    return Spacer(1, h)


def HR(w=0.6):
    return HRFlowable(width="100%", thickness=w, color=colors.black, spaceBefore=2, spaceAfter=4)


def TBL(rows, widths, style="rep", header=True, grid=True, fs=None):
    st = STY[style]
    if fs:
        st = ParagraphStyle("x", parent=st, fontSize=fs, leading=fs + 2.2)
    hb = ParagraphStyle("xb", parent=st, fontName="Helvetica-Bold" if "Helvetica" in st.fontName else "Times-Bold")
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), hb if (header and i == 0) else st) for c in r])
    t = Table(data, colWidths=[w * inch for w in widths], repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
    t.setStyle(TableStyle(cmds))
    return t


# ----------------------------------------------------------------- fax pages
FINE_H = 2156  # 11 in * 196 dpi
WIDTH = 1728   # standard G3/G4 line width at 204 dpi (8.47 in)


def _font(size_pt, bold=False, mono=False, serif=False):
    px = int(round(size_pt * 196 / 72))
    if mono:
        f = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    elif serif:
        f = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        f = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONTDIR + f, px)


def render_fax(items, banner, seed, mode="fine", skew=0.8, serif=True):
    """items: list of tuples. Returns (PIL 1-bit image, dpi tuple, rasterized text)."""
    rnd = random.Random(seed)
    img = Image.new("L", (WIDTH, FINE_H), 255)
    d = ImageDraw.Draw(img)
    left, right = 150, WIDTH - 150
    y = 150
    texts = []
    for it in items:
        kind = it[0]
        if kind == "gap":
            y += it[1]
            continue
        if kind == "rule":
            d.line((left, y + 6, right, y + 6), fill=0, width=3)
            y += 18
            continue
        if kind == "cols":  # ('cols', [texts], [x offsets in px], size, bold)
            cells, xs = it[1], it[2]
            size = it[3] if len(it) > 3 else 11
            bold = it[4] if len(it) > 4 else False
            f = _font(size, bold, serif=serif)
            for c, x in zip(cells, xs):
                d.text((left + x, y), c, font=f, fill=0)
            texts.append("  ".join(cells))
            y += int(f.size * 1.32)
            continue
        # ('t', text, size, bold, align)
        text = it[1]
        size = it[2] if len(it) > 2 else 11
        bold = it[3] if len(it) > 3 else False
        align = it[4] if len(it) > 4 else "l"
        f = _font(size, bold, serif=serif)
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) <= right - left:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        for ln in lines:
            wdt = d.textlength(ln, font=f)
            x = left if align == "l" else (left + (right - left - wdt) / 2 if align == "c" else right - wdt)
            d.text((x, y), ln, font=f, fill=0)
            y += int(f.size * 1.32)
        texts.append(text)
    assert y < FINE_H - 80, ("fax page overflow", y, items[:2])
    # skew the scanned content (banner is added afterwards by the sending machine)
    ang = skew if rnd.random() < 0.5 else -skew
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, translate=(rnd.randint(-8, 8), rnd.randint(4, 14)))
    d = ImageDraw.Draw(img)
    # specks
    for _ in range(rnd.randint(160, 320)):
        x, yy = rnd.randrange(WIDTH), rnd.randrange(120, FINE_H)
        r = rnd.choice([1, 1, 2, 2, 3])
        d.ellipse((x, yy, x + r, yy + r), fill=0)
    # edge shadow / streak near the margin
    sx = rnd.randint(30, 70)
    for yy in range(200, FINE_H, 9):
        if rnd.random() < 0.5:
            d.line((sx, yy, sx + 1, yy + rnd.randint(2, 7)), fill=0)
    # dropouts: missing / whitened scan lines
    for _ in range(rnd.randint(3, 6)):
        yy = rnd.randrange(250, FINE_H - 100)
        x0 = rnd.randrange(0, WIDTH // 2)
        d.line((x0, yy, x0 + rnd.randint(300, 1100), yy), fill=255, width=1)
    # banner
    bf = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", int(9 * 196 / 72))
    d.rectangle((0, 0, WIDTH, 70), fill=255)
    d.text((40, 22), banner, font=bf, fill=0)
    texts.insert(0, banner)
    if mode == "standard":
        img = img.resize((WIDTH, FINE_H // 2), Image.BOX)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    bw = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    return bw, dpi, "\n".join(texts)


def fax_pdf(pages):
    """pages: list of (img, dpi). Returns PDF bytes with CCITT G4 images on Letter pages."""
    blobs = []
    for im, dpi in pages:
        b = io.BytesIO()
        im.save(b, format="TIFF", compression="group4", dpi=dpi)
        blobs.append(b.getvalue())
    lay = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)), fit=img2pdf.FitMode.into)
    return img2pdf.convert(blobs, layout_fun=lay)


def merge(parts):
    w = PdfWriter()
    for p in parts:
        r = PdfReader(io.BytesIO(p))
        for pg in r.pages:
            w.add_page(pg)
    w.add_metadata({"/Producer": "b7t generator"})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
