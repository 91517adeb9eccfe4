"""b7u-02: percutaneous SIJ fusion (CPT 27279), right. Gold: insufficient_documentation
(no hip radiographs; only one corticosteroid SIJ injection)."""

PT = "OYELARAN, MARCUS T"
DOB = "11/03/1979"
MRN = "PRM-00533190"

IRH = ["PIEDMONT RIDGE REGIONAL MEDICAL CENTER",
       "Dept. of Radiology / Interventional Radiology",
       "2200 Alamance Church Rd, Burlington NC 27215  |  IR scheduling 336-555-0170"]
SPH = ["CAROLINA CREST SPINE & ORTHOPAEDICS, PLLC - Graham Office",
       "T 336-555-0122   F 336-555-0123"]

FAXB = "FROM: CAROLINA CREST SPINE 3365550123  TO: CARESOURCE UM 18555550148"


def pages():
    pg = []
    pg.append({"name": "fax cover", "fax": "standard", "family": "fax", "size": 11.5, "skew": 1.1,
               "banner": "01/20/2026 11:47  " + FAXB + "  P. 1/15",
               "els": [
        ("title", "F A X   T R A N S M I T T A L"),
        ("sp", 6),
        ("kv", [("DATE", "01/20/2026"), ("TO", "CareSource NC - Prior Authorization"),
                ("FAX", "(855) 555-0148"), ("FROM", "Carolina Crest Spine & Orthopaedics"),
                ("ATTN", "Precert dept / spine"), ("RE", "Marcus Oyelaran  DOB 11/03/1979"),
                ("PAGES", "15 (incl. this sheet)")], 90),
        ("sp", 8),
        ("p", "Request for R SI joint fusion, minimally invasive. Office notes, PT d/c summary, "
              "IR injection records x2, imaging and med list attached."),
        ("p", "Urgent?  NO        Please fax determination to 336-555-0123."),
        ("sp", 30),
        ("p", "The documents accompanying this transmission contain confidential health information "
              "that is legally privileged. If you received this in error, call 336-555-0122 immediately."),
    ]})
    pg.append({"name": "PA request form", "family": "helv", "size": 9.5, "header": [
        "CareSource North Carolina  |  Prior Authorization Request Form  |  Fax 1-855-555-0148",
        "All fields required unless marked optional"], "els": [
        ("h", "1. Member"),
        ("kv", [("Name", "Marcus T. Oyelaran"), ("Member ID", "CSN5516093274"),
                ("Date of birth", "11/03/1979"), ("Plan", "NC Marketplace - Silver")], 110),
        ("h", "2. Provider"),
        ("kv", [("Ordering", "Reuben Aldana, MD   NPI 1730045521"),
                ("Servicing facility", "Piedmont Ridge Ambulatory Surgery Center   NPI 1437700218"),
                ("Setting", "Outpatient surgery")], 110),
        ("h", "3. Request"),
        ("kv", [("Date of request", "01/20/2026"),
                ("Anticipated DOS", "02/24/2026"),
                ("Procedure", "Minimally invasive RIGHT sacroiliac joint fusion/stabilization"),
                ("CPT", "27279"),
                ("Units", "1"),
                ("Dx (ICD-10)", "M53.3 ; M54.50 (low back pain, unspecified)")], 110),
        ("h", "4. Clinical information"),
        ("p", "46M, R SIJ-mediated pain since 2024 (lifting injury at work, no fracture). Failed "
              "PT 03-10/2025 and meloxicam since 01/2025. Two CT-guided R SIJ blocks at Piedmont Ridge IR "
              "(07/08/2025 and 08/26/2025), both >= 75% relief for the duration of bupivacaine. "
              "Exam: R SIJ tenderness, thigh thrust +, FABER +, Gaenslen +. CT pelvis and L-spine MRI without "
              "alternate source. See attached."),
        ("sp", 8),
        ("kv", [("Requesting signature", "Reuben Aldana MD (e-sig)   01/20/2026"),
                ("Contact", "T. Okafor  336-555-0122 x231")], 110),
    ]})
    pg.append({"name": "referral letter", "family": "times", "size": 10.5, "header": [
        "HAW RIVER PAIN MANAGEMENT",
        "605 N Main St, Mebane NC 27302   |   P 919-555-0196   F 919-555-0197"], "els": [
        ("p", "June 12, 2025"),
        ("p", "To: Interventional Radiology, Piedmont Ridge Regional Medical Center"),
        ("p", "Re: OYELARAN, Marcus T. (DOB 11/03/1979) - referral for CT-guided RIGHT SI joint "
              "injections, first with steroid, then a comparative anesthetic-only block"),
        ("p", "Dear Dr. Stensrud,"),
        ("p", "Mr. Oyelaran is a 45-year-old warehouse supervisor with right low back and buttock pain "
              "that began after lifting a pallet jack in the fall of 2024. Plain films at the time showed "
              "no fracture. The pain sits just below the belt line over the right posterior superior "
              "iliac spine and upper buttock; it does not travel into the thigh or below the knee. He "
              "rates it 6-8/10, worse with prolonged sitting and with getting in and out of his truck."),
        ("p", "He began formal physical therapy at Alamance Sports & Spine Rehab on 03/10/2025 and "
              "remains enrolled. He has taken meloxicam 15 mg daily since January with modest effect and "
              "uses heat and a sacroiliac belt at work."),
        ("p", "His lumbar MRI from April is unremarkable for compressive pathology, and CT of the "
              "pelvis showed no inflammatory change at the SI joints. On my exam he had pain with "
              "FABER, Gaenslen's and thigh thrust on the right. Waddell signs were absent."),
        ("p", "I would be grateful if your department could perform the injections under CT guidance, "
              "as his body habitus (BMI 37) made fluoroscopic landmarks difficult in our suite. "
              "Please fax reports to my office."),
        ("p", "Kind regards,"),
        ("sp", 12),
        ("p", "Priya Venkataraman, MD\nHaw River Pain Management"),
    ]})
    pg.append({"name": "spine note 2025-05-14", "family": "helv", "size": 9.5, "header": SPH + [
        "NEW PATIENT   05/14/2025   Aldana, Reuben MD    OYELARAN, MARCUS T   DOB 11/03/1979"], "els": [
        ("p", "Ref: Dr. Venkataraman.  CC: R low back/buttock pain x 7 mo."),
        ("h", "S"),
        ("p", "45M, onset 10/2024 lifting at work. Pain R PSIS / upper buttock, below L5, "
              "no radiation to leg, no N/T/weakness. 8/10 today. Was 9/10 in 11/2024 before PT. "
              "Sitting > 20 min, rolling in bed, stairs aggravate. PT ongoing since 03/10/25 (2x/wk). "
              "Meloxicam 15 daily since 01/06/25, heat, SI belt. Denies fever, wt loss, night sweats. "
              "No AM stiffness > 30 min. No psoriasis, no IBD, no eye inflammation."),
        ("p", "FHx: mother fibromyalgia, father DM2. SHx: 1/2 ppd smoker x 20 yr, working full duty."),
        ("h", "O"),
        ("p", "BMI 37.4. Gait nl. Lumbar: no midline or paraspinal tenderness, flex 80 deg, ext "
              "painless. Tender R SIJ sulcus / PSIS. No tenderness R greater trochanter or coccyx. "
              "Hips: full painless IR/ER bilat."),
        ("table", [["SIJ provocation", "R", "L"],
                   ["Thigh thrust (P4)", "+", "-"],
                   ["Compression", "-", "-"],
                   ["Distraction", "-", "-"],
                   ["FABER (Patrick)", "+", "-"],
                   ["Gaenslen", "+", "-"],
                   ["Sacral thrust", "+", "-"]], [200, 60, 60]),
        ("p", "Neuro: SLR neg bilat, 5/5 strength, DTRs 2+ symm, sensation intact L2-S1. Waddell 0/5."),
        ("h", "A"),
        ("p", "R SIJ dysfunction, mechanical, post-lifting injury. No radiculopathy."),
        ("h", "P"),
        ("p", "Cont PT/HEP + meloxicam. CT pelvis (SIJ protocol). Agree w/ CT-guided R SIJ inj via "
              "Piedmont Ridge IR, then comparative block. Smoking cesation counseling given. RTC after "
              "injections."),
        ("p", "RA/ts  e-signed 05/14/2025 18:10"),
    ]})
    pg.append({"name": "PT discharge", "family": "times", "size": 10, "header": [
        "ALAMANCE SPORTS & SPINE REHAB",
        "Physical Therapy Discharge Summary"], "els": [
        ("kv", [("Patient", "Marcus Oyelaran   DOB 11/03/1979"),
                ("Referring MD", "P. Venkataraman, MD"),
                ("Dx", "M53.3 R SI joint dysfunction"),
                ("Dates of service", "03/10/2025 - 10/06/2025"),
                ("Visits", "41 attended / 44 scheduled (2 cx illness, 1 no-show)")], 120),
        ("h", "Interventions"),
        ("p", "Lumbopelvic stabilization, glute med/max strengthening, core progression, SIJ "
              "mobilization grade III-IV, manual therapy, gait/lifting mechanics, education. HEP issued "
              "03/12/2025 and progressed at each re-eval (04/21, 06/02, 07/14, 08/25)."),
        ("h", "Outcome"),
        ("table", [["Measure", "Initial 03/10/25", "Discharge 10/06/25"],
                   ["Oswestry (ODI)", "48%", "40%"],
                   ["NPRS worst", "9", "8"],
                   ["Single-leg stance R", "12 s", "30 s"],
                   ["Hip abd strength R", "4-/5", "4+/5"]], [200, 140, 140]),
        ("p", "Patient attended consistently and performs HEP independently, but pain has plateaued "
              "with no meaningful functional change since the August re-eval. Discharged from skilled PT "
              "as goals not met; to continue HEP and follow up with referring physician / spine surgery."),
        ("p", "Jocelyn Marsh, PT, DPT    10/06/2025"),
    ]})
    # ---- injection 1 ----
    pg.append({"name": "IR report 2025-07-08", "family": "times", "size": 10, "header": IRH + [
        "PROCEDURE REPORT - INTERVENTIONAL RADIOLOGY"], "els": [
        ("kv", [("Procedure:", "CT-guided right sacroiliac joint injection"),
                ("Date:", "07/08/2025"), ("Accession:", "CT25-0708-0210"),
                ("Patient:", "OYELARAN, MARCUS T   MRN PRM-00533190"),
                ("Operator:", "Halvard Stensrud, MD"), ("Referring:", "Priya Venkataraman, MD")], 90),
        ("h", "INDICATION:"),
        ("p", "Right sacroiliac joint pain. Diagnostic and therapeutic injection."),
        ("h", "TECHNIQUE:"),
        ("p", "After written consent and time-out, the patient was positioned prone on the CT "
              "gantry table. Planning images through the right SI joint were acquired. Following sterile "
              "preparation and local anesthesia with 1% lidocaine 3 mL (skin/subcutaneous only), a "
              "20-gauge 5-inch spinal needle was guided into the posteroinferior right SI joint using "
              "sequential CT fluoroscopy. Iopamidol (Isovue-M 200) 0.75 mL was injected with "
              "intra-articular spread confirmed on CT. A mixture of 2 mL bupivacaine 0.5% and 40 mg "
              "triamcinolone acetonide (1 mL) was then instilled. No complications."),
        ("h", "SEDATION:"),
        ("p", "Moderate sedation, midazolam 2 mg and fentanyl 50 mcg IV in divided doses, monitored "
              "by IR RN; intraservice time 21 min."),
        ("h", "CONTRAST:"),
        ("p", "Iopamidol 0.75 mL, intra-articular."),
        ("h", "DOSE:"),
        ("mono", "DLP 356.0 mGy*cm   CTDIvol 14.2 mGy   (CT fluoro time 9.8 s)"),
        ("h", "FINDINGS:"),
        ("p", "Contrast opacifies the right SI joint with a small inferior capsular recess; no "
              "extravasation into the S1 foramen or vascular uptake. Mild iliac-sided subchondral "
              "sclerosis."),
        ("h", "IMPRESSION:"),
        ("p", "Successful CT-guided right SI joint injection of bupivacaine and triamcinolone. "
              "Pre-procedure pain 7/10, post-procedure 1/10 at 30 minutes."),
        ("p", "H. Stensrud, MD - electronically signed 07/08/2025 12:18"),
    ]})
    pg.append({"name": "sedation flowsheet 1", "family": "helv", "size": 9, "header": IRH + [
        "IR MODERATE SEDATION FLOWSHEET    DOS 07/08/2025    OYELARAN, MARCUS T   MRN PRM-00533190"], "els": [
        ("kv", [("Pre-procedure", "NPO verified, consent signed, ID x2, allergies NKDA, site R marked"),
                ("Time-out", "11:32 (Stensrud MD, Pruitt RN, Gaddis CT tech)"),
                ("Baseline pain", "7/10 R buttock")], 110),
        ("table", [["Time", "BP", "HR", "RR", "SpO2", "Sedation", "Pain", "Comment"],
                   ["1125", "148/92", "84", "18", "96%", "alert", "7", "pre"],
                   ["1134", "144/90", "80", "16", "97%", "drowsy", "", "midaz 1 mg + fent 50"],
                   ["1138", "140/88", "78", "16", "97%", "drowsy", "", "midaz 1 mg"],
                   ["1145", "136/84", "76", "14", "96%", "drowsy", "", "inj complete"],
                   ["1155", "138/86", "78", "16", "97%", "alert", "2", "recovery"],
                   ["1215", "136/84", "76", "16", "98%", "alert", "1", "ambulated, sit-stand"],
                   ["1245", "134/82", "74", "16", "98%", "alert", "1", "d/c criteria met"]],
         [40, 50, 32, 30, 38, 50, 34, 160]),
        ("p", "Discharged 1250 to wife via wheelchair. Diary sheet & call-back number given. "
              "S. Pruitt RN"),
    ]})
    pg.append({"name": "calls 1", "fax": "standard", "family": "fax", "size": 11, "skew": -0.9,
               "banner": "01/20/2026 11:49  " + FAXB + "  P. 8/15",
               "header": ["PIEDMONT RIDGE IR - NURSE CALL-BACK LOG"], "els": [
        ("p", "Pt: Oyelaran, Marcus   DOB 11/03/1979   Proc: CT R SIJ inj (bupi + triamcinolone) 07/08/25"),
        ("h", "POD 1   07/09/2025  0920   S. Pruitt RN"),
        ("p", "Pt reports 80% better for about 6 hrs after the injection, then numbness wore off and "
              "pain came back partway, 4/10 last night. Site OK. No fever. Reinforced steroid may "
              "take 2-3 days."),
        ("h", "POD 7   07/15/2025  1335   S. Pruitt RN"),
        ("p", "Steroid helped ~3 days then pain returned to baseline 7/10. Pt disappointed. "
              "Aware comparative block being scheduled. Message to Dr V."),
    ]})
    # ---- injection 2 ----
    pg.append({"name": "IR report 2025-08-26", "family": "times", "size": 10, "header": IRH + [
        "PROCEDURE REPORT - INTERVENTIONAL RADIOLOGY"], "els": [
        ("kv", [("Procedure:", "CT-guided right sacroiliac joint block (comparative, anesthetic only)"),
                ("Date:", "08/26/2025"), ("Accession:", "CT25-0826-0077"),
                ("Patient:", "OYELARAN, MARCUS T   MRN PRM-00533190"),
                ("Operator:", "Yesenia Castellanos-Reid, MD")], 90),
        ("h", "TECHNIQUE:"),
        ("p", "Consent and universal protocol completed. Prone positioning on the CT table. "
              "Under CT guidance, a 20 g spinal needle was placed into the inferior right SIJ. "
              "Intra-articular position was confirmed with 0.5 mL iohexol 240. Bupivacaine 0.5%, "
              "2.0 mL, was injected. Per the ordering physician no corticosteroid was given at this "
              "session (comparative diagnostic block)."),
        ("h", "SEDATION:"),
        ("p", "None - local anesthetic only, patient preference."),
        ("h", "CONTRAST / DOSE:"),
        ("mono", "Iohexol 240 mgI/mL 0.5 mL IA.   DLP 301.7 mGy-cm"),
        ("h", "FINDINGS:"),
        ("p", "Contrast outlines the right SI joint; no vascular or epidural spread."),
        ("h", "IMPRESSION:"),
        ("p", "1. Successful CT-guided right SI joint block with bupivacaine 0.5% (no steroid).  "
              "2. Pain 7/10 before, 2/10 at 20 and 40 minutes after, with provocative maneuvers."),
        ("p", "Y. Castellanos-Reid, MD  signed 08/26/2025 10:51"),
    ]})
    pg.append({"name": "checklist 2", "family": "helv", "size": 9.5, "header": IRH + [
        "PRE-PROCEDURE CHECKLIST & RECOVERY NOTE   08/26/2025   OYELARAN, MARCUS T"], "els": [
        ("table", [["Check", "Done", "By"],
                   ["Identity (name + DOB) / armband", "yes", "RL"],
                   ["Consent on chart", "yes", "RL"],
                   ["Allergies - NKDA", "yes", "RL"],
                   ["Anticoag: none; ASA 81 not taken", "n/a", "RL"],
                   ["Site/side marked RIGHT", "yes", "YCR"],
                   ["Time-out 0958", "yes", "all"],
                   ["Pre pain score", "7/10", "RL"]], [280, 80, 80]),
        ("h", "Recovery"),
        ("table", [["Time", "BP", "HR", "SpO2", "Pain", "Note"],
                   ["1015", "142/88", "80", "98%", "2", "walked hall, bent fwd"],
                   ["1035", "140/86", "78", "98%", "2", "sit-stand x5"],
                   ["1045", "138/86", "76", "98%", "2", "d/c home, diary given"]],
         [50, 60, 40, 50, 40, 200]),
        ("p", "Rena Lockhart, RN  08/26/2025 1046"),
    ]})
    pg.append({"name": "calls 2", "fax": "standard", "family": "fax", "size": 11, "skew": 0.5,
               "banner": "01/20/2026 11:51  " + FAXB + "  P. 11/15",
               "header": ["PIEDMONT RIDGE IR - NURSE CALL-BACK LOG"], "els": [
        ("p", "Pt: Oyelaran, Marcus   Proc: CT R SIJ comparative block (bupivacaine only) 08/26/25"),
        ("h", "Day 1  08/27/2025 1010  R. Lockhart RN"),
        ("p", "Diary: 2/10 for about 5 hours after the block (75% relief), then "
              "back to 6-7/10 by evening. No problems at site."),
        ("h", "Day 7  09/02/2025 0850  R. Lockhart RN"),
        ("p", "Pain at usual level 7/10, no change expected since no steroid. "
              "F/u with Dr Aldana. Log faxed to Haw River Pain."),
    ]})
    pg.append({"name": "imaging", "family": "times", "size": 10, "header": IRH[:2] + [
        "DIAGNOSTIC IMAGING REPORT"], "els": [
        ("kv", [("Patient:", "OYELARAN, MARCUS T   MRN PRM-00533190   DOB 11/03/1979"),
                ("Exam 1:", "XR SACROILIAC JOINTS 3+ VIEWS   04/30/2025"),
                ("Exam 2:", "CT PELVIS WO CONTRAST (SI JOINT PROTOCOL)   05/28/2025")], 70),
        ("h", "XR SACROILIAC JOINTS, 04/30/2025"),
        ("p", "Findings: AP and bilateral oblique views. SI joint margins are well defined. Mild "
              "subchondral sclerosis along the iliac side of the right SI joint. No erosions, no "
              "widening, no ankylosis. No fracture. Impression: Mild right SI joint degenerative "
              "sclerosis. No radiographic sacroiliitis."),
        ("h", "CT PELVIS WITHOUT CONTRAST, 05/28/2025"),
        ("p", "Technique: 1 mm axial with coronal oblique reformats. DLP 520.4 mGy-cm."),
        ("p", "Findings: Right SI joint: small anterior bridging osteophyte and mild iliac subchondral "
              "sclerosis; joint space preserved. No erosive change or ankylosis to suggest "
              "inflammatory sacroiliitis. Left SI joint normal. No destructive osseous lesion. No "
              "fracture. No pelvic fluid collection. Visualized hip joints unremarkable."),
        ("p", "Impression: 1. Mild right SI joint degenerative change. 2. No CT evidence of "
              "inflammatory arthropathy, infection or tumor."),
        ("p", "Interpreted by Odile Marchetti, MD"),
    ]})
    pg.append({"name": "MRI lumbar", "family": "helv", "size": 9.5, "header": [
        "TRIAD OPEN MRI & IMAGING  -  3365550150", "MAGNETIC RESONANCE REPORT"], "els": [
        ("kv", [("Patient", "Oyelaran, Marcus T   DOB 11/03/1979"),
                ("Study", "MRI LUMBAR SPINE W/O CONTRAST"), ("Date", "04/30/2025"),
                ("Clinical", "R low back / buttock pain, no radicular sx")], 90),
        ("h", "FINDINGS"),
        ("p", "Lumbar lordosis preserved. Marrow signal normal; no edema. Conus normal at L1-2."),
        ("p", "T12-L3: unremarkable.  L3-4: minimal disc bulge, no stenosis.  L4-5: mild facet "
              "arthropathy, patent canal and foramina.  L5-S1: small central annular fissure without "
              "herniation; traversing S1 roots are free."),
        ("h", "IMPRESSION"),
        ("p", "No disc herniation, canal stenosis or nerve root impingement at any lumbar level. "
              "Mild lower lumbar facet arthropathy."),
        ("p", "Gerald Anyanwu, MD"),
    ]})
    pg.append({"name": "spine note 2026-01-12", "family": "helv", "size": 9.5, "header": SPH + [
        "F/U VISIT   01/12/2026   Aldana, Reuben MD    OYELARAN, MARCUS T   DOB 11/03/1979"], "els": [
        ("h", "S"),
        ("p", "Returns to discuss surgery. R SIJ pain 7/10 today, constant ache R PSIS/buttock, "
              "no leg sx. Finished PT 10/06/25 (plateau), continues HEP 4x/wk - reviewed today, doing "
              "it correctly. Meloxicam daily ongoing, heat PRN. "
              "CT-guided blocks 07/08/25 (bupi + triamcinolone) and 08/26/25 (bupi only) each gave "
              "~75-80% relief for 5-6 hours per IR call logs. Steroid effect only 3 days. He does not "
              "want another steroid injection - 'it barely did anything and I lose a day of work'."),
        ("h", "O"),
        ("p", "TTP R SIJ. No TTP greater troch, lumbar spine, coccyx. Thigh thrust +R, FABER +R, "
              "Gaenslen +R. Neuro intact. Waddell 0/5."),
        ("h", "A"),
        ("p", "Chronic R SIJ pain, failed conservative care, 2 positive CT-guided blocks. No "
              "radiculopathy; MRI neg for compression. No inflammatory arthropathy on CT."),
        ("h", "P"),
        ("p", "Submit PA for R MIS SIJ fusion (27279). Ordered XR R hip AP/lateral for pre-op "
              "planning - not yet done, pt to go to Piedmont Ridge walk-in imaging. Cont meloxicam, HEP. "
              "Smoking - cut to 5 cig/day, encouraged quitting before surgery."),
        ("p", "RA  e-signed 01/12/2026 17:30"),
    ]})
    pg.append({"name": "med list", "family": "helv", "size": 9.5, "header": SPH + [
        "CURRENT MEDICATIONS   printed 01/19/2026   OYELARAN, MARCUS T   DOB 11/03/1979"], "els": [
        ("table", [["Drug", "Dose / directions", "Started", "Prescriber"],
                   ["meloxicam", "15 mg PO once daily", "01/06/2025", "Venkataraman"],
                   ["cyclobenzaprine", "5 mg PO qHS prn spasm", "11/2024 - 02/2025", "PCP (stopped)"],
                   ["atorvastatin", "20 mg PO daily", "2022", "PCP"],
                   ["nicotine patch", "14 mg/24 h", "01/12/2026", "Aldana"],
                   ["SI belt (DME)", "wear at work", "05/2025", "Venkataraman"]], [110, 170, 110, 110]),
        ("kv", [("Allergies", "NKDA"), ("Pharmacy", "Harris Teeter #218 Burlington")], 90),
        ("p", "Med rec completed by D. Greer, LPN. Patient confirms taking meloxicam every day "
              "with breakfast since it was started."),
    ]})
    n = len(pg)
    for i, p in enumerate(pg):
        if not p.get("fax"):
            p["footer"] = ["%s  DOB %s  MRN %s        Page %d of %d" % (PT, DOB, MRN, i + 1, n)]
    return {"b7u-02.pdf": pg}


