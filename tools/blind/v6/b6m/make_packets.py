#!/usr/bin/env python3
"""Writer M, blind set v6 (prefix b6m): VA / VA community-care SIJ fusion prior-auth packets.

Deterministic: fixed seeds, fixed dates. Run with the local venv:
    .venv/bin/python make_packets.py
Writes b6m-01/ (folder + packet.json), b6m-02.pdf (single PDF), b6m-03/ (folder, no packet.json)
plus labels, then self-checks everything.
"""
import io, json, os, random, re, shutil, sys
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf, numpy as np, pdfplumber, pypdf


OUT = os.path.dirname(os.path.abspath(__file__))
MONO_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
LETTER_W_IN, LETTER_H_IN = 8.5, 11.0
import datetime
FIXED_DATE = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

MONO_LINES = 60      # lines per CPRS text page
FORM_LINES = 54
FAX_LINES = 52


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


# ======================================================================= content
# Packet texts and gold labels. Everything below is invented (patients, clinicians, clinics).

def cprs_hdr(name, ssn4, site):
    return [f"{name:<34}{ssn4:<10}{'Printed at ' + site:>46}",
            "-" * 90]


def cprs_ftr(name, ssn4, site, printed):
    return ["-" * 90,
            f"{name} {ssn4}   {site:<32}  VISTA ELECTRONIC MEDICAL DOCUMENTATION",
            f"Printed: {printed}   ** CONFIDENTIAL -- protected under 38 USC 5701/7332 **   Page {{i}} of {{n}}"]


# --------------------------------------------------------------------------- b6m-01
P1_NAME, P1_ID, P1_SITE = "HALVORSEN,DENISE R", "(H4471)", "PIEDMONT CREST VAMC"
P1H = cprs_hdr(P1_NAME, P1_ID, P1_SITE)
P1F = cprs_ftr(P1_NAME, P1_ID, P1_SITE, "03/10/2026 09:14")
P1_BANNER = "FROM: PCVAMC MCCR UR/PRECERT 336-555-0142   TO: CARESOURCE NC UM 1-844-555-0187   03/12/2026 11:06   P. {p}/{n}"

B01_COVER = [
    "!!DEPARTMENT OF VETERANS AFFAIRS",
    "!Piedmont Crest VA Medical Center - Revenue Operations / MCCR",
    "Utilization Review & Pre-Certification Unit, Bldg 7 Rm 114",
    "2250 Old Reedy Fork Rd, Whitsett NC 27377   Ph 336-555-0140   Fax 336-555-0142",
    "---",
    "!!FACSIMILE TRANSMITTAL",
    "TO:     CareSource North Carolina - Utilization Management (Marketplace)",
    "FAX:    1-844-555-0187              PHONE: 1-844-555-0186",
    "FROM:   Lorraine Whitfield-Oyelaran, RN, UR Nurse (MCCR pre-cert)",
    "DATE:   03/12/2026                  PAGES (incl. cover): 13",
    "RE:     Pre-certification request - Other Health Insurance (OHI) on file",
    "---",
    "Member:      DENISE R HALVORSEN        DOB: 04/19/1968",
    "CareSource ID: NCM-30811-4472-06     Group: NC Marketplace Silver 94",
    "Service:     Left sacroiliac joint fusion, minimally invasive (CPT 27279)",
    "Surgeon:     Nikhil P. Ramaswamy, MD - Orthopaedic Surgery, PCVAMC",
    "Facility:    Piedmont Crest VAMC main OR, outpatient / 23-hr observation",
    "Planned DOS: 04/16/2026",
    "",
    "Enclosed: request form, ortho surgery consult, pain clinic procedure notes x2",
    "and follow-up, PT discharge summary, community care chiropractic records",
    "(returned by fax), radiology reports, outpatient pharmacy profile, pain school log.",
    "",
    "Please fax determination to 336-555-0142, Attn: UR/Pre-cert. Reference our",
    "tracking # PC-26-0311-072.",
    "",
    "",
    "CONFIDENTIALITY NOTICE: This facsimile contains Protected Health Information",
    "that is privileged and confidential under 38 U.S.C. 5701 and 7332 and HIPAA.",
    "If you received this in error, notify the sender at 336-555-0140 and destroy",
    "all copies. Re-disclosure without written authorization is prohibited.",
]

B01_FORM = [
    "!!CareSource North Carolina - Prior Authorization Request",
    "Marketplace medical / outpatient surgical services   Fax 1-844-555-0187",
    "---",
    "!Member information",
    "Name: HALVORSEN, DENISE R        DOB: 04/19/1968        Member ID: NCM-30811-4472-06",
    "Address: 418 Carraway Ridge Ln, Gibsonville NC 27249    Phone: 336-555-2291",
    "---",
    "!Requesting / servicing provider",
    "Nikhil P. Ramaswamy, MD   Orthopaedic Surgery   NPI 1487291036",
    "Piedmont Crest VA Medical Center, 2250 Old Reedy Fork Rd, Whitsett NC 27377",
    "Contact: L. Whitfield-Oyelaran RN   Ph 336-555-0140   Fax 336-555-0142",
    "Facility: Piedmont Crest VAMC (Outpatient surgery)   Tax ID 56-6001847",
    "---",
    "!Service requested",
    "Date of request: 03/12/2026           Anticipated date of service: 04/16/2026",
    "CPT/HCPCS: 27279   Arthrodesis, sacroiliac joint, percutaneous or minimally invasive",
    "          (indirect visualization), with image guidance, incl. placement of",
    "          transfixing device   Units: 1   Laterality: LEFT",
    "ICD-10-CM: M53.3 Sacrococcygeal disorders, NEC (left SIJ dysfunction)",
    "           M54.59 Other low back pain",
    "Setting:  [ ] Inpatient   [X] Outpatient hospital   [ ] ASC   [ ] Office",
    "Urgency:  [X] Standard    [ ] Expedited",
    "---",
    "!Clinical summary (attach records)",
    "57 y/o F with chronic L SI joint pain > 2 yrs. Failed PT, chiropractic care, NSAIDs,",
    "TENS. Two fluoroscopic contrast-confirmed L SIJ blocks with >70% relief. Steroid",
    "benefit transient x2. Imaging enclosed. Planned triangular titanium implant fusion.",
    "---",
    "!Attestation",
    "I attest that the information provided is true and accurate to the best of my",
    "knowledge and is supported by the enclosed medical record.",
    "Signature: /es/ Nikhil P. Ramaswamy, MD         Date: 03/11/2026",
]

B01_ORTHO = [
    "LOCAL TITLE: ORTHOPAEDIC SURGERY CONSULT",
    "STANDARD TITLE: ORTHOPAEDIC SURGERY CONSULT",
    "DATE OF NOTE: FEB 24, 2026@10:15      ENTRY DATE: FEB 24, 2026@10:15:42",
    "      AUTHOR: RAMASWAMY,NIKHIL P      EXP COSIGNER:",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Consult #: 4418870  Requesting: PAIN MGT/ANESTHESIA - SAEVARSDOTTIR,HELGA",
    "Reason for request: eval for L SI jt fusion. Failed blocks/steroid x2. R/O",
    "ankylosing spondylitis per PCP before surgery?",
    "",
    "!CC: L low back/buttock pain",
    "",
    "HPI: 57 y/o female Army veteran (SC 30% knees, tinnitus) referred by Pain Clinic.",
    "Pain began ~2023 after a long PCS-era history of ruck marching, worse since",
    "early 2024. Pt localizes w/ one finger (Fortin sign +) to the L PSIS / sulcus,",
    "well below the belt line and caudal to L5. Pain stays in the L buttock and",
    "does not radiate into the thigh or leg. No numbness, tingling, weakness.",
    "Worse w/ sit-to-stand, rolling in bed, stairs, getting out of her truck.",
    "Denies bowel/bladder change. She had 'sciatica' on the R in 2011 that resolved",
    "w/ PT and has not recurred. No fall, no MVA, no recent trauma to the pelvis.",
    "",
    "Pain: L SIJ pain 7/10 today, 8/10 worst past wk, 5/10 best w/ meds.",
    "Oswestry 46%. Sleeping 4-5 hrs, wakes w/ turning.",
    "",
    "Treatment to date (reviewed CPRS + community care records):",
    "- VA PT 04/08/25 - 07/22/25, 13 visits, core/lumbopelvic stab + HEP (d/c note)",
    "- Community care chiropractic (Tar River Spine & Chiro) 08/12/25 - 11/18/25",
    "- Naproxen 500 mg BID since 2024, acetaminophen 1 g TID prn, heat",
    "- VA-issued TENS since 05/2025, uses daily (see pharmacy/prosthetics)",
    "- L SIJ injections 10/02/25 and 12/11/25 (Pain Clinic) - see below",
    "- Old: L5-S1 interlaminar ESI 03/2024 outside VA, no benefit",
    "",
    "PMH: HTN, GERD, OA bilat knees, obesity (BMI 31.8), tinnitus. No DM.",
    "PSH: TAH 2009, R knee scope 2016. No spine surgery.",
    "FHx: mother - fibromyalgia and RA; father - CAD. No family hx of AS/psoriasis.",
    "SHx: lives w/ spouse, retired logistics NCO, drives for a parts co. Never smoker.",
    "ROS: neg for fever, wt loss, night sweats, AM stiffness > 30 min, uveitis,",
    "psoriasis, IBD sx. No widespread pain.",
    "",
    "!EXAM",
    "BP 134/82  P 76  BMI 31.8. NAD, pleasant, appropriate. Gait antalgic L, no",
    "Trendelenburg. Lumbar ROM full, flexion mildly painful in L buttock.",
    "Palpation: tender to palpation over the L posterior SIJ / sulcus (reproduces",
    "her pain). R SIJ nontender. L greater trochanter nontender. No midline or",
    "paraspinal lumbar tenderness. Coccyx nontender.",
    "Neuro: strength 5/5 L2-S1 bilat, SILT, DTR 2+ sym, SLR neg bilat.",
    "Waddell signs 0/5.",
    "",
    "SIJ provocation (L side):",
    "  Test                      Result    Comment",
    "  Thigh thrust (P4)         POS       concordant L buttock pain",
    "  Compression (side-lying)  POS       concordant",
    "  Distraction (gapping)     neg",
    "  Gaenslen's                POS       L hip extended off table",
    "  FABER / Patrick's         POS       posterior pain, no groin pain",
    "  Sacral thrust             not done",
    "  => 4 of 5 tests performed positive",
    "",
    "Hip: L hip IR/ER full and painless, no groin pain, FADIR neg.",
    "",
    "!IMAGING (reports reviewed, images personally reviewed on VistA Imaging)",
    "XR pelvis/SIJ + L hip 06/17/25, CT pelvis 09/02/25, MRI L-spine 06/30/25 -",
    "L SIJ degenerative change, no erosions; L hip mild OA; no lumbar nerve",
    "compression. See radiology reports.",
    "",
    "!A/P",
    "1. Chronic L SIJ dysfunction (M53.3) - meets clinical picture for SIJ pain:",
    "   localized non-radicular buttock pain, 4 positive provocation tests, two",
    "   contrast-confirmed image-guided blocks with >70% relief for the duration of",
    "   bupivacaine, steroid benefit lasting only 3-4 wks each time. >6 mo active",
    "   and passive conservative care failed.",
    "2. No clinical features of inflammatory spondyloarthropathy; HLA-B27 negative",
    "   (01/2026), ESR 11, CRP 0.4. CT shows no erosive sacroiliitis. AS not",
    "   supported - no rheum referral needed.",
    "3. No other more likely pain generator identified (hip, lumbar spine reviewed).",
    "",
    "Plan: L SIJ fusion, minimally invasive lateral approach, 3 triangular titanium",
    "implants (CPT 27279). Risks/benefits/alternatives discussed incl. nonunion,",
    "nerve injury, malposition, need for revision. Pt wishes to proceed. MCCR to",
    "pre-cert w/ OHI (CareSource). Pre-op labs and anesthesia eval ordered.",
    "",
    "/es/ NIKHIL P RAMASWAMY, MD",
    "ORTHOPAEDIC SURGEON",
    "Signed: 02/24/2026 13:02",
    "",
    "Receipt Acknowledged By:",
    "02/25/2026 08:10        /es/ HELGA SAEVARSDOTTIR, MD",
    "                             STAFF PHYSICIAN, PAIN MANAGEMENT",
]


