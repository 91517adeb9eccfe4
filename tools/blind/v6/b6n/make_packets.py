#!/usr/bin/env python3
"""make_packets.py - writes blind packets b6n-01..03 (SIJ fusion PA) with gold labels, then self-checks.
Run: .venv/bin/python make_packets.py"""
"""Rendering engine for b6n packets: text pages (fpdf2, DejaVu) and fax pages (1-bit CCITT G4 via img2pdf)."""
import io, random, re, textwrap
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, TiffImagePlugin
import img2pdf, pypdf

TiffImagePlugin.STRIP_SIZE = 1 << 30
FD = "/usr/share/fonts/truetype/dejavu/"
LETTER = (img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11))


class Doc:
    """A text document: list of pages; each page a list of elements."""
    def __init__(self, footer, pages, top_note=None):
        self.footer, self.pages, self.top_note = footer, pages, top_note


class Fax:
    def __init__(self, banner, lines, mode="fine", skew=0.7, seed=1, pt=11):
        self.banner, self.lines, self.mode, self.skew, self.seed, self.pt = banner, lines, mode, skew, seed, pt


def _pdf():
    p = FPDF(unit="mm", format="Letter")
    p.set_auto_page_break(False)
    p.set_creation_date(__import__("datetime").datetime(2026, 3, 24, 9, 0, tzinfo=__import__("datetime").timezone.utc))
    p.set_margins(16, 14, 16)
    p.add_font("dj", "", FD + "DejaVuSans.ttf")
    p.add_font("dj", "B", FD + "DejaVuSans-Bold.ttf")
    p.add_font("dj", "I", FD + "DejaVuSans-Oblique.ttf")
    p.add_font("mono", "", FD + "DejaVuSansMono.ttf")
    p.add_font("serif", "", FD + "DejaVuSerif.ttf")
    p.add_font("serif", "B", FD + "DejaVuSerif-Bold.ttf")
    return p


