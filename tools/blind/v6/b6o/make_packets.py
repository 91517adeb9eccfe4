#!/usr/bin/env python
"""Build the b6o blind packets (writer O, blind set v6) deterministically and self-check them.

Usage: .venv/bin/python make_packets.py
Sections: (1) rendering engine (text pages via fpdf2; faxed pages via Pillow -> 1-bit CCITT G4 via img2pdf),
(2) packet content + gold labels (b6o-01, b6o-02, b6o-03), (3) build, self-check, README.
"""
from types import SimpleNamespace
# ============================================================== (1) ENGINE

import io, random, re
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
import pypdf

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    ("sans", ""): "DejaVuSans.ttf", ("sans", "B"): "DejaVuSans-Bold.ttf", ("sans", "I"): "DejaVuSans-Oblique.ttf",
    ("serif", ""): "DejaVuSerif.ttf", ("serif", "B"): "DejaVuSerif-Bold.ttf", ("serif", "I"): "DejaVuSerif-Italic.ttf",
    ("mono", ""): "DejaVuSansMono.ttf", ("mono", "B"): "DejaVuSansMono-Bold.ttf", ("mono", "I"): "DejaVuSansMono-Oblique.ttf",
    ("cond", ""): "DejaVuSansCondensed.ttf", ("cond", "B"): "DejaVuSansCondensed-Bold.ttf", ("cond", "I"): "DejaVuSansCondensed-Oblique.ttf",
}

W_MM, H_MM = 215.9, 279.4


class TextPage:
    def __init__(self, blocks, header=None, footer=None, font="sans", size=9.5):
        self.blocks, self.header, self.footer, self.font, self.size = blocks, header, footer, font, size


class FaxPage:
    def __init__(self, blocks, banner, mode="fine", skew=0.6, seed=1, font="sans", size=11, specks=350, dropouts=6):
        self.blocks, self.banner, self.mode, self.skew, self.seed = blocks, banner, mode, skew, seed
        self.font, self.size, self.specks, self.dropouts = font, size, specks, dropouts
        self.text = ""


# ---------------------------------------------------------------- text pages
class _PDF(FPDF):
    pass


def _pdf():
    p = _PDF(unit="mm", format="Letter")
    p.set_auto_page_break(False)
    p.set_margins(16, 14, 16)
    for (fam, st), fn in FONTS.items():
        p.add_font(fam, st, FD + fn)
    p.set_creator("b6o generator")
    import datetime as _dt
    p.set_creation_date(_dt.datetime(2026, 2, 1, 9, 0, tzinfo=_dt.timezone.utc))
    return p


