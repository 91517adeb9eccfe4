#!/work/writer-venv/bin/python
"""Deterministic generator for blind set v11 / b11d. Writes packets/ from scratch.
Also writes fax_text.json (text that was rasterised onto each faxed page) for selfcheck.py."""
import os, json, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Doc, render_text_pdf, render_fax_page, merge, ops_text

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FAXTEXT = {}

class Part:
    def __init__(self, doc, fax=None, pages_fax=None):
        self.pages = doc.finish(); self.fax = fax  # fax: None | "fine" | "standard"
        self.pages_fax = pages_fax  # None = all pages when fax set

def build(parts, banner_fmt, seed, key_prefix, single=False):
    """returns list of (pdf_bytes) per part; pages numbered across the transmission"""
    total = sum(len(p.pages) for p in parts); n = 0; outs = []
    for pi, part in enumerate(parts):
        chunks = []
        for i, ops in enumerate(part.pages):
            n += 1
            faxed = part.fax and (part.pages_fax is None or i in part.pages_fax)
            if faxed:
                banner = banner_fmt.format(p=n, t=total)
                chunks.append(render_fax_page(ops, banner, seed * 1000 + n, part.fax))
                FAXTEXT.setdefault(key_prefix(pi), {})[str(n - 1 if single else i)] = ops_text(ops)
            else:
                chunks.append(render_text_pdf([ops]))
        outs.append(merge(chunks))
    return outs