def inj_note(date_hdr, entry, num, pre, diary, contrast_line, drug_lines, signed, extra=None):
    L = [
        "LOCAL TITLE: PAIN MGT PROCEDURE NOTE",
        "STANDARD TITLE: PAIN MANAGEMENT PROCEDURE NOTE",
        f"DATE OF NOTE: {date_hdr}      ENTRY DATE: {entry}",
        "      AUTHOR: SAEVARSDOTTIR,HELGA     EXP COSIGNER:",
        "     URGENCY:                              STATUS: COMPLETED",
        "",
    ]
    return L + num + pre + contrast_line + drug_lines + diary + (extra or []) + signed


B01_INJ1 = inj_note(
    "OCT 02, 2025@08:40", "OCT 02, 2025@11:58:07",
    ["PROCEDURE: LEFT sacroiliac joint injection, diagnostic/therapeutic (#1)",
     "Indication: L buttock pain, suspected L SIJ. Pre-procedure L SIJ pain 7/10.",
     "Consent: signed iMed consent on file. Time-out performed 08:52.",
     "Sedation: none. Allergies: sulfa (rash). Anticoag: none.", ""],
    ["Technique: Prone. Sterile prep/drape. Skin/subcut 1% lidocaine 2 mL. Under",
     "fluoroscopic guidance a 22g 3.5\" spinal needle advanced into the inferior",
     "1/3 of the L SIJ.", ""],
    ["Contrast: Omnipaque 240, 0.5 mL - intra-articular spread outlining the",
     "joint, no vascular uptake. Images saved to VistA Imaging.", ""],
    ["Injectate: 0.5% bupivacaine 1.5 mL + triamcinolone 40 mg (1 mL).",
     "EBL none. No complications. Tolerated well.", ""],
    ["POST-PROCEDURE PAIN DIARY (pt completed, reviewed w/ RN on 10/03/25 call)",
     "  Time after inj    L SIJ pain (0-10)   % relief",
     "  baseline          7                   --",
     "  15 min            1                   86",
     "  30 min            1                   86",
     "  1 hr              1                   86",
     "  2 hr              2                   71",
     "  4 hr              2                   71",
     "  6 hr              4                   43",
     "  8 hr              6                   14",
     "Interpretation: >= 70% relief for the duration of bupivacaine (>= 4 hr).",
     "Activities in diary: walked to mailbox, sat through dinner without pain.", ""],
    ["/es/ HELGA SAEVARSDOTTIR, MD",
     "STAFF PHYSICIAN, PAIN MANAGEMENT",
     "Signed: 10/02/2025 12:03", ""],
)

B01_INJ2 = inj_note(
    "DEC 11, 2025@09:05", "DEC 11, 2025@12:20:44",
    ["PROCEDURE: L SIJ injection #2 (confirmatory block + steroid)",
     "Baseline: pain returned after #1 (see 11/06 phone note). Pre-proc 7/10 L SIJ.",
     "Time-out 09:12, correct side/site verified. No anticoagulants.", ""],
    ["Under fluoro, L SIJ accessed at the inferior joint line w/ 22g needle.", ""],
    ["0.5 mL iohexol (Omnipaque 240) injected -> arthrogram w/ capsular outline, no",
     "extravasation or vascular pattern.", ""],
    ["Injected 0.5% bupivacaine 1.5 mL w/ methylprednisolone 40 mg. Band-aid applied.",
     "Pt stable, d/c home w/ pain diary.", ""],
    ["Pain diary (returned 12/12/25):",
     "  time      score   note",
     "  pre       7/10",
     "  30 min    2/10    'felt loose'",
     "  1 hr      1/10",
     "  2 hr      1/10",
     "  3 hr      2/10",
     "  4 hr      3/10",
     "  6 hr      5/10    numbness wearing off",
     "  next AM   7/10",
     "~71-86% relief through hr 3-4, consistent w/ bupivacaine duration.", ""],
    ["/es/ HELGA SAEVARSDOTTIR, MD",
     "STAFF PHYSICIAN, PAIN MANAGEMENT",
     "Signed: 12/11/2025 12:24", ""],
)

B01_PAINFU = [
    "LOCAL TITLE: PAIN MANAGEMENT F/U",
    "STANDARD TITLE: PAIN MANAGEMENT NOTE",
    "DATE OF NOTE: JAN 08, 2026@13:30      ENTRY DATE: JAN 08, 2026@14:47:19",
    "      AUTHOR: SAEVARSDOTTIR,HELGA     EXP COSIGNER:",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "S: F/u after L SIJ inj x2. After the 10/02 injection the steroid gave her",
    "about 4 weeks of good relief, then pain crept back to baseline by early Nov.",
    "After the 12/11 injection relief lasted ~3 weeks; pain back to 6-7/10 by",
    "01/02/26. Today L SIJ pain 6/10. Still using TENS 30 min 2-3x/day and",
    "naproxen BID. Finished chiro in Nov, continues PT HEP 4 days/wk.",
    "",
    "O: Ambulates independently. TTP L SIJ. No new neuro deficits.",
    "",
    "A: L SIJ pain, diagnostic blocks concordant x2, corticosteroid effect not",
    "durable after 2 intra-articular injections.",
    "P: Consult ortho for SIJ fusion eval. Will not repeat steroid (3rd) at this",
    "time. Cont naproxen, TENS, HEP. RTC prn.",
    "",
    "/es/ HELGA SAEVARSDOTTIR, MD",
    "STAFF PHYSICIAN, PAIN MANAGEMENT",
    "Signed: 01/08/2026 14:52",
    "",
    "ADDENDUM                           STATUS: COMPLETED",
    "DATE OF NOTE: JAN 09, 2026@08:02      ENTRY DATE: JAN 09, 2026@08:02:55",
    "      AUTHOR: PRUITT-NAKASONE,JOLENE (RN)",
    "Phone note 11/06/25 re-entered for completeness: pt reports pain back to 7/10,",
    "steroid 'wore off' ~4 wks after 10/02 inj. Scheduled repeat inj 12/11.",
    "/es/ JOLENE PRUITT-NAKASONE, RN",
    "Signed: 01/09/2026 08:04",
]

B01_PT = [
    "LOCAL TITLE: PHYSICAL THERAPY DISCHARGE SUMMARY",
    "STANDARD TITLE: PHYSICAL THERAPY DISCHARGE NOTE",
    "DATE OF NOTE: JUL 22, 2025@15:10      ENTRY DATE: JUL 22, 2025@16:01:30",
    "      AUTHOR: OKONKWO-BRANDT,MARCUS (DPT)   EXP COSIGNER:",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Dx: L SIJ dysfunction / LBP.  Episode: 04/08/2025 - 07/22/2025, 13 visits",
    "(1x/wk, 2 cancellations for weather). Referred by PCP Dr. Iwu-Castellanos.",
    "",
    "Interventions: lumbopelvic stabilization (TrA, glute med/max), SIJ belt",
    "trial, manual therapy (MET for L innominate), aquatic x3, gait training,",
    "progressive HEP (written + VA Video Connect demo), reviewed at each visit.",
    "",
    "Outcome measures      Eval 04/08/25     D/C 07/22/25",
    "  ODI                 48%               42%",
    "  NPRS L SIJ (avg)    7/10              6/10",
    "  Single-leg stance   L 6 s             L 14 s",
    "",
    "Assessment: Improved strength/endurance, minimal change in pain. Goals 2/4 met.",
    "Pt consistent w/ HEP (log reviewed). Plateaued - d/c to independent HEP.",
    "Recommend return to Pain Clinic; pt interested in community care chiropractic.",
    "",
    "/es/ MARCUS OKONKWO-BRANDT, PT, DPT",
    "PHYSICAL THERAPIST",
    "Signed: 07/22/2025 16:05",
    "",
    "Receipt Acknowledged By:",
    "07/23/2025 09:44        /es/ ADAEZE IWU-CASTELLANOS, MD",
    "                             PRIMARY CARE PHYSICIAN",
]

B01_CC_REFERRAL = [
    "LOCAL TITLE: COMMUNITY CARE-COORDINATION NOTE",
    "STANDARD TITLE: NON-VA CARE COORDINATION NOTE",
    "DATE OF NOTE: AUG 04, 2025@10:22      ENTRY DATE: AUG 04, 2025@10:22:11",
    "      AUTHOR: LINDGREN,PAULETTE A (CC SCHEDULER)",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Consult: COMMUNITY CARE-CHIROPRACTIC  #4312207  Eligibility: Drive time",
    "SEOC: CHIROPRACTIC CARE INITIAL 1.5.7 - up to 12 visits/120 days",
    "Referral sent via HSRM to: Tar River Spine & Chiropractic, Rocky Mount NC",
    "  Provider: Camille Stroud-Ferreira, DC  NPI 1952334871",
    "First appt: 08/12/2025 09:00. Veteran notified by phone, agreed.",
    "Records return requested by fax to 336-555-0163 (CC office).",
    "",
    "/es/ PAULETTE A LINDGREN",
    "MSA, COMMUNITY CARE",
    "Signed: 08/04/2025 10:25",
    "",
    "CONSULT TRACKING - #4312207 COMMUNITY CARE-CHIROPRACTIC",
    "  08/04/25 SCHEDULED    LINDGREN,PAULETTE A   appt 08/12/25",
    "  11/25/25 COMPLETE/UPD HARGROVE,DENNIS (CC RN) outside records scanned,",
    "                        12 visits 08/12/25-11/18/25, see VistA Imaging",
]

