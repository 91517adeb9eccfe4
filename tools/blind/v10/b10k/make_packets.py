#!/usr/bin/env python3
"""Deterministic generator for blind set v10, prefix b10k (NC DOC re-entry world).

Writes ./packets/ from scratch.  Text pages are rendered with fpdf2; faxed pages are
rasterised with Pillow (bilevel, CCITT G4 in TIFF) and wrapped with img2pdf.
Run:  /work/writer-venv/bin/python make_packets.py
The page model (PACKETS) is importable; selfcheck.py uses it for faxed-page text.
"""
import io, json, os, random, shutil
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FD = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- page model
# A page is a dict: kind "text" or "fax"; font "mono"|"sans"|"serif"; size pt;
# lines: list of str ("## " prefix = bold); fax pages: dpi "fine"|"std", banner, seed.

def T(lines, font="mono", size=9.0):
    return {"kind": "text", "font": font, "size": size, "lines": lines}

def F(lines, banner, dpi="fine", seed=1, rot=0.6):
    return {"kind": "fax", "font": "mono", "lines": lines, "banner": banner,
            "dpi": dpi, "seed": seed, "rot": rot}

# ================================================================ b10k-01
P1 = dict(name="WHITFIELD, DARNELL RAY", dob="03/14/1979", mid="NCM884210733", opus="1093358")
H1 = "WHITFIELD, DARNELL R  | OPUS# 1093358 | DOB 03/14/1979"

b01_request = [T([
    "## CareSource North Carolina - Marketplace",
    "## PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY / PROCEDURE",
    "Fax completed form and clinicals to 1-844-555-0192     Phone 1-844-555-0190",
    "",
    "Date of request: 11/16/2026        Urgency: [X] Standard   [ ] Expedited",
    "",
    "MEMBER",
    "  Name: Darnell Ray Whitfield              DOB: 03/14/1979      Sex: M",
    "  Member ID: NCM884210733                  Plan: CareSource NC Marketplace Silver 4",
    "  Address: 2217 Phillips Ave Apt 4, Greensboro NC 27405   Phone: (336) 555-0148",
    "",
    "REQUESTING / RENDERING PROVIDER",
    "  Aaron K. Tolliver, MD - Orthopaedic Spine Surgery   NPI 1588203746",
    "  Triad Orthopaedic & Spine Associates, 3104 Northline Ave Ste 210, Greensboro NC 27408",
    "  Phone (336) 555-0771   Fax (336) 555-0779   Contact: Renee Batts, surgery scheduler",
    "",
    "FACILITY: Northline Surgery Center (ASC)   NPI 1932077514   Place of service: 24",
    "",
    "SERVICE REQUESTED",
    "  CPT      Description                                                   Units",
    "  27279    Arthrodesis, sacroiliac joint, percutaneous or minimally       1",
    "           invasive, with image guidance, incl. placement of transfixing device",
    "  Side: [X] Right  [ ] Left  [ ] Bilateral     Anticipated date: 12/2026",
    "",
    "DIAGNOSIS (ICD-10-CM)",
    "  M53.3   Sacrococcygeal disorders, not elsewhere classified (R SIJ dysfunction)",
    "  M54.59  Other low back pain",
    "",
    "Clinical summary (attach records): R SI joint pain since 2025, failed PT/HEP,",
    "NSAIDs, 3 fluoroscopic SIJ injections. See attached DOC health records and",
    "post-release records.",
    "",
    "Attachments: [X] Office notes [X] Imaging [X] Injection notes [X] PT [X] Med list",
    "",
    "Provider signature: Aaron K. Tolliver, MD (e-signed)      Date: 11/16/2026",
], font="mono", size=9.0)]

b01_consult = [T([
    "## TRIAD ORTHOPAEDIC & SPINE ASSOCIATES",
    "3104 Northline Ave Ste 210, Greensboro NC 27408   (336) 555-0771",
    "",
    "## SPINE SURGERY CONSULTATION",
    "Patient: Whitfield, Darnell R     DOB: 03/14/1979     MRN: TOS-0448271",
    "Date of service: 10/28/2026      Provider: Aaron K. Tolliver, MD",
    "Referred by: Lakeisha Monroe, FNP - Eastgate Community Health Center",
    "",
    "CHIEF COMPLAINT: Right low back / buttock pain x >1 year.",
    "",
    "HPI: 47 y/o M released from NC DAC custody (Sandhills Ridge CI) on 05/29/2026.",
    "Pain began in summer 2025 while incarcerated, no specific injury; he worked in the",
    "prison kitchen lifting 50-lb boxes. Pain is located over the right posterior",
    "pelvis/upper buttock below the belt line, just medial to the PSIS. It is",
    "non-radiating - he points with one finger to the R PSIS. No leg pain, no",
    "numbness or tingling. Worse with sitting on the steel bunk, climbing stairs and",
    "rolling in bed; better lying on the L side. R SIJ pain 7/10 today, ranges 6-8/10.",
    "",
    "Treatment to date: supervised PT in the DOC infirmary 01/2026-04/2026 plus cell",
    "HEP; outpatient PT at Gate City Rehab 06/2026-09/2026. Naproxen 500 mg BID in",
    "custody 12/2025 to release, then meloxicam 15 mg daily since 06/10/2026;",
    "acetaminophen 500 mg prn; heating pad nightly since release. R SIJ injections",
    "03/18/2026 (Lumber River Community Hosp, in custody), 08/05/2026 (diagnostic",
    "lidocaine block) and 09/23/2026 at Piedmont Interventional Spine - each gave",
    "short-term relief. After the 09/23 steroid injection relief lasted about 10",
    "days and the pain is back to baseline.",
    "",
    "PMH: HTN; hx L sciatica 2022 - resolved after prednisone taper, no recurrence;",
    "R distal radius fracture 2019 (ORIF, healed). Depression, stable on sertraline.",
    "FH: mother - rheumatoid arthritis; father - DM2.",
    "SH: former smoker (quit 2024), no alcohol. Lives with sister. Works day labor.",
    "",
    "MEDICATIONS: meloxicam 15 mg daily; acetaminophen 500 mg 1-2 tab q8h prn;",
    "lisinopril 10 mg daily; sertraline 50 mg daily.",
    "ALLERGIES: NKDA",
], font="mono", size=8.8), T([
    "Whitfield, Darnell R   DOB 03/14/1979   DOS 10/28/2026                 Page 2 of 2",
    "",
    "EXAM: BP 138/86. BMI 29. Gait non-antalgic, sits on L buttock.",
    "Lumbar: no midline tenderness, paraspinals nontender, ROM full with mild pain at",
    "end extension. SLR negative bilaterally. Strength 5/5 L2-S1, reflexes 2+ sym.",
    "Sensation intact. Waddell signs 0/5.",
    "Palpation: tender over the R PSIS / sacral sulcus, reproduces his pain.",
    "Greater trochanter nontender bilaterally. Coccyx nontender. L SIJ nontender.",
    "",
    "SIJ provocation (right):",
    "   Thigh thrust (P4) ........ positive R",
    "   Compression .............. negative",
    "   Distraction .............. negative",
    "   FABER (Patrick) .......... positive R",
    "   Gaenslen ................. positive R",
    "Hip: R hip IR/ER full, no groin pain with log roll.",
    "",
    "IMAGING REVIEWED:",
    "- XR pelvis / bilat SIJ and R hip 12/18/2025 (DOC): see report.",
    "- CT pelvis 02/12/2026 Lumber River Community Hospital: R SIJ degenerative",
    "  change with vacuum phenomenon; no erosion, no destructive lesion.",
    "- MRI L-spine 07/14/2026 (Greensboro Imaging): no stenosis or root impingement.",
    "- HLA-B27 negative (DOC lab 01/2026), ESR 9, CRP <0.5.",
    "",
    "ASSESSMENT: Right sacroiliac joint dysfunction (M53.3), mechanical, refractory",
    "to >6 months of PT/HEP and NSAIDs; concordant response to image-guided",
    "blocks x3. No evidence of inflammatory sacroiliitis. Lumbar spine not the",
    "pain generator.",
    "",
    "PLAN: R percutaneous SIJ fusion (CPT 27279), triangular titanium implants x3.",
    "Risks/benefits discussed incl. nonunion, implant malposition, nerve injury.",
    "Prior authorization to be submitted. Continue meloxicam, HEP.",
    "",
    "Electronically signed: Aaron K. Tolliver, MD   10/28/2026 16:42",
], font="mono", size=8.8)]

