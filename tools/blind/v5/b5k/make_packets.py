"""Rendering helpers for the b5k packets: typed pages (fpdf2) and faxed pages (Pillow -> CCITT G4 -> img2pdf).

Document model: a document is a dict
  {"kind": "text"|"fax", "letterhead": [...], "footer": "...", "blocks": [...],
   "fax": {"res": "fine"|"standard", "banner": "FROM: ... P. {p}/{n}", "seed": int, "skew": float, "start": int, "total": int}}
blocks: ("h", text) ("h2", text) ("p", text) ("kv", [(k, v), ...]) ("table", widths, rows) ("sp", mm) ("pb",) ("sig", text)
"""
import io
import random
import re

import img2pdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

_SUBS = {"\u2013": "-", "\u2014": "--", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
         "\u2265": ">=", "\u2264": "<=", "\u00b0": " deg"}


def latin(s):
    for a, b in _SUBS.items():
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- typed pages
class _Doc(FPDF):
    def __init__(self, spec):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.spec = spec
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 14, 18)
        self.alias_nb_pages()

    def header(self):
        lh = self.spec.get("letterhead") or []
        if not lh:
            return
        font = self.spec.get("font", "Helvetica")
        self.set_font(font, "B", 12)
        self.cell(0, 6, latin(lh[0]), new_x="LMARGIN", new_y="NEXT", align=self.spec.get("lh_align", "L"))
        self.set_font(font, "", 8.5)
        for line in lh[1:]:
            self.cell(0, 4, latin(line), new_x="LMARGIN", new_y="NEXT", align=self.spec.get("lh_align", "L"))
        y = self.get_y() + 1
        self.line(18, y, 216 - 18, y)
        self.set_y(y + 3)

    def footer(self):
        ft = self.spec.get("footer")
        if not ft:
            return
        self.set_y(-13)
        self.set_font(self.spec.get("font", "Helvetica"), "", 7.5)
        self.cell(0, 5, latin(ft) + f"    Page {self.page_no()} of {{nb}}", align="C")


