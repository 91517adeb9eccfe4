"""b7w-01: single PDF, percutaneous (27279), gold meets_criteria. Faxed pages at 204x196 (fine)."""
from pktlib import TextDoc, FileBuilder

PT = "OKAFOR, Marjorie L"
DOB = "04/19/1957"
MID = "CNC-7730418-02"
RUN = f"Patient: {PT}   DOB: {DOB}   Member ID: {MID}"
SURG = ["Piedmont Spine & Joint Surgery, PLLC",
        "1400 Battleground Ave, Suite 210, Greensboro, NC 27408   Ph 336-555-0190   Fax 336-555-0198"]


def build(path):
    fb = FileBuilder()
    # p1 fax cover (faxed, fine)
    fb.fax([
        ("h", "PIEDMONT SPINE & JOINT SURGERY", 15),
        ("t", "1400 Battleground Ave Ste 210  Greensboro NC 27408", 10.5),
        ("sp", 0.15), ("h", "FACSIMILE TRANSMITTAL", 14), ("rule",),
        ("row", [("DATE:", 0, "b"), ("02/09/2026", 1.3, "t"), ("PAGES (incl. cover):", 3.6, "b"), ("15", 5.6, "t")]),
        ("row", [("TO:", 0, "b"), ("CareSource NC - Utilization Management / Prior Auth", 1.3, "t")]),
        ("row", [("FAX:", 0, "b"), ("1-833-555-0140", 1.3, "t"), ("PHONE:", 3.6, "b"), ("1-833-555-0141", 4.5, "t")]),
        ("row", [("FROM:", 0, "b"), ("Dana Whitlock, Surgical Scheduler / PA coordinator", 1.3, "t")]),
        ("row", [("RE:", 0, "b"), ("PA request - Okafor, Marjorie  DOB 04/19/1957", 1.3, "t")]),
        ("rule",),
        ("box", [(True, "Urgent"), (False, "For Review"), (False, "Please Comment"), (True, "Please Reply")]),
        ("sp", 0.2),
        ("t", "Attached please find the prior authorization request for left sacroiliac joint fusion, "
              "minimally invasive, for the above member, with supporting clinical records: consult note, home "
              "health therapy records, integrative medicine notes, PCP visit form, pharmacist medication review, "
              "injection records, imaging reports and a family caregiver statement.", 11),
        ("sp", 0.15),
        ("t", "Please fax determination to 336-555-0198 attn: Dana. Call with any questions.", 11),
        ("sp", 1.6), ("rule",),
        ("t", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
              "and confidential under federal and state law. If you are not the intended recipient, any "
              "disclosure, copying or distribution is strictly prohibited. If you received this in error "
              "please notify the sender by telephone and destroy the documents.", 9.5),
    ], "02/09/2026 08:51   FROM: PIEDMONT SPINE 336-555-0198   TO: 18335550140   P. 1/15", "fine", 101, 0.6)

    # p2 PA request form (text)
    d = TextDoc(["CareSource North Carolina - Marketplace", "Prior Authorization Request Form - Outpatient / Surgical Services",
                 "Fax completed form and clinicals to 1-833-555-0140"], RUN, "Helvetica", 10, "CS-NC PA-01 rev 03/2025")
    d.sec("SECTION A - MEMBER")
    d.kv([("Member name:", "Marjorie L. Okafor"), ("Date of birth:", DOB), ("Member ID:", MID),
          ("Plan:", "CareSource NC Marketplace Silver 3")])
    d.sec("SECTION B - REQUESTING / SERVICING PROVIDER")
    d.kv([("Requesting provider:", "Tobias Renwick, MD (Orthopaedic Spine Surgery)"), ("NPI:", "1649302187"),
          ("Facility:", "Greensboro Surgical Pavilion (outpatient)"), ("Contact:", "Dana Whitlock  336-555-0190")])
    d.sec("SECTION C - SERVICE REQUESTED")
    d.kv([("Date of request:", "02/09/2026"), ("Anticipated DOS:", "03/19/2026"),
          ("Setting:", "Outpatient hospital"), ("Review type:", "Standard (non-urgent)")])
    d.table([["CPT/HCPCS", "Description", "Units", "Side"],
             ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, with image guidance", "1", "Left"],
             ["77002", "Fluoroscopic guidance for needle placement", "1", "Left"]], (22, 110, 14, 20))
    d.table([["ICD-10-CM", "Diagnosis"],
             ["M53.3", "Sacrococcygeal disorders, not elsewhere classified (left SI joint dysfunction)"],
             ["M54.59", "Other low back pain"]], (25, 141))
    d.sec("SECTION D - CLINICAL SUMMARY (attach records)")
    d.para("68 y/o female with chronic left SI joint pain > 2 yrs. Failed home health PT (two episodes), supervised HEP, "
        "NSAIDs/APAP, heat. Two fluoroscopic diagnostic/therapeutic L SIJ injections 10/2025 and 11/2025. See attached.")
    d.sig(["Signature of requesting provider: Tobias Renwick MD (e-signed)      Date: 02/09/2026"])
    fb.text(d)

    # p3-4 surgeon consult / LMN
    d = TextDoc(SURG, RUN, "Times", 11, "Renwick T. - Consult/Letter of medical necessity")
    d.ttl("Spine Surgery Consultation and Letter of Medical Necessity")
    d.kv([("Date of service:", "01/27/2026"), ("Patient:", "Marjorie L. Okafor  (DOB 04/19/1957)"),
          ("Referring:", "Lucinda Brathwaite, FNP - Piedmont Family Medicine"), ("Reason:", "Left SI joint pain, surgical opinion")], 38)
    d.sec("History of present illness")
    d.para("Mrs. Okafor is a 68 year old retired school cafeteria manager who comes in with her daughter for chronic left-sided "
        "low back/buttock pain present since the fall of 2023. Pain is confined to the left buttock over the posterior SI joint, "
        "below the L5 level, and does not radiate. She points with one finger to the left PSIS (Fortin finger test positive). "
        "Worse with rising from a chair, rolling in bed, stairs and standing on the left leg; sitting on the left buttock is "
        "not tolerated. She had an episode of right-sided sciatica in 2019 that resolved with PT and has not recurred. "
        "Denies leg numbness, tingling or weakness, denies bowel/bladder change. Left SIJ pain 7/10 today, 4-9/10 range over the past month.")
    d.sec("Treatment to date")
    d.para("- Outpatient PT 09/2024-12/2024 (Summit Rehab) with transient benefit.\n"
        "- Home health PT, Tidewater Home Health, two episodes in 2025 (03/03-06/27 and 09/08-12/19) - see records.\n"
        "- Physician-supervised HEP through Bellwether Integrative Medicine (Dr. Osei, DO) 06/30-08/11/2025, plus OMT, "
        "acupuncture and massage.\n"
        "- Meloxicam 15 mg daily since 11/2024, acetaminophen 1 g up to TID, moist heat nightly.\n"
        "- L4-5 interlaminar epidural steroid injection 03/2024 (Dr. Paik) - no benefit.\n"
        "- Right knee corticosteroid injection by PCP 07/2025 for knee OA (unrelated).\n"
        "- Left SIJ injections under fluoroscopy with contrast 10/14/2025 (lidocaine + triamcinolone) and 11/18/2025 "
        "(bupivacaine + triamcinolone): both gave marked immediate relief per her diaries. The steroid benefit did not last - "
        "pain returned to baseline about 3 weeks after the October injection and about 4 weeks after the November injection.")
    d.sec("PMH / PSH / Social / Family")
    d.para("HTN, hypothyroidism, R knee OA, GERD. Hysterectomy 2004. Never smoker. Lives with daughter (caregiver). "
        "No history of inflammatory arthritis, psoriasis or IBD; HLA-B27 negative (2024). No history of trauma to the pelvis. "
        "Family history: mother - fibromyalgia and HTN; brother - type 2 DM.")
    d.sec("Examination")
    d.para("Well appearing, antalgic gait favoring the left. Lumbar ROM mildly limited in extension, no pain with flexion. "
        "Tender to palpation over the left PSIS and sacral sulcus. Greater trochanter and lumbar paraspinals nontender; "
        "coccyx nontender. SLR negative bilaterally. Strength 5/5 LE, DTRs 2+ symmetric, sensation intact.")
    d.table([["Provocation test", "Right", "Left"],
             ["Thigh thrust (P4)", "neg", "Thigh thrust (P4): positive on the left"],
             ["Compression", "not performed", "not performed"],
             ["Distraction (gapping)", "neg", "neg"],
             ["FABER (Patrick)", "neg", "FABER (Patrick): positive L, buttock pain"],
             ["Gaenslen", "neg", "Gaenslen: positive L"]], (52, 35, 79))
    d.para("Waddell signs 0/5. Affect appropriate; pain behavior proportionate.")
    d.sec("Imaging reviewed (reports attached)")
    d.para("XR pelvis/SIJ and CT pelvis 08/2025: mild left SIJ degenerative change, no erosions or destructive lesion. XR both hips "
        "08/2025: left hip mild OA; right hip moderate OA (contralateral, asymptomatic). MRI lumbar spine 07/2025: mild L4-5 disc "
        "bulge, no stenosis, no nerve root compression.")
    d.sec("Assessment and plan")
    d.para("Left sacroiliac joint dysfunction, refractory to more than 12 months of combined active and passive conservative care, "
        "with concordant provocative exam and two positive image-guided, contrast-enhanced diagnostic blocks. No evidence "
        "of radiculopathy, inflammatory sacroiliitis, fracture, infection or tumor. I recommend left minimally invasive SI joint "
        "fusion (CPT 27279) with triangular titanium implants. Risks, benefits and alternatives reviewed; she wishes to proceed.")
    d.sig(["Tobias Renwick, MD  - Orthopaedic Spine Surgery", "Electronically signed 01/27/2026 16:42"])
    fb.text(d)

    # p5-6 home health PT (OASIS-style)
    HH = ["Tidewater Home Health Services", "Medicare-certified HHA #34-7712   2211 W Market St, Greensboro NC 27403   Ph 336-555-0142"]
    d = TextDoc(HH, RUN, "Helvetica", 9.5, "THHS - PT Discharge Summary (OASIS DC) - confidential")
    d.ttl("Physical Therapy Discharge Summary - Episode 1")
    d.kv([("Patient:", "Okafor, Marjorie"), ("MRN:", "TH-220417"), ("Certification period:", "03/03/2025 to 06/27/2025"),
          ("Discipline:", "PT (OT eval only)"), ("Ordering physician:", "L. Brathwaite FNP / co-signed R. Ahmadi MD"),
          ("Primary dx:", "M53.3 L SI joint dysfunction; R26.89 other abnl gait")], 40)
    d.sec("Homebound status")
    d.para("Pt requires assist of 1 and a rolling walker to leave home, taxing effort; unable to tolerate car ride > 15 min due to "
        "L buttock pain. Absences only for medical appts and church once weekly. Meets homebound criteria.")
    d.sec("OASIS items at discharge (M-items)")
    d.table([["Item", "Description", "SOC 03/03/25", "DC 06/27/25"],
             ["M1242", "Frequency of pain interfering w/ activity", "3 - daily, not constant", "2 - less often than daily"],
             ["M1860", "Ambulation/locomotion", "3 - walker, supervision", "2 - walker, independent"],
             ["M1800", "Grooming", "1", "0"],
             ["M1850", "Transferring", "2", "1"],
             ["GG0170", "Sit to stand", "03", "05"]], (18, 70, 40, 40))
    d.sec("Interventions provided (2w9 then 1w4)")
    d.para("Therex: glute med/max strengthening, TrA activation, bridging, clamshells, sit-to-stand progressions. Gait training with "
        "RW progressing to SPC in home. Balance (tandem, SLS at counter). SIJ belt trial. Pt educated on log roll and "
        "stair sequencing. 26 visits completed; 0 missed.")
    d.sec("Status at discharge")
    d.para("Goals partially met. Pt ambulates household distances with SPC, community distances still limited by L SI region pain. "
        "Reports pain worse at end of day. Discharged to physician-supervised HEP per MD referral to Bellwether Integrative.")
    d.sig(["Keisha Morrow, PT, DPT   06/27/2025  (e-signed)"])
    d.add_page()
    d.ttl("Physical Therapy Recertification / Discharge Summary - Episode 2")
    d.kv([("Certification period:", "09/08/2025 to 12/19/2025"), ("Reason for readmission:", "flare of L SIJ pain after summer, "
          "decline in gait, fall risk"), ("Frequency:", "2w6, 1w8"), ("Visits completed:", "19 of 20 (1 missed - pt at dentist)")], 40)
    d.sec("Subjective")
    d.para("\"It's right in the back of my hip bone, same spot as always.\" No leg symptoms. Using heat pack evenings and meloxicam daily.")
    d.sec("Objective / interventions")
    d.table([["Date", "Visit", "Pain (NPRS)", "Interventions / response"],
             ["09/08/25", "Re-eval", "8/10", "TUG 16.2 s, 5xSTS 19 s; HEP reviewed"],
             ["10/06/25", "Routine", "7/10", "hip abd/ext PREs, bridging w/ band, gait w/ SPC 150 ft"],
             ["11/03/25", "Routine", "6/10", "post-injection wk 3 - pain creeping back up"],
             ["12/01/25", "Routine", "7/10", "stairs x 12 w/ rail, balance; pain limits endurance"],
             ["12/19/25", "Discharge", "7/10", "TUG 13.8 s; goals plateaued, DC to HEP"]], (20, 20, 22, 104))
    d.sec("Assessment")
    d.para("Modest gains in transfers and gait speed; persistent L SIJ pain limits community ambulation. Plateau reached after two "
        "episodes of skilled PT. Recommend follow up with spine surgery as planned. HEP handout issued (copy in chart).")
    d.sig(["Keisha Morrow, PT, DPT   12/19/2025"])
    fb.text(d)

    # p7 integrative medicine
    d = TextDoc(["Bellwether Integrative Medicine", "Osteopathic Medicine - Acupuncture - Therapeutic Massage",
                 "88 Lawndale Dr, Greensboro NC 27408   Ph 336-555-0171"], RUN, "Helvetica", 9.5, "Bellwether IM - progress notes")
    d.ttl("OMT / HEP Progress Notes")
    d.sec("06/30/2025 - New patient, Kwame Osei, DO")
    d.para("S: Referred from home health at PT discharge. L buttock/SI pain, no radiation. Goals: walk to mailbox, sit through church.\n"
        "O: Structural exam - somatic dysfunction: sacrum left-on-left forward torsion; L innominate posterior rotation; "
        "L5 FRS(L); TART: tissue texture change and tenderness L sacral sulcus; piriformis hypertonic L. T-L junction supple.")
    d.para("A: Somatic dysfunction sacral (M99.04), pelvic (M99.05), lumbar (M99.03); L SIJ dysfunction.\n"
        "P: OMT - MET to sacrum and L innominate, muscle energy L5, soft tissue/myofascial release. Tolerated well. "
        "HEP prescription given (written, 6 weeks): bridges 2x10, bird-dog 2x8, side-lying hip abduction 2x12, standing "
        "hip extension at counter 2x10, walking program 10 -> 20 min. Daily, log sheet provided. Recheck after 6 weeks.")
    d.sec("07/14/2025 - Acupuncture (Mei-Lin Dorsey, LAc)")
    d.para("Points BL23, BL25, BL28, BL54, GB30 L, Ashi L SIJ. 25 min retention, e-stim off. Pt relaxed, sore after.")
    d.sec("07/28/2025 - Massage therapy (Renata Suggs, LMBT)")
    d.para("60 min, prone and side-lying, L glutes/QL/piriformis. Pressure moderate. Pt reports temporary easing.")
    d.sec("08/11/2025 - HEP follow-up, Kwame Osei, DO")
    d.para("Pt completed 6-week HEP; log sheets reviewed - performed 5-6 days/wk. Stronger with bridges, walking 20 min with cane, "
        "but L SI pain unchanged at rest and with transfers. Somatic dysfunction recurs within days of OMT. Plan: continue "
        "exercises, refer back to PCP to discuss injection/surgical opinion.")
    d.sig(["Kwame Osei, DO   08/11/2025"])
    fb.text(d)

    # p8 PCP handwritten-looking scanned visit form (fax fine)
    fb.fax([
        ("h", "PIEDMONT FAMILY MEDICINE - Office Visit", 13),
        ("t", "5120 W Friendly Ave, Greensboro NC   Ph 336-555-0123   Fax 336-555-0124", 9.5),
        ("rule",),
        ("field", "Pt name:", "Marjorie Okafor", 10.5),
        ("row", [("DOB:", 0, "b"), ("4/19/57", 0.6, "hw"), ("Date:", 3.0, "b"), ("12/30/25", 3.6, "hw"),
                 ("Provider:", 5.0, "b"), ("LB, FNP", 5.9, "hw")], 10.5),
        ("box", [(False, "New pt"), (True, "Est pt"), (True, "F/U"), (False, "Annual"), (False, "Acute")]),
        ("field", "CC:", "L SI jt pain f/u, post inj ck", 10.5),
        ("field", "HPI:", "L low back/buttock pain, no radiation. Pain 8/10 today. Nov inj gave good relief "
                          "the day of, steroid wore off ~3 wks. Done w/ HH PT 12/19.", 10.5),
        ("b", "Pain location (circle/tick):", 10.5),
        ("box", [(False, "Lumbar midline"), (True, "L buttock / SIJ"), (False, "R buttock"), (False, "Groin"),
                 (False, "Leg below knee")]),
        ("b", "ROS:", 10.5),
        ("box", [(False, "Fever"), (False, "Wt loss"), (False, "Numbness/tingling"), (False, "Bowel/bladder chg"),
                 (True, "Joint pain")]),
        ("row", [("Vitals:", 0, "b"), ("BP 132/78  P 72  T 98.1  Wt 171 lb", 0.9, "hw")], 10.5),
        ("field", "Exam:", "TTP L SIJ. No GT tend. R knee crepitus, no effusion.", 10.5),
        ("b", "Current tx (tick):", 10.5),
        ("box", [(True, "NSAID"), (True, "APAP"), (False, "Opioid"), (True, "Heat/ice"), (False, "TENS"), (True, "HEP"),
                 (False, "Chiro")]),
        ("field", "A/P:", "1) L SIJ dysfunction - failed PT x2, meds, inj x2. Pt wants surg opinion -> ref Dr Renwick. "
                          "2) HTN - stable, cont lisinopril. 3) R knee OA - s/p inj 7/25, ok.", 10.5),
        ("field", "Meds rec'd:", "meloxicam 15 qd, APAP 1g tid prn, lisinopril 20, levothyroxine 75", 10.5),
        ("row", [("RTC:", 0, "b"), ("3 mo", 0.7, "hw"), ("Signature:", 3.0, "b"), ("L Brathwaite FNP", 4.3, "hwb")], 10.5),
    ], "01/05/2026 14:07  FROM: PIEDMONT FAM MED 336-555-0124  TO: 3365550198  P. 1/1", "fine", 102, 1.1)

    # p9 pharmacist medication review
    d = TextDoc(["Guilford Community Pharmacy - Clinical Services", "Comprehensive Medication Review (CMR)",
                 "640 Spring Garden St, Greensboro NC 27401   Ph 336-555-0166"], RUN, "Courier", 9, "CMR - pharmacist copy to prescriber")
    d.kv([("Review date:", "01/12/2026"), ("Pharmacist:", "Anh Tran, PharmD, BCACP"), ("Method:", "Telephonic, pt + daughter"),
          ("Allergies:", "sulfa (rash)")], 34)
    d.sec("MEDICATION LIST AND FILL HISTORY")
    d.table([["Medication", "Sig", "Start", "Fills (last 12 mo)", "Indication"],
             ["meloxicam 15 mg tab", "1 PO daily w/ food", "11/2024", "12 of 12, on time", "L SIJ/buttock pain"],
             ["acetaminophen 500 mg", "2 tabs PO TID prn", "OTC", "pt-reported daily use", "pain"],
             ["lisinopril 20 mg", "1 PO daily", "2019", "12 of 12", "HTN"],
             ["levothyroxine 75 mcg", "1 PO daily AM", "2016", "12 of 12", "hypothyroid"],
             ["omeprazole 20 mg", "1 PO daily", "12/2024", "11 of 12", "GI protection w/ NSAID"],
             ["lidocaine 4% patch", "1 patch 12h on/off", "OTC", "intermittent", "L low back"]], (40, 34, 18, 36, 46), size=8)
    d.sec("PHARMACIST ASSESSMENT")
    d.para("Pt has taken meloxicam 15 mg daily continuously since November 2024 per dispensing records, with omeprazole for GI "
        "protection. Uses acetaminophen most days, max 3 g/day - counseled. Moist heat pad nightly ~20 min. Reports SI pain "
        "about 6/10 on her meds. BP controlled; NSAID + ACE-I - renal function 10/2025 normal (Cr 0.8). Owns a TENS unit "
        "from a relative but does not use it regularly.")
    d.sec("RECOMMENDATIONS TO PRESCRIBER")
    d.para("1. If SIJ surgery planned, hold meloxicam 5 days pre-op per surgeon protocol.  2. Recheck BMP in 6 mo.  "
        "3. No interactions of concern otherwise.")
    d.sig(["Anh Tran, PharmD   01/12/2026"])
    fb.text(d)

    # p10-11 injection #1 (faxed, fine)
    PAIN = "TRIAD PAIN & INTERVENTIONAL SPINE - 300 N Elm St, Greensboro NC - Ph 336-555-0155"
    fb.fax([
        ("b", PAIN, 10),
        ("h", "PROCEDURE NOTE", 13), ("rule",),
        ("row", [("Patient:", 0, "b"), ("Okafor, Marjorie L", 0.9, "t"), ("DOB:", 3.6, "b"), ("04/19/1957", 4.2, "t")]),
        ("row", [("Date:", 0, "b"), ("10/14/2025", 0.9, "t"), ("Physician:", 3.6, "b"), ("Jun-ho Paik, MD", 4.7, "t")]),
        ("t", "Procedure: Left sacroiliac joint injection, intra-articular, diagnostic and therapeutic.", 10.5),
        ("t", "Pre-procedure pain: 8/10 left buttock. Consent signed, time-out performed.", 10.5),
        ("t", "Technique: Prone. Sterile prep/drape. Skin wheal 1% lidocaine. Under fluoroscopic guidance a 22 g 3.5 in "
              "spinal needle was advanced into the inferior third of the left SIJ. Omnipaque 240, 0.5 mL, showed "
              "intra-articular spread outlining the joint without vascular uptake. Injectate: 2% lidocaine 2 mL + "
              "triamcinolone 40 mg (1 mL).", 10.5),
        ("t", "Fluoroscopic guidance with contrast confirmation. Images saved to PACS.", 10.5),
        ("t", "Complications: none. EBL nil. Tolerated well.", 10.5),
        ("t", "Post-procedure: at 15 min pt reports 1/10 with provocative maneuvers that previously reproduced pain "
              "(sit-to-stand, single leg stance L).", 10.5),
        ("t", "Pain diary given; pt to record scores at the listed intervals and return by fax.", 10.5),
        ("sp", 0.2),
        ("t", "Dx: M53.3 L SIJ dysfunction.  Plan: review diary; if concordant repeat confirmatory block with "
              "long-acting anesthetic.", 10.5),
        ("sp", 0.2),
        ("t", "Electronically signed: Jun-ho Paik, MD  10/14/2025 11:32", 10.5),
    ], "10/17/2025 09:12  FROM: TRIAD PAIN 336-555-0156  TO: PIEDMONT SPINE  P. 1/2", "fine", 103, 0.9)
    fb.fax([
        ("b", PAIN, 10),
        ("h", "POST-INJECTION PAIN DIARY", 13),
        ("row", [("Patient:", 0, "b"), ("M. Okafor", 0.9, "hw"), ("Injection date:", 3.4, "b"), ("10/14/25", 4.8, "hw")]),
        ("t", "Record your pain (0 = none, 10 = worst) in the area that was injected. Do the activities that usually hurt.", 10),
        ("rule",),
        ("row", [("Time after injection", 0, "b"), ("Pain 0-10", 2.6, "b"), ("% relief", 3.9, "b"), ("Comments", 5.0, "b")]),
        ("row", [("Before", 0, "t"), ("8", 2.8, "hw"), ("-", 4.1, "hw"), ("", 5.0, "hw")]),
        ("row", [("15 min", 0, "t"), ("1", 2.8, "hw"), ("88%", 4.0, "hw"), ("stood up easy", 5.0, "hw")]),
        ("row", [("30 min", 0, "t"), ("1", 2.8, "hw"), ("88%", 4.0, "hw"), ("", 5.0, "hw")]),
        ("row", [("1 hour", 0, "t"), ("2", 2.8, "hw"), ("75%", 4.0, "hw"), ("walked in store", 5.0, "hw")]),
        ("row", [("2 hours", 0, "t"), ("3", 2.8, "hw"), ("63%", 4.0, "hw"), ("", 5.0, "hw")]),
        ("row", [("4 hours", 0, "t"), ("6", 2.8, "hw"), ("25%", 4.0, "hw"), ("wearing off", 5.0, "hw")]),
        ("row", [("6 hours", 0, "t"), ("7", 2.8, "hw"), ("13%", 4.0, "hw"), ("", 5.0, "hw")]),
        ("row", [("Next day", 0, "t"), ("7", 2.8, "hw"), ("13%", 4.0, "hw"), ("sore at site", 5.0, "hw")]),
        ("rule",),
        ("t", "Nurse review 10/17/25: approximately 80% relief at 1 hour and >= 50% through 2 hours with local "
              "anesthetic (lidocaine). Concordant. - T. Baines RN", 10.5),
    ], "10/17/2025 09:13  FROM: TRIAD PAIN 336-555-0156  TO: PIEDMONT SPINE  P. 2/2", "fine", 104, 0.5)

    # p12 injection #2 (text)
    d = TextDoc(["Triad Pain & Interventional Spine", "300 N Elm St, Greensboro NC 27401   Ph 336-555-0155   Fax 336-555-0156"],
                RUN, "Helvetica", 9.5, "TPIS procedure record")
    d.ttl("Procedure Note - Left SI Joint Injection #2 (confirmatory)")
    d.kv([("Date:", "11/18/2025"), ("Physician:", "Jun-ho Paik, MD"), ("Sedation:", "none"),
          ("Pre-procedure pain:", "8/10 L buttock/SIJ")], 38)
    d.para("Prone position, sterile prep. Under fluoroscopic guidance (AP and contralateral oblique) a 22 g spinal needle entered "
        "the caudal left SIJ. Contrast (Omnipaque 240, 0.5 mL) confirmed intra-articular flow with capsular outline, no "
        "vascular runoff. Injected 0.5% bupivacaine 2 mL with triamcinolone 40 mg. No complications.")
    d.sec("Post-procedure diary (returned 11/20/2025)")
    d.table([["Interval", "Pain", "Relief", "Notes"],
             ["Pre", "8", "-", ""],
             ["30 min", "1", "88%", "no pain getting off table"],
             ["1 h", "1", "88%", ""],
             ["2 h", "1", "88%", "rode home, sat 25 min ok"],
             ["3 h", "1", "88%", ""],
             ["4 h", "2", "75%", ""],
             ["6 h", "5", "38%", "achy again"],
             ["8 h", "7", "13%", ""]], (30, 20, 22, 94))
    d.para("Impression: 85% relief sustained through 4 hours after bupivacaine, consistent with expected anesthetic duration. "
        "Second concordant diagnostic block. Left SIJ confirmed as pain generator. Refer back to Dr. Renwick.")
    d.sig(["Jun-ho Paik, MD   11/20/2025"])
    fb.text(d)

    # p13 imaging (multiple studies in one report)
    d = TextDoc(["Greensboro Imaging Associates", "1331 N Elm St, Greensboro NC 27401   Reading line 336-555-0180"], RUN,
                "Helvetica", 9.5, "GIA - final reports")
    d.ttl("Radiology Report - multiple examinations")
    d.kv([("Exam date:", "08/21/2025"), ("Ordering:", "Lucinda Brathwaite, FNP"), ("Accession:", "GIA25-88231 / 88232 / 88233")], 30)
    d.sec("1) XR PELVIS AP AND BILATERAL SI JOINT OBLIQUES")
    d.para("Findings: Mild subchondral sclerosis and small marginal osteophytes of the inferior left SI joint. Joint widths preserved. "
        "No erosive change or destructive osseous lesion. No fracture. Pubic symphysis unremarkable.")
    d.sec("2) CT PELVIS WITHOUT CONTRAST (SI joint protocol)")
    d.para("Findings: Mild degenerative change of the left SI joint with small anterior bridging osteophyte; tiny vacuum phenomenon. "
        "No erosions, no periarticular bone marrow abnormality, no ankylosis. No lytic or blastic lesion. No fracture. "
        "Visualized sacral foramina patent. Impression: mild left SI joint degenerative arthropathy; no CT evidence of "
        "inflammatory sacroiliitis, infection or neoplasm.")
    d.sec("3) XR BILATERAL HIPS, AP pelvis + frog lateral each")
    d.para("RIGHT HIP: moderate joint space narrowing superolaterally with osteophytes and subchondral sclerosis - moderate "
        "osteoarthritis.\nLEFT HIP: Left hip: mild superolateral joint space narrowing, tiny osteophyte. Mild osteoarthritis. "
        "No AVN, no fracture.")
    d.sec("IMPRESSION")
    d.para("1. Mild left SI joint degenerative change without erosions.  2. Moderate right hip OA.  3. Mild left hip OA.")
    d.sig(["Electronically signed: Farhan Qureshi, MD, Radiology   08/22/2025 07:55"])
    fb.text(d)

    # p14 MRI L-spine
    d = TextDoc(["Greensboro Imaging Associates - MRI Center", "1331 N Elm St, Greensboro NC 27401"], RUN, "Times", 10.5,
                "GIA - final report")
    d.ttl("MRI LUMBAR SPINE WITHOUT CONTRAST")
    d.kv([("Date of exam:", "07/09/2025"), ("Indication:", "L low back/buttock pain, r/o stenosis or radiculopathy"),
          ("Comparison:", "None")], 32)
    d.para("Technique: Sagittal T1, T2, STIR; axial T2 L2-S1.")
    d.para("Findings: Five lumbar-type vertebrae. Alignment normal. Vertebral body heights preserved. Marrow signal normal. "
        "Conus terminates at L1. L1-2 through L3-4: no disc herniation, canal and foramina patent. L4-5: mild disc desiccation "
        "and broad-based bulge, mild facet hypertrophy; no central canal stenosis; foramina patent. L5-S1: small annular "
        "fissure without herniation; canal and foramina patent. Visualized SI joints without marrow edema.")
    d.para("IMPRESSION: Mild L4-5 degenerative disc disease. No nerve root compression or impingement at any level. No spinal stenosis.")
    d.sig(["Electronically signed: Helena Voss, MD   07/09/2025 17:20"])
    fb.text(d)

    # p15 caregiver note
    d = TextDoc(["Statement from family caregiver", "Submitted with prior authorization at surgeon's request"], RUN,
                "Times", 11.5, "Caregiver statement")
    d.para("February 2, 2026")
    d.para("To whom it may concern,")
    d.para("My name is Adaeze Okafor-Lane and I am my mother's caregiver - she has lived with me since 2023. I want to explain what "
        "a normal day looks like for her. Mom wakes up stiff and it takes her a long time to get from the bed to the bathroom. "
        "She keeps her hand pressed on the back of her left hip when she walks. She cannot sit through a whole church service "
        "anymore and she leans onto her right side in the car. She still does her exercises from the therapists most mornings "
        "at the kitchen counter and I warm up the heating pad for her every night.")
    d.para("The shots at the pain clinic were the only thing that made it go away, even if just for an afternoon. The day of the "
        "second one she walked the whole grocery store with me. By a month later she was back on the cane all day. "
        "We are asking that you approve the surgery Dr. Renwick recommended.")
    d.sig(["Adaeze Okafor-Lane (daughter, caregiver)", "Phone 336-555-0109"])
    fb.text(d)

    meta = fb.write(path)
    return meta


LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-02-09",
    "determination": "meets_criteria",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "confined to the left buttock over the posterior SI joint", "below the L5 level, and does not radiate"]},
        "perc.pain_severity": {"status": "met", "evidence": ["Left SIJ pain 7/10 today"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "Tender to palpation over the left PSIS and sacral sulcus",
            "Greater trochanter and lumbar paraspinals nontender"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Certification period: 03/03/2025 to 06/27/2025", "Pt completed 6-week HEP; log sheets reviewed",
            "Certification period: 09/08/2025 to 12/19/2025"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "meloxicam 15 mg daily continuously since November 2024", "Moist heat pad nightly ~20 min"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust (P4): positive on the left"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": [
            "FABER (Patrick): positive L, buttock pain", "Gaenslen: positive L"]},
        "perc.diagnostic_injections": {"status": "met", "evidence": [
            "approximately 80% relief at 1 hour", "85% relief sustained through 4 hours after bupivacaine",
            "Fluoroscopic guidance with contrast confirmation"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": [
            "Waddell signs 0/5", "pain behavior proportionate"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "No erosive change or destructive osseous lesion",
            "no CT evidence of inflammatory sacroiliitis, infection or neoplasm"]},
        "perc.hip_imaging": {"status": "met", "evidence": [
            "Left hip: mild superolateral joint space narrowing", "Mild left hip OA"]},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "No nerve root compression or impingement at any level", "No spinal stenosis"]},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "pain returned to baseline about 3 weeks after the October injection",
            "about 4 weeks after the November injection"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
            "No history of inflammatory arthritis, psoriasis or IBD", "HLA-B27 negative (2024)"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
            "No lytic or blastic lesion. No fracture."]},
        "perc.excl.acute_instability": {"status": "met", "evidence": ["No history of trauma to the pelvis"]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "No nerve root compression or impingement at any level", "No evidence of radiculopathy"]},
    },
}
