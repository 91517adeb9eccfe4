"""Rendering helpers for b9t packets: text pages (fpdf2) and fax pages (PIL -> CCITT G4 -> img2pdf)."""
import io
import random

import img2pdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def text_page_pdf(pages):
    """pages: list of dicts {font: 'Courier'|'Helvetica'|'Times', size, lines, footer}.
    Line markup: '## ' bold, '~~ ' italic, '-- ' horizontal rule, '|c|a|b' table row (cells split on |),
    '>> ' indented. Returns PDF bytes."""
    pdf = FPDF(format="Letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_margins(54, 46, 54)
    for pg in pages:
        pdf.add_page()
        font = pg.get("font", "Helvetica")
        size = pg.get("size", 10)
        lead = size * 1.32
        pdf.set_xy(54, 46)
        widths = pg.get("widths")
        # auto column widths per block of consecutive table rows
        blockw = {}
        lines = pg["lines"]
        i = 0
        while i < len(lines):
            if lines[i].startswith("|"):
                j = i
                while j < len(lines) and lines[j].startswith("|"):
                    j += 1
                rows = [l.strip("|").split("|") for l in lines[i:j]]
                n = max(len(r) for r in rows)
                pdf.set_font(font, "B", size - 1)
                mx = [0.0] * n
                for r in rows:
                    for k, c in enumerate(r):
                        mx[k] = max(mx[k], pdf.get_string_width(c.strip().lstrip("*")) + 8)
                tot = pdf.w - 108
                if sum(mx) > tot:
                    raise ValueError("table too wide: %r" % rows[0])
                extra = (tot - sum(mx)) / n
                ws = [m + extra for m in mx]
                for k in range(i, j):
                    blockw[k] = ws
                i = j
            else:
                i += 1
        for idx, ln in enumerate(lines):
            style = ""
            txt = ln
            if ln.startswith("## "):
                style, txt = "B", ln[3:]
            elif ln.startswith("~~ "):
                style, txt = "I", ln[3:]
            if ln.startswith("-- "):
                y = pdf.get_y() + lead * 0.4
                pdf.line(54, y, pdf.w - 54, y)
                pdf.set_y(y + lead * 0.5)
                continue
            if ln.startswith("|"):
                cells = ln.strip("|").split("|")
                bold = cells and cells[0].startswith("*")
                if bold:
                    cells[0] = cells[0][1:]
                ws = widths or blockw[idx]
                pdf.set_font(font, "B" if bold else "", size - 1)
                pdf.set_x(54)
                for w, c in zip(ws, cells):
                    pdf.cell(w, lead + 2, c.strip(), border=1)
                pdf.ln(lead + 2)
                continue
            pdf.set_font(font, style, size)
            if txt.startswith(">> "):
                pdf.set_x(78)
                txt = txt[3:]
                pdf.multi_cell(pdf.w - 54 - 78, lead, txt)
            else:
                pdf.set_x(54)
                pdf.multi_cell(pdf.w - 108, lead, txt if txt else " ")
        if pdf.get_y() > pdf.h - 42:
            raise ValueError("page overflow: %r" % pg["lines"][:2])
        if pg.get("footer"):
            pdf.set_font(font, "", 7.5)
            pdf.set_xy(54, pdf.h - 36)
            pdf.cell(pdf.w - 108, 10, pg["footer"], align="C")
    return bytes(pdf.output())


def fax_page_pdf(lines, banner, mode="fine", seed=1, skew=0.7, size_pt=11, bold_first=False):
    """Render lines of text as a faxed page. mode 'fine' = 204x196 dpi, 'standard' = 204x98 dpi.
    Returns PDF bytes (single page, CCITT G4 image, no text layer)."""
    rng = random.Random(seed)
    W, H = 1734, 2244  # 8.5 x 11 in at 204x204 square working resolution
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    px = int(round(size_pt / 72 * 204))
    f = ImageFont.truetype(MONO, px)
    fb = ImageFont.truetype(MONO_B, px)
    fban = ImageFont.truetype(MONO, int(round(8.5 / 72 * 204)))
    d.text((40, 22), banner, font=fban, fill=0)
    y = 120
    lh = int(px * 1.28)
    for i, ln in enumerate(lines):
        font = f
        t = ln
        if ln.startswith("## "):
            font, t = fb, ln[3:]
        if ln.startswith("-- "):
            d.line((130, y + lh // 2, W - 130, y + lh // 2), fill=0, width=3)
        else:
            d.text((130, y), t, font=font, fill=0)
        y += lh
        if y > H - 120:
            raise ValueError("fax page overflow at line %r" % ln)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    hh = 2156 if mode == "fine" else 1078
    img = img.resize((W, hh), Image.BILINEAR)
    # noise: specks
    d2 = ImageDraw.Draw(img)
    for _ in range(rng.randint(250, 450)):
        x0, y0 = rng.randrange(W), rng.randrange(hh)
        r = rng.choice([1, 1, 1, 2, 2, 3])
        d2.rectangle((x0, y0, x0 + r, y0 + r), fill=0)
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    # dropouts: thin white horizontal streaks
    d3 = ImageDraw.Draw(bw)
    for _ in range(rng.randint(3, 7)):
        yy = rng.randrange(120 if mode == "fine" else 60, hh - 40)
        x0 = rng.randrange(0, W // 2)
        d3.line((x0, yy, x0 + rng.randrange(200, 1200), yy), fill=1, width=1)
    # a dark edge streak like a dirty scanner glass
    d3.line((W - 18, 0, W - 18, hh), fill=0, width=2)
    buf = io.BytesIO()
    dpi = (204, 196) if mode == "fine" else (204, 98)
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(buf.getvalue())


def merge(pdf_bytes_list):
    w = PdfWriter()
    for b in pdf_bytes_list:
        r = PdfReader(io.BytesIO(b))
        for p in r.pages:
            w.add_page(p)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
