#!/usr/bin/env python3
"""Writer H, blind set v4 (prefix b4h): generates three SIJ-fusion prior-auth packets
with gold labels, deterministically, and self-checks them.  Run with the local venv:
    .venv/bin/python make_packets.py
"""
import io, json, os, random, re, shutil, sys
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf, pdfplumber
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

# ----------------------------------------------------------------------------------
# text-layer documents (fpdf2, US Letter)
# ----------------------------------------------------------------------------------
class _PDF(FPDF):
    def __init__(self, spec):
        super().__init__(orientation="P", unit="pt", format="Letter")
        self.spec = spec
        self.set_margins(54, 50, 54)
        self.set_auto_page_break(True, 60)
        self.set_creator(spec.get("creator", "eClinicalWorks"))
        self.set_producer(spec.get("producer", "PDF Export 4.2"))
        import datetime
        self.set_creation_date(datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.timezone.utc))

    def header(self):
        rh = self.spec.get("running_header")
        if rh and self.page_no() > 1:
            self.set_font(self.spec.get("font", "Helvetica"), "", 8)
            self.set_text_color(60)
            self.cell(0, 10, rh, new_x="LMARGIN", new_y="NEXT")
            self.line(54, self.get_y() + 1, self.w - 54, self.get_y() + 1)
            self.ln(8)
            self.set_text_color(0)

    def footer(self):
        ft = self.spec.get("footer")
        if ft is None:
            return
        self.set_y(-40)
        self.set_font(self.spec.get("font", "Helvetica"), "", 7.5)
        self.set_text_color(70)
        txt = ft.replace("{p}", str(self.page_no())).replace("{n}", "{nb}")
        self.cell(0, 10, txt, align="C")
        self.set_text_color(0)