# ---------------------------------------------------------------- packet b11d-01
def p01():
    PT = "Patient: WHITCOMBE, DANA M.   DOB: 04/17/1979   Member ID: CSN-884120375"
    parts = []
    d = Doc("PIEDMONT SPINE & JOINT ASSOCIATES", "Fax cover", PT)
    d.title("FACSIMILE TRANSMITTAL — PRIOR AUTHORIZATION", 14)
    d.kv([("To:", "CareSource NC Marketplace — Utilization Management"), ("Fax:", "(844) 555-0117"),
          ("From:", "Piedmont Spine & Joint Associates, Surgical Scheduling (Kelsey Marr)"),
          ("Phone / Fax:", "(336) 555-0190 / (336) 555-0191"), ("Date sent:", "02/23/2026 10:41 ET"),
          ("Pages:", "13 including cover"), ("Re:", "Prior authorization — right SI joint fusion, minimally invasive")])
    d.p("Enclosed: PA request form; surgical consult 02/12/2026; virtual visit note (PCP); e-consult; "
        "Kinetiq Health virtual MSK program progress report; PainTrail app export; Blue Ridge Pain Center "
        "consult and procedure notes (2); imaging reports; letter of medical necessity; medication list.")
    d.p("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
        "error, notify the sender and destroy all copies.", "I", pt=8)
    parts.append(Part(d))
    # request form
    d = Doc("CareSource NC — Outpatient Prior Authorization Request", "Form UM-204 (rev 2025)", PT)
    d.title("PRIOR AUTHORIZATION REQUEST — SURGICAL / OUTPATIENT PROCEDURE", 12)
    d.kv([("Request date:", "02/23/2026"), ("Member name:", "Dana M. Whitcombe"), ("DOB:", "04/17/1979"),
          ("Member ID:", "CSN-884120375"), ("Plan:", "CareSource NC Marketplace Silver 2026"),
          ("Requesting provider:", "Anand R. Velasquez, MD (Orthopaedic Spine) NPI 1720493318"),
          ("Facility:", "Greensboro Outpatient Surgery Center (ASC)"),
          ("Procedure:", "CPT 27279 — Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, with image guidance, includes placement of transfixing device"),
          ("Laterality:", "Right"), ("Diagnosis:", "M53.3 Sacrococcygeal disorders, NEC (R sacroiliac joint dysfunction); M46.1 excluded — see note"),
          ("Planned date:", "04/06/2026"), ("Setting:", "☒ Outpatient ASC   ☐ Inpatient   ☐ Office")])
    d.p("Note: ICD M46.1 (sacroiliitis, NEC) was auto-populated by the EHR and removed by the requesting office; "
        "no inflammatory sacroiliitis is diagnosed. Correct primary ICD-10 is M53.3.", "I", pt=8.5)
    d.kv([("Clinical summary:", "Chronic right SIJ pain > 1 year, failed conservative care and SIJ injections. See attached.")])
    parts.append(Part(d))
    # surgeon consult
    d = Doc("PIEDMONT SPINE & JOINT ASSOCIATES — Anand R. Velasquez, MD", "Office consult (in person)", PT)
    d.title("NEW PATIENT SPINE CONSULTATION")
    d.kv([("Date of service:", "02/12/2026 (in-person visit, Greensboro clinic)"), ("Referred by:", "Hollis Brandt, DO (PCP) via e-consult 01/20/2026"),
          ("Chief complaint:", "Right low back / buttock pain")])
    d.h("History of present illness")
    d.p("Ms. Whitcombe is a 46-year-old warehouse logistics planner with right-sided low back and buttock pain since "
        "late 2024 without injury. She localizes pain with one finger just medial to the right PSIS. The pain stays in "
        "the right buttock below the belt line and does not radiate into the thigh or below the knee. No numbness, "
        "tingling or weakness. Worse with sit-to-stand, stairs, rolling in bed and standing on the right leg. She completed "
        "an employer-sponsored virtual exercise program (Kinetiq Health, app-guided with a remote PT) April through "
        "November 2025 and logs pain daily in the PainTrail app. Today right buttock pain 7/10, PainTrail 30-day average 6.6.")
    d.p("Injections (Blue Ridge Pain Center): right SIJ block 10/08/2025 and right SIJ injection 11/05/2025, both under "
        "fluoroscopy — good short-term relief each time with return of pain. See procedure notes.")
    d.p("Lumbar imaging: lumbar MRI was reportedly obtained 06/2025 at Lakeside Imaging (outside facility) for the PCP. "
        "Images and report are not available in our system or Care Everywhere today; patient recalls being told it was "
        "'basically fine.' Records request sent 02/12/2026.")
    d.h("Past history")
    d.p("PMH: hypothyroidism, migraine (resolved since 2019). No inflammatory arthritis, no psoriasis, no IBD. "
        "PSH: C-section 2011. FHx: father with rheumatoid arthritis. SHx: never smoker, walks 6-7k steps/day per wearable.")
    d.h("Examination (performed in person)")
    d.p("Gait non-antalgic, slight shortened stance on R. Lumbar flexion to mid-shin, extension mildly uncomfortable at "
        "the right buttock. Lumbar paraspinals and spinous processes nontender. Tender to palpation over the right "
        "posterior SIJ / sacral sulcus, reproducing her typical pain. Left SIJ nontender. Greater trochanters nontender "
        "bilaterally. Coccyx nontender.")
    d.tbl(["SIJ provocation", "Right", "Left"], [
        ["Thigh thrust (P4)", "Positive — concordant", "Negative"],
        ["Compression", "Positive", "Negative"],
        ["Distraction", "Positive", "Negative"],
        ["Gaenslen's", "Positive (R leg hanging)", "Negative"],
        ["FABER (Patrick's)", "Positive, buttock pain", "Negative"],
        ["Sacral thrust", "Not tested", "—"]], [2.3, 2.4, 2.3])
    d.p("Neuro: strength 5/5 L2-S1 bilaterally, sensation intact, reflexes 2+ symmetric, SLR negative bilaterally, "
        "Waddell signs 0/5. Hip: full painless internal/external rotation, no groin pain, FADIR negative.")
    d.h("Imaging reviewed")
    d.p("XR pelvis/SI joints and XR right hip 08/20/2025; CT pelvis 09/02/2025 — reports enclosed. Lumbar MRI: pending receipt (see above).")
    d.h("Assessment / Plan")
    d.p("Right sacroiliac joint dysfunction, chronic, refractory to >6 months of supervised active therapy, "
        "medications and image-guided SIJ injections. Recommend right minimally invasive SIJ fusion (CPT 27279), "
        "3 triangular titanium implants. Risks/benefits/alternatives discussed; patient wishes to proceed. Will submit PA.")
    d.p("Electronically signed: Anand R. Velasquez, MD  02/12/2026 17:06 ET", "I")
    parts.append(Part(d))
    # telehealth PCP
    d = Doc("PIEDMONT FAMILY MEDICINE — Virtual Visit", "Telehealth (video) note", PT)
    d.title("VIRTUAL VISIT NOTE — VIDEO")
    d.kv([("Visit:", "2025-05-02 08:20 EDT · synchronous audio-video (Zoom for Healthcare)"), ("Provider:", "Hollis Brandt, DO"),
          ("Patient location:", "Home, Greensboro NC — identity verified, consent for telehealth obtained")])
    d.h("Subjective")
    d.p("F/u R low back/buttock pain, ~6 months. Enrolled in employer Kinetiq Health program 04/07/2025 (remote PT, app "
        "exercises 3x/week). Pain 6/10 today, 8/10 at worst. Non-radiating — denies leg pain, numbness. Taking naproxen "
        "500 mg BID since March with food, heating pad nightly, acetaminophen 1 g PRN. No fevers, no weight loss, no "
        "morning stiffness > 30 min.")
    d.h("Objective (exam limited by video)")
    d.p("Well appearing, sitting comfortably. Patient points to R PSIS region. Patient-assisted FABER reproduced pain in "
        "R buttock. Patient-performed palpation: 'sore right where the dimple is.' Gait observed walking across room: "
        "normal. Unable to assess strength/reflexes formally. Hands-on exam deferred.")
    d.h("Assessment / Plan")
    d.p("1. Low back pain, R, likely SIJ-mediated vs facet. Rule out lumbar radiculopathy — no radicular features today. "
        "2. Continue Kinetiq program, continue naproxen, heat. 3. XR pelvis/SIJ and R hip if not improving by 3 mo. "
        "4. MRI L-spine ordered per patient request for persistent pain (outside, Lakeside Imaging).")
    d.p("Total time 22 min. Signed H. Brandt, DO 2025-05-02 08:49 EDT", "I")
    parts.append(Part(d))
    # e-consult
    d = Doc("PIEDMONT HEALTH — Interprofessional e-Consult", "e-Consult (no patient contact)", PT)
    d.title("E-CONSULT: PRIMARY CARE → SPINE SURGERY")
    d.kv([("Submitted:", "2026-01-20 13:02 EST by Hollis Brandt, DO"), ("Responded:", "2026-01-22 07:45 EST by Anand R. Velasquez, MD"),
          ("Question:", "46F with chronic R SIJ pain despite 7+ months Kinetiq virtual PT, NSAIDs, and 2 fluoroscopic SIJ procedures at Blue Ridge Pain Center. Candidate for SIJ fusion? Pls advise on workup.")])
    d.h("Specialist response")
    d.p("Reviewed chart. History and pain-center exam consistent with SIJ-mediated pain. Before surgical consideration "
        "need: (1) in-person exam in my clinic; (2) lumbar cross-sectional imaging report to exclude a lumbar source — I "
        "do not see the 06/2025 MRI in our system; please forward the Lakeside report; (3) XR and CT already done — ok. "
        "Recommend in-person consult; scheduled 02/12/2026.")
    d.p("Time spent: 12 min chart review. This e-consult is based on chart review only; no examination was performed.", "I")
    parts.append(Part(d))
    # Kinetiq report
    d = Doc("KINETIQ HEALTH · Virtual MSK Program", "Program progress report (app-generated)", PT)
    d.title("PROGRAM COMPLETION REPORT — LOW BACK / PELVIS TRACK")
    d.kv([("Sponsor:", "Wexley Distribution employee benefits"), ("Member:", "Dana W. (member #KQ-55120-88)"),
          ("Care team:", "Remote PT: Corinne Adeyemi, PT, DPT (NC lic. 14408) · Health coach: Tomás Reyes"),
          ("Enrollment assessment:", "2025-04-07 (video) — R buttock pain NRS 7, ODI 38%"),
          ("Program dates:", "2025-04-07 → 2025-11-14 (32 weeks)"),
          ("Exercise therapy sessions:", "58 of 64 planned (91% adherence)"),
          ("PT video check-ins:", "9 completed (every ~3-4 weeks) · coach messages: weekly")])
    d.h("Pain trend (weekly average NRS, app self-report)")
    rows = [["Wk 1 (Apr 7)", "7.0", "3/3", "Baseline"], ["Wk 4 (Apr 28)", "6.5", "3/3", "Added bridges, bird-dog"],
            ["Wk 8 (May 26)", "6.0", "2/3", "Travel week"], ["Wk 12 (Jun 23)", "5.5", "3/3", "Progressed to single-leg bridge"],
            ["Wk 16 (Jul 21)", "6.0", "2/2", "Flare after move; load reduced"], ["Wk 20 (Aug 18)", "6.5", "2/2", "Plateau"],
            ["Wk 24 (Sep 15)", "6.0", "2/2", "PT: refer back to PCP/pain clinic"], ["Wk 28 (Oct 13)", "5.0", "2/2", "Post-procedure week"],
            ["Wk 32 (Nov 10)", "6.5", "2/2", "Discharge — plateau"]]
    d.tbl(["Week", "Avg NRS", "Sessions", "Note"], rows, [1.6, 1.0, 1.0, 3.4])
    d.h("Remote PT discharge summary (2025-11-14)")
    d.p("Member completed 32 weeks of app-guided core/hip strengthening and lumbopelvic stabilization with PT "
        "oversight. Function improved modestly (ODI 38% → 30%), but right posterior pelvic pain persists at 6-7/10 and "
        "limits sitting > 30 min. Exercise plan transitioned to maintenance HEP (PDF issued in app). Plateau reached; "
        "recommend follow-up with treating physician.")
    d.p("Report generated automatically 2025-11-14T18:02:11-05:00. Self-reported pain scores are not clinician-verified.", "I", pt=8)
    parts.append(Part(d))
    # PainTrail export
    d = Doc("PainTrail — data export", "CSV export rendered to PDF", PT, font="M", size=8)
    d.title("PainTrail export · user dmw_1979 · range 2026-01-26..2026-02-22 · tz America/New_York", 9.5, "M")
    rows = [["2026-01-28T21:14:05-05:00", "R buttock", "6", "sitting at work bad"],
            ["2026-02-02T20:40:51-05:00", "R buttock", "7", "stairs"],
            ["2026-02-06T22:03:17-05:00", "R buttock", "6", ""],
            ["2026-02-10T19:55:42-05:00", "R buttock", "7", "rolled over in bed -> woke"],
            ["2026-02-14T09:12:08-05:00", "R buttock", "6", "after surgeon visit"],
            ["2026-02-18T21:30:00-05:00", "R buttock", "7", "long drive"],
            ["2026-02-21T20:47:33-05:00", "R buttock", "7", "no leg pain"]]
    d.tbl(["timestamp", "location", "nrs", "note"], rows, [2.3, 1.2, 0.6, 2.9], pt=8, style="M")
    d.p("daily_avg_30d,6.6 · entries,41 · max,8 · min,4", "M", pt=8)
    d.p("Older entries (for reference): 2025-10-08T13:05:00-04:00 R buttock nrs 1 'after block, amazing'; "
        "2025-11-05T15:30:00-05:00 R buttock nrs 2 'post inj'.", "M", pt=8)
    parts.append(Part(d))
    # Pain clinic consult
    d = Doc("BLUE RIDGE PAIN CENTER — Marisol Tran-Whitaker, MD", "Consultation (in person)", PT)
    d.title("INTERVENTIONAL PAIN CONSULTATION")
    d.kv([("Date:", "09/10/2025 (in clinic)"), ("Referral:", "H. Brandt, DO — R buttock pain")])
    d.p("HPI: R buttock pain x ~10 months, 7/10 today, no radiation below the gluteal fold. Remains in Kinetiq program "
        "(app PT) since April. Naproxen 500 mg BID, heat, acetaminophen PRN since 03/2025.")
    d.p("Exam: Tender R PSIS and posterior SIJ line. No trochanteric tenderness. Lumbar facets nontender to palpation. "
        "FABER positive R, Gaenslen positive R, thigh thrust positive R, distraction positive, compression negative. "
        "Neuro intact, SLR negative.")
    d.p("Imaging: XR pelvis and R hip 08/20/2025, CT pelvis 09/02/2025 — no erosions.")
    d.p("Plan: R SIJ diagnostic block under fluoroscopy (anesthetic only) with pain diary; if positive, repeat with steroid.")
    d.p("Signed M. Tran-Whitaker, MD 09/10/2025", "I")
    parts.append(Part(d))
    # injection 1 (faxed standard)
    d = Doc("BLUE RIDGE PAIN CENTER", "Procedure note", PT, size=10.5)
    d.title("PROCEDURE NOTE: RIGHT SACROILIAC JOINT DIAGNOSTIC BLOCK")
    d.kv([("Date:", "10/08/2025"), ("Physician:", "Marisol Tran-Whitaker, MD"),
          ("Guidance:", "Fluoroscopy"), ("Pre-procedure pain:", "7/10 R buttock")])
    d.p("Prone, sterile prep. Under fluoroscopic guidance a 22G spinal needle entered the inferior R SIJ. Omnipaque 240, "
        "0.5 mL, showed intra-articular spread, no vascular uptake. Injected 1.5 mL bupivacaine 0.5%. "
        "No corticosteroid was given (diagnostic block only). No complications.")
    d.tbl(["Post-block diary", "NRS", "% relief"], [["Pre", "7", "—"], ["30 min", "1", "86%"], ["1 hr", "1", "86%"],
          ["2 hr", "2", "71%"], ["4 hr", "2", "71%"], ["6 hr", "5", "29%"], ["8 hr", "7", "0%"]], [2.4, 1.2, 1.4])
    d.p("Impression: positive diagnostic R SIJ block, >70% relief for 4 hours.")
    d.p("Signed M. Tran-Whitaker, MD 10/08/2025 12:52", "I")
    parts.append(Part(d, fax="standard"))
    # injection 2 (faxed standard)
    d = Doc("BLUE RIDGE PAIN CENTER", "Procedure note", PT, size=10.5)
    d.title("PROCEDURE NOTE: RIGHT SI JOINT INJECTION")
    d.kv([("Date:", "11/05/2025"), ("Physician:", "Marisol Tran-Whitaker, MD"),
          ("Guidance:", "Fluoroscopy"), ("Pre-procedure pain:", "7/10")])
    d.p("Under fluoroscopy the R SIJ was entered inferiorly; 0.5 mL Omnipaque 240 confirmed intra-articular "
        "contrast flow. Injected 1 mL bupivacaine 0.5% with triamcinolone 40 mg. Tolerated well.")
    d.tbl(["Post-procedure diary", "NRS", "% relief"], [["Pre", "7", "—"], ["30 min", "2", "71%"], ["1 hr", "2", "71%"],
          ["4 hr", "3", "57%"], ["6 hr", "3", "57%"]], [2.4, 1.2, 1.4])
    d.p("Phone f/u 11/26/2025 (RN): steroid relief ~2 weeks, pain back to 6/10 by week 3. Next: surgical referral.")
    d.p("Signed M. Tran-Whitaker, MD 11/05/2025", "I")
    parts.append(Part(d, fax="standard"))
    # imaging (fine fax page for XR, text for CT)
    d = Doc("GUILFORD RADIOLOGY ASSOCIATES", "Radiology report", PT, size=10.5)
    d.title("XR PELVIS AP + BILATERAL SI JOINTS; XR RIGHT HIP 2 VIEWS")
    d.kv([("Exam date:", "08/20/2025"), ("Ordering:", "Hollis Brandt, DO"), ("Radiologist:", "P. Okafor, MD")])
    d.p("SI JOINTS: Mild subchondral sclerosis along the iliac side of the right SIJ. Joint margins are well "
        "defined. No erosions. No ankylosis. Left SIJ normal.")
    d.p("RIGHT HIP: Mild superior joint space narrowing. No osteophytes of significance. Femoral head round.")
    d.p("IMPRESSION: 1. Mild degenerative change R SIJ; no erosive sacroiliitis. 2. Mild osteoarthritis right hip. "
        "3. No fracture or destructive osseous lesion.")
    parts.append(Part(d, fax="standard"))
    d = Doc("GUILFORD RADIOLOGY ASSOCIATES", "Radiology report", PT)
    d.title("CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)")
    d.kv([("Exam date:", "09/02/2025"), ("Radiologist:", "P. Okafor, MD"), ("Indication:", "R SIJ pain; r/o sacroiliitis")])
    d.p("FINDINGS: Right SIJ: mild subchondral sclerosis and small vacuum phenomenon in the anterior synovial "
        "portion. No erosions, no joint widening, no ankylosis. Left SIJ within normal limits. No fracture. "
        "No lytic or blastic lesion. Visualized hips with mild right joint space narrowing.")
    d.p("IMPRESSION: Mild right SIJ degenerative change. No erosive or inflammatory sacroiliitis. No destructive lesion.")
    parts.append(Part(d))
    # letter + meds
    d = Doc("PIEDMONT SPINE & JOINT ASSOCIATES", "Letter of medical necessity", PT)
    d.title("LETTER OF MEDICAL NECESSITY")
    d.p("02/20/2026 — To CareSource Utilization Management: I am requesting authorization for right minimally invasive "
        "SI joint fusion (CPT 27279) for Ms. Dana Whitcombe. She has chronic right SIJ pain rated 7/10, positive "
        "provocative testing (thigh thrust, FABER, Gaenslen, distraction, compression), and has completed 32 weeks of "
        "virtual physical therapy plus NSAIDs and heat since 03/2025. She has failed two steroid injections of the right "
        "SIJ at Blue Ridge Pain Center, each with only temporary relief. Imaging shows no inflammatory sacroiliitis.")
    d.p("Sincerely, Anand R. Velasquez, MD")
    d.h("Current medication list (reconciled 02/12/2026)")
    d.tbl(["Medication", "Sig", "Start", "Status"], [
        ["Naproxen 500 mg tab", "1 tab PO BID with food", "03/2025", "Active"],
        ["Acetaminophen 500 mg", "2 tabs PO q8h PRN", "03/2025", "Active"],
        ["Levothyroxine 75 mcg", "daily", "2016", "Active"],
        ["Cyclobenzaprine 5 mg", "qHS PRN", "05/2025", "Stopped 07/2025 (drowsy)"],
        ["Sumatriptan 50 mg", "PRN migraine", "2014", "Discontinued 2019"]], [2.2, 2.2, 1.0, 1.6])
    d.p("Non-drug: heating pad nightly since spring 2025. Wearable summary (Fitbit, Jan 2026): avg 6,420 steps/day, "
        "down from 9,100 in Jan 2025.")
    parts.append(Part(d))
    files = build(parts, "FROM: PIEDMONT SPINE (336)555-0191   02/23/2026 10:41   P.{p:02d}/{t:02d}",
                  101, lambda pi: "b11d-01.pdf", single=True)
    with open(os.path.join(OUT, "b11d-01.pdf"), "wb") as f:
        f.write(merge(files))
    # fax text keyed by packet page: recompute
    return parts