P1_FAXB = "FROM: TAR RIVER SPINE&CHIRO 252-555-0119   TO: PCVAMC COMM CARE 336-555-0163   11/21/2025 16:41   P. {p}/{n}"
B01_CHIRO_FAX = [
    "!TAR RIVER SPINE & CHIROPRACTIC, PLLC",
    "1120 Sunset Ave Ste B, Rocky Mount NC 27804  Ph 252-555-0118",
    "VA Community Care - Records Return (Ref #4312207)",
    "",
    "Patient: Denise Halvorsen   DOB 04/19/1968   Auth: VA0043312207",
    "Provider: Camille Stroud-Ferreira, DC",
    "",
    "!VISIT LOG / TREATMENT SUMMARY",
    "Date      Tx                                  Pain  Response",
    "08/12/25  Exam, SIJ mobs L, core HEP issued   7     sore after",
    "08/19/25  Drop-table L innominate, STM        7     same",
    "08/26/25  SIJ mobs, glute activation          6     better 1 day",
    "09/09/25  Adj + HEP progression (bridges)     6",
    "09/23/25  Adj, IASTM L glute                  7     flare after yardwork",
    "10/07/25  Adj, HEP reviewed, pt compliant     6",
    "10/14/25  Adj (post SIJ inj 10/02)            3     better since inj",
    "10/21/25  Adj, McGill big 3                   3",
    "10/28/25  Adj                                 4",
    "11/04/25  Adj                                 6     'shot wearing off'",
    "11/11/25  Adj, HEP                            7",
    "11/18/25  Re-exam, discharge                  7",
    "",
    "!DISCHARGE 11/18/2025",
    "12 visits 08/12/25 - 11/18/25 completed under SEOC. Temporary relief after",
    "adjustments (hrs to 1 day), no lasting change. Pain stays L PSIS/buttock,",
    "no radiation below the gluteal fold. Continue home program (bridges, bird",
    "dog, side plank) daily. Return to VA pain clinic. No further chiro planned.",
    "",
    "Camille Stroud-Ferreira, DC   (signed electronically 11/18/2025)",
]

B01_RAD1 = [
    "                       PIEDMONT CREST VAMC - RADIOLOGY",
    "",
    "Exm Date: JUN 17, 2025@09:41      Req Phys: IWU-CASTELLANOS,ADAEZE",
    "Pat Loc: PRIMARY CARE GOLD (Req'g Loc)     Img Loc: RAD GENERAL",
    "",
    "(Case 061725-2210 COMPLETE) XR PELVIS 1 OR 2 VIEWS          (RAD  Detailed) CPT:72170",
    "(Case 061725-2211 COMPLETE) XR SACROILIAC JOINTS 3+ VIEWS   (RAD  Detailed) CPT:72202",
    "(Case 061725-2212 COMPLETE) XR HIP LEFT 2-3 VIEWS           (RAD  Detailed) CPT:73502",
    "",
    "Clinical History: L buttock/SIJ pain x 2 yrs. Eval SIJ and L hip.",
    "",
    "Report Status: Verified                   Date Reported: JUN 17, 2025",
    "                                          Date Verified: JUN 17, 2025",
    "Verifier E-Sig:/ES/ GUNNARSDOTTIR-PAYNE,ELIN MD",
    "",
    "Report:",
    "PELVIS / SI JOINTS: Bilateral SI joints are symmetric in width. Mild",
    "subchondral sclerosis along the iliac side of the L SI joint with small",
    "anterior osteophyte. No SI joint erosions. No fracture. No lytic or",
    "blastic lesion. Pubic symphysis unremarkable. Surgical clips in pelvis.",
    "",
    "LEFT HIP: Mild superior joint space narrowing of the left hip with tiny",
    "acetabular osteophyte. Femoral head spherical, no AVN. No fracture.",
    "",
    "Impression:",
    "1. Mild degenerative change of the left SI joint, no erosions.",
    "2. Mild left hip osteoarthritis.",
    "",
    "Primary Diagnostic Code: MINOR ABNORMALITY",
    "",
    "Primary Interpreting Staff:",
    "  ELIN GUNNARSDOTTIR-PAYNE, MD, Staff Radiologist",
    "/EGP",
]

B01_RAD2 = [
    "                       PIEDMONT CREST VAMC - RADIOLOGY",
    "",
    "Exm Date: JUN 30, 2025@18:20      Req Phys: IWU-CASTELLANOS,ADAEZE",
    "(Case 063025-0934 COMPLETE) MRI LUMBAR SPINE W/O CONT       (MRI  Detailed) CPT:72148",
    "",
    "Clinical History: LBP L buttock, prior R sciatica 2011. ?radiculopathy",
    "Report Status: Verified         Date Verified: JUL 01, 2025",
    "",
    "Report: Five lumbar-type vertebrae. Alignment normal. Conus at L1.",
    "L3-4: Minimal disc bulge. No stenosis.",
    "L4-5: Mild disc bulge and facet hypertrophy, mild bilateral foraminal",
    "narrowing without nerve root compression. Canal patent.",
    "L5-S1: Small central disc protrusion with annular fissure, not contacting",
    "the S1 nerve roots. No foraminal stenosis.",
    "Visualized SI joints: mild L SIJ subchondral signal change.",
    "",
    "Impression: Mild lumbar spondylosis without central canal stenosis or",
    "nerve root impingement at any level.",
    "",
    "Primary Diagnostic Code: MINOR ABNORMALITY",
    "/ES/ RUTHERFORD-AKANDE,SIMONE MD",
    "",
    "-" * 84,
    "Exm Date: SEP 02, 2025@11:05      Req Phys: SAEVARSDOTTIR,HELGA",
    "(Case 090225-1177 COMPLETE) CT PELVIS W/O CONT              (CT   Detailed) CPT:72192",
    "",
    "Clinical History: chronic L SIJ pain, pre-procedural planning; r/o",
    "sacroiliitis",
    "Report Status: Verified         Date Verified: SEP 02, 2025",
    "",
    "Report: L SI joint: subchondral sclerosis and small vacuum phenomenon in the",
    "inferior joint, small bridging anterior osteophytes. Joint margins are well",
    "defined; no erosions, no joint widening, no periarticular lucency. R SI",
    "joint normal. No destructive osseous lesion. No fracture. Mild L hip",
    "degenerative change. Uterus surgically absent.",
    "",
    "Impression: Degenerative arthropathy of the L SI joint. No erosive",
    "sacroiliitis. No fracture or destructive lesion.",
    "",
    "Primary Diagnostic Code: ABNORMALITY, ATTN. NEEDED",
    "/ES/ RUTHERFORD-AKANDE,SIMONE MD",
]

B01_PHARM = [
    "                 OUTPATIENT PRESCRIPTION PROFILE (ACTIVE + EXPIRED 13 MO)",
    "HALVORSEN,DENISE R   DOB 04/19/1968  Wt 88.5 kg   ADR: SULFA (rash)",
    "Pharmacy: PIEDMONT CREST VAMC OP / CMOP          Printed 03/10/2026",
    "",
    "Rx #       Drug / Sig                                  Stat  Issued    Last Fill  Rem",
    "2288104    NAPROXEN 500MG TAB  1 PO BID W/FOOD        A     01/21/25  02/18/26   2",
    "           fills: 02/14/25 05/12/25 08/06/25 11/03/25 02/18/26 (90 day)",
    "2288105    ACETAMINOPHEN 500MG TAB 2 PO TID PRN PAIN  A     01/21/25  01/27/26   3",
    "2301177    OMEPRAZOLE 20MG CAP 1 PO QAM                A     01/21/25  01/27/26   3",
    "2290455    LISINOPRIL 20MG TAB 1 PO DAILY              A     03/04/25  12/29/25   1",
    "2294012    CYCLOBENZAPRINE 5MG TAB 1 PO QHS PRN        E     04/08/25  04/08/25   0",
    "           (expired 07/07/25 - pt stopped, 'too groggy')",
    "2296630    CAPSAICIN 0.025% CRM APPLY TO L BUTTOCK TID  DC    05/06/25  05/06/25   0",
    "",
    "Prosthetics / non-Rx items:",
    "  05/06/25  TENS UNIT, 2-CH (EMPI-type) + electrodes, issued by PM&R/PSAS",
    "            Sig per PT: L SIJ/buttock, 30 min 2-3x daily, started 05/06/25",
    "  06/10/25  SI JOINT BELT, L",
    "  09/15/25  TENS electrodes refill (box 40)",
    "  01/12/26  TENS electrodes refill (box 40)",
    "",
    "Non-VA meds documented: OTC heating pad nightly; glucosamine (pt-reported)",
    "",
    "Pharmacist note 01/27/26: Adherence by fill history ~95% for naproxen over",
    "past 12 mo. BP controlled. Reviewed GI risk, continue PPI. /es/ T. NAKAYAMA-ROSS, PharmD",
]

B01_CLASS = [
    "LOCAL TITLE: WHOLE HEALTH GROUP - PAIN SCHOOL",
    "STANDARD TITLE: WHOLE HEALTH GROUP NOTE",
    "DATE OF NOTE: JUL 31, 2025@14:00      ENTRY DATE: JUL 31, 2025@16:30:08",
    "      AUTHOR: MBATHA-QUINTERO,ROSALIND (HEALTH COACH)",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Group: PAIN SCHOOL (6-session series)  Facilitators: R. Mbatha-Quintero,",
    "Whole Health coach; D. Farrow, PhD (Pain Psychology)",
    "",
    "Attendance log - HALVORSEN,DENISE R",
    "  Session  Date       Topic                          Attended  Pain(0-10)",
    "  1        06/26/25   Pain neuroscience basics       Y         6",
    "  2        07/03/25   Pacing & activity planning     Y         7",
    "  3        07/10/25   Sleep & pain                   N (VVC issue)",
    "  4        07/17/25   Movement / tai chi intro       Y         5",
    "  5        07/24/25   Thoughts, mood & pain           Y         6",
    "  6        07/31/25   Flare plan / next steps        Y         6",
    "",
    "Veteran engaged, completed flare plan (heat, TENS, pacing). PHQ-2 = 0.",
    "PCL not indicated. States 'it's one spot, not all over'; no widespread body",
    "pain reported. Interested in tai chi class.",
    "",
    "/es/ ROSALIND MBATHA-QUINTERO",
    "WHOLE HEALTH COACH",
    "Signed: 07/31/2025 16:34",
]


def cprs(lines):
    return {"kind": "cprs", "lines": lines, "hdr": P1H, "ftr": P1F}


