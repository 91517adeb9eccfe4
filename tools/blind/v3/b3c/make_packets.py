#!/usr/bin/env python3
"""Deterministic generator for blind evaluation packets b3c-01 .. b3c-06.

Run with the folder's own venv:  .venv/bin/python make_packets.py
Writes every packet (PDFs, packet.json where used, labels) into this folder.
Re-running gives byte-identical files.
"""
import json
import shutil
import sys
from pathlib import Path

from fpdf.enums import XPos, YPos

from pdfkit import Doc, assemble, clean

HERE = Path(__file__).resolve().parent
L, N = XPos.LMARGIN, YPos.NEXT

PERC_IDS = [
    "perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
    "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
    "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
    "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
    "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
    "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
    "perc.excl.acute_instability", "perc.excl.neural_compression",
]
OPEN_IDS = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

CONF = ("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected "
        "health information that is legally privileged. This information is intended only for "
        "the use of the individual or entity named above. If you are not the intended recipient, "
        "you are hereby notified that any disclosure, copying, distribution or action taken in "
        "reliance on the contents of these documents is strictly prohibited. If you have received "
        "this fax in error, please notify the sender immediately by telephone and destroy the "
        "documents.")


# ------------------------------------------------------------------ header / footer factories
def hdr_letterhead(org, lines, pt_line=None, title=None, font="Helvetica", align="C", size=12):
    def h(pdf):
        pdf.set_font(font, "B", size)
        pdf.cell(0, 5.5, clean(org), align=align, new_x=L, new_y=N)
        pdf.set_font(font, "", 7.5)
        for ln_ in lines:
            pdf.cell(0, 3.5, clean(ln_), align=align, new_x=L, new_y=N)
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
        pdf.ln(2)
        if title:
            pdf.set_font(font, "B", 10)
            pdf.cell(0, 5, clean(title), align="C", new_x=L, new_y=N)
        if pt_line:
            pdf.set_font(font, "", 8)
            pdf.cell(0, 4, clean(pt_line), new_x=L, new_y=N)
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2.5)
    return h


