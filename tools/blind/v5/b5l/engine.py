"""Tiny layout engine: one flow of elements -> paginated pages, rendered either as
text PDF pages (reportlab) or as fax images (PIL -> 1-bit CCITT G4 -> img2pdf)."""
import io, math, random
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import letter
from PIL import Image, ImageDraw, ImageFont
import img2pdf

PW, PH = letter  # 612 x 792
FAM = {
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "mono": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
TTF = {
    "Helvetica": "DejaVuSans.ttf", "Helvetica-Bold": "DejaVuSans-Bold.ttf",
    "Helvetica-Oblique": "DejaVuSans-Oblique.ttf",
    "Times-Roman": "DejaVuSerif.ttf", "Times-Bold": "DejaVuSerif-Bold.ttf",
    "Times-Italic": "DejaVuSerif-Italic.ttf",
    "Courier": "DejaVuSansMono.ttf", "Courier-Bold": "DejaVuSansMono-Bold.ttf",
    "Courier-Oblique": "DejaVuSansMono-Oblique.ttf",
}
FONTDIR = "/usr/share/fonts/truetype/dejavu/"


class RLBackend:
    """Collects draw ops for a page; measures with reportlab metrics."""
    def width(self, s, font, size):
        return stringWidth(s, font, size)


class PILMeasure:
    def __init__(self, scale):
        self.scale = scale
        self.cache = {}

    def font(self, font, size):
        k = (font, size)
        if k not in self.cache:
            self.cache[k] = ImageFont.truetype(FONTDIR + TTF[font], max(6, int(round(size * self.scale))))
        return self.cache[k]

    def width(self, s, font, size):
        f = self.font(font, size)
        return f.getlength(s) / self.scale


def wrap(text, font, size, maxw, meas):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w) if line else w
            if meas.width(t, font, size) <= maxw or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Doc:
    """A document: flow of elements with a page template.
    elements: tuples, see layout()."""
    def __init__(self, family="sans", header=None, footer=None, margin=54, top=54,
                 fax=None, base=10):
        self.family = family
        self.header = header      # callable(pageno, npages) -> list[str] or None
        self.footer = footer      # callable(pageno, npages) -> str or None
        self.margin = margin
        self.top = top
        self.fax = fax            # dict(banner=callable(i), dpi_y=98|196, skew=deg, seed=int, startpage, total)
        self.base = base
        self.els = []

    def add(self, *els):
        self.els.extend(els)
        return self