def render_text_page(pg: TextPage):
    pdf = _pdf()
    pdf.add_page()
    F, S = pg.font, pg.size
    lm, usable = 16, W_MM - 32
    if pg.header:
        pdf.set_font("cond", "", 7.5)
        pdf.set_xy(lm, 7)
        pdf.cell(usable, 4, pg.header, align="L")
    pdf.set_xy(lm, 14)
    for b in pg.blocks:
        k = b[0]
        if k == "letterhead":
            pdf.set_font(F, "B", 13)
            pdf.cell(usable, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 8)
            for ln in b[2]:
                pdf.cell(usable, 3.8, ln, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.line(lm, pdf.get_y(), W_MM - lm, pdf.get_y())
            pdf.ln(2.5)
        elif k == "title":
            pdf.set_font(F, "B", b[2] if len(b) > 2 else 11.5)
            pdf.cell(usable, 6.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h":
            pdf.ln(1.2)
            pdf.set_font(F, "B", S + 0.5)
            pdf.cell(usable, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            st = b[2] if len(b) > 2 else ""
            pdf.set_font(F, st, S)
            pdf.multi_cell(usable, S * 0.47, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif k == "kv":
            kw = b[2] if len(b) > 2 else 42
            for key, val in b[1]:
                y0 = pdf.get_y()
                pdf.set_font(F, "B", S)
                pdf.set_xy(lm, y0)
                pdf.multi_cell(kw, S * 0.47, key)
                y1 = pdf.get_y()
                pdf.set_font(F, "", S)
                pdf.set_xy(lm + kw, y0)
                pdf.multi_cell(usable - kw, S * 0.47, val)
                pdf.set_xy(lm, max(y1, pdf.get_y()) + 0.4)
        elif k == "table":
            widths, head, rows = b[1], b[2], b[3]
            fs = b[4] if len(b) > 4 else S - 0.5
            scale = usable / sum(widths)
            widths = [w * scale for w in widths]
            lh = fs * 0.5
            for ri, row in enumerate([head] + rows):
                pdf.set_font(F, "B" if ri == 0 else "", fs)
                # compute height
                nl = 1
                for w, c in zip(widths, row):
                    lines = pdf.multi_cell(w, lh, str(c), dry_run=True, output="LINES")
                    nl = max(nl, len(lines))
                h = nl * lh + 1
                y0 = pdf.get_y()
                x = lm
                for w, c in zip(widths, row):
                    pdf.rect(x, y0, w, h)
                    pdf.set_xy(x + 0.6, y0 + 0.5)
                    pdf.multi_cell(w - 1.2, lh, str(c))
                    x += w
                pdf.set_xy(lm, y0 + h)
            pdf.ln(1.5)
        elif k == "mono":
            fs = b[2] if len(b) > 2 else 8.2
            pdf.set_font("mono", "", fs)
            for ln in b[1]:
                pdf.cell(usable, fs * 0.45, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "sp":
            pdf.ln(b[1])
        elif k == "rule":
            pdf.line(lm, pdf.get_y(), W_MM - lm, pdf.get_y())
            pdf.ln(1.5)
        elif k == "sig":
            pdf.set_font(F, "I", S)
            for ln in b[1]:
                pdf.cell(usable, S * 0.47, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        else:
            raise ValueError(k)
        if pdf.get_y() > H_MM - 14:
            raise RuntimeError("page overflow: %r" % (pg.blocks[0],))
    if pg.footer:
        pdf.set_font("cond", "", 7.5)
        pdf.set_xy(lm, H_MM - 11)
        pdf.cell(usable, 4, pg.footer, align="C")
    return bytes(pdf.output())


# ---------------------------------------------------------------- fax pages
FINE = (1734, 2156)


def _font(fam, st, px):
    return ImageFont.truetype(FD + FONTS[(fam, st)], int(px))


def render_fax_page(pg: FaxPage):
    rnd = random.Random(pg.seed)
    Wp, Hp = FINE
    im = Image.new("L", FINE, 255)
    d = ImageDraw.Draw(im)
    dpi = 200.0
    px = lambda pt: pt / 72.0 * dpi
    lm, rm, y = 125, Wp - 125, 150
    usable = rm - lm
    S = pg.size
    texts = []

    def wrap(txt, font, width):
        out = []
        for para in txt.split("\n"):
            words, cur = para.split(" "), ""
            for w in words:
                t = (cur + " " + w).strip() if cur else w
                if font.getlength(t) <= width:
                    cur = t
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def line(txt, font, x, yy, align="L", width=None):
        if align == "C":
            x = lm + (usable - font.getlength(txt)) / 2
        d.text((x, yy), txt, font=font, fill=0)
        texts.append(txt)

    F = pg.font
    for b in pg.blocks:
        k = b[0]
        if k == "letterhead":
            f = _font(F, "B", px(14))
            line(b[1], f, lm, y, "C"); y += px(14) * 1.35
            f = _font(F, "", px(S - 1))
            for ln in b[2]:
                line(ln, f, lm, y, "C"); y += px(S - 1) * 1.3
            y += 8
            d.line((lm, y, rm, y), fill=0, width=3); y += 18
        elif k == "title":
            sz = b[2] if len(b) > 2 else 13
            f = _font(F, "B", px(sz))
            line(b[1], f, lm, y, "C"); y += px(sz) * 1.5
        elif k == "h":
            y += 8
            f = _font(F, "B", px(S + 0.5))
            line(b[1], f, lm, y); y += px(S + 0.5) * 1.35
        elif k in ("p", "sig"):
            st = "I" if k == "sig" else (b[2] if len(b) > 2 else "")
            f = _font(F, st, px(S))
            items = b[1] if k == "sig" else [b[1]]
            for it in items:
                for ln in wrap(it, f, usable):
                    line(ln, f, lm, y); y += px(S) * 1.3
            y += 8
        elif k == "kv":
            kw = (b[2] if len(b) > 2 else 42) / 25.4 * dpi
            fb, fr = _font(F, "B", px(S)), _font(F, "", px(S))
            for key, val in b[1]:
                line(key, fb, lm, y)
                ls = wrap(val, fr, usable - kw)
                for ln in ls:
                    line(ln, fr, lm + kw, y); y += px(S) * 1.3
        elif k == "table":
            widths, head, rows = b[1], b[2], b[3]
            fs = b[4] if len(b) > 4 else S - 0.5
            scale = usable / sum(widths)
            widths = [w * scale for w in widths]
            for ri, row in enumerate([head] + rows):
                f = _font(F, "B" if ri == 0 else "", px(fs))
                cells = [wrap(str(c), f, w - 14) for w, c in zip(widths, row)]
                nl = max(len(c) for c in cells)
                h = nl * px(fs) * 1.25 + 12
                x = lm
                for w, cl in zip(widths, cells):
                    d.rectangle((x, y, x + w, y + h), outline=0, width=2)
                    yy = y + 6
                    for ln in cl:
                        line(ln, f, x + 7, yy); yy += px(fs) * 1.25
                    x += w
                y += h
            y += 14
        elif k == "mono":
            fs = b[2] if len(b) > 2 else S - 1
            f = _font("mono", "", px(fs))
            for ln in b[1]:
                line(ln, f, lm, y); y += px(fs) * 1.25
            y += 8
        elif k == "sp":
            y += b[1] / 25.4 * dpi
        elif k == "rule":
            d.line((lm, y, rm, y), fill=0, width=2); y += 14
        elif k == "check":  # check boxes: list of (checked, label)
            f = _font(F, "", px(S))
            x = lm
            for chk, lab in b[1]:
                d.rectangle((x, y + 6, x + 26, y + 32), outline=0, width=3)
                if chk:
                    d.line((x + 3, y + 9, x + 23, y + 29), fill=0, width=4)
                    d.line((x + 23, y + 9, x + 3, y + 29), fill=0, width=4)
                line(lab, f, x + 36, y)
                x += 36 + f.getlength(lab) + 50
            y += px(S) * 1.5
        else:
            raise ValueError(k)
        if y > Hp - 110:
            raise RuntimeError("fax overflow %r" % (pg.blocks[0],))
    # scanning artefacts: skew, slight blur-ish via rotate resample
    ang = pg.skew
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    if pg.mode == "std":
        im = im.resize((Wp, Hp // 2), Image.BOX)
    thr = 150
    im = im.point(lambda v: 255 if v > thr else 0).convert("1")
    d2 = ImageDraw.Draw(im)
    w2, h2 = im.size
    for _ in range(pg.specks):
        x0, y0 = rnd.randrange(w2), rnd.randrange(h2)
        r = rnd.choice([0, 0, 1, 1, 2])
        d2.rectangle((x0, y0, x0 + r, y0 + r), fill=0)
    for _ in range(pg.dropouts):  # horizontal dropout streaks (white)
        y0 = rnd.randrange(200 if pg.mode == "fine" else 100, h2 - 60)
        x0 = rnd.randrange(0, w2 - 700)
        d2.rectangle((x0, y0, x0 + rnd.randrange(250, 700), y0 + (1 if pg.mode == "std" else rnd.choice([1, 2]))), fill=1)
    # a couple of vertical hairline dropouts
    for _ in range(2):
        x0 = rnd.randrange(150, w2 - 150)
        y0 = rnd.randrange(0, h2 // 2)
        d2.line((x0, y0, x0, y0 + rnd.randrange(h2 // 6, h2 // 3)), fill=1, width=1)
    # transmission banner (added by sending machine, not skewed)
    bf = _font("mono", "", 24 if pg.mode == "fine" else 24)
    bim = Image.new("1", (w2, 40), 1)
    ImageDraw.Draw(bim).text((30, 6), pg.banner, font=bf, fill=0)
    if pg.mode == "std":
        bim = bim.resize((w2, 40), Image.NEAREST)
        # banner in std mode: render tall then squash
        tall = Image.new("L", (w2, 60), 255)
        ImageDraw.Draw(tall).text((30, 8), pg.banner, font=_font("mono", "", 26), fill=0)
        bim = tall.resize((w2, 30), Image.BOX).point(lambda v: 255 if v > 160 else 0).convert("1")
    im.paste(bim, (0, 4))
    texts.insert(0, pg.banner)
    pg.text = "\n".join(texts)
    buf = io.BytesIO()
    dpi_xy = (204, 196) if pg.mode == "fine" else (204, 98)
    im.save(buf, format="TIFF", compression="group4", dpi=dpi_xy)
    lay = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)))
    return img2pdf.convert(buf.getvalue(), layout_fun=lay)


def build_file(pages, path):
    w = pypdf.PdfWriter()
    for pg in pages:
        data = render_text_page(pg) if isinstance(pg, TextPage) else render_fax_page(pg)
        r = pypdf.PdfReader(io.BytesIO(data))
        for p in r.pages:
            w.add_page(p)
    w.add_metadata({"/Producer": "b6o generator"})
    with open(path, "wb") as fh:
        w.write(fh)

# ============================================================== (2) PACKET b6o-01
def _load_packet01():
    """b6o-01: single PDF, percutaneous (27279), gold does_not_meet_criteria (diagnostic injection #2 too short)."""


    PID = "b6o-01"
    PT = "STRICKLAND, DELPHINE M"
    DOB = "03/14/1978"
    MRN = "PARA-0093381"

    FAXNO_SPINE = "336-555-0187"
    FAXNO_CS = "1-833-555-0146"


    def hdr(org, extra=""):
        return f"{org}   |   Patient: {PT}   DOB: {DOB}   MRN: {MRN} {extra}"


    def banner(p, n, when="FEB-10-2026 15:41", frm="TRIAD SPINE & JOINT", tel=FAXNO_SPINE):
        return f"{when}  FROM: {frm} {tel}   TO: {FAXNO_CS}   P. {p}/{n}   JOB#4471"


    NFAX = 14  # pages transmitted


    def pages():
        P = []
        # 1 -- fax cover (faxed, fine)
        P.append(FaxPage([
            ("letterhead", "TRIAD SPINE & JOINT SURGERY, PLLC", ["1120 N. Elm Street, Suite 300  -  Greensboro, NC 27401",
                                                                 f"Phone 336-555-0180   Fax {FAXNO_SPINE}"]),
            ("title", "FACSIMILE TRANSMITTAL", 16),
            ("kv", [("TO:", "CareSource NC - Utilization Management / Prior Auth"),
                    ("FAX:", FAXNO_CS), ("FROM:", "Kendra Oyelowo, surgical scheduler for Dr. M. Heilbronn"),
                    ("DATE:", "02/10/2026"), ("PAGES:", "14 (including cover)"),
                    ("RE:", "PA request - L SI joint fusion (percutaneous) - Strickland, Delphine")], 40),
            ("sp", 6),
            ("check", [(True, "URGENT"), (False, "For Review"), (False, "Please Reply"), (True, "Records Enclosed")]),
            ("p", "Enclosed: PA form, rheumatology consult + f/u, labs, MRI L-spine/SIJ, x-rays, CT-guided SIJ "
                  "injection reports with pain worksheets, PT discharge summary, LMN. Please call with the reference # "
                  "once this is logged. Thank you!"),
            ("sp", 30),
            ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
                  "confidential under HIPAA. If you received this in error, notify the sender by telephone and destroy all "
                  "copies. Redisclosure is prohibited."),
        ], banner(1, NFAX), mode="fine", skew=0.8, seed=101))

        # 2 -- PA request form (text)
        P.append(TextPage([
            ("letterhead", "CareSource North Carolina - Marketplace", ["Prior Authorization Request Form - Outpatient / Surgical Services",
                                                                       "Fax completed form and clinicals to 1-833-555-0146"]),
            ("h", "SECTION A - MEMBER"),
            ("kv", [("Member name", "Delphine M. Strickland"), ("Member ID", "CSN 48217730 01"), ("Date of birth", DOB),
                    ("Plan", "CareSource Marketplace Silver 2026")], 45),
            ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
            ("kv", [("Requesting provider", "Marcus J. Heilbronn, MD  (Orthopaedic Spine Surgery)  NPI 1902847713"),
                    ("Facility", "Moses Creek Ambulatory Surgery Center, Greensboro NC  NPI 1447120096"),
                    ("Contact", "Kendra Oyelowo  336-555-0180 x214")], 45),
            ("h", "SECTION C - SERVICE REQUESTED"),
            ("table", [22, 90, 25, 25], ["CPT/HCPCS", "Description", "Units", "Side"],
             [["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), with image guidance, "
                        "includes obtaining bone graft when performed, and placement of transfixing device", "1", "LEFT"]]),
            ("kv", [("Setting", "Outpatient ambulatory surgery"), ("Anticipated date of service", "03/19/2026"),
                    ("ICD-10", "M53.3  Sacrococcygeal disorders, not elsewhere classified;  M54.50 Low back pain, unspecified"),
                    ("Date of request", "02/10/2026")], 45),
            ("h", "SECTION D - CLINICAL SUMMARY (attach records)"),
            ("p", "47 y/o F with chronic L-sided SIJ-mediated pain > 1 yr. Rheumatology w/u for inflammatory sacroiliitis negative. "
                  "Failed PT, NSAIDs, CT-guided SIJ injections x2. See attached records."),
            ("sp", 4),
            ("kv", [("Provider signature", "M. Heilbronn MD (e-signed)"), ("Date", "02/10/2026")], 45),
            ("sp", 3),
            ("p", "Incomplete forms or forms without clinical documentation may delay review. Authorization is not a guarantee "
                  "of payment. Member eligibility is verified on the date of service.", "I"),
        ], footer="CS-NC-PA-0425 (rev 04/2025)   Page 1 of 1"))

        # 3-4 -- rheumatology consult (text, 2 pages)
        RH = "Piedmont Arthritis & Rheumatology Associates"
        rh_lh = ("letterhead", "PIEDMONT ARTHRITIS & RHEUMATOLOGY ASSOCIATES",
                 ["3015 New Garden Rd, Suite B  |  Greensboro NC 27410  |  Tel 336-555-0242  Fax 336-555-0243"])
        P.append(TextPage([
            rh_lh,
            ("title", "NEW PATIENT CONSULTATION"),
            ("kv", [("Date of service", "11/04/2025"), ("Provider", "Priya Venkataraman-Cole, MD, FACR"),
                    ("Referred by", "Lorna Fitch, PA-C (Eastside Family Medicine)"),
                    ("Reason for referral", "L buttock pain, ?inflammatory back pain / r/o sacroiliitis")], 40),
            ("h", "HPI"),
            ("p", "Ms. Strickland is a 47 yo woman (retail pharmacy tech, on her feet 9-10 h/day) referred for evaluation of "
                  "left low back/buttock pain present since roughly 08/2024. No inciting trauma or fall. Pain is located "
                  "just medial to the L PSIS, below the belt line, and she points with one finger to the L SI sulcus "
                  "(+ Fortin finger sign). No radiation past the gluteal fold; denies numbness, tingling or weakness in the "
                  "legs. Worse w/ prolonged standing, climing stairs, rolling over in bed, getting out of the car. "
                  "AM stiffness ~10 min, not > 30 min. No nocturnal awakening in the second half of the night. "
                  "Pain today 6-8/10, she says it was 9/10 back in 06/2025 before PT."),
            ("p", "Per PCP, she tried naproxen 500 mg BID starting 03/2025, then switched to meloxicam 15 mg qd 08/2025 "
                  "(GI upset on naproxen); she still takes meloxicam daily plus heating pad at night. She says the NSAID "
                  "\"takes the edge off\" but does not resolve it; no dramatic 24-48 h NSAID response. Completed a course "
                  "of formal PT at Gate City PT this spring/summer (see d/c summary), and continues the home program."),
            ("h", "PMH / PSH"),
            ("p", "Hypothyroidism (on levothyroxine). GERD. Remote L S1 sciatica 2019 after lifting injury - resolved with "
                  "oral steroids, no recurrence. C-section x2. Cholecystectomy 2017. No uveitis, psoriasis, IBD, "
                  "dactylitis or enthesitis by hx."),
            ("h", "FAMILY HISTORY"),
            ("p", "Maternal aunt - rheumatoid arthritis. Brother - psoriasis (skin only). Mother - osteoporosis. "
                  "No known family hx of AS, IBD or uveitis."),
            ("h", "SOCIAL"),
            ("p", "Married, 2 teens. Never smoker. EtOH rare. Walks dog 20 min most days when pain allows."),
            ("h", "MEDICATIONS"),
            ("p", "Meloxicam 15 mg PO daily; levothyroxine 75 mcg daily; omeprazole 20 mg daily; vitamin D3 2000 IU daily."),
            ("h", "ROS"),
            ("p", "Neg for fever, wt loss, night sweats, rash, oral ulcers, dry eyes, Raynaud's, diarrhea/bloody stool, "
                  "red eye. Fatigue mild. Sleep fair. Mood \"okay\"."),
        ], header=hdr(RH), footer="P. Venkataraman-Cole MD - Consult 11/04/2025 - Page 1 of 2"))

        P.append(TextPage([
            ("h", "PHYSICAL EXAM"),
            ("p", "BP 124/78  HR 72  BMI 29.4. Alert, pleasant, in mild distress when changing position. Gait antalgic on L, "
                  "nl heel/toe walk. Skin: no psoriatic plaques, nails w/o pitting. Eyes quiet. No synovitis in hands, "
                  "wrists, knees or ankles. No dactylitis. Achilles insertions and plantar fascia nontender."),
            ("p", "Spine/pelvis: Schober 5.5 cm, lateral lumbar flexion symmetric, occiput-to-wall 0 cm. Marked tenderness to "
                  "palpation over the L posterior SIJ / sacral sulcus. R SIJ nontender. Lumbar spinous processes and "
                  "paraspinals nontender. L greater trochanter nontender, coccyx nontender. SLR neg bilat. Strength 5/5 "
                  "LEs, reflexes 2+ symmetric, sensation intact."),
            ("table", [50, 45, 25], ["SIJ provocation (cluster)", "Left", "Right"],
             [["Thigh thrust (P4)", "POSITIVE", "neg"], ["Distraction", "neg", "neg"], ["Compression (side-lying)", "POSITIVE", "neg"],
              ["Gaenslen's", "POSITIVE", "neg"], ["Patrick / FABER", "POSITIVE (SIJ, not groin)", "neg"]]),
            ("p", "Fibromyalgia screen: WPI 2/19, SSS 3/12 - does not satisfy 2016 ACR fibromyalgia criteria. No Waddell signs."),
            ("h", "ASSESSMENT"),
            ("p", "1. Chronic L buttock / SIJ-region pain, mechanical pattern. Features are not typical of inflammatory back "
                  "pain (short AM stiffness, worse with activity, no 2nd-half-of-night pain, partial NSAID response). "
                  "Need to exclude axial SpA given referral question - will obtain HLA-B27, CRP/ESR and MRI SIJ (STIR) "
                  "together with L-spine since she has never had lumbar imaging."),
            ("p", "2. Hx of resolved sciatica 2019 - not active."),
            ("h", "PLAN"),
            ("p", "- Labs: HLA-B27, hs-CRP, ESR, RF, anti-CCP, CBC, CMP, TSH, 25-OH vit D.  - MRI L-spine + bilat SIJ wo "
                  "contrast (one accession, Guilford Valley Imaging).  - Continue meloxicam 15 mg daily with food, PPI.  "
                  "- Continue HEP from PT.  - If SpA excluded, refer to GVI MSK for CT-guided diagnostic/therapeutic L SIJ "
                  "injection (anesthetic + steroid) with pain worksheet.  - F/u 6-8 wks."),
            ("sp", 2),
            ("sig", ["Electronically signed: Priya Venkataraman-Cole, MD, FACR  11/04/2025 17:52",
                     "cc: Lorna Fitch PA-C; Marcus Heilbronn MD"]),
        ], header=hdr(RH), footer="P. Venkataraman-Cole MD - Consult 11/04/2025 - Page 2 of 2"))

        # 5 -- lab printout (text, monospace)
        P.append(TextPage([
            ("mono", [
                "LABCORP-STYLE RESULT REPORT                     PIEDMONT ARTHRITIS & RHEUM ASSOC",
                "------------------------------------------------------------------------------------",
                f"Patient: {PT:<28} DOB: {DOB}   Sex: F",
                "Specimen: 2511060419   Collected: 11/06/2025 08:12   Reported: 11/10/2025 14:30",
                "Ordering: VENKATARAMAN-COLE, P                Acct: 04418820",
                "Fasting: N                                    Status: FINAL",
                "------------------------------------------------------------------------------------",
                "TEST                         RESULT      FLAG   UNITS       REFERENCE INTERVAL",
                "------------------------------------------------------------------------------------",
                "HLA-B27 Antigen              Negative                        Negative",
                "C-Reactive Protein, Quant    3.1                mg/L         0.0-10.0",
                "Sed Rate by Modified Wester  14                 mm/hr        0-32",
                "Rheumatoid Factor            <10.0              IU/mL        <14.0",
                "Cyclic Citrullin Peptide Ab  5                  units        0-19",
                "TSH                          2.210              uIU/mL       0.450-4.500",
                "Vitamin D, 25-Hydroxy        27.4        L      ng/mL        30.0-100.0",
                "",
                "CBC With Differential/Platelet",
                "  WBC                        6.8                x10E3/uL     3.4-10.8",
                "  Hemoglobin                 13.1               g/dL         11.1-15.9",
                "  Platelets                  281                x10E3/uL     150-450",
                "Comp. Metabolic Panel (14)",
                "  Glucose                    94                 mg/dL        70-99",
                "  Creatinine                 0.78               mg/dL        0.57-1.00",
                "  eGFR                       95                 mL/min/1.73  >59",
                "  ALT (SGPT)                 19                 IU/L         0-32",
                "  Alkaline Phosphatase       88                 IU/L         44-121",
                "",
                "HLA-B27 by flow cytometry. A negative result does not exclude",
                "spondyloarthritis; interpret in clinical context.",
                "------------------------------------------------------------------------------------",
                "Reviewed by PVC 11/10/25: B27 neg, CRP/ESR nl. Vit D mildly low - continue D3.",
                "",
                "Page 1 of 1                          Performing lab: LabCorp Burlington NC 27215",
            ], 8.4),
        ]))

        # 6 -- plain films (text)
        GV = "Guilford Valley Imaging"
        gv_lh = ("letterhead", "GUILFORD VALLEY IMAGING - MUSCULOSKELETAL RADIOLOGY",
                 ["1400 Wendover Ave E, Greensboro NC 27405  |  Reading room 336-555-0311  |  Fax 336-555-0312"])
        P.append(TextPage([
            gv_lh,
            ("title", "RADIOLOGY REPORT"),
            ("kv", [("Accession", "GV25-0812-4410"), ("Exam date", "08/12/2025"),
                    ("Exams", "XR PELVIS 1 VIEW (AP); XR SACROILIAC JOINTS 3 VIEWS (incl. Ferguson); XR HIP LEFT 2 VIEWS"),
                    ("Ordering", "Lorna Fitch, PA-C"), ("History", "Left buttock/SI pain x 1 yr. R/o sacroiliitis.")], 32),
            ("h", "FINDINGS"),
            ("p", "Pelvis / SI joints: Bone mineralization is normal. Mild subchondral sclerosis along the inferior iliac "
                  "side of the left SI joint with preserved joint width. The right SI joint is normal. No erosions, no "
                  "pseudowidening, no ankylosis on either side. Pubic symphysis unremarkable. No fracture. No lytic or "
                  "blastic lesion."),
            ("p", "Left hip: Femoral head is round and well seated. Minimal superolateral joint space narrowing with a tiny "
                  "acetabular rim osteophyte. No subchondral cyst or collapse. Soft tissues unremarkable."),
            ("h", "IMPRESSION"),
            ("p", "1. Mild degenerative change left SI joint. No radiographic sacroiliitis (modified NY grade 0-1 "
                  "bilaterally, no erosive change)."),
            ("p", "2. Mild osteoarthritis of the left hip."),
            ("sp", 2),
            ("sig", ["Dictated/signed: Thomas E. Brandvold, MD  (MSK radiology)  08/12/2025 13:07"]),
            ("rule",),
            ("h", "DXA BONE DENSITOMETRY  (Acc GV25-0812-4411, same visit)"),
            ("table", [50, 25, 25, 25], ["Region", "BMD g/cm2", "T-score", "Z-score"],
             [["L1-L4", "1.012", "-0.6", "-0.2"], ["Left femoral neck", "0.781", "-1.4", "-0.9"], ["Total left hip", "0.874", "-0.9", "-0.5"]]),
            ("p", "WHO classification: osteopenia (low bone mass) based on the left femoral neck. FRAX 10-yr major osteoporotic 5.9%."),
        ], header=hdr(GV), footer="GVI radiology report - printed 02/06/2026 - Page 1 of 1"))

        # 7 -- MRI single accession (text)
        P.append(TextPage([
            gv_lh,
            ("title", "MRI REPORT"),
            ("kv", [("Accession", "GV25-1120-7782"), ("Exam date", "11/20/2025  10:40"),
                    ("Exams", "MRI LUMBAR SPINE WITHOUT CONTRAST; MRI SACROILIAC JOINTS (PELVIS) WITHOUT CONTRAST"),
                    ("Ordering", "Priya Venkataraman-Cole, MD"),
                    ("Indication", "Chronic L buttock pain. Evaluate for axial spondyloarthritis / sacroiliitis; lumbar source."),
                    ("Technique", "1.5T. Lumbar: sag T1, T2, STIR; ax T2. SIJ: oblique coronal T1 and STIR, oblique axial T2 FS.")], 32),
            ("h", "FINDINGS - LUMBAR SPINE"),
            ("p", "Five lumbar-type vertebrae. Alignment normal. Vertebral body heights preserved. Conus terminates at L1. "
                  "T12-L3: no disc herniation or stenosis. L3-4: minimal disc bulge, canal and foramina patent. L4-5: mild disc "
                  "dessication and a shallow broad-based bulge; mild facet arthropathy; no central canal stenosis; "
                  "foramina patent; traversing L5 roots unremarkable. L5-S1: disc height preserved; no herniation; no "
                  "foraminal narrowing; S1 roots without contact."),
            ("h", "FINDINGS - SACROILIAC JOINTS"),
            ("p", "No periarticular bone marrow edema on STIR in either SIJ. No erosions, no backfill, no fat metaplasia "
                  "along the joint surfaces. Mild subchondral sclerosis on the iliac side of the L SIJ, anterior-inferior "
                  "portion, with a small anterior osteophyte - degenerative. R SIJ normal. No joint effusion. No fracture "
                  "line or insufficiency fracture of the sacral ala. Visualized hips: small L hip joint effusion, "
                  "physiologic. No suspicious marrow lesion. Visualized pelvic viscera unremarkable."),
            ("h", "IMPRESSION"),
            ("p", "1. No MRI evidence of active or structural sacroiliitis (ASAS MRI criteria not met). Mild degenerative change "
                  "of the left SI joint."),
            ("p", "2. Mild L4-5 degenerative disc and facet disease without canal or foraminal stenosis. No nerve root "
                  "impingement at any level."),
            ("p", "3. No sacral or pelvic fracture, infection or tumor."),
            ("sp", 2),
            ("sig", ["Electronically signed by: Thomas E. Brandvold, MD on 11/20/2025 16:22"]),
        ], header=hdr(GV), footer="GVI MRI report Acc GV25-1120-7782 - Page 1 of 1"))

        # 8 -- CT-guided SIJ injection #1 procedure (text)
        P.append(TextPage([
            gv_lh,
            ("title", "PROCEDURE REPORT - CT-GUIDED SACROILIAC JOINT INJECTION"),
            ("kv", [("Accession", "GV25-1203-0915"), ("Date", "12/03/2025"), ("Side", "LEFT"),
                    ("Operator", "Thomas E. Brandvold, MD"), ("Referring", "P. Venkataraman-Cole, MD"),
                    ("Indication", "L SIJ pain; diagnostic and therapeutic block. SpA workup negative.")], 32),
            ("h", "PROCEDURE"),
            ("p", "Risks (bleeding, infection, allergic reaction, transient numbness, steroid flare, hyperglycemia) discussed; "
                  "written consent signed. Time-out performed. Pt prone on CT tabel. Baseline pain recorded on the GVI "
                  "radiology pain worksheet by the procedure RN. Limited axial CT through the SI joints was obtained for "
                  "planning; the inferior third of the L SIJ was targeted. Skin prepped with chlorhexidine and draped. "
                  "Local: 1% lidocaine 3 mL to skin and superficial soft tissues only (not into the joint). A 22G 3.5-inch spinal "
                  "needle was advanced under intermittent CT guidance into the posteroinferior L SI joint."),
            ("p", "Intra-articular position confirmed with 0.5 mL iohexol (Omnipaque 300): contrast outlines the synovial "
                  "recess of the inferior joint without vascular uptake or epidural/foraminal spread. Injectate: 1.0 mL "
                  "bupivacaine 0.5% + 40 mg triamcinolone acetonide (1 mL). Needle removed, bandage applied. EBL none."),
            ("h", "IMAGES"),
            ("p", "Key images saved to PACS (series 3, images 14/22/31): (1) planning axial image with skin marker; (2) needle tip "
                  "in posteroinferior L SIJ; (3) post-contrast image showing intra-articular arthrogram."),
            ("h", "COMPLICATIONS"),
            ("p", "None immediate. Discharged ambulatory in stable condition with pain diary/worksheet to complete at home."),
            ("h", "IMPRESSION"),
            ("p", "Technically successful CT-guided, contrast-confirmed intra-articular L SIJ injection (bupivacaine/"
                  "triamcinolone). See attached worksheet for pre/post pain scores."),
            ("sig", ["Thomas E. Brandvold, MD - signed 12/03/2025 11:48"]),
        ], header=hdr(GV), footer="GVI procedure report - Page 1 of 1"))

        # 9 -- pain worksheet #1 (faxed)
        rad_banner = lambda p, n: f"DEC-05-2025 09:12  FROM: GVI MSK RADIOLOGY 336-555-0312   TO: 336-555-0187   P. {p}/{n}"
        P.append(FaxPage([
            ("title", "GUILFORD VALLEY IMAGING - POST-PROCEDURE PAIN WORKSHEET", 12),
            ("kv", [("Patient:", "Strickland, Delphine M    DOB 03/14/1978"), ("Procedure:", "CT-guided L SIJ injection  Acc GV25-1203-0915"),
                    ("Date:", "12/03/2025   needle out 10:31"), ("Anesthetic:", "bupivacaine 0.5% 1.0 mL (+ triamcinolone 40 mg)")], 40),
            ("p", "Rate YOUR USUAL low back / buttock pain, 0 = none, 10 = worst imaginable. Do the activity that normally "
                  "hurts (stand, stairs, sit-to-stand) before each rating."),
            ("table", [30, 22, 30, 60], ["Time", "Pain 0-10", "% relief", "Activity / comment"],
             [["Pre-procedure", "8", "-", "standing in recovery bay"], ["15 min", "1", "88%", "sit to stand x3 - RN"],
              ["30 min", "1", "88%", "walked hallway - RN"], ["1 hr", "2", "75%", "home, stairs"],
              ["2 hr", "2", "75%", "stairs"], ["3 hr", "3", "63%", "cooking dinner"], ["4 hr", "3", "63%", ""],
              ["6 hr", "5", "38%", "ache returning"], ["Next AM", "6", "25%", "some soreness at shot site"]], 10.5),
            ("p", "RN comment: >=75% relief sustained through 2 hr, >60% at 3-4 hr. Pt tolerated well."),
            ("p", "Patient signature: D. Strickland        RN: J. Amankwah, RN   returned by fax 12/05/2025"),
        ], rad_banner(1, 1), mode="fine", skew=-1.1, seed=109, size=11))

        # 10 -- CT-guided SIJ injection #2 procedure (text)
        P.append(TextPage([
            gv_lh,
            ("title", "PROCEDURE REPORT - CT-GUIDED SI JOINT INJECTION (REPEAT)"),
            ("kv", [("Accession", "GV26-0107-0288"), ("Date", "01/07/2026"), ("Side", "Left"),
                    ("Radiologist", "Anjali Deshpande-Ruiz, MD (MSK fellow) / Thomas E. Brandvold, MD (attending)"),
                    ("Clinical", "Recurrent L SIJ pain ~3-4 wks after 12/03/2025 injection. Second diagnostic block requested.")], 32),
            ("h", "TECHNIQUE"),
            ("p", "Informed consent obtained after discussion of risks and alternatives. Universal protocol observed. Prone. "
                  "Pre-procedure pain documented on worksheet. CT localizer and limited axial images of the pelvis. Sterile prep. "
                  "Skin wheal 1% lidocaine 2 mL. 22G spinal needle advanced into the inferior aspect of the left SIJ under "
                  "CT guidance. 0.4 mL iohexol 300 injected - intra-articular spread confirmed, no vascular pattern. "
                  "Injected 1.0 mL 0.5% bupivacaine with triamcinolone 40 mg."),
            ("h", "IMAGES"),
            ("p", "Saved: localizer, needle-in-joint axial, post-contrast axial (series 2: 9, 17, 19). Contrast pools in the "
                  "inferior recess; mild extra-articular leak along the posterior ligament on the last image."),
            ("h", "RESULT"),
            ("p", "No complications. Worksheet given. 15-min score recorded by RN before discharge."),
            ("sig", ["Anjali Deshpande-Ruiz, MD / attested Thomas E. Brandvold, MD - 01/07/2026 10:02"]),
        ], header=hdr(GV), footer="GVI procedure report - Page 1 of 1"))

        # 11 -- pain worksheet #2 (faxed)
        P.append(FaxPage([
            ("title", "GUILFORD VALLEY IMAGING - POST-PROCEDURE PAIN WORKSHEET", 12),
            ("kv", [("Patient:", "Strickland, Delphine M    DOB 03/14/1978"), ("Procedure:", "CT-guided L SIJ inj #2  Acc GV26-0107-0288"),
                    ("Date:", "01/07/2026   needle out 09:40"), ("Anesthetic:", "bupivacaine 0.5% 1.0 mL (+ triamcinolone 40 mg)")], 40),
            ("table", [30, 22, 30, 60], ["Time", "Pain 0-10", "% relief", "Activity / comment"],
             [["Pre-procedure", "8", "-", "RN"], ["15 min", "3", "63%", "RN - walking"], ["30 min", "3", "63%", "car ride home"],
              ["1 hr", "4", "50%", "stairs"], ["2 hr", "7", "13%", "standing at counter"], ["3 hr", "8", "0%", ""],
              ["4 hr", "8", "0%", ""], ["6 hr", "8", "0%", "same as before"]], 10.5),
            ("p", "RN comment: Relief wore off by 2 hr; back to baseline 8/10 at 3 hr. Pt asked if she got \"the same "
                  "medicine as last time\" - yes."),
            ("p", "Patient signature: D Strickland       Reviewed: J. Amankwah, RN 01/08/2026"),
        ], f"JAN-08-2026 16:27  FROM: GVI MSK RADIOLOGY 336-555-0312   TO: 336-555-0187   P. 1/1",
            mode="fine", skew=0.5, seed=111, size=11))

        # 12 -- PT discharge summary (faxed)
        P.append(FaxPage([
            ("letterhead", "GATE CITY PHYSICAL THERAPY & SPORTS REHAB", ["2204 Lawndale Dr, Greensboro NC 27408   Ph 336-555-0470"]),
            ("title", "PHYSICAL THERAPY DISCHARGE SUMMARY", 12),
            ("kv", [("Patient:", "Delphine Strickland   DOB 03/14/1978"), ("Dx:", "M53.3, M54.50 - L SIJ dysfunction"),
                    ("Dates of care:", "03/11/2025 - 09/30/2025  (29 visits)"), ("Therapist:", "Owen Falkenrath, PT, DPT")], 38),
            ("p", "Tx provided: lumbopelvic stabilization, hip abductor/extensor strengthening, SIJ belt trial, manual "
                  "therapy (MET for L innominate), gait retraining, HEP progression. Seen 2x/wk Mar-Jun, 1x/wk Jul-Sep."),
            ("p", "Outcome: Modified Oswestry 44% -> 36%. Hip abduction L 4-/5 -> 4+/5. Pt reports partial gains in "
                  "sitting tolerance; standing > 30 min and stairs still provoke L SIJ pain 7/10. Plateaued last 6 wks."),
            ("p", "D/C plan: discharged to independent HEP (written program issued 09/30/2025); return to referring "
                  "provider for further management. Goals partially met."),
            ("sig", ["Owen Falkenrath, PT, DPT   09/30/2025"]),
        ], banner(12, NFAX), mode="fine", skew=1.3, seed=112, size=11))

        # 13 -- rheum follow-up (text)
        P.append(TextPage([
            rh_lh,
            ("title", "FOLLOW-UP VISIT"),
            ("kv", [("DOS", "01/27/2026"), ("Provider", "Priya Venkataraman-Cole, MD")], 30),
            ("h", "Interval history"),
            ("p", "Returns after the 2 CT-guided L SIJ injections at GVI. She reports both injections \"helped a lot\" for "
                  "the first while. After the 12/03 injection she had about 3 weeks of meaningful benefit, then the "
                  "pain crept back to where it was. The 01/07 injection \"didn't last\" - ache back by that evening and no "
                  "lasting improvement since. Still on meloxicam 15 mg daily (continuous since 08/2025), heat at night, "
                  "doing the PT home program 4-5x/wk. SIJ pain today 5/10 at rest, up to 7/10 with stairs."),
            ("h", "Exam"),
            ("p", "Focal L SIJ tenderness unchanged. R SIJ, trochanters and lumbar midline nontender. Thigh thrust + L. "
                  "Neuro intact. No synovitis, no enthesitis, skin clear."),
            ("h", "Data reviewed"),
            ("p", "HLA-B27 neg; CRP 3.1, ESR 14. MRI SIJ 11/20/25 - no BME, no erosions (degenerative L SIJ). MRI L-spine - no "
                  "stenosis or root impingement. XR: mild L SIJ and L hip degenerative change."),
            ("h", "Assessment / Plan"),
            ("p", "Mechanical/degenerative L SIJ pain. Axial spondyloarthritis not supported - negative B27, normal "
                  "inflammatory markers, no active or structural lesions on MRI; ASAS classification not fulfilled. No "
                  "indication for bDMARD. She has seen Dr. Heilbronn (ortho spine) who is considering minimally invasive L "
                  "SIJ fusion. Discussed that the second block was short-lived. Continue meloxicam, HEP. Rheum f/u prn."),
            ("sig", ["e-signed P. Venkataraman-Cole MD 01/27/2026"]),
        ], header=hdr("Piedmont Arthritis & Rheumatology Associates"), footer="Follow-up 01/27/2026 - Page 1 of 1"))

        # 14 -- LMN (text)
        P.append(TextPage([
            ("letterhead", "TRIAD SPINE & JOINT SURGERY, PLLC", ["1120 N. Elm Street, Suite 300  -  Greensboro, NC 27401  -  336-555-0180"]),
            ("p", "February 9, 2026"),
            ("p", "CareSource North Carolina, Utilization Management\nRe: Delphine M. Strickland  DOB 03/14/1978  Member ID CSN 48217730 01"),
            ("h", "LETTER OF MEDICAL NECESSITY - Left percutaneous SI joint fusion (CPT 27279)"),
            ("p", "To whom it may concern: I am writing on behalf of my patient, Ms. Strickland, who has suffered from "
                  "debilitating left sacroiliac joint pain for well over a year. Her pain is localized to the left "
                  "posterior SIJ without radicular features and has been rated up to 8/10. On my exam of 01/29/2026 "
                  "she had 4 of 5 positive provocation maneuvers on the left (thigh thrust, compression, Gaenslen, FABER)."),
            ("p", "She has exhausted conservative care: 6+ months of physical therapy (03/2025-09/2025) followed by a home "
                  "program, continuous NSAIDs since 03/2025, heat, activity modification. Inflammatory sacroiliitis was "
                  "excluded by rheumatology. She underwent two CT-guided, contrast-confirmed diagnostic/therapeutic left "
                  "SIJ injections (12/03/2025 and 01/07/2026), each providing greater than 75% relief, with return of "
                  "pain afterwards. Imaging shows degenerative change of the L SIJ, only mild L hip OA and no "
                  "lumbar neural compression."),
            ("p", "In my opinion she meets criteria for minimally invasive SI joint fusion with triangular titanium "
                  "implants, and I respectfully request authorization. Please contact my office with any questions."),
            ("sp", 3),
            ("sig", ["Sincerely,", "Marcus J. Heilbronn, MD", "Board Certified, Orthopaedic Surgery - Spine"]),
        ], footer="Triad Spine & Joint Surgery - LMN - Strickland D."))
        return P


    # gold labels: criterion -> (status, [snippets], why)
    LABELS = {
        "procedure": "percutaneous",
        "request_date": "2026-02-10",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["No radiation past the gluteal fold", "below the belt line"],
                "Rheum consult: pain just medial to the L PSIS, below the belt line, finger-pointing to the L SI sulcus, no radiation past the gluteal fold. The 2019 sciatica is historical and resolved."),
            "perc.pain_severity": ("met", ["SIJ pain today 5/10 at rest, up to 7/10 with stairs"],
                "Most recent pre-request score is the rheum follow-up 01/27/2026: 5/10 at rest, up to 7/10 with stairs (range upper bound 7; even the lower figure is 5). Earlier 6-8/10, 9/10 (06/2025) and worksheet pre-scores 8/10 are older; post-injection scores are not baseline."),
            "perc.sij_tenderness": ("met", ["Marked tenderness to palpation over the L posterior SIJ",
                                            "L greater trochanter nontender, coccyx nontender"],
                "Consult exam: marked tenderness over the L posterior SIJ; lumbar spinous processes/paraspinals, L greater trochanter and coccyx nontender. Re-confirmed 01/27/2026."),
            "perc.active_conservative_therapy": ("met", ["03/11/2025 - 09/30/2025  (29 visits)"],
                "Faxed PT discharge summary (primary therapy record): formal PT 03/11/2025-09/30/2025, 29 visits = 6.6 months, entirely inside the window 2025-02-10..2026-02-10."),
            "perc.inactive_conservative_therapy": ("met", ["naproxen 500 mg BID starting 03/2025",
                                                           "continuous since 08/2025"],
                "NSAIDs: naproxen from 03/2025, switched to meloxicam 08/2025 and still taken daily at 01/27/2026 (continuous since 08/2025) - >10 months of pharmacotherapy in the window, plus heat."),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) POSITIVE"],
                "Provocation table in the consult: thigh thrust (P4) positive left and compression positive left."),
            "perc.two_provocative_tests": ("met", ["Gaenslen's POSITIVE neg", "Patrick / FABER POSITIVE (SIJ, not groin)"],
                "Gaenslen's positive and FABER positive on the left (distraction negative) - two of three."),
            "perc.diagnostic_injections": ("not_met", ["Relief wore off by 2 hr", "2 hr 7 13% standing at counter",
                                                       "bupivacaine 0.5% 1.0 mL (+ triamcinolone 40 mg)"],
                "Two CT-guided contrast-confirmed injections. #1 (12/03/2025, bupivacaine) 88-63% relief through 4 h - qualifies. #2 (01/07/2026, bupivacaine) 50% at 1 h but 13% at 2 h and 0% at 3 h: relief did not last the >=3 h expected for bupivacaine, so it fails. Only one qualifies and one documented injection fails -> not_met. The LMN's '>75% relief' and the follow-up note's 'helped a lot' are summaries and cannot outweigh the primary worksheet."),
            "perc.generalized_pain_excluded": ("met", ["does not satisfy 2016 ACR fibromyalgia criteria", "No Waddell signs"],
                "Exclusion-type criterion; nothing documents a generalized pain disorder, and the consult explicitly screens it out (WPI 2, SSS 3, no Waddell signs)."),
            "perc.sij_imaging": ("met", ["No radiographic sacroiliitis", "No MRI evidence of active or structural sacroiliitis"],
                "Radiographs (AP pelvis + SIJ series 08/12/2025) and MRI SIJ (11/20/2025) are both present; only mild degenerative change, no erosions/BME, no destructive lesion."),
            "perc.hip_imaging": ("met", ["Mild osteoarthritis of the left hip"],
                "Left (ipsilateral) hip radiographs 08/12/2025: minimal narrowing, tiny osteophyte - mild OA only, which does not exceed 'mild'."),
            "perc.lumbar_imaging": ("met", ["No nerve root impingement at any level", "without canal or foraminal stenosis"],
                "MRI lumbar spine 11/20/2025 (same accession as the SIJ MRI) with findings read: mild L4-5 degeneration, no stenosis, no root impingement."),
            "perc.therapeutic_injections": ("met", ["about 3 weeks of meaningful benefit, then the pain crept back",
                                                    "no lasting improvement since"],
                "Two intra-articular injections with triamcinolone 40 mg on 12/03/2025 and 01/07/2026; the follow-up note documents return of pain after each (3 weeks, then same evening). No lasting relief documented."),
            "perc.excl.systemic_arthropathy": ("met", ["Axial spondyloarthritis not supported", "HLA-B27 Antigen Negative"],
                "Rheumatology workup negative (B27 neg, CRP/ESR normal, RF/CCP neg, MRI no sacroiliitis); aunt's RA and brother's psoriasis are family history."),
            "perc.excl.infection_tumor_fracture": ("met", ["No sacral or pelvic fracture, infection or tumor"],
                "MRI and radiographs state no fracture, no suspicious lesion, no infection; DXA osteopenia is not a fracture."),
            "perc.excl.acute_instability": ("met", ["No inciting trauma or fall"],
                "No trauma; no acute traumatic instability documented anywhere."),
            "perc.excl.neural_compression": ("met", ["No nerve root impingement at any level"],
                "Lumbar MRI shows no neural compression; no other pain source named as more likely (2019 sciatica resolved)."),
        },
    }

    return SimpleNamespace(**{k: v for k, v in locals().items() if not k.startswith('_')})


# ============================================================== (2) PACKET b6o-02
def _load_packet02():
    """b6o-02: folder with packet.json, open (27280), gold insufficient_documentation (indication not established)."""


    PID = "b6o-02"
    PT = "OYELARAN, CURTIS L"
    DOB = "09/02/1969"
    MRN = "CFO-771204"
    CS_FAX = "1-833-555-0146"
    SP_FAX = "910-555-0629"

    PACKET_JSON = {"request_date": "2026-01-22", "procedure_codes": ["27280"], "member_id": "CSN 60913358 00",
                   "policy": "MP-MM-1366"}


    def ban(p, n, when="JAN-20-2026 11:06"):
        return f"{when}  FROM: CAPE FEAR ORTHO SPINE {SP_FAX}  TO: {CS_FAX}  P. {p}/{n}"


    def hdr(org):
        return f"{org}  -  {PT}  -  DOB {DOB}  -  MRN {MRN}"


    def files():
        F = {}
        # ---------------------------------------------------------------- 01 cover + form (standard-resolution fax)
        F["01_fax_cover_and_request.pdf"] = [
            FaxPage([
                ("letterhead", "CAPE FEAR ORTHOPAEDIC SPINE CENTER", ["2301 S. 17th Street, Bldg C - Wilmington NC 28401",
                                                                      f"Tel 910-555-0620    Fax {SP_FAX}"]),
                ("title", "FAX", 18),
                ("kv", [("To:", "CareSource NC Prior Authorization"), ("Fax #:", CS_FAX), ("From:", "Bettina Quarles, auth coordinator"),
                        ("Date:", "01/20/2026"), ("# pages:", "9 incl. cover"),
                        ("Re:", "Curtis Oyelaran - R SI joint - OPEN arthrodesis 27280")], 34),
                ("sp", 5),
                ("p", "Please find attached request + clinicals (rheum consult, labs, MRI, bone scan, CT aspiration, "
                      "surgical note). Dr. Kjeldgaard would like this reviewed ASAP as OR time is being held."),
                ("sp", 20),
                ("p", "The information in this fax is confidential and intended only for the addressee. If you are not the "
                      "intended recipient, please call 910-555-0620 and destroy this document."),
            ], ban(1, 9), mode="std", skew=0.7, seed=201, size=12),
            FaxPage([
                ("title", "CareSource NC  -  PRIOR AUTHORIZATION REQUEST", 13),
                ("p", "Fax to 1-833-555-0146.  All fields required for processing."),
                ("kv", [("Member:", "Curtis L. Oyelaran      DOB 09/02/1969"), ("Member ID:", "CSN 60913358 00"),
                        ("Requesting MD:", "Sunniva Kjeldgaard, MD  NPI 1336024418  Orthopaedic Spine"),
                        ("Facility:", "New Hanover Regional - Main OR (inpatient)"), ("Contact:", "Bettina Quarles 910-555-0620")], 40),
                ("table", [18, 70, 12], ["CPT", "Procedure description", "Side"],
                 [["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including instrumentation, when performed", "RT"],
                  ["20240", "Biopsy, bone, open; superficial (intra-op cultures)", "RT"]], 11),
                ("check", [(False, "Outpatient"), (True, "Inpatient"), (False, "Observation")]),
                ("kv", [("Dx (ICD-10):", "M46.1 Sacroiliitis, NEC;  E11.65 DM2 w/ hyperglycemia"),
                        ("Clinical:", "R SIJ sacroiliitis on MRI, elevated CRP/ESR. R/o pyogenic sacroiliitis / osteomyelitis. "
                                      "Open debridement + SIJ fusion planned pending bone biopsy."),
                        ("Requested DOS:", "02/05/2026  (tentative)"), ("Date:", "01/20/2026")], 40),
                ("sp", 4),
                ("p", "Signature: S. Kjeldgaard MD (signed by B.Q. per verbal order)"),
            ], ban(2, 9), mode="std", skew=-0.9, seed=202, size=12),
        ]

        # ---------------------------------------------------------------- 02 rheumatology
        CR = "Coastal Rheumatology & Infusion"
        lh = ("letterhead", "COASTAL RHEUMATOLOGY & INFUSION, PA",
              ["1812 Doctors Circle, Wilmington NC 28401  |  P 910-555-0733  |  F 910-555-0734"])
        F["02_rheumatology.pdf"] = [
            TextPage([
                lh,
                ("title", "Rheumatology Consultation"),
                ("kv", [("Date", "12/10/2025"), ("Consultant", "Rafael Ostrowski-Lima, MD"),
                        ("Requesting", "Emergency Dept / hospitalist f/u clinic - Dr. T. Abernathy"),
                        ("Question", "Sacroiliitis on MRI - inflammatory vs infectious?")], 32),
                ("h", "History of present illness"),
                ("p", "56 yo M w/ T2DM (A1c 8.4), HTN, obesity, seen for R buttock pain. He was well until approx. 10/12/2025 "
                      "when he had 4-5 days of malaise, low-grade temps and dysuria; urgent care treated as UTI with "
                      "cephalexin x 7 d. About a week later severe R buttock/low back pain began, worst with weight bearing "
                      "on R leg, now limping. ED 11/29/2025: T 37.9, WBC 12.6, CRP 71. MRI obtained 12/02. Discharged on "
                      "oxycodone/APAP and ibuprofen with rheum + ortho referral. Pain stays in the R buttock - \"right here\" "
                      "over the R SI region; he denies pain down the leg, numbness or weakness. Currently 7/10."),
                ("p", "No prior back problems. No hx of uveitis, psoriasis, IBD, diarrhea, urethral discharge, heel pain. "
                      "No IVDU. No pelvic trauma, falls or MVC. No recent dental work. Has a cat, no farm/unpasteurized dairy "
                      "exposure. No travel."),
                ("h", "PMH"),
                ("p", "T2DM (metformin, glipizide), HTN (lisinopril), HLD, OSA on CPAP. Appendectomy age 14. Never any SIJ or spine surgery."),
                ("h", "Family hx"),
                ("p", "Father - gout. Sister - lupus? (not confirmed). No known AS, psoriasis or IBD."),
                ("h", "Exam"),
                ("p", "T 37.4  BP 142/88  HR 96. Uncomfortable on the exam table, prefers L side. R SI joint exquisitly tender; "
                      "R FABER and Gaenslen reproduce R SIJ pain; L SIJ nontender. No spinal midline tenderness. Hip ROM "
                      "full and painless bilaterally (log roll neg). SLR neg. LE strength 5/5, DTRs symmetric, sensation intact. "
                      "No peripheral synovitis, enthesitis, dactylitis. No rash, nail pitting or oral ulcers. Eyes clear."),
            ], header=hdr(CR), footer="Consult - R. Ostrowski-Lima MD - 12/10/2025 - page 1/2"),
            TextPage([
                ("h", "Data"),
                ("p", "MRI pelvis/SIJ + L-spine 12/02/2025 (Atlantic Shores Radiology) reviewed with images - unilateral R "
                      "sacroiliitis with effusion and periarticular soft-tissue edema. DXA 04/2024 (PCP): lowest T-score -1.2 "
                      "L femoral neck (osteopenia)."),
                ("h", "Assessment"),
                ("p", "Unilateral R sacroiliitis, subacute, in a diabetic with systemic inflammation (CRP 48, ESR 62 today). "
                      "Differential: (1) pyogenic/infectious sacroiliitis - leading concern, possibly partially treated by the "
                      "October cephalexin course; (2) unilateral sacroiliitis of axial SpA / reactive arthritis - less likely, "
                      "acute onset, B27 pending, no extra-articular features; (3) brucellosis/TB - low pretest probability; "
                      "(4) crystal disease of SIJ - rare. Not consistent with mechanical/degenerative SIJ pain."),
                ("h", "Plan"),
                ("p", "- Blood cultures x2 today, HLA-B27, procalcitonin, Brucella Ab, QuantiFERON, uric acid.  - Request "
                      "CT-guided R SIJ aspiration at ASR before any empiric antibiotics (hold abx if clinically stable).  "
                      "- ID e-consult.  - Ibuprofen 600 mg TID prn with food; avoid steroids.  - Close f/u 2 wks."),
                ("h", "Addendum 12/29/2025"),
                ("p", "Blood cultures NGTD x2 at 5 days. SIJ aspirate: no organisms, culture no growth (scant sample). B27 "
                      "negative. CRP still 39. Per ID (Dr. Hollingsworth-Baez) infection remains possible but unproven; they "
                      "recommend CT-guided core bone biopsy of the R SIJ/ilium prior to committing to a 6-wk IV course. He "
                      "saw Dr. Kjeldgaard (spine) 12/22 who is discussing open debridement/arthrodesis if infection is confirmed. "
                      "Inflammatory arthropathy not excluded yet either; will re-image in 8-12 wks if biopsy unrevealing."),
                ("sig", ["Rafael Ostrowski-Lima, MD   electronically signed 12/10/2025; addendum signed 12/29/2025 08:14"]),
            ], header=hdr(CR), footer="Consult - R. Ostrowski-Lima MD - 12/10/2025 - page 2/2"),
            TextPage([
                ("mono", [
                    "CAPE FEAR REGIONAL LABORATORY SERVICES          CUMULATIVE RESULTS",
                    "==========================================================================",
                    f"PT: {PT}     DOB: {DOB}   M   MRN: {MRN}",
                    "Ordering: OSTROWSKI-LIMA, RAFAEL MD       Location: COASTAL RHEUM OP",
                    "==========================================================================",
                    "TEST               11/29/25(ED)   12/10/25     12/29/25     REF RANGE",
                    "--------------------------------------------------------------------------",
                    "WBC  K/uL          12.6 H         11.2 H       9.4          4.0-10.5",
                    "HGB  g/dL          13.0 L         12.8 L       13.2         13.5-17.5",
                    "PLT  K/uL          402            436 H        388          150-400",
                    "CRP  mg/L          71.0 H         48.0 H       39.2 H       <10.0",
                    "ESR  mm/hr         --             62 H         55 H         0-20",
                    "PROCALCITONIN ng/mL  --           0.08         --           <0.10",
                    "HGB A1C  %         8.4 H          --           --           <5.7",
                    "URIC ACID mg/dL    --             6.1          --           3.5-7.2",
                    "HLA-B27            --             NEGATIVE     --           NEG",
                    "BRUCELLA AB IgG/IgM --            NEG/NEG      --           NEG",
                    "QUANTIFERON-TB     --             NEGATIVE     --           NEG",
                    "--------------------------------------------------------------------------",
                    "MICROBIOLOGY",
                    "  Blood culture #1 (12/10 10:22 L AC)   NO GROWTH AT 5 DAYS   FINAL",
                    "  Blood culture #2 (12/10 10:31 R hand) NO GROWTH AT 5 DAYS   FINAL",
                    "  UA 11/29: neg nitrite, LE trace, WBC 3-5 - no reflex culture",
                    "==========================================================================",
                    "H=High L=Low   *** END OF REPORT ***   Printed 01/19/2026 15:02  pg 1 of 1",
                ], 8.4),
            ]),
        ]

        # ---------------------------------------------------------------- 03 imaging
        AS = "Atlantic Shores Radiology"
        alh = ("letterhead", "ATLANTIC SHORES RADIOLOGY ASSOCIATES", ["Body & Musculoskeletal Imaging  |  5220 Oleander Dr, Wilmington NC 28403  |  910-555-0815"])
        F["03_imaging.pdf"] = [
            TextPage([
                alh,
                ("title", "MRI REPORT"),
                ("kv", [("Accession #", "ASR-25-1202-00631"), ("Date of exam", "12/02/2025"),
                        ("Procedure", "MRI LUMBAR SPINE W/WO CONTRAST + MRI PELVIS (SACROILIAC JOINTS) W/WO CONTRAST"),
                        ("Clinical hx", "R buttock pain, fever, elevated CRP. Eval discitis/osteomyelitis, sacroiliitis, abscess."),
                        ("Comparison", "None."), ("Contrast", "Gadobutrol 9 mL IV")], 32),
                ("h", "LUMBAR SPINE"),
                ("p", "Normal lordosis. Marrow signal normal in the lumbar vertebral bodies; no endplate edema or disc T2 "
                      "hyperintensity/enhancement to suggest discitis-osteomyelitis. No epidural or paraspinal collection. "
                      "L3-4 and L4-5: mild disc bulges, no stenosis. L5-S1: disc bulge with facet hypertrophy causing mild "
                      "bilateral foraminal narrowing; the exiting L5 roots are not compressed. No nerve root compression or "
                      "canal stenosis at any level. Conus normal."),
                ("h", "PELVIS / SACROILIAC JOINTS"),
                ("p", "Right SIJ: moderate joint effusion. Subchondral bone marrow edema on both the iliac and sacral sides of "
                      "the right SI joint, most pronounced anteroinferiorly, with corresponding enhancement. Small erosions "
                      "along the iliac articular surface. Periarticular soft tissue edema and enhancement extend anteriorly "
                      "into the iliacus and posteriorly along the gluteus medius; no rim-enhancing drainable collection. "
                      "Left SIJ: normal. Hips: no effusion or marrow edema. No pelvic fracture. No lymphadenopathy. Bladder, "
                      "prostate and rectum unremarkable."),
                ("h", "IMPRESSION"),
                ("p", "1. Acute/subacute unilateral right sacroiliitis with joint effusion, marrow edema, small erosions and "
                      "periarticular soft tissue inflammation. In this clinical setting the appearance is suspicious for "
                      "infectious (pyogenic) sacroiliitis; unilateral inflammatory sacroiliitis is a less likely alternative. "
                      "Correlation with joint aspiration suggested. No abscess."),
                ("p", "2. No lumbar discitis-osteomyelitis or epidural abscess. Mild L5-S1 foraminal narrowing without "
                      "nerve root compression."),
                ("sig", ["Read by: Gwendolyn Achterberg, MD, MSK radiology - finalized 12/02/2025 18:40"]),
            ], header=hdr(AS), footer="ASR-25-1202-00631  - page 1 of 1"),
            FaxPage([
                ("title", "ATLANTIC SHORES RADIOLOGY - NUCLEAR MEDICINE", 13),
                ("kv", [("Exam:", "NM BONE SCAN 3-PHASE (pelvis) + WHOLE BODY"), ("Acc:", "ASR-25-1216-00214"),
                        ("Date:", "12/16/2025"), ("Radiopharm:", "Tc-99m MDP 24.6 mCi IV"),
                        ("Hx:", "R sacroiliitis on MRI, r/o osteomyelitis")], 34),
                ("p", "FINDINGS: Flow and blood pool images show hyperemia centered on the right SI joint. Delayed images: "
                      "intense increased uptake along the right sacroiliac joint, both sacral and iliac margins. Left SIJ "
                      "uptake is normal. Whole body: mild degenerative uptake at knees and L4-5 facets; no other focal "
                      "abnormality. No findings to suggest metastatic disease."),
                ("p", "IMPRESSION: Positive three-phase study at the right sacroiliac joint. Osteomyelitis/septic arthritis "
                      "cannot be excluded; active inflammatory sacroiliitis would have a similar appearance. Correlate "
                      "with aspiration/biopsy."),
                ("p", "Dictated: Jun-ho Ferreira-Castillo, MD (Nuc Med)   12/16/2025 15:10"),
            ], f"DEC-17-2025 08:55  FROM: ASR FILE ROOM 910-555-0816  TO: {SP_FAX}  P. 1/1", mode="std", skew=1.2, seed=203, size=12),
            TextPage([
                alh,
                ("title", "PROCEDURE: CT-GUIDED RIGHT SACROILIAC JOINT ASPIRATION"),
                ("kv", [("Accession #", "ASR-25-1219-00877"), ("Date", "12/19/2025"), ("Operator", "Gwendolyn Achterberg, MD"),
                        ("Indication", "R sacroiliitis, r/o septic arthritis. Patient off antibiotics since 10/2025.")], 32),
                ("p", "Consent obtained; time-out. Prone. Limited pre-procedure CT of the pelvis: R SIJ with subtle iliac-side "
                      "erosions and periarticular soft tissue thickening. 1% lidocaine local. A 20G needle was advanced into "
                      "the posteroinferior R SIJ under CT guidance. 0.3 mL blood-tinged fluid aspirated. 2 mL sterile "
                      "non-bacteriostatic saline instilled and re-aspirated (approx 1.5 mL). Samples to micro for Gram stain, "
                      "aerobic/anaerobic, AFB and fungal culture. No contrast, no anesthetic or steroid injected into the joint."),
                ("p", "IMAGES: planning axial CT and needle-tip-in-joint axial image stored (series 4, images 12 and 20)."),
                ("p", "Complications: none. Pt discharged home with routine instructions."),
                ("h", "IMPRESSION"),
                ("p", "Successful CT-guided right SIJ aspiration with scant yield; specimens sent."),
                ("h", "MICROBIOLOGY (appended 12/26/2025)"),
                ("table", [45, 55], ["Test", "Result"],
                 [["Gram stain", "Rare WBC, no organisms seen"], ["Aerobic/anaerobic culture", "No growth at 5 days (scant specimen)"],
                  ["AFB smear / culture", "Smear negative / culture pending (6 wk)"], ["Fungal culture", "No growth to date"]]),
                ("sig", ["G. Achterberg, MD  12/19/2025 14:22  |  micro addendum 12/26/2025"]),
            ], header=hdr(AS), footer="ASR-25-1219-00877 - page 1 of 1"),
        ]

        # ---------------------------------------------------------------- 04 surgeon note
        F["04_surgical_consult.pdf"] = [
            TextPage([
                ("letterhead", "CAPE FEAR ORTHOPAEDIC SPINE CENTER", ["2301 S. 17th Street, Bldg C  |  Wilmington NC 28401  |  910-555-0620"]),
                ("title", "Spine Surgery - Follow-up / Pre-authorization Note"),
                ("kv", [("Date", "01/19/2026"), ("Surgeon", "Sunniva Kjeldgaard, MD"), ("Pt", "Curtis L. Oyelaran, 56 M")], 28),
                ("h", "S"),
                ("p", "Seen 12/22 for R SIJ sacroiliitis. Continues to have R buttock pain 6-7/10, worse with standing/walking, "
                      "walks with a cane. Does not radiate to the leg. No fevers at home. Has not been on antibiotics "
                      "since the October cephalexin. ID and rheum following."),
                ("h", "O"),
                ("p", "Afebrile. Antalgic gait. Focal R SIJ tenderness. FABER + R for SIJ pain, thigh thrust + R. Neuro intact "
                      "L2-S1 bilaterally. Incisions: none (no prior pelvic/spine surgery)."),
                ("p", "Imaging reviewed personally: MRI 12/02/2025 - R SIJ effusion, bilateral-sided marrow edema, erosions, "
                      "periarticular edema. Bone scan 12/16 - intense R SIJ uptake. CT aspiration 12/19 - cultures negative."),
                ("h", "A/P"),
                ("p", "R sacroiliitis with erosive change - pyogenic sacroiliitis/osteomyelitis vs inflammatory, etiology "
                      "not yet established. No history of pelvic ring injury, no sacral mass, no deformity, no prior SI "
                      "fusion. CT-guided core biopsy of the R iliac side of the SIJ is scheduled 01/28/2026 (IR, ASR)."),
                ("p", "If the biopsy confirms osteomyelitis, I would recommend open R SIJ debridement with autograft "
                      "arthrodesis and instrumentation (27280) as an adjunct to IV antibiotics per ID, given the erosive "
                      "destruction and the poor prognosis of non-operative care in a diabetic host. If the biopsy is "
                      "negative, surgery is not planned and he would return to rheumatology for management of "
                      "inflammatory sacroiliitis. Submitting the authorization now so the OR date can be held; we will "
                      "forward pathology and cultures as soon as they result."),
                ("p", "Discussed risks incl. infection, nonunion, neurovascular injury, VTE, need for further surgery. Pt "
                      "understands and wishes to proceed if indicated."),
                ("sig", ["Sunniva Kjeldgaard, MD - Orthopaedic Spine Surgery - e-signed 01/19/2026 17:31"]),
            ], header=hdr("Cape Fear Orthopaedic Spine Center"), footer="Kjeldgaard - 01/19/2026 - page 1 of 1"),
        ]
        return F


    LABELS = {
        "procedure": "open",
        "request_date": "2026-01-22",
        "determination": "insufficient_documentation",
        "criteria": {
            "open.indication": ("insufficient", [],
                "No qualifying indication is affirmed. Infection is only suspected ('suspicious for', 'r/o', 'cannot be excluded', "
                "'infection remains possible but unproven'); every culture is negative and the bone biopsy is still pending; the "
                "surgeon's plan is conditional ('If the biopsy confirms osteomyelitis'). Trauma, tumor, deformity and failed prior "
                "percutaneous fusion are explicitly denied. Nor is the stated indication one the policy excludes (mechanical, "
                "SIJ syndrome, degenerative) - so it is undeterminable, not failed."),
            "open.recent_imaging": ("met", ["Right SIJ: moderate joint effusion",
                                            "Subchondral bone marrow edema on both the iliac and sacral sides"],
                "MRI pelvis/SIJ 12/02/2025 is 51 days before the 2026-01-22 request (packet.json date) and shows localized right "
                "SIJ pathology; the bone scan 12/16/2025 agrees."),
            "open.excl.neural_compression": ("met", ["No nerve root compression or canal stenosis at any level"],
                "Exclusion criterion. Lumbar MRI (same accession) documents mild L5-S1 foraminal narrowing without root "
                "compression; pain does not radiate; no other more likely source is named."),
        },
    }

    return SimpleNamespace(**{k: v for k, v in locals().items() if not k.startswith('_')})


# ============================================================== (2) PACKET b6o-03
def _load_packet03():
    """b6o-03: folder without packet.json, percutaneous (27279), gold meets_criteria."""


    PID = "b6o-03"
    PT = "ECKHARDT-NWOSU, MARISOL T"
    DOB = "07/22/1983"
    MRN = "BRS-5520918"
    CS_FAX = "1-833-555-0146"
    BR_FAX = "828-555-0377"
    PACKET_JSON = None


    def hdr(org):
        return f"{org} :: {PT} :: DOB {DOB} :: MRN {MRN}"


    def files():
        F = {}
        # ---------------------------------------------------------------- 00 cover + PA form
        F["00_cover_and_pa_form.pdf"] = [
            FaxPage([
                ("letterhead", "BLUE RIDGE SPINE INSTITUTE", ["40 Orange Street, Suite 210, Asheville NC 28801",
                                                              f"office 828-555-0370   fax {BR_FAX}"]),
                ("title", "FAX COVER SHEET", 15),
                ("kv", [("Attn:", "CareSource NC - Prior Authorization Dept"), ("Fax:", CS_FAX),
                        ("From:", "Hollis Brandvik, PA coordinator (Dr. G. Tillotson)"), ("Date:", "02/16/2026"),
                        ("Pages:", "15 total"), ("Subject:", "Marisol Eckhardt-Nwosu - R SIJ fusion, MIS")], 36),
                ("sp", 4),
                ("p", "Hello - attached are the PA request and supporting records for right minimally invasive SI joint "
                      "fusion. Rheumatology, MSK radiology injection reports w/ worksheets, SPECT-CT, PT and chiro are included. "
                      "Call Hollis at ext 118 with any questions."),
                ("sp", 25),
                ("p", "PRIVILEGED AND CONFIDENTIAL: intended only for the named recipient. Unauthorized review, use or "
                      "disclosure is prohibited. If received in error please notify us immediately."),
            ], f"FEB-16-2026 10:02  FROM: BLUE RIDGE SPINE {BR_FAX}  TO: {CS_FAX}   P. 1/15", mode="fine", skew=-0.4, seed=301, size=11),
            TextPage([
                ("letterhead", "CareSource North Carolina", ["Marketplace Prior Authorization Request  -  Surgical / Procedural",
                                                             "Submit by fax 1-833-555-0146 or via provider portal"]),
                ("h", "1. Member information"),
                ("kv", [("Name", "Marisol T. Eckhardt-Nwosu"), ("DOB", DOB), ("Member ID", "CSN 70355192 02"), ("Phone", "828-555-0191")], 40),
                ("h", "2. Provider information"),
                ("kv", [("Ordering/rendering", "Graham W. Tillotson, MD - Neurosurgery/Spine - NPI 1578330259"),
                        ("Place of service", "Mission Valley Surgery Center (ASC), Asheville NC - NPI 1215009833"),
                        ("Office contact", "Hollis Brandvik 828-555-0370 x118  fax " + BR_FAX)], 40),
                ("h", "3. Requested services"),
                ("table", [20, 100, 14, 14], ["Code", "Description", "Qty", "Laterality"],
                 [["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), "
                            "with image guidance, includes obtaining bone graft when performed, and placement of transfixing device", "1", "Right"]]),
                ("kv", [("Primary dx", "M53.3  Sacrococcygeal disorders, NEC (right SI joint dysfunction)"),
                        ("Secondary dx", "M54.59  Other low back pain"),
                        ("Planned date", "03/24/2026"), ("Request date", "02/16/2026")], 40),
                ("h", "4. Clinical information"),
                ("p", "R SIJ pain > 18 months. Inflammatory sacroiliitis excluded by rheumatology. PT + chiropractic 04-11/2025, "
                      "NSAIDs since 04/2025. Two CT-guided contrast-confirmed R SIJ blocks with >50% relief; steroid benefit "
                      "temporary after each. MRI L-spine w/o neural compression. Records attached (15 pp)."),
                ("sp", 3),
                ("kv", [("Attestation", "I attest the information is accurate. - G. W. Tillotson, MD  02/16/2026")], 40),
            ], footer="CareSource NC PA form MKT-SURG-02  |  Page 1 of 1"),
        ]

        # ---------------------------------------------------------------- 10 rheumatology
        MA = "Mountain Area Rheumatology"
        mlh = ("letterhead", "MOUNTAIN AREA RHEUMATOLOGY, P.A.", ["1 Hospital Dr, Medical Office Bldg 3, Asheville NC 28803 | Ph 828-555-0550 | Fx 828-555-0551"])
        F["10_rheumatology.pdf"] = [
            TextPage([
                mlh,
                ("title", "Consult Note - Rheumatology"),
                ("kv", [("Visit date", "09/23/2025"), ("Attending", "Naomi F. Castellanos, MD"),
                        ("Referring", "Dr. Graham Tillotson (spine) and PCP Dr. Ama Boateng"),
                        ("RFC", "R SI pain, r/o ankylosing spondylitis before SIJ intervention")], 30),
                ("h", "HPI"),
                ("p", "42 y/o F, dental hygienist, w/ R-sided low back/upper buttock pain since ~summer 2024, insidious onset, "
                      "no injury. Localizes to the R posterior SIJ, below L5 and just inferior/medial to the PSIS. The pain "
                      "does not radiate into the thigh or leg; no paresthesias. Aggravated by sitting on R buttock, "
                      "single-leg stance, turning in bed. AM stiffness < 15 min. Improves with moving around? - \"not really, "
                      "walking a lot makes it worse.\" Rates it 7/10 today; she says it was 9/10 in 04/2025 before therapy. "
                      "Remote R sciatica 2017 treated w/ one lumbar ESI, fully resolved, no leg sx since."),
                ("p", "Treatment to date: PT (Apr-Jul 2025) then chiropractic (since Aug 2025, ongoing). Naproxen 500 mg BID "
                      "from 04/2025 -> switched to celecoxib 200 mg daily since 09/2025 for dyspepsia. Heat pack nightly, SI "
                      "belt with prolonged standing at work. Has a TENS unit from her sister that she \"tries now and then\"."),
                ("h", "PMH/PSH"),
                ("p", "Migraine w/o aura. L distal radius fracture 2016 (fall skiing), healed. G2P2, SVD 2014/2018. Tubal ligation."),
                ("h", "FH"),
                ("p", "Father - psoriasis. Paternal uncle - \"arthritis in his spine\", ? AS (never confirmed). Sister - fibromyalgia. "
                      "Mother - hypothyroid. No IBD, no uveitis in family."),
                ("h", "ROS"),
                ("p", "No fevers, wt loss, uveitis/red eye, psoriasis, diarrhea, heel or chest-wall pain, dactylitis. No "
                      "widespread pain. PHQ-2 negative."),
                ("h", "Meds / allergies"),
                ("p", "Celecoxib 200 mg daily, sumatriptan prn, OCP. NKDA."),
            ], header=hdr(MA), footer="N. Castellanos MD - consult 09/23/2025 - pg 1 of 2"),
            TextPage([
                ("h", "Exam"),
                ("p", "Vitals wnl, BMI 24.8. Skin/nails clear, no psoriasis. No uveitis. Peripheral joints: no synovitis. No "
                      "enthesitis (MASES 0). Lumbar ROM full, modified Schober 5.8 cm, chest expansion 5.5 cm."),
                ("p", "Point tenderness directly over the R posterior SIJ, reproducing her usual pain. Greater trochanters "
                      "nontender bilaterally. Lumbar spinous processes and facets nontender. Coccyx nontender. L SIJ nontender."),
                ("table", [48, 24, 24], ["Provocation test", "R", "L"],
                 [["Distraction (supine gapping)", "+", "-"], ["Thigh thrust", "+", "-"], ["Compression", "+", "-"],
                  ["FABER (Patrick)", "+ (posterior)", "-"], ["Gaenslen", "equivocal", "-"], ["SLR", "neg", "neg"]]),
                ("p", "Neuro: strength 5/5, DTR 2+ and symmetric, sensation intact. Waddell signs 0/5. Tender-point survey "
                      "unremarkable; WPI 3, SSS 2 - fibromyalgia not supported."),
                ("h", "Impression"),
                ("p", "Chronic R SIJ pain, mechanical by history and exam (4 of 5 tests +, incl. thigh thrust and compression). "
                      "Inflammatory back pain criteria not met. Family history noted (father psoriasis, ?uncle AS) - will "
                      "screen: HLA-B27, CRP, ESR, RF, CBC; MRI SIJ with STIR + L-spine (ordered by Dr. Tillotson at French "
                      "Broad Imaging)."),
                ("h", "Plan"),
                ("p", "Labs today. Continue celecoxib + chiro. If SpA not supported -> OK from rheum standpoint for CT-guided "
                      "R SIJ injections at FBI MSK and surgical evaluation. RTC after MRI."),
                ("sig", ["Naomi F. Castellanos, MD - signed 09/23/2025 18:05"]),
            ], header=hdr(MA), footer="N. Castellanos MD - consult 09/23/2025 - pg 2 of 2"),
            FaxPage([
                ("mono", [
                    "MISSION REFERENCE LAB          PATIENT REPORT        FINAL",
                    "--------------------------------------------------------------",
                    "ECKHARDT-NWOSU, MARISOL T    F  DOB 07/22/1983",
                    "Coll: 09/23/2025 16:40    Rec: 09/23/2025 18:02",
                    "Prov: CASTELLANOS, NAOMI F   Client: MTN AREA RHEUM",
                    "--------------------------------------------------------------",
                    "TEST                 RESULT     FLAG  UNITS    REF",
                    "HLA-B27              NEGATIVE               NEGATIVE",
                    "CRP, QUANT           2.4              mg/L     0-10",
                    "SED RATE (ESR)       9                mm/hr    0-20",
                    "RHEUMATOID FACTOR    <10              IU/mL    <14",
                    "WBC                  7.1              K/uL     4.0-10.5",
                    "HGB                  12.9             g/dL     12.0-15.5",
                    "PLT                  254              K/uL     150-400",
                    "--------------------------------------------------------------",
                    "Reviewed NFC 09/26/25 - B27 neg, CRP/ESR nl.",
                    "Page 1 of 1",
                ], 11),
            ], "SEP-26-2025 12:48  FROM: MTN AREA RHEUM 828-555-0551  TO: 828-555-0377  P. 2/2", mode="fine", skew=0.9, seed=302, size=11),
            TextPage([
                mlh,
                ("title", "Rheumatology Follow-up"),
                ("kv", [("Date", "01/29/2026"), ("Provider", "Naomi F. Castellanos, MD")], 28),
                ("p", "S: F/u R SIJ pain. Since last visit: MRI, 2 CT-guided R SIJ injections (10/14 and 12/09) and SPECT-CT. "
                      "Both blocks gave her big same-day relief. The October shot (triamcinolone) held ~5 wks, then the "
                      "pain came back fully by late Nov. The December shot (dexamethasone) lasted about 3 weeks; pain back "
                      "to baseline since early January. Finished chiropractic in Nov. Still on celecoxib daily + heat. "
                      "Pain VAS 72 mm today (0-100). Sleep poor."),
                ("p", "O: R posterior SIJ tender; trochanter, lumbar midline and coccyx nontender. Thigh thrust and "
                      "compression + on R. No synovitis/enthesitis. Skin clear."),
                ("p", "Data: HLA-B27 neg, CRP 2.4, ESR 9. MRI 10/01/25: no BME, no erosions, mild degenerative R SIJ; L-spine "
                      "without stenosis. SPECT-CT 11/04/25: focal R SIJ uptake w/ degenerative CT correlate."),
                ("p", "A: Mechanical/degenerative R SIJ dysfunction. Axial spondyloarthritis not supported - does not "
                      "fulfill ASAS classification criteria (B27 neg, normal CRP, negative MRI). No evidence of systemic "
                      "inflammatory arthritis."),
                ("p", "P: No DMARD/biologic indicated. Cleared from rheumatology standpoint for MIS R SIJ fusion per Dr. "
                      "Tillotson. Continue celecoxib with PPI. F/u prn."),
                ("sig", ["NFC / e-signed 01/29/2026"]),
            ], header=hdr(MA), footer="Follow-up 01/29/2026 - pg 1 of 1"),
        ]

        # ---------------------------------------------------------------- 20 MSK imaging
        FB = "French Broad Imaging"
        flh = ("letterhead", "FRENCH BROAD IMAGING  -  MUSCULOSKELETAL SECTION", ["21 Victoria Rd, Asheville NC 28801  |  828-555-0640  |  fax 828-555-0641"])
        wsb = lambda d, t: f"{d}  FROM: FBI MSK PROC 828-555-0641  TO: {BR_FAX}  P. 1/1  {t}"
        F["20_msk_imaging.pdf"] = [
            TextPage([
                flh,
                ("title", "DIAGNOSTIC RADIOLOGY REPORT"),
                ("kv", [("Acc", "FBI-250618-3307 / -3308"), ("Exam date", "06/18/2025"),
                        ("Exams", "XR PELVIS AP; XR SI JOINTS (AP + bilateral obliques); XR HIP BILATERAL AP/FROG; DXA"),
                        ("Ordering", "Ama Boateng, MD"), ("Hx", "R SI region pain. ?sacroiliitis. Hip OA?")], 28),
                ("h", "Findings"),
                ("p", "SI joints: joint margins are well defined. Mild subchondral sclerosis on the iliac side of the right SIJ, "
                      "lower third, with a small bridging-type osteophyte anteriorly. No erosions or widening. Left SIJ "
                      "unremarkable. No sacral or pelvic fracture. No focal lytic or sclerotic lesion."),
                ("p", "Hips: Right - femoral head spherical, mild superior joint space narrowing, no osteophytes of "
                      "significance, no cysts. Left - moderate superolateral joint space narrowing with marginal osteophytes "
                      "and subchondral sclerosis."),
                ("h", "Impression"),
                ("p", "1. Mild degenerative change of the right SI joint; no radiographic evidence of sacroiliitis."),
                ("p", "2. Right hip: mild osteoarthritis. Left hip: moderate osteoarthritis (asymptomatic per history)."),
                ("h", "DXA (Hologic)"),
                ("table", [50, 25, 25], ["Site", "T-score", "Z-score"],
                 [["Lumbar spine L1-L4", "-1.1", "-0.8"], ["Right femoral neck", "-1.3", "-1.0"], ["Left total hip", "-0.7", "-0.4"]]),
                ("p", "Low bone mass (osteopenia) at the femoral neck. Repeat in 2 years."),
                ("sig", ["Ingrid Salo-Whitaker, MD (MSK)  06/18/2025 15:44"]),
            ], header=hdr(FB), footer="FBI-250618-3307 - page 1 of 1"),
            TextPage([
                flh,
                ("title", "MRI - COMBINED LUMBAR SPINE AND SACROILIAC JOINTS"),
                ("kv", [("Acc", "FBI-251001-5521"), ("Date", "10/01/2025"),
                        ("Exam", "MR L-SPINE WO; MR SACROILIAC JOINTS WO (one accession)"),
                        ("Ordering", "Graham W. Tillotson, MD / cc N. Castellanos, MD"),
                        ("Clinical", "R SIJ pain. Exclude axSpA, lumbar neural compression.")], 28),
                ("h", "Lumbar spine"),
                ("p", "Alignment normal, no listhesis. Vertebral marrow signal normal. Conus at L1-2. L1-L3: normal discs. L3-4: "
                      "normal. L4-5: mild facet arthropathy, minimal disc bulge; central canal and neural foramina patent. L5-S1: "
                      "mild facet arthropathy, no disc herniation; foramina patent. No nerve root impingement."),
                ("h", "Sacroiliac joints"),
                ("p", "Oblique coronal STIR: no subchondral bone marrow edema in either SIJ. T1: no erosions, no fat "
                      "metaplasia, no backfill, no ankylosis. Mild subchondral sclerosis and small anterior osteophyte at the "
                      "right SIJ lower third. No effusion or capsulitis. No sacral insufficiency fracture. No marrow-replacing "
                      "lesion. Piriformis and gluteal muscles symmetric."),
                ("h", "Impression"),
                ("p", "1. No active inflammatory sacroiliitis and no structural lesions of axial SpA. Mild degenerative "
                      "change at the right SIJ."),
                ("p", "2. Mild lower lumbar facet arthropathy. No canal stenosis, foraminal stenosis or neural compression."),
                ("sig", ["Ingrid Salo-Whitaker, MD  10/01/2025 17:20"]),
            ], header=hdr(FB), footer="FBI-251001-5521 - page 1 of 1"),
            TextPage([
                flh,
                ("title", "CT-GUIDED RIGHT SACROILIAC JOINT INJECTION"),
                ("kv", [("Acc", "FBI-251014-0640"), ("Date", "10/14/2025"), ("Physician", "Ingrid Salo-Whitaker, MD"),
                        ("Indication", "R SIJ pain, rheum w/u negative for SpA. Diagnostic + therapeutic.")], 28),
                ("p", "Consent: risks/benefits/alternatives reviewed, pt agrees, signed. Time-out completed. Pt prone. Baseline "
                      "pain on standing recorded on worksheet by RN: 7/10. Low-dose CT of the SIJs for planning; target: "
                      "posterior-inferior R SIJ. Prep/drape. Skin local 1% lidocaine 2 mL (subcutaneous only). 22G "
                      "needle placed into the R SIJ under CT guidance. Iopamidol (Isovue-M 200) 0.5 mL injected: "
                      "intra-articular spread within the joint, no vascular runoff. Injectate: 0.25% bupivacaine 1.5 mL + "
                      "triamcinolone 40 mg."),
                ("p", "Images archived: scout; planning axial with grid; needle-tip axial; post-contrast axial showing "
                      "arthrogram of the inferior recess (series 3, im 7, 15, 18)."),
                ("p", "No complications. Pt to complete the 6-hour worksheet at home and fax back."),
                ("h", "Impression"),
                ("p", "Successful CT-guided, contrast-confirmed right SIJ injection with bupivacaine and triamcinolone."),
                ("sig", ["I. Salo-Whitaker MD  10/14/2025 09:58"]),
            ], header=hdr(FB), footer="FBI-251014-0640 - page 1 of 1"),
            FaxPage([
                ("title", "FBI MSK PROCEDURES - PAIN RESPONSE WORKSHEET", 12),
                ("kv", [("Name:", "Eckhardt-Nwosu, Marisol   DOB 07/22/83"), ("Proc / date:", "CT R SIJ inj  10/14/2025  (Acc -0640)"),
                        ("Local anesthetic:", "0.25% bupivacaine (expected 3-6 h)")], 44),
                ("table", [26, 20, 22, 60], ["Time after", "Pain /10", "% better", "What I did"],
                 [["Before", "7", "--", "stood up from chair"], ["30 min", "1", "86", "walked to car"], ["1 hr", "1", "86", "sat in car 40 min"],
                  ["2 hr", "2", "71", "house chores"], ["3 hr", "2", "71", "stairs x2"], ["4 hr", "3", "57", "sat at table"],
                  ["6 hr", "4", "43", "starting to ache"]], 10.5),
                ("p", "Nurse review: >=50% relief maintained 4 hours after bupivacaine block. - T. Okafor, RN"),
            ], wsb("OCT-15-2025 07:31", "RCVD"), mode="fine", skew=-0.7, seed=303, size=11),
            FaxPage([
                ("title", "FRENCH BROAD IMAGING - NUCLEAR MEDICINE", 13),
                ("kv", [("Exam:", "SPECT-CT PELVIS (bone, Tc-99m MDP)"), ("Acc:", "FBI-251104-1190"), ("Date:", "11/04/2025"),
                        ("Hx:", "R SIJ pain, negative SpA w/u. Localize pain generator.")], 28),
                ("p", "FINDINGS: Focal moderate increased tracer uptake at the right SIJ, posterior-inferior portion, "
                      "corresponding on CT to mild subchondral sclerosis and a small anterior osteophyte. No erosion, no "
                      "joint widening. Left SIJ normal uptake. No abnormal uptake in the hips or lumbar facets. No fracture, "
                      "no lytic or blastic lesion to suggest tumor or infection."),
                ("p", "IMPRESSION: Focal degenerative right SIJ uptake - supports the R SIJ as an active pain generator. No "
                      "findings of fracture, infection or neoplasm."),
                ("p", "Reading physician: Dariusz Amoako-Lindqvist, MD   11/04/2025"),
            ], "NOV-05-2025 13:14  FROM: FBI NUC MED 828-555-0641  TO: 828-555-0377  P. 1/1", mode="std", skew=0.6, seed=304, size=12),
            TextPage([
                flh,
                ("title", "CT-GUIDED RIGHT SIJ INJECTION - REPEAT"),
                ("kv", [("Acc", "FBI-251209-0712"), ("Date", "12/09/2025"), ("Physician", "Ingrid Salo-Whitaker, MD"),
                        ("History", "Prior R SIJ inj 10/14/2025 with ~5 weeks of relief, symptoms have since returned to baseline.")], 28),
                ("p", "Consent signed. Time-out. Prone positioning. Pre-procedure pain 8/10 (worksheet). CT planning images. "
                      "Sterile technique. 1% lidocaine skin wheal. 22G needle into the inferior R SIJ under CT guidance. "
                      "Isovue-M 200, 0.4 mL: contrast confirms intra-articular position, outlining the joint, no vascular "
                      "uptake. Injectate: 2% lidocaine 1 mL + dexamethasone 10 mg (1 mL). (Bupivacaine not used - shortage.)"),
                ("p", "Images archived: planning axial, needle in joint, contrast arthrogram (series 2 im 11, 16, 21)."),
                ("p", "Complications: none. Worksheet provided."),
                ("h", "Impression"),
                ("p", "Technically successful CT-guided contrast-enhanced right SIJ injection (lidocaine/dexamethasone)."),
                ("sig", ["I. Salo-Whitaker MD  12/09/2025 10:41"]),
            ], header=hdr(FB), footer="FBI-251209-0712 - page 1 of 1"),
            FaxPage([
                ("title", "FBI MSK PROCEDURES - PAIN RESPONSE WORKSHEET", 12),
                ("kv", [("Name:", "Eckhardt-Nwosu, Marisol   DOB 07/22/83"), ("Proc / date:", "CT R SIJ inj #2  12/09/2025  (Acc -0712)"),
                        ("Local anesthetic:", "2% lidocaine (expected ~1-2 h)")], 44),
                ("table", [26, 20, 22, 60], ["Time after", "Pain /10", "% better", "What I did"],
                 [["Before", "8", "--", "standing"], ["15 min", "2", "75", "walked hall"], ["30 min", "2", "75", "sit-stand x5"],
                  ["1 hr", "3", "63", "drove home"], ["2 hr", "5", "38", "cooking"], ["4 hr", "7", "13", ""], ["6 hr", "7", "13", "sore"]], 10.5),
                ("p", "Nurse review: 63% relief at 1 hr, consistent with lidocaine duration; wearing off by 2 hr. - T. Okafor RN"),
            ], wsb("DEC-10-2025 08:05", "RCVD"), mode="fine", skew=1.4, seed=305, size=11),
        ]

        # ---------------------------------------------------------------- 30 therapy
        F["30_pt_and_chiro.pdf"] = [
            FaxPage([
                ("letterhead", "ASHEVILLE MOTION PHYSICAL THERAPY", ["118 Tunnel Rd, Asheville NC 28805  -  P 828-555-0712  F 828-555-0713"]),
                ("title", "Discharge Summary - Physical Therapy", 12),
                ("kv", [("Patient:", "Marisol Eckhardt-Nwosu  DOB 07/22/1983"), ("Referral:", "A. Boateng MD - R SIJ pain"),
                        ("Episode:", "04/07/2025 through 07/25/2025, 24 visits"), ("Therapist:", "Celeste Varga-Holm, PT, DPT, OCS")], 36),
                ("p", "Interventions: core/lumbopelvic stabilization, gluteal strengthening, SIJ mobilization & MET, "
                      "trial of SI belt, dry needling R gluteus medius x3, HEP progression."),
                ("p", "Progress: ODI 46% -> 38%. Single-leg stance R 8 s -> 20 s. Pain with sitting > 30 min unchanged at 6-7/10; "
                      "relief after sessions lasts < 1 day. Progress plateaued in July."),
                ("p", "Discharge status: goals partially met. Independent with HEP. Pt plans chiropractic care; recommend "
                      "follow-up with spine."),
                ("p", "Celeste Varga-Holm, PT, DPT, OCS   signed 07/25/2025"),
            ], f"FEB-13-2026 16:40  FROM: ASHEVILLE MOTION PT 828-555-0713  TO: {BR_FAX}  P. 1/1", mode="fine", skew=-1.0, seed=306, size=11),
            TextPage([
                ("letterhead", "Pisgah Family Chiropractic", ["77 Brevard Rd, Asheville NC 28806 | (828) 555-0734"]),
                ("p", "November 20, 2025"),
                ("p", "Re: Marisol Eckhardt-Nwosu, DOB 07/22/1983 - treatment summary for Dr. Tillotson"),
                ("p", "Dear Dr. Tillotson,"),
                ("p", "Ms. Eckhardt-Nwosu was under my care for right sacroilac joint dysfunction from 08/05/2025 to 11/18/2025, "
                      "14 visits (weekly, twice-weekly in September). Care consisted of SIJ-specific diversified and "
                      "drop-table adjustments, soft tissue work to the R gluteals and piriformis, and active rehab "
                      "(bird-dog, bridging progressions, Pallof press) reviewed at each visit."),
                ("p", "She typically reported short-lived improvement after visits (pain 4/10 leaving the office) but her "
                      "baseline pain returned within 1-2 days, rated 7/10 at her last visit. Given the plateau I released her "
                      "from active care on 11/18/2025 and recommend she follow your surgical evaluation."),
                ("sp", 4),
                ("sig", ["Respectfully,", "Tobias Renwick, DC"]),
            ], footer="Pisgah Family Chiropractic - page 1 of 1"),
        ]
        return F


    LABELS = {
        "procedure": "percutaneous",
        "request_date": "2026-02-16",
        "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["does not radiate into the thigh or leg", "Localizes to the R posterior SIJ, below L5"],
                "Rheum consult: pain localized to the R posterior SIJ below L5, non-radiating; the 2017 sciatica is historical and fully resolved."),
            "perc.pain_severity": ("met", ["Pain VAS 72 mm today (0-100)"],
                "Most recent pre-request score: VAS 72 mm on 01/29/2026 = 7.2/10. Older 7/10 and 9/10 (past) are superseded; worksheet post-injection values and the chiropractor's post-visit 4/10 are not baseline."),
            "perc.sij_tenderness": ("met", ["Point tenderness directly over the R posterior SIJ", "Greater trochanters nontender bilaterally"],
                "Consult exam (re-confirmed 01/29/2026): R posterior SIJ point tenderness; trochanters, lumbar spinous processes/facets and coccyx nontender."),
            "perc.active_conservative_therapy": ("met", ["04/07/2025 through 07/25/2025, 24 visits", "from 08/05/2025 to 11/18/2025"],
                "PT 04/07-07/25/2025 (109 days, faxed PT discharge summary) plus chiropractic care 08/05-11/18/2025 (105 days, DC letter). Union = 214 days (~7 months) inside the window 2025-02-16..2026-02-16."),
            "perc.inactive_conservative_therapy": ("met", ["Naproxen 500 mg BID from 04/2025", "celecoxib 200 mg daily since 09/2025",
                                                           "Still on celecoxib daily + heat"],
                "NSAIDs continuously from 04/2025 (naproxen, then celecoxib) through 01/29/2026 = ~9-10 months, plus heat and SI belt. The borrowed TENS unit lacks frequency/duration/start and does not count, but is not needed."),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust + -", "Thigh thrust and compression + on R"],
                "Consult table: thigh thrust + and compression + on the right; follow-up repeats both positive on R."),
            "perc.two_provocative_tests": ("met", ["Distraction (supine gapping) + -", "FABER (Patrick) + (posterior) -"],
                "Distraction + and FABER + on the right (Gaenslen equivocal) = 2 positives."),
            "perc.diagnostic_injections": ("met", [">=50% relief maintained 4 hours after bupivacaine block",
                                                   "63% relief at 1 hr, consistent with lidocaine duration"],
                "Both injections CT-guided with contrast confirmation on separate dates. #1 10/14/2025 bupivacaine: 86-57% relief through 4 h (>=3 h). #2 12/09/2025 lidocaine: 75% at 15-30 min and 63% at 1 h (>=1 h required for lidocaine); the fall-off at 2 h is after lidocaine's expected duration."),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5", "fibromyalgia not supported"],
                "No generalized pain disorder documented as present; the sister's fibromyalgia is family history; WPI 3/SSS 2 and Waddell 0/5."),
            "perc.sij_imaging": ("met", ["no radiographic evidence of sacroiliitis", "No active inflammatory sacroiliitis and no structural lesions"],
                "Radiographs (06/18/2025) plus MRI SIJ (10/01/2025) and SPECT-CT (11/04/2025): mild degenerative change only; no erosions, BME, destructive lesion or inflammatory arthropathy."),
            "perc.hip_imaging": ("met", ["Right hip: mild osteoarthritis"],
                "Ipsilateral (right) hip radiographs: mild OA. The moderate OA is in the contralateral left hip, which is not the side requested."),
            "perc.lumbar_imaging": ("met", ["No canal stenosis, foraminal stenosis or neural compression", "No nerve root impingement"],
                "MRI lumbar spine 10/01/2025 (combined accession) with findings: mild facet arthropathy, canal and foramina patent."),
            "perc.therapeutic_injections": ("met", ["held ~5 wks, then the pain came back fully", "pain back to baseline since early January"],
                "Two intra-articular corticosteroid injections (triamcinolone 10/14/2025; dexamethasone 12/09/2025), each followed by return of pain (5 weeks; 3 weeks). Also in the 12/09 procedure history."),
            "perc.excl.systemic_arthropathy": ("met", ["Axial spondyloarthritis not supported", "No evidence of systemic inflammatory arthritis"],
                "Rheumatology excluded SpA (B27 neg, CRP/ESR normal, MRI negative, ASAS not fulfilled). 'r/o ankylosing spondylitis' is a referral question; father's psoriasis and uncle's '?AS' are family history."),
            "perc.excl.infection_tumor_fracture": ("met", ["No findings of fracture, infection or neoplasm"],
                "Imaging denies fracture, infection and tumor; the 2016 distal radius fracture is healed and not pelvic."),
            "perc.excl.acute_instability": ("met", ["insidious onset, no injury"],
                "Insidious onset without trauma; no acute traumatic instability documented."),
            "perc.excl.neural_compression": ("met", ["No canal stenosis, foraminal stenosis or neural compression"],
                "No neural compression on MRI; no more likely source named (left hip OA is asymptomatic and contralateral)."),
        },
    }

    return SimpleNamespace(**{k: v for k, v in locals().items() if not k.startswith('_')})


