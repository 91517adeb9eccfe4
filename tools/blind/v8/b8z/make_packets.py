#!/usr/bin/env python3
"""Writer Z, blind set v8 (prefix b8z): osteopathic-practice SIJ fusion prior-auth packets.

Deterministic: fixed seeds, fixed dates, fixed PDF metadata.  Run with the local venv:
    .venv/bin/python make_packets.py
Writes b8z-01.pdf (+ b8z-01.labels.json), b8z-02/ (with packet.json), b8z-03/ (no packet.json)
and runs the self-check at the end.  Packet texts are defined in the middle section.
"""
import io, json, os, random, re, shutil, sys, datetime

import img2pdf
import numpy as np
import pdfplumber
import pypdf
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


# ----------------------------------------------------------------------------------------------
# text pages (fpdf2, core fonts => latin-1 only)
# ----------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="Letter", unit="pt")
        self.head, self.foot = head, foot
        self.set_auto_page_break(True, 54)
        self.set_margins(54, 40, 54)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("b8z generator")

    def header(self):
        lines = self.head
        self.set_font("Helvetica", "B", 12)
        self.cell(0, 15, lines[0], new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8.5)
        for l in lines[1:]:
            self.cell(0, 11, l, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 3
        self.line(54, y, 558, y)
        self.set_y(y + 6)

    def footer(self):
        self.set_y(-40)
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 10, f"{self.foot}    Page {self.page_no()} of {{nb}}", align="C")