def ftr_line(text, font="Helvetica", size=7, page_fmt="Page {p} of {nb}", rule=True):
    def f(pdf):
        pdf.set_y(-14)
        if rule:
            pdf.set_line_width(0.15)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_font(font, "", size)
        pg = page_fmt.replace("{p}", str(pdf.page_no()))
        pdf.cell(pdf.epw * 0.78, 4, clean(text), new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.cell(0, 4, pg, align="R")
    return f


def hdr_ris(hosp, dept_lines, pt_rows, font="Courier"):
    """Community-hospital RIS printout header (monospaced)."""
    def h(pdf):
        pdf.set_font(font, "B", 11)
        pdf.cell(0, 5, clean(hosp), align="C", new_x=L, new_y=N)
        pdf.set_font(font, "", 8)
        for d in dept_lines:
            pdf.cell(0, 3.6, clean(d), align="C", new_x=L, new_y=N)
        pdf.ln(1)
        pdf.set_font(font, "", 8.5)
        pdf.cell(0, 3.8, "-" * 94, new_x=L, new_y=N)
        for r in pt_rows:
            pdf.cell(0, 3.8, clean(r), new_x=L, new_y=N)
        pdf.cell(0, 3.8, "-" * 94, new_x=L, new_y=N)
        pdf.ln(1.5)
    return h


def write_labels(path, procedure, request_date, criteria, notes):
    ids = PERC_IDS if procedure == "percutaneous" else OPEN_IDS
    assert set(criteria) == set(ids), set(ids) ^ set(criteria)
    st = [criteria[i]["status"] for i in ids]
    if any(s == "not_met" for s in st):
        det = "does_not_meet_criteria"
    elif all(s == "met" for s in st):
        det = "meets_criteria"
    else:
        det = "insufficient_documentation"
    for i in ids:
        c = criteria[i]
        assert c["status"] in ("met", "not_met", "insufficient"), i
        if c["status"] == "insufficient":
            assert c["evidence"] == [], i
        else:
            assert 1 <= len(c["evidence"]) <= 3, i
    out = {"procedure": procedure, "request_date": request_date, "determination": det,
           "criteria": {i: criteria[i] for i in ids}, "notes": notes}
    path.write_text(json.dumps(out, indent=2) + "\n")
    return det


def C(status, *ev):
    return {"status": status, "evidence": list(ev)}


def emit(pid, files, labels, packet_json=None, fax_from=None, keep=None):
    """files: list of (filename or None, [Doc,...]). A single entry with None
    name means a single-PDF packet <pid>.pdf."""
    if files[0][0] is None:
        target = HERE / f"{pid}.pdf"
        n = assemble(files[0][1], target, fax_from and {"banner": fax_from(target.name)},
                     keep_source=keep.setdefault(target.name, []) if keep is not None else None)
        write_labels(HERE / f"{pid}.labels.json", **labels)
        return {target.name: n}
    folder = HERE / pid
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    counts = {}
    for name, docs in files:
        target = folder / name
        counts[name] = assemble(docs, target, fax_from and {"banner": fax_from(name)},
                                keep_source=keep.setdefault(f"{pid}/{name}", []) if keep is not None else None)
    if packet_json is not None:
        (folder / "packet.json").write_text(json.dumps(packet_json, indent=2) + "\n")
    write_labels(folder / "labels.json", **labels)
    return counts


# =========================================================================== b3c-01
def p01(keep):
    """Whitfield - right SIJ after L4-5 fusion. meets_criteria. Imaging faxed (fine)."""
    PT = "WHITFIELD, DENISE R"
    DOB = "04/22/1971"

    # ---- 01 fax cover + request form (surgeon office) --------------------------
    bro = ["410 Enola Road, Suite 200  |  Morganton, NC 28655",
           "Tel (828) 555-0140   Fax (828) 555-0141   www.blueridgeorthospine.example"]
    d1 = Doc("cover", header=hdr_letterhead("BLUE RIDGE ORTHOPAEDIC & SPINE ASSOCIATES, P.A.", bro),
             footer=ftr_line("BROSA fax cover  rev 06/2022", page_fmt=""), created=(2026, 2, 16))
    d1.add_page()
    d1.set_font("Helvetica", "B", 28)
    d1.cell(0, 14, "FAX", new_x=L, new_y=N)
    d1.KV([("Date:", "02/16/2026"),
           ("To:", "CareSource North Carolina - Utilization Management / Prior Authorization"),
           ("Fax #:", "1-866-555-0109"),
           ("From:", "Tonya Burris, PA Coordinator  (for Kevin A. Draper, MD)"),
           ("Phone:", "(828) 555-0140 ext 2214"),
           ("Pages:", "14 (including cover)"),
           ("Re:", "Prior auth request - WHITFIELD, DENISE R   DOB 04/22/1971   Member ID 1064829913")],
          kw=22, size=10)
    d1.gap(4)
    d1.T("[  ] Urgent     [X] Standard     [  ] Please reply     [  ] Retro review", size=10)
    d1.gap(4)
    d1.B("Comments:", size=10)
    d1.T("Attached is our request for RIGHT minimally invasive sacroiliac joint fusion for the above "
         "member along with supporting records:\n"
         "   - Prior authorization request form\n"
         "   - Office notes Dr. Draper 06/10/2025, 11/18/2025, 02/03/2026\n"
         "   - Rivers Edge PT eval / progress / discharge (03/2025 - 09/2025)\n"
         "   - Foothills Interventional Pain SIJ procedure log (08/14/2025, 10/23/2025) w/ diaries + f/u calls\n"
         "   - Burke Community Hospital imaging reports (XR pelvis/SIJ/R hip, CT pelvis, CT L-spine)\n\n"
         "Tentative surgery date 03/12/2026 at Burke Community Hospital outpatient surgery. "
         "Dr. Draper is available for peer-to-peer Tues/Thurs afternoons. Thank you!", size=10)
    d1.gap(10)
    d1.T(CONF, size=7.5)

    d1.add_page()
    d1.set_font("Helvetica", "B", 12)
    d1.cell(0, 6, "PRIOR AUTHORIZATION REQUEST FORM", align="C", new_x=L, new_y=N)
    d1.set_font("Helvetica", "", 8)
    d1.cell(0, 4, "CareSource North Carolina - Marketplace   |   Outpatient / Professional Services   |   "
            "Fax completed form to 1-866-555-0109", align="C", new_x=L, new_y=N)
    d1.gap(2)
    d1.TB([["SECTION 1 - MEMBER", ""],
           ["Member name", "WHITFIELD, DENISE R"], ["Member ID", "1064829913"],
           ["Date of birth", "04/22/1971"], ["Phone", "(828) 555-3391"]],
          widths=(45, 129), size=8.5)
    d1.TB([["SECTION 2 - REQUESTING / SERVICING PROVIDER", ""],
           ["Requesting provider", "Kevin A. Draper, MD - Orthopaedic Surgery (Spine)"],
           ["NPI / TIN", "1457392018  /  56-2210397"],
           ["Contact", "Tonya Burris  (828) 555-0140 x2214   fax (828) 555-0141"],
           ["Servicing facility", "Burke Community Hospital - Outpatient Surgery, 700 E Parker Rd, Morganton NC"],
           ["Facility NPI", "1669405532"]],
          widths=(45, 129), size=8.5)
    d1.TB([["SECTION 3 - SERVICE", ""],
           ["Setting", "[X] Outpatient hospital   [ ] ASC   [ ] Inpatient"],
           ["Requested DOS", "03/12/2026 (tentative)"],
           ["Primary ICD-10", "M53.3  Sacrococcygeal disorders, not elsewhere classified (R SI joint)"],
           ["Secondary ICD-10", "Z98.1  Arthrodesis status (L4-5, 2016);  M54.59 Other low back pain"]],
          widths=(45, 129), size=8.5)
    d1.TB([["CPT / HCPCS", "Description", "Side", "Units"],
           ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect "
                     "visualization), with image guidance, incl. bone graft when performed, and "
                     "placement of transfixing device", "RT", "1"]],
          widths=(25, 115, 16, 18), size=8.5)
    d1.B("SECTION 4 - CLINICAL SUMMARY", size=8.5)
    d1.T("54 y/o F with chronic R SIJ pain > 2 yrs, onset after L4-5 fusion (2016). Failed formal PT "
         "03/2025-09/2025 plus 6-wk HEP, daily NSAID since 01/2025, heat, SI belt. Two fluoroscopically "
         "guided contrast-confirmed R SIJ injections (08/14/2025, 10/23/2025) with >75% relief for the "
         "duration of the local anesthetic; steroid benefit short lived each time. Provocation 5/5 positive. "
         "CT pelvis without erosive or destructive change; CT L-spine without neural compression. "
         "See attached records.", size=8.5)
    d1.gap(3)
    d1.T("Ordering provider signature:  /s/ Kevin A. Draper, MD  (electronically signed)          "
         "Date: 02/16/2026", size=8.5)
    d1.gap(2)
    d1.T("By signing I attest the information is accurate and supported by the medical record.", size=7)

    # ---- 02 office notes ----------------------------------------------------------
    pt_line = f"Patient: Whitfield, Denise R    DOB: {DOB}    Sex: F    MRN: BROS-0073125    PCP: Alicia Ferree, MD"
    d2 = Doc("ortho", header=hdr_letterhead("Blue Ridge Orthopaedic & Spine Associates", bro, pt_line=pt_line, size=11),
             footer=ftr_line("Printed 02/16/2026 08:47 AM by TBURRIS  -  Whitfield, Denise R  DOB 04/22/1971  MRN BROS-0073125"),
             created=(2026, 2, 16))
    d2.add_page()
    d2.B("OFFICE VISIT - NEW PATIENT CONSULT        DOS: 06/10/2025        Provider: Kevin A. Draper, MD", size=9)
    d2.rule()
    d2.B("Chief Complaint", size=9)
    d2.T("R low back / buttock pain x approx 2 years")
    d2.B("HPI", size=9)
    d2.T("Ms. Whitfield is a 54 y.o. female referred by Dr. Ferree (Drexel Family Medicine) for evaluation "
         "of  right-sided low back and buttock pain. She is s/p L4-5 posterolateral instrumented fusion in 2016 "
         "(Charlotte) for spondylolisthesis with resolution of her leg symptoms at that time. Over the past ~2 years "
         "she has developed pain located over the right PSIS / upper buttock, below the belt line, caudal to the "
         "fusion. She points with one finger to the R PSIS (positive Fortin finger test). Pain does not radiate "
         "into the groin, thigh or leg. Denies numbness, tingling, or weakness. Worse with prolonged sitting, "
         "rolling over in bed, stairs and getting in/out of the car. Pain today 8/10, ranges 5-9/10. No known "
         "injury or fall. She has been going to PT at Rivers Edge since 03/04/2025 (2x/wk) and has been on "
         "meloxicam 15 mg daily (started 01/2025 by PCP) with acetaminophen as needed, heating pad at night and "
         "an SI belt from PT. Some help with PT but not lasting.")
    d2.B("PMH / PSH", size=9)
    d2.T("HTN; hypothyroidism; GERD.  L4-5 PLF 2016; lap chole 2009; C-section x2.")
    d2.B("Family Hx", size=9)
    d2.T("Mother - rheumatoid arthritis. Father - CAD, deceased 71. No family hx of psoriasis or IBD.")
    d2.B("Social Hx", size=9)
    d2.T("Never smoker. Occasional wine. School cafeteria manager (on feet, lifting 20-30 lb).")
    d2.B("Medications", size=9)
    d2.T("meloxicam 15 mg PO daily; acetaminophen 500 mg 2 tabs BID prn; levothyroxine 75 mcg daily; "
         "lisinopril 10 mg daily; omeprazole 20 mg daily")
    d2.B("Allergies", size=9)
    d2.T("CODEINE (nausea/vomiting); SULFA ANTIBIOTICS (rash)")
    d2.B("ROS", size=9)
    d2.T("Denies fever, chills, night sweats, unintentional weight loss. No bowel or bladder changes. "
         "No morning stiffness > 30 min. No hx of uveitis. All other systems reviewed and negative.")
    d2.B("Exam", size=9)
    d2.T("BP 134/82  HR 74  BMI 29.4.  Alert, NAD. Gait non-antalgic, able to heel and toe walk. "
         "Well-healed midline lumbar incision. No midline lumbar tenderness. Non-tender over bilateral greater "
         "trochanters and coccyx. Exquisite tenderness to palpation over the right posterior SI joint, just "
         "medial and inferior to the PSIS. Lumbar ROM mildly limited in extension.")
    d2.TB([["SIJ provocation", "Right", "Left"],
           ["Thigh thrust (P4)", "Positive", "Negative"],
           ["Compression", "Positive", "Negative"],
           ["Distraction (gapping)", "Positive", "-"],
           ["Patrick's / FABER", "Positive", "Negative"],
           ["Gaenslen's", "Positive", "Negative"]], widths=(50, 30, 30), size=8.5)
    d2.T("Neuro: strength 5/5 BLE all groups. DTR 2+ and symmetric patella/Achilles. Sensation intact to LT. "
         "SLR negative bilaterally. Waddell signs 0/5.")
    d2.B("Imaging", size=9)
    d2.T("XR pelvis, SI joints and R hip 05/28/2025 (Burke Community) reviewed: mild R SIJ sclerosis, no "
         "erosions; R hip minimal OA; L4-5 hardware intact. See formal report.")
    d2.B("Assessment", size=9)
    d2.T("1. Right sacroiliac joint dysfunction (M53.3) - clinical picture consistent with SIJ-mediated pain, "
         "likely adjacent to prior lumbar fusion.\n2. Status post L4-5 fusion (Z98.1), stable.")
    d2.B("Plan", size=9)
    d2.T("- CT pelvis/SI joints and CT lumbar spine w/o contrast (CT rather than MRI given hardware).\n"
         "- Referral to Foothills Interventional Pain (Dr. Raman) for fluoro-guided diagnostic R SIJ injection.\n"
         "- Continue PT 2x/wk and meloxicam; heat.\n"
         "- If injections confirm the SIJ and she continues to fail conservative care, will discuss MIS SI joint "
         "fusion.\n- RTC 3 months or sooner prn.")
    d2.T("Electronically signed: Kevin A. Draper, MD  06/10/2025 17:22", size=8, style="I")

    d2.add_page()
    d2.B("OFFICE VISIT - FOLLOW UP        DOS: 11/18/2025        Provider: Kevin A. Draper, MD", size=9)
    d2.rule()
    d2.B("Interval History", size=9)
    d2.T("Returns for f/u of R SIJ pain. Had R SIJ injections at Foothills on 08/14/2025 and 10/23/2025 - per "
         "procedure log both gave strong immediate relief lasting the rest of the day; steroid benefit lasted "
         "about 3 weeks after the first and about 9 days after the second. Discharged from PT 09/12/2025 after "
         "26 visits (plateaued). She completed the 6-week home exercise program given at PT discharge "
         "(bridges, bird dog, clamshells, side plank progression) - handout reviewed with her today, doing it "
         "5 days/wk, no lasting improvement. Still on meloxicam 15 mg daily + heat. Pain today 7/10, worst with "
         "sitting at her desk. Pain remains over the R SI joint only, no radiation.")
    d2.B("CT results", size=9)
    d2.T("CT pelvis 07/01/2025: mild R SIJ degenerative change with vacuum phenomenon, no erosions. "
         "CT L-spine 07/01/2025: solid L4-5 fusion, no stenosis or neural compression. Reports reviewed with pt.")
    d2.B("Exam", size=9)
    d2.T("Unchanged. Tender over R SI joint sulcus; lumbar paraspinals and trochanters non-tender. "
         "Thigh thrust +R, compression +R, FABER +R, Gaenslen +R. Neuro intact. SLR neg.")
    d2.B("A/P", size=9)
    d2.T("R SIJ dysfunction, refractory. Diagnostic blocks x2 concordant. Discussed MIS R SIJ fusion "
         "(risks incl. infection, malposition/nerve injury, nonunion, need for revision, persistent pain). "
         "Pt would like to think it over through the holidays. Continue meloxicam, heat, HEP. RTC 2-3 months.")
    d2.T("Electronically signed: Kevin A. Draper, MD  11/18/2025 16:05", size=8, style="I")

    d2.add_page()
    d2.B("OFFICE VISIT - FOLLOW UP / PRE-OP DISCUSSION        DOS: 02/03/2026        Provider: Kevin A. Draper, MD",
         size=9)
    d2.rule()
    d2.B("Subjective", size=9)
    d2.T("Here to proceed with surgery. Continues to have R SI joint pain daily; worse after a full day on her feet "
         "at work. Pain today 7/10 (9/10 at worst in December). Still doing HEP most days; meloxicam 15 mg daily "
         "continues, uses heat in the evenings. No new numbness or weakness. No falls or injuries since last visit.")
    d2.B("Objective", size=9)
    d2.T("BP 128/80. Gait normal. Focal tenderness over the R posterior SIJ; no trochanteric, lumbar midline "
         "or coccygeal tenderness. Thigh thrust positive R. FABER positive R. Gaenslen positive R. "
         "Neuro intact BLE.")
    d2.B("Assessment / Plan", size=9)
    d2.T("Right SIJ dysfunction (M53.3) refractory to > 6 months of PT/HEP, NSAID, heat, SI belt and two "
         "image-guided SIJ injections. Imaging without destructive or inflammatory process; hip with only "
         "minimal OA; lumbar CT without neural compression. Candidate for R minimally invasive SI joint fusion "
         "(CPT 27279). Prior auth to be submitted. Tentative DOS 03/12/2026. Pre-op labs/EKG per anesthesia.")
    d2.T("Electronically signed: Kevin A. Draper, MD  02/03/2026 12:41", size=8, style="I")

    # ---- 03 PT records -------------------------------------------------------------
    rept = ["Rivers Edge Physical Therapy  *  211 Sanford Dr, Morganton NC 28655  *  P 828-555-0162  F 828-555-0163"]
    pt_line3 = f"Patient: Denise Whitfield    DOB {DOB}    Acct# RE-55170    Ref MD: A. Ferree    Dx: M53.3, M54.50"
    d3 = Doc("pt", header=hdr_letterhead("RIVERS EDGE PHYSICAL THERAPY", rept, pt_line=pt_line3, size=11, align="L"),
             footer=ftr_line("Rivers Edge PT - confidential patient record", page_fmt="pg {p}/{nb}"),
             created=(2026, 2, 10))
    d3.add_page()
    d3.B("PHYSICAL THERAPY INITIAL EVALUATION            Date of eval: 03/04/2025", size=9.5)
    d3.B("Subjective", size=9)
    d3.T("Pt reports R low back/buttock pain for ~2 years, gradually worse over the past 6 months. Pain NRS "
         "current 6/10, best 4/10, worst 8/10. Aggravated by sitting > 20 min, stairs, rolling in bed. Denies "
         "LE N/T. PMH sig for L4-5 fusion 2016. Goal: work full shifts without having to sit down.")
    d3.B("Objective", size=9)
    d3.T("Posture: mild R pelvic obliquity. Lumbar AROM: flex 75% painfree, ext 50% w/ R buttock pain. "
         "Hip strength (MMT): R glute med 4-/5, R glute max 4/5, L 5/5. Palpation: TTP R SIJ/PSIS. "
         "Special tests: thigh thrust + R, FABER + R, ASLR + R (improved w/ compression belt). "
         "Oswestry 44%.")
    d3.B("Assessment / Plan", size=9)
    d3.T("Presentation consistent w/ R SIJ dysfunction w/ lumbopelvic motor control deficits. Skilled PT "
         "indicated. Plan: 2x/wk x 8 wks then 1x/wk, re-eval q30 days. Interventions: ther ex (97110), "
         "neuromuscular re-ed (97112), manual therapy/MET (97140), SI belt fitting, HEP instruction.")
    d3.T("Jenna Coble, PT, DPT   03/04/2025", size=8, style="I")
    d3.gap(3)
    d3.B("PROGRESS NOTE / RE-EVALUATION            Date: 06/02/2025   (visit 16)", size=9.5)
    d3.T("Pt attending consistantly. Pain NRS 5/10 avg, still 8/10 after long shifts. Glute med 4/5. Oswestry 38%. "
         "Still flares w/ sitting. Continue POC 1-2x/wk, progress lumbopelvic stabilization. Pt also wearing "
         "SI belt at work. Next re-eval ~30 days.")
    d3.T("Jenna Coble, PT, DPT   06/02/2025", size=8, style="I")

    d3.add_page()
    d3.B("DISCHARGE SUMMARY            Date: 09/12/2025", size=9.5)
    d3.KV([("Dates of service:", "03/04/2025 - 09/12/2025"),
           ("Total visits:", "26 (2 cx - illness)"),
           ("Reason for d/c:", "Plateau in progress; pt independent with HEP")], kw=34, size=9)
    d3.T("Pt made modest gains in hip/core strength (glute med 4/5 R) and tolerates sitting ~30 min, but "
         "continues to report R SIJ pain 6/10 with flares to 8/10 after work. Oswestry 36% (from 44%). "
         "Discharged to 6-week home exercise program (written handout issued, see below). Recommend f/u with "
         "referring MD / Dr. Draper regarding further management.")
    d3.gap(1)
    d3.B("Home exercise program issued 09/12/2025 (6 weeks, 1x/day, 5-6 days/wk):", size=9)
    d3.TB([["Exercise", "Sets x reps", "Notes"],
           ["Supine bridge w/ band", "3 x 12", "hold 3 sec"],
           ["Bird dog", "2 x 10 ea", "neutral spine"],
           ["Side-lying clamshell", "3 x 15", "green band"],
           ["Side plank (knees)", "3 x 20 sec", "progress to 30 sec wk 3"],
           ["Walking program", "20-30 min", "daily as tolerated"]], widths=(55, 30, 60), size=8.5,
          borders="HORIZONTAL_LINES")
    d3.B("Visit log 2025:", size=9)
    d3.TB([["Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"],
           ["4,6,11,13,18,25", "1,3,10,17,24", "1,8,15,22", "2,12,26", "10,24", "7,21", "4,12"]],
          widths=(25, 25, 25, 25, 25, 25, 25), size=8)
    d3.T("Jenna Coble, PT, DPT  (NPI 1902874415)   09/12/2025", size=8, style="I")

    # ---- 04 pain clinic procedure log ----------------------------------------------------
    fip = ["1102 Burkemont Ave, Ste B  -  Morganton NC 28655  -  Ph 828.555.0177  Fx 828.555.0178"]
    pt_line4 = f"PT: WHITFIELD, DENISE    DOB: {DOB}    CHART: FIP-22841    REF: K. DRAPER MD    PHYS: P. RAMAN MD"
    d4 = Doc("fip", header=hdr_letterhead("Foothills Interventional Pain Center", fip, pt_line=pt_line4,
                                          title="SACROILIAC JOINT PROCEDURE LOG", size=11),
             footer=ftr_line("FIP-ProcLog v3  |  printed 11/07/2025 10:15  |  WHITFIELD, DENISE  04/22/1971"),
             created=(2025, 11, 7))
    d4.add_page()
    d4.B("PROCEDURE #1 of series     DOS: 08/14/2025     Site: RIGHT SI joint     Performed by: Priya Raman, MD", size=9)
    d4.rule()
    d4.B("Pre-procedure nursing (RN: C. Mull)", size=8.5)
    d4.TB([["Time", "BP", "HR", "SpO2", "Pain (VAS mm)", "Location", "Anticoag", "Allergies verified"],
           ["0812", "138/84", "78", "98%", "74", "R buttock/SIJ", "none", "codeine, sulfa; no contrast allergy"]],
          widths=(12, 18, 10, 12, 22, 26, 16, 58), size=7.5)
    d4.T("Procedure: Right sacroiliac joint intra-articular injection under fluoroscopic guidance. "
         "Consent signed, time-out 0831. Prone, prepped w/ chlorhexidine. Skin 1% lidocaine 2 mL. 22g 3.5 in "
         "spinal needle advanced into inferior 1/3 of R SI joint under intermittent AP/oblique fluoroscopy.", size=8.5)
    d4.KV([("Contrast:", "Omnipaque 240, 0.8 mL - intra-articular spread outlining inferior joint recess, no vascular uptake"),
           ("Injectate:", "bupivacaine 0.5% 1.5 mL + triamcinolone 40 mg (1 mL)"),
           ("Fluoro time:", "21.6 sec      Dose: 3.1 mGy      EBL: none      Complications: none")], kw=24, size=8.5)
    d4.B("Post-procedure nursing", size=8.5)
    d4.TB([["Time", "BP", "HR", "Pain (VAS mm)", "Provocative maneuver", "Notes"],
           ["0850", "132/80", "72", "8", "sit-to-stand painless", "ambulating w/o difficulty"],
           ["0905", "130/78", "70", "6", "stairs x4 painless", "d/c home w/ husband"]],
          widths=(12, 18, 10, 22, 42, 70), size=7.5)
    d4.T("D/C instructions: ice injection site 20 min on/off tonight prn, no heat or tub soaking x 24 h, resume "
         "meloxicam tomorrow. Pain diary given - record pain every hour today then daily x 2 wks.", size=8)
    d4.B("Patient pain diary #1 (0-10 NRS, R SIJ)  - returned 08/28/2025", size=8.5)
    d4.TB([["", "Pre", "30m", "1h", "2h", "3h", "4h", "5h", "6h", "8h", "D2", "D3", "D7", "D14"],
           ["Pain", "7", "1", "1", "1", "2", "2", "2", "3", "5", "4", "3", "2", "2"],
           ["% relief", "-", "86", "86", "86", "71", "71", "71", "57", "29", "43", "57", "71", "71"]],
          widths=(16,) + (12,) * 13, size=7.5, align="CENTER")

    d4.add_page()
    d4.B("PROCEDURE #2 of series     DOS: 10/23/2025     Site: RIGHT SI joint     Performed by: Priya Raman, MD", size=9)
    d4.rule()
    d4.B("Pre-procedure nursing (RN: T. Ollis)", size=8.5)
    d4.TB([["Time", "BP", "HR", "SpO2", "Pain (VAS mm)", "Location", "Anticoag", "Allergies verified"],
           ["1304", "129/81", "80", "97%", "70", "R SIJ", "none", "codeine, sulfa; no contrast allergy"]],
          widths=(12, 18, 10, 12, 22, 26, 16, 58), size=7.5)
    d4.T("Procedure: Repeat right SI joint injection, fluoroscopically guided, same technique as #1. "
         "Time-out 1322. Needle placed in the inferior joint recess on the 2nd pass.", size=8.5)
    d4.KV([("Contrast:", "Isovue-M 200, 1.0 mL - arthrogram confirms intra-articular placement, no vascular runoff"),
           ("Injectate:", "ropivacaine 0.5% 2 mL + methylprednisolone 80 mg"),
           ("Fluoro time:", "17.9 sec      Dose: 2.6 mGy      EBL: none      Complications: none")], kw=24, size=8.5)
    d4.B("Post-procedure nursing", size=8.5)
    d4.TB([["Time", "BP", "HR", "Pain (VAS mm)", "Notes"],
           ["1340", "126/78", "76", "5", "walked hallway, sat 10 min w/o pain"],
           ["1355", "124/76", "74", "5", "d/c ambulatory"]], widths=(12, 18, 10, 22, 112), size=7.5)
    d4.B("Patient pain diary #2 (VAS 0-100 mm)", size=8.5)
    d4.TB([["Time after injection", "VAS (mm)", "% relief", "Activity"],
           ["Pre", "70", "-", ""],
           ["15 min", "5", "93", "walking"],
           ["1 h", "10", "86", "driving home"],
           ["2 h", "12", "83", "sitting"],
           ["3 h", "15", "79", "cooking"],
           ["4 h", "20", "71", "sitting"],
           ["6 h", "35", "50", "watching TV"],
           ["8 h", "48", "31", "bed"],
           ["next AM", "40", "43", ""]], widths=(38, 22, 22, 50), size=7.5, borders="MINIMAL")

    d4.add_page()
    d4.B("FOLLOW-UP TELEPHONE CONTACTS", size=9.5)
    d4.rule()
    d4.TB([["Date", "By", "Note"],
           ["08/15/2025", "C. Mull RN", "Post-proc call #1. Pt reports ~85% relief yesterday afternoon, numb feeling "
                                       "wore off around supper. No fever, site clean, no redness. Reminded to keep diary."],
           ["08/28/2025", "C. Mull RN", "Diary received (see log). Pt says steroid 'kicked in' day 3-4."],
           ["09/09/2025", "C. Mull RN", "4 wk call. Relief lasted approx 3 weeks then pain gradually returned. "
                                       "Today R buttock pain back to 7/10. Msg to Dr Raman re: repeat."],
           ["09/10/2025", "P. Raman MD", "Repeat R SIJ inj. (#2) - schedule. Discussed RFA as future option if "
                                        "blocks repeatedly positive but steroid short lived."],
           ["10/24/2025", "T. Ollis RN", "Post-proc call #2. Good relief ~6 hrs after procedure (diary), "
                                        "sore at site today - advised ice. No fever."],
           ["11/06/2025", "T. Ollis RN", "2 wk call. Steroid relief lasted ~9 days, now back to baseline "
                                        "(7/10). Pt declines RFA at this time, wants to see Dr. Draper re: fusion. "
                                        "Log faxed to BROSA."]],
          widths=(20, 22, 132), size=8, borders="HORIZONTAL_LINES")
    d4.gap(3)
    d4.T("Summary (P. Raman MD 11/07/2025): Two fluoroscopically guided, contrast-confirmed R SIJ injections on "
         "separate dates, each with >= 80% relief for longer than the expected duration of the local anesthetic "
         "(bupivacaine / ropivacaine). Concordant response. Corticosteroid benefit transient (3 wk, 9 d). "
         "Recommend surgical evaluation.", size=8.5)

    # ---- 05 radiology (faxed from hospital HIM, fine) ----------------------------------
    bch = ["DEPARTMENT OF DIAGNOSTIC IMAGING", "700 East Parker Road, Morganton, NC 28655   (828) 555-0190"]
    ptr = [f"PATIENT: {PT:<26} MRN: BCH00482217      DOB: {DOB}  SEX: F",
           "ORDERING: DRAPER, KEVIN A MD        PCP: FERREE, ALICIA MD    LOC: OP-RAD"]
    d5 = Doc("rad", font="Courier",
             header=hdr_ris("BURKE COMMUNITY HOSPITAL", bch, ptr),
             footer=ftr_line("HIM RELEASE 02/12/2026 14:07  REQ#R-260212-118  FINAL REPORTS", font="Courier",
                             size=7, page_fmt="PAGE {p} OF {nb}"),
             created=(2026, 2, 12))
    d5.add_page()
    d5.fax("fine")
    T = lambda s, **k: d5.T(s, size=9, **k)
    T("ACC#: 25-XR-118734 / 25-XR-118735 / 25-XR-118736        EXAM DATE: 05/28/2025 10:14")
    T("EXAM:   XR PELVIS 1-2 VIEWS\n        XR SACROILIAC JOINTS 3+ VIEWS\n        XR HIP RIGHT 2-3 VIEWS")
    d5.gap(1)
    T("CLINICAL HISTORY: Right buttock/SI pain x 2 yrs. Hx L4-5 fusion.")
    T("TECHNIQUE: AP pelvis; AP axial and bilateral oblique views of the sacroiliac joints; AP and frog-leg "
      "lateral views of the right hip.")
    T("COMPARISON: Lumbar spine radiographs 02/19/2019.")
    T("FINDINGS:")
    T("SACROILIAC JOINTS/PELVIS: Mild subchondral sclerosis along the iliac side of the right sacroiliac joint "
      "with mild joint space narrowing. No erosions. No ankylosis. Left sacroiliac joint is normal. Pubic "
      "symphysis is unremarkable. No fracture. No lytic or blastic lesion.", indent=4)
    T("RIGHT HIP: Joint space is preserved. Tiny marginal osteophyte at the superolateral acetabulum. Femoral "
      "head is spherical. No fracture or dislocation.", indent=4)
    T("LUMBOSACRAL: Posterior pedicle screw and rod fixation at L4-L5, unchanged in position. No hardware "
      "fracture.", indent=4)
    T("IMPRESSION:")
    T("1. Mild degenerative change of the right sacroiliac joint. No erosive changes to suggest sacroiliitis.\n"
      "2. Right hip: minimal osteoarthritis.\n"
      "3. Intact L4-L5 fusion hardware.", indent=4)
    d5.gap(2)
    T("DICTATED BY: THOMAS E. WHITLOCK, MD   05/28/2025 11:02\nSIGNED BY:   THOMAS E. WHITLOCK, MD   05/28/2025 11:40")

    d5.add_page()
    d5.fax("fine")
    T("ACC#: 25-CT-044120                               EXAM DATE: 07/01/2025 15:31")
    T("EXAM: CT PELVIS (SACROILIAC JOINTS) WITHOUT CONTRAST")
    d5.gap(1)
    T("CLINICAL HISTORY: R SI joint pain, evaluate SIJ. Prior lumbar fusion.")
    T("TECHNIQUE: Axial helical CT of the pelvis without IV contrast with coronal oblique and sagittal "
      "reformations through the sacroiliac joints. Dose reduction technique used. DLP 412 mGy-cm.")
    T("COMPARISON: Radiographs pelvis/SI joints 05/28/2025.")
    T("FINDINGS:")
    T("Right sacroiliac joint: mild joint space narrowing with subchondral sclerosis predominantly on the iliac "
      "side, small anterior bridging osteophytes, and intra-articular vacuum phenomenon. No erosions. No "
      "periarticular bone marrow abnormality by CT. No ankylosis.", indent=4)
    T("Left sacroiliac joint: unremarkable.", indent=4)
    T("Osseous structures: No fracture. No lytic or sclerotic destructive lesion. Pubic symphysis and hip "
      "joints grossly unremarkable. Lower lumbar fixation hardware partially imaged.", indent=4)
    T("Soft tissues: No pelvic mass or fluid collection. Colonic diverticulosis without inflammation.", indent=4)
    T("IMPRESSION:")
    T("1. Mild right sacroiliac joint degenerative arthropathy with vacuum phenomenon.\n"
      "2. No erosive or inflammatory sacroiliitis. No destructive osseous lesion.", indent=4)
    T("DICTATED/SIGNED: ANJALI MEHRA, MD   07/01/2025 16:48")
    d5.gap(2)
    T("*** ADDENDUM ***  07/02/2025 08:15")
    T("Re-reviewed at the request of Dr. Draper. No sacral insufficiency fracture or stress reaction is "
      "identified. Impression otherwise unchanged.  -- ANJALI MEHRA, MD")

    d5.add_page()
    d5.fax("fine")
    T("ACC#: 25-CT-044121                               EXAM DATE: 07/01/2025 15:38")
    T("EXAM: CT LUMBAR SPINE WITHOUT CONTRAST")
    d5.gap(1)
    T("CLINICAL HISTORY: Low back/R buttock pain. S/P L4-5 fusion 2016. MRI not performed due to hardware.")
    T("TECHNIQUE: Helical CT of the lumbar spine without contrast with sagittal and coronal reformations. "
      "Metal artifact reduction applied.")
    T("COMPARISON: Radiographs 05/28/2025; lumbar radiographs 02/19/2019.")
    T("FINDINGS:")
    T("Alignment: Grade 1 anterolisthesis L4 on L5 (3 mm), stable and fused.", indent=4)
    T("Hardware: Bilateral L4 and L5 pedicle screws with connecting rods. No peri-screw lucency. Solid "
      "bilateral posterolateral fusion mass L4-L5.", indent=4)
    T("L1-L2 through L2-L3: No disc herniation, canal or foraminal stenosis.", indent=4)
    T("L3-L4: Mild diffuse disc bulge and mild facet hypertrophy. No central canal stenosis. Neural foramina "
      "patent.", indent=4)
    T("L4-L5: Fused. Canal and foramina widely patent.", indent=4)
    T("L5-S1: Mild facet arthropathy. No disc protrusion. No significant central canal or foraminal stenosis.",
      indent=4)
    T("Paraspinal soft tissues unremarkable.", indent=4)
    T("IMPRESSION:")
    T("1. Solid L4-L5 posterolateral fusion, hardware intact without loosening.\n"
      "2. Mild L3-4 and L5-S1 degenerative change without central canal or neural foraminal stenosis.\n"
      "3. No CT evidence of neural compression.", indent=4)
    T("DICTATED/SIGNED: ANJALI MEHRA, MD   07/01/2025 17:02")

    fax_from = lambda name: (lambda n, tot: f"02/12/2026 14:21  FROM: 828 555 0199  BURKE COMM HOSP HIM     "
                                           f"TO: 8285550141   P. {n:03d}/{tot:03d}")
    files = [("01_fax_cover_and_request.pdf", [d1]), ("02_office_notes_draper.pdf", [d2]),
             ("03_pt_rivers_edge.pdf", [d3]), ("04_foothills_sij_procedure_log.pdf", [d4]),
             ("05_burke_radiology_reports.pdf", [d5])]
    labels = dict(procedure="percutaneous", request_date="2026-02-17", notes=(
        "Request date from packet.json (form signed 02/16/2026). Radiology file is a fine-mode fax (no text layer). "
        "Mother's RA is family history only; s/p L4-5 fusion 2016 is history; CT L-spine used (hardware)."),
        criteria={
        "perc.pain_location": C("met", "pain located over the right PSIS / upper buttock",
                                "Pain does not radiate into the groin, thigh or leg"),
        "perc.pain_severity": C("met", "Pain today 7/10 (9/10 at worst in December)"),
        "perc.sij_tenderness": C("met", "Exquisite tenderness to palpation over the right posterior SI joint",
                                 "Non-tender over bilateral greater trochanters and coccyx"),
        "perc.active_conservative_therapy": C("met", "Dates of service: 03/04/2025 - 09/12/2025",
                                              "She completed the 6-week home exercise program"),
        "perc.inactive_conservative_therapy": C("met", "meloxicam 15 mg daily (started 01/2025 by PCP)",
                                                "meloxicam 15 mg daily continues, uses heat in the evenings"),
        "perc.thigh_thrust_or_compression": C("met", "Thigh thrust +R, compression +R"),
        "perc.two_provocative_tests": C("met", "FABER +R, Gaenslen +R"),
        "perc.diagnostic_injections": C("met", "Omnipaque 240, 0.8 mL - intra-articular spread",
                                        "Pt reports ~85% relief yesterday afternoon",
                                        "Good relief ~6 hrs after procedure"),
        "perc.generalized_pain_excluded": C("met", "Waddell signs 0/5"),
        "perc.sij_imaging": C("met", "No erosive changes to suggest sacroiliitis",
                              "No erosive or inflammatory sacroiliitis. No destructive osseous lesion."),
        "perc.hip_imaging": C("met", "Right hip: minimal osteoarthritis."),
        "perc.lumbar_imaging": C("met", "No CT evidence of neural compression.",
                                 "without central canal or neural foraminal stenosis"),
        "perc.therapeutic_injections": C("met", "Relief lasted approx 3 weeks then pain gradually returned",
                                         "Steroid relief lasted ~9 days, now back to baseline"),
        "perc.excl.systemic_arthropathy": C("met", "No erosive or inflammatory sacroiliitis."),
        "perc.excl.infection_tumor_fracture": C("met", "No sacral insufficiency fracture or stress reaction is identified."),
        "perc.excl.acute_instability": C("met", "No known injury or fall."),
        "perc.excl.neural_compression": C("met", "No CT evidence of neural compression."),
    })
    return emit("b3c-01", files, labels,
                packet_json={"request_date": "2026-02-17", "procedure_codes": ["27279"],
                             "member_id": "1064829913", "policy": "MP-MM-1366"},
                fax_from=fax_from, keep=keep)


