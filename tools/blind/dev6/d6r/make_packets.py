#!/usr/bin/env python3
"""Deterministic generator + self-check for blind packets d6r-01..03 (telehealth / patient-generated world)."""
import datetime, io, json, os, random, re, shutil, sys
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf, pdfplumber
from pypdf import PdfReader, PdfWriter

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]


# ---------------------------------------------------------------- rendering
def text_page_pdf(lines, footer):
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(datetime.datetime(2026, 3, 1, 12, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 50
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", "B", 12); txt = ln[2:]; h = 16
        elif ln.startswith("|"):
            pdf.set_font("Courier", "", 8.5); txt = ln[1:]; h = 11
        else:
            pdf.set_font("Helvetica", "", 10); txt = ln; h = 13
        pdf.set_xy(54, y)
        if txt:
            pdf.multi_cell(504, h, txt)
            y = pdf.get_y()
        else:
            y += h * 0.6
    pdf.set_font("Helvetica", "I", 8)
    pdf.set_xy(54, 752)
    pdf.cell(504, 10, footer)
    return pdf.output()


def fax_page_pdf(lines, banner, res, seed):
    rnd = random.Random(seed)
    W, H = 1734, 2156  # 8.5 x 11 in at 204 x 196
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 31)       # ~11 pt at 204 dpi
    fb = ImageFont.truetype(FONTB, 34)
    fm = ImageFont.truetype(FONTM, 29)     # ~10 pt for tables
    fban = ImageFont.truetype(FONTM, 26)
    d.text((40, 18), banner, font=fban, fill=0)
    d.line((40, 52, W - 40, 52), fill=0, width=2)
    y = 110
    for ln in lines:
        if ln.startswith("# "):
            d.text((130, y), ln[2:], font=fb, fill=0); y += 52
        elif ln.startswith("|"):
            d.text((130, y), ln[1:], font=fm, fill=0); y += 38
        elif ln == "":
            y += 24
        else:
            # wrap at ~88 chars
            words, cur = ln.split(" "), ""
            for w in words:
                if len(cur) + len(w) + 1 > 88:
                    d.text((130, y), cur, font=f, fill=0); y += 42; cur = w
                else:
                    cur = (cur + " " + w).strip()
            d.text((130, y), cur, font=f, fill=0); y += 42
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    if res == "standard":
        img = img.resize((W, H // 2), Image.LANCZOS)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    bw = img.point(lambda p: 0 if p < 150 else 255, "1")
    px = bw.load()
    w2, h2 = bw.size
    for _ in range(900):  # specks
        x, yy = rnd.randrange(w2), rnd.randrange(h2)
        for dx in range(rnd.choice([1, 1, 2, 3])):
            if x + dx < w2:
                px[x + dx, yy] = 0
    for _ in range(6):  # horizontal dropouts
        yy = rnd.randrange(120, h2 - 10)
        x0 = rnd.randrange(0, w2 - 400)
        for x in range(x0, min(w2, x0 + rnd.randrange(150, 600))):
            px[x, yy] = 255
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(buf.getvalue())


def build_pdf(pages, path, ptname, dob, fax_total=None):
    w = PdfWriter()
    n = len(pages)
    for i, p in enumerate(pages):
        if p["kind"] == "fax":
            data = fax_page_pdf(p["lines"], p["banner"], p["res"], seed=hash_seed(path, i))
        else:
            data = text_page_pdf(p["lines"], f"{ptname}   DOB {dob}   {p.get('doc', '')}   Page {i + 1} of {n}")
        for pg in PdfReader(io.BytesIO(bytes(data))).pages:
            w.add_page(pg)
    with open(path, "wb") as fh:
        w.write(fh)


def hash_seed(path, i):
    return sum(ord(c) for c in os.path.basename(path)) * 100 + i


def fax(lines, banner, res):
    return {"kind": "fax", "lines": lines, "banner": banner, "res": res}


def txt(lines, doc=""):
    return {"kind": "text", "lines": lines, "doc": doc}


# ================================================================ d6r-01 (insufficient)
P1 = dict(name="Delgado-Rivas, Marisol", dob="04/11/1979", mid="CSN8841207-01")
B1 = "FROM: Piedmont Virtual Spine 336-555-0192  TO: CareSource UM 1-844-555-0110  03/16/2026 09:14  P. {}/8"
d1_pages = [
    fax([
        "# PIEDMONT VIRTUAL SPINE & PAIN - FAX COVER",
        "", "Date: 03/16/2026        Pages incl. cover: 9",
        "To: CareSource NC Marketplace - Utilization Mgmt",
        "From: Tanvi Oyelaran, PA-C  (ph 336-555-0191)",
        "RE: PRIOR AUTH - Marisol Delgado-Rivas  DOB 04/11/1979",
        "Member ID CSN8841207-01",
        "", "# PRIOR AUTHORIZATION REQUEST - OUTPATIENT PROCEDURE",
        "Requested service: minimally invasive R sacroiliac joint fusion",
        "CPT: 27279     ICD-10: M53.3, M46.1 (ruled out - see notes)",
        "Correction: ICD-10 M53.3 only; M46.1 entered in error.",
        "Site: Triad Ambulatory Surgery Ctr     Surgeon: R. Castellanos MD",
        "Request date: 03/16/2026",
        "", "CONFIDENTIALITY: this fax contains PHI. If received in error call",
        "sender and destroy all copies.",
    ], B1.format(1), "fine"),
    txt([
        "# Piedmont Virtual Spine & Pain - Telehealth Visit Note",
        "Visit type: Synchronous video (Doxy.me)   Date of service: 10/06/2025",
        "Patient location: home (Kernersville NC)   Provider location: clinic",
        "Provider: Tanvi Oyelaran, PA-C   Consent for telehealth obtained verbally.",
        "",
        "CC: R low back / buttock pain x ~14 mo",
        "HPI: 46 yo F, works as school bus dispatcher. Patient reports pain sits low, below the belt line on "
        "the right, points with one finger just medial to the R dimple. Pt reports pain does not travel down "
        "the leg; no numbness/tingling. Worse getting out of car, rolling in bed, stairs. Patient reports "
        "pain 8/10 at worst this wk, 6/10 typical.",
        "Prior tx per pt: PT at Forsyth Rehab starting April, now on a remote PT app; meloxicam daily; heat pad "
        "at night.",
        "Imaging: XR pelvis 2025 per pt. MRI lumbar spine done at an outside imaging center in 2024 per pt - "
        "report requested from that center, not yet received.",
        "",
        "Exam (limited - video): Pt-assisted exam. Gait observed in kitchen, mildly antalgic. Patient "
        "self-palpates over R PSIS and reports it is the sore spot. Patient-assisted FABER R in supine on "
        "couch: reproduces R buttock pain (patient reports). Other provocation maneuvers deferred to "
        "in-person visit. Strength/sensation not assessable by video.",
        "",
        "ROS: denies fever, wt loss, night sweats. Denies widespread body pain.",
        "PMH: hypothyroid, GERD. Hx L ankle fx 2011 - healed.",
        "FHx: father - ankylosing spondylitis; mother - RA.",
        "",
        "A/P: suspect R SIJ dysfunction. Continue PT app, meloxicam. Refer for fluoro SIJ injection at "
        "Carolina Interventional Center. In-person visit after injections for full exam.",
        "Electronically signed: T. Oyelaran PA-C 10/06/2025 16:42",
    ], "Telehealth note 10/06/2025"),
    fax([
        "# CAROLINA INTERVENTIONAL CENTER - PROCEDURE NOTE",
        "Pt: Delgado-Rivas, Marisol   DOB 04/11/1979   DOS: 11/04/2025",
        "Physician: Gideon Farrow, MD    Referring: T. Oyelaran PA-C",
        "Procedure: R sacroiliac joint injection, diagnostic/therapeutic",
        "Guidance: fluoroscopy. Contrast: Omnipaque 180, 0.5 mL - intra-articular",
        "spread confirmed, no vascular uptake.",
        "Injectate: 1.5 mL bupivacaine 0.5% + 40 mg triamcinolone (Kenalog).",
        "Pre-procedure pain: 7/10.",
        "Post: pain 1/10 at 30 min (86% relief). Pt given pain diary.",
        "Complications: none. Dc home w/ driver.",
        "G. Farrow MD",
    ], B1.format(3), "fine"),
    txt([
        "# PainTrack app - export",
        "Exported 01/20/2026 08:02 by patient (Marisol D.) | Source: PainTrack iOS v4.2",
        "Tag filter: 'R low back/SI'   Scale 0-10",
        "|timestamp            tag        score  note",
        "|2025-11-04 13:05     post-inj   1      after shot, walked to car fine",
        "|2025-11-04 15:10     post-inj   2      ",
        "|2025-11-04 17:20     post-inj   2      3h+ still good",
        "|2025-11-04 21:40     post-inj   3      ",
        "|2025-11-05 09:00     post-inj   3      ",
        "|2025-11-19 08:30     daily      5      ",
        "|2025-11-28 19:12     daily      7      back to how it was. thanksgiving = bad",
        "|2025-12-09 12:55     post-inj   1      2nd shot today",
        "|2025-12-09 14:00     post-inj   1      ",
        "|2025-12-09 16:35     post-inj   2      ",
        "|2025-12-09 20:10     post-inj   2      ",
        "|2025-12-30 07:45     daily      6      pain creeping back",
        "|2026-01-14 08:10     daily      7      same as before both shots",
        "",
        "Pre-injection baseline (app avg, 14 d before 11/04/2025): 6.8",
        "This export is patient-generated and has not been reviewed for accuracy.",
    ], "PainTrack export"),
    txt([
        "# Carolina Interventional Center",
        "# Procedure Note - Sacroiliac Joint Injection #2",
        "Patient: Delgado-Rivas, Marisol | DOB 04/11/1979 | DOS 12/09/2025",
        "Attending: Gideon Farrow, MD",
        "Indication: R SIJ pain; >80% relief with injection #1 on 11/04/2025 lasting several hours, pain "
        "recurred ~3 wks later.",
        "Technique: prone, sterile prep. Under fluoroscopic guidance a 22g spinal needle was advanced into the "
        "inferior R SIJ. Isovue-M 200 0.5 mL confirmed intra-articular placement.",
        "Medication: bupivacaine 0.5% 1.5 mL, triamcinolone 40 mg.",
        "Pain pre: 7/10. Pain 15 min post: 1/10. Relief at discharge: 85%.",
        "EBL none. No complications.",
        "Dx: sacroiliitis, not elsewhere classified (M46.1) vs SIJ dysfunction (M53.3).",
        "Signed electronically G. Farrow MD 12/09/2025",
    ], "CIC procedure note 12/09/2025"),
    txt([
        "# Forsyth Rehab / MoveWell Remote PT - Adherence Summary",
        "Patient: Marisol Delgado-Rivas   Therapist of record: Corinne Baptiste, PT, DPT",
        "Referral: R SIJ dysfunction / low back pain. Prescription: core stab., hip abductor strengthening, "
        "SIJ self-mobilization, walking program. 3-5x/week.",
        "|Episode                       Start       End         Visits/sessions",
        "|Clinic PT (Forsyth Rehab)     04/14/2025  07/25/2025  22 visits",
        "|MoveWell app (remote HEP)     07/28/2025  02/27/2026  118 sessions logged",
        "|Check-ins (video w/ PT)       monthly     last 02/27/2026",
        "",
        "|Month     prescribed  completed  adherence",
        "|Aug 2025     20          18        90%",
        "|Sep 2025     20          17        85%",
        "|Oct 2025     20          16        80%",
        "|Nov 2025     20          15        75%",
        "|Dec 2025     20          14        70%",
        "|Jan 2026     20          19        95%",
        "|Feb 2026     16          14        88%",
        "",
        "Discharge check-in 02/27/2026: completed program; plateaued, SIJ pain unchanged with exercise. "
        "Oswestry 44% (was 46%). Recommend surgical f/u. - C. Baptiste PT, DPT",
    ], "PT adherence summary"),
    txt([
        "# Piedmont Virtual Spine & Pain - Office Visit (in person)",
        "DOS: 03/05/2026   Provider: Tanvi Oyelaran, PA-C   Supervising: R. Castellanos MD",
        "S: F/u R SIJ pain after 2 fluoro SIJ injections (11/04, 12/09) - each gave marked relief for the day, "
        "pain back to baseline within ~3 weeks both times. Finished remote PT 2/27. Still on meloxicam 15 mg "
        "daily, heat at night. Pain today 7/10, located over R buttock below L5, no radiation into the leg. "
        "Denies bowel/bladder sx.",
        "O: BMI 29. Gait mildly antalgic R. Lumbar ROM full, non-tender lumbar paraspinals and spinous "
        "processes. Tender to palpation over R posterior SIJ (sacral sulcus). Greater trochanter non-tender "
        "bilat. Coccyx non-tender.",
        "SIJ provocation: Thigh thrust R positive. FABER R positive for SIJ-region pain. Gaenslen not "
        "performed - pt could not tolerate positioning at table edge. Distraction: not tested today. "
        "Compression not tested. Waddell signs 0/5.",
        "SLR neg bilat. Strength 5/5 BLE. DTR 2+ symm. Sensation intact.",
        "Imaging reviewed: XR pelvis/R hip and CT pelvis (see reports). Lumbar MRI 2024 - still awaiting "
        "outside report.",
        "A: R SIJ dysfunction, refractory. No hx fibromyalgia. No hx of inflammatory arthritis; HLA-B27 "
        "negative 10/2025.",
        "P: Request MIS R SIJ fusion (27279). Continue meloxicam, heat, HEP.",
        "T. Oyelaran PA-C / cosigned R. Castellanos MD 03/06/2026",
    ], "Office visit 03/05/2026"),
    fax([
        "# TRIAD IMAGING ASSOCIATES - RADIOLOGY REPORT",
        "Pt: DELGADO-RIVAS, MARISOL   DOB 04/11/1979   MRN TIA-552091",
        "Ordering: T. Oyelaran PA-C",
        "",
        "EXAM 1: XR PELVIS AP + BILAT SI JOINTS (3 views)   DATE 09/22/2025",
        "Findings: SI joints symmetric, mild subchondral sclerosis R iliac side.",
        "No erosions. No fracture or destructive osseous lesion.",
        "",
        "EXAM 2: XR RIGHT HIP 2 VIEWS   DATE 09/22/2025",
        "Findings: mild superior joint space narrowing R hip, small marginal",
        "osteophyte. Impression: mild osteoarthritis of the right hip.",
        "",
        "EXAM 3: CT PELVIS WITHOUT CONTRAST   DATE 01/12/2026",
        "Findings: mild R SIJ degenerative change with anterior osteophyte.",
        "No erosive sacroiliitis. No lytic or blastic lesion. No fracture.",
        "Impression: mild R SI joint arthropathy, degenerative.",
        "",
        "Electronically signed: Priya Anand-Wexler, MD  01/12/2026",
    ], B1.format(8), "fine"),
]

L1 = {
    "perc.pain_location": ("met", ["located over R buttock below L5, no radiation into the leg"]),
    "perc.pain_severity": ("met", ["Pain today 7/10"]),
    "perc.sij_tenderness": ("met", ["Tender to palpation over R posterior SIJ (sacral sulcus)",
                                    "Greater trochanter non-tender bilat"]),
    "perc.active_conservative_therapy": ("met", ["Clinic PT (Forsyth Rehab) 04/14/2025 07/25/2025",
                                                 "MoveWell app (remote HEP) 07/28/2025 02/27/2026",
                                                 "Discharge check-in 02/27/2026: completed program"]),
    "perc.inactive_conservative_therapy": ("met", ["meloxicam 15 mg 30 tabs", "Still on meloxicam 15 mg daily"]),
    "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust R positive"]),
    "perc.two_provocative_tests": ("insufficient", []),
    "perc.diagnostic_injections": ("met", ["Guidance: fluoroscopy. Contrast: Omnipaque 180",
                                           "Post: pain 1/10 at 30 min (86% relief)",
                                           "Isovue-M 200 0.5 mL confirmed intra-articular placement"]),
    "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"]),
    "perc.sij_imaging": ("met", ["No erosive sacroiliitis. No lytic or blastic lesion",
                                 "No erosions. No fracture or destructive osseous lesion"]),
    "perc.hip_imaging": ("met", ["Impression: mild osteoarthritis of the right hip"]),
    "perc.lumbar_imaging": ("insufficient", []),
    "perc.therapeutic_injections": ("met", ["pain back to baseline within ~3 weeks both times",
                                            "40 mg triamcinolone (Kenalog)"]),
    "perc.excl.systemic_arthropathy": ("met", ["No hx of inflammatory arthritis; HLA-B27 negative"]),
    "perc.excl.infection_tumor_fracture": ("met", ["No lytic or blastic lesion. No fracture"]),
    "perc.excl.acute_instability": ("met", []),
    "perc.excl.neural_compression": ("met", []),
}
# pharmacy page inserted (text) before the office visit
d1_pharm = txt([
    "# Walgreens #11873 - Prescription Fill History",
    "Printed for patient at counter 03/02/2026. Patient: MARISOL DELGADO-RIVAS  DOB 04/11/1979",
    "|Fill date   Rx#       Drug                         Qty  DS  Prescriber",
    "|03/18/2025  4471902   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|04/16/2025  4471902   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|05/19/2025  4471902   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|06/17/2025  4471902   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|07/21/2025  4471902   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|08/20/2025  4471902   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|09/18/2025  4533110   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|09/18/2025  4533111   levothyroxine 75 mcg          90  90  Hsu",
    "|10/20/2025  4533110   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|11/19/2025  4533110   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|12/22/2025  4533110   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|01/21/2026  4533110   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|02/20/2026  4533110   meloxicam 15 mg 30 tabs       30  30  Oyelaran",
    "|12/14/2025  4601287   famotidine 20 mg              60  30  Hsu",
    "",
    "This is not a bill. Pharmacist: K. Ambrose RPh",
], "Pharmacy history")
d1_pages.insert(6, d1_pharm)
# 8 pages: fax cover(1) tele(2) proc1 fax(3) diary(4) proc2(5) PT(6) pharm(7) office(8) + radiology fax(9)
# fix banner total
B1 = B1.replace("/8", "/9")
for i, p in enumerate(d1_pages):
    if p["kind"] == "fax":
        p["banner"] = B1.format(i + 1)