def render_text_doc(head, foot, ops):
    d = Doc(head, foot)
    d.alias_nb_pages()
    d.add_page()
    W = 504
    for op in ops:
        k = op[0]
        if k == "title":
            d.set_font("Helvetica", "B", 12.5); d.multi_cell(W, 16, op[1], new_x="LMARGIN", new_y="NEXT"); d.ln(2)
        elif k == "h":
            d.ln(3); d.set_font("Helvetica", "B", 10); d.multi_cell(W, 13, op[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            d.set_font("Helvetica", "", 9.5); d.multi_cell(W, 12, op[1], new_x="LMARGIN", new_y="NEXT"); d.ln(1)
        elif k == "kv":
            for a, b in op[1]:
                d.set_font("Helvetica", "B", 9.5); wa = d.get_string_width(a + "  ") + 2
                d.cell(wa, 12, a + " ")
                d.set_font("Helvetica", "", 9.5); d.multi_cell(W - wa, 12, b, new_x="LMARGIN", new_y="NEXT")
        elif k == "box":
            d.set_font("Helvetica", "", 9.5)
            for chk, lab in op[1]:
                d.cell(W, 13, ("[X] " if chk else "[  ] ") + lab, new_x="LMARGIN", new_y="NEXT")
        elif k == "table":
            widths, rows = op[1], op[2]
            fs = op[3] if len(op) > 3 else 8.5
            for i, row in enumerate(rows):
                d.set_font("Helvetica", "B" if i == 0 else "", fs)
                for w, c in zip(widths, row):
                    d.cell(w, fs + 5, c, border=1)
                d.ln(fs + 5)
            d.ln(3)
        elif k == "mono":
            d.set_font("Courier", "", 8.5)
            for l in op[1]:
                d.cell(W, 10.5, l, new_x="LMARGIN", new_y="NEXT")
            d.ln(2)
        elif k == "sig":
            d.ln(6); d.set_font("Times", "I", 13); d.cell(W, 16, op[1], new_x="LMARGIN", new_y="NEXT")
            d.set_font("Helvetica", "", 8.5)
            for l in op[2]:
                d.cell(W, 11, l, new_x="LMARGIN", new_y="NEXT")
        elif k == "sp":
            d.ln(op[1])
        elif k == "page":
            d.add_page()
    return bytes(d.output())


# ----------------------------------------------------------------------------------------------
# faxed pages: bilevel, CCITT G4, 204x196 (fine) or 204x98 (standard), skewed, specks, dropouts
# ----------------------------------------------------------------------------------------------
def render_fax(lines, banner, mode, seed, angle):
    rnd = random.Random(seed)
    W, H = 1734, 2244                      # 8.5 x 11 in at 204 dpi square canvas
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    pt = lambda p: int(round(p * 204 / 72))
    f_body = ImageFont.truetype(FONT, pt(11))
    f_bold = ImageFont.truetype(FONTB, pt(12.5))
    f_mono = ImageFont.truetype(FONTM, pt(10))
    f_ban = ImageFont.truetype(FONTM, pt(8.5))
    dr.text((60, 18), banner, font=f_ban, fill=0)
    y = 110
    x0 = 150
    text_lines = [banner]
    for l in lines:
        if l.startswith("## "):
            t = l[3:]; dr.text((x0, y), t, font=f_bold, fill=0); y += pt(17); text_lines.append(t)
        elif l.startswith("| "):
            t = l[2:]; dr.text((x0, y), t, font=f_mono, fill=0); y += pt(13.5); text_lines.append(t)
        elif l == "---":
            dr.line((x0, y + 8, W - 150, y + 8), fill=0, width=3); y += pt(9)
        elif l == "":
            y += pt(7)
        else:
            dr.text((x0, y), l, font=f_body, fill=0); y += pt(14.5); text_lines.append(l)
    assert y < H - 120, ("fax page overflow", y, lines[:2])
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.array(img, dtype=np.float32)
    nr = np.random.RandomState(seed)
    a += nr.normal(0, 18, a.shape)                      # scanner noise -> ragged edges
    if mode == "standard":
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((W, 1078), Image.BILINEAR)
        dpi = (204, 98)
    else:
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((W, 2156), Image.BILINEAR)
        dpi = (204, 196)
    a = np.array(img)
    b = (a > 150).astype(np.uint8)                      # 1 = white
    h, w = b.shape
    for _ in range(rnd.randint(180, 320)):              # specks
        yy, xx = rnd.randrange(h), rnd.randrange(w)
        s = rnd.choice([1, 1, 2, 3])
        b[yy:yy + s, xx:xx + s] = 0
    for _ in range(rnd.randint(2, 4)):                  # dropout streaks (white)
        yy = rnd.randrange(120, h - 10)
        b[yy:yy + 1, rnd.randrange(0, w // 2):] = 1
    for _ in range(2):                                  # dirty-glass vertical streak, faint dots
        xx = rnd.randrange(200, w - 200)
        for yy in range(0, h, rnd.randint(9, 17)):
            b[yy, xx] = 0
    out = Image.fromarray((b * 255).astype(np.uint8)).convert("1")
    buf = io.BytesIO()
    out.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdf = img2pdf.convert(buf.getvalue())
    return pdf, "\n".join(text_lines)


# ----------------------------------------------------------------------------------------------
def assemble(parts, path):
    """parts: list of (pdf_bytes, fax_text_or_None). Returns list of page records."""
    w = pypdf.PdfWriter()
    recs = []
    for pdf, faxtext in parts:
        r = pypdf.PdfReader(io.BytesIO(pdf))
        for p in r.pages:
            w.add_page(p)
            recs.append(faxtext)
    w.add_metadata({"/Producer": "b8z", "/CreationDate": "D:20260101000000Z"})
    with open(path, "wb") as f:
        w.write(f)
    return recs


class Banner:
    def __init__(self, frm, to, when, total):
        self.frm, self.to, self.when, self.total, self.n = frm, to, when, total, 0

    def __call__(self, n):
        return f"{self.when}  FROM: {self.frm}  TO: {self.to}  P. {n}/{self.total}"


# ============================== packet texts ==============================
DO_HEAD = ["Blue Ridge Osteopathic & Family Medicine, PLLC",
           "418 Locust Grove Rd, Suite B  |  Hickory NC 28601  |  Ph 828-555-0172  Fax 828-555-0179",
           "Neuromusculoskeletal Medicine / OMM"]
SURG_HEAD = ["Piedmont Spine & Pelvis Surgery",
             "2200 Tate Blvd SE, Bldg 3  |  Hickory NC 28602  |  Ph 828-555-0140  Fax 828-555-0148",
             "Orthopaedic Spine - Sacroiliac Joint Program"]
IMG_HEAD = ["Catawba Valley Imaging Associates",
            "Diagnostic Radiology  |  1 Medical Park Dr  |  Conover NC 28613  |  Reading room 828-555-0191"]
PT_HEAD = ["StrideWell Physical Therapy - Hickory Clinic",
           "75 9th Ave Dr NW  |  Hickory NC 28601  |  Ph 828-555-0120  Fax 828-555-0121"]
PAIN_HEAD = ["Foothills Interventional Pain Center",
             "310 N Center St  |  Statesville NC 28677  |  Ph 704-555-0166  Fax 704-555-0167"]
PA_HEAD = ["CareSource North Carolina - Prior Authorization Request",
           "Outpatient / Ambulatory Surgery  |  Fax completed form to 1-833-555-0110  |  Marketplace"]


def T(head, foot, ops):
    return {"kind": "text", "head": head, "foot": foot, "ops": ops}


def F(mode, pages):
    return {"kind": "fax", "mode": mode, "pages": pages}


# -------------------------------------------------------------------------------------------
# b8z-01  Darlene M. Okafor, LEFT SIJ, CPT 27279, request 2026-01-20 -> insufficient
# -------------------------------------------------------------------------------------------
P1 = "OKAFOR, DARLENE M  DOB 03/14/1968  MRN BR-220871"
B1 = lambda n: f"JAN-20-2026 10:42  FROM: PIEDMONT SPINE 8285550148  TO: CARESOURCE UM 18335550110  P. {n}/13"

p1_cover = F("standard", [{"seed": 101, "angle": 0.8, "banner": B1(1), "lines": [
    "## PIEDMONT SPINE & PELVIS SURGERY",
    "2200 Tate Blvd SE, Bldg 3, Hickory NC 28602",
    "---",
    "## FAX TRANSMITTAL",
    "",
    "To:      CareSource NC - Utilization Management",
    "Fax:     1-833-555-0110",
    "From:    Kim Reavis, surgical scheduler / PA coordinator",
    "Phone:   828-555-0140 ext 214",
    "Date:    01/20/2026",
    "Pages:   13 (including cover)",
    "",
    "RE:  Prior auth - OKAFOR, DARLENE M   DOB 03/14/1968",
    "     Member ID  CSN-4471-0923-01",
    "     Requested: L SI joint fusion, minimally invasive (27279)",
    "",
    "[ ] Urgent    [X] Routine    [ ] Please call    [ ] Reply ASAP",
    "",
    "Enclosed: PA form, OMM office notes, surgical consult, pre-op",
    "optimization checklist, pt questionnaires, SIJ injection notes,",
    "imaging, PT discharge summary, med list.",
    "L hip films ordered - will forward when read.",
    "",
    "CONFIDENTIALITY NOTICE: This facsimile contains protected health",
    "information. If you received it in error please notify the sender",
    "and destroy all copies.",
]}])

p1_pa = T(PA_HEAD, P1, [
    ("title", "PRIOR AUTHORIZATION REQUEST - SURGICAL PROCEDURE"),
    ("kv", [("Request date:", "01/20/2026"), ("Member name:", "Darlene M. Okafor"),
            ("Member ID:", "CSN-4471-0923-01"), ("DOB:", "03/14/1968"),
            ("Plan:", "CareSource NC Marketplace - Silver 2026")]),
    ("h", "Requesting / servicing provider"),
    ("kv", [("Surgeon:", "Raymond T. Castellano, MD (NPI 1487710392)"),
            ("Facility:", "Catawba Valley Surgery Center (ASC), Hickory NC"),
            ("Contact:", "Kim Reavis  828-555-0140 x214")]),
    ("h", "Service requested"),
    ("table", [70, 290, 70, 74], [
        ["CPT", "Description", "Side", "Units"],
        ["27279", "Arthrodesis, sacroiliac joint, percutaneous/min. invasive", "Left", "1"]]),
    ("kv", [("Diagnosis:", "M53.3 Sacrococcygeal disorders, NEC (L SI joint dysfunction); M54.59 Low back pain"),
            ("Setting:", "Outpatient ASC, anticipated 23-hr obs not required"),
            ("Anticipated DOS:", "02/2026 (pending auth)")]),
    ("h", "Clinical summary (provider)"),
    ("p", "57 y/o F with chronic left sacroiliac joint pain since 2023, failed PT, OMT, NSAIDs and image-guided "
          "SI joint injections. Please see enclosed records. Left hip radiographs have been ordered and will be "
          "sent as a supplement."),
    ("sig", "R. T. Castellano MD", ["Raymond T. Castellano, MD - Orthopaedic Spine", "Signed 01/20/2026"]),
])

p1_do_dec = T(DO_HEAD, P1, [
    ("title", "OMM Follow-up Visit - SOAP"),
    ("kv", [("Date of service:", "12/04/2025"), ("Provider:", "Lauren B. Whitfield, DO"),
            ("CC:", "L low back/buttock pain f/u, OMT")]),
    ("h", "S:"),
    ("p", "Pt returns for OMT, last visit 11/06. States L SI pain 6/10 today, 8/10 worst after standing at work "
          "(cashier). Pain stays in the L buttock and does not radiate into the leg. No numbness/tingling, no "
          "bowel/bladder change. Still doing PT home program she learned at StrideWell + heating pad qhs. Meloxicam "
          "helps 'some', no GI upset. Hx R sciatica 2019 resolved w/ PT - no recurrence."),
    ("h", "O:"),
    ("p", "Vitals: BP 132/84  HR 76  Wt 186 lb  BMI 31.0. Gait antalgic-lite, favors L. Seated flexion test + L."),
    ("table", [100, 130, 274], [
        ["Region", "TART", "Somatic dysfunction / comment"],
        ["Cervical", "TTC- A- R- T-", "no SD today"],
        ["Thoracic", "TTC+ A+ R+ T-", "T7-9 NSrRl, mild"],
        ["Lumbar", "TTC+ A+ R+ T-", "L4 FRSr, paraspinals nontender"],
        ["Sacrum", "TTC+ A+ R+ T+", "sacral torsion L on L (anterior), L sulcus deep"],
        ["Pelvis / innominate", "TTC+ A+ R+ T+", "L innominate posterior rotation"],
        ["L lower extremity", "TTC- A- R- T-", "GT nontender, piriformis soft"],
    ]),
    ("p", "Point tenderness L sacral sulcus just medial to the PSIS, reproduces her usual pain. Greater trochanter "
          "nontender bilat. Coccyx not tender. SLR neg bilat, strength 5/5, DTR 2+ symmetric."),
    ("h", "Procedure - OMT (CPT 98926, 3-4 regions) - verbal consent"),
    ("p", "Lumbar: ME for FRSr L4. Sacrum: ME sacral torsion, articulatory L SIJ. Pelvis: ME L posterior innominate. "
          "Thoracic: soft tissue / MFR. Counterstrain to L piriformis tender point 90 sec. Tolerated well, "
          "improved sacral base symmetry post-tx."),
    ("h", "A/P:"),
    ("p", "1. L SI joint dysfunction, chronic - partial/temporary response to OMT, s/p L SIJ injections x2 (8/2025, "
          "11/2025) w/ good short-term relief. Already saw Dr. Castellano once; f/u with him 01/08 re fusion.  "
          "2. Continue meloxicam 15 mg daily, heat, HEP.  3. RTC 4-6 wk OMT prn."),
    ("sig", "Lauren Whitfield DO", ["Lauren B. Whitfield, DO - electronically signed 12/04/2025 17:12"]),
])

p1_do_oct = F("standard", [{"seed": 104, "angle": -0.6, "banner": B1(4), "lines": [
    "## BLUE RIDGE OSTEOPATHIC & FAMILY MEDICINE",
    "OMM progress note        DOS 10/02/2025     L. Whitfield DO",
    "Pt: OKAFOR, DARLENE M    DOB 03/14/1968",
    "---",
    "S: L buttock/SI pain 7/10, worse w/ stairs and rolling in bed.",
    "   PT at StrideWell 2x/wk continues - 'getting stronger but pain",
    "   still there'. Meloxicam 15 mg daily since Feb. Heat nightly.",
    "   Had L SI shot 8/19 at Foothills - great x 3 wks then back.",
    "O: TART - L SIJ T+ R+; L innominate post. rotation; sacral",
    "   torsion L on L. Lumbar paraspinals: hypertonic, not tender.",
    "   Standing flexion + L. ASIS low on L.",
    "   Neuro intact LE. No pain below knee.",
    "Tx: OMT 3 regions - ME pelvis/sacrum, BLT lumbar, HVLA",
    "   deferred (pt anxious). Counterstrain L gluteus med TP.",
    "A: L SIJ dysfunction / somatic dysfunction pelvis, sacrum, lumbar",
    "P: cont PT through end of Oct, then HEP. Rx meloxicam refilled.",
    "   Discussed 2nd SIJ block - Foothills to schedule.",
    "",
    "e-signed  L. Whitfield, DO   10/02/2025",
]}])

p1_consult = T(SURG_HEAD, P1, [
    ("title", "Spine Surgery Follow-up Consultation"),
    ("kv", [("Date:", "01/08/2026"), ("Surgeon:", "Raymond T. Castellano, MD"),
            ("Referring:", "Lauren B. Whitfield, DO (Blue Ridge Osteopathic)")]),
    ("h", "History"),
    ("p", "Ms. Okafor returns to discuss L SI joint fusion. Pain began insidiously in spring 2023 without fall, "
          "MVC or other trauma. Localizes to the L buttock, one finger below the L PSIS (Fortin finger test "
          "positive). Pain is caudal to L5 and non-radiating; she denies pain below the knee. Today she rates "
          "her L SI pain 7/10. Sitting > 30 min and single-leg stance aggravate. ODI 46% today (see form)."),
    ("p", "Treatment to date: PT at StrideWell 04/07/2025-10/31/2025 then home program; OMT with Dr. Whitfield "
          "every 3-6 weeks; meloxicam daily since 02/2025; heat; lidocaine 4% patches prn. Bilateral L4-5/L5-S1 "
          "medial branch blocks 03/2025 gave less than 30% relief (not facet-mediated). L SIJ injection 08/19/2025 "
          "(bupivacaine + triamcinolone) and a comparative lidocaine-only L SIJ block 11/11/2025."),
    ("h", "PMH / SH / FH"),
    ("p", "HTN, prediabetes, GERD. Never smoker. Works as cashier. No hx of inflammatory arthritis; HLA-B27 negative "
          "and CRP 2.1 mg/L (nl) 09/2025. FH: mother with fibromyalgia and hypothyroidism."),
    ("h", "Exam"),
    ("p", "Ht 5'5\" Wt 185 lb. Gait non-antalgic at slow speed. Lumbar ROM full, no midline tenderness. Tender to "
          "palpation over the L posterior SI joint / sulcus. No greater trochanteric tenderness. Waddell signs 0/5."),
    ("table", [170, 110, 224], [
        ["SIJ provocation (L)", "Result", "Comment"],
        ["Thigh thrust (P4)", "Positive", "concordant L buttock pain"],
        ["Compression", "Positive", "side-lying, concordant"],
        ["Distraction (gapping)", "Negative", ""],
        ["Gaenslen", "Positive", "L leg hanging"],
        ["FABER / Patrick", "Positive", "buttock, not groin"],
        ["Hip IR / FADIR", "Negative", "no groin pain"],
    ]),
    ("p", "Neuro: 5/5 LE strength, sensation intact, SLR negative bilaterally, reflexes symmetric."),
    ("h", "Imaging reviewed"),
    ("p", "SI joint series 07/22/2025 and CT pelvis 09/30/2025 (Catawba Valley): mild L SIJ degenerative change, no "
          "erosions. MRI L-spine 06/10/2025: no stenosis or root compression. Dedicated L hip radiographs have not "
          "been obtained - ordered today."),
    ("h", "Assessment / Plan"),
    ("p", "L SI joint dysfunction, refractory to > 6 months of conservative care, 4/5 positive provocation tests, "
          "> 75% relief with two fluoroscopic blocks. Good candidate for L MIS SIJ fusion (27279). Will submit "
          "for authorization. L hip XR 2 views ordered. Pre-op optimization checklist completed today."),
    ("sig", "R. T. Castellano MD", ["Raymond T. Castellano, MD  - dictated/not read 01/08/2026  signed 01/09/2026"]),
])

p1_check = T(SURG_HEAD, P1, [
    ("title", "Pre-Surgical Optimization Checklist - SIJ Fusion"),
    ("kv", [("Date completed:", "01/08/2026"), ("Procedure planned:", "L SIJ fusion, MIS / percutaneous"),
            ("Completed by:", "Jodi Nance, PA-C")]),
    ("table", [190, 70, 244], [
        ["Item", "Status", "Value / note"],
        ["BMI < 40", "[X] yes", "30.8 (185 lb, 65 in)"],
        ["Nicotine / tobacco free", "[X] yes", "never user; cotinine not required"],
        ["HbA1c < 8.0 (if DM/preDM)", "[X] yes", "5.9% on 10/14/2025"],
        ["Vitamin D", "[X] done", "28 ng/mL - started D3 2000 IU"],
        ["Psych / behavioral clearance", "[X] yes", "PHQ-9 = 6, GAD-7 = 4"],
        ["Opioid use", "[X] none", "no opioids x 12 mo (NC CSRS checked)"],
        ["Anticoagulants", "[X] none", ""],
        ["Dx SIJ injections x2 (>= 50%)", "[X] yes", "08/19/2025, 11/11/2025"],
        ["Imaging: SIJ XR + CT/MRI", "[X] yes", "XR 07/22/25, CT 09/30/25"],
        ["Imaging: lumbar MRI/CT", "[X] yes", "MRI 06/10/2025"],
        ["Imaging: ipsilateral hip XR", "[  ] no", "ordered 01/08/2026 - pending"],
        ["Dental clearance", "[  ] n/a", ""],
        ["Med clearance (PCP)", "[X] yes", "Dr. Whitfield 12/04/2025"],
    ]),
    ("p", "Behavioral health screen: no somatic symptom disorder, no generalized pain syndrome identified; "
          "pain behavior appropriate to exam. Cleared for surgery from psych standpoint."),
    ("p", "Patient education: post-op walker 3 wk, no lifting > 10 lb x 6 wk; PT to resume at 4-6 wk."),
    ("sig", "J. Nance PA-C", ["Jodi Nance, PA-C for R. Castellano MD   01/08/2026"]),
])

p1_quest = T(SURG_HEAD, P1, [
    ("title", "Patient Questionnaire - Low Back / Pelvis (patient completed)"),
    ("kv", [("Date:", "01/08/2026"), ("Completed by:", "patient, in waiting room (tablet)")]),
    ("h", "Pain rating (0 = no pain, 10 = worst imaginable)"),
    ("table", [260, 80], [["Question", "Answer"], ["Pain right now", "7"], ["Average past 7 days", "7"],
                          ["Worst past 7 days", "9"], ["Best past 7 days", "4"]]),
    ("h", "Pain drawing - patient's description"),
    ("p", "Shaded area: left low back just above the butt crack and the left upper buttock, about the size of "
          "a palm. 'It is a deep ache right on the bone, sometimes stabbing when I get out of the car. It does not "
          "go down my leg.' No marks on legs or feet. No marks on right side."),
    ("h", "Oswestry Disability Index v2.1a"),
    ("table", [210, 60, 210, 60], [
        ["Section", "Score", "Section", "Score"],
        ["1 Pain intensity", "3", "6 Standing", "3"],
        ["2 Personal care", "1", "7 Sleeping", "2"],
        ["3 Lifting", "3", "8 Sex life", "n/a"],
        ["4 Walking", "2", "9 Social life", "2"],
        ["5 Sitting", "3", "10 Travelling", "2"],
    ]),
    ("p", "Total 21 / 45 answered sections x 100 = 46.7%  (severe disability range 41-60%). Prior ODI 05/2025: 52%."),
    ("h", "PROMIS-29 v2.1 (T-scores)"),
    ("table", [170, 70, 170, 70], [
        ["Domain", "T-score", "Domain", "T-score"],
        ["Physical function", "36.9", "Fatigue", "53.1"],
        ["Anxiety", "51.2", "Sleep disturbance", "55.0"],
        ["Depression", "48.0", "Social roles", "41.4"],
        ["Pain interference", "64.2", "Pain intensity (0-10)", "7"],
    ]),
])

p1_inj1 = F("fine", [{"seed": 108, "angle": 1.1, "banner": B1(8), "lines": [
    "## FOOTHILLS INTERVENTIONAL PAIN CENTER",
    "310 N Center St, Statesville NC 28677   Ph 704-555-0166",
    "---",
    "## PROCEDURE NOTE",
    "Patient: Darlene M Okafor   DOB 03/14/1968   Acct FIP-55012",
    "Date of procedure: 08/19/2025     Physician: Anil Sethuraman, MD",
    "Procedure: LEFT sacroiliac joint injection, intra-articular,",
    "  under fluoroscopic guidance (CPT 27096)",
    "Pre-procedure pain: 7/10 L buttock",
    "",
    "Prone, sterile prep/drape. 1% lidocaine skin wheal. Under AP and",
    "contralateral oblique fluoroscopy a 22g 3.5in spinal needle was",
    "advanced into the inferior third of the L SIJ. 0.5 mL Omnipaque",
    "240 injected - contrast spread within the joint outline, no",
    "vascular uptake. Injectate: 2 mL 0.5% bupivacaine + 40 mg",
    "triamcinolone (1 mL). Images saved to PACS. No complications.",
    "",
    "Post-procedure pain diary (pt completed, returned by mail):",
    "| Time after inj    Pain 0-10   Activity",
    "| 15 min            1           walked in clinic",
    "| 1 hr              1           drove home",
    "| 2 hr              1           housework",
    "| 4 hr              2           sat 45 min",
    "| 6 hr              4           ",
    "| Next day          3           ",
    "",
    "Relief: about 70% at 4 hours, which exceeds the duration expected",
    "for bupivacaine. Phone f/u 09/09/2025: relief lasted ~3 weeks,",
    "pain now back to 7/10 baseline.",
    "",
    "A. Sethuraman MD  (e-signed 08/19/2025 15:02)",
]}])

p1_inj2 = T(PAIN_HEAD, P1, [
    ("title", "Procedure Note - Comparative Diagnostic SIJ Block"),
    ("kv", [("Date of procedure:", "11/11/2025"), ("Physician:", "Anil Sethuraman, MD"),
            ("Procedure:", "LEFT sacroiliac joint diagnostic block, fluoroscopic guidance, arthrogram"),
            ("Indication:", "confirm L SIJ as pain generator (2nd block) before surgical referral"),
            ("Pre-procedure pain:", "7/10 L buttock / PSIS")]),
    ("h", "Technique"),
    ("p", "Prone. Skin prepped with chlorhexidine. Under fluoroscopy, 25g spinal needle placed into the inferior "
          "L SI joint. 0.4 mL iohexol (Omnipaque 240) confirmed intra-articular spread with capsular outline. "
          "Injected 1.5 mL of 2% lidocaine, preservative free. No steroid given (diagnostic block only). "
          "Hemostasis, bandage. Tolerated well."),
    ("h", "Post-block pain diary"),
    ("table", [120, 90, 110, 184], [
        ["Time", "Pain (0-10)", "% relief", "Provocative activity"],
        ["Baseline", "7", "-", "sit-to-stand"],
        ["15 min", "1", "86%", "sit-to-stand, stairs"],
        ["30 min", "1", "86%", "walk 5 min"],
        ["1 hr", "2", "71%", "car ride"],
        ["2 hr", "4", "43%", ""],
        ["4 hr", "7", "0%", ""],
    ]),
    ("p", "Impression: L SIJ block with 71-86% relief lasting through 1 hour, appropriate for the duration of "
          "lidocaine. Concordant with 08/19/2025 bupivacaine block. Diagnostic for L SIJ pain. Refer back to "
          "Dr. Castellano."),
    ("sig", "A. Sethuraman MD", ["Anil Sethuraman, MD - Interventional Pain - signed 11/11/2025"]),
])

p1_img = T(IMG_HEAD, P1, [
    ("title", "RADIOLOGY REPORT - MULTIPLE STUDIES"),
    ("kv", [("Patient:", "OKAFOR, DARLENE M   DOB 03/14/1968"), ("Ordering:", "Lauren B. Whitfield, DO")]),
    ("h", "Exam 1: XR SACROILIAC JOINTS 3+ VIEWS   DOS 07/22/2025   Acc CV-2507-4419"),
    ("p", "Views: AP axial (Ferguson) and bilateral oblique projections of the SI joints."),
    ("p", "Findings: Mild subchondral sclerosis along the iliac side of the left SI joint. Joint spaces preserved. "
          "No erosions, no ankylosis. No fracture. Right SI joint unremarkable."),
    ("p", "Impression: Mild left SI joint degenerative change. No radiographic sacroiliitis."),
    ("h", "Exam 2: CT PELVIS WITHOUT CONTRAST   DOS 09/30/2025   Acc CV-2509-8817"),
    ("p", "Indication: chronic L SIJ pain; evaluate for erosive or destructive process. Technique: axial 1.25 mm "
          "with coronal oblique reformats through the SI joints."),
    ("p", "Findings: Left SI joint: small anterior osteophyte and mild subchondral sclerosis, vacuum phenomenon. "
          "No erosions, no joint widening. Right SI joint normal. No fracture or destructive osseous lesion. "
          "Visualized hip joints: mild joint space narrowing bilaterally. Bladder and pelvic soft tissues "
          "unremarkable. No adenopathy."),
    ("p", "Impression: 1. Mild degenerative change of the left SI joint. 2. No erosive sacroiliitis, fracture "
          "or destructive lesion."),
    ("sig", "M. Oyelaran MD", ["Michael Oyelaran, MD - Diagnostic Radiology - finalized 09/30/2025 16:48"]),
])

p1_mri = T(IMG_HEAD, P1, [
    ("title", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
    ("kv", [("Patient:", "OKAFOR, DARLENE M   DOB 03/14/1968"), ("Date of service:", "06/10/2025"),
            ("Accession:", "CV-2506-1022"), ("Ordering:", "Lauren B. Whitfield, DO"),
            ("Clinical history:", "LBP with L buttock pain, r/o radiculopathy")]),
    ("h", "Findings"),
    ("p", "Alignment normal. Vertebral body heights maintained. Conus terminates at L1. No marrow edema."),
    ("table", [60, 444], [
        ["Level", "Findings"],
        ["L1-L2", "Normal."],
        ["L2-L3", "Normal."],
        ["L3-L4", "Mild facet hypertrophy. No stenosis."],
        ["L4-L5", "Mild disc bulge, mild facet arthropathy. No canal or foraminal stenosis."],
        ["L5-S1", "Disc desiccation. No protrusion. Foramina patent bilaterally."],
    ]),
    ("p", "Impression: Mild lower lumbar spondylosis. No spinal canal or neural foraminal stenosis. No nerve root "
          "compression at any level."),
    ("sig", "S. Patel-Greer MD", ["Sonia Patel-Greer, MD - Neuroradiology - finalized 06/10/2025"]),
])

p1_pt = T(PT_HEAD, P1, [
    ("title", "Physical Therapy Discharge Summary"),
    ("kv", [("Patient:", "Darlene Okafor"), ("Referring MD:", "Lauren B. Whitfield, DO"),
            ("Episode of care:", "04/07/2025 - 10/31/2025"), ("Visits:", "26 attended / 28 scheduled"),
            ("Dx:", "L SIJ dysfunction, lumbopelvic instability")]),
    ("h", "Interventions"),
    ("p", "Therapeutic exercise (core stabilization, glute med/max strengthening, TA activation), neuromuscular "
          "re-education, manual therapy / MET for L innominate, gait training, SI belt trial (not helpful), "
          "progressed to HEP. Pt attended 2x/wk Apr-Jul then 1x/wk Aug-Oct."),
    ("h", "Outcomes"),
    ("table", [180, 110, 110, 104], [
        ["Measure", "Initial 04/07/25", "D/C 10/31/25", "Goal"],
        ["NPRS (L SIJ) current", "8/10", "6/10", "< 3/10"],
        ["ODI", "52%", "44%", "< 30%"],
        ["Single-leg stance L", "6 s", "18 s", "> 20 s"],
        ["Sit tolerance", "15 min", "30 min", "60 min"],
    ]),
    ("p", "Assessment: Gains in strength and endurance, but pain persists with sitting/standing. Goals partially "
          "met. Discharged to independent HEP; recommend MD follow-up re: further SIJ management."),
    ("sig", "T. Abernathy PT DPT", ["Tessa Abernathy, PT, DPT - 10/31/2025"]),
])

p1_meds = T(DO_HEAD, P1, [
    ("title", "Current Medication List / Conservative Care Log"),
    ("kv", [("Printed:", "12/04/2025"), ("Allergies:", "sulfa (rash)")]),
    ("table", [180, 130, 90, 104], [
        ["Medication", "Sig", "Start", "Status"],
        ["Meloxicam 15 mg tab", "1 PO daily w/ food", "02/11/2025", "active"],
        ["Lidocaine 4% patch (OTC)", "1 patch 12 h on/off prn", "06/2025", "active"],
        ["Acetaminophen 500 mg", "2 tabs q8h prn", "2024", "active"],
        ["Lisinopril 10 mg", "1 PO daily", "2021", "active"],
        ["Omeprazole 20 mg", "1 PO daily", "02/11/2025", "active"],
        ["Cyclobenzaprine 5 mg", "qhs prn", "03/2025", "stopped 05/2025 (drowsy)"],
    ]),
    ("p", "Non-drug: heating pad to L low back/buttock nightly 20 min since ~02/2025; activity modification; "
          "SI belt tried 05/2025, stopped. TENS not used."),
])

PK1 = {
    "id": "b8z-01", "form": "single", "gold": "insufficient_documentation",
    "files": [("b8z-01.pdf", [p1_cover, p1_pa, p1_do_dec, p1_do_oct, p1_consult, p1_check, p1_quest,
                              p1_inj1, p1_inj2, p1_img, p1_mri, p1_pt, p1_meds])],
    "labels": {
        "procedure": "percutaneous", "request_date": "2026-01-20", "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "Pain is caudal to L5 and non-radiating", "It does not go down my leg."]},
            "perc.pain_severity": {"status": "met", "evidence": ["Today she rates her L SI pain 7/10."]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "Tender to palpation over the L posterior SI joint / sulcus.",
                "No greater trochanteric tenderness."]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Episode of care: 04/07/2025 - 10/31/2025"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Meloxicam 15 mg tab 1 PO daily w/ food 02/11/2025 active",
                "Continue meloxicam 15 mg daily, heat, HEP."]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust (P4) Positive", "Compression Positive side-lying, concordant"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen Positive L leg hanging", "FABER / Patrick Positive"]},
            "perc.diagnostic_injections": {"status": "met", "evidence": [
                "Relief: about 70% at 4 hours",
                "71-86% relief lasting through 1 hour"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "Waddell signs 0/5.", "no somatic symptom disorder, no generalized pain syndrome"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No radiographic sacroiliitis.", "No erosive sacroiliitis, fracture or destructive lesion."]},
            "perc.hip_imaging": {"status": "insufficient", "evidence": []},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "No nerve root compression at any level."]},
            "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "No hx of inflammatory arthritis; HLA-B27 negative"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No fracture or destructive osseous lesion."]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "without fall, MVC or other trauma"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "No spinal canal or neural foraminal stenosis."]},
        }},
}