# ---------------------------------------------------------------- packet b11d-02
def p02():
    PT = "ELLERY, MARCUS T · DOB 11/03/1968 · MRN 00418832 · Member CSN-512209846"
    parts = []
    d = Doc("TRIAD ORTHOPAEDIC SPINE CENTER", "Fax cover", PT)
    d.title("FAX — PRIOR AUTH SUBMISSION", 14)
    d.kv([("To:", "CareSource NC UM intake, fax (844) 555-0117"), ("From:", "Triad Orthopaedic Spine Center, PA desk — Jody Pruitt"),
          ("Date:", "01/20/2026"), ("Pages:", "10"), ("Urgency:", "Standard")])
    d.p("Re: Marcus Ellery — revision left SI joint fusion, open (CPT 27280). Prior MIS SI fusion 03/14/2024 failed. "
        "Attached: request, op note 2024, surgeon notes, CT pelvis 11/2025, MRI L-spine 12/2025, virtual PT and app records.")
    parts.append(Part(d))
    d = Doc("CareSource NC — Prior Authorization Request", "UM-204", PT)
    d.title("PRIOR AUTHORIZATION REQUEST", 12)
    d.kv([("Date of request:", "01/20/2026"), ("Member:", "Marcus T. Ellery, DOB 11/03/1968, ID CSN-512209846"),
          ("Provider:", "Celeste Harrow-Lind, MD, Orthopaedic Spine Surgery, NPI 1093384021"),
          ("Facility:", "Moses Triad Medical Center — inpatient"),
          ("CPT:", "27280 Arthrodesis, sacroiliac joint, open, includes obtaining bone graft, including instrumentation"),
          ("Also:", "20680 removal of implant, deep (3 implants)"),
          ("Side:", "Left"), ("ICD-10:", "T84.498A (mechanical complication of internal orthopaedic device); M53.3"),
          ("Type of request:", "☐ Percutaneous/MIS   ☒ Open revision")])
    parts.append(Part(d))
    d = Doc("TRIAD ORTHOPAEDIC SPINE CENTER — Celeste Harrow-Lind, MD", "Office visit (in person)", PT)
    d.title("SPINE SURGERY FOLLOW-UP / REVISION PLANNING")
    d.kv([("DOS:", "01/08/2026, in person"), ("CC:", "Persistent left buttock pain after left SI joint fusion")])
    d.p("HPI: 57M s/p left minimally invasive SIJ fusion 03/14/2024 (3 triangular titanium implants, outside surgeon, Dr. "
        "K. Lomax, now retired). Initial improvement ~4 months, then recurrent left buttock/posterior pelvic pain since "
        "late 2024, now 8/10, worse with walking > 10 min. Completed 12 weeks of virtual PT (Kinetiq Health) 2025 and "
        "tracks pain in PainTrail. Denies leg numbness/weakness. No fever, chills, or night sweats.")
    d.p("Exam: Tender over left posterior SIJ and left implant entry region. Thigh thrust positive L. SLR negative. "
        "Strength 5/5, sensation intact. Well-healed left buttock incisions, no erythema or drainage.")
    d.p("Data: CT pelvis 11/18/2025 shows lucency around all 3 left SIJ implants with no bridging bone — failed "
        "fusion with loosening. ESR 9, CRP 0.3 (11/2025) — no laboratory evidence of infection. MRI L-spine 12/02/2025: "
        "no stenosis or nerve root compression.")
    d.p("Assessment: Failed prior percutaneous left SIJ fusion — symptomatic nonunion with implant loosening. "
        "Not an infection; not a tumor. Plan: open revision left SIJ arthrodesis with removal of implants, "
        "decortication, iliac crest autograft and plate/screw fixation. Consent discussion done. Submit PA for CPT 27280.")
    d.p("e-signed C. Harrow-Lind, MD 01/08/2026 16:44", "I")
    parts.append(Part(d))
    d = Doc("CAROLINA IMAGING — Greensboro", "Radiology report", PT, size=10.5)
    d.title("CT PELVIS WITHOUT CONTRAST — METAL ARTIFACT REDUCTION")
    d.kv([("Date of exam:", "11/18/2025"), ("Accession:", "CI-25-771042"), ("Reading radiologist:", "Benedict Osei, MD"),
          ("Clinical:", "Pain after L SIJ fusion 03/2024")])
    d.p("COMPARISON: Pelvis radiographs 06/11/2024.")
    d.p("FINDINGS: Three triangular implants traverse the left sacroiliac joint. There is circumferential lucency "
        "of 2-3 mm around all three implants, most pronounced at the sacral ala. No bridging bone across the left SIJ. "
        "Left SIJ subchondral sclerosis and cystic change. Right SIJ normal. No fracture, no destructive lesion, no "
        "fluid collection.")
    d.p("IMPRESSION: Left SIJ fusion nonunion with peri-implant lucency consistent with loosening.")
    parts.append(Part(d, fax="fine"))
    d = Doc("CAROLINA IMAGING — Greensboro", "Radiology report", PT, size=10.5)
    d.title("XR PELVIS AP/INLET/OUTLET")
    d.kv([("Date of exam:", "06/11/2024"), ("Reading radiologist:", "Dana Faircloth, MD")])
    d.p("FINDINGS: Postoperative change of left SIJ fusion with three implants in satisfactory position. No "
        "hardware fracture. No periprosthetic lucency.")
    d.p("IMPRESSION: Expected postoperative appearance, 3 months after left SIJ fusion.")
    parts.append(Part(d, fax="fine"))
    d = Doc("CAROLINA IMAGING — Greensboro", "Radiology report", PT)
    d.title("MRI LUMBAR SPINE WITHOUT CONTRAST")
    d.kv([("Date of exam:", "12/02/2025"), ("Radiologist:", "Benedict Osei, MD")])
    d.p("FINDINGS: Normal alignment. Conus normal. L3-4: mild facet arthropathy, no stenosis. L4-5: mild disc "
        "bulge, no canal or foraminal stenosis; traversing L5 roots free. L5-S1: disc desiccation without herniation. "
        "No nerve root compression at any level.")
    d.p("IMPRESSION: Mild lumbar spondylosis without stenosis or nerve root compression.")
    parts.append(Part(d))
    d = Doc("MOSES TRIAD MEDICAL CENTER", "Operative report (outside)", PT)
    d.title("OPERATIVE REPORT")
    d.kv([("Date:", "03/14/2024"), ("Surgeon:", "Kenneth Lomax, MD"),
          ("Procedure:", "Left sacroiliac joint fusion, minimally invasive, with 3 triangular titanium implants (CPT 27279)"),
          ("Indication:", "Left SIJ dysfunction refractory to conservative care")])
    d.p("Lateral approach under fluoroscopy; three implants placed across the left SIJ. EBL 20 mL. No complications.")
    parts.append(Part(d))
    d = Doc("KINETIQ HEALTH · Virtual MSK Program", "Progress summary (app-generated)", PT)
    d.title("EPISODE SUMMARY — PELVIS / POST-OP TRACK")
    d.kv([("Episode:", "2025-05-05 → 2025-07-25"), ("Exercise therapy sessions:", "31 of 36 planned (86%)"),
          ("Remote PT:", "Lionel Baptiste, PT, DPT")])
    d.tbl(["Week", "Avg NRS", "Sessions"], [["1", "7.5", "3/3"], ["4", "7.0", "3/3"], ["8", "7.5", "2/3"], ["12", "8.0", "2/3"]], [1.5, 1.5, 1.5])
    d.p("PT note 2025-07-25: no further progress; pain worsening with loading. Recommend surgeon re-evaluation.")
    d.h("PainTrail export (excerpt) · tz America/New_York")
    d.tbl(["timestamp", "loc", "nrs", "note"], [["2025-12-29T20:11:09-05:00", "L buttock", "8", "walk 15 min"],
          ["2026-01-05T21:40:02-05:00", "L buttock", "8", ""], ["2026-01-12T19:02:55-05:00", "L buttock", "7", "clicking feeling"]],
          [2.3, 1.1, 0.6, 2.5], style="M")
    parts.append(Part(d))
    d = Doc("PIEDMONT FAMILY MEDICINE", "Telehealth note / e-consult", PT)
    d.title("VIRTUAL VISIT — VIDEO (exam limited by video)")
    d.kv([("Date:", "2025-10-21 16:10 EDT"), ("Provider:", "Ruth Calloway, NP")])
    d.p("S: L buttock pain worse, 7-8/10. Asking about surgeon. Mentions stepping off curb wrong in Sept 2025 — no fall, "
        "no new bruising. Pain remains buttock, no radiation. O: patient-assisted exam; patient-performed single-leg stance "
        "painful on L. A/P: failed L SIJ fusion? Order CT pelvis. Rule out hardware infection — check ESR/CRP. "
        "E-consult to spine surgery sent.")
    d.p("E-consult response (C. Harrow-Lind, MD, 2025-10-23): agree with CT pelvis with metal artifact reduction and "
        "inflammatory markers; will see in person after CT. MRI L-spine reasonable to exclude a lumbar source.")
    parts.append(Part(d, fax="fine"))
    d = Doc("TRIAD ORTHOPAEDIC SPINE CENTER", "Letter of medical necessity", PT)
    d.title("LETTER OF MEDICAL NECESSITY")
    d.p("01/15/2026 — Mr. Ellery underwent left minimally invasive SIJ fusion in 03/2024 that has failed, with CT "
        "11/18/2025 demonstrating peri-implant lucency and nonunion. Lumbar MRI shows no neural compression. He requires "
        "open revision arthrodesis (CPT 27280). Family history of ankylosing spondylitis (mother); patient HLA-B27 "
        "negative and no inflammatory features on imaging.")
    d.p("Celeste Harrow-Lind, MD")
    d.h("Medications")
    d.p("Meloxicam 15 mg daily; acetaminophen 1 g TID; gabapentin 300 mg qHS (stopped 08/2025, no benefit); lisinopril 10 mg.")
    parts.append(Part(d))
    pdir = os.path.join(OUT, "b11d-02"); os.makedirs(pdir)
    names = ["01_fax_cover.pdf", "02_pa_request.pdf", "03_surgeon_visit_2026-01-08.pdf", "04_ct_pelvis_2025-11-18.pdf",
             "05_xr_pelvis_2024-06-11.pdf", "06_mri_lumbar_2025-12-02.pdf", "07_op_report_2024-03-14.pdf",
             "08_kinetiq_paintrail.pdf", "09_telehealth_econsult.pdf", "10_letter_meds.pdf"]
    files = build(parts, "TRIAD ORTHO SPINE  336-555-0264  Jan 20 2026 09:14  Pg {p}/{t}", 202,
                  lambda pi: "b11d-02/" + names[pi])
    for n, b in zip(names, files):
        open(os.path.join(pdir, n), "wb").write(b)
    json.dump({"request_date": "2026-01-20", "procedure_codes": ["27280"], "member_id": "CSN-512209846", "policy": "MP-MM-1366"},
              open(os.path.join(pdir, "packet.json"), "w"), indent=2)