# ================================================================ d6r-02 (meets)
P2 = dict(name="Okonkwo, Bernard T.", dob="09/30/1966", mid="CSN5520318-00")
B2 = "FROM:BLUE RIDGE TELEORTHO 828-555-0147 TO:CARESOURCE UM 02/09/2026 15:51 #4471 P. {}/{}"
d2_a = [  # 01_request.pdf
    txt([
        "# CareSource Prior Authorization Request - Medical/Outpatient",
        "Member: Bernard T. Okonkwo   DOB 09/30/1966   Member ID CSN5520318-00",
        "Requesting provider: Lucia Hendershot, MD (NPI 1093847562) - Blue Ridge TeleOrtho, Asheville NC",
        "Servicing facility: Mission Pines Surgery Center",
        "Service requested: [x] Percutaneous / minimally invasive SI joint fusion  [ ] Open SI joint fusion",
        "CPT 27279 x1, left.   Dx: M53.3 (sacrococcygeal disorders NEC), M54.59",
        "Date of request: 02/09/2026     Urgency: standard",
        "Clinical summary attached: telehealth notes, in-person exam, injection notes, imaging, PT log, "
        "pharmacy history, patient correspondence.",
        "Provider signature: L. Hendershot MD   02/09/2026",
    ], "PA request"),
    txt([
        "# Letter of Medical Necessity",
        "Blue Ridge TeleOrtho | 44 Haywood Rd Ste 210, Asheville NC 28801",
        "02/09/2026",
        "To the CareSource reviewer:",
        "Mr. Okonkwo is a 59 year old long-haul dispatcher with left sacroiliac joint pain for about two years. "
        "He has done a full year of supervised and app-based therapy, daily naproxen and acetaminophen, and a "
        "TENS unit, and had two fluoroscopically guided, contrast-confirmed left SIJ blocks each with strong "
        "short-term relief. The steroid effect wore off both times. His lumbar MRI shows no nerve "
        "compression. I believe he is an appropriate candidate for minimally invasive left SIJ fusion.",
        "Sincerely, Lucia Hendershot, MD, Orthopaedic Spine",
    ], "LMN"),
]
d2_b = [  # 02_clinical.pdf
    txt([
        "# Blue Ridge TeleOrtho - Video Visit",
        "DOS 06/02/2025 | Platform: Zoom for Healthcare | Pt in his truck cab, parked (pt confirms not driving)",
        "Clinician: Lucia Hendershot, MD",
        "Subjective: Pt states L low back pain 'right where my belt sits and below, left side'. Patient reports "
        "it radiates to the L groin occasionally - corrected later in visit, pt meant the L buttock crease, not "
        "groin. Pt says pain is 'a 7, some days 9'.",
        "Meds: naproxen 500 bid, acetaminophen 1 g tid prn. TENS unit since 03/2025 - see note below.",
        "Pt-assisted exam: standing flexion observed. Pt points to L PSIS. Unable to perform provocation "
        "maneuvers by video given setting.",
        "Hx: hernia repair 2019. Hx of L4-5 sciatica 2016, resolved with PT, no leg sx since.",
        "Plan: in-person exam at Asheville clinic; continue PT; obtain XR pelvis/L hip; lumbar MRI.",
    ], "Video visit 06/02/2025"),
    txt([
        "# Blue Ridge TeleOrtho - In-Person Spine Exam",
        "DOS 06/16/2025   Lucia Hendershot, MD",
        "Pain: L posterior pelvic pain below L5, over L SIJ, non-radiating. Pain 8/10 today.",
        "Exam: Point of max tenderness at L PSIS / sacral sulcus - reproduces his pain. Non-tender over L "
        "greater trochanter, lumbar facets and coccyx.",
        "Provocation (L): distraction +, compression +, thigh thrust +, Gaenslen +, FABER + (posterior pain). "
        "5/5 positive.",
        "Neuro: SLR neg, strength/sensation/reflexes normal BLE.",
        "Imp: L SIJ dysfunction. Plan: continue PT + TENS + NSAID; diagnostic SIJ injections if no better.",
    ], "Office exam 06/16/2025"),
]
d2_c = [  # 03_faxed_outside.pdf (standard res)
    fax([
        "# HIGHLAND INJECTION & PAIN CENTER",
        "Brief Procedure Note      DOS: 09/09/2025",
        "Pt: OKONKWO, BERNARD T   DOB 09/30/1966",
        "Proc: L SI joint injection under fluoroscopy",
        "Contrast: Omnipaque 240, arthrogram confirms IA spread",
        "Meds: lidocaine 2% 1 mL + methylprednisolone 40 mg",
        "Pre VAS 72 mm. Post VAS 10 mm at 20 min.",
        "Pt diary (returned by mail):",
        "|  +30 min  10 mm    +1 h  12 mm    +2 h  15 mm",
        "|  +4 h     40 mm    +24 h 55 mm",
        "Relief 83% at 1 hr.  Dr. Aurelio Pinkney",
    ], "", "standard"),
    fax([
        "# HIGHLAND INJECTION & PAIN CENTER",
        "Brief Procedure Note      DOS: 10/14/2025",
        "Pt: OKONKWO, BERNARD T   DOB 09/30/1966",
        "Proc: repeat L SI joint injection, fluoro guided",
        "Contrast: Omnipaque 240 0.3 mL, IA, no vascular runoff",
        "Meds: lidocaine 2% 1 mL + methylprednisolone 40 mg",
        "Pre VAS 75 mm. Post VAS 8 mm.",
        "Diary: +1 h 10 mm, +2 h 14 mm, +6 h 38 mm",
        "Relief 87% at 1 h, sustained > 2 h.",
        "Steroid from 09/09 wore off after approx 3 wks per pt.",
        "Dr. Aurelio Pinkney",
    ], "", "standard"),
    fax([
        "# MOUNTAIN VIEW RADIOLOGY",
        "Pt: OKONKWO, BERNARD    DOB 09/30/1966",
        "XR PELVIS AND LEFT HIP, 4 VIEWS    06/20/2025",
        "SI joints: mild L SIJ sclerosis. No erosion, no destructive lesion.",
        "Left hip: joint space preserved. No significant osteoarthritis.",
        "",
        "MRI PELVIS / SI JOINTS W/O    07/08/2025",
        "Mild L SIJ degenerative change. No marrow edema pattern of",
        "inflammatory sacroiliitis. No mass, fracture or fluid collection.",
        "",
        "MRI LUMBAR SPINE W/O    07/08/2025",
        "L4-5 mild disc bulge. No canal or foraminal stenosis.",
        "No nerve root compression or impingement at any level.",
        "Rad: Soren Achterberg, MD",
    ], "", "standard"),
]
d2_d = [  # 04_patient_records.pdf
    txt([
        "# StrideRx Remote PT - Adherence Log",
        "Pt: Bernard Okonkwo | Supervising PT: Wendell Marchetti, PT, OCS | Prescriber: L. Hendershot MD",
        "HEP prescription (03/03/2025): bird-dog, side plank, clamshell, glute bridge, SIJ belt during loading, "
        "walk 20 min daily. 5 d/wk.",
        "|week_start   sessions_done/prescribed  pt_pain_avg  PT_review",
        "|2025-03-03   3/5                        7          video intake",
        "|2025-04-07   5/5                        7          ",
        "|2025-05-05   4/5                        7          msg reviewed",
        "|2025-06-09   5/5                        8          ",
        "|2025-07-07   4/5                        7          video f/u",
        "|2025-08-04   5/5                        7          ",
        "|2025-09-08   2/5                        6          (inj week)",
        "|2025-10-06   4/5                        7          video f/u",
        "|2025-11-03   5/5                        7          ",
        "|2025-12-01   4/5                        7          ",
        "|2026-01-05   5/5                        7          discharge video",
        "",
        "Discharge 01/09/2026: HEP completed as prescribed x10 months, no lasting change in SIJ pain. "
        "Follow-up video done. - W. Marchetti PT",
    ], "PT app log"),
    txt([
        "# TENS use log / pharmacy fills",
        "TENS (Omron PM3030) started 03/10/2025: 2 pads L SIJ/buttock, 30 min per session, twice daily, "
        "most days; still using 01/2026.",
        "|CVS #7720 fill history (patient printout 01/28/2026)",
        "|03/05/25 naproxen 500mg #60 30ds      08/02/25 naproxen 500mg #60 30ds",
        "|04/04/25 naproxen 500mg #60 30ds      09/03/25 naproxen 500mg #60 30ds",
        "|05/03/25 naproxen 500mg #60 30ds      10/02/25 naproxen 500mg #60 30ds",
        "|06/02/25 naproxen 500mg #60 30ds      11/04/25 naproxen 500mg #60 30ds",
        "|07/03/25 naproxen 500mg #60 30ds      12/03/25 naproxen 500mg #60 30ds",
        "|01/05/26 naproxen 500mg #60 30ds      01/05/26 omeprazole 20mg #30",
    ], "TENS/pharmacy"),
    txt([
        "# Patient portal message",
        "From: Bernard Okonkwo  To: Dr. Hendershot's team  Sent: 11/10/2025 6:12 AM",
        "Subject: shots wore off again",
        "Hi Dr H, the second shot from October was great that day, I could sit thru a whole shift, but "
        "it's back to where it was now, same as the first one did. Still doing my app exercises and the tens "
        "thing. My wife keeps asking if I have that fibromyalgia her sister has, I told her no, it's just the "
        "one spot. Let me know next steps. -Bernard",
        "",
        "Reply (RN Kayla Strout, 11/10/2025): Forwarded to Dr. H. Will schedule in-person recheck.",
    ], "Portal message"),
    txt([
        "# Blue Ridge TeleOrtho - In-Person Follow-up",
        "DOS 01/26/2026   Lucia Hendershot, MD",
        "Interval: 2 fluoro SIJ blocks (09/09, 10/14) each >80% relief for several hours; steroid relief "
        "faded within 3-4 weeks each time. Finished StrideRx 01/09. Naproxen, acetaminophen, TENS ongoing.",
        "Pain: L SIJ/buttock pain below L5, non-radiating, 7/10 today.",
        "Exam: tender at L posterior SIJ; greater trochanter, lumbar spine and coccyx non-tender. "
        "Thigh thrust L positive. Distraction positive. FABER positive on L.",
        "No inflammatory back pain features; no psoriasis, no IBD. ESR/CRP normal 07/2025.",
        "Assessment: L SIJ dysfunction failing >6 mo conservative care. Plan: MIS L SIJ fusion, CPT 27279.",
        "L. Hendershot MD",
    ], "Office f/u 01/26/2026"),
]
d2_fax_total = len(d2_c)
for i, p in enumerate(d2_c):
    p["banner"] = B2.format(i + 1, d2_fax_total)