# -------------------------------------------------------------------------------------------
# b8z-02  Gerald T. Haskins, RIGHT SIJ, CPT 27280 open, request 2026-02-09 -> does_not_meet
# -------------------------------------------------------------------------------------------
P2 = "HASKINS, GERALD T  DOB 06/21/1957  MRN BR-198344"
B2 = lambda n: f"02/09/2026 08:17 AM  FROM: PIEDMONT SPINE & PELVIS  8285550148  TO: 18335550110 CARESOURCE  P. {n}/8"

p2_cover = F("fine", [{"seed": 201, "angle": -1.2, "banner": B2(1), "lines": [
    "## Piedmont Spine & Pelvis Surgery",
    "## *** FAX ***",
    "---",
    "DATE: 02/09/2026              # PAGES (incl cover): 8",
    "TO:   CareSource North Carolina, Prior Authorization Dept",
    "FAX:  (833) 555-0110",
    "FROM: Kim Reavis - PA coordinator, ext 214",
    "",
    "PATIENT: Gerald T. Haskins      DOB: 06/21/1957",
    "MEMBER #: CSN-3308-1176-02",
    "PROCEDURE: R sacroiliac joint arthrodesis, OPEN - CPT 27280",
    "DX: M53.3, M47.818",
    "",
    "Notes: Dr. Castellano is requesting open approach (see consult",
    "01/27/2026). Peer-to-peer welcome - call ext 214 to schedule.",
    "",
    "",
    "The documents accompanying this telecopy transmission contain",
    "confidential information belonging to the sender which is legally",
    "privileged. If you are not the intended recipient you are hereby",
    "notified that any disclosure, copying or distribution is strictly",
    "prohibited.",
]}])

