"""b5j-02: folder of PDFs + packet.json, left SIJ, percutaneous 27279 -> meets_criteria."""
from lib_render import FINE, STANDARD, TextDoc, render_fax_page

ORG = "Tarheel Crossing Health"
BAN = "WRENFIELD, GIDEON T | MRN: 7730-1922 | DOB: 02/03/1971 | 55 y.o. M"
PRN = "Printed: 04/27/2026 10:06 by ALSTON, KEISHA M [Prior Auth Specialist] - TCH Spine Institute"
FB1 = "FROM: TCH SPINE INSTITUTE 919-555-0262   TO: 18665550199   {p}   04/28/2026 08:31   #4471"
FB2 = "04/27/2026 16:18  FROM: HAW RIVER CHIRO 3365550133  TO: TCH SPINE 9195550262  {p}"
FB3 = "FROM: TCH PAIN INTERVENTIONAL 919-555-0288   TO: TCH SPINE 919-555-0262   {p}   02/12/2026 13:40"


def files():
    """Return list of (filename, parts)."""
    res = []
    # ============================================================ 01 cover + request form (standard fax)
    cover = [
        ("title", "TCH Spine Institute"),
        ("p", "Tarheel Crossing Health - 4400 Sunset Ridge Rd, Durham NC 27705"),
        ("rule", ""),
        ("h", "FAX COVER SHEET"),
        ("mono", "To:    CareSource NC Utilization Mgmt   Fax: 1-866-555-0199\nFrom:  Keisha Alston, PA Specialist     Fax: 919-555-0262\nDate:  04/28/2026                       Pages: 2 + attachments\nRe:    WRENFIELD, GIDEON T  DOB 02/03/1971\n       Member ID CSN550917384  -  PA request CPT 27279 (L)"),
        ("gap", "1"),
        ("p", "Clinicals attached as separate files via the provider portal: spine clinic notes, therapy records, SI joint injection reports with diaries, imaging and medication list."),
        ("gap", "2"),
        ("p", "This fax may contain PHI. If you received it in error, call 919-555-0260 and destroy all copies."),
    ]
    form = [
        ("title", "CareSource North Carolina"),
        ("h", "PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY"),
        ("rule", ""),
        ("mono", "Request date: 04/28/2026          Review: [X] Standard  [ ] Urgent\nMember: Gideon T. Wrenfield       DOB: 02/03/1971\nMember ID: CSN550917384           Plan: NC Marketplace\n\nRequesting MD: Priya Nandakumar, MD (Spine Surgery)\nNPI: 1093847712     Ph 919-555-0260   Fax 919-555-0262\nFacility: TCH Ambulatory Surgery Center - Durham\n\nCPT: 27279  Arthrodesis, SI joint, percutaneous/minimally\n            invasive, with image guidance   Units: 1   Side: LEFT\nICD-10: M53.3  Sacrococcygeal disorders NEC (L SIJ dysfn)\n        M54.59 Other low back pain\nPlanned DOS: 06/02/2026     Setting: Outpatient ASC"),
        ("gap", "1"),
        ("p", "Brief clinical: 55 y/o M, L SI joint pain since 2024, failed >6 mo PT/chiro + meds + TENS, 2 positive comparative SIJ blocks, 2 failed IA steroid injections. Imaging neg for inflammatory/destructive dz."),
        ("gap", "1"),
        ("sig", "Signature: P. Nandakumar MD        Date: 04/28/2026"),
    ]
    res.append(("01_fax_cover_and_PA_form.pdf", [
        ("fax", [render_fax_page(cover, FB1.format(p="P.01/02"), seed=201, mode=STANDARD, skew=-0.9, base_pt=12),
                 render_fax_page(form, FB1.format(p="P.02/02"), seed=202, mode=STANDARD, skew=1.3, base_pt=12)])]))

    # ============================================================ 02 spine clinic notes
    parts = []
    d = TextDoc(ORG, BAN, "Office Visit - Spine Surgery", PRN)
    d.meta("03/17/2026   TCH Spine Institute - Durham   Provider: Priya Nandakumar, MD   Visit type: NEW PATIENT   Dept phone 919-555-0260")
    d.h("Reason for Visit")
    d.p("Left buttock pain - referred by Lucas Ferreira-Banks, DO (PM&R) for surgical opinion re: SI joint")
    d.h("History of Present Illness")
    d.p("Gideon is a 55 y.o. right-hand-dominant M (warehouse supervisor) w/ L-sided low back/buttock pain that started insidiously in spring 2024. "
        "Pain sits over the L posterior SI joint just medial to the PSIS, caudal to the lumbosacral junction. It does not radiate; "
        "he specifically denies pain below the gluteal fold, groin pain, or leg paresthesias. Aggravated by climbing into his truck, single-leg stance, "
        "and sitting > 30 min; eased by standing and by his TENS unit.")
    d.p("Current pain 7/10, best 4/10, worst 9/10. He was worked up for possible lumbar radiculopathy in 2023 when he had transient R calf tingling "
        "(EMG/NCS normal, symptoms gone within a few weeks) - not related to the current complaint.")
    d.p("Treatment to date: PT 6/2025-9/2025 then a supervised home program, chiropractic 11/2025-2/2026, naproxen since 3/2025, TENS since 7/2025, ice. "
        "A L greater trochanteric bursa injection 07/2025 did nothing. IA L SIJ steroid injections 10/14/25 and 02/10/26 each helped temporarily "
        "then wore off. Comparative L SIJ blocks w/ lidocaine (02/10/26) and bupivacaine (scheduled 04/07/26) per Dr. Ferreira-Banks.")
    d.h("Past Medical History")
    d.p("Type 2 DM (A1c 6.6% 01/2026), hyperlipidemia, OSA on CPAP, obesity. R knee arthroscopy 2009.")
    d.h("Rheumatology")
    d.p("Seen by TCH Rheumatology 08/2025 for possible inflammatory back pain: HLA-B27 negative, CRP 2.1 mg/L, ESR 9; no evidence of spondyloarthropathy. "
        "Widespread pain index 2, does not meet criteria for fibromyalgia.")
    d.h("Family / Social")
    d.p("Father w/ RA. Sister w/ psoriasis. Quit smoking 2012 (15 pk-yr). 2-3 beers/wk.")
    d.h("Exam")
    d.p("Vitals: BP 138/86, HR 80, BMI 33.4. Alert, cooperative, no distress, consistent effort throughout exam.")
    d.p("Lumbar: nontender spinous processes L1-S1. Full flexion, extension mildly uncomfortable at L buttock. "
        "SIJ: focal tenderness over L posterior SI joint/sacral sulcus, reproduces his pain. R SIJ nontender. "
        "L greater trochanter minimally tender, far less than the SIJ; coccyx nontender.")
    d.page()
    d.p("Provocative maneuvers:", style="B")
    d.table([160, 90, 90, 170], [["Maneuver", "Left", "Right", "Comment"],
                                 ["Distraction", "+", "-", "reproduces L buttock pain"],
                                 ["Compression (side-lying)", "+", "-", "concordant"],
                                 ["Thigh thrust", "not done", "not done", "pt unable to tolerate supine 90 flex"],
                                 ["Gaenslen", "+", "-", "L hip hanging off table"],
                                 ["FABER (Patrick)", "-", "-", "groin/hip pain-free"],
                                 ["Sacral thrust", "+", "-", ""]], size=8)
    d.gap(3)
    d.p("Neuro: 5/5 throughout BLE, DTRs 2+ sym, SILT, SLR and slump negative bilaterally. Nonorganic signs: none.")
    d.h("Imaging (personally reviewed)")
    d.p("XR pelvis/L hip 09/2025, MRI SI joints 09/2025, MRI L-spine 01/2026 - see reports in chart.")
    d.h("Assessment & Plan")
    d.p("L SI joint dysfunction, chronic, refractory. Meets clinical picture for SIJ-mediated pain; awaiting 2nd (bupivacaine) block for confirmation "
        "prior to submitting for L MIS SI joint fusion (27279). If concordant, will submit. Continue naproxen, TENS. "
        "Counseled on glycemic control pre-op and smoking-free status. F/u by video after block.")
    d.sig(["Priya Nandakumar, MD", "Electronically signed 03/17/2026 17:22"])
    parts.append(("text", d.out()))

    d = TextDoc(ORG, BAN, "Telemedicine Visit", PRN)
    d.meta("03/24/2026 08:40   Provider: Lucas Ferreira-Banks, DO - TCH Physical Medicine & Rehabilitation   Modality: video (Zoom for Healthcare via MyChart)")
    d.p("Pt seen via secure video from his home; verbally consented to telehealth; 2 identifiers confirmed. Total time 18 min.", size=8.4)
    d.h("S:")
    d.p("Here to review plan for confirmatory block. Says L SIJ pain has been running \"5-7/10\" over the past few weeks, "
        "worse at end of shift. The Depo-Medrol from the 2/10 injection seemed to help for about 10 days, then \"crept back.\" "
        "Using TENS 2-3x daily, 30 min each, on the high-frequency setting. Naproxen 500 bid w/ food. No GI upset. "
        "Home exercises: continues 3-4x/wk on his own.")
    d.h("O:")
    d.p("Well-appearing on video. Able to stand from chair without UE support, points to L PSIS/sulcus. No pain diagram beyond buttock. "
        "Remainder of exam deferred (telehealth).")
    d.h("A/P:")
    d.p("L SIJ pain - 1st block (02/10/26, lidocaine) positive. Schedule L SIJ block #2 with 0.5% bupivacaine, NO steroid, fluoro + contrast, "
        "for comparative confirmation. Pain diary sheet to be completed q1h x 8 h. Continue current regimen. ***")
    d.sig(["Lucas Ferreira-Banks, DO", "e-signed 03/24/2026 09:15"])
    parts.append(("text", d.out()))

    d = TextDoc(ORG, BAN, "After Visit Summary", PRN)
    d.meta("Gideon T. Wrenfield    04/14/2026    Video visit with Priya Nandakumar, MD    TCH Spine Institute")
    d.h("Instructions from your care team")
    d.p("Thank you for meeting with us today. Your second SI joint block on 04/07 gave you good relief for several hours, which matches the first one. "
        "Dr. Nandakumar will request approval from your insurance for a minimally invasive LEFT sacroiliac joint fusion.")
    d.h("What's next")
    d.table([120, 330], [["When", "What"],
                         ["Within 1-2 weeks", "Prior authorization submitted (Keisha Alston, 919-555-0260)"],
                         ["After approval", "Pre-op visit, A1c and labs, CPAP to hospital"],
                         ["Surgery (tentative)", "06/02/2026 - TCH Ambulatory Surgery Center"]], size=8.4)
    d.h("Your medications - no changes today")
    d.p("naproxen 500 mg tablet - take 1 tablet by mouth twice a day with food\nmetFORMIN 1,000 mg tablet - twice daily\natorvastatin 40 mg - nightly\n"
        "acetaminophen 650 mg ER - up to 3 times daily as needed")
    d.h("Today's diagnoses")
    d.p("Sacroiliac joint dysfunction of left side")
    d.p("MyChart: send us a message any time. For emergencies call 911.", size=8)
    parts.append(("text", d.out()))
    res.append(("02_spine_clinic_notes.pdf", parts))

    # ============================================================ 03 therapy records
    parts = []
    d = TextDoc("TCH Outpatient Rehabilitation - Durham", BAN, "Physical Therapy Discharge Summary", PRN)
    d.kv([("Start of care:", "06/02/2025"), ("Discharge date:", "09/05/2025"), ("Total visits:", "19 (2x/wk, 1 cancellation for illness)"),
          ("Treating dx:", "L SI joint dysfunction; low back pain"), ("Therapist:", "Maren Solvik, PT, DPT")], lw=110)
    d.h("Summary of care")
    d.p("Lumbopelvic stabilization progression (TA activation -> dead bug -> bird dog -> loaded carries), gluteal strengthening, hip mobility, "
        "SIJ muscle energy and mobilization, gait training, body mechanics for lifting at work. Pt independent with HEP.")
    d.table([150, 100, 100], [["Measure", "Eval 06/02/25", "D/C 09/05/25"],
                              ["ODI", "38%", "30%"],
                              ["NPRS worst", "9/10", "8/10"],
                              ["Single-leg stance L", "12 s", "25 s"],
                              ["Hip abd strength L", "4-/5", "4+/5"]], size=8)
    d.gap(3)
    d.p("Assessment: fair progress in function; SIJ pain persists with loading. Discharged to a physician-supervised home exercise program "
        "(written prescription below, 6 weeks) with f/u by referring physician at completion.")
    d.h("Home exercise prescription (6 wk) - issued 09/05/2025")
    d.p("1) Bird dog 3x10 daily  2) Side plank 3x20 s  3) Clamshell w/ band 3x15  4) Bridge w/ march 3x10  5) Walking 20-30 min 5x/wk")
    d.sig(["Maren Solvik, PT, DPT   09/05/2025 15:40"])
    d.gap(6)
    d.h("PM&R Office Visit - 10/20/2025 - HEP completion follow-up (excerpt)")
    d.meta("Lucas Ferreira-Banks, DO")
    d.p("Completed the 6-week HEP issued 9/5; performed most days per his log, no problems performing exercises. Core endurance improved but L SIJ pain "
        "unchanged, 7/10 today. Tender L SIJ. Plan: refer to chiropractic (Haw River Chiropractic) for continued active care; IA steroid injection done 10/14.")
    parts.append(("text", d.out()))

    chiro = [
        ("title", "Haw River Chiropractic & Wellness"),
        ("p", "Jenna Ostrowski, DC  -  512 W Harden St, Graham NC 27253  -  ph 336-555-0131"),
        ("rule", ""),
        ("h", "TREATMENT SUMMARY / RECORDS REQUEST RESPONSE"),
        ("mono", "Patient: Wrenfield, Gideon       DOB 02-03-1971\nDates of care: 11/03/2025 through 02/27/2026\nVisits: 21   Frequency 2x/wk x 6 wks, then 1x/wk"),
        ("gap", "1"),
        ("p", "Complaint: L SI / buttock pain, no leg sx. Tx: SI joint and lumbar adjustments (Diversified, drop table), flexion-distraction, "
              "soft tissue work to L glute/piriformis, active rehab - McGill big 3, hip hinge retraining, resisted hip abduction."),
        ("p", "Progress: temporary relief after visits (1-2 days). Pain 7/10 at intake, 6/10 at final visit. Sitting tolerance mildly improved. "
              "Plateaued by late Jan; released from care 02/27/2026, pt to continue home program. Recommend ortho/spine consult."),
        ("gap", "1"),
        ("sig", "Jenna Ostrowski, DC    02/28/2026"),
    ]
    parts.append(("fax", [render_fax_page(chiro, FB2.format(p="P. 1"), seed=211, mode=FINE, skew=-0.5)]))
    res.append(("03_therapy_records.pdf", parts))

    # ============================================================ 04 injections
    parts = []
    d = TextDoc(ORG, BAN, "Procedure Note", PRN)
    d.meta("10/14/2025 07:55   Lucas Ferreira-Banks, DO   TCH Interventional Spine Suite 2")
    d.h("LEFT SACROILIAC JOINT INTRA-ARTICULAR INJECTION - FLUOROSCOPIC GUIDANCE")
    d.p("Indication: L SIJ pain refractory to PT and NSAIDs. Pre-procedure NRS 7/10. Pt prone; sterile prep; time-out. "
        "Using AP/oblique fluoro the inferior L SIJ was accessed with a 22 g Quincke needle; 0.5 mL Isovue-M 200 confirmed intra-articular spread. "
        "Injected triamcinolone 40 mg + 1 mL 0.2% ropivacaine. No complications.")
    d.p("Immediate response: 50-60% relief in recovery (not a formal diagnostic block - steroid trial).")
    d.h("Follow-up (RN phone call 11/19/2025)")
    d.p("Pt states the shot gave him about 4 weeks of relief, roughly half better, then the pain came back fully about a week ago. Now 7/10. Routed to Dr. F-B.")
    d.sig(["Lucas Ferreira-Banks, DO   signed 10/14/2025 12:10;  addendum by Tamsin Oyelaran, RN 11/19/2025"])
    d.gap(8)
    d.h("Greater trochanteric bursa injection - LEFT - 07/22/2025 (office procedure, no imaging)")
    d.p("40 mg methylprednisolone + 3 mL 1% lidocaine into L trochanteric bursa for lateral hip pain. F/u 08/2025: no change in his buttock pain.", size=8.5)
    parts.append(("text", d.out()))

    blk1 = [
        ("title", "TCH Interventional Pain"),
        ("h", "PROCEDURE REPORT - L SI JOINT BLOCK #1 (DIAGNOSTIC)"),
        ("rule", ""),
        ("mono", "Pt: WRENFIELD, GIDEON T    MRN 7730-1922\nDate: 02/10/2026   Physician: L. Ferreira-Banks, DO\nGuidance: fluoroscopy   Contrast: Isovue-M 200, 0.5 mL\nInjectate: 2 mL lidocaine 2% + methylprednisolone 40 mg\nPre-procedure pain: 7/10"),
        ("gap", "1"),
        ("p", "Contrast spread confirmed intra-articular L SIJ, no vascular pattern. Pt to record pain every 30-60 min while doing provocative activities."),
        ("h", "POST-BLOCK PAIN LOG"),
        ("mono", "Time       NRS   % relief   Activity\nBaseline   7     --         sit, stairs\n15 min     1     86%        stairs x1 flight\n30 min     1     86%        sit 20 min\n1 hr       1     86%        walk\n2 hr       2     71%        sit, drive\n3 hr       4     43%        home\n4 hr       6     14%"),
        ("gap", "1"),
        ("p", "Result: POSITIVE - > 80% relief lasting beyond 1 hour (expected duration of lidocaine). Comparative block with bupivacaine to follow."),
        ("sig", "L. Ferreira-Banks, DO  02/10/2026"),
    ]
    parts.append(("fax", [render_fax_page(blk1, FB3.format(p="P. 1/1"), seed=221, mode=FINE, skew=0.9)]))

    d = TextDoc(ORG, BAN, "Procedure Note", PRN)
    d.meta("04/07/2026 09:30   Lucas Ferreira-Banks, DO   TCH Interventional Spine Suite 1   Status: Signed")
    d.h("LEFT SI JOINT BLOCK #2 (COMPARATIVE, ANESTHETIC ONLY)")
    d.kv([("Pre-procedure pain:", "7/10"), ("Guidance:", "Fluoroscopy (AP + 20 deg contralateral oblique)"),
          ("Contrast:", "Omnipaque 240, 0.5 mL - intra-articular arthrogram, no vascular uptake"),
          ("Injectate:", "0.5% bupivacaine 2.0 mL (no corticosteroid)"), ("Sedation:", "none")], lw=115)
    d.p("Time-out performed, sterile prep. 22 g spinal needle to inferior L SIJ. Contrast outlined the joint capsule. Bupivacaine injected slowly. No complications; "
        "pt ambulated to recovery, performed provocative activities (stairs, sit-to-stand, sitting) with RN.")
    d.h("Pain diary")
    d.table([90, 70, 80, 200], [["Time", "NRS", "% relief", "Activity / comment"],
                                ["Pre", "7", "--", "baseline"],
                                ["30 min", "1", "86%", "stairs, sit-to-stand"],
                                ["1 h", "1", "86%", "sitting 20 min"],
                                ["2 h", "1", "86%", "car ride"],
                                ["3 h", "2", "71%", "walk in neighborhood"],
                                ["4 h", "2", "71%", "sitting"],
                                ["6 h", "3", "57%", "light yard work"],
                                ["8 h", "5", "29%", "evening"]], size=8)
    d.gap(3)
    d.p("Interpretation: >= 70% relief for 4 h and >= 50% at 6 h with bupivacaine (expected 3-6 h). Concordant with block #1 (lidocaine). "
        "Comparative blocks POSITIVE - L SIJ confirmed as pain generator.")
    d.sig(["Lucas Ferreira-Banks, DO   e-signed 04/07/2026 11:02"])
    parts.append(("text", d.out()))

    d = TextDoc(ORG, BAN, "MyChart Message Thread", PRN)
    d.kv([("From:", "Gideon Wrenfield"), ("To:", "TCH PM&R Nurse Pool"), ("Sent:", "3/5/2026 7:12 PM"), ("Subject:", "injection")], lw=60)
    d.p("hey just an update on the feb 10 injection. the first day was amazing, and it stayed pretty good for about 10 days but it is back now, "
        "about the same as before the shot. still doing the tens and exercises. do I need another one?")
    d.kv([("From:", "Tamsin Oyelaran, RN"), ("Sent:", "3/6/2026 8:30 AM")], lw=60)
    d.p("Thanks Gideon. Dr. Ferreira-Banks would like to see you by video 3/24 to plan the next block. I've scheduled it for you.")
    d.gap(6)
    d.kv([("From:", "Gideon Wrenfield"), ("To:", "TCH PM&R Nurse Pool"), ("Sent:", "4/7/2026 9:48 PM"), ("Subject:", "today")], lw=60)
    d.p("filled out the sheet, turned it in before I left. felt great most of the day, started coming back around supper. thanks")
    parts.append(("text", d.out()))
    res.append(("04_SIJ_injections.pdf", parts))

    # ============================================================ 05 imaging + meds
    parts = []
    d = TextDoc(ORG, BAN, "Imaging Results", PRN)
    d.h("XR PELVIS AP + XR HIP LEFT 2 VIEWS")
    d.meta("Exam date: 09/11/2025   Status: Final   Reading radiologist: Camille Thorsby, MD   Ordered by: L. Ferreira-Banks, DO")
    d.p("IMPRESSION:", style="B")
    d.p("1. Left hip joint space preserved; no significant osteoarthritis of the left hip.\n"
        "2. Mild right hip degenerative joint space narrowing.\n"
        "3. Mild bilateral sacroiliac joint subchondral sclerosis, L > R, without erosion. No acute fracture.")
    d.p("FINDINGS: No fracture or dislocation. SI joints: mild iliac-side sclerosis, joint margins well defined. Left hip: normal joint space, no osteophyte. "
        "Right hip: mild superior joint space narrowing. Phleboliths in the pelvis. Degenerative changes lower lumbar spine.", size=8.6)
    d.gap(4)
    d.h("MRI SACROILIAC JOINTS WITHOUT CONTRAST")
    d.meta("Exam date: 09/25/2025   Status: Final   Reading radiologist: Omar Valcourt, MD")
    d.p("IMPRESSION:", style="B")
    d.p("1. No bone marrow edema, erosions, or fat metaplasia - no MRI evidence of active or structural sacroiliitis.\n"
        "2. Mild degenerative change of the left SI joint with small anterior osteophyte and minimal subchondral sclerosis.\n"
        "3. No sacral insufficiency fracture, mass, or marrow-replacing lesion.")
    d.p("FINDINGS: STIR, T1 and T2 FS oblique coronal and axial images. Symmetric SIJ widths. No periarticular edema. No ankylosis. Visualized piriformis "
        "and gluteal musculature normal. No fluid collection.", size=8.6)
    parts.append(("text", d.out()))

    d = TextDoc(ORG, BAN, "Imaging Results", PRN)
    d.h("MRI LUMBAR SPINE W/O CONTRAST")
    d.meta("Exam date: 01/16/2026   Status: Final   Reading radiologist: Camille Thorsby, MD   Ordered by: Priya Nandakumar, MD")
    d.p("IMPRESSION:", style="B")
    d.p("1. Mild degenerative changes L4-5 and L5-S1 without spinal canal or neural foraminal stenosis.\n"
        "2. No nerve root impingement.\n"
        "3. Interval resolution of the previously described L5-S1 right paracentral extrusion.")
    d.p("FINDINGS:", style="B")
    d.p("Comparison: MRI L-spine 03/02/2023 (outside), which showed an L5-S1 right paracentral disc extrusion contacting the traversing right S1 nerve root. "
        "This is no longer seen. Alignment normal. No fracture. Conus normal at L1.", size=8.6)
    d.p("L3-4: normal. L4-5: mild disc desiccation and bulge, mild facet hypertrophy; canal and foramina patent. "
        "L5-S1: small residual annular fissure, mild facet arthropathy; no canal or foraminal narrowing; S1 roots unremarkable.", size=8.6)
    d.gap(6)
    d.h("Medications (as of 04/27/2026)")
    d.table([165, 165, 55, 55, 65], [["Medication", "Directions", "Start", "End", "Status"],
                                     ["naproxen 500 MG tablet", "1 tab PO BID with food", "03/11/2025", "", "Active"],
                                     ["TENS unit (DME)", "30 min, 2-3x daily, 80 Hz, L low back", "07/15/2025", "", "Active"],
                                     ["acetaminophen ER 650 MG", "1 tab PO TID PRN", "10/20/2025", "", "Active"],
                                     ["metFORMIN 1,000 MG tablet", "1 tab PO BID", "05/2019", "", "Active"],
                                     ["atorvastatin 40 MG tablet", "1 tab PO nightly", "05/2019", "", "Active"],
                                     ["ice pack", "15-20 min after work PRN", "06/02/2025", "", "Active"],
                                     ["meloxicam 7.5 MG tablet", "1 tab PO daily", "11/2024", "03/10/2025", "D/C-switch"]], size=7.4)
    d.gap(3)
    d.p("TENS: dispensed 07/15/2025 by TCH DME after PT trial; pt logs use after each shift and at bedtime, 30-minute sessions, high-frequency 80 Hz. "
        "Reviewed at 03/24/2026 visit - ongoing daily use.", size=8.4)
    parts.append(("text", d.out()))
    res.append(("05_imaging_and_meds.pdf", parts))
    return res


