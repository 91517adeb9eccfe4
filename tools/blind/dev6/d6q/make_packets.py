#!/usr/bin/env python3
"""Deterministic generator for blind packets d6q-01..03 (writer Q, dev6) + self-check."""
import io, json, os, random, re, shutil, sys
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf, pdfplumber
from pypdf import PdfReader, PdfWriter

import datetime
FIXED_DT = datetime.datetime(2026, 3, 16, 9, 0, tzinfo=datetime.timezone.utc)
OUT = os.path.dirname(os.path.abspath(__file__))
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONOB = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


# ---------------------------------------------------------------- text pages
class Doc(FPDF):
    def __init__(self, hdr, foot):
        super().__init__(format="letter", unit="pt")
        self.hdr, self.foot = hdr, foot
        self.set_auto_page_break(True, 54)
        self.set_margins(54, 54, 54)
        self.set_creator("MedRecords Export 4.2")
        import datetime as _dt
        self.set_creation_date(_dt.datetime(2026, 3, 16, 9, 0, tzinfo=_dt.timezone.utc))

    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 11, self.hdr[0], new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, self.hdr[1], new_x="LMARGIN", new_y="NEXT")
        self.line(54, self.get_y() + 2, 558, self.get_y() + 2)
        self.ln(8)

    def footer(self):
        self.set_y(-40)
        self.set_font("Helvetica", "I", 7)
        self.cell(0, 9, self.foot + f"   Page {self.page_no()}", align="C")


def render_text_doc(path, hdr, foot, blocks):
    """blocks: list of (kind, payload). kinds: H title, P paragraph, M mono/table lines, BR page break."""
    d = Doc(hdr, foot)
    d.add_page()
    for kind, p in blocks:
        if kind == "BR":
            d.add_page()
        elif kind == "H":
            d.set_font("Helvetica", "B", 12)
            d.multi_cell(0, 15, p, new_x="LMARGIN", new_y="NEXT")
            d.ln(2)
        elif kind == "S":
            d.set_font("Helvetica", "B", 10)
            d.multi_cell(0, 13, p, new_x="LMARGIN", new_y="NEXT")
        elif kind == "P":
            d.set_font("Helvetica", "", 10)
            d.multi_cell(0, 12.5, p, new_x="LMARGIN", new_y="NEXT")
            d.ln(3)
        elif kind == "M":
            d.set_font("Courier", "", 9)
            for ln in p:
                d.cell(0, 11, ln, new_x="LMARGIN", new_y="NEXT")
            d.ln(4)
    d.output(path)


# ---------------------------------------------------------------- fax pages
def wrap(lines, width=80):
    out = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln); continue
        cur = ""
        for w in ln.split(" "):
            if len(cur) + len(w) + 1 > width:
                out.append(cur); cur = "  " + w
            else:
                cur = (cur + " " + w) if cur.strip() else (cur + w)
        out.append(cur)
    return out