L2 = {
    "perc.pain_location": ("met", ["L SIJ/buttock pain below L5, non-radiating"]),
    "perc.pain_severity": ("met", ["non-radiating, 7/10 today"]),
    "perc.sij_tenderness": ("met", ["tender at L posterior SIJ",
                                    "greater trochanter, lumbar spine and coccyx non-tender"]),
    "perc.active_conservative_therapy": ("met", ["HEP completed as prescribed x10 months",
                                                 "Follow-up video done"]),
    "perc.inactive_conservative_therapy": ("met", ["naproxen 500mg #60 30ds",
                                                   "30 min per session, twice daily"]),
    "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust L positive"]),
    "perc.two_provocative_tests": ("met", ["Distraction positive. FABER positive on L"]),
    "perc.diagnostic_injections": ("met", ["Relief 83% at 1 hr", "Relief 87% at 1 h, sustained > 2 h",
                                           "Contrast: Omnipaque 240, arthrogram confirms IA spread"]),
    "perc.generalized_pain_excluded": ("met", []),
    "perc.sij_imaging": ("met", ["No erosion, no destructive lesion",
                                 "No mass, fracture or fluid collection"]),
    "perc.hip_imaging": ("met", ["Left hip: joint space preserved"]),
    "perc.lumbar_imaging": ("met", ["No nerve root compression or impingement at any level"]),
    "perc.therapeutic_injections": ("met", ["steroid relief faded within 3-4 weeks each time",
                                            "Steroid from 09/09 wore off after approx 3 wks"]),
    "perc.excl.systemic_arthropathy": ("met", []),
    "perc.excl.infection_tumor_fracture": ("met", []),
    "perc.excl.acute_instability": ("met", []),
    "perc.excl.neural_compression": ("met", []),
}