# =========================================================================== b3c-02
def p02(keep):
    """Pruitt - left SIJ. does_not_meet (2nd diagnostic block < 50% / too short).
    Single PDF; pain-clinic pages arrive as standard-resolution fax."""
    DOB = "09/03/1966"
    cf = ["Cape Fear Spine Surgery Associates, PLLC",
          "1830 Owen Drive, Suite 300  *  Fayetteville, North Carolina 28304",
          "Phone 910-555-0123  *  Fax 910-555-0124"]

    # p1 fax cover ------------------------------------------------------------------
    d1 = Doc("cover", font="Helvetica", created=(2025, 11, 4))
    d1.add_page()
    d1.set_font("Helvetica", "B", 16)
    d1.cell(0, 8, "Cape Fear Spine Surgery Associates", new_x=L, new_y=N)
    d1.set_font("Helvetica", "", 9)
    d1.cell(0, 4, cf[1], new_x=L, new_y=N)
    d1.cell(0, 4, cf[2], new_x=L, new_y=N)
    d1.gap(8)
    d1.set_font("Helvetica", "B", 22)
    d1.cell(0, 10, "Facsimile Transmittal", new_x=L, new_y=N)
    d1.gap(3)
    d1.TB([["To:", "CareSource NC - Prior Auth Dept", "Fax:", "1 (866) 555-0109"],
           ["From:", "Keisha Monroe, Surgery Scheduling", "Fax:", "910-555-0124"],
           ["Date:", "11/04/2025", "Pages:", "12"],
           ["Re:", "PA - SI joint fusion, LEFT", "CC:", "chart"]],
          widths=(18, 80, 18, 58), size=10, head=False, borders="HORIZONTAL_LINES", lh=6)
    d1.gap(3)
    d1.T("[ ] Urgent   [x] For Review   [ ] Please Comment   [ ] Please Reply   [ ] Please Recycle", size=10)
    d1.gap(5)
    d1.T("Patient: Gregory L. Pruitt   DOB 09/03/1966   CareSource ID 1071155208", size=10, style="B")
    d1.gap(2)
    d1.T("Please find enclosed request form, letter of medical necessity from Dr. Sykes, clinic notes, "
         "Sandhills Pain & Spine procedure records, chiropractic records and imaging. Call Keisha at "
         "910-555-0123 x 40 with any questions or to schedule peer to peer.", size=10)
    d1.gap(40)
    d1.T(CONF, size=7)

    # p2 request form -----------------------------------------------------------------
    d2 = Doc("form", font="Helvetica", created=(2025, 11, 4),
             footer=ftr_line("PA-OP-01 (NC)  Standard prior authorization request", page_fmt=""))
    d2.add_page()
    d2.set_font("Helvetica", "B", 13)
    d2.cell(0, 7, "CareSource  |  Prior Authorization Request", new_x=L, new_y=N)
    d2.set_font("Helvetica", "", 8)
    d2.cell(0, 4, "North Carolina Marketplace.  Incomplete forms may delay review. Attach clinical documentation.",
            new_x=L, new_y=N)
    d2.rule(0.4)
    d2.KV([("Date of request:", "11/04/2025"),
           ("Review type:", "[X] Standard (non-urgent)   [ ] Expedited/urgent"),
           ("Member name:", "Pruitt, Gregory L"), ("Member ID:", "1071155208"), ("DOB:", "09/03/1966"),
           ("Ordering provider:", "Nathaniel O. Sykes, MD     NPI 1316048827     Specialty: Orthopedic spine surgery"),
           ("Office contact:", "Keisha Monroe   ph 910-555-0123 x40   fax 910-555-0124"),
           ("Rendering facility:", "Cape Fear Valley Surgery Center (ASC)   NPI 1083715526"),
           ("Place of service:", "[ ] 21 Inpatient   [ ] 22 OP hospital   [X] 24 ASC"),
           ("Anticipated DOS:", "12/2025")], kw=40, size=9)
    d2.gap(2)
    d2.TB([["Line", "CPT/HCPCS", "Modifier", "Description", "Units"],
           ["1", "27279", "LT", "Percutaneous/minimally invasive arthrodesis SI joint w/ image guidance + transfixation device", "1"]],
          widths=(12, 24, 18, 104, 16), size=8.5)
    d2.TB([["Dx code", "Description"],
           ["M53.3", "Sacrococcygeal disorders, not elsewhere classified"],
           ["M54.50", "Low back pain, unspecified"],
           ["G89.29", "Other chronic pain"]], widths=(24, 150), size=8.5)
    d2.B("Clinical information (or see attached):", size=9)
    d2.T("Chronic L SI joint pain > 2 yrs. See LMN and records attached.", size=9)
    d2.gap(6)
    d2.T("Provider signature: ______N. Sykes MD (signed)______          Date: 11/04/2025", size=9)

    # p3-4 letter of medical necessity -----------------------------------------------
    d3 = Doc("lmn", font="Times", created=(2025, 10, 28),
             header=hdr_letterhead("CAPE FEAR SPINE SURGERY ASSOCIATES", cf[1:], font="Times", size=14),
             footer=ftr_line("Pruitt, Gregory L  DOB 09/03/1966", font="Times", size=8, page_fmt="Page {p} of {nb}"))
    d3.add_page()
    d3.T("October 28, 2025", size=11)
    d3.gap(3)
    d3.T("CareSource North Carolina\nAttn: Utilization Management / Medical Director\nPO Box 8738\nDayton, OH 45401-8738", size=11)
    d3.gap(3)
    d3.T("RE:  Gregory L. Pruitt     DOB: 09/03/1966     Member ID: 1071155208\n"
         "Request: Left minimally invasive sacroiliac joint fusion", size=11, style="B")
    d3.gap(3)
    d3.T("To Whom It May Concern:", size=11)
    d3.gap(2)
    body = [
        "I am writing on behalf of my patient, Mr. Gregory Pruitt, a 59-year-old truck dispatcher, to request "
        "authorization for left minimally invasive sacroiliac joint fusion. Mr. Pruitt has suffered from chronic "
        "left-sided low back and buttock pain for more than two years. The pain is localized to the left "
        "sacroiliac joint, below the lumbosacral junction, and he currently rates his pain 7-8/10. It limits "
        "his ability to sit through a shift and to sleep.",
        "He has failed an extensive course of conservative treatment. He received chiropractic care with active "
        "rehabilitation from December 2024 through July 2025, has taken naproxen twice daily since August 2024, "
        "and uses a TENS unit and heat daily. Despite this he continues to have significant pain.",
        "On examination he has focal tenderness over the left sacroiliac joint and positive thigh thrust, "
        "FABER and Gaenslen maneuvers on the left. Imaging, including MRI of the sacroiliac joints and of the "
        "lumbar spine, shows degenerative change of the left SI joint without inflammatory sacroiliitis and "
        "no significant neural compression. Left hip radiographs show only mild degenerative change.",
        "He underwent two fluoroscopically guided diagnostic left SI joint injections, on 03/20/2025 and "
        "06/12/2025, each providing greater than 50% relief, confirming the sacroiliac joint as his pain "
        "generator. The corticosteroid component has not provided lasting benefit.",
        "Mr. Pruitt therefore meets criteria for minimally invasive SI joint fusion, a procedure supported by "
        "multiple randomized controlled trials and by the ISASS coverage policy. I respectfully request that "
        "this procedure be approved. Please do not hesitate to contact my office should you require any "
        "further information.",
    ]
    for b in body:
        d3.T(b, size=11, h=5.2)
        d3.gap(2.5)
    d3.add_page()
    d3.T("Sincerely,", size=11)
    d3.gap(10)
    d3.T("Nathaniel O. Sykes, MD\nBoard Certified, Orthopaedic Surgery\nCape Fear Spine Surgery Associates", size=11)
    d3.gap(6)
    d3.T("Enclosures: office notes, procedure records, chiropractic records, imaging reports", size=9, style="I")

    # p5-6 office notes ---------------------------------------------------------------
    hl = f"PRUITT, GREGORY L   |   DOB {DOB} (59 y)   |   MRN 88-301477   |   Cape Fear Spine Surgery Associates"
    d4 = Doc("notes", font="Helvetica", created=(2025, 11, 3),
             header=lambda p: (p.set_font("Helvetica", "", 7.5), p.cell(0, 4, hl, new_x=L, new_y=N),
                               p.set_line_width(0.2), p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y()),
                               p.ln(3)),
             footer=ftr_line("Printed by: KMONROE  11/03/2025 4:12 PM   Chart copy - not for patient distribution",
                             page_fmt="Page {p} of {nb}"))
    d4.add_page()
    d4.B("Progress Notes", size=12)
    d4.B("05/06/2025  Consult - Nathaniel O. Sykes, MD  (Orthopedic Spine)", size=9.5)
    d4.T("Referring: Dana Whitley, FNP (Haymount Family Practice)", size=8.5)
    d4.gap(1)
    d4.T("CC: L low back/buttock pain", size=9, style="B")
    d4.T("HPI: 58 yo M w/ L sided LBP/buttock pain since early 2023, insidious onset, no trauma. Localizes pain "
         "to the L SI joint region just below and medial to the PSIS. No radiation into the leg. No groin pain. "
         "Denies numbness/tingling, weakness, bowel or bladder sx. Worse w/ sitting in the truck cab, getting out "
         "of the car, standing from a chair. NRS 7/10 today, 9/10 worst. Seen by Sandhills Pain & Spine - had L SIJ "
         "injection 03/20/2025 which helped a lot that day and for about a month. Currently seeing chiropractor "
         "(Dr. Lassiter) weekly since Dec with rehab exercises. On naproxen 500 BID since 08/2024 and uses "
         "a TENS unit (started 01/15/2025, 30 min 2-3x/day, lumbar/buttock pads) + heat.", size=9)
    d4.T("PMH: HTN, HLD, OSA on CPAP, depression (stable on sertraline), remote L distal radius fx 2019 (ORIF). "
         "Prior PT for LBP 2023 (~6 visits).\nFHx: noncontributory; no family hx of inflammatory arthritis.\n"
         "SHx: former smoker, quit 2015. Truck dispatcher.\n"
         "Meds: naproxen 500 mg BID, lisinopril 20 mg, atorvastatin 40 mg, sertraline 100 mg, "
         "cyclobenzaprine 10 mg qhs prn.\nAllergies: NKDA.\n"
         "Labs (PCP 10/2024): HLA-B27 negative, ESR 9, CRP < 0.3.", size=9)
    d4.T("EXAM: Well appearing, BMI 31. Gait normal. Lumbar ROM full w/ pain at end range ext. "
         "TTP over the L SI joint sulcus. No tenderness over the L greater trochanter, lumbar spinous processes "
         "or coccyx. SIJ provocation (L): thigh thrust POS, compression neg, distraction neg, FABER POS, "
         "Gaenslen POS. Hip ROM full and painless bilaterally. Neuro: 5/5 BLE, reflexes symmetric, SLR neg. "
         "Nonorganic signs: none.", size=9)
    d4.T("IMAGING (reviewed, Southeastern Regional Imaging): XR SIJ + L hip 12/16/2024, MRI SIJ and MRI L-spine "
         "01/22/2025 - degenerative L SIJ, mild L hip OA, no significant lumbar stenosis.", size=9)
    d4.T("A/P: L SIJ dysfunction (M53.3). Clinical exam concordant. Continue chiro/active rehab, naproxen, TENS. "
         "Agree with repeat L SIJ injection at Sandhills for confirmation (scheduled 06/12/2025). "
         "Will consider MIS SIJ fusion if second block confirms and conservative tx fails. RTC after injection.", size=9)
    d4.T("E-signed N. Sykes MD 05/06/2025", size=8, style="I")

    d4.add_page()
    d4.B("09/30/2025  Follow-up - Nathaniel O. Sykes, MD", size=9.5)
    d4.T("S: Returns to discuss options. Had repeat L SIJ inj 06/12/2025 - per pt 'not as good as the first one'. "
         "Finished chiropractic in July (plateaued). Still on naproxen BID + TENS daily + heat. Pain NRS 8/10 "
         "today, constant ache L buttock, no leg sx. Sleep poor.", size=9)
    d4.T("O: TTP L SI joint. Thigh thrust + L, FABER + L, Gaenslen + L. Compression and distraction negative. "
         "Neuro intact.", size=9)
    d4.T("A: L SIJ pain, refractory.", size=9)
    d4.T("P: Discussed MIS L SIJ fusion vs continued nonoperative care. Pt wishes to proceed. Will obtain "
         "records from Sandhills and submit for prior auth. LMN to follow.", size=9)
    d4.T("E-signed N. Sykes MD 09/30/2025", size=8, style="I")

    # p7-9 Sandhills procedure log (standard fax) -----------------------------------
    sh = ["Lorraine Castellanos, DO  -  Diplomate ABA (Pain Medicine)",
          "2201 Skibo Rd  Fayetteville NC 28314   T 910-555-0150   F 910-555-0151"]
    pl5 = f"Patient: PRUITT, GREGORY   DOB {DOB}   Acct SPS-10922   Referring: D. Whitley FNP"
    d5 = Doc("sps", font="Helvetica", created=(2025, 10, 31),
             header=hdr_letterhead("SANDHILLS PAIN & SPINE PROCEDURE CENTER", sh, pt_line=pl5, size=12),
             footer=ftr_line("Sandhills P&S  -  Procedure log / records release 10/31/2025", size=8,
                             page_fmt="Page {p} of {nb}"))
    d5.add_page()
    d5.fax("standard")
    d5.B("INTERVENTIONAL PROCEDURE LOG - LEFT SACROILIAC JOINT", size=11)
    d5.gap(1)
    d5.B("Procedure #1 of 2    Date: 03/20/2025    Physician: L. Castellanos, DO", size=10)
    d5.T("Procedure: LEFT SI joint intra-articular injection, fluoroscopic guidance, with arthrogram.", size=10)
    d5.T("Pre: BP 142/88  P 76  VAS 78 mm (L buttock)   NPO ok, no anticoag, NKDA, consent signed.", size=10)
    d5.T("Technique: prone, sterile prep/drape, skin wheal 1% lidocaine. 22 g 3.5\" spinal needle to inferior "
         "L SIJ under AP/contralateral oblique fluoro. Omnipaque 180 0.5 mL: intra-articular spread, "
         "no vascular pattern. Injected 0.5% bupivacaine 1.5 mL + triamcinolone 40 mg.", size=10)
    d5.T("Fluoro time 24 sec.   Complications: none.   Post (15 min): VAS 10 mm, pt able to sit w/o pain.", size=10)
    d5.gap(1)
    d5.B("Pain diary #1 (patient, VAS mm)", size=10)
    d5.TB([["Pre", "30 min", "1 h", "2 h", "3 h", "4 h", "6 h", "8 h", "24 h"],
           ["78", "12", "15", "18", "22", "30", "52", "70", "60"]],
          widths=(19,) * 9, size=10, align="CENTER", lh=5.5)
    d5.gap(3)
    d5.B("Procedure #2 of 2    Date: 06/12/2025    Physician: L. Castellanos, DO", size=10)
    d5.T("Procedure: LEFT SI joint intra-articular injection, fluoroscopic guidance, with arthrogram "
         "(confirmatory block).", size=10)
    d5.T("Pre: BP 138/86  P 80  VAS 76 mm.   Consent signed, time out performed.", size=10)
    d5.T("Technique: same as #1. Omnipaque 180 0.5 mL - intra-articular, no vascular uptake. Injected 0.5% "
         "bupivacaine 1.5 mL + triamcinolone 40 mg.", size=10)
    d5.T("Fluoro time 31 sec.   Complications: none.   Post (15 min): VAS 30 mm.", size=10)

    d5.add_page()
    d5.fax("standard")
    d5.B("Pain diary #2 (patient, VAS mm) - DOS 06/12/2025", size=10)
    d5.TB([["Time", "VAS (mm)", "% relief", "Comment"],
           ["Pre", "76", "--", ""],
           ["15 min (RN)", "30", "61", "in recovery"],
           ["30 min", "40", "47", "ride home"],
           ["1 h", "50", "34", ""],
           ["2 h", "55", "28", "sitting in recliner"],
           ["3 h", "60", "21", ""],
           ["4 h", "66", "13", ""],
           ["6 h", "72", "5", "back to usual"],
           ["8 h", "74", "3", ""]], widths=(34, 26, 26, 60), size=10, lh=5.5)
    d5.gap(2)
    d5.T("Physician review 06/26/2025 (L. Castellanos DO): Diary #2 shows only transient relief - under 50% "
         "from 30 min onward with a bupivacaine block. Response to #2 equivocal / non-concordant compared with #1. "
         "Will not repeat steroid at this time. Pt to f/u with Dr. Sykes.", size=10)

    d5.add_page()
    d5.fax("standard")
    d5.B("TELEPHONE FOLLOW-UP", size=11)
    d5.TB([["Date", "Staff", "Call note"],
           ["03/21/2025", "RN AJ", "24h call: pt says 'felt great yesterday', numb till evening. No fever/redness."],
           ["04/03/2025", "RN AJ", "2 wk call: 70% better, sleeping better."],
           ["04/28/2025", "RN AJ", "Pain starting to come back past week, ~5 weeks of relief. Wants to see surgeon."],
           ["06/13/2025", "RN KP", "24h call: pt reports 'maybe 30% better' for a couple hours after procedure, "
                                   "then back to usual. Sore at site - ice 15-20 min."],
           ["06/27/2025", "RN KP", "2 wk call: no meaningful change from steroid. Pain 7-8/10. Dr C note reviewed w/ pt."]],
          widths=(26, 20, 128), size=10, lh=5.2, borders="ALL")

    # p10 chiropractic ledger -------------------------------------------------------------
    d6 = Doc("chiro", font="Courier", created=(2025, 10, 30),
             footer=ftr_line("Haymount Chiropractic & Rehab - account ledger / visit summary", font="Courier", size=7,
                             page_fmt="p.{p}"))
    d6.add_page()
    d6.set_font("Courier", "B", 11)
    d6.cell(0, 5, "HAYMOUNT CHIROPRACTIC & REHAB", new_x=L, new_y=N)
    d6.set_font("Courier", "", 8.5)
    d6.cell(0, 4, "Brett Lassiter, DC  - 1214 Hay St, Fayetteville NC 28305 - 910-555-0188", new_x=L, new_y=N)
    d6.gap(2)
    d6.T("PATIENT VISIT SUMMARY      Pt: PRUITT, GREGORY L    DOB 09/03/1966    Pt# 4471", size=8.5)
    d6.T("Dx: M53.3 SI joint dysfunction L; M54.50 LBP; M62.830 muscle spasm of back", size=8.5)
    d6.T("Plan of care: CMT + therapeutic exercise/active rehab (SIJ stabilization, glute/core) 1x/wk, "
         "reassess q12 visits. Home exercises reviewed each visit.", size=8.5)
    d6.gap(1)
    rows = [["DOS", "Codes", "Notes"]]
    visits = [("12/09/2024", "99203 98940 97110", "New pt exam. L SIJ TTP, +FABER L. Pain 8/10."),
              ("12/16/2024", "98940 97110", "L SIJ adj, core/glute ex 15 min"),
              ("12/30/2024", "98940 97110", ""),
              ("01/06/2025", "98940 97110 97530", "added bird dog, side plank"),
              ("01/13/2025", "98940 97110", ""), ("01/27/2025", "98940 97110", "flare after snow shoveling"),
              ("02/03/2025", "98940 97110", ""), ("02/17/2025", "98940 97110 97530", ""),
              ("03/03/2025", "98940 97110", "re-exam: pain 6-7/10, ODI 40%"),
              ("03/17/2025", "98940 97110", ""), ("03/31/2025", "98940 97110", "better since SIJ inj 3/20"),
              ("04/14/2025", "98940 97110", ""), ("04/28/2025", "98940 97110 97530", "pain creeping back"),
              ("05/12/2025", "98940 97110", ""), ("05/27/2025", "98940 97110", ""),
              ("06/09/2025", "98940 97110", "re-exam ODI 38%"), ("06/23/2025", "98940 97110", ""),
              ("07/07/2025", "98940 97110", ""),
              ("07/14/2025", "98940 97110", "Plateau. D/C from active care to home program.")]
    rows += [list(v) for v in visits]
    d6.TB(rows, widths=(26, 46, 102), size=8, borders="NONE", font="Courier", lh=3.9)
    d6.T("Total visits: 19   First visit 12/09/2024   Last visit 07/14/2025", size=8.5)

    # p11-12 radiology (outpatient imaging center) -------------------------------------------
    sri = ["SOUTHEASTERN REGIONAL IMAGING - Fayetteville Outpatient Center",
           "3345 Village Dr, Fayetteville NC 28304  Tel 910.555.0170  Fax 910.555.0171"]
    d7 = Doc("sri", font="Courier", created=(2025, 10, 30),
             header=hdr_ris("SOUTHEASTERN REGIONAL IMAGING", sri[1:],
                            [f"NAME: PRUITT, GREGORY L       DOB: {DOB}   MRN: SRI-7720193",
                             "REFERRING: WHITLEY, DANA FNP   CC: SYKES, NATHANIEL MD"]),
             footer=ftr_line("Report copy - printed 10/30/2025 11:52", font="Courier", size=7,
                             page_fmt="Page {p} of {nb}"))
    d7.add_page()
    R = lambda s, **k: d7.T(s, size=8.5, **k)
    R("STUDIES REPORTED 12/16/2024:")
    R("  XR SACROILIAC JOINTS 3+ VIEWS       ACC 2412160088   -  see findings 1\n"
      "  XR HIP LEFT 2 VIEWS W/ PELVIS       ACC 2412160089   -  see findings 2")
    R("CLINICAL HISTORY: L low back/buttock pain > 1 yr.")
    R("COMPARISON: None.")
    R("FINDINGS:")
    R("1. SI joints: Mild bilateral subchondral sclerosis, left greater than right, with mild joint space "
      "narrowing on the left. No erosions or ankylosis.", indent=3)
    R("2. Left hip: Mild superior joint space narrowing with small marginal osteophytes. Femoral head "
      "contour normal. No fracture.", indent=3)
    R("IMPRESSION:")
    R("1. Mild degenerative sacroiliac joint change, L > R.\n2. Mild left hip osteoarthritis.", indent=3)
    R("Electronically signed: Robert Ng, MD  12/16/2024 16:20")
    d7.gap(2)
    R("=" * 86)
    R("EXAM: MRI PELVIS (SACROILIAC JOINTS) WITHOUT CONTRAST     DATE: 01/22/2025   ACC 2501220041")
    R("CLINICAL HISTORY: L SIJ pain. Evaluate for sacroiliitis.")
    R("TECHNIQUE: Coronal oblique T1, STIR and T2 FS; axial T1 and T2 FS through the SI joints. 1.5T.")
    R("COMPARISON: Radiographs 12/16/2024.")
    R("FINDINGS: Left SI joint with mild joint space narrowing, subchondral sclerosis and a 3 mm subchondral "
      "cyst along the iliac side. No periarticular bone marrow edema. No erosions. No fat metaplasia or "
      "ankylosis. Right SI joint with minimal degenerative change. No fracture, marrow replacing lesion or "
      "abnormal enhancement pattern. No fluid collection. Visualized hips and pelvic soft tissues unremarkable.")
    R("IMPRESSION:")
    R("1. Mild left sacroiliac joint degenerative change.\n"
      "2. No MRI evidence of active or chronic inflammatory sacroiliitis.\n"
      "3. No marrow replacing lesion or fracture.", indent=3)
    R("Electronically signed: Robert Ng, MD  01/23/2025 08:41")

    d7.add_page()
    R("EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST     DATE: 01/22/2025   ACC 2501220042")
    R("CLINICAL HISTORY: Low back and L buttock pain. No leg symptoms.")
    R("TECHNIQUE: Sagittal T1, T2, STIR; axial T2 L2-S1. 1.5T.")
    R("COMPARISON: None available.")
    R("FINDINGS:")
    R("Alignment normal. Vertebral body heights maintained. Conus terminates at L1. Marrow signal normal.", indent=3)
    R("L1-2, L2-3: Normal.", indent=3)
    R("L3-4: Mild disc bulge. No canal or foraminal stenosis.", indent=3)
    R("L4-5: Mild disc bulge and mild facet hypertrophy. Mild left foraminal narrowing without nerve root "
      "impingement. No central stenosis.", indent=3)
    R("L5-S1: Small central disc protrusion without nerve root contact. Lateral recesses and foramina patent.",
      indent=3)
    R("IMPRESSION:")
    R("1. Mild lower lumbar spondylosis.\n"
      "2. No central canal stenosis. No nerve root compression.", indent=3)
    R("Electronically signed: Robert Ng, MD  01/23/2025 09:05")

    fax_from = lambda name: (lambda n, tot: f"11/04/2025 15:02  FROM: 910-555-0124  CAPE FEAR SPINE SURG     "
                                           f"TO: 18665550109   P. {n:03d}/{tot:03d}")
    files = [(None, [d1, d2, d3, d4, d5, d6, d7])]
    labels = dict(procedure="percutaneous", request_date="2025-11-04", notes=(
        "Single PDF; pain-clinic log pages are standard-mode faxes. The LMN says both blocks gave > 50% relief; "
        "the procedure log/diary (primary) shows block #2 under 50% from 30 min on with bupivacaine."),
        criteria={
        "perc.pain_location": C("met", "Localizes pain to the L SI joint region",
                                "No radiation into the leg."),
        "perc.pain_severity": C("met", "Pain NRS 8/10 today", "he currently rates his pain 7-8/10"),
        "perc.sij_tenderness": C("met", "TTP over the L SI joint sulcus",
                                 "No tenderness over the L greater trochanter, lumbar spinous processes or coccyx"),
        "perc.active_conservative_therapy": C("met", "First visit 12/09/2024   Last visit 07/14/2025",
                                              "CMT + therapeutic exercise/active rehab"),
        "perc.inactive_conservative_therapy": C("met", "On naproxen 500 BID since 08/2024",
                                                "TENS unit (started 01/15/2025, 30 min 2-3x/day"),
        "perc.thigh_thrust_or_compression": C("met", "thigh thrust POS, compression neg"),
        "perc.two_provocative_tests": C("met", "FABER POS, Gaenslen POS", "FABER + L, Gaenslen + L"),
        "perc.diagnostic_injections": C("not_met", "pt reports 'maybe 30% better' for a couple hours",
                                        "under 50% from 30 min onward with a bupivacaine block"),
        "perc.generalized_pain_excluded": C("met", "Nonorganic signs: none."),
        "perc.sij_imaging": C("met", "No MRI evidence of active or chronic inflammatory sacroiliitis.",
                              "No marrow replacing lesion or fracture.", "No erosions or ankylosis."),
        "perc.hip_imaging": C("met", "Mild left hip osteoarthritis."),
        "perc.lumbar_imaging": C("met", "No central canal stenosis. No nerve root compression."),
        "perc.therapeutic_injections": C("met", "Pain starting to come back past week, ~5 weeks of relief",
                                         "no meaningful change from steroid"),
        "perc.excl.systemic_arthropathy": C("met", "HLA-B27 negative, ESR 9"),
        "perc.excl.infection_tumor_fracture": C("met", "No marrow replacing lesion or fracture."),
        "perc.excl.acute_instability": C("met", "insidious onset, no trauma"),
        "perc.excl.neural_compression": C("met", "No central canal stenosis. No nerve root compression."),
    })
    return emit("b3c-02", files, labels, fax_from=fax_from, keep=keep)


