#!/usr/bin/env python3
"""Deterministic generator for blind set v10, prefix b10q. Writes packets/ from scratch.
Run: /work/writer-venv/bin/python make_packets.py"""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FAXTEXT = {}

# ---------------------------------------------------------------- packet 01
def packet01():
    nm, dob, mid = "HALE, Genevieve M.", "06/22/1978", "NCM40917733"
    ohip = "5823-417-906-KT"
    usfoot = "Patient: Genevieve M. Hale   DOB: 06/22/1978   Member ID: NCM40917733"
    docs = []
    docs.append({"pages": [{"blocks": [
        ("h", "CAROLINA PELVIS & SPINE ASSOCIATES", 16),
        ("p", "4410 Six Forks Rd, Suite 210, Raleigh, NC 27609   Tel (919) 555-0142   Fax (919) 555-0149"),
        ("rule",), ("c", "FAX COVER SHEET", 18), ("sp", 6),
        ("kv", [("To:", "CareSource NC - Utilization Management"), ("From:", "Tamika Rowe, Surgical Scheduler"),
                ("Fax:", "1-844-555-0177"), ("Date:", "11/18/2025"),
                ("Re:", "Prior authorization - OPEN SI joint fusion"), ("Pages:", "11 (including cover)")], 10.5),
        ("sp", 8),
        ("p", "Member: Genevieve M. Hale, DOB 06/22/1978, ID NCM40917733. Please find attached the prior authorization request, "
              "consultation note, imaging reports and outside records (Ontario and Quebec, Canada). Outside records were received by fax "
              "from the patient's previous providers and are included as received."),
        ("sp", 6),
        ("cb", [("Urgent", False), ("For review", True), ("Please reply", True), ("Please comment", False)]),
        ("sp", 30),
        ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you have received it in error, "
              "please notify the sender at (919) 555-0142 and destroy all copies.", 8.5)]}]})
    docs.append({"pages": [{"header": ["CareSource North Carolina - Marketplace", "Prior Authorization Request Form - Outpatient/Inpatient Procedures"],
        "blocks": [
        ("h", "PRIOR AUTHORIZATION REQUEST", 14),
        ("b", "Section A - Member"),
        ("kv", [("Member name:", "Genevieve M. Hale"), ("DOB:", "06/22/1978"), ("Member ID:", "NCM40917733"), ("Phone:", "(919) 555-0388")]),
        ("b", "Section B - Requesting / Servicing Provider"),
        ("kv", [("Surgeon:", "Adrian K. Whitfield, MD"), ("NPI:", "1649302217"), ("Practice:", "Carolina Pelvis & Spine Associates"),
                ("Facility:", "WakeMed North Hospital (inpatient)"), ("Contact:", "Tamika Rowe (919) 555-0142"), ("Fax:", "(919) 555-0149")]),
        ("b", "Section C - Service Requested"),
        ("t", [1.2, 4, 1], [["CPT", "Description", "Units"],
                            ["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including instrumentation, when performed - LEFT", "1"],
                            ["20937", "Autograft for spine surgery, morselized (through separate incision)", "1"]]),
        ("t", [1.2, 5], [["ICD-10", "Diagnosis"],
                         ["S32.810S", "Multiple fractures of pelvis with stable disruption of pelvic ring, sequela"],
                         ["M53.3", "Sacrococcygeal disorders, not elsewhere classified"],
                         ["M12.58", "Traumatic arthropathy, other specified site (left SI joint)"]]),
        ("cb", [("Inpatient", True), ("Outpatient", False), ("Percutaneous / minimally invasive", False), ("Open", True)]),
        ("kv", [("Anticipated date of service:", "12/15/2025"), ("Date of request:", "11/18/2025"), ("Length of stay:", "2 days")]),
        ("b", "Section D - Clinical summary"),
        ("p", "Post-traumatic left SI joint arthrosis with persistent pain after LC-1 pelvic ring injury (motor vehicle collision, Ontario, "
              "03/2024), managed non-operatively. Failed physiotherapy, medications and image-guided SI joint injection. "
              "See consultation note 11/04/2025 and imaging."),
        ("sig", "A. K. Whitfield MD", "Requesting provider signature                 Date: 11/18/2025")],
        "footer": "CS-NC-PA-01 (rev 03/2025)    Page 1 of 1"}]})
    docs.append({"header": ["Carolina Pelvis & Spine Associates - Adrian K. Whitfield, MD", "Orthopaedic Trauma / Pelvis and Acetabulum"],
        "footer": usfoot, "pages": [
        {"blocks": [
        ("h", "NEW PATIENT CONSULTATION", 13),
        ("kv", [("Date of service:", "11/04/2025"), ("Referring:", "Self / PCP Dr. L. Osei"), ("Patient:", "Genevieve M. Hale"), ("DOB:", "06/22/1978")]),
        ("lp", "Chief complaint:", "Left-sided low back/buttock pain since a car accident in March 2024."),
        ("lp", "HPI:", "47 y/o right-handed woman, formerly of Toronto, Ontario, who relocated to Raleigh in 08/2025. On 2024-03-09 she was the "
               "restrained driver in a side-impact collision on Hwy 401. She was taken to St. Brendan's Health Centre (Toronto) where CT showed a "
               "lateral compression type 1 (LC-1) pelvic ring injury: left sacral ala fracture (Denis zone I) extending into the left SI joint "
               "with superior and inferior pubic rami fractures on the left. Treated non-operatively, touch-down weight bearing x 6 weeks. "
               "Rami healed. She has had persistent left posterior pelvic pain since, worse with stairs, single-leg stance and rolling in bed. "
               "Pain 7/10 today, located over the left SI joint/buttock, no radiation into the leg. No numbness, tingling or weakness."),
        ("lp", "Treatment to date:", "Physiotherapy in Ontario through her auto insurer (04/2024 - 02/2025), RMT massage, naproxen 500 mg BID, "
               "Tylenol #3 at night, Robaxacet PRN. Fluoroscopic left SI joint injection 2025-05-27 at St. Brendan's Pain Clinic with about 60% relief "
               "for a few hours and no lasting benefit."),
        ("lp", "PMH:", "Hypothyroidism. Sciatica (right) 2015, resolved with physio. G2P2."),
        ("lp", "Meds:", "Levothyroxine 75 mcg daily, naproxen 500 mg BID, acetaminophen-codeine 300/30 HS PRN."),
        ("lp", "Social:", "Non-smoker. Works as a payroll administrator (remote)."),
        ("lp", "Family history:", "Mother - rheumatoid arthritis. Father - CAD."),
        ("lp", "ROS:", "Negative for fever, weight loss, bowel/bladder change."),
        ]},
        {"blocks": [
        ("lp", "Exam:", "BMI 27. Antalgic gait favoring the left. Tender over the left SI joint sulcus and left PSIS. Right SI joint non-tender. "
               "Thigh thrust positive left. FABER positive left (posterior pain). Gaenslen positive left. Hip ROM full and painless bilaterally. "
               "SLR negative bilaterally. Strength 5/5 L2-S1, reflexes 2+ and symmetric, sensation intact."),
        ("lp", "Imaging reviewed:", "XR pelvis AP/inlet/outlet (our office, 10/14/2025) - see report. CT pelvis 2025-07-08 (St. Brendan's) - see report. "
               "MRI lumbar spine 2025-04-22 (St. Brendan's) - no neural compression."),
        ("lp", "Assessment:", "1. Post-traumatic arthrosis of the left SI joint with incomplete union of the left sacral ala fracture "
               "extending into the joint, following LC-1 pelvic ring fracture (03/2024). 2. Failed non-operative management. "
               "3. No radiculopathy; lumbar spine not felt to be the pain generator."),
        ("lp", "Plan:", "Given the fracture line through the joint with incomplete union and post-traumatic joint incongruity, a percutaneous "
               "screw-only construct is not felt to be appropriate. Recommend open left SI joint debridement and arthrodesis with autograft and "
               "plate/screw fixation (CPT 27280). Risks, benefits and alternatives discussed in detail; she wishes to proceed. Prior authorization "
               "to be submitted. Pre-op labs and medical clearance through PCP."),
        ("sp", 6),
        ("sig", "Adrian K. Whitfield", "Adrian K. Whitfield, MD - electronically signed 11/04/2025 16:22"),
        ]}]})
    # faxed Toronto records, standard resolution
    tor_hdr = ["ST. BRENDAN'S HEALTH CENTRE - DIAGNOSTIC IMAGING", "1420 Bathurst St, Toronto ON M5R 3J1   Tel 416-555-0190"]
    tor_id = "Patient: HALE, GENEVIEVE   MRN: SB-2210457   HCN: 5823-417-906-KT   DOB: 1978-06-22"
    docs.append({"fam": "mono", "fax": {"seed": 101, "res": "standard", "p0": 1,
                 "banner": "10/28/2025 14:31  FROM: SBHC HEALTH RECORDS 4165550199   TO: 19195550149   P.{p}/2"},
        "pages": [
        {"header": tor_hdr, "blocks": [
        ("b", tor_id, 9),
        ("sp", 4),
        ("kv", [("Exam:", "CT PELVIS WITHOUT CONTRAST"), ("Accession:", "CT25-0708-3317"), ("Exam date:", "2025-07-08"),
                ("Ordering:", "Dr. R. Mahadevan (FHT)")], 9.5),
        ("lp", "HISTORY:", "MVC March 2024 with LC-1 pelvic ring injury. Persistent left SI joint pain. Assess healing."),
        ("lp", "COMPARISON:", "CT pelvis 09-Mar-2024 (trauma)."),
        ("lp", "FINDINGS:", "The left superior and inferior pubic rami fractures have healed with mature callus. The left sacral ala fracture "
               "(zone I) shows incomplete union: a persistent lucent cleft up to 3 mm remains along its posterior margin, extending to the "
               "anterior-inferior left SI joint. There is post-traumatic irregularity and subchondral sclerosis of the left SI joint with a "
               "small anterior osteophyte and joint space asymmetry (left 4 mm vs right 2 mm anteriorly). No vacuum phenomenon. "
               "The right SI joint is normal. No erosions. No aggressive osseous lesion. Hip joints are preserved."),
        ("lp", "IMPRESSION:", "1. Incomplete union of left sacral ala fracture extending to the left SI joint. "
               "2. Post-traumatic arthrosis of the left SI joint. 3. Healed left pubic rami fractures."),
        ("p", "Dictated by: Dr. H. Lindqvist, FRCPC (Radiology)   Signed: 2025-07-09 08:12", 9),
        ]},
        {"header": ["ST. BRENDAN'S HEALTH CENTRE - TRAUMA SERVICE", "DISCHARGE SUMMARY"], "blocks": [
        ("b", tor_id, 9),
        ("kv", [("Admitted:", "09-Mar-2024"), ("Discharged:", "14-Mar-2024"), ("Service:", "Orthopaedic Trauma"), ("MRP:", "Dr. P. Ferreira")], 9.5),
        ("lp", "Diagnosis:", "Lateral compression type 1 pelvic ring injury (left) - MVC."),
        ("lp", "Injuries:", "Left sacral ala fracture, non-displaced, zone I, extending to the left SI joint; left superior and inferior "
               "pubic rami fractures. No acetabular fracture. No visceral injury. CT head/C-spine negative."),
        ("lp", "Course:", "Examination under anaesthesia not required. Managed non-operatively. Touch-down weight bearing LLE x 6 weeks. "
               "Dalteparin 5000 units SC daily x 4 weeks for VTE prophylaxis. Pain controlled with hydromorphone then acetaminophen/naproxen."),
        ("lp", "Follow-up:", "Fracture clinic 2 weeks with AP/inlet/outlet views. Physiotherapy referral. OCF-1 completed for auto insurer."),
        ("p", "Dictated: Dr. S. Amari (Resident) for Dr. P. Ferreira   Transcribed 2024-03-15", 9)]}]})
    docs.append({"header": ["Carolina Pelvis & Spine Associates - Radiology", "4410 Six Forks Rd, Raleigh NC"], "footer": usfoot, "pages": [{"blocks": [
        ("h", "RADIOGRAPH REPORT", 13),
        ("kv", [("Exam:", "XR PELVIS AP, INLET AND OUTLET (3 views)"), ("Date:", "10/14/2025"), ("Patient:", "Genevieve M. Hale"), ("DOB:", "06/22/1978")]),
        ("lp", "Indication:", "Left SI joint pain, history of pelvic ring fracture 03/2024."),
        ("lp", "Findings:", "Healed left superior and inferior pubic ramus fractures. Residual sclerosis along the left sacral ala. "
               "The left SI joint shows irregular, sclerotic margins and mild widening inferiorly compared with the right. "
               "No hardware. Symphysis pubis aligned. Hip joints maintained."),
        ("lp", "Impression:", "Post-traumatic changes of the left SI joint, correlate with CT 2025-07-08."),
        ("p", "Interpreted by: Colleen Baptiste, MD   10/14/2025", 9)]}]})
    docs.append({"header": tor_hdr, "footer": tor_id + "    Page 1 of 1", "pages": [{"blocks": [
        ("h", "MRI LUMBAR SPINE", 13),
        ("kv", [("Exam date:", "2025-04-22"), ("Accession:", "MR25-0422-1180"), ("Ordering:", "Dr. R. Mahadevan"), ("Requisition:", "OHIP")]),
        ("lp", "History:", "Left buttock pain post pelvic fracture. Rule out L5 radiculopathy."),
        ("lp", "Technique:", "Sagittal T1, T2, STIR; axial T2 L3-S1."),
        ("lp", "Findings:", "Normal lumbar lordosis and alignment. Conus terminates at L1. L3-4: normal. L4-5: mild disc desiccation with a "
               "small broad-based bulge, no canal or foraminal stenosis, no nerve root contact. L5-S1: normal disc height, no herniation, "
               "foramina patent. Visualised sacrum shows the known left alar fracture line."),
        ("lp", "Impression:", "Mild L4-5 degenerative disc change. No neural compression."),
        ("p", "Reported by: Dr. A. Nakashima, FRCPC   2025-04-22 17:40", 9)]}]})
    # Quebec clinic
    docs.append({"header": ["CLINIQUE MÉDICALE DU PLATEAU-GATINEAU", "212, boul. Saint-Joseph, Gatineau (Québec)  J8Y 3X4   Tél. 819-555-0134"],
        "footer": "Dossier / Chart: 0045318    Page 1 / 1", "pages": [{"blocks": [
        ("h", "Note de consultation / Consultation note", 13),
        ("kv", [("Nom / Name:", "Hale, Geneviève"), ("Date de naissance / Date of birth:", "1978-06-22"),
                ("No d'assurance maladie / Health insurance no.:", "Ontario HCN 5823-417-906-KT (hors province / out of province)"),
                ("Date de la visite / Visit date:", "14-Jan-2025")], 9.5),
        ("lp", "Motif de consultation / Reason for visit:", "Flare of left low back/buttock pain while visiting family over the holidays."),
        ("lp", "Histoire / History:", "Known LC-1 pelvic fracture 03/2024, followed in Toronto. Pain flared after a long drive. "
               "Pain 8/10 left buttock. No leg pain, no paresthesia. No fever."),
        ("lp", "Examen / Examination:", "Tender left SI joint. Lumbar spine non-tender. Neuro exam normal lower limbs. Afebrile."),
        ("lp", "Impression / Impression:", "Mechanical flare of post-traumatic left SI joint pain. R/O sacral insufficiency fracture - "
               "no red flags, not pursued."),
        ("lp", "Plan / Plan:", "Arthrotec 50 BID x 10 days instead of naproxen (stomach upset), heat, continue physio on return to Toronto. "
               "Return if fever or new neurological symptoms."),
        ("sig", "Dre M. Gagnon", "Dre Mélanie Gagnon, MD - permis 1-08-443")]}]})
    # physio / auto insurer progress form (faxed, standard)
    docs.append({"fam": "sans", "fax": {"seed": 117, "res": "standard", "p0": 1,
                 "banner": "10/28/2025 14:44  FROM: YONGE-EGLINTON PHYSIO 4165550122   TO: 19195550149   P.{p}/1"},
        "pages": [{"header": ["YONGE-EGLINTON PHYSIOTHERAPY & REHAB", "Auto insurance - Treatment progress report (OCF-18 attachment)"],
        "blocks": [
        ("kv", [("Claimant:", "Genevieve Hale"), ("DOB:", "1978-06-22"), ("Claim #:", "ON-AB-24-0316-882"), ("Insurer:", "Northway Mutual"),
                ("Date of accident:", "2024-03-09"), ("Report date:", "2025-02-21")], 9.5),
        ("t", [2, 1.4, 1.4], [["Measure", "Initial 2024-04-26", "Discharge 2025-02-21"],
                              ["NPRS (0-10) L SIJ/buttock", "8/10", "6/10"],
                              ["Oswestry Disability Index", "52%", "38%"],
                              ["Single leg stance L", "3 sec, painful", "12 sec, painful"],
                              ["Sit-to-stand x5", "21 sec", "14 sec"]], 9.5),
        ("lp", "Treatment provided:", "Physiotherapy 1-2x/week (exercise therapy, core and hip stabilisation, manual therapy), "
               "RMT massage 8 sessions, SI belt, home exercise program."),
        ("lp", "Status:", "Progress has plateaued. Persistent left SI joint pain with load transfer. Discharged from active physiotherapy; "
               "continue HEP. Recommend specialist re-assessment regarding the left SI joint."),
        ("sig", "J. Okafor PT", "Jordan Okafor, PT - Registration #14527 (College of Physiotherapists of Ontario)")]}]})
    docs.append({"header": ["Carolina Pelvis & Spine Associates", "Adrian K. Whitfield, MD"], "footer": usfoot, "pages": [{"blocks": [
        ("p", "November 18, 2025"),
        ("p", "CareSource North Carolina - Utilization Management\nRe: Genevieve M. Hale, DOB 06/22/1978, Member ID NCM40917733"),
        ("b", "Letter of Medical Necessity - Open left sacroiliac joint arthrodesis (CPT 27280)"),
        ("p", "Ms. Hale sustained an LC-1 pelvic ring fracture in a motor vehicle collision in March 2024, with a left sacral ala fracture "
              "extending into the left sacroiliac joint. Despite nearly a year of physiotherapy, medications and an image-guided SI joint "
              "injection, she has persistent, function-limiting left posterior pelvic pain."),
        ("p", "Her imaging this year demonstrates incomplete union of the sacral ala fracture through the joint and post-traumatic arthrosis. "
              "Her lumbar MRI shows no neural compression and her neurological exam is normal. Because the fracture line crosses the joint, "
              "I recommend an open debridement and arthrodesis with autograft rather than a percutaneous technique."),
        ("p", "This request falls under the post-traumatic indication of your policy. Please contact my office with any questions."),
        ("sig", "Adrian K. Whitfield", "Adrian K. Whitfield, MD, FAAOS")]}]})
    labels = {"procedure": "open", "request_date": "2025-11-18", "determination": "meets_criteria", "criteria": {
        "open.indication": {"status": "met", "evidence": ["LC-1 pelvic ring injury", "left sacral ala fracture (zone I)",
                                                           "Post-traumatic arthrosis of the left SI joint"]},
        "open.recent_imaging": {"status": "met", "evidence": ["Exam date: 2025-07-08",
                                                              "Incomplete union of left sacral ala fracture extending to the left SI joint",
                                                              "Post-traumatic changes of the left SI joint"]},
        "open.excl.neural_compression": {"status": "met", "evidence": ["No neural compression."]}}}
    return docs, labels

