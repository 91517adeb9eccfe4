"""b5i-02: Kendra L. Haskett, left SIJ, CNA transfer injury. Gold: insufficient_documentation (single PDF)."""

PID = "b5i-02"
MID = "NCM51230864"
CLAIM = "ONS-WC-2025-118734"


def occ_hdr(pg):
    return ["MEDWORK OCCUPATIONAL CLINIC OF FAYETTEVILLE   3405 Village Dr, Fayetteville NC 28304   T 910-555-0126",
            "HASKETT, KENDRA L  DOB 11/05/1974  Claim %s  Emp: Sandhills Manor SNF   %s" % (CLAIM, pg)]


def pages():
    P = []
    P.append(dict(name="fax cover", font="Arial", size=10.5, items=[
        ("left", "COASTAL PLAIN SPINE INSTITUTE", 17, True),
        ("left", "Nadia Pruitt, MD - Orthopaedic Spine Surgery", 10),
        ("left", "1219 Walter Reed Rd, Suite 300, Fayetteville, NC 28304   |   P 910-555-0188   F 910-555-0189", 9),
        ("hr", 1.5), ("sp", 14),
        ("title", "F A X", 26), ("sp", 10),
        ("table", [0.22, 0.78], [
            ["", ""],
            ["To", "CareSource NC Marketplace - Prior Authorization Dept."],
            ["Fax", "(844) 555-0122"],
            ["From", "Lakeisha Monroe, Authorization Coordinator"],
            ["Date", "03/18/2026"],
            ["Pages", "13 including this page"],
            ["Re", "PRECERT - Haskett, Kendra  DOB 11/05/1974  ID " + MID],
        ], 10.5),
        ("sp", 8),
        ("p", "Attached: PA request form, consult 03/05/2026, occ med f/u, injury report, PT and chiropractic records, "
              "SIJ injection report, x-ray and lumbar MRI reports, nurse case manager letter, ledger. Workers' comp "
              "carrier (Old North State Comp Fund) has denied surgical authorization as not related after records review; "
              "member is requesting coverage under her CareSource plan. Please call with questions."),
        ("sp", 60),
        ("small", "This facsimile may contain confidential health information protected by HIPAA (45 CFR Parts 160 & 164). "
                  "If received in error please notify sender at 910-555-0188 and destroy all copies. Re-disclosure is prohibited."),
    ]))
    P.append(dict(name="request form", font="Helvetica", size=9.5, items=[
        ("title", "CARESOURCE NC - OUTPATIENT PRIOR AUTHORIZATION REQUEST", 13),
        ("center", "Fax: 1-844-555-0122   |   Please complete all fields. Attach clinical notes.", 8.5),
        ("hr", 1),
        ("kv", [("Request date:", "03/18/2026"), ("Urgency:", "Standard (non-urgent)"),
                ("Member:", "Kendra L. Haskett"), ("DOB:", "11/05/1974"),
                ("Member ID #:", MID), ("Member phone:", "910-555-7730")], 2),
        ("hr", 0.5),
        ("kv", [("Ordering physician:", "Nadia Pruitt, MD"), ("NPI:", "1891745520"),
                ("Group:", "Coastal Plain Spine Institute"), ("Phone/Fax:", "910-555-0188 / 0189"),
                ("Place of service:", "22 - On-campus outpatient hospital"), ("Facility:", "Cape Fear Valley Surgical Center")], 2),
        ("hr", 0.5),
        ("table", [0.15, 0.55, 0.15, 0.15], [
            ["CPT", "Procedure description", "Side", "Qty"],
            ["27279", "Percutaneous/minimally invasive SI joint fusion with image guidance and transfixation device", "LT", "1"],
            ["76000", "Fluoroscopy (intra-op) - included, listed for facility", "-", "1"],
        ]),
        ("table", [0.15, 0.85], [
            ["ICD-10", "Description"],
            ["M53.3", "Sacrococcygeal disorders NEC - left sacroiliac joint dysfunction"],
            ["S33.6XXD", "Sprain of sacroiliac joint, subsequent encounter"],
        ]),
        ("lp", "Clinical rationale:", "Chronic L SIJ pain since 04/2025 work injury. PT 26 visits, chiropractic, NSAID/muscle "
               "relaxant, activity modification. Positive L SIJ block 01/13/2026. Confirmatory block scheduled 03/24/2026 - "
               "submitting now due to anticipated review time."),
        ("sp", 6),
        ("p", "Is this request related to an accident/injury?  [X] Yes  [ ] No    If yes: [X] Work  [ ] Auto  [ ] Other"),
        ("p", "Has another payer been billed?  [X] Yes - WC carrier denied 02/27/2026 (denial letter on file)"),
        ("sp", 8),
        ("sig", ["Physician/authorized signature: L. Monroe for N. Pruitt, MD        Date: 03/18/2026"], True),
        ("small", "CareSource will make a determination within the timeframes required by NC law. CS-NC-PA-0419."),
    ]))
    P.append(dict(name="surgeon consult", font="Times", size=9.5,
                  header=["Coastal Plain Spine Institute  -  Nadia Pruitt, MD",
                          "Haskett, Kendra L   DOB 11/05/1974   MRN CPSI-004417   DOS 03/05/2026"],
                  footer="Page 1 of 1   Haskett, Kendra L", items=[
        ("left", "NEW PATIENT CONSULTATION - SPINE SURGERY", 12, True),
        ("lp", "Referring:", "Priya Okafor-Lind, MD (MedWork Occupational Clinic)"),
        ("lp", "Chief complaint:", "\"Left low back and butt pain that won't quit.\""),
        ("lp", "HPI:", "51 y/o CNA injured 04/02/2025 while transferring a resident. Pain is left-sided, sits below the belt "
                       "line over the left SI joint and upper buttock, well caudal to the L5 level. She points with one finger to "
                       "the L PSIS. Pain stays local, no radiation into the groin or either leg; no numbness/tingling. Worse with "
                       "prolonged standing, single-leg stance, getting in/out of car. Her L SIJ pain is 6/10 today, averages "
                       "6-7/10. She was at 9/10 in the first weeks after the injury."),
        ("lp", "Treatment to date:", "Formal PT 05/2025-08/2025 (26 visits), chiropractic 09/2025-12/2025, naproxen since 04/2025, "
                                     "cyclobenzaprine, heat/ice, SI belt. Gluteal trigger point injection 10/2025 - no help. "
                                     "Fluoroscopic L SIJ block 01/13/2026 (Dr. Greer) with 80% relief for about 4 hours, and about "
                                     "3 weeks of partial steroid relief. Second confirmatory block is on the books for 03/24/2026."),
        ("lp", "PMH/PSH:", "HTN, hypothyroidism. C-section x2. No inflammatory arthritis. No hx cancer."),
        ("lp", "FHx:", "Mother with rheumatoid arthritis. Brother with psoriasis."),
        ("lp", "SHx:", "Nonsmoker. Works light duty (medication aide) since 09/2025."),
        ("h", "EXAM"),
        ("p", "Well-appearing. Gait mildly antalgic on L. Lumbar ROM full with pain only at end extension into L buttock. "
              "Localized tenderness to palpation over the left posterior SIJ at the sacral sulcus; greater trochanters, lumbar "
              "spinous processes/facets and coccyx are nontender. Provocation tests (left): thigh thrust positive, compression "
              "positive, distraction positive, FABER positive reproducing posterior pelvic pain; Gaenslen not performed. "
              "Hip ROM full and painless internally rotated. SLR negative bilaterally. Motor 5/5, reflexes 2+ and symmetric, "
              "sensation intact. No nonorganic signs."),
        ("h", "IMAGING REVIEWED"),
        ("p", "XR pelvis/SIJ 04/10/2025 and L hip 06/02/2025 - reviewed, unremarkable. MRI L-spine 05/20/2025 - no stenosis "
              "or root impingement. MRI of the pelvis/SI joints has been ordered; awaiting scheduling."),
        ("h", "ASSESSMENT / PLAN"),
        ("p", "Left SIJ dysfunction, post-traumatic (work), failed >9 months of conservative management. Candidate for left "
              "MIS SIJ fusion (27279) pending confirmatory block and SIJ MRI. Will submit to CareSource now. Risks, "
              "benefits, alternatives incl. continued nonoperative care reviewed; pt wishes to proceed."),
        ("sig", ["Nadia Pruitt, MD   electronically signed 03/06/2026 07:52"]),
    ]))
    P.append(dict(name="occ f/u (fax std)", font="Helvetica", size=11.5, header=occ_hdr("pg 1/2"),
                  fax=dict(mode="standard", skew=-0.9, seed=201, dx=6, dy=14,
                           banner="03/17/2026 14:21  FROM:MEDWORK OCC FAYETTEVILLE 9105550127  TO:9105550189  P.4"),
                  items=[
        ("left", "WORKERS COMP FOLLOW-UP / WORK STATUS", 12.5, True),
        ("kv", [("DOS:", "02/17/2026"), ("MD:", "Priya Okafor-Lind, MD"), ("Visit:", "WC #15")], 3),
        ("lp", "S:", "L SIJ pain 7/10 today. Block 01/13/26 helped ~3 wks then wore off. Still on naproxen 500 bid "
                     "(since 04/03/2025), flexeril qhs, heat. Chiro ended 12/30. No leg sx. Carrier peer review on surgery "
                     "still pending; pt aware."),
        ("lp", "O:", "TTP L SIJ. Troch NT. L-spine NT. Thigh thrust + L. Waddell 0/5 (nonorganic)."),
        ("lp", "A/P:", "L SIJ dysfunction. Refer Dr. Pruitt (spine). Cont meds. MRI pelvis req'd to carrier."),
        ("box", "WORK STATUS: MODIFIED DUTY eff 02/17/2026 - no lifting > 15 lb, no patient transfers or "
                "repositioning, sit/stand at will. Next visit 03/17/2026."),
        ("sig", ["P. Okafor-Lind MD"], True),
    ]))
    P.append(dict(name="injury report / initial", font="Helvetica", size=9.5, header=occ_hdr("pg 2/2"), items=[
        ("left", "INITIAL EVALUATION - WORK INJURY", 12, True),
        ("kv", [("DOS:", "04/03/2025"), ("Provider:", "Priya Okafor-Lind, MD"),
                ("DOI / time:", "04/02/2025  ~06:40"), ("Reported to:", "DON K. Faircloth, same day")], 2),
        ("h", "Mechanism of injury"),
        ("p", "Employee is a CNA on 3rd shift. During a two-person stand-pivot transfer of a resident (approx. 210 lb) from bed to "
              "wheelchair, the resident's knees buckled; the other aide lost grip and employee took most of the weight while "
              "twisting to her right. Felt a 'pop' and immediate pain in the left low back/buttock. No fall. Did not strike anything. "
              "Gait belt was in use. Incident report #SM-25-0412 filed by facility."),
        ("h", "History"),
        ("p", "Pain 9/10, L buttock and L low back, non-radiating. Denies numbness, weakness, bowel/bladder change. "
              "Prior: lumbar strain 2019 resolved after 3 visits, no residuals. PMH HTN, hypothyroid."),
        ("h", "Exam"),
        ("p", "Moving slowly, guarded. TTP L SIJ/L PSIS and L gluteal. Spinous processes NT. SLR neg. Motor/sensory/reflexes intact. "
              "Pelvis stable to compression, no ecchymosis."),
        ("h", "Plan"),
        ("p", "Dx: L SIJ sprain (S33.6XXA). Naproxen 500 mg BID with food #60; cyclobenzaprine 5 mg qhs #20. Ice/heat. "
              "XR pelvis w/ SIJ obliques. Start PT after 1 wk if not improved. Work: no lifting >10 lb, no transfers, 3 days "
              "then recheck."),
        ("sig", ["Priya Okafor-Lind, MD - e-signed 04/03/2025 12:10"]),
        ("hr",),
        ("small", "NC Industrial Commission Form 25N / Form 19 submitted by employer 04/04/2025. Carrier: Old North State Comp Fund. "
                  "Adjuster: Glenn Tart 919-555-0150."),
    ]))
    P.append(dict(name="PT daily (fax std)", font="Courier", size=11, 
                  header=["CAPE FEAR INDUSTRIAL REHAB - PT DAILY NOTE (WC)", "HASKETT, KENDRA  11/05/1974  CLM " + CLAIM],
                  fax=dict(mode="standard", skew=0.6, seed=202, dx=3, dy=8,
                           banner="MAR 17 2026 09:55 CAPE FEAR IND REHAB 910 555 0144          P. 06"),
                  items=[
        ("kv", [("Date:", "08/28/2025"), ("Visit:", "26 of 26 authorized"),
                ("Start of care:", "05/06/2025"), ("Auth:", "ONS-PT-55190 (20 + 6 ext)")], 2),
        ("lp", "S:", "Pt states L SI pain 6/10, better w/ standing at med cart job but sitting/driving still 7/10. "
                     "Doing HEP most days."),
        ("lp", "O:", "Ther ex 25 min (bridges, clamshell w/ blue band, side plank knees, Pallof, squat to chair 15#). "
                     "Manual 10 min L SIJ MET / STM QL. Gait trng not needed."),
        ("lp", "A:", "Mod gains strength/endurance, pain unchanged at L SIJ. Plateau x3 wks."),
        ("lp", "P:", "DISCHARGE - auth exhausted. D/C summary to MD."),
        ("table", [0.34, 0.33, 0.33], [
            ["WC PT tally", "Used", "Remaining"],
            ["Initial auth 20", "20", "0"],
            ["Extension 6", "6", "0"],
        ], 10.5),
        ("sig", ["D. Tsosie, PTA / cosign J. Ruark, PT"], True),
    ]))
    P.append(dict(name="PT discharge", font="Courier", size=9,
                  header=["CAPE FEAR INDUSTRIAL REHAB  |  618 Ramsey St, Fayetteville NC 28301  |  910-555-0143",
                          "Patient: HASKETT, KENDRA L  DOB 11/05/1974  Claim " + CLAIM + "  MD: Okafor-Lind"],
                  items=[
        ("left", "DISCHARGE SUMMARY - PHYSICAL THERAPY", 11, True),
        ("kv", [("Dates of service:", "05/06/2025 through 08/28/2025")], 1),
        ("kv", [("Total visits:", "26"), ("Frequency:", "2x/wk"), ("Therapist:", "Janelle Ruark, PT, DPT, OCS")], 3),
        ("p", "Diagnosis: L SIJ sprain/dysfunction. Precautions: HTN. Treatment: therapeutic exercise (core/lumbopelvic "
              "stabilization, hip abductor/extensor strengthening), manual therapy (SIJ mobilization/MET, STM), "
              "neuromuscular re-ed, body mechanics/transfer training specific to CNA duties, SI belt fitting (06/2025)."),
        ("table", [0.40, 0.20, 0.20, 0.20], [
            ["Outcome", "05/06/25", "07/01/25", "08/28/25"],
            ["Pain L SIJ (NPRS)", "8", "6", "6-7"],
            ["Modified Oswestry", "52%", "42%", "40%"],
            ["Hip abd strength L (MMT)", "3+/5", "4/5", "4/5"],
            ["Lift floor to waist", "unable", "15 lb", "20 lb"],
            ["Stand tolerance", "20 min", "45 min", "60 min"],
        ]),
        ("p", "Assessment: Gains in strength and lifting but persistent focal L SIJ pain limiting return to full CNA duty "
              "(resident transfers). Pain remains non-radiating. Goals met 2/5."),
        ("p", "Discharge plan: HEP (written, 12 exercises, daily) - continue independently. Recommend MD re-evaluation for "
              "interventional options. Pt agreeable."),
        ("sig", ["Janelle Ruark, PT, DPT, OCS   08/29/2025"], True),
    ]))
    P.append(dict(name="chiro record", font="Times", size=9,
                  header=["RAEFORD FAMILY CHIROPRACTIC  -  Bart Ellison, DC  -  112 N Main St, Raeford NC 28376  -  910-555-0195"],
                  items=[
        ("left", "TREATMENT RECORD SUMMARY / ACCOUNT", 12, True),
        ("kv", [("Patient:", "Kendra Haskett"), ("DOB:", "11/05/1974"),
                ("First visit:", "09/15/2025"), ("Last visit:", "12/30/2025"),
                ("Referral:", "Dr. Okafor-Lind (WC auth #ONS-DC-2207)"), ("Visits:", "16 of 16 authorized")], 2),
        ("p", "Complaint: L sacroiliac / L buttock pain. Findings at initial visit: L SI fixation (standing flexion test +), "
              "L PSIS tenderness, hypertonic L QL and piriformis. Treatment plan: 1-2x/wk, SI adjustments (drop table / "
              "activator), flexion-distraction, therapeutic exercise 97110, home stretching."),
        ("table", [0.13, 0.10, 0.57, 0.20], [
            ["Date", "Pain", "Note", "Codes"],
            ["09/15/2025", "7/10", "Exam + tx. L SI fixation. Started core/glute ex.", "99203, 98940, 97110"],
            ["09/22/2025", "7/10", "Tx. sore after first visit.", "98940, 97110"],
            ["10/06/2025", "6/10", "Tx. better standing tolerance.", "98940, 97110"],
            ["10/20/2025", "6/10", "Tx. had TPI at MedWork 10/21 sched.", "98940, 97110"],
            ["11/03/2025", "7/10", "Tx. TPI no change.", "98940, 97110"],
            ["11/17/2025", "6/10", "Tx. ex progressed (bird dog, side plank).", "98940, 97110"],
            ["12/01/2025", "7/10", "Re-exam. Plateau.", "99213, 98940"],
            ["12/15/2025", "6/10", "Tx.", "98940, 97110"],
            ["12/30/2025", "7/10", "Final authorized visit. D/C - plateau, refer back.", "98940, 97110"],
        ], 8.5),
        ("small", "Abbreviated listing; visits 3, 5, 7, 9, 11, 13, 15 (routine adjustments) omitted for length. Full notes on request."),
        ("sig", ["Bart Ellison, DC"], True),
    ]))
    P.append(dict(name="SIJ block (fax std)", font="Helvetica", size=11,
                  header=["CUMBERLAND PAIN & SPINE  |  Hollis Greer, MD  |  910-555-0177",
                          "HASKETT, KENDRA L   DOB 11/05/1974   DOS 01/13/2026"],
                  fax=dict(mode="standard", skew=1.3, seed=203, dx=12, dy=10,
                           banner="03-16-2026 16:02  CUMBERLAND PAIN     9105550178  >> 9105550189   P.02/03"),
                  items=[
        ("left", "PROCEDURE: LEFT SI JOINT INJECTION", 12.5, True),
        ("p", "Guidance: fluoroscopy. Contrast: Isovue-M 200, 0.7 mL - intra-articular pattern confirmed, no vascular "
              "uptake. Medication: 2 mL 0.25% bupivacaine + 40 mg triamcinolone. Needle 22g 3.5\". No complications."),
        ("p", "Pre-procedure L SIJ pain: 7/10."),
        ("table", [0.35, 0.30, 0.35], [
            ["Post-injection time", "Pain (0-10)", "% relief"],
            ["30 min", "1", "86"],
            ["1 hour", "1", "86"],
            ["2 hours", "1", "86"],
            ["3 hours", "2", "71"],
            ["4 hours", "2", "71"],
            ["6 hours", "4", "43"],
        ], 11),
        ("p", "Result: 80% relief for about 4 hours - positive (bupivacaine). Plan confirmatory 2nd block."),
        ("sig", ["H. Greer, MD"], True),
    ]))
    P.append(dict(name="XR reports", font="Times", size=9.5,
                  header=["SANDHILLS RADIOLOGY ASSOCIATES  |  Report Distribution  |  910-555-0111"],
                  items=[
        ("left", "DIAGNOSTIC IMAGING REPORTS", 12, True),
        ("kv", [("Patient:", "HASKETT, KENDRA L"), ("DOB:", "11/05/1974"), ("MRN:", "SRA-558210"), ("Referring:", "Okafor-Lind, Priya")], 2),
        ("hr",),
        ("p", "EXAM: XR PELVIS 1-2 VIEWS AND SACROILIAC JOINTS OBLIQUES    DATE: 04/10/2025"),
        ("p", "INDICATION: Left SI pain after lifting/transfer injury."),
        ("p", "FINDINGS: No fracture. Pubic symphysis and SI joint alignment maintained without widening. SI joint margins "
              "are smooth, no erosions or sclerosis; no ankylosis. Bone mineralization normal. No lytic or blastic lesion. "
              "Hip joints symmetric on AP view."),
        ("p", "IMPRESSION: No acute osseous abnormality. Normal SI joints radiographically."),
        ("p", "Dictated by: Omar Castellanos, MD   Signed 04/10/2025"),
        ("hr",),
        ("p", "EXAM: XR HIP LEFT 2-3 VIEWS    DATE: 06/02/2025"),
        ("p", "INDICATION: L buttock/hip pain; r/o hip OA."),
        ("p", "FINDINGS: Joint space preserved. No osteophytes. No fracture or dislocation. Soft tissues unremarkable."),
        ("p", "IMPRESSION: No significant degenerative change of the left hip."),
        ("p", "Dictated by: Renee Falk, MD   Signed 06/02/2025"),
    ]))
    P.append(dict(name="MRI lumbar", font="Times", size=9.5,
                  header=["SANDHILLS RADIOLOGY ASSOCIATES  |  MRI  |  910-555-0111"],
                  items=[
        ("left", "MRI LUMBAR SPINE WITHOUT CONTRAST", 12, True),
        ("kv", [("Patient:", "HASKETT, KENDRA L"), ("DOB:", "11/05/1974"), ("Exam date:", "05/20/2025"), ("Accession:", "MR25-77410")], 2),
        ("p", "HISTORY: Left low back and buttock pain since 04/2025 work injury. Evaluate for disc herniation."),
        ("p", "TECHNIQUE: Sag T1, T2, STIR; axial T2 L3-S1. 1.5T."),
        ("p", "FINDINGS: Five lumbar-type vertebrae. Normal alignment, no spondylolisthesis. Marrow signal normal. Conus at L1-2."),
        ("p", "L1-L2, L2-L3, L3-L4: No disc herniation, canal or foraminal narrowing."),
        ("p", "L4-L5: Mild bilateral facet arthropathy. Minimal disc bulge. No canal stenosis; neural foramina patent; no "
              "nerve root impingement."),
        ("p", "L5-S1: Small central annular fissure without herniation. No contact with the descending S1 nerve roots. "
              "Foramina patent."),
        ("p", "IMPRESSION: Mild lower lumbar facet arthropathy and small L5-S1 annular fissure. No spinal stenosis or "
              "neural compression at any level."),
        ("p", "Interpreted by: Omar Castellanos, MD   05/20/2025 16:12"),
    ]))
    P.append(dict(name="NCM letter", font="Helvetica", size=9.5, items=[
        ("left", "Carolina Comp Care Nursing, Inc.", 14, True),
        ("left", "Medical Case Management  -  5 W Hargett St, Raleigh NC 27601  -  919-555-0175", 9),
        ("hr", 1),
        ("p", "March 10, 2026"),
        ("p", "To: Nadia Pruitt, MD / CareSource NC Utilization Management"),
        ("p", "Re: Kendra Haskett (DOB 11/05/1974) - Nurse Case Manager Summary"),
        ("p", "I have followed Ms. Haskett as telephonic and field nurse case manager since 04/2025 on behalf of the employer's "
              "carrier. Summary of care to date:"),
        ("p", "- Injury 04/02/2025 during a resident transfer; left SI joint sprain diagnosed at MedWork on 04/03/2025.", 10),
        ("p", "- Physical therapy at Cape Fear Industrial Rehab 05/06/2025 to 08/28/2025, 26 visits, discharged at plateau.", 10),
        ("p", "- Chiropractic care at Raeford Family Chiropractic 09/15/2025 to 12/30/2025, 16 visits.", 10),
        ("p", "- Medications: naproxen twice daily and cyclobenzaprine at bedtime since April 2025; heat and SI belt.", 10),
        ("p", "- Gluteal trigger point injection 10/21/2025 without benefit.", 10),
        ("p", "- One left SI joint injection 01/13/2026 with good short-term relief. A second injection is scheduled for "
              "03/24/2026.", 10),
        ("p", "- MRI of the pelvis / SI joints was requested from the carrier in February; the carrier has not authorized it "
              "and it has not been done.", 10),
        ("p", "Ms. Haskett is motivated, has not missed appointments, and has worked light duty as a medication aide since 09/2025. "
              "She has no personal history of inflammatory arthritis; her mother has rheumatoid arthritis. Please let me know "
              "if additional information is needed."),
        ("sig", ["Yvette Strickland, RN, CCM", "Nurse Case Manager  |  ystrickland@example-cccn.test"], True),
    ]))
    P.append(dict(name="ledger", font="Courier", size=8.5,
                  header=["MEDWORK OCCUPATIONAL CLINIC - ITEMIZED STATEMENT OF ACCOUNT          printed 03/17/2026",
                          "Patient HASKETT, KENDRA L   Acct MW-31877   Primary: OLD NORTH STATE COMP FUND (WC)   Secondary: CARESOURCE NC"],
                  items=[
        ("table", [0.13, 0.10, 0.43, 0.11, 0.11, 0.12], [
            ["Svc date", "Code", "Description", "Billed", "Paid", "Status"],
            ["04/03/2025", "99204", "NP visit - work injury", "280.00", "238.00", "WC paid"],
            ["04/03/2025", "72170", "XR pelvis (ref Sandhills Rad)", "0.00", "0.00", "outside"],
            ["04/10/2025", "99213", "Recheck", "140.00", "119.00", "WC paid"],
            ["05/01/2025", "99213", "Recheck, PT referral", "140.00", "119.00", "WC paid"],
            ["06/02/2025", "99213", "Recheck, hip XR ordered", "140.00", "119.00", "WC paid"],
            ["09/09/2025", "99214", "F/u after PT d/c; chiro referral", "210.00", "178.50", "WC paid"],
            ["10/21/2025", "20552", "Trigger point inj 1-2 muscles (L gluteus medius)", "150.00", "127.50", "WC paid"],
            ["10/21/2025", "J3301", "Triamcinolone 10 mg x2 (TPI)", "18.00", "15.30", "WC paid"],
            ["12/09/2025", "99213", "Recheck; pain mgmt referral", "140.00", "119.00", "WC paid"],
            ["02/17/2026", "99214", "F/u; spine referral", "210.00", "0.00", "WC pend"],
            ["02/17/2026", "99080", "Work status report", "25.00", "0.00", "WC pend"],
        ], 8),
        ("p", "Account balance: $235.00 (pending carrier)."),
        ("small", "Ledger lists MedWork services only. SI joint injection billed by Cumberland Pain & Spine (27096)."),
    ]))
    return P


LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-03-18",
    "determination": "insufficient_documentation",
    "criteria": {
        "perc.pain_location": ("met", ["well caudal to the L5 level", "Pain stays local, no radiation into the groin or either leg"],
            "Surgeon consult 03/05/2026: pain below the belt line over the left SIJ/upper buttock, caudal to L5, no radiation. Occ-med (no leg sx) and PT discharge (non-radiating) agree."),
        "perc.pain_severity": ("met", ["Her L SIJ pain is 6/10 today"],
            "Most recent baseline score before 03/18/2026 is the consult of 03/05/2026: 6/10 (the '9/10 in the first weeks' is a past score dated to 04/2025; occ-med 02/17/2026 7/10 is older). Post-block diary scores are not baseline."),
        "perc.sij_tenderness": ("met", ["Localized tenderness to palpation over the left posterior SIJ", "coccyx are nontender"],
            "Consult exam documents localized left posterior SIJ tenderness with greater trochanters, lumbar spine and coccyx nontender."),
        "perc.active_conservative_therapy": ("met", ["05/06/2025 through 08/28/2025", "First visit: 09/15/2025", "Visit: 26 of 26 authorized"],
            "Window 2025-03-18..2026-03-18. PT 05/06-08/28/2025 (114 days, discharge summary + daily note) plus chiropractic 09/15-12/30/2025 (106 days, chiro record) = ~7.2 months of active therapy."),
        "perc.inactive_conservative_therapy": ("met", ["naproxen 500 bid", "Naproxen 500 mg BID with food #60"],
            "Naproxen BID started 04/03/2025 (initial visit) and still taken 02/17/2026 (occ-med, 'since 04/03/2025'), plus cyclobenzaprine and heat: > 10 months inside the window."),
        "perc.thigh_thrust_or_compression": ("met", ["thigh thrust positive, compression positive", "Thigh thrust + L"],
            "Consult: thigh thrust and compression both positive on the left; occ-med 02/17/2026 thigh thrust + L."),
        "perc.two_provocative_tests": ("met", ["distraction positive, FABER positive reproducing posterior pelvic pain"],
            "Consult: distraction positive and FABER positive (Gaenslen not performed) = 2 positives."),
        "perc.diagnostic_injections": ("insufficient", [],
            "Only one SIJ injection is documented (01/13/2026, fluoroscopy + contrast, 71-86% relief through 4 h with bupivacaine - it qualifies). The second block is only scheduled (03/24/2026, after the request). The 10/21/2025 gluteus medius trigger point injection is not an SIJ injection, so no documented SIJ injection fails: fewer than 2 documented and none fails -> insufficient."),
        "perc.generalized_pain_excluded": ("met", ["Waddell 0/5 (nonorganic)", "No nonorganic signs"],
            "Occ-med 02/17/2026 Waddell 0/5 and consult 'No nonorganic signs'; no fibromyalgia or somatic symptom disorder documented."),
        "perc.sij_imaging": ("insufficient", [],
            "Plain radiographs of pelvis/SIJ (04/10/2025) are present, but no CT or MRI of the SIJ/pelvis exists: the consult, occ-med note and NCM letter all say the MRI pelvis/SIJ was ordered/requested and not done. The lumbar MRI is not SIJ imaging."),
        "perc.hip_imaging": ("met", ["No significant degenerative change of the left hip"],
            "Left (ipsilateral) hip radiographs 06/02/2025: joint space preserved, no OA."),
        "perc.lumbar_imaging": ("met", ["No spinal stenosis or neural compression at any level", "no nerve root impingement"],
            "MRI lumbar 05/20/2025 report present with findings: no stenosis, no root impingement, S1 roots not contacted."),
        "perc.therapeutic_injections": ("insufficient", [],
            "Only one intra-articular SIJ corticosteroid injection (01/13/2026; relief ~3 weeks then wore off). The triamcinolone given with the gluteal trigger point injection is not intra-articular SIJ. Fewer than 2 documented -> insufficient."),
        "perc.excl.systemic_arthropathy": ("met", ["No inflammatory arthritis", "no personal history of inflammatory arthritis"],
            "Patient has no inflammatory arthritis; the rheumatoid arthritis (mother) and psoriasis (brother) are family history and do not count."),
        "perc.excl.infection_tumor_fracture": ("met", ["No acute osseous abnormality", "No lytic or blastic lesion"],
            "Pelvic/SIJ radiographs: no fracture, no lytic/blastic lesion; no infection or tumor documented (PMH 'No hx cancer')."),
        "perc.excl.acute_instability": ("met", ["SI joint alignment maintained without widening", "Pelvis stable to compression"],
            "Transfer injury without fall; radiographs without widening and pelvis stable on exam; no acute traumatic instability documented."),
        "perc.excl.neural_compression": ("met", ["No spinal stenosis or neural compression at any level"],
            "Lumbar MRI shows no neural compression, exam neuro-intact with negative SLR, no other pain source named."),
    },
}

FORM = "single"
PACKET_JSON = None
LOOK = "WC-denied case re-submitted to health plan as one faxed PDF: surgeon consult, occ-med f/u with work-status box, injury report, WC PT daily+discharge, chiropractic account summary, single SIJ block, XR + lumbar MRI, NCM letter, clinic ledger"