# =========================================================================== b3c-03
def p03(keep):
    """Moravec - failed 2023 percutaneous R SIJ fusion; open revision requested (27280 in the LMN only).
    meets_criteria (open). Outside 2023 operative report faxed (fine)."""
    DOB = "12/11/1962"
    tn = ["Triad Neurosurgery & Spine, P.A.",
          "3010 N. Elm Street, Suite 100, Greensboro, NC 27408",
          "Tel 336-555-0150   Fax 336-555-0151"]

    # 01 request form -----------------------------------------------------------
    d1 = Doc("form", font="Helvetica", created=(2026, 1, 20),
             footer=ftr_line("TNS precert worksheet (internal form 14-B)   submitted via fax", page_fmt="Page {p} of {nb}"))
    d1.add_page()
    d1.set_font("Helvetica", "B", 14)
    d1.cell(0, 7, "PRECERTIFICATION / PRIOR AUTHORIZATION REQUEST", align="C", new_x=L, new_y=N)
    d1.set_font("Helvetica", "", 9)
    d1.cell(0, 4.5, "Triad Neurosurgery & Spine, P.A.  -  Surgical Precertification", align="C", new_x=L, new_y=N)
    d1.gap(3)
    d1.TB([["Payer", "CareSource NC Marketplace", "Date submitted", "01/20/2026"],
           ["Payer fax", "1-866-555-0109", "Request type", "Elective inpatient surgery"],
           ["Patient", "MORAVEC, LINDA K", "DOB", DOB],
           ["Member ID", "1058830471", "Group", "IND-NC-2026"],
           ["Surgeon", "Samuel J. Okafor, MD (Neurosurgery)", "NPI", "1720584419"],
           ["Facility", "Guilford Community Hospital (inpatient)", "Facility NPI", "1295847730"],
           ["Admit date (proposed)", "02/24/2026", "Expected LOS", "2 days"]],
          widths=(36, 62, 34, 42), size=9, head=False, lh=5)
    d1.B("Procedure(s) requested", size=10)
    d1.TB([["Procedure", "Codes", "Side"],
           ["Revision arthrodesis of the sacroiliac joint, open posterior approach, with removal of "
            "loose implants and autograft/allograft bone grafting", "see attached LMN", "Right"]],
          widths=(120, 34, 20), size=9)
    d1.B("Diagnoses", size=10)
    d1.TB([["ICD-10", "Description"],
           ["M96.0", "Pseudarthrosis after fusion or arthrodesis"],
           ["T84.498A", "Other mechanical complication of other internal orthopedic devices, implants and grafts, initial"],
           ["M53.3", "Sacrococcygeal disorders, not elsewhere classified"]], widths=(28, 146), size=9)
    d1.B("Brief clinical justification", size=10)
    d1.T("Failed R MIS SIJ fusion (03/14/2023, outside hospital). Recurrent R SIJ pain since mid-2024. "
         "CT 12/08/2025: peri-implant lucency around all 3 implants, no bridging bone - failed arthrodesis. "
         "MRI L-spine 11/03/2025 without neural compression. Records attached (LMN, office notes, imaging, "
         "pain clinic log, 2023 op report).", size=9)
    d1.gap(4)
    d1.T("Submitted by: Renee Gallimore, Surgical Coordinator  x3307          Surgeon attestation: S. Okafor MD", size=9)

    # 02 LMN ------------------------------------------------------------------------
    d2 = Doc("lmn", font="Times", created=(2026, 1, 19),
             header=hdr_letterhead("TRIAD NEUROSURGERY & SPINE, P.A.", tn[1:], font="Times", size=14),
             footer=ftr_line("Re: Linda K. Moravec  DOB 12/11/1962  -  letter of medical necessity", font="Times",
                             size=8))
    d2.add_page()
    d2.T("January 19, 2026", size=11)
    d2.gap(3)
    d2.T("CareSource North Carolina - Utilization Management\nVia fax 1-866-555-0109", size=11)
    d2.gap(3)
    d2.T("RE: Linda K. Moravec, DOB 12/11/1962, Member ID 1058830471\n"
         "Requested: Open revision right sacroiliac joint arthrodesis - CPT 27280; removal of deep implants "
         "CPT 20680; autograft CPT 20937", size=11, style="B")
    d2.gap(3)
    paras = [
        "Dear Medical Director,",
        "Ms. Moravec is a 63-year-old woman who underwent a right minimally invasive (percutaneous) sacroiliac joint "
        "fusion with three triangular titanium implants on 03/14/2023 at Haw River Surgical Hospital (Dr. Martin "
        "Greaves) for right SI joint dysfunction. She had good relief for roughly a year. Since the summer of 2024 "
        "her right buttock pain has returned and progressed, now 8/10, with a new painful clunking sensation "
        "when she transfers weight to the right leg.",
        "Radiographs of the pelvis on 10/14/2025 showed new lucency about the implants and backing out of the "
        "cephalad implant compared with her 2023 postoperative films. CT of the pelvis on 12/08/2025 confirms "
        "lucency surrounding all three implants with no osseous bridging across the right sacroiliac joint, "
        "consistent with a failed arthrodesis (pseudarthrosis). A fluoroscopically guided right SI joint "
        "injection on 09/17/2025 gave near-complete temporary relief, confirming the joint as the source of her "
        "pain. MRI of the lumbar spine on 11/03/2025 shows no stenosis or nerve root compression.",
        "Because her prior percutaneous SI joint fusion has failed, a further percutaneous procedure is not "
        "appropriate: the loose implants must be removed and the joint debrided, grafted and stabilized under "
        "direct visualization. I am therefore requesting authorization for open revision right sacroiliac joint "
        "arthrodesis (CPT 27280) with removal of implants (CPT 20680) and autograft harvest (CPT 20937), with a "
        "2-day inpatient stay at Guilford Community Hospital.",
        "Her case meets the CareSource criterion for open SI joint fusion after failed prior percutaneous SI "
        "joint fusion, with recent CT demonstrating localized SI joint pathology. Thank you for your "
        "consideration.",
    ]
    for ptxt in paras:
        d2.T(ptxt, size=11, h=5.2)
        d2.gap(2.5)
    d2.add_page()
    d2.T("Sincerely,\n\n\n/s/ Samuel J. Okafor, MD\nNeurological Surgery\nTriad Neurosurgery & Spine, P.A.", size=11, h=5.2)
    d2.gap(4)
    d2.T("cc: Vanessa Ortiz, MD (Piedmont Spine & Pain); patient chart", size=9, style="I")

    # 03 office notes ---------------------------------------------------------------------
    pl = f"MORAVEC, LINDA K    DOB: {DOB}    MRN: TNS-204418    Visit provider: S. Okafor, MD"
    d3 = Doc("notes", font="Helvetica", created=(2026, 1, 19),
             header=hdr_letterhead("Triad Neurosurgery & Spine", tn[1:], pt_line=pl, size=11, align="L"),
             footer=ftr_line("Moravec, Linda K - DOB 12/11/1962 - printed 01/19/2026 by RGALLIMORE", page_fmt="Page {p} of {nb}"))
    d3.add_page()
    d3.B("NEW PATIENT EVALUATION - 11/10/2025", size=10)
    d3.T("Referred by Dr. Vanessa Ortiz (Piedmont Spine & Pain) for recurrent R SIJ pain after prior fusion.", size=9)
    d3.B("History of present illness", size=9)
    d3.T("63 yo F s/p R MIS SIJ fusion 03/14/2023 (Dr. Greaves, Haw River Surgical Hosp - 3 triangular titanium "
         "implants). Pre-op she had R SIJ pain with positive provocative testing and diagnostic blocks. Did well "
         "post-op, ~80% improved for about a year. Starting ~06/2024 gradual return of R buttock pain directly over "
         "the SIJ, now worse than before surgery. Describes a 'clunk' in the R buttock with stair climbing. Pain "
         "8/10 today. Pain stays in the R buttock, does not go down the leg. No numbness/tingling. No fevers, "
         "chills, wound drainage or night sweats. No new fall or injury. Has had PT (08-10/2025) and takes "
         "celecoxib 200 mg daily + gabapentin 300 mg TID without much relief. R SIJ injection 09/17/2025 "
         "(Dr. Ortiz) gave ~90% relief for the day.", size=9)
    d3.B("PMH / PSH", size=9)
    d3.T("Osteopenia (DEXA 2024 T -1.8), T2DM (A1c 6.6), HTN, hypothyroid.  R MIS SIJ fusion 2023; TKA L 2019; "
         "hysterectomy 2005.  Allergies: PCN (hives), latex.", size=9)
    d3.B("Exam", size=9)
    d3.T("Antalgic gait favoring R. Healed 3 cm incision lateral R buttock. Marked TTP over R posterior SIJ. "
         "Thigh thrust + R, compression + R, FABER + R. Hip ROM full, no groin pain. Strength 5/5, DTRs 2+ sym, "
         "SLR neg bilat. Sensation intact.", size=9)
    d3.B("Imaging reviewed", size=9)
    d3.T("XR pelvis/SIJ 10/14/2025 - lucency around implants, cephalad implant backed out ~4 mm vs 04/2023. "
         "Outside op report 2023 reviewed (faxed from Haw River).", size=9)
    d3.B("Assessment / Plan", size=9)
    d3.T("1. Failed R SI joint fusion / suspected pseudarthrosis with implant loosening (M96.0, T84.498A).\n"
         "2. Rule out infection - CBC, ESR, CRP today.\n"
         "Plan: CT pelvis w/o contrast (fine cut through SIJ) to assess bridging bone and lucency; MRI L-spine "
         "to exclude lumbar source. Will likely need open revision with implant removal and grafting if CT "
         "confirms nonunion. RTC after CT.", size=9)
    d3.T("Signed: Samuel J. Okafor, MD  11/10/2025", size=8, style="I")
    d3.gap(2)
    d3.T("Lab addendum 11/12/2025: WBC 6.9, ESR 14, CRP 0.4 mg/dL (nl). No evidence of infection. - SJO", size=9)

    d3.add_page()
    d3.B("FOLLOW-UP - 01/12/2026", size=10)
    d3.T("S: Here to review CT and MRI. Pain unchanged 8/10 R buttock. Using a cane outdoors. Celecoxib + "
         "gabapentin continue.", size=9)
    d3.T("O: TTP R SIJ. Gait antalgic. Neuro intact.", size=9)
    d3.T("Studies: CT pelvis 12/08/2025 - peri-implant lucency about all 3 implants, no bridging bone across R SIJ, "
         "cephalad implant backed out. Consistent with failed arthrodesis. MRI L-spine 11/03/2025 - mild "
         "spondylosis, no stenosis, no nerve root compression.", size=9)
    d3.T("A/P: Failed percutaneous R SIJ fusion (pseudarthrosis). Infection labs negative. Discussed open revision "
         "R SIJ arthrodesis via posterior approach with removal of implants, decortication and grafting, "
         "supplemental fixation. Risks/benefits/alternatives reviewed incl. persistent pain, infection, nerve injury, "
         "bleeding, nonunion. She wishes to proceed. Precert to be submitted. Tentative date 02/24/2026.", size=9)
    d3.T("Signed: Samuel J. Okafor, MD  01/12/2026", size=8, style="I")

    # 04 radiology ------------------------------------------------------------------------------
    gch = ["DEPARTMENT OF RADIOLOGY - 1200 N Elm St, Greensboro NC 27401 - 336-555-0300"]
    d4 = Doc("rad", font="Courier", created=(2026, 1, 14),
             header=hdr_ris("GUILFORD COMMUNITY HOSPITAL", gch,
                            [f"PT NAME: MORAVEC, LINDA K      MR#: G00917734     DOB: {DOB}   F",
                             "PHYSICIAN: OKAFOR, SAMUEL J MD                  PT TYPE: O"]),
             footer=ftr_line("*** FINAL *** printed 01/14/2026 10:31 for TNS  ", font="Courier", size=7,
                             page_fmt="PAGE {p}"))
    R = lambda s, **k: d4.T(s, size=8.5, **k)
    d4.add_page()
    R("EXAM: XR PELVIS AP + SACROILIAC JOINTS              EXAM DT: 10/14/2025 09:52\nACCESSION: GCH-XR-2510-33187")
    R("ORDERING: ORTIZ, VANESSA MD (PIEDMONT SPINE & PAIN)")
    R("HISTORY: Recurrent right SI joint pain. Prior right SI joint fusion 2023.")
    R("COMPARISON: Postoperative pelvis radiographs 04/20/2023 (outside, Haw River Surgical Hospital, images "
      "imported to PACS).")
    R("FINDINGS:")
    R("Three transiliac-transsacral triangular implants traverse the right sacroiliac joint. Compared with "
      "04/20/2023, there is new lucency surrounding the cephalad and middle implants measuring up to 2 mm, and "
      "the cephalad implant has backed out laterally by approximately 4 mm. No implant fracture. The right SI "
      "joint remains visible without definite bridging bone. Left SI joint mild degenerative change. Hips: mild "
      "bilateral joint space narrowing. No acute fracture.", indent=2)
    R("IMPRESSION:")
    R("1. Interval peri-implant lucency and lateral backing out of the cephalad right SI joint implant, "
      "concerning for loosening / failed fusion. CT recommended.\n"
      "2. No acute osseous abnormality.", indent=2)
    R("READ BY: DANIEL K. FREEMAN, MD     SIGNED 10/14/2025 13:06")

    d4.add_page()
    R("EXAM: MRI LUMBAR SPINE WO CONTRAST                  EXAM DT: 11/03/2025 18:20\nACCESSION: GCH-MR-2511-04412")
    R("HISTORY: R buttock pain, prior R SIJ fusion. Exclude lumbar source.")
    R("TECHNIQUE: Sag T1/T2/STIR, axial T1/T2 L1-S1. 3T. Susceptibility artifact from pelvic implants does not "
      "limit the lumbar evaluation.")
    R("COMPARISON: None.")
    R("FINDINGS:")
    R("Normal lordosis. No listhesis. No marrow edema or suspicious lesion.\n"
      "L1-L2, L2-L3: Unremarkable.\n"
      "L3-L4: Mild disc bulge, mild facet arthropathy. Canal and foramina patent.\n"
      "L4-L5: Mild disc bulge with small annular fissure. Mild facet arthropathy. No canal stenosis. Foramina "
      "patent.\n"
      "L5-S1: Mild disc desiccation. No herniation. Foramina patent.\n"
      "Conus normal, terminates at L1.", indent=2)
    R("IMPRESSION:")
    R("Mild lumbar spondylosis. No spinal canal or foraminal stenosis. No nerve root compression.", indent=2)
    R("READ BY: PRIYA VENKATARAMAN, MD     SIGNED 11/04/2025 07:44")

    d4.add_page()
    R("EXAM: CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)   EXAM DT: 12/08/2025 11:15\n"
      "ACCESSION: GCH-CT-2512-07760")
    R("HISTORY: Failed R SIJ fusion? Eval for lucency/nonunion.")
    R("TECHNIQUE: Helical 0.625 mm axial images of the pelvis without IV contrast with multiplanar reformats "
      "(coronal oblique along the SI joints) and metal artifact reduction.")
    R("COMPARISON: Radiographs 10/14/2025; radiographs 04/20/2023.")
    R("FINDINGS:")
    R("Right SI joint: Three triangular titanium implants cross the right SI joint. There is circumferential "
      "lucency of 1.5 to 2.5 mm surrounding all three implants within both the ilium and the sacrum, with a thin "
      "sclerotic rim. The cephalad implant head protrudes 4 mm lateral to the iliac cortex. No osseous bridging "
      "across the right SI joint on any image; the joint space is preserved with vacuum phenomenon. No implant "
      "fracture.\n"
      "Left SI joint: Mild degenerative change without erosion.\n"
      "No fracture. No aggressive lytic or blastic lesion. No periarticular fluid collection or soft tissue "
      "gas. Mild bilateral hip osteoarthritis.", indent=2)
    R("IMPRESSION:")
    R("1. Lucency around all three right SI joint implants with no osseous bridging, consistent with failed "
      "arthrodesis (pseudarthrosis) and implant loosening.\n"
      "2. Lateral backing out of the cephalad implant, 4 mm.\n"
      "3. No CT findings to suggest infection. No fracture.", indent=2)
    R("READ BY: DANIEL K. FREEMAN, MD     SIGNED 12/08/2025 15:40")
    d4.gap(2)
    R("ADDENDUM 12/09/2025 08:02: Discussed with Dr. Okafor by phone. Lucency measurements obtained on coronal "
      "oblique reformats (series 5, images 41-58).  -- D. FREEMAN MD")

    # 05 pain clinic log (1 page) --------------------------------------------------------------
    psp = ["Vanessa Ortiz, MD  *  2704 Lawndale Dr, Greensboro NC 27408  *  P 336-555-0420  F 336-555-0421"]
    d5 = Doc("psp", font="Helvetica", created=(2025, 10, 2),
             header=hdr_letterhead("Piedmont Spine & Pain", psp, size=11,
                                   pt_line=f"Name: Moravec, Linda   DOB {DOB}   Acct 61184"),
             footer=ftr_line("Piedmont Spine & Pain procedure log", page_fmt="Page {p} of {nb}"))
    d5.add_page()
    d5.B("PROCEDURE LOG", size=11)
    d5.TB([["Date", "Procedure", "Guidance / contrast", "Injectate", "Pre", "Post", "Fluoro"],
           ["07/22/2025", "L4-5 interlaminar ESI (to r/o lumbar contribution)", "fluoro / Omnipaque 240 2 mL",
            "dexamethasone 10 mg + NS 3 mL", "8/10", "7/10", "14 s"],
           ["09/17/2025", "R SIJ intra-articular injection", "fluoro / Omnipaque 240 0.5 mL, IA arthrogram",
            "0.5% bupivacaine 1.5 mL (no steroid)", "8/10", "1/10", "26 s"]],
          widths=(20, 42, 38, 38, 11, 11, 14), size=8)
    d5.T("07/22/2025 note: no benefit from ESI at 2 wk f/u call (pain unchanged 8/10 R buttock).", size=8.5)
    d5.T("09/17/2025 note: needle placed in inferior joint between caudal implant and joint margin; contrast "
         "confined to joint. Diary: 1/10 at 1 h, 1/10 at 3 h, 2/10 at 5 h, 7/10 next morning (~90% relief for "
         "duration of bupivacaine). Impression: R SIJ remains primary pain generator despite prior fusion. "
         "Referred to Dr. Okafor (TNS) for surgical opinion.", size=8.5)
    d5.T("Signed V. Ortiz MD", size=8, style="I")

    # 06 outside operative report 2023 (faxed fine) ----------------------------------------------
    hr = ["HAW RIVER SURGICAL HOSPITAL", "1850 N Church St, Burlington NC 27217   Health Information Management"]
    d6 = Doc("op", font="Times", created=(2025, 11, 6),
             header=hdr_letterhead(hr[0], hr[1:], font="Times", size=13,
                                   pt_line=f"Patient: MORAVEC, LINDA K    MRN: HR-0318827    DOB: {DOB}    Adm: 03/14/2023    Disch: 03/14/2023"),
             footer=ftr_line("OPERATIVE REPORT - copy released to Triad Neurosurgery & Spine 11/06/2025", font="Times",
                             size=8, page_fmt="Page {p} of {nb}"))
    d6.add_page()
    d6.fax("fine")
    d6.B("OPERATIVE REPORT", size=12)
    d6.KV([("Date of surgery:", "03/14/2023"),
           ("Surgeon:", "Martin Greaves, MD"),
           ("Assistant:", "none"),
           ("Anesthesia:", "General endotracheal"),
           ("Preop dx:", "Right sacroiliac joint dysfunction (M53.3)"),
           ("Postop dx:", "Same"),
           ("Procedure:", "Right minimally invasive sacroiliac joint fusion (CPT 27279) using three triangular "
                          "titanium implants, with intraoperative fluoroscopy and neuromonitoring"),
           ("EBL:", "25 mL"), ("Implants:", "7.0 mm x 45 mm, 7.0 mm x 40 mm, 7.0 mm x 35 mm"),
           ("Complications:", "None")], kw=34, size=10, font="Times")
    d6.gap(2)
    d6.B("INDICATIONS", size=10, font="Times")
    d6.T("60-year-old female with 3 years of right SI joint pain refractory to therapy, with positive provocative "
         "testing and two positive image-guided diagnostic SI joint blocks. Risks and benefits discussed and "
         "consent obtained.", size=10, font="Times")
    d6.B("DESCRIPTION OF PROCEDURE", size=10, font="Times")
    d6.T("The patient was placed prone on a Jackson table. Inlet, outlet and lateral fluoroscopic views were "
         "obtained and the sacral alar line identified. A 3 cm incision was made over the lateral right buttock. "
         "A guide pin was advanced across the ilium and the sacroiliac joint into the sacrum under biplanar "
         "fluoroscopy. Drilling and broaching were performed and a 7.0 x 45 mm implant placed. Two additional "
         "implants were placed caudally in the same fashion. Final images confirmed good position with all "
         "implants lateral to the sacral foramina. EMG thresholds were above 10 mA. The wound was irrigated "
         "and closed in layers.", size=10, font="Times")

    d6.add_page()
    d6.fax("fine")
    d6.B("DESCRIPTION OF PROCEDURE (continued)", size=10, font="Times")
    d6.T("Dermabond and sterile dressing applied. The patient was awakened and taken to PACU in stable condition. "
         "Sponge and needle counts correct x2.", size=10, font="Times")
    d6.gap(2)
    d6.B("POSTOPERATIVE PLAN", size=10, font="Times")
    d6.T("Discharge home same day. Touch-down weight bearing right lower extremity with walker x 3 weeks, then "
         "progress. Postop radiographs at 6 weeks. Follow up in clinic 2 weeks for wound check.", size=10, font="Times")
    d6.gap(3)
    d6.T("Dictated by: Martin Greaves, MD  03/14/2023 14:12\nTranscribed: mjw 03/14/2023 16:40\n"
         "Electronically authenticated: Martin Greaves, MD  03/15/2023 07:55", size=10, font="Times")

    fax_from = lambda name: (lambda n, tot: f"NOV-06-2025 10:18   HAW RIVER SURG HOSP HIM   336 555 0711  >>  "
                                           f"3365550151   P.{n}/{tot}")
    files = [("01_precert_request.pdf", [d1]), ("02_letter_of_medical_necessity.pdf", [d2]),
             ("03_office_notes_okafor.pdf", [d3]), ("04_gch_radiology.pdf", [d4]),
             ("05_piedmont_pain_procedure_log.pdf", [d5]), ("06_outside_op_report_2023.pdf", [d6])]
    labels = dict(procedure="open", request_date="2026-01-20", notes=(
        "No packet.json; request form leaves the code to the LMN, which gives CPT 27280 (+20680, 20937). The 2023 "
        "operative report lists CPT 27279 for the PRIOR percutaneous fusion (history, not the request)."),
        criteria={
        "open.indication": C("met", "consistent with failed arthrodesis (pseudarthrosis) and implant loosening",
                             "Failed percutaneous R SIJ fusion (pseudarthrosis)",
                             "s/p R MIS SIJ fusion 03/14/2023"),
        "open.recent_imaging": C("met", "Lucency around all three right SI joint implants with no osseous bridging",
                                 "CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)   EXAM DT: 12/08/2025"),
        "open.excl.neural_compression": C("met", "No spinal canal or foraminal stenosis. No nerve root compression."),
    })
    return emit("b3c-03", files, labels, fax_from=fax_from, keep=keep)


