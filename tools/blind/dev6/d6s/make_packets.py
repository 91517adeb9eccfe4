#!/usr/bin/env python3
"""Deterministic generator for blind packets d6s-01..03 (SIJ fusion, percutaneous 27279)."""
import io, json, os, random, re, shutil
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf, pdfplumber
from pypdf import PdfReader, PdfWriter

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]

def text_page(lines, header=None, footer=None, mono=False, size=10):
    pdf = FPDF(format="letter", unit="pt"); pdf.set_auto_page_break(False)
    pdf.add_page(); pdf.set_margins(54, 50, 54)
    y = 40
    if header:
        pdf.set_font("Helvetica", "", 8); pdf.set_xy(54, 28); pdf.cell(0, 10, header)
    fam = "Courier" if mono else "Helvetica"
    y = 54
    for ln in lines:
        bold = ln.startswith("**")
        t = ln[2:] if bold else ln
        pdf.set_font(fam, "B" if bold else "", size + (1 if bold else 0))
        pdf.set_xy(54, y)
        pdf.multi_cell(504, size + 3, t)
        y = pdf.get_y() + 1
        if y > 740: raise SystemExit("page overflow: " + lines[0])
    if footer:
        pdf.set_font("Helvetica", "", 8); pdf.set_xy(54, 760); pdf.cell(0, 10, footer)
    return bytes(pdf.output())

