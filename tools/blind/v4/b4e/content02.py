"""b4e-02: does_not_meet_criteria, open 27280. Single PDF. Right SIJ, degenerative / SIJ syndrome after L4-S1 fusion."""
FOOT = "VOSS, HARLAN J  DOB 11/03/1964  Acct 4410-298-75"

cover = [
    ("title", "SANDHILLS MERCY HEALTH"),
    ("p", "Orthopaedic & Spine Institute - Precertification Desk\n3301 Morganton Road, Fayetteville, NC 28303\n"
          "Phone (910) 555-0230   Secure Fax (910) 555-0239"),
    ("rule",),
    ("title", "FAX"),
    ("table", ["", ""], [
        ["TO", "CareSource NC Marketplace - Prior Authorization"],
        ["FAX", "(844) 555-0117"],
        ["FROM", "Brianna Oxendine, Precert Specialist"],
        ["DATE", "05/04/2026"],
        ["PAGES", "9 including cover"],
        ["RE", "Voss, Harlan J - Member ID CSN330918264 - open SI joint arthrodesis"]], [1, 5]),
    ("p", "[X] Urgent   [ ] For review   [X] Please reply   [ ] Please comment"),
    ("p", "Attached: request form, surgeon note 04/13/2026, second-opinion consult 03/02/2026, CT pelvis 01/20/2026, "
          "MRI lumbar 02/09/2026, XR pelvis 05/12/2025, outside operative report (Blue Ridge Baptist, 2019, "
          "faxed to us as received), letter of medical necessity."),
    ("sp", 40),
    ("small", "The documents accompanying this telecopy contain confidential information belonging to the sender "
              "which is legally privileged. The information is intended only for the use of the individual or "
              "entity named above. If you are not the intended recipient, you are hereby notified that any "
              "disclosure, copying, distribution or the taking of any action in reliance on the contents of this "
              "telecopied information is strictly prohibited."),
]

request = [
    ("title", "Medical Prior Authorization Request - Surgery / Inpatient"),
    ("small", "Submit with clinical notes supporting medical necessity. Incomplete requests may be pended."),
    ("h", "1. Member information"),
    ("kv", [("Name:", "Harlan J. Voss"), ("Date of birth:", "11/03/1964"), ("Member ID:", "CSN330918264"),
            ("Plan:", "CareSource North Carolina - Marketplace")], 120),
    ("h", "2. Provider information"),
    ("kv", [("Ordering surgeon:", "Teodora Lindqvist, MD - Orthopaedic Spine   NPI 1548807326"),
            ("Facility:", "Sandhills Mercy Medical Center (inpatient)   NPI 1912004573"),
            ("Contact:", "B. Oxendine  (910) 555-0230")], 120),
    ("h", "3. Request"),
    ("kv", [("Request date:", "05/04/2026"), ("Proposed date of service:", "06/08/2026"),
            ("Admission type:", "Elective inpatient, est. LOS 2 days")], 150),
    ("box", "Approach:   [ ] Percutaneous / minimally invasive      [X] Open"),
    ("sp", 4),
    ("table", ["CPT / HCPCS", "Description", "Side", "Qty"], [
        ["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, incl. instrumentation", "R", "1"],
        ["20936", "Autograft for spine surgery only, local (add-on)", "", "1"]], [1.1, 6, 0.5, 0.5]),
    ("table", ["ICD-10", "Diagnosis"], [
        ["M53.3", "Sacrococcygeal disorders, NEC - right SI joint"],
        ["M47.898", "Other spondylosis, sacral and sacrococcygeal region"],
        ["Z98.1", "Arthrodesis status (L4-S1, 2019)"]], [1, 6]),
    ("h", "4. Clinical indication (brief)"),
    ("p", "Indication: right SI joint dysfunction / degenerative SI joint, refractory to conservative management, "
          "in a patient with prior L4-S1 instrumented fusion. Open technique preferred by surgeon to allow joint "
          "decortication and structural graft under direct visualization."),
    ("sp", 8),
    ("kv", [("Signature:", "/s/ Teodora Lindqvist, MD       Date: 05/04/2026")], 120),
]