# ============================================================== (3) BUILD + SELF-CHECK
import json, os, re, shutil, sys
import pdfplumber


packet01, packet02, packet03 = _load_packet01(), _load_packet02(), _load_packet03()

OUT = os.path.dirname(os.path.abspath(__file__))
CONTRACT = "/work/shared/CONTRACT.md"


def contract_ids():
    txt = open(CONTRACT).read()
    perc = txt[txt.index("### Percutaneous"):txt.index("### Open")]
    opn = txt[txt.index("### Open"):txt.index("## 5.")]
    ids = lambda t, pre: [m for m in re.findall(r"^\| `([a-z_.]+)` \|", t, re.M) if m.startswith(pre)]
    return {"percutaneous": ids(perc, "perc."), "open": ids(opn, "open.")}


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def labels_json(L):
    return {"procedure": L["procedure"], "request_date": L["request_date"], "determination": L["determination"],
            "criteria": {k: {"status": v[0], "evidence": list(v[1])} for k, v in L["criteria"].items()}}


def build():
    """returns list of packet descriptors with per-page info"""
    packets = []
    # 01: single PDF
    pages = packet01.pages()
    path = os.path.join(OUT, "b6o-01.pdf")
    build_file(pages, path)
    with open(os.path.join(OUT, "b6o-01.labels.json"), "w") as fh:
        json.dump(labels_json(packet01.LABELS), fh, indent=2)
    packets.append({"id": "b6o-01", "form": "single PDF", "files": [(path, pages)], "labels": packet01.LABELS,
                    "packet_json": None, "look": "Rheum consult + GVI MSK radiology, re-faxed by spine office"})
    for mod, look in ((packet02, "Rheum infectious-vs-inflammatory sacroiliitis workup, standard-res faxes"),
                      (packet03, "Rheum SpA exclusion + FBI MSK CT-guided blocks, SPECT-CT, PT/chiro")):
        d = os.path.join(OUT, mod.PID)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        fl = []
        for name, pages in sorted(mod.files().items()):
            p = os.path.join(d, name)
            build_file(pages, p)
            fl.append((p, pages))
        if mod.PACKET_JSON:
            with open(os.path.join(d, "packet.json"), "w") as fh:
                json.dump(mod.PACKET_JSON, fh, indent=2)
        with open(os.path.join(d, "labels.json"), "w") as fh:
            json.dump(labels_json(mod.LABELS), fh, indent=2)
        packets.append({"id": mod.PID, "form": "folder + packet.json" if mod.PACKET_JSON else "folder, no packet.json",
                        "files": fl, "labels": mod.LABELS, "packet_json": mod.PACKET_JSON, "look": look})
    return packets