def fax_page(lines, banner, seed, standard=False, mono=False):
    rnd = random.Random(seed)
    W, H = 1734, 2200  # 204 x 196 grid (8.5 x ~11.2 in, cropped below)
    H = 2156
    img = Image.new("L", (W, H), 255); d = ImageDraw.Draw(img)
    f = ImageFont.truetype(MONO if mono else FONT, 30)
    fb = ImageFont.truetype(MONO, 24)
    d.text((40, 12), banner, font=fb, fill=0)
    y = 110
    for ln in lines:
        bold = ln.startswith("**"); t = ln[2:] if bold else ln
        d.text((150, y), t, font=f, fill=0)
        if bold: d.text((151, y), t, font=f, fill=0)
        y += 40
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    px = img.load()
    for _ in range(2500):  # specks
        x, yy = rnd.randrange(W), rnd.randrange(H); px[x, yy] = 0
    bw = img.point(lambda v: 0 if v < 150 else 255).convert("1")
    d2 = ImageDraw.Draw(bw)
    for _ in range(4):  # dropouts: thin white horizontal streaks
        yy = rnd.randrange(200, H - 50); d2.rectangle([0, yy, W, yy + 1], fill=1)
    dpi = (204, 196)
    if standard:
        bw = bw.resize((W, H // 2), Image.NEAREST); dpi = (204, 98)
    buf = io.BytesIO(); bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(buf.getvalue())

def assemble(page_pdfs, path):
    w = PdfWriter()
    for b in page_pdfs:
        for p in PdfReader(io.BytesIO(b)).pages: w.add_page(p)
    with open(path, "wb") as fh: w.write(fh)

def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

# ---------------------------------------------------------------- packet builder
class Packet:
    def __init__(s, pid): s.pid, s.files, s.faxtext = pid, {}, []  # files: name -> list of (kind, bytes, text)
    def add(s, fname, kind, b, text): s.files.setdefault(fname, []).append((kind, b, text))

def T(p, fname, lines, **kw):
    p.add(fname, "text", text_page(lines, **{k: v for k, v in kw.items()}), "\n".join(lines))

def F(p, fname, lines, banner, seed, standard=False, mono=False):
    p.add(fname, "fax", fax_page(lines, banner, seed, standard, mono), "\n".join(l.lstrip("*") for l in lines))

# ================================================================ d6s-01  (single PDF, fine fax)
def build01():
    p = Packet("d6s-01"); f = "d6s-01.pdf"
    hdr = "Whitcombe, Doris A   DOB 03/22/1949   MRN WG-0048817"
    ban = lambda n: "FROM: 9195550142 PIEDMONT GERIATRIC ASSOC  TO: UM INTAKE 8665550199  01/14/2026 09:42  P. %d/9" % n
    F(p, f, ["**PIEDMONT GERIATRIC ASSOCIATES", "Care Coordination Office - 2210 Hanes Mill Rd, Suite 4",
             "Winston-Salem NC 27105   Ph 919-555-0140   Fax 919-555-0142", "",
             "**FAX TRANSMITTAL", "", "To:   Utilization Mgmt / Prior Auth Intake", "Fax:  866-555-0199",
             "From: Latrice Odom, RN, Care Coordinator", "Date: 01/14/2026        Pages (incl. cover): 9", "",
             "RE: Prior auth - R sacroiliac joint fusion, minimally invasive",
             "Member: Doris A. Whitcombe   ID: MA77310452", "",
             "Enclosed: PA form, AWV/problem note, med rec, call log,",
             "pain mgmt consult + 2 procedure notes, radiology.", "",
             "Please call w/ questions. Thank you!", "",
             "CONFIDENTIALITY: This facsimile contains protected health",
             "information. If received in error notify sender and destroy."], ban(1), 101)
    T(p, f, ["**PRIOR AUTHORIZATION REQUEST - OUTPATIENT PROCEDURE",
             "Medicare Advantage / Commercial Marketplace   Policy ref: MP-MM-1366", "",
             "Request date: 01/14/2026          Urgency: [X] Standard  [ ] Expedited",
             "Member name: Whitcombe, Doris A        Member ID: MA77310452      DOB: 03/22/1949",
             "Requesting provider: Anand K. Rao, MD (Interventional Pain)   NPI 1447702913",
             "Facility: Forsyth Valley Surgery Center (ASC)", "",
             "Procedure: Percutaneous arthrodesis, sacroiliac joint, right, with image guidance",
             "CPT: 27279      Units: 1       ICD-10: M53.3, M53.2X8",
             "Primary dx: M53.3 Sacrococcygeal disorders NEC / R SI joint dysfunction", "",
             "Clinical summary (provider):",
             "77 y/o F w/ >2 yrs R buttock pain, failed PT/HEP, NSAID, SI belt, 2 fluoro-guided SIJ",
             "injections. Requesting MIS SIJ fusion (triangular implants).", "",
             "Signature: A. Rao MD (e-signed)      Date: 01/13/2026"], header="Forsyth Valley Pain & Spine - PA Dept", footer="Page 2 of 9")
    T(p, f, ["**PIEDMONT GERIATRIC ASSOCIATES - PROGRESS NOTE",
             "Visit: 12/09/2025   Provider: Helen Marchetti, MD (Geriatrics)   Type: AWV + problem-focused (-25)", "",
             "CC: R low back/buttock pain, f/u; Medicare AWV subsequent",
             "HPI: 76yo F here w/ daughter. R-sided buttock pain sits just below belt line, over the",
             "R SIJ, pain stays in buttock and does not radiate into leg. Worse w/ stairs, rolling in",
             "bed, getting out of car. Today rates SIJ pain 7/10. Had 2 SI injections w/ Dr Rao (pain",
             "clinic) - 1st helped a lot, 2nd 'barely did anything'.",
             "PMH: HTN, HLD, T2DM (A1c 6.9), hypothyroid, OA knees, CKD 3a, osteopenia.",
             "No history of RA, AS or psoriasis. Denies falls/trauma in past yr.",
             "FHx: brother w/ ankylosing spondylitis; mother CVA. Pt herself HLA-B27 never checked, no",
             "inflammatory back pain features (no AM stiffness >30 min).",
             "AWV: Mini-Cog 5/5. PHQ-2 = 0. TUG 13 sec w/ cane. Fall risk screen: moderate.",
             "Advance directive on file, HCPOA daughter (Karen).", "",
             "Exam: BP 138/76 HR 72. Gait antalgic, uses SPC. TTP R PSIS/SI sulcus. L/S paraspinals",
             "nontender. Greater troch nontender b/l. SLR neg b/l. Strength 5/5 LE. DTR 1+ sym.",
             "A/P:", "1. R SI joint dysfunction - chronic, not improving. Failed conservative tx. Agree w/",
             "   referral back to Dr Rao re: fusion eval. Cont meloxicam 7.5 (renal fx ok, recheck BMP).",
             "2. Fall risk - cont walker for community distances, PT home safety done.",
             "3. T2DM - stable. 4. HTN - at goal.",
             "Waddell signs 0/5 on screening (per pain clinic). No widespread pain complaints.", "",
             "Electronically signed: Helen Marchetti, MD 12/09/2025 16:02"],
      header=hdr, footer="Page 3 of 9")
    T(p, f, ["MEDICATION RECONCILIATION - Piedmont Geriatric Associates   Reconciled: 12/09/2025 (LO RN)", "",
             "DRUG                      DOSE/ROUTE/FREQ            START       STATUS",
             "-----------------------------------------------------------------------------",
             "meloxicam                 7.5 mg PO daily            02/2025     ACTIVE - taking",
             "acetaminophen (OTC)       650 mg PO q8h prn          2023        ACTIVE - uses ~2x/d",
             "lisinopril                20 mg PO daily             2019        ACTIVE",
             "amlodipine                5 mg PO daily              2021        ACTIVE",
             "atorvastatin              40 mg PO qhs               2018        ACTIVE",
             "metformin ER              1000 mg PO daily w/ supper 2020        ACTIVE",
             "levothyroxine             75 mcg PO qAM              2012        ACTIVE",
             "calcium + D3              600mg/800IU PO BID         2022        ACTIVE",
             "gabapentin                100 mg PO qhs              03/2024     STOPPED 06/2024 (dizzy)",
             "tramadol                  50 mg PO q12h prn          2024        D/C'd - not taking",
             "cyclobenzaprine           5 mg                       --          D/C (Beers list)",
             "diclofenac 1% gel         4 g topical QID prn        05/2025     ACTIVE - R buttock",
             "omeprazole                20 mg PO daily             02/2025     ACTIVE (GI ppx w/ NSAID)",
             "", "DME: SI belt (delivered 05/02/2025), SPC, rollator walker (2024).",
             "Allergies: sulfa (rash), codeine (N/V).",
             "Non-drug: moist heat pack to R buttock nightly - pt reports consistent use since spring.", "",
             "Pt brought all bottles (brown bag). Discrepancies: none after d/c of tramadol from list."],
      header=hdr, footer="Page 4 of 9", mono=True, size=8)
    F(p, f, ["**CARE COORDINATION - CALL LOG (excerpt)   Pt: Whitcombe, Doris  MA77310452",
             "03/18/25 LO RN  Referral to Salem Outpatient PT sent, R SIJ dysfx. Auth #P5521.",
             "03/27/25 LO RN  PT eval done 03/25. Plan 2x/wk x 8 wk. Pt ok w/ transport.",
             "05/02/25 LO RN  Apex Medical delivered SI belt, fitted by tech. Ticket scanned.",
             "06/04/25 LO RN  PT extended 4 wk per PT progress note, goals partly met.",
             "07/01/25 LO RN  PT discharged 06/30/25 - HEP handout given (bridges, clams,",
             "               TrA bracing, walking 15 min). Dr M to f/u HEP at next visits.",
             "08/20/25 LO RN  Spoke w/ daughter: pt doing HEP 5 d/wk. Pain still 6-7.",
             "10/20/25 LO RN  HEP follow-up call: finished HEP course 10/15, no real",
             "               change. Dr M aware. Pain clinic f/u arranged.",
             "11/05/25 LO RN  Transport set up for 12/09 AWV.",
             "12/16/25 LO RN  Dr Rao office requesting records for fusion PA. Faxed.",
             "", "PT dates (from Salem PT d/c summary): 03/25/2025 - 06/30/2025, 21 visits.",
             "HEP 07/01/2025 - 10/15/2025, reviewed by Dr Marchetti 08/12/25 + 10/28/25 visits.",
             "", "Logged by: Latrice Odom RN CCM"], ban(5), 105)
    T(p, f, ["**FORSYTH VALLEY PAIN & SPINE - Follow-up Visit",
             "DOS: 01/06/2026    Provider: Anand K. Rao, MD    Template: SIJ Eval v3", "",
             "Reason: R SIJ pain, s/p R SIJ inj x2, surgical candidacy discussion", "",
             "Pain: Location: R buttock, medial to PSIS, below L5    Radiation: none",
             "NRS today: 8/10 (worst 9, best 5)      Oswestry: 46%",
             "Character: deep ache, sharp w/ transitional movements. No numbness/tingling.", "",
             "SIJ PROVOCATION           R        L",
             "Thigh thrust (P4)         POS      neg",
             "Compression               POS      neg",
             "Distraction               neg      neg",
             "Gaenslen                  POS      neg",
             "FABER (Patrick)           POS      neg",
             "Fortin finger sign: positive R.  Tender to palpation over R SIJ, reproduces pain.",
             "Greater trochanter: nontender b/l. Lumbar spinous/facets: nontender. Coccyx nontender.",
             "Neuro: SLR neg b/l, sensation intact, no focal weakness. Waddell 0/5.", "",
             "Injection history:",
             "  2023 L4-5 interlaminar ESI (other practice) - no benefit, not SIJ.",
             "  08/12/2025 R SIJ inj #1 - 80% relief x ~5 hrs, then pain back by 3 wk",
             "  09/23/2025 R SIJ inj #2 - only 30% relief; pain back in ~2 wk",
             "Imaging reviewed: see radiology reports (XR SIJ, CT pelvis, XR hips, MRI L-spine).", "",
             "Assessment: R SIJ dysfunction, refractory. Discordant 2nd diagnostic block noted.",
             "Plan: pt strongly wishes to proceed; will submit PA for R MIS SIJ fusion 27279.",
             "Discussed risks/alternatives incl. repeat block or RFA.", "",
             "A. Rao MD - signed 01/06/2026"], header=hdr, footer="Page 6 of 9")
    T(p, f, ["**PROCEDURE NOTE - Forsyth Valley Pain & Spine ASC",
             "DOS: 08/12/2025   Physician: A. Rao MD   Procedure: R sacroiliac joint injection (27096)",
             "Pre-procedure NRS: 7/10.  Consent signed. Time-out done.",
             "Technique: prone, sterile prep. Under fluoroscopic guidance 22g spinal needle into",
             "inferior R SIJ. Omnipaque 180, 0.5 mL: intra-articular spread, no vascular uptake.",
             "Injectate: 1.5 mL lidocaine 2% + 40 mg triamcinolone (1 mL).",
             "No complications. EBL nil.", "",
             "POST-PROCEDURE PAIN DIARY (pt completed, returned at f/u)",
             "Time after inj     NRS    % relief",
             "15 min            1      86%",
             "30 min            1      86%",
             "1 hr              1      86%",
             "2 hr              1      86%",
             "4 hr              2      71%",
             "6 hr              5      29%",
             "Summary: 80% or greater relief lasting > 1 hr with lidocaine. Concordant.",
             "Later course: steroid effect ~3 wks, pain back to baseline by early Sept.", "",
             "A. Rao MD"], header=hdr, footer="Page 7 of 9")
    F(p, f, ["**PROCEDURE NOTE - Forsyth Valley Pain & Spine ASC",
             "DOS: 09/23/2025  Physician: A. Rao MD",
             "Procedure: R SIJ injection #2, fluoroscopic guidance, contrast",
             "Pre NRS 7/10. Omnipaque 180 0.5 mL - good arthrogram, no vasc.",
             "Injectate: 2 mL bupivacaine 0.5% + triamcinolone 40 mg.", "",
             "POST-PROCEDURE DIARY",
             "  30 min   NRS 5   (29%)",
             "  1 hr     NRS 5   (29%)",
             "  3 hr     NRS 5   (29%)",
             "  6 hr     NRS 6   (14%)",
             "Impression: 30% relief - non-diagnostic / discordant block.",
             "Steroid: mild benefit ~2 wk then pain returned fully.", "",
             "A. Rao MD  e-signed 09/23/2025"], ban(8), 108)
    T(p, f, ["**TRIAD RADIOLOGY PARTNERS",
             "Pt: Whitcombe, Doris   Ordering: A. Rao MD   Multiple exams, single report", "",
             "EXAM 1: XR SACROILIAC JOINTS 3 VIEWS  DATE 06/18/2025",
             "Findings: Mild bilateral SIJ subchondral sclerosis, R>L. No erosions. No fracture.",
             "EXAM 2: CT PELVIS WITHOUT CONTRAST  DATE 07/22/2025",
             "Findings: Mild R SIJ degenerative change w/ small anterior osteophyte, vacuum phenomenon.",
             "No erosions, ankylosis or destructive lesion. No fracture. No pelvic mass.",
             "EXAM 3: XR HIPS BILATERAL AP + FROG  DATE 06/18/2025",
             "Findings: RIGHT hip: mild joint space narrowing, small marginal osteophyte.",
             "LEFT hip: moderate superolateral joint space narrowing with subchondral sclerosis.",
             "EXAM 4: MRI LUMBAR SPINE WO CONTRAST  DATE 07/22/2025",
             "L3-4: mild disc bulge, facet arthropathy, no stenosis.",
             "L4-5: disc bulge and facet hypertrophy, mild central canal narrowing, no nerve root",
             "compression. L5-S1: mild facet arthropathy, foramina patent.",
             "IMPRESSION:",
             "1. Mild R > L SIJ degenerative change. No erosive sacroiliitis.",
             "2. Mild R hip OA. Moderate L hip OA.",
             "3. Lumbar spondylosis without nerve root compression or significant stenosis.", "",
             "ADDENDUM 07/24/2025: CT reviewed w/ MSK attending - agree no erosive or inflammatory change.",
             "Signed: P. Okonkwo MD, Triad Radiology"], header=hdr, footer="Page 9 of 9")
    lab = {"procedure": "percutaneous", "request_date": "2026-01-14", "determination": "does_not_meet_criteria",
      "criteria": {
        "perc.pain_location": ("met", ["R buttock, medial to PSIS, below L5 Radiation: none", "pain stays in buttock and does not radiate into leg"]),
        "perc.pain_severity": ("met", ["NRS today: 8/10"]),
        "perc.sij_tenderness": ("met", ["Tender to palpation over R SIJ, reproduces pain", "Greater trochanter: nontender b/l"]),
        "perc.active_conservative_therapy": ("met", ["03/25/2025 - 06/30/2025, 21 visits", "HEP 07/01/2025 - 10/15/2025"]),
        "perc.inactive_conservative_therapy": ("met", ["meloxicam 7.5 mg PO daily 02/2025 ACTIVE - taking", "SI belt (delivered 05/02/2025)"]),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) POS neg", "Compression POS neg"]),
        "perc.two_provocative_tests": ("met", ["Gaenslen POS neg", "FABER (Patrick) POS neg"]),
        "perc.diagnostic_injections": ("not_met", ["only 30% relief", "30% relief - non-diagnostic / discordant block"]),
        "perc.generalized_pain_excluded": ("met", ["no focal weakness. Waddell 0/5.", "No widespread pain complaints"]),
        "perc.sij_imaging": ("met", ["No erosions, ankylosis or destructive lesion", "No erosive sacroiliitis"]),
        "perc.hip_imaging": ("met", ["RIGHT hip: mild joint space narrowing", "Mild R hip OA"]),
        "perc.lumbar_imaging": ("met", ["Lumbar spondylosis without nerve root compression"]),
        "perc.therapeutic_injections": ("met", ["pain back to baseline by early Sept", "mild benefit ~2 wk then pain returned fully"]),
        "perc.excl.systemic_arthropathy": ("met", ["No history of RA, AS or psoriasis"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture. No pelvic mass."]),
        "perc.excl.acute_instability": ("met", ["Denies falls/trauma in past yr"]),
        "perc.excl.neural_compression": ("met", ["without nerve root compression or significant stenosis"]),
      }}
    return p, lab, None

# ================================================================ d6s-02  (folder + packet.json, standard fax)
def build02():
    p = Packet("d6s-02")
    hdr = "VASQUEZ-LIND, HAROLD J  |  DOB 11/02/1950  |  Acct 30-771-2046"
    ban = lambda n: "FROM: +1 336 555 0187 LAKESIDE HLTH  TO: 18665550199  FEB-02-2026 14:17  P. %02d/11" % n
    F(p, "01_cover_request.pdf", ["**LAKESIDE SENIOR HEALTH - CARE MANAGEMENT", "Fax cover", "",
        "TO: Prior Authorization Dept.             FAX: 866-555-0199",
        "FROM: Marisol Greene, LPN (care coord)  FAX: 336-555-0187",
        "DATE: 02/02/2026     # PAGES: 11", "",
        "RE: Harold Vasquez-Lind  Mbr# MA20918837",
        "Request: L SI joint fusion, percutaneous (27279)", "",
        "Records attached per your checklist. Hard copy not to follow.", "",
        "This message may contain PHI. Unauthorized review prohibited."], ban(1), 201, standard=True)
    T(p, "01_cover_request.pdf", ["**UTILIZATION MANAGEMENT - PRIOR AUTHORIZATION FORM (Outpatient / ASC)", "",
        "Date of request: 02/03/2026", "Member: Harold J. Vasquez-Lind    ID: MA20918837    DOB 11/02/1950",
        "Ordering physician: Camille Beauchamp, DO - Blue Ridge Interventional Pain",
        "Servicing site: Blue Ridge Surgery Center, Hickory NC", "",
        "Requested service:  [ ] Open SIJ fusion   [X] Minimally invasive / percutaneous SIJ fusion",
        "CPT/HCPCS: 27279   Laterality: LEFT    Dx: M53.3 (L SI joint dysfunction)",
        "Anticipated DOS: 03/2026", "",
        "Attached: geriatrics notes, med rec, SNF summary, PT records, DME ticket, pain notes,",
        "procedure notes w/ diaries, radiology.", "",
        "Physician attestation: signed C. Beauchamp DO 02/02/2026"], header=hdr, footer="Page 2 of 11")
    T(p, "02_geriatrics.pdf", ["**LAKESIDE SENIOR HEALTH  |  Geriatric Medicine Office Visit",
        "Date of service: 01/27/2026          Clinician: Obi Nwankwo, MD, CMD", "",
        "Subjective: 75 yo M, Medicare Advantage, seen for chronic L SI pain + chronic conditions.",
        "He localizes the pain with one finger to the L PSIS area, under the L5 level, felt in the",
        "buttock only. Specifically denies pain shooting down the leg, no numbness. L SI pain 6/10",
        "this morning, avg 6-7/10 over last month. Sleeping poorly d/t pain rolling onto L side.",
        "Completed home exercise program (PT-prescribed, 12 wk) - reviewed sheet w/ him 10/06/2025;",
        "did it faithfully, no lasting gain.",
        "ROS: no fever, wt stable, no bowel/bladder change. No diffuse body aches.",
        "PMH: COPD (GOLD 2), CAP w/ hosp 02/2025 -> SNF rehab, AFib on apixaban, BPH, gout (quiescent),",
        "cataracts, hearing loss. No inflammatory arthritis. PMR considered 2024, ruled out (ESR/CRP nl).",
        "Social: widower, lives w/ son. Former machinist. Quit tobacco 2009.", "",
        "Objective: T 97.9  BP 128/70  P 68 irregular  SpO2 94% RA",
        "MSK: point tenderness L SIJ sulcus; L greater trochanter and lumbar midline not tender.",
        "Gait slow, uses 4WW. No recent trauma or falls since SNF d/c.", "",
        "Assessment/Plan:",
        "L SIJ pain - failed PT, HEP, TENS, acetaminophen, 2 SIJ blocks w/ steroid (temporary).",
        "  Supports Dr Beauchamp's plan for percutaneous fusion. Apixaban hold plan per cardiology.",
        "COPD - stable on tiotropium. AFib - rate ok. Gout - no flares; allopurinol.", "",
        "Obi Nwankwo, MD  (electronically signed 01/27/2026 17:40)"], header=hdr, footer="Page 3 of 11")
    T(p, "02_geriatrics.pdf", ["MED REC / ACTIVE MEDICATION LIST   updated 01/27/2026   source: pt + pharmacy fill hx", "",
        "# | Medication            | Sig                          | Start    | Indication",
        "1 | acetaminophen ER 650  | 2 tabs PO TID scheduled      | 06/2024  | L SIJ pain",
        "2 | apixaban 5 mg         | 1 PO BID                     | 2021     | AFib",
        "3 | metoprolol succ 50    | 1 PO daily                   | 2021     | AFib/rate",
        "4 | tiotropium 2.5 mcg    | 2 puffs daily                | 2020     | COPD",
        "5 | albuterol HFA         | 2 puffs q4-6h prn            | 2016     | COPD",
        "6 | tamsulosin 0.4 mg     | 1 PO qhs                     | 2019     | BPH",
        "7 | allopurinol 100 mg    | 1 PO daily                   | 2017     | gout",
        "8 | lidocaine 4% patch    | 1 patch L buttock 12h on/off | 09/2025  | L SIJ pain",
        "9 | vitamin D3 2000 IU    | 1 PO daily                   | 2022     | supplement",
        "10| sertraline 25 mg      | 1 PO daily                   | 2023     | mood/grief",
        "-- NSAIDs avoided (apixaban + CKD risk). Prednisone burst 02/2025 for COPD exac - completed.",
        "-- DME: TENS (Zynex-type, 2 ch) since 03/12/2025; 4-wheeled walker.", "",
        "Reconciled by M. Greene LPN, reviewed O. Nwankwo MD"], header=hdr, footer="Page 4 of 11", mono=True, size=8)
    F(p, "03_snf_summary.pdf", ["**BRIARWOOD HEALTH & REHAB (SNF) - DISCHARGE SUMMARY",
        "Resident: Vasquez-Lind, Harold   Adm 03/01/2025   D/C 03/28/2025",
        "Admit dx: deconditioning after CAP hospitalization; L SI pain",
        "Skilled services: PT 5x/wk, OT 5x/wk, nursing.",
        "PT course 03/03/2025 - 03/28/2025: gait, transfers, L SIJ",
        "  stabilization (TrA, glute med), manual therapy to L SIJ.",
        "OT: ADLs, energy conservation, tub transfer bench.",
        "Pain: L SI region, mgmt w/ APAP + TENS (started 03/12 here).",
        "Pneumonia resolved, CXR 03/20 clear. No falls during stay.",
        "D/C to home w/ son; outpatient PT referral placed.",
        "Functional: amb 250 ft w/ 4WW SBA; stairs 4 w/ rail.", "",
        "MDS Sec J pain: frequent, moderate. Sec G: supervision.",
        "Signed: R. Castellanos, NP for Medical Director"], ban(5), 205, standard=True)
    T(p, "04_pt_dme.pdf", ["**CATAWBA PHYSICAL THERAPY - DISCHARGE SUMMARY",
        "Patient: Harold Vasquez-Lind    Dx: L SIJ dysfunction (M53.3)    Referring: O. Nwankwo MD",
        "Episode: 04/07/2025 through 07/18/2025    Visits: 24 of 24 authorized", "",
        "Interventions: SIJ stabilization, lumbopelvic motor control, hip abd/ext strengthening,",
        "muscle energy technique L innominate, gait training w/ 4WW, aquatic x 4 sessions.",
        "Outcome measures:   eval      d/c",
        "   ODI            48%       40%",
        "   NPRS (SIJ)     7/10      6/10",
        "   TUG            16 s      13 s",
        "Goals: 1/4 met. Plateaued. Pain-limited progression with single-leg stance.", "",
        "Discharge plan: formal home exercise program prescribed 07/18/2025 - 10 exercises,",
        "daily x 12 weeks (handout attached to chart). Pt to f/u with PCP re HEP completion.",
        "Therapist: Jenna Morrow, PT, DPT"], header=hdr, footer="Page 6 of 11")
    F(p, "04_pt_dme.pdf", ["**MOUNTAIN HOME MEDICAL SUPPLY - DELIVERY TICKET #DT-55810",
        "Deliver to: Harold Vasquez-Lind, 14 Old Shelby Rd, Newton NC",
        "Delivery date: 03/12/2025 (to SNF room 118)",
        "HCPCS  E0730 TENS 2-lead ... qty 1  | A4595 supplies ... qty 1",
        "Ordered by: O. Nwankwo MD",
        "Setup/teaching: pads over L SIJ/buttock, 80 Hz, 200 us.",
        "Prescribed use: 30 min per session, 3 times a day, daily.",
        "", "90-day compliance check 06/10/2025: pt using 3x/day as",
        "prescribed, reports short-term relief only.",
        "Received by: ___H Vasquez-Lind___   Tech: D. Pruitt"], ban(7), 207, standard=True)
    T(p, "05_pain_practice.pdf", ["**BLUE RIDGE INTERVENTIONAL PAIN - NEW PATIENT CONSULTATION",
        "DOS 09/08/2025   Camille Beauchamp, DO   Referred by Dr Nwankwo", "",
        "HPI: chronic L low back/buttock pain x 3 yr. Pain map: L gluteal region over the SIJ,",
        "caudal to L5; no radicular pattern. VAS 72/100 mm.",
        "Exam (SIJ cluster):",
        "  Distraction: + L       Thigh thrust: + L      Compression: equivocal",
        "  FABER: + L (pain at SIJ, not groin)        Gaenslen: negative",
        "  Palpation: TTP L sacral sulcus; L GT nontender; lumbar facets nontender.",
        "  Waddell's signs negative. SLR neg. Motor/sensory intact.",
        "Hx: no fibromyalgia or widespread pain syndrome. L3 compression fx? - no, pt denies; none on imaging.",
        "Plan: diagnostic/therapeutic L SIJ injection under fluoro w/ contrast, then reassess."],
        header=hdr, footer="Page 8 of 11")
    T(p, "05_pain_practice.pdf", ["**PROCEDURE REPORT - L SACROILIAC JOINT INJECTION #1",
        "Date: 10/14/2025   Physician: C. Beauchamp DO   Guidance: fluoroscopy", "",
        "Needle to L SIJ inferior recess. Isovue-M 200 0.7 mL injected: arthrogram outlines",
        "joint, no vascular runoff. Then 2 mL 2% lidocaine + methylprednisolone 40 mg.",
        "Pre-procedure pain 7/10.", "",
        "Post-block diary          Pain (0-10)   % relief",
        "   30 min                  1            86",
        "   1 hour                  1            86",
        "   2 hours                 2            71",
        "   4 hours                 5            29",
        "Result: 86% relief at 1 hour with lidocaine - positive block.",
        "Follow-up 11/10/2025: steroid helped ~3 wks, pain has since returned to baseline.",
        "", "**PROCEDURE REPORT - L SIJ INJECTION #2 (confirmatory)",
        "Date: 11/18/2025   fluoro-guided; Isovue-M 200 0.5 mL, intra-articular pattern confirmed.",
        "Injectate: 2 mL bupivacaine 0.5% + methylprednisolone 40 mg.   Pre 7/10."], header=hdr, footer="Page 9 of 11")
    F(p, "05_pain_practice.pdf", ["**L SIJ INJECTION #2 - POST-BLOCK PAIN LOG (pt handwritten, transcribed)",
        "Date 11/18/2025     Anesthetic: bupivacaine 0.5%",
        "   1 hr      pain 1/10    90% better",
        "   3 hr      pain 1/10    90% better",
        "   5 hr      pain 2/10    80% better",
        "   8 hr      pain 5/10    ",
        "Physician read: 90% relief lasting > 3 hr - concordant w/ bupivacaine.",
        "", "Phone f/u 12/22/2025 (MA): steroid benefit lasted about 4 weeks,",
        "now back to 6-7/10. Dr B: discuss fusion at next visit."], ban(10), 210, standard=True)
    T(p, "06_radiology.pdf", ["**CATAWBA VALLEY IMAGING - DIAGNOSTIC RADIOLOGY REPORTS",
        "Patient: VASQUEZ-LIND, HAROLD  DOB 11/02/1950  Ref: C. Beauchamp DO", "",
        "1) XR PELVIS AP + BILAT SI JOINT OBLIQUES   09/15/2025",
        "   SI joints: mild L>R periarticular sclerosis. No erosions. No sacral fracture.",
        "   Hips (included on AP pelvis, dedicated L hip 2 views also obtained):",
        "   LEFT HIP: mild joint space narrowing; femoral head contour preserved.",
        "   IMPRESSION: Mild L SIJ degenerative change. Mild L hip osteoarthritis.", "",
        "2) CT PELVIS W/O CONTRAST (SIJ protocol)   09/29/2025",
        "   Mild L SIJ subchondral sclerosis and small osteophytes. No erosion, ankylosis,",
        "   or destructive osseous lesion. No fracture. No pelvic lymphadenopathy.",
        "   IMPRESSION: Mild degenerative L SIJ. No inflammatory sacroiliitis.", "",
        "3) MRI LUMBAR SPINE W/O   09/29/2025",
        "   L2-3, L3-4: mild disc desiccation. L4-5: moderate facet arthropathy, no central canal",
        "   stenosis. L5-S1: small disc bulge; mild L foraminal narrowing.",
        "   IMPRESSION: Lumbar spondylosis. No nerve root impingement. No high-grade stenosis.", "",
        "   ADDENDUM (10/01/2025, Dr. T. Haldane): L5-S1 foraminal narrowing is mild, as stated;",
        "   the L5 nerve root is not contacted. Prelim read 'moderate' was a dictation error.",
        "Reading radiologist: Tamsin Haldane, MD"], header=hdr, footer="Page 11 of 11")
    lab = {"procedure": "percutaneous", "request_date": "2026-02-03", "determination": "meets_criteria",
      "criteria": {
        "perc.pain_location": ("met", ["under the L5 level, felt in the buttock only", "denies pain shooting down the leg"]),
        "perc.pain_severity": ("met", ["L SI pain 6/10 this morning"]),
        "perc.sij_tenderness": ("met", ["point tenderness L SIJ sulcus", "L greater trochanter and lumbar midline not tender"]),
        "perc.active_conservative_therapy": ("met", ["PT course 03/03/2025 - 03/28/2025", "Episode: 04/07/2025 through 07/18/2025", "reviewed sheet w/ him 10/06/2025"]),
        "perc.inactive_conservative_therapy": ("met", ["30 min per session, 3 times a day, daily", "acetaminophen ER 650 | 2 tabs PO TID scheduled"]),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust: + L"]),
        "perc.two_provocative_tests": ("met", ["Distraction: + L", "FABER: + L (pain at SIJ, not groin)"]),
        "perc.diagnostic_injections": ("met", ["86% relief at 1 hour with lidocaine", "90% relief lasting > 3 hr"]),
        "perc.generalized_pain_excluded": ("met", ["Waddell's signs negative", "no fibromyalgia or widespread pain syndrome"]),
        "perc.sij_imaging": ("met", ["No erosion, ankylosis, or destructive osseous lesion", "No inflammatory sacroiliitis"]),
        "perc.hip_imaging": ("met", ["Mild L hip osteoarthritis"]),
        "perc.lumbar_imaging": ("met", ["No nerve root impingement. No high-grade stenosis."]),
        "perc.therapeutic_injections": ("met", ["pain has since returned to baseline", "steroid benefit lasted about 4 weeks"]),
        "perc.excl.systemic_arthropathy": ("met", ["No inflammatory arthritis."]),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture. No pelvic lymphadenopathy."]),
        "perc.excl.acute_instability": ("met", ["No recent trauma or falls since SNF d/c"]),
        "perc.excl.neural_compression": ("met", ["the L5 nerve root is not contacted"]),
      }}
    meta = {"request_date": "2026-02-03", "procedure_codes": ["27279"], "member_id": "MA20918837", "policy": "MP-MM-1366"}
    return p, lab, meta

# ================================================================ d6s-03  (folder, no packet.json, fine + standard fax)
def build03():
    p = Packet("d6s-03")
    hdr = "Pt: Okafor-Dunn, Beatrice L.   DOB: 07/14/1946   MRN 88-310-552"
    ban = lambda n: "12/18/2025 08:05  FROM: SANDHILLS SPINE & PAIN 9105550163  TO: 8665550199  P.%d/8" % n
    F(p, "01_fax_and_form.pdf", ["**SANDHILLS SPINE & PAIN CENTER", "3401 Morganton Rd, Fayetteville NC 28303", "",
        "FACSIMILE", "To: Health plan - Precert / UM            From: Tasha Wiggins, PA auth coordinator",
        "Date: 12/18/2025                        Pages: 8 including cover", "",
        "Re: Beatrice Okafor-Dunn - precert for R SIJ fusion (percutaneous)",
        "Member ID: MA55017326", "",
        "Comments: records from PCP (geriatrics) + our office included.",
        "Hip films and lumbar MRI report requested from outside facility,",
        "will fwd when received.", "",
        "NOTICE: confidential health information enclosed."], ban(1), 301)
    T(p, "01_fax_and_form.pdf", ["**REQUEST FOR PRIOR AUTHORIZATION - PROFESSIONAL / FACILITY SERVICES", "",
        "Submission date: 12/18/2025",
        "Patient: Beatrice L. Okafor-Dunn   DOB 07/14/1946   Plan ID MA55017326",
        "Provider: Darnell Whitfield, MD   Sandhills Spine & Pain Center   NPI 1306628841",
        "Place of service: 24 (ASC)", "",
        "Service requested: SI joint arthrodesis, percutaneous/minimally invasive, right side",
        "CPT code(s): 27279      Diagnosis: M53.3, M54.59 (other low back pain)", "",
        "Clinical rationale: 79F, chronic R SIJ-mediated pain >18 mo. Therapy: chiro, PT, NSAID, SI",
        "belt, ice. Two fluoroscopic SIJ blocks each > 70% relief. Steroid benefit short-lived.",
        "", "Signature on file - D. Whitfield MD     12/17/2025"], header=hdr, footer="pg 2/8")
    T(p, "02_pcp_geriatrics.pdf", ["**CAPE FEAR GERIATRIC CARE  -  Problem-Focused Visit",
        "DOS 12/10/2025    Seen by: Priya Raman-Holt, MD    CC: back/buttock pain; med review", "",
        "S: Mrs. Okafor-Dunn (79) returns re R buttock pain. Pain sits just lateral to the",
        "sacrum on the R, beneath L5, over the SI joint; she denies any radiation to thigh or leg.",
        "Pain currently 6/10; was 9/10 in 03/2025 before PT. Uses rollator outdoors.",
        "Daughter notes she is 'a lot less mobile than last year.'",
        "Pertinent neg: no fevers, no weight loss, no night sweats. No h/o cancer.",
        "No psoriasis, no IBD, no inflammatory back pain; RF/CCP never positive.",
        "Fall 2022 w/ L wrist fx - healed, no pelvic injury then or since.", "",
        "O: Wt 61 kg. Tender to palpation over R posterior SIJ. Lumbar spine nontender to",
        "percussion; R trochanteric bursa nontender. Neuro grossly intact, SLR neg.", "",
        "A/P:", "# R SIJ pain - continue naproxen (GFR 62, PPI on board), ice, SI belt.",
        "  Pt wants to proceed w/ Dr Whitfield's fusion recommendation.",
        "  Hip XR ordered today (R hip 2v) - pt to go to imaging center next wk.",
        "# HTN, # osteoporosis on alendronate (DEXA T -2.6 hip 2024), # GERD, # insomnia.",
        "# Fibromyalgia? - no; pain is focal, no tender-point pattern, sleep d/t R hip side-lying.", "",
        "P. Raman-Holt MD  e-sig 12/10/2025"], header=hdr, footer="pg 3/8")
    T(p, "02_pcp_geriatrics.pdf", ["MEDICATION RECONCILIATION   12/10/2025   Cape Fear Geriatric Care", "",
        "Medication              Dose      Freq     Start      Notes",
        "naproxen                500 mg    BID      11/2024    taking daily for R SI pain",
        "pantoprazole            40 mg     daily    11/2024    GI protection",
        "alendronate             70 mg     weekly   2023       osteoporosis",
        "losartan                50 mg     daily    2018",
        "hydrochlorothiazide     12.5 mg   daily    2018",
        "melatonin               3 mg      qhs      2024       OTC",
        "trazodone               25 mg     qhs      07/2025    insomnia",
        "calcium carbonate       500 mg    BID      2023",
        "acetaminophen           500 mg    prn      --         rarely uses",
        "", "Non-pharm: SI belt (Apex DME 02/2025) worn most days; ice pack 20 min after walks.",
        "Stopped: duloxetine 30 mg (05/2025-06/2025) - nausea."], header=hdr, footer="pg 4/8", mono=True, size=9)
    T(p, "03_spine_pain.pdf", ["**SANDHILLS SPINE & PAIN CENTER - Office Visit (established)",
        "Date: 11/19/2025    Provider: Darnell Whitfield, MD", "",
        "Interval hx: s/p R SIJ inj x2 (07/22 and 09/30). Each gave good short-term relief.",
        "Therapy: chiropractic 01/13/2025 - 03/28/2025 (Dr. Lumbee, 16 visits, SIJ adjustments +",
        "stabilization exercises); outpatient PT 04/14/2025 - 08/29/2025 (Cape Fear Rehab, 2x/wk).",
        "Both completed; pain persisted.", "",
        "Exam:", "  R SIJ: tender, reproduces her usual pain.",
        "  Provocation R: FABER positive; Gaenslen positive; distraction positive.",
        "  Neuro: no radicular signs; reflexes symmetric.",
        "  Nonorganic signs: none.", "",
        "Imaging: R SIJ XR + MRI pelvis reviewed (see reports). Pt reports lumbar MRI 2023 at",
        "Moore Regional 'showed arthritis'; report not in our chart - requested.",
        "", "Plan: submit PA for R percutaneous SIJ fusion once PCP clearance obtained."],
        header=hdr, footer="pg 5/8")
    F(p, "03_spine_pain.pdf", ["**PROCEDURE NOTES - R SACROILIAC JOINT INJECTIONS",
        "(1) 07/22/2025  Fluoroscopy-guided R SIJ inj. Contrast:",
        "    Omnipaque 240, 0.5 mL, intra-articular flow.",
        "    Lidocaine 1% 2 mL + dexamethasone 10 mg.",
        "    Pre 8/10.  30 min 2/10, 90 min 2/10, 3 hr 4/10.",
        "    => 75% relief at 90 minutes. Positive.",
        "    Steroid: relief ~2 weeks, then pain returned.",
        "",
        "(2) 09/30/2025  Fluoro-guided R SIJ inj w/ contrast",
        "    (Omnipaque 240 0.4 mL), ropivacaine 0.5% 2 mL +",
        "    dexamethasone 10 mg.  Pre 8/10.",
        "    1 hr 1/10, 4 hr 2/10, 6 hr 4/10.",
        "    => 75% relief at 4 hours. Positive.",
        "    Steroid: ~3 weeks benefit, pain back by late Oct.",
        "", "D. Whitfield MD"], ban(6), 306, standard=True, mono=True)
    F(p, "04_imaging.pdf", ["**MOORE-SANDHILLS RADIOLOGY ASSOCIATES",
        "Pt: OKAFOR-DUNN, BEATRICE   DOB 07/14/1946",
        "", "XR SACROILIAC JOINTS 3V     06/03/2025",
        "Mild bilateral SIJ sclerosis, R slightly > L. No erosions.",
        "Diffuse osteopenia. No acute fracture.",
        "", "MRI PELVIS / SI JOINTS W/O   06/24/2025",
        "No bone marrow edema to suggest active sacroiliitis.",
        "No erosions. No sacral insufficiency fracture.",
        "No marrow-replacing lesion. Mild R SIJ degenerative",
        "change. Incidental 2 cm L ovarian cyst, simple.",
        "IMPRESSION: Degenerative R SIJ; no inflammatory",
        "or destructive process.",
        "", "ADDENDUM 06/26/2025: ovarian cyst - no f/u needed",
        "given simple features (per O-RADS).",
        "Electronically signed: Gregory Tisdale, MD"], ban(7), 307)
    F(p, "05_dme.pdf", ["**APEX DURABLE MEDICAL - DELIVERY / PROOF OF RECEIPT",
        "Patient: Beatrice Okafor-Dunn   Ordered by: P. Raman-Holt MD",
        "Date delivered: 02/11/2025",
        "L0621 SI belt, sz M - fitted   qty 1",
        "E0143 walker, folding, wheeled   qty 1",
        "Instructions reviewed w/ pt and daughter.",
        "Signature: B. Okafor-Dunn"], ban(8), 308, standard=True)
    lab = {"procedure": "percutaneous", "request_date": "2025-12-18", "determination": "insufficient_documentation",
      "criteria": {
        "perc.pain_location": ("met", ["beneath L5, over the SI joint", "denies any radiation to thigh or leg"]),
        "perc.pain_severity": ("met", ["Pain currently 6/10"]),
        "perc.sij_tenderness": ("met", ["Tender to palpation over R posterior SIJ", "R trochanteric bursa nontender"]),
        "perc.active_conservative_therapy": ("met", ["chiropractic 01/13/2025 - 03/28/2025", "outpatient PT 04/14/2025 - 08/29/2025"]),
        "perc.inactive_conservative_therapy": ("met", ["naproxen 500 mg BID 11/2024 taking daily for R SI pain", "SI belt (Apex DME 02/2025) worn most days"]),
        "perc.thigh_thrust_or_compression": ("insufficient", []),
        "perc.two_provocative_tests": ("met", ["FABER positive; Gaenslen positive; distraction positive"]),
        "perc.diagnostic_injections": ("met", ["75% relief at 90 minutes. Positive.", "75% relief at 4 hours. Positive."]),
        "perc.generalized_pain_excluded": ("met", ["Nonorganic signs: none.", "pain is focal, no tender-point pattern"]),
        "perc.sij_imaging": ("met", ["No erosions. No sacral insufficiency fracture.", "no inflammatory or destructive process"]),
        "perc.hip_imaging": ("insufficient", []),
        "perc.lumbar_imaging": ("insufficient", []),
        "perc.therapeutic_injections": ("met", ["relief ~2 weeks, then pain returned", "pain back by late Oct"]),
        "perc.excl.systemic_arthropathy": ("met", ["No psoriasis, no IBD, no inflammatory back pain"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No marrow-replacing lesion"]),
        "perc.excl.acute_instability": ("met", ["no pelvic injury then or since"]),
        "perc.excl.neural_compression": ("met", ["no radicular signs"]),
      }}
    return p, lab, None

# ================================================================ write + self-check
def write(p, lab, meta, single):
    labels = {"procedure": lab["procedure"], "request_date": lab["request_date"],
              "determination": lab["determination"],
              "criteria": {k: {"status": v[0], "evidence": v[1]} for k, v in lab["criteria"].items()}}
    if single:
        assert list(p.files) == [p.pid + ".pdf"]
        path = os.path.join(OUT, p.pid + ".pdf"); assemble([b for _, b, _ in p.files[p.pid + ".pdf"]], path)
        json.dump(labels, open(os.path.join(OUT, p.pid + ".labels.json"), "w"), indent=2)
        files = [(path, p.files[p.pid + ".pdf"])]
    else:
        d = os.path.join(OUT, p.pid)
        if os.path.isdir(d): shutil.rmtree(d)
        os.makedirs(d); files = []
        for fn in sorted(p.files):
            path = os.path.join(d, fn); assemble([b for _, b, _ in p.files[fn]], path); files.append((path, p.files[fn]))
        json.dump(labels, open(os.path.join(d, "labels.json"), "w"), indent=2)
        if meta: json.dump(meta, open(os.path.join(d, "packet.json"), "w"), indent=2)
    return labels, files

def check(pid, labels, files):
    errs = []; pages = []; faxinfo = []
    for path, specs in files:
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == len(specs)
            for pg, (kind, _, src) in zip(pdf.pages, specs):
                w, h = pg.width, pg.height
                if abs(w - 612) > 1 or abs(h - 792) > 1: errs.append("not letter: %s %sx%s" % (path, w, h))
                txt = pg.extract_text() or ""
                if kind == "fax":
                    if txt.strip() or pg.chars: errs.append("fax page has text layer: " + path)
                    pages.append(src)
                else:
                    pages.append(txt)
        for i, pg in enumerate(PdfReader(path).pages):
            if specs[i][0] != "fax": continue
            xo = pg["/Resources"]["/XObject"]
            for k in xo:
                o = xo[k].get_object()
                flt = o.get("/Filter"); flt = flt if not isinstance(flt, list) else flt[0]
                bpc = o.get("/BitsPerComponent")
                wpx, hpx = o["/Width"], o["/Height"]
                dpi = (round(wpx / 8.5), round(hpx / 11))
                faxinfo.append(dpi)
                if flt != "/CCITTFaxDecode" or bpc != 1: errs.append("fax not G4 1-bit: %s %s %s" % (path, flt, bpc))
    n = len(pages)
    if not 4 <= n <= 20: errs.append("page count %d" % n)
    if list(labels["criteria"]) != PERC: errs.append("criteria set mismatch")
    st = [v["status"] for v in labels["criteria"].values()]
    det = "does_not_meet_criteria" if "not_met" in st else ("meets_criteria" if all(s == "met" for s in st) else "insufficient_documentation")
    if det != labels["determination"]: errs.append("determination %s != %s" % (labels["determination"], det))
    alltext = [norm(t) for t in pages]
    for cid, v in labels["criteria"].items():
        ev = v["evidence"]
        if v["status"] in ("met", "not_met"):
            if not 1 <= len(ev) <= 3: errs.append(cid + " evidence count")
        elif ev: errs.append(cid + " insufficient with evidence")
        for s in ev:
            nw = len(s.split())
            if not 3 <= nw <= 12: errs.append("%s snippet length %d: %s" % (cid, nw, s))
            hits = [i + 1 for i, t in enumerate(alltext) if norm(s) in t]
            if not hits: errs.append("%s snippet not found: %s" % (cid, s))
    c = {s: st.count(s) for s in ("met", "not_met", "insufficient")}
    print("%s: %d pages, %d faxed %s, det=%s, met/not_met/insuff=%d/%d/%d -> %s" % (
        pid, n, len(faxinfo), sorted(set(faxinfo)), labels["determination"], c["met"], c["not_met"], c["insufficient"],
        "OK" if not errs else "ERRORS"))
    for e in errs: print("   !!", e)
    return not errs

if __name__ == "__main__":
    ok = True
    for fn, single in ((build01, True), (build02, False), (build03, False)):
        p, lab, meta = fn()
        labels, files = write(p, lab, meta, single)
        ok &= check(p.pid, labels, files)
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    raise SystemExit(0 if ok else 1)
