#!/usr/bin/env python3
"""Blind evaluation packets b8x-01..03 (MTF / TRICARE documentation world).

Deterministic: fixed seeds, fixed dates, fixed fpdf creation date.
Run:  .venv/bin/python make_packets.py
"""
import io, json, os, random, re, shutil, sys, datetime
import numpy as np
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)

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
    pass


def text_pdf(pages, font="Courier", size=9.0):
    """pages: list of dicts {lines:[...], header:str, footer:str}.
    line markers: '##' bold, '==' rule, '>>' indented bold-less, '' blank."""
    pdf = Doc(format="Letter", unit="pt")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.set_margins(48, 40, 48)
    for pg in pages:
        pdf.add_page()
        f = pg.get("font", font)
        sz = pg.get("size", size)
        lh = sz * 1.32
        y = 38
        if pg.get("header"):
            pdf.set_font("Helvetica", "", 7.5)
            pdf.set_xy(48, y)
            pdf.cell(516, 9, pg["header"])
            y += 12
            pdf.line(48, y, 564, y)
            y += 6
        for ln in pg["lines"]:
            if ln.startswith("=="):
                pdf.line(48, y + lh / 2, 564, y + lh / 2)
                y += lh
                continue
            style = ""
            s = ln
            fs = sz
            if ln.startswith("##"):
                style, s = "B", ln[2:]
            elif ln.startswith("!!"):
                style, s, fs = "B", ln[2:], sz + 2.5
            pdf.set_font(f, style, fs)
            pdf.set_xy(48, y)
            pdf.cell(516, lh, s)
            y += lh * (1.25 if fs > sz else 1.0)
            if y > 730:
                raise SystemExit("page overflow: " + ln)
        if pg.get("footer"):
            pdf.set_font("Helvetica", "", 7)
            pdf.line(48, 748, 564, 748)
            pdf.set_xy(48, 751)
            pdf.cell(516, 9, pg["footer"])
    return bytes(pdf.output())

# ---------------------------------------------------------------- fax pages
MONO = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 30)
MONOB = ImageFont.truetype(FONTDIR + "DejaVuSansMono-Bold.ttf", 30)
HAND = ImageFont.truetype(FONTDIR + "DejaVuSans-Oblique.ttf", 32)
BANNER = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 24)
BIG = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 44)


