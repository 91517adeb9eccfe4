"""b4e-01: meets_criteria, percutaneous 27279. Folder with packet.json. Right SIJ."""
PT = "TETREAULT, ROSALIND M"
DOB = "06/22/1971"
MRN = "00-7734-2291"

cover = [
    ("title", "FACSIMILE TRANSMITTAL"),
    ("kv", [("Date:", "03/16/2026  10:22"),
            ("To:", "CareSource North Carolina - Utilization Management (Marketplace)"),
            ("To fax:", "1-844-555-0117"),
            ("From:", "Tamsin Greer, Surgical Prior Authorization Coordinator"),
            ("From fax/phone:", "336-555-0167 / 336-555-0160"),
            ("Pages:", "13 (including this cover)"),
            ("Re:", "PRIOR AUTHORIZATION - SI JOINT FUSION - TETREAULT, ROSALIND M (DOB 06/22/1971)")], 110),
    ("p", "Please find attached the request form and supporting clinical documentation for a right "
          "sacroiliac joint arthrodesis. Outside physical therapy and chiropractic records were received "
          "by fax and are forwarded as received. Kindly direct any request for additional records to the "
          "number above; our office is staffed M-F 8:00-4:30."),
    ("h", "Contents"),
    ("table", ["#", "Document", "Date"], [
        ["1", "Prior authorization request form", "03/16/2026"],
        ["2", "PM&R academic spine consultation (letter)", "09/15/2025"],
        ["3", "SI joint injection procedure reports with pain diaries (x2)", "10/06/2025, 01/12/2026"],
        ["4", "Outside records - Riverbend PT / Lakeshore Chiropractic (faxed)", "08/2025, 12/2025"],
        ["5", "Radiology reports (XR, MRI L-spine, CT pelvis)", "09/2025 - 11/2025"],
        ["6", "Orthopaedic spine surgery clinic note", "02/23/2026"]], [0.4, 5, 2]),
    ("sp", 20),
    ("small", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
              "and confidential under federal and state law. It is intended only for the use of the recipient "
              "named above. If you have received this transmission in error, notify the sender immediately and "
              "destroy all copies. Redisclosure is prohibited without written authorization of the patient."),
]

request = [
    ("title", "SURGICAL PRIOR AUTHORIZATION REQUEST"),
    ("small", "Piedmont Valley University Health - Surgical Scheduling & Authorization. Complete all fields; attach notes."),
    ("h", "SECTION A - MEMBER"),
    ("kv2", [("Member name:", "Rosalind M. Tetreault"), ("DOB:", "06/22/1971"),
             ("Health plan:", "CareSource NC Marketplace"), ("Member ID:", "CSN884210573"),
             ("Sex:", "F"), ("Phone:", "336-555-0412")]),
    ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
    ("kv2", [("Surgeon:", "Anil V. Sathyamurthy, MD"), ("NPI:", "1467052238"),
             ("Specialty:", "Orthopaedic Spine Surgery"), ("Tax ID:", "56-1888420"),
             ("Facility:", "PVUH Ambulatory Surgery Ctr"), ("Facility NPI:", "1093847561")]),
    ("h", "SECTION C - SERVICE REQUESTED"),
    ("kv2", [("Date of request:", "03/16/2026"), ("Planned DOS:", "04/20/2026"),
             ("Setting:", "Outpatient / ASC"), ("Anesthesia:", "General")]),
    ("table", ["CPT", "Description", "Laterality", "Units"], [
        ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive", "Right", "1"],
        ["", "(indirect visualization), with image guidance, incl. placement of transfixing device", "", ""]],
     [0.8, 6, 1, 0.6]),
    ("table", ["ICD-10-CM", "Description"], [
        ["M53.3", "Sacrococcygeal disorders, not elsewhere classified (right SI joint dysfunction)"],
        ["M54.50", "Low back pain, unspecified"]], [1, 6]),
    ("h", "SECTION D - CLINICAL SUMMARY (attach documentation)"),
    ("p", "54 y/o F with chronic right SIJ-mediated pain. Failed formal PT and chiropractic care, daily NSAID. "
          "Two fluoroscopic contrast-confirmed right SIJ blocks (10/06/2025, 01/12/2026), both positive; steroid "
          "benefit from each was temporary. Imaging reviewed - see radiology reports."),
    ("box", "[X] Office notes   [X] Imaging reports   [X] Injection reports   [X] Therapy records   [ ] Other"),
    ("sp", 14),
    ("kv", [("Submitted by:", "T. Greer, CPC  (for A. Sathyamurthy, MD)"),
            ("Contact:", "336-555-0160 ext 2  |  fax 336-555-0167")], 110),
]

