#!/usr/bin/env python3
"""Writer C, blind set v9 (prefix b9c): deterministic generator + self-check.

Run with the local venv:  .venv/bin/python make_packets.py
"""
import io, json, math, os, random, re, shutil, sys

import img2pdf
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONOB = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded",
        "perc.sij_imaging", "perc.hip_imaging", "perc.lumbar_imaging",
        "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability",
        "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

# ---------------------------------------------------------------- text pages
class Doc(FPDF):
    def __init__(self, header, footer):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.hdr, self.ftr = header, footer
        self.set_auto_page_break(True, margin=60)
        self.set_margins(54, 50, 54)
        self.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))

    def header(self):
        if not self.hdr:
            return
        self.set_font("Helvetica", "B", 10)
        self.cell(0, 12, self.hdr[0], new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        for h in self.hdr[1:]:
            self.cell(0, 10, h, new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 2
        self.line(54, y, self.w - 54, y)
        self.set_y(y + 6)

    def footer(self):
        self.set_y(-42)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 10, f"{self.ftr}    Page {self.page_no()} of {{nb}}", align="C")


def render_doc(pages, header, footer):
    """pages: list of pages; page = list of blocks."""
    pdf = Doc(header, footer)
    pdf.alias_nb_pages()
    for blocks in pages:
        pdf.add_page()
        for b in blocks:
            kind = b[0]
            if kind == "title":
                pdf.set_font("Helvetica", "B", 13)
                pdf.multi_cell(0, 16, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, 13, b[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 13, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font("Helvetica", "I", 8)
                pdf.multi_cell(0, 10, b[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "mono":
                pdf.set_font("Courier", "", 9)
                for line in b[1].split("\n"):
                    pdf.cell(0, 11, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "t":
                widths, head, rows = b[1], b[2], b[3]
                pdf.set_font("Helvetica", "", 8.5)
                with pdf.table(col_widths=widths, text_align="LEFT", line_height=11,
                               headings_style=__import__("fpdf").FontFace(emphasis="BOLD")) as tbl:
                    r = tbl.row()
                    for c in head:
                        r.cell(c)
                    for row in rows:
                        r = tbl.row()
                        for c in row:
                            r.cell(c)
                pdf.ln(5)
            elif kind == "stamp":
                pdf.ln(2)
                x, y = pdf.get_x(), pdf.get_y()
                pdf.set_draw_color(40, 40, 160)
                pdf.set_text_color(40, 40, 160)
                pdf.set_font("Helvetica", "B", 8)
                pdf.rect(x, y, 250, 26)
                pdf.set_xy(x + 4, y + 3)
                pdf.multi_cell(242, 10, b[1])
                pdf.set_text_color(0, 0, 0)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_xy(x, y + 30)
    return bytes(pdf.output())


# ---------------------------------------------------------------- fax pages
def fax_page(lines, banner, mode, seed, angle):
    """lines: list of str (monospace). mode 'fine' 204x196 or 'standard' 204x98."""
    rnd = random.Random(seed)
    W, H = int(8.5 * 204), int(11 * 196)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(MONO, 29)
    fb = ImageFont.truetype(MONOB, 29)
    fs = ImageFont.truetype(MONO, 22)
    d.text((40, 14), banner, font=fs, fill=0)
    y = 110
    for ln in lines:
        font = f
        if ln.startswith("**"):
            font, ln = fb, ln[2:]
        d.text((125, y), ln, font=font, fill=0)
        y += 37
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    px = img.load()
    for _ in range(900):  # specks
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([1, 1, 2, 3])
        for dx in range(r):
            for dy in range(r):
                if x + dx < W and yy + dy < H:
                    px[x + dx, yy + dy] = 0
    bw = img.point(lambda v: 0 if v < 150 else 255, "1")
    if mode == "standard":
        bw = bw.convert("L").resize((W, H // 2), Image.BILINEAR).point(lambda v: 0 if v < 140 else 255, "1")
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    d2 = ImageDraw.Draw(bw)
    hh = bw.size[1]
    for _ in range(rnd.randint(2, 4)):  # dropout streaks
        yy = rnd.randrange(int(hh * 0.1), hh - 10)
        d2.rectangle([0, yy, W, yy + rnd.choice([0, 1])], fill=1)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    layout = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)))
    return img2pdf.convert(buf.getvalue(), layout_fun=layout)


def assemble(parts, path):
    """parts: list of ('text', pdfbytes) or ('fax', pdfbytes, lines). Returns list of page text sources."""
    w = PdfWriter()
    kinds = []
    for p in parts:
        r = PdfReader(io.BytesIO(p[1]))
        for pg in r.pages:
            w.add_page(pg)
            kinds.append(("fax", "\n".join(p[2]), p[3]) if p[0] == "fax" else ("text", None, None))
    w.add_metadata({"/Producer": "b9c generator", "/CreationDate": "D:20260101000000Z"})
    with open(path, "wb") as fh:
        w.write(fh)
    return kinds


# ================================================================ PACKET 01
def packet01():
    pid = "b9c-01"
    pt = "WHITCOMB, DARLENE R"
    hdr_reg = ["HAW RIVER UNIVERSITY SPINE CENTER - CLINICAL RESEARCH OFFICE",
               "SALIENT-SI Registry (Protocol HRU-SIJ-2024-03)  |  Site 014  |  Subject ID 014-0271  |  Initials D-R-W",
               "CONFIDENTIAL - contains PHI. Case Report Form v3.1 (04-Mar-2025)"]
    hdr_clin = ["Haw River University Spine Center - Orthopaedic Spine Surgery",
                "2210 Alamance Pkwy, Suite 400, Burlington NC 27215   Ph (336) 555-0190  Fax (336) 555-0191",
                f"Patient: {pt}   DOB: 06/03/1971   MRN: HR-00583317"]
    foot = "Whitcomb, Darlene R  DOB 06/03/1971"
    parts = []
    # p1 fax cover (text)
    cover = [[("title", "FAX TRANSMITTAL - PRIOR AUTHORIZATION"),
              ("t", [30, 70], ["Field", "Entry"], [
                  ["To", "CareSource NC Marketplace - Utilization Management"],
                  ["Fax", "1-844-555-0107"],
                  ["From", "Haw River Univ. Spine Center / Ortho Spine (Dr. M. Oyelaran)"],
                  ["Date sent", "02/16/2026"],
                  ["Pages", "12 incl. cover"],
                  ["Re", "Prior auth - R SI joint fusion, minimally invasive (CPT 27279)"]]),
              ("p", "Enclosed: PA request form, ortho clinic note 02/10/2026, registry CRF extracts (eligibility, "
                    "NRS/ODI, con-meds, AE log, protocol deviation), PT discharge summary, chiropractic visit log, "
                    "injection procedure notes 11/18/2025 and 01/20/2026 with pain-response form, imaging reports."),
              ("small", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential "
                        "health information that is legally privileged. If you are not the intended recipient, "
                        "you are hereby notified that any disclosure, copying or distribution is strictly prohibited. "
                        "Please notify the sender by telephone and destroy the documents.")],
             [("title", "PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY"),
              ("t", [35, 65], ["Item", "Detail"], [
                  ["Member name", "Darlene R. Whitcomb"],
                  ["Member ID", "CSN-4471902235"],
                  ["Plan", "CareSource NC Marketplace Silver"],
                  ["Request date", "02/16/2026"],
                  ["Requesting provider", "Marcus Oyelaran, MD (NPI 1386049721)"],
                  ["Facility", "Haw River Univ. Ambulatory Surgery Center"],
                  ["Procedure", "Right sacroiliac joint fusion, percutaneous, with placement of transfixing device"],
                  ["CPT", "27279  (units: 1)"],
                  ["ICD-10", "M53.3 Sacrococcygeal disorders NEC; M46.1 excluded - see note"],
                  ["Planned DOS", "03/19/2026"],
                  ["Setting", "Outpatient / ASC"]]),
              ("p", "ICD note: M46.1 was entered by registry staff on the screening worksheet as 'rule out' only; "
                    "primary dx for this request is R SI joint dysfunction (M53.3)."),
              ("p", "Clinical summary (per surgeon): Failed >6 mo PT/chiro + NSAID. Two fluoroscopic SI joint blocks, both "
                    "with >50% relief. Imaging negative for inflammatory/destructive process. Requesting MIS fusion."),
              ("p", "Signature: M. Oyelaran MD   02/16/2026")]]
    parts.append(("text", render_doc(cover, None, foot)))
    # ortho clinic note (text, 2 pages)
    note = [[("title", "ORTHOPAEDIC SPINE - ESTABLISHED PATIENT VISIT"),
             ("p", "DOS: 02/10/2026    Provider: Marcus Oyelaran, MD    Scribe: K. Dunlevy"),
             ("h", "CC"),
             ("p", "R low back / buttock pain, f/u after 2nd SI injection, discuss surgery."),
             ("h", "HPI"),
             ("p", "54 y/o F enrolled in SALIENT-SI registry (subj 014-0271). Reports non-radiating pain over the right "
                   "posterior SIJ and upper buttock, below the belt line, present ~2 yrs. Points with one finger to "
                   "R PSIS (Fortin +). Denies leg numbness/tingling. Remote R L5 radicular symptoms in 2019 resolved "
                   "with PT and have not recurred. Pain is worse with stairs, rolling in bed, prolonged sitting on the R. "
                   "Today right SI pain rated 6/10. The 01/20 block helped briefly; pt states pain "
                   "returned to 6/10 within 2 weeks after it."),
             ("h", "Treatment to date"),
             ("p", "PT 03/2025-05/2025 (HRU Rehab, 14 visits, discharged to HEP). Chiropractic (Gillespie Chiropractic) "
                   "06/2025-10/2025, 18 visits. Meloxicam 15 mg daily since 01/2025, acetaminophen 500 mg PRN, heat. "
                   "SI joint injections 11/18/2025 and 01/20/2026 (Dr. Venkataraman)."),
             ("h", "PMH / FHx / SHx"),
             ("p", "HTN, hypothyroid, GERD. No hx of trauma or fall. FHx: father with psoriatic arthritis; mother "
                   "with fibromyalgia. Pt herself denies morning stiffness >30 min, denies psoriasis, IBD, uveitis. "
                   "HLA-B27 negative (08/2025), CRP 2.1 mg/L. Non-smoker. Works as a dental hygienist.")],
            [("h", "Exam"),
             ("p", "Gait: non-antalgic. Lumbar ROM full, flexion mildly uncomfortable at end range; no lumbar midline or "
                   "paraspinal tenderness. Tender to palpation over the right SI joint sulcus. Greater trochanter "
                   "non-tender bilaterally. Coccyx non-tender. SLR neg bilat. Strength 5/5 L2-S1, DTR 2+ symmetric, "
                   "sensation intact."),
             ("t", [45, 20, 35], ["SIJ provocation (R)", "Result", "Comment"], [
                 ["Thigh thrust (P4)", "POS", "concordant R buttock pain"],
                 ["Compression (side-lying)", "neg", ""],
                 ["Distraction / gapping", "neg", ""],
                 ["Gaenslen's (R leg hanging)", "POS", "reproduces typical pain"],
                 ["FABER / Patrick's", "POS", "R SIJ pain, not groin"],
                 ["Waddell signs", "0/5", ""]]),
             ("h", "Imaging reviewed"),
             ("p", "XR pelvis/SIJ 09/2025 and CT pelvis 10/2025 - no erosions, no fracture. L-spine MRI 07/2025 no stenosis "
                   "or root impingement. R hip XR mild OA only; L hip more advanced but asymptomatic."),
             ("h", "Assessment / Plan"),
             ("p", "R SI joint dysfunction, refractory. Both diagnostic SIJ blocks gave >50% relief per pt. Has met "
                   "registry eligibility. Will request R percutaneous SIJ fusion (CPT 27279) - 3 triangular implants. "
                   "Risks/benefits discussed incl. nonunion, malposition, nerve injury. Continue meloxicam and HEP meanwhile."),
             ("p", "Electronically signed: Marcus Oyelaran, MD  02/10/2026 17:42")]]
    parts.append(("text", render_doc(note, hdr_clin, foot)))
    # registry CRFs (text)
    crf = [[("title", "CRF 02 - ELIGIBILITY CHECKLIST (Screening, Visit 1)"),
            ("p", "Visit date: 04-Nov-2025   Window: Day -30 to Day 0   Coding: 1=Yes 2=No 9=Unknown"),
            ("t", [10, 70, 20], ["Item", "Inclusion criterion", "Code"], [
                ["I1", "Age 21-75 at consent", "1"],
                ["I2", "SIJ pain >= 6 months, unilateral or bilateral", "1"],
                ["I3", "NRS back/buttock pain >= 5 at screening", "1"],
                ["I4", ">= 3 of 5 positive SIJ provocation tests", "1"],
                ["I5", "Diagnostic SIJ block with >= 50% relief", "9  (pending - scheduled 18-Nov-2025)"],
                ["I6", "ODI >= 30%", "1"]]),
            ("t", [10, 70, 20], ["Item", "Exclusion criterion", "Code"], [
                ["E1", "Known spondyloarthropathy (AS, PsA, RA)", "2"],
                ["E2", "Lumbar radiculopathy, current", "2"],
                ["E3", "Pelvic/sacral fracture, tumor or infection", "2"],
                ["E4", "Widespread pain / fibromyalgia (ACR 2016)", "2"],
                ["E5", "Pregnancy or planning pregnancy", "2"]]),
            ("p", "Investigator attestation: subject meets all inclusion and no exclusion criteria. Eligibility confirmed by PI."),
            ("stamp", "SDV COMPLETE  18-NOV-2025  CRA: L. Mbeki\nSource: clinic note 04-Nov-2025")],
           [("title", "CRF 05 - PATIENT-REPORTED OUTCOMES: NRS and ODI"),
            ("p", "NRS = worst SIJ-region pain past 24 h (0-10). ODI v2.1a, % score. Dates DD-MMM-YYYY."),
            ("t", [22, 20, 16, 16, 26], ["Visit", "Date", "NRS", "ODI %", "Completed by"], [
                ["Screening (V1)", "04-Nov-2025", "7", "46", "Subject / CRC AT"],
                ["Baseline (V2)", "02-Dec-2025", "7", "44", "Subject / CRC AT"],
                ["Month 3 (V3)", "not yet due", "-", "-", "window 02-Mar to 16-Mar-2026"]]),
            ("p", "Historical score carried from referral packet (not a study visit): NRS was 8/10 in 10/2024."),
            ("title", "CRF 07 - CONCOMITANT MEDICATIONS LOG"),
            ("t", [26, 16, 14, 16, 14, 14], ["Medication", "Dose", "Route/Freq", "Indication", "Start", "Stop"], [
                ["Meloxicam", "15 mg", "PO daily", "SIJ pain", "15-Jan-2025", "ongoing"],
                ["Acetaminophen", "500 mg", "PO PRN", "SIJ pain", "UNK-2024", "ongoing"],
                ["Levothyroxine", "75 mcg", "PO daily", "hypothyroid", "2016", "ongoing"],
                ["Lisinopril", "10 mg", "PO daily", "HTN", "2019", "ongoing"],
                ["Cyclobenzaprine", "5 mg", "PO qHS", "muscle spasm", "03-Mar-2025", "30-Apr-2025"]]),
            ("stamp", "SDV COMPLETE  02-DEC-2025  CRA: L. Mbeki\nConmeds verified vs pharmacy fill hx")]]
    parts.append(("text", render_doc(crf, hdr_reg, "Subject 014-0271  CRF extract")))
    # fax: AE log + protocol deviation (standard 204x98)
    fax1 = ["**SALIENT-SI REGISTRY   CRF 09 - ADVERSE EVENT LOG",
            "Site 014   Subject 014-0271   Initials D-R-W",
            "Severity 1=Mild 2=Mod 3=Severe; Related 1=Yes 2=No 9=Unk",
            "",
            "AE# Term                  Onset       Sev Rel Outcome",
            "--- --------------------- ----------- --- --- ---------------",
            "01  Vasovagal episode     18-Nov-2025  1   1  Resolved same day",
            "02  Injection site ache   20-Jan-2026  1   1  Resolved 22-Jan",
            "03  Upper resp infection  05-Jan-2026  1   2  Resolved 12-Jan",
            "",
            "No SAEs reported to date.  PI initials: MO  Date: 02-Feb-2026",
            "",
            "**CRF 11 - PROTOCOL DEVIATION NOTE",
            "Deviation #: PD-014-0271-01     Date identified: 21-Jan-2026",
            "Category: Procedure not per protocol (minor)",
            "Description: Protocol sec 6.4 requires the 2nd diagnostic",
            "block to use lidocaine 2%. Injectionist used bupivacaine",
            "0.5% + dexamethasone on 20-Jan-2026. Pain-response form",
            "completed at 30 min, 2 h, 4 h and 6 h per site SOP.",
            "Impact on subject safety: none. Reported to IRB: No (minor).",
            "Corrective action: injectionist re-trained on sec 6.4.",
            "",
            "CRC: A. Trinh   PI: M. Oyelaran MD   02-Feb-2026",
            "",
            "[SDV COMPLETE  03-FEB-2026  CRA L.M.]"]
    b1 = "FROM: HRU Spine Research (336)555-0188  TO: CSNC UM Intake  02/16/2026 15:07  P. 7/12"
    parts.append(("fax", fax_page(fax1, b1, "standard", 101, 0.8), fax1, "204x98"))
    # PT discharge + chiro log (text)
    pt_pages = [[("title", "HRU REHABILITATION SERVICES - PHYSICAL THERAPY DISCHARGE SUMMARY"),
                 ("p", "Patient: Darlene Whitcomb   DOB 06/03/1971   Referring: M. Oyelaran MD   Therapist: Renata Pazos, PT, DPT"),
                 ("p", "Dx: R SI joint dysfunction (M53.3). Episode: initial eval 03/04/2025, discharge 05/27/2025. "
                       "Visits attended: 14 of 16 scheduled (2 cx for illness)."),
                 ("p", "Interventions: lumbopelvic stabilization, glute med/max strengthening, SIJ belt trial, manual "
                       "therapy (MET for innominate), core progression, aquatic x3. Pt reports partial benefit only, "
                       "pain 6-7/10 at d/c (was 8/10 at eval)."),
                 ("p", "Discharge plan: independent HEP (handout issued 05/27/2025, 8 exercises, daily). Recommend "
                       "follow-up with referring MD. Prior PT episode 2022 for L knee patellofemoral pain - not related."),
                 ("p", "Renata Pazos, PT, DPT   05/27/2025"),
                 ("title", "GILLESPIE CHIROPRACTIC - VISIT LOG"),
                 ("p", "Patient: Whitcomb, Darlene   Complaint: R SI / buttock   Plan: 2x/wk x 6 wk then 1x/wk"),
                 ("t", [28, 10, 62], ["Date range", "Visits", "Treatment"], [
                     ["06/09/2025-07/18/2025", "11", "SIJ mobilization, activator, core rehab exercises"],
                     ["07/25/2025-10/14/2025", "7", "Rehab exercises, stretching, soft tissue"],
                     ["10/14/2025", "final", "Released - plateau, pain 6/10, ref back to ortho"]]),
                 ("p", "Dr. Owen Gillespie, DC   10/14/2025")]]
    parts.append(("text", render_doc(pt_pages, None, foot)))
    # fax: injection #1 (standard)
    fax2 = ["**PIEDMONT INTERVENTIONAL PAIN ASSOC. - PROCEDURE NOTE",
            "Patient: WHITCOMB, DARLENE R   DOB 06/03/1971",
            "DOS: 11/18/2025   Physician: Priya Venkataraman, MD",
            "",
            "Procedure: RIGHT sacroiliac joint injection, intra-",
            "articular, under fluoroscopic guidance.",
            "Pre-procedure pain: 7/10 (R SIJ/buttock).",
            "Technique: prone, sterile prep. 22g spinal needle advanced",
            "into inferior R SIJ under fluoroscopy. Omnipaque 180,",
            "0.5 mL, confirmed intra-articular spread, no vascular",
            "uptake. Injected 1.5 mL lidocaine 2% + 40 mg triamcinolone.",
            "Complications: brief vasovagal, resolved with fluids.",
            "",
            "Post-procedure pain diary (pt-completed):",
            "  Time     Pain   % relief",
            "  30 min   1/10   86%",
            "  1 hr     1/10   86%",
            "  2 hr     2/10   71%",
            "  4 hr     4/10   43%",
            "Assessment: positive diagnostic response (>80% x 2h).",
            "F/u 2 wk: steroid benefit lasted ~3 wks, pain back to 7.",
            "",
            "P. Venkataraman MD  (e-signed 11/18/2025 14:10)"]
    b2 = "FROM: Piedmont Interv Pain 336-555-0172  TO: HRU Spine Ctr  12/03/2025 09:41  P. 1/2"
    parts.append(("fax", fax_page(fax2, b2, "standard", 102, -0.6), fax2, "204x98"))
    # injection #2 + pain response form (text)
    inj2 = [[("title", "PIEDMONT INTERVENTIONAL PAIN ASSOCIATES - PROCEDURE NOTE"),
             ("p", "Patient: Whitcomb, Darlene R   DOB 06/03/1971   DOS: 01/20/2026   Physician: Priya Venkataraman, MD"),
             ("p", "Procedure: Right SI joint intra-articular injection #2 (diagnostic/therapeutic), fluoroscopically guided."),
             ("p", "Indication: R SIJ pain; registry 2nd confirmatory block. Pre-procedure NRS 8/10 today."),
             ("p", "Description: Prone. Chlorhexidine prep. AP and contralateral oblique views obtained; 25g 3.5in needle "
                   "placed into the inferior third of the R SIJ. Isovue-M 200, 0.4 mL, outlined the joint with "
                   "capsular spread, no intravascular pattern. Injected 2.0 mL bupivacaine 0.5% with 10 mg "
                   "dexamethasone. EBL nil. Tolerated well; mild injection-site ache."),
             ("p", "Disposition: home with pain-response form; instructed to record pain at fixed times and to do usual "
                   "provocative activities."),
             ("p", "Priya Venkataraman, MD   01/20/2026 11:52"),
             ("title", "POST-BLOCK PAIN RESPONSE FORM  (registry form PRF-2)"),
             ("p", "Baseline (pre-injection) NRS: 8   Local anesthetic: bupivacaine 0.5%"),
             ("t", [20, 20, 20, 40], ["Time after block", "NRS", "% relief", "Activity tried"], [
                 ["30 min", "4", "50%", "sit-to-stand x5"],
                 ["2 hours", "5", "38%", "walked 10 min, stairs"],
                 ["4 hours", "7", "13%", "rolling in bed"],
                 ["6 hours", "8", "0%", "-"]]),
             ("p", "Reviewer comment (CRC): relief 50% at 30 min only; did not hold 50% through 2 h. "
                   "Per protocol a concordant block requires >=50% for >=3 h with bupivacaine."),
             ("stamp", "SDV COMPLETE  03-FEB-2026  CRA: L. Mbeki\nPRF-2 original reviewed")]]
    parts.append(("text", render_doc(inj2, None, foot)))
    # imaging (text)
    img = [[("title", "HAW RIVER UNIVERSITY HEALTH - DEPARTMENT OF RADIOLOGY"),
            ("p", "Patient: WHITCOMB, DARLENE R   MRN HR-00583317   DOB 06/03/1971"),
            ("h", "EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST    DATE: 07/22/2025"),
            ("p", "FINDINGS: Normal alignment. Vertebral body heights preserved. L3-4: no significant abnormality. "
                  "L4-5: mild disc bulge without neural foraminal narrowing or nerve root impingement. No central canal "
                  "stenosis. L5-S1: mild facet arthropathy; foramina patent. Conus terminates at L1."),
            ("p", "IMPRESSION: Mild L4-5 disc bulge and L5-S1 facet arthropathy. No neural compression. "
                  "Read by: Hannah Csordas, MD"),
            ("h", "EXAM: XR PELVIS AP AND SACROILIAC JOINTS (3 VIEWS)    DATE: 09/08/2025"),
            ("p", "FINDINGS: SI joints: mild subchondral sclerosis of the right iliac side; joint spaces preserved. "
                  "No erosion or ankylosis. No fracture. Pubic symphysis normal."),
            ("p", "IMPRESSION: Mild degenerative change of the right SI joint. No erosive sacroiliitis. Read by: Tomas Ferreira, MD"),
            ("h", "EXAM: CT PELVIS WITHOUT CONTRAST (SIJ PROTOCOL)    DATE: 10/06/2025"),
            ("p", "FINDINGS: Small anterior osteophytes of the right SI joint with subchondral sclerosis. No erosions, "
                  "no destructive or lytic lesion, no fracture. Soft tissues unremarkable."),
            ("p", "IMPRESSION: Mild right SIJ osteoarthrosis. No destructive lesion or inflammatory arthropathy. "
                  "Read by: Tomas Ferreira, MD")],
           [("title", "HAW RIVER UNIVERSITY HEALTH - DEPARTMENT OF RADIOLOGY"),
            ("h", "EXAM: XR RIGHT HIP 2 VIEWS AND XR LEFT HIP 2 VIEWS    DATE: 09/08/2025"),
            ("p", "CLINICAL: R buttock pain, r/o hip source."),
            ("p", "FINDINGS: RIGHT hip: mild superolateral joint space narrowing, small marginal osteophyte. "
                  "Femoral head contour normal. LEFT hip: moderate joint space narrowing with subchondral sclerosis "
                  "and osteophytes."),
            ("p", "IMPRESSION: 1. Right hip: mild osteoarthritis. 2. Left hip: moderate osteoarthritis. "
                  "Read by: Tomas Ferreira, MD"),
            ("p", "Electronically signed 09/08/2025 16:20")]]
    parts.append(("text", render_doc(img, None, foot)))
    path = os.path.join(OUT, pid + ".pdf")
    kinds = assemble(parts, path)
    labels = {
        "procedure": "percutaneous", "request_date": "2026-02-16",
        "criteria": {
            "perc.pain_location": ("met", ["non-radiating pain over the right posterior SIJ",
                                           "Denies leg numbness/tingling"]),
            "perc.pain_severity": ("met", ["Today right SI pain rated 6/10"]),
            "perc.sij_tenderness": ("met", ["Tender to palpation over the right SI joint sulcus",
                                            "Greater trochanter non-tender bilaterally"]),
            "perc.active_conservative_therapy": ("met", ["initial eval 03/04/2025, discharge 05/27/2025",
                                                         "06/09/2025-07/18/2025 11 SIJ mobilization, activator", "Released - plateau, pain 6/10"]),
            "perc.inactive_conservative_therapy": ("met", ["Meloxicam 15 mg PO daily SIJ pain 15-Jan-2025 ongoing"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) POS"]),
            "perc.two_provocative_tests": ("met", ["Gaenslen's (R leg hanging) POS", "FABER / Patrick's POS"]),
            "perc.diagnostic_injections": ("not_met", ["2 hours 5 38%", "relief 50% at 30 min only"]),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"]),
            "perc.sij_imaging": ("met", ["No erosive sacroiliitis",
                                         "No destructive lesion or inflammatory arthropathy"]),
            "perc.hip_imaging": ("met", ["Right hip: mild osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["without neural foraminal narrowing or nerve root impingement",
                                            "No neural compression"]),
            "perc.therapeutic_injections": ("met", ["steroid benefit lasted ~3 wks, pain back to 7",
                                                    "returned to 6/10 within 2 weeks after it"]),
            "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 negative (08/2025)"]),
            "perc.excl.infection_tumor_fracture": ("met", ["no destructive or lytic lesion, no fracture"]),
            "perc.excl.acute_instability": ("met", ["No hx of trauma or fall"]),
            "perc.excl.neural_compression": ("met", ["No neural compression"]),
        }}
    return pid, [path], {os.path.basename(path): kinds}, labels, path


# ================================================================ PACKET 02
def packet02():
    pid = "b9c-02"
    d = os.path.join(OUT, pid)
    os.makedirs(d, exist_ok=True)
    foot = "ENGSTROM, TOBIAS K  DOB 11/19/1966  MRN CF-2210457"
    hdr_clin = ["CAPE FEAR ACADEMIC SPINE INSTITUTE", "Division of Spine Surgery  |  1400 Medical Park Dr, Wilmington NC 28401",
                "Tel 910-555-0134   Fax 910-555-0135"]
    hdr_reg = ["CFASI Spine Outcomes Research Unit - SIJ-STAB Registry (IRB #CF-24-0619)",
               "Subject No. 0093   Site 02   Form set v2.0   1=Yes 2=No 9=Unknown/Not done"]
    files = {}
    # 01 request + letter
    req = [[("title", "CareSource NC - Prior Authorization Request (Outpatient Procedure)"),
            ("t", [35, 65], ["Field", "Value"], [
                ["Member", "Tobias K. Engstrom"], ["Member #", "CSN-8820331706"], ["DOB", "11/19/1966"],
                ["Date of request", "03/09/2026"], ["Ordering MD", "Gwendolyn Achterberg, MD - Spine Surgery"],
                ["Service", "Left SI joint fusion - minimally invasive/percutaneous"],
                ["CPT / HCPCS", "27279"], ["Dx", "M53.2X8 / M53.3 - L SI joint pain"],
                ["Site of service", "CFASI Outpatient Surgery"], ["Urgency", "Standard"]]),
            ("p", "Attachments: clinic notes, registry forms, therapy records, SIJ block note, imaging. "
                  "Contact: Lorna Batts, PA coordinator, ext 4471."),
            ("title", "LETTER OF MEDICAL NECESSITY"),
            ("p", "To whom it may concern: Mr. Engstrom is a 59-year-old man with left sacroiliac joint pain that has "
                  "failed over a year of conservative management including formal physical therapy, a supervised home "
                  "program and daily naproxen. He had an excellent response to a fluoroscopically guided left SIJ "
                  "block and has positive provocative testing. Lumbar MRI from an outside facility was reviewed and I "
                  "do not feel the lumbar spine is the pain generator. A second confirmatory block is scheduled. "
                  "I am requesting authorization for left percutaneous SI joint fusion."),
            ("p", "Sincerely, Gwendolyn Achterberg, MD   03/09/2026")]]
    f1 = os.path.join(d, "01_request_and_LMN.pdf")
    files["01_request_and_LMN.pdf"] = assemble([("text", render_doc(req, hdr_clin, foot))], f1)
    # 02 clinic notes
    notes = [[("title", "Spine Surgery Clinic Note"),
              ("p", "Date of service: 02/24/2026   Attending: Gwendolyn Achterberg, MD   Visit type: return, registry Month 3"),
              ("p", "SUBJECTIVE: Mr Engstrom returns. L-sided low back pain localized to L buttock / over L PSIS, "
                    "well below L5. Pain does not radiate - no thigh, leg or foot sx. He had the L SIJ block on "
                    "01/13/26; great relief for the afternoon, but that has worn off and SIJ pain back to 6/10 today. "
                    "Never had a 2nd block - first slot was cancelled by the pain clinic (injectionist out), "
                    "rescheduled 03/17/2026."),
              ("p", "Has a TENS unit at home 'sometimes'. Naproxen 500 mg BID daily since 04/2025, helps a little. "
                    "Finished his HEP in Oct (see 10/27 note)."),
              ("p", "ROS: neg for fevers, wt loss, night sweats, bowel/bladder change. No morning stiffness. Denies any fall or trauma."),
              ("p", "OBJECTIVE: BMI 31. Walks w/o device. Point tenderness at L SIJ just inferior-medial to PSIS; "
                    "no tenderness over lumbar spinous processes, paraspinals, greater trochanters or coccyx."),
              ("mono", "  SIJ tests (L)        result\n"
                       "  Thigh thrust         not done - pt unable to tolerate supine hip flexion\n"
                       "  Compression          + (reproduces L buttock pain)\n"
                       "  Distraction (gapping)  + L\n"
                       "  FABER/Patrick          + L\n"
                       "  Gaenslen             -\n"
                       "  Waddell              1/5 (overreaction only), not felt to drive presentation"),
              ("p", "Neuro: 5/5 strength BLE, reflexes symmetric, SLR neg."),
              ("p", "IMAGING: SIJ radiographs and MRI SI joints 12/2025 - no sacroiliitis. L-spine MRI done 03/2025 at "
                    "Wrightsville Imaging - outside images reviewed on disc; formal report requested, not yet received. "
                    "Hip films ordered today (L hip AP/lat), not yet done."),
              ("p", "A/P: L SIJ dysfunction. Will submit for L percutaneous SIJ fusion; obtain 2nd diagnostic block "
                    "03/17, L hip XR, outside lumbar MRI report. Continue naproxen."),
              ("p", "G. Achterberg MD  (signed 02/24/2026 18:03)")],
             [("title", "Spine Surgery Clinic Note - HEP follow-up"),
              ("p", "Date of service: 10/27/2025   Provider: Dana Whitfield, PA-C (supervising: G. Achterberg MD)"),
              ("p", "Here for f/u of physician-directed home exercise program prescribed 08/11/2025 at PT discharge "
                    "(written Rx: bridging, bird-dog, side-plank progression, hip abductor band series, 1x daily x 6 wk). "
                    "Pt completed the 6-week HEP and continued 3-4x/wk since. Exercise log reviewed - adherent. "
                    "Unfortunately L buttock pain persists at 6-7/10 with sitting >30 min and getting out of car."),
              ("p", "Exam: L SIJ tender. No new neuro deficits."),
              ("p", "Plan: refer for fluoroscopic L SIJ diagnostic block; continue naproxen; registry Baseline visit to be booked."),
              ("p", "D. Whitfield PA-C   10/27/2025")]]
    f2 = os.path.join(d, "02_clinic_notes.pdf")
    files["02_clinic_notes.pdf"] = assemble([("text", render_doc(notes, hdr_clin, foot))], f2)
    # 03 registry CRFs (text) + faxed PT discharge (fine)
    crf = [[("title", "FORM E - ELIGIBILITY (Screening)"),
            ("p", "Screening visit: 11/10/2025 (window: within 45 d before Baseline)"),
            ("t", [10, 72, 18], ["#", "Criterion", "Code"], [
                ["IN-1", "Age 22-75", "1"], ["IN-2", "Unilateral SIJ pain >= 6 mo", "1"],
                ["IN-3", "Positive diagnostic SIJ block(s) (>= 50%)", "9"],
                ["IN-4", "Lumbar MRI/CT within 12 mo available, no compression", "9"],
                ["EX-1", "Inflammatory spondyloarthropathy", "2"],
                ["EX-2", "Fibromyalgia / widespread pain", "2"],
                ["EX-3", "Prior lumbar fusion", "2"]]),
            ("p", "Note: IN-3 and IN-4 pending source documents. Subject may not be treated until resolved."),
            ("title", "FORM P - PAIN / FUNCTION SCORES"),
            ("t", [25, 20, 15, 15, 25], ["Visit (window)", "Date", "NRS L SIJ", "ODI %", "Note"], [
                ["Screening", "11/10/2025", "7", "42", ""],
                ["Baseline (+/-7d)", "12/08/2025", "7", "40", "pre-block"],
                ["Block day +1h", "01/13/2026", "2", "-", "post-injection"],
                ["Month 3 (+/-14d)", "02/24/2026", "6", "41", "relief worn off"]]),
            ("stamp", "SDV 03/02/2026  CRA: R. Quintanilla\nForms E, P vs source - 2 queries open")],
           [("title", "FORM D - PROTOCOL DEVIATION / NOTE TO FILE"),
            ("p", "Subject 0093. Date: 03/02/2026. Category: eligibility documentation."),
            ("p", "Eligibility item IN-4 cannot be verified: lumbar MRI report (Wrightsville Imaging, 03/2025) not in "
                  "source file. Images viewed by PI only. Query Q-0093-04 opened. Also IN-3: second confirmatory block "
                  "not yet performed (cancelled 02/03/2026 by pain clinic; rebooked 03/17/2026)."),
            ("p", "Action: CRC to obtain outside report; subject remains in screening status."),
            ("p", "CRC: Imani Okafor   PI: G. Achterberg MD"),
            ("title", "FORM M - CONCOMITANT MEDICATION LOG"),
            ("t", [25, 15, 15, 20, 12, 13], ["Drug", "Dose", "Freq", "Reason", "Start", "Stop"], [
                ["Naproxen", "500 mg", "BID", "L SIJ pain", "04/02/2025", "cont"],
                ["Omeprazole", "20 mg", "daily", "GI ppx", "04/02/2025", "cont"],
                ["Metformin", "1000 mg", "BID", "T2DM", "2021", "cont"],
                ["Atorvastatin", "20 mg", "qHS", "HLD", "2020", "cont"],
                ["Gabapentin", "300 mg", "TID", "trial for buttock pain", "06/2025", "07/2025 - dizzy"]]),
            ("title", "FORM A - ADVERSE EVENTS"),
            ("t", [10, 35, 15, 10, 10, 20], ["#", "Event", "Onset", "Sev", "Rel", "Outcome"], [
                ["1", "Dizziness (gabapentin)", "07/2025", "1", "2", "resolved, d/c drug"],
                ["2", "Post-block soreness", "01/13/2026", "1", "1", "resolved 01/15/2026"]])]]
    pt_fax = ["**CAPE FEAR REHAB & SPORTS PT        DISCHARGE SUMMARY",
              "Pt: Engstrom, Tobias K     DOB 11-19-1966",
              "Referring: G. Achterberg MD      PT: Shauna Breckenridge DPT",
              "Dx: L SIJ dysfunction M53.3",
              "",
              "Start of care: 03/17/2025     Discharge: 08/11/2025",
              "Visits: 24 (2x/wk x 6 wk, then 1x/wk)",
              "",
              "Tx: SIJ stabilization, glut/core strength, manual",
              "    therapy, SI belt, dry needling x2, gait training.",
              "",
              "Outcome:   eval     d/c",
              "  NRS      8/10     6/10",
              "  ODI      48%      40%",
              "  Goals    1 of 4 met",
              "",
              "Plateaued. D/c to physician-directed HEP, written",
              "exercise Rx issued 08/11/2025, f/u w/ MD after 6 wks.",
              "",
              "Prior PT 2019 for R shoulder (rotator cuff) - n/a.",
              "",
              "S. Breckenridge DPT   08/11/2025"]
    b3 = "FROM: CapeFear Rehab PT 9105550177  TO: CFASI Spine  08/12/2025 10:14AM  P.1/1"
    parts = [("text", render_doc(crf, hdr_reg, "SIJ-STAB Subj 0093")),
             ("fax", fax_page(pt_fax, b3, "fine", 201, 1.1), pt_fax, "204x196")]
    f3 = os.path.join(d, "03_registry_forms_and_PT.pdf")
    files["03_registry_forms_and_PT.pdf"] = assemble(parts, f3)
    # 04 injection + imaging
    inj_fax = ["**CFASI INTERVENTIONAL SPINE - PROCEDURE REPORT",
               "Patient: ENGSTROM, TOBIAS   MRN CF-2210457",
               "Date: 01/13/2026     Proceduralist: Ravi Lindqvist, MD",
               "",
               "PROCEDURE: Left sacroiliac joint injection under",
               "fluoroscopy (diagnostic block #1).",
               "Pre-op NRS: 7/10.",
               "Needle: 22g 3.5in, inferior L SIJ. Contrast: Omnipaque",
               "240, 0.5 mL - intra-articular arthrogram, no venous",
               "runoff. Medication: lidocaine 2% 2 mL ONLY (no steroid,",
               "per registry diagnostic protocol).",
               "",
               "PAIN RESPONSE (pt diary)",
               "  15 min    2/10    71%",
               "  30 min    1/10    86%",
               "  60 min    2/10    71%",
               "  2 hr      3/10    57%",
               "  4 hr      6/10    14%",
               "",
               "Impression: concordant, positive L SIJ block.",
               "Second block to be scheduled on separate day.",
               "",
               "R. Lindqvist MD  01/13/2026"]
    b4 = "FROM: CFASI IntervSpine 910-555-0139  TO: CFASI SpineSurg  01/14/2026 08:02  P. 2/3"
    prior_fax = ["**CFASI INTERVENTIONAL SPINE - PROCEDURE REPORT",
                 "Patient: ENGSTROM, TOBIAS   MRN CF-2210457",
                 "Date: 05/19/2025     Proceduralist: Ravi Lindqvist, MD",
                 "",
                 "PROCEDURE: Bilateral L4-5 and L5-S1 facet joint",
                 "medial branch blocks, fluoroscopic guidance.",
                 "Indication: axial LBP, r/o facet mediated pain.",
                 "Medication: bupivacaine 0.5% 0.5 mL per level.",
                 "Result: 20% relief only - negative MBB.",
                 "Facet-mediated pain felt unlikely.",
                 "",
                 "R. Lindqvist MD  05/19/2025"]
    b5 = "FROM: CFASI IntervSpine 910-555-0139  TO: CFASI SpineSurg  01/14/2026 08:03  P. 3/3"
    imgs = [[("title", "WILMINGTON REGIONAL RADIOLOGY - REPORT"),
             ("p", "Patient: Engstrom, Tobias K   DOB 11/19/1966   Ordering: G. Achterberg MD"),
             ("h", "XR SACROILIAC JOINTS, 3 VIEWS - 12/01/2025"),
             ("p", "Findings: Symmetric SI joint spaces. Mild para-articular sclerosis on the left iliac side. No erosions, "
                   "no ankylosis, no fracture. (Hips not included in field of view.)"),
             ("p", "Impression: Mild left SI joint degenerative change."),
             ("h", "MRI SACROILIAC JOINTS / PELVIS WITHOUT CONTRAST - 12/15/2025"),
             ("p", "Technique: coronal oblique T1, STIR; axial T2 FS."),
             ("p", "Findings: No periarticular bone marrow edema. No erosions, no fat metaplasia or ankylosis. Mild "
                   "anterior capsular osteophytes left SIJ. No marrow-replacing lesion, no fracture, no fluid collection."),
             ("p", "Impression: No MRI evidence of active or structural sacroiliitis. Mild left SIJ osteoarthrosis."),
             ("p", "Radiologist: Celeste Amundsen, MD")]]
    parts = [("fax", fax_page(inj_fax, b4, "fine", 202, -0.9), inj_fax, "204x196"),
             ("fax", fax_page(prior_fax, b5, "fine", 203, 0.5), prior_fax, "204x196"),
             ("text", render_doc(imgs, None, foot))]
    f4 = os.path.join(d, "04_injections_and_imaging.pdf")
    files["04_injections_and_imaging.pdf"] = assemble(parts, f4)
    with open(os.path.join(d, "packet.json"), "w") as fh:
        json.dump({"request_date": "2026-03-09", "procedure_codes": ["27279"],
                   "member_id": "CSN-8820331706", "policy": "MP-MM-1366"}, fh, indent=2)
    labels = {
        "procedure": "percutaneous", "request_date": "2026-03-09",
        "criteria": {
            "perc.pain_location": ("met", ["localized to L buttock / over L PSIS", "Pain does not radiate"]),
            "perc.pain_severity": ("met", ["SIJ pain back to 6/10 today"]),
            "perc.sij_tenderness": ("met", ["Point tenderness at L SIJ just inferior-medial to PSIS",
                                            "no tenderness over lumbar spinous processes"]),
            "perc.active_conservative_therapy": ("met", ["Start of care: 03/17/2025 Discharge: 08/11/2025",
                                                         "Pt completed the 6-week HEP"]),
            "perc.inactive_conservative_therapy": ("met", ["Naproxen 500 mg BID daily since 04/2025",
                                                           "Naproxen 500 mg BID L SIJ pain 04/02/2025 cont"]),
            "perc.thigh_thrust_or_compression": ("met", ["Compression + (reproduces L buttock pain)"]),
            "perc.two_provocative_tests": ("met", ["Distraction (gapping) + L", "FABER/Patrick + L"]),
            "perc.diagnostic_injections": ("insufficient", []),
            "perc.generalized_pain_excluded": ("met", ["not felt to drive presentation"]),
            "perc.sij_imaging": ("met", ["No MRI evidence of active or structural sacroiliitis",
                                         "No erosions, no ankylosis, no fracture"]),
            "perc.hip_imaging": ("insufficient", []),
            "perc.lumbar_imaging": ("insufficient", []),
            "perc.therapeutic_injections": ("insufficient", []),
            "perc.excl.systemic_arthropathy": ("met", ["No MRI evidence of active or structural sacroiliitis"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No marrow-replacing lesion, no fracture"]),
            "perc.excl.acute_instability": ("met", ["Denies any fall or trauma"]),
            "perc.excl.neural_compression": ("met", ["Facet-mediated pain felt unlikely"]),
        }}
    return pid, [f1, f2, f3, f4], files, labels, d


# ================================================================ PACKET 03
def packet03():
    pid = "b9c-03"
    d = os.path.join(OUT, pid)
    os.makedirs(d, exist_ok=True)
    foot = "Ocasio-Ferrer, Maribel  DOB 02/27/1979  MRN BR-7730912"
    hdr_clin = ["BLUE RIDGE UNIVERSITY ORTHOPAEDICS - SPINE & PELVIS SERVICE",
                "88 Laurel Ridge Rd, Asheville NC 28803  |  P 828-555-0150  F 828-555-0151"]
    hdr_reg = ["BRU Spine Research Unit  |  SI-FUSE Long-Term Registry  |  Protocol BRU-SIF-2023-11 v4",
               "Subject ID: SIF-03-0142   Coding key: 1=Yes 2=No 9=Unknown   Dates DD/MMM/YYYY"]
    files = {}
    req = [[("title", "PRIOR AUTHORIZATION REQUEST FORM - SURGICAL SERVICES"),
            ("t", [35, 65], ["Field", "Entry"], [
                ["Health plan", "CareSource North Carolina (Marketplace)"],
                ["Member name / ID", "Maribel Ocasio-Ferrer / CSN-5517094488"],
                ["Date of request", "01/20/2026"],
                ["Requesting surgeon", "Elias Thornbury, MD, Orthopaedic Spine"],
                ["Procedure requested", "Revision RIGHT sacroiliac joint arthrodesis, OPEN, with posterior approach, "
                                        "implant removal, decortication and autograft"],
                ["CPT code(s)", "27280; 20680 (removal of deep implant)"],
                ["Diagnosis", "T84.39XA mech. complication of internal fixation; M96.0 pseudarthrosis after fusion"],
                ["Facility / LOS", "BRU Medical Center, inpatient, est. 2 days"],
                ["Anticipated DOS", "02/26/2026"]]),
            ("p", "Clinical rationale: symptomatic nonunion with implant loosening 20 months after percutaneous R SIJ "
                  "fusion (05/14/2024). Open revision required - see CT 12/08/2025 and clinic note."),
            ("p", "Requesting provider signature: E. Thornbury MD     Date: 01/20/2026")]]
    f1 = os.path.join(d, "01_PA_request.pdf")
    files["01_PA_request.pdf"] = assemble([("text", render_doc(req, hdr_clin, foot))], f1)
    note = [[("title", "CLINIC NOTE - Spine & Pelvis Service"),
             ("p", "Date: 01/13/2026   Surgeon: Elias Thornbury, MD   Fellow: J. Kaminski, MD"),
             ("p", "HISTORY: 46F s/p R percutaneous SIJ fusion with 3 triangular titanium implants 05/14/2024 (outside "
                   "surgeon, Dr. Halvorsen, since retired) for R SIJ dysfunction. Good relief for ~6 months, then "
                   "gradual return of R buttock pain, now 8/10, worse than before surgery. Enrolled in the SI-FUSE "
                   "registry at our site 03/2025. No new trauma. Denies fevers/chills. ESR/CRP normal 12/2025."),
             ("p", "Previously had R L5 radicular pain in 2021 which resolved after a TFESI; no leg symptoms now."),
             ("p", "EXAM: TTP R SIJ and over lateral implant heads. Thigh thrust +R. Neuro intact, SLR neg."),
             ("p", "IMAGING: CT pelvis 12/08/2025 (personally reviewed): circumferential lucency about all three "
                   "implants, no bridging bone across the R SIJ. Compared with CT 04/2025 the lucency has progressed. "
                   "MRI L-spine 09/2025: no canal or foraminal stenosis, no root compression."),
             ("p", "ASSESSMENT: Failed prior percutaneous R SIJ fusion - symptomatic pseudarthrosis with implant "
                   "loosening. Not a candidate for repeat percutaneous approach given bone loss around implants."),
             ("p", "PLAN: Open revision R SIJ arthrodesis (27280) w/ implant removal, iliac crest autograft, "
                   "supplemental fixation. Will submit PA. Infection workup negative; will send intra-op cultures."),
             ("p", "E. Thornbury MD   signed 01/13/2026")]]
    f2 = os.path.join(d, "02_clinic_note.pdf")
    files["02_clinic_note.pdf"] = assemble([("text", render_doc(note, hdr_clin, foot))], f2)
    ct_fax = ["**BLUE RIDGE UNIV MEDICAL CENTER - IMAGING SERVICES",
              "Patient: OCASIO-FERRER, MARIBEL    MRN BR-7730912",
              "DOB: 02/27/1979    Acc#: CT25-1208-0447",
              "",
              "EXAM: CT PELVIS W/O CONTRAST, SIJ RECONS",
              "DATE OF EXAM: 12/08/2025",
              "HISTORY: s/p R SIJ fusion 2024, recurrent R buttock pain",
              "COMPARISON: CT pelvis 04/22/2025",
              "",
              "FINDINGS:",
              "Three transiliac implants across the right SIJ.",
              "Circumferential lucency of 2-3 mm surrounding all three",
              "implants, progressed from 1 mm on prior. No bridging",
              "trabecular bone across the right SIJ. Cranial implant",
              "tip abuts the S1 foramen margin without breach.",
              "No fracture. No osseous destruction. No fluid",
              "collection. Left SIJ: mild degenerative sclerosis.",
              "",
              "IMPRESSION:",
              "1. Nonunion of right SIJ fusion with periprosthetic",
              "   lucency/loosening of all three implants.",
              "2. No fracture or destructive process.",
              "",
              "Dictated: Naveen Sharma-Collins, MD  12/08/2025 15:31"]
    b6 = "FROM: BRUMC Imaging 828-555-0166  TO: BRU Ortho Spine  01/15/2026 11:26  P. 1/1"
    crf = [[("title", "CRF F3 - FOLLOW-UP VISIT (Month 18 post index)"),
            ("p", "Visit date: 18/NOV/2025   Window: Day 540 +/- 30   Status: in window"),
            ("t", [50, 50], ["Field", "Entry"], [
                ["Index procedure (registry qualifying)", "27279 percutaneous R SIJ fusion, 14/MAY/2024"],
                ["Implant system", "triangular Ti, 3 implants"],
                ["NRS R buttock (0-10)", "8"], ["ODI %", "54"],
                ["Revision surgery planned? ", "1"],
                ["Radiographic fusion on imaging", "2"],
                ["New neurologic deficit", "2"]]),
            ("stamp", "SDV COMPLETE 02/DEC/2025  Monitor: P. Aldana\nsrc: clinic note + XR"),
            ("title", "CRF AE - ADVERSE EVENT LOG"),
            ("t", [8, 32, 16, 10, 10, 24], ["#", "Event", "Onset", "Sev", "Rel device", "Outcome"], [
                ["1", "Wound drainage, superficial", "20/MAY/2024", "1", "1", "resolved"],
                ["2", "Recurrent R SIJ pain", "NOV/2024", "2", "9", "ongoing"],
                ["3", "Implant loosening / nonunion (CT)", "08/DEC/2025", "2", "1", "ongoing - revision planned"]]),
            ("p", "AE #3 reported to sponsor as device-related, non-serious. No infection (cultures N/A; CRP 3 mg/L)."),
            ("title", "PROTOCOL DEVIATION"),
            ("p", "PD-03-0142-02: Month 12 CT obtained 04/22/2025, outside window (Day 343, window 365 +/- 14). "
                  "Minor. No impact on data integrity. CRC: Sienna Oduya"),
            ("title", "CON-MED LOG (abbrev.)"),
            ("t", [35, 20, 20, 25], ["Drug", "Dose", "Start", "Stop"], [
                ["Celecoxib", "200 mg daily", "01/FEB/2025", "ongoing"],
                ["Tramadol", "50 mg q6h PRN", "10/OCT/2025", "ongoing"],
                ["Sertraline", "50 mg daily", "2022", "ongoing"]])]]
    mri = [[("title", "BLUE RIDGE UNIV MEDICAL CENTER - IMAGING SERVICES"),
            ("p", "Patient: Ocasio-Ferrer, Maribel   MRN BR-7730912"),
            ("h", "MRI LUMBAR SPINE WITHOUT CONTRAST - 09/30/2025"),
            ("p", "Findings: Five lumbar-type vertebrae. Mild L4-5 and L5-S1 disc desiccation. L5-S1 small central "
                  "protrusion without contact of the traversing S1 roots. Neural foramina patent at all levels. "
                  "No spinal canal stenosis."),
            ("p", "Impression: Mild degenerative disc disease. No nerve root compression or significant stenosis."),
            ("p", "Radiologist: Naveen Sharma-Collins, MD"),
            ("h", "CT PELVIS - 04/22/2025 (registry Month 12)"),
            ("p", "Findings: Three right SIJ implants with 1 mm lucency about the cranial implant. Incomplete bridging. "
                  "No fracture."),
            ("p", "Impression: Incomplete fusion R SIJ; early lucency. Radiologist: Ama Boateng, MD")]]
    parts = [("fax", fax_page(ct_fax, b6, "fine", 301, 0.4), ct_fax, "204x196"),
             ("text", render_doc(mri, None, foot)),
             ("text", render_doc(crf, hdr_reg, "SI-FUSE Subject SIF-03-0142"))]
    f3 = os.path.join(d, "03_imaging_and_registry.pdf")
    files["03_imaging_and_registry.pdf"] = assemble(parts, f3)
    labels = {
        "procedure": "open", "request_date": "2026-01-20",
        "criteria": {
            "open.indication": ("met", ["Failed prior percutaneous R SIJ fusion",
                                        "symptomatic pseudarthrosis with implant loosening"]),
            "open.recent_imaging": ("met", ["Nonunion of right SIJ fusion with periprosthetic",
                                            "No bridging trabecular bone across the right SIJ"]),
            "open.excl.neural_compression": ("met", ["No nerve root compression or significant stenosis"]),
        }}
    return pid, [f1, f2, f3], files, labels, d


# ================================================================ checks
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def determination(statuses):
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    return "insufficient_documentation"


def main():
    random.seed(9)
    for p in ["b9c-01.pdf", "b9c-01.labels.json", "b9c-02", "b9c-03"]:
        q = os.path.join(OUT, p)
        if os.path.isdir(q):
            shutil.rmtree(q)
        elif os.path.exists(q):
            os.remove(q)
    expected = {"b9c-01": ("does_not_meet_criteria", "percutaneous"),
                "b9c-02": ("insufficient_documentation", "percutaneous"),
                "b9c-03": ("meets_criteria", "open")}
    ok = True
    summary = []
    for fn in (packet01, packet02, packet03):
        pid, pdfs, kinds_by_file, labels, loc = fn()
        crit_ids = PERC if labels["procedure"] == "percutaneous" else OPEN
        crits = labels["criteria"]
        assert list(crits) == crit_ids, f"{pid}: criteria set mismatch"
        det = determination([v[0] for v in crits.values()])
        lab = {"procedure": labels["procedure"], "request_date": labels["request_date"], "determination": det,
               "criteria": {k: {"status": v[0], "evidence": v[1]} for k, v in crits.items()}}
        lpath = os.path.join(OUT, pid + ".labels.json") if os.path.isfile(loc) else os.path.join(loc, "labels.json")
        with open(lpath, "w") as fh:
            json.dump(lab, fh, indent=2)
        # read back all page text
        texts, npages, fax_info = [], 0, []
        for pdf in sorted(pdfs):
            kinds = kinds_by_file[os.path.basename(pdf)]
            with pdfplumber.open(pdf) as P:
                for i, page in enumerate(P.pages):
                    npages += 1
                    k = kinds[i]
                    t = page.extract_text() or ""
                    w_in, h_in = float(page.width) / 72, float(page.height) / 72
                    if abs(w_in - 8.5) > 0.01 or abs(h_in - 11) > 0.01:
                        print(f"FAIL {pid}: page {npages} not US Letter"); ok = False
                    if k[0] == "fax":
                        if t.strip() or page.chars:
                            print(f"FAIL {pid}: fax page {npages} has a text layer"); ok = False
                        im = page.images[0]
                        texts.append(k[1])
                        fax_info.append(f"p{npages}@{k[2]}")
                    else:
                        if not t.strip():
                            print(f"FAIL {pid}: text page {npages} empty"); ok = False
                        texts.append(t)
        # fax pages: confirm CCITT G4 and bilevel
        for pdf in pdfs:
            r = PdfReader(pdf)
            for pg in r.pages:
                res = pg.get("/Resources", {})
                xo = res.get("/XObject") if res else None
                if xo:
                    for name in xo:
                        o = xo[name].get_object()
                        flt = o.get("/Filter"); flt = list(flt) if isinstance(flt, list) or hasattr(flt, "__iter__") and not isinstance(flt, str) else [flt]
                        if flt != ["/CCITTFaxDecode"] or o.get("/BitsPerComponent") != 1:
                            print(f"FAIL {pid}: image not G4 bilevel"); ok = False
        if not (4 <= npages <= 20):
            print(f"FAIL {pid}: {npages} pages"); ok = False
        alltext = [norm(t) for t in texts]
        nsnip = 0
        for cid, (st, ev) in crits.items():
            if st in ("met", "not_met") and not (1 <= len(ev) <= 3):
                print(f"FAIL {pid} {cid}: needs 1-3 snippets"); ok = False
            if st == "insufficient" and ev:
                print(f"FAIL {pid} {cid}: insufficient must have no evidence"); ok = False
            for s in ev:
                nsnip += 1
                nw = len(s.split())
                if not (3 <= nw <= 12):
                    print(f"FAIL {pid} {cid}: snippet word count {nw}: {s!r}"); ok = False
                if not any(norm(s) in t for t in alltext):
                    print(f"FAIL {pid} {cid}: snippet not found: {s!r}"); ok = False
        if det != expected[pid][0] or labels["procedure"] != expected[pid][1]:
            print(f"FAIL {pid}: determination {det} / {labels['procedure']}"); ok = False
        summary.append(f"{pid}: {len(pdfs)} PDF(s), {npages} pages, fax {','.join(fax_info)}, "
                       f"{labels['procedure']}, {det}, {nsnip} snippets verified, "
                       f"statuses met={sum(v[0]=='met' for v in crits.values())} "
                       f"not_met={sum(v[0]=='not_met' for v in crits.values())} "
                       f"insufficient={sum(v[0]=='insufficient' for v in crits.values())}")
    for s in summary:
        print(s)
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