p2_pa = T(PA_HEAD, P2, [
    ("title", "PRIOR AUTHORIZATION REQUEST - SURGICAL PROCEDURE"),
    ("kv", [("Request date:", "02/09/2026"), ("Member name:", "Gerald T. Haskins"),
            ("Member ID:", "CSN-3308-1176-02"), ("DOB:", "06/21/1957")]),
    ("h", "Requesting / servicing provider"),
    ("kv", [("Surgeon:", "Raymond T. Castellano, MD (NPI 1487710392)"),
            ("Facility:", "Frye Regional Medical Center - inpatient, est. LOS 2 days")]),
    ("h", "Service requested"),
    ("table", [70, 290, 70, 74], [
        ["CPT", "Description", "Side", "Units"],
        ["27280", "Arthrodesis, open, sacroiliac joint, incl. obtaining bone graft", "Right", "1"],
        ["20937", "Autograft, morselized, separate incision", "Right", "1"]]),
    ("kv", [("Diagnosis:", "M53.3 SI joint dysfunction (R); M47.818 Spondylosis, sacral/sacrococcygeal region")]),
    ("h", "Indication for OPEN SI joint fusion (check all that apply)"),
    ("box", [(False, "Post-traumatic SIJ injury / pelvic ring fracture"),
             (False, "SIJ infection (osteomyelitis, pyogenic sacroiliitis) / sepsis"),
             (False, "Sacral tumor management"),
             (False, "Part of multisegmental long fusion for deformity"),
             (False, "Failed prior percutaneous / MIS SIJ fusion"),
             (True, "Other (describe): degenerative sacroiliac joint disease, SI joint syndrome refractory to care")]),
    ("p", "Comments: Open approach preferred by surgeon given large anterior bridging osteophytes and body habitus "
          "(BMI 38). See consult."),
    ("sig", "R. T. Castellano MD", ["Raymond T. Castellano, MD   02/09/2026"]),
])