b01_sickcall = F([
    "NC DEPARTMENT OF ADULT CORRECTION - HEALTH SERVICES",
    "INMATE SICK CALL REQUEST  (DC-Health 0407)          Facility: SANDHILLS RIDGE CI",
    "",
    "Name: WHITFIELD, DARNELL       OPUS#: 1093358     Unit/Bed: DORM C-2 / 14B",
    "Date submitted: 11/20/25   Time: 0610",
    "",
    "Describe your problem (own words):",
    "  my lower back on the RIGHT side by the tail bone been hurting since",
    "  summer. hurts to sit on the bunk and to get up. it dont go down my",
    "  leg. the motrin from canteen dont help no more. need to see provider",
    "",
    "Inmate signature: D. Whitfield      [X] I understand a $7.00 copay applies",
    "----------------------------------------------------------------------",
    "NURSE PROTOCOL ASSESSMENT      Seen: 11/21/25 0815   Escort: Ofc. Pruitt",
    "Protocol: Back Pain (NP-14)",
    "S: R low back/buttock pain x 4-5 mo, no trauma, no bowel/bladder change,",
    "   denies numbness/weakness, denies radiation to leg.",
    "O: VS T 98.1 P 78 R 16 BP 134/84. Ambulates w/o assist. Tender R low back",
    "   near SI region. Pain 6/10.",
    "A: Alteration in comfort - musculoskeletal.",
    "P: Per protocol APAP 325 mg 2 tab BID x 5 days (DOT). Back care handout.",
    "   Warm compress ok. Refer to provider - chronic pain / R SI.",
    "   [X] Referred to MLP/MD   [ ] Return prn only",
    "Nurse: T. Hargrove, LPN              Reviewed: K. Oduya, RN",
], banner="11/24/2026 09:14  FROM: 9195550330 NCDAC HEALTH RECORDS       TO: 3365550779   P. 01/10",
   dpi="std", seed=11, rot=0.8)

b01_ccnote = [T([
    "NC DAC HEALTH SERVICES - eCHART (HERO)                  PRINTED 11/24/2026 08:55",
    "Facility: SANDHILLS RIDGE CI        Patient: WHITFIELD, DARNELL R  OPUS# 1093358",
    "Encounter: PROVIDER CLINIC - CHRONIC CARE / PAIN      Date: 12/10/2025 13:20",
    "Provider: Marisol Ventura, PA-C     Escort: none (general population)",
    "-------------------------------------------------------------------------------",
    "S: 46 yo M GP referred from sick call for R low back/buttock pain since ~07/2025.",
    "   Works kitchen detail. Pain R buttock at belt line, no radiation, no leg sx.",
    "   Sitting on bunk and stairs to C-2 upper tier aggravate. Canteen ibuprofen",
    "   no longer helping. Rates pain 7/10. PMH: HTN. hx L sciatica 2022 (resolved).",
    "O: BP 136/88. Gait normal. No lumbar midline TTP. TTP R SIJ/PSIS. GT nontender.",
    "   SLR neg bilat. Motor/sensory intact LE. FABER + R. Gaenslen + R.",
    "   Thigh thrust + R. Distraction neg.",
    "A: R sacroiliac joint pain, mechanical. r/o inflammatory sacroiliitis (FH RA in",
    "   mother) - check HLA-B27, ESR, CRP.",
    "P: 1. Naproxen 500 mg PO BID - KOP, 30-day cards, renew x 6 mo.",
    "   2. Acetaminophen 500 mg 2 tab BID prn - KOP.",
    "   3. SIJ/core home exercise program - handout #PT-22 issued and reviewed in",
    "      clinic (pelvic tilts, bridges, bird-dog, piriformis stretch; 2x/day in",
    "      cell). Recheck HEP at PT eval.",
    "   4. Mobile x-ray: AP pelvis, bilat SIJ, R hip 2V.",
    "   5. UR request: Physical therapy eval/tx (infirmary), 1x/wk x 12-16 wk.",
    "   6. Bottom bunk pass x 6 mo. Low-bunk / no-stairs restriction.",
    "   7. RTC chronic care 90 days or prn.",
    "Signed: M. Ventura, PA-C 12/10/2025 13:58",
    "-------------------------------------------------------------------------------",
    "Encounter: PROVIDER CLINIC - FOLLOW UP                 Date: 04/15/2026 10:05",
    "S: s/p R SIJ injection at Lumber River Comm Hosp 03/18/26 - near-complete relief",
    "   x ~3 wks, pain returned to 7/10 by 04/10. Completing infirmary PT 04/22.",
    "   Taking naproxen KOP, some missed doses per MAR (refused 3/2, 3/3 - lockdown).",
    "O: TTP R SIJ. FABER + R.",
    "A: R SIJ pain, recurrent after steroid injection.",
    "P: Continue naproxen. Release date 05/29/2026 - discharge planning: community",
    "   referral to spine/pain via re-entry case manager. 30-day meds at release.",
    "Signed: M. Ventura, PA-C 04/15/2026 10:31",
], font="mono", size=8.4)]

b01_mar = F([
    "NC DAC - MEDICATION ADMINISTRATION RECORD          MONTH: DECEMBER 2025",
    "Patient: WHITFIELD, DARNELL R   OPUS# 1093358   SANDHILLS RIDGE CI   C-2",
    "Allergies: NKDA                 Prescriber: M. Ventura PA-C",
    "",
    "MEDICATION / DOSE / ROUTE / FREQ         HR   1-9        10-18      19-27    28-31",
    "Naproxen 500 mg PO BID   KOP            --  . . . . .  KOP issued  KOP card   KOP",
    "  start 12/10/25  stop 06/08/26             . . . .    12/10 #60   reissued  ",
    "                                                       TH          12/27 TH",
    "Acetaminophen 500 mg 2 tab BID prn KOP  --             KOP issued           ",
    "  start 12/10/25                                       12/10 #40 TH         ",
    "Lisinopril 10 mg PO daily  DOT          0800 TH KO TH  TH TH TH R  TH KO TH ",
    "  start 06/02/24                            TH TH TH   KO TH TH   TH TH TH TH",
    "                                                        R = refused 12/14",
    "",
    "KOP = keep on person (self-administered, card issued)   DOT = directly observed",
    "R = refused (DC-Refusal form on file)   NS = no show   LD = lockdown",
    "",
    "KOP REISSUE LOG - naproxen 500 mg #60:",
    "  12/10/25  01/08/26  02/06/26  03/09/26  04/07/26  05/06/26",
    "  at release 05/29/26: naproxen 500 mg #60, APAP 500 mg #40 (30-day supply)",
    "",
    "Initials: TH = T. Hargrove LPN   KO = K. Oduya RN   JS = J. Spivey CMA",
], banner="11/24/2026 09:16  FROM: 9195550330 NCDAC HEALTH RECORDS       TO: 3365550779   P. 03/10",
   dpi="std", seed=12, rot=-0.5)

b01_xray = [T([
    "## PRIMEVIEW MOBILE RADIOLOGY  -  correctional services division",
    "Interpreting: Harold J. Feeney, MD (teleradiology)      Report date: 12/18/2025",
    "Facility: Sandhills Ridge CI     Patient: WHITFIELD, DARNELL   OPUS 1093358",
    "DOB: 03/14/1979     Ordering: M. Ventura PA-C",
    "",
    "EXAM: AP PELVIS; BILATERAL SACROILIAC JOINTS (FERGUSON VIEW); RIGHT HIP 2 VIEWS;",
    "LEFT HIP 1 VIEW (AP, included on pelvis)",
    "",
    "HISTORY: Right buttock / SI pain, 5 months.",
    "",
    "FINDINGS:",
    "Sacroiliac joints: Mild subchondral sclerosis along the iliac side of the right",
    "SI joint. Joint margins are well defined. No erosions, no widening, no ankylosis.",
    "Left SI joint within normal limits.",
    "Right hip: Joint space is preserved. Minimal superior acetabular spurring.",
    "Femoral head is spherical. No fracture.",
    "Left hip: Moderate superolateral joint space narrowing with acetabular",
    "osteophytes and subchondral sclerosis.",
    "Pubic symphysis normal. No fracture or focal osseous lesion.",
    "",
    "IMPRESSION:",
    "1. Mild degenerative sclerosis right SI joint. No erosive sacroiliitis.",
    "2. Right hip: no more than mild osteoarthritis.",
    "3. Moderate osteoarthritis of the LEFT hip.",
    "",
    "Electronically signed H. J. Feeney, MD 12/18/2025 19:02",
], font="sans", size=9.5)]

b01_um = F([
    "KEYSTONE CORRECTIONAL HEALTH PARTNERS - UTILIZATION MANAGEMENT",
    "OFFSITE SPECIALTY CONSULT REQUEST / RESPONSE       UM Ref# KCHP-26-004418",
    "",
    "Patient: WHITFIELD, DARNELL R  OPUS 1093358  DOB 03/14/79  SANDHILLS RIDGE CI",
    "Requesting: M. Ventura PA-C     Date requested: 01/21/2026",
    "Service: [X] Imaging  CT pelvis/SIJ    [X] Pain mgmt  R SIJ injection (fluoro)",
    "Reason: R SIJ pain since 07/25, failed naproxen/APAP, on HEP + infirmary PT.",
    "   Exam: FABER+, Gaenslen+, thigh thrust+. XR: mild R SIJ sclerosis.",
    "   HLA-B27 neg, ESR 9. r/o AS - not supported.",
    "----------------------------------------------------------------------",
    "UM DECISION (Regional Medical Director)   Date: 01/27/2026",
    "  CT pelvis ............ [X] APPROVED  [ ] ATP",
    "  R SIJ injection ...... [ ] APPROVED  [X] ALTERNATIVE TREATMENT PLAN:",
    "     complete 6 wk infirmary PT first; resubmit if no improvement.",
    "  Resubmitted 03/02/2026 -> APPROVED 03/04/2026 (R SIJ inj, fluoro)",
    "Reviewer: R. Abernathy, MD, RMD",
    "",
    "Custody / transport: Security level MED. 2 officers, full restraints",
    "(leg irons + waist chain). Do not disclose appt date to inmate.",
], banner="11/24/2026 09:17  FROM: 9195550330 NCDAC HEALTH RECORDS       TO: 3365550779   P. 04/10",
   dpi="fine", seed=13, rot=1.1)