clinic = [
    ("kv2", [("Patient:", "Voss, Harlan J"), ("Acct:", "4410-298-75"), ("DOB:", "11/03/1964 (61 yo M)"),
             ("Date of service:", "04/13/2026"), ("Provider:", "Teodora Lindqvist, MD"),
             ("Visit:", "Return - surgical planning")]),
    ("rule",),
    ("h", "Subjective"),
    ("p", "61-year-old retired corrections officer seen back to finalize surgical plans for his right SI joint. "
          "He underwent L4-S1 posterior instrumented fusion with L5-S1 TLIF at Blue Ridge Baptist Hospital in "
          "2019 for degenerative spondylolisthesis and did well for about three years. Since 2023 he has had "
          "progressive pain in the right buttock just lateral to the sacrum, worse sitting on hard chairs and "
          "with stairs. Denies leg pain, numbness or weakness; no bowel/bladder complaints. Pain 6/10 today, "
          "up to 8/10 by evening."),
    ("p", "Prior treatment: PT x 12 visits (2025), celecoxib, two right SIJ steroid injections at our pain "
          "center in 2025 with only transient relief, a right SIJ radiofrequency ablation (lateral branches) "
          "11/2025 with about 6 weeks of benefit. He has not had previous SI joint fusion, percutaneous or "
          "otherwise, and there is no history of pelvic fracture or other pelvic trauma."),
    ("h", "PMH / PSH / FH / SH"),
    ("table", ["", ""], [
        ["PMH", "HTN, hyperlipidemia, OSA on CPAP, prediabetes (A1c 6.1)"],
        ["PSH", "L4-S1 PSF + L5-S1 TLIF 2019 (Blue Ridge Baptist); R knee arthroscopy 2008"],
        ["Family hx", "Father - prostate cancer with bone metastases (deceased); brother - type 2 DM"],
        ["Social", "Former smoker, quit 2012 (15 pk-yr). 1-2 beers/wk. Married."]], [1, 6]),
    ("h", "ROS"),
    ("p", "Const: no fever, chills or weight loss.  MSK: + right buttock/SI region pain; no other joint pain, no "
          "morning stiffness.  Neuro: no paresthesias, no weakness.  GI/GU: no incontinence.  Skin: no rash, no "
          "psoriasis.  Heme/Onc: no known malignancy.  Psych: mood OK.  10-point ROS otherwise negative."),
    ("h", "Objective"),
    ("p", "BP 138/84, HR 76, BMI 31.8. Ambulates independently, mildly antalgic. Healed midline lumbar incison. "
          "Tender over right posterior SI joint. Thigh thrust and compression reproduce right buttock pain; FABER "
          "positive right. Hips: full painless ROM. SLR negative bilaterally. Motor 5/5 L2-S1; reflexes 1+ "
          "symmetric; sensation intact."),
    ("h", "Imaging review"),
    ("p", "CT pelvis 01/20/2026: advanced right SI joint degeneration (sclerosis, osteophytes, vacuum), no "
          "fracture, no lesion. MRI L-spine 02/09/2026: solid-appearing L4-S1 fusion, no stenosis, no neural "
          "compression. XR pelvis 05/12/2025: right SI joint narrowing, no hardware complication."),
    ("h", "Assessment"),
    ("p", "1. Right degenerative sacroiliac joint disease with SI joint syndrome, following L4-S1 fusion "
          "(adjacent/transition joint degeneration).\n2. Status post L4-S1 PSF/TLIF 2019 - fusion solid.\n"
          "3. Obesity, OSA."),
    ("h", "Plan"),
    ("p", "Proceed with open right SI joint arthrodesis (27280) with local autograft and screw fixation. I prefer "
          "an open posterior approach in his case given the existing S1 pedicle screws and the wish to "
          "decorticate the joint under direct vision. No plan to extend or revise the lumbar construct. Risks, "
          "benefits and alternatives (including continued nonoperative care and a percutaneous approach) "
          "reviewed; he elects surgery. Precert to submit. Medical clearance with PCP; hold celecoxib 5 days "
          "pre-op."),
    ("sig", ["Teodora Lindqvist, MD  |  Orthopaedic & Spine Institute  |  e-signed 04/13/2026 16:58"]),
]