consult = [
    ("p", "September 15, 2025"),
    ("pi", "Marcus Ebright, MD"),
    ("pi", "Haw River Family Medicine"),
    ("pi", "418 Trollinger Road"),
    ("p", "Haw River, NC 27258"),
    ("p", "RE:  Rosalind M. Tetreault    DOB: 06/22/1971    MRN: 00-7734-2291    Date of visit: 09/15/2025"),
    ("p", "Dear Dr. Ebright:"),
    ("p", "Thank you for asking me to see Ms. Tetreault, a pleasant 54-year-old dental hygienist whom you referred "
          "for right-sided low back and buttock pain. I saw her today in the Academic Spine Consultation clinic. "
          "As you know, her symptoms began insidiously in the spring of 2023 with no fall, motor vehicle collision "
          "or other injury that she can recall. The pain is worse with prolonged standing chairside, getting in and "
          "out of the car, and rolling over in bed."),
    ("p", "When asked to localize it she points with one finger to a spot just inferomedial to the right posterior "
          "superior iliac spine (positive Fortin finger test). She describes a deep ache in the right upper buttock "
          "below the level of the belt line, and she is quite definite that it stays there and does not travel "
          "into the groin, thigh, calf or foot. She rates the pain at 8/10 today and 5/10 at its best. Of note, she "
          "had an episode of left-sided sciatica in 2019 which resolved completely with a few weeks of therapy; "
          "she has had no leg symptoms on either side since."),
    ("p", "Treatment to date: she has been attending formal physical therapy at Riverbend since April and her "
          "therapist tells her she will be discharged shortly. She tried a TENS unit a handful of times in the "
          "clinic but does not own one. She takes meloxicam 15 mg daily, which you started in January, and uses a "
          "heating pad most evenings. An outside pain clinic performed a right L5-S1 transforaminal epidural "
          "steroid injection on 06/16/2025, which gave her perhaps 20% relief for a few days. She had a similar "
          "course of therapy in late 2024 without lasting benefit."),
    ("p", "Past medical history: hypothyroidism, GERD. Surgical history: laparoscopic cholecystectomy (2016); "
          "ORIF of a right distal radius fracture after a fall on ice in 2011. Family history: her mother has "
          "rheumatoid arthritis; father with coronary disease. Social: married, never smoker, rare alcohol. "
          "Review of systems is negative for fever, night sweats, weight loss, bowel or bladder change, psoriasis, "
          "uveitis or prolonged morning stiffness."),
    ("h", "Examination"),
    ("p", "Well-appearing, BMI 27.4. Gait is non-antalgic and she heel- and toe-walks without difficulty. Lumbar "
          "flexion is full; extension reproduces mild right buttock pain. On palpation she is exquisitely tender "
          "over the right sacral sulcus. There is no tenderness over the lumbar spinous processes, the greater "
          "trochanters or the coccyx. Straight leg raise is negative bilaterally. Strength is 5/5 throughout the "
          "lower extremities, reflexes 2+ and symmetric, sensation intact to light touch. Nonorganic (Waddell) "
          "signs 0/5. Hip internal rotation is full and painless on both sides."),
    ("table", ["SIJ provocation", "Right", "Left"], [
        ["Thigh thrust (P4)", "Positive", "Negative"],
        ["Compression", "Positive", "Negative"],
        ["Distraction", "Positive", "Negative"],
        ["FABER (Patrick)", "Positive - buttock", "Negative"],
        ["Gaenslen", "Positive", "Negative"]], [3, 2, 2]),
    ("h", "Impression"),
    ("p", "Right sacroiliac joint-mediated pain. Five of five provocation tests reproduce her familiar pain on the "
          "right. I do not see a radicular or hip-driven component. Her pelvis and hip films from 09/10/2025 are "
          "reviewed below."),
    ("h", "Recommendations"),
    ("p", "1. MRI of the lumbar spine without contrast to complete the work-up.  2. Fluoroscopically guided, "
          "contrast-enhanced right SI joint injection with local anesthetic and steroid, with a 6-hour pain diary.  "
          "3. Continue meloxicam and heat. She plans to start chiropractic care once PT discharges her, which I "
          "support.  4. CT of the pelvis if the block is positive, and referral to Dr. Sathyamurthy if she "
          "plateaus."),
    ("p", "Thank you for this kind referral. I will keep you updated."),
    ("sig", ["Sincerely,", "", "Helena Okwuosa-Brandt, DO", "Assistant Professor, Physical Medicine & Rehabilitation",
             "Academic Spine Consultation Service"]),
    ("small", "D: 09/15/2025 16:10  T: 09/16/2025 08:02  jlw/HOB. This letter was dictated with voice recognition "
              "software; occasional transcription errors may occur. cc: Anil V. Sathyamurthy, MD"),
]