REQUEST_DATE = "2026-01-20"
LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-01-20",
    "determination": "insufficient_documentation",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "Pain R PSIS / upper buttock, below L5, no radiation to leg",
            "it does not travel into the thigh or below the knee"]},
        "perc.pain_severity": {"status": "met", "evidence": ["R SIJ pain 7/10 today"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "No TTP greater troch, lumbar spine, coccyx",
            "Tender R SIJ sulcus / PSIS"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Dates of service 03/10/2025 - 10/06/2025",
            "41 attended / 44 scheduled"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "meloxicam 15 mg PO once daily 01/06/2025",
            "Meloxicam 15 daily since 01/06/25"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust +R"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": [
            "FABER +R, Gaenslen +R"]},
        "perc.diagnostic_injections": {"status": "met", "evidence": [
            "80% better for about 6 hrs after the injection",
            "2/10 for about 5 hours after the block (75% relief)",
            "Intra-articular position was confirmed with 0.5 mL iohexol 240"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": [
            "Neuro intact. Waddell 0/5", "Waddell signs were absent"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "No erosive change or ankylosis to suggest inflammatory sacroiliitis",
            "No radiographic sacroiliitis",
            "No destructive osseous lesion"]},
        "perc.hip_imaging": {"status": "insufficient", "evidence": []},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "No disc herniation, canal stenosis or nerve root impingement"]},
        "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
            "No CT evidence of inflammatory arthropathy"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
            "No CT evidence of inflammatory arthropathy, infection or tumor"]},
        "perc.excl.acute_instability": {"status": "met", "evidence": [
            "no widening, no ankylosis"]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "No disc herniation, canal stenosis or nerve root impingement"]},
    },
}
