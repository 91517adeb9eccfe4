#!/usr/bin/env python3
"""Deterministic generator + self-check for blind packets b7t-01..03 (writer T, set v7).
Run: .venv/bin/python make_packets.py
"""
import io, json, os, re, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa
import pdfplumber
from reportlab.platypus import PageBreak

OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


class Doc:
    """One document: text PDF bytes or a list of fax pages."""
    def __init__(self, kind, data, texts=None, dpis=None):
        self.kind, self.data, self.texts, self.dpis = kind, data, texts or [], dpis or []


def textdoc(flow_fn, footer):
    return Doc("text", build_text_pdf(flow_fn, footer))


def faxdoc(pages):
    """pages: list of dicts(items, banner, seed, mode, skew)."""
    imgs, texts, dpis = [], [], []
    for p in pages:
        im, dpi, txt = render_fax(p["items"], p["banner"], p["seed"], p.get("mode", "fine"), p.get("skew", 0.8),
                                  p.get("serif", True))
        imgs.append((im, dpi)); texts.append(txt); dpis.append(dpi)
    return Doc("fax", fax_pdf(imgs), texts, dpis)


def write_file(path, docs):
    """Merge docs into one PDF; return per-page info list [(kind, faxtext|None, dpi|None)]."""
    pdf = merge([d.data for d in docs])
    with open(path, "wb") as f:
        f.write(pdf)
    info = []
    for d in docs:
        n = len(PdfReader(io.BytesIO(d.data)).pages)
        for i in range(n):
            info.append((d.kind, d.texts[i] if d.kind == "fax" else None, d.dpis[i] if d.kind == "fax" else None))
    return info


def ftr(name, dob, extra=""):
    return lambda p, n: (f"{name}  |  DOB {dob}  {extra}".strip(), f"Page {p} of {n}")


def letterhead(l1, lines, style=("lh1", "lh2")):
    out = [P(l1, style[0])]
    for ln in lines:
        out.append(P(ln, style[1]))
    out.append(HR(1.2))
    return out


