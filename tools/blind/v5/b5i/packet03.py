"""b5i-03: Wendell J. Pickard, right SIJ, slip on icy ramp. Gold: does_not_meet_criteria (folder, no packet.json)."""

PID = "b5i-03"
MID = "NCM60388412"
CLAIM = "CEM-0225-66310"


def occ_hdr(pg):
    return ["SURRY WORKWELL OCCUPATIONAL MEDICINE  *  865 W Pine St, Mount Airy NC 27030  *  336-555-0158  fax 336-555-0159",
            "PICKARD, WENDELL J   DOB 07/30/1969   WC# %s   Employer: Yadkin Valley Poultry Processing   %s" % (CLAIM, pg)]


def pages():
    P = []
    P.append(dict(file="01_fax_cover.pdf", name="fax cover (std)", font="Helvetica", size=12,
                  fax=dict(mode="standard", skew=-0.5, seed=301, dx=5, dy=9,
                           banner="NOV-20-2025 10:14 TRIAD SPINE SURGERY 3365550141  TO 18445550122  P.01/14"),
                  items=[
        ("left", "TRIAD SPINE SURGERY, PLLC", 16, True),
        ("left", "Everett Quail, MD  *  2901 Maplewood Ave, Winston-Salem NC 27103", 10.5),
        ("left", "Tel 336-555-0140   Fax 336-555-0141", 10.5),
        ("hr", 1.5), ("sp", 10),
        ("title", "FACSIMILE COVER SHEET", 18), ("sp", 8),
        ("kv", [("To:", "CareSource NC - Prior Authorization"), ("Fax #:", "1-844-555-0122"),
                ("From:", "Dana Whitt, surgical coordinator"), ("Date:", "11/20/2025"),
                ("Re:", "PICKARD, Wendell  DOB 07/30/1969"), ("# Pages:", "14 w/ cover")], 1),
        ("sp", 6),
        ("p", "Precert for R SI joint fusion (MIS). WC carrier Carolina Employers Mutual denied after physician peer review "
              "(report enclosed); pt asked us to submit to his CareSource plan. Records attached as received."),
        ("sp", 40),
        ("small", "CONFIDENTIAL: protected health information. If received in error call 336-555-0140."),
    ]))
    P.append(dict(file="02_request_form.pdf", name="request form", font="Helvetica", size=9.5, items=[
        ("title", "CareSource North Carolina", 14),
        ("center", "Prior Authorization Request - Surgical Procedures   (fax 1-844-555-0122)", 10),
        ("hr", 1),
        ("table", [0.25, 0.25, 0.25, 0.25], [
            ["Member name", "Member ID", "DOB", "Date of request"],
            ["Wendell J. Pickard", MID, "07/30/1969", "11/20/2025"],
        ], 9.5),
        ("table", [0.25, 0.25, 0.25, 0.25], [
            ["Requesting MD", "NPI", "Phone", "Fax"],
            ["Everett Quail, MD", "1023984456", "336-555-0140", "336-555-0141"],
        ], 9.5),
        ("table", [0.50, 0.25, 0.25], [
            ["Facility", "NPI", "Setting"],
            ["Forsyth Outpatient Surgery Center", "1588762213", "ASC / outpatient"],
        ], 9.5),
        ("h", "Procedure(s)"),
        ("table", [0.14, 0.62, 0.12, 0.12], [
            ["Code", "Description", "Side", "Units"],
            ["27279", "Arthrodesis, SI joint, percutaneous or minimally invasive, w/ image guidance, w/ transfixing device", "Right", "1"],
        ]),
        ("h", "Diagnosis"),
        ("table", [0.14, 0.86], [
            ["Code", "Description"],
            ["M53.3", "Sacroiliac joint dysfunction, right (sacrococcygeal disorder NEC)"],
            ["S33.6XXS", "Sprain of SI joint, sequela - work injury 02/11/2025"],
        ]),
        ("p", "Planned date of service: 12/18/2025      Length of stay: 0 (23-hr obs if needed)"),
        ("p", "Clinical notes attached: [X] Office notes  [X] Therapy  [X] Injections  [X] Imaging  [X] Other: WC peer review, ledger"),
        ("sp", 10),
        ("sig", ["Provider signature: E. Quail MD        Date: 11/20/2025"], True),
        ("small", "By signing, provider attests information is accurate and supported by the medical record. CS-NC-PA-0419."),
    ]))
    P.append(dict(file="03_occ_med.pdf", name="occ progress 10/28", font="Helvetica", size=9.5,
                  header=occ_hdr("Page 1 of 2"), footer="WorkWell EHR  -  printed 11/18/2025 10:02  -  CONFIDENTIAL WC RECORD",
                  items=[
        ("left", "WC FOLLOW-UP NOTE / RTW STATUS", 12, True),
        ("kv", [("Date of service:", "10/28/2025"), ("Provider:", "Carla Wendt-Ruiz, MD, MPH"),
                ("Case mgr:", "none assigned"), ("Adjuster:", "B. Hollar, Carolina Employers Mutual")], 2),
        ("lp", "Subjective:", "Mr. Pickard is seen for his R low back / buttock injury from 02/11/2025. Pain 4/10 today, "
                              "says it was a good weekend. The pain starts over the R SI joint and radiates down the back of the "
                              "R leg to the calf, with tingling on the outside of the foot after long shifts. 06/10 SIJ injection "
                              "gave good relief ~5 weeks, then the pain returned. The 09/02 injection gave no lasting benefit - "
                              "maybe an hour of partial relief. PT stopped in Sept when visits ran out; a 6-visit extension was "
                              "approved 11/07. Admits he has not kept up the home exercises."),
        ("lp", "Medications:", "Ibuprofen 800 mg TID (since 02/12/2025). Cyclobenzaprine 10 mg qhs (since 02/12/2025). "
                               "Heat wrap at night. Gabapentin offered - declined."),
        ("lp", "ROS:", "No fever, wt loss, night sweats. No bowel/bladder change."),
        ("h", "Exam"),
        ("p", "Ambulates w/o device, slight R antalgia. Tender over R posterior SIJ/sacral sulcus. R greater trochanter and lumbar "
              "paraspinals nontender. Thigh thrust (P4) positive on R. SIJ compression negative. FABER positive on the R with "
              "buttock pain. Gaenslen's deferred - pt unable to tolerate position at table edge. SLR positive on R at 45 degrees "
              "reproducing calf pain; crossed SLR neg. Achilles reflex 1+ R vs 2+ L. EHL/PF 5/5. Waddell signs 0/5."),
        ("h", "Assessment"),
        ("p", "1. R SIJ pain, post-traumatic (slip/fall on buttock 02/2025). 2. R S1 radicular symptoms - MRI 07/2025 shows R L5-S1 "
              "protrusion. 3. Limited response to 2nd SIJ injection."),
        ("h", "Plan"),
        ("p", "Complete PT extension. Spine surgery consult (Dr. Quail) as requested by pt. Consider EMG R LE. Continue ibuprofen, "
              "cyclobenzaprine."),
        ("box", "WORK STATUS 10/28/2025: Restricted duty - no lifting > 25 lb, no repetitive bending, may stand at line with "
                "5 min sit break per hour. Not released to full duty. Recheck 4 weeks."),
        ("sig", ["E-signed: Carla Wendt-Ruiz, MD, MPH  10/28/2025 15:40"]),
    ]))
    P.append(dict(file="03_occ_med.pdf", name="initial occ visit (fax fine)", font="Helvetica", size=10.5,
                  header=occ_hdr("Page 2 of 2"),
                  fax=dict(mode="fine", skew=1.0, seed=302, dx=7, dy=5,
                           banner="11/18/2025 10:31  SURRY WORKWELL OCC MED  3365550159 -> 3365550141   P. 4/14"),
                  items=[
        ("left", "NEW INJURY EVALUATION", 12.5, True),
        ("kv", [("DOS:", "02/12/2025"), ("Provider:", "C. Wendt-Ruiz, MD"),
                ("DOI:", "02/11/2025 at 05:50"), ("Dept:", "Evisceration line / sanitation")], 2),
        ("lp", "How injury occurred:", "Walking down the dock ramp to the sanitation trailer carrying a chemical jug; ramp was "
               "iced over. Feet went out from under him and he landed hard on his R buttock. Able to get up and walk. "
               "Witnessed by co-worker (J. Lineberry)."),
        ("lp", "HPI:", "R buttock/low back pain 8/10, worse with sitting and bending. No leg symptoms at this time. No head strike."),
        ("lp", "PMH:", "Prior L-spine strain 2024 (non-work), treated with chiropractic 03/2024-06/2024, resolved. HLD. Smoker 1/2 ppd."),
        ("lp", "Exam:", "Contusion/ecchymosis R buttock 6 cm. TTP R SIJ and R ischial area. Pelvic compression without "
                        "crepitus or instability. Neuro intact. SLR neg."),
        ("lp", "Imaging:", "XR pelvis and R hip today (see report) - no fracture. R/o occult sacral fracture - CT if not improving."),
        ("lp", "Assessment:", "R buttock contusion, R SIJ sprain."),
        ("lp", "Plan:", "Ibuprofen 800 TID with food, cyclobenzaprine 10 qhs, ice 48 h then heat. Sedentary/light duty: "
                        "no lifting >10 lb, seated work 50%. Recheck 1 wk."),
        ("sig", ["C. Wendt-Ruiz MD"], True),
    ]))
    P.append(dict(file="04_pt.pdf", name="PT eval", font="Times", size=9.5,
                  header=["MOUNT AIRY PHYSICAL THERAPY & WORK CONDITIONING  |  410 Rockford St, Mount Airy NC 27030  |  336-555-0164",
                          "Patient: Wendell Pickard   DOB: 07/30/1969   Payer: Carolina Employers Mutual (WC)   Claim: " + CLAIM],
                  items=[
        ("left", "PHYSICAL THERAPY INITIAL EVALUATION", 12, True),
        ("kv", [("Initial Evaluation", "07/01/2025"), ("Referring MD:", "C. Wendt-Ruiz, MD"),
                ("Authorization:", "12 visits (CEM-PT-40718)"), ("Therapist:", "Logan Beasley, PT, DPT")], 2),
        ("lp", "Subjective:", "56 y/o M sanitation worker, R-sided low back/buttock pain since slip on ice 02/11/2025. Reports "
                              "radiating symptoms to R posterior thigh and calf since ~May. Pain 7/10 worst, 3/10 best. "
                              "Goals: return to full duty, sleep through night."),
        ("lp", "Objective:", "Posture: flattened lumbar lordosis. AROM lumbar flexion 60% w/ R buttock pain; extension 50%. "
                             "Special tests: SLR + R at 50 deg, slump + R, FABER + R (buttock). Hip strength R 4/5 abd/ext. "
                             "Palpation: tender R SIJ; lumbar spinous processes nontender."),
        ("lp", "Assessment:", "Signs and symptoms consistent with R lumbosacral radiculopathy with possible concomitant R SIJ "
                              "dysfunction. Good rehab potential."),
        ("lp", "Plan:", "2x/wk x 6 wks: neural mobilization, core stabilization, hip strengthening, manual therapy, "
                        "body mechanics, HEP. Re-eval at visit 12."),
        ("table", [0.40, 0.60], [
            ["Goal (6 wk)", "Measure"],
            ["Decrease pain to 3/10 worst", "NPRS"],
            ["Lift 35 lb floor-waist x5", "work sim"],
            ["Independent in HEP", "observed"],
        ]),
        ("sig", ["Logan Beasley, PT, DPT   07/01/2025"], True),
    ]))
    P.append(dict(file="04_pt.pdf", name="PT daily 09/10 (fax std)", font="Courier", size=11,
                  header=["MT AIRY PT & WORK COND - DAILY NOTE", "PICKARD, WENDELL  07/30/1969  CLM " + CLAIM],
                  fax=dict(mode="standard", skew=-1.4, seed=303, dx=9, dy=11,
                           banner="NOV 18 2025 2:47PM MT AIRY PT 3365550165 TO 3365550141  P. 6/14"),
                  items=[
        ("kv", [("DOS:", "09/10/2025"), ("Visit:", "Visit 12 of 12 authorized"),
                ("Episode start:", "07/01/2025"), ("Codes:", "97110x2 97140")], 2),
        ("lp", "S:", "R buttock pain 6/10. Still getting leg tingling after 10-h shifts. Missed 2 visits (mandatory OT)."),
        ("lp", "O:", "Nerve glides, bridges, bird dog, side-lying hip abd 3x10. STM R piriformis. Lift 25# x5."),
        ("lp", "A:", "Slow progress; goals 1/3 met. Auth exhausted."),
        ("lp", "P:", "Discharge to HEP (handout given). Requested additional visits from carrier."),
        ("table", [0.50, 0.25, 0.25], [
            ["Authorization", "Used", "Left"],
            ["CEM-PT-40718 (12)", "12", "0"],
        ], 10.5),
        ("sig", ["L Beasley PT"], True),
    ]))
    P.append(dict(file="04_pt.pdf", name="PT daily 11/13", font="Times", size=9.5,
                  header=["MOUNT AIRY PHYSICAL THERAPY & WORK CONDITIONING  |  DAILY TREATMENT NOTE",
                          "Patient: Wendell Pickard   DOB: 07/30/1969   Claim: " + CLAIM],
                  items=[
        ("kv", [("Date:", "11/13/2025"), ("Visit count:", "1 of 6 (new auth CEM-PT-41902, 11/07/2025)"),
                ("Therapist:", "Logan Beasley, PT, DPT"), ("Minutes:", "45")], 2),
        ("lp", "Subjective:", "Returning after 9-week gap in PT. Reports he has not been performing HEP since September - "
                              "\"working doubles, no time.\" R SIJ/buttock pain VAS 62 mm (0-100) on arrival. Intermittent R calf "
                              "tingling persists."),
        ("lp", "Objective:", "Lumbar flexion 60%. SLR + R 45 deg. Reassessed HEP - performs with cueing. Treatment: ther ex 30 min, "
                             "manual 15 min."),
        ("lp", "Assessment:", "Regression in strength since d/c 09/10; limited carryover due to nonadherence to HEP."),
        ("lp", "Plan:", "Continue 1-2x/wk x remaining 5 auth visits. Re-issue HEP, stressed compliance."),
        ("sig", ["Logan Beasley, PT, DPT  11/13/2025 16:20"]),
    ]))
    P.append(dict(file="05_injections.pdf", name="SIJ inj 1", font="Helvetica", size=9.5,
                  header=["NORTHWEST PIEDMONT PAIN CENTER  -  Samir Haddad, MD  -  Elkin, NC  -  336-555-0129",
                          "PICKARD, WENDELL J   DOB 07/30/1969   Acct NPP-77310"],
                  items=[
        ("left", "Procedure Report", 12, True),
        ("kv", [("Date:", "06/10/2025"), ("Procedure:", "Right SI joint injection (27096)"),
                ("Guidance:", "Fluoroscopy"), ("Sedation:", "None")], 2),
        ("p", "Pre-op dx: R sacroiliac joint pain. Pre-procedure pain 7/10. Time-out performed. Prone position, sterile prep. "
              "Using fluoroscopy, the inferior R SIJ was identified and a 22G spinal needle placed. Omnipaque 180, 1 mL, "
              "demonstrated an intra-articular arthrogram without vascular pattern. 1.5 mL 0.5% bupivacaine and 40 mg "
              "triamcinolone injected. Patient tolerated well; discharged ambulatory."),
        ("h", "Post-procedure pain log"),
        ("table", [0.25, 0.25, 0.25, 0.25], [
            ["Time", "Pain", "Relief %", "Comment"],
            ["Pre", "7", "", ""],
            ["15 min", "1", "86", "walking"],
            ["1 h", "1", "86", ""],
            ["2 h", "1", "86", "car ride"],
            ["4 h", "1", "86", ""],
            ["6 h", "3", "57", ""],
        ]),
        ("p", "Impression: Positive diagnostic R SIJ block - 86% relief through 4 hours (bupivacaine)."),
        ("sig", ["Samir Haddad, MD"], True),
    ]))
    P.append(dict(file="05_injections.pdf", name="SIJ inj 2 (fax fine)", font="Helvetica", size=10.5,
                  header=["NORTHWEST PIEDMONT PAIN CENTER  -  Samir Haddad, MD  -  336-555-0129",
                          "PICKARD, WENDELL J   DOB 07/30/1969   Acct NPP-77310"],
                  fax=dict(mode="fine", skew=0.35, seed=304, dx=4, dy=7,
                           banner="11-17-2025 08:58   NW PIEDMONT PAIN CTR   F:3365550130 T:3365550141   P.9/14"),
                  items=[
        ("left", "Procedure Report - repeat R SIJ injection", 12.5, True),
        ("kv", [("Date:", "09/02/2025"), ("Guidance:", "Fluoroscopy w/ contrast (Omnipaque 180, 0.8 mL)")], 1),
        ("p", "Intra-articular spread confirmed under fluoroscopy. Injectate: 1.5 mL 1% lidocaine + dexamethasone 10 mg. "
              "Pre-procedure R SIJ pain 7/10."),
        ("table", [0.30, 0.20, 0.20, 0.30], [
            ["Time", "Pain", "Relief", "Note"],
            ["15 min", "4", "43%", "sitting"],
            ["30 min", "4", "43%", ""],
            ["1 hr", "5", "29%", ""],
            ["2 hr", "6", "14%", ""],
        ], 10.5),
        ("p", "Impression: 43% relief at best, below the 50% threshold - nondiagnostic block. "
              "Consider alternative pain generator (lumbosacral)."),
        ("sig", ["S. Haddad MD"], True),
    ]))
    P.append(dict(file="06_imaging.pdf", name="XR + CT", font="Times", size=9.5,
                  header=["NORTHERN SURRY RADIOLOGY  |  830 Rockford St, Mount Airy NC  |  336-555-0116",
                          "Patient: PICKARD, WENDELL J   DOB 07/30/1969   MRN NSR-190442"],
                  items=[
        ("left", "IMAGING REPORTS (3 studies)", 12, True),
        ("p", "1) XR PELVIS AP + BILATERAL SIJ OBLIQUES    02/12/2025    Ordering: Wendt-Ruiz"),
        ("p", "Findings: No acute fracture. SI joints symmetric without widening. No diastasis of the symphysis. "
              "Mild degenerative narrowing inferior R SIJ. Impression: No fracture; mild R SIJ degenerative change.", 12),
        ("p", "2) XR HIP RIGHT 2 VIEWS    02/12/2025"),
        ("p", "Findings: No fracture or dislocation. Right hip: minimal degenerative change, joint space preserved. "
              "Impression: No acute finding.", 12),
        ("p", "3) CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)    04/22/2025    Ordering: Wendt-Ruiz"),
        ("p", "Indication: persistent R buttock pain after fall, r/o occult sacral fracture. Technique: axial 1 mm with "
              "coronal oblique reformats.", 12),
        ("p", "Findings: Sacrum and ilia intact; no sacral or insufficiency fracture. Mild subchondral sclerosis and small "
              "anterior osteophytes of the inferior right SIJ, degenerative. No erosions, ankylosis, or destructive osseous "
              "lesion. No soft tissue mass or fluid collection. Hips: minimal joint space narrowing bilaterally.", 12),
        ("p", "Impression: No fracture. Mild right SIJ degenerative arthropathy; no erosive sacroiliitis.", 12),
        ("sig", ["Electronically signed: Harold Nkemelu, MD (studies 1-2, 02/12/2025); Grace Ludlow, MD (study 3, 04/22/2025)"]),
    ]))
    P.append(dict(file="06_imaging.pdf", name="MRI lumbar", font="Times", size=9.5,
                  header=["NORTHERN SURRY RADIOLOGY  |  MRI  |  336-555-0116",
                          "Patient: PICKARD, WENDELL J   DOB 07/30/1969   MRN NSR-190442"],
                  items=[
        ("left", "MRI LUMBAR SPINE WITHOUT CONTRAST", 12, True),
        ("kv", [("Date:", "07/24/2025"), ("Ordering:", "C. Wendt-Ruiz, MD"), ("Reader:", "Grace Ludlow, MD"), ("Field:", "1.5T")], 2),
        ("p", "CLINICAL: R buttock pain since 02/2025 fall, new R posterior leg pain and lateral foot paresthesia."),
        ("p", "FINDINGS:"),
        ("p", "Alignment normal. No fracture or marrow edema. Conus normal at L1.", 12),
        ("p", "L3-4: Mild bulge, no stenosis.", 12),
        ("p", "L4-5: Mild disc bulge and facet hypertrophy. Mild bilateral foraminal narrowing without nerve root "
              "impingement. Canal patent.", 12),
        ("p", "L5-S1: Right paracentral disc protrusion measuring 6 mm, which compresses the traversing right S1 nerve root "
              "in the lateral recess. Left lateral recess clear. Mild right foraminal narrowing.", 12),
        ("p", "Visualized SI joints: limited evaluation; no gross abnormality.", 12),
        ("p", "IMPRESSION:"),
        ("p", "1. Right paracentral L5-S1 disc protrusion with compression of the right S1 nerve root, correlate for right S1 "
              "radiculopathy.", 12),
        ("p", "2. Mild L4-5 degenerative change without neural impingement.", 12),
        ("sig", ["Electronically signed: Grace Ludlow, MD  07/24/2025 18:05"]),
    ]))
    P.append(dict(file="07_peer_review.pdf", name="peer review p1", font="Times", size=9.5,
                  header=["KEYSTONE MEDICAL REVIEW ORGANIZATION  -  Independent Physician Peer Review",
                          "Claimant: Wendell J. Pickard   Claim: " + CLAIM + "   Client: Carolina Employers Mutual   Ref KMR-25-88127"],
                  footer="KMR-25-88127   Page 1 of 2",
                  items=[
        ("left", "PHYSICIAN PEER REVIEW REPORT", 13, True),
        ("kv", [("Date of report:", "11/12/2025"), ("Reviewer:", "Marguerite Olsson, MD"),
                ("Specialty:", "Physical Medicine & Rehabilitation; Board certified ABPMR"),
                ("Request under review:", "R SI joint fusion, minimally invasive (CPT 27279)"),
                ("Requesting provider:", "Everett Quail, MD")], 1),
        ("h", "Records reviewed"),
        ("p", "Surry WorkWell notes 02/12/2025 - 10/28/2025; Mt Airy PT 07/01/2025 - 09/10/2025; Northwest Piedmont Pain "
              "Center procedure reports 06/10/2025 and 09/02/2025; XR pelvis/hip 02/12/2025; CT pelvis 04/22/2025; "
              "MRI lumbar 07/24/2025; Triad Spine Surgery consult 11/04/2025 (2 pages, not enclosed in this packet)."),
        ("h", "Peer-to-peer"),
        ("p", "Call placed to Dr. Quail's office 11/11/2025 at 13:15, message left with Dana Whitt; second call 11/12/2025 "
              "08:40 - no return call before the review deadline."),
        ("h", "Clinical summary"),
        ("p", "56 year old male sanitation worker who slipped on an icy ramp on 02/11/2025 landing on the right buttock. Initial "
              "radiographs and a later CT pelvis showed no fracture. Symptoms evolved by mid-2025 to include right posterior leg "
              "pain to the calf with lateral foot paresthesia; the lumbar MRI of 07/24/2025 shows a right L5-S1 protrusion "
              "compressing the S1 root, and the most recent exam documents a positive right SLR and a diminished right Achilles "
              "reflex. Two right SIJ injections were performed: the first (06/10/2025) with bupivacaine produced 86% relief; the "
              "second (09/02/2025) with lidocaine produced at most 43% relief. Therapy consisted of 12 PT visits from 07/01 to "
              "09/10/2025, with documented nonadherence to the home program afterward."),
    ]))
    P.append(dict(file="07_peer_review.pdf", name="peer review p2", font="Times", size=9.5,
                  header=["KEYSTONE MEDICAL REVIEW ORGANIZATION  -  Independent Physician Peer Review",
                          "Claimant: Wendell J. Pickard   Claim: " + CLAIM + "   Ref KMR-25-88127"],
                  footer="KMR-25-88127   Page 2 of 2",
                  items=[
        ("h", "Questions from the carrier and responses"),
        ("p", "Q1. Is the requested right minimally invasive SI joint fusion medically necessary and reasonably related to "
              "the compensable injury?"),
        ("p", "A1. Not certified. The S1 nerve root compression at L5-S1 is a more likely pain generator for the radiating "
              "leg symptoms than the SI joint. Only one of two diagnostic SIJ blocks met the 50% threshold, so dual-block "
              "confirmation is lacking. Active conservative care totals roughly ten weeks.", 12),
        ("p", "Q2. What treatment, if any, is recommended?"),
        ("p", "A2. EMG/NCS of the right lower extremity; a transforaminal epidural steroid injection at right L5-S1 if "
              "radiculopathy is confirmed; completion of the authorized PT extension with adherence to the home program.", 12),
        ("p", "Q3. Are there any inflammatory, neoplastic or infectious findings?"),
        ("p", "A3. None documented. No history of inflammatory arthritis; imaging negative for fracture, tumor or infection.", 12),
        ("h", "Guidelines / references"),
        ("p", "ODG Low Back / Hip & Pelvis chapters (SI joint fusion); ISASS 2020 coverage recommendations; NC Industrial "
              "Commission Medical Fee Schedule utilization rules."),
        ("p", "I attest that I have no conflict of interest with the claimant, employer, carrier or treating providers, and "
              "that this opinion is based solely on the records listed."),
        ("sig", ["Marguerite Olsson, MD   NC License 2009-01488   11/12/2025"], True),
    ]))
    P.append(dict(file="08_ledger.pdf", name="ledger", font="Courier", size=8.5,
                  header=["SURRY WORKWELL OCCUPATIONAL MEDICINE - TRANSACTION LEDGER             11/18/2025",
                          "PICKARD, WENDELL J   Acct SWW-60213   Fin class: WORKERS COMP (Carolina Employers Mutual)"],
                  items=[
        ("table", [0.13, 0.10, 0.45, 0.10, 0.10, 0.12], [
            ["DOS", "CPT", "Description", "Chg", "Pmt", "Bal"],
            ["02/12/2025", "99204", "New pt - work injury", "285.00", "242.25", "0.00"],
            ["02/12/2025", "72170", "XR pelvis 1-2v (in-house tech)", "62.00", "52.70", "0.00"],
            ["02/12/2025", "73502", "XR hip R 2-3v", "74.00", "62.90", "0.00"],
            ["02/19/2025", "99213", "Recheck", "142.00", "120.70", "0.00"],
            ["03/19/2025", "99213", "Recheck", "142.00", "120.70", "0.00"],
            ["04/16/2025", "99213", "Recheck; CT ordered", "142.00", "120.70", "0.00"],
            ["05/28/2025", "99214", "Recheck; pain mgmt ref", "205.00", "174.25", "0.00"],
            ["06/25/2025", "99213", "Recheck; PT ref", "142.00", "120.70", "0.00"],
            ["07/30/2025", "99214", "MRI review", "205.00", "174.25", "0.00"],
            ["09/23/2025", "99213", "Recheck", "142.00", "120.70", "0.00"],
            ["10/28/2025", "99214", "Recheck; spine ref", "205.00", "0.00", "205.00"],
            ["10/28/2025", "99080", "Work status form", "25.00", "0.00", "25.00"],
        ], 8),
        ("p", "Total account balance: 230.00"),
        ("small", "Outside services (PT, pain center, radiology CT/MRI, spine surgery) billed separately by those providers."),
    ]))
    return P