def render_fax(path, banner, lines, mode, seed):
    rnd = random.Random(seed)
    W, H = 1734, 2156  # 8.5 x 11 in at 204 x 196
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    size = 30 if mode == "fine" else 34  # ~11 pt fine, ~12.5 pt standard
    f = ImageFont.truetype(MONO, size)
    fb = ImageFont.truetype(MONOB, 24)
    dr.text((60, 22), banner, font=fb, fill=0)
    dr.line((60, 56, W - 60, 56), fill=0, width=2)
    y = 110
    step = int(size * 1.38)
    wl = wrap(lines, 78 if mode == "fine" else 70)
    for ln in wl:
        dr.text((110, y), ln, font=f, fill=0)
        y += step
    assert y < H - 80, (path, y)
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(900):  # specks
        x, yy = rnd.randrange(W - 3), rnd.randrange(H - 3)
        for dx in range(rnd.randint(1, 3)):
            for dy in range(rnd.randint(1, 3)):
                px[x + dx, yy + dy] = 0
    for _ in range(6):  # dropout streaks
        yy = rnd.randrange(120, H - 60)
        for x in range(rnd.randrange(0, W // 2), W):
            if rnd.random() < 0.85:
                px[x, yy] = 255
    if mode == "standard":
        img = img.resize((W, H // 2), Image.LANCZOS)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    bw = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    lay = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)))
    with open(path, "wb") as fh:
        fh.write(img2pdf.convert(buf.getvalue(), layout_fun=lay, creationdate=FIXED_DT, moddate=FIXED_DT))
    return "\n".join([banner] + wl)


# ---------------------------------------------------------------- assembly
class Builder:
    def __init__(self, tmp):
        self.tmp = tmp; self.parts = []; self.n = 0
        os.makedirs(tmp, exist_ok=True)

    def text(self, hdr, foot, blocks):
        self.n += 1
        p = os.path.join(self.tmp, f"part{self.n:02d}.pdf")
        render_text_doc(p, hdr, foot, blocks)
        self.parts.append(("text", p, None))

    def fax(self, banner, lines, mode, seed):
        self.n += 1
        p = os.path.join(self.tmp, f"part{self.n:02d}.pdf")
        txt = render_fax(p, banner, lines, mode, seed)
        self.parts.append(("fax", p, (txt, mode)))

    def write(self, dest):
        w = PdfWriter(); meta = []
        for kind, p, extra in self.parts:
            r = PdfReader(p)
            for pg in r.pages:
                w.add_page(pg)
                meta.append((kind, extra))
        w.add_metadata({"/Producer": "RightFax 16.6 / MedRecords Export"})
        with open(dest, "wb") as fh:
            w.write(fh)
        self.parts = []; self.n = 0
        return meta


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


# ================================================================= packet 01
def packet01(tmp):
    """Single PDF; meets_criteria; percutaneous 27279; request 2026-03-16; fine fax pages."""
    b = Builder(tmp)
    H = ("Piedmont Valley Regional Medical Center - Health Information Management",
         "Pt: HOLLOWAY, DENISE R   MRN: PV00418832   DOB: 04/19/1971   Acct: 7710029341")
    F = "CONFIDENTIAL - contains PHI. Printed 03/16/2026 09:12 by HIM-ROI jtanaka"
    B1 = "FROM: CAROLINA SPINE & PAIN ASSOC 3365550187  TO: CARESOURCE UM 18445550123  03/16/2026 10:41  P. {}/10"
    # p1 fax cover (fine)
    b.fax(B1.format(1), [
        "CAROLINA SPINE & PAIN ASSOCIATES",
        "2210 Hanes Mill Rd, Suite 300, Winston-Salem NC 27105",
        "", "FACSIMILE TRANSMITTAL - PRIOR AUTHORIZATION", "",
        "To:      CareSource NC Marketplace - Utilization Mgmt",
        "Fax:     1-844-555-0123",
        "From:    Tamika Reaves, PA coordinator",
        "Date:    03/16/2026          Pages (incl. cover): 10", "",
        "RE: HOLLOWAY, DENISE R   DOB 04/19/1971   Member ID CSN884120571",
        "Requested: R sacroiliac joint fusion, percutaneous - CPT 27279",
        "Surgeon: Marcus Odell, MD (NPI 1447203398)",
        "Facility: Piedmont Valley Regional ASC   Planned DOS: 04/14/2026", "",
        "Enclosed: ED note, H&P, pain svc + PM&R consults, nursing flowsheet,",
        "discharge summary/med rec, HH PT notes, imaging, injection notes,",
        "follow-up note.", "",
        "CONFIDENTIALITY NOTICE: The documents accompanying this transmission",
        "contain confidential health information that is legally privileged.",
        "If you have received this fax in error please notify the sender",
        "immediately and destroy the documents.",
    ], "fine", 101)
    # p2 ED note
    b.text(H, F, [
        ("H", "EMERGENCY DEPARTMENT PHYSICIAN NOTE"),
        ("M", ["Arrival: 10/14/2025 06:52   Mode: private vehicle   ESI: 3",
               "Attending: Priya Natarajan, MD      Scribe: K. Lutz"]),
        ("S", "CHIEF COMPLAINT"),
        ("P", "R low back/buttock pain x 2 days, worse, unable to walk to bathroom"),
        ("S", "HPI"),
        ("P", "54 yo F w/ known chronic R sacroiliac joint pain (followed by Carolina Spine & Pain, "
              "Dr. Odell) presents with acute flare after lifting her grandson out of a car seat on 10/12. "
              "States pain is R buttock just below the belt line, sharp, worse with sit-to-stand and "
              "rolling in bed. Pain at triage 9/10. No fall, no direct trauma. Denies saddle anesthesia, "
              "bowel/bladder changes, fever, chills, IVDU, hx cancer. Denies numbness or weakness in legs."),
        ("S", "PHYSICAL EXAM"),
        ("P", "Gen: uncomfortable, shifting weight to L hip. Back: no midline spinal tenderness, no step-off. "
              "Focal tenderness over R SIJ. Neuro: strength 5/5 BLE, sensation intact L2-S1, "
              "SLR neg bilat, reflexes 2+ sym. Gait antalgic."),
        ("S", "ED COURSE / MDM"),
        ("P", "Ketorolac 15 mg IV, lidocaine 5% patch. XR pelvis/SI joints ordered, r/o sacral insufficiency fx "
              "- no fracture per prelim read. Still 8/10 after meds and unable to ambulate safely with PT "
              "screen; placed in observation -> admitted to hospitalist for pain control and PT/OT eval."),
        ("P", "Dx: Acute exacerbation of chronic right sacroiliac joint pain. Electronically signed "
              "P. Natarajan MD 10/14/2025 09:40"),
    ])
    # p3 H&P
    b.text(H, F, [
        ("H", "HOSPITALIST HISTORY AND PHYSICAL"),
        ("M", ["Admit date: 10/14/2025   Service: Hospital Medicine   Author: Grant Whitfield, DO"]),
        ("P", "HPI: Pt is a 54 y.o. female w/ hx of HTN, hypothyroidism, chronic R SIJ dysfunction, admitted "
              "for intractable pain after lifting injury 10/12. Per pt, she completed ~5 mo of outpatient PT "
              "at Forsyth Rehab (03/2025 - 09/2025) and does daily HEP. Meloxicam since Feb 2025 + "
              "scheduled Tylenol; uses heating pad nightly. Had L4-5 epidural in 06/2025 which 'did nothing'."),
        ("S", "PMH"),
        ("P", "HTN; hypothyroidism; chronic R SIJ pain; remote L ankle ORIF 2009 (healed); "
              "PT in 2022 for plantar fasciitis - resolved."),
        ("S", "FAMILY HX"),
        ("P", "Father - ankylosing spondylitis. Mother - fibromyalgia, DM2. Sister - breast ca."),
        ("S", "SOCIAL"),
        ("P", "Works as school cafeteria manager. Never smoker. EtOH rare."),
        ("S", "ROS"),
        ("P", "Neg for fever, wt loss, night sweats, rash, uveitis, morning stiffness > 30 min, "
              "bowel/bladder sx. Positive for R buttock pain. 12-pt ROS otherwise neg."),
        ("S", "ASSESSMENT / PLAN"),
        ("P", "1. Acute on chronic R SIJ pain - no red flags. Multimodal analgesia, consult Acute Pain Service and PM&R. "
              "2. HTN - cont lisinopril. 3. Hypothyroid - cont levothyroxine. "
              "No personal hx inflammatory arthritis; HLA-B27 drawn given FHx (resulted NEGATIVE 10/15)."),
    ])
    # p4 pain svc + PM&R consult
    b.text(H, F, [
        ("H", "CONSULT - ACUTE PAIN SERVICE"),
        ("M", ["Date: 10/15/2025 08:15   Consultant: Ines Carvajal, MD (Anesthesiology/Pain)"]),
        ("P", "Reason: poorly controlled R buttock pain. Pt describes pain in the R buttock/posterior pelvis "
              "caudal to L5, pointing to the PSIS (Fortin finger sign +). Pain is non-radiating - does not go "
              "into the thigh or below the knee. NRS at rest 6, with movement 8."),
        ("P", "Rec: cont scheduled APAP 1 g q8h, add gabapentin 100 mg qhs trial, ice/heat alternation, "
              "avoid escalation of opioids. Outpt fluoro SIJ blocks via Dr. Odell after d/c."),
        ("H", "CONSULT - PHYSICAL MEDICINE & REHABILITATION"),
        ("M", ["Date: 10/15/2025 13:30   Consultant: Wendell Abara, MD (PM&R)"]),
        ("P", "Exam: Tender to palpation over R posterior SIJ at PSIS. Greater trochanter nontender bilat. "
              "Lumbar paraspinals nontender, no coccygeal tenderness. Hip ROM full and painless."),
        ("M", ["SIJ provocation (R):",
               "  Thigh thrust (P4) ........ POSITIVE, reproduces buttock pain",
               "  Compression .............. positive",
               "  Distraction .............. negative",
               "  FABER (Patrick) .......... positive R",
               "  Gaenslen ................. positive R (R leg hanging)",
               "  Waddell signs ............ 0/5"]),
        ("P", "Impression: R SIJ mediated pain, 3/5 provocative maneuvers +. No nonorganic findings. "
              "Plan: home health PT after d/c with SIJ stabilization program + written HEP; "
              "follow up at Carolina Spine for image-guided SIJ injections."),
    ])
    # p5 nursing flowsheet
    b.text(H, F, [
        ("H", "NURSING FLOWSHEET - PAIN ASSESSMENT (excerpt)"),
        ("M", ["Unit: 5 West Med-Surg       Scale: NRS 0-10",
               "",
               "Date/Time         Score  Location         Quality   Intervention          Reassess",
               "---------------------------------------------------------------------------------",
               "10/14/25 14:00      8    R buttock        sharp     oxycodone 5mg PO       6 @1500",
               "10/14/25 22:00      7    R buttock        aching    heat pack, reposition  6 @2245",
               "10/15/25 06:00      6    R buttock/SIJ    aching    APAP 1g                5 @0700",
               "10/15/25 18:00      5    R SIJ            aching    lidocaine patch        4 @1900",
               "10/16/25 08:00      4    R SIJ            dull      ambulated w/ PT        4 @0900",
               "",
               "RN: M. Oyelaran RN / D. Keck RN    *scores are inpatient, not baseline*"]),
        ("H", "DISCHARGE SUMMARY"),
        ("M", ["Admit 10/14/2025   Discharge 10/16/2025   Attending: G. Whitfield, DO"]),
        ("P", "Hospital course: admitted w/ acute on chronic R SIJ pain. XR pelvis/SIJ and XR R hip neg for "
              "fracture; CT pelvis performed 10/15 - no fracture, no destructive lesion. Pain improved with "
              "multimodal regimen. Ambulating w/ SBA and cane. D/c home with home health PT 2x/wk."),
        ("S", "MEDICATION RECONCILIATION"),
        ("M", ["Medication             Dose/Route/Freq       Start     Status",
               "meloxicam              15 mg PO daily        02/2025   CONTINUE",
               "acetaminophen          1000 mg PO q8h        03/2025   CONTINUE",
               "lidocaine 4% patch     1 patch 12h on/off    10/2025   NEW",
               "gabapentin             100 mg PO qhs         10/2025   STOPPED - dizzy",
               "oxycodone              5 mg PO q6h prn       10/2025   STOPPED at d/c",
               "lisinopril             10 mg PO daily        2019      CONTINUE",
               "levothyroxine          75 mcg PO daily       2016      CONTINUE"]),
    ])
    # p6 imaging (text) - multiple studies in one report
    b.text(H, F, [
        ("H", "RADIOLOGY REPORT"),
        ("M", ["Exams: XR PELVIS 1V + SI JOINTS 3V; XR HIP RIGHT 2V     Date: 10/14/2025",
               "       CT PELVIS WITHOUT CONTRAST                       Date: 10/15/2025",
               "Reading radiologist: Harold Benning, MD"]),
        ("S", "XR PELVIS / SI JOINTS"),
        ("P", "Mild subchondral sclerosis along the iliac side of the right SI joint. No erosions. "
              "No fracture. Pubic symphysis normal."),
        ("S", "XR HIP RIGHT"),
        ("P", "Mild superolateral joint space narrowing of the right hip, small marginal osteophyte. "
              "Impression: mild right hip osteoarthritis. No fracture."),
        ("S", "CT PELVIS"),
        ("P", "Right SI joint: mild degenerative sclerosis and tiny anterior osteophyte. No erosions, "
              "no ankylosis. Left SI joint unremarkable. Sacrum intact without insufficiency fracture. "
              "No lytic or blastic lesion. IMPRESSION: Mild R SIJ degenerative change. No destructive "
              "lesion, fracture, or findings of inflammatory sacroiliitis."),
        ("H", "MRI LUMBAR SPINE WITHOUT CONTRAST   (outside study, Triad Imaging, 08/21/2025)"),
        ("P", "L3-4: normal. L4-5: mild disc desiccation, shallow bulge, no canal or foraminal stenosis. "
              "L5-S1: minimal facet arthropathy. No nerve root impingement at any level. "
              "Conus normal. IMPRESSION: Mild degenerative disc disease L4-5 without neural compression."),
    ])
    # p7 HH PT OASIS
    b.text(H, F, [
        ("H", "YADKIN HOME HEALTH - PT VISIT NOTES (OASIS-E)"),
        ("M", ["SOC: 10/20/2025   M0100 Reason: 01 Start of care   Discipline: PT",
               "Clinician: Beth Ann Sorrell, PT, DPT",
               "M1242 Frequency of pain interfering w/ activity: 3 - daily, not constantly",
               "GG0170 sit-to-stand: 04 supervision -> goal 06"]),
        ("P", "10/20/2025 SOC: Pt c/o R buttock pain, 6/10. Instructed in SIJ stabilization HEP "
              "(TrA bracing, clamshells, bridges, hip abd) - written HEP issued, 1x daily."),
        ("P", "11/24/2025: HEP compliance good per log. Tolerating progressions, pain 5/10 after session."),
        ("P", "01/09/2026 DISCHARGE VISIT: Completed HH PT episode 10/20/2025-01/09/2026 (2x/wk, 21 visits). "
              "Reviewed and progressed HEP; pt to continue daily under Dr. Odell's supervision. "
              "Residual R SIJ pain limits stair and car transfers; goals partially met."),
    ])
    # p8,p9 injection notes (fax, fine)
    b.fax(B1.format(8), [
        "CAROLINA SPINE & PAIN ASSOC - PROCEDURE NOTE",
        "Pt: HOLLOWAY, DENISE R   DOB 04/19/1971   DOS: 11/13/2025",
        "Procedure: RIGHT sacroiliac joint injection under fluoroscopy",
        "Physician: Marcus Odell, MD",
        "",
        "Pre-procedure pain: 7/10 R buttock. Prone, sterile prep. 22g spinal",
        "needle advanced to inferior R SIJ under fluoroscopic guidance.",
        "Omnipaque 240, 0.5 mL: intra-articular spread confirmed, no vascular",
        "uptake. Injected 1.5 mL bupivacaine 0.5% + 40 mg triamcinolone.",
        "",
        "POST-PROCEDURE PAIN DIARY (pt completed)",
        "  Time      Pain   % relief",
        "  baseline  7/10   --",
        "  30 min    1/10   86%",
        "  2 hr      1/10   86%",
        "  4 hr      2/10   71%",
        "  6 hr      3/10   57%",
        "  24 hr     4/10   43%",
        "",
        "Interpretation: positive diagnostic block, >50% relief sustained",
        "beyond bupivacaine duration. 12/04/2025 phone f/u: steroid relief",
        "lasted about 2.5 weeks, then pain returned to baseline 7/10.",
        "Signed electronically M. Odell MD 11/13/2025",
    ], "fine", 108)
    b.fax(B1.format(9), [
        "CAROLINA SPINE & PAIN ASSOC - PROCEDURE NOTE",
        "Pt: HOLLOWAY, DENISE R   DOB 04/19/1971   DOS: 01/22/2026",
        "Procedure: RIGHT SI joint injection #2, fluoroscopic guidance",
        "Physician: Marcus Odell, MD",
        "",
        "Indication: confirmatory block. Pre-procedure pain 7/10.",
        "Technique: prone, fluoro-guided, contrast (Isovue-M 200, 0.5 mL)",
        "showed arthrogram of R SIJ. Injected ropivacaine 0.5% 1.5 mL with",
        "dexamethasone 10 mg.",
        "",
        "PAIN DIARY:",
        "  15 min 2/10 (71% relief)   1 hr 1/10 (86%)   3 hr 2/10 (71%)",
        "  5 hr 3/10 (57%)   8 hr 5/10 (29%)",
        "",
        "Impression: second concordant block, >= 50% relief for 5 hours",
        "with ropivacaine. 02/19/2026 f/u: improvement from dexamethasone",
        "wore off after ~10 days, pain back to 7/10.",
        "",
        "Prior non-SIJ procedure for reference: L4-5 interlaminar ESI",
        "06/2025 (outside) - 20% relief, not repeated.",
        "Signed electronically M. Odell MD 01/22/2026",
    ], "fine", 109)
    # p10 outpatient follow-up
    b.text(H, F, [
        ("H", "CAROLINA SPINE & PAIN ASSOCIATES - OFFICE VISIT"),
        ("M", ["DOS: 03/09/2026   Provider: Marcus Odell, MD   Visit type: est. pt f/u"]),
        ("P", "S: Here to discuss SI fusion. Continues daily HEP since HH PT discharge and meloxicam + APAP, "
              "heat at night. Today her R SI joint pain is 7/10, worst 9/10 with stairs. Pain remains over "
              "the R posterior SIJ/buttock below L5 and does not radiate into the leg. No new trauma."),
        ("P", "O: TTP R SIJ. Thigh thrust positive R. FABER and Gaenslen reproduce R buttock pain. "
              "Trochanteric bursa nontender. Neuro intact, SLR negative."),
        ("P", "Records reviewed: CT pelvis 10/15/2025, XR hip 10/14/2025, MRI L-spine 08/21/2025 (no neural "
              "compression). Two fluoro SIJ blocks w/ >50% relief; two steroid injections each failed "
              "with return of pain. No hx of RA, psoriatic arthritis or spondyloarthropathy; HLA-B27 neg."),
        ("P", "A/P: Chronic R SIJ dysfunction (M53.3) refractory to >6 mo active and inactive care. "
              "Plan R percutaneous SIJ fusion, CPT 27279. Submit PA. Pt agrees."),
        ("P", "Electronically signed: Marcus Odell, MD 03/09/2026 16:05"),
    ])
    return b, {
        "procedure": "percutaneous", "request_date": "2026-03-16", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["Pain is non-radiating - does not go into the thigh",
                                            "does not radiate into the leg"]),
            "perc.pain_severity": ("met", ["her R SI joint pain is 7/10"]),
            "perc.sij_tenderness": ("met", ["Tender to palpation over R posterior SIJ at PSIS",
                                             "Greater trochanter nontender bilat"]),
            "perc.active_conservative_therapy": ("met", ["outpatient PT at Forsyth Rehab (03/2025 - 09/2025)",
                                                          "Completed HH PT episode 10/20/2025-01/09/2026"]),
            "perc.inactive_conservative_therapy": ("met", ["meloxicam 15 mg PO daily 02/2025 CONTINUE",
                                                            "Meloxicam since Feb 2025"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) ........ POSITIVE",
                                                          "Thigh thrust positive R"]),
            "perc.two_provocative_tests": ("met", ["FABER (Patrick) .......... positive R",
                                                    "Gaenslen ................. positive R"]),
            "perc.diagnostic_injections": ("met", ["positive diagnostic block, >50% relief sustained",
                                                    "second concordant block, >= 50% relief for 5 hours"]),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs ............ 0/5", "No nonorganic findings"]),
            "perc.sij_imaging": ("met", ["No destructive lesion, fracture, or findings of inflammatory sacroiliitis",
                                          "Mild subchondral sclerosis along the iliac side"]),
            "perc.hip_imaging": ("met", ["Impression: mild right hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["No nerve root impingement at any level",
                                             "Mild degenerative disc disease L4-5 without neural compression"]),
            "perc.therapeutic_injections": ("met", ["then pain returned to baseline 7/10",
                                                     "wore off after ~10 days, pain back to 7/10"]),
            "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 drawn given FHx (resulted NEGATIVE 10/15)"]),
            "perc.excl.infection_tumor_fracture": ("met", ["Sacrum intact without insufficiency fracture"]),
            "perc.excl.acute_instability": ("met", ["No fall, no direct trauma"]),
            "perc.excl.neural_compression": ("met", ["without neural compression"]),
        }}