def check(packets):
    ids = contract_ids()
    ok = True
    rows = []

    def fail(msg):
        nonlocal ok
        ok = False
        print("  FAIL:", msg)

    for pk in packets:
        print(f"[{pk['id']}]")
        L = pk["labels"]
        # criteria set
        want = ids[L["procedure"]]
        if sorted(want) != sorted(L["criteria"]):
            fail(f"criteria set mismatch: {set(want) ^ set(L['criteria'])}")
        else:
            print(f"  criteria set == CONTRACT section 4 {L['procedure']} ({len(want)} ids)")
        det = determination([v[0] for v in L["criteria"].values()])
        if det != L["determination"]:
            fail(f"determination {L['determination']} != derived {det}")
        else:
            print(f"  determination {det} follows section 2")
        # page texts
        page_texts, n_pages, fax_info = [], 0, []
        for path, pages in pk["files"]:
            r = pypdf.PdfReader(path)
            if len(r.pages) != len(pages):
                fail(f"{path}: page count {len(r.pages)} != {len(pages)}")
            with pdfplumber.open(path) as pdf:
                for i, (pp, spec) in enumerate(zip(pdf.pages, pages)):
                    n_pages += 1
                    w, h = float(pp.width), float(pp.height)
                    if abs(w - 612) > 0.5 or abs(h - 792) > 0.5:
                        fail(f"{path} p{i+1} not US Letter: {w}x{h}")
                    if isinstance(spec, FaxPage):
                        if pp.chars or (r.pages[i].extract_text() or "").strip():
                            fail(f"{path} p{i+1}: fax page has a text layer")
                        xo = r.pages[i]["/Resources"]["/XObject"]
                        im = list(xo.values())[0].get_object()
                        filt = im["/Filter"]
                        filt = filt[0] if isinstance(filt, list) else filt
                        wpx, hpx = int(im["/Width"]), int(im["/Height"])
                        res = "204x196" if hpx == 2156 else ("204x98" if hpx == 1078 else "?")
                        dp = im["/DecodeParms"]
                        dp = dp[0] if isinstance(dp, list) else dp
                        if filt != "/CCITTFaxDecode" or int(dp["/K"]) >= 0 or int(im["/BitsPerComponent"]) != 1 or res == "?":
                            fail(f"{path} p{i+1}: fax image {filt} bpc {im['/BitsPerComponent']} {wpx}x{hpx}")
                        fax_info.append((n_pages, res, spec.skew))
                        page_texts.append(spec.text)
                    else:
                        t = pp.extract_text() or ""
                        if len(t) < 50:
                            fail(f"{path} p{i+1}: text page with little text")
                        page_texts.append(t)
        if not 4 <= n_pages <= 20:
            fail(f"page count {n_pages}")
        print(f"  pages: {n_pages} (US Letter); faxed pages, no text layer, CCITT G4 (packet page, dpi, skew deg): {fax_info}")
        if not fax_info:
            fail("no faxed pages")
        normed = [norm(t) for t in page_texts]
        nsn = 0
        for cid, (st, ev, why) in L["criteria"].items():
            if st == "insufficient" and ev:
                fail(f"{cid}: insufficient with evidence")
            if st in ("met", "not_met") and not 1 <= len(ev) <= 3:
                fail(f"{cid}: {len(ev)} snippets")
            for sn in ev:
                nw = len(sn.split())
                if not 3 <= nw <= 12:
                    fail(f"{cid}: snippet word count {nw}: {sn!r}")
                hits = [i + 1 for i, t in enumerate(normed) if norm(sn) in t]
                if not hits:
                    fail(f"{cid}: snippet not found: {sn!r}")
                nsn += 1
        print(f"  {nsn} evidence snippets checked against page text")
        files = ", ".join(os.path.basename(p) for p, _ in pk["files"])
        rows.append((pk, n_pages, fax_info, files))
    return ok, rows