# =========================================================================== b3c-04
def p04(keep):
    """Roberson - postpartum L SIJ pain. insufficient_documentation: no hip radiographs, lumbar MRI
    report never obtained. Single text PDF, no fax cover."""
    DOB = "07/30/1984"

    # p1 request form -----------------------------------------------------------------
    d1 = Doc("form", font="Helvetica", created=(2025, 10, 6),
             footer=ftr_line("CS-NC-PA (rev. 01/2025)", page_fmt="Page {p} of {nb}", rule=False))
    d1.add_page()
    d1.set_font("Helvetica", "B", 12)
    d1.cell(0, 6, "CareSource  -  PRIOR AUTHORIZATION REQUEST FORM", new_x=L, new_y=N)
    d1.set_font("Helvetica", "", 8)
    d1.cell(0, 4, "Marketplace - North Carolina.   Medical Management fax: 1-866-555-0109.   "
                  "Please complete all fields; illegible or incomplete forms will be returned.", new_x=L, new_y=N)
    d1.rule(0.5)
    d1.T("Today's date: 10/06/2025            [x] Non-urgent    [ ] Urgent (provider attests delay could seriously jeopardize life/health)", size=8.5)
    d1.gap(1)
    d1.B("MEMBER INFORMATION", size=9)
    d1.TB([["Last name", "First name", "MI", "DOB", "Member ID #"],
           ["ROBERSON", "TAMIKA", "S", DOB, "1090034572"]], widths=(40, 40, 12, 30, 52), size=8.5)
    d1.B("REQUESTING PROVIDER", size=9)
    d1.TB([["Name", "NPI", "Phone", "Fax"],
           ["Elena M. Voss, MD - Coastal Carolina Orthopaedics, Spine Center", "1851493762", "910-555-0210", "910-555-0211"]],
          widths=(96, 26, 26, 26), size=8.5)
    d1.B("SERVICING PROVIDER / FACILITY", size=9)
    d1.TB([["Name", "NPI", "Address"],
           ["Wrightsville Surgery Center", "1437720981", "2105 Eastwood Rd, Wilmington NC 28403"]],
          widths=(70, 26, 78), size=8.5)
    d1.B("SERVICE REQUESTED", size=9)
    d1.T("Type:  [ ] Inpatient   [x] Outpatient surgery   [ ] DME   [ ] Imaging   [ ] Other ______", size=8.5)
    d1.TB([["Start date", "CPT/HCPCS", "Description", "Qty"],
           ["11/2025", "27279", "Left SI joint fusion, percutaneous / minimally invasive w/ image guidance", "1"]],
          widths=(22, 24, 114, 14), size=8.5)
    d1.TB([["ICD-10", "Description"],
           ["M53.3", "Sacrococcygeal disorders NEC (L SI joint dysfunction)"],
           ["M54.50", "Low back pain, unspecified"]], widths=(30, 144), size=8.5)
    d1.B("CLINICAL SUMMARY", size=9)
    d1.T("41 y/o F, L SIJ pain since delivery 08/2022. PT 10/2024-02/2025, chiropractic 02/2025-06/2025, daily "
         "NSAID since 11/2024. Dx L SIJ blocks x2 (03/11/2025 lidocaine, 04/08/2025 bupivacaine) each > 50% "
         "relief. Steroid SIJ injections 05/2025 and 07/2025 w/ short-lived relief. MRI SIJ 06/10/2025 no "
         "inflammatory sacroiliitis. Exam 4/5 provocation tests positive.", size=8.5)
    d1.gap(4)
    d1.T("Requesting provider signature:  Elena M. Voss, MD (e-sig)          Date: 10/06/2025", size=8.5)
    d1.T("Contact person: Brianna Kemp   910-555-0210 ext 118", size=8.5)

    # p2-4 office notes -------------------------------------------------------------------
    cco = ["Spine Center  |  1915 S. 17th Street  |  Wilmington, NC 28401  |  (910) 555-0210  |  fax (910) 555-0211"]
    pl = f"ROBERSON, TAMIKA S     DOB {DOB}     MRN CCO-3390571     Provider: Elena M. Voss, MD"
    d2 = Doc("cco", font="Helvetica", created=(2025, 10, 6),
             header=hdr_letterhead("COASTAL CAROLINA ORTHOPAEDICS", cco, pt_line=pl, size=11),
             footer=ftr_line("Roberson, Tamika S   DOB 07/30/1984   Encounter print 10/03/2025 2:18 PM",
                             page_fmt="Page {p} of {nb}"))
    d2.add_page()
    d2.B("Encounter Date: 05/19/2025     Visit Type: New Patient - Spine", size=9.5)
    d2.rule(dash=True)
    d2.T("Reason for visit: L sided low back / buttock pain since childbirth", size=9, style="B")
    d2.T("HPI: Tamika is a 40 y.o. G3P3 who developed L posterior pelvic pain in the 3rd trimester of her "
         "last pregnancy (delivered 08/2022, vaginal). During pregnancy she had pain radiating into the L posterior "
         "thigh, which resolved after delivery. Her current pain is localized to the L PSIS / SI joint region "
         "below the L5 level and does not radiate. No groin pain. No numbness or tingling. Pain is worse with "
         "single-leg stance, carrying her toddler on the L hip, climbing stairs and turning in bed. Rated 7/10 today. "
         "She completed PT at Seabreeze (10/2024-02/2025, incl. pelvic girdle program) and is now seeing a "
         "chiropractor weekly (started 02/24/2025) for adjustments and rehab exercises. She takes ibuprofen 800 mg "
         "TID with food since 11/2024 (PCP), heat, and lidocaine patches. Dx L SIJ blocks at Lower Cape Fear Pain "
         "03/11 and 04/08 - both helped a lot for the day; steroid injection 05/06/2025 with Dr. Tran, too early "
         "to tell. No trauma or falls.", size=9)
    d2.T("PMH: postpartum depression 2022 (resolved, off meds), iron deficiency anemia, migraine.\n"
         "PSH: tubal ligation 2022.   FHx: mother DM2, father HTN.   No personal or family hx psoriasis, IBD, "
         "uveitis or inflammatory arthritis.\nSHx: nonsmoker, works as a CNA (night shift).\n"
         "Allergies: Penicillin (hives).", size=9)
    d2.B("Physical Exam", size=9)
    d2.T("Ht 5'6\" Wt 172 lb. Pleasant, NAD. Gait normal; single-leg stance on L reproduces pain. "
         "Lumbar: no midline or paraspinal tenderness, full ROM. Palpation: tender over the L sacral sulcus / "
         "posterior SI joint. No tenderness over the L greater trochanter. Coccyx non-tender. Hips: full painless "
         "IR/ER bilaterally, neg FADIR.", size=9)
    d2.TB([["Provocation test (L)", "Result"],
           ["Thigh thrust", "+ (reproduces usual pain)"],
           ["Compression", "+"],
           ["Distraction", "neg"],
           ["FABER (Patrick)", "+"],
           ["Gaenslen", "+"]], widths=(60, 60), size=8.5, borders="HORIZONTAL_LINES")
    d2.T("Neuro: 5/5 strength, DTR 2+ symmetric, sensation intact, SLR negative bilaterally. Waddell 0/5.", size=9)
    d2.B("Data reviewed", size=9)
    d2.T("XR SI joints 04/02/2025 (Cardinal Coast Imaging): L iliac-sided sclerosis, no erosions. "
         "MRI L-spine (2024, Novant, done for the pregnancy-related leg pain) - pt reports 'it was fine'; report "
         "requested, not available at this visit.", size=9)
    d2.B("Assessment/Plan", size=9)
    d2.T("1. L SIJ dysfunction, postpartum onset (M53.3). 4 of 5 provocation tests positive, concordant "
         "diagnostic blocks x2.\n"
         "- MRI pelvis/SI joints w/o contrast to r/o inflammatory sacroiliitis.\n"
         "- XR L hip 2 views ordered.\n"
         "- Obtain outside lumbar MRI report (release signed today).\n"
         "- Continue chiropractic/rehab, ibuprofen, heat. Await response to steroid injection.\n"
         "- Will discuss MIS L SIJ fusion if pain persists.   RTC 3-4 months.", size=9)
    d2.T("Elena M. Voss, MD  - electronically signed 05/19/2025 18:03", size=8, style="I")

    d2.add_page()
    d2.B("Encounter Date: 09/22/2025     Visit Type: Established - Follow-up", size=9.5)
    d2.rule(dash=True)
    d2.T("Interval: MRI SIJ 06/10/2025 done - mild L SIJ DJD, no marrow edema. Second steroid SIJ injection "
         "07/15/2025 - relief ~10 days then back. The 05/06 steroid injection lasted about 2 weeks. Chiropractic "
         "completed 06/30/2025 (plateau); continuing home exercises daily. Still on ibuprofen 800 mg TID, heat, "
         "lidocaine patch at work. Pain NRS 6/10 today, 8/10 after a shift. No leg symptoms.", size=9)
    d2.T("L hip XR ordered 05/19 - NOT done, pt had childcare conflict with the appointment, will reschedule. "
         "Outside lumbar MRI report: second request faxed to Novant HIM 08/2025, still not received.", size=9)
    d2.T("Exam: TTP L posterior SIJ, no trochanteric or lumbar tenderness. Thigh thrust +, compression +, "
         "FABER +, Gaenslen +. Neuro intact.", size=9)
    d2.T("A/P: L SIJ dysfunction refractory to > 6 mo active + passive conservative care, 2 positive "
         "diagnostic blocks, 2 failed therapeutic steroid injections. Discussed L MIS SIJ fusion; pt wishes to "
         "proceed. Submit PA. Hip XR + lumbar MRI report to be forwarded when available.", size=9)
    d2.T("Elena M. Voss, MD  - electronically signed 09/22/2025 17:41", size=8, style="I")

    # p: PT discharge summary --------------------------------------------------------------------
    d3 = Doc("pt", font="Helvetica", created=(2025, 2, 7),
             header=hdr_letterhead("Seabreeze Physical Therapy & Pelvic Health",
                                   ["4402 Oleander Dr, Wilmington NC 28403  *  T 910.555.0233  *  F 910.555.0234"],
                                   size=11, align="L"),
             footer=ftr_line("Seabreeze PT  |  ROBERSON, TAMIKA  DOB 07/30/1984  |  discharge summary",
                             page_fmt="{p}/{nb}"))
    d3.add_page()
    d3.B("PHYSICAL THERAPY DISCHARGE SUMMARY", size=11)
    d3.KV([("Patient:", "Tamika Roberson      DOB 07/30/1984"),
           ("Referring:", "Monique Harrell, MD (PCP)"),
           ("Diagnosis:", "M53.3 L SI joint dysfunction; O26.72- hx (pregnancy-related pelvic girdle pain)"),
           ("Start of care:", "10/28/2024"), ("Discharge date:", "02/07/2025"),
           ("Visits:", "18 attended / 20 scheduled (2 no-shows - childcare)")], kw=30, size=9)
    d3.gap(1)
    d3.B("Treatment provided", size=9.5)
    d3.T("Therapeutic exercise (lumbopelvic stabilization, glute med/max strengthening, TrA activation), "
         "neuromuscular re-education, manual therapy incl. SIJ muscle energy technique, pelvic floor "
         "down-training, SI belt trial, HEP instruction and progression.", size=9)
    d3.B("Outcome", size=9.5)
    d3.TB([["Measure", "Initial 10/28/2024", "Discharge 02/07/2025"],
           ["Pain NRS (avg)", "7/10", "5/10"],
           ["Pain NRS (worst)", "9/10", "8/10"],
           ["PGQ (Pelvic Girdle Questionnaire)", "58%", "47%"],
           ["ASLR (L)", "3/5", "2/5"],
           ["Glute med MMT L", "3+/5", "4/5"]], widths=(66, 44, 44), size=8.5)
    d3.T("Assessment: Pt made partial gains in strength and load tolerance but continues to have L SIJ pain limiting "
         "work as a CNA. Plateaued last 3 weeks. Discharged with independent HEP; recommend f/u with MD, consider "
         "chiropractic/manual care and further evaluation.", size=9)
    d3.T("Whitney Sorensen, PT, DPT, WCS     02/07/2025", size=8.5, style="I")

    # p: chiro summary ---------------------------------------------------------------------------
    d4 = Doc("chiro", font="Times", created=(2025, 7, 2),
             header=hdr_letterhead("Pinecrest Chiropractic", ["Dr. Aaron Whitlow, DC  -  5107 Oleander Dr, Wilmington NC  -  910-555-0266"],
                                   font="Times", size=13),
             footer=ftr_line("Pinecrest Chiropractic - care summary", font="Times", size=8, page_fmt="Page {p} of {nb}"))
    d4.add_page()
    d4.B("CHIROPRACTIC CARE SUMMARY / DISCHARGE", size=11, font="Times")
    d4.T("Patient: Tamika Roberson    DOB: 07/30/1984    Date: 07/02/2025", size=10.5)
    d4.gap(2)
    d4.T("Ms. Roberson was under active chiropractic care at this office from 02/24/2025 through 06/30/2025 for "
         "left sacroiliac joint dysfunction. Care consisted of 16 visits (weekly, with two visits per week in March): "
         "diversified and drop-table SI adjustmets, soft tissue work, and supervised active rehabilitation "
         "(bridging progressions, dead bug, Pallof press, single-leg balance, hip abductor strengthening) with a "
         "written home exercise sheet updated every 4 visits.", size=10.5, h=5)
    d4.gap(1)
    d4.T("Subjective pain ratings: 7/10 at intake, 5-6/10 mid-March, 6/10 at discharge. Oswestry 42% -> 36%. "
         "She reports short-term relief after each adjustment lasting 1-2 days. Further improvement has plateaued "
         "and she was released from active care on 06/30/2025 to continue her home program. "
         "Return PRN for flares.", size=10.5, h=5)
    d4.gap(3)
    d4.T("Aaron Whitlow, DC", size=10.5)

    # p: pain-clinic procedure log ---------------------------------------------------------------
    lcf = ["Harold Tran, MD  /  Anesthesiology - Pain Medicine",
           "2523 Delaney Ave, Wilmington NC 28403   Ph 910.555.0290   Fax 910.555.0291"]
    pl5 = f"Patient: ROBERSON, TAMIKA S    DOB {DOB}    Chart # LCF-70215"
    d5 = Doc("lcf", font="Helvetica", created=(2025, 9, 30),
             header=hdr_letterhead("LOWER CAPE FEAR PAIN MANAGEMENT", lcf, pt_line=pl5, size=11),
             footer=ftr_line("LCFPM procedure log - records request from Coastal Carolina Ortho 09/30/2025",
                             page_fmt="Page {p} of {nb}"))
    d5.add_page()
    d5.B("SI JOINT PROCEDURE LOG  (LEFT)", size=10.5)
    d5.TB([["#", "DOS", "Type", "Guidance", "Contrast", "Injectate", "Fluoro"],
           ["1", "03/11/2025", "Diagnostic L SIJ", "fluoro", "Omnipaque 300 0.5 mL", "2% lidocaine 1.5 mL", "19 s"],
           ["2", "04/08/2025", "Diagnostic L SIJ (confirmatory)", "fluoro", "Omnipaque 300 0.5 mL", "0.5% bupivacaine 1.5 mL", "15 s"],
           ["3", "05/06/2025", "Therapeutic L SIJ", "fluoro", "Omnipaque 300 0.5 mL", "1% lidocaine 1 mL + triamcinolone 40 mg", "22 s"],
           ["4", "07/15/2025", "Therapeutic L SIJ", "fluoro", "Omnipaque 300 0.5 mL", "0.25% bupivacaine 1 mL + methylprednisolone 40 mg", "18 s"]],
          widths=(7, 20, 34, 15, 30, 54, 14), size=7.5, fill_head=True)
    d5.B("Procedure #1 of series - 03/11/2025 - Diagnostic L SIJ block", size=9)
    d5.T("RN pre: BP 118/76, HR 82, NRS 7/10 L buttock. Allergy PCN verified. LMP 02/27 - upt neg.\n"
         "MD: Prone. Sterile prep. 25g skin wheal. 22g spinal needle into inferior L SI joint under fluoroscopy; "
         "0.5 mL Omnipaque 300 with intra-articular arthrogram pattern, no vascular flow. 2% lidocaine 1.5 mL "
         "injected. No steroid (diagnostic).\n"
         "RN post: 15 min NRS 1/10; provocative maneuvers (stairs, single-leg stance) 1/10.", size=8.5)
    d5.B("Pain diary - procedure #1 (NRS 0-10)", size=8.5)
    d5.TB([["Pre", "15 min", "30 min", "1 h", "1.5 h", "2 h", "3 h", "4 h", "bedtime"],
           ["7", "1", "1", "2", "3", "5", "6", "7", "7"]], widths=(19,) * 9, size=8, align="CENTER",
          borders="NONE")
    d5.B("Procedure #2 of series - 04/08/2025 - Diagnostic L SIJ block (confirmatory)", size=9)
    d5.T("RN pre: BP 122/80, HR 78, NRS 7/10.\n"
         "MD: same technique, L SIJ entered inferiorly on first pass; contrast confirms intra-articular spread. "
         "0.5% bupivacaine 1.5 mL injected, no steroid.\n"
         "RN post: 15 min NRS 2/10.", size=8.5)
    d5.B("Pain diary - procedure #2 (NRS 0-10)", size=8.5)
    d5.TB([["Pre", "30 min", "1 h", "2 h", "3 h", "4 h", "5 h", "6 h", "8 h"],
           ["7", "2", "2", "2", "3", "4", "5", "6", "7"]], widths=(19,) * 9, size=8, align="CENTER",
          borders="NONE")
    d5.T("MD review 04/10/2025: 2 concordant blocks - #1 lidocaine 71% relief at 1 h; #2 bupivacaine 57% "
         "relief at 3 h. SIJ confirmed as pain generator. Plan therapeutic steroid injection.", size=8.5)

    d5.add_page()
    d5.B("Procedure #3 of series - 05/06/2025 - Therapeutic L SIJ injection", size=9)
    d5.T("RN pre: BP 120/74, HR 80, NRS 7/10. MD: fluoroscopic guidance, intra-articular contrast confirmed. "
         "1% lidocaine 1 mL + triamcinolone 40 mg. RN post: NRS 2/10. D/C: ice to site prn, no soaking x 24 h.", size=8.5)
    d5.B("Procedure #4 of series - 07/15/2025 - Therapeutic L SIJ injection", size=9)
    d5.T("RN pre: BP 116/72, HR 76, NRS 6/10. MD: fluoroscopic guidance, contrast confirmed intra-articular. "
         "0.25% bupivacaine 1 mL + methylprednisolone 40 mg. RN post: NRS 1/10.", size=8.5)
    d5.gap(1)
    d5.B("Follow-up phone calls", size=9)
    d5.TB([["Date", "Staff", "Note"],
           ["03/12/2025", "J. Pate RN", "Block #1: felt 'almost normal' about an hour, pain back by dinner. Diary rec'd."],
           ["04/09/2025", "J. Pate RN", "Block #2: good relief through early afternoon (~4 hrs). Diary rec'd."],
           ["05/20/2025", "J. Pate RN", "2 wk after #3: 'a lot better' ~50-60%. Continue HEP."],
           ["06/03/2025", "J. Pate RN", "4 wk after #3: relief lasted about 2 weeks, pain back to 7/10."],
           ["07/29/2025", "M. Soto RN", "2 wk after #4: relief ~10 days then returned. NRS 6-7/10. Dr Tran: no "
                                        "further steroid inj, refer back to Dr Voss to discuss fusion."]],
          widths=(22, 22, 130), size=8, borders="HORIZONTAL_LINES")
    d5.T("Harold Tran, MD   (log reviewed/signed 09/30/2025)", size=8.5, style="I")

    # p: radiology -------------------------------------------------------------------------------------
    ccic = ["CARDINAL COAST IMAGING CENTER  -  an outpatient imaging facility",
            "1202 Medical Center Dr, Wilmington NC 28401   (910) 555-0250"]
    d6 = Doc("ccic", font="Courier", created=(2025, 9, 24),
             header=hdr_ris("CARDINAL COAST IMAGING CENTER", ccic[1:],
                            [f"PATIENT: ROBERSON, TAMIKA S   DOB: {DOB}   MRN: CCI-448102",
                             "REFERRING: VOSS, ELENA M MD / HARRELL, MONIQUE MD"]),
             footer=ftr_line("Final report - reprinted 09/24/2025", font="Courier", size=7, page_fmt="Pg {p} of {nb}"))
    R = lambda s, **k: d6.T(s, size=8.5, **k)
    d6.add_page()
    R("EXAM: XR SACROILIAC JOINTS 3 VIEWS        DATE OF SERVICE: 04/02/2025\nACC: CC25-0402-1187     "
      "ORDERED BY: HARRELL, MONIQUE MD")
    R("CLINICAL INDICATION: L buttock pain since pregnancy.")
    R("COMPARISON: None.")
    R("FINDINGS: Triangular sclerosis along the iliac side of the inferior left sacroiliac joint. The joint "
      "margins are well defined without erosion, joint space widening or ankylosis. Right SI joint normal. "
      "Pubic symphysis normal. No fracture.")
    R("IMPRESSION:")
    R("Iliac-sided sclerosis of the left SI joint without erosions, favored to represent osteitis condensans "
      "ilii / mechanical stress change. No radiographic evidence of inflammatory sacroiliitis.", indent=2)
    R("Signed: Laura B. Kessler, MD   04/02/2025 15:27")
    d6.gap(3)
    R("-" * 86)
    R("EXAM: MRI PELVIS (SI JOINTS) WITHOUT CONTRAST     DATE OF SERVICE: 06/10/2025\nACC: CC25-0610-2241     "
      "ORDERED BY: VOSS, ELENA M MD")
    R("CLINICAL INDICATION: L SIJ pain. R/O sacroiliitis.")
    R("TECHNIQUE: Coronal oblique T1 and STIR, axial T2 FS. 1.5T.")
    R("COMPARISON: Radiographs 04/02/2025.")
    R("FINDINGS:")
    R("Left SI joint: iliac-sided subchondral sclerosis (low T1 and T2 signal) corresponding to the radiographic "
      "finding. Mild joint space narrowing anteriorly. No periarticular bone marrow edema. No erosions. No "
      "joint effusion or capsulitis.", indent=2)
    R("Right SI joint: normal.", indent=2)
    R("Other: No fracture or stress reaction. No marrow replacing lesion. Partially imaged lower lumbar spine on "
      "the localizer: mild L5-S1 disc desiccation. 2 cm intramural uterine fibroid.", indent=2)
    R("IMPRESSION:")
    R("1. Mild degenerative / mechanical change of the left SI joint (osteitis condensans pattern).\n"
      "2. No bone marrow edema or erosions to suggest inflammatory sacroiliitis.\n"
      "3. No fracture or marrow replacing lesion.", indent=2)
    R("Signed: Laura B. Kessler, MD   06/10/2025 17:55")

    # p: medication list -------------------------------------------------------------------------------
    d7 = Doc("meds", font="Helvetica", created=(2025, 10, 3),
             header=hdr_letterhead("COASTAL CAROLINA ORTHOPAEDICS", cco,
                                   pt_line=pl, title="CURRENT MEDICATION LIST", size=11),
             footer=ftr_line("Medication list printed 10/03/2025 - verify with patient at each visit",
                             page_fmt="Page {p} of {nb}"))
    d7.add_page()
    d7.TB([["Medication", "Sig", "Start date", "Prescriber", "Status"],
           ["ibuprofen 800 mg tablet", "1 tab PO TID with food", "11/12/2024", "M. Harrell MD", "Active"],
           ["acetaminophen 500 mg", "2 tabs PO q8h prn pain", "2022", "OTC", "Active"],
           ["lidocaine 4% patch", "1 patch to L low back 12 h on/12 h off", "03/2025", "OTC", "Active"],
           ["ferrous sulfate 325 mg", "1 tab PO daily", "01/2024", "M. Harrell MD", "Active"],
           ["sumatriptan 50 mg", "1 tab at migraine onset, may repeat x1", "2019", "M. Harrell MD", "Active"],
           ["sertraline 50 mg", "1 tab daily", "09/2022", "OB", "Discontinued 06/2023"],
           ["cyclobenzaprine 5 mg", "1 tab qhs prn spasm", "11/2024", "M. Harrell MD", "Discontinued 01/2025 (sedation)"]],
          widths=(42, 52, 22, 28, 30), size=8)
    d7.T("Non-drug: moist heat pack 20 min 1-2x daily (per pt, since late 2024); SI belt (from PT) - "
         "occasional use.", size=8.5)
    d7.T("Allergies: PENICILLIN - hives.   No known latex or contrast allergy.", size=8.5)

    files = [(None, [d1, d2, d3, d4, d5, d6, d7])]
    labels = dict(procedure="percutaneous", request_date="2025-10-06", notes=(
        "Insufficient: ipsilateral hip radiographs ordered but never done; outside lumbar MRI only mentioned "
        "(pt says 'it was fine'), report never received. Pelvic MRI localizer glimpse of L5-S1 is not a lumbar "
        "MRI. Pregnancy-era thigh radiation is historical and resolved."),
        criteria={
        "perc.pain_location": C("met", "localized to the L PSIS / SI joint region",
                                "below the L5 level and does not radiate"),
        "perc.pain_severity": C("met", "Pain NRS 6/10 today, 8/10 after a shift"),
        "perc.sij_tenderness": C("met", "tender over the L sacral sulcus / posterior SI joint",
                                 "No tenderness over the L greater trochanter"),
        "perc.active_conservative_therapy": C("met", "Start of care: 10/28/2024",
                                              "Discharge date: 02/07/2025",
                                              "from 02/24/2025 through 06/30/2025"),
        "perc.inactive_conservative_therapy": C("met", "ibuprofen 800 mg TID with food since 11/2024",
                                                "Still on ibuprofen 800 mg TID, heat"),
        "perc.thigh_thrust_or_compression": C("met", "Thigh thrust +, compression +"),
        "perc.two_provocative_tests": C("met", "FABER +, Gaenslen +"),
        "perc.diagnostic_injections": C("met", "#1 lidocaine 71% relief at 1 h",
                                        "#2 bupivacaine 57% relief at 3 h",
                                        "intra-articular arthrogram pattern, no vascular flow"),
        "perc.generalized_pain_excluded": C("met", "SLR negative bilaterally. Waddell 0/5"),
        "perc.sij_imaging": C("met", "No bone marrow edema or erosions to suggest inflammatory sacroiliitis",
                              "No fracture or marrow replacing lesion",
                              "No radiographic evidence of inflammatory sacroiliitis"),
        "perc.hip_imaging": C("insufficient"),
        "perc.lumbar_imaging": C("insufficient"),
        "perc.therapeutic_injections": C("met", "relief lasted about 2 weeks, pain back to 7/10",
                                         "relief ~10 days then returned"),
        "perc.excl.systemic_arthropathy": C("met", "No personal or family hx psoriasis, IBD"),
        "perc.excl.infection_tumor_fracture": C("met", "No fracture or marrow replacing lesion"),
        "perc.excl.acute_instability": C("met", "No trauma or falls."),
        "perc.excl.neural_compression": C("met", "SLR negative bilaterally"),
    })
    return emit("b3c-04", files, labels, keep=keep)


