"""b7u-03: percutaneous SIJ fusion (CPT 27279), left. Gold: does_not_meet_criteria
(greater trochanter similarly tender; PT only 8 weeks + unexplained HEP noncompliance;
second diagnostic injection ~30% relief)."""

PT = "BICKETT, LORRAINE A"
DOB = "02/27/1961"
MRN = "PRM-00291564"

IRH = ["PIEDMONT RIDGE REGIONAL MEDICAL CENTER  -  INTERVENTIONAL RADIOLOGY",
       "2200 Alamance Church Rd, Burlington NC 27215     Reading room 336-555-0174"]
SPH = ["Carolina Crest Spine & Orthopaedics  |  Mebane satellite clinic",
       "Ph 336-555-0122  Fax 336-555-0123"]


def pages():
    P = {}
    cover = {"name": "fax cover", "fax": "fine", "family": "fax", "size": 11, "skew": -1.2,
             "banner": "11/18/2025 16:05  FROM: CC SPINE MEBANE 3365550123  TO: 18555550148  P. 1/13",
             "els": [
        ("title", "Carolina Crest Spine & Orthopaedics"),
        ("p", "FAX COVER SHEET"),
        ("sp", 6),
        ("kv", [("To:", "CareSource NC Marketplace, UM Dept"),
                ("Fax #:", "1-855-555-0148"),
                ("From:", "Bethany Kowalczyk, MA for Dr. Aldana"),
                ("Date:", "11/18/2025"),
                ("# Pages:", "13"),
                ("Patient:", "Lorraine Bickett  DOB 02/27/1961")], 90),
        ("sp", 8),
        ("p", "Comments: precert request for LEFT SI joint fusion (minimally invasive). Clinicals "
              "attached - request form, pain clinic letter, 2 office visits, IR injection records "
              "(06/17 and 08/05), x-rays and MRIs."),
        ("sp", 24),
        ("p", "This fax may contain PHI. If you are not the intended recipient, do not read, copy "
              "or distribute. Notify us at 336-555-0122 and shred."),
    ]}
    form = {"name": "PA request form", "family": "helv", "size": 9.5, "header": [
        "CARESOURCE NORTH CAROLINA - PRIOR AUTHORIZATION REQUEST",
        "Marketplace | Medical/Surgical | Fax completed form to 1-855-555-0148"], "els": [
        ("kv", [("Request date", "11/18/2025"), ("Review type", "Standard (non-urgent)")], 120),
        ("h", "MEMBER"),
        ("kv", [("Name", "Bickett, Lorraine A"), ("ID #", "CSN2290476115"), ("DOB", "02/27/1961")], 120),
        ("h", "PROVIDERS"),
        ("kv", [("Requesting", "Reuben Aldana, MD  NPI 1730045521"),
                ("Facility", "Piedmont Ridge Ambulatory Surgery Center (outpatient)")], 120),
        ("h", "SERVICES"),
        ("table", [["CPT", "Description", "Side", "Units"],
                   ["27279", "Arthrodesis, SI joint, percutaneous or minimally invasive, with image guidance",
                    "L", "1"]], [50, 330, 40, 40]),
        ("kv", [("Diagnosis", "M53.3 sacroiliac joint dysfunction, left; M25.552 pain in left hip"),
                ("Planned DOS", "12/16/2025")], 120),
        ("h", "CLINICAL RATIONALE"),
        ("p", "64F with L SIJ pain > 1 yr. Tried PT, NSAIDs, heat. Two CT-guided L SIJ injections "
              "with steroid 06/2025 and 08/2025. Thigh thrust positive, FABER positive. Imaging "
              "reviewed - no inflammatory sacroiliitis, no lumbar stenosis. Requesting MIS L SIJ fusion."),
        ("sp", 6),
        ("kv", [("Provider signature", "/s/ Reuben Aldana, MD      11/18/2025")], 120),
    ]}
    P["01_cover_request.pdf"] = [cover, form]

    ref = {"name": "referral letter", "family": "times", "size": 10.5, "header": [
        "HAW RIVER PAIN MANAGEMENT - Mebane",
        "605 N Main St, Mebane NC 27302    tel 919-555-0196    fax 919-555-0197"], "els": [
        ("p", "May 29, 2025"),
        ("p", "Interventional Radiology\nPiedmont Ridge Regional Medical Center"),
        ("p", "RE:  Lorraine A. Bickett,  DOB 02/27/1961\nREQUEST: CT-guided L SIJ injection w/ "
              "local anesthetic + steroid; repeat in 6-8 weeks if indicated"),
        ("p", "Dear Interventional Radiology team,"),
        ("p", "Mrs. Bickett is a 64 year old retired bank teller with about a year of left "
              "low back and buttock pain. It is centered over the left posterior SI joint, below the "
              "lumbosacral junction, and she is clear that it stays in the buttock and does not run "
              "down the leg. Her pain is 7-8/10 at its worst."),
        ("p", "Relevant history: right L5 radiculopathy in 2019 treated with right L5-S1 "
              "microdiscectomy, with complete resolution of the leg pain; and a right inferior pubic "
              "ramus fracture after a fall in 2018 which healed without surgery. She has had a right "
              "total knee arthroplasty. She has been taking ibuprofen 600 mg three times daily since "
              "last October and uses a heating pad most evenings."),
        ("p", "She is starting physical therapy this spring. Given her prior lumbar surgery and "
              "body habitus I would prefer CT rather than fluoroscopic guidance. Her sister carries "
              "a diagnosis of rheumatoid arthritis; Mrs. Bickett has no inflammatory symptoms and her "
              "HLA-B27 and CRP were negative/normal in March."),
        ("p", "With thanks,"),
        ("sp", 12),
        ("p", "Hollis Dunmore, PA-C for Priya Venkataraman, MD"),
    ]}
    soap1 = {"name": "spine note 2025-09-23", "family": "helv", "size": 9.5, "header": SPH + [
        "OFFICE VISIT - NEW    09/23/2025    R. Aldana MD    Bickett, Lorraine A   DOB 02/27/1961"], "els": [
        ("p", "Ref by Haw River Pain for SIJ fusion eval."),
        ("p", "S: 64F, L buttock/SIJ pain ~1 yr, no radiation, no leg N/T. 7/10 today. Hx R L5-S1 "
              "MD 2019 - leg sx fully resolved. CT-guided L SIJ inj 06/17/25: helped ~3 wks, then back. "
              "2nd inj 08/05/25 'barely touched it'. PT 04/22-06/13/25 (12 visits), d/c to HEP. Pt "
              "admits she has not been doing the HEP since July - 'too busy keeping the grandkids this "
              "summer'. Saw chiropractor x2 in 2023, no help. Ibuprofen 600 TID, heating pad, "
              "occasional TENS from a friend. Denies widespread body pain; no fibromyalgia dx."),
        ("p", "O: Ht 5'4\" Wt 212 lb. Gait slightly antalgic. TTP L SIJ sulcus. Also TTP L greater "
              "trochanter, about the same as the SIJ. Non-tender lumbar midline/paraspinals, coccyx. "
              "Thigh thrust pos L. Compression neg. FABER pos L (posterior pain). Gaenslen deferred - "
              "R TKA, can't hang leg off table. SLR neg. EHL/DF/PF 5/5. Sensation intact."),
        ("p", "A: L SIJ pain. L greater trochanteric tenderness of similar severity noted. Hx R "
              "radiculopathy resolved."),
        ("p", "P: Resume HEP, written copy given again. Reveiw IR reports. XR/MRI reviewed (see "
              "radiology). RTC 6 wk."),
        ("p", "e-signed R. Aldana MD 09/23/2025"),
    ]}
    soap2 = {"name": "spine note 2025-11-04", "family": "helv", "size": 9.5, "header": SPH + [
        "FOLLOW UP    11/04/2025    R. Aldana MD    Bickett, Lorraine A   DOB 02/27/1961"], "els": [
        ("p", "S: Pain 5-6/10 today L buttock, non-radiating. Did HEP 'a couple times' since last "
              "visit, no reason given. Still ibuprofen TID + heat. Wants to discuss fusion."),
        ("p", "O: TTP L SIJ; L GT also tender again today. Thigh thrust + L. FABER + L. "
              "Distal neuro intact."),
        ("p", "A/P: L SIJ dysfunction. Reviewed: CT-guided inj #1 good immediate response (80%), "
              "#2 only ~30% immediate relief. Discussed that the second block did not confirm the "
              "joint. Pt would like to pursue MIS L SIJ fusion; will submit PA. Cont NSAID, HEP."),
        ("p", "e-signed R. Aldana MD 11/04/2025"),
    ]}
    P["02_pain_clinic_and_spine_notes.pdf"] = [ref, soap1, soap2]

    ir1 = {"name": "IR report 2025-06-17", "family": "times", "size": 10, "header": IRH + [
        "INTERVENTIONAL RADIOLOGY PROCEDURE NOTE"], "els": [
        ("kv", [("EXAM", "CT GUIDANCE, LEFT SACROILIAC JOINT INJECTION"),
                ("DATE OF SERVICE", "06/17/2025"),
                ("PATIENT", "BICKETT, LORRAINE A    MRN PRM-00291564    DOB 02/27/1961"),
                ("ATTENDING", "Halvard Stensrud, MD"),
                ("REFERRING", "Priya Venkataraman, MD")], 110),
        ("h", "TECHNIQUE:"),
        ("p", "The procedure, risks and alternatives were explained and consent signed. The "
              "patient was placed prone on the CT table with a pillow beneath the pelvis. After "
              "localizing images, the skin over the left lower SI joint was prepped with chlorhexidine "
              "and anesthetized with 1% lidocaine. A 22 g Quincke needle was advanced into the left SI "
              "joint under CT guidance. Omnipaque 300, 0.5 mL, confirmed an intra-articular arthrogram. "
              "Injected: 1 mL 1% lidocaine, 1 mL 0.25% bupivacaine and 40 mg methylprednisolone acetate."),
        ("h", "SEDATION:"),
        ("p", "Moderate sedation (midazolam 1 mg, fentanyl 25 mcg IV); RN monitored, 14 min."),
        ("h", "CONTRAST:"),
        ("p", "Omnipaque 300, 0.5 mL intra-articular."),
        ("h", "DLP:"),
        ("mono", "Total exam DLP = 389 mGy-cm"),
        ("h", "FINDINGS:"),
        ("p", "Intra-articular contrast outlines the left SIJ with minimal posterior capsular leak. "
              "Mild bilateral SI joint osteophytes."),
        ("h", "IMPRESSION:"),
        ("p", "CT-guided left SI joint injection, technically successful. Pain 8/10 pre-procedure, "
              "1/10 at 30 minutes (88% reduction)."),
        ("p", "H. Stensrud MD  06/17/2025 10:37"),
    ]}
    sed1 = {"name": "sedation 1", "family": "helv", "size": 9, "header": IRH + [
        "SEDATION / RECOVERY FLOWSHEET    06/17/2025    Bickett, Lorraine A   MRN PRM-00291564"], "els": [
        ("kv", [("Pre-checks", "ID x2, consent, NPO 6h, allergy codeine (nausea), site L marked"),
                ("Time-out", "0951  Stensrud / Draper RN / Pham CT"),
                ("Baseline", "pain 8/10, A&O x4, ASA II")], 90),
        ("table", [["Time", "BP", "P", "R", "SpO2", "POSS", "Pain", "Note"],
                   ["0945", "156/88", "82", "18", "95%", "1", "8", "pre"],
                   ["0953", "150/86", "80", "16", "96%", "2", "", "midaz 1 / fent 25"],
                   ["1000", "146/84", "76", "16", "96%", "2", "", "inj"],
                   ["1007", "144/82", "76", "16", "97%", "1", "", "end"],
                   ["1037", "142/80", "74", "16", "97%", "1", "1", "ambulating"],
                   ["1100", "140/80", "72", "16", "97%", "1", "1", "d/c"]],
         [40, 50, 30, 30, 40, 40, 36, 180]),
        ("p", "Pt d/c with daughter 1104. Diary provided. K. Draper RN"),
    ]}
    calls1 = {"name": "calls 1", "fax": "fine", "family": "fax", "size": 10.5, "skew": 0.7,
              "banner": "11/14/2025 09:12  FROM: PIEDMONT RIDGE IR  TO: CC SPINE 3365550123  P. 1/2",
              "header": ["PIEDMONT RIDGE IR NURSING", "Post-procedure phone follow-up"], "els": [
        ("p", "Patient: Bickett, Lorraine A    DOB 02/27/1961    Procedure: CT L SIJ inj 06/17/2025"),
        ("h", "Day 1 (06/18/2025 11:20) - K. Draper RN"),
        ("p", "Pt says pain went from 8 to 1 right after and stayed low about 6 hours, then "
              "drifted up to 4/10 by bedtime. No fever/redness."),
        ("h", "Day 7 (06/24/2025 15:05) - K. Draper RN"),
        ("p", "Doing much better since the steroid kicked in, 2/10. Will let Dr V's office know."),
        ("p", "Addendum 07/14/2025 (pt called in): relief lasted ~3 weeks, pain now back to 7/10. "
              "Repeat inj requested by Dr V - scheduled 08/05."),
    ]}
    P["03_IR_injection_1.pdf"] = [ir1, sed1, calls1]

    ir2 = {"name": "IR report 2025-08-05", "family": "times", "size": 10, "header": IRH + [
        "INTERVENTIONAL RADIOLOGY PROCEDURE NOTE"], "els": [
        ("kv", [("EXAM", "CT-GUIDED LEFT SI JOINT INJECTION (REPEAT)"),
                ("DATE OF SERVICE", "08/05/2025"),
                ("PATIENT", "BICKETT, LORRAINE A    MRN PRM-00291564"),
                ("ATTENDING", "Yesenia Castellanos-Reid, MD")], 110),
        ("h", "TECHNIQUE:"),
        ("p", "Prone on CT table. Sterile prep/drape, local 1% lidocaine to skin. 22 g needle into the "
              "left SIJ under CT guidance; 0.5 mL iohexol 300 shows an intra-articular pattern. "
              "Injectate 1 mL lidocaine 1%, 1 mL bupivacaine 0.25%, methylprednisolone 40 mg."),
        ("h", "SEDATION:"),
        ("p", "None (patient declined)."),
        ("h", "CONTRAST:"),
        ("p", "Iohexol 300, 0.5 mL."),
        ("h", "RADIATION:"),
        ("mono", "DLP 344 mGy-cm    CTDIvol 12.9 mGy"),
        ("h", "FINDINGS:"),
        ("p", "Needle tip within inferior left SIJ, contrast confined to the joint."),
        ("h", "IMPRESSION:"),
        ("p", "Successful repeat CT-guided left SIJ injection. Pre-procedure 7/10; 5/10 at 30 "
              "minutes with provocation (approximately 30% relief)."),
        ("p", "Y. Castellanos-Reid MD  08/05/2025 14:22"),
    ]}
    chk2 = {"name": "timeout 2", "family": "helv", "size": 9.5, "header": IRH + [
        "PRE-PROCEDURE CHECKLIST / TIME-OUT / RECOVERY   08/05/2025   Bickett, Lorraine A"], "els": [
        ("box", [(True, "Patient ID x2 (name, DOB)"), (True, "Consent signed 13:31"),
                 (True, "Allergies reviewed: codeine"), (True, "Site marked: LEFT SIJ"),
                 (False, "Sedation (declined)"), (True, "Time-out 13:52 - all agree")]),
        ("table", [["Time", "BP", "HR", "SpO2", "Pain", "Activity"],
                   ["1345", "152/90", "80", "96%", "7", "pre"],
                   ["1425", "148/86", "78", "97%", "5", "walked, sit-stand"],
                   ["1440", "146/84", "76", "97%", "5", "d/c"]],
         [50, 60, 40, 50, 40, 200]),
        ("p", "Pt states 'it's a little better but not like last time.' Diary given. "
              "M. Ostrowski RN 08/05/2025"),
    ]}
    calls2 = {"name": "calls 2", "fax": "fine", "family": "fax", "size": 10.5, "skew": -0.4,
              "banner": "11/14/2025 09:13  FROM: PIEDMONT RIDGE IR  TO: CC SPINE 3365550123  P. 2/2",
              "header": ["PIEDMONT RIDGE IR NURSING", "Post-procedure phone follow-up"], "els": [
        ("p", "Patient: Bickett, Lorraine A    DOB 02/27/1961    Procedure: CT L SIJ inj #2 08/05/2025"),
        ("h", "Day 1 (08/06/2025 10:02) - M. Ostrowski RN"),
        ("p", "Maybe 30% better for a couple of hours, then same as before. Site fine."),
        ("h", "Day 7 (08/12/2025 13:48) - M. Ostrowski RN"),
        ("p", "No steroid benefit this time, pain back to her usual 7/10. Referred back to "
              "Dr V / Dr Aldana."),
    ]}
    P["04_IR_injection_2.pdf"] = [ir2, chk2, calls2]

    xr = {"name": "XR SIJ + hips", "family": "times", "size": 10, "header": [
        "PIEDMONT RIDGE REGIONAL MEDICAL CENTER - DIAGNOSTIC RADIOLOGY",
        "RADIOLOGY REPORT"], "els": [
        ("kv", [("Patient:", "BICKETT, LORRAINE A  MRN PRM-00291564  DOB 02/27/1961"),
                ("Exams:", "XR SACROILIAC JOINTS 3 VIEWS; XR HIPS BILATERAL WITH PELVIS"),
                ("Date:", "05/06/2025"), ("Ordering:", "Hollis Dunmore, PA-C")], 80),
        ("h", "SACROILIAC JOINTS:"),
        ("p", "Mild bilateral SI joint osteophytosis and subchondral sclerosis, left slightly greater "
              "than right. Joint margins crisp. No erosions or ankylosis."),
        ("h", "HIPS / PELVIS:"),
        ("p", "Left hip: mild superolateral joint space narrowing with a small acetabular marginal "
              "osteophyte. Right hip: moderate joint space narrowing with subchondral sclerosis and "
              "osteophytes. Healed deformity of the right inferior pubic ramus from remote fracture. "
              "No acute fracture. No lytic or blastic lesion."),
        ("h", "IMPRESSION:"),
        ("p", "1. Mild bilateral SI joint degenerative change; no radiographic sacroiliitis.  "
              "2. Mild left hip osteoarthritis.  3. Moderate right hip osteoarthritis.  "
              "4. Remote healed right inferior pubic ramus fracture."),
        ("p", "Dictated: Odile Marchetti, MD   05/06/2025"),
    ]}
    mri = {"name": "MRI lumbar + pelvis", "family": "times", "size": 10, "header": [
        "PIEDMONT RIDGE REGIONAL MEDICAL CENTER - MRI", "MRI REPORT (2 studies)"], "els": [
        ("kv", [("Patient:", "BICKETT, LORRAINE A  MRN PRM-00291564"),
                ("Date:", "05/20/2025"),
                ("Exams:", "MRI LUMBAR SPINE WO; MRI PELVIS/SI JOINTS WO")], 70),
        ("h", "MRI LUMBAR SPINE:"),
        ("p", "Postsurgical changes of right L5-S1 laminotomy with mild epidural fibrosis. No "
              "recurrent disc herniation. L4-5: mild disc bulge and facet arthropathy with mild left "
              "foraminal narrowing; no nerve root impingement. L3-4 and above: unremarkable. Canal "
              "patent throughout."),
        ("h", "MRI PELVIS / SI JOINTS:"),
        ("p", "No periarticular bone marrow edema, erosions or fat metaplasia to suggest "
              "sacroiliitis. Mild degenerative osteophytes of both SI joints. No sacral or pelvic "
              "mass, fluid collection or fracture. Mild left gluteus medius tendinosis at the "
              "greater trochanter without tear."),
        ("h", "IMPRESSION:"),
        ("p", "1. Postoperative right L5-S1 without recurrent herniation; no lumbar nerve root "
              "impingement or canal stenosis.  2. No MRI evidence of inflammatory sacroiliitis, "
              "tumor or infection.  3. Mild left gluteus medius tendinosis."),
        ("p", "Gerald Anyanwu, MD  05/20/2025"),
    ]}
    P["05_imaging.pdf"] = [xr, mri]

    for fn, pgs in P.items():
        for i, pg in enumerate(pgs):
            if not pg.get("fax"):
                pg["footer"] = ["Bickett, Lorraine A | DOB 02/27/1961 | MRN %s | %s | p%d/%d"
                                % (MRN, fn.split(".")[0], i + 1, len(pgs))]
    return P