def readme(rows):
    CPT = {"percutaneous": "27279", "open": "27280"}
    out = ["# b6o - blind SIJ-fusion prior-auth packets (writer O, set v6)", "",
           "Generated by `make_packets.py` (deterministic: fixed seeds, fixed dates). Rebuild + self-check:",
           "`.venv/bin/python make_packets.py` (one self-contained script: rendering engine, packet text, gold labels, "
           "self-check and this README). Self-check verifies criteria sets vs CONTRACT section 4, determinations vs "
           "section 2, every evidence snippet in its page text (pdfplumber for text pages, rasterized source text for "
           "faxed pages), no text layer + 1-bit CCITT G4 (K=-1) on faxed pages, US Letter, 4-20 pages. World: rheumatology (sacroiliitis / axSpA work-up, labs) and MSK "
           "radiology (CT-guided SIJ procedures with pain worksheets, MRI L-spine + SIJ under one accession, SPECT-CT / "
           "bone scan, DXA lines). Faxed pages are 1-bit CCITT G4 images with no text layer, skewed 0.4-1.4 deg, with "
           "specks, dropout streaks and a transmission banner.", "",
           "| id | look | form | files / pages | faxed pages (packet page: resolution) | procedure + CPT | gold determination |",
           "|---|---|---|---|---|---|---|"]
    for pk, n, fax, files in rows:
        L = pk["labels"]
        fx = "; ".join(f"p{p}: {r}" for p, r, _ in fax)
        out.append(f"| {pk['id']} | {pk['look']} | {pk['form']} | {files} ({n} pp) | {len(fax)} - {fx} | "
                   f"{L['procedure']} {CPT[L['procedure']]} | {L['determination']} |")
    out.append("")
    out.append("Request dates: b6o-01 2026-02-10 (PA form in the PDF); b6o-02 2026-01-22 (packet.json; the faxed form "
               "says 01/20/2026 - packet.json wins); b6o-03 2026-02-16 (PA form; no packet.json).")
    out.append("")
    for pk, n, fax, files in rows:
        L = pk["labels"]
        out += [f"## {pk['id']} - {L['determination']} ({L['procedure']})", ""]
        for cid, (st, ev, why) in L["criteria"].items():
            out.append(f"- **{cid}** - `{st}`. {why}")
        out.append("")
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    pk = build()
    ok, rows = check(pk)
    readme(rows)
    print("SELF-CHECK:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)