def proc(date, num, meds, contrast, pre, rows, impression, extra):
    return [
        ("title", "PROCEDURE REPORT"),
        ("kv", [("Patient:", "TETREAULT, ROSALIND M   MRN 00-7734-2291   DOB 06/22/1971"),
                ("Date of service:", date),
                ("Location:", "PVUH Spine Procedure Suite, Room 3"),
                ("Attending:", "Helena Okwuosa-Brandt, DO"),
                ("Pre-op diagnosis:", "Right sacroiliac joint pain (M53.3)"),
                ("Post-op diagnosis:", "Same"),
                ("Procedure:", "Right sacroiliac joint injection, intra-articular, under fluoroscopic guidance "
                               "with arthrography (injection #%d)" % num),
                ("Anesthesia:", "Local, 1% lidocaine 3 mL skin/subcutaneous. No sedation."),
                ("Contrast:", contrast),
                ("Injectate:", meds)], 110),
        ("h", "INDICATIONS"),
        ("p", extra),
        ("h", "DESCRIPTION OF PROCEDURE"),
        ("p", "Informed consent was obtained after discussion of risks including infection, bleeding, nerve injury, "
              "allergic reaction and lack of benefit. Time-out performed. The patient was positioned prone, and the "
              "low back and buttock prepped with chlorhexidine and draped sterilely. Under AP fluoroscopy with "
              "contralateral oblique tilt, the inferior one-third of the right SI joint was identified. A 22-gauge "
              "3.5-inch spinal needle was advanced into the joint under intermittent fluoroscopy."),
        ("h", "FINDINGS"),
        ("p", "Contrast outlined the right SI joint capsule with no vascular uptake and no epidural spread. The "
              "injectate was then delivered without resistance. Needle removed intact; bandage applied."),
        ("p", "Complications: none. EBL: nil. Disposition: discharged ambulatory with driver, diary given."),
        ("h", "POST-PROCEDURE PAIN ASSESSMENT (pre-procedure NRS %s; diary returned by patient)" % pre),
        ("table", ["Time after injection", "NRS 0-10", "% relief", "Recorded by"], rows, [3, 1.3, 1.3, 2]),
        ("h", "IMPRESSION"),
        ("p", impression),
        ("sig", ["Electronically signed: Helena Okwuosa-Brandt, DO  " + date]),
    ]

proc1 = proc("10/06/2025", 1,
             "0.5% bupivacaine 1.5 mL + triamcinolone 40 mg (1 mL)",
             "Omnipaque 240, 0.5 mL", "8/10",
             [["15 min", "1", "88%", "RN (recovery)"], ["30 min", "1", "88%", "RN (recovery)"],
              ["1 hr", "2", "75%", "Patient diary"], ["2 hr", "2", "75%", "Patient diary"],
              ["3 hr", "2", "75%", "Patient diary"], ["4 hr", "2", "75%", "Patient diary"],
              ["6 hr", "3", "63%", "Patient diary"], ["Next morning", "4", "50%", "Patient diary"]],
             "Positive diagnostic block: 75% relief sustained at 4 hours (bupivacaine). Steroid response to "
             "be assessed at follow-up.",
             "Chronic right SIJ pain with 5/5 positive provocation tests, not controlled with PT and NSAID.")

proc2 = proc("01/12/2026", 2,
             "2% lidocaine 1 mL + methylprednisolone acetate 40 mg (1 mL)",
             "Omnipaque 180, 0.5 mL", "8/10",
             [["30 min", "0", "100%", "RN (recovery)"], ["1 hr", "1", "88%", "Patient diary"],
              ["2 hr", "2", "75%", "Patient diary"], ["4 hr", "5", "38%", "Patient diary"],
              ["6 hr", "7", "13%", "Patient diary"]],
             "Positive confirmatory block: 75% or better relief through 2 hours (lidocaine), concordant with "
             "the first block.",
             "Confirmatory block. The 10/06/2025 right SIJ injection produced 75% relief through 4 hours; steroid "
             "benefit faded within about three weeks. Repeat with a different anesthetic for concordance.")