# =====================================================================================
# b7t-01  open SIJ arthrodesis (CPT 27280), single PDF, gold: does_not_meet_criteria
# =====================================================================================
def p01():
    NM, DOB = "PELLERIN, Marguerite A.", "09/14/1961"
    F = ftr(NM, DOB, "|  MRN PV-00837215")
    docs = []

    # p1 fax cover (electronic, text layer)
    def cover():
        return letterhead("Piedmont Valley University Health", [
            "Department of Neurological Surgery \u2013 Spine Service",
            "1400 Academy Row, Suite 5B, Hickory Grove, NC 28613  \u2022  Tel 828-555-0188  \u2022  Fax 828-555-0190"]) + [
            SP(10), P("<b>FACSIMILE TRANSMITTAL</b>", "reph"), SP(8),
            TBL([["To:", "CareSource North Carolina \u2013 Utilization Management / Prior Authorization"],
                 ["Fax:", "1-844-555-0132"],
                 ["From:", "Beth Ann Kowalczyk, RN \u2013 surgical scheduling, for Desmond K. Okafor, MD"],
                 ["Date:", "03/18/2026"],
                 ["Pages:", "12 (including cover)"],
                 ["Re:", "PRIOR AUTH \u2013 Pellerin, Marguerite A. (DOB 09/14/1961) \u2013 Member ID CSN-4471-20918"]],
                [1.1, 5.5], style="form", header=False, grid=False), SP(12),
            P("[X] Urgent &nbsp;&nbsp; [ ] For review &nbsp;&nbsp; [ ] Please comment &nbsp;&nbsp; [ ] Please reply", "form"), SP(10),
            P("Comments: Enclosed please find PA request for surgery with supporting records: consult letter, "
              "outside CT pelvis report with radiology addendum, MRI lumbar, EMG/NCS, second opinion letter and "
              "spine conference summary. Please call 828-555-0188 ext 4 with any questions or for peer to peer.", "form"),
            SP(160),
            P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
              "confidential under federal and state law. If you are not the intended recipient, any review, "
              "dissemination or copying is strictly prohibited. If you received this in error please notify the "
              "sender immediately by telephone and destroy all copies.", "tiny")]
    docs.append(textdoc(cover, lambda p, n: ("PVUH Neurosurgery fax cover", "")))

    # p2 PA request form
    def form():
        return [P("CareSource North Carolina \u2013 Marketplace", "formh"),
                P("PRIOR AUTHORIZATION REQUEST \u2013 OUTPATIENT / INPATIENT SURGICAL SERVICES", "formh"), SP(6),
                TBL([["Request date", "03/18/2026", "Review type", "[X] Standard  [ ] Expedited"],
                     ["Member name", "Marguerite A. Pellerin", "Member ID", "CSN-4471-20918"],
                     ["Date of birth", "09/14/1961", "Plan", "Marketplace Silver (NC)"],
                     ["Requesting provider", "Desmond K. Okafor, MD (Neurosurgery)", "NPI", "1487720391"],
                     ["Facility", "Piedmont Valley University Hospital", "Facility NPI", "1093847261"],
                     ["Contact", "Beth Ann Kowalczyk, RN", "Phone / Fax", "828-555-0188 / 828-555-0190"]],
                    [1.35, 2.15, 1.05, 2.15], style="form", header=False), SP(8),
                P("<b>SERVICES REQUESTED</b>", "form"),
                TBL([["CPT / HCPCS", "Description", "Units", "Side"],
                     ["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including "
                      "instrumentation, when performed", "1", "Right"]],
                    [1.0, 4.2, 0.6, 0.9], style="form"), SP(6),
                TBL([["ICD-10", "Description"],
                     ["M53.3", "Sacrococcygeal disorders, not elsewhere classified (sacroiliac joint)"],
                     ["M46.1", "Sacroiliitis, not elsewhere classified"],
                     ["Z98.1", "Arthrodesis status"]], [1.0, 5.7], style="form"), SP(6),
                TBL([["Setting", "[X] Inpatient   [ ] Outpatient hospital   [ ] ASC", "Planned DOS", "04/21/2026"],
                     ["Length of stay", "2 days", "Assistant surgeon", "Yes"]], [1.35, 2.9, 1.1, 1.35],
                    style="form", header=False), SP(8),
                P("<b>Clinical indication / diagnosis summary:</b>", "form"),
                P("Right degenerative SI joint disease / SI joint syndrome, refractory to PT, injections and "
                  "medication. Prior L4-S1 instrumented fusion (2019); open approach preferred by surgeon because of "
                  "existing S1 pedicle screws. See attached records.", "form"), SP(8),
                P("<b>Attachments:</b> [X] Office notes/letters [X] Imaging [X] Other: EMG/NCS, 2nd opinion, conference summary", "form"),
                SP(24),
                P("Provider signature: <i>D. Okafor MD (e-signed)</i> &nbsp;&nbsp;&nbsp; Date: 03/18/2026", "form"), SP(30),
                P("CareSource use only: Case # ____________ Received ____________ Reviewer ____________", "tiny")]
    docs.append(textdoc(form, lambda p, n: ("CS-NC-PA-SURG (rev. 07/2025)", f"Page {p} of {n}")))

    # p3-4 consultant letter
    def letter1():
        return letterhead("Piedmont Valley University Health", [
            "Department of Neurological Surgery \u2013 Spine Service",
            "Desmond K. Okafor, MD, FAANS \u2022 Associate Professor of Neurological Surgery",
            "1400 Academy Row, Suite 5B, Hickory Grove, NC 28613 \u2022 Tel 828-555-0188 \u2022 Fax 828-555-0190"]) + [
            P("February 12, 2026", "right"), SP(4),
            P("Lillian Haverford, MD<br/>Catawba Family Medicine<br/>77 Depot Street<br/>Newton, NC 28658"), SP(8),
            P("<b>RE: Marguerite A. PELLERIN &nbsp; DOB 09/14/1961 &nbsp; MRN PV-00837215</b>"),
            P("Clinic date: 02/12/2026 &nbsp;&nbsp; New patient consultation", "small"), SP(6),
            P("Dear Dr. Haverford,"), SP(4),
            P("Thank you for asking me to see Mrs. Pellerin, a pleasant 64 year old retired school librarian, whom I "
              "met in the spine clinic today regarding her right sided low back and buttock pain. She came "
              "accompanied by her husband."), SP(4),
            P("<b>History.</b> As you know she underwent an L4-S1 instrumented posterolateral fusion here in 2019 for "
              "degenerative spondylolisthesis with neurogenic claudication, and her leg symptoms resolved. Over "
              "roughly the last two years she has developed an increasingly troublesome ache in the right buttock, "
              "which she localizes with one finger to a point just medial and inferior to the right PSIS. It is "
              "worse with prolonged standing, climbing stairs, getting out of the car and turning over in bed. She "
              "rates it at 8/10 on a bad day and 6/10 today. She denies pain radiating down the leg, and has no "
              "numbness, tingling or weakness. Bladder and bowel function are normal."),
            SP(4),
            P("Importantly, there is no history of a fall or other pelvic trauma, and she has never sustained a pelvic "
              "ring fracture. No fevers, night sweats or weight loss; she has no history of cancer. No prior SI "
              "joint procedure of any kind on either side."), SP(4),
            P("Treatment to date has included a course of physical therapy in 2024 and again from September to "
              "November 2025, celecoxib 200 mg daily, heat, and two fluoroscopically guided right SI joint "
              "injections in 2025 (Dr. Pruitt, Pain Medicine) which helped for a few weeks each time."), SP(4),
            P("<b>PMH:</b> hypertension, hypothyroidism, osteopenia (DEXA 2024, T-score -1.8), GERD. "
              "<b>Meds:</b> amlodipine, levothyroxine, celecoxib, omeprazole, vitamin D. <b>Allergies:</b> codeine (nausea). "
              "<b>Social:</b> never smoker, occasional wine. <b>FHx:</b> mother with breast cancer; no family history of "
              "spondyloarthropathy."), SP(4),
            P("<b>Examination.</b> BMI 27. Gait is non-antalgic. Well-healed midline lumbar incision. Exquisite "
              "tenderness over the right sacral sulcus; the lumbar spine, greater trochanter and coccyx are "
              "non-tender. Thigh thrust positive on the right, FABER positive on the right, reproducing the buttock "
              "pain. Gaenslen's equivocal. Straight leg raise negative bilaterally. Power 5/5 throughout, reflexes "
              "symmetric, sensation intact. Hip range of motion is full and painless."), SP(4),
            P("<b>Investigations.</b> CT of the pelvis at Foothills Diagnostic Imaging on 01/22/2026 demonstrates "
              "advanced degenerative change of the right sacroiliac joint with subchondral sclerosis, vacuum "
              "phenomenon and anterior bridging osteophytes. The report also raised the question of a "
              "nondisplaced fracture of the right sacral ala. An MRI of the pelvis from June 2025 showed "
              "degenerative right SI joint changes only. MRI of the lumbar spine on 12/03/2025 shows a solid "
              "fusion at L4-S1 and no stenosis."), SP(4),
            P("<b>Impression.</b>"),
            P("1. Right sacroiliac joint syndrome secondary to degenerative sacroiliac joint disease, likely "
              "accelerated by her L4-S1 fusion.<br/>2. Status post L4-S1 instrumented fusion, solid.<br/>"
              "3. ?Nondisplaced right sacral alar fracture on CT \u2013 I will clarify this with the reporting radiologist."),
            SP(4),
            P("<b>Plan.</b> We talked at length about surgical options. I have recommended open right sacroiliac "
              "joint arthrodesis for her degenerative sacroiliac joint disease. I favour an open rather than a "
              "percutaneous technique because the S1 pedicle screws and their tulips sit close to the usual "
              "trajectory for transiliac implants, and an open exposure allows decortication and grafting under "
              "direct vision. To exclude a right L5 radiculopathy contributing to her symptoms I have requested "
              "nerve conduction studies and EMG. She has asked for a second opinion before committing to surgery, "
              "which I think is entirely sensible, and I have written to Dr. Rajiv Menon at Blue Ridge Orthopaedic "
              "&amp; Spine. I will also present her at our multidisciplinary spine conference."), SP(4),
            P("Thank you again for this kind referral. I will keep you informed."), SP(6),
            P("Yours sincerely,"), SP(18),
            P("Desmond K. Okafor, MD, FAANS<br/>Associate Professor, Department of Neurological Surgery"), SP(8),
            P("cc: Rajiv S. Menon, MD, Blue Ridge Orthopaedic &amp; Spine Associates; Ms. Marguerite Pellerin (patient)", "small"),
            P("DKO/tr &nbsp; D: 02/12/2026 16:20 &nbsp; T: 02/16/2026 09:02 &nbsp; Job 558120", "small"),
            P("<i>Dictated but not read. This letter was prepared with voice recognition software; occasional "
              "transcription errors may occur.</i>", "small")]
    docs.append(textdoc(letter1, F))

    # p5-6 outside CT report + addendum, faxed (fine)
    ban = "FROM: FOOTHILLS DIAG IMAGING 828 555 0147   TO: PVUH NEUROSURGERY 8285550190   01/27/2026 16:42   P. {}/2"
    hdr = [("t", "FOOTHILLS DIAGNOSTIC IMAGING, P.A.", 14, True, "c"),
           ("t", "220 Laurel Ridge Parkway, Morganton, NC 28655   Ph 828-555-0140   Fax 828-555-0147", 9.5, False, "c"),
           ("rule",),
           ("cols", ["PATIENT: PELLERIN, MARGUERITE A", "DOB: 09/14/1961"], [0, 900], 10.5),
           ("cols", ["MRN: FDI-448213", "ACC#: CT26-01-3377"], [0, 900], 10.5),
           ("cols", ["ORDERING: OKAFOR, DESMOND K MD", "DOS: 01/22/2026"], [0, 900], 10.5), ("rule",)]
    pg1 = hdr + [
        ("t", "EXAM: CT PELVIS WITHOUT CONTRAST (SACROILIAC JOINT PROTOCOL)", 11, True),
        ("t", "CLINICAL HISTORY: Right buttock pain. Prior L4-S1 fusion. Evaluate sacroiliac joints.", 11),
        ("t", "TECHNIQUE: Helical acquisition 1.25 mm with coronal oblique and sagittal reformats. DLP 412 mGy-cm.", 11),
        ("t", "COMPARISON: Outside MRI pelvis 06/10/2025 (report only).", 11), ("gap", 12),
        ("t", "FINDINGS:", 11, True),
        ("t", "Sacroiliac joints: Joint space narrowing with subchondral sclerosis and vacuum phenomenon at the right "
              "sacroiliac joint, with anterior bridging osteophytes. No erosions. No ankylosis. Left sacroiliac joint "
              "shows mild degenerative sclerosis only.", 11),
        ("t", "Osseous structures: Postoperative L4-S1 pedicle screw and rod construct, intact, without periscrew "
              "lucency. Solid-appearing posterolateral fusion mass. There is a subtle linear lucency in the right sacral "
              "ala paralleling the sacroiliac joint, which may represent a nondisplaced insufficiency fracture. No "
              "destructive osseous lesion. Mild bilateral hip joint space narrowing.", 11),
        ("t", "Soft tissues: Sigmoid diverticulosis without inflammatory change. No pelvic adenopathy. Bladder unremarkable.", 11),
        ("gap", 12), ("t", "IMPRESSION:", 11, True),
        ("t", "1. Moderate to advanced right sacroiliac joint degenerative arthropathy.", 11),
        ("t", "2. Subtle linear lucency right sacral ala, possible nondisplaced insufficiency fracture. MRI could be "
              "considered if clinically indicated.", 11),
        ("t", "3. Solid-appearing L4-S1 posterolateral fusion.", 11), ("gap", 24),
        ("t", "Electronically signed by: Thomas R. Wren, MD   01/22/2026 14:05", 10),
        ("t", "This report was generated using speech recognition. Please call with questions.", 9)]
    pg2 = hdr + [
        ("t", "ADDENDUM", 13, True), ("t", "Addendum date: 01/27/2026 15:58", 11),
        ("t", "Original exam: CT PELVIS WITHOUT CONTRAST, DOS 01/22/2026, ACC# CT26-01-3377", 11), ("gap", 12),
        ("t", "This examination was re-reviewed at the request of the referring service together with the "
              "musculoskeletal radiology section, using thin-section coronal oblique reformats.", 11), ("gap", 8),
        ("t", "The linear lucency in the right sacral ala described in the original findings and in impression #2 "
              "corresponds to a vascular channel (nutrient foramen) and is symmetric with the left side. There is no "
              "fracture of the sacrum or pelvis. Impression #2 is withdrawn.", 11), ("gap", 8),
        ("t", "The degenerative findings at the right sacroiliac joint are unchanged from the original report.", 11),
        ("gap", 12), ("t", "REVISED IMPRESSION:", 11, True),
        ("t", "1. Moderate to advanced right sacroiliac joint degenerative arthropathy.", 11),
        ("t", "2. No sacral or pelvic fracture.", 11),
        ("t", "3. Solid-appearing L4-S1 posterolateral fusion.", 11), ("gap", 16),
        ("t", "Findings discussed by telephone with RN Beth K. in Dr. Okafor's office on 01/27/2026 at 16:30.", 10.5),
        ("gap", 20),
        ("t", "Addendum electronically signed by: Alana M. Fujimoto, MD (Musculoskeletal Radiology)  01/27/2026 16:31", 10)]
    docs.append(faxdoc([dict(items=pg1, banner=ban.format(1), seed=1101, mode="fine", skew=0.7),
                        dict(items=pg2, banner=ban.format(2), seed=1102, mode="fine", skew=1.1)]))

    # p7 MRI lumbar (institutional, text)
    def mri():
        return letterhead("PIEDMONT VALLEY UNIVERSITY HEALTH \u2013 DEPARTMENT OF RADIOLOGY", [
            "Neuroradiology Section \u2022 1400 Academy Row, Hickory Grove, NC 28613 \u2022 Reading room 828-555-0120"],
            style=("lhc1", "lhc2")) + [
            TBL([["Patient", "PELLERIN, MARGUERITE A", "MRN", "PV-00837215"],
                 ["DOB / Sex", "09/14/1961 / F", "Accession", "MR2512-08841"],
                 ["Exam", "MRI LUMBAR SPINE WITHOUT CONTRAST", "Exam date", "12/03/2025"],
                 ["Ordering", "OKAFOR, DESMOND K", "Status", "FINAL"]], [0.95, 2.6, 0.95, 2.2], style="rep", header=False),
            SP(8),
            P("<b>CLINICAL INDICATION:</b> Right low back/buttock pain, history of L4-S1 fusion 2019. Evaluate for "
              "adjacent segment disease or stenosis.", "rep"),
            P("<b>TECHNIQUE:</b> Sagittal T1, T2, STIR; axial T2 L2-S1. Metal artifact reduction sequences applied.", "rep"),
            P("<b>COMPARISON:</b> MRI lumbar spine 03/11/2019 (preoperative).", "rep"), SP(6),
            P("<b>FINDINGS:</b>", "rep"),
            P("Alignment: Grade 1 anterolisthesis L4 on L5 is unchanged and stabilized by the fusion construct. "
              "Vertebral body heights are preserved. Susceptibility artifact from pedicle screws at L4, L5 and S1 "
              "limits assessment of the immediately adjacent bone but the canal and foramina are adequately seen.", "rep"),
            P("Conus terminates normally at L1. No intradural abnormality.", "rep"),
            P("T12-L1 through L2-L3: No disc herniation, canal or foraminal stenosis.", "rep"),
            P("L3-L4: Mild disc bulge and facet hypertrophy with mild left foraminal narrowing. The exiting left L3 "
              "root is not impinged. Central canal patent.", "rep"),
            P("L4-L5 and L5-S1: Postoperative changes of posterior instrumented fusion with laminectomy defects. "
              "No recurrent disc herniation. Thecal sac and traversing roots are decompressed. Neural foramina "
              "are patent bilaterally.", "rep"),
            P("Paraspinal soft tissues: postoperative fatty atrophy of multifidus. No fluid collection.", "rep"),
            P("Visualized sacroiliac joints: degenerative changes on the right, incompletely imaged.", "rep"), SP(6),
            P("<b>IMPRESSION:</b>", "rep"),
            P("1. Postoperative L4-S1 fusion without central canal or foraminal stenosis at the operated levels.", "rep"),
            P("2. Mild L3-L4 adjacent segment degeneration with mild left foraminal narrowing; no nerve root "
              "impingement or neural compression.", "rep"),
            P("3. Right sacroiliac joint degenerative change, partially imaged.", "rep"), SP(10),
            P("Interpreted by: Gregory S. Lindahl, MD, Neuroradiology &nbsp; Signed 12/03/2025 17:48", "rep"),
            P("Resident: Priya Venkataraman, MD (PGY-4)", "rep")]
    docs.append(textdoc(mri, ftr("PELLERIN, MARGUERITE A", DOB, "|  MR2512-08841")))

    # p8-9 EMG / NCS
    def emg():
        h = ["Nerve / Sites", "Lat (ms)", "Amp", "CV (m/s)", "F-lat (ms)", "Norm"]
        return letterhead("PIEDMONT VALLEY UNIVERSITY HEALTH", [
            "Department of Neurology \u2013 Clinical Neurophysiology (EMG) Laboratory",
            "Ingrid Solberg, MD, Director \u2022 Tel 828-555-0166 \u2022 Fax 828-555-0167"], style=("lhc1", "lhc2")) + [
            P("<b>ELECTRODIAGNOSTIC CONSULTATION \u2013 NERVE CONDUCTION STUDIES AND NEEDLE EMG</b>", "repb"), SP(4),
            TBL([["Patient", "Marguerite A. Pellerin", "Study date", "02/24/2026"],
                 ["DOB", "09/14/1961 (64 y)", "Referring", "D. K. Okafor, MD"],
                 ["Height", "165 cm", "Limb temp", "32.4 \u00b0C (R foot), 32.1 \u00b0C (L foot)"]],
                [0.9, 2.3, 0.9, 2.6], style="rep", header=False), SP(6),
            P("<b>Reason for referral:</b> Right buttock pain after L4-S1 fusion. Rule out right L5 or S1 "
              "radiculopathy.", "rep"),
            P("<b>History:</b> Right buttock pain for about two years; no leg pain, paresthesias or weakness. "
              "No diabetes.", "rep"),
            P("<b>Exam:</b> Strength 5/5 in both lower limbs; ankle and knee jerks 2+ and symmetric; "
              "sensation intact to pin and vibration.", "rep"), SP(6),
            P("<b>Motor nerve conduction</b>", "repb"),
            TBL([h,
                 ["R Peroneal (EDB) \u2013 ankle", "4.6", "4.1 mV", "", "49.8", "Lat \u22646.5; amp \u22652.0"],
                 ["R Peroneal \u2013 fib head", "11.9", "3.8 mV", "44", "", "CV \u226540"],
                 ["R Peroneal \u2013 pop fossa", "13.7", "3.7 mV", "46", "", ""],
                 ["R Tibial (AH) \u2013 ankle", "4.9", "8.6 mV", "", "51.2", "Lat \u22645.8; amp \u22654.0"],
                 ["R Tibial \u2013 knee", "13.8", "7.1 mV", "43", "", "CV \u226541"],
                 ["L Tibial (AH) \u2013 ankle", "5.0", "9.0 mV", "", "50.6", ""],
                 ["L Tibial \u2013 knee", "13.6", "7.8 mV", "44", "", ""]],
                [2.1, 0.75, 0.8, 0.8, 0.9, 1.35], fs=8.5), SP(6),
            P("<b>Sensory nerve conduction (antidromic)</b>", "repb"),
            TBL([["Nerve", "Peak lat (ms)", "Amp (\u00b5V)", "Distance", "Norm"],
                 ["R Sural \u2013 calf", "3.6", "9", "14 cm", "Lat \u22644.4; amp \u22656"],
                 ["L Sural \u2013 calf", "3.5", "11", "14 cm", ""],
                 ["R Superficial peroneal \u2013 leg", "3.8", "7", "14 cm", "Lat \u22644.4; amp \u22655"]],
                [2.2, 1.1, 1.0, 0.9, 1.5], fs=8.5), SP(6),
            P("<b>H-reflex</b> (soleus): R 30.8 ms, L 30.5 ms (side-to-side difference 0.3 ms; normal &lt;1.5 ms).", "rep"),
            SP(6), P("<b>Needle EMG (concentric), right lower limb and paraspinals</b>", "repb"),
            TBL([["Muscle", "Nerve", "Root", "Ins act", "Fibs", "PSW", "MUAP", "Recruit"],
                 ["Tibialis anterior", "Deep peroneal", "L4-5", "Nml", "0", "0", "Nml", "Nml"],
                 ["Peroneus longus", "Sup peroneal", "L5-S1", "Nml", "0", "0", "Nml", "Nml"],
                 ["Tibialis posterior", "Tibial", "L5", "Nml", "0", "0", "Nml", "Nml"],
                 ["Med gastrocnemius", "Tibial", "S1-2", "Nml", "0", "0", "Nml", "Nml"],
                 ["Vastus medialis", "Femoral", "L2-4", "Nml", "0", "0", "Nml", "Nml"],
                 ["Gluteus medius", "Sup gluteal", "L4-S1", "Nml", "0", "0", "Nml", "Nml"],
                 ["Gluteus maximus", "Inf gluteal", "L5-S2", "Nml", "0", "0", "Nml", "Nml"],
                 ["Biceps femoris SH", "Sciatic (peroneal)", "L5-S1", "Nml", "0", "0", "Nml", "Nml"],
                 ["Lumbar paraspinal, upper S1", "Dorsal rami", "\u2013", "Not tested (post-surgical)", "", "", "", ""]],
                [1.6, 1.2, 0.6, 0.9, 0.45, 0.45, 0.65, 0.75], fs=8), SP(8),
            P("<b>Summary:</b> Peroneal and tibial motor studies, F-waves, sural and superficial peroneal sensory "
              "studies and soleus H-reflexes are normal and symmetric where tested. Needle examination of "
              "right L2-S2 innervated muscles shows no abnormal spontaneous activity and normal motor units "
              "with normal recruitment. Paraspinals were not sampled because of the prior fusion.", "rep"), SP(4),
            P("<b>IMPRESSION:</b> Normal study. There is no electrodiagnostic evidence of a right lumbosacral "
              "radiculopathy, lumbosacral plexopathy or large-fiber peripheral polyneuropathy.", "rep"), SP(4),
            P("Comment: a normal study does not exclude a purely sensory radiculopathy or pain arising from a "
              "musculoskeletal source such as the sacroiliac joint. Clinical correlation advised.", "rep"), SP(10),
            P("Ingrid Solberg, MD &nbsp; Diplomate, American Board of Electrodiagnostic Medicine &nbsp; 02/24/2026", "rep"),
            P("Technologist: K. Barrientos, R.NCS.T.", "rep")]
    docs.append(textdoc(emg, ftr("Pellerin, Marguerite A.", DOB, "|  EMG Lab #26-0318")))

    # p10-11 second opinion letter, faxed standard
    ban2 = "FROM: BLUE RIDGE ORTHO & SPINE  828-555-0173   TO: 8285550190 PVUH NSGY   MAR-06-2026 09:14   P. {}/2"
    sz = 11.5
    l1 = [("t", "BLUE RIDGE ORTHOPAEDIC & SPINE ASSOCIATES", 14, True, "c"),
          ("t", "45 Sugar Hollow Road, Asheville, NC 28805   Tel 828-555-0170   Fax 828-555-0173", 9.5, False, "c"),
          ("rule",), ("gap", 8),
          ("t", "March 5, 2026", sz), ("gap", 6),
          ("t", "Desmond K. Okafor, MD, Department of Neurological Surgery, Piedmont Valley University Health, "
                "1400 Academy Row, Suite 5B, Hickory Grove, NC 28613", sz), ("gap", 6),
          ("t", "Re: Marguerite PELLERIN   DOB 09/14/1961   Second opinion, right sacroiliac joint", sz, True),
          ("gap", 16), ("t", "Dear Dr. Okafor,", sz), ("gap", 14),
          ("t", "Many thanks for referring Mrs. Pellerin, whom I saw on 03/03/2026 for a second opinion about the "
                "proposed right sacroiliac joint arthrodesis. I had your letter of 02/12/2026, the CT pelvis with its "
                "addendum, her lumbar MRI and the EMG of 02/24/2026 available to me.", sz), ("gap", 14),
          ("t", "Her story is as you describe: two years of right buttock pain centred on the sacral sulcus, "
                "mechanical in character, without leg symptoms. Today she rated it 6/10. On examination she was "
                "focally tender over the right SI joint with a positive thigh thrust and FABER on the right. "
                "Neurological examination was normal.", sz), ("gap", 14),
          ("t", "I agree with you that the right sacroiliac joint is her principal pain generator, and the EMG "
                "and lumbar MRI argue against a radicular or adjacent-segment source.", sz)]
    l2 = [("t", "Re: Marguerite PELLERIN  DOB 09/14/1961  (page 2)", 10, True), ("rule",), ("gap", 6),
          ("t", "Where I part company with you is the choice of an open arthrodesis. Her pathology is "
                "degenerative. She has no history of pelvic trauma, no infection, no sacral tumour, she is not "
                "facing a long construct for deformity, and she has never had a percutaneous fusion that could "
                "have failed. The addendum of 01/27/2026 confirms there is no sacral fracture. In my view the "
                "indication here is degenerative sacroiliac joint disease alone, and I do not think an open "
                "procedure is justified by it.", sz), ("gap", 14),
          ("t", "On the coronal oblique reformats there looks to be a safe corridor cephalad to the S1 screw "
                "heads for two or three transiliac implants, so I would favour a minimally invasive lateral "
                "approach if she satisfies the usual criteria, with navigation if your centre prefers.", sz), ("gap", 14),
          ("t", "I have explained my reasoning to Mrs. Pellerin and she understands that reasonable surgeons "
                "differ on this point. I am happy to discuss her at your conference or by telephone.", sz), ("gap", 8),
          ("t", "With kind regards,", sz), ("gap", 30),
          ("t", "Rajiv S. Menon, MD", sz, True),
          ("t", "Orthopaedic Spine Surgery, Blue Ridge Orthopaedic & Spine Associates", sz),
          ("gap", 8), ("t", "cc: Lillian Haverford, MD (PCP); patient", 10.5),
          ("t", "RSM/jl  Dictated 03/05/2026, not read after transcription.", 10)]
    docs.append(faxdoc([dict(items=l1, banner=ban2.format(1), seed=1201, mode="standard", skew=0.5, serif=False),
                        dict(items=l2, banner=ban2.format(2), seed=1202, mode="standard", skew=1.3, serif=False)]))

    # p12 multidisciplinary conference summary
    def mdt():
        return letterhead("Piedmont Valley University Health", [
            "Multidisciplinary Spine Conference \u2013 Case Summary", "Conference date: 03/11/2026 07:00, Neuroscience Pavilion Room 3"]) + [
            TBL([["Case", "4 of 9"], ["Patient", "Marguerite A. Pellerin, 64F, MRN PV-00837215"],
                 ["Presenting clinician", "D. K. Okafor, MD (Neurosurgery)"],
                 ["Present", "Neurosurgery (Okafor, Castellanos, residents), Orthopaedic Spine (Whitfield), PM&amp;R (Nakagawa), "
                             "Pain Medicine (Pruitt), MSK Radiology (Fujimoto), Physical Therapy (Doyle), Pain Psychology (Abernethy)"]],
                [1.6, 5.1], style="rep", header=False), SP(6),
            P("<b>Question for conference:</b> surgical strategy for right SI joint pain in a patient with prior "
              "L4-S1 fusion.", "rep"),
            P("<b>Summary of findings presented:</b> two years of right buttock pain, non-radiating; focal sulcus "
              "tenderness; thigh thrust and FABER positive. CT pelvis 01/22/2026: right SIJ degenerative "
              "arthropathy. Radiology (Dr. Fujimoto) confirmed at conference that the questioned sacral alar "
              "lucency is a vascular channel \u2013 no fracture. MRI L-spine 12/03/2025: solid fusion, no "
              "compression. EMG 02/24/2026: normal. Two prior SIJ injections with short-lived benefit.", "rep"),
            P("<b>Discussion:</b> Dr. Okafor favours an open right SIJ arthrodesis given the S1 instrumentation. "
              "External second opinion (Dr. Menon, letter 03/05/2026) recommends a percutaneous/MIS approach and "
              "does not consider an open procedure justified. Dr. Whitfield agreed an MIS corridor appears "
              "available. Pain psychology screening was not felt necessary at this stage. No consensus reached.", "rep"),
            P("<b>Indication as recorded:</b> degenerative right SI joint disease / SI joint syndrome following L4-S1 fusion.", "rep"),
            P("<b>Outcome:</b> Treating surgeon to proceed with prior authorization for open right SIJ arthrodesis "
              "(CPT 27280). Patient informed of the alternative MIS approach and the differing opinions.", "rep"),
            SP(10),
            P("Recorded by: M. Castellanos, MD (Neurosurgery PGY-6). Reviewed: D. K. Okafor, MD. This summary "
              "reflects conference discussion and is not a substitute for the treating physician's notes.", "tiny")]
    docs.append(textdoc(mdt, ftr("PELLERIN, Marguerite A.", DOB, "|  Spine Conference")))

    labels = {
        "procedure": "open", "request_date": "2026-03-18", "determination": "does_not_meet_criteria",
        "criteria": {
            "open.indication": {"status": "not_met", "evidence": [
                "open right sacroiliac joint arthrodesis for her degenerative sacroiliac joint disease",
                "Right degenerative SI joint disease / SI joint syndrome",
                "the indication here is degenerative sacroiliac joint disease alone"]},
            "open.recent_imaging": {"status": "met", "evidence": [
                "subchondral sclerosis and vacuum phenomenon at the right sacroiliac joint",
                "Moderate to advanced right sacroiliac joint degenerative arthropathy"]},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "no electrodiagnostic evidence of a right lumbosacral radiculopathy",
                "without central canal or foraminal stenosis at the operated levels"]},
        }}
    return [("b7t-01.pdf", docs)], labels, None