consult = [
    ("p", "March 2, 2026"),
    ("pi", "Teodora Lindqvist, MD"),
    ("pi", "Sandhills Mercy Orthopaedic & Spine Institute"),
    ("p", "3301 Morganton Road, Fayetteville, NC 28303"),
    ("p", "Re: Harlan J. Voss, DOB 11/03/1964 - second opinion, right sacroiliac joint"),
    ("p", "Dear Teodora,"),
    ("p", "Many thanks for sending Mr. Voss to our academic spine clinic for a second opinion regarding his right "
          "SI joint. I had the pleasure of meeting him and his wife today, and I reviewed the outside imaging on "
          "our PACS."),
    ("p", "His story is a familiar one: solid L4-S1 fusion in 2019, then gradually worsening unilateral "
          "buttock pain localized to the right sacroiliac joint, with concordant provocative testing and good but "
          "short-lived responses to intra-articular injections and to radiofrequency ablation. His CT shows "
          "advanced degenerative change of the right SI joint. I agree that the joint is the pain generator."),
    ("p", "We talked at length about the ways to fuse the joint. I reviewed with him that an open approach is "
          "usually reserved for circumstances such as trauma, infection or tumor. Had he sustained a pelvic ring "
          "injury, or were there evidence of infection, an open approach would be straightforward to justify; "
          "neither applies here. To rule out pyogenic sacroiliitis we checked labs today: ESR 9 mm/hr, CRP "
          "under 0.5 mg/dL, WBC 6.8. He is afebrile and there is no evidence of infection. I also considered a "
          "sacral insufficiency fracture, but the CT shows none."),
    ("p", "My impression is degenerative right SI joint arthropathy with SI joint syndrome after lumbosacral "
          "fusion. I have no objection to fusion if he has failed nonoperative care, and I would defer the choice "
          "of approach to you. His lumbar MRI shows no compressive pathology, so I do not think the prior fusion "
          "levels are contributing."),
    ("p", "Thank you for involving me in his care. Please do not hesitate to call."),
    ("sig", ["With kind regards,", "", "Raymond A. Oyelaran, MD, FAAOS",
             "Professor of Orthopaedic Surgery, Spine Service", "Tidewater University Medical Center"]),
    ("small", "Dictated, not read. cc: Harlan J. Voss (patient portal)"),
]

ct = [
    ("title", "SANDHILLS MERCY MEDICAL CENTER - IMAGING SERVICES"),
    ("kv", [("PATIENT:", "VOSS, HARLAN J     MRN: SM00418822     DOB: 11/03/1964"),
            ("EXAM:", "CT PELVIS WO CONTRAST  (CPT 72192)"),
            ("DATE:", "01/20/2026 14:05     ACC#: CT26-0120-0317"),
            ("ORDERING:", "LINDQVIST, TEODORA MD"),
            ("INDICATION:", "R SI joint pain s/p L4-S1 fusion."),
            ("COMPARISON:", "Radiographs 05/12/2025.")], 90),
    ("h", "FINDINGS"),
    ("p", "Postsurgical change of L4-S1 posterior fusion with bilateral S1 pedicle screws, which terminate within "
          "the sacral ala without breach. RIGHT SI JOINT: marked joint space narrowing, dense subchondral "
          "sclerosis on both the iliac and sacral sides, bridging anterior osteophytes and intra-articular vacuum "
          "phenomenon. No erosions. LEFT SI JOINT: mild degenerative change. No fracture. No lytic or blastic "
          "lesion. Hips: mild bilateral degenerative change. Visualized bowel and bladder unremarkable."),
    ("h", "IMPRESSION"),
    ("p", "1. Advanced degenerative change of the right sacroiliac joint.\n2. Mild left SI joint degeneration.\n"
          "3. Postoperative lumbosacral fusion without hardware complication. No acute osseous abnormality."),
    ("p", "Electronically signed: Lucinda Hargett, MD  01/20/2026 16:41"),
    ("rule",),
    ("kv", [("EXAM:", "XR PELVIS 1-2 VIEWS (CPT 72170)"),
            ("DATE:", "05/12/2025 10:22     ACC#: XR25-0512-1140"),
            ("ORDERING:", "CHAVIS, DONNELL PA-C")], 90),
    ("h", "FINDINGS / IMPRESSION"),
    ("p", "Postsurgical lumbosacral fusion. Right SI joint space narrowing with sclerosis, greater than left. No "
          "fracture. Hip joints relatively preserved.  IMPRESSION: Right greater than left SI joint degenerative "
          "change."),
    ("p", "Electronically signed: Marcus Pridgen, MD  05/12/2025 13:15"),
]