p2_do = F("standard", [{"seed": 203, "angle": 0.5, "banner": B2(3), "lines": [
    "## BLUE RIDGE OSTEOPATHIC & FAMILY MEDICINE - OMM NOTE",
    "Haskins, Gerald T   DOB 06/21/1957   DOS 01/15/2026",
    "Provider: Curtis J. Mabry, DO",
    "---",
    "S: 68M R buttock/SI pain x 4 yrs, 'bone on bone' per pt.",
    "   Pain 8/10 today. Stays in R buttock, no leg sx.",
    "   Retired machinist. Still smoking? -> quit 2019, none since.",
    "   Denies fever, chills, wt loss, night sweats.",
    "O: Structural exam:",
    "| REGION     T A R T    SD",
    "| Lumbar     + + + -    L5 ERS L",
    "| Sacrum     + + + +    sacral torsion R on R",
    "| Pelvis     + + + +    R innominate anterior rotation",
    "| R hip      - - - -    ROM ok, no groin pain",
    "   Thigh thrust + R. FABER + R. Compression neg.",
    "Tx: OMT 3 regions - ME sacrum/pelvis, counterstrain L5, MFR.",
    "   HVLA not done (age, DJD).",
    "A: R SIJ DJD / SIJ syndrome; somatic dysfunction lumb/sac/pelv",
    "P: F/u Dr Castellano 1/27 - pt wants 'the real surgery'.",
    "   Cont naproxen, heat. RTC 6 wk.",
    "",
    "C. Mabry DO  e-sig 01/15/2026",
]}])

p2_consult = T(SURG_HEAD, P2, [
    ("title", "Spine Surgery Consultation - Sacroiliac Joint"),
    ("kv", [("Date:", "01/27/2026"), ("Surgeon:", "Raymond T. Castellano, MD"),
            ("Referring:", "Curtis J. Mabry, DO")]),
    ("h", "HPI"),
    ("p", "68 y/o M, R-sided low back/buttock pain for about four years, worse with prolonged standing and "
          "walking. Rates 8/10. No leg radiation. He has had PT (2024), OMT since 2023, naproxen, and two R SIJ "
          "steroid injections in 2025 with only a few weeks of benefit each."),
    ("p", "He has never had SI joint or lumbar surgery; no prior SI joint surgery of any kind. Denies history of "
          "pelvic fracture - MVC in 1998 caused a L clavicle fracture only. No fevers, no IV drug use, no history "
          "of osteomyelitis or spinal infection. No personal history of cancer; brother treated for sacral "
          "chordoma in 2012 (family history)."),
    ("h", "Exam"),
    ("p", "BMI 38.2. Tender R posterior SIJ. Thigh thrust and FABER positive on R. Neuro intact, SLR negative. "
          "No scoliosis or sagittal imbalance on standing exam; no deformity correction planned."),
    ("h", "Imaging"),
    ("p", "CT pelvis 12/03/2025: advanced R SIJ degeneration with vacuum phenomenon, subchondral sclerosis and "
          "anterior bridging osteophytes. MRI lumbar 11/18/2025: no neural compression. Pelvis XR 03/18/2025 "
          "for comparison."),
    ("h", "Assessment"),
    ("p", "Indication: degenerative sacroiliac joint disease, right, with chronic SIJ syndrome refractory to "
          "conservative care and injections. Rule out sacral insufficiency fracture was considered - MRI/CT "
          "show no fracture."),
    ("h", "Plan"),
    ("p", "Discussed MIS/percutaneous vs open. Given the large anterior bridging osteophytes and habitus, I favor an "
          "open R SIJ arthrodesis with decortication and autograft (27280). Risks/benefits reviewed, pt wishes to "
          "proceed. Pre-op optimization per checklist; he must remain nicotine free."),
    ("sig", "R. T. Castellano MD", ["Raymond T. Castellano, MD - signed 01/28/2026 07:55"]),
])

p2_check = T(SURG_HEAD, P2, [
    ("title", "Pre-Surgical Optimization Checklist"),
    ("kv", [("Date:", "01/27/2026"), ("Planned:", "R SIJ fusion - OPEN (27280)"), ("Reviewer:", "Jodi Nance, PA-C")]),
    ("table", [200, 70, 234], [
        ["Item", "Met?", "Detail"],
        ["BMI < 40", "[X]", "38.2 - counseled on wt loss"],
        ["Nicotine free >= 6 wk", "[X]", "former smoker, quit 2019; urine cotinine neg 01/27"],
        ["HbA1c < 8.0", "[X]", "7.1% (T2DM on metformin) 01/05/2026"],
        ["Albumin >= 3.5", "[X]", "4.0"],
        ["Psych clearance", "[X]", "PHQ-9 3; no red flags"],
        ["Cardiac clearance", "[  ]", "pending - Dr. Yoo cardiology 02/18"],
        ["Anticoag plan", "[X]", "ASA 81 - hold 7 days"],
        ["Recent pelvis CT/XR", "[X]", "CT pelvis 12/03/2025"],
        ["Lumbar MRI", "[X]", "11/18/2025"],
    ]),
    ("p", "Notes: DM controlled. OSA on CPAP - anesthesia aware. Will need walker x 6 wks post-op."),
    ("sig", "J. Nance PA-C", ["Jodi Nance, PA-C   01/27/2026"]),
])

p2_quest = T(SURG_HEAD, P2, [
    ("title", "Patient-Reported Outcomes (completed by patient 01/27/2026)"),
    ("table", [250, 90], [["Item", "Response"], ["Pain now (0-10)", "8"], ["Average pain last week", "7"],
                          ["Oswestry (ODI) total", "54%"], ["PROMIS Pain Interference T", "66.8"],
                          ["PROMIS Physical Function T", "33.5"]]),
    ("h", "Pain drawing - in the patient's words"),
    ("p", "'Right side, low in the back where my belt sits and down into the right cheek. Like a toothache in "
          "the bone. Nothing in my legs.' Shading limited to R buttock/PSIS region."),
])

p2_ct = T(IMG_HEAD, P2, [
    ("title", "CT PELVIS WITHOUT CONTRAST"),
    ("kv", [("Patient:", "HASKINS, GERALD T   DOB 06/21/1957"), ("Date of service:", "12/03/2025"),
            ("Accession:", "CV-2512-0315"), ("Ordering:", "Curtis J. Mabry, DO"),
            ("Indication:", "R SI joint pain, ? advanced arthrosis, ? insufficiency fracture")]),
    ("h", "Findings"),
    ("p", "Right SI joint: advanced degenerative change with joint space narrowing, vacuum phenomenon, dense "
          "subchondral sclerosis and large anterior bridging osteophytes. No erosions. No fracture line in the "
          "sacral ala. Left SI joint: mild degenerative change."),
    ("p", "Hips: moderate bilateral degenerative change. Pubic symphysis: mild degeneration. No lytic or blastic "
          "lesion. No pelvic mass or adenopathy."),
    ("h", "Impression"),
    ("p", "1. Advanced right sacroiliac joint osteoarthritis with anterior bridging osteophytes.  2. No sacral "
          "insufficiency fracture, erosive change or destructive lesion."),
    ("sig", "M. Oyelaran MD", ["Michael Oyelaran, MD - finalized 12/03/2025 14:10"]),
])

p2_mri = T(IMG_HEAD, P2, [
    ("title", "MRI LUMBAR SPINE W/O CONTRAST  and  XR PELVIS (comparison)"),
    ("kv", [("Patient:", "HASKINS, GERALD T   DOB 06/21/1957")]),
    ("h", "A. MRI LUMBAR SPINE WITHOUT CONTRAST - DOS 11/18/2025 - Acc CV-2511-7731"),
    ("p", "Findings: Multilevel disc desiccation. L3-4 and L4-5 mild broad-based bulges with mild facet "
          "arthropathy; canal and foramina widely patent. L5-S1 mild facet arthropathy, no protrusion. "
          "No nerve root impingement."),
    ("p", "Impression: Lumbar spondylosis without spinal canal or foraminal stenosis. No neural compression."),
    ("h", "B. XR PELVIS AP - DOS 03/18/2025 - Acc CV-2503-2290"),
    ("p", "Findings: Right SI joint narrowing and sclerosis. Mild bilateral hip joint narrowing. No fracture."),
    ("p", "Impression: Right SI joint degenerative change."),
    ("sig", "S. Patel-Greer MD", ["Sonia Patel-Greer, MD (MRI 11/18/2025); K. Dunleavy, MD (XR 03/18/2025)"]),
])

