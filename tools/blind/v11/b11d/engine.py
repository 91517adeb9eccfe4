# Layout engine shared by make_packets.py: lays out blocks into draw ops (inches),
# renders ops to text PDF pages (fpdf2) or to faxed image-only pages (Pillow -> G4 -> img2pdf).
import io, random, math
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from fpdf import FPDF
import img2pdf
from pypdf import PdfReader, PdfWriter

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
         "M": "DejaVuSansMono.ttf", "S": "DejaVuSerif.ttf", "SB": "DejaVuSerif-Bold.ttf"}
_mf = {}
def mfont(style, size_px):
    k = (style, size_px)
    if k not in _mf:
        _mf[k] = ImageFont.truetype(FD + FONTS[style], size_px)
    return _mf[k]

def width_in(text, style, pt):
    return mfont(style, 200).getlength(text) / 200.0 * pt / 72.0

def wrap(text, style, pt, w_in):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for wd in words:
            t = (cur + " " + wd) if cur else wd
            if width_in(t, style, pt) <= w_in or not cur:
                cur = t
            else:
                out.append(cur); cur = wd
        out.append(cur)
    return out

PW, PH, ML, MR, TOP, BOT = 8.5, 11.0, 0.75, 0.75, 0.95, 10.2

class Doc:
    """blocks -> pages of ops"""
    def __init__(self, header_left, header_right, patient_line, font="", size=9.5, footer_extra=""):
        self.hl, self.hr, self.pl, self.base, self.size, self.fx = header_left, header_right, patient_line, font, size, footer_extra
        self.pages = []; self.new_page()
    def new_page(self):
        self.ops = []; self.pages.append(self.ops); self.y = TOP + 0.35
    def need(self, h):
        if self.y + h > BOT:
            self.new_page()
    def text(self, x, y, t, style=None, pt=None):
        self.ops.append(("t", x, y, t, style if style is not None else self.base, pt or self.size))
    def line(self, x1, y1, x2, y2):
        self.ops.append(("l", x1, y1, x2, y2))
    def lh(self, pt): return pt / 72.0 * 1.32
    # blocks
    def title(self, t, pt=13, style="B"):
        self.need(0.4); self.text(ML, self.y, t, style, pt); self.y += self.lh(pt) + 0.04
    def h(self, t, pt=None):
        pt = pt or self.size + 1
        self.need(0.45); self.y += 0.06; self.text(ML, self.y, t, "B", pt); self.y += self.lh(pt)
        self.line(ML, self.y - 0.02, PW - MR, self.y - 0.02); self.y += 0.03
    def p(self, t, style=None, indent=0.0, pt=None):
        style = style if style is not None else self.base; pt = pt or self.size
        for ln in wrap(t, style, pt, PW - MR - ML - indent):
            self.need(self.lh(pt)); self.text(ML + indent, self.y, ln, style, pt); self.y += self.lh(pt)
        self.y += 0.03
    def kv(self, pairs, kw=1.6, pt=None):
        pt = pt or self.size
        kw = max(kw, max(width_in(k, "B", pt) for k, _ in pairs) + 0.15)
        for k, v in pairs:
            lines = wrap(v, self.base, pt, PW - MR - ML - kw)
            self.need(self.lh(pt) * len(lines))
            self.text(ML, self.y, k, "B", pt)
            for ln in lines:
                self.text(ML + kw, self.y, ln, self.base, pt); self.y += self.lh(pt)
        self.y += 0.03
    def tbl(self, header, rows, widths, pt=None, style=None):
        pt = pt or self.size - 0.5; style = style if style is not None else self.base
        def row(cells, st, rule):
            wr = [wrap(c, st, pt, w - 0.08) for c, w in zip(cells, widths)]
            n = max(len(x) for x in wr); hgt = n * self.lh(pt)
            self.need(hgt + 0.05)
            x = ML
            for lines, w in zip(wr, widths):
                for i, ln in enumerate(lines):
                    self.text(x + 0.04, self.y + i * self.lh(pt), ln, st, pt)
                x += w
            self.y += hgt + 0.03
            if rule: self.line(ML, self.y - 0.02, ML + sum(widths), self.y - 0.02)
        if header: row(header, "B", True)
        for r in rows: row(r, style, False)
        self.line(ML, self.y - 0.01, ML + sum(widths), self.y - 0.01); self.y += 0.05
    def sp(self, h=0.12): self.y += h
    def pb(self): self.new_page()
    def finish(self):
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            ops.insert(0, ("t", ML, 0.5, self.hl, "B", 9))
            ops.insert(1, ("t", PW - MR - width_in(self.hr, "", 8), 0.52, self.hr, "", 8))
            ops.insert(2, ("t", ML, 0.68, self.pl, "", 8))
            ops.insert(3, ("l", ML, 0.86, PW - MR, 0.86))
            ft = f"Page {i+1} of {n}"
            if self.fx: ops.append(("t", ML, 10.45, self.fx, "", 7.5))
            ops.append(("t", PW - MR - width_in(ft, "", 8), 10.45, ft, "", 8))
        return self.pages