mri = [
    ("title", "SANDHILLS MERCY MEDICAL CENTER - IMAGING SERVICES"),
    ("kv", [("PATIENT:", "VOSS, HARLAN J     MRN: SM00418822     DOB: 11/03/1964"),
            ("EXAM:", "MRI LUMBAR SPINE WO/W CONTRAST  (CPT 72158)"),
            ("DATE:", "02/09/2026 08:40     ACC#: MR26-0209-0051"),
            ("ORDERING:", "LINDQVIST, TEODORA MD"),
            ("INDICATION:", "Prior L4-S1 fusion, R buttock pain. Evaluate adjacent segment, neural compression."),
            ("COMPARISON:", "None available.")], 90),
    ("h", "FINDINGS"),
    ("p", "Susceptibility artifact from L4-S1 pedicle screws limits evaluation of the fused levels; the canal and "
          "foramina at L4-5 and L5-S1 are patent where seen, with no enhancing epidural fibrosis causing mass "
          "effect. L3-4: mild disc bulge and mild facet hypertrophy without canal or foraminal stenosis. L2-3 and "
          "above unremarkable. Conus normal at L1. No abnormal marrow signal or enhancement. Paraspinal muscles "
          "show postoperative atrophy."),
    ("h", "IMPRESSION"),
    ("p", "1. Postoperative L4-S1 fusion. No recurrent stenosis.\n2. Mild L3-4 adjacent-segment degeneration "
          "without stenosis.\n3. No neural compression at any level."),
    ("p", "Electronically signed: Lucinda Hargett, MD  02/09/2026 12:02"),
]

outside1 = [
    ("title", "BLUE RIDGE BAPTIST HOSPITAL", "C"),
    ("p", "Health Information Management - Release of Information        Asheville, NC"),
    ("h", "OPERATIVE REPORT"),
    ("kv", [("PATIENT:", "VOSS, HARLAN J"), ("MR#:", "BR-2201947"), ("DATE OF SURGERY:", "08/14/2019"),
            ("SURGEON:", "Wendell P. Ashcraft, MD")], 140),
    ("p", "PREOPERATIVE DIAGNOSIS: Grade 1 degenerative spondylolisthesis L4-5; L4-5 and L5-S1 stenosis with "
          "bilateral L5 radiculopathy."),
    ("p", "POSTOPERATIVE DIAGNOSIS: Same."),
    ("p", "PROCEDURE: Posterior spinal fusion L4-S1, pedicle screw instrumentation L4, L5, S1 bilaterally; "
          "L5-S1 transforaminal lumbar interbody fusion; decompression L4-5 and L5-S1; local autograft and "
          "allograft."),
    ("p", "ANESTHESIA: General endotracheal.  EBL: 450 mL.  COMPLICATIONS: None."),
]

outside2 = [
    ("h", "OPERATIVE REPORT (cont.)  VOSS, HARLAN J  BR-2201947"),
    ("p", "DESCRIPTION: Prone on Jackson table. Midline exposure L4 to sacrum. Pedicle screws placed under "
          "fluoroscopy. Laminectomy L4-5 and L5-S1 with bilateral foraminotomies; the L5 roots were decompressed. "
          "L5-S1 TLIF from the left with PEEK cage. Rods placed and compressed. Decortication and grafting. The "
          "sacroiliac joints were not exposed or instrumented. Layered closure over drain."),
    ("p", "DISPOSITION: PACU stable. Discharged POD 3 after uncomplicated stay; leg pain resolved."),
    ("sp", 10),
    ("sig", ["Dictated: W. P. Ashcraft, MD  08/14/2019", "Transcribed: 08/15/2019  kmt"]),
]

