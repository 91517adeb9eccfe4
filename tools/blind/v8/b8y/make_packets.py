#!/usr/bin/env python3
"""make_packets.py - writer Y, blind set v8 (b8y). Deterministic generator + self-check.
Run: .venv/bin/python make_packets.py
"""

import io, json, os, random, re, shutil
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter
import pdfplumber

FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- text pages
def _fpdf_safe(s):
    rep = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
           "\u2265": ">=", "\u2264": "<=", "\u2022": "-"}
    for k, v in rep.items():
        s = s.replace(k, v)
    s.encode("latin-1")
    return s


def render_text_page(pdf, blocks):
    """blocks: list of (style, text) ; style in title,h,p,b,mono,small,rule,sp,sig"""
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.set_left_margin(18)
    pdf.set_right_margin(18)
    pdf.set_xy(18, 14)
    W = pdf.w - 36
    for style, text in blocks:
        text = _fpdf_safe(text) if isinstance(text, str) else text
        if style == "title":
            pdf.set_font("Helvetica", "B", 13); pdf.multi_cell(W, 6.2, text, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif style == "title_l":
            pdf.set_font("Helvetica", "B", 12); pdf.multi_cell(W, 5.8, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
        elif style == "h":
            pdf.ln(1.2); pdf.set_font("Helvetica", "B", 10); pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "p":
            pdf.set_font("Helvetica", "", 9.5); pdf.multi_cell(W, 4.6, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.6)
        elif style == "i":
            pdf.set_font("Helvetica", "I", 9); pdf.multi_cell(W, 4.4, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.5)
        elif style == "b":
            pdf.set_font("Helvetica", "B", 9.5); pdf.multi_cell(W, 4.6, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.4)
        elif style == "mono":
            pdf.set_font("Courier", "", 8.8)
            for ln in text.split("\n"):
                assert pdf.get_string_width(ln) <= W + 0.5, ("mono line too long", ln)
                pdf.cell(W, 4.1, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
        elif style == "small":
            pdf.set_font("Helvetica", "", 7.5); pdf.multi_cell(W, 3.6, text, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.4)
        elif style == "rule":
            y = pdf.get_y() + 1; pdf.line(18, y, pdf.w - 18, y); pdf.set_y(y + 2)
        elif style == "sp":
            pdf.ln(float(text))
        elif style == "footer":
            pdf.set_font("Helvetica", "", 7.5)
            pdf.set_xy(18, pdf.h - 14)
            pdf.cell(W, 4, text, align="C")
        else:
            raise ValueError(style)
        if pdf.get_y() > pdf.h - 16 and style != "footer":
            raise RuntimeError("text page overflow: " + str(text)[:60])


# ---------------------------------------------------------------- fax pages
def _wrap(draw, text, font, maxw):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if draw.textlength(t, font=font) <= maxw:
                cur = t
            else:
                out.append(cur); cur = w
        out.append(cur)
    return out


def render_fax_page(blocks, banner, res, skew, seed):
    """Return (pdf_bytes, text). res 'fine' (204x196) or 'std' (204x98)."""
    rnd = random.Random(seed)
    W, H = 1734, 2156  # 8.5x11 in at 204x196
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 31)     # ~11 pt
    f_bold = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 31)
    f_title = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 38)
    f_mono = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 28)  # ~10 pt
    f_ban = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 26)
    texts = [banner]
    d.text((40, 18), banner, font=f_ban, fill=0)
    d.line((40, 56, W - 40, 56), fill=0, width=2)
    x0, y = 120, 100
    maxw = W - 240
    for style, text in blocks:
        if style == "sp":
            y += int(float(text) * 8); continue
        if style == "rule":
            d.line((x0, y + 8, W - 120, y + 8), fill=0, width=3); y += 22; continue
        font = {"title": f_title, "h": f_bold, "b": f_bold, "mono": f_mono}.get(style, f_reg)
        lh = {"title": 50, "mono": 36}.get(style, 41)
        lines = text.split("\n") if style == "mono" else _wrap(d, text, font, maxw)
        for ln in lines:
            if style == "title":
                tw = d.textlength(ln, font=font); d.text(((W - tw) / 2, y), ln, font=font, fill=0)
            else:
                if style == "mono":
                    assert d.textlength(ln, font=font) <= maxw + 4, ("fax mono too long", ln)
                d.text((x0, y), ln, font=font, fill=0)
            texts.append(ln)
            y += lh
        y += 8 if style in ("p", "h", "title", "b") else 4
        if y > H - 80:
            raise RuntimeError("fax overflow: " + text[:50])
    # skew
    img = img.rotate(skew, resample=Image.BILINEAR, fillcolor=255)
    px = img.load()
    # specks
    for _ in range(900):
        cx, cy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([0, 0, 0, 1, 1, 2])
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if 0 <= cx + dx < W and 0 <= cy + dy < H:
                    px[cx + dx, cy + dy] = 0
    # dropouts: a few thin white horizontal streaks
    for _ in range(5):
        yy = rnd.randrange(120, H - 100)
        x1 = rnd.randrange(0, W // 2)
        x2 = x1 + rnd.randrange(200, 900)
        for xx in range(x1, min(x2, W)):
            px[xx, yy] = 255
    # edge noise column (scanner left edge)
    for yy in range(0, H, 3):
        if rnd.random() < 0.3:
            px[2, yy] = 0
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    if res == "std":
        bw = bw.resize((W, H // 2), Image.NEAREST)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdfb = img2pdf.convert(buf.getvalue())
    return pdfb, "\n".join(texts)


# ---------------------------------------------------------------- assembly
def build_pdf(pages, out_path):
    """pages: list of dicts {kind:'text', blocks} or {kind:'fax', blocks, banner, res, skew, seed}.
    Returns list of (kind, text_or_None, res)."""
    writer = PdfWriter()
    info = []
    for pg in pages:
        if pg["kind"] == "text":
            pdf = FPDF(unit="mm", format="Letter")
            pdf.set_creator("b8y"); pdf.set_producer("b8y")
            pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
            render_text_page(pdf, pg["blocks"])
            r = PdfReader(io.BytesIO(bytes(pdf.output())))
            writer.add_page(r.pages[0])
            info.append(("text", None, None))
        else:
            pdfb, txt = render_fax_page(pg["blocks"], pg["banner"], pg["res"], pg["skew"], pg["seed"])
            r = PdfReader(io.BytesIO(pdfb))
            writer.add_page(r.pages[0])
            info.append(("fax", txt, pg["res"]))
    with open(out_path, "wb") as fh:
        writer.write(fh)
    return info


def _packet_01():
    # b8y-01: single PDF, percutaneous 27279, gold does_not_meet_criteria
    PT = "COLON MALDONADO, YADIRA"
    FOOT = "Colón Maldonado, Yadira | DOB 05/11/1979 | CareSource ID CSN-88431207 | Page {n} of 12"
    TR = "[Certified translation - LinguaCert Translation Services, LLC - Job LC-26-0193]"

    def F(n):
        return ("footer", FOOT.format(n=n))

    BAN = "FROM: PIEDMONT SPINE & PAIN 336-555-0142  TO: CARESOURCE NC UM 833-555-0199  02/16/2026 10:42  P. {n}/12"

    pages = []
    # 1 fax cover (standard)
    pages.append(dict(kind="fax", res="std", skew=0.8, seed=101, banner=BAN.format(n=1), blocks=[
        ("title", "PIEDMONT SPINE & PAIN ASSOCIATES"),
        ("p", "2100 Westchester Dr, Suite 310, High Point, NC 27262   Tel 336-555-0140   Fax 336-555-0142"),
        ("rule", ""),
        ("title", "FACSIMILE TRANSMITTAL"),
        ("p", "To: CareSource North Carolina - Utilization Management / Prior Authorization"),
        ("p", "Fax: 1-833-555-0199          Date: 02/16/2026"),
        ("p", "From: Keisha Barnhill, CMA, surgical scheduling for Aaron K. Lindqvist, MD"),
        ("p", "Re: PRIOR AUTH REQUEST - Left SI joint fusion, minimally invasive (CPT 27279)"),
        ("p", "Member: Yadira Colon Maldonado   DOB 05/11/1979   ID CSN-88431207"),
        ("p", "Pages (including cover): 12"),
        ("sp", "3"),
        ("p", "Enclosed: PA form, certified translations of outside records (Mayaguez, PR), our consult, PT discharge, injection notes, imaging overread, follow up."),
        ("p", "Part of the outside records were originally in Spanish - certified English translations attached. Originals available on request."),
        ("sp", "3"),
        ("p", "[ ] Urgent   [X] Standard   [ ] Please call   [ ] Please reply"),
        ("sp", "6"),
        ("small", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, notify the sender at 336-555-0140 and destroy all copies."),
    ]))
    # 2 PA request form (text)
    pages.append(dict(kind="text", blocks=[
        ("title", "CareSource North Carolina - Prior Authorization Request Form"),
        ("small", "Marketplace | Outpatient / Inpatient Surgical Services | Fax completed form to 1-833-555-0199"),
        ("rule", ""),
        ("h", "SECTION 1 - MEMBER"),
        ("mono", "Name: Colon Maldonado, Yadira          DOB: 05/11/1979      Sex: F\nMember ID: CSN-88431207                Phone: 336-555-7718\nAddress: 417 Tolliver Ct, Jamestown NC 27282"),
        ("h", "SECTION 2 - REQUESTING / SERVICING PROVIDER"),
        ("mono", "Requesting: Aaron K. Lindqvist, MD (Orthopaedic Spine)  NPI 1487295530\nPractice: Piedmont Spine & Pain Associates    TIN 56-2279014\nFacility: Triad Surgical Pavilion (ASC), High Point NC  NPI 1306644019\nContact: Keisha Barnhill, CMA   ph 336-555-0140 x214   fax 336-555-0142"),
        ("h", "SECTION 3 - SERVICE REQUESTED"),
        ("mono", "CPT/HCPCS   Description                                   Units  Side\n27279       Arthrodesis, sacroiliac joint, percutaneous     1      LT\n            or minimally invasive, w/ image guidance\nICD-10      M53.3  Sacrococcygeal disorders, NEC (SIJ dysfunction)\n            M54.59 Other low back pain"),
        ("p", "Setting: [X] Outpatient / ASC   [ ] Inpatient      Anticipated DOS: 03/19/2026"),
        ("p", "Type: [X] Elective   [ ] Urgent         Date of request: 02/16/2026"),
        ("h", "SECTION 4 - CLINICAL SUMMARY (office)"),
        ("p", "46 y/o F w/ chronic L SIJ pain since 2024, originally managed in Puerto Rico, relocated to NC 08/2025. Office summary: completed more than 6 months of formal PT, meloxicam, heat, two fluoro-guided L SIJ blocks with good relief, and 2 steroid injections w/ temporary benefit only. Imaging of SIJ, L hip and L-spine reviewed. Requesting L SIJ fusion (lateral transiliac approach, 3 implants)."),
        ("p", "Attached records: see fax cover."),
        ("sp", "4"),
        ("mono", "Provider signature: __A. Lindqvist MD (e-signed)__   Date: 02/16/2026"),
        F(2),
    ]))
    # 3 translator certification + PR initial consult
    pages.append(dict(kind="text", blocks=[
        ("title_l", "CERTIFICATE OF TRANSLATION ACCURACY"),
        ("p", "I, Carmen I. Rivera Ortiz, certify that I am competent to translate from Spanish into English and that the attached document(s), consisting of five (5) pages from Clínica de Columna y Manejo del Dolor del Oeste (Mayagüez, Puerto Rico), are a true, complete and accurate translation of the original records presented to me. Dates are reproduced as written in the originals (day/month/year)."),
        ("mono", "Signed: [signature] C. I. Rivera Ortiz     Date: 09/22/2025\nATA member no. 271884  |  LinguaCert Translation Services, LLC, Charlotte NC"),
        ("rule", ""),
        ("small", TR),
        ("b", "[Letterhead:] CLÍNICA DE COLUMNA Y MANEJO DEL DOLOR DEL OESTE - Calle Post Sur 212, Mayagüez, PR 00680"),
        ("b", "INITIAL CONSULTATION - PHYSIATRY / PAIN            Date: 14/03/2025"),
        ("p", "Patient: Yadira Colón Maldonado   Age: 45   Record no.: 2025-00817   Referred by: Dr. R. Vargas (family medicine)"),
        ("p", "Chief complaint: \"pain in the left buttock/low back for more than a year\"."),
        ("p", "HPI: Patient reports pain in the left gluteal region, below the belt line, over the left sacroiliac area, onset approx. 01/2024 without trauma. Worse with prolonged sitting, getting out of the car and climbing stairs. The pain does not radiate to the leg, no paresthesias, no weakness. Denies fever, weight loss, night sweats. Pain on the visual analog scale (EVA): 8/10."),
        ("p", "Previous treatment: ibuprofen OTC with partial relief; L4-L5 medial branch block in 10/2024 (other physician) without benefit. No prior physical therapy."),
        ("p", "PMH: hypothyroidism (on levothyroxine), GERD. PSH: cesarean section 2008. Allergies: penicillin (rash)."),
        ("p", "Family history: mother with fibromyalgia and hypertension; father with DM2. Social: office administrator, non-smoker."),
        ("p", "Exam: antalgic gait, walks without assistive device. Tenderness on palpation over the left sacral sulcus / PSIS. Gaenslen (+) left, FABER (+) left for pain in the left SIJ. Lasègue negative bilaterally. Strength 5/5, reflexes 2+ symmetric. [illegible] ."),
        ("p", "Impression: left sacroiliac joint dysfunction. R/O left L5 radiculopathy (not supported by exam)."),
        ("p", "Plan: 1) Mobic [meloxicam] 15 mg PO once daily with food. 2) Moist heat compresses 20 min, 2-3 times a day. 3) Referral to physical therapy 2-3x/week. 4) X-rays pelvis/SIJ and left hip; CT of pelvis; MRI lumbar spine. 5) Follow-up in 6 weeks."),
        ("p", "[stamp: Dr. Héctor L. Feliciano Báez, Fisiatra, Lic. 11592]  [handwritten signature]"),
        F(3),
    ]))
    # 4 PR PT discharge
    pages.append(dict(kind="text", blocks=[
        ("small", TR),
        ("b", "[Letterhead:] TERAPIA FÍSICA INTEGRAL DEL OESTE, Inc. - Mayagüez, PR - Tel. 787-555-0326"),
        ("b", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        ("p", "Patient: Yadira Colón Maldonado    Referring physician: Dr. H. L. Feliciano Báez    Dx: left SIJ dysfunction (M53.3)"),
        ("mono", "Start of care: 07/04/2025     Discharge date: 20/06/2025\nVisits attended: 14 of 18 authorized   Frequency: 2x/week\nReason for discharge: patient relocating to North Carolina"),
        ("h", "Interventions"),
        ("p", "Lumbopelvic stabilization (transversus abdominis, gluteus medius), SIJ mobilization grade II-III, stretching of piriformis and hip flexors, moist heat 10 min before exercises, TENS in clinic only."),
        ("h", "Progress table"),
        ("mono", "Date        EVA   Oswestry   Comment\n07/04/2025  8/10  46%        initial evaluation\n12/05/2025  6/10  40%        tolerates progression\n20/06/2025  5/10  38%        plateau, persistent pain when sitting"),
        ("p", "Assessment: partial improvement of strength and tolerance; pain persists with sitting and stairs. Goals partially met."),
        ("p", "Home exercise program: written sheet with 6 exercises given on 20/06/2025 (bridges, clamshells, bird-dog, cat-camel, piriformis stretch, walking 20 min). Instructed to continue daily and follow up with her physician."),
        ("p", "[signature] Lcda. Marilyn Torres Acosta, PT, Lic. 3390    [stamp: TERAPIA FÍSICA INTEGRAL DEL OESTE - RECIBIDO]"),
        F(4),
    ]))
    # 5 PR imaging (multiple studies)
    pages.append(dict(kind="text", blocks=[
        ("small", TR),
        ("b", "[Letterhead:] CENTRO DE IMÁGENES DIAGNÓSTICAS DEL OESTE - Mayagüez, PR"),
        ("b", "RADIOLOGY REPORT        Study date: 02/05/2025        Accession: CIDO-25-44871"),
        ("p", "Patient: Colón Maldonado, Yadira    Ordering: Dr. H. L. Feliciano Báez"),
        ("h", "1) X-RAY OF PELVIS AP AND SACROILIAC JOINTS (oblique views)"),
        ("p", "Sacroiliac joints with preserved joint space. Mild subchondral sclerosis of the left iliac side. No erosions. No fractures. Pubic symphysis normal."),
        ("h", "2) X-RAY OF LEFT HIP, AP AND LATERAL (FROG)"),
        ("p", "Mild narrowing of the superior joint space of the left hip with small marginal osteophyte. Femoral head spherical. Impression: mild degenerative changes of the left hip."),
        ("h", "3) CT OF PELVIS WITHOUT CONTRAST"),
        ("p", "Left sacroiliac joint: mild anterior osteophytes and vacuum phenomenon; mild subchondral sclerosis. No erosions, no ankylosis, no lytic or blastic lesions. Right SIJ unremarkable. No fracture. Visualized hips: mild degenerative changes left."),
        ("b", "IMPRESSION: Mild degenerative changes of the left sacroiliac joint. No findings of inflammatory sacroiliitis. No destructive lesions."),
        ("p", "[stamp: Dr. Luis A. Ramírez Nieves, Radiólogo]  [handwritten initials]"),
        ("rule", ""),
        ("b", "MRI OF LUMBAR SPINE WITHOUT CONTRAST        Study date: 19/05/2025"),
        ("p", "Alignment preserved. L4-L5: mild disc desiccation with small central bulge, no significant canal stenosis. L5-S1: mild facet arthropathy. Neural foramina patent at all levels. No nerve root compression. Conus normal at L1."),
        ("b", "IMPRESSION: Mild lumbar spondylosis without neural compression."),
        F(5),
    ]))
    # 6 PR SIJ injection #1 with diary
    pages.append(dict(kind="text", blocks=[
        ("small", TR),
        ("b", "[Letterhead:] CLÍNICA DE COLUMNA Y MANEJO DEL DOLOR DEL OESTE - Procedure room 2"),
        ("b", "PROCEDURE NOTE - LEFT SACROILIAC JOINT INJECTION        Date: 22/08/2025"),
        ("p", "Physician: Dr. Héctor L. Feliciano Báez   Assistant: Enf. J. Pagán   Consent signed."),
        ("p", "Indication: left SIJ pain refractory to therapy. Pre-procedure pain (EVA): 8/10."),
        ("p", "Technique: prone position, sterile prep with chlorhexidine. Under fluoroscopic guidance, 22G spinal needle advanced into the inferior third of the left SIJ. Injection of 0.5 ml Omnipaque 240 [iohexol] contrast showed intra-articular arthrogram without vascular uptake. Injected: 2 ml Xylocaína 2% [lidocaine] + 40 mg Kenacort-A [triamcinolone acetonide]. No complications."),
        ("h", "Post-procedure pain diary (completed by patient in recovery and at home)"),
        ("mono", "Time after injection   EVA    % relief\nBaseline               8/10   -\n15 min                 2/10   75%\n30 min                 2/10   75%\n1 hour                 2/10   75%\n2 hours                3/10   62%\n4 hours                6/10   25%\n[handwritten: 'could sit through lunch']"),
        ("p", "Telephone follow-up 12/09/2025 (Enf. Pagán): patient reports the steroid helped for about 2 weeks; pain returned to baseline after about 3 weeks, 8/10 when sitting."),
        ("p", "[stamp: Dr. Héctor L. Feliciano Báez, Lic. 11592]"),
        F(6),
    ]))
    # 7 US new patient note p1
    pages.append(dict(kind="text", blocks=[
        ("b", "PIEDMONT SPINE & PAIN ASSOCIATES  |  2100 Westchester Dr, Ste 310, High Point NC 27262"),
        ("title_l", "NEW PATIENT CONSULTATION"),
        ("mono", "Patient: Colon Maldonado, Yadira   DOB: 05/11/1979   MRN: PSP-0061473\nDate of service: 09/29/2025   Provider: Aaron K. Lindqvist, MD\nInterpreter: not required (patient bilingual)"),
        ("h", "CHIEF COMPLAINT"),
        ("p", "L sided low back / buttock pain x ~20 months."),
        ("h", "HISTORY OF PRESENT ILLNESS"),
        ("p", "Pleasant 46 yo F, moved from Mayaguez PR to Jamestown NC in Aug 2025, establishing care. Pain is located over the L posterior pelvis just medial to the PSIS, below L5, points w/ one finger to the L sacral sulcus (Fortin +). Denies radiation into the thigh or below the knee, denies numbness/tingling, no bowel/bladder sx. Worse w/ sitting >20 min, rolling in bed, single-leg stance. Today 7/10, ranges 5-8/10."),
        ("p", "Outside care (records from PR reviewed, certified translations in chart): PT 2x/wk spring 2025 (14 visits, d/c 06/2025 when she moved), meloxicam 15 mg daily since 03/2025, heat. One fluoro-guided L SIJ injection 08/22/2025 (lidocaine + triamcinolone) w/ ~75% relief for a few hours, steroid benefit ~2 wks. Per pt the CT and MRI were 'mostly normal'. L4-5 MBB 10/2024 did nothing."),
        ("p", "Home exercises: has the PT sheet but admits she has not really been doing them since the move - 'between the boxes and the new job it is hard to find the time for the exercises'."),
        ("h", "PAST HISTORY / MEDS / ALLERGIES"),
        ("p", "Hypothyroidism, GERD. Meds: levothyroxine 75 mcg, meloxicam 15 mg daily, omeprazole 20 mg. NKDA except PCN (rash). FHx: mother fibromyalgia, HTN. SHx: never smoker, admin assistant, 1 glass wine/wk."),
        ("h", "REVIEW OF SYSTEMS"),
        ("p", "Neg for fever, wt loss, night pain, morning stiffness >30 min, rash, uveitis, IBD sx. No diffuse body pain. Otherwise neg x 12 systems."),
        F(7),
    ]))
    # 8 US new patient note p2
    pages.append(dict(kind="text", blocks=[
        ("small", "Colon Maldonado, Yadira - New patient consultation 09/29/2025 (cont.)"),
        ("h", "PHYSICAL EXAMINATION"),
        ("p", "Vitals: BP 128/78, HR 74, BMI 29.4. NAD, appropriate affect. Gait: mildly antalgic, no Trendelenburg."),
        ("p", "Palpation: TTP over the L posterior SIJ / sacral sulcus, reproduces her pain. Greater trochanter nontender bilat. Lumbar spinous processes and paraspinals nontender. Coccyx nontender."),
        ("p", "ROM L-spine: flexion full, extension mildly painful at end range (buttock)."),
        ("mono", "SIJ provocation     L          R\nThigh thrust        POSITIVE   neg\nCompression         positive   neg\nDistraction         negative   neg\nGaenslen            POSITIVE   neg\nFABER (Patrick)     POSITIVE   neg\nSacral thrust       not done"),
        ("p", "Neuro: SLR neg bilat to 80 deg. Strength 5/5 L2-S1. DTRs 2+ sym. Sensation intact. Waddell signs 0/5. Hip: L hip IR 30 deg, mild groin discomfort at end range only, no reproduction of buttock pain."),
        ("h", "ASSESSMENT"),
        ("p", "1. L SIJ dysfunction (M53.3) - history, exam (4/5 provocation tests positive) and prior block consistent. 2. L hip mild OA - not felt to be primary generator. 3. Lumbar spondylosis w/o radiculopathy."),
        ("h", "PLAN"),
        ("p", "- Formal PT locally (Triad Rehab), SIJ stabilization program, 2x/wk x 8 wk. Reinforced HEP."),
        ("p", "- Continue meloxicam 15 mg daily w/ food + omeprazole; heating pad PRN."),
        ("p", "- Will overread the outside films (pt brought disc). Repeat confirmatory L SIJ block after PT if pain persists."),
        ("p", "- RTC 8-10 wks."),
        ("sp", "3"),
        ("mono", "Electronically signed: Aaron K. Lindqvist, MD  09/29/2025 16:12"),
        F(8),
    ]))
    BAN9 = "FROM: TRIAD REHAB HIGH POINT 336-555-0471  TO: PIEDMONT SPINE 336-555-0142  12/03/2025 08:15  P. 1/1"
    # 9 US PT discharge (fax standard; forwarded in the PA fax)
    pages.append(dict(kind="fax", res="std", skew=-1.1, seed=109, banner=BAN.format(n=9), blocks=[
        ("small", BAN9),
        ("title", "TRIAD REHAB - HIGH POINT"),
        ("b", "Physical Therapy Discharge Summary"),
        ("p", "Patient: Yadira Colon Maldonado   DOB 05/11/1979   Ref: A. Lindqvist MD"),
        ("p", "Dx: M53.3 L SIJ dysfunction   Certification: 10/06/2025 - 12/01/2025"),
        ("p", "Visits: 12 (initial eval 10/06/2025, last visit 12/01/2025)"),
        ("p", "Tx: lumbopelvic stabilization, glute strengthening, manual therapy L SIJ, SI belt trial, HEP review."),
        ("p", "Subjective at d/c: pain 6/10 at worst with sitting. Pt reports difficulty completing HEP due to work schedule."),
        ("p", "Objective: hip abd 4+/5 L, ODI 36% (was 42%). Single-leg stance L 12 sec."),
        ("p", "Assessment: modest functional gains, persistent L SIJ pain. Plateaued."),
        ("p", "Plan: d/c from skilled PT, continue independent HEP, f/u with referring MD."),
        ("p", "Signed: Derek Oyelaran, PT, DPT   12/01/2025"),
    ]))
    # 10 US SIJ injection #2 (fax standard)
    pages.append(dict(kind="fax", res="std", skew=0.5, seed=110, banner=BAN.format(n=10), blocks=[
        ("title", "PIEDMONT SPINE & PAIN - PROCEDURE NOTE"),
        ("p", "Patient: Colon Maldonado, Yadira   DOB 05/11/1979   DOS: 12/15/2025"),
        ("p", "Procedure: LEFT sacroiliac joint injection under fluoroscopy"),
        ("p", "Physician: Aaron K. Lindqvist, MD   Sedation: none (local only)"),
        ("p", "Pre-procedure pain: 7/10. Timeout performed. Prone, sterile prep."),
        ("p", "25G 3.5 in spinal needle into L SIJ inferior recess under fluoro. Isovue-M 200, 0.5 mL: intra-articular spread confirmed, no vascular uptake."),
        ("p", "Injectate: bupivacaine 0.5% 2 mL + dexamethasone 10 mg. EBL nil. Tolerated well."),
        ("b", "Post-procedure pain diary"),
        ("mono", "Time       Pain   Relief\n15 min     3/10   57%\n30 min     3/10   57%\n1 hr       4/10   43%\n2 hr       6/10   14%\n4 hr       7/10    0%\n6 hr       7/10    0%"),
        ("p", "Interpretation: Greater than 50% relief lasted approximately 30 minutes only. Equivocal / negative confirmatory block for a long-acting anesthetic."),
        ("p", "e-signed A. Lindqvist MD 12/15/2025"),
    ]))
    # 11 US imaging overread (text)
    pages.append(dict(kind="text", blocks=[
        ("b", "GUILFORD DIAGNOSTIC RADIOLOGY, PA  |  Outside Film Consultation"),
        ("title_l", "SECOND-OPINION INTERPRETATION OF OUTSIDE IMAGING"),
        ("mono", "Patient: COLON MALDONADO, YADIRA   DOB 05/11/1979   Acc: GDR-OS-25-09917\nRequested by: A. Lindqvist MD   Read date: 10/08/2025\nSource: CD, Centro de Imagenes Diagnosticas del Oeste, Mayaguez PR"),
        ("p", "Studies submitted: XR pelvis/SIJ (05/02/2025*), XR L hip (05/02/2025*), CT pelvis w/o contrast (05/02/2025*), MRI L-spine w/o contrast (05/19/2025*). *Dates converted from outside DD/MM format."),
        ("h", "FINDINGS"),
        ("p", "Radiographs: SI joints symmetric in width. Mild L iliac-side subchondral sclerosis. No erosions or fusion. L hip: mild superolateral joint space narrowing, small acetabular osteophyte; no subchondral cyst or collapse."),
        ("p", "CT pelvis: L SIJ with small anterior bridging osteophyte and intra-articular vacuum, mild sclerosis. No erosive change, no periarticular osteopenia. No lytic/sclerotic lesion, no fracture."),
        ("p", "MRI lumbar (non-DICOM key images only + full series on CD): L4-5 small central disc bulge, canal adequate. L5-S1 mild facet arthropathy. Foramina patent. No compression of traversing or exiting nerve roots."),
        ("h", "IMPRESSION"),
        ("p", "1. Mild degenerative L SIJ change. No imaging evidence of inflammatory sacroiliitis or destructive lesion."),
        ("p", "2. Mild osteoarthritis of the left hip."),
        ("p", "3. Mild lumbar spondylosis. No neural compression."),
        ("sp", "2"),
        ("mono", "Electronically signed: Renata Szabo-Gill, MD, Musculoskeletal Radiology\n10/08/2025 11:47"),
        F(11),
    ]))
    # 12 US follow-up
    pages.append(dict(kind="text", blocks=[
        ("b", "PIEDMONT SPINE & PAIN ASSOCIATES"),
        ("title_l", "OFFICE VISIT - FOLLOW UP"),
        ("mono", "Patient: Colon Maldonado, Yadira   DOB: 05/11/1979   DOS: 01/26/2026\nProvider: Aaron K. Lindqvist, MD"),
        ("p", "S: Returns after PT and repeat L SIJ injection. PT d/c 12/01, modest gains. After the 12/15 block she 'felt good for about half an hour'; the dexamethasone gave maybe 1 week of partial relief, pain back to baseline by early Jan. Continues meloxicam 15 mg daily (since 03/2025 per PR records) and heating pad nightly. Not using the SI belt. Pain stays in the L buttock, no leg sx."),
        ("p", "Pain score today: L SIJ pain 7/10 (worst 9/10 after driving)."),
        ("p", "O: TTP L sacral sulcus. Thigh thrust + L, FABER + L, Gaenslen + L. Neuro intact. Trochanter NT."),
        ("p", "A/P: Chronic L SIJ dysfunction, failed PT, NSAID and 2 steroid SIJ injections. Discussed options incl. RFA of lateral branches vs MIS SIJ fusion; pt prefers fusion. Will submit PA for L MIS SIJ fusion (27279). Smoking status: never. Pre-op labs once approved."),
        ("sp", "2"),
        ("mono", "Electronically signed: Aaron K. Lindqvist, MD  01/26/2026 15:02"),
        F(12),
    ]))

    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-02-16",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "The pain does not radiate to the leg", "Denies radiation into the thigh or below the knee",
                "Pain stays in the L buttock, no leg sx"]},
            "perc.pain_severity": {"status": "met", "evidence": ["L SIJ pain 7/10 (worst 9/10 after driving)"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "TTP over the L posterior SIJ / sacral sulcus, reproduces her pain",
                "Greater trochanter nontender bilat"]},
            "perc.active_conservative_therapy": {"status": "not_met", "evidence": [
                "Start of care: 07/04/2025 Discharge date: 20/06/2025",
                "Certification: 10/06/2025 - 12/01/2025",
                "hard to find the time for the exercises"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Mobic [meloxicam] 15 mg PO once daily with food",
                "Continues meloxicam 15 mg daily (since 03/2025 per PR records)"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust POSITIVE", "Thigh thrust + L"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen (+) left, FABER (+) left", "FABER + L, Gaenslen + L", "FABER (Patrick) POSITIVE"]},
            "perc.diagnostic_injections": {"status": "not_met", "evidence": [
                "Greater than 50% relief lasted approximately 30 minutes only",
                "bupivacaine 0.5% 2 mL + dexamethasone 10 mg"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell signs 0/5", "No diffuse body pain"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No findings of inflammatory sacroiliitis. No destructive lesions.",
                "No imaging evidence of inflammatory sacroiliitis or destructive lesion"]},
            "perc.hip_imaging": {"status": "met", "evidence": [
                "Impression: mild degenerative changes of the left hip", "Mild osteoarthritis of the left hip"]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "Mild lumbar spondylosis without neural compression", "No nerve root compression"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "pain returned to baseline after about 3 weeks",
                "pain back to baseline by early Jan"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["No erosive change, no periarticular osteopenia"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": ["No lytic/sclerotic lesion, no fracture"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": ["onset approx. 01/2024 without trauma"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": ["No compression of traversing or exiting nerve roots"]},
        },
    }

    return dict(pages=pages, labels=labels)


def _packet_02():
    # b8y-02: folder with packet.json, open 27280, gold meets_criteria
    FOOT = "IBARRA TREVIÑO, ROGELIO  |  DOB 09/02/1968  |  Member CSN-70215566"
    TR = "[Certified translation from Spanish - Puente Legal Translations, Charlotte NC - Order PL-2509-4471]"
    BAN = "FROM: CAROLINA ORTHO SPINE INST 704-555-0388  TO: CARESOURCE NC PA 833-555-0199  11/10/2025 14:07  P. {n}/8"
    BANI = "FROM: MECKLENBURG IMAGING PARTNERS 704-555-2260  TO: COSI DR RAMAN 704-555-0388  09/23/2025 09:51  P. {n}/2"

    files = {}
    files["01_cover_and_request.pdf"] = [
        dict(kind="fax", res="fine", skew=-0.6, seed=201, banner=BAN.format(n=1), blocks=[
            ("title", "Carolina Orthopaedic Spine Institute"),
            ("p", "1450 Matthews Township Pkwy, Matthews NC 28105  |  P 704-555-0380  |  F 704-555-0388"),
            ("rule", ""),
            ("title", "FAX"),
            ("p", "TO: CareSource North Carolina, Prior Authorization Dept."),
            ("p", "FAX #: 833-555-0199"),
            ("p", "FROM: Lorena Castellanos, Surgery Coordinator (for Priya N. Raman, MD)"),
            ("p", "DATE: 11/10/2025        PAGES: 8 incl. cover"),
            ("p", "RE: Ibarra Trevino, Rogelio - DOB 09/02/1968 - ID CSN-70215566"),
            ("p", "Request: revision / OPEN right sacroiliac joint arthrodesis, CPT 27280, after failed percutaneous SI fusion done in Mexico (2024)."),
            ("p", "Spanish-language records from Monterrey, N.L. are attached with certified translations. Note: Mexican records write dates day/month/year."),
            ("sp", "4"),
            ("small", "This transmission may contain PHI protected under HIPAA. If received in error please call 704-555-0380 and destroy."),
        ]),
        dict(kind="text", blocks=[
            ("title", "PRIOR AUTHORIZATION REQUEST - SURGICAL / PROCEDURE"),
            ("small", "CareSource North Carolina (Marketplace)   |   Return by fax 1-833-555-0199   |   Form PA-NC-07 rev 03/2025"),
            ("rule", ""),
            ("mono", "MEMBER NAME ........ Ibarra Trevino, Rogelio\nDATE OF BIRTH ...... 09/02/1968     GENDER: M\nMEMBER ID .......... CSN-70215566\nREQUEST DATE ....... 11/10/2025"),
            ("rule", ""),
            ("mono", "ORDERING PROVIDER .. Priya N. Raman, MD - Spine Surgery   NPI 1720486351\nGROUP .............. Carolina Orthopaedic Spine Institute\nFACILITY ........... Atrium-affiliated: Matthews Surgical Hospital (IP)\nPHONE / FAX ........ 704-555-0380 / 704-555-0388"),
            ("rule", ""),
            ("b", "PROCEDURE(S)"),
            ("mono", "CPT 27280  Arthrodesis, open, sacroiliac joint, including\n           obtaining bone graft, incl. instrumentation  - RIGHT\nEst. LOS: 2 days (inpatient)       Planned DOS: 12/08/2025"),
            ("b", "DIAGNOSES"),
            ("mono", "T84.226A  Displacement of internal fixation device of bones of\n          spine (initial encounter)  [SI implants]\nM96.0     Pseudarthrosis after fusion or arthrodesis\nM53.3     Sacrococcygeal disorders, NEC"),
            ("b", "CLINICAL INDICATION (check all that apply)"),
            ("mono", "[ ] Post-traumatic SIJ injury / pelvic ring fracture\n[ ] SIJ infection / sepsis\n[ ] Sacral tumor\n[ ] Multisegmental long fusion for deformity\n[X] Failed prior percutaneous SIJ fusion"),
            ("p", "Narrative: 57 y/o M, R percutaneous SIJ fusion (3 triangular titanium implants) Monterrey, Mexico 06/2024. Recurrent R SIJ pain from ~early 2025. CT 09/22/2025: nonunion with peri-implant lucency and backing-out of the inferior implant. Plan: open revision R SIJ arthrodesis with implant removal, joint decortication, allograft + autograft, and plate/screw fixation."),
            ("mono", "Signature: Priya N. Raman, MD (electronic)      11/10/2025"),
            ("footer", FOOT + "  |  Page 2 of 8"),
        ]),
    ]
    files["02_expediente_monterrey_traduccion.pdf"] = [
        dict(kind="text", blocks=[
            ("title_l", "TRANSLATOR'S CERTIFICATION"),
            ("p", "I, Gabriela Salinas-Moore, hereby certify that I am fluent in Spanish and English and that the following two (2) pages are a complete and accurate English translation of medical records issued by Hospital San Ángel del Norte, Monterrey, Nuevo León, Mexico, for Mr. Rogelio Ibarra Treviño. Bracketed text [ ] is added by the translator. Dates appear as in the source (DD/MM/YYYY)."),
            ("mono", "[signature] Gabriela Salinas-Moore    Date: 10/02/2025\nCertified Translator, ATA No. 530118 - Puente Legal Translations\nNotarized: [stamp: Notary Public, Mecklenburg County, NC - Exp. 2028]"),
            ("rule", ""),
            ("small", TR),
            ("b", "[Letterhead:] HOSPITAL SAN ÁNGEL DEL NORTE - Servicio de Ortopedia y Columna - Av. Constitución 2718 Pte., Monterrey, N.L."),
            ("b", "OPERATIVE NOTE                                  Date of surgery: 11/06/2024"),
            ("p", "Patient: Rogelio Ibarra Treviño   Age: 55 years   File: HSA-331907   Room: 412"),
            ("p", "Pre- and post-operative diagnosis: Right sacroiliac joint syndrome, refractory to conservative management and infiltrations."),
            ("p", "Procedure performed: Minimally invasive (percutaneous) arthrodesis of right sacroiliac joint, lateral transiliac approach, with placement of three (3) triangular titanium implants (7.0 x 45 mm, 7.0 x 40 mm, 7.0 x 35 mm)."),
            ("p", "Surgeon: Dr. Mauricio Garza Elizondo (Ced. Prof. 4419082)   Anesthesia: general, Dr. E. Cantú"),
            ("p", "Technique: supine... [as in original] ...prone position, fluoroscopic inlet/outlet and lateral views. 3 cm incision right buttock. Guide pins placed, drilling, broaching, implants placed across the joint. Adequate position on final fluoroscopy. Closure in layers. EBL 30 ml. No complications."),
            ("p", "Post-op plan: 50% weight bearing with walker x 3 weeks, Tramal [tramadol] 50 mg c/8h PRN, Celebrex [celecoxib] 200 mg c/12h x 10 days."),
            ("p", "[stamp: HOSPITAL SAN ÁNGEL DEL NORTE - EXPEDIENTE CLÍNICO]  [signature illegible]"),
            ("footer", FOOT + "  |  Page 3 of 8"),
        ]),
        dict(kind="text", blocks=[
            ("small", TR),
            ("b", "[Letterhead:] HOSPITAL SAN ÁNGEL DEL NORTE - Consulta Externa Ortopedia"),
            ("b", "OUTPATIENT FOLLOW-UP NOTE                         Date: 15/02/2025"),
            ("p", "S: 8 months after right SIJ arthrodesis. Initially improved (pain 2/10 at 3 months). Since January he reports return of right gluteal pain, 'clicking' sensation when climbing stairs, pain 7/10. Denies fever. No new trauma. Denies radiation to lower limb."),
            ("p", "O: Surgical scar healed. Tenderness right PSIS. FABER positive right. Neurological exam without deficit."),
            ("p", "Studies: CT of pelvis taken today (report attached): lucency around implants."),
            ("p", "A: Probable pseudarthrosis of right SIJ arthrodesis vs implant loosening."),
            ("p", "P: Naproxen 500 mg c/12h, control CT in 6 months; consider revision. [handwritten: 'pt moving to USA - give copies of studies']"),
            ("p", "[signature] Dr. Mauricio Garza Elizondo"),
            ("rule", ""),
            ("b", "[Letterhead:] IMAGENOLOGÍA - HOSPITAL SAN ÁNGEL DEL NORTE"),
            ("b", "SIMPLE CT OF PELVIS                               Date: 15/02/2025"),
            ("p", "Right SIJ with three transiliac implants. Radiolucent halo of 1 mm around the inferior implant and partially around the middle implant. No bony bridging across the joint. No fracture of the implants. Left SIJ without alterations. No lytic lesions."),
            ("b", "CONCLUSION: Findings suggestive of early loosening of the inferior implant; incomplete fusion of right sacroiliac joint."),
            ("p", "[stamp: Dra. Ximena Leal Cárdenas, Radióloga]"),
            ("footer", FOOT + "  |  Page 4 of 8"),
        ]),
    ]
    files["03_consulta_inicial_EEUU.pdf"] = [
        dict(kind="text", blocks=[
            ("b", "CAROLINA ORTHOPAEDIC SPINE INSTITUTE  -  Priya N. Raman, MD"),
            ("title_l", "New Patient Evaluation"),
            ("mono", "Name: Ibarra Trevino, Rogelio     DOB: 09/02/1968     Acct: COSI-448210\nVisit: 09/08/2025   Spanish interpreter: A. Medina (in person, #0447)"),
            ("b", "HPI"),
            ("p", "57M referred by PCP for recurrent R buttock pain after a percutaneous R SI joint fusion performed in Monterrey (11 Jun 2024; translated op note reviewed - 3 triangular titanium implants, lateral approach). Did well ~6 months, then recurrence of R SIJ-area pain starting ~Jan 2025, now constant, 7/10, worse w/ stairs and single-leg stance, w/ a 'clunk'. Pain is localized to R posterior pelvis below the belt; no radiating leg pain. No fevers, chills or wound problems."),
            ("p", "Remote hx: R L4-5 hemilaminectomy in 2019 (Monterrey) for disc herniation w/ sciatica, which resolved completely after surgery. No leg pain since."),
            ("b", "MEDS / ALLERGIES"),
            ("p", "Naproxen 500 mg BID (started in Mexico, 'Flanax'), metformin 1000 mg BID, losartan 50 mg daily. NKDA."),
            ("b", "EXAM"),
            ("p", "Well-healed 3 cm scar R lateral buttock. TTP R PSIS/sulcus. Thigh thrust + R. FABER + R. SLR neg bilat. Motor 5/5 throughout, sensation intact, reflexes symmetric. Hip ROM full and painless. Gait: short stance phase on R."),
            ("b", "IMAGING REVIEWED"),
            ("p", "Outside CT 15/02/2025 (translated): early peri-implant lucency. No current imaging. Previous lumbar MRI from 2019 not available."),
            ("b", "ASSESSMENT / PLAN"),
            ("p", "1. Painful R SIJ after prior percutaneous fusion - suspect nonunion/implant loosening (M96.0, T84.226A)."),
            ("p", "2. Remote L4-5 discectomy, asymptomatic."),
            ("p", "- CT pelvis w/o contrast (thin-cut, metal artifact reduction) and MRI L-spine w/o to exclude a lumbar source before revision planning."),
            ("p", "- Infection labs: ESR, CRP, CBC. Continue naproxen."),
            ("p", "- RTC after imaging to discuss open revision vs further nonoperative care."),
            ("mono", "Priya N. Raman, MD  |  e-signed 09/08/2025 17:40"),
            ("footer", FOOT + "  |  Page 5 of 8"),
        ]),
    ]
    files["04_imaging.pdf"] = [
        dict(kind="fax", res="fine", skew=1.2, seed=241, banner=BAN.format(n=6), blocks=[
            ("small", BANI.format(n=1)),
            ("title", "MECKLENBURG IMAGING PARTNERS"),
            ("p", "Patient: IBARRA TREVINO, ROGELIO   DOB: 09/02/1968   MRN: MIP-2231907"),
            ("p", "Exam: CT PELVIS WITHOUT CONTRAST (SI joint protocol, MAR)   Date: 09/22/2025"),
            ("p", "Ordering: Priya N. Raman, MD   Comparison: outside CT 02/15/2025 (per translated report; images not available)"),
            ("b", "FINDINGS:"),
            ("p", "Three triangular implants traverse the right sacroiliac joint. There is persistent lucency surrounding all three implants, measuring up to 2-3 mm around the inferior implant, which is backed out about 4 mm relative to the lateral iliac cortex. No osseous bridging across the right SIJ. Subchondral sclerosis and small cysts of the right SIJ. No implant fracture. No periprosthetic fluid collection or soft tissue gas."),
            ("p", "Left SIJ normal. No fracture. No aggressive osseous lesion. Hips: mild bilateral degenerative change."),
            ("b", "IMPRESSION:"),
            ("p", "1. Nonunion of right SI joint fusion with peri-implant lucency around all three implants and backing out of the inferior implant, consistent with loosening."),
            ("p", "2. No CT evidence of infection or destructive lesion."),
            ("p", "Dictated: Samuel Whitford-Ayala, MD   Signed 09/22/2025 18:03"),
        ]),
        dict(kind="fax", res="fine", skew=0.4, seed=242, banner=BAN.format(n=7), blocks=[
            ("small", BANI.format(n=2)),
            ("title", "MECKLENBURG IMAGING PARTNERS"),
            ("p", "Patient: IBARRA TREVINO, ROGELIO   DOB: 09/02/1968   MRN: MIP-2231907"),
            ("p", "Exam: MRI LUMBAR SPINE WITHOUT CONTRAST   Date: 09/22/2025"),
            ("p", "History: R buttock pain, prior L4-5 surgery; r/o lumbar source."),
            ("b", "FINDINGS:"),
            ("mono", "L1-2  normal\nL2-3  normal\nL3-4  mild disc bulge, no stenosis\nL4-5  post R hemilaminectomy; mild epidural fibrosis,\n      no recurrent herniation, foramina patent\nL5-S1 mild facet arthropathy, no stenosis"),
            ("p", "Conus terminates at L1, normal. No central canal stenosis at any level. No nerve root impingement; the right L5 and S1 roots are unremarkable."),
            ("b", "IMPRESSION:"),
            ("p", "Postoperative changes R L4-5 without recurrent disc herniation. Mild lumbar spondylosis. No neural compression."),
            ("p", "Dictated: Samuel Whitford-Ayala, MD   Signed 09/22/2025 18:20"),
        ]),
    ]
    files["05_seguimiento_y_carta.pdf"] = [
        dict(kind="text", blocks=[
            ("b", "CAROLINA ORTHOPAEDIC SPINE INSTITUTE  -  Priya N. Raman, MD"),
            ("title_l", "Follow-Up Visit"),
            ("mono", "Name: Ibarra Trevino, Rogelio     DOB: 09/02/1968     Visit: 10/20/2025\nInterpreter: Spanish, video (CyraCom #88172)"),
            ("p", "S: Here to review imaging. R SIJ pain unchanged, 7-8/10, limited walking to ~2 blocks. No leg pain, no numbness. ESR 12, CRP 0.4 (normal), WBC 6.8 - infection not suspected."),
            ("p", "O: TTP R SIJ. Positive thigh thrust R. Neuro intact."),
            ("p", "Imaging: CT 09/22/2025 personally reviewed - nonunion R SIJ w/ lucency around all 3 implants and inferior implant backed out. MRI L-spine 09/22/2025 - no stenosis, no root compression."),
            ("p", "A: Failed percutaneous R SI joint fusion (pseudarthrosis w/ implant loosening). Lumbar spine not a pain generator."),
            ("p", "P: Discussed open revision: removal of implants, open decortication of the R SIJ with autograft/allograft and plate-screw fixation (CPT 27280). Risks/benefits/alternatives discussed with interpreter; pt wishes to proceed. Will request authorization. Pre-op: A1c, medicine clearance."),
            ("mono", "Priya N. Raman, MD  |  e-signed 10/20/2025 12:15"),
            ("rule", ""),
            ("b", "LETTER OF MEDICAL NECESSITY                                        11/10/2025"),
            ("p", "To the CareSource reviewer: Mr. Ibarra Treviño underwent percutaneous right SIJ fusion in Mexico in June 2024. Current CT (09/22/2025) demonstrates nonunion with loosening of all three implants. Lumbar MRI excludes neural compression. His pain is localized to the right SIJ and he has no radicular symptoms. Open revision arthrodesis is the appropriate treatment for a failed percutaneous fusion; a repeat percutaneous procedure is not appropriate given bone loss around the implants. Thank you for your review."),
            ("mono", "Sincerely, Priya N. Raman, MD, FAAOS"),
            ("footer", FOOT + "  |  Page 8 of 8"),
        ]),
    ]
    packet_json = {"request_date": "2025-11-10", "procedure_codes": ["27280"], "member_id": "CSN-70215566", "policy": "MP-MM-1366"}

    labels = {
        "procedure": "open",
        "request_date": "2025-11-10",
        "determination": "meets_criteria",
        "criteria": {
            "open.indication": {"status": "met", "evidence": [
                "[X] Failed prior percutaneous SIJ fusion",
                "Failed percutaneous R SI joint fusion (pseudarthrosis w/ implant loosening)"]},
            "open.recent_imaging": {"status": "met", "evidence": [
                "Nonunion of right SI joint fusion with peri-implant lucency",
                "persistent lucency surrounding all three implants"]},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "Mild lumbar spondylosis. No neural compression.",
                "No nerve root impingement"]},
        },
    }

    return dict(files=files, labels=labels, packet_json=packet_json)


def _packet_03():
    # b8y-03: folder without packet.json, percutaneous 27279, gold insufficient_documentation
    FOOT = "Zuniga Ochoa, Alma Delia - DOB 01/23/1985 - CSN-91377024"
    TR = "[English translation - certified; original in Spanish. Traductores Peritos Asociados / TPA-GDL, folio 2025-1186]"
    BAN = "FROM: TRIAD INTERVENTIONAL SPINE  336-555-0912  TO: CARESOURCE PA  833-555-0199  03/09/2026 09:18  P. {n}/8"

    files = {}
    files["a_cover_request.pdf"] = [
        dict(kind="fax", res="std", skew=1.4, seed=301, banner=BAN.format(n=1), blocks=[
            ("title", "TRIAD INTERVENTIONAL SPINE, PLLC"),
            ("p", "3010 N Elm St, Greensboro NC 27408   ph 336-555-0910   fx 336-555-0912"),
            ("rule", ""),
            ("title", "FAX COVER SHEET"),
            ("mono", "DATE:    03/09/2026\nTO:      CareSource NC - Prior Auth / UM\nFAX:     833-555-0199\nFROM:    Brenda Tuttle, auth coordinator\nRE:      Alma Delia Zuniga Ochoa  DOB 01/23/1985\n         SI joint fusion, percutaneous, RIGHT - CPT 27279\nPAGES:   8 (incl. cover)"),
            ("sp", "3"),
            ("p", "Comments: please see attached request w/ supporting notes. Pt's prior records are from Guadalajara, Jal. (Mexico) - certified translations included. Call w/ questions."),
            ("sp", "5"),
            ("small", "Confidential health information enclosed. Unauthorized re-disclosure prohibited (45 CFR 164)."),
        ]),
        dict(kind="text", blocks=[
            ("title", "CareSource - Prior Authorization Request"),
            ("small", "North Carolina Marketplace  |  Fax 1-833-555-0199  |  All fields required unless marked optional"),
            ("rule", ""),
            ("mono", "Date of request:    03/09/2026\nMember:             Zuniga Ochoa, Alma Delia\nDOB:                01/23/1985\nMember ID:          CSN-91377024\nRequesting MD:      Nathaniel O. Okafor, MD - PM&R / Interventional\nNPI:                1982604417\nRendering surgeon:  Gregory T. Halvorsen, MD - Orthopaedics\nFacility:           Greensboro Specialty Surgical Center (ASC)"),
            ("rule", ""),
            ("mono", "Code    Description                                  Qty  Laterality\n27279   Percutaneous SI joint arthrodesis w/ image    1    RT\n        guidance, incl. placement of transfixing device\nDx:     M53.3  SIJ dysfunction, right\n        M54.59 Low back pain, other"),
            ("p", "Procedure type:  [ ] Open   [X] Minimally invasive / percutaneous"),
            ("h", "Clinical justification"),
            ("p", "40F w/ R SIJ pain since 2024. Failed PT (Mexico + US), naproxen, heat. Fluoro SIJ block 01/19/2026 with 86% relief at 1 hr. Positive thigh thrust, FABER, distraction. SIJ MRI without sacroiliitis. Pt requests definitive treatment."),
            ("sp", "3"),
            ("mono", "Signature: N. Okafor MD (e-sig)            Date: 03/09/2026"),
            ("footer", FOOT + "  |  p. 2 of 8"),
        ]),
    ]
    files["b_expediente_guadalajara.pdf"] = [
        dict(kind="text", blocks=[
            ("b", "CERTIFICATION OF TRANSLATION"),
            ("p", "The undersigned, expert translator authorized by the Consejo de la Judicatura del Estado de Jalisco, certifies that the following is a faithful and complete translation into English of the clinical documents in Spanish issued for the patient ALMA DELIA ZÚÑIGA OCHOA, which were shown to me in original. Translator's notes appear in square brackets."),
            ("mono", "Guadalajara, Jalisco, 14/10/2025\n[signature] Lic. Fernanda Ibarrola Mendoza - Perito Traductor, Registro 0871/2019\n[stamp: TRADUCTORES PERITOS ASOCIADOS - GDL]"),
            ("rule", ""),
            ("small", TR),
            ("b", "[Letterhead:] UNIDAD DE COLUMNA Y DOLOR PROVIDENCIA - Av. Rubén Darío 1450, Guadalajara, Jal."),
            ("b", "MEDICAL CONSULTATION - ORTHOPEDICS                         10/04/2025"),
            ("p", "Name: Alma Delia Zúñiga Ochoa   Age: 40 y   Record: UCDP-25-0392"),
            ("p", "Reason for visit: right 'hip' pain of one year of evolution. Pain located at the right gluteal region over the sacroiliac joint, caudal to the lumbar spine. Does not radiate. Intensity VAS 72 mm / 100. Worsens on standing up from a chair and with prolonged walking."),
            ("p", "Background: caudal epidural steroid injection 09/2024 at another institution, without improvement. Father with ankylosing spondylitis. Personal history negative for psoriasis, uveitis or inflammatory bowel disease."),
            ("p", "Physical exploration: pain on pressure over right sacroiliac joint. Right FABER positive. Right thigh thrust positive. Normal strength and reflexes."),
            ("p", "Laboratory (08/04/2025): HLA-B27 negative. PCR [C-reactive protein] 2.1 mg/L (normal). VSG [ESR] 9 mm/h."),
            ("p", "Diagnosis: right sacroiliac dysfunction. Spondyloarthropathy is ruled out (HLA-B27 negative, normal markers)."),
            ("p", "Treatment: Flanax [naproxen sodium] 550 mg one tablet every 12 hours with food; local heat 20 minutes 2 times a day; rehabilitation 2 sessions per week; X-ray of pelvis and MRI of sacroiliac joints; lumbar MRI."),
            ("p", "[signature] Dr. Tomás Villaseñor Ruelas, Ortopedista - Céd. Prof. 5527190"),
            ("footer", FOOT + "  |  p. 3 of 8"),
        ]),
        dict(kind="text", blocks=[
            ("small", TR),
            ("b", "[Letterhead:] CENTRO DE REHABILITACIÓN INTEGRAL CHAPALITA - Guadalajara, Jal."),
            ("b", "REHABILITATION RECORD - SESSION CONTROL SHEET"),
            ("p", "Patient: Alma Delia Zúñiga Ochoa   Diagnosis: right sacroiliac dysfunction   Indicated by: Dr. T. Villaseñor R."),
            ("mono", "Date        Session  VAS   Treatment                              Signature\n14/04/2025  1        7     evaluation, HEP instruction            LR\n28/04/2025  4        7     core stab., glute med, hot pack        LR\n19/05/2025  9        6     core stab., SIJ mobilization           LR\n09/06/2025  14       6     progression, pelvic belt trial         MV\n30/06/2025  20       6     core + gait training                   LR\n14/07/2025  24       5     [illegible]                            LR\n25/07/2025  27       6     final assessment; discharge            LR"),
            ("p", "Discharge note (25/07/2025): 27 sessions attended between 14/04/2025 and 25/07/2025. Partial improvement in strength; persists with right gluteal pain when walking more than 30 minutes. Home program indicated."),
            ("p", "[signature] L.T.F. Laura Ramírez Cuevas, Physical Therapist - Céd. 8831025   [stamp: CRI CHAPALITA]"),
            ("rule", ""),
            ("small", TR),
            ("b", "[Letterhead:] DIAGNÓSTICO POR IMAGEN DE OCCIDENTE - Guadalajara, Jal."),
            ("b", "X-RAY OF PELVIS AP AND FERGUSON VIEW                        02/06/2025"),
            ("p", "Sacroiliac joints of normal width and symmetric. Articular margins well defined, without erosions or sclerosis. No fractures. Hip joints not included in the field of view."),
            ("b", "MRI OF SACROILIAC JOINTS (STIR, T1, T2 FS)                  02/06/2025"),
            ("p", "No subchondral bone marrow edema. No erosions, no fat metaplasia, no ankylosis. Minimal degenerative change of the right SIJ in its anterior-inferior portion. No masses or collections. No sacral insufficiency fracture."),
            ("b", "CONCLUSION: No MRI signs of active or chronic sacroiliitis. Minimal right SIJ degenerative change."),
            ("p", "[stamp: Dr. Arturo Lomelí Gudiño, Médico Radiólogo]"),
            ("footer", FOOT + "  |  p. 4 of 8"),
        ]),
    ]
    files["c_triad_notes.pdf"] = [
        dict(kind="text", blocks=[
            ("b", "TRIAD INTERVENTIONAL SPINE, PLLC - Greensboro NC"),
            ("title_l", "New Patient Visit"),
            ("mono", "Pt: ZUNIGA OCHOA, ALMA DELIA   DOB 01/23/1985   MRN TIS-20781\nDOS: 10/20/2025   Provider: Nathaniel O. Okafor, MD\nLanguage: Spanish - interpreter via iPad (Voyce ID 55320)"),
            ("h", "HPI"),
            ("p", "40 yo F who relocated from Guadalajara to Greensboro in 08/2025. ~18 mo of R buttock pain that she localizes to the R PSIS, below the waistband. No radiation to the leg, no paresthesias. Worse standing from sitting, walking >30 min. Rates 6/10 today."),
            ("p", "Prior care (per pt and translated records): PT in Mexico 04/2025-07/2025 (27 sessions), naproxen 550 mg BID since 04/2025 - still taking - and heat. A caudal ESI in 2024 did not help. She had an MRI of the lumbar spine in Guadalajara but she does not know the result and does not have the report or images. SIJ MRI and pelvis XR (06/2025) reviewed - no sacroiliitis."),
            ("h", "PMH / FHx / SHx"),
            ("p", "Migraine. G2P2. FHx: father w/ ankylosing spondylitis. Pt HLA-B27 neg per Mexican labs. Works as a line cook, non-smoker."),
            ("h", "ROS"),
            ("p", "No fever, wt loss, IBD sx, eye inflammation. No diffuse or widespread pain."),
            ("h", "EXAM"),
            ("p", "Tender to palpation R posterior SIJ / sacral sulcus. Greater trochanters non-tender. Lumbar paraspinals non-tender. Coccyx non-tender."),
            ("mono", "Thigh thrust (P4)   R: +   L: -\nDistraction         R: +   L: -\nFABER               R: +   L: -\nGaenslen            R: -   L: -\nCompression         R: -   L: -"),
            ("p", "SLR neg. 5/5 strength. DTR 2+. Waddell 0/5. Hip: full painless ROM, no groin pain."),
            ("h", "A/P"),
            ("p", "R SIJ mediated pain. (1) PT referral - Greensboro Physical Therapy, SIJ program. (2) Continue naproxen + heat. (3) R hip XR ordered. (4) Request Guadalajara lumbar MRI report. (5) Fluoro R SIJ diagnostic block after PT if persistent. RTC 6-8 wks."),
            ("mono", "e-signed Nathaniel O. Okafor, MD 10/20/2025"),
            ("footer", FOOT + "  |  p. 5 of 8"),
        ]),
        dict(kind="text", blocks=[
            ("b", "TRIAD INTERVENTIONAL SPINE, PLLC - Greensboro NC"),
            ("title_l", "Follow-up Visit"),
            ("mono", "Pt: ZUNIGA OCHOA, ALMA DELIA   DOB 01/23/1985   DOS: 02/23/2026\nProvider: Nathaniel O. Okafor, MD   Interpreter: in person (M. Reyes)"),
            ("p", "Interval: completed PT at Greensboro PT 02/09/2026. R SIJ block 01/19/2026 (lidocaine + triamcinolone) - near complete relief for several hours, steroid helped about 2-3 weeks, pain back to usual by mid Feb."),
            ("p", "Current pain: R buttock 4-6/10, never radiates. Still on naproxen 550 mg BID, heating pad at night."),
            ("p", "Exam: TTP R SIJ. Thigh thrust +, FABER +, distraction + on R. Neuro intact."),
            ("p", "Data: R hip XR - not done (pt could not get time off work; reordered). Lumbar MRI report from Guadalajara - requested 10/2025 and again 01/2026, not yet received."),
            ("p", "Plan: Offered 2nd confirmatory/therapeutic R SIJ injection; pt prefers to move ahead with surgical referral to Dr. Halvorsen. Will submit PA for R percutaneous SIJ fusion. Continue HEP and NSAID."),
            ("mono", "e-signed Nathaniel O. Okafor, MD 02/23/2026"),
            ("footer", FOOT + "  |  p. 6 of 8"),
        ]),
    ]
    files["d_faxed_pt_and_procedure.pdf"] = [
        dict(kind="fax", res="std", skew=-0.7, seed=341, banner=BAN.format(n=7), blocks=[
            ("title", "GREENSBORO PHYSICAL THERAPY"),
            ("b", "Discharge Summary - Outpatient Orthopedic"),
            ("p", "Patient: Alma Zuniga Ochoa   DOB: 01/23/1985   Referring: N. Okafor MD"),
            ("p", "Dx: R SIJ dysfunction (M53.3)   Episode: 10/27/2025 to 02/09/2026"),
            ("p", "Visits: 22 (2x/wk; missed 2 over holidays)"),
            ("p", "Interventions: lumbopelvic stabilization, hip abductor/extensor strengthening, muscle energy technique R innominate, gait training, HEP progression."),
            ("p", "Outcome: ODI 44% -> 34%. Pain at worst 6/10. Able to work full shift with breaks."),
            ("p", "Assessment: partial response, functional gains; persistent R SIJ pain limits standing tolerance. Goals 2 of 4 met."),
            ("p", "Plan: discharged to independent HEP; return to MD."),
            ("p", "Kaitlyn Moreau, PT, DPT    02/09/2026"),
        ]),
        dict(kind="fax", res="std", skew=0.9, seed=342, banner=BAN.format(n=8), blocks=[
            ("title", "TRIAD INTERVENTIONAL SPINE - PROCEDURE REPORT"),
            ("p", "Patient: Zuniga Ochoa, Alma Delia   DOB 01/23/1985   DOS 01/19/2026"),
            ("p", "Procedure: Right sacroiliac joint injection, fluoroscopically guided"),
            ("p", "Provider: Nathaniel O. Okafor, MD   Spanish interpreter present"),
            ("p", "Pre-procedure NRS: 7/10 R buttock."),
            ("p", "Prone. Chlorhexidine prep. 1% lidocaine skin wheal. Under AP/oblique fluoroscopy a 22G spinal needle entered the inferior R SIJ. Omnipaque 240, 0.5 mL: arthrogram, no vascular runoff. Injected 2% lidocaine 1.5 mL + triamcinolone 40 mg."),
            ("b", "Pain diary (pt-completed)"),
            ("mono", "Time      NRS    % relief\n15 min    1/10   86%\n30 min    1/10   86%\n1 hr      1/10   86%\n2 hr      2/10   71%\n4 hr      4/10   43%\nnext AM   5/10   29%"),
            ("p", "Impression: positive diagnostic R SIJ block with lidocaine (more than 50% relief for at least 2 hours)."),
            ("p", "Signed N. Okafor MD 01/19/2026"),
        ]),
    ]

    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-03-09",
        "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "caudal to the lumbar spine. Does not radiate",
                "No radiation to the leg, no paresthesias",
                "R buttock 4-6/10, never radiates"]},
            "perc.pain_severity": {"status": "met", "evidence": ["Current pain: R buttock 4-6/10"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "Tender to palpation R posterior SIJ / sacral sulcus",
                "Greater trochanters non-tender"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "27 sessions attended between 14/04/2025 and 25/07/2025",
                "Episode: 10/27/2025 to 02/09/2026"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Flanax [naproxen sodium] 550 mg one tablet every 12 hours",
                "Still on naproxen 550 mg BID"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust (P4) R: +", "Right thigh thrust positive"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Distraction R: +", "FABER R: +", "Thigh thrust +, FABER +, distraction + on R"]},
            "perc.diagnostic_injections": {"status": "insufficient", "evidence": []},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "No diffuse or widespread pain", "DTR 2+. Waddell 0/5"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No MRI signs of active or chronic sacroiliitis",
                "without erosions or sclerosis. No fractures"]},
            "perc.hip_imaging": {"status": "insufficient", "evidence": []},
            "perc.lumbar_imaging": {"status": "insufficient", "evidence": []},
            "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "Spondyloarthropathy is ruled out (HLA-B27 negative, normal markers)"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No masses or collections. No sacral insufficiency fracture"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": ["right 'hip' pain of one year of evolution"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": ["SLR neg. 5/5 strength"]},
        },
    }

    return dict(files=files, labels=labels)