# ================================================================= packet 02
def packet02(tmp):
    """Folder with packet.json; does_not_meet; percutaneous 27279; request 2026-04-20; standard fax."""
    b = Builder(tmp)
    BAN = "FROM: BLUE RIDGE ORTHO SPINE 8285550164  TO: CARESOURCE UM 18445550123  04/20/2026 15:07  P. {}/7"
    files = {}
    # 01 fax cover + PA form (standard res)
    b.fax(BAN.format(1), [
        "BLUE RIDGE ORTHOPAEDIC & SPINE", "FAX COVER", "",
        "To: CareSource - Prior Auth     Fax 844-555-0123",
        "From: Luz Ocampo, surgery scheduler  ph 828-555-0160",
        "Date: 04/20/2026      # pages incl cover: 7", "",
        "Pt: TRENT, GARRETT W    DOB 11/02/1964",
        "Member #: CSN330918244", "",
        "URGENT? [ ] yes  [X] no", "",
        "Please review attached for L SI joint fusion.",
        "Call w/ questions. Thank you!",
    ], "standard", 201)
    b.fax(BAN.format(2), [
        "CARESOURCE PRIOR AUTHORIZATION REQUEST - OUTPATIENT PROCEDURE",
        "Member: Garrett W. Trent        DOB: 11/02/1964",
        "Requesting MD: Sunil Raghavan, MD   NPI 1962058813",
        "Date of request: 04/20/2026",
        "Service: [X] Minimally invasive / percutaneous SIJ fusion",
        "         [ ] Open SIJ fusion",
        "CPT: 27279   Laterality: LEFT   Units: 1",
        "ICD-10: M53.3, M54.59",
        "Setting: Outpatient hospital   Est. DOS: 05/28/2026",
        "Clinical summary: L SIJ pain refractory to conservative care,",
        "failed injections. See attached notes.",
        "Signature: S. Raghavan MD  04/20/2026",
    ], "standard", 202)
    files["01_fax_cover_request.pdf"] = b.write(os.path.join(tmp, "f01.pdf"))
    H = ("Mountain View Hospital - Medical Records",
         "TRENT, GARRETT W | MRN MVH-2290417 | DOB 11/02/1964 | Enc 55810422")
    F = "Released to payer per HIPAA TPO - MVH HIM 04/17/2026"
    b.text(H, F, [
        ("H", "ED PROVIDER NOTE"),
        ("M", ["Date of service: 12/28/2025 19:14   Provider: Carla Mendez, PA-C / supervising J. Ahn MD"]),
        ("P", "61M w/ L sided low back/buttock pain x 8 mo, worse past 3 days after shoveling gravel, no fall or blow. "
              "Pt reports 8/10 pain L buttock. Per pt was told he has 'bad SI joint'. Denies fever, "
              "incontinence, saddle numbness. Hx L wrist fx 2019 (healed)."),
        ("P", "Exam: TTP L SI region. Lumbar midline nontender. SLR neg. Motor 5/5. "
              "Plan: toradol IM, XR pelvis. Admit obs for pain control + PT given lives alone, unsafe on stairs."),
        ("H", "HISTORY & PHYSICAL - OBSERVATION"),
        ("M", ["12/29/2025 07:30   Author: Nadia Yusupova, MD (Hospitalist)"]),
        ("P", "Pt with L buttock pain localized to the L posterior SIJ, below L5, non-radiating, no "
              "paresthesias. Has been on naproxen 500 mg BID since 06/2025 per pharmacy fill hx, ice packs "
              "PRN. Outpatient PT at Summit Therapy 10/2025 x 4 wk, then self-discharged: 'too busy with "
              "work, the drive was too far'. Was given a HEP but admits he stopped doing it in Nov. "
              "Has a TENS unit at home 'sometimes'."),
        ("P", "PMH: HTN, OSA on CPAP, L distal radius fx 2019. No hx of fibromyalgia. Denies widespread pain. "
              "FHx: mother RA. Social: HVAC tech, smokes 1/2 ppd."),
    ])
    b.text(H, F, [
        ("H", "PM&R CONSULTATION"),
        ("M", ["12/29/2025 14:10   Consultant: Oluwaseun Adebayo, DO"]),
        ("P", "Focused exam: tender over L posterior SIJ / sacral sulcus. Greater trochanters non-tender. "
              "No lumbar facet loading pain. FABER positive on the L. Gaenslen test positive L. "
              "Distraction test negative. Waddell 1/5 (overreaction only), not felt to be driving pain."),
        ("P", "Rec: HH PT 2x/wk x 4 wk, resume HEP, cont naproxen. Follow up with Dr. Raghavan for "
              "image-guided SIJ injection."),
        ("H", "DISCHARGE SUMMARY"),
        ("M", ["Admit 12/28/2025  D/C 12/30/2025   Dx: L sacroiliac joint dysfunction, acute flare"]),
        ("M", ["DISCHARGE MED REC",
               "  naproxen 500 mg PO BID ............ continue (since 06/2025)",
               "  cyclobenzaprine 5 mg PO qhs prn ... new, 10 tabs",
               "  amlodipine 5 mg PO daily .......... continue",
               "  nicotine patch 14 mg ............... new"]),
        ("H", "HOME HEALTH PT - OASIS DISCHARGE"),
        ("M", ["Agency: High Country Home Care   SOC 01/05/2026   D/C 02/02/2026",
               "Visits: 7 of 8 planned   Clinician: R. Castellano, PTA / sup. J. Pruitt, PT"]),
        ("P", "D/C summary: pt met transfer goals. HEP reviewed; pt states he will not continue exercises "
              "because of his work schedule. No pain-related limitation to exercise noted."),
    ])
    files["02_hospital_records.pdf"] = b.write(os.path.join(tmp, "f02.pdf"))
    H3 = ("BLUE RIDGE ORTHOPAEDIC & SPINE - Imaging / Procedures",
          "Patient: Trent, Garrett W   DOB: 11/02/1964   Chart #: BR-77102")
    F3 = "Blue Ridge Ortho & Spine, 90 Hendersonville Rd, Asheville NC 28803"
    b.text(H3, F3, [
        ("H", "RADIOLOGY - MULTIPLE STUDIES"),
        ("M", ["XR PELVIS AP + BILATERAL SI JOINTS      12/28/2025   (MVH ED)",
               "XR HIP LEFT AP/LAT                      01/14/2026",
               "MRI PELVIS / SI JOINTS W/O CONTRAST     02/03/2026",
               "Radiologist: Eleanor Whitcomb, MD"]),
        ("P", "XR SI joints: bilateral SI joint margins preserved, mild L SIJ sclerosis. No fracture."),
        ("P", "XR LEFT HIP: Moderate joint space narrowing superiorly with subchondral sclerosis and "
              "osteophytes. IMPRESSION: Moderate left hip osteoarthritis."),
        ("P", "MRI SI joints: No bone marrow edema, no erosions. No erosive changes or marrow edema to "
              "suggest sacroiliitis. No mass. Mild L SIJ degenerative change."),
        ("H", "MRI LUMBAR SPINE W/O  (02/03/2026)"),
        ("P", "L4-5: broad-based disc bulge with mild bilateral foraminal narrowing; no nerve root "
              "compression. L5-S1: unremarkable. IMPRESSION: Mild L4-5 spondylosis without neural "
              "impingement."),
    ])
    b.fax(BAN.format(6), [
        "BLUE RIDGE ORTHO & SPINE - PROCEDURE NOTE",
        "Pt: TRENT, GARRETT   DOB 11/02/1964   DOS 01/15/2026",
        "Proc: LEFT SI joint injection, fluoroscopic guidance",
        "MD: Sunil Raghavan",
        "Contrast: Omnipaque 180, 0.5 mL, intra-articular spread.",
        "Meds: bupivacaine 0.25% 2 mL + dexamethasone 10 mg.",
        "Pre: 7/10.  Post 30 min: 1/10.",
        "Diary: 1 hr 1/10, 3 hr 2/10, 4 hr 2/10 (about 70% relief),",
        "8 hr 4/10.",
        "F/u call 01/27/26: relief faded after 10 days, back to 7/10.",
    ], "standard", 206)
    files["03_injections.pdf"] = b.write(os.path.join(tmp, "f03.pdf"))
    b.text(H3, F3, [
        ("H", "PROCEDURE NOTE - LEFT SIJ INJECTION #2"),
        ("M", ["DOS: 03/05/2026   Physician: Sunil Raghavan, MD   Asst: none"]),
        ("P", "Fluoroscopic guidance, 0.5 mL iohexol contrast confirmed intra-articular spread in L SIJ. "
              "Injected lidocaine 2% 2 mL only (no steroid, pt preference - diabetic concerns in family)."),
        ("M", ["Pain diary:  pre 7/10 | 15 min 5/10 | 1 hr 5/10 (30% relief) | 2 hr 6/10"]),
        ("P", "Impression: non-concordant block, only 30% relief, below 50% threshold."),
        ("H", "OFFICE VISIT - PRE-OP SURGICAL CONSULT"),
        ("M", ["DOS: 04/13/2026   Sunil Raghavan, MD"]),
        ("P", "Garrett returns. States L SIJ pain 6/10 today, was 8/10 in December. Pain stays in L "
              "buttock, does not travel down the leg. Exam: TTP L PSIS, FABER +, Gaenslen +. "
              "Rheumatology (Dr. Lin, 02/2026): no evidence of spondyloarthropathy, HLA-B27 negative."),
        ("P", "Discussed that L hip OA may add a minor component; SIJ felt to be the primary pain generator. Pt wishes to proceed with L percutaneous SIJ fusion "
              "(27279). Will submit for authorization."),
    ])
    files["04_office_notes.pdf"] = b.write(os.path.join(tmp, "f04.pdf"))
    return files, {
        "procedure": "percutaneous", "request_date": "2026-04-20", "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["localized to the L posterior SIJ, below L5, non-radiating",
                                            "does not travel down the leg"]),
            "perc.pain_severity": ("met", ["States L SIJ pain 6/10 today"]),
            "perc.sij_tenderness": ("met", ["tender over L posterior SIJ / sacral sulcus",
                                             "Greater trochanters non-tender"]),
            "perc.active_conservative_therapy": ("not_met", ["Outpatient PT at Summit Therapy 10/2025 x 4 wk",
                                                              "SOC 01/05/2026 D/C 02/02/2026",
                                                              "will not continue exercises because of his work schedule"]),
            "perc.inactive_conservative_therapy": ("met", ["naproxen 500 mg BID since 06/2025"]),
            "perc.thigh_thrust_or_compression": ("insufficient", []),
            "perc.two_provocative_tests": ("met", ["FABER positive on the L", "Gaenslen test positive L"]),
            "perc.diagnostic_injections": ("not_met", ["only 30% relief, below 50% threshold",
                                                        "1 hr 5/10 (30% relief)"]),
            "perc.generalized_pain_excluded": ("met", ["No hx of fibromyalgia",
                                                        "not felt to be driving pain"]),
            "perc.sij_imaging": ("met", ["No erosive changes or marrow edema to suggest sacroiliitis",
                                          "mild L SIJ sclerosis. No fracture"]),
            "perc.hip_imaging": ("not_met", ["IMPRESSION: Moderate left hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["Mild L4-5 spondylosis without neural impingement",
                                             "no nerve root compression"]),
            "perc.therapeutic_injections": ("insufficient", []),
            "perc.excl.systemic_arthropathy": ("met", ["no evidence of spondyloarthropathy, HLA-B27 negative"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No mass. Mild L SIJ degenerative change"]),
            "perc.excl.acute_instability": ("met", ["after shoveling gravel, no fall or blow"]),
            "perc.excl.neural_compression": ("met", ["without neural impingement"]),
        }}