b01_ct = [T([
    "## LUMBER RIVER COMMUNITY HOSPITAL - DEPARTMENT OF RADIOLOGY",
    "1400 Biggs St, Lumberton NC 28358",
    "",
    "Patient: WHITFIELD, DARNELL R     MRN: LR00918832     DOB: 03/14/1979",
    "Patient class: Outpatient - NC DAC (custody)    Acc#: CT-26-0212-0077",
    "Exam date: 02/12/2026     Ordering: Marisol Ventura, PA-C (NCDAC)",
    "",
    "EXAM: CT PELVIS WITHOUT CONTRAST, THIN SECTION SACROILIAC JOINTS",
    "",
    "CLINICAL: Right SI joint pain. Evaluate for sacroiliitis.",
    "",
    "TECHNIQUE: 1.25 mm axial images with coronal oblique reformats through the SIJs.",
    "Note: patient scanned in restraints; officers present. Mild motion at L5.",
    "",
    "FINDINGS:",
    "Right SIJ: Mild joint space narrowing in the synovial portion with subchondral",
    "sclerosis and a small intra-articular vacuum phenomenon. Cortical margins are",
    "intact. No erosions. No periarticular ankylosis.",
    "Left SIJ: Normal.",
    "No fracture. No lytic or blastic lesion. No periarticular fluid collection.",
    "Hips partially imaged: moderate degenerative change left hip.",
    "Visualized lower lumbar spine: mild L5-S1 facet arthropathy.",
    "Pelvic soft tissues unremarkable.",
    "",
    "IMPRESSION:",
    "1. Mild degenerative change of the right sacroiliac joint with vacuum",
    "   phenomenon. No erosive sacroiliitis.",
    "2. No destructive osseous lesion. No fracture.",
    "",
    "Dictated by: Nirav S. Patel, MD    Signed 02/12/2026 15:21",
], font="sans", size=9.5)]

b01_inj1 = F([
    "LUMBER RIVER COMMUNITY HOSPITAL - PAIN MANAGEMENT CLINIC",
    "PROCEDURE NOTE          Date: 03/18/2026        MRN LR00918832",
    "Patient: WHITFIELD, DARNELL R   DOB 03/14/1979   NC DAC custody, OPUS 1093358",
    "Pt in restraints, 2 officers present throughout. Restraints adjusted for prone.",
    "",
    "Procedure: RIGHT sacroiliac joint injection under fluoroscopic guidance",
    "Physician: Okafor, Chidi E., MD",
    "Technique: Prone. Sterile prep. 25 g 3.5 in spinal needle to inferior R SIJ",
    "  under fluoroscopy. Omnipaque 180, 1 mL: intra-articular arthrogram, no",
    "  vascular uptake. Injected 2 mL bupivacaine 0.5% + triamcinolone 40 mg.",
    "Complications: none. EBL none.",
    "",
    "POST-PROCEDURE PAIN RESPONSE (0-10)   recorded by RN / infirmary on return",
    "  Pre-procedure ............ 8/10",
    "  15 min (recovery) ........ 1/10",
    "  1 hr ..................... 1/10",
    "  2 hr (transport) ......... 2/10",
    "  4 hr (infirmary RN) ...... 2/10   = 75% relief at 4 hr",
    "  8 hr ..................... 5/10",
    "  next AM .................. 4/10",
    "Activities tested: sit-to-stand, walking, bending - all easier.",
    "",
    "Impression: Concordant response to R SIJ block.",
    "Recommendation: f/u DOC provider; may repeat in 3 mo if pain recurs.",
    "Signed: C. E. Okafor, MD 03/18/2026",
], banner="11/24/2026 09:19  FROM: 9195550330 NCDAC HEALTH RECORDS       TO: 3365550779   P. 06/10",
   dpi="fine", seed=14, rot=-0.9)

b01_ipt = [T([
    "NC DAC HEALTH SERVICES - eCHART (HERO)                  PRINTED 11/24/2026 08:57",
    "Facility: SANDHILLS RIDGE CI - INFIRMARY PT   Patient: WHITFIELD, DARNELL R  1093358",
    "## PHYSICAL THERAPY DISCHARGE SUMMARY",
    "Therapist: Brenda Locklear, PT, DPT        Dates of care: 01/07/2026 - 04/22/2026",
    "Dx: R SIJ dysfunction.  Referral: M. Ventura PA-C (UR approved 12/19/2025)",
    "",
    "Visit log (supervised, infirmary treatment room; officer posted at door):",
    "  Date      Status       Notes",
    "  01/07/26  Eval         NPRS 7/10. HEP #PT-22 reviewed - doing 1x/day in cell",
    "  01/21/26  Attended     SIJ stab, bridges, clamshells; manual/MET R innominate",
    "  02/04/26  Attended     core progression, HEP updated (dead bug, side plank)",
    "  02/11/26  Cancelled    facility lockdown",
    "  02/18/26  Attended",
    "  03/04/26  Attended",
    "  03/11/26  Refused      inmate refused - 'had visitation'",
    "  03/25/26  Attended     1 wk s/p SIJ inj; NPRS 2/10",
    "  04/08/26  Attended     NPRS 6/10, pain returning",
    "  04/22/26  D/C          NPRS 7/10",
    "",
    "Outcome: ODI 46% -> 40%. Improved core endurance and hip strength; no lasting",
    "change in R SIJ pain. Pt consistent with cell HEP per his log and officer",
    "observation. Goals partially met.",
    "Plan: Discharge to independent HEP; continue in community after release.",
    "Signed: B. Locklear, PT, DPT 04/22/2026",
], font="mono", size=8.8)]

b01_release = [T([
    "NC DAC HEALTH SERVICES - RELEASE / CONTINUITY OF CARE SUMMARY",
    "Facility: SANDHILLS RIDGE CI        Release date: 05/29/2026",
    "Patient: WHITFIELD, DARNELL R   OPUS# 1093358   DOB 03/14/1979",
    "Re-entry case manager: Tonya Farrar, MSW - referral to Eastgate CHC scheduled",
    "06/10/2026 09:30.  Medicaid/Marketplace application assisted 05/12/2026.",
    "",
    "ACTIVE PROBLEMS",
    "  1. Right sacroiliac joint pain - chronic, since 07/2025",
    "  2. Hypertension - controlled",
    "  3. Depression - stable",
    "RESOLVED / HISTORICAL",
    "  L sciatica 2022 - resolved;  Latent TB screen neg 2025",
    "",
    "MEDICATIONS AT RELEASE (30-day supply issued)",
    "  Naproxen 500 mg PO BID (started 12/10/2025)",
    "  Acetaminophen 500 mg 2 tab BID prn (started 12/10/2025)",
    "  Lisinopril 10 mg daily;  Sertraline 50 mg daily",
    "",
    "PROCEDURES / STUDIES IN CUSTODY",
    "  XR pelvis/SIJ/hips 12/18/25; CT pelvis 02/12/26 (LRCH);",
    "  R SIJ injection 03/18/26 (LRCH) - ~3 wk relief then recurrence",
    "  Infirmary PT 01/07/26 - 04/22/26 (10 visits), HEP ongoing",
    "",
    "Pending / recommended: spine or pain referral for persistent R SIJ pain.",
    "Completed by: K. Oduya, RN, Nurse Supervisor 05/27/2026",
], font="mono", size=8.8)]

b01_mri = [T([
    "## GREENSBORO IMAGING - 1331 N Elm St, Greensboro NC 27401",
    "",
    "Patient: Whitfield, Darnell     DOB: 03/14/1979     Acc: GI-2607140193",
    "Exam: MRI LUMBAR SPINE WITHOUT CONTRAST     Date: 07/14/2026",
    "Ordering: Lakeisha Monroe, FNP (Eastgate CHC)",
    "History: Chronic right low back/buttock pain. Evaluate for radiculopathy.",
    "",
    "FINDINGS: Five lumbar-type vertebrae. Alignment normal. Conus at L1.",
    "L1-2, L2-3: Normal.",
    "L3-4: Mild disc desiccation. No canal or foraminal stenosis.",
    "L4-5: Mild broad-based disc bulge without canal or foraminal stenosis.",
    "L5-S1: Disc desiccation with small central annular fissure; no herniation.",
    "Mild bilateral facet arthropathy. Foramina patent.",
    "Marrow signal normal. Visualized SI joints: mild R subchondral change.",
    "",
    "IMPRESSION:",
    "1. Mild lower lumbar degenerative disc disease.",
    "2. No spinal canal stenosis or neural foraminal narrowing.",
    "3. No nerve root compression or impingement.",
    "",
    "Signed: Elena Varga, MD, Radiology   07/14/2026 17:05",
], font="sans", size=9.5)]

