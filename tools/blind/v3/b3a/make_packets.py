#!/usr/bin/env python3
"""Deterministic generator for the b3a blind evaluation packets (writer A, v3).

Documentation world: templated EHR printouts (Epic, athenahealth, eClinicalWorks,
Oracle Health/Cerner PowerChart, NextGen, Veradigm/Allscripts).

Run with the folder's own venv (fpdf2, pypdfium2, pdfplumber, Pillow, numpy, pypdf):
    .venv/bin/python make_packets.py            # writes every packet + runs self-checks
    .venv/bin/python make_packets.py --check    # only builds in memory and checks

Every run writes byte-identical files (fixed creation dates, seeded noise).
"""
import io
import json
import math
import os
import random
import re
import shutil
import sys
import datetime as _dt

from fpdf import FPDF
from fpdf.enums import XPos, YPos
import pypdfium2 as pdfium
import pdfplumber
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = _dt.datetime(2026, 3, 1, 12, 0, 0, tzinfo=_dt.timezone.utc)
MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

PERC_IDS = [
    "perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
    "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
    "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
    "perc.diagnostic_injections", "perc.generalized_pain_excluded",
    "perc.sij_imaging", "perc.hip_imaging", "perc.lumbar_imaging",
    "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
    "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability",
    "perc.excl.neural_compression",
]
OPEN_IDS = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

_TRANS = {
    "\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"',
    "\u201d": '"', "\u2265": ">=", "\u2264": "<=", "\u2026": "...", "\u2022": "*",
    "\u2192": "->", "\u00a0": " ", "\u2713": "X",
}


def S(text):
    """Make text safe for the PDF core fonts (latin-1)."""
    for a, b in _TRANS.items():
        text = text.replace(a, b)
    text.encode("latin-1")
    return text


# ----------------------------------------------------------------------------
# PDF building blocks
# ----------------------------------------------------------------------------
class Doc:
    """One clinical document (a note, a report, a form) inside a PDF file."""

    def __init__(self, build, header=None, footer=None, group=None, fax=None,
                 font="helvetica", margins=(15, 15, 15), top=None, bottom=16, **meta):
        self.build = build
        self.header = header
        self.footer = footer
        self.group = group if group is not None else id(self)
        self.fax = fax            # dict(res='fine'|'std', banner=callable, seed=int, skew=float)
        self.font = font
        self.margins = margins
        self.top = top
        self.bottom = bottom
        self.meta = meta

    def __getattr__(self, k):
        meta = self.__dict__.get("meta", {})
        if k in meta:
            return meta[k]
        raise AttributeError(k)


