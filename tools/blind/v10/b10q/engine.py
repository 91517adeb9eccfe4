"""Layout engine shared by make_packets.py: text pages via fpdf2, faxed pages via Pillow -> G4 TIFF -> img2pdf."""
import io, random, math
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {("sans", ""): "DejaVuSans.ttf", ("sans", "B"): "DejaVuSans-Bold.ttf",
         ("serif", ""): "DejaVuSerif.ttf", ("serif", "B"): "DejaVuSerif-Bold.ttf",
         ("mono", ""): "DejaVuSansMono.ttf", ("mono", "B"): "DejaVuSansMono-Bold.ttf"}
PW, PH = 612.0, 792.0  # letter, points
M = 54.0


class Measurer:
    def __init__(self):
        self.cache = {}

    def font(self, fam, st, size):
        k = (fam, st, size)
        if k not in self.cache:
            self.cache[k] = ImageFont.truetype(FD + FONTS[(fam, st)], int(round(size * 20)))
        return self.cache[k]

    def width(self, s, fam, st, size):
        return self.font(fam, st, size).getlength(s) / 20.0


MEAS = Measurer()


def wrap(text, width, fam, st, size):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if MEAS.width(t, fam, st, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


def layout(page, fam):
    """Return list of draw ops (x, y_top, text, fam, style, size) and rules (x1,y1,x2,y2) in points."""
    ops, rules = [], []
    y = M - 18
    if page.get("header"):
        for i, h in enumerate(page["header"]):
            ops.append((M, y, h, fam, "B" if i == 0 else "", 8.5 if i else 9.5))
            y += 12
        rules.append((M, y + 1, PW - M, y + 1))
        y += 8
    for blk in page["blocks"]:
        kind = blk[0]
        if kind == "h":
            size = blk[2] if len(blk) > 2 else 14
            for ln in wrap(blk[1], PW - 2 * M, fam, "B", size):
                ops.append((M, y, ln, fam, "B", size)); y += size * 1.3
            y += 2
        elif kind == "c":  # centered bold
            size = blk[2] if len(blk) > 2 else 13
            w = MEAS.width(blk[1], fam, "B", size)
            ops.append(((PW - w) / 2, y, blk[1], fam, "B", size)); y += size * 1.35
        elif kind == "b":
            size = blk[2] if len(blk) > 2 else 10.5
            for ln in wrap(blk[1], PW - 2 * M, fam, "B", size):
                ops.append((M, y, ln, fam, "B", size)); y += size * 1.3
        elif kind == "p":
            size = blk[2] if len(blk) > 2 else 10.5
            ind = blk[3] if len(blk) > 3 else 0
            for ln in wrap(blk[1], PW - 2 * M - ind, fam, "", size):
                ops.append((M + ind, y, ln, fam, "", size)); y += size * 1.3
            y += 3
        elif kind == "lp":  # label: paragraph
            size = 10.5
            lab = blk[1]
            lw = MEAS.width(lab + " ", fam, "B", size)
            ops.append((M, y, lab, fam, "B", size))
            lines = wrap(blk[2], PW - 2 * M - lw, fam, "", size)
            for ln in lines:
                ops.append((M + lw, y, ln, fam, "", size)); y += size * 1.3
            y += 3
        elif kind == "kv":
            size = blk[2] if len(blk) > 2 else 10
            pairs = blk[1]
            colw = (PW - 2 * M) / 2
            for i in range(0, len(pairs), 2):
                rowh = 0
                for j, (k, v) in enumerate(pairs[i:i + 2]):
                    x = M + j * colw
                    lw = MEAS.width(k + " ", fam, "B", size)
                    ops.append((x, y, k, fam, "B", size))
                    lines = wrap(v, colw - lw - 6, fam, "", size)
                    for n, ln in enumerate(lines):
                        ops.append((x + lw, y + n * size * 1.25, ln, fam, "", size))
                    rowh = max(rowh, len(lines) * size * 1.25)
                y += rowh + 2
            y += 3
        elif kind == "t":
            widths, rows = blk[1], blk[2]
            size = blk[3] if len(blk) > 3 else 9.5
            tot = PW - 2 * M
            ws = [w * tot / sum(widths) for w in widths]
            rules.append((M, y - 2, PW - M, y - 2))
            for ri, row in enumerate(rows):
                st = "B" if ri == 0 else ""
                x = M; maxl = 1
                for ci, cell in enumerate(row):
                    lines = wrap(str(cell), ws[ci] - 5, fam, st, size)
                    for n, ln in enumerate(lines):
                        ops.append((x + 2, y + n * size * 1.22, ln, fam, st, size))
                    maxl = max(maxl, len(lines)); x += ws[ci]
                y += maxl * size * 1.22 + 3
                rules.append((M, y - 2, PW - M, y - 2))
            y += 5
        elif kind == "cb":  # checkbox items on one or more lines
            size = 10
            items = blk[1]
            x = M
            for lab, on in items:
                s = ("[X] " if on else "[  ] ") + lab
                w = MEAS.width(s, fam, "", size) + 14
                if x + w > PW - M:
                    x = M; y += size * 1.35
                ops.append((x, y, s, fam, "", size)); x += w
            y += size * 1.35 + 3
        elif kind == "sig":
            y += 10
            rules.append((M, y + 12, M + 200, y + 12))
            ops.append((M + 4, y, blk[1], "serif", "", 12)); y += 16
            for ln in blk[2:]:
                ops.append((M, y, ln, fam, "", 9.5)); y += 12
            y += 4
        elif kind == "sp":
            y += blk[1] if len(blk) > 1 else 8
        elif kind == "rule":
            rules.append((M, y, PW - M, y)); y += 6
        else:
            raise ValueError(kind)
    if y > PH - 50:
        raise ValueError("page overflow %s: y=%.0f %s" % (page.get("header"), y, page["blocks"][0]))
    if page.get("footer"):
        ops.append((M, PH - 40, page["footer"], fam, "", 8))
    return ops, rules


def text_page_pdf(page, fam):
    ops, rules = layout(page, fam)
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    for (f, s), fn in FONTS.items():
        pdf.add_font(f, s, FD + fn)
    pdf.add_page()
    pdf.set_line_width(0.6)
    for r in rules:
        pdf.line(*r)
    for x, y, t, f, s, size in ops:
        pdf.set_font(f, s, size)
        pdf.text(x, y + size * 0.8, t)
    return bytes(pdf.output())


def fax_page_pdf(page, fam, seed, res="fine", banner=""):
    """Returns (pdf bytes, list of text lines drawn)."""
    rnd = random.Random(seed)
    ops, rules = layout(page, fam)
    xd, yd = 204, 196
    W, H = int(8.5 * xd), int(11 * yd)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    sx, sy = xd / 72.0, yd / 72.0
    for r in rules:
        d.line([(r[0] * sx, r[1] * sy), (r[2] * sx, r[3] * sy)], fill=0, width=2)
    lines = []
    for x, y, t, f, s, size in ops:
        font = ImageFont.truetype(FD + FONTS[(f, s)], int(round(size * sx)))
        # draw at 204 px/in horizontally; vertical squeeze from 204->196 negligible
        d.text((x * sx, y * sy), t, font=font, fill=0)
        lines.append(t)
    # rotate
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    d = ImageDraw.Draw(img)
    # banner (fax header printed by the sending machine, not rotated)
    bf = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    d.rectangle([0, 0, W, 34], fill=255)
    d.text((20, 6), banner, font=bf, fill=0)
    lines.insert(0, banner)
    # specks
    for _ in range(rnd.randint(250, 500)):
        px, py = rnd.randint(0, W - 3), rnd.randint(40, H - 3)
        r = rnd.choice([1, 1, 1, 2, 2, 3])
        d.ellipse([px, py, px + r, py + r], fill=0)
    # dropout lines (white horizontal streaks) and one faint dark line
    for _ in range(rnd.randint(1, 2)):
        yy = rnd.randint(200, H - 200)
        d.rectangle([0, yy, W, yy + rnd.choice([1, 2])], fill=255)
    if rnd.random() < 0.5:
        xx = rnd.randint(100, W - 100)
        d.line([(xx, 40), (xx, H)], fill=140, width=1)
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    if res == "standard":
        bw = bw.convert("L").resize((W, H // 2), Image.BOX).point(lambda v: 0 if v < 160 else 255, mode="1")
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdfb = img2pdf.convert(buf.getvalue())
    return pdfb, lines


def assemble(docs, fam_default="sans"):
    """docs: list of dicts with pages. Returns (pdf bytes, page_info list)."""
    w = PdfWriter()
    info = []
    for doc in docs:
        fam = doc.get("fam", fam_default)
        n = len(doc["pages"])
        for i, pg in enumerate(doc["pages"]):
            if "footer" not in pg and doc.get("footer"):
                pg["footer"] = doc["footer"] + "    Page %d of %d" % (i + 1, n)
            if "header" not in pg and doc.get("header"):
                pg["header"] = doc["header"]
            fx = pg.get("fax") or doc.get("fax")
            if fx:
                b, lines = fax_page_pdf(pg, fam, fx["seed"] + i, fx.get("res", "fine"),
                                        fx["banner"].replace("{p}", str(fx.get("p0", 1) + i)))
                info.append({"fax": True, "res": fx.get("res", "fine"), "lines": lines})
            else:
                b = text_page_pdf(pg, fam)
                info.append({"fax": False})
            for p in PdfReader(io.BytesIO(b)).pages:
                w.add_page(p)
    out = io.BytesIO()
    w.add_metadata({"/Producer": "fax-gateway"})
    w.write(out)
    return out.getvalue(), info
