"""Content of packets b5l-01..03. All names, clinics, numbers are invented."""
from engine import Doc


def hdr(text, first=False):
    return lambda i, n: ([text] if (first or i > 1) else [])


def pg_footer(prefix=""):
    return lambda i, n: "%sPage %d of %d" % (prefix, i, n)


def fax(banner_fmt, dpi_y, start, total, skew, seed):
    return dict(banner=lambda k, t: banner_fmt % (k, t), dpi_y=dpi_y, start=start,
                total=total, skew=skew, seed=seed)


CONF = ("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
        "and confidential under HIPAA (45 CFR Parts 160 and 164). If you are not the intended recipient, "
        "any review, disclosure, copying or distribution is prohibited. If received in error, please call "
        "the sender immediately and destroy all copies.")

# =====================================================================================
# b5l-01  open (27280) -> meets_criteria ; folder with packet.json
# =====================================================================================
P1_PT = "VANDERGRIFF, MARISOL T"
P1_HDR = "Patient: Vandergriff, Marisol T.   DOB: 04/22/1968   MRN: PU-00871342"
PU = ("Piedmont University Comprehensive Spine Center",
      ["Departments of Orthopaedic Surgery and Neurosurgery  |  2400 Hillsborough Loop, Suite 310, Durham, NC 27705",
       "Clinic 919-555-0184  |  Surgical scheduling fax 919-555-0190  |  spine.piedmontuniv.example"])


