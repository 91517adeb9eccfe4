"""Small layout engine shared by text (fpdf2) and faxed (Pillow, CCITT G4) pages."""
import io, datetime, random
import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf

PT_W, PT_H = 612.0, 792.0
FIXED_DATE = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
PILFONTS = {
    "Helvetica": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "Arial": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "Times": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "Courier": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}


def ascii_safe(s):
    rep = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
           "\u2265": ">=", "\u2264": "<=", "\u00d7": "x"}
    for k, v in rep.items():
        s = s.replace(k, v)
    return s


class FPDFBackend:
    def __init__(self):
        self.pdf = FPDF(unit="pt", format="letter")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_producer("DocuPort EMR print service 4.2")
        self.pdf.add_page()

    def _font(self, fam, bold, size, italic=False):
        style = ("B" if bold else "") + ("I" if italic else "")
        self.pdf.set_font(fam, style, size)

    def width(self, s, fam, bold, size):
        self._font(fam, bold, size)
        return self.pdf.get_string_width(ascii_safe(s))

    def text(self, x, y, s, fam, bold, size, gray=0, italic=False):
        self._font(fam, bold, size, italic)
        self.pdf.set_text_color(gray)
        self.pdf.text(x, y + size * 0.80, ascii_safe(s))
        self.pdf.set_text_color(0)

    def line(self, x1, y1, x2, y2, w=0.6):
        self.pdf.set_line_width(w)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.pdf.set_line_width(lw)
        if fill is not None:
            self.pdf.set_fill_color(fill)
            self.pdf.rect(x, y, w, h, style="DF")
        else:
            self.pdf.rect(x, y, w, h)

    def output(self):
        return bytes(self.pdf.output())