def layout(doc, meas):
    """Return list of pages; each page = list of ops:
    ('t', x, y, text, font, size) baseline y from top, ('l', x1, y1, x2, y2, w), ('r', x, y, w, h)"""
    fam = FAM[doc.family]
    R, B, I = fam
    L = doc.margin
    W = PW - 2 * doc.margin
    bottom = PH - 60
    pages = [[]]
    st = {"y": doc.top}

    def newpage():
        pages.append([])
        st["y"] = doc.top

    def need(h):
        if st["y"] + h > bottom:
            newpage()

    def put(op):
        pages[-1].append(op)

    base = doc.base
    for el in doc.els:
        kind = el[0]
        if kind == "pagebreak":
            newpage()
        elif kind == "sp":
            st["y"] += el[1]
        elif kind == "lh":  # letterhead: name, [sublines], align
            _, name, subs = el[:3]
            align = el[3] if len(el) > 3 else "left"
            size = 15
            need(size + 12 * len(subs) + 12)
            st["y"] += size
            x = L if align == "left" else (PW - meas.width(name, B, size)) / 2
            put(("t", x, st["y"], name, B, size))
            for s in subs:
                st["y"] += 10.5
                x = L if align == "left" else (PW - meas.width(s, R, 8.5)) / 2
                put(("t", x, st["y"], s, R, 8.5))
            st["y"] += 6
            put(("l", L, st["y"], L + W, st["y"], 1.2))
            st["y"] += 14
        elif kind == "title":
            size = el[2] if len(el) > 2 else 12.5
            need(size + 8)
            st["y"] += size
            put(("t", (PW - meas.width(el[1], B, size)) / 2, st["y"], el[1], B, size))
            st["y"] += 9
        elif kind == "h":
            size = base + 0.5
            need(size + 20)
            st["y"] += size + 4
            put(("t", L, st["y"], el[1], B, size))
            st["y"] += 4
        elif kind in ("p", "pi", "pb", "mono", "small", "ind"):
            font = {"p": R, "pi": I, "pb": B, "mono": "Courier", "small": R, "ind": R}[kind]
            size = {"small": base - 1.5, "mono": base - 0.5}.get(kind, base)
            indent = 18 if kind == "ind" else 0
            lead = size * 1.28
            for ln in wrap(el[1], font, size, W - indent, meas):
                need(lead)
                st["y"] += lead
                if ln:
                    put(("t", L + indent, st["y"], ln, font, size))
            st["y"] += 3
        elif kind == "kv":  # list of (label, value), ncols
            items = el[1]
            ncols = el[2] if len(el) > 2 else 2
            cw = W / ncols
            size = base
            lead = size * 1.35
            rows = [items[i:i + ncols] for i in range(0, len(items), ncols)]
            for row in rows:
                hmax = 1
                cells = []
                for j, (k, v) in enumerate(row):
                    lab = k + ": " if k else ""
                    lw = meas.width(lab, B, size)
                    lines = wrap(v, R, size, cw - lw - 6, meas)
                    cells.append((j, lab, lw, lines))
                    hmax = max(hmax, len(lines))
                need(lead * hmax)
                for j, lab, lw, lines in cells:
                    x = L + j * cw
                    if lab:
                        put(("t", x, st["y"] + lead, lab, B, size))
                    for i, ln in enumerate(lines):
                        put(("t", x + lw, st["y"] + lead * (i + 1), ln, R, size))
                st["y"] += lead * hmax
            st["y"] += 4
        elif kind == "table":  # widths (fractions), header, rows
            _, fr, header, rows = el[:4]
            size = el[4] if len(el) > 4 else base - 1
            lead = size * 1.25
            tot = sum(fr)
            ws = [W * f / tot for f in fr]
            def drawrow(cells, bold):
                font = B if bold else R
                wl = [wrap(str(c), font, size, w - 6, meas) for c, w in zip(cells, ws)]
                h = max(len(x) for x in wl) * lead + 5
                return wl, h, font
            hdr = drawrow(header, True)
            need(hdr[1] + 20)
            def emit(rowinfo, shade=False):
                wl, h, font = rowinfo
                y0 = st["y"]
                x = L
                for lines, w in zip(wl, ws):
                    for i, ln in enumerate(lines):
                        put(("t", x + 3, y0 + lead * (i + 1), ln, font, size))
                    x += w
                put(("l", L, y0, L + W, y0, 0.5))
                put(("l", L, y0 + h, L + W, y0 + h, 0.5))
                x = L
                for w in ws:
                    put(("l", x, y0, x, y0 + h, 0.5))
                    x += w
                put(("l", L + W, y0, L + W, y0 + h, 0.5))
                st["y"] += h
            emit(hdr)
            for r in rows:
                ri = drawrow(r, False)
                if st["y"] + ri[1] > bottom:
                    newpage()
                    emit(hdr)
                emit(ri)
            st["y"] += 8
        elif kind == "rule":
            st["y"] += 4
            put(("l", L, st["y"], L + W, st["y"], 0.7))
            st["y"] += 8
        elif kind == "box":  # checkbox lines: list of (checked, text)
            size = base
            for chk, txt in el[1]:
                need(size * 1.4)
                st["y"] += size * 1.4
                put(("r", L + 2, st["y"] - size * 0.8, size * 0.8, size * 0.8))
                if chk:
                    put(("t", L + 3, st["y"] - 1, "X", B, size * 0.85))
                put(("t", L + 2 + size * 1.3, st["y"], txt, R, size))
            st["y"] += 4
        elif kind == "sig":  # signature block lines; first line drawn as 'script'
            lines = el[1]
            need(16 + 13 * len(lines))
            st["y"] += 18
            put(("t", L, st["y"], lines[0], I, base + 3))
            st["y"] += 4
            put(("l", L, st["y"], L + 200, st["y"], 0.5))
            for s in lines[1:]:
                st["y"] += 12
                put(("t", L, st["y"], s, R, base - 0.5))
            st["y"] += 8
        else:
            raise ValueError(kind)
    # header/footer
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        if doc.header:
            hl = doc.header(i, n)
            y = 34
            for s_ in hl or []:
                pg.append(("t", L, y, s_, R, 7.5))
                y += 9
        if doc.footer:
            s = doc.footer(i, n)
            if s:
                pg.append(("t", L, PH - 30, s, R, 7.5))
    return pages