def p1_docs():
    cover = Doc("sans", footer=lambda i, n: "PUCSC-FAX-01 rev 03/2024")
    cover.add(("lh", PU[0], PU[1]),
              ("title", "FACSIMILE TRANSMITTAL", 16), ("sp", 8),
              ("kv", [("To", "CareSource NC - Utilization Management / Prior Auth"), ("Date", "02/10/2026"),
                      ("Fax", "1-866-555-0172"), ("Pages", "12 (including cover)"),
                      ("From", "Kelsey Braddock, Surgical Coordinator"), ("Phone", "919-555-0184 x2217"),
                      ("Re", "RESUBMISSION - open SI joint fusion, CPT 27280"), ("Prior case #", "UM-2025-1009-4471")], 2),
              ("rule",),
              ("box", [(False, "Urgent"), (True, "For review"), (False, "Please comment"), (True, "Records enclosed")]),
              ("p", "Member: Marisol T. Vandergriff   DOB 04/22/1968   CareSource ID CSN8841207733"),
              ("p", "Enclosed per our call with UM on 02/04: PA request form, appeal/reconsideration letter, peer-to-peer "
                    "note, copy of the 10/14/2025 adverse determination, second-opinion consult and spine conference "
                    "summary, teleradiology over-read of the 12/18/2025 CT pelvis, and outside records from Cape Fear "
                    "Orthopaedic & Pain Associates (op note, f/u note, lumbar MRI)."),
              ("p", "Pls call me directly w/ any questions - ask for Kelsey. Thank you!"),
              ("sp", 30), ("small", CONF))

    form = Doc("sans", header=hdr("CareSource NC  |  Prior Authorization Request - Medical/Surgical  |  " + P1_PT),
               footer=pg_footer("Form CS-NC-PA-MS (07/2025)   "))
    form.add(("lh", "CareSource North Carolina", ["Marketplace  |  Prior Authorization Request Form - Medical / Surgical Services",
                                                 "Fax completed form and clinicals to 1-866-555-0172. Incomplete forms may delay review."], "center"),
             ("h", "SECTION A - MEMBER"),
             ("kv", [("Member name", "Marisol T. Vandergriff"), ("DOB", "04/22/1968"),
                     ("Member ID", "CSN8841207733"), ("Plan", "NC Marketplace - Silver 2026"),
                     ("Phone", "910-555-0326"), ("Other insurance", "None")], 2),
             ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
             ("kv", [("Requesting provider", "Anand K. Ravishankar, MD"), ("NPI", "1457093382"),
                     ("Specialty", "Orthopaedic Spine Surgery"), ("TIN", "56-4410937"),
                     ("Contact", "Kelsey Braddock 919-555-0184 x2217"), ("Fax", "919-555-0190"),
                     ("Servicing facility", "Piedmont University Hospital"), ("Facility NPI", "1932117405")], 2),
             ("h", "SECTION C - SERVICE REQUESTED"),
             ("table", [1.1, 3.6, 1.0, 1.3],
              ["CPT/HCPCS", "Description", "Units", "Setting"],
              [["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including "
                         "instrumentation, when performed (LEFT) - revision w/ removal of implants", "1", "Inpatient"],
               ["20680", "Removal of implant; deep (left SI joint implants x3)", "1", "Inpatient"]]),
             ("kv", [("Date of request", "02/09/2026"), ("Anticipated DOS", "03/23/2026"),
                     ("Request type", "Resubmission after adverse determination"), ("Prior ref #", "UM-2025-1009-4471")], 2),
             ("table", [1.0, 4.0], ["ICD-10-CM", "Diagnosis"],
              [["M96.0", "Pseudarthrosis after fusion or arthrodesis (left sacroiliac joint)"],
               ["T84.84XA", "Pain due to internal orthopedic prosthetic devices, implants and grafts, initial"],
               ["M53.3", "Sacrococcygeal disorders, not elsewhere classified"]]),
             ("h", "SECTION D - OPEN SI JOINT FUSION: INDICATION (check all that apply)"),
             ("box", [(False, "Post-traumatic injury of the SIJ (e.g., pelvic ring fracture)"),
                      (False, "SIJ infection (osteomyelitis / pyogenic sacroiliitis) or sepsis"),
                      (False, "Sacral tumor management (e.g., partial sacrectomy)"),
                      (False, "Part of multisegmental long fusion for deformity correction"),
                      (True, "Failed prior percutaneous SIJ fusion  (left, 06/11/2024, outside surgeon)"),
                      (False, "Other: ______________________________")]),
             ("h", "SECTION E - CLINICAL SUMMARY"),
             ("p", "57 y/o F s/p L MIS SI joint fusion 06/11/2024 (Dr. L. Pettigrew, Cape Fear Ortho) w/ recurrent L "
                   "buttock pain since 01/2025. CT pelvis 12/18/2025 w/ subspecialty over-read 12/22/2025: loosening "
                   "of all 3 implants, inferior implant backed out, no bridging bone. Presented at multidisciplinary "
                   "spine conference 01/21/2026 - consensus for open revision arthrodesis. Prior request denied "
                   "10/14/2025 for imaging >6 mo old; current imaging now enclosed."),
             ("h", "SECTION F - ATTESTATION"),
             ("p", "I attest the information above is accurate and supported by the enclosed medical records."),
             ("sig", ["A. K. Ravishankar MD", "Anand K. Ravishankar, MD      Date: 02/09/2026"]))

    appeal = Doc("serif", header=hdr("Re: Marisol T. Vandergriff, DOB 04/22/1968 - reconsideration, CPT 27280"),
                 footer=pg_footer())
    appeal.add(("lh", PU[0], PU[1]),
               ("p", "February 6, 2026"),
               ("p", "CareSource North Carolina\nAttn: Appeals & Grievances / Utilization Management\nP.O. Box 1947, Dayton, OH 45401"),
               ("pb", "RE: Request for reconsideration of adverse determination UM-2025-1009-4471\n"
                      "Member: Marisol T. Vandergriff   ID: CSN8841207733   DOB: 04/22/1968\n"
                      "Service: Open revision arthrodesis, left sacroiliac joint (CPT 27280)"),
               ("p", "To the reviewing medical director:"),
               ("p", "I am writing on behalf of my patient, Ms. Vandergriff, to ask that CareSource reconsider its "
                     "10/14/2025 denial of open left sacroiliac joint arthrodesis. That letter did not dispute the "
                     "indication; it stated only that the cross-sectional imaging supplied (outside CT pelvis dated "
                     "03/04/2025) was more than six months old at the time of the 09/30/2025 request. We have since "
                     "obtained new imaging, and I believe every element of section I.A of policy MP-MM-1366 is now documented."),
               ("p", "Ms. Vandergriff underwent a left minimally invasive (percutaneous) SI joint fusion with three "
                     "triangular titanium implants on 06/11/2024 at Cape Fear Orthopaedic & Pain Associates. She did "
                     "well for roughly six months and then developed recurrent left buttock pain with a painful "
                     "catching sensation on stairs and single-leg stance. Her pain is now 7/10 most days and she has "
                     "had to give up part-time work as a school bus driver. I saw her for a second opinion on 01/08/2026."),
               ("p", "A CT of the pelvis performed 12/18/2025 was over-read by a fellowship-trained musculoskeletal "
                     "radiologist on 12/22/2025 with direct comparison to the 03/2025 outside study. It shows progressive "
                     "periprosthetic lucency around all three implants, approximately 4 mm of lateral backout of the "
                     "inferior implant and no bridging bone across the joint - in short, a failed left percutaneous SI "
                     "joint fusion with loosening. Her lumbar MRI shows only mild spondylosis without stenosis or root "
                     "impingement, and her examination has no radicular findings."),
               ("p", "A further percutaneous procedure is unlikely to succeed in a joint with loose hardware and "
                     "lucent tracts; the case was reviewed at our multidisciplinary spine conference on 01/21/2026 and "
                     "the consensus was open revision: hardware removal, joint debridement and decortication, iliac "
                     "crest autograft and plate/screw fixation. Failure of a prior percutaneous SI joint fusion is an "
                     "enumerated indication in section I.A.1.e, and the 12/2025 CT is well within six months of this request."),
               ("p", "Please do not hesitate to call me at 919-555-0184 to discuss. Thank you for your reconsideration."),
               ("p", "Sincerely,"),
               ("sig", ["Anand Ravishankar", "Anand K. Ravishankar, MD", "Associate Professor, Orthopaedic Surgery",
                        "Director, Spinal Deformity & Pelvic Reconstruction"]),
               ("small", "Enclosures: CT over-read 12/22/2025; consult 01/08/2026; conference summary 01/21/2026; outside records."))

    p2p = Doc("sans", header=hdr(P1_HDR), footer=pg_footer("Printed 02/09/2026 10:14 by KBRADDOCK   "))
    p2p.add(("lh", PU[0], PU[1]),
            ("title", "TELEPHONE ENCOUNTER - PEER-TO-PEER REVIEW"),
            ("kv", [("Encounter date", "10/20/2025 16:05"), ("Encounter type", "Payer P2P"),
                    ("Payer", "CareSource NC Marketplace"), ("Case #", "UM-2025-1009-4471"),
                    ("Our participant", "Anand K. Ravishankar, MD"), ("Payer participant", "Harlan Q. Mistry, MD (Med Dir)")], 2),
            ("rule",),
            ("p", "Called at scheduled time re: denial of L open SIJ arthrodesis (27280). Reviewed hx w/ Dr. Mistry: "
                  "s/p L percutaneous SIJ fusion 6/2024 outside, recurrent pain from 1/2025, outside CT 3/4/2025 w/ "
                  "early lucency around implants."),
            ("p", "Dr. Mistry stated he has no issue with the indication - failed prior percutaneous fusion is "
                  "listed in the policy - but criterion for recent imaging (within 6 mo) is not satisfied since only "
                  "imaging on file is the 03/2025 CT. Asked whether newer films exist: none at this time."),
            ("p", "Outcome: denial upheld. Plan: obtain repeat CT pelvis (order placed today, pt prefers Sandhills "
                  "Outpatient Imaging), have it over-read by MSK, then resubmit with new imaging + conference summary. "
                  "Pt notified by phone 10/21 - verbalized understanding."),
            ("sig", ["AKR", "Electronically signed: Anand K. Ravishankar, MD  10/20/2025 16:31"]))

    denial = Doc("serif", fax=fax("OCT-14-2025 15:52  FROM: CARESOURCE UM 1-866-555-0172   TO: 9195550190     P. %d/%d",
                                  98, 1, 2, [0.8, -0.6], 101), base=10.5)
    denial.add(("lh", "CareSource", ["North Carolina Marketplace  |  P.O. Box 1947, Dayton, OH 45401  |  1-833-555-0110 (TTY 711)"]),
               ("title", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
               ("kv", [("Date", "10/14/2025"), ("Case #", "UM-2025-1009-4471"),
                       ("Member", "Marisol T. Vandergriff"), ("Member ID", "CSN8841207733"),
                       ("Provider", "Anand K. Ravishankar, MD"), ("Received", "09/30/2025")], 2),
               ("p", "Service requested: CPT 27280 - Arthrodesis, open, sacroiliac joint (left), inpatient."),
               ("pb", "Decision: NOT APPROVED - not medically necessary"),
               ("p", "We reviewed the request under CareSource medical policy MP-MM-1366, Sacroiliac Joint Fusion. "
                     "The policy requires recent (within 6 months) plain x-rays and/or cross-sectional imaging showing "
                     "localized SIJ pathology. The most recent imaging sent to us is a CT of the pelvis dated "
                     "03/04/2025, which is more than 6 months before the request. Criterion I.A.2 is not met. "
                     "No other criteria were addressed in this review."),
               ("p", "You or your doctor may ask for a peer-to-peer review within 14 days by calling 1-833-555-0110. "
                     "You have the right to appeal within 180 days of this notice. You may submit written comments, "
                     "documents or other information. You may ask for free copies of the criteria used."),
               ("sig", ["H. Q. Mistry MD", "Harlan Q. Mistry, MD, Medical Director, Utilization Management"]),
               ("small", "This notice is available in other languages and formats at no cost. Call 1-833-555-0110 (TTY: 711)."))

    consult = Doc("sans", header=hdr(P1_HDR + "   |  Encounter 01/08/2026"), footer=pg_footer())
    consult.add(("lh", PU[0], PU[1]),
                ("title", "SPINE SURGERY - SECOND OPINION CONSULTATION"),
                ("kv", [("Date of service", "01/08/2026"), ("Attending", "Anand K. Ravishankar, MD"),
                        ("Referred by", "Lyle Pettigrew, DO (Cape Fear Ortho)"), ("PCP", "Denise Oyelowo, FNP"),
                        ("Fellow", "Jonah Whitsett, MD"), ("Visit type", "New pt - 2nd opinion")], 2),
                ("h", "CHIEF COMPLAINT"),
                ("p", "\"My left hip bone clunks and it hurts worse than before the surgery.\""),
                ("h", "HISTORY OF PRESENT ILLNESS"),
                ("p", "Ms. Vandergriff is a 57 yo RHD woman referred by her operating surgeon for a second opinion "
                      "regarding persistent L-sided low back/buttock pain after a left percutaneous SI joint fusion "
                      "(3 triangular Ti implants, 06/11/2024). Post-op course was good - pain down to about 2/10 by "
                      "the fall of 2024 - but in 01/2025 she noted gradual return of L buttock pain centered over the "
                      "PSIS with a catching/clunking sensation climbing stairs and getting out of the car. Outside PT "
                      "(12 visits, spring 2025) and a L SIJ injection 08/2025 gave only brief relief."),
                ("p", "Pain today 7/10, worst 9/10. Localizes with one finger just below the L PSIS. She denies pain "
                      "radiating below the knee, denies numbness, tingling or weakness of the legs. No bowel/bladder "
                      "changes. No fevers, chills, night sweats or wt loss. No falls or new injury since the surgery."),
                ("h", "PMH / PSH"),
                ("p", "HTN; hypothyroidism; GERD; osteopenia (DEXA 2023 T -1.6, on Ca/vit D). Surgeries: L MIS SIJ "
                      "fusion 2024; lap chole 2011; C-section x2."),
                ("h", "FAMILY / SOCIAL HISTORY"),
                ("p", "Brother with lumbar stenosis s/p laminectomy. Mother - rheumatoid arthritis. Former smoker, quit "
                      "2019 (15 pk-yr). Rare EtOH. Retired school bus driver, was doing part-time routes until 11/2025."),
                ("h", "MEDICATIONS / ALLERGIES"),
                ("p", "Lisinopril 20 mg daily, levothyroxine 75 mcg daily, omeprazole 20 mg daily, meloxicam 7.5 mg "
                      "daily prn, acetaminophen 500 mg prn. Allergy: sulfa (hives)."),
                ("h", "EXAM"),
                ("p", "BMI 29.4. Antalgic gait favoring L, able to heel/toe walk. Well-healed 3 cm L lateral buttock "
                      "incision, no erythema or drainage. TTP directly over L PSIS/sacral sulcus. Thigh thrust + on L, "
                      "FABER + on L (posterior pain), compression mildly +. SLR neg bilat. Strength 5/5 bilat LE "
                      "throughout. DTRs 2+ and symm at patellae/Achilles. Sensation intact to LT L2-S1. Hip ROM full "
                      "and painless bilaterally."),
                ("h", "IMAGING REVIEWED (images personally reviewed)"),
                ("p", "CT pelvis 12/18/2025 (Sandhills) + MSK over-read 12/22/2025 - periprosthetic lucency around "
                      "all 3 L SI implants, progressive vs 03/2025; inferior implant backed out ~4 mm; no bridging bone "
                      "across the L SIJ. MRI L-spine 03/20/2025 (Cape Fear Imaging) - mild L4-5 bulge/facet "
                      "arthropathy, no canal stenosis, no nerve root impingement."),
                ("h", "ASSESSMENT"),
                ("p", "1. Failed left percutaneous SI joint fusion - symptomatic nonunion of the left SI joint with "
                      "loosening of all three implants (M96.0, T84.84XA).\n"
                      "2. Mild lumbar spondylosis without neural compression; exam and history not radicular.\n"
                      "3. Osteopenia - relevant to fixation strategy."),
                ("h", "PLAN"),
                ("p", "- Present at multidisciplinary spine conference 01/21/2026.\n"
                      "- Discussed at length: open revision L SIJ arthrodesis (implant removal, debridement/"
                      "decortication, iliac crest autograft, plate + screw fixation) vs. living with symptoms. A second "
                      "percutaneous attempt is not recommended given lucent tracts around every implant.\n"
                      "- If she ever develops leg symptoms we would get EMG/NCS to rule out an L5 radiculopathy; none "
                      "at present.\n"
                      "- Pre-op: CBC, BMP, A1c, vit D level, nicotine screen. Continue Ca/vit D.\n"
                      "- Prior auth resubmission to CareSource once conference complete."),
                ("sig", ["Anand K. Ravishankar MD", "Anand K. Ravishankar, MD - Attending, Orthopaedic Spine Surgery",
                         "I saw and examined the patient with Dr. Whitsett (fellow) and agree with the note as documented.",
                         "Electronically signed 01/09/2026 07:48"]))

    conf = Doc("sans", header=hdr(P1_HDR), footer=pg_footer("PUCSC Spine Conference   "))
    conf.add(("lh", PU[0], PU[1]),
             ("title", "MULTIDISCIPLINARY SPINE CONFERENCE - CASE SUMMARY"),
             ("kv", [("Conference date", "01/21/2026"), ("Case #", "7 of 11"),
                     ("Presenting", "J. Whitsett, MD (fellow)"), ("Moderator", "R. Castellanos-Pyle, MD (NSGY)")], 2),
             ("p", "Attendees: Orthopaedic spine (Ravishankar, Oduya), Neurosurgery (Castellanos-Pyle), PM&R/"
                   "interventional (Lindqvist), MSK radiology (Whitcombe, remote), PT (Farouk), anesthesia pain (Baptiste)."),
             ("table", [1.2, 4.2], ["Item", "Summary"],
              [["Patient", "57F, L SI pain recurrent 1/2025 after L percutaneous SIJ fusion 6/11/2024 (outside)"],
               ["Key imaging", "CT 12/18/2025 (over-read 12/22): lucency all 3 implants, inferior backout ~4 mm, no "
                               "bridging bone; MRI L-spine 3/2025 mild spondylosis only"],
               ["Exam", "L PSIS TTP; thigh thrust +, FABER +; neuro intact, no radicular signs"],
               ["Prior tx", "PT 12 visits 2025; L SIJ inj 8/2025 brief relief; NSAID, APAP"],
               ["Question", "Revision strategy for failed MIS SIJ fusion"]]),
             ("h", "DISCUSSION"),
             ("p", "Radiology reviewed the CT with the group - the lucent halo is >2 mm around the superior and "
                   "inferior implants and the joint shows no trabecular bridging. Pain mgmt raised RFA of the lateral "
                   "branches as an alternative; felt unlikely to help with mechanical loosening of hardware. "
                   "Neurosurgery agreed the lumbar spine is not a competing generator."),
             ("h", "CONSENSUS RECOMMENDATION"),
             ("p", "Open revision left SI joint arthrodesis (CPT 27280) with removal of the three implants, iliac crest "
                   "autograft and plate/screw fixation. Repeat MIS revision not favored. Vote 6-0."),
             ("small", "Conference summaries are prepared by the presenting fellow from the live discussion and are not a "
                       "substitute for the individual clinical and imaging reports."))

    overread = Doc("sans", header=hdr("ClearRead Teleradiology Partners  |  VANDERGRIFF, MARISOL T  |  Acc# CR-25-1218-66310"),
                   footer=pg_footer("Final report - ClearRead TRP   "))
    overread.add(("lh", "ClearRead Teleradiology Partners, LLC", [
                  "Subspecialty over-read service  |  1100 Perimeter Park Dr, Morrisville, NC 27560  |  Reading room 919-555-0117"]),
                 ("title", "SUBSPECIALTY OVER-READ - FINAL REPORT"),
                 ("kv", [("Patient", "Vandergriff, Marisol T"), ("DOB / Sex", "04/22/1968 / F"),
                         ("Exam", "CT PELVIS WITHOUT CONTRAST"), ("Exam date", "12/18/2025 13:20"),
                         ("Performing site", "Sandhills Outpatient Imaging"), ("Over-read date", "12/22/2025 09:02"),
                         ("Ordering", "Anand K. Ravishankar, MD"), ("Over-reader", "Hyun-Joo Whitcombe, MD (MSK)")], 2),
                 ("p", "CLINICAL HISTORY: Left SI joint pain recurrent after percutaneous left SI joint fusion 06/2024. "
                       "Evaluate for hardware loosening / nonunion."),
                 ("p", "COMPARISON: Outside CT pelvis without contrast 03/04/2025 (Cape Fear Imaging, images imported "
                       "to PACS). Postoperative pelvis radiographs 06/12/2024 (report only)."),
                 ("p", "TECHNIQUE: Helical CT of the pelvis without contrast, 0.625 mm, with sagittal and coronal bone "
                       "reformats and metal artifact reduction. Dose report on file."),
                 ("p", "SITE PRELIMINARY INTERPRETATION (12/18/2025, Sandhills): \"Left SI fusion hardware in place. "
                       "No acute findings.\""),
                 ("h", "FINDINGS"),
                 ("p", "Hardware: Three triangular titanium implants traverse the left SI joint from the lateral "
                       "ilium into the sacral ala (two at S1, one at S2). Superior implant: circumferential lucency up "
                       "to 2.5 mm along both the iliac and sacral segments (1 mm on 03/04/2025). Middle implant: 2 mm "
                       "lucency along the sacral segment, new. Inferior implant: backed out laterally approximately 4 mm "
                       "relative to the outer iliac cortex compared with the prior, with 3 mm surrounding lucency."),
                 ("p", "Left SI joint: No osseous bridging across the left sacroiliac joint on any reformatted image. "
                       "Residual joint space about 2 mm with intra-articular vacuum phenomenon. Mild subchondral "
                       "sclerosis on the iliac side. No periprosthetic fracture."),
                 ("p", "Right SI joint: mild anterior joint-margin osteophytes, no erosion or ankylosis."),
                 ("p", "Bones otherwise: No fracture. No lytic or blastic lesion. Sacral foramina clear. Mild "
                       "degenerative joint space narrowing of both hips, symmetric."),
                 ("p", "Partially imaged lumbar spine: mild L5-S1 disc height loss. Soft tissues: no collection at the "
                       "left gluteal incision site. Sigmoid diverticulosis."),
                 ("h", "IMPRESSION"),
                 ("p", "1. Progressive periprosthetic lucency around all three left SI joint implants, with about 4 mm "
                       "lateral backout of the inferior implant compared with 03/04/2025 - consistent with implant loosening.\n"
                       "2. No bridging bone across the left SI joint: findings compatible with nonunion / failed "
                       "arthrodesis.\n"
                       "3. No fracture or aggressive osseous lesion."),
                 ("p", "DISCREPANCY: Major (category 3) relative to the site preliminary read. Findings discussed by "
                       "phone with Dr. Ravishankar's office (Kelsey B.) 12/22/2025 09:15."),
                 ("sig", ["H. Whitcombe, MD", "Hyun-Joo Whitcombe, MD - Musculoskeletal Radiology",
                          "Electronically signed 12/22/2025 09:11"]))

    CF = ("Cape Fear Orthopaedic & Pain Associates, PA",
          ["1820 Owen Dr, Bldg C  |  Fayetteville, NC 28304  |  Ph 910-555-0148  Fax 910-555-0149"])
    cfban = "FEB-02-2026 11:07  FROM: CAPE FEAR ORTHO 910 555 0149   TO: PU SPINE 9195550190   P. %d/%d"
    mri = Doc("serif", fax=fax(cfban, 196, 4, 4, [1.1], 202), base=10.5)
    mri.add(("lh", "Cape Fear Imaging", ["an affiliate of Cape Fear Orthopaedic & Pain Associates  |  1820 Owen Dr, Fayetteville, NC 28304"]),
            ("title", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
            ("kv", [("Patient", "VANDERGRIFF, MARISOL"), ("DOB", "04/22/1968"), ("Exam date", "03/20/2025"),
                    ("Acc #", "CFI-2503200418"), ("Ordering", "Lyle Pettigrew, DO"), ("Radiologist", "Otis R. Mabry, MD")], 2),
            ("p", "INDICATION: Low back and left buttock pain, prior left SI joint fusion. Rule out radiculopathy."),
            ("p", "TECHNIQUE: Sagittal T1, T2, STIR; axial T1 and T2 L3-S1. COMPARISON: None."),
            ("p", "FINDINGS: Five lumbar-type vertebrae. Alignment normal. Vertebral body heights preserved. Marrow "
                  "signal normal. Conus terminates at L1, normal."),
            ("p", "L1-2, L2-3: Unremarkable."),
            ("p", "L3-4: Mild facet arthropathy. No stenosis."),
            ("p", "L4-5: Mild disc bulge with mild bilateral facet hypertrophy. Mild bilateral foraminal narrowing. "
                  "No canal stenosis. Traversing and exiting roots are not impinged."),
            ("p", "L5-S1: Mild disc desiccation without herniation. Foramina patent."),
            ("p", "Partially visualized left SI joint hardware with susceptibility artifact limiting evaluation."),
            ("pb", "IMPRESSION: Mild lumbar spondylosis, most pronounced at L4-5. No spinal canal stenosis or nerve "
                   "root impingement."),
            ("sig", ["O. R. Mabry MD", "Otis R. Mabry, MD   Signed 03/20/2025 17:42"]))

    opnote = Doc("sans", fax=fax(cfban, 196, 2, 4, [-0.7], 203), base=10)
    opnote.add(("lh", CF[0], CF[1]),
               ("title", "OPERATIVE REPORT"),
               ("kv", [("Patient", "Marisol Vandergriff"), ("DOB", "04/22/1968"), ("Date of surgery", "06/11/2024"),
                       ("Facility", "Cape Fear Surgery Center"), ("Surgeon", "Lyle Pettigrew, DO"), ("Anesthesia", "General ETA")], 2),
               ("p", "PREOPERATIVE DIAGNOSIS: Left sacroiliac joint dysfunction, refractory to conservative care."),
               ("p", "POSTOPERATIVE DIAGNOSIS: Same."),
               ("p", "PROCEDURE: Left minimally invasive sacroiliac joint fusion (CPT 27279), three triangular titanium "
                     "implants (7.0 x 45 mm, 7.0 x 40 mm, 7.0 x 35 mm), under biplanar fluoroscopic guidance."),
               ("p", "EBL: 15 mL. COMPLICATIONS: None. SPECIMENS: None."),
               ("p", "DESCRIPTION: Patient prone on Jackson table. Lateral, inlet and outlet views confirmed. A 3 cm "
                     "incision was made over the lateral ilium. Guide pin advanced across the SIJ into the sacral ala "
                     "at S1, position confirmed on all views. Drilled, broached and the first implant was placed. Two "
                     "additional implants were placed in the same fashion, the inferior at S2 above the foramen. "
                     "Final images showed satisfactory position, no breach of the neural foramina. Irrigated, closed "
                     "in layers, Dermabond. Neurovascularly intact in PACU."),
               ("sig", ["L. Pettigrew DO", "Lyle Pettigrew, DO   dictated 06/11/2024  transcribed 06/12/2024 (mk)"]))

    fu = Doc("sans", fax=fax(cfban, 196, 3, 4, [0.4], 204), base=10)
    fu.add(("lh", CF[0], CF[1]),
           ("title", "OFFICE VISIT - POSTOPERATIVE FOLLOW-UP"),
           ("kv", [("Patient", "Marisol Vandergriff"), ("DOB", "04/22/1968"), ("DOS", "01/27/2025"),
                   ("Provider", "Lyle Pettigrew, DO")], 2),
           ("p", "S: 7 mo s/p L MIS SIJ fusion. Was doing great thru Oct/Nov (2/10). Over the last 3-4 wks L buttock "
                 "pain back, 6/10, \"clunk\" w/ stairs. No leg pain, no N/T. No injury."),
           ("p", "O: Incision healed. TTP L PSIS. + thigh thrust L. Neg SLR. Motor 5/5. Gait mildly antalgic."),
           ("p", "XR pelvis AP/inlet/outlet today: 3 implants across L SIJ, no change in position vs 6/2024, no "
                 "obvious lucency on plain film (limited)."),
           ("p", "A/P: Recurrent L SIJ pain s/p fusion - r/o loosening vs nonunion. CT pelvis ordered. Resume PT "
                 "2x/wk x 6 wk. Meloxicam 7.5 mg. RTC after CT."),
           ("sig", ["LPettigrew", "Lyle Pettigrew, DO  e-signed 01/28/2025"]))

    files = [
        ("01_fax_cover_and_PA_request.pdf", [cover, form]),
        ("02_reconsideration_letter_p2p_denial.pdf", [appeal, p2p, denial]),
        ("03_spine_center_consult_and_conference.pdf", [consult, conf]),
        ("04_imaging_overread_and_outside_MRI.pdf", [overread, mri]),
        ("05_outside_records_CapeFear.pdf", [opnote, fu]),
    ]
    return files


P1_LABELS = {
    "procedure": "open",
    "request_date": "2026-02-10",
    "determination": "meets_criteria",
    "criteria": {
        "open.indication": {"status": "met", "evidence": [
            "Failed prior percutaneous SIJ fusion",
            "Failed left percutaneous SI joint fusion - symptomatic nonunion"]},
        "open.recent_imaging": {"status": "met", "evidence": [
            "No osseous bridging across the left sacroiliac joint",
            "Progressive periprosthetic lucency around all three left SI joint implants",
            "compatible with nonunion / failed arthrodesis"]},
        "open.excl.neural_compression": {"status": "met", "evidence": [
            "No spinal canal stenosis or nerve root impingement",
            "Mild lumbar spondylosis without neural compression"]},
    },
}

# =====================================================================================
# b5l-02  open (27280) -> does_not_meet_criteria ; single PDF (request date from form)
# =====================================================================================
P2_HDR = "HASKETT, CORBIN J  |  DOB 11/03/1961  |  MRN CV-2290417"
CV = ("Catawba Valley Academic Spine Institute",
      ["University Spine Associates  |  915 Tate Blvd SE, 4th Floor, Hickory, NC 28602",
       "Tel 828-555-0261  |  Fax 828-555-0262  |  Orthopaedics - Neurosurgery - PM&R - Pain Medicine"])


def p2_docs():
    cover = Doc("mono", footer=lambda i, n: "CVASI fax cover v2")
    cover.add(("lh", CV[0], CV[1]),
              ("title", "*** FAX ***", 18),
              ("mono", "DATE:     03/05/2026            TIME: 10:42"),
              ("mono", "TO:       CareSource NC Prior Authorization     FAX: 866-555-0172"),
              ("mono", "FROM:     Yolanda Pruitt-Ames, PA coordinator   TEL: 828-555-0261 x340"),
              ("mono", "PAGES:    9 incl. cover"),
              ("mono", "RE:       PA REQUEST - CPT 27280 - HASKETT, CORBIN J (ID CSN5520918846)"),
              ("rule",),
              ("mono", "Contents: PA form; LMN/appeal Dr. Makris-Lund; 12/09/25 denial (27279); P2P note;"),
              ("mono", "spine conference summary 02/18/26; CT pelvis over-read 01/20/26; MRI L-spine 10/07/25;"),
              ("mono", "outside ED record 01/2023."),
              ("sp", 14),
              ("mono", "**Note: previous request (27279) was denied. THIS IS A NEW REQUEST FOR OPEN FUSION.**"),
              ("sp", 40), ("small", CONF))

    form = Doc("sans", header=hdr("CareSource NC  |  Prior Authorization Request - Medical/Surgical  |  HASKETT, CORBIN J"),
               footer=pg_footer("Form CS-NC-PA-MS (07/2025)   "))
    form.add(("lh", "CareSource North Carolina", ["Marketplace  |  Prior Authorization Request Form - Medical / Surgical Services",
                                                 "Fax completed form and clinicals to 1-866-555-0172. Incomplete forms may delay review."], "center"),
             ("h", "SECTION A - MEMBER"),
             ("kv", [("Member name", "Corbin J. Haskett"), ("DOB", "11/03/1961"),
                     ("Member ID", "CSN5520918846"), ("Plan", "NC Marketplace - Bronze 2026"),
                     ("Phone", "828-555-0914"), ("Other insurance", "None")], 2),
             ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
             ("kv", [("Requesting provider", "Teodora Makris-Lund, MD"), ("NPI", "1669342071"),
                     ("Specialty", "Orthopaedic Spine Surgery"), ("TIN", "56-2287410"),
                     ("Contact", "Y. Pruitt-Ames 828-555-0261 x340"), ("Fax", "828-555-0262"),
                     ("Servicing facility", "Catawba Valley University Hospital"), ("Facility NPI", "1780664213")], 2),
             ("h", "SECTION C - SERVICE REQUESTED"),
             ("table", [1.1, 3.6, 1.0, 1.3], ["CPT/HCPCS", "Description", "Units", "Setting"],
              [["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including "
                         "instrumentation, when performed - LEFT", "1", "Inpatient (2 days)"]]),
             ("kv", [("Date of request", "03/05/2026"), ("Anticipated DOS", "04/14/2026"),
                     ("Request type", "Initial (new code)"), ("Related ref #", "UM-2025-1118-2093 (27279, denied)")], 2),
             ("table", [1.0, 4.0], ["ICD-10-CM", "Diagnosis"],
              [["M53.3", "Sacrococcygeal disorders, not elsewhere classified (L SI joint dysfunction)"],
               ["M47.818", "Spondylosis w/o myelopathy or radiculopathy, sacral and sacrococcygeal region"]]),
             ("h", "SECTION D - OPEN SI JOINT FUSION: INDICATION (check all that apply)"),
             ("box", [(False, "Post-traumatic injury of the SIJ (e.g., pelvic ring fracture)"),
                      (False, "SIJ infection (osteomyelitis / pyogenic sacroiliitis) or sepsis"),
                      (False, "Sacral tumor management (e.g., partial sacrectomy)"),
                      (False, "Part of multisegmental long fusion for deformity correction"),
                      (False, "Failed prior percutaneous SIJ fusion"),
                      (True, "Other: Degenerative left SI joint disease / SIJ syndrome")]),
             ("p", "If Other, explain: refractory to PT, meds and injections; percutaneous (MIS) fusion felt not "
                   "technically feasible because of bridging anterior osteophytes and transitional L5 anatomy."),
             ("h", "SECTION E - CLINICAL SUMMARY"),
             ("p", "64M, chronic L buttock/low back pain x 3 yrs. Failed conservative care incl. 2 SIJ injections. CT "
                   "pelvis 01/20/2026: advanced L SIJ degenerative change. MRI L-spine 10/2025: no compression. "
                   "See LMN."),
             ("h", "SECTION F - ATTESTATION"),
             ("p", "I attest the information above is accurate and supported by the enclosed medical records."),
             ("sig", ["T Makris-Lund", "Teodora Makris-Lund, MD      Date: 03/05/2026"]))

    lmn = Doc("serif", header=hdr("Corbin J. Haskett - DOB 11/03/1961 - Letter of medical necessity (cont.)"),
              footer=pg_footer())
    lmn.add(("lh", CV[0], CV[1]),
            ("p", "February 27, 2026"),
            ("p", "CareSource North Carolina - Utilization Management / Appeals\nFax 1-866-555-0172"),
            ("pb", "Re: Corbin J. Haskett (DOB 11/03/1961, ID CSN5520918846)\n"
                   "Letter of medical necessity - open left sacroiliac joint arthrodesis (CPT 27280)\n"
                   "and appeal of adverse determination UM-2025-1118-2093 (CPT 27279)"),
            ("p", "Dear Medical Director,"),
            ("p", "Mr. Haskett is a 64-year-old retired furniture-plant supervisor whom I have followed since "
                  "04/2025 for disabling left-sided low back and buttock pain. His pain sits over the left posterior "
                  "SI joint, rarely travels past the posterior thigh, and is worst rising from a chair, on stairs, "
                  "and after 15 minutes of standing. He rates it 7/10 on average."),
            ("p", "He has failed a long course of conservative management: 16 visits of physical therapy "
                  "(05/2025-08/2025) followed by a supervised home program, naproxen and then meloxicam, a lumbar "
                  "support belt, and topical diclofenac. He failed two fluoroscopically guided left SI joint "
                  "injections (06/2025 and 10/2025). His request for minimally invasive fusion (27279) was denied on "
                  "12/09/2025; at the peer-to-peer on 12/16/2025 we discussed his anatomy."),
            ("p", "CT of the pelvis (01/20/2026) shows advanced left sacroiliac arthrosis with subchondral sclerosis "
                  "and cysts, vacuum phenomenon, and large anterior bridging osteophytes, together with a "
                  "transitional L5 with a left-sided pseudarticulation. In my judgment these changes make "
                  "placement of lateral transiliac implants unreliable, and an open posterior approach with "
                  "debridement, grafting and instrumentation offers him the best chance of a durable fusion."),
            ("p", "For completeness: there is no history of pelvic ring injury, infection, or neoplasm of the sacrum "
                  "or pelvis, and he has never had SI joint surgery. His 2023 emergency visit after a fall on ice "
                  "was for a coccyx contusion without fracture. His lumbar MRI shows postoperative change at L4-5 "
                  "and mild spondylosis without nerve root compression, and his neurologic exam is normal."),
            ("p", "I respectfully ask that you approve open left SI joint arthrodesis for this patient with "
                  "degenerative sacroiliac joint disease who has exhausted non-operative options. I am available "
                  "for a peer-to-peer discussion at 828-555-0261 x301."),
            ("p", "Respectfully,"),
            ("sig", ["Teodora Makris-Lund", "Teodora Makris-Lund, MD, FAAOS",
                     "Assistant Professor of Orthopaedic Surgery, Catawba Valley Academic Spine Institute"]))

    denial = Doc("serif", fax=fax("DEC-09-2025 14:18  FROM: CARESOURCE UM 8665550172   TO: 828 555 0262   P. %d/%d",
                                  196, 1, 3, [-1.2], 301), base=10.5)
    denial.add(("lh", "CareSource", ["North Carolina Marketplace  |  P.O. Box 1947, Dayton, OH 45401  |  1-833-555-0110 (TTY 711)"]),
               ("title", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
               ("kv", [("Date", "12/09/2025"), ("Case #", "UM-2025-1118-2093"),
                       ("Member", "Corbin J. Haskett"), ("Member ID", "CSN5520918846"),
                       ("Provider", "Teodora Makris-Lund, MD"), ("Received", "11/18/2025")], 2),
               ("p", "Service requested: CPT 27279 - Arthrodesis, sacroiliac joint, percutaneous or minimally "
                     "invasive (indirect visualization), left."),
               ("pb", "Decision: NOT APPROVED"),
               ("p", "Reason: Based on CareSource medical policy MP-MM-1366, percutaneous SI joint fusion needs "
                     "two image-guided, contrast-enhanced SI joint injections, each giving at least 50% pain relief "
                     "for the expected duration of the numbing medicine. The records show two injections; the "
                     "second one (10/2025) gave 40% relief. Because of this the request is not medically necessary."),
               ("p", "A peer-to-peer conversation is available within 14 calendar days of this notice. To request "
                     "one, call 1-833-555-0110, option 4. You have 180 days from this notice to file an appeal. "
                     "Appeals may be sent by fax to 1-866-555-0173."),
               ("sig", ["R. Abernethy-Cole DO", "Ruth Abernethy-Cole, DO - Physician Reviewer"]),
               ("small", "Enclosed: your appeal rights (page 2), language assistance notice (page 3)."))

    p2p = Doc("sans", header=hdr(P2_HDR), footer=pg_footer("CVASI EHR - Telephone encounter   "))
    p2p.add(("lh", CV[0], CV[1]),
            ("title", "PHONE NOTE - PEER TO PEER (P2P)"),
            ("kv", [("Date/time", "12/16/2025 12:40"), ("Payer", "CareSource NC Marketplace"),
                    ("Case", "UM-2025-1118-2093 (27279)"), ("Spoke with", "Ruth Abernethy-Cole, DO")], 2),
            ("p", "Reviewer reiterated denial reason (2nd diagnostic block 40%). I explained his 2nd block was done "
                  "by a different proceduralist and the diary was incomplete; she would not overturn on that basis."),
            ("p", "We then talked about his CT/x-ray anatomy - large anterior bridging osteophyte, transitional L5 - "
                  "and whether MIS implants are a good idea at all. I told her I may request an open fusion instead. "
                  "Dr. A-C said the plan covers open SIJ fusion for post-traumatic injury, SI infection, sacral tumor, "
                  "deformity constructs or a failed MIS fusion, and that degenerative SIJ/SIJ syndrome is listed as "
                  "an exclusion; she could not say how a new request would be decided."),
            ("p", "Outcome: denial stands. Will obtain updated CT pelvis and present at spine conference before "
                  "deciding next request. - TML"),
            ("sig", ["TML", "Teodora Makris-Lund, MD   12/16/2025 13:02"]))

    conf = Doc("sans", header=hdr(P2_HDR), footer=pg_footer("Spine Conference Summary - confidential peer review   "))
    conf.add(("lh", CV[0], CV[1]),
             ("title", "SPINE & PELVIS MULTIDISCIPLINARY CONFERENCE"),
             ("kv", [("Date", "02/18/2026"), ("Presenter", "T. Makris-Lund, MD"),
                     ("Scribe", "Aiden Tollefsen, MD (PGY-4)"), ("Location", "Tate 4 conf rm / Teams")], 2),
             ("table", [1.3, 4.2], ["", "Case 4 - HASKETT, Corbin J (64 M)"],
              [["Presenting problem", "L-sided LBP/buttock pain ~3 yrs, worse with sit-to-stand and stairs"],
               ["Pertinent hx", "L4-5 laminectomy 2012 (outside). Fall on ice 01/2023 - coccyx contusion, XR neg. "
                                "HTN, DM2 (A1c 7.1), BMI 36."],
               ["Treatment to date", "PT 16 visits 2025, NSAIDs, SI belt, L SIJ inj x2 (06/2025 ~70%, 10/2025 ~40%)"],
               ["Imaging", "CT pelvis 1/20/26: advanced L SIJ OA, bridging anterior osteophytes, Castellvi IIa L5 "
                           "(L). MRI L 10/2025: post-lami L4-5, no stenosis/compression."],
               ["Question", "Open vs MIS L SIJ fusion vs non-operative"]]),
             ("h", "DISCUSSION / CONSENSUS"),
             ("p", "Radiology (Dr. Fairweather): degenerative pattern, no erosions or features of inflammatory "
                   "sacroiliitis; the anterior bridge is partial. PM&R (Dr. Ibekwe-Stroud) would favor L5 dorsal "
                   "ramus/S1-S3 lateral branch RFA before any fusion. Surgeon favors open posterior fusion given "
                   "anatomy and body habitus."),
             ("p", "Consensus diagnosis: degenerative left sacroiliac joint arthropathy (SIJ syndrome). No trauma, "
                   "infection, tumor or deformity indication identified. Majority (4 of 6) support surgical referral; "
                   "2 favor trial of RFA first."))

    ov = Doc("sans", header=hdr("Blue Ridge Teleradiology  |  HASKETT, CORBIN J  |  Acc# BRT-260120-0447"),
             footer=pg_footer("BRT final   "))
    ov.add(("lh", "Blue Ridge Teleradiology, PLLC", ["Academic over-read & second-opinion service  |  Asheville, NC  |  828-555-0400"]),
           ("title", "SECOND-OPINION OVER-READ: CT PELVIS, WITH COMPARISON MRI"),
           ("kv", [("Patient", "HASKETT, CORBIN J"), ("DOB", "11/03/1961"),
                   ("Study 1", "CT PELVIS W/O CONTRAST 01/20/2026"), ("Site", "Catawba Valley Univ. Hosp."),
                   ("Study 2 (comparison)", "MRI PELVIS W/WO 05/14/2025"), ("Site 2", "Foothills Open MRI"),
                   ("Requested by", "T. Makris-Lund, MD"), ("Reader", "Priscilla Fairweather, MD")], 2),
           ("p", "HISTORY: 64M, chronic left SI region pain; surgical planning. MRI 05/2025 was obtained to rule "
                 "out sacral insufficiency fracture."),
           ("h", "FINDINGS - CT PELVIS 01/20/2026"),
           ("p", "Left SI joint: advanced degenerative change with joint space narrowing, subchondral sclerosis, "
                 "subchondral cysts and vacuum phenomenon, iliac side greater than sacral. Large anterior "
                 "osteophytes partially bridge the anterior inferior joint margin. No erosions. No ankylosis of the "
                 "synovial portion."),
           ("p", "Right SI joint: mild degenerative narrowing and small anterior osteophytes."),
           ("p", "Lumbosacral junction: transitional L5 with enlarged left transverse process forming a "
                 "pseudarticulation with the sacral ala (Castellvi IIa). Postoperative L4-5 laminectomy defect."),
           ("p", "No fracture. No lytic or sclerotic lesion of the sacrum or iliac bones. Hips: mild bilateral "
                 "osteoarthritis. Bladder, prostate and visualized bowel unremarkable."),
           ("h", "FINDINGS - MRI PELVIS 05/14/2025 (reviewed for comparison)"),
           ("p", "Mild periarticular subchondral edema on the iliac side of the left SI joint, degenerative pattern. "
                 "No sacral insufficiency fracture. No marrow-replacing lesion. No joint effusion or abscess."),
           ("h", "IMPRESSION"),
           ("p", "1. Advanced left sacroiliac joint osteoarthritis: subchondral sclerosis, subchondral cysts and "
                 "vacuum phenomenon, with partially bridging anterior osteophytes. Progressed compared with MRI "
                 "05/14/2025.\n2. No erosive or inflammatory sacroiliitis. No fracture, infection or tumor.\n"
                 "3. Transitional lumbosacral anatomy (Castellvi IIa, left)."),
           ("sig", ["P. Fairweather MD", "Priscilla Fairweather, MD - Body & MSK Imaging, signed 01/22/2026 16:20"]))

    mri = Doc("sans", header=hdr(P2_HDR), footer=pg_footer("CVUH Radiology - FINAL   "))
    mri.add(("lh", "Catawba Valley University Hospital - Department of Radiology", ["915 Tate Blvd SE, Hickory, NC 28602  |  Reading room 828-555-0277"]),
            ("title", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
            ("kv", [("Exam date", "10/07/2025"), ("Acc", "CVR-5510071182"), ("Ordering", "T. Makris-Lund, MD"),
                    ("Radiologist", "Wendell Ostrowski, MD")], 2),
            ("p", "INDICATION: LBP, L buttock pain. h/o L4-5 laminectomy. Eval for stenosis prior to SI procedure."),
            ("p", "COMPARISON: None available."),
            ("p", "FINDINGS: Numbering assumes five non-rib-bearing lumbar vertebrae with a transitional L5 (see "
                  "prior pelvis imaging). Alignment preserved. No fracture or marrow lesion. Conus normal."),
            ("table", [0.8, 4.2], ["Level", "Findings"],
             [["L1-L2", "Normal."],
              ["L2-L3", "Mild disc bulge. No stenosis."],
              ["L3-L4", "Mild disc bulge and facet arthropathy. Mild right foraminal narrowing, no stenosis of the canal."],
              ["L4-L5", "Postsurgical laminectomy changes. Mild circumferential bulge. Canal and lateral recesses "
                        "patent. Mild bilateral foraminal narrowing without nerve root contact."],
              ["L5-S1", "Rudimentary disc. No herniation. Foramina patent."]]),
            ("pb", "IMPRESSION:\n1. Postsurgical change at L4-5 with mild multilevel spondylosis.\n"
                   "2. No significant spinal canal or neural foraminal stenosis. No nerve root compression."),
            ("sig", ["W Ostrowski", "Wendell Ostrowski, MD  Final 10/07/2025 18:55"]))

    ed = Doc("sans", fax=fax("JAN-30-2026 08:03  FROM: MERCY REGIONAL HIM  TO: 8285550262  P. %d/%d", 196, 2, 2,
                             [0.5], 302), base=10)
    ed.add(("lh", "Mercy Regional Medical Center - Emergency Department", ["300 Riverbend Rd, Morganton, NC 28655  |  Health Information Mgmt fax 828-555-0733"]),
           ("title", "ED PROVIDER NOTE"),
           ("kv", [("Patient", "HASKETT, CORBIN"), ("DOB", "11/03/1961"), ("Arrival", "01/17/2023 07:52"),
                   ("Provider", "Nadia Queensberry, PA-C"), ("Supervising", "Felix Arroyo-Benn, MD"), ("Acuity", "ESI 4")], 2),
           ("p", "HPI: 61M slipped on ice in driveway this AM and landed on his buttocks. Pain at tailbone. No head "
                 "strike, no LOC. Ambulatory at scene. No numbness/tingling, no bowel/bladder sx."),
           ("p", "EXAM: Midline coccygeal tenderness. No step-off. Pelvis stable to AP and lateral compression. Hips "
                 "FROM. Neuro: strength 5/5 BLE, sensation intact, normal gait."),
           ("p", "IMAGING: XR sacrum/coccyx 2 views and XR pelvis AP: No acute fracture or dislocation. SI joints "
                 "symmetric; mild degenerative sclerosis bilaterally. (Prelim read, Dr. Vance, radiology.)"),
           ("p", "ED COURSE/MDM: Mechanism low energy, pelvis stable, imaging negative. Ibuprofen 600 mg given."),
           ("p", "DIAGNOSIS: Contusion of coccyx, initial encounter (S30.0XXA). Fall on ice (W00.0XXA)."),
           ("p", "DISPO: Home. Donut cushion, ice 20 min QID x48h, ibuprofen prn. Return precautions given. "
                 "F/u PCP 1 wk prn."),
           ("sig", ["N. Queensberry PA-C", "Nadia Queensberry, PA-C  01/17/2023 09:14   Cosigned F. Arroyo-Benn MD"]))

    return [("b5l-02.pdf", [cover, form, lmn, denial, p2p, conf, ov, mri, ed])]


P2_LABELS = {
    "procedure": "open",
    "request_date": "2026-03-05",
    "determination": "does_not_meet_criteria",
    "criteria": {
        "open.indication": {"status": "not_met", "evidence": [
            "Other: Degenerative left SI joint disease / SIJ syndrome",
            "Consensus diagnosis: degenerative left sacroiliac joint arthropathy (SIJ syndrome)",
            "he has never had SI joint surgery"]},
        "open.recent_imaging": {"status": "met", "evidence": [
            "Advanced left sacroiliac joint osteoarthritis",
            "subchondral sclerosis, subchondral cysts and vacuum phenomenon"]},
        "open.excl.neural_compression": {"status": "met", "evidence": [
            "No significant spinal canal or neural foraminal stenosis",
            "No nerve root compression"]},
    },
}

# =====================================================================================
# b5l-03  percutaneous (27279) -> insufficient_documentation ; folder, no packet.json
# =====================================================================================
P3_HDR = "ABERNATHY, RENATA L   DOB 07/15/1979   MRN TA-6120883"
TA = ("Triad Academic Spine & Pain Center",
      ["Wake Forest Pkwy Medical Plaza, 3300 Silas Creek Pkwy, Ste 200, Winston-Salem, NC 27103",
       "Spine Surgery  |  Interventional Spine  |  Physiatry    Ph 336-555-0350   Fax 336-555-0351"])


def p3_docs():
    cover = Doc("sans", footer=lambda i, n: "TASPC front desk - fax cover")
    cover.add(("lh", TA[0], TA[1]),
              ("title", "FAX COVER SHEET", 16),
              ("table", [1, 2.4, 1, 2.0], ["To", "CareSource NC - Prior Auth", "From", "Marisa Dellinger, CMA"],
               [["Fax", "1-866-555-0172", "Fax", "336-555-0351"],
                ["Phone", "1-833-555-0110", "Phone", "336-555-0350 x118"],
                ["Date", "02/16/2026", "Pages", "15 incl. cover (5 files)"]], 10),
              ("p", "RE: Prior authorization - RIGHT percutaneous SI joint fusion (CPT 27279) - Renata L. Abernathy, "
                    "DOB 07/15/1979, CareSource ID CSN3307745120."),
              ("p", "Enclosed: PA request, letter of medical necessity, spine conference summary, 2nd-opinion consult "
                    "01/14/2026, outside PT/chiropractic/pain-clinic records, SI injection note 12/03/2025, "
                    "teleradiology over-reads (SI XR/CT, lumbar MRI), med list."),
              ("sp", 40), ("small", CONF))

    form = Doc("sans", header=hdr("CareSource NC  |  Prior Authorization Request - Medical/Surgical  |  ABERNATHY, RENATA L"),
               footer=pg_footer("Form CS-NC-PA-MS (07/2025)   "))
    form.add(("lh", "CareSource North Carolina", ["Marketplace  |  Prior Authorization Request Form - Medical / Surgical Services",
                                                 "Fax completed form and clinicals to 1-866-555-0172. Incomplete forms may delay review."], "center"),
             ("h", "SECTION A - MEMBER"),
             ("kv", [("Member name", "Renata L. Abernathy"), ("DOB", "07/15/1979"),
                     ("Member ID", "CSN3307745120"), ("Plan", "NC Marketplace - Gold 2026"),
                     ("Phone", "336-555-0782"), ("Other insurance", "None")], 2),
             ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
             ("kv", [("Requesting provider", "Gideon Farrow-Nakamura, MD"), ("NPI", "1538820164"),
                     ("Specialty", "Orthopaedic Spine Surgery"), ("TIN", "58-3390126"),
                     ("Contact", "Marisa Dellinger 336-555-0350 x118"), ("Fax", "336-555-0351"),
                     ("Servicing facility", "Triad Academic Ambulatory Surgery Ctr"), ("Facility NPI", "1245530917")], 2),
             ("h", "SECTION C - SERVICE REQUESTED"),
             ("table", [1.1, 3.6, 1.0, 1.3], ["CPT/HCPCS", "Description", "Units", "Setting"],
              [["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect "
                         "visualization), with image guidance, includes obtaining bone graft - RIGHT", "1", "Outpatient ASC"]]),
             ("kv", [("Date of request", "02/16/2026"), ("Anticipated DOS", "03/30/2026"),
                     ("Request type", "Initial"), ("Laterality", "Right")], 2),
             ("table", [1.0, 4.0], ["ICD-10-CM", "Diagnosis"],
              [["M53.3", "Sacrococcygeal disorders, NEC (right sacroiliac joint dysfunction)"],
               ["M53.2X8", "Spinal instabilities, sacral and sacrococcygeal region"]]),
             ("h", "SECTION D - PERCUTANEOUS SIJ FUSION CHECKLIST (attach documentation)"),
             ("box", [(True, "Pain score / location documented"), (True, "Provocative tests documented"),
                      (True, "Conservative therapy >= 6 months (active + inactive)"),
                      (True, "2 image-guided diagnostic SIJ injections"), (True, "SIJ / lumbar imaging"),
                      (False, "Hip imaging"), (True, "2 therapeutic SIJ injections")]),
             ("h", "SECTION E - ATTESTATION"),
             ("p", "I attest the information above is accurate and supported by the enclosed medical records."),
             ("sig", ["G. Farrow-Nakamura", "Gideon Farrow-Nakamura, MD     Date: 02/16/2026"]))

    lmn = Doc("serif", header=hdr("R. Abernathy (DOB 07/15/1979) - LMN right MIS SIJ fusion - cont."), footer=pg_footer())
    lmn.add(("lh", TA[0], TA[1]),
            ("p", "02/10/2026"),
            ("p", "To: CareSource North Carolina, Utilization Management"),
            ("pb", "LETTER OF MEDICAL NECESSITY - Right minimally invasive SI joint fusion (CPT 27279)\n"
                   "Patient: Renata L. Abernathy   DOB 07/15/1979   Member ID CSN3307745120"),
            ("p", "Ms. Abernathy is a 46-year-old dental hygienist whom I evaluated on 01/14/2026 for a second opinion "
                  "at the request of her interventional physician. She has had right buttock pain for roughly two "
                  "years, centered over the right posterior SI joint, that has not responded to a complete and "
                  "well-documented course of non-operative care."),
            ("p", "Conservative care within the last 12 months has included formal physical therapy (03/2025 to "
                  "06/2025) followed by chiropractic care (07/2025 to 10/2025), daily meloxicam since 01/2025, heat "
                  "and activity modification. Two fluoroscopically guided, contrast-confirmed right SI joint blocks "
                  "(10/22/2025 and 12/03/2025) each produced more than 80% relief during the anesthetic phase, and "
                  "the corticosteroid benefit from each lasted only four to five weeks."),
            ("p", "On examination she has focal tenderness over the right sacral sulcus, a positive thigh thrust and "
                  "a positive FABER test on the right, with a normal neurologic exam. Her SI joint radiographs and CT "
                  "show only mild degenerative change without erosions or destructive lesions, and her lumbar MRI "
                  "shows no recurrent disc herniation or root compression following her 2021 microdiscectomy. Her "
                  "pain averages 7/10 and she has reduced her work schedule to three days a week."),
            ("p", "We believe she meets CareSource policy MP-MM-1366 for percutaneous SI joint fusion and request "
                  "authorization. Please call with questions."),
            ("sig", ["Gideon Farrow-Nakamura", "Gideon Farrow-Nakamura, MD", "Associate Professor, Orthopaedic Spine Surgery"]))

    conf = Doc("sans", header=hdr(P3_HDR), footer=pg_footer("TASPC spine conference   "))
    conf.add(("lh", TA[0], TA[1]),
             ("title", "WEEKLY INTERDISCIPLINARY SPINE CONFERENCE - SUMMARY"),
             ("kv", [("Date", "01/28/2026"), ("Case", "ABERNATHY, Renata (46F)"),
                     ("Presenter", "G. Farrow-Nakamura, MD"), ("Recorder", "S. Mbeki-Larsen, NP")], 2),
             ("table", [1.4, 4.0], ["Domain", "Summary as presented"],
              [["Pain", "R buttock/PSIS, non-radiating, NRS 6-7/10; 9/10 at worst in spring 2025"],
               ["Exam", "R sulcus TTP; thigh thrust +, FABER +; neuro nl; Waddell 0/5"],
               ["Conservative", "PT 3-6/2025, chiro 7-10/2025, meloxicam daily, heat"],
               ["Injections", "R SIJ 10/22/25 and 12/03/25 (fluoro + contrast), >80% acute relief, steroid "
                              "benefit ~4-5 wk each; L5-S1 TFESI 4/2025 no help"],
               ["Imaging", "SI XR + CT 9/2025 mild DJD; MRI L 8/2025 no compression (post-op L5-S1)"],
               ["Outstanding", "R hip films ordered 01/14 - not yet obtained"]]),
             ("h", "RECOMMENDATION"),
             ("p", "Reasonable candidate for R MIS SIJ fusion. Complete hip radiographs before surgery. Neurosurgery "
                   "(Dr. Hallorann) notes prior S1 radiculopathy resolved after 2021 discectomy - no current "
                   "radicular features."))

    consult = Doc("sans", header=hdr(P3_HDR + "   |   DOS 01/14/2026"), footer=pg_footer())
    consult.add(("lh", TA[0], TA[1]),
                ("title", "SECOND OPINION - SPINE SURGERY CONSULTATION"),
                ("kv", [("Date", "01/14/2026"), ("Provider", "Gideon Farrow-Nakamura, MD"),
                        ("Referring", "Priya Venkataraman-Holt, MD (TASPC Interventional)"),
                        ("Outside", "Yadkin River Pain & Wellness")], 2),
                ("h", "Reason for consultation"),
                ("p", "Second opinion re: surgical options for refractory R SI joint pain."),
                ("h", "HPI"),
                ("p", "46 yo F with ~2 yrs of R low back/buttock pain, insidious onset, no antecedent trauma. The pain is "
                      "confined to the right buttock just medial to the PSIS, below the belt line, and she points to "
                      "it with one finger (Fortin +). It does not radiate into the thigh or leg. Worse with sitting "
                      ">20 min, rolling in bed, climbing stairs and standing on the R leg; eased by lying on the L side."),
                ("p", "Pain today: NRS 6/10 at rest, 8/10 with prolonged sitting (it was 9/10 in 05/2025 before PT). "
                      "Oswestry 44%."),
                ("p", "Hx of R S1 radiculopathy from L5-S1 disc extrusion -> R L5-S1 microdiscectomy 06/2021 (Dr. "
                      "Hallorann) with complete resolution of leg pain; no leg sx since. The current buttock pain is "
                      "different in character."),
                ("p", "Treatment: PT 03-06/2025 then chiropractic 07-10/2025 (records from Forsyth Motion PT and "
                      "Reynolda Chiropractic reviewed). Meloxicam 15 mg daily since 01/2025 - partial help; heating pad "
                      "nightly; has a TENS unit, uses it now and then. R L5-S1 TFESI 04/2025 - no relief. R SIJ "
                      "injection 10/22/2025 (Yadkin River) and 12/03/2025 (Dr. Venkataraman-Holt): excellent "
                      "anesthetic-phase relief each time. After the October injection pain returned to baseline by "
                      "late November; after the December injection relief faded after about five weeks, and she is "
                      "now back to her usual pain."),
                ("h", "PMH / PSH"),
                ("p", "Hypothyroidism. Generalized anxiety disorder, well controlled on sertraline. Stage IA L breast "
                      "cancer 2016 s/p lumpectomy + XRT, no evidence of recurrence (oncology visit 09/2025). L ankle "
                      "fracture 12/20/2025 (slipped on a wet step) - ORIF at outside hosp, now in CAM boot. R L5-S1 "
                      "microdiscectomy 2021."),
                ("h", "FH / SH"),
                ("p", "Father - ankylosing spondylitis. Mother - fibromyalgia, hypothyroid. Never smoker. Married, 2 "
                      "kids. Dental hygienist, currently 3 days/wk."),
                ("h", "Labs (09/2025, outside)"),
                ("p", "HLA-B27 negative, CRP 2.1 mg/L (normal), ESR 9 mm/h."),
                ("h", "Physical exam"),
                ("p", "Well-appearing, NAD. Gait: L CAM boot, otherwise non-antalgic. Lumbar ROM full, flexion mildly "
                      "uncomfortable in the R buttock."),
                ("p", "Palpation: Exquisite TTP over the right posterior SIJ / sacral sulcus. No midline lumbar or "
                      "paraspinal tenderness. Greater trochanters nontender bilaterally. Coccyx nontender. Piriformis "
                      "nontender."),
                ("table", [2.0, 1.2, 3.2], ["SIJ provocation (R)", "Result", "Comment"],
                 [["Thigh thrust (P4)", "Positive", "reproduces her usual R buttock pain"],
                  ["Compression", "Negative", "side-lying"],
                  ["FABER (Patrick)", "Positive", "posterior R buttock pain, no groin pain"],
                  ["Gaenslen", "Deferred", "could not position - L ankle in CAM boot"],
                  ["Distraction", "Not performed", "-"]]),
                ("p", "Hips: full painless ROM bilaterally, log roll neg, FADIR neg. SLR and slump negative bilaterally. "
                      "Strength 5/5 L2-S1 bilaterally (L ankle not tested, boot). Reflexes 2+ symmetric at knees; R "
                      "Achilles 1+ (unchanged since 2021 per pt), L deferred. Sensation intact. Waddell's signs 0/5."),
                ("h", "Imaging reviewed"),
                ("p", "SI joint XR 09/02/2025 and CT 09/16/2025 with teleradiology over-read: mild R > L SIJ "
                      "degenerative change, no erosions, no destructive lesion. MRI L-spine 08/26/2025 over-read: "
                      "post-op R L5-S1, no recurrent herniation, no root compression."),
                ("h", "Assessment"),
                ("p", "1. Chronic right SI joint pain, confirmed by dual diagnostic blocks, refractory to >6 months of "
                      "active and passive care.\n2. s/p R L5-S1 microdiscectomy - radiculopathy resolved.\n"
                      "3. L ankle fracture s/p ORIF (12/2025) - unrelated."),
                ("h", "Plan"),
                ("p", "- Candidate for R MIS SIJ fusion; reviewed risks/benefits/alternatives incl. RFA.\n"
                      "- Right hip radiographs (AP pelvis + frog-leg lateral) ordered today to exclude intra-articular "
                      "hip pathology; results to follow.\n- Present at conference 01/28/2026.\n"
                      "- Continue meloxicam, heat; HEP as tolerated once out of boot."),
                ("sig", ["G. Farrow-Nakamura MD", "Gideon Farrow-Nakamura, MD   e-signed 01/14/2026 17:26"]))

    yban = "JAN-09-2026 16:44  FROM: YADKIN RIVER PAIN  3365550612   TO: TASPC 3365550351   P. %d/%d"
    pt = Doc("sans", fax=fax("JAN-08-2026 10:12  FROM: FORSYTH MOTION PT  3365550440   TO: 3365550351   P. %d/%d",
                             196, 2, 2, [0.9], 401), base=10)
    pt.add(("lh", "Forsyth Motion Physical Therapy", ["1450 Stratford Rd, Winston-Salem, NC 27103  |  Ph 336-555-0439  Fax 336-555-0440"]),
           ("title", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
           ("kv", [("Patient", "Renata Abernathy"), ("DOB", "07/15/1979"), ("Referring MD", "P. Venkataraman-Holt, MD"),
                   ("Therapist", "Calloway Brink, PT, DPT"), ("Dx", "R SIJ dysfunction (M53.3)"), ("Visits", "15 of 16 authorized")], 2),
           ("p", "Dates of service: 03/11/2025 - 06/19/2025"),
           ("p", "Treatment provided: lumbopelvic stabilization, glute med/max strengthening, core progression, "
                 "SIJ belt trial, manual therapy (MET for R innominate), gait/ergonomic training for work posture. "
                 "Home exercise program issued 03/18/2025 and progressed at each visit."),
           ("table", [2.2, 1.2, 1.2, 1.6], ["Measure", "Initial 03/11", "D/C 06/19", "Goal"],
            [["NRS current (0-10)", "9", "6", "<=3"], ["Oswestry (%)", "52", "42", "<30"],
             ["Sitting tolerance", "10 min", "25 min", "60 min"], ["Single-leg stance R", "8 s", "20 s", "30 s"]], 9.5),
           ("p", "Assessment: Modest gains in strength and tolerance, goals partially met. Pain plateaued over the last "
                 "4 weeks despite full participation. Discharged to HEP; recommend f/u with referring MD for further "
                 "management of R SIJ pain."),
           ("sig", ["C. Brink DPT", "Calloway Brink, PT, DPT   06/20/2025"]))

    chiro = Doc("serif", fax=fax("JAN-08-2026 13:37  FROM: REYNOLDA CHIRO  336 555 0585   TO: 3365550351   P. %d/%d",
                                 98, 1, 1, [-1.3], 402), base=11)
    chiro.add(("lh", "Reynolda Chiropractic & Rehab", ["2211 Reynolda Rd, Winston-Salem, NC 27106  |  336-555-0584"]),
              ("title", "CHIROPRACTIC TREATMENT SUMMARY"),
              ("kv", [("Patient", "Renata Abernathy"), ("DOB", "07/15/1979"), ("Provider", "Dane Ostergaard, DC"),
                      ("Visits", "12")], 2),
              ("p", "Course of care: 07/08/2025 through 10/21/2025, 12 visits (weekly, then every other week)."),
              ("p", "Care included: SI and lumbopelvic manipulation (drop table), active release to R gluteals, "
                    "corrective exercise (bird-dog, bridges, side plank progressions) reviewed each visit."),
              ("p", "Response: temporary relief 1-2 days after each visit. Pain R SIJ 6-7/10 at last visit. No lasting "
                    "change. Released from active care 10/21/2025; referred back to pain management."),
              ("sig", ["Dane Ostergaard DC", "Dane Ostergaard, DC   10/24/2025"]))

    tfesi = Doc("sans", fax=fax(yban, 196, 2, 4, [-0.5], 403), base=10)
    tfesi.add(("lh", "Yadkin River Pain & Wellness", ["880 Yadkinville Rd, Pfafftown, NC 27040  |  Ph 336-555-0611  Fax 336-555-0612"]),
              ("title", "PROCEDURE NOTE - TRANSFORAMINAL EPIDURAL STEROID INJECTION"),
              ("kv", [("Patient", "Renata Abernathy"), ("DOB", "07/15/1979"), ("Date", "04/08/2025"),
                      ("Physician", "Samuel Oyelaran-Pike, MD")], 2),
              ("p", "Indication: R buttock pain with hx of R L5-S1 microdiscectomy; r/o recurrent S1 radicular component."),
              ("p", "Procedure: R L5-S1 transforaminal ESI under fluoroscopy. Omnipaque 240, 1 mL, with epidural spread "
                    "along the R S1 root, no vascular uptake. Injected dexamethasone 10 mg + 1 mL 1% lidocaine PF."),
              ("p", "Pre-procedure pain 8/10. Post 8/10 at 20 min. Tolerated well, no complications."),
              ("p", "2-wk phone follow-up (04/22/2025): less than 20% relief, buttock pain unchanged. Suspect SIJ "
                    "rather than radicular source. Plan R SIJ injection if PT fails."),
              ("sig", ["S. Oyelaran-Pike MD", "Samuel Oyelaran-Pike, MD"]))

    inj1 = Doc("sans", fax=fax(yban, 98, 3, 4, [0.7, 0.6], 404), base=10.5,
               header=hdr("Abernathy, Renata  DOB 07/15/1979  R SIJ inj 10/22/2025 (cont.)"), top=62)
    inj1.add(("lh", "Yadkin River Pain & Wellness", ["880 Yadkinville Rd, Pfafftown, NC 27040  |  Ph 336-555-0611  Fax 336-555-0612"]),
             ("title", "PROCEDURE NOTE - RIGHT SACROILIAC JOINT INJECTION"),
             ("kv", [("Patient", "Renata Abernathy"), ("DOB", "07/15/1979"), ("Date", "10/22/2025"),
                     ("Physician", "Samuel Oyelaran-Pike, MD")], 2),
             ("p", "Dx: R sacroiliac joint pain (M53.3). Consent signed. Time-out performed."),
             ("p", "Technique: Prone. Under fluoroscopic guidance the inferior R SIJ was entered with a 22g 3.5 in "
                   "spinal needle. Omnipaque 240, 0.5 mL, produced an intra-articular arthrogram outlining the "
                   "inferior joint recess; no vascular or epidural spread."),
             ("p", "Injectate: 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone (1 mL)."),
             ("p", "Pre-procedure: BP 126/78, HR 72. Allergy: codeine. Not on anticoagulants. Meds reviewed."),
             ("p", "Prep: chlorhexidine x3, sterile drape. Skin and subcutaneous tissue anesthetized with 2 mL 1% "
                   "lidocaine. Fluoro time 16 s, 1.1 mGy."),
             ("p", "Pre-procedure pain 7/10. Pt given pain diary; provocative activities encouraged."),
             ("p", "Post-procedure: observed 20 min, VSS, ambulated independently without new weakness or numbness. "
                   "Written discharge instructions given. Complications: none. EBL: none."),
             ("p", "Plan: return diary by fax/portal; phone f/u 2 wk; if positive, consider repeat confirmatory block."),
             ("pagebreak",),
             ("h", "POST-PROCEDURE PAIN DIARY (returned 10/24/2025)"),
             ("table", [1.4, 1.0, 1.2, 2.6], ["Time after inj.", "Pain 0-10", "% relief", "Activity"],
              [["Baseline", "7", "-", "sitting in waiting room"], ["30 min", "1", "86%", "sit-to-stand x10"],
               ["1 hr", "1", "86%", "drove home (passenger)"], ["2 hr", "2", "71%", "stairs"],
               ["4 hr", "2", "71%", "cooked dinner, standing"], ["6 hr", "3", "57%", "sitting 30 min"],
               ["8 hr", "5", "29%", "-"], ["Next AM", "6", "14%", "-"]], 10),
             ("p", "Interpretation: positive diagnostic block - 86% peak relief, >=50% relief for at least 6 hours, "
                   "consistent with the expected duration of bupivacaine."),
             ("sig", ["S. Oyelaran-Pike MD", "Samuel Oyelaran-Pike, MD   10/24/2025"]))

    inj2 = Doc("sans", header=hdr(P3_HDR + "   |   Procedure 12/03/2025"), footer=pg_footer())
    inj2.add(("lh", TA[0], TA[1]),
             ("title", "INTERVENTIONAL SPINE PROCEDURE NOTE"),
             ("kv", [("Date", "12/03/2025"), ("Proceduralist", "Priya Venkataraman-Holt, MD"),
                     ("Procedure", "R sacroiliac joint injection, fluoro"), ("CPT", "27096"),
                     ("Sedation", "None (local only)"), ("Laterality", "Right")], 2),
             ("p", "History: R SIJ pain. Prior R SIJ injection 10/22/2025 (Yadkin River) with 86% relief during the "
                   "anesthetic phase; pain returned to baseline by late November. Second diagnostic/therapeutic "
                   "block today. Pre-procedure NRS 7/10."),
             ("p", "Procedure: Prone, sterile prep. Under AP and oblique fluoroscopy a 22-gauge spinal needle was "
                   "advanced into the inferior third of the right SI joint. Isovue-M 200, 0.7 mL, confirmed "
                   "intra-articular spread with capsular outline; no vascular runoff on live fluoroscopy. Injected "
                   "1 mL 0.5% ropivacaine + 40 mg triamcinolone. Needle removed, bandage applied. No complications."),
             ("h", "Post-procedure assessment and diary"),
             ("table", [1.5, 1.0, 1.1, 2.8], ["Time", "NRS", "% relief", "Notes"],
              [["Pre", "7", "-", "baseline"], ["15 min", "0", "100%", "in recovery; painless sit-to-stand"],
               ["1 hr", "1", "86%", "walked stairs x2 at home"], ["3 hr", "1", "86%", "sat through 45-min meeting"],
               ["5 hr", "2", "71%", "-"], ["8 hr", "4", "43%", "-"], ["24 hr", "6", "14%", "sore at site"]]),
             ("p", "Impression: Concordant positive R SIJ block (>=50% relief for 5 hours with ropivacaine). Second "
                   "positive block in this patient. Will follow steroid response at 4-6 weeks."),
             ("sig", ["P. Venkataraman-Holt", "Priya Venkataraman-Holt, MD - Interventional Spine / PM&R   12/04/2025 08:10"]))

    ov1 = Doc("sans", header=hdr("NorthStar Teleradiology Group  |  ABERNATHY, RENATA L  |  Order TASPC-55718"),
              footer=pg_footer("NSTG final report   "))
    ov1.add(("lh", "NorthStar Teleradiology Group", ["Remote subspecialty interpretation  |  Raleigh, NC  |  919-555-0800  |  NPI group 1003998421"]),
            ("title", "TELERADIOLOGY OVER-READ: SI JOINT RADIOGRAPHS AND CT"),
            ("kv", [("Patient", "ABERNATHY, RENATA L"), ("DOB", "07/15/1979"),
                    ("Exam A", "XR SACROILIAC JOINTS 3 VIEWS"), ("Date A", "09/02/2025"),
                    ("Exam B", "CT SACROILIAC JOINTS W/O CONTRAST"), ("Date B", "09/16/2025"),
                    ("Ordering", "P. Venkataraman-Holt, MD"), ("Reader", "Lucien Abara-Whitfield, MD")], 2),
            ("p", "HISTORY: R SI joint pain. Evaluate for sacroiliitis or other structural lesion."),
            ("p", "COMPARISON: None."),
            ("h", "EXAM A - RADIOGRAPHS (AP axial, bilateral obliques)"),
            ("p", "Mild subchondral sclerosis along the inferior iliac margin of the right SI joint. Joint widths "
                  "symmetric. No erosions or ankylosis. Sacral arcuate lines intact."),
            ("h", "EXAM B - CT (limited pelvis, SI joints)"),
            ("p", "Right SI joint: mild joint-space narrowing of the synovial portion, small anterior osteophyte, thin "
                  "subchondral sclerosis on the iliac side. Left SI joint: minimal degenerative change. No erosions, "
                  "ankylosis, or periarticular sclerosis to suggest inflammatory sacroiliitis. No lytic or blastic "
                  "lesion. No sacral or iliac fracture. Soft tissues unremarkable."),
            ("h", "IMPRESSION"),
            ("p", "Mild right greater than left SI joint degenerative change. No destructive lesion or inflammatory "
                  "arthropathy."),
            ("sig", ["L. Abara-Whitfield MD", "Lucien Abara-Whitfield, MD - MSK Radiology, signed 09/17/2025"]))

    ov2 = Doc("sans", header=hdr("NorthStar Teleradiology Group  |  ABERNATHY, RENATA L  |  Order TASPC-55102"),
              footer=pg_footer("NSTG final report   "))
    ov2.add(("lh", "NorthStar Teleradiology Group", ["Remote subspecialty interpretation  |  Raleigh, NC  |  919-555-0800"]),
            ("title", "TELERADIOLOGY OVER-READ: MRI LUMBAR SPINE WITH COMPARISON"),
            ("kv", [("Current exam", "MRI L-SPINE W/WO CONTRAST 08/26/2025"), ("Site", "Piedmont Triad Open MRI"),
                    ("Comparison", "MRI L-SPINE W/O 05/03/2021 (pre-op)"), ("Reader", "Odalys Renfroe-Kim, MD (Neuro)")], 2),
            ("p", "HISTORY: Prior R L5-S1 microdiscectomy (06/2021). Now R buttock pain. Evaluate recurrent disc."),
            ("p", "COMPARISON FINDINGS (05/03/2021, for reference): large right paracentral L5-S1 extrusion compressing "
                  "the traversing right S1 nerve root."),
            ("h", "CURRENT FINDINGS (08/26/2025)"),
            ("p", "L5-S1: postoperative changes of right hemilaminotomy with enhancing epidural granulation tissue "
                  "along the right lateral recess, without mass effect. No recurrent disc herniation. The right S1 "
                  "root is free. Foramina patent."),
            ("p", "L4-5: mild disc bulge, mild facet arthropathy, no stenosis. L1-L4: unremarkable. Conus normal. "
                  "No marrow lesion or fracture."),
            ("h", "IMPRESSION"),
            ("p", "1. Interval resolution of the previously described right L5-S1 extrusion; expected postoperative "
                  "granulation tissue.\n2. No nerve root compression at any level. No spinal stenosis."),
            ("sig", ["O. Renfroe-Kim MD", "Odalys Renfroe-Kim, MD - Neuroradiology, signed 08/28/2025"]))

    meds = Doc("sans", header=hdr(P3_HDR), footer=pg_footer("Printed from TASPC EHR 02/13/2026   "))
    meds.add(("lh", TA[0], TA[1]),
             ("title", "MEDICATION LIST / TREATMENT HISTORY (reconciled 01/14/2026)"),
             ("table", [2.2, 1.7, 1.1, 1.1, 1.3], ["Medication / modality", "Sig", "Start", "Stop", "Status"],
              [["Meloxicam 15 mg tab", "1 PO daily w/ food", "01/06/2025", "-", "Active"],
               ["Acetaminophen 500 mg", "2 tabs PO q8h prn", "2023", "-", "Active"],
               ["Cyclobenzaprine 5 mg", "1 PO qhs prn spasm", "03/2025", "05/2025", "Stopped - sedation"],
               ["Gabapentin 300 mg", "1 PO TID", "06/2024", "09/2024", "D/C - no benefit"],
               ["Heating pad", "nightly, 20-30 min", "2024", "-", "Active"],
               ["TENS unit (own)", "\"now and then\"", "unknown", "-", "Pt-reported"],
               ["Levothyroxine 88 mcg", "1 PO daily", "2015", "-", "Active"],
               ["Sertraline 50 mg", "1 PO daily", "2019", "-", "Active"]], 9),
             ("p", "Allergies: codeine (nausea)."),
             ("small", "Reconciled with patient by M. Dellinger, CMA; reviewed by G. Farrow-Nakamura, MD."))

    return [
        ("01_cover_and_PA_request.pdf", [cover, form]),
        ("02_LMN_and_spine_conference.pdf", [lmn, conf]),
        ("03_second_opinion_consult_2026-01-14.pdf", [consult]),
        ("04_outside_records_PT_chiro_painclinic.pdf", [pt, chiro, tfesi, inj1]),
        ("05_SIJ_injection_imaging_meds.pdf", [inj2, ov1, ov2, meds]),
    ]


P3_LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-02-16",
    "determination": "insufficient_documentation",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "confined to the right buttock just medial to the PSIS",
            "It does not radiate into the thigh or leg"]},
        "perc.pain_severity": {"status": "met", "evidence": [
            "NRS 6/10 at rest, 8/10 with prolonged sitting",
            "Her pain averages 7/10"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "Exquisite TTP over the right posterior SIJ / sacral sulcus",
            "Greater trochanters nontender bilaterally"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Dates of service: 03/11/2025 - 06/19/2025",
            "Course of care: 07/08/2025 through 10/21/2025"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "Meloxicam 15 mg tab 1 PO daily w/ food 01/06/2025",
            "Meloxicam 15 mg daily since 01/2025"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
            "Thigh thrust (P4) Positive"]},
        "perc.two_provocative_tests": {"status": "insufficient", "evidence": []},
        "perc.diagnostic_injections": {"status": "met", "evidence": [
            "Omnipaque 240, 0.5 mL, produced an intra-articular arthrogram",
            "positive diagnostic block - 86% peak relief",
            ">=50% relief for 5 hours with ropivacaine"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": [
            "Waddell's signs 0/5"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "No destructive lesion or inflammatory arthropathy",
            "XR SACROILIAC JOINTS 3 VIEWS"]},
        "perc.hip_imaging": {"status": "insufficient", "evidence": []},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "No nerve root compression at any level"]},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "pain returned to baseline by late November",
            "relief faded after about five weeks"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
            "HLA-B27 negative, CRP 2.1 mg/L (normal)"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
            "No lytic or blastic lesion. No sacral or iliac fracture"]},
        "perc.excl.acute_instability": {"status": "met", "evidence": [
            "insidious onset, no antecedent trauma"]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "No nerve root compression at any level",
            "no current radicular features"]},
    },
}

PACKETS = [
    dict(id="b5l-01", form="folder+json", proc="open", gold="meets_criteria",
         files=p1_docs(), labels=P1_LABELS,
         packet_json={"request_date": "2026-02-10", "procedure_codes": ["27280"],
                      "member_id": "CSN8841207733", "policy": "MP-MM-1366"}),
    dict(id="b5l-02", form="single", proc="open", gold="does_not_meet_criteria",
         files=p2_docs(), labels=P2_LABELS),
    dict(id="b5l-03", form="folder (no json)", proc="percutaneous", gold="insufficient_documentation",
         files=p3_docs(), labels=P3_LABELS),
]