PK2 = {
    "id": "b8z-02", "form": "folder", "gold": "does_not_meet_criteria",
    "packet_json": {"request_date": "2026-02-09", "procedure_codes": ["27280"],
                    "member_id": "CSN-3308-1176-02", "policy": "MP-MM-1366"},
    "files": [("01_fax_cover_and_request.pdf", [p2_cover, p2_pa]),
              ("02_clinical_notes.pdf", [p2_do, p2_consult, p2_check, p2_quest]),
              ("03_imaging.pdf", [p2_ct, p2_mri])],
    "labels": {
        "procedure": "open", "request_date": "2026-02-09", "determination": "does_not_meet_criteria",
        "criteria": {
            "open.indication": {"status": "not_met", "evidence": [
                "Indication: degenerative sacroiliac joint disease, right",
                "degenerative sacroiliac joint disease, SI joint syndrome refractory to care",
                "no prior SI joint surgery of any kind"]},
            "open.recent_imaging": {"status": "met", "evidence": [
                "Advanced right sacroiliac joint osteoarthritis with anterior bridging osteophytes."]},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "No neural compression.", "No nerve root impingement."]},
        }},
}

# -------------------------------------------------------------------------------------------
# b8z-03  Marisol R. Benavides, RIGHT SIJ, CPT 27279, request 2026-04-14 -> meets
# -------------------------------------------------------------------------------------------
P3 = "BENAVIDES, MARISOL R  DOB 11/02/1979  MRN BR-240556"
B3 = lambda n: f"04/14/2026 13:05  FROM: 828 555 0148 PIEDMONT SPINE  TO: 1 833 555 0110  P. {n}/13  JOB 4471"

p3_cover = F("standard", [{"seed": 301, "angle": 0.4, "banner": B3(1), "lines": [
    "## PIEDMONT SPINE & PELVIS SURGERY - FAX",
    "---",
    "To: CareSource NC UM / Prior Auth        Fax: 833-555-0110",
    "From: Kim Reavis (PA coord.)            Ph: 828-555-0140 x214",
    "Date: 04/14/2026                         Pages: 13",
    "",
    "Re: BENAVIDES, MARISOL R    DOB 11/02/1979",
    "    Member ID CSN-5120-8843-01",
    "    R SIJ fusion, percutaneous (CPT 27279) - Dr. R. Castellano",
    "",
    "Contents: PA form; OMM notes (Blue Ridge Osteopathic) 11/20/25",
    "and 03/12/26; surgical consult + optimization checklist +",
    "questionnaires 03/31/26; SIJ injection notes 10/14/25, 01/13/26;",
    "imaging (SIJ/hip XR, CT pelvis, MRI L-spine); PT d/c summary;",
    "medication list.",
    "",
    "Thank you - please fax determination to 828-555-0148.",
]}])

p3_pa = T(PA_HEAD, P3, [
    ("title", "PRIOR AUTHORIZATION REQUEST - SURGICAL PROCEDURE"),
    ("kv", [("Request date:", "04/14/2026"), ("Member name:", "Marisol R. Benavides"),
            ("Member ID:", "CSN-5120-8843-01"), ("DOB:", "11/02/1979")]),
    ("h", "Provider"),
    ("kv", [("Surgeon:", "Raymond T. Castellano, MD (NPI 1487710392)"),
            ("Facility:", "Catawba Valley Surgery Center (ASC)")]),
    ("h", "Service"),
    ("table", [70, 290, 70, 74], [
        ["CPT", "Description", "Side", "Units"],
        ["27279", "Arthrodesis, SI joint, percutaneous or minimally invasive, w/ fixation", "Right", "1"]]),
    ("kv", [("Diagnosis:", "M53.3 R sacroiliac joint dysfunction; M99.04 Segmental dysfunction, sacral region")]),
    ("p", "Summary: 46 y/o F, R SIJ pain since 2023 (postpartum onset, no trauma). Failed PT + supervised HEP, OMT, "
          "NSAIDs, heat; two fluoroscopic SIJ injections with diagnostic relief and return of pain. Imaging "
          "complete. Optimization checklist complete."),
    ("sig", "R. T. Castellano MD", ["Raymond T. Castellano, MD   04/14/2026"]),
])

p3_do_nov = F("fine", [{"seed": 303, "angle": -0.9, "banner": B3(3), "lines": [
    "## Blue Ridge Osteopathic & Family Medicine",
    "OMM / NMM follow-up      DOS: 11/20/2025",
    "Pt: Benavides, Marisol R   DOB 11/02/1979   Provider: L. Whitfield DO",
    "---",
    "S: R SI pain back to 7/10. Injection 10/14 at Foothills gave",
    "   excellent relief ~5 wks, then pain crept back last 10 days.",
    "   Finished StrideWell PT 9/26. HEP rx'd here 9/29 (sheet:",
    "   glute bridge, clamshell, bird-dog, side plank, hip hinge,",
    "   3x/wk x 6 wks). Completed the 6-week HEP - log reviewed",
    "   today, 17 of 18 sessions done. Continue HEP, progress bands.",
    "   Ibuprofen 600 tid since 04/2025 + heat pack after work.",
    "O: Structural exam:",
    "| Region    TART        Somatic dysfunction",
    "| Lumbar    T- A+ R+    L3 NSlRr, nontender",
    "| Sacrum    T+ A+ R+    sacral torsion R on R, R sulcus deep",
    "| Pelvis    T+ A+ R+    R innominate posterior rotation",
    "| R hip     none        GT nontender, ROM full",
    "   R PSIS/sulcus TTP, reproduces pain. Coccyx nontender.",
    "Tx: OMT - ME innominate & sacrum, counterstrain R piriformis,",
    "   BLT lumbosacral. HVLA lumbar x1. Tolerated well.",
    "A: R SIJ dysfunction; somatic dysf lumbar/sacrum/pelvis",
    "P: Discussed 2nd SIJ injection - Foothills to schedule.",
    "   HEP f/u at next OMT visit. RTC 6-8 wk.",
    "",
    "L. Whitfield, DO  electronically signed 11/20/2025 16:40",
]}])

p3_do_mar = T(DO_HEAD, P3, [
    ("title", "OMM Follow-up - SOAP Note"),
    ("kv", [("DOS:", "03/12/2026"), ("Provider:", "Lauren B. Whitfield, DO"), ("MA:", "T. Greer CMA")]),
    ("h", "Subjective"),
    ("p", "Here for OMT + HEP check. Right SI/buttock pain 6/10 today, 8/10 on bad days (lifting kids' car seats). "
          "Second SIJ injection 01/13 helped a lot for about three weeks and then the pain came back to where it was. "
          "Pain is in the R buttock under the dimple, it doesn't go into the thigh or leg. Still doing the HEP "
          "3x/week with the red band; reviewed exercise log with pt today. Ibuprofen 600 mg TID with food, heat. "
          "No bowel/bladder sx, no saddle numbness."),
    ("h", "Objective"),
    ("table", [110, 120, 274], [
        ["Region", "TART", "Findings"],
        ["Thoracic", "TTC- A- R- T-", "no SD"],
        ["Lumbar", "TTC+ A- R+ T-", "L5 FRSr, paraspinals soft, nontender"],
        ["Sacrum", "TTC+ A+ R+ T+", "sacral torsion R on R; R sacral sulcus deep + tender"],
        ["Innominate", "TTC+ A+ R+ T+", "R innominate posterior rotation, R PSIS inferior"],
        ["R hip / GT", "TTC- A- R- T-", "no GT tenderness, FADIR neg"],
    ]),
    ("p", "Standing flexion test positive R. Seated flexion negative. Neuro: 5/5, DTR 2+ sym, SLR neg."),
    ("h", "Procedure"),
    ("p", "OMT 3-4 regions (98926): ME R posterior innominate, ME sacrum, counterstrain L5 and R piriformis TPs, "
          "articulatory R SIJ. Pt tolerated well."),
    ("h", "Assessment / Plan"),
    ("p", "R SI joint dysfunction, chronic, persistent despite PT (05/2025-09/2025), supervised HEP since 09/29/2025 "
          "with follow-up today, OMT and NSAIDs; 2 image-guided SIJ injections with short-lived benefit. "
          "Proceed with Dr. Castellano visit 03/31. Continue HEP, ibuprofen, heat."),
    ("sig", "Lauren Whitfield DO", ["Lauren B. Whitfield, DO - e-signed 03/12/2026"]),
])

p3_consult = T(SURG_HEAD, P3, [
    ("title", "Spine Surgery Consultation"),
    ("kv", [("Date:", "03/31/2026"), ("Surgeon:", "Raymond T. Castellano, MD"),
            ("Referring:", "Lauren B. Whitfield, DO")]),
    ("h", "History of present illness"),
    ("p", "46 y/o F with right sacroiliac joint pain since 2023, onset gradually after second pregnancy; no fall "
          "or injury. She points with one finger to the R PSIS. Pain is localized to the right posterior SI joint "
          "and upper buttock below the belt line, non-radiating, no leg symptoms. R SI joint pain today is "
          "7/10. 2022 episode of R S1 sciatica resolved with PT and has not recurred."),
    ("p", "Conservative care: PT 05/05/2025-09/26/2025, physician-supervised HEP from 09/29/2025 with documented "
          "follow-ups 11/20/2025 and 03/12/2026; OMT; ibuprofen 600 mg TID since 04/2025; heat. R SIJ injections "
          "10/14/2025 and 01/13/2026: strong immediate relief after each, then pain returned at about 5 and 3 "
          "weeks respectively."),
    ("h", "ROS / PMH / FH / SH"),
    ("p", "Denies fevers, weight loss, psoriasis, IBD, uveitis. RF negative, HLA-B27 negative (02/2026). "
          "No history of cancer. Distal radius fracture R wrist 2015. FH: father with ankylosing "
          "spondylitis; sister with fibromyalgia. Never smoker. Dental hygienist."),
    ("h", "Examination"),
    ("p", "BMI 27.4. Normal gait. No midline lumbar tenderness. Tenderness on palpation over the R posterior SIJ "
          "(sulcus/PSIS); greater trochanter and coccyx nontender. Nonorganic signs (Waddell) 0 of 5. Neuro intact, SLR negative."),
    ("table", [170, 100, 234], [
        ["Provocation test (R)", "Result", "Note"],
        ["Thigh thrust", "Positive", "reproduces R buttock pain"],
        ["Compression", "Positive", "lateral decubitus"],
        ["Distraction", "Negative", ""],
        ["Gaenslen", "Positive", "R hip extended"],
        ["Patrick / FABER", "Positive", "posterior pain"],
        ["Sacral thrust", "Positive", ""],
    ]),
    ("h", "Imaging reviewed"),
    ("p", "SIJ XR, R hip XR, CT pelvis and MRI lumbar reviewed - see reports (no destructive or inflammatory "
          "process; mild R hip OA only; no lumbar neural compression)."),
    ("h", "Assessment / plan"),
    ("p", "Right SI joint dysfunction meeting criteria for MIS fusion: 5/6 provocative tests, dual diagnostic "
          "blocks, failed > 6 months of active and passive care, two steroid injections with recurrence. "
          "Plan R percutaneous SIJ fusion (27279) with triangular implants. Psych and medical clearance done."),
    ("sig", "R. T. Castellano MD", ["Raymond T. Castellano, MD - signed 03/31/2026"]),
])

