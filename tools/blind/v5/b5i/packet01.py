"""b5i-01: Teresa M. Oyelaran, right SIJ, WC claim closed, CareSource primary. Gold: meets_criteria."""

PID = "b5i-01"
PT_NAME = "OYELARAN, TERESA M"
DOB = "03/22/1981"
MID = "NCM40917725"
CLAIM = "BRM-25-0041187"


def hdr_occ(pg):
    return ["Catawba Valley Occupational Health | 1740 Tate Blvd SE Ste 210, Hickory NC 28602 | Ph 828-555-0147 Fax 828-555-0148",
            "Pt: %s  DOB: %s  WC Claim#: %s  Employer: Piedmont Crossdock Logistics  %s" % (PT_NAME, DOB, CLAIM, pg)]


def pages():
    P = []
    # ---------------- 01_cover_request.pdf
    P.append(dict(file="01_cover_request.pdf", name="fax cover", font="Helvetica", size=10, items=[
        ("title", "BLUE RIDGE SPINE & ORTHOPAEDICS", 16),
        ("center", "Gordon H. Vance, MD  |  Spine Surgery  |  2455 N Center St, Hickory, NC 28601", 9),
        ("center", "Phone 828-555-0190   Fax 828-555-0191", 9),
        ("hr", 1.2), ("sp", 6),
        ("title", "FAX TRANSMITTAL", 20), ("sp", 6),
        ("kv", [("TO:", "CareSource NC - Utilization Management / Prior Auth"), ("FAX:", "1-844-555-0122"),
                ("FROM:", "Shonda Pettit, Surgical Scheduler"), ("DATE:", "02/10/2026"),
                ("RE:", "Oyelaran, Teresa  DOB 03/22/1981"), ("PAGES:", "14 (including cover)")], 2),
        ("sp", 6),
        ("p", "[X] Urgent    [ ] For Review    [ ] Please Comment    [X] Please Reply    [ ] Recycle"),
        ("sp", 4),
        ("p", "Comments: Pre-certification request for right minimally invasive SI joint fusion, CPT 27279, outpatient at "
              "Catawba Surgical Pavilion. Member's workers' compensation claim (Blue Ridge Mutual Casualty #BRM-25-0041187) "
              "closed by clincher agreement 12/2025; future medical for this condition now billed to CareSource per member. "
              "Enclosed: request form, occupational medicine notes, PT records (2 episodes), SIJ injection reports x2, "
              "imaging, nurse case manager summary, billing ledger."),
        ("p", "Please fax determination to 828-555-0191 attn: Shonda. Peer to peer available Tue/Thu afternoons."),
        ("sp", 30),
        ("small", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected health information that is "
                  "legally privileged. This information is intended only for the use of the individual or entity named above. "
                  "If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or "
                  "action taken in reliance on the contents of these documents is strictly prohibited. If you have received this "
                  "fax in error, please notify the sender immediately by telephone and destroy the documents."),
    ]))
    P.append(dict(file="01_cover_request.pdf", name="request form", font="Helvetica", size=9.5, items=[
        ("title", "CareSource North Carolina - Prior Authorization Request Form", 13),
        ("center", "Marketplace | Medical / Surgical Outpatient | Fax completed form with clinicals to 1-844-555-0122", 8.5),
        ("hr", 1),
        ("h", "SECTION 1 - MEMBER INFORMATION"),
        ("kv", [("Member Name:", "Teresa M. Oyelaran"), ("Date of Birth:", "03/22/1981"),
                ("Member ID:", MID), ("Plan:", "CareSource NC Marketplace - Silver"),
                ("Phone:", "828-555-3316"), ("Other coverage:", "WC claim closed 12/2025 (see cover)")], 2),
        ("h", "SECTION 2 - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting:", "Gordon H. Vance, MD"), ("NPI:", "1750438821"),
                ("Practice:", "Blue Ridge Spine & Orthopaedics"), ("TIN:", "56-1099874"),
                ("Facility:", "Catawba Surgical Pavilion (ASC)"), ("Facility NPI:", "1346620077"),
                ("Contact:", "Shonda Pettit  828-555-0190 x214"), ("Fax:", "828-555-0191")], 2),
        ("h", "SECTION 3 - SERVICE REQUESTED"),
        ("kv", [("Date of request:", "02/10/2026"), ("Anticipated DOS:", "03/19/2026"),
                ("Setting:", "[X] Outpatient/ASC  [ ] Inpatient"), ("Review type:", "[X] Standard  [ ] Expedited")], 2),
        ("table", [0.16, 0.52, 0.12, 0.20], [
            ["CPT/HCPCS", "Description", "Units", "Laterality"],
            ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), "
                      "with image guidance, includes obtaining bone graft when performed, and placement of transfixing device", "1", "Right (RT)"],
            ["C1889", "Implantable/insertable device, not otherwise classified (triangular titanium implants x3)", "1", "Right"],
        ]),
        ("table", [0.16, 0.84], [
            ["ICD-10-CM", "Diagnosis"],
            ["M53.3", "Sacrococcygeal disorders, not elsewhere classified (right sacroiliac joint dysfunction)"],
            ["S33.6XXS", "Sprain of sacroiliac joint, sequela (work injury 01/14/2025)"],
        ]),
        ("h", "SECTION 4 - CLINICAL SUMMARY (attach supporting documentation)"),
        ("p", "44 y/o F order selector, R-sided SIJ pain since lifting injury 01/2025. Failed 2 PT episodes + HEP, NSAID, TENS. "
              "Two fluoroscopic contrast-confirmed R SIJ blocks with >70% relief; steroid benefit temporary each time. "
              "Imaging reviewed - see attached reports. Requesting R MIS SIJ fusion."),
        ("sp", 8),
        ("sig", ["Signature of requesting provider: Gordon H. Vance, MD        Date: 02/10/2026"], True),
        ("small", "Form CS-NC-PA-0419 (rev. 06/2025). Incomplete requests may be pended. Submission does not guarantee payment."),
    ]))
    # ---------------- 02_occ_health_notes.pdf
    P.append(dict(file="02_occ_health_notes.pdf", name="initial occ visit (fax)", font="Helvetica", size=10.5,
                  header=hdr_occ("Page 1 of 4"),
                  fax=dict(mode="fine", skew=0.7, seed=101, dx=8, dy=6,
                           banner="FEB-09-2026 16:42  FROM: CATAWBA VALLEY OCC HLTH 8285550148   TO: 8285550191   P. 3/14"),
                  items=[
        ("left", "INITIAL INJURY VISIT - WORKERS' COMPENSATION", 12, True),
        ("kv", [("DOS:", "01/16/2025"), ("Provider:", "Lionel P. Strand, DO, MPH"),
                ("DOI:", "01/14/2025"), ("Visit type:", "New injury, WC authorized"),
                ("Job title:", "Order selector, 2nd shift"), ("Supervisor:", "R. Gantt")], 2),
        ("h", "Injury mechanism (employee statement, taken by MA)"),
        ("p", "\"I was pulling a case of canned tomatoes off the bottom slot, about 60 lbs, and turned to put it on the pallet jack. "
              "Felt a sharp catch on the right side of my low back down by my tailbone. I finished the shift but could barely "
              "get out of the car the next morning.\" Denies fall, denies striking anything. Reported to supervisor same shift."),
        ("h", "HPI"),
        ("p", "44 yo RHD female seen 2 days after lifting/twisting injury. Pain R low back/upper buttock, worse with sitting in the "
              "forklift seat and with stairs. Some aching into the R posterior thigh the first night. No bowel/bladder sx, no "
              "saddle numbness, no weakness. Pain 8/10 today. Has taken OTC ibuprofen 400 mg x3 doses."),
        ("lp", "PMH:", "L distal radius fx 2016 s/p ORIF (healed, hardware retained). Seasonal allergies. No prior back claims."),
        ("lp", "FHx:", "Mother - fibromyalgia, HTN. Father - DM2. No family hx of spondylitis known."),
        ("h", "Exam"),
        ("p", "Ht 5'6\" Wt 171 lb BP 128/80. Antalgic gait favoring R. Tender R PSIS region and R upper gluteal. Lumbar midline "
              "nontender. ROM flex 50% limited by R buttock pain. SLR neg bilat. Strength 5/5 LE, DTRs 2+ symmetric."),
        ("h", "Assessment / Plan"),
        ("p", "1. Sprain of R sacroiliac region, work related (S33.6XXA). 2. R low back strain. "
              "Meloxicam 15 mg daily #30 RF2 - stop ibuprofen. Ice 20 min q2-3h x48h then heat. Refer PT (WC) 2-3x/wk. "
              "XR SI joints ordered. Modified duty: no lift >15 lb, no repetitive bending, sit/stand as needed. RTC 2 wks."),
        ("sig", ["L. Strand DO  (dictated, signed 01/16/2025 18:05)"], True),
    ]))
    P.append(dict(file="02_occ_health_notes.pdf", name="occ progress 10/14/2025", font="Helvetica", size=9.5,
                  header=hdr_occ("Page 2 of 4"), footer="Printed 02/09/2026 by kmorrow  -  Catawba Valley Occupational Health EHR (OccuTrak v11)",
                  items=[
        ("left", "WC PROGRESS NOTE", 12, True),
        ("kv", [("DOS:", "10/14/2025"), ("Provider:", "Lionel P. Strand, DO, MPH"),
                ("Visit #:", "14 (WC)"), ("Adjuster:", "Pam Rudisill, Blue Ridge Mutual")], 2),
        ("lp", "S:", "Returns after R SIJ injection 08/19/2025 with Dr. Rao-Mercer. Numb-good for the afternoon, then the steroid "
                     "carried her about 4 weeks; by mid-September pain had crept back to where it was, 7/10 most days by end of shift. "
                     "Finished the 6-week home exercise program we prescribed at PT discharge (06/26) - reviewed at 08/05 visit, "
                     "she completed it and kept a log. Started second PT episode 09/24 at Foothills WorkRehab, 2x/wk. TENS daily as before. "
                     "Pain stays in the R buttock over the SI joint, does not go down the leg. The thigh ache she had in Jan/Feb resolved by March."),
        ("lp", "Meds:", "Meloxicam 15 mg daily (since 01/16/2025, taking). Acetaminophen 500 mg 2 tabs BID prn. "
                        "Cyclobenzaprine 5 mg qhs prn - rarely."),
        ("lp", "O:", "Pleasant, NAD. Gait non-antalgic today. TTP over R posterior SIJ. Thigh thrust + R. FABER + R (posterior pain). "
                     "Neuro intact LE."),
        ("lp", "A:", "R SIJ dysfunction following work injury; temporary steroid benefit from 08/19 injection."),
        ("lp", "P:", "Continue PT episode #2 (18 visits authorized). Repeat fluoro SIJ injection per Dr. Rao-Mercer - scheduled 11/04. "
                     "Continue meloxicam, TENS, heat. Discussed that carrier's IME (Dr. Fenwick 09/30) placed her at MMI for the "
                     "lumbar strain only; SIJ still under active treatment."),
        ("h", "WORK STATUS"),
        ("p", "[ ] Full duty   [X] Modified duty   [ ] No work.  Restrictions: lift/carry max 20 lb occasional; no repetitive "
              "bending/twisting; no forklift > 2 h continuous. Effective 10/14/2025 through next visit."),
        ("sig", ["Electronically signed: Lionel P. Strand, DO, MPH  10/14/2025 17:22"]),
    ]))
    P.append(dict(file="02_occ_health_notes.pdf", name="occ progress 02/03/2026", font="Helvetica", size=9.5,
                  header=hdr_occ("Page 3 of 4"), footer="Printed 02/09/2026 by kmorrow  -  Catawba Valley Occupational Health EHR (OccuTrak v11)",
                  items=[
        ("left", "PROGRESS NOTE (transition of care - WC closed)", 12, True),
        ("kv", [("DOS:", "02/03/2026"), ("Provider:", "Lionel P. Strand, DO, MPH"),
                ("Payer today:", "CareSource NC Marketplace"), ("Accompanied by:", "self")], 2),
        ("lp", "S:", "Here for f/u R SI joint pain and paperwork for surgical referral. The 11/04/2025 injection gave the same "
                     "pattern - near complete relief for the rest of that day, then about 5 weeks of partial benefit; pain was back to "
                     "baseline by the second week of December. PT episode 2 ended 12/17/2025 after 18/18 visits, plateaued. "
                     "Pain is localized to the R buttock just below the belt line, caudal to L5, and is non-radiating. "
                     "Sitting > 30 min and rolling in bed are the worst. R SI pain rated 6-7/10 today."),
        ("lp", "Current meds:", "Meloxicam 15 mg PO daily - started 01/16/2025, continuing. Acetaminophen 1 g BID prn. "
                                "TENS unit (Zynex-type, issued 03/11/2025): 30 min sessions 2-3x daily to R buttock, still using."),
        ("h", "Focused exam - lumbopelvic"),
        ("table", [0.36, 0.16, 0.16, 0.32], [
            ["Test / site", "Right", "Left", "Comment"],
            ["Palpation posterior SIJ (sulcus)", "TTP ++", "neg", "max tenderness just medial/inferior to R PSIS"],
            ["Greater trochanter", "nontender", "nontender", ""],
            ["Lumbar spinous/paraspinal", "nontender", "nontender", "L4-S1 palpated"],
            ["Coccyx", "nontender", "-", ""],
            ["Thigh thrust (P4)", "POS", "neg", "reproduces usual R buttock pain"],
            ["Compression (side-lying)", "POS", "neg", ""],
            ["Distraction (supine gapping)", "POS", "neg", ""],
            ["Gaenslen", "POS", "neg", "R hip hanging off table"],
            ["Patrick / FABER", "POS", "neg", "posterior SIJ pain, no groin pain"],
            ["SLR / slump", "neg", "neg", ""],
        ], 8.5),
        ("p", "Neuro: strength 5/5 hip flex/ext, knee, ankle DF/PF, EHL. DTR 2+ patellar/Achilles symmetric. Sensation intact L3-S1. "
              "Waddell signs 0/5. Affect appropriate; pain behavior proportionate."),
        ("lp", "A:", "1. R sacroiliac joint dysfunction, chronic, post work injury 01/14/2025 - failed PT x2, HEP, meloxicam, TENS, "
                     "2 diagnostic/therapeutic SIJ injections. 2. Hx lumbar strain - resolved."),
        ("lp", "P:", "Supports surgical consult w/ Dr. Vance for R MIS SIJ fusion. Continue meloxicam/TENS. Work status slip given."),
        ("sig", ["Electronically signed: Lionel P. Strand, DO, MPH  02/03/2026 16:48"]),
    ]))
    P.append(dict(file="02_occ_health_notes.pdf", name="work status slip", font="Helvetica", size=10,
                  header=hdr_occ("Page 4 of 4"), items=[
        ("title", "WORK STATUS REPORT", 15),
        ("center", "Copy: Employee / Employer HR (Piedmont Crossdock Logistics) / Chart", 9),
        ("hr", 1),
        ("kv", [("Employee:", "Teresa M. Oyelaran"), ("Date of visit:", "02/03/2026"),
                ("Date of injury:", "01/14/2025"), ("Next appointment:", "03/03/2026"),
                ("Body part:", "Right sacroiliac joint / buttock"), ("Provider:", "L. Strand, DO")], 2),
        ("sp", 4),
        ("p", "[ ] Released to FULL DUTY without restrictions"),
        ("p", "[X] Released to MODIFIED DUTY with the restrictions below, effective 02/03/2026 until 03/03/2026"),
        ("p", "[ ] NO WORK - unable to perform any duty"),
        ("table", [0.40, 0.20, 0.40], [
            ["Activity", "Limit", "Notes"],
            ["Lift / carry", "20 lb", "occasional (up to 1/3 shift)"],
            ["Push / pull", "40 lb force", "pallet jack OK on level floor"],
            ["Bend / twist at waist", "occasional", "no repetitive"],
            ["Sitting", "30 min", "then change position 5 min"],
            ["Forklift / reach truck", "2 hours", "per shift, with breaks"],
            ["Ladders", "none", ""],
        ]),
        ("p", "Medications affecting work: none sedating during shift. Employee may wear TENS at work."),
        ("sp", 10),
        ("sig", ["Provider signature: L. Strand, DO                    Employee signature: T. Oyelaran"], True),
        ("small", "This form is not a determination of disability. Questions: 828-555-0147. Form OCC-WS-02 rev 2024."),
    ]))
    # ---------------- 03_pt_records.pdf
    P.append(dict(file="03_pt_records.pdf", name="PT discharge ep1", font="Courier", size=9,
                  header=["FOOTHILLS WORKREHAB PHYSICAL THERAPY  * 960 Fairgrove Church Rd, Conover NC 28613 * P 828-555-0172",
                          "PATIENT: OYELARAN, TERESA   DOB 03/22/1981   CLAIM BRM-25-0041187   REF: STRAND, L. DO"],
                  footer="FWR-DC-2 / pg 1 of 2", items=[
        ("left", "PHYSICAL THERAPY DISCHARGE SUMMARY - WORKERS COMP", 11, True),
        ("kv", [("Initial evaluation date:", "02/20/2025"), ("Discharge from skilled PT", "06/26/2025"),
                ("Visits attended:", "24"), ("Visits authorized:", "24 (12 + 12 ext. 04/17)"),
                ("Cancel/no-show:", "1 / 0"), ("Therapist:", "Maribel Quist, PT, DPT")], 2),
        ("h", "Dx / treatment codes"),
        ("p", "S33.6XXA R SIJ sprain; M54.59 low back pain. 97161 eval, 97110 ther ex, 97140 manual, 97530 ther activities, "
              "97112 neuromuscular re-ed, 97014 e-stim (unattended) early visits only."),
        ("h", "Course of care"),
        ("p", "Pt attended 2x/wk 02/20 - 06/26/2025. Program: lumbopelvic stabilization, glute med/max strengthening, "
              "SIJ muscle energy technique, hip mobility, lift mechanics w/ simulated 30-40 lb tote, work conditioning last 4 wks. "
              "Initial improvement through ~visit 12 then plateau. Pain remains localized R SIJ/buttock; no distal radiation reported "
              "at any visit since 03/2025."),
        ("table", [0.34, 0.22, 0.22, 0.22], [
            ["Measure", "Initial 02/20/25", "Re-eval 04/17/25", "D/C 06/26/25"],
            ["NPRS R SIJ (worst/24h)", "8/10", "6/10", "7/10"],
            ["Oswestry (ODI)", "46%", "38%", "40%"],
            ["Floor-waist lift", "10 lb", "25 lb", "25 lb"],
            ["Single leg stance R", "9 s", "20 s", "22 s"],
            ["Sitting tolerance", "15 min", "30 min", "25 min"],
        ]),
        ("h", "Discharge status / HEP"),
        ("p", "Discharged - maximal benefit of skilled PT for this episode, plateau; authorized visits exhausted. "
              "Written 6-week home exercise program issued 06/26/2025 (bridge progression, side-plank modified, clamshell, "
              "bird-dog, hip flexor stretch; 1x daily, log sheet provided). Recommend MD f/u re: further interventional care."),
        ("sig", ["Maribel Quist, PT, DPT   NC Lic. P-10482   06/26/2025"], True),
    ]))
    P.append(dict(file="03_pt_records.pdf", name="PT daily note ep2 (fax)", font="Courier", size=10,
                  header=["FOOTHILLS WORKREHAB PHYSICAL THERAPY * DAILY NOTE * P 828-555-0172 F 828-555-0173",
                          "PT: OYELARAN, TERESA  DOB 03/22/1981  CLAIM BRM-25-0041187"],
                  footer="FWR-DN / pg 2 of 2",
                  fax=dict(mode="fine", skew=-1.1, seed=102, dx=4, dy=12,
                           banner="02/09/2026 15:10   FOOTHILLS WORKREHAB  ->  8285550191      P. 8/14"),
                  items=[
        ("kv", [("DOS:", "12/17/2025"), ("Visit counter:", "Visit 18 of 18 auth"),
                ("Episode:", "#2 (re-eval 09/24/2025)"), ("Auth #:", "BRM-PT-7710-B"),
                ("Time in/out:", "15:02 / 15:56"), ("Units:", "97110 x2, 97140 x1, 97530 x1")], 2),
        ("lp", "S:", "Pt reports R buttock/SIJ pain 7/10 after shift, 5/10 on arrival. 'It comes right back when I sit in the truck.' "
                     "Using TENS 2-3x/day. No leg symptoms."),
        ("lp", "O:", "Ther ex per flowsheet - bridges w/ band 3x12, Pallof press 3x10, step-ups 8 in 3x10, dead bug 2x10. "
                     "Manual: R SIJ MET (post rotation correction), STM R glute med. Lift 25 lb floor-waist w/ good mechanics x6."),
        ("lp", "A:", "Plateau. Goals 2 of 5 met; sitting tolerance and lift goal not met. Episode #2 dates 09/24/2025 - 12/17/2025."),
        ("lp", "P:", "Final authorized visit - DISCHARGE episode 2. Resume HEP (updated copy given). Report to Dr. Strand."),
        ("table", [0.25, 0.25, 0.25, 0.25], [
            ["Auth tally", "Authorized", "Used", "Remaining"],
            ["Ep 1 (2025 Feb-Jun)", "24", "24", "0"],
            ["Ep 2 (2025 Sep-Dec)", "18", "18", "0"],
        ]),
        ("sig", ["M. Quist PT DPT  12/17/2025 16:10"], True),
    ]))
    # ---------------- 04_sij_injections.pdf
    P.append(dict(file="04_sij_injections.pdf", name="SIJ inj 1", font="Times", size=9.5,
                  header=["UNIFOUR INTERVENTIONAL SPINE & PAIN  |  415 2nd St NE, Hickory NC 28601  |  828-555-0133",
                          "Patient: Oyelaran, Teresa M   DOB: 03/22/1981   MRN: UIS-220918"],
                  items=[
        ("left", "PROCEDURE NOTE", 12, True),
        ("kv", [("Date of service:", "08/19/2025"), ("Physician:", "Anjali Rao-Mercer, MD"),
                ("Procedure:", "Right sacroiliac joint injection, fluoroscopic guidance with arthrogram (CPT 27096)"),
                ("Indication:", "R SIJ pain, diagnostic and therapeutic")], 1),
        ("p", "Pre-procedure pain (R SIJ) 7/10. Consent signed after risks/benefits/alternatives discussed. No anticoagulants. "
              "Prone, sterile prep/drape. 1% lidocaine 2 mL skin wheal only. Under AP fluoroscopy with contralateral oblique "
              "tilt, 22G 3.5 in spinal needle advanced to the inferior third of the R SIJ. 0.5 mL Omnipaque 240 contrast injected: "
              "intra-articular spread outlining the joint, no vascular uptake, no epidural spread. Injectate: 1.5 mL "
              "bupivacaine 0.5% + 40 mg triamcinolone (1 mL). Needle removed, bandage applied. Saved fluoro images x2. EBL nil. "
              "No complications."),
        ("h", "Post-procedure pain diary (patient completed, returned by fax 08/20/2025)"),
        ("table", [0.30, 0.20, 0.20, 0.30], [
            ["Time after injection", "Pain 0-10", "% relief", "Activity"],
            ["Pre-procedure", "7", "-", "sitting in waiting room"],
            ["15 min", "1", "86%", "walked in recovery"],
            ["30 min", "1", "86%", "sit-to-stand x10"],
            ["1 hour", "0", "100%", "drove home (spouse drove)"],
            ["2 hours", "1", "86%", "sat 40 min"],
            ["3 hours", "1", "86%", "housework"],
            ["4 hours", "2", "71%", "stairs"],
            ["6 hours", "4", "43%", "evening"],
            ["Next morning", "4", "-", ""],
        ], 9),
        ("p", "Relief summary: 86% peak; at least 70% relief maintained through 4 hours, consistent with bupivacaine duration. "
              "Concordant response - positive diagnostic block."),
        ("sig", ["Anjali Rao-Mercer, MD  (e-signed 08/20/2025 09:14)"], True),
    ]))
    P.append(dict(file="04_sij_injections.pdf", name="SIJ inj 2 (fax)", font="Times", size=10.5,
                  header=["UNIFOUR INTERVENTIONAL SPINE & PAIN  |  828-555-0133  fax 828-555-0134",
                          "Patient: Oyelaran, Teresa M   DOB: 03/22/1981   MRN: UIS-220918"],
                  fax=dict(mode="fine", skew=0.45, seed=103, dx=10, dy=4,
                           banner="FEB 09 2026 11:03AM  UNIFOUR SPINE PAIN   TO:18285550191   #4471  P.010/014"),
                  items=[
        ("left", "PROCEDURE NOTE - REPEAT", 12, True),
        ("kv", [("DOS:", "11/04/2025"), ("Physician:", "A. Rao-Mercer, MD"),
                ("Procedure:", "R SI joint injection w/ fluoroscopy and contrast (27096-RT)")], 1),
        ("p", "Pre-procedure pain 7/10 R SIJ. Prone. Fluoroscopic guidance; 22G needle into R SIJ inferior recess. "
              "Omnipaque 240 0.5 mL confirmed intra-articular contrast pattern without vascular runoff. "
              "Injected 1.5 mL 0.5% bupivacaine with 40 mg triamcinolone. Tolerated well."),
        ("h", "Pain diary"),
        ("table", [0.34, 0.22, 0.22, 0.22], [
            ["Interval", "Score", "Relief", "Pt initials"],
            ["Baseline", "7", "-", "TO"],
            ["30 min", "0", "100%", "TO"],
            ["1 hr", "1", "86%", "TO"],
            ["2 hr", "1", "86%", "TO"],
            ["4 hr", "1", "86%", "TO"],
            ["6 hr", "3", "57%", "TO"],
            ["8 hr", "5", "29%", "TO"],
        ], 10),
        ("p", "Impression: second concordant R SIJ block, 86% relief lasting 4+ hours with bupivacaine. "
              "Two positive blocks on separate dates (08/19/2025, 11/04/2025)."),
        ("sig", ["A. Rao-Mercer MD"], True),
    ]))
    # ---------------- 05_imaging.pdf
    P.append(dict(file="05_imaging.pdf", name="XR reports", font="Times", size=9.5,
                  header=["HIGHLAND RIDGE IMAGING  *  3030 Catawba Valley Blvd SE, Hickory NC  *  Reading: 828-555-0160",
                          "Patient: OYELARAN, TERESA M   DOB: 03/22/1981   Acct: HRI0039187"],
                  items=[
        ("left", "RADIOLOGY REPORT", 12, True),
        ("kv", [("Exam:", "XR SACROILIAC JOINTS 3+ VIEWS"), ("Date:", "01/20/2025"),
                ("Ordering:", "Lionel Strand, DO"), ("Reader:", "P. Halvorsen, MD")], 2),
        ("p", "CLINICAL: R SIJ pain after lifting injury 01/14/2025."),
        ("p", "FINDINGS: AP pelvis and bilateral oblique SIJ views. Sacroiliac joint spaces are symmetric and preserved. "
              "No erosive change or destructive osseous lesion. No periarticular sclerosis. No acute fracture or diastasis "
              "of the pubic symphysis or SI joints. Visualized lower lumbar spine unremarkable."),
        ("p", "IMPRESSION: Normal SI joint radiographs."),
        ("hr",),
        ("kv", [("Exam:", "XR HIP 2 VIEWS RIGHT WITH AP PELVIS"), ("Date:", "05/13/2025"),
                ("Ordering:", "Lionel Strand, DO"), ("Reader:", "K. Obuya, MD")], 2),
        ("p", "CLINICAL: R buttock pain, r/o hip arthritis."),
        ("p", "FINDINGS: Right hip: mild superolateral joint space narrowing with small marginal osteophyte. Femoral head "
              "contour smooth. No fracture or AVN. Left hip (AP pelvis only): moderate joint space narrowing with subchondral "
              "sclerosis and osteophytes. SI joints again unremarkable."),
        ("p", "IMPRESSION: 1. Mild right hip osteoarthritis. 2. Moderate left hip osteoarthritis, incidental."),
        ("sig", ["Electronically signed: K. Obuya, MD 05/13/2025 14:31"]),
    ]))
    P.append(dict(file="05_imaging.pdf", name="MRI report", font="Times", size=9.5,
                  header=["HIGHLAND RIDGE IMAGING  *  MRI Center  *  Reading: 828-555-0160",
                          "Patient: OYELARAN, TERESA M   DOB: 03/22/1981   Acct: HRI0039187"],
                  items=[
        ("left", "MRI REPORT", 12, True),
        ("kv", [("Exams:", "MRI LUMBAR SPINE W/O CONTRAST; MRI PELVIS (SACROILIAC JOINTS) W/O CONTRAST"),
                ("Date:", "03/05/2025"), ("Reader:", "P. Halvorsen, MD"), ("Comparison:", "XR SIJ 01/20/2025")], 1),
        ("p", "HISTORY: R low back/buttock pain since work injury 01/14/2025. Initial R posterior thigh ache, now improving."),
        ("h", "LUMBAR SPINE"),
        ("p", "Alignment normal. Vertebral body heights maintained, no marrow edema. Conus terminates at L1. "
              "L1-2 through L3-4: unremarkable. L4-5: mild disc desiccation with small broad-based bulge; central canal and "
              "neural foramina patent; no nerve root impingement. L5-S1: normal disc; mild bilateral facet arthropathy; "
              "no foraminal stenosis, S1 nerve roots free."),
        ("h", "SACROILIAC JOINTS / PELVIS"),
        ("p", "Oblique coronal STIR and T1. Mild subchondral sclerosis along the iliac side of the right SIJ, degenerative "
              "in appearance. No bone marrow edema, no erosions, no ankylosis, no joint effusion. No sacral fracture or "
              "insufficiency fracture. No marrow-replacing or destructive lesion. Gluteal musculature symmetric."),
        ("h", "IMPRESSION"),
        ("p", "1. Mild L4-5 disc degeneration without stenosis or neural compression. "
              "2. Mild degenerative change of the right SI joint. No findings of sacroiliitis or inflammatory arthropathy. "
              "3. No fracture or destructive lesion of the sacrum/pelvis."),
        ("sig", ["Electronically signed: Per Halvorsen, MD  03/05/2025 19:40"]),
    ]))
    # ---------------- 06_ncm_letter_ledger.pdf
    P.append(dict(file="06_ncm_letter_ledger.pdf", name="NCM letter", font="Times", size=10, items=[
        ("left", "TARHEEL CASE MANAGEMENT SERVICES, LLC", 14, True),
        ("left", "Field & Telephonic Nurse Case Management  |  PO Box 2218, Morganton NC 28680  |  828-555-0109", 9),
        ("hr", 1), ("sp", 4),
        ("p", "February 6, 2026"),
        ("p", "Gordon H. Vance, MD\nBlue Ridge Spine & Orthopaedics\n2455 N Center St, Hickory NC 28601"),
        ("p", "RE: Teresa Oyelaran   DOB 03/22/1981   DOI 01/14/2025   Former WC claim BRM-25-0041187"),
        ("p", "Dear Dr. Vance,"),
        ("p", "I was assigned as field case manager on this file from 02/2025 until the claim was resolved by clincher in "
              "December 2025, and Ms. Oyelaran asked me to summarize her course for your surgical request now that her "
              "CareSource plan will be primary. I have attended most of her physician visits."),
        ("p", "Ms. Oyelaran injured her right low back/buttock lifting a 60 lb case on 01/14/2025. She has worked modified duty "
              "throughout. She completed two authorized PT episodes at Foothills WorkRehab (24 visits, 02/20-06/26/2025, and 18 "
              "visits, 09/24-12/17/2025) and a home program between them. She takes meloxicam daily and has used a TENS unit since "
              "March 2025. Trigger point injections to the right lumbar paraspinals on 04/08/2025 did not help. She has had two "
              "right SI joint injections with Dr. Rao-Mercer (08/19 and 11/04/2025), each with strong same-day relief and several "
              "weeks of steroid benefit before her pain returned. At my last contact on 02/05/2026 she reported her right SI pain "
              "remains 7/10 and is limiting her sitting tolerance at work."),
        ("p", "Her employer has kept her on modified duty and will accommodate post-operative restrictions. Please contact me "
              "with any questions."),
        ("p", "Respectfully,"),
        ("sig", ["Colleen Ashby, RN, BSN, CCM", "Nurse Case Manager"], True),
        ("small", "cc: member; file. This summary is based on records and conversations and is not a medical opinion."),
    ]))
    P.append(dict(file="06_ncm_letter_ledger.pdf", name="ledger", font="Courier", size=8.5,
                  header=["CATAWBA VALLEY OCCUPATIONAL HEALTH - PATIENT ACCOUNT LEDGER     Run date 02/09/2026",
                          "Acct 77120-OYE  OYELARAN, TERESA M  Guarantor: BLUE RIDGE MUTUAL CAS (WC) -> CARESOURCE NC eff 12/22/2025"],
                  items=[
        ("table", [0.12, 0.10, 0.40, 0.13, 0.12, 0.13], [
            ["DOS", "CPT", "Description", "Charge", "Paid", "Payer"],
            ["01/16/2025", "99204", "New pt visit, WC injury", "285.00", "241.50", "BRM WC"],
            ["01/16/2025", "J1885", "(none) - voided line", "0.00", "0.00", "-"],
            ["02/13/2025", "99213", "Est pt f/u", "142.00", "120.70", "BRM WC"],
            ["03/11/2025", "E0720", "TENS device, 2 lead, dispensed", "310.00", "263.50", "BRM WC"],
            ["03/11/2025", "99213", "Est pt f/u", "142.00", "120.70", "BRM WC"],
            ["04/08/2025", "20553", "Trigger pt inj 3+ muscles (R lumbar paraspinal)", "168.00", "142.80", "BRM WC"],
            ["05/13/2025", "99213", "Est pt f/u", "142.00", "120.70", "BRM WC"],
            ["06/10/2025", "99213", "Est pt f/u", "142.00", "120.70", "BRM WC"],
            ["08/05/2025", "99213", "Est pt f/u - HEP review", "142.00", "120.70", "BRM WC"],
            ["10/14/2025", "99214", "Est pt f/u", "205.00", "174.25", "BRM WC"],
            ["12/02/2025", "99213", "Est pt f/u", "142.00", "120.70", "BRM WC"],
            ["02/03/2026", "99214", "Est pt f/u", "205.00", "0.00", "CARESOURCE pend"],
            ["02/03/2026", "99080", "Special report / work status", "25.00", "0.00", "pt resp"],
        ], 8),
        ("p", "Balance due from patient: $25.00   Balance pending insurance: $205.00"),
        ("small", "WC payments per NC Industrial Commission fee schedule. Ledger excludes outside providers (PT, pain, imaging)."),
    ]))
    return P


LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-02-10",
    "determination": "meets_criteria",
    "criteria": {
        "perc.pain_location": ("met", ["caudal to L5, and is non-radiating", "does not go down the leg"],
            "The 02/03/2026 occ-med note places the pain in the R buttock below the belt line, caudal to L5, non-radiating; the 10/14/2025 note says it does not go down the leg. The early posterior-thigh ache (01/2025 initial visit, MRI history) is historical and is stated as resolved by March 2025, so it does not make the pain radiating."),
        "perc.pain_severity": ("met", ["R SI pain rated 6-7/10 today"],
            "Latest baseline score before 02/10/2026 is the occ-med 02/03/2026 '6-7/10' (range read as 7). The NCM letter's later report of 7/10 (02/05 contact) agrees. Post-injection diary scores (0-2/10) are not baseline scores. All >= 5."),
        "perc.sij_tenderness": ("met", ["max tenderness just medial/inferior to R PSIS", "TTP over R posterior SIJ"],
            "02/03/2026 exam table: R posterior SIJ 'TTP ++'; greater trochanter, lumbar spinous/paraspinal and coccyx all documented nontender, so no other site is similarly tender."),
        "perc.active_conservative_therapy": ("met", ["Initial evaluation date: 02/20/2025", "Episode #2 dates 09/24/2025 - 12/17/2025", "Visit 18 of 18 auth"],
            "Window 2025-02-10..2026-02-10. PT episode 1 02/20-06/26/2025 (~4.2 mo, discharge summary) plus episode 2 09/24-12/17/2025 (~2.8 mo, daily note) give ~7 months of union; the 6-week HEP (prescribed 06/26, completion reviewed 08/05) adds more but is not needed."),
        "perc.inactive_conservative_therapy": ("met", ["Meloxicam 15 mg PO daily - started 01/16/2025, continuing"],
            "Meloxicam daily from 01/16/2025 through the 02/03/2026 visit covers the whole 12-month window; TENS is also fully documented (issued 03/11/2025, 30 min 2-3x daily, R buttock, ongoing) and heat/ice are recorded."),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust + R", "reproduces usual R buttock pain"],
            "Thigh thrust positive on the right in both the 10/14/2025 note and the 02/03/2026 exam table (compression also POS on 02/03/2026)."),
        "perc.two_provocative_tests": ("met", ["posterior SIJ pain, no groin pain", "R hip hanging off table", "FABER + R (posterior pain)"],
            "02/03/2026 exam table: distraction, Gaenslen and Patrick/FABER all POS on the right (left side negative, which is the contralateral control). FABER also + R on 10/14/2025."),
        "perc.diagnostic_injections": ("met", ["at least 70% relief maintained through 4 hours", "86% relief lasting 4+ hours with bupivacaine"],
            "Two R SIJ injections on separate dates (08/19/2025 text note, 11/04/2025 faxed note), each under fluoroscopy with Omnipaque contrast arthrogram, bupivacaine 0.5% (needs >= 3 h): diaries show >= 71% relief at 4 h in both. The 04/08/2025 trigger point injection is not an SIJ injection and is irrelevant."),
        "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5", "pain behavior proportionate"],
            "Waddell signs 0/5 and proportionate pain behavior on 02/03/2026. The only fibromyalgia mention is the mother's (family history), which does not count."),
        "perc.sij_imaging": ("met", ["No erosive change or destructive osseous lesion", "No findings of sacroiliitis or inflammatory arthropathy"],
            "Plain SIJ radiographs 01/20/2025 and MRI pelvis/SIJ 03/05/2025 (same report as the lumbar MRI) are both present; neither shows a destructive lesion or inflammatory arthropathy (only mild degenerative sclerosis)."),
        "perc.hip_imaging": ("met", ["Mild right hip osteoarthritis"],
            "Right (ipsilateral) hip radiographs 05/13/2025: mild OA only. The moderate OA is in the LEFT hip (contralateral, incidental) and does not decide this criterion."),
        "perc.lumbar_imaging": ("met", ["no nerve root impingement", "without stenosis or neural compression"],
            "MRI lumbar spine 03/05/2025 is present with findings: L4-5 small bulge with patent canal/foramina, S1 roots free, no neural compression."),
        "perc.therapeutic_injections": ("met", ["pain was back to baseline by the second week of December", "by mid-September pain had crept back"],
            "Both SIJ injections contained 40 mg triamcinolone; occ-med notes of 10/14/2025 and 02/03/2026 (primary follow-up records) document temporary steroid benefit (~4 and ~5 weeks) followed by return to baseline pain, i.e. 2 failed therapeutic injections."),
        "perc.excl.systemic_arthropathy": ("met", ["No findings of sacroiliitis or inflammatory arthropathy"],
            "No spondyloarthropathy or RA documented; MRI specifically negative for sacroiliitis/inflammatory arthropathy. Family history line ('no family hx of spondylitis known') is not a patient diagnosis."),
        "perc.excl.infection_tumor_fracture": ("met", ["No fracture or destructive lesion of the sacrum/pelvis"],
            "Imaging negative for sacral/pelvic fracture, infection or tumor. The 2016 distal radius fracture is remote and not pelvic."),
        "perc.excl.acute_instability": ("met", ["No acute fracture or diastasis"],
            "Lifting/twisting injury without fall; radiographs show no diastasis; no instability is documented anywhere."),
        "perc.excl.neural_compression": ("met", ["without stenosis or neural compression"],
            "Lumbar MRI shows no neural compression, exam neuro-intact with negative SLR, and no other more likely pain source is named (lumbar strain documented as resolved)."),
    },
}

FORM = "folder"
PACKET_JSON = {"request_date": "2026-02-10", "procedure_codes": ["27279"], "member_id": MID, "policy": "MP-MM-1366"}
LOOK = "Occ-health WC chart handed over to health plan: occ-med notes + work-status slip, WC PT discharge/daily notes with auth tallies, 2 fluoro SIJ blocks with diaries, combined lumbar+SIJ MRI report, NCM letter, clinic ledger"