# ================================================================= packet 03
def packet03(tmp):
    """Folder without packet.json; insufficient; open 27280; request 2026-02-09 from form; fine fax."""
    b = Builder(tmp)
    files = {}
    BAN = "FROM: LAKESIDE NEUROSURGERY 9105550172  TO: CARESOURCE UM 18445550123  02/09/2026 08:55  P. {}/7"
    b.fax(BAN.format(1), [
        "LAKESIDE NEUROSURGERY & SPINE, PLLC",
        "1400 Medical Park Dr, Wilmington NC 28401", "",
        "PRIOR AUTHORIZATION REQUEST", "",
        "Date of request: 02/09/2026",
        "Patient: ESPINOZA, RAMONA L     DOB: 07/30/1968",
        "CareSource ID: CSN552871036",
        "Surgeon: Theodore Kwan, MD, FAANS",
        "",
        "Procedure: REVISION right sacroiliac joint arthrodesis, OPEN",
        "  with removal of implants and bone graft",
        "CPT: 27280 (arthrodesis, open, sacroiliac joint)",
        "     20680 (removal of implant, deep)",
        "ICD-10: T84.498A, M53.3, M96.0",
        "Place of service: inpatient hospital, LOS 2 days",
        "",
        "Indication: failed R percutaneous SI joint fusion (09/2024)",
        "with persistent pain; see notes.",
        "",
        "Imaging: CT pelvis to be obtained - will forward.",
        "",
        "Contact: Jolene Pratt, RN  910-555-0175",
    ], "fine", 301)
    files["01_pa_request_fax.pdf"] = b.write(os.path.join(tmp, "f01.pdf"))
    H = ("Cape Fear Coastal Medical Center",
         "ESPINOZA, RAMONA L  MRN CF0093371  DOB 07/30/1968  Adm 12/03/2025")
    F = "CFCMC Health Information Management - copy for continuity of care"
    b.text(H, F, [
        ("H", "EMERGENCY DEPARTMENT NOTE"),
        ("M", ["12/03/2025 21:40   ED Attending: Francesca Moretti, MD"]),
        ("P", "57 y/o F, s/p R percutaneous SIJ fusion 09/2024 (3 triangular titanium implants, outside "
              "surgeon), presents w/ worsening R buttock pain x 6 wk, now 9/10, unable to sit > 10 min. "
              "States pain never fully went away after the fusion and has been worse since summer. "
              "No fall or injury. Denies fever, chills, wound drainage."),
        ("P", "Exam: well-healed R buttock incisions, no erythema. TTP over R SIJ. Neuro: 5/5, sensation "
              "intact, SLR neg bilat. Afebrile, WBC 7.2, CRP 0.4."),
        ("P", "MDM: r/o hardware loosening vs infection - labs reassuring. Pt reports CT at outside facility "
              "last month; images/report not available in our system - requested from Atlantic Imaging. "
              "Admit for pain control."),
        ("H", "HISTORY AND PHYSICAL"),
        ("M", ["12/04/2025 08:05   Hospitalist: Devon Achterberg, MD"]),
        ("P", "Pt with chronic R SIJ pain, s/p percutaneous SIJ fusion 09/2024, persistent pain. Prior "
              "history of L4-5 microdiscectomy 2014 for L5 radiculopathy - leg sx resolved since. "
              "Currently no leg pain, numbness or weakness. PMH: T2DM (A1c 6.8), obesity BMI 34, GERD."),
        ("P", "A/P: Intractable R SIJ pain s/p fusion, possible failed fusion/implant loosening. "
              "Consult pain service and PM&R. Spine surgery (Dr. Kwan) to see as outpatient."),
    ])
    b.text(H, F, [
        ("H", "PAIN SERVICE CONSULT"),
        ("M", ["12/04/2025 15:20   Consultant: Arvind Sethuraman, MD"]),
        ("P", "R buttock pain centered over fused R SIJ, 8/10. No radicular features. Recommend scheduled "
              "APAP, celecoxib 200 mg daily, lidocaine patch, short oxycodone course (5 mg q6h prn x 5 d)."),
        ("H", "PM&R CONSULT"),
        ("M", ["12/05/2025 10:00   Consultant: Hannah Greer-Ortiz, MD"]),
        ("P", "Findings consistent with painful R SIJ after prior fusion. Rule out pseudarthrosis. "
              "No evidence of lumbar radiculopathy on exam. Recommend surgical revision evaluation and HH PT."),
        ("H", "NURSING PAIN FLOWSHEET (excerpt)"),
        ("M", ["Date/Time     NRS  Site       Intervention        Post",
               "12/04 0800     8   R buttock  APAP + lido patch   6",
               "12/04 2000     7   R buttock  oxycodone 5 mg      4",
               "12/05 0800     6   R buttock  repositioning       5",
               "12/05 1600     5   R SIJ      ice 20 min          4"]),
        ("H", "DISCHARGE SUMMARY / MED REC"),
        ("M", ["Admit 12/03/2025   D/C 12/06/2025   Attending: D. Achterberg, MD",
               "  celecoxib 200 mg daily ........ NEW",
               "  acetaminophen 1 g q8h ......... continue",
               "  oxycodone 5 mg q6h prn ........ NEW, #12, no refills",
               "  metformin 1000 mg BID ......... continue"]),
        ("P", "Course: pain controlled on oral regimen. Outside CT report still not received at discharge. "
              "F/u Dr. Kwan 2-3 wk. HH PT referral placed."),
    ])
    b.text(H, F, [
        ("H", "HOME HEALTH PT VISIT NOTE"),
        ("M", ["Coastal Home Health   Visit 12/12/2025   M1242: 4 - all of the time",
               "Clinician: Patrice Nwosu, PT"]),
        ("P", "Pt ambulating w/ RW, R buttock pain 7/10 w/ transfers. Initiated gentle core/glute program; "
              "limited by pain. Will hold progression pending surgical plan."),
    ])
    files["02_hospital_records.pdf"] = b.write(os.path.join(tmp, "f02.pdf"))
    H3 = ("LAKESIDE NEUROSURGERY & SPINE, PLLC", "Espinoza, Ramona L   DOB 07/30/1968   Acct LNS-41207")
    F3 = "Lakeside Neurosurgery & Spine - 910-555-0170"
    b.text(H3, F3, [
        ("H", "NEW PATIENT CONSULTATION"),
        ("M", ["DOS: 01/06/2026   Theodore Kwan, MD"]),
        ("P", "Referred by Dr. Achterberg. 57F s/p R percutaneous SIJ fusion 09/2024 by outside surgeon "
              "(op note reviewed: three 7.0 x 45 mm implants). Never achieved relief; pain 8/10 R buttock "
              "today. No radiating leg pain. Exam: TTP R SIJ, thigh thrust painful R, neuro intact."),
        ("P", "Imaging: patient brought no films. Outside CT (Atlantic Imaging) requested x2, not received. "
              "We will order CT pelvis w/ fine cuts through SIJ to evaluate for lucency/loosening."),
        ("P", "Assessment: failed R percutaneous SIJ fusion, suspected pseudarthrosis/implant loosening. "
              "Plan: revision open R SIJ arthrodesis with implant removal and iliac crest autograft "
              "once CT confirms. Submit PA now given severity."),
        ("H", "ADDENDUM 02/05/2026"),
        ("P", "CT pelvis scheduled 02/24/2026 (first available). Outside records still outstanding."),
    ])
    files["03_surgeon_notes.pdf"] = b.write(os.path.join(tmp, "f03.pdf"))
    return files, {
        "procedure": "open", "request_date": "2026-02-09", "determination": "insufficient_documentation",
        "criteria": {
            "open.indication": ("met", ["failed R percutaneous SI joint fusion (09/2024)",
                                         "failed R percutaneous SIJ fusion, suspected pseudarthrosis"]),
            "open.recent_imaging": ("insufficient", []),
            "open.excl.neural_compression": ("met", ["No evidence of lumbar radiculopathy on exam"]),
        }}