# =========================================================================== b3c-05
def p05(keep):
    """Hensley - R SIJ. does_not_meet: fibromyalgia documented as present; active therapy only ~10 weeks
    of PT, HEP abandoned without a physical reason. CPT only in the LMN. Spine notes faxed fine,
    PT notes faxed standard."""
    DOB = "02/14/1979"
    fb = ["French Broad Spine Surgery", "50 Doctors Dr, Suite 210, Asheville NC 28801",
          "P (828) 555-0300  F (828) 555-0301"]

    # 01 request form -----------------------------------------------------------------
    d1 = Doc("form", font="Helvetica", created=(2025, 12, 9),
             footer=ftr_line("Form PA-1 NC Marketplace", page_fmt="Page {p} of {nb}"))
    d1.add_page()
    d1.set_font("Helvetica", "B", 13)
    d1.cell(0, 6, "Prior Authorization Request", new_x=L, new_y=N)
    d1.set_font("Helvetica", "", 8.5)
    d1.cell(0, 4, "CareSource North Carolina  |  Health Partner Services  |  Fax: 1-866-555-0109", new_x=L, new_y=N)
    d1.rule(0.4)
    d1.KV([("Request date", "12/09/2025"), ("Member", "HENSLEY, ROBERT J"), ("Member ID", "1082219764"),
           ("DOB", DOB), ("Requesting MD", "Wade T. Pittman, MD - French Broad Spine Surgery   NPI 1588201946"),
           ("Contact / phone", "Alyssa Banks, surgical coordinator - (828) 555-0300 opt 3"),
           ("Facility", "Pisgah Regional Medical Center - Outpatient Surgery   NPI 1366917041"),
           ("Setting", "Outpatient hospital"), ("Planned date", "01/2026")], kw=36, size=9.5)
    d1.gap(2)
    d1.B("Service(s) requested", size=10)
    d1.TB([["Procedure", "CPT", "Dx (ICD-10)", "Side"],
           ["Percutaneous SI joint fusion / stabilization", "per LMN", "M53.3, M54.59", "R"]],
          widths=(82, 26, 44, 22), size=9)
    d1.B("Clinical notes", size=10)
    d1.T("Chronic R SIJ pain. Failed conservative care. Positive image-guided SIJ injections x2. See letter of "
         "medical necessity and attached records.", size=9.5)
    d1.gap(6)
    d1.T("Signature: Wade T. Pittman MD (electronic)      Date: 12/09/2025", size=9.5)

    # 02 LMN -------------------------------------------------------------------------------
    d2 = Doc("lmn", font="Times", created=(2025, 12, 5),
             header=hdr_letterhead(fb[0].upper(), fb[1:], font="Times", size=14),
             footer=ftr_line("", font="Times", size=8, rule=False, page_fmt=""))
    d2.add_page()
    d2.T("December 5, 2025", size=11)
    d2.gap(3)
    d2.T("RE: Robert J. Hensley  |  DOB 02/14/1979  |  CareSource ID 1082219764\n"
         "Procedure: Right percutaneous sacroiliac joint fusion, CPT 27279", size=11, style="B")
    d2.gap(3)
    for ptxt in [
        "To the reviewing physician:",
        "Mr. Hensley is a 46-year-old HVAC technician with chronic right sacroiliac joint pain for approximately "
        "three years. His pain is focal, over the right posterior SI joint, without radiation, and is rated 7/10. "
        "He has completed more than six months of conservative treatment including physical therapy followed by a "
        "home exercise program, daily anti-inflammatory medication, and activity modification.",
        "Examination demonstrates tenderness over the right SI joint with positive thigh thrust, compression, "
        "distraction and FABER tests. He underwent two fluoroscopically guided, contrast-confirmed right SI joint "
        "injections (08/21/2025 and 10/02/2025), each providing greater than 70% relief for the duration of the "
        "anesthetic, while the corticosteroid benefit lasted only two to three weeks each time.",
        "CT of the SI joints shows degenerative change without erosive or destructive findings, right hip "
        "radiographs show no significant arthritis, and MRI of the lumbar spine shows no neural compression.",
        "I believe right percutaneous SI joint fusion (CPT 27279) is medically necessary and request your approval.",
    ]:
        d2.T(ptxt, size=11, h=5.2)
        d2.gap(2.5)
    d2.gap(4)
    d2.T("Respectfully,\n\n/s/ Wade T. Pittman, MD\nOrthopaedic Spine Surgery", size=11, h=5.2)

    # 03 spine clinic notes (faxed fine) --------------------------------------------------------
    pl = f"Pt: HENSLEY, ROBERT J   DOB: {DOB}   MRN: FBSS-017734   Prov: W. Pittman MD"
    d3 = Doc("notes", font="Helvetica", created=(2025, 12, 2),
             header=hdr_letterhead(fb[0], fb[1:], pt_line=pl, size=12),
             footer=ftr_line("French Broad Spine Surgery - clinical note - printed 12/02/2025",
                             page_fmt="Page {p} of {nb}", size=8))
    d3.add_page()
    d3.fax("fine")
    d3.B("CONSULTATION   07/08/2025", size=10.5)
    d3.T("Referred by: Jonathan Reese, MD (rheumatology) / PCP Karen Lowe, PA-C", size=9.5)
    d3.T("CC: R low back/buttock pain, 3 yrs.", size=9.5)
    d3.T("HPI: 46 yo M HVAC tech. Gradual onset R buttock pain ~2022, no specific injury. Pain is over the R "
         "posterior SI joint, below the belt line; he points to the R PSIS. It does not radiate down the leg. "
         "No numbness/tingling/weakness. Worse with crawling in attics, lifting, prolonged driving. Pain 7/10 "
         "today. Currently doing PT at Riverbend (started 05/13/2025). Meloxicam 15 mg daily since 03/2024, "
         "ice/heat. Chiropractic in 2021 for neck - not since.", size=9.5)
    d3.B("Problem list", size=9.5)
    d3.T("- Fibromyalgia (M79.7) - dx 2018, followed by Dr. Reese (rheum), on duloxetine 60 mg daily\n"
         "- Obesity (BMI 33)\n- GERD\n- Insomnia", size=9.5)
    d3.T("Meds: meloxicam 15 mg daily, duloxetine 60 mg daily, omeprazole 20 mg, trazodone 50 mg qhs.\n"
         "Allergies: morphine (itching).  FHx: father DDD lumbar. SHx: 1/2 ppd smoker x 20 yrs.", size=9.5)
    d3.B("Exam", size=9.5)
    d3.T("NAD. Gait normal. R SIJ tender to palpation. L SIJ non-tender. No tenderness over the greater "
         "trochanters or lumbar midline. Thigh thrust + R, compression + R, distraction + R, FABER + R. "
         "Gaenslen not tested (pt unable to get to table edge comfortably). Strength 5/5 BLE, reflexes 2+, "
         "SLR neg.", size=9.5)
    d3.B("A/P", size=9.5)
    d3.T("R SIJ dysfunction. Continue PT. XR pelvis/SIJ/R hip already done 06/2025 (ordered by rheum) - will "
         "obtain report. Order CT SI joints and MRI L-spine. Refer Swannanoa Valley Pain for fluoro-guided "
         "diagnostic R SIJ injections x2. RTC after injections.", size=9.5)
    d3.T("W. Pittman MD (e-signed 07/08/2025)", size=8.5, style="I")

    d3.add_page()
    d3.fax("fine")
    d3.B("FOLLOW-UP   11/18/2025", size=10.5)
    d3.T("S: Returns after 2 R SIJ injections (08/21, 10/02) - strong relief the day of each, steroid effect 2-3 "
         "wks. Finished PT 07/22/2025. He was given a home exercise program at PT discharge but says he stopped "
         "the home exercises after about 2 weeks because he was too busy with his work schedule. Continues "
         "meloxicam daily + heat. Fibromyalgia symptoms 'about the same' on duloxetine - widespread aching, worse "
         "with weather. R buttock pain 7/10 today, same location, no leg pain.", size=9.5)
    d3.T("O: R SIJ TTP. Thigh thrust + R. FABER + R. Distraction + R. Neuro intact.", size=9.5)
    d3.T("Imaging reviewed: CT SIJ 07/2025 - mild R SIJ DJD; XR R hip - no significant OA; MRI L-spine - no "
         "compression.", size=9.5)
    d3.T("A/P: R SIJ pain, 2 positive blocks. Discussed percutaneous R SIJ fusion. Encouraged to restart HEP. "
         "Will submit for authorization.", size=9.5)
    d3.T("W. Pittman MD (e-signed 11/18/2025)", size=8.5, style="I")

    # 04 PT notes (faxed standard) ------------------------------------------------------------------
    d4 = Doc("pt", font="Helvetica", created=(2025, 11, 20),
             header=hdr_letterhead("RIVERBEND PHYSICAL THERAPY",
                                   ["22 Riverside Dr, Asheville NC 28801   ph 828-555-0344   fax 828-555-0345"],
                                   pt_line=f"HENSLEY, ROBERT    DOB {DOB}    Acct RB-30087", size=12),
             footer=ftr_line("Riverbend PT - records release", page_fmt="Page {p} of {nb}", size=8))
    d4.add_page()
    d4.fax("standard")
    d4.B("INITIAL EVALUATION - 05/13/2025", size=11)
    d4.T("Referral: Karen Lowe, PA-C.  Dx: M53.3, M54.59.", size=10)
    d4.T("S: R buttock/SIJ pain x 3 yrs, NRS 7/10 now, 4/10 best, 9/10 worst. No LE sx. Hx fibromyalgia. "
         "Goals: return to full work duties w/o pain.", size=10)
    d4.T("O: TTP R SIJ. + thigh thrust R, + FABER R. Glute med 4-/5 R. Lumbar AROM WFL, pain w/ ext. ODI 46%.", size=10)
    d4.T("A: R SIJ dysfunction w/ lumbopelvic weakness. Good rehab potential.", size=10)
    d4.T("P: 2x/wk x 8 wks: ther ex, NM re-ed, manual tx, HEP.", size=10)
    d4.T("- Marcus Feld, PT, DPT", size=9, style="I")
    d4.gap(3)
    d4.B("VISIT LOG", size=11)
    d4.TB([["Date", "Visit", "Note"],
           ["05/13/2025", "1", "Eval"], ["05/15/2025", "2", ""], ["05/20/2025", "3", ""],
           ["05/27/2025", "4", "cx - work"], ["05/29/2025", "5", ""], ["06/03/2025", "6", ""],
           ["06/10/2025", "7", ""], ["06/17/2025", "8", "cx - work"], ["06/24/2025", "9", ""],
           ["07/01/2025", "10", ""], ["07/08/2025", "11", ""], ["07/15/2025", "12", "cx - work"],
           ["07/22/2025", "13", "D/C"]],
          widths=(30, 16, 60), size=10, borders="HORIZONTAL_LINES", lh=5.2)

    d4.add_page()
    d4.fax("standard")
    d4.B("DISCHARGE SUMMARY - 07/22/2025", size=11)
    d4.KV([("Start of care:", "05/13/2025"), ("Discharge:", "07/22/2025"),
           ("Visits:", "10 attended, 3 cancelled (work)")], kw=32, size=10)
    d4.T("Pt showed mild improvement in R hip strength (glute med 4/5) and ODI 40% but continues w/ R SIJ pain "
         "NRS 6/10. Pt requesting d/c from formal PT due to work schedual. Independent with HEP. 6-week HEP "
         "issued: bridges, side-lying hip abduction, bird dog, dead bug, walking. Follow up with MD.", size=10)
    d4.T("- Marcus Feld, PT, DPT   07/22/2025", size=9, style="I")

    # 05 procedure log (text) -------------------------------------------------------------------
    sv = ["Miriam Goldfarb, MD  -  Interventional Pain  -  1 Kerr St, Black Mountain NC 28711  -  828.555.0380"]
    d5 = Doc("svp", font="Helvetica", created=(2025, 11, 14),
             header=hdr_letterhead("Swannanoa Valley Pain & Procedure Center", sv,
                                   pt_line=f"HENSLEY, ROBERT J  |  DOB {DOB}  |  Acct SVP-55902  |  Ref: W. Pittman MD",
                                   size=11),
             footer=ftr_line("SVPPC procedure record", page_fmt="Page {p} of {nb}"))
    d5.add_page()
    d5.B("PROCEDURE LOG - R SACROILIAC JOINT", size=10.5)
    for (num, dos, contrast, inj, pre, fl, diary, rn) in [
        ("1", "08/21/2025", "Omnipaque 240, 1 mL - contrast outlines the R SI joint, no vascular uptake",
         "0.5% bupivacaine 2 mL + triamcinolone 40 mg", "72", "20.2 sec",
         [["Pre", "30 min", "1 h", "2 h", "3 h", "4 h", "6 h", "8 h", "next day"],
          ["72", "8", "10", "12", "15", "22", "40", "60", "55"]], "K. Dillard RN"),
        ("2", "10/02/2025", "Omnipaque 240, 0.8 mL - intra-articular spread confirmed, no vascular uptake",
         "0.5% bupivacaine 1.5 mL + methylprednisolone 40 mg", "70", "17.5 sec",
         [["Pre", "30 min", "1 h", "2 h", "3 h", "4 h", "6 h", "8 h", "next day"],
          ["70", "10", "12", "18", "25", "30", "48", "62", "58"]], "K. Dillard RN")]:
        d5.B(f"Procedure #{num} of 2   -   DOS {dos}   -   R SI joint intra-articular injection, fluoroscopic guidance",
             size=9)
        d5.TB([["Pre-procedure (RN)", "Value"],
               ["VAS (mm)", pre], ["BP / HR", "136/84 / 78" if num == "1" else "130/82 / 74"],
               ["Anticoagulant", "none"], ["Allergies", "morphine (itching); no contrast allergy"],
               ["Driver", "yes - wife"]], widths=(45, 75), size=8, borders="MINIMAL")
        d5.KV([("Contrast:", contrast), ("Injectate:", inj), ("Fluoro time:", fl + "     Complications: none"),
               ("Nursing:", f"{rn}; d/c ambulatory, ice to site prn, diary given")], kw=24, size=8.5)
        d5.B(f"Pain diary #{num} (VAS mm)", size=8.5)
        d5.TB(diary, widths=(19,) * 9, size=8, align="CENTER")
        d5.gap(2)

    d5.add_page()
    d5.B("FOLLOW-UP CALLS", size=10.5)
    d5.TB([["Date", "Note"],
           ["08/22/2025", "Pt reports pain 'nearly gone' for about 5 hours after #1, back by bedtime. No fever."],
           ["09/11/2025", "3 wk: steroid helped ~2 weeks, now pain returning, 6-7/10."],
           ["10/03/2025", "After #2: good relief through the afternoon (approx 4-5 h)."],
           ["10/23/2025", "3 wk: relief from steroid about 2.5 weeks then back to baseline. "
                          "Pt to f/u with Dr. Pittman re: surgical options."]],
          widths=(24, 150), size=8.5, borders="HORIZONTAL_LINES")
    d5.T("Interpretation (M. Goldfarb MD): Two concordant image-guided, contrast-enhanced R SIJ blocks with >= 70% "
         "relief through at least 3 h (bupivacaine). Therapeutic steroid benefit transient x2.", size=8.5)

    # 06 radiology --------------------------------------------------------------------------------------
    prm = ["DEPARTMENT OF DIAGNOSTIC IMAGING", "509 Biltmore Ave, Asheville NC 28801   (828) 555-0400"]
    d6 = Doc("rad", font="Courier", created=(2025, 11, 14),
             header=hdr_ris("PISGAH REGIONAL MEDICAL CENTER", prm,
                            [f"PATIENT: HENSLEY, ROBERT J    MRN: PR-02291845   DOB: {DOB}  M",
                             "ORDERED BY: REESE, JONATHAN MD / PITTMAN, WADE T MD"]),
             footer=ftr_line("PRMC RADIOLOGY - FINAL - REPRINT 11/14/2025", font="Courier", size=7,
                             page_fmt="PAGE {p} OF {nb}"))
    R = lambda s, **k: d6.T(s, size=8.5, **k)
    d6.add_page()
    R("DATE OF EXAM: 06/19/2025     ACC: 25061907731-33")
    R("EXAMS: (1) XR PELVIS AP   (2) XR SI JOINTS 3 VIEWS   (3) XR HIP RIGHT 2 VIEWS")
    R("HISTORY: Fibromyalgia, R buttock pain. Eval SI joints for sacroiliitis.")
    R("COMPARISON: None.")
    R("RESULTS BY STUDY:")
    R("(1) PELVIS: No fracture or focal osseous lesion.\n"
      "(2) SI JOINTS: Mild R SI joint narrowing with subchondral sclerosis. No erosions. L normal.\n"
      "(3) RIGHT HIP: Normal joint space. No osteophytes. No fracture.", indent=2)
    R("IMPRESSION: Mild right SI joint degenerative change. No radiographic sacroiliitis. Normal right hip.")
    R("SIGNED: HELEN O. MARSH, MD   06/19/2025 14:02")
    d6.gap(2)
    R("=" * 86)
    R("DATE OF EXAM: 07/24/2025     ACC: 25072408815")
    R("EXAM: CT SACROILIAC JOINTS WITHOUT CONTRAST")
    R("HISTORY: R SIJ pain.")
    R("COMPARISON: Radiographs 06/19/2025.")
    R("FINDINGS: Right SI joint: mild joint space narrowing, subchondral sclerosis and small osteophytes along "
      "the anterior joint margin. No erosions or ankylosis. Left SI joint normal. No fracture. No lytic or "
      "blastic lesion. Visualized hips unremarkable.")
    R("IMPRESSION:\n 1. Mild right SI joint osteoarthritis.\n 2. No erosive sacroiliitis or destructive lesion.")
    R("SIGNED: HELEN O. MARSH, MD   07/24/2025 16:30")

    d6.add_page()
    R("DATE OF EXAM: 07/24/2025     ACC: 25072408816")
    R("EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST")
    R("HISTORY: Low back/R buttock pain.")
    R("COMPARISON: None.")
    R("FINDINGS:")
    R("L1-L4: No significant abnormality.\n"
      "L4-L5: Mild disc bulge, mild facet arthropathy. No canal or foraminal stenosis.\n"
      "L5-S1: Mild disc desiccation with small right paracentral annular fissure. No disc herniation. The "
      "traversing and exiting nerve roots are free. Foramina patent.\n"
      "No marrow signal abnormality. Conus normal.", indent=2)
    R("IMPRESSION: Mild lower lumbar degenerative disc disease. No spinal stenosis or neural compression.")
    R("SIGNED: RAFAEL A. QUINTERO, MD   07/25/2025 08:12")

    fax_from = lambda name: (lambda n, tot: f"12/09/2025  10:03  FBSS MAIN  (828)555-0301  ->  18665550109   "
                                           f"PAGE {n:02d} OF {tot:02d}") if name.startswith("03") else \
        (lambda n, tot: f"11/20/2025 16:55 FROM: 828-555-0345 RIVERBEND PT     TO: 8285550301   P. {n:03d}/{tot:03d}")
    files = [("01_pa_request_form.pdf", [d1]), ("02_letter_medical_necessity.pdf", [d2]),
             ("03_spine_clinic_notes.pdf", [d3]), ("04_riverbend_pt.pdf", [d4]),
             ("05_swannanoa_procedure_log.pdf", [d5]), ("06_pisgah_radiology.pdf", [d6])]
    labels = dict(procedure="percutaneous", request_date="2025-12-09", notes=(
        "CPT 27279 appears only in the LMN (form says 'per LMN'). Fibromyalgia is an active problem (on duloxetine). "
        "PT 05/13-07/22/2025 only; HEP dropped after ~2 wk for work schedule (noncompliance). The LMN's "
        "'more than six months' is a summary contradicted by the PT record."),
        criteria={
        "perc.pain_location": C("met", "Pain is over the R posterior SI joint, below the belt line",
                                "It does not radiate down the leg."),
        "perc.pain_severity": C("met", "R buttock pain 7/10 today, same location, no leg pain"),
        "perc.sij_tenderness": C("met", "R SIJ tender to palpation.",
                                 "No tenderness over the greater trochanters or lumbar midline"),
        "perc.active_conservative_therapy": C("not_met", "Start of care: 05/13/2025", "DISCHARGE SUMMARY - 07/22/2025",
                                              "stopped the home exercises after about 2 weeks"),
        "perc.inactive_conservative_therapy": C("met", "Meloxicam 15 mg daily since 03/2024",
                                                "Continues meloxicam daily + heat"),
        "perc.thigh_thrust_or_compression": C("met", "Thigh thrust + R, compression + R"),
        "perc.two_provocative_tests": C("met", "distraction + R, FABER + R"),
        "perc.diagnostic_injections": C("met", "contrast outlines the R SI joint, no vascular uptake",
                                        "pain 'nearly gone' for about 5 hours after #1",
                                        "good relief through the afternoon (approx 4-5 h)"),
        "perc.generalized_pain_excluded": C("not_met", "Fibromyalgia (M79.7) - dx 2018",
                                            "on duloxetine 60 mg daily"),
        "perc.sij_imaging": C("met", "No erosive sacroiliitis or destructive lesion.",
                              "No radiographic sacroiliitis"),
        "perc.hip_imaging": C("met", "RIGHT HIP: Normal joint space. No osteophytes."),
        "perc.lumbar_imaging": C("met", "No spinal stenosis or neural compression."),
        "perc.therapeutic_injections": C("met", "steroid helped ~2 weeks, now pain returning",
                                         "relief from steroid about 2.5 weeks then back to baseline"),
        "perc.excl.systemic_arthropathy": C("met", "No erosions or ankylosis."),
        "perc.excl.infection_tumor_fracture": C("met", "No fracture. No lytic or blastic lesion."),
        "perc.excl.acute_instability": C("met", "no specific injury"),
        "perc.excl.neural_compression": C("met", "No spinal stenosis or neural compression."),
    })
    return emit("b3c-05", files, labels, fax_from=fax_from, keep=keep)


