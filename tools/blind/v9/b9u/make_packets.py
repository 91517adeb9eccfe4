"""Rendering engine for b9u packets: text pages (fpdf2) and faxed image pages (Pillow + img2pdf, CCITT G4)."""
import io, math, random, re
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
LETTER_W, LETTER_H = 612, 792

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

# ---------------- text pages -----------------
def render_text_pages(pages):
    """pages: list of dict(font='Helvetica'|'Times'|'Courier', blocks=[...], header=str, footer=str)."""
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.set_margins(54, 50, 54)
    for pg in pages:
        fam = pg.get("font", "Helvetica")
        pdf.add_page()
        len_before = pdf.page_no() - 1
        if pg.get("header"):
            pdf.set_font(fam, "", 8)
            pdf.set_xy(54, 26)
            pdf.cell(504, 10, pg["header"])
        pdf.set_xy(54, 50)
        for b in pg["blocks"]:
            kind = b[0]
            if kind == "T":
                pdf.set_font(fam, "B", b[2] if len(b) > 2 else 14)
                pdf.multi_cell(504, (b[2] if len(b) > 2 else 14) + 3, b[1], align=b[3] if len(b) > 3 else "L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "H":
                pdf.ln(3)
                pdf.set_font(fam, "B", 10.5)
                pdf.multi_cell(504, 13, b[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "P":
                pdf.set_font(fam, "", b[2] if len(b) > 2 else 10)
                pdf.multi_cell(504, (b[2] if len(b) > 2 else 10) + 2.5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "R":  # right aligned small block
                pdf.set_font(fam, "", 9)
                pdf.multi_cell(504, 11, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "S":
                pdf.set_font(fam, "", 7.5)
                pdf.multi_cell(504, 9, b[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "HR":
                y = pdf.get_y() + 2
                pdf.line(54, y, 558, y)
                pdf.set_y(y + 4)
            elif kind == "SP":
                pdf.ln(b[1])
            elif kind == "TB":
                rows, widths = b[1], b[2]
                fs = b[3] if len(b) > 3 else 9
                tot = sum(widths)
                ws = [w * 504 / tot for w in widths]
                for ri, row in enumerate(rows):
                    pdf.set_font(fam, "B" if ri == 0 else "", fs)
                    # compute height
                    nl = 1
                    for w, c in zip(ws, row):
                        lines = pdf.multi_cell(w - 3, fs + 2, str(c), align="L", dry_run=True, output="LINES")
                        nl = max(nl, len(lines))
                    h = nl * (fs + 2) + 2
                    x0, y0 = 54, pdf.get_y()
                    x = x0
                    for w, c in zip(ws, row):
                        pdf.rect(x, y0, w, h)
                        pdf.set_xy(x + 1.5, y0 + 1)
                        pdf.multi_cell(w - 3, fs + 2, str(c), align="L")
                        x += w
                    pdf.set_xy(x0, y0 + h)
                pdf.ln(4)
        if pdf.get_y() > 748 or pdf.page_no() != len_before + 1:
            raise RuntimeError("text page overflow (y=%.0f): %s" % (pdf.get_y(), str(pg.get("header") or pg["blocks"][0][1])[:60]))
        if pg.get("footer"):
            pdf.set_font(fam, "", 7.5)
            pdf.set_xy(54, 756)
            pdf.cell(504, 9, pg["footer"], align="C")
    return bytes(pdf.output())

# ---------------- fax pages -----------------
def _font(size_px, bold=False, mono=False, serif=False):
    if mono:
        name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    elif serif:
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONTDIR + name, size_px)

def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w) if line else w
            if draw.textlength(t, font=font) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out

def render_fax_page(pg, seed):
    """pg: dict(blocks=[...], banner=str, res='fine'|'std', serif=bool). Returns (tiff_bytes, rasterized_text)."""
    rnd = random.Random(seed)
    W, H = 1734, 2156  # 8.5x11 in at 204 x 196 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    serif = pg.get("serif", False)
    mx = 150
    y = 150
    txt = []
    pt = lambda p: int(round(p * 198 / 72))
    for b in pg["blocks"]:
        k = b[0]
        if k in ("T", "H", "P", "S", "R"):
            size = {"T": 14, "H": 11, "P": 11, "S": 9, "R": 10}[k]
            if len(b) > 2 and k in ("P", "T"):
                size = b[2] if b[2] >= 9 else size
            f = _font(pt(size), bold=k in ("T", "H"), serif=serif)
            lines = _wrap(d, b[1], f, W - 2 * mx)
            if k == "H":
                y += 8
            for ln in lines:
                if k == "R":
                    x = W - mx - d.textlength(ln, font=f)
                else:
                    x = mx
                d.text((x, y), ln, font=f, fill=0)
                y += int(pt(size) * 1.25)
                txt.append(ln)
            y += 6
        elif k == "HR":
            d.line((mx, y + 4, W - mx, y + 4), fill=0, width=3)
            y += 14
        elif k == "SP":
            y += int(b[1] * 2.7)
        elif k == "TB":
            rows, widths = b[1], b[2]
            fs = b[3] if len(b) > 3 else 10
            tot = sum(widths)
            ws = [int(w * (W - 2 * mx) / tot) for w in widths]
            for ri, row in enumerate(rows):
                f = _font(pt(fs), bold=(ri == 0), serif=serif)
                cells = [_wrap(d, str(c), f, w - 12) for w, c in zip(ws, row)]
                nl = max(len(c) for c in cells)
                h = nl * int(pt(fs) * 1.2) + 10
                x = mx
                for w, cl in zip(ws, cells):
                    d.rectangle((x, y, x + w, y + h), outline=0, width=2)
                    yy = y + 5
                    for ln in cl:
                        d.text((x + 6, yy), ln, font=f, fill=0)
                        yy += int(pt(fs) * 1.2)
                    x += w
                txt.append(" ".join(" ".join(c) for c in cells))
                y += h
            y += 10
        if y > H - 120:
            raise RuntimeError("fax page overflow: " + pg["banner"])
    # skew
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    d = ImageDraw.Draw(img)
    # banner line (straight, added by sending machine)
    bf = _font(pt(9), mono=True)
    d.text((40, 22), pg["banner"], font=bf, fill=0)
    txt.insert(0, pg["banner"])
    # specks and dropouts
    for _ in range(rnd.randint(250, 500)):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([1, 1, 2, 2, 3])
        d.ellipse((x, yy, x + r, yy + r), fill=0)
    for _ in range(rnd.randint(6, 14)):
        yy = rnd.randrange(120, H - 50)
        x = rnd.randrange(0, W - 400)
        d.rectangle((x, yy, x + rnd.randint(80, 500), yy + 1), fill=255)
    ydpi = 196
    if pg.get("res") == "std":
        img = img.resize((W, H // 2), Image.LANCZOS)
        ydpi = 98
    bw = img.point(lambda v: 0 if v < 150 else 255).convert("1")
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=(204, ydpi))
    return buf.getvalue(), "\n".join(txt)

def fax_pdf(tiffs):
    return img2pdf.convert(tiffs)

def assemble(parts):
    """parts: list of (kind, payload) in page order where kind 'text' -> list of page dicts, 'fax' -> list of page dicts.
    Returns (pdf_bytes, page_records[list of (kind, text_or_None)])."""
    w = PdfWriter()
    recs = []
    seedc = [0]
    for kind, pages, seed in parts:
        if kind == "text":
            data = render_text_pages(pages)
            for p in PdfReader(io.BytesIO(data)).pages:
                w.add_page(p)
                recs.append(("text", None))
        else:
            tiffs, texts = [], []
            for i, pg in enumerate(pages):
                t, tx = render_fax_page(pg, seed * 100 + i)
                tiffs.append(t)
                texts.append(tx)
            data = fax_pdf(tiffs)
            for p, tx, pg in zip(PdfReader(io.BytesIO(data)).pages, texts, pages):
                w.add_page(p)
                recs.append(("fax:" + pg.get("res", "fine"), tx))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), recs
# ---------------- packet b9u-01: meets_criteria, percutaneous ----------------
def packet01():
    HDR_US = "COOMBES, HARRIET J   DOB 05/14/1979   MRN PSJ-0048812"
    HDR_NHS = "Mrs Harriet Jane COOMBES   DOB 14/05/1979   NHS No. 485 777 3456"
    files = []
    # 01 fax cover + PA form (text)
    cover = {"font": "Helvetica", "blocks": [
        ("T", "PIEDMONT SPINE & JOINT ASSOCIATES, PLLC", 15),
        ("P", "4410 Randolph Road, Suite 300  |  Charlotte, NC 28211  |  Ph (704) 555-0146  |  Fax (704) 555-0148", 9),
        ("HR",), ("T", "FACSIMILE TRANSMITTAL", 20, "C"), ("SP", 8),
        ("TB", [["TO", "CareSource North Carolina - Utilization Management"], ["FAX", "(844) 555-0193"],
                ["FROM", "Kayla Brandt, Surgical Prior Auth Coordinator"], ["DATE", "02/16/2026"],
                ["PAGES", "16 (including cover)"], ["RE", "Prior auth - R sacroiliac joint fusion, member COOMBES, HARRIET"]], [1, 4], 10),
        ("P", "Attached: PA request form; outside (UK/NHS) records incl. GP summary, physiotherapy discharge summary, "
              "consultant spinal clinic letter, two SI joint injection day-case reports w/ pain diaries, MRI report; "
              "our x-ray report and new patient consultation. Please call w/ questions - ext 2207."),
        ("SP", 10),
        ("S", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential "
              "under federal and state law. If you are not the intended recipient, you are hereby notified that any review, "
              "disclosure, copying or distribution is strictly prohibited. If received in error please notify sender by telephone "
              "and destroy all copies."),
    ]}
    form = {"font": "Helvetica", "header": "CareSource NC Marketplace - Outpatient Prior Authorization Request", "footer": "Form PA-OP-2025.2   Page 1 of 1", "blocks": [
        ("T", "Outpatient Procedure Prior Authorization Request", 13),
        ("TB", [["Field", "Entry"],
                ["Member name", "Harriet J. Coombes"], ["Member DOB", "05/14/1979"], ["Member ID", "U7731095402"],
                ["Requesting / rendering provider", "Marisol Vantreese, MD (Orthopaedic Spine)  NPI 1649302217"],
                ["Facility", "Randolph Outpatient Surgery Center, Charlotte NC"],
                ["Procedure (CPT)", "27279 - Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), with image guidance, includes obtaining bone graft when performed, and placement of transfixing device"],
                ["Laterality", "Right"], ["Diagnosis (ICD-10)", "M53.3 Sacrococcygeal disorders NEC; M54.59 Other low back pain"],
                ["Setting", "[ ] Inpatient   [X] Outpatient   [ ] Office"],
                ["Requested date of service", "03/19/2026"], ["Date of request", "02/16/2026"],
                ["Contact", "Kayla Brandt (704) 555-0146 x2207"]], [2, 5], 9),
        ("P", "Clinical summary: Chronic right SI joint pain > 12 months, failed physio, meds and two image-guided SI joint injections (UK). See attached."),
        ("SP", 6), ("P", "Provider signature: M. Vantreese MD (e-signed)          Date: 02/16/2026"),
    ]}
    files.append(("01_fax_cover_and_request.pdf", [("text", [cover, form], 0)]))

    # 02 NHS GP summary print (text) + GP letter (fax, fine)
    gp1 = {"font": "Helvetica", "header": "Brookfield Lane Medical Practice - Patient Summary  (printed 07/10/2025 14:12 by MILLERK)", "footer": HDR_NHS + "   Page 1 of 2", "blocks": [
        ("T", "PATIENT SUMMARY PRINT", 12),
        ("P", "Brookfield Lane Medical Practice, 22 Brookfield Lane, Northampton NN3 6QT   ODS code K83615   Usual GP: Dr Samuel Okonkwo", 9),
        ("TB", [["Name", "Mrs Harriet Jane COOMBES", "NHS No.", "485 777 3456"], ["DOB", "14/05/1979 (46y)", "Sex", "Female"],
                ["Address", "9 Orchard Rise, Moulton, Northampton NN3 7AW", "Registered", "02/09/2008"]], [1, 3, 1, 2], 9),
        ("H", "Problems - Active"),
        ("TB", [["Date", "Problem", "Comment"],
                ["04/02/2025", "Sacroiliac joint dysfunction", "Right sided. Physio + pain clinic referral"],
                ["04/02/2025", "Low back pain", ""],
                ["11/06/2014", "Hypothyroidism", "On levothyroxine, TFTs stable"]], [1.2, 2.5, 3.5], 9),
        ("H", "Problems - Past"),
        ("TB", [["Date", "Problem", "Comment"],
                ["03/2016", "Sciatica (left)", "Resolved with physio by 07/2016"],
                ["19/04/2020", "Carpal tunnel syndrome (right)", "Decompression 09/2020 - resolved"],
                ["2011", "Normal vaginal delivery", ""]], [1.2, 2.5, 3.5], 9),
        ("H", "Repeat medications"),
        ("TB", [["Drug", "Dosage", "Qty", "First issue", "Last issue"],
                ["Naproxen 500mg tablets", "ONE tablet TWICE a day with food", "56", "18/09/2024", "06/10/2025"],
                ["Omeprazole 20mg gastro-resistant capsules", "ONE capsule daily (gastroprotection)", "28", "18/09/2024", "06/10/2025"],
                ["Paracetamol 500mg tablets", "TWO tablets up to FOUR times a day when required", "100", "04/02/2025", "06/10/2025"],
                ["Amitriptyline 10mg tablets", "ONE at night", "28", "14/05/2025", "06/10/2025"],
                ["Levothyroxine sodium 75microgram tablets", "ONE each morning", "28", "11/06/2014", "06/10/2025"]], [3, 3.2, 0.6, 1.2, 1.2], 8.5),
        ("H", "Past medications (stopped)"),
        ("P", "Co-codamol 30mg/500mg tablets - issued 12/12/2024 to 21/03/2025 - stopped, constipation and drowsiness.", 9),
        ("H", "Allergies / sensitivities"), ("P", "Penicillin - rash (1998).", 9),
        ("H", "Family history"), ("P", "Mother - fibromyalgia. Father - type 2 diabetes mellitus, MI aged 68.", 9),
    ]}
    gp2 = {"font": "Helvetica", "header": "Brookfield Lane Medical Practice - Patient Summary  (printed 07/10/2025 14:12 by MILLERK)", "footer": HDR_NHS + "   Page 2 of 2", "blocks": [
        ("H", "Recent consultations (last 12 months)"),
        ("TB", [["Date", "Clinician", "Entry"],
                ["04/02/2025", "Dr S Okonkwo", "R low back / buttock pain 4/12, worse sit-to-stand and rolling in bed. Points to R PSIS. No red flags, no saddle anaesthesia, bladder/bowels normal. SLR 80 deg bilat. Plan: MSK physio referral, regular paracetamol, continue naproxen."],
                ["22/04/2025", "Nurse A Pickering", "BP 124/78. Naproxen review - no dyspepsia on omeprazole. Continue."],
                ["14/05/2025", "Dr S Okonkwo", "SIJ pain persisting despite physio, sleep poor. Amitriptyline 10mg nocte started. Referred pain clinic (Nene Valley) for ?SIJ injection."],
                ["30/07/2025", "Letter in", "Spinal clinic letter Mr Haldane - scanned to notes."],
                ["06/10/2025", "Dr S Okonkwo", "Emigrating to North Carolina, USA in Nov with husband's work. 3 months' supply issued. Summary letter for new physicians to follow."]], [1.1, 1.3, 5], 8.5),
        ("H", "Recent values"),
        ("TB", [["Date", "Item", "Value"], ["22/04/2025", "Blood pressure", "124/78 mmHg"], ["22/04/2025", "BMI", "27.4 kg/m2"],
                ["20/08/2025", "CRP", "3 mg/L"], ["20/08/2025", "HLA-B27", "Not detected"], ["20/08/2025", "TSH", "2.1 mU/L"]], [1.2, 2, 2], 9),
        ("SP", 6),
        ("S", "This summary was produced from the practice clinical system and may not include all coded entries. Free-text entries may be abbreviated. Please contact the practice for a full record (subject access request)."),
    ]}
    gpl = {"res": "fine", "serif": True, "banner": "FROM: BROOKFIELD LANE MP  +44 1604 555 210   TO: 17045550148   21 JAN 2026 09:14   P. 1/1", "blocks": [
        ("R", "Brookfield Lane Medical Practice\n22 Brookfield Lane, Northampton NN3 6QT\nTel 01604 555 200"),
        ("P", "Date: 08/10/2025"),
        ("P", "To whom it may concern"),
        ("P", "Re: Mrs Harriet Jane COOMBES, DOB 14/05/1979, NHS No. 485 777 3456"),
        ("P", "Mrs Coombes has been registered with us since 2008 and is relocating to the United States. I am writing to summarise her ongoing back problem for the doctors who will take over her care."),
        ("P", "She first presented in early February 2025 with pain in the right buttock and over the right SIJ. This was mechanical in nature with no neurological features. She was referred to our MSK physiotherapy service and subsequently the pain clinic at Nene Valley, who performed two right SIJ injections under X-ray in June and September. Mr Haldane, spinal consultant, has seen her and has mentioned SIJ fusion as a possible option."),
        ("P", "She has been on naproxen 500mg bd (with omeprazole cover) continuously since September 2024 and uses paracetamol regularly on top, plus amitriptyline 10mg at night since May 2025 for sleep. A heat pad and a sacroiliac belt have been of some help. Co-codamol was tried over the winter but stopped because of side effects."),
        ("P", "She had an episode of left-sided sciatica in 2016 which settled fully. Otherwise she is generally well apart from treated hypothyroidism."),
        ("P", "Yours faithfully,"), ("SP", 10),
        ("P", "Dr Samuel Okonkwo  MBChB MRCGP\nGP Partner  GMC 7034419"),
    ]}
    files.append(("02_nhs_gp_records.pdf", [("text", [gp1, gp2], 0), ("fax", [gpl], 11)]))

    # 03 consultant clinic letter (text)
    cons = {"font": "Times", "footer": "Nene Valley Hospitals NHS Trust is a smoke-free site.  Registered office: Cliftonville Road, Northampton NN1 5BD", "blocks": [
        ("R", "Department of Spinal Surgery\nNene Valley General Hospital\nCliftonville Road, Northampton NN1 5BD\nSecretary: 01604 555 712"),
        ("P", "Consultant: Mr Rupert Haldane FRCS (Tr & Orth)\nClinic date: 29/07/2025   Dictated: 29/07/2025   Typed: 04/08/2025 (JM)\nHospital No: N0671243"),
        ("P", "Dr S Okonkwo\nBrookfield Lane Medical Practice\n22 Brookfield Lane\nNorthampton NN3 6QT"),
        ("P", "Dear Dr Okonkwo,"),
        ("P", "Re: Mrs Harriet COOMBES, DOB 14/05/1979, 9 Orchard Rise, Moulton, Northampton NN3 7AW"),
        ("P", "Diagnosis: Right sacroiliac joint mediated pain\nPlan: Repeat SIJ injection via pain clinic, continue physio, discuss fusion at next review"),
        ("P", "I reviewed this pleasant 46 year old lady in clinic today. She describes a 6 month history of right-sided pain centred on the PSIS, worse on prolonged sitting, climbing stairs and turning in bed. She denies any leg symptoms. On the visual analogue scale she marks her pain at 80 mm today. She had a right SIJ injection in June under the pain team and tells me that she had a good but short-lived response."),
        ("P", "On examination she walks with a mildly antalgic gait. Lumbar flexion is full. Neurologically intact in the lower limbs, SLR unrestricted. She is tender over the right sacral sulcus, with a positive FABER and thigh thrust on the right. Hip rotation is full and painless."),
        ("P", "Her MRI (June 2025) shows only minor degenerative change in the lumbar spine with no nerve root compromise, and the SI joints look unremarkable on the STIR images. I have explained that the clinical picture is in keeping with SIJ pain. I have asked the pain team to repeat the injection, and if the response is again convincing but temporary then she may be a candidate for a minimally invasive fusion. She tells me she may be moving to the United States later this year; I have given her a copy of this letter and her imaging on disc."),
        ("P", "Yours sincerely,"), ("SP", 14),
        ("P", "Mr Rupert Haldane\nConsultant Spinal Surgeon\n\ncc: Mrs H Coombes (patient)"),
    ]}
    files.append(("03_spinal_clinic_letter.pdf", [("text", [cons], 0)]))

    # 04 physio discharge (fax fine, 2 pages)
    ph1 = {"res": "fine", "banner": "FROM: NVH MSK PHYSIO  +44 1604 555 840   TO: 17045550148   23 JAN 2026 15:31   P. 1/2", "blocks": [
        ("T", "Nene Valley Hospitals NHS Trust"), ("P", "Musculoskeletal Physiotherapy Service - Outpatients, Level 1 Therapy Centre"),
        ("HR",), ("T", "PHYSIOTHERAPY DISCHARGE SUMMARY", 13),
        ("TB", [["Patient", "Harriet COOMBES", "NHS No.", "485 777 3456"], ["DOB", "14/05/1979", "Hosp No.", "N0671243"],
                ["Referrer", "Dr S Okonkwo (GP)", "Physio", "Ciara Doyle MCSP"]], [1, 2, 1, 2], 10),
        ("TB", [["Referral received", "04/02/2025"], ["Initial assessment", "11/03/2025"], ["Date of discharge", "26/09/2025"],
                ["Sessions attended", "14 (2 x DNA - 13/05/2025, 27/05/2025, childcare)"], ["Reason for discharge", "Plateaued - onward care with spinal team"]], [2, 4], 10),
        ("H", "Presenting complaint"),
        ("P", "R sided low back / buttock pain over R SIJ since approx Oct 2024. No radiating symptoms. Aggravated by sit to stand, stairs, single leg stance on R."),
        ("H", "Objective (initial)"),
        ("P", "Fortin finger sign R. ASLR positive R, improved with manual compression. Lx ROM full. Hip ROM full, pain free. Neuro NAD."),
    ]}
    ph2 = {"res": "fine", "banner": "FROM: NVH MSK PHYSIO  +44 1604 555 840   TO: 17045550148   23 JAN 2026 15:32   P. 2/2", "blocks": [
        ("P", "Harriet COOMBES  NHS No. 485 777 3456 - discharge summary cont."),
        ("H", "Treatment provided"),
        ("P", "- Progressive core stability programme (TrA / multifidus activation, progressing to functional loading)\n- Gluteal strengthening, hip abductor work, bridging progressions\n- 6 week physio-led Pilates class (June - July 2025)\n- SIJ belt trial with advice\n- Home exercise programme issued 11/03/2025, reviewed and progressed at each session"),
        ("H", "Outcome"),
        ("P", "Engaged well and completing HEP 4-5x/week per her exercise diary. Some gains in strength and confidence but pain essentially unchanged through the episode. Pain clinic injections in June and Sept gave temporary relief only."),
        ("TB", [["Measure", "Initial 11/03/2025", "Discharge 26/09/2025"], ["ODI", "42%", "38%"], ["PSFS", "3.7", "4.3"]], [2, 2, 2], 10),
        ("H", "Plan"),
        ("P", "Discharged from physio. To continue HEP independently. For review with Mr Haldane re further management. Patient aware she can self-refer within 6 months."),
        ("SP", 6), ("P", "Ciara Doyle MCSP, Senior Physiotherapist (Band 6)   HCPC PH118240   26/09/2025"),
    ]}
    files.append(("04_physiotherapy_discharge.pdf", [("fax", [ph1, ph2], 12)]))

    # 05 injections (text, 3 pages)
    inj1 = {"font": "Helvetica", "header": "Nene Valley Hospitals NHS Trust - Day Surgery Unit - Pain Management", "footer": HDR_NHS + "   Hosp No. N0671243", "blocks": [
        ("T", "PROCEDURE REPORT - DAY CASE", 12),
        ("TB", [["Date", "17/06/2025", "Consultant", "Dr Fiona Greatorex FRCA FFPMRCA"], ["Procedure", "Right sacroiliac joint injection", "Setting", "Day case, Theatre 4"],
                ["Anaesthesia", "Local, no sedation", "Radiographer", "P. Nwachukwu"]], [1, 2, 1, 2], 9),
        ("H", "Indication"), ("P", "Right SIJ pain, failing conservative management. Pre-procedure pain 8/10 (NRS) on standing."),
        ("H", "Technique"),
        ("P", "WHO checklist completed. Prone. Skin prepped chlorhexidine 2%. Under image intensifier the inferior aspect of the right SIJ was identified with contralateral oblique tilt. 22G 90mm spinal needle advanced into the joint. 0.5 ml Omnipaque 240 injected - intra-articular spread outlining the joint, no vascular uptake. Injectate: 2 ml 0.5% levobupivacaine + 40 mg Depo-Medrone (methylprednisolone acetate). Image saved to PACS. Screening time 21 s, DAP 0.8 Gy.cm2."),
        ("H", "Post-procedure pain diary (completed by patient, returned at 2 week phone call)"),
        ("TB", [["Time after injection", "Pain (0-10)", "Activity"], ["Pre-procedure", "8", "Standing from trolley"], ["30 min", "1", "Walking on ward"],
                ["1 hour", "1", "Sit to stand"], ["2 hours", "2", "Car journey home"], ["4 hours", "2", "Stairs at home"], ["6 hours", "3", "Evening"],
                ["Day 2", "3", ""], ["Day 7", "4", ""], ["Day 14", "5", ""]], [2, 1, 3], 9),
        ("P", "Summary: 75% or greater relief maintained beyond 6 hours, i.e. exceeding the duration of the local anaesthetic. Complications: none. Discharged 11:40 with written advice."),
        ("P", "Dr F Greatorex, Consultant in Pain Medicine"),
    ]}
    inj2 = {"font": "Helvetica", "header": "Nene Valley Hospitals NHS Trust - Day Surgery Unit - Pain Management", "footer": HDR_NHS + "   Hosp No. N0671243", "blocks": [
        ("T", "PROCEDURE REPORT - DAY CASE", 12),
        ("TB", [["Date", "09/09/2025", "Consultant", "Dr Fiona Greatorex FRCA FFPMRCA"], ["Procedure", "Right sacroiliac joint injection (repeat)", "Setting", "Day case, Theatre 4"],
                ["Anaesthesia", "Local", "Radiographer", "L. Barraclough"]], [1, 2, 1, 2], 9),
        ("H", "Interval history"),
        ("P", "Previous R SIJ injection 17/06/2025: marked relief on the day, benefit faded over about 3 weeks and pain back to usual by mid-July. Referred back by Mr Haldane. Pre-procedure pain today 7/10."),
        ("H", "Technique"),
        ("P", "Consent confirmed. Prone, aseptic technique. Right SIJ entered at its caudal third under image intensifier guidance. Contrast (Omnipaque 240, 0.5 ml) confirmed intra-articular position with capsular outline, no venous runoff. Injected 2 ml levobupivacaine 0.5% with Depo-Medrone 40 mg. Screening 17 s."),
        ("H", "Pain diary"),
        ("TB", [["Time", "Pain (0-10)"], ["Pre", "7"], ["30 min", "1"], ["1 h", "1"], ["2 h", "1"], ["4 h", "2"], ["8 h", "3"], ["Day 3", "3"], ["Day 10", "4"]], [2, 2], 9),
        ("P", "Assessment: about 85% relief through the 4 hour entry. Concordant response on two separate occasions. Will write to Mr Haldane re surgical opinion."),
        ("P", "Dr F Greatorex, Consultant in Pain Medicine"),
    ]}
    inj3 = {"font": "Helvetica", "header": "Nene Valley Hospitals NHS Trust - Pain Management Service", "footer": HDR_NHS + "   Hosp No. N0671243", "blocks": [
        ("P", "Telephone clinic   Date: 21/10/2025   Clinician: Sr Joanne Tillotson, Clinical Nurse Specialist"),
        ("P", "Dear Mr Haldane,"),
        ("P", "I spoke with Mrs Coombes today, six weeks after her repeat right SIJ injection of 09/09/2025. She reports the steroid helped for roughly a month, but her pain had crept back to its previous level by about five weeks after the procedure and she is again struggling with sitting at work. She is now scoring 7/10 most days."),
        ("P", "As you know, the first injection in June followed the same pattern. We have nothing further to offer from a pain perspective other than repeating injections, which she does not feel is a long-term solution. She is moving to the USA on 14/11/2025 and would like the correspondence to take with her."),
        ("P", "Kind regards,"), ("SP", 10),
        ("P", "Joanne Tillotson RGN, CNS Pain Management\ncc: Dr S Okonkwo, GP"),
    ]}
    files.append(("05_sij_injections.pdf", [("text", [inj1, inj2, inj3], 0)]))

    # 06 imaging: UK MRI (text) + US XR (text)
    mri = {"font": "Helvetica", "header": "Nene Valley Hospitals NHS Trust - Department of Radiology", "footer": "Report authorised electronically. " + HDR_NHS, "blocks": [
        ("TB", [["Patient", "COOMBES, Harriet Jane", "Hosp No.", "N0671243"], ["DOB", "14/05/1979", "Exam date", "05/06/2025"],
                ["Referrer", "Dr F Greatorex (Pain)", "Accession", "RNV25M044718"]], [1, 2, 1, 2], 9),
        ("T", "MRI LUMBAR SPINE AND SACROILIAC JOINTS", 11),
        ("P", "Clinical details: R buttock / SIJ pain 8/12. ?SIJ pathology ?discogenic. Pre-injection."),
        ("P", "Technique: Sagittal T1, T2, STIR lumbar spine; axial T2 L3-S1. Oblique coronal T1 and STIR through the sacroiliac joints."),
        ("P", "Comparison: None available."),
        ("H", "Findings - lumbar spine"),
        ("P", "Normal lumbar lordosis and alignment. Vertebral body heights and marrow signal are preserved. Conus terminates normally at L1. Mild desiccation of the L4/5 disc with a shallow broad-based bulge. No significant canal or foraminal stenosis at any level. No nerve root compression. L5/S1 normal. Facet joints show minimal degenerative change at L4/5."),
        ("H", "Findings - sacroiliac joints"),
        ("P", "The sacroiliac joints are symmetrical. No subchondral bone marrow oedema on STIR. No erosions, sclerosis or ankylosis. No fracture or destructive lesion of the sacrum or iliac bones. Minor anterior joint margin osteophyte on the right."),
        ("H", "Conclusion"),
        ("P", "1. Minor L4/5 degenerative disc change without neural compromise.\n2. No features of inflammatory sacroiliitis. No sacral or pelvic lesion."),
        ("P", "Dr Nikhil Banerjee, Consultant Radiologist   GMC 6129473   Verified 06/06/2025 10:02"),
    ]}
    xr = {"font": "Helvetica", "header": "Carolina Imaging Partners - Randolph Rd Outpatient Imaging", "footer": HDR_US + "   Acc# CIP-26-0091537", "blocks": [
        ("T", "RADIOLOGY REPORT", 12),
        ("P", "EXAM: XR PELVIS AP + BILATERAL SI JOINT OBLIQUES; XR HIP RIGHT 2 VIEWS; XR HIP LEFT 2 VIEWS\nDATE OF SERVICE: 01/21/2026 10:55\nORDERING: Marisol Vantreese, MD\nINDICATION: Right SI joint pain, preop planning (M53.3)"),
        ("P", "COMPARISON: Outside MRI 06/05/2025 (report only)."),
        ("H", "FINDINGS:"),
        ("P", "Pelvis/SI joints: The SI joints are congruent without erosion, widening or sclerosis. No fracture. No lytic or blastic lesion. Pubic symphysis normal."),
        ("P", "Right hip: Mild superior joint space narrowing with a tiny acetabular rim osteophyte. Femoral head spherical. No fracture."),
        ("P", "Left hip: Moderate joint space narrowing with subchondral sclerosis and marginal osteophytes, moderate osteoarthritis."),
        ("H", "IMPRESSION:"),
        ("P", "1. Unremarkable SI joints radiographically; no erosive or destructive change.\n2. Right hip: mild degenerative change only.\n3. Moderate left hip osteoarthritis (contralateral, asymptomatic per history)."),
        ("P", "Electronically signed by: Darnell Okafor-Reyes, MD  01/21/2026 13:20"),
    ]}
    files.append(("06_imaging_reports.pdf", [("text", [mri, xr], 0)]))

    # 07 US new patient note (text, 3 pages)
    n1 = {"font": "Helvetica", "header": "Piedmont Spine & Joint Associates  |  New Patient Consultation", "footer": HDR_US + "   Page 1 of 3", "blocks": [
        ("TB", [["Patient", "Coombes, Harriet J", "DOS", "01/21/2026"], ["DOB", "05/14/1979 (46 y)", "Provider", "Marisol Vantreese, MD"],
                ["Referring", "Self / PCP Dr. Aaron Whitlow", "Visit type", "New patient, 60 min"]], [1, 2, 1, 2], 9),
        ("H", "CHIEF COMPLAINT"), ("P", "\"My right SI joint\" - right low back/buttock pain x ~16 months."),
        ("H", "HPI"),
        ("P", "46 y/o female who relocated from Northampton, England in 11/2025 presents for surgical eval of R SI joint pain. Insidious onset autumn 2024, no trauma. Pain located over the right PSIS and upper buttock, caudal to L5; she places one finger just medial to the PSIS. It does not radiate into the leg, groin or below the knee. Worse w/ prolonged sitting, sit-to-stand, stairs, lying on R side. Denies numbness, tingling, weakness, bowel/bladder change."),
        ("P", "Right SIJ pain today 7/10 on NRS (range 6-8 over past week). Her UK records and pain diaries were reviewed in detail (see below)."),
        ("H", "Treatment to date"),
        ("P", "- NHS physiotherapy 03/2025-09/2025 (14 sessions: core stability, glute strengthening, Pilates class, SIJ belt) - no lasting benefit. Since arrival she continues the home program daily; reviewed today, form good.\n- Medications: taking naproxen 500 mg twice daily since September 2024 (with omeprazole), acetaminophen (paracetamol) 1 g up to QID, amitriptyline 10 mg qhs since 05/2025. Co-codamol (codeine/APAP) stopped 03/2025 - constipation. Heating pad nightly.\n- Two fluoroscopic R SIJ injections (06/17/2025, 09/09/2025) w/ contrast, levobupivacaine + methylprednisolone - excellent short-term relief both times, pain returned within 3-5 weeks."),
        ("H", "PMH"), ("P", "Hypothyroidism. L sciatica 2016, resolved. R carpal tunnel release 2020. No inflammatory arthritis, no psoriasis, no IBD. No cancer history."),
        ("H", "Medications / Allergies"), ("P", "As above + levothyroxine 75 mcg. PCN (rash)."),
        ("H", "Social / Family"), ("P", "Married, 1 child. Works as a payroll administrator (seated). Never smoker, ETOH 4 units/wk. FHx: mother fibromyalgia; father DM2, MI."),
    ]}
    n2 = {"font": "Helvetica", "header": "Piedmont Spine & Joint Associates  |  New Patient Consultation", "footer": HDR_US + "   Page 2 of 3", "blocks": [
        ("H", "ROS"), ("P", "Negative for fever, chills, weight loss, night pain, widespread body pain, morning stiffness > 30 min. Otherwise negative x 12 systems."),
        ("H", "PHYSICAL EXAM"),
        ("P", "Vitals: BP 126/80, HR 72, BMI 27.1. Well appearing, pleasant, no pain behaviors. Gait: mildly antalgic, favoring R. Waddell signs 0/5."),
        ("P", "Palpation: Exquisitely tender to palpation over the right posterior SIJ / sacral sulcus. Greater trochanters non-tender bilaterally. Lumbar spinous processes and paraspinals non-tender. Coccyx non-tender. Left SIJ non-tender."),
        ("P", "Lumbar ROM: full flexion, extension mildly uncomfortable at end range. Neuro: strength 5/5 L2-S1 bilat, sensation intact, DTRs 2+ symmetric, SLR negative bilat."),
        ("P", "Hips: full painless ROM bilaterally; FADIR negative R."),
        ("H", "SIJ provocation (right)"),
        ("TB", [["Test", "Right", "Left"], ["Thigh thrust (P4)", "Positive - reproduces pain", "Negative"], ["Compression", "Positive", "Negative"],
                ["Distraction", "Positive", "Negative"], ["Gaenslen's", "Positive", "Negative"], ["FABER (Patrick's)", "Positive - posterior pain", "Negative"],
                ["Sacral thrust", "Positive", "-"]], [2, 2.5, 1.5], 9),
        ("P", "5 of 5 Laslett cluster positive on the right: compression, distraction and Gaenslen's all reproduce her typical pain, as do thigh thrust and FABER."),
        ("H", "IMAGING REVIEWED"),
        ("P", "MRI lumbar spine + SIJs 06/05/2025 (Nene Valley, UK; report attached): minor L4/5 bulge, no stenosis or nerve root compression; no sacroiliitis. X-rays today (pelvis, SI obliques, both hips): SIJs without erosive or destructive change; R hip mild DJD only; moderate L hip OA (asymptomatic, exam benign)."),
    ]}
    n3 = {"font": "Helvetica", "header": "Piedmont Spine & Joint Associates  |  New Patient Consultation", "footer": HDR_US + "   Page 3 of 3", "blocks": [
        ("H", "ASSESSMENT"),
        ("P", "1. Sacroiliac joint dysfunction, right (M53.3) - chronic, refractory. Concordant exam (positive thigh thrust, compression, distraction, Gaenslen's, FABER), two image-guided contrast-confirmed diagnostic blocks with >= 75% relief beyond anesthetic duration, and failure of two intra-articular steroid injections.\n2. Left hip OA, asymptomatic.\n3. Hypothyroidism."),
        ("P", "No evidence of systemic inflammatory disease (HLA-B27 negative, CRP normal 08/2025). No trauma, fracture, infection or tumor. Lumbar MRI without compressive pathology - radicular source not supported."),
        ("H", "PLAN"),
        ("P", "Discussed natural history, continued nonoperative care vs R minimally invasive SI joint fusion (lateral transiliac triangular implants). Risks reviewed incl. malposition, nerve injury, nonunion, need for revision, persistent pain. She wishes to proceed. Will submit PA for CPT 27279, right. Continue HEP, naproxen, acetaminophen until surgery; hold naproxen 7 days preop."),
        ("P", "Return after authorization for preop visit."),
        ("SP", 6),
        ("P", "Electronically signed: Marisol Vantreese, MD, Orthopaedic Spine Surgery   01/21/2026 17:48"),
        ("HR",),
        ("H", "ADDENDUM 02/12/2026"),
        ("P", "Phone call with patient: all outside records (GP summary, physio discharge, pain clinic reports, MRI) now received by fax and scanned. No change in status. Proceed with authorization request. - MV"),
    ]}
    files.append(("07_us_spine_consult.pdf", [("text", [n1, n2, n3], 0)]))

    labels = {
        "procedure": "percutaneous", "request_date": "2026-02-16", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["over the right PSIS and upper buttock, caudal to L5", "It does not radiate into the leg"]),
            "perc.pain_severity": ("met", ["Right SIJ pain today 7/10 on NRS"]),
            "perc.sij_tenderness": ("met", ["Exquisitely tender to palpation over the right posterior SIJ", "Greater trochanters non-tender bilaterally", "Lumbar spinous processes and paraspinals non-tender"]),
            "perc.active_conservative_therapy": ("met", ["Initial assessment 11/03/2025", "Date of discharge 26/09/2025", "Progressive core stability programme"]),
            "perc.inactive_conservative_therapy": ("met", ["taking naproxen 500 mg twice daily since September 2024", "Naproxen 500mg tablets ONE tablet TWICE a day with food"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) Positive - reproduces pain", "compression, distraction and Gaenslen's all reproduce her typical pain"]),
            "perc.two_provocative_tests": ("met", ["compression, distraction and Gaenslen's all reproduce her typical pain", "FABER (Patrick's) Positive - posterior pain"]),
            "perc.diagnostic_injections": ("met", ["75% or greater relief maintained beyond 6 hours", "about 85% relief through the 4 hour entry", "0.5 ml Omnipaque 240 injected - intra-articular spread"]),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5", "no pain behaviors"]),
            "perc.sij_imaging": ("met", ["No features of inflammatory sacroiliitis", "The SI joints are congruent without erosion"]),
            "perc.hip_imaging": ("met", ["Right hip: Mild superior joint space narrowing", "Right hip: mild degenerative change only"]),
            "perc.lumbar_imaging": ("met", ["No significant canal or foraminal stenosis at any level", "No nerve root compression"]),
            "perc.therapeutic_injections": ("met", ["benefit faded over about 3 weeks", "pain had crept back to its previous level"]),
            "perc.excl.systemic_arthropathy": ("met", ["No inflammatory arthritis, no psoriasis, no IBD"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No fracture or destructive lesion of the sacrum"]),
            "perc.excl.acute_instability": ("met", ["Insidious onset autumn 2024, no trauma"]),
            "perc.excl.neural_compression": ("met", ["No nerve root compression", "radicular source not supported"]),
        }}
    return {"id": "b9u-01", "form": "folder", "packet_json": {"request_date": "2026-02-16", "procedure_codes": ["27279"], "member_id": "U7731095402", "policy": "MP-MM-1366"},
            "files": files, "labels": labels}
# ---------------- packet b9u-02: does_not_meet_criteria, open ----------------
def packet02():
    HDR_US = "MARSH, GWENDOLYN A  |  DOB 11/02/1968  |  Acct TOS-771204"
    HDR_UK = "Mrs Gwendolyn Anne MARSH  DOB 02/11/1968  NHS 612 404 9987"
    cover = {"font": "Helvetica", "blocks": [
        ("T", "TRIANGLE ORTHOPAEDIC SPINE CENTER", 15),
        ("P", "2300 Blue Ridge Rd, Ste 410, Raleigh, NC 27607   T 919-555-0172   F 919-555-0179", 9),
        ("HR",), ("T", "FAX", 24, "C"),
        ("TB", [["To:", "CareSource NC Marketplace UM / Prior Authorization"], ["Fax #:", "1-844-555-0193"], ["From:", "Renee Castellanos, Auth Specialist"],
                ["Date:", "01/12/2026"], ["# pages:", "9 incl. cover"], ["Re:", "Precert - open SI joint fusion RIGHT - Marsh, Gwendolyn"]], [1, 4], 10),
        ("P", "[X] Urgent   [ ] For review   [ ] Please reply   [X] Clinicals attached"),
        ("P", "Comments: Outside records from England (GP, orthopaedic, physio) came to us by fax from the UK and are included as received. Peer-to-peer available w/ Dr. Lindqvist - call 919-555-0172 opt 3."),
        ("SP", 20),
        ("S", "The documents accompanying this transmission contain confidential health information that is legally privileged. This information is intended only for the use of the individual or entity named above. If you have received this fax in error, please notify us immediately by telephone and destroy the documents."),
    ]}
    form = {"font": "Helvetica", "header": "CareSource NC - Prior Authorization Request (Medical/Surgical)", "footer": "Incomplete forms may delay review.   Rev 07/2025", "blocks": [
        ("T", "PRIOR AUTHORIZATION REQUEST", 13),
        ("P", "Section A - Member:  Gwendolyn A. Marsh    DOB 11/02/1968    Member ID U5520863117    Plan: Marketplace Silver"),
        ("P", "Section B - Provider:  Corwin Lindqvist, MD, Orthopaedic Surgery    NPI 1306974482    TIN 56-7781203\nFacility: WakeMed-affiliated Blue Ridge Surgical Hospital (inpatient, est. LOS 2 nights)"),
        ("H", "Section C - Service requested"),
        ("TB", [["CPT/HCPCS", "Description", "Units", "Side"], ["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, including instrumentation, when performed", "1", "RT"],
                ["20937", "Autograft for spine surgery, morselized (separate incision)", "1", "RT"]], [1.2, 5, 0.7, 0.7], 9),
        ("P", "Primary dx: M53.3 Sacrococcygeal disorders, NEC   Secondary: M47.818 Spondylosis w/o myelopathy or radiculopathy, sacral and sacrococcygeal region"),
        ("P", "Type of approach:  [X] Open   [ ] Minimally invasive / percutaneous"),
        ("P", "Indication (brief): Degenerative sacroiliac joint disease, right, with bridging osteophytes; SI joint dysfunction refractory to conservative care."),
        ("P", "Prior SIJ surgery:  [ ] Yes  [X] No        Trauma / fracture:  [ ] Yes  [X] No        Infection / tumor:  [ ] Yes  [X] No"),
        ("P", "Requested DOS: 02/24/2026        Date submitted: 01/12/2026"),
        ("SP", 10), ("P", "Requesting provider signature: Corwin Lindqvist MD  (signed)"),
    ]}
    n1 = {"font": "Helvetica", "header": "Triangle Orthopaedic Spine Center - Office Visit", "footer": HDR_US + "  |  p. 1/2", "blocks": [
        ("P", "Date of visit: 12/18/2025     Provider: Corwin Lindqvist, MD     Visit: New patient consultation"),
        ("H", "Reason for visit"), ("P", "R buttock / SI joint pain, moved from Leeds UK 08/2025, wants surgical opinion."),
        ("H", "History of present illness"),
        ("P", "Ms. Marsh is a 57 yo woman with ~4 years of right posterior pelvic pain over the SIJ that is deep, aching, worse after walking > 20 min and on rising from a chair. Occasional ache into the R groin, no leg radiation. NRS 6/10 today. She was managed in England by her GP, NHS physiotherapy (2024) and an orthopaedic surgeon in Leeds (Miss Thackeray), who documented advanced degenerative change of the R SI joint and offered fusion before she emigrated. Minimally invasive fusion was discussed there but never performed. No prior SI joint or spine surgery."),
        ("P", "She remembers a fall from a horse in 2003 with pelvic bruising; films at that time showed no fracture and she recovered fully. No recent trauma. No fevers, night sweats or weight loss."),
        ("H", "PMH / PSH"),
        ("P", "Osteoarthritis R SIJ. L5 radiculopathy (L) 2019 - resolved with PT. Septic arthritis R knee 2019, washout, resolved. Hypertension. TAH 2012 (fibroids)."),
        ("H", "Meds"), ("P", "Celecoxib 200 mg daily, acetaminophen 1 g TID, amlodipine 5 mg. (UK: naproxen, paracetamol, tramadol briefly.)"),
        ("H", "FHx / SHx"), ("P", "Father - sacral chordoma, died 2015. Mother - osteoporosis. Ex-smoker (quit 2010, 15 pk-yr). Retired school librarian."),
    ]}
    n2 = {"font": "Helvetica", "header": "Triangle Orthopaedic Spine Center - Office Visit", "footer": HDR_US + "  |  p. 2/2", "blocks": [
        ("H", "Exam"),
        ("P", "BMI 31.8. Antalgic gait. Tender R sacral sulcus. FABER + R, thigh thrust + R, distraction + R, compression equivocal. Hip ROM full, painless. Neuro intact, SLR neg bilat."),
        ("H", "Imaging"),
        ("P", "Reviewed UK reports: CT pelvis 03/2025 and MRI L-spine + SIJs 09/2025 (attached). MRI shows advanced R SIJ degeneration with subchondral sclerosis, cysts and anterior bridging osteophytes; no sacral lesion; L-spine without neural compression."),
        ("H", "Assessment"),
        ("P", "1. Degenerative sacroiliac joint disease, right - symptomatic, failed > 12 mo conservative management.\n2. History of L5 radiculopathy, resolved - current symptoms not radicular.\n3. HTN."),
        ("H", "Plan"),
        ("P", "Given the large anterior bridging osteophytes and sclerotic, cystic joint surfaces, I do not think transiliac implants placed percutaneously would achieve reliable purchase and fusion. Recommend OPEN right SI joint arthrodesis with joint preparation, autograft and plate/screw fixation. Risks, benefits and alternatives discussed at length including nonunion, blood loss, nerve injury, prolonged protected weight-bearing. Patient agrees. Submit for authorization (CPT 27280)."),
        ("SP", 8), ("P", "Corwin Lindqvist, MD  - electronically signed 12/18/2025 16:02"),
    ]}
    gp = {"res": "std", "banner": "FROM:HEADINGLEY GROVE SURG 0113 555 0440  TO:19195550179   03/12/2025 11:06   P.1/3", "blocks": [
        ("T", "Headingley Grove Surgery - Summary Print", 12),
        ("P", "Printed 02/12/2025 by DRJ.  Mrs Gwendolyn Anne MARSH  DOB 02/11/1968  NHS 612 404 9987  (deducted - emigrated 20/08/2025)"),
        ("H", "ACTIVE PROBLEMS"),
        ("TB", [["Date", "Problem"], ["17/01/2022", "Sacroiliac joint pain (R) - OA on imaging"], ["08/2016", "Essential hypertension"]], [1, 4], 10),
        ("H", "PAST PROBLEMS"),
        ("TB", [["Date", "Problem"], ["2003", "Fall from horse - contusion pelvis, XR no fracture"], ["06/2019", "Lumbar radiculopathy L5 - resolved"],
                ["10/2019", "Septic arthritis R knee - washout, IV abx, resolved"], ["2012", "Total abdominal hysterectomy"]], [1, 4], 10),
        ("H", "REPEAT MEDICATION (at deduction)"),
        ("TB", [["Drug", "Directions", "Last issued"], ["Naproxen 500mg tabs", "1 bd with food", "11/08/2025"], ["Paracetamol 500mg tabs", "2 qds prn", "11/08/2025"],
                ["Amlodipine 5mg tabs", "1 od", "11/08/2025"]], [2.5, 2, 1.5], 10),
        ("H", "FAMILY HISTORY"), ("P", "Father: chordoma of sacrum (deceased 2015). Mother: osteoporosis."),
    ]}
    cons = {"res": "std", "serif": True, "banner": "FROM:HEADINGLEY GROVE SURG 0113 555 0440  TO:19195550179   03/12/2025 11:07   P.2/3", "blocks": [
        ("R", "Aire Valley Teaching Hospitals NHS Foundation Trust\nDepartment of Trauma & Orthopaedics - Chapel Allerton Wing"),
        ("P", "Clinic: 30/09/2025 (virtual)   Consultant: Miss Imogen Thackeray FRCS (Tr&Orth)"),
        ("P", "Dear Dr Jagger,   Re: Mrs Gwendolyn MARSH  02/11/1968  NHS 612 404 9987"),
        ("P", "I reviewed the new MRI with this delightful lady by video today; she has now moved to North Carolina. The scan confirms advanced degenerative arthropathy of the right sacroiliac joint with bridging osteophytes anteriorly. There is no marrow oedema pattern to suggest inflammatory or infective sacroiliitis and nothing sinister in the sacrum."),
        ("P", "She continues to have mechanical right sided SIJ pain despite physiotherapy, analgesia and an SIJ injection in 2023. I had previously discussed a minimally invasive fusion, although the osteophyte burden may make an open procedure more appropriate. As she will now be treated in the USA I have discharged her from my clinic and enclosed copies of the reports for her new surgeon."),
        ("P", "Yours sincerely,\nMiss I Thackeray, Consultant Orthopaedic Surgeon"),
    ]}
    phys = {"res": "std", "banner": "FROM:HEADINGLEY GROVE SURG 0113 555 0440  TO:19195550179   03/12/2025 11:08   P.3/3", "blocks": [
        ("T", "Leeds Community MSK Physiotherapy - Discharge Letter", 12),
        ("P", "Patient: Gwendolyn MARSH   DOB 02/11/1968   Discharged: 14/10/2024"),
        ("P", "Seen for 9 sessions 04/06/2024 - 14/10/2024 for R SIJ pain. Treatment: core stability and gluteal strengthening, hydrotherapy x4, graded walking programme, Pilates referral. Did not attend x1. Pain scores 7/10 at start and 6/10 at discharge. Limited progress; discharged to HEP and back to GP for onward orthopaedic review."),
        ("P", "M. Hussain, MSK Physiotherapist"),
    ]}
    mri = {"font": "Helvetica", "header": "Aire Valley Teaching Hospitals NHS FT - Radiology Report", "footer": "Copy: Miss I Thackeray; GP Dr R Jagger.   " + HDR_UK, "blocks": [
        ("TB", [["Name", "MARSH Gwendolyn Anne", "DOB", "02/11/1968"], ["Exam", "MRI Lumbar spine + Sacroiliac joints", "Date", "22/09/2025"], ["Ref", "Miss I Thackeray", "RIS no", "AV2509-33187"]], [1, 2.5, 1, 1.5], 9),
        ("P", "Clinical information: Chronic R SIJ pain. Known degenerative change on CT. ?progression. Exclude sacral insufficiency fracture."),
        ("P", "Technique: Sag T1/T2/STIR lumbar; ax T2 L3-S1; coronal oblique T1/STIR and axial T2 fat sat pelvis."),
        ("P", "Lumbar spine: Alignment normal. L3/4 and L4/5 mild disc desiccation. L5/S1 small central disc protrusion without nerve root compression. No significant canal or foraminal stenosis. Conus normal."),
        ("P", "Sacroiliac joints: Right SIJ - advanced degenerative arthropathy with joint space narrowing, extensive subchondral sclerosis, subchondral cysts on the iliac side (largest 7 mm) and anterior bridging osteophytes. Minor reactive marrow signal change adjacent to the cysts. No erosions. Left SIJ - mild degenerative change. No sacral insufficiency fracture. No marrow-replacing lesion."),
        ("P", "Conclusion: Advanced degenerative arthropathy of the right sacroiliac joint, progressed since CT 11/03/2025. No fracture, no features of inflammatory or infective sacroiliitis. Lumbar spine: no neural compromise."),
        ("P", "Reported by Dr Alastair Greenhalgh, Consultant Musculoskeletal Radiologist, 23/09/2025"),
    ]}
    ct = {"font": "Helvetica", "header": "Aire Valley Teaching Hospitals NHS FT - Radiology Report", "footer": HDR_UK, "blocks": [
        ("TB", [["Name", "MARSH Gwendolyn Anne", "DOB", "02/11/1968"], ["Exam", "CT Pelvis (low dose, SIJ protocol)", "Date", "11/03/2025"], ["Ref", "Miss I Thackeray", "RIS no", "AV2503-08841"]], [1, 2.5, 1, 1.5], 9),
        ("P", "Clinical information: R SIJ pain 3 yrs. Assess SIJ prior to surgical opinion."),
        ("P", "Findings: Right SIJ narrowing with subchondral sclerosis and osteophytes anteriorly, early bridging. Small subchondral cysts. Left SIJ normal for age. No erosions. No fracture. Hip joints preserved. Incidental left ovarian absence consistent with previous hysterectomy."),
        ("P", "Impression: Moderate-to-advanced degenerative change right SIJ."),
        ("P", "Dr P Okwuosa, Consultant Radiologist, 12/03/2025"),
    ]}
    parts = [("text", [cover, form, n1, n2], 0), ("fax", [gp, cons, phys], 21), ("text", [mri, ct], 0)]
    labels = {"procedure": "open", "request_date": "2026-01-12", "determination": "does_not_meet_criteria",
              "criteria": {
                  "open.indication": ("not_met", ["Degenerative sacroiliac joint disease, right, with bridging osteophytes", "SI joint dysfunction refractory to conservative care", "No prior SI joint or spine surgery"]),
                  "open.recent_imaging": ("met", ["Advanced degenerative arthropathy of the right sacroiliac joint", "anterior bridging osteophytes"]),
                  "open.excl.neural_compression": ("met", ["L5/S1 small central disc protrusion without nerve root compression", "Lumbar spine: no neural compromise"]),
              }}
    return {"id": "b9u-02", "form": "single", "files": [("b9u-02.pdf", parts)], "labels": labels}
# ---------------- packet b9u-03: insufficient_documentation, percutaneous ----------------
def packet03():
    HDR_US = "Pt: ASHDALE, Bronwen M   DOB: 08/21/1984   MRN: BRSS-220591"
    HDR_UK = "Mrs Bronwen Mair ASHDALE   DOB 21/08/1984   NHS No. 733 218 6054"
    cover = {"font": "Courier", "blocks": [
        ("T", "BLUE RIDGE SPINE SURGERY", 14),
        ("P", "61 Hendersonville Rd, Bldg B - Asheville NC 28803\nTel 828-555-0114   Fax 828-555-0116", 9),
        ("HR",), ("T", "*** FAX COVER SHEET ***", 14, "C"), ("SP", 6),
        ("P", "TO:      CareSource NC UM Dept\nFAX:     844-555-0193\nFROM:    Dana Whitcomb, PA-C for Tobias Fennimore MD\nDATE:    03/09/2026\nPAGES:   11 (incl cover)\nRE:      PA request - L SI joint fusion (percutaneous) - ASHDALE, B."),
        ("P", "NOTES:   Pt transferred care from Bristol, England. UK records attached as received (some faxed pages light). Hip films to follow once done."),
        ("SP", 16),
        ("S", "This message is intended only for the addressee and may contain information that is privileged, confidential and exempt from disclosure under HIPAA. Unauthorized re-disclosure is prohibited."),
    ]}
    form = {"font": "Helvetica", "header": "CareSource North Carolina  -  Prior Authorization Request Form", "footer": "Page 1 of 1", "blocks": [
        ("T", "Request for Prior Authorization - Outpatient Surgery", 12),
        ("TB", [["1. Member", "Bronwen M. Ashdale"], ["2. DOB", "08/21/1984"], ["3. Member #", "U9046617730"],
                ["4. Ordering physician / NPI", "Tobias Fennimore, MD / 1578210946"], ["5. Servicing facility", "Mission Ridge Ambulatory Surgery, Asheville NC"],
                ["6. CPT code(s)", "27279"], ["7. Description", "Left SI joint fusion, minimally invasive, lateral transiliac implants, fluoroscopic guidance"],
                ["8. ICD-10", "M53.3; M54.50"], ["9. Proposed DOS", "04/14/2026"], ["10. Date of request", "03/09/2026"],
                ["11. Clinical attached", "Y - consult note, outside records, imaging, injection report"]], [2, 5], 9.5),
        ("P", "Urgency: [ ] Expedited  [X] Standard"),
        ("P", "Signature: D. Whitcomb PA-C for T. Fennimore MD     Date: 03/09/2026"),
    ]}
    gpl = {"res": "std", "serif": True, "banner": "FROM: COTHAM VALE SURGERY 0117 555 3380   TO: 18285550116   P. 1/1   13 FEB 2026 16:22", "blocks": [
        ("R", "Cotham Vale Surgery\n4 Cotham Vale, Bristol BS6 6HR\nTel 0117 555 3370"),
        ("P", "09 February 2026"),
        ("P", "Dear Dr Fennimore,"),
        ("P", "RE: Mrs Bronwen Mair ASHDALE, DOB 21/08/1984, NHS No. 733 218 6054"),
        ("P", "Thank you for your email. I am happy to provide a summary of Bronwen's care with us before she moved to Asheville in December."),
        ("P", "She has had left sided sacroiliac pain since late 2024 following a period of heavy lifting while renovating her house. There was a brief spell of right-sided sciatica in pregnancy in 2015 which resolved after delivery. A locum colleague queried fibromyalgia in 2023 but rheumatology felt this was not fibromyalgia and discharged her."),
        ("P", "She had NHS physiotherapy through the Severnside community service from May to November 2025, a left SIJ injection under X-ray at Southmead Park in August 2025 and facet joint injections in April 2025 which did nothing. Naproxen has been on repeat since October 2024, together with paracetamol. She bought a TENS machine herself."),
        ("P", "I have enclosed her summary print. Please do not hesitate to contact me."),
        ("P", "With best wishes,"), ("SP", 8),
        ("P", "Dr Eluned Parry-Bowen\nGP Principal, Cotham Vale Surgery"),
    ]}
    gps = {"font": "Helvetica", "header": "EMIS Web - Summary  |  Cotham Vale Surgery (L81077)  |  Printed 09/02/2026 10:41 by E PARRY-BOWEN", "footer": HDR_UK, "blocks": [
        ("T", "Summary", 12),
        ("P", "Mrs Bronwen Mair ASHDALE   21-Aug-1984 (41y)   Female   NHS No. 733 218 6054   Registration: Deducted 22/12/2025 (emigration)", 9),
        ("H", "Active Problems"),
        ("TB", [["Start", "Problem", "Notes"], ["11/11/2024", "Sacroiliac joint pain - left", "MSK physio / pain clinic"], ["03/2023", "Anxiety", "Self-referred talking therapies"]], [1, 2.5, 3], 9),
        ("H", "Past Problems"),
        ("TB", [["Date", "Problem", "Notes"], ["06/2015", "Sciatica, right (in pregnancy)", "Resolved post partum"], ["03/2024", "?Fibromyalgia", "Rheumatology: not fibromyalgia, discharged"],
                ["2009", "Appendicectomy", ""]], [1, 2.5, 3], 9),
        ("H", "Medication - Repeat"),
        ("TB", [["Drug", "Dose", "Start", "Last issue"], ["Naproxen 250mg tablets", "2 tablets twice daily with food", "22/10/2024", "28/11/2025"],
                ["Lansoprazole 15mg capsules", "1 daily", "22/10/2024", "28/11/2025"], ["Paracetamol 500mg tablets", "2 tablets four times daily if needed", "11/11/2024", "28/11/2025"]], [2.5, 2.5, 1, 1], 9),
        ("H", "Medication - Acute (last 12 months)"),
        ("P", "Diazepam 2mg tablets x 10 - 14/01/2025 - muscle spasm, not repeated.", 9),
        ("H", "Consultations (selected)"),
        ("TB", [["Date", "Entry"], ["11/11/2024", "L low back/buttock pain since Sept after lifting. Pain over L SIJ, no radiation. Neuro normal. Naproxen continued, physio referral."],
                ["14/01/2025", "Flare. Spasm. Short course diazepam. Waiting list physio 12-16 wks."],
                ["20/03/2025", "Pain clinic letter: facet injections booked."],
                ["01/12/2025", "Moving to USA 18/12. Records summary requested."]], [1, 5], 9),
        ("H", "Family history"), ("P", "Mother - rheumatoid arthritis. Maternal aunt - breast cancer.", 9),
    ]}
    files = [("01_request.pdf", [("text", [cover, form], 0)]), ("02_uk_gp.pdf", [("fax", [gpl], 31), ("text", [gps], 0)])]
    ph = {"res": "fine", "banner": "FROM: SEVERNSIDE MSK 01179555120   TO: 18285550116   17 FEB 2026 11:03   P. 1/1", "blocks": [
        ("T", "Severnside Community Musculoskeletal Service"), ("P", "Physiotherapy - End of Episode Summary"),
        ("HR",),
        ("TB", [["Name", "Bronwen ASHDALE", "NHS No", "733 218 6054"], ["DOB", "21/08/1984", "Clinician", "Tom Aldridge MCSP"]], [1, 2, 1, 2], 10),
        ("TB", [["First appointment", "05/05/2025"], ["Last appointment", "14/11/2025"], ["Contacts", "12 attended, 1 DNA (no reason given)"], ["Discharge outcome", "Treatment complete - not improved"]], [2, 3], 10),
        ("P", "Problem: L SIJ pain, mechanical, non-radicular. Aggravated by prolonged standing and single leg loading."),
        ("P", "Intervention: lumbopelvic core stability, progressive glute med / max loading, hip hinge retraining, 6 week Pilates-based rehab class, SIJ belt advice, written HEP (progressed fortnightly). Manual therapy x3."),
        ("P", "Outcome: good adherence and exercise technique; function slightly better but no meaningful change in pain. Discharged to continue HEP; GP to consider onward referral."),
        ("P", "T. Aldridge, Physiotherapist   14/11/2025"),
    ]}
    files.append(("03_physio.pdf", [("fax", [ph], 32)]))
    sij = {"font": "Times", "header": "Avon & Severn University Hospitals NHS Trust - Southmead Park Day Case Unit", "footer": HDR_UK + "   MRN AS4471092", "blocks": [
        ("T", "Pain Management Procedure Note", 12),
        ("P", "Date: 12/08/2025    Operator: Dr Hamish Carrow, Consultant in Anaesthesia & Pain Medicine    Procedure: LEFT sacroiliac joint injection"),
        ("P", "Pre-procedure: consent form 1 signed, allergies nil, not anticoagulated. Baseline pain 7/10 walking."),
        ("P", "Procedure: Prone on radiolucent table. Under image intensifier, the caudal left SIJ was visualised and a 22G spinal needle placed. Intra-articular position confirmed with 1 ml Omnipaque 300 contrast (arthrogram pattern, no vascular spread). Injected 1 ml lidocaine 2% plus 1 ml bupivacaine 0.25% and triamcinolone 40 mg. No complications."),
        ("H", "Post-procedure pain record"),
        ("TB", [["Time", "NRS", "Comment"], ["Baseline", "7", "walking"], ["15 min", "2", ""], ["1 h", "2", "walking on unit"], ["3 h", "3", "at home"], ["4 h", "3", ""], ["6 h", "5", ""], ["Next day", "5", ""]], [1.5, 1, 3], 10),
        ("P", "Comment: 57-71% relief over the first 4 hours, consistent with the local anaesthetic phase. Positive diagnostic response."),
        ("P", "Follow-up: review in pain clinic 8 weeks. Dr H Carrow"),
        ("H", "Addendum - pain clinic review 07/10/2025"),
        ("P", "Steroid component helpful for about six weeks, then pain gradually returned to 7/10. She declines further injections while relocating; will pursue surgical opinion in the US. HC"),
    ]}
    facet = {"font": "Times", "header": "Avon & Severn University Hospitals NHS Trust - Southmead Park Day Case Unit", "footer": HDR_UK + "   MRN AS4471092", "blocks": [
        ("T", "Pain Management Procedure Note", 12),
        ("P", "Date: 03/04/2025    Operator: Dr Hamish Carrow    Procedure: LEFT L4/5 and L5/S1 facet joint injections"),
        ("P", "Indication: L sided low back pain ?facetogenic. Pain 8/10 pre-procedure."),
        ("P", "Technique: Prone. Under image intensifier, 22G needles placed into the left L4/5 and L5/S1 facet joints; contrast confirmed intra-articular flow. 1 ml 0.25% bupivacaine with 20 mg triamcinolone at each level."),
        ("P", "Outcome at 2 week telephone review: no meaningful change in her left buttock pain. Facet joints unlikely to be the main pain generator; consider SIJ injection."),
    ]}
    files.append(("04_procedures.pdf", [("text", [sij, facet], 0)]))
    mri = {"font": "Helvetica", "header": "Avon & Severn University Hospitals NHS Trust - Imaging Department", "footer": HDR_UK, "blocks": [
        ("P", "Patient: ASHDALE, Bronwen Mair   DOB: 21/08/1984   Exam date: 19/06/2025   Ref: Dr H Carrow", 9),
        ("T", "MR LUMBAR SPINE / MR SACROILIAC JOINTS", 11),
        ("P", "History: L buttock pain, failed facet injections. ?SIJ ?disc. Please include SIJs."),
        ("P", "LUMBAR: Five lumbar type vertebrae, normal alignment. Discs L1/2 to L4/5 normal height and signal. L5/S1 mild loss of signal with a small left paracentral annular fissure; the left S1 nerve root is not displaced or compressed. There is no significant canal or foraminal stenosis. Facet joints unremarkable. Conus normal."),
        ("P", "SIJ: Both sacroiliac joints normal in width. Minimal subchondral sclerosis on the iliac side of the left joint, within normal limits for age. No bone marrow oedema, erosion or ankylosis on STIR/T1. No sacral or iliac lesion. No stress fracture."),
        ("P", "OPINION: No neural compression. No imaging evidence of sacroiliitis or destructive SIJ pathology."),
        ("P", "Reported by: Dr Morwenna Tregear, Consultant Radiologist, 20/06/2025"),
    ]}
    xr = {"font": "Helvetica", "header": "Asheville Diagnostic Imaging", "footer": HDR_US + "   Acc 26-ADI-048815", "blocks": [
        ("T", "X-RAY REPORT", 12),
        ("P", "Exam: XR SACROILIAC JOINTS 3 VIEWS (Ferguson/angled AP + bilateral obliques)\nDate: 02/10/2026   Ordering: Tobias Fennimore, MD\nHistory: L SIJ pain"),
        ("P", "Findings: Sacroiliac joints are preserved bilaterally with smooth cortical margins. No erosions, ankylosis, sclerosis beyond age-expected, or widening. No fracture or focal osseous lesion. Hip joints are not included in the field of view."),
        ("P", "Impression: Normal SI joint radiographs."),
        ("P", "Signed: Priya Raghunathan, MD   02/10/2026 15:47"),
    ]}
    files.append(("05_imaging.pdf", [("text", [mri, xr], 0)]))
    n1 = {"font": "Helvetica", "header": "Blue Ridge Spine Surgery - Clinic Note", "footer": HDR_US + "   Page 1 of 2", "blocks": [
        ("P", "DOS: 02/10/2026   Attending: Tobias Fennimore, MD   Scribe: D. Whitcomb PA-C   Visit: New pt"),
        ("H", "CC"), ("P", "Left buttock / SI joint pain"),
        ("H", "HPI"),
        ("P", "41 yo F moved from Bristol, UK 12/2025. L posterior pelvic pain since 09/2024 after heavy lifting (no fall, no fracture). Pain is localized to the left buttock over the posterior SI joint, below L5, and is non-radiating - no leg pain, numbness or tingling. Worse standing > 15 min, stairs, rolling in bed. Was 9/10 last winter; pain today 6/10."),
        ("P", "UK treatment: NHS physio 05/2025-11/2025 (core, glutes, Pilates class, HEP); naproxen 500 mg/day + paracetamol since 10/2024 - now on ibuprofen 600 mg TID + acetaminophen since arriving; TENS unit at home. Injections x2 in UK - one SIJ (08/2025) and L4/5-L5/S1 facets (04/2025)."),
        ("H", "PMH / FHx / SHx"),
        ("P", "Anxiety. Appendectomy 2009. Told ?fibromyalgia 2023 - rheum eval 2024 said no. Mother RA. Nonsmoker. Graphic designer."),
        ("H", "Exam"),
        ("P", "NAD. Gait normal. Point tenderness over the L posterior SIJ just inferior to PSIS. No tenderness at the greater trochanter, lumbar spine, or coccyx. Neuro intact; SLR neg bilat. Hip ROM full, pain-free; FADIR neg."),
        ("TB", [["Provocation test (L)", "Result"], ["Thigh thrust", "Positive"], ["Compression", "Negative"], ["Distraction", "Positive"],
                ["Gaenslen's", "Positive"], ["FABER / Patrick", "Negative (groin stretch only)"]], [3, 3], 9.5),
    ]}
    n2 = {"font": "Helvetica", "header": "Blue Ridge Spine Surgery - Clinic Note", "footer": HDR_US + "   Page 2 of 2", "blocks": [
        ("H", "Data reviewed"),
        ("P", "UK MRI L-spine/SIJ 06/19/2025 report: no neural compression, no sacroiliitis. SIJ x-rays today: normal. No hip films available."),
        ("H", "Assessment"),
        ("P", "Left SI joint dysfunction, chronic, mechanical. Positive thigh thrust, distraction and Gaenslen's on the left; compression and FABER negative. One fluoroscopic SIJ block with ~70% relief during anesthetic phase. No inflammatory disease, no red flags."),
        ("H", "Plan"),
        ("P", "1. Order XR left hip AP/lateral - not yet done; pt to schedule.\n2. Confirmatory second diagnostic L SIJ injection with Dr. Amanda Keel (pain) - referral placed.\n3. Patient wishes to begin authorization process for L minimally invasive SIJ fusion (27279) in parallel; will forward additional results when available.\n4. Continue HEP, ibuprofen, acetaminophen."),
        ("SP", 8), ("P", "Tobias Fennimore, MD - signed 02/11/2026 08:10"),
    ]}
    files.append(("06_surgeon_note.pdf", [("text", [n1, n2], 0)]))
    labels = {"procedure": "percutaneous", "request_date": "2026-03-09", "determination": "insufficient_documentation",
              "criteria": {
                  "perc.pain_location": ("met", ["localized to the left buttock over the posterior SI joint, below L5", "non-radiating - no leg pain"]),
                  "perc.pain_severity": ("met", ["pain today 6/10"]),
                  "perc.sij_tenderness": ("met", ["Point tenderness over the L posterior SIJ", "No tenderness at the greater trochanter, lumbar spine, or coccyx"]),
                  "perc.active_conservative_therapy": ("met", ["First appointment 05/05/2025", "Last appointment 14/11/2025", "lumbopelvic core stability, progressive glute med / max loading"]),
                  "perc.inactive_conservative_therapy": ("met", ["Naproxen 250mg tablets 2 tablets twice daily with food", "now on ibuprofen 600 mg TID + acetaminophen"]),
                  "perc.thigh_thrust_or_compression": ("met", ["Positive thigh thrust, distraction and Gaenslen's on the left"]),
                  "perc.two_provocative_tests": ("met", ["Positive thigh thrust, distraction and Gaenslen's on the left"]),
                  "perc.diagnostic_injections": ("insufficient", []),
                  "perc.generalized_pain_excluded": ("met", ["Rheumatology: not fibromyalgia, discharged"]),
                  "perc.sij_imaging": ("met", ["No imaging evidence of sacroiliitis or destructive SIJ pathology", "Normal SI joint radiographs"]),
                  "perc.hip_imaging": ("insufficient", []),
                  "perc.lumbar_imaging": ("met", ["There is no significant canal or foraminal stenosis", "the left S1 nerve root is not displaced or compressed"]),
                  "perc.therapeutic_injections": ("insufficient", []),
                  "perc.excl.systemic_arthropathy": ("met", ["No inflammatory disease, no red flags"]),
                  "perc.excl.infection_tumor_fracture": ("met", ["No sacral or iliac lesion. No stress fracture."]),
                  "perc.excl.acute_instability": ("met", ["no fall, no fracture"]),
                  "perc.excl.neural_compression": ("met", ["OPINION: No neural compression."]),
              }}
    return {"id": "b9u-03", "form": "folder", "packet_json": None, "files": files, "labels": labels}
# ---------------- build + self-check ----------------
import json, os, shutil, sys
import pdfplumber

OUT = os.path.dirname(os.path.abspath(__file__))
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

def determination(statuses):
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    return "insufficient_documentation"

def build(pk):
    problems = []
    pid = pk["id"]
    page_texts = []   # (file, page_no, kind, text)
    written = []
    if pk["form"] == "folder":
        d = os.path.join(OUT, pid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    else:
        d = OUT
    for fname, parts in pk["files"]:
        data, recs = assemble(parts)
        path = os.path.join(d, fname)
        with open(path, "wb") as f:
            f.write(data)
        written.append(path)
        with pdfplumber.open(path) as pdf:
            for i, (page, (kind, ftxt)) in enumerate(zip(pdf.pages, recs)):
                layer = page.extract_text() or ""
                w, h = float(page.width), float(page.height)
                if abs(w - 612) > 1 or abs(h - 792) > 1:
                    problems.append("%s p%d not US Letter (%.1fx%.1f)" % (fname, i + 1, w, h))
                if kind.startswith("fax"):
                    if layer.strip() or page.chars:
                        problems.append("%s p%d fax page has a text layer" % (fname, i + 1))
                    page_texts.append((fname, i + 1, kind, ftxt))
                else:
                    if not layer.strip():
                        problems.append("%s p%d text page has no text" % (fname, i + 1))
                    if any(c["x1"] > w - 20 or c["bottom"] > h - 10 or c["x0"] < 20 for c in page.chars):
                        problems.append("%s p%d text outside page margins" % (fname, i + 1))
                    page_texts.append((fname, i + 1, kind, layer))
    # fax encoding check
    from pypdf import PdfReader
    fax_info = []
    for path in written:
        r = PdfReader(path)
        for i, p in enumerate(r.pages):
            xo = p["/Resources"].get("/XObject") if "/Resources" in p else None
            if not xo:
                continue
            for k in xo:
                im = xo[k].get_object()
                flt = im.get("/Filter")
                bpc = im.get("/BitsPerComponent")
                wpx, hpx = im.get("/Width"), im.get("/Height")
                if (flt if isinstance(flt, str) else (list(flt)[0] if flt else None)) != "/CCITTFaxDecode" or bpc != 1:
                    problems.append("%s p%d image not 1-bit CCITT (%s,%s)" % (path, i + 1, flt, bpc))
                dpix = round(wpx / 8.5)
                dpiy = round(hpx / 11)
                fax_info.append("%s p%d %dx%d px -> %dx%d dpi %s" % (os.path.basename(path), i + 1, wpx, hpx, dpix, dpiy, flt))
    npages = len(page_texts)
    if not (4 <= npages <= 20):
        problems.append("page count %d out of range" % npages)
    lab = pk["labels"]
    crit = lab["criteria"]
    want = PERC if lab["procedure"] == "percutaneous" else OPEN
    if set(crit) != set(want) or len(crit) != len(want):
        problems.append("criteria set mismatch: %s" % (set(crit) ^ set(want)))
    det = determination([v[0] for v in crit.values()])
    if det != lab["determination"]:
        problems.append("determination %s != computed %s" % (lab["determination"], det))
    alltext = [(f, p, k, norm(t)) for f, p, k, t in page_texts]
    hits = []
    for cid in want:
        st, ev = crit[cid]
        if st not in ("met", "not_met", "insufficient"):
            problems.append("%s bad status" % cid)
        if st == "insufficient" and ev:
            problems.append("%s insufficient with evidence" % cid)
        if st in ("met", "not_met") and not (1 <= len(ev) <= 3):
            problems.append("%s needs 1-3 snippets" % cid)
        for sn in ev:
            nw = len(sn.split())
            if not (3 <= nw <= 12):
                problems.append("%s snippet word count %d: %r" % (cid, nw, sn))
            locs = [(f, p, k) for f, p, k, t in alltext if norm(sn) in t]
            if not locs:
                problems.append("%s snippet NOT FOUND: %r" % (cid, sn))
            else:
                hits.append("  %-36s %-8s %r -> %s p%d (%s)" % (cid, st, sn, locs[0][0], locs[0][1], locs[0][2]))
    # write labels / packet.json
    labels_out = {"procedure": lab["procedure"], "request_date": lab["request_date"], "determination": lab["determination"],
                  "criteria": {cid: {"status": crit[cid][0], "evidence": list(crit[cid][1])} for cid in want}}
    if pk["form"] == "folder":
        lp = os.path.join(d, "labels.json")
        if pk.get("packet_json"):
            with open(os.path.join(d, "packet.json"), "w") as f:
                json.dump(pk["packet_json"], f, indent=2)
    else:
        lp = os.path.join(OUT, pid + ".labels.json")
    with open(lp, "w") as f:
        json.dump(labels_out, f, indent=2)
    faxp = [(f, p, k) for f, p, k, t in page_texts if k.startswith("fax")]
    return problems, npages, faxp, hits, fax_info

def main():
    allprob = []
    for fn in (packet01, packet02, packet03):
        pk = fn()
        probs, n, faxp, hits, fax_info = build(pk)
        print("== %s  form=%s  pages=%d  files=%d  procedure=%s  determination=%s" % (
            pk["id"], pk["form"] + ("+packet.json" if pk.get("packet_json") else ""), n, len(pk["files"]),
            pk["labels"]["procedure"], pk["labels"]["determination"]))
        print("  faxed pages: " + ", ".join("%s p%d %s" % x for x in faxp))
        for fi in fax_info:
            print("   img: " + fi)
        for h in hits:
            print(h)
        for p in probs:
            print("  PROBLEM: " + p)
        allprob += probs
    print("SELF-CHECK:", "PASS" if not allprob else "FAIL (%d problems)" % len(allprob))
    return 1 if allprob else 0

if __name__ == "__main__":
    sys.exit(main())
