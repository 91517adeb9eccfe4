"""b7w-02: folder without packet.json, percutaneous (27279), gold insufficient_documentation.
Faxed pages at 204x98 (standard)."""
import os
from pktlib import TextDoc, FileBuilder

PT = "VANCE, Harold Q"
DOB = "08/02/1960"
MID = "CNC-5518260-01"
RUN = f"{PT}  |  DOB {DOB}  |  CareSource ID {MID}"
SURG = ["Coastal Carolina Orthopaedic & Spine", "2131 S 17th St, Bldg C, Wilmington, NC 28401  T 910-555-0230  F 910-555-0231"]
BANNER = "FEB 23 2026 10:18  FROM: COASTAL CAROLINA ORTHO  9105550231  TO: CARESOURCE UM  P. %d/14"


def build(folder):
    os.makedirs(folder, exist_ok=True)
    metas = {}

    # 01 fax cover (standard fax) + request form (text)
    fb = FileBuilder()
    fb.fax([
        ("h", "Coastal Carolina Orthopaedic & Spine", 14),
        ("t", "2131 S 17th St, Bldg C  Wilmington NC 28401", 10.5),
        ("sp", 0.2),
        ("h", "FAX", 16), ("rule",),
        ("row", [("To:", 0, "b"), ("CareSource NC Prior Authorization", 1.0, "t")]),
        ("row", [("Fax:", 0, "b"), ("1-833-555-0140", 1.0, "t")]),
        ("row", [("From:", 0, "b"), ("Brenda Ocasio, PA coordinator for Dr. P. Anand-Whitfield", 1.0, "t")]),
        ("row", [("Date:", 0, "b"), ("02/23/2026", 1.0, "t"), ("Pages:", 3.4, "b"), ("14 including cover", 4.2, "t")]),
        ("row", [("Re:", 0, "b"), ("Harold Vance  DOB 08/02/1960  - R SI joint fusion (MIS)", 1.0, "t")]),
        ("rule",),
        ("t", "Please see request form and clinical documentation attached. Additional records (outside lumbar MRI "
              "report, right hip films) will follow once received.", 11),
        ("sp", 0.2),
        ("t", "Thank you,  Brenda  x2244", 11),
        ("sp", 2.6), ("rule",),
        ("t", "The documents accompanying this transmission contain confidential health information that is legally "
              "privileged. If you have received this fax in error, please notify us immediately by telephone and "
              "destroy the material.", 9.5),
    ], BANNER % 1, "standard", 201, 1.3)
    d = TextDoc(["CareSource North Carolina", "Prior Authorization Request - Surgical / Procedural",
                 "Submit to fax 1-833-555-0140 or provider portal"], RUN, "Helvetica", 10, "Form PA-SURG-NC v2025.2")
    d.sec("1. Member information")
    d.kv([("Name:", "Harold Q. Vance"), ("DOB:", DOB), ("Member ID:", MID), ("Phone:", "910-555-0388")], 36)
    d.sec("2. Provider information")
    d.kv([("Ordering/rendering:", "Priya Anand-Whitfield, DO - Orthopaedic Spine"), ("NPI:", "1588203476"),
          ("Tax ID:", "56-8812044"), ("Site of service:", "Cape Fear Surgery Center (ASC)")], 36)
    d.sec("3. Request")
    d.kv([("Request date:", "02/23/2026"), ("Proposed date of service:", "04/07/2026"),
          ("Procedure:", "Right sacroiliac joint fusion, minimally invasive, image guided"),
          ("CPT:", "27279  x1  (RT)"), ("ICD-10:", "M53.3 Sacrococcygeal disorders NEC; M54.50 Low back pain, unsp.")], 36)
    d.boxes([(False, "Inpatient"), (True, "Outpatient / ASC"), (False, "Expedited review")])
    d.sec("4. Clinical information")
    d.para("65 y/o M, R SIJ pain since 2024. SNF rehab + home health PT/OT 2025, NSAIDs, APAP, TENS, ice. One fluoroscopic "
        "R SIJ block 01/20/2026 with good response; second block scheduled. See attached notes.")
    d.para("Attachments: consult 02/11/26; SNF discharge summary; home health PT records; PCP form; injection note; imaging; "
        "pharmacist review; acupuncture note; caregiver note.")
    d.sig(["Provider signature: P. Anand-Whitfield, DO        Date 02/23/2026"])
    fb.text(d)
    metas["01_fax_cover_and_request.pdf"] = fb.write(os.path.join(folder, "01_fax_cover_and_request.pdf"))

    # 02 surgeon consult
    fb = FileBuilder()
    d = TextDoc(SURG, RUN, "Helvetica", 9.5, "CCOS - Clinic Note")
    d.ttl("New Patient Consultation - Spine")
    d.kv([("DOS:", "02/11/2026"), ("Provider:", "Priya Anand-Whitfield, DO"), ("PCP:", "Gerald Huang, MD (Port City Primary Care)"),
          ("Accompanied by:", "wife (Cheryl)")], 32)
    d.sec("CC")
    d.para("Right low back / buttock pain x ~20 months.")
    d.sec("HPI")
    d.para("65M retired longshoreman. Deep ache R buttock just below the belt line, over the R PSIS. He says it stays put - no "
        "radiation into the groin, thigh or leg. Stabbing with stairs, getting in/out of the truck, and lying on the R side. "
        "Remote R sciatica after a lifting injury in 2015 resolved with PT, none since. In 03/2025 he was hospitalized 4 days "
        "when he could not bear weight from pain; CT pelvis was negative for fracture and he went to SNF for short-term rehab, "
        "then home health. R SIJ pain 7/10 today; best 4, worst 9 over last 2 weeks.")
    d.sec("Interventional history")
    d.para("- 09/10/2025 R L4-5 and L5-S1 medial branch blocks (Dr. Ruelas): less than 20% relief - facet-mediated pain felt unlikely.\n"
        "- 01/20/2026 fluoroscopic, contrast-enhanced R SIJ injection with bupivacaine + triamcinolone (Dr. Ruelas): ~80% relief "
        "for about 5 hours, steroid effect faded after ~2.5 weeks.\n"
        "- Second confirmatory R SIJ block is booked for 03/03/2026.")
    d.sec("PMH")
    d.para("Prostate adenocarcinoma 2018 s/p radical prostatectomy - PSA undetectable since, followed by urology, in remission. "
        "HTN. OSA on CPAP. Obesity (BMI 33). Former smoker, quit 2010. Denies psoriasis, uveitis, IBD. HLA-B27 negative; ESR and "
        "CRP normal 12/2025.")
    d.sec("Exam")
    d.para("Gait slow, no Trendelenburg. Exquisite tenderness to palpation over the R sacral sulcus/PSIS. No midline lumbar "
        "tenderness; R greater trochanter nontender; coccyx nontender. Hip ROM full and painless bilaterally. SLR negative. "
        "Motor 5/5, reflexes symmetric, sensation intact L2-S1.")
    d.table([["Test", "R", "L", "Comment"],
             ["Thigh thrust", "+", "-", "reproduces R buttock pain"],
             ["SIJ compression", "+", "-", "side-lying"],
             ["Distraction", "equivocal", "-", "discomfort only, not concordant"],
             ["Gaenslen", "+", "-", "R hip hanging"],
             ["Patrick / FABER", "+", "-", "posterior pain on R, not groin"]], (40, 22, 14, 90))
    d.para("Summary: thigh thrust and compression positive on the right; Gaenslen positive R and FABER positive R. "
        "Nonorganic signs: none. Mood euthymic.")
    d.sec("Imaging")
    d.para("Reviewed XR pelvis (hospital 03/2025) and MRI pelvis/SI joints 12/2025 - reports in chart. Lumbar MRI was done in 11/2024 at "
        "an outside imaging center in Myrtle Beach; report requested, not yet received. Right hip radiographs ordered today, not yet "
        "completed. Left hip films from SNF 04/2025 reviewed.")
    d.sec("Assessment / Plan")
    d.para("1. Right SI joint dysfunction, chronic, refractory to >6 mo active and passive conservative care.\n"
        "2. Plan: complete second diagnostic R SIJ block 03/03/2026; obtain R hip XR and outside lumbar MRI report; submit PA for "
        "R MIS SIJ fusion (27279) now given anticipated timeline. Discussed that approval may depend on these items.")
    d.sig(["P. Anand-Whitfield, DO  (electronically signed 02/12/2026 07:10)"])
    fb.text(d)
    metas["02_spine_consult_2026-02-11.pdf"] = fb.write(os.path.join(folder, "02_spine_consult_2026-02-11.pdf"))

    # 03 SNF rehab stay summary
    fb = FileBuilder()
    d = TextDoc(["Live Oak Rehabilitation & Nursing Center", "5500 Oleander Dr, Wilmington NC 28403   (910) 555-0270"],
                RUN, "Times", 10.5, "Live Oak R&N - Discharge Summary / Transfer Record")
    d.ttl("Skilled Nursing Facility - Rehabilitation Stay Discharge Summary")
    d.kv([("Admit date:", "04/07/2025 (from New Hanover Regional, acute stay 03/31-04/04/2025)"),
          ("Discharge date:", "05/02/2025 to home with home health"),
          ("Attending:", "Marisol Ibarra, MD   /   NP: Travis Boone, FNP"),
          ("Payer:", "CareSource NC Marketplace (SNF benefit)")], 34)
    d.sec("Reason for skilled stay")
    d.para("Impaired mobility and ADL dependence secondary to right SI joint pain with inability to ambulate more than 10 feet; "
        "pain-limited transfers. Hospital CT pelvis without acute fracture or lesion. Not a candidate for home discharge on admission.")
    d.sec("Therapy summary (PT 5x/wk, OT 5x/wk)")
    d.table([["Measure", "Admission 04/07", "Discharge 05/01"],
             ["Ambulation", "10 ft RW, mod A", "220 ft RW, supervision"],
             ["Sit-to-stand (GG0170D)", "02 - substantial/max assist", "04 - supervision"],
             ["Toilet transfer", "mod A", "SBA"],
             ["LB dressing (OT)", "max A, reacher", "set-up w/ AE"],
             ["Pain (NPRS) w/ activity", "9/10 R SIJ", "6/10 R SIJ"]], (56, 55, 55))
    d.para("PT: therapeutic exercise (hip/core stabilization, bridging, isometric hip adduction), gait and stair training, "
        "TENS trial in gym. OT: ADL retraining, adaptive equipment, energy conservation, shower transfer with tub bench. "
        "Total PT visits 19, OT visits 18.")
    d.sec("Nursing / medical course")
    d.para("Pain managed with scheduled acetaminophen 1 g q8h and naproxen 500 mg BID with food, ice packs after therapy. Tramadol 50 mg "
        "prn used x3 doses week 1 then none. No falls. Skin intact. BP stable. Fibromyalgia considered by the "
        "hospitalist and not supported - pain is focal, no widespread tender points.")
    d.sec("Imaging during stay")
    d.para("04/15/2025 XR LEFT hip 2 views (pt reported L groin twinge after transfer): no fracture, mild degenerative joint space "
        "narrowing. Symptoms resolved by next day.")
    d.sec("Discharge plan")
    d.para("Home with wife; home health PT/OT referral placed (Cape Fear Home Care), RW, tub bench, raised toilet seat. Continue "
        "acetaminophen and naproxen; follow up PCP 1-2 wks.")
    d.sig(["Marisol Ibarra, MD  05/02/2025", "Dictated/transcribed: MI/kl  D: 05/02/2025  T: 05/03/2025"])
    fb.text(d)
    metas["03_snf_discharge_summary.pdf"] = fb.write(os.path.join(folder, "03_snf_discharge_summary.pdf"))

    # 04 home health PT/OT
    fb = FileBuilder()
    HH = ["Cape Fear Home Care, Inc.", "Home Health - Hospice   1020 Medical Center Dr, Wilmington NC 28401   910-555-0290"]
    d = TextDoc(HH, RUN, "Helvetica", 9, "CFHC - clinical record, printed 02/21/2026")
    d.ttl("Home Health Episode Summary (PT/OT)")
    d.table([["Episode", "Start of care", "Discharge", "Disciplines", "Visits"],
             ["1", "05/05/2025", "08/29/2025", "PT, OT (OT 05/05-06/20)", "PT 28 / OT 9"],
             ["2", "11/17/2025", "02/20/2026", "PT", "PT 22"]], (18, 32, 32, 60, 32))
    d.sec("Homebound status (both episodes)")
    d.para("Leaving home requires RW and assistance of wife, considerable and taxing effort due to R SIJ pain and fall risk; "
        "leaves home for medical appts only. Homebound criteria met - reviewed each visit.")
    d.sec("OASIS - Episode 1 summary (SOC 05/05/25 / DC 08/29/25)")
    d.table([["M/GG item", "SOC", "DC"],
             ["M1242 Pain interfering w/ activity", "4 - all of the time", "3 - daily, not constant"],
             ["M1860 Ambulation", "3 - walker, supervision", "1 - one-handed device, indep"],
             ["M1033 Risk for hosp.", "history of falls: no", "-"],
             ["GG0170I Walk 10 ft", "04", "06"]], (70, 48, 48))
    d.para("PT interventions ep. 1: lumbopelvic stabilization progression, glute strengthening, gait training RW -> SPC, curb and step "
        "training, SIJ belt fitting, HEP. OT ep. 1: bathing/dressing retraining, kitchen mobility. Discharged 08/29/2025: goals met "
        "for home mobility; pain persists 6/10 with community ambulation.")
    d.add_page()
    d.ttl("PT Visit Notes - Episode 2 (selected)")
    d.table([["Date", "Type", "Pain", "Note"],
             ["11/17/25", "Re-eval (SOC)", "8/10", "increased pain after fall season yard work; TUG 17 s"],
             ["12/15/25", "Visit", "7/10", "core/hip strengthening, gait with SPC 300 ft"],
             ["01/22/26", "Visit", "2/10", "2 days after SIJ injection, pt thrilled - exercised w/o pain"],
             ["02/06/26", "Visit", "6/10", "pain back near baseline"],
             ["02/11/26", "Visit", "5/10", "Pain: 5/10 R buttock, a.m. visit before MD appt"],
             ["02/20/26", "Discharge", "6/10", "Pain at discharge 6/10 R SIJ; plateau"]], (22, 28, 16, 100))
    d.para("Episode 2 discharge 02/20/2026: 22 PT visits. Improved endurance (6MWT 210 m -> 265 m). Pain unchanged at rest and with "
        "transfers. Pt continuing HEP. Referred back to spine surgeon.")
    d.sig(["Owen Falkner, PT   02/20/2026 (e-sign)"])
    fb.text(d)
    metas["04_home_health_records.pdf"] = fb.write(os.path.join(folder, "04_home_health_records.pdf"))

    # 05 PCP scanned visit form (standard fax)
    fb = FileBuilder()
    fb.fax([
        ("h", "PORT CITY PRIMARY CARE - Progress Note", 13),
        ("t", "310 Shipyard Blvd  Wilmington NC   P 910-555-0211  F 910-555-0212", 9.5),
        ("rule",),
        ("row", [("Name:", 0, "b"), ("Harold Vance", 0.8, "hw"), ("DOB:", 3.2, "b"), ("8/2/60", 3.8, "hw"),
                 ("Date:", 5.0, "b"), ("1/26/26", 5.6, "hw")], 11),
        ("box", [(True, "Est pt"), (False, "New pt"), (False, "Telehealth"), (True, "Chronic f/u")], 11),
        ("field", "CC:", "R SI pain, post inj f/u, needs surg referral paperwork", 11),
        ("field", "HPI:", "Inj 1/20 great x ~5 hrs, then steroid helped ~2 wks. Pain 8/10 today. No radiation.", 11),
        ("b", "Red flags:", 11),
        ("box", [(False, "fever"), (False, "wt loss"), (False, "saddle anesth."), (False, "night sweats"), (False, "hx trauma")], 11),
        ("field", "Exam:", "TTP R SIJ. Lumbar non tender. Neuro intact.", 11),
        ("field", "Screen:", "FM screen neg (pain focal). PHQ-2 = 0.", 11),
        ("field", "A/P:", "R SIJ dysfunction - cont naproxen, APAP, TENS, ice. Ref back to Dr A-W. "
                          "PSA <0.01 (1/26) - remission, urology yearly.", 11),
        ("row", [("Sig:", 0, "b"), ("G. Huang MD", 0.8, "hwb")], 11),
    ], "01/27/2026 16:40  FROM: PORT CITY PC 9105550212  TO: 9105550231  P. 1/1", "standard", 202, 0.7)
    metas["05_pcp_visit_form.pdf"] = fb.write(os.path.join(folder, "05_pcp_visit_form.pdf"))

    # 06 injection note + diary (standard fax)
    fb = FileBuilder()
    INJ = "CAPE FEAR INTERVENTIONAL PAIN - 1610 Doctors Cir, Wilmington NC - 910-555-0250"
    fb.fax([
        ("b", INJ, 10),
        ("h", "Operative / Procedure Report", 13), ("rule",),
        ("row", [("Patient:", 0, "b"), ("VANCE, HAROLD Q", 0.9, "t"), ("DOB:", 3.5, "b"), ("08/02/1960", 4.1, "t")], 11),
        ("row", [("DOS:", 0, "b"), ("01/20/2026", 0.9, "t"), ("Surgeon:", 3.5, "b"), ("Andres Ruelas, MD", 4.5, "t")], 11),
        ("t", "Procedure: Right sacroiliac joint injection under fluoroscopy with arthrogram.", 11),
        ("t", "Pre-op pain: 8/10 right buttock.", 11),
        ("t", "Description: Prone, prepped with chlorhexidine. Under fluoroscopy the inferior R SIJ was targeted; 25 g "
              "needle advanced to joint. 0.5 mL Isovue-M 200 demonstrated intra-articular contrast pattern; no vascular "
              "uptake. Injected 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone.", 11),
        ("t", "Complications: none.  Disposition: home with wife.", 11),
        ("t", "Post: pain 1/10 at 20 min with stairs in recovery.", 11),
        ("t", "Plan: pain diary; schedule 2nd diagnostic block if concordant.", 11),
        ("t", "A. Ruelas MD  e-signed 01/20/2026", 11),
    ], "01/23/2026 08:02  FROM: CF INTERVENTIONAL PAIN  TO: COASTAL CAROLINA ORTHO  P. 1/2", "standard", 203, 1.0)
    fb.fax([
        ("b", INJ, 10),
        ("h", "Pain Diary - SI joint block", 13),
        ("row", [("Name:", 0, "b"), ("Harold Vance", 0.8, "hw"), ("Date of block:", 3.4, "b"), ("1-20-26", 4.8, "hw")], 11),
        ("rule",),
        ("row", [("Time", 0, "b"), ("Pain (0-10)", 1.8, "b"), ("What I did", 3.6, "b")], 11),
        ("row", [("Before", 0, "t"), ("8", 2.1, "hw"), ("-", 3.6, "hw")], 11),
        ("row", [("30 min", 0, "t"), ("1", 2.1, "hw"), ("walked hall", 3.6, "hw")], 11),
        ("row", [("1 hr", 0, "t"), ("1", 2.1, "hw"), ("car ride", 3.6, "hw")], 11),
        ("row", [("2 hr", 0, "t"), ("1", 2.1, "hw"), ("", 3.6, "hw")], 11),
        ("row", [("4 hr", 0, "t"), ("2", 2.1, "hw"), ("stairs ok", 3.6, "hw")], 11),
        ("row", [("5 hr", 0, "t"), ("2", 2.1, "hw"), ("", 3.6, "hw")], 11),
        ("row", [("6 hr", 0, "t"), ("5", 2.1, "hw"), ("coming back", 3.6, "hw")], 11),
        ("row", [("8 hr", 0, "t"), ("7", 2.1, "hw"), ("", 3.6, "hw")], 11),
        ("rule",),
        ("t", "RN review: about 80% relief lasting 5 hours (bupivacaine). Concordant. Second block to be scheduled.", 11),
    ], "01/23/2026 08:03  FROM: CF INTERVENTIONAL PAIN  TO: COASTAL CAROLINA ORTHO  P. 2/2", "standard", 204, 0.4)
    metas["06_sij_injection_2026-01-20.pdf"] = fb.write(os.path.join(folder, "06_sij_injection_2026-01-20.pdf"))

    # 07 imaging
    fb = FileBuilder()
    d = TextDoc(["Wilmington Diagnostic Imaging", "Final Report"], RUN, "Helvetica", 9.5, "WDI")
    d.ttl("XR PELVIS 1 VIEW (AP)")
    d.kv([("Date:", "03/31/2025 (ED, New Hanover Regional)"), ("Clinical:", "R buttock pain, unable to bear weight")], 26)
    d.para("Findings: No acute fracture or dislocation. SI joints symmetric, mild sclerosis along the iliac side of the right SI joint. "
        "Surgical clips in the pelvis (prostatectomy).\n"
        "Impression: No acute osseous abnormality.   - Dictated by Nathaniel Okoro, MD")
    d.ttl("MRI PELVIS / SACROILIAC JOINTS WITHOUT CONTRAST")
    d.kv([("Date:", "12/08/2025"), ("Clinical:", "Chronic R SIJ pain, hx prostate ca - evaluate SIJ, exclude osseous lesion"),
          ("Technique:", "Coronal oblique T1, STIR; axial T2 FS")], 26)
    d.para("Findings: Mild degenerative change at the right SI joint with small anterior osteophytes and minimal subchondral "
        "sclerosis. No periarticular bone marrow edema, erosions or fatty metaplasia. No sacroiliitis. No marrow-replacing lesion; "
        "no evidence of osseous metastatic disease. No fracture or stress reaction. Left SI joint normal. Post-prostatectomy "
        "changes; no pelvic mass or adenopathy.")
    d.para("IMPRESSION: 1. Mild right SI joint degenerative change. No erosions or inflammatory sacroiliitis. "
        "2. No osseous metastatic disease or destructive lesion.")
    d.sig(["Electronically signed: Yusuf Grayson, MD   12/09/2025"])
    d.add_page()
    d.ttl("XR HIP LEFT 2 VIEWS")
    d.kv([("Date:", "04/15/2025 (portable, Live Oak R&N)"), ("Clinical:", "L groin pain after transfer, r/o fx")], 26)
    d.para("Findings: No fracture or dislocation. Mild superior joint space narrowing of the left hip. Soft tissues unremarkable.\n"
        "Impression: No fracture. Mild left hip degenerative change.   - Mobile X-Ray of the Carolinas, read by S. Patel, MD")
    fb.text(d)
    metas["07_imaging_reports.pdf"] = fb.write(os.path.join(folder, "07_imaging_reports.pdf"))

    # 08 pharmacist review
    fb = FileBuilder()
    d = TextDoc(["Seaside Pharmacy & Wellness - MTM Services", "4402 Market St, Wilmington NC 28403   910-555-0299"],
                RUN, "Courier", 9, "MTM CMR summary - prescriber copy")
    d.kv([("CMR date:", "12/03/2025"), ("Pharmacist:", "Rochelle Adeyemi, PharmD"), ("Interview:", "in person, pt and wife")], 28)
    d.sec("ACTIVE MEDICATIONS")
    d.table([["Drug / strength", "Directions", "Since", "Adherence (PDC)"],
             ["naproxen 500 mg", "1 tab BID with food", "06/2024", "0.94"],
             ["acetaminophen 500 mg ER", "2 tabs q8h", "04/2025 (SNF)", "OTC - daily per pt"],
             ["amlodipine 10 mg", "daily", "2017", "0.98"],
             ["pantoprazole 40 mg", "daily", "06/2024", "0.91"],
             ["tramadol 50 mg", "prn - none filled since 04/2025", "-", "n/a"]], (48, 50, 36, 40))
    d.sec("NON-DRUG THERAPIES REPORTED")
    d.para("TENS unit (Cape Fear HME): used 30 minutes three times daily over the R SIJ, started 06/09/2025, still using daily. "
        "Ice pack 15-20 min after exercise. Lumbosacral/SI belt when walking distances.")
    d.sec("ASSESSMENT")
    d.para("Naproxen 500 mg twice daily taken consistently since mid-2024 for R SI pain, PPI for GI protection. Acetaminophen within "
        "3 g/day. No duplicate NSAIDs. BP at goal on amlodipine. Advised to avoid OTC ibuprofen.")
    d.sig(["R. Adeyemi, PharmD  12/03/2025"])
    fb.text(d)
    metas["08_pharmacist_cmr.pdf"] = fb.write(os.path.join(folder, "08_pharmacist_cmr.pdf"))

    # 09 integrative (acupuncture/massage) note
    fb = FileBuilder()
    d = TextDoc(["Tidal Wellness Integrative Clinic", "Acupuncture - Massage - Osteopathic care   221 Racine Dr, Wilmington NC"],
                RUN, "Times", 10.5, "TWIC treatment record")
    d.ttl("Treatment Record")
    d.table([["Date", "Provider", "Treatment", "Response"],
             ["09/18/2025", "Jia Wen Harlow, LAc", "Acupuncture BL23/25/54, GB30 R, ashi", "relaxed; no change next day"],
             ["10/02/2025", "Jia Wen Harlow, LAc", "Acupuncture + cupping R gluteal", "sore 1 day"],
             ["10/16/2025", "Marcus Teel, LMBT", "Massage 60 min R glutes/QL", "temporary relief"],
             ["10/30/2025", "Evelyn Strand, DO", "OMT: SD sacrum R torsion, R innominate anterior; MET, BLT", "~1 day better"]],
            (24, 36, 66, 40))
    d.para("Note 10/30/2025 (E. Strand, DO): Somatic dysfunction of sacrum and R innominate; lumbar segments without TART. Pain localized "
        "R SIJ, non-radiating. Pt declines further visits - cost. Continue home program from home health.")
    fb.text(d)
    metas["09_integrative_record.pdf"] = fb.write(os.path.join(folder, "09_integrative_record.pdf"))

    # 10 caregiver note
    fb = FileBuilder()
    d = TextDoc(["Caregiver note", "for Dr. Anand-Whitfield / insurance"], RUN, "Helvetica", 11, "")
    d.para("2/15/26")
    d.para("I'm Cheryl Vance, Harold's wife. Since he came home from the rehab place last spring I help him with socks and shoes, "
        "getting in the shower, and I drive him everywhere because he can't push the clutch in the truck without that sharp "
        "pain in his right backside. He does the exercises the home therapist gave him, he uses the TENS three times a day "
        "and we keep ice packs in the freezer. The shot in January was the first time in a year I saw him walk without "
        "holding onto the counter. It only lasted the afternoon and a couple of weeks of it being a little easier.")
    d.para("He is not a complainer. Please help him get this done.")
    d.sig(["Cheryl A. Vance", "910-555-0388"])
    fb.text(d)
    metas["10_caregiver_note.pdf"] = fb.write(os.path.join(folder, "10_caregiver_note.pdf"))
    return metas