# ================================================================ d6r-03 (does not meet)
P3 = dict(name="Lindqvist, Harriet A.", dob="12/02/1984", mid="CSN7093364-02")
B3 = "FROM: SANDHILLS TELEHEALTH SPINE  910-555-0133   TO: 18445550110   04/20/2026 11:07AM   P. {}/{}"
d3_a = [  # 01_cover_and_notes.pdf
    fax([
        "# SANDHILLS TELEHEALTH SPINE",
        "FAX TRANSMITTAL",
        "To: CareSource Utilization Management",
        "Re: Harriet A. Lindqvist  DOB 12/02/1984  ID CSN7093364-02",
        "Request: percutaneous SI joint fusion RIGHT, CPT 27279",
        "Request date 04/20/2026",
        "Surgeon: Mateus Obi-Hartwell, DO",
        "Enclosed: notes, injection reports, imaging, PT, pharmacy, pt emails",
        "Contact: Joelle, PA coordinator ext 4",
    ], "", "fine"),
    txt([
        "# Sandhills Telehealth Spine - Virtual New Patient",
        "Date: 11/03/2025   Mode: video (Epic MyChart)   Provider: Mateus Obi-Hartwell, DO",
        "Pt is a 41 yo F, ICU night nurse. Pt reports R-sided low back/buttock pain since a fall on ice in "
        "01/2025 (no fracture on ED films per pt). Patient reports pain stays over the R buttock, under the "
        "belt, doesn't go down her leg. Pt rates 6/10 on avg.",
        "Prior care: 8 wks PT in spring 2024 for neck pain (not relevant). Ibuprofen OTC and ice.",
        "Video exam: pt stands, points to R PSIS with one finger (Fortin sign +). Pt-assisted single-leg stance "
        "reproduces R buttock pain. Full exam next visit.",
        "PMH: migraine. Hx of postpartum depression 2019, resolved. No hx fibromyalgia.",
        "FHx: sister - psoriatic arthritis.",
        "Plan: start PT (Pinehurst Physio) + HEP; ibuprofen 600 tid with food; XR/CT pelvis, R hip XR, "
        "lumbar MRI; f/u in person.",
    ], "Virtual NP 11/03/2025"),
    txt([
        "# Sandhills Telehealth Spine - In-Person Exam",
        "Date: 12/01/2025   Provider: M. Obi-Hartwell, DO",
        "Pain R SIJ region, caudal to L5, non-radiating. 7/10 today.",
        "Palpation: TTP directly over R posterior SIJ. No tenderness over R greater trochanter, lumbar "
        "paraspinals or coccyx.",
        "Provocation R: compression positive, thigh thrust positive, Gaenslen positive, FABER positive, "
        "distraction negative.",
        "SLR neg. Neuro intact. Waddell 0/5.",
        "Plan: fluoroscopic R SIJ blocks x2 at Moore County Injection Ctr; continue PT.",
    ], "In-person exam 12/01/2025"),
]
d3_b = [  # 02_outside_injections.pdf (faxed)
    fax([
        "# MOORE COUNTY INJECTION CENTER - PROCEDURE RECORD",
        "Patient: LINDQVIST, HARRIET   DOB 12/02/1984   DOS 01/06/2026",
        "Procedure: R SIJ intra-articular injection",
        "Imaging: fluoroscopy. Contrast: Isovue 0.5 mL, IA pattern confirmed",
        "Injectate: ropivacaine 0.5% 1 mL + dexamethasone 10 mg",
        "NRS pre 7. NRS post 15 min: 1 (86% relief).",
        "4-hr phone check: 2/10, relief ~70%.",
        "Physician: Naomi Trevisan-Lake, MD",
    ], "", "fine"),
    fax([
        "# MOORE COUNTY INJECTION CENTER - PROCEDURE RECORD",
        "Patient: LINDQVIST, HARRIET   DOB 12/02/1984   DOS 02/10/2026",
        "Procedure: R SIJ intra-articular injection, repeat",
        "Imaging: fluoroscopy. Contrast: Isovue 0.5 mL, IA pattern confirmed",
        "Injectate: ropivacaine 0.5% 1 mL + dexamethasone 10 mg",
        "NRS pre 7. NRS post 20 min: 5. Approximately 30% relief.",
        "Pt states 'not like last time'. No complications.",
        "Note: relief from 01/06 dexamethasone lasted ~2 wks per pt.",
        "Physician: Naomi Trevisan-Lake, MD",
    ], "", "fine"),
]
d3_c = [  # 03_records.pdf
    txt([
        "# Pinehurst Physio - Discharge Summary",
        "Patient: Harriet Lindqvist   PT: Gabriel Sundqvist-Mora, DPT",
        "Dx: R SIJ dysfunction. Start of care 11/10/2025. Visits: 9 of 16 authorized.",
        "HEP issued 11/10/2025 (bridge, dead bug, clamshell, hip hinge) with PhysiApp access.",
        "Last attended visit 01/19/2026. Pt cancelled remaining visits, citing night-shift schedule. "
        "Discharged from PT 02/02/2026 - did not return; goals not met.",
        "PhysiApp adherence export:",
        "|week_of     prescribed  logged",
        "|11/10/2025  5           5",
        "|11/24/2025  5           4",
        "|12/08/2025  5           3",
        "|12/22/2025  5           2",
        "|01/05/2026  5           1",
        "|01/19/2026  5           0",
        "|(no further activity logged)",
    ], "PT discharge"),
    txt([
        "# Patient e-mail (printed from MyChart)",
        "From: Harriet Lindqvist   To: Sandhills Telehealth Spine   Sent: 02/14/2026 07:48",
        "Subject: re: physio + the 2nd injection",
        "Hi Dr O-H - honestly the 2nd injection didnt do much, maybe took the edge off. I also have to be honest "
        "that I stopped doing the exercises because of my work schedule, 3 nights in a row wrecks me and I "
        "couldn't get to Pinehurst. They didn't make it worse, I just couldnt fit it in. Still taking the "
        "ibuprofen. Can we talk about the surgery option?  -Harriet",
        "",
        "Staff note 02/16/2026: video f/u booked 03/30/2026. -JH",
    ], "Patient e-mail"),
    txt([
        "# Harris Teeter Pharmacy #0219 - Rx History",
        "LINDQVIST, HARRIET A   DOB 12/02/1984   range 04/01/2025-04/01/2026",
        "|DATE        DRUG                          QTY   DAYS",
        "|04/22/2025  ibuprofen 600 mg tab          90    30",
        "|06/03/2025  ibuprofen 600 mg tab          90    30",
        "|07/15/2025  ibuprofen 600 mg tab          90    30",
        "|09/02/2025  ibuprofen 600 mg tab          90    30",
        "|11/04/2025  ibuprofen 600 mg tab          90    30",
        "|12/04/2025  ibuprofen 600 mg tab          90    30",
        "|01/05/2026  ibuprofen 600 mg tab          90    30",
        "|02/05/2026  ibuprofen 600 mg tab          90    30",
        "|03/07/2026  ibuprofen 600 mg tab          90    30",
        "|03/07/2026  sumatriptan 50 mg tab         9     30",
    ], "Pharmacy"),
    txt([
        "# Sandhills Imaging - Combined Report",
        "Patient: LINDQVIST, HARRIET A  DOB 12/02/1984",
        "1) XR PELVIS + SI JOINTS, 11/18/2025: SIJs congruent; no erosions or ankylosis. No fracture.",
        "2) XR RIGHT HIP AP/LAT, 11/18/2025: Normal hip joint space. No osteoarthritis.",
        "3) CT PELVIS, 11/25/2025: mild R SIJ subchondral sclerosis, no erosive change, no lytic or destructive "
        "lesion, no fracture, no diastasis of the SIJ.",
        "4) MRI LUMBAR SPINE, 11/25/2025: L5-S1 small central protrusion without nerve root contact. "
        "No spinal canal or foraminal stenosis. No neural impingement.",
        "Impression: mild R SIJ degenerative change. Unremarkable lumbar MRI.",
        "Read by: Ephraim Gottlieb-Nwosu, MD",
    ], "Imaging"),
    txt([
        "# Sandhills Telehealth Spine - Video Follow-up",
        "Date: 03/30/2026   Provider: M. Obi-Hartwell, DO   Mode: video",
        "Patient reports R buttock pain unchanged since Feb, below L5, no leg radiation. Pain 7/10 today per pt. "
        "Pt reports 1st injection gave ~1 day good relief then steroid benefit ~2 wks; 2nd injection minimal.",
        "Therapy: PT 11/10/25 - 02/02/26, stopped (schedule). Ibuprofen daily, ice packs after shifts.",
        "Pt-assisted exam: pt presses over R sacral dimple - tender per pt.",
        "No hx of AS/RA/IBD; HLA-B27 not tested. SIJ stable on CT, no diastasis.",
        "Plan: submit percutaneous R SIJ fusion request (27279). Discussed that insurer may require more "
        "therapy.",
    ], "Video f/u 03/30/2026"),
]
d3_fax_total = sum(1 for p in d3_a + d3_b if p["kind"] == "fax")
k = 0
for p in d3_a + d3_b:
    if p["kind"] == "fax":
        k += 1
        p["banner"] = B3.format(k, d3_fax_total)