b01_pt2 = [T([
    "## GATE CITY REHAB - Outpatient Physical Therapy",
    "2500 Battleground Ave, Greensboro NC 27408   (336) 555-0612",
    "",
    "## DISCHARGE SUMMARY",
    "Patient: Darnell Whitfield   DOB 03/14/1979   Payer: CareSource NC Marketplace",
    "Referring: L. Monroe, FNP     Dx: M53.3 R SIJ dysfunction",
    "Episode: 06/11/2026 to 09/17/2026 - 16 visits (2x/wk x 8 wk) + HEP",
    "",
    "Interventions: SIJ stabilization, lumbopelvic motor control, gluteal",
    "strengthening, MET for R innominate, SIJ belt trial, gait/stair training,",
    "updated HEP (written, with pictures) reviewed each visit.",
    "",
    "Objective   Initial 06/11   Discharge 09/17",
    "NPRS        7/10            6/10",
    "ODI         44%             38%",
    "Single-leg stance R 12 s    25 s",
    "",
    "Assessment: Good effort and attendance (16/16). Strength and endurance",
    "improved but R SIJ pain persists with sitting and stairs; plateaued.",
    "Plan: D/C to HEP; pt to follow up with pain management.",
    "Kevin Strickland, PT   09/17/2026",
], font="sans", size=9.5)]

b01_inj2 = [T([
    "## PIEDMONT INTERVENTIONAL SPINE - 1818 Pembroke Rd, Greensboro NC",
    "PROCEDURE NOTE",
    "Patient: Whitfield, Darnell R   DOB 03/14/1979   Date: 08/05/2026",
    "Physician: Simone Achebe, MD",
    "Procedure: Diagnostic RIGHT sacroiliac joint block (anesthetic only)",
    "Guidance: fluoroscopy. Contrast: Isovue-M 200, 0.5 mL - arthrogram",
    "outlining the R SIJ capsule, no vascular runoff.",
    "Injectate: lidocaine 1%, 2 mL. No steroid.",
    "",
    "Pain diary (patient completed, returned at visit 08/19):",
    "  Pre ........ 7/10",
    "  15 min ..... 1/10",
    "  30 min ..... 1/10",
    "  1 hr ....... 2/10",
    "  2 hr ....... 5/10",
    "  4 hr ....... 7/10",
    "Interpretation: 71% relief at 1 hr, consistent with lidocaine duration.",
    "",
    "-----------------------------------------------------------------------",
    "PROCEDURE NOTE   Date: 09/23/2026",
    "Procedure: RIGHT sacroiliac joint injection, therapeutic",
    "Guidance: fluoroscopy; Isovue-M 200 0.5 mL confirmed intra-articular spread.",
    "Injectate: bupivacaine 0.5% 1.5 mL + methylprednisolone (Depo-Medrol) 40 mg.",
    "Pain: pre 7/10; 30 min 2/10; 1 hr 2/10; 3 hr 3/10; 6 hr 6/10.",
    "Impression: 57% relief at 3 hr. Will reassess steroid effect at f/u.",
    "",
    "Follow-up 10/07/2026: steroid relief about 10 days, pain back to 7/10.",
    "Refer to spine surgery (Dr. Tolliver) for SIJ fusion evaluation.",
    "S. Achebe, MD",
], font="sans", size=9.2)]

PKT01 = {
    "id": "b10k-01", "form": "folder+json",
    "packet_json": {"request_date": "2026-11-16", "procedure_codes": ["27279"],
                    "member_id": "NCM884210733", "policy": "MP-MM-1366"},
    "files": [
        ("01_pa_request.pdf", b01_request),
        ("02_spine_consult_2026-10-28.pdf", b01_consult),
        ("03_ncdac_health_records.pdf", [b01_sickcall] + b01_ccnote + [b01_mar] + b01_xray
         + [b01_um] + b01_ct + [b01_inj1] + b01_ipt + b01_release),
        ("04_post_release_records.pdf", b01_mri + b01_pt2 + b01_inj2),
    ],
}

# ================================================================ b10k-02
H2 = "OXENDINE, SHERRELL A | DOB 08/22/1984 | CSNC ID NCM771054298"

b02_cover = [T([
    "## CAPITAL SPINE & NEUROSURGERY",
    "4420 Lake Boone Trail Ste 300, Raleigh NC 27607",
    "Tel (919) 555-0433    Fax (919) 555-0438",
    "",
    "## FAX",
    "To: CareSource NC - Utilization Management     Fax: 1-844-555-0192",
    "From: Jasmine Pettiford, prior auth coordinator",
    "Date: 11/09/2026     Pages (incl. cover): 12",
    "Re: Prior authorization - Sherrell A. Oxendine, DOB 08/22/1984",
    "    Member ID NCM771054298",
    "",
    "Enclosed: PA request, letter of medical necessity, consultation, imaging,",
    "NC DAC health records (released 04/17/2026).",
    "",
    "CONFIDENTIALITY NOTICE: This facsimile contains protected health information.",
    "If you received it in error, notify the sender and destroy all copies.",
], font="sans", size=10.5)]

b02_request = [T([
    "## CareSource North Carolina - Marketplace",
    "## PRIOR AUTHORIZATION REQUEST - OUTPATIENT/INPATIENT SURGERY",
    "",
    "Date of request: 11/09/2026     [X] Standard  [ ] Expedited",
    "Member: Sherrell Ann Oxendine     DOB 08/22/1984    Member ID: NCM771054298",
    "Requesting provider: Priya Ramachandran, MD, Neurosurgery   NPI 1366920481",
    "Facility: WakeMed Raleigh Campus - Inpatient, est. LOS 2 days",
    "",
    "Procedure:",
    "  CPT 27280  Arthrodesis, open, sacroiliac joint, including obtaining bone",
    "             graft, including instrumentation, when performed     Side: LEFT",
    "  CPT 20936  Autograft, local (add-on)",
    "Diagnosis:",
    "  M53.3    Sacroiliac joint dysfunction, left",
    "  M47.818  Spondylosis without myelopathy or radiculopathy, sacral region",
    "",
    "Clinical indication (check all that apply):",
    "  [ ] Pelvic ring fracture / post-traumatic SIJ injury",
    "  [ ] SIJ infection / sepsis        [ ] Sacral tumor",
    "  [ ] Part of long multisegment fusion for deformity",
    "  [ ] Failed prior SIJ fusion",
    "  [X] Other: degenerative left SIJ, failed conservative care",
    "",
    "Signature: P. Ramachandran, MD        Date: 11/09/2026",
], font="mono", size=9.2)]

b02_lmn = [T([
    "## CAPITAL SPINE & NEUROSURGERY",
    "4420 Lake Boone Trail Ste 300, Raleigh NC 27607",
    "",
    "November 9, 2026",
    "",
    "CareSource North Carolina - Utilization Management",
    "RE: Sherrell A. Oxendine   DOB 08/22/1984   ID NCM771054298",
    "",
    "## Letter of Medical Necessity - Open Left Sacroiliac Joint Arthrodesis",
    "",
    "Ms. Oxendine is a 42-year-old woman with disabling left-sided sacroiliac pain",
    "since 2024, first treated while she was incarcerated at Neuse Valley",
    "Correctional Institution for Women. She was released on 04/17/2026.",
    "",
    "Her diagnosis is degenerative arthropathy of the left SIJ with sacroiliac",
    "joint dysfunction refractory to more than 12 months of conservative care,",
    "including supervised physical therapy, a home exercise program, NSAIDs,",
    "intra-articular injections and a left SIJ radiofrequency neurotomy in",
    "02/2025, which failed. CT of the pelvis on 08/20/2026 shows advanced",
    "degenerative change of the left SIJ.",
    "",
    "She fell from a top bunk in 10/2024; radiographs at that time showed no",
    "fracture, and there is no history of pelvic ring injury. Her lumbar MRI",
    "shows no neural compression.",
    "",
    "Because of her body habitus (BMI 41) and the extent of the anterior bridging",
    "osteophytes, I recommend an open arthrodesis with decortication and local",
    "autograft rather than a percutaneous implant technique.",
    "",
    "Sincerely,",
    "Priya Ramachandran, MD, FAANS",
], font="serif", size=10.5)]