B01 = {
    "id": "b6m-01", "form": "folder", "gold": "meets_criteria",
    "packet_json": {"request_date": "2026-03-12", "procedure_codes": ["27279"],
                    "member_id": "NCM-30811-4472-06", "policy": "MP-MM-1366"},
    "files": [
        {"name": "01_cover_request.pdf", "docs": [
            {"kind": "form", "lines": B01_COVER, "ftr": ["PCVAMC MCCR UR fax cover - VA Form 10-0525b (local)"]},
            {"kind": "form", "lines": B01_FORM, "ftr": ["CareSource NC PA request form - Marketplace - rev. 01/2025 - page 1 of 1"]}]},
        {"name": "02_cprs_progress_notes.pdf", "docs": [
            cprs(B01_ORTHO + ["<<PB>>"] + B01_INJ1 + ["<<PB>>"] + B01_INJ2 + ["<<PB>>"] + B01_PAINFU
                 + ["<<PB>>"] + B01_PT + ["", "=" * 88, ""] + B01_CLASS)]},
        {"name": "03_community_care.pdf", "docs": [
            cprs(B01_CC_REFERRAL),
            {"kind": "fax", "res": "fine", "lines": B01_CHIRO_FAX, "banner": P1_FAXB, "local": True}]},
        {"name": "04_radiology_pharmacy.pdf", "docs": [
            cprs(B01_RAD1 + ["<<PB>>"] + B01_RAD2 + ["<<PB>>"] + B01_PHARM)]},
    ],
    "labels": {
        "procedure": "percutaneous", "request_date": "2026-03-12", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "does not radiate into the thigh or leg",
                "well below the belt line and caudal to L5"]},
            "perc.pain_severity": {"status": "met", "evidence": ["L SIJ pain 7/10 today"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "tender to palpation over the L posterior SIJ / sulcus",
                "L greater trochanter nontender",
                "No midline or paraspinal lumbar tenderness"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Episode: 04/08/2025 - 07/22/2025, 13 visits",
                "12 visits 08/12/25 - 11/18/25 completed under SEOC"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "NAPROXEN 500MG TAB 1 PO BID W/FOOD",
                "L SIJ/buttock, 30 min 2-3x daily, started 05/06/25"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust (P4) POS concordant L buttock pain",
                "Compression (side-lying) POS"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen's POS L hip extended off table",
                "FABER / Patrick's POS posterior pain, no groin pain"]},
            "perc.diagnostic_injections": {"status": "met", "evidence": [
                ">= 70% relief for the duration of bupivacaine",
                "~71-86% relief through hr 3-4, consistent w/ bupivacaine duration",
                "Omnipaque 240, 0.5 mL - intra-articular spread"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "Waddell signs 0/5.",
                "no widespread body pain reported"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No erosive sacroiliitis. No fracture or destructive lesion.",
                "Mild degenerative change of the left SI joint, no erosions"]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Mild left hip osteoarthritis."]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "without central canal stenosis or nerve root impingement"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "corticosteroid effect not durable after 2 intra-articular injections",
                "relief lasted ~3 weeks; pain back to 6-7/10"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "No clinical features of inflammatory spondyloarthropathy; HLA-B27 negative"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No fracture or destructive lesion."]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "No fall, no MVA, no recent trauma to the pelvis."]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "No other more likely pain generator identified",
                "without central canal stenosis or nerve root impingement"]},
        },
    },
}


# --------------------------------------------------------------------------- b6m-02
P2_NAME, P2_ID, P2_SITE = "BRANNIGAN,TERRENCE J", "(B8036)", "NEUSE RIVER VAMC"
P2H = cprs_hdr(P2_NAME, P2_ID, P2_SITE)
P2F = cprs_ftr(P2_NAME, P2_ID, P2_SITE, "01/14/2026 15:52")
P2_BANNER = "FROM: ENO RIDGE ORTHO 919-555-0276    TO: CARESOURCE UM    01/20/2026 09:18   P. {p}/{n}"

B02_COVER = [
    "!ENO RIDGE ORTHOPAEDIC SPECIALISTS, PA",
    "Spine & Pelvis Reconstruction",
    "315 Churton Grove Blvd, Hillsborough NC 27278",
    "Tel 919-555-0270   Fax 919-555-0276",
    "",
    "!        *** F A X ***",
    "",
    "To:    CareSource NC Marketplace - Prior Auth / UM",
    "Fax:   1-844-555-0187",
    "From:  Yesenia Calloway-Haas, surgical scheduler",
    "Date:  01/20/2026        Pages incl cover: 10",
    "",
    "Re:    BRANNIGAN, TERRENCE J   DOB 09/02/1962",
    "       Member ID NCM-71260-0935-01",
    "       Pre-service request: OPEN R sacroiliac joint",
    "       arthrodesis, CPT 27280. DOS pending auth.",
    "",
    "[ ] Urgent  [X] For review  [ ] Please reply  [ ] FYI",
    "",
    "Comments: Pt is a Veteran - VA community care referral",
    "(attached) plus VA imaging/notes he brought in. CareSource",
    "is primary for this surgery per pt/benefits check 01/09.",
    "Call w/ questions, ext 214.",
    "",
    "",
    "This fax may contain PHI. If you are not the intended",
    "recipient, call 919-555-0270 and destroy this document.",
]

B02_FORM = [
    "!CARESOURCE NORTH CAROLINA - PRIOR AUTHORIZATION REQUEST",
    "Fax 1-844-555-0187                       Marketplace / Outpt & Inpt",
    "-----------------------------------------------------------------",
    "MEMBER: Brannigan, Terrence J     DOB 09/02/1962",
    "ID: NCM-71260-0935-01             Ph 919-555-6604",
    "-----------------------------------------------------------------",
    "REQUESTING MD: Anselm Okereke-Vance, MD (Ortho Spine)",
    "NPI 1609938245   Eno Ridge Orthopaedic Specialists, PA",
    "Ph 919-555-0270  Fax 919-555-0276   Contact: Yesenia ext 214",
    "FACILITY: Orange Piedmont Surgical Hospital  NPI 1326617790",
    "-----------------------------------------------------------------",
    "Request date: 01/20/2026      Planned DOS: TBD (Feb/Mar 2026)",
    "[X] Inpatient (2 nights)  [ ] Outpatient  [ ] Office",
    "",
    "CPT   27280  Arthrodesis, open, sacroiliac joint, including",
    "             obtaining bone graft, incl instrumentation  x1  RIGHT",
    "CPT   20937  Autograft, morselized, separate incision   x1",
    "ICD10 M53.3   Sacrococcygeal disorders NEC",
    "      M47.898 Other spondylosis, sacral/sacrococcygeal",
    "      Z98.1   Arthrodesis status",
    "",
    "INDICATION FOR OPEN SIJ FUSION (check all that apply):",
    " [ ] Post-traumatic SIJ injury / pelvic ring fx",
    " [ ] SIJ infection / osteomyelitis / sepsis",
    " [ ] Sacral tumor",
    " [ ] Part of multisegment long fusion for deformity",
    " [ ] Failed prior percutaneous SIJ fusion",
    " [X] Other: Degenerative right SI joint / SI joint syndrome,",
    "     failed conservative care > 2 yrs",
    "",
    "Prior SIJ surgery: none    Prior lumbar: L5-S1 ALIF 2017",
    "",
    "Attached: LMN, office note 12/16/25, VA CT pelvis 11/04/25,",
    "VA MRI L-spine 08/19/25, VA notes, med list.",
    "",
    "Prescriber signature: A. Okereke-Vance MD    Date 01/19/2026",
]

B02_LMN = [
    "!ENO RIDGE ORTHOPAEDIC SPECIALISTS, PA",
    "",
    "January 19, 2026",
    "",
    "CareSource North Carolina, Utilization Management",
    "",
    "RE: Terrence J. Brannigan   DOB 09/02/1962",
    "    LETTER OF MEDICAL NECESSITY - open R SIJ arthrodesis (27280)",
    "",
    "To whom it may concern,",
    "",
    "Mr. Brannigan is a 63 year old Navy veteran I am seeing",
    "through VA Community Care for intractable right sided low",
    "back and buttock pain. He had an L5-S1 ALIF in 2017 for",
    "discogenic pain and did well until about 2022, when right",
    "buttock pain began. His symptoms and exam localize to the",
    "right sacroiliac joint. He has had physical therapy,",
    "NSAIDs, a TENS unit and two SIJ injections with only brief",
    "relief. The indication for surgery is severe degenerative",
    "arthropathy of the right sacroiliac joint (SI joint",
    "syndrome), progressive on serial imaging.",
    "",
    "CT pelvis at the VA in November 2025 shows advanced",
    "degenerative change with vacuum phenomenon and bridging",
    "osteophytes. His lumbar MRI reportedly shows foraminal",
    "narrowing, but he has no radicular symptoms and his fusion",
    "is solid.",
    "",
    "I am recommending an OPEN rather than a percutaneous",
    "approach because of his body habitus (BMI 38), the large",
    "anterior osteophytes, and his own preference for a",
    "'definitive' operation with grafting. There is no history",
    "of pelvic fracture, infection, or tumor, and he has not had",
    "a prior SI joint fusion.",
    "",
    "I respectfully request approval.",
    "",
    "Anselm Okereke-Vance, MD",
    "Orthopaedic Spine Surgery, Eno Ridge Orthopaedic Specialists",
]

B02_OFFICE = [
    "!ENO RIDGE ORTHOPAEDIC SPECIALISTS - OFFICE VISIT",
    "Pt: BRANNIGAN, TERRENCE J  DOB 09/02/1962  MRN ER-0088317",
    "DOS 12/16/2025   Provider: A. Okereke-Vance, MD",
    "Referral: VA CCN auth VA0052209183 (ortho spine, SEOC 1.2)",
    "",
    "CC: R low back / buttock pain, 'feels like a knife in the",
    "dimple'.",
    "HPI: 63M, s/p L5-S1 ALIF (2017, Duke). Pain R PSIS region",
    "x ~3.5 yrs, gradually worse. No leg pain, no paresthesias.",
    "Worse w/ prolonged sitting, stairs, getting out of car.",
    "Pain 7/10 today. Denies trauma. PT 2024 + 2025, HEP,",
    "meloxicam, TENS. R SIJ injections 04/2025 + 08/2025 at VA:",
    "~2 wks relief each.",
    "PMH: OSA on CPAP, DM2 (A1c 7.1), HTN, obesity, PTSD.",
    "FHx: brother - sacral chordoma (2015, resected). Mother DM.",
    "SHx: ret. Navy machinist mate. Quit tob 2004. EtOH rare.",
    "",
    "EXAM: BMI 38.2. Gait nonantalgic. TTP R SIJ sulcus.",
    "Thigh thrust +R, FABER +R, Gaenslen +R, compression +.",
    "Neg SLR bilat. 5/5 LE strength, sensation intact. DTR 1+",
    "sym. Hips full ROM, painless.",
    "",
    "IMAGING (VA, reviewed on disc): CT pelvis 11/04/25 - adv",
    "R SIJ DJD, vacuum, bridging anterior osteophytes, no",
    "erosion. MRI L-spine 08/19/25 - solid L5-S1 fusion.",
    "",
    "A: 1. R SI joint syndrome / degenerative R SIJ (M53.3)",
    "   2. s/p L5-S1 ALIF - adjacent SIJ degeneration",
    "P: Discussed open vs MIS SIJ fusion. Pt wants open with",
    "   graft. Will submit auth to OHI (CareSource) and notify",
    "   VA CC. Pre-op clearance PCP + sleep med.",
    "",
    "e-signed A. Okereke-Vance MD 12/16/2025 17:40",
]