L3 = {
    "perc.pain_location": ("met", ["Pain R SIJ region, caudal to L5, non-radiating"]),
    "perc.pain_severity": ("met", ["Pain 7/10 today per pt"]),
    "perc.sij_tenderness": ("met", ["TTP directly over R posterior SIJ",
                                    "No tenderness over R greater trochanter"]),
    "perc.active_conservative_therapy": ("not_met", ["Discharged from PT 02/02/2026",
                                                     "stopped doing the exercises because of my work schedule",
                                                     "Start of care 11/10/2025"]),
    "perc.inactive_conservative_therapy": ("met", ["ibuprofen 600 mg tab 90 30",
                                                   "Ibuprofen daily, ice packs after shifts"]),
    "perc.thigh_thrust_or_compression": ("met", ["compression positive, thigh thrust positive"]),
    "perc.two_provocative_tests": ("met", ["Gaenslen positive, FABER positive"]),
    "perc.diagnostic_injections": ("not_met", ["Approximately 30% relief",
                                               "NRS pre 7. NRS post 20 min: 5"]),
    "perc.generalized_pain_excluded": ("met", ["SLR neg. Neuro intact. Waddell 0/5"]),
    "perc.sij_imaging": ("met", ["no erosive change, no lytic or destructive lesion",
                                 "no erosions or ankylosis"]),
    "perc.hip_imaging": ("met", ["Normal hip joint space. No osteoarthritis"]),
    "perc.lumbar_imaging": ("met", ["No spinal canal or foraminal stenosis. No neural impingement"]),
    "perc.therapeutic_injections": ("met", ["relief from 01/06 dexamethasone lasted ~2 wks",
                                            "2nd injection minimal"]),
    "perc.excl.systemic_arthropathy": ("met", ["No hx of AS/RA/IBD"]),
    "perc.excl.infection_tumor_fracture": ("met", ["no fracture, no diastasis of the SIJ"]),
    "perc.excl.acute_instability": ("met", ["SIJ stable on CT, no diastasis"]),
    "perc.excl.neural_compression": ("met", ["No neural impingement"]),
}

