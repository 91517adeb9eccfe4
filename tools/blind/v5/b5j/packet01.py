"""b5j-01: single PDF, right SIJ, percutaneous 27279 -> does_not_meet_criteria."""
from lib_render import FINE, TextDoc, render_fax_page

ORG = "Blue Ridge Meridian Health"
BAN = "OKONKWO-HART, DELPHINE R | MRN: 40281735 | DOB: 8/19/1967 (58 y.o.) | Sex: F"
PRN = "Printed 3/9/2026 2:41 PM by PATEL, RHONDA K (Referral Coordinator) - BRMH Ortho Spine Surgery"
FAXBAN = "FROM: BRMH ORTHO SPINE 336-555-0148   TO: CARESOURCE UM 1-866-555-0199   {p}   03/10/2026 09:12"


def parts():
    """Return list of ('text', bytes) / ('fax', [(bytes, text)])."""
    out = []
    # ---------------------------------------------------------------- p1 fax cover (faxed)
    cover = [
        ("title", "Blue Ridge Meridian Health"),
        ("p", "Orthopaedic Spine Surgery - 1180 Laurel Fork Pkwy, Suite 300, Boone NC 28607"),
        ("p", "Phone 336-555-0140   Fax 336-555-0148"),
        ("rule", ""),
        ("h", "FACSIMILE TRANSMITTAL"),
        ("mono", "DATE:     03/10/2026\nTO:       CareSource NC - Utilization Management\nFAX:      1-866-555-0199\nFROM:     Rhonda Patel, Referral Coordinator\nRE:       Prior authorization - OKONKWO-HART, DELPHINE\n          Member ID CSN884102731   DOB 08/19/1967\nPAGES:    13 (including cover)"),
        ("gap", "1"),
        ("p", "[X] Urgent?  NO     [X] Please review     [ ] Please reply     [ ] FYI"),
        ("gap", "1"),
        ("p", "Enclosed: PA request (CPT 27279), spine consult 02/17/26, pain mgmt video visit 02/26/26, PT discharge summary, med/problem list, SI joint injection notes x2, MyChart msgs, imaging (XR pelvis/hip, CT pelvis, MRI L-spine), LMN."),
        ("gap", "1"),
        ("p", "Please call 336-555-0140 ext 2215 with questions. Thank you!"),
        ("gap", "3"),
        ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential. If you are not the intended recipient, any review, disclosure, copying or distribution is prohibited. If received in error please notify the sender by telephone and destroy the document."),
    ]
    out.append(("fax", [render_fax_page(cover, FAXBAN.format(p="P. 1/13"), seed=101, mode=FINE, skew=0.7)]))

    # ---------------------------------------------------------------- p2 PA request form (e-form)
    d = TextDoc("CareSource North Carolina", "Marketplace Prior Authorization Request", "Outpatient Procedure / Surgery - Prior Authorization Request Form",
                "CareSource NC Provider Portal - form PA-OP-22 rev 01/2025")
    d.meta("Submit with supporting clinical documentation. Incomplete requests may be pended. Fax 1-866-555-0199.")
    d.h("MEMBER INFORMATION")
    d.kv([("Member name:", "Delphine R. Okonkwo-Hart"), ("Member ID:", "CSN884102731"), ("Date of birth:", "08/19/1967"),
          ("Plan:", "CareSource NC Marketplace - Silver 2026")])
    d.h("REQUESTING / SERVICING PROVIDER")
    d.kv([("Requesting provider:", "Tobias Lindqvist, MD - Orthopaedic Spine Surgery   NPI 1457392018"),
          ("Contact:", "Rhonda Patel  ph 336-555-0140 x2215  fax 336-555-0148"),
          ("Servicing facility:", "Blue Ridge Meridian Surgery Center, Boone NC (ASC)   NPI 1821066394")])
    d.h("SERVICE REQUESTED")
    d.kv([("Date of request:", "03/10/2026"), ("Type of review:", "[X] Standard   [ ] Expedited"),
          ("Setting:", "[X] Outpatient / ASC   [ ] Inpatient"), ("Planned date of service:", "04/14/2026"),
          ("Laterality:", "Right")])
    d.table([70, 330, 50], [["CPT/HCPCS", "Description", "Units"],
                            ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, w/ image guidance", "1"]], size=8)
    d.gap(4)
    d.table([70, 380], [["ICD-10", "Diagnosis"], ["M53.3", "Sacrococcygeal disorders, not elsewhere classified (R SI joint dysfunction)"],
                        ["M54.50", "Low back pain, unspecified"]], size=8)
    d.h("CLINICAL SUMMARY (brief)")
    d.p("58F with chronic right SI joint pain > 2 yrs, failed PT, NSAIDs, SIJ injections. Requesting right minimally invasive SI joint fusion. See attached notes and letter of medical necessity.")
    d.gap(6)
    d.p("Attestation: I attest the information provided is true and accurate to the best of my knowledge.", size=8)
    d.sig(["Electronically signed: Tobias Lindqvist, MD   03/10/2026"])
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p3-4 spine consult
    d = TextDoc(ORG, BAN, "Progress Notes", PRN)
    d.meta("Lindqvist, Tobias, MD at 2/17/2026 9:40 AM\nAuthor: Lindqvist, Tobias, MD   Service: Orthopedic Spine Surgery   Author Type: Physician\n"
           "Filed: 2/17/2026 5:03 PM   Encounter Date: 2/17/2026   Status: Signed\nEditor: Lindqvist, Tobias, MD (Physician)")
    d.h("ORTHOPAEDIC SPINE - NEW PATIENT CONSULT")
    d.kv([("Referring:", "Amira Farouk, MD (BRMH Pain Management); PCP Janelle Stroud, FNP"),
          ("Chief complaint:", "R low back / buttock pain")])
    d.h("HPI")
    d.p("Delphine R Okonkwo-Hart is a 58 y.o. female who presents for evaluation of right-sided low back and buttock pain which she dates to roughly 2 years ago, "
        "no specific injury. She localizes the pain with one finger to the right PSIS / posterior SI joint, below the belt line. "
        "Denies radiation into the thigh, groin, or below the knee. No numbness or tingling. Worse with prolonged sitting on the R buttock, rolling over in bed, "
        "stairs, getting in/out of the car. Better w/ heat and lying on her L side.")
    d.p("Of note, she had a L5 radiculopathy on the LEFT in 2019 that was treated with one transforaminal ESI at an outside practice; this resolved completely and "
        "she has had no leg symptoms since.")
    d.p("She rates her pain 7/10 today. At its worst last summer she says it was a 9/10. She went through PT from April through October of last year "
        "and has been on meloxicam 15 mg daily since early 2025 plus a heating pad most nights. She has had two R SI joint injections with Dr. Farouk; "
        "by her report the November shot helped nicely for a few hours and then for a few weeks, while the January one did less for her. ")
    d.h("PMH / PSH")
    d.p("HTN. Hypothyroidism. GERD. L distal radius fracture 2010 s/p ORIF. C-section x2. Cholecystectomy 2014.")
    d.h("Family History")
    d.p("Mother - fibromyalgia, HTN. Father - CAD, died 71. Brother - ankylosing spondylitis. No family hx of bleeding disorders.")
    d.h("Social History")
    d.p("Never smoker. Rare EtOH. Office manager at a dental practice (sits most of the day). Married, lives in Boone.")
    d.h("ROS")
    d.p("Negative for fever, chills, night sweats, unintended weight loss, bowel or bladder dysfunction, saddle anesthesia. Denies morning stiffness > 30 min. "
        "All other systems reviewed and negative except as per HPI.")
    d.h("Physical Exam")
    d.p("BP 134/82 | Pulse 74 | Ht 5' 5\" | Wt 172 lb | BMI 28.6")
    d.p("General: pleasant, NAD, sits shifted onto L buttock. Gait: mildly antalgic favoring the R, able to heel and toe walk.")
    d.p("Lumbar spine: no midline tenderness L1-S1, paraspinals nontender, flexion to mid-shin with pain at R buttock on return. "
        "Tenderness to palpation directly over the right posterior SI joint / sacral sulcus, reproduces her typical pain. "
        "L SIJ nontender. Greater trochanters nontender bilaterally. Coccyx nontender. "
        "Hips: full painless ROM, no groin pain with IR/log roll.")
    d.page()
    d.p("SIJ provocation (performed today):", style="B")
    d.table([170, 120, 120], [["Test", "Right", "Left"],
                              ["Thigh thrust (P4)", "Positive", "Negative"],
                              ["Compression", "Negative", "Negative"],
                              ["Distraction (gapping)", "Negative", "Negative"],
                              ["Gaenslen", "Positive", "Negative"],
                              ["FABER / Patrick", "Positive - post. pain", "Negative"]], size=8.5)
    d.gap(3)
    d.p("Neuro: strength 5/5 bilateral LE in all myotomes. Sensation intact to light touch L2-S1. Patellar and Achilles reflexes 2+ and symmetric. "
        "SLR negative bilaterally. Waddell signs 0/5.")
    d.h("Data reviewed")
    d.p("XR pelvis / R hip 12/09/2025, CT pelvis 12/16/2025 and MRI lumbar spine 09/22/2025 - images and reports personally reviewed, see Results. "
        "Injection records from Pain Mgmt reviewed; I have asked for the post-procedure pain diaries to be included with the PA packet.")
    d.h("Assessment / Plan")
    d.p("1. Sacroiliac joint dysfunction of right side (M53.3)")
    d.p("Longstanding R SIJ-mediated pain with positive provocation exam and no neurologic findings. Has exhausted PT and meds. "
        "Discussed natural hx, continued nonoperative care vs R minimally invasive SI joint fusion including risks (infection, malposition, nerve injury, "
        "nonunion, need for revision), post-op protected weight bearing 3 wks. She would like to proceed. Will submit PA for R percutaneous SIJ fusion, "
        "CPT 27279. Continue meloxicam, activity as tolerated.")
    d.p("2. Essential hypertension - per PCP.")
    d.p("RTC after authorization for pre-op visit.")
    d.sig(["Electronically signed by Tobias Lindqvist, MD at 2/17/2026 5:03 PM", "BRMH Orthopaedic Spine Surgery - Boone"])
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p5 telehealth pain mgmt
    d = TextDoc(ORG, BAN, "Progress Notes", PRN)
    d.meta("Farouk, Amira, MD at 2/26/2026 1:20 PM\nAuthor: Farouk, Amira, MD   Service: Pain Medicine   Author Type: Physician\n"
           "Filed: 2/26/2026 3:47 PM   Encounter Date: 2/26/2026   Status: Signed")
    d.h("VIDEO VISIT - PAIN MANAGEMENT FOLLOW UP")
    d.p("This visit was conducted via MyChart Video Visit (synchronous audio + video). Patient location: home, Boone NC. Provider location: BRMH Pain Center. "
        "Patient identity verified with 2 identifiers; verbal consent for telehealth obtained.", size=8.4)
    d.h("Subjective")
    d.p("F/u R SI joint injection done 01/13/2026. Pt says her pain is 6/10 today, sitting at work remains the worst. "
        "Per pt the 1/13 injection gave her partial relief for the afternoon only, nowhere near what the November one did, and by that evening she was back to where she started. "
        "She has not noticed any lasting benefit from either steroid. Still taking meloxicam daily, tylenol on bad days, heat at night.")
    d.kv([("Pain score:", "6/10"), ("Functional goal:", "***"), ("Sleep:", "wakes 2-3x/night turning over"), ("Mood:", "\"frustrated but ok\""),
          ("PHQ-2:", "0")], lw=110)
    d.h("Objective")
    d.p("Limited exam over video. Appears comfortable seated, shifts weight frequently. Points to R PSIS region as area of max pain. "
        "No pain drawing below the buttock. Gait not assessed. Vitals: *** (pt-reported BP not available)")
    d.h("Assessment")
    d.p("Chronic R SIJ pain. First diagnostic block 11/04/25 positive; second block 01/13/26 did not reach the 50% threshold on the diary - "
        "concordance not established. Discussed that a repeat confirmatory block could be considered.")
    d.h("Plan")
    d.p("- Pt has already seen Dr. Lindqvist (spine) 2/17 and wishes to pursue fusion; will route today's note.\n"
        "- Offered repeat R SIJ block w/ bupivacaine - pt declines for now, \"I've done two already.\"\n"
        "- Continue meloxicam 15 mg daily, acetaminophen 1 g PRN (max 3 g/day).\n- RTC 3 mo or sooner PRN.")
    d.sig(["Electronically signed by Amira Farouk, MD at 2/26/2026 3:47 PM"])
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p6 PT discharge (faxed)
    pt = [
        ("title", "Meridian Rehab & Sports Therapy"),
        ("p", "227 Hardin St, Boone NC 28607   ph 828-555-0177   fax 828-555-0178"),
        ("rule", ""),
        ("h", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        ("mono", "Patient: Okonkwo-Hart, Delphine     DOB: 08/19/1967\nReferring MD: J. Stroud, FNP       Dx: M53.3 R SI joint dysfunction\nDates of service: 04/14/2025 - 10/30/2025\nVisits attended: 22     Cancelled: 3     No-show: 0"),
        ("gap", "1"),
        ("h", "Interventions"),
        ("p", "Therapeutic exercise (core stabilization, gluteus medius/maximus strengthening, hip flexor stretching), manual therapy incl. SIJ mobilization and "
              "muscle energy technique, neuromuscular re-education, SI belt trial x 2 wks (no lasting change), patient education, progressive HEP issued 05/2025."),
        ("h", "Outcome measures"),
        ("mono", "Measure            Initial eval 04/14/25   Discharge 10/30/25\nModified ODI        44%                     36%\nNPRS (current)      7/10                    6/10\nActive SLR test     +R                      +R\nSit tolerance       20 min                  35 min"),
        ("gap", "1"),
        ("h", "Assessment"),
        ("p", "Pt was consistent with attendance and HEP. Modest gains in strength and sitting tolerance but R SIJ pain persists with a plateau over the last 6 weeks. "
              "Goals 1 and 3 partially met, goal 2 not met. Pt has reached maximum benefit from skilled PT at this time."),
        ("h", "Plan"),
        ("p", "D/C from skilled PT. Continue independent HEP. Recommend f/u with referring provider / pain management re: further work-up."),
        ("gap", "1"),
        ("sig", "Signed: Kristen Aalto, PT, DPT   10/30/2025"),
    ]
    out.append(("fax", [render_fax_page(pt, FAXBAN.format(p="P. 6/13"), seed=106, mode=FINE, skew=-1.1)]))

    # ---------------------------------------------------------------- p7 meds / problem list
    d = TextDoc(ORG, BAN, "Medications and Problem List", PRN)
    d.meta("As of 3/9/2026. Reviewed by Rhonda Patel on 3/9/2026. Source: Epic medication administration record / outpatient medications.")
    d.h("Current Outpatient Medications")
    d.table([175, 150, 60, 60, 70], [["Medication", "Sig", "Start", "End", "Status"],
                                    ["meloxicam (MOBIC) 15 MG tablet", "1 tab PO daily with food", "02/03/2025", "", "Active"],
                                    ["acetaminophen 500 MG tablet", "2 tabs PO q8h PRN pain", "06/20/2025", "", "Active"],
                                    ["levothyroxine 75 MCG tablet", "1 tab PO daily before breakfast", "03/11/2019", "", "Active"],
                                    ["lisinopril 10 MG tablet", "1 tab PO daily", "07/02/2021", "", "Active"],
                                    ["omeprazole 20 MG DR capsule", "1 cap PO daily", "02/03/2025", "", "Active"],
                                    ["heating pad (moist heat)", "20 min to R low back nightly", "09/2024", "", "Active"]], size=7.6)
    d.h("Discontinued / Expired (last 12 months)")
    d.table([175, 150, 60, 60, 70], [["Medication", "Sig", "Start", "End", "Reason"],
                                    ["cyclobenzaprine 5 MG tablet", "1 tab PO qHS PRN spasm", "05/12/2025", "06/02/2025", "Drowsiness"],
                                    ["gabapentin 300 MG capsule", "1 cap PO qHS", "10/07/2024", "03/28/2025", "Ineffective"],
                                    ["methylPREDNISolone 4 MG dosepak", "taper per pkg", "09/16/2024", "09/21/2024", "Completed"]], size=7.6)
    d.h("Problem List")
    d.table([250, 80, 80, 80], [["Problem", "Noted", "Resolved", "Priority"],
                                ["Sacroiliac joint dysfunction of right side", "09/30/2024", "", "High"],
                                ["Essential hypertension", "07/02/2021", "", "Medium"],
                                ["Acquired hypothyroidism", "03/11/2019", "", "Medium"],
                                ["Gastroesophageal reflux disease", "02/03/2025", "", "Low"],
                                ["Lumbar radiculopathy, left L5", "06/14/2019", "01/20/2020", ""],
                                ["Closed fracture of left distal radius", "04/02/2010", "09/15/2010", ""]], size=7.6)
    d.h("Allergies")
    d.p("Sulfa antibiotics (rash). Codeine (nausea).")
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p8 injection #1 (text)
    d = TextDoc(ORG, BAN, "Procedures", PRN)
    d.meta("Farouk, Amira, MD at 11/4/2025 10:05 AM\nService: Pain Medicine   Filed: 11/4/2025 4:30 PM   Encounter Date: 11/4/2025   Status: Signed")
    d.h("PROCEDURE NOTE: RIGHT SACROILIAC JOINT INJECTION UNDER FLUOROSCOPIC GUIDANCE")
    d.kv([("Date of service:", "11/04/2025"), ("Indication:", "R SI joint pain, diagnostic and therapeutic"),
          ("Pre-procedure pain:", "7/10 (NRS)"), ("Sedation:", "None. Local skin anesthesia only."),
          ("Consent:", "Risks/benefits/alternatives discussed, written consent signed")], lw=120)
    d.h("Description")
    d.p("Pt placed prone. Time-out performed. R SIJ identified under AP fluoroscopy with contralateral oblique tilt to open the inferior joint line. "
        "Skin and subcutaneous tissue anesthetized with 2 mL 1% lidocaine (skin only). A 22 g 3.5\" spinal needle was advanced into the inferior third of the R SI joint. "
        "0.5 mL Omnipaque 240 injected: arthrogram showed intra-articular spread outlining the joint, no vascular uptake. "
        "Injectate: 1.5 mL 2% lidocaine (preservative free) + 40 mg triamcinolone (Kenalog-40), total 2.5 mL. Needle removed, bandage applied. No complications. EBL none.")
    d.h("Post-procedure pain diary (completed by patient, reviewed by RN)")
    d.table([120, 90, 110, 140], [["Time after injection", "Pain (0-10)", "% relief (pt)", "Activity"],
                                  ["Baseline (pre)", "7", "--", "sitting"],
                                  ["15 min", "1", "85%", "sit-to-stand x5"],
                                  ["30 min", "1", "85%", "walking hallway"],
                                  ["1 hour", "2", "75%", "car ride home"],
                                  ["2 hours", "2", "70%", "sitting at home"],
                                  ["4 hours", "4", "45%", "light housework"],
                                  ["6 hours", "6", "15%", "sitting"],
                                  ["Next morning", "5", "--", ""]], size=8)
    d.gap(3)
    d.p("Interpretation: Concordant response - >= 70% relief sustained beyond the expected duration of lidocaine (1-2 hours). Positive diagnostic block #1.")
    d.p("Plan: RN phone/MyChart f/u in 2-3 wks re: steroid response. Confirmatory block with a longer-acting anesthetic if criteria for fusion pursued.")
    d.sig(["Electronically signed by Amira Farouk, MD at 11/4/2025 4:30 PM"])
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p9 injection #2 (faxed, from ASC)
    inj2 = [
        ("title", "High Country Procedure Center"),
        ("p", "An outpatient department of Blue Ridge Meridian Health  -  fax 828-555-0190"),
        ("rule", ""),
        ("h", "OPERATIVE / PROCEDURE REPORT"),
        ("mono", "Patient: OKONKWO-HART, DELPHINE R   MRN 40281735\nDOS: 01/13/2026        Physician: Amira Farouk, MD\nProcedure: R sacroiliac joint injection, fluoroscopically guided,\n           with contrast (CPT 27096)"),
        ("gap", "1"),
        ("p", "Pre-procedure pain 7/10. Prone position, time-out done. Under fluoroscopy the inferior R SIJ was entered with a 22 g spinal needle. "
              "Contrast (Omnipaque 240, 0.5 mL) confirmed intra-articular flow without vascular runoff. Injected 2 mL 0.5% bupivacaine + 10 mg dexamethasone. "
              "Tolerated well, no complications."),
        ("h", "Pain diary"),
        ("mono", "Time        Pain 0-10   % relief   Notes\nPre         7           --\n30 min      5           30%        standing\n1 hr        4           40%        walking\n2 hr        4           40%\n3 hr        5           25%        sitting in car\n4 hr        6           15%\n6 hr        7           0%         back to usual"),
        ("gap", "1"),
        ("p", "Peak relief 40% at 1-2 hrs. Impression: less than 50% relief with bupivacaine - block considered NEGATIVE (non-concordant) for diagnostic purposes."),
        ("p", "D/C home ambulatory with driver. Follow-up video visit w/ Dr. Farouk in 4-6 wks."),
        ("gap", "1"),
        ("sig", "Amira Farouk, MD  (electronically signed 01/13/2026 15:02)"),
    ]
    out.append(("fax", [render_fax_page(inj2, FAXBAN.format(p="P. 9/13"), seed=109, mode=FINE, skew=0.45)]))

    # ---------------------------------------------------------------- p10 MyChart messages
    d = TextDoc(ORG, BAN, "MyChart Messages (Patient Portal)", PRN)
    d.meta("Message thread printout - Pain Management Clinical Pool")
    d.h("Patient Message")
    d.kv([("From:", "Delphine Okonkwo-Hart"), ("To:", "BRMH Pain Mgmt Clinical Pool"), ("Sent:", "12/2/2025 8:14 PM"),
          ("Subject:", "shot follow up")], lw=70)
    d.p("Hi, you asked me to let you know how the shot did. The one on Nov 4th was great that first afternoon and honestly the next couple weeks were better, "
        "I'd say it helped for maybe 3 weeks but now it's back to how it was before, sitting at my desk is the worst. Is that normal? Thanks, Delphine")
    d.h("Reply")
    d.kv([("From:", "Lacy Merriman, RN"), ("Sent:", "12/3/2025 9:02 AM")], lw=70)
    d.p("Hi Delphine, thank you for the update. It is common for steroid benefit to wear off. Dr. Farouk would like to do a second SI joint injection "
        "with a longer-acting numbing medicine to confirm the joint as the source. Scheduling will call you. -Lacy RN")
    d.h("Patient Message")
    d.kv([("From:", "Delphine Okonkwo-Hart"), ("To:", "BRMH Pain Mgmt Clinical Pool"), ("Sent:", "2/9/2026 6:37 PM"),
          ("Subject:", "RE: injection on 1/13")], lw=70)
    d.p("The Jan 13 shot didn't do much for me honestly. It took the edge off for a little while but I'd say I was back to a 7 by that night and it "
        "hasn't really changed since. I filled in the diary sheet they gave me. Should I keep my video appt on the 26th? Delphine")
    d.h("Reply")
    d.kv([("From:", "Lacy Merriman, RN"), ("Sent:", "2/10/2026 8:15 AM")], lw=70)
    d.p("Yes please keep the 2/26 video visit so Dr. Farouk can go over next steps with you. -LM RN")
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p11 imaging XR + CT
    d = TextDoc(ORG, BAN, "Results Review - Imaging", PRN)
    d.h("XR PELVIS 1-2 VIEWS AND XR HIP RIGHT 2-3 VIEWS W PELVIS  (Final result)")
    d.meta("Resulted: 12/09/2025 11:48 AM   Ordering: Amira Farouk, MD   Read by: Noah Brandvold, MD (Radiology)   Accession: RAD25-0981137")
    d.p("IMPRESSION:", style="B")
    d.p("1. Mild degenerative sclerosis along the inferior bilateral sacroiliac joints, right greater than left. No erosions.\n"
        "2. Mild right hip osteoarthritis with minimal superolateral joint space narrowing.\n"
        "3. Moderate left hip osteoarthritis with joint space narrowing and marginal osteophytes.\n"
        "4. No acute fracture.")
    d.p("FINDINGS:", style="B")
    d.p("AP pelvis and frog-leg lateral view of the right hip. Comparison: none. Osseous mineralization is normal. No fracture or dislocation. "
        "Pubic symphysis is unremarkable. The sacroiliac joints show mild subchondral sclerosis inferiorly without erosion, widening or ankylosis. "
        "Right hip: minimal superolateral joint space narrowing with tiny acetabular osteophyte. Left hip: moderate joint space narrowing superiorly with "
        "femoral head and acetabular osteophytes. Soft tissues unremarkable. Surgical clips in the right upper quadrant.")
    d.gap(6)
    d.h("CT PELVIS WITHOUT CONTRAST  (Final result)")
    d.meta("Resulted: 12/16/2025 3:21 PM   Ordering: Amira Farouk, MD   Read by: Farah Idowu, MD (Radiology)   Accession: RAD25-1002894")
    d.p("IMPRESSION:", style="B")
    d.p("1. Degenerative change of the right sacroiliac joint with subchondral sclerosis, small anterior bridging osteophytes and intra-articular vacuum phenomenon.\n"
        "2. No erosions, subchondral cysts of inflammatory type or ankylosis to suggest inflammatory sacroiliitis.\n"
        "3. No fracture or destructive osseous lesion.")
    d.p("FINDINGS:", style="B")
    d.p("Clinical history: R SI joint pain, r/o sacroiliitis. Technique: axial CT of the pelvis without IV contrast with coronal oblique reformats through the SI joints. "
        "The right SI joint demonstrates subchondral sclerosis on both the iliac and sacral sides, vacuum phenomenon, and small anterior osteophytes. "
        "The left SI joint shows minimal sclerosis. Joint widths symmetric. No erosion. No lytic or blastic lesion. Visualized lower lumbar spine with mild "
        "L5-S1 facet arthropathy. Bladder and visualized pelvic viscera unremarkable. No lymphadenopathy.")
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p12 MRI L-spine
    d = TextDoc(ORG, BAN, "Results Review - Imaging", PRN)
    d.h("MRI LUMBAR SPINE WITHOUT CONTRAST  (Final result)")
    d.meta("Resulted: 09/22/2025 4:55 PM   Ordering: Janelle Stroud, FNP   Read by: Noah Brandvold, MD (Radiology)   Accession: RAD25-0744102")
    d.p("IMPRESSION:", style="B")
    d.p("1. Mild multilevel lumbar degenerative disc disease, most pronounced at L4-5.\n"
        "2. L4-5: mild broad-based disc bulge and mild facet arthropathy. No spinal canal stenosis. Neural foramina are patent. No nerve root compression.\n"
        "3. No high-grade stenosis or nerve root impingement at any level.\n"
        "4. Incidental 1.2 cm simple-appearing right renal cyst.")
    d.p("FINDINGS:", style="B")
    d.p("Clinical indication: low back and R buttock pain, hx L radiculopathy 2019. Comparison: none available. "
        "Alignment normal. Vertebral body heights preserved. Marrow signal normal. Conus terminates at L1 and is normal in signal.")
    d.table([60, 400], [["Level", "Findings"],
                        ["T12-L1", "Normal."],
                        ["L1-L2", "Normal."],
                        ["L2-L3", "Mild disc desiccation. No stenosis."],
                        ["L3-L4", "Minimal disc bulge. No canal or foraminal stenosis."],
                        ["L4-L5", "Mild broad-based bulge, mild facet arthropathy. Canal and foramina patent."],
                        ["L5-S1", "Mild facet arthropathy. No disc herniation. Traversing/exiting roots free."]], size=8)
    d.gap(4)
    d.p("Paraspinal soft tissues normal. Visualized SI joints partially imaged and grossly unremarkable on these sequences.")
    out.append(("text", d.out()))

    # ---------------------------------------------------------------- p13 LMN
    d = TextDoc(ORG, BAN, "Letter", PRN)
    d.p("March 6, 2026")
    d.p("CareSource North Carolina - Utilization Management\nRE: Delphine R. Okonkwo-Hart   DOB 08/19/1967   Member ID CSN884102731")
    d.h("LETTER OF MEDICAL NECESSITY - RIGHT MINIMALLY INVASIVE SACROILIAC JOINT FUSION (CPT 27279)")
    d.p("To whom it may concern,")
    d.p("I am writing on behalf of my patient, Ms. Okonkwo-Hart, who has had disabling right sacroiliac joint pain for over two years. "
        "Her pain is localized to the right posterior SI joint without radiation, and has consistently measured 6-7/10 despite treatment.")
    d.p("She completed approximately six months of supervised physical therapy (04/2025-10/2025) followed by an ongoing home program, and she has taken "
        "daily meloxicam since February 2025 along with acetaminophen and heat. Examination demonstrates tenderness over the right SI joint and positive "
        "thigh thrust, Gaenslen and FABER tests.")
    d.p("She has undergone two fluoroscopically guided, contrast-confirmed diagnostic SI joint injections, each with greater than 75% relief, "
        "confirming the SI joint as the pain generator. Both injections contained corticosteroid and neither provided lasting benefit.")
    d.p("Imaging: CT of the pelvis shows right SI joint degeneration without inflammatory or destructive change; hip radiographs show only mild right "
        "hip arthritis; lumbar MRI without neural compression. She has no history of inflammatory arthritis, fracture, or infection.")
    d.p("In my opinion she meets criteria and minimally invasive right SI joint fusion is medically necessary. Please do not hesitate to contact my office.")
    d.sig(["Tobias Lindqvist, MD", "Orthopaedic Spine Surgery, Blue Ridge Meridian Health", "Electronically signed 3/6/2026 4:10 PM"])
    out.append(("text", d.out()))
    return out


LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-03-10",
    "determination": "does_not_meet_criteria",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "right PSIS / posterior SI joint, below the belt line",
            "Denies radiation into the thigh, groin, or below the knee"]},
        "perc.pain_severity": {"status": "met", "evidence": ["her pain is 6/10 today"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "Tenderness to palpation directly over the right posterior SI joint",
            "Greater trochanters nontender bilaterally. Coccyx nontender."]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Dates of service: 04/14/2025 - 10/30/2025", "Visits attended: 22"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "meloxicam (MOBIC) 15 MG tablet 1 tab PO daily with food 02/03/2025",
            "on meloxicam 15 mg daily since early 2025"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust (P4) Positive"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": ["Gaenslen Positive Negative", "FABER / Patrick Positive - post. pain"]},
        "perc.diagnostic_injections": {"status": "not_met", "evidence": [
            "Peak relief 40% at 1-2 hrs",
            "less than 50% relief with bupivacaine - block considered NEGATIVE"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell signs 0/5"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "No erosions, subchondral cysts of inflammatory type or ankylosis",
            "No fracture or destructive osseous lesion"]},
        "perc.hip_imaging": {"status": "met", "evidence": [
            "Mild right hip osteoarthritis with minimal superolateral joint space narrowing"]},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "No nerve root compression",
            "No high-grade stenosis or nerve root impingement at any level"]},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "it helped for maybe 3 weeks but now it's back",
            "I was back to a 7 by that night"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
            "No erosions, subchondral cysts of inflammatory type or ankylosis"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": ["No fracture or destructive osseous lesion"]},
        "perc.excl.acute_instability": {"status": "met", "evidence": ["no specific injury"]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "No nerve root compression", "SLR negative bilaterally"]},
    },
}