def render_text_doc(spec):
    """spec: dict(font, running_header, footer, items=[...]) -> pdf bytes"""
    pdf = _PDF(spec)
    f = spec.get("font", "Helvetica")
    base = spec.get("size", 9.5)
    lh = base * 1.32
    pdf.add_page()
    W = pdf.w - 108
    for it in spec["items"]:
        kind = it[0]
        if kind == "lh":  # letterhead
            lines = it[1]
            pdf.set_font(f, "B", 14)
            pdf.cell(0, 17, lines[0], align=it[2] if len(it) > 2 else "C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(f, "", 8.5)
            for l in lines[1:]:
                pdf.cell(0, 11, l, align=it[2] if len(it) > 2 else "C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            pdf.set_line_width(1.2)
            pdf.line(54, pdf.get_y(), pdf.w - 54, pdf.get_y())
            pdf.set_line_width(0.4)
            pdf.ln(8)
        elif kind == "title":
            pdf.set_font(f, "B", 12)
            pdf.multi_cell(0, 15, it[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font(f, "B", base + 0.5)
            pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(f, it[2] if len(it) > 2 else "", base)
            pdf.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font(f, "I", base - 1.5)
            pdf.multi_cell(0, lh - 2, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "mono":
            pdf.set_font("Courier", "", base - 0.5)
            for l in it[1].split("\n"):
                pdf.cell(0, lh - 1, l, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":
            kw = it[2] if len(it) > 2 else 120
            for k, v in it[1]:
                pdf.set_font(f, "B", base)
                y = pdf.get_y()
                pdf.cell(kw, lh, k)
                pdf.set_font(f, "", base)
                pdf.multi_cell(W - kw, lh, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "table":
            widths, header, rows = it[1], it[2], it[3]
            fs = it[4] if len(it) > 4 else base - 0.5
            pdf.set_font(f, "", fs)
            with pdf.table(col_widths=widths, line_height=fs * 1.35, text_align="LEFT",
                           first_row_as_headings=header is not None,
                           headings_style=None if header is None else __import__("fpdf").FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                if header is not None:
                    r = t.row()
                    for c in header:
                        r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(6)
        elif kind == "sp":
            pdf.ln(it[1])
        elif kind == "sig":
            pdf.ln(6)
            pdf.set_font("Times", "I", 15)
            pdf.cell(0, 18, it[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.5)
            pdf.line(54, pdf.get_y(), 280, pdf.get_y())
            pdf.set_font(f, "", base - 0.5)
            for l in it[2]:
                pdf.cell(0, lh, l, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "hr":
            pdf.line(54, pdf.get_y() + 2, pdf.w - 54, pdf.get_y() + 2)
            pdf.ln(6)
        elif kind == "pb":
            pdf.add_page()
        elif kind == "box":
            pdf.set_font(f, "", base)
            pdf.multi_cell(0, lh + 2, it[1], border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------------
# faxed pages: bilevel, CCITT G4, 204x196 (fine) or 204x98 (standard), skewed, noisy
# ----------------------------------------------------------------------------------
def _font(name, px):
    return ImageFont.truetype(FONTDIR + name, int(round(px)))


def render_fax_page(spec):
    """spec: dict(banner, res 'fine'|'std', skew, seed, face 'sans'|'serif'|'mono', items)
    returns (pdf_bytes, rasterized_text)"""
    rnd = random.Random(spec["seed"])
    W, H = 1734, 2156            # 8.5 x 11 in at 204 x 196 dpi
    S = 196 / 72.0               # px per point
    face = spec.get("face", "sans")
    reg = {"sans": "DejaVuSans.ttf", "serif": "DejaVuSerif.ttf", "mono": "DejaVuSansMono.ttf"}[face]
    bold = {"sans": "DejaVuSans-Bold.ttf", "serif": "DejaVuSerif-Bold.ttf", "mono": "DejaVuSansMono-Bold.ttf"}[face]
    base_pt = spec.get("size", 10.5 if spec["res"] == "fine" else 11.5)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    text_log = []
    xl, xr = int(0.75 * 204), W - int(0.75 * 204)
    y = int(0.85 * 196)

    def wrap(txt, fnt, width):
        words, lines, cur = txt.split(" "), [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if d.textlength(t, font=fnt) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines

    def para(txt, pt, b=False, align="L", indent=0):
        nonlocal y
        fnt = _font(bold if b else reg, pt * S)
        for l in wrap(txt, fnt, xr - xl - indent):
            if align == "C":
                x = (W - d.textlength(l, font=fnt)) / 2
            else:
                x = xl + indent
            d.text((x, y), l, font=fnt, fill=0)
            y += int(pt * S * 1.32)
        text_log.append(txt)

    for it in spec["items"]:
        k = it[0]
        if k == "lh":
            para(it[1][0], base_pt + 3.5, True, "C")
            for l in it[1][1:]:
                para(l, base_pt - 1.5, False, "C")
            y += 8
            d.rectangle([xl, y, xr, y + 4], fill=0)
            y += 22
        elif k == "title":
            para(it[1], base_pt + 1.5, True, "C")
            y += 10
        elif k == "h":
            y += 8
            para(it[1], base_pt + 0.5, True)
        elif k == "p":
            para(it[1], base_pt, len(it) > 2 and "B" in it[2])
            y += 8
        elif k == "kv":
            kw = it[2] if len(it) > 2 else 150
            for kk, vv in it[1]:
                fb = _font(bold, base_pt * S)
                d.text((xl, y), kk, font=fb, fill=0)
                text_log.append(kk)
                para(vv, base_pt, False, "L", indent=int(kw * S))
            y += 8
        elif k == "table":
            colfr, header, rows = it[1], it[2], it[3]
            pt = it[4] if len(it) > 4 else base_pt - 0.5
            fnt, fb = _font(reg, pt * S), _font(bold, pt * S)
            xs = [xl]
            for c in colfr:
                xs.append(xs[-1] + int(c * (xr - xl)))
            rh = int(pt * S * 1.6)
            allrows = ([header] if header else []) + rows
            top = y
            for ri, row in enumerate(allrows):
                for ci, cell in enumerate(row):
                    d.text((xs[ci] + 8, y + 6), cell, font=fb if (header and ri == 0) else fnt, fill=0)
                text_log.append(" ".join(row))
                y += rh
                d.line([xl, y, xs[-1], y], fill=0, width=2)
            d.line([xl, top, xs[-1], top], fill=0, width=2)
            for x in xs:
                d.line([x, top, x, y], fill=0, width=2)
            y += 16
        elif k == "sp":
            y += int(it[1] * S)
        elif k == "sig":
            y += 10
            fs = _font("DejaVuSerif-Italic.ttf", 17 * S)
            d.text((xl + 10, y), it[1], font=fs, fill=0)
            y += int(22 * S)
            d.line([xl, y, xl + 700, y], fill=0, width=2)
            y += 8
            for l in it[2]:
                para(l, base_pt - 0.5)
        elif k == "mono":
            for l in it[1].split("\n"):
                fm = _font("DejaVuSansMono.ttf", (base_pt - 0.5) * S)
                d.text((xl, y), l, font=fm, fill=0)
                y += int((base_pt - 0.5) * S * 1.3)
                text_log.append(l)
        else:
            raise ValueError(k)
        if y > H - 120:
            raise ValueError("fax page overflow: " + spec["banner"][:60])
    # handwritten-ish stamp / received mark
    if spec.get("stamp"):
        fst = _font("DejaVuSans-Bold.ttf", 15 * S)
        sx, sy = W - 760, H - 330
        d.rectangle([sx, sy, sx + 560, sy + 120], outline=0, width=5)
        d.text((sx + 30, sy + 30), spec["stamp"], font=fst, fill=0)
        text_log.append(spec["stamp"])
    # skew the body
    ang = spec["skew"]
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, center=(W / 2, H / 2))
    # transmission banner (drawn by sending server, straight)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 58], fill=255)
    bpt = 8.5
    while d.textlength(spec["banner"], font=_font("DejaVuSansMono.ttf", bpt * S)) > W - 60:
        bpt -= 0.25
    d.text((30, 14), spec["banner"], font=_font("DejaVuSansMono.ttf", bpt * S), fill=0)
    text_log.insert(0, spec["banner"])
    # standard resolution: halve vertical sampling (non-square pixels)
    if spec["res"] == "std":
        img = img.resize((W, H // 2), Image.LANCZOS)
    img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    px = img.load()
    w2, h2 = img.size
    for _ in range(rnd.randint(180, 320)):                   # specks
        cx, cy = rnd.randrange(w2), rnd.randrange(h2)
        for _ in range(rnd.randint(1, 6)):
            xx, yy = min(w2 - 1, cx + rnd.randint(0, 2)), min(h2 - 1, cy + rnd.randint(0, 2))
            px[xx, yy] = 0
    for _ in range(rnd.randint(3, 7)):                       # dropouts (white streaks)
        yy = rnd.randrange(70, h2 - 10)
        x0 = rnd.randrange(0, w2 - 400)
        for xx in range(x0, min(w2, x0 + rnd.randint(200, 900))):
            px[xx, yy] = 1
    if rnd.random() < 0.6:                                  # faint vertical scanner line
        xx = rnd.randrange(200, w2 - 200)
        for yy in range(h2):
            if rnd.random() < 0.35:
                px[xx, yy] = 0
    buf = io.BytesIO()
    dpi = (204, 196) if spec["res"] == "fine" else (204, 98)
    img.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdfb = img2pdf.convert(buf.getvalue())
    return pdfb, "\n".join(text_log)


# ----------------------------------------------------------------------------------
# document assembly: a document = list of parts; part = ("text", spec) or ("fax", spec)
# ----------------------------------------------------------------------------------
def build_document(parts):
    """returns (pdf_bytes, pages) where pages = list of dict(kind, raster_text)"""
    w = PdfWriter()
    pages = []
    for kind, spec in parts:
        if kind == "text":
            r = PdfReader(io.BytesIO(render_text_doc(spec)))
            for p in r.pages:
                w.add_page(p)
                pages.append({"kind": "text", "raster": None})
        else:
            b, t = render_fax_page(spec)
            r = PdfReader(io.BytesIO(b))
            for p in r.pages:
                w.add_page(p)
                pages.append({"kind": "fax", "raster": t, "res": spec["res"]})
    w.add_metadata({"/Producer": "RightFax 16.6 / PDF Assembler"})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), pages


# ==================================================================================
# shared bits
# ==================================================================================
def fax_banner(frm, fnum, to, tnum, stamp, p, n, job):
    return f"FROM: {frm} {fnum}   TO: {to} {tnum}   {stamp}   P. {p}/{n}   JOB#{job}"


# ==================================================================================
# b4h-01  meets_criteria  (folder + packet.json)
# ==================================================================================
def packet_01():
    pt = "SZYMANSKI, RENATA L"
    dob = "06/14/1978"
    rh = f"Patient: {pt}    DOB: {dob}    Claim: WC-25-118-4470"
    docs = {}

    # ---- 02 request form + surgical consult
    docs["02_PA_request_and_spine_consult.pdf"] = [("text", dict(
        font="Helvetica", running_header=rh, footer="Piedmont Spine & Orthopaedic Associates  |  Page {p} of {n}",
        items=[
            ("lh", ["PIEDMONT SPINE & ORTHOPAEDIC ASSOCIATES, PA",
                    "3305 Battleground Ave, Suite 210, Greensboro, NC 27408   Ph (336) 555-0172   Fax (336) 555-0179",
                    "Tax ID 56-1XXXXXX   NPI (group) 1982704455"]),
            ("title", "OUTPATIENT PRIOR AUTHORIZATION / PRECERTIFICATION REQUEST\nSurgical Services"),
            ("kv", [("Date of request:", "03/16/2026"),
                    ("Payer:", "CareSource NC Marketplace (via Keystone Clinical Review, LLC - UR vendor)"),
                    ("Member:", "Renata L. Szymanski     DOB 06/14/1978     Member ID: CSN884210937"),
                    ("WC carrier / claim:", "Carolina Mutual Employers Ins. Co. / WC-25-118-4470 (DOI 10/08/2024)"),
                    ("Requesting surgeon:", "Tobias M. Achterberg, MD (Orthopaedic Spine)  NPI 1457390218"),
                    ("Facility:", "Greensboro Surgical Specialty Center (ASC)"),
                    ("Anticipated DOS:", "04/22/2026      Setting: outpatient / 23-hr obs"),
                    ("Urgency:", "[ ] Urgent   [X] Standard")], 130),
            ("table", [70, 260, 174], ["CPT", "Description", "Laterality / units"],
             [["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), with image guidance, includes obtaining bone graft when performed, and placement of transfixing device", "RIGHT  x1"],
              ["76000", "Fluoroscopy, up to 1 hr physician time (bundled)", "x1"]]),
            ("table", [70, 434], ["ICD-10", "Diagnosis"],
             [["M53.3", "Sacrococcygeal disorders, not elsewhere classified (right SIJ dysfunction)"],
              ["M54.59", "Other low back pain"]]),
            ("p", "Implant: triangular titanium implants, lateral transiliac approach, 3 implants anticipated. Clinical notes, injection records, imaging, PT/chiropractic records, IME and FCE attached per vendor request."),
            ("p", "Office contact: Shonda Whitfield, surgical coordinator, ext. 2214"),
            ("pb",),
            ("lh", ["PIEDMONT SPINE & ORTHOPAEDIC ASSOCIATES, PA", "Spine Surgery Clinic - Office Consultation"]),
            ("kv", [("Patient:", "Renata L. Szymanski   (MRN PSO-0048812)"), ("DOS:", "03/05/2026"),
                    ("Provider:", "Tobias M. Achterberg, MD"), ("Referring:", "Lena K. Osterhout, DO (PM&R)")], 90),
            ("h", "CHIEF COMPLAINT"),
            ("p", "R sided low back / buttock pain x 17 mos, work related (lifting pallet 10/08/2024)."),
            ("h", "HPI"),
            ("p", "47 yo F warehouse lead referred by Dr. Osterhout for surgical opinion re: right SIJ. Pain sits just below the belt line over the R PSIS and upper buttock, points with one finger to the sulcus (+ Fortin finger sign). She describes non-radiating pain over the right posterior SIJ; no groin pain, nothing into the thigh or below the knee, no numbness/tingling. Worse with sit-to-stand, stairs, rolling in bed, standing on R leg. Pain today 6/10 on NRS, ranges 5-8 over the past month. She was 9/10 at times last winter before injections."),
            ("p", "Treatment to date reviewed in detail (records in chart): chiropractic (Lindqvist Family Chiropractic) spring-summer 2025, formal PT (Summit Rehab) late summer into fall 2025 then supervised HEP through Dr. Osterhout, meloxicam daily, heat, home TENS. Two fluoroscopic R SIJ blocks with contrast (09/22/2025 and 01/12/2026) each gave dramatic short-term relief, with steroid benefit wearing off in 2-3 weeks both times. Massage therapy helped transiently only."),
            ("h", "EXAM"),
            ("p", "Ht 5'6\" Wt 171 lb. Antalgic gait favoring R. Lumbar ROM mildly limited in extension, no reproduction of buttock pain with flexion. Thigh thrust positive on the right, reproduces her usual pain. Gaenslen positive R (R leg hanging). FABER positive R with posterior pelvic pain, not groin. Distraction and compression negative today. Tender to palpation at the R sacral sulcus just medial to the PSIS. Trochanter nontender. Strength 5/5 BLE, DTR 2+ sym, SLR neg bilat, sensation intact."),
            ("h", "IMAGING / STUDIES"),
            ("p", "Radiographs 04/02/2025 and MRI lumbar + SIJ 05/09/2025 reviewed personally and with reports (see attached). Right hip only mildly arthritic."),
            ("h", "ASSESSMENT / PLAN"),
            ("p", "Right SIJ dysfunction, chronic, refractory to >6 months active and passive conservative care, 2 confirmatory diagnostic blocks. No radicular component. Imaging shows no fracture, infection or tumor and no inflammatory sacroiliitis. There is no acute traumatic instability; this is a chronic mechanical SIJ pain picture. IME (Dr. Castellanos 01/20/2026) concurs with the diagnosis and with SIJ fusion as reasonable."),
            ("p", "Plan: R percutaneous SIJ fusion (CPT 27279). Risks/benefits/alternatives discussed incl. nonunion, malposition, nerve injury, need for revision; pt wishes to proceed. Will submit PA."),
            ("sig", "T. Achterberg", ["Electronically signed: Tobias M. Achterberg, MD  03/05/2026 16:41"]),
        ]))]

    # ---- 03 PM&R records
    docs["03_PMR_outside_records.pdf"] = [("text", dict(
        font="Times", size=10, running_header=rh, footer="Osterhout Physical Medicine & Rehabilitation - printed 03/09/2026 - Page {p} of {n}",
        items=[
            ("lh", ["OSTERHOUT PHYSICAL MEDICINE & REHABILITATION", "1210 N. Elm Street, Greensboro NC 27401  |  (336) 555-0110  |  fax (336) 555-0119"]),
            ("title", "PM&R NEW PATIENT EVALUATION (Workers' Compensation)"),
            ("kv", [("Patient", "Szymanski, Renata L"), ("DOB", dob), ("Date of service", "04/02/2025"),
                    ("Provider", "Lena K. Osterhout, DO"), ("Adjuster", "M. Pruitt, Carolina Mutual")], 110),
            ("p", "S: 46 yo RHD F, warehouse team lead at Tri-County Distribution, injured 10/08/2024 lifting the edge of a loaded pallet with a twisting motion; felt a 'pop' R low back/buttock. Seen at urgent care, x-rays no fx per pt, given muscle relaxer. Did formal PT at Gate City PT 11/04/2024-01/17/2025 with partial improvement, then plateau. Pain R buttock over the SIJ, does not go down the leg. Rates pain 8/10 today. Currently on light duty (10 lb restriction)."),
            ("p", "PMH: HTN (lisinopril), hypothyroid. No personal hx of RA, psoriasis, IBD, uveitis. FHx: mother - fibromyalgia and rheumatoid arthritis; father - CAD. SHx: never smoker, 2-3 drinks/wk."),
            ("p", "Meds: Meloxicam 15 mg PO daily since 02/10/2025 (started by urgent care f/u), lisinopril 10 mg, levothyroxine 75 mcg. Heat pad PRN."),
            ("p", "O: Gait mildly antalgic. TTP R PSIS / sacral sulcus. SLR neg. Neuro intact. Provocation: thigh thrust +R, Gaenslen +R, FABER +R (buttock), distraction neg, compression neg."),
            ("p", "A/P: R SIJ dysfunction, work related. Check XR pelvis with Ferguson view and R hip; MRI L-spine and SIJs. Refer chiropractic (Lindqvist) for SIJ mobilization/stabilization - start ASAP. Cont meloxicam, heat. Follow up 4-6 wk."),
            ("hr",),
            ("title", "FOLLOW-UP VISIT"),
            ("kv", [("Date of service", "02/26/2026"), ("Provider", "Lena K. Osterhout, DO")], 110),
            ("p", "Interval: She completed formal PT at Summit Rehab on 11/07/2025 and was transitioned to a written home exercise program (prescription given 11/07/2025: bird-dog, dead bug, side plank progression, glute bridges, hip abductor band work, daily x 6 weeks). At the 6-week check (12/19/2025) she had completed the program and was doing it 5-6 days/wk; today she is still doing it but pain has not changed. Meloxicam 15 mg daily continues without interruption; uses heat nightly. Home TENS occasionally."),
            ("p", "Injections: R SIJ block 09/22/2025 (Dr. Venkataraman) - near-complete relief for the anesthetic phase; the steroid helped roughly 2 weeks and by mid-October she was back to baseline. Repeat R SIJ block 01/12/2026 - again excellent immediate relief; steroid effect lasted about 10 days and pain returned to 7/10 by the end of January. (Separately, R piriformis trigger point injection in this office 06/30/2025 gave no meaningful relief - not repeated.)"),
            ("p", "Today R SIJ pain 7/10. Sleep poor. Still on light duty."),
            ("table", [150, 110, 244], ["SIJ provocation (02/26/2026)", "Result", "Comment"],
             [["Thigh thrust (P4)", "Positive R", "concordant buttock pain"],
              ["Compression", "Negative", "side-lying"],
              ["Distraction (gapping)", "Negative", ""],
              ["Gaenslen", "Positive R", "R hip extended off table"],
              ["Patrick / FABER", "Positive R", "posterior pain, not groin"],
              ["Sacral thrust", "Positive", ""]]),
            ("p", "Palpation: focal tenderness R posterior SIJ (sulcus/PSIS). No tenderness over the greater trochanter, lumbar spinous processes or coccyx. Waddell 0/5."),
            ("p", "A: R SIJ dysfunction, chronic, failed >6 mo conservative tx incl. chiro, PT, HEP, NSAID, 2 diagnostic/therapeutic SIJ injections. P: Refer Dr. Achterberg for SIJ fusion eval. Cont current restrictions."),
            ("sig", "L. Osterhout DO", ["Lena K. Osterhout, DO - Board Certified PM&R", "e-signed 02/26/2026 17:05"]),
        ]))]

    # ---- 04 chiropractic / PT / massage outside records
    chiro_rows = [["04/14/2025", "98940, 97140", "R SI fixation; pelvic blocking", "7"],
                  ["04/21/2025", "98940, 97530", "SI mobs, core activation", "7"],
                  ["05/05/2025", "98940, 97110", "stab ex progression", "6"],
                  ["05/27/2025", "98940, 97110", "bridges, bird-dog added", "6"],
                  ["06/16/2025", "98940, 97110", "flare after yard work", "8"],
                  ["07/07/2025", "98940, 97530", "lifting mechanics", "6"],
                  ["07/28/2025", "98940, 97110", "plateau noted", "7"],
                  ["08/25/2025", "98940", "final visit, refer back to PM&R", "7"]]
    docs["04_chiro_PT_massage_records.pdf"] = [("text", dict(
        font="Helvetica", size=9, running_header=rh, footer="Outside records received by Keystone Clinical Review  -  {p}/{n}",
        items=[
            ("lh", ["LINDQVIST FAMILY CHIROPRACTIC", "Annika Lindqvist, DC  *  445 Westover Terr, Greensboro NC  *  336-555-0151"], "L"),
            ("title", "CHIROPRACTIC TREATMENT SUMMARY / NARRATIVE"),
            ("p", "Re: Renata Szymanski  DOB 06/14/1978  Claim WC-25-118-4470"),
            ("p", "Ms. Szymanski was under my care for right sacroiliac joint dysfunction from 04/14/2025 through 08/25/2025 (22 visits, initially 2x/wk, tapering to 1x/wk). Care consisted of chiropractic manipulative treatment (CMT) to the right SI joint and lumbar segments, pelvic blocking, and active stabilization/therapeutic exercise in-office with a home program. Subjective complaints on intake: R low back/buttock pain, 7/10, no leg symptoms. Objective: R PSIS fixation, + Yeoman's R, tenderness R SI."),
            ("p", "Representative visit log (daily notes available on request):"),
            ("table", [80, 90, 250, 84], ["Date", "Codes", "Tx / notes", "Pain /10"], chiro_rows, 8.5),
            ("p", "Outcome: Oswestry 44% at intake, 40% at discharge. Temporary relief after adjustments (1-2 days) without sustained change. Released to PM&R for further workup. Prognosis guarded."),
            ("sig", "Annika Lindqvist, DC", ["Annika Lindqvist, DC   09/02/2025"]),
            ("pb",),
            ("lh", ["SUMMIT REHAB & SPORTS PHYSICAL THERAPY", "2100 Lawndale Dr, Greensboro NC 27408   P 336-555-0133   F 336-555-0134"]),
            ("title", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
            ("kv", [("Patient:", "Renata Szymanski"), ("Referring MD:", "L. Osterhout, DO"),
                    ("Dx:", "M53.3 R SIJ dysfunction; M62.81 muscle weakness"),
                    ("Episode of care:", "08/18/2025 - 11/07/2025   (19 visits / 20 authorized)"),
                    ("Therapist:", "Desmond Awuah, PT, DPT, OCS")], 110),
            ("p", "Summary of care: Pt attended 2x/week. Interventions: therapeutic exercise (lumbopelvic stabilization, gluteus medius/maximus strengthening), neuromuscular re-ed, manual therapy (SIJ mobilization, MET for R innominate), trial of SI belt during lifting tasks, gait training and body mechanics for her warehouse duties."),
            ("table", [170, 110, 110, 114], ["Measure", "Initial 08/18/25", "D/C 11/07/25", "Goal"],
             [["ODI", "46%", "38%", "<20%"], ["NPRS current", "7/10", "6/10", "<3/10"],
              ["R hip abd (MMT)", "4-/5", "4+/5", "5/5"], ["Single leg stance R", "9 sec", "21 sec", "30 sec"],
              ["Floor-to-waist lift", "15 lb", "25 lb", "40 lb"]]),
            ("p", "Assessment: Improved strength and tolerance but persistent R SIJ pain with single leg loading. Goals partially met. D/C to independent HEP (issued, see MD note) - follow up with PM&R."),
            ("sig", "D. Awuah PT DPT", ["Desmond Awuah, PT, DPT, OCS    11/07/2025"]),
            ("hr",),
            ("lh", ["HAW RIVER MASSAGE & BODYWORK", "Tamsin Greer, LMBT #14832"], "L"),
            ("p", "Session notes (SOAP), client R. Szymanski - 6 sessions 06/09/2025 to 09/15/2025, 60 min, Swedish/myofascial, R glute/QL/piriformis. Client reports 'feels looser for a day or so.' Intake pain 7/10; post session 4/10. No red flags. Recommended continuing with chiropractor/PT.", "I"),
        ]))]

    # ---- 05 injection notes (faxed, fine)
    FAXFROM, FAXNUM = "GUILFORD INTERVENTIONAL PAIN", "(336)555-0190"
    TO, TONUM = "KEYSTONE CLIN REVIEW", "(919)555-0188"
    inj_lh = ["GUILFORD INTERVENTIONAL PAIN CENTER", "Priya Venkataraman, MD  -  Anesthesiology / Pain Medicine", "801 Green Valley Rd, Greensboro NC 27408   (336) 555-0190"]
    p1 = dict(res="fine", skew=0.7, seed=101, face="sans", stamp="RECEIVED MAR 10 2026",
              banner=fax_banner(FAXFROM, FAXNUM, TO, TONUM, "03/10/2026 09:14", 1, 3, "4471"),
              items=[("lh", inj_lh), ("title", "PROCEDURE NOTE - SACROILIAC JOINT INJECTION"),
                     ("kv", [("Patient:", "SZYMANSKI, RENATA   DOB 06/14/1978"), ("Date:", "09/22/2025"),
                             ("Procedure:", "Right SI joint injection under fluoroscopic guidance"),
                             ("Pre-procedure pain:", "7/10 (R buttock)")], 120),
                     ("p", "Consent signed. Prone. Sterile prep/drape. Skin/subq 1% lidocaine 2 mL. 22g 3.5\" spinal needle advanced under AP/oblique fluoroscopy into the inferior third of the right SIJ. Omnipaque 240, 0.5 mL, showed intra-articular spread outlining the joint with no vascular uptake. Injectate: 1.5 mL bupivacaine 0.5% + triamcinolone 40 mg (1 mL). EBL nil. No complications. Images saved to PACS."),
                     ("p", "Post-procedure pain diary (completed by patient, reviewed by RN):"),
                     ("table", [0.28, 0.22, 0.5], ["Time after inj.", "Pain /10", "Activity"],
                      [["15 min", "1/10", "sit-to-stand x5"], ["1 hr", "1/10", "walking"], ["2 hr", "2/10", "drove home"],
                       ["3 hr", "2/10", "stairs"], ["4 hr", "2/10", "housework"], ["6 hr", "3/10", ""],
                       ["8 hr", "5/10", ""], ["next AM", "6/10", ""]]),
                     ("p", "Interpretation: 71% relief sustained through 4 hours (bupivacaine window) - positive diagnostic block."),
                     ("sig", "P Venkataraman", ["Priya Venkataraman, MD   09/22/2025"])])
    p2 = dict(res="fine", skew=-1.1, seed=102, face="sans",
              banner=fax_banner(FAXFROM, FAXNUM, TO, TONUM, "03/10/2026 09:14", 2, 3, "4471"),
              items=[("lh", inj_lh), ("title", "PROCEDURE NOTE - SACROILIAC JOINT INJECTION #2"),
                     ("kv", [("Patient:", "SZYMANSKI, RENATA   DOB 06/14/1978"), ("Date:", "01/12/2026"),
                             ("Procedure:", "Right SIJ injection, fluoroscopy + contrast"),
                             ("Pre-procedure pain:", "8/10")], 120),
                     ("p", "Indication: recurrence of R SIJ pain after 09/22/2025 block (steroid benefit ~2 wks). Prone, prep, drape. 1% lidocaine skin. Under fluoroscopic guidance the needle was placed into the right SIJ; 0.5 mL Omnipaque 240 confirmed an intra-articular arthrogram. Injected 2 mL ropivacaine 0.5% and 40 mg triamcinolone. Tolerated well."),
                     ("table", [0.28, 0.22, 0.5], ["Time", "Pain /10", "Notes"],
                      [["30 min", "1/10", "provocative maneuvers painless"], ["1 hr", "1/10", ""], ["2 hr", "1/10", "grocery store"],
                       ["3 hr", "2/10", ""], ["4 hr", "2/10", ""], ["6 hr", "4/10", ""], ["next day", "7/10", ""]]),
                     ("p", "Impression: 75% or greater relief for 4 hours after ropivacaine, concordant with the first block. SIJ confirmed as pain generator. F/u Dr. Osterhout."),
                     ("sig", "P Venkataraman", ["Priya Venkataraman, MD   01/12/2026"])])
    p3 = dict(res="fine", skew=0.4, seed=103, face="mono",
              banner=fax_banner(FAXFROM, FAXNUM, TO, TONUM, "03/10/2026 09:15", 3, 3, "4471"),
              items=[("lh", inj_lh), ("title", "NURSE PHONE FOLLOW-UP LOG"),
                     ("mono", "DATE        CALLER   NOTE\n"
                              "09/23/2025  RN JB    Pt reports 'best day in a year', pain 3/10.\n"
                              "10/06/2025  RN JB    Relief fading, pain 5/10.\n"
                              "10/20/2025  RN KM    Pain back to baseline 7/10. Steroid wore off.\n"
                              "01/13/2026  RN KM    Pain 2/10, walking more.\n"
                              "01/26/2026  RN JB    Pain returned, 7/10. F/u with PM&R.\n"
                              "           Pt asks about 'fusion'. Message to Dr. V."),
                     ("p", "Pain returned to baseline after both steroid injections (09/22/2025 and 01/12/2026)."),
                     ("sig", "K. Moody RN", ["Kara Moody, RN   01/26/2026"])])
    docs["05_SIJ_injection_records_FAX.pdf"] = [("fax", p1), ("fax", p2), ("fax", p3)]

    # ---- 06 imaging
    docs["06_imaging_reports.pdf"] = [("text", dict(
        font="Courier", size=9, running_header=None, footer="Gate City Radiology  |  Report printed 03/11/2026  |  Page {p} of {n}",
        items=[
            ("lh", ["GATE CITY RADIOLOGY ASSOCIATES", "Diagnostic Imaging  -  1801 Pembroke Rd, Greensboro NC  -  (336) 555-0160"]),
            ("kv", [("PATIENT:", "SZYMANSKI, RENATA L     MRN GCR-771402"), ("DOB:", dob),
                    ("EXAM DATE:", "04/02/2025    ACC# XR25-0402-118"),
                    ("EXAM:", "XR PELVIS AP; XR SI JOINTS (FERGUSON); XR HIP RIGHT 2 VIEWS"),
                    ("ORDERING:", "OSTERHOUT, LENA K DO")], 100),
            ("p", "CLINICAL HISTORY: Right low back and buttock pain since lifting injury 10/2024."),
            ("p", "FINDINGS: No acute fracture or dislocation. Pelvic ring intact. The sacroiliac joints are symmetric in width. Mild subchondral sclerosis along the iliac side of the right SI joint. No erosive change or destructive lesion. No ankylosis."),
            ("p", "Right hip: Mild superior joint space narrowing with small marginal osteophyte. Femoral head contour preserved. Left hip (partially included on AP pelvis): moderate superolateral joint space narrowing with osteophytes and subchondral sclerosis."),
            ("p", "IMPRESSION:\n1. Mild right hip osteoarthritis.\n2. Moderate left hip osteoarthritis.\n3. Mild degenerative change of the right SI joint. No erosions to suggest sacroiliitis."),
            ("p", "Electronically signed by: Gerald P. Mabry, MD  04/02/2025 15:22"),
            ("pb",),
            ("lh", ["GATE CITY RADIOLOGY ASSOCIATES", "Magnetic Resonance Imaging  -  (336) 555-0160"]),
            ("kv", [("PATIENT:", "SZYMANSKI, RENATA L     MRN GCR-771402"), ("EXAM DATE:", "05/09/2025"),
                    ("EXAMS:", "(1) MRI LUMBAR SPINE WO CONTRAST  (2) MRI SACROILIAC JOINTS WO CONTRAST"),
                    ("ORDERING:", "OSTERHOUT, LENA K DO")], 100),
            ("p", "COMPARISON: Radiographs 04/02/2025."),
            ("h", "(1) MRI LUMBAR SPINE"),
            ("p", "Alignment normal. Vertebral body heights preserved. Conus terminates at L1. T12-L3: unremarkable. L3-4: minimal disc bulge. L4-5: mild disc bulge and mild facet arthropathy without canal or foraminal stenosis. L5-S1: small central annular fissure, no protrusion. No nerve root compression or impingement at any level."),
            ("h", "(2) MRI SACROILIAC JOINTS"),
            ("p", "STIR and T1 coronal oblique sequences. No erosions, bone marrow edema or marrow-replacing lesion. Mild subchondral sclerosis and small anterior osteophyte right SIJ. No fluid collection. Visualized sacrum intact without fracture line."),
            ("p", "IMPRESSION:\n1. Lumbar spine: mild L4-5 degenerative change. No neural compression.\n2. SI joints: mild right SIJ degenerative change. No MRI evidence of active or chronic sacroiliitis."),
            ("p", "Electronically signed by: Anjali Rao-Whitaker, MD  05/09/2025 18:03"),
        ]))]

    # ---- 07 IME + FCE
    docs["07_IME_and_FCE.pdf"] = [("text", dict(
        font="Times", size=10, running_header="IME - Renata L. Szymanski - Claim WC-25-118-4470 - CONFIDENTIAL", footer="Page {p} of {n}",
        items=[
            ("lh", ["PIEDMONT MEDICAL EVALUATIONS, PLLC", "Independent Medical Examinations  -  PO Box 20817, Winston-Salem NC 27120"]),
            ("title", "INDEPENDENT MEDICAL EXAMINATION"),
            ("kv", [("Examinee:", "Renata L. Szymanski"), ("DOB:", dob), ("Date of injury:", "10/08/2024"),
                    ("Date of exam:", "01/20/2026"), ("Requested by:", "Carolina Mutual Employers Insurance Co. (M. Pruitt, adjuster)"),
                    ("Examiner:", "Marguerite D. Castellanos, MD, CIME - Physical Medicine & Rehabilitation")], 110),
            ("p", "The examinee was informed that no physician-patient relationship exists and that this report will be sent to the requesting party. She agreed to proceed. Identity was confirmed by photo ID."),
            ("h", "RECORDS REVIEWED"),
            ("p", "Urgent care 10/08/2024 (radiographs: no fracture). Gate City PT 11/04/2024-01/17/2025. Osterhout PM&R 04/02/2025 onward. Lindqvist Chiropractic narrative. Summit Rehab PT discharge 11/07/2025. Gate City Radiology XR 04/02/2025 and MRI 05/09/2025. Guilford Interventional Pain procedure notes 09/22/2025, 01/12/2026."),
            ("h", "HISTORY / CURRENT COMPLAINTS"),
            ("p", "Ms. Szymanski describes constant right buttock pain centered at the SI joint, aggravated by prolonged sitting, stairs and lifting. She rates it 7/10 today, 5/10 at best. It does not travel into the leg. She had brief left sciatica in 2016 that resolved after a Medrol dose pack; no recurrence. She denies bowel/bladder change."),
            ("h", "EXAMINATION"),
            ("p", "Pleasant, cooperative. Consistent effort. Waddell's nonorganic signs 0/5 (no superficial or nonanatomic tenderness, negative axial loading and simulated rotation, distracted SLR concordant, no regional weakness/overreaction). Neurological examination normal. Point tenderness over the right posterior SIJ; the greater trochanters, lumbar spine and coccyx are non-tender. Positive thigh thrust, Gaenslen's and FABER on the right; compression and distraction negative."),
            ("h", "DIAGNOSES"),
            ("p", "1. Right sacroiliac joint dysfunction, chronic, causally related to the 10/08/2024 work injury.\n2. Family history of fibromyalgia and rheumatoid arthritis (mother) - not a diagnosis for the examinee. HLA-B27 negative (05/2025); no clinical features of spondyloarthropathy; no fibromyalgia."),
            ("h", "RESPONSES TO QUESTIONS"),
            ("p", "Q1 Is treatment to date reasonable? Yes. She has completed chiropractic, two PT episodes and a home program, NSAIDs, and two confirmatory SIJ blocks. Q2 MMI? Not at MMI; surgical consultation for SIJ fusion is reasonable and related. Q3 Restrictions: sedentary-light per FCE. Q4 Apportionment: none; no pre-existing SIJ complaints."),
            ("sig", "M. D. Castellanos MD", ["Marguerite D. Castellanos, MD, CIME", "Dictated 01/20/2026, signed 01/23/2026"]),
            ("pb",),
            ("lh", ["TRIAD WORK PERFORMANCE CENTER", "Functional Capacity Evaluation  -  4 Centerview Dr, Greensboro NC"]),
            ("title", "FUNCTIONAL CAPACITY EVALUATION - SUMMARY"),
            ("kv", [("Client:", "Renata Szymanski"), ("Test date:", "01/28/2026 (2-day protocol, day 2 01/29/2026)"),
                    ("Evaluator:", "Colette Ambrose, OTR/L, CEAS"), ("Job:", "Warehouse team lead (DOT medium)")], 100),
            ("table", [170, 110, 110, 114], ["Activity", "Occasional", "Frequent", "Job demand"],
             [["Floor-to-waist lift", "20 lb", "10 lb", "50 lb"], ["Waist-to-shoulder lift", "20 lb", "10 lb", "35 lb"],
              ["Carry (bilateral)", "25 lb", "12 lb", "50 lb"], ["Push/pull (sled)", "60 lbf", "40 lbf", "80 lbf"],
              ["Sitting tolerance", "30 min", "-", "-"], ["Standing tolerance", "40 min", "-", "-"]]),
            ("p", "Reliability: 46 of 50 consistency measures within expected limits; valid, maximal effort. Pain behaviors congruent with activity. Pain self-report rose from 5/10 at start to 8/10 after the lift circuit, settling to 6/10 on day 2."),
            ("p", "Conclusion: Client functions at the LIGHT physical demand level and does not currently meet the MEDIUM demands of her job. Limiting factor: right SIJ/buttock pain with single-limb loading and repetitive lifting."),
            ("sig", "Colette Ambrose OTR/L", ["Colette Ambrose, OTR/L, CEAS   01/29/2026"]),
        ]))]

    labels = {
        "procedure": "percutaneous", "request_date": "2026-03-16", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["non-radiating pain over the right posterior SIJ", "nothing into the thigh or below the knee"]),
            "perc.pain_severity": ("met", ["Pain today 6/10 on NRS"]),
            "perc.sij_tenderness": ("met", ["focal tenderness R posterior SIJ (sulcus/PSIS)", "No tenderness over the greater trochanter, lumbar spinous processes or coccyx"]),
            "perc.active_conservative_therapy": ("met", ["from 04/14/2025 through 08/25/2025", "08/18/2025 - 11/07/2025", "she had completed the program"]),
            "perc.inactive_conservative_therapy": ("met", ["Meloxicam 15 mg PO daily since 02/10/2025", "Meloxicam 15 mg daily continues without interruption"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust positive on the right"]),
            "perc.two_provocative_tests": ("met", ["Gaenslen positive R", "FABER positive R with posterior pelvic pain"]),
            "perc.diagnostic_injections": ("met", ["71% relief sustained through 4 hours", "75% or greater relief for 4 hours after ropivacaine"]),
            "perc.generalized_pain_excluded": ("met", ["Waddell's nonorganic signs 0/5"]),
            "perc.sij_imaging": ("met", ["No erosive change or destructive lesion", "No erosions, bone marrow edema or marrow-replacing lesion"]),
            "perc.hip_imaging": ("met", ["Mild right hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["No nerve root compression or impingement at any level"]),
            "perc.therapeutic_injections": ("met", ["Pain returned to baseline after both steroid injections", "pain returned to 7/10 by the end of January"]),
            "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 negative (05/2025)", "no clinical features of spondyloarthropathy"]),
            "perc.excl.infection_tumor_fracture": ("met", ["Imaging shows no fracture, infection or tumor"]),
            "perc.excl.acute_instability": ("met", ["There is no acute traumatic instability"]),
            "perc.excl.neural_compression": ("met", ["No nerve root compression or impingement at any level", "No neural compression"]),
        }}
    meta = {"request_date": "2026-03-16", "procedure_codes": ["27279"], "member_id": "CSN884210937", "policy": "MP-MM-1366"}

    def cover(index_rows):
        return [("text", dict(font="Helvetica", size=9.5, footer="Keystone Clinical Review, LLC - CONFIDENTIAL PHI - Page {p} of {n}", items=[
            ("lh", ["KEYSTONE CLINICAL REVIEW, LLC", "Utilization Review Services  -  8311 Brier Creek Pkwy Ste 105, Raleigh NC 27617", "Intake fax (919) 555-0188   Phone (919) 555-0180   URAC Health UM accredited"]),
            ("title", "UTILIZATION REVIEW INTAKE - CASE COVER SHEET"),
            ("kv", [("Case #:", "KCR-26-03-01187"), ("Received:", "03/16/2026 10:52 ET (fax + portal upload)"),
                    ("Client / Plan:", "CareSource North Carolina - Marketplace"),
                    ("Line of business note:", "Concurrent WC claim WC-25-118-4470 (Carolina Mutual) - records shared by claimant authorization"),
                    ("Member:", "Renata L. Szymanski   DOB 06/14/1978   ID CSN884210937"),
                    ("Service requested:", "CPT 27279 - percutaneous/MIS sacroiliac joint fusion, RIGHT"),
                    ("Requesting provider:", "Tobias M. Achterberg, MD - Piedmont Spine & Orthopaedic Associates"),
                    ("Review type:", "Prospective / standard"), ("Guideline:", "CareSource MP-MM-1366 (eff. 08/01/2025)"),
                    ("Intake coordinator:", "B. Nakamura, CPhT")], 140),
            ("box", "Reviewer note: clinical records compiled from 6 sources. Injection records arrived by fax (image only). Please see the document index."),
            ("pb",),
            ("title", "DOCUMENT INDEX"),
            ("table", [40, 250, 130, 84], ["#", "File / document", "Source", "Date(s)"], index_rows, 8.5),
            ("p", "Records not received: none outstanding."),
        ]))]
    index_rows = [["1", "01_UR_cover_and_index.pdf - cover sheet, index", "Keystone", "03/16/2026"],
                  ["2", "02_PA_request_and_spine_consult.pdf - PA request form; spine surgery consult", "Piedmont Spine", "03/16/2026; 03/05/2026"],
                  ["3", "03_PMR_outside_records.pdf - PM&R new patient eval and follow-up", "Osterhout PM&R", "04/02/2025; 02/26/2026"],
                  ["4", "04_chiro_PT_massage_records.pdf - chiropractic narrative, PT discharge, massage", "Lindqvist DC; Summit Rehab; Haw River", "04/2025-11/2025"],
                  ["5", "05_SIJ_injection_records_FAX.pdf - 2 SIJ procedure notes, RN log (faxed, image only)", "Guilford Interventional Pain", "09/22/2025; 01/12/2026"],
                  ["6", "06_imaging_reports.pdf - XR pelvis/SIJ/hip; MRI lumbar + SIJ", "Gate City Radiology", "04/02/2025; 05/09/2025"],
                  ["7", "07_IME_and_FCE.pdf - independent medical exam; FCE summary", "Piedmont Med Eval; Triad WPC", "01/20/2026; 01/28/2026"]]
    docs["01_UR_cover_and_index.pdf"] = cover(index_rows)
    return {"id": "b4h-01", "form": "folder", "docs": docs, "labels": labels, "packet_json": meta}


# ==================================================================================
# b4h-02  insufficient_documentation  (single PDF, request date from the form)
# ==================================================================================
def packet_02():
    pt = "Marchetti, Theodore J."
    dob = "11/03/1967"
    parts = []
    FROM_UR = "MERIDIAN UR SOLUTIONS"
    # p1-2 cover + index
    parts.append(("text", dict(font="Helvetica", size=9.5, footer="Meridian UR Solutions | Confidential - contains PHI | pg {p}", items=[
        ("lh", ["MERIDIAN UR SOLUTIONS", "Utilization Management  |  6000 Fairview Rd Ste 1200, Charlotte NC 28210  |  Fax 704-555-0127"], "L"),
        ("title", "PRE-SERVICE REVIEW - INTAKE COVER"),
        ("kv", [("Reference #", "MUR-260220-0412"), ("Date rec'd", "02/20/2026"), ("Health plan", "CareSource NC Marketplace"),
                ("Member", "MARCHETTI, THEODORE J    DOB 11/03/1967    Member # CSN552019664"),
                ("Related WC claim", "NC-IC file 25-044718, Catawba Valley Poultry / Hartwell Casualty"),
                ("Requested", "L SI joint fusion, minimally invasive - see request form"),
                ("Requesting MD", "Camille Estrada-Boone, MD, Foothills Spine Institute"),
                ("Priority", "Standard (15 calendar days)"), ("Nurse reviewer", "(assigned at triage)")], 110),
        ("p", "Intake comments: Records assembled from surgeon, PM&R, PT, chiropractic, pain management, radiology and the WC carrier (IME, FCE). Several outside records were received by fax as images. Lumbar MRI report requested from Catawba Imaging 02/18/2026 - NOT received as of intake."),
        ("pb",),
        ("title", "DOCUMENT INDEX"),
        ("table", [30, 260, 110, 104], ["Pg", "Document", "Author / source", "Date"],
         [["1-2", "Intake cover; index", "Meridian UR", "02/20/2026"],
          ["3", "Prior authorization request form", "Foothills Spine Institute", "02/20/2026"],
          ["4", "Spine surgery clinic note", "C. Estrada-Boone, MD", "02/11/2026"],
          ["5", "PM&R notes (4 visits)", "Catawba Valley Physiatry", "04/22/2025 - 01/29/2026"],
          ["6", "PT discharge summary (FAX)", "Unifour PT", "08/01/2025"],
          ["7", "Chiropractic records summary", "Rhyne Chiropractic", "12/15/2025"],
          ["8", "SIJ injection procedure note + diary (FAX)", "Hickory Pain & Spine", "10/20/2025"],
          ["9", "Medial branch block note (FAX)", "Hickory Pain & Spine", "12/08/2025"],
          ["10", "Radiology: XR pelvis/L hip/L-spine; CT pelvis", "Catawba Imaging", "04/22/2025; 07/02/2025"],
          ["11", "Independent medical examination", "B. Lofton, MD", "01/08/2026"],
["12", "Functional capacity evaluation", "Piedmont Ergonomics", "01/14/2026"]], 8.5),
        ("box", "OUTSTANDING: MRI lumbar spine 06/12/2025 (Catawba Imaging) - requested 02/18/2026, not received."),
    ])))
    # p3 request form
    parts.append(("text", dict(font="Helvetica", size=9.5, footer="FSI-PA-07 rev 2025  |  page {p}", items=[
        ("lh", ["FOOTHILLS SPINE INSTITUTE", "1985 Tate Blvd SE, Hickory NC 28602  *  Ph 828-555-0164  *  Fax 828-555-0166"], "L"),
        ("title", "REQUEST FOR PRIOR AUTHORIZATION - SURGERY"),
        ("kv", [("Date submitted:", "02/20/2026"), ("Patient name:", "Theodore J. Marchetti"), ("DOB:", dob),
                ("Insurance / ID:", "CareSource NC Marketplace / CSN552019664"),
                ("Surgeon:", "Camille Estrada-Boone, MD   NPI 1669402871"),
                ("Procedure:", "LEFT sacroiliac joint fusion, minimally invasive, posterolateral, with allograft + transfixing implants"),
                ("CPT code(s):", "27279"), ("ICD-10:", "M53.2X8 Spinal instabilities, sacral and sacrococcygeal region; M54.50 Low back pain, unspecified"),
                ("Place of service:", "22 - Outpatient hospital (Frye Regional)"), ("Est. date:", "03/24/2026")], 120),
        ("p", "[X] Clinical notes attached  [X] Imaging  [X] Injection records  [X] Therapy records  [ ] Other"),
        ("p", "Contact: Ginny Pruett, precert specialist, 828-555-0164 x318"),
        ("sig", "Ginny Pruett", ["for Camille Estrada-Boone, MD"]),
    ])))
    # p4-5 surgeon clinic note
    parts.append(("text", dict(font="Helvetica", size=9.5, running_header="Marchetti, Theodore J. | DOB 11/03/1967 | MRN FSI-220931",
                               footer="Foothills Spine Institute - Clinic Note - Page {p} of {n}", items=[
        ("lh", ["FOOTHILLS SPINE INSTITUTE", "Spine Surgery - Clinic Note"], "L"),
        ("kv", [("Visit date:", "02/11/2026"), ("Provider:", "Camille Estrada-Boone, MD"), ("Visit type:", "New consult, referred by W. Abernathy MD (PM&R)")], 90),
        ("h", "Subjective"),
        ("p", "58 y/o M poultry plant line supervisor, L-sided low back/buttock pain since 01/2025 after repetitive lifting/twisting of 60 lb crates. Pain: 4-6/10 L buttock, worse with sitting, car rides and getting out of bed. Localizes below the beltline over the L PSIS. Denies pain into the thigh, leg or foot; no paresthesias. Had R sciatica in 2021 that resolved with an ESI, nothing since."),
        ("p", "Tx to date: PT 05-08/2025, physician-directed HEP, chiropractic fall 2025, ibuprofen, ice/heat, TENS. One L SIJ injection 10/20/2025 with good short-term relief; a lumbar medial branch block 12/08/2025 did not help. Repeat SIJ injection was ordered by Dr. Abernathy but has not been approved by the WC carrier."),
        ("h", "Objective"),
        ("p", "BMI 31. Walks without device. TTP over L PSIS / sacral sulcus. SLR negative bilaterally, reflexes 2+ symmetric, no dermatomal sensory loss, 5/5 motor. Compression test positive on the left (side-lying). Distraction positive. Gaenslen positive L. FABER negative both sides. Thigh thrust deferred - pt guarding, unable to relax with hip flexed to 90."),
        ("h", "Data"),
        ("p", "XR pelvis/L hip 04/22/2025 and CT pelvis 07/02/2025 reviewed. He tells me the lumbar MRI was done in June 2025 at Catawba Imaging; disc not available today and report not in our records - we will request it."),
        ("h", "Assessment"),
        ("p", "L SIJ dysfunction, mechanical, failed conservative care. Single positive diagnostic SIJ block. No pelvic ring injury or SIJ instability on imaging; this is not an acute traumatic problem."),
        ("h", "Plan"),
        ("p", "Candidate for L MIS SIJ fusion (27279). Will submit for authorization now given duration of symptoms; would like the repeat SIJ block and the lumbar MRI report for completeness. Discussed risks. RTC after decision."),
        ("sig", "C Estrada-Boone", ["Camille Estrada-Boone, MD  (e-signed 02/12/2026 07:58)"]),
    ])))
    # p6-7 PM&R notes
    parts.append(("text", dict(font="Times", size=10, running_header="CATAWBA VALLEY PHYSIATRY - MARCHETTI, THEODORE (DOB 11/03/1967)",
                               footer="Printed from NextGen 02/17/2026 - page {p} of {n}", items=[
        ("lh", ["CATAWBA VALLEY PHYSIATRY, PLLC", "Winston T. Abernathy, MD  -  Physical Medicine & Rehabilitation  -  Newton, NC  -  828-555-0150"]),
        ("p", "04/22/2025 NEW PT. L low back/buttock pain since 01/2025 (WC). Pain 7/10. No leg sx. Ibuprofen 800 mg TID since 03/2025 from occ health, ice/heat. Exam: TTP L SIJ, + Gaenslen L, + distraction, FABER neg. Neuro intact. Plan: XR pelvis, L hip, L-spine today. Refer PT 2x/wk x 12 wk. Order MRI L-spine w/o contrast. CT pelvis if PT fails."),
        ("p", "08/04/2025 F/U. PT discharge reviewed (05/06-08/01). Still 6/10. Rx: physician-directed home exercise program x 6 weeks - handout 'Lumbopelvic stabilization level 2' (bridges, side plank, bird-dog, hip abd band), once daily; return at 6 weeks to review. Cont ibuprofen. CT pelvis 07/02 reviewed - no erosion or destructive lesion."),
        ("p", "09/15/2025 F/U (6-wk HEP check). He completed the 6-week home exercise program as prescribed, log reviewed (39 of 42 days). Form good on all exercises. Pain unchanged 6/10. Refer Rhyne Chiropractic. Refer Dr. Mathur for diagnostic L SIJ injection."),
        ("p", "01/29/2026 F/U. Chiro 09/22-12/15 completed, no lasting change. L SIJ inj 10/20/2025: excellent relief x several hours, about 3 weeks of steroid benefit then pain returned. MBB 12/08/2025 (to r/o facet pain) - negative, 20% relief. Ibuprofen 800 mg TID continues, GI ok. Uses TENS unit from PT 'sometimes'. VAS 58 mm today."),
        ("p", "Exam 01/29/2026: Marked TTP L sacral sulcus/PSIS reproducing his pain. Greater trochanter NT. Midline lumbar NT. Coccyx NT. Gaenslen + L, distraction +, compression + L, FABER neg. SLR neg. No focal deficit."),
        ("p", "A/P: L SIJ dysfunction, failed 6+ months of PT/HEP/chiro and NSAIDs. Lumbar MRI was done at Catawba Imaging in 06/2025; we do not have the report in our system - requested. Repeat L SIJ injection (2nd diagnostic block) ordered - awaiting WC authorization. Refer Dr. Estrada-Boone for surgical opinion."),
        ("sig", "W. T. Abernathy MD", ["Winston T. Abernathy, MD   signed 01/29/2026"]),
    ])))
    # p8 PT discharge (FAX std)
    BAN = lambda frm, num, ts, p, n, job: fax_banner(frm, num, FROM_UR, "704-555-0127", ts, p, n, job)
    parts.append(("fax", dict(res="std", skew=-0.9, seed=201, face="serif",
        banner=BAN("UNIFOUR PHYSICAL THERAPY", "828-555-0171", "02/17/2026 16:03", 1, 1, "0933"),
        items=[("lh", ["UNIFOUR PHYSICAL THERAPY", "Conover Clinic - 828-555-0171"]),
               ("title", "Discharge Summary - Outpatient PT"),
               ("kv", [("Pt:", "Theodore Marchetti   DOB 11/03/1967"), ("Dx:", "M53.2X8, M54.50 - L SIJ pain"),
                       ("Dates of service:", "05/06/2025 to 08/01/2025"), ("Visits:", "22 (2x/wk)")], 160),
               ("p", "Tx: core/lumbopelvic stab, glute strengthening, SIJ mobs + MET, manual tx, SI belt trial, TENS trial in clinic (issued home unit 06/2025), HEP."),
               ("p", "Outcome: ODI 42% -> 36%. NPRS 7 -> 6/10. Pain remains with sit-to-stand and single-leg stance L. Pt attended all scheduled visits, good effort."),
               ("p", "D/C reason: plateau, goals partially met. Pt to continue HEP under MD."),
               ("sig", "Lucia Fenwick PT", ["Lucia Fenwick, PT, DPT   08/01/2025"])])))
    # p9 chiro summary (text)
    parts.append(("text", dict(font="Helvetica", size=9, footer="Rhyne Chiropractic & Wellness - page {p}", items=[
        ("lh", ["RHYNE CHIROPRACTIC & WELLNESS", "Micah Rhyne, DC  |  311 Main Ave NE, Hickory NC  |  828-555-0142"], "L"),
        ("title", "Treatment Record Summary"),
        ("p", "Patient: Ted Marchetti   DOB 11/03/67   Referred by: Dr. W. Abernathy"),
        ("p", "Dates of care: 09/22/2025 through 12/15/2025, 16 office visits. Dx: M99.04 segmental dysfunction sacral region, M53.2X8."),
        ("table", [90, 80, 250, 84], ["Visit", "CPT", "Procedure", "NRS"],
         [["09/22/2025", "98940 97110", "L SI diversified adj; core ex", "6"],
          ["10/06/2025", "98940 97530", "SI adj; functional lifting", "6"],
          ["10/27/2025", "98940 97110", "post-injection, feeling better", "2"],
          ["11/17/2025", "98940 97110", "symptoms back", "6"],
          ["12/15/2025", "98940", "D/C - max benefit", "6"]], 8.5),
        ("p", "Assessment at D/C: temporary relief only. Patient compliant with care plan and home stretches. Released to PM&R."),
        ("sig", "Micah Rhyne DC", ["Micah Rhyne, DC   12/15/2025"]),
    ])))
    # p10 SIJ injection (FAX std)
    INJ = ["HICKORY PAIN & SPINE INTERVENTIONS", "Sunil Mathur, MD, DABPM  *  828-555-0199"]
    parts.append(("fax", dict(res="std", skew=1.2, seed=202, face="sans", stamp="REC'D 02/18/26",
        banner=BAN("HICKORY PAIN&SPINE", "828-555-0199", "02/18/2026 11:47", 1, 2, "2260"),
        items=[("lh", INJ), ("title", "OPERATIVE NOTE: LEFT SACROILIAC JOINT INJECTION"),
               ("kv", [("Patient:", "MARCHETTI, THEODORE   11/03/1967"), ("DOS:", "10/20/2025"),
                       ("Guidance:", "Fluoroscopy (C-arm)   Contrast: Isovue-M 200, 0.5 mL")], 110),
               ("p", "Prone, sterile prep. Skin wheal 1% lidocaine. 22G spinal needle to inferior L SIJ. Contrast confirmed intra-articular spread, no vascular runoff. Injected 2 mL bupivacaine 0.25% + 40 mg methylprednisolone. No complications."),
               ("table", [0.3, 0.2, 0.5], ["Time", "Pain", "Comment"],
                [["Pre", "7/10", "baseline"], ["30 min", "1/10", ""], ["1 hr", "1/10", "walked 10 min"], ["2 hr", "1/10", ""],
                 ["4 hr", "2/10", "sat 45 min in car"], ["6 hr", "4/10", ""], ["Next day", "5/10", ""]]),
               ("p", "Result: 80% relief x 4 hrs (bupivacaine) - positive block. Plan 2nd confirmatory block."),
               ("sig", "S. Mathur MD", ["Sunil Mathur, MD  10/20/2025"])])))
    # p11 MBB (FAX std)
    parts.append(("fax", dict(res="std", skew=-0.5, seed=203, face="sans",
        banner=BAN("HICKORY PAIN&SPINE", "828-555-0199", "02/18/2026 11:48", 2, 2, "2260"),
        items=[("lh", INJ), ("title", "PROCEDURE NOTE: LUMBAR MEDIAL BRANCH BLOCK, LEFT"),
               ("kv", [("Patient:", "MARCHETTI, THEODORE   11/03/1967"), ("DOS:", "12/08/2025"),
                       ("Levels:", "L L3, L4 medial branches + L5 dorsal ramus (L4-5, L5-S1 facets)")], 110),
               ("p", "Fluoroscopic guidance, 0.5 mL 2% lidocaine at each target after negative aspiration; contrast 0.2 mL each level. No steroid. Pre 6/10."),
               ("table", [0.3, 0.2, 0.5], ["Time", "Pain", "Comment"], [["30 min", "5/10", ""], ["1 hr", "5/10", ""], ["2 hr", "6/10", ""]]),
               ("p", "Result: 20% relief - negative MBB. Facet joints unlikely pain source. No RFA."),
               ("sig", "S. Mathur MD", ["Sunil Mathur, MD  12/08/2025"])])))
    # p12 imaging
    parts.append(("text", dict(font="Courier", size=9, footer="CATAWBA IMAGING - FINAL REPORTS - p{p}", items=[
        ("lh", ["CATAWBA IMAGING CENTER", "810 Fairgrove Church Rd SE, Hickory NC 28602  (828) 555-0111"]),
        ("p", "PATIENT: MARCHETTI, THEODORE J   DOB 11/03/1967   MRN CIC-5501992"),
        ("p", "EXAM: XR PELVIS 1V; XR HIP LEFT 2V; XR LUMBAR SPINE 3V     DATE: 04/22/2025", "B"),
        ("p", "FINDINGS/IMPRESSION: Pelvis: no fracture. SI joints: mild bilateral periarticular sclerosis, joint margins well defined, no erosions. Left hip: joint space preserved; no significant osteoarthritis. Lumbar: mild L4-5 disc space narrowing, no listhesis, no pars defect. -- Dr. Philip Oduya"),
        ("hr",),
        ("p", "EXAM: CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)     DATE: 07/02/2025", "B"),
        ("p", "FINDINGS: Vacuum phenomenon in the left SI joint with mild subchondral sclerosis and small anterior bridging osteophyte. Right SIJ mild sclerosis. No erosions. No ankylosis. No lytic or blastic lesion. No fracture. Hip joints: mild bilateral acetabular spurring. Bowel and bladder unremarkable."),
        ("p", "IMPRESSION: Degenerative left > right SI joint changes. No erosive sacroiliitis, no destructive osseous lesion. -- Dr. Helena Voss, MD"),
    ])))
    # p13-14 IME
    parts.append(("text", dict(font="Times", size=10, running_header="IME Report - Theodore J. Marchetti - NC-IC 25-044718",
                               footer="Lofton Occupational Medicine  -  Page {p} of {n}", items=[
        ("lh", ["LOFTON OCCUPATIONAL MEDICINE, PA", "Bernard K. Lofton, MD, MPH, FACOEM  -  Morganton, NC"]),
        ("title", "INDEPENDENT MEDICAL EVALUATION"),
        ("kv", [("Claimant", "Theodore J. Marchetti"), ("Employer", "Catawba Valley Poultry Processing"), ("Carrier", "Hartwell Casualty (adj. R. Sizemore)"),
                ("DOI", "01/2025 (cumulative)"), ("Exam date", "01/08/2026")], 90),
        ("h", "Records reviewed"),
        ("p", "Catawba Valley Physiatry 04/22/2025-09/15/2025; Unifour PT D/C 08/01/2025; Rhyne Chiropractic; Catawba Imaging XR 04/22/2025 and CT pelvis 07/02/2025; Hickory Pain & Spine 10/20/2025 and 12/08/2025. MRI lumbar spine 06/12/2025 (Catawba Imaging) - referenced in the PM&R notes; the report itself was not among the records provided to me."),
        ("h", "History"),
        ("p", "Gradual onset L buttock pain in 01/2025 handling crates. Current pain 3/10 this morning after ibuprofen, typically worse by afternoon. Remote R-sided sciatica in 2021 treated with an L5-S1 epidural steroid injection, fully resolved. No history of psoriasis, IBD, uveitis or inflammatory back pain. No weight loss, fevers or night sweats."),
        ("h", "Examination"),
        ("p", "Cooperative. Waddell testing: 1 of 5 (overreaction during lumbar ROM). A single positive sign is not clinically significant; I do not find nonorganic pain behavior to be a primary driver of his presentation. Tenderness L PSIS. Straight leg raise negative bilaterally. Provocative SIJ tests: compression +L, Gaenslen +L, distraction +; FABER negative."),
        ("h", "Opinions"),
        ("p", "1. Diagnosis: left SI joint dysfunction, work related within reasonable medical probability. 2. Treatment has been reasonable. 3. Not at MMI. 4. I defer the surgical question to the spine surgeon; I would want to see the lumbar MRI report and a second confirmatory SIJ block before fusion. 5. Work status: light duty, no lifting > 20 lb."),
        ("sig", "B. K. Lofton", ["Bernard K. Lofton, MD, MPH   01/12/2026"]),
    ])))
    # p15 FCE
    parts.append(("text", dict(font="Helvetica", size=9, footer="Piedmont Ergonomics FCE - page {p}", items=[
        ("lh", ["PIEDMONT ERGONOMICS", "Functional Capacity Evaluations & Work Conditioning  |  Statesville NC"], "L"),
        ("title", "FCE - EXECUTIVE SUMMARY"),
        ("kv", [("Client", "Theodore Marchetti"), ("Date", "01/14/2026"), ("Evaluator", "Garrett Huynh, PT, CFCE")], 80),
        ("table", [180, 110, 110, 104], ["Task", "Demonstrated", "Job requires", "Met?"],
         [["Floor to waist lift", "25 lb occ.", "60 lb occ.", "No"], ["Waist to crown lift", "20 lb occ.", "30 lb", "No"],
          ["Front carry 50 ft", "30 lb", "60 lb", "No"], ["Standing", "60 min", "constant", "Partial"], ["Sitting", "35 min", "occasional", "Yes"]]),
        ("p", "Effort: valid (HR response and coefficients of variation consistent). Pain ratings: pre-test 5/10, post-test 7/10 (L buttock). Physical demand level: LIGHT-MEDIUM. Recommend return to modified duty."),
        ("sig", "Garrett Huynh PT", ["Garrett Huynh, PT, CFCE  01/14/2026"]),
    ])))
    labels = {
        "procedure": "percutaneous", "request_date": "2026-02-20", "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": ("met", ["Localizes below the beltline over the L PSIS", "Denies pain into the thigh, leg or foot"]),
            "perc.pain_severity": ("met", ["Pain: 4-6/10 L buttock, worse with sitting"]),
            "perc.sij_tenderness": ("met", ["Marked TTP L sacral sulcus/PSIS reproducing his pain", "Greater trochanter NT. Midline lumbar NT. Coccyx NT."]),
            "perc.active_conservative_therapy": ("met", ["Dates of service: 05/06/2025 to 08/01/2025", "He completed the 6-week home exercise program as prescribed", "Dates of care: 09/22/2025 through 12/15/2025"]),
            "perc.inactive_conservative_therapy": ("met", ["Ibuprofen 800 mg TID since 03/2025", "Ibuprofen 800 mg TID continues"]),
            "perc.thigh_thrust_or_compression": ("met", ["Compression test positive on the left"]),
            "perc.two_provocative_tests": ("met", ["Gaenslen + L, distraction +", "Gaenslen positive L"]),
            "perc.diagnostic_injections": ("insufficient", []),
            "perc.generalized_pain_excluded": ("met", ["A single positive sign is not clinically significant"]),
            "perc.sij_imaging": ("met", ["No erosive sacroiliitis, no destructive osseous lesion"]),
            "perc.hip_imaging": ("met", ["Left hip: joint space preserved; no significant osteoarthritis"]),
            "perc.lumbar_imaging": ("insufficient", []),
            "perc.therapeutic_injections": ("insufficient", []),
            "perc.excl.systemic_arthropathy": ("met", ["No history of psoriasis, IBD, uveitis or inflammatory back pain"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No lytic or blastic lesion. No fracture."]),
            "perc.excl.acute_instability": ("met", ["No pelvic ring injury or SIJ instability on imaging"]),
            "perc.excl.neural_compression": ("met", ["Straight leg raise negative bilaterally", "Facet joints unlikely pain source"]),
        }}
    return {"id": "b4h-02", "form": "single", "docs": {"b4h-02.pdf": parts}, "labels": labels}


# ==================================================================================
# b4h-03  does_not_meet_criteria  (folder, no packet.json)
# ==================================================================================
def packet_03():
    dob = "02/27/1972"
    rh = "BREVARD, YOLANDA M  |  DOB 02/27/1972  |  WC 24-771-3309"
    docs = {}
    APR, APRFAX = "ATLANTIC PEER REVIEW GRP", "910-555-0148"
    docs["A_cover_and_index.pdf"] = [("text", dict(font="Helvetica", size=9.5, footer="Atlantic Peer Review Group - PHI - {p} of {n}", items=[
        ("lh", ["ATLANTIC PEER REVIEW GROUP", "Utilization Review & Peer Review  *  1213 Culbreth Dr, Wilmington NC 28405  *  F 910-555-0148"]),
        ("title", "FAX / PORTAL INTAKE COVER SHEET"),
        ("kv", [("APRG case", "APRG-2604-00962"), ("Date/time in", "04/06/2026 14:31"),
                ("Plan", "CareSource North Carolina (Marketplace)"), ("Member", "Yolanda M. Brevard, DOB 02/27/1972, ID CSN307781245"),
                ("WC note", "Claimant also has open WC claim 24-771-3309 (Pitt County Schools / Tarheel Mutual); IME and FCE supplied by carrier"),
                ("Service", "Sacroiliac joint fusion, right - see PA request (CPT listed on form)"),
                ("Requesting", "Nikolai Farraday, DO - Coastal Plain Orthopaedics, Greenville"),
                ("Total pages", "see index")], 110),
        ("box", "NOTE TO REVIEWER: PA form has the 'Open' box ticked while the CPT entered is 27279 (percutaneous). Provider office not reached to clarify before intake."),
        ("pb",),
        ("title", "INDEX OF RECORDS"),
        ("table", [150, 220, 134], ["File", "Contents", "Dates"],
         [["A_cover_and_index.pdf", "APRG intake cover; this index", "04/06/2026"],
          ["B_request_and_surgeon_note.pdf", "PA request form; ortho clinic note", "04/06/2026; 03/30/2026"],
          ["C_PMR_chiro_PT_massage.pdf", "PM&R consult; chiropractic summary; PT discharge (fax); massage notes (fax)", "2024 - 03/2026"],
          ["D_SIJ_injections_fax.pdf", "SIJ injection notes x2 (fax)", "08/11/2025; 12/01/2025"],
          ["E_imaging_IME_FCE.pdf", "XR and MRI reports; IME; FCE", "07/2025 - 02/2026"]], 8.5),
    ]))]
    docs["B_request_and_surgeon_note.pdf"] = [("text", dict(font="Helvetica", size=9.5, running_header=rh, footer="Coastal Plain Orthopaedics | p. {p}/{n}", items=[
        ("lh", ["COASTAL PLAIN ORTHOPAEDICS", "2280 Stantonsburg Rd, Greenville NC 27834  -  252-555-0120  -  fax 252-555-0129"], "L"),
        ("title", "PRECERTIFICATION REQUEST - SURGICAL PROCEDURE"),
        ("kv", [("Request date:", "04/06/2026"), ("Patient:", "Yolanda M. Brevard     DOB 02/27/1972"),
                ("Member ID:", "CSN307781245"), ("Surgeon:", "Nikolai Farraday, DO   NPI 1336158920"),
                ("Procedure:", "Right sacroiliac joint fusion"),
                ("Approach:", "[X] Open    [ ] Percutaneous / minimally invasive"),
                ("CPT:", "27279  x1  (RT)"), ("Dx:", "M53.3 sacrococcygeal disorders NEC; M54.59 other low back pain"),
                ("Facility:", "Vidant/ECU Health Surgery Center - outpatient"), ("Planned DOS:", "05/12/2026")], 110),
        ("p", "Records attached: clinic note, PM&R, injections, imaging, therapy, IME/FCE."),
        ("p", "Submitted by: Darlene Whitley, CPC"),
        ("pb",),
        ("lh", ["COASTAL PLAIN ORTHOPAEDICS", "Orthopaedic Spine - Progress Note"], "L"),
        ("kv", [("Date of visit:", "03/30/2026"), ("Provider:", "Nikolai Farraday, DO"), ("Referred by:", "Imani Okoro-Blake, MD")], 100),
        ("p", "CC: R buttock pain."),
        ("p", "HPI: 54F school bus driver, slipped on bus steps 03/11/2024 and landed on her R buttock. Pain is localized to the right buttock over the posterior SIJ, below L5; it does not radiate. Prior L L5 radiculopathy in 2019 resolved with PT, no leg symptoms since. NRS 7/10 today. She did PT and chiropractic for well over six months and has had two SIJ injections, both helpful short term. Taking naproxen, uses TENS."),
        ("p", "Exam: TTP R PSIS/sacral sulcus. Greater trochanter nontender bilaterally; lumbar spine and coccyx nontender. Thigh thrust positive R. FABER positive R (posterior). Distraction negative. Compression negative. Hip ROM: IR 20 deg R with mild end-range groin tightness, not her usual pain. Neuro intact, SLR neg."),
        ("p", "Imaging: Hip films unremarkable. MRI without neural compression."),
        ("p", "A/P: R SIJ dysfunction, chronic. Chronic pain; no acute instability of the SI joint. Failed conservative care per pt and PM&R. Plan R SIJ fusion with triangular implants - precert submitted. Pre-op labs, clearance."),
        ("sig", "N Farraday DO", ["Nikolai Farraday, DO   03/30/2026"]),
    ]))]
    # C: PM&R + chiro (text) + PT (fax fine) + massage (fax std)
    c_text = ("text", dict(font="Times", size=10, running_header=rh, footer="Eastern Carolina Spine & Rehab - Page {p} of {n}", items=[
        ("lh", ["EASTERN CAROLINA SPINE & REHAB", "Imani Okoro-Blake, MD - Physical Medicine & Rehabilitation  |  Greenville NC  |  252-555-0175"]),
        ("title", "PM&R CONSULTATION"),
        ("kv", [("Patient", "Yolanda M. Brevard"), ("DOB", dob), ("DOS", "03/18/2026"), ("Referral", "Tarheel Mutual (WC) / PCP Dr. Hines")], 90),
        ("h", "History of present illness"),
        ("p", "Ms. Brevard returns (last seen here 12/01/2025 for US-guided SIJ injection). Right low back/buttock pain since fall on bus steps 03/11/2024. Pain was 9/10 in 08/2024 per chiropractic intake. Today VAS 70 mm. Aggravated by sitting on the bus seat, stairs, rolling over. No numbness or weakness."),
        ("h", "Treatment history"),
        ("p", "Chiropractic (Tar River) 05/2024-12/2024. PT at Pitt County PT 10/06/2025-11/26/2025, 12 visits; discharged when authorized visits ran out. HEP issued by PT 11/26/2025. At follow-up she reports she has not been doing her home exercises because of her work schedule; she did not describe any pain increase with them. Medications: Naproxen 500 mg BID since 01/2025 (continuing, taken daily); cyclobenzaprine 5 mg qhs PRN. TENS: started 05/12/2025, 30 min 3x/day, daily use, ongoing. Massage therapy 2026."),
        ("p", "Injections: 08/11/2025 R SIJ (Dr. Whitcombe, fluoroscopic): ~80% relief for the day; steroid helped ~3 weeks then pain returned. 12/01/2025 R SIJ injection in this office under ultrasound: about 60% relief the first 1-2 hours; steroid benefit ~2 weeks, back to baseline by late December."),
        ("h", "PMH / FH / ROS"),
        ("p", "HTN, obesity (BMI 34), L TKA 2023. Rheumatology (Dr. Sanjay Iyer, 2024) concluded she does not meet criteria for fibromyalgia; HLA-B27 negative, ESR/CRP normal. FH: brother with ankylosing spondylitis. ROS negative for fever, weight loss, morning stiffness > 30 min."),
        ("h", "Examination"),
        ("table", [150, 100, 254], ["Test", "Result", "Notes"],
         [["Thigh thrust", "Positive R", "concordant"], ["Compression", "Negative", ""], ["Distraction", "Negative", ""],
          ["FABER (Patrick)", "Positive R", "posterior buttock pain"], ["Gaenslen", "Not performed", "L TKA - unable to position"]]),
        ("p", "Palpation: tender R PSIS and sacral sulcus; trochanters, lumbar spine and coccyx non-tender. Waddell 0/5. SLR negative."),
        ("h", "Assessment / plan"),
        ("p", "1. R SIJ dysfunction, chronic. 2. R hip OA (moderate on 07/2025 films) - groin symptoms minimal. 3. r/o sacral insufficiency fracture - MRI 07/2025 negative. Refer back to Dr. Farraday to discuss fusion. Encouraged HEP."),
        ("sig", "I Okoro-Blake MD", ["Imani Okoro-Blake, MD   03/18/2026"]),
        ("pb",),
        ("lh", ["TAR RIVER CHIROPRACTIC", "Beau Langston, DC - 700 W 5th St, Greenville NC"], "L"),
        ("title", "Chiropractic Narrative Report"),
        ("p", "Re: Yolanda Brevard - Tarheel Mutual claim 24-771-3309. Ms. Brevard presented 05/06/2024 with right sacroiliac and buttock pain following a fall at work, intake pain 9/10. She was treated 05/06/2024 - 12/19/2024 (31 visits) with diversified and activator adjustments to the right SI joint and lumbar spine, flexion-distraction, and in-office core exercise. She improved to 5/10 and was released at maximum chiropractic improvement on 12/19/2024. No chiropractic care since."),
        ("sig", "Beau Langston DC", ["Beau Langston, DC   01/06/2025"]),
    ]))
    BANC = lambda frm, num, ts, p, n, job: fax_banner(frm, num, APR, APRFAX, ts, p, n, job)
    pt_fax = ("fax", dict(res="fine", skew=0.9, seed=301, face="sans", stamp="RECEIVED 04/03/2026",
        banner=BANC("PITT CTY PHYS THERAPY", "252-555-0188", "04/03/2026 08:55", 1, 1, "7720"),
        items=[("lh", ["PITT COUNTY PHYSICAL THERAPY", "1700 W Arlington Blvd, Greenville NC  -  252-555-0188"]),
               ("title", "DISCHARGE SUMMARY"),
               ("kv", [("Patient:", "Yolanda Brevard   DOB 02/27/1972"), ("Referring:", "I. Okoro-Blake, MD"),
                       ("Episode:", "10/06/2025 through 11/26/2025  (12 visits)")], 110),
               ("p", "Interventions: therapeutic exercise (lumbopelvic stabilization, hip strengthening), manual therapy to R SIJ, neuromuscular re-education, HEP instruction."),
               ("table", [0.4, 0.3, 0.3], ["Measure", "Eval", "D/C"], [["ODI", "48%", "44%"], ["NPRS", "7/10", "6/10"], ["R glute med", "3+/5", "4/5"]]),
               ("p", "Pt tolerated all exercises without increase in symptoms. D/C reason: authorized visit limit reached; goals partially met. HEP issued (written, 6 exercises)."),
               ("sig", "R. Castellano PT", ["Rosa Castellano, PT, DPT   11/26/2025"])]))
    massage_fax = ("fax", dict(res="std", skew=-1.3, seed=302, face="serif",
        banner=BANC("SALT&STONE MASSAGE", "252-555-0107", "04/02/2026 17:20", 1, 1, "0061"),
        items=[("lh", ["SALT & STONE MASSAGE THERAPY", "Whitney Paige, LMBT #15520  -  Greenville NC"]),
               ("title", "Client Session Notes"),
               ("table", [0.22, 0.48, 0.3], ["Date", "Focus", "Pain pre/post"],
                [["01/08/2026", "R glute, QL, TFL - deep tissue", "7 / 5"], ["01/22/2026", "R glute, piriformis", "7 / 4"],
                 ["02/05/2026", "myofascial release low back", "6 / 4"], ["02/26/2026", "R hip/glute, cupping", "7 / 5"],
                 ["03/12/2026", "R glute, QL", "7 / 5"]]),
               ("p", "Client reports relief lasts 1-2 days. Suggested stretching between visits. Sessions self-pay."),
               ("sig", "Whitney Paige", ["Whitney Paige, LMBT"])]))
    docs["C_PMR_chiro_PT_massage.pdf"] = [c_text, pt_fax, massage_fax]
    # D injections
    d1 = ("fax", dict(res="fine", skew=-0.6, seed=303, face="sans",
        banner=BANC("GRNVL INTERVENTIONAL PAIN", "252-555-0163", "04/01/2026 10:02", 1, 1, "3318"),
        items=[("lh", ["GREENVILLE INTERVENTIONAL PAIN ASSOCIATES", "Harlan Whitcombe, MD  -  252-555-0163"]),
               ("title", "PROCEDURE: RIGHT SACROILIAC JOINT INJECTION"),
               ("kv", [("Patient:", "BREVARD, YOLANDA M   DOB 02/27/1972"), ("Date:", "08/11/2025"),
                       ("Imaging:", "Fluoroscopy, AP/contralateral oblique"), ("Contrast:", "Omnipaque 180, 0.5 mL")], 110),
               ("p", "After informed consent, prone position, chlorhexidine prep. 1% lidocaine skin. 22G needle into the inferior R SIJ; contrast demonstrated intra-articular spread without vascular pattern. Injected 1 mL bupivacaine 0.5% + 40 mg triamcinolone. Pt tolerated well."),
               ("table", [0.3, 0.2, 0.5], ["Interval", "Pain", "Note"],
                [["Pre", "8/10", ""], ["15 min", "2/10", ""], ["1 hr", "1/10", ""], ["2 hr", "1/10", "walked dog"],
                 ["3 hr", "2/10", ""], ["4 hr", "2/10", ""], ["6 hr", "4/10", ""], ["Next day", "7/10", ""]]),
               ("p", "Assessment: 75% or more relief for over 4 hours with bupivacaine. Positive diagnostic SIJ block."),
               ("sig", "H Whitcombe", ["Harlan Whitcombe, MD   08/11/2025"])]))
    d2 = ("fax", dict(res="std", skew=0.5, seed=304, face="sans", stamp="RECEIVED 04/01/26",
        banner=BANC("E CAROLINA SPINE REHAB", "252-555-0176", "04/01/2026 15:40", 1, 1, "1204"),
        items=[("lh", ["EASTERN CAROLINA SPINE & REHAB", "Office Procedure Note"]),
               ("kv", [("Patient:", "Brevard, Yolanda M  02/27/1972"), ("Date:", "12/01/2025"),
                       ("Procedure:", "Ultrasound-guided right SI joint injection"), ("Physician:", "Imani Okoro-Blake, MD")], 110),
               ("p", "Curvilinear probe over the R PSIS, lower pole of SIJ identified. 22G needle in-plane into the joint cleft. No contrast agent was administered (ultrasound technique). Injected 2 mL 1% lidocaine + 40 mg triamcinolone. No complications."),
               ("table", [0.3, 0.2, 0.5], ["Time", "Pain", ""],
                [["Pre", "7/10", ""], ["15 min", "3/10", ""], ["1 hr", "3/10", ""], ["2 hr", "4/10", ""], ["3 hr", "6/10", ""]]),
               ("p", "Impression: about 57% relief at 1 hour. F/u 3 months."),
               ("sig", "I. Okoro-Blake", ["Imani Okoro-Blake, MD"])]))
    docs["D_SIJ_injections_fax.pdf"] = [d1, d2]
    docs["E_imaging_IME_FCE.pdf"] = [("text", dict(font="Courier", size=9, footer="Pitt Radiology Associates - p. {p}", items=[
        ("lh", ["PITT RADIOLOGY ASSOCIATES", "2020 W Arlington Blvd, Greenville NC  -  252-555-0130"]),
        ("p", "PT: BREVARD, YOLANDA M   DOB: 02/27/1972   MRN: PRA-3390217"),
        ("p", "EXAM: XR PELVIS AP + SI JOINTS; XR RIGHT HIP AP/LAT      DATE: 07/21/2025", "B"),
        ("p", "FINDINGS: No fracture. SI joints: mild bilateral subchondral sclerosis, well-defined margins, no erosions or widening. Right hip: superolateral joint space narrowing, acetabular and femoral head osteophytes, subchondral cysts. Left hip: mild joint space narrowing."),
        ("p", "IMPRESSION: 1. Moderate right hip osteoarthritis. 2. Mild left hip osteoarthritis. 3. Mild SIJ degenerative change without sacroiliitis.  -- Naveen Pillai, MD"),
        ("hr",),
        ("p", "EXAM: MRI LUMBAR SPINE WO; MRI PELVIS (SI JOINTS) WO     DATE: 07/28/2025", "B"),
        ("p", "LUMBAR: Normal alignment. L3-4 normal. L4-5 mild facet arthropathy. L5-S1 mild disc bulge without foraminal stenosis; no nerve root compression. Canal patent."),
        ("p", "PELVIS/SIJ: No erosions, no marrow edema, no ankylosis. No sacral insufficiency fracture. No mass or fluid collection. Moderate right hip chondrosis with labral fraying, partially imaged."),
        ("p", "IMPRESSION: No neural compression. No sacroiliitis or destructive lesion. Right hip degenerative change.  -- Carla Menendez, MD"),
        ("pb",),
        ("lh", ["VANCE R. COLTRANE, MD, PA", "Orthopaedic Surgery - Independent Medical Evaluations - Raleigh NC"]),
        ("title", "INDEPENDENT MEDICAL EXAMINATION"),
        ("p", "Claimant: Yolanda M. Brevard   Claim 24-771-3309   Carrier: Tarheel Mutual   Date of exam: 02/09/2026"),
        ("p", "RECORDS: Tar River Chiropractic 2024; Pitt County PT 10-11/2025; Eastern Carolina Spine & Rehab; Greenville Interventional Pain 08/11/2025; Pitt Radiology XR 07/21/2025, MRI 07/28/2025."),
        ("p", "HISTORY: Right buttock pain since 03/2024 fall. Pain 6-7/10. Not radiating. She works full duty as a bus driver."),
        ("p", "EXAM: BMI 34. Non-antalgic. Waddell signs 0 of 5. Tender R posterior SIJ. FABER positive on the right; thigh thrust positive; distraction negative. Hip IR reproduces mild groin discomfort only."),
        ("p", "OPINIONS: (1) R SIJ dysfunction related to the 03/11/2024 fall. (2) Her right hip osteoarthritis is moderate on radiographs, but her pain is posterior and I do not consider the hip the primary pain generator. (3) She has had only about two months of formal therapy in the past year and has not followed through with her home program; a full course of active therapy should precede any fusion. (4) No fibromyalgia or somatic symptom disorder. (5) Not at MMI."),
        ("sig", "V. R. Coltrane", ["Vance R. Coltrane, MD   02/09/2026"]),
        ("hr",),
        ("lh", ["EASTERN REHAB WORK SOLUTIONS", "FCE summary"], "L"),
        ("p", "Client Y. Brevard, 02/17/2026, evaluator Tomas Reyes, OTR/L. Valid effort (3 of 3 validity criteria). Lift floor-waist 20 lb occasional; sitting 45 min. PDL: LIGHT. Bus driver job (medium) not met for emergency evacuation lift. Pain 6/10 before, 8/10 after."),
    ]))]
    labels = {
        "procedure": "percutaneous", "request_date": "2026-04-06", "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["localized to the right buttock over the posterior SIJ", "below L5; it does not radiate"]),
            "perc.pain_severity": ("met", ["NRS 7/10 today"]),
            "perc.sij_tenderness": ("met", ["TTP R PSIS/sacral sulcus", "Greater trochanter nontender bilaterally; lumbar spine and coccyx nontender"]),
            "perc.active_conservative_therapy": ("not_met", ["10/06/2025 through 11/26/2025", "not been doing her home exercises because of her work schedule", "treated 05/06/2024 - 12/19/2024"]),
            "perc.inactive_conservative_therapy": ("met", ["Naproxen 500 mg BID since 01/2025 (continuing, taken daily)", "TENS: started 05/12/2025, 30 min 3x/day"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust positive R"]),
            "perc.two_provocative_tests": ("insufficient", []),
            "perc.diagnostic_injections": ("not_met", ["No contrast agent was administered (ultrasound technique)", "Ultrasound-guided right SI joint injection"]),
            "perc.generalized_pain_excluded": ("met", ["does not meet criteria for fibromyalgia", "Waddell signs 0 of 5"]),
            "perc.sij_imaging": ("met", ["No erosions, no marrow edema, no ankylosis", "No sacroiliitis or destructive lesion"]),
            "perc.hip_imaging": ("not_met", ["Moderate right hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["no nerve root compression", "No neural compression"]),
            "perc.therapeutic_injections": ("met", ["steroid helped ~3 weeks then pain returned", "back to baseline by late December"]),
            "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 negative, ESR/CRP normal"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No sacral insufficiency fracture", "No mass or fluid collection"]),
            "perc.excl.acute_instability": ("met", ["no acute instability of the SI joint"]),
            "perc.excl.neural_compression": ("met", ["No neural compression", "I do not consider the hip the primary pain generator"]),
        }}
    return {"id": "b4h-03", "form": "folder", "docs": docs, "labels": labels, "packet_json": None}


# ==================================================================================
# writing + self-check
# ==================================================================================
PERC_IDS = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
            "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
            "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
            "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
            "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
            "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
            "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN_IDS = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def determination(statuses):
    if all(v == "met" for v in statuses):
        return "meets_criteria"
    if any(v == "not_met" for v in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def write_packet(P):
    out_dir = os.path.join(HERE)
    pid = P["id"]
    page_log = []  # (file, page_no_in_packet, kind, text, res)
    files = []
    if P["form"] == "folder":
        root = os.path.join(out_dir, pid)
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(root)
        for fname in sorted(P["docs"]):
            b, pages = build_document(P["docs"][fname])
            path = os.path.join(root, fname)
            open(path, "wb").write(b)
            files.append((path, pages))
        if P.get("packet_json"):
            json.dump(P["packet_json"], open(os.path.join(root, "packet.json"), "w"), indent=2)
        label_path = os.path.join(root, "labels.json")
    else:
        (fname, parts), = P["docs"].items()
        b, pages = build_document(parts)
        path = os.path.join(out_dir, fname)
        open(path, "wb").write(b)
        files.append((path, pages))
        label_path = os.path.join(out_dir, pid + ".labels.json")
    crit = {k: {"status": v[0], "evidence": v[1]} for k, v in P["labels"]["criteria"].items()}
    lab = {"procedure": P["labels"]["procedure"], "request_date": P["labels"]["request_date"],
           "determination": P["labels"]["determination"], "criteria": crit}
    json.dump(lab, open(label_path, "w"), indent=2)
    return files, lab


def check_packet(P, files, lab):
    errs, info = [], []
    pid = P["id"]
    # page texts
    texts = []
    fax_pages = []
    n = 0
    for path, pages in files:
        with pdfplumber.open(path) as pdf:
            rdr = PdfReader(path)
            assert len(pdf.pages) == len(pages), path
            for i, (pg, meta) in enumerate(zip(pdf.pages, pages)):
                n += 1
                if abs(float(pg.width) - 612) > 0.5 or abs(float(pg.height) - 792) > 0.5:
                    errs.append(f"{pid} p{n}: not US Letter ({pg.width}x{pg.height})")
                if meta["kind"] == "fax":
                    if pg.chars or (rdr.pages[i].extract_text() or "").strip():
                        errs.append(f"{pid} p{n}: fax page has a text layer")
                    xo = rdr.pages[i]["/Resources"]["/XObject"]
                    for k in xo:
                        o = xo[k].get_object()
                        flt = o.get("/Filter")
                        flt = flt if isinstance(flt, str) else (flt[0] if flt else None)
                        if flt != "/CCITTFaxDecode" or o.get("/BitsPerComponent") != 1:
                            errs.append(f"{pid} p{n}: fax image not CCITT G4 1-bit ({flt})")
                        dpi = (round(o["/Width"] / 8.5), round(o["/Height"] / 11))
                        fax_pages.append((n, os.path.basename(path), dpi))
                    texts.append(meta["raster"])
                else:
                    texts.append(pg.extract_text() or "")
    if not (4 <= n <= 20):
        errs.append(f"{pid}: page count {n} outside 4-20")
    # criteria set and determination
    if set(lab["criteria"]) != set(PERC_IDS if lab["procedure"] == "percutaneous" else OPEN_IDS):
        errs.append(f"{pid}: criteria set mismatch")
    det = determination([c["status"] for c in lab["criteria"].values()])
    if det != lab["determination"]:
        errs.append(f"{pid}: determination {lab['determination']} != derived {det}")
    # evidence
    ntext = [norm(t) for t in texts]
    hits = 0
    for cid, c in lab["criteria"].items():
        st, ev = c["status"], c["evidence"]
        if st not in ("met", "not_met", "insufficient"):
            errs.append(f"{pid} {cid}: bad status")
        if st == "insufficient" and ev:
            errs.append(f"{pid} {cid}: insufficient with evidence")
        if st in ("met", "not_met") and not (1 <= len(ev) <= 3):
            errs.append(f"{pid} {cid}: needs 1-3 snippets")
        for s in ev:
            w = len(s.split())
            if not (3 <= w <= 12):
                errs.append(f"{pid} {cid}: snippet length {w} words: {s!r}")
            where = [i + 1 for i, t in enumerate(ntext) if norm(s) in t]
            if not where:
                errs.append(f"{pid} {cid}: snippet not found: {s!r}")
            else:
                hits += 1
    # request date and code visible in the packet
    y, m, d = lab["request_date"].split("-")
    if not any(f"{m}/{d}/{y}" in t for t in ntext):
        errs.append(f"{pid}: request date not in page text")
    if not any("27279" in t for t in ntext):
        errs.append(f"{pid}: CPT 27279 not in page text")
    info.append(f"{pid}: {n} pages in {len(files)} file(s); fax pages {[(p, f, f'{a}x{b}') for p, f, (a, b) in fax_pages]}; "
                f"{hits} evidence snippets found; determination {lab['determination']} (derived {det})")
    return errs, info, texts


def main():
    allerr = []
    for fn in (packet_01, packet_02, packet_03):
        P = fn()
        files, lab = write_packet(P)
        errs, info, texts = check_packet(P, files, lab)
        for l in info:
            print("OK  " if not errs else "ERR ", l)
        # per-file page numbers (for the document index)
        k = 0
        for path, pages in files:
            print(f"      {os.path.basename(path)}: pages {k + 1}-{k + len(pages)}")
            k += len(pages)
        for e in errs:
            print("   !", e)
        allerr += errs
        if os.environ.get("DUMP"):
            for i, t in enumerate(texts):
                print(f"----- {P['id']} page {i + 1}\n{t}")
    print("SELF-CHECK:", "PASS" if not allerr else f"FAIL ({len(allerr)} problems)")
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