# ================================================================= labels / checks
def det(statuses):
    v = list(statuses)
    if all(s == "met" for s in v): return "meets_criteria"
    if "not_met" in v: return "does_not_meet_criteria"
    return "insufficient_documentation"


def page_texts(pdfs_meta):
    texts = []
    for path, meta in pdfs_meta:
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == len(meta)
            for pg, (kind, extra) in zip(pdf.pages, meta):
                t = pg.extract_text() or ""
                w, h = pg.width, pg.height
                assert abs(w - 612) < 1 and abs(h - 792) < 1, (path, w, h)
                if kind == "fax":
                    assert t.strip() == "", f"fax page has text layer: {path}"
                    assert pg.images, "fax page without image"
                    texts.append(("fax", extra[1], extra[0]))
                else:
                    assert t.strip(), f"text page without text: {path}"
                    texts.append(("text", None, t))
    return texts


def check(pid, lab, texts, fax_streams):
    errs = []
    crit = lab["criteria"]
    exp = PERC if lab["procedure"] == "percutaneous" else OPEN
    if list(crit) != exp: errs.append("criteria set mismatch")
    if det(c["status"] for c in crit.values()) != lab["determination"]: errs.append("determination mismatch")
    alltext = [norm(t) for _, _, t in texts]
    for cid, c in crit.items():
        if c["status"] == "insufficient" and c["evidence"]: errs.append(f"{cid}: evidence on insufficient")
        if c["status"] in ("met", "not_met") and not (1 <= len(c["evidence"]) <= 3):
            errs.append(f"{cid}: need 1-3 snippets")
        for s in c["evidence"]:
            nw = len(s.split())
            if not 3 <= nw <= 12: errs.append(f"{cid}: snippet word count {nw}: {s}")
            if not any(norm(s) in t for t in alltext): errs.append(f"{cid}: snippet not found: {s}")
    if not 4 <= len(texts) <= 20: errs.append(f"page count {len(texts)}")
    return errs