def fax_page(lines, banner, seed, mode="fine", angle=0.7, hand_from=None):
    """Render lines to a bilevel fax image. Returns (pdf_bytes, rasterized_text).
    hand_from: index from which lines use the handwriting-like font."""
    rnd = random.Random(seed)
    W, H = 1734, 2156  # 8.5 x 11 in at 204 x 196 dpi
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    d.text((40, 14), banner, font=BANNER, fill=0)
    y = 110
    texts = [banner]
    for i, ln in enumerate(lines):
        font = MONO
        s = ln
        if ln.startswith("##"):
            font, s = MONOB, ln[2:]
        elif ln.startswith("!!"):
            font, s = BIG, ln[2:]
        elif ln.startswith("=="):
            d.line((110, y + 18, W - 110, y + 18), fill=0, width=3)
            y += 38
            continue
        elif hand_from is not None and i >= hand_from:
            font = HAND
        d.text((110, y), s, font=font, fill=0)
        texts.append(s)
        y += 56 if font is BIG else 38
        if y > H - 90:
            raise SystemExit("fax overflow: " + ln)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.array(im)
    # specks
    for _ in range(rnd.randint(250, 450)):
        x, yy = rnd.randrange(W - 4), rnd.randrange(H - 4)
        r = rnd.choice([1, 1, 2, 3])
        a[yy:yy + r, x:x + r] = 0
    # dropouts: short white streaks along scan lines
    for _ in range(rnd.randint(6, 12)):
        yy = rnd.randrange(120, H - 20)
        x0 = rnd.randrange(0, W - 400)
        a[yy:yy + rnd.choice([1, 2]), x0:x0 + rnd.randrange(150, 900)] = 255
    im = Image.fromarray(a)
    if mode == "standard":
        im = im.resize((W, H // 2), Image.BILINEAR)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
    b = io.BytesIO()
    im.save(b, format="TIFF", compression="group4", dpi=dpi)
    pdf = img2pdf.convert(b.getvalue())
    return pdf, "\n".join(texts)


# ---------------------------------------------------------------- assembly
class Builder:
    def __init__(self):
        self.parts = []  # (kind, bytes, texts per page)

    def text(self, pages, **kw):
        self.parts.append(("text", text_pdf(pages, **kw), None))

    def fax(self, pdfbytes, raster):
        self.parts.append(("fax", pdfbytes, raster))

    def write(self, path):
        w = PdfWriter()
        kinds = []
        rasters = []
        for kind, b, r in self.parts:
            rd = PdfReader(io.BytesIO(b))
            for p in rd.pages:
                w.add_page(p)
                kinds.append(kind)
                rasters.append(r)
        w.add_metadata({"/Producer": "b8x generator", "/CreationDate": "D:20260101000000Z"})
        with open(path, "wb") as fh:
            w.write(fh)
        return kinds, rasters


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()

# =====================================================================
# PACKET b8x-01  (folder + packet.json) perc 27279 -> meets_criteria
# =====================================================================

def packet01(outroot):
    pid = "b8x-01"
    folder = os.path.join(outroot, pid)
    os.makedirs(folder)
    pt = "KESSELRING, JOANNA M"
    foot = "KESSELRING, JOANNA M | DOB: 14 Jun 1987 | FMP/SSN: 20/XXX-XX-7730 | CUI - PRIVACY ACT OF 1974 APPLIES (PHI/PII)"
    files = {}

    # ---- 01 cover + PA form (text)
    b = Builder()
    b.text([
        {"font": "Helvetica", "size": 10, "lines": [
            "!!FACSIMILE TRANSMITTAL",
            "Ridgeway Army Community Hospital (RACH) - Orthopaedic Surgery Service, Bldg 4410",
            "Fort Tellico, TN 37391   DSN 471-2280   COMM (423) 555-0184   FAX (423) 555-0199",
            "==",
            "DATE: 10 Feb 2026                        PAGES (incl cover): 15",
            "TO: Humana Military - TRICARE East Region, Utilization Management / Prior Auth",
            "FAX: (877) 555-0142",
            "FROM: SSG Tamsin Okafor, Referral Management Center (RMC) for MAJ P. Orsolini",
            "RE: Prior authorization - L sacroiliac joint fusion, minimally invasive (CPT 27279)",
            "",
            "[X] Urgent   [ ] For Review   [ ] Please Reply   [X] Clinical notes attached",
            "",
            "Enclosed: TRICARE PA request, ortho encounter notes (09 Dec 2025, 27 Jan 2026),",
            "DD Form 2161 referral, PT records (faxed copy from PT clinic), radiology (RACH PACS),",
            "Interventional pain procedure notes x2 w/ pain diaries, SF 600 PCM entries.",
            "",
            "Please call the RMC with questions. Member is Active Duty (TRICARE Prime).",
            "",
            "==",
            "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that",
            "is privileged and confidential under HIPAA and the Privacy Act of 1974. If you",
            "received this in error, notify the sender at the number above and destroy all copies.",
        ]},
        {"font": "Helvetica", "size": 9.5, "footer": foot, "lines": [
            "!!TRICARE PRIOR AUTHORIZATION / REFERRAL REQUEST - OUTPATIENT PROCEDURE",
            "Humana Military | TRICARE East | Submit with clinical documentation",
            "==",
            "##SECTION 1 - BENEFICIARY",
            "Name: KESSELRING, JOANNA M          DOB: 06/14/1987      Sex: F",
            "DoD Benefits Number: 1298457730     Sponsor: SELF (AD, USA, SFC/E-7)",
            "Plan: [X] TRICARE Prime  [ ] Prime Remote  [ ] Select  [ ] TFL",
            "PCM: Whitlock, Sarah PA-C, RACH Family Medicine Blue Team",
            "##SECTION 2 - REQUESTING / SERVICING PROVIDER",
            "Requesting: MAJ Pradeep Orsolini, MD - Orthopaedic Surgery, RACH   NPI 1578204466",
            "Servicing facility: RACH Same Day Surgery, Fort Tellico TN (MTF)",
            "##SECTION 3 - SERVICE REQUESTED",
            "Date of request: 02/10/2026        Anticipated DOS: 03/19/2026",
            "Setting: [X] Outpatient / ASC  [ ] Inpatient",
            "CPT/HCPCS    Description                                               Units",
            "27279        Arthrodesis, sacroiliac joint, percutaneous or minimally     1",
            "             invasive (indirect visualization), w/ image guidance",
            "Laterality: [X] Left  [ ] Right  [ ] Bilateral",
            "ICD-10-CM:  M53.3  Sacrococcygeal disorders, NEC (L SI joint dysfunction)",
            "            M54.50 Low back pain, unspecified (secondary)",
            "##SECTION 4 - CLINICAL SUMMARY (attach notes)",
            "Chronic L SIJ mediated pain since early 2025, >10 mo. Failed 7 mo PT + HEP, daily",
            "NSAID, activity modification/profile. Two fluoro-guided contrast L SIJ blocks with",
            "80% and 75% relief. Steroid benefit did not last. Imaging attached.",
            "##SECTION 5 - ATTESTATION",
            "I certify the information is accurate and supported by the medical record.",
            "Signature: /s/ ORSOLINI.PRADEEP.R.1402218874    Date: 10 Feb 2026",
            "",
            "FOR CONTRACTOR USE: Ref # ________  Rec'd ________  Reviewer ________",
        ]},
    ])
    files["01_fax_cover_and_tricare_pa_request.pdf"] = b

    # ---- 02 ortho encounters + DD2161 (text, AHLTA-style, Courier)
    hdr = "MHS GENESIS - Clinical Documentation Print | RACH Orthopaedic Surgery | Printed 10 Feb 2026 0914"
    b = Builder()
    b.text([
        {"header": hdr, "footer": foot + " | Page 1 of 1", "lines": [
            "##CONSULTATION SHEET - DD FORM 2161 (ELECTRONIC EQUIVALENT)",
            "==",
            "TO: Orthopaedic Surgery (Spine/Pelvis), RACH     FROM: Family Med Blue, RACH",
            "DATE OF REQUEST: 21 Oct 2025      PRIORITY: [ ] STAT [ ] 72H [X] ROUTINE",
            "PROVISIONAL DX: M53.3 L SI joint dysfunction, chronic",
            "REASON FOR REQUEST:",
            "  37 yo AD F SFC w/ L buttock pain x ~9 mo. Done PT (7 mo), HEP, meloxicam daily,",
            "  ice/heat, temp profile. Pain mgmt did L SIJ inj 14 Oct w/ good short relief,",
            "  second block scheduled 18 Nov. Pls eval for SIJ fusion candidacy.",
            "  Imaging: XR SIJ/L hip 19 Aug 2025, MRI L-spine + MRI SIJ 02 Sep 2025 in PACS.",
            "SIGNATURE OF REQUESTING PHYSICIAN: Sarah Whitlock, PA-C (sup: LTC R. Abernathy MD)",
            "==",
            "##CONSULTATION REPORT",
            "Appt booked 09 Dec 2025 w/ MAJ Orsolini. Consult RESOLVED - see encounter note.",
            "Place of consultation: [X] Clinic [ ] Bedside",
            "",
            "PATIENT IDENTIFICATION: KESSELRING, JOANNA M  20/7730  SFC  USA  HHC 3-187 IN",
        ]},
        {"header": hdr, "footer": foot + " | Page 1 of 2", "lines": [
            "##Encounter: 09 Dec 2025 1330   Clinic: ORTHO SURGERY RACH   Type: New Consult",
            "Provider: ORSOLINI, PRADEEP R MAJ MC     Reason: L SI joint pain - fusion eval",
            "==",
            "##S:",
            "37 y/o AD female SFC (92Y) referred by PCM for L sided low back/buttock pain. Onset",
            "~Jan/Feb 2025 after a 12-mile ruck, no fall, no MVC. Pt points w/ one finger to",
            "the L PSIS. Pain is below the belt line, over L SIJ and upper buttock, does not",
            "radiate into the leg. No groin pain. No numbness/tingling, no bowel/bladder sx.",
            "Worse w/ prolonged sitting in the HMMWV, stairs, rolling over in bed.",
            "Pain 8/10 at worst, 6/10 on average this month. Was 9/10 in 03/2025 per pt.",
            "PMH: R pubic ramus stress fx 2006 (AIT), healed, no sequelae. Migraine w/o aura.",
            "FHx: mother w/ rheumatoid arthritis; father HTN. No FHx of AS/psoriasis.",
            "SHx: married, 2 kids, nonsmoker, ETOH rare. APFT alternate events on profile.",
            "##O:",
            "Vitals: BP 118/74  HR 66  Ht 65 in  Wt 149 lb  BMI 24.8  Pain: 6/10",
            "Gait non-antalgic. Lumbar ROM full, no midline TTP. Neg SLR bilat.",
            "Motor 5/5 BLE L2-S1. Sens intact to LT. DTR 2+ sym. No clonus.",
            "(Full provocative exam deferred to pre-op visit, see pain mgmt exam 10/14.)",
            "##A:",
            "1. L SI joint dysfunction, chronic (M53.3) - failing nonop care",
            "##P:",
            "- Reviewed imaging w/ pt (XR/MRI - no destructive lesion, L hip mild DJD only).",
            "- Second diagnostic L SIJ block already done 18 Nov; pain diary reviewed.",
            "- Discussed MIS L SIJ fusion (lateral transiliac, 3 implants) R/B/A.",
            "- RTC late Jan for H&P/pre-op. Continue meloxicam, HEP, profile.",
            "Disposition: Released w/o limitations. Follow up PRN / as scheduled.",
            "Signed: ORSOLINI.PRADEEP.R 09 Dec 2025 1512",
        ]},
        {"header": hdr, "footer": foot + " | Page 1 of 2", "lines": [
            "##Encounter: 27 Jan 2026 0815   Clinic: ORTHO SURGERY RACH   Type: Follow-up",
            "Provider: ORSOLINI, PRADEEP R MAJ MC     Reason: pre-op H&P, L SIJ fusion",
            "==",
            "##S:",
            "F/u L SIJ pain. No interval change. Reports current pain 6-7/10 at L SIJ, sharp",
            "w/ transitions. Non-radiating; localized to the L posterior SIJ and buttock,",
            "caudal to L5. Denies radiation below the knee, denies paresthesias.",
            "Still on meloxicam 15 mg qd (since Feb 2025), heat pad nightly, ice after PT-style",
            "HEP. Completed PT at RACH PT clinic Mar-Sep 2025. Two SIJ blocks (10/14, 11/18) -",
            "great short-term relief each time, both w/ steroid, pain back within 2-3 wks.",
            "ROS: neg fever/chills/wt loss. No widespread body pain. No morning stiffness >30m.",
            "##O:",
            "Pain Scale: 7/10   BP 121/77  HR 70  T 97.9",
            "Palpation: TTP directly over the L posterior SIJ / sulcus.",
            "  No TTP over greater trochanters, lumbar spinous processes, paraspinals or coccyx.",
            "SIJ provocation (L):",
            "  Thigh thrust (P4) .......... POSITIVE (concordant L SIJ pain)",
            "  Compression (side-lying) ... POSITIVE",
            "  Distraction ................ negative",
            "  Gaenslen's ................. POSITIVE (L leg hanging)",
            "  FABER/Patrick's (L) ........ POSITIVE - posterior L SIJ pain, no groin pain",
            "Hip: L hip IR/ER full and painless, neg FADIR, neg log roll.",
            "Neuro: 5/5 BLE, SILT, neg SLR, DTR 2+. Waddell signs 0/5.",
        ]},
        {"header": hdr, "footer": foot + " | Page 2 of 2", "lines": [
            "##A:",
            "1. L SI joint dysfunction (M53.3), SIJ confirmed pain generator by dual",
            "   fluoroscopic blocks; failed >6 mo active + passive conservative tx.",
            "2. No evidence of inflammatory sacroiliitis, fracture, infection or tumor.",
            "   HLA-B27 negative (Jun 2025), ESR 8, CRP <0.3.",
            "3. No lumbar stenosis or root compression on MRI; hip not pain source.",
            "4. No features of fibromyalgia / widespread pain.",
            "##P:",
            "- Request TRICARE PA: MIS L SIJ fusion, CPT 27279. RMC to submit.",
            "- Pre-op labs, CXR not indicated. Anesthesia consult.",
            "- Profile: temporary, no running/rucking/jumping x 90 d post-op (e-Profile).",
            "- Continue meloxicam until 7 d pre-op, then APAP.",
            "",
            "Duty limitations: Temp profile P3 (back) continued - may wear body armor up to",
            "  1 hr, no ruck >15 lb, may walk at own pace/distance.",
            "Disposition: Released with work/duty limitations. RTC 2 wk post-op.",
            "",
            "Active Medications (as of 27 Jan 2026):",
            "  Medication                Sig            Start        Status",
            "  Meloxicam 15 mg tab       1 PO daily     18 Feb 2025  Active",
            "  Cyclobenzaprine 5 mg      1 PO qhs prn   18 Feb 2025  Discontinued 05/2025",
            "  Sumatriptan 50 mg         prn migraine   2021         Active",
            "",
            "Signed: ORSOLINI.PRADEEP.R 27 Jan 2026 0931",
        ]},
    ])
    files["02_ortho_encounters_dd2161.pdf"] = b

    # ---- 03 PT records (faxed, fine)
    bn = "FROM: RACH PHYSICAL THERAPY 423 555 0177   TO: RACH ORTHO RMC   05 FEB 2026 14:22   P. {}/3"
    ptl = [
        [
            "##RIDGEWAY ACH - PHYSICAL THERAPY CLINIC   Bldg 4400, Fort Tellico TN",
            "##PT INITIAL EVALUATION                 Date: 04 Mar 2025",
            "Pt: KESSELRING, Joanna M   SFC  20/7730   Ref: Whitlock PA-C",
            "Dx: M53.3 L SIJ dysfunction   Onset: ~Feb 2025 ruck march",
            "==",
            "S: L low back/buttock pain, 'right at the dimple'. No radiating pain,",
            "   no N/T. Aggs: sitting >30 min, stairs, ruck. Eases: walking, heat.",
            "   NPRS 7/10 current, 9/10 worst, 4/10 best.",
            "   Goals: return to ruck w/o pain, pass ACFT.",
            "O: Posture: mild L ant innominate rotation. Standing flex test + L.",
            "   Lumbar AROM WNL, pain-free. Hip strength: L glut med 4-/5, R 5/5.",
            "   TTP L PSIS / long dorsal lig. Neuro screen negative.",
            "   Oswestry (ODI): 38%.",
            "A: Presentation c/w L SIJ dysfunction w/ lumbopelvic motor control deficit.",
            "   Good rehab potential.",
            "P: 2x/wk x 8 wks then re-eval. Ther-ex (core/glut), NM re-ed, manual,",
            "   MET for innominate, SIJ belt trial, HEP (written, 6 exercises).",
            "   Profile rec: no running/ruck x 30 d.",
            "",
            "CPT: 97163, 97110, 97112, 97140",
            "Owen Fairclough, DPT, CPT, SP   PT Clinic   04 Mar 2025",
        ],
        [
            "##PT PROGRESS NOTE / RE-EVAL            Date: 10 Jun 2025   Visit 24",
            "Pt: KESSELRING, Joanna M   SFC  20/7730",
            "==",
            "S: Some better w/ daily activities, still flares w/ sitting in vehicle",
            "   and any ruck. Doing HEP ~5x/wk. NPRS 6/10. Pain remains local to L SIJ.",
            "O: Glut med L 4/5. ODI 32%. Tender L SIJ persists. SLR neg.",
            "",
            "  Visit log Mar-Jun:",
            "  Date       Interventions              NPRS pre/post",
            "  04/08/25   TE, NMR, MT                7 / 5",
            "  05/06/25   TE, NMR, dry needling      6 / 5",
            "  06/03/25   TE, NMR, MT, SIJ belt      6 / 4",
            "",
            "A: Slow partial progress, not meeting goals. Continue POC.",
            "P: Continue 2x/wk, progress loading, add Pallof/anti-rotation.",
            "   Recert POC through 30 Sep 2025. Updated written HEP issued.",
            "   Recommend profile extension - no ruck/run, no jumping.",
            "",
            "Owen Fairclough, DPT, CPT, SP   10 Jun 2025",
        ],
        [
            "##PT DISCHARGE SUMMARY                  Date: 30 Sep 2025",
            "Pt: KESSELRING, Joanna M   SFC  20/7730",
            "Episode: 04 Mar 2025 - 30 Sep 2025   Visits: 46   No-shows: 0",
            "==",
            "S: Compliant w/ all visits and daily HEP. Pain unchanged past 6 wks,",
            "   NPRS 6/10 L SIJ. Cannot sit thru a brief or ride in vehicle >30 min.",
            "O: Strength improved (glut med L 4+/5). ODI 30%. L SIJ TTP unchanged.",
            "A: Plateaued. Completed ~7 months of skilled PT with minimal",
            "   functional gain; failed conservative PT for L SIJ dysfunction.",
            "P: D/C to HEP. Rec PCM/pain mgmt referral for SIJ injection.",
            "   HEP f/u by PCM at next visit.",
            "",
            "Owen Fairclough, DPT, CPT, SP   30 Sep 2025",
        ],
    ]
    b = Builder()
    for i, L in enumerate(ptl):
        pdfb, ras = fax_page(L, bn.format(i + 1), seed=101 + i, mode="fine", angle=[0.6, -0.9, 1.2][i])
        b.fax(pdfb, ras)
    files["03_pt_records_faxed.pdf"] = b

    # ---- 04 radiology (text)
    rh = "RIDGEWAY ARMY COMMUNITY HOSPITAL - DEPARTMENT OF RADIOLOGY | MHS GENESIS RadNet | FINAL"
    b = Builder()
    b.text([
        {"header": rh, "footer": foot + " | Rad Page 1 of 2", "lines": [
            "##RADIOLOGY REPORT - MULTIPLE EXAMINATIONS",
            "Patient: KESSELRING, JOANNA M   FMP/SSN 20/XXX-XX-7730   DOB 14-JUN-1987",
            "Ordering: WHITLOCK, SARAH PA-C   Location: FM BLUE",
            "==",
            "##Exam 1: XR SACROILIAC JOINTS 3+ VIEWS      Accession: RA25-0819-0044",
            "Exam date: 19-AUG-2025 0902",
            "History: L SIJ pain x 6 mo, eval DJD vs sacroiliitis.",
            "Findings: SI joints symmetric in width. Minimal subchondral sclerosis along",
            "  the iliac side of the L SIJ. No erosions, no ankylosis, no joint widening.",
            "  Pubic symphysis normal. Remote healed R superior pubic ramus fracture.",
            "Impression: Minimal degenerative change L SIJ. No radiographic sacroiliitis.",
            "",
            "##Exam 2: XR HIP LEFT 2 VIEWS (AP PELVIS + FROG LAT)   Accession: RA25-0819-0045",
            "Exam date: 19-AUG-2025 0906",
            "Findings: Minimal superior joint space narrowing L hip with tiny marginal",
            "  osteophyte. No fracture, no AVN. Normal femoral head-neck offset.",
            "Impression: Mild osteoarthritis of the left hip.",
            "",
            "Dictated by: CPT Hannah Lindqvist, MD, Radiology   Signed 19-AUG-2025 1140",
        ]},
        {"header": rh, "footer": foot + " | Rad Page 2 of 2", "lines": [
            "##Exam 3: MRI LUMBAR SPINE WO CONTRAST        Accession: RM25-0902-0117",
            "Exam date: 02-SEP-2025 1315      Indication: LBP, r/o radiculopathy",
            "Findings: Normal alignment. Conus at L1. Vertebral body heights maintained.",
            "  L3-4: normal.",
            "  L4-5: mild disc desiccation, small broad-based bulge. No canal stenosis.",
            "        Foramina patent. No nerve root impingement.",
            "  L5-S1: mild facet arthropathy. No canal or foraminal stenosis.",
            "Impression: Mild L4-5 degenerative disc disease without stenosis or neural",
            "  compression.",
            "",
            "##Exam 4: MRI SACROILIAC JOINTS WO CONTRAST   Accession: RM25-0902-0118",
            "Exam date: 02-SEP-2025 1340",
            "Technique: Oblique coronal T1, STIR; axial T2 FS.",
            "Findings: No bone marrow edema on STIR. No erosions, no fat metaplasia,",
            "  no capsulitis. Mild L SIJ subchondral sclerosis. No fracture line.",
            "  No marrow-replacing or destructive lesion of sacrum or ilium.",
            "Impression: No MRI evidence of active or structural sacroiliitis.",
            "  No destructive lesion. Mild L SIJ degenerative change.",
            "",
            "Dictated by: MAJ Corbin Aylesworth, MD   Signed 02-SEP-2025 1702",
        ]},
    ])
    files["04_radiology_reports.pdf"] = b

    # ---- 05 procedures (text)
    ph = "RACH Interventional Pain Management Clinic | Procedure Documentation | MHS GENESIS"
    b = Builder()
    b.text([
        {"header": ph, "footer": foot, "lines": [
            "##PROCEDURE NOTE - LEFT SACROILIAC JOINT INJECTION #1",
            "Date of procedure: 14 Oct 2025     Proceduralist: CPT Leah Baptiste-Monroe, DO",
            "==",
            "Indication: L SIJ pain, diagnostic/therapeutic. Pre-procedure NRS: 7/10.",
            "Pre-procedure exam: FABER + L, Gaenslen + L, thigh thrust + L. Waddell 0/5.",
            "Consent obtained, time-out performed.",
            "Technique: Prone. Under FLUOROSCOPIC guidance the inferior L SIJ was identified.",
            "  22g 3.5 in spinal needle advanced into joint. Omnipaque 180, 0.5 mL injected",
            "  with intra-articular contrast spread, no vascular uptake.",
            "Injectate: 2% lidocaine 1.5 mL + triamcinolone 40 mg (1 mL).",
            "Complications: none. EBL nil.",
            "",
            "##POST-PROCEDURE PAIN DIARY (pt-completed, reviewed by RN)",
            "  Time after inj     NRS (0-10)   % relief   Activity tested",
            "  Baseline           7            -          sit to stand",
            "  15 min             1            86%        stairs x1 flight",
            "  30 min             1            86%        sitting 20 min",
            "  1 hr               1            86%        walking",
            "  2 hr               3            57%        -",
            "  4 hr               6            14%        -",
            "Result: 80-86% relief lasting >1 h (duration consistent w/ lidocaine).",
            "",
            "##PAIN CLINIC PHONE F/U - 05 Nov 2025 (RN Deshawn Pryor)",
            "Pt reports mild steroid benefit ~10 days then pain returned to 7/10 baseline.",
            "Plan second confirmatory block w/ long-acting anesthetic.",
        ]},
        {"header": ph, "footer": foot, "lines": [
            "##PROCEDURE NOTE - LEFT SACROILIAC JOINT INJECTION #2",
            "Date of procedure: 18 Nov 2025     Proceduralist: CPT Leah Baptiste-Monroe, DO",
            "==",
            "Indication: confirmatory block. Pre-procedure NRS 7/10.",
            "Technique: Prone, fluoroscopy (AP + contralateral oblique). 22g needle into",
            "  inferior third L SIJ. Isovue-M 200, 0.4 mL - arthrogram outlining the joint,",
            "  no epidural or vascular spread.",
            "Injectate: 0.5% bupivacaine 1.5 mL + triamcinolone 40 mg.",
            "",
            "##POST-PROCEDURE PAIN DIARY",
            "  Time after inj     NRS (0-10)   % relief",
            "  Baseline           7            -",
            "  30 min             2            71%",
            "  1 hr               1            86%",
            "  3 hr               2            71%",
            "  4 hr               2            71%",
            "  6 hr               2            71%",
            "  8 hr               5            29%",
            "Result: 75% relief maintained for 6 hours (bupivacaine).",
            "",
            "##PAIN CLINIC FOLLOW-UP - 02 Dec 2025",
            "Two-week check after L SIJ inj #2. Relief faded by day 12; pain",
            "returned to baseline 7/10. Corticosteroid benefit from both SIJ",
            "injections was short-lived (<3 wks). Dx blocks concordant x2.",
            "A/P: Refractory L SIJ pain. Defer further steroid inj. Ortho spine eval 09 Dec.",
        ]},
    ])
    files["05_pain_procedure_notes.pdf"] = b

    # ---- 06 SF 600 PCM entries (faxed, fine)
    bn6 = "FROM: FM BLUE TEAM RACH  FAX 4235550161  TO: ORTHO RMC  06-FEB-2026 08:05  P. {}/2"
    sf1 = [
        "##MEDICAL RECORD - CHRONOLOGICAL RECORD OF MEDICAL CARE   (SF 600)",
        "DATE      SYMPTOMS, DIAGNOSIS, TREATMENT, TREATING ORGANIZATION (Sign each entry)",
        "==",
        "18 Feb 25  FM Blue Team RACH.  S: L low back/buttock pain x 3 wk",
        "           after ruck. No radiation, no N/T, no trauma.",
        "           O: TTP L SIJ. SLR neg. Neuro intact.",
        "           A: L SIJ strain/dysfunction.",
        "           P: meloxicam 15 mg PO daily #30 RF x5,",
        "           flexeril 5 qhs prn. Ice 20 min 3x/d x 72h then",
        "           heat. Temp profile 30 d. Refer PT.",
        "           S. Whitlock PA-C",
        "==",
        "22 Jul 25  FM Blue. F/u L SIJ pain. In PT since Mar, doing",
        "           HEP daily. Taking meloxicam daily, helps some.",
        "           Heat pad at night. Flexeril stopped (sedation).",
        "           Pain 6/10. Still TTP L SIJ.",
        "           P: cont meloxicam, cont PT, XR SIJ + L hip, MRI",
        "           L-spine + SIJ. Labs HLA-B27/ESR/CRP. Profile ext.",
        "           S. Whitlock PA-C",
    ]
    sf2 = [
        "##SF 600 (CONTINUATION)   KESSELRING, JOANNA M  20/7730",
        "==",
        "21 Oct 25  FM Blue. PT D/C 30 Sep after 7 mo. HEP reviewed",
        "           today - completed 6 wk post-PT HEP as prescribed,",
        "           no improvement. Meloxicam daily continues.",
        "           HLA-B27 neg, ESR/CRP nl. MRI - no sacroiliitis.",
        "           Pain 7/10. Had SIJ inj 14 Oct w/ brief relief.",
        "           A: L SIJ dysfunction, refractory.",
        "           P: DD 2161 to Ortho spine. Cont meds.",
        "           S. Whitlock PA-C",
        "==",
        "13 Jan 26  FM Blue. Refill meloxicam 15 mg #90.",
        "           Still using heat nightly. Ortho f/u 27 Jan.",
        "           S. Whitlock PA-C",
    ]
    b = Builder()
    for i, L in enumerate([sf1, sf2]):
        pdfb, ras = fax_page(L, bn6.format(i + 1), seed=161 + i, mode="fine",
                             angle=[-0.5, 0.9][i], hand_from=3 if i == 0 else 2)
        b.fax(pdfb, ras)
    files["06_sf600_pcm_entries_faxed.pdf"] = b

    meta = {"request_date": "2026-02-10", "procedure_codes": ["27279"],
            "member_id": "1298457730", "policy": "MP-MM-1366"}
    with open(os.path.join(folder, "packet.json"), "w") as fh:
        json.dump(meta, fh, indent=2)

    labels = {
        "procedure": "percutaneous", "request_date": "2026-02-10",
        "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "localized to the L posterior SIJ and buttock", "caudal to L5",
                "Denies radiation below the knee"]},
            "perc.pain_severity": {"status": "met", "evidence": ["Pain Scale: 7/10",
                "current pain 6-7/10 at L SIJ"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "TTP directly over the L posterior SIJ / sulcus",
                "No TTP over greater trochanters, lumbar spinous processes"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Episode: 04 Mar 2025 - 30 Sep 2025", "Completed ~7 months of skilled PT"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "meloxicam 15 mg PO daily", "Meloxicam 15 mg tab       1 PO daily     18 Feb 2025  Active",
                "Refill meloxicam 15 mg #90"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust (P4) .......... POSITIVE", "Compression (side-lying) ... POSITIVE"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen's ................. POSITIVE", "FABER/Patrick's (L) ........ POSITIVE"]},
            "perc.diagnostic_injections": {"status": "met", "evidence": [
                "80-86% relief lasting >1 h", "75% relief maintained for 6 hours",
                "Under FLUOROSCOPIC guidance"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "Waddell signs 0/5", "No features of fibromyalgia / widespread pain"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No radiographic sacroiliitis", "No MRI evidence of active or structural sacroiliitis",
                "No destructive lesion"]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Mild osteoarthritis of the left hip"]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "without stenosis or neural", "No nerve root impingement"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "pain returned to 7/10 baseline", "returned to baseline 7/10",
                "Corticosteroid benefit from both SIJ"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "HLA-B27 negative (Jun 2025)", "No MRI evidence of active or structural sacroiliitis"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No evidence of inflammatory sacroiliitis, fracture, infection or tumor"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "no fall, no MVC"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "No lumbar stenosis or root compression on MRI"]},
        },
    }
    with open(os.path.join(folder, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2)
    return pid, folder, files, labels, "folder"


# =====================================================================
# PACKET b8x-02 (single PDF) open 27280 -> insufficient_documentation
# =====================================================================

def packet02(outroot):
    pid = "b8x-02"
    foot = "DELACROIX-HOBBS, RAYMOND T | DOB 03/02/1971 | DoD ID 1187730921 | CUI//PRVCY"
    b = Builder()
    bn = "FROM: 527 MDG ORTHO KESTREL AFB   TO: TRIWEST UM  18-NOV-2025 10:41  P. 1/8"
    cover = [
        "!!FAX",
        "",
        "##527th Medical Group - Orthopaedics / Spine",
        "Kestrel Air Force Base, NV 89179",
        "Phone (702) 555-0133  DSN 682-0133  Fax (702) 555-0138",
        "==",
        "Date:    18 Nov 2025",
        "To:      TriWest Healthcare Alliance - TRICARE West",
        "         Utilization Management / Prior Authorization",
        "Fax:     (866) 555-0170",
        "From:    TSgt Aaliyah Brandvold, Referral Mgmt Ctr",
        "Re:      PA request - OPEN revision L SI joint fusion",
        "         Beneficiary DELACROIX-HOBBS, Raymond T (retiree)",
        "Pages:   8 including cover",
        "",
        "Comments: Prior percutaneous L SIJ fusion has failed.",
        "Surgeon requests open revision arthrodesis (CPT 27280).",
        "Clinic notes, consult and LMN attached. CT pelvis",
        "has been ordered; report will be sent when available.",
        "",
        "==",
        "This transmission contains information protected by the",
        "Privacy Act of 1974 and HIPAA. Unauthorized disclosure",
        "is prohibited. If received in error, call the sender.",
    ]
    pdfb, ras = fax_page(cover, bn, seed=201, mode="standard", angle=-0.8)
    b.fax(pdfb, ras)
    b.text([
        {"font": "Helvetica", "size": 9.5, "footer": foot, "lines": [
            "!!TRICARE WEST - PRIOR AUTHORIZATION REQUEST (OUTPATIENT / INPATIENT)",
            "TriWest Healthcare Alliance  |  Incomplete requests may be delayed",
            "==",
            "##A. Beneficiary",
            "Name: DELACROIX-HOBBS, RAYMOND T     DOB: 03/02/1971    DoD ID: 1187730921",
            "Status: Retired (USAF, MSgt/E-7)   Plan: [ ] Prime  [X] TRICARE Select",
            "##B. Provider",
            "Ordering/Rendering: Lt Col Imogen Szczepanski, MD, Orthopaedic Spine, 527 MDG",
            "Facility: 527th Medical Group Inpatient Surgical Unit, Kestrel AFB NV",
            "##C. Request",
            "Request date: 11/18/2025        Proposed DOS: 01/13/2026",
            "Admission: [X] Inpatient, est. LOS 2 days   [ ] Outpatient",
            "Procedure(s):",
            "  CPT 27280  Arthrodesis, open, sacroiliac joint, including obtaining bone",
            "             graft, including instrumentation, when performed",
            "  CPT 20680  Removal of implant; deep (L SIJ implants x3)",
            "Side: LEFT",
            "Diagnosis:  M96.0   Pseudarthrosis after fusion or arthrodesis",
            "            T84.84XA Pain due to internal orthopedic prosthetic devices",
            "            M53.3   Sacrococcygeal disorders, NEC",
            "##D. Clinical information",
            "Prior tx: percutaneous L SIJ fusion 02/2024 (civilian network, see notes).",
            "Imaging attached:  [ ] X-ray  [ ] CT  [ ] MRI   Comment: CT ordered, pending",
            "Other: see 527 MDG ortho note 04 Nov 2025, DD 2161, LMN.",
            "##E. Signature",
            "/s/ SZCZEPANSKI.IMOGEN.K.1299301123   18 Nov 2025",
        ]},
    ])
    hdr = "MHS GENESIS | 527 MDG Kestrel AFB | Orthopaedic Spine Clinic | Clinical Note | Printed 18-Nov-2025"
    b.text([
        {"header": hdr, "footer": foot + " | Page 1 of 2", "lines": [
            "##Ortho Spine Clinic Note          Date of Service: 04-Nov-2025 0940",
            "Author: Szczepanski, Imogen K, Lt Col, USAF, MC  Status: Auth (Verified)",
            "==",
            "##Chief Complaint",
            "Persistent L SIJ pain after SI fusion.",
            "##History of Present Illness",
            "54 y/o retired MSgt (former loadmaster) who underwent percutaneous L SIJ",
            "fusion (3 triangular titanium implants) on 27 Feb 2024 at Desert Basin",
            "Surgical Hospital (network). Initial ~40% improvement for 3 mo, then",
            "recurrent and progressive L buttock/SIJ pain, now worse than pre-op.",
            "Describes a 'clunk' w/ single-leg stance. Pain 8/10, sitting tolerance",
            "15 min. No leg radiation. Has been through PT x2 courses, gabapentin (SE),",
            "NSAIDs, and 2 SIJ injections pre-fusion in 2023.",
            "Hx of L5 radiculopathy 2019 - resolved w/ PT, no recurrence.",
            "##Review of Systems",
            "Neg: fever, chills, night sweats, unexplained weight loss, B/B change.",
            "##Physical Exam",
            "Healed lateral buttock incisions L, no erythema/drainage.",
            "TTP L posterior SIJ. Thigh thrust + L. Compression + L.",
            "Neuro: 5/5 bilat LE, SILT L2-S1, DTR 2+ sym, SLR negative bilaterally.",
            "No radicular symptoms. Hip ROM full/painless bilat.",
        ]},
        {"header": hdr, "footer": foot + " | Page 2 of 2", "lines": [
            "##Imaging / Data",
            "Outside op note and prior films requested from Desert Basin - not received.",
            "No images available for review in PACS at this time.",
            "CT pelvis w/o contrast (fine cut through SIJ) ordered today to assess",
            "for peri-implant lucency / nonunion; not yet performed.",
            "Labs: CBC, ESR, CRP ordered to screen for indolent infection.",
            "##Assessment",
            "1. Failed percutaneous SIJ fusion, L - clinically painful, suspected",
            "   pseudarthrosis / implant loosening (M96.0).",
            "2. L SI joint pain.",
            "##Plan",
            "- Candidate for open revision L SIJ arthrodesis w/ implant removal,",
            "  autograft, plate/screw fixation - discussed R/B/A in detail.",
            "- RMC: submit TRICARE West PA for CPT 27280 + 20680.",
            "- Obtain CT pelvis prior to surgery; will forward report to TriWest.",
            "- Continue APAP 1 g TID, lidocaine patch.",
            "Follow-up: 4-6 wk after CT.",
            "",
            "Electronically signed: Szczepanski, Imogen K Lt Col 04-Nov-2025 1122",
        ]},
        {"header": "CONSULTATION SHEET - DD FORM 2161, APR 2021 (electronic)", "footer": foot, "lines": [
            "##MEDICAL RECORD - CONSULTATION SHEET",
            "==",
            "TO: 527 MDG Orthopaedic Spine                FROM: 527 MDG Family Health",
            "DATE OF REQUEST: 17 Sep 2025                 URGENCY: Routine",
            "PROVISIONAL DIAGNOSIS: Failed L SI joint fusion (M96.0); chronic L SIJ pain",
            "REASON FOR REQUEST: (Complaints and findings)",
            "  Retiree s/p percutaneous L SIJ fusion 02/2024 at network hospital.",
            "  Returned to MTF care after PCS of spouse's civilian job. Ongoing L",
            "  SIJ pain, failed conservative mgmt post-fusion. Requests eval for",
            "  revision options. Outside records requested (release signed 17 Sep).",
            "  No prior imaging available in our system.",
            "",
            "  Signature: Maj Desmond Achterberg, DO, Family Health",
            "==",
            "##CONSULTATION",
            "Seen 04 Nov 2025. See ortho spine note of same date for full findings.",
            "Recommend open revision; PA to be submitted.",
            "",
            "  Signature: Lt Col I. Szczepanski, MD        Date: 04 Nov 2025",
            "",
            "PATIENT'S IDENTIFICATION: DELACROIX-HOBBS, RAYMOND T  DoD ID 1187730921",
            "  Retired USAF  Sponsor: self  Treatment facility: 527 MDG",
        ]},
    ])
    bn2 = "FROM: 527MDG FAMILY HEALTH  TO: TRIWEST UM   18-NOV-2025 10:44  P. {}/8"
    sfa = [
        "##CHRONOLOGICAL RECORD OF MEDICAL CARE - SF 600",
        "DATE       SYMPTOMS, DIAGNOSIS, TREATMENT, TREATING ORGANIZATION",
        "==",
        "10 Sep 25  Fam Health 527 MDG. New to clinic. Retiree,",
        "           L SIJ fusion 2/24 outside, 'never really took'.",
        "           Pain L buttock 7-8/10. No leg sx. No fever.",
        "           Exam: TTP L SIJ, neuro nl, incisions healed.",
        "           A: Chronic L SIJ pain s/p fusion.",
        "           P: Records release to Desert Basin. Refer",
        "           ortho spine. APAP, ice/heat, lido patch.",
        "           D. Achterberg DO",
        "==",
        "15 Oct 25  Tel-con. Pt called re: records - outside",
        "           facility says imaging on CD to be mailed.",
        "           Not rec'd as of today. Ortho appt 4 Nov.",
        "           K. Ruiz RN",
    ]
    sfb = [
        "##SF 600 (CONTINUATION)  DELACROIX-HOBBS, R.T.",
        "==",
        "12 Nov 25  Fam Health. F/u. Seen by Ortho 11/4, plan open",
        "           revision. CT pelvis scheduled 2 Dec (1st avail).",
        "           Outside CD still not here. Pain 8/10.",
        "           Neuro intact. No radiating sx.",
        "           Pre-op: A1c 5.6, BMI 29. Cleared from PCM view.",
        "           D. Achterberg DO",
        "==",
        "           Medication list (reconciled 12 Nov 25):",
        "           acetaminophen 1000 mg TID",
        "           lidocaine 5% patch daily, 12h on/12h off",
        "           atorvastatin 20 mg daily",
        "           gabapentin - D/C 2024 (dizziness)",
    ]
    for i, L in enumerate([sfa, sfb]):
        pdfb, ras = fax_page(L, bn2.format(i + 6), seed=211 + i, mode="standard",
                             angle=[1.1, -0.4][i], hand_from=3 if i == 0 else 2)
        b.fax(pdfb, ras)
    b.text([
        {"font": "Times", "size": 11, "footer": foot, "lines": [
            "##DEPARTMENT OF THE AIR FORCE",
            "##527TH MEDICAL GROUP (AFMC)  KESTREL AIR FORCE BASE NEVADA",
            "",
            "                                                   18 November 2025",
            "MEMORANDUM FOR TRIWEST HEALTHCARE ALLIANCE, UTILIZATION MANAGEMENT",
            "FROM: 527 MDG/SGCS (Orthopaedic Spine)",
            "SUBJECT: Letter of Medical Necessity - Open Revision L SI Joint Arthrodesis",
            "",
            "1. Mr. Raymond T. Delacroix-Hobbs (DoD ID 1187730921) is a 54-year-old",
            "retired Air Force member under my care for failed percutaneous left",
            "sacroiliac joint fusion performed 27 February 2024 at a network facility.",
            "",
            "2. Despite the index procedure he has recurrent, disabling left SIJ pain",
            "(8/10) with mechanical symptoms, positive SIJ provocation on exam and",
            "no radicular findings. Clinical picture suggests failed fusion",
            "(pseudarthrosis) with implant loosening.",
            "",
            "3. A fine-cut CT of the pelvis is scheduled for 2 December 2025 and will",
            "define the extent of lucency and guide the revision. I will forward the",
            "report on completion. Outside imaging from 2024 has not been received.",
            "",
            "4. Percutaneous re-treatment is not appropriate; open revision with",
            "implant removal, decortication, autograft and plate/screw fixation",
            "(CPT 27280, 20680) is requested.",
            "",
            "5. Point of contact is the undersigned at DSN 682-0133.",
            "",
            "",
            "                          IMOGEN K. SZCZEPANSKI, Lt Col, USAF, MC",
            "                          Chief, Orthopaedic Spine Surgery",
        ]},
    ])
    path = os.path.join(outroot, pid + ".pdf")
    labels = {
        "procedure": "open", "request_date": "2025-11-18",
        "determination": "insufficient_documentation",
        "criteria": {
            "open.indication": {"status": "met", "evidence": [
                "Failed percutaneous SIJ fusion, L", "failed percutaneous left"]},
            "open.recent_imaging": {"status": "insufficient", "evidence": []},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "No radicular symptoms", "SLR negative bilaterally"]},
        },
    }
    with open(os.path.join(outroot, pid + ".labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2)
    return pid, path, {os.path.basename(path): b}, labels, "single"


# =====================================================================
# PACKET b8x-03 (folder, no packet.json) perc 27279 -> does_not_meet
# =====================================================================

def packet03(outroot):
    pid = "b8x-03"
    folder = os.path.join(outroot, pid)
    os.makedirs(folder)
    foot = "OKONKWO-BARRETT, TERRENCE L | DOB 11/23/1994 | EDIPI 1310048826 | CUI - PHI"
    files = {}
    b = Builder()
    b.text([
        {"font": "Helvetica", "size": 10, "lines": [
            "!!FAX COVER SHEET",
            "Naval Branch Health Clinic Dunmore - Orthopedics",
            "MCAS Dunmore, NC 28590   Ph (252) 555-0146   Fax (252) 555-0149",
            "==",
            "To: Humana Military TRICARE East - Prior Authorization    Fax: 877-555-0142",
            "From: HM2 Coralie Vasquez-Tran, Referral Management",
            "Date: 04 MAR 2026      Pages: 13 (including this page)",
            "Subject: PA request, RIGHT SI joint fusion (MIS), SSgt Okonkwo-Barrett",
            "",
            "Notes: Pls route to spine reviewer. Lumbar MRI to follow once completed.",
            "",
            "==",
            "The documents accompanying this transmission contain confidential health",
            "information that is legally privileged. If you are not the intended",
            "recipient, you are hereby notified that any disclosure is prohibited.",
        ]},
        {"font": "Helvetica", "size": 9.5, "footer": foot, "lines": [
            "!!TRICARE PRIOR AUTHORIZATION REQUEST - PROCEDURE",
            "Humana Military / TRICARE East Region",
            "==",
            "##Beneficiary",
            "OKONKWO-BARRETT, TERRENCE L     DOB 11/23/1994    DoD Benefits # 1310048826",
            "Status: Active Duty USMC SSgt (E-6)   Plan: TRICARE Prime",
            "##Provider",
            "LCDR Felicity Amundsen-Roy, MD, MC, USN - Orthopedic Surgery, NBHC Dunmore",
            "Facility: Naval Medical Center Carteret (parent command), Main OR",
            "##Service",
            "Request date: 03/04/2026",
            "CPT 27279 - SIJ arthrodesis, percutaneous/minimally invasive, RIGHT  x1",
            "ICD-10: M53.3 (R SI joint dysfunction), M16.11 (unilateral primary OA, R hip)",
            "Setting: [X] Outpatient surgery  [ ] Inpatient",
            "##Clinical summary",
            "R SIJ pain >1 yr. PT, NSAIDs, 2 fluoro SIJ inj. Thigh thrust +.",
            "Attached: ortho notes, consult, PT, inj notes, radiology, SF 600s.",
            "Lumbar MRI: ordered 20 Feb 2026, not yet completed.",
            "##Attestation",
            "/s/ AMUNDSEN-ROY.FELICITY.J.1377001245     04 MAR 2026",
        ]},
    ])
    files["01_fax_cover_tricare_pa.pdf"] = b

    hdr = "AHLTA Encounter Print | NBHC DUNMORE ORTHOPEDICS | Printed 03 Mar 2026 1604 | Provider copy"
    b = Builder()
    b.text([
        {"header": "DD FORM 2161 - REFERRAL FOR CIVILIAN MEDICAL CARE / CONSULTATION (electronic)", "footer": foot, "lines": [
            "##REFERRAL / CONSULTATION SHEET",
            "==",
            "To: Orthopedics, NBHC Dunmore      From: BAS, 2nd Bn 10th Marines (MAS)",
            "Date: 02 Dec 2025    Priority: ROUTINE   Referral #: 2025120200311",
            "Provisional dx: R SI joint pain, chronic; R hip OA",
            "Reason: 31 y/o SSgt, R buttock pain since early 2025. PT 05-07/2025,",
            "  naproxen daily, profile. 2 R SIJ injections at NMC Carteret pain clinic,",
            "  1st helped (2 hrs), 2nd only partial. Pls eval for surgical options vs",
            "  further care. Also R hip XR w/ OA - ?contribution.",
            "Requesting provider: LT Brennan Kowalczyk, MC, USN (GMO)",
            "==",
            "##Consultation report:",
            "Seen 20 Feb 2026 - see AHLTA encounter.",
            "Provider: LCDR F. Amundsen-Roy, MD",
        ]},
        {"header": hdr, "footer": foot + " | Page 1 of 2", "lines": [
            "##Encounter Date: 20 Feb 2026 1015    Clinic: NBHC DUNMORE ORTHO",
            "Provider: AMUNDSEN-ROY, FELICITY J   Appt type: SPEC (consult)",
            "==",
            "##Reason for Appointment: R low back/buttock pain",
            "##History of present illness",
            "The patient is a 31 year old male SSgt (0811 artillery) with R buttock pain",
            "since ~Feb 2025 after a hard landing from a 7-ton tailgate (no fracture on",
            "XR then). Pain is in the R buttock/R PSIS region, below L5, does not radiate",
            "to thigh or leg. No N/T. No groin pain. Worse w/ sitting and gun drills.",
            "Pain today VAS 62 mm (0-100). Was 8/10 back in 04/2025.",
            "PT 05/2025-07/2025 at NBHC PT. Did not continue home exercises after D/C.",
            "Naproxen 500 mg BID daily since Apr 2025, still taking, partial help.",
            "Used a unit TENS loaner 'a few times' in summer.",
            "##Past medical/family/social",
            "PMH: none. PSH: none. FHx: brother w/ ankylosing spondylitis.",
            "SHx: tobacco - dip 1 can/wk. EtOH social.",
            "##Review of systems",
            "No AM stiffness, no uveitis, no psoriasis, no IBD sx. No diffuse pain.",
            "##Physical exam",
            "Gait: mildly antalgic R. Lumbar: no midline TTP, flex/ext full.",
            "Palpation: tender over R PSIS/posterior SIJ; equally tender over the R",
            "  greater trochanter (pt rates both the same).",
        ]},
        {"header": hdr, "footer": foot + " | Page 2 of 2", "lines": [
            "SIJ tests (R):   Thigh thrust ......... +   (reproduces R buttock pain)",
            "                 Compression .......... neg",
            "                 Distraction .......... neg",
            "                 Gaenslen ............. neg bilat",
            "                 FABER (R) ............ + (posterolateral hip/buttock pain)",
            "Hip R: IR 15 deg w/ discomfort, FADIR neg. L hip full.",
            "Neuro: 5/5, SILT, DTR 2+, SLR neg bilat. Waddell 0/5.",
            "##Assessment",
            "1. R SI joint pain, chronic (M53.3).",
            "2. R hip OA, moderate by XR (M16.11) - groin pain absent, pt's sx not",
            "   felt to be hip-driven.",
            "3. HLA-B27 neg 09/2025; CRP nl. No inflammatory arthropathy.",
            "##Plan",
            "- Pt strongly desires definitive tx; RMC to submit PA for R MIS SIJ fusion.",
            "- MRI L-spine ordered today (never had one); will forward when done.",
            "- Continue naproxen 500 BID. Restart HEP.",
            "- LIMDU / duty status: Light duty x 60 days - no lifting >25 lb, no field.",
            "Disposition: Released with Work/Duty Limitations",
            "",
            "##Medications (active):",
            "  naproxen 500 mg tab - 1 PO BID w/ food - start 08 Apr 2025 - active",
            "  omeprazole 20 mg - 1 PO daily - start 08 Apr 2025 - active",
            "",
            "Signed: AMUNDSEN-ROY, FELICITY J, LCDR MC USN  20 Feb 2026 1201",
        ]},
    ])
    files["02_consult_ortho_encounter.pdf"] = b

    bnp = "FROM: NBHC DUNMORE PT  TO: ORTHO  27-FEB-2026 09:12  P. {}/2"
    pt1 = [
        "##NBHC DUNMORE PHYSICAL THERAPY - INITIAL EVAL    06 MAY 2025",
        "Pt: OKONKWO-BARRETT, T.L.  SSgt USMC  EDIPI ...8826",
        "==",
        "S: R buttock/'hip pocket' pain since Feb. Local, no leg sx.",
        "   NPRS 7/10. ODI 34%. Worse on 7-ton rides, sitting.",
        "O: TTP R sulcus. Thigh thrust + R. Lumbar clear.",
        "   R hip IR limited/stiff. Glute med R 4/5.",
        "A: R SIJ dysfunction, impaired lumbopelvic control.",
        "P: 2x/wk x 6 wk. TE, MT, NMR, HEP (4 ex, handout).",
        "",
        "   M. Oyelaran, PT, DPT (GS-11)",
    ]
    pt2 = [
        "##PT DISCHARGE NOTE                          22 JUL 2025",
        "Pt: OKONKWO-BARRETT, T.L.   Visits: 11 of 12",
        "==",
        "Pt discharged from PT 22 Jul 2025 - unit going to field",
        "(FEX, then ITX Aug-Sep). Pain NPRS 6/10, ODI 30%.",
        "Updated HEP issued (8 exercises).",
        "Goals partially met. Pt may return w/ new referral.",
        "",
        "ADDENDUM 14 Oct 2025 (phone): pt reports he has not",
        "been doing HEP since D/C - 'no time with the schedule'.",
        "Denies HEP made pain worse. Encouraged to resume.",
        "",
        "   M. Oyelaran, PT, DPT",
    ]
    b = Builder()
    for i, L in enumerate([pt1, pt2]):
        pdfb, ras = fax_page(L, bnp.format(i + 1), seed=301 + i, mode="fine", angle=[0.4, -1.3][i])
        b.fax(pdfb, ras)
    files["03_physical_therapy_faxed.pdf"] = b

    ih = "NAVAL MEDICAL CENTER CARTERET | PAIN MANAGEMENT / INTERVENTIONAL | Procedure Note"
    b = Builder()
    b.text([
        {"header": ih, "footer": foot, "lines": [
            "##PROCEDURE: RIGHT SACROILIAC JOINT INJECTION (DIAGNOSTIC/THERAPEUTIC)",
            "DOS: 16 Sep 2025    Attending: CDR Ignatius Holloway-Pike, MD",
            "==",
            "Pre-op NRS 7/10. Consent, time-out.",
            "Fluoroscopy-guided, prone. 25g 3.5in needle into inferior R SIJ.",
            "Contrast: Omnipaque 240 0.5 mL, intra-articular arthrogram confirmed.",
            "Injected: lidocaine 2% 1 mL + methylprednisolone 40 mg.",
            "",
            "Post-procedure diary:",
            "  Time     NRS   %relief",
            "  30 min   1     86",
            "  1 h      1     86",
            "  2 h      2     71",
            "  4 h      5     29",
            "Dx response: positive (>80% for 2 h, lidocaine).",
            "",
            "##F/U 07 Oct 2025 (telehealth)",
            "Steroid helped ~1 wk; pain returned to 7/10 by wk 3.",
        ]},
        {"header": ih, "footer": foot, "lines": [
            "##PROCEDURE: RIGHT SACROILIAC JOINT INJECTION #2",
            "DOS: 13 Nov 2025    Attending: CDR Ignatius Holloway-Pike, MD",
            "==",
            "Pre-op NRS 7/10.",
            "Fluoroscopic guidance, contralateral oblique. 25g needle inferior R SIJ.",
            "Isovue-M 300 0.3 mL - joint outlined, no extravasation.",
            "Injected: bupivacaine 0.25% 1.5 mL + dexamethasone 10 mg.",
            "",
            "Post-procedure diary:",
            "  Time     NRS   %relief",
            "  30 min   5     29",
            "  1 h      4     43",
            "  3 h      4     43",
            "  6 h      6     14",
            "Dx response: 40% max relief - does not meet 50% threshold.",
            "",
            "##F/U 09 Dec 2025",
            "No lasting benefit from steroid, pain back to baseline in days.",
            "",
            "##PROCEDURE: R GREATER TROCHANTERIC BURSA INJECTION - 09 Dec 2025",
            "Landmark-guided. Kenalog 40 mg + 1% lido 4 mL. Immediate 90% relief of",
            "lateral hip pain; SIJ-region pain unchanged.",
        ]},
    ])
    files["04_injection_procedure_notes.pdf"] = b

    rh = "NAVAL MEDICAL CENTER CARTERET - RADIOLOGY DEPARTMENT | FINAL REPORT"
    b = Builder()
    b.text([
        {"header": rh, "footer": foot + " | 1 of 2", "lines": [
            "##EXAM: XR PELVIS AP + BILAT SI JOINT OBLIQUES; XR HIP BILAT",
            "Accession: CR-25-061103-22 / CR-25-061103-23     Date: 03 Jun 2025",
            "Clinical: R buttock pain 4 mo, ?sacroiliitis ?hip.",
            "==",
            "FINDINGS:",
            "SI joints: Joint spaces preserved. No erosions or sclerosis.",
            "  No periarticular ankylosis.",
            "Right hip: moderate superolateral joint space narrowing with",
            "  acetabular and femoral head osteophytes and subchondral sclerosis.",
            "Left hip: mild joint space narrowing, no osteophyte.",
            "Bones: no fracture. No lytic or blastic lesion.",
            "",
            "IMPRESSION:",
            "1. Moderate osteoarthritis of the right hip.",
            "2. Mild left hip degenerative change.",
            "3. Normal sacroiliac joints radiographically.",
            "",
            "Read by: LT Sunniva Marchetti, MD, MC, USN   03 Jun 2025 1450",
        ]},
        {"header": rh, "footer": foot + " | 2 of 2", "lines": [
            "##EXAM: MRI PELVIS / SACROILIAC JOINTS W/O CONTRAST",
            "Accession: MR-25-081207-04     Date: 12 Aug 2025",
            "Clinical: R SIJ pain, r/o sacroiliitis, r/o sacral stress fx.",
            "==",
            "FINDINGS:",
            "No sacroiliac bone marrow edema. No erosions. No sacral or iliac",
            "  stress fracture. No marrow replacing lesion. No fluid collection.",
            "Mild R hip joint effusion and chondral thinning (see radiographs).",
            "Gluteal tendons: mild R gluteus medius tendinosis, no tear.",
            "",
            "IMPRESSION:",
            "1. No MRI evidence of sacroiliitis, fracture, or destructive lesion.",
            "2. Right hip degenerative change, mild gluteus medius tendinosis.",
            "",
            "Read by: CDR Nathaniel Ostrowski, MD   12 Aug 2025 1702",
        ]},
    ])
    files["05_radiology.pdf"] = b

    bns = "FROM: BAS 2/10 MAS  DSN 751-3301  TO: NBHC ORTHO  02 MAR 2026 0731  PAGE {} OF 2"
    sf1 = [
        "##CHRONOLOGICAL RECORD OF MEDICAL CARE  SF 600",
        "==",
        "08 Apr 25  BAS 2/10. Sgt->SSgt Okonkwo-Barrett c/o R",
        "           buttock pain x 2 mo. No radiation. 8/10.",
        "           TTP R SIJ. Neuro intact. A: R SIJ pain.",
        "           P: naproxen 500 mg BID #60 RF3, omeprazole,",
        "           heat, light duty 14d. PT consult.",
        "           LT B. Kowalczyk MC USN",
        "==",
        "28 Oct 25  BAS. F/u R SIJ pain. Still on naproxen BID",
        "           daily, refilled. Heat PRN. Not doing HEP.",
        "           Pain 7/10. Inj #1 helped 2 hr. #2 13 Nov.",
        "           LT B. Kowalczyk",
    ]
    sf2 = [
        "##SF 600 (CONT)  OKONKWO-BARRETT, TERRENCE L",
        "==",
        "02 Dec 25  BAS. Inj #2 only partial. Naproxen cont.",
        "           Refer ortho (DD 2161). Light duty ext.",
        "           R lateral hip tender - bursa inj 9 Dec.",
        "           LT B. Kowalczyk",
        "==",
        "26 Jan 26  BAS. Naproxen refill #180. Ortho 20 Feb.",
        "           HM3 Pellegrino / LT B. Kowalczyk",
    ]
    b = Builder()
    for i, L in enumerate([sf1, sf2]):
        pdfb, ras = fax_page(L, bns.format(i + 1), seed=351 + i, mode="standard",
                             angle=[-1.0, 0.7][i], hand_from=2)
        b.fax(pdfb, ras)
    files["06_sf600_bas_faxed.pdf"] = b

    labels = {
        "procedure": "percutaneous", "request_date": "2026-03-04",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "below L5, does not radiate", "Pain is in the R buttock/R PSIS region"]},
            "perc.pain_severity": {"status": "met", "evidence": ["VAS 62 mm (0-100)"]},
            "perc.sij_tenderness": {"status": "not_met", "evidence": [
                "equally tender over the R", "greater trochanter (pt rates both the same)"]},
            "perc.active_conservative_therapy": {"status": "not_met", "evidence": [
                "Pt discharged from PT 22 Jul 2025", "'no time with the schedule'",
                "PT 05/2025-07/2025 at NBHC PT"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Naproxen 500 mg BID daily since Apr 2025", "naproxen 500 mg BID #60 RF3",
                "Naproxen refill #180"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust ......... +"]},
            "perc.two_provocative_tests": {"status": "not_met", "evidence": [
                "Distraction .......... neg", "Gaenslen ............. neg bilat"]},
            "perc.diagnostic_injections": {"status": "not_met", "evidence": [
                "40% max relief - does not meet 50% threshold"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "SLR neg bilat. Waddell 0/5", "No diffuse pain"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "Normal sacroiliac joints radiographically",
                "No MRI evidence of sacroiliitis, fracture, or destructive lesion"]},
            "perc.hip_imaging": {"status": "not_met", "evidence": [
                "Moderate osteoarthritis of the right hip"]},
            "perc.lumbar_imaging": {"status": "insufficient", "evidence": []},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "pain returned to 7/10 by wk 3", "No lasting benefit from steroid"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "HLA-B27 neg 09/2025", "No inflammatory arthropathy"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No MRI evidence of sacroiliitis, fracture, or destructive lesion"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "R SI joint pain, chronic (M53.3)"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "SLR neg bilat", "felt to be hip-driven"]},
        },
    }
    with open(os.path.join(folder, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2)
    return pid, folder, files, labels, "folder"


# =====================================================================
def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def main():
    outroot = HERE
    for pid in ["b8x-01", "b8x-02", "b8x-03"]:
        for p in [os.path.join(outroot, pid), os.path.join(outroot, pid + ".pdf"),
                  os.path.join(outroot, pid + ".labels.json")]:
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
    ok = True
    results = []
    for fn in (packet01, packet02, packet03):
        pid, loc, files, labels, form = fn(outroot)
        page_texts = []  # (file, pageno, kind, text)
        for name in sorted(files):
            path = os.path.join(loc, name) if form == "folder" else loc
            kinds, rasters = files[name].write(path)
            with pdfplumber.open(path) as pdf:
                for i, pg in enumerate(pdf.pages):
                    t = pg.extract_text() or ""
                    w, h = float(pg.width), float(pg.height)
                    if abs(w - 612) > 1 or abs(h - 792) > 1:
                        print(f"  FAIL {pid} {name} p{i+1} not Letter: {w}x{h}"); ok = False
                    if kinds[i] == "fax":
                        if t.strip():
                            print(f"  FAIL {pid} {name} p{i+1} fax page has text layer"); ok = False
                        page_texts.append((name, i + 1, "fax", rasters[i]))
                    else:
                        if not t.strip():
                            print(f"  FAIL {pid} {name} p{i+1} text page empty"); ok = False
                        page_texts.append((name, i + 1, "text", t))
        # fax checks: G4 + resolution
        faxinfo = []
        for name in sorted(files):
            path = os.path.join(loc, name) if form == "folder" else loc
            rd = PdfReader(path)
            for i, p in enumerate(rd.pages):
                xo = p["/Resources"].get("/XObject") if "/Resources" in p else None
                if not xo:
                    continue
                for k in xo:
                    im = xo[k].get_object()
                    if im.get("/Subtype") == "/Image":
                        flt = im.get("/Filter")
                        bpc = im.get("/BitsPerComponent")
                        wpx, hpx = im["/Width"], im["/Height"]
                        mb = p.mediabox
                        dx = round(wpx / (float(mb.width) / 72))
                        dy = round(hpx / (float(mb.height) / 72))
                        faxinfo.append(f"{name} p{i+1}: {flt} {bpc}-bit {dx}x{dy} dpi")
                        if "/CCITTFaxDecode" not in str(flt) or bpc != 1:
                            print(f"  FAIL {pid} fax not G4 1-bit"); ok = False
            if form == "single":
                break
        npages = len(page_texts)
        nfax = sum(1 for p in page_texts if p[2] == "fax")
        if not (4 <= npages <= 20):
            print(f"  FAIL {pid} page count {npages}"); ok = False
        if nfax == 0:
            print(f"  FAIL {pid} no fax pages"); ok = False
        # criteria set
        expect = PERC if labels["procedure"] == "percutaneous" else OPEN
        if set(labels["criteria"]) != set(expect) or len(labels["criteria"]) != len(expect):
            print(f"  FAIL {pid} criteria set mismatch"); ok = False
        st = [labels["criteria"][c]["status"] for c in expect]
        if determination(st) != labels["determination"]:
            print(f"  FAIL {pid} determination inconsistent"); ok = False
        # evidence
        alltext = [(n, pg, k, norm(t)) for n, pg, k, t in page_texts]
        nsn = 0
        for cid, v in labels["criteria"].items():
            if v["status"] == "insufficient":
                if v["evidence"]:
                    print(f"  FAIL {pid} {cid} insufficient with evidence"); ok = False
                continue
            if not (1 <= len(v["evidence"]) <= 3):
                print(f"  FAIL {pid} {cid} needs 1-3 snippets"); ok = False
            for s in v["evidence"]:
                nsn += 1
                nw = len(s.split())
                hits = [(n, pg, k) for n, pg, k, t in alltext if norm(s) in t]
                if not hits:
                    print(f"  FAIL {pid} {cid} snippet not found: {s!r}"); ok = False
                if not (3 <= nw <= 12):
                    print(f"  WARN {pid} {cid} snippet word count {nw}: {s!r}")
        results.append((pid, form, npages, nfax, faxinfo, labels, nsn))
        print(f"{pid}: form={form} pages={npages} fax_pages={nfax} procedure={labels['procedure']} "
              f"determination={labels['determination']} snippets_checked={nsn}")
        for fi in faxinfo:
            print("    fax " + fi)
    print("SELF-CHECK:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
