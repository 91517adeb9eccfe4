#!/work/writer-venv/bin/python
"""Deterministic generator for blind set v11 / b11g. Writes packets/ from scratch."""
import io, json, os, random, shutil, textwrap
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FD = "/usr/share/fonts/truetype/dejavu/"
FAXTEXT = {}   # (packet, file, page_no_in_file) -> text rasterised

# ---------------------------------------------------------------- renderers
def text_pdf(pages, header, serif=False):
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_auto_page_break(False)
    fam = "S"
    pdf.add_font("S", "", FD + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"))
    pdf.add_font("S", "B", FD + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"))
    pdf.add_font("M", "", FD + "DejaVuSansMono.ttf")
    n = len(pages)
    for i, lines in enumerate(pages):
        pdf.add_page()
        pdf.set_font(fam, "", 7.5)
        pdf.set_xy(54, 24); pdf.cell(504, 10, header, align="L")
        y = 50
        for ln in lines:
            if ln.startswith("# "):
                pdf.set_font(fam, "B", 11.5); txt = ln[2:]; lh = 15
            elif ln.startswith("## "):
                pdf.set_font(fam, "B", 9.5); txt = ln[3:]; lh = 13
            elif ln.startswith("|"):
                pdf.set_font("M", "", 8.3); txt = ln[1:]; lh = 11
            elif ln == "---":
                pdf.line(54, y + 3, 558, y + 3); y += 8; continue
            else:
                pdf.set_font(fam, "", 9.3); txt = ln; lh = 12
            if txt == "":
                y += 6; continue
            pdf.set_xy(54, y)
            pdf.multi_cell(504, lh, txt, align="L")
            y = pdf.get_y()
        assert y < 752, ("overflow", header, lines[0], y)
        pdf.set_font(fam, "", 7.5)
        pdf.set_xy(54, 760); pdf.cell(504, 10, f"Page {i+1} of {n}", align="R")
    return bytes(pdf.output())

def fax_page(lines, banner, seed, standard=False, angle=0.7):
    rnd = random.Random(seed)
    W, H = 1734, 2156   # 8.5 x 11 in at 204 x 196 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(FD + "DejaVuSans.ttf", 30)
    f_bold = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 34)
    f_mono = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 27)
    f_ban = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    d.text((60, 18), banner, font=f_ban, fill=0)
    d.line((60, 52, W - 60, 52), fill=0, width=2)
    y = 90
    for ln in lines:
        if ln.startswith("# "):
            wr = textwrap.wrap(ln[2:], 72) or [""]; font = f_bold; lh = 46
        elif ln.startswith("## "):
            wr = textwrap.wrap(ln[3:], 80) or [""]; font = f_bold; lh = 42
        elif ln.startswith("|"):
            wr = [ln[1:]]; font = f_mono; lh = 36
        elif ln == "---":
            d.line((130, y + 8, W - 130, y + 8), fill=0, width=2); y += 20; continue
        elif ln == "":
            y += 16; continue
        else:
            wr = textwrap.wrap(ln, 86); font = f_reg; lh = 39
        for w in wr:
            d.text((130, y), w, font=font, fill=0); y += lh
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    d = ImageDraw.Draw(img)
    for _ in range(900):
        x, yy = rnd.randrange(W), rnd.randrange(H); r = rnd.choice([1, 1, 1, 2, 3])
        d.ellipse((x, yy, x + r, yy + r), fill=0)
    for _ in range(2):
        yy = rnd.randrange(300, H - 200)
        d.rectangle((0, yy, W, yy + rnd.choice([2, 3])), fill=255)
    bw = img.point(lambda p: 255 if p > 150 else 0).convert("1")
    dpi = (204, 196)
    if standard:
        bw = bw.resize((W, H // 2), Image.NEAREST); dpi = (204, 98)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdfb = img2pdf.convert(buf.getvalue(), layout_fun=img2pdf.get_fixed_dpi_layout_fun(dpi))
    return pdfb

def build(parts, path, pkt, header):
    """parts: list of ('text', [pages], serif) or ('fax', lines, banner, standard)"""
    w = PdfWriter()
    pno = 0
    text_group = []
    def flush():
        nonlocal pno
        if text_group:
            for pg in [text_group[:]]:
                pass
    for k, part in enumerate(parts):
        if part[0] == "text":
            b = text_pdf(part[1], header, serif=part[2] if len(part) > 2 else False)
        else:
            b = fax_page(part[1], part[2], seed=hash_seed(pkt, path, k), standard=part[3], angle=part[4])
        r = PdfReader(io.BytesIO(b))
        for p in r.pages:
            pno += 1
            if part[0] == "fax":
                FAXTEXT[(pkt, os.path.basename(path), pno)] = {"text": "\n".join(part[1] + [part[2]]),
                                                            "dpi": [204, 98 if part[3] else 196]}
            w.add_page(p)
    w.add_metadata({"/Producer": "b11g", "/CreationDate": "D:20261101000000Z", "/ModDate": "D:20261101000000Z"})
    with open(path, "wb") as fh:
        w.write(fh)

def hash_seed(*a):
    s = 0
    for ch in "|".join(map(str, a)):
        s = (s * 131 + ord(ch)) % 2**31
    return s

# ---------------------------------------------------------------- content
from content import P1, P2, P3

def main():
    random.seed(11)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for P in (P1, P2, P3):
        pid = P["id"]
        if P["form"] == "single":
            build(P["files"][0][1], os.path.join(OUT, pid + ".pdf"), pid, P["header"])
            lab = os.path.join(OUT, pid + ".labels.json")
        else:
            d = os.path.join(OUT, pid); os.makedirs(d)
            for fn, parts in P["files"]:
                build(parts, os.path.join(d, fn), pid, P["header"])
            if P.get("packet_json"):
                json.dump(P["packet_json"], open(os.path.join(d, "packet.json"), "w"), indent=2)
            lab = os.path.join(d, "labels.json")
        json.dump(P["labels"], open(lab, "w"), indent=2, ensure_ascii=False)
    json.dump({"|".join(map(str, k)): v for k, v in FAXTEXT.items()},
              open(os.path.join(HERE, "faxtext.json"), "w"), indent=1, ensure_ascii=False)

if __name__ == "__main__":
    main()