def fax_checks(path):
    """Verify CCITT G4 + 1-bit + resolution of every image page."""
    out = []
    r = PdfReader(path)
    for i, pg in enumerate(r.pages):
        xo = pg["/Resources"].get("/XObject")
        if not xo: continue
        for k in xo:
            o = xo[k].get_object()
            f = o.get("/Filter")
            if isinstance(f, list) or hasattr(f, "__len__") and not isinstance(f, str):
                f = f[0] if len(f) == 1 else f
            bpc = o.get("/BitsPerComponent")
            w, h = o["/Width"], o["/Height"]
            out.append((i + 1, str(f), int(bpc), int(w), int(h), round(w / 8.5), round(h / 11)))
    return out


def main():
    tmp = os.path.join(OUT, "_build")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    summary = []
    allok = True

    def mklabels(lab):
        return {"procedure": lab["procedure"], "request_date": lab["request_date"],
                "determination": lab["determination"],
                "criteria": {k: {"status": s, "evidence": ev} for k, (s, ev) in lab["criteria"].items()}}

    # 01 single PDF
    b, lab = packet01(os.path.join(tmp, "p1"))
    dest = os.path.join(OUT, "d6q-01.pdf")
    meta = b.write(dest)
    L = mklabels(lab)
    json.dump(L, open(os.path.join(OUT, "d6q-01.labels.json"), "w"), indent=2)
    texts = page_texts([(dest, meta)])
    packs = [("d6q-01", L, texts, [dest])]

    # 02 folder with packet.json
    for pid, fn, pj in (("d6q-02", packet02, {"request_date": "2026-04-20", "procedure_codes": ["27279"],
                                              "member_id": "CSN330918244", "policy": "MP-MM-1366"}),
                        ("d6q-03", packet03, None)):
        d = os.path.join(OUT, pid)
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
        files, lab = fn(os.path.join(tmp, pid))
        pm = []
        for name in sorted(files):
            src = os.path.join(tmp, pid, {"01": "f01", "02": "f02", "03": "f03", "04": "f04"}[name[:2]] + ".pdf")
            shutil.move(src, os.path.join(d, name))
            pm.append((os.path.join(d, name), files[name]))
        if pj: json.dump(pj, open(os.path.join(d, "packet.json"), "w"), indent=2)
        L = mklabels(lab)
        json.dump(L, open(os.path.join(d, "labels.json"), "w"), indent=2)
        packs.append((pid, L, page_texts(pm), [p for p, _ in pm]))

    for pid, L, texts, paths in packs:
        errs = check(pid, L, texts, None)
        faxinfo = []
        for p in paths:
            for (pg, f, bpc, w, h, dx, dy) in fax_checks(p):
                ok = f == "/CCITTFaxDecode" and bpc == 1 and (dx, dy) in ((204, 196), (204, 98))
                if not ok: errs.append(f"bad fax image {p} p{pg}: {f} {bpc} {dx}x{dy}")
                faxinfo.append(f"{os.path.basename(p)}:p{pg}={dx}x{dy}")
        cnt = {s: sum(1 for c in L["criteria"].values() if c["status"] == s) for s in ("met", "not_met", "insufficient")}
        print(f"{pid}: pages={len(texts)} fax_pages={sum(1 for t in texts if t[0]=='fax')} "
              f"[{', '.join(faxinfo)}] procedure={L['procedure']} det={L['determination']} "
              f"met/not_met/insuff={cnt['met']}/{cnt['not_met']}/{cnt['insufficient']} "
              f"-> {'OK' if not errs else 'FAIL'}")
        for e in errs: print("   ERROR:", e)
        allok &= not errs
    shutil.rmtree(tmp, ignore_errors=True)
    print("SELF-CHECK:", "ALL OK" if allok else "FAILURES")
    sys.exit(0 if allok else 1)


if __name__ == "__main__":
    main()