LABELS = {
    "procedure": "percutaneous",
    "request_date": "2026-02-23",
    "determination": "insufficient_documentation",
    "criteria": {
        "perc.pain_location": {"status": "met", "evidence": [
            "Deep ache R buttock just below the belt line",
            "no radiation into the groin, thigh or leg"]},
        "perc.pain_severity": {"status": "met", "evidence": ["Pain at discharge 6/10 R SIJ"]},
        "perc.sij_tenderness": {"status": "met", "evidence": [
            "Exquisite tenderness to palpation over the R sacral sulcus/PSIS",
            "R greater trochanter nontender; coccyx nontender"]},
        "perc.active_conservative_therapy": {"status": "met", "evidence": [
            "Therapy summary (PT 5x/wk, OT 5x/wk)", "Discharged 08/29/2025: goals met for home mobility",
            "Episode 2 discharge 02/20/2026: 22 PT visits"]},
        "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
            "Naproxen 500 mg twice daily taken consistently since mid-2024",
            "used 30 minutes three times daily over the R SIJ, started 06/09/2025"]},
        "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
            "thigh thrust and compression positive on the right"]},
        "perc.two_provocative_tests": {"status": "met", "evidence": [
            "Gaenslen positive R and FABER positive R"]},
        "perc.diagnostic_injections": {"status": "insufficient", "evidence": []},
        "perc.generalized_pain_excluded": {"status": "met", "evidence": [
            "Nonorganic signs: none", "FM screen neg (pain focal)"]},
        "perc.sij_imaging": {"status": "met", "evidence": [
            "No erosions or inflammatory sacroiliitis",
            "No osseous metastatic disease or destructive lesion",
            "No acute osseous abnormality"]},
        "perc.hip_imaging": {"status": "insufficient", "evidence": []},
        "perc.lumbar_imaging": {"status": "insufficient", "evidence": []},
        "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
        "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
            "HLA-B27 negative; ESR and CRP normal 12/2025", "Denies psoriasis, uveitis, IBD"]},
        "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
            "no evidence of osseous metastatic disease", "No fracture or stress reaction"]},
        "perc.excl.acute_instability": {"status": "met", "evidence": ["CT pelvis was negative for fracture"]},
        "perc.excl.neural_compression": {"status": "met", "evidence": [
            "no radiation into the groin, thigh or leg", "Motor 5/5, reflexes symmetric, sensation intact L2-S1"]},
    },
}
