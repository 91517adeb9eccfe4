#!/work/writer-venv/bin/python
"""Deterministic generator for blind set v11 / b11a (PI/auto-injury world). Writes ./packets from scratch."""
import io, os, json, random, shutil, textwrap
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FD = "/usr/share/fonts/truetype/dejavu/"
FAXTEXT = {}   # (packet, file, page_index_in_file) -> rasterised text

# ---------------------------------------------------------------- rendering
def wrap(lines, width):
    out = []
    for ln in lines:
        if ln.startswith("@") or ln.startswith("#") or len(ln) <= width:
            out.append(ln)
        else:
            ind = len(ln) - len(ln.lstrip())
            out += textwrap.wrap(ln, width, subsequent_indent=" " * ind, break_on_hyphens=False, break_long_words=False)
    return out

def text_page(lines, header, footer):
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 12, 1))
    pdf.add_font("S", "", FD + "DejaVuSans.ttf"); pdf.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
    pdf.add_font("M", "", FD + "DejaVuSansMono.ttf")
    pdf.set_auto_page_break(False); pdf.add_page()
    pdf.set_font("S", "", 7.5); pdf.set_xy(36, 20); pdf.cell(540, 10, header)
    pdf.line(36, 32, 576, 32)
    y = 44
    for ln in wrap(lines, 100):
        if ln.startswith("#"):
            pdf.set_font("S", "B", 11); y += 3; pdf.set_xy(36, y); pdf.cell(540, 13, ln[1:].strip()); y += 16
        elif ln.startswith("@"):
            pdf.set_font("M", "", 8.3); pdf.set_xy(36, y); pdf.cell(540, 11, ln[1:]); y += 11.5
        else:
            pdf.set_font("S", "", 9.3); pdf.set_xy(36, y); pdf.cell(540, 12, ln); y += 12.6
    assert y < 755, ("overflow", header, lines[:2])
    pdf.set_font("S", "", 7.5); pdf.set_xy(36, 764); pdf.cell(540, 10, footer, align="C")
    return bytes(pdf.output())