# =====================================================================================
# b7t-02  percutaneous SIJ fusion (CPT 27279), folder + packet.json, gold: meets_criteria
# =====================================================================================
def p02():
    NM, DOB = "WHITACRE, Darnell V.", "04/03/1972"
    F = ftr(NM, DOB, "|  MRN SU-2290417")
    SU = ["Sandhills University Medical Center", "3100 Longleaf Drive, Southern Pines, NC 28387"]
    files = []

    # --- 01 cover + request form
    def cover():
        return [P("<b>SANDHILLS UNIVERSITY MEDICAL CENTER \u2013 NEUROSURGERY SPINE DIVISION</b>", "formb"),
                P("3100 Longleaf Drive, Southern Pines, NC 28387 \u2022 Phone 910-555-0231 \u2022 Secure fax 910-555-0239", "form"),
                HR(), SP(20), P("FAX", "lhc1"), SP(14),
                TBL([["DATE", "02/16/2026"], ["TO", "CareSource NC Prior Authorization Dept"], ["FAX #", "1-844-555-0132"],
                     ["FROM", "Tasha Greenlee, Surgical Authorization Coordinator"], ["# PAGES", "14 incl. cover"],
                     ["SUBJECT", "Precert request \u2013 Darnell V. Whitacre, DOB 04/03/1972, ID CSN-5520-77341"]],
                    [1.3, 5.2], style="form", header=False), SP(14),
                P("Please find attached request for minimally invasive right SI joint fusion with clinicals. "
                  "Kindly fax determination to 910-555-0239.", "form"), SP(220),
                P("The documents accompanying this transmission contain confidential health information that is legally "
                  "privileged. If you are not the intended recipient you are hereby notified that any disclosure, "
                  "copying or distribution is strictly prohibited.", "tiny")]

    def form():
        return [P("CareSource North Carolina", "formh"), P("Prior Authorization Request Form \u2013 Surgical / Procedural", "formh"), SP(6),
                TBL([["Date of request: 02/16/2026", "[X] Initial  [ ] Extension  [ ] Retro"],
                     ["Member: Darnell V. Whitacre", "Member ID: CSN-5520-77341"],
                     ["DOB: 04/03/1972   Sex: M", "Phone: 910-555-0472"],
                     ["Ordering/servicing: Helena Marchetti-Voss, MD", "NPI 1730028845   TIN 56-0000917"],
                     ["Facility: Sandhills University Ambulatory Surgery Center", "NPI 1902277413"]],
                    [3.35, 3.35], style="form", header=False), SP(6),
                TBL([["CPT", "Description", "Qty", "Laterality"],
                     ["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), "
                      "with image guidance, includes obtaining bone graft when performed, and placement of transfixing device",
                      "1", "RT"]], [0.8, 4.5, 0.5, 0.9], style="form"), SP(6),
                TBL([["Dx code", "Description"], ["M53.3", "Sacrococcygeal disorders, NEC (right SI joint dysfunction)"],
                     ["M54.59", "Other low back pain"]], [1.0, 5.7], style="form"), SP(6),
                P("Place of service: 24 (ASC) &nbsp;&nbsp; Anticipated date: 03/19/2026 &nbsp;&nbsp; Device: triangular "
                  "titanium implants x3", "form"), SP(6),
                P("<b>Brief clinical summary:</b> Chronic right SIJ pain &gt;2 yrs, failed PT, chiropractic, NSAIDs; "
                  "2 positive fluoroscopic diagnostic blocks; 2 steroid SIJ injections with only temporary relief; imaging "
                  "and EMG completed; pain psychology screening completed; reviewed at spine conference 02/10/2026.", "form"),
                SP(30), P("Signature of requesting provider: <i>Helena Marchetti-Voss, MD</i> &nbsp;&nbsp; 02/16/2026", "form")]
    d1 = textdoc(cover, lambda p, n: ("", ""))
    d2 = textdoc(form, lambda p, n: ("CS-NC PA form v2025.2", f"{p}/{n}"))
    files.append(("01_cover_and_request.pdf", [d1, d2]))

    # --- 02 consult letter
    def letter():
        return letterhead(SU[0], ["Department of Neurosurgery \u2013 Spine Division", SU[1] + " \u2022 Tel 910-555-0231",
                                  "Helena Marchetti-Voss, MD, PhD \u2022 Professor and Chief, Spine Division"]) + [
            P("29 January 2026", "right"),
            P("Amos Tillery, MD<br/>Moore County Internal Medicine<br/>410 Carthage Road<br/>Aberdeen, NC 28315"), SP(6),
            P("<b>Re: Mr. Darnell V. Whitacre &nbsp;|&nbsp; DOB 04-03-1972 &nbsp;|&nbsp; MRN SU-2290417 &nbsp;|&nbsp; seen 01/29/2026</b>"), SP(4),
            P("Dear Amos,"),
            P("I had the pleasure of reviewing Darnell again in the spine clinic today, having first met him in "
              "August. To recap for the record: he is a 53 year old HVAC technician with a little over two years of "
              "right-sided low back pain that, on careful questioning, sits entirely below the belt line over the "
              "right posterior sacroiliac joint and upper buttock. He points to the PSIS with one finger "
              "(positive Fortin finger test). The pain does not radiate into the groin, thigh or leg. He did have "
              "an episode of left-sided sciatica in 2022 with a disc extrusion at L5-S1 which settled fully with "
              "physiotherapy; he has had no leg pain since then."),
            P("He rates the right buttock pain at 7/10 today, and it has not been below 6/10 since the last "
              "injection wore off. It is worst sitting in his work truck, getting up from a chair and on stairs. "
              "He has had to reduce to part-time duties. ODI today 46%."), SP(3),
            P("<b>Conservative care.</b> He worked with Rebecca Strand, DPT at Longleaf Physical Therapy from "
              "03/03/2025 to 06/27/2025 (lumbopelvic stabilization, gluteal strengthening, manual therapy), then "
              "under Dr. Miles Eberhardt, DC at Carthage Family Chiropractic from 07/07/2025 to 10/24/2025, with "
              "partial and short-lived benefit; both discharge letters are enclosed. He also had a course of PT in "
              "2022 for the sciatica. He has taken meloxicam 15 mg daily since January 2025, continuously, with "
              "acetaminophen 1 g up to three times daily as needed, and uses a heat wrap most evenings. A TENS "
              "unit his brother lent him was tried for a couple of weeks in 2024 and put away."), SP(3),
            P("<b>Injections</b> (Dr. Kwame Asante-Boateng, SU Pain Medicine; procedure notes enclosed). Right SIJ "
              "triamcinolone 06/05/2025: about three weeks of good relief, then the pain came back to where it was. "
              "Right SIJ diagnostic block with lidocaine 10/09/2025: 70% relief for roughly two hours. Right SIJ "
              "bupivacaine plus triamcinolone 11/13/2025: 85% relief for more than six hours, and steroid benefit "
              "for about two weeks, with the pain back to 7/10 by early December. He also had an L5-S1 "
              "interlaminar epidural in 2022 for the sciatica, which helped the leg but not this pain."), SP(3),
            P("<b>PMH:</b> hyperlipidemia, obstructive sleep apnea on CPAP, left distal radius fracture in 2015 "
              "(fell from a ladder), right knee arthroscopy 2010. <b>Medications:</b> meloxicam 15 mg daily, "
              "acetaminophen PRN, atorvastatin 40 mg, omeprazole 20 mg. <b>Allergies:</b> NKDA. <b>Social:</b> "
              "ex-smoker (quit 2016), married, two children. <b>Family history:</b> brother with ankylosing "
              "spondylitis; mother has fibromyalgia; father had CAD."), SP(3),
            P("<b>Examination.</b> Well, BMI 29.4. Walks without a limp. Lumbar flexion to mid-shin, extension "
              "painless. There is tenderness on palpation over the right posterior SI joint at the sacral sulcus. "
              "No tenderness over the lumbar spinous processes or paraspinals, the greater trochanters or the "
              "coccyx. Provocation tests (right):"),
            TBL([["Test", "Right", "Comment"],
                 ["Thigh thrust (P4)", "Positive", "concordant buttock pain"],
                 ["Compression", "Negative", ""],
                 ["Distraction (gapping)", "Negative", ""],
                 ["FABER (Patrick's)", "Positive", "posterior SIJ pain, no groin pain"],
                 ["Gaenslen's", "Positive", "right leg hanging"]], [2.0, 1.0, 3.2], style="body", fs=10), SP(4),
            P("Straight leg raise negative to 80 degrees bilaterally. Hips: full painless internal and external "
              "rotation. Power 5/5, reflexes 2+ and symmetric, sensation intact. Waddell's non-organic signs 0/5."), SP(3),
            P("<b>Investigations.</b> HLA-B27 negative, CRP 2 mg/L, ESR 9 (09/2025). Imaging reports and EMG enclosed: "
              "radiographs and CT of the pelvis with the radiology addendum, right hip radiographs, lumbar MRI. "
              "EMG 12/11/2025 was normal. Pain psychology screening 01/14/2026 was unremarkable."), SP(3),
            P("<b>Assessment.</b> Right sacroiliac joint dysfunction meeting the clinical and diagnostic-block "
              "criteria, refractory to more than six months each of active and passive care and to two steroid "
              "injections. No features of a systemic inflammatory arthropathy, no fracture, infection or tumour, "
              "and no history of trauma to the pelvis. Lumbar imaging and EMG do not show a radicular source."), SP(3),
            P("<b>Plan.</b> After discussing risks (malposition, nerve injury, non-union, persistent pain) and "
              "alternatives (radiofrequency ablation, continued conservative care), Darnell wishes to proceed "
              "with minimally invasive right SI joint fusion. We will present him at conference and request "
              "authorization."), SP(4),
            P("With best wishes,"), SP(16),
            P("Helena Marchetti-Voss, MD, PhD"),
            P("cc: Kwame Asante-Boateng, MD (Pain Medicine); Fiona Gallagher-Reyes, PhD; patient portal", "small"),
            P("Dictated 01/29/2026, transcribed 01/30/2026 (lm). Electronically signed 02/02/2026. "
              "Dictated but not proof-read.", "small")]
    files.append(("02_neurosurgery_letter_2026-01-29.pdf", [textdoc(letter, F)]))

    # --- 03 therapy letters, faxed
    banpt = "FROM: LONGLEAF PHYSICAL THERAPY 9105550318   TO: SUMC NEUROSURG 9105550239   07/01/2025 11:06   P. 1/1"
    pt = [("t", "LONGLEAF PHYSICAL THERAPY & SPORTS REHAB", 13.5, True, "c"),
          ("t", "118 Midland Road, Pinehurst, NC 28374   Ph 910-555-0311   Fax 910-555-0318", 9.5, False, "c"), ("rule",),
          ("t", "June 30, 2025", 11), ("gap", 10),
          ("t", "To: Helena Marchetti-Voss, MD, Sandhills University Neurosurgery", 11),
          ("t", "Re: Darnell Whitacre   DOB 04/03/1972   Dx: R SI joint dysfunction (M53.3)", 11, True), ("gap", 12),
          ("t", "Dear Dr. Marchetti-Voss,", 11), ("gap", 8),
          ("t", "Darnell was discharged from physical therapy on 06/27/2025. Thank you for the referral.", 11), ("gap", 8),
          ("cols", ["Start of care:", "03/03/2025"], [0, 520], 11),
          ("cols", ["Discharge:", "06/27/2025"], [0, 520], 11),
          ("cols", ["Visits:", "24 of 24 authorized (2x/week)"], [0, 520], 11),
          ("cols", ["Reason for discharge:", "plan of care completed, plateau"], [0, 520], 11), ("gap", 10),
          ("t", "Interventions: lumbopelvic stabilization progression, gluteus medius/maximus strengthening, "
                "hip mobility, SI belt trial, manual therapy (MET for innominate), graded walking program.", 11), ("gap", 8),
          ("t", "Outcome measures:", 11, True),
          ("cols", ["", "Initial 03/03/25", "Discharge 06/27/25"], [0, 600, 1000], 11, True),
          ("cols", ["Oswestry (ODI)", "52%", "44%"], [0, 600, 1000], 11),
          ("cols", ["NPRS (R buttock)", "7/10", "6/10"], [0, 600, 1000], 11),
          ("cols", ["Sit tolerance", "20 min", "35 min"], [0, 600, 1000], 11), ("gap", 10),
          ("t", "Assessment: good attendance and effort with modest functional gains; pain at the right SIJ "
                "persists with sitting and transitions. He was independent with his home exercise program at "
                "discharge. Recommend follow-up with your office regarding further management.", 11), ("gap", 20),
          ("t", "Sincerely,", 11), ("gap", 30),
          ("t", "Rebecca Strand, PT, DPT, OCS", 11, True)]
    banch = "FROM: CARTHAGE FAMILY CHIRO 910 555 0390   TO: SUMC NEUROSURG SPINE   OCT-28-2025 14:51   P. 1/1"
    ch = [("t", "CARTHAGE FAMILY CHIROPRACTIC", 14, True, "c"),
          ("t", "22 McReynolds St, Carthage, NC 28327   Tel 910-555-0388   Fax 910-555-0390", 10, False, "c"), ("rule",),
          ("t", "Date: 10/28/2025", 12),
          ("t", "To: Dr. H. Marchetti-Voss, Spine Division", 12),
          ("t", "RE: Darnell Whitacre, DOB 04/03/1972 - treatment summary", 12, True), ("gap", 10),
          ("t", "Dear Doctor,", 12), ("gap", 6),
          ("t", "Mr. Whitacre was under my care for right sacroiliac joint pain from 07/07/2025 to 10/24/2025, "
                "22 visits. Treatment consisted of SI joint mobilization and drop-table adjustment, soft tissue work, "
                "and an active core and hip stabilization exercise program supervised in office.", 12), ("gap", 10),
          ("t", "Progress has been limited. His pain improves for a day or two after each visit and then returns. "
                "At his last visit he rated the right SI pain 6-7/10. I have discharged him from active care and "
                "advised him to follow up with your office.", 12), ("gap", 10),
          ("t", "Please feel free to call with any questions.", 12), ("gap", 24),
          ("t", "Yours truly,", 12), ("gap", 24),
          ("t", "Miles Eberhardt, DC", 12, True)]
    files.append(("03_therapy_letters.pdf", [faxdoc([
        dict(items=pt, banner=banpt, seed=2101, mode="fine", skew=0.6),
        dict(items=ch, banner=banch, seed=2102, mode="standard", skew=0.9, serif=False)])]))

    # --- 04 injection procedure notes
    def inj(date, title, meds, diary, fu, preop, extra=""):
        def f():
            out = letterhead("Sandhills University Medical Center \u2013 Pain Medicine", [
                "Interventional Spine &amp; Pain Procedure Suite \u2022 3100 Longleaf Drive, Bldg C \u2022 910-555-0260"],
                style=("lhc1", "lhc2")) + [
                P("<b>PROCEDURE NOTE</b>", "reph"),
                TBL([["Patient", "Whitacre, Darnell V", "DOB", "04/03/1972"],
                     ["Date of service", date, "MRN", "SU-2290417"],
                     ["Physician", "Kwame Asante-Boateng, MD", "Referring", "H. Marchetti-Voss, MD"]],
                    [1.2, 2.3, 0.9, 2.3], style="rep", header=False), SP(4),
                P(f"<b>Procedure:</b> {title}", "rep"),
                P("<b>Indication:</b> chronic right sacroiliac joint pain.", "rep"),
                P(f"<b>Pre-procedure pain:</b> {preop}", "rep"),
                P("<b>Consent:</b> risks, benefits and alternatives discussed; written consent obtained. Time-out performed.", "rep"),
                P("<b>Description:</b> Prone. Right SI region prepped with chlorhexidine and draped. Skin anesthetized with "
                  "1% lidocaine 2 mL. Under intermittent fluoroscopic guidance a 22G 3.5 inch spinal needle was advanced "
                  "into the inferior third of the right sacroiliac joint. Omnipaque 240, 0.5 mL, produced an "
                  "intra-articular arthrogram with no vascular uptake and no extravasation. Then injected: " + meds +
                  " Needle removed, band-aid applied. No complications. Fluoro time 21 s. Images saved to PACS.", "rep"),
                P("<b>Sedation:</b> none.", "rep")]
            if diary:
                out += [SP(4), P("<b>Post-procedure pain diary (patient completed, returned by mail)</b>", "repb"),
                        TBL(diary, [1.4, 1.0, 1.3, 3.0], style="rep", fs=9)]
            out += [SP(4), P(fu, "rep")]
            if extra:
                out += [P(extra, "rep")]
            out += [SP(8), P("Electronically signed: Kwame Asante-Boateng, MD, Pain Medicine &nbsp; " + date, "rep")]
            return out
        return textdoc(f, ftr("Whitacre, Darnell V", DOB, "|  Procedure note " + date))

    i1 = inj("06/05/2025", "Right sacroiliac joint injection (therapeutic), fluoroscopically guided with contrast.",
             "triamcinolone 40 mg (1 mL) with 1 mL preservative-free normal saline.", None,
             "<b>Follow-up (clinic 07/17/2025):</b> reports about three weeks of good relief after the steroid, "
             "then gradual return of right buttock pain to his usual level (6-7/10) by the start of July.",
             "6/10 (NRS).")
    d2x = [["Time after block", "Pain (0-10)", "% relief", "Notes"],
           ["Baseline (pre)", "7", "\u2013", "sitting in waiting room"],
           ["15 min", "1", "86%", "walked, stairs"], ["30 min", "2", "71%", "sit-to-stand x5"],
           ["1 hour", "2", "71%", "drove home (passenger)"], ["2 hours", "2", "71%", ""],
           ["3 hours", "5", "29%", "wearing off"], ["4 hours", "7", "0%", ""]]
    i2 = inj("10/09/2025", "Right sacroiliac joint diagnostic block #1, fluoroscopically guided, contrast-enhanced.",
             "2% lidocaine 1.5 mL (no steroid).", d2x,
             "<b>Interpretation:</b> 71% relief sustained for 2 hours with short-acting local anesthetic, "
             "concordant with the expected duration of lidocaine. Positive block #1.", "7/10 (NRS).")
    d3x = [["Time after block", "Pain (0-10)", "% relief", "Notes"],
           ["Baseline (pre)", "7", "\u2013", ""], ["30 min", "1", "86%", "walked hallway, no pain"],
           ["1 hour", "1", "86%", ""], ["3 hours", "1", "86%", "sat 45 min at dinner"],
           ["6 hours", "2", "71%", ""], ["8 hours", "4", "43%", ""], ["Next morning", "3", "57%", "steroid?"]]
    i3 = inj("11/13/2025", "Right sacroiliac joint diagnostic/therapeutic injection #2, fluoroscopically guided, "
             "contrast-enhanced.", "0.5% bupivacaine 1.5 mL with triamcinolone 40 mg.", d3x,
             "<b>Interpretation:</b> 86% relief at 3 hours, at least the expected duration of bupivacaine. "
             "Positive block #2 (concordant with block #1 on 10/09/2025).", "7/10 (NRS).",
             "<b>Telephone follow-up 12/04/2025 (RN M. Faircloth):</b> steroid effect lasted about two weeks; pain "
             "has returned to baseline, 7/10, since around 12/01. Message routed to Dr. Marchetti-Voss.")
    files.append(("04_pain_procedure_notes.pdf", [i1, i2, i3]))

    # --- 05 imaging
    def imaging():
        def hdr(exam, date, acc):
            return [TBL([["Patient: WHITACRE, DARNELL V", "MRN: SU-2290417", "DOB: 04/03/1972"],
                         [f"Exam: {exam}", f"Date: {date}", f"Acc: {acc}"]], [3.3, 1.7, 1.7], style="rep", header=False), SP(4)]
        return letterhead("SANDHILLS UNIVERSITY MEDICAL CENTER \u2013 RADIOLOGY", [
            "Musculoskeletal &amp; Neuroradiology \u2022 Report line 910-555-0280"], style=("lhc1", "lhc2")) + \
            hdr("XR PELVIS AP, SI JOINTS (FERGUSON) AND RIGHT HIP 2 VIEWS", "09/18/2025", "XR-25-661092") + [
            P("<b>History:</b> Right SI joint pain. <b>Comparison:</b> none.", "rep"),
            P("<b>Findings:</b> SI joints: mild subchondral sclerosis along the iliac side of the right sacroiliac "
              "joint. Joint spaces preserved. No erosion or ankylosis. Sacrum and pelvic ring intact; no fracture. "
              "No destructive lesion.", "rep"),
            P("Hips: Right hip: mild joint space narrowing superolaterally with a small marginal osteophyte; "
              "no more than mild osteoarthritis. Left hip: moderate joint space loss with subchondral cyst formation "
              "(moderate osteoarthritis), incidentally noted.", "rep"),
            P("<b>Impression:</b> 1. Mild right sacroiliac degenerative sclerosis. 2. Right hip: mild osteoarthritis. "
              "3. Left hip: moderate osteoarthritis.", "rep"),
            P("Signed: Juliette Amani, MD &nbsp; 09/18/2025 12:44", "rep"), HR(0.4)] + \
            hdr("CT PELVIS WITHOUT CONTRAST", "09/25/2025", "CT-25-339841") + [
            P("<b>History:</b> Right SIJ pain, preoperative planning. <b>Technique:</b> 1 mm axial, coronal oblique reformats.", "rep"),
            P("<b>Findings:</b> Right SIJ: subchondral sclerosis and small anterior osteophytes. Along the mid iliac "
              "margin there is subtle cortical irregularity which could represent early erosive change; correlation "
              "with inflammatory markers and MRI suggested. Left SIJ: normal. No fracture. No lytic or blastic lesion. "
              "Hips as on radiographs.", "rep"),
            P("<b>Impression:</b> Right SIJ degenerative change; possible early erosive change, see above.", "rep"),
            P("Signed: Daniel Okwuosa, MD &nbsp; 09/25/2025 16:02", "rep"), SP(4),
            P("<b>ADDENDUM 09/30/2025:</b> The case was reviewed at the musculoskeletal imaging conference together with "
              "the radiographs and laboratory results (HLA-B27 negative, CRP normal). The cortical irregularity at the mid "
              "iliac margin is a normal undulating contour / degenerative remodeling and is not an erosion. "
              "No erosions, ankylosis or destructive lesion. Findings are degenerative, with no imaging evidence of "
              "inflammatory sacroiliitis. The impression is amended accordingly. "
              "\u2013 Juliette Amani, MD (MSK), 09/30/2025 10:17", "rep")]
    def mri():
        return letterhead("SANDHILLS UNIVERSITY MEDICAL CENTER \u2013 RADIOLOGY", [
            "Musculoskeletal &amp; Neuroradiology \u2022 Report line 910-555-0280"], style=("lhc1", "lhc2")) + [
            TBL([["Patient: WHITACRE, DARNELL V", "MRN: SU-2290417", "DOB: 04/03/1972"],
                 ["Exam: MRI LUMBAR SPINE W/O CONTRAST", "Date: 08/21/2025", "Acc: MR-25-118305"]],
                [3.3, 1.7, 1.7], style="rep", header=False), SP(6),
            P("<b>Clinical information:</b> Low back and right buttock pain. Prior left sciatica 2022.", "rep"),
            P("<b>Comparison:</b> MRI lumbar spine 03/15/2022.", "rep"),
            P("<b>Technique:</b> Sagittal T1, T2, STIR; axial T2 L1-S1.", "rep"), SP(4),
            P("<b>Findings:</b>", "rep"),
            TBL([["Level", "Current study 08/21/2025", "Prior 03/15/2022"],
                 ["L1-2, L2-3", "Normal", "Normal"],
                 ["L3-4", "Minimal disc bulge; canal and foramina patent", "Minimal bulge"],
                 ["L4-5", "Mild disc bulge and mild facet arthropathy; no canal or foraminal stenosis",
                  "Mild bulge"],
                 ["L5-S1", "Small left paracentral annular fissure; the previously seen extrusion has resolved. "
                  "Lateral recesses clear; S1 roots free", "Left paracentral extrusion contacting and displacing the "
                  "traversing left S1 nerve root"]], [1.0, 3.0, 2.7], style="rep", fs=8.8), SP(4),
            P("Alignment normal. Marrow signal normal. Conus at L1, normal. SI joints partially included: mild right-sided "
              "subchondral sclerosis, no marrow edema.", "rep"), SP(4),
            P("<b>Impression:</b>", "rep"),
            P("1. No nerve root compression or impingement at any level on the current study. No central or foraminal "
              "stenosis.", "rep"),
            P("2. Resolution of the L5-S1 left paracentral extrusion seen in 2022.", "rep"),
            P("3. Mild L4-5 degenerative disc and facet disease.", "rep"), SP(8),
            P("Signed: Priyanka Sethuraman, MD, Neuroradiology &nbsp; 08/21/2025 18:30", "rep")]
    files.append(("05_imaging_reports.pdf", [textdoc(imaging, ftr("WHITACRE, DARNELL V", DOB, "|  Radiology")),
                                            textdoc(mri, ftr("WHITACRE, DARNELL V", DOB, "|  Radiology"))]))

    # --- 06 EMG
    def emg():
        return letterhead("Sandhills University Medical Center", [
            "Physical Medicine &amp; Rehabilitation \u2013 Electrodiagnostic Laboratory",
            "Sunil Varadarajan, MD \u2022 910-555-0270"]) + [
            P("<b>EMG / NERVE CONDUCTION STUDY REPORT</b>", "repb"),
            P("Patient: Darnell V. Whitacre &nbsp; DOB 04/03/1972 &nbsp; Date: 12/11/2025 &nbsp; Referred by: H. Marchetti-Voss, MD", "rep"),
            P("Indication: right buttock pain; history of left S1 radiculopathy 2022. Assess for active lumbosacral "
              "radiculopathy.", "rep"), SP(4),
            TBL([["NCS", "Side", "Onset/peak lat (ms)", "Amplitude", "CV (m/s)", "F-wave (ms)", "Interp"],
                 ["Peroneal motor (EDB)", "R", "4.9", "5.2 mV", "46", "48.0", "Normal"],
                 ["Peroneal motor (EDB)", "L", "5.0", "4.8 mV", "45", "48.6", "Normal"],
                 ["Tibial motor (AHB)", "R", "4.4", "10.3 mV", "44", "50.1", "Normal"],
                 ["Tibial motor (AHB)", "L", "4.5", "9.7 mV", "45", "50.9", "Normal"],
                 ["Sural sensory", "R", "3.4", "14 \u00b5V", "\u2013", "\u2013", "Normal"],
                 ["Sural sensory", "L", "3.5", "12 \u00b5V", "\u2013", "\u2013", "Normal"],
                 ["H-reflex (soleus)", "R / L", "30.2 / 31.0", "\u2013", "\u2013", "\u2013", "Symmetric"]],
                [1.5, 0.5, 1.1, 0.85, 0.7, 0.85, 0.9], style="rep", fs=8.5), SP(6),
            TBL([["Muscle (R)", "Root", "Fibs/PSW", "MUAPs", "Recruitment"],
                 ["Tibialis anterior", "L4-5", "None", "Normal", "Full"],
                 ["Extensor hallucis longus", "L5", "None", "Normal", "Full"],
                 ["Gastrocnemius (medial)", "S1-2", "None", "Normal", "Full"],
                 ["Gluteus medius", "L5", "None", "Normal", "Full"],
                 ["Gluteus maximus", "S1", "None", "Normal", "Full"],
                 ["Lumbosacral paraspinals L4-S1", "\u2013", "None", "\u2013", "\u2013"]],
                [2.2, 0.8, 1.0, 1.0, 1.0], style="rep", fs=8.5), SP(6),
            P("Left gastrocnemius (spot check for prior S1 injury): a few large polyphasic MUAPs, no fibrillations "
              "\u2013 consistent with remote, chronic reinnervated change only.", "rep"), SP(4),
            P("<b>Impression:</b> No electrodiagnostic evidence of lumbosacral radiculopathy on the right. Remote "
              "chronic reinnervation in the left S1 myotome consistent with the prior, resolved left S1 "
              "radiculopathy; no active denervation. No evidence of peripheral neuropathy.", "rep"), SP(8),
            P("Sunil Varadarajan, MD (PM&amp;R / EDX) &nbsp; 12/11/2025", "rep")]
    files.append(("06_emg_ncs_2025-12-11.pdf", [textdoc(emg, ftr("Whitacre, D.", DOB))]))

    # --- 07 pain psychology screening letter
    def psych():
        return letterhead("Sandhills University Medical Center", [
            "Behavioral Medicine \u2013 Pain Psychology Service", "Fiona Gallagher-Reyes, PhD, Licensed Psychologist \u2022 910-555-0299"]) + [
            P("January 14, 2026", "right"),
            P("Helena Marchetti-Voss, MD, PhD, Neurosurgery Spine Division"), SP(4),
            P("<b>RE: Pre-surgical psychological screening \u2013 Darnell V. Whitacre (DOB 04/03/1972)</b>"), SP(4),
            P("Dear Dr. Marchetti-Voss,"),
            P("Thank you for referring Mr. Whitacre for a pre-surgical pain psychology screen ahead of the proposed "
              "SI joint fusion. I met with him for 75 minutes on 01/14/2026; he completed the measures below."),
            TBL([["Measure", "Score", "Interpretation"],
                 ["Brief Pain Inventory \u2013 average / worst pain", "6 / 8", "moderate-severe, localized R buttock"],
                 ["PHQ-9", "6", "mild depressive symptoms"],
                 ["GAD-7", "4", "minimal anxiety"],
                 ["Pain Catastrophizing Scale", "17", "below clinical threshold (30)"],
                 ["Widespread Pain Index / Symptom Severity", "2 / 3", "does not meet 2016 fibromyalgia criteria"],
                 ["PHQ-15 (somatic symptoms)", "5", "low"]], [2.8, 0.8, 2.9], style="body", fs=9.5), SP(4),
            P("Mr. Whitacre's pain is confined to the right buttock and he does not describe pain elsewhere. His "
              "account was consistent and proportionate. He does not meet criteria for somatic symptom disorder, and "
              "I found no evidence of a generalized pain disorder. He mentioned that his mother has fibromyalgia; "
              "he does not have it himself. There is no history of substance misuse; he uses no opioids."),
            P("He has realistic expectations (he hopes to return to full duties, not to be pain-free) and good family "
              "support. From a psychological standpoint I see no contraindication to surgery. I have offered a "
              "brief CBT-for-pain course around the time of surgery, which he accepted."), SP(4),
            P("Kind regards,"), SP(14),
            P("Fiona Gallagher-Reyes, PhD"), P("cc: Amos Tillery, MD", "small")]
    files.append(("07_pain_psychology_2026-01-14.pdf", [textdoc(psych, F)]))

    # --- 08 MDT summary
    def mdt():
        return letterhead("Sandhills University Spine Center", ["Multidisciplinary Spine Case Conference \u2013 Summary of Discussion",
                                                              "Tuesday 02/10/2026, 17:00 \u2013 Conference Room 2B / virtual"]) + [
            TBL([["Patient", "Darnell V. Whitacre, 53M, MRN SU-2290417"],
                 ["Presented by", "H. Marchetti-Voss, MD (Neurosurgery)"],
                 ["Attendance", "Neurosurgery, Orthopaedics, PM&amp;R, Pain Medicine, Neuroradiology, MSK Radiology, PT, Pain Psychology"],
                 ["Question", "Candidacy for minimally invasive right SIJ fusion"]], [1.4, 5.3], style="rep", header=False), SP(6),
            P("<b>Key points:</b>", "rep"),
            P("\u2022 Localized right posterior SIJ pain, no radiation; 3/5 provocation tests positive incl. thigh thrust.<br/>"
              "\u2022 Two concordant fluoroscopic contrast-confirmed blocks (10/09 and 11/13/2025), both &gt;70% relief.<br/>"
              "\u2022 Steroid SIJ injections 06/05 and 11/13/2025 each with temporary benefit only.<br/>"
              "\u2022 PT 03-06/2025 and chiropractic 07-10/2025; NSAID throughout 2025.<br/>"
              "\u2022 MSK radiology re-confirmed: no erosions; CT addendum stands. Right hip mild OA only.<br/>"
              "\u2022 Neuroradiology: lumbar MRI without neural compression. EMG normal on the right.<br/>"
              "\u2022 Pain psychology: no contraindication.", "rep"), SP(4),
            P("<b>Consensus:</b> Appropriate candidate for MIS right SIJ fusion (CPT 27279). Proceed with prior "
              "authorization. RFA discussed as alternative; patient prefers fusion.", "rep"), SP(8),
            P("Minutes: A. Pettigrew, NP. Attending sign-off: H. Marchetti-Voss, MD 02/11/2026.", "tiny")]
    files.append(("08_spine_conference_2026-02-10.pdf", [textdoc(mdt, ftr("Whitacre, Darnell V.", DOB, "|  Spine conference"))]))

    meta = {"request_date": "2026-02-16", "procedure_codes": ["27279"], "member_id": "CSN-5520-77341", "policy": "MP-MM-1366"}
    C = {
        "perc.pain_location": ("met", ["sits entirely below the belt line over the right posterior sacroiliac joint",
                                       "The pain does not radiate into the groin, thigh or leg"]),
        "perc.pain_severity": ("met", ["He rates the right buttock pain at 7/10 today"]),
        "perc.sij_tenderness": ("met", ["tenderness on palpation over the right posterior SI joint",
                                        "No tenderness over the lumbar spinous processes or paraspinals"]),
        "perc.active_conservative_therapy": ("met", ["Darnell was discharged from physical therapy on 06/27/2025",
                                                      "from 07/07/2025 to 10/24/2025, 22 visits",
                                                      "Start of care: 03/03/2025"]),
        "perc.inactive_conservative_therapy": ("met", ["He has taken meloxicam 15 mg daily since January 2025, continuously"]),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) Positive concordant buttock pain"]),
        "perc.two_provocative_tests": ("met", ["FABER (Patrick's) Positive", "Gaenslen's Positive right leg hanging"]),
        "perc.diagnostic_injections": ("met", ["71% relief sustained for 2 hours",
                                              "86% relief at 3 hours, at least the expected duration of bupivacaine",
                                              "intra-articular arthrogram with no vascular uptake"]),
        "perc.generalized_pain_excluded": ("met", ["He does not meet criteria for somatic symptom disorder",
                                                  "Waddell's non-organic signs 0/5"]),
        "perc.sij_imaging": ("met", ["No erosions, ankylosis or destructive lesion",
                                     "no imaging evidence of inflammatory sacroiliitis"]),
        "perc.hip_imaging": ("met", ["Right hip: mild osteoarthritis",
                                     "no more than mild osteoarthritis"]),
        "perc.lumbar_imaging": ("met", ["No nerve root compression or impingement at any level"]),
        "perc.therapeutic_injections": ("met", ["then gradual return of right buttock pain to his usual level",
                                               "steroid effect lasted about two weeks; pain has returned to baseline"]),
        "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 negative, CRP 2 mg/L"]),
        "perc.excl.infection_tumor_fracture": ("met", ["Sacrum and pelvic ring intact; no fracture"]),
        "perc.excl.acute_instability": ("met", ["no history of trauma to the pelvis"]),
        "perc.excl.neural_compression": ("met", ["No electrodiagnostic evidence of lumbosacral radiculopathy on the right"]),
    }
    labels = {"procedure": "percutaneous", "request_date": "2026-02-16", "determination": "meets_criteria",
              "criteria": {k: {"status": s, "evidence": e} for k, (s, e) in C.items()}}
    return files, labels, meta