PACKETS = [
    dict(id="d6r-01", form="single", files=[("d6r-01.pdf", d1_pages)], P=P1, labels=L1, request_date="2026-03-16",
         det="insufficient_documentation", packet_json=None),
    dict(id="d6r-02", form="folder", files=[("01_request.pdf", d2_a), ("02_clinical.pdf", d2_b),
                                           ("03_faxed_outside.pdf", d2_c), ("04_patient_records.pdf", d2_d)],
         P=P2, labels=L2, request_date="2026-02-09", det="meets_criteria",
         packet_json={"request_date": "2026-02-09", "procedure_codes": ["27279"], "member_id": "CSN5520318-00",
                      "policy": "MP-MM-1366"}),
    dict(id="d6r-03", form="folder", files=[("01_cover_and_notes.pdf", d3_a), ("02_outside_injections.pdf", d3_b),
                                           ("03_records.pdf", d3_c)],
         P=P3, labels=L3, request_date="2026-04-20", det="does_not_meet_criteria", packet_json=None),
]


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def main():
    errors = []
    report = []
    for pk in PACKETS:
        pid = pk["id"]
        if pk["form"] == "single":
            base = OUT
            lab_path = os.path.join(OUT, f"{pid}.labels.json")
        else:
            base = os.path.join(OUT, pid)
            if os.path.isdir(base):
                shutil.rmtree(base)
            os.makedirs(base)
            lab_path = os.path.join(base, "labels.json")
        page_texts = []  # (kind, text)
        fax_info = []
        for fname, pages in pk["files"]:
            path = os.path.join(base, fname)
            build_pdf(pages, path, pk["P"]["name"], pk["P"]["dob"])
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == len(pages)
                for p, pg in zip(pages, pdf.pages):
                    t = pg.extract_text() or ""
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        errors.append(f"{pid}/{fname}: page not US Letter {pg.width}x{pg.height}")
                    if p["kind"] == "fax":
                        if t.strip() or pg.chars:
                            errors.append(f"{pid}/{fname}: fax page has text layer")
                        page_texts.append(("fax", "\n".join([p["banner"]] + [l.lstrip("#| ") for l in p["lines"]])))
                        fax_info.append(p["res"])
                    else:
                        page_texts.append(("text", t))
            # check fax images are 1-bit CCITT
            r = PdfReader(path)
            for p, pg in zip(pages, r.pages):
                if p["kind"] == "fax":
                    xo = pg["/Resources"]["/XObject"]
                    for k2 in xo:
                        o = xo[k2].get_object()
                        flt = o.get("/Filter"); flt = list(flt) if isinstance(flt, list) or hasattr(flt, "__iter__") and not isinstance(flt, str) else [flt]
                        if flt != ["/CCITTFaxDecode"] or o.get("/BitsPerComponent") != 1:
                            errors.append(f"{pid}/{fname}: fax image not CCITT 1-bit")
        if pk["packet_json"]:
            with open(os.path.join(base, "packet.json"), "w") as fh:
                json.dump(pk["packet_json"], fh, indent=2)
        n = len(page_texts)
        if not 4 <= n <= 20:
            errors.append(f"{pid}: page count {n}")
        if set(pk["labels"]) != set(PERC) or len(pk["labels"]) != len(PERC):
            errors.append(f"{pid}: criteria set mismatch")
        det = determination([s for s, _ in pk["labels"].values()])
        if det != pk["det"]:
            errors.append(f"{pid}: determination {det} != intended {pk['det']}")
        alltext = [norm(t) for _, t in page_texts]
        for cid, (st, ev) in pk["labels"].items():
            if st == "insufficient" and ev:
                errors.append(f"{pid} {cid}: insufficient with evidence")
            if st in ("met", "not_met") and not ev and not cid.startswith("perc.excl.") \
                    and cid != "perc.generalized_pain_excluded":
                errors.append(f"{pid} {cid}: {st} without evidence")
            for e in ev:
                nw = len(e.split())
                if not 3 <= nw <= 12:
                    errors.append(f"{pid} {cid}: snippet word count {nw}: {e!r}")
                if not any(norm(e) in t for t in alltext):
                    errors.append(f"{pid} {cid}: snippet not found: {e!r}")
        labels = {"procedure": "percutaneous", "request_date": pk["request_date"], "determination": det,
                  "criteria": {c: {"status": pk["labels"][c][0], "evidence": pk["labels"][c][1]} for c in PERC}}
        with open(lab_path, "w") as fh:
            json.dump(labels, fh, indent=2)
        cnt = {s: sum(1 for v in pk["labels"].values() if v[0] == s) for s in ("met", "not_met", "insufficient")}
        report.append(f"{pid}: {pk['form']}, {len(pk['files'])} file(s), {n} pages, faxed {len(fax_info)} "
                      f"({','.join(sorted(set(fax_info)))}), det={det}, counts={cnt}")
    print("\n".join(report))
    if errors:
        print("SELF-CHECK FAILED:")
        print("\n".join(errors))
        sys.exit(1)
    print("SELF-CHECK OK: criteria sets, determinations, snippets, fax text layers, CCITT 1-bit, page counts")


if __name__ == "__main__":
    main()