lmn = [
    ("p", "April 27, 2026"),
    ("p", "CareSource North Carolina - Utilization Management\nAttn: Medical Director"),
    ("p", "RE: LETTER OF MEDICAL NECESSITY - Harlan J. Voss, DOB 11/03/1964, ID CSN330918264"),
    ("p", "To whom it may concern:"),
    ("p", "I am writing to request authorization for open right sacroiliac joint arthrodesis (CPT 27280) for my "
          "patient Mr. Voss. He suffers from chronic right SI joint pain due to degenerative sacroiliac joint "
          "disease, which developed after his 2019 L4-S1 fusion. His CT demonstrates advanced right SI joint "
          "degeneration and he has had concordant responses to SI joint injections and ablation."),
    ("p", "Nonoperative management including physical therapy, anti-inflammatory medication, intra-articular "
          "injections and radiofrequency ablation has failed to provide durable relief. I believe fusion is the "
          "appropriate next step and an open approach gives me the best control of joint preparation around his "
          "existing sacral hardware."),
    ("p", "Thank you for your prompt consideration."),
    ("sig", ["Sincerely,", "", "Teodora Lindqvist, MD", "Orthopaedic & Spine Institute, Sandhills Mercy Health"]),
]

LH_SM = [("Sandhills Mercy Health  |  Orthopaedic & Spine Institute", "B", 12),
         ("3301 Morganton Road, Fayetteville, NC 28303  -  (910) 555-0230", "", 8.5)]
LH_TU = [("TIDEWATER UNIVERSITY MEDICAL CENTER", "B", 13),
         ("Department of Orthopaedic Surgery - Academic Spine Service", "", 9.5),
         ("600 Moye Boulevard, Greenville, NC 27834   (252) 555-0144   Fax (252) 555-0145", "", 8)]

def build():
    BAN = "MAR-19-2026 11:07  BLUE RIDGE BAPTIST HIM   8285550190 -> 9105550239   P. %d/2"
    parts = [
        ("text", cover, dict(family="Helvetica", size=10, footer_left="", footer_right="")),
        ("text", request, dict(family="Helvetica", size=9.5, footer_left="CareSource NC - PA request (provider-completed)", footer_right="")),
        ("text", clinic, dict(family="Helvetica", size=9, letterhead=LH_SM,
                              running="Voss, Harlan J  |  DOS 04/13/2026  |  Lindqvist", footer_left=FOOT)),
        ("text", consult, dict(family="Times", size=11, letterhead=LH_TU,
                               running="Harlan J. Voss - March 2, 2026 - page 2", footer_left="", footer_right="")),
        ("text", ct, dict(family="Courier", size=9, footer_left=FOOT, footer_right="RIS final report")),
        ("text", mri, dict(family="Courier", size=9, footer_left=FOOT, footer_right="RIS final report")),
        ("fax", outside1, BAN % 1, 201, "standard", -0.9, 12, {"serif": True}),
        ("fax", outside2, BAN % 2, 202, "standard", 0.6, 12, {"serif": True}),
        ("text", lmn, dict(family="Times", size=11, letterhead=LH_SM, footer_left="", footer_right="")),
    ]
    labels = {
        "procedure": "open", "request_date": "2026-05-04", "determination": "does_not_meet_criteria",
        "criteria": {
            "open.indication": ("not_met", ["Right degenerative sacroiliac joint disease with SI joint syndrome",
                                            "He has not had previous SI joint fusion",
                                            "no history of pelvic fracture or other pelvic trauma"]),
            "open.recent_imaging": ("met", ["Advanced degenerative change of the right sacroiliac joint"]),
            "open.excl.neural_compression": ("met", ["No neural compression at any level"]),
        },
    }
    return {"id": "b4e-02", "form": "single", "files": [("b4e-02.pdf", parts)], "packet_json": None, "labels": labels}