B02_CONSULT = [
    "CONSULT REQUEST / RESULTS        Consult No.: 5120934",
    "",
    "To Service: COMMUNITY CARE-ORTHOPEDIC SPINE     From: PRIMARY CARE BLUE",
    "Requesting Provider: DESMARAIS-OYELOWO,CORINNE  Service is to be rendered on an",
    "OUTPATIENT basis     Place: Consultant's choice     Urgency: Routine",
    "Orderable Item: COMMUNITY CARE-ORTHO SPINE        Clinically indicated date:",
    "                                                  NOV 20, 2025",
    "Reason For Request:",
    "63M chronic R buttock/SIJ pain after L5-S1 ALIF (2017). CT pelvis 11/04/25 adv",
    "R SIJ DJD. Failed PT x2, meloxicam, TENS, R SIJ inj x2 (PM&R). Request spine",
    "surgery eval for SIJ fusion. Pt prefers community provider (drive time > 60",
    "min to VA spine). Eligibility: Drive time. SEOC: ORTHOPEDICS SPINE 1.2.",
    "",
    "Provisional Diagnosis: Sacroiliac joint dysfunction, right (M53.3)",
    "",
    "Inter-facility information: not an inter-facility consult",
    "",
    "Status: ACTIVE        Last Action: SCHEDULED",
    "Facility Activity            Date/Time/Zone      Responsible Person  Entered by",
    "------------------------------------------------------------------------------",
    "CPRS RELEASED ORDER          11/20/25 14:05      DESMARAIS-OYELOWO,C",
    "COMMENT                      11/21/25 08:31      BANERJEE-HOLT,R     (CC RN)",
    "  Eligibility confirmed, referral packet sent HSRM to Eno Ridge Ortho.",
    "SCHEDULED                    12/02/25 10:12      OSTRANDER,KYLE (MSA)",
    "  Appt 12/16/25 Dr Okereke-Vance. Veteran notified via phone + letter.",
    "COMMENT                      01/09/26 15:40      BANERJEE-HOLT,R",
    "  Outside office states surgery (open SIJ fusion) to be billed to Veteran's",
    "  OHI. VA CC not authorizing surgery under this SEOC. RN discussed w/ pt.",
    "",
    "Receipt acknowledged by: OSTRANDER,KYLE   11/24/25 07:55",
]

B02_CT = [
    "                           NEUSE RIVER VAMC - RADIOLOGY",
    "",
    "Exm Date: NOV 04, 2025@13:12      Req Phys: OLUWASEUN-MARKS,TOBIAS (PM&R)",
    "(Case 110425-3318 COMPLETE) CT PELVIS W/O CONT              (CT   Detailed) CPT:72192",
    "(Case 110425-3319 COMPLETE) XR PELVIS 1 OR 2 VIEWS          (RAD  Detailed) CPT:72170",
    "",
    "Clinical History: R SIJ pain refractory to inj x2; surgical referral planned.",
    "Report Status: Verified   Date Reported: NOV 04, 2025   Date Verified: NOV 05, 2025",
    "Verifier E-Sig:/ES/ VILLANUEVA-STROM,ISOLDE MD",
    "",
    "Report:",
    "Comparison: MRI pelvis 12/03/2024 (outside window of most recent films).",
    "",
    "XR PELVIS AP: Intact L5-S1 interbody device. Sclerosis and narrowing of the",
    "right SI joint. Hips: mild symmetric joint space narrowing.",
    "",
    "CT PELVIS: Right SI joint - marked joint space narrowing with extensive",
    "vacuum phenomenon, subchondral sclerosis and subchondral cyst formation on",
    "the iliac side, and bridging anterior osteophytes. Findings progressed since",
    "12/2024 MRI. No erosions or periarticular osteopenia. Left SI joint: mild",
    "sclerosis only. No fracture. No lytic or sclerotic lesion. No soft tissue",
    "collection. Solid L5-S1 interbody fusion.",
    "",
    "Impression:",
    "1. Advanced degenerative arthrosis of the right sacroiliac joint,",
    "   progressed from 12/2024.",
    "2. No fracture, erosive change, or aggressive osseous lesion.",
    "",
    "Primary Diagnostic Code: ABNORMALITY, ATTN. NEEDED",
    "",
    "Primary Interpreting Staff:",
    "  ISOLDE VILLANUEVA-STROM, MD, Staff Radiologist",
    "/IVS",
    "",
    "=" * 84,
    "Exm Date: DEC 03, 2024@08:44      Req Phys: OLUWASEUN-MARKS,TOBIAS (PM&R)",
    "(Case 120324-0412 COMPLETE) MRI PELVIS W/O CONT             (MRI  Detailed) CPT:72195",
    "Report: Moderate degenerative change of the right SI joint with subchondral",
    "sclerosis. No bone marrow edema or erosions. No sacral insufficiency fracture.",
    "Impression: Moderate right SIJ osteoarthrosis. No sacroiliitis.",
    "Primary Diagnostic Code: MINOR ABNORMALITY",
    "/ES/ HOLLOWAY-KIM,GRANT MD",
]

B02_MRI = [
    "                           NEUSE RIVER VAMC - RADIOLOGY",
    "",
    "Exm Date: AUG 19, 2025@19:02      Req Phys: DESMARAIS-OYELOWO,CORINNE",
    "(Case 081925-2257 COMPLETE) MRI LUMBAR SPINE W/O CONT       (MRI  Detailed) CPT:72148",
    "",
    "Clinical History: R buttock pain, hx L5-S1 ALIF. Eval adjacent segment,",
    "?radiculopathy.",
    "Report Status: Verified         Date Verified: AUG 20, 2025",
    "",
    "Report: Susceptibility artifact from L5-S1 anterior interbody device; solid",
    "osseous bridging. L4-5: mild disc desiccation and broad bulge, mild facet",
    "arthropathy. Mild left L4-5 foraminal narrowing without nerve root",
    "impingement. Central canal patent. L3-4 and above: unremarkable. Conus",
    "normal. No fluid collection.",
    "",
    "Impression:",
    "1. Solid L5-S1 interbody fusion.",
    "2. Mild L4-5 adjacent segment degeneration. No neural compression.",
    "",
    "Primary Diagnostic Code: MINOR ABNORMALITY",
    "/ES/ VILLANUEVA-STROM,ISOLDE MD",
]

B02_ED = [
    "LOCAL TITLE: ED PROVIDER NOTE",
    "STANDARD TITLE: EMERGENCY DEPT NOTE",
    "DATE OF NOTE: OCT 27, 2024@22:41      ENTRY DATE: OCT 28, 2024@01:15:37",
    "      AUTHOR: FAIRWEATHER-NDIAYE,LUC (PA-C)   EXP COSIGNER: KOWALCZYK,ANNA MD",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "CC: R buttock pain worse x 4 days, subjective fevers",
    "HPI: 62M w/ DM2, prior L5-S1 ALIF, chronic R SIJ pain, presents w/ acute",
    "worsening, 'chills' at home, temp 100.1 at home. No trauma. No urinary sx.",
    "Exam: T 99.4, HR 92. TTP R SIJ, no erythema/fluctuance. Neuro intact.",
    "Labs: WBC 8.9, ESR 18, CRP 0.9, A1c 7.4. BCx x2 drawn.",
    "MDM: Ddx flare of SIJ arthropathy vs r/o septic sacroiliitis given DM and",
    "reported fever. Low suspicion. Discussed w/ Dr Kowalczyk.",
    "Plan: d/c w/ return precautions, BCx pending, f/u PCP 1 wk, MRI pelvis",
    "ordered outpt. Ketorolac 15 mg IM x1 given.",
    "/es/ LUC FAIRWEATHER-NDIAYE, PA-C",
    "Signed: 10/28/2024 01:20",
    "",
    "ADDENDUM                           STATUS: COMPLETED",
    "DATE OF NOTE: DEC 05, 2024@09:10      ENTRY DATE: DEC 05, 2024@09:10:02",
    "      AUTHOR: KOWALCZYK,ANNA MD",
    "Blood cultures final: no growth x 5 days (both sets). MRI pelvis 12/03/24:",
    "no bone marrow edema, no effusion, no evidence of septic sacroiliitis or",
    "osteomyelitis. Infection excluded. Pt informed by phone.",
    "/es/ ANNA KOWALCZYK, MD",
    "Signed: 12/05/2024 09:14",
    "",
    "Receipt Acknowledged By:",
    "12/05/2024 11:02        /es/ CORINNE DESMARAIS-OYELOWO, MD",
]

B02_PHARM = [
    "                 OUTPATIENT MEDICATION PROFILE - NEUSE RIVER VAMC",
    "BRANNIGAN,TERRENCE J  (B8036)  DOB 09/02/1962   ADR: NKDA   Printed 01/14/2026",
    "",
    "Rx #      Medication                                  ST  Iss'd     Lst Fl    Qty",
    "4471920   MELOXICAM 15MG TAB TAKE 1 DAILY FOR PAIN     A   02/03/25  12/30/25  90",
    "4471921   ACETAMINOPHEN 650MG SA TAB 1 Q8H PRN         A   02/03/25  12/30/25  180",
    "4465018   METFORMIN 1000MG TAB 1 BID                   A   06/11/24  12/30/25  180",
    "4465019   LOSARTAN 50MG TAB 1 DAILY                    A   06/11/24  12/30/25  90",
    "4490112   SERTRALINE 100MG TAB 1 DAILY                 A   08/22/24  11/18/25  90",
    "4502277   LIDOCAINE 4% PATCH APPLY R BUTTOCK 12H ON/OFF A  05/19/25  11/18/25  30",
    "4480031   PRAZOSIN 2MG CAP 1 QHS                       A   08/22/24  11/18/25  90",
    "",
    "Prosthetics: TENS 2-channel issued 03/11/2025 (PM&R) - R SIJ, 30 min BID-TID",
    "             CPAP supplies (sleep)",
    "",
    "Problem list (active): OSA; DM2; HTN; PTSD; obesity; SIJ dysfunction R;",
    "Arthrodesis status (L5-S1).",
]

B02_PMR = [
    "LOCAL TITLE: PM&R INTERVENTIONAL PROCEDURE",
    "STANDARD TITLE: PHYSICAL MEDICINE & REHAB PROCEDURE NOTE",
    "DATE OF NOTE: AUG 28, 2025@10:20      ENTRY DATE: AUG 28, 2025@13:02:48",
    "      AUTHOR: OLUWASEUN-MARKS,TOBIAS    EXP COSIGNER:",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Procedure: R SIJ injection under fluoroscopy (2nd; 1st was 04/15/2025).",
    "Pre-procedure pain: R SIJ 7/10. No leg symptoms.",
    "Fluoro-guided entry into inferior R SIJ, 1 mL Omnipaque 180 w/ arthrogram,",
    "then 2 mL 0.25% bupivacaine + dexamethasone 10 mg. No complications.",
    "Post: 15 min 2/10, 30 min 2/10. Pt d/c home w/ diary.",
    "",
    "F/u phone 09/15/25 (RN): relief ~2 wks, now back to baseline 7/10. Pt asks",
    "about surgery; has read about 'the bigger open operation' online.",
    "",
    "Impression: R SIJ mediated pain, steroid benefit short-lived x2. Continue",
    "meloxicam, TENS, lidocaine patch. Refer spine surgery (community care per",
    "pt request, drive time). PT 2nd episode completed 07/2025 - see PT d/c.",
    "",
    "/es/ TOBIAS OLUWASEUN-MARKS, DO",
    "PHYSICAL MEDICINE & REHABILITATION",
    "Signed: 08/28/2025 13:06",
]


def cprs2(lines):
    return {"kind": "cprs", "lines": lines, "hdr": P2H, "ftr": P2F}


def fax2(lines):
    return {"kind": "fax", "res": "std", "lines": lines, "banner": P2_BANNER}


