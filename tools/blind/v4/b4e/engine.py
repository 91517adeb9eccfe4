"""Rendering helpers for b4e packets (text pages via fpdf2 core fonts; fax pages via PIL -> CCITT G4)."""
import io, random, datetime
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont
import img2pdf

FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
DV = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, family="Helvetica", size=10, letterhead=None, running=None, footer_left="",
                 footer_right="Page {p} of {nb}", first_letterhead_only=True):
        super().__init__(unit="pt", format="letter")
        self.fam = family
        self.base = size
        self.letterhead = letterhead or []
        self.running = running
        self.footer_left = footer_left
        self.footer_right = footer_right
        self.first_only = first_letterhead_only
        self.set_margins(54, 50, 54)
        self.set_auto_page_break(True, margin=60)
        self.set_creation_date(FIXED_DATE)
        self.alias_nb_pages("{nb}")
        self.add_page()

    def header(self):
        if self.page_no() == 1 or not self.first_only:
            for i, (txt, style, sz) in enumerate(self.letterhead):
                self.set_font(self.fam, style, sz)
                self.cell(0, sz + 2, txt, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if self.letterhead:
                y = self.get_y() + 3
                self.set_line_width(0.8)
                self.line(54, y, 612 - 54, y)
                self.set_y(y + 8)
        elif self.running:
            self.set_font(self.fam, "", 8)
            self.cell(0, 10, self.running, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            y = self.get_y() + 1
            self.set_line_width(0.3)
            self.line(54, y, 612 - 54, y)
            self.set_y(y + 8)

    def footer(self):
        self.set_y(-42)
        self.set_font(self.fam, "", 7.5)
        self.cell(0, 9, self.footer_left, align="L")
        self.set_x(54)
        self.cell(0, 9, self.footer_right.replace("{p}", str(self.page_no())), align="R")

    # ---- blocks
    def render(self, blocks):
        W = 612 - 108
        for b in blocks:
            k = b[0]
            if k == "title":
                self.set_font(self.fam, "B", self.base + 3)
                self.multi_cell(0, self.base + 6, b[1], align=b[2] if len(b) > 2 else "L",
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(3)
            elif k == "h":
                self.ln(3)
                self.set_font(self.fam, "B", self.base)
                self.multi_cell(0, self.base + 3, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(1)
            elif k == "p":
                self.set_font(self.fam, "", self.base)
                self.multi_cell(0, self.base + 3, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(4)
            elif k == "pi":  # paragraph, no trailing gap
                self.set_font(self.fam, "", self.base)
                self.multi_cell(0, self.base + 3, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif k == "small":
                self.set_font(self.fam, "I", self.base - 2)
                self.multi_cell(0, self.base + 1, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(2)
            elif k == "kv":
                lw = b[2] if len(b) > 2 else 130
                for key, val in b[1]:
                    self.set_font(self.fam, "B", self.base)
                    self.cell(lw, self.base + 3, key)
                    self.set_font(self.fam, "", self.base)
                    self.multi_cell(W - lw, self.base + 3, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(3)
            elif k == "kv2":  # two columns of key: value
                pairs = b[1]
                for i in range(0, len(pairs), 2):
                    row = pairs[i:i + 2]
                    for key, val in row:
                        self.set_font(self.fam, "B", self.base)
                        kw = self.get_string_width(key + " ") + 2
                        self.cell(kw, self.base + 3, key)
                        self.set_font(self.fam, "", self.base)
                        self.cell(W / 2 - kw, self.base + 3, val)
                    self.ln(self.base + 3)
                self.ln(3)
            elif k == "table":
                header, rows, widths = b[1], b[2], b[3]
                tot = sum(widths)
                ws = [W * w / tot for w in widths]
                sz = self.base - 1
                self.set_line_width(0.4)
                def row_out(cells, style, fill):
                    self.set_font(self.fam, style, sz)
                    if fill:
                        self.set_fill_color(225, 225, 225)
                    for c, w in zip(cells, ws):
                        s = sz
                        while self.get_string_width(c) > w - 4 and s > 5.5:
                            s -= 0.5
                            self.set_font(self.fam, style, s)
                        self.cell(w, sz + 5, c, border=1, fill=fill)
                        self.set_font(self.fam, style, sz)
                    self.ln(sz + 5)
                if header:
                    row_out(header, "B", True)
                for r in rows:
                    row_out(r, "", False)
                self.ln(5)
            elif k == "sp":
                self.ln(b[1])
            elif k == "rule":
                y = self.get_y() + 2
                self.set_line_width(0.5)
                self.line(54, y, 612 - 54, y)
                self.set_y(y + 5)
            elif k == "pb":
                self.add_page()
            elif k == "box":  # checkbox line
                self.set_font(self.fam, "", self.base)
                self.multi_cell(0, self.base + 3, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif k == "sig":
                self.ln(6)
                self.set_font(self.fam, "I", self.base)
                for line in b[1]:
                    self.multi_cell(0, self.base + 3, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(4)
            else:
                raise ValueError(k)
        return self

    def bytes(self):
        return bytes(self.output())


def text_doc(blocks, **kw):
    d = Doc(**kw)
    d.render(blocks)
    return d.bytes()


# ------------------------------------------------------------------ fax pages
def _font(name, px):
    return ImageFont.truetype(DV + name, px)


def fax_page(blocks, banner, seed, mode="fine", skew=0.7, pt=11, serif=False, mono=False):
    """Render blocks to a bilevel, skewed, speckled, G4-compressed single-page PDF.
    Returns (pdf_bytes, rendered_text, (xdpi, ydpi))."""
    rnd = random.Random(seed)
    xdpi, ydpi = 204, 196
    W, H = int(8.5 * xdpi), int(11 * ydpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    px = int(round(pt / 72 * ydpi))
    base = "DejaVuSansMono" if mono else ("DejaVuSerif" if serif else "DejaVuSans")
    f_n = _font(base + ".ttf", px)
    f_b = _font(base + "-Bold.ttf", px)
    f_t = _font(base + "-Bold.ttf", int(px * 1.3))
    left, right = int(0.85 * xdpi), W - int(0.8 * xdpi)
    y = int(0.75 * ydpi)
    lh = int(px * 1.32)
    texts = []

    def wrap(txt, font, width):
        words, lines, cur = txt.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if font.getlength(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for b in blocks:
        k = b[0]
        if k == "title":
            for ln in wrap(b[1], f_t, right - left):
                wdt = f_t.getlength(ln)
                x = (W - wdt) / 2 if (len(b) > 2 and b[2] == "C") else left
                d.text((x, y), ln, font=f_t, fill=0)
                y += int(lh * 1.3)
            texts.append(b[1])
            y += lh // 3
        elif k in ("h", "p", "pi"):
            font = f_b if k == "h" else f_n
            if k == "h":
                y += lh // 3
            for ln in wrap(b[1], font, right - left):
                d.text((left, y), ln, font=font, fill=0)
                y += lh
            texts.append(b[1])
            if k == "p":
                y += lh // 2
        elif k == "kv":
            lw = int((b[2] if len(b) > 2 else 130) / 72 * xdpi)
            for key, val in b[1]:
                d.text((left, y), key, font=f_b, fill=0)
                lines = wrap(val, f_n, right - left - lw)
                for ln in lines:
                    d.text((left + lw, y), ln, font=f_n, fill=0)
                    y += lh
                texts.append(key + " " + val)
            y += lh // 3
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            tot = sum(widths)
            xs = [left]
            for w in widths:
                xs.append(xs[-1] + (right - left) * w / tot)
            allrows = ([(header, f_b)] if header else []) + [(r, f_n) for r in rows]
            for cells, font in allrows:
                d.rectangle([xs[0], y - 3, xs[-1], y + lh - 2], outline=0, width=2)
                for i, c in enumerate(cells):
                    d.text((xs[i] + 6, y), c, font=font, fill=0)
                    if i:
                        d.line([xs[i], y - 3, xs[i], y + lh - 2], fill=0, width=2)
                texts.append(" ".join(cells))
                y += lh
            y += lh // 2
        elif k == "rule":
            d.line([left, y + lh // 3, right, y + lh // 3], fill=0, width=3)
            y += lh
        elif k == "sp":
            y += int(b[1] / 72 * ydpi)
        elif k == "sig":
            for line in b[1]:
                d.text((left, y), line, font=f_n, fill=0)
                texts.append(line)
                y += lh
        else:
            raise ValueError(k)
        if y > H - int(0.6 * ydpi):
            raise ValueError("fax page overflow: " + repr(b)[:80])
    # skew
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # standard resolution: halve vertical sampling (non-square pixels)
    if mode == "standard":
        ydpi = 98
        H = int(11 * ydpi)
        img = img.resize((W, H), Image.LANCZOS)
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    d2 = ImageDraw.Draw(bw)
    # specks
    for _ in range(rnd.randint(120, 260)):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([0, 0, 1, 1, 2])
        d2.rectangle([x, yy, x + r, yy + r], fill=0)
    # dropouts: thin white streaks across a few scan lines
    for _ in range(rnd.randint(2, 5)):
        yy = rnd.randrange(int(0.5 * ydpi), H - 20)
        x0 = rnd.randrange(0, W // 2)
        d2.line([x0, yy, x0 + rnd.randrange(200, W // 2), yy], fill=255, width=1)
    # vertical streak from a dirty scanner glass, faint
    if rnd.random() < 0.5:
        xs_ = rnd.randrange(W)
        for yy in range(0, H, 3):
            if rnd.random() < 0.35:
                bw.putpixel((xs_, yy), 0)
    # banner (straight, added by the sending fax machine)
    fb = ImageFont.truetype(DV + "DejaVuSansMono.ttf", int(round(9 / 72 * 196)))
    bimg = Image.new("L", (W, int(0.2 * 196)), 255)
    ImageDraw.Draw(bimg).text((int(0.3 * xdpi), 2), banner, font=fb, fill=0)
    if ydpi != 196:
        bimg = bimg.resize((W, int(0.2 * ydpi)), Image.LANCZOS)
    bimg = bimg.point(lambda v: 0 if v < 150 else 255, mode="1")
    bw.paste(bimg, (0, int(0.06 * ydpi)))
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=(xdpi, ydpi))
    pdf = img2pdf.convert(buf.getvalue())
    return pdf, banner + "\n" + "\n".join(texts), (xdpi, ydpi)