def page_text(ops):
    """Text drawn on a page, in reading order (by line y then x)."""
    ts = sorted([o for o in ops if o[0] == "t"], key=lambda o: (round(o[2], 0), o[1]))
    return "\n".join(o[3] for o in ts)


def render_rl(ops):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=letter, invariant=1)
    for o in ops:
        if o[0] == "t":
            c.setFont(o[4], o[5])
            c.drawString(o[1], PH - o[2], o[3])
        elif o[0] == "l":
            c.setLineWidth(o[5])
            c.line(o[1], PH - o[2], o[3], PH - o[4])
        elif o[0] == "r":
            c.setLineWidth(0.6)
            c.rect(o[1], PH - o[2] - o[4], o[3], o[4])
    c.showPage()
    c.save()
    return buf.getvalue()


def render_fax(ops, banner, dpi_y, skew, seed, meas):
    rnd = random.Random(seed)
    s = meas.scale  # px per pt at 204 dpi
    Wp, Hp = int(8.5 * 204), int(11 * 204)
    im = Image.new("L", (Wp, Hp), 255)
    d = ImageDraw.Draw(im)
    for o in ops:
        if o[0] == "t":
            f = meas.font(o[4], o[5])
            d.text((o[1] * s, o[2] * s), o[3], font=f, fill=0, anchor="ls")
        elif o[0] == "l":
            d.line([(o[1] * s, o[2] * s), (o[3] * s, o[4] * s)], fill=0,
                   width=max(2, int(o[5] * s)))
        elif o[0] == "r":
            d.rectangle([o[1] * s, o[2] * s, (o[1] + o[3]) * s, (o[2] + o[4]) * s], outline=0, width=2)
    # scanner skew + slight offset
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255,
                   translate=(rnd.randint(-12, 12), rnd.randint(4, 20)))
    # toner/scan noise before thresholding
    d = ImageDraw.Draw(im)
    for _ in range(rnd.randint(140, 260)):  # specks
        x, y = rnd.randrange(Wp), rnd.randrange(Hp)
        r = rnd.choice([1, 1, 2, 2, 3])
        d.ellipse([x, y, x + r, y + r], fill=0)
    for _ in range(rnd.randint(2, 4)):  # dirt cluster near the edge
        x = rnd.choice([rnd.randrange(0, 60), rnd.randrange(Wp - 60, Wp)])
        y = rnd.randrange(Hp)
        for _ in range(25):
            d.point((x + rnd.randint(-8, 8), y + rnd.randint(-30, 30)), fill=0)
    # banner line (added by the sending machine, straight)
    bf = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", int(8.5 * s))
    d.text((40, 22), banner, font=bf, fill=0, anchor="lt")
    # resize to fax vertical resolution
    Ht = int(11 * dpi_y)
    im = im.resize((Wp, Ht), Image.BILINEAR)
    bw = im.point(lambda v: 0 if v < 150 else 255, mode="1")
    # dropouts: thin white streaks across partial width
    d = ImageDraw.Draw(bw)
    for _ in range(rnd.randint(2, 5)):
        y = rnd.randrange(int(Ht * 0.1), Ht)
        x0 = rnd.randrange(0, Wp // 2)
        d.line([(x0, y), (x0 + rnd.randint(200, Wp), y)], fill=1, width=1)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=(204, dpi_y))
    return img2pdf.convert(buf.getvalue())