B02 = {
    "id": "b6m-02", "form": "single", "gold": "does_not_meet_criteria",
    "files": [
        {"name": "b6m-02.pdf", "docs": [
            fax2(B02_COVER), fax2(B02_FORM), fax2(B02_LMN), fax2(B02_OFFICE),
            cprs2(B02_CONSULT), cprs2(B02_CT), cprs2(B02_MRI), cprs2(B02_PMR), cprs2(B02_ED), cprs2(B02_PHARM)]}],
    "labels": {
        "procedure": "open", "request_date": "2026-01-20", "determination": "does_not_meet_criteria",
        "criteria": {
            "open.indication": {"status": "not_met", "evidence": [
                "Other: Degenerative right SI joint / SI joint syndrome,",
                "severe degenerative arthropathy of the right sacroiliac joint",
                "R SI joint syndrome / degenerative R SIJ (M53.3)"]},
            "open.recent_imaging": {"status": "met", "evidence": [
                "Advanced degenerative arthrosis of the right sacroiliac joint,",
                "marked joint space narrowing with extensive"]},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "Mild L4-5 adjacent segment degeneration. No neural compression.",
                "foraminal narrowing without nerve root"]},
        },
    },
}

# --------------------------------------------------------------------------- b6m-03
P3_NAME, P3_ID, P3_SITE = "ABERNATHY-SOTO,MARISOL",  "(A2958)", "SMOKY RIDGE VAMC"
P3H = cprs_hdr(P3_NAME, P3_ID, P3_SITE)
P3F = cprs_ftr(P3_NAME, P3_ID, P3_SITE, "02/17/2026 13:27")
P3_BANNER = "02/18/2026 10:52  FROM: SMOKY RIDGE VAMC NSGY  828-555-0391  TO: 18445550187  P. {p}/{n}"
P3_BANNER_CC = "JAN-16-2026 08:03  PISGAH INTERVENTIONAL PAIN  8285550448  >>  VA CC 8285550377  P.{p}/{n}"

B03_COVER = [
    "!SMOKY RIDGE VA MEDICAL CENTER",
    "Neurosurgery Section (112N) / Pre-certification",
    "1100 Tunnel Rd, Candler NC 28715   Tel 828-555-0390",
    "",
    "!FAX COVER SHEET",
    "",
    "DATE:   02/18/2026",
    "TO:     CareSource NC - Utilization Management",
    "FAX #:  1-844-555-0187",
    "FROM:   Glenna Rutherford-Iqbal, LPN, Neurosurgery",
    "FAX #:  828-555-0391        PHONE: 828-555-0390 x4417",
    "PAGES:  10 (including cover)",
    "",
    "RE: Prior authorization - ABERNATHY-SOTO, MARISOL",
    "    DOB 11/30/1976   CareSource ID NCM-55904-1187-02",
    "    L SI joint fusion, minimally invasive - CPT 27279",
    "",
    "Notes: Veteran carries OHI (CareSource Marketplace through",
    "employer exchange). Surgeon requests auth now so surgery can",
    "be scheduled after the repeat SI block in March. Records:",
    "NSGY note, PT, community care pain mgmt records, imaging,",
    "med profile.",
    "",
    "",
    "CONFIDENTIAL: This transmission contains information",
    "protected by 38 U.S.C. 5701/7332 and HIPAA. If received in",
    "error, phone 828-555-0390 and shred.",
]

B03_FORM = [
    "!CARESOURCE NC MARKETPLACE - PRIOR AUTHORIZATION REQUEST",
    "Fax completed form + clinicals to 1-844-555-0187",
    "",
    "1. MEMBER",
    "   Name: Abernathy-Soto, Marisol        DOB: 11/30/1976",
    "   Member ID: NCM-55904-1187-02          Sex: F",
    "2. REQUESTING PROVIDER",
    "   Theodora Vukovich-Ansah, MD  Neurosurgery  NPI 1730582264",
    "   Smoky Ridge VAMC, 1100 Tunnel Rd, Candler NC 28715",
    "   Ph 828-555-0390 x4417       Fax 828-555-0391",
    "3. SERVICING FACILITY",
    "   Smoky Ridge VAMC Surgical Service (same-day surgery)",
    "4. REQUEST",
    "   Date of request: 02/18/2026",
    "   Type: [X] Elective  [ ] Urgent",
    "   Setting: [X] Outpatient  [ ] Inpatient",
    "   Proposed DOS: after 03/05/2026 (TBD)",
    "   CPT 27279 x1  LEFT - percutaneous/minimally invasive",
    "   SIJ arthrodesis w/ image guidance, transfixing device",
    "   Dx: M53.3 Sacroiliac joint dysfunction, left",
    "       M54.50 Low back pain, unspecified",
    "5. CLINICAL INFORMATION",
    "   Chronic L SIJ pain since 2023, failed PT (stopped d/t",
    "   pain), NSAID, patches, heat. One fluoro SIJ block w/",
    "   steroid 12/18/25: 71% relief. Confirmatory block sched.",
    "",
    "   Signature: T. Vukovich-Ansah MD       Date: 02/17/2026",
]

B03_NSGY = [
    "LOCAL TITLE: NEUROSURGERY OUTPATIENT NOTE",
    "STANDARD TITLE: NEUROSURGERY OUTPATIENT NOTE",
    "DATE OF NOTE: FEB 05, 2026@09:30      ENTRY DATE: FEB 05, 2026@09:30:18",
    "      AUTHOR: VUKOVICH-ANSAH,THEODORA   EXP COSIGNER:",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Vitals 02/05/26 09:12: BP 128/79, P 68, T 97.9, WT 161 lb, PAIN: 6",
    "",
    "49 y/o F USAF veteran (aircraft maintenance) seen for L sided low back/",
    "buttock pain, referred by PCP Dr. Harjo-Lindqvist for SIJ fusion opinion.",
    "",
    "Hx: Remote L S1 radiculopathy 2016 -> L5-S1 L hemilaminotomy/microdiscectomy",
    "(Charlotte). Leg pain resolved completely after surgery (pain was 9/10 in",
    "2016, leg only). Current pain started 2023 without injury: L buttock, medial",
    "to the PSIS, below L5 level. Non-radiating - no thigh, calf or foot sx, no",
    "numbness. Hurts w/ standing on L leg, stairs, turning in bed, long drives.",
    "L SIJ pain VAS 65/100 mm today.",
    "",
    "Tx hx:",
    "  - PT 09/2025 - stopped after 4 visits d/t increased pain (see PT note)",
    "  - Meloxicam 15 mg daily since 02/2025; lidocaine 4% patches; heat wrap qhs",
    "  - L L5 TFESI 06/2024 (outside, for 'sciatica' concern) - <20% relief, no",
    "    leg sx at the time; in retrospect not the pain generator",
    "  - L SIJ injection (fluoro, contrast, lido + Kenalog) 12/18/25 at Pisgah",
    "    Interventional Pain via community care - good immediate relief, steroid",
    "    effect wore off ~3 wks (records scanned)",
    "  - Repeat confirmatory L SIJ block scheduled 03/05/2026 (CC)",
    "",
    "PMH: PTSD, MDD in remission, migraine, L distal radius fx 2018 (ORIF),",
    "hypothyroid. Rheum eval 2021 for diffuse aches: did not meet criteria for",
    "fibromyalgia; no inflammatory arthritis.",
    "FHx: sister - fibromyalgia; father - lung ca. No AS/IBD/psoriasis.",
    "SHx: works as HVAC dispatcher, 2 teens at home. Non-smoker. Walks dog.",
    "",
    "!Exam",
    "Alert, cooperative, no distress. Ambulates w/o device; shortened stance L.",
    "Focal TTP over L posterior SIJ (sulcus/long dorsal lig) - reproduces pain.",
    "No tenderness of greater trochanters bilaterally. No lumbar spinous or",
    "paraspinal tenderness. Coccyx nontender. Healed midline lumbar incision.",
    "Waddell 0/5 (no overreaction, no nonanatomic findings).",
    "SIJ provocation (L): thigh thrust POSITIVE (concordant); distraction",
    "POSITIVE; FABER (Patrick) POSITIVE, posterior; compression - not tested;",
    "Gaenslen - unable to position (hip ext limited by pain).",
    "Neuro: 5/5 throughout, sensation intact incl. L S1, Achilles 2+ sym, SLR",
    "negative bilat. Hip ROM: L full, painless; R mild groin ache at end IR.",
    "",
    "!Imaging reviewed",
    "XR SI jts 08/2025, MRI pelvis/SIJ 10/2025, MRI L-spine 10/2025 (reports in",
    "CPRS). R hip XR 08/2025 (ordered by PCP for R groin ache). L hip not yet",
    "imaged - XR L hip 2 views ordered today, pending.",
    "",
    "!Assessment",
    "L SIJ dysfunction with concordant exam and 1 positive diagnostic block.",
    "Not yet confirmed w/ 2nd block; steroid trial x1 only. Prior L S1",
    "radiculopathy resolved, MRI shows no recurrent compression.",
    "",
    "!Plan",
    "- Confirmatory L SIJ block 03/05/26 (CC) - pt to keep pain diary",
    "- L hip XR (ordered)",
    "- Submit OHI pre-cert now for MIS L SIJ fusion, CPT 27279, to allow",
    "  scheduling; final decision after block results",
    "- Continue meloxicam/patches/heat; HEP as tolerated",
    "",
    "/es/ THEODORA VUKOVICH-ANSAH, MD",
    "NEUROSURGEON",
    "Signed: 02/05/2026 12:41",
    "",
    "Receipt Acknowledged By:",
    "02/06/2026 07:58        /es/ WENONAH HARJO-LINDQVIST, DO",
    "                             PRIMARY CARE",
]

B03_PT = [
    "LOCAL TITLE: PT CONSULT RESULT / DISCONTINUE",
    "STANDARD TITLE: PHYSICAL THERAPY CONSULT",
    "DATE OF NOTE: OCT 02, 2025@11:45      ENTRY DATE: OCT 02, 2025@12:30:51",
    "      AUTHOR: DEGRASSE-MWANGI,NOELLE (PT)   EXP COSIGNER:",
    "     URGENCY:                              STATUS: COMPLETED",
    "",
    "Consult #: 6632018 PHYSICAL THERAPY OUTPT - L SIJ pain, stabilization program",
    "",
    "Visits: 09/09/25 (eval), 09/16/25, 09/23/25, 10/02/25",
    "",
    "Program: lumbopelvic stabilization, glute med/max strengthening, SIJ belt",
    "trial, HEP (bridges, clamshells, bird dog) w/ written handout 09/09/25.",
    "",
    "Course: Pt attended all visits and performed the HEP daily per log, but",
    "L SIJ pain rose from 6/10 to 8/10 after each session and the day after,",
    "w/ limping and 2 nights of poor sleep after the 09/23 visit. Regressed",
    "program (isometrics only) 10/02 - still provoked 8/10 pain.",
    "",
    "Assessment: Unable to tolerate active stabilization program; pain",
    "consistently increased w/ loading. Pt motivated, not a compliance issue.",
    "Therapy discontinued secondary to increased pain per pt and PT.",
    "HEP also stopped for bridges/bird dog (provokes pain); continue walking",
    "as tolerated and heat. Recommend pain mgmt / spine eval.",
    "",
    "Consult status: COMPLETE (discontinued - intolerance)",
    "",
    "/es/ NOELLE DEGRASSE-MWANGI, PT, DPT",
    "PHYSICAL THERAPIST",
    "Signed: 10/02/2025 12:36",
]