def render_doc(doc):
    p = _pdf()
    n = len(doc.pages)
    W = 215.9 - 32
    for i, els in enumerate(doc.pages, 1):
        p.add_page()
        if doc.top_note:
            p.set_font("dj", "", 7); p.set_text_color(90)
            p.set_xy(16, 6); p.cell(W, 4, doc.top_note, align="R"); p.set_text_color(0)
            p.set_xy(16, 14)
        for el in els:
            k = el[0]
            if k == "lh":  # letterhead: lines, first bold big
                p.set_font("serif", "B", 13); p.cell(W, 6, el[1][0], new_x="LMARGIN", new_y="NEXT")
                p.set_font("dj", "", 8.5)
                for ln in el[1][1:]:
                    p.cell(W, 4, ln, new_x="LMARGIN", new_y="NEXT")
                p.ln(1); p.line(16, p.get_y(), 16 + W, p.get_y()); p.ln(2)
            elif k == "title":
                p.set_font("dj", "B", el[2] if len(el) > 2 else 12)
                p.cell(W, 7, el[1], align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
            elif k == "h":
                p.ln(1); p.set_font("dj", "B", 9.5)
                p.cell(W, 5, el[1], new_x="LMARGIN", new_y="NEXT")
            elif k == "p":
                p.set_font("dj", "", el[2] if len(el) > 2 else 9.5)
                p.multi_cell(W, 4.4, el[1], new_x="LMARGIN", new_y="NEXT"); p.ln(0.8)
            elif k == "i":
                p.set_font("dj", "I", 8.5)
                p.multi_cell(W, 4, el[1], new_x="LMARGIN", new_y="NEXT"); p.ln(0.8)
            elif k == "mono":
                p.set_font("mono", "", 8.5)
                for ln in el[1]:
                    p.cell(W, 4, ln, new_x="LMARGIN", new_y="NEXT")
                p.ln(1)
            elif k == "kv":
                kw = el[2] if len(el) > 2 else 45
                for a, b in el[1]:
                    p.set_font("dj", "B", 9); p.cell(kw, 4.8, a)
                    p.set_font("dj", "", 9); p.multi_cell(W - kw, 4.8, b, new_x="LMARGIN", new_y="NEXT")
                p.ln(1)
            elif k == "tbl":
                widths, rows = el[1], el[2]
                fs = el[3] if len(el) > 3 else 8.5
                for r, row in enumerate(rows):
                    p.set_font("dj", "B" if r == 0 else "", fs)
                    if r == 0:
                        p.set_fill_color(225)
                    for w, c in zip(widths, row):
                        p.cell(w, 5.2, c, border=1, fill=(r == 0))
                    p.ln(5.2)
                p.ln(1.5)
            elif k == "sp":
                p.ln(el[1])
            elif k == "hr":
                p.line(16, p.get_y() + 1, 16 + W, p.get_y() + 1); p.ln(3)
            elif k == "box":  # boxed paragraph
                p.set_font("dj", "", 8.5)
                p.multi_cell(W, 4.2, el[1], border=1, new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
            else:
                raise ValueError(k)
            if p.get_y() > 262:
                raise RuntimeError(f"page overflow: {doc.footer} page {i} at element {el[:2]}")
        p.set_font("dj", "", 7.5); p.set_text_color(80)
        p.set_xy(16, 268); p.cell(W, 4, f"{doc.footer}    Page {i} of {n}", align="C")
        p.set_text_color(0)
    return bytes(p.output())


def _font(pt, bold=False, mono=False):
    f = "DejaVuSansMono.ttf" if mono else ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(FD + f, int(round(pt / 72 * 200)))


def render_fax(fx):
    """Returns (pdf_bytes, plain_text_rasterized)."""
    rnd = random.Random(fx.seed)
    Wpx, Hpx = 1728, 2156
    im = Image.new("L", (Wpx, Hpx), 255)
    d = ImageDraw.Draw(im)
    y = 150
    left = 115
    maxw = Wpx - 2 * left
    lh = int(fx.pt / 72 * 200 * 1.32)
    out_text = []
    for raw in fx.lines:
        bold = raw.startswith("## ")
        mono = raw.startswith("~ ")
        txt = raw[3:] if bold else (raw[2:] if mono else raw)
        f = _font(fx.pt + (1 if bold else 0), bold, mono)
        # wrap by pixel width
        words = txt.split(" ")
        cur = ""
        wrapped = []
        for w in words:
            t = (cur + " " + w) if cur else w
            if d.textlength(t, font=f) <= maxw or not cur:
                cur = t
            else:
                wrapped.append(cur); cur = w
        wrapped.append(cur)
        if mono and len(wrapped) > 1:
            raise RuntimeError("mono line too long: " + txt)
        for wl in wrapped:
            d.text((left, y), wl, font=f, fill=0)
            y += lh
        out_text.append(txt)
        if y > Hpx - 110:
            raise RuntimeError("fax overflow: " + fx.banner)
    # skew body
    im = im.rotate(fx.skew, resample=Image.BICUBIC, fillcolor=255, center=(Wpx / 2 + rnd.randint(-40, 40), Hpx / 2))
    d = ImageDraw.Draw(im)
    # transmission banner (not skewed, written by the sending machine)
    bf = _font(8.5, mono=True)
    d.text((40, 22), fx.banner, font=bf, fill=0)
    # specks
    for _ in range(rnd.randint(350, 700)):
        x, yy = rnd.randrange(Wpx), rnd.randrange(Hpx)
        r = rnd.choice([1, 1, 1, 2, 2, 3])
        d.ellipse((x, yy, x + r, yy + r), fill=0)
    # a few black edge streaks (scanner glass dirt)
    for _ in range(rnd.randint(1, 2)):
        x = rnd.choice([rnd.randrange(8, 90), rnd.randrange(Wpx - 90, Wpx - 8)])
        d.line((x, rnd.randrange(0, 300), x, rnd.randrange(1800, Hpx)), fill=rnd.choice([0, 60]), width=1)
    # dropouts: thin white horizontal breaks across part of a line
    for _ in range(rnd.randint(6, 12)):
        yy = rnd.randrange(150, Hpx - 150)
        x0 = rnd.randrange(0, Wpx - 400)
        d.rectangle((x0, yy, x0 + rnd.randint(150, 900), yy + rnd.choice([0, 1])), fill=255)
    if fx.mode == "standard":
        im = im.resize((Wpx, Hpx // 2), Image.LANCZOS)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    thr = 150 + rnd.randint(-15, 15)
    im = im.point(lambda v: 0 if v < thr else 255).convert("1")
    b = io.BytesIO()
    im.save(b, format="TIFF", compression="group4", dpi=dpi)
    pdf = img2pdf.convert(b.getvalue(), layout_fun=img2pdf.get_layout_fun(LETTER), nodate=True)
    return pdf, "\n".join(out_text)


def build_file(path, segments):
    """segments: list of Doc/Fax. Writes a PDF; returns per-page list of ('text', None) or ('fax', text, mode)."""
    w = pypdf.PdfWriter()
    info = []
    for s in segments:
        if isinstance(s, Doc):
            b = render_doc(s)
            r = pypdf.PdfReader(io.BytesIO(b))
            for pg in r.pages:
                w.add_page(pg); info.append(("text", None, None))
        else:
            b, t = render_fax(s)
            r = pypdf.PdfReader(io.BytesIO(b))
            w.add_page(r.pages[0]); info.append(("fax", t, s.mode))
    w.add_metadata({"/Producer": "b6n generator"})
    with open(path, "wb") as f:
        w.write(f)
    return info
# ---------------- b6n-01: insufficient_documentation, percutaneous ----------------
def packet_01():
    PT = "CARRANZA RUIZ, TEODORO ISMAEL"
    FOOT = "Haw River Community Health Center | CARRANZA RUIZ, Teodoro I. | DOB 03/22/1967 | MRN HR-0048815"
    LH = ["Haw River Community Health Center / Centro de Salud Comunitario Haw River",
          "A Federally Qualified Health Center  |  412 E. Raleigh St, Siler City, NC 27344  |  Tel (919) 555-0172  Fax (919) 555-0179",
          "Se habla español  -  Interpreters available in 40+ languages at no cost"]
    cover = Doc("Haw River CHC - Referral Office - fax cover", [[
        ("lh", LH),
        ("title", "FACSIMILE TRANSMITTAL / HOJA DE FAX", 14),
        ("kv", [("Date:", "02/10/2026   10:41"),
                ("To:", "CareSource North Carolina - Utilization Management / Prior Authorization"),
                ("Fax:", "1-(888) 555-0193"),
                ("From:", "Yadira Solórzano, Referral Coordinator, on behalf of Malcolm T. Pruett, MD"),
                ("Re:", "PRIOR AUTH REQUEST - SI joint fusion, LEFT (CPT 27279) - member CSN-7720418-01"),
                ("Pages:", "11 (including cover)")], 30),
        ("h", "Contents"),
        ("mono", ["  p.1   Fax cover", "  p.2   Prior authorization request form",
                  "  p.3   Bilingual pain questionnaire 01/27/2026",
                  "  p.4-5 PCP visit 01/27/2026 (interpreter-attested)",
                  "  p.6   Physical therapy discharge summary", "  p.7   Nurse telephone triage 11/03/2025",
                  "  p.8   Referral coordinator / sliding fee notes",
                  "  p.9-10 Triad Interventional Pain - letter + procedure note (as received by fax)",
                  "  p.11  Randleman Regional outpatient imaging (received by mail, re-faxed)"]),
        ("p", "Note from coordinator: the outside lumbar MRI (2024) was requested twice from the imaging center; "
              "we have not received it. We will forward it the day it arrives. Gracias."),
        ("sp", 30),
        ("box", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
                "confidential under federal and state law (45 CFR Parts 160 and 164). If you received this in error, "
                "notify the sender at (919) 555-0172 and destroy all copies. Re-disclosure is prohibited."),
    ]])
    form = Doc("CareSource NC Marketplace - Outpatient Prior Authorization Request", [[
        ("title", "CareSource North Carolina - Prior Authorization Request Form", 12),
        ("i", "Marketplace (Qualified Health Plan). Complete all fields. Incomplete requests may be delayed."),
        ("h", "Section A - Member"),
        ("kv", [("Member name:", "Teodoro Ismael Carranza Ruiz"), ("DOB:", "03/22/1967"),
                ("Member ID:", "CSN-7720418-01"), ("Preferred language:", "Spanish (interpreter required)")], 48),
        ("h", "Section B - Requesting / servicing provider"),
        ("kv", [("Requesting provider:", "Malcolm T. Pruett, MD - Orthopaedic Spine Surgery"),
                ("Practice:", "Carolina Pelvis & Spine Associates, 2100 Westover Terr., Greensboro NC 27408"),
                ("NPI:", "1649 302 775"), ("Phone / Fax:", "(336) 555-0460 / (336) 555-0461"),
                ("Facility:", "Westover Ambulatory Surgery Center (outpatient)"),
                ("Referring PCP:", "Ximena Calderón-Boyd, FNP-C, Haw River CHC")], 48),
        ("h", "Section C - Service requested"),
        ("tbl", [28, 22, 110, 24], [["CPT/HCPCS", "Units", "Description", "Side"],
                                  ["27279", "1", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive", "LEFT"]]),
        ("kv", [("ICD-10:", "M53.3 Sacrococcygeal disorders, NEC (left SI joint dysfunction); M54.50 Low back pain"),
                ("Setting:", "[X] Outpatient   [ ] Inpatient"),
                ("Requested start date:", "03/09/2026"),
                ("Date of request:", "02/10/2026"),
                ("Urgency:", "[X] Standard   [ ] Expedited")], 48),
        ("h", "Section D - Clinical summary (attach records)"),
        ("p", "Chronic left SI joint pain x ~2 years. Failed PT (stopped due to pain), NSAIDs, heat. "
              "Left SIJ block 09/16/2025 with good short-term relief. See attached records."),
        ("sp", 6),
        ("kv", [("Signature:", "/s/ M. Pruett, MD        Date: 02/10/2026"),
                ("Contact:", "Dana Whitfield, surgery scheduler, ext. 214")], 48),
    ]])
    quest = Doc(FOOT, [[
        ("lh", LH),
        ("title", "CUESTIONARIO DE DOLOR / PAIN QUESTIONNAIRE", 12),
        ("kv", [("Nombre / Name:", "Teodoro Carranza"), ("Fecha / Date:", "01/27/2026"),
                ("Completed with:", "[X] interpreter  [ ] family  [ ] self")], 40),
        ("p", "1. ¿Dónde le duele? / Where do you hurt?   Marque en el dibujo / mark on the drawing."),
        ("p", "   Patient marked: lado izquierdo, nalga / left side, buttock (area below the belt, over the left dimple)"),
        ("p", "2. ¿El dolor se corre a la pierna? / Does the pain go down your leg?   [X] No   [ ] Sí / Yes"),
        ("p", "3. ¿Siente hormigueo o adormecimiento? / Tingling or numbness?   [X] No   [ ] Sí / Yes"),
        ("p", "4. Escala de dolor (0 = nada, 10 = el peor) / Pain scale (0 = none, 10 = worst):"),
        ("tbl", [60, 35, 35, 35], [["", "Ahora / Now", "Peor / Worst", "Mejor / Best"],
                                  ["Esta semana / This week", "6", "8", "4"]]),
        ("p", "5. ¿Qué empeora el dolor? / What makes it worse?  Sentarse mucho en el camión, subir escaleras, "
              "pararse en la pierna izquierda. (sitting long in the truck, stairs, standing on left leg)"),
        ("p", "6. ¿Qué ha probado? / What have you tried?"),
        ("tbl", [70, 40, 74], [["Tratamiento / Treatment", "¿Ayudó? / Helped?", "Comentario / Comment"],
                              ["Terapia física / PT", "No", "me dolía más / it hurt more"],
                              ["Naproxeno / naproxen", "Un poco / a little", "todos los días / every day"],
                              ["Calor / heat pad", "Un poco", "en la noche / at night"],
                              ["Inyección / injection (Sept)", "Sí, unos días", "days, then came back"],
                              ["Quiropráctico / chiropractor", "--", "nunca / never"]]),
        ("p", "7. Trabajo / Work: chofer de reparto (delivery driver), full time. Missed 6 days in Dec."),
        ("i", "Para uso de la clínica / clinic use: reviewed by MA K. Ortiz, CMA 01/27/2026 09:12"),
    ]])
    visit1 = [
        ("lh", LH),
        ("title", "Office Visit - Adult Medicine", 11),
        ("kv", [("Date of service:", "01/27/2026"), ("Provider:", "Ximena Calderón-Boyd, FNP-C"),
                ("Visit type:", "Follow-up, chronic pain - left low back/buttock"),
                ("Language:", "Spanish - in-person interpreter")], 38),
        ("h", "ROOMING (MA)"),
        ("mono", ["BP 138/86  HR 78  T 97.9F  RR 16  SpO2 98% RA  Wt 204 lb  BMI 30.1",
                  "Pain: 6/10  location: L low back/buttock   Fall risk: neg   PHQ-2: 0",
                  "Meds reconciled w/ pt + pill bottles. Allergies: NKDA.   K. Ortiz, CMA 09:15"]),
        ("h", "SUBJECTIVE"),
        ("p", "58 y/o Spanish-speaking male, delivery driver, here for f/u of L sided low back/buttock pain that "
              "started ~2 yrs ago without injury. Pt points with one finger to the area just below and medial to the "
              "L PSIS. Pain is below the belt line, caudal to L5, and stays in the buttock - \"no baja a la pierna\". "
              "Denies pain below the knee, numbness, tingling or weakness. Worse with prolonged sitting in the truck, "
              "stairs and single-leg stance on the L. Pain today 6/10 per interpreter."),
        ("p", "Had L SI joint injection with Dr. Venkatesan (Triad Interventional Pain) on 09/16/2025: states it "
              "\"helped a lot\" for several days and then the pain came back gradually over ~3 weeks. No second "
              "injection has been done. Took naproxen daily since last March; uses heating pad at night. Was given a "
              "TENS unit by a cousin, uses it \"sometimes\"."),
        ("h", "PMH / PROBLEM LIST"),
        ("mono", ["- Type 2 DM, diet + metformin (A1c 6.9 on 12/2025)",
                  "- HTN",
                  "- Lumbar radiculopathy, R leg (M54.16) - RESOLVED 2022 after PT",
                  "- Closed fx R distal radius 2015 (fall from ladder), healed",
                  "- Obesity, BMI 30"]),
        ("p", "PSH: none.  FHx: father - DM2, mother - HTN. No family hx of arthritis or autoimmune disease known. "
              "SHx: never smoker, rare EtOH, married, 3 children."),
    ]
    visit2 = [
        ("h", "OBJECTIVE"),
        ("p", "Gen: NAD, ambulates without device, slightly antalgic on L. "
              "Back: no deformity. Lumbar spinous processes and paraspinals non-tender. "
              "Tender to palpation over the left posterior SI joint at the sacral sulcus, reproduces his usual pain. "
              "L greater trochanter non-tender; coccyx non-tender. Lumbar ROM full, mild pain at end extension."),
        ("p", "Neuro: SLR negative bilaterally. Strength 5/5 L2-S1. Reflexes 2+ symmetric at patella and Achilles. "
              "Sensation intact to light touch."),
        ("tbl", [70, 45, 45], [["SIJ provocation", "Left", "Right"],
                              ["Thigh thrust (P4)", "Positive", "Negative"],
                              ["Patrick / FABER", "Positive", "Negative"],
                              ["Distraction", "Positive", "Negative"],
                              ["Compression", "not tested", "not tested"],
                              ["Gaenslen", "not done*", "not done*"]]),
        ("i", "*Gaenslen deferred - pt could not get to edge of table because of his R knee."),
        ("p", "Widespread tenderness: no. Nonorganic signs not present. Affect normal."),
        ("h", "DATA"),
        ("p", "XR pelvis/SIJ, L hip and L-spine and CT pelvis at Randleman Regional - reports reviewed (see "
              "copy). MRI lumbar spine done 2024 at Piedmont Open MRI, Asheboro - pt does not know the "
              "result (\"no me explicaron\"); report not in our chart, records request sent again 01/29/2026."),
        ("h", "ASSESSMENT / PLAN"),
        ("p", "1. Left sacroiliac joint dysfunction (M53.3), chronic, failed conservative care. PT stopped in June "
              "because of increased pain. Continue naproxen 500 mg BID with food, heat, activity modification. "
              "Referral to Dr. Pruett (Carolina Pelvis & Spine) for surgical evaluation re: SI fusion - pt interested. "
              "If pain stays high, Dr. Venkatesan may repeat the SI block - pt to call pain clinic."),
        ("p", "2. DM2 - stable. 3. HTN - at goal on lisinopril."),
        ("p", "RTC 3 months or PRN. Red flags reviewed (fever, bowel/bladder change, new leg weakness)."),
        ("h", "INTERPRETER ATTESTATION"),
        ("p", "This visit was conducted in Spanish through a qualified medical interpreter, in person, "
              "Lucía Barrientos (Haw River CHC staff interpreter, ID 30517), present for the entire encounter. "
              "Patient verbalized understanding using teach-back."),
        ("i", "Electronically signed: Ximena Calderón-Boyd, FNP-C  01/27/2026 11:02"),
    ]
    visit = Doc(FOOT, [visit1, visit2])
    pt = Doc("Wellspring Physical Therapy - Asheboro | Carranza Ruiz, Teodoro | DOB 03/22/1967", [[
        ("lh", ["Wellspring Physical Therapy", "318 Sunset Ave, Asheboro NC 27203  |  Ph (336) 555-0833  Fax (336) 555-0834"]),
        ("title", "PHYSICAL THERAPY DISCHARGE SUMMARY", 12),
        ("kv", [("Patient:", "Teodoro Carranza Ruiz   DOB 03/22/1967"),
                ("Referring:", "X. Calderón-Boyd, FNP-C (Haw River CHC)"),
                ("Dx:", "M53.3 L SIJ dysfunction; M54.50 LBP"),
                ("Episode:", "04/14/2025 - 06/09/2025   Visits attended: 9 of 16 planned"),
                ("Interpreter:", "phone interpreter (LanguageBridge) used every visit")], 32),
        ("h", "Treatment provided"),
        ("p", "Therapeutic exercise (lumbopelvic stabilization, glute med/max strengthening, core bracing), "
              "manual therapy (L SIJ mobilization grade I-II, soft tissue), neuromuscular re-ed, HEP instruction "
              "with illustrated handout in Spanish."),
        ("h", "Progress toward goals"),
        ("tbl", [80, 52, 52], [["Goal", "Initial 04/14/25", "Discharge 06/09/25"],
                              ["Sit tolerance (truck)", "45 min", "30 min"],
                              ["Oswestry (ODI)", "38%", "46%"],
                              ["Pain (NPRS), worst", "7/10", "9/10"],
                              ["Single-leg stance L", "8 s, painful", "6 s, painful"]]),
        ("h", "Reason for discharge"),
        ("p", "Patient was unable to tolerate progression of the stabilization program. From visit 5 on he reported "
              "a flare of L buttock pain lasting 2-3 days after each session, including after the reduced-load "
              "program, and had to leave work early twice. Exercise dosage was reduced twice without change. "
              "Therapist and referring provider agreed on 06/09/2025 to stop PT due to increased pain with exercise. "
              "Attendance was good until discharge; missed visits were cancelled by the clinic for the load reduction "
              "trial."),
        ("h", "Recommendations"),
        ("p", "Gentle walking as tolerated. Return to referring provider; consider interventional evaluation."),
        ("i", "Brandon Oyelaran, PT, DPT   06/10/2025"),
    ]])
    triage = Doc(FOOT, [[
        ("lh", LH),
        ("title", "NURSE TELEPHONE TRIAGE ENCOUNTER", 11),
        ("kv", [("Call date/time:", "11/03/2025  08:27"), ("Caller:", "patient, via interpreter line (ID 88214)"),
                ("RN:", "Marisol Tate, RN"), ("Protocol:", "Back Pain - Adult (Schmitt-Thompson)")], 38),
        ("h", "Reason for call"),
        ("p", "\"Me duele más la cadera de atrás\" - states his L back/buttock pain is worse since Friday after "
              "unloading a heavy order at work. No fall. Rates pain 8/10 on phone."),
        ("h", "Triage questions"),
        ("mono", ["Fever / chills ............................ denies",
                  "Numbness in groin / saddle area ........... denies",
                  "New bowel or bladder problem .............. denies",
                  "Leg weakness, foot drop ................... denies",
                  "Pain shooting down the leg ................ denies - stays in buttock",
                  "Injury / fall / trauma .................... denies",
                  "Hx cancer, IV drug use, steroid use ....... denies"]),
        ("h", "Disposition / advice"),
        ("p", "See PCP within 1 week (no red flags). Continue naproxen as prescribed with food, heating pad 20 min "
              "3-4x/day, avoid heavy lifting for a few days. Call back or go to ED if any red flag develops. "
              "Caller verbalized understanding via interpreter."),
        ("p", "Appt offered 11/06/2025 - pt declined, cannot miss work; scheduled 01/27/2026 (first he could take off)."),
        ("i", "Marisol Tate, RN   11/03/2025 08:41"),
    ]])
    coord = Doc(FOOT, [[
        ("lh", LH),
        ("title", "REFERRAL COORDINATION / SLIDING FEE NOTES", 11),
        ("tbl", [24, 30, 130], [["Date", "By", "Note"],
                                ["07/08/2025", "Y. Solórzano", "Referral to Triad Interventional Pain placed (L SIJ)."],
                                ["07/10/2025", "Y. Solórzano", "Faxed referral + PT d/c + imaging. Confirmed receipt."],
                                ["09/02/2025", "Y. Solórzano", "Pt seen at Triad for consult. Needs interpreter - arranged."],
                                ["09/24/2025", "Y. Solórzano", "Letter back + procedure note rec'd by fax, scanned."],
                                ["01/27/2026", "Y. Solórzano", "Referral to Carolina Pelvis & Spine (Dr. Pruett)."],
                                ["01/29/2026", "Y. Solórzano", "Records req. to Piedmont Open MRI for 2024 L-spine MRI."],
                                ["02/05/2026", "Y. Solórzano", "2nd request faxed. Phone: 'will look for it'."],
                                ["02/09/2026", "Y. Solórzano", "No MRI report received yet. Surgeon asked to submit PA."]], 8),
        ("h", "Sliding Fee Discount Program"),
        ("kv", [("Household size:", "5"), ("Income verified:", "pay stubs x 2, 11/2025"),
                ("FPL %:", "176%"), ("Discount level:", "C - nominal fee $40/visit"),
                ("Coverage:", "CareSource NC Marketplace (Silver 94 CSR) eff. 01/01/2025"),
                ("Re-certify by:", "11/2026")], 40),
        ("p", "Pt informed that outside specialist and surgery charges are billed by those practices, not covered "
              "by CHC sliding fee. Financial counselor referral offered."),
        ("i", "Yadira Solórzano, Referral Coordinator / Patient Navigator (bilingual)"),
    ]])
    fax1 = Fax("FROM: TRIAD INTERVENTIONAL PAIN  (336)555-0148   TO: HAW RIVER CHC REFERRALS  9195550179   SEP-22-2025 15:12   P. 1/2",
        ["## TRIAD INTERVENTIONAL PAIN SPECIALISTS",
         "1901 N. Elm St, Suite 300, Greensboro NC 27408   Tel (336) 555-0147",
         "",
         "September 22, 2025",
         "Ximena Calderón-Boyd, FNP-C, Haw River Community Health Center",
         "RE: Teodoro Carranza Ruiz   DOB 03/22/1967",
         "",
         "Dear Ms. Calderón-Boyd,",
         "Thank you for referring Mr. Carranza, whom I saw in consultation on 09/02/2025 with a",
         "Spanish interpreter. He describes 2 years of left buttock pain localized to the left SI",
         "joint region without radiation. VAS 68 mm at the consult. He has had no benefit from PT,",
         "which was stopped because of pain, and takes naproxen daily.",
         "He tells me he had an L5-S1 transforaminal epidural steroid injection at another practice",
         "in 2024 with only about 30% relief for a week. That was not an SI joint injection.",
         "Exam: TTP over the left SIJ sulcus; FABER and thigh thrust positive on the left.",
         "",
         "On 09/16/2025 I performed a left sacroiliac joint injection under fluoroscopy with",
         "contrast (procedure note attached). At his 2-week phone follow-up he reported he had",
         "about 70% relief that day and meaningful relief for roughly 10 days, after which the",
         "pain slowly returned.",
         "",
         "Plan: follow up as needed. If his pain recurs we could consider a repeat block, but he",
         "would prefer to see a surgeon first. I have not scheduled a second injection.",
         "",
         "Sincerely,",
         "Anjali R. Venkatesan, MD  - Interventional Pain Medicine (dictated, not read)"],
        mode="standard", skew=0.9, seed=101, pt=12)
    fax2 = Fax("FROM: TRIAD INTERVENTIONAL PAIN  (336)555-0148   TO: HAW RIVER CHC REFERRALS  9195550179   SEP-22-2025 15:13   P. 2/2",
        ["## PROCEDURE NOTE - SACROILIAC JOINT INJECTION",
         "Patient: CARRANZA RUIZ, TEODORO  DOB 03/22/1967   Date: 09/16/2025",
         "Physician: A. Venkatesan, MD    Interpreter: in person (Spanish)",
         "Procedure: Left sacroiliac joint injection, fluoroscopically guided",
         "Indication: left SIJ pain, positive provocative maneuvers",
         "Technique: Prone. Sterile prep. Under AP/oblique fluoroscopy a 22 g spinal needle was",
         "advanced into the inferior third of the left SI joint. Omnipaque 240, 0.5 mL, showed",
         "intra-articular spread without vascular uptake. Injected 1.5 mL lidocaine 1% (PF)",
         "with triamcinolone 40 mg. No complications. EBL none.",
         "",
         "## POST-PROCEDURE PAIN DIARY (0-10)",
         "~ Time        Pain   Activity",
         "~ Pre           7    sitting / standing",
         "~ 15 min        2    walking in clinic",
         "~ 30 min        2    sitting in car",
         "~ 1 hr          2    walking at home",
         "~ 2 hr          3    sitting",
         "~ 4 hr          5    sitting",
         "~ 6 hr          6    bedtime",
         "Reviewed with patient by RN on 09/17/2025: relief at 1 hour was 71%.",
         "Pt instructed to call if fever, redness or new weakness.",
         "A. Venkatesan, MD  09/16/2025 10:48"],
        mode="standard", skew=1.2, seed=102, pt=12)
    fax3 = Fax("FROM: HAW RIVER CHC  9195550179   TO: CAROLINA PELVIS SPINE  3365550461   JAN-28-2026 09:02   P. 3/3",
        ["## RANDLEMAN REGIONAL MEDICAL CENTER - OUTPATIENT IMAGING",
         "Patient: CARRANZA RUIZ, TEODORO I   DOB 03/22/1967   MRN R88-2204173",
         "Ordering: Calderón-Boyd, Ximena FNP-C     (report mailed to ordering provider)",
         "",
         "EXAM 1: XR PELVIS AP AND BILATERAL SACROILIAC JOINTS  DOS 06/24/2025",
         "Findings: Mild subchondral sclerosis at the inferior left SI joint. Joint spaces",
         "preserved. No erosions. No fracture or destructive lesion.",
         "EXAM 2: XR HIP LEFT 2 VIEWS  DOS 06/24/2025",
         "Findings: Mild left hip joint space narrowing with small marginal osteophyte.",
         "Impression: mild osteoarthritis of the left hip.",
         "EXAM 3: XR LUMBAR SPINE 3 VIEWS  DOS 06/24/2025",
         "Findings: Disc height loss L4-5 and L5-S1 with endplate osteophytes. Alignment",
         "normal. Impression: degenerative disc disease L4-S1 on radiographs.",
         "EXAM 4: CT PELVIS WITHOUT CONTRAST (SI JOINTS)  DOS 08/28/2025",
         "Findings: Mild degenerative change of both SI joints, L slightly > R, with small",
         "anterior osteophytes. No erosions or ankylosis. No fracture.",
         "No lytic or blastic osseous lesion. Visualized hips unremarkable.",
         "Impression: Mild bilateral SI joint degenerative change. No inflammatory",
         "sacroiliitis. No destructive lesion.",
         "",
         "Electronically signed: Harold Beckwith, MD, Radiology  08/28/2025 16:20",
         "** MRI of the lumbar spine is not on file at Randleman Regional. **"],
        mode="standard", skew=0.5, seed=103, pt=12)
    files = [("b6n-01.pdf", [cover, form, quest, visit, pt, triage, coord, fax1, fax2, fax3])]
    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-02-10",
        "criteria": {
            "perc.pain_location": ("met", ["Pain is below the belt line, caudal to L5", "stays in the buttock"]),
            "perc.pain_severity": ("met", ["Pain today 6/10 per interpreter", "Pain: 6/10 location: L low back/buttock"]),
            "perc.sij_tenderness": ("met", ["Tender to palpation over the left posterior SI joint",
                                            "L greater trochanter non-tender; coccyx non-tender"]),
            "perc.active_conservative_therapy": ("met", ["stop PT due to increased pain with exercise",
                                                         "unable to tolerate progression of the stabilization program"]),
            "perc.inactive_conservative_therapy": ("met", ["Took naproxen daily since last March",
                                                           "Continue naproxen 500 mg BID with food"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) Positive"]),
            "perc.two_provocative_tests": ("met", ["Patrick / FABER Positive", "Distraction Positive Negative"]),
            "perc.diagnostic_injections": ("insufficient", []),
            "perc.generalized_pain_excluded": ("met", ["Widespread tenderness: no. Nonorganic signs not present."]),
            "perc.sij_imaging": ("met", ["No erosions or ankylosis", "No destructive lesion"]),
            "perc.hip_imaging": ("met", ["mild osteoarthritis of the left hip"]),
            "perc.lumbar_imaging": ("insufficient", []),
            "perc.therapeutic_injections": ("insufficient", []),
            "perc.excl.systemic_arthropathy": ("met", ["No inflammatory sacroiliitis", "No erosions or ankylosis"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No lytic or blastic osseous lesion"]),
            "perc.excl.acute_instability": ("met", ["started ~2 yrs ago without injury"]),
            "perc.excl.neural_compression": ("met", ["Denies pain below the knee, numbness, tingling or weakness"]),
        }}
    return "b6n-01", files, None, labels
# ---------------- b6n-02: meets_criteria, percutaneous ----------------
def packet_02():
    FOOT = "Linville Creek Community Health Center | OCHOA SANDOVAL, María G. | DOB 08/14/1971 | Acct LC-221907"
    LH = ["Linville Creek Community Health Center",
          "Clínica Familiar Linville Creek  *  205 Bouchelle St, Morganton NC 28655  *  (828) 555-0290  *  Fax (828) 555-0291",
          "FQHC - Sliding fee available / Descuentos según ingresos"]
    req = Doc("Foothills Orthopaedic & Spine - Prior Authorization Submission", [[
        ("lh", ["Foothills Orthopaedic & Spine, PLLC", "1525 Tate Blvd SE, Hickory NC 28602  |  Surgery scheduling (828) 555-0714  |  Fax (828) 555-0715"]),
        ("title", "PRIOR AUTHORIZATION SUBMISSION - COVER", 12),
        ("kv", [("Submitted:", "11/18/2025 via payer fax / portal upload"),
                ("Payer:", "CareSource North Carolina (Marketplace)"),
                ("Member:", "María Guadalupe Ochoa Sandoval   DOB 08/14/1971"),
                ("Member ID:", "CSN-5139022-00"),
                ("Procedure:", "R sacroiliac joint fusion, minimally invasive (CPT 27279)"),
                ("Surgeon:", "Oluwaseun B. Adeyemi-Hart, MD")], 34),
        ("h", "Enclosed records (5 files)"),
        ("mono", ["1  This cover + PA request form",
                  "2  Linville Creek CHC records (PCP, triage, referral/sliding fee)",
                  "3  Physical therapy discharge + physician-supervised HEP log",
                  "4  Blue Ridge Spine & Pain - letters and procedure notes (rec'd by fax)",
                  "5  Table Rock Regional outpatient imaging (mailed to PCP, re-faxed)"]),
        ("p", "Our office has reviewed the MP-MM-1366 criteria with the PCP. Questions: Brianna Kessler, "
              "PA coordinator, ext. 3." ),
        ("sp", 40),
        ("i", "This communication may contain PHI. If received in error please notify sender and delete."),
    ], [
        ("title", "SURGICAL PRIOR AUTHORIZATION REQUEST", 12),
        ("tbl", [60, 124], [["Field", "Entry"],
                           ["Date of request", "11/18/2025"],
                           ["Member name", "Ochoa Sandoval, María Guadalupe"],
                           ["Member ID / Group", "CSN-5139022-00 / NC-MKT-SLV"],
                           ["Ordering surgeon / NPI", "O. B. Adeyemi-Hart, MD / 1780 664 210"],
                           ["Facility", "Catawba Ridge Surgery Center - outpatient"],
                           ["CPT", "27279 x1"],
                           ["Procedure", "Arthrodesis, SI joint, percutaneous/minimally invasive"],
                           ["Laterality", "Right"],
                           ["Diagnosis (ICD-10)", "M53.3 - R SI joint dysfunction"],
                           ["Secondary", "M54.50 - low back pain, unspecified"],
                           ["Planned date", "12/15/2025"],
                           ["Implant", "triangular titanium implants x3"]]),
        ("h", "Brief clinical statement"),
        ("p", "54F with R SI joint pain since 2023 refractory to PT, supervised home exercise, meloxicam, heat; "
              "two fluoroscopic contrast-confirmed R SIJ blocks with good anesthetic-phase relief and only short "
              "steroid benefit. Imaging per attached reports."),
        ("kv", [("Attestation:", "I certify the information is accurate to the best of my knowledge."),
                ("Signed:", "O. B. Adeyemi-Hart, MD   11/18/2025")], 34),
    ]])
    quest = [
        ("lh", LH),
        ("title", "HOJA DE EVALUACIÓN DEL DOLOR - PAIN ASSESSMENT", 11),
        ("kv", [("Paciente:", "Ochoa Sandoval, María G."), ("Fecha / Date:", "11/04/2025"),
                ("Idioma / Language:", "Español - intérprete por video (VRI)")], 40),
        ("tbl", [92, 92], [["Pregunta / Question", "Respuesta / Answer"],
                          ["Lugar del dolor / Pain site", "nalga derecha, atrás / R buttock, back"],
                          ["¿Se corre a la pierna? / Travels to leg?", "No"],
                          ["¿Arriba de la cintura? / Above waist?", "No"],
                          ["Dolor hoy (0-10) / Pain today", "7"],
                          ["Peor dolor / Worst pain", "9"],
                          ["Tipo / Type", "sordo, punzante al pararse / dull, stabbing"],
                          ["Dolor por todo el cuerpo? / All over?", "No"],
                          ["Dormir / Sleep", "se despierta al voltearse / wakes turning"]]),
        ("h", "Registro previo / prior scores (transcribed from chart)"),
        ("tbl", [40, 40, 104], [["Fecha", "Score", "Nota"],
                               ["03/2025", "9/10", "past - before PT finished"],
                               ["07/15/2025", "1/10", "30 min after SI injection (post-procedure)"],
                               ["09/30/2025", "2/10", "after 2nd SI injection (post-procedure)"],
                               ["11/04/2025", "7/10", "today, baseline"]]),
        ("i", "Revisado por / reviewed by: Jazmín Rentería, CMA  11/04/2025 13:40"),
    ]
    v1 = [
        ("lh", LH),
        ("title", "PROGRESS NOTE", 11),
        ("kv", [("DOS:", "11/04/2025 13:35"), ("Clinician:", "Hannah Greeley-Morales, MD (Family Medicine)"),
                ("Interpreter:", "Spanish VRI - Bernardo A., interpreter #61320"),
                ("CC:", "dolor de cadera derecha atrás / R low back-buttock pain, f/u after 2nd injection")], 30),
        ("h", "Rooming"),
        ("mono", ["Vitals: BP 126/78, P 72, Temp 98.1, Wt 171 lb, Ht 5'2\"",
                  "Pain score 7/10 (R buttock).  Tobacco: never.  Depression screen PHQ-2 = 1",
                  "Roomed by J. Rentería, CMA"]),
        ("h", "HPI"),
        ("p", "Ms. Ochoa is a 54 yo woman, works in a poultry processing plant (line work, standing), with R-sided "
              "pain below the beltline since 2023 (insidious onset, no fall or accident). She localizes it with "
              "her finger over the R posterior SI joint. It does not radiate into the leg or groin and she has no "
              "paresthesias. Pain today 7/10, worse rising from a chair, rolling in bed, standing >1h. "
              "Remote L leg sciatica in 2019 resolved fully with PT and has not recurred."),
        ("p", "Interventions: PT 01/2025-05/2025, then two 6-week supervised HEP blocks (log attached), "
              "meloxicam daily, heat. Two R SI joint injections at Blue Ridge Spine & Pain (07/15 and 09/30) - "
              "felt \"casi nada de dolor\" for the afternoon both times; the steroid effect wore off after about "
              "3 weeks and 2 weeks respectively, and pain is back to baseline."),
        ("h", "Medications (reconciled)"),
        ("tbl", [70, 48, 66], [["Medication", "Sig", "Start / status"],
                              ["Meloxicam 15 mg tab", "1 PO daily w/ food", "12/09/2024 - active"],
                              ["Acetaminophen 500 mg", "2 tabs q8h PRN", "OTC, active"],
                              ["Omeprazole 20 mg", "1 PO daily", "12/09/2024 - active"],
                              ["Atorvastatin 20 mg", "1 PO nightly", "2022 - active"]]),
        ("p", "Also uses moist heat pack most evenings (since winter 2024). TENS from PT tried 2 weeks - stopped, "
              "no help."),
    ]
    v2 = [
        ("h", "Exam"),
        ("p", "Well appearing, pleasant. Gait: mild antalgic R. Point tenderness over the R posterior SIJ just "
              "medial and inferior to the PSIS (positive Fortin finger test). No tenderness over the lumbar "
              "spinous processes or paraspinals, R greater trochanter, or coccyx. Hip ROM full and painless "
              "bilaterally except FABER."),
        ("tbl", [62, 40, 40], [["Maneuver", "R", "L"],
                              ["Thigh thrust", "positive", "negative"],
                              ["Compression", "negative", "negative"],
                              ["FABER / Patrick", "positive", "negative"],
                              ["Gaenslen", "positive", "negative"],
                              ["Distraction", "negative", "negative"],
                              ["SLR", "negative", "negative"]]),
        ("p", "Neuro: strength 5/5 throughout LE, DTR 2+ and symmetric, sensation intact. Waddell signs 0/5."),
        ("h", "Labs / data"),
        ("p", "HLA-B27 negative, ESR 12, CRP 0.4 (02/2025). Imaging reports from Table Rock Regional reviewed: "
              "XR pelvis/SIJ and R hip, MRI L-spine, CT pelvis - see reports."),
        ("h", "Family history"),
        ("p", "Brother with ankylosing spondylitis (on a biologic). Mother with fibromyalgia. Patient herself has "
              "no inflammatory back pain features: no morning stiffness >30 min, no uveitis, psoriasis or IBD."),
        ("h", "Assessment & Plan"),
        ("p", "Chronic R sacroiliac joint pain / dysfunction (M53.3), mechanical, failed >6 months of active and "
              "passive care and two diagnostic/therapeutic SIJ injections. She wishes to proceed with the "
              "referral to Dr. Adeyemi-Hart for minimally invasive R SI fusion. Continue meloxicam 15 mg daily "
              "and heat. Records packet to surgeon's office. F/u 6 wk or after surgical consult."),
        ("h", "Interpreter attestation"),
        ("p", "I attest that a qualified Spanish medical interpreter (VRI, #61320) interpreted the entire "
              "encounter, including history, exam instructions and plan."),
        ("i", "Hannah Greeley-Morales, MD - signed 11/04/2025 15:02"),
    ]
    triage = [
        ("lh", LH),
        ("title", "TELEPHONE ENCOUNTER - RN TRIAGE", 11),
        ("kv", [("Date:", "10/21/2025 10:05"), ("Spoke with:", "patient via CyraLink phone interpreter #4471"),
                ("Nurse:", "Kwame Osei, RN")], 30),
        ("p", "Pt calls: \"ya me volvió el dolor\". After the 09/30 R SI injection she had very little pain for "
              "the first couple of weeks; over the last 5 days it has come back to how it was, 7-8/10, same "
              "place (R buttock). No leg symptoms. No fever, no redness at injection site, no bladder/bowel "
              "change, no weakness."),
        ("p", "Advised: continue meloxicam with food, heat, keep 11/04 appt with Dr. Greeley-Morales. Message "
              "routed to PCP and to referral coordinator re: surgical referral. Pt agrees."),
        ("i", "K. Osei, RN  10/21/2025 10:14"),
        ("hr",),
        ("title", "REFERRAL COORDINATOR LOG", 11),
        ("tbl", [24, 160], [["Date", "Entry (L. Baca, bilingual referral coordinator)"],
                           ["06/02/2025", "Referral to Blue Ridge Spine & Pain sent (R SIJ pain, failed PT)."],
                           ["06/24/2025", "Consult done. Letter received by fax 06/26."],
                           ["08/20/2025", "Table Rock Regional mailed CT pelvis report; scanned to chart."],
                           ["10/30/2025", "Pain clinic f/u letter (10/28) received by fax."],
                           ["11/05/2025", "Referral to Foothills Ortho & Spine; records packet faxed."]], 8),
        ("h", "Sliding fee"),
        ("p", "Household 3; income 188% FPL; discount tier C. Pt has CareSource Marketplace since 01/2025; "
              "sliding fee applies to CHC copay only. Transportation voucher given for surgical consult."),
    ]
    chc = Doc(FOOT, [quest, v1, v2, triage])
    ther = Doc("Linville Creek CHC / Rehab | OCHOA SANDOVAL, María G. | DOB 08/14/1971", [[
        ("lh", ["Burke Rehab & Sports Therapy", "900 Enola Rd, Morganton NC 28655  *  (828) 555-0366"]),
        ("title", "Physical Therapy Discharge Summary", 11),
        ("kv", [("Patient:", "Maria Ochoa Sandoval, DOB 08/14/1971"),
                ("Dx:", "R SIJ dysfunction (M53.3)"),
                ("Dates of care:", "01/13/2025 through 05/02/2025"),
                ("Visits:", "22 (2x/wk x 8 wk, then 1x/wk)"),
                ("Therapist:", "Emily Sorensen, PT, DPT")], 34),
        ("p", "Program: SIJ stabilization, transversus/multifidus activation, hip abductor and extensor "
              "strengthening, pelvic belt trial, manual therapy to R SIJ, gait training, TENS trial (stopped). "
              "Pt attended consistently; Spanish handouts and interpreter used."),
        ("tbl", [70, 50, 50], [["Measure", "Eval 01/13/25", "D/C 05/02/25"],
                              ["NPRS current", "8/10", "6/10"],
                              ["ODI", "44%", "36%"],
                              ["Active SLR", "3/5 R", "2/5 R"],
                              ["Standing tolerance", "30 min", "50 min"]]),
        ("p", "Plateaued; residual R SIJ pain limits work. Discharged to physician-supervised home exercise "
              "program with written exercise prescription (see PCP HEP log)."),
        ("i", "E. Sorensen, PT, DPT  05/02/2025"),
    ], [
        ("lh", LH),
        ("title", "PHYSICIAN-SUPERVISED HOME EXERCISE PROGRAM - LOG", 11),
        ("tbl", [24, 160], [["Date", "Entry"],
                           ["05/02/2025", "HEP Rx written (Dr. Greeley-Morales): 6 weeks, daily."],
                           ["", "Bridges 3x12, clamshells 3x15, bird-dog 2x10, walking 20 min."],
                           ["06/16/2025", "Follow-up visit: completed the 6-week home exercise program."],
                           ["", "Log sheets reviewed, 38/42 days done. Pain unchanged 7/10."],
                           ["06/16/2025", "HEP renewed 6 weeks, progressed to side plank + step-ups."],
                           ["08/04/2025", "Follow-up: second 6-week HEP block completed as prescribed."],
                           ["", "No lasting improvement; continue as maintenance."]], 8.5),
        ("p", "Exercise prescription and logs scanned into chart (Media tab, 05/02, 06/16, 08/04/2025)."),
        ("i", "H. Greeley-Morales, MD"),
    ]])
    B = "FROM: BLUE RIDGE SPINE&PAIN 828 555 0402   TO: LINVILLE CREEK CHC 828 555 0291"
    f1 = Fax(B + "   JUN-26-2025 11:48  P.1/1",
        ["## BLUE RIDGE SPINE & PAIN INSTITUTE",
         "77 Medical Park Dr, Morganton NC 28655",
         "06/24/2025",
         "To: Hannah Greeley-Morales, MD - Linville Creek CHC",
         "Re: María G. Ochoa Sandoval, DOB 08/14/1971 - NEW PATIENT CONSULT",
         "",
         "Thank you for this kind referral. Mrs. Ochoa was seen today with a Spanish interpreter",
         "for right buttock pain over the SI joint present since 2023. The pain does not travel",
         "down the leg. Remote 2019 L sciatica resolved. Baseline NRS 8/10.",
         "She had an L4-5 interlaminar ESI at another practice in 10/2024 for axial low back",
         "pain, with no benefit. No prior SI joint injections.",
         "Exam: R posterior SIJ tender, trochanter and lumbar spine non-tender. Thigh thrust,",
         "FABER and Gaenslen positive on the right; distraction and compression negative.",
         "Neuro intact.",
         "",
         "Impression: right SI joint mediated pain, likely.",
         "Plan: R SIJ injection under fluoroscopy with contrast, with post-procedure diary.",
         "",
         "Corinne Vasquez-Lindqvist, MD, Interventional Pain"],
        mode="fine", skew=0.4, seed=201, pt=11)
    f2 = Fax(B + "   JUL-16-2025 08:03  P.1/1",
        ["## PROCEDURE REPORT",
         "Patient: OCHOA SANDOVAL, MARIA G    DOB 08/14/1971    DOS 07/15/2025",
         "Procedure: Right sacroiliac joint injection with fluoroscopic guidance",
         "Physician: C. Vasquez-Lindqvist, MD     Sedation: none",
         "Description: Prone, sterile prep and drape. Skin wheal 1% lidocaine. 25 g 3.5\" needle",
         "advanced into the inferior R SIJ under fluoroscopy. Isovue-M 200, 0.75 mL, showed an",
         "intra-articular arthrogram, no vascular runoff. Injected 1.5 mL bupivacaine 0.5% plus",
         "triamcinolone 40 mg. Tolerated well.",
         "",
         "## PAIN DIARY (patient-completed, NRS 0-10)",
         "~ Pre-injection      8",
         "~ 30 min             1",
         "~ 1 hour             1",
         "~ 2 hours            1",
         "~ 3 hours            2",
         "~ 4 hours            2",
         "~ 6 hours            4",
         "~ 8 hours            6",
         "Result: 75% relief at 3 hours, concordant with bupivacaine duration.",
         "Diary returned by fax 07/16/2025."],
        mode="fine", skew=1.1, seed=202, pt=11)
    f3 = Fax(B + "   OCT-01-2025 16:37  P.1/1",
        ["## PROCEDURE REPORT",
         "Patient: OCHOA SANDOVAL, MARIA G    DOB 08/14/1971    DOS 09/30/2025",
         "Procedure: Right SI joint injection #2, fluoroscopically guided, contrast-enhanced",
         "Physician: C. Vasquez-Lindqvist, MD",
         "Description: Same approach as 07/15. Omnipaque 300, 0.5 mL, confirmed intra-articular",
         "placement with capsular outline. Injectate 1.5 mL ropivacaine 0.5% + dexamethasone",
         "10 mg. No complications.",
         "",
         "## PAIN DIARY (NRS 0-10)",
         "~ Before             8",
         "~ 30 min             2",
         "~ 1 hr               1",
         "~ 2 hr               2",
         "~ 3 hr               2",
         "~ 4 hr               3",
         "~ 6 hr               4",
         "Result: 75% reduction sustained through 3 hours (ropivacaine).",
         "Follow-up in 4 weeks."],
        mode="fine", skew=0.7, seed=203, pt=11)
    f4 = Fax(B + "   OCT-30-2025 09:21  P.1/1",
        ["## BLUE RIDGE SPINE & PAIN INSTITUTE - FOLLOW-UP LETTER",
         "10/28/2025",
         "Dr. Greeley-Morales,",
         "I saw Mrs. Ochoa today, four weeks after her second right SI joint injection.",
         "Both blocks (07/15/2025 and 09/30/2025) gave at least 75% relief during the local",
         "anesthetic phase, which supports the SI joint as her pain generator.",
         "The corticosteroid benefit was short-lived each time: after the first injection the pain",
         "returned to baseline at about 3 weeks, and after the second it returned after about",
         "2 weeks. Today NRS 7/10 on the right. She does not want further injections.",
         "I agree with referral for surgical evaluation of the right SI joint.",
         "",
         "C. Vasquez-Lindqvist, MD"],
        mode="fine", skew=0.35, seed=204, pt=11)
    T = "FROM: LINVILLE CREEK CHC 828 555 0291   TO: FOOTHILLS ORTHO SPINE 828 555 0715   NOV-05-2025 14:50"
    f5 = Fax(T + "  P. 9/10",
        ["## TABLE ROCK REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY",
         "Outpatient Imaging  |  Report copy mailed to ordering provider",
         "Patient: OCHOA SANDOVAL, MARIA GUADALUPE   DOB 08/14/1971   MRN TR-3390128",
         "Ordering: Greeley-Morales, Hannah MD",
         "",
         "## XR PELVIS AP + BILATERAL SI JOINTS    Date: 02/20/2025",
         "Findings: SI joints are symmetric in width. Mild subchondral sclerosis along the iliac",
         "side of the right SI joint. No erosions. No fracture. No focal bone lesion.",
         "Impression: Mild right SI joint degenerative change.",
         "",
         "## XR HIP RIGHT, 2 VIEWS    Date: 02/20/2025",
         "Findings: Minimal superolateral joint space narrowing. Femoral head spherical.",
         "No fracture. Impression: No more than mild degenerative change of the right hip.",
         "",
         "Read by: Priya Natarajan, MD   02/20/2025"],
        mode="fine", skew=0.8, seed=205, pt=11)
    f6 = Fax(T + "  P. 10/10",
        ["## TABLE ROCK REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY (cont.)",
         "Patient: OCHOA SANDOVAL, MARIA GUADALUPE   DOB 08/14/1971",
         "",
         "## MRI LUMBAR SPINE WITHOUT CONTRAST    Date: 03/11/2025",
         "Alignment and vertebral body heights maintained. Conus normal at L1.",
         "L1-2 through L3-4: no disc herniation or stenosis.",
         "L4-5: mild disc bulge, mild facet arthropathy. No canal or foraminal stenosis.",
         "L5-S1: no disc herniation. Foramina patent.",
         "Impression: Mild L4-5 degenerative change. No nerve root impingement or",
         "significant stenosis at any level.",
         "",
         "## CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)    Date: 08/12/2025",
         "Right SI joint: mild subchondral sclerosis and small anterior osteophyte.",
         "Left SI joint: normal. No erosions, no ankylosis, no joint widening.",
         "No destructive osseous lesion. No fracture. Hips: mild bilateral joint space loss.",
         "Impression: Mild right SI joint osteoarthritis. No findings of sacroiliitis.",
         "",
         "Read by: Thomas Albrecht, MD   08/12/2025"],
        mode="fine", skew=1.3, seed=206, pt=11)
    files = [("01_request.pdf", [req]), ("02_chc_records.pdf", [chc]), ("03_therapy_hep.pdf", [ther]),
             ("04_blue_ridge_pain_fax.pdf", [f1, f2, f3, f4]), ("05_table_rock_imaging.pdf", [f5, f6])]
    pj = {"request_date": "2025-11-18", "procedure_codes": ["27279"], "member_id": "CSN-5139022-00", "policy": "MP-MM-1366"}
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-11-18",
        "criteria": {
            "perc.pain_location": ("met", ["her finger over the R posterior SI joint",
                                           "It does not radiate into the leg or groin"]),
            "perc.pain_severity": ("met", ["Pain today 7/10", "Pain score 7/10 (R buttock)"]),
            "perc.sij_tenderness": ("met", ["Point tenderness over the R posterior SIJ",
                                            "No tenderness over the lumbar spinous processes"]),
            "perc.active_conservative_therapy": ("met", ["Dates of care: 01/13/2025 through 05/02/2025",
                                                         "completed the 6-week home exercise program",
                                                         "second 6-week HEP block completed as prescribed"]),
            "perc.inactive_conservative_therapy": ("met", ["Meloxicam 15 mg tab", "12/09/2024 - active"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust positive"]),
            "perc.two_provocative_tests": ("met", ["FABER / Patrick positive", "FABER and Gaenslen positive on the right"]),
            "perc.diagnostic_injections": ("met", ["75% relief at 3 hours",
                                                   "75% reduction sustained through 3 hours (ropivacaine)",
                                                   "Isovue-M 200, 0.75 mL"]),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"]),
            "perc.sij_imaging": ("met", ["No erosions, no ankylosis, no joint widening",
                                         "No destructive osseous lesion"]),
            "perc.hip_imaging": ("met", ["No more than mild degenerative change of the right hip"]),
            "perc.lumbar_imaging": ("met", ["No nerve root impingement or significant stenosis at any level"]),
            "perc.therapeutic_injections": ("met", ["returned to baseline at about 3 weeks",
                                                    "after the second it returned after about 2 weeks"]),
            "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 negative, ESR 12, CRP 0.4",
                                                       "No findings of sacroiliitis"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No destructive osseous lesion. No fracture."]),
            "perc.excl.acute_instability": ("met", ["insidious onset, no fall or accident"]),
            "perc.excl.neural_compression": ("met", ["No nerve root impingement or significant stenosis at any level"]),
        }}
    return "b6n-02", files, pj, labels
# ---------------- b6n-03: does_not_meet_criteria, percutaneous ----------------
def packet_03():
    FOOT = "Black Creek Community Health Center | PAREDES VILLATORO, Yesenia M. | DOB 11/30/1981 | MRN BC-77310"
    LH = ["BLACK CREEK COMMUNITY HEALTH CENTER",
          "Centro de Salud Black Creek  -  311 Beaman St, Clinton NC 28328  -  Phone (910) 555-0638  -  Fax (910) 555-0639",
          "Federally Qualified Health Center. Nadie es rechazado por no poder pagar."]
    req = Doc("Coastal Plain Spine Surgery | Paredes Villatoro, Y. | PA request", [[
        ("lh", ["COASTAL PLAIN SPINE SURGERY", "2700 Wayne Memorial Dr, Ste 210, Goldsboro NC 27534   T (919) 555-0821   F (919) 555-0822"]),
        ("title", "FAX", 16),
        ("kv", [("TO:", "CareSource NC - Prior Authorization Dept."), ("FAX #:", "(888) 555-0193"),
                ("FROM:", "Rocío Hinojosa, surgical coordinator for Gregory N. Saltzman, MD"),
                ("DATE:", "03/24/2026"), ("# PAGES:", "12 incl. cover"),
                ("RE:", "Precert - Paredes Villatoro, Yesenia - L SI joint fusion")], 28),
        ("p", "[X] Urgent review NOT requested    [X] Clinicals attached    [ ] Peer-to-peer requested"),
        ("p", "Attached: PA form, Black Creek CHC notes, PT/HEP records, Sandhills Pain procedure notes and "
              "Neuse Valley imaging (faxed to us by the CHC), letter of medical necessity."),
        ("sp", 60),
        ("i", "The documents accompanying this fax contain confidential health information that is legally "
              "privileged. If you are not the intended recipient you are hereby notified that any disclosure, "
              "copying or distribution is strictly prohibited."),
    ], [
        ("title", "REQUEST FOR PRIOR AUTHORIZATION - OUTPATIENT SURGERY", 11),
        ("kv", [("Request date:", "03/24/2026"), ("Patient:", "Yesenia Marisol Paredes Villatoro"),
                ("DOB:", "11/30/1981"), ("Plan / ID:", "CareSource NC Marketplace / CSN-9046175-02"),
                ("Surgeon:", "Gregory N. Saltzman, MD   NPI 1205 887 340"),
                ("Facility:", "Goldsboro Outpatient Surgery Center")], 36),
        ("h", "Procedure type"),
        ("p", "[ ] Open SI joint arthrodesis (27280)      [X] Minimally invasive / percutaneous SI joint arthrodesis (27279)"),
        ("tbl", [30, 20, 100, 34], [["CPT", "Qty", "Description", "Side"],
                                   ["27279", "1", "Percutaneous arthrodesis, sacroiliac joint", "Left"],
                                   ["77002", "1", "Fluoroscopic guidance", "--"]]),
        ("kv", [("Dx:", "M53.3 Sacroiliac joint dysfunction, left;  M54.50 low back pain"),
                ("Proposed DOS:", "04/20/2026"), ("LOS:", "Outpatient / 23-h obs")], 36),
        ("h", "Clinical information (summary)"),
        ("p", "44 yo F, L SIJ pain x 2 years. See letter of medical necessity and attached records."),
        ("kv", [("Provider signature:", "G. Saltzman MD (e-sig)   03/24/2026")], 40),
    ]])
    intake = [
        ("lh", LH),
        ("title", "FORMULARIO DE ADMISIÓN - DOLOR / PAIN INTAKE FORM", 11),
        ("kv", [("Fecha / Date:", "03/10/2026"), ("Nombre / Name:", "Yesenia Paredes V."),
                ("Ayuda para llenar / Help filling:", "intérprete (in person) - Olga Quintanilla #207")], 58),
        ("p", "A. Marque dónde siente dolor / Mark where you feel pain:  [X] espalda baja izquierda / left low back "
              "[X] nalga izquierda / left buttock  [ ] pierna / leg  [ ] pie / foot  [ ] todo el cuerpo / all over"),
        ("p", "B. ¿El dolor baja por la pierna? / Does the pain go down the leg?  [ ] Sí  [X] No"),
        ("p", "C. Intensidad de dolor hoy / Pain intensity today (0-10):  6"),
        ("p", "D. Tratamientos / Treatments:"),
        ("tbl", [62, 40, 82], [["Tratamiento", "Fechas", "Resultado / result"],
                              ["Ibuprofeno 600", "desde abril 2025", "ayuda poco / helps little"],
                              ["Almohadilla caliente / heat", "en las noches", "ayuda poco"],
                              ["Terapia / PT", "mayo-junio 2025", "no pude seguir yendo"],
                              ["Ejercicios en casa / HEP", "2025", "no los hice / did not do"],
                              ["Inyecciones (2)", "nov 2025, ene 2026", "1a sí, 2a no / 1st yes, 2nd no"],
                              ["Quiropráctico", "2023", "4 visitas"]]),
        ("p", "E. Otras preguntas / Other:  ¿Dolor en todo el cuerpo? No.   ¿Caídas o accidentes? No.   "
              "¿Fiebre? No.   Embarazos / pregnancies: 3 (última 2016)."),
        ("p", "FiRST fibromyalgia screen: 1/6 (negative).   PHQ-9: 11."),
        ("i", "Staff: Deysi Lagos, CMA"),
    ]
    v1 = [
        ("lh", LH),
        ("title", "CLINIC NOTE - INTERPRETER ASSISTED", 11),
        ("mono", ["DOS 03/10/2026   Provider: Rafael Ondina-Pierce, PA-C   Supervising: L. Faircloth, MD",
                  "Interpreter: Olga Quintanilla (Spanish), in person, #207, entire visit",
                  "MA rooming: BP 118/74 P 80 T 98.4 Wt 158 lb  Pain 6/10 L low back  D. Lagos CMA"]),
        ("h", "S:"),
        ("p", "44 yo F (Guatemala, Spanish/some K'iche'), works 2 jobs (poultry plant nights, cleaning days). "
              "L low back/buttock pain began gradually in spring 2024, no fall or trauma. Pain is over the L "
              "posterior pelvis below the belt, around the L PSIS, caudal to L5; she denies radiation to the "
              "thigh or leg, no numbness. Rates 6/10 today. Hurts with turning in bed, stairs, and standing on "
              "the L leg. She also notes soreness on the outer L hip when lying on that side."),
        ("p", "Injections with Dr. Haddadin: 11/18/2025 helped for a few hours and then ~5 weeks of partial "
              "relief, then back; 01/20/2026 \"no me hizo mucho\" and nothing changed in the weeks after. "
              "PT in 05-06/2025 - stopped going: shifts changed and no ride. Has not been doing the home "
              "exercises. Takes ibuprofen 600 mg three times a day since 04/2025 and uses heating pad at night."),
        ("h", "ROS"),
        ("p", "Neg for fever, wt loss, night sweats, bowel/bladder change, rash, eye redness, diarrhea. "
              "No widespread body pain. Mood low at times (PHQ-9 11), no SI."),
    ]
    v2 = [
        ("h", "O:"),
        ("p", "Gait normal. Lumbar spine: no midline tenderness, paraspinals non-tender, ROM full. "
              "L posterior SIJ tender to palpation at the sulcus. L greater trochanter also tender to palpation, "
              "similar in severity to the SIJ. Coccyx non-tender. Hip ROM full, no groin pain with log roll."),
        ("tbl", [66, 48, 48], [["Special tests", "Left", "Right"],
                              ["FABER", "Positive - post. pelvis", "Negative"],
                              ["Gaenslen", "Negative", "Negative"],
                              ["Compression (side-lying)", "Positive", "Negative"],
                              ["Thigh thrust", "not performed", "not performed"],
                              ["SLR", "Negative", "Negative"]]),
        ("p", "Neuro: 5/5 strength, DTRs 2+ symmetric, sensation intact L2-S1."),
        ("h", "Data reviewed"),
        ("p", "Neuse Valley imaging reports 09/2025 and 12/2025 (XR pelvis/SIJ, XR L hip, MRI L-spine, MRI SIJ). "
              "Sandhills Pain procedure notes x2."),
        ("h", "A/P:"),
        ("p", "1) Chronic L sacroiliac joint dysfunction (M53.3). Pt would like to see Dr. Saltzman about SI "
              "fusion - referral placed (her cousin had it done). Discussed that PT and the HEP were not "
              "completed; she prefers surgery over more therapy due to work schedule."),
        ("p", "2) Depressive sx, mild-moderate - BH warm handoff offered, accepted for 03/17."),
        ("p", "Continue ibuprofen 600 mg TID with food (BMP ok 02/2026), heat. RTC 2 months."),
        ("i", "R. Ondina-Pierce, PA-C  e-signed 03/10/2026 16:48.  Interpreter attestation on file: interpreted "
              "in full by O. Quintanilla, qualified medical interpreter."),
    ]
    tri = [
        ("lh", LH),
        ("title", "Nurse Triage Call", 11),
        ("kv", [("Date:", "12/29/2025 14:10"), ("RN:", "Bethany Locklear, RN"),
                ("Interpreter:", "Language line, Spanish #55102")], 30),
        ("p", "Pt reports L buttock pain back \"como antes\" since the week before Christmas, 5-7/10, after "
              "the 11/18 injection had kept it lower for about 5 weeks. No leg pain, fever or injury. Asks for "
              "second injection. Advised: continue ibuprofen/heat; message sent to Sandhills Pain to schedule."),
        ("i", "B. Locklear RN"),
        ("hr",),
        ("title", "Referral Coordinator / Sliding Fee", 11),
        ("tbl", [24, 160], [["Date", "Note (I. Maldonado, referral coordinator)"],
                           ["04/28/2025", "PT referral - Sampson Physical Therapy; pt given address + bus info."],
                           ["06/20/2025", "PT called: pt no-show x3 after 06/13, discharged from PT."],
                           ["10/14/2025", "Referral to Sandhills Pain & Interventional (L SIJ)."],
                           ["12/30/2025", "Called Sandhills to schedule 2nd injection - 01/20/2026."],
                           ["03/11/2026", "Referral + records to Coastal Plain Spine (Dr. Saltzman)."]], 8),
        ("p", "Sliding fee: household 5, 132% FPL, Level B ($25 visit). Marketplace plan through CareSource since "
              "01/2025 with cost-sharing reduction; CHC sliding fee covers CHC services only."),
    ]
    chc = Doc(FOOT, [intake, v1, v2, tri])
    pt = Doc("Sampson Physical Therapy & Black Creek CHC | Paredes Villatoro, Y. | DOB 11/30/1981", [[
        ("lh", ["SAMPSON PHYSICAL THERAPY", "118 Southeast Blvd, Clinton NC 28328 - (910) 555-0477"]),
        ("title", "Discharge Summary - Physical Therapy", 11),
        ("kv", [("Patient:", "Paredes Villatoro, Yesenia  DOB 11/30/1981"), ("Start of care:", "05/05/2025"),
                ("Last visit:", "06/13/2025"), ("Visits:", "6 attended / 3 no-show / 12 authorized"),
                ("Discharge date:", "06/20/2025")], 34),
        ("p", "Interventions: lumbopelvic stabilization, hip strengthening, SIJ manual therapy, HEP issued "
              "(Spanish). Pt tolerated all sessions well with no increase in symptoms; no adverse response to "
              "exercise noted."),
        ("p", "Reason for discharge: patient stopped attending after 06/13/2025. Phone contact 06/18: reports "
              "her work shifts changed and she has no transportation; not due to pain. Discharged, goals not met."),
        ("tbl", [70, 50, 50], [["Measure", "05/05/2025", "06/13/2025"],
                              ["NPRS", "7/10", "6/10"],
                              ["ODI", "40%", "38%"]]),
        ("i", "Kendra Bass, PT   06/20/2025"),
        ("hr",),
        ("lh", LH),
        ("title", "HEP Follow-up (PCP)", 11),
        ("p", "07/15/2025 - R. Ondina-Pierce, PA-C: Home exercise program prescribed, 6 weeks: pelvic tilts, "
              "bridges, clamshells, bird-dog, daily; Spanish handout given; f/u 6 weeks."),
        ("p", "09/02/2025 - R. Ondina-Pierce, PA-C: Patient admits she has not been doing the exercises "
              "(\"no tengo tiempo con dos trabajos\"). No pain or physical problem with the exercises reported. "
              "Encouraged; pt declined new PT referral for now."),
    ]])
    S = "FROM: SANDHILLS PAIN INTERV MED  910 555 0950   TO: BLACK CREEK CHC  910 555 0639"
    f1 = Fax(S + "   NOV-19-2025 07:58   P. 1/1",
        ["## SANDHILLS PAIN & INTERVENTIONAL MEDICINE",
         "1600 Owen Dr, Fayetteville NC 28304",
         "## OPERATIVE NOTE: LEFT SACROILIAC JOINT INJECTION",
         "Patient: PAREDES VILLATORO, YESENIA   DOB 11/30/1981   Date: 11/18/2025",
         "Surgeon: Farid K. Haddadin, MD     Interpreter: phone, Spanish",
         "Indication: L SIJ pain, failed NSAIDs",
         "Under fluoroscopic guidance the left SIJ was entered inferiorly with a 22 g needle.",
         "Omnipaque 180 (0.5 mL) demonstrated an intra-articular pattern. Then 1 mL",
         "bupivacaine 0.5% with triamcinolone 40 mg was injected. No complications.",
         "## POST-PROCEDURE PAIN LOG (0-10)",
         "~ Baseline     7",
         "~ 30 min       1",
         "~ 1 h          1",
         "~ 2 h          1",
         "~ 3 h          1",
         "~ 4 h          2",
         "~ 6 h          4",
         "Assessment: 86% relief at 3 h - positive diagnostic block.",
         "F. Haddadin MD"],
        mode="fine", skew=0.6, seed=301, pt=11)
    f2 = Fax(S + "   JAN-21-2026 12:14   P. 1/1",
        ["## SANDHILLS PAIN & INTERVENTIONAL MEDICINE",
         "## OPERATIVE NOTE: LEFT SIJ INJECTION #2",
         "Patient: PAREDES VILLATORO, YESENIA  DOB 11/30/1981  Date: 01/20/2026",
         "Surgeon: F. K. Haddadin, MD",
         "Fluoroscopy-guided left SIJ injection. Contrast (Omnipaque 180, 0.5 mL)",
         "confirmed intra-articular flow. Injectate: 2 mL lidocaine 1% + methylprednisolone",
         "40 mg.",
         "## PAIN LOG",
         "~ Baseline   7",
         "~ 30 min     5",
         "~ 1 h        4",
         "~ 2 h        5",
         "~ 4 h        6",
         "Assessment: maximum relief 43% - NOT a positive block.",
         "F. Haddadin MD"],
        mode="standard", skew=1.4, seed=302, pt=12)
    N = "FROM: BLACK CREEK CHC 9105550639   TO: COASTAL PLAIN SPINE 9195550822   MAR-12-2026 10:05"
    f3 = Fax(N + "   P. 7/8",
        ["## NEUSE VALLEY MEDICAL CENTER - IMAGING SERVICES",
         "Pt: PAREDES VILLATORO, YESENIA M   DOB 11/30/1981   Acct NV-5520418",
         "Ordering: Ondina-Pierce, Rafael PA-C",
         "## XR PELVIS AND SI JOINTS  (09/08/2025)",
         "Mild bilateral SI joint sclerosis, left greater than right. No erosion.",
         "No fracture. No aggressive osseous lesion.",
         "## XR LEFT HIP 2 VIEWS  (09/08/2025)",
         "Mild left hip joint space narrowing, no osteophytes of note.",
         "IMPRESSION: Mild left hip osteoarthritis.",
         "Radiologist: Celeste Varnam, MD"],
        mode="standard", skew=0.8, seed=303, pt=12)
    f4 = Fax(N + "   P. 8/8",
        ["## NEUSE VALLEY MEDICAL CENTER - IMAGING SERVICES (page 2)",
         "## MRI LUMBAR SPINE W/O  (12/04/2025)",
         "L3-4, L4-5: normal. L5-S1: disc desiccation, small broad bulge, mild",
         "bilateral foraminal narrowing. No nerve root impingement. No canal stenosis.",
         "## MRI SACROILIAC JOINTS W/O  (12/04/2025)",
         "Mild left > right SI joint degenerative change. No bone marrow edema,",
         "no erosions. No marrow replacing lesion or fracture.",
         "IMPRESSION: No MRI evidence of sacroiliitis.",
         "Radiologist: Celeste Varnam, MD"],
        mode="standard", skew=0.45, seed=304, pt=12)
    lmn = Doc("Coastal Plain Spine Surgery | Letter of Medical Necessity | Paredes Villatoro, Y.", [[
        ("lh", ["COASTAL PLAIN SPINE SURGERY", "2700 Wayne Memorial Dr, Ste 210, Goldsboro NC 27534"]),
        ("p", "March 23, 2026"),
        ("p", "RE: Yesenia Paredes Villatoro, DOB 11/30/1981 - LETTER OF MEDICAL NECESSITY, left minimally "
              "invasive SI joint fusion (CPT 27279)"),
        ("p", "To the Medical Director:"),
        ("p", "I met Ms. Paredes Villatoro with an interpreter on 03/19/2026. She is a 44-year-old woman with "
              "two years of left sacroiliac joint pain. According to her primary care records, she has failed "
              "over six months of physical therapy and a home exercise program, along with anti-inflammatory "
              "medication and heat. Her PCP documents tenderness over the left SI joint with positive FABER and "
              "compression tests."),
        ("p", "She underwent two image-guided diagnostic SI joint injections, each providing greater than 50% "
              "relief, confirming the joint as the pain generator; steroid benefit was temporary. Imaging shows "
              "no neural compression, no inflammatory sacroiliitis and only mild hip arthritis."),
        ("p", "In my opinion she meets criteria for minimally invasive SI joint fusion and I respectfully request "
              "authorization. Please call my office for a peer-to-peer if needed."),
        ("p", "Sincerely,"),
        ("p", "Gregory N. Saltzman, MD, FAAOS - Orthopaedic Spine Surgery"),
    ]])
    files = [("01_cover_request.pdf", [req]), ("02_black_creek_chc.pdf", [chc]), ("03_pt_hep.pdf", [pt]),
             ("04_outside_records_fax.pdf", [f1, f2, f3, f4]), ("05_letter_medical_necessity.pdf", [lmn])]
    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-03-24",
        "criteria": {
            "perc.pain_location": ("met", ["caudal to L5; she denies radiation to the thigh or leg"]),
            "perc.pain_severity": ("met", ["Rates 6/10 today", "Pain 6/10 L low back"]),
            "perc.sij_tenderness": ("not_met", ["L greater trochanter also tender to palpation",
                                                "similar in severity to the SIJ"]),
            "perc.active_conservative_therapy": ("not_met", ["patient stopped attending after 06/13/2025",
                                                             "admits she has not been doing the exercises",
                                                             "not due to pain"]),
            "perc.inactive_conservative_therapy": ("met", ["ibuprofen 600 mg three times a day since 04/2025"]),
            "perc.thigh_thrust_or_compression": ("met", ["Compression (side-lying) Positive"]),
            "perc.two_provocative_tests": ("insufficient", []),
            "perc.diagnostic_injections": ("not_met", ["maximum relief 43% - NOT a positive block"]),
            "perc.generalized_pain_excluded": ("met", ["FiRST fibromyalgia screen: 1/6 (negative)"]),
            "perc.sij_imaging": ("met", ["No MRI evidence of sacroiliitis", "No marrow replacing lesion or fracture"]),
            "perc.hip_imaging": ("met", ["Mild left hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["No nerve root impingement. No canal stenosis."]),
            "perc.therapeutic_injections": ("met", ["nothing changed in the weeks after",
                                                    "L buttock pain back \"como antes\" since the week before Christmas",
                                                    "kept it lower for about 5 weeks"]),
            "perc.excl.systemic_arthropathy": ("met", ["No MRI evidence of sacroiliitis"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No marrow replacing lesion or fracture"]),
            "perc.excl.acute_instability": ("met", ["began gradually in spring 2024, no fall or trauma"]),
            "perc.excl.neural_compression": ("met", ["No nerve root impingement. No canal stenosis."]),
        }}
    return "b6n-03", files, None, labels


# ====================== build + self-check ======================
import json, os, re, sys, hashlib, datetime, shutil
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACT = "/work/shared/CONTRACT.md"


def contract_ids(prefix):
    txt = open(CONTRACT, encoding="utf-8").read()
    return sorted(set(re.findall(r"^\| `(" + prefix + r"\.[a-z_.]+)` \|", txt, flags=re.M)))


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errors = []
    perc_ids = contract_ids("perc")
    assert len(perc_ids) == 17, perc_ids
    rows = []
    for fn in (packet_01, packet_02, packet_03):
        pid, files, pj, lab = fn()
        single = len(files) == 1 and pj is None and files[0][0] == pid + ".pdf"
        if single:
            outdir = HERE
            label_path = os.path.join(HERE, pid + ".labels.json")
        else:
            outdir = os.path.join(HERE, pid)
            if os.path.isdir(outdir):
                shutil.rmtree(outdir)
            os.makedirs(outdir)
            label_path = os.path.join(outdir, "labels.json")
            if pj is not None:
                with open(os.path.join(outdir, "packet.json"), "w") as f:
                    json.dump(pj, f, indent=2); f.write("\n")
        pages = []  # (file, page_no_in_file, kind, text, mode)
        for fname, segs in files:
            path = os.path.join(outdir, fname)
            info = build_file(path, segs)
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == len(info), (fname, len(pdf.pages), len(info))
                for i, (pg, (kind, ftext, mode)) in enumerate(zip(pdf.pages, info), 1):
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        errors.append(f"{pid}/{fname} p{i}: not US Letter ({pg.width}x{pg.height})")
                    t = pg.extract_text() or ""
                    if kind == "fax":
                        if t.strip() or pg.chars:
                            errors.append(f"{pid}/{fname} p{i}: fax page has a text layer")
                        if len(pg.images) != 1:
                            errors.append(f"{pid}/{fname} p{i}: fax page image count {len(pg.images)}")
                        else:
                            im = pg.images[0]
                            filt = str(im["stream"].get("Filter"))
                            if "CCITTFaxDecode" not in filt or im["bits"] != 1:
                                errors.append(f"{pid}/{fname} p{i}: fax image not 1-bit CCITT ({filt})")
                            h = im["srcsize"][1]
                            exp = 1078 if mode == "standard" else 2156
                            if h != exp or im["srcsize"][0] != 1728:
                                errors.append(f"{pid}/{fname} p{i}: fax raster {im['srcsize']} != 1728x{exp}")
                        pages.append((fname, i, "fax", ftext, mode))
                    else:
                        if len(t.strip()) < 50:
                            errors.append(f"{pid}/{fname} p{i}: text page has little text")
                        pages.append((fname, i, "text", t, None))
        n = len(pages)
        if not 4 <= n <= 20:
            errors.append(f"{pid}: page count {n} outside 4-20")
        nfax = [p for p in pages if p[2] == "fax"]
        if not nfax:
            errors.append(f"{pid}: no faxed pages")
        # labels
        crit = lab["criteria"]
        if sorted(crit) != perc_ids:
            errors.append(f"{pid}: criteria set differs from CONTRACT section 4: {set(crit) ^ set(perc_ids)}")
        det = determination([s for s, _ in crit.values()])
        alltext = [norm(p[3]) for p in pages]
        for cid, (st, ev) in crit.items():
            if st not in ("met", "not_met", "insufficient"):
                errors.append(f"{pid} {cid}: bad status {st}")
            if st == "insufficient" and ev:
                errors.append(f"{pid} {cid}: insufficient with evidence")
            if st in ("met", "not_met") and not 1 <= len(ev) <= 3:
                errors.append(f"{pid} {cid}: {st} needs 1-3 snippets")
            for s in ev:
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    errors.append(f"{pid} {cid}: snippet word count {nw}: {s!r}")
                hits = [k for k, t in enumerate(alltext) if norm(s) in t]
                if not hits:
                    errors.append(f"{pid} {cid}: snippet not found in page text: {s!r}")
        out = {"procedure": lab["procedure"], "request_date": lab["request_date"], "determination": det,
               "criteria": {c: {"status": crit[c][0], "evidence": crit[c][1]} for c in perc_ids if c in crit}}
        with open(label_path, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False); f.write("\n")
        # recheck determination from the written file (section 2)
        back = json.load(open(label_path, encoding="utf-8"))
        if back["determination"] != determination([v["status"] for v in back["criteria"].values()]):
            errors.append(f"{pid}: determination does not follow section 2")
        counts = {s: sum(1 for v in crit.values() if v[0] == s) for s in ("met", "not_met", "insufficient")}
        modes = sorted(set(p[4] for p in nfax))
        rows.append((pid, "single PDF" if single else f"folder, {len(files)} PDFs" + (" + packet.json" if pj else ""),
                     n, len(nfax), ",".join(modes), det, counts))
    print(f"criteria ids from CONTRACT section 4 (perc): {len(perc_ids)}")
    for r in rows:
        print(f"{r[0]}: {r[1]}; {r[2]} pages; faxed {r[3]} ({r[4]}); {r[5]}; "
              f"met {r[6]['met']} / not_met {r[6]['not_met']} / insufficient {r[6]['insufficient']}")
    if errors:
        print("SELF-CHECK FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("SELF-CHECK OK: criteria sets match section 4; determinations follow section 2; all evidence "
          "snippets found in page text (text layer via pdfplumber, faxed pages via rasterized text); faxed "
          "pages are 1-bit CCITT G4 with no text layer; page counts 4-20; all pages US Letter.")


if __name__ == "__main__":
    main()