pt1 = [
    ("title", "RIVERBEND PHYSICAL THERAPY & SPORTS REHAB", "C"),
    ("p", "1120 S. Church St, Burlington NC 27215   Ph 336-555-0301   Fax 336-555-0302"),
    ("h", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
    ("kv", [("Patient:", "Rosalind Tetreault    DOB: 06/22/1971"),
            ("Referring MD:", "Marcus Ebright, MD"),
            ("Diagnosis:", "R sacroiliac joint dysfunction / low back pain"),
            ("Start of care:", "04/07/2025"),
            ("Discharge date:", "08/08/2025"),
            ("Visits:", "24 attended / 24 scheduled (2x/wk)")], 120),
    ("h", "Interventions provided"),
    ("p", "Ther ex: core stabilization, glute med/max strengthening progressions, hip mobility. Manual: R SIJ "
          "mobilization, soft tissue to R glutes/piriformis. Neuromuscular re-ed. Trial of SI belt. In-clinic "
          "TENS x3 visits. HEP issued and updated q2 wks; pt reports performing it 5x/wk."),
    ("h", "Objective progress"),
    ("table", ["Date", "Visit", "NRS", "ODI", "Note"], [
        ["04/07/2025", "1", "8/10", "44%", "Eval"],
        ["05/19/2025", "12", "7/10", "40%", "Re-eval"],
        ["06/30/2025", "19", "7/10", "38%", "Post ESI - no change"],
        ["08/08/2025", "24", "7/10", "38%", "D/C"]], [1.6, 0.8, 0.8, 0.8, 3]),
    ("h", "Assessment"),
    ("p", "Pt attended consistently and was compliant with therapy and HEP. Minimal change in pain or ODI over "
          "18 wks. Pain remains focal at R PSIS w/o radiating sx. Pt seen here previously 10/2024-12/2024 (12 "
          "visits) for same complaint."),
]

pt2 = [
    ("h", "Goals"),
    ("table", ["Goal", "Status"], [
        ["Stand 60 min at work w/ pain < 4/10", "Not met"],
        ["Sleep through night w/o waking from pain", "Partially met"],
        ["Independent with HEP", "Met"],
        ["ODI < 25%", "Not met"]], [5, 2]),
    ("h", "Plan"),
    ("p", "Discharge from skilled PT - plateau. Pt to continue HEP. Pt intends to begin chiropractic care; "
          "copy of this summary sent to referring MD and to PVUH PM&R (Dr. Okwuosa-Brandt)."),
    ("sp", 20),
    ("sig", ["Corinne Vasquez-Lyle, PT, DPT   Lic #P10442", "Signed 08/08/2025 17:05"]),
]

chiro = [
    ("title", "LAKESHORE FAMILY CHIROPRACTIC", "C"),
    ("p", "77 Lakeside Ave, Elon NC 27244    tel 336-555-0725    fax 336-555-0726"),
    ("p", "December 15, 2025"),
    ("p", "To: Helena Okwuosa-Brandt, DO / Anil Sathyamurthy, MD - PVUH Spine"),
    ("p", "Re: Rosalind Tetreault, DOB 06/22/1971 - summary of chiropractic care"),
    ("p", "Ms. Tetreault was under my care from 08/18/2025 through 12/12/2025 for right sacroiliac dysfunction, "
          "16 visits in total (weekly, twice weekly in Sept.). Care consisted of diversified and drop-table "
          "adjustments to the right SI joint, instrument-assisted soft tissue work and active lumbopelvic "
          "stabilization exercise on every visit, progressed as tolerated."),
    ("p", "She reported short-lived improvement after each visit (a day or two) but no durable change. Pain at "
          "her last visit was still 7/10 at the right SI joint. She was released from care on 12/12/2025 as "
          "plateaued and I recommended she follow up with your office."),
    ("sp", 10),
    ("sig", ["Dale R. Fenwick, DC", "Lakeshore Family Chiropractic"]),
]

radiology = [
    ("title", "PIEDMONT VALLEY UNIVERSITY HEALTH - DEPARTMENT OF RADIOLOGY"),
    ("kv", [("Patient:", "TETREAULT, ROSALIND M   MRN: 00-7734-2291   DOB: 06/22/1971   F"),
            ("Accession:", "PV25-0910-4471 / 4472 / 4473"),
            ("Exam date:", "09/10/2025 11:48"),
            ("Exams:", "XR PELVIS AP; XR SACROILIAC JOINTS 3 VIEWS; XR HIP RIGHT 2 VIEWS; XR HIP LEFT 2 VIEWS"),
            ("Ordering:", "EBRIGHT, MARCUS MD"),
            ("History:", "Right buttock/low back pain x 2 yrs. Eval SI joints, hips.")], 90),
    ("h", "FINDINGS:"),
    ("p", "SACROILIAC JOINTS: Mild subchondral sclerosis along the iliac side of the right SI joint. Joint widths "
          "are preserved and symmetric. No erosions, no joint widening, no ankylosis. Left SI joint normal."),
    ("p", "PELVIS: No fracture. No lytic or blastic lesion. Pubic symphysis unremarkable."),
    ("p", "RIGHT HIP: Mild superior joint space narrowing with a small acetabular rim osteophyte. Femoral head "
          "sphericity maintained. No fracture."),
    ("p", "LEFT HIP: Moderate superolateral joint space narrowing with subchondral sclerosis and marginal "
          "osteophytes."),
    ("h", "IMPRESSION:"),
    ("p", "1. Mild right sacroiliac degenerative change. No erosive change or destructive osseous lesion.\n"
          "2. Mild right hip osteoarthritis.\n"
          "3. Moderate left hip osteoarthritis."),
    ("p", "Dictated by: Owen T. Marchetti, MD   Signed 09/10/2025 14:02"),
    ("rule",),
    ("kv", [("Accession:", "PV25-0922-8810"),
            ("Exam date:", "09/22/2025 07:15"),
            ("Exam:", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
            ("Ordering:", "OKWUOSA-BRANDT, HELENA DO"),
            ("Comparison:", "None.")], 90),
    ("h", "FINDINGS:"),
    ("p", "Alignment normal. Vertebral body heights maintained. Marrow signal normal. Conus terminates at L1. "
          "T12-L3: unremarkable. L3-4: minimal disc bulge, patent canal and foramina. L4-5: mild disc bulge and "
          "mild facet arthropathy; no canal or foraminal stenosis. L5-S1: small central protrusion that does not "
          "contact the traversing S1 roots; foramina patent. Partially imaged SI joints without marrow edema."),
    ("h", "IMPRESSION:"),
    ("p", "Mild lower lumbar spondylosis. No spinal canal stenosis and no nerve root compression at any level."),
    ("p", "Dictated by: Priscilla Nkemelu, MD   Signed 09/22/2025 10:37"),
]

ct = [
    ("title", "PIEDMONT VALLEY UNIVERSITY HEALTH - DEPARTMENT OF RADIOLOGY"),
    ("kv", [("Patient:", "TETREAULT, ROSALIND M   MRN: 00-7734-2291   DOB: 06/22/1971   F"),
            ("Accession:", "PV25-1103-2297"),
            ("Exam date:", "11/03/2025 09:31"),
            ("Exam:", "CT PELVIS WITHOUT CONTRAST - SI JOINT PROTOCOL (1 mm axial, coronal oblique reformats)"),
            ("Ordering:", "OKWUOSA-BRANDT, HELENA DO"),
            ("History:", "Right SIJ pain, positive diagnostic block. Pre-surgical assessment."),
            ("Comparison:", "Radiographs 09/10/2025.")], 90),
    ("h", "FINDINGS:"),
    ("p", "Right SI joint: mild subchondral sclerosis, predominantly iliac, with a small anterior bridging "
          "osteophyte and a focus of intra-articular vacuum phenomenon. No erosions, no subchondral cysts of "
          "note, no ankylosis. Left SI joint: normal. Sacrum: intact, neural foramina unremarkable. No lytic or "
          "sclerotic destructive lesion. No fracture. Visualized hips with mild right and moderate left "
          "degenerative change as on radiographs. Pelvic soft tissues unremarkable."),
    ("h", "IMPRESSION:"),
    ("p", "Mild right sacroiliac joint degenerative change. No CT evidence of inflammatory sacroiliitis, "
          "fracture, or destructive lesion."),
    ("p", "Dictated by: Owen T. Marchetti, MD   Signed 11/03/2025 12:20"),
    ("sp", 30),
    ("small", "Report generated from PVUH PACS/RIS. Final report. Images available on request through Radiology "
              "Film Library, 336-555-0140."),
]

clinic = [
    ("kv2", [("Patient:", "Tetreault, Rosalind M"), ("MRN:", "00-7734-2291"),
             ("DOB:", "06/22/1971 (54 y)"), ("Sex:", "Female"),
             ("Encounter:", "02/23/2026 Office Visit"), ("Dept:", "Ortho Spine Clinic 2B"),
             ("Provider:", "Anil V. Sathyamurthy, MD"), ("Ref:", "H. Okwuosa-Brandt, DO")]),
    ("rule",),
    ("h", "CHIEF COMPLAINT"),
    ("p", "R SI joint pain - surgical consultation"),
    ("h", "HISTORY OF PRESENT ILLNESS"),
    ("p", "Ms. Tetreault is a 54 y.o. female referred by Dr. Okwuosa-Brandt (PM&R) for evaluation of chronic "
          "right sacroiliac joint pain of roughly three years' duration, insidious onset without trauma. "
          "Pain is localized to the right buttock, below the belt line, over the posterior SI joint. No "
          "radiation into the groin, thigh or leg. Aggravated by sit-to-stand, stairs, lying on the R side."),
    ("p", "Current pain: 7/10 (NRS). She reports it has not changed meaningfully since the last block wore off."),
    ("p", "Conservative care: formal PT at Riverbend 04/07/2025-08/08/2025 (24 visits), followed by "
          "chiropractic care at Lakeshore 08/18/2025-12/12/2025 (16 visits); continues her HEP. She has taken "
          "meloxicam 15 mg daily since January 2025 without interruption, acetaminophen as needed, and uses "
          "moist heat nightly. TENS only tried during PT visits."),
    ("h", "Injection history"),
    ("table", ["Date", "Target", "Guidance", "Agent", "Immediate", "Course"], [
        ["06/16/2025", "R L5-S1 TFESI (outside)", "Fluoro", "Dexamethasone", "~20%", "No benefit"],
        ["10/06/2025", "R SIJ intra-artic.", "Fluoro+contrast", "Bupi + triamcinolone", "75% at 4 h", "Back to baseline ~3 wk"],
        ["01/12/2026", "R SIJ intra-artic.", "Fluoro+contrast", "Lido + methylpred", "75% at 2 h", "Back to baseline ~5 wk"]],
     [1.2, 1.9, 1.3, 1.8, 1.1, 1.9]),
    ("p", "After the October injection her pain returned to baseline after about 3 weeks. Following the January "
          "injection the relief wore off at roughly 5 weeks and her pain is again at its usual level."),
    ("h", "CURRENT MEDICATIONS"),
    ("table", ["Medication", "Sig", "Start", "Status"], [
        ["Meloxicam 15 mg tab", "1 tab PO daily", "01/14/2025", "Active"],
        ["Acetaminophen 500 mg tab", "2 tabs PO BID PRN pain", "03/2025", "Active"],
        ["Levothyroxine 75 mcg tab", "1 tab PO qAM", "2014", "Active"],
        ["Omeprazole 20 mg cap", "1 cap PO daily", "2019", "Active"]], [3, 3, 1.3, 1]),
    ("h", "PAST MEDICAL / SURGICAL / FAMILY / SOCIAL HISTORY"),
    ("p", "PMH: Hypothyroidism. GERD. Left sciatica 2019 - resolved.  PSH: Lap chole 2016; ORIF R distal radius "
          "2011.  FHx: Mother - rheumatoid arthritis. Father - CAD, MI at 66.  SHx: Dental hygienist, full time. "
          "Never smoker. EtOH rare. Lives with husband."),
    ("h", "REVIEW OF SYSTEMS"),
    ("table", ["System", "Findings"], [
        ["Constitutional", "Negative for fever, chills, night sweats, unintentional weight loss"],
        ["Musculoskeletal", "Positive for back pain (R buttock). Negative for joint swelling, morning stiffness"],
        ["Neurological", "Negative for numbness, tingling, weakness, saddle anesthesia"],
        ["GU / GI", "Negative for bowel or bladder incontinence"],
        ["Skin", "Negative for rash, psoriasis"],
        ["Eyes", "Negative for eye redness / uveitis"],
        ["Psychiatric", "Negative for depressed mood. PHQ-2 = 0"],
        ["All other systems", "Reviewed and negative"]], [1.6, 6]),
    ("h", "PHYSICAL EXAM"),
    ("p", "Vitals: BP 124/78  HR 72  Ht 165 cm  Wt 74.4 kg  BMI 27.3.  General: NAD, pleasant, appropriate.  "
          "Gait: non-antalgic, no assistive device."),
    ("p", "Spine/pelvis: Focal tenderness to palpation over the right posterior SI joint, reproducing her pain. "
          "No tenderness over the lumbar spinous processes or paraspinals. Greater trochanters non-tender "
          "bilaterally. Coccyx non-tender."),
    ("table", ["Special test", "Right", "Left"], [
        ["Thigh thrust", "+", "-"], ["SIJ compression", "+", "-"], ["SIJ distraction", "+", "-"],
        ["FABER / Patrick", "+ (post. pelvic pain)", "-"], ["Gaenslen", "+", "-"],
        ["FADIR (hip)", "-", "-"], ["Straight leg raise", "- at 80 deg", "- at 80 deg"],
        ["Waddell signs", "0/5", ""]], [3, 2.2, 2.2]),
    ("p", "Neuro: Strength 5/5 bilat LE in all myotomes. DTR 2+ patellar and Achilles, symmetric. Sensation intact "
          "L2-S1. No clonus."),
    ("h", "DATA REVIEWED"),
    ("p", "Personally reviewed XR pelvis/SI/hips 09/10/2025, MRI L-spine 09/22/2025 and CT pelvis 11/03/2025 - "
          "agree with radiology reads. Labs 09/2025: HLA-B27 negative, ESR 11, CRP 0.3."),
    ("h", "ASSESSMENT"),
    ("p", "1. Right sacroiliac joint dysfunction (M53.3), confirmed with two image-guided diagnostic blocks.\n"
          "2. Mild R hip OA - not felt to be the pain generator (negative FADIR, no groin pain).\n"
          "3. No evidence of inflammatory or systemic arthropathy; no fibromyalgia or widespread pain."),
    ("h", "PLAN"),
    ("p", "She has exhausted more than 6 months of active and passive nonoperative care within the past year and "
          "both SIJ steroid injections failed to give lasting relief. We discussed minimally invasive right SI "
          "joint fusion (CPT 27279) with triangular titanium implants, expected recovery, weight-bearing "
          "restrictions and risks including malposition, nerve injury, nonunion, infection and persistent pain. "
          "She wishes to proceed. Prior authorization to be submitted. Continue meloxicam and HEP meanwhile."),
    ("sig", ["Electronically signed by Anil V. Sathyamurthy, MD on 02/23/2026 at 17:42"]),
]

LETTERHEAD_PMR = [("PIEDMONT VALLEY UNIVERSITY HEALTH", "B", 13),
                  ("Department of Physical Medicine & Rehabilitation  |  Academic Spine Consultation Service", "", 9),
                  ("2200 Medical Park Drive, Suite 410, Burlington, NC 27215   Tel 336-555-0188   Fax 336-555-0189", "", 8)]
LETTERHEAD_PA = [("PIEDMONT VALLEY UNIVERSITY HEALTH", "B", 13),
                 ("Orthopaedic Spine Surgery  -  Surgical Authorization Office", "", 9),
                 ("2200 Medical Park Drive, Suite 300, Burlington, NC 27215   Tel 336-555-0160   Fax 336-555-0167", "", 8)]
LETTERHEAD_SPINE = [("PIEDMONT VALLEY UNIVERSITY HEALTH", "B", 12),
                    ("Orthopaedic Surgery - Spine Division - Clinic Note", "", 9)]

FOOT = "TETREAULT, ROSALIND M | DOB 06/22/1971 | MRN 00-7734-2291"

def build():
    BAN = "MAR-13-2026 15:41  FROM: RIVERBEND PT 3365550302  TO: 3365550167 PVUH SPINE  P. %d/2"
    files = [
        ("01_fax_cover_and_request.pdf", [
            ("text", cover, dict(family="Helvetica", letterhead=LETTERHEAD_PA, footer_left="PVUH Surgical Authorization Office", footer_right="")),
            ("text", request, dict(family="Helvetica", size=9.5, letterhead=LETTERHEAD_PA, footer_left=FOOT, footer_right="Form SA-12 rev 07/2025")),
        ]),
        ("02_pmr_consult_2025-09-15.pdf", [
            ("text", consult, dict(family="Times", size=11, letterhead=LETTERHEAD_PMR,
                                   running="Rosalind M. Tetreault  DOB 06/22/1971  -  Consultation 09/15/2025",
                                   footer_left="", footer_right="Page {p} of {nb}")),
        ]),
        ("03_sij_injection_reports.pdf", [
            ("text", proc1, dict(family="Helvetica", size=9.5, letterhead=LETTERHEAD_PMR, footer_left=FOOT)),
            ("text", proc2, dict(family="Helvetica", size=9.5, letterhead=LETTERHEAD_PMR, footer_left=FOOT)),
        ]),
        ("04_outside_records_faxed.pdf", [
            ("fax", pt1, BAN % 1, 101, "fine", 0.8, 11, {}),
            ("fax", pt2, BAN % 2, 102, "fine", -0.5, 11, {}),
            ("fax", chiro, "DEC-15-2025 09:02  FROM: LAKESHORE FAM CHIRO 3365550726  TO: 3365550167  P. 1/1".replace("P. 1/1", "P. 1/1"), 103, "fine", 1.1, 11, {"serif": True}),
        ]),
        ("05_radiology_reports.pdf", [
            ("text", radiology, dict(family="Courier", size=9, footer_left=FOOT + " | PACS RPT", footer_right="Page {p} of {nb}")),
            ("text", ct, dict(family="Courier", size=9, footer_left=FOOT + " | PACS RPT", footer_right="Page {p} of {nb}")),
        ]),
        ("06_spine_clinic_note_2026-02-23.pdf", [
            ("text", clinic, dict(family="Helvetica", size=9, letterhead=LETTERHEAD_SPINE,
                                  running="Tetreault, Rosalind M  MRN 00-7734-2291  Encounter 02/23/2026",
                                  footer_left="Printed 03/16/2026 by TGREER", footer_right="Page {p} of {nb}")),
        ]),
    ]
    packet_json = {"request_date": "2026-03-16", "procedure_codes": ["27279"], "member_id": "CSN884210573",
                   "policy": "MP-MM-1366"}
    labels = {
        "procedure": "percutaneous", "request_date": "2026-03-16", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["Pain is localized to the right buttock, below the belt line",
                                           "No radiation into the groin, thigh or leg"]),
            "perc.pain_severity": ("met", ["Current pain: 7/10 (NRS)"]),
            "perc.sij_tenderness": ("met", ["Focal tenderness to palpation over the right posterior SI joint",
                                            "Greater trochanters non-tender bilaterally"]),
            "perc.active_conservative_therapy": ("met", ["Start of care: 04/07/2025", "Discharge date: 08/08/2025",
                                                         "from 08/18/2025 through 12/12/2025"]),
            "perc.inactive_conservative_therapy": ("met", ["meloxicam 15 mg daily since January 2025"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) Positive", "SIJ compression +"]),
            "perc.two_provocative_tests": ("met", ["SIJ distraction +", "FABER (Patrick) Positive - buttock",
                                                   "Gaenslen Positive Negative"]),
            "perc.diagnostic_injections": ("met", ["Positive diagnostic block: 75% relief sustained at 4 hours",
                                                   "75% or better relief through 2 hours (lidocaine)",
                                                   "Contrast outlined the right SI joint capsule"]),
            "perc.generalized_pain_excluded": ("met", ["no fibromyalgia or widespread pain",
                                                       "Nonorganic (Waddell) signs 0/5"]),
            "perc.sij_imaging": ("met", ["No CT evidence of inflammatory sacroiliitis",
                                         "No erosive change or destructive osseous lesion"]),
            "perc.hip_imaging": ("met", ["Mild right hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["no nerve root compression at any level"]),
            "perc.therapeutic_injections": ("met", ["her pain returned to baseline after about 3 weeks",
                                                    "the relief wore off at roughly 5 weeks"]),
            "perc.excl.systemic_arthropathy": ("met", ["No evidence of inflammatory or systemic arthropathy",
                                                       "Labs 09/2025: HLA-B27 negative, ESR 11"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No lytic or sclerotic destructive lesion. No fracture."]),
            "perc.excl.acute_instability": ("met", ["insidious onset without trauma"]),
            "perc.excl.neural_compression": ("met", ["No spinal canal stenosis and no nerve root compression"]),
        },
    }
    return {"id": "b4e-01", "form": "folder", "files": files, "packet_json": packet_json, "labels": labels}