B03_CC_PROC = [
    "!PISGAH INTERVENTIONAL PAIN ASSOCIATES",
    "88 Brevard Rd Ste 300, Asheville NC 28806  Ph 828-555-0447",
    "VA Community Care Network - auth VA0061139802",
    "",
    "!PROCEDURE NOTE",
    "Patient: ABERNATHY-SOTO, MARISOL   DOB 11/30/1976",
    "Date: 12/18/2025   Physician: R. Castellano-Mehta, MD",
    "Procedure: LEFT sacroiliac joint injection, fluoroscopic",
    "guidance, with arthrogram (CPT 27096)",
    "Pre-op dx: L SIJ pain.  Pre-procedure pain: 7/10",
    "",
    "Prone, sterile prep. 25g needle to inferior L SIJ under",
    "AP/oblique fluoroscopy. Isovue-M 200, 0.5 mL: intra-",
    "articular contrast pattern confirmed, no vascular runoff.",
    "Injected 1 mL 2% lidocaine + 40 mg triamcinolone.",
    "No complications. Discharged ambulatory.",
    "",
    "!POST-BLOCK PAIN LOG (pt-completed, returned 12/19/25)",
    "  Time        Pain 0-10    Activity",
    "  Pre         7            walking",
    "  15 min      1            walking hall",
    "  30 min      1            sit-stand x5",
    "  1 hr        2            car ride home",
    "  2 hr        4            ",
    "  4 hr        6            ",
    "  6 hr        6            ",
    "Relief: 86% at 30 min, 71% at 1 hr (lidocaine window).",
    "Positive diagnostic block #1. Recommend 2nd confirmatory",
    "block per payer criteria before surgical referral.",
    "",
    "R. Castellano-Mehta, MD (electronically signed 12/18/2025)",
]

B03_CC_FU = [
    "!PISGAH INTERVENTIONAL PAIN ASSOCIATES - TELEPHONE F/U",
    "Patient: ABERNATHY-SOTO, MARISOL   DOB 11/30/1976",
    "Date: 01/15/2026   RN: Dorothea Vance-Ibekwe, RN",
    "",
    "Pt reports the steroid helped ~3 weeks after the 12/18",
    "L SIJ injection, then pain returned to baseline around",
    "01/08. Pain now 6/10 L buttock, no leg symptoms.",
    "Hx reviewed: L L5 TFESI 06/2024 elsewhere w/ <20% relief.",
    "No other SIJ injections before 12/18/25.",
    "",
    "Plan per Dr Castellano-Mehta: repeat (confirmatory)",
    "L SIJ block 03/05/2026 at 07:30 - VA CC auth extension",
    "requested. Pt to hold meloxicam 3 days prior.",
    "Records faxed to VA Community Care.",
    "",
    "D. Vance-Ibekwe, RN   01/15/2026 14:20",
    "Reviewed: R. Castellano-Mehta, MD 01/15/2026",
]

B03_RAD1 = [
    "                           SMOKY RIDGE VAMC - RADIOLOGY",
    "",
    "Exm Date: AUG 12, 2025@10:05      Req Phys: HARJO-LINDQVIST,WENONAH",
    "(Case 081225-1840 COMPLETE) XR SACROILIAC JOINTS 3+ VIEWS   (RAD  Detailed) CPT:72202",
    "(Case 081225-1841 COMPLETE) XR HIP RIGHT 2-3 VIEWS          (RAD  Detailed) CPT:73502",
    "",
    "Clinical History: L SIJ pain; separate R groin ache w/ IR.",
    "Report Status: Verified         Date Verified: AUG 12, 2025",
    "",
    "Report:",
    "SACROILIAC JOINTS (AP angled, obliques): Mild subchondral sclerosis of the",
    "left SI joint iliac side. Joint spaces preserved. No erosions, no",
    "ankylosis. No fracture or destructive lesion. Postsurgical change L5.",
    "",
    "RIGHT HIP: Moderate right hip osteoarthritis with superolateral joint space",
    "narrowing, acetabular and femoral head osteophytes and subchondral",
    "sclerosis. No fracture.",
    "",
    "Impression:",
    "1. Mild left SI joint degenerative change without erosions.",
    "2. Moderate right hip osteoarthritis.",
    "",
    "Primary Diagnostic Code: ABNORMALITY, ATTN. NEEDED",
    "/ES/ PETRAKIS-ODUYA,MIRIAM MD",
]

B03_RAD2 = [
    "                           SMOKY RIDGE VAMC - RADIOLOGY",
    "",
    "Exm Date: OCT 21, 2025@16:40      Req Phys: HARJO-LINDQVIST,WENONAH",
    "(Case 102125-0771 COMPLETE) MRI PELVIS W/O CONT (SIJ PROTOCOL) (MRI Detailed) CPT:72195",
    "(Case 102125-0772 COMPLETE) MRI LUMBAR SPINE W/O CONT          (MRI Detailed) CPT:72148",
    "",
    "Clinical History: L SIJ pain, r/o sacroiliitis; hx L5-S1 discectomy 2016.",
    "Report Status: Verified         Date Verified: OCT 22, 2025",
    "",
    "Report:",
    "PELVIS/SIJ: No bone marrow edema, erosions, or fat metaplasia at either SI",
    "joint. Mild degenerative subchondral change L SI joint. 1.4 cm perineural",
    "(Tarlov) cyst at S2 on the right, incidental. No marrow replacing lesion.",
    "No sacral insufficiency or other fracture. Included portions of the hips",
    "are unremarkable.",
    "",
    "LUMBAR SPINE: Postsurgical change L L5-S1 hemilaminotomy with mild",
    "epidural fibrosis. No recurrent disc herniation. Traversing L S1 root not",
    "compressed. L4-5 mild facet arthropathy. No central canal or foraminal",
    "stenosis at any level.",
    "",
    "Impression:",
    "1. No MRI evidence of sacroiliitis. Mild L SIJ degenerative change.",
    "2. Incidental R S2 Tarlov cyst.",
    "3. Postop L5-S1 without recurrent herniation or neural compression.",
    "",
    "Primary Diagnostic Code: MINOR ABNORMALITY",
    "/ES/ PETRAKIS-ODUYA,MIRIAM MD",
]

B03_PHARM = [
    "                  OUTPATIENT MEDICATION PROFILE - SMOKY RIDGE VAMC",
    "ABERNATHY-SOTO,MARISOL  (A2958)   DOB 11/30/1976   ADR: CODEINE (nausea)",
    "Printed 02/17/2026",
    "",
    "Rx #     Drug                                      Sig                 Stat Lst Fill",
    "772044   MELOXICAM 15MG TAB                        1 PO DAILY W/ FOOD  ACT  02/02/26",
    "         fill hx: 02/11/25 05/07/25 08/04/25 11/03/25 02/02/26 (#90)",
    "772045   LIDOCAINE 4% PATCH                        1 TO L LOW BACK     ACT  01/12/26",
    "                                                   12H ON 12H OFF",
    "781330   HEAT WRAP, LOWER BACK (THERMACARE-TYPE)   USE QHS PRN         ACT  12/01/25",
    "760118   SERTRALINE 150MG TAB                      1 PO DAILY          ACT  01/20/26",
    "760119   LEVOTHYROXINE 88MCG TAB                   1 PO QAM            ACT  01/20/26",
    "765502   SUMATRIPTAN 50MG TAB                      1 PO PRN MIGRAINE   ACT  10/14/25",
    "749900   GABAPENTIN 300MG CAP                      1 PO TID            EXP  2016",
    "         (post-discectomy; stopped 2016, leg pain resolved)",
    "",
    "Pharmacist review 02/02/26: meloxicam adherence 100% by refill record x 12",
    "mo. Renal fx nl (Cr 0.7). /es/ B. OYAMA-FLETCHER, PharmD",
]


def cprs3(lines):
    return {"kind": "cprs", "lines": lines, "hdr": P3H, "ftr": P3F}


B03 = {
    "id": "b6m-03", "form": "folder", "gold": "insufficient_documentation",
    "packet_json": None,
    "files": [
        {"name": "01_fax_cover_request.pdf", "docs": [
            {"kind": "fax", "res": "fine", "lines": B03_COVER, "banner": P3_BANNER},
            {"kind": "fax", "res": "fine", "lines": B03_FORM, "banner": P3_BANNER}]},
        {"name": "02_nsgy_pt_notes.pdf", "docs": [cprs3(B03_NSGY), cprs3(B03_PT)]},
        {"name": "03_community_care_pain_records.pdf", "docs": [
            {"kind": "fax", "res": "std", "lines": B03_CC_PROC + ["<<PB>>"] + B03_CC_FU,
             "banner": P3_BANNER_CC, "local": True}]},
        {"name": "04_imaging_meds.pdf", "docs": [cprs3(B03_RAD1), cprs3(B03_RAD2), cprs3(B03_PHARM)]},
    ],
    "labels": {
        "procedure": "percutaneous", "request_date": "2026-02-18", "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "to the PSIS, below L5 level. Non-radiating",
                "Non-radiating - no thigh, calf or foot sx"]},
            "perc.pain_severity": {"status": "met", "evidence": ["L SIJ pain VAS 65/100 mm today."]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "Focal TTP over L posterior SIJ (sulcus/long dorsal lig)",
                "No tenderness of greater trochanters bilaterally",
                "No lumbar spinous or paraspinal tenderness"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Therapy discontinued secondary to increased pain per pt and PT.",
                "Unable to tolerate active stabilization program"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "fill hx: 02/11/25 05/07/25 08/04/25 11/03/25 02/02/26",
                "Meloxicam 15 mg daily since 02/2025"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "thigh thrust POSITIVE (concordant)"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "distraction POSITIVE; FABER (Patrick) POSITIVE, posterior"]},
            "perc.diagnostic_injections": {"status": "insufficient", "evidence": []},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "Waddell 0/5 (no overreaction, no nonanatomic findings)",
                "did not meet criteria for fibromyalgia"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No MRI evidence of sacroiliitis. Mild L SIJ degenerative change.",
                "Mild left SI joint degenerative change without erosions."]},
            "perc.hip_imaging": {"status": "insufficient", "evidence": []},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "Postop L5-S1 without recurrent herniation or neural compression.",
                "No central canal or foraminal stenosis at any level"]},
            "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "no inflammatory arthritis", "No MRI evidence of sacroiliitis."]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No marrow replacing lesion.",
                "No sacral insufficiency or other fracture."]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "Current pain started 2023 without injury"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "Postop L5-S1 without recurrent herniation or neural compression.",
                "MRI shows no recurrent compression"]},
        },
    },
}

PACKETS = [B01, B02, B03]


# ---------------------------------------------------------------- pagination
def paginate(doc):
    """doc['lines'] -> list of page line-lists; '<<PB>>' forces a break."""
    cap = {"cprs": MONO_LINES, "form": FORM_LINES, "fax": FAX_LINES}[doc["kind"]]
    pages, cur = [], []
    for ln in doc["lines"]:
        if ln == "<<PB>>":
            pages.append(cur); cur = []; continue
        if len(cur) >= cap:
            pages.append(cur); cur = []
        cur.append(ln)
    if cur:
        pages.append(cur)
    return pages