# ---------------------------------------------------------------- packet b11d-03
def p03():
    PT = "Castellanos, Priya N.  |  DOB 07/29/1985  |  Member # CSN-730016652"
    parts = []
    d = Doc("CAPE FEAR SPINE INSTITUTE", "PA request", PT)
    d.title("PRIOR AUTHORIZATION REQUEST FORM — CareSource NC", 12)
    d.kv([("Date of request:", "03/10/2026"), ("Patient:", "Priya N. Castellanos"), ("DOB:", "07/29/1985"),
          ("Member ID:", "CSN-730016652"), ("Requesting MD:", "Tobias Nwankwo-Reyes, MD, NPI 1568820147"),
          ("Service:", "☒ Surgery   CPT 27279 — SI joint fusion, minimally invasive/percutaneous, LEFT"),
          ("Dx:", "M53.3 Left sacroiliac joint dysfunction"), ("Place:", "Cape Fear ASC, outpatient"),
          ("Contact:", "PA coordinator Leah Fennimore (910) 555-0133, fax (910) 555-0134")])
    d.p("Attached: consult 02/26/2026; Kinetiq Health reports (2); PainTrail export; pain clinic notes/procedures; imaging; LMN.")
    parts.append(Part(d))
    d = Doc("CAPE FEAR SPINE INSTITUTE — Tobias Nwankwo-Reyes, MD", "Consult (in person)", PT)
    d.title("SPINE SURGERY CONSULTATION")
    d.kv([("Date:", "02/26/2026 — in-person"), ("Referring:", "Ama Sowell, MD (PCP), by e-consult 02/03/2026")])
    d.p("HPI: 40F, elementary teacher, left low back/buttock pain since spring 2024 after second pregnancy. Pain sits "
        "over the left PSIS and buttock, does not travel down the leg, no paresthesias. Today 6/10, up to 8/10 with "
        "prolonged standing. She did the Kinetiq Health virtual program twice: first round fall/winter 2024-25 and again "
        "10/2025-01/2026. Continues ibuprofen and a TENS unit.")
    d.p("Exam (hands-on): Tender left posterior SIJ/sulcus, reproduces pain. No tenderness over greater trochanter, "
        "lumbar spinous processes, or coccyx. Thigh thrust positive left. Distraction positive. FABER positive left. "
        "Gaenslen's negative. Compression equivocal. Neuro: 5/5, SLR negative, reflexes symmetric. Waddell 0/5.")
    d.p("Imaging: XR SIJ/pelvis + L hip 04/2025, MRI pelvis/SIJ 05/2025, MRI L-spine 05/2025 — reviewed, reports attached.")
    d.p("A/P: Left SIJ dysfunction failing nonoperative care. Recommend L MIS SIJ fusion CPT 27279.")
    d.p("Signed T. Nwankwo-Reyes, MD 02/26/2026", "I")
    parts.append(Part(d))
    d = Doc("KINETIQ HEALTH · Virtual MSK Program", "Episode report (app-generated)", PT)
    d.title("EPISODE REPORT #2 — LOW BACK / PELVIS")
    d.kv([("Enrollment assessment:", "2025-10-06 (video w/ remote PT Naomi Szabo, PT, DPT)"),
          ("Episode dates:", "2025-10-06 → 2026-01-16"),
          ("Exercise therapy sessions:", "31 of 36 planned"),
          ("Adherence:", "86%"), ("Paused:", "2025-11-24 → 2025-12-01 (member travel)")])
    d.tbl(["Week of", "Avg NRS", "Sessions", "Coach / PT message"], [
        ["2025-10-06", "7.0", "3/3", "Welcome! Baseline set."], ["2025-10-27", "6.5", "3/3", "PT: added side-plank progression"],
        ["2025-11-17", "6.5", "2/3", "Coach: great streak"], ["2025-12-08", "6.0", "3/3", "PT: check-in video done"],
        ["2025-12-29", "6.5", "2/3", "Holiday dip"], ["2026-01-12", "6.5", "3/3", "PT discharge: plateau"]], [1.3, 0.9, 0.9, 3.9])
    d.p("Discharge 2026-01-16: 14-week episode complete. Pain unchanged, function slightly improved (ODI 34% → 30%). "
        "Maintenance HEP available in app; no follow-up scheduled.")
    d.p("Generated 2026-01-16T23:59:02Z", "I", pt=8)
    parts.append(Part(d))
    d = Doc("KINETIQ HEALTH · Virtual MSK Program", "Episode report (app-generated)", PT)
    d.title("EPISODE REPORT #1 — LOW BACK / PELVIS")
    d.kv([("Episode dates:", "2024-10-14 → 2025-02-21"), ("Exercise therapy sessions:", "44 of 54 planned"),
          ("Remote PT:", "Naomi Szabo, PT, DPT")])
    d.p("Discharge 2025-02-21: 19-week episode complete. Modest gains; pain 6/10 average at discharge. Member "
        "declined re-enrollment in spring 2025 (schedule).")
    parts.append(Part(d))
    d = Doc("PainTrail — data export", "CSV export", PT, font="M", size=8)
    d.title("PainTrail export | user pcastel | 2026-02-01..2026-03-08 | tz America/New_York", 9.5, "M")
    d.tbl(["timestamp", "location", "nrs", "note"], [
        ["2026-02-03T07:55:12-05:00", "L low back/buttock", "7", "morning stiff 10 min"],
        ["2026-02-11T21:03:40-05:00", "L buttock", "6", ""],
        ["2026-02-19T20:20:20-05:00", "L buttock", "7", "stood all day at school"],
        ["2026-02-27T18:45:09-05:00", "L buttock", "6", "after surgeon appt"],
        ["2026-03-06T21:12:33-05:00", "L buttock", "7", "TENS 30 min helped some"]], [2.3, 1.7, 0.6, 2.4], pt=8, style="M")
    d.p("daily_avg,6.6 | entries,29", "M", pt=8)
    parts.append(Part(d))
    d = Doc("COASTAL PAIN & SPINE — Ravi Olamide, DO", "Clinic note (in person)", PT, size=10.5)
    d.title("PAIN CLINIC NOTE")
    d.kv([("Date:", "06/18/2025"), ("Visit:", "In person")])
    d.p("L buttock pain 7/10, non-radiating. Meds: ibuprofen 600 mg TID since 04/2025, heat. TENS unit dispensed "
        "today: 30 min twice daily, home use, start 06/18/2025. Exam: L SIJ tender, thigh thrust +, FABER +, "
        "distraction +. Plan: L SIJ diagnostic/therapeutic injections under fluoroscopy.")
    parts.append(Part(d, fax="fine"))
    d = Doc("COASTAL PAIN & SPINE", "Procedure notes", PT, size=10)
    d.title("LEFT SI JOINT INJECTIONS — PROCEDURE RECORD")
    d.p("#1 07/09/2025 — Fluoroscopic guidance; contrast (Isovue-M 200, 0.5 mL) confirmed intra-articular spread. "
        "Injected 1 mL 0.5% bupivacaine + 40 mg methylprednisolone. Pre 7/10.")
    d.tbl(["Time", "NRS", "Relief"], [["30 min", "2", "71%"], ["2 hr", "2", "71%"], ["4 hr", "3", "57%"], ["8 hr", "5", "29%"]], [1.5, 1, 1])
    d.p("2-week f/u: steroid benefit ~10 days, then pain back to baseline.")
    d.p("#2 09/17/2025 — Fluoroscopy with contrast (Isovue-M 200) arthrogram. 1 mL 0.5% ropivacaine + 40 mg "
        "methylprednisolone. Pre 7/10.")
    d.tbl(["Time", "NRS", "Relief"], [["30 min", "1", "86%"], ["2 hr", "2", "71%"], ["4 hr", "3", "57%"], ["8 hr", "6", "14%"]], [1.5, 1, 1])
    d.p("3-week f/u: pain returned to 7/10 by day 14. Refer surgery.")
    parts.append(Part(d, fax="standard"))
    d = Doc("COASTAL IMAGING", "Radiology reports", PT)
    d.title("XR PELVIS / SI JOINTS AND LEFT HIP — 04/22/2025")
    d.p("SIJ: Joint spaces preserved; mild left iliac-side sclerosis. No erosions, no ankylosis. LEFT HIP: No joint space "
        "narrowing. No significant osteoarthritis. IMPRESSION: No acute abnormality; no significant hip arthritis.")
    d.title("MRI PELVIS / SI JOINTS WITHOUT CONTRAST — 05/14/2025")
    d.p("No bone marrow edema on STIR. No erosions or fat metaplasia. Mild left SIJ degenerative change. No fracture, "
        "mass, or fluid collection. IMPRESSION: No active or structural sacroiliitis. Mild degenerative L SIJ.")
    d.title("MRI LUMBAR SPINE WITHOUT CONTRAST — 05/14/2025")
    d.p("L4-5: small central annular fissure, no stenosis. L5-S1: mild facet arthropathy. No nerve root impingement. "
        "Canal and foramina patent at all levels. IMPRESSION: Mild degenerative changes; no neural compression.")
    parts.append(Part(d))
    d = Doc("CAPE FEAR SPINE INSTITUTE", "Letter of medical necessity", PT)
    d.title("LETTER OF MEDICAL NECESSITY")
    d.p("03/09/2026 — Ms. Castellanos has had more than 8 months of supervised physical therapy through the Kinetiq "
        "Health program, plus ibuprofen, heat and TENS since spring 2025, and two fluoroscopically guided SIJ injections "
        "with excellent short-term relief and return of pain. No history of fibromyalgia. I request authorization "
        "for left percutaneous SIJ fusion.")
    d.p("T. Nwankwo-Reyes, MD")
    parts.append(Part(d))
    pdir = os.path.join(OUT, "b11d-03"); os.makedirs(pdir)
    names = ["a_pa_request.pdf", "b_spine_consult.pdf", "c_kinetiq_episode2.pdf", "d_kinetiq_episode1.pdf",
             "e_paintrail_export.pdf", "f_pain_clinic_2025-06-18.pdf", "g_sij_injections.pdf", "h_imaging.pdf", "i_lmn.pdf"]
    files = build(parts, "COASTAL PAIN&SPINE 910-555-0172  03/09/26 15:27  P{p}/{t}", 303,
                  lambda pi: "b11d-03/" + names[pi])
    for n, b in zip(names, files):
        open(os.path.join(pdir, n), "wb").write(b)

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    p01(); p02(); p03()
    json.dump(FAXTEXT, open(os.path.join(HERE, "fax_text.json"), "w"), indent=1)
    # labels
    from labels import LABELS
    for pid, lab in LABELS.items():
        path = os.path.join(OUT, pid + ".labels.json") if pid.endswith("01") else os.path.join(OUT, pid, "labels.json")
        json.dump(lab, open(path, "w"), indent=2, ensure_ascii=False)

if __name__ == "__main__":
    main()
