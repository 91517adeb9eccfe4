#!/usr/bin/env python3
"""Deterministic generator for blind set v11 / b11m (rural critical-access hospital, Meditech-style prints).
Usage:  python make_packets.py            -> writes packets/ from scratch
        python make_packets.py --check    -> also runs the self-check and writes selfcheck.txt
"""
import io, json, os, random, re, shutil, sys, datetime
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FAC = "HOLLOW CREEK COMMUNITY HOSPITAL"
FAC2 = "HOLLOW CREEK, NC 28799"
FIXED_DATE = datetime.datetime(2026, 12, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------- page builders
def text_pdf(pages, font_size=9.0):
    """pages: list of list-of-lines. Returns PDF bytes (text layer, Courier)."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Courier", size=font_size)
        y = 40
        for ln in lines:
            pdf.text(38, y, ln)
            y += font_size * 1.25
    return bytes(pdf.output())


def fax_pdf(lines, banner, seed, standard=False):
    """Rasterise lines into a 1-bit CCITT G4 image-only PDF page (fax)."""
    rnd = random.Random(seed)
    W, H = int(8.5 * 204), int(11 * 196)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(MONO, 27)
    fb = ImageFont.truetype(MONO, 22)
    d.text((60, 22), banner, font=fb, fill=0)
    y = 110
    for ln in lines:
        d.text((95, y), ln, font=f, fill=0)
        y += 35
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(rnd.randint(250, 450)):       # specks
        x, yy = rnd.randrange(W - 3), rnd.randrange(H - 3)
        r = rnd.choice([1, 1, 2, 3])
        for dx in range(r):
            for dy in range(r):
                px[x + dx, yy + dy] = 0
    for _ in range(rnd.randint(1, 2)):           # dropout lines
        yy = rnd.randrange(300, H - 300)
        for x in range(W):
            px[x, yy] = 255
            if rnd.random() < 0.5:
                px[x, yy + 1] = 255
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    dpi = (204, 196)
    if standard:
        bw = bw.convert("L").resize((W, H // 2), Image.BILINEAR).point(lambda v: 0 if v < 160 else 255, mode="1")
        dpi = (204, 98)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(buf.getvalue(), layout_fun=img2pdf.get_fixed_dpi_layout_fun(dpi),
                           creationdate=FIXED_DATE, moddate=FIXED_DATE)


def merge(parts):
    w = PdfWriter()
    for b in parts:
        for p in PdfReader(io.BytesIO(b)).pages:
            w.add_page(p)
    w.add_metadata({"/Producer": "b11m generator", "/CreationDate": "D:20261201000000Z"})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def hdr(report, pt, page, of, run, extra=None):
    """Meditech-style repeating header block."""
    name, acct, unit, dob, sexage, loc = pt["name"], pt["acct"], pt["unit"], pt["dob"], pt["sexage"], pt.get("loc", "")
    h = [
        f"RUN DATE: {run}        {FAC}                PAGE {page} OF {of}",
        f"RUN USER: HIMFAX       {report:<40}",
        "",
        f"PATIENT: {name:<28} ACCT NO: {acct:<14} LOC: {loc}",
        f"AGE/SX:  {sexage:<28} UNIT NO: {unit:<14}",
        f"DOB:     {dob:<28} REG DR:  {pt.get('regdr','')}",
    ]
    if extra:
        h += extra
    h.append("-" * 88)
    return h


# ============================================================ PACKET 01 (open, not met)
P1 = dict(name="KIRBY,WENDELL A", acct="V00091847221", unit="M000418802", dob="03/11/1961",
          sexage="65 M", loc="OUTREACH SPINE", regdr="OYELARAN,MARCUS T MD", member="CSN908814227")

def packet01():
    pt = P1
    pages = []   # list of (kind, payload) kind 'text' lines | ('fax', lines, banner, standard)
    # p1 fax cover  (faxed fine)
    cover = [
        "HOLLOW CREEK COMMUNITY HOSPITAL - OUTREACH SPECIALTY CLINIC",
        "1404 OLD MILL RD  HOLLOW CREEK NC 28799   PH 828-555-0140  FAX 828-555-0147",
        "",
        "                 F A X   C O V E R   S H E E T",
        "",
        "TO:    CARESOURCE NC - UTILIZATION MANAGEMENT / PRIOR AUTH",
        "FAX:   1-866-555-0193",
        "FROM:  B. TWEED, LPN  (SPINE OUTREACH SCHEDULING)",
        "DATE:  10/14/2026          PAGES (INCL COVER): 8",
        "",
        "RE:    KIRBY, WENDELL A    DOB 03/11/1961    MBR ID CSN908814227",
        "       PRIOR AUTH REQUEST - OPEN SI JOINT ARTHRODESIS, LEFT (CPT 27280)",
        "",
        "[X] URGENT   [ ] ROUTINE      [X] CLINICALS ATTACHED",
        "",
        "ENCL: PA REQUEST FORM, SPINE OUTREACH CONSULT 09/29/2026, ED NOTE",
        "      02/09/2026, CT PELVIS 07/20/2026, MRI L-SPINE 06/02/2026,",
        "      PHARMACY MEDICATION PROFILE.",
        "",
        "PLEASE CALL 828-555-0140 X2231 WITH ANY QUESTIONS.",
        "",
        "",
        "CONFIDENTIALITY NOTICE: THIS FACSIMILE CONTAINS PROTECTED HEALTH",
        "INFORMATION. IF YOU RECEIVED THIS IN ERROR NOTIFY SENDER AND DESTROY.",
    ]
    pages.append(("fax", cover, "OCT-14-2026 10:42  FROM: HCCH OUTREACH 8285550147   TO: 18665550193   P.01/08", False))
    # p2 PA request form (faxed fine) -- deciding: indication
    req = [
        "CARESOURCE NORTH CAROLINA - MARKETPLACE",
        "OUTPATIENT / INPATIENT PRIOR AUTHORIZATION REQUEST",
        "",
        "DATE OF REQUEST: 10/14/2026           [ ] EXPEDITED  [X] STANDARD",
        "",
        "MEMBER NAME: KIRBY, WENDELL A          DOB: 03/11/1961",
        "MEMBER ID:   CSN908814227              PHONE: 828-555-7719",
        "",
        "REQUESTING PROVIDER: MARCUS T. OYELARAN, MD  NPI 1730049912",
        "SPECIALTY: ORTHOPAEDIC SPINE SURGERY (HCCH OUTREACH CLINIC)",
        "FACILITY: HOLLOW CREEK COMMUNITY HOSPITAL - SURGICAL SERVICES",
        "          [X] INPATIENT  [ ] OUTPATIENT   EST. LOS: 2 DAYS",
        "",
        "CPT/HCPCS   DESCRIPTION                                  UNITS",
        "27280       ARTHRODESIS, OPEN, SACROILIAC JOINT, LEFT       1",
        "20936       AUTOGRAFT, LOCAL                                1",
        "",
        "ICD-10      DESCRIPTION",
        "M53.3       SACROCOCCYGEAL DISORDERS, NEC",
        "M46.1 ??    -- SEE NOTE",
        "M47.818     SPONDYLOSIS W/O MYELOPATHY, SACRAL/SACROCOCCYGEAL",
        "",
        "INDICATION FOR OPEN SIJ FUSION (CHECK ALL THAT APPLY):",
        " [ ] POST-TRAUMATIC SIJ INJURY / PELVIC RING FX",
        " [ ] SIJ INFECTION / OSTEOMYELITIS / SEPSIS",
        " [ ] SACRAL TUMOR",
        " [ ] PART OF MULTISEGMENT LONG FUSION FOR DEFORMITY",
        " [ ] FAILED PRIOR PERCUTANEOUS SIJ FUSION (SAME SIDE)",
        " [X] OTHER: DEGENERATIVE L SIJ ARTHROPATHY, REFRACTORY",
        "",
        "NOTE: M46.1 ENTERED IN ERROR BY SCHEDULER - NOT A DX. PT HAS NO",
        "      SACROILIITIS DX. CORRECT DX M53.3 / M47.818.  -BT LPN",
        "",
        "CLINICAL SUMMARY: 65 YO M, CHRONIC L SIJ PAIN X 3 YRS, FAILED PT,",
        "NSAIDS, 3 L SIJ INJECTIONS. S/P R SIJ PERC FUSION 2023 W/ GOOD",
        "RESULT. OPEN APPROACH PLANNED L SIDE D/T LARGE ANTERIOR BRIDGING",
        "OSTEOPHYTE / SURGEON PREFERENCE.",
        "",
        "SIGNATURE: M OYELARAN MD (E-SIGNED)      DATE: 10/14/2026",
    ]
    pages.append(("fax", req, "OCT-14-2026 10:43  FROM: HCCH OUTREACH 8285550147   TO: 18665550193   P.02/08", False))
    # p3-4 consult (transcribed mixed case)
    run = "10/14/26 1031"
    c1 = hdr("SPINE OUTREACH CLINIC NOTE                 REPORT STATUS: SIGNED", pt, 1, 2, run,
             ["DATE OF SERVICE: 09/29/2026        ATT DR: OYELARAN,MARCUS T MD",
              "TRANSCRIBED: 09/30/2026 0812 (MQ-TRX/jlw)"]) + [
        "",
        "CHIEF COMPLAINT:  Left sacroiliac joint pain.",
        "",
        "HISTORY OF PRESENT ILLNESS:  Mr. Kirby is a 65-year-old retired poultry-house",
        "maintenance worker seen in the Hollow Creek outreach spine clinic for ongoing",
        "left-sided low buttock pain present for about 3 years.  He underwent a right",
        "SI joint percutaneous fusion in 08/2023 in Asheville and did well; his right",
        "sided pain resolved and he has no complaints on that side today.  The left",
        "side has slowly worsened.  Pain is over the left PSIS and upper buttock, worse",
        "with standing from a chair, stairs and climbing onto his tractor.  It does not",
        "go down the leg.  Pain today 7/10.  He has had 3 left SI joint injections",
        "(most recent 05/2026) with about a week of benefit each time.  He did physical",
        "therapy here in Hollow Creek 01/2026 through 04/2026 and continues a home",
        "program.  Takes meloxicam daily and acetaminophen.",
        "",
        "He slipped on ice in his driveway 02/08/2026 and was seen in our ED; CT at",
        "that time showed no fracture and he returned to baseline within a couple of",
        "weeks.  No history of pelvic ring fracture, no fever, no history of infection",
        "of the joint, no history of cancer.  No prior lumbar surgery.",
        "",
        "PAST MEDICAL HISTORY:  HTN, hyperlipidemia, GERD, OSA on CPAP, L wrist fx",
        "1998 (MVC), right SIJ fusion 2023.",
        "",
        "FAMILY HISTORY:  Brother with prostate cancer.  Father - RA.",
        "SOCIAL:  Former smoker, quit 2011.  Married, lives on farm.",
        "",
        "PHYSICAL EXAMINATION:  BMI 31.  Gait antalgic to left.  Tender over the left",
        "sacral sulcus and PSIS.  Right SIJ nontender, well-healed stab incisions.",
        "Lumbar spine nontender, no trochanteric tenderness.  Thigh thrust positive on",
        "the left, compression positive, FABER positive left, Gaenslen positive left,",
        "distraction negative.  SLR negative bilaterally.  Strength 5/5 lower",
        "extremities, DTRs 2+ and symmetric, sensation intact.",
    ]
    c2 = hdr("SPINE OUTREACH CLINIC NOTE                 REPORT STATUS: SIGNED", pt, 2, 2, run,
             ["DATE OF SERVICE: 09/29/2026        ATT DR: OYELARAN,MARCUS T MD"]) + [
        "",
        "IMAGING:  I personally reviewed the CT pelvis of 07/20/2026: advanced left SI",
        "joint degenerative change with subchondral sclerosis, cysts and a large",
        "anterior bridging osteophyte.  Right SIJ fusion implants in good position",
        "with solid bridging bone.  MRI lumbar spine 06/02/2026 - mild multilevel",
        "spondylosis, no stenosis or root compression.",
        "",
        "ASSESSMENT:",
        "  1. Left sacroiliac joint dysfunction / degenerative SI joint arthropathy,",
        "     refractory to conservative care and injections.",
        "  2. S/P right SI joint percutaneous fusion 2023 - successful.",
        "  3. Lumbar spondylosis, mild, not felt to be the pain generator.",
        "",
        "PLAN:  We discussed options.  Because of the large anterior bridging",
        "osteophyte and sclerosis on the left, I would prefer an open left SI joint",
        "arthrodesis with joint preparation and local autograft rather than a",
        "percutaneous approach.  Risks, benefits and alternatives reviewed including",
        "nonunion, infection, nerve injury, and continued pain.  He wishes to",
        "proceed.  Will submit for prior authorization (CPT 27280).  Pre-op labs,",
        "EKG, and medical clearance with Dr. Spainhour.  Hold meloxicam 7 days",
        "prior to surgery.",
        "",
        "",
        "Electronically signed by: Marcus T. Oyelaran, MD  10/01/2026 1644",
        "cc: Spainhour, Gail R, DO (PCP, Hollow Creek Family Medicine)",
    ]
    # p5 ED note (caps)
    ed = hdr("EMERGENCY DEPARTMENT RECORD                 REPORT STATUS: SIGNED", pt, 1, 1, run,
             ["ADM IN: 02/09/2026 0718    DISCH: 02/09/2026 1034    ATT DR: PRUETT,DANA L MD"]) + [
        "",
        "CC: FELL ON ICE, L HIP/BUTTOCK PAIN",
        "HPI: 64 YOM SLIPPED ON ICE IN DRIVEWAY LAST EVE 2/8, LANDED ON L SIDE.",
        "     AMBULATORY AT SCENE. HX CHRONIC L SIJ PAIN, S/P R SIJ FUSION.",
        "     DENIES HEAD STRIKE, LOC, NUMBNESS, WEAKNESS, BOWEL/BLADDER CHG.",
        "",
        "EXAM: VS T 98.1 P 84 BP 152/88 RR 16 SPO2 97% RA",
        "      L BUTTOCK CONTUSION, TTP L ILIAC CREST. PELVIS STABLE TO AP/LAT",
        "      COMPRESSION. FROM L HIP W/O PAIN. NV INTACT DISTALLY.",
        "",
        "ED COURSE: CT PELVIS W/O CONTRAST - NO ACUTE FRACTURE OR DISLOCATION.",
        "           KETOROLAC 15 MG IM. AMBULATED W/O DIFFICULTY.",
        "",
        "ED DX: 1. CONTUSION OF LEFT BUTTOCK/HIP, INITIAL ENCOUNTER",
        "       2. FALL ON ICE",
        "       R/O PELVIC FRACTURE - RULED OUT BY CT",
        "",
        "DISPO: HOME. ICE, CONT HOME MELOXICAM. F/U PCP PRN.",
        "",
        "SIGNED: PRUETT,DANA L MD  02/09/2026 1102",
    ]
    # p6 CT pelvis 07/20/2026
    ct = hdr("DIAGNOSTIC IMAGING REPORT                  REPORT STATUS: SIGNED", pt, 1, 1, run,
             ["EXAM DATE: 07/20/2026 1315   EXAM: CT PELVIS W/O CONTRAST   ACC# CT2607200034",
              "ORD DR: OYELARAN,MARCUS T MD      READ: HCCH TELERAD - FISCHBACH,ODELL J MD"]) + [
        "",
        "CLINICAL HX: CHRONIC L SIJ PAIN. S/P R SIJ FUSION. PRE-OP PLANNING.",
        "",
        "COMPARISON: CT PELVIS 02/09/2026.",
        "",
        "TECHNIQUE: AXIAL 1.25 MM IMAGES PELVIS WITH CORONAL/SAGITTAL REFORMATS.",
        "",
        "FINDINGS:",
        "LEFT SI JOINT: MODERATE TO ADVANCED JOINT SPACE NARROWING WITH SUBCHONDRAL",
        "SCLEROSIS ON BOTH ILIAC AND SACRAL SIDES AND SMALL SUBCHONDRAL CYSTS.",
        "LARGE ANTERIOR BRIDGING OSTEOPHYTE. NO EROSIONS. NO AIR OR FLUID.",
        "RIGHT SI JOINT: THREE TRIANGULAR TITANIUM IMPLANTS TRANSFIXING THE JOINT,",
        "NO LUCENCY OR MIGRATION. BRIDGING BONE ACROSS THE JOINT.",
        "NO FRACTURE. NO LYTIC OR BLASTIC LESION. HIPS: MILD BILATERAL OA.",
        "PUBIC SYMPHYSIS: MILD DEGENERATIVE CHANGE.",
        "",
        "IMPRESSION:",
        "1. ADVANCED DEGENERATIVE ARTHROPATHY OF THE LEFT SACROILIAC JOINT.",
        "2. SOLID FUSION RIGHT SI JOINT WITHOUT HARDWARE COMPLICATION.",
        "3. NO FRACTURE OR DESTRUCTIVE LESION.",
        "",
        "SIGNED BY: FISCHBACH,ODELL J MD  07/20/2026 1602",
    ]
    # p7 MRI L-spine
    mri = hdr("DIAGNOSTIC IMAGING REPORT                  REPORT STATUS: SIGNED", pt, 1, 1, run,
              ["EXAM DATE: 06/02/2026 0905   EXAM: MRI LUMBAR SPINE W/O     ACC# MR2606020007",
               "ORD DR: SPAINHOUR,GAIL R DO      READ: HCCH TELERAD - AMANKWAH,KOFI MD"]) + [
        "",
        "CLINICAL HX: LOW BACK/L BUTTOCK PAIN. EVAL FOR RADICULOPATHY.",
        "",
        "FINDINGS: 5 LUMBAR TYPE VERTEBRAE. ALIGNMENT NORMAL. CONUS ENDS AT L1.",
        "L1-2, L2-3: NORMAL.",
        "L3-4: MILD DISC DESICCATION. NO STENOSIS.",
        "L4-5: MILD DISC BULGE AND FACET ARTHROPATHY. NO CENTRAL CANAL OR",
        "      NEURAL FORAMINAL STENOSIS. TRAVERSING L5 ROOTS FREE.",
        "L5-S1: MILD FACET ARTHROPATHY. NO STENOSIS. NO NERVE ROOT IMPINGEMENT.",
        "PARTIALLY IMAGED SACRUM: SUSCEPTIBILITY FROM R SIJ IMPLANTS.",
        "",
        "IMPRESSION:",
        "MILD LUMBAR SPONDYLOSIS WITHOUT CANAL STENOSIS OR NEURAL COMPRESSION.",
        "",
        "SIGNED BY: AMANKWAH,KOFI MD  06/02/2026 1347",
    ]
    # p8 pharmacy profile
    ph = hdr("PHARMACY MEDICATION PROFILE (OUTPATIENT)", pt, 1, 1, run) + [
        "",
        "ALLERGIES: SULFA (RASH)",
        "",
        "RX#     MEDICATION                  SIG                    START     STOP     ST",
        "418220  LISINOPRIL 20 MG TAB        1 PO DAILY             03/14/22           A",
        "418221  ATORVASTATIN 40 MG TAB      1 PO QHS               03/14/22           A",
        "502917  MELOXICAM 15 MG TAB         1 PO DAILY W/ FOOD     09/08/25           A",
        "502918  OMEPRAZOLE 20 MG CAP        1 PO DAILY             09/08/25           A",
        "OTC     ACETAMINOPHEN 500 MG        2 PO Q8H PRN PAIN      09/08/25           A",
        "466310  TRAMADOL 50 MG TAB          1 PO Q6H PRN           11/02/23  12/01/23 D",
        "",
        "ST: A=ACTIVE D=DISCONTINUED",
        "** END OF PROFILE **",
    ]
    parts = [fax_pdf(pages[0][1], pages[0][2], 101), fax_pdf(pages[1][1], pages[1][2], 102),
             text_pdf([c1, c2, ed, ct, mri, ph])]
    pdfbytes = merge(parts)
    fax_texts = {1: [pages[0][2]] + cover, 2: [pages[1][2]] + req}
    labels = {
        "procedure": "open", "request_date": "2026-10-14", "determination": "does_not_meet_criteria",
        "criteria": {
            "open.indication": {"status": "not_met", "evidence": [
                "OTHER: DEGENERATIVE L SIJ ARTHROPATHY, REFRACTORY",
                "degenerative SI joint arthropathy"]},
            "open.recent_imaging": {"status": "met", "evidence": [
                "ADVANCED DEGENERATIVE ARTHROPATHY OF THE LEFT SACROILIAC JOINT"]},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "WITHOUT CANAL STENOSIS OR NEURAL COMPRESSION"]},
        },
    }
    return {"kind": "single", "id": "b11m-01", "pdf": pdfbytes, "labels": labels,
            "fax": {"b11m-01.pdf": {1: (fax_texts[1], (204, 196)), 2: (fax_texts[2], (204, 196))}}}


# ============================================================ PACKET 02 (percutaneous, meets)
P2 = dict(name="TRIPLETT,ROSALIND J", acct="V00092210388", unit="M000377145", dob="07/22/1974",
          sexage="52 F", loc="OUTREACH SPINE", regdr="OYELARAN,MARCUS T MD", member="CSN604417382")

def packet02():
    pt = P2
    run = "09/22/26 0944"
    files = {}
    fax = {}
    cover = [
        "HOLLOW CREEK COMMUNITY HOSPITAL - OUTREACH SPECIALTY CLINIC",
        "FAX 828-555-0147      PH 828-555-0140 X2231",
        "",
        "        *** FAX TRANSMITTAL ***",
        "",
        "TO:   CARESOURCE NC PRIOR AUTHORIZATION   FAX 1-866-555-0193",
        "FROM: B. TWEED LPN FOR DR. M. OYELARAN (SPINE)",
        "DATE: 09/22/2026     # PAGES W/ COVER: 14",
        "",
        "PATIENT: TRIPLETT, ROSALIND J   DOB 07/22/1974   ID CSN604417382",
        "REQUEST: R SI JOINT FUSION, MINIMALLY INVASIVE - CPT 27279",
        "",
        "ATTACHED: PA FORM / SPINE CONSULT 9/10/26 / REHAB PT RECORDS /",
        "SURG SVCS SIJ INJECTION RECORDS 5/12/26 + 6/30/26 / RADIOLOGY /",
        "PHARMACY PROFILE",
        "",
        "CONFIDENTIAL HEALTH INFORMATION - IF RECEIVED IN ERROR CALL SENDER.",
    ]
    ban = "SEP-22-2026 09:58  FROM: HCCH OUTREACH 8285550147  TO: 18665550193  P.%02d/14"
    files["01_fax_cover.pdf"] = merge([fax_pdf(cover, ban % 1, 201)])
    fax["01_fax_cover.pdf"] = {1: ([ban % 1] + cover, (204, 196))}
    req = [[
        "CARESOURCE NORTH CAROLINA              PRIOR AUTHORIZATION REQUEST FORM",
        "=" * 80,
        "REQUEST DATE: 09/22/2026        REVIEW TYPE: [X] STANDARD [ ] URGENT",
        "",
        "MEMBER:  TRIPLETT, ROSALIND J         DOB: 07/22/1974     SEX: F",
        "MBR ID:  CSN604417382                 PLAN: MARKETPLACE SILVER",
        "",
        "ORDERING:  OYELARAN, MARCUS T MD   NPI 1730049912   PH 828-555-0140",
        "SERVICING: HOLLOW CREEK COMMUNITY HOSPITAL SURGICAL SERVICES  NPI 1578803321",
        "SETTING:   [ ] IP  [X] OUTPATIENT HOSPITAL   DOS (TENTATIVE): 10/27/2026",
        "",
        "CPT      DESCRIPTION                                             QTY",
        "27279    ARTHRODESIS SIJ, PERCUTANEOUS/MIN INVASIVE W/ IMAGE GUID  1",
        "         W/ PLACEMENT OF TRANSFIXING DEVICE - RIGHT",
        "",
        "ICD-10   M53.3  SACROCOCCYGEAL DISORDERS NEC (R SIJ DYSFUNCTION)",
        "         M54.50 LOW BACK PAIN, UNSPECIFIED",
        "",
        "CLINICAL INFO ATTACHED: [X] OFFICE NOTES [X] PT [X] INJECTIONS [X] IMAGING",
        "",
        "PROVIDER SIGNATURE: ON FILE - M OYELARAN MD          DATE: 09/22/2026",
    ]]
    files["02_pa_request.pdf"] = text_pdf(req)
    c1 = hdr("SPINE OUTREACH CLINIC NOTE                 REPORT STATUS: SIGNED", pt, 1, 2, run,
             ["DATE OF SERVICE: 09/10/2026        ATT DR: OYELARAN,MARCUS T MD",
              "TRANSCRIBED: 09/11/2026 0730 (MQ-TRX/kdp)"]) + [
        "",
        "REASON FOR VISIT:  Follow-up right SI joint pain after two diagnostic/",
        "therapeutic right SI joint injections.  Discuss fusion.",
        "",
        "HISTORY:  Ms. Triplett is a 52-year-old school cafeteria manager with right",
        "low back/buttock pain since a fall from a step stool in 08/2025.  Pain sits",
        "below the belt line over the right PSIS and upper inner buttock.  It does not",
        "radiate into the thigh or leg and she denies numbness or tingling.  Worse",
        "with rolling in bed, prolonged standing on the serving line and single-leg",
        "stance.  She has a remote history of a left S1 radiculopathy in 2019 which",
        "resolved fully with therapy; no recurrence.",
        "",
        "Treatment to date:  Formal PT in our rehab department 01/13/2026 to",
        "07/30/2026 with home program.  Naproxen 500 mg BID since 10/2025, heat at",
        "night and ice after work.  Right SIJ injections under fluoroscopy on",
        "05/12/2026 and 06/30/2026 - see Surgical Services records.  Each time she",
        "had near-complete relief for the day; the steroid helped about 3 weeks",
        "after the first and about 4 weeks after the second, and then the pain came",
        "back to where it was.  Today pain 7/10 right SI region.",
        "",
        "ROS: Negative for fever, weight loss, morning stiffness > 30 min, uveitis,",
        "psoriasis, bowel/bladder change.  Otherwise negative.",
        "",
        "PMH: Hypothyroidism, obesity, L S1 radiculopathy 2019 (resolved).",
        "PSH: Cholecystectomy, C-section x2.",
        "FAMILY HISTORY: Mother - fibromyalgia and rheumatoid arthritis.  Father - DM2.",
        "SOCIAL: Never smoker.  Lives with husband.",
    ]
    c2 = hdr("SPINE OUTREACH CLINIC NOTE                 REPORT STATUS: SIGNED", pt, 2, 2, run,
             ["DATE OF SERVICE: 09/10/2026        ATT DR: OYELARAN,MARCUS T MD"]) + [
        "",
        "EXAMINATION:  Ht 5'4\" Wt 201 lb.  Pleasant, no distress, appropriate.",
        "Waddell signs 0/5.  Gait mildly antalgic on the right.",
        "Palpation: Point tenderness over the right posterior SI joint / sacral",
        "sulcus (Fortin finger test positive).  No tenderness over the lumbar",
        "spinous processes or paraspinals, greater trochanters or coccyx.",
        "Provocation (right):  thigh thrust POSITIVE, compression POSITIVE,",
        "Gaenslen POSITIVE, FABER (Patrick) POSITIVE reproducing buttock pain,",
        "distraction negative.  Left side provocation negative.",
        "Hips: full painless internal rotation bilaterally.",
        "Neuro: SLR negative bilat.  Strength 5/5, reflexes 2+ symmetric, sensation",
        "intact L2-S1.",
        "",
        "IMAGING REVIEWED: see radiology reports (XR SI joints and R hip 02/03/2026,",
        "CT pelvis 03/05/2026, MRI L-spine 03/05/2026).",
        "",
        "ASSESSMENT:  Right sacroiliac joint dysfunction, confirmed by two image-",
        "guided contrast-enhanced blocks with > 75% relief, failed > 6 months of",
        "PT and medication.  Lumbar MRI without compressive lesion; hip is not",
        "the pain generator.",
        "",
        "PLAN:  Right minimally invasive SI joint fusion (CPT 27279).  Submit PA.",
        "",
        "Electronically signed by: Marcus T. Oyelaran, MD  09/12/2026 1710",
    ]
    files["03_outreach_spine_consult.pdf"] = text_pdf([c1, c2])
    ptrun = "09/22/26 0946"
    pt1 = hdr("REHAB SERVICES - PT INITIAL EVALUATION     REPORT STATUS: SIGNED", pt, 1, 3, ptrun,
              ["SERVICE DATE: 01/13/2026    THERAPIST: CALLOWAY,JUNE M PT DPT",
               "REFERRING: SPAINHOUR,GAIL R DO     DX: M53.3 R SIJ DYSFUNCTION"]) + [
        "",
        "SUBJ: PT REPORTS R LOW BACK/BUTTOCK PAIN SINCE FALL 08/2025. PAIN R PSIS",
        "      AREA, NO RADIATION. PAIN 6/10 NOW, 8/10 WORST. USES HEATING PAD",
        "      NIGHTLY AND ICE AFTER WORK SINCE 09/2025. TAKES NAPROXEN BID.",
        "      GOAL: STAND THRU LUNCH SERVICE W/O STOPPING.",
        "",
        "OBJ:  POSTURE - MILD ANT PELVIC TILT.  LUMBAR AROM WFL, END RANGE EXT",
        "      PROVOKES R BUTTOCK PAIN.",
        "      PALPATION: TTP R SIJ/PSIS. NON-TTP L-SPINE, GT, COCCYX.",
        "      SIJ CLUSTER (R): THIGH THRUST +   COMPRESSION +   DISTRACTION -",
        "                        GAENSLEN +       SACRAL THRUST +",
        "      HIP MMT: R GLUT MED 4-/5, L 4+/5.  SLS R 6 SEC, L 22 SEC.",
        "      ODI: 42%",
        "",
        "ASSESS: SX CONSISTENT W/ R SIJ DYSFUNCTION. GOOD REHAB POTENTIAL.",
        "",
        "PLAN:  PT 2X/WK X 12 WKS THEN 1X/WK, RE-EVAL Q30 DAYS.",
        "       THER EX (CORE/GLUT STAB), NMR, MANUAL, SIJ BELT TRIAL, HEP.",
        "       TENS TRIALED IN CLINIC - PT DECLINED HOME UNIT.",
        "",
        "SIGNED: CALLOWAY,JUNE M PT DPT  01/13/2026 1632",
    ]
    pt2 = hdr("REHAB SERVICES - PT DAILY NOTE / PROGRESS  REPORT STATUS: SIGNED", pt, 2, 3, ptrun,
              ["THERAPIST: CALLOWAY,JUNE M PT DPT"]) + [
        "",
        "DATE      VISIT  PAIN  TREATMENT                               MIN  INIT",
        "03/10/26   #15   6/10  THER EX, NMR, MANUAL R SIJ               45   JMC",
        "04/14/26   #24   6/10  THER EX, NMR; RE-EVAL - CONT POC         50   JMC",
        "05/14/26   #30   2/10  THER EX (2 DAYS S/P R SIJ INJ)           45   JMC",
        "06/04/26   #34   6/10  THER EX, NMR. PAIN BACK TO BASELINE      45   JMC",
        "07/02/26   #37   1/10  THER EX (S/P 2ND INJ 6/30)               40   JMC",
        "07/23/26   #39   5/10  THER EX, HEP REVIEW                      40   JMC",
        "",
        "PROGRESS NOTE 04/14/2026: STRENGTH IMPROVED R GLUT MED 4/5. ODI 38%.",
        "PAIN UNCHANGED WITH FUNCTIONAL ACTIVITY. CONT POC 1X/WK + HEP.",
        "PT ATTENDING CONSISTENTLY, 0 NO-SHOWS.",
    ]
    pt3 = hdr("REHAB SERVICES - PT DISCHARGE SUMMARY      REPORT STATUS: SIGNED", pt, 3, 3, ptrun,
              ["SERVICE DATE: 07/30/2026    THERAPIST: CALLOWAY,JUNE M PT DPT"]) + [
        "",
        "EPISODE OF CARE: 01/13/2026 - 07/30/2026   VISITS ATTENDED: 40",
        "",
        "SUMMARY: 40 VISITS OF SKILLED PT FOR R SIJ DYSFUNCTION INCLUDING LUMBO-",
        "PELVIC STABILIZATION, GLUTEAL STRENGTHENING, NMR, MANUAL THERAPY AND HEP.",
        "STRENGTH AND SLS IMPROVED (SLS R 18 SEC) BUT PAIN PERSISTS 6/10 WITH",
        "PROLONGED STANDING. ODI 40%. GOALS PARTIALLY MET.",
        "",
        "D/C REASON: PLATEAU - NO FURTHER GAINS EXPECTED. PT TO CONTINUE HEP.",
        "REFER BACK TO MD FOR FURTHER MGMT.",
        "",
        "SIGNED: CALLOWAY,JUNE M PT DPT  07/30/2026 1705",
    ]
    files["04_rehab_pt_records.pdf"] = text_pdf([pt1, pt2, pt3])

    def inj(date, dtrun, pre, t30, t4, t6, acc, page_of, steroid, contrast_line, second):
        proc = hdr("SURGICAL SERVICES - PROCEDURE REPORT       REPORT STATUS: SIGNED", pt, 1, 2, dtrun,
                   [f"PROC DATE: {date}   ROOM: OPS-2   ATT DR: HOLLIFIELD,BRENT A MD (ANES/PAIN)"]) + [
            "",
            "PROCEDURE: RIGHT SACROILIAC JOINT INJECTION UNDER FLUOROSCOPIC GUIDANCE",
            f"           ({second})",
            "INDICATION: R SIJ PAIN, POSITIVE SIJ PROVOCATION TESTS.",
            "CONSENT: SIGNED. TIME-OUT PERFORMED 0852.",
            "",
            "DESCRIPTION: PRONE. R BUTTOCK PREPPED W/ CHLORAPREP, DRAPED. SKIN",
            "WHEAL 1% LIDOCAINE. UNDER AP/OBLIQUE FLUOROSCOPY A 22G 3.5 IN SPINAL",
            "NEEDLE ADVANCED INTO INFERIOR R SIJ.",
            contrast_line,
            "INTRA-ARTICULAR SPREAD ALONG JOINT LINE CONFIRMED, NO VASCULAR UPTAKE.",
            f"INJECTED 2 ML 0.5% BUPIVACAINE + {steroid}.",
            "NEEDLE REMOVED, BANDAID. NO COMPLICATIONS. EBL NONE.",
            "FLUORO TIME 0.4 MIN. IMAGES SAVED TO PACS.",
            "",
            "DISPOSITION: TO PHASE II, PAIN DIARY GIVEN. RN CALL AT 2 WEEKS.",
            "",
            f"SIGNED: HOLLIFIELD,BRENT A MD  {date} 1120",
        ]
        flow = hdr("SURGICAL SERVICES - NURSING PRE/POST FLOWSHEET", pt, 2, 2, dtrun,
                   [f"PROC DATE: {date}   PROCEDURE: R SIJ INJ (FLUORO)"]) + [
            "",
            "TIME    EVENT          BP       P    SPO2  PAIN(0-10)  SITE    INIT",
            f"0815    PRE-PROC       132/84   78   98%   {pre:<10}  R SIJ   SKR",
            "0900    PROC END       128/80   74   99%   --          R SIJ   SKR",
            f"0930    POST 30 MIN    124/78   72   99%   {t30:<10}  R SIJ   SKR",
            "1000    D/C HOME       122/76   72   99%   --                  SKR",
            "",
            "POST-PROCEDURE PAIN DIARY (COMPLETED BY PATIENT, RETURNED)",
            "  HRS AFTER INJ:   1     2     3     4     6     8    24",
            f"  PAIN 0-10:       {t30}     {t30}     {t4}     {t4}     {t6}     {t6}     {pre - 1}",
            "  WHAT COULD YOU DO THAT HURT BEFORE? STOOD 45 MIN COOKING - NO PAIN",
            "",
            "",
        ]
        return proc, flow

    p1, f1 = inj("05/12/2026", "09/22/26 0948", 7, 1, 1, 2, "", "", "40 MG TRIAMCINOLONE (KENALOG-40)",
                 "CONTRAST: 0.5 ML OMNIPAQUE 240 INJECTED UNDER LIVE FLUORO.", "DIAGNOSTIC BLOCK #1")
    f1 += ["RN PHONE F/U 05/26/2026: PT REPORTS 80% BETTER, NOW 2/10. -SKR",
           "RN PHONE F/U 06/09/2026: PAIN BACK TO 6-7/10 SINCE ABOUT 6/2. -SKR"]
    files["05_surg_svcs_R_SIJ_inj_2026-05-12.pdf"] = text_pdf([p1, f1])
    p2, f2 = inj("06/30/2026", "09/22/26 0949", 7, 1, 2, 2, "", "", "40 MG TRIAMCINOLONE (KENALOG-40)",
                 "CONTRAST: 0.5 ML OMNIPAQUE 240 - ARTHROGRAM CONFIRMED.", "DIAGNOSTIC BLOCK #2")
    f2 += ["RN PHONE F/U 07/14/2026: 75% BETTER. -SKR",
           "RN PHONE F/U 08/11/2026: PAIN RETURNED, 7/10, STEROID WORE OFF. -SKR"]
    ban6 = "SEP-22-2026 10:04  FROM: HCCH SURG SVCS 8285550162  TO: 18665550193  P.%02d/14"
    files["06_surg_svcs_R_SIJ_inj_2026-06-30.pdf"] = merge([fax_pdf(p2, ban6 % 9, 261, standard=True),
                                                             fax_pdf(f2, ban6 % 10, 262, standard=True)])
    fax["06_surg_svcs_R_SIJ_inj_2026-06-30.pdf"] = {1: ([ban6 % 9] + p2, (204, 98)), 2: ([ban6 % 10] + f2, (204, 98))}
    rrun = "09/22/26 0951"
    r1 = hdr("DIAGNOSTIC IMAGING REPORT                  REPORT STATUS: SIGNED", pt, 1, 2, rrun,
             ["EXAM DATE: 02/03/2026 1040   ORD DR: SPAINHOUR,GAIL R DO"]) + [
        "",
        "EXAM: XR SACROILIAC JOINTS 3 VIEWS            ACC# XR2602030051",
        "HX: R SIJ PAIN AFTER FALL 8/2025.",
        "FINDINGS: SI JOINTS SYMMETRIC WITH MILD BILATERAL SUBCHONDRAL SCLEROSIS.",
        "JOINT MARGINS WELL DEFINED. NO EROSIONS OR ANKYLOSIS. NO FRACTURE.",
        "IMPRESSION: MILD DEGENERATIVE CHANGE SI JOINTS. NO RADIOGRAPHIC",
        "SACROILIITIS.",
        "",
        "EXAM: XR HIP RIGHT 2 VIEWS W/ AP PELVIS       ACC# XR2602030052",
        "HX: R BUTTOCK PAIN. EVAL HIP OA.",
        "FINDINGS: MILD SUPEROLATERAL JOINT SPACE NARROWING RIGHT HIP WITH SMALL",
        "MARGINAL OSTEOPHYTE. FEMORAL HEAD SPHERICAL. NO FRACTURE.",
        "IMPRESSION: MILD RIGHT HIP OSTEOARTHRITIS.",
        "",
        "READ BY: FISCHBACH,ODELL J MD  02/03/2026 1522",
    ]
    r2 = hdr("DIAGNOSTIC IMAGING REPORT                  REPORT STATUS: SIGNED", pt, 2, 2, rrun,
             ["EXAM DATE: 03/05/2026 1300   ORD DR: SPAINHOUR,GAIL R DO"]) + [
        "",
        "EXAM: CT PELVIS W/O CONTRAST                 ACC# CT2603050011",
        "HX: PERSISTENT R SIJ PAIN. R/O SACROILIITIS, OCCULT FX.",
        "FINDINGS: MILD SUBCHONDRAL SCLEROSIS R>L SI JOINTS, SMALL ANTERIOR",
        "OSTEOPHYTES. NO EROSIVE CHANGE TO SUGGEST INFLAMMATORY SACROILIITIS.",
        "NO FRACTURE. NO LYTIC OR BLASTIC LESION. NO SOFT TISSUE MASS.",
        "IMPRESSION: MILD DEGENERATIVE SI JOINT CHANGE. NO DESTRUCTIVE LESION,",
        "NO FRACTURE.",
        "",
        "EXAM: MRI LUMBAR SPINE W/O CONTRAST          ACC# MR2603050004",
        "HX: LBP, HX L S1 RADICULOPATHY 2019. R/O RECURRENT HNP.",
        "FINDINGS: L1-L4 UNREMARKABLE. L4-5 MILD DISC BULGE WITHOUT NERVE ROOT",
        "IMPINGEMENT, NO CANAL OR FORAMINAL STENOSIS. L5-S1 SMALL CENTRAL",
        "ANNULAR FISSURE, NO HERNIATION, S1 ROOTS NOT COMPRESSED.",
        "IMPRESSION: NO NEURAL COMPRESSION OR STENOSIS. MILD L4-5 BULGE.",
        "",
        "READ BY: AMANKWAH,KOFI MD  03/05/2026 1738",
    ]
    files["07_radiology_reports.pdf"] = text_pdf([r1, r2])
    ph = hdr("PHARMACY MEDICATION PROFILE (OUTPATIENT)", pt, 1, 1, "09/22/26 0953") + [
        "",
        "ALLERGIES: PCN (HIVES)",
        "",
        "RX#     MEDICATION                  SIG                    START     STOP     ST",
        "390114  LEVOTHYROXINE 100 MCG       1 PO QAM               06/01/19           A",
        "511872  NAPROXEN 500 MG TAB         1 PO BID W/ FOOD       10/28/25           A",
        "511873  FAMOTIDINE 20 MG TAB        1 PO BID               10/28/25           A",
        "520455  CYCLOBENZAPRINE 5 MG        1 PO QHS PRN SPASM     01/13/26  03/13/26 D",
        "OTC     ACETAMINOPHEN 500 MG        1-2 PO Q6H PRN         10/28/25           A",
        "",
        "REFILL HX NAPROXEN: 10/28/25 11/27/25 12/29/25 01/28/26 02/27/26 03/30/26",
        "                    04/29/26 05/29/26 06/29/26 07/29/26 08/28/26",
        "** END OF PROFILE **",
    ]
    files["08_pharmacy_profile.pdf"] = text_pdf([ph])
    E = lambda s, st="met": {"status": st, "evidence": s}
    labels = {
        "procedure": "percutaneous", "request_date": "2026-09-22", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": E(["below the belt line over the right PSIS", "It does not radiate into the thigh or leg"]),
            "perc.pain_severity": E(["Today pain 7/10 right SI region"]),
            "perc.sij_tenderness": E(["Point tenderness over the right posterior SI joint",
                                      "No tenderness over the lumbar spinous processes"]),
            "perc.active_conservative_therapy": E(["EPISODE OF CARE: 01/13/2026 - 07/30/2026"]),
            "perc.inactive_conservative_therapy": E(["NAPROXEN 500 MG TAB 1 PO BID W/ FOOD 10/28/25", "Naproxen 500 mg BID since 10/2025"]),
            "perc.thigh_thrust_or_compression": E(["thigh thrust POSITIVE", "compression POSITIVE"]),
            "perc.two_provocative_tests": E(["Gaenslen POSITIVE", "FABER (Patrick) POSITIVE"]),
            "perc.diagnostic_injections": E(["0.5 ML OMNIPAQUE 240 INJECTED UNDER LIVE FLUORO",
                                             "0.5 ML OMNIPAQUE 240 - ARTHROGRAM CONFIRMED",
                                             "PAIN 0-10: 1 1 1 1 2", "PAIN 0-10: 1 1 2 2 2"]),
            "perc.generalized_pain_excluded": E([]),
            "perc.sij_imaging": E(["NO EROSIONS OR ANKYLOSIS", "NO DESTRUCTIVE LESION"]),
            "perc.hip_imaging": E(["MILD RIGHT HIP OSTEOARTHRITIS"]),
            "perc.lumbar_imaging": E(["NO NEURAL COMPRESSION OR STENOSIS"]),
            "perc.therapeutic_injections": E(["PAIN BACK TO 6-7/10 SINCE ABOUT 6/2",
                                              "PAIN RETURNED, 7/10, STEROID WORE OFF"]),
            "perc.excl.systemic_arthropathy": E([]),
            "perc.excl.infection_tumor_fracture": E([]),
            "perc.excl.acute_instability": E([]),
            "perc.excl.neural_compression": E(["NO NEURAL COMPRESSION OR STENOSIS"]),
        },
    }
    pj = {"request_date": "2026-09-22", "procedure_codes": ["27279"], "member_id": "CSN604417382", "policy": "MP-MM-1366"}
    return {"kind": "folder", "id": "b11m-02", "files": files, "packet_json": pj, "labels": labels, "fax": fax}


# ============================================================ PACKET 03 (percutaneous, insufficient)
P3 = dict(name="BOLICK,TERRENCE L", acct="V00093371904", unit="M000290613", dob="12/02/1969",
          sexage="56 M", loc="OUTREACH SPINE", regdr="OYELARAN,MARCUS T MD", member="CSN771930046")

def packet03():
    pt = P3
    files, fax = {}, {}
    ban = "NOV-03-2026 13:17  FROM: HC FAMILY MED 8285550171  TO: 18665550193  P.%02d/11"
    cover = [
        "HOLLOW CREEK FAMILY MEDICINE & OUTREACH CLINICS",
        "(A DEPARTMENT OF HOLLOW CREEK COMMUNITY HOSPITAL)",
        "",
        "FAX TO:  CARESOURCE NC UM DEPT        1-866-555-0193",
        "FROM:    R. ALDRIDGE, MOA  FOR M. OYELARAN MD",
        "PAGES:   11 INCLUDING THIS PAGE       DATE: 11/03/2026",
        "",
        "RE: BOLICK, TERRENCE L   DOB 12/02/1969   MEMBER CSN771930046",
        "    PRIOR AUTH - SI JOINT FUSION",
        "",
        "NOTE: HIP X-RAY ORDERED 10/20 - PT HAS NOT GONE YET, WILL SEND WHEN",
        "DONE. OUTSIDE LUMBAR MRI REPORT REQUESTED FROM MISSION IMAGING.",
    ]
    req = [
        "CARESOURCE NORTH CAROLINA - PRIOR AUTHORIZATION REQUEST",
        "",
        "DATE SUBMITTED: 11/03/2026",
        "MEMBER: BOLICK, TERRENCE L     DOB: 12/02/1969   ID: CSN771930046",
        "PROVIDER: OYELARAN, MARCUS T MD (ORTHO SPINE)   NPI 1730049912",
        "FACILITY: HOLLOW CREEK COMMUNITY HOSP - OUTPATIENT SURGERY",
        "",
        "SERVICE REQUESTED:",
        "  CPT 27279  PERCUTANEOUS ARTHRODESIS, SACROILIAC JOINT, LEFT",
        "  DX  M53.3 / M53.2X8 SIJ DYSFUNCTION, LEFT",
        "  PLANNED DOS: 12/08/2026   SETTING: [X] OP HOSPITAL",
        "",
        "SUMMARY: 56 YOM L SIJ PAIN 2 YRS. FAILED PT, NSAID, 2 DX/THERAPEUTIC",
        "SIJ INJ W/ >75% TEMP RELIEF. PLAN L SIJ FUSION.",
        "",
        "PROVIDER SIGNATURE: M OYELARAN MD          DATE: 11/03/2026",
    ]
    files["01_fax_cover_and_request.pdf"] = merge([fax_pdf(cover, ban % 1, 301, standard=True),
                                                    fax_pdf(req, ban % 2, 302, standard=True)])
    fax["01_fax_cover_and_request.pdf"] = {1: ([ban % 1] + cover, (204, 98)), 2: ([ban % 2] + req, (204, 98))}
    run = "11/03/26 1252"
    c1 = hdr("SPINE OUTREACH CLINIC NOTE                 REPORT STATUS: SIGNED", pt, 1, 2, run,
             ["DATE OF SERVICE: 10/20/2026        ATT DR: OYELARAN,MARCUS T MD",
              "TRANSCRIBED: 10/21/2026 (MQ-TRX/jlw)"]) + [
        "",
        "CHIEF COMPLAINT: Left SI joint pain, follow-up after injections.",
        "",
        "HPI: 56-year-old logging truck driver with left low back and buttock pain",
        "for roughly 2 years, worse with long hauls and climbing in and out of the",
        "cab.  Pain is localized over the left PSIS, below L5, and stays in the",
        "buttock - non-radiating, no leg symptoms.  He rates it 6-8/10 on most days.",
        "He completed PT in the hospital rehab department 01/05/2026 - 07/24/2026",
        "and does his home exercises.  Takes meloxicam 15 mg daily since 12/2025,",
        "with heat.  Left SIJ injections 06/09/2026 and 08/04/2026 gave excellent",
        "relief for several hours, and the steroid gave about 2 weeks each time",
        "before the pain returned.",
        "",
        "PMH: DM2 (A1c 6.9), HTN, remote R ankle fx 2004.",
        "PSH: None.",
        "FH: Noncontributory.  No family hx of inflammatory arthritis.",
        "ROS: Denies fevers, night sweats, weight loss, saddle anesthesia.",
        "",
        "EXAM: Tender over the left posterior SI joint; no tenderness at the greater",
        "trochanter, lumbar spine or coccyx.  Thigh thrust positive left.",
        "Gaenslen positive left, FABER positive left, distraction equivocal,",
        "compression not tested (body habitus).  Hip: full ROM, negative log roll,",
        "no groin pain with FADIR.  Neuro intact, SLR negative.",
    ]
    c2 = hdr("SPINE OUTREACH CLINIC NOTE                 REPORT STATUS: SIGNED", pt, 2, 2, run,
             ["DATE OF SERVICE: 10/20/2026        ATT DR: OYELARAN,MARCUS T MD"]) + [
        "",
        "IMAGING:",
        "  XR SI joints 02/16/2026 and CT pelvis 03/02/2026 (HCCH) - reviewed,",
        "  degenerative, no erosions.",
        "  MRI lumbar spine - done 2025 at Mission Imaging, Asheville.  Patient",
        "  states he was told it was 'normal'.  Report not in our system; we have",
        "  requested it.",
        "  Left hip x-ray - ordered today.",
        "",
        "ASSESSMENT: Left sacroiliac joint dysfunction.  Positive response to two",
        "fluoroscopic blocks.  Failed PT and NSAID.",
        "",
        "PLAN:",
        "  1. Left percutaneous SI joint fusion - will submit authorization.",
        "  2. XR left hip 2 views.",
        "  3. Obtain outside lumbar MRI report.",
        "  4. Continue meloxicam, HEP.",
        "",
        "Electronically signed by: Marcus T. Oyelaran, MD  10/22/2026 0915",
    ]
    files["02_outreach_spine_consult_2026-10-20.pdf"] = text_pdf([c1, c2])
    prun = "11/03/26 1254"
    p1 = hdr("REHAB SERVICES - PT INITIAL EVALUATION     REPORT STATUS: SIGNED", pt, 1, 2, prun,
             ["SERVICE DATE: 01/05/2026    THERAPIST: NGUYEN-BRASWELL,ALEX PT",
              "REFERRING: SPAINHOUR,GAIL R DO     DX: M53.3 L SIJ PAIN"]) + [
        "",
        "S: L BUTTOCK PAIN X 1 YR. 7/10. NO N/T. NO RADIATING PAIN.",
        "   MELOXICAM DAILY, HEAT PAD PRN.",
        "O: TTP L SIJ. NO TTP LUMBAR SP/PARASPINALS, GT, COCCYX.",
        "   THIGH THRUST L +, GAENSLEN L +, FABER L +, DISTRACTION -.",
        "   LUMBAR AROM: FLEX 80% NO PAIN, EXT 75% L BUTTOCK PAIN.",
        "   GLUT MED L 4-/5.  ODI 36%.",
        "A: L SIJ DYSFUNCTION W/ LUMBOPELVIC INSTABILITY PATTERN.",
        "P: 2X/WK X 8 WKS THEN 1X/WK. THER EX, NMR, MANUAL, HEP.",
        "",
        "SIGNED: NGUYEN-BRASWELL,ALEX PT  01/05/2026 1702",
    ]
    p2 = hdr("REHAB SERVICES - PT DISCHARGE SUMMARY      REPORT STATUS: SIGNED", pt, 2, 2, prun,
             ["SERVICE DATE: 07/24/2026    THERAPIST: NGUYEN-BRASWELL,ALEX PT"]) + [
        "",
        "DATES OF SERVICE: 01/05/2026 THRU 07/24/2026    VISITS: 31 (2 CANCELS-WEATHER)",
        "",
        "OUTCOME: LE STRENGTH IMPROVED (GLUT MED 4+/5). PAIN UNCHANGED 6-7/10",
        "WITH DRIVING > 2 HRS. ODI 34%. PLATEAUED.",
        "HEP: ISSUED 3/2026 (BRIDGES, CLAMSHELLS, BIRD-DOG, PALLOF PRESS) -",
        "PT INDEPENDENT. CONTINUE DAILY.",
        "D/C TO HEP. RETURN TO MD.",
        "",
        "SIGNED: NGUYEN-BRASWELL,ALEX PT  07/24/2026 1640",
    ]
    files["03_rehab_pt.pdf"] = text_pdf([p1, p2])

    def inj(date, run, pre, t15, t1, t2, t4, ctr, steroid, n):
        proc = hdr("SURGICAL SERVICES - PROCEDURE REPORT       REPORT STATUS: SIGNED", pt, 1, 1, run,
                   [f"PROC DATE: {date}   ROOM: OPS-1   ATT DR: HOLLIFIELD,BRENT A MD"]) + [
            "",
            f"PROCEDURE: LEFT SI JOINT INJECTION W/ FLUOROSCOPY AND ARTHROGRAM ({n})",
            "PRE-OP DX: L SIJ PAIN.   POST-OP DX: SAME.",
            "",
            "Patient prone.  Left buttock prepped and draped.  Using fluoroscopic",
            "guidance a 22 g spinal needle was advanced into the inferior left SI joint.",
            f"{ctr}",
            f"Then injected 2 mL 2% lidocaine (preservative free) with {steroid}.",
            "Tolerated well, no complications.",
            "",
            "NURSING PRE/POST PAIN SCORES (0-10):",
            "    PRE     15 MIN    1 HR     2 HR     4 HR (DIARY)",
            f"    {pre:<7} {t15:<9} {t1:<8} {t2:<8} {t4}",
            "",
            f"SIGNED: HOLLIFIELD,BRENT A MD  {date}",
        ]
        return proc
    i1 = inj("06/09/2026", "11/03/26 1256", 8, 1, 1, 2, 5,
             "Omnipaque 240, 0.5 mL, showed an intra-articular arthrogram.",
             "40 mg methylprednisolone", "#1")
    i2 = inj("08/04/2026", "11/03/26 1257", 7, 0, 1, 1, 4,
             "Omnipaque 240, 0.5 mL, outlined the joint without vascular runoff.",
             "40 mg methylprednisolone", "#2")
    files["04_surg_svcs_L_SIJ_injections.pdf"] = text_pdf([i1, i2])
    r = hdr("DIAGNOSTIC IMAGING REPORT                  REPORT STATUS: SIGNED", pt, 1, 1, "11/03/26 1259",
            ["ORD DR: SPAINHOUR,GAIL R DO"]) + [
        "",
        "EXAM DATE: 02/16/2026   EXAM: XR SI JOINTS 3 VIEWS       ACC# XR2602160019",
        "FINDINGS: MILD SCLEROSIS AND OSTEOPHYTOSIS INFERIOR L SIJ. NO EROSIONS.",
        "NO FUSION/ANKYLOSIS. NO FRACTURE.",
        "IMPRESSION: MILD L SI JOINT DEGENERATIVE CHANGE.",
        "",
        "EXAM DATE: 03/02/2026   EXAM: CT PELVIS W/O CONTRAST     ACC# CT2603020008",
        "HX: L SIJ PAIN, R/O SACROILIITIS.",
        "FINDINGS: MILD-MODERATE DEGENERATIVE CHANGE LEFT SI JOINT WITH VACUUM",
        "PHENOMENON. NO EROSIONS OR PERIARTICULAR SCLEROSIS TO SUGGEST",
        "INFLAMMATORY SACROILIITIS. NO LYTIC/BLASTIC LESION. NO FRACTURE.",
        "IMPRESSION: DEGENERATIVE LEFT SIJ ARTHROPATHY. NO DESTRUCTIVE LESION.",
        "",
        "READ BY: FISCHBACH,ODELL J MD",
    ]
    ph = hdr("PHARMACY MEDICATION PROFILE (OUTPATIENT)", pt, 1, 1, "11/03/26 1301") + [
        "",
        "ALLERGIES: NKDA",
        "",
        "RX#     MEDICATION                  SIG                    START     STOP     ST",
        "498001  METFORMIN 1000 MG TAB       1 PO BID               04/11/21           A",
        "498002  AMLODIPINE 10 MG TAB        1 PO DAILY             04/11/21           A",
        "531204  MELOXICAM 15 MG TAB         1 PO DAILY             12/01/25           A",
        "",
        "** END OF PROFILE **",
    ]
    files["05_radiology_and_pharmacy.pdf"] = text_pdf([r, ph])
    di = hdr("OUTPATIENT DISCHARGE INSTRUCTIONS", pt, 1, 1, "11/03/26 1302",
             ["VISIT DATE: 08/04/2026   SURGICAL SERVICES"]) + [
        "",
        "YOU HAD: LEFT SACROILIAC JOINT INJECTION.",
        "",
        "- YOUR PAIN MAY BE MUCH BETTER FOR A FEW HOURS (NUMBING MEDICINE).",
        "- STEROID MAY START TO HELP IN 2-5 DAYS.",
        "- FILL OUT PAIN DIARY AND BRING TO NEXT VISIT.",
        "- NO DRIVING TODAY. MAY RESUME NORMAL ACTIVITY TOMORROW.",
        "- CHECK BLOOD SUGAR 2X DAILY FOR 3 DAYS - STEROID CAN RAISE IT.",
        "- CALL 828-555-0162 FOR FEVER >101, REDNESS OR DRAINAGE, NEW WEAKNESS.",
        "",
        "RN FOLLOW-UP CALL 08/18/2026: PAIN BACK TO 7/10 AS OF ~8/16. -SKR",
        "",
        "PATIENT SIGNATURE: (ON FILE)        RN: S. K. REAVIS RN",
    ]
    files["06_discharge_instructions.pdf"] = text_pdf([di])
    E = lambda s, st="met": {"status": st, "evidence": s}
    labels = {
        "procedure": "percutaneous", "request_date": "2026-11-03", "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": E(["localized over the left PSIS, below L5", "non-radiating, no leg symptoms"]),
            "perc.pain_severity": E(["He rates it 6-8/10 on most days"]),
            "perc.sij_tenderness": E(["Tender over the left posterior SI joint",
                                      "no tenderness at the greater trochanter, lumbar spine or coccyx"]),
            "perc.active_conservative_therapy": E(["01/05/2026 THRU 07/24/2026"]),
            "perc.inactive_conservative_therapy": E(["MELOXICAM 15 MG TAB 1 PO DAILY 12/01/25"]),
            "perc.thigh_thrust_or_compression": E(["Thigh thrust positive left"]),
            "perc.two_provocative_tests": E(["Gaenslen positive left", "FABER positive left"]),
            "perc.diagnostic_injections": E(["showed an intra-articular arthrogram", "outlined the joint without vascular runoff",
                                             "8 1 1 2 5", "7 0 1 1 4"]),
            "perc.generalized_pain_excluded": E([]),
            "perc.sij_imaging": E(["NO EROSIONS", "NO DESTRUCTIVE LESION"]),
            "perc.hip_imaging": E([], "insufficient"),
            "perc.lumbar_imaging": E([], "insufficient"),
            "perc.therapeutic_injections": E(["the steroid gave about 2 weeks each time", "PAIN BACK TO 7/10 AS OF ~8/16"]),
            "perc.excl.systemic_arthropathy": E([]),
            "perc.excl.infection_tumor_fracture": E([]),
            "perc.excl.acute_instability": E([]),
            "perc.excl.neural_compression": E([]),
        },
    }
    return {"kind": "folder", "id": "b11m-03", "files": files, "packet_json": None, "labels": labels, "fax": fax}


PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def build():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    pk = [packet01(), packet02(), packet03()]
    for p in pk:
        if p["kind"] == "single":
            open(os.path.join(OUT, p["id"] + ".pdf"), "wb").write(p["pdf"])
            json.dump(p["labels"], open(os.path.join(OUT, p["id"] + ".labels.json"), "w"), indent=2)
        else:
            d = os.path.join(OUT, p["id"]); os.makedirs(d)
            for fn, b in p["files"].items():
                open(os.path.join(d, fn), "wb").write(b)
            if p["packet_json"]:
                json.dump(p["packet_json"], open(os.path.join(d, "packet.json"), "w"), indent=2)
            json.dump(p["labels"], open(os.path.join(d, "labels.json"), "w"), indent=2)
    return pk


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def check(pk):
    import pdfplumber
    out, ok = [], True
    for p in pk:
        out.append(f"== {p['id']} ({p['kind']})")
        if p["kind"] == "single":
            files = [(p["id"] + ".pdf", os.path.join(OUT, p["id"] + ".pdf"))]
        else:
            d = os.path.join(OUT, p["id"])
            files = [(f, os.path.join(d, f)) for f in sorted(os.listdir(d)) if f.endswith(".pdf")]
        pages, gp = [], 0
        for fn, path in files:
            with pdfplumber.open(path) as pdf:
                for i, pg in enumerate(pdf.pages, 1):
                    gp += 1
                    txt = pg.extract_text() or ""
                    fx = p["fax"].get(fn, {}).get(i)
                    if fx:
                        lines, dpi = fx
                        haschars = len(pg.chars) > 0
                        img = pg.images[0] if pg.images else None
                        w_in, h_in = float(pg.width) / 72, float(pg.height) / 72
                        pxw, pxh = img["srcsize"] if img else (0, 0)
                        got = (round(pxw / w_in), round(pxh / h_in))
                        xo = PdfReader(path).pages[i - 1]["/Resources"]["/XObject"]
                        im = list(xo.values())[0].get_object()
                        filt = str(im.get("/Filter")); bpc = im.get("/BitsPerComponent")
                        good = (not haschars) and got == dpi and "CCITT" in filt and bpc == 1
                        ok &= good
                        out.append(f"  p{gp:02d} {fn} p{i}: FAXED text_layer={'yes' if haschars else 'no'} "
                                   f"dpi={got[0]}x{got[1]} (stated {dpi[0]}x{dpi[1]}) filter={filt} bits={bpc} "
                                   f"page={w_in:.2f}x{h_in:.2f}in -> {'OK' if good else 'FAIL'}")
                        pages.append((gp, "\n".join(lines)))
                    else:
                        out.append(f"  p{gp:02d} {fn} p{i}: text layer {len(txt)} chars")
                        pages.append((gp, txt))
        out.append(f"  total pages: {gp} {'OK' if 6 <= gp <= 16 else 'FAIL'}")
        ok &= 6 <= gp <= 16
        lab = p["labels"]
        exp = PERC if lab["procedure"] == "percutaneous" else OPEN
        labelled = set(lab["criteria"]) == set(exp)
        ok &= labelled
        out.append(f"  all {len(exp)} criteria of '{lab['procedure']}' labelled, no extras: {'OK' if labelled else 'FAIL'}")
        sts = [v["status"] for v in lab["criteria"].values()]
        det = "does_not_meet_criteria" if "not_met" in sts else ("insufficient_documentation" if "insufficient" in sts else "meets_criteria")
        out.append(f"  determination {lab['determination']} vs computed {det}: {'OK' if det == lab['determination'] else 'FAIL'}")
        ok &= det == lab["determination"]
        for cid, v in lab["criteria"].items():
            if v["status"] == "insufficient" and v["evidence"]:
                ok = False; out.append(f"  {cid}: insufficient with evidence FAIL")
            for sn in v["evidence"]:
                hits = [n for n, t in pages if norm(sn) in norm(t)]
                ok &= bool(hits)
                out.append(f"  {cid:38s} [{v['status']}] '{sn}' -> pages {hits if hits else 'NOT FOUND FAIL'}")
    out.append("OVERALL: " + ("PASS" if ok else "FAIL"))
    return "\n".join(out)


if __name__ == "__main__":
    pk = build()
    if "--check" in sys.argv:
        rep = check(pk)
        open(os.path.join(HERE, "selfcheck.txt"), "w").write(rep + "\n")
        print(rep)
