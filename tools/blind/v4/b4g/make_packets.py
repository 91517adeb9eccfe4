"""Rendering engine for b4g packets: text pages (fpdf2) and fax pages (PIL -> 1-bit G4 -> img2pdf)."""
import io, math, random, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import numpy as np
import img2pdf
from pypdf import PdfWriter, PdfReader

FD = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2026, 2, 10, 14, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------- text pages
def render_text_page(page):
    """page: dict(elements=[...], footer=str, font='Helvetica'|'Times'|'Courier'). Returns pdf bytes."""
    base = page.get("font", "Helvetica")
    pdf = FPDF("P", "pt", "Letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.set_margins(50, 36, 50)
    pdf.add_page()
    W = 612 - 100
    for el in page["elements"]:
        kind = el[0]
        if kind == "hdr":
            lines, title = el[1], el[2]
            y0 = pdf.get_y()
            pdf.set_font(base, "B", 12.5)
            pdf.cell(W * 0.62, 15, lines[0], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(base, "", 8)
            for ln in lines[1:]:
                pdf.cell(W * 0.62, 10, ln, new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()
            pdf.set_xy(50 + W * 0.55, y0)
            pdf.set_font(base, "B", 11)
            pdf.multi_cell(W * 0.45, 13, title, align="R")
            pdf.set_y(max(y1, pdf.get_y()) + 3)
            pdf.set_line_width(1.2)
            pdf.line(50, pdf.get_y(), 562, pdf.get_y())
            pdf.set_line_width(0.5)
            pdf.ln(5)
        elif kind == "pt":
            pdf.set_font(base, "", 8.5)
            pdf.multi_cell(W, 12, el[1], border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            pdf.set_font(base, "B", 9.5)
            pdf.set_fill_color(225, 225, 225)
            pdf.cell(W, 13, el[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            size = el[2] if len(el) > 2 else 9.2
            pdf.set_font(base, "", size)
            pdf.multi_cell(W, size * 1.28, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "b":  # bold paragraph
            pdf.set_font(base, "B", 9.2)
            pdf.multi_cell(W, 11.8, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":
            pairs, ncol = el[1], el[2]
            cw = W / ncol
            pdf.set_font(base, "", 8.8)
            for i in range(0, len(pairs), ncol):
                row = pairs[i:i + ncol]
                for k, v in row:
                    pdf.set_font(base, "B", 8.8)
                    lw = pdf.get_string_width(k + " ") + 2
                    pdf.cell(lw, 12, k + " ")
                    pdf.set_font(base, "", 8.8)
                    pdf.cell(cw - lw, 12, v)
                pdf.ln(12)
            pdf.ln(3)
        elif kind == "tbl":
            widths, head, rows = el[1], el[2], el[3]
            size = el[4] if len(el) > 4 else 8.2
            pdf.set_font(base, "", size)
            pdf.set_draw_color(90, 90, 90)
            pdf.set_fill_color(255, 255, 255)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 1.25,
                           width=W, headings_style=None, first_row_as_headings=False,
                           padding=2) as t:
                r = t.row()
                pdf.set_font(base, "B", size)
                for c in head:
                    r.cell(c)
                pdf.set_font(base, "", size)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.set_draw_color(0, 0, 0)
            pdf.ln(5)
        elif kind == "chk":
            items, ncol = el[1], el[2]
            cw = W / ncol
            pdf.set_font(base, "", 8.8)
            for i in range(0, len(items), ncol):
                for on, txt in items[i:i + ncol]:
                    pdf.cell(cw, 12, ("[X] " if on else "[  ] ") + txt)
                pdf.ln(12)
            pdf.ln(3)
        elif kind == "sig":
            pdf.ln(4)
            pdf.set_font(base, "I", 8.8)
            pdf.multi_cell(W, 11, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font(base, "", 7)
            pdf.set_text_color(70, 70, 70)
            pdf.multi_cell(W, 8.5, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "sp":
            pdf.ln(el[1])
        else:
            raise ValueError(kind)
    if pdf.get_y() > 748:
        raise RuntimeError("text page overflow: %s" % page["elements"][0][2] if page["elements"][0][0] == "hdr" else "")
    pdf.set_xy(50, 760)
    pdf.set_font(base, "", 7.2)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(W, 9, page.get("footer", ""), align="C")
    return bytes(pdf.output())


# ---------------------------------------------------------------- fax pages
class FaxCanvas:
    DPI = 204

    def __init__(self):
        self.w, self.h = int(8.5 * self.DPI), int(11 * self.DPI)
        self.img = Image.new("L", (self.w, self.h), 255)
        self.d = ImageDraw.Draw(self.img)
        self.x0, self.x1 = int(0.65 * self.DPI), self.w - int(0.65 * self.DPI)
        self.y = int(0.62 * self.DPI)
        self.texts = []
        self._fonts = {}

    def font(self, pt, style=""):
        key = (pt, style)
        if key not in self._fonts:
            name = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
                    "M": "DejaVuSansMono.ttf", "MB": "DejaVuSansMono-Bold.ttf"}[style]
            self._fonts[key] = ImageFont.truetype(FD + name, int(round(pt * self.DPI / 72)))
        return self._fonts[key]

    def px(self, pt):
        return int(round(pt * self.DPI / 72))

    def text(self, x, y, s, pt, style=""):
        self.d.text((x, y), s, font=self.font(pt, style), fill=0)
        self.texts.append(s)

    def wrap(self, s, pt, style, width):
        f = self.font(pt, style)
        out, cur = [], ""
        for word in s.split(" "):
            t = (cur + " " + word) if cur else word
            if f.getlength(t) <= width:
                cur = t
            else:
                if cur:
                    out.append(cur)
                cur = word
        out.append(cur)
        return out

    def para(self, s, pt=10.5, style="", indent=0):
        lh = self.px(pt * 1.3)
        for line in self.wrap(s, pt, style, self.x1 - self.x0 - indent):
            self.d.text((self.x0 + indent, self.y), line, font=self.font(pt, style), fill=0)
            self.y += lh
        self.texts.append(s)
        self.y += self.px(3)


def render_fax_page(page):
    """page: dict(elements, banner, res='fine'|'std', seed, skew). Returns (pdf bytes, rasterized text)."""
    c = FaxCanvas()
    W = c.x1 - c.x0
    # banner
    c.d.text((int(0.25 * c.DPI), int(0.18 * c.DPI)), page["banner"], font=c.font(8.5, "M"), fill=0)
    c.texts.append(page["banner"])
    for el in page["elements"]:
        k = el[0]
        if k == "hdr":
            lines, title = el[1], el[2]
            y0 = c.y
            c.text(c.x0, c.y, lines[0], 13, "B"); c.y += c.px(17)
            for ln in lines[1:]:
                c.text(c.x0, c.y, ln, 8.8); c.y += c.px(11.5)
            ty = y0
            for tl in title.split("\n"):
                f = c.font(12, "B")
                c.text(c.x1 - int(f.getlength(tl)), ty, tl, 12, "B"); ty += c.px(15)
            c.y = max(c.y, ty) + c.px(4)
            c.d.rectangle([c.x0, c.y, c.x1, c.y + 3], fill=0)
            c.y += c.px(8)
        elif k == "pt":
            lines = c.wrap(el[1], 9.5, "", W - 20)
            hgt = len(lines) * c.px(12.5) + 14
            c.d.rectangle([c.x0, c.y, c.x1, c.y + hgt], outline=0, width=2)
            yy = c.y + 7
            for ln in lines:
                c.d.text((c.x0 + 10, yy), ln, font=c.font(9.5), fill=0); yy += c.px(12.5)
            c.texts.append(el[1])
            c.y += hgt + c.px(6)
        elif k == "h":
            c.d.rectangle([c.x0, c.y, c.x1, c.y + c.px(14)], outline=0, width=2)
            c.text(c.x0 + 8, c.y + 3, el[1], 10.5, "B")
            c.y += c.px(18)
        elif k == "p":
            c.para(el[1], el[2] if len(el) > 2 else 10.5)
        elif k == "b":
            c.para(el[1], 10.5, "B")
        elif k == "hand":  # handwritten-ish note in oblique
            c.para(el[1], 11, "I")
        elif k == "kv":
            pairs, ncol = el[1], el[2]
            cw = W / ncol
            for i in range(0, len(pairs), ncol):
                for j, (kk, v) in enumerate(pairs[i:i + ncol]):
                    x = c.x0 + int(j * cw)
                    fb = c.font(10, "B")
                    c.d.text((x, c.y), kk + " ", font=fb, fill=0)
                    c.d.text((x + int(fb.getlength(kk + " ")), c.y), v, font=c.font(10), fill=0)
                    c.texts.append(kk + " " + v)
                c.y += c.px(13.5)
            c.y += c.px(4)
        elif k == "chk":
            items, ncol = el[1], el[2]
            cw = W / ncol
            for i in range(0, len(items), ncol):
                for j, (on, txt) in enumerate(items[i:i + ncol]):
                    x = c.x0 + int(j * cw)
                    bx = c.px(8)
                    c.d.rectangle([x, c.y + 4, x + bx, c.y + 4 + bx], outline=0, width=2)
                    if on:
                        c.d.line([x, c.y + 4, x + bx, c.y + 4 + bx], fill=0, width=3)
                        c.d.line([x + bx, c.y + 4, x, c.y + 4 + bx], fill=0, width=3)
                    c.text(x + bx + 10, c.y, txt, 10)
                c.y += c.px(13.5)
            c.y += c.px(4)
        elif k == "tbl":
            fr, head, rows = el[1], el[2], el[3]
            pt = el[4] if len(el) > 4 else 10
            tot = sum(fr)
            xs = [c.x0]
            for f_ in fr:
                xs.append(xs[-1] + int(W * f_ / tot))
            xs[-1] = c.x1
            lh = c.px(pt * 1.28)
            top = c.y
            for ri, row in enumerate([head] + rows):
                cells = [c.wrap(str(v), pt, "B" if ri == 0 else "", xs[i + 1] - xs[i] - 12) for i, v in enumerate(row)]
                nh = max(len(x) for x in cells) * lh + 8
                for i, ls in enumerate(cells):
                    yy = c.y + 4
                    for ln in ls:
                        c.d.text((xs[i] + 6, yy), ln, font=c.font(pt, "B" if ri == 0 else ""), fill=0)
                        yy += lh
                    c.texts.append(str(row[i]))
                c.d.line([c.x0, c.y, c.x1, c.y], fill=0, width=2)
                c.y += nh
            c.d.line([c.x0, c.y, c.x1, c.y], fill=0, width=2)
            for x in xs:
                c.d.line([x, top, x, c.y], fill=0, width=2)
            c.y += c.px(8)
        elif k == "sig":
            c.y += c.px(4)
            c.para(el[1], 10, "I")
        elif k == "small":
            c.para(el[1], 8.5)
        elif k == "sp":
            c.y += c.px(el[1])
        else:
            raise ValueError(k)
    if c.y > c.h - int(0.5 * c.DPI):
        raise RuntimeError("fax page overflow")
    if page.get("footer"):
        f = c.font(8.5)
        c.text((c.w - int(f.getlength(page["footer"]))) // 2, c.h - int(0.45 * c.DPI), page["footer"], 8.5)

    rng = random.Random(page["seed"])
    img = c.img
    # skew
    img = img.rotate(page["skew"], resample=Image.BICUBIC, expand=False, fillcolor=255)
    # vertical resolution: fine 196 dpi, standard 98 dpi (non-square pixels)
    ydpi = 196 if page["res"] == "fine" else 98
    img = img.resize((c.w, int(11 * ydpi)), Image.LANCZOS)
    a = np.array(img, dtype=np.int16)
    nrs = np.random.RandomState(page["seed"])
    a = a + nrs.normal(0, 18, a.shape).astype(np.int16)
    bw = (a > 150)  # True = white
    # specks
    for _ in range(rng.randint(120, 260)):
        x, y = rng.randrange(c.w), rng.randrange(bw.shape[0])
        r = rng.choice([1, 1, 1, 2, 2, 3])
        bw[max(0, y - r // 2):y + r // 2 + 1, max(0, x - r):x + r] = False
    # a few speck clusters near edges (scanner dirt)
    for _ in range(3):
        cx, cy = rng.choice([rng.randrange(0, 60), rng.randrange(c.w - 60, c.w)]), rng.randrange(bw.shape[0])
        for _ in range(25):
            x, y = cx + rng.randint(-12, 12), cy + rng.randint(-20, 20)
            if 0 <= x < c.w and 0 <= y < bw.shape[0]:
                bw[y, x] = False
    # dropouts: short white horizontal scan-line gaps
    for _ in range(rng.randint(4, 9)):
        y = rng.randrange(int(0.06 * bw.shape[0]), int(0.5 * bw.shape[0]))
        x0 = rng.randrange(0, c.w // 2)
        bw[y, x0:x0 + rng.randint(200, 900)] = True
    out = Image.fromarray((bw * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)
    buf = io.BytesIO()
    out.save(buf, format="TIFF", compression="group4", dpi=(204, ydpi))
    pdfb = img2pdf.convert(buf.getvalue(), creationdate=FIXED_DATE, moddate=FIXED_DATE,
                           nodate=True)
    return pdfb, "\n".join(c.texts)


def merge(pdf_bytes_list):
    w = PdfWriter()
    for b in pdf_bytes_list:
        w.append(PdfReader(io.BytesIO(b)))
    w._ID = None
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()
# ---------------------------------------------------------------- packet b4g-01
# Single PDF. Percutaneous (27279). Gold: does_not_meet_criteria (second diagnostic block too short).
P1 = dict(name="Delphine R. Ostrowski", dob="03/17/1971", mrn="YV-0448127", mid="CSN884120573")
YV = ["Yadkin Valley Interventional Pain & Surgery Center",
      "2207 Reynolda Commons Dr, Suite 140  Winston-Salem NC 27106",
      "Ph (336) 555-0142   Fax (336) 555-0143   NPI 1467093358"]
FR = ["Forsyth Ridge Orthopaedic & Spine",
      "880 Hanes Mill Rd  Winston-Salem NC 27105",
      "Ph (336) 555-0710   Fax (336) 555-0711"]
PTL1 = "Patient: OSTROWSKI, DELPHINE R    DOB: 03/17/1971    MRN: YV-0448127    Ins: CareSource NC Marketplace  ID CSN884120573"
BAN1 = "FROM: YADKIN VLY PAIN ASC 3365550143   TO: CARESOURCE NC UM 18445550199   02/10/2026 15:07   P. {p}/11"

def packet01():
    pages = []
    # p1 fax cover (faxed)
    pages.append(dict(kind="fax", res="fine", seed=101, skew=0.6, banner=BAN1.format(p=1), elements=[
        ("hdr", YV, "FAX"),
        ("kv", [("DATE:", "02/10/2026"), ("PAGES (incl cover):", "11"),
                ("TO:", "CareSource NC - Utilization Mgmt"), ("FAX:", "1-844-555-0199"),
                ("FROM:", "Tameka Fulp, PA coordinator"), ("PHONE:", "(336) 555-0142 x231")], 2),
        ("h", "RE: PRIOR AUTHORIZATION - SI JOINT FUSION, RIGHT"),
        ("p", "Member: Delphine R. Ostrowski   DOB 03/17/1971   ID CSN884120573"),
        ("p", "Please find attached the PA request, surgical consult, injection records from our ASC "
              "(2 procedures), PACU/diary sheets, imaging reports and therapy summaries. Surgery to be "
              "performed by Dr. Whitlock at Forsyth Ridge. Call with questions."),
        ("chk", [(True, "Urgent review NOT requested"), (False, "Expedited"),
                 (True, "Clinicals attached"), (False, "Peer to peer requested")], 2),
        ("sp", 30),
        ("small", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
                  "and confidential under HIPAA (45 CFR 160/164). If you received this in error, notify the sender "
                  "at the number above and destroy all copies. Redisclosure is prohibited."),
    ]))
    # p2 PA request form (text)
    pages.append(dict(kind="text", footer="CareSource NC - Outpatient Prior Authorization Request  |  Rev 06/2025  |  Page 2 of 11", elements=[
        ("hdr", ["CareSource North Carolina", "Marketplace - Utilization Management", "Fax 1-844-555-0199"],
         "OUTPATIENT / ASC PRIOR\nAUTHORIZATION REQUEST"),
        ("h", "Member Information"),
        ("kv", [("Member name:", "Delphine R. Ostrowski"), ("DOB:", "03/17/1971"),
                ("Member ID:", "CSN884120573"), ("Plan:", "NC Marketplace Silver")], 2),
        ("h", "Requesting / Servicing Provider"),
        ("kv", [("Requesting MD:", "Gordon A. Whitlock, MD"), ("NPI:", "1538207749"),
                ("Practice:", "Forsyth Ridge Orthopaedic & Spine"), ("Contact:", "Tameka Fulp x231"),
                ("Facility:", "Forsyth Ridge Surgery Center"), ("Setting:", "Outpatient ASC")], 2),
        ("h", "Service Requested"),
        ("tbl", [1.1, 3.6, 1.1, 0.8], ["CPT/HCPCS", "Description", "Laterality", "Units"],
         [["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, with image guidance, incl. placement of transfixing device", "Right", "1"]]),
        ("kv", [("Dx 1:", "M53.3  Sacrococcygeal disorders, NEC"), ("Dx 2:", "M54.50  Low back pain, unsp."),
                ("Planned DOS:", "03/19/2026"), ("Request date:", "02/10/2026")], 2),
        ("h", "Clinical summary (brief)"),
        ("p", "Chronic R SIJ pain >1 yr. Failed PT + chiro + NSAIDs. Two fluoroscopic SIJ injections at YVIPSC. "
              "See consult 01/22/2026 and attached ASC records. Pain currently 6/10."),
        ("sp", 6),
        ("kv", [("Signature:", "G. Whitlock MD (e-signed)"), ("Date:", "02/10/2026")], 2),
        ("small", "Incomplete requests may be pended. Attach office notes, imaging reports and procedure notes supporting medical necessity."),
    ]))
    # p3 surgeon consult (text) 01/22/2026
    pages.append(dict(kind="text", font="Times", footer="Ostrowski, Delphine R  DOB 03/17/1971  |  Consult 01/22/2026  |  Page 3 of 11", elements=[
        ("hdr", FR, "SPINE SURGERY CONSULT"),
        ("pt", PTL1),
        ("kv", [("DOS:", "01/22/2026"), ("Provider:", "Gordon A. Whitlock, MD"),
                ("Referring:", "Priya N. Raman, MD (pain)"), ("Visit:", "New pt, 99204")], 2),
        ("h", "S:"),
        ("p", "54 y/o F referred by Dr Raman for R SI joint pain x ~18 mo, no inciting injury. No history of fall or trauma. "
              "Pain is in the R buttock just medial to the PSIS, below the belt line, and she points to it with one finger "
              "(Fortin +). Pain does not radiate into the thigh or leg. Worse w/ sit-to-stand, stairs, rolling in bed. "
              "Today R SI pain 6/10. States it was 8/10 in 10/2025 before the blocks."),
        ("p", "Had an episode of L4-5 radiculopathy in 2018 (L leg), resolved with ESI, no leg sx since then. "
              "Completed PT 3/2025 to 6/2025 then chiropractic through mid-Dec 2025. Meloxicam daily since Jan 2025 "
              "plus heat. Per referral letter she had two diagnostic SI blocks with excellent relief."),
        ("p", "PMH: HTN, hypothyroid, GERD.  PSH: lap chole 2011.  FHx: mother - fibromyalgia; father - rheumatoid arthritis. "
              "SHx: never smoker, works as school bus dispatcher.  Denies hx of inflammatory arthritis, psoriasis, IBD, uveitis."),
        ("h", "O:"),
        ("p", "Gait nonantalgic. Lumbar ROM full, mild pain at end extension. Lumbar paraspinals nontender, no midline tenderness. "
              "Tender to palpation over R posterior SI joint / sacral sulcus. R greater trochanter nontender, coccyx nontender. "
              "SLR neg bilat. Strength 5/5 LE, DTRs 2+ sym, sensation intact."),
        ("tbl", [2.2, 1, 1], ["SIJ provocation", "R", "L"],
         [["Thigh thrust (P4)", "POS", "neg"], ["Compression", "not done", "--"], ["Distraction", "neg", "neg"],
          ["FABER / Patrick", "POS", "neg"], ["Gaenslen", "POS", "neg"]], 8.5),
        ("p", "Waddell signs 0/5. Affect appropriate, no pain behaviors out of proportion."),
        ("h", "A/P:"),
        ("p", "R SI joint dysfunction, chronic, refractory to conservative care. Imaging reviewed (MRI L-spine 8/2025, XR pelvis/hips 9/2025, "
              "CT pelvis 10/2025). Candidate for R percutaneous SIJ fusion (27279) - will submit PA. Risks/benefits/alternatives discussed."),
        ("sig", "Electronically signed: Gordon A. Whitlock, MD  01/22/2026 17:42"),
    ]))
    # p4 pre-procedure nursing checklist 11/04 + p5 intra-procedure record 11/04 (text)
    pages.append(dict(kind="text", footer="YVIPSC Form NUR-12 Pre-Procedure Checklist  |  Ostrowski, D  |  Page 4 of 11", elements=[
        ("hdr", YV, "PRE-PROCEDURE\nNURSING CHECKLIST"),
        ("pt", PTL1),
        ("kv", [("Date:", "11/04/2025"), ("Arrival:", "0712"), ("Procedure:", "R SI joint inj, fluoro"),
                ("Physician:", "P. Raman MD"), ("Allergies:", "Sulfa (rash)"), ("Wt/Ht:", "79.4 kg / 165 cm")], 2),
        ("chk", [(True, "ID band x2 identifiers"), (True, "Consent signed & witnessed"),
                 (True, "NPO solids > 6 hrs"), (True, "Driver present (husband)"),
                 (False, "Anticoagulant - N/A none"), (True, "Contrast allergy screen neg"),
                 (True, "Site marked R"), (True, "H&P < 30 days"),
                 (False, "Pregnancy test - N/A postmenopausal"), (True, "Fall risk screen low")], 2),
        ("tbl", [1, 1, 1, 1, 1, 1.4], ["Time", "BP", "HR", "SpO2", "Temp", "Pain (0-10)"],
         [["0720", "138/84", "76", "98% RA", "36.7", "7 - R SI"]], 8.5),
        ("p", "Pre-procedure pain assessment: R buttock/SI region, aching, constant, 7/10. Non-radiating. "
              "Meds taken today: amlodipine, levothyroxine. Last meloxicam 11/03 AM."),
        ("sig", "K. Doub, RN  11/04/2025 0731"),
    ]))
    pages.append(dict(kind="text", footer="YVIPSC Intra-Procedure Record  |  Ostrowski, D  |  Page 5 of 11", elements=[
        ("hdr", YV, "INTRA-PROCEDURE RECORD\nSI JOINT INJECTION"),
        ("pt", PTL1),
        ("kv", [("Date:", "11/04/2025"), ("Room:", "Proc 2"), ("Procedure:", "R SI joint injection (27096)"),
                ("Physician:", "Priya N. Raman, MD"), ("Time in/out:", "0802 / 0821"), ("Sedation:", "None - local only"),
                ("Position:", "Prone"), ("Imaging:", "C-arm fluoroscopy")], 2),
        ("tbl", [1.7, 1.6, 1, 1.2, 1.6], ["Drug / agent", "Conc.", "Dose/vol", "Route", "Lot / time"],
         [["Lidocaine (skin)", "1%", "3 mL", "SQ", "LD2291 / 0806"],
          ["Iohexol (Omnipaque 240)", "240 mgI/mL", "0.8 mL", "IA R SIJ", "OM5518 / 0812"],
          ["Bupivacaine", "0.5%", "1.5 mL", "IA R SIJ", "BU7730 / 0814"],
          ["Triamcinolone (Kenalog)", "40 mg/mL", "40 mg", "IA R SIJ", "KN0912 / 0814"]], 8.3),
        ("kv", [("Needle:", "22G 3.5 in spinal (Quincke)"), ("Fluoro time:", "0.6 min"),
                ("Dose (DAP):", "2.1 Gy-cm2"), ("Views:", "AP, contralat oblique")], 2),
        ("p", "Technique: Skin prepped w/ chlorhexidine x3, draped sterile. Inferior R SIJ identified under fluoro, 22G needle advanced "
              "into the inferior joint recess. Contrast injected - intra-articular spread confirmed, outlining joint, no vascular uptake. "
              "Then bupivacaine/triamcinolone mixture injected without resistance. Needle removed, bandaid applied. EBL nil."),
        ("p", "Complications: none. Pt tolerated well. To PACU ambulatory. Diary given with instructions to record pain hourly x 8 hrs."),
        ("sig", "Priya N. Raman, MD - Interventional Pain Medicine   signed 11/04/2025 0840"),
    ]))
    # p6 PACU discharge + diary 11/04 (faxed)
    pages.append(dict(kind="fax", res="fine", seed=106, skew=-0.9, banner=BAN1.format(p=6),
                      footer="YVIPSC PACU-3  rev 2024   Ostrowski, D   Page 6 of 11", elements=[
        ("hdr", YV[:2], "PACU DISCHARGE /\nPOST-BLOCK PAIN DIARY"),
        ("pt", "Pt: Ostrowski, Delphine R   DOB 03/17/1971   DOS 11/04/2025   R SIJ inj"),
        ("tbl", [1, 1, 1, 1, 2], ["Time", "BP", "HR", "Pain 0-10", "RN note"],
         [["0825", "132/80", "72", "1", "ambulating, no numbness LE"],
          ["0840", "128/78", "70", "1", "voided, tol PO"],
          ["0850", "130/79", "71", "1", "D/C criteria met, Aldrete 10"]]),
        ("p", "Discharged 0852 w/ husband. Written D/C instructions reviewed. Pre-procedure pain 7/10."),
        ("h", "HOME PAIN DIARY - complete each hour, bring to f/u visit"),
        ("tbl", [1.2, 1, 1, 2.6], ["Time after inj", "Clock", "Pain 0-10", "Activity / comments"],
         [["1 hr", "0920", "1", "drove home as passenger, sat 30 min ok"],
          ["2 hr", "1020", "2", "walked to mailbox + back"],
          ["3 hr", "1120", "2", "stairs x2, no pain"],
          ["4 hr", "1220", "3", "made lunch, standing"],
          ["5 hr", "1320", "3", "sit to stand ok"],
          ["6 hr", "1420", "5", "aching coming back"],
          ["8 hr", "1620", "6", "about usual"]]),
        ("hand", "Pt comment: best I've felt in months, good relief most of the afternoon, wore off by about 6 hrs"),
        ("sig", "RN: L. Marsh, RN   Diary reviewed by: PNR 11/18/2025"),
    ]))
    # p7 second injection: checklist + intra-procedure (text)
    pages.append(dict(kind="text", footer="YVIPSC Intra-Procedure Record  |  Ostrowski, D  |  Page 7 of 11", elements=[
        ("hdr", YV, "INTRA-PROCEDURE RECORD\nSI JOINT INJECTION #2"),
        ("pt", PTL1),
        ("kv", [("Date:", "12/09/2025"), ("Room:", "Proc 1"), ("Procedure:", "R SI joint injection (27096)"),
                ("Physician:", "Priya N. Raman, MD"), ("Time in/out:", "1315 / 1331"), ("Sedation:", "None"),
                ("Pre-proc pain:", "7/10 R SI (RN)"), ("Imaging:", "C-arm fluoroscopy")], 2),
        ("chk", [(True, "Time-out performed 1317"), (True, "Consent verified"), (True, "Site marked"),
                 (True, "NPO status ok"), (True, "Allergies reviewed"), (True, "Driver present")], 3),
        ("tbl", [1.7, 1.6, 1, 1.2, 1.6], ["Drug / agent", "Conc.", "Dose/vol", "Route", "Lot / time"],
         [["Lidocaine (skin)", "1%", "2 mL", "SQ", "LD2291 / 1318"],
          ["Iohexol (Omnipaque 240)", "240 mgI/mL", "1 mL", "IA R SIJ", "OM5602 / 1322"],
          ["Bupivacaine", "0.5%", "1.5 mL", "IA R SIJ", "BU7788 / 1324"],
          ["Triamcinolone (Kenalog)", "40 mg/mL", "40 mg", "IA R SIJ", "KN0977 / 1324"]], 8.3),
        ("kv", [("Needle:", "22G 3.5 in spinal"), ("Fluoro time:", "0.5 min"),
                ("Dose (DAP):", "1.8 Gy-cm2"), ("EBL:", "none")], 2),
        ("p", "Procedure note: Prone, prepped/draped. Under AP and oblique fluoroscopy the caudal R SIJ was entered. "
              "Omnipaque showed arthrogram pattern within the joint w/o venous runoff. Bupivacaine 0.5% w/ Kenalog 40 injected. "
              "Needle withdrawn intact. No complications. Repeat diagnostic/therapeutic block, same technique as 11/04."),
        ("sig", "Priya N. Raman, MD   signed 12/09/2025 1352"),
    ]))
    # p8 PACU + diary 12/09 (faxed)
    pages.append(dict(kind="fax", res="fine", seed=108, skew=1.1, banner=BAN1.format(p=8),
                      footer="YVIPSC PACU-3  rev 2024   Ostrowski, D   Page 8 of 11", elements=[
        ("hdr", YV[:2], "PACU DISCHARGE /\nPOST-BLOCK PAIN DIARY"),
        ("pt", "Pt: Ostrowski, Delphine R   DOB 03/17/1971   DOS 12/09/2025   R SIJ inj #2"),
        ("tbl", [1, 1, 1, 1, 2], ["Time", "BP", "HR", "Pain 0-10", "RN note"],
         [["1336", "134/82", "74", "2", "amb w/ steady gait"],
          ["1350", "130/80", "72", "2", "D/C criteria met"]]),
        ("p", "D/C 1355 to home with husband. Pre-block pain 7/10 R SI. Instructions given, diary sheet given."),
        ("h", "HOME PAIN DIARY - complete each hour, bring to f/u visit"),
        ("tbl", [1.2, 1, 1, 2.6], ["Time after inj", "Clock", "Pain 0-10", "Activity / comments"],
         [["1 hr", "1430", "3", "in car, sitting"],
          ["2 hr", "1530", "6", "hurting again at kitchen counter"],
          ["3 hr", "1630", "7", "same as before shot"],
          ["4 hr", "1730", "7", "--"],
          ["6 hr", "1930", "7", "heat pad"]]),
        ("hand", "Pt comment: numb feeling gone quick, relief wore off before 2 hours, back to my usual pain"),
        ("sig", "RN: K. Doub, RN   Diary reviewed by: PNR 01/06/2026"),
    ]))
    # p9 pain follow-up SOAP 01/06/2026 (text)
    pages.append(dict(kind="text", footer="Ostrowski, Delphine R  DOB 03/17/1971  |  Office visit 01/06/2026  |  Page 9 of 11", elements=[
        ("hdr", YV, "FOLLOW-UP VISIT"),
        ("pt", PTL1),
        ("kv", [("DOS:", "01/06/2026"), ("Provider:", "Priya N. Raman, MD"), ("CC:", "R SI jt pain f/u after inj #2"), ("Visit:", "99214")], 2),
        ("p", "S: Returns after 2nd R SIJ injection 12/09. Diary reviewed w/ pt. After the 11/04 inj she was ~75% better for about 3 wks, "
              "then pain crept back to baseline by early Dec. After the 12/09 inj she reports only brief numbness/relief that afternoon and no lasting "
              "benefit, pain back at baseline within a couple days. R SI pain 6-7/10 today, worse sitting >20 min. No leg pain, no n/t, no bowel/bladder sx. "
              "Chiro finished 12/16. Continues meloxicam 15 mg daily + heating pad qhs. Tried OTC lidocaine patch - no help."),
        ("p", "O: BP 136/82. NAD. TTP R sacral sulcus. Thigh thrust + R. FABER + R, reproduces buttock pain. GT nontender bilat. Neuro intact."),
        ("p", "A: 1) SI joint dysfunction R (M53.3) - partial/short response to 2nd diagnostic block, 1st block concordant. "
              "2) Hx L4-5 radiculopathy 2018 - resolved.  3) Long-term NSAID use (Z79.1), renal fxn nl 10/2025."),
        ("p", "P: Discussed options: RFA of lateral branches vs surgical referral. Pt prefers surgical opinion. Refer Dr. Whitlock, Forsyth Ridge. "
              "Continue HEP from chiro, meloxicam. RTC prn."),
        ("sig", "Priya N. Raman, MD   e-signed 01/06/2026 16:10"),
    ]))
    # p10 imaging (text)
    pages.append(dict(kind="text", font="Courier", footer="Piedmont Triad Imaging  |  OSTROWSKI, DELPHINE  |  Page 10 of 11", elements=[
        ("hdr", ["Piedmont Triad Imaging", "1905 Silas Creek Pkwy  Winston-Salem NC 27103", "Reading: Andrew K. Sheffield, MD / Lin Zhao, MD"], "DIAGNOSTIC IMAGING\nREPORTS"),
        ("pt", "OSTROWSKI, DELPHINE R   DOB 03/17/1971   Acc# PTI-25-71402 / 78815 / 80127"),
        ("b", "MRI LUMBAR SPINE WITHOUT CONTRAST   DOS 08/14/2025"),
        ("p", "IND: low back/buttock pain R. FINDINGS: Alignment normal. Conus terminates at L1. L3-4: no stenosis. "
              "L4-5: mild disc bulge and facet hypertrophy without nerve root impingement. No central canal stenosis. Foramina patent. "
              "L5-S1: disc desiccation, no herniation; neural foramina widely patent. IMPRESSION: Mild L4-5 spondylosis. No neural compression.", 8.6),
        ("b", "XR PELVIS AP, BILATERAL SI JOINTS (3 VIEWS) AND BILATERAL HIPS (AP/FROG)   DOS 09/30/2025"),
        ("p", "SI JOINTS: Mild subchondral sclerosis of the iliac side of the R SI joint. Joint margins well defined, no erosions. "
              "RIGHT HIP: Mild superior joint space narrowing, small marginal osteophyte; mild osteoarthritis. "
              "LEFT HIP: moderate joint space narrowing with subchondral cyst, moderate OA. "
              "No fracture. IMPRESSION: Mild R SIJ degenerative change. Mild R hip OA; moderate L hip OA.", 8.6),
        ("b", "CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)   DOS 10/16/2025"),
        ("p", "FINDINGS: Mild R SI joint subchondral sclerosis and small anterior osteophytes. No erosions, no ankylosis, "
              "no widening. No fracture or destructive osseous lesion. Sacral foramina clear. Visualized hips: as on XR. "
              "IMPRESSION: Mild degenerative R SI joint arthropathy. No findings of inflammatory sacroiliitis.", 8.6),
        ("sig", "Electronically signed A.K. Sheffield MD 08/14/2025; L. Zhao MD 09/30/2025, 10/16/2025"),
    ]))
    # p11 therapy summaries + med list (text)
    pages.append(dict(kind="text", footer="Therapy / medication summary  |  Ostrowski, D  |  Page 11 of 11", elements=[
        ("hdr", ["Salem Parkway Physical Therapy", "Winston-Salem NC   Ph (336) 555-0388"], "PT DISCHARGE\nSUMMARY"),
        ("kv", [("Pt:", "Delphine Ostrowski"), ("Dx:", "M53.3, M54.50"), ("Start of care:", "03/04/2025"),
                ("D/C date:", "06/10/2025"), ("Visits:", "22 attended / 24 sched"), ("Therapist:", "R. Capehart, PT, DPT")], 2),
        ("p", "Tx: SIJ stabilization, core/glute med strengthening, manual therapy, HEP. Outcome: partial improvement, ODI 42% -> 34%. "
              "Plateaued; D/C to HEP, referred back to MD. Goals partially met."),
        ("h", "Chiropractic - Triad Family Chiropractic (J. Loflin, DC) - visit log"),
        ("tbl", [1.4, 1.4, 1, 3], ["First visit", "Last visit", "# visits", "Treatment"],
         [["06/24/2025", "12/16/2025", "19", "SI adjusting, soft tissue, pelvic stab. exercises; home exercise sheet updated q4wk"]], 8.3),
        ("p", "Chiropractic care 06/24/2025 through 12/16/2025, 19 visits, released to home program w/ written exercises."),
        ("h", "Active medication list (printed 01/22/2026)"),
        ("tbl", [2.2, 2.2, 1.2, 1.4], ["Medication", "Sig", "Start", "Status"],
         [["Meloxicam 15 mg tab", "meloxicam 15 mg PO daily", "01/2025", "Active"],
          ["Acetaminophen 500 mg", "1000 mg PO BID prn", "2024", "Active"],
          ["Amlodipine 5 mg", "daily", "2019", "Active"],
          ["Levothyroxine 75 mcg", "daily", "2016", "Active"],
          ["Cyclobenzaprine 5 mg", "qhs prn", "04/2025", "Stopped 06/2025 - drowsy"]], 8.3),
        ("p", "Non-drug: moist heating pad nightly since spring 2025. No TENS."),
    ]))
    # superbill is folded into page count? keep 11 pages.
    labels = dict(procedure="percutaneous", request_date="2026-02-10", crit={
        "perc.pain_location": ("met", ["Pain does not radiate into the thigh or leg",
                                        "Pain is in the R buttock just medial to the PSIS"],
            "Consult 01/22/2026 places the pain in the R buttock medial to the PSIS, below the belt line, and states it does not radiate; "
            "the 2018 L4-5 radiculopathy is historical and stated resolved (no leg sx since), so it does not count as current radiation."),
        "perc.pain_severity": ("met", ["Today R SI pain 6/10"],
            "Most recent SIJ score before 02/10/2026 is 6/10 in the 01/22/2026 consult (request form repeats 6/10). The '8/10 in 10/2025' is dated to 10/2025 "
            "and PACU/diary scores (1-3/10) are post-injection, not baseline."),
        "perc.sij_tenderness": ("met", ["Tender to palpation over R posterior SI joint",
                                         "R greater trochanter nontender, coccyx nontender"],
            "Consult documents posterior SIJ/sulcus tenderness and explicitly nontender lumbar paraspinals, greater trochanter and coccyx; the 01/06 note agrees."),
        "perc.active_conservative_therapy": ("met", ["Start of care: 03/04/2025", "D/C date: 06/10/2025", "Chiropractic care 06/24/2025 through 12/16/2025, 19 visits"],
            "PT discharge summary: 03/04/2025-06/10/2025 (22 visits); chiropractic log 06/24/2025-12/16/2025 (19 visits). Union ~9 months, all inside "
            "the window 02/10/2025-02/10/2026."),
        "perc.inactive_conservative_therapy": ("met", ["meloxicam 15 mg PO daily", "moist heating pad nightly since spring 2025"],
            "Medication list: meloxicam 15 mg daily started 01/2025 and active (also in the 01/06/2026 note); heat nightly since spring 2025. >= 6 months inside window."),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust + R"],
            "Thigh thrust positive on the right in the 01/06/2026 note and in the consult table (compression not done, which does not matter)."),
        "perc.two_provocative_tests": ("met", ["FABER / Patrick POS neg", "Gaenslen POS neg", "FABER + R, reproduces buttock pain"],
            "Consult table: FABER/Patrick POS and Gaenslen POS on the right (distraction neg); two positives satisfy the criterion. The 01/06 note also records FABER +."),
        "perc.diagnostic_injections": ("not_met", ["relief wore off before 2 hours, back to my usual pain",
                                                     "Bupivacaine 0.5% w/ Kenalog 40 injected"],
            "Two fluoroscopic, contrast-enhanced R SIJ injections. 11/04/2025 (bupivacaine) qualifies: diary <=3/10 from 7/10 through 5 h. 12/09/2025 (bupivacaine 0.5%) "
            "fails: diary 3/10 at 1 h, 6/10 at 2 h, 7/10 at 3 h - >=50% relief lasted < 3 h, short of bupivacaine's expected duration. Only one qualifies and one documented "
            "injection fails. The consult's 'two diagnostic SI blocks with excellent relief' is a summary and cannot outweigh the primary diary."),
        "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"],
            "Waddell 0/5, no pain behaviors out of proportion. Fibromyalgia appears only as the mother's family history, which does not count."),
        "perc.sij_imaging": ("met", ["No findings of inflammatory sacroiliitis", "No fracture or destructive osseous lesion"],
            "XR pelvis/SI joints 09/30/2025 and CT pelvis 10/16/2025 both present; only mild degenerative change, no erosions, no destructive lesion."),
        "perc.hip_imaging": ("met", ["Mild R hip OA"],
            "Surgery is right-sided; the combined 09/30/2025 XR reads the RIGHT hip as mild OA. The moderate OA is in the contralateral LEFT hip and does not count."),
        "perc.lumbar_imaging": ("met", ["without nerve root impingement", "No neural compression."],
            "MRI lumbar 08/14/2025 with findings: mild L4-5 bulge without impingement, no canal stenosis, patent foramina."),
        "perc.therapeutic_injections": ("met", ["then pain crept back to baseline by early Dec",
                                                 "pain back at baseline within a couple days"],
            "Both SIJ injections (11/04 and 12/09/2025) contained triamcinolone 40 mg intra-articular; the 01/06/2026 note documents return of pain after each."),
        "perc.excl.systemic_arthropathy": ("met", ["Denies hx of inflammatory arthritis, psoriasis, IBD, uveitis"],
            "No spondyloarthropathy documented as present; rheumatoid arthritis appears only as the father's history; CT shows no inflammatory sacroiliitis."),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture or destructive osseous lesion"],
            "Imaging negative for fracture/destructive lesion; none documented."),
        "perc.excl.acute_instability": ("met", ["No history of fall or trauma"],
            "Atraumatic onset; no instability documented."),
        "perc.excl.neural_compression": ("met", ["No neural compression."],
            "MRI shows no neural compression; the L4-5 radiculopathy is from 2018 and resolved; no other pain source named as more likely."),
    })
    return pages, labels
# ---------------------------------------------------------------- packet b4g-02
# Folder with packet.json. Open (27280). Gold: meets_criteria (failed prior percutaneous fusion).
BRS = ["Blue Ridge Spine Associates", "1450 Tate Blvd SE, Suite 300  Hickory NC 28602",
       "Ph (828) 555-0460   Fax (828) 555-0461"]
UPP = ["Unifour Pain & Procedure Center, LLC (ASC)", "221 N Center St  Hickory NC 28601",
       "Ph (828) 555-0930   Fax (828) 555-0931   AAAHC accredited"]
PTL2 = "Patient: ABERNATHY, TERRENCE L    DOB: 09/02/1964    Acct: UPP-220931    CareSource NC ID: CSN730558214"
BAN2 = "FROM: UNIFOUR PAIN PROC CTR 8285550931   TO: BLUE RIDGE SPINE 8285550461   12/05/2025 09:14   P. 2/2"


def packet02():
    files = []
    # 01 cover + request
    files.append(("01_fax_cover_and_request.pdf", [
        dict(kind="text", footer="Blue Ridge Spine Associates - fax cover  |  Page 1 of 2", elements=[
            ("hdr", BRS, "FACSIMILE\nTRANSMITTAL"),
            ("kv", [("To:", "CareSource NC Utilization Management"), ("Fax:", "1-844-555-0199"),
                    ("From:", "Kelsey Yount, surgery scheduler"), ("Date:", "03/02/2026"),
                    ("Re:", "PA - L SI joint revision fusion"), ("Pages:", "10 incl. cover")], 2),
            ("p", "Attached: request form, consult 02/17/2026, ASC diagnostic block records 12/04/2025, CT pelvis 01/13/2026, "
                  "prior XR, MRI lumbar, follow-up note and superbill. Pt is post L SI fusion (outside facility, 2023) with recurrent pain "
                  "and implant loosening - requesting open revision. Please call w/ any questions."),
            ("small", "This fax may contain PHI. If received in error please call (828) 555-0460 and shred."),
        ]),
        dict(kind="text", footer="CareSource NC PA form UM-OP-01  |  Page 2 of 2", elements=[
            ("hdr", ["CareSource North Carolina", "Utilization Management  Fax 1-844-555-0199"],
             "PRIOR AUTHORIZATION\nREQUEST - SURGERY"),
            ("kv", [("Member:", "Terrence L. Abernathy"), ("DOB:", "09/02/1964"), ("Member ID:", "CSN730558214"),
                    ("Phone:", "(828) 555-2277")], 2),
            ("kv", [("Ordering surgeon:", "Renata S. Okafor, MD (NPI 1285609134)"), ("Facility:", "Frye Regional - inpatient")], 1),
            ("tbl", [1, 3.8, 1, 0.8], ["CPT", "Procedure", "Side", "Units"],
             [["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, incl. instrumentation", "Left", "1"],
              ["20680", "Removal of implant; deep (iliosacral screws x3)", "Left", "1"]]),
            ("kv", [("ICD-10:", "M96.0 pseudarthrosis after fusion; T84.498A mech. complication ortho implant; M53.3"),], 1),
            ("kv", [("Prior related surgery:", "27279 L SIJ fusion 05/16/2023 (Catawba Valley Spine Inst.)"),], 1),
            ("kv", [("Anticipated DOS:", "04/2026"), ("LOS:", "2 days"), ("Request date:", "03/02/2026"), ("Urgency:", "Standard")], 2),
            ("p", "Indication: failed prior minimally invasive L SIJ fusion - nonunion with periprosthetic lucency/loosening on CT 01/13/2026, "
                  "recurrent L SIJ pain confirmed by diagnostic block. Open revision with implant removal, decortication and grafting planned."),
            ("sig", "Submitted electronically by K. Yount for R. Okafor MD   03/02/2026"),
        ]),
    ]))
    # 02 consult
    files.append(("02_spine_consult_2026-02-17.pdf", [
        dict(kind="text", footer="ABERNATHY, TERRENCE L  |  DOB 09/02/1964  |  Office Visit 02/17/2026  |  Page 1 of 2", elements=[
            ("hdr", BRS, "OFFICE VISIT - SPINE"),
            ("pt", PTL2),
            ("kv", [("Date of service:", "02/17/2026"), ("Provider:", "Renata S. Okafor, MD"), ("Visit type:", "New consult"),
                    ("Referred by:", "Hollis Brandt, DO (pain)")], 2),
            ("h", "HISTORY OF PRESENT ILLNESS"),
            ("p", "61 yo M w/ hx of L SI joint fusion, minimally invasive, 3 triangular titanium implants, done 05/16/2023 at Catawba Valley Spine "
                  "Institute for L SIJ dysfunction. Did well ~8 months, then gradual return of L buttock/SI pain starting early 2024, now worse than "
                  "pre-op. Describes pain over L PSIS, deep, with a 'clunk' on single leg stance. Pain 7/10. No new trauma. Has done PT x2 courses, "
                  "NSAIDs, and a diagnostic L SIJ block at Unifour 12/04/2025 with >90% temporary relief. Denies bowel/bladder change."),
            ("p", "Pertinent: EMG/NCS LLE 10/2025 read as normal (ordered by pain mgmt to r/o L5 radiculopathy). No hx of cancer, no fevers, night sweats, "
                  "or wt loss. No IV drug use. DM2 on metformin (A1c 6.8). Former smoker, quit 2015."),
            ("h", "EXAMINATION"),
            ("p", "Well healed 3 cm L lateral buttock incision, no erythema/drainage. TTP over L SI joint and over the L implant heads. Positive thigh thrust L, "
                  "positive compression. FABER + L. SLR neg bilat. Motor 5/5, sens intact, reflexes symmetric. Hips: full painless IR/ER."),
            ("h", "IMAGING REVIEWED (images personally reviewed)"),
            ("p", "CT pelvis 01/13/2026: lucency surrounding all three left iliosacral implants, no bridging bone across the L SIJ. "
                  "XR pelvis 06/18/2025 in system. MRI L-spine 11/20/2025 - no stenosis or nerve root compression."),
        ]),
        dict(kind="text", footer="ABERNATHY, TERRENCE L  |  DOB 09/02/1964  |  Office Visit 02/17/2026  |  Page 2 of 2", elements=[
            ("hdr", BRS, "OFFICE VISIT - SPINE (cont.)"),
            ("h", "ASSESSMENT"),
            ("tbl", [0.4, 3.2, 1.2], ["#", "Problem", "ICD-10"],
             [["1", "Failed prior percutaneous SI joint fusion, left - symptomatic nonunion with implant loosening", "M96.0 / T84.498A"],
              ["2", "Sacroiliac joint dysfunction, left (pain generator confirmed by block)", "M53.3"],
              ["3", "Type 2 diabetes, controlled", "E11.9"]]),
            ("h", "PLAN"),
            ("p", "Long discussion. Repeat minimally invasive procedure not favored given loosening of all three implants and lack of bony purchase. "
                  "Recommend open L SI joint revision arthrodesis: removal of implants, joint debridement/decortication, autograft + allograft, "
                  "plate/screw fixation (CPT 27280 + 20680). Pre-op labs incl. ESR/CRP to screen for low-grade infection; if elevated will aspirate first. "
                  "Smoking n/a. Hold NSAIDs 7 days pre-op. PA to be submitted. Pt agrees and wishes to proceed."),
            ("p", "Time: 55 min, >50% counseling.  F/U after authorization for pre-op visit."),
            ("sig", "Renata S. Okafor, MD  Orthopaedic Spine Surgery   Electronically signed 02/17/2026 18:22"),
            ("small", "cc: Hollis Brandt, DO; PCP Amy Lutz, FNP"),
        ]),
    ]))
    # 03 ASC diagnostic block
    files.append(("03_asc_diagnostic_block_2025-12-04.pdf", [
        dict(kind="text", footer="UPP Procedure Record form P-7 (rev 3/2025)  |  Abernathy, T  |  Page 1 of 2", elements=[
            ("hdr", UPP, "PRE-OP CHECKLIST &\nINTRA-PROCEDURE RECORD"),
            ("pt", PTL2),
            ("kv", [("DOS:", "12/04/2025"), ("Arrival:", "0645"), ("Physician:", "Hollis Brandt, DO"), ("RN:", "M. Icard, RN")], 2),
            ("chk", [(True, "Consent signed"), (True, "H&P updated"), (True, "NPO since MN"), (True, "Ride: wife"),
                     (True, "Glucose 142 (POC)"), (True, "No anticoag"), (True, "Site marked L"), (True, "Allergy: NKDA"),
                     (True, "Time out 0731")], 3),
            ("kv", [("Procedure:", "L sacroiliac joint injection under fluoroscopy - diagnostic"), ("CPT:", "27096-LT")], 1),
            ("tbl", [1.8, 1.3, 1, 1.2, 1.4], ["Medication", "Strength", "Amount", "Site", "Time"],
             [["Lidocaine", "1%", "2 mL", "skin", "0733"],
              ["Iopamidol (Isovue-M 200)", "200 mgI/mL", "1 mL", "L SIJ", "0737"],
              ["Lidocaine (preservative free)", "2%", "2 mL", "L SIJ", "0739"]], 8.3),
            ("kv", [("Needle:", "25G 3.5 in"), ("Fluoro:", "0.9 min / 3.4 mGy"), ("Steroid:", "none (diagnostic only)"), ("EBL:", "0")], 2),
            ("p", "Note: prior L SIJ implants visualized. Needle directed to inferior L SIJ recess between implants. Contrast confirmed intra-articular "
                  "spread along the joint; no vascular pattern. 2 mL 2% lidocaine injected. No complications."),
            ("sig", "Hollis Brandt, DO  12/04/2025 0752"),
        ]),
        dict(kind="fax", res="std", seed=203, skew=0.7, banner=BAN2, footer="UPP PACU / Diary   Page 2 of 2", elements=[
            ("hdr", UPP[:2], "PACU DISCHARGE SHEET\n& PAIN LOG"),
            ("pt", "ABERNATHY, TERRENCE L  DOB 09/02/1964  DOS 12/04/2025  L SIJ block (lidocaine)"),
            ("tbl", [1, 1, 1, 1.2, 2.2], ["Time", "BP", "P", "Pain", "Comment"],
             [["Pre", "146/88", "80", "7/10", "L SI / buttock"],
              ["0800", "140/84", "76", "0/10", "provocative mvmts pain free"],
              ["0815", "138/82", "74", "0/10", "ambulated, sit-stand x5"],
              ["0830", "136/80", "74", "1/10", "D/C home"]]),
            ("tbl", [1.2, 1, 3], ["Post inj", "Pain", "Pt comment"],
             [["1 hr", "1/10", "walking in store ok"], ["2 hr", "3/10", "coming back"], ["3 hr", "6/10", ""], ["4 hr", "7/10", "back to usual"]]),
            ("p", "Relief >90% x ~1.5 hr, consistent w/ lidocaine duration. Concordant block."),
            ("sig", "M. Icard RN / reviewed H. Brandt DO"),
        ]),
    ]))
    # 04 imaging
    files.append(("04_imaging_reports.pdf", [
        dict(kind="text", font="Courier", footer="Catawba Regional Radiology  |  ABERNATHY, TERRENCE  |  Page 1 of 2", elements=[
            ("hdr", ["Catawba Regional Radiology", "810 Fairgrove Church Rd SE  Hickory NC 28602"], "RADIOLOGY REPORT"),
            ("pt", "ABERNATHY, TERRENCE L  DOB 09/02/1964  MRN 4478820  Acc CRR-26-00412"),
            ("kv", [("Exam:", "CT PELVIS WO CONTRAST"), ("Date:", "01/13/2026"), ("Ordering:", "H. Brandt DO"), ("Compare:", "XR 06/18/2025")], 2),
            ("p", "HISTORY: Recurrent L SI joint pain, prior L SIJ fusion 2023.", 8.8),
            ("p", "FINDINGS: Three triangular titanium implants traverse the left sacroiliac joint from the lateral ilium into the sacral ala. "
                  "There is a 2-3 mm lucency surrounding all three left iliosacral implants with sclerotic margins, most pronounced along the "
                  "superior implant, consistent with loosening. No bridging bone across the left SI joint; joint space preserved with vacuum phenomenon. "
                  "No implant fracture. No periosteal reaction, erosion, or abscess. Right SI joint: mild degenerative sclerosis. "
                  "No fracture. No aggressive osseous lesion. Hips: mild bilateral joint space narrowing.", 8.8),
            ("p", "IMPRESSION: 1. Periprosthetic lucency surrounding all three left SI joint implants consistent with loosening, "
                  "and absence of osseous fusion across the left SI joint (nonunion). 2. No acute fracture.", 8.8),
            ("sig", "Dictated/signed: Paul V. Strickland, MD 01/13/2026 16:05"),
        ]),
        dict(kind="text", font="Courier", footer="Catawba Regional Radiology  |  ABERNATHY, TERRENCE  |  Page 2 of 2", elements=[
            ("hdr", ["Catawba Regional Radiology", "810 Fairgrove Church Rd SE  Hickory NC 28602"], "RADIOLOGY REPORT"),
            ("pt", "ABERNATHY, TERRENCE L  DOB 09/02/1964  MRN 4478820  Acc CRR-25-19870 / CRR-25-31544"),
            ("kv", [("Exam:", "XR PELVIS 1-2 VIEWS"), ("Date:", "06/18/2025")], 2),
            ("p", "FINDINGS: Left SI joint fixation hardware, 3 implants, unchanged position vs 2023 postop film. Possible faint lucency about the "
                  "superior implant, indeterminate on radiographs. No fracture. IMPRESSION: L SIJ fusion hardware; cannot exclude early loosening - CT suggested.", 8.8),
            ("kv", [("Exam:", "MRI LUMBAR SPINE WO CONTRAST"), ("Date:", "11/20/2025")], 2),
            ("p", "FINDINGS: L1-L2 through L3-L4 unremarkable. L4-L5: mild disc bulge, mild facet arthropathy; canal and foramina patent. "
                  "L5-S1: small central annular fissure, no herniation. No nerve root compression or impingement at any level. "
                  "Susceptibility artifact L SIJ hardware. IMPRESSION: Mild lower lumbar spondylosis. No stenosis. No neural compression.", 8.8),
            ("sig", "Signed: Paul V. Strickland, MD 06/18/2025;  Ines Marchetti, MD 11/20/2025"),
        ]),
    ]))
    # 05 follow-up + superbill
    files.append(("05_followup_and_superbill.pdf", [
        dict(kind="text", footer="Unifour Pain & Procedure Center  |  Abernathy, T  |  Page 1 of 2", elements=[
            ("hdr", UPP, "PROGRESS NOTE"),
            ("pt", PTL2),
            ("kv", [("DOS:", "12/18/2025"), ("Provider:", "Hollis Brandt, DO")], 2),
            ("p", "S: f/u L SIJ diagnostic block 12/04. Log shows near complete relief ~1.5-2 hrs then return to baseline. "
                  "Still 7/10 L SI pain, sitting and single leg stance worst. No leg radiation below knee. Meloxicam 7.5 BID, Tylenol prn."),
            ("p", "O: TTP L SIJ/implant heads. Thigh thrust +L. Gaenslen +L. Neuro intact."),
            ("p", "A: Painful L SIJ s/p MIS fusion 2023, block concordant -> SIJ is pain generator. r/o hardware loosening / nonunion. "
                  "No evidence of radiculopathy (EMG neg)."),
            ("p", "P: CT pelvis to eval fusion/hardware. Refer to Dr. Okafor (spine) for revision opinion. No further injections planned at this time."),
            ("sig", "H. Brandt DO  e-signed 12/18/2025"),
        ]),
        dict(kind="text", footer="Unifour Pain & Procedure Center - Superbill  |  Page 2 of 2", elements=[
            ("hdr", UPP, "SUPERBILL /\nENCOUNTER FORM"),
            ("kv", [("Patient:", "Abernathy, Terrence L"), ("DOB:", "09/02/1964"), ("DOS:", "12/04/2025"), ("POS:", "24 (ASC)"),
                    ("Rendering:", "Hollis Brandt, DO"), ("Payer:", "CareSource NC")], 2),
            ("tbl", [1, 3.2, 0.8, 1, 1], ["Code", "Description", "Units", "Mod", "Charge"],
             [["27096", "Inj SI joint w/ image guidance (fluoro/CT), incl arthrography", "1", "LT", "$1,140.00"],
              ["J2001", "Lidocaine HCl, 10 mg", "4", "", "$18.00"],
              ["Q9966", "LOCM, 200-299 mgI/mL, per mL", "1", "", "$12.00"]]),
            ("kv", [("Dx:", "M53.3, M96.0, Z98.1, E11.9")], 1),
            ("chk", [(True, "New/established: est."), (False, "E/M same day"), (True, "Signed waiver N/A")], 3),
            ("kv", [("Total:", "$1,170.00"), ("Copay collected:", "$50.00")], 2),
        ]),
    ]))
    packet_json = {"request_date": "2026-03-02", "procedure_codes": ["27280"], "member_id": "CSN730558214", "policy": "MP-MM-1366"}
    labels = dict(procedure="open", request_date="2026-03-02", crit={
        "open.indication": ("met", ["Failed prior percutaneous SI joint fusion, left",
                                     "absence of osseous fusion across the left SI joint (nonunion)"],
            "Prior minimally invasive (percutaneous, 27279) L SIJ fusion 05/16/2023 with symptomatic nonunion and loosening of all three implants on CT; "
            "'failed prior percutaneous SIJ fusion' is an indication listed in I.A.1.e. The SIJ dysfunction diagnosis (M53.3) is listed too, "
            "but the stated indication is not ONLY an excluded one. The old 27279 code is history, not the request (packet.json: 27280)."),
        "open.recent_imaging": ("met", ["lucency surrounding all three left iliosacral implants",
                                         "No bridging bone across the left SI joint"],
            "CT pelvis 01/13/2026 is within 6 months before 03/02/2026 (cutoff 09/02/2025) and shows localized L SIJ pathology (periprosthetic lucency, nonunion). "
            "The 06/18/2025 XR is older than 6 months, but the recent CT suffices."),
        "open.excl.neural_compression": ("met", ["No nerve root compression or impingement at any level",
                                                  "No neural compression."],
            "MRI lumbar 11/20/2025 shows no neural compression; EMG normal; 'r/o L5 radiculopathy' is hypothetical and was ruled out; pain does not radiate "
            "below the knee; no other more likely source named (block concordant)."),
    })
    return files, packet_json, labels
# ---------------------------------------------------------------- packet b4g-03
# Folder without packet.json. Percutaneous (27279). Gold: insufficient_documentation.
CF = ["Cape Fear Spine & Pain", "1822 Medical Center Dr, Bldg B  Wilmington NC 28401",
      "Ph (910) 555-0374   Fax (910) 555-0375"]
HP = ["Harbor Pointe Surgery Center", "4115 Oleander Dr  Wilmington NC 28403", "Ph (910) 555-0820   Fax (910) 555-0821"]
PTL3 = "WHITCOMB, JANELLE K   DOB 11/28/1978   MRN CFSP-118804   CareSource NC  ID CSN519036647"
BAN3 = "FROM: CAPE FEAR SPINE&PAIN 9105550375   TO: CARESOURCE UM 18445550199   02/03/2026 10:41   P. {p}/12"


def packet03():
    files = []
    files.append(("01_cover_and_request.pdf", [
        dict(kind="fax", res="fine", seed=301, skew=-0.5, banner=BAN3.format(p=1), elements=[
            ("hdr", CF, "FAX COVER SHEET"),
            ("kv", [("To:", "CareSource - Prior Auth"), ("Fax #:", "844-555-0199"), ("From:", "Bethany Rouse, MA"),
                    ("Ph:", "910-555-0374 x118"), ("Date:", "02/03/2026"), ("# pages:", "12")], 2),
            ("p", "RE: Janelle Whitcomb  DOB 11/28/1978 - PA for L SI joint fusion (minimally invasive) w/ Dr. Pavlenko at Harbor Pointe."),
            ("chk", [(True, "Please review"), (False, "Urgent"), (False, "Please reply"), (True, "Records enclosed")], 4),
            ("hand", "Lumbar MRI report from Coastal Open MRI still pending - will fax when rec'd. Thx! -BR"),
            ("sp", 40),
            ("small", "The documents accompanying this transmission contain confidential health information that is legally privileged. "
                      "If you are not the intended recipient, any disclosure, copying or distribution is strictly prohibited."),
        ]),
        dict(kind="text", footer="CareSource NC Prior Authorization Request  |  Page 2 of 12", elements=[
            ("hdr", ["CareSource North Carolina", "Utilization Management - Medical Prior Authorization", "Fax 1-844-555-0199"],
             "PRIOR AUTHORIZATION\nREQUEST FORM"),
            ("h", "1. Member"),
            ("kv", [("Name:", "Janelle K. Whitcomb"), ("DOB:", "11/28/1978"), ("ID #:", "CSN519036647"), ("Sex:", "F")], 2),
            ("h", "2. Provider"),
            ("kv", [("Servicing:", "Dmitri Pavlenko, MD - Neurosurgery"), ("NPI:", "1730418862"),
                    ("Facility:", "Harbor Pointe Surgery Center"), ("Tax ID:", "56-2209934")], 2),
            ("h", "3. Service"),
            ("tbl", [1, 3.8, 1, 0.9], ["CPT", "Description", "Side", "Qty"],
             [["27279", "Percutaneous/minimally invasive arthrodesis of sacroiliac joint w/ image guidance, transfixation device", "LT", "1"]]),
            ("kv", [("ICD-10:", "M53.3, M54.59"), ("Date of request:", "02/03/2026"), ("Proposed DOS:", "03/2026"), ("Type:", "Elective, outpatient")], 2),
            ("h", "4. Clinical"),
            ("p", "L SIJ pain, failed PT/chiro/NSAID, + provocative testing, diagnostic SIJ block w/ >75% relief 12/16/2025. See attached notes, LMN."),
            ("sig", "Signature of requesting provider: D. Pavlenko MD (e-sig)   Date 02/03/2026"),
        ]),
    ]))
    files.append(("02_office_notes.pdf", [
        dict(kind="text", footer="Cape Fear Spine & Pain  |  Whitcomb, Janelle K  |  New Patient 10/08/2025  |  Page 3 of 12", elements=[
            ("hdr", CF, "NEW PATIENT EVALUATION"),
            ("pt", PTL3),
            ("kv", [("Date:", "10/08/2025"), ("Provider:", "Alana Greer-Hollis, MD"), ("Ref:", "PCP - S. Nakamura, FNP"), ("Visit:", "99204")], 2),
            ("p", "CC: L low back / buttock pain x 14 months."),
            ("p", "HPI: 46 yo F, dental hygienist, gradual onset L-sided pain 08/2024 without injury. Pain sits over the L PSIS and upper buttock, "
                  "below the belt line; one-finger test points to L PSIS. She denies radiating pain down the leg, no numbness/tingling. "
                  "Aggravated by prolonged standing at work, getting out of car, rolling over. VAS 72 mm today. PT at Port City PT Apr-Jul 2025, "
                  "now in chiropractic care. Naproxen since March helps some, ice packs after work. Has a TENS unit at home."),
            ("p", "Prior interventions: L L4-5/L5-S1 medial branch blocks 06/2025 (outside, Dr. Faircloth) - ~20% relief, not felt facet-mediated. "
                  "Trigger point inj L gluteus medius 2024 - no lasting help."),
            ("p", "PMH: anxiety (sertraline), migraine. No hx fibromyalgia, no RA/lupus/psoriasis. FHx: noncontributory. SH: nonsmoker, 1-2 glasses wine/wk."),
            ("p", "ROS: Denies diffuse body pain, fevers, wt loss, bowel/bladder change, morning stiffness > 30 min."),
            ("p", "EXAM: Ht 5'6\" Wt 154 lb. Gait normal. TTP L PSIS / sacral sulcus. Lumbar paraspinals and L greater trochanter nontender. "
                  "Lumbar flex/ext full. SLR neg. Strength/sensation/reflexes nl LE bilat. Hips: full ROM, no groin pain."),
            ("tbl", [2.4, 1.2, 1.2, 2.2], ["Provocation test", "Left", "Right", "Comment"],
             [["Thigh thrust", "+", "-", "reproduces L buttock pain"],
              ["FABER (Patrick)", "+", "-", "posterior pain, not groin"],
              ["Gaenslen", "deferred", "deferred", "pt unable to tolerate positioning"],
              ["Distraction", "not performed", "", ""],
              ["Compression", "not performed", "", ""]], 8.3),
            ("p", "A/P: Probable L SIJ dysfunction. Plan fluoro-guided L SIJ injection (diagnostic + therapeutic). Continue naproxen, chiro. "
                  "XR SI joints + MRI pelvis ordered/reviewed."),
            ("sig", "Alana Greer-Hollis, MD   signed 10/08/2025"),
        ]),
        dict(kind="text", footer="Cape Fear Spine & Pain  |  Whitcomb, Janelle K  |  Follow-up 01/20/2026  |  Page 4 of 12", elements=[
            ("hdr", CF, "FOLLOW UP - SOAP"),
            ("pt", PTL3),
            ("kv", [("DOS:", "01/20/2026"), ("Provider:", "Alana Greer-Hollis, MD")], 2),
            ("p", "S: f/u after L SIJ inj 12/16. Diary: ~85% relief for about 4 hrs post block. Steroid helped ~3 weeks, then pain returned to prior level "
                  "mid-Jan. Today L SI pain 3-6/10 depending on activity, worst after work days. Still on naproxen 500 BID. Finished chiro 11/21."),
            ("p", "O: TTP L PSIS. Thigh thrust + L. FABER + L. GT nontender. Neuro intact."),
            ("p", "A: L SIJ dysfunction - concordant diagnostic block x1, temporary steroid response."),
            ("p", "P: Options reviewed: 2nd SIJ injection (pt wants to hold for now - cost/time off work) vs surgical eval. Referred Dr. Pavlenko. "
                  "Hip XR ordered. Will obtain outside lumbar MRI report."),
            ("sig", "A. Greer-Hollis MD   01/20/2026"),
        ]),
        dict(kind="text", font="Times", footer="Letter of Medical Necessity  |  Whitcomb, J  |  Page 5 of 12", elements=[
            ("hdr", ["Coastal Neurosurgical Associates", "2131 S 17th St  Wilmington NC 28401", "Ph (910) 555-0615"], "LETTER OF\nMEDICAL NECESSITY"),
            ("p", "January 28, 2026"),
            ("p", "RE: Janelle K. Whitcomb, DOB 11/28/1978, CareSource ID CSN519036647"),
            ("p", "To the medical reviewer:"),
            ("p", "I saw Ms. Whitcomb on 01/27/2026 for chronic left sacroiliac joint pain, present since August 2024. She has completed physical "
                  "therapy and chiropractic care and has taken naproxen for most of the past year. On examination she has tenderness over the "
                  "left posterior SI joint with positive thigh thrust and FABER. A fluoroscopically guided, contrast-confirmed left SI joint injection "
                  "on 12/16/2025 gave more than 75% relief for the duration of the anesthetic."),
            ("p", "Plain films of the SI joints and an MRI of the pelvis show no erosive or destructive process. A lumbar MRI was obtained at an "
                  "outside facility (Coastal Open MRI, 11/2025); the report has been requested and will be forwarded. Hip radiographs have been ordered."),
            ("p", "In my opinion she is an appropriate candidate for minimally invasive left SI joint fusion (CPT 27279). I respectfully request authorization."),
            ("sig", "Dmitri Pavlenko, MD, FAANS  Neurological Surgery"),
        ]),
    ]))
    files.append(("03_sij_injection_2025-12-16.pdf", [
        dict(kind="text", footer="HPSC Nursing / Procedure Record  |  WHITCOMB, J  |  Page 6 of 12", elements=[
            ("hdr", HP, "PRE-PROCEDURE CHECKLIST\n/ PROCEDURE RECORD"),
            ("pt", PTL3),
            ("kv", [("DOS:", "12/16/2025"), ("Proc:", "L SI jt inj, fluoro, 27096-LT"), ("MD:", "A. Greer-Hollis"), ("Pre-op RN:", "D. Sneeden")], 2),
            ("chk", [(True, "Pt ID verified"), (True, "Consent"), (True, "NPO 4 hr"), (True, "Escort: sister"), (True, "LMP n/a (IUD)"),
                     (True, "Allergy: PCN - hives"), (False, "Anticoag"), (True, "Site marked")], 4),
            ("tbl", [1, 1, 1, 1, 2], ["Time", "BP", "HR", "SpO2", "Pain / location"],
             [["1006", "122/76", "68", "99%", "7/10 L buttock"]], 8.5),
            ("h", "Procedure record"),
            ("tbl", [1.8, 1.3, 1, 1.1, 1.3], ["Agent", "Conc", "Vol/dose", "Site", "Time"],
             [["Lidocaine local", "1%", "3 mL", "skin/SQ", "1032"],
              ["Iohexol (Omnipaque 180)", "180 mgI/mL", "0.5 mL", "L SIJ", "1035"],
              ["Ropivacaine", "0.5%", "2 mL", "L SIJ", "1037"],
              ["Methylprednisolone acetate", "40 mg/mL", "40 mg", "L SIJ", "1037"]], 8.3),
            ("kv", [("Needle:", "22G 5 in Quincke"), ("Fluoro time:", "38 sec"), ("Air kerma:", "4.1 mGy"), ("Sedation:", "none")], 2),
            ("p", "Fluoroscopic AP view w/ 10 deg contralateral oblique; needle placed in the inferior third of L SIJ. Contrast outlined the joint "
                  "capsule, no intravascular spread. Ropivacaine 0.5% 2 mL + Depo-Medrol 40 mg injected. Tolerated well, no complications."),
            ("sig", "Alana Greer-Hollis, MD   12/16/2025 1049"),
        ]),
        dict(kind="fax", res="std", seed=307, skew=1.3, banner=BAN3.format(p=7), footer="HPSC-PACU-2   WHITCOMB, J   Page 7 of 12", elements=[
            ("hdr", HP[:2], "PACU / DISCHARGE &\nPOST INJECTION DIARY"),
            ("pt", "WHITCOMB, JANELLE K  DOB 11/28/1978  DOS 12/16/2025  L SIJ inj (ropivacaine + DepoMedrol)"),
            ("tbl", [1, 1, 1, 1, 2.4], ["Time", "BP", "HR", "Pain", "Notes"],
             [["1055", "118/72", "70", "1", "arrived PACU, amb"], ["1110", "116/70", "66", "1", "tol fluids"], ["1120", "118/74", "68", "1", "D/C w/ sister"]]),
            ("tbl", [1.2, 1, 1, 3], ["Hrs post", "Time", "Pain", "What I was doing"],
             [["30 min", "1105", "1", "walking"], ["1 hr", "1135", "1", "car ride"], ["2 hr", "1235", "1", "lunch, sitting"],
              ["3 hr", "1335", "2", "laundry"], ["4 hr", "1435", "2", "errands"], ["5 hr", "1535", "4", ""], ["6 hr", "1635", "6", "sore again"]]),
            ("hand", "Baseline 7/10. Good relief ~4 hrs. -JW"),
            ("sig", "PACU RN: T. Batts RN"),
        ]),
    ]))
    files.append(("04_therapy_records.pdf", [
        dict(kind="fax", res="fine", seed=308, skew=0.4, banner=BAN3.format(p=8), footer="Port City Physical Therapy   Page 8 of 12", elements=[
            ("hdr", ["Port City Physical Therapy", "5201 Carolina Beach Rd  Wilmington NC 28412", "Ph 910-555-0247  Fax 910-555-0248"],
             "DISCHARGE SUMMARY"),
            ("kv", [("Patient:", "Janelle Whitcomb"), ("DOB:", "11/28/1978"), ("Referring:", "S. Nakamura FNP"), ("Dx:", "M53.3, M54.59")], 2),
            ("kv", [("Initial eval:", "04/07/2025"), ("Discharge:", "07/25/2025"), ("Visits:", "24"), ("Cancels/no-shows:", "1 / 0")], 2),
            ("p", "Interventions: lumbopelvic stabilization, glute/core strengthening, SIJ mobilization, dry needling x2, HEP progression."),
            ("p", "Status at D/C: modest gains, FOTO 48 -> 56, continues with L SI pain w/ prolonged standing. Pt independent with HEP. "
                  "D/C due to plateau in progress; recommend MD f/u."),
            ("sig", "Colin Pate, PT, DPT   07/25/2025"),
        ]),
        dict(kind="text", footer="Seaside Chiropractic  |  Whitcomb, J  |  Page 9 of 12", elements=[
            ("hdr", ["Seaside Chiropractic & Rehab", "3710 Shipyard Blvd  Wilmington NC 28403"], "TREATMENT LOG"),
            ("kv", [("Patient:", "Janelle Whitcomb"), ("DOB:", "11/28/1978"), ("DC:", "Marcy Lanier, DC")], 3),
            ("tbl", [1.2, 3.2, 1.2], ["Date", "Treatment", "Pain (pt)"],
             [["08/04/2025", "Initial exam, SI adj (L), myofascial, stab ex", "7/10"],
              ["08/18/2025", "SI adj, activator, core", "7/10"],
              ["09/08/2025", "SI adj, STM glute med, HEP rev", "6/10"],
              ["09/29/2025", "SI adj, pelvic belt fitting", "6/10"],
              ["10/20/2025", "SI adj, stab ex progression", "7/10"],
              ["11/03/2025", "SI adj", "6/10"],
              ["11/21/2025", "Re-exam; plateau; discharged to HEP", "6/10"]], 8.5),
            ("p", "Summary: Chiropractic care 08/04/2025 to 11/21/2025, 7 visits (biweekly). Temporary relief only after adjustments."),
        ]),
    ]))
    files.append(("05_imaging_meds_other.pdf", [
        dict(kind="text", font="Courier", footer="Wilmington Diagnostic Imaging  |  WHITCOMB, JANELLE  |  Page 10 of 12", elements=[
            ("hdr", ["Wilmington Diagnostic Imaging", "2300 S 17th St  Wilmington NC 28401"], "IMAGING REPORTS"),
            ("pt", "WHITCOMB, JANELLE K  DOB 11/28/1978  MRN 20881743"),
            ("b", "XR SACROILIAC JOINTS 3 VIEWS  09/22/2025"),
            ("p", "Indication: L SI pain, r/o sacroiliitis. Findings: SI joints symmetric, well-corticated margins, no sclerosis or erosions. "
                  "No fusion. Lumbosacral junction normal. Impression: Normal SI joints.", 8.8),
            ("b", "MRI PELVIS (SI JOINTS) WITHOUT CONTRAST  10/14/2025"),
            ("p", "Technique: STIR and T1 coronal oblique, axial T2. Findings: No erosive changes, no bone marrow edema to suggest sacroiliitis. "
                  "Minimal L SI joint capsular fluid. No fracture, mass or marrow replacing lesion. Visualized hip joints unremarkable. "
                  "Impression: No MRI evidence of inflammatory sacroiliitis. No destructive lesion.", 8.8),
            ("sig", "Signed: Harriet O. Benbow, MD 09/22/2025; R. Sandoval, MD 10/14/2025"),
        ]),
        dict(kind="text", footer="Tidewater Pain Consultants  |  Whitcomb, J  |  Page 11 of 12", elements=[
            ("hdr", ["Tidewater Pain Consultants", "Jacksonville NC  Ph 910-555-0999"], "PROCEDURE NOTE"),
            ("kv", [("Date:", "06/11/2025"), ("Physician:", "Wade Faircloth, MD"), ("Procedure:", "L L4-5, L5-S1 medial branch blocks (64493, 64494)")], 1),
            ("p", "Under fluoroscopy, 22G needles placed at L L3 and L4 medial branches and L5 dorsal ramus. 0.5 mL bupivacaine 0.5% at each level. "
                  "Post-block: 20% relief at 1 hr. Impression: negative MBB, facets unlikely primary generator. No RFA."),
            ("sig", "W. Faircloth MD 06/11/2025"),
        ]),
        dict(kind="text", footer="Cape Fear Spine & Pain - med list / superbill  |  Page 12 of 12", elements=[
            ("hdr", CF, "MEDICATIONS &\nENCOUNTER SUMMARY"),
            ("pt", PTL3),
            ("tbl", [2.2, 2.2, 1.2, 1.2], ["Medication", "Directions", "Started", "Status"],
             [["Naproxen 500 mg", "naproxen 500 mg PO BID with food", "03/2025", "active"],
              ["Sertraline 50 mg", "1 tab daily", "2021", "active"],
              ["Sumatriptan 50 mg", "prn migraine", "2019", "active"],
              ["Cyclobenzaprine 10 mg", "qhs prn spasm", "10/2025", "active"],
              ["TENS unit (home)", "uses occasionally", "--", "--"]], 8.5),
            ("p", "Non-pharm: ice packs 15-20 min after work most days since spring 2025."),
            ("h", "Encounter 12/16/2025 - Harbor Pointe Surgery Center"),
            ("tbl", [1, 3.3, 0.8, 1.2], ["CPT/HCPCS", "Description", "Units", "Dx"],
             [["27096-LT", "SI joint injection w/ imaging guidance", "1", "M53.3"],
              ["J1030", "Methylprednisolone acetate 40 mg", "1", "M53.3"],
              ["Q9965", "LOCM 100-199 mgI/mL per mL", "1", "M53.3"]], 8.5),
        ]),
    ]))
    labels = dict(procedure="percutaneous", request_date="2026-02-03", crit={
        "perc.pain_location": ("met", ["Pain sits over the L PSIS and upper buttock", "She denies radiating pain down the leg"],
            "New-patient note localizes the pain to L PSIS/upper buttock below the belt line; radiation down the leg is explicitly denied (a negation, not radiation)."),
        "perc.pain_severity": ("met", ["Today L SI pain 3-6/10 depending on activity"],
            "Most recent pre-request score is 01/20/2026: '3-6/10', a range read by its upper bound = 6 >= 5. (Earlier VAS 72 mm = 7.2/10; PACU/diary scores are post-injection.)"),
        "perc.sij_tenderness": ("met", ["TTP L PSIS / sacral sulcus", "Lumbar paraspinals and L greater trochanter nontender"],
            "10/08/2025 exam documents posterior SIJ tenderness with lumbar paraspinals and greater trochanter nontender; 01/20/2026 repeats TTP L PSIS, GT nontender."),
        "perc.active_conservative_therapy": ("met", ["Initial eval: 04/07/2025 Discharge: 07/25/2025", "Chiropractic care 08/04/2025 to 11/21/2025"],
            "PT 04/07/2025-07/25/2025 (faxed discharge summary) plus chiropractic 08/04/2025-11/21/2025 (log); union ~7 months, inside the window 02/03/2025-02/03/2026."),
        "perc.inactive_conservative_therapy": ("met", ["naproxen 500 mg PO BID with food", "ice packs 15-20 min after work most days since spring 2025"],
            "Naproxen 500 mg BID started 03/2025 and still active 01/2026 (>= 10 months); ice since spring 2025. The TENS entry lacks frequency/duration/start "
            "and is not counted, but NSAID alone covers 6 months."),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust + L"],
            "Thigh thrust positive on the left (table 10/08/2025 and 01/20/2026 note); compression not performed, which does not matter."),
        "perc.two_provocative_tests": ("insufficient", [],
            "Only Patrick's/FABER is positive. Gaenslen was deferred (not tolerated) and distraction not performed - neither is negative, so two positives are not "
            "impossible, but only one is documented. The LMN mentions only thigh thrust and FABER."),
        "perc.diagnostic_injections": ("insufficient", [],
            "One qualifying SIJ injection (12/16/2025: fluoroscopy, Omnipaque, ropivacaine 0.5%, 1/10 from 7/10 through 2 h and 2/10 at 3-4 h, i.e. >= 50% for >= 3 h). "
            "No second SIJ injection is documented (the repeat was deferred by the patient) and none fails. The 06/2025 medial branch blocks (20% relief) and the "
            "2024 trigger point injection are not SIJ injections and do not count either way."),
        "perc.generalized_pain_excluded": ("met", ["Denies diffuse body pain", "No hx fibromyalgia"],
            "No generalized pain disorder present; fibromyalgia explicitly negated. Anxiety is not a generalized pain disorder."),
        "perc.sij_imaging": ("met", ["Impression: Normal SI joints.", "No MRI evidence of inflammatory sacroiliitis."],
            "XR SI joints 09/22/2025 and MRI pelvis 10/14/2025 present and negative for destructive lesion/inflammatory arthropathy ('r/o sacroiliitis' is only the indication)."),
        "perc.hip_imaging": ("insufficient", [],
            "No hip radiograph in the packet: the 01/20/2026 note and the LMN say hip XR 'ordered'. The MRI pelvis line 'Visualized hip joints unremarkable' is not a plain radiograph."),
        "perc.lumbar_imaging": ("insufficient", [],
            "The lumbar MRI (Coastal Open MRI, 11/2025) is only mentioned; the LMN and fax cover say the report is pending/requested. No findings are documented."),
        "perc.therapeutic_injections": ("insufficient", [],
            "Only one intra-articular SIJ corticosteroid injection (12/16/2025, Depo-Medrol 40 mg) documented, with return of pain after ~3 weeks. Fewer than 2 documented; "
            "MBB and trigger point injections are not SIJ corticosteroid injections."),
        "perc.excl.systemic_arthropathy": ("met", ["No hx fibromyalgia, no RA/lupus/psoriasis"],
            "Systemic arthropathy explicitly denied; MRI shows no inflammatory sacroiliitis."),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture, mass or marrow replacing lesion."],
            "MRI pelvis negative; none documented."),
        "perc.excl.acute_instability": ("met", ["gradual onset L-sided pain 08/2024 without injury"],
            "Atraumatic onset; no instability documented."),
        "perc.excl.neural_compression": ("met", ["She denies radiating pain down the leg"],
            "No MRI/CT documents neural compression (the lumbar report is missing, which makes perc.lumbar_imaging insufficient but this exclusion is met on silence); "
            "no radicular symptoms; facet MBB negative, so no other more likely source named."),
    })
    return files, labels
# ---------------------------------------------------------------- build + self-check
import os, json, hashlib, re, sys, shutil
import pdfplumber

OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
EXPECTED = {"b4g-01": "does_not_meet_criteria", "b4g-02": "meets_criteria", "b4g-03": "insufficient_documentation"}


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def build_file(pages):
    """returns (pdf bytes, [per-page info dict(kind, text, res, skew)])"""
    parts, info = [], []
    for pg in pages:
        if pg["kind"] == "text":
            parts.append(render_text_page(pg))
            info.append(dict(kind="text"))
        else:
            b, t = render_fax_page(pg)
            parts.append(b)
            info.append(dict(kind="fax", text=t, res=pg["res"], skew=pg["skew"]))
    return merge(parts), info


def labels_json(lab):
    crit = {cid: {"status": st, "evidence": ev} for cid, (st, ev, _why) in lab["crit"].items()}
    return {"procedure": lab["procedure"], "request_date": lab["request_date"],
            "determination": determination([v["status"] for v in crit.values()]), "criteria": crit}


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def check_packet(pid, file_infos, lab, log):
    """file_infos: list of (path, info list)"""
    ok = True
    texts, npages, nfax = [], 0, 0
    for path, info in file_infos:
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == len(info)
            for i, (pg, inf) in enumerate(zip(pdf.pages, info)):
                npages += 1
                if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                    log(f"  FAIL {pid}: {os.path.basename(path)} p{i+1} not US Letter ({pg.width}x{pg.height})"); ok = False
                if inf["kind"] == "fax":
                    nfax += 1
                    txt = pg.extract_text() or ""
                    if txt.strip() or pg.chars:
                        log(f"  FAIL {pid}: fax page has text layer"); ok = False
                    imgs = pg.images
                    if len(imgs) != 1:
                        log(f"  FAIL {pid}: fax page image count {len(imgs)}"); ok = False
                    im = imgs[0]
                    flt = str(im["stream"].get("Filter"))
                    bpc = im["stream"].get("BitsPerComponent")
                    wpx, hpx = im["srcsize"]
                    xdpi, ydpi = wpx / 8.5, hpx / 11
                    want = 196 if inf["res"] == "fine" else 98
                    good = "CCITTFax" in flt and bpc == 1 and round(xdpi) == 204 and round(ydpi) == want \
                        and 0.3 <= abs(inf["skew"]) <= 1.5
                    if not good:
                        ok = False
                    log(f"  {pid}: {os.path.basename(path)} p{i+1} fax {inf['res']}: {wpx}x{hpx}px = {xdpi:.0f}x{ydpi:.0f} dpi, "
                        f"{flt}, {bpc}-bit, skew {inf['skew']} deg, text layer chars={len(pg.chars)} -> {'ok' if good else 'FAIL'}")
                    texts.append(inf["text"])
                else:
                    t = pg.extract_text() or ""
                    if len(t) < 50:
                        log(f"  FAIL {pid}: text page with little text"); ok = False
                    texts.append(t)
    alltext = norm("\n".join(texts))
    if not (4 <= npages <= 20):
        log(f"  FAIL {pid}: page count {npages}"); ok = False
    want = PERC if lab["procedure"] == "percutaneous" else OPEN
    if set(lab["crit"]) != set(want) or len(lab["crit"]) != len(want):
        log(f"  FAIL {pid}: criteria set mismatch"); ok = False
    det = determination([v[0] for v in lab["crit"].values()])
    if det != EXPECTED[pid]:
        log(f"  FAIL {pid}: determination {det} != {EXPECTED[pid]}"); ok = False
    nsnip = 0
    for cid, (st, ev, _w) in lab["crit"].items():
        if st not in ("met", "not_met", "insufficient"):
            log(f"  FAIL {pid} {cid}: bad status"); ok = False
        if st == "insufficient" and ev:
            log(f"  FAIL {pid} {cid}: insufficient with evidence"); ok = False
        if st in ("met", "not_met") and not (1 <= len(ev) <= 3):
            log(f"  FAIL {pid} {cid}: needs 1-3 snippets"); ok = False
        for s in ev:
            nsnip += 1
            nw = len(s.split())
            if not (3 <= nw <= 12):
                log(f"  FAIL {pid} {cid}: snippet word count {nw}: {s!r}"); ok = False
            if norm(s) not in alltext:
                log(f"  FAIL {pid} {cid}: snippet not found: {s!r}"); ok = False
    counts = {k: sum(1 for v in lab["crit"].values() if v[0] == k) for k in ("met", "not_met", "insufficient")}
    log(f"  {pid}: {npages} pages ({nfax} faxed), procedure={lab['procedure']}, criteria={len(lab['crit'])} "
        f"(met {counts['met']} / not_met {counts['not_met']} / insufficient {counts['insufficient']}), "
        f"determination={det} (expected {EXPECTED[pid]}), {nsnip} snippets found verbatim -> {'OK' if ok else 'FAIL'}")
    return ok, npages, nfax


def main():
    lines = []
    log = lambda s: (print(s), lines.append(s))
    summary = {}
    allok = True
    # ---- b4g-01: single PDF
    pages, lab1 = packet01()
    b, info = build_file(pages)
    p1 = os.path.join(OUT, "b4g-01.pdf")
    open(p1, "wb").write(b)
    json.dump(labels_json(lab1), open(os.path.join(OUT, "b4g-01.labels.json"), "w"), indent=2)
    ok, n, nf = check_packet("b4g-01", [(p1, info)], lab1, log); allok &= ok
    summary["b4g-01"] = (lab1, [("b4g-01.pdf", len(info))], n, nf, hashlib.sha256(b).hexdigest())
    # ---- b4g-02: folder + packet.json
    files, pj, lab2 = packet02()
    d2 = os.path.join(OUT, "b4g-02"); shutil.rmtree(d2, ignore_errors=True); os.makedirs(d2)
    fis, flist = [], []
    for fn, pgs in files:
        b, info = build_file(pgs)
        open(os.path.join(d2, fn), "wb").write(b)
        fis.append((os.path.join(d2, fn), info)); flist.append((fn, len(info)))
    json.dump(pj, open(os.path.join(d2, "packet.json"), "w"), indent=2)
    json.dump(labels_json(lab2), open(os.path.join(d2, "labels.json"), "w"), indent=2)
    ok, n, nf = check_packet("b4g-02", fis, lab2, log); allok &= ok
    summary["b4g-02"] = (lab2, flist, n, nf, None)
    # ---- b4g-03: folder, no packet.json
    files, lab3 = packet03()
    d3 = os.path.join(OUT, "b4g-03"); shutil.rmtree(d3, ignore_errors=True); os.makedirs(d3)
    fis, flist = [], []
    for fn, pgs in files:
        b, info = build_file(pgs)
        open(os.path.join(d3, fn), "wb").write(b)
        fis.append((os.path.join(d3, fn), info)); flist.append((fn, len(info)))
    json.dump(labels_json(lab3), open(os.path.join(d3, "labels.json"), "w"), indent=2)
    ok, n, nf = check_packet("b4g-03", fis, lab3, log); allok &= ok
    summary["b4g-03"] = (lab3, flist, n, nf, None)
    log("SELF-CHECK: " + ("ALL PASS" if allok else "FAILURES"))
    write_readme(summary, lines)
    open(os.path.join(OUT, "selfcheck.txt"), "w").write("\n".join(lines) + "\n")
    return 0 if allok else 1


LOOK = {
    "b4g-01": "Interventional pain ASC (Yadkin Valley) + ortho spine consult: fax cover, PA form, SOAP consult w/ provocation grid, "
              "pre-procedure nursing checklist, 2 intra-procedure records (drug/contrast grids, fluoro time), 2 faxed PACU sheets with "
              "hour-by-hour diaries, follow-up SOAP, combined imaging report (MRI L-spine, XR pelvis/SIJ/both hips, CT pelvis), PT/chiro/med list",
    "b4g-02": "Revision case: surgeon fax cover + PA form (27280 + 20680, prior 27279 listed as history), 2-page spine consult, ASC pre-op "
              "checklist/intra-procedure record, faxed (standard) PACU sheet + pain log, radiology reports (CT, old XR, MRI L-spine), "
              "pain follow-up SOAP, ASC superbill",
    "b4g-03": "Pain practice + ASC: faxed cover, PA form, new-patient eval w/ provocation table, SOAP follow-up, surgeon LMN, "
              "ASC checklist/procedure record, faxed (standard) PACU/diary, faxed PT discharge summary, chiro treatment log, imaging "
              "reports, outside medial branch block note, med list + encounter summary",
}
FORM = {"b4g-01": "single PDF", "b4g-02": "folder + packet.json", "b4g-03": "folder, no packet.json (request date/CPT from form)"}
FAXDESC = {"b4g-01": "3 (p1, p6, p8) fine 204x196", "b4g-02": "1 (file 03 p2) standard 204x98",
           "b4g-03": "3 (file 01 p1 fine 204x196; file 03 p2 standard 204x98; file 04 p1 fine 204x196)"}
CPT = {"percutaneous": "percutaneous, CPT 27279", "open": "open, CPT 27280"}


def write_readme(summary, checklines):
    L = ["# Blind evaluation packets - writer G (set v4, prefix b4g)", "",
         "Documentation world: ambulatory surgery center and interventional pain practice (pre-procedure nursing checklists, "
         "intra-procedure records with drug/contrast grids and fluoroscopy time, PACU discharge sheets with interval pain scores, "
         "hour-by-hour post-block diaries, superbills, brief SOAP follow-ups). All patients, clinicians and clinics are invented.", "",
         "Regenerate and self-check: `.venv/bin/python make_packets.py` (deterministic; writes the packets, labels, selfcheck.txt and this README).", "",
         "| id | look | form | files / pages | faxed pages + resolution | procedure + CPT | gold determination |",
         "|---|---|---|---|---|---|---|"]
    for pid, (lab, flist, n, nf, _h) in summary.items():
        files = "; ".join(f"{fn} ({k}p)" for fn, k in flist) + f" = {n} pages"
        L.append(f"| {pid} | {LOOK[pid]} | {FORM[pid]} | {files} | {FAXDESC[pid]} | {CPT[lab['procedure']]} | "
                 f"{determination([v[0] for v in lab['crit'].values()])} |")
    L += ["", "Faxed pages are image-only (no text layer): 1-bit, CCITT G4 inside the PDF, 204x196 (fine) or 204x98 (standard, "
          "non-square pixels) dpi, skewed 0.4-1.3 deg, with specks, edge dirt and scan-line dropouts and a transmission banner "
          "(FROM/TO/date/P. n/N). Body text on fax pages is 10-11 pt.", ""]
    for pid, (lab, flist, n, nf, _h) in summary.items():
        L += [f"## {pid} - {lab['procedure']} - request date {lab['request_date']} - "
              f"{determination([v[0] for v in lab['crit'].values()])}", ""]
        for cid, (st, ev, why) in lab["crit"].items():
            L.append(f"- **{cid}: {st}.** {why}")
        L.append("")
    L += ["## Self-check output", "", "```"] + checklines + ["```", ""]
    open(os.path.join(OUT, "README.md"), "w").write("\n".join(L))


if __name__ == "__main__":
    sys.exit(main())