# ---------------------------------------------------------------- packet 02
def packet02():
    usfoot = "Raghunathan, Priya   DOB 11/03/1969   CareSource ID NCM51208844"
    fht_id = "RAGHUNATHAN, Priya   DOB 1969-11-03   HCN 6140-552-873-RB"
    docs = []
    docs.append(("01_fax_cover.pdf", [{"pages": [{"blocks": [
        ("h", "TRIANGLE SPINE & SI CENTER", 16),
        ("p", "1800 Tryon Village Dr, Cary, NC 27518   Ph 919-555-0261   Fax 919-555-0268"), ("rule",),
        ("c", "FACSIMILE", 18),
        ("kv", [("TO:", "CareSource NC Prior Auth"), ("FROM:", "Dana Whitley, PA coordinator"), ("FAX:", "1-844-555-0177"),
                ("DATE:", "10/14/2025"), ("RE:", "PA request - SI joint fusion, Priya Raghunathan"), ("PAGES:", "14 incl. cover")], 10.5),
        ("p", "Attached: PA form, consult 09/30/2025, outside records from Ontario (family health team, physiotherapy, pain clinic, imaging) "
              "and a Quebec clinic note. Outside records scanned as received."),
        ("sp", 40), ("p", "This fax may contain PHI. If received in error call 919-555-0261.", 8.5)]}]}]))
    docs.append(("02_pa_request_form.pdf", [{"pages": [{"header": ["CareSource North Carolina", "Marketplace - Prior Authorization Request"],
        "footer": "Form CS-NC-PA-01    Page 1 of 1", "blocks": [
        ("h", "Request for Prior Authorization", 14),
        ("kv", [("Member:", "Priya Raghunathan"), ("DOB:", "11/03/1969"), ("Member ID:", "NCM51208844"), ("Plan:", "Marketplace Silver")]),
        ("kv", [("Ordering provider:", "Marcus T. Delacroix, MD (NPI 1275586630)"), ("Facility:", "Triangle Surgery Center, Cary NC (ASC)")]),
        ("t", [1, 4, 1], [["CPT", "Description", "Side"],
                          ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, with image guidance, includes obtaining bone graft", "Left"]]),
        ("t", [1, 5], [["ICD-10", "Description"], ["M53.3", "Sacrococcygeal disorders, NEC"], ["M46.1", "Sacroiliitis, NEC"]]),
        ("cb", [("Outpatient", True), ("Inpatient", False), ("Urgent", False), ("Standard", True)]),
        ("kv", [("Requested DOS:", "11/12/2025"), ("Date submitted:", "10/14/2025")]),
        ("sig", "M. Delacroix MD", "Provider signature")]}]}]))
    docs.append(("03_consult_2025-09-30.pdf", [{"header": ["Triangle Spine & SI Center", "Marcus T. Delacroix, MD - Orthopaedic Spine Surgery"],
        "footer": usfoot, "pages": [{"blocks": [
        ("h", "Office Visit - New Patient", 13),
        ("kv", [("DOS:", "09/30/2025"), ("Patient:", "Priya Raghunathan"), ("DOB:", "11/03/1969"), ("PCP:", "Sarah Lindgren, FNP")]),
        ("lp", "CC:", "Left low back/buttock pain x 2 years."),
        ("lp", "HPI:", "55 yo F, moved from Mississauga, Ontario to Cary in 07/2025. Insidious onset of left-sided low back pain in late 2023, "
               "gradually worse. Pain is localized to the left buttock just below the belt line, over the left SI joint, caudal to L5. "
               "Does not radiate into the thigh or leg. No numbness/tingling. Worse with prolonged sitting, getting out of the car, stairs. "
               "Today SI joint pain is 7/10 (range 5-8/10 over the past month)."),
        ("lp", "Conservative care:", "Physiotherapy in Mississauga Jan-Jul 2025, followed by a home program she continues. Naproxen 500 mg BID "
               "since 11/2024, heat, Tylenol #3 occasionally at night. Two fluoroscopic left SI joint injections at Trillium West "
               "Hospital pain clinic (04/2025 and 06/2025) - each gave near-complete relief for the day; the steroid benefit lasted about "
               "3 weeks after the first and about 4 weeks after the second, then the pain returned to baseline 7/10."),
        ("lp", "PMH:", "Hypertension, GERD. Hx right hip strain 02/2025 after a fall on ice - resolved."),
        ("lp", "Meds:", "Amlodipine 5 mg daily, pantoprazole 40 mg daily, naproxen 500 mg BID, Tylenol #3 HS PRN."),
        ("lp", "FHx:", "Sister with fibromyalgia. Mother - osteoporosis."),
        ("lp", "SHx:", "Never smoker. Bookkeeper."),
        ]},
        {"blocks": [
        ("b", "Physical examination"),
        ("p", "Gait non-antalgic. Lumbar ROM full, mild pain at end-range extension. Palpation: tender over the left SI joint sulcus/PSIS. "
              "No tenderness over the greater trochanters, lumbar spinous processes or coccyx. Waddell signs 0/5."),
        ("t", [3, 1.2, 1.2], [["SIJ provocation", "Left", "Right"], ["Thigh thrust (P4)", "Positive", "Negative"],
                              ["Compression", "Positive", "Negative"], ["Distraction", "Negative", "Negative"],
                              ["FABER (Patrick)", "Positive", "Negative"], ["Gaenslen", "Positive", "Negative"]], 10),
        ("p", "Neuro: strength 5/5 bilateral lower extremities, DTRs 2+ symmetric, SLR negative bilaterally, sensation intact."),
        ("b", "Imaging"),
        ("p", "XR SI joints 02/2025 and CT pelvis 03/2025 (Trillium West) reviewed - mild degenerative change left SIJ, no erosions. "
              "Hip x-ray 02/2025: mild OA only. MRI lumbar spine was done in Ontario in 2024 - patient recalls being told it was 'fine'; "
              "report requested from the private imaging clinic, not yet received."),
        ("b", "Assessment / Plan"),
        ("p", "Left sacroiliac joint dysfunction, refractory to > 6 months of conservative care and two image-guided injections. "
              "Discussed minimally invasive left SI joint fusion (triangular titanium implants, CPT 27279). She wishes to proceed. "
              "Will submit for authorization."),
        ("sig", "Marcus Delacroix", "Marcus T. Delacroix, MD   e-signed 09/30/2025")]}]}]))
    docs.append(("04_family_health_team.pdf", [{"header": ["CREDIT VALLEY NORTH FAMILY HEALTH TEAM", "2200 Eglinton Ave W, Mississauga ON L5M 2N1   905-555-0170"],
        "footer": fht_id, "pages": [{"blocks": [
        ("h", "Progress notes (extract)", 12),
        ("t", [1.1, 4.5], [["Date", "Note"],
            ["2024-11-05", "L low back/buttock pain ~1 yr, worse lately. No leg sx. Tender L SIJ. Neuro N. Plan: naproxen 500 mg BID with food, "
                           "heat, refer physio. Pt reports MRI L-spine done privately (Aug 2024) - will request report. - Dr. R. Chen"],
            ["2025-01-07", "Seen in Quebec over holidays. Labs: HLA-B27 negative, CRP 3 mg/L (N), ESR 8. Starting physio this week. Continue naproxen. - Dr. R. Chen"],
            ["2025-02-18", "Slipped on ice 02-14, R groin pain. XR R hip ordered. Naproxen continued. - A. Patel NP"],
            ["2025-03-25", "R groin better. L SIJ pain persists 6-7/10 despite physio. Referred to Trillium West pain clinic for SIJ injections. "
                           "CT pelvis reviewed. - Dr. R. Chen"],
            ["2025-06-24", "S/p 2nd L SIJ injection 06-10, good relief currently. Renew naproxen 500 mg BID x 3 months. - Dr. R. Chen"]], 9.5)]},
        {"blocks": [
        ("h", "Medication profile (printed 2025-07-08)", 12),
        ("t", [2.6, 1.6, 1.3, 1.2, 2.2], [["Medication", "Sig", "Start", "Status", "Notes"],
            ["Naproxen 500 mg tab", "1 tab BID with food", "2024-11-05", "Active", "L SIJ pain"],
            ["Tylenol #3 (acetaminophen/codeine 300/30)", "1 tab HS PRN", "2025-03-25", "Active", "#30, no repeats"],
            ["Pantoprazole 40 mg", "1 tab daily", "2024-11-05", "Active", "GI protection"],
            ["Amlodipine 5 mg", "1 tab daily", "2021-04-12", "Active", "HTN"],
            ["Robaxacet", "2 tabs QID PRN", "2023-12-02", "Discontinued 2024-02", "Ineffective"]], 9),
        ("p", "Non-drug: heat (hot pack) 20 min evenings; SI belt trialled, not tolerated.", 9.5)]}]}]))
    docs.append(("05_clinique_sherbrooke_2024-12-27.pdf", [{"header": ["CLINIQUE MÉDICALE DES CANTONS - SHERBROOKE",
        "1055, rue King Ouest, Sherbrooke (Québec) J1H 1S6   Tél. 819-555-0117"], "footer": "Dossier / File 22-7781    Page 1 / 1", "pages": [{"blocks": [
        ("h", "Consultation sans rendez-vous / Walk-in visit", 13),
        ("kv", [("Nom / Name:", "RAGHUNATHAN, Priya"), ("Date de naissance / Date of birth:", "1969-11-03"),
                ("Date / Date:", "27-Dec-2024"), ("Carte santé / Health card:", "ON 6140-552-873-RB")], 9.5),
        ("lp", "Motif de consultation / Reason for visit:", "Left buttock pain, visiting family for the holidays, ran out of naproxen."),
        ("lp", "Histoire / History:", "L buttock/low back pain x 1 yr. Morning stiffness < 15 min. No leg pain. No uveitis, psoriasis or IBD. "
               "On naproxen 500 mg BID since early November."),
        ("lp", "Examen / Examination:", "Tender L SIJ. Lumbar spine non-tender. FABER + L. Neuro normal."),
        ("lp", "Impression / Impression:", "L SI joint pain, likely mechanical. R/O inflammatory sacroiliitis / spondyloarthropathy."),
        ("lp", "Plan / Plan:", "Naproxen renewed x 1 month. HLA-B27, CRP, ESR requisition given; results to FHT in Ontario."),
        ("sig", "Dr J.-F. Bélanger", "Dr Jean-François Bélanger, MD")]}]}]))
    pt_hdr = ["STREETSVILLE COMMUNITY PHYSIOTHERAPY", "175 Queen St S, Mississauga ON L5M 1K9   905-555-0148   Fax 905-555-0149"]
    pt_id = "Client: Priya Raghunathan   DOB: 1969-11-03"
    docs.append(("06_physiotherapy.pdf", [
        {"fax": {"seed": 201, "res": "fine", "p0": 1, "banner": "09/22/2025 10:18  STREETSVILLE PHYSIO  905-555-0149 -> 919-555-0268   P.{p}/2"},
         "pages": [{"header": pt_hdr, "footer": pt_id, "blocks": [
        ("h", "INITIAL ASSESSMENT", 13),
        ("kv", [("Date of assessment:", "2025-01-09"), ("Referral:", "Dr. R. Chen (FHT)"), ("Payer:", "Extended health (Sun Life)"),
                ("Therapist:", "K. Brar, PT")], 10),
        ("lp", "S:", "L low back/buttock pain since late 2023. NPRS 7/10 now, 8/10 worst. No radiation to leg. Aggravated by sit-to-stand, "
               "stairs, rolling in bed. Meds: naproxen 500 mg BID."),
        ("lp", "O:", "Posture: slight R lateral shift. Lumbar AROM: flex full, ext 75% with L buttock pain. Neuro screen clear. "
               "TTP L SIJ/sulcus ++. L greater troch NT. Lumbar PAs L1-5 NT. P4 (thigh thrust) +ve L. Compression +ve. "
               "Gaenslen +ve L. Active SLR L heavy, improved with pelvic compression."),
        ("lp", "A:", "Presentation consistent with L SIJ pain / lumbopelvic motor control deficit."),
        ("lp", "P:", "1-2x/wk x 12 wks then reassess: exercise therapy (core, glute med/max), manual therapy, education, HEP."),
        ]}]},
        {"header": pt_hdr, "footer": pt_id + "    Treatment record", "pages": [{"blocks": [
        ("h", "DAILY TREATMENT RECORD (summary flowsheet)", 12),
        ("t", [1.2, 1, 4], [["Date", "NPRS", "Treatment"],
            ["2025-01-09", "7", "IA; HEP #1 (TrA, bridges)"], ["2025-01-16", "7", "Ex: bridges, clams, bird-dog; STM L glutes"],
            ["2025-02-06", "6", "Ex progressions; SIJ belt trial"], ["2025-03-06", "7", "Ex; MET L innominate"],
            ["2025-04-03", "7", "Ex; pain clinic appt pending"], ["2025-04-24", "3", "Post-injection (04-15); progressed loading"],
            ["2025-05-22", "6", "Ex; pain returning"], ["2025-06-19", "3", "Post-injection (06-10); squats, step-ups"],
            ["2025-07-10", "6", "Ex; discharge planning"], ["2025-07-24", "7", "Discharge; HEP reviewed"]], 9.5),
        ("p", "Full visit-by-visit SOAP notes available on request.", 9)]}]},
        {"fax": {"seed": 205, "res": "fine", "p0": 2, "banner": "09/22/2025 10:18  STREETSVILLE PHYSIO  905-555-0149 -> 919-555-0268   P.{p}/2"},
         "pages": [{"header": pt_hdr, "footer": pt_id, "blocks": [
        ("h", "DISCHARGE REPORT", 13),
        ("kv", [("Discharge date:", "2025-07-24"), ("Visits attended:", "27 (1 cancellation)"), ("Episode:", "2025-01-09 to 2025-07-24"),
                ("Therapist:", "K. Brar, PT")], 10),
        ("lp", "Summary:", "Client attended regularly over 6.5 months. Strength and endurance of lumbopelvic musculature improved "
               "(side plank 10 s -> 40 s). Pain has not improved meaningfully: NPRS 7/10 at discharge. Had two SIJ injections during the episode."),
        ("lp", "Outcome measures:", "ODI 46% -> 40%. PSFS 3.3 -> 4.0."),
        ("lp", "Recommendations:", "Continue HEP daily (8 exercises, handout given). Follow-up with FHT / specialist regarding persistent L SIJ pain."),
        ("sig", "K. Brar", "Kiran Brar, PT   Reg. #16203")]}]}]))
    inj_hdr = ["TRILLIUM WEST HOSPITAL - INTERVENTIONAL PAIN CLINIC", "Day Procedure Unit, 3rd floor   Mississauga, ON   905-555-0301"]
    inj_id = "RAGHUNATHAN, Priya   DOB 1969-11-03   MRN TW0883142   HCN 6140-552-873-RB"
    docs.append(("07_sij_injections.pdf", [
        {"header": inj_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "PROCEDURE NOTE - Left sacroiliac joint injection", 12.5),
        ("kv", [("Date:", "2025-04-15"), ("Physician:", "Dr. O. Haddad, FRCPC (Anaesthesia/Pain)"),
                ("Indication:", "L SIJ pain, positive provocation tests"), ("Consent:", "Written, obtained")], 9.5),
        ("p", "Prone, sterile prep. Under fluoroscopic guidance a 22G spinal needle was advanced into the inferior aspect of the left SI joint. "
              "Omnipaque 240, 0.5 mL, showed an intra-articular arthrogram without vascular uptake. Injected: bupivacaine 0.5% 1.5 mL + "
              "triamcinolone 40 mg. No complications. Discharged ambulatory with pain diary.", 10),
        ("b", "Post-procedure pain diary (returned by patient)", 10),
        ("t", [2, 1, 1, 1, 1, 1, 1, 1], [["Time", "Pre", "15 min", "30 min", "1 h", "2 h", "4 h", "6 h"],
                                          ["Pain (0-10)", "7", "1", "1", "1", "2", "2", "3"]], 9.5),
        ("p", "Next day 4/10. Patient-estimated relief in the first 4 hours: about 80%.", 10),
        ("lp", "Impression:", "Positive diagnostic response to L SIJ block."),
        ("sig", "O. Haddad", "Dr. Omar Haddad   signed 2025-04-15")]}]},
        {"fax": {"seed": 211, "res": "fine", "p0": 1, "banner": "09/24/2025 15:02  TWH HIM DEPT 905-555-0309 -> 919-555-0268   P.{p}/1"},
         "header": inj_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "PROCEDURE NOTE - Left SI joint injection #2", 12.5),
        ("kv", [("Date:", "2025-06-10"), ("Physician:", "Dr. O. Haddad"), ("Guidance:", "Fluoroscopy"), ("Contrast:", "Omnipaque 240, 0.5 mL")], 9.5),
        ("lp", "Interval history:", "After the 2025-04-15 injection she had about 3 weeks of good relief, then the pain gradually returned "
               "to baseline 7/10. Pre-procedure pain today 7/10."),
        ("p", "Fluoroscopically guided L SIJ injection; contrast confirmed intra-articular spread. Injected bupivacaine 0.5% 1.5 mL + "
              "triamcinolone 40 mg. Tolerated well.", 10),
        ("t", [2, 1, 1, 1, 1, 1, 1, 1], [["Pain diary", "Pre", "15 min", "30 min", "1 h", "2 h", "4 h", "8 h"],
                                          ["NRS 0-10", "7", "0", "0", "1", "1", "2", "4"]], 9.5),
        ("p", "Patient-reported relief first 4 h: 85%. Second concordant response.", 10),
        ("sig", "O. Haddad", "Dr. Omar Haddad")]}]}]))
    di_hdr = ["TRILLIUM WEST HOSPITAL - DIAGNOSTIC IMAGING", "Mississauga, ON"]
    docs.append(("08_imaging.pdf", [{"header": di_hdr, "footer": inj_id, "pages": [
        {"blocks": [
        ("h", "XR SACROILIAC JOINTS", 12),
        ("kv", [("Exam date:", "2025-02-20"), ("Accession:", "XR-25-220-0417")], 9.5),
        ("lp", "Clinical:", "L SIJ pain x 1 yr."),
        ("lp", "Findings:", "AP axial and oblique views. Mild subchondral sclerosis at the inferior left SI joint. Joint spaces preserved. "
               "No erosions or ankylosis. Visualised lower lumbar spine unremarkable."),
        ("lp", "Impression:", "Mild degenerative change left SIJ. No radiographic sacroiliitis."),
        ("sp", 6), ("rule",),
        ("h", "XR RIGHT HIP 2 VIEWS", 12),
        ("kv", [("Exam date:", "2025-02-20"), ("Accession:", "XR-25-220-0418")], 9.5),
        ("lp", "Clinical:", "Fall on ice 2025-02-14, right groin pain. R/O fracture."),
        ("lp", "Findings:", "No fracture or dislocation. Mild superior joint space narrowing of the right hip with a small acetabular osteophyte."),
        ("lp", "Impression:", "No fracture. Mild osteoarthritis of the right hip."),
        ("p", "Radiologist: Dr. C. Moreau   2025-02-20", 9)]},
        {"blocks": [
        ("h", "CT PELVIS (SI JOINTS) WITHOUT CONTRAST", 12),
        ("kv", [("Exam date:", "2025-03-18"), ("Accession:", "CT-25-318-0092")], 9.5),
        ("lp", "Clinical:", "Persistent L SIJ pain. Assess for sacroiliitis."),
        ("lp", "Findings:", "Mild subchondral sclerosis and small anterior osteophytes at the left SI joint. No erosions, no ankylosis, "
               "no periarticular bone destruction. No lytic or sclerotic lesion. No fracture. Right SI joint normal."),
        ("lp", "Impression:", "Mild degenerative arthropathy of the left SI joint. No erosive or inflammatory sacroiliitis. No destructive lesion."),
        ("p", "Radiologist: Dr. C. Moreau   2025-03-18", 9)]}]}]))
    meta = {"request_date": "2025-10-14", "procedure_codes": ["27279"], "member_id": "NCM51208844", "policy": "MP-MM-1366"}
    labels = {"procedure": "percutaneous", "request_date": "2025-10-14", "determination": "insufficient_documentation", "criteria": {
        "perc.pain_location": {"status": "met", "evidence": ["over the left SI joint, caudal to L5", "Does not radiate into the thigh or leg"]},
        "perc.pain_severity": {"status": "met", "evidence": ["SI joint pain is 7/10"]},
        "perc.sij_tenderness": {"status": "met", "evidence": ["tender over the left SI joint sulcus/PSIS",
                                                              "No tenderness over the greater trochanters, lumbar spinous processes or coccyx"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": ["Date of assessment: 2025-01-09", "Discharge date: 2025-07-24"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": ["naproxen 500 mg BID with food", "Naproxen 500 mg BID since 11/2024"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust (P4) Positive"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": ["FABER (Patrick) Positive", "Gaenslen Positive"]},
        "perc.diagnostic_injections": {"status": "met", "evidence": ["Omnipaque 240, 0.5 mL", "relief in the first 4 hours: about 80%",
                                                                    "relief first 4 h: 85%"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": []},
        "perc.sij_imaging": {"status": "met", "evidence": ["No radiographic sacroiliitis", "No erosive or inflammatory sacroiliitis. No destructive lesion."]},
        "perc.hip_imaging": {"status": "insufficient", "evidence": []},
        "perc.lumbar_imaging": {"status": "insufficient", "evidence": []},
        "perc.therapeutic_injections": {"status": "met", "evidence": ["about 3 weeks of good relief", "pain gradually returned to baseline",
                                                                     "about 4 weeks after the second"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": []},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": []},
        "perc.excl.acute_instability": {"status": "met", "evidence": []},
        "perc.excl.neural_compression": {"status": "met", "evidence": []}}}
    return docs, meta, labels

# ---------------------------------------------------------------- packet 03
def packet03():
    usfoot = "KOWALCZYK, THOMAS J   DOB 02/17/1982   MBR NCM38820519"
    on_id = "KOWALCZYK, Thomas   DOB 1982-02-17   OHIP 7719-264-381-PN"
    docs = []
    docs.append(("01_cover_and_request.pdf", [{"pages": [
        {"blocks": [
        ("h", "PIEDMONT ORTHOPAEDIC & SPINE - GREENSBORO", 15),
        ("p", "3100 N Elm St, Greensboro NC 27408   P 336-555-0412   F 336-555-0419"), ("rule",),
        ("c", "FAX TRANSMITTAL", 17),
        ("kv", [("To:", "CareSource Utilization Mgmt"), ("Fax:", "1-844-555-0177"), ("From:", "Renee Castillo, auth specialist"),
                ("Date:", "10/20/2025"), ("# pages:", "15"), ("Re:", "Kowalczyk, Thomas - SIJ fusion PA")], 10.5),
        ("p", "Please review the enclosed request for minimally invasive right SI joint fusion. Canadian records enclosed as received from the patient."),
        ("sp", 30), ("p", "Confidential health information enclosed.", 8.5)]},
        {"header": ["CareSource North Carolina - Marketplace", "Prior Authorization Request"], "footer": "CS-NC-PA-01    Page 1 of 1", "blocks": [
        ("h", "PRIOR AUTHORIZATION REQUEST FORM", 14),
        ("kv", [("Member name:", "Thomas J. Kowalczyk"), ("Date of birth:", "02/17/1982"), ("Member ID:", "NCM38820519"), ("Phone:", "336-555-0734")]),
        ("kv", [("Requesting provider:", "Elena Vasquez-Marsh, MD"), ("NPI:", "1902774315"), ("Facility:", "Moses Creek Surgery Center (ASC)"), ("Tax ID:", "56-2093317")]),
        ("t", [1, 4.2, 1], [["CPT/HCPCS", "Procedure", "Laterality"],
                            ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), with image guidance", "RT"]]),
        ("t", [1, 5], [["ICD-10", "Diagnosis"], ["M53.3", "Sacrococcygeal disorders, not elsewhere classified"], ["M54.50", "Low back pain, unspecified"]]),
        ("kv", [("Date of request:", "10/20/2025"), ("Proposed date of service:", "11/17/2025")]),
        ("cb", [("Outpatient/ASC", True), ("Inpatient", False), ("Expedited", False)]),
        ("sig", "E. Vasquez-Marsh", "Signature of requesting provider")]}]}]))
    docs.append(("02_surgeon_note_2025-10-07.pdf", [{"header": ["Piedmont Orthopaedic & Spine", "Elena Vasquez-Marsh, MD - Spine Surgery"],
        "footer": usfoot, "pages": [
        {"blocks": [
        ("h", "Spine Consultation", 13),
        ("kv", [("Visit date:", "10/07/2025"), ("Patient:", "Thomas J. Kowalczyk"), ("DOB:", "02/17/1982"), ("Referred by:", "Kevin Adeyemi, MD (PCP)")]),
        ("lp", "Chief complaint:", "Right low back / buttock pain."),
        ("lp", "HPI:", "43 y/o M, former warehouse lead in Hamilton, Ontario, moved to Greensboro 06/2025 for a new job. Right-sided low back "
               "pain since a lifting injury at work in April 2023 (WSIB claim). In 2023 he had some pain into the right posterior thigh, "
               "which resolved. Currently the pain is confined to the right buttock over the SI joint, below L5, and does not radiate. "
               "Pain today 8/10. Sitting > 30 min and climbing into his truck aggravate it."),
        ("lp", "Treatment:", "Physiotherapy (WSIB) 2023; physiotherapy again Feb-Apr 2025 in Hamilton, discharged with a home exercise program. "
               "He admits he stopped the home exercises after discharge - 'no time with the move and the new job'. No increase in pain with them. "
               "Naproxen 500 mg BID for over a year, Robaxacet PRN, heat. Two right SI joint injections at Hamilton Mountain Hospital "
               "(05/2025, 07/2025) with good short-term relief."),
        ("lp", "PMH:", "Hyperlipidemia. Remote L ankle fracture 2004, healed."),
        ("lp", "Meds:", "Naproxen 500 mg BID, rosuvastatin 10 mg, Robaxacet 2 tabs PRN."),
        ("lp", "FHx / SHx:", "Father - ankylosing spondylitis. Smokes 1/2 ppd, counselled."),
        ]},
        {"blocks": [
        ("b", "Examination"),
        ("p", "Pleasant, no distress, Waddell 0/5. Tender to palpation over the right SI joint (Fortin finger test positive). "
              "No tenderness over the greater trochanters, lumbar spinous processes or coccyx. Hips: full painless ROM."),
        ("t", [3, 1.3, 1.3], [["Provocation test", "Right", "Left"], ["Thigh thrust", "+", "-"], ["Compression", "+", "-"],
                              ["Distraction", "+", "-"], ["FABER / Patrick", "+", "-"], ["Gaenslen", "+", "-"]], 10),
        ("p", "Neuro: 5/5 strength, reflexes symmetric, SLR negative bilaterally."),
        ("b", "Data reviewed"),
        ("p", "XR pelvis/SIJ and R hip (01/2025), MRI SI joints (03/2025) and MRI lumbar spine (12/2024) from Hamilton Mountain Hospital - "
              "reports enclosed."),
        ("b", "Assessment"),
        ("p", "Right SI joint dysfunction, chronic, failed conservative management and injections."),
        ("b", "Plan"),
        ("p", "Minimally invasive right SI joint fusion (CPT 27279). Submit prior authorization. Smoking cessation before surgery."),
        ("sig", "E. Vasquez-Marsh", "Elena Vasquez-Marsh, MD   electronically signed 10/07/2025")]}]}]))
    docs.append(("03_letter_of_medical_necessity.pdf", [{"header": ["Piedmont Orthopaedic & Spine", "Elena Vasquez-Marsh, MD"], "footer": usfoot,
        "pages": [{"blocks": [
        ("p", "October 20, 2025"),
        ("p", "To: CareSource North Carolina, Medical Review\nRE: Thomas J. Kowalczyk (DOB 02/17/1982), ID NCM38820519"),
        ("b", "Letter of medical necessity - minimally invasive right SI joint fusion"),
        ("p", "Mr. Kowalczyk has chronic right sacroiliac joint pain rated 8/10 that has failed more than six months of physical therapy, "
              "a home exercise program, NSAIDs and muscle relaxants. He has positive thigh thrust, compression, distraction, FABER and Gaenslen tests."),
        ("p", "He underwent two fluoroscopically guided, contrast-confirmed right SI joint injections, each providing greater than 50% relief, "
              "confirming the SI joint as the pain generator. Imaging excludes inflammatory or destructive pathology, hip osteoarthritis "
              "and neural compression."),
        ("p", "He meets the criteria of policy MP-MM-1366 and I respectfully request approval."),
        ("sig", "E. Vasquez-Marsh", "Elena Vasquez-Marsh, MD")]}]}]))
    pt_hdr = ["MOUNTAIN BROW PHYSIOTHERAPY CLINIC", "905 Upper James St, Hamilton ON L9C 3A5   905-555-0183"]
    docs.append(("04_physiotherapy_hamilton.pdf", [
        {"header": pt_hdr, "footer": "Client: Thomas Kowalczyk   DOB 1982-02-17   WSIB claim 30-448-1172", "pages": [{"blocks": [
        ("h", "INITIAL ASSESSMENT - Health Professional's Report (WSIB Program of Care)", 12),
        ("kv", [("Date of initial assessment:", "2025-02-03"), ("Date of injury:", "2023-04-11"), ("Referral:", "Dr. S. Nowak (FHT)"),
                ("Therapist:", "L. Fontaine, PT")], 9.5),
        ("lp", "History:", "Recurrence of R low back/buttock pain. Previous physio episode 2023-05-15 to 2023-09-01 for the same injury with good "
               "recovery, flare since fall 2024. NPRS 7/10. No leg symptoms."),
        ("lp", "Objective:", "TTP R SIJ. Lumbar AROM WNL with end-range pain on R side-bend. P4 +ve R. Gaenslen +ve R. Neuro intact."),
        ("lp", "Goals / plan:", "12-week program: 2x/week active exercise (core, gluteal strengthening), manual therapy, education; "
               "return-to-work graded duties."),
        ("cb", [("Able to work modified duties", True), ("Off work", False), ("Regular duties", False)])]}]},
        {"fax": {"seed": 301, "res": "fine", "p0": 1, "banner": "10/02/2025 09:41 MOUNTAIN BROW PHYSIO 9055550184 >> 3365550419  P.{p}/1"},
         "header": pt_hdr, "footer": "Client: Thomas Kowalczyk   DOB 1982-02-17   Treatment flowsheet", "pages": [{"blocks": [
        ("h", "DAILY TREATMENT RECORD", 12),
        ("t", [1.3, 0.8, 4], [["Date", "Pain", "Treatment / notes"],
            ["03-Feb-2025", "7", "IA, HEP issued"], ["06-Feb-2025", "7", "Bridges, bird-dog, clams; soft tissue R glutes"],
            ["13-Feb-2025", "6", "Progressed ex; education"], ["27-Feb-2025", "6", "Ex; SIJ belt trial"],
            ["13-Mar-2025", "6", "Ex; squats, step-ups"], ["27-Mar-2025", "6", "Ex; lifting mechanics"],
            ["10-Apr-2025", "6", "Ex; plateau"], ["28-Apr-2025", "6", "Discharge visit; HEP reviewed"]], 10),
        ("p", "Cancelled / no-show: 20-Feb-2025 (weather), 17-Apr-2025 (work).", 10)]}]},
        {"header": pt_hdr, "footer": "Client: Thomas Kowalczyk   DOB 1982-02-17   WSIB claim 30-448-1172", "pages": [{"blocks": [
        ("h", "DISCHARGE SUMMARY", 12),
        ("kv", [("Date of discharge:", "2025-04-28"), ("Visits:", "16"), ("Program:", "WSIB Low Back Program of Care (12 weeks)"),
                ("Therapist:", "L. Fontaine, PT")], 9.5),
        ("lp", "Status:", "Improved strength and lifting tolerance; R SIJ pain plateaued at 6/10. Program of care completed."),
        ("lp", "Home program:", "6 exercises (bridge, side plank, clam, bird-dog, hip hinge, walking 20 min), daily x 6 weeks, then follow-up with family physician."),
        ("lp", "Recommendation:", "Referral to pain clinic for SIJ injection (already booked)."),
        ("sig", "L. Fontaine", "Luc Fontaine, PT   Reg. #12984")]}]}]))
    inj_hdr = ["HAMILTON MOUNTAIN HOSPITAL", "Chronic Pain Program - Day Procedure Unit   711 Concession St, Hamilton ON"]
    inj_id = "KOWALCZYK, Thomas   MRN HM-5520193   DOB 1982-02-17   OHIP 7719-264-381-PN"
    docs.append(("05_si_joint_injections.pdf", [
        {"header": inj_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "Procedure Report: Right SI joint block", 12.5),
        ("kv", [("Procedure date:", "2025-05-12"), ("Physician:", "Dr. A. Szabo, FRCPC"), ("Guidance:", "Fluoroscopy (C-arm)"),
                ("Contrast:", "Isovue-M 200, 0.5 mL")], 9.5),
        ("p", "Pre-procedure pain 8/10 R buttock. Prone, chlorhexidine prep. 25G 3.5 in spinal needle to the inferior R SI joint under "
              "fluoroscopy; contrast outlined the joint, no vascular runoff. Injected lidocaine 2% 1 mL + triamcinolone 40 mg (1 mL).", 10),
        ("b", "Post-block pain response form"),
        ("t", [2.2, 1, 1, 1, 1, 1, 1], [["Time after block", "15 min", "30 min", "1 h", "2 h", "4 h", "24 h"],
                                        ["Pain 0-10", "2", "2", "2", "3", "6", "7"]], 9.5),
        ("p", "Relief at 1 h: 75%. Concordant.", 10),
        ("sig", "A. Szabo", "Dr. Andras Szabo   2025-05-12")]}]},
        {"fax": {"seed": 311, "res": "standard", "p0": 1, "banner": "10/03/2025 13:07 HMH HEALTH RECORDS 905 555 0320  P.{p}/1"},
         "header": inj_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "Procedure Report: Right SI joint block #2", 12.5),
        ("kv", [("Procedure date:", "2025-07-21"), ("Physician:", "Dr. A. Szabo"), ("Guidance:", "Fluoroscopy"), ("Contrast:", "Isovue-M 200, 0.5 mL")], 9.5),
        ("lp", "Interval:", "After the 2025-05-12 block, about 4 weeks of partial relief, then pain back to 8/10."),
        ("p", "R SI joint entered under fluoroscopy, intra-articular contrast spread confirmed. Injected bupivacaine 0.5% 1.5 mL + "
              "methylprednisolone acetate 40 mg.", 10),
        ("t", [2.2, 1, 1, 1, 1, 1, 1], [["Time after block", "Pre", "30 min", "1 h", "2 h", "4 h", "6 h"],
                                        ["Pain 0-10", "8", "5", "5", "5", "6", "7"]], 9.5),
        ("p", "Patient-estimated relief: 40%. Equivocal response.", 10),
        ("lp", "F/U 2025-08-25 (phone):", "No lasting benefit from the July injection; pain back to 8/10."),
        ("sig", "A. Szabo", "Dr. Andras Szabo")]}]}]))
    docs.append(("06_family_health_team_and_quebec.pdf", [
        {"header": ["MOUNTAIN FAMILY HEALTH TEAM", "1050 Upper Wellington St, Hamilton ON   905-555-0155"], "footer": on_id, "pages": [{"blocks": [
        ("h", "Cumulative patient profile - medications & visits", 12),
        ("t", [2.5, 1.8, 1.2, 1.2], [["Medication", "Directions", "Started", "Status"],
            ["Naproxen 500 mg", "1 tab BID with food", "2024-06-18", "Active"],
            ["Robaxacet (methocarbamol/acetaminophen)", "2 tabs QID PRN", "2024-06-18", "Active"],
            ["Rosuvastatin 10 mg", "daily", "2022-09-01", "Active"],
            ["Tylenol #3", "1-2 tabs HS PRN", "2023-04-20", "Stopped 2023-07"]], 9.5),
        ("t", [1.1, 4.5], [["Visit", "Note"],
            ["2024-11-12", "R SIJ pain flare 7/10, non-radiating. On naproxen 500 mg BID since June, heat nightly. Refer physio (WSIB reopened). MRI L-spine ordered."],
            ["2025-01-23", "XR and MRI reviewed. Continue naproxen. Refer pain clinic. - Dr. S. Nowak"],
            ["2025-04-30", "Finished physio; HEP given. Pain 6/10. Naproxen renewed. - Dr. S. Nowak"],
            ["2025-06-02", "Moving to North Carolina end of June. Copies of records given to patient. - Dr. S. Nowak"]], 9.5)]}]},
        {"header": ["CLINIQUE MÉDICALE VAL-DES-MONTS", "Val-des-Monts (Québec)   Tél. 819-555-0166"], "footer": "Dossier / File 9931    Page 1 / 1",
         "pages": [{"blocks": [
        ("h", "Note de visite / Visit note", 13),
        ("kv", [("Nom / Name:", "KOWALCZYK, Thomas"), ("Date de naissance / Date of birth:", "1982-02-17"), ("Date / Date:", "2024-12-29"),
                ("Carte santé / Health card:", "ON 7719-264-381-PN")], 9.5),
        ("lp", "Motif de consultation / Reason for visit:", "R buttock pain flare at the cottage after splitting wood."),
        ("lp", "Examen / Examination:", "Tender R SIJ. No neuro deficit. Afebrile."),
        ("lp", "Impression / Impression:", "Flare of chronic R SIJ pain. No evidence of infection."),
        ("lp", "Plan / Plan:", "Continue naproxen 500 mg BID; ice/heat; RMT massage when home; follow up with family physician in Hamilton."),
        ("sig", "Dr P. Lalonde", "Dr Pascale Lalonde, MD")]}]}]))
    di_hdr = ["HAMILTON MOUNTAIN HOSPITAL - DIAGNOSTIC IMAGING", "711 Concession St, Hamilton ON"]
    docs.append(("07_imaging.pdf", [
        {"header": di_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "XR PELVIS AND SI JOINTS / XR RIGHT HIP", 12),
        ("kv", [("Exam date:", "2025-01-15"), ("Accession:", "HMX2501150331")], 9.5),
        ("lp", "Clinical:", "Chronic R SIJ pain."),
        ("lp", "Findings:", "SI joints: mild sclerosis of the iliac side of the right SI joint. No erosion, no widening, no ankylosis. "
               "Right hip (AP and frog-leg): joint space well maintained, no osteophytes. No fracture."),
        ("lp", "Impression:", "1. Mild degenerative change R SIJ. 2. Normal right hip - no osteoarthritis."),
        ("p", "Radiologist: Dr. K. Osei-Bonsu", 9)]}]},
        {"header": di_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "MRI SACROILIAC JOINTS", 12),
        ("kv", [("Exam date:", "2025-03-06"), ("Accession:", "HMM2503060114")], 9.5),
        ("lp", "Clinical:", "R SIJ pain, family history of ankylosing spondylitis - assess for sacroiliitis."),
        ("lp", "Findings:", "No periarticular bone marrow edema on STIR. No erosions, fat metaplasia or ankylosis. Mild subchondral "
               "sclerosis and small anterior osteophytes of the right SI joint. No marrow-replacing lesion. No fracture."),
        ("lp", "Impression:", "Mild degenerative change of the right SI joint. No MRI evidence of active or structural sacroiliitis."),
        ("p", "Radiologist: Dr. K. Osei-Bonsu", 9)]}]},
        {"fax": {"seed": 321, "res": "fine", "p0": 1, "banner": "10/03/2025 13:11 HMH HEALTH RECORDS 905 555 0320  P.{p}/1"},
         "header": di_hdr, "footer": inj_id, "pages": [{"blocks": [
        ("h", "MRI LUMBAR SPINE", 12),
        ("kv", [("Exam date:", "2024-12-10"), ("Accession:", "HMM2412100877")], 9.5),
        ("lp", "Clinical:", "Chronic R low back/buttock pain. ?Radiculopathy."),
        ("lp", "Findings:", "Alignment normal. L3-4 and L4-5: normal. L5-S1: mild disc height loss with small central protrusion; "
               "mild left foraminal narrowing without nerve root impingement. Right L5 and S1 nerve roots are free. No central stenosis."),
        ("lp", "Impression:", "Mild L5-S1 degenerative disc disease. No nerve root compression."),
        ("p", "Radiologist: Dr. M. Fairweather", 9)]}]}]))
    labels = {"procedure": "percutaneous", "request_date": "2025-10-20", "determination": "does_not_meet_criteria", "criteria": {
        "perc.pain_location": {"status": "met", "evidence": ["confined to the right buttock over the SI joint, below L5, and does not radiate"]},
        "perc.pain_severity": {"status": "met", "evidence": ["Pain today 8/10"]},
        "perc.sij_tenderness": {"status": "met", "evidence": ["Tender to palpation over the right SI joint",
                                                              "No tenderness over the greater trochanters, lumbar spinous processes or coccyx"]},
        "perc.active_conservative_therapy": {"status": "not_met", "evidence": ["Date of initial assessment: 2025-02-03",
                                                                              "Date of discharge: 2025-04-28",
                                                                              "stopped the home exercises after discharge"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": ["Naproxen 500 mg 1 tab BID with food 2024-06-18", "Naproxen 500 mg BID"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust +", "Compression +"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": ["FABER / Patrick +", "Gaenslen +", "Distraction +"]},
        "perc.diagnostic_injections": {"status": "not_met", "evidence": ["Patient-estimated relief: 40%"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": []},
        "perc.sij_imaging": {"status": "met", "evidence": ["No erosion, no widening, no ankylosis",
                                                           "No MRI evidence of active or structural sacroiliitis"]},
        "perc.hip_imaging": {"status": "met", "evidence": ["Normal right hip - no osteoarthritis"]},
        "perc.lumbar_imaging": {"status": "met", "evidence": ["No nerve root compression."]},
        "perc.therapeutic_injections": {"status": "met", "evidence": ["about 4 weeks of partial relief, then pain back to 8/10",
                                                                     "No lasting benefit from the July injection"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": []},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": []},
        "perc.excl.acute_instability": {"status": "met", "evidence": []},
        "perc.excl.neural_compression": {"status": "met", "evidence": ["No nerve root compression."]}}}
    return docs, labels


def write_folder(path, files):
    os.makedirs(path)
    for fn, docs in files:
        b, info = engine.assemble(docs)
        open(os.path.join(path, fn), "wb").write(b)
        FAXTEXT[os.path.relpath(os.path.join(path, fn), HERE)] = info


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs, labels = packet01()
    b, info = engine.assemble(docs)
    open(os.path.join(OUT, "b10q-01.pdf"), "wb").write(b)
    FAXTEXT["packets/b10q-01.pdf"] = info
    json.dump(labels, open(os.path.join(OUT, "b10q-01.labels.json"), "w"), indent=2)
    files, meta, labels = packet02()
    p = os.path.join(OUT, "b10q-02"); write_folder(p, files)
    json.dump(meta, open(os.path.join(p, "packet.json"), "w"), indent=2)
    json.dump(labels, open(os.path.join(p, "labels.json"), "w"), indent=2)
    files, labels = packet03()
    p = os.path.join(OUT, "b10q-03"); write_folder(p, files)
    json.dump(labels, open(os.path.join(p, "labels.json"), "w"), indent=2)
    json.dump(FAXTEXT, open(os.path.join(HERE, "fax_text.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