b02_consult = [T([
    "CAPITAL SPINE & NEUROSURGERY - NEW PATIENT CONSULTATION",
    "Oxendine, Sherrell A   DOB 08/22/1984   MRN CSN-301877   DOS 10/14/2026",
    "Provider: Priya Ramachandran, MD     Referred by: Wake Health Partners FQHC",
    "",
    "CC: Left buttock/low back pain.",
    "HPI: 42 yo F with L SIJ-region pain x ~2 yrs. Onset gradual in 2024 while",
    "in DAC custody; worsened after she slipped climbing down from a top bunk",
    "10/2024 (XR neg for fx). Pain L PSIS/buttock, non-radiating, 7/10, worse with",
    "standing > 20 min, stairs, rolling over. Tried: infirmary PT and cell HEP,",
    "ibuprofen/naproxen, 2 L SIJ steroid injections in custody (2025), L SIJ RFA",
    "02/2025 - 'helped maybe a month'. After release: PT at Wake Rehab 06-08/2026,",
    "meloxicam, TENS at home.",
    "",
    "PMH: obesity (BMI 41), prediabetes, hx hepatitis C treated 2023 (SVR).",
    "Denies hx cancer. Former IVDU - none since 2019. No fever/chills.",
    "PSH: C-section x2, cholecystectomy.",
    "",
    "EXAM: Antalgic gait favoring L. No lumbar midline TTP. TTP L sacral sulcus.",
    "FABER + L, Gaenslen + L, thigh thrust + L, compression + L. SLR neg.",
    "Motor 5/5, DTR 2+ sym, sensation intact.",
    "",
    "IMAGING: CT pelvis 08/20/2026 reviewed (below). MRI L-spine 07/30/2026 -",
    "mild L4-5 foraminal narrowing, no root compression.",
    "",
    "ASSESSMENT:",
    "1. Left sacroiliac joint dysfunction / degenerative SIJ arthropathy.",
    "2. Obesity.",
    "No pelvic ring fracture, no infection, no tumor. No spinal deformity",
    "requiring long-segment fusion.",
    "",
    "PLAN: Discussed percutaneous vs open SIJ fusion. Given habitus and bridging",
    "osteophytes, recommend OPEN L SIJ arthrodesis (CPT 27280) with local",
    "autograft. Submit PA. Continue meloxicam, HEP.",
    "P. Ramachandran, MD   e-signed 10/14/2026",
], font="mono", size=8.6)]

b02_sick = F([
    "NC DEPARTMENT OF ADULT CORRECTION - HEALTH SERVICES",
    "INMATE SICK CALL REQUEST              Facility: NEUSE VALLEY CI (WOMEN)",
    "Name: OXENDINE, SHERRELL   OPUS#: 1187642    Unit: MAPLE B / 22 top",
    "Date: 10/06/24   Time: 2130",
    "Problem (own words): I slipped coming down off the top bunk and",
    "  landed on my left side/hip. my back by my left hip is killing me",
    "  worse than it been. can walk but it hurts",
    "-----------------------------------------------------------------",
    "NURSE ASSESSMENT   Seen 10/07/24 0740   Protocol: Fall/Injury NP-09",
    "S: Fall from top bunk (~4 ft) 10/06 2100, landed L hip. Prior L low back",
    "   pain x months. No LOC, no head strike.",
    "O: Ambulatory, slight limp. Bruise L lateral hip 4x5 cm. TTP L SI area.",
    "   Pain 8/10.  Neuro intact.",
    "A: Contusion L hip. Acute on chronic L low back pain.",
    "P: Ice x 48 h per protocol, ibuprofen 400 mg TID x 5 d (DOT).",
    "   X-ray pelvis/L hip ordered - r/o fracture. Bottom bunk pass.",
    "   Refer to provider.",
    "Nurse: D. Jacobs, RN",
], banner="11/05/2026 14:02 FROM: NCDAC HLTH REC 9195550330   TO: 9195550438   P.2/6",
   dpi="fine", seed=21, rot=0.7)

b02_xr = F([
    "PRIMEVIEW MOBILE RADIOLOGY - correctional services division",
    "Facility: Neuse Valley CI     Patient: OXENDINE, SHERRELL  OPUS 1187642",
    "Exam: AP PELVIS, LEFT HIP 2 VIEWS     Date: 10/08/2024",
    "History: fall from bunk, L hip/back pain. r/o fracture.",
    "",
    "FINDINGS: No acute fracture or dislocation. Pelvic ring intact.",
    "Sacroiliac joints: mild bilateral sclerosis, L > R, no widening.",
    "Hips: joint spaces preserved. Soft tissue swelling L lateral hip.",
    "",
    "IMPRESSION: No fracture. Mild degenerative change of the SI joints.",
    "Signed: H. J. Feeney, MD  10/08/2024",
], banner="11/05/2026 14:03 FROM: NCDAC HLTH REC 9195550330   TO: 9195550438   P.3/6",
   dpi="fine", seed=22, rot=-1.2)

b02_um = F([
    "KEYSTONE CORRECTIONAL HEALTH PARTNERS - UM  OFFSITE CONSULT     Ref KCHP-25-001907",
    "Patient: OXENDINE, SHERRELL A  OPUS 1187642  NEUSE VALLEY CI",
    "Requested 01/08/2025 by D. Whitlock, NP:  L SIJ radiofrequency ablation",
    "  (Triangle Pain Center), fluoro-guided.",
    "  L SIJ inj x2 (06/2024, 09/2024) at WakeMed - relief 3-4 wk each.",
    "  MBB/SIJ lateral branch blocks 12/2024: 80% relief.",
    "UM decision 01/14/2025: [X] APPROVED   [ ] ATP",
    "-----------------------------------------------------------------",
    "Requested 06/02/2025: Ortho spine consult - ?SIJ fusion",
    "UM decision 06/09/2025: [ ] APPROVED  [X] ATP - continue PT/HEP,",
    "  NSAID; refer after release (EOS 04/2026) for elective surgery.",
    "Reviewer: R. Abernathy, MD, RMD",
], banner="11/05/2026 14:03 FROM: NCDAC HLTH REC 9195550330   TO: 9195550438   P.4/6",
   dpi="std", seed=23, rot=0.4)

b02_rfa = [T([
    "## TRIANGLE PAIN CENTER - 3320 Wake Forest Rd, Raleigh NC",
    "PROCEDURE NOTE     Date: 02/11/2025",
    "Patient: Oxendine, Sherrell A   DOB 08/22/1984   (NC DAC custody - officers",
    "present, wrist restraints removed for positioning per officer)",
    "Procedure: LEFT L5 dorsal ramus and S1-S3 lateral branch radiofrequency",
    "neurotomy, fluoroscopic guidance.",
    "Indication: L SIJ pain, 80% relief with lateral branch blocks 12/2024.",
    "Technique: 18 g cooled RF probes, 60 C x 150 s at each lesion.",
    "Complications: none.",
    "",
    "Follow-up 04/15/2025 (telehealth from facility): ~40% relief for about",
    "4-5 weeks, pain back to 7/10 by late March. RFA considered failed.",
    "Signed: Marcus Ellery, MD",
], font="sans", size=9.5)]

b02_release = [T([
    "NC DAC HEALTH SERVICES - RELEASE / CONTINUITY OF CARE SUMMARY",
    "Facility: NEUSE VALLEY CI (WOMEN)     Release: 04/17/2026",
    "Patient: OXENDINE, SHERRELL A   OPUS# 1187642   DOB 08/22/1984",
    "",
    "Active problems: L sacroiliac joint pain (chronic); obesity; prediabetes.",
    "Historical: Hep C - treated 2023, SVR12 documented; L hip contusion 10/2024",
    "  (resolved, XR neg).",
    "Meds at release: naproxen 500 mg BID (KOP); metformin 500 mg daily.",
    "Therapy: infirmary PT 03/2025-06/2025; HEP.",
    "Procedures: L SIJ inj 06/2024, 09/2024; L SIJ RFA 02/11/2025 (failed).",
    "Referral: Wake Health Partners FQHC intake 04/28/2026.",
    "Completed by: P. Faircloth, RN 04/15/2026",
], font="mono", size=9.0)]

b02_ct = [T([
    "## WAKE RADIOLOGY - 3949 Browning Pl, Raleigh NC 27609",
    "",
    "Patient: OXENDINE, SHERRELL     DOB 08/22/1984      Acc: WR-26-0820-4471",
    "EXAM: CT PELVIS WITHOUT CONTRAST (SI joint protocol)    Date: 08/20/2026",
    "Ordering: Wake Health Partners (N. Baskerville, MD)",
    "Clinical: Chronic left SI joint pain. Surgical planning.",
    "",
    "FINDINGS:",
    "Left SI joint: Advanced degenerative change with joint space narrowing,",
    "subchondral sclerosis on both sides of the joint, intra-articular vacuum",
    "phenomenon and anterior bridging osteophytes. No erosions.",
    "Right SI joint: Mild degenerative change.",
    "No fracture or pelvic ring disruption. Old healed fracture is not seen.",
    "No lytic or blastic lesion. No soft tissue mass or fluid collection.",
    "Hips: mild bilateral degenerative change. Pubic symphysis normal.",
    "",
    "IMPRESSION:",
    "1. Advanced degenerative arthropathy of the left sacroiliac joint.",
    "2. No fracture, no destructive lesion, no findings of septic arthritis.",
    "",
    "Signed: Thomas A. Greer, MD   08/20/2026",
], font="sans", size=9.6)]

b02_mri = [T([
    "## WAKE RADIOLOGY - MRI",
    "Patient: OXENDINE, SHERRELL   DOB 08/22/1984   Date: 07/30/2026",
    "EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST",
    "Clinical: Low back and L buttock pain.",
    "",
    "FINDINGS: Mild dextroconvex curvature of the lumbar spine, likely positional.",
    "L3-4: Normal.",
    "L4-5: Mild broad-based bulge and facet hypertrophy with mild bilateral",
    "foraminal narrowing. No contact of the exiting or traversing nerve roots.",
    "L5-S1: Mild facet arthropathy. No stenosis.",
    "Conus normal. No marrow edema.",
    "",
    "IMPRESSION: Mild L4-5 degenerative change. No nerve root compression",
    "and no spinal stenosis.",
    "Signed: Thomas A. Greer, MD",
], font="sans", size=9.6)]

