"""b7u-01: open SIJ fusion (CPT 27280) after failed percutaneous fusion. Gold: meets_criteria."""

PT = "WHITLOW, DENISE R"
DOB = "05/19/1968"
MRN = "PRM-00418827"

IRH = ["PIEDMONT RIDGE REGIONAL MEDICAL CENTER",
       "Department of Radiology - Interventional Radiology Section",
       "2200 Alamance Church Rd, Burlington NC 27215   Ph 336-555-0170  Fax 336-555-0179"]
SPH = ["CAROLINA CREST SPINE & ORTHOPAEDICS, PLLC",
       "1410 Westbrook Pkwy Ste 300, Graham NC 27253   T 336-555-0122  F 336-555-0123"]


def foot(doc, p, n):
    return ["%s   DOB %s   MRN %s   %s   Page %d of %d" % (PT, DOB, MRN, doc, p, n)]


def pages():
    P = {}
    # ---------------- file 1: fax cover + PA request form ----------------
    cover = {"name": "fax cover", "family": "helv", "els": [
        ("title", "FAX  -  CAROLINA CREST SPINE & ORTHOPAEDICS"),
        ("kv", [("Date:", "02/12/2026  09:14"),
                ("To:", "CareSource NC Marketplace - Utilization Management / Prior Auth"),
                ("Fax:", "1-855-555-0148"),
                ("From:", "Tamsin Okafor, surgical scheduler for Dr. Reuben Aldana"),
                ("Phone / Fax:", "336-555-0122 / 336-555-0123"),
                ("Pages:", "13 including cover"),
                ("Re:", "PRIOR AUTH - OPEN REVISION L SI JOINT ARTHRODESIS - D. Whitlow")]),
        ("rule",),
        ("p", "Please find attached the precert request and supporting records for the above member. "
              "Enclosed: request form, office notes (2), IR injection record with nursing sedation record "
              "and call-back log, CT pelvis 01/15/2026, pelvis x-ray 04/2025, lumbar MRI 10/2025, and the "
              "referral letter from Haw River Pain Mgmt. Surgery is tentatively held for 03/10/2026 at "
              "Piedmont Ridge Regional (inpatient)."),
        ("p", "Please call Tamsin at ext. 231 with the reference number or if anything further is needed."),
        ("sp", 20),
        ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is "
              "privileged and confidential under federal and state law. If you are not the intended "
              "recipient you are hereby notified that any review, dissemination or copying is strictly "
              "prohibited. If received in error please notify the sender by telephone and destroy all copies."),
    ]}
    form = {"name": "PA request form", "family": "helv", "size": 9.5, "header": [
        "CareSource North Carolina - Prior Authorization Request (Medical / Outpatient & Inpatient Surgery)",
        "Submit by fax 1-855-555-0148   |   Marketplace plans"], "els": [
        ("h", "SECTION A - MEMBER"),
        ("kv", [("Member name", "Denise R. Whitlow"), ("Member ID", "CSN7730418852"),
                ("DOB / Sex", "05/19/1968  F"), ("Phone", "336-555-0861")], 120),
        ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting MD", "Reuben Aldana, MD (Orthopaedic Spine)  NPI 1730045521"),
                ("Practice", "Carolina Crest Spine & Orthopaedics, PLLC  TIN 56-1093347"),
                ("Facility", "Piedmont Ridge Regional Medical Center - inpatient, 2 day LOS"),
                ("Contact", "Tamsin Okafor  336-555-0122 x231")], 120),
        ("h", "SECTION C - SERVICE REQUESTED"),
        ("kv", [("Request date", "02/12/2026"),
                ("Date of service", "03/10/2026 (tentative)"),
                ("CPT / HCPCS", "27280  Arthrodesis, open, sacroiliac joint, including obtaining bone graft"),
                ("", "20680  Removal of implant; deep (L SIJ implants x3)"),
                ("Laterality", "LEFT"),
                ("ICD-10", "T84.84XA  Pain due to internal orthopedic prosthetic devices, initial"),
                ("", "M96.0  Pseudarthrosis after fusion or arthrodesis"),
                ("", "M53.3  Sacrococcygeal disorders, not elsewhere classified")], 120),
        ("box", [(False, "Urgent (72 hr)"), (True, "Standard")]),
        ("h", "SECTION D - CLINICAL SUMMARY (attach records)"),
        ("p", "57 y/o F s/p LEFT percutaneous SIJ fusion 06/18/2024 (3 triangular Ti implants, outside "
              "facility). Good early result, then recurrent L buttock pain from ~03/2025. CT pelvis "
              "01/15/2026 = periprosthetic lucency around all 3 implants with no bridging bone across the "
              "joint (nonunion/loosening). CT-guided L SIJ block 12/09/2025 at Piedmont Ridge IR gave 80% "
              "relief. Lumbar MRI 10/21/2025 without stenosis or root impingement. Request open revision "
              "L SIJ arthrodesis with implant removal and autograft for failed prior percutaneous fusion."),
        ("sp", 6),
        ("kv", [("Signature", "R. Aldana MD  (e-signed)"), ("Date", "02/12/2026")], 120),
    ]}
    P["01_fax_cover_and_request.pdf"] = [cover, form]

    # ---------------- file 2: pain clinic referral + spine note 1 ----------------
    ref = {"name": "referral letter", "family": "times", "size": 10.5, "header": [
        "HAW RIVER PAIN MANAGEMENT",
        "Interventional & Medical Pain Care  |  605 N Main St, Mebane NC 27302  |  919-555-0196"], "els": [
        ("p", "October 2, 2025"),
        ("p", "Piedmont Ridge Regional Medical Center\nInterventional Radiology - Procedure Scheduling\n"
              "Fax 336-555-0179"),
        ("p", "RE: Denise R. Whitlow   DOB 05/19/1968\nRequested: CT-guided LEFT sacroiliac joint "
              "injection (diagnostic), moderate sedation OK"),
        ("p", "Dear colleagues,"),
        ("p", "I am referring Ms. Whitlow, whom I have followed since 2023 for left-sided low back and "
              "buttock pain. She was originally diagnosed with degenerative left SI joint dysfunction and, "
              "after two fluoroscopic SI joint injections with good short-term results, underwent a left "
              "minimally invasive SI joint fusion in June 2024 at an outside hospital. She did well for "
              "roughly nine months. Since spring 2025 the same deep left buttock ache has returned, worse "
              "with stairs and rising from a chair, currently rated 7/10 on most days."),
        ("p", "Because there is metal crossing the joint, I would prefer the injection be done under CT "
              "rather than fluoroscopy so the needle tip and contrast spread can be confirmed around the "
              "implants. She has been on gabapentin 300 mg TID and celecoxib 200 mg daily, uses a heating pad "
              "at night, and completed 10 visits of PT this summer without lasting benefit."),
        ("p", "She has no fevers, and there is no history of wound problems after the 2024 fusion. Her "
              "mother has rheumatoid arthritis; Denise herself has never been diagnosed with an inflammatory "
              "arthritis. Please send the procedure report and post-procedure pain log to my office and to "
              "Dr. Aldana at Carolina Crest Spine, who is evaluating her for revision."),
        ("p", "Thank you for seeing her."),
        ("p", "Sincerely,"),
        ("sp", 14),
        ("p", "Priya Venkataraman, MD\nDiplomate, ABA - Pain Medicine\ncc: Reuben Aldana, MD"),
    ]}
    soap1 = {"name": "spine note 2025-09-30", "family": "helv", "size": 9.5, "header": SPH + [
        "CLINIC NOTE   DOS 09/30/2025   Provider: Reuben Aldana, MD   Pt: Whitlow, Denise R  DOB 05/19/1968"],
        "els": [
        ("p", "CC: L buttock pain, recurrent after SIJ fusion"),
        ("h", "S:"),
        ("p", "57F referred by Dr. Venkataraman. s/p L SIJ fusion (27279) 06/18/2024 @ Lakeview Surgical, "
              "3 implants. ~80% better x 9 mo then gradual return of deep L buttock/PSIS pain since ~03/2025. "
              "Pain 7/10 today, 4/10 at best. Worse sit-to-stand, stairs, lying on L side. Denies leg "
              "numbness/weakness, no bowel/bladder sx. No fevers/chills, no wound drainage ever. "
              "Hx of degenerative L SIJ dz (the orig indication 2024)."),
        ("p", "Meds: celecoxib 200 daily, gabapentin 300 TID. PMH: HTN, hypothyroid. "
              "SHx: never smoker, retired school bus driver. FHx: mother RA."),
        ("h", "O:"),
        ("p", "Well healed 3 cm L lateral buttock incision, no erythema. Gait antalgic L. "
              "TTP over L PSIS/SIJ sulcus. Non-tender L greater trochanter. Lumbar ROM full, non-tender. "
              "FABER + L (pain at SIJ), thigh thrust + L, compression + L, distraction neg. "
              "SLR neg bilat. Strength 5/5 BLE, DTR 2+ sym, sensation intact."),
        ("p", "XR (04/02/2025, outside): 3 implants across L SIJ, position unchanged from post-op films. "
              "I do not have anything more recent."),
        ("h", "A:"),
        ("p", "1. Recurrent L SIJ pain after percutaneous SIJ fusion - concern for nonunion / implant "
              "loosening.  2. r/o low-grade infection - no clinical signs, will check labs.  "
              "3. r/o lumbar source - no radicular sx, will image."),
        ("h", "P:"),
        ("p", "- MRI L-spine w/o  - ESR/CRP  - agree w/ CT-guided L SIJ block via Piedmont Ridge IR (order "
              "placed by Dr V)  - CT pelvis thin-cut after the block  - RTC after studies. "
              "Pt understands a revision would be an open procedure."),
        ("sp", 6),
        ("p", "Electronically signed: Reuben Aldana, MD 09/30/2025 17:42"),
    ]}
    P["02_referral_and_spine_note.pdf"] = [ref, soap1]

    # ---------------- file 3: IR encounter 12/09/2025 ----------------
    checklist = {"name": "pre-procedure checklist", "family": "helv", "size": 9.5, "header": IRH + [
        "PRE-PROCEDURE CHECKLIST / UNIVERSAL PROTOCOL TIME-OUT        Date: 12/09/2025   Room: CT-2"],
        "els": [
        ("kv", [("Patient", "Whitlow, Denise R   DOB 05/19/1968   MRN PRM-00418827"),
                ("Procedure", "CT-guided LEFT sacroiliac joint injection (diagnostic)"),
                ("Ordering", "Priya Venkataraman, MD (Haw River Pain Mgmt)"),
                ("Performing", "Halvard Stensrud, MD (IR)")], 100),
        ("table", [["Item", "Y/N", "Initials / comment"],
                   ["Two patient identifiers verified (name/DOB)", "Y", "KD"],
                   ["Consent signed, witnessed", "Y", "KD  09:02"],
                   ["H&P within 30 days / updated today", "Y", "HS"],
                   ["NPO since midnight (solids) / clears until 0600", "Y", "last clears 0530"],
                   ["Allergies reviewed", "Y", "Sulfa (rash). No iodinated contrast allergy"],
                   ["Anticoagulants / antiplatelets held", "N/A", "not on any"],
                   ["Pregnancy screen", "N/A", "post-menopausal"],
                   ["Site marked", "Y", "L buttock, marked by MD"],
                   ["IV access", "Y", "22g R hand"],
                   ["Responsible adult driver", "Y", "husband (Gary) in lobby"],
                   ["Metal / implant noted", "Y", "L SIJ implants x3 - CT approach planned"],
                   ["Baseline pain score", "Y", "7/10 L buttock"]], [260, 40, 180]),
        ("h", "TIME-OUT"),
        ("p", "Time-out performed 09:41 with all team members present: Dr. Stensrud, K. Draper RN "
              "(sedation), L. Pham RT(R)(CT). Correct patient, procedure, LEFT side, position prone, "
              "equipment and contrast available. All team members in agreement."),
        ("p", "RN signature: Kelsey Draper, RN  12/09/2025 09:41"),
    ]}
    irrep = {"name": "IR report 2025-12-09", "family": "times", "size": 10, "header": IRH + [
        "RADIOLOGY REPORT"], "els": [
        ("kv", [("Exam:", "CT GUIDED INJECTION SACROILIAC JOINT LEFT  (CPT 27096, 77012)"),
                ("Date of exam:", "12/09/2025  09:44"),
                ("Accession:", "CT25-1209-0331"),
                ("Patient:", "WHITLOW, DENISE R   MRN PRM-00418827   DOB 05/19/1968"),
                ("Referring:", "Venkataraman, Priya MD")], 95),
        ("h", "CLINICAL HISTORY:"),
        ("p", "57-year-old female with recurrent left buttock pain after percutaneous left SI joint fusion "
              "(2024). Diagnostic block requested."),
        ("h", "TECHNIQUE:"),
        ("p", "Informed consent was obtained after discussion of risks including bleeding, infection, "
              "increased pain and allergic reaction. The patient was placed prone on the CT table. A "
              "limited planning CT of the pelvis was obtained. The left buttock was prepped and draped in "
              "the usual sterile fashion and the skin anesthetized with 1% lidocaine. Under intermittent CT "
              "guidance a 22-gauge 3.5 inch spinal needle was advanced into the inferior third of the left "
              "sacroiliac joint, inferior to the implants. 0.5 mL of iohexol (Omnipaque 180) was injected, "
              "confirming intra-articular spread outlining the joint without vascular uptake. Then 2 mL of "
              "0.5% bupivacaine was injected. No corticosteroid was administered per referring physician "
              "request (diagnostic block). The needle was removed and a bandage applied."),
        ("h", "SEDATION:"),
        ("p", "Moderate sedation with 1 mg midazolam and 50 mcg fentanyl IV administered by the IR nurse "
              "under my direct supervision. Intraservice time 16 minutes. See nursing record."),
        ("h", "CONTRAST:"),
        ("p", "Iohexol 180 mgI/mL, 0.5 mL intra-articular. No intravascular contrast."),
        ("h", "RADIATION DOSE:"),
        ("mono", "Total DLP: 412.6 mGy-cm     CTDIvol (planning): 11.8 mGy     Scan series: 6"),
        ("h", "FINDINGS:"),
        ("p", "Three triangular titanium implants traverse the left sacroiliac joint. There is 2 mm "
              "lucency surrounding the superior and middle implants. Contrast fills the inferior joint "
              "space. No fluid collection."),
        ("h", "IMPRESSION:"),
        ("p", "1. Technically successful CT-guided left sacroiliac joint injection with bupivacaine "
              "(diagnostic).  2. Pre-procedure pain 7/10; 1/10 at 30 minutes post procedure (approximately "
              "85% relief).  3. Periprosthetic lucency about the left SI joint implants; dedicated CT "
              "pelvis recommended."),
        ("p", "Dictated by: Halvard Stensrud, MD   Signed 12/09/2025 11:02"),
    ]}
    sed = {"name": "sedation flowsheet", "family": "helv", "size": 9, "header": IRH + [
        "NURSING MODERATE SEDATION RECORD - IR         12/09/2025          Whitlow, Denise R  MRN PRM-00418827"],
        "els": [
        ("kv", [("ASA class", "II"), ("Airway (Mallampati)", "II"),
                ("Sedation RN", "Kelsey Draper, RN"), ("O2", "2 L NC")], 120),
        ("table", [["Time", "BP", "HR", "RR", "SpO2", "EtCO2", "RASS", "Pain", "Meds / notes"],
                   ["0930", "142/84", "78", "16", "98%", "--", "0", "7/10", "baseline, pre"],
                   ["0939", "138/80", "76", "16", "99%", "36", "0", "7", "midazolam 1 mg IV"],
                   ["0940", "136/78", "74", "14", "99%", "37", "-1", "", "fentanyl 50 mcg IV"],
                   ["0945", "128/76", "70", "14", "98%", "38", "-1", "", "needle placement"],
                   ["0950", "126/74", "68", "14", "98%", "38", "-1", "", "contrast/bupi inj"],
                   ["0956", "130/76", "70", "15", "99%", "37", "0", "", "procedure end"],
                   ["1010", "132/78", "72", "16", "97%", "--", "0", "2/10", "PACU-IR bay 4"],
                   ["1026", "134/80", "72", "16", "97%", "--", "0", "1/10", "walked, provoking"],
                   ["1056", "130/78", "70", "16", "98%", "--", "0", "1/10", "stairs x4, sit-stand"]],
         [40, 50, 30, 30, 38, 38, 36, 38, 140]),
        ("p", "Aldrete 10/10 at 1056. Discharged ambulatory with husband 1104. Pain diary card given "
              "(hourly x 8 h). Discharge instructions reviewed incl. numbness precautions; pt verbalized "
              "understanding."),
        ("p", "K. Draper RN 12/09/2025 1104"),
    ]}
    calls = {"name": "nurse call log", "fax": "fine", "family": "fax", "size": 10.5,
             "banner": "12/17/2025 08:31  FROM: PIEDMONT RIDGE IR  336 555 0179  TO: HAW RIVER PAIN 9195550197  P. 2/3",
             "header": ["PIEDMONT RIDGE REGIONAL - IR NURSING",
                        "POST-PROCEDURE TELEPHONE FOLLOW-UP LOG"], "els": [
        ("kv", [("Patient:", "Whitlow, Denise R   DOB 05/19/1968"),
                ("Procedure:", "CT-guided L SIJ inj (bupivacaine only) 12/09/2025")], 90),
        ("h", "Day 1 call - 12/10/2025 10:15 - K. Draper RN"),
        ("p", "Spoke w/ pt. Diary: 7 before, 1-2/10 for the first 5 hours, pain back to "
              "6/10 around 4 pm. Pt states relief lasted about 5 hours. No fever, site clean, no leg "
              "numbness. Instructed to call with any redness/drainage."),
        ("h", "Day 7 call - 12/16/2025 14:40 - M. Ostrowski RN"),
        ("p", "Pain back to her usual, 6-7/10. Expected since no steroid was given. Has f/u with "
              "Dr. Aldana after CT pelvis. No complications. Log faxed to Dr V and Dr Aldana."),
        ("sp", 10),
        ("table", [["Hour post", "0.5", "1", "2", "3", "4", "5", "6", "8"],
                   ["Pain /10", "1", "1", "1", "2", "2", "2", "5", "6"]], [70, 30, 30, 30, 30, 30, 30, 30, 30]),
        ("p", "(pain diary as read back by patient over the phone)"),
    ]}
    P["03_IR_block_2025-12-09.pdf"] = [checklist, irrep, sed, calls]

    # ---------------- file 4: imaging ----------------
    ct = {"name": "CT pelvis 2026-01-15", "family": "times", "size": 10, "header": IRH[:2] + [
        "DIAGNOSTIC RADIOLOGY REPORT"], "els": [
        ("kv", [("Exam:", "CT PELVIS WITHOUT CONTRAST - SI JOINT PROTOCOL (thin section, MAR)"),
                ("Date:", "01/15/2026 13:20"),
                ("Accession:", "CT26-0115-0118"),
                ("Patient:", "WHITLOW, DENISE R  MRN PRM-00418827  DOB 05/19/1968"),
                ("Ordering:", "Aldana, Reuben MD")], 95),
        ("h", "INDICATION:"),
        ("p", "Recurrent left SI joint pain after percutaneous fusion 06/2024. Assess for nonunion/loosening."),
        ("h", "COMPARISON:"),
        ("p", "Pelvis radiographs 04/02/2025. Planning images from CT-guided injection 12/09/2025."),
        ("h", "TECHNIQUE:"),
        ("p", "Helical 0.625 mm axial images of the pelvis with metal artifact reduction; coronal and "
              "sagittal reformats. DLP 498.2 mGy-cm."),
        ("h", "FINDINGS:"),
        ("p", "Left SI joint: Three triangular titanium implants traverse the left iliac wing and sacral "
              "ala. There is circumferential lucency measuring 2-3 mm around all three implants, most "
              "pronounced along the superior implant, with a thin sclerotic rim. No osseous bridging "
              "across the left SI joint is identified. The superior implant has backed out approximately "
              "4 mm relative to the prior CT-guided images. No implant fracture. No implant breach of "
              "the sacral neural foramina."),
        ("p", "Right SI joint: Mild subchondral sclerosis and small anterior osteophytes. No erosions."),
        ("p", "No fluid collection, soft tissue gas or periosteal reaction to suggest infection. No "
              "destructive osseous lesion. No acute fracture. Hips: mild bilateral joint space narrowing. "
              "Pelvic viscera unremarkable on this non-contrast study."),
        ("h", "IMPRESSION:"),
        ("p", "1. Failed left percutaneous SI joint fusion: periprosthetic lucency around all three "
              "implants, no bridging bone, and 4 mm back-out of the superior implant, consistent with "
              "nonunion and loosening.  2. No CT evidence of infection.  3. Mild right SI joint "
              "degenerative change."),
        ("p", "Electronically signed by: Odile Marchetti, MD (Musculoskeletal Radiology) 01/15/2026 16:47"),
    ]}
    xr = {"name": "XR pelvis 2025-04-02", "fax": "standard", "family": "faxserif", "size": 11, "skew": 0.8,
          "banner": "02/11/2026 15:02  FROM: LAKEVIEW SURGICAL HIM 7045550112  TO: 3365550123  P. 1/1",
          "header": ["LAKEVIEW SURGICAL HOSPITAL - IMAGING", "Radiology Report"], "els": [
        ("kv", [("Patient:", "Whitlow, Denise  DOB 05/19/1968"),
                ("Exam:", "XR PELVIS AP AND SI JOINT OBLIQUES (3 VIEWS)"),
                ("Date:", "04/02/2025")], 80),
        ("h", "HISTORY:"),
        ("p", "Status post left SI joint fusion 06/2024, new buttock pain."),
        ("h", "FINDINGS:"),
        ("p", "Three implants cross the left SI joint in unchanged position compared with 07/2024 "
              "postoperative films. No definite periprosthetic lucency on radiographs. No fracture. "
              "Right SI joint mildly sclerotic."),
        ("h", "IMPRESSION:"),
        ("p", "Stable appearance of left SI joint fusion hardware. CT can be obtained if clinical "
              "concern for loosening persists."),
        ("p", "Read by: T. Brannigan, MD   04/02/2025"),
    ]}
    mri = {"name": "MRI L-spine 2025-10-21", "fax": "fine", "family": "fax", "size": 10.5, "skew": -0.6,
           "banner": "10/22/2025 07:58 FROM: TRIAD OPEN MRI 3365550150 TO: CAROLINA CREST SPINE P. 1/1",
           "header": ["TRIAD OPEN MRI & IMAGING", "MRI REPORT"], "els": [
        ("kv", [("Patient:", "WHITLOW, DENISE R   DOB 05/19/1968"),
                ("Exam:", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
                ("Date:", "10/21/2025"),
                ("Referring:", "R. Aldana, MD")], 85),
        ("h", "CLINICAL:"),
        ("p", "L buttock pain, prior L SIJ fusion, exclude lumbar source."),
        ("h", "FINDINGS:"),
        ("p", "Alignment normal. Vertebral body heights maintained. Conus terminates at L1. "
              "Susceptibility artifact from left SI joint hardware partly obscures the left sacral ala."),
        ("p", "L3-4: Normal.  L4-5: Mild disc bulge and facet hypertrophy; no canal or foraminal stenosis. "
              "L5-S1: Mild disc desiccation without herniation. Foramina patent."),
        ("h", "IMPRESSION:"),
        ("p", "1. Mild degenerative change at L4-5 and L5-S1.  2. No nerve root impingement, "
              "canal stenosis or foraminal stenosis at any lumbar level."),
        ("p", "Gerald Anyanwu, MD - signed 10/21/2025"),
    ]}
    P["04_imaging.pdf"] = [ct, xr, mri]

    # ---------------- file 5: spine note 2 + meds ----------------
    soap2 = {"name": "spine note 2026-01-27", "family": "helv", "size": 9.5, "header": SPH + [
        "CLINIC NOTE   DOS 01/27/2026   Provider: Reuben Aldana, MD   Pt: Whitlow, Denise R  DOB 05/19/1968"],
        "els": [
        ("p", "CC: f/u L SIJ pain, results review"),
        ("h", "S:"),
        ("p", "Pain unchanged, 7/10, L buttock, not going down the leg. CT-guided L SIJ block "
              "12/09/25 (Piedmont Ridge IR) - ~85% relief for ~5 h then back to baseline, which "
              "supports the L SIJ as the pain generator. ESR 11, CRP 0.3 (nl) on 10/06/25. "
              "Sleeping poorly, waking w/ pain 2-3x/nite. Still on celecoxib + gabapentin, heat qhs."),
        ("h", "O:"),
        ("p", "Unchanged exam: TTP L SIJ, FABER + L, thigh thrust + L. Neuro intact BLE. Incision benign."),
        ("p", "Imaging personally reviewed w/ pt: CT pelvis 01/15/26 - lucency around all 3 implants, "
              "no bridging, superior implant backed out ~4 mm. MRI L-spine 10/21/25 - no stenosis, no root "
              "impingement."),
        ("h", "A:"),
        ("p", "Failed L percutaneous SIJ fusion (nonunion w/ implant loosening), symptomatic. "
              "Infection felt unlikely (normal labs, no CT signs) - will send intra-op cultures anyway. "
              "No lumbar compressive lesion to explain sx."),
        ("h", "P:"),
        ("p", "Discussed revision options. A repeat percutaneous approach is not appropriate with "
              "loose implants and lucent tracks. Plan OPEN revision L SIJ arthrodesis: removal of implants, "
              "joint debridement, iliac crest autograft, plate/screw fixation. R/B/A reviewed incl. "
              "bleeding, infection, nerve injury, nonunion, DVT. Pt wishes to proceed. Will submit PA "
              "(27280, 20680). Pre-op labs, PAT visit."),
        ("sp", 6),
        ("p", "Electronically signed: Reuben Aldana, MD 01/27/2026 16:05"),
    ]}
    meds = {"name": "med list", "family": "helv", "size": 9.5, "header": SPH + [
        "MEDICATION / ALLERGY LIST (printed 02/11/2026)     Whitlow, Denise R   DOB 05/19/1968"], "els": [
        ("table", [["Medication", "Sig", "Start", "Status"],
                   ["celecoxib 200 mg cap", "1 PO daily with food", "11/2024", "active"],
                   ["gabapentin 300 mg cap", "1 PO TID", "05/2025", "active"],
                   ["lisinopril 10 mg tab", "1 PO daily", "2019", "active"],
                   ["levothyroxine 75 mcg tab", "1 PO qAM", "2016", "active"],
                   ["tramadol 50 mg tab", "1 PO q6h prn severe pain", "07/2024", "stopped 09/2024"],
                   ["heating pad", "nightly to L buttock", "--", "pt-reported"]], [150, 150, 60, 80]),
        ("kv", [("Allergies", "Sulfa antibiotics (rash)"), ("Reviewed by", "J. Whitcomb, CMA 02/11/2026")], 100),
    ]}
    P["05_spine_followup_and_meds.pdf"] = [soap2, meds]

    # footers with per-file page numbers
    for fn, pgs in P.items():
        for i, pg in enumerate(pgs):
            if not pg.get("fax"):
                pg["footer"] = foot(fn.split(".")[0], i + 1, len(pgs))
    return P


REQUEST_DATE = "2026-02-12"
PACKET_JSON = {"request_date": "2026-02-12", "procedure_codes": ["27280"],
               "member_id": "CSN7730418852", "policy": "MP-MM-1366"}
LABELS = {
    "procedure": "open",
    "request_date": "2026-02-12",
    "determination": "meets_criteria",
    "criteria": {
        "open.indication": {"status": "met", "evidence": [
            "Failed L percutaneous SIJ fusion (nonunion w/ implant loosening)",
            "Failed left percutaneous SI joint fusion"]},
        "open.recent_imaging": {"status": "met", "evidence": [
            "circumferential lucency measuring 2-3 mm around all three implants",
            "No osseous bridging across the left SI joint is identified",
            "consistent with nonunion and loosening"]},
        "open.excl.neural_compression": {"status": "met", "evidence": [
            "No nerve root impingement, canal stenosis or foraminal stenosis",
            "No implant breach of the sacral neural foramina"]},
    },
}