p3_check = T(SURG_HEAD, P3, [
    ("title", "Pre-Surgical Optimization Checklist - MIS SIJ Fusion"),
    ("kv", [("Date:", "03/31/2026"), ("Completed by:", "Jodi Nance, PA-C")]),
    ("table", [200, 60, 244], [
        ["Criterion", "OK", "Documentation"],
        ["BMI < 40", "[X]", "27.4"],
        ["Nicotine", "[X]", "never; no vaping"],
        ["HbA1c (if indicated)", "[X]", "5.4% 02/2026 (screen)"],
        ["Behavioral health clearance", "[X]", "Dr. E. Kowalczyk PsyD 03/20/2026"],
        ["Opioids", "[X]", "none"],
        ["Bone density", "[  ]", "n/a - age < 50, no risk factors"],
        ["SIJ XR + CT", "[X]", "XR 08/12/2025; CT 09/02/2025"],
        ["Ipsilateral hip XR", "[X]", "R hip 08/12/2025 - mild OA"],
        ["Lumbar MRI", "[X]", "07/28/2025"],
        ["Dx blocks x 2", "[X]", "10/14/2025, 01/13/2026"],
    ]),
    ("p", "Behavioral health note summary (Kowalczyk 03/20/2026): PHQ-9 5, GAD-7 3, PCS 14. No somatic symptom "
          "disorder. No fibromyalgia or widespread pain; pain is focal. Cleared."),
    ("sig", "J. Nance PA-C", ["Jodi Nance, PA-C   03/31/2026"]),
])

p3_quest = T(SURG_HEAD, P3, [
    ("title", "Patient Questionnaire Packet - New Surgical Consult"),
    ("kv", [("Date:", "03/31/2026")]),
    ("h", "Oswestry Low Back Pain Disability Questionnaire"),
    ("table", [200, 50, 200, 50], [
        ["Section", "Pts", "Section", "Pts"],
        ["Pain intensity", "3", "Standing", "3"],
        ["Personal care", "1", "Sleeping", "2"],
        ["Lifting", "4", "Sex life", "2"],
        ["Walking", "1", "Social life", "2"],
        ["Sitting", "3", "Travelling", "3"],
    ]),
    ("p", "Raw 24/50 -> ODI 48% (severe). Previous ODI (PT eval 05/05/2025): 50%."),
    ("h", "PROMIS Global / Pain"),
    ("table", [220, 80], [["Measure", "Score"], ["Pain intensity right now (0-10)", "7"],
                          ["PROMIS Pain Interference 6a T", "63.9"], ["PROMIS Physical Function 6b T", "38.7"],
                          ["PROMIS Global Mental T", "50.8"]]),
    ("h", "Pain drawing (patient's words)"),
    ("p", "'Right side only. A spot about 2 inches across on the back of my pelvis, right where the dimple is. "
          "Sharp when I stand up, dull the rest of the time. My legs are fine.'"),
])

p3_inj1 = F("standard", [{"seed": 308, "angle": 1.3, "banner": B3(8), "lines": [
    "## FOOTHILLS INTERVENTIONAL PAIN CENTER - PROCEDURE NOTE",
    "Benavides, Marisol R   DOB 11/02/1979   DOS 10/14/2025",
    "Physician: Anil Sethuraman, MD",
    "---",
    "Procedure: RIGHT SI joint injection w/ fluoroscopy & contrast",
    "Pre-procedure pain: 7/10 R buttock",
    "Technique: prone; AP/oblique fluoro; 22g needle to inferior",
    "R SIJ; 0.5 mL Omnipaque 180 - intra-articular arthrogram, no",
    "vascular runoff. Injected 2 mL 0.5% bupivacaine + 40 mg",
    "triamcinolone. No complications.",
    "",
    "Pain diary (patient):",
    "| Time       Pain   Notes",
    "| Pre        7      ",
    "| 30 min     1      bent, stood, stairs",
    "| 1 hr       1      ",
    "| 2 hr       1      ",
    "| 4 hr       2      grocery store",
    "| 6 hr       3      ",
    "| Day 2      4      ",
    "Result: 86% relief at 1-2 hr, 71% at 4 hr (> bupivacaine",
    "duration). Positive diagnostic response.",
    "",
    "A. Sethuraman MD 10/14/2025",
]}])

p3_inj2 = T(PAIN_HEAD, P3, [
    ("title", "Procedure Note - Right SIJ Injection (#2)"),
    ("kv", [("DOS:", "01/13/2026"), ("Physician:", "Anil Sethuraman, MD"),
            ("Procedure:", "Right sacroiliac joint injection, fluoroscopically guided, with contrast (27096)"),
            ("Pre-procedure pain:", "7/10")]),
    ("h", "Interval"),
    ("p", "First R SIJ injection 10/14/2025 gave ~5 weeks of relief; pain then returned to 7/10 (per OMM note "
          "11/20/2025)."),
    ("h", "Procedure"),
    ("p", "Prone. Chlorhexidine prep. Fluoroscopic AP and 20 degree contralateral oblique views. 22g spinal "
          "needle to the caudal R SIJ. Iohexol 0.5 mL outlined the joint, no vascular pattern. Injectate 2 mL "
          "0.5% ropivacaine with dexamethasone 10 mg. Tolerated well."),
    ("h", "Post-procedure pain log"),
    ("table", [110, 100, 100, 194], [
        ["Time", "NRS", "Relief", "Provocation"],
        ["Pre", "7", "-", "sit to stand"],
        ["30 min", "2", "71%", "sit to stand, single leg stance"],
        ["1 hr", "1", "86%", ""],
        ["3 hr", "1", "86%", "walked dog"],
        ["5 hr", "2", "71%", ""],
        ["8 hr", "5", "29%", ""],
    ]),
    ("p", "Impression: >= 70% relief sustained at 5 hours with ropivacaine - concordant second positive block."),
    ("sig", "A. Sethuraman MD", ["Anil Sethuraman, MD - 01/13/2026"]),
])

p3_img = T(IMG_HEAD, P3, [
    ("title", "RADIOLOGY - COMBINED REPORT"),
    ("kv", [("Patient:", "BENAVIDES, MARISOL R   DOB 11/02/1979"), ("Ordering:", "Lauren B. Whitfield, DO")]),
    ("h", "1) XR SI JOINTS (3 views)  +  XR HIP RIGHT 2 VIEWS WITH AP PELVIS  - DOS 08/12/2025"),
    ("p", "SI joints: mild sclerosis of the right SI joint, iliac side. No erosions, no widening, no ankylosis. "
          "Left SI joint normal."),
    ("p", "Right hip: mild superolateral joint space narrowing with a tiny acetabular osteophyte. Femoral head "
          "spherical. Left hip (AP pelvis only): moderate joint space narrowing with subchondral cysts."),
    ("p", "Impression: Mild right SI joint degenerative change. Mild right hip osteoarthritis. Moderate left hip "
          "osteoarthritis (contralateral)."),
    ("h", "2) CT PELVIS WITHOUT CONTRAST - DOS 09/02/2025"),
    ("p", "Right SI joint: mild subchondral sclerosis, small vacuum phenomenon. No erosions or irregularity to "
          "suggest inflammatory sacroiliitis. No fracture. No lytic or sclerotic destructive lesion. Pelvic "
          "soft tissues normal."),
    ("p", "Impression: Mild right SIJ arthrosis. No erosive sacroiliitis, no destructive lesion, no fracture."),
    ("sig", "M. Oyelaran MD", ["Michael Oyelaran, MD - finalized 08/12/2025 (XR), 09/02/2025 (CT)"]),
])

p3_mri = F("fine", [{"seed": 312, "angle": -0.7, "banner": B3(11), "lines": [
    "## CATAWBA VALLEY IMAGING ASSOCIATES",
    "## MRI LUMBAR SPINE WITHOUT CONTRAST",
    "Patient: BENAVIDES, MARISOL R    DOB: 11/02/1979",
    "DOS: 07/28/2025    Acc: CV-2507-3360    Ordering: L. Whitfield DO",
    "History: R buttock pain. Hx R S1 radiculopathy 2022.",
    "Comparison: MRI 04/2022 (outside).",
    "---",
    "FINDINGS:",
    "Alignment and vertebral heights normal. Marrow signal normal.",
    "L1-2, L2-3: normal.",
    "L3-4: minimal disc bulge. No stenosis.",
    "L4-5: mild facet arthropathy. Canal and foramina patent.",
    "L5-S1: small central annular fissure. The right paracentral",
    "protrusion seen in 2022 has regressed. The traversing and",
    "exiting nerve roots are free, without contact or displacement.",
    "",
    "IMPRESSION:",
    "1. Mild lower lumbar spondylosis.",
    "2. No neural compression. No canal or foraminal stenosis.",
    "3. Interval regression of prior L5-S1 protrusion.",
    "",
    "Sonia Patel-Greer, MD   Electronically signed 07/28/2025",
]}])