# ---------------------------------------------------------------- text pages
def text_page_pdf(kind, lines, hdr, ftr):
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for s in lines + (hdr or []) + (ftr or []):
        s.encode("latin-1")  # core fonts only
    if kind == "cprs":
        y = 34
        pdf.set_font("Courier", size=8.5)
        for h in hdr or []:
            pdf.text(38, y, h); y += 10.5
        y += 6
        pdf.set_font("Courier", size=9)
        for ln in lines:
            bold = ln.startswith("!")
            if bold:
                ln = ln[1:]
                pdf.set_font("Courier", "B", 9)
            pdf.text(40, y, ln)
            if bold:
                pdf.set_font("Courier", size=9)
            y += 11.2
        pdf.set_font("Courier", size=8)
        y = 792 - 14 - 10 * len(ftr or [])
        for f in ftr or []:
            pdf.text(38, y, f); y += 10
    else:  # form / letter: proportional
        y = 44
        for ln in lines:
            if ln.startswith("!!"):
                pdf.set_font("Helvetica", "B", 13); pdf.text(50, y, ln[2:]); y += 17; continue
            if ln.startswith("!"):
                pdf.set_font("Helvetica", "B", 10); pdf.text(50, y, ln[1:]); y += 13.2; continue
            if ln.startswith("---"):
                pdf.set_line_width(0.6); pdf.line(50, y - 6, 562, y - 6); y += 6; continue
            pdf.set_font("Helvetica", size=10)
            pdf.text(50, y, ln)
            y += 13.2
        pdf.set_font("Helvetica", size=7.5)
        yy = 792 - 22
        for f in ftr or []:
            pdf.text(50, yy, f); yy += 9
    return bytes(pdf.output())


# ---------------------------------------------------------------- fax pages
def fax_page_pdf(lines, res, banner, seed):
    rnd = random.Random(seed)
    W = int(LETTER_W_IN * 204)           # 1734
    H = int(LETTER_H_IN * 196)           # 2156 (render grid, ~square)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fs = 30                              # ~11 pt at 196 dpi
    font = ImageFont.truetype(MONO_TTF, fs)
    fontb = ImageFont.truetype(MONO_B_TTF, fs)
    x0, y = 118, 150
    for ln in lines:
        f = font
        if ln.startswith("!"):
            ln, f = ln[1:], fontb
        assert len(ln) <= 84, ("fax line too long", ln)
        d.text((x0, y), ln, font=f, fill=rnd.choice([0, 10, 25]))
        y += 37
    assert y < H - 60, "fax page overflow"
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, center=(W / 2, H / 2))
    # banner (sender TTI, not skewed)
    d = ImageDraw.Draw(img)
    bf = ImageFont.truetype(MONO_TTF, 24)
    d.rectangle([0, 0, W, 64], fill=255)
    d.text((40, 22), banner, font=bf, fill=0)
    if res == "std":
        img = img.resize((W, H // 2), Image.BOX)
    a = np.array(img, dtype=np.float32)
    a += np.array([[rnd.gauss(0, 1)]])  # noop keep deterministic shape
    nprnd = np.random.RandomState(seed)
    a += nprnd.normal(0, 18, a.shape)
    bw = (a > 150)
    h, w = bw.shape
    # specks
    for _ in range(rnd.randint(120, 260)):
        yy, xx = rnd.randrange(h), rnd.randrange(w)
        r = rnd.choice([0, 0, 1, 1, 2])
        bw[max(0, yy - r):yy + r + 1, max(0, xx - r):xx + r + 1] = False
    # horizontal dropouts (lost scan lines)
    for _ in range(rnd.randint(2, 5)):
        yy = rnd.randrange(80 if res == "fine" else 40, h - 10)
        bw[yy:yy + rnd.choice([1, 1, 2]), :] = True
    # a vertical streak from a dirty scanner glass on some pages
    if rnd.random() < 0.5:
        xx = rnd.randrange(200, w - 200)
        bw[:, xx] = bw[:, xx] & (nprnd.rand(h) > 0.35)
    out = Image.fromarray((bw * 255).astype(np.uint8)).convert("1")
    b = io.BytesIO()
    out.save(b, format="TIFF", compression="group4", dpi=(204, 196 if res == "fine" else 98))
    return img2pdf.convert(b.getvalue())


# ---------------------------------------------------------------- build
def build_packet(p):
    """Returns list of (filename, [page_pdf_bytes], [page_text], [is_fax]) and writes files."""
    files = []
    total_pages = sum(len(paginate(doc)) for f in p["files"] for doc in f["docs"])
    pno = 0
    for f in p["files"]:
        pages, texts, faxflags = [], [], []
        for doc in f["docs"]:
            plist = paginate(doc)
            for i, lines in enumerate(plist):
                pno += 1
                if doc["kind"] == "fax":
                    if doc.get("local"):
                        banner = doc["banner"].format(p=i + 1, n=len(plist))
                    else:
                        banner = doc["banner"].format(p=pno, n=total_pages)
                    pages.append(fax_page_pdf(lines, doc["res"], banner, seed=hash_seed(p["id"], pno)))
                    texts.append(banner + "\n" + "\n".join(l.lstrip("!") for l in lines))
                    faxflags.append(doc["res"])
                else:
                    hdr = [h.format(i=i + 1, n=len(plist)) for h in doc.get("hdr", [])]
                    ftr = [x.format(i=i + 1, n=len(plist)) for x in doc.get("ftr", [])]
                    pages.append(text_page_pdf(doc["kind"], lines, hdr, ftr))
                    texts.append(None)
                    faxflags.append(None)
        files.append((f["name"], pages, texts, faxflags))
    return files


def hash_seed(pid, pno):
    return sum(ord(c) * (i + 1) for i, c in enumerate(pid)) * 1000 + pno


def merge(pages):
    w = pypdf.PdfWriter()
    for b in pages:
        r = pypdf.PdfReader(io.BytesIO(b))
        w.add_page(r.pages[0])
    w.add_metadata({"/Producer": "b6m generator", "/CreationDate": "D:20260301000000Z"})
    bio = io.BytesIO(); w.write(bio)
    return bio.getvalue()


def write_all():
    summary = []
    for p in PACKETS:
        files = build_packet(p)
        pid = p["id"]
        if p["form"] == "single":
            assert len(files) == 1
            path = os.path.join(OUT, pid + ".pdf")
            open(path, "wb").write(merge(files[0][1]))
            json.dump(p["labels"], open(os.path.join(OUT, pid + ".labels.json"), "w"), indent=2)
        else:
            d = os.path.join(OUT, pid)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
            for name, pages, _, _ in files:
                open(os.path.join(d, name), "wb").write(merge(pages))
            if p.get("packet_json"):
                json.dump(p["packet_json"], open(os.path.join(d, "packet.json"), "w"), indent=2)
            json.dump(p["labels"], open(os.path.join(d, "labels.json"), "w"), indent=2)
        summary.append((p, files))
    return summary


# ---------------------------------------------------------------- self-check
def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def check(summary):
    ok = True
    def fail(msg):
        nonlocal ok
        ok = False
        print("  FAIL:", msg)
    for p, files in summary:
        pid, lab = p["id"], p["labels"]
        print(f"== {pid} ({p['form']})")
        # read back
        page_texts, fax_info = [], []
        for name, pages, rtexts, faxflags in files:
            path = os.path.join(OUT, pid + ".pdf") if p["form"] == "single" else os.path.join(OUT, pid, name)
            with pdfplumber.open(path) as pl:
                assert len(pl.pages) == len(pages)
                for i, pg in enumerate(pl.pages):
                    t = pg.extract_text() or ""
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        fail(f"{name} p{i+1} not US Letter")
                    if faxflags[i]:
                        if t.strip():
                            fail(f"{name} p{i+1} fax page has a text layer")
                        reader = pypdf.PdfReader(path)
                        xo = reader.pages[i]["/Resources"]["/XObject"]
                        objs = [xo[k].get_object() for k in xo]
                        filt = [o.get("/Filter") for o in objs]
                        if not all("/CCITTFaxDecode" in str(f_) for f_ in filt) or any(o.get("/BitsPerComponent") != 1 for o in objs):
                            fail(f"{name} p{i+1} fax image not 1-bit CCITT: {filt}")
                        cols = objs[0]["/DecodeParms"]["/Columns"] if not isinstance(objs[0]["/DecodeParms"], list) else objs[0]["/DecodeParms"][0]["/Columns"]
                        rows = objs[0]["/Height"]
                        dpi = (round(cols / 8.5), round(rows / 11))
                        fax_info.append((len(page_texts) + 1, dpi))
                        page_texts.append(rtexts[i])
                    else:
                        if len(t.strip()) < 50:
                            fail(f"{name} p{i+1} text page has little text")
                        page_texts.append(t)
        n = len(page_texts)
        print(f"   pages={n} files={len(files)} fax pages={[(pn, f'{a}x{b}') for pn, (a, b) in fax_info]}")
        if not 4 <= n <= 20:
            fail(f"page count {n}")
        if not fax_info:
            fail("no faxed pages")
        # criteria set
        want = PERC if lab["procedure"] == "percutaneous" else OPEN
        if sorted(lab["criteria"]) != sorted(want):
            fail(f"criteria set mismatch: {set(want) ^ set(lab['criteria'])}")
        st = [lab["criteria"][c]["status"] for c in want]
        if determination(st) != lab["determination"]:
            fail(f"determination {lab['determination']} != {determination(st)}")
        if lab["determination"] != p["gold"]:
            fail("gold determination differs from brief")
        if "facts" in lab:
            fail("facts present")
        # evidence
        normed = [norm(t) for t in page_texts]
        for c in want:
            e = lab["criteria"][c]
            if e["status"] not in ("met", "not_met", "insufficient"):
                fail(f"{c} bad status")
            if e["status"] == "insufficient":
                if e["evidence"]:
                    fail(f"{c} insufficient with evidence")
                continue
            if not 1 <= len(e["evidence"]) <= 3:
                fail(f"{c} evidence count {len(e['evidence'])}")
            for s in e["evidence"]:
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    fail(f"{c} snippet word count {nw}: {s!r}")
                hits = [i + 1 for i, t in enumerate(normed) if norm(s) in t]
                if not hits:
                    fail(f"{c} snippet not found: {s!r}")
                else:
                    where = ",".join(f"p{h}{'(fax)' if any(h == fp for fp, _ in fax_info) else ''}" for h in hits)
                    print(f"   ok {c:38s} {e['status']:8s} {where:14s} {s!r}")
        for c in want:
            if lab["criteria"][c]["status"] == "insufficient":
                print(f"   ok {c:38s} insufficient")
        # packet metadata sanity
        if lab["procedure"] == "percutaneous":
            assert any("27279" in t for t in page_texts)
        else:
            assert any("27280" in t for t in page_texts)
        if not any(lab["request_date"] in t or
                   "{1}/{2}/{0}".format(*lab["request_date"].split("-")) in t for t in page_texts) and not p.get("packet_json"):
            fail("request date not found in packet")
        print(f"   determination={lab['determination']} procedure={lab['procedure']} request_date={lab['request_date']}")
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    s = write_all()
    sys.exit(0 if check(s) else 1)