def ops_text(ops):
    """approximate reading-order text of a page (used for faxed pages in selfcheck)"""
    ts = sorted([o for o in ops if o[0] == "t"], key=lambda o: (round(o[2], 2), o[1]))
    lines, cur, cy = [], [], None
    for o in ts:
        if cy is None or abs(o[2] - cy) > 0.03:
            if cur: lines.append(" ".join(cur))
            cur = [o[3]]; cy = o[2]
        else:
            cur.append(o[3])
    if cur: lines.append(" ".join(cur))
    return "\n".join(lines)

def render_text_pdf(pages):
    import datetime
    pdf = FPDF(unit="in", format="letter"); pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    for st, fn in FONTS.items():
        pdf.add_font("F" + st, "", FD + fn)
    for ops in pages:
        pdf.add_page()
        for o in ops:
            if o[0] == "t":
                _, x, y, t, st, pt = o
                pdf.set_font("F" + st, size=pt)
                pdf.text(x, y + pt / 72.0 * 0.85, t)
            else:
                pdf.set_line_width(0.008); pdf.line(*o[1:])
    return bytes(pdf.output())

def render_fax_page(ops, banner, seed, mode="fine"):
    rnd = random.Random(seed)
    dpi = 204
    W, H = int(PW * dpi), int(PH * 196)
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img)
    sx, sy = dpi, 196.0
    for o in ops:
        if o[0] == "t":
            _, x, y, t, st, pt = o
            f = mfont(st, int(round(pt / 72.0 * sy)))
            d.text((x * sx, (y + 0.12) * sy), t, font=f, fill=0)
        else:
            _, x1, y1, x2, y2 = o
            d.line((x1 * sx, (y1 + 0.12) * sy, x2 * sx, (y2 + 0.12) * sy), fill=0, width=2)
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 40), fill=255)
    d.text((30, 8), banner, font=mfont("M", 24), fill=0)
    for _ in range(rnd.randint(250, 500)):
        x, y = rnd.randrange(W), rnd.randrange(H); r = rnd.choice([1, 1, 2, 3])
        d.ellipse((x, y, x + r, y + r), fill=0)
    for _ in range(rnd.randint(1, 2)):
        y = rnd.randrange(300, H - 300)
        d.rectangle((0, y, W, y + rnd.choice([1, 2])), fill=255)
    bw = img.point(lambda v: 0 if v < 150 else 255, "1")
    ydpi = 196
    if mode == "standard":
        bw = bw.convert("L").resize((W, H // 2), Image.BILINEAR).point(lambda v: 0 if v < 140 else 255, "1")
        ydpi = 98
    buf = io.BytesIO(); bw.save(buf, format="TIFF", compression="group4", dpi=(204, ydpi))
    pdfb = img2pdf.convert(buf.getvalue(), layout_fun=img2pdf.get_fixed_dpi_layout_fun((204, ydpi)))
    return pdfb

def merge(pdf_bytes_list):
    w = PdfWriter()
    for b in pdf_bytes_list:
        for pg in PdfReader(io.BytesIO(b)).pages:
            w.add_page(pg)
    out = io.BytesIO(); w.write(out); return out.getvalue()