p3_pt = T(PT_HEAD, P3, [
    ("title", "Discharge Summary - Physical Therapy"),
    ("kv", [("Patient:", "Marisol Benavides"), ("Referring:", "Lauren B. Whitfield, DO"),
            ("Dates of care:", "05/05/2025 to 09/26/2025"), ("Visits:", "31"),
            ("Diagnosis:", "R SIJ pain / lumbopelvic motor control deficit")]),
    ("p", "Treatment: therapeutic exercise (gluteal and core strengthening), neuromuscular re-education, manual "
          "therapy, aquatic therapy x 6 sessions in June, progression to gym-based program and HEP instruction."),
    ("table", [170, 110, 110, 114], [
        ["Outcome", "Eval 05/05/25", "D/C 09/26/25", "Status"],
        ["NPRS R SIJ", "7", "6", "not met"],
        ["ODI", "50%", "42%", "partially met"],
        ["Hip abd strength R", "3+/5", "4+/5", "met"],
        ["Stand tolerance", "20 min", "45 min", "partially met"],
    ]),
    ("p", "Plan: discharged to HEP under MD supervision (Dr. Whitfield). Pain persists despite improved strength."),
    ("sig", "Marcus Lee PT DPT", ["Marcus Lee, PT, DPT, OCS - 09/26/2025"]),
])

p3_meds = T(DO_HEAD, P3, [
    ("title", "Medication List / Non-pharmacologic Measures"),
    ("kv", [("As of:", "03/12/2026"), ("Allergies:", "NKDA")]),
    ("table", [170, 150, 80, 104], [
        ["Medication", "Directions", "Started", "Status"],
        ["Ibuprofen 600 mg", "1 tab PO TID with food", "04/08/2025", "active"],
        ["Acetaminophen 500 mg", "1-2 tabs q6h prn", "2024", "active"],
        ["Norgestimate-EE", "1 PO daily", "2020", "active"],
        ["Methylprednisolone dosepak", "as directed x 6 days", "03/2024", "completed"],
    ]),
    ("p", "Non-drug: moist heat pack to R buttock after work daily (since spring 2025); SI belt not tolerated. "
          "No TENS."),
])

PK3 = {
    "id": "b8z-03", "form": "folder", "gold": "meets_criteria",
    "files": [("01_cover_request.pdf", [p3_cover, p3_pa]),
              ("02_osteopathic_notes.pdf", [p3_do_nov, p3_do_mar]),
              ("03_surgical_consult.pdf", [p3_consult, p3_check, p3_quest]),
              ("04_injections.pdf", [p3_inj1, p3_inj2]),
              ("05_imaging_pt_meds.pdf", [p3_img, p3_mri, p3_pt, p3_meds])],
    "labels": {
        "procedure": "percutaneous", "request_date": "2026-04-14", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "localized to the right posterior SI joint", "non-radiating, no leg symptoms"]},
            "perc.pain_severity": {"status": "met", "evidence": ["R SI joint pain today is 7/10."]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "Tenderness on palpation over the R posterior SIJ",
                "greater trochanter and coccyx nontender"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Dates of care: 05/05/2025 to 09/26/2025",
                "Completed the 6-week HEP - log reviewed"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Ibuprofen 600 mg 1 tab PO TID with food 04/08/2025 active",
                "moist heat pack to R buttock after work daily"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust Positive reproduces R buttock pain", "Compression Positive lateral decubitus"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen Positive R hip extended", "Patrick / FABER Positive posterior pain"]},
            "perc.diagnostic_injections": {"status": "met", "evidence": [
                "71% at 4 hr (> bupivacaine", ">= 70% relief sustained at 5 hours with ropivacaine"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "No fibromyalgia or widespread pain; pain is focal.", "Nonorganic signs (Waddell) 0 of 5."]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No erosive sacroiliitis, no destructive lesion, no fracture.",
                "No erosions, no widening, no ankylosis."]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Mild right hip osteoarthritis."]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "No neural compression. No canal or foraminal stenosis."]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "excellent relief ~5 wks, then pain crept back",
                "gave ~5 weeks of relief; pain then returned to 7/10",
                "then the pain came back to where it was"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "RF negative, HLA-B27 negative (02/2026)."]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No lytic or sclerotic destructive lesion."]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "onset gradually after second pregnancy; no fall or injury"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "exiting nerve roots are free, without contact or displacement."]},
        }},
}

PACKETS = [PK1, PK2, PK3]


# ============================== build + self-check ==============================


def build():
    for name in ("b8z-01.pdf", "b8z-01.labels.json", "b8z-02", "b8z-03"):
        p = os.path.join(OUT, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    manifest = {}
    for pk in PACKETS:
        files = {}
        for fname, docs in pk["files"]:
            parts = []
            for dspec in docs:
                if dspec["kind"] == "text":
                    parts.append((render_text_doc(dspec["head"], dspec["foot"], dspec["ops"]), None))
                else:
                    for i, pg in enumerate(dspec["pages"]):
                        parts.append(render_fax(pg["lines"], pg["banner"], dspec["mode"], pg["seed"], pg["angle"]))
            if pk["form"] == "single":
                path = os.path.join(OUT, pk["id"] + ".pdf")
            else:
                os.makedirs(os.path.join(OUT, pk["id"]), exist_ok=True)
                path = os.path.join(OUT, pk["id"], fname)
            files[path] = assemble(parts, path)
        lab = pk["labels"]
        if pk["form"] == "single":
            lpath = os.path.join(OUT, pk["id"] + ".labels.json")
        else:
            lpath = os.path.join(OUT, pk["id"], "labels.json")
            if pk.get("packet_json"):
                with open(os.path.join(OUT, pk["id"], "packet.json"), "w") as f:
                    json.dump(pk["packet_json"], f, indent=2)
        with open(lpath, "w") as f:
            json.dump(lab, f, indent=2)
        manifest[pk["id"]] = files
    return manifest


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check(manifest):
    ok = True
    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)
    for pk in PACKETS:
        pid = pk["id"]; lab = pk["labels"]
        files = manifest[pid]
        texts = []; nfax = 0; faxres = set()
        for path in sorted(files):
            recs = files[path]
            with pdfplumber.open(path) as pdf:
                rd = pypdf.PdfReader(path)
                for i, page in enumerate(pdf.pages):
                    t = page.extract_text() or ""
                    if recs[i] is not None:
                        nfax += 1
                        if t.strip():
                            fail(f"{pid}: fax page {i+1} of {os.path.basename(path)} has a text layer")
                        if len(page.chars):
                            fail(f"{pid}: fax page has chars")
                        xo = rd.pages[i]["/Resources"]["/XObject"]
                        for kx in xo:
                            o = xo[kx].get_object()
                            if o["/Filter"] not in ("/CCITTFaxDecode", ["/CCITTFaxDecode"]) or o["/BitsPerComponent"] != 1:
                                fail(f"{pid}: fax image not CCITT 1-bit")
                            dpiy = round(o["/Height"] / (float(rd.pages[i].mediabox.height) / 72))
                            faxres.add(f"204x{dpiy}")
                        texts.append(recs[i])
                    else:
                        if not t.strip():
                            fail(f"{pid}: text page {i+1} empty")
                        texts.append(t)
                    w_, h_ = float(page.width), float(page.height)
                    if (round(w_), round(h_)) != (612, 792):
                        fail(f"{pid}: page not US Letter {w_}x{h_}")
        npages = len(texts)
        if not 4 <= npages <= 20:
            fail(f"{pid}: page count {npages}")
        want = PERC if lab["procedure"] == "percutaneous" else OPEN
        if sorted(lab["criteria"]) != sorted(want):
            fail(f"{pid}: criteria set mismatch")
        sts = [c["status"] for c in lab["criteria"].values()]
        det = ("meets_criteria" if all(s == "met" for s in sts) else
               "does_not_meet_criteria" if "not_met" in sts else "insufficient_documentation")
        if det != lab["determination"]:
            fail(f"{pid}: determination {lab['determination']} but statuses give {det}")
        if det != pk["gold"]:
            fail(f"{pid}: determination differs from brief {pk['gold']}")
        alltext = [norm(t) for t in texts]
        nsnip = 0
        for cid, c in lab["criteria"].items():
            if c["status"] == "insufficient":
                if c["evidence"]:
                    fail(f"{pid} {cid}: insufficient with evidence")
                continue
            if not 1 <= len(c["evidence"]) <= 3:
                fail(f"{pid} {cid}: evidence count {len(c['evidence'])}")
            for s in c["evidence"]:
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    fail(f"{pid} {cid}: snippet length {nw}: {s!r}")
                hits = [i + 1 for i, t in enumerate(alltext) if norm(s) in t]
                if not hits:
                    fail(f"{pid} {cid}: snippet not found: {s!r}")
                nsnip += 1
        print(f"{pid}: form={pk['form']} files={len(files)} pages={npages} faxed={nfax} ({', '.join(sorted(faxres))}) "
              f"procedure={lab['procedure']} request_date={lab['request_date']} determination={det} "
              f"met={sts.count('met')} not_met={sts.count('not_met')} insufficient={sts.count('insufficient')} snippets_found={nsnip}")
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    m = build()
    sys.exit(0 if check(m) else 1)