P01 = _packet_01()
P02 = _packet_02()
P03 = _packet_03()

# ---------------------------------------------------------------- build + self-check
OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
GOLD = {"b8y-01": ("does_not_meet_criteria", "percutaneous"), "b8y-02": ("meets_criteria", "open"),
        "b8y-03": ("insufficient_documentation", "percutaneous")}


def determination(labels):
    st = [c["status"] for c in labels["criteria"].values()]
    if all(s == "met" for s in st):
        return "meets_criteria"
    if any(s == "not_met" for s in st):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def check_fax_page(page):
    """page: pypdf page. True when image-only, 1-bit CCITT G4."""
    res = page.get("/Resources")
    assert "/Font" not in res, "fax page has fonts"
    xo = res["/XObject"]
    infos = []
    for k in xo:
        o = xo[k].get_object()
        f = o.get("/Filter")
        f = f[0] if isinstance(f, list) else f
        assert f == "/CCITTFaxDecode", f
        assert int(o["/BitsPerComponent"]) == 1
        dp = o.get("/DecodeParms")
        dp = dp[0] if isinstance(dp, list) else dp
        assert int(dp["/K"]) < 0, "not G4"
        infos.append((int(o["/Width"]), int(o["/Height"])))
    return infos


def main():
    report = []
    ok = True
    builds = []
    # b8y-01 single PDF
    path1 = os.path.join(OUT, "b8y-01.pdf")
    info1 = build_pdf(P01["pages"], path1)
    with open(os.path.join(OUT, "b8y-01.labels.json"), "w") as fh:
        json.dump(P01["labels"], fh, indent=2, ensure_ascii=False)
    builds.append(("b8y-01", [path1], [info1], P01["labels"]))
    for pid, mod, pj in (("b8y-02", P02, P02.get("packet_json")), ("b8y-03", P03, None)):
        d = os.path.join(OUT, pid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        paths, infos = [], []
        for fn in sorted(mod["files"]):
            p = os.path.join(d, fn)
            infos.append(build_pdf(mod["files"][fn], p))
            paths.append(p)
        if pj:
            with open(os.path.join(d, "packet.json"), "w") as fh:
                json.dump(pj, fh, indent=2)
        with open(os.path.join(d, "labels.json"), "w") as fh:
            json.dump(mod["labels"], fh, indent=2, ensure_ascii=False)
        builds.append((pid, paths, infos, mod["labels"]))

    for pid, paths, infos, labels in builds:
        errs = []
        page_texts = []
        nfax, res_set = 0, set()
        for path, info in zip(paths, infos):
            rd = PdfReader(path)
            with pdfplumber.open(path) as pl:
                for i, (pg, (kind, ftxt, fres)) in enumerate(zip(pl.pages, info)):
                    w, h = float(pg.width), float(pg.height)
                    if abs(w - 612) > 1 or abs(h - 792) > 1:
                        errs.append(f"{os.path.basename(path)} p{i+1} not Letter: {w}x{h}")
                    t = pg.extract_text() or ""
                    if kind == "fax":
                        nfax += 1; res_set.add(fres)
                        if t.strip() or pg.chars:
                            errs.append(f"fax page has text layer: {path} p{i+1}")
                        try:
                            dims = check_fax_page(rd.pages[i])
                            exp = (1734, 1078) if fres == "std" else (1734, 2156)
                            if dims != [exp]:
                                errs.append(f"fax dims {dims} != {exp}")
                        except AssertionError as e:
                            errs.append(f"fax page check failed {path} p{i+1}: {e}")
                        page_texts.append(ftxt)
                    else:
                        if not t.strip():
                            errs.append(f"text page without text {path} p{i+1}")
                        if any(c["x0"] < 0 or c["x1"] > w - 20 or c["top"] < 0 or c["bottom"] > h - 10 for c in pg.chars):
                            errs.append(f"text outside printable area {path} p{i+1}")
                        page_texts.append(t)
        npages = len(page_texts)
        if not 4 <= npages <= 20:
            errs.append(f"page count {npages}")
        exp_det, exp_proc = GOLD[pid]
        crit = PERC if labels["procedure"] == "percutaneous" else OPEN
        if labels["procedure"] != exp_proc:
            errs.append("procedure mismatch")
        if sorted(labels["criteria"]) != sorted(crit):
            errs.append(f"criteria set mismatch: {set(crit) ^ set(labels['criteria'])}")
        if determination(labels) != labels["determination"] or labels["determination"] != exp_det:
            errs.append(f"determination mismatch {determination(labels)} / {labels['determination']} / {exp_det}")
        nsn = 0
        for cid, c in labels["criteria"].items():
            ev = c["evidence"]
            if c["status"] == "insufficient":
                if ev:
                    errs.append(f"{cid}: insufficient with evidence")
                continue
            if not 1 <= len(ev) <= 3:
                errs.append(f"{cid}: {len(ev)} snippets")
            for s in ev:
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    errs.append(f"{cid}: snippet word count {nw}: {s}")
                hits = [i + 1 for i, t in enumerate(page_texts) if norm(s) in norm(t)]
                if not hits:
                    errs.append(f"{cid}: snippet not found: {s!r}")
                nsn += 1
        line = (f"{pid}: pages={npages} fax_pages={nfax} fax_res={sorted(res_set)} procedure={labels['procedure']} "
                f"determination={labels['determination']} snippets_checked={nsn} -> " + ("OK" if not errs else "FAIL"))
        report.append(line)
        for e in errs:
            report.append("   ERROR " + e)
        ok &= not errs
    print("\n".join(report))
    print("ALL CHECKS PASSED" if ok else "SELF-CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