# =========================================================================== b3c-06
def p06(keep):
    """Castillo - L SIJ. insufficient_documentation: only one image-guided SIJ injection done; the
    second was cancelled (influenza) and rescheduled after the request. Chiro ledger faxed (standard)."""
    DOB = "05/05/1975"
    co = ["Crabtree Orthopaedics & Spine", "4301 Lake Boone Trail, Suite 400, Raleigh, NC 27607",
          "Phone 919-555-0500 | Fax 919-555-0501"]

    # 01 fax cover -----------------------------------------------------------------------
    d1 = Doc("cover", font="Helvetica", created=(2026, 3, 9))
    d1.add_page()
    d1.set_font("Helvetica", "B", 12)
    d1.cell(0, 6, co[0].upper(), new_x=L, new_y=N)
    d1.set_font("Helvetica", "", 8.5)
    d1.cell(0, 4, co[1] + "  |  " + co[2], new_x=L, new_y=N)
    d1.gap(10)
    d1.set_font("Helvetica", "B", 20)
    d1.cell(0, 10, "FAX COVER SHEET", align="C", new_x=L, new_y=N)
    d1.gap(6)
    d1.TB([["TO", "CareSource NC - Medical Management"], ["FAX", "866-555-0109"],
           ["FROM", "Jordan Pike, Prior Auth Specialist"], ["DATE", "03/09/2026"],
           ["# PAGES", "10 including cover"],
           ["RE", "Castillo, Maribel A (DOB 05/05/1975) - SI joint fusion request, LEFT"]],
          widths=(30, 144), size=10, head=False, lh=7, borders="ALL")
    d1.gap(4)
    d1.T("Message:\nEnclosed: request form, clinic notes Dr. Han, PT discharge + chiropractic ledger, Wake "
         "Interventional Pain procedure log, imaging reports. Please note patient's 2nd SI joint block has been "
         "rescheduled for 03/26/2026 - we will forward that record when received. Thank you.", size=10)
    d1.gap(30)
    d1.T(CONF, size=7)

    # 02 request form ----------------------------------------------------------------------
    d2 = Doc("form", font="Helvetica", created=(2026, 3, 9),
             footer=ftr_line("Prior Authorization Request - CareSource NC Marketplace", page_fmt="Page {p} of {nb}"))
    d2.add_page()
    d2.set_font("Helvetica", "B", 12)
    d2.cell(0, 6, "PRIOR AUTHORIZATION REQUEST - OUTPATIENT PROCEDURE", align="C", new_x=L, new_y=N)
    d2.gap(3)
    d2.TB([["Field", "Entry"],
           ["Date", "03/09/2026"],
           ["Member name / DOB", "Maribel A. Castillo  /  05/05/1975"],
           ["Member ID", "1049922831"],
           ["Requesting physician", "Rebecca L. Han, MD (Orthopaedic Surgery)  NPI 1932107746"],
           ["Practice / TIN", "Crabtree Orthopaedics & Spine  /  56-4419820"],
           ["Facility", "Capital Community Hospital Day Surgery, Raleigh NC"],
           ["Procedure", "CPT 27279 - Left SI joint fusion, minimally invasive, with image guidance and transfixing device"],
           ["Diagnosis", "M53.3 Sacrococcygeal disorders NEC; M54.50 Low back pain"],
           ["Expected date", "04/2026"],
           ["Clinical rationale", "L SIJ pain > 18 mo; PT + chiro; NSAID; + provocation tests; positive fluoro-guided "
                                  "L SIJ block 12/04/2025"]],
          widths=(46, 128), size=9, lh=5)
    d2.gap(6)
    d2.T("Physician signature: R. Han, MD (electronic)          Contact: Jordan Pike 919-555-0500 x 261", size=9)

    # 03 office notes ------------------------------------------------------------------------
    pl = f"CASTILLO, MARIBEL A   DOB {DOB}   MRN CO-889104   Attending: Rebecca L. Han, MD"
    d3 = Doc("notes", font="Helvetica", created=(2026, 3, 9),
             header=hdr_letterhead(co[0], co[1:], pt_line=pl, size=11, align="L"),
             footer=ftr_line("CASTILLO, MARIBEL A  05/05/1975  -  Printed 03/09/2026 11:02 AM  -  CONFIDENTIAL",
                             page_fmt="Page {p} of {nb}"))
    d3.add_page()
    d3.B("Office Visit  06/17/2025  -  New patient (spine)", size=10)
    d3.T("CHIEF COMPLAINT: Left low back / buttock pain x 18 months.", size=9)
    d3.T("HISTORY OF PRESENT ILLNESS: 50 yo F, hair stylist, w/ L buttock pain since ~01/2024, began after "
         "a long road trip, no fall or injury. Pain sits over the L PSIS / SI joint and upper buttock; pt draws a "
         "small circle below the waistband. Non-radiating - denies pain into the thigh, leg or foot, no "
         "paresthesias. Aggravated by standing at work > 2 h, stairs, lying on L side. NRS 7/10 today. In PT at "
         "Lake Boone PT since 04/15/2025. Naproxen 500 mg BID since 01/2025 (PCP), ice/heat, has a TENS unit at "
         "home 'sometimes'.", size=9)
    d3.T("PMH: hypothyroidism, anxiety, prediabetes. No hx fibromyalgia or chronic widespread pain.\n"
         "PSH: lap band 2014 (removed 2019), BTL.\nMeds: naproxen 500 mg BID, levothyroxine 100 mcg, "
         "escitalopram 10 mg.\nAllergies: iodine shellfish?? - pt reports 'itching with shrimp'; tolerated "
         "contrast CT 2019 without reaction.\nFamily hx: sister w/ lupus. Social: never smoker, no EtOH.", size=9)
    d3.T("ROS: neg for fevers, wt loss, bowel/bladder change, rash, eye inflammation, morning stiffness.", size=9)
    d3.T("EXAM: BMI 27. Gait normal. Focal TTP over the L posterior SI joint line. No tenderness of the L "
         "greater trochanter, lumbar spinous processes, paraspinals or coccyx. Provocation (L): thigh thrust +, "
         "compression neg, distraction +, FABER +, Gaenslen not performed (pt could not position). "
         "Neuro: 5/5, reflexes 2+ symmetric, SLR neg bilaterally.", size=9)
    d3.T("ASSESSMENT: L SI joint dysfunction (M53.3).\n"
         "PLAN: XR pelvis/SIJ + L hip, MRI SIJ and MRI L-spine. Continue PT. Refer Wake Interventional Pain "
         "(Dr. Haddad) for image-guided diagnostic L SIJ injections - need 2 separate blocks if considering "
         "fusion. RTC after imaging.", size=9)
    d3.T("Rebecca L. Han, MD  (signed 06/17/2025)", size=8, style="I")

    d3.add_page()
    d3.B("Office Visit  10/14/2025  -  Follow-up", size=10)
    d3.T("S: Imaging done (see below). PT ended 07/18/2025 - insurance visit limit reached; she then started "
         "chiropractic care with rehab exercises at Oak City Chiropractic 08/04/2025, going weekly. Still on "
         "naproxen BID. NRS 6/10. Has not yet had injection - WIPA first available 12/04/2025.", size=9)
    d3.T("O: Unchanged. L SIJ TTP, thigh thrust + L, FABER + L, distraction + L.", size=9)
    d3.T("IMAGING REVIEWED: XR pelvis/SIJ/L hip 06/26/2025 - mild SIJ DJD, mild L hip narrowing. MRI SIJ "
         "07/09/2025 - no sacroiliitis. MRI L-spine 07/09/2025 - mild DDD, no stenosis/compression.", size=9)
    d3.T("A/P: L SIJ dysfunction. Keep 12/04 injection appt. Continue chiro + HEP, naproxen. RTC after blocks.", size=9)
    d3.T("Rebecca L. Han, MD  (signed 10/14/2025)", size=8, style="I")
    d3.gap(3)
    d3.B("Office Visit  02/24/2026  -  Follow-up", size=10)
    d3.T("S: Had L SIJ injection 12/04/2025 with Dr. Haddad - 'felt amazing' that afternoon, steroid helped "
         "for ~5-6 weeks and pain is now creeping back. 2nd block was scheduled 01/22/2026 but cancelled - she had "
         "influenza A that week; rescheduled by WIPA for 03/26/2026. Chiropractic finished 11/24/2025. Continues "
         "HEP and naproxen 500 mg BID. Pain NRS 5-6/10 today over L SIJ.", size=9)
    d3.T("O: TTP L SIJ. Thigh thrust + L. FABER + L. No trochanteric tenderness. Neuro intact.", size=9)
    d3.T("A/P: L SIJ dysfunction. Pt eager to get on OR schedule for spring - will submit PA now and forward "
         "the 03/26 block result. If the 2nd block gives >= 50% relief, proceed with L MIS SIJ fusion; if not, "
         "will reconsider diagnosis.", size=9)
    d3.T("Rebecca L. Han, MD  (signed 02/24/2026)", size=8, style="I")

    # 04 therapy records: PT discharge (text) + chiro ledger (fax standard) --------------------------
    d4 = Doc("pt", font="Helvetica", created=(2025, 7, 18),
             header=hdr_letterhead("LAKE BOONE PHYSICAL THERAPY", ["3100 Duraleigh Rd, Raleigh NC 27612  |  919-555-0540"],
                                   pt_line=f"Patient: Castillo, Maribel   DOB: {DOB}   Acct: LBPT-21877", size=11),
             footer=ftr_line("Lake Boone PT - Discharge Summary", page_fmt="Page {p} of {nb}"))
    d4.add_page()
    d4.B("DISCHARGE SUMMARY", size=11)
    d4.KV([("Dates of care:", "04/15/2025 to 07/18/2025"), ("Visits:", "30 (annual PT benefit limit reached)"),
           ("Diagnosis:", "M53.3 L SIJ dysfunction"), ("Referring:", "Peter Ngata, MD (PCP)")], kw=30, size=9.5)
    d4.T("Treatment: lumbopelvic stabilization, glute strengthening progression, manual therapy/MET to L SIJ, "
         "dry needling x3 (L glute med), HEP.\n"
         "Status at d/c: NRS 6/10 (from 7/10). ODI 34% (from 42%). Still limited standing > 2 h.\n"
         "Reason for discharge: insurance visit limit reached. Pt would benefit from continued skilled PT; "
         "recommended continuing HEP and discussing other active care options with MD.", size=9.5)
    d4.T("Nicole Baptiste, PT, DPT   07/18/2025", size=8.5, style="I")

    d4b = Doc("chiro", font="Courier", created=(2025, 12, 1),
              footer=ftr_line("OAK CITY CHIROPRACTIC & REHAB - LEDGER", font="Courier", size=8, page_fmt="PG {p}"))
    d4b.add_page()
    d4b.fax("standard")
    d4b.set_font("Courier", "B", 12)
    d4b.cell(0, 6, "OAK CITY CHIROPRACTIC & REHAB", align="C", new_x=L, new_y=N)
    d4b.set_font("Courier", "", 9.5)
    d4b.cell(0, 5, "Dr. Samira Nwosu, DC  -  1530 Glenwood Ave, Raleigh NC 27608  -  919-555-0577", align="C",
             new_x=L, new_y=N)
    d4b.gap(3)
    d4b.T(f"PATIENT: CASTILLO, MARIBEL    DOB: {DOB}    ACCT 3318", size=10)
    d4b.T("DX: M53.3  M99.04 (segmental dysfunction, sacral)", size=10)
    d4b.T("POC: CMT + active rehab (97110/97530) 1x/wk; HEP progressions", size=10)
    d4b.gap(1)
    d4b.TB([["DATE", "SERVICES", "NOTES"],
            ["08/04/2025", "99203 98940 97110", "Initial exam. Pain 6/10 L SIJ"],
            ["08/11/2025", "98940 97110", ""], ["08/18/2025", "98940 97530", ""],
            ["08/25/2025", "98940 97110", ""], ["09/08/2025", "98940 97110", "flare after long shift"],
            ["09/15/2025", "98940 97110", ""], ["09/22/2025", "98940 97530", ""],
            ["10/06/2025", "98940 97110", "re-exam ODI 32%"], ["10/20/2025", "98940 97110", ""],
            ["11/03/2025", "98940 97110", ""], ["11/10/2025", "98940 97530", ""],
            ["11/24/2025", "98940 97110", "Max benefit. Release to HEP."]],
           widths=(32, 50, 92), size=10, borders="NONE", font="Courier", lh=5.4)
    d4b.T("TOTAL VISITS 12     FIRST 08/04/2025     LAST 11/24/2025", size=10)

    # 05 procedure log -------------------------------------------------------------------------
    wi = ["Omar Haddad, MD  -  3024 New Bern Ave, Suite 202, Raleigh NC 27610  -  T 919.555.0560  F 919.555.0561"]
    d5 = Doc("wipa", font="Helvetica", created=(2026, 2, 19),
             header=hdr_letterhead("WAKE INTERVENTIONAL PAIN ASSOCIATES", wi,
                                   pt_line=f"Patient: CASTILLO, MARIBEL A   DOB {DOB}   MRN WIPA-40377", size=11,
                                   title="Procedure Log - Sacroiliac Joint"),
             footer=ftr_line("WIPA - printed 02/19/2026 for Crabtree Ortho", page_fmt="Page {p} of {nb}"))
    d5.add_page()
    d5.TB([["#", "Scheduled", "Status", "Procedure", "Notes"],
           ["1", "12/04/2025", "DONE", "L SIJ injection, fluoro, contrast", "see below"],
           ["2", "01/22/2026", "CANCELLED", "L SIJ injection (confirmatory block)", "pt called 01/21 - influenza A, febrile"],
           ["2", "03/26/2026", "SCHEDULED", "L SIJ injection (confirmatory block)", "rescheduled 01/21/2026"]],
          widths=(8, 24, 26, 62, 54), size=8.5, fill_head=True)
    d5.B("Procedure #1  -  12/04/2025  -  LEFT sacroiliac joint injection", size=9.5)
    d5.TB([["Nursing pre", "Time", "BP", "HR", "SpO2", "VAS (mm)", "Site"],
           ["", "1015", "124/78", "72", "99%", "62", "L buttock / PSIS"]],
          widths=(24, 14, 20, 12, 14, 18, 40), size=8, borders="HORIZONTAL_LINES")
    d5.T("Allergy check: shellfish (itching) - not a contrast contraindication, pt tolerated contrast 2019. "
         "Premedication not required per Dr. Haddad.", size=8.5)
    d5.T("Technique: Prone. Sterile prep. Skin local 1% lidocaine. Under fluoroscopic guidance a 22g 3.5 in "
         "needle was placed into the inferior L SI joint. Omnipaque 240 0.5 mL injected showing intra-articular "
         "spread with capsular outline, no vascular uptake. Injected 0.5% bupivacaine 1.5 mL + triamcinolone "
         "40 mg. Fluoro time 16 sec. No complications.", size=8.5)
    d5.TB([["Nursing post", "Time", "BP", "HR", "VAS (mm)", "Comment"],
           ["", "1050", "120/76", "70", "6", "walking/stairs w/o pain"]],
          widths=(24, 14, 20, 12, 18, 66), size=8, borders="HORIZONTAL_LINES")
    d5.B("Pain diary #1 (VAS 0-100 mm, patient completed)", size=9)
    d5.TB([["Time", "VAS", "% relief"],
           ["pre", "62", "-"], ["30 min", "6", "90"], ["1 h", "8", "87"], ["2 h", "10", "84"],
           ["3 h", "12", "81"], ["4 h", "18", "71"], ["6 h", "30", "52"], ["8 h", "42", "32"],
           ["Day 2", "35", "44"], ["Day 7", "20", "68"], ["Day 14", "15", "76"]],
          widths=(24, 18, 20), size=8, borders="ALL", align="CENTER")

    d5.add_page()
    d5.B("Follow-up calls", size=10)
    d5.TB([["Date", "Staff", "Note"],
           ["12/05/2025", "L. Gore RN", "Pain 'almost gone' most of the afternoon/evening. Site sore - ice 20 min. No fever."],
           ["12/18/2025", "L. Gore RN", "2 wk: ~75% better, sleeping through night."],
           ["01/15/2026", "L. Gore RN", "6 wk: pain creeping back, VAS ~45. Confirms #2 on 01/22."],
           ["01/21/2026", "front desk", "Pt called to cancel #2 - influenza A, fever 101. Rescheduled 03/26/2026 "
                                        "(first available)."],
           ["02/19/2026", "L. Gore RN", "Records (this log) faxed to Crabtree Ortho per request."]],
          widths=(22, 22, 130), size=8.5, borders="HORIZONTAL_LINES")
    d5.T("MD note (O. Haddad, 12/19/2025): Block #1 concordant - > 80% relief through 4 h with bupivacaine. "
         "A second confirmatory block on a separate date is required before SIJ fusion is considered.", size=8.5)

    # 06 imaging ----------------------------------------------------------------------------------------
    cch = ["CAPITAL COMMUNITY HOSPITAL - RADIOLOGY", "3400 Wake Forest Rd, Raleigh NC 27609  |  919-555-0600"]
    d6 = Doc("rad", font="Courier", created=(2026, 2, 20),
             header=hdr_ris("CAPITAL COMMUNITY HOSPITAL", cch,
                            [f"PT: CASTILLO, MARIBEL A     MRN: CCH-1190432    DOB: {DOB}  F",
                             "REF: HAN, REBECCA L MD"]),
             footer=ftr_line("Printed from RIS 02/20/2026 - includes outside study summary", font="Courier", size=7,
                             page_fmt="PAGE {p} OF {nb}"))
    R = lambda s, **k: d6.T(s, size=8.5, **k)
    d6.add_page()
    R("EXAM DATE: 06/26/2025          ACC: CCH25-XR-66120 / 66121 / 66122")
    R("EXAMS: XR PELVIS 1 VIEW; XR SI JOINTS 3 VIEWS; XR HIP LEFT 2 VIEWS")
    R("HISTORY: L SIJ pain.")
    R("COMPARISON: None.")
    R("FINDINGS:")
    R("Pelvis: no fracture, no focal lytic or sclerotic lesion.\n"
      "SI joints: mild subchondral sclerosis and narrowing of the inferior left SI joint; no erosions or "
      "ankylosis. Right SI joint within normal limits.\n"
      "Left hip: mild superior joint space narrowing. No osteophytes of significance. No fracture.", indent=2)
    R("IMPRESSION:")
    R("1. Mild degenerative change of the left SI joint; no erosive sacroiliitis.\n"
      "2. Mild left hip joint space narrowing (mild osteoarthritis).", indent=2)
    R("SIGNED: GEORGE ALVARADO, MD   06/26/2025 13:44")
    d6.gap(3)
    R("=" * 86)
    R("OUTSIDE STUDY REPORTS - SIX FORKS IMAGING (scanned into record 07/10/2025)")
    R("-" * 86)
    R("07/09/2025  MRI PELVIS/SI JOINTS W/O  - Mild L SIJ degenerative change. No marrow edema, erosions,\n"
      "            fracture or marrow replacing lesion. No inflammatory sacroiliitis.   (R. Iyer MD)")
    R("07/09/2025  MRI LUMBAR SPINE W/O      - Mild L4-5 and L5-S1 disc degeneration. Mild L foraminal\n"
      "            narrowing L5-S1 without nerve root impingement. No central stenosis.  (R. Iyer MD)")

    d6.add_page()
    R("SIX FORKS IMAGING  -  8300 Health Park, Raleigh NC  -  full report")
    R("EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST      DATE: 07/09/2025")
    R("HISTORY: L buttock pain. r/o radiculopathy (none clinically).")
    R("TECHNIQUE: Sagittal T1, T2, STIR; axial T2. 1.5T.")
    R("FINDINGS:")
    R("Alignment and vertebral heights normal. No marrow lesion.\n"
      "L3-L4: normal.\n"
      "L4-L5: mild disc desiccation and bulge. No canal stenosis. Foramina patent.\n"
      "L5-S1: mild disc height loss with small left foraminal disc bulge causing mild left foraminal narrowing. "
      "The exiting left L5 nerve root is not impinged. No central or lateral recess stenosis.", indent=2)
    R("IMPRESSION:")
    R("1. Mild lower lumbar degenerative disc disease.\n"
      "2. Mild left L5-S1 foraminal narrowing without nerve root impingement.\n"
      "3. No central canal stenosis or neural compression.", indent=2)
    R("Signed: Rohan Iyer, MD  07/09/2025 19:21")
    d6.gap(3)
    R("EXAM: MRI PELVIS (SI JOINTS) WITHOUT CONTRAST      DATE: 07/09/2025")
    R("FINDINGS: Left SI joint: mild joint space narrowing with thin subchondral sclerosis, no periarticular "
      "bone marrow edema, no erosions, no fat metaplasia. Right SI joint normal. No fracture. No marrow "
      "replacing lesion. No fluid collection.")
    R("IMPRESSION: Mild left SI joint degenerative change. No MRI evidence of inflammatory sacroiliitis, "
      "infection or tumor.")
    R("Signed: Rohan Iyer, MD  07/09/2025 19:30")

    fax_from = lambda name: (lambda n, tot: f"Dec 01 2025 08:12am   OAK CITY CHIRO   9195550578   "
                                           f"p.{n}")
    files = [("01_fax_cover.pdf", [d1]), ("02_pa_request_form.pdf", [d2]), ("03_office_notes_han.pdf", [d3]),
             ("04_pt_and_chiropractic.pdf", [d4, d4b]), ("05_wipa_procedure_log.pdf", [d5]),
             ("06_imaging_reports.pdf", [d6])]
    labels = dict(procedure="percutaneous", request_date="2026-03-10", notes=(
        "Request date from packet.json (form dated 03/09/2026). Only one SIJ injection performed (12/04/2025); "
        "block #2 cancelled (influenza) and rescheduled 03/26/2026, after the request. Sister's lupus is family "
        "history. PT stopped at insurance visit limit but chiropractic continued the active care."),
        criteria={
        "perc.pain_location": C("met", "Pain sits over the L PSIS / SI joint and upper buttock",
                                "Non-radiating - denies pain into the thigh, leg or foot"),
        "perc.pain_severity": C("met", "Pain NRS 5-6/10 today over L SIJ"),
        "perc.sij_tenderness": C("met", "Focal TTP over the L posterior SI joint line",
                                 "No tenderness of the L greater trochanter, lumbar spinous processes"),
        "perc.active_conservative_therapy": C("met", "Dates of care: 04/15/2025 to 07/18/2025",
                                              "FIRST 08/04/2025     LAST 11/24/2025"),
        "perc.inactive_conservative_therapy": C("met", "Naproxen 500 mg BID since 01/2025 (PCP)",
                                                "HEP and naproxen 500 mg BID"),
        "perc.thigh_thrust_or_compression": C("met", "thigh thrust +, compression neg"),
        "perc.two_provocative_tests": C("met", "distraction +, FABER +"),
        "perc.diagnostic_injections": C("insufficient"),
        "perc.generalized_pain_excluded": C("met", "No hx fibromyalgia or chronic widespread pain."),
        "perc.sij_imaging": C("met", "Mild degenerative change of the left SI joint; no erosive sacroiliitis",
                              "No MRI evidence of inflammatory sacroiliitis, infection or tumor."),
        "perc.hip_imaging": C("met", "Mild left hip joint space narrowing (mild osteoarthritis)."),
        "perc.lumbar_imaging": C("met", "Mild left L5-S1 foraminal narrowing without nerve root impingement.",
                                 "No central canal stenosis or neural compression."),
        "perc.therapeutic_injections": C("insufficient"),
        "perc.excl.systemic_arthropathy": C("met", "neg for fevers, wt loss, bowel/bladder change, rash, eye inflammation"),
        "perc.excl.infection_tumor_fracture": C("met", "No MRI evidence of inflammatory sacroiliitis, infection or tumor."),
        "perc.excl.acute_instability": C("met", "no fall or injury"),
        "perc.excl.neural_compression": C("met", "No central canal stenosis or neural compression."),
    })
    return emit("b3c-06", files, labels,
                packet_json={"request_date": "2026-03-10", "procedure_codes": ["27279"], "member_id": "1049922831"},
                fax_from=fax_from, keep=keep)



PACKETS = [p01, p02, p03, p04, p05, p06]


def main(keep=None):
    for fn in PACKETS:
        counts = fn(keep)
        print(fn.__name__, counts, sum(counts.values()))


if __name__ == "__main__":
    main()
