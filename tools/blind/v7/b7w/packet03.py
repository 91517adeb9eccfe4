"""b7w-03: folder with packet.json, open (27280), gold does_not_meet_criteria.
Faxed pages at 204x98 (standard) and 204x196 (fine)."""
import json
import os
from pktlib import TextDoc, FileBuilder

PT = "SZYMANSKI, Loretta M"
DOB = "11/27/1950"
MID = "CNC-9043371-01"
RUN = f"Pt: {PT}  DOB: {DOB}  ID: {MID}"
SURG = ["Blue Ridge Spine Institute", "45 Crescent Hill Rd, Suite 300, Asheville, NC 28803   Tel 828-555-0310   Fax 828-555-0311"]

PACKET_JSON = {"request_date": "2026-02-16", "procedure_codes": ["27280"], "member_id": MID, "policy": "MP-MM-1366"}


def build(folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "packet.json"), "w") as fh:
        json.dump(PACKET_JSON, fh, indent=2)
    metas = {}

    # 01 fax cover (standard) + request form (text)
    fb = FileBuilder()
    fb.fax([
        ("h", "BLUE RIDGE SPINE INSTITUTE", 15),
        ("t", "45 Crescent Hill Rd Ste 300, Asheville NC 28803", 10.5),
        ("h", "Fax Cover Sheet", 14), ("rule",),
        ("row", [("TO:", 0, "b"), ("CareSource NC - Medical Management / PA", 1.0, "t")]),
        ("row", [("FAX #:", 0, "b"), ("1-833-555-0140", 1.0, "t")]),
        ("row", [("FROM:", 0, "b"), ("Tamsin Oduya, Surgery Coordinator", 1.0, "t")]),
        ("row", [("DATE:", 0, "b"), ("02/16/2026", 1.0, "t"), ("# PAGES:", 3.4, "b"), ("12", 4.4, "t")]),
        ("row", [("RE:", 0, "b"), ("Loretta Szymanski  DOB 11/27/1950  - open L SIJ fusion", 1.0, "t")]),
        ("rule",),
        ("t", "Precertification request for LEFT open sacroiliac joint arthrodesis (27280), inpatient, Mission "
              "Hospital. Clinicals attached. Peer-to-peer available with Dr. Frawley Tue/Thu afternoons.", 11),
        ("sp", 2.8), ("rule",),
        ("t", "CONFIDENTIAL: intended only for the addressee. Contains PHI protected by HIPAA. If received in error, "
              "call 828-555-0310 and destroy all copies.", 9.5),
    ], "02/16/2026 13:27  FROM: BLUE RIDGE SPINE 8285550311  TO: 18335550140  P. 1/12", "standard", 301, 1.4)
    d = TextDoc(["CareSource North Carolina", "PRIOR AUTHORIZATION REQUEST - INPATIENT SURGERY",
                 "Fax 1-833-555-0140  |  Portal: Provider Availity"], RUN, "Helvetica", 10, "PA-IP-NC 2025")
    d.kv([("Member:", "Loretta M. Szymanski"), ("DOB:", DOB), ("Member ID:", MID),
          ("Requesting surgeon:", "Gideon Frawley, MD  NPI 1730582914"), ("Facility:", "Mission Hospital, Asheville (inpatient, 2 days)"),
          ("Date of request:", "02/16/2026"), ("Planned admission:", "03/24/2026")], 42)
    d.table([["CPT", "Description", "Laterality"],
             ["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including instrumentation, when performed", "LT"],
             ["20937", "Autograft for spine surgery only (morselized, separate incision)", "-"]], (20, 130, 22))
    d.table([["ICD-10", "Description"],
             ["M53.3", "Sacrococcygeal disorders, NEC - left sacroiliac joint"],
             ["M47.818", "Spondylosis w/o myelopathy or radiculopathy, sacral and sacrococcygeal region"]], (25, 147))
    d.boxes([(True, "Open"), (False, "Percutaneous / MIS"), (False, "Revision")])
    d.sec("Clinical indication (summary)")
    d.para("Indication: degenerative arthropathy of the left sacroiliac joint, chronic left SI joint syndrome refractory to "
        "conservative management. Prior RIGHT MIS SIJ fusion 06/2023 - excellent result. See LMN.")
    d.sig(["Signature: G. Frawley MD (electronic)   02/16/2026"])
    fb.text(d)
    metas["01_cover_and_request.pdf"] = fb.write(os.path.join(folder, "01_cover_and_request.pdf"))

    # 02 surgeon LMN
    fb = FileBuilder()
    d = TextDoc(SURG, RUN, "Times", 11, "BRSI - Letter of Medical Necessity")
    d.para("February 12, 2026")
    d.para("RE: Loretta M. Szymanski, DOB 11/27/1950 - request for LEFT open sacroiliac joint fusion")
    d.para("To the Medical Director:")
    d.para("I am writing on behalf of my patient, a 75-year-old woman with chronic left sacroiliac joint pain. In June 2023 I performed "
        "a right-sided minimally invasive SI joint fusion for right SI joint dysfunction; that side has done very well, with solid "
        "bony bridging across the implants on CT and resolution of her right-sided pain. Over the last 18 months she has developed "
        "similar pain on the left, localized to the left posterior SI joint and buttock. It does not radiate below the buttock.")
    d.para("Her left-sided symptoms have not responded to home health physical therapy, osteopathic manipulation, acetaminophen, "
        "topical diclofenac and activity modification, as well as two fluoroscopic left SI joint injections in 2025 that "
        "provided only temporary relief. She also had a hospitalization in 09/2025 for urosepsis (E. coli), treated with IV "
        "antibiotics, followed by a short SNF rehabilitation stay; this resolved completely, with negative follow-up blood "
        "cultures, and MRI showed no septic arthritis or osteomyelitis of the SI joints.")
    d.para("CT of the pelvis obtained 12/15/2025 shows moderate degenerative arthropathy of the left SI joint with joint space "
        "narrowing, subchondral sclerosis, anterior osteophytes and intra-articular vacuum phenomenon. MRI of the lumbar spine "
        "the same day shows no nerve root compression. There is no history of pelvic ring fracture or other pelvic trauma, no "
        "infection of the joint, no sacral tumor, and no spinal deformity requiring a long fusion construct.")
    d.para("Indication for surgery: degenerative arthropathy of the left sacroiliac joint / left SI joint syndrome that has "
        "failed conservative care. Because of her osteopenia (DXA T-score -2.1) and my preference to place a structural "
        "allograft with supplemental fixation under direct visualization, I recommend an open left SI joint arthrodesis "
        "(CPT 27280) rather than a second percutaneous procedure. I respectfully request authorization.")
    d.sig(["Gideon Frawley, MD, FAAOS", "Blue Ridge Spine Institute"])
    d.add_page()
    d.ttl("Clinic Note - Follow-up")
    d.kv([("DOS:", "02/04/2026"), ("Provider:", "Gideon Frawley, MD"), ("Visit type:", "Est. pt, L SIJ pain")], 30)
    d.para("S: L buttock pain, daily, 6/10 today. Sitting tolerance 20 min. No leg symptoms. Right side remains pain free since 2023 "
        "fusion. Husband assists with IADLs.")
    d.para("O: TTP L PSIS/sacral sulcus. R SIJ nontender. Thigh thrust + L, compression + L, FABER + L, Gaenslen + L, distraction neg. "
        "Neuro: 5/5, DTR 1+ symmetric, SLR neg. No Waddell signs.")
    d.para("Imaging: CT pelvis 12/15/25 - mod L SIJ degeneration (see report). R SIJ implants well positioned, fused. MRI L-spine "
        "12/15/25 - mild L4-5 facet arthropathy, no stenosis or root compression. XR pelvis 03/04/25 (older) - L SIJ sclerosis.")
    d.para("A/P: Degenerative L sacroiliac joint, symptomatic, failed conservative care. Plan open L SIJ arthrodesis; PA to be "
        "submitted. Pre-op medical clearance with PCP.")
    d.sig(["G. Frawley MD  02/04/2026"])
    fb.text(d)
    metas["02_letter_and_clinic_note.pdf"] = fb.write(os.path.join(folder, "02_letter_and_clinic_note.pdf"))

    # 03 imaging
    fb = FileBuilder()
    d = TextDoc(["Asheville Radiology Associates", "Mission Campus Imaging - 509 Biltmore Ave, Asheville NC 28801"], RUN,
                "Helvetica", 9.5, "ARA - Final")
    d.ttl("CT PELVIS WITHOUT CONTRAST")
    d.kv([("Exam date:", "12/15/2025"), ("Ordered by:", "Gideon Frawley, MD"), ("History:", "L SIJ pain; prior R SIJ fusion"),
          ("Comparison:", "XR pelvis 03/04/2025; CT pelvis 11/14/2023")], 28)
    d.para("FINDINGS: Right SI joint: three triangular implants traverse the joint in satisfactory position without lucency or "
        "fracture; osseous bridging across the joint consistent with solid fusion. Left SI joint: joint space narrowing, "
        "subchondral sclerosis on both iliac and sacral sides, anterior bridging osteophytes and intra-articular vacuum "
        "phenomenon. No erosions. No fracture. No lytic or sclerotic lesion. Diffuse osteopenia. Mild degenerative change of "
        "both hips without significant joint space loss.")
    d.para("IMPRESSION: 1. Moderate degenerative arthropathy of the left sacroiliac joint. 2. Solid fusion of the right SI joint "
        "with intact hardware. 3. Osteopenia. No acute osseous abnormality.")
    d.sig(["Electronically signed by Corinne Balogun, MD on 12/15/2025 15:48"])
    d.ttl("MRI LUMBAR SPINE WITHOUT CONTRAST")
    d.kv([("Exam date:", "12/15/2025"), ("History:", "Low back/L buttock pain, pre-surgical evaluation; r/o L5 radiculopathy")], 28)
    d.para("FINDINGS: Normal lordosis. No listhesis. L1-L4: unremarkable discs, patent canal and foramina. L4-5: mild bilateral facet "
        "arthropathy with small effusions; no disc herniation; no central canal or foraminal stenosis. L5-S1: mild disc height "
        "loss; no neural foraminal stenosis or nerve root compression. Partially imaged right SI implants with susceptibility artifact.")
    d.para("IMPRESSION: Mild L4-5 facet arthropathy. No spinal stenosis. No nerve root compression.")
    d.sig(["Electronically signed by Corinne Balogun, MD on 12/16/2025 08:02"])
    d.add_page()
    d.ttl("XR PELVIS AP AND INLET/OUTLET")
    d.kv([("Exam date:", "03/04/2025"), ("History:", "L buttock pain")], 28)
    d.para("FINDINGS: Right SI fusion hardware intact. Left SI joint: subchondral sclerosis and mild narrowing inferiorly. Pelvic "
        "ring intact. No fracture.\nIMPRESSION: Degenerative change of the left SI joint.")
    d.sig(["Electronically signed by Paul Demarest, MD on 03/04/2025"])
    d.ttl("MRI PELVIS / SI JOINTS WITH AND WITHOUT CONTRAST")
    d.kv([("Exam date:", "09/22/2025 (inpatient)"), ("History:", "Urosepsis, L buttock pain - r/o septic sacroiliitis")], 28)
    d.para("FINDINGS: Left SI joint degenerative changes with mild subchondral edema along the anterior iliac margin, no joint "
        "effusion, no periarticular fluid collection, no erosion, no abnormal enhancement of the joint or adjacent marrow. No "
        "abscess. Right SI implants with artifact.\nIMPRESSION: No evidence of septic arthritis or osteomyelitis. "
        "Degenerative left SI joint.")
    d.sig(["Electronically signed by Wen-Li Hartsell, MD on 09/22/2025"])
    fb.text(d)
    metas["03_imaging.pdf"] = fb.write(os.path.join(folder, "03_imaging.pdf"))

    # 04 SNF stay summary
    fb = FileBuilder()
    d = TextDoc(["Pisgah View Health & Rehabilitation", "Skilled Nursing - Short Term Rehab   1 Pisgah View Ln, Candler NC 28715"],
                RUN, "Courier", 9, "PVHR - EHR printout, MDS/PPS discharge")
    d.ttl("REHAB STAY SUMMARY / DISCHARGE INSTRUCTIONS")
    d.kv([("Admitted:", "09/26/2025 from Mission Hospital"), ("Discharged:", "10/17/2025 home w/ HH"),
          ("Hospital dx:", "Sepsis due to E. coli UTI - resolved; AKI resolved"),
          ("SNF dx:", "Generalized weakness; L SIJ pain; osteopenia")], 30)
    d.sec("HOSPITAL COURSE (brief)")
    d.para("Presented 09/20/2025 with fever, confusion, hypotension. Blood and urine cx E. coli. IV ceftriaxone then PO cephalexin, "
        "14 days total. Repeat blood cultures negative 09/23/2025. Infection resolved. MRI pelvis 09/22 - no septic arthritis or "
        "osteomyelitis.")
    d.sec("THERAPY")
    d.table([["Discipline", "Freq", "Focus", "Outcome"],
             ["PT", "6x/wk", "strength, gait, transfers", "RW indep 150 ft"],
             ["OT", "5x/wk", "ADLs, bathroom transfers", "mod indep w/ AE"]], (26, 20, 66, 60))
    d.sec("SECTION GG (self-care / mobility)")
    d.table([["Item", "Admit", "D/C"],
             ["GG0130C Toileting hygiene", "03", "05"],
             ["GG0170E Chair/bed-to-chair", "02", "04"],
             ["GG0170J Walk 50 ft 2 turns", "01", "04"]], (80, 40, 40))
    d.sec("PAIN")
    d.para("Chronic L low back/buttock (SIJ) pain, baseline per pt, 5-7/10, non-radiating. Acetaminophen 650 mg q6h scheduled, "
        "diclofenac 1% gel QID to L SI area. No opioid needs.")
    d.sec("DISCHARGE MEDS / INSTRUCTIONS")
    d.para("Acetaminophen, diclofenac gel, alendronate 70 mg weekly, vitamin D3, amlodipine 5 mg. Home health PT/OT ordered "
        "(Mountain Home Health). Follow up PCP 1 wk, Dr. Frawley as scheduled.")
    d.sig(["Anjali Sethuraman, MD (attending)   10/17/2025"])
    fb.text(d)
    metas["04_snf_stay_summary.pdf"] = fb.write(os.path.join(folder, "04_snf_stay_summary.pdf"))

    # 05 home health PT visit (fax fine)
    fb = FileBuilder()
    fb.fax([
        ("h", "MOUNTAIN HOME HEALTH - PT Visit Note", 13),
        ("t", "Agency #34-8820  |  92 Patton Ave, Asheville NC  |  828-555-0333", 9.5), ("rule",),
        ("row", [("Patient:", 0, "b"), ("Szymanski, Loretta", 0.9, "t"), ("Visit date:", 3.5, "b"), ("12/02/2025", 4.6, "t")], 10.5),
        ("row", [("Time in/out:", 0, "b"), ("10:05 / 10:52", 1.2, "t"), ("Visit:", 3.5, "b"), ("6 of 12 (cert 10/20-12/18/25)", 4.2, "t")], 10.5),
        ("b", "Homebound status:", 10.5),
        ("box", [(True, "Requires assistive device"), (True, "Requires assist of another"), (False, "Medically contraindicated"),
                 (True, "Taxing effort to leave home")], 10.5),
        ("t", "Absences: PCP visit 11/24, hair appt 11/28 (short, husband drove).", 10.5),
        ("b", "Subjective:", 10.5),
        ("t", "\"The left side is like the right one was before surgery.\" Pain 6/10 L buttock. No leg pain.", 10.5),
        ("b", "Vitals:", 10.5),
        ("t", "BP 128/70  HR 76  SpO2 97% RA  T 97.9", 10.5),
        ("b", "Interventions:", 10.5),
        ("t", "Ther ex: bridges 2x10, supine march, clamshells w/ yellow band, seated hip abd; gait training RW->SPC in home "
              "120 ft x2; stair training 4 steps w/ rail; pt/caregiver education on SIJ belt and log roll.", 10.5),
        ("b", "OASIS / functional:", 10.5),
        ("t", "M1860 = 2 (walker, indep).  M1242 = 3.  TUG 18.4 s (fall risk).", 10.5),
        ("b", "Assessment / plan:", 10.5),
        ("t", "Progressing with mobility; L SIJ pain limits tolerance. Continue POC 2w3. Notify MD if new radicular sx.", 10.5),
        ("t", "Clinician: Rosa Delgado-Finch, PT   e-signed 12/02/2025", 10.5),
    ], "12/03/2025 07:55  FROM: MOUNTAIN HOME HEALTH  TO: BLUE RIDGE SPINE  P. 1/1", "fine", 302, 0.9)
    metas["05_home_health_pt_visit.pdf"] = fb.write(os.path.join(folder, "05_home_health_pt_visit.pdf"))

    # 06 PCP handwritten visit form (fax fine)
    fb = FileBuilder()
    fb.fax([
        ("h", "FRENCH BROAD FAMILY PRACTICE", 13),
        ("t", "Office visit / pre-op eval form     Ph 828-555-0350  Fax 828-555-0351", 9.5), ("rule",),
        ("row", [("Patient:", 0, "b"), ("Loretta Szymanski", 0.9, "hw"), ("DOB:", 3.4, "b"), ("11-27-50", 4.0, "hw"),
                 ("DOS:", 5.0, "b"), ("1/13/26", 5.6, "hw")], 10.5),
        ("box", [(False, "Sick visit"), (True, "Chronic dz f/u"), (False, "Pre-op clearance"), (False, "AWV")], 10.5),
        ("field", "Reason:", "L SI pain, meds, bone density f/u", 10.5),
        ("field", "Hx:", "s/p R SIJ fusion '23 - doing great. L SIJ pain 6/10, no sciatica. UTI/sepsis 9/25 - resolved, "
                         "no sx since. No falls.", 10.5),
        ("b", "PMH (tick):", 10.5),
        ("box", [(True, "HTN"), (False, "DM"), (False, "CAD"), (True, "Osteopenia"), (False, "RA/AS"), (False, "Cancer"),
                 (False, "Fibromyalgia")], 10.5),
        ("field", "Exam:", "TTP L SIJ. Lumbar spine nontender. Hips FROM.", 10.5),
        ("field", "Labs:", "UA neg 1/13. CBC nl. Cr 0.9.", 10.5),
        ("field", "A/P:", "1) L SIJ DJD - per Dr Frawley plans open fusion L. cont APAP 650 q6, diclofenac gel, heat. "
                          "2) Osteopenia - cont alendronate. 3) HTN ok.", 10.5),
        ("row", [("Provider:", 0, "b"), ("R. Castellanos, MD", 1.0, "hwb")], 10.5),
    ], "01/14/2026 11:40  FROM: FRENCH BROAD FP 8285550351  TO: 8285550311  P. 1/1", "fine", 303, 1.2)
    metas["06_pcp_visit_form.pdf"] = fb.write(os.path.join(folder, "06_pcp_visit_form.pdf"))

    # 07 integrative OMT
    fb = FileBuilder()
    d = TextDoc(["Laurel Integrative & Osteopathic Medicine", "12 Woodfin St, Asheville NC 28801   828-555-0366"],
                RUN, "Helvetica", 9.5, "LIOM - encounter summary")
    d.ttl("Osteopathic Encounter Summary")
    d.kv([("Dates:", "07/08/2025, 07/29/2025, 08/19/2025"), ("Physician:", "Soren Whitlatch, DO"),
          ("Also seen:", "acupuncture x3 (Ines Porter, LAc), massage x2 (Kelby Roan, LMT)")], 30)
    d.para("Structural findings (08/19/2025): Sacrum L-on-R backward torsion; L innominate superior shear suspected vs. posterior "
        "rotation; L5 ERS(L). TART at L SIJ with marked tenderness; R SIJ fused, no motion. Thoracic and cervical without "
        "significant somatic dysfunction.")
    d.para("Treatment: BLT to L SIJ, ligamentous articular strain, counterstrain to L piriformis tender point, gentle MET. "
        "Response: improvement lasting 1-2 days each time. Acupuncture and massage likewise short-lived.")
    d.para("Impression: Somatic dysfunction of sacral and pelvic regions (M99.04, M99.05) with underlying degenerative L SIJ. No "
        "further OMT planned - recommend surgical follow-up with Dr. Frawley.")
    d.sig(["S. Whitlatch, DO  08/19/2025"])
    fb.text(d)
    metas["07_integrative_omt.pdf"] = fb.write(os.path.join(folder, "07_integrative_omt.pdf"))

    # 08 pharmacist review
    fb = FileBuilder()
    d = TextDoc(["Mission Health - Ambulatory Pharmacy Services", "Medication Management Consult"], RUN, "Times", 10.5,
                "Pharmacist consult note")
    d.kv([("Date:", "01/20/2026"), ("Pharmacist:", "Benedict Oyelaran, PharmD, CPP"), ("Referral:", "pre-op med optimization")], 28)
    d.table([["Medication", "Dose / schedule", "Comment"],
             ["Acetaminophen", "650 mg q6h", "since 2024, effective partially"],
             ["Diclofenac 1% gel", "4 g to L SI area QID", "since 10/2025"],
             ["Alendronate", "70 mg weekly", "osteopenia; hold per surgeon?"],
             ["Amlodipine", "5 mg daily", "BP controlled"],
             ["Vitamin D3", "2000 IU daily", ""]], (45, 55, 72))
    d.para("Assessment: No drug interactions of concern. Alendronate - discuss peri-operative continuation with surgeon given fusion "
        "plan. No opioids in past 12 months (PDMP checked). Not on DMARDs or biologics; no rheumatologic diagnoses on the "
        "problem list.")
    d.sig(["B. Oyelaran, PharmD, CPP  01/20/2026"])
    fb.text(d)
    metas["08_pharmacist_consult.pdf"] = fb.write(os.path.join(folder, "08_pharmacist_consult.pdf"))

    # 09 caregiver note (standard fax)
    fb = FileBuilder()
    fb.fax([
        ("t", "Buncombe County Public Library - Public Fax Service", 9.5),
        ("sp", 0.2),
        ("hw", "Feb 9, 2026", 13),
        ("hw", "To Dr. Frawley's office & the insurance company -", 13),
        ("hw", "I'm Walter Szymanski, Loretta's husband. She has been hurting on the left side in the "
               "same spot where the right side hurt before her first surgery, low in the back on the "
               "left. That surgery gave her back her life. Now she can't stand at the stove long and I do "
               "the grocery shopping. After the infection last fall she was weak for a while but that is "
               "all better now.", 13),
        ("hw", "She did the home exercises and the therapy. Please approve it.", 13),
        ("sp", 0.3),
        ("hw", "Walter J. Szymanski   828-555-0377", 13),
    ], "02/09/2026 15:02  FROM: BUNCOMBE CO LIBRARY  TO: 8285550311  P. 1/1", "standard", 304, 0.8)
    metas["09_caregiver_note.pdf"] = fb.write(os.path.join(folder, "09_caregiver_note.pdf"))
    return metas


LABELS = {
    "procedure": "open",
    "request_date": "2026-02-16",
    "determination": "does_not_meet_criteria",
    "criteria": {
        "open.indication": {"status": "not_met", "evidence": [
            "Indication: degenerative arthropathy of the left sacroiliac joint",
            "left SI joint syndrome that has failed conservative care",
            "no history of pelvic ring fracture or other pelvic trauma"]},
        "open.recent_imaging": {"status": "met", "evidence": [
            "Moderate degenerative arthropathy of the left sacroiliac joint",
            "subchondral sclerosis on both iliac and sacral sides"]},
        "open.excl.neural_compression": {"status": "met", "evidence": [
            "No spinal stenosis. No nerve root compression.", "It does not radiate below the buttock"]},
    },
}