# =====================================================================================
# b7t-03  percutaneous SIJ fusion (CPT 27279), folder without packet.json, gold: insufficient_documentation
# =====================================================================================
def p03():
    NM, DOB = "ABERNATHY-RUIZ, Colleen J.", "11/27/1979"
    F = ftr(NM, DOB, "|  MRN TAS-7781320")
    files = []
    banc = "FROM: TRIAD ACAD SPINE INST 336-555-0419   TO: CARESOURCE UM 18445550132   05/04/2026 15:27   P. 1/{}"

    cov = [("t", "TRIAD ACADEMIC SPINE INSTITUTE", 14, True, "c"),
           ("t", "901 Northline Avenue, Greensboro, NC 27408  -  Tel 336-555-0410  -  Fax 336-555-0419", 10, False, "c"),
           ("rule",), ("gap", 30), ("t", "FAX COVER SHEET", 16, True, "c"), ("gap", 30),
           ("cols", ["TO:", "CareSource NC - Prior Authorization"], [0, 330], 12),
           ("cols", ["FAX:", "1-844-555-0132"], [0, 330], 12),
           ("cols", ["FROM:", "Dr. N. Osei-Bonsu / Kendra Pfaff, PA coordinator"], [0, 330], 12),
           ("cols", ["DATE:", "05/04/2026"], [0, 330], 12),
           ("cols", ["PAGES:", "cover + 8"], [0, 330], 12),
           ("cols", ["RE:", "Colleen Abernathy-Ruiz  DOB 11/27/1979"], [0, 330], 12), ("gap", 30),
           ("t", "Request for prior authorization, left SI joint fusion (minimally invasive). Clinical notes, "
                 "imaging, injection record and psychology letter attached. Please fax decision to 336-555-0419.", 12),
           ("gap", 160),
           ("t", "CONFIDENTIAL: This transmission may contain protected health information. If received in error, "
                 "call 336-555-0410 and destroy.", 10)]

    def form():
        return [P("CareSource North Carolina \u2013 Marketplace", "formh"),
                P("Medical Prior Authorization Request", "formh"), SP(8),
                TBL([["1. Date of request", "05/04/2026"],
                     ["2. Member name / ID", "Colleen J. Abernathy-Ruiz / CSN-6093-11852"],
                     ["3. Member DOB", "11/27/1979"],
                     ["4. Requesting physician", "Nathaniel Osei-Bonsu, MD, Triad Academic Spine Institute (NPI 1548826630)"],
                     ["5. Servicing facility", "Triad Academic Medical Center, Greensboro (outpatient)"],
                     ["6. Procedure (CPT)", "27279 \u2013 Percutaneous/minimally invasive arthrodesis, sacroiliac joint, LEFT"],
                     ["7. Diagnosis (ICD-10)", "M53.3 Sacrococcygeal disorders NEC; M54.50 Low back pain, unspecified"],
                     ["8. Proposed date", "06/2026 (TBD)"],
                     ["9. Urgency", "Standard"]], [2.0, 4.7], style="form", header=False), SP(8),
                P("<b>10. Clinical rationale:</b> left SIJ pain since 2024, failed PT (stopped due to increased pain) and "
                  "NSAIDs, positive fluoroscopic SIJ block 03/26/2026, SIJ imaging completed, psychology screen "
                  "completed. Reviewed at MDT 04/22/2026.", "form"), SP(30),
                P("Physician signature: <i>N. Osei-Bonsu, MD</i> &nbsp;&nbsp; Date: 05/04/2026", "form")]
    files.append(("01_fax_cover_and_request.pdf", [
        faxdoc([dict(items=cov, banner=banc.format(9), seed=3101, mode="standard", skew=1.2, serif=False)]),
        textdoc(form, lambda p, n: ("CS-NC-MED-PA", f"Page {p} of {n}"))]))

    # --- consult letter
    def letter():
        return letterhead("Triad Academic Spine Institute", [
            "Division of Spine Surgery, Department of Neurosurgery",
            "901 Northline Avenue, Greensboro, NC 27408 \u2022 T 336-555-0410 \u2022 F 336-555-0419",
            "Nathaniel Osei-Bonsu, MD, MPH \u2022 Assistant Professor"]) + [
            P("2nd March 2026", "right"),
            P("Dr. Gretchen Olmstead<br/>Guilford Primary Care Associates<br/>1500 Battleground Ave<br/>Greensboro, NC 27408"), SP(6),
            P("Dear Dr. Olmstead,"), SP(2),
            P("<b>Re: Mrs. Colleen J. ABERNATHY-RUIZ, DOB 27/11/1979 (11/27/1979), MRN TAS-7781320</b>"), SP(4),
            P("Thank you for your referral of this 46 year old dental hygienist with left sided low back and buttock "
              "pain, whom I saw in the spine surgery clinic on 02 March 2026."), SP(3),
            P("<b>Presenting complaint.</b> Pain in the left buttock since the spring of 2024, without a clear "
              "precipitant. It is confined to an area over the left posterior sacroiliac joint, below L5, and she "
              "is clear that it stays in the buttock; there is no radiation into the thigh or below the knee. "
              "Worse standing at work (she leans over patients for long periods), on stairs and lying on the left side. "
              "She gives it 7/10 at present. Of note she had an episode of right-sided sciatica in 2021 that settled "
              "completely after physiotherapy and has not recurred."), SP(3),
            P("<b>Treatment so far.</b> She started physiotherapy at Gate City Rehab on 11/03/2025 but "
              "discontinued physiotherapy after seven weeks because of increased pain, the last session being "
              "12/19/2025; the therapist documented a flare with each progression of loading. She was also given "
              "a home exercise sheet which she admits she has not kept up, mostly because of her work shifts. She "
              "has taken naproxen 500 mg twice daily since April 2025, with a heat pad at night, and acetaminophen on "
              "bad days. A left L4-5/L5-S1 medial branch block in December 2025 was unhelpful."), SP(3),
            P("<b>Past history:</b> two caesarean sections, migraine, iron deficiency. No inflammatory bowel disease, "
              "psoriasis or uveitis. No history of trauma or falls, no cancer. <b>Medication:</b> naproxen, "
              "sumatriptan PRN, ferrous sulfate, acetaminophen. <b>Allergy:</b> penicillin (rash). <b>Family:</b> "
              "sister with fibromyalgia; father with type 2 diabetes."), SP(3),
            P("<b>Examination.</b> Comfortable at rest. Lumbar range full with end-range discomfort in extension only. "
              "Point tenderness over the left sacral sulcus/PSIS. The lumbar spinous processes and paraspinals, the "
              "greater trochanter and the coccyx are non-tender. Sacroiliac provocation on the left:"), SP(2),
            TBL([["Manoeuvre", "Result"],
                 ["Compression (side-lying)", "positive \u2013 reproduces left buttock pain"],
                 ["Thigh thrust", "not performed (pain on lying supine with hip flexed, deferred)"],
                 ["Gaenslen's", "positive on the left"],
                 ["Distraction", "equivocal \u2013 vague sacral discomfort, not her usual pain"],
                 ["FABER / Patrick's", "not tested today"]], [2.2, 4.2], style="body", fs=10), SP(3),
            P("SLR negative to 85 degrees. Neurologically intact in both lower limbs. Hip movements not formally "
              "assessed beyond a quick log roll, which was painless."), SP(3),
            P("<b>Investigations.</b> Sacroiliac joint radiographs (01/20/2026) and MRI of the pelvis/SI joints "
              "(02/09/2026) at Triad Academic Radiology are reported as showing mild degenerative change only. "
              "She had an MRI of the lumbar spine at an outside centre in August 2025; that report was not available "
              "to me at the time of dictation and I have asked my secretary to obtain it. Hip radiographs were ordered "
              "with the SI joint views in January but, as far as I can see, were never done."), SP(3),
            P("<b>Impression.</b> Clinical picture strongly suggestive of left sacroiliac joint dysfunction."), SP(3),
            P("<b>Plan.</b> 1. Fluoroscopic left SI joint injection with Dr. Karimi (anesthetic plus steroid); if "
              "positive we will repeat a confirmatory block. 2. Left hip radiographs. 3. Obtain the outside lumbar MRI "
              "report. 4. Pain psychology screening. 5. Continue naproxen. I have explained to Mrs. Abernathy-Ruiz that "
              "minimally invasive fusion is an option if the work-up supports it. Review in two months."), SP(6),
            P("Yours sincerely,"), SP(16), P("Nathaniel Osei-Bonsu, MD, MPH"),
            P("cc: Yusuf Karimi, MD, Triad Academic Pain Management; Hannah Lindqvist, PsyD", "small"),
            P("NOB/kp &nbsp; Dictated 03/02/2026 &nbsp; Typed 03/04/2026 &nbsp; <i>Dictated, not read \u2013 signed in "
              "the author's absence to avoid delay.</i>", "small")]
    files.append(("02_spine_consult_2026-03-02.pdf", [textdoc(letter, F)]))

    # --- imaging
    def img():
        return letterhead("TRIAD ACADEMIC RADIOLOGY", [
            "Triad Academic Medical Center \u2022 1200 N. Elm Street, Greensboro, NC 27401 \u2022 Results 336-555-0455"],
            style=("lhc1", "lhc2")) + [
            TBL([["Name: ABERNATHY-RUIZ, COLLEEN J", "MRN: TAS-7781320", "DOB: 11/27/1979"],
                 ["Exam: XR SACROILIAC JOINTS 3 VIEWS; XR HIP LEFT 2 VIEWS", "DOS: 01/20/2026", "Acc: 26XR004417"]],
                [3.5, 1.6, 1.6], style="rep", header=False), SP(4),
            P("<b>Indication:</b> Left buttock pain, ?SIJ.", "rep"),
            P("<b>Findings:</b> AP and bilateral oblique views of the sacroiliac joints. Mild subchondral sclerosis "
              "along the inferior left sacroiliac joint. Joint width preserved. No erosion, no ankylosis. No fracture "
              "or destructive bone lesion. Lumbosacral junction unremarkable.", "rep"),
            P("<b>Impression:</b> Mild degenerative change of the left sacroiliac joint.", "rep"),
            P("Read by: Marcus T. Ellery, MD &nbsp; 01/20/2026 15:12", "rep"), SP(4),
            P("<b>ADDENDUM (01/23/2026):</b> The examination header lists left hip radiographs. The left hip views "
              "were ordered but not performed; the patient left the department after the SI joint views. "
              "This report pertains to the sacroiliac joint views only. Hip radiographs remain outstanding. "
              "\u2013 M. T. Ellery, MD", "rep"), HR(0.4), SP(4),
            TBL([["Name: ABERNATHY-RUIZ, COLLEEN J", "MRN: TAS-7781320", "DOB: 11/27/1979"],
                 ["Exam: MRI PELVIS (SACROILIAC JOINTS) WITHOUT CONTRAST", "DOS: 02/09/2026", "Acc: 26MR011902"]],
                [3.5, 1.6, 1.6], style="rep", header=False), SP(4),
            P("<b>Indication:</b> Left SIJ pain. Exclude sacroiliitis.", "rep"),
            P("<b>Technique:</b> Coronal oblique T1, STIR; axial T2 FS; sagittal T1 of the sacrum.", "rep"),
            P("<b>Findings:</b>", "rep"),
            P("Left SIJ: mild subchondral sclerosis and small anterior osteophyte at the inferior synovial portion. "
              "No bone marrow edema, no erosions, no fat metaplasia, no ankylosis.", "rep"),
            P("Right SIJ: normal.", "rep"),
            P("Sacrum/ilia: normal marrow signal. No fracture, stress reaction or marrow-replacing lesion. No "
              "abscess or joint effusion.", "rep"),
            P("Incidental: 2.1 cm simple left ovarian cyst. Small Tarlov cyst at S2, incidental.", "rep"),
            P("<b>Impression:</b>", "rep"),
            P("1. Mild degenerative change at the left sacroiliac joint. No MRI evidence of active or structural "
              "sacroiliitis.", "rep"),
            P("2. No destructive lesion, infection or fracture.", "rep"),
            P("3. Incidental simple left ovarian cyst; no follow-up needed at this age and size.", "rep"), SP(4),
            P("Read by: Sofia Benedetti-Hart, MD (MSK) &nbsp; 02/09/2026 19:41", "rep")]
    files.append(("03_imaging.pdf", [textdoc(img, ftr("ABERNATHY-RUIZ, COLLEEN J", DOB, "|  Radiology"))]))

    # --- pain clinic: MBB (text) + SIJ injection note (fax)
    def mbb():
        return letterhead("Triad Academic Pain Management", [
            "Yusuf Karimi, MD \u2022 Interventional Pain \u2022 1200 N. Elm Street, Suite 300, Greensboro NC 27401 \u2022 336-555-0470"]) + [
            P("<b>PROCEDURE REPORT \u2013 LUMBAR MEDIAL BRANCH BLOCKS</b>", "repb"),
            P("Patient: Colleen J. Abernathy-Ruiz &nbsp; DOB 11/27/1979 &nbsp; Date: 12/08/2025", "rep"),
            P("Procedure: Left L3 and L4 medial branch and L5 dorsal ramus blocks (L4-5 and L5-S1 facet joints), "
              "fluoroscopic guidance.", "rep"),
            P("Indication: left-sided low back pain, rule out facet-mediated pain.", "rep"),
            P("Medication: 0.5 mL 2% lidocaine at each level.", "rep"),
            P("Pre-procedure pain 7/10. Post-procedure: 30 min 6/10, 60 min 6/10.", "rep"),
            TBL([["Time", "0", "30 min", "1 h", "2 h", "4 h"], ["Pain score", "7", "6", "6", "6", "7"],
                 ["% relief", "\u2013", "14%", "14%", "14%", "0%"]], [1.2, 0.8, 0.8, 0.8, 0.8, 0.8], style="rep", fs=9),
            SP(4),
            P("<b>Assessment:</b> negative medial branch block (less than 20% relief). Facet joints unlikely to be the "
              "primary pain generator. Will discuss SI joint injection with the referring surgeon.", "rep"), SP(6),
            P("Yusuf Karimi, MD &nbsp; electronically signed 12/08/2025", "rep")]
    banp = "FROM: TRIAD ACAD PAIN MGMT 3365550479   TO: TASI SPINE 3365550419   03/30/2026 08:51   P. 1/1"
    sz = 10.5
    sij = [("t", "TRIAD ACADEMIC PAIN MANAGEMENT", 13.5, True, "c"),
           ("t", "1200 N. Elm Street, Suite 300, Greensboro NC 27401   Ph 336-555-0470", 9.5, False, "c"), ("rule",),
           ("t", "PROCEDURE NOTE - SACROILIAC JOINT INJECTION", 12, True),
           ("cols", ["Patient: ABERNATHY-RUIZ, COLLEEN J", "DOB: 11/27/1979", "DOS: 03/26/2026"], [0, 760, 1120], sz),
           ("cols", ["Physician: Yusuf Karimi, MD", "Ref: N. Osei-Bonsu, MD"], [0, 760], sz), ("gap", 8),
           ("t", "Procedure: LEFT sacroiliac joint injection under fluoroscopic guidance with contrast arthrogram.", sz),
           ("t", "Pre-procedure pain: 6/10 (left buttock).", sz),
           ("t", "Technique: prone, sterile prep. Skin wheal 1% lidocaine. 22G spinal needle into inferior left SIJ. "
                 "Isovue-M 200, 0.5 mL: intra-articular spread confirmed, no vascular runoff. Injected 2% lidocaine "
                 "1 mL + triamcinolone 40 mg (1 mL). No complications.", sz), ("gap", 8),
           ("t", "Post-procedure pain diary (completed by patient):", sz, True),
           ("cols", ["Time", "Pain 0-10", "% relief", "Activity"], [0, 330, 600, 850], sz, True),
           ("cols", ["Pre", "6", "-", "standing at check-in"], [0, 330, 600, 850], sz),
           ("cols", ["15 min", "1", "83%", "walked to car"], [0, 330, 600, 850], sz),
           ("cols", ["30 min", "1", "83%", "bending / stairs"], [0, 330, 600, 850], sz),
           ("cols", ["1 hr", "1", "83%", "sat 30 min"], [0, 330, 600, 850], sz),
           ("cols", ["2 hr", "3", "50%", ""], [0, 330, 600, 850], sz),
           ("cols", ["4 hr", "5", "17%", "worn off"], [0, 330, 600, 850], sz), ("gap", 8),
           ("t", "Impression: 83% relief lasting at least 1 hour after lidocaine - positive diagnostic block #1 of 2.", sz),
           ("t", "Plan: confirmatory block #2 (bupivacaine) to be scheduled in 4-6 weeks. Follow-up call re steroid effect.", sz),
           ("gap", 8),
           ("t", "Addendum 04/14/2026 (phone, RN D. Quarles): steroid helped about 10 days; pain back to usual level "
                 "since approx 04/06. Block #2 not yet scheduled - awaiting insurance.", sz), ("gap", 14),
           ("t", "Yusuf Karimi, MD   signed 03/26/2026 (addendum 04/14/2026)", sz)]
    files.append(("04_pain_clinic.pdf", [textdoc(mbb, ftr("Abernathy-Ruiz, Colleen J.", DOB)),
                                         faxdoc([dict(items=sij, banner=banp, seed=3201, mode="fine", skew=0.4)])]))

    # --- pain psychology
    def psych():
        return letterhead("Triad Academic Medical Center", [
            "Department of Psychiatry &amp; Behavioral Sciences \u2013 Pain Psychology Clinic",
            "Hannah Lindqvist, PsyD \u2022 Clinical Health Psychologist \u2022 336-555-0488"]) + [
            P("April 8, 2026", "right"),
            P("Nathaniel Osei-Bonsu, MD, Triad Academic Spine Institute"), SP(4),
            P("<b>Re: Colleen J. Abernathy-Ruiz &nbsp; DOB 11/27/1979 &nbsp; Pre-procedural pain psychology screening</b>"), SP(4),
            P("Dear Dr. Osei-Bonsu,"),
            P("Thank you for asking me to see Mrs. Abernathy-Ruiz, whom I assessed today for a psychological screen prior "
              "to possible sacroiliac joint surgery. She attended alone, was punctual, and engaged well."), SP(3),
            P("<b>Pain.</b> She describes a deep ache in the left buttock and reports an average pain intensity of "
              "4-6/10 over the past week; it eased for about ten days after the March injection and is now back to her usual. She "
              "denies pain elsewhere in the body apart from her migraines, which are well controlled."), SP(3),
            P("<b>Measures</b> (completed 04/08/2026):"),
            TBL([["Instrument", "Result", "Comment"],
                 ["PHQ-9", "5", "mild"], ["GAD-7", "7", "mild"],
                 ["Pain Catastrophizing Scale", "14", "not elevated"],
                 ["Tampa Scale of Kinesiophobia", "36", "moderate fear of movement"],
                 ["ACR 2016 FM (WPI / SSS)", "1 / 4", "criteria not met"],
                 ["Waddell nonorganic signs", "0 of 5", "examined today"]], [2.4, 1.0, 3.1], style="body", fs=9.5), SP(3),
            P("<b>Formulation.</b> Her sister has fibromyalgia, and her GP wondered about fibromyalgia in 2023 when she "
              "was iron deficient and fatigued; this was not confirmed by rheumatology and she does not meet "
              "criteria today. I did not find evidence of somatic symptom disorder or generalized pain behaviour. "
              "Some fear-avoidance around lifting, which is understandable and modifiable."), SP(3),
            P("<b>Recommendation.</b> No psychological contraindication to the proposed procedure. I have offered four "
              "sessions of pain CBT with graded activity, to begin now."), SP(6),
            P("Yours sincerely,"), SP(14), P("Hannah Lindqvist, PsyD"),
            P("cc: Dr. G. Olmstead (PCP)", "small")]
    files.append(("05_pain_psychology_2026-04-08.pdf", [textdoc(psych, F)]))

    # --- MDT
    def mdt():
        return letterhead("Triad Academic Spine Institute", ["Multidisciplinary Spine Board \u2013 Outcome Summary",
                                                           "Meeting of 04/22/2026 (Wednesday 07:15)"]) + [
            TBL([["Patient", "Colleen J. Abernathy-Ruiz, 46F, TAS-7781320"],
                 ["Lead clinician", "N. Osei-Bonsu, MD"],
                 ["Present", "Spine surgery (Osei-Bonsu, Hwang), Pain (Karimi), PM&amp;R (Delacroix), Radiology "
                             "(Benedetti-Hart), Psychology (Lindqvist), PT (Moreau)"]], [1.4, 5.3], style="rep", header=False), SP(6),
            P("<b>Case:</b> left SIJ pain since 2024, non-radiating. Compression and Gaenslen's positive; distraction "
              "equivocal; thigh thrust and FABER not yet documented. One positive fluoroscopic SIJ block (03/26/2026, "
              "lidocaine + steroid); steroid benefit ~10 days. Negative lumbar MBB 12/2025.", "rep"),
            P("<b>Imaging reviewed:</b> SIJ radiographs 01/20/2026 and MRI pelvis 02/09/2026 \u2013 mild left SIJ "
              "degeneration, no sacroiliitis, no destructive lesion. Outside MRI L-spine (Alamance Imaging Center, "
              "08/14/2025), report now received and reviewed: mild L4-5 facet arthropathy; no disc herniation, no canal "
              "or foraminal stenosis, no nerve root compression. Left hip radiographs still not done.", "rep"),
            P("<b>Therapy:</b> PT 11/03-12/19/2025 stopped because of increased pain; naproxen since 04/2025.", "rep"),
            P("<b>Psychology:</b> screen completed 04/08/2026, no contraindication.", "rep"),
            P("<b>Board outcome:</b> Reasonable to seek authorization for MIS left SIJ fusion. Before surgery: "
              "confirmatory block #2, left hip radiographs, and complete provocation testing at the next visit.", "rep"),
            SP(8), P("Recorded by R. Hwang, MD (spine fellow). Summary of discussion only.", "tiny")]
    files.append(("06_spine_board_2026-04-22.pdf", [textdoc(mdt, ftr("Abernathy-Ruiz, C.", DOB, "|  Spine Board"))]))

    C = {
        "perc.pain_location": ("met", ["confined to an area over the left posterior sacroiliac joint, below L5",
                                       "no radiation into the thigh or below the knee"]),
        "perc.pain_severity": ("met", ["average pain intensity of 4-6/10 over the past week"]),
        "perc.sij_tenderness": ("met", ["Point tenderness over the left sacral sulcus/PSIS",
                                        "greater trochanter and the coccyx are non-tender"]),
        "perc.active_conservative_therapy": ("met", ["discontinued physiotherapy after seven weeks because of increased pain",
                                                      "PT 11/03-12/19/2025 stopped because of increased pain"]),
        "perc.inactive_conservative_therapy": ("met", ["taken naproxen 500 mg twice daily since April 2025"]),
        "perc.thigh_thrust_or_compression": ("met", ["Compression (side-lying) positive",
                                                    "Compression and Gaenslen's positive"]),
        "perc.two_provocative_tests": ("insufficient", []),
        "perc.diagnostic_injections": ("insufficient", []),
        "perc.generalized_pain_excluded": ("met", ["I did not find evidence of somatic symptom disorder",
                                                  "ACR 2016 FM (WPI / SSS) 1 / 4 criteria not met"]),
        "perc.sij_imaging": ("met", ["No bone marrow edema, no erosions, no fat metaplasia",
                                     "No destructive lesion, infection or fracture",
                                     "No erosion, no ankylosis"]),
        "perc.hip_imaging": ("insufficient", []),
        "perc.lumbar_imaging": ("met", ["no canal or foraminal stenosis, no nerve root compression"]),
        "perc.therapeutic_injections": ("insufficient", []),
        "perc.excl.systemic_arthropathy": ("met", ["No MRI evidence of active or structural sacroiliitis"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No destructive lesion, infection or fracture"]),
        "perc.excl.acute_instability": ("met", ["No history of trauma or falls"]),
        "perc.excl.neural_compression": ("met", ["no nerve root compression"]),
    }
    labels = {"procedure": "percutaneous", "request_date": "2026-05-04", "determination": "insufficient_documentation",
              "criteria": {k: {"status": s, "evidence": e} for k, (s, e) in C.items()}}
    return files, labels, None


# =====================================================================================
# build + self-check
# =====================================================================================
def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def expected_det(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def build():
    results = []
    specs = [("b7t-01", p01, "single"), ("b7t-02", p02, "folder"), ("b7t-03", p03, "folder")]
    for pid, fn, form in specs:
        files, labels, meta = fn()
        pages = []  # (file, page_no_in_file, kind, faxtext, dpi)
        if form == "single":
            path = os.path.join(OUT, pid + ".pdf")
            info = write_file(path, files[0][1])
            pages += [(path, i, *x) for i, x in enumerate(info)]
            with open(os.path.join(OUT, pid + ".labels.json"), "w") as f:
                json.dump(labels, f, indent=2, ensure_ascii=False)
        else:
            d = os.path.join(OUT, pid)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
            for name, docs in sorted(files):
                path = os.path.join(d, name)
                info = write_file(path, docs)
                pages += [(path, i, *x) for i, x in enumerate(info)]
            if meta:
                with open(os.path.join(d, "packet.json"), "w") as f:
                    json.dump(meta, f, indent=2)
            with open(os.path.join(d, "labels.json"), "w") as f:
                json.dump(labels, f, indent=2, ensure_ascii=False)
        results.append((pid, form, files, labels, meta, pages))
    return results


def check(results):
    ok = True
    rows = []
    def fail(msg):
        nonlocal ok
        ok = False
        print("  FAIL:", msg)
    for pid, form, files, labels, meta, pages in results:
        print(f"== {pid}")
        crit = labels["criteria"]
        want = PERC if labels["procedure"] == "percutaneous" else OPEN
        if sorted(crit) != sorted(want):
            fail(f"criteria set mismatch: {set(crit) ^ set(want)}")
        else:
            print(f"  criteria set OK ({len(crit)} for {labels['procedure']})")
        det = expected_det([c["status"] for c in crit.values()])
        if det != labels["determination"]:
            fail(f"determination {labels['determination']} != section-2 result {det}")
        else:
            print(f"  determination follows section 2: {det}")
        # page texts
        texts, fax_info, nfax = [], [], 0
        cache = {}
        for path, i, kind, ftext, dpi in pages:
            if path not in cache:
                cache[path] = pdfplumber.open(path)
            pg = cache[path].pages[i]
            w, h = float(pg.width), float(pg.height)
            if abs(w - 612) > 1 or abs(h - 792) > 1:
                fail(f"{path} p{i+1} not US Letter ({w}x{h})")
            layer = pg.extract_text() or ""
            if kind == "fax":
                nfax += 1
                if pg.chars or layer.strip():
                    fail(f"fax page {path} p{i+1} has a text layer")
                imgs = pg.images
                if len(imgs) != 1:
                    fail("fax page image count")
                im = imgs[0]
                filt = str(im["stream"].get("Filter"))
                if "CCITTFax" not in filt or im["stream"].get("BitsPerComponent") != 1:
                    fail(f"fax page not 1-bit CCITT: {filt}")
                xdpi = im["srcsize"][0] / (float(im["x1"] - im["x0"]) / 72)
                ydpi = im["srcsize"][1] / (float(im["bottom"] - im["top"]) / 72)
                fax_info.append(f"{os.path.basename(path)} p{i+1}: {im['srcsize'][0]}x{im['srcsize'][1]} px, "
                                f"{xdpi:.0f}x{ydpi:.0f} dpi, {filt}")
                texts.append(ftext)
            else:
                if not layer.strip():
                    fail(f"text page {path} p{i+1} has no text")
                texts.append(layer)
        n = len(pages)
        print(f"  pages: {n}" + ("  OK" if 4 <= n <= 20 else "  OUT OF RANGE"))
        if not 4 <= n <= 20:
            fail("page count")
        for fi in fax_info:
            print("  fax", fi)
        if nfax == 0:
            fail("no faxed pages")
        ntexts = [norm(t) for t in texts]
        for cid, c in crit.items():
            ev = c["evidence"]
            if c["status"] == "insufficient":
                if ev:
                    fail(f"{cid}: insufficient with evidence")
                print(f"  {cid:38s} insufficient  (no evidence)")
                continue
            if not 1 <= len(ev) <= 3:
                fail(f"{cid}: {len(ev)} snippets")
            locs = []
            for sn in ev:
                nw = len(sn.split())
                if not 3 <= nw <= 12:
                    fail(f"{cid}: snippet has {nw} words: {sn!r}")
                hits = [k + 1 for k, t in enumerate(ntexts) if norm(sn) in t]
                if not hits:
                    fail(f"{cid}: snippet not found: {sn!r}")
                locs.append(f"p{hits[0] if hits else '?'}")
            print(f"  {cid:38s} {c['status']:12s} {len(ev)} snippet(s) found on {', '.join(locs)}")
        if meta:
            if meta.get("request_date") != labels["request_date"]:
                fail("packet.json request_date != labels")
            code = meta["procedure_codes"][0]
        else:
            code = None
        allt = " ".join(ntexts)
        want_code = "27279" if labels["procedure"] == "percutaneous" else "27280"
        other = "27280" if want_code == "27279" else "27279"
        if want_code not in allt or other in allt or (code and code != want_code):
            fail("procedure code mismatch")
        else:
            print(f"  CPT {want_code} present, {other} absent")
        rd = labels["request_date"]
        mdY = f"{rd[5:7]}/{rd[8:10]}/{rd[:4]}"
        if mdY not in allt:
            fail("request date not present in packet text")
        for fo in cache.values():
            fo.close()
        nfiles = len(files)
        res = sorted(set(fi.split(", ")[1] for fi in fax_info))
        rows.append((pid, form, nfiles, n, nfax, res, labels["procedure"], want_code, labels["determination"]))
    print()
    print("| id | form | files / pages | faxed pages (resolution) | procedure (CPT) | gold determination |")
    print("|---|---|---|---|---|---|")
    for pid, form, nf, n, nfax, res, proc, code, det in rows:
        fm = "single PDF" if form == "single" else ("folder + packet.json" if pid == "b7t-02" else "folder, no packet.json")
        print(f"| {pid} | {fm} | {nf} / {n} | {nfax} ({'; '.join(res)}) | {proc} ({code}) | {det} |")
    print()
    print("SELF-CHECK:", "PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    res = build()
    sys.exit(0 if check(res) else 1)