def render_text_doc(spec):
    pdf = _Doc(spec)
    font = spec.get("font", "Helvetica")
    base = spec.get("size", 10)
    pdf.add_page()
    for b in spec["blocks"]:
        t = b[0]
        if t == "h":
            pdf.ln(1.5)
            pdf.set_font(font, "B", base + 2)
            pdf.multi_cell(0, 6, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif t == "h2":
            pdf.ln(1)
            pdf.set_font(font, "B", base)
            pdf.multi_cell(0, 5, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif t == "p":
            pdf.set_font(font, "", base)
            pdf.multi_cell(0, base * 0.47, latin(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif t == "kv":
            for k, v in b[1]:
                pdf.set_font(font, "B", base)
                kw = b[2] if len(b) > 2 else 42
                pdf.cell(kw, base * 0.47, latin(k))
                pdf.set_font(font, "", base)
                pdf.multi_cell(0, base * 0.47, latin(v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif t == "table":
            widths, rows = b[1], b[2]
            pdf.set_font(font, "", base - 1)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=(base - 1) * 0.5,
                           first_row_as_headings=True) as tbl:
                for r in rows:
                    row = tbl.row()
                    for c in r:
                        row.cell(latin(str(c)))
            pdf.ln(2)
        elif t == "sp":
            pdf.ln(b[1])
        elif t == "pb":
            pdf.add_page()
        elif t == "sig":
            pdf.ln(3)
            pdf.set_font("Times", "I", base + 3)
            pdf.cell(0, 7, latin(b[1].split("\n")[0]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", base - 1)
            for line in b[1].split("\n")[1:]:
                pdf.cell(0, 4.5, latin(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif t == "box":  # checkbox style lines in courier
            pdf.set_font("Courier", "", base)
            for line in b[1]:
                pdf.cell(0, base * 0.48, latin(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            raise ValueError(t)
    return bytes(pdf.output())


# ---------------------------------------------------------------- faxed pages
W_PX, H_PX_FINE = 1734, 2156  # 8.5in x 204 dpi, 11in x 196 dpi


def _font(name, pt):
    px = int(round(pt * 196 / 72))
    return ImageFont.truetype(FONT_DIR + name, px)


class _FaxCanvas:
    def __init__(self, spec):
        self.spec = spec
        self.pages = []  # list of (Image, [lines])
        self.size = spec.get("size", 11)
        self.f = _font("DejaVuSans.ttf", self.size)
        self.fb = _font("DejaVuSans-Bold.ttf", self.size)
        self.fh = _font("DejaVuSans-Bold.ttf", self.size + 2)
        self.fm = _font("DejaVuSansMono.ttf", self.size - 0.5)
        self.left, self.right = 150, W_PX - 140
        self.bottom = H_PX_FINE - 150
        self._new_page()

    def _new_page(self):
        self.img = Image.new("L", (W_PX, H_PX_FINE), 255)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.pages.append((self.img, self.lines))
        self.y = 95
        lh = self.spec.get("letterhead") or []
        if lh:
            self._line(lh[0], self.fh, center=True)
            for l in lh[1:]:
                self._line(l, self.f, center=True)
            self.d.line([(self.left, self.y + 6), (self.right, self.y + 6)], fill=0, width=3)
            self.y += 22

    def _lh(self, font):
        return int(font.size * 1.32)

    def _line(self, text, font, center=False, x=None):
        if self.y + self._lh(font) > self.bottom:
            self._footer()
            self._new_page()
        if center:
            w = self.d.textlength(text, font=font)
            xx = (W_PX - w) / 2
        else:
            xx = self.left if x is None else x
        self.d.text((xx, self.y), text, font=font, fill=0)
        self.lines.append(text)
        self.y += self._lh(font)

    def _wrap(self, text, font, width):
        out = []
        for para in text.split("\n"):
            words, cur = para.split(" "), ""
            for w in words:
                t = (cur + " " + w).strip()
                if self.d.textlength(t, font=font) <= width:
                    cur = t
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def _footer(self):
        ft = self.spec.get("footer")
        if ft:
            self.d.text((self.left, H_PX_FINE - 120), ft, font=self.f, fill=0)
            self.lines.append(ft)

    def run(self):
        for b in self.spec["blocks"]:
            t = b[0]
            if t in ("h", "h2"):
                self.y += 8
                for l in self._wrap(b[1], self.fh if t == "h" else self.fb, self.right - self.left):
                    self._line(l, self.fh if t == "h" else self.fb)
            elif t == "p":
                for l in self._wrap(b[1], self.f, self.right - self.left):
                    self._line(l, self.f)
                self.y += 10
            elif t == "kv":
                kw = b[2] if len(b) > 2 else 420
                for k, v in b[1]:
                    vl = self._wrap(v, self.f, self.right - self.left - kw)
                    if self.y + self._lh(self.f) * len(vl) > self.bottom:
                        self._footer()
                        self._new_page()
                    self.d.text((self.left, self.y), k, font=self.fb, fill=0)
                    first = True
                    for l in vl:
                        self.d.text((self.left + kw, self.y), l, font=self.f, fill=0)
                        self.lines.append((k + " " + l) if first else l)
                        first = False
                        self.y += self._lh(self.f)
                self.y += 8
            elif t == "table":
                widths, rows = b[1], b[2]
                cw = [int(w * (self.right - self.left) / sum(widths)) for w in widths]
                for ri, r in enumerate(rows):
                    font = self.fb if ri == 0 else self.f
                    cells = [self._wrap(str(c), font, cw[i] - 14) for i, c in enumerate(r)]
                    n = max(len(c) for c in cells)
                    hgt = n * self._lh(font) + 8
                    if self.y + hgt > self.bottom:
                        self._footer()
                        self._new_page()
                    x = self.left
                    self.d.rectangle([self.left, self.y, self.right, self.y + hgt], outline=0, width=2)
                    for i, c in enumerate(cells):
                        if i:
                            self.d.line([(x, self.y), (x, self.y + hgt)], fill=0, width=2)
                        for j, l in enumerate(c):
                            self.d.text((x + 7, self.y + 4 + j * self._lh(font)), l, font=font, fill=0)
                        x += cw[i]
                    for j in range(n):
                        self.lines.append("  ".join(c[j] for c in cells if j < len(c)))
                    self.y += hgt
                self.y += 14
            elif t == "sp":
                self.y += int(b[1] * 196 / 25.4)
            elif t == "pb":
                self._footer()
                self._new_page()
            elif t == "sig":
                parts = b[1].split("\n")
                self.y += 10
                self._line(parts[0], _font("DejaVuSerif-Italic.ttf" if False else "DejaVuSerif-BoldItalic.ttf", self.size + 3))
                for l in parts[1:]:
                    self._line(l, self.f)
            elif t == "box":
                for l in b[1]:
                    self._line(l, self.fm)
            else:
                raise ValueError(t)
        self._footer()
        return self.pages


def render_fax_doc(spec):
    """Returns (list of single-page PDF bytes, list of page texts)."""
    fx = spec["fax"]
    rng = random.Random(fx["seed"])
    pages = _FaxCanvas(spec).run()
    out_pdfs, texts = [], []
    n = len(pages)
    for i, (img, lines) in enumerate(pages):
        banner = fx["banner"].format(p=fx["start"] + i, n=fx["total"])
        d = ImageDraw.Draw(img)
        d.text((40, 18), banner, font=_font("DejaVuSansMono.ttf", 9.5), fill=0)
        lines.insert(0, banner)
        ang = fx["skew"] * (1 if i % 2 == 0 else 0.8)
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        # specks
        d = ImageDraw.Draw(img)
        for _ in range(rng.randint(250, 600)):
            x, y = rng.randrange(W_PX), rng.randrange(H_PX_FINE)
            r = rng.choice([1, 1, 1, 2, 2, 3])
            d.ellipse([x, y, x + r, y + r], fill=0)
        # a few dirty-roller streak dots near the edge
        for _ in range(rng.randint(5, 15)):
            x = rng.choice([rng.randrange(0, 60), rng.randrange(W_PX - 60, W_PX)])
            y = rng.randrange(H_PX_FINE)
            d.rectangle([x, y, x + rng.randint(2, 6), y + rng.randint(2, 9)], fill=0)
        # dropouts: thin white horizontal scan-line losses
        for _ in range(rng.randint(2, 5)):
            y = rng.randrange(200, H_PX_FINE - 200)
            x0 = rng.randrange(0, W_PX // 2)
            d.rectangle([x0, y, x0 + rng.randint(300, 1200), y + rng.choice([1, 1, 2])], fill=255)
        dpi = (204, 196)
        if fx["res"] == "standard":
            img = img.resize((W_PX, H_PX_FINE // 2), Image.BOX)
            dpi = (204, 98)
        bw = img.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        buf = io.BytesIO()
        bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
        out_pdfs.append(img2pdf.convert(buf.getvalue()))
        texts.append("\n".join(lines))
    return out_pdfs, texts


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


# ================================================================ packet assembly + self-check
import hashlib
import json
import os
import shutil
import sys

import pdfplumber
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))

PERC_IDS = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
            "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
            "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
            "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
            "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]


# ================================================================ packet contents
from types import SimpleNamespace


def _packet_01():
    # b5k-01 -- single PDF, gold insufficient_documentation, percutaneous (CPT 27279)
    PT = "HALVORSEN, Renata J."
    DOB = "04/22/1996"
    FT = f"{PT}   DOB {DOB}   MRN 00-418-2276"

    SURG_LH = ["TARHEEL SPINE & PELVIS INSTITUTE",
               "2210 Crescent Ridge Pkwy, Suite 300, Durham NC 27713  |  Ph (919) 555-0188  |  Fax (919) 555-0189"]
    OB_LH = ["Brightwater Women's Health, PLLC",
             "Obstetrics - Gynecology - Midwifery   |   118 Maple Row, Cary NC 27511   |   (919) 555-0122"]
    PTC_LH = ["KINETIC PELVIC HEALTH PHYSICAL THERAPY",
              "Pelvic Floor & Perinatal Rehabilitation  |  4400 Lassiter Mill Rd, Raleigh NC 27609  |  P (919) 555-0164  F (919) 555-0165"]
    SPM_LH = ["RIVERSIDE SPORTS & MUSCULOSKELETAL MEDICINE",
              "Interventional Sports Medicine  -  650 Old Mill Rd, Apex NC 27502  -  (919) 555-0141"]
    RAD_LH = ["TRIANGLE COMMUNITY IMAGING", "ACR-accredited MRI / CT / Radiography  *  Reading: Piedmont Radiology Associates"]

    DOCS = []

    # p1 fax cover
    DOCS.append(dict(kind="text", letterhead=SURG_LH, footer=None, blocks=[
        ("h", "FACSIMILE TRANSMITTAL"),
        ("kv", [("To:", "CareSource North Carolina - Utilization Management / Prior Auth"),
                ("Fax:", "1-844-555-0107"),
                ("From:", "Lauren Pike, surgical coordinator for Dr. Owen P. Lindqvist"),
                ("Date:", "01/20/2026"),
                ("Re:", "PRIOR AUTH - SI joint fusion - member Renata Halvorsen, ID NCM5528104"),
                ("Pages:", "12 including cover")]),
        ("p", "Attached: PA request form, OB postpartum note, pelvic PT eval / discharge / HEP f/u / progress note, "
              "SIJ injection reports (faxed to us by Riverside Sports Med), XR and MRI pelvis report, surgical consult, med list."),
        ("p", "Outside lumbar MRI report has been requested from Harbor Imaging and will be forwarded when received."),
        ("p", "Please call 919-555-0188 x214 with questions. Urgent? [ ] Yes  [X] No"),
        ("sp", 10),
        ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential "
              "under HIPAA (45 CFR Parts 160 and 164). If you received it in error, notify the sender by telephone and destroy all copies. "
              "Redisclosure without authorization is prohibited."),
    ]))

    # p2 PA form
    DOCS.append(dict(kind="text", letterhead=["CareSource North Carolina  |  Marketplace",
                                              "Prior Authorization Request - Outpatient Procedure / Surgery  (fax 1-844-555-0107)"],
                     footer="CS-NC PA form rev. 03/2025", blocks=[
        ("h2", "SECTION A - MEMBER"),
        ("kv", [("Member name:", "Renata J. Halvorsen"), ("Member ID:", "NCM5528104"), ("DOB:", "04/22/1996"),
                ("Plan:", "Marketplace Silver 2026")]),
        ("h2", "SECTION B - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting:", "Owen P. Lindqvist, MD (Orthopaedic Spine)  NPI 1730019924"),
                ("Facility:", "Crescent Ridge Surgery Center, Durham NC  NPI 1548800213"),
                ("Contact:", "Lauren Pike  919-555-0188 x214")]),
        ("h2", "SECTION C - SERVICE REQUESTED"),
        ("table", [22, 90, 30, 20], [["CPT/HCPCS", "Description", "Side", "Units"],
                                     ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, with image guidance, placement of transfixing device", "Left", "1"]]),
        ("box", ["Approach:  [X] Open     [ ] Percutaneous / minimally invasive",
                 "Setting:   [X] Outpatient surgery center   [ ] Inpatient",
                 "Date of service (planned): 03/02/2026"]),
        ("kv", [("ICD-10:", "M53.3 Sacrococcygeal disorders, NEC (L SI joint dysfunction); M54.50 Low back pain, unspecified"),
                ("Request date:", "01/20/2026")]),
        ("h2", "SECTION D - ATTESTATION"),
        ("p", "I attest the information provided is accurate and supported by the enclosed medical records."),
        ("sig", "O. Lindqvist MD\nOwen P. Lindqvist, MD     Date 01/20/2026"),
    ]))

    # p3 OB postpartum visit
    DOCS.append(dict(kind="text", letterhead=OB_LH, footer=FT, size=9.5, blocks=[
        ("h", "Postpartum Visit - Progress Note"),
        ("kv", [("Patient:", "Renata J Halvorsen   29 y.o. G1P1001"), ("DOS:", "04/29/2025"),
                ("Provider:", "Anjali Merritt, MD"), ("Delivery:", "03/18/2025 NSVD, 2nd degree laceration repaired, EBL 350")], 30),
        ("h2", "S:"),
        ("p", "Here for 6 wk PP check. Breastfeeding going well, supplementing 1-2 bottles/day. Lochia resolved. "
              "Main complaint is L sided low back / 'tailbone area' pain that started 3rd trimester and never let up after delivery. "
              "Worse rolling in bed, climbing stairs, getting out of the car, carrying infant car seat on L hip. "
              "Says it was 9/10 the first 2 weeks home, better now but still limiting walks. Pt describes the pain as deep, aching, "
              "one-sided and staying in the back of the pelvis. Denies numbness/tingling, denies bowel or bladder changes, "
              "denies urinary leakage with cough. Mood ok, EPDS 8 today (was 11 at 2 wk visit)."),
        ("h2", "O:"),
        ("p", "BP 118/74, BMI 27.9. Abd soft, fundus not palpable. Perineum well healed. Gait mildly antalgic. "
              "Point tender L PSIS region. ASLR: pt reports L side feels 'heavy', improves with manual pelvic compression. "
              "Pubic symphysis nontender. No CVA tenderness."),
        ("h2", "A/P:"),
        ("p", "1. Routine postpartum care - normal exam. Contraception: Nexplanon placed today, consent signed.\n"
              "2. Pelvic girdle pain, postpartum, L > R - likely posterior pelvic (SIJ) pain. Start acetaminophen 1000 mg q8h prn "
              "(compatible with lactation), heat 20 min 2-3x/day. Fitted for SI belt in office today (Serola, size M) - wear with "
              "standing/walking activities. Referral to pelvic floor PT (Kinetic Pelvic Health). Avoid NSAIDs for now per pt preference.\n"
              "3. PP mood - EPDS improving, continue to monitor, no SI/HI."),
        ("p", "RTC 6 mo for annual or sooner prn."),
        ("sig", "A. Merritt MD\nElectronically signed: Anjali Merritt, MD  04/29/2025 16:42"),
    ]))

    # p4-5 PT initial eval
    DOCS.append(dict(kind="text", letterhead=PTC_LH, footer=FT, size=9.5, blocks=[
        ("h", "PELVIC HEALTH PHYSICAL THERAPY - INITIAL EVALUATION"),
        ("kv", [("Patient:", "Renata Halvorsen"), ("Date of eval:", "05/06/2025"),
                ("Referring MD:", "A. Merritt, MD (OB/GYN)"), ("Dx (referral):", "O99.89 / M53.3 postpartum pelvic girdle pain"),
                ("Therapist:", "Courtney Abara, PT, DPT, WCS")], 34),
        ("h2", "SUBJECTIVE"),
        ("p", "29 yo F, 7 wks postpartum (vaginal delivery 03/18/25). Onset L posterior pelvic pain ~30 wks gestation. "
              "Location: L posterior pelvis, below the belt line, over L PSIS / sacral sulcus, pt points with one finger to L SIJ. "
              "No radiation into the thigh or leg. Denies paresthesia. Aggravating: single-leg stance, stairs, rolling, lifting car seat. "
              "Easing: SI belt, lying on R side with pillow between knees. Goals: walk 30 min with stroller, return to Zumba."),
        ("p", "NPRS current 7/10, best 4/10, worst 9/10. ODI 44%. PGQ 52%."),
        ("h2", "OBJECTIVE"),
        ("table", [58, 50, 62], [["Test / measure", "Result", "Comment"],
                                 ["Active SLR (ASLR) 0-5", "L 3/5, R 1/5", "improves w/ manual compression"],
                                 ["Thigh thrust (P4)", "Positive L", "reproduces familiar pain"],
                                 ["Compression (side-lying)", "Negative", ""],
                                 ["FABER / Patrick", "Positive L", "post. pelvic pain, not groin"],
                                 ["Gaenslen", "Deferred", "unable to tolerate position today"],
                                 ["Slump / SLR", "Neg bilat", "no neural tension signs"],
                                 ["Lumbar AROM", "WFL, end-range ext mildly painful", ""]]),
        ("p", "Palpation: tender to palpation L PSIS and L sacral sulcus (pt rates 7/10 w/ pressure). Greater trochanters non-tender "
              "bilaterally, lumbar paraspinals and spinous processes non-tender, coccyx non-tender on external palpation. "
              "Pelvic floor (internal, verbal consent obtained): mild L levator ani overactivity, MMT 3/5, coordination fair."),
        ("h2", "ASSESSMENT"),
        ("p", "Presentation consistent with L posterior pelvic girdle pain / SIJ-mediated pain with load transfer deficit, "
              "secondary pelvic floor overactivity. Good rehab potential."),
        ("h2", "PLAN"),
        ("p", "Skilled PT 2x/week x 12 weeks: motor control / load transfer training, pelvic floor down-training, hip abductor and "
              "transverse abdominis strengthening, manual therapy, SI belt use education. Re-eval by 08/26/2025."),
        ("sig", "C. Abara PT DPT\nCourtney Abara, PT, DPT, WCS   NC PT license #P11904   05/06/2025"),
    ]))

    # PT discharge / HEP
    DOCS.append(dict(kind="text", letterhead=PTC_LH, footer=FT, size=9.5, blocks=[
        ("h", "Re-Evaluation / Episode Discharge Summary"),
        ("kv", [("Patient:", "Renata Halvorsen"), ("Episode:", "05/06/2025 - 08/26/2025 (22 visits attended / 24 scheduled)"),
                ("Date:", "08/26/2025")], 30),
        ("table", [50, 35, 35, 50], [["Outcome measure", "05/06/25", "08/26/25", "MCID met?"],
                                     ["ODI (%)", "44", "34", "yes (>=10 pts)"],
                                     ["PGQ (%)", "52", "41", "borderline"],
                                     ["NPRS current", "7", "6", "no"],
                                     ["ASLR L (0-5)", "3", "2", "-"]]),
        ("p", "Pt attended consistently and progressed load transfer tasks. Persistent L posterior pelvic pain with stairs and "
              "prolonged standing despite good compliance; she has plateaued with in-clinic care at this time. "
              "Referred back to OB and to Dr. Oyelaran (sports med) for diagnostic SIJ injection per OB."),
        ("h2", "Home Exercise Program issued 08/26/2025 (6 weeks, daily, via MedBridge code K7QP2)"),
        ("table", [70, 40, 60], [["Exercise", "Dose", "Notes"],
                                 ["Supine TrA w/ march", "2 x 10 daily", "exhale on lift"],
                                 ["Side-lying clamshell, band", "3 x 12 daily", "green band"],
                                 ["Bridge w/ adductor ball squeeze", "3 x 10 daily", "hold 3 s"],
                                 ["Split-stance weight shift", "2 x 1 min", "belt on"],
                                 ["Diaphragmatic breathing / PF relaxation", "5 min 2x/day", ""]]),
        ("p", "Plan: HEP follow-up visit in ~6 weeks to check progression. Discharge from current episode."),
        ("sig", "C. Abara, PT, DPT\nCourtney Abara, PT, DPT, WCS   08/26/2025"),
    ]))

    # HEP follow-up + progress note (2nd episode)
    DOCS.append(dict(kind="text", letterhead=PTC_LH, footer=FT, size=9.5, blocks=[
        ("h", "HEP Follow-Up Visit"),
        ("kv", [("Date:", "10/21/2025"), ("Therapist:", "C. Abara, PT, DPT")], 30),
        ("p", "Pt completed the 6-wk HEP issued 08/26 - log reviewed, performed 5-6 days/week. Had SIJ injection 09/03 with Dr Oyelaran "
              "which helped for a few weeks. Today L SIJ pain back up to 6/10, ODI 36%. Exercises performed with good form; "
              "progressed band to blue. Given ongoing functional limits, will re-open plan of care: 1x/week x 10-12 wks starting 10/28/2025."),
        ("sig", "C. Abara, PT, DPT\nCourtney Abara, PT, DPT, WCS   10/21/2025"),
        ("pb",),
        ("h", "Progress Note - Episode 2 (visit 11)"),
        ("kv", [("Date:", "01/13/2026"), ("Episode start:", "10/28/2025"), ("Visits:", "11 attended")], 30),
        ("p", "S: Pt reports L posterior pelvic pain continues to limit stairs and carrying toddler. Second injection 12/2 gave good "
              "relief the day of, wore off by evening. Still using SI belt and heat most days, acetaminophen 2-3x daily. "
              "Pain stays in the L buttock / back of pelvis, nothing shooting down the leg."),
        ("p", "O: NPRS L posterior pelvic pain 6/10 today, worst 8/10. ODI 38%. PGQ 47%. ASLR L 2/5. Thigh thrust remains positive L. "
              "FABER positive L. Gaenslen's not performed. Tender L sacral sulcus, no tenderness at greater trochanter or coccyx."),
        ("p", "A: Minimal change since re-opening episode; plateau despite adherence to clinic and home program. "
              "P: Continue 1x/wk pending surgical consult outcome; will coordinate with Dr. Lindqvist."),
        ("sig", "C. Abara, PT, DPT\nCourtney Abara, PT, DPT, WCS   01/13/2026  (late entry 01/14/2026 08:10)"),
    ]))

    # Injection notes - FAXED, standard resolution
    FAXB = "FROM: RIVERSIDE SPORTS MED 9195550142   TO: TARHEEL SPINE 9195550189   {date}   P. {{p}}/{{n}}"
    DOCS.append(dict(kind="fax", letterhead=SPM_LH, footer="Halvorsen, Renata  DOB 04/22/1996  - Riverside SMM", size=12,
                     fax=dict(res="standard", banner=FAXB.format(date="12/03/2025 09:14"), seed=101, skew=0.7, start=2, total=5),
                     blocks=[
        ("h", "PROCEDURE NOTE: LEFT SACROILIAC JOINT INJECTION"),
        ("kv", [("Date:", "09/03/2025"), ("Physician:", "Samuel Oyelaran, DO, CAQSM"),
                ("Indication:", "L posterior pelvic girdle pain, suspected SIJ")], 300),
        ("p", "Consent signed after discussion of risks incl. infection, bleeding, flare, vasovagal. Pt lactating - "
              "discussed steroid & contrast, OK to continue breastfeeding. Timeout performed."),
        ("p", "Prone. Prepped with chlorhexidine. Under fluoroscopic guidance the inferior L SIJ was targeted; 25 g 3.5 in "
              "spinal needle advanced into the joint. Omnipaque 240, 0.5 mL, showed an intra-articular arthrogram without "
              "vascular uptake. Injected 1 mL lidocaine 2% + triamcinolone 40 mg (1 mL). No complications."),
        ("p", "Pre-procedure pain 7/10. Pt given pain diary, to record scores after leaving clinic."),
        ("h2", "Post-procedure pain diary (returned 09/05/2025)"),
        ("table", [40, 30, 60], [["Time after injection", "Pain 0-10", "Activity tested"],
                                 ["Pre", "7", "sit to stand, stairs"],
                                 ["15 min", "1", "stairs in clinic"],
                                 ["1 hr", "1", "walking, car"],
                                 ["2 hr", "2", "stairs at home"],
                                 ["4 hr", "4", ""],
                                 ["Day 2", "3", ""],
                                 ["Week 1", "3", ""]]),
        ("p", "Impression: about 85% relief at 1 hour with lidocaine - concordant diagnostic response."),
        ("sig", "S. Oyelaran DO\nSamuel Oyelaran, DO   09/03/2025"),
    ]))
    DOCS.append(dict(kind="fax", letterhead=SPM_LH, footer="Halvorsen, Renata  DOB 04/22/1996  - Riverside SMM", size=12,
                     fax=dict(res="standard", banner=FAXB.format(date="12/03/2025 09:16"), seed=102, skew=-1.1, start=4, total=5),
                     blocks=[
        ("h", "PROCEDURE NOTE: L SIJ - CONFIRMATORY (COMPARATIVE) BLOCK"),
        ("kv", [("Date:", "12/02/2025"), ("Physician:", "Samuel Oyelaran, DO, CAQSM")], 300),
        ("p", "Interval: after 09/03 injection pt had ~5 wks of meaningful relief, pain crept back to 7/10 by mid-October. "
              "Plan today is a comparative block with a longer-acting anesthetic only, no corticosteroid, to confirm SIJ as pain generator."),
        ("p", "Prone, sterile prep. Fluoroscopic guidance, 25 g needle into inferior L SIJ. Omnipaque 240 0.5 mL with "
              "capsular outline confirmed intra-articular spread. Injected bupivacaine 0.5% 1.5 mL. No steroid given. Tolerated well."),
        ("h2", "Pain diary - bupivacaine block"),
        ("table", [40, 30, 60], [["Time", "Pain 0-10", "Comment"],
                                 ["Pre", "7", ""],
                                 ["30 min", "2", ""],
                                 ["1 hr", "1", "walked stairs x2"],
                                 ["3 hr", "2", ""],
                                 ["4 hr", "2", ""],
                                 ["6 hr", "4", "wearing off"],
                                 ["Next AM", "7", "back to baseline"]]),
        ("p", "Impression: 71% relief sustained at 3 hours with bupivacaine; concordant. Two positive image-guided "
              "blocks. Will send to Dr. Lindqvist for surgical opinion."),
        ("sig", "S. Oyelaran DO\nSamuel Oyelaran, DO   12/02/2025"),
    ]))

    # Imaging report (text)
    DOCS.append(dict(kind="text", letterhead=RAD_LH, footer=FT, size=9, blocks=[
        ("h", "RADIOLOGY REPORT"),
        ("kv", [("Patient:", "HALVORSEN, RENATA J"), ("Ordering:", "Anjali Merritt, MD"), ("Acc #:", "TCI-25-66120 / TCI-25-71844")], 28),
        ("h2", "EXAM 1: XR PELVIS AP AND XR HIP LEFT 2 VIEWS    DATE: 06/10/2025"),
        ("p", "Indication: postpartum L posterior pelvic pain. Findings: No fracture. Pubic symphysis width 5 mm, normal alignment. "
              "SI joints symmetric without sclerosis or erosion. Left hip: joint space preserved; no osteophytes; femoral head "
              "spherical. Impression: Normal pelvis and left hip radiographs. No hip osteoarthritis."),
        ("h2", "EXAM 2: MRI PELVIS / SACROILIAC JOINTS WITHOUT CONTRAST    DATE: 07/08/2025"),
        ("p", "Technique: multiplanar T1, STIR, oblique coronal T1 and STIR through the sacroiliac joints. "
              "Lumbar spine not imaged on this exam."),
        ("p", "Findings: Sacroiliac joints: normal joint width. No subchondral erosions, no periarticular bone marrow edema, "
              "no fat metaplasia or ankylosis. Sacrum and iliac bones: no fracture, no marrow replacing or destructive lesion. "
              "Hips: small physiologic effusions, no labral cyst. Pubic symphysis: no edema. Pelvic floor musculature "
              "unremarkable. Uterus postpartum in size, otherwise unremarkable."),
        ("p", "IMPRESSION: 1. No MRI evidence of sacroiliitis or destructive lesion of the sacroiliac joints. "
              "2. No pelvic fracture or stress reaction."),
        ("sig", "M. Delacroix MD\nDictated/signed: Marguerite Delacroix, MD (Radiology)  07/08/2025 18:05"),
    ]))

    # Surgeon consult
    DOCS.append(dict(kind="text", letterhead=SURG_LH, footer=FT, size=9.5, blocks=[
        ("h", "NEW PATIENT CONSULTATION - Orthopaedic Spine"),
        ("kv", [("Patient:", "Renata J. Halvorsen  (29 F)"), ("Date of visit:", "01/06/2026"),
                ("Referred by:", "Samuel Oyelaran, DO"), ("Attending:", "Owen P. Lindqvist, MD")], 32),
        ("h2", "HPI"),
        ("p", "Pleasant 29 y/o G1P1 now ~10 months postpartum with L-sided posterior pelvic pain since pregnancy. Points to the L SI joint, "
              "pain stays in the buttock, no radiation. Has done pelvic floor PT since 05/2025 with HEP and a second PT episode since late "
              "October, SI belt daily, heat, acetaminophen. Two SIJ blocks with Dr. Oyelaran (09/03/25 and 12/02/25), both with "
              "excellent short-term relief. Relief from the first lasted about 5 weeks. She has failed two SIJ steroid injections per "
              "referral letter. Can't carry her son for more than a few minutes; had to go part-time as a dental hygienist."),
        ("p", "Pain VAS today 62/100 mm."),
        ("h2", "PMH / PSH / FH / SH"),
        ("p", "PMH: postpartum depression (2025), on sertraline 50 mg, improved. No inflammatory bowel disease, no psoriasis. "
              "PSH: wisdom teeth. FH: maternal aunt with lupus; no known spondyloarthritis. SH: never smoker, dental hygienist, breastfeeding."),
        ("h2", "EXAM"),
        ("p", "Gait: mild L Trendelenburg. Lumbar: no midline or paraspinal tenderness, ROM full. Neuro: strength 5/5 L2-S1 bilat, "
              "sensation intact, reflexes 2+ symmetric. Straight leg raise negative bilaterally. SIJ: tender over L sacral sulcus, "
              "greater trochanter nontender. Thigh thrust positive L, compression negative, FABER positive L. Waddell signs 0/5."),
        ("h2", "IMAGING"),
        ("p", "XR pelvis / L hip 06/2025 and MRI pelvis 07/2025 reviewed (reports attached). MRI lumbar spine was obtained 06/2025 at "
              "Harbor Imaging (outside facility) - report has been requested and is not available to me at this visit; images not loaded."),
        ("h2", "ASSESSMENT / PLAN"),
        ("p", "L SI joint dysfunction, postpartum onset, refractory to > 6 months of PT and passive measures, with two concordant "
              "image-guided diagnostic blocks. Discussed minimally invasive L SIJ fusion with triangular titanium implants "
              "(CPT 27279), percutaneous lateral approach, risks/benefits/alternatives including continued conservative care. "
              "She wishes to proceed. Will submit for prior authorization; obtain outside lumbar MRI report. "
              "She understands surgery should follow weaning from breastfeeding per her preference - tentatively 03/2026."),
        ("sig", "O. Lindqvist MD\nOwen P. Lindqvist, MD   e-signed 01/06/2026 17:31"),
    ]))

    # Med list
    DOCS.append(dict(kind="text", letterhead=SURG_LH, footer=FT, size=9.5, blocks=[
        ("h", "Current Medication List (reconciled 01/06/2026)"),
        ("table", [55, 45, 30, 40], [["Medication", "Sig", "Start", "Prescriber / notes"],
                                     ["Acetaminophen 500 mg tab", "2 tabs PO q8h prn pain", "04/29/2025", "OB - takes 2-3x/day"],
                                     ["Sertraline 50 mg", "1 tab PO daily", "06/2025", "OB"],
                                     ["Prenatal vitamin", "1 tab PO daily", "2024", "OTC"],
                                     ["Etonogestrel implant", "subdermal", "04/29/2025", "OB"],
                                     ["SI belt (Serola)", "daily with activity", "04/29/2025", "DME - fitted by OB"],
                                     ["Moist heat pack", "20 min 2-3x/day", "04/2025", "self"]]),
        ("p", "Allergies: Sulfa (rash). No latex allergy."),
        ("p", "NSAIDs: ibuprofen tried briefly 2024 before pregnancy for dysmenorrhea; not using now."),
    ]))

    LABELS = {
        "procedure": "percutaneous",
        "request_date": "2026-01-20",
        "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": ("met", ["No radiation into the thigh or leg", "pain stays in the buttock, no radiation"],
                "PT initial evaluation places the pain over the L PSIS / sacral sulcus below the belt line with no radiation into the thigh or leg; "
                "the surgeon's HPI and the 01/13/2026 PT note say the same. Nothing documents radicular or below-knee pain."),
            "perc.pain_severity": ("met", ["NPRS L posterior pelvic pain 6/10 today"],
                "Most recent SIJ score before 01/20/2026 is the PT progress note of 01/13/2026: NPRS 6/10 (the surgeon's VAS 62/100 mm on "
                "01/06/2026 = 6.2 is older; the 9/10 in the OB note is historical; diary scores are post-injection). 6 >= 5."),
            "perc.sij_tenderness": ("met", ["Tender L sacral sulcus, no tenderness at greater trochanter or coccyx",
                                            "tender over L sacral sulcus"],
                "PT eval, PT progress note and surgeon exam all document L sacral sulcus/PSIS tenderness with greater trochanter, "
                "lumbar and coccyx documented non-tender."),
            "perc.active_conservative_therapy": ("met", ["05/06/2025 - 08/26/2025 (22 visits attended / 24 scheduled)",
                                                         "Pt completed the 6-wk HEP issued 08/26", "Episode start: 10/28/2025"],
                "Window 01/20/2025-01/20/2026. PT episode 1 05/06-08/26/2025 (~3.7 mo); a prescribed 6-week HEP 08/26 with documented "
                "follow-up after completion 10/21/2025; PT episode 2 from 10/28/2025 still active 01/13/2026. Union ~05/06/2025-01/13/2026 "
                "minus a 1-week gap, about 8 months (PT alone ~6.2 months)."),
            "perc.inactive_conservative_therapy": ("met", ["Start acetaminophen 1000 mg q8h prn", "Fitted for SI belt in office today",
                                                           "Still using SI belt and heat most days"],
                "Acetaminophen, heat and an SI belt started 04/29/2025 (OB note) and are still in use 01/13/2026 (PT) and on the "
                "01/06/2026 reconciled med list: ~8.5 months inside the window."),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust positive L, compression negative"],
                "Thigh thrust (P4) positive on the L in the PT eval (table), PT progress note and surgeon exam; compression is negative, "
                "but only one of the two needs to be positive."),
            "perc.two_provocative_tests": ("insufficient", [],
                "Only Patrick's/FABER is documented positive. Gaenslen's was 'Deferred' on the PT eval and 'not performed' on 01/13/2026; "
                "distraction is never documented. One positive and no documented negatives among the three: two positives are neither "
                "shown nor ruled out."),
            "perc.diagnostic_injections": ("met", ["about 85% relief at 1 hour with lidocaine",
                                                   "71% relief sustained at 3 hours with bupivacaine"],
                "Two L SIJ injections on separate dates (09/03/2025, 12/02/2025), both fluoroscopic with Omnipaque contrast "
                "arthrogram. 09/03: lidocaine, 7 -> 1 at 1 h (86%). 12/02: bupivacaine, 7 -> 2 at 3 h (71%). Both meet >= 50% for the "
                "anesthetic's expected duration. (These notes are faxed pages, standard resolution.)"),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"],
                "No generalized pain disorder or pain behavior documented; Waddell 0/5. Postpartum depression on sertraline is not a "
                "somatoform/generalized pain disorder."),
            "perc.sij_imaging": ("met", ["SI joints symmetric without sclerosis or erosion",
                                         "No MRI evidence of sacroiliitis or destructive lesion"],
                "Plain radiographs (XR pelvis AP 06/10/2025) and MRI pelvis/SIJ 07/08/2025 are both present; MRI reads no erosions, "
                "no marrow edema, no destructive lesion."),
            "perc.hip_imaging": ("met", ["No hip osteoarthritis", "Left hip: joint space preserved"],
                "XR left hip 2 views (ipsilateral, L-sided request) 06/10/2025: normal, no osteoarthritis."),
            "perc.lumbar_imaging": ("insufficient", [],
                "The only lumbar CT/MRI is an outside MRI 06/2025 that is mentioned but whose report 'is not available' and whose findings "
                "are never stated (cover sheet: report requested). The pelvic MRI states 'Lumbar spine not imaged on this exam'. "
                "Mentioned without findings = insufficient."),
            "perc.therapeutic_injections": ("insufficient", [],
                "Only one corticosteroid SIJ injection is documented (09/03/2025, triamcinolone, relief ~5 weeks then return). The "
                "12/02/2025 primary procedure note says 'No steroid given' (bupivacaine-only comparative block). The surgeon's "
                "'failed two SIJ steroid injections per referral letter' is a summary that cannot outweigh the procedure note. "
                "Fewer than 2 documented, none giving lasting relief -> insufficient."),
            "perc.excl.systemic_arthropathy": ("met", ["No inflammatory bowel disease, no psoriasis"],
                "No spondyloarthropathy, RA, AS or PsA documented as present; maternal aunt's lupus is family history; MRI shows no sacroiliitis."),
            "perc.excl.infection_tumor_fracture": ("met", ["no marrow replacing or destructive lesion", "No pelvic fracture or stress reaction"],
                "XR and MRI: no fracture, no destructive lesion; nothing documents infection."),
            "perc.excl.acute_instability": ("met", ["Pubic symphysis width 5 mm, normal alignment"],
                "Onset in pregnancy without trauma; no acute traumatic SIJ instability documented anywhere (met by silence; the normal "
                "symphysis/alignment on XR is supporting text)."),
            "perc.excl.neural_compression": ("met", ["Straight leg raise negative bilaterally"],
                "No MRI/CT documents neural compression (lumbar report absent, which does not make an exclusion insufficient); neuro exam "
                "normal and no other more likely pain source named."),
        },
    }
    return SimpleNamespace(**{k: v for k, v in locals().items() if k.isupper()})


def _packet_02():
    # b5k-02 -- folder of PDFs without packet.json, gold does_not_meet_criteria, percutaneous (CPT 27279)
    PT = "QUINTANILLA-ROSS, Maribel A."
    DOB = "09/03/1984"
    FT = f"Pt: {PT} | DOB: {DOB} | Acct 7781-0452"

    SURG_LH = ["Sandhills Orthopaedic Spine Center",
               "Helena V. Marchetti, MD  -  Spine & Pelvic Reconstruction  -  301 Longleaf Dr, Pinehurst NC 28374  -  T 910-555-0176 F 910-555-0177"]
    OB_LH = ["LONGLEAF WOMEN'S CARE", "General Gynecology / Obstetrics / Menopause  -  88 Pine Needle Ct, Southern Pines NC 28387  -  910-555-0130"]
    PT_LH = ["Bloom Pelvic Therapy & Wellness", "Jordan Ellsworth, PT, DPT, PRPC  |  1450 Midland Rd Ste B, Southern Pines NC 28387  |  910-555-0159"]
    SPM_LH = ["CAROLINA ACTIVE SPORTS MEDICINE", "Kwame D. Boateng, MD, CAQSM  -  Musculoskeletal Ultrasound & Interventions  -  Aberdeen NC  -  910-555-0148"]
    RAD_LH = ["MOORE REGIONAL IMAGING PARTNERS", "Diagnostic Radiology  |  Report generated from RIS - final"]

    FILES = []  # list of (filename, [docs])

    FILES.append(("01_cover_and_PA_request.pdf", [
        dict(kind="text", letterhead=SURG_LH, footer=None, blocks=[
            ("h", "FAX COVER"),
            ("kv", [("TO", "CareSource NC Marketplace - Prior Authorization"), ("FAX", "1-844-555-0107"),
                    ("FROM", "Tasha Whitfield, PA coordinator (Dr. Marchetti)"), ("DATE", "03/05/2026"),
                    ("# PAGES", "12 (incl. cover)"), ("RE", "Maribel Quintanilla-Ross  ID NCX7730215  -  R SIJ fusion")], 30),
            ("p", "Enclosed for review: request form, letter of medical necessity, consult 02/20/26, OB/GYN note, pelvic PT records, "
                  "injection procedure notes (two faxed from Carolina Active Sports Med), imaging."),
            ("sp", 6),
            ("p", "This transmission may contain PHI. If received in error please call 910-555-0176 and shred."),
        ]),
        dict(kind="text", letterhead=["CareSource North Carolina", "PRIOR AUTHORIZATION REQUEST FORM - Medical / Surgical Services"],
             footer="Submit with clinical documentation. Incomplete forms may delay review.", blocks=[
            ("table", [45, 125], [["Field", "Entry"],
                                  ["Member", "Maribel A. Quintanilla-Ross"],
                                  ["Member ID / DOB", "NCX7730215  /  09-03-1984"],
                                  ["Ordering provider", "Helena V. Marchetti, MD  NPI 1619082247"],
                                  ["Servicing facility", "FirstHealth Pinehurst Surgical Center"],
                                  ["Procedure code(s)", "27279"],
                                  ["Procedure description", "Right SI joint fusion, minimally invasive, 3 implants, fluoroscopic guidance"],
                                  ["Diagnosis", "M53.3 - R sacroiliac joint dysfunction; M25.551 - pain in right hip"],
                                  ["Anticipated DOS", "04/09/2026"],
                                  ["Date of request", "03/05/2026"],
                                  ["Type", "Standard (non-urgent)"]]),
            ("sig", "Helena Marchetti MD\nHelena V. Marchetti, MD  -  03/05/2026"),
        ]),
    ]))

    FILES.append(("02_gyn_visit.pdf", [
        dict(kind="text", letterhead=OB_LH, footer=FT, size=9.5, blocks=[
            ("h", "Office Visit - Annual Well Woman + Problem"),
            ("kv", [("Date:", "04/15/2025"), ("Clinician:", "Ruth Okonkwo-Palmer, MD"), ("Pt:", "Maribel A. Quintanilla-Ross, 40 yo G3P3003")], 26),
            ("h2", "CC"),
            ("p", "Annual exam; also 'my right hip/back of pelvis is killing me again'."),
            ("h2", "HPI"),
            ("p", "R posterior pelvic pain first started in her 3rd pregnancy (2021), flared after returning to full-time work at the "
                  "warehouse (picking, lots of stair climbing). She did a course of PT in early 2024 that helped for a while. "
                  "Takes OTC ibuprofen most days. Pain is in the R back of the pelvis near the dimple, sometimes wraps toward the R hip, "
                  "does not travel down the leg. No foot numbness. LMP 03/29/25, regular. Remote L5 radiculopathy 2019 after lifting injury - "
                  "resolved fully after one ESI, no leg symptoms since."),
            ("h2", "ROS / History"),
            ("p", "Denies fevers, weight loss, night sweats. Denies psoriasis, uveitis, IBD. Hx coccyx fracture 2012 (fall on ice), healed, "
                  "nontender now. FHx: father with ankylosing spondylitis; sister has fibromyalgia; mother DM2."),
            ("h2", "Exam"),
            ("p", "Breast exam normal. Pelvic: normal external genitalia, cervix w/o lesions, uterus normal size, adnexa nontender. "
                  "MSK: tender R PSIS; tender R greater trochanter. Pap/HPV co-test collected."),
            ("h2", "Assessment / Plan"),
            ("p", "1) Well woman - Pap/HPV sent, mammogram ordered. 2) Chronic R posterior pelvic girdle pain - likely SIJ; order XR pelvis "
                  "+ R hip, refer back to pelvic PT (Bloom), check HLA-B27/ESR/CRP given family hx. Continue ibuprofen 600 mg TID with food, "
                  "add SI belt. 3) Remote radiculopathy - no current sx."),
            ("p", "Addendum 04/18/2025: HLA-B27 negative. ESR 11, CRP 0.3 - normal."),
            ("sig", "R. Okonkwo-Palmer MD\nRuth Okonkwo-Palmer, MD   signed 04/18/2025"),
        ]),
    ]))

    FILES.append(("03_pelvic_PT.pdf", [
        dict(kind="text", letterhead=PT_LH, footer=FT, size=9.5, blocks=[
            ("h", "Physical Therapy Evaluation - Pelvic Girdle"),
            ("kv", [("DOS", "06/10/2025"), ("Referral", "Dr. R. Okonkwo-Palmer - R SIJ dysfunction"),
                    ("Prior PT", "02/2024-04/2024 at this clinic, 9 visits, d/c'd improved"), ("Insurance", "CareSource Marketplace - 30 visit/yr cap")], 28),
            ("h2", "Subjective"),
            ("p", "Pt reports R sided low back/buttock pain at the sacral dimple, constant ache w/ sharp catches going up stairs and turning "
                  "in bed. Non-radiating; stays at the R buttock. Works 10-hr shifts on feet. Using OTC ibuprofen daily and a new SI belt "
                  "from OB. Sleep disrupted 2-3x/night."),
            ("p", "Pain: NPRS 6/10 now, 8/10 at worst. PGQ 58%. ODI 40%."),
            ("h2", "Objective"),
            ("table", [60, 40, 70], [["Test", "R", "L"],
                                     ["Thigh thrust (P4)", "+ (familiar pain)", "-"],
                                     ["Compression", "+", "-"],
                                     ["Distraction", "-", "-"],
                                     ["ASLR (0-5)", "3", "0"],
                                     ["Palpation PSIS / sulcus", "3+ tender", "nontender"],
                                     ["Palpation greater trochanter", "3+ tender", "nontender"],
                                     ["Hip IR / ER", "full, ER end-range pain", "full"]]),
            ("p", "Gluteus medius 4-/5 R. SLR negative bilat. Lumbar paraspinals nontender. Pelvic floor screen: mild stress incontinence with "
                  "heavy lifting; internal exam declined today."),
            ("h2", "Assessment"),
            ("p", "R SIJ-related pelvic girdle pain with impaired load transfer; trochanteric region equally tender on palpation, "
                  "likely concurrent gluteal tendinopathy contributing."),
            ("h2", "Plan"),
            ("p", "2x/wk x 12 wks (24 visits): lumbopelvic stabilization, gluteal loading program, manual therapy, pelvic floor training, "
                  "belt education. Re-eval 09/02/2025."),
            ("sig", "J. Ellsworth PT\nJordan Ellsworth, PT, DPT, PRPC    06/10/2025"),
        ]),
        dict(kind="fax", letterhead=PT_LH, footer="Quintanilla-Ross, M.  09/03/1984", size=11,
             fax=dict(res="fine", banner="FROM: BLOOM PELVIC THERAPY   TO: SANDHILLS ORTHO SPINE F9105550177   02/24/2026 11:52   P. {p}/{n}",
                      seed=201, skew=0.9, start=1, total=1),
             blocks=[
            ("h", "DISCHARGE SUMMARY - Physical Therapy"),
            ("kv", [("Start of care:", "06/10/2025"), ("Discharge date:", "09/02/2025"), ("Visits:", "13 attended / 24 planned")], 330),
            ("p", "Reason for discharge: patient self-discharged. She missed 4 of the last 6 scheduled visits because of scheduling "
                  "conflicts with childcare and her work shift change; she declined to reschedule and asked to be discharged to a home program."),
            ("p", "Status at d/c: NPRS 4/10, PGQ 49%, ODI 34%. Thigh thrust still positive R. Gluteus medius 4/5 R. "
                  "Goals partially met (2 of 5)."),
            ("p", "HEP provided 09/02/2025 (printed): bridges, side-lying hip abduction, bird-dog, supported squat, breathing/PF "
                  "relaxation, 1x daily. No follow-up scheduled - pt will call if she wishes to return."),
            ("sig", "J. Ellsworth PT\nJordan Ellsworth, PT, DPT, PRPC    09/02/2025"),
        ]),
    ]))

    FAXB = "FROM: CAROLINA ACTIVE SPORTS MED 910 555 0149  TO: MARCHETTI MD  01/29/2026 15:07  P. {p}/{n}"
    FILES.append(("04_injections.pdf", [
        dict(kind="text", letterhead=SPM_LH, footer=FT, size=9.5, blocks=[
            ("h", "Procedure Note - Right Sacroiliac Joint Injection (fluoroscopic)"),
            ("kv", [("Date of procedure", "10/14/2025"), ("Operator", "Kwame D. Boateng, MD"), ("Location", "CASM procedure suite")], 42),
            ("p", "Pre-procedure: R SIJ pain 7/10. Informed consent obtained; universal protocol completed. Not pregnant (urine hCG neg)."),
            ("p", "Technique: Prone position, sterile prep. Under fluoroscopy the inferior aspect of the right SI joint was identified. "
                  "A 22 g 3.5-inch needle was advanced into the joint. Isovue-M 200, 0.75 mL, demonstrated intra-articular spread without "
                  "vascular runoff. Injectate: lidocaine 1% 1 mL + triamcinolone 40 mg/1 mL."),
            ("h2", "Post-procedure pain log"),
            ("table", [40, 30, 90], [["Interval", "NPRS", "Notes"],
                                     ["Baseline", "7", "provocation: stairs, sit-stand"],
                                     ["20 min", "1", "stairs x 2 flights, no pain"],
                                     ["1 h", "1", ""],
                                     ["2 h", "3", ""],
                                     ["6 h", "5", "lidocaine worn off"]]),
            ("p", "Assessment: >80% relief lasting beyond the duration of lidocaine - positive diagnostic block. Follow up 6 wks."),
            ("sig", "K. Boateng MD\nKwame D. Boateng, MD    10/14/2025"),
        ]),
        dict(kind="text", letterhead=SPM_LH, footer=FT, size=9.5, blocks=[
            ("h", "Procedure Note - R Greater Trochanteric Bursa Injection (US-guided)"),
            ("kv", [("Date", "11/18/2025"), ("Operator", "Kwame D. Boateng, MD")], 42),
            ("p", "Indication: R lateral hip tenderness, possible gluteus medius tendinopathy / trochanteric bursitis. Under ultrasound "
                  "the subgluteus maximus bursa was injected with 4 mL 1% lidocaine + 40 mg methylprednisolone. "
                  "Lateral hip tenderness improved 50% at 10 min. Patient notes her buttock/SIJ pain is unchanged after this injection."),
            ("p", "Interval note: the 10/14 SIJ injection helped for about 6 weeks; she says she was 'back to square one' by "
                  "Thanksgiving week."),
            ("sig", "K. Boateng MD\nKwame D. Boateng, MD    11/18/2025"),
        ]),
        dict(kind="fax", letterhead=SPM_LH, footer="M. Quintanilla-Ross  DOB 09/03/1984  MRN CASM-20931", size=11,
             fax=dict(res="fine", banner=FAXB, seed=202, skew=-0.6, start=2, total=3),
             blocks=[
            ("h", "PROCEDURE NOTE - R SIJ INJECTION, ULTRASOUND GUIDED"),
            ("kv", [("Date:", "01/08/2026"), ("Physician:", "Kwame D. Boateng, MD, CAQSM"), ("Dx:", "M53.3 R SIJ dysfunction")], 300),
            ("p", "HPI: Second R SIJ injection. After 10/14/25 fluoro injection ~6 weeks of relief, then recurrence. Pre-procedure pain "
                  "6/10 today. Pt prefers in-office procedure (fluoro suite wait-list 7 wks)."),
            ("p", "Procedure: Prone. Linear-curvilinear probe placed transversely at the level of S2 foramen and moved caudally to visualize "
                  "the inferior R SIJ cleft. Under real-time ultrasound guidance a 22 g spinal needle was advanced in-plane, lateral to "
                  "medial, into the joint cleft. No contrast was administered. Injected 0.5% bupivacaine 2 mL + "
                  "methylprednisolone 40 mg. Band-aid applied. No complications."),
            ("h2", "Pain diary (pt-completed, brought back 01/29/2026)"),
            ("table", [40, 30, 90], [["Time", "Score", "What I was doing"],
                                     ["Before", "6", "standing in exam room"],
                                     ["30 min", "2", "walking to car"],
                                     ["3 hrs", "2", "stairs at home"],
                                     ["6 hrs", "3", "cooking dinner"],
                                     ["next day", "4", ""],
                                     ["1 week", "3", ""],
                                     ["3 weeks", "6", "back to same"]]),
            ("p", "01/29/2026 phone f/u: ~67% relief at 3 hrs; steroid benefit faded by about 3 weeks, pain back to her usual. Will "
                  "forward records to Dr. Marchetti for surgical discussion."),
            ("sig", "K. Boateng MD\nKwame D. Boateng, MD    01/08/2026 (addendum 01/29/2026)"),
        ]),
    ]))

    FILES.append(("05_imaging_reports.pdf", [
        dict(kind="text", letterhead=RAD_LH, footer=FT, size=9, blocks=[
            ("h", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
            ("kv", [("Exam date", "04/22/2025"), ("Ordering", "Urgent care - L. Park, PA-C"), ("History", "low back pain x months")], 30),
            ("p", "FINDINGS: Five lumbar-type vertebrae. Alignment normal. Conus terminates at L1. L1-L2 through L3-L4: no disc herniation, "
                  "canal and foramina patent. L4-L5: mild facet arthropathy; no canal or foraminal stenosis. L5-S1: small central disc "
                  "protrusion abutting the ventral thecal sac without nerve root compression or impingement; foramina patent."),
            ("p", "IMPRESSION: Mild lower lumbar spondylosis. No spinal stenosis or nerve root compression."),
            ("sig", "P. Vandermeer MD\nPieter Vandermeer, MD  04/22/2025"),
            ("h", "XR PELVIS AP / XR HIP RIGHT 2 VIEWS"),
            ("kv", [("Exam date", "05/02/2025"), ("Ordering", "R. Okonkwo-Palmer, MD")], 30),
            ("p", "FINDINGS: Bones are normally mineralized. SI joints: mild bilateral subchondral sclerosis, no erosions or joint space "
                  "widening. Right hip: mild superolateral joint space narrowing with tiny marginal osteophyte; mild degenerative change. "
                  "Old healed coccygeal deformity. No acute fracture."),
            ("p", "IMPRESSION: Mild right hip osteoarthritis. Mild SI joint sclerosis, likely degenerative."),
            ("sig", "P. Vandermeer MD\nPieter Vandermeer, MD  05/02/2025"),
            ("h", "MRI PELVIS (SACROILIAC JOINT PROTOCOL) WITHOUT CONTRAST"),
            ("kv", [("Exam date", "07/30/2025"), ("Ordering", "R. Okonkwo-Palmer, MD")], 30),
            ("p", "FINDINGS: SI joints: no erosion, ankylosis or periarticular bone marrow edema; mild degenerative subchondral sclerosis "
                  "anteroinferiorly on the right. No destructive lesion, no fracture. Gluteal tendons: mild tendinosis of the right gluteus "
                  "medius insertion without tear; small trochanteric bursal fluid. Hips: no effusion. Uterus with small fundal fibroid 1.4 cm."),
            ("p", "IMPRESSION: 1. Mild right SI joint degenerative change without inflammatory sacroiliitis. 2. Mild right gluteus medius "
                  "tendinosis. 3. Small uterine fibroid."),
            ("sig", "A. Sethuraman MD\nAnand Sethuraman, MD  07/30/2025"),
        ]),
    ]))

    FILES.append(("06_consult_LMN_meds.pdf", [
        dict(kind="text", letterhead=SURG_LH, footer=FT, size=9.5, blocks=[
            ("h", "Spine Consultation"),
            ("kv", [("Date", "02/20/2026"), ("Patient", "Maribel A. Quintanilla-Ross, 41F"), ("Ref", "Kwame Boateng, MD")], 24),
            ("p", "HPI: 41 yo warehouse lead, G3P3, with R posterior pelvic pain since 2021 pregnancy, progressively worse over the past "
                  "year. Localizes to R SIJ with one finger. No pain below the knee, no numbness. R SIJ pain ranges 5-8/10 through the day, "
                  "5 on waking and 8/10 after a shift. Completed > 6 months of PT (2024 and 2025). HEP compliance inconsistent per patient. "
                  "Daily ibuprofen since 2024 and SI belt since 04/2025. Two SIJ injections (10/14/25 fluoro; 01/08/26 ultrasound) - "
                  "each with temporary relief of 3-6 weeks."),
            ("p", "PMH: HTN (lisinopril). Remote L5 radiculopathy 2019, resolved. Coccyx fx 2012 healed. No inflammatory arthritis. "
                  "FHx: father AS, sister fibromyalgia. SHx: nonsmoker, 2-3 drinks/wk."),
            ("p", "EXAM: BMI 31. Gait nonantalgic. Lumbar ROM full, no midline tenderness. Palpation: R sacral sulcus/PSIS tender; "
                  "R greater trochanter equally tender on palpation. FABER + R (posterior pelvic pain); Gaenslen + R; distraction negative; "
                  "thigh thrust + R. Neuro intact, SLR neg. Waddell's signs: 0/5."),
            ("p", "IMAGING: Lumbar MRI 04/2025 - small L5-S1 protrusion, no compression. Pelvis XR/MRI as reported - no sacroiliitis. "
                  "R hip XR mild OA."),
            ("p", "A/P: R SIJ dysfunction, failed extensive conservative care and two SIJ injections. Concurrent R lateral hip "
                  "(gluteal tendinopathy) tenderness noted - trochanteric injection 11/2025 did not change buttock pain. Recommend R "
                  "minimally invasive SIJ fusion, CPT 27279. Submit PA."),
            ("sig", "H. Marchetti MD\nHelena V. Marchetti, MD   02/20/2026"),
        ]),
        dict(kind="text", letterhead=SURG_LH, footer=FT, size=10, font="Times", blocks=[
            ("h", "Letter of Medical Necessity"),
            ("p", "March 3, 2026"),
            ("p", "To the CareSource Medical Director:"),
            ("p", "I am writing on behalf of my patient, Ms. Maribel Quintanilla-Ross, to request authorization for right minimally invasive "
                  "sacroiliac joint arthrodesis (CPT 27279). Ms. Quintanilla-Ross has lived with right SI joint pain for nearly five years. "
                  "She has completed well over six months of structured physical therapy, a home exercise program, daily anti-inflammatory "
                  "medication and SI belt bracing, and two image-guided, contrast-confirmed diagnostic SI joint injections, each giving "
                  "greater than 50% relief."),
            ("p", "Her examination reproduces pain with thigh thrust, FABER and Gaenslen testing. Imaging excludes inflammatory sacroiliitis, "
                  "neural compression and significant hip arthritis. She has no fibromyalgia or other generalized pain disorder. In my "
                  "opinion SI joint fusion is the appropriate next step and is medically necessary."),
            ("sig", "Helena Marchetti\nHelena V. Marchetti, MD, FAAOS"),
        ]),
        dict(kind="text", letterhead=SURG_LH, footer=FT, size=9.5, blocks=[
            ("h", "Medication Reconciliation - 02/20/2026"),
            ("table", [60, 50, 30, 30], [["Drug", "Directions", "Started", "Status"],
                                         ["Ibuprofen 200 mg (OTC)", "600 mg PO TID with food", "2024", "active"],
                                         ["Lisinopril 10 mg", "daily", "2022", "active"],
                                         ["Cyclobenzaprine 5 mg", "qHS prn spasm", "06/2025", "rarely uses"],
                                         ["SI belt", "on during shifts", "04/2025", "active"],
                                         ["Lidocaine 4% patch OTC", "12 h on / 12 h off prn", "2025", "active"]]),
            ("p", "NKDA."),
        ]),
    ]))

    LABELS = {
        "procedure": "percutaneous",
        "request_date": "2026-03-05",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["Non-radiating; stays at the R buttock", "No pain below the knee, no numbness"],
                "PT eval and consult place the pain at the R sacral dimple / buttock, localized with one finger to the R SIJ, "
                "non-radiating, nothing below the knee. The 2019 L5 radiculopathy is historical and resolved; 'wraps toward the R hip' "
                "is not radiation down the leg."),
            "perc.pain_severity": ("met", ["R SIJ pain ranges 5-8/10 through the day"],
                "Most recent SIJ score before 03/05/2026 is the 02/20/2026 consult: 5-8/10, read by its upper bound = 8 (>= 5). "
                "Older scores (PT d/c 4/10 on 09/02/2025; pre-injection 6/10 on 01/08/2026) are superseded; diary scores are post-injection."),
            "perc.sij_tenderness": ("not_met", ["R greater trochanter equally tender on palpation",
                                                "trochanteric region equally tender on palpation"],
                "The R PSIS/sulcus is tender, but the PT eval (table: PSIS 3+ and greater trochanter 3+) and the surgeon's exam document "
                "the R greater trochanter as similarly/equally tender. The policy requires absence of similar tenderness elsewhere."),
            "perc.active_conservative_therapy": ("not_met", ["Discharge date: 09/02/2025",
                                                             "missed 4 of the last 6 scheduled visits",
                                                             "No follow-up scheduled"],
                "Window 03/05/2025-03/05/2026. PT episode 06/10/2025-09/02/2025 (~2.8 months, faxed discharge summary). Self-discharge "
                "for childcare/work scheduling = inconvenience, not a qualifying inability. HEP issued 09/02 has no follow-up after "
                "completion and the consult records inconsistent compliance, so it does not count. 2024 PT is outside the window. "
                "The consult's/LMN's 'over six months of PT' is a summary the primary PT records contradict."),
            "perc.inactive_conservative_therapy": ("met", ["Continue ibuprofen 600 mg TID with food",
                                                           "Daily ibuprofen since 2024 and SI belt since 04/2025"],
                "Daily ibuprofen (since 2024, active 04/15/2025, 06/10/2025 and 02/20/2026) and an SI belt from 04/2025 onward: "
                "> 10 months inside the window."),
            "perc.thigh_thrust_or_compression": ("met", ["thigh thrust + R", "Thigh thrust still positive R"],
                "Thigh thrust positive R (PT eval table, PT d/c, consult); compression also positive R on the PT eval."),
            "perc.two_provocative_tests": ("met", ["FABER + R (posterior pelvic pain); Gaenslen + R"],
                "Consult exam 02/20/2026: FABER positive R and Gaenslen positive R (distraction negative). Two of three positive."),
            "perc.diagnostic_injections": ("not_met", ["No contrast was administered", "real-time ultrasound guidance"],
                "10/14/2025 fluoroscopic, contrast-confirmed, lidocaine: 7 -> 1 at 1 h - qualifies. 01/08/2026 ultrasound-guided "
                "injection: 'No contrast was administered' - fails the contrast-enhanced requirement (despite 67% relief). Only one "
                "qualifies and one documented injection fails. The LMN's 'two ... contrast-confirmed' injections is contradicted by the "
                "primary procedure note (faxed page). The 11/18/2025 trochanteric bursa injection is not an SIJ injection."),
            "perc.generalized_pain_excluded": ("met", ["Waddell's signs: 0/5"],
                "Waddell 0/5; fibromyalgia appears only as the sister's family history. Nothing documents a generalized pain disorder in the patient."),
            "perc.sij_imaging": ("met", ["without inflammatory sacroiliitis", "No destructive lesion, no fracture"],
                "XR pelvis AP 05/02/2025 plus MRI pelvis SIJ protocol 07/30/2025: degenerative sclerosis only, no erosion/edema, "
                "no destructive lesion."),
            "perc.hip_imaging": ("met", ["Mild right hip osteoarthritis"],
                "XR right (ipsilateral) hip 2 views 05/02/2025: mild OA only - not more than mild."),
            "perc.lumbar_imaging": ("met", ["No spinal stenosis or nerve root compression",
                                            "without nerve root compression or impingement"],
                "MRI lumbar spine 04/22/2025 report present; L5-S1 protrusion abuts the thecal sac without nerve root compression; no stenosis."),
            "perc.therapeutic_injections": ("met", ["steroid benefit faded by about 3 weeks",
                                                    "helped for about 6 weeks", "back to square one"],
                "Two intra-articular SIJ corticosteroid injections on separate dates (10/14/2025 triamcinolone; 01/08/2026 "
                "methylprednisolone, needle into the joint cleft), each followed by return of pain (about 6 weeks and about 3 weeks). "
                "Contrast is not part of this criterion."),
            "perc.excl.systemic_arthropathy": ("met", ["Addendum 04/18/2025: HLA-B27 negative", "No inflammatory arthritis"],
                "Father's AS is family history; patient HLA-B27 negative, ESR/CRP normal, denies psoriasis/IBD/uveitis, MRI no sacroiliitis."),
            "perc.excl.infection_tumor_fracture": ("met", ["No acute fracture", "No destructive lesion, no fracture"],
                "2012 coccyx fracture is historical and healed; imaging shows no fracture, tumor or infection. Uterine fibroid is not sacral/SIJ."),
            "perc.excl.acute_instability": ("met", ["no erosions or joint space widening"],
                "Insidious pregnancy-related onset; no acute traumatic SIJ instability documented (met by silence)."),
            "perc.excl.neural_compression": ("met", ["No spinal stenosis or nerve root compression"],
                "Lumbar MRI shows no compression; the remote radiculopathy is resolved; the surgeon notes the trochanteric injection did "
                "not change the buttock pain and names no other more likely source."),
        },
    }
    return SimpleNamespace(**{k: v for k, v in locals().items() if k.isupper()})


def _packet_03():
    # b5k-03 -- folder of PDFs WITH packet.json, gold meets_criteria, percutaneous (CPT 27279)
    PT = "WHITCOMBE, Danielle R."
    DOB = "03/14/1991"
    FT = f"WHITCOMBE, DANIELLE R  |  DOB 03/14/1991  |  MRN W00731155"

    SURG_LH = ["BLUE RIDGE PELVIC & SPINE SURGERY", "Tobias N. Achterberg, MD - Orthopaedic Surgery  *  40 Weaverville Rd, Asheville NC 28804  *  828-555-0191 / fax 828-555-0192"]
    OB_LH = ["Mountain Laurel OB/GYN & Midwives", "Asheville  *  Hendersonville   |   828-555-0115"]
    PT_LH = ["Summit Pelvic Rehab", "Women's Health & Orthopedic PT  |  Margo Fitzhugh, PT, DPT, CLT  |  12 Haywood St, Asheville NC 28801  |  828-555-0167"]
    SPM_LH = ["FRENCH BROAD SPORTS MEDICINE", "Interventional Sports & Spine  -  Ines Carvalho-Brandt, MD  -  828-555-0144"]
    RAD_LH = ["HIGHLAND IMAGING CENTER", "MRI * CT * X-RAY * US  --  Asheville NC  --  828-555-0110"]

    FAX_INJ = "FROM: FRENCH BROAD SPORTS MED 8285550145  TO: BLUE RIDGE PELVIC SPINE  {d}  P. {{p}}/{{n}}"
    FAX_RAD = "FROM: HIGHLAND IMAGING RIS 8285550111   TO: 8285550192   {d}   P. {{p}}/{{n}}"
    FAX_PT = "FROM: SUMMIT PELVIC REHAB 8285550168  TO: BLUE RIDGE PELVIC & SPINE  {d}  P. {{p}}/{{n}}"

    PACKET_JSON = {"request_date": "2026-02-10", "procedure_codes": ["27279"], "member_id": "NCM6109473", "policy": "MP-MM-1366"}

    FILES = []
    FILES.append(("00_fax_cover_and_request.pdf", [
        dict(kind="text", letterhead=SURG_LH, footer=None, blocks=[
            ("h", "fax"),
            ("kv", [("to:", "CareSource NC - Prior Authorization Dept."), ("fax:", "(844) 555-0107"),
                    ("from:", "Bethany Crowe, surgery scheduler"), ("date:", "02/10/2026"), ("pages:", "13"),
                    ("re:", "D. Whitcombe / NCM6109473 / L SIJ fusion 27279")], 22),
            ("p", "Hi - clinicals for the Whitcombe request attached. Injection notes and part of the PT chart came to us by fax so some pages "
                  "are a little grainy. Call me w/ any Qs. Thanks!  -B"),
            ("sp", 8),
            ("p", "PRIVILEGED & CONFIDENTIAL. Intended only for the named recipient. If received in error, call (828) 555-0191."),
        ]),
        dict(kind="text", letterhead=["CareSource", "North Carolina Marketplace - Prior Authorization Request (Outpatient)"],
             footer="CareSource NC PA-OP 2025", blocks=[
            ("kv", [("Member:", "Danielle R. Whitcombe"), ("Member #:", "NCM6109473"), ("DOB:", "03/14/1991"),
                    ("Provider:", "Tobias N. Achterberg, MD (NPI 1427731598)"), ("Facility:", "Mission Ambulatory Surgery, Asheville"),
                    ("CPT:", "27279  x1  (L)"), ("Description:", "L sacroiliac joint fusion, percutaneous, image-guided, transfixing device"),
                    ("ICD-10:", "M53.3; O90.89 (postpartum pelvic girdle pain, persistent)"), ("Planned DOS:", "03/19/2026"),
                    ("Request date:", "02/10/2026")], 34),
            ("box", ["[ ] Urgent   [X] Routine", "Approach: [ ] Open  [X] Minimally invasive/percutaneous"]),
            ("sig", "T. Achterberg\nTobias N. Achterberg, MD   02/10/2026"),
        ]),
    ]))

    FILES.append(("01_OB_notes.pdf", [
        dict(kind="text", letterhead=OB_LH, footer=FT, size=9.5, blocks=[
            ("h", "OB/GYN Problem Visit"),
            ("kv", [("Visit date", "02/24/2025"), ("Provider", "Hannah Gilchrist, CNM / co-signed Priyanka Rao, MD"),
                    ("Pt", "Danielle Whitcombe 33yo G2P2002, 3 mo postpartum (SVD 11/20/2024)")], 30),
            ("p", "S: Persistent L low back/buttock pain since delivery. Pain sits right over the L 'back dimple', below the waistband, "
                  "feels 'stuck' with stairs and turning over. Had some sciatica-type pain down L leg in 3rd trimester which went away "
                  "after delivery - no leg pain now. No incontinence. Breastfeeding stopped at 10 wks. Tylenol not touching it."),
            ("p", "O: L PSIS tender. Symphysis nontender. ASLR positive L. Neuro grossly intact, SLR neg."),
            ("p", "A/P: Postpartum pelvic girdle pain, L SIJ pattern. - Naproxen 500 mg BID with food #60 RF3 (not breastfeeding). "
                  "- Heat/ice prn. - Pelvic PT referral, Summit Pelvic Rehab. - Recheck 3 mo; consider sports med if not improving."),
            ("sig", "H. Gilchrist CNM\nHannah Gilchrist, CNM  02/24/2025  |  co-signed P. Rao, MD 02/25/2025"),
        ]),
    ]))

    FILES.append(("02_pelvic_PT_chart.pdf", [
        dict(kind="text", letterhead=PT_LH, footer=FT, size=9.5, blocks=[
            ("h", "Initial Evaluation - Pelvic Girdle / Postpartum"),
            ("kv", [("Eval date:", "03/04/2025"), ("Dx:", "M53.3, O90.89"), ("Referring:", "H. Gilchrist CNM / P. Rao MD"),
                    ("POC:", "2x/wk x 8 wk then 1x/wk x 8 wk")], 28),
            ("p", "Hx: 33 yo F, 15 wks postpartum. Onset L posterior pelvic pain ~34 wks gestation. Pain localized at the L SIJ, just below "
                  "the L5 level, does not radiate into the thigh or leg. Intermittent sciatic-type L leg pain in late pregnancy - "
                  "resolved, none since delivery. Works as 3rd-grade teacher; standing all day aggravates."),
            ("p", "Outcome measures: NPRS 7/10 current. ODI 46%. PGQ 55%. ASLR L 3, R 1 (0-5)."),
            ("table", [60, 50, 60], [["Provocation / special test", "Left", "Right"],
                                     ["Thigh thrust (P4)", "Positive", "Negative"],
                                     ["Distraction", "Negative", "Negative"],
                                     ["Compression", "Positive", "Negative"],
                                     ["Gaenslen", "Positive", "Negative"],
                                     ["FABER (Patrick)", "Positive - post. pelvis", "Negative"],
                                     ["Sacral thrust", "Negative", "-"]]),
            ("p", "Palpation: L long dorsal SI ligament / sacral sulcus tender (reproduces). No tenderness over the greater trochanters, lumbar "
                  "spinous processes/paraspinals or coccyx. Pelvic floor: L obturator internus trigger point, PFM strength 3/5."),
            ("p", "Assessment: L SIJ-dominant pelvic girdle pain w/ motor control deficit, postpartum. Plan: load transfer, TrA/PFM "
                  "coordination, glute strengthening, manual Tx. TENS trial discussed (did not pursue)."),
            ("sig", "M. Fitzhugh, DPT\nMargo Fitzhugh, PT, DPT, CLT  03/04/2025"),
        ]),
        dict(kind="fax", letterhead=PT_LH, footer="Whitcombe, D.  03/14/1991", size=11,
             fax=dict(res="fine", banner=FAX_PT.format(d="02/03/2026 10:41"), seed=301, skew=1.2, start=3, total=4),
             blocks=[
            ("h", "Progress Re-Evaluation + HEP Prescription"),
            ("kv", [("Date:", "06/24/2025"), ("Visits to date:", "21 (03/04/25 - 06/24/25)")], 330),
            ("p", "ODI 38%, PGQ 47%, NPRS 6/10. ASLR L 2. Pt reports some gains with walking tolerance but stairs and lifting "
                  "the toddler still provoke L SIJ pain. Transition to supervised home program for the summer break."),
            ("table", [70, 40, 50], [["HEP (6 weeks, start 06/24/2025)", "Dose", "Freq"],
                                     ["Dead bug w/ PF exhale", "3x10", "daily"],
                                     ["Side plank, knees", "3x20 s", "daily"],
                                     ["Single-leg bridge", "3x8 each", "5x/wk"],
                                     ["Banded lateral walk", "3 laps", "5x/wk"],
                                     ["Step-ups 8 in", "3x10", "3x/wk"]]),
            ("p", "HEP follow-up appointment booked 08/12/2025 to review log and progress."),
            ("sig", "M. Fitzhugh DPT\nMargo Fitzhugh, PT, DPT   06/24/2025"),
        ]),
        dict(kind="text", letterhead=PT_LH, footer=FT, size=9.5, blocks=[
            ("h", "HEP Follow-up Visit"),
            ("kv", [("Date:", "08/12/2025")], 28),
            ("p", "Pt brought HEP log: completed the full 6-week program, 6-7 days/week, all exercises tolerated. Function better but "
                  "L SIJ pain persists 6/10 with prolonged standing in classroom prep. Discussed referral to sports med for diagnostic "
                  "injection. Will resume formal PT in Sept when school schedule known."),
            ("sig", "M. Fitzhugh DPT\nMargo Fitzhugh, PT, DPT   08/12/2025"),
            ("h", "Re-Evaluation - New Episode"),
            ("kv", [("Date:", "09/08/2025"), ("POC:", "1x/wk x 16 wks")], 28),
            ("p", "Resuming PT after first SIJ injection 07/17 (Dr. Carvalho-Brandt) - relief lasted ~3 wks. NPRS 7/10. "
                  "Thigh thrust positive L; FABER positive L; Gaenslen positive L. Focus: heavy-slow gluteal loading, lifting mechanics."),
            ("sig", "M. Fitzhugh DPT\nMargo Fitzhugh, PT, DPT   09/08/2025"),
            ("pb",),
            ("h", "Discharge Summary"),
            ("kv", [("Date:", "01/15/2026"), ("Episode:", "09/08/2025 - 01/15/2026, 17 visits"), ("Total PT 2025:", "38 visits + 6-wk HEP")], 28),
            ("table", [55, 28, 28, 28, 30], [["Measure", "03/04/25", "06/24/25", "09/08/25", "01/15/26"],
                                             ["ODI %", "46", "38", "42", "40"],
                                             ["PGQ %", "55", "47", "50", "48"],
                                             ["NPRS (0-10)", "7", "6", "7", "6"],
                                             ["ASLR L (0-5)", "3", "2", "2", "2"]]),
            ("p", "Pt attended all scheduled sessions and adhered to home program. Despite ~10 months of active rehab, L SIJ pain "
                  "has plateaued and limits work and childcare. Discharged from PT; recommend surgical consultation. Continues naproxen and SI belt."),
            ("sig", "M. Fitzhugh DPT\nMargo Fitzhugh, PT, DPT, CLT   01/15/2026"),
        ]),
    ]))

    FILES.append(("03_SI_belt_trial.pdf", [
        dict(kind="text", letterhead=PT_LH, footer=FT, size=9.5, blocks=[
            ("h", "Orthotic / DME Note - Sacroiliac Belt Trial"),
            ("kv", [("Date:", "04/08/2025"), ("Device:", "Com-Fit SI belt, size S/M (L0621)")], 28),
            ("p", "SI belt fitted at level of ASIS / greater trochanters. Trial in clinic: ASLR L improved from 3 to 1 with belt; "
                  "single-leg stance pain 7 -> 4. Instructed: wear during standing/walking and at work, remove for sleep, up to 8 h/day. "
                  "Pt also using naproxen BID and heat pack evenings."),
            ("p", "Follow-up 05/20/2025: wearing belt daily at school. Good skin tolerance. Continue."),
            ("sig", "M. Fitzhugh DPT\nMargo Fitzhugh, PT, DPT   04/08/2025 / 05/20/2025"),
        ]),
    ]))

    FILES.append(("04_SIJ_injections_faxed.pdf", [
        dict(kind="fax", letterhead=SPM_LH, footer="Whitcombe, Danielle  03/14/1991  FBSM#44018", size=12,
             fax=dict(res="standard", banner=FAX_INJ.format(d="01/27/2026 16:02"), seed=311, skew=-0.5, start=1, total=4),
             blocks=[
            ("h", "LEFT SI JOINT INJECTION - FLUOROSCOPIC, WITH ARTHROGRAM"),
            ("kv", [("DOS:", "07/17/2025"), ("Physician:", "Ines Carvalho-Brandt, MD")], 280),
            ("p", "Pre-procedure L SIJ pain 7/10. Urine hCG negative. Consent, timeout."),
            ("p", "Prone, sterile. Fluoroscopy: contralateral oblique to open the inferior L SIJ. 22 g spinal needle into the joint. "
                  "Omnipaque 300, 0.5 mL: intra-articular arthrogram, no vascular pattern. Injected 2% lidocaine 1 mL "
                  "and triamcinolone 40 mg."),
            ("table", [40, 30, 70], [["Post-inj.", "NPRS", "Provocation"],
                                     ["15 min", "1", "thigh thrust neg"],
                                     ["1 h", "2", "stairs"],
                                     ["2 h", "3", ""],
                                     ["day 3", "2", "steroid onset?"]]),
            ("p", "1-hour pain 2/10 from 7/10 = 71% relief with lidocaine; positive diagnostic block."),
            ("sig", "I. Carvalho-Brandt MD\nInes Carvalho-Brandt, MD   07/17/2025"),
        ]),
        dict(kind="fax", letterhead=SPM_LH, footer="Whitcombe, Danielle  03/14/1991  FBSM#44018", size=11,
             fax=dict(res="fine", banner=FAX_INJ.format(d="01/27/2026 16:04"), seed=312, skew=0.4, start=3, total=4),
             blocks=[
            ("h", "Procedure: Left SIJ Injection #2 (fluoroscopic, contrast)"),
            ("kv", [("DOS:", "10/30/2025"), ("Physician:", "Ines Carvalho-Brandt, MD")], 280),
            ("p", "Interval: After 07/17 injection ~3 weeks of relief, then pain returned to baseline by 3 weeks (08/2025). "
                  "Pre-procedure pain 8/10 today."),
            ("p", "Technique: Prone, chlorhexidine prep. Fluoroscopic guidance, needle into inferior L SIJ. Isovue-M 200 0.5 mL: "
                  "capsular arthrogram confirmed. Injected 0.5% bupivacaine 1.5 mL + dexamethasone 10 mg. No complications."),
            ("h2", "Pain diary"),
            ("table", [40, 30, 70], [["Time", "NPRS", "Notes"],
                                     ["Pre", "8", ""],
                                     ["1 h", "1", ""],
                                     ["3 h", "2", "walked dog 20 min"],
                                     ["6 h", "3", ""],
                                     ["1 wk", "2", ""],
                                     ["5 wk", "7", "pain back"]]),
            ("p", "Relief 75% at 3 h with bupivacaine - concordant second block. Addendum 12/09/2025: steroid effect lasted ~5 weeks, "
                  "pain has returned to 7/10. Referred to Dr. Achterberg for SIJ fusion evaluation."),
            ("sig", "I. Carvalho-Brandt MD\nInes Carvalho-Brandt, MD   10/30/2025 / add. 12/09/2025"),
        ]),
    ]))

    FILES.append(("05_imaging.pdf", [
        dict(kind="text", letterhead=RAD_LH, footer=FT, size=9, blocks=[
            ("h", "XR PELVIS AP + XR LEFT HIP AP/FROG-LATERAL"),
            ("kv", [("Date of exam:", "04/29/2025"), ("Ordered by:", "Priyanka Rao, MD"), ("Clinical:", "L posterior pelvic pain, postpartum")], 32),
            ("p", "FINDINGS: Mild sclerosis along the iliac side of the lower L SI joint; joint margins are well defined without erosion. "
                  "Pubic symphysis normal. Left hip joint space well maintained; no osteophytes; no acetabular dysplasia. No fracture."),
            ("p", "IMPRESSION: 1. Iliac-sided sclerosis at the L SI joint, may reflect osteitis condensans ilii; MRI could further evaluate. "
                  "2. Normal left hip, no osteoarthritis."),
            ("sig", "R. Okafor MD\nReading radiologist: Rachel Okafor, MD  04/29/2025"),
        ]),
        dict(kind="fax", letterhead=RAD_LH, footer="WHITCOMBE, DANIELLE R  DOB 03/14/1991  ACC HIC-558710", size=12,
             fax=dict(res="standard", banner=FAX_RAD.format(d="02/02/2026 08:37"), seed=321, skew=0.8, start=1, total=2),
             blocks=[
            ("h", "MRI PELVIS (SI JOINTS / HIPS) AND MRI LUMBAR SPINE WITHOUT CONTRAST"),
            ("kv", [("Exam date:", "05/19/2025"), ("Ordered by:", "Priyanka Rao, MD"), ("Comparison:", "XR pelvis 04/29/2025")], 290),
            ("p", "SACROILIAC JOINTS: Triangular subchondral sclerosis of the anterior-inferior left ilium, compatible with osteitis "
                  "condensans ilii. No erosions. No periarticular bone marrow edema, no fat metaplasia or ankylosis."),
            ("p", "HIPS: No effusion. Articular cartilage preserved. No labral tear evident. Gluteal tendons intact."),
            ("p", "LUMBAR SPINE: Normal alignment. L4-5: mild disc bulge without canal or foraminal stenosis. L5-S1: normal. "
                  "No nerve root impingement at any level. Conus normal."),
            ("p", "OSSEOUS: No fracture. No marrow replacing or destructive lesion."),
            ("h2", "IMPRESSION:"),
            ("p", "1. Osteitis condensans ilii on the left. No findings of inflammatory sacroiliitis."),
            ("p", "2. Normal hips. 3. Mild L4-5 disc bulge; no neural compression."),
            ("sig", "R. Okafor MD\nRachel Okafor, MD  05/19/2025 17:12"),
        ]),
    ]))

    FILES.append(("06_surgical_consult.pdf", [
        dict(kind="text", letterhead=SURG_LH, footer=FT, size=9.5, blocks=[
            ("h", "Orthopaedic Surgery Consultation"),
            ("kv", [("DOS:", "01/22/2026"), ("Patient:", "Danielle R. Whitcombe, 34 y/o F"), ("Referral:", "I. Carvalho-Brandt, MD")], 24),
            ("p", "HPI: 34 yo teacher, G2P2, 14 mo postpartum with L SIJ pain since late 2nd pregnancy. Points to L PSIS. Pain does not "
                  "radiate; no leg pain, numbness or weakness. L SIJ pain 7/10 today. PT 03/2025-01/2026 including 6-wk HEP; naproxen BID "
                  "since 02/2025, SI belt since 04/2025, heat. Two fluoroscopic contrast-confirmed L SIJ injections with 71% and 75% "
                  "anesthetic-phase relief; steroid effect 3 and 5 weeks, then return of pain."),
            ("p", "PMH: none significant. No personal history of inflammatory arthritis, psoriasis or IBD. Mother - rheumatoid arthritis. "
                  "No fall or trauma. Meds: naproxen 500 mg BID, OCP. NKDA. Nonsmoker."),
            ("p", "EXAM: Ambulates independently. Lumbar: nontender midline/paraspinal, full ROM. Hips: full painless ROM, greater "
                  "trochanters nontender. Coccyx nontender. L SIJ: focal tenderness over the L posterior SIJ/sacral sulcus. "
                  "Thigh thrust + L, compression + L, Gaenslen + L, FABER + L (buttock), distraction neg. Neuro: 5/5, SILT, "
                  "DTR 2+ sym, SLR neg. Waddell signs 0/5; no widespread pain."),
            ("p", "IMAGING (reviewed): XR pelvis/L hip 04/29/25 and MRI pelvis + L-spine 05/19/25 as reported - OCI L, no sacroiliitis, "
                  "normal hip, no neural compression."),
            ("p", "ASSESSMENT: Chronic L SIJ dysfunction, postpartum, failed > 6 mo active and passive conservative care, two concordant "
                  "diagnostic blocks and two failed therapeutic steroid injections. Osteitis condensans ilii is non-inflammatory; "
                  "no spondyloarthropathy."),
            ("p", "PLAN: L percutaneous SIJ fusion (CPT 27279), 3 triangular implants, lateral transiliac approach. Risks discussed; "
                  "pt wishes to proceed. PA submitted."),
            ("sig", "T. N. Achterberg MD\nTobias N. Achterberg, MD   01/22/2026"),
        ]),
    ]))

    LABELS = {
        "procedure": "percutaneous",
        "request_date": "2026-02-10",
        "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["does not radiate into the thigh or leg", "Pain does not radiate; no leg pain"],
                "PT eval: pain at the L SIJ just below L5, not radiating into thigh or leg; consult: pain does not radiate. The sciatic-type "
                "leg pain of late pregnancy is documented as resolved (historical)."),
            "perc.pain_severity": ("met", ["L SIJ pain 7/10 today"],
                "Most recent score before 02/10/2026 is the consult of 01/22/2026: 7/10 (PT d/c 01/15/2026 was 6/10, older). Diary "
                "scores are post-injection."),
            "perc.sij_tenderness": ("met", ["focal tenderness over the L posterior SIJ/sacral sulcus",
                                            "greater trochanters nontender. Coccyx nontender"],
                "Consult and PT eval: L posterior SIJ/sacral sulcus tender; greater trochanters, lumbar spine and coccyx documented non-tender."),
            "perc.active_conservative_therapy": ("met", ["Visits to date: 21 (03/04/25 - 06/24/25)",
                                                         "completed the full 6-week program",
                                                         "Episode: 09/08/2025 - 01/15/2026, 17 visits"],
                "Window 02/10/2025-02/10/2026. PT 03/04-06/24/2025, prescribed 6-week HEP 06/24 with documented follow-up after completion "
                "08/12/2025, PT 09/08/2025-01/15/2026. Union ~03/04/2025-08/12/2025 + 09/08/2025-01/15/2026 = ~9.5 months "
                "(PT alone ~7.9 months)."),
            "perc.inactive_conservative_therapy": ("met", ["Naproxen 500 mg BID with food", "wearing belt daily at school",
                                                           "Continues naproxen and SI belt"],
                "Naproxen from 02/24/2025 and SI belt from 04/08/2025, both still in use 01/15-01/22/2026: ~11 months. TENS was only "
                "discussed (not pursued) and is not needed."),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust + L, compression + L"],
                "Thigh thrust and compression positive on the L (consult; PT eval table)."),
            "perc.two_provocative_tests": ("met", ["Gaenslen + L, FABER + L (buttock), distraction neg"],
                "Gaenslen and FABER positive L (consult, PT eval, PT re-eval); distraction negative. Two of three positive."),
            "perc.diagnostic_injections": ("met", ["71% relief with lidocaine", "Relief 75% at 3 h with bupivacaine"],
                "07/17/2025 and 10/30/2025, both fluoroscopic with contrast arthrogram (faxed pages, standard and fine). Lidocaine: "
                "7 -> 2 at 1 h (71%); bupivacaine: 8 -> 2 at 3 h (75%)."),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5; no widespread pain"],
                "Waddell 0/5, no widespread pain; no generalized pain disorder documented."),
            "perc.sij_imaging": ("met", ["No findings of inflammatory sacroiliitis", "No marrow replacing or destructive lesion"],
                "XR pelvis 04/29/2025 plus MRI pelvis 05/19/2025 (faxed, standard). Osteitis condensans ilii is a non-inflammatory "
                "sclerosis; the MRI shows no erosions, no marrow edema, no destructive lesion."),
            "perc.hip_imaging": ("met", ["Normal left hip, no osteoarthritis"],
                "XR left (ipsilateral) hip AP/frog-lateral 04/29/2025: no osteoarthritis."),
            "perc.lumbar_imaging": ("met", ["No nerve root impingement at any level", "no neural compression"],
                "MRI lumbar spine 05/19/2025 (in the combined faxed report): mild L4-5 bulge without stenosis, no impingement."),
            "perc.therapeutic_injections": ("met", ["pain returned to baseline by 3 weeks", "steroid effect lasted ~5 weeks"],
                "Two intra-articular SIJ injections with corticosteroid (triamcinolone 07/17/2025, dexamethasone 10/30/2025), each "
                "followed by return of pain (3 weeks, 5 weeks)."),
            "perc.excl.systemic_arthropathy": ("met", ["No personal history of inflammatory arthritis"],
                "Mother's RA is family history; the patient has no spondyloarthropathy; OCI is explicitly non-inflammatory."),
            "perc.excl.infection_tumor_fracture": ("met", ["No marrow replacing or destructive lesion"],
                "Imaging: no fracture, no destructive lesion; no infection documented."),
            "perc.excl.acute_instability": ("met", ["No fall or trauma"],
                "Pregnancy-related onset, no trauma; no acute traumatic SIJ instability documented."),
            "perc.excl.neural_compression": ("met", ["no neural compression"],
                "Lumbar MRI shows no neural compression; prior pregnancy sciatica resolved; no other more likely source named."),
        },
    }
    return SimpleNamespace(**{k: v for k, v in locals().items() if k.isupper()})


content_01, content_02, content_03 = _packet_01(), _packet_02(), _packet_03()


def build_file(docs, path):
    """Render docs into one PDF; return list of page records (kind, fax_res, fax_text)."""
    w = PdfWriter()
    recs = []
    for d in docs:
        if d["kind"] == "text":
            r = PdfReader(io.BytesIO(render_text_doc(d)))
            for p in r.pages:
                w.add_page(p)
                recs.append({"kind": "text"})
        else:
            pdfs, texts = render_fax_doc(d)
            for pb, t in zip(pdfs, texts):
                w.add_page(PdfReader(io.BytesIO(pb)).pages[0])
                recs.append({"kind": "fax", "res": d["fax"]["res"], "text": t, "skew": d["fax"]["skew"]})
    w.add_metadata({"/Producer": "b5k generator", "/CreationDate": "D:20260210120000Z", "/ModDate": "D:20260210120000Z"})
    with open(path, "wb") as f:
        w.write(f)
    # read back text pages
    with pdfplumber.open(path) as pdf:
        for rec, page in zip(recs, pdf.pages):
            rec["size"] = (round(float(page.width)), round(float(page.height)))
            if rec["kind"] == "text":
                rec["text"] = page.extract_text() or ""
            else:
                rec["layer_text"] = page.extract_text() or ""
                rec["nchars"] = len(page.chars)
    rd = PdfReader(path)
    for rec, p in zip(recs, rd.pages):
        if rec["kind"] == "fax":
            xo = p["/Resources"]["/XObject"]
            filt = [str(xo[k].get_object().get("/Filter")) for k in xo]
            rec["filters"] = filt
            rec["has_font"] = "/Font" in p["/Resources"]
    return recs


def labels_json(L):
    out = {"procedure": L["procedure"], "request_date": L["request_date"], "determination": L["determination"], "criteria": {}}
    for cid in PERC_IDS:
        st, ev, _why = L["criteria"][cid]
        out["criteria"][cid] = {"status": st, "evidence": ev}
    return out


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


LOOKS = {
    "b5k-01": "Postpartum pelvic girdle pain, L; OB postpartum note, pelvic-floor PT eval/discharge/HEP/progress, faxed fluoro SIJ blocks w/ diaries, combined XR+MRI pelvis report, spine consult, med list",
    "b5k-02": "Multiparous warehouse worker, R; GYN annual visit, pelvic PT eval + faxed self-discharge summary, fluoro + faxed US-guided SIJ injections, GT bursa injection, lumbar MRI/XR/MRI pelvis, consult, LMN, med rec",
    "b5k-03": "Postpartum teacher, L; CNM/OB note, pelvic PT chart (one faxed re-eval/HEP page), SI-belt trial, faxed SIJ injections, XR + faxed combined MRI pelvis/hips/L-spine, surgical consult",
}


def write_readme(packets_summary, labels_by_id):
    L = []
    L.append("# Blind evaluation packets - writer K, set v5 (prefix b5k)\n")
    L.append("World: women's health / pelvic-girdle pain (OB-GYN and postpartum notes, pelvic-floor PT with ODI/PGQ/ASLR, SI-belt trial, "
             "sports-medicine SIJ injections, pelvic MRI reports covering SIJs, hips and lumbar spine). All patients, clinics, NPIs and "
             "phone numbers are invented. Regenerate with `.venv/bin/python make_packets.py` (deterministic; prints the self-check).\n")
    L.append("| id | look | form | files / pages | faxed pages + resolution | procedure + CPT | gold determination |")
    L.append("|---|---|---|---|---|---|---|")
    for pid, form, files, npages, fax, det, nsnip, sha in packets_summary:
        ff = "; ".join(f"{fn} ({n}p)" for fn, n in files)
        fx = ", ".join(f"{v} @ {k}" for k, v in fax.items())
        L.append(f"| {pid} | {LOOKS[pid]} | {form} | {len(files)} file(s), {npages} pages: {ff} | {fx} (CCITT G4, 1-bit, skewed, no text layer) | percutaneous, CPT 27279 | {det} |")
    L.append("")
    L.append("Faxed pages are rasterized at 204x196 dpi (fine) or 204x98 dpi (standard, non-square pixels), 11-12 pt text, 0.4-1.2 deg skew, "
             "specks and scan-line dropouts, with a transmission banner. Their evidence snippets were checked against the text that was rasterized.\n")
    for pid, *_ in packets_summary:
        lab = labels_by_id[pid]
        L.append(f"## {pid} - gold {lab['determination']} (request date {lab['request_date']})\n")
        for cid in PERC_IDS:
            st, ev, why = lab["criteria"][cid]
            evs = "; ".join(f'"{e}"' for e in ev) if ev else "(none)"
            L.append(f"- **{cid}: {st}.** {why} Evidence: {evs}.")
        L.append("")
    with open("README.md", "w") as f:
        f.write("\n".join(L) + "\n")


def main():
    os.chdir(HERE)
    packets = []
    # b5k-01: single PDF
    p1 = "b5k-01.pdf"
    recs = build_file(content_01.DOCS, p1)
    with open("b5k-01.labels.json", "w") as f:
        json.dump(labels_json(content_01.LABELS), f, indent=2)
    packets.append(("b5k-01", "single PDF", [(p1, recs)], content_01.LABELS))
    # b5k-02 / b5k-03: folders
    for pid, mod, pj in (("b5k-02", content_02, None), ("b5k-03", content_03, content_03.PACKET_JSON)):
        if os.path.isdir(pid):
            shutil.rmtree(pid)
        os.makedirs(pid)
        files = []
        for fn, docs in mod.FILES:
            files.append((fn, build_file(docs, os.path.join(pid, fn))))
        with open(os.path.join(pid, "labels.json"), "w") as f:
            json.dump(labels_json(mod.LABELS), f, indent=2)
        if pj:
            with open(os.path.join(pid, "packet.json"), "w") as f:
                json.dump(pj, f, indent=2)
        packets.append((pid, "folder + packet.json" if pj else "folder, no packet.json", files, mod.LABELS))

    # ---------------- self-check
    ok = True
    summary = []
    all_sentences = {}
    for pid, form, files, L in packets:
        errs = []
        pages = [r for _, recs in files for r in recs]
        npages = len(pages)
        if not 4 <= npages <= 20:
            errs.append(f"page count {npages}")
        for i, r in enumerate(pages, 1):
            if r["size"] != (612, 792):
                errs.append(f"p{i} not US Letter {r['size']}")
            if r["kind"] == "fax":
                if r["layer_text"].strip() or r["nchars"] or r["has_font"]:
                    errs.append(f"p{i} fax page has a text layer")
                if r["filters"] != ["['/CCITTFaxDecode']"] and r["filters"] != ["/CCITTFaxDecode"]:
                    errs.append(f"p{i} fax filter {r['filters']}")
                if not 0.3 <= abs(r["skew"]) <= 1.5:
                    errs.append(f"p{i} skew {r['skew']}")
            elif not r["text"].strip():
                errs.append(f"p{i} text page empty")
        if set(L["criteria"]) != set(PERC_IDS) or len(L["criteria"]) != 17:
            errs.append("criteria set mismatch")
        det = determination([L["criteria"][c][0] for c in PERC_IDS])
        if det != L["determination"]:
            errs.append(f"determination {L['determination']} != {det}")
        if L["procedure"] != "percutaneous":
            errs.append("procedure")
        alltext = [norm(r["text"]) for r in pages]
        nsnip = 0
        for cid in PERC_IDS:
            st, ev, _ = L["criteria"][cid]
            if st not in ("met", "not_met", "insufficient"):
                errs.append(f"{cid} bad status")
            if st == "insufficient" and ev:
                errs.append(f"{cid} insufficient with evidence")
            if st in ("met", "not_met") and not 1 <= len(ev) <= 3:
                errs.append(f"{cid} evidence count {len(ev)}")
            for s in ev:
                nsnip += 1
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    errs.append(f"{cid} snippet word count {nw}: {s!r}")
                where = [i + 1 for i, t in enumerate(alltext) if norm(s) in t]
                if not where:
                    errs.append(f"{cid} snippet not found: {s!r}")
        # sentences for cross-packet reuse check
        for r in pages:
            for sent in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", r["text"])):
                if len(sent) >= 45 and not re.search(r"page \d+ of|dob|mrn", sent.lower()):
                    all_sentences.setdefault(norm(sent), set()).add(pid)
        faxinfo = {}
        for r in pages:
            if r["kind"] == "fax":
                key = "204x196 fine" if r["res"] == "fine" else "204x98 standard"
                faxinfo[key] = faxinfo.get(key, 0) + 1
        sha = hashlib.sha256()
        for fn, _ in files:
            sha.update(open(fn if pid == "b5k-01" else os.path.join(pid, fn), "rb").read())
        summary.append((pid, form, [(fn, len(recs)) for fn, recs in files], npages, faxinfo, L["determination"], nsnip,
                        sha.hexdigest()[:12]))
        print(f"[{pid}] {form}; files={len(files)} pages={npages} fax={faxinfo} det={L['determination']} "
              f"snippets={nsnip} sha={sha.hexdigest()[:12]} -> {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ERROR:", e)
        ok &= not errs
    dups = [s for s, ids in all_sentences.items() if len(ids) > 1]
    print(f"cross-packet reused sentences (>=45 chars): {len(dups)}")
    for s in dups[:10]:
        print("   DUP:", s)
    write_readme(summary, {p[0]: p[3] for p in packets})
    print("SELF-CHECK:", "PASS" if ok and not dups else "FAIL")
    return 0 if ok and not dups else 1


if __name__ == "__main__":
    sys.exit(main())