b02_pt = [T([
    "## WAKE REHAB SERVICES - PT DISCHARGE NOTE",
    "Patient: Sherrell Oxendine   DOB 08/22/1984   Dates: 06/03/2026 - 08/26/2026",
    "Dx: L SIJ pain.  Visits: 18 of 20 (2 no-show, transportation).",
    "Tx: lumbopelvic stabilization, hip abductor strengthening, aquatic PT x4,",
    "SIJ belt, HEP. TENS trial in clinic; home unit issued 06/17/2026 - use",
    "30 min 2-3x/day on the L SIJ, pt reports daily use.",
    "NPRS 7/10 -> 7/10. ODI 52% -> 50%. Plateau; refer back to MD.",
    "Tia Mangum, PT, DPT   08/26/2026",
], font="sans", size=9.6)]

PKT02 = {
    "id": "b10k-02", "form": "single",
    "pages": b02_cover + b02_request + b02_lmn + b02_consult + [b02_sick, b02_xr, b02_um]
             + b02_rfa + b02_release + b02_pt + b02_mri + b02_ct,
}

# ================================================================ b10k-03
b03_cover = [T([
    "## PIEDMONT BONE & SPINE - Winston-Salem",
    "2800 Maplewood Ave, Winston-Salem NC 27103   Ph (336) 555-0904  Fx (336) 555-0909",
    "",
    "## FACSIMILE TRANSMITTAL",
    "TO: CareSource NC Marketplace - Prior Authorization    FAX 1-844-555-0192",
    "FROM: Carla Hairston, Surgical Coordinator",
    "DATE: 12/01/2026",
    "RE: Marcus T. Bellamy  DOB 11/02/1986  Member # NCM650381177",
    "",
    "Please review the enclosed request for right SI joint fusion.",
    "Records from NC DAC health services were received 11/25/2026 (partial).",
    "",
    "The information in this transmission is confidential and intended only for",
    "the named recipient.",
], font="sans", size=10.5), T([
    "## CareSource North Carolina",
    "## Prior Authorization Request Form - Procedures",
    "",
    "Date of request: 12/01/2026",
    "Member name: Marcus Tyrone Bellamy          DOB: 11/02/1986",
    "Member ID: NCM650381177                     Phone: (336) 555-0287",
    "",
    "Ordering provider: Wendell P. Oakley, DO    Specialty: Orthopaedic Spine",
    "NPI: 1245980337   Tax ID: 56-1830042   Fax: (336) 555-0909",
    "Servicing facility: Forsyth Medical Park ASC",
    "",
    "Requested service             CPT/HCPCS   ICD-10     Units",
    "MIS SI joint fusion, right    27279       M53.3      1",
    "                                          M54.59",
    "",
    "Inpatient [ ]   Outpatient [X]   Date of service: TBD (12/2026-01/2027)",
    "",
    "Clinical notes attached: [X] Yes  [ ] No",
    "Signature of requesting provider: W. P. Oakley, DO",
], font="mono", size=9.5)]

b03_lmn = [T([
    "## PIEDMONT BONE & SPINE",
    "",
    "November 20, 2026",
    "",
    "To: CareSource NC Utilization Management",
    "Re: Marcus T. Bellamy, DOB 11/02/1986, Member NCM650381177",
    "",
    "Dear Medical Director,",
    "",
    "I am requesting authorization for a right minimally invasive sacroiliac joint",
    "fusion for Mr. Bellamy, a 40-year-old man with right SIJ pain since late 2025.",
    "His care began in NC DAC custody at Coastal Plain Correctional Institution",
    "and continued in our community after his release on 07/02/2026.",
    "",
    "He has failed infirmary physical therapy, a home exercise program, outpatient",
    "PT, NSAIDs and acetaminophen. He had two fluoroscopically guided right SIJ",
    "injections (03/04/2026 and 09/16/2026), each with greater than 50% immediate",
    "relief and recurrence of pain after the steroid effect wore off. His pain",
    "remains severe and limits his work as a warehouse picker.",
    "",
    "Examination shows right SIJ tenderness and multiple positive SIJ provocation",
    "maneuvers. Radiographs and CT of the pelvis show no destructive or",
    "inflammatory process. A lumbar MRI was obtained while he was in DAC custody",
    "(04/2026); the report has been requested from NC DAC Health Services",
    "and will be forwarded on receipt.",
    "",
    "Thank you for your consideration.",
    "Wendell P. Oakley, DO",
], font="serif", size=10.5)]

b03_consult = [T([
    "PIEDMONT BONE & SPINE - SPINE CLINIC NOTE",
    "Bellamy, Marcus T   DOB 11/02/1986   MRN PBS-772019   DOS 11/12/2026",
    "Provider: Wendell P. Oakley, DO",
    "",
    "CC: R low back / buttock pain",
    "HPI: 40 yo M, released from DAC 07/02/2026. R-sided pain since ~11/2025, began",
    "after moving to a top bunk / lifting in the prison laundry. Pain R buttock",
    "below the belt line, over the R SIJ; it does not radiate into the leg. No",
    "numbness, tingling or weakness. Sitting > 30 min and stairs worsen it.",
    "Pain today 6/10 in the R SI region.",
    "Last R SIJ injection 09/16/2026: good relief first few hours, then steroid",
    "helped ~2 weeks; pain has returned to baseline since early October.",
    "Outpatient PT 07/15-10/09/2026 (Novant Rehab), plateaued.",
    "Meds: naproxen 500 mg BID (since 07/2026), acetaminophen prn, heat at night.",
    "Pt states he had an MRI of his back while in prison, unsure of the result.",
    "",
    "PMH: asthma (mild intermittent), PTSD on sertraline. No hx cancer, no fevers.",
    "FH: noncontributory. SH: warehouse picker, smokes 1/2 ppd.",
    "",
    "EXAM: Gait normal. Lumbar: nontender midline, paraspinals nontender.",
    "Tender to palpation R PSIS / sacral sulcus. GT nontender bilaterally.",
    "Coccyx nontender. SLR negative bilaterally. Strength/sensation intact.",
    "Fortin finger sign positive R.",
    "FABER positive R.  Gaenslen positive R.  Distraction positive R.",
    "Waddell 0/5.",
], font="mono", size=8.8), T([
    "Bellamy, Marcus T   DOB 11/02/1986   DOS 11/12/2026                Page 2 of 2",
    "",
    "IMAGING: XR pelvis/SIJ + R hip 07/28/2026 and CT pelvis 08/11/2026 reviewed.",
    "Lumbar MRI (DAC, 04/2026) - report not available; requested from NC DAC",
    "Health Services 11/12/2026.",
    "",
    "ASSESSMENT:",
    "1. Right sacroiliac joint dysfunction, mechanical (M53.3).",
    "2. Failed conservative care > 6 months; failed SIJ steroid injections x2.",
    "",
    "PLAN: R MIS SIJ fusion (27279). Smoking cessation counseled - pt agrees to",
    "quit before surgery. Obtain DAC MRI report. PA to be submitted.",
    "W. P. Oakley, DO   11/12/2026",
], font="mono", size=8.8)]

b03_sick = F([
    "NC DEPARTMENT OF ADULT CORRECTION - HEALTH SERVICES",
    "INMATE SICK CALL REQUEST               Facility: COASTAL PLAIN CI",
    "Name: BELLAMY, MARCUS    OPUS#: 1240915     Housing: E-DORM 31 lower",
    "Date: 12/03/25",
    "My problem: right side low back by my butt cheek hurting for a month",
    "  since I got moved to top bunk. hurts when I sit at chow. no shooting",
    "  pain down the leg. need something stronger than tylenol",
    "-------------------------------------------------------------------",
    "NURSE ENCOUNTER  12/04/25 0905   Protocol NP-14 Back Pain",
    "S: R low back/buttock pain x 1 mo. No trauma. No B/B sx. No leg sx.",
    "O: VS stable. Gait WNL. TTP R buttock over SI region. Pain 7/10.",
    "A: Musculoskeletal pain.",
    "P: Ibuprofen 400 mg TID x 7 days DOT. Warm compress (ice not permitted",
    "   on unit). Bottom bunk pass requested. Refer to provider.",
    "Nurse: L. Batts, RN",
], banner="11/25/2026 11:40  NCDAC HEALTH SVCS RECORDS   9195550330  ->  3365550909   PG 1 OF 5",
   dpi="std", seed=31, rot=-0.6)

