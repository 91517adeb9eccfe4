"""Small layout engine: pages described as element lists, rendered either as
text-layer PDF pages (reportlab) or as fax-style bilevel G4 image pages."""
import io, random, re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

FD = "/usr/share/fonts/truetype/dejavu/"
TTF = {"DV": FD + "DejaVuSans.ttf", "DV-B": FD + "DejaVuSans-Bold.ttf",
       "DVM": FD + "DejaVuSansMono.ttf", "DVS": FD + "DejaVuSerif.ttf",
       "DVS-B": FD + "DejaVuSerif-Bold.ttf"}
for k, v in TTF.items():
    pdfmetrics.registerFont(TTFont(k, v))

W, H = letter  # 612 x 792
FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Courier"),
    "times": ("Times-Roman", "Times-Bold", "Courier"),
    "fax": ("DV", "DV-B", "DVM"),
    "faxserif": ("DVS", "DVS-B", "DVM"),
}


def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w_ in words:
            cand = (line + " " + w_) if line else w_
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                line = cand
            else:
                if line:
                    out.append(line)
                line = w_
        out.append(line)
    return out


def layout(page):
    """Return list of draw ops in points (origin top-left)."""
    fam = FAMILIES[page.get("family", "helv")]
    reg, bold, mono = fam
    base = page.get("size", 10)
    lm, rm, tm, bm = 54, 54, 50, 50
    width = W - lm - rm
    ops = []
    y = tm
    for hl in page.get("header", []):
        ops.append(("text", lm, y, hl, bold if hl is page["header"][0] else reg,
                    base + (2 if hl is page["header"][0] else -1)))
        y += base + 4
    if page.get("header"):
        ops.append(("line", lm, y, W - rm, y)); y += 8
    for el in page["els"]:
        kind = el[0]
        if kind == "title":
            ops.append(("text", lm, y, el[1], bold, base + 3)); y += base + 9
        elif kind == "h":
            y += 3
            ops.append(("text", lm, y, el[1], bold, base + 0.5)); y += base + 4
        elif kind in ("p", "pi"):
            ind = 14 if kind == "pi" else 0
            for ln in wrap(el[1], reg, base, width - ind):
                ops.append(("text", lm + ind, y, ln, reg, base)); y += base + 3
            y += 3
        elif kind == "mono":
            for ln in el[1].split("\n"):
                ops.append(("text", lm, y, ln, mono, base - 1)); y += base + 2
            y += 3
        elif kind == "kv":
            kw = el[2] if len(el) > 2 else 130
            for k, v in el[1]:
                ops.append(("text", lm, y, k, bold, base))
                lines = wrap(v, reg, base, width - kw)
                for ln in lines:
                    ops.append(("text", lm + kw, y, ln, reg, base)); y += base + 3
                if not lines:
                    y += base + 3
            y += 3
        elif kind == "table":
            rows, widths = el[1], el[2]
            fs = base - 1
            tot = sum(widths)
            widths = [w_ * width / tot for w_ in widths]
            for ri, row in enumerate(rows):
                cells = [wrap(str(c), bold if ri == 0 else reg, fs, widths[i] - 6)
                         for i, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                rh = nl * (fs + 2) + 5
                ops.append(("line", lm, y, W - rm, y))
                x = lm
                for i, c in enumerate(cells):
                    for j, ln in enumerate(c):
                        ops.append(("text", x + 3, y + 3 + j * (fs + 2), ln,
                                    bold if ri == 0 else reg, fs))
                    ops.append(("line", x, y, x, y + rh))
                    x += widths[i]
                ops.append(("line", W - rm, y, W - rm, y + rh))
                y += rh
            ops.append(("line", lm, y, W - rm, y))
            y += 8
        elif kind == "sp":
            y += el[1]
        elif kind == "rule":
            ops.append(("line", lm, y, W - rm, y)); y += 6
        elif kind == "box":  # checkbox list
            for checked, label in el[1]:
                ops.append(("text", lm, y, ("[X] " if checked else "[  ] ") + label, reg, base))
                y += base + 3
            y += 3
        else:
            raise ValueError(kind)
    if y > H - bm:
        raise RuntimeError("page overflow (%s): y=%.0f" % (page.get("name"), y))
    for i, fl in enumerate(page.get("footer", [])):
        ops.append(("text", lm, H - 38 + i * (base - 1), fl, reg, base - 2))
    return ops


def render_text_page(page):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(page.get("name", ""))
    for op in layout(page):
        if op[0] == "text":
            _, x, y, s, f, sz = op
            c.setFont(f, sz)
            c.drawString(x, H - y - sz * 0.8, s)
        else:
            _, x1, y1, x2, y2 = op
            c.setLineWidth(0.5)
            c.line(x1, H - y1, x2, H - y2)
    c.showPage(); c.save()
    return buf.getvalue()


_fcache = {}


def pil_font(name, px):
    key = (name, int(round(px)))
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(TTF[name], key[1])
    return _fcache[key]


def render_fax_page(page, seed):
    """Rasterise to 1-bit G4 at 204x196 ('fine') or 204x98 ('standard')."""
    rnd = random.Random(seed)
    dpi = 200
    s = dpi / 72.0
    img = Image.new("L", (1700, 2200), 255)
    d = ImageDraw.Draw(img)
    ops = layout(page)
    text_lines = []
    banner = page["banner"]
    d.text((40, 14), banner, font=pil_font("DVM", 9 * s), fill=0)
    text_lines.append(banner)
    for op in ops:
        if op[0] == "text":
            _, x, y, st, f, sz = op
            d.text((x * s, y * s), st, font=pil_font(f, sz * s), fill=0)
            text_lines.append(st)
        else:
            _, x1, y1, x2, y2 = op
            d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=0, width=2)
    # skew
    ang = page.get("skew", rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1]))
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    d = ImageDraw.Draw(img)
    # specks
    for _ in range(rnd.randint(250, 500)):
        x, y = rnd.randrange(1700), rnd.randrange(2200)
        r = rnd.choice([1, 1, 1, 2, 2, 3])
        d.ellipse((x, y, x + r, y + r), fill=0)
    # edge grime near the left/right margins
    for _ in range(60):
        x = rnd.choice([rnd.randrange(0, 25), rnd.randrange(1675, 1700)])
        y = rnd.randrange(2200)
        d.line((x, y, x + rnd.randint(1, 6), y + rnd.randint(1, 30)), fill=0, width=1)
    # dropouts: thin white horizontal streaks
    for _ in range(rnd.randint(5, 9)):
        y = rnd.randrange(120, 2150)
        x0 = rnd.randrange(0, 1200)
        d.line((x0, y, x0 + rnd.randint(150, 500), y), fill=255, width=rnd.choice([1, 2]))
    mode = page.get("fax", "fine")
    ydpi = 196 if mode == "fine" else 98
    img = img.resize((1734, 11 * ydpi), Image.LANCZOS)
    img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    tb = io.BytesIO()
    img.save(tb, format="TIFF", compression="group4", dpi=(204, ydpi))
    pdf = img2pdf.convert(tb.getvalue())
    return pdf, "\n".join(text_lines), (204, ydpi)


def build_pdf(pages, path, seed):
    """pages: list of page dicts. Returns per-page info list."""
    w = PdfWriter()
    info = []
    for i, pg in enumerate(pages):
        if pg.get("fax"):
            pdf, txt, res = render_fax_page(pg, seed * 100 + i)
            info.append({"fax": True, "text": txt, "res": res, "name": pg.get("name")})
        else:
            pdf = render_text_page(pg)
            info.append({"fax": False, "text": None, "res": None, "name": pg.get("name")})
        r = PdfReader(io.BytesIO(pdf))
        w.add_page(r.pages[0])
    w.add_metadata({"/Producer": "RightFax 16.6 / pdf export", "/CreationDate": "D:20260101000000Z"})
    with open(path, "wb") as f:
        w.write(f)
    return info


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()