REQUEST_DATE = "2025-11-18"
LABELS = {
    "procedure": "percutaneous",
    "request_date": "2025-11-18",
    "determination": "does_not_meet_criteria",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "Pain 5-6/10 today L buttock, non-radiating",
            "L buttock/SIJ pain ~1 yr, no radiation"]},
        "perc.pain_severity": {"status": "met", "evidence": ["Pain 5-6/10 today L buttock"]},
        "perc.sij_tenderness": {"status": "not_met", "evidence": [
            "Also TTP L greater trochanter, about the same as the SIJ",
            "L greater trochanteric tenderness of similar severity noted"]},
        "perc.active_conservative_therapy": {"status": "not_met", "evidence": [
            "PT 04/22-06/13/25 (12 visits), d/c to HEP",
            "too busy keeping the grandkids this summer",
            "no reason given"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "ibuprofen 600 mg three times daily since last October",
            "Ibuprofen 600 TID, heating pad"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust pos L"]},
        "perc.two_provocative_tests": {"status": "insufficient", "evidence": []},
        "perc.diagnostic_injections": {"status": "not_met", "evidence": [
            "5/10 at 30 minutes with provocation (approximately 30% relief)",
            "Maybe 30% better for a couple of hours"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": [
            "Denies widespread body pain; no fibromyalgia dx"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "no radiographic sacroiliitis",
            "No MRI evidence of inflammatory sacroiliitis, tumor or infection"]},
        "perc.hip_imaging": {"status": "met", "evidence": ["Mild left hip osteoarthritis"]},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "no lumbar nerve root impingement or canal stenosis"]},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "relief lasted ~3 weeks, pain now back to 7/10",
            "No steroid benefit this time, pain back to her usual 7/10"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
            "HLA-B27 and CRP were negative/normal in March"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
            "No sacral or pelvic mass, fluid collection or fracture"]},
        "perc.excl.acute_instability": {"status": "met", "evidence": [
            "Joint margins crisp. No erosions or ankylosis."]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "no lumbar nerve root impingement or canal stenosis",
            "Hx R radiculopathy resolved"]},
    },
}