PACKET_JSON = {"request_date": "2026-04-28", "procedure_codes": ["27279"], "member_id": "CSN550917384", "policy": "MP-MM-1366"}

LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-04-28",
    "determination": "meets_criteria",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "Pain sits over the L posterior SI joint",
            "It does not radiate"]},
        "perc.pain_severity": {"status": "met", "evidence": ["Pre-procedure pain: 7/10"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "focal tenderness over L posterior SI joint/sacral sulcus",
            "L greater trochanter minimally tender, far less than the SIJ"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Start of care: 06/02/2025", "Dates of care: 11/03/2025 through 02/27/2026",
            "Completed the 6-week HEP issued 9/5"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "naproxen 500 MG tablet 1 tab PO BID with food 03/11/2025",
            "TENS unit (DME) 30 min, 2-3x daily, 80 Hz",
            "TENS: dispensed 07/15/2025 by TCH DME after PT trial"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Compression (side-lying) + - concordant"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": [
            "Distraction + - reproduces L buttock pain", "Gaenslen + - L hip hanging off table"]},
        "perc.diagnostic_injections": {"status": "met", "evidence": [
            "Result: POSITIVE - > 80% relief lasting beyond 1 hour",
            "Comparative blocks POSITIVE - L SIJ confirmed as pain generator",
            "6 h 3 57% light yard work"]},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": [
            "does not meet criteria for fibromyalgia", "Nonorganic signs: none"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "no MRI evidence of active or structural sacroiliitis",
            "No sacral insufficiency fracture, mass, or marrow-replacing lesion"]},
        "perc.hip_imaging": {"status": "met", "evidence": [
            "Left hip joint space preserved; no significant osteoarthritis of the left hip"]},
        "perc.lumbar_imaging": {"status": "met", "evidence": [
            "without spinal canal or neural foraminal stenosis", "No nerve root impingement"]},
        "perc.therapeutic_injections": {"status": "met", "evidence": [
            "then the pain came back fully about a week ago",
            "it is back now, about the same as before the shot"]},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["no evidence of spondyloarthropathy"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
            "No sacral insufficiency fracture, mass, or marrow-replacing lesion"]},
        "perc.excl.acute_instability": {"status": "met", "evidence": ["started insidiously in spring 2024"]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "No nerve root impingement", "SLR and slump negative bilaterally"]},
    },
}