class PILBackend:
    S = 200.0 / 72.0

    def __init__(self):
        self.img = Image.new("L", (1700, 2200), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.cache = {}

    def _f(self, fam, bold, size):
        key = (fam, bold, size)
        if key not in self.cache:
            path = FONTDIR + PILFONTS[fam][1 if bold else 0]
            self.cache[key] = ImageFont.truetype(path, max(8, int(round(size * self.S * 0.92))))
        return self.cache[key]

    def width(self, s, fam, bold, size):
        return self._f(fam, bold, size).getlength(s) / self.S

    def text(self, x, y, s, fam, bold, size, gray=0, italic=False):
        self.draw.text((x * self.S, y * self.S), s, font=self._f(fam, bold, size), fill=0 if gray < 150 else 120)

    def line(self, x1, y1, x2, y2, w=0.6):
        self.draw.line((x1 * self.S, y1 * self.S, x2 * self.S, y2 * self.S), fill=0, width=max(2, int(w * self.S)))

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.draw.rectangle((x * self.S, y * self.S, (x + w) * self.S, (y + h) * self.S), outline=0,
                            width=max(2, int(lw * self.S)), fill=None if fill is None else 230)


def wrap(be, text, fam, bold, size, maxw):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if be.width(t, fam, bold, size) <= maxw or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


def render(page, be):
    """Draw a page spec onto backend; returns the plain text drawn."""
    fam = page.get("font", "Helvetica")
    base = page.get("size", 10)
    lm = page.get("margin", 50)
    width = PT_W - 2 * lm
    lh = base * 1.28
    drawn = []
    y = page.get("top", 46)

    def T(x, yy, s, bold=False, size=None, gray=0, f=None, italic=False):
        be.text(x, yy, s, f or fam, bold, size or base, gray, italic)
        drawn.append(s)

    for hline in page.get("header", []):
        T(lm, y, hline, size=base - 1.5, gray=90)
        y += (base - 1.5) * 1.3
    if page.get("header"):
        be.line(lm, y + 1, PT_W - lm, y + 1, 0.5)
        y += 6
    for it in page["items"]:
        kind = it[0]
        if kind == "title":
            size = it[2] if len(it) > 2 else base + 4
            for ln in wrap(be, it[1], fam, True, size, width):
                w = be.width(ln, fam, True, size)
                T((PT_W - w) / 2, y, ln, True, size)
                y += size * 1.3
        elif kind == "center":
            size = it[2] if len(it) > 2 else base
            for ln in wrap(be, it[1], fam, False, size, width):
                w = be.width(ln, fam, False, size)
                T((PT_W - w) / 2, y, ln, False, size)
                y += size * 1.3
        elif kind == "left":  # letterhead lines, given size
            size = it[2] if len(it) > 2 else base
            bold = it[3] if len(it) > 3 else False
            T(lm, y, it[1], bold, size)
            y += size * 1.3
        elif kind == "h":
            y += 3
            for ln in wrap(be, it[1], fam, True, base + 0.5, width):
                T(lm, y, ln, True, base + 0.5)
                y += lh
        elif kind == "p":
            indent = it[2] if len(it) > 2 else 0
            for ln in wrap(be, it[1], fam, False, base, width - indent):
                T(lm + indent, y, ln)
                y += lh
            y += 2
        elif kind == "lp":  # bold label + paragraph
            label, txt = it[1], it[2]
            lw = be.width(label + " ", fam, True, base) + 4
            T(lm, y, label, True)
            lines = wrap(be, txt, fam, False, base, width - lw)
            for i, ln in enumerate(lines):
                T(lm + lw, y, ln)
                y += lh
            y += 2
        elif kind == "kv":
            pairs, ncol = it[1], it[2] if len(it) > 2 else 2
            colw = width / ncol
            for r in range(0, len(pairs), ncol):
                rowh = 1
                for c, (k, v) in enumerate(pairs[r:r + ncol]):
                    x = lm + c * colw
                    kw = be.width(k + " ", fam, True, base) + 4
                    T(x, y, k, True)
                    lines = wrap(be, v, fam, False, base, colw - kw - 6)
                    for i, ln in enumerate(lines):
                        T(x + kw, y + i * lh, ln)
                    rowh = max(rowh, len(lines))
                y += rowh * lh
            y += 3
        elif kind == "table":
            fr, rows = it[1], it[2]
            size = it[3] if len(it) > 3 else base - 0.5
            tl = size * 1.25
            ws = [f * width for f in fr]
            for ri, row in enumerate(rows):
                cells = [wrap(be, str(c), fam, ri == 0, size, ws[i] - 6) for i, c in enumerate(row)]
                n = max(len(c) for c in cells)
                h = n * tl + 5
                x = lm
                if ri == 0:
                    be.rect(lm, y, width, h, 0.6, fill=225)
                for i, c in enumerate(cells):
                    be.rect(x, y, ws[i], h, 0.5)
                    for j, ln in enumerate(c):
                        T(x + 3, y + 2.5 + j * tl, ln, ri == 0, size)
                    x += ws[i]
                y += h
            y += 6
        elif kind == "hr":
            be.line(lm, y + 2, PT_W - lm, y + 2, it[1] if len(it) > 1 else 0.6)
            y += 7
        elif kind == "sp":
            y += it[1]
        elif kind == "box":
            size = base
            lines = wrap(be, it[1], fam, False, size, width - 12)
            h = len(lines) * lh + 8
            be.rect(lm, y, width, h, 0.8)
            for j, ln in enumerate(lines):
                T(lm + 6, y + 4 + j * lh, ln)
            y += h + 6
        elif kind == "sig":
            y += 4
            if len(it) > 2 and it[2]:
                # a hand scribble for the signature
                x0 = lm + 4
                pts = [(x0 + i * 6, y + 8 + (5 if i % 2 else -3) * ((i % 3) / 2.0)) for i in range(14)]
                for a, b in zip(pts, pts[1:]):
                    be.line(a[0], a[1], b[0], b[1], 0.9)
                y += 16
            for ln in it[1]:
                T(lm, y, ln)
                y += lh
        elif kind == "small":
            for ln in wrap(be, it[1], fam, False, base - 2, width):
                T(lm, y, ln, size=base - 2, gray=80)
                y += (base - 2) * 1.25
        else:
            raise ValueError(kind)
        if y > PT_H - 40:
            raise ValueError("page overflow: %s ... y=%.0f" % (page.get("name"), y))
    if page.get("footer"):
        T(lm, PT_H - 34, page["footer"], size=base - 2, gray=90)
    return "\n".join(drawn)


def text_page_pdf(page):
    be = FPDFBackend()
    txt = render(page, be)
    return be.output(), txt


def fax_page_pdf(page):
    """Render page at ~200dpi, skew, degrade, resample to 204x196 or 204x98, 1-bit, CCITT G4."""
    fx = page["fax"]
    rng = np.random.default_rng(fx["seed"])
    be = PILBackend()
    txt = render(page, be)
    img = be.img
    ang = fx["skew"]
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # slight offset like a feeder misalignment
    img = img.transform(img.size, Image.AFFINE, (1, 0, -fx.get("dx", 6), 0, 1, -fx.get("dy", 10)), fillcolor=255)
    yres = 196 if fx["mode"] == "fine" else 98
    W, H = 1734, int(11 * yres)
    img = img.resize((W, H), Image.LANCZOS)
    a = np.asarray(img).astype(np.int16)
    a = a + rng.normal(0, 18, a.shape).astype(np.int16)
    black = a < 140
    # dropouts: a few horizontal white streaks and random pixel loss
    for _ in range(int(rng.integers(3, 7))):
        r0 = int(rng.integers(80, H - 40))
        hgt = int(rng.integers(1, 3))
        c0 = int(rng.integers(0, W // 2))
        c1 = int(rng.integers(c0 + 200, W))
        black[r0:r0 + hgt, c0:c1] = False
    black &= rng.random(black.shape) > 0.025
    # specks
    for _ in range(int(rng.integers(250, 600))):
        r, c = int(rng.integers(0, H)), int(rng.integers(0, W))
        s = int(rng.integers(1, 4))
        black[r:r + max(1, s // (2 if yres == 98 else 1)), c:c + s] = True
    # edge streak along left margin (dirty scanner glass)
    col = int(rng.integers(20, 60))
    black[:, col] |= rng.random(H) > 0.6
    # banner (sending fax machine line, not skewed)
    strip = Image.new("L", (W, 44), 255)
    d = ImageDraw.Draw(strip)
    f = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 25)
    d.text((30, 8), fx["banner"], font=f, fill=0)
    if yres == 98:
        strip = strip.resize((W, 22), Image.LANCZOS)
    sb = np.asarray(strip) < 128
    black[0:sb.shape[0], :] = sb
    out = Image.fromarray(np.where(black, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    buf = io.BytesIO()
    out.save(buf, "TIFF", compression="group4", dpi=(204, yres))
    pdf = img2pdf.convert(buf.getvalue(), nodate=True, producer="RightFax 16.6 FaxUtil")
    return pdf, fx["banner"] + "\n" + txt