b03_prov = [T([
    "NC DAC HEALTH SERVICES - eCHART (HERO)                  PRINTED 11/25/2026 10:12",
    "Facility: COASTAL PLAIN CI       Patient: BELLAMY, MARCUS T   OPUS# 1240915",
    "Encounter: PROVIDER SICK CALL      Date: 12/17/2025 14:10",
    "Provider: Gregory Sessoms, NP",
    "S: R buttock pain x 6 wk, no radiation. Ibuprofen helps some. Pain 7/10.",
    "O: TTP R PSIS. No lumbar TTP. FABER + R, Gaenslen + R.",
    "   Thigh thrust / compression: not done.  SLR neg.",
    "A: Probable R SIJ dysfunction.",
    "P: Ibuprofen 600 mg PO TID with food - KOP x 90 d, renew.",
    "   APAP 500 mg BID prn KOP. Bottom bunk pass x 6 mo.",
    "   UR: PT eval and treat (infirmary).  RTC 6-8 wk.",
    "----------------------------------------------------------------------",
    "Encounter: PROVIDER FOLLOW UP       Date: 04/08/2026 09:40",
    "S: s/p R SIJ injection 03/04/26 at Eastern Carolina Regional - 'worked good",
    "   for about a month', pain back to 7/10 since ~04/01.",
    "   MRI lumbar spine done 04/06/26 at ECRMC (UR approved) - report pending.",
    "   Refused ibuprofen KOP card renewal 02/10 (stomach upset); switched to",
    "   naproxen 500 mg BID KOP 02/12/26 with omeprazole 20 mg daily.",
    "O: TTP R SIJ. Neuro intact.",
    "A: R SIJ pain, recurrent.",
    "P: Continue naproxen/omeprazole. Resubmit pain mgmt for repeat injection -",
    "   UM ATP: defer until release (EOS 07/02/2026).",
    "Signed: G. Sessoms, NP 04/08/2026",
], font="mono", size=8.6)]

b03_mar = F([
    "NC DAC - MEDICATION ADMINISTRATION RECORD       MONTH: FEBRUARY 2026",
    "BELLAMY, MARCUS T   OPUS 1240915   COASTAL PLAIN CI   E-DORM",
    "",
    "DRUG / DOSE / FREQ              TYPE   1  2  3  4  5  6  7  8  9  10 11 12 ..28",
    "Ibuprofen 600 mg TID            KOP    card issued 01/13 #90",
    "  start 12/17/25                       10: REFUSED renewal (GI upset) LB",
    "Naproxen 500 mg BID             KOP    start 02/12/26  card #60 issued LB",
    "Omeprazole 20 mg daily          DOT    .  .  .  .  .  .  .  .  .  .  .  LB ..LB",
    "Acetaminophen 500 mg BID prn    KOP    card reissued 02/03 #40 MW",
    "Albuterol HFA 2 puff q4h prn    KOP    inhaler on person",
    "",
    "KOP = keep on person   DOT = directly observed   LB = L. Batts RN",
    "MW = M. Whitley LPN    R = refused (refusal form DC-443 signed)",
    "Naproxen KOP reissue: 03/13, 04/12, 05/11, 06/10; release 07/02 #60",
], banner="11/25/2026 11:41  NCDAC HEALTH SVCS RECORDS   9195550330  ->  3365550909   PG 2 OF 5",
   dpi="std", seed=32, rot=1.3)

b03_ipt = [T([
    "NC DAC HEALTH SERVICES - eCHART (HERO)     PT / REHAB",
    "Facility: COASTAL PLAIN CI - INFIRMARY    Patient: BELLAMY, MARCUS T  1240915",
    "Therapist: Janelle Whitaker, PTA / supervising PT: Owen Barefoot, PT",
    "",
    "01/14/2026  PT EVAL: R SIJ pain 7/10. Weak R glute med 4-/5. Plan: PT",
    "            2x/month in infirmary + daily cell HEP (written, 8 exercises).",
    "01/28, 02/11, 02/25, 03/11/2026: supervised PT - attended (escorted).",
    "03/25/2026  PT D/C to HEP: 6-week HEP prescription issued (bridges, clamshell,",
    "            bird-dog, side plank, hip hinge, walking 20 min/day on yard).",
    "05/06/2026  HEP FOLLOW-UP (after 6-wk program): pt reports completing HEP",
    "            daily; log reviewed. Pain unchanged 7/10 with sitting/stairs.",
    "            Strength R glute med 4+/5. HEP completed - no functional gain",
    "            in SIJ pain. Recommend community PT after release.",
    "Signed: O. Barefoot, PT 05/06/2026",
], font="mono", size=8.8)]

b03_inj1 = F([
    "EASTERN CAROLINA REGIONAL MEDICAL CENTER - PAIN SERVICES",
    "PROCEDURE NOTE       03/04/2026      MRN EC4471902",
    "Pt: BELLAMY, MARCUS T  DOB 11/02/1986  NC DAC inmate - in restraints,",
    "2 officers present. Limited exam: thigh thrust and compression deferred",
    "(restraints/positioning).",
    "Procedure: R SACROILIAC JOINT INJECTION, fluoroscopic guidance",
    "Contrast: Isovue-M 200, 0.5 mL - intra-articular spread, no vascular flow",
    "Injectate: bupivacaine 0.5% 2 mL + triamcinolone 40 mg",
    "Pain score (NRS):  pre 7/10 | 30 min 2/10 | 1 h 2/10 | 3 h 2/10 | 5 h 3/10",
    "   (3 h and 5 h scores by DAC infirmary nurse on return)",
    "Relief at 3 h: 71%.",
    "Dr. Vanessa Pridgen, MD",
], banner="11/25/2026 11:43  NCDAC HEALTH SVCS RECORDS   9195550330  ->  3365550909   PG 4 OF 5",
   dpi="fine", seed=33, rot=0.9)

b03_release = [T([
    "NC DAC HEALTH SERVICES - RELEASE / CONTINUITY OF CARE SUMMARY",
    "Facility: COASTAL PLAIN CI      Release: 07/02/2026",
    "Patient: BELLAMY, MARCUS T   OPUS# 1240915   DOB 11/02/1986",
    "Problems: R SIJ pain (chronic); asthma; PTSD.",
    "Meds at release (30 d): naproxen 500 mg BID; omeprazole 20 mg daily;",
    "  sertraline 100 mg daily; albuterol HFA prn.",
    "Procedures in custody: R SIJ inj 03/04/26 (ECRMC). MRI L-spine 04/06/26",
    "  (ECRMC) - see outside records.",
    "Re-entry: Forsyth County re-entry council; Novant Health Waughtown clinic",
    "  appointment 07/09/2026.",
    "Completed by: S. Grady, RN 07/01/2026",
], font="mono", size=9.0)]

b03_xr = [T([
    "## NOVANT HEALTH IMAGING - WINSTON-SALEM",
    "Patient: BELLAMY, MARCUS     DOB 11/02/1986    Date: 07/28/2026",
    "EXAMS: AP PELVIS; SACROILIAC JOINTS; RIGHT HIP 2 VIEWS",
    "History: Right SI joint pain.",
    "FINDINGS: Mild subchondral sclerosis right SI joint, iliac side. No erosions",
    "or widening. Left SI joint normal. Right hip: mild joint space narrowing",
    "superiorly; small marginal osteophyte. No fracture. No focal bone lesion.",
    "IMPRESSION: 1. Mild right SI joint degenerative change, no sacroiliitis.",
    "2. Mild right hip osteoarthritis.",
    "Signed: Chen Wu, MD",
    "",
    "## NOVANT HEALTH IMAGING - CT",
    "Patient: BELLAMY, MARCUS     DOB 11/02/1986    Date: 08/11/2026",
    "EXAM: CT PELVIS WITHOUT CONTRAST, SIJ protocol",
    "FINDINGS: Mild R SIJ joint space narrowing and sclerosis, small vacuum",
    "phenomenon. No erosions or ankylosis. L SIJ normal. No fracture. No lytic",
    "or sclerotic lesion. No fluid collection.",
    "IMPRESSION: Mild R SIJ degenerative change. No erosive or destructive process.",
    "Signed: Chen Wu, MD",
], font="sans", size=9.5)]

b03_pt = [T([
    "## NOVANT HEALTH REHABILITATION - OUTPATIENT PT",
    "Patient: Marcus Bellamy   DOB 11/02/1986",
    "PT DISCHARGE SUMMARY    Episode 07/15/2026 - 10/09/2026    Visits: 20",
    "Dx: R SIJ dysfunction.   Therapist: Alana Scales, PT, DPT",
    "Interventions: lumbopelvic stabilization, glute strengthening, MET, SIJ belt,",
    "dry needling x2, progressive HEP.",
    "NPRS 7/10 -> 6/10.  ODI 40% -> 36%.  Plateau.",
    "D/C to HEP; recommend spine referral.",
], font="sans", size=9.6)]

b03_inj2 = [T([
    "## NOVANT HEALTH SPINE & PAIN - PROCEDURE NOTE",
    "Patient: Bellamy, Marcus T  DOB 11/02/1986  Date: 09/16/2026",
    "Physician: Ravi Menon, MD",
    "Procedure: RIGHT SI joint injection under fluoroscopy with contrast",
    "  (Omnipaque 240, 0.5 mL, intra-articular pattern confirmed).",
    "Injectate: lidocaine 2% 1.5 mL + triamcinolone 40 mg.",
    "",
    "Post-injection pain diary:",
    "   Time      Pain (0-10)",
    "   Pre       6",
    "   30 min    1",
    "   1 hr      2",
    "   2 hr      3",
    "   4 hr      5",
    "   Day 3     3",
    "   Day 14    4",
    "Relief 67% at 1 hr.",
    "R. Menon, MD",
], font="sans", size=9.6)]

