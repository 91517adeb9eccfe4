"""b5j-03: folder of PDFs, no packet.json, right SIJ revision, open 27280 -> insufficient_documentation
(failed prior percutaneous fusion documented; no imaging report/findings in the packet)."""
from lib_render import STANDARD, TextDoc, render_fax_page

ORG = "Cape Fear Lowland Health Partners"
BAN = "PENNINGTON, CORLISS A  |  MRN 002418876  |  DOB 11/30/1963  |  62 yrs  |  Female"
PRN = "Printed 3/2/2026 11:54 AM by LOCKLEAR, DANA (Surgery Scheduler)   CFLHP Neuro & Spine Surgery"
FB1 = "FROM: CFLHP NEURO-SPINE 910-555-0304   TO: 18665550199   {p}   03/02/2026 12:07"
FB2 = "02/19/2026 10:44   LAKESHORE SURGICAL SPEC   FAX 9105550481   -> 9105550304   {p}"


def files():
    res = []
    # ============================================================ 01 cover + PA form (standard fax)
    cover = [
        ("title", "Cape Fear Lowland Health Partners"),
        ("p", "Neurosurgery & Spine Surgery - 2210 Dogwood Bend Dr, Wilmington NC 28403"),
        ("rule", ""),
        ("h", "FAX"),
        ("mono", "TO:    CareSource NC Prior Authorization\nFAX:   1-866-555-0199\nFROM:  Dana Locklear, surgery scheduling\nPHONE: 910-555-0300 x418\nDATE:  03/02/2026\nRE:    Corliss A Pennington  DOB 11/30/1963\n       ID CSN730266015\nPAGES: 2 (clinical notes uploaded to portal)"),
        ("gap", "1"),
        ("p", "Please find PA request for open revision R SI joint fusion. Outside CT report has been requested from Coastal Plain Imaging and will be forwarded when received."),
        ("gap", "2"),
        ("p", "CONFIDENTIAL: contains protected health information. If received in error notify sender and destroy."),
    ]
    form = [
        ("title", "CareSource NC - Prior Authorization Request"),
        ("p", "Inpatient / Outpatient Surgery"),
        ("rule", ""),
        ("mono", "Date of request:  03/02/2026\nMember:           Corliss A. Pennington\nMember ID:        CSN730266015     DOB 11/30/1963\nRequesting:       Malik Osei-Bonsu, MD  NPI 1356209871\nFacility:         Cape Fear Lowland Medical Center (inpt)\nAdmit/DOS:        04/06/2026    LOS est. 2 days\n\nCPT  27280  Arthrodesis, open, sacroiliac joint, incl.\n            obtaining bone graft, incl. instrumentation\n            when performed                     x1  RIGHT\nCPT  20680  Removal of implant, deep            x1\nICD  M96.0  Pseudarthrosis after fusion or arthrodesis\n     Z98.1  Arthrodesis status\n     M53.3  Sacrococcygeal disorders NEC"),
        ("gap", "1"),
        ("p", "Indication: failed R percutaneous SIJ fusion (05/2024, outside), persistent R SIJ pain. Requesting open revision fusion w/ removal of implants and autograft."),
        ("gap", "1"),
        ("sig", "M. Osei-Bonsu MD   03/02/2026"),
    ]
    res.append(("01_fax_cover_PA_request.pdf", [
        ("fax", [render_fax_page(cover, FB1.format(p="P. 1/2"), seed=301, mode=STANDARD, skew=0.4, base_pt=12),
                 render_fax_page(form, FB1.format(p="P. 2/2"), seed=302, mode=STANDARD, skew=-1.2, base_pt=11.5)])]))

    # ============================================================ 02 clinic notes
    parts = []
    d = TextDoc(ORG, BAN, "Clinic Note", PRN)
    d.meta("Osei-Bonsu, Malik, MD   Neurosurgery   Encounter Date: 2/12/2026   Note Type: Consult   Status: Signed   Cosign: N/A")
    d.h("CC")
    d.p("\"My right hip/back pain came back after my fusion\"")
    d.h("HPI")
    d.p("62 yo F s/p R percutaneous SI joint fusion with 3 triangular titanium implants on 05/21/2024 by Dr. H. Varga at Lakeshore Surgical Specialists "
        "for R SIJ dysfunction. She reports roughly 6 months of meaningful improvement post-op and then gradual return of R buttock/posterior pelvic pain "
        "beginning early 2025, now constant, worse than pre-op. Pain 8/10 today, sharp with transitions, achy at rest. Uses a cane for community distances.")
    d.p("Since recurrence she has done a course of PT (03/2025-06/2025, stopped due to increased pain), gabapentin, celecoxib, and a R SIJ injection "
        "at Lakeshore 09/2025 which gave ~1 week of partial relief. Denies numbness, tingling or pain radiating below the knee. No bowel/bladder changes. "
        "No fevers, chills, wound problems or night sweats since surgery.")
    d.h("PMH/PSH")
    d.p("Osteopenia (DEXA 2023 T -1.8). HTN. Hypothyroid. L4-5 microdiscectomy 2016 for L5 radiculopathy - leg pain resolved after surgery. "
        "R percutaneous SIJ fusion 05/2024. TAH 2001.")
    d.h("Meds")
    d.p("See med list. celecoxib 200 mg daily, gabapentin 300 mg TID, amlodipine 5 mg, levothyroxine 88 mcg, vitamin D3.")
    d.h("Exam")
    d.p("Afebrile. BMI 27. Well-healed R lateral buttock incisions, no erythema or drainage. Antalgic gait, uses cane R hand. "
        "Tender over R posterior SI joint and lateral incision region. Thigh thrust reproduces R buttock pain. Lumbar: well-healed midline scar, non-tender. "
        "Strength 5/5 BLE. Sensation intact. Reflexes 1+ symmetric. Straight leg raise negative bilaterally. No clonus.")
    d.h("Imaging")
    d.p("XR pelvis AP/inlet/outlet (ordered today): ***")
    d.p("Outside CT pelvis - per pt done at Coastal Plain Imaging 01/22/2026 for Dr. Varga. Report and images are not in Care Everywhere; "
        "records request faxed today. Not reviewed.")
    d.page()
    d.h("Assessment")
    d.p("1. Failed right percutaneous SI joint fusion - recurrent R SIJ pain after initial benefit; clinically concerning for pseudarthrosis / implant "
        "loosening, to be confirmed on imaging.\n2. Hx lumbar microdiscectomy, no current radicular symptoms.\n3. Osteopenia.")
    d.h("Plan")
    d.p("- Discussed options: continued nonop care, revision percutaneous augmentation, or open R SI joint debridement and arthrodesis with implant "
        "removal and iliac crest autograft. Pt prefers open revision; I feel this is reasonable once imaging confirms failure pattern.\n"
        "- Obtain outside CT report/images (Coastal Plain Imaging) and Lakeshore op note.\n"
        "- XR pelvis 3 views today.\n- Labs: CBC, ESR, CRP to screen for indolent infection.\n- Will submit PA for open R SIJ fusion (27280).\n"
        "- RTC 2-3 wks to review imaging.")
    d.sig(["Malik Osei-Bonsu, MD", "Neurosurgery - Cape Fear Lowland Health Partners", "Electronically signed 02/12/2026 18:41"])
    parts.append(("text", d.out()))

    d = TextDoc(ORG, BAN, "Telephone / Telehealth Encounter", PRN)
    d.meta("2/24/2026 2:15 PM   Visit type: TELEHEALTH - AUDIO ONLY (pt unable to connect video)   Provider: Kendra Faircloth, PA-C   Dept: CFLHP Neuro-Spine")
    d.p("Consent for audio-only telehealth obtained; pt at home, provider in clinic. 14 minutes.", size=8.4)
    d.h("Subjective")
    d.p("Scheduled f/u to go over imaging. Pt reports R SIJ pain unchanged, \"8 most days.\" She did not make it to the XR appointment on 2/12 because of the "
        "wait time, has not rescheduled yet. She confirms she had the CT at Coastal Plain Imaging on Jan 22; states \"they told me it would go to Dr. Varga.\" "
        "No new leg symptoms.")
    d.h("Results reviewed")
    d.p("Imaging reviewed: ***")
    d.p("Labs 02/12/2026: WBC 6.8, ESR 14, CRP 3.0 mg/L (ref < 10) - unremarkable.")
    d.h("Assessment / Plan")
    d.p("Failed R percutaneous SIJ fusion. Still awaiting outside CT; 2nd records request sent to Coastal Plain Imaging today (ph 910-555-0522). "
        "Pt to reschedule pelvis XR. Per Dr. Osei-Bonsu, PA request may be submitted in parallel; imaging to follow. ***")
    d.sig(["Kendra Faircloth, PA-C   e-signed 02/24/2026 14:40"])
    d.gap(8)
    d.h("After Visit Summary - patient copy (excerpt)")
    d.p("Please reschedule your pelvis X-ray (Imaging scheduling 910-555-0350). We are still waiting for your CT scan report from Coastal Plain Imaging - "
        "if you have a copy or CD at home, please drop it off at the front desk.", size=8.6)
    parts.append(("text", d.out()))
    res.append(("02_neurospine_notes.pdf", parts))

    # ============================================================ 03 outside op note (standard fax) + portal + med list
    parts = []
    op1 = [
        ("title", "Lakeshore Surgical Specialists"),
        ("p", "Orthopaedic Spine  -  Wilmington NC  -  fax 910-555-0481"),
        ("rule", ""),
        ("h", "OPERATIVE REPORT"),
        ("mono", "PATIENT: PENNINGTON, CORLISS     DOB 11/30/1963\nDATE OF SURGERY: 05/21/2024\nSURGEON: Henrik Varga, MD\nANESTHESIA: General endotracheal"),
        ("gap", "1"),
        ("p", "PREOPERATIVE DIAGNOSIS: Right sacroiliac joint dysfunction."),
        ("p", "POSTOPERATIVE DIAGNOSIS: Same."),
        ("p", "PROCEDURE: Percutaneous right sacroiliac joint fusion, lateral transiliac approach, with placement of three triangular titanium implants (CPT 27279)."),
        ("p", "INDICATIONS: 60 yo F with > 1 yr R SIJ pain, failed conservative care, positive diagnostic SIJ blocks x2."),
        ("p", "DESCRIPTION: Pt positioned prone on Jackson table. 3 cm lateral buttock "
              "incision. Under fluoroscopic guidance a guide pin was advanced across the SIJ into the sacral ala, drilled, broached, and a 7.0 x 50 mm implant placed. Repeated for 2nd (7.0 x 45) "
              "and 3rd (7.0 x 40) implants. Irrigation, layered closure."),
    ]
    op2 = [
        ("p", "EBL: 20 mL. Complications: none. Specimens: none. Counts correct x2."),
        ("p", "DISPOSITION: PACU in stable condition. Discharge same day, toe-touch weight bearing R x 3 weeks with walker."),
        ("gap", "1"),
        ("h", "POST-OP VISIT 07/02/2024 (addendum)"),
        ("p", "Incisions healed. Pain 3/10 vs 8/10 pre-op. Advance to WBAT, start PT."),
        ("gap", "1"),
        ("sig", "Henrik Varga, MD  - dictated 05/21/2024, transcribed 05/22/2024"),
        ("gap", "2"),
        ("p", "** Records released per request dated 02/12/2026 from CFLHP Neuro-Spine. Imaging reports not included in this release. **"),
    ]
    parts.append(("fax", [render_fax_page(op1, FB2.format(p="PAGE 1 OF 2"), seed=311, mode=STANDARD, skew=-0.7, base_pt=11.5),
                          render_fax_page(op2, FB2.format(p="PAGE 2 OF 2"), seed=312, mode=STANDARD, skew=1.0, base_pt=11.5)]))

    d = TextDoc(ORG, BAN, "MyChart Messages", PRN)
    d.kv([("From:", "Corliss Pennington"), ("To:", "Neuro-Spine Clinical Team"), ("Sent:", "2/26/2026 9:03 PM"), ("Subject:", "CT scan")], lw=60)
    d.p("Good evening. I called Coastal Plain Imaging today, they said the CT from Jan 22 was sent to Dr Varga's office and I would have to sign another "
        "release for yall. I signed it at the front desk. I really want to get the surgery scheduled, the pain is wearing me out. Corliss")
    d.kv([("From:", "Dana Locklear"), ("Sent:", "2/27/2026 10:20 AM")], lw=60)
    d.p("Hi Ms. Pennington, thank you. We are submitting the insurance request on Monday and will send the CT report to them as soon as it arrives. Dana")
    d.gap(10)
    d.h("Medication List (active as of 3/2/2026)")
    d.table([170, 170, 70, 70], [["Medication", "Sig", "Start", "Status"],
                                 ["celecoxib 200 MG capsule", "1 cap PO daily", "04/08/2025", "Active"],
                                 ["gabapentin 300 MG capsule", "1 cap PO TID", "06/17/2025", "Active"],
                                 ["amLODIPine 5 MG tablet", "1 tab PO daily", "2020", "Active"],
                                 ["levothyroxine 88 MCG tablet", "1 tab PO daily", "2015", "Active"],
                                 ["cholecalciferol 2,000 UNIT", "1 cap PO daily", "2023", "Active"]], size=8)
    d.h("Problem List")
    d.table([300, 90, 90], [["Problem", "Noted", "Resolved"],
                            ["Failed R percutaneous SI joint fusion", "02/12/2026", ""],
                            ["Sacroiliac joint dysfunction, right", "2023", ""],
                            ["Osteopenia", "2023", ""],
                            ["Essential hypertension", "2020", ""],
                            ["L5 radiculopathy s/p L4-5 microdiscectomy", "2016", "2016"]], size=8)
    parts.append(("text", d.out()))
    res.append(("03_outside_records_portal_meds.pdf", parts))
    return res


PACKET_JSON = None  # no packet.json: request date and CPT come from the request form

LABELS = {
    "procedure": "open",
    "request_date": "2026-03-02",
    "determination": "insufficient_documentation",
    "criteria": {
        "open.indication": {"status": "met", "evidence": [
            "Failed right percutaneous SI joint fusion",
            "Percutaneous right sacroiliac joint fusion, lateral transiliac approach",
            "failed R percutaneous SIJ fusion (05/2024, outside)"]},
        "open.recent_imaging": {"status": "insufficient", "evidence": []},
        "open.excl.neural_compression": {"status": "met", "evidence": [
            "Denies numbness, tingling or pain radiating below the knee",
            "Straight leg raise negative bilaterally"]},
    },
}