class PDF(FPDF):
    def __init__(self, pinfo=None):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(FIXED_DATE)
        self.set_producer("PDF Print Services")
        self.cur = None
        self.page_doc = {}
        self.pinfo = pinfo or {}
        self.c_margin = 1.0

    # page numbering per doc group, filled from the first pass
    def pg(self):
        return self.pinfo.get(self.page_no(), (self.page_no(), 0))

    def header(self):
        d = self.cur
        self.page_doc[self.page_no()] = d
        if d is None:
            return
        self.set_text_color(0, 0, 0)
        if d.header:
            d.header(self, d)
        y = d.top if d.top is not None else 12
        if self.get_y() < y:
            self.set_y(y)

    def footer(self):
        d = self.page_doc.get(self.page_no())
        if d is None or not d.footer:
            return
        self.set_text_color(0, 0, 0)
        d.footer(self, d)

    # ---- text helpers -----------------------------------------------------
    def f(self, size=9, style="", family=None):
        self.set_font(family or (self.cur.font if self.cur else "helvetica"), style, size)

    def t(self, text, size=9, style="", h=None, align="L", family=None, w=0, indent=0):
        self.f(size, style, family)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(w, h or size * 0.45, S(text), align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def line_txt(self, left, right="", size=9, style="", h=None, family=None):
        """left and right aligned text on one line"""
        self.f(size, style, family)
        h = h or size * 0.45
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(0, h, S(left), align="L")
        if right:
            self.set_xy(self.l_margin, y)
            self.cell(0, h, S(right), align="R")
        self.set_xy(self.l_margin, y + h)

    def gap(self, mm=2):
        self.set_y(self.get_y() + mm)

    def hr(self, width=0.2, gap_before=0.8, gap_after=1.2):
        self.gap(gap_before)
        self.set_line_width(width)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.gap(gap_after)

    def kv(self, pairs, size=9, kw=38, h=None, bold_keys=True):
        h = h or size * 0.45
        for k, v in pairs:
            self.f(size, "B" if bold_keys else "")
            self.set_x(self.l_margin)
            self.cell(kw, h, S(k))
            self.f(size, "")
            self.multi_cell(0, h, S(v), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def grid(self, rows, widths, size=8.5, head=True, borders="ALL", line_h=None,
             fill_head=True, align=None, family=None):
        self.f(size, "", family)
        self.set_fill_color(255, 255, 255)
        total = self.w - self.l_margin - self.r_margin
        ws = [w * total / sum(widths) for w in widths]
        with self.table(col_widths=ws, width=total, line_height=line_h or size * 0.48,
                        first_row_as_headings=head, borders_layout=borders,
                        text_align=align or "LEFT",
                        headings_style=None if not head else
                        __import__("fpdf").fonts.FontFace(emphasis="BOLD",
                                                          fill_color=(225, 225, 225) if fill_head else None),
                        padding=0.8) as tb:
            for r in rows:
                row = tb.row()
                for c in r:
                    row.cell(S(str(c)))
        self.gap(1)


def _paginate(pdf):
    """map page -> (index within group, group total)"""
    groups = {}
    for p in sorted(pdf.page_doc):
        groups.setdefault(pdf.page_doc[p].group, []).append(p)
    info = {}
    for g, pages in groups.items():
        for i, p in enumerate(pages):
            info[p] = (i + 1, len(pages))
    return info


def _render_docs(docs, pinfo=None):
    pdf = PDF(pinfo)
    for d in docs:
        pdf.cur = d
        l, t, r = d.margins
        pdf.set_margins(l, t, r)
        pdf.set_auto_page_break(True, margin=d.bottom)
        pdf.add_page()
        d.build(pdf, d)
    pdf.cur = None
    data = bytes(pdf.output())
    return pdf, data


# ----------------------------------------------------------------------------
# fax simulation
# ----------------------------------------------------------------------------
def _fax_image(page_pdf_bytes, page_index, res, banner, seed, skew):
    doc = pdfium.PdfDocument(page_pdf_bytes)
    page = doc[page_index]
    bm = page.render(scale=204 / 72, grayscale=True)
    img = bm.to_pil().convert("L")
    page.close()
    doc.close()
    rng = random.Random(seed)
    w, h = img.size  # 1734 x 2244 for letter
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # slight darkening/blur like a cheap scanner: shift gray levels
    # banner (sender's fax header): not skewed, printed by the sending machine
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(MONO_FONT, 25)
    draw.rectangle([0, 0, w, 40], fill=255)
    draw.text((18, 8), banner, font=font, fill=0)
    target_h = 2156 if res == "fine" else 1078
    img = img.resize((w, target_h), resample=Image.LANCZOS)
    thr = 150 + rng.randint(-12, 12)
    img = img.point(lambda v: 0 if v < thr else 255, mode="L")
    px = img.load()
    # specks
    for _ in range(rng.randint(70, 160)):
        x, y = rng.randrange(0, w - 4), rng.randrange(0, target_h - 4)
        s = rng.choice([1, 1, 1, 2, 2, 3])
        for dx in range(s):
            for dy in range(s if res == "fine" else max(1, s // 2)):
                px[x + dx, y + dy] = 0
    # a cluster of toner dust near an edge
    cx, cy = rng.choice([(rng.randrange(30, 200), rng.randrange(200, target_h - 200)),
                         (rng.randrange(w - 200, w - 30), rng.randrange(200, target_h - 200))])
    for _ in range(40):
        x, y = cx + rng.randint(-25, 25), cy + rng.randint(-40, 40)
        if 0 <= x < w and 0 <= y < target_h:
            px[x, y] = 0
    # dropout lines (rows of lost data)
    for _ in range(rng.randint(1, 2)):
        y0 = rng.randrange(int(target_h * 0.15), int(target_h * 0.9))
        x0 = rng.randrange(0, w // 3)
        x1 = rng.randrange(w // 2, w)
        for y in range(y0, y0 + (2 if res == "fine" else 1)):
            for x in range(x0, x1):
                px[x, y] = 255
    # a thin vertical streak from a dirty glass, only partly
    if rng.random() < 0.5:
        x = rng.randrange(60, w - 60)
        y0 = rng.randrange(0, target_h // 2)
        for y in range(y0, min(target_h, y0 + rng.randrange(150, 600))):
            if rng.random() < 0.85:
                px[x, y] = 0
    return img.convert("1")


def _image_pdf(images_dpi):
    """one page per bilevel image, letter size, CCITT G4"""
    pdf = FPDF(orientation="P", unit="pt", format="Letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("RightFax 16.6 Image Server")
    pdf.set_image_filter("AUTO")  # mode "1" + libtiff -> CCITTFaxDecode (G4)
    pdf.set_auto_page_break(False)
    for img in images_dpi:
        pdf.add_page()
        pdf.image(img, x=0, y=0, w=612, h=792)
    return bytes(pdf.output())


def build_file(docs):
    """Two-pass render; returns (final_bytes, page_records)

    page_records: list of dict(page=1-based, fax=None|res, text=source text)
    """
    pdf1, _ = _render_docs(docs)
    pinfo = _paginate(pdf1)
    pdf2, data = _render_docs(docs, pinfo)
    # per-page text (from the text rendering)
    texts = []
    with pdfplumber.open(io.BytesIO(data)) as pl:
        for pg in pl.pages:
            texts.append(pg.extract_text() or "")
    recs = []
    fax_pages = []
    for p in range(1, len(texts) + 1):
        d = pdf2.page_doc[p]
        recs.append({"page": p, "fax": d.fax["res"] if d.fax else None, "text": texts[p - 1]})
        if d.fax:
            fax_pages.append((p, d))
    if not fax_pages:
        return data, recs
    # rasterize faxed pages
    # fax page numbering inside each doc's transmission
    imgs = {}
    per_doc_index = {}
    for p, d in fax_pages:
        per_doc_index.setdefault(d.fax.get("job", "job"), []).append(p)
    for p, d in fax_pages:
        plist = per_doc_index[d.fax.get("job", "job")]
        k = plist.index(p)
        banner = d.fax["banner"](k, len(plist))
        seed = d.fax.get("seed", 1) * 1000 + p
        rng = random.Random(seed)
        lo, hi = d.fax.get("skew", (0.3, 1.5))
        skew = rng.uniform(lo, hi) * rng.choice([-1, 1])
        imgs[p] = _fax_image(data, p - 1, d.fax["res"], banner, seed, skew)
    order = [p for p, _ in fax_pages]
    img_pdf = _image_pdf([imgs[p] for p in order])
    r_text = PdfReader(io.BytesIO(data))
    r_img = PdfReader(io.BytesIO(img_pdf))
    w = PdfWriter()
    for p in range(1, len(texts) + 1):
        if p in imgs:
            w.add_page(r_img.pages[order.index(p)])
        else:
            w.add_page(r_text.pages[p - 1])
    w.add_metadata({"/Producer": "PDF Print Services"})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), recs


# ----------------------------------------------------------------------------
# labels helpers
# ----------------------------------------------------------------------------
def determination(crit):
    st = [v["status"] for v in crit.values()]
    if "not_met" in st:
        return "does_not_meet_criteria"
    if all(s == "met" for s in st):
        return "meets_criteria"
    return "insufficient_documentation"


def C(status, *ev):
    return {"status": status, "evidence": list(ev)}


# The packet definitions live below; each returns a dict:
#   id, kind ('folder'|'single'), files [(name, [Doc,...])], packet_json (or None), labels
PACKETS = []


def packet(fn):
    PACKETS.append(fn)
    return fn


# ============================================================================
# b3a-01  Epic (Piedmont Valley Health) - percutaneous - meets criteria
# ============================================================================
@packet
def p01():
    PT = dict(name="Whitfield, Denise R", dob="4/17/1971", mrn="E4417302", sex="Female")
    printed = "2/9/2026 8:14 AM"

    def epic_head(pdf, d):
        pdf.set_y(7)
        pdf.f(7.5)
        pdf.line_txt("Piedmont Valley Health", f"{PT['name']}   MRN: {PT['mrn']}   DOB: {PT['dob']}   Sex: F", size=7.5)
        pdf.f(7.5)
        pdf.line_txt(d.enc_line, f"Encounter date: {d.enc_date}", size=7.5)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.6, pdf.w - pdf.r_margin, pdf.get_y() + 0.6)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(pdf.get_y() + 3)

    def epic_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-12)
        pdf.f(7)
        pdf.line_txt(f"{PT['name']} (MRN {PT['mrn']})   Printed by Kimberly A Stroud [KAS882] at {printed}",
                     f"Page {i} of {n}", size=7)

    def sec(pdf, title):
        pdf.gap(1.2)
        pdf.f(9.5, "B")
        pdf.cell(0, 5, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.gap(0.3)

    # --------------------------------------------------------------- PA form
    def pa_form(pdf, d):
        pdf.set_y(10)
        pdf.f(15, "B")
        pdf.cell(0, 7, "CareSource", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("North Carolina Marketplace  |  Utilization Management  |  Fax 1-844-432-8924", 8)
        pdf.gap(2)
        pdf.t("PRIOR AUTHORIZATION REQUEST FORM - PROCEDURES / SURGERY", 11.5, "B", align="C")
        pdf.t("Incomplete forms may delay review. Attach clinical documentation supporting medical necessity.", 7.5, align="C")
        pdf.gap(2)
        pdf.grid([["Request type", "[X] Standard   [ ] Expedited (urgent)", "Date of request", "02/09/2026"]],
                 [22, 40, 20, 18], head=False)
        pdf.t("MEMBER INFORMATION", 9, "B")
        pdf.grid([["Member name", "Denise R. Whitfield", "Date of birth", "04/17/1971"],
                  ["Member ID", "106742319", "Phone", "(704) 555-0163"],
                  ["Address", "77 Brookhaven Ct, Concord, NC 28027", "Other insurance", "None"]],
                 [20, 40, 18, 22], head=False)
        pdf.t("REQUESTING / SERVICING PROVIDER", 9, "B")
        pdf.grid([["Requesting provider", "Marcus T. Albright, MD", "NPI", "1487734520"],
                  ["Practice", "Piedmont Valley Spine Center", "Tax ID", "56-2204417"],
                  ["Address", "2200 Tryon Ridge Pkwy, Ste 300, Concord, NC 28025", "Phone / Fax", "704-555-0140 / 704-555-0142"],
                  ["Contact", "Lorena Baptiste (surgery scheduler)", "Direct line", "704-555-0148"],
                  ["Servicing facility", "Piedmont Valley Surgery Center - Concord", "Facility NPI", "1912087730"]],
                 [20, 40, 18, 22], head=False)
        pdf.t("SERVICE REQUESTED", 9, "B")
        pdf.grid([["CPT/HCPCS", "Description", "Units", "Side"],
                  ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), with image guidance, includes obtaining bone graft when performed, and placement of transfixing device", "1", "RT"]],
                 [12, 70, 8, 8])
        pdf.grid([["ICD-10 (primary)", "M53.3  Sacrococcygeal disorders, not elsewhere classified (right SI joint dysfunction)"],
                  ["ICD-10 (secondary)", "G89.29  Other chronic pain"],
                  ["Setting", "[ ] Inpatient   [X] Outpatient / ASC   [ ] Office"],
                  ["Planned date of service", "03/12/2026"]], [22, 78], head=False)
        pdf.t("CLINICAL SUMMARY (or attach notes)", 9, "B")
        pdf.t("Chronic right SIJ pain > 2 yrs. Failed PT (2 courses 2025) + HEP, daily NSAID, heat. Two fluoro-guided "
              "contrast-confirmed R SIJ blocks (06/17/2025, 12/02/2025) with > 50% relief; steroid benefit ~3 wks each. "
              "See attached office notes, procedure notes, PT records and imaging.", 8.5)
        pdf.gap(2)
        pdf.t("Attachments:  [X] Office notes   [X] Imaging reports   [X] PT records   [X] Procedure notes   [ ] Letter of medical necessity", 8.5)
        pdf.gap(5)
        pdf.t("Signature of requesting provider / designee:  Lorena Baptiste for M. Albright, MD          Date: 02/09/2026", 8.5)
        pdf.gap(6)
        pdf.t("CareSource use only:  Ref # ____________   Received ________   Reviewer ________", 7.5)
        pdf.t("Form CS-NC-PA-0123 (rev. 01/2025)", 7)

    # ------------------------------------------------------ consult 10/21/2025
    meds_table_1 = [
        ["Medication", "Sig", "Start Date", "End Date"],
        ["meloxicam (MOBIC) 15 MG tablet", "Take 1 tablet (15 mg total) by mouth daily with food.", "1/6/2025", ""],
        ["acetaminophen (TYLENOL) 500 MG tablet", "Take 2 tablets (1,000 mg total) by mouth every 8 (eight) hours as needed for Pain.", "3/11/2025", ""],
        ["levothyroxine (SYNTHROID) 75 MCG tablet", "Take 1 tablet (75 mcg total) by mouth daily before breakfast.", "8/2/2019", ""],
        ["lisinopril (ZESTRIL) 10 MG tablet", "Take 1 tablet (10 mg total) by mouth daily.", "5/14/2021", ""],
        ["omeprazole (PRILOSEC) 20 MG capsule", "Take 1 capsule (20 mg total) by mouth daily before breakfast.", "1/6/2025", ""],
        ["cyclobenzaprine (FLEXERIL) 5 MG tablet", "Take 1 tablet (5 mg total) by mouth nightly as needed for muscle spasms.", "1/6/2025", "4/2/2025"],
    ]

    def exam_tables(pdf, pain_today):
        pdf.t("Vitals:  BP 138/86 | Pulse 78 | Temp 98.2 °F (36.8 °C) (Temporal) | Resp 16 | Ht 1.651 m (5' 5\") | "
              "Wt 83.5 kg (184 lb) | SpO2 97% | BMI 30.62 kg/m²" if pain_today == 8 else
              "Vitals:  BP 131/82 | Pulse 74 | Temp 97.9 °F (36.6 °C) (Temporal) | Resp 16 | Ht 1.651 m (5' 5\") | "
              "Wt 82.6 kg (182 lb) | SpO2 98% | BMI 30.30 kg/m²", 8.5)
        pdf.t(f"Pain Score: {pain_today}     Pain Loc: Buttock     Pain Orientation: Right     Pain Descriptors: Aching; Sharp", 8.5)
        pdf.gap(1)
        pdf.t("Physical Exam", 9, "B")
        pdf.t("Constitutional: She is oriented to person, place, and time. She appears well-developed. No distress.\n"
              "Cardiovascular: Normal rate. Pulmonary/Chest: Effort normal.\n"
              "Musculoskeletal: Gait mildly antalgic, favors R. Lumbar flexion to mid shin with R buttock pain at end range; "
              "extension full, mildly painful R buttock. No scoliosis.", 8.5)
        pdf.gap(0.8)
        pdf.grid([["Palpation", "Right", "Left"],
                  ["SI joint / PSIS / sacral sulcus", "Tender (reproduces usual pain)", "Non-tender"],
                  ["Lumbar spinous processes / paraspinals", "Non-tender", "Non-tender"],
                  ["Greater trochanter", "Non-tender", "Non-tender"],
                  ["Piriformis", "Mild discomfort", "Non-tender"],
                  ["Coccyx", "Non-tender", ""]], [44, 34, 22])
        pdf.grid([["SIJ provocation", "Right", "Left", "Comment"],
                  ["Thigh thrust (P4)", "Pos", "Neg", "concordant R buttock pain"],
                  ["Compression (side-lying)", "Pos", "--", ""],
                  ["Distraction (gapping)", "Pos", "--", "pain R SIJ"],
                  ["Gaenslen", "Pos", "Neg", "R hip in extension"],
                  ["FABER / Patrick", "Pos", "Neg", "buttock pain, not groin"],
                  ["Sacral thrust", "Pos", "--", ""],
                  ["SLR (supine)", "Neg", "Neg", "to 80 deg"],
                  ["Slump", "Neg", "Neg", ""],
                  ["FADIR", "Neg", "Neg", "no groin pain"]], [30, 12, 12, 40])
        pdf.t("Neuro: Strength 5/5 bilateral hip flexion, knee ext, ankle DF/PF, EHL. Sensation intact to light touch L2-S1 "
              "bilaterally. Reflexes 2+ and symmetric patella/Achilles. No clonus.\n"
              "Waddell signs: 0/5. Hip ROM full and painless bilaterally.", 8.5)

    def consult(pdf, d):
        pdf.f(11, "B")
        pdf.cell(0, 6, "Progress Notes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("Marcus T Albright, MD at 10/21/2025 10:40 AM", 8.5, "I")
        pdf.t("Author: Marcus T Albright, MD   Service: Orthopaedic Spine Surgery   Author Type: Physician   "
              "Filed: 10/21/2025 5:06 PM   Encounter Date: 10/21/2025   Status: Signed", 7.5)
        pdf.gap(1)
        pdf.t("PIEDMONT VALLEY SPINE CENTER - NEW PATIENT CONSULTATION", 10, "B")
        pdf.t("Referring provider: Priya Natarajan, MD (Pain Medicine)   PCP: Jared S Feltner, PA-C", 8.5)
        sec(pdf, "Chief Complaint")
        pdf.t("Patient presents with:  Low Back Pain - right sided, x 2 years; Buttock Pain", 8.5)
        sec(pdf, "HPI")
        pdf.t("Denise R Whitfield is a 54 y.o. female who is seen today at the request of Dr. Natarajan for right-sided "
              "low back and buttock pain present for about 2 years. Onset was insidious; she does not recall an injury, "
              "fall or MVC. The pain is localized to the right buttock just medial and inferior to the R PSIS, below the "
              "belt line, and she points to it with one finger (Fortin finger test positive). Denies radiation into the groin, "
              "thigh, or leg. Denies numbness, tingling or weakness. No bowel or bladder changes. Worse with prolonged sitting "
              "(works as a school bus dispatcher), rolling over in bed, stairs and getting in/out of the car. Better "
              "lying on L side with a pillow between knees.\n"
              "Rates pain 8/10 today; 6-9/10 over the past month, worst 10/10 in the mornings last winter.\n"
              "Treatment to date: PT at Catawba Motion PT 2/2025-5/2025 followed by HEP; re-referred and has been going "
              "2x/week since 8/19/2025. Meloxicam 15 mg daily since January with partial benefit, uses heating pad most "
              "nights; Tylenol prn. Cyclobenzaprine made her too drowsy - stopped in April. R SIJ injection under fluoro "
              "with Dr. Natarajan 6/17/2025 - near complete relief the day of the block and roughly 50% for about 3 weeks, "
              "then back to baseline. A repeat block in September was cancelled (URI) and is not yet rescheduled.", 8.5)
        sec(pdf, "Past Medical History")
        pdf.grid([["Diagnosis", "Date"],
                  ["Essential hypertension", "2021"], ["Hypothyroidism", "2019"], ["GERD (gastroesophageal reflux disease)", ""],
                  ["Obesity (BMI 30-39.9)", ""], ["Chronic right SI joint pain", "2024"]], [70, 30])
        sec(pdf, "Past Surgical History")
        pdf.grid([["Procedure", "Laterality", "Date"],
                  ["CHOLECYSTECTOMY, LAPAROSCOPIC", "N/A", "2012"],
                  ["KNEE ARTHROSCOPY", "Left", "2009"],
                  ["CESAREAN SECTION", "N/A", "1998, 2001"]], [60, 20, 20])
        sec(pdf, "Family History")
        pdf.grid([["Problem", "Relation", "Age of Onset"],
                  ["Rheumatoid arthritis", "Mother", "60s"],
                  ["Coronary artery disease", "Father", "58"],
                  ["Diabetes type II", "Father", ""]], [50, 25, 25])
        sec(pdf, "Social History")
        pdf.t("Tobacco Use: Never smoker. Smokeless: Never. Alcohol: occasional (1-2 drinks/month). Drug use: Never.\n"
              "Occupation: school transportation dispatcher - mostly seated. Lives with husband.", 8.5)
        sec(pdf, "Current Outpatient Medications")
        pdf.grid(meds_table_1, [34, 46, 12, 10], size=8)
        sec(pdf, "Allergies")
        pdf.grid([["Allergen", "Reactions"], ["Sulfa Antibiotics", "Rash"], ["Codeine", "Nausea And Vomiting"]], [50, 50])
        sec(pdf, "Review of Systems")
        pdf.t("Constitutional: Negative for chills, fever and unexpected weight change.\n"
              "Genitourinary: Negative for difficulty urinating; no incontinence.\n"
              "Musculoskeletal: Positive for back pain. Negative for joint swelling and myalgias.\n"
              "Skin: Negative for rash.  Neurological: Negative for weakness and numbness.\n"
              "All other systems reviewed and are negative.", 8.5)
        sec(pdf, "Objective")
        exam_tables(pdf, 8)
        sec(pdf, "Results Reviewed")
        pdf.t("XR SACROILIAC JOINTS 3+ VIEWS (4/8/2025): mild R SIJ subchondral sclerosis, no erosions.\n"
              "MRI PELVIS WO CONTRAST (SI joint protocol) and MRI LUMBAR SPINE WO CONTRAST (9/23/2025): personally reviewed; "
              "see reports. No sacroiliitis. No stenosis or nerve root compression.", 8.5)
        sec(pdf, "Assessment/Plan")
        pdf.t("1. Sacroiliac joint dysfunction of right side  (primary encounter diagnosis)  M53.3\n"
              "2. Chronic right-sided low back pain without sciatica  M54.50, G89.29\n\n"
              "History and exam are most consistent with a right SIJ pain generator. Hip exam benign; will get R hip films "
              "today to r/o hip OA. Continue current PT course, meloxicam and heat. Second (confirmatory) R SIJ "
              "diagnostic/therapeutic injection with Dr. Natarajan - referral sent. If the 2nd block confirms > 50% relief "
              "and she continues to fail conservative care, we discussed percutaneous R SI joint fusion as an option. "
              "Weight loss counseling provided.\n"
              "Return in about 3 months (around 1/21/2026), or sooner after injection.", 8.5)
        sec(pdf, "Orders Placed This Encounter")
        pdf.grid([["Order", "Status"], ["XR HIP 2 VIEWS RIGHT [IMG2207]", "Completed"],
                  ["AMB REFERRAL TO PAIN MEDICINE [REF77]", "Sent"]], [70, 30])
        pdf.gap(2)
        pdf.t("Electronically signed by Marcus T Albright, MD at 10/21/2025 5:06 PM", 8.5, "I")

    def followup(pdf, d):
        pdf.f(11, "B")
        pdf.cell(0, 6, "Progress Notes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("Marcus T Albright, MD at 1/13/2026 10:15 AM", 8.5, "I")
        pdf.t("Author: Marcus T Albright, MD   Service: Orthopaedic Spine Surgery   Author Type: Physician   "
              "Filed: 1/13/2026 4:52 PM   Encounter Date: 1/13/2026   Status: Signed", 7.5)
        sec(pdf, "Chief Complaint")
        pdf.t("Patient presents with:  Follow-up - R SI joint pain; review of injection and imaging", 8.5)
        sec(pdf, "Interval History")
        pdf.t("Returns to discuss next steps. Second R SIJ injection done 12/2/2025 by Dr. Natarajan: per her pain diary "
              "8/10 before, 1/10 at 1 hr and 3/10 at 4 hr; steroid benefit lasted about 3 weeks and pain was back to baseline "
              "by the end of December. Finished her second PT course 11/25/2025 and continues the HEP at home. Still on "
              "meloxicam 15 mg daily + heating pad most nights, Tylenol 1-2x/day. Pain today 7/10, right buttock/PSIS only, "
              "no leg symptoms. Sitting tolerance ~20 min. Had to cut back to 30 hr/week at work.", 8.5)
        sec(pdf, "HPI (copied from 10/21/2025 visit - reviewed, no changes)")
        pdf.t("Denise R Whitfield is a 54 y.o. female who is seen today at the request of Dr. Natarajan for right-sided "
              "low back and buttock pain present for about 2 years. Onset was insidious; she does not recall an injury, "
              "fall or MVC. ... Rates pain 8/10 today; 6-9/10 over the past month ...", 8.5, "I")
        sec(pdf, "Medications / Allergies")
        pdf.t("Medication list reviewed and reconciled - no changes since 10/21/2025 (see med list). Allergies: Sulfa "
              "Antibiotics (Rash); Codeine (Nausea And Vomiting).", 8.5)
        sec(pdf, "Objective")
        exam_tables(pdf, 7)
        sec(pdf, "Results")
        pdf.t("XR HIP 2 VIEWS RIGHT (10/21/2025): Mild right hip osteoarthritis (mild superior joint space narrowing).\n"
              "Inflammatory labs 11/2025 (PCP): ESR 14, CRP 0.4, HLA-B27 negative, RF negative.", 8.5)
        sec(pdf, "Assessment/Plan")
        pdf.t("1. Sacroiliac joint dysfunction of right side  M53.3\n"
              "2. Chronic pain  G89.29\n\n"
              "54 y.o. F with > 2 yrs of right SIJ-mediated pain. Two separate fluoroscopically guided, contrast-confirmed "
              "intra-articular R SIJ blocks (6/17/2025 and 12/2/2025) each gave > 50% relief for longer than the duration of "
              "bupivacaine; the steroid component helped only ~3 weeks each time. Has failed > 6 months of PT (two courses) "
              "and HEP, daily NSAID, heat and acetaminophen. Exam: all 6 SIJ provocation maneuvers positive, no trochanteric or "
              "lumbar tenderness, neuro intact, no nonorganic signs. Imaging: mild degenerative R SIJ without erosive or "
              "destructive change; lumbar MRI without stenosis or nerve root compression; R hip films mild OA only.\n"
              "Plan: R percutaneous SI joint fusion (lateral transiliac, 3 implants), CPT 27279. Risks incl. infection, "
              "bleeding, nerve injury, malposition, nonunion, need for revision discussed; she wishes to proceed. Prior "
              "authorization to be submitted. If not approved, would consider R L5 dorsal ramus / S1-S3 lateral branch RFA "
              "as a bridge.", 8.5)
        pdf.gap(2)
        pdf.t("Electronically signed by Marcus T Albright, MD at 1/13/2026 4:52 PM", 8.5, "I")

    # ----------------------------------------------------- procedure notes
    def proc_note(pdf, d):
        pdf.f(11, "B")
        pdf.cell(0, 6, "Procedures", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t(f"Priya Natarajan, MD at {d.enc_date} {d.time}", 8.5, "I")
        pdf.t(f"Author: Priya Natarajan, MD   Service: Pain Medicine   Author Type: Physician   Filed: {d.enc_date} "
              f"{d.filed}   Procedure Date: {d.enc_date}   Status: Signed", 7.5)
        pdf.gap(1)
        pdf.kv([("Procedure:", "RIGHT SACROILIAC JOINT INJECTION WITH FLUOROSCOPIC GUIDANCE (CPT 27096)"),
                ("Pre-op diagnosis:", "Right sacroiliac joint pain (M53.3)"),
                ("Post-op diagnosis:", "Same"),
                ("Indication:", d.indication),
                ("Anesthesia:", "Local (1% lidocaine skin wheal 2 mL). No sedation."),
                ("Pre-procedure pain:", d.pre_pain)], size=8.5, kw=34)
        pdf.gap(1)
        pdf.t("Consent: Risks, benefits and alternatives discussed including bleeding, infection, nerve injury, "
              "increased pain, steroid side effects (hyperglycemia, flushing, insomnia). Written consent signed. "
              "Universal protocol / time-out performed with correct site (RIGHT) verified.", 8.5)
        pdf.gap(1)
        pdf.t("Description: The patient was placed prone. The lower back and buttocks were prepped with chlorhexidine and "
              "draped in sterile fashion. Under intermittent fluoroscopy the C-arm was rotated contralateral oblique to "
              "separate the anterior and posterior joint lines of the RIGHT SI joint. After skin anesthesia a 22-gauge 3.5 "
              f"inch spinal needle was advanced to the inferior one-third of the joint. {d.contrast} "
              f"{d.injectate} The needle was removed; bandage applied. Fluoroscopy time {d.fluoro}. "
              "Images saved to PACS.", 8.5)
        pdf.gap(1)
        pdf.kv([("EBL:", "None"), ("Complications:", "None. Patient tolerated well."),
                ("Post-procedure:", d.post)], size=8.5, kw=34)
        pdf.gap(1)
        pdf.t("Discharge instructions: Keep bandage dry 24 hr. Ice to the injection site 20 min at a time as needed for "
              "soreness; no heat to the site for 24 hours. Resume normal activity; try the activities that usually hurt "
              "during the next 6 hours and record your pain on the diary card at each time point. Call for fever > 101 F, "
              "redness or drainage, new weakness.", 8.5)
        pdf.gap(1)
        pdf.t(f"Electronically signed by Priya Natarajan, MD at {d.enc_date} {d.filed}", 8.5, "I")
        pdf.gap(1.5)
        pdf.t(f"Addendum - Priya Natarajan, MD at {d.add}", 9, "B")
        pdf.t("Post-Procedure Pain Diary (patient-completed card, transcribed to flowsheet by RN)", 8.5, "B")
        pdf.grid(d.diary, [26, 18, 18, 50], size=8.2)
        pdf.t(d.diary_note, 8.5)
        pdf.t(f"Electronically signed by Priya Natarajan, MD at {d.add}", 8.5, "I")

    diary1 = [["Time after injection", "Pain (0-10)", "% relief", "Activity / comment"],
              ["Pre-procedure", "7", "--", "sitting in waiting room"],
              ["15 min", "1", "86%", "recovery; thigh thrust minimal pain"],
              ["30 min", "1", "86%", "walking"],
              ["1 hr", "1", "86%", "car ride home"],
              ["2 hr", "1", "86%", "sitting at kitchen table"],
              ["3 hr", "2", "71%", "stairs x2"],
              ["4 hr", "2", "71%", "laundry"],
              ["6 hr", "4", "43%", "sitting"],
              ["8 hr", "5", "29%", "bedtime"],
              ["Day 2", "4", "", ""], ["Day 7", "3", "", ""], ["Day 14", "3", "", ""],
              ["Day 21", "5", "", ""], ["Day 28", "7", "", "back to usual"]]
    diary2 = [["Time after injection", "Pain (0-10)", "% relief", "Activity / comment"],
              ["Pre-procedure", "8", "--", ""],
              ["30 min", "2", "75%", "walked in hallway"],
              ["1 hr", "1", "88%", "sitting 30 min"],
              ["2 hr", "2", "75%", ""],
              ["3 hr", "2", "75%", "stairs"],
              ["4 hr", "3", "63%", "grocery store"],
              ["6 hr", "5", "38%", ""],
              ["8 hr", "6", "25%", ""],
              ["Day 3", "4", "", ""], ["Day 7", "4", "", ""], ["Day 14", "5", "", ""],
              ["Day 21", "7", "", ""], ["Day 28", "8", "", "same as before shot"]]

    def phone_note(pdf, d):
        pdf.f(11, "B")
        pdf.cell(0, 6, "Telephone Encounter", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("Rhonda M Casteel, RN at 7/15/2025 2:31 PM", 8.5, "I")
        pdf.t("Reason for call: post-procedure follow-up (R SIJ injection 6/17/2025)\n"
              "Pt returned diary card by MyChart photo, transcribed to procedure flowsheet. States she was almost pain free "
              "that afternoon and the shot helped about half for roughly 3 weeks; pain has now returned to baseline, 7/10 "
              "with sitting. Denies fever, site redness or drainage. Continuing HEP from PT and meloxicam.\n"
              "Routed to Dr. Natarajan. Per MD: offer repeat block for diagnostic confirmation - pt will schedule.", 8.5)
        pdf.gap(1)
        pdf.grid([["Appt", "Date", "Status"],
                  ["SI JOINT INJECTION (45) - Natarajan", "9/16/2025", "Canceled - Pt ill (URI)"],
                  ["SI JOINT INJECTION (45) - Natarajan", "12/2/2025", "Completed"]], [50, 20, 30])
        pdf.t("Electronically signed by Rhonda M Casteel, RN at 7/15/2025 2:40 PM", 8.5, "I")

    # ---------------------------------------------------------- PT (faxed)
    def pt_head(pdf, d):
        pdf.set_y(14)
        pdf.f(13, "B")
        pdf.cell(0, 6, "CATAWBA MOTION PHYSICAL THERAPY", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("418 Church St N, Concord NC 28025  *  Ph 704-555-0187  *  Fax 704-555-0188", 9, align="C")
        pdf.hr(0.4)
        pdf.t(f"Patient: Denise Whitfield     DOB: 04/17/1971     Case: Low back/R SIJ     Insurance: CareSource Marketplace", 9.5)
        pdf.t(f"Referring: {d.referring}     Therapist: Caleb Ortiz, PT, DPT", 9.5)
        pdf.hr(0.2)

    def pt_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-14)
        pdf.f(8.5)
        pdf.line_txt("Documentation generated by WebPT  -  confidential patient information", f"Page {i} of {n}", size=8.5)

    def pt_eval1(pdf, d):
        pdf.t("PHYSICAL THERAPY INITIAL EVALUATION", 12, "B")
        pdf.t("Date of Service: 02/18/2025     Visit #: 1     Dx: M53.3, M54.50", 10)
        pdf.gap(1)
        pdf.t("SUBJECTIVE: 53 yo F with R low back/buttock pain ~1.5 yrs, insidious onset. Points to R PSIS. "
              "No radiating sx, no N/T. Aggs: sitting > 20 min, sit-to-stand, stairs, rolling in bed. Eases: lying "
              "on L side. Meds: meloxicam daily (started Jan), heat. Pain now 6/10, best 4/10, worst 9/10.", 10)
        pdf.gap(1)
        pdf.t("OBJECTIVE: Lumbar AROM: flex 75% c/o R buttock pain, ext 90%, SB WNL. Hip MMT R glut med 4-/5, "
              "glut max 4/5, L 5/5. (+) ASLR R. (+) thigh thrust R, (+) FABER R. TTP R sacral sulcus. Neuro screen WNL. "
              "ODI 42%.", 10)
        pdf.gap(1)
        pdf.t("ASSESSMENT: Presentation c/w R SIJ dysfunction w/ lumbopelvic motor control deficits and R hip "
              "weakness. Good rehab potential.", 10)
        pdf.gap(1)
        pdf.t("PLAN: 2x/week x 12 weeks. Therex, neuromuscular re-ed (TrA/multifidus, glute), manual therapy, "
              "SIJ belt trial, HEP. STG (4 wk): indep w/ HEP. LTG (12 wk): sit 60 min with pain < 3/10; ODI < 20%.", 10)
        pdf.gap(3)
        pdf.t("Caleb Ortiz, PT, DPT   Lic # NC 18842     Electronically signed 02/18/2025 6:12 PM", 9.5)

    def pt_dc1(pdf, d):
        pdf.t("DISCHARGE SUMMARY / HEP ISSUED", 12, "B")
        pdf.t("Episode: 02/18/2025 - 05/27/2025     Visits attended: 24 of 28 scheduled (3 cx illness, 1 no-show)", 10)
        pdf.gap(1)
        pdf.t("SUBJECTIVE: Pt reports modest gains - sitting tolerance up to ~30 min. Still has daily R buttock pain "
              "6/10 with sitting, up to 8/10 by end of work day.", 10)
        pdf.t("OBJECTIVE: R glut med 4/5, glut max 4+/5. Thigh thrust R still (+). ODI 36%.", 10)
        pdf.t("ASSESSMENT: Partial improvement in strength, minimal change in pain. Goals partially met.", 10)
        pdf.gap(1)
        pdf.t("PLAN: D/C to independent HEP. Written HEP issued (6-week program, daily): supine bridges 3x15, "
              "bird-dog 3x10, side-lying clamshells 3x15, TrA bracing with march 3x10, hip flexor stretch 3x30 sec, "
              "piriformis stretch 3x30 sec, walking 20 min. HEP recheck scheduled 07/08/2025. MD notified.", 10)
        pdf.gap(3)
        pdf.t("Caleb Ortiz, PT, DPT     Electronically signed 05/27/2025 5:48 PM", 9.5)

    def pt_recheck(pdf, d):
        pdf.t("HEP RECHECK VISIT", 12, "B")
        pdf.t("Date of Service: 07/08/2025", 10)
        pdf.t("Pt reports completing HEP 5-6 days/week for 6 weeks as prescribed; demonstrates all exercises with good "
              "form. Pain unchanged - 6-7/10 with sitting, brief relief after walking. Had SIJ injection 06/17 with "
              "temporary relief. HEP progressed (bridge w/ band, side plank modified). Advised f/u with referring MD "
              "re: persistent sx.", 10)
        pdf.t("Caleb Ortiz, PT, DPT     Electronically signed 07/08/2025 4:05 PM", 9.5)
        pdf.hr(0.4)
        pdf.t("PHYSICAL THERAPY RE-EVALUATION (NEW EPISODE)", 12, "B")
        pdf.t("Date of Service: 08/19/2025     Referral: Priya Natarajan, MD - 'PT for SIJ stabilization'", 10)
        pdf.t("S: Ongoing R buttock pain, 7/10 today, no leg sx. O: thigh thrust R (+), compression (+), R glut med 4/5. "
              "ODI 40%. A: persistent R SIJ pain despite prior PT/HEP. P: 2x/wk x 12 wks - lumbopelvic "
              "stabilization, manual, aquatic option.", 10)
        pdf.t("Caleb Ortiz, PT, DPT     Electronically signed 08/19/2025 6:30 PM", 9.5)

    def pt_dc2(pdf, d):
        pdf.t("DISCHARGE SUMMARY", 12, "B")
        pdf.t("Episode: 08/19/2025 - 11/25/2025     Visits attended: 23 of 26", 10)
        pdf.gap(1)
        pdf.t("Pt attended consistently. Strength improved (R glut med 4+/5) but pain persists 6-8/10 in R buttock with "
              "sitting and transitional movements. Single leg stance R 20 sec. ODI 38%. Goals not met for pain/sitting "
              "tolerance. Pt has now completed two full PT episodes in 2025 without lasting relief.", 10)
        pdf.gap(1)
        pdf.t("PLAN: D/C from skilled PT; continue HEP (updated copy given). Recommend return to referring MD / spine "
              "surgeon for further management.", 10)
        pdf.gap(3)
        pdf.t("Caleb Ortiz, PT, DPT     Electronically signed 11/25/2025 5:15 PM", 9.5)

    def fax_banner(k, n):
        return f"02/03/2026 14:27  FROM: 704-555-0188 CATAWBA MOTION PT   TO: 17045550142   P. {k + 2:03d}/{n + 1:03d}"

    # ------------------------------------------------------------ imaging
    def rad(pdf, d):
        for k, (title, date, acc, body) in enumerate(d.exams):
            if k in d.breaks:
                pdf.add_page()
            pdf.f(10, "B")
            pdf.cell(0, 5.5, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.t(f"Order #: {acc}   Status: Final result   Collected/Exam date: {date}   "
                  f"Ordering: {d.ordering(title)}   Resulting lab/dept: PVH IMAGING CONCORD", 7.5)
            pdf.gap(0.5)
            pdf.t(body, 8.5)
            pdf.gap(2.5)

    exams = [
        ("XR SACROILIAC JOINTS 3+ VIEWS", "4/8/2025 9:12 AM", "IMG1873", (
            "Narrative\nEXAM: XR SACROILIAC JOINTS 3+ VIEWS\nCLINICAL HISTORY: R buttock pain, eval SIJ\n"
            "COMPARISON: None.\nFINDINGS: AP pelvis and bilateral oblique views of the SI joints. Mild subchondral "
            "sclerosis along the iliac side of the inferior right SI joint. Joint spaces are preserved. No erosions, "
            "ankylosis or widening. Left SI joint normal. Pubic symphysis and hips unremarkable on this AP view. No "
            "fracture or destructive osseous lesion.\n\nImpression\nMild degenerative change of the right sacroiliac joint. "
            "No radiographic evidence of sacroiliitis.\n\nElectronically Signed by: Thomas E Yount, MD on 4/8/2025 11:40 AM")),
        ("MRI PELVIS WO CONTRAST (SI JOINT PROTOCOL)", "9/23/2025 6:45 PM", "IMG2091", (
            "Narrative\nEXAM: MRI PELVIS WITHOUT CONTRAST - SACROILIAC JOINTS\nINDICATION: Chronic R SIJ pain, failed PT; "
            "evaluate for sacroiliitis.\nTECHNIQUE: Coronal oblique T1, STIR and T2 FS; axial T1 and T2 FS.\n"
            "FINDINGS: Mild degenerative change of the right SI joint with small anterior osteophytes and mild subchondral "
            "sclerosis. No periarticular bone marrow edema, erosions, fat metaplasia or ankylosis. Left SI joint normal. "
            "No fracture, stress reaction or marrow replacing lesion. No fluid collection. Visualized hips with small "
            "physiologic effusions. Pelvic organs grossly unremarkable.\n\nImpression\n1. Mild right sacroiliac joint "
            "osteoarthritis.\n2. No MRI evidence of active or chronic sacroiliitis. No fracture or destructive lesion.\n\n"
            "Electronically Signed by: Anjali Rao, MD on 9/24/2025 8:02 AM")),
        ("MRI LUMBAR SPINE WO CONTRAST", "9/23/2025 6:10 PM", "IMG2090", (
            "Narrative\nEXAM: MRI LUMBAR SPINE WITHOUT CONTRAST\nINDICATION: Low back and R buttock pain.\n"
            "FINDINGS: Five lumbar type vertebrae. Alignment normal. Conus terminates at L1. Vertebral body heights "
            "maintained; no marrow lesion.\nL1-2, L2-3: Normal.\nL3-4: Minimal disc bulge. No stenosis.\n"
            "L4-5: Mild disc bulge and mild facet hypertrophy. No spinal canal stenosis. Mild right neural foraminal "
            "narrowing without nerve root impingement.\nL5-S1: Mild disc desiccation. No disc herniation. No spinal canal "
            "or foraminal stenosis. Traversing S1 nerve roots unremarkable.\n\nImpression\nMild lumbar spondylosis at L4-5 "
            "without spinal canal stenosis or neural impingement.\n\nElectronically Signed by: Anjali Rao, MD on 9/24/2025 8:10 AM")),
        ("XR HIP 2 VIEWS RIGHT", "10/21/2025 11:32 AM", "IMG2207", (
            "Narrative\nEXAM: XR HIP RIGHT 2 VIEWS (AP pelvis and frog-leg lateral)\nHISTORY: R buttock pain; r/o hip OA\n"
            "FINDINGS: Mild superior joint space narrowing of the right hip with a tiny marginal acetabular osteophyte. "
            "Femoral head contour normal. No fracture or dislocation. No avascular necrosis. Left hip similar mild change.\n\n"
            "Impression\nMild right hip osteoarthritis.\n\nElectronically Signed by: Thomas E Yount, MD on 10/21/2025 2:15 PM")),
    ]

    # ------------------------------------------------------------ MyChart
    def mychart(pdf, d):
        pdf.f(11, "B")
        pdf.cell(0, 6, "Patient-Entered Questionnaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("Questionnaire: PVH SPINE CENTER RETURN VISIT   Submitted via MyChart: 1/13/2026 8:02 AM   "
              "Reviewed by: Marcus T Albright, MD 1/13/2026", 8)
        pdf.gap(1)
        pdf.grid([["Question", "Answer"],
                  ["Where is your main pain? (body diagram)", "Right buttock / right low back (marked below belt line)"],
                  ["Does the pain travel into your leg?", "No"],
                  ["Main pain right now (0 = none, 10 = worst imaginable)", "7"],
                  ["Main pain at its worst in the past week", "9"],
                  ["Other pain - neck (0-10)", "2"],
                  ["Numbness or tingling in legs or feet?", "No"],
                  ["New bowel or bladder problems?", "No"],
                  ["Treatments tried (check all)", "Physical therapy; Home exercises; Anti-inflammatory medicine; "
                   "Heat/ice; Injections"],
                  ["Treatments not tried", "Chiropractor; TENS unit; Acupuncture"],
                  ["Oswestry Disability Index (auto-scored)", "44% - severe disability"],
                  ["PROMIS Pain Interference T-score", "64.2"]], [55, 45], size=8.5)
        pdf.t("Patient-reported data. Scores auto-calculated by MyChart; not independently verified.", 7.5, "I")

    enc_consult = "Office Visit - Piedmont Valley Spine Center"
    files = [
        ("01_PA_Request_Form.pdf", [Doc(pa_form)]),
        ("02_Spine_Center_Office_Notes.pdf", [
            Doc(consult, epic_head, epic_foot, group="notes", enc_line=enc_consult, enc_date="10/21/2025"),
            Doc(followup, epic_head, epic_foot, group="notes", enc_line=enc_consult, enc_date="1/13/2026"),
            Doc(mychart, epic_head, epic_foot, group="notes", enc_line=enc_consult, enc_date="1/13/2026"),
        ]),
        ("03_Pain_Medicine_Procedure_Notes.pdf", [
            Doc(proc_note, epic_head, epic_foot, group="proc", enc_line="Procedure visit - PVH Pain & Spine Interventional",
                enc_date="6/17/2025", time="1:05 PM", filed="2:02 PM", add="7/15/2025 3:10 PM",
                indication="R buttock/SIJ pain > 6 months, positive SIJ provocation tests; diagnostic and therapeutic block #1.",
                pre_pain="7/10 (NRS) in R buttock",
                contrast="Omnipaque 240, 0.5 mL, was injected under live fluoroscopy demonstrating an intra-articular "
                         "arthrogram outlining the R SI joint, without vascular uptake or epidural spread.",
                injectate="A total of 2 mL was then injected: 1 mL 0.5% bupivacaine + 1 mL (40 mg) triamcinolone.",
                fluoro="18 sec",
                post="Pain 1/10 at 15 min in recovery; thigh thrust and FABER produced minimal pain. Discharged "
                     "ambulatory in stable condition with diary card.",
                diary=diary1,
                diary_note="Interpretation: > 70% relief sustained through 4 hours (bupivacaine) - positive diagnostic block. "
                           "Steroid response ~3 weeks."),
            Doc(phone_note, epic_head, epic_foot, group="proc", enc_line="Telephone - PVH Pain & Spine Interventional",
                enc_date="7/15/2025"),
            Doc(proc_note, epic_head, epic_foot, group="proc", enc_line="Procedure visit - PVH Pain & Spine Interventional",
                enc_date="12/2/2025", time="8:40 AM", filed="9:31 AM", add="1/5/2026 9:12 AM",
                indication="Right SIJ pain; confirmatory (second) diagnostic block, prior block 6/17/2025 positive.",
                pre_pain="8/10 (NRS) in R buttock",
                contrast="Isovue-M 200, 0.5 mL, confirmed intra-articular spread along the R SI joint on AP and oblique "
                         "views; no intravascular pattern.",
                injectate="Then 1 mL 0.5% bupivacaine and 1 mL (40 mg) triamcinolone were injected (2 mL total).",
                fluoro="21 sec",
                post="Pain 2/10 at 30 min; provocation maneuvers markedly less painful. Discharged with diary card.",
                diary=diary2,
                diary_note="Interpretation: concordant relief >= 63% for 4 hours, consistent with the expected duration of "
                           "bupivacaine. Second positive diagnostic block."),
        ]),
        ("04_Outside_PT_Records_Catawba_Motion.pdf", [
            Doc(pt_eval1, pt_head, pt_foot, group="pt", fax=dict(res="fine", banner=fax_banner, seed=101),
                referring="Jared S Feltner, PA-C", top=44),
            Doc(pt_dc1, pt_head, pt_foot, group="pt", fax=dict(res="fine", banner=fax_banner, seed=101),
                referring="Jared S Feltner, PA-C", top=44),
            Doc(pt_recheck, pt_head, pt_foot, group="pt", fax=dict(res="fine", banner=fax_banner, seed=101),
                referring="Priya Natarajan, MD", top=44),
            Doc(pt_dc2, pt_head, pt_foot, group="pt", fax=dict(res="fine", banner=fax_banner, seed=101),
                referring="Priya Natarajan, MD", top=44),
        ]),
        ("05_Imaging_Results.pdf", [
            Doc(rad, epic_head, epic_foot, group="img", enc_line="Results - Imaging", enc_date="see each result",
                exams=exams, breaks=(2,),
                ordering=lambda t: "Marcus T Albright, MD" if "HIP" in t else ("Jared S Feltner, PA-C" if "XR SACRO" in t
                                                                             else "Priya Natarajan, MD")),
        ]),
    ]

    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-02-09",
        "criteria": {
            "perc.pain_location": C("met", "localized to the right buttock just medial and inferior",
                                    "Denies radiation into the groin, thigh, or leg"),
            "perc.pain_severity": C("met", "Pain today 7/10, right buttock/PSIS only", "Pain Score: 7"),
            "perc.sij_tenderness": C("met", "Tender (reproduces usual pain)", "Greater trochanter Non-tender Non-tender"),
            "perc.active_conservative_therapy": C("met", "Episode: 02/18/2025 - 05/27/2025",
                                                  "Episode: 08/19/2025 - 11/25/2025",
                                                  "completing HEP 5-6 days/week for 6 weeks"),
            "perc.inactive_conservative_therapy": C("met", "Still on meloxicam 15 mg daily + heating pad most nights",
                                                    "Meloxicam 15 mg daily since January"),
            "perc.thigh_thrust_or_compression": C("met", "Thigh thrust (P4) Pos", "Compression (side-lying) Pos"),
            "perc.two_provocative_tests": C("met", "Distraction (gapping) Pos", "Gaenslen Pos Neg R hip in extension", "FABER / Patrick Pos"),
            "perc.diagnostic_injections": C("met", "Interpretation: > 70% relief sustained through 4 hours (bupivacaine)",
                                            "concordant relief >= 63% for 4 hours"),
            "perc.generalized_pain_excluded": C("met", "Waddell signs: 0/5"),
            "perc.sij_imaging": C("met", "No radiographic evidence of sacroiliitis",
                                  "No MRI evidence of active or chronic sacroiliitis."),
            "perc.hip_imaging": C("met", "Mild right hip osteoarthritis."),
            "perc.lumbar_imaging": C("met", "without spinal canal stenosis or neural impingement"),
            "perc.therapeutic_injections": C("met", "pain has now returned to baseline, 7/10",
                                             "steroid benefit lasted about 3 weeks and pain was back to baseline"),
            "perc.excl.systemic_arthropathy": C("met", "HLA-B27 negative, RF negative"),
            "perc.excl.infection_tumor_fracture": C("met", "No fracture, stress reaction or marrow replacing lesion"),
            "perc.excl.acute_instability": C("met", "she does not recall an injury, fall or MVC"),
            "perc.excl.neural_compression": C("met", "without spinal canal stenosis or neural impingement"),
        },
        "notes": "Epic printout; PT records are faxed (fine 204x196); mother's RA and copy-forward 8/10 are distractors.",
    }
    pj = {"request_date": "2026-02-09", "procedure_codes": ["27279"], "member_id": "106742319", "policy": "MP-MM-1366"}
    return dict(id="b3a-01", kind="folder", files=files, packet_json=pj, labels=labels)


# ============================================================================
# b3a-02  athenahealth (Blue Ridge Orthopaedic & Spine) - percutaneous - does NOT meet
#         (second diagnostic block ~30% relief; surgeon's note/LMN overstate it)
# ============================================================================
@packet
def p02():
    printed = "11/18/2025 10:47AM"

    def ath_head(pdf, d):
        pdf.set_y(8)
        pdf.f(8, "B")
        pdf.line_txt("Blue Ridge Orthopaedic & Spine Associates", "GREGORY L PRUETT", size=8, style="B")
        pdf.f(7.5)
        pdf.line_txt("1450 Hendersonville Rd, Ste 210, Asheville, NC 28803  (828) 555-0190",
                     "DOB: 09/02/1966 (59yo M)  Acc No. 44718", size=7.5)
        pdf.line_txt(d.hline, f"DOS: {d.dos}", size=7.5)
        pdf.set_line_width(0.5)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.8, pdf.w - pdf.r_margin, pdf.get_y() + 0.8)
        pdf.set_line_width(0.2)
        pdf.set_y(pdf.get_y() + 3)

    def ath_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-11)
        pdf.f(7)
        pdf.line_txt(f"Printed on {printed} by BRENDA LOWRY (blowry)  -  athenaOne", f"Page {i} of {n}", size=7)

    def bar(pdf, title):
        pdf.gap(1.3)
        pdf.set_fill_color(215, 215, 215)
        pdf.f(8.5, "B")
        pdf.cell(0, 4.6, S(" " + title.upper()), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.gap(0.6)

    def fax_cover(pdf, d):
        pdf.set_y(18)
        pdf.f(22, "B")
        pdf.cell(0, 10, "FAX", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t("Blue Ridge Orthopaedic & Spine Associates", 12, "B")
        pdf.t("1450 Hendersonville Rd, Ste 210  |  Asheville, NC 28803\nPhone (828) 555-0190  |  Fax (828) 555-0199", 9.5)
        pdf.gap(6)
        pdf.grid([["To:", "CareSource NC - Utilization Management", "From:", "Brenda Lowry, Surgical Coordinator"],
                  ["Fax:", "1-844-432-8924", "Fax:", "(828) 555-0199"],
                  ["Phone:", "", "Phone:", "(828) 555-0196"],
                  ["Date:", "11/18/2025", "Pages:", "12 (including cover)"],
                  ["Re:", "Prior auth - L SI joint fusion", "Member:", "Gregory L Pruett  ID 208831576"]],
                 [10, 40, 10, 40], head=False, size=9.5)
        pdf.gap(4)
        pdf.t("[X] Urgent   [ ] For Review   [ ] Please Comment   [X] Please Reply", 10)
        pdf.gap(4)
        pdf.t("Comments: Please find attached prior authorization request and supporting clinicals for left "
              "percutaneous SI joint fusion with Dr. Vance. Surgery tentatively scheduled 12/17/2025 at Mission "
              "Ambulatory Surgery Center. Please fax determination to (828) 555-0199. Thank you!", 10)
        pdf.gap(60)
        pdf.t("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
              "confidential under federal and state law. If you are not the intended recipient, you are hereby "
              "notified that any review, disclosure, copying or distribution is strictly prohibited. If you have "
              "received this fax in error, please notify the sender immediately by telephone and destroy the "
              "documents.", 8)

    def pa_form(pdf, d):
        pdf.set_y(12)
        pdf.t("CareSource(R)  |  North Carolina", 10, "B")
        pdf.t("Prior Authorization Request - Medical/Surgical Services", 14, "B")
        pdf.t("Submit via Provider Portal or fax to 1-844-432-8924. Please print clearly.", 8)
        pdf.hr(0.4)
        pdf.kv([("Date submitted:", "11/18/2025"),
                ("Review type:", "Standard"),
                ("Member:", "Gregory L Pruett    DOB 09/02/1966    Member ID 208831576"),
                ("Ordering provider:", "Stephen J. Vance, MD  (Orthopaedic Spine)   NPI 1649371150"),
                ("Practice / TIN:", "Blue Ridge Orthopaedic & Spine Associates / 56-1973302"),
                ("Contact:", "Brenda Lowry  ph (828) 555-0196  fax (828) 555-0199"),
                ("Rendering facility:", "Mission Ambulatory Surgery Center, Asheville NC   NPI 1356612084"),
                ("Place of service:", "24 - Ambulatory Surgical Center"),
                ("Anticipated DOS:", "12/17/2025")], size=9, kw=40)
        pdf.gap(2)
        pdf.grid([["Line", "CPT", "Modifier", "Description", "Qty"],
                  ["1", "27279", "LT", "Arthrodesis, SI joint, percutaneous/minimally invasive w/ image guidance, incl. bone graft and transfixing device", "1"],
                  ["2", "76000", "", "Fluoroscopy (intraoperative)", "1"]], [6, 10, 10, 64, 6], size=8.5)
        pdf.grid([["Diagnosis", "ICD-10"],
                  ["Sacroiliac joint dysfunction, left", "M53.3"],
                  ["Chronic left-sided low back pain without sciatica", "M54.50 / G89.29"]], [70, 30], size=8.5)
        pdf.t("Clinical information: see attached office notes 03/11/2025 and 10/28/2025; procedure notes "
              "04/22/2025 and 08/12/2025; chiropractic and PT records; imaging; letter of medical necessity.", 9)
        pdf.gap(14)
        pdf.t("Provider signature: Stephen J. Vance, MD (electronic)                 Date: 11/18/2025", 9)

    def office(pdf, d):
        pdf.t(d.title, 11, "B")
        pdf.t(f"Provider: {d.provider}    Location: BROSA - Asheville Main    Visit type: {d.vtype}", 8)
        for title, body in d.sections:
            bar(pdf, title)
            if isinstance(body, str):
                pdf.t(body, 8.5)
            else:
                body(pdf)
        pdf.gap(2)
        pdf.t(d.signoff, 8, "I")

    def vitals_row(vals):
        def f(pdf):
            pdf.grid([["Date/Time", "BP", "Pulse", "Ht", "Wt", "BMI", "Pain", "Pain location"], vals],
                     [18, 10, 8, 8, 10, 8, 8, 20], size=8)
        return f

    meds_common = [["Medication", "Sig", "Status"],
                   ["metformin 1,000 mg tablet", "1 tab PO BID with meals", "Taking"],
                   ["atorvastatin 40 mg tablet", "1 tab PO qHS", "Taking"],
                   ["naproxen 500 mg tablet", "1 tab PO BID with food for back pain (started 10/2024)", "Taking"],
                   ["lidocaine 5 % topical patch", "apply to L low back/buttock 12 h on / 12 h off", "Taking"],
                   ["tramadol 50 mg tablet", "1 tab PO q8h prn severe pain (#30, PCP)", "Not taking - nausea"]]

    def meds(pdf):
        pdf.grid(meds_common, [38, 52, 20], size=8)

    def exam(tests, palp_extra=""):
        def f(pdf):
            pdf.t("GENERAL: well appearing, NAD. Ambulates independently, no assistive device.\n"
                  "LUMBAR: no deformity. Flexion 70 deg, ext 20 deg with L buttock pain. " + palp_extra, 8.5)
            pdf.grid([["Palpation", "L", "R"],
                      ["SI joint / sacral sulcus", "TTP - concordant", "nontender"],
                      ["Lumbar midline / paraspinals", "nontender", "nontender"],
                      ["Greater trochanter", "nontender", "nontender"],
                      ["Ischial tuberosity / coccyx", "nontender", "nontender"]], [40, 30, 30], size=8)
            pdf.grid([["Special test", "L", "R"]] + tests, [40, 30, 30], size=8)
            pdf.t("NEURO: strength 5/5 BLE all myotomes; SILT L2-S1; DTR 2+ sym; SLR neg bilat; no clonus. "
                  "Nonorganic (Waddell) signs: none.", 8.5)
        return f

    tests_full = [["Thigh thrust (P4)", "+", "-"], ["Compression", "+", "-"], ["Distraction", "+", "-"],
                  ["FABER (Patrick)", "+ (buttock)", "-"], ["Gaenslen", "-", "-"], ["FADIR", "-", "-"]]

    v1 = dict(title="Office Visit - New Patient", provider="Helen Okafor, DO (PM&R)", vtype="NEW PATIENT",
              hline="Encounter: 03/11/2025 - Office Visit", dos="03/11/2025",
              signoff="Encounter signed-off by Helen Okafor, DO, 03/11/2025 05:38PM",
              sections=[
                  ("Chief Complaint", "L low back/buttock pain x 1.5 yr. Referred by PCP (Dana Whitcomb, FNP)."),
                  ("Vitals", vitals_row(["03/11/2025 08:52am", "146/90", "84", "5'11\"", "226 lb", "31.5", "7/10", "L buttock"])),
                  ("Allergies", "Reviewed Allergies: PENICILLINS (hives)"),
                  ("Medications", meds),
                  ("Problems", "Reviewed Problems: Type 2 diabetes mellitus without complication (E11.9) - Active; "
                               "Hyperlipidemia (E78.5) - Active; Obstructive sleep apnea on CPAP (G47.33) - Active; "
                               "Low back pain (M54.50) - Active"),
                  ("Surgical History", "R rotator cuff repair 2018; appendectomy age 12"),
                  ("Family History", "Father: CAD, deceased 71. Mother: HTN. Brother: psoriasis."),
                  ("Social History", "Former smoker, quit 2012 (20 pk-yr). Drinks 2-3 beers/wk. Works as HVAC "
                                     "service technician - crawl spaces, lifting, lots of driving."),
                  ("HPI", "59yo M with L-sided low back/buttock pain since ~fall 2023, gradual onset, no fall or injury "
                          "he can recall. Pain sits over the L SIJ/upper buttock below the belt, he puts his hand right "
                          "over the L PSIS. No radiation below the gluteal fold; denies leg pain, numbness or "
                          "tingling. Worse with getting out of the truck, rolling in bed, standing on L leg, "
                          "climbing ladders. Naproxen BID since 10/2024 and lidocaine patches take the edge off. Seeing "
                          "chiropractor (Mountain View Chiropractic) ~weekly since December. Pain 7/10 today, 5-8/10 "
                          "usual. Denies morning stiffness > 30 min; no hx psoriasis, IBD or uveitis."),
                  ("ROS", "Constitutional: denies fever, chills, night sweats, wt loss. GU: denies incontinence, "
                          "saddle anesthesia. MSK: + low back/buttock pain; denies other joint swelling. Neuro: denies "
                          "weakness. All other systems negative except as noted in HPI."),
                  ("Physical Exam", exam(tests_full)),
                  ("Assessment / Plan",
                   "1. Sacroiliac joint dysfunction, left - M53.3\n"
                   "   Clinical picture c/w L SIJ-mediated pain (3/5 Laslett cluster +, concordant SIJ TTP, neuro intact).\n"
                   "   - XR L hip AP/lat ordered today to screen hip.\n"
                   "   - Reviewed L-spine MRI 02/2025 (no compressive lesion) and SI jt films 01/2025.\n"
                   "   - Schedule L SIJ injection under fluoro w/ contrast (diagnostic + therapeutic).\n"
                   "   - Continue chiropractic + naproxen + lidocaine patch. Add formal PT if chiro plateaus.\n"
                   "2. Type 2 DM - A1c 7.1 (01/2025); counseled re: steroid effect on glucose.\n"
                   "Return to Office: after injection."),
              ])

    def v3_plan(pdf):
        pdf.t("1. Sacroiliac joint dysfunction, left - M53.3\n"
              "2. Chronic pain syndrome? - no; pain is focal, not widespread.\n\n"
              "59M with > 2 yrs L SIJ pain. Failed chiropractic (12/2024-06/2025), 10 wks formal PT, naproxen, "
              "lidocaine patches. Two prior SIJ blocks with good temporary relief per pt; second one 'did not last as "
              "long'. Imaging: SIJ degenerative change on CT w/ vacuum phenomenon, no erosive change; MRI L-spine "
              "without compressive lesion; L hip XR without significant arthritis.\n"
              "Discussed options: continued conservative care, lateral branch RFA, percutaneous L SIJ fusion. He wants "
              "to proceed with L MIS SIJ fusion. Will submit for prior auth. Pre-op: A1c, CBC, BMP, nicotine "
              "screen (quit 2012).\n"
              "Return to Office: pre-op visit 2 weeks before surgery.", 8.5)

    v3 = dict(title="Office Visit - Surgical Consult", provider="Stephen J Vance, MD (Orthopaedic Spine Surgery)",
              vtype="NEW PATIENT - REFERRAL", hline="Encounter: 10/28/2025 - Office Visit", dos="10/28/2025",
              signoff="Encounter signed-off by Stephen J Vance, MD, 10/28/2025 06:02PM",
              sections=[
                  ("Chief Complaint", "L SI joint pain - surgical opinion (ref: Dr. Okafor)"),
                  ("Vitals", vitals_row(["10/28/2025 09:02am", "142/88", "81", "5'11\"", "224 lb", "31.2", "6/10", "L SIJ"])),
                  ("Medications", meds),
                  ("HPI", "Pleasant 59M, HVAC tech, referred by Dr. Okafor for L SIJ pain of > 2 yr duration. Pain is "
                          "focal over the L SIJ, no radiation into the thigh or leg. 6/10 today, 8/10 at the end of a "
                          "work day. Completed in-house PT 07/08-09/16/2025 and chiropractic 12/2024-06/2025 before "
                          "that. Naproxen BID and lidocaine patches ongoing. Had 2 L SIJ injections (04/22 and 08/12). "
                          "He says the first was 'a home run', second 'not as good'. Denies fever, wt loss, "
                          "bowel/bladder sx."),
                  ("Physical Exam", exam(tests_full, "Mild L lumbar paraspinal tightness without tenderness.")),
                  ("Assessment / Plan", v3_plan),
              ])

    def proc(pdf, d):
        pdf.t("Procedure Note", 11, "B")
        pdf.t(f"Provider: Helen Okafor, DO    Location: BROSA Procedure Suite    Date: {d.dos}", 8)
        bar(pdf, "Procedure")
        pdf.t(f"LEFT SACROILIAC JOINT INJECTION under fluoroscopic guidance with contrast (CPT 27096) - {d.which}", 8.5)
        bar(pdf, "Pre-procedure")
        pdf.t(f"Dx: L SI joint pain (M53.3). Pre-procedure pain score {d.pre}/10 (NRS), L buttock. Glucose {d.gluc} mg/dL. "
              "Not on anticoagulants. Allergies: PCN (hives). Consent signed after discussion of risks incl. "
              "infection, bleeding, nerve injury, temporary numbness/weakness, steroid flare and hyperglycemia. "
              "Time-out performed; site marked LEFT.", 8.5)
        bar(pdf, "Technique")
        pdf.t("Prone. Sterile prep with chlorhexidine x3 and drape. Skin/subQ anesthetized with 1 mL 1% lidocaine. Under "
              "AP then ipsilateral oblique fluoroscopic view, a 22g 3.5\" Quincke needle was advanced into the inferior "
              f"aspect of the L SI joint. {d.contrast} {d.inj} Needle removed, site cleaned and bandaged. No "
              "complications.", 8.5)
        pdf.t(f"Immediate post-procedure: {d.immediate}", 8.5)
        pdf.gap(1)
        pdf.t("Post-procedure instructions given: ice 15-20 min to site prn soreness, no soaking/tub x 24 hr, monitor "
              "blood sugar closely x 3 days (diabetic), record pain on diary card at listed times, call for "
              "fever/redness/new weakness.", 8)
        pdf.gap(1)
        pdf.t(f"Electronically Signed by: Helen Okafor, DO on {d.dos} {d.signed}", 8, "I")
        bar(pdf, f"Addendum {d.add_date} - pain diary reviewed ({d.add_label})")
        pdf.grid(d.diary, [24, 14, 62], size=8)
        pdf.t("Impression: " + d.impression, 8.5)
        pdf.gap(1)
        pdf.t(f"Addendum electronically signed by: Helen Okafor, DO on {d.add_date} {d.add_time}", 8, "I")

    p1 = dict(dos="04/22/2025", signed="03:55PM", add_date="05/29/2025", add_time="11:20AM", add_label="5-week phone f/u",
              immediate="1/10 at 15 min, able to do sit-to-stand and single-leg stance on L without pain.", which="#1 (diagnostic/therapeutic)", pre=7, gluc=162,
              hline="Encounter: 04/22/2025 - Procedure",
              contrast="0.5 mL Omnipaque 300 injected - intra-articular spread outlining the joint, no vascular runoff.",
              inj="Injectate: 1 mL 2% lidocaine + 1 mL (40 mg) methylprednisolone acetate.",
              diary=[["Time", "Pain (0-10)", "Comments"], ["Pre", "7", ""], ["15 min", "1", "got off table without pain"],
                     ["30 min", "1", ""], ["1 hr", "2", "drove home (wife drove)"], ["2 hr", "3", ""],
                     ["4 hr", "5", "numbness wearing off"], ["Next day", "5", "sore at site"],
                     ["Day 3", "3", "steroid kicking in?"], ["Week 2", "2-3", "working full days"],
                     ["Week 5", "6", "wearing off, back to usual"]],
              impression="Positive diagnostic L SIJ block: 86% relief at 15-30 min and 71% at 1 hour, consistent with "
                         "the duration of lidocaine. Concordant. Steroid benefit lasted ~5 weeks, then pain returned to "
                         "6/10. Plan: formal PT (BROSA rehab) 2x/wk; confirmatory block with bupivacaine in ~8 weeks; "
                         "continue naproxen/lidocaine patch.")
    p2 = dict(dos="08/12/2025", signed="02:41PM", add_date="08/26/2025", add_time="09:05AM", add_label="2-week phone f/u",
              immediate="5/10 at 30 min; still painful getting off the table.", which="#2 (confirmatory diagnostic/therapeutic)", pre=7, gluc=148,
              hline="Encounter: 08/12/2025 - Procedure",
              contrast="0.5 mL Omnipaque 300 confirmed intra-articular spread along the inferior joint recess; no "
                       "vascular uptake.",
              inj="Injectate: 1.5 mL 0.5% bupivacaine + 1 mL (40 mg) methylprednisolone acetate.",
              diary=[["Time", "Pain (0-10)", "Comments"], ["Pre", "7", ""], ["30 min", "5", "still hurts getting up"],
                     ["1 hr", "5", ""], ["2 hr", "5", ""], ["3 hr", "6", ""], ["4 hr", "6", ""],
                     ["6 hr", "7", "back to usual"], ["Day 3", "6", ""], ["Week 2", "6-7", "no real change from steroid"]],
              impression="Approximately 30% relief at best (7 -> 5/10) over the expected duration of bupivacaine - "
                         "nondiagnostic block. No meaningful steroid benefit at 2 weeks. Discordant with first block; "
                         "discussed with pt. Will send to Dr. Vance for surgical opinion per pt request.")

    def chiro(pdf, d):
        pdf.set_y(12)
        pdf.t("MOUNTAIN VIEW CHIROPRACTIC, PLLC", 12, "B", align="C")
        pdf.t("22 Merrimon Ave, Weaverville NC 28787  |  (828) 555-0123  |  Dr. Aaron Tillis, DC", 8.5, align="C")
        pdf.hr(0.3)
        pdf.t("TREATMENT SUMMARY / VISIT LOG     Patient: Pruett, Gregory   DOB 09/02/1966   Requested by: BROSA (Dr. Okafor)", 8.5, "B")
        pdf.t("Dx: M99.04 segmental dysfunction sacral region; M53.3; M54.50.   Initial exam 12/10/2024: L SIJ/buttock pain "
              "6/10, no radicular sx, + L SIJ fixation, + Gillet L. Plan: CMT + therapeutic exercise 1-2x/wk, "
              "core/glute HEP.", 8.5)
        rows = [["Date", "Svc", "Subjective pain", "Treatment"]]
        visits = [("12/10/2024", "6"), ("12/17/2024", "6"), ("01/02/2025", "6"), ("01/09/2025", "5"), ("01/16/2025", "6"),
                  ("01/28/2025", "6"), ("02/06/2025", "5"), ("02/13/2025", "5"), ("02/27/2025", "6"), ("03/06/2025", "6"),
                  ("03/20/2025", "7"), ("04/03/2025", "6"), ("04/17/2025", "6"), ("05/01/2025", "3"), ("05/15/2025", "3"),
                  ("05/29/2025", "5"), ("06/10/2025", "6"), ("06/24/2025", "6")]
        for dt, pn in visits:
            rows.append([dt, "98940, 97110", f"{pn}/10", "CMT pelvis/lumbar (Diversified, drop table), ther ex 15 min"])
        pdf.grid(rows, [14, 14, 14, 58], size=7.8, line_h=3.4)
        pdf.t("06/24/2025 - RE-EXAM / DISCHARGE: 18 visits over 6.5 months. Temporary relief after adjustments "
              "(1-2 days) but no sustained change; ODI 40% -> 36%. Plateaued - released from active care, continue HEP, "
              "return to referring provider.\n\nAaron Tillis, DC  (signed 06/24/2025)", 8.5)

    def ptdc(pdf, d):
        pdf.t("Physical Therapy Discharge Summary", 11, "B")
        pdf.t("Therapist: Megan Albrecht, PT, DPT    Referring: Helen Okafor, DO    Location: BROSA Rehab", 8)
        bar(pdf, "Episode")
        pdf.t("Start of care 07/08/2025 - discharge 09/16/2025. 17 of 20 visits attended (2 cx work conflict, 1 "
              "cx - injection day). Dx: L SIJ dysfunction M53.3.", 8.5)
        bar(pdf, "Interventions")
        pdf.t("Therapeutic exercise (TrA, multifidus, glute med/max progression), neuromuscular re-ed, manual therapy "
              "(SIJ mobilization, STM), trial of SI belt, body mechanics for work (ladder, crawl space). HEP issued "
              "07/08, updated 08/05 and 09/16.", 8.5)
        bar(pdf, "Outcome")
        pdf.grid([["Measure", "Initial 07/08/2025", "D/C 09/16/2025", "Goal"],
                  ["NPRS (current)", "6/10", "6/10", "<= 3/10"],
                  ["ODI", "38%", "34%", "< 20%"],
                  ["L glut med MMT", "4-/5", "4/5", "5/5"],
                  ["Sit tolerance", "30 min", "45 min", "90 min"]], [30, 24, 24, 22], size=8)
        bar(pdf, "Assessment / Plan")
        pdf.t("Improved strength and work mechanics, pain essentially unchanged. Pt reached plateau with skilled PT. "
              "D/C to HEP; recommend f/u with Dr. Okafor.", 8.5)
        pdf.gap(1)
        pdf.t("Electronically Signed by: Megan Albrecht, PT, DPT on 09/16/2025 06:20PM", 8, "I")

    def imaging(pdf, d):
        pdf.t("Imaging Results (Mission Imaging / BROSA)", 11, "B")
        for title, meta, body in d.reports:
            bar(pdf, title)
            pdf.t(meta, 7.5)
            pdf.t(body, 8.5)

    reports = [
        ("XR PELVIS AP + SACROILIAC JOINTS (3 VIEWS)", "Exam date 01/21/2025  Accession MI-25-0041877  Ordering: Dana Whitcomb, FNP  Reading: R. Hsu, MD",
         "FINDINGS: Mild sclerosis and small inferior osteophytes at the left SI joint. Joint space maintained. No erosions. "
         "Right SI joint normal. No fracture. Hips: joint spaces preserved.\nIMPRESSION: Mild left SI joint "
         "degenerative change. No erosive sacroiliitis."),
        ("MRI LUMBAR SPINE W/O CONTRAST", "Exam date 02/14/2025  Accession MI-25-0076310  Ordering: Dana Whitcomb, FNP  Reading: L. Brandt, MD",
         "FINDINGS: Normal alignment. Mild multilevel disc desiccation. L3-4: mild bulge, no stenosis. L4-5: mild "
         "facet arthropathy, no stenosis. L5-S1: small central disc protrusion without nerve root contact; "
         "foramina patent. Conus normal.\nIMPRESSION: Mild lumbar degenerative changes. No spinal stenosis or "
         "nerve root compression."),
        ("XR HIP LEFT 2 VIEWS", "Exam date 03/11/2025  Accession BR-25-11208  Ordering: Helen Okafor, DO  Reading: R. Hsu, MD",
         "FINDINGS: Hip joint space well preserved. No significant osteophytes. No fracture or AVN.\nIMPRESSION: "
         "No significant degenerative change of the left hip."),
        ("CT PELVIS W/O CONTRAST (SI JOINTS)", "Exam date 05/19/2025  Accession MI-25-0203395  Ordering: Helen Okafor, DO  Reading: L. Brandt, MD",
         "FINDINGS: Left SI joint: vacuum phenomenon, subchondral sclerosis and small anterior bridging osteophytes, "
         "typical of degenerative disease. No erosions, ankylosis or periarticular fluid. Right SI joint mild "
         "sclerosis. No fracture. No lytic or blastic lesion. Visualized hips unremarkable.\nIMPRESSION: Left > "
         "right SI joint osteoarthritis with vacuum phenomenon. No erosive or inflammatory sacroiliitis. No "
         "destructive lesion."),
    ]

    def lmn(pdf, d):
        pdf.set_y(14)
        pdf.t("Blue Ridge Orthopaedic & Spine Associates", 13, "B")
        pdf.t("Stephen J. Vance, MD  -  Orthopaedic Spine Surgery\n1450 Hendersonville Rd, Ste 210, Asheville, NC 28803", 9)
        pdf.hr(0.4)
        pdf.t("November 14, 2025", 10)
        pdf.gap(3)
        pdf.t("CareSource North Carolina\nAttn: Utilization Management / Medical Director\n\n"
              "RE: Gregory L. Pruett   DOB 09/02/1966   Member ID 208831576\n"
              "Requested procedure: Left percutaneous sacroiliac joint fusion", 10)
        pdf.gap(3)
        pdf.t("To Whom It May Concern:", 10)
        pdf.gap(2)
        pdf.t("I am writing on behalf of my patient, Mr. Pruett, to request authorization for left minimally invasive "
              "SI joint fusion. Mr. Pruett has suffered from left SI joint pain for over two years which has "
              "significantly limited his ability to work as an HVAC technician.\n\n"
              "He has failed an extensive course of conservative care including more than six months of chiropractic "
              "treatment, a 10-week course of formal physical therapy, daily NSAIDs (naproxen) and topical lidocaine. "
              "On examination he has concordant tenderness over the left SI joint and positive thigh thrust, "
              "compression, distraction and FABER tests. Both diagnostic SI joint blocks provided greater than 50% "
              "relief, confirming the SI joint as the pain generator. Steroid injections have given only temporary "
              "relief.\n\n"
              "CT demonstrates left SI joint degeneration with vacuum phenomenon; MRI of the lumbar spine shows no "
              "neural compression, and hip radiographs are unremarkable. He has no inflammatory arthropathy.\n\n"
              "Given the failure of conservative management, I believe left percutaneous SI joint fusion is medically "
              "necessary. Please do not hesitate to contact my office with any questions.", 10)
        pdf.gap(6)
        pdf.t("Sincerely,\n\n/s/ Stephen J. Vance, MD\nBoard Certified, Orthopaedic Surgery", 10)

    def hd(hline, dos):
        return dict(header=ath_head, footer=ath_foot, hline=hline, dos=dos)

    docs = [
        Doc(pa_form),
        Doc(office, group="v1", **hd(v1["hline"], v1["dos"]), **{k: v for k, v in v1.items() if k not in ("hline", "dos")}),
        Doc(proc, group="p1", **hd(p1["hline"], p1["dos"]), **{k: v for k, v in p1.items() if k not in ("hline", "dos")}),
        Doc(proc, group="p2", **hd(p2["hline"], p2["dos"]), **{k: v for k, v in p2.items() if k not in ("hline", "dos")}),
        Doc(ptdc, group="pt", **hd("Encounter: 09/16/2025 - PT Discharge", "09/16/2025")),
        Doc(office, group="v3", **hd(v3["hline"], v3["dos"]), **{k: v for k, v in v3.items() if k not in ("hline", "dos")}),
        Doc(chiro, footer=lambda pdf, d: (pdf.set_y(-12), pdf.line_txt("Mountain View Chiropractic - records request #2025-118", "Page 1 of 1", size=7.5))),
        Doc(imaging, group="img", **hd("Results - Imaging", "multiple"), reports=reports),
        Doc(lmn),
    ]
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-11-18",
        "criteria": {
            "perc.pain_location": C("met", "Pain sits over the L SIJ/upper buttock below the belt",
                                    "No radiation below the gluteal fold; denies leg pain"),
            "perc.pain_severity": C("met", "6/10 today, 8/10 at the end of a work day"),
            "perc.sij_tenderness": C("met", "SI joint / sacral sulcus TTP - concordant",
                                     "Greater trochanter nontender nontender"),
            "perc.active_conservative_therapy": C("met", "18 visits over 6.5 months",
                                                  "Start of care 07/08/2025 - discharge 09/16/2025"),
            "perc.inactive_conservative_therapy": C("met", "Naproxen BID since 10/2024 and lidocaine patches",
                                                    "Naproxen BID and lidocaine patches ongoing"),
            "perc.thigh_thrust_or_compression": C("met", "Thigh thrust (P4) + -", "Compression + -"),
            "perc.two_provocative_tests": C("met", "Distraction + -", "FABER (Patrick) + (buttock) -"),
            "perc.diagnostic_injections": C("not_met", "Approximately 30% relief at best (7 -> 5/10)",
                                            "expected duration of bupivacaine - nondiagnostic block"),
            "perc.generalized_pain_excluded": C("met", "Nonorganic (Waddell) signs: none.", "pain is focal, not widespread"),
            "perc.sij_imaging": C("met", "Mild left SI joint degenerative change. No erosive sacroiliitis.",
                                  "No erosive or inflammatory sacroiliitis. No destructive lesion."),
            "perc.hip_imaging": C("met", "No significant degenerative change of the left hip."),
            "perc.lumbar_imaging": C("met", "No spinal stenosis or nerve root compression."),
            "perc.therapeutic_injections": C("met", "Steroid benefit lasted ~5 weeks, then pain returned to 6/10",
                                             "No meaningful steroid benefit at 2 weeks."),
            "perc.excl.systemic_arthropathy": C("met", "no hx psoriasis, IBD or uveitis",
                                                "No erosive or inflammatory sacroiliitis."),
            "perc.excl.infection_tumor_fracture": C("met", "No fracture. No lytic or blastic lesion."),
            "perc.excl.acute_instability": C("met", "gradual onset, no fall or injury"),
            "perc.excl.neural_compression": C("met", "No spinal stenosis or nerve root compression."),
        },
        "notes": "athenaOne print, single PDF. 2nd block (bupivacaine) gave ~30% relief per primary procedure note; "
                 "surgeon note and LMN claim both blocks >50% - primary document wins.",
    }
    return dict(id="b3a-02", kind="single", files=[("b3a-02.pdf", docs)], packet_json=None, labels=labels)


# ============================================================================
# b3a-03  eClinicalWorks (Coastal Neurosurgical + Cape Fear Spine & Pain)
#         percutaneous - insufficient (no hip radiograph; thigh thrust/compression never documented)
#         PT records and imaging reports arrive as standard-resolution faxes
# ============================================================================
@packet
def p03():
    def ecw_head(pdf, d):
        pdf.set_y(7)
        pdf.f(7.5)
        pdf.line_txt("HOLLOWAY, Tamika J   DOB: 12/03/1979   Acct No: 10483", f"{d.ecw_prov}   {d.dos}", size=7.5)
        pdf.gap(1)
        pdf.t(d.practice, 11, "B", align="C")
        pdf.t(d.practice_addr, 7.5, align="C")
        pdf.gap(1)

    def ecw_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-13)
        pdf.f(7)
        pdf.line_txt(f"Patient: HOLLOWAY, Tamika J  DOB: 12/03/1979  Progress Note: {d.ecw_prov} {d.dos}",
                     f"Page {i}/{n}", size=7)
        pdf.line_txt("Note generated by eClinicalWorks EMR/PM Software (www.eClinicalWorks.com)", "", size=7)

    def lab(pdf, title):
        pdf.gap(1)
        pdf.f(9, "BU")
        pdf.cell(0, 4.6, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def sub(pdf, title, body, size=8.5):
        pdf.f(size, "B")
        pdf.cell(0, 4.2, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.t(body, size, indent=3)

    def patient_block(pdf, d):
        pdf.grid([["Patient: Tamika J Holloway", "Account Number: 10483", f"Provider: {d.ecw_prov}"],
                  ["DOB: 12/03/1979   Age: 45 Y   Sex: Female", "Phone: 910-555-0127", f"Date: {d.dos}"],
                  ["Address: 508 Live Oak Dr, Wilmington, NC 28411", "Insurance: CareSource NC Marketplace",
                   f"Appointment Facility: {d.facility}"]], [36, 30, 34], head=False, size=7.5, borders="NONE")

    meds_taking = ("Taking\n"
                   "- Celecoxib 200 MG Capsule 1 capsule Orally Once a day, Notes: started 08/2024\n"
                   "- Acetaminophen 500 MG Tablet 2 tablets Orally every 8 hrs as needed\n"
                   "- Sertraline HCl 50 MG Tablet 1 tablet Orally Once a day\n"
                   "- Levonorgestrel IUD (Mirena) - in place\n"
                   "Not-Taking/PRN\n"
                   "- Gabapentin 300 MG Capsule 1 capsule at bedtime - stopped 11/2024, dizziness\n"
                   "- Oxycodone-Acetaminophen 5-325 MG (post-op 2019) - not taking")

    def ns_visit1(pdf, d):
        patient_block(pdf, d)
        lab(pdf, "Subjective:")
        sub(pdf, "Chief Complaints:", "1. L buttock/SI joint pain. 2. Referred by Dr. Iyer.")
        sub(pdf, "HPI:", "45 yo F s/p L4-5 TLIF (2019, Dr. Pruitt, outside) for spondylolisthesis with L leg sciatica, "
                         "which resolved completely after surgery. Starting ~2022 developed L-sided low back pain "
                         "localized to the L buttock over the SI joint, below the level of her incision. Pain does not "
                         "radiate; no leg pain, numbness or weakness since the fusion. No injury or fall. Worse sitting on hard "
                         "chairs, standing from seated, stairs, lying on L side. Rates 8/10 today. Has had PT (Port City PT "
                         "10/2024-02/2025), now doing aquatic PT, celecoxib daily, heat, TENS unit at home. Two L SIJ "
                         "injections with Dr. Iyer (02/11/2025, 05/20/2025), each with excellent short-term relief and "
                         "steroid benefit for a few weeks; pain has returned to baseline since mid-June.")
        lab(pdf, "Current Medications:")
        pdf.t(meds_taking, 8.5, indent=3)
        pdf.t("Medication List reviewed and reconciled with the patient", 8, "I", indent=3)
        lab(pdf, "Past Medical History:")
        pdf.t("Depression, stable on sertraline. Migraine without aura. Spondylolisthesis L4-5 (treated). "
              "Iron deficiency anemia 2020.", 8.5, indent=3)
        lab(pdf, "Surgical History:")
        pdf.t("L4-5 TLIF (transforaminal lumbar interbody fusion) 03/2019\nTubal ligation 2012\nTonsillectomy childhood", 8.5, indent=3)
        lab(pdf, "Family History:")
        pdf.t("Mother: alive, HTN, fibromyalgia. Father: deceased, lung CA. Sister: lupus.", 8.5, indent=3)
        lab(pdf, "Social History:")
        pdf.t("Tobacco Use: Never smoker. Alcohol: socially. Occupation: dental hygienist (prolonged sitting/leaning).", 8.5, indent=3)
        lab(pdf, "Allergies:")
        pdf.t("Latex: hives\nIodinated contrast: N/A (tolerated Omnipaque 2025 without reaction)", 8.5, indent=3)
        lab(pdf, "Review of Systems:")
        pdf.t("Constitutional: Denies fever, chills, night sweats, weight loss. Musculoskeletal: Back pain - L buttock. "
              "Denies joint swelling, morning stiffness. Neurologic: Denies numbness, tingling, weakness, "
              "bowel/bladder dysfunction. Psychiatric: depression controlled.", 8.5, indent=3)
        lab(pdf, "Objective:")
        sub(pdf, "Vitals:", "Temp 97.8 F, BP 124/78, HR 70, RR 14, Ht 5 ft 4 in, Wt 171 lbs, BMI 29.35, Pain scale 8/10.")
        sub(pdf, "Examination:", "General: NAD, pleasant. Back: well-healed midline lumbar incision, nontender. No "
                                 "lumbar paraspinal TTP. Focal TTP L SIJ/PSIS, Fortin finger test +. R SIJ nontender. "
                                 "Greater trochanters nontender bilat.")
        pdf.grid([["SIJ / Hip tests", "Left", "Right"],
                  ["FABER (Patrick's)", "Positive - L SIJ pain", "Negative"],
                  ["Gaenslen's", "Positive", "Negative"],
                  ["Distraction (supine gapping)", "Positive", "--"],
                  ["Yeoman's", "Positive", "Negative"],
                  ["Hip IR / FADIR", "Negative, full ROM", "Negative"],
                  ["SLR", "Negative", "Negative"]], [40, 30, 30], size=8)
        sub(pdf, "Neuro:", "Motor 5/5 BLE. Sensation intact. Reflexes 2+ patellar, 1+ Achilles symmetric. Gait normal.")
        lab(pdf, "Assessment:")
        pdf.t("Assessment:\n1. Sacroiliac joint dysfunction of left side - M53.3 (Primary)\n"
              "2. History of lumbar spinal fusion - Z98.1", 8.5, indent=3)
        lab(pdf, "Plan:")
        pdf.t("Treatment:\n1. Sacroiliac joint dysfunction of left side\n"
              "Imaging: MRI Pelvis (SI joints) w/o contrast; CT Lumbar Spine w/o contrast (assess fusion/adjacent segment).\n"
              "Notes: Likely L SIJ pain after lumbar fusion. Continue aquatic PT, celecoxib. Obtain imaging; return "
              "after to discuss percutaneous SIJ fusion vs RFA.\n"
              "Follow Up: 6-8 weeks", 8.5, indent=3)
        pdf.gap(1)
        pdf.t("Electronically signed by Colleen Marsh, MD on 06/24/2025 at 05:44 PM EDT\nSign off status: Completed", 8, "I")

    def ns_visit2(pdf, d):
        patient_block(pdf, d)
        lab(pdf, "Subjective:")
        sub(pdf, "Chief Complaints:", "1. f/u L SI joint pain, imaging results.")
        sub(pdf, "HPI:", "Returns to review MRI and CT. Pain unchanged, L buttock/SIJ, 7/10 today, 6-9/10 range. No "
                         "radiating pain. Finished aquatic PT 06/24 - helped while in the pool only. Celecoxib daily, "
                         "heat, Tylenol. Uses TENS 'sometimes'. Wants to move forward with surgery; difficulty working "
                         "full days as a hygienist.")
        lab(pdf, "Current Medications:")
        pdf.t("Taking\n- Celecoxib 200 MG Capsule 1 capsule Orally Once a day\n- Acetaminophen 500 MG Tablet 2 tablets "
              "Orally every 8 hrs as needed\n- Sertraline HCl 50 MG Tablet 1 tablet Orally Once a day\n"
              "Medication List reviewed and reconciled with the patient", 8.5, indent=3)
        lab(pdf, "Objective:")
        sub(pdf, "Vitals:", "BP 128/80, HR 72, Wt 169 lbs, BMI 29.0, Pain scale 7/10.")
        sub(pdf, "Examination:", "Unchanged from 06/24/2025: focal TTP L SIJ; no midline or paraspinal tenderness; GT "
                                 "nontender. FABER +L, Gaenslen +L, distraction +. Neuro intact. Waddell 0/5.")
        sub(pdf, "Results reviewed:", "MRI pelvis SIJ 07/08/2025 - L SIJ degenerative change, no edema/erosions. CT L-spine "
                                      "07/08/2025 - solid L4-5 fusion, no stenosis, no hardware complication. SIJ films "
                                      "11/2024 - mild L SIJ sclerosis. ESR 9, CRP < 0.3, HLA-B27 neg (Dr. Iyer, 02/2025).")
        lab(pdf, "Assessment:")
        pdf.t("Assessment:\n1. Sacroiliitis, not elsewhere classified - M46.1 (code used for L SIJ pain; imaging degenerative, "
              "not inflammatory)\n2. Sacroiliac joint dysfunction of left side - M53.3\n3. History of lumbar spinal fusion - Z98.1", 8.5, indent=3)
        lab(pdf, "Plan:")
        pdf.t("Treatment:\n1. Sacroiliac joint dysfunction of left side\n"
              "Imaging: XR Hip Left 2 views - ordered today, pt to have done at Wilmington Health prior to surgery; "
              "will forward result when available.\n"
              "Notes: Post-fusion L SIJ pain, 2 positive fluoroscopic blocks w/ contrast, failed > 6 mo PT/aquatic "
              "PT/HEP and NSAID. Plan L percutaneous SIJ fusion (27279). Risks/benefits/alternatives reviewed incl. "
              "nonunion, implant malposition, nerve injury, infection, possible need for revision. Consent "
              "obtained. Surgery coordinator to submit prior auth.\n"
              "Procedure Codes: 99214 OFFICE O/P EST MOD 30 MIN\nFollow Up: pre-op 2 weeks before DOS", 8.5, indent=3)
        pdf.gap(1)
        pdf.t("Electronically signed by Colleen Marsh, MD on 09/16/2025 at 05:21 PM EDT\nSign off status: Completed", 8, "I")

    def pain_proc(pdf, d):
        patient_block(pdf, d)
        lab(pdf, "Procedure Note:")
        sub(pdf, "Procedure:", f"{d.side_txt} sacroiliac joint injection, fluoroscopically guided with contrast (27096). {d.which}")
        sub(pdf, "Diagnosis:", "Sacroiliitis, not elsewhere classified (M46.1); Sacroiliac joint dysfunction of left side (M53.3)")
        sub(pdf, "Pre-procedure:", f"Pain {d.pre}/10 L buttock. Vitals stable. No anticoagulants. Latex-free setup. "
                                   "Consent obtained, time-out completed, L side marked.")
        sub(pdf, "Technique:", "Patient prone on fluoroscopy table. Sterile prep/drape. 1% lidocaine skin wheal. Under "
                               "fluoroscopic guidance (AP with cephalad tilt, then oblique) a 25g 3.5 in spinal needle was "
                               f"advanced into the inferior L SI joint. {d.contrast} {d.inj} No paresthesias. Needle "
                               "withdrawn, bandage applied.")
        sub(pdf, "Complications:", "None. EBL minimal.")
        sub(pdf, "Post-procedure:", d.post)
        sub(pdf, "Discharge instructions:", "Ice 20 min on/off to injection site today. Do usual activities and record "
                                            "pain on diary card. No baths/pools x 24 h. Call 910-555-0150 with fever, "
                                            "redness, swelling, or new weakness.")
        pdf.gap(1)
        pdf.t(f"Electronically signed by Rajesh Iyer, MD on {d.signed}\nSign off status: Completed", 8, "I")
        lab(pdf, f"Addendum: {d.add}")
        pdf.t("Pain diary completed by patient in recovery and at home, reviewed by RN on follow-up call:", 8.5)
        pdf.grid(d.diary, [22, 16, 16, 46], size=8)
        sub(pdf, "Interpretation:", d.interp)
        pdf.t(f"Addendum electronically signed by Rajesh Iyer, MD on {d.add}", 8, "I")

    diary_a = [["Time", "Pain 0-10", "% relief", "Notes"], ["Pre", "8", "-", ""], ["30 min", "2", "75%", "sit-to-stand ok"],
               ["1 hr", "2", "75%", ""], ["2 hr", "3", "63%", "sat 45 min"], ["3 hr", "3", "63%", ""],
               ["4 hr", "4", "50%", ""], ["6 hr", "6", "25%", ""], ["Next AM", "6", "", "sore at site"]]
    diary_b = [["Time", "Pain 0-10", "% relief", "Notes"], ["Pre", "7", "-", ""], ["15 min", "1", "86%", ""],
               ["30 min", "2", "71%", "walked hallway"], ["1 hr", "2", "71%", ""], ["2 hr", "4", "43%", ""],
               ["4 hr", "6", "14%", ""], ["Next day", "6", "", ""]]

    def pain_fu(pdf, d):
        patient_block(pdf, d)
        lab(pdf, "Subjective:")
        sub(pdf, "Chief Complaints:", "1. f/u L SIJ injection 02/11/2025.")
        sub(pdf, "HPI:", "Reports ~4 weeks of good relief from the steroid after the 02/11 injection (pain 2-3/10, "
                         "working full days), pain gradually returned over the last week and is back to baseline 7-8/10 "
                         "L buttock. Completed Port City PT 02/04/2025; has done the written HEP daily for the 6 weeks "
                         "since discharge (bridges, bird dog, clamshells, stretches) - no lasting change. Continues "
                         "celecoxib 200 mg daily. Gabapentin stopped 11/2024 (dizzy).")
        lab(pdf, "Objective:")
        sub(pdf, "Vitals:", "BP 122/76, HR 68, Pain scale 7/10.")
        sub(pdf, "Examination:", "L SIJ TTP. FABER +L, Gaenslen +L. Neuro intact.")
        sub(pdf, "Labs:", "ESR 9 mm/hr, CRP < 0.3 mg/dL, HLA-B27 negative (02/2025).")
        lab(pdf, "Assessment:")
        pdf.t("1. Sacroiliac joint dysfunction of left side - M53.3", 8.5, indent=3)
        lab(pdf, "Plan:")
        pdf.t("HEP completed, reviewed and progressed. Referral to aquatic therapy (Port City PT aquatics) 2x/wk x 12 wks. "
              "Repeat L SIJ injection with lidocaine as confirmatory block in ~8 wks. Continue celecoxib.\n"
              "Follow Up: after injection", 8.5, indent=3)
        pdf.gap(1)
        pdf.t("Electronically signed by Rajesh Iyer, MD on 03/25/2025 at 04:02 PM EDT\nSign off status: Completed", 8, "I")

    # -------- outside PT (faxed, standard resolution)
    def ptc_head(pdf, d):
        pdf.set_y(14)
        pdf.t("PORT CITY PHYSICAL THERAPY & AQUATICS", 13, "B")
        pdf.t("1922 Market St, Wilmington NC 28403   Tel 910-555-0175   Fax 910-555-0176", 10)
        pdf.t("Patient: HOLLOWAY, TAMIKA    DOB: 12/03/1979    MRN: PCPT-22931", 10, "B")
        pdf.hr(0.5)

    def ptc_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-16)
        pdf.line_txt("Port City PT - Medical Records", f"Page {i} of {n}", size=10)

    def ptc1(pdf, d):
        pdf.t("INITIAL EVALUATION - 10/15/2024", 12, "B")
        pdf.t("Referring MD: Rajesh Iyer, MD.  Dx: L SIJ pain (M53.3), hx L4-5 fusion.  Onset: approx 2022.", 10.5)
        pdf.t("S: L buttock pain over SIJ, no radiating sx. Pain 7/10 now. Aggravated by sitting at work >30 min, "
              "stairs, sleeping on L. Meds: celecoxib.", 10.5)
        pdf.t("O: Lumbar AROM flex 60% (fusion), ext 50%. Hip ROM WNL bilat. (+) FABER L, (+) distraction. L glut med "
              "4-/5. Sensation intact. ODI 44%.", 10.5)
        pdf.t("A: L SIJ dysfunction with lumbopelvic instability after fusion. Rehab potential: good.", 10.5)
        pdf.t("P: 2x/wk x 16 wks: therex, core stabilization, manual therapy, SI belt trial, HEP.", 10.5)
        pdf.t("Signed: Trevor Hines, PT, DPT   10/15/2024", 10.5)
        pdf.gap(3)
        pdf.t("PROGRESS NOTE - 12/10/2024 (visit 14)", 12, "B")
        pdf.t("Pt attending consistently. Strength L glut med 4/5. Pain 6-7/10 with sitting, unchanged. SI belt gives "
              "mild help. Cont POC.   Signed: Trevor Hines, PT, DPT", 10.5)

    def ptc2(pdf, d):
        pdf.t("DISCHARGE SUMMARY - 02/04/2025", 12, "B")
        pdf.t("Dates of care: 10/15/2024 - 02/04/2025. Visits: 29 attended / 32 scheduled.", 10.5)
        pdf.t("Outcome: strength improved (glut med 4+/5), ODI 44% -> 38%. Pain unchanged 6-7/10. Goals partially met.", 10.5)
        pdf.t("Plan: D/C to HEP. Written 6-week HEP given (bridges, bird dog, clamshells, piriformis/hip flexor "
              "stretch, walking). F/u with Dr. Iyer.   Signed: Trevor Hines, PT, DPT", 10.5)
        pdf.gap(3)
        pdf.t("AQUATIC THERAPY EVAL - 04/01/2025", 12, "B")
        pdf.t("Referral: Dr. Iyer, 'aquatic PT for SIJ pain'. Plan 2x/wk x 12 wks, warm pool, core/hip program.", 10.5)
        pdf.gap(3)
        pdf.t("AQUATIC THERAPY DISCHARGE - 06/24/2025", 12, "B")
        pdf.t("Dates of care: 04/01/2025 - 06/24/2025. Visits: 21 of 24. Tolerated well; relief during sessions only. "
              "Land-based pain 7/10, ODI 40%. D/C - plateau. Continue HEP and community pool.   "
              "Signed: Lena Park, PTA / Trevor Hines, PT, DPT", 10.5)

    def pt_banner(k, n):
        return f"SEP-22-2025 03:18PM  FROM-PORT CITY PT 9105550176   T-417 P.{k + 1:03d}/{n:03d} F-882"

    # -------- imaging (faxed, standard resolution)
    def img_head(pdf, d):
        pdf.set_y(14)
        pdf.t("WILMINGTON HEALTH IMAGING", 13, "B")
        pdf.t("Diagnostic Radiology Report     Ph 910-555-0111   Fax 910-555-0112", 10)
        pdf.hr(0.5)
        pdf.t("Patient: HOLLOWAY, TAMIKA J   DOB: 12/03/1979   MRN: WH0048817", 10)

    def img_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-16)
        pdf.line_txt("Final report - electronically signed", f"Page {i} of {n}", size=10)

    def img1(pdf, d):
        pdf.t("EXAM: XR SACROILIAC JOINTS, 3 VIEWS     DATE: 11/12/2024\nOrdering: Rajesh Iyer, MD", 10.5, "B")
        pdf.t("FINDINGS: Postsurgical changes of L4-5 posterior fusion partially imaged, intact. Mild subchondral "
              "sclerosis at the inferior left SI joint. No erosions or joint widening. Right SIJ normal. No fracture.\n"
              "IMPRESSION: Mild left SI joint degenerative change. No erosive arthropathy.\n"
              "Radiologist: Pamela Greer, MD   11/12/2024", 10.5)
        pdf.gap(4)
        pdf.t("EXAM: MRI PELVIS WITHOUT CONTRAST (SI JOINTS)     DATE: 07/08/2025\nOrdering: Colleen Marsh, MD", 10.5, "B")
        pdf.t("FINDINGS: Mild degenerative change of the left SI joint with joint space irregularity and subchondral "
              "sclerosis; small osteophytes. No bone marrow edema. No erosions, capsulitis or enthesitis. Right SI "
              "joint unremarkable. No fracture, marrow replacement or soft tissue mass.\n"
              "IMPRESSION: Mild left SI joint osteoarthritis. No findings of inflammatory sacroiliitis. No fracture "
              "or mass.\nRadiologist: Samuel Ortiz, MD   07/09/2025", 10.5)

    def img2(pdf, d):
        pdf.t("EXAM: CT LUMBAR SPINE WITHOUT CONTRAST     DATE: 07/08/2025\nOrdering: Colleen Marsh, MD", 10.5, "B")
        pdf.t("HISTORY: L4-5 TLIF 2019, L buttock pain.\n"
              "FINDINGS: Pedicle screws and rods L4-L5 with interbody cage; solid bony bridging across the L4-5 disc space. "
              "No hardware lucency or fracture. L3-4: mild disc bulge and facet arthropathy, no spinal canal or foraminal "
              "stenosis. L5-S1: mild disc bulge; patent foramina. No retropulsion.\n"
              "IMPRESSION: 1. Solid L4-5 arthrodesis without hardware complication. 2. Mild adjacent-level degenerative "
              "change without spinal canal or neural foraminal stenosis.\nRadiologist: Samuel Ortiz, MD   07/09/2025", 10.5)

    def img_banner(k, n):
        return f"09/23/2025 09:41  WILMINGTON HEALTH IMG 910 555 0112  >>  COASTAL NEUROSURG   {k + 1}/{n}"

    # -------- request form (practice's own form)
    def req(pdf, d):
        pdf.set_y(14)
        pdf.t("COASTAL NEUROSURGICAL ASSOCIATES, PA", 14, "B", align="C")
        pdf.t("2311 S 17th St, Suite 400, Wilmington NC 28401  |  Tel 910-555-0160  |  Fax 910-555-0161", 8.5, align="C")
        pdf.hr(0.5)
        pdf.t("SURGICAL PRIOR AUTHORIZATION / PRE-CERTIFICATION REQUEST", 12, "B", align="C")
        pdf.gap(2)
        pdf.grid([["Payer", "CareSource North Carolina (Marketplace)", "Payer fax", "1-844-432-8924"],
                  ["Date of request", "09/30/2025", "Urgency", "Routine"],
                  ["Patient", "Tamika J Holloway", "DOB", "12/03/1979"],
                  ["Member ID", "301556487", "Group", "Individual - Silver"],
                  ["Surgeon", "Colleen Marsh, MD  NPI 1265419933", "Assistant", "None"],
                  ["Facility", "New Hanover Regional - Outpatient Surgery", "Admit type", "Outpatient / 23-hr obs"],
                  ["Procedure date", "10/29/2025 (tentative)", "Anesthesia", "General"]], [18, 36, 16, 30], head=False, size=9)
        pdf.grid([["CPT", "Description", "Side"],
                  ["27279", "Percutaneous/minimally invasive arthrodesis of sacroiliac joint with image guidance and transfixing device", "Left"]],
                 [12, 76, 12], size=9)
        pdf.grid([["ICD-10", "Description"], ["M53.3", "Sacrococcygeal disorders NEC (L SI joint dysfunction)"],
                  ["M46.1", "Sacroiliitis, not elsewhere classified"], ["Z98.1", "Arthrodesis status"]], [14, 86], size=9)
        pdf.t("Enclosed: office notes (06/24/2025, 09/16/2025), pain management notes and procedure notes, PT/aquatic "
              "records, imaging reports.", 9)
        pdf.gap(10)
        pdf.t("Submitted by: Janelle Whitaker, surgical coordinator     Phone 910-555-0163", 9)

    NS = dict(practice="Coastal Neurosurgical Associates, PA",
              practice_addr="2311 S 17th St, Suite 400, Wilmington NC 28401  Tel: 910-555-0160  Fax: 910-555-0161",
              ecw_prov="Colleen Marsh, MD", facility="Coastal Neurosurgical - Main")
    CF = dict(practice="Cape Fear Spine & Pain Specialists",
              practice_addr="1701 Doctors Cir, Wilmington NC 28401  Tel: 910-555-0150  Fax: 910-555-0151",
              ecw_prov="Rajesh Iyer, MD", facility="CFSP Procedure Center")

    files = [
        ("01_Surgical_PA_Request.pdf", [Doc(req)]),
        ("02_Neurosurgery_Office_Notes.pdf", [
            Doc(ns_visit1, ecw_head, ecw_foot, group="n1", dos="06/24/2025", **NS),
            Doc(ns_visit2, ecw_head, ecw_foot, group="n2", dos="09/16/2025", **NS)]),
        ("03_Pain_Management_Notes.pdf", [
            Doc(pain_proc, ecw_head, ecw_foot, group="a", dos="02/11/2025", **CF, side_txt="LEFT",
                which="Diagnostic/therapeutic #1.", pre=8,
                contrast="Omnipaque 180, 0.5 mL, injected with arthrogram confirming intra-articular placement, no vascular flow.",
                inj="Injected 1 mL 0.25% bupivacaine with 10 mg dexamethasone (2 mL total).",
                post="Pain 2/10 at 30 min. Stable, discharged home with driver.",
                diary=diary_a, interp="63% relief at 3 h and 50% at 4 h - positive diagnostic block (bupivacaine).",
                signed="02/11/2025 at 12:55 PM EST", add="02/13/2025 at 09:20 AM EST"),
            Doc(pain_fu, ecw_head, ecw_foot, group="b", dos="03/25/2025", **CF),
            Doc(pain_proc, ecw_head, ecw_foot, group="c", dos="05/20/2025", **CF, side_txt="LEFT",
                which="Confirmatory diagnostic block #2 (different anesthetic).", pre=7,
                contrast="Omnipaque 180, 0.5 mL: contrast spread within the joint, capsular outline, no intravascular uptake.",
                inj="Injected 1 mL 1% lidocaine (preservative free) + 1 mL (40 mg) triamcinolone.",
                post="Pain 1/10 at 15 min, provocative maneuvers painless. Discharged ambulatory.",
                diary=diary_b, interp="71% relief at 1 hour (lidocaine) - concordant positive block #2.",
                signed="05/20/2025 at 11:48 AM EDT", add="05/22/2025 at 02:05 PM EDT"),
        ]),
        ("04_PT_Records_PortCity_FAX.pdf", [
            Doc(ptc1, ptc_head, ptc_foot, group="pt", top=40, fax=dict(res="std", banner=pt_banner, seed=303)),
            Doc(ptc2, ptc_head, ptc_foot, group="pt", top=40, fax=dict(res="std", banner=pt_banner, seed=303)),
        ]),
        ("05_Imaging_Reports_FAX.pdf", [
            Doc(img1, img_head, img_foot, group="im", top=36, fax=dict(res="std", banner=img_banner, seed=304)),
            Doc(img2, img_head, img_foot, group="im", top=36, fax=dict(res="std", banner=img_banner, seed=304)),
        ]),
    ]
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-09-30",
        "criteria": {
            "perc.pain_location": C("met", "localized to the L buttock over the SI joint",
                                    "Pain does not radiate; no leg pain"),
            "perc.pain_severity": C("met", "L buttock/SIJ, 7/10 today", "Pain scale 7/10."),
            "perc.sij_tenderness": C("met", "Focal TTP L SIJ/PSIS, Fortin finger test +",
                                     "No lumbar paraspinal TTP.", "Greater trochanters nontender bilat."),
            "perc.active_conservative_therapy": C("met", "Dates of care: 10/15/2024 - 02/04/2025",
                                                  "Dates of care: 04/01/2025 - 06/24/2025"),
            "perc.inactive_conservative_therapy": C("met", "Celecoxib 200 MG Capsule 1 capsule Orally Once a day",
                                                    "Notes: started 08/2024"),
            "perc.thigh_thrust_or_compression": C("insufficient"),
            "perc.two_provocative_tests": C("met", "FABER (Patrick's) Positive - L SIJ pain", "Gaenslen's Positive Negative",
                                            "Distraction (supine gapping) Positive"),
            "perc.diagnostic_injections": C("met", "positive diagnostic block (bupivacaine)",
                                            "71% relief at 1 hour (lidocaine)"),
            "perc.generalized_pain_excluded": C("met", "Neuro intact. Waddell 0/5."),
            "perc.sij_imaging": C("met", "No erosive arthropathy.", "No findings of inflammatory sacroiliitis."),
            "perc.hip_imaging": C("insufficient"),
            "perc.lumbar_imaging": C("met", "without spinal canal or neural foraminal stenosis"),
            "perc.therapeutic_injections": C("met", "pain gradually returned over the last week",
                                             "pain has returned to baseline since mid-June"),
            "perc.excl.systemic_arthropathy": C("met", "CRP < 0.3 mg/dL, HLA-B27 negative", "imaging degenerative, not inflammatory"),
            "perc.excl.infection_tumor_fracture": C("met", "No fracture, marrow replacement or soft tissue mass."),
            "perc.excl.acute_instability": C("met", "No injury or fall."),
            "perc.excl.neural_compression": C("met", "without spinal canal or neural foraminal stenosis",
                                              "no leg pain, numbness or weakness since the fusion"),
        },
        "notes": "eClinicalWorks; PT + imaging faxed (standard 204x98). Hip XR only ordered; thigh thrust/compression "
                 "never examined. M46.1 'sacroiliitis NEC' is a billing label; labs/imaging non-inflammatory.",
    }
    return dict(id="b3a-03", kind="folder", files=files, packet_json=None, labels=labels)


# ============================================================================
# b3a-04  Oracle Health / Cerner PowerChart (Carolina Summit Health) - OPEN revision fusion
#         CPT 27280 appears only in the letter of medical necessity - meets criteria
#         outside 2023 operative report arrives as a fine-resolution fax
# ============================================================================
@packet
def p04():
    PRINT = "3/5/2026 10:02 EST"

    def cer_head(pdf, d):
        pdf.set_y(7)
        pdf.f(8, "B")
        pdf.line_txt("Carolina Summit Health", d.doc_type, size=8, style="B")
        pdf.f(7.5)
        pdf.t("Patient Name: CASTELLANO, ROBERT A      MRN: 000884217      FIN: " + d.fin +
              "      DOB/Age/Sex: 06/21/1958 / 67 years / Male", 7.5)
        pdf.t(f"Visit date: {d.visit}      Attending: Kessler MD, Adam J      Location: CSH Spine Institute - Raleigh", 7.5)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.3)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.6, pdf.w - pdf.r_margin, pdf.get_y() + 0.6)
        pdf.set_y(pdf.get_y() + 2.5)

    def cer_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-12)
        pdf.f(7)
        pdf.line_txt(f"Report Request ID: {d.rrid}      Print Date/Time: {PRINT}", f"Page {i} of {n}", size=7)
        pdf.line_txt("CONFIDENTIAL - contains protected health information", "", size=7)

    def docinfo(pdf, rows):
        pdf.f(8)
        for k, v in rows:
            pdf.f(8, "B")
            pdf.cell(36, 3.8, S(k))
            pdf.f(8)
            pdf.cell(0, 3.8, S(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.gap(1.5)

    def h(pdf, title):
        pdf.gap(1)
        pdf.f(9.5, "B")
        pdf.cell(0, 4.8, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def b(pdf, text, size=8.5):
        pdf.t(text, size)

    def note1(pdf, d):
        docinfo(pdf, [("Document Type:", "Office Clinic Note"), ("Service Date/Time:", "11/18/2025 09:15 EST"),
                      ("Result Status:", "Auth (Verified)"), ("Document Subject:", "Spine Surgery - New Patient (revision SIJ)"),
                      ("Sign Information:", "Kessler MD, Adam J (11/18/2025 16:40 EST)")])
        h(pdf, "Chief Complaint")
        b(pdf, "Recurrent right buttock pain after right SI joint fusion.")
        h(pdf, "History of Present Illness")
        b(pdf, "67 year old male referred by Dr. Patel (PCP) for evaluation of recurrent right SI joint pain. He "
               "underwent right percutaneous SI joint fusion with three transiliac triangular titanium implants on "
               "08/15/2023 by Dr. Lyle Brennan at Triad Regional Medical Center for chronic right SIJ pain that had "
               "failed conservative care and injections. He did well for about 6-8 months (pain 2/10), then noted "
               "gradually returning deep right buttock pain in spring 2024 without any new injury. Outside CT 06/2024 "
               "was read as 'possible lucency about the implants'; he was treated with PT and a bone stimulator "
               "without improvement. Pain now 7/10, localized to the right SIJ/buttock, worse with single-leg stance, "
               "stairs and sitting on the right. He denies radiating pain into the leg, numbness or weakness. No "
               "fever, chills, wound drainage or weight loss. Walks with a cane for distances since 2025.")
        h(pdf, "Review of Systems")
        b(pdf, "Constitutional: No fever, no chills, no night sweats.  Genitourinary: No incontinence (continent since "
               "2017 prostatectomy).  Musculoskeletal: Right buttock pain; no other joint pain.  Neurologic: No numbness, "
               "no tingling, no weakness.  All other systems reviewed and negative.")
        h(pdf, "Physical Exam")
        b(pdf, "Vitals & Measurements\nT: 36.7 °C (Oral)  HR: 72 (Peripheral)  RR: 16  BP: 138/82  SpO2: 97%  "
               "HT: 178 cm  WT: 92.4 kg  BMI: 29.2  Pain: 7 (0-10 numeric), R buttock")
        pdf.grid([["System", "Findings"],
                  ["General", "Alert, no acute distress. Antalgic gait, uses single-point cane."],
                  ["Skin", "Healed 4 cm lateral right buttock incision, no erythema, no drainage."],
                  ["Spine / Pelvis", "Tenderness over the right PSIS/SI joint. No midline lumbar tenderness. Greater "
                                     "trochanter nontender. Positive thigh thrust and FABER on right."],
                  ["Hip", "Right hip internal/external rotation full and painless."],
                  ["Neuro", "Strength 5/5 bilateral lower extremities. Sensation intact L2-S1. Reflexes 2+ symmetric. "
                            "Negative straight leg raise bilaterally."]], [20, 80], size=8)
        h(pdf, "Problem List/Past Medical History")
        b(pdf, "Ongoing\n  Chronic right SI joint pain\n  Essential hypertension\n  Hyperlipidemia\n  Benign prostatic "
               "hyperplasia - resolved s/p prostatectomy\nHistorical\n  Prostate cancer, Gleason 3+4, s/p radical "
               "prostatectomy 2017, PSA undetectable (last 09/2025)\n  Nephrolithiasis (2011)")
        h(pdf, "Procedure/Surgical History")
        b(pdf, "  Arthrodesis, sacroiliac joint, percutaneous - right (08/15/2023), Triad Regional\n"
               "  Prostatectomy, radical, robotic (03/2017)\n  Inguinal hernia repair, left (2004)")
        h(pdf, "Medications")
        b(pdf, "Home\n  amlodipine 10 mg oral tablet, 10 mg = 1 tab, Oral, Daily\n  atorvastatin 20 mg oral tablet, 20 mg = "
               "1 tab, Oral, Daily\n  meloxicam 7.5 mg oral tablet, 7.5 mg = 1 tab, Oral, Daily\n  acetaminophen 500 mg oral "
               "tablet, 1,000 mg = 2 tab, Oral, q8hr, PRN: pain")
        h(pdf, "Allergies")
        b(pdf, "No Known Allergies")
        h(pdf, "Social History")
        b(pdf, "Tobacco: Former smoker, quit 1998. Alcohol: 1-2 glasses wine/week. Retired electrician. Married.")
        h(pdf, "Family History")
        b(pdf, "Father: prostate cancer. Mother: osteoporosis, hip fracture age 80.")
        h(pdf, "Assessment/Plan")
        b(pdf, "1. Failed percutaneous right SI joint fusion (status post 08/15/2023), suspected pseudarthrosis/implant "
               "loosening\n   Ordered: XR Pelvis AP/inlet/outlet today; CT Pelvis w/o contrast (SIJ, metal artifact "
               "reduction); ESR, CRP to screen for low-grade infection; MRI lumbar spine w/o contrast to exclude a "
               "lumbar source.\n   Obtain outside records (op note, 2024 CT).\n"
               "2. Sacroiliac joint dysfunction, right (M53.3)\n"
               "   Continue meloxicam, acetaminophen, cane. If CT shows a solid fusion, would look for another pain "
               "generator before considering surgery.\n   Return after CT.")

    def note2(pdf, d):
        docinfo(pdf, [("Document Type:", "Office Clinic Note"), ("Service Date/Time:", "01/27/2026 10:30 EST"),
                      ("Result Status:", "Auth (Verified)"), ("Document Subject:", "Spine Surgery - Follow Up"),
                      ("Sign Information:", "Kessler MD, Adam J (01/27/2026 17:12 EST)")])
        h(pdf, "Subjective")
        b(pdf, "Returns to review imaging and labs. Pain unchanged, 7/10 right SIJ/buttock, no leg symptoms. Meloxicam "
               "and acetaminophen give little relief.")
        h(pdf, "Objective")
        b(pdf, "Vitals & Measurements: BP: 134/80  HR: 70  WT: 92.0 kg  Pain: 7\nExam unchanged - right SIJ "
               "tenderness, positive thigh thrust, neurologically intact.")
        h(pdf, "Results Review")
        b(pdf, "CT pelvis 01/20/2026 (personally reviewed): lucent halo 2-3 mm around all three right transiliac "
               "implants, superior implant backed out ~3 mm, no trabecular bridging across the right SI joint - "
               "pseudarthrosis. Compared with 06/2024 outside CT the lucency has progressed.\n"
               "MRI lumbar spine 12/09/2025: mild spondylosis; no stenosis or nerve root compression.\n"
               "ESR 11 mm/hr, CRP 0.5 mg/dL (12/2025) - no evidence of infection.")
        h(pdf, "Assessment/Plan")
        b(pdf, "1. Failed percutaneous right SI joint fusion with symptomatic pseudarthrosis and implant loosening\n"
               "2. Sacroiliac joint dysfunction, right\n\n"
               "Discussed options: continued nonoperative care vs open revision. Percutaneous re-do is not favored with "
               "loose implants and lucency. Recommend open right SI joint revision arthrodesis: removal of loose "
               "implants, joint debridement and decortication, autograft/allograft, and posterior plate/screw "
               "fixation. Risks (infection, bleeding, nerve/vascular injury, nonunion, persistent pain, VTE) reviewed; "
               "patient wishes to proceed. Precertification to be requested. Pre-op medical clearance with Dr. Patel.")

    def rad(pdf, d):
        for k, (title, rows, body) in enumerate(d.reports):
            if k in d.breaks:
                pdf.add_page()
            pdf.f(10, "B")
            pdf.cell(0, 5, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            docinfo(pdf, rows)
            b(pdf, body)
            pdf.gap(3)

    reports = [
        ("XR Pelvis AP Inlet Outlet", [("Exam Date/Time:", "11/18/2025 10:02 EST"), ("Accession:", "RA-25-7781042"),
                                        ("Result Status:", "Auth (Verified)"),
                                        ("Verified by:", "Nguyen MD, Thao (11/18/2025 13:20 EST)")],
         "Reason for exam: s/p R SIJ fusion, recurrent pain.\nFINDINGS: Three transiliac implants traverse the right "
         "SI joint. Lucency is suggested along the superior implant. No implant fracture. Left SI joint mild "
         "degenerative change. Hips: mild symmetric joint space narrowing. No acute fracture.\nIMPRESSION: Right SI "
         "joint fusion hardware with suggestion of periprosthetic lucency at the superior implant; CT recommended."),
        ("CT Pelvis without Contrast", [("Exam Date/Time:", "01/20/2026 14:45 EST"), ("Accession:", "RA-26-0412288"),
                                         ("Result Status:", "Auth (Verified)"),
                                         ("Verified by:", "Okonkwo MD, Ifeoma (01/21/2026 08:05 EST)")],
         "Reason for exam: failed R SIJ fusion? loosening\nTECHNIQUE: Axial 1 mm with coronal/sagittal reformats, "
         "metal artifact reduction.\nCOMPARISON: Outside CT pelvis 06/11/2024 (images uploaded).\n"
         "FINDINGS: Three triangular transiliac implants cross the right SI joint. There is circumferential "
         "lucency measuring 2-3 mm surrounding all three implants, most prominent within the sacral ala, "
         "progressed from 06/11/2024. The superior implant has backed out approximately 3 mm relative to the "
         "iliac cortex. No trabecular bone bridging across the right SI joint; joint space remains open with "
         "vacuum phenomenon. No implant fracture. No periosteal reaction, bone destruction or fluid collection to "
         "suggest infection. Left SI joint: mild osteoarthritis. No sacral fracture.\nIMPRESSION:\n1. Failed right SI "
         "joint arthrodesis: no osseous bridging, progressive periprosthetic lucency around all three implants "
         "and 3 mm backout of the superior implant, consistent with loosening/pseudarthrosis.\n2. No CT evidence of "
         "infection or fracture."),
        ("MRI Lumbar Spine without Contrast", [("Exam Date/Time:", "12/09/2025 07:30 EST"), ("Accession:", "RA-25-7993114"),
                                               ("Result Status:", "Auth (Verified)"),
                                               ("Verified by:", "Nguyen MD, Thao (12/09/2025 12:41 EST)")],
         "Reason for exam: R buttock pain, exclude lumbar source.\nFINDINGS: Normal lordosis. Mild disc "
         "desiccation L3-4 through L5-S1. L4-5: mild bulge and facet arthropathy, mild foraminal narrowing "
         "bilaterally without nerve root impingement. L5-S1: shallow bulge, no stenosis. No spinal canal "
         "stenosis at any level. Conus normal.\nIMPRESSION: Mild lumbar spondylosis. No spinal canal stenosis or "
         "nerve root compression."),
    ]

    # ---------- outside op note (faxed, fine)
    def tr_head(pdf, d):
        pdf.set_y(15)
        pdf.t("TRIAD REGIONAL MEDICAL CENTER", 13, "B", align="C")
        pdf.t("Health Information Management  -  1200 N Elm St, Greensboro NC 27401", 9, align="C")
        pdf.hr(0.4)
        pdf.t("CASTELLANO, ROBERT A     MR#: TR00571934     DOB: 06/21/1958     Acct: 23081500912", 9.5, "B")
        pdf.hr(0.2)

    def tr_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-15)
        pdf.line_txt("TRIAD REGIONAL MEDICAL CENTER - released per authorization 02/26/2026", f"Page {i} of {n}", size=8.5)

    def opnote(pdf, d):
        pdf.t("OPERATIVE REPORT", 12, "B", align="C")
        pdf.t("DATE OF SURGERY: 15-Aug-2023\nSURGEON: Lyle Brennan, MD\nASSISTANT: K. Dobbs, PA-C\n"
              "ANESTHESIA: General endotracheal", 10)
        pdf.gap(1)
        pdf.t("PREOPERATIVE DIAGNOSIS: Right sacroiliac joint dysfunction, refractory.\n"
              "POSTOPERATIVE DIAGNOSIS: Same.\n"
              "PROCEDURE: Right minimally invasive (percutaneous) sacroiliac joint arthrodesis with placement of "
              "three triangular titanium implants (7.0 x 50 mm, 7.0 x 45 mm, 7.0 x 40 mm) under fluoroscopic "
              "guidance.", 10)
        pdf.gap(1)
        pdf.t("INDICATIONS: 65M with > 2 years right SIJ pain, two positive diagnostic SIJ blocks, failed PT, "
              "medications and steroid injections.", 10)
        pdf.gap(1)
        pdf.t("DESCRIPTION: Prone on Jackson table. Lateral, inlet and outlet fluoroscopic views obtained. 4 cm "
              "incision lateral buttock. Guide pin advanced across the right SI joint into the sacral ala lateral to "
              "the S1 foramen. Drilled, broached, and the first implant placed. Two additional implants placed "
              "caudally in parallel. Final images confirmed position, no breach of the neural foramina. Irrigated, "
              "closed in layers. EBL 25 mL. No complications. Neuromonitoring stable.", 10)
        pdf.gap(2)
        pdf.t("Dictated by: Lyle Brennan, MD   D: 08/15/2023 14:20   T: 08/15/2023 18:02   Job# 9921744", 9)

    def postop(pdf, d):
        pdf.t("CLINIC NOTE - TRIAD SPINE CENTER", 12, "B", align="C")
        pdf.t("DATE OF SERVICE: 07/02/2024     PROVIDER: Lyle Brennan, MD", 10)
        pdf.gap(1)
        pdf.t("S: 10.5 months s/p R SIJ fusion. Did well until ~March, now recurrent R buttock pain 6/10 without "
              "injury. No leg pain.\nO: R SIJ tender, thigh thrust + R. Incision healed. Neuro intact.\n"
              "Imaging: CT pelvis 06/11/2024 - possible lucency about the superior and middle implants; no "
              "definite bridging bone.\nA/P: Possible delayed union vs early loosening of R SIJ fusion. Bone growth "
              "stimulator; PT 2x/wk x 8 wks; meloxicam. Repeat CT in 6 months. If progressive lucency, consider "
              "revision.", 10)
        pdf.gap(2)
        pdf.t("Electronically signed: Lyle Brennan, MD  07/02/2024 17:35", 9)

    def fax_b(k, n):
        return f"03/02/2026 16:05  FROM: TRIAD REGIONAL HIM  336 555 0130   TO: 919 555 0142   PAGE {k + 1:02d} OF {n:02d}"

    # ---------- request form (no CPT)
    def req(pdf, d):
        pdf.set_y(14)
        pdf.t("CAROLINA SUMMIT HEALTH  |  Spine Institute - Surgical Precertification", 12, "B")
        pdf.t("3400 Wake Forest Rd, Raleigh NC 27609   Precert line 919-555-0145   Fax 919-555-0142", 8.5)
        pdf.hr(0.5)
        pdf.grid([["Field", "Entry"],
                  ["Request date", "03/05/2026"],
                  ["Health plan", "CareSource NC Marketplace   Member ID 447091226"],
                  ["Patient", "Robert A Castellano   DOB 06/21/1958   MRN 000884217"],
                  ["Surgeon", "Adam J Kessler, MD (Orthopaedic Spine)   NPI 1730285541"],
                  ["Facility / setting", "Summit Raleigh Hospital - inpatient, expected LOS 2 days"],
                  ["Procedure (description)", "Right sacroiliac joint revision arthrodesis, open posterior approach, with "
                                              "removal of implants, bone graft and plate/screw fixation"],
                  ["CPT code(s)", "see attached letter of medical necessity"],
                  ["Diagnosis", "T84.498A Other mechanical complication of internal fixation device (R SIJ); "
                                "M96.0 Pseudarthrosis after fusion or arthrodesis; M53.3"],
                  ["Requested date of surgery", "04/08/2026"],
                  ["Attachments", "LMN, clinic notes 11/18/2025 + 01/27/2026, radiology, outside op note 2023, outside "
                                  "clinic note 2024"]], [28, 72], size=9)
        pdf.gap(8)
        pdf.t("Prepared by: Dana Whitlock, CPC, precertification specialist     03/05/2026 09:48", 8.5)

    def lmn(pdf, d):
        pdf.set_y(14)
        pdf.t("CAROLINA SUMMIT HEALTH", 14, "B")
        pdf.t("Spine Institute  |  Adam J. Kessler, MD  |  3400 Wake Forest Rd, Raleigh NC 27609  |  919-555-0140", 8.5)
        pdf.hr(0.4)
        pdf.t("March 4, 2026\n\nCareSource North Carolina - Utilization Management\n\n"
              "RE: Letter of Medical Necessity - Robert A. Castellano (DOB 06/21/1958), Member ID 447091226", 10)
        pdf.gap(3)
        pdf.t("Dear Medical Director,\n\n"
              "I am requesting authorization for open revision arthrodesis of the right sacroiliac joint for Mr. "
              "Castellano. He underwent percutaneous right SI joint fusion with three transiliac implants on "
              "August 15, 2023 at an outside hospital. After initial improvement his right SIJ pain recurred in "
              "2024 and has been refractory to physical therapy, a bone growth stimulator and medications.\n\n"
              "CT of the pelvis on January 20, 2026 demonstrates a failed fusion: no bridging bone across the joint, "
              "progressive lucency around all three implants and backout of the superior implant. Infection labs "
              "are normal and lumbar MRI shows no neural compression. In my opinion the prior percutaneous fusion "
              "has failed and another percutaneous procedure would be unlikely to succeed in the presence of "
              "loose implants and bone loss.\n\n"
              "Requested services:\n"
              "   CPT 27280 - Arthrodesis, open, sacroiliac joint, including obtaining bone graft - right\n"
              "   CPT 20680 - Removal of implant; deep\n"
              "   CPT 20937 - Autograft for spine surgery, morselized, separate incision\n\n"
              "Thank you for your review. Please contact my office with any questions.\n\n"
              "Sincerely,\n\nAdam J. Kessler, MD\nOrthopaedic Spine Surgery, Carolina Summit Health", 10)

    common = dict(header=cer_head, footer=cer_foot)
    files = [
        ("01_Precertification_Request.pdf", [Doc(req)]),
        ("02_Letter_of_Medical_Necessity.pdf", [Doc(lmn)]),
        ("03_Spine_Clinic_Notes.pdf", [
            Doc(note1, group="c", doc_type="Clinical Document", fin="5530091123", visit="11/18/2025", rrid="41873302", **common),
            Doc(note2, group="c", doc_type="Clinical Document", fin="5530128870", visit="01/27/2026", rrid="41873302", **common)]),
        ("04_Radiology_Results.pdf", [
            Doc(rad, group="r", doc_type="Radiology Results", fin="5530091123", visit="multiple", rrid="41873307",
                reports=reports, breaks=(2,), **common)]),
        ("05_Outside_Records_Triad_Regional_FAX.pdf", [
            Doc(opnote, tr_head, tr_foot, group="t", top=38, fax=dict(res="fine", banner=fax_b, seed=404, skew=(0.4, 1.2))),
            Doc(postop, tr_head, tr_foot, group="t", top=38, fax=dict(res="fine", banner=fax_b, seed=404, skew=(0.4, 1.2)))]),
    ]
    labels = {
        "procedure": "open",
        "request_date": "2026-03-05",
        "criteria": {
            "open.indication": C("met", "Failed percutaneous right SI joint fusion with symptomatic pseudarthrosis",
                                 "Failed right SI joint arthrodesis: no osseous bridging"),
            "open.recent_imaging": C("met", "progressive periprosthetic lucency around all three implants",
                                     "circumferential lucency measuring 2-3 mm surrounding all three implants"),
            "open.excl.neural_compression": C("met", "No spinal canal stenosis or nerve root compression."),
        },
        "notes": "Cerner PowerChart; CPT 27280 only in LMN (request form says 'see attached LMN'). Request date "
                 "from request form. CT 01/20/2026 is 44 days before request. Outside op note faxed (fine).",
    }
    return dict(id="b3a-04", kind="folder", files=files, packet_json=None, labels=labels)


# ============================================================================
# b3a-05  NextGen (Sandhills Spine & Orthopedics) - percutaneous - does NOT meet
#         (active therapy in window = one 7-week PT course; remaining visits cancelled for
#          insurance visit limit; HEP not done "busy with work"; 2024 PT is outside the window)
#         request form and outside PT records are standard-resolution faxes
# ============================================================================
@packet
def p05():
    PRINTED = "10/06/2025 11:31 AM"

    def ng_head(pdf, d):
        pdf.set_y(7)
        pdf.set_fill_color(40, 40, 40)
        pdf.set_text_color(255, 255, 255)
        pdf.f(9, "B", "helvetica")
        pdf.cell(0, 5, S("  Sandhills Spine & Orthopedics, PA        " + d.ng_title), fill=True,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.f(8, "", "helvetica")
        pdf.cell(0, 4.2, S(f"Patient: Jacobs, Kevin M    DOB: 05/14/1984    Sex: M    MRN: 000317552    "
                           f"Enc Date: {d.enc}    Provider: {d.prov}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(pdf.get_y() + 2)

    def ng_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-12)
        pdf.line_txt(f"Jacobs, Kevin M   000317552   {d.enc}", f"Page {i} of {n}", size=7, family="helvetica")
        pdf.line_txt(f"Printed {PRINTED} by TKING   -   NextGen Enterprise EHR", "", size=7, family="helvetica")

    def sh(pdf, title):
        pdf.gap(1.2)
        pdf.f(10.5, "B")
        pdf.cell(0, 5, S(title), border="B", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.gap(0.6)

    def tx(pdf, text, size=9.5):
        pdf.t(text, size)

    problems = [["Problem", "ICD-10", "Onset", "Status"],
                ["Sacroiliac joint dysfunction, right", "M53.3", "01/2024", "Active"],
                ["Low back pain, chronic", "M54.50", "01/2024", "Active"],
                ["Generalized anxiety disorder", "F41.1", "2016", "Active"],
                ["Prediabetes", "R73.03", "2023", "Active"],
                ["Closed fracture of left distal radius", "S52.502A", "2009", "Resolved"]]

    meds = [["Medication", "Sig", "Start", "Status"],
            ["Ibuprofen 800 mg tab", "1 tab PO TID with food", "02/12/2024", "Active"],
            ["Methocarbamol 750 mg tab", "1 tab PO TID prn spasm", "02/12/2024", "Active"],
            ["Escitalopram 10 mg tab", "1 tab PO daily", "2019", "Active"],
            ["TENS unit (DME)", "Apply to R low back/buttock 30 min, 2-3x daily", "03/12/2025", "Active"],
            ["Meloxicam 15 mg tab", "1 tab PO daily", "01/2024", "D/C 02/2024 - ineffective"]]

    def visit1(pdf, d):
        sh(pdf, "Chief Complaint")
        tx(pdf, "New patient - right low back/buttock pain since fall 01/2024. Referred by Fayetteville Family Medicine.")
        sh(pdf, "History of Present Illness")
        tx(pdf, "Kevin is a 40 yo RHD male, auto body technician, who slipped on ice and fell onto his buttocks on "
                "01/08/2024. Seen in ED that day - pelvis x-rays negative for fracture. Since then persistent right "
                "low back/buttock pain centered just below and medial to the R PSIS. Pain stays in the buttock; no "
                "radiation into the legs, no numbness/tingling, no weakness. Aggravated by bending over cars, "
                "sitting > 30 min, getting out of his truck. Had PT at Cape Fear Valley Rehab 02-03/2024 (about 6 "
                "visits) with little change. Takes ibuprofen 800 TID since 02/2024 and methocarbamol prn; heat "
                "at night. Rates pain 7/10 today, 5-8/10 range.")
        sh(pdf, "Active Problems")
        pdf.grid(problems, [50, 16, 14, 20], size=8.5)
        sh(pdf, "Medications")
        pdf.grid([r for r in meds if "TENS" not in r[0]], [36, 40, 14, 20], size=8.5)
        sh(pdf, "Allergies")
        tx(pdf, "Morphine - itching (Active)")
        sh(pdf, "Vital Signs")
        pdf.grid([["Time", "BP", "Pulse", "Temp", "Ht", "Wt", "BMI", "Pain (0-10)"],
                  ["02/18/2025 08:41", "132/84", "76", "98.0 F", "70 in", "203 lb", "29.1", "7"]],
                 [18, 10, 8, 10, 8, 10, 8, 12], size=8.5)
        sh(pdf, "Review of Systems")
        pdf.grid([["System", "Findings"], ["Constitutional", "Negative for fever, chills, weight loss"],
                  ["Musculoskeletal", "Positive for back pain (R buttock). Negative for joint swelling, morning stiffness"],
                  ["Neurological", "Negative for numbness, weakness, saddle anesthesia"],
                  ["Psychiatric", "Positive for anxiety (controlled)"]], [25, 75], size=8.5)
        sh(pdf, "Physical Exam")
        tx(pdf, "General: well developed, NAD. Gait: normal, no assistive device.\n"
                "Lumbar: no deformity; full flexion with R buttock pain at end range; extension 20 deg painful R buttock.")
        pdf.grid([["Palpation", "Right", "Left"],
                  ["Posterior SI joint / PSIS", "Tender ++", "Non-tender"],
                  ["Lumbar spinous process / paraspinal", "Non-tender", "Non-tender"],
                  ["Greater trochanter", "Non-tender", "Non-tender"],
                  ["Coccyx", "Non-tender", "--"]], [40, 30, 30], size=8.5)
        pdf.grid([["Provocation test", "Right", "Left"],
                  ["Thigh thrust", "Positive", "Negative"], ["Compression", "Positive", "--"],
                  ["Distraction", "Positive", "--"], ["Patrick / FABER", "Positive", "Negative"],
                  ["Gaenslen", "Negative", "Negative"], ["Straight leg raise", "Negative", "Negative"]],
                 [40, 30, 30], size=8.5)
        tx(pdf, "Neuro: 5/5 strength, sensation intact, DTR 2+ symmetric. Waddell signs 0/5.")
        sh(pdf, "Assessment / Plan")
        tx(pdf, "1. Sacroiliac joint dysfunction, right (M53.3) - 4 of 5 provocation tests positive, focal SIJ "
                "tenderness, neuro intact.\n"
                "   - XR pelvis/SI joints and XR R hip today.\n"
                "   - TENS trial (DME order).\n"
                "   - Referral to physical therapy - Fayetteville Rehab Associates, 2x/wk x 8 wks, SIJ stabilization.\n"
                "   - Continue ibuprofen 800 TID with food (cr 0.9 01/2025), heat.\n"
                "   - Will consider fluoroscopic R SIJ injection if not improving.\n"
                "Follow up: 6 weeks.")
        sh(pdf, "Orders")
        pdf.grid([["Order", "Status", "Date"], ["XR Pelvis AP + SI joints", "Completed", "02/18/2025"],
                  ["XR Hip Right 2 views", "Completed", "02/18/2025"], ["DME - TENS unit", "Completed", "03/12/2025"],
                  ["Referral - Physical Therapy", "Scheduled", "02/18/2025"]], [50, 25, 25], size=8.5)
        pdf.gap(1)
        tx(pdf, "Electronically signed by: Nathaniel Osei, MD on 02/18/2025 at 04:12 PM", 8.5)

    def visit2(pdf, d):
        sh(pdf, "Chief Complaint")
        tx(pdf, "Follow-up R SI joint pain - discuss surgery.")
        sh(pdf, "History of Present Illness")
        tx(pdf, "Returns after second R SIJ injection (08/19/2025, Dr. Whitley). Good numbing relief both times "
                "but steroid only helped ~10 days this time and pain is back to 6/10. PT at Fayetteville Rehab "
                "started late (insurance auth) - attended 8 visits 06/03-07/24/2025, then the remaining visits were "
                "cancelled when his plan's visit limit was reached. He admits he has not been doing the home exercises "
                "regularly since - 'busy with work and the kids'. Uses TENS 30 min 2-3x/day since March with "
                "temporary relief, ibuprofen 800 TID, heat. Pain stays in the R buttock, no leg symptoms. Wants "
                "to 'get it fixed'.")
        sh(pdf, "Vital Signs")
        pdf.grid([["Time", "BP", "Pulse", "Temp", "Ht", "Wt", "BMI", "Pain (0-10)"],
                  ["09/09/2025 10:02", "128/82", "72", "97.8 F", "70 in", "206 lb", "29.6", "6"]],
                 [18, 10, 8, 10, 8, 10, 8, 12], size=8.5)
        sh(pdf, "Medications")
        pdf.grid(meds, [36, 40, 14, 20], size=8.5)
        sh(pdf, "Physical Exam")
        tx(pdf, "R PSIS/SIJ tender, no lumbar or trochanteric tenderness. Thigh thrust +R, compression +, "
                "distraction +, FABER +R. Neuro intact. Waddell 0/5.")
        sh(pdf, "Results")
        tx(pdf, "MRI SI joints and MRI L-spine 05/06/2025 reviewed (see reports) - no sacroiliitis, no neural "
                "compression. Hip XR normal.")
        sh(pdf, "Assessment / Plan")
        tx(pdf, "1. Sacroiliac joint dysfunction, right (M53.3)\n"
                "   Two positive fluoroscopic contrast-confirmed diagnostic blocks. Steroid benefit short-lived x2. "
                "Plan R percutaneous SI joint fusion (CPT 27279). Discussed that payer requires documented active "
                "therapy - pt prefers to proceed with submission now. Also discussed restarting PT/HEP in the "
                "meantime; new PT referral placed.\n"
                "   Pre-op labs, A1c.\nFollow up: after authorization.")
        pdf.gap(1)
        tx(pdf, "Electronically signed by: Nathaniel Osei, MD on 09/09/2025 at 05:20 PM", 8.5)

    def proc(pdf, d):
        sh(pdf, "Procedure")
        tx(pdf, f"Right sacroiliac joint injection, fluoroscopic guidance, with contrast arthrogram - {d.which}")
        pdf.grid([["Field", "Value"],
                  ["Pre-procedure pain (NRS)", d.pre],
                  ["Needle", "22 g 3.5 in spinal"],
                  ["Imaging guidance", "Fluoroscopy (AP, contralateral oblique)"],
                  ["Contrast", d.contrast],
                  ["Injectate", d.inj],
                  ["Complications", "None"],
                  ["Vasovagal / sedation", "None / no sedation"]], [35, 65], size=8.5)
        tx(pdf, "Informed consent obtained. Time out. Prone, sterile prep and drape. Skin anesthetized with 1% "
                "lidocaine 1 mL. Needle advanced to inferior R SI joint under fluoroscopy; contrast confirmed "
                "intra-articular spread without vascular uptake; injectate delivered. Tolerated well.")
        tx(pdf, "Instructions: ice (not heat) to the injection site today, resume normal meds, keep pain log, no "
                "driving until tomorrow morning if numbness. Follow up 2-3 weeks.", 8.5)
        tx(pdf, f"Electronically signed by: Erin Whitley, MD on {d.enc} at {d.time}", 8.5)
        sh(pdf, f"Post-Procedure Pain Assessment (addendum {d.add})")
        pdf.grid(d.diary, [25, 20, 55], size=8.5)
        tx(pdf, d.interp)
        tx(pdf, f"Addendum electronically signed by: Erin Whitley, MD on {d.add}", 8.5)

    def proc_fu_note(pdf, d):
        sh(pdf, "Nurse Note - Telephone")
        tx(pdf, "05/06/2025 - post-injection call (R SIJ inj 04/15). Pt reports the shot 'worked great for about 2-3 "
                "weeks', pain now back to 7/10 baseline. Has not started PT yet - waiting on insurance "
                "authorization. MD aware. -- M. Carver, RN", 9)

    # ------------------------------- PT (faxed, standard)
    def fra_head(pdf, d):
        pdf.set_y(14)
        pdf.t("FAYETTEVILLE REHAB ASSOCIATES", 14, "B")
        pdf.t("2800 Raeford Rd, Fayetteville NC 28303   P: 910-555-0131   F: 910-555-0132", 10)
        pdf.t("Patient: Kevin Jacobs   DOB: 05/14/1984   Acct: FRA-40921   Payer: CareSource", 10, "B")
        pdf.hr(0.5)

    def fra_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-16)
        pdf.line_txt("FRA - Patient record", f"pg {i}/{n}", size=10)

    def fra1(pdf, d):
        pdf.t("PT EVALUATION     DOS 06/03/2025", 12, "B")
        pdf.t("Referral: Nathaniel Osei, MD, dated 02/18/2025 - 'R SIJ dysfunction, PT eval & treat'. Delay in "
              "start: waited for insurance authorization (approved 05/28/2025, 12 visits).", 10.5)
        pdf.t("S: R low back/buttock pain since fall 01/2024. 7/10. No leg sx.\n"
              "O: (+) thigh thrust R, (+) compression. R glute max 4/5, glute med 4-/5. Lumbar AROM WFL.\n"
              "A: R SIJ dysfunction, lumbopelvic weakness.\n"
              "P: 2x/wk x 6 wks (12 visits authorized): therex, manual, neuro re-ed, HEP.", 10.5)
        pdf.t("Signed: Ashley Nunez, PT, DPT   06/03/2025", 10)
        pdf.gap(3)
        pdf.t("VISIT LOG", 12, "B")
        pdf.grid([["Visit", "Date", "Status"], ["1", "06/03/2025", "Eval - attended"], ["2", "06/10/2025", "Attended"],
                  ["3", "06/12/2025", "Attended"], ["4", "06/19/2025", "Attended"], ["5", "06/26/2025", "Attended"],
                  ["6", "07/08/2025", "Attended"], ["7", "07/17/2025", "Attended"], ["8", "07/24/2025", "Attended"],
                  ["9-12", "07/29 - 08/14/2025", "Cancelled - insurance visit limit reached"]], [12, 30, 58], size=10)

    def fra2(pdf, d):
        pdf.t("DISCHARGE SUMMARY     DOS 07/24/2025", 12, "B")
        pdf.t("Episode 06/03/2025 - 07/24/2025, 8 visits. Discharged because the plan's annual PT visit limit "
              "was reached (remaining authorized visits could not be scheduled before limit).\n"
              "Status at d/c: pain 6/10, R glute med 4/5, ODI 36% (from 42%). Goals not met.\n"
              "HEP: printed program issued (bridges, clamshells, bird dog, dead bug, hip flexor stretch) - "
              "recommended daily x 6 wks with MD follow-up.\n"
              "Patient was not limited by pain or intolerance during sessions; he tolerated all exercises.", 10.5)
        pdf.t("Signed: Ashley Nunez, PT, DPT   07/24/2025", 10)

    def fra_banner(k, n):
        return f"SEP-02-2025 02:47PM   FAYETTEVILLE REHAB   9105550132   ->   SANDHILLS SPINE   P{k + 1}/{n}"

    # ------------------------------- request form (faxed, standard)
    def req(pdf, d):
        pdf.set_y(14)
        pdf.t("CareSource  -  Prior Authorization Request", 14, "B")
        pdf.t("North Carolina Marketplace. Fax completed form and clinicals to 1-844-432-8924.", 10)
        pdf.hr(0.5)
        pdf.kv([("Date:", "10/06/2025"), ("Member:", "Kevin M Jacobs"), ("DOB:", "05/14/1984"), ("Member ID:", "512207684"),
                ("Provider:", "Nathaniel Osei, MD - Sandhills Spine & Orthopedics, PA"),
                ("NPI / TIN:", "1093847261 / 56-2871140"), ("Phone / Fax:", "910-555-0188 / 910-555-0189"),
                ("Facility:", "Highsmith-Rainey Ambulatory Surgery, Fayetteville NC"),
                ("Service:", "Outpatient surgery"), ("CPT:", "27279 x1 (RT)"),
                ("ICD-10:", "M53.3, M54.50"), ("Planned DOS:", "11/12/2025")], size=10.5, kw=34)
        pdf.gap(2)
        pdf.t("Brief clinical summary: R SIJ pain since fall 01/2024. 2 positive fluoro-guided SIJ blocks "
              "(04/15/2025, 08/19/2025). PT 06-07/2025, HEP, NSAIDs, TENS. Imaging enclosed.", 10.5)
        pdf.gap(12)
        pdf.t("Requesting provider signature: ____N. Osei MD (e-sig)____    Date: 10/06/2025", 10.5)

    def req_banner(k, n):
        return f"10/06/2025 11:52   SANDHILLS SPINE ORTHO   910-555-0189   TO: 18444328924   P.001/012"

    # ------------------------------- imaging
    def img(pdf, d):
        for k, (title, meta, body) in enumerate(d.reports):
            if k in d.breaks:
                pdf.add_page()
            sh(pdf, title)
            pdf.t(meta, 8.5, "I")
            tx(pdf, body, 9.5)

    reports = [
        ("XR PELVIS AP + SACROILIAC JOINTS", "DOS 02/18/2025  Acc# SSO-XR-25-1182  Read by: Marcus Lee, MD (Cape Fear Radiology)",
         "Comparison: ED pelvis 01/08/2024.\nFindings: SI joints symmetric; no widening or diastasis. Mild sclerosis "
         "along the right iliac side. No erosions. No fracture. Pubic symphysis aligned.\nImpression: Mild right "
         "SI joint sclerosis. No fracture or SI joint diastasis."),
        ("XR HIP RIGHT 2 VIEWS", "DOS 02/18/2025  Acc# SSO-XR-25-1183  Read by: Marcus Lee, MD",
         "Findings: Normal joint space. No osteophytes. No fracture.\nImpression: Normal right hip."),
        ("MRI SACROILIAC JOINTS WITHOUT CONTRAST", "DOS 05/06/2025  Acc# SSO-MR-25-0419  Read by: Kendra Oates, MD",
         "Findings: Mild right SIJ degenerative change with subchondral sclerosis. No bone marrow edema, erosions "
         "or ankylosis. No fracture line or stress reaction. No joint widening. No marrow replacing lesion. "
         "Left SIJ normal.\nImpression: Mild right SIJ arthrosis. No sacroiliitis, fracture, or lesion."),
        ("MRI LUMBAR SPINE WITHOUT CONTRAST", "DOS 05/06/2025  Acc# SSO-MR-25-0420  Read by: Kendra Oates, MD",
         "Findings: L4-5 mild facet arthropathy. L5-S1 small broad-based disc bulge without canal or foraminal "
         "stenosis; the S1 nerve roots are not contacted. Conus normal.\nImpression: Mild lower lumbar "
         "degenerative change without neural impingement or stenosis."),
    ]

    def hdr(title, enc, prov, grp):
        return dict(header=ng_head, footer=ng_foot, group=grp, ng_title=title, enc=enc, prov=prov, font="times")

    files = [
        ("01_PA_Request_Form_FAX.pdf", [Doc(req, fax=dict(res="std", banner=req_banner, seed=501), top=14)]),
        ("02_Office_Notes_Osei.pdf", [
            Doc(visit1, **hdr("Office Visit - New Patient", "02/18/2025", "Nathaniel Osei, MD", "v1")),
            Doc(visit2, **hdr("Office Visit - Established", "09/09/2025", "Nathaniel Osei, MD", "v2"))]),
        ("03_Injection_Procedure_Notes.pdf", [
            Doc(proc, **hdr("Procedure Note", "04/15/2025", "Erin Whitley, MD", "p1"), which="injection #1",
                pre="7/10", time="10:56 AM", add="04/17/2025",
                contrast="Omnipaque 240, 0.5 mL - intra-articular arthrogram",
                inj="2 mL: 1 mL 2% lidocaine + 1 mL (40 mg) triamcinolone",
                diary=[["Time", "NRS", "Comment"], ["Pre", "7", ""], ["15 min", "1", "walked, bent over - minimal pain"],
                       ["30 min", "1", ""], ["1 hr", "2", "(pt log)"], ["2 hr", "4", "(pt log)"], ["4 hr", "6", "(pt log)"]],
                interp="Relief 71-86% through 1 hour, consistent with lidocaine duration - positive block."),
            Doc(proc_fu_note, **hdr("Telephone Encounter", "05/06/2025", "Erin Whitley, MD", "p1")),
            Doc(proc, **hdr("Procedure Note", "08/19/2025", "Erin Whitley, MD", "p2"), which="injection #2 (confirmatory)",
                pre="7/10", time="09:34 AM", add="09/02/2025",
                contrast="Omnipaque 240, 0.5 mL - intra-articular spread confirmed",
                inj="2 mL: 1 mL 0.5% bupivacaine + 1 mL (10 mg) dexamethasone",
                diary=[["Time", "NRS", "Comment"], ["Pre", "7", ""], ["30 min", "1", ""], ["1 hr", "1", ""],
                       ["2 hr", "2", "(pt log)"], ["4 hr", "3", "(pt log)"], ["6 hr", "5", "(pt log)"], ["Day 10", "6", "steroid wore off"]],
                interp="Relief >= 57% (7 -> 3) through 4 hours, consistent with bupivacaine duration - positive "
                       "confirmatory block.")]),
        ("04_Outside_PT_Fayetteville_Rehab_FAX.pdf", [
            Doc(fra1, fra_head, fra_foot, group="pt", top=40, fax=dict(res="std", banner=fra_banner, seed=502)),
            Doc(fra2, fra_head, fra_foot, group="pt", top=40, fax=dict(res="std", banner=fra_banner, seed=502))]),
        ("05_Imaging_Reports.pdf", [
            Doc(img, **hdr("Diagnostic Imaging Results", "various", "Nathaniel Osei, MD", "im"), reports=reports,
                breaks=(2,))]),
    ]
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-10-06",
        "criteria": {
            "perc.pain_location": C("met", "centered just below and medial to the R PSIS",
                                    "no radiation into the legs", "Pain stays in the R buttock, no leg symptoms"),
            "perc.pain_severity": C("met", "and pain is back to 6/10"),
            "perc.sij_tenderness": C("met", "Posterior SI joint / PSIS Tender ++ Non-tender",
                                     "no lumbar or trochanteric tenderness"),
            "perc.active_conservative_therapy": C("not_met", "Episode 06/03/2025 - 07/24/2025, 8 visits",
                                                  "Cancelled - insurance visit limit reached",
                                                  "has not been doing the home exercises regularly"),
            "perc.inactive_conservative_therapy": C("met", "Ibuprofen 800 mg tab 1 tab PO TID with food 02/12/2024",
                                                    "Uses TENS 30 min 2-3x/day since March"),
            "perc.thigh_thrust_or_compression": C("met", "Thigh thrust Positive Negative", "Thigh thrust +R, compression +"),
            "perc.two_provocative_tests": C("met", "distraction +, FABER +R", "Patrick / FABER Positive Negative"),
            "perc.diagnostic_injections": C("met", "consistent with lidocaine duration - positive block",
                                            "consistent with bupivacaine duration - positive confirmatory block"),
            "perc.generalized_pain_excluded": C("met", "Neuro intact. Waddell 0/5."),
            "perc.sij_imaging": C("met", "No fracture or SI joint diastasis.",
                                  "No sacroiliitis, fracture, or lesion."),
            "perc.hip_imaging": C("met", "Impression: Normal right hip."),
            "perc.lumbar_imaging": C("met", "without neural impingement or stenosis"),
            "perc.therapeutic_injections": C("met", "worked great for about 2-3 weeks", "pain now back to 7/10 baseline",
                                             "steroid only helped ~10 days this time"),
            "perc.excl.systemic_arthropathy": C("met", "Negative for joint swelling, morning stiffness",
                                                "No sacroiliitis, fracture, or lesion."),
            "perc.excl.infection_tumor_fracture": C("met", "No sacroiliitis, fracture, or lesion."),
            "perc.excl.acute_instability": C("met", "No fracture or SI joint diastasis.", "No joint widening."),
            "perc.excl.neural_compression": C("met", "without neural impingement or stenosis"),
        },
        "notes": "NextGen; request form + outside PT faxed (standard). PT in window only 06/03-07/24/2025 (visits "
                 "cancelled for insurance limit; HEP not done, no stated physical reason); 2024 PT is outside window.",
    }
    pj = {"request_date": "2025-10-06", "procedure_codes": ["27279"], "member_id": "512207684", "policy": "MP-MM-1366"}
    return dict(id="b3a-05", kind="folder", files=files, packet_json=pj, labels=labels)


# ============================================================================
# b3a-06  Veradigm/Allscripts TouchWorks (Yadkin Valley Orthopaedic & Spine) - percutaneous
#         insufficient: only one diagnostic/therapeutic SIJ injection done (2nd cancelled, COVID);
#         lumbar MRI only mentioned, never reported. No request form, no packet.json:
#         request date = newest dated document (the LMN, 07/14/2025); CPT only in the LMN.
# ============================================================================
@packet
def p06():
    PRINT = "Jul 14, 2025 2:58 PM"

    def aw_head(pdf, d):
        pdf.set_y(7)
        pdf.f(9, "B", "times")
        pdf.line_txt("YADKIN VALLEY ORTHOPAEDIC & SPINE CENTER", "Mercer, Linda F", size=9, style="B", family="times")
        pdf.line_txt("1900 S Hawthorne Rd, Winston-Salem, NC 27103  336-555-0170",
                     "DOB: 08/30/1962  MRN: 7720195  Sex: F", size=8, family="times")
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.8, pdf.w - pdf.r_margin, pdf.get_y() + 0.8)
        pdf.set_y(pdf.get_y() + 2)
        pdf.f(8.5, "", "times")
        pdf.line_txt(f"Note Type: {d.ntype}    Note Status: Final    Author: {d.author}", f"Date of Service: {d.dos}",
                     size=8.5, family="times")
        pdf.set_y(pdf.get_y() + 1.5)

    def aw_foot(pdf, d):
        i, n = pdf.pg()
        pdf.set_y(-11)
        pdf.line_txt(f"Printed by: JBROWN on {PRINT}", f"Page {i} of {n}", size=7.5, family="times")

    def hd(pdf, t):
        pdf.gap(0.8)
        pdf.f(10, "B", "times")
        pdf.cell(0, 4.6, S(t), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bd(pdf, t, size=10):
        pdf.t(t, size, family="times")

    def ov1(pdf, d):
        hd(pdf, "Chief Complaint:")
        bd(pdf, "Left low back / buttock pain.")
        hd(pdf, "HPI:")
        bd(pdf, "Mrs. Mercer is a 62 y/o female retired teacher's aide with left-sided low back and buttock pain for "
                "about 3 years, worse over the past year. No injury. Pain is over the left PSIS and upper buttock, "
                "below the waistline; she denies radiation down the leg and denies numbness or tingling. Worse with "
                "walking > 15 min, climbing stairs, turning in bed, and sitting on the left hip. She takes naproxen "
                "220 mg two tabs BID (OTC) and uses a heating pad; diclofenac gel without much help. Prior lumbar "
                "MRI done in 2023 at an outside facility (Novant) per patient. Pain VAS 70 mm today.")
        hd(pdf, "PMH:")
        bd(pdf, "Hypertension; hypothyroidism; osteopenia (DEXA 2023); breast cancer (L) 2015 s/p lumpectomy and "
                "radiation - in remission, followed by oncology annually; GERD.")
        hd(pdf, "PSH:")
        bd(pdf, "L lumpectomy 2015; total abdominal hysterectomy 2004; R carpal tunnel release 2018.")
        hd(pdf, "FH:")
        bd(pdf, "Sister - psoriatic arthritis. Mother - osteoporosis. Father - stroke.")
        hd(pdf, "SH:")
        bd(pdf, "Never smoker. No alcohol. Walks dog daily when able. Lives with husband.")
        hd(pdf, "ROS:")
        bd(pdf, "Constitutional: negative for fever, night sweats, unintentional weight loss. MSK: positive for L "
                "low back/buttock pain; negative for morning stiffness, joint swelling. Skin: no psoriasis. Neuro: "
                "negative for weakness, numbness. GU: negative for incontinence.")
        hd(pdf, "Vitals:")
        bd(pdf, "BP 134/82 (sitting, R arm)  HR 68  Wt 158 lb  Ht 5'4\"  BMI 27.1  Pain: VAS 70 mm")
        hd(pdf, "Exam:")
        pdf.grid([["Exam element", "Left", "Right", "Notes"],
                  ["SIJ / PSIS tenderness", "+", "-", "concordant pain"],
                  ["Lumbar spinous / paraspinal tenderness", "-", "-", ""],
                  ["Greater trochanter tenderness", "-", "-", ""],
                  ["Thigh thrust (P4)", "+", "-", ""],
                  ["Compression", "+", "", "side-lying"],
                  ["Distraction", "+", "", ""],
                  ["FABER / Patrick", "+", "-", "buttock, not groin"],
                  ["Gaenslen", "+", "-", ""],
                  ["SLR", "-", "-", ""],
                  ["Hip ROM", "WNL", "WNL", "painless"]], [40, 12, 12, 36], size=9, family="times")
        bd(pdf, "Neuro: 5/5 strength BLE, sensation intact, reflexes symmetric.")
        hd(pdf, "Impression/Plan:")
        bd(pdf, "1. Left sacroiliac joint dysfunction (M53.3).\n"
                "- XR pelvis with SI joints and L hip today.\n"
                "- PT referral - Yadkin Valley Rehab, 2x/wk x 12 wk.\n"
                "- Continue naproxen, heat. Request outside lumbar MRI report/images from Novant.\n"
                "- Return 3 months, sooner prn. Consider diagnostic SIJ injection if no improvement.")
        pdf.gap(1)
        bd(pdf, "Signed electronically by Gary Lindqvist, DO on Sep 17, 2024 5:02 PM", 9)

    def ptdc(pdf, d):
        hd(pdf, "Physical Therapy Discharge Summary")
        bd(pdf, "Referring: Gary Lindqvist, DO. Dx: L SIJ dysfunction.\n"
                "Dates of service: 09/24/2024 to 12/17/2024, 22 visits (24 scheduled).\n"
                "Treatment: lumbopelvic stabilization, glute strengthening, manual therapy/MET for L innominate, "
                "SI belt, aquatic x 4 sessions, HEP.\n"
                "Outcome: ODI 46% -> 40%; L glute med 4-/5 -> 4/5. Pain 7/10 -> 6/10. Minimal functional change.\n"
                "Plan: discharge; pt to continue HEP. Pt interested in chiropractic - referred to Forsyth "
                "Chiropractic per MD.")
        pdf.gap(1)
        bd(pdf, "Signed electronically by Brianna Holt, PT, DPT on Dec 17, 2024 4:40 PM", 9)

    def chiro(pdf, d):
        hd(pdf, "Outside Record - Scanned: Forsyth Chiropractic & Wellness (received Jun 30, 2025)")
        bd(pdf, "Chiropractic treatment summary for Linda Mercer, DOB 08/30/1962.\n"
                "Initial visit: 01/07/2025. Last visit: 06/24/2025. Total visits: 26 (weekly, 2x/wk Feb-Mar).\n"
                "Care provided: SIJ/pelvic manipulation (activator and drop), soft tissue work, core exercise "
                "instruction. Patient compliant. Response: 1-2 days of improvement after each treatment, no "
                "sustained change; L SIJ pain 6-7/10 at final visit.\n"
                "Anna Whitford, DC")

    def proc(pdf, d):
        hd(pdf, "Procedure: Left sacroiliac joint injection, fluoroscopically guided, with arthrography")
        bd(pdf, "Indication: L SIJ pain > 3 yrs, positive provocation tests, failed PT. Diagnostic block #1 with "
                "therapeutic steroid.\n"
                "Pre-procedure pain: VAS 70 mm.\n"
                "Consent signed; time-out; L side marked. Prone position, sterile prep and drape. 1% lidocaine skin "
                "wheal. Under fluoroscopy (oblique) a 22 g spinal needle was placed into the inferior L SI joint; "
                "Omnipaque 180 0.5 mL demonstrated an intra-articular arthrogram with no vascular uptake. Injected "
                "1.5 mL 0.2% ropivacaine and 40 mg triamcinolone. No complications.\n"
                "Post-procedure: pain VAS 10 mm at 30 min; able to climb clinic stairs without pain.\n"
                "Instructions: ice to site prn, avoid heat to site x 24 h, complete pain diary, call with fever.")
        bd(pdf, "Signed electronically by Gary Lindqvist, DO on Apr 29, 2025 12:10 PM", 9)
        hd(pdf, "Addendum May 27, 2025 - pain diary (patient, VAS 0-100 mm), entered by MA on return call")
        pdf.grid([["Time", "VAS (mm)", "Relief"], ["Pre", "70", "-"], ["30 min", "10", "86%"], ["1 hr", "15", "79%"],
                  ["2 hr", "20", "71%"], ["3 hr", "25", "64%"], ["4 hr", "40", "43%"], ["6 hr", "55", "21%"],
                  ["Day 2-20", "20-30", "steroid effect"], ["Day 24", "60", "back to baseline"]], [30, 30, 40], size=9,
                 family="times")
        bd(pdf, "Impression: >= 64% relief for 3 hours (ropivacaine duration) - positive first diagnostic block. A "
                "second, confirmatory block is needed before surgical referral.")
        bd(pdf, "Addendum signed electronically by Gary Lindqvist, DO on May 27, 2025 4:31 PM", 9)

    def ov2(pdf, d):
        hd(pdf, "Chief Complaint:")
        bd(pdf, "Follow-up L SIJ injection.")
        hd(pdf, "HPI:")
        bd(pdf, "L SIJ injection 04/29/2025: excellent relief for the first few hours; steroid benefit about 3 "
                "weeks, then pain returned to baseline (VAS 60-70 mm). Continues chiropractic weekly, naproxen BID, "
                "heat. Still no leg symptoms. Outside lumbar MRI report not yet received from Novant.")
        hd(pdf, "Vitals:")
        bd(pdf, "BP 128/80  HR 70  Pain: VAS 65 mm")
        hd(pdf, "Exam:")
        bd(pdf, "L SIJ tender, thigh thrust +, FABER +. Neuro intact.")
        hd(pdf, "Impression/Plan:")
        bd(pdf, "1. L SIJ dysfunction - first diagnostic block positive.\n"
                "- Schedule confirmatory L SIJ block (#2) - booked 06/24/2025.\n"
                "- Refer to Dr. Achebe (spine surgery) to discuss SIJ fusion if 2nd block positive.")
        pdf.gap(1)
        bd(pdf, "Signed electronically by Gary Lindqvist, DO on Jun 10, 2025 11:48 AM", 9)
        pdf.gap(2)
        hd(pdf, "Appointment / Telephone Note - Jun 23, 2025")
        bd(pdf, "Pt called - tested COVID positive today. L SIJ injection 06/24/2025 CANCELLED. Rescheduled to "
                "08/05/2025 (first available fluoro slot). - T. Rhodes, CMA", 9.5)

    def ov3(pdf, d):
        hd(pdf, "Chief Complaint:")
        bd(pdf, "New patient - L SI joint pain, surgical evaluation. Referred by Dr. Lindqvist.")
        hd(pdf, "HPI:")
        bd(pdf, "62 y/o F with 3+ years of left SIJ pain, non-radiating, localized to the left buttock/PSIS. "
                "Failed PT (09-12/2024), chiropractic (01-06/2025), daily naproxen and heat. One fluoroscopic L SIJ "
                "block 04/29/2025 with > 60% relief for 3 hours; steroid benefit 3 weeks. Her second block was "
                "cancelled (COVID) and is rescheduled for 08/05/2025. She is frustrated and would like to move "
                "forward. Pain today VAS 62 mm. Lumbar MRI 2023 (outside) - reviewed per pt report; she has no "
                "leg symptoms.")
        hd(pdf, "Vitals:")
        bd(pdf, "BP 130/78  HR 72  Wt 157 lb  Pain: VAS 62 mm")
        hd(pdf, "Exam:")
        bd(pdf, "Focal L PSIS/SIJ tenderness. No lumbar midline, paraspinal, trochanteric or coccygeal tenderness. "
                "Positive thigh thrust, compression, distraction, FABER and Gaenslen on the left. Hip ROM full. "
                "Neuro intact. No nonorganic signs. Not consistent with fibromyalgia (no widespread pain).")
        hd(pdf, "Impression/Plan:")
        bd(pdf, "1. Left SIJ dysfunction (M53.3), refractory to conservative care.\n"
                "- Will submit for L percutaneous SI joint fusion now given duration of symptoms; would like the "
                "08/05 confirmatory block completed prior to surgery date.\n"
                "- CT pelvis reviewed: degenerative L SIJ, no erosions.\n"
                "- Pre-op clearance with PCP; oncology note re: breast CA remission.")
        pdf.gap(1)
        bd(pdf, "Signed electronically by Simone Achebe, MD on Jul 8, 2025 4:12 PM", 9)

    def imaging(pdf, d):
        hd(pdf, "Radiology Results")
        for title, body in d.reps:
            pdf.gap(1)
            pdf.f(10, "BU", "times")
            pdf.cell(0, 4.6, S(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            bd(pdf, body, 9.5)

    reps = [
        ("XR PELVIS 1-2 VIEWS / SI JOINTS 3 VIEWS - 09/17/2024",
         "Findings: Mild joint space narrowing and sclerosis of the left SI joint, more on the iliac side. No "
         "erosion. No fracture. No lytic or blastic lesion. Surgical clips none.\nImpression: Mild left SI joint "
         "degenerative change.\nReader: D. Faircloth, MD"),
        ("XR HIP LEFT 2 VIEWS - 09/17/2024",
         "Findings: Minimal superolateral joint space narrowing. Small acetabular rim osteophyte. No fracture.\n"
         "Impression: Mild left hip osteoarthritis.\nReader: D. Faircloth, MD"),
        ("CT PELVIS WITHOUT CONTRAST (SI JOINTS) - 02/04/2025",
         "Findings: Left SI joint with subchondral sclerosis, small anterior osteophytes and vacuum phenomenon. No "
         "erosions or ankylosis. Right SI joint within normal limits. No fracture. No lytic or blastic osseous "
         "lesion (history of breast cancer). No soft tissue mass.\nImpression: Left SI joint osteoarthritis. No "
         "erosive sacroiliitis. No osseous metastatic disease.\nReader: M. Sanderlin, MD"),
    ]

    def medlist(pdf, d):
        hd(pdf, "Medication List (active and recently discontinued)")
        pdf.grid([["Medication", "Directions", "Start", "Stop", "Status"],
                  ["Naproxen sodium 220 mg tab (OTC)", "2 tabs by mouth twice daily with food", "2023", "", "Active"],
                  ["Diclofenac 1% gel", "Apply 4 g to L low back 4x daily", "09/17/2024", "01/2025", "Discontinued - ineffective"],
                  ["Acetaminophen 500 mg", "1-2 tabs q6h prn", "2022", "", "Active"],
                  ["Levothyroxine 88 mcg", "daily", "2016", "", "Active"],
                  ["Losartan 50 mg", "daily", "2019", "", "Active"],
                  ["Anastrozole 1 mg", "daily", "2015", "2020", "Completed"],
                  ["Calcium + vitamin D3", "daily", "2023", "", "Active"],
                  ["Heating pad", "20-30 min to L low back nightly", "2023", "", "Active"]],
                 [32, 34, 10, 10, 14], size=9, family="times")
        hd(pdf, "Allergies")
        bd(pdf, "Penicillin - rash. Adhesive tape - skin irritation.")
        bd(pdf, "Reviewed with patient by Simone Achebe, MD on Jul 8, 2025.", 9)

    def lmn(pdf, d):
        pdf.set_y(14)
        pdf.t("YADKIN VALLEY ORTHOPAEDIC & SPINE CENTER", 14, "B", family="times")
        pdf.t("Simone Achebe, MD - Spine Surgery   |   1900 S Hawthorne Rd, Winston-Salem, NC 27103   |   336-555-0170",
              9, family="times")
        pdf.hr(0.4)
        pdf.t("July 14, 2025", 11, family="times")
        pdf.gap(3)
        pdf.t("CareSource North Carolina\nAttn: Prior Authorization Department\nFax: 1-844-432-8924", 11, family="times")
        pdf.gap(3)
        pdf.t("RE: Linda F. Mercer, DOB 08/30/1962, Member ID 613390572\n"
              "Request: Left percutaneous sacroiliac joint fusion, CPT 27279, outpatient, Forsyth Surgery Center", 11,
              "B", family="times")
        pdf.gap(3)
        pdf.t("Dear Reviewer,\n\n"
              "Please accept this letter as a request for prior authorization of left minimally invasive sacroiliac "
              "joint fusion for my patient, Mrs. Mercer, who has had more than three years of left SI joint pain "
              "(VAS 62 mm at her visit on July 8, 2025) localized to the left buttock without radiation.\n\n"
              "She has completed 12 weeks of physical therapy and nearly six months of chiropractic care, and has "
              "taken naproxen daily with heat for more than a year, without lasting benefit. Her examination shows "
              "focal left SI joint tenderness and five positive provocation tests. Radiographs and CT show left SI "
              "joint osteoarthritis without erosive or destructive change; left hip radiographs show only mild "
              "arthritis.\n\n"
              "A fluoroscopically guided, contrast-confirmed left SI joint injection on April 29, 2025 produced more "
              "than 60% relief. A confirmatory injection is scheduled for August 5, 2025 and we will forward the "
              "result.\n\n"
              "I believe the requested procedure is medically necessary. Thank you for your consideration.\n\n"
              "Sincerely,\n\n\nSimone Achebe, MD\nYadkin Valley Orthopaedic & Spine Center", 11, family="times")

    def H(ntype, author, dos, grp):
        return dict(header=aw_head, footer=aw_foot, group=grp, ntype=ntype, author=author, dos=dos, font="times")

    docs = [
        Doc(lmn, font="times", footer=lambda pdf, d: (pdf.set_y(-12), pdf.line_txt("YVOSC  -  LMN  -  Mercer, Linda F", "Page 1 of 1", size=8, family="times"))),
        Doc(ov3, **H("Office Visit - New Patient", "Simone Achebe, MD", "Jul 8, 2025", "a")),
        Doc(medlist, **H("Medication List", "Simone Achebe, MD", "Jul 8, 2025", "m")),
        Doc(ov1, **H("Office Visit - New Patient", "Gary Lindqvist, DO", "Sep 17, 2024", "b")),
        Doc(ptdc, **H("PT Discharge Summary", "Brianna Holt, PT, DPT", "Dec 17, 2024", "c")),
        Doc(chiro, **H("Outside Records", "Scanned document", "Jun 30, 2025", "d")),
        Doc(proc, **H("Procedure Note", "Gary Lindqvist, DO", "Apr 29, 2025", "e")),
        Doc(ov2, **H("Office Visit - Follow Up", "Gary Lindqvist, DO", "Jun 10, 2025", "f")),
        Doc(imaging, **H("Radiology Results", "Multiple", "see each exam", "g"), reps=reps),
    ]
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-07-14",
        "criteria": {
            "perc.pain_location": C("met", "non-radiating, localized to the left buttock/PSIS",
                                    "she denies radiation down the leg"),
            "perc.pain_severity": C("met", "Pain today VAS 62 mm", "Pain: VAS 62 mm"),
            "perc.sij_tenderness": C("met", "Focal L PSIS/SIJ tenderness.",
                                     "No lumbar midline, paraspinal, trochanteric or coccygeal tenderness."),
            "perc.active_conservative_therapy": C("met", "Dates of service: 09/24/2024 to 12/17/2024",
                                                  "Initial visit: 01/07/2025. Last visit: 06/24/2025."),
            "perc.inactive_conservative_therapy": C("met", "takes naproxen 220 mg two tabs BID (OTC)",
                                                    "Continues chiropractic weekly, naproxen BID, heat."),
            "perc.thigh_thrust_or_compression": C("met", "Thigh thrust (P4) + -",
                                                  "Positive thigh thrust, compression, distraction, FABER and Gaenslen"),
            "perc.two_provocative_tests": C("met", "Positive thigh thrust, compression, distraction, FABER and Gaenslen",
                                            "FABER / Patrick + - buttock, not groin"),
            "perc.diagnostic_injections": C("insufficient"),
            "perc.generalized_pain_excluded": C("met", "Not consistent with fibromyalgia (no widespread pain).",
                                                "No nonorganic signs."),
            "perc.sij_imaging": C("met", "Mild left SI joint degenerative change.",
                                  "No erosive sacroiliitis. No osseous metastatic disease."),
            "perc.hip_imaging": C("met", "Impression: Mild left hip osteoarthritis."),
            "perc.lumbar_imaging": C("insufficient"),
            "perc.therapeutic_injections": C("insufficient"),
            "perc.excl.systemic_arthropathy": C("met", "negative for morning stiffness, joint swelling", "No erosive sacroiliitis."),
            "perc.excl.infection_tumor_fracture": C("met", "No lytic or blastic osseous lesion",
                                                    "No osseous metastatic disease."),
            "perc.excl.acute_instability": C("met", "about 3 years, worse over the past year. No injury."),
            "perc.excl.neural_compression": C("met", "she has no leg symptoms", "Hip ROM full. Neuro intact."),
        },
        "notes": "Allscripts/Veradigm print, single PDF, no request form or packet.json: request date = LMN "
                 "07/14/2025; CPT 27279 only in LMN. 2nd block cancelled (COVID); lumbar MRI never reported.",
    }
    return dict(id="b3a-06", kind="single", files=[("b3a-06.pdf", docs)], packet_json=None, labels=labels)


# ============================================================================
# driver + self-check
# ============================================================================
def _norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def build_packet(spec):
    """returns dict name -> (bytes, recs)"""
    out = []
    for name, docs in spec["files"]:
        data, recs = build_file(docs)
        out.append((name, data, recs))
    return out


def check_packet(spec, built, written_dir=None):
    errs = []
    lab = spec["labels"]
    ids = PERC_IDS if lab["procedure"] == "percutaneous" else OPEN_IDS
    if sorted(lab["criteria"]) != sorted(ids):
        errs.append("criterion set mismatch")
    if lab["determination"] != determination(lab["criteria"]):
        errs.append("determination mismatch")
    pages = []   # (file, page, fax, text)
    for name, data, recs in built:
        with pdfplumber.open(io.BytesIO(data)) as pl:
            final = [pg.extract_text() or "" for pg in pl.pages]
            sizes = [(round(float(pg.width)), round(float(pg.height))) for pg in pl.pages]
        for r, ft, sz in zip(recs, final, sizes):
            if sz != (612, 792):
                errs.append(f"{name} p{r['page']} size {sz}")
            if r["fax"]:
                if ft.strip():
                    errs.append(f"{name} p{r['page']} fax page has text layer")
                pages.append((name, r["page"], r["fax"], r["text"]))
            else:
                pages.append((name, r["page"], None, ft))
    where = {}
    for cid, c in lab["criteria"].items():
        if c["status"] == "insufficient":
            if c["evidence"]:
                errs.append(f"{cid}: insufficient with evidence")
            continue
        if not (1 <= len(c["evidence"]) <= 3):
            errs.append(f"{cid}: evidence count {len(c['evidence'])}")
        for ev in c["evidence"]:
            nw = len(ev.split())
            if not (3 <= nw <= 12):
                errs.append(f"{cid}: snippet length {nw}: {ev!r}")
            hits = [(f, p, fx) for f, p, fx, t in pages if _norm(ev) in _norm(t)]
            if not hits:
                errs.append(f"{cid}: snippet not found: {ev!r}")
            else:
                where.setdefault(cid, []).append((ev, hits[0]))
    npages = len(pages)
    ndocs = sum(len(d) for _, d in spec["files"])
    if not (4 <= npages <= 20):
        errs.append(f"page count {npages}")
    return errs, where, npages, ndocs, pages


def write_packet(spec, built):
    pid = spec["id"]
    lab = dict(spec["labels"])
    ordered = {"procedure": lab["procedure"], "request_date": lab["request_date"],
               "determination": lab["determination"], "criteria": lab["criteria"], "notes": lab.get("notes", "")}
    if spec["kind"] == "single":
        assert len(built) == 1
        path = os.path.join(HERE, pid + ".pdf")
        with open(path, "wb") as fh:
            fh.write(built[0][1])
        with open(os.path.join(HERE, pid + ".labels.json"), "w") as fh:
            json.dump(ordered, fh, indent=2)
            fh.write("\n")
    else:
        folder = os.path.join(HERE, pid)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for name, data, _ in built:
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)
        if spec.get("packet_json"):
            with open(os.path.join(folder, "packet.json"), "w") as fh:
                json.dump(spec["packet_json"], fh, indent=2)
                fh.write("\n")
        with open(os.path.join(folder, "labels.json"), "w") as fh:
            json.dump(ordered, fh, indent=2)
            fh.write("\n")


def main(argv):
    only_check = "--check" in argv
    verbose = "-v" in argv
    sel = [a for a in argv if not a.startswith("-")]
    ok = True
    for fn in PACKETS:
        spec = fn()
        if sel and spec["id"] not in sel:
            continue
        spec["labels"]["determination"] = determination(spec["labels"]["criteria"])
        built = build_packet(spec)
        errs, where, npages, ndocs, pages = check_packet(spec, built)
        faxres = sorted({p[2] for p in pages if p[2]})
        print(f"{spec['id']}: {spec['kind']}, {len(built)} file(s), {ndocs} docs, {npages} pages, "
              f"fax={faxres or 'no'}, {spec['labels']['procedure']}, {spec['labels']['determination']}")
        if verbose:
            for cid, lst in where.items():
                for ev, (f, p, fx) in lst:
                    print(f"    {cid:40s} {f} p{p}{' FAX' if fx else ''}: {ev}")
        for e in errs:
            ok = False
            print("   ERROR", e)
        if not only_check:
            write_packet(spec, built)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