PKT03 = {
    "id": "b10k-03", "form": "folder",
    "files": [
        ("01_fax_cover_and_request.pdf", b03_cover),
        ("02_letter_and_spine_note.pdf", b03_lmn + b03_consult),
        ("03_ncdac_records_partial.pdf", [b03_sick] + b03_prov + [b03_mar] + b03_ipt + [b03_inj1]
         + b03_release),
        ("04_community_records.pdf", b03_xr + b03_pt + b03_inj2),
    ],
}

PACKETS = [PKT01, PKT02, PKT03]

# ---------------------------------------------------------------- labels
L01 = {
    "procedure": "percutaneous", "request_date": "2026-11-16", "determination": "meets_criteria",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "upper buttock below the belt line", "non-radiating - he points with one finger to the R PSIS", "No leg pain"]},
        "perc.pain_severity": {"status": "met", "evidence": ["R SIJ pain 7/10 today"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "tender over the R PSIS / sacral sulcus", "Greater trochanter nontender bilaterally",
            "no midline tenderness", "Coccyx nontender"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Dates of care: 01/07/2026 - 04/22/2026", "Episode: 06/11/2026 to 09/17/2026"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "Naproxen 500 mg PO BID - KOP", "meloxicam 15 mg daily since 06/10/2026",
            "Naproxen 500 mg PO BID (started 12/10/2025)"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust (P4) ........ positive R"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": [
            "FABER (Patrick) .......... positive R", "Gaenslen ................. positive R"]},
        "perc.diagnostic_injections": {"status": "met", "evidence": [
            "75% relief at 4 hr", "71% relief at 1 hr", "57% relief at 3 hr",
            "Omnipaque 180, 1 mL", "Guidance: fluoroscopy"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell signs 0/5"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "No erosive sacroiliitis", "No destructive osseous lesion"]},
        "perc.hip_imaging": {"status": "met", "evidence": ["Right hip: no more than mild osteoarthritis"]},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "No nerve root compression or impingement", "No spinal canal stenosis or neural foraminal narrowing"]},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "~3 wks, pain returned to 7/10", "steroid relief about 10 days, pain back to 7/10"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["HLA-B27 negative"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": []},
        "perc.excl.acute_instability": {"status": "met", "evidence": []},
        "perc.excl.neural_compression": {"status": "met", "evidence": []},
    },
}
L02 = {
    "procedure": "open", "request_date": "2026-11-09", "determination": "does_not_meet_criteria",
    "criteria": {
        "open.indication": {"status": "not_met", "evidence": [
            "Other: degenerative left SIJ, failed conservative care",
            "degenerative arthropathy of the left SIJ",
            "Left sacroiliac joint dysfunction / degenerative SIJ arthropathy"]},
        "open.recent_imaging": {"status": "met", "evidence": [
            "Advanced degenerative arthropathy of the left sacroiliac joint"]},
        "open.excl.neural_compression": {"status": "met", "evidence": [
            "No nerve root compression"]},
    },
}
L03 = {
    "procedure": "percutaneous", "request_date": "2026-12-01", "determination": "insufficient_documentation",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": ["it does not radiate into the leg"]},
        "perc.pain_severity": {"status": "met", "evidence": ["Pain today 6/10 in the R SI region"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "Tender to palpation R PSIS / sacral sulcus", "GT nontender bilaterally",
            "paraspinals nontender", "Coccyx nontender"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "01/14/2026  PT EVAL", "HEP FOLLOW-UP (after 6-wk program)",
            "Episode 07/15/2026 - 10/09/2026"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "Ibuprofen 600 mg PO TID with food - KOP", "naproxen 500 mg BID KOP 02/12/26",
            "naproxen 500 mg BID (since 07/2026)"]},
        "perc.thigh_thrust_or_compression": {"status": "insufficient", "evidence": []},
        "perc.two_provocative_tests": {"status": "met", "evidence": [
            "FABER positive R", "Gaenslen positive R", "Distraction positive R"]},
        "perc.diagnostic_injections": {"status": "met", "evidence": [
            "Relief at 3 h: 71%", "Relief 67% at 1 hr", "fluoroscopic guidance",
            "Isovue-M 200, 0.5 mL"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell 0/5"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "no sacroiliitis", "No erosive or destructive process"]},
        "perc.hip_imaging": {"status": "met", "evidence": ["Mild right hip osteoarthritis"]},
        "perc.lumbar_imaging": {"status": "insufficient", "evidence": []},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "pain back to 7/10 since ~04/01", "pain has returned to baseline since early October"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": []},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": []},
        "perc.excl.acute_instability": {"status": "met", "evidence": []},
        "perc.excl.neural_compression": {"status": "met", "evidence": []},
    },
}
LABELS = {"b10k-01": L01, "b10k-02": L02, "b10k-03": L03}

# ---------------------------------------------------------------- rendering
FONTS = {"mono": ("DejaVuSansMono", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
         "sans": ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
         "serif": ("DejaVuSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")}


def render_text_pages(pages, footer):
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(__import__("datetime").datetime(2026, 11, 1))
    for fam, reg, bold in FONTS.values():
        pdf.add_font(fam, "", FD + reg)
        pdf.add_font(fam, "B", FD + bold)
    for pg in pages:
        pdf.add_page()
        fam = FONTS[pg["font"]][0]
        size = pg["size"]
        lh = size * 1.38
        y = 54
        for ln in pg["lines"]:
            bold = ln.startswith("## ")
            txt = ln[3:] if bold else ln
            pdf.set_font(fam, "B" if bold else "", size + (1 if bold else 0))
            pdf.set_xy(54, y)
            pdf.multi_cell(504, lh, txt if txt else " ")
            y = pdf.get_y()
        if footer:
            pdf.set_font("DejaVuSans", "", 7)
            pdf.set_xy(54, 750)
            pdf.cell(504, 10, footer)
    return bytes(pdf.output())


def render_fax_page(pg):
    W, H = 1734, 2156  # 8.5 x 11 in at 204 x 196 dpi
    rnd = random.Random(pg["seed"])
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 29)
    fb = ImageFont.truetype(FD + "DejaVuSansMono-Bold.ttf", 24)
    d.text((60, 22), pg["banner"], font=fb, fill=0)
    y = 150
    for ln in pg["lines"]:
        d.text((110, y), ln, font=fnt, fill=0)
        y += 38
    img = img.rotate(pg["rot"], resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.point(lambda v: 0 if v < 150 else 255).convert("1")
    px = img.load()
    for _ in range(900):  # specks
        x, yy = rnd.randrange(W), rnd.randrange(H)
        for dx in range(rnd.choice([1, 1, 2, 3])):
            for dy in range(rnd.choice([1, 2])):
                if x + dx < W and yy + dy < H:
                    px[x + dx, yy + dy] = 0
    d = ImageDraw.Draw(img)
    for _ in range(2):  # dropout lines (white streaks)
        yy = rnd.randrange(200, 150 + 38 * len(pg["lines"]))
        d.rectangle([0, yy, W, yy + rnd.choice([1, 2])], fill=1)
    d.line([(0, H - 40), (W, H - 42)], fill=0, width=2)  # scanner edge streak
    dpi = (204, 196)
    if pg["dpi"] == "std":
        img = img.convert("L").resize((W, H // 2), Image.LANCZOS)
        img = img.point(lambda v: 0 if v < 160 else 255).convert("1")
        dpi = (204, 98)
    buf = io.BytesIO()
    img.save(buf, format="TIFF", compression="group4", dpi=dpi)
    layout = img2pdf.get_fixed_dpi_layout_fun(dpi)
    return img2pdf.convert(buf.getvalue(), layout_fun=layout)


def build_pdf(pages, footer, path):
    w = PdfWriter()
    for pg in pages:
        data = render_text_pages([pg], footer) if pg["kind"] == "text" else render_fax_page(pg)
        for p in PdfReader(io.BytesIO(data)).pages:
            w.add_page(p)
    w.add_metadata({"/Producer": "b10k generator"})
    with open(path, "wb") as fh:
        w.write(fh)


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for pk in PACKETS:
        pid = pk["id"]
        if pk["form"] == "single":
            build_pdf(pk["pages"], H2, os.path.join(OUT, pid + ".pdf"))
            with open(os.path.join(OUT, pid + ".labels.json"), "w") as fh:
                json.dump(LABELS[pid], fh, indent=2)
        else:
            folder = os.path.join(OUT, pid)
            os.makedirs(folder)
            foot = H1 if pid == "b10k-01" else "BELLAMY, MARCUS T  DOB 11/02/1986  Member NCM650381177"
            for fname, pages in pk["files"]:
                build_pdf(pages, foot, os.path.join(folder, fname))
            if pk.get("packet_json"):
                with open(os.path.join(folder, "packet.json"), "w") as fh:
                    json.dump(pk["packet_json"], fh, indent=2)
            with open(os.path.join(folder, "labels.json"), "w") as fh:
                json.dump(LABELS[pid], fh, indent=2)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
