#!/usr/bin/env python3
"""Blind eval packets b8a-01..03 (Cerner PowerChart-style world). Deterministic.

Run: .venv/bin/python make_packets.py   -> writes packets into this folder and self-checks.
"""
import io, json, os, random, re, shutil, sys, textwrap
from datetime import date

import img2pdf
import numpy as np
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

OUT = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------- #
# Criteria sets (CONTRACT section 4)
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def determination(statuses):
    v = list(statuses.values())
    if all(s == "met" for s in v):
        return "meets_criteria"
    if any(s == "not_met" for s in v):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


# --------------------------------------------------------------------------- #
# Text-page rendering (fpdf2, US Letter, points)
class Doc:
    """A printed EHR document: list of pages, each a list of elements."""

    def __init__(self, banner, patient_line, printed, pages):
        self.banner, self.patient_line, self.printed, self.pages = banner, patient_line, printed, pages


def _latin(s):
    return s.encode("latin-1", "replace").decode("latin-1")


def render_text_page(doc, idx, total):
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.set_margins(42, 36, 42)
    pdf.add_page()
    W = pdf.w - 84
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(W, 13, _latin(doc.banner), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(W, 11, _latin(doc.patient_line), new_x="LMARGIN", new_y="NEXT")
    pdf.line(42, pdf.get_y() + 2, 42 + W, pdf.get_y() + 2)
    pdf.ln(7)
    for el in doc.pages[idx]:
        kind = el[0]
        if kind == "h":
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(W, 13, _latin(el[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sh":
            pdf.set_font("Helvetica", "BU", 9)
            pdf.multi_cell(W, 12, _latin(el[1]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(W, 11.5, _latin(el[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "mono":
            pdf.set_font("Courier", "", 8.5)
            for ln in el[1].split("\n"):
                pdf.cell(W, 10.5, _latin(ln), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":  # Cerner field block, two columns
            pdf.set_font("Helvetica", "", 8.5)
            pairs = el[1]
            for i in range(0, len(pairs), 2):
                row = pairs[i:i + 2]
                for k, v in row:
                    pdf.set_font("Helvetica", "B", 8.5)
                    pdf.cell(92, 11, _latin(k + ":"))
                    pdf.set_font("Helvetica", "", 8.5)
                    pdf.cell(W / 2 - 92, 11, _latin(v))
                pdf.ln(11)
            pdf.ln(3)
        elif kind == "grid":
            head, rows, widths = el[1], el[2], el[3]
            fs = el[4] if len(el) > 4 else 7.5
            tot = sum(widths)
            widths = [w * W / tot for w in widths]
            pdf.set_font("Helvetica", "B", fs)
            pdf.set_fill_color(225, 225, 225)
            for h, w in zip(head, widths):
                pdf.cell(w, fs + 4, _latin(h), border=1, fill=True)
            pdf.ln(fs + 4)
            pdf.set_font("Helvetica", "", fs)
            for r in rows:
                for c, w in zip(r, widths):
                    pdf.cell(w, fs + 4, _latin(c), border=1)
                pdf.ln(fs + 4)
            pdf.ln(4)
        elif kind == "rule":
            pdf.line(42, pdf.get_y() + 2, 42 + W, pdf.get_y() + 2)
            pdf.ln(6)
        elif kind == "sp":
            pdf.ln(el[1] if len(el) > 1 else 6)
        else:
            raise ValueError(kind)
    if pdf.get_y() > pdf.h - 40:
        raise RuntimeError("page overflow: %s p%d (y=%.0f)" % (doc.banner, idx + 1, pdf.get_y()))
    pdf.set_xy(42, pdf.h - 30)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(W, 9, _latin("%s    Page %d of %d" % (doc.printed, idx + 1, total)), align="C")
    return bytes(pdf.output())


# --------------------------------------------------------------------------- #
# Faxed pages: 1-bit, CCITT G4, 204x196 (fine) or 204x98 (standard), skewed, noisy
class Fax:
    def __init__(self, banner, lines, mode, skew, seed):
        self.banner, self.lines, self.mode, self.skew, self.seed = banner, lines, mode, skew, seed

    def text(self):
        return "\n".join([self.banner] + [l.lstrip("#|") for l in self.lines])


def render_fax(fx):
    rnd = random.Random(fx.seed)
    Wpx, Hsq = 1734, 2244  # 8.5 x 11 in at 204 dpi (square canvas)
    img = Image.new("L", (Wpx, Hsq), 255)
    d = ImageDraw.Draw(img)
    pt = 204 / 72.0
    f_ban = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", int(9.5 * pt))
    f_reg = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", int(10.5 * pt))
    f_bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", int(11 * pt))
    f_mono = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", int(10 * pt))
    d.text((40, 18), fx.banner, font=f_ban, fill=0)
    y = 110
    x0 = 120
    for ln in fx.lines:
        if ln.startswith("#"):
            d.text((x0, y), ln[1:], font=f_bold, fill=0)
            y += int(11 * pt * 1.45)
        elif ln.startswith("|"):
            d.text((x0, y), ln[1:], font=f_mono, fill=0)
            y += int(10 * pt * 1.35)
        elif ln == "":
            y += int(10.5 * pt * 0.7)
        else:
            d.text((x0, y), ln, font=f_reg, fill=0)
            y += int(10.5 * pt * 1.38)
    if y > Hsq - 60:
        raise RuntimeError("fax overflow: " + fx.banner)
    img = img.rotate(fx.skew, resample=Image.BICUBIC, fillcolor=255, expand=False)
    Hout = 2156 if fx.mode == "fine" else 1078
    img = img.resize((Wpx, Hout), Image.LANCZOS)
    a = np.asarray(img).astype(np.int16)
    nrng = np.random.default_rng(fx.seed)
    a = a + nrng.normal(0, 22, a.shape).astype(np.int16)
    bw = (a > 150)  # True = white
    # specks
    for _ in range(rnd.randint(160, 320)):
        yy, xx = rnd.randrange(Hout), rnd.randrange(Wpx)
        r = rnd.choice([0, 0, 1, 1, 2])
        bw[max(0, yy - r // 2): yy + r // 2 + 1, max(0, xx - r): xx + r + 1] = False
    # dropouts (lost scan lines / light streaks)
    for _ in range(rnd.randint(3, 7)):
        yy = rnd.randrange(120 if fx.mode == "fine" else 60, Hout)
        xs = rnd.randrange(0, Wpx - 300)
        bw[yy, xs: xs + rnd.randint(200, 1100)] = True
    # edge shadow along left margin
    bw[:, 0:rnd.randint(2, 6)] = False
    out = Image.fromarray((bw * 255).astype(np.uint8), "L").convert("1")
    buf = io.BytesIO()
    dpi = (204, 196) if fx.mode == "fine" else (204, 98)
    out.save(buf, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(buf.getvalue())


# --------------------------------------------------------------------------- #
def build_file(path, parts):
    """parts: list of Doc or Fax in order. Returns list of (kind, text_or_None)."""
    w = PdfWriter()
    info = []
    for part in parts:
        if isinstance(part, Fax):
            r = PdfReader(io.BytesIO(render_fax(part)))
            w.add_page(r.pages[0])
            info.append(("fax", part.text(), part.mode))
        else:
            n = len(part.pages)
            for i in range(n):
                r = PdfReader(io.BytesIO(render_text_page(part, i, n)))
                w.add_page(r.pages[0])
                info.append(("text", None, None))
    w.add_metadata({"/Producer": "PowerChart Print Services 2018.01", "/Creator": "Cerner Millennium"})
    with open(path, "wb") as fh:
        w.write(fh)
    return info


def banner_line(name, mrn, fin, dob, sex):
    return "%s   MRN: %s   FIN: %s   DOB: %s   Sex: %s" % (name, mrn, fin, dob, sex)


# ---- packet content (PowerChart-style) ------------------------------------- #

def _lab(proc, req, det, crit):
    return {"procedure": proc, "request_date": req, "determination": det,
            "criteria": {k: {"status": s, "evidence": ev} for k, (s, ev) in crit.items()}}


def packet01(Doc, Fax):
    pt = "HOLLOWAY, DENISE R   MRN: 00418822   FIN: 9920013345   DOB: 04/17/1971   Age: 54 years   Sex: Female"
    bn = "PIEDMONT RIDGE HEALTH SYSTEM - Spine & Pain Center, Mooresville NC"
    pr = "Printed by: Tilley, Rhonda RN (UM Coord)   Printed on: 03/12/2026 09:41 EST"

    cover = Doc(bn, pt, pr, [[
        ("h", "FACSIMILE TRANSMITTAL - PRIOR AUTHORIZATION"),
        ("kv", [("To", "CareSource NC Marketplace - UM"), ("Fax", "(844) 555-0193"),
                ("From", "PRHS Spine & Pain Center"), ("Fax", "(704) 555-0162"),
                ("Date", "03/12/2026"), ("Pages", "12 incl. cover"),
                ("Re", "HOLLOWAY, DENISE R"), ("Member ID", "CSN883120447")]),
        ("p", "Enclosed: PA request, problem list, spine surgery consult 03/02/2026, vitals/pain flowsheet, "
              "outpatient pharmacy fill history, PT discharge summary, chiropractic discharge (outside, faxed), "
              "L SIJ injection notes x2 w/ post-procedure diary, imaging reports (XR pelvis/SIJ & L hip, CT pelvis, MRI L-spine)."),
        ("p", "Please call Rhonda Tilley RN, UM coordinator, (704) 555-0188 ext 4 with questions or for peer-to-peer scheduling."),
        ("sp", 10),
        ("p", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected health information that is "
              "legally privileged. If you are not the intended recipient you are hereby notified that any disclosure, copying, "
              "distribution or action taken in reliance on the contents is strictly prohibited. If received in error, notify the "
              "sender by telephone and destroy the documents."),
    ], [
        ("h", "OUTPATIENT SURGICAL PRIOR AUTHORIZATION REQUEST"),
        ("kv", [("Request Date", "03/12/2026"), ("Urgency", "Standard / elective"),
                ("Member", "Denise R Holloway"), ("DOB", "04/17/1971"),
                ("Plan", "CareSource NC Marketplace"), ("Member ID", "CSN883120447"),
                ("Requesting MD", "Martin K. Oyelaran, MD"), ("NPI", "1588203346"),
                ("Specialty", "Orthopaedic Spine Surgery"), ("Phone", "(704) 555-0188")]),
        ("sh", "Service requested"),
        ("grid", ["CPT", "Description", "Side", "Units"],
         [["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, w/ image guidance", "Left", "1"]],
         [10, 70, 10, 8]),
        ("sh", "Diagnoses"),
        ("grid", ["ICD-10", "Description"],
         [["M53.3", "Sacrococcygeal disorders, not elsewhere classified (L SI joint dysfunction)"],
          ["M54.50", "Low back pain, unspecified"]], [15, 85]),
        ("kv", [("Facility", "PRHS Mooresville Surgery Ctr"), ("Setting", "Outpatient (22)"),
                ("Tentative DOS", "04/2026"), ("Implant", "Triangular Ti implants x3")]),
        ("p", "Attestation: I certify the clinical information enclosed is accurate and supports medical necessity."),
        ("p", "Electronically signed: Martin K. Oyelaran, MD  03/12/2026 08:57"),
    ]])

    problems = Doc(bn, pt, pr, [[
        ("h", "Problem List / Past Medical History"),
        ("kv", [("Result Type", "Problem List Print"), ("Result Status", "Auth (Verified)"),
                ("Performed By", "Oyelaran, Martin K MD"), ("Verified By", "Oyelaran, Martin K MD on 03/02/2026")]),
        ("sh", "Active"),
        ("grid", ["Name of Problem", "Classification", "Onset", "Confirmation", "Life Cycle Status"],
         [["Sacroiliac joint dysfunction of left side", "Medical", "2024", "Confirmed", "Active"],
          ["Essential hypertension", "Medical", "2016", "Confirmed", "Active"],
          ["Obesity, BMI 30-34.9", "Medical", "2018", "Confirmed", "Active"],
          ["Gastroesophageal reflux disease", "Medical", "2020", "Confirmed", "Active"]], [34, 14, 9, 13, 14]),
        ("sh", "Historical"),
        ("grid", ["Name of Problem", "Classification", "Onset", "Comments"],
         [["Closed fracture of right distal radius", "Medical", "2017", "ORIF 2017, healed"],
          ["Lumbar radiculopathy, L5, right", "Medical", "2019", "ESI x1 2019, sx resolved"]], [34, 14, 9, 27]),
        ("sh", "Resolved"),
        ("grid", ["Name of Problem", "Onset", "Resolved", "Resolved By"],
         [["Plantar fasciitis, left", "2021", "2022", "Oyelaran, M MD (import)"],
          ["Acute bronchitis", "01/2024", "02/2024", "Hardee, L PA-C"]], [34, 10, 10, 20]),
        ("sh", "Family History"),
        ("p", "Mother: fibromyalgia, hypothyroidism. Father: CAD (MI at 61), T2DM. Brother: psoriasis. "
              "No family history of ankylosing spondylitis."),
        ("sh", "Social History"),
        ("p", "Tobacco: Never. Alcohol: social, 1-2/wk. Employment: school cafeteria manager (standing, lifting 20-30 lb)."),
        ("sh", "Procedure History"),
        ("p", "ORIF R distal radius 2017. Cholecystectomy, laparoscopic 2012. L4-5 interlaminar ESI 10/2019 (outside)."),
    ]])

    consult = Doc(bn, pt, pr, [[
        ("h", "Spine Surgery Consult - Office Visit"),
        ("kv", [("Result Type", "Office/Clinic Note"), ("Result Date", "03/02/2026 10:15 EST"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "Ortho Spine New Pt Consult"),
                ("Performed By", "Oyelaran, Martin K MD on 03/02/2026 10:15"), ("Verified By", "Oyelaran, Martin K MD on 03/02/2026 16:48"),
                ("Encounter info", "9920013345, PRHS Spine, Clinic"), ("Referring", "Rasmussen, Anjali DO")]),
        ("sh", "Chief Complaint"),
        ("p", "L low back/buttock pain x ~2 yrs, here for SI joint fusion eval. Referred by pain mgmt (Dr. Rasmussen)."),
        ("sh", "History of Present Illness"),
        ("p", "Ms. Holloway is a 54 y.o. F w/ gradual onset L-sided low back and buttock pain starting early 2024. No trauma or fall; "
              "insidious onset. Pain is axial, non-radiating, caudal to L5 over the left posterior SI joint/buttock. She points "
              "w/ one finger to just medial and inferior to the L PSIS (+Fortin finger test). Denies numbness, tingling, or pain "
              "down the leg; no pain below the knee. Worse w/ prolonged standing at work, climbing stairs, rolling in bed, "
              "getting out of car. Pain 7/10 today, left buttock. Last winter she rated it as high as 9/10."),
        ("p", "Conservative care: formal PT 04/07/2025 through 08/01/2025 at PRHS Rehab, then chiropractic 08/2025 - 11/2025 "
              "(Lakeshore Chiropractic, records enclosed). Continues HEP 3-4x/wk. On meloxicam 15 mg daily since April 2025, "
              "plus heating pad nightly and acetaminophen 500 mg PRN. Tried a SI belt briefly in 2024, did not tolerate."),
        ("p", "Injections: L SIJ injection 09/18/2025 (Lake Norman Interventional Pain, Dr. Rasmussen) and repeat L SIJ "
              "injection 12/11/2025 at PRHS. Both gave excellent short-term relief, then pain came back. See procedure notes. "
              "She had a lumbar ESI back in 2019 for R leg sciatica which resolved and has not recurred."),
        ("sh", "Review of Systems"),
        ("p", "Constitutional: neg for fever, chills, wt loss. MSK: +L buttock pain, neg for AM stiffness > 30 min, neg joint "
              "swelling. Neuro: neg for weakness, saddle anesthesia, bowel/bladder change. Psych: neg for depression. "
              "All other systems reviewed and negative."),
        ("sh", "Medications"),
        ("p", "meloxicam 15 mg PO daily; acetaminophen 500 mg PO q6h PRN; lisinopril 20 mg PO daily; omeprazole 20 mg PO daily."),
        ("p", "Allergies: Sulfa (rash)."),
    ], [
        ("sh", "Physical Exam"),
        ("p", "Vitals: BP 134/82, HR 76, Ht 165 cm, Wt 88.4 kg, BMI 32.5. Gen: NAD, pleasant, appropriate. Gait: antalgic, "
              "shortened stance on L. Lumbar: ROM full flexion, extension mildly limited; L-spine midline nontender, "
              "paraspinals nontender. Exquisitely TTP over left posterior SIJ/sacral sulcus. "
              "Greater trochanter nontender bilaterally. Coccyx nontender. R SIJ nontender."),
        ("grid", ["SIJ provocation", "Left", "Right"],
         [["Thigh thrust (P4)", "positive", "negative"],
          ["Compression", "positive", "negative"],
          ["Distraction (gapping)", "negative", "negative"],
          ["FABER (Patrick)", "positive", "negative"],
          ["Gaenslen", "positive", "negative"],
          ["Sacral thrust", "not done", "not done"]], [40, 20, 20]),
        ("p", "Summary of provocation: Thigh thrust (P4): positive L, reproducing her typical buttock pain. Compression: "
              "positive L. FABER (Patrick): positive on L with pain at the SIJ, not groin. Gaenslen: positive L. "
              "Distraction negative. 4/5 SIJ provocation tests positive on the left."),
        ("p", "Neuro: strength 5/5 bilat LE, DTRs 2+ symmetric, sensation intact to LT L2-S1. SLR negative bilaterally. "
              "Hip: L hip IR/ER full and painless, no groin pain with log roll. Waddell signs 0/5."),
        ("sh", "Imaging reviewed (reports in chart)"),
        ("p", "XR pelvis/SIJ + L hip 05/2025, CT pelvis 10/2025, MRI L-spine 06/2025 - see reports. No inflammatory or "
              "destructive change; mild L hip OA; no neural compression on MRI."),
        ("sh", "Assessment / Plan"),
        ("p", "1. Sacroiliac joint dysfunction, left (M53.3). Clinical picture consistent w/ L SIJ-mediated pain: "
              "concordant exam, 2 image-guided contrast-enhanced intra-articular blocks with >50% relief for the duration of "
              "the local anesthetic, and steroid benefit that did not last. Failed > 6 mo PT/chiro and > 6 mo NSAID/heat."),
        ("p", "No hx of inflammatory arthritis; HLA-B27 negative (02/2025, Dr. Rasmussen). Facet-mediated pain considered, "
              "felt unlikely given exam and normal MRI. Hip pathology unlikely - exam benign, XR w/ only mild OA."),
        ("p", "Plan: Will submit for L percutaneous SIJ fusion (CPT 27279), 3 implants. Risks, benefits, alternatives "
              "including continued non-op care discussed at length; she wishes to proceed. RTC after auth."),
        ("p", "Electronically Signed By: Martin K. Oyelaran, MD  03/02/2026 16:48 EST"),
    ]])

    flows = Doc(bn, pt, pr, [[
        ("h", "Flowsheet: Ambulatory Vitals / Pain Assessment"),
        ("kv", [("Result Type", "Flowsheet Print"), ("Range", "06/02/2025 - 03/02/2026"),
                ("Performed By", "multiple (see cell audit)"), ("Verified By", "Interface - PowerChart")]),
        ("grid", ["", "06/02/25 09:10", "09/18/25 09:40", "09/18/25 11:05", "12/11/25 13:20", "12/11/25 14:35", "03/02/26 09:52"],
         [["BP", "138/86", "136/84", "128/80", "140/88", "126/78", "134/82"],
          ["Pulse", "80", "78", "72", "82", "74", "76"],
          ["Pain Present", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes"],
          ["Pain Scale Used", "NRS 0-10", "NRS 0-10", "NRS 0-10", "NRS 0-10", "NRS 0-10", "NRS 0-10"],
          ["Pain Score", "8", "7", "2", "8", "1", "7"],
          ["Pain Location", "Buttock L", "Buttock L", "Buttock L", "Buttock L", "Buttock L", "Buttock L"],
          ["Pain Quality", "Aching", "Aching;Sharp", "Dull", "Aching", "--", "Aching;Sharp"],
          ["Pain Radiation", "None", "None", "None", "None", "None", "None"],
          ["Intervention", "--", "Pre-proc", "Post-proc", "Pre-proc", "Post-proc", "--"],
          ["Fall risk", "Low", "Low", "Low", "Low", "Low", "Low"]], [16, 14, 14, 14, 14, 14, 14], 7),
        ("p", "Legend: cells from 09/18/25 were transcribed from outside facility record (Lake Norman Interventional Pain) "
              "by Tilley, R RN 12/04/2025. Post-proc values are recovery-area readings and are not baseline assessments."),
        ("sp", 8),
        ("h", "Outpatient Pharmacy Dispensing History"),
        ("kv", [("Source", "PRHS Retail Pharmacy #12 / SureScripts fill hx"), ("Date range", "03/01/2025 - 03/10/2026")]),
        ("grid", ["Fill Date", "Drug / Strength", "Qty", "Days", "Prescriber", "RX #"],
         [["04/03/2025", "MELOXICAM 15 MG TAB", "30", "30", "RASMUSSEN, A", "6610221"],
          ["05/02/2025", "MELOXICAM 15 MG TAB", "30", "30", "RASMUSSEN, A", "6610221"],
          ["06/04/2025", "MELOXICAM 15 MG TAB", "30", "30", "RASMUSSEN, A", "6610221"],
          ["07/07/2025", "MELOXICAM 15 MG TAB", "30", "30", "RASMUSSEN, A", "6610221"],
          ["08/05/2025", "MELOXICAM 15 MG TAB", "90", "90", "RASMUSSEN, A", "6610221"],
          ["08/05/2025", "LISINOPRIL 20 MG TAB", "90", "90", "HARDEE, L", "6598004"],
          ["11/06/2025", "MELOXICAM 15 MG TAB", "90", "90", "RASMUSSEN, A", "6744518"],
          ["11/06/2025", "OMEPRAZOLE DR 20 MG CAP", "90", "90", "HARDEE, L", "6598005"],
          ["02/03/2026", "MELOXICAM 15 MG TAB", "90", "90", "RASMUSSEN, A", "6744518"]], [14, 30, 8, 8, 18, 12], 7.5),
        ("p", "Fill history reflects claims adjudicated at PRHS pharmacies and external fills reported via SureScripts. "
              "OTC products (acetaminophen) not captured."),
    ]])

    pt_dc = Doc("PIEDMONT RIDGE HEALTH SYSTEM - Outpatient Rehabilitation, Mooresville", pt, pr, [[
        ("h", "PT Discharge Summary"),
        ("kv", [("Result Type", "Rehab Discharge Summary"), ("Result Date", "08/01/2025 15:30 EDT"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "PT Lumbar/SIJ DC Summary"),
                ("Performed By", "Castellano, Brianna PT, DPT"), ("Verified By", "Castellano, Brianna PT, DPT on 08/01/2025")]),
        ("p", "Dx: L SI joint dysfunction (M53.3). Referring: Rasmussen, Anjali DO. Certification 04/07/2025 - 08/05/2025."),
        ("p", "Episode: 24 visits from 04/07/2025 through 08/01/2025 (2x/wk), 0 cancellations, 1 no-show (transportation)."),
        ("sh", "Interventions"),
        ("p", "Ther ex: core stabilization progression (TA bracing, dead bug, bird dog), glute med/max strengthening, hip "
              "abductor/ER strengthening, lumbopelvic motor control. Manual: SIJ mobilization/MET for L innominate, STM L glutes. "
              "Neuro re-ed: single-leg balance, step-down control. Pt ed: body mechanics for lifting at work, sleeping posture."),
        ("sh", "Outcome measures"),
        ("grid", ["Measure", "Initial 04/07/25", "Re-eval 06/02/25", "Discharge 08/01/25"],
         [["Oswestry (ODI)", "46%", "40%", "38%"],
          ["NPRS current", "8/10", "7/10", "7/10"],
          ["Single-leg stance L (s)", "6", "11", "14"],
          ["Hip abd MMT L", "3+/5", "4-/5", "4/5"]], [34, 22, 22, 22]),
        ("sh", "Assessment"),
        ("p", "Pt attended consistently and gained strength and balance; however L buttock pain remains essentially unchanged "
              "and she continues to have pain with sit-to-stand and stairs. Limited functional gains despite full participation. "
              "Plateaued; further skilled PT not expected to change pain. Recommend f/u with referring MD re: next steps."),
        ("p", "D/C to HEP (written program issued, 8 exercises, daily). Goals: 1 of 4 met, 2 partially met, 1 not met."),
        ("p", "Brianna Castellano, PT, DPT   Lic # NC-P14420   08/01/2025 15:30"),
    ]])

    chiro_fax = Fax("FROM: LAKESHORE CHIROPRACTIC 7045550171  TO: PRHS SPINE UM   11/24/2025 16:08  #0412  P. 2/3",
                    ["#LAKESHORE CHIROPRACTIC & WELLNESS",
                     "214 Brawley School Rd, Mooresville NC 28117   Ph (704) 555-0170",
                     "",
                     "#DISCHARGE / RECORDS SUMMARY",
                     "Patient: Denise Holloway     DOB: 04/17/1971",
                     "Provider: Kyle J. Amundsen, DC",
                     "Date of report: 11/24/2025",
                     "",
                     "Dx: M99.04 segmental dysfunction sacral region; M53.3 SIJ dysfunction L",
                     "Course: 12 visits 08/11/2025 through 11/14/2025",
                     "Treatment: diversified/Thompson drop adjustments SI & lumbar,",
                     "  flexion-distraction, active rehab (clamshells, bridges,",
                     "  quadruped progressions), home stretching program.",
                     "",
                     "Subjective at discharge: pt states she feels looser for a day",
                     "or two after each visit but the L buttock pain keeps coming back,",
                     "esp. after work shifts. Rates 7/10 at worst this week.",
                     "",
                     "Objective: L PSIS tender, + standing flexion test L,",
                     "lumbar ROM WNL. No radicular signs.",
                     "",
                     "Assessment: transient benefit only, no sustained improvement.",
                     "Discharged from active care 11/14/2025, pt to follow up with",
                     "her pain management physician. Continue home exercises.",
                     "",
                     "Kyle J. Amundsen, DC    NC Lic 3318",
                     "",
                     "This facsimile may contain PHI. If received in error call",
                     "(704) 555-0170 and destroy all copies."],
                    "fine", 0.7, 1101)

    inj1_fax = Fax("FROM: LAKE NORMAN INTV PAIN  7045550147   TO: PRHS SPINE UM  12/04/2025 14:22  P. 3/6",
                   ["#LAKE NORMAN INTERVENTIONAL PAIN, PLLC",
                    "#PROCEDURE NOTE",
                    "Patient: HOLLOWAY, DENISE       DOB 04/17/1971   Acct 55810",
                    "Date of service: 09/18/2025    Physician: Anjali Rasmussen, DO",
                    "Procedure: Left sacroiliac joint injection, intra-articular,",
                    "  fluoroscopically guided, with contrast (arthrogram)",
                    "Indication: L SIJ pain, failed PT. Pre-procedure pain 7/10.",
                    "",
                    "After consent/timeout, prone, L buttock prepped w/ chlorhexidine.",
                    "Skin wheal lidocaine 1% 2 mL. Under AP/oblique fluoroscopy a",
                    "22g 3.5 in spinal needle was advanced into the inferior L SIJ.",
                    "Omnipaque 240, 0.5 mL injected: intra-articular spread along",
                    "the joint line, no vascular uptake. Injectate: bupivacaine",
                    "0.5% 2 mL + triamcinolone 40 mg (1 mL). Images saved.",
                    "No complications. EBL nil. Tolerated well.",
                    "",
                    "#POST-PROCEDURE PAIN DIARY (clinic + phone f/u)",
                    "|Time after inj    Pain (0-10)    % relief",
                    "|Baseline          7              --",
                    "|15 min            1              86%",
                    "|1 hour            1              86%",
                    "|3 hours           2              71%",
                    "|5 hours           3              57%",
                    "|Next AM           5              29%",
                    "Phone f/u by RN 09/19/25: pain 2/10 at 3 hours post (71% relief).",
                    "",
                    "Follow-up 10/23/2025 (office): steroid helped; relief lasted",
                    "about 3 weeks, then pain returned to baseline. 7/10 today.",
                    "Plan repeat L SIJ injection, refer to spine surgery.",
                    "",
                    "Electronically signed A. Rasmussen DO 09/18/2025 12:02"],
                   "fine", -0.9, 1102)

    inj2 = Doc(bn, pt, pr, [[
        ("h", "Procedure Note - Interventional Pain"),
        ("kv", [("Result Type", "Procedure Note"), ("Result Date", "12/11/2025 14:10 EST"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "SI Joint Injection Left w/ Fluoro"),
                ("Performed By", "Rasmussen, Anjali DO on 12/11/2025 13:48"), ("Verified By", "Rasmussen, Anjali DO on 12/11/2025 14:10"),
                ("Encounter info", "9920013345, PRHS Pain Proc Ste 2"), ("Assistant", "Moua, Kalia RT(R)")]),
        ("p", "Procedure: Left SI joint injection, intra-articular, fluoroscopic guidance, contrast-enhanced. "
              "Indication: L SIJ pain, repeat diagnostic/therapeutic block #2. Pre-procedure NRS 8/10."),
        ("p", "Time-out performed 13:41 with all team members. Pt positioned prone. Skin prepped w/ ChloraPrep and draped sterile. "
              "Contralateral oblique fluoroscopic view obtained; inferior 1/3 of L SIJ identified. 25g skin wheal then 22g 3.5 in "
              "Quincke needle advanced into joint. Isovue-M 200 0.5 mL injected with arthrogram confirming intra-articular "
              "spread, no vascular or epidural runoff. Ropivacaine 0.5% 1.5 mL with dexamethasone 10 mg injected. "
              "Needle removed intact, bandage applied. No complications."),
        ("sh", "Medication Administration (MAR summary)"),
        ("grid", ["Medication", "Dose / Route", "Admin Date/Time", "Admin By", "Status"],
         [["lidocaine 1% (PF) inj", "2 mL / Subcut", "12/11/25 13:44", "Rasmussen, A DO", "Given"],
          ["iopamidol 41% (Isovue-M 200)", "0.5 mL / Intra-artic", "12/11/25 13:46", "Rasmussen, A DO", "Given"],
          ["ropivacaine 0.5% inj", "1.5 mL / Intra-artic", "12/11/25 13:47", "Rasmussen, A DO", "Given"],
          ["dexamethasone sod phos 10 mg/mL", "10 mg / Intra-artic", "12/11/25 13:47", "Rasmussen, A DO", "Given"],
          ["midazolam inj", "1 mg / IV", "--", "--", "Not Given - pt declined"]], [30, 20, 18, 18, 18], 7),
        ("sh", "Post-procedure pain diary (recovery + patient log returned 12/15/25)"),
        ("grid", ["Time", "12/11 13:47", "14:05", "14:50", "15:50", "17:50", "19:50", "21:50", "12/12 AM", "12/18", "12/25", "01/08"],
         [["Elapsed", "0", "15 min", "1 hr", "2 hr", "4 hr", "6 hr", "8 hr", "1 d", "1 wk", "2 wk", "4 wk"],
          ["NRS 0-10", "8", "1", "1", "2", "3", "4", "6", "6", "3", "4", "7"]], [12, 10, 8, 8, 8, 8, 8, 8, 9, 8, 8, 8], 7),
        ("p", "Interpretation: 4 hr 3/10 (63% relief), i.e. > 50% relief maintained for longer than the expected duration of "
              "ropivacaine. Concordant L SIJ block #2. Steroid effect partial: better at 1 wk, "
              "pain back to baseline by 4 weeks (01/08/2026 telephone f/u, 7/10)."),
        ("p", "Disposition: discharged home ambulatory 14:40 with responsible adult. Plan: referral to Dr. Oyelaran for SIJ fusion eval."),
        ("p", "Electronically Signed By: Anjali Rasmussen, DO  12/11/2025 14:10 EST"),
    ]])

    imaging = Doc("PIEDMONT RIDGE HEALTH SYSTEM - Department of Radiology", pt, pr, [[
        ("h", "Radiology Report"),
        ("kv", [("Result Type", "XR Pelvis; XR Hip Left"), ("Result Date", "05/14/2025 11:02 EDT"),
                ("Result Status", "Auth (Verified)"), ("Accession", "XR-25-0514-0311 / -0312"),
                ("Performed By", "Dunleavy, Sean RT(R)"), ("Verified By", "Abernathy, Claire MD on 05/14/2025 13:37")]),
        ("p", "EXAM: 1) XR PELVIS AP + BILATERAL SI JOINT OBLIQUES (3 views)  2) XR HIP LEFT 2 VIEWS"),
        ("p", "HISTORY: Left buttock pain, r/o sacroiliitis vs hip OA. COMPARISON: None."),
        ("p", "FINDINGS - PELVIS/SI JOINTS: SI joint spaces preserved. Mild subchondral sclerosis on the iliac side of the "
              "left SI joint, lower third. No erosive change or ankylosis of either SI joint. Pubic symphysis normal. "
              "No fracture. No lytic or blastic lesion."),
        ("p", "FINDINGS - LEFT HIP: Mild left hip joint space narrowing superolaterally with small marginal osteophyte. "
              "Femoral head spherical, no AVN. No fracture."),
        ("p", "IMPRESSION:  1. Mild degenerative change left SI joint. No radiographic sacroiliitis.  "
              "2. Left hip: mild osteoarthritis."),
        ("p", "Dictated by: Claire Abernathy, MD  Signed 05/14/2025 13:37"),
        ("rule",),
        ("h", "Radiology Report"),
        ("kv", [("Result Type", "CT Pelvis w/o Contrast"), ("Result Date", "10/30/2025 08:15 EDT"),
                ("Result Status", "Auth (Verified)"), ("Accession", "CT-25-1030-0092"),
                ("Performed By", "Pruitt, Jalen RT(CT)"), ("Verified By", "Nakashima, Oren MD on 10/30/2025 10:52")]),
        ("p", "EXAM: CT PELVIS WITHOUT CONTRAST, thin section SI joint protocol, coronal/sagittal reformats."),
        ("p", "HISTORY: L SIJ pain, surgical planning."),
        ("p", "FINDINGS: Mild asymmetric degenerative change of the left SI joint with small anterior osteophyte and mild "
              "subchondral sclerosis; joint space maintained. No periarticular erosions, no ankylosis. Right SIJ unremarkable. "
              "No fracture or destructive lesion. No soft tissue mass or fluid collection. Sacral foramina clear. "
              "Visualized hips with mild L hip degenerative change."),
        ("p", "IMPRESSION: Mild L sacroiliac degenerative arthropathy without erosions, ankylosis or other findings of "
              "inflammatory sacroiliitis. No destructive osseous lesion."),
        ("p", "Dictated by: Oren Nakashima, MD   Signed 10/30/2025 10:52"),
    ], [
        ("h", "Radiology Report"),
        ("kv", [("Result Type", "MRI Lumbar Spine w/o Contrast"), ("Result Date", "06/20/2025 16:40 EDT"),
                ("Result Status", "Auth (Verified)"), ("Accession", "MR-25-0620-0177"),
                ("Performed By", "Okafor, Ngozi RT(MR)"), ("Verified By", "Abernathy, Claire MD on 06/20/2025 18:05")]),
        ("p", "EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST."),
        ("p", "HISTORY: Low back and L buttock pain. Prior R L5 radiculopathy 2019, resolved. COMPARISON: None available."),
        ("p", "FINDINGS: Five lumbar-type vertebrae. Alignment normal. Vertebral body heights preserved; no marrow "
              "replacing lesion. Conus terminates at L1, normal."),
        ("p", "T12-L1 through L3-4: No disc herniation, canal or foraminal narrowing."),
        ("p", "L4-5: Mild disc desiccation with shallow broad-based bulge. Mild facet arthropathy. No central canal or "
              "foraminal stenosis. Traversing L5 roots free."),
        ("p", "L5-S1: Minimal disc bulge, no herniation. Mild bilateral facet arthropathy. No foraminal stenosis."),
        ("p", "Visualized SI joints without marrow edema. Paraspinal musculature unremarkable."),
        ("p", "IMPRESSION: 1. Mild degenerative disc and facet changes at L4-5 and L5-S1. No nerve root impingement. "
              "2. No central canal stenosis at any level."),
        ("p", "Dictated by: Claire Abernathy, MD   Signed 06/20/2025 18:05"),
    ]])

    files = [("01_fax_cover_and_request.pdf", [cover]),
             ("02_clinic_notes.pdf", [problems, consult, flows]),
             ("03_therapy.pdf", [pt_dc, chiro_fax]),
             ("04_procedures.pdf", [inj1_fax, inj2]),
             ("05_imaging.pdf", [imaging])]
    crit = {
        "perc.pain_location": ("met", ["non-radiating, caudal to L5 over the left posterior SI joint/buttock",
                                       "no pain below the knee"]),
        "perc.pain_severity": ("met", ["Pain 7/10 today, left buttock"]),
        "perc.sij_tenderness": ("met", ["Exquisitely TTP over left posterior SIJ/sacral sulcus",
                                        "Greater trochanter nontender bilaterally"]),
        "perc.active_conservative_therapy": ("met", ["24 visits from 04/07/2025 through 08/01/2025",
                                                     "12 visits 08/11/2025 through 11/14/2025"]),
        "perc.inactive_conservative_therapy": ("met", ["On meloxicam 15 mg daily since April 2025",
                                                       "plus heating pad nightly"]),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4): positive L", "Compression: positive L"]),
        "perc.two_provocative_tests": ("met", ["FABER (Patrick): positive on L", "Gaenslen: positive L"]),
        "perc.diagnostic_injections": ("met", ["pain 2/10 at 3 hours post (71% relief)",
                                               "4 hr 3/10 (63% relief)"]),
        "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"]),
        "perc.sij_imaging": ("met", ["No erosive change or ankylosis of either SI joint",
                                     "No destructive osseous lesion"]),
        "perc.hip_imaging": ("met", ["Left hip: mild osteoarthritis",
                                     "Mild left hip joint space narrowing superolaterally"]),
        "perc.lumbar_imaging": ("met", ["No central canal or foraminal stenosis", "No nerve root impingement"]),
        "perc.therapeutic_injections": ("met", ["about 3 weeks, then pain returned to baseline",
                                                "pain back to baseline by 4 weeks"]),
        "perc.excl.systemic_arthropathy": ("met", ["No hx of inflammatory arthritis; HLA-B27 negative"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture or destructive lesion"]),
        "perc.excl.acute_instability": ("met", ["No trauma or fall; insidious onset"]),
        "perc.excl.neural_compression": ("met", ["No nerve root impingement", "SLR negative bilaterally"]),
    }
    return {"id": "b8a-01", "form": "folder+json", "gold": "meets_criteria", "files": files,
            "packet_json": {"request_date": "2026-03-12", "procedure_codes": ["27279"],
                            "member_id": "CSN883120447", "policy": "MP-MM-1366"},
            "labels": _lab("percutaneous", "2026-03-12", "meets_criteria", crit)}


def packet02(Doc, Fax):
    pt = "ESPINOZA-WARD, TOMAS   MRN: 7730194   FIN: 41188206   DOB: 09/02/1966   Age: 59 years   Sex: Male"
    bn = "BLUE HOLLOW REGIONAL MEDICAL CENTER - Neurosurgery & Spine Clinic, Hickory NC"
    pr = "Printed by: Okonkwo-Bell, Adaeze (PA Spec)   Printed on: 01/20/2026 11:06 EST"

    front = Doc(bn, pt, pr, [[
        ("h", "*** FAX COVER ***   Blue Hollow Regional - Central Authorization Office"),
        ("kv", [("Date/Time", "01/20/2026 11:10"), ("Total pages", "8"),
                ("Deliver to", "CareSource Utilization Mgmt"), ("Fax #", "1-844-555-0193"),
                ("Sender", "A. Okonkwo-Bell, PA Specialist"), ("Callback", "(828) 555-0240")]),
        ("p", "RE: Precert request - percutaneous SI joint fusion, RIGHT. Pt: Tomas Espinoza-Ward, ID CSN204417780."),
        ("p", "[X] Initial request   [ ] Additional info for pending case   [ ] Peer to peer   [ ] Appeal"),
        ("p", "Comments: outside lumbar MRI report still outstanding, will forward on receipt. Pt diary & PT summary "
              "were received by fax from outside and are included as received."),
        ("sp", 6),
        ("p", "The information contained in this transmission is privileged and confidential, intended only for the "
              "use of the individual or entity named above. Re-disclosure is prohibited by federal regulation (45 CFR 164). "
              "If you are not the intended recipient please notify us immediately at the number above."),
        ("rule",),
        ("h", "PRE-SERVICE AUTHORIZATION REQUEST - SURGICAL"),
        ("kv", [("Date of request", "01/20/2026"), ("Review type", "Standard"),
                ("Member name", "Tomas Espinoza-Ward"), ("Member ID", "CSN204417780"),
                ("Ordering provider", "Leah Vandergriff, MD"), ("NPI", "1730458821"),
                ("Servicing facility", "Blue Hollow Ambulatory Surg"), ("Tax ID", "56-0912247"),
                ("Planned DOS", "03/2026"), ("Place of service", "24 - ASC")]),
        ("grid", ["Code", "Type", "Description", "Qty"],
         [["27279", "CPT", "Arthrodesis SI joint, percutaneous/minimally invasive, incl. image guidance - RIGHT", "1"],
          ["M53.3", "ICD-10", "Sacrococcygeal disorders NEC (R SIJ dysfunction)", ""],
          ["M54.59", "ICD-10", "Other low back pain", ""]], [10, 10, 70, 6]),
        ("p", "Clinical summary: 59 y/o M with chronic right SIJ pain refractory to PT, chiropractic and NSAIDs; "
              "positive SIJ provocation and a positive fluoroscopic R SIJ block. Notes attached."),
        ("p", "Provider signature: /s/ Leah Vandergriff MD       Date: 01/20/2026"),
    ]])

    nav = Doc(bn, pt, pr, [[
        ("h", "Nurse Navigator - Outside Records Summary"),
        ("kv", [("Result Type", "Care Coordination Note"), ("Result Date", "01/14/2026 15:22 EST"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "Outside Records Review - Spine"),
                ("Performed By", "Huffstetler, Gina RN BSN on 01/14/2026"), ("Verified By", "Huffstetler, Gina RN BSN on 01/14/2026 15:40")]),
        ("p", "Purpose: compile outside records ahead of SIJ fusion precert for Dr. Vandergriff. Records requested via "
              "CareEverywhere and fax. Summary below is for convenience; refer to source documents where received."),
        ("grid", ["Record", "Source", "Date(s)", "Status"],
         [["PT episode R SIJ / low back", "Catawba Motion PT", "05/05/25-08/29/25", "Received (fax 12/30)"],
          ["Chiropractic", "Ridgeview Family Chiro", "09/08/25-12/12/25", "Received"],
          ["Medial branch blocks L4-5, L5-S1 R", "Unifour Pain Assoc", "03/2025", "Received - op note only"],
          ["MRI lumbar spine", "Foothills Open MRI", "06/11/2025", "NOT received"],
          ["XR SIJ / R hip, MRI pelvis", "BHRMC Radiology", "2025", "In chart"],
          ["R SIJ inj + pt diary", "BHRMC Pain / patient", "11/06/2025", "In chart / pt fax"]], [32, 24, 20, 22]),
        ("sh", "Notes"),
        ("p", "- MRI L-spine 06/11/2025 (Foothills Open MRI): report requested 12/29/2025 and again 01/12/2026, not received "
              "as of this summary. Images not on PACS share. Pt states he was told it 'looked okay for his age'."),
        ("p", "- Medial branch blocks R L4-5/L5-S1 03/2025 at Unifour: per op note, pt reported no change in pain afterward "
              "(negative block). No RFA performed."),
        ("p", "- PT: 22 visits per DC summary; chiro: 14 visits. Pt did not use the back brace that was dispensed in 2024."),
        ("p", "- Pt reports a 2nd R SI injection is booked at BHRMC Pain for 02/05/2026."),
        ("p", "- Hx: no inflammatory arthritis documented in any outside record. PCP (Dr. Yelton) problem list reviewed: "
              "HTN, hyperlipidemia, OSA on CPAP, R rotator cuff tendinopathy."),
        ("p", "Gina Huffstetler, RN BSN - Spine Nurse Navigator  x4471"),
    ]])

    consult = Doc(bn, pt, pr, [[
        ("h", "Neurosurgery Clinic - Established Patient Visit"),
        ("kv", [("Result Type", "Office Visit Note"), ("Result Date", "01/08/2026 09:30 EST"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "NSGY SIJ f/u"),
                ("Performed By", "Vandergriff, Leah MD on 01/08/2026 09:30"), ("Verified By", "Vandergriff, Leah MD on 01/08/2026 17:12"),
                ("Encounter info", "41188206, BHRMC NSGY Clinic"), ("PCP", "Yelton, Marcus MD")]),
        ("sh", "Subjective"),
        ("p", "Mr. Espinoza-Ward returns to discuss the right SI joint. Onset spring 2024 after a long stretch of heavy "
              "yard work, no fall, no MVC. Pain sits below L5 over the right PSIS/buttock and does not radiate. No groin pain, "
              "no leg numbness. Sitting on the R side and getting up from a chair are the worst. Pain today 4-6/10 at rest, "
              "gets to 8 if he stands over 20 minutes. Sleep interrupted 2-3x/night."),
        ("p", "He finished PT (Catawba Motion, 05/2025 to 08/2025) then did chiropractic at Ridgeview 09/2025 to 12/2025; "
              "neither changed the pain much. He has been taking naproxen 500 mg BID since February 2025 along with ice "
              "after work and a heat wrap in the evenings. He has a TENS unit at home he uses 'now and then'."),
        ("p", "R SIJ injection here 11/06/2025 (Dr. Brannigan) gave him most of a good day; the steroid part wore off "
              "after about 10 days. Repeat R SIJ injection is scheduled with Dr. Brannigan for 02/05/2026. Earlier "
              "facet (medial branch) blocks 03/2025 were negative."),
        ("sh", "ROS"),
        ("p", "No fevers, night sweats, unintended weight loss. No bowel/bladder changes. No history of fibromyalgia or widespread "
              "pain. Denies inflammatory back pain pattern - no morning stiffness, no improvement with exercise, no "
              "eye inflammation, no psoriasis."),
        ("sh", "Objective"),
        ("p", "BP 142/88  P 70  Wt 97.5 kg. Alert, cooperative, consistent pain behavior. Walks without assistive device, "
              "slight list to L on sit-to-stand. Lumbar midline and paraspinals nontender; ROM mildly limited in extension only. "
              "Point tenderness over the right posterior SI joint just below the PSIS. No tenderness over the R greater "
              "trochanter or coccyx."),
        ("p", "SIJ exam: thigh thrust positive on the right. FABER positive on the right, reproduces posterior pelvic "
              "pain. Gaenslen and distraction tests not performed today. Compression not done."),
        ("p", "Neuro: 5/5 throughout LEs; patellar and Achilles reflexes 2+ and symmetric; SLR neg bilat; sensation intact."),
    ], [
        ("sh", "Data reviewed"),
        ("p", "XR pelvis/SIJ and R hip 07/22/2025, MRI pelvis 08/14/2025 - reports reviewed, see below. The outside lumbar "
              "MRI (Foothills, 06/2025) is not available for my review; we have requested it twice."),
        ("sh", "Assessment"),
        ("p", "1. Right SI joint dysfunction - history, exam and a positive fluoroscopic block all point to the R SIJ. "
              "2. Chronic low back pain. 3. HTN, OSA - stable."),
        ("sh", "Plan"),
        ("p", "- Submit precert for R percutaneous SIJ fusion (27279); staff to forward lumbar MRI report once received."),
        ("p", "- Keep 02/05/2026 repeat R SIJ injection (confirmatory block #2) with Dr. Brannigan."),
        ("p", "- Continue naproxen w/ food, HEP. RTC 4-6 wk or after injection."),
        ("p", "Electronically Signed By: Leah Vandergriff, MD   01/08/2026 17:12 EST"),
        ("rule",),
        ("h", "Flowsheet: Pain Assessment (Ambulatory)"),
        ("grid", ["Date/Time", "08/14/25 10:02", "11/06/25 08:55", "11/06/25 10:20", "12/04/25 14:31"],
         [["Pain Score (0-10)", "7", "7", "2", "7"],
          ["Scale", "NRS", "NRS", "NRS", "NRS"],
          ["Location", "Buttock R", "Buttock R", "Buttock R", "Buttock R"],
          ["Radiating", "No", "No", "No", "No"],
          ["Context", "Clinic", "Pre-procedure", "Post-procedure", "Pain clinic f/u"],
          ["Documented by", "Lail, T LPN", "Sigmon, R RN", "Sigmon, R RN", "Lail, T LPN"]], [22, 16, 16, 16, 16], 7.5),
        ("h", "Medication Reconciliation (Ambulatory) 01/08/2026"),
        ("grid", ["Medication", "Sig", "Start", "Prescriber", "Status"],
         [["naproxen 500 mg tab", "1 tab PO BID with food", "02/18/2025", "Yelton, M MD", "Active - taking"],
          ["atorvastatin 40 mg tab", "1 tab PO qHS", "2019", "Yelton, M MD", "Active - taking"],
          ["amlodipine 10 mg tab", "1 tab PO daily", "2021", "Yelton, M MD", "Active - taking"],
          ["cyclobenzaprine 5 mg tab", "1 tab PO qHS PRN spasm", "06/2024", "Yelton, M MD", "Discontinued 09/2024"],
          ["TENS unit", "use as directed", "--", "--", "Pt-reported"]], [28, 28, 12, 16, 18], 7.5),
    ]])

    pt_fax = Fax("FROM: CATAWBA MOTION PT  8285550119   TO: BHRMC NSGY   12/30/2025 09:47   P. 1/2",
                 ["#CATAWBA MOTION PHYSICAL THERAPY",
                  "1420 2nd St NE, Hickory NC 28601   (828) 555-0118",
                  "#DISCHARGE SUMMARY",
                  "Patient: Tomas Espinoza-Ward   DOB 09/02/1966",
                  "Therapist: Priya Natarajan, PT, DPT, OCS",
                  "Dx: R SI joint pain M53.3 / LBP M54.59",
                  "Dates of care 05/05/2025 - 08/29/2025, 22 visits attended",
                  "",
                  "Tx: lumbopelvic stabilization, glute strengthening, hip",
                  "mobility, manual therapy R SIJ (MET, mobs), dry needling x3,",
                  "HEP progression. Pt compliant with HEP per log.",
                  "",
                  "Special tests at eval: FABER + R, sacral thrust + R,",
                  "thigh thrust + R. Distraction test not performed.",
                  "Lumbar repeated motions: no centralization/peripheralization.",
                  "",
                  "Outcomes: ODI 44% -> 36%. NPRS 7/10 -> 6/10.",
                  "Assessment: modest functional gain, persistent R SIJ pain.",
                  "Plateau reached. D/C to independent HEP.",
                  "",
                  "P. Natarajan PT DPT  08/29/2025"],
                 "standard", 1.2, 2201)

    chiro = Doc(bn, pt, pr, [[
        ("h", "Outside Records - Chiropractic (scanned, OCR'd by HIM)"),
        ("kv", [("Result Type", "Outside Records"), ("Result Date", "12/18/2025 10:05 EST"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "Ridgeview Family Chiropractic"),
                ("Performed By", "HIM Scanning - Pope, D"), ("Verified By", "Huffstetler, Gina RN BSN on 01/14/2026")]),
        ("p", "RIDGEVIEW FAMILY CHIROPRACTIC - Treatment Summary / Discharge. Doctor: Samuel T. Greer, DC. "
              "Course of care 09/08/2025 to 12/12/2025, 14 visits (1-2x/wk)."),
        ("p", "Complaint: R low back/buttock pain, localized, 'like a knot' at the R SI. Tx: SI/lumbar adjustments (activator, "
              "drop table), instrument-assisted soft tissue, rehab exercises (bridges, side planks, hip hinge drills). "
              "Subjective improvement 10-20% for 1-2 days after visits, not sustained. "
              "Pt discharged to home program; recommend ortho/neurosurgery consult."),
        ("p", "S. Greer DC  12/12/2025"),
        ("rule",),
        ("h", "Procedure Note - Pain Management"),
        ("kv", [("Result Type", "Procedure Note"), ("Result Date", "11/06/2025 09:58 EST"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "R SIJ inj fluoro"),
                ("Performed By", "Brannigan, Colm MD on 11/06/2025 09:32"), ("Verified By", "Brannigan, Colm MD on 11/06/2025 09:58")]),
        ("p", "PROCEDURE: Right sacroiliac joint injection under fluoroscopy with contrast. Pre-procedure pain 7/10. "
              "Consent signed; time-out done. Prone; R buttock prepped/draped. Using fluoroscopy the inferior R SIJ was "
              "targeted; 22g spinal needle placed. Omnipaque 180, 1 mL, demonstrated intra-articular flow with capsular "
              "outline and no vascular pattern. Injected bupivacaine 0.25% 2 mL + methylprednisolone 40 mg."),
        ("grid", ["Med", "Dose", "Route", "Given", "By"],
         [["lidocaine 1% buffered", "3 mL", "SubQ (skin)", "11/06/25 09:21", "Brannigan, C MD"],
          ["iohexol (Omnipaque 180)", "1 mL", "Intra-articular", "11/06/25 09:24", "Brannigan, C MD"],
          ["bupivacaine 0.25%", "2 mL", "Intra-articular", "11/06/25 09:25", "Brannigan, C MD"],
          ["methylprednisolone acetate", "40 mg", "Intra-articular", "11/06/25 09:25", "Brannigan, C MD"]], [30, 10, 18, 18, 20], 7.5),
        ("p", "Post: pain 2/10 at 30 min in recovery. Diary given; pt to fax back. No complications."),
        ("p", "Addendum 12/04/2025 (clinic f/u): Diary reviewed - see scanned diary. Good anesthetic-phase response. "
              "Steroid benefit wore off after about 10 days; back to 7/10. Plan 2nd R SIJ block, refer to NSGY. - C. Brannigan MD"),
    ]])

    diary_fax = Fax("FROM: ESPINOZA WARD T  8285550366      TO: 8285550251 BHRMC PAIN  11/07/2025 07:12  P. 1/1",
                    ["#BLUE HOLLOW PAIN MANAGEMENT - POST INJECTION PAIN DIARY",
                     "Name: Tomas Espinoza-Ward   Procedure date: 11/06/2025",
                     "Injection: R SI joint   Dr. Brannigan",
                     "Fill in your pain (0 = none, 10 = worst) at each time.",
                     "",
                     "|Time            Pain 0-10   Notes",
                     "|Before inj      7",
                     "|30 min          2           could sit in car ok",
                     "|1 hour          2",
                     "|2 hours         3",
                     "|3 hours         3           walked dog, fine",
                     "|4 hours         3",
                     "|6 hours         5",
                     "|8 hours         6           numb feeling gone",
                     "|Next morning    6",
                     "",
                     "Patient signature: T. Espinoza-Ward",
                     "Reviewed: at 3 hours 3/10 = 57% relief. CB 12/4"],
                    "standard", -0.6, 2202)

    imaging = Doc("BLUE HOLLOW REGIONAL MEDICAL CENTER - Imaging Services", pt, pr, [[
        ("h", "Radiology Report"),
        ("kv", [("Result Type", "XR SI Joints; XR Hip Right"), ("Result Date", "07/22/2025 14:18 EDT"),
                ("Result Status", "Auth (Verified)"), ("Accession", "25-XR-118403, 25-XR-118404"),
                ("Performed By", "Bumgarner, Kayla RT(R)"), ("Verified By", "Lindqvist, Erik MD on 07/22/2025 16:01")]),
        ("p", "EXAMINATIONS: XR SACROILIAC JOINTS 3 VIEWS; XR HIP RIGHT 2 VIEWS (AP pelvis, frog lateral)."),
        ("p", "CLINICAL: R buttock pain x 1 yr."),
        ("p", "SI JOINTS: The sacroiliac joints are symmetric with preserved joint spaces and well-defined cortical margins. "
              "No erosions, sclerosis or ankylosis. No destructive lesion."),
        ("p", "RIGHT HIP: Joint space well maintained. No significant degenerative change. No fracture or dislocation."),
        ("p", "IMPRESSION: Normal SI joints. Right hip without significant osteoarthritis."),
        ("p", "Erik Lindqvist, MD - electronically signed 07/22/2025 16:01"),
        ("rule",),
        ("h", "Radiology Report"),
        ("kv", [("Result Type", "MRI Pelvis w/o Contrast"), ("Result Date", "08/14/2025 07:50 EDT"),
                ("Result Status", "Auth (Verified)"), ("Accession", "25-MR-040219"),
                ("Performed By", "Rhyne, Jordan RT(MR)"), ("Verified By", "Lindqvist, Erik MD on 08/14/2025 12:26")]),
        ("p", "EXAM: MRI PELVIS WITHOUT CONTRAST - SACROILIAC JOINT PROTOCOL (coronal oblique T1, STIR; axial T2 FS)."),
        ("p", "INDICATION: R SIJ pain. Evaluate for sacroiliitis. HLA-B27 not on file."),
        ("p", "FINDINGS: Small amount of subchondral T1 hypointensity along the anterior R iliac surface compatible with "
              "mild degenerative change. No bone marrow edema, erosions or fat metaplasia to suggest sacroiliitis. "
              "No fracture, stress reaction, or marrow-replacing lesion. No joint effusion or periarticular collection. "
              "Hip joints unremarkable on the included images. Lower lumbar spine only partially imaged - not evaluated."),
        ("p", "IMPRESSION: 1. Mild degenerative change right SI joint.  2. No MRI evidence of active or chronic inflammatory "
              "sacroiliitis. No osseous lesion."),
        ("p", "Erik Lindqvist, MD - electronically signed 08/14/2025 12:26"),
    ]])

    files = [("b8a-02.pdf", [front, nav, consult, pt_fax, chiro, diary_fax, imaging])]
    crit = {
        "perc.pain_location": ("met", ["below L5 over the right PSIS/buttock and does not radiate"]),
        "perc.pain_severity": ("met", ["Pain today 4-6/10 at rest"]),
        "perc.sij_tenderness": ("met", ["Point tenderness over the right posterior SI joint",
                                        "No tenderness over the R greater trochanter or coccyx"]),
        "perc.active_conservative_therapy": ("met", ["Dates of care 05/05/2025 - 08/29/2025, 22 visits",
                                                     "Course of care 09/08/2025 to 12/12/2025, 14 visits"]),
        "perc.inactive_conservative_therapy": ("met", ["taking naproxen 500 mg BID since February 2025"]),
        "perc.thigh_thrust_or_compression": ("met", ["thigh thrust positive on the right"]),
        "perc.two_provocative_tests": ("insufficient", []),
        "perc.diagnostic_injections": ("insufficient", []),
        "perc.generalized_pain_excluded": ("met", ["No history of fibromyalgia or widespread pain"]),
        "perc.sij_imaging": ("met", ["No erosions, sclerosis or ankylosis. No destructive lesion",
                                     "No MRI evidence of active or chronic inflammatory sacroiliitis"]),
        "perc.hip_imaging": ("met", ["Right hip without significant osteoarthritis"]),
        "perc.lumbar_imaging": ("insufficient", []),
        "perc.therapeutic_injections": ("insufficient", []),
        "perc.excl.systemic_arthropathy": ("met", ["Denies inflammatory back pain pattern"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture, stress reaction, or marrow-replacing lesion"]),
        "perc.excl.acute_instability": ("met", ["no fall, no MVC"]),
        "perc.excl.neural_compression": ("met", ["SLR neg bilat; sensation intact"]),
    }
    return {"id": "b8a-02", "form": "single", "gold": "insufficient_documentation", "files": files,
            "labels": _lab("percutaneous", "2026-01-20", "insufficient_documentation", crit)}


def packet03(Doc, Fax):
    pt = "PETTIFORD, LORRAINE A   MRN: 003361957   FIN: 5120448713   DOB: 12/29/1958   Age: 67 years   Sex: Female"
    bn = "SANDHILLS MERIDIAN HEALTH - Orthopaedic Spine Institute, Pinehurst NC"
    pr = "Printed by: Faircloth, Dana (Surgical Scheduler)   Printed on: 05/14/2026 08:20 EDT"

    cover = Fax("FROM: SANDHILLS MERIDIAN ORTHO SPINE 9105550121  TO: CARESOURCE UM 18445550193  05/14/2026 08:31  P. 1/8",
                ["#SANDHILLS MERIDIAN HEALTH",
                 "#Orthopaedic Spine Institute - Surgical Scheduling",
                 "35 Memorial Dr, Pinehurst NC 28374",
                 "",
                 "#FAX",
                 "To:      CareSource NC - Prior Authorization",
                 "Fax:     1-844-555-0193",
                 "From:    Dana Faircloth, surgical scheduler",
                 "Phone:   (910) 555-0126     Fax: (910) 555-0121",
                 "Date:    05/14/2026          Pages (incl cover): 8",
                 "",
                 "Re: Lorraine Pettiford   DOB 12/29/1958",
                 "    Member ID CSN551902316",
                 "    Request for OPEN right SI joint arthrodesis (27280)",
                 "    Surgeon: Victor Szabo-Reyes, MD",
                 "",
                 "Enclosed: request form, consult 04/28/2026, letter of medical",
                 "necessity, problem list, outside records summary, imaging",
                 "(CT pelvis 03/20/2026 as received by fax; XR pelvis",
                 "07/2025; MRI L-spine 02/2026).",
                 "",
                 "Please fax determination to (910) 555-0121.",
                 "",
                 "CONFIDENTIAL: This fax contains protected health information.",
                 "If you received it in error, call the sender and shred it."],
                "fine", 0.45, 3301)

    form = Doc(bn, pt, pr, [[
        ("h", "PRIOR AUTHORIZATION REQUEST - INPATIENT / OUTPATIENT SURGERY"),
        ("kv", [("Request date", "05/14/2026"), ("Priority", "Routine"),
                ("Patient", "Lorraine A. Pettiford"), ("DOB", "12/29/1958"),
                ("Health plan", "CareSource NC Marketplace"), ("Member ID", "CSN551902316"),
                ("Surgeon", "Victor Szabo-Reyes, MD"), ("NPI", "1265590147"),
                ("Facility", "Sandhills Meridian Moore Regional"), ("Admit type", "Inpatient, est. LOS 2 days")]),
        ("sh", "Procedure(s)"),
        ("grid", ["CPT", "Description", "Laterality"],
         [["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, incl instrumentation", "Right"],
          ["20937", "Autograft for spine surgery, morselized, separate incision", "--"]], [10, 75, 15]),
        ("sh", "Diagnosis codes"),
        ("grid", ["ICD-10", "Description"],
         [["M53.3", "Sacrococcygeal disorders NEC (R SIJ dysfunction)"],
          ["M47.898", "Other spondylosis, sacral and sacrococcygeal region"]], [15, 85]),
        ("sh", "Indication for open SIJ fusion (check all that apply)"),
        ("p", "[ ] Post-traumatic SIJ injury / pelvic ring fracture"),
        ("p", "[ ] SIJ infection (osteomyelitis, pyogenic sacroiliitis) / sepsis"),
        ("p", "[ ] Sacral tumor management (e.g. partial sacrectomy)"),
        ("p", "[ ] Part of multisegmental long fusion for deformity correction"),
        ("p", "[ ] Failed prior percutaneous SIJ fusion"),
        ("p", "[X] Other (describe): degenerative R SIJ arthropathy / SIJ dysfunction refractory to conservative care"),
        ("sh", "Most recent imaging"),
        ("p", "CT pelvis 03/20/2026 (Pinehurst Radiology Assoc.) - attached."),
        ("p", "Requesting provider signature: Victor Szabo-Reyes, MD (e-signed)   Date: 05/14/2026"),
    ]])

    consult = Doc(bn, pt, pr, [[
        ("h", "Orthopaedic Spine - Consultation"),
        ("kv", [("Result Type", "Consultation Note"), ("Result Date", "04/28/2026 13:00 EDT"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "Ortho Spine Consult - R SIJ"),
                ("Performed By", "Szabo-Reyes, Victor MD on 04/28/2026 13:00"), ("Verified By", "Szabo-Reyes, Victor MD on 04/29/2026 07:44"),
                ("Encounter info", "5120448713, SMH OSI Clinic"), ("Referred by", "Jernigan, Paula FNP")]),
        ("sh", "Reason for Consultation"),
        ("p", "R-sided low back/buttock pain, evaluate for SI joint arthrodesis."),
        ("sh", "HPI"),
        ("p", "67 yo retired textile worker with ~3 yr hx of gradually worsening R buttock pain centered over the R SI joint. "
              "No inciting injury. Pain is worst with walking > 1 block, stairs, and lying on the R side. Pain does not "
              "radiate; no numbness/tingling, no weakness, no bowel/bladder sx. Rates 7/10 today (NRS). "
              "She has had PT (2024 and again fall 2025), daily acetaminophen and diclofenac gel, and 3 fluoroscopic "
              "R SIJ steroid injections (most recent 01/2026) each with ~1-2 months of relief."),
        ("p", "She has not had a prior SI joint fusion, percutaneous or open. No history of pelvic fracture, SI joint "
              "infection, or sacral tumor. Of note her father was treated for a sacral chordoma in his 70s; she "
              "worries about this, and was reassured by her CT."),
        ("sh", "PMH / PSH"),
        ("p", "Osteopenia (DEXA 2025 T -1.9), HTN, hypothyroidism, R TKA 2020, hysterectomy 1998. See problem list."),
        ("sh", "Medications"),
        ("p", "acetaminophen 650 mg TID; diclofenac 1% gel QID to R low back; losartan 50 mg daily; levothyroxine 75 mcg daily; "
              "calcium/vit D."),
        ("sh", "Exam"),
        ("p", "BP 128/74, BMI 27.9. Pleasant, NAD. Gait: mildly antalgic on R. Lumbar: no midline tenderness. "
              "Tender over the R sacral sulcus/posterior SIJ. Thigh thrust positive R, compression positive R, FABER "
              "positive R, Gaenslen positive R. Hip ROM: R TKA well healed; R hip IR 20 deg painless. "
              "Neuro: 5/5 LE strength, reflexes symmetric 1+, sensation intact, SLR negative bilaterally."),
    ], [
        ("sh", "Imaging review"),
        ("p", "CT pelvis 03/20/2026 (outside, report attached): advanced R SIJ degenerative arthropathy with anterior "
              "bridging osteophytes and vacuum phenomenon; no mass or erosive change. XR pelvis 07/08/2025: R SIJ "
              "degenerative narrowing. MRI L-spine 02/2026: mild multilevel spondylosis, no nerve root compression."),
        ("sh", "Assessment"),
        ("p", "Degenerative arthropathy of the right SI joint (M47.898) with chronic R SIJ-mediated pain, refractory to "
              "therapy and injections. No radiculopathy; lumbar MRI does not explain her symptoms."),
        ("sh", "Plan / Discussion"),
        ("p", "Indication for surgery: symptomatic degenerative right SI joint, failed non-operative care. Percutaneous "
              "fusion was discussed; I do not think she is a good candidate for a lateral transiliac implant given the large "
              "anterior bridging osteophytes and her osteopenia, and I favor an open posterior approach with decortication, "
              "autograft and instrumentation. Risks incl. nonunion, infection, nerve injury, VTE, and need for revision "
              "reviewed. Pt would like to proceed. Will request authorization for open R SIJ arthrodesis (27280)."),
        ("p", "Electronically Signed By: Victor Szabo-Reyes, MD  04/29/2026 07:44 EDT"),
        ("rule",),
        ("h", "Letter of Medical Necessity"),
        ("p", "05/12/2026"),
        ("p", "To: CareSource Utilization Management    Re: Lorraine A. Pettiford, DOB 12/29/1958, ID CSN551902316"),
        ("p", "Ms. Pettiford is a 67-year-old woman under my care for refractory right sacroiliac joint syndrome secondary to "
              "degenerative arthropathy. Her pain has persisted for about three years despite physical therapy, medications "
              "and repeated image-guided SI joint injections. Recent CT of the pelvis demonstrates advanced degenerative "
              "change isolated to the right SI joint. There is no neural compression on her lumbar MRI."),
        ("p", "Because of the osteophyte burden and reduced bone density, I recommend an open right SI joint arthrodesis rather "
              "than a minimally invasive implant. I respectfully request approval of CPT 27280. Please contact my office "
              "with any questions or to arrange a peer-to-peer discussion."),
        ("p", "Sincerely,  Victor Szabo-Reyes, MD, Orthopaedic Spine Surgery"),
    ]])

    records = Doc(bn, pt, pr, [[
        ("h", "Problem List"),
        ("kv", [("Result Type", "Problem List Print"), ("Result Status", "Auth (Verified)"),
                ("Performed By", "Jernigan, Paula FNP"), ("Verified By", "Szabo-Reyes, Victor MD on 04/28/2026")]),
        ("sh", "Active Problems"),
        ("grid", ["Problem", "Onset", "Status", "Comments"],
         [["Arthropathy of right sacroiliac joint", "2023", "Active", "degenerative"],
          ["Osteopenia", "2025", "Active", "DEXA T -1.9 L fem neck"],
          ["Essential hypertension", "2012", "Active", ""],
          ["Hypothyroidism", "2009", "Active", ""]], [36, 10, 12, 30]),
        ("sh", "Historical"),
        ("grid", ["Problem", "Onset", "Comments"],
         [["Primary osteoarthritis of right knee", "2015", "s/p R TKA 2020"],
          ["Abnormal uterine bleeding", "1998", "s/p hysterectomy"]], [36, 10, 42]),
        ("sh", "Resolved"),
        ("grid", ["Problem", "Onset", "Resolved", "Comments"],
         [["Cellulitis of right buttock", "08/2023", "09/2023", "treated w/ cephalexin, resolved"],
          ["Pneumonia, community acquired", "02/2021", "03/2021", ""]], [36, 10, 10, 32]),
        ("sh", "Family History"),
        ("grid", ["Relation", "Condition", "Comments"],
         [["Father (deceased)", "Chordoma of sacrum", "dx age 74, s/p sacrectomy"],
          ["Mother", "Osteoporosis; HTN", ""],
          ["Sister", "Rheumatoid arthritis", ""]], [20, 30, 38]),
    ], [
        ("h", "Nurse Case Manager - Outside Records Summary"),
        ("kv", [("Result Type", "Case Management Note"), ("Result Date", "05/06/2026 10:12 EDT"),
                ("Result Status", "Auth (Verified)"), ("Result Title", "Outside records - SIJ surgical workup"),
                ("Performed By", "McNeill, Tonya RN CCM on 05/06/2026"), ("Verified By", "McNeill, Tonya RN CCM on 05/06/2026 10:30")]),
        ("p", "Records obtained from FirstHealth Pain Clinic, Moore PT & Wellness, and Pinehurst Radiology Associates "
              "to support surgical precert. Summary only - see source documents."),
        ("grid", ["Date", "Source", "Item", "Summary"],
         [["02/2024-04/2024", "Moore PT & Wellness", "PT episode 1", "10 visits, partial benefit"],
          ["06/12/2025", "FirstHealth Pain", "R SIJ inj #1 (fluoro)", "~6 wks relief"],
          ["07/08/2025", "Pinehurst Radiology", "XR pelvis AP/inlet/outlet", "R SIJ degenerative narrowing"],
          ["09/2025-11/2025", "Moore PT & Wellness", "PT episode 2", "12 visits, plateau"],
          ["10/02/2025", "FirstHealth Pain", "R SIJ inj #2 (fluoro)", "~5 wks relief"],
          ["01/15/2026", "FirstHealth Pain", "R SIJ inj #3 (fluoro)", "~4 wks relief"],
          ["02/19/2026", "Pinehurst Radiology", "MRI lumbar w/o", "see report"],
          ["03/20/2026", "Pinehurst Radiology", "CT pelvis w/o", "see report (faxed copy)"]], [16, 22, 24, 26], 7.5),
        ("p", "- No record of a prior SI joint fusion or any spine/pelvic surgery in outside records reviewed."),
        ("p", "- EMG/NCS of R LE 11/2024 (FirstHealth Neuro): normal study, no electrodiagnostic evidence of lumbosacral "
              "radiculopathy."),
        ("p", "- No trauma history to the pelvis found in ED records 2019-2026. One ED visit 08/2023 for R buttock "
              "cellulitis (resolved with oral abx)."),
        ("p", "- Labs 2025: ESR 14, CRP 0.4 (nl). RF/anti-CCP not done."),
        ("p", "Tonya McNeill, RN, CCM - Orthopaedic Case Management  (910) 555-0133"),
    ]])

    ct_fax = Fax("FROM: PINEHURST RADIOLOGY ASSOC 9105550188 TO: SMH OSI 9105550121  03/20/2026 15:55  P. 1/1",
                 ["#PINEHURST RADIOLOGY ASSOCIATES, PA",
                  "#CT REPORT",
                  "Patient: PETTIFORD, LORRAINE   DOB: 12/29/1958   MRN PRA-228410",
                  "Exam: CT PELVIS WITHOUT CONTRAST      Date: 03/20/2026",
                  "Ordering: V. Szabo-Reyes MD    Accession: CT2603200417",
                  "",
                  "History: Right SI joint pain, surgical planning.",
                  "Technique: Axial 1.25 mm, coronal/sagittal MPR. No IV contrast.",
                  "",
                  "Findings: There is advanced degenerative arthropathy of the",
                  "right sacroiliac joint with joint space narrowing, subchondral",
                  "sclerosis, anterior bridging osteophytes and intra-articular",
                  "vacuum phenomenon. Left SI joint shows mild degenerative",
                  "change only. No erosions or ankylosis to suggest inflammatory",
                  "sacroiliitis. No fracture. No lytic or sclerotic mass. The",
                  "sacrum is intact without destructive lesion. Mild bilateral",
                  "hip joint degenerative narrowing. Diffuse osteopenia.",
                  "Pelvic soft tissues unremarkable.",
                  "",
                  "Impression:",
                  "1. Advanced degenerative arthropathy, right SI joint.",
                  "2. No sacral mass, fracture, or erosive sacroiliitis.",
                  "",
                  "Read by: Hollis Ferebee, MD   Signed 03/20/2026 15:41"],
                 "standard", 1.1, 3302)

    imaging = Doc("SANDHILLS MERIDIAN HEALTH - Outside Imaging (imported)", pt, pr, [[
        ("h", "Radiology Report (Outside - Pinehurst Radiology Associates)"),
        ("kv", [("Result Type", "XR Pelvis"), ("Result Date", "07/08/2025 10:20 EDT"),
                ("Result Status", "Auth (Verified)"), ("Accession", "XR2507080139"),
                ("Performed By", "PRA Tech 11"), ("Verified By", "Ferebee, Hollis MD on 07/08/2025 12:02")]),
        ("p", "XR PELVIS AP, INLET AND OUTLET VIEWS. Indication: R buttock pain."),
        ("p", "Findings: Right SI joint narrowing with subchondral sclerosis and osteophytes. Left SI joint near normal. "
              "Pelvic ring intact. No fracture. R TKA hardware partially imaged at field edge - not evaluated."),
        ("p", "Impression: Moderate right SI joint degenerative change."),
        ("rule",),
        ("h", "Radiology Report (Outside - Pinehurst Radiology Associates)"),
        ("kv", [("Result Type", "MRI Lumbar Spine w/o"), ("Result Date", "02/19/2026 09:45 EST"),
                ("Result Status", "Auth (Verified)"), ("Accession", "MR2602190066"),
                ("Performed By", "PRA MR Tech 3"), ("Verified By", "Ferebee, Hollis MD on 02/19/2026 13:18")]),
        ("p", "MRI LUMBAR SPINE WITHOUT CONTRAST. Indication: low back and R buttock pain, r/o radiculopathy or stenosis."),
        ("p", "Findings: Normal lordosis. Mild degenerative disc disease L3-4 through L5-S1. L3-4: small bulge, no stenosis. "
              "L4-5: disc bulge and facet hypertrophy with mild bilateral foraminal narrowing; the exiting L4 roots are not "
              "compressed. No central canal stenosis. L5-S1: mild facet arthropathy, patent foramina. Conus normal."),
        ("p", "Impression: Mild lumbar spondylosis. No central canal stenosis. No nerve root compression at any level."),
        ("p", "Read by: Hollis Ferebee, MD"),
    ]])

    files = [("a_fax_cover.pdf", [cover]),
             ("b_request_form.pdf", [form]),
             ("c_surgeon_consult_lmn.pdf", [consult]),
             ("d_problem_list_outside_records.pdf", [records]),
             ("e_imaging.pdf", [ct_fax, imaging])]
    crit = {
        "open.indication": ("not_met", ["Indication for surgery: symptomatic degenerative right SI joint",
                                        "degenerative R SIJ arthropathy / SIJ dysfunction refractory",
                                        "She has not had a prior SI joint fusion"]),
        "open.recent_imaging": ("met", ["advanced degenerative arthropathy of the right sacroiliac joint",
                                        "Advanced degenerative arthropathy, right SI joint."]),
        "open.excl.neural_compression": ("met", ["No nerve root compression at any level",
                                                 "Pain does not radiate"]),
    }
    return {"id": "b8a-03", "form": "folder (no json)", "gold": "does_not_meet_criteria", "files": files,
            "labels": _lab("open", "2026-05-14", "does_not_meet_criteria", crit)}


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def main():
    results = []
    errors = []
    for builder in (packet01, packet02, packet03):
        spec = builder(Doc, Fax)
        pid = spec["id"]
        # clean
        for p in (os.path.join(OUT, pid), os.path.join(OUT, pid + ".pdf"), os.path.join(OUT, pid + ".labels.json")):
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
        if spec["form"] == "single":
            fname, parts = spec["files"][0]
            paths = [(os.path.join(OUT, pid + ".pdf"), parts)]
            label_path = os.path.join(OUT, pid + ".labels.json")
        else:
            os.makedirs(os.path.join(OUT, pid))
            paths = [(os.path.join(OUT, pid, f), parts) for f, parts in spec["files"]]
            label_path = os.path.join(OUT, pid, "labels.json")
            if spec.get("packet_json"):
                with open(os.path.join(OUT, pid, "packet.json"), "w") as fh:
                    json.dump(spec["packet_json"], fh, indent=2)
        page_texts = []
        fax_pages = []
        for path, parts in sorted(paths):
            info = build_file(path, parts)
            with pdfplumber.open(path) as pl:
                for pg, (kind, ftext, mode) in zip(pl.pages, info):
                    t = pg.extract_text() or ""
                    if kind == "fax":
                        if t.strip() or pg.chars:
                            errors.append("%s: fax page has text layer" % pid)
                        page_texts.append(ftext)
                        fax_pages.append((len(page_texts), mode))
                    else:
                        page_texts.append(t)
            # confirm CCITT G4 on fax pages
            rd = PdfReader(path)
            for pg, (kind, _, mode) in zip(rd.pages, info):
                if kind == "fax":
                    xo = pg["/Resources"]["/XObject"]
                    im = list(xo.values())[0].get_object()
                    flt = im["/Filter"]
                    flt = list(flt) if isinstance(flt, list) or hasattr(flt, "__iter__") and not isinstance(flt, str) else [flt]
                    if flt != ["/CCITTFaxDecode"] or im["/BitsPerComponent"] != 1 or im["/DecodeParms"][0]["/K"] != -1:
                        errors.append("%s: fax page not CCITT 1-bit" % pid)
                    wpt, hpt = float(pg.mediabox.width), float(pg.mediabox.height)
                    if abs(wpt - 612) > 1 or abs(hpt - 792) > 1:
                        errors.append("%s: fax page not Letter %.1fx%.1f" % (pid, wpt, hpt))
                else:
                    wpt, hpt = float(pg.mediabox.width), float(pg.mediabox.height)
                    if abs(wpt - 612) > 1 or abs(hpt - 792) > 1:
                        errors.append("%s: text page not Letter" % pid)
        npages = len(page_texts)
        if not 4 <= npages <= 20:
            errors.append("%s: %d pages" % (pid, npages))
        labels = spec["labels"]
        crit = labels["criteria"]
        want = PERC if labels["procedure"] == "percutaneous" else OPEN
        if sorted(crit) != sorted(want):
            errors.append("%s: criteria set mismatch" % pid)
        det = determination({k: v["status"] for k, v in crit.items()})
        if det != labels["determination"] or det != spec["gold"]:
            errors.append("%s: determination %s vs label %s vs gold %s" % (pid, det, labels["determination"], spec["gold"]))
        alltext = [norm(t) for t in page_texts]
        nsn = 0
        for cid, c in crit.items():
            if c["status"] == "insufficient" and c["evidence"]:
                errors.append("%s %s: insufficient with evidence" % (pid, cid))
            if c["status"] in ("met", "not_met") and not (1 <= len(c["evidence"]) <= 3):
                errors.append("%s %s: evidence count %d" % (pid, cid, len(c["evidence"])))
            for sn in c["evidence"]:
                nsn += 1
                nw = len(sn.split())
                if not 3 <= nw <= 12:
                    errors.append("%s %s: snippet word count %d: %r" % (pid, cid, nw, sn))
                hits = [i + 1 for i, t in enumerate(alltext) if norm(sn) in t]
                if not hits:
                    errors.append("%s %s: snippet not found: %r" % (pid, cid, sn))
        with open(label_path, "w") as fh:
            json.dump(labels, fh, indent=2)
        results.append((pid, spec["form"], npages, fax_pages, labels["procedure"], det, nsn,
                        [os.path.basename(p) for p, _ in sorted(paths)]))
    print("SELF-CHECK")
    for pid, form, n, fx, proc, det, nsn, files in results:
        print("  %-7s form=%-14s pages=%2d faxed=%s proc=%s det=%s snippets=%d files=%s" % (
            pid, form, n, ",".join("p%d(%s)" % f for f in fx), proc, det, nsn, ",".join(files)))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("  all checks passed: criteria sets = section 4; determinations = section 2; "
          "every snippet found on page text (fax: rasterized text); fax pages no text layer, "
          "CCITT G4 1-bit, Letter; page counts 4-20")


if __name__ == "__main__":
    main()