def fax_page(lines, banner, footer, res, rng):
    W, H = 1734, 2156            # letter at 204 x 196 dpi
    im = Image.new("L", (W, H), 255); d = ImageDraw.Draw(im)
    fs = ImageFont.truetype(FD + "DejaVuSans.ttf", 30); fb = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 34)
    fm = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 27); fban = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    y = 150; txt = []
    for ln in wrap(lines, 88):
        if ln.startswith("#"):
            y += 8; d.text((110, y), ln[1:].strip(), font=fb, fill=0); y += 48; txt.append(ln[1:].strip())
        elif ln.startswith("@"):
            d.text((110, y), ln[1:], font=fm, fill=0); y += 37; txt.append(ln[1:])
        else:
            d.text((110, y), ln, font=fs, fill=0); y += 40; txt.append(ln)
    assert y < 2030, ("fax overflow", banner)
    d.text((W // 2 - 200, 2060), footer, font=fs, fill=0); txt.append(footer)
    im = im.rotate(rng.uniform(0.3, 1.5) * rng.choice([-1, 1]), resample=Image.BILINEAR, fillcolor=255)
    d = ImageDraw.Draw(im)
    d.text((40, 25), banner, font=fban, fill=0); txt.insert(0, banner)
    for _ in range(rng.randint(250, 500)):
        x, yy = rng.randrange(W), rng.randrange(H); r = rng.choice([1, 1, 2, 3])
        d.ellipse((x, yy, x + r, yy + r), fill=0)
    for _ in range(rng.randint(1, 2)):
        yy = rng.randrange(300, 1900); d.rectangle((0, yy, W, yy + rng.randint(2, 4)), fill=255)
    im = im.point(lambda p: 0 if p < 150 else 255).convert("1")
    if res == "standard":
        im = im.resize((W, H // 2), Image.NEAREST); dpi = (204, 98)
    else:
        dpi = (204, 196)
    b = io.BytesIO(); im.save(b, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(b.getvalue()), "\n".join(txt)

def build_pdf(path, pages, pid, ident, rng):
    w = PdfWriter(); n = len(pages); meta = []
    for i, p in enumerate(pages, 1):
        foot = f"{p.get('doc', '')}   Page {i} of {n}".strip()
        if p["kind"] == "text":
            data = text_page(p["lines"], ident, foot); meta.append({"page": i, "fax": None})
        else:
            data, t = fax_page(p["lines"], p["banner"], foot, p["res"], rng)
            meta.append({"page": i, "fax": p["res"], "text": t})
        for pg in PdfReader(io.BytesIO(data)).pages:
            w.add_page(pg)
    with open(path, "wb") as f:
        w.write(f)
    return meta

def T(lines, doc=""): return {"kind": "text", "lines": lines, "doc": doc}
def F(lines, banner, res, doc=""): return {"kind": "fax", "lines": lines, "banner": banner, "res": res, "doc": doc}

# ================================================================ PACKET 01
def packet01():
    ident = "OKAFOR, DELPHINE R.   DOB 03/14/1979   CareSource Member ID CSN448120937   Claim/DOL 11/08/2024"
    ban = "FROM: PIEDMONT INTERVENTIONAL PAIN 336-555-0182   10/21/2026 14:07   P.{}/{}"
    pages = [
     T(["#FAX COVER SHEET - TAR HEEL SPINE & ORTHOPAEDICS",
        "1840 Battleground Ave, Suite 300, Greensboro NC 27408   Ph 336-555-0140   Fax 336-555-0141",
        "",
        "To: CareSource North Carolina - Utilization Management / Prior Authorization",
        "Fax: 1-888-555-0199        Date: 10/27/2026        Pages (incl. cover): 12",
        "From: Renee Castellanos, Surgical Scheduler, for Anand Varghese, MD (Orthopaedic Spine)",
        "",
        "RE: Prior authorization request - Delphine R. Okafor, DOB 03/14/1979, ID CSN448120937",
        "Procedure: Right sacroiliac joint fusion, percutaneous (CPT 27279)",
        "",
        "Enclosed: PA request form; spine consult 10/06/2026; physiatry note; chiropractic flowsheet;",
        "PIP attending-provider verification; IME (auto carrier); SI joint injection records x2 with",
        "pain diaries; imaging reports (Guilford Open Imaging); attorney correspondence.",
        "",
        "Note: this injury was previously handled under the patient's auto PIP coverage (Blue Ridge",
        "Mutual claim BRM-24-0771903) and a letter of protection. The PIP benefit is exhausted and the",
        "liability claim has settled; we are now requesting under the member's health plan.",
        "",
        "CONFIDENTIALITY: This facsimile contains protected health information. If you received it in",
        "error, notify the sender at 336-555-0140 and destroy all copies."], "Cover"),
     T(["#CARESOURCE NC - OUTPATIENT PRIOR AUTHORIZATION REQUEST",
        "@Member name: Okafor, Delphine R.           DOB: 03/14/1979     Member ID: CSN448120937",
        "@Requesting provider: Anand Varghese, MD    NPI 1487723090      Specialty: Ortho Spine",
        "@Facility: Greensboro Surgical Pavilion (ASC) NPI 1568830214",
        "@Request date: 10/27/2026          [X] Standard   [ ] Urgent",
        "@Setting: [X] Outpatient / ASC   [ ] Inpatient",
        "@",
        "@ CPT     Description                                                Units  Side",
        "@ 27279   Arthrodesis, sacroiliac joint, percutaneous or minimally   1      RT",
        "@          invasive, with image guidance, incl. placement of transfixing device",
        "@",
        "@ ICD-10  M53.3   Sacrococcygeal disorders, not elsewhere classified (R SIJ dysfunction)",
        "@         S33.6XXS Sprain of sacroiliac joint, sequela",
        "",
        "Clinical summary (provider): 46 y/o F, R-sided SI joint pain since rear-end MVC 11/08/2024. Failed",
        "chiropractic care, physiatry-directed home program, NSAIDs/heat, and two fluoroscopic R SIJ",
        "blocks (03/10/2026, 06/02/2026). See attached records.",
        "",
        "Attestation: I attest the information is accurate. /s/ Anand Varghese, MD   10/27/2026"], "PA Request"),
     F(["#MOSES CONE URGENT CARE - NORTHWEST",
        "Visit date: 11/08/2024 17:42      Acct 20241108-3317",
        "Patient: Okafor, Delphine R.   DOB 03/14/1979",
        "CC: MVC today. Restrained driver, stopped at light, struck from behind by",
        "pickup at est. 35 mph. Airbags did not deploy. Denies LOC. Ambulatory at scene.",
        "HPI: neck stiffness and low back pain, R > L, onset within 1 hr. Denies numbness,",
        "tingling or weakness of legs. No bowel/bladder sx.",
        "PMH: lumbar strain 2016 after lifting, resolved with PT - no complaints since.",
        "FHx: mother with rheumatoid arthritis. Pt denies joint swelling / AM stiffness.",
        "Exam: C-spine paraspinal tenderness, no midline tenderness. L-spine: mild",
        "paraspinal tenderness R low back. Pelvis stable to AP/lateral compression.",
        "Neuro: strength 5/5 BLE, DTR 2+ sym, SLR negative bilaterally.",
        "XR pelvis AP (in-clinic): no acute fracture or diastasis.",
        "Dx: cervical strain; lumbosacral strain; MVC.",
        "Plan: cyclobenzaprine 5 mg qhs, ibuprofen 600 mg q6h prn, ice 20 min.",
        "Return precautions reviewed. Work note 3 days.",
        "Electronically signed: T. Huang, PA-C"], ban.format(3, 12), "fine", "Urgent care"),
     T(["#CAROLINA FAMILY CHIROPRACTIC - INITIAL EXAMINATION & TREATMENT FLOWSHEET",
        "Treating DC: Marcus Bellweather, DC.  Billing: letter of protection - Hollis & Ngata, PLLC.",
        "Initial exam 11/12/2024: R SI/buttock pain after MVC 11/08/2024; neck pain. Subluxations listed:",
        "C5, T4, L5, R sacroiliac (PI ilium). Oswestry 48%. Plan 3x/wk x 4 wks then re-eval.",
        "1st episode 11/12/2024 - 04/18/2025 (34 visits); released to PRN. Flare 10/2025 - re-opened.",
        "",
        "@ Date       S (NRS, R SIJ)  O                          A/P (modalities, adjustment)      ODI",
        "@ 11/04/2025 7/10 R buttock  R PSIS fixation, +TTP       Diversified SI adj, IFC, MH 15'   42%",
        "@ 12/02/2025 6/10            R SI restr., L/S ROM 70%    SI adj, core stab. ex 15'         40%",
        "@ 01/13/2026 6/10            R PI ilium, TTP R sulcus    SI adj, ther ex 97110 x2          38%",
        "@ 02/17/2026 5/10 'pt 60% improved' x1 wk, then flare   SI adj, ther ex, IFC             36%",
        "@ 03/24/2026 6/10            s/p R SIJ block 3/10        ther ex 97110, neuromusc re-ed    37%",
        "@ 04/28/2026 6/10            R SI restr.                 SI adj, ther ex                   38%",
        "@ 05/26/2026 7/10            R SIJ TTP, neg SLR          SI adj, ther ex                   40%",
        "@ 06/23/2026 7/10            plateau                     SI adj, ther ex; discharge plan   40%",
        "@ 07/14/2026 7/10            no lasting change           final visit - D/C to HEP/physiatry 41%",
        "",
        "Active care 11/04/2025 - 07/14/2026: 2x/wk, 61 visits (representative visits shown above).",
        "Discharge summary 07/14/2026: patient reached plateau, benefit transient; refer back to",
        "physiatry / pain management. Pt compliant, attended 61 of 64 scheduled visits.",
        "/s/ Marcus Bellweather, DC"], "Chiropractic"),
     F(["#NC NO-FAULT / PIP - ATTENDING PROVIDER TREATMENT VERIFICATION",
        "Carrier: Blue Ridge Mutual   Claim BRM-24-0771903   DOL 11/08/2024",
        "Insured/Patient: Delphine R. Okafor   DOB 03/14/1979",
        "Provider: Lucia Amadi, DO (Physical Medicine & Rehabilitation)",
        "Diagnosis: R sacroiliac joint dysfunction; lumbosacral sprain.",
        "Is condition due to the accident?  [X] Yes  [ ] No",
        "Disability from work:  [ ] Total   [X] Partial  from 11/12/2024 to present",
        "Current treatment (as of 09/15/2026):",
        "  - Meloxicam 15 mg PO daily, started 09/22/2025, taken daily, continuing",
        "  - Acetaminophen 500 mg 2 tabs bid prn (since 11/2024)",
        "  - Moist heat 20 min twice daily, daily since 2025, continuing",
        "  - Lidocaine 4% patch to R buttock nightly (started 01/2026)",
        "Prior: naproxen 500 mg bid 12/2024-09/2025 (stopped - dyspepsia).",
        "Future treatment: SIJ fusion evaluation (Dr. Varghese).",
        "Signature: Lucia Amadi, DO      Date: 09/15/2026"],
        "FROM: TRIAD PM&R ASSOCIATES 336-555-0117   09/16/2026 09:12   P.{}/{}".format(2, 2), "fine", "PIP verification"),
     T(["#INDEPENDENT MEDICAL EXAMINATION (requested by Blue Ridge Mutual Insurance)",
        "Examiner: Howard Pilcher, MD, Orthopaedic Surgery      Date of exam: 05/19/2025",
        "Records reviewed: urgent care 11/08/2024; chiropractic records 11/2024-04/2025; no imaging available.",
        "History: 45 y/o woman, rear-ended 11/08/2024. Reports right low back/buttock pain.",
        "Exam: Waddell signs 0/5. Tenderness over R SI sulcus. No trochanteric tenderness.",
        "  Neuro intact. Pain behavior appropriate.",
        "Opinion: Low-energy mechanism. In my opinion the ongoing right SI complaints represent, at most, a",
        "temporary aggravation of pre-existing degenerative change and should have resolved within 12",
        "weeks. Further chiropractic care is not reasonable or necessary as related to the 11/08/2024",
        "accident. I see no objective evidence of permanent injury.",
        "Causation: apportionment 20% to the accident, 80% pre-existing (age-appropriate degeneration).",
        "Note: this examination does not create a physician-patient relationship."], "IME - auto carrier"),
     T(["#PIEDMONT INTERVENTIONAL PAIN - PROCEDURE NOTE",
        "Date of service: 03/10/2026    Physician: Sunil Raghavan, MD",
        "Procedure: Right sacroiliac joint injection, intra-articular, under fluoroscopic guidance",
        "Pre-procedure pain: 7/10 R buttock/SIJ (NRS).",
        "Technique: Prone. R SIJ inferior pole identified under fluoroscopy; 22g spinal needle advanced.",
        "Omnipaque 180, 0.5 mL injected - contrast arthrogram confirmed intra-articular spread, no",
        "vascular uptake. Injectate: 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone.",
        "Complications: none.",
        "",
        "#POST-PROCEDURE PAIN DIARY (completed by patient, returned 03/11/2026)",
        "@ Time after injection   0 min  30 min  1 h   2 h   3 h   4 h   6 h   8 h   next day",
        "@ Pain (0-10)            7      1       1     1     2     2     3     5     6",
        "@ % relief               -      86%     86%   86%   71%   71%   57%   29%   14%",
        "",
        "Interpretation: concordant block - 86% relief for > 4 hours, consistent with bupivacaine duration.",
        "Follow-up 04/07/2026: steroid effect ~50% x 2 weeks, then return of pain to baseline 7/10 by",
        "week 4. Will repeat block for confirmation."], "Injection #1"),
     F(["#PIEDMONT INTERVENTIONAL PAIN - PROCEDURE NOTE",
        "DOS: 06/02/2026    Sunil Raghavan, MD",
        "Procedure: R SIJ injection #2, fluoroscopically guided, intra-articular.",
        "Pre-procedure pain 7/10.",
        "Contrast: Omnipaque 180 0.5 mL - intra-articular arthrogram, no vascular runoff.",
        "Injectate: 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone.",
        "Pain diary (patient):",
        "@ Time      30m   1h   2h   3h   4h   6h   next day",
        "@ Pain      2     1    1    1    2    4    6",
        "@ Relief    71%   86%  86%  86%  71%  43%  14%",
        "Impression: second concordant block, >=70% relief for 4 h.",
        "F/U 07/08/2026: steroid benefit ~3 wks, pain back to 7/10. Pain has",
        "returned despite 2 steroid injections. Refer to spine surgery.",
        "/s/ S. Raghavan, MD"], ban.format(8, 12), "fine", "Injection #2"),
     T(["#GUILFORD OPEN IMAGING - free-standing diagnostic center   Accred. ACR",
        "Referring: Lucia Amadi, DO            Patient: Okafor, Delphine R.   DOB 03/14/1979",
        "",
        "EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST     DATE: 02/20/2026",
        "Findings: Alignment normal. Vertebral body heights preserved; no marrow edema.",
        "L3-4: normal. L4-5: mild disc desiccation with small broad-based bulge; no central canal or",
        "foraminal stenosis. L5-S1: minimal facet arthropathy; no canal stenosis.",
        "IMPRESSION: Mild L4-5 degenerative disc disease. No nerve root compression or stenosis at any level.",
        "",
        "EXAM: XR PELVIS AP + BILATERAL SI JOINTS + RIGHT HIP 2 VIEWS    DATE: 07/14/2026",
        "Findings: SI joints: mild subchondral sclerosis along the iliac side of the right SI joint; no",
        "erosions or widening. Left SIJ normal. Right hip: joint space preserved; minimal acetabular",
        "osteophyte. No fracture.",
        "IMPRESSION: 1. Mild right SIJ degenerative sclerosis. 2. Right hip: minimal osteoarthritis.",
        "",
        "EXAM: CT PELVIS / SI JOINTS WITHOUT CONTRAST     DATE: 07/14/2026",
        "Findings: Right SIJ: mild anterior osteophytes, small vacuum phenomenon, subchondral sclerosis.",
        "No erosions, no ankylosis, no widening. No lytic or blastic lesion. No fracture. Left SIJ normal.",
        "IMPRESSION: Mild right SIJ degenerative arthropathy. No erosive sacroiliitis, destructive",
        "lesion or fracture.",
        "Radiologist: Priya Natarajan, MD (electronically signed)"], "Imaging"),
     T(["#HOLLIS & NGATA, PLLC - Attorneys at Law",
        "September 30, 2026",
        "Re: Our client Delphine Okafor - DOL 11/08/2024 - enclosure of records",
        "Dear Dr. Varghese:",
        "Enclosed please find our client's records. As you know, the bodily-injury claim against the",
        "at-fault driver resolved by settlement in 08/2026; the letter of protection balances have been",
        "addressed from the settlement. Please direct future billing to her health plan.",
        "For your convenience, the narrative report of Dr. Amadi (treating physiatrist) states, in part:",
        "  'To a reasonable degree of medical certainty, Ms. Okafor's right sacroiliac joint dysfunction",
        "  was caused by, or represents an aggravation of a pre-existing asymptomatic condition by, the",
        "  motor vehicle collision of 11/08/2024. MRI showed a herniated disc at L4-5.'",
        "Very truly yours, /s/ Dana Ngata, Esq."], "Attorney letter"),
     T(["#TRIAD PM&R ASSOCIATES - PHYSIATRY FOLLOW-UP",
        "Date: 08/25/2026    Lucia Amadi, DO",
        "S: R low back/buttock pain, worse sitting >20 min, rolling in bed, stairs. Pain rating today 7/10.",
        "   Completed chiropractic 11/2025-07/2026. HEP (written program: pelvic stabilization, bridges,",
        "   bird-dog, hip abductor strengthening) prescribed 06/2026; reviewed at this visit after",
        "   6-week course - performed 5x/wk, no lasting change.",
        "Meds: meloxicam 15 mg daily (since 09/2025), acetaminophen prn, lidocaine patch, heat daily.",
        "O: Tender over R PSIS / SI sulcus. L/S paraspinals non-tender. Hip ROM full, painless IR.",
        "A: R SIJ dysfunction, post-traumatic, refractory. Waddell 0/5.",
        "P: Referral to spine surgery for SIJ fusion evaluation. Continue meds/HEP."], "Physiatry"),
     T(["#TAR HEEL SPINE & ORTHOPAEDICS - NEW PATIENT SPINE CONSULTATION",
        "Date: 10/06/2026    Anand Varghese, MD    Referred by: Lucia Amadi, DO",
        "CC: Right-sided low back / buttock pain x ~23 months after MVC.",
        "HPI: Pain is below the belt line over the right PSIS and buttock, pointed to with one finger",
        "(Fortin finger test positive). Does not radiate into the leg; no groin pain. No numbness or",
        "tingling. Current pain 7/10 (NRS), range 6-8/10 over last month. No bowel/bladder change.",
        "Pre-accident: lumbar strain 2016, fully resolved; no treatment 2017-2024.",
        "ROS: denies widespread pain, no AM stiffness > 30 min, no psoriasis, no IBD, no fevers.",
        "FHx: mother RA. Pt herself has negative RF/CCP/HLA-B27 (labs 08/2026 via PCP).",
        "",
        "@ EXAM                              RIGHT         LEFT",
        "@ SIJ (sulcus) palpation            TENDER        non-tender",
        "@ Thigh thrust (P4)                 POSITIVE      neg",
        "@ Compression                       POSITIVE      neg",
        "@ Distraction                       negative      neg",
        "@ FABER (Patrick)                   POSITIVE      neg",
        "@ Gaenslen                          POSITIVE      neg",
        "@ Greater trochanter palpation      non-tender    non-tender",
        "@ Lumbar midline / paraspinal       non-tender",
        "@ Coccyx                            non-tender",
        "Neuro: 5/5 throughout, SLR negative, sensation intact. Waddell signs 0/5.",
        "Imaging reviewed (Guilford Open Imaging): MRI L-spine 02/20/2026 - no neural compression;",
        "pelvis/SIJ/hip XR + CT 07/14/2026 - mild R SIJ degenerative change, hip minimal OA.",
        "A: Right SIJ dysfunction, failed > 6 months chiropractic + HEP, > 6 months NSAID/heat, two",
        "concordant fluoroscopic blocks, two steroid injections with return of pain.",
        "P: Right percutaneous SIJ fusion (CPT 27279). Risks/benefits discussed; pt wishes to proceed."],
        "Spine consult"),
    ]
    return ident, pages

L01 = {
 "procedure": "percutaneous", "request_date": "2026-10-27", "determination": "meets_criteria",
 "criteria": {
  "perc.pain_location": ["below the belt line over the right PSIS", "Does not radiate into the leg"],
  "perc.pain_severity": ["Current pain 7/10 (NRS)"],
  "perc.sij_tenderness": ["SIJ (sulcus) palpation TENDER", "Greater trochanter palpation non-tender"],
  "perc.active_conservative_therapy": ["Active care 11/04/2025 - 07/14/2026", "61 visits"],
  "perc.inactive_conservative_therapy": ["Meloxicam 15 mg PO daily, started 09/22/2025", "Moist heat 20 min twice daily"],
  "perc.thigh_thrust_or_compression": ["Thigh thrust (P4) POSITIVE", "Compression POSITIVE"],
  "perc.two_provocative_tests": ["FABER (Patrick) POSITIVE", "Gaenslen POSITIVE"],
  "perc.diagnostic_injections": ["86% relief for > 4 hours", ">=70% relief for 4 h", "contrast arthrogram confirmed intra-articular", "Omnipaque 180 0.5 mL - intra-articular arthrogram"],
  "perc.generalized_pain_excluded": [],
  "perc.sij_imaging": ["XR PELVIS AP + BILATERAL SI JOINTS", "No erosive sacroiliitis, destructive lesion"],
  "perc.hip_imaging": ["Right hip: minimal osteoarthritis"],
  "perc.lumbar_imaging": ["No nerve root compression or stenosis at any level"],
  "perc.therapeutic_injections": ["return of pain to baseline 7/10", "Pain has returned despite 2 steroid injections"],
  "perc.excl.systemic_arthropathy": [], "perc.excl.infection_tumor_fracture": [],
  "perc.excl.acute_instability": [], "perc.excl.neural_compression": []}}

# ================================================================ PACKET 02 (open, folder + packet.json)
def packet02():
    ident = "Patient: VANTREESE, MARISOL T.   DOB 07/22/1986   Member ID CSN530771248"
    bn = "FROM: CATAWBA SPINE INSTITUTE 828-555-0163   09/28/2026 11:31   PG {}/{}"
    files = {
     "01_fax_cover_and_request.pdf": [
      T(["#CATAWBA SPINE INSTITUTE - FAX TRANSMITTAL",
         "To: CareSource NC Prior Authorization   Fax 1-888-555-0199",
         "From: Jolene Whitt, PA coordinator, for Dr. Gregory Stallworth",
         "Date: 09/28/2026   Re: Marisol T. Vantreese  DOB 07/22/1986  ID CSN530771248",
         "Request: OPEN revision arthrodesis, right sacroiliac joint (CPT 27280)",
         "Enclosures: request form, surgeon consult, PM&R and pain notes, chiropractic SOAP, IME excerpt,",
         "records-custodian affidavit / attorney cover letter, deposition excerpt.",
         "PHI - confidential."], "Cover"),
      T(["#PRIOR AUTHORIZATION REQUEST - SURGICAL",
         "@Member: Vantreese, Marisol T.   DOB 07/22/1986   ID CSN530771248",
         "@Surgeon: Gregory Stallworth, MD (Orthopaedic Spine)   NPI 1730049182",
         "@Facility: Frye Regional Medical Center - inpatient, est. LOS 2 days",
         "@Date of request: 09/28/2026",
         "@CPT 27280  Arthrodesis, open, sacroiliac joint, including obtaining bone graft  RIGHT",
         "@CPT 20936  Autograft, local (add-on)",
         "@ICD-10  T84.84XA Pain due to internal orthopedic prosthetic devices (R SIJ implants)",
         "@        M96.0    Pseudarthrosis after fusion or arthrodesis",
         "Indication (surgeon): failed prior percutaneous right SIJ fusion (05/2025) - persistent pain,",
         "suspected nonunion / implant loosening. Imaging: CT pelvis ordered - see consult."], "Request form")],
     "02_ed_and_chiropractic.pdf": [
      F(["#CALDWELL MEMORIAL HOSPITAL - EMERGENCY DEPT",
         "Date of service: 09/14/2024   Arrival 19:05",
         "Vantreese, Marisol T.   DOB 07/22/1986",
         "HPI: Restrained front passenger, vehicle rear-ended at a stoplight.",
         "C/o low back and R buttock pain, 6/10. No head strike, no LOC.",
         "Denies saddle anesthesia, leg weakness.",
         "Exam: TTP R lower lumbar/R SI region. Pelvis stable. Neuro intact.",
         "Imaging: none indicated (ambulatory, neuro intact, stable pelvis).",
         "Dx: Lumbar sprain, MVC. D/c with naproxen, ice, PCP f/u.",
         "Attending: R. Okonkwo, MD"], bn.format(3, 10), "standard", "ED record"),
      T(["#BLUE RIDGE CHIROPRACTIC & INJURY CENTER - SOAP NOTE",
         "Provider: Tamsin Hale, DC   Lien on file (Barrow Law Group)",
         "DOS 10/02/2024 (visit 6 of 36)",
         "S: Pt reports 60% improved in neck; low back/R buttock 6/10, worse with sitting.",
         "O: Subluxation listing: L4, L5, R SI (PI ilium). Hypertonicity R QL/piriformis. ODI 44%.",
         "A: Sacroiliac sprain/strain, R; lumbar segmental dysfunction; injuries consistent with MVC.",
         "P: Diversified adj. L/S + R SI; EMS 10 min; MH 10 min; ther ex 8 min. Continue 3x/wk.",
         "Episode summary: 36 visits 09/17/2024-02/20/2025; referred to PM&R for persistent SIJ pain."],
        "Chiropractic")],
     "03_attorney_letter_affidavit.pdf": [
      T(["#BARROW LAW GROUP, PA",
         "September 9, 2026",
         "Re: Marisol Vantreese v. [tortfeasor] - Caldwell Co. Superior Court - DOL 09/14/2024",
         "Dear Dr. Stallworth: Enclosed are certified records. We understand from Ms. Vantreese that a",
         "CT scan has been ordered; please forward the report when available. The case remains in",
         "litigation; defense IME disputes causation. Kindly provide an updated narrative report stating",
         "your opinions to a reasonable degree of medical certainty.",
         "/s/ Colin Barrow, Esq.",
         "",
         "#AFFIDAVIT OF RECORDS CUSTODIAN",
         "I, Wendy Fisk, am the custodian of records for Catawba Valley Surgery Center. The attached",
         "records are true copies made in the regular course of business at or near the time of the acts",
         "recorded. Records produced: operative-date billing summary, DOS 05/21/2025 (CPT 27279, right).",
         "Operative report: NOT located in archive at time of this request (system migration).",
         "Sworn and subscribed 08/30/2026, Notary: H. Dempsey, Burke County NC."], "Attorney / custodian")],
     "04_ime_deposition.pdf": [
      F(["#INDEPENDENT MEDICAL EVALUATION - for Piedmont Auto Insurance",
         "Examiner: Lowell Brandt, MD (Physical Med & Rehab)   Exam date 01/27/2026",
         "Records: chiropractic, PM&R, pain mgmt, Catawba Valley billing summary.",
         "Hx: s/p R percutaneous SIJ fusion 05/21/2025; continued R buttock pain.",
         "Exam: R SIJ tenderness. Waddell 1/5 (overreaction). Neuro intact.",
         "Opinion: Mechanism insufficient to injure SIJ. Condition is degenerative;",
         "the 05/2025 SI fusion was not reasonably necessary due to the collision.",
         "I do not find evidence of radiculopathy or lumbar nerve compression."],
        "FROM: PIEDMONT AUTO INS SIU 919-555-0104   02/03/2026 08:58   PG {}/{}".format(1, 3), "standard", "IME"),
      T(["#DEPOSITION OF LOWELL BRANDT, MD - EXCERPT (pp. 34-35)",
         "Q. Doctor, you agree Ms. Vantreese underwent a right SI joint fusion in May of 2025?",
         "A. Yes, the billing records reflect that.",
         "Q. And she still has pain on that side?",
         "A. She reports pain. Whether the fusion healed I can't say - I did not see any postoperative films.",
         "Q. Did you review any CT of the pelvis?",
         "A. No. None was provided to me."], "Deposition")],
     "05_pmr_pain.pdf": [
      T(["#FOOTHILLS PM&R - PROGRESS NOTE",
         "DOS 07/15/2026   Naomi Achterberg, MD",
         "Hx: R SIJ pain after 09/14/2024 MVC. R SIJ blocks 2025 (pre-fusion) gave short relief. R percutaneous",
         "SIJ fusion 05/21/2025 (Dr. Prakash, outside surgeon, since retired); initial improvement x 3 mo,",
         "then recurrence of R buttock pain, now 7/10, worse than pre-op with sit-to-stand.",
         "No leg radiation. EMG/NCS 04/2026: normal, no evidence of L5 or S1 radiculopathy.",
         "Exam: TTP R SI sulcus and over prior incision. Thigh thrust +R.",
         "A: Failed R percutaneous SIJ fusion, suspected pseudarthrosis.",
         "P: Refer to Dr. Stallworth for revision evaluation. Continue duloxetine 30 mg, HEP."], "PM&R")],
     "06_surgeon_consult.pdf": [
      T(["#CATAWBA SPINE INSTITUTE - CONSULTATION",
         "Date: 09/14/2026   Gregory Stallworth, MD",
         "CC: Persistent right SI joint pain after prior SI fusion.",
         "HPI: 40 y/o F injured in rear-end MVC 09/14/2024. Failed chiropractic care, PM&R, 2 SIJ blocks",
         "(2025). Underwent right percutaneous SIJ fusion 05/21/2025 (outside ASC, 3 implants per pt).",
         "Post-op improvement for ~3 months, then return of right buttock pain, 7/10, no radiation below",
         "the buttock. Denies leg numbness. Not diabetic, nonsmoker.",
         "Exam: healed R lateral buttock incisions. Tender R SIJ. Thigh thrust +, compression +,",
         "FABER +R. SLR neg. Motor 5/5. Trochanter non-tender.",
         "No prior operative report or post-op imaging available for my review today."], "Consult p1"),
      F(["#CONSULTATION (cont.) - Stallworth",
         "Imaging: No x-rays were obtained at today's visit (outside implants,",
         "CT preferred). I have not seen any postoperative films.",
         "CT pelvis with fine cuts through SI joints ordered 09/14/2026 to evaluate",
         "implant position, lucency, and bridging bone. Pending - not yet scheduled",
         "(auto carrier denied; submitting to health plan).",
         "Assessment: Failed right percutaneous SIJ fusion with suspected",
         "nonunion / implant loosening (clinical). R/O implant malposition.",
         "No lumbar radiculopathy (EMG normal).",
         "Plan: Open revision right SIJ arthrodesis with removal of implants and",
         "autograft (27280). Will review CT when completed.",
         "/s/ G. Stallworth, MD   09/14/2026"], bn.format(10, 10), "standard", "Consult p2")],
    }
    return ident, files

L02 = {
 "procedure": "open", "request_date": "2026-09-28", "determination": "insufficient_documentation",
 "criteria": {
  "open.indication": ["Failed right percutaneous SIJ fusion", "Underwent right percutaneous SIJ fusion 05/21/2025"],
  "open.recent_imaging": [],
  "open.excl.neural_compression": []}}

# ================================================================ PACKET 03 (perc, folder, no packet.json)
def packet03():
    ident = "PRUITT, GERALD W.  |  DOB 11/02/1971  |  MBR CSN612094385"
    files = {
     "01_cover_request.pdf": [
      T(["#FAX - BLUE STAR ORTHOPEDICS & SPINE (Wilmington NC)",
         "To: CareSource NC UM   Fax 1-888-555-0199        From: K. Delacroix, auth coordinator",
         "Date: 11/30/2026   # pages: 9   Re: Gerald W. Pruitt, DOB 11/02/1971, MBR CSN612094385",
         "",
         "#PRIOR AUTHORIZATION REQUEST",
         "@Request date ......... 11/30/2026",
         "@Member ............... Pruitt, Gerald W.   DOB 11/02/1971   ID CSN612094385",
         "@Ordering physician ... Camille Ostrowski, MD   NPI 1093857720",
         "@Service .............. [X] Surgery  [ ] DME  [ ] Imaging",
         "@Procedure code(s) .... 27279  SI joint fusion, percutaneous, RIGHT",
         "@Diagnosis ............ M53.3 (R SIJ dysfunction), M46.1 (sacroiliitis NEC)",
         "@Place of service ..... 24 (ASC)   Anticipated DOS: 01/2027",
         "Notes: Patient's injury was MVC 12/03/2024; auto med-pay exhausted. Attorney LOP released."],
        "Request")],
     "02_chiropractic.pdf": [
      T(["#COASTAL SPINE & WELLNESS CHIROPRACTIC - INITIAL EXAM",
         "DOE 12/09/2024   Dr. Brent Tillery, DC   Financial: letter of protection (Shuford & Lane)",
         "Mechanism: 12/03/2024 driver, rear-ended at ~40 mph while stopped; head restraint low.",
         "C/O: neck pain 5/10, low back / R buttock pain 8/10. ODI 56%. NDI 40%.",
         "Subluxation listing: C2, C6, T6, L4, L5, R sacroiliac (PI, R), pelvic unleveling.",
         "Orthopedic tests: Yeoman's + R; Kemp's neg; SLR neg bilat.",
         "Plan: 3x/wk x 6 wks; adjustments, EMS, ultrasound, mechanical traction (cervical).",
         "",
         "#DAILY TREATMENT LOG (summary)",
         "@ Period                    Visits  Pain LBP  ODI   Note",
         "@ 12/09/2024 - 03/28/2025     34      8->5     48%   'pt reports 60% improved'",
         "@ 04/02/2025 - 09/19/2025     29      5->6     40%   plateau; PIP exhausted 09/2025",
         "@ -- no treatment 09/20/2025 - 01/04/2026 (pt out of state for work) --",
         "@ 01/05/2026 - 03/30/2026     18      7->6     42%   re-exam; R SI adj, ther ex 97110",
         "@ 03/30/2026                 D/C      6        42%   MMI declared; lien balance $11,480",
         "Discharge 03/30/2026: Maximum chiropractic improvement reached. No further chiropractic care",
         "scheduled. Referred to PM&R."], "Chiropractic")],
     "03_pip_verification.pdf": [
      F(["#PERSONAL INJURY PROTECTION - TREATMENT VERIFICATION",
         "Carrier: Sound Harbor Casualty  Claim SHC-1204-88217",
         "Patient: Gerald W. Pruitt  DOB 11/02/1971   DOL 12/03/2024",
         "Provider: Oluwaseun Adebayo, MD - Cape Fear Physical Medicine",
         "Dx: R SI joint dysfunction; lumbar strain, MVC related.",
         "Disability from work: [ ] total  [X] partial  - light duty since 01/2025",
         "Medications (current, 06/2026):",
         "  ibuprofen 800 mg TID with food - daily since 01/2025, continuing",
         "  cyclobenzaprine 10 mg qhs - since 01/2025",
         "  heat pad nightly; SI belt worn daily since 02/2026",
         "Home exercise program: issued 04/14/2026 (handout, 6 wk).",
         "Signature: O. Adebayo, MD   06/10/2026"],
        "FROM: CAPE FEAR PHYS MED 910-555-0148   06/10/2026 16:22   P.{}/{}".format(3, 10), "fine", "PIP form")],
     "04_pmr_ime.pdf": [
      T(["#CAPE FEAR PHYSICAL MEDICINE - FOLLOW-UP",
         "DOS 06/02/2026   Oluwaseun Adebayo, MD",
         "S: R buttock/SIJ pain 7/10. HEP issued 04/14/2026 - pt states he did not do the exercises, 'too",
         "busy with work and the kids'. No reported increase in pain with exercises; did not try them.",
         "O: TTP R PSIS/SI sulcus. Lumbar paraspinals non-tender. Trochanter non-tender.",
         "A/P: R SIJ dysfunction. Re-issued HEP, encouraged. Continue ibuprofen, SI belt.",
         "Declines formal PT (copay). Consider second diagnostic block.",
         "",
         "#INDEPENDENT MEDICAL EXAMINATION - excerpt (for Sound Harbor Casualty)",
         "Examiner: Frances Whitcombe, MD, Orthopaedics   Date 07/08/2025",
         "Waddell signs: 1/5 (regional sensory). Not a primary driver in my view.",
         "Opinion: Soft-tissue lumbosacral strain, reasonably resolved by 6 months post-accident;",
         "ongoing SI complaints reflect aggravation of pre-existing degenerative disease. No further",
         "chiropractic care is causally related. MMI for accident-related injury as of 06/2025."], "PM&R / IME")],
     "05_injections.pdf": [
      T(["#WILMINGTON PAIN & SPINE - PROCEDURE NOTE",
         "DOS: 05/12/2026   Physician: Harold Kittredge, MD",
         "Procedure: Right SI joint injection #1, fluoroscopic guidance, contrast-enhanced",
         "Pre-procedure NRS: 7/10.",
         "Contrast Isovue-M 200, 0.5 mL: intra-articular spread confirmed. Injectate: 1 mL 2% lidocaine",
         "+ 1 mL 0.25% bupivacaine + 40 mg methylprednisolone.",
         "",
         "@ PAIN RESPONSE FORM    15 min  30 min  1 hr  2 hr  4 hr  6 hr  Day 2  Wk 1  Wk 3",
         "@ NRS (0-10)            1       1       1     2     2     3     5      3     7",
         "@ % relief              86      86      86    71    71    57    29     57    0",
         "",
         "Assessment: positive diagnostic block (≥ 80% x 4 h). Steroid benefit partial, pain returned to",
         "7/10 by week 3 (visit 06/02/2026 with Dr. Adebayo)."], "Injection #1"),
      F(["#WILMINGTON PAIN & SPINE - PROCEDURE NOTE",
         "DOS: 07/21/2026   Harold Kittredge, MD",
         "Procedure: Right SI joint injection #2 (confirmatory), fluoroscopic",
         "guidance, Isovue-M 200 0.5 mL, intra-articular flow confirmed.",
         "Injectate: 1 mL 0.5% bupivacaine + 40 mg methylprednisolone.",
         "Pre-procedure NRS: 8/10.",
         "@ PAIN RESPONSE   30 min  1 hr  2 hr  3 hr  4 hr  Day 2  Wk 2",
         "@ NRS             5       5     5     6     6     7      8",
         "@ % relief        38      38    38    25    25    13     0",
         "Assessment: 38% relief - non-concordant confirmatory block.",
         "No durable steroid benefit; pain back to 8/10.",
         "/s/ H. Kittredge, MD"],
        "FROM: WILMINGTON PAIN & SPINE 910-555-0171   08/04/2026 10:48   P.{}/{}".format(2, 2), "standard", "Injection #2")],
     "06_imaging.pdf": [
      T(["#COASTAL OPEN MRI & X-RAY (independent imaging center)",
         "Patient: Pruitt, Gerald W.   DOB 11/02/1971   Ref: O. Adebayo, MD",
         "",
         "XR PELVIS AP, BILATERAL SI JOINTS, RIGHT HIP AP/FROG   08/11/2026",
         "Right SIJ: mild sclerosis, no erosion. Left SIJ: normal. Right hip: mild joint space narrowing",
         "superolaterally, small osteophyte. IMPRESSION: Mild right hip osteoarthritis. Mild R SIJ DJD.",
         "",
         "MRI PELVIS / SACROILIAC JOINTS WITHOUT CONTRAST   08/11/2026",
         "Mild right SIJ degenerative change with small anterior osteophytes. No bone marrow edema, no",
         "erosions, no sacral insufficiency fracture. No mass. IMPRESSION: Mild R SIJ degenerative change;",
         "no inflammatory sacroiliitis.",
         "",
         "MRI LUMBAR SPINE WITHOUT CONTRAST   08/11/2026",
         "L4-5: mild disc bulge, mild facet hypertrophy; no canal stenosis. L5-S1: mild left foraminal",
         "narrowing without nerve root impingement; right foramen patent.",
         "IMPRESSION: Mild lumbar spondylosis. No nerve root compression. No significant stenosis.",
         "Radiologist: Everett Liang, MD"], "Imaging")],
     "07_attorney_narrative.pdf": [
      T(["#SHUFORD & LANE, ATTORNEYS - records enclosure",
         "10/19/2026   To: Camille Ostrowski, MD",
         "Please find enclosed records for our client Gerald Pruitt (DOL 12/03/2024). The claim settled at",
         "mediation 09/2026. The enclosed narrative (Dr. Adebayo) states, to a reasonable degree of medical",
         "certainty, that the right SIJ condition is an aggravation of pre-existing degenerative change by",
         "the collision. Per our summary, Mr. Pruitt 'completed over a year of chiropractic and therapy",
         "and had two successful SI joint blocks'.",
         "/s/ Anita Lane, Esq."], "Attorney")],
     "08_surgeon_consult.pdf": [
      T(["#BLUE STAR ORTHOPEDICS & SPINE - SPINE SURGERY CONSULT",
         "Date: 11/10/2026   Camille Ostrowski, MD",
         "HPI: 55 y/o M, R low back/buttock pain since rear-end MVC 12/03/2024. Pain localized below L5 over",
         "the R posterior SI joint; he denies radiation to the thigh or leg. NRS today 6/10.",
         "Pre-accident: intermittent low back ache 2019 treated by PCP, resolved. No prior SIJ care.",
         "ROS: no widespread pain; no psoriasis, uveitis, IBD. No fevers / weight loss.",
         "Exam: R posterior SIJ tender to palpation; no tenderness of greater trochanter, lumbar",
         "spine or coccyx. Thigh thrust positive R. Compression positive R. Gaenslen positive R.",
         "FABER positive R. Distraction negative. Neuro intact, SLR neg. Waddell 0/5.",
         "Imaging: reviewed 08/11/2026 studies - no neural compression.",
         "Conservative care: chiropractic 2024-2026, HEP, ibuprofen/cyclobenzaprine, SI belt, 2 SIJ",
         "injections.",
         "A: R SIJ dysfunction. P: R percutaneous SIJ fusion (27279)."], "Spine consult")],
    }
    return ident, files

L03 = {
 "procedure": "percutaneous", "request_date": "2026-11-30", "determination": "does_not_meet_criteria",
 "criteria": {
  "perc.pain_location": ["Pain localized below L5 over the R posterior SI joint", "denies radiation to the thigh or leg"],
  "perc.pain_severity": ["NRS today 6/10"],
  "perc.sij_tenderness": ["R posterior SIJ tender to palpation", "no tenderness of greater trochanter"],
  "perc.active_conservative_therapy": ["01/05/2026 - 03/30/2026", "No further chiropractic care", "did not do the exercises, 'too busy with work"],
  "perc.inactive_conservative_therapy": ["ibuprofen 800 mg TID with food - daily since 01/2025, continuing"],
  "perc.thigh_thrust_or_compression": ["Thigh thrust positive R", "Compression positive R"],
  "perc.two_provocative_tests": ["Gaenslen positive R", "FABER positive R"],
  "perc.diagnostic_injections": ["38% relief - non-concordant confirmatory block"],
  "perc.generalized_pain_excluded": [],
  "perc.sij_imaging": ["XR PELVIS AP, BILATERAL SI JOINTS", "no inflammatory sacroiliitis"],
  "perc.hip_imaging": ["Mild right hip osteoarthritis"],
  "perc.lumbar_imaging": ["No nerve root compression. No significant stenosis."],
  "perc.therapeutic_injections": ["pain returned to 7/10 by week 3", "No durable steroid benefit"],
  "perc.excl.systemic_arthropathy": [], "perc.excl.infection_tumor_fracture": [],
  "perc.excl.acute_instability": [], "perc.excl.neural_compression": []}}

def labels(L):
    st = {"meets_criteria": "met"}
    out = {"procedure": L["procedure"], "request_date": L["request_date"], "determination": L["determination"], "criteria": {}}
    for k, ev in L["criteria"].items():
        out["criteria"][k] = {"status": STATUS[L["determination"]].get(k, "met"), "evidence": ev}
    return out

STATUS = {"meets_criteria": {},
          "insufficient_documentation": {"open.recent_imaging": "insufficient"},
          "does_not_meet_criteria": {"perc.active_conservative_therapy": "not_met", "perc.diagnostic_injections": "not_met"}}

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    meta = {}
    rng = random.Random(1101)
    ident, pages = packet01()
    meta["b11a-01"] = {"b11a-01.pdf": build_pdf(os.path.join(OUT, "b11a-01.pdf"), pages, "b11a-01", ident, rng)}
    json.dump(labels(L01), open(os.path.join(OUT, "b11a-01.labels.json"), "w"), indent=2)
    for pid, fn, L, pj in [("b11a-02", packet02, L02, {"request_date": "2026-09-28", "procedure_codes": ["27280"], "member_id": "CSN530771248", "policy": "MP-MM-1366"}),
                           ("b11a-03", packet03, L03, None)]:
        rng = random.Random(int(pid[-2:]) * 7919)
        d = os.path.join(OUT, pid); os.makedirs(d); ident, files = fn(); meta[pid] = {}
        for name in sorted(files):
            meta[pid][name] = build_pdf(os.path.join(d, name), files[name], pid, ident, rng)
        if pj: json.dump(pj, open(os.path.join(d, "packet.json"), "w"), indent=2)
        json.dump(labels(L), open(os.path.join(d, "labels.json"), "w"), indent=2)
    json.dump(meta, open(os.path.join(HERE, ".faxtext.json"), "w"), indent=1)

if __name__ == "__main__":
    main()