LABELS = {
    "procedure": "percutaneous",
    "request_date": "2025-11-20",
    "determination": "does_not_meet_criteria",
    "criteria": {
        "perc.pain_location": ("not_met", ["radiates down the back of the R leg to the calf", "radiating symptoms to R posterior thigh and calf"],
            "Occ-med 10/28/2025 (the most recent physician note) documents pain from the R SIJ radiating down the back of the leg to the calf with lateral foot tingling; the PT eval and 11/13/2025 daily note agree. The 02/2025 'no leg symptoms' is superseded."),
        "perc.pain_severity": ("met", ["R SIJ/buttock pain VAS 62 mm (0-100)"],
            "The most recent SIJ pain score before 11/20/2025 is the PT note of 11/13/2025, VAS 62 mm = 6.2/10 >= 5. The occ-med '4/10 today' (10/28/2025) is older; post-injection log scores are not baseline."),
        "perc.sij_tenderness": ("met", ["Tender over R posterior SIJ/sacral sulcus", "R greater trochanter and lumbar paraspinals nontender"],
            "10/28/2025 exam: tender R posterior SIJ; trochanter and lumbar paraspinals nontender. The PT eval likewise records R SIJ tenderness with lumbar spinous processes nontender."),
        "perc.active_conservative_therapy": ("not_met", ["Visit 12 of 12 authorized", "not been performing HEP since September", "Initial Evaluation 07/01/2025"],
            "Window 2024-11-20..2025-11-20. PT 07/01-09/10/2025 (~2.3 months) plus one visit of the new episode from 11/13/2025 is well under 6 months. The HEP has no documented completion and is unexplained/inconvenience-based noncompliance ('working doubles, no time'), which never counts. The 2024 chiropractic care (prior non-work strain, 03-06/2024) is outside the window. No contraindication or intolerance documented."),
        "perc.inactive_conservative_therapy": ("met", ["Ibuprofen 800 mg TID (since 02/12/2025)"],
            "Ibuprofen TID and cyclobenzaprine since 02/12/2025 and still current 10/28/2025 (~9 months in the window), plus heat."),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) positive on R"],
            "Thigh thrust positive on the right (10/28/2025); compression negative, but either test positive suffices."),
        "perc.two_provocative_tests": ("insufficient", [],
            "Only FABER is documented positive (occ-med and PT eval). Gaenslen's was deferred and distraction is never documented, so two positives are neither shown nor excluded by documented negatives -> insufficient."),
        "perc.diagnostic_injections": ("not_met", ["43% relief at best, below the 50% threshold", "86% relief through 4 hours"],
            "Two fluoroscopic contrast-confirmed R SIJ injections: 06/10/2025 qualifies (86% through 4 h, bupivacaine), but 09/02/2025 gave at most 43% relief (lidocaine) and fails. Fewer than 2 qualify and one documented injection fails -> not_met."),
        "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"],
            "Waddell signs 0/5 (10/28/2025); no fibromyalgia or somatic symptom disorder documented."),
        "perc.sij_imaging": ("met", ["No erosions, ankylosis, or destructive osseous lesion", "no erosive sacroiliitis"],
            "Pelvis/SIJ radiographs (02/12/2025) and CT pelvis SIJ protocol (04/22/2025) present; only mild degenerative change, no erosive sacroiliitis or destructive lesion."),
        "perc.hip_imaging": ("met", ["Right hip: minimal degenerative change, joint space preserved"],
            "Right (ipsilateral) hip radiographs 02/12/2025: minimal degenerative change, i.e. not more than mild."),
        "perc.lumbar_imaging": ("not_met", ["compresses the traversing right S1 nerve root", "compression of the right S1 nerve root"],
            "Lumbar MRI 07/24/2025 shows a right L5-S1 protrusion compressing the right S1 nerve root - neural compression."),
        "perc.therapeutic_injections": ("met", ["gave good relief ~5 weeks, then the pain returned", "The 09/02 injection gave no lasting benefit"],
            "Two intra-articular SIJ corticosteroid injections on separate dates (triamcinolone 06/10/2025, dexamethasone 09/02/2025); the 10/28/2025 occ-med note documents return of pain after ~5 weeks and no lasting benefit respectively - both failed."),
        "perc.excl.systemic_arthropathy": ("met", ["No history of inflammatory arthritis"],
            "No spondyloarthropathy or RA documented; CT shows no erosive sacroiliitis."),
        "perc.excl.infection_tumor_fracture": ("met", ["no sacral or insufficiency fracture", "imaging negative for fracture, tumor or infection"],
            "Fall onto the buttock raised 'r/o occult sacral fracture' (hypothetical), but XR and CT show no fracture; no infection or tumor."),
        "perc.excl.acute_instability": ("met", ["SI joints symmetric without widening", "Pelvic compression without crepitus or instability"],
            "Despite a fall mechanism, exam and radiographs document no instability or widening; no acute traumatic instability documented."),
        "perc.excl.neural_compression": ("not_met", ["compression of the right S1 nerve root, correlate for right S1", "more likely pain generator"],
            "MRI S1 root compression correlates with the documented right calf pain, lateral foot paresthesia, positive SLR and reduced Achilles reflex; the peer reviewer and pain physician name the lumbosacral/S1 source as the more likely pain generator."),
    },
}

FORM = "folder"
PACKET_JSON = None
LOOK = "WC carrier-denied case: occ-med note with RTW box + faxed first-injury note, WC PT eval/daily notes with auth counters, 2 SIJ blocks (2nd nondiagnostic), 3-study XR/CT report + lumbar MRI, IRO-style physician peer review, clinic ledger"
