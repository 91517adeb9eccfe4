#!/usr/bin/env python3
"""Deterministic generator + self-check for blind packets b6p-01..03 (writer P, set v6).

Run:  .venv/bin/python make_packets.py
Writes packets beside this script and prints a self-check report.
"""
import datetime
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys

import img2pdf
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

# ----------------------------------------------------------------------------
# Text (born-digital) documents rendered with fpdf2 core fonts
# ----------------------------------------------------------------------------


class TextDoc(FPDF):
    def __init__(self, header_lines, patient_line, footer_left, font="Helvetica"):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.header_lines = header_lines
        self.patient_line = patient_line
        self.footer_left = footer_left
        self.base = font
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_creator("EHR print service")
        self.set_producer("EHR print service")
        self.set_creation_date(datetime.datetime(2026, 2, 10, 9, 0, 0, tzinfo=datetime.timezone.utc))

    def header(self):
        if not self.header_lines:
            return
        self.set_font(self.base, "B", 12)
        self.cell(0, 6, self.header_lines[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(self.base, "", 8.5)
        for ln in self.header_lines[1:]:
            self.cell(0, 4, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.patient_line:
            self.set_font(self.base, "B", 8.5)
            self.cell(0, 5, self.patient_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = self.get_y() + 1
        self.line(18, y, 197.9, y)
        self.set_y(y + 3)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.base, "", 7.5)
        self.cell(120, 4, self.footer_left, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def render_text_doc(spec):
    pdf = TextDoc(spec.get("header", []), spec.get("patient", ""), spec.get("footer", ""),
                  spec.get("font", "Helvetica"))
    base = pdf.base
    fs = spec.get("size", 9.5)
    lh = fs * 0.5
    pdf.add_page()
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind == "title":
            pdf.set_font(base, "B", fs + 3)
            pdf.multi_cell(0, lh + 2, blk[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "h":
            pdf.ln(1.2)
            pdf.set_font(base, "B", fs + 0.5)
            pdf.multi_cell(0, lh + 0.5, blk[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font(base, "", fs)
            pdf.multi_cell(0, lh, blk[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.2)
        elif kind == "i":
            pdf.set_font(base, "I", fs - 0.5)
            pdf.multi_cell(0, lh, blk[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.2)
        elif kind == "mono":
            pdf.set_font("Courier", "", fs - 0.5)
            for ln in blk[1].split("\n"):
                pdf.cell(0, lh, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "kv":
            w = blk[2] if len(blk) > 2 else 42
            for k, v in blk[1]:
                pdf.set_font(base, "B", fs)
                x0 = pdf.get_x()
                pdf.cell(w, lh, k, new_x=XPos.RIGHT, new_y=YPos.TOP)
                pdf.set_font(base, "", fs)
                pdf.multi_cell(0, lh, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "table":
            widths, head, rows = blk[1], blk[2], blk[3]
            pdf.set_font(base, "", fs - 0.5)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=lh,
                           first_row_as_headings=bool(head)) as t:
                if head:
                    r = t.row()
                    for c in head:
                        r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        elif kind == "sp":
            pdf.ln(blk[1])
        elif kind == "pb":
            pdf.add_page()
        elif kind == "small":
            pdf.set_font(base, "", fs - 2)
            pdf.multi_cell(0, lh - 0.8, blk[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------
# Faxed documents: rasterised, bilevel, CCITT G4, skewed, specks, banner
# ----------------------------------------------------------------------------

FAX_W_IN, FAX_H_IN = 8.5, 11.0
XDPI = 204


def _font(name, pt, ydpi=196):
    return ImageFont.truetype(FONTDIR + name, int(round(pt / 72 * ydpi)))


def _wrap(draw, text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout_fax(spec):
    """Lay out blocks into pages at 204x196 working resolution.
    Returns list of pages; each page = list of (x, y, text, fontkey)."""
    pt = spec.get("pt", 11)
    W = int(FAX_W_IN * XDPI)
    H = int(FAX_H_IN * 196)
    fonts = {
        "r": _font(spec.get("face", "DejaVuSerif.ttf"), pt),
        "b": _font(spec.get("bface", "DejaVuSerif-Bold.ttf"), pt),
        "t": _font(spec.get("bface", "DejaVuSerif-Bold.ttf"), pt + 3),
        "m": _font("DejaVuSansMono.ttf", pt - 0.5),
    }
    scratch = ImageDraw.Draw(Image.new("L", (10, 10)))
    left, right = int(0.8 * XDPI), W - int(0.75 * XDPI)
    top0, bottom = int(0.75 * 196), H - int(0.7 * 196)
    lh = int(pt / 72 * 196 * 1.32)
    pages, cur = [], []
    y = top0
    head = spec.get("page_head")

    def newpage():
        nonlocal cur, y
        if cur:
            pages.append(cur)
        cur = []
        y = top0
        if head:
            for hl in head:
                cur.append((left, y, hl, "b"))
                y += lh
            y += lh // 2

    newpage()

    def put(text, fk, x=left):
        nonlocal y
        if y + lh > bottom:
            newpage()
        cur.append((x, y, text, fk))
        y += lh

    for blk in spec["blocks"]:
        k = blk[0]
        if k == "title":
            for ln in _wrap(scratch, blk[1], fonts["t"], right - left):
                tw = scratch.textlength(ln, font=fonts["t"])
                put(ln, "t", x=int((left + right - tw) / 2))
            y += lh // 3
        elif k == "h":
            y += lh // 4
            for ln in _wrap(scratch, blk[1], fonts["b"], right - left):
                put(ln, "b")
        elif k == "p":
            for ln in _wrap(scratch, blk[1], fonts["r"], right - left):
                put(ln, "r")
            y += lh // 3
        elif k == "mono":
            for ln in blk[1].split("\n"):
                put(ln, "m")
            y += lh // 3
        elif k == "kv":
            kw = blk[2] if len(blk) > 2 else 330
            for kk, vv in blk[1]:
                vl = _wrap(scratch, vv, fonts["r"], right - left - kw)
                if y + lh > bottom:
                    newpage()
                cur.append((left, y, kk, "b"))
                for i, ln in enumerate(vl):
                    put(ln, "r", x=left + kw)
            y += lh // 3
        elif k == "sp":
            y += int(lh * blk[1])
        elif k == "pb":
            newpage()
        else:
            raise ValueError(k)
    if cur:
        pages.append(cur)
    return pages, fonts


def raster_fax_pages(spec, seed):
    pages, fonts = layout_fax(spec)
    rnd = random.Random(seed)
    mode = spec.get("mode", "fine")  # fine 204x196, standard 204x98
    W = int(FAX_W_IN * XDPI)
    H = int(FAX_H_IN * 196)
    n = len(pages)
    start = spec.get("fax_page_start", 1)
    total = spec.get("fax_total", n + start - 1)
    out_pdfs, texts = [], []
    bfont = _font("DejaVuSansMono.ttf", 8.5)
    for i, items in enumerate(pages):
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        banner = spec["banner"].format(p=start + i, n=total)
        d.text((int(0.3 * XDPI), int(0.18 * 196)), banner, font=bfont, fill=0)
        lines_txt = [banner]
        for (x, y, t, fk) in items:
            d.text((x, y), t, font=fonts[fk], fill=rnd.choice([0, 0, 10, 25]))
            lines_txt.append(t)
        # skew 0.3 - 1.5 deg, either direction
        ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        # specks
        for _ in range(rnd.randint(250, 600)):
            x, y = rnd.randrange(W), rnd.randrange(H)
            r = rnd.choice([1, 1, 1, 2, 2, 3])
            for dx in range(r):
                for dy in range(r):
                    if x + dx < W and y + dy < H:
                        px[x + dx, y + dy] = 0
        # dropouts (thin white scan lines) and a vertical streak
        for _ in range(rnd.randint(3, 7)):
            yy = rnd.randrange(int(0.5 * 196), H - 40)
            x0 = rnd.randrange(0, W // 2)
            x1 = min(W, x0 + rnd.randrange(W // 4, W))
            for x in range(x0, x1):
                px[x, yy] = 255
        sx = rnd.randrange(W // 5, W - W // 5)
        for y in range(0, H, 3):
            if rnd.random() < 0.5:
                px[sx, y] = 0
        bw = img.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
        ydpi = 196
        if mode == "standard":
            bw = bw.convert("L").resize((W, H // 2), Image.BOX)
            bw = bw.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE)
            ydpi = 98
        buf = io.BytesIO()
        bw.save(buf, format="TIFF", compression="group4", dpi=(XDPI, ydpi))
        pdfb = img2pdf.convert(buf.getvalue(), nodate=True)
        out_pdfs.append(pdfb)
        texts.append("\n".join(lines_txt))
    return out_pdfs, texts


# ----------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------


def build_doc(spec, seed):
    """Return list of (pdf_bytes_of_one_or_more_pages, kind, fax_texts or None)."""
    if spec["kind"] == "text":
        return [(render_text_doc(spec), "text", None)]
    pdfs, texts = raster_fax_pages(spec, seed)
    return [(p, "fax", [t]) for p, t in zip(pdfs, texts)]


def write_pdf(parts, path):
    w = PdfWriter()
    pagekinds = []
    for pdfb, kind, ftexts in parts:
        r = PdfReader(io.BytesIO(pdfb))
        for j, pg in enumerate(r.pages):
            w.add_page(pg)
            pagekinds.append((kind, ftexts[j] if ftexts else None))
    w.add_metadata({"/Producer": "RightFax/EHR merge", "/Title": os.path.basename(path)})
    fid = hashlib.md5(path.encode()).digest()
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject
    w._ID = ArrayObject([ByteStringObject(fid), ByteStringObject(fid)])
    with open(path, "wb") as f:
        w.write(f)
    return pagekinds


# ============================================================================
# PACKET b6p-01  -- open revision SIJ fusion, meets criteria (folder + packet.json)
# ============================================================================

def packet1():
    pt_line = "Patient: VAUTRIN, DELPHINE R.   DOB: 04/19/1967   MRN: PCO-0071842   Ins: CareSource NC Marketplace  ID: CSN884122719"
    pco = ["PIEDMONT CRESCENT ORTHOPAEDIC & SPINE, PLLC",
           "4410 Six Forks Rd, Suite 210, Raleigh, NC 27609   Tel 919-555-0188   Fax 919-555-0189",
           "Marcus T. Ilves, MD  |  Sheila K. Obaseki, PA-C  |  Practice NPI 1437719920"]
    files = []

    cover = {"kind": "text", "header": [], "patient": "", "footer": "PCOS fax cover rev 03/2024", "size": 10,
             "blocks": [
        ("title", "PIEDMONT CRESCENT ORTHOPAEDIC & SPINE\nFAX TRANSMITTAL"),
        ("kv", [("Date:", "02/10/2026   14:22"),
                ("To:", "CareSource North Carolina - Utilization Management / Prior Authorization"),
                ("Fax:", "1-844-555-0134"),
                ("From:", "Brenda Castellanos, Surgical Coordinator (for Dr. Marcus T. Ilves)"),
                ("Phone / Fax:", "919-555-0188 x214  /  919-555-0189"),
                ("Re:", "PRE-CERTIFICATION - elective inpatient surgery, member VAUTRIN, DELPHINE R."),
                ("Pages:", "10 total incl. this cover (sent as 8 attachments)")], 38),
        ("h", "Message"),
        ("p", "Please find attached request for pre-certification of OPEN REVISION LEFT SI JOINT ARTHRODESIS (CPT 27280) "
              "with hardware removal and iliac crest autograft. Tentative OR date 03/19/2026 at Wake Pines Medical Center, "
              "inpatient, 2 day LOS anticipated. Clinicals enclosed: surgical scheduling sheet, office consult 01/27/2026, "
              "CT pelvis and MRI L-spine reports 12/18/2025, ED record 11/22/2025, prior operative report, outpatient PT "
              "discharge summary, patient intake. Please call with reference # or if a peer to peer is needed."),
        ("sp", 4),
        ("small", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
                  "confidential under HIPAA (45 CFR Parts 160 and 164). It is intended only for the use of the recipient named "
                  "above. If you have received this transmission in error, please notify the sender by telephone immediately "
                  "and destroy all copies. Redisclosure without authorization is prohibited."),
        ("pb",),
        ("title", "SURGICAL SCHEDULING / PRE-CERTIFICATION SHEET"),
        ("kv", [("Surgeon:", "Marcus T. Ilves, MD   NPI 1588203341"),
                ("Patient:", "Delphine R. Vautrin   DOB 04/19/1967   F   Ph 919-555-7720"),
                ("Insurance:", "CareSource NC Marketplace (Silver 94)   Member ID CSN884122719   Group: IND"),
                ("Request date:", "02/10/2026"),
                ("Facility:", "Wake Pines Medical Center - Main OR   [X] Inpatient   [ ] Outpatient   [ ] 23-hr obs"),
                ("Surgery date:", "03/19/2026 (tentative, 2nd case)   Est. time 180 min   Anesthesia: GETA"),
                ], 34),
        ("table", (22, 110, 38), ("CPT", "Description", "Side/Units"), [
            ("27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft, incl instrumentation when performed", "LEFT / 1"),
            ("20680", "Removal of implant; deep (e.g., buried wire, pin, screw, rod)", "LEFT / 1"),
            ("20937", "Autograft for spine surgery only (morselized, separate incision) - iliac crest", "RIGHT / 1"),
        ]),
        ("table", (22, 148), ("ICD-10", "Diagnosis"), [
            ("M96.0", "Pseudarthrosis after fusion or arthrodesis (left SI joint, s/p percutaneous fusion 08/2024)"),
            ("T84.498A", "Other mechanical complication of internal orthopedic device - loosening of SIJ implants, initial"),
            ("M53.3", "Sacrococcygeal disorders, not elsewhere classified"),
        ]),
        ("kv", [("Procedure type:", "[X] Open   [ ] Percutaneous / MIS   [ ] Revision only    -> open revision w/ HWR"),
                ("Implants / vendor:", "SI-LOK revision set + 6.5 mm cannulated screws, plate (rep notified 02/09)"),
                ("Assist:", "[X] PA-C Obaseki     Blood: T&S     Cell saver: no"),
                ("Pre-op:", "H&P, CBC, BMP, PT/INR, EKG (age > 50), A1c - PCP clearance requested 02/09/2026"),
                ("Auth status:", "Submitted 02/10/2026 via fax - ref # __________  (BC)")], 40),
        ("p", "Coordinator notes: pt aware of 3-4 wk toe-touch WB postop, walker at home already. Pt asks if her sister can "
              "stay overnight - told her to ask the floor."),
    ]}
    files.append(("01_fax_cover_and_precert_sheet.pdf", [cover]))

    consult = {"kind": "text", "header": pco, "patient": pt_line,
               "footer": "Ilves, M. - Office Visit 01/27/2026 - electronically signed", "size": 9.5, "blocks": [
        ("h", "OFFICE CONSULTATION - NEW PROBLEM / SURGICAL DISCUSSION"),
        ("kv", [("Date of service:", "01/27/2026"), ("Provider:", "Marcus T. Ilves, MD (Orthopaedic Spine)"),
                ("Referring:", "Alana Whitcomb, MD (PCP, Oak Leaf Family Medicine)"),
                ("Scribe:", "Kayla Brandt")], 34),
        ("i", "I, Kayla Brandt, am scribing for, and in the presence of, Dr. Marcus Ilves for today's visit."),
        ("h", "CHIEF COMPLAINT"),
        ("p", "\"My left SI fusion never took.\" Persistent L buttock / SI pain s/p percutaneous fusion."),
        ("h", "HISTORY OF PRESENT ILLNESS"),
        ("p", "Ms. Vautrin is a 58 y.o. female retired school bus dispatcher referred by Dr. Whitcomb for evaluation of recurrent "
              "left sacroiliac joint pain. She underwent a left percutaneous SI joint fusion with three triangular titanium "
              "implants on 08/14/2024 by Dr. Perrault at Sandhills Regional Surgical Center for left SIJ dysfunction. "
              "She reports about four months of good relief after that procedure and then gradual return of the same deep "
              "left buttock pain starting around 12/2024-01/2025, now worse than before surgery. Dr. Perrault has since retired "
              "and she transferred care to us."),
        ("p", "Pain is located over the L PSIS and just below it, 'right where the scar is'. Worse with rolling in bed, getting "
              "out of the car, stairs, and standing on the L leg to put pants on. She feels a 'clunk' in the L buttock some days. "
              "Denies pain down the leg. Denies numbness or tingling. Denies bowel/bladder changes. Pain 7/10 today, 9/10 at worst. "
              "She went to the Wake Pines ED 11/22/2025 when her pain spiked after stepping out of her truck; x-ray there "
              "raised concern for loosening and CT was obtained 12/18/2025."),
        ("p", "Tried: outpatient PT at Wake Pines (05/2025-07/2025, discharged at plateau), HEP, SI belt, meloxicam 15 mg daily "
              "(on since 2025, GI upset at times), tramadol prn from PCP, heat. One fluoro-guided L SIJ injection at Carolina "
              "Interventional 06/2025 gave about a week of relief."),
        ("h", "PAST MEDICAL HISTORY"),
        ("p", "HTN. Hypothyroidism. Osteopenia (DEXA 2023, T -1.6). R knee OA. Obesity class I. No hx DVT/PE. "
              "No inflammatory arthritis. Remote L S1 radiculopathy 2019 - resolved after surgery (below)."),
        ("h", "PAST SURGICAL HISTORY"),
        ("p", "L5-S1 L microdiscectomy 2019 (Dr. Huang) - leg pain resolved fully. L percutaneous SIJ fusion 08/14/2024. "
              "Hysterectomy 2009. Cholecystectomy 2016."),
        ("h", "MEDICATIONS"),
        ("p", "Meloxicam 15 mg daily; tramadol 50 mg q8h prn (avg 1/day); lisinopril 20 mg; levothyroxine 88 mcg; "
              "calcium/vit D. ALLERGIES: codeine (nausea), adhesive tape (rash)."),
        ("h", "SOCIAL / FAMILY HISTORY"),
        ("p", "Never smoker. Rare wine. Lives with husband, 2-story home. FHx: mother with rheumatoid arthritis; father "
              "deceased, colon CA. Sister with lupus."),
        ("h", "REVIEW OF SYSTEMS"),
        ("p", "Constitutional: no fevers, chills, night sweats or weight loss. GU: neg. Neuro: no saddle anesthesia, no "
              "weakness. MSK: as per HPI, plus R knee pain with stairs. Skin: healed L lateral buttock incision. All other "
              "systems reviewed and negative."),
        ("h", "PHYSICAL EXAMINATION"),
        ("p", "BP 138/84, HR 76, Ht 5'4\", Wt 196 lb, BMI 33.6. Pleasant, NAD. Antalgic gait favoring the L, uses a cane "
              "outdoors. Healed 3 cm incision L lateral buttock, no erythema, no drainage, nontender to light touch."),
        ("p", "Lumbar: well-healed midline scar. Lumbar flexion to knees with buttock pain, extension mildly limited. No "
              "midline tenderness. Exquisite tenderness at the L sacral sulcus / inferior PSIS. R SIJ nontender. No greater "
              "trochanteric tenderness bilaterally."),
        ("p", "Provocation (L): thigh thrust positive, compression positive, distraction positive, FABER positive for "
              "posterior pain (groin free), Gaenslen positive. 5/5 provocative. Hip IR/ER full and painless bilat. "
              "Neuro: strength 5/5 BLE all groups, SILT L2-S1, DTR 2+ symmetric (L Achilles 1+, unchanged since 2019), "
              "SLR negative bilaterally, no clonus."),
        ("h", "IMAGING REVIEWED (images and reports personally reviewed today)"),
        ("p", "CT pelvis w/o contrast 12/18/2025 (Triangle Crest Imaging): lucent halo around all three L SIJ implants, no "
              "bridging bone across the L SIJ, implants backed out ~2-3 mm compared with 03/2025 films. No fracture."),
        ("p", "MRI L-spine w/o 12/18/2025 (Raleigh Open MRI): postop L5-S1 without recurrent herniation; no stenosis; no "
              "nerve root compression. Reviewed with pt."),
        ("p", "XR pelvis 03/05/2025 (outside): implants in place, read as no lucency at that time."),
        ("h", "ASSESSMENT"),
        ("p", "1. Failed prior percutaneous left SI joint fusion - symptomatic nonunion with implant loosening (M96.0, T84.498A). "
              "CT demonstrates periprosthetic lucency without fusion 16 months postop. Symptoms and exam localize to the L SIJ."),
        ("p", "2. Lumbar spine: prior L5-S1 microdiscectomy with full resolution of leg symptoms; current MRI without "
              "compression, no radicular signs - not felt to be contributing. 3. R knee OA - separate issue, followed by PCP."),
        ("h", "PLAN"),
        ("p", "We discussed continued nonoperative care vs revision. Given loosened hardware and nonunion, I recommend open "
              "revision L SIJ arthrodesis: removal of loose implants, open joint preparation/decortication, R iliac crest "
              "autograft, and fixation with screws +/- plate (CPT 27280, 20680, 20937). Risks reviewed incl infection, bleeding, "
              "nerve injury (L5/superior gluteal), nonunion, persistent pain, DVT, need for further surgery. Postop toe-touch "
              "WB x 3-4 weeks with walker. She wishes to proceed."),
        ("p", "- Pre-cert to CareSource; PCP medical clearance; ESR/CRP and CBC preop to screen for low-grade infection "
              "(if elevated will add aspiration - not suspected clinically). - Continue meloxicam until 7 days preop. "
              "- RTC for preop visit 2 weeks before surgery."),
        ("i", "Scribe attestation: Kayla Brandt, acting as scribe for Marcus T. Ilves, MD, 01/27/2026 10:48."),
        ("i", "Provider attestation: I, Marcus T. Ilves, MD, personally performed the services described in this documentation, "
              "as scribed by Kayla Brandt in my presence, and it is both accurate and complete. "
              "Electronically signed 01/27/2026 17:05."),
    ]}
    files.append(("02_office_consult_Ilves_2026-01-27.pdf", [consult]))

    ct = {"kind": "fax", "mode": "fine", "pt": 11,
          "banner": "FROM: TRIANGLE CREST IMAGING 919-555-0143   TO: PIEDMONT CRESCENT ORTHO 9195550189   12/19/2025 08:12   P. {p}/{n}",
          "fax_page_start": 2, "fax_total": 2,
          "page_head": ["TRIANGLE CREST IMAGING - 2100 Blue Ridge Rd, Raleigh NC - Diagnostic Radiology"],
          "blocks": [
        ("kv", [("PATIENT:", "VAUTRIN, DELPHINE R"), ("DOB:", "04/19/1967   SEX: F"), ("MRN:", "TCI-5530981"),
                ("ACCESSION:", "CT25-1218-0447"), ("EXAM DATE:", "12/18/2025 13:40"),
                ("ORDERING:", "ALANA WHITCOMB MD"), ("CC:", "MARCUS ILVES MD")], 330),
        ("h", "EXAM: CT PELVIS WITHOUT CONTRAST (SACROILIAC JOINTS), WITH MULTIPLANAR REFORMATS"),
        ("p", "CLINICAL HISTORY: Left buttock pain, s/p left SI joint fusion 08/2024. ED x-ray 11/22/2025 with possible "
              "lucency. Evaluate for loosening or nonunion."),
        ("p", "TECHNIQUE: Axial images of the pelvis from the iliac crests through the ischial tuberosities. Coronal and "
              "sagittal reformats. Metal artifact reduction applied. Dose: DLP 612 mGy-cm."),
        ("p", "COMPARISON: Pelvis radiographs 03/05/2025 and 11/22/2025."),
        ("h", "FINDINGS:"),
        ("p", "LEFT SACROILIAC JOINT: Three triangular transiliac implants traverse the left SI joint. There is periprosthetic "
              "lucency measuring up to 3 mm surrounding all three implants, most pronounced along the iliac segments, with "
              "thin sclerotic margins. The superior implant is backed out approximately 3 mm relative to the iliac cortex "
              "compared to 03/05/2025. No osseous bridging is seen across the left SI joint. Joint space remains visible "
              "with vacuum phenomenon."),
        ("p", "RIGHT SACROILIAC JOINT: Mild subchondral sclerosis of the iliac side and small anterior osteophyte. No erosions."),
        ("p", "BONES: Diffuse osteopenia. No acute fracture. No lytic or blastic lesion. Pubic symphysis unremarkable."),
        ("p", "HIPS: Mild bilateral hip joint space narrowing, symmetric."),
        ("p", "SOFT TISSUES: No fluid collection about the left SI joint or along the implant tracts. Sigmoid diverticulosis "
              "without inflammatory change. Surgical clips in the right upper quadrant partially imaged."),
        ("h", "IMPRESSION:"),
        ("p", "1. Loosening of left SI joint implants with periprosthetic lucency surrounding all three implants and 3 mm "
              "backout of the superior implant. No bridging bone across the left SI joint - findings consistent with nonunion "
              "/ failed arthrodesis."),
        ("p", "2. No fracture. No periprosthetic fluid collection to suggest infection, although low-grade infection cannot be "
              "excluded by CT; correlate with inflammatory markers as clinically indicated."),
        ("p", "3. Mild degenerative change of the right SI joint and both hips."),
        ("sp", 1),
        ("p", "Dictated by: Priya Ramanathan, MD, Radiologist      Signed electronically 12/18/2025 16:55"),
        ("p", "*** FINAL REPORT ***"),
    ]}
    files.append(("03_CT_pelvis_2025-12-18_faxed.pdf", [ct]))

    mri = {"kind": "fax", "mode": "standard", "pt": 12, "face": "DejaVuSans.ttf", "bface": "DejaVuSans-Bold.ttf",
           "banner": "FROM:RALEIGH OPEN MRI   TO:9195550189   DEC-22-2025 MON 03:47 PM   #7731  P.{p}/{n}",
           "blocks": [
        ("title", "RALEIGH OPEN MRI & DIAGNOSTICS"),
        ("p", "5910 Capital Blvd Raleigh NC 27616   ph 919-555-0160   ACR accredited"),
        ("kv", [("Patient:", "Vautrin, Delphine"), ("DOB:", "04/19/1967"), ("Exam:", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
                ("Date of exam:", "12/18/2025"), ("Referring:", "Whitcomb, Alana MD")], 300),
        ("p", "HISTORY: Low back and left buttock pain. Prior L5-S1 discectomy 2019. Evaluate for recurrent disc."),
        ("p", "COMPARISON: MRI lumbar spine 06/11/2019 (pre-operative), which showed a large left paracentral L5-S1 extrusion "
              "compressing the left S1 nerve root."),
        ("p", "FINDINGS: Five lumbar-type vertebrae. Alignment normal. Marrow signal within normal limits, no marrow edema. "
              "Conus terminates at L1. Left L5 laminotomy changes."),
        ("p", "T12-L3: Unremarkable. L3-4: Minimal disc bulge, no stenosis. L4-5: Mild disc bulge and mild facet "
              "hypertrophy, canal and foramina patent. L5-S1: Postoperative changes with epidural scar "
              "(not fully assessable without contrast); small amount of granulation-appearing tissue in the left lateral recess "
              "without mass effect. No recurrent or residual disc herniation. Neural foramina patent bilaterally."),
        ("p", "IMPRESSION: 1. Postoperative changes left L5-S1 without recurrent disc herniation. 2. No central canal or "
              "foraminal stenosis at any level. No nerve root impingement or compression at any level. "
              "3. Mild L4-5 degenerative change. Previously seen S1 root compression (2019) has resolved."),
        ("p", "Interpreted by: Gordon Achterberg, MD   e-signed 12/19/2025 07:31"),
    ]}
    files.append(("04_MRI_lumbar_2025-12-18_faxed.pdf", [mri]))

    ed = {"kind": "text", "header": ["WAKE PINES MEDICAL CENTER - EMERGENCY DEPARTMENT",
                                      "3000 New Bern Ave Ext, Raleigh NC 27610  |  ED Physician Record  |  Printed 01/06/2026 for records request #RR-22871"],
          "patient": "VAUTRIN, DELPHINE R  F  58y  DOB 04/19/1967  MRN WP00418872  CSN 882014576  Arrival 11/22/2025 19:14",
          "footer": "Wake Pines Medical Center ED record - confidential", "size": 9, "blocks": [
        ("h", "TRIAGE"),
        ("table", (30, 30, 20, 20, 20, 20, 30), ("Time", "BP", "HR", "RR", "Temp", "SpO2", "Pain"), [
            ("19:21", "162/91", "94", "18", "36.8 C", "98% RA", "9/10"),
            ("21:05", "141/80", "81", "16", "", "97% RA", "5/10"),
        ]),
        ("p", "Triage note (RN S. Mabry): Pt amb w/ cane, c/o sudden worsening L low back/buttock pain after stepping down "
              "from pickup truck ~16:00. Hx L SI fusion. Denies fall, denies trauma to head. Denies numbness/weakness, no "
              "incontinence. ESI 4."),
        ("h", "HPI"),
        ("p", "58F hx HTN, hypothyroid, L5-S1 discectomy (2019) and L SI joint fusion (08/2024) p/w acute-on-chronic L buttock "
              "pain since ~4pm. Was stepping down out of truck onto L leg, felt a 'pop' in L buttock, pain immediately 9/10, "
              "sharp, localized, non-radiating. States pain has been slowly returning over last year since her SI surgery. "
              "No saddle anesthesia, no urinary retention, no fevers. Took tramadol x1 at home without relief."),
        ("h", "EXAM"),
        ("p", "Gen: uncomfortable, shifting weight off L. Back: no midline spinal TTP, no step-off. Marked TTP over L SIJ. "
              "Healed incision L buttock. Neuro: 5/5 hip flex/knee ext/EHL/plantarflex bilat, sensation intact, patellar 2+, "
              "SLR neg bilat. Rectal deferred - no red flag sx. Hips: full painless ROM."),
        ("h", "ED COURSE / RESULTS"),
        ("p", "Toradol 15 mg IV 19:50, lidocaine 5% patch. Reassessed 21:05, pain 5/10, ambulating with cane."),
        ("p", "XR PELVIS AP + L SI JOINT OBLIQUES (final read, C. Nwankwo MD, 11/22/2025 20:41): Left SI joint fixation "
              "with three implants. New lucency along the iliac portion of the superior and middle implants, not seen "
              "03/05/2025, concerning for loosening. No acute fracture or dislocation. No diastasis of the pubic symphysis."),
        ("h", "MEDICAL DECISION MAKING"),
        ("p", "Acute on chronic L buttock/SIJ pain after minor mechanism, in pt with prior SIJ fusion. Ddx includes hardware "
              "loosening/nonunion, SIJ sprain, lumbar radiculopathy (considered less likely given negative SLR and normal "
              "neuro exam), fracture (none on XR). Cauda equina considered and felt very unlikely - no retention, no saddle "
              "anesthesia, normal strength; emergent MRI not indicated. Pain improved with meds. XR suggests possible "
              "loosening -> CT as outpatient and f/u with ortho/spine. Return precautions discussed."),
        ("p", "Dx: 1. Acute exacerbation of L sacroiliac joint pain  2. Possible loosening of L SI joint hardware"),
        ("p", "Disposition: discharged home 21:20, stable. Rx lidocaine patches, continue home meds. Referral: Piedmont "
              "Crescent Orthopaedic & Spine. Work note n/a (retired)."),
        ("i", "Electronically signed: Jerome Castellano-Price, MD (Emergency Medicine) 11/22/2025 23:58"),
    ]}
    files.append(("05_ED_record_WakePines_2025-11-22.pdf", [ed]))

    opnote = {"kind": "fax", "mode": "fine", "pt": 10.5, "face": "DejaVuSansMono.ttf", "bface": "DejaVuSansMono-Bold.ttf",
              "banner": "FROM: SANDHILLS REG SURG CTR HIM   TO: 19195550189   01/14/2026 11:02   P. {p}/{n}",
              "fax_page_start": 3, "fax_total": 4,
              "blocks": [
        ("title", "SANDHILLS REGIONAL SURGICAL CENTER - OPERATIVE REPORT"),
        ("kv", [("PATIENT:", "VAUTRIN, DELPHINE R"), ("DOB:", "04/19/1967"), ("DATE OF SURGERY:", "08/14/2024"),
                ("SURGEON:", "Laurent Perrault, MD"), ("ASSISTANT:", "None"), ("ANESTHESIA:", "General endotracheal")], 430),
        ("p", "PREOPERATIVE DIAGNOSIS: Left sacroiliac joint dysfunction, refractory."),
        ("p", "POSTOPERATIVE DIAGNOSIS: Same."),
        ("p", "PROCEDURE: Left minimally invasive (percutaneous) sacroiliac joint fusion with three triangular titanium "
              "implants (CPT 27279)."),
        ("p", "INDICATIONS: Chronic left SIJ pain with positive provocative testing and two confirmatory diagnostic blocks, "
              "failed conservative measures."),
        ("p", "DESCRIPTION: Patient prone on Jackson table. Under biplanar fluoroscopy a 3 cm incision was made over the "
              "lateral left buttock. Guide pins were placed across the ilium into the sacrum at S1 and S2 on the lateral, "
              "inlet and outlet views. After drilling and broaching, three implants (7.0 x 50 mm, 7.0 x 45 mm, 7.0 x 40 mm) "
              "were placed. Final fluoroscopy confirmed position lateral to the sacral foramina. Wound irrigated and closed in "
              "layers. EBL 25 mL. No complications. Neuromonitoring stable throughout."),
        ("p", "Laurent Perrault, MD  - dictated 08/14/2024, signed 08/16/2024"),
    ]}
    files.append(("06_prior_operative_report_2024-08-14_faxed.pdf", [opnote]))

    pt = {"kind": "text", "header": ["WAKE PINES MEDICAL CENTER - OUTPATIENT REHABILITATION SERVICES",
                                      "Physical Therapy | 3024 New Bern Ave, Bldg C, Raleigh NC 27610 | Ph 919-555-0410 | Fax 919-555-0411"],
          "patient": "Vautrin, Delphine R.  DOB 04/19/1967  Acct 7702231  Referring: A. Whitcomb MD",
          "footer": "PT Discharge Summary - Wake Pines Outpatient Rehab", "size": 9.5, "blocks": [
        ("h", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        ("kv", [("Start of care:", "05/06/2025"), ("Discharge date:", "07/18/2025"), ("Visits:", "16 attended / 18 scheduled (2 cx - illness)"),
                ("Medical dx:", "M53.3, Z98.1 - L SIJ pain s/p SIJ fusion"), ("Treating PT:", "Oren Galvez, PT, DPT")], 36),
        ("h", "Summary of care"),
        ("p", "Pt seen 2x/wk for lumbopelvic stabilization, gluteal strengthening, gait training with cane, and manual therapy "
              "(soft tissue to L piriformis/gluteals; no SIJ manipulation due to implants). Modalities: moist heat prn. HEP "
              "issued 05/06/2025 and progressed 06/10/2025."),
        ("table", (70, 50, 50), ("Measure", "Initial eval 05/06/2025", "Discharge 07/18/2025"), [
            ("Pain (NPRS) L buttock, current", "6/10", "6/10"),
            ("Oswestry Disability Index", "48%", "44%"),
            ("Single-leg stance L", "4 sec", "9 sec"),
            ("Hip abd strength L (MMT)", "4-/5", "4/5"),
            ("6 minute walk", "262 m", "301 m"),
        ]),
        ("h", "Goals"),
        ("p", "1) Reduce pain to <= 3/10 with ADLs - NOT MET. 2) ODI < 30% - NOT MET. 3) Independent with HEP - MET. "
              "4) Ambulate community distances without AD - NOT MET (cane for > 1 block)."),
        ("h", "Assessment / reason for discharge"),
        ("p", "Pt has been compliant and motivated. Modest gains in strength and balance; however L SIJ-region pain unchanged "
              "and functional limitation persists. Plateau reached. Recommend return to referring MD / surgeon for further "
              "evaluation of the prior fusion. D/c to independent HEP."),
        ("i", "Oren Galvez, PT, DPT   Lic# NC-P14420   signed 07/18/2025 16:40"),
    ]}
    files.append(("07_PT_discharge_summary_2025-07-18.pdf", [pt]))

    intake = {"kind": "text", "header": pco, "patient": "NEW PATIENT HEALTH QUESTIONNAIRE (patient-completed, transcribed by front desk)",
              "footer": "PCOS New Patient Questionnaire - Spine  v7", "size": 9.5, "blocks": [
        ("kv", [("Name:", "Delphine Vautrin"), ("DOB:", "04/19/1967"), ("Date completed:", "01/27/2026"),
                ("Who referred you:", "Dr Whitcomb")], 40),
        ("h", "1. Where is your pain? (see body diagram)"),
        ("p", "Body diagram - patient shading transcribed: heavy shading over LEFT lower back/top of LEFT buttock near the "
              "dimple; small X on RIGHT knee (front). No marks on either leg below the buttock. Pt wrote \"the old scar\" with "
              "an arrow to the left buttock."),
        ("h", "2. Pain today (0 = none, 10 = worst imaginable)"),
        ("p", "Now: 7     Best in last week: 5     Worst in last week: 9"),
        ("h", "3. Describe your pain (check all that apply)"),
        ("p", "[X] Aching  [X] Deep  [ ] Burning  [X] Sharp with movement  [ ] Electric/shooting  [ ] Pins & needles  [ ] Numb"),
        ("h", "4. Does pain go down your leg?"),
        ("p", "[ ] Yes - to the thigh   [ ] Yes - below the knee   [X] No"),
        ("h", "5. What makes it worse? / better?"),
        ("p", "Worse: getting out of car, rolling over, stairs, standing on left leg. Better: lying on right side, heat, "
              "sitting on a cushion."),
        ("h", "6. Treatments you have tried (check)"),
        ("p", "[X] Physical therapy  [X] Home exercises  [ ] Chiropractor  [X] SI belt  [X] Injections  [ ] Acupuncture  "
              "[X] Anti-inflammatories  [X] Pain pills  [ ] TENS unit  [X] Surgery (SI fusion 2024, back 2019)"),
        ("h", "7. Other medical problems"),
        ("p", "[X] High blood pressure  [ ] Diabetes  [X] Thyroid  [ ] Rheumatoid arthritis  [ ] Lupus  [ ] Fibromyalgia  "
              "[ ] Cancer  [ ] Blood clots  [X] Arthritis - knee"),
        ("h", "8. Family history"),
        ("p", "Mother - rheumatoid arthritis. Father - colon cancer. Sister - lupus."),
        ("h", "9. Goals"),
        ("p", "\"Walk my dog again without the cane. Sleep through the night.\""),
        ("small", "I certify the above information is accurate to the best of my knowledge.  Signature on file - D. Vautrin  01/27/2026"),
    ]}
    files.append(("08_patient_intake_questionnaire_2026-01-27.pdf", [intake]))

    labels = {
        "procedure": "open",
        "request_date": "2026-02-10",
        "determination": "meets_criteria",
        "criteria": {
            "open.indication": {"status": "met", "evidence": [
                "Failed prior percutaneous left SI joint fusion",
                "findings consistent with nonunion / failed arthrodesis",
                "Left minimally invasive (percutaneous) sacroiliac joint fusion"]},
            "open.recent_imaging": {"status": "met", "evidence": [
                "Loosening of left SI joint implants with periprosthetic lucency",
                "No bridging bone across the left SI joint",
                "New lucency along the iliac portion of the superior"]},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "No nerve root impingement or compression at any level",
                "not felt to be contributing"]},
        },
    }
    pj = {"request_date": "2026-02-10", "procedure_codes": ["27280"], "member_id": "CSN884122719", "policy": "MP-MM-1366"}
    return {"id": "b6p-01", "form": "folder", "packet_json": pj, "files": files, "labels": labels}


# ============================================================================
# PACKET b6p-02  -- percutaneous, insufficient documentation (single PDF)
# ============================================================================

def packet2():
    hoo = ["HARBOR OAK ORTHOPEDICS & SPORTS MEDICINE",
           "1920 S. 16th Street, Wilmington, NC 28401  *  P (910) 555-0122  *  F (910) 555-0123",
           "Joanna Lindqvist, MD - Spine & Pelvis Surgery"]
    pl = "BOATWRIGHT, TERRENCE A   DOB 11/02/1979   Acct HO-330912   CareSource NC Mkt  U96540338"
    docs = []

    docs.append({"kind": "text", "header": [], "patient": "", "footer": "HOO-FAX-01", "size": 10.5, "blocks": [
        ("title", "HARBOR OAK ORTHOPEDICS\n*** FAX ***"),
        ("kv", [("TO:", "CareSource NC - Prior Authorization Dept."), ("FAX #:", "(844) 555-0134"),
                ("FROM:", "Rosalind Paquette, surgery scheduler"), ("DATE:", "1/20/26"),
                ("# PAGES:", "11 (incl. cover)"),
                ("RE:", "Terrence Boatwright, DOB 11/02/1979 - SI joint fusion precert")], 30),
        ("sp", 3),
        ("p", "[X] URGENT   [ ] For review   [ ] Please comment   [X] Please reply"),
        ("p", "Hi - sending clinicals for L SI joint fusion request. Surgery is not booked yet, pt wants to plan for "
              "spring. Second SI block results will be faxed over separately once done. Thx! -Roz"),
        ("sp", 6),
        ("small", "The documents accompanying this telecopy transmission contain confidential information belonging to the "
                  "sender that is legally privileged. This information is intended only for the use of the individual or entity "
                  "named above. If you are not the intended recipient, you are hereby notified that any disclosure, copying, "
                  "distribution or the taking of any action in reliance on the contents of this telecopied information is "
                  "strictly prohibited."),
    ]})

    docs.append({"kind": "text", "header": ["CareSource  |  North Carolina Marketplace",
                                             "PRIOR AUTHORIZATION REQUEST FORM - Medical / Surgical Services   (Form NC-PA-02, rev 01/2025)"],
                 "patient": "", "footer": "Incomplete forms may delay processing. Fax to 1-844-555-0134.", "size": 9.5, "blocks": [
        ("h", "SECTION A - MEMBER"),
        ("kv", [("Member name:", "Terrence A. Boatwright"), ("Member ID:", "U96540338"), ("DOB:", "11/02/1979"),
                ("Phone:", "910-555-3381")], 40),
        ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting provider:", "Joanna Lindqvist, MD   NPI 1205583617   TIN 56-7781234"),
                ("Contact:", "Rosalind Paquette  910-555-0122 x31   Fax 910-555-0123"),
                ("Servicing facility:", "Coastline Regional Hospital (outpatient surgery)   NPI 1669920013")], 40),
        ("h", "SECTION C - SERVICE REQUESTED"),
        ("kv", [("Date of request:", "01/20/2026"),
                ("Type:", "[ ] Inpatient   [X] Outpatient surgery   [ ] Office"),
                ("Urgency:", "[X] Standard   [ ] Expedited"),
                ("Anticipated DOS:", "TBD (03/2026-04/2026)")], 40),
        ("table", (25, 105, 20, 20), ("CPT/HCPCS", "Description", "Units", "Side"), [
            ("27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect visualization), with image guidance, placement of transfixing device", "1", "LT"),
        ]),
        ("table", (25, 145), ("ICD-10", "Description"), [
            ("M53.3", "Sacrococcygeal disorders, NEC (left sacroiliac joint dysfunction)"),
            ("M54.59", "Other low back pain"),
        ]),
        ("h", "SECTION D - CLINICAL SUMMARY (attach notes)"),
        ("p", "46 yo M with >1 yr L SIJ pain failing PT, chiropractic, NSAIDs. Positive provocative exam. Positive "
              "diagnostic L SIJ block 12/04/2025. Imaging negative for other cause. Requesting MIS L SIJ fusion."),
        ("kv", [("Signature:", "J. Lindqvist MD (e-signed by R. Paquette per protocol)   Date: 01/20/2026")], 40),
    ]})

    docs.append({"kind": "text", "header": hoo, "patient": pl, "footer": "Harbor Oak Orthopedics - Clinic Note", "size": 9.5, "blocks": [
        ("h", "SPINE CLINIC NOTE  -  Follow-up / Surgical Consultation"),
        ("kv", [("DOS:", "01/08/2026"), ("Attending:", "Joanna Lindqvist, MD"), ("Scribe:", "Maya Oduya"),
                ("Visit type:", "Established pt, surgical discussion")], 30),
        ("i", "Scribe statement: This note was documented by Maya Oduya, medical scribe, on behalf of Dr. Joanna Lindqvist, "
              "during the patient encounter."),
        ("h", "Subjective"),
        ("p", "Terrence is a 46 yo right-hand-dominant marine diesel mechanic seen back after his L SI joint injection. "
              "He's had L-sided low back/buttock pain since about 11/2024, no specific injury, worse after long days "
              "crouched in engine rooms. Pain is confined to the left buttock just inferior and medial to the PSIS, below "
              "the belt line; it does not radiate into the thigh or leg. Denies paresthesias. Pain 7/10 today, sharp with "
              "sit-to-stand and climbing ladders, aching at night when lying on the L side."),
        ("p", "Injection: L SIJ intra-articular block with Dr. Szabo (Lower Cape Interventional) 12/04/2025 - per his diary "
              "near-complete relief the first several hours, and the steroid helped partially for ~2 1/2 weeks, pain fully "
              "back by Christmas. He is scheduled for a second (confirmatory) L SIJ block with Dr. Szabo on 01/29/2026."),
        ("p", "Prior treatment: PT at Coastline Regional outpatient rehab 02/2025-05/2025 (see d/c summary). After PT he "
              "did chiropractic care with Dr. Hollis Brant, DC, weekly from 06/09/2025 through 10/24/2025 - adjustments plus "
              "core stabilization exercises - temporary relief only. Meloxicam 15 mg daily since January 2025 + ice/heat "
              "after work. He borrowed a TENS unit from his brother-in-law and uses it 'now and then'. Bilateral L4-5/L5-S1 "
              "medial branch blocks at Lower Cape 04/22/2025 gave < 20% relief and were not repeated."),
        ("p", "Remote R sciatica 2017 after lifting an outboard motor - resolved with 6 wks PT, no recurrence. "
              "R hip bruise from fall at boat ramp 09/2025 has resolved."),
        ("h", "PMH / PSH / Meds / Allergies"),
        ("p", "GERD, hyperlipidemia, OSA on CPAP. L ACL reconstruction 2001. Meds: meloxicam 15 mg daily, omeprazole 20 mg, "
              "atorvastatin 20 mg. NKDA."),
        ("h", "Social / Family"),
        ("p", "Married, 2 kids. Smokeless tobacco - quit 2022. 4-6 beers/wk. FHx: mother with fibromyalgia; paternal uncle "
              "with ankylosing spondylitis; father CAD."),
        ("h", "ROS"),
        ("p", "Neg for fever, wt loss, night sweats, bowel/bladder sx, morning stiffness > 30 min, uveitis, psoriasis, "
              "other joint swelling. Positive for L buttock pain. 12 pt ROS otherwise neg."),
        ("h", "Objective"),
        ("p", "Vitals: BP 128/78 | P 70 | BMI 29.1. Alert, appropriate, in no acute distress. Gait: mild antalgic on L, heel/toe "
              "walk normal."),
        ("p", "Palpation: Tender to palpation directly over the L PSIS / sacral sulcus, reproducing his pain. R SIJ nontender. "
              "No tenderness over the greater trochanters, lumbar spinous processes/paraspinals, or coccyx."),
        ("table", (70, 50, 50), ("SIJ provocation (01/08/2026)", "Left", "Right"), [
            ("Thigh thrust (P4)", "POSITIVE", "neg"),
            ("Compression", "neg", "neg"),
            ("Distraction", "neg", "neg"),
            ("FABER / Patrick", "POSITIVE (post. pain)", "neg"),
            ("Gaenslen", "POSITIVE (L hip ext.)", "neg"),
        ]),
        ("p", "Thigh thrust (P4) positive on the L, reproducing his typical buttock pain. FABER positive L, posterior. "
              "Gaenslen positive with L hip in extension. Distraction and compression negative. Hip ROM: L IR 30, ER 45, "
              "no groin pain; R hip full. Neuro: 5/5 strength L2-S1 bilat, SILT, DTR 2+ sym, SLR neg bilat. "
              "Waddell signs 0/5."),
        ("h", "Data reviewed"),
        ("p", "XR SIJ series 08/2025 and CT SI joints 11/2025 - no erosive or destructive change, mild L iliac sclerosis. "
              "MRI L-spine 03/2025 - no stenosis or root impingement. HLA-B27 neg, ESR/CRP nl (10/2025). "
              "No L hip films on file; R hip XR from urgent care 09/2025."),
        ("h", "Assessment / Plan"),
        ("p", "L sacroiliac joint dysfunction (M53.3), > 12 months, refractory to PT, chiropractic and NSAIDs, with positive "
              "L SIJ block x1. Facet blocks negative. Low suspicion for spondyloarthropathy - labs neg."),
        ("p", "1. Proceed with second confirmatory L SIJ block 01/29/2026 (Dr. Szabo); pt to keep pain diary. "
              "2. XR L hip AP/lateral ordered today - to be done at Harbor Oak imaging before next visit. "
              "3. Will submit precert for MIS L SIJ fusion (27279) now given lead time; will forward block #2 and hip films. "
              "4. Continue meloxicam, HEP. RTC after block #2."),
        ("i", "I, Joanna Lindqvist, MD, attest that the scribe documentation above accurately reflects the services I "
              "personally performed. Signed 01/08/2026 18:22."),
    ]})

    docs.append({"kind": "fax", "mode": "standard", "pt": 12, "face": "DejaVuSans.ttf", "bface": "DejaVuSans-Bold.ttf",
                 "banner": "FROM: LOWER CAPE INTERVENTIONAL   TO: HARBOR OAK ORTHO 9105550123   12/30/25 10:14   P. {p}/{n}",
                 "fax_page_start": 2, "fax_total": 3,
                 "page_head": ["Lower Cape Interventional Pain & Spine   Boatwright, Terrence  DOB 11/02/1979"],
                 "blocks": [
        ("title", "PROCEDURE NOTE"),
        ("kv", [("Date:", "12/04/2025"), ("Physician:", "Andras Szabo, MD"), ("Referring:", "Joanna Lindqvist, MD")], 260),
        ("p", "PROCEDURE: Left sacroiliac joint intra-articular injection under fluoroscopic guidance with contrast "
              "(arthrogram)."),
        ("p", "INDICATION: Left SIJ-mediated pain, positive provocative exam. Diagnostic block #1."),
        ("p", "Pre-procedure pain: 7/10 left buttock. Consent signed. Time-out performed. No sedation."),
        ("p", "TECHNIQUE: Prone. Left SIJ inferior recess identified with contralateral oblique fluoroscopy. 25 g 3.5 in "
              "spinal needle advanced into the joint. Omnipaque 240, 0.5 mL, showed an intra-articular arthrogram outlining "
              "the joint with no vascular uptake. Injected 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone (1 mL). Images saved."),
        ("p", "Post-procedure: 15 min pain 1/10 with provocative maneuvers. Discharged ambulatory with diary."),
        ("p", "POST-PROCEDURE PAIN DIARY (returned by patient 12/05/2025)"),
        ("mono", "Time after inj.    Pain 0-10    Activity\n"
                 "Pre-injection        7         walking in, sit-stand\n"
                 "15 min               1         sit-stand x5\n"
                 "30 min               1         drove home (wife drove)\n"
                 "1 hr                 1         stairs\n"
                 "2 hr                 1         yard, bending\n"
                 "3 hr                 2         sitting\n"
                 "4 hr                 2         sitting\n"
                 "6 hr                 3         dinner/standing\n"
                 "8 hr                 5         bed\n"
                 "Next AM              6         work\n"
                 "1 week               3\n"
                 "2 weeks              4\n"
                 "3 weeks              7"),
        ("p", "Peak relief 86%; at least 50% relief maintained for 6 hours, consistent with bupivacaine duration."),
        ("p", "IMPRESSION: Positive diagnostic left SIJ block #1. Partial corticosteroid response, pain back to baseline "
              "by about 3 weeks (phone f/u 12/29/2025). PLAN: confirmatory block #2 to be scheduled."),
        ("p", "A. Szabo, MD  electronically signed 12/04/2025; addendum 12/29/2025"),
    ]})

    docs.append({"kind": "text", "header": ["HARBOR OAK IMAGING  (a department of Harbor Oak Orthopedics)",
                                             "1920 S. 16th Street, Wilmington NC  |  Radiology reports"],
                 "patient": "Boatwright, Terrence A   DOB 11/02/1979   MRN HO-330912", "footer": "Harbor Oak Imaging", "size": 9.5, "blocks": [
        ("h", "RADIOLOGY REPORT"),
        ("kv", [("Exam date:", "08/19/2025"), ("Exams:", "(1) XR SACROILIAC JOINTS 3 VIEWS; (2) XR LUMBAR SPINE 2 VIEWS"),
                ("Ordering:", "J. Lindqvist MD"), ("Indication:", "Left buttock/SIJ pain")], 30),
        ("p", "(1) SACROILIAC JOINTS, AP axial (Ferguson) and bilateral oblique views: SI joints are symmetric in width. "
              "Mild subchondral sclerosis along the left iliac side of the SI joint. No erosions, no joint widening, no "
              "ankylosis. No lytic or blastic lesion. Hip joints are not included on these coned views."),
        ("p", "(2) LUMBAR SPINE, AP and lateral: Normal alignment. Mild disc space narrowing L5-S1. No spondylolisthesis. "
              "No fracture."),
        ("p", "IMPRESSION: Mild degenerative sclerosis of the left SI joint without erosive change. Mild L5-S1 disc space "
              "narrowing."),
        ("i", "Read by: Fenwick O. Adeyemi, MD (Radiology)   08/19/2025 15:02"),
        ("sp", 3),
        ("h", "RADIOLOGY REPORT"),
        ("kv", [("Exam date:", "11/13/2025"), ("Exam:", "CT SACROILIAC JOINTS WITHOUT CONTRAST (limited pelvis)"),
                ("Ordering:", "J. Lindqvist MD"), ("Indication:", "L SIJ pain, eval for sacroiliitis / structural lesion")], 30),
        ("p", "TECHNIQUE: Thin-section axial CT from L5 through the inferior SI joints with coronal oblique reformats. Field "
              "of view limited to the sacroiliac joints; the hip joints are not included."),
        ("p", "FINDINGS: Left SI joint: mild subchondral sclerosis and a small anterior bridging osteophyte along the iliac side; "
              "joint margins are smooth without erosion. Right SI joint: normal. No sacral insufficiency fracture. No "
              "lytic, blastic or destructive osseous lesion. Sacral foramina clear. No soft tissue mass."),
        ("p", "IMPRESSION: Mild degenerative change of the left SI joint. No erosions or findings of inflammatory "
              "sacroiliitis. No destructive lesion or fracture."),
        ("i", "Read by: Fenwick O. Adeyemi, MD   11/13/2025 11:40"),
    ]})

    docs.append({"kind": "fax", "mode": "standard", "pt": 11, "face": "DejaVuSerif.ttf", "bface": "DejaVuSerif-Bold.ttf",
                 "banner": "FROM:CAPE FEAR DIAG IMAGING  TO:9105550123  MAR-24-2025 02:51PM  JOB 4471  P.{p}/{n}",
                 "blocks": [
        ("title", "CAPE FEAR DIAGNOSTIC IMAGING - MRI REPORT"),
        ("kv", [("Patient:", "BOATWRIGHT, TERRENCE"), ("DOB:", "11/02/1979"), ("Exam:", "MRI LUMBAR SPINE W/O CONTRAST"),
                ("Exam date:", "03/21/2025"), ("Referring:", "Kimberly Sousa, NP (PCP)")], 300),
        ("p", "HISTORY: Low back pain, left buttock pain x 4 months. No leg symptoms."),
        ("p", "FINDINGS: Normal lordosis. Vertebral body heights preserved. No marrow replacing lesion. Conus normal at L1-2. "
              "L1-L4: no disc bulge or stenosis. L4-5: mild facet arthropathy, no disc herniation, canal and foramina patent. "
              "L5-S1: mild disc desiccation with small central annular fissure; no disc herniation; lateral recesses and "
              "foramina patent; the traversing S1 and exiting L5 roots are free. Visualized SI joints without marrow edema."),
        ("p", "IMPRESSION: Mild lower lumbar degenerative change (L4-5 facets, L5-S1 annular fissure). No central canal or "
              "foraminal stenosis. No neural impingement at any level."),
        ("p", "Electronically signed: Harold Min, MD  03/21/2025 18:20"),
    ]})

    docs.append({"kind": "text", "header": ["FASTCARE URGENT CARE - MONKEY JUNCTION",
                                             "5120 S. College Rd, Wilmington NC 28412  |  (910) 555-0177  |  Open 8a-8p 7 days"],
                 "patient": "Patient: Terrence Boatwright   DOB: 11/02/1979   Visit: 09/14/2025 11:36", "footer": "FastCare After-Visit Summary", "size": 10, "blocks": [
        ("h", "AFTER-VISIT SUMMARY / DISCHARGE INSTRUCTIONS"),
        ("p", "You were seen today by: Dakota Reyes-Whitfield, PA-C"),
        ("p", "Reason for visit: Slipped on wet boat ramp, fell onto RIGHT side. Right hip/thigh pain."),
        ("h", "Your diagnosis"),
        ("p", "Contusion of right hip, initial encounter (S70.01XA)"),
        ("h", "Tests done today"),
        ("p", "X-ray of your RIGHT hip (2 views): no broken bones, no dislocation, and no significant arthritis. "
              "Radiologist over-read to follow; we will call you if anything changes."),
        ("h", "What to do at home"),
        ("p", "- Ice 20 minutes at a time, 3-4 times a day for 2-3 days, then heat is OK.\n"
              "- Keep taking your meloxicam as prescribed by your doctor. Do NOT add ibuprofen or naproxen on top of it.\n"
              "- You may use acetaminophen (Tylenol) 500-1000 mg every 6 hours as needed, max 3000 mg per day.\n"
              "- Walk as tolerated. Bruising may spread down the thigh over the next few days - this is normal."),
        ("h", "Return to urgent care or go to the ER if"),
        ("p", "You cannot bear weight, the leg looks deformed, you develop numbness, weakness, fever, or pain that is getting "
              "much worse."),
        ("h", "Follow up"),
        ("p", "With your primary care provider in 1 week if not improving. Work note given: light duty x 3 days."),
        ("small", "Vitals: BP 134/82  HR 88  Temp 98.4 F  SpO2 99%  Pain 6/10 (R hip).  Exam: Large ecchymosis R lateral "
                  "thigh, pain at extremes of R hip ROM, NV intact, able to bear weight. "
                  "I have received and understand these instructions. Patient signature on file."),
    ]})

    docs.append({"kind": "text", "header": ["COASTLINE REGIONAL HOSPITAL - OUTPATIENT REHABILITATION",
                                             "2131 S. 17th St, Wilmington NC 28401   PT / OT / SLP   Ph 910-555-0150  Fax 910-555-0151"],
                 "patient": "Boatwright, Terrence A.   DOB 11/02/1979   MRN CR2209187", "footer": "Coastline Regional Outpatient Rehab - Discharge Summary", "size": 9.5, "blocks": [
        ("h", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        ("kv", [("Referring:", "Kimberly Sousa, NP"), ("Diagnosis:", "M54.59 Low back pain; M53.3 L SIJ dysfunction"),
                ("Therapist:", "Whitney Strand, PT, DPT, OCS"), ("Date of report:", "05/30/2025")], 32),
        ("p", "Pt attended 22 visits between 02/17/2025 and 05/30/2025 (2x/wk x 12 wks, then 1x/wk). Treatment included "
              "lumbopelvic stabilization, hip abductor/extensor strengthening, SIJ muscle energy techniques, lifting "
              "mechanics for work, and a written HEP (issued 02/17, updated 04/07 and 05/30)."),
        ("table", (60, 37, 37, 36), ("Outcome", "IE 02/17/2025", "PN 04/07/2025", "DC 05/30/2025"), [
            ("NPRS L buttock (current)", "7/10", "5/10", "3/10"),
            ("NPRS worst", "9/10", "8/10", "7/10"),
            ("Modified Oswestry", "42%", "36%", "30%"),
            ("Active SLR L (ASLR)", "3/5", "2/5", "2/5"),
        ]),
        ("p", "Assessment: Partial improvement in resting pain and function; pain still flares to 7/10 with sustained "
              "crouching and ladder climbing at work. Pt reports good HEP compliance. Max benefit of skilled PT reached at "
              "this time."),
        ("p", "Discharge plan: Independent HEP daily. Return to referring provider. Pt states he plans to see a chiropractor."),
        ("i", "Whitney Strand, PT, DPT, OCS   05/30/2025 17:10"),
    ]})

    docs.append({"kind": "text", "header": hoo, "patient": pl, "footer": "Harbor Oak Orthopedics - Patient Intake (typed from paper form)", "size": 9.5, "blocks": [
        ("h", "SPINE / PELVIS PATIENT QUESTIONNAIRE - typed from paper form by front desk (AK) 01/08/2026"),
        ("p", "Q1. Mark where you feel pain on the drawing. -> Patient circled the LEFT low buttock near the 'dimple'. "
              "Nothing drawn on the legs. Wrote: \"only here\"."),
        ("p", "Q2. Pain right now: 6   Average past month: 7   Worst past month: 9   (0 no pain - 10 worst)"),
        ("p", "Q3. Does the pain travel?   [ ] into groin   [ ] down back of thigh   [ ] below knee   [ ] into foot   [X] does not travel"),
        ("p", "Q4. Numbness / tingling?   [ ] Yes   [X] No          Weakness?   [ ] Yes   [X] No"),
        ("p", "Q5. Bladder or bowel problems?   [ ] Yes   [X] No"),
        ("p", "Q6. Since your pain started have you tried:  [X] PT (how long? about 3 1/2 months)   [X] chiropractor (June - "
              "Oct)   [X] injections   [X] meds (meloxicam)   [X] ice / heat   [ ] brace   [ ] acupuncture   "
              "[X] TENS (sometimes)"),
        ("p", "Q7. Do you hurt all over your body?   [ ] Yes   [X] No"),
        ("p", "Q8. Have you ever been told you have:  [ ] fibromyalgia  [ ] arthritis of the spine (AS)  [ ] rheumatoid arthritis  "
              "[ ] psoriasis  [ ] cancer  [ ] osteoporosis"),
        ("p", "Q9. PHQ-2: little interest or pleasure = 0; feeling down = 1.  Total 1."),
        ("p", "Q10. Work: marine diesel mechanic, full duty but \"slower\". Missed 6 days in last 3 months."),
        ("sp", 2),
        ("h", "CURRENT MEDICATION LIST (reconciled 01/08/2026)"),
        ("table", (50, 40, 35, 45), ("Medication", "Sig", "Start", "Prescriber / status"), [
            ("Meloxicam 15 mg tab", "1 PO daily w/ food", "01/06/2025", "K. Sousa NP - active"),
            ("Omeprazole 20 mg cap", "1 PO daily", "01/06/2025", "K. Sousa NP - active"),
            ("Atorvastatin 20 mg", "1 PO qhs", "2021", "K. Sousa NP - active"),
            ("Acetaminophen 500 mg", "1-2 PO q6h prn", "09/2025", "OTC - active"),
            ("Cyclobenzaprine 5 mg", "1 PO qhs prn", "02/2025", "discontinued 03/2025 (drowsy)"),
        ]),
    ]})

    docs.append({"kind": "text", "header": hoo, "patient": pl, "footer": "Harbor Oak Orthopedics - Correspondence", "size": 10, "blocks": [
        ("sp", 2),
        ("p", "January 20, 2026"),
        ("p", "CareSource North Carolina\nUtilization Management\nRe: Terrence A. Boatwright, DOB 11/02/1979, ID U96540338"),
        ("h", "LETTER OF MEDICAL NECESSITY - Minimally invasive left sacroiliac joint fusion (CPT 27279)"),
        ("p", "To whom it may concern:"),
        ("p", "I am writing on behalf of my patient Mr. Boatwright, who has had left sacroiliac joint pain for more than "
              "a year. His pain is localized to the left posterior SIJ without radiation, and he has positive thigh thrust, "
              "FABER and Gaenslen tests on my examination."),
        ("p", "He completed a course of formal physical therapy followed by chiropractic care, and has taken daily "
              "meloxicam throughout, with only transient benefit. Medial branch blocks did not help. A fluoroscopically "
              "guided, contrast-confirmed diagnostic left SIJ block on 12/04/2025 gave 86% relief lasting the expected "
              "duration of bupivacaine. A confirmatory second block is scheduled for 01/29/2026 and its results will be "
              "forwarded when available, together with left hip radiographs, which have been ordered."),
        ("p", "Imaging of his SI joints and lumbar spine shows no inflammatory, destructive or compressive pathology. "
              "I believe he is an appropriate candidate for minimally invasive SIJ fusion and respectfully request "
              "authorization."),
        ("sp", 3),
        ("p", "Sincerely,\n\nJoanna Lindqvist, MD\nBoard Certified, Orthopaedic Surgery"),
    ]})

    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-01-20",
        "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "confined to the left buttock just inferior and medial to the PSIS",
                "it does not radiate into the thigh or leg"]},
            "perc.pain_severity": {"status": "met", "evidence": [
                "Pain 7/10 today", "Pain right now: 6"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "Tender to palpation directly over the L PSIS / sacral sulcus",
                "No tenderness over the greater trochanters, lumbar spinous processes/paraspinals"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Pt attended 22 visits between 02/17/2025 and 05/30/2025",
                "weekly from 06/09/2025 through 10/24/2025"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Meloxicam 15 mg daily since January 2025",
                "Meloxicam 15 mg tab"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust (P4) positive on the L"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "FABER positive L, posterior",
                "Gaenslen positive with L hip in extension"]},
            "perc.diagnostic_injections": {"status": "insufficient", "evidence": []},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "Waddell signs 0/5"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "Mild degenerative sclerosis of the left SI joint without erosive change",
                "No erosions or findings of inflammatory sacroiliitis",
                "No destructive lesion or fracture"]},
            "perc.hip_imaging": {"status": "insufficient", "evidence": []},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "No neural impingement at any level",
                "No central canal or foraminal stenosis"]},
            "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "Low suspicion for spondyloarthropathy - labs neg"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No destructive lesion or fracture"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "no specific injury"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "No neural impingement at any level"]},
        },
    }
    return {"id": "b6p-02", "form": "single", "packet_json": None,
            "files": [("b6p-02.pdf", docs)], "labels": labels}


# ============================================================================
# PACKET b6p-03  -- percutaneous, does not meet (folder, no packet.json)
# ============================================================================

def packet3():
    bf = ["BLUE RIDGE FOOTHILLS ORTHOPAEDIC ASSOCIATES, P.A.",
          "915 Tate Blvd SE, Suite 300, Hickory NC 28602  -  Phone 828-555-0190  -  Fax 828-555-0191",
          "Anil Varghese-Kerr, MD  *  Dana Holloway, NP  *  Spine / Pelvis Service"]
    pl = "ESPINAL-REYES, GLORIA M.  |  DOB 07/23/1985  |  MRN BRF-118305  |  CareSource NC Mkt #C71044028"
    files = []

    files.append(("01_cover_and_precert_scheduling_sheet.pdf", [{"kind": "text", "header": bf, "patient": "", "footer": "BRFOA surgery scheduling form SS-4", "size": 9.5, "blocks": [
        ("title", "FACSIMILE COVER"),
        ("kv", [("To:", "CareSource NC Marketplace - Precertification"), ("Fax:", "844-555-0134"),
                ("From:", "Tasha Wilkerson, Surgery Scheduler, x2207"), ("Date:", "02/16/2026"),
                ("Pages:", "11 (cover included)"), ("Subject:", "Precert request - Espinal-Reyes, Gloria")], 28),
        ("p", "Please review for medical necessity. Clinical notes, PT records, injection reports and imaging enclosed. "
              "Peer-to-peer availability: Tues/Thurs after 3 pm, ask for Dr. Varghese-Kerr."),
        ("sp", 3),
        ("title", "SURGERY SCHEDULING & PRE-CERTIFICATION WORKSHEET"),
        ("kv", [("Date of request:", "02/16/2026"),
                ("Patient:", "Gloria M. Espinal-Reyes     DOB 07/23/1985     Cell 828-555-6402"),
                ("Primary ins:", "CareSource NC Marketplace   ID C71044028   Precert ph 833-555-0109"),
                ("Surgeon:", "Anil Varghese-Kerr, MD   NPI 1740296612"),
                ("Procedure:", "RIGHT sacroiliac joint fusion, minimally invasive, lateral transiliac (iFuse-3D x3)"),
                ("CPT:", "27279 x1 (RT)          ICD-10: M53.3, M54.50"),
                ("Location:", "Catawba Summit Ambulatory Surgery Center   [X] Outpt   [ ] Inpt"),
                ("Requested DOS:", "04/02/2026   Anesthesia: general   Est. 75 min   C-arm x2, neuromonitoring: no")], 36),
        ("h", "Medical necessity checklist (scheduler completes from chart)"),
        ("p", "[X] Pain > 5/10 documented   [X] Failed > 6 mo conservative care (PT / HEP / NSAID)   "
              "[X] 3+ provocative tests positive   [X] Dx SIJ blocks x2 (07/2025, 10/2025) - >50% relief   "
              "[X] Imaging SIJ / hip / L-spine on file   [X] Steroid injections x2 failed   [ ] Smoking cessation n/a"),
        ("p", "Notes: Pt works 2 jobs, needs surgery before summer. FMLA paperwork requested. Pt has hx R wrist fx 08/2025 "
              "- cast off, may need walker modification (platform) -> ask PT."),
        ("i", "Completed by T. Wilkerson 02/16/2026 - reviewed by D. Holloway NP"),
    ]}]))

    files.append(("02_surgical_consult_2026-02-03.pdf", [{"kind": "text", "header": bf, "patient": pl, "footer": "Varghese-Kerr, A. MD - Consult note - signed", "size": 9.5, "blocks": [
        ("h", "ORTHOPAEDIC SPINE CONSULTATION"),
        ("kv", [("Visit date:", "02/03/2026"), ("Physician:", "Anil Varghese-Kerr, MD"),
                ("Referred by:", "Lucinda Fairbanks, DO (PM&R)"), ("Documented by:", "Tyler Brandvold, scribe")], 34),
        ("i", "I, Tyler Brandvold, am scribing for Dr. Anil Varghese-Kerr. Documentation was created at his direction "
              "and in his presence."),
        ("h", "CC:"),
        ("p", "R low back / buttock pain, 'like a knife in my back pocket'."),
        ("h", "HPI:"),
        ("p", "40 y.o. F CNA (nursing home, days) + weekend cashier, referred by Dr. Fairbanks for surgical opinion on "
              "R SIJ pain. Onset ~02/2025 after she helped lift a resident who slumped in a chair; no fall. Pain sits over the "
              "right posterior SI joint, below L5, and in the upper inner buttock. No radiation into the thigh or leg. The "
              "posterior thigh ache she had early on (noted by PT in April) went away and has not come back. Worse with "
              "transfers at work, prolonged standing, stairs, lying on R side. Pain today 6/10; she says it was 9/10 in "
              "05/2025 at its worst."),
        ("p", "Injections (Dr. Fairbanks, Catawba Spine & Pain): R SIJ injection 07/17/2025 - great relief the rest of that "
              "day and about 3 weeks of steroid benefit, then pain returned to baseline. Repeat R SIJ injection "
              "10/09/2025 - she felt 'maybe 40% better' for the afternoon; no lasting benefit, back to baseline within "
              "10 days."),
        ("p", "Therapy: PT at Foothills Community Hospital 04/2025-06/2025 (10 weeks). She was given a home program at "
              "discharge but admits she stopped the home exercises in July 2025 when she picked up the weekend job - "
              "'just no time'. No chiropractic. No other PT since. (Had PT in 2023 for L knee patellofemoral pain, "
              "resolved.)"),
        ("p", "Meds/passive: ibuprofen 800 TID 03/2025 -> switched to meloxicam 15 mg daily 08/2025, still taking; heat "
              "pad nightly; ice after shifts; TENS unit from PT (see PT record) still using most days."),
        ("h", "PMH:"),
        ("p", "Plaque psoriasis (elbows/scalp) on topical clobetasol - seen by rheumatology 11/2025, no psoriatic arthritis. "
              "Generalized anxiety disorder on sertraline, stable. R distal radius fracture 08/30/2025 (fall at home), "
              "casted, healed. Benign ovarian cyst 2019."),
        ("h", "PSH:"),
        ("p", "C-section x2. Lap appy 2008."),
        ("h", "Meds:"),
        ("p", "meloxicam 15 mg qd, sertraline 100 mg qd, clobetasol 0.05% topical, OCP. Allergies: PCN (hives)."),
        ("h", "SH / FH:"),
        ("p", "Smoker 1/2 ppd x 15 yrs - counseled, interested in quitting. No drugs. Divorced, lives with 2 teens. "
              "FH: father with psoriatic arthritis; mother DM2."),
        ("h", "ROS:"),
        ("p", "No fever or chills. No weight change. No bowel/bladder dysfunction. No leg numbness. No diffuse body pain. "
              "No morning stiffness > 30 min. Otherwise negative x 10 systems."),
        ("h", "EXAM:"),
        ("p", "Ht 5'6\"  Wt 171 lb  BP 124/80  P 82. Alert, pleasant, mildly anxious. Walks without device, slight R "
              "antalgic gait. R wrist: healed, mild stiffness."),
        ("p", "Palpation: focal tenderness over the R sacral sulcus just medial to the PSIS - reproduces her pain. L SIJ "
              "nontender. Lumbar spinous processes and paraspinals nontender. Greater trochanters nontender bilaterally. "
              "Coccyx nontender."),
        ("p", "Provocative tests (R): compression test positive. Distraction test positive. Patrick's (FABER) positive, "
              "posterior pain. Thigh thrust deferred (pt apprehensive, R wrist). Gaenslen not tested. Hip ROM full, painless. "
              "Neuro: motor 5/5 throughout LEs, sensation intact, reflexes 2+ and symmetric, SLR negative bilat. "
              "Nonorganic signs: none."),
        ("h", "IMAGING (reviewed):"),
        ("p", "XR pelvis / SIJ and R hip 06/2025, MRI lumbar + SI joints 09/2025 - see reports; no inflammatory "
              "sacroiliitis, mild R hip OA, no lumbar stenosis."),
        ("h", "A/P:"),
        ("p", "1. R sacroiliac joint dysfunction (M53.3). Good initial response to first block; second block was weaker. "
              "2. Tobacco use - cessation strongly advised prior to any fusion. 3. Psoriasis without arthropathy per rheum."),
        ("p", "Discussed options incl. repeat diagnostic block, restarting structured PT, RFA of lateral branches, and MIS R "
              "SIJ fusion. Pt would like to pursue fusion; we will submit precert. If denied, plan PT re-referral and a "
              "third diagnostic block with lidocaine/bupivacaine comparison."),
        ("i", "Scribe: Tyler Brandvold 02/03/2026.  Physician attestation: I have reviewed the documentation recorded by "
              "the scribe and agree it accurately reflects my findings and plan. - Anil Varghese-Kerr, MD 02/04/2026 07:12"),
    ]}]))

    files.append(("03_SIJ_injection_1_2025-07-17.pdf", [{"kind": "text", "header": ["CATAWBA SPINE & PAIN CENTER",
                                                                                       "1771 Tradd Ct, Hickory NC 28601   |   Interventional Procedure Report"],
        "patient": "Gloria Espinal-Reyes   DOB 07/23/1985   Acct CSP-90412", "footer": "Catawba Spine & Pain - Procedure Report", "size": 9.5, "blocks": [
        ("kv", [("Date of procedure:", "07/17/2025"), ("Physician:", "Lucinda Fairbanks, DO"),
                ("Procedure:", "Right sacroiliac joint injection, fluoroscopically guided, with contrast (CPT 27096)"),
                ("Diagnosis:", "M53.3 Right SI joint dysfunction")], 36),
        ("p", "Pre-procedure pain score: 8/10 (R buttock). Vitals stable. Informed consent obtained; risks including "
              "infection, bleeding, nerve injury and steroid side effects reviewed."),
        ("p", "Description: Patient placed prone, R buttock prepped with chlorhexidine and draped. Under AP and oblique "
              "fluoroscopy, the inferior aspect of the R SI joint was identified. A 22 g 3.5 inch Quincke needle was "
              "advanced into the joint. Isovue-M 200, 0.5 mL, confirmed intra-articular spread with no vascular runoff. "
              "Injectate: 1 mL 2% lidocaine preservative free + 40 mg triamcinolone (1 mL). Needle removed, band-aid applied."),
        ("p", "Complications: none. Pt tolerated well."),
        ("h", "Post-procedure pain diary (patient completed)"),
        ("table", (40, 30, 100), ("Time", "Pain 0-10", "Comment"), [
            ("Before", "8", "baseline"),
            ("15 min", "2", "walked hallway, did sit to stand"),
            ("30 min", "2", ""),
            ("1 hour", "2", "rode home"),
            ("2 hours", "3", "cooked dinner"),
            ("4 hours", "6", "numbing wearing off"),
            ("Next day", "5", "sore at site"),
            ("1 week", "3", "steroid kicking in?"),
            ("3 weeks", "7", "back to how it was"),
        ]),
        ("p", "Interpretation: 75% relief at 15-60 minutes, sustained beyond the expected duration of lidocaine. "
              "Positive diagnostic response. Steroid benefit approximately 3 weeks, then pain returned to baseline "
              "(phone check 08/08/2025)."),
        ("i", "Lucinda Fairbanks, DO  -  signed 07/17/2025 15:40; addendum 08/08/2025"),
    ]}]))

    files.append(("04_SIJ_injection_2_2025-10-09_faxed.pdf", [{"kind": "fax", "mode": "standard", "pt": 12,
        "face": "DejaVuSans.ttf", "bface": "DejaVuSans-Bold.ttf",
        "banner": "FROM: CATAWBA SPINE+PAIN 8285550175   TO: BLUE RIDGE FOOTHILLS ORTHO   01/28/2026 16:33   P. {p}/{n}",
        "page_head": ["CATAWBA SPINE & PAIN CENTER - PROCEDURE REPORT   Espinal-Reyes, Gloria  07/23/1985"],
        "blocks": [
        ("kv", [("DOS:", "10/09/2025"), ("Physician:", "Lucinda Fairbanks, DO"), ("Procedure:", "Repeat R SI joint "
                 "injection, fluoroscopic, contrast")], 280),
        ("p", "Indication: confirmatory (2nd) diagnostic block; also therapeutic. Pre-procedure pain 7/10."),
        ("p", "Technique: Prone, sterile prep. Fluoroscopic guidance, inferior joint recess. Isovue-M 200 0.5 mL "
              "with intra-articular arthrogram, no vascular uptake. Injected 1.5 mL 0.5% bupivacaine + 40 mg "
              "triamcinolone. No complications."),
        ("p", "Post-procedure: 30 min pain 4/10 with sit-to-stand and walking (baseline 7/10)."),
        ("p", "Pain diary (returned 10/14/2025):"),
        ("mono", "Time      Pain   Notes\n"
                 "Before     7\n"
                 "30 min     4     still hurts when I stand\n"
                 "1 hr       4\n"
                 "2 hr       4\n"
                 "4 hr       5\n"
                 "6 hr       6     went to work\n"
                 "Next day   7\n"
                 "1 week     6\n"
                 "10 days    7"),
        ("p", "Interpretation: approximately 40% relief, below the 50% threshold. Indeterminate / negative confirmatory "
              "block. No lasting steroid benefit; pain back to baseline within 10 days."),
        ("p", "Plan: f/u Dr. Fairbanks 3 wks; consider comparative blocks vs surgical referral."),
        ("p", "L. Fairbanks, DO   e-signed 10/09/2025 14:05, addendum 10/20/2025"),
    ]}]))

    files.append(("05_PT_discharge_summary_faxed.pdf", [{"kind": "fax", "mode": "fine", "pt": 10.5,
        "face": "DejaVuSerif.ttf", "bface": "DejaVuSerif-Bold.ttf",
        "banner": "FROM: FOOTHILLS COMM HOSP REHAB  TO: 18285550191   JAN-29-2026 09:05   P. {p}/{n}",
        "fax_page_start": 2, "fax_total": 3,
        "page_head": ["FOOTHILLS COMMUNITY HOSPITAL - OUTPATIENT THERAPY SERVICES, Newton NC"],
        "blocks": [
        ("title", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        ("kv", [("Patient:", "Espinal-Reyes, Gloria M."), ("DOB:", "07/23/1985"), ("MRN:", "FCH-2093381"),
                ("Referring MD:", "Lucinda Fairbanks, DO"), ("Therapist:", "Brent Oyelaran, PT, DPT"),
                ("Dates of care:", "04/07/2025 - 06/13/2025"), ("Visits:", "17 (2x/week x 10 weeks)")], 340),
        ("p", "DIAGNOSIS: M53.3 R SIJ dysfunction; M54.50 low back pain."),
        ("p", "HISTORY: 39 y/o CNA with R low back/buttock pain since 02/2025 after a patient transfer. At evaluation pt "
              "reported occasional referral to the R posterior thigh above the knee; by visit 4 she no longer reported "
              "thigh symptoms."),
        ("p", "INTERVENTIONS: Core/lumbopelvic stabilization, glute med/max strengthening, manual therapy (SIJ "
              "mobilization, muscle energy), SI belt trial, body mechanics for patient transfers, HEP. TENS home unit "
              "issued 05/12/2025: pt instructed to use 30 minutes, 2x/day, for R buttock pain."),
        ("mono", "OUTCOME            IE 04/07/25   DC 06/13/25\n"
                 "NPRS current          8/10          6/10\n"
                 "NPRS worst            9/10          8/10\n"
                 "ODI                   46%           38%\n"
                 "R hip abd MMT         4-/5          4+/5\n"
                 "Sit-to-stand x5       16 s          11 s"),
        ("p", "TOLERANCE: Pt tolerated all exercises without increase in symptoms; no adverse events."),
        ("p", "GOALS: STG 1-3 met. LTG pain <= 3/10 not met; LTG return to full duty without pain not met."),
        ("p", "ASSESSMENT / REASON FOR D/C: Pt made functional gains but continues with R SIJ pain with transfers. "
              "Discharged to independent HEP (written program provided) with instructions to continue daily and follow "
              "up with referring MD. Pt canceled remaining 3 authorized visits due to work schedule."),
        ("p", "Brent Oyelaran, PT, DPT   NC Lic P-17726   06/13/2025"),
        ("pb",),
        ("h", "VISIT LOG / FLOWSHEET (attached to discharge summary)"),
        ("mono", "#   Date        Time in  Billing codes          Pain pre/post  Notes\n"
                 "1   04/07/2025  07:30    97163                  8/7            IE, HEP issued\n"
                 "2   04/10/2025  07:30    97110 97140            8/6\n"
                 "3   04/15/2025  07:30    97110 97112 97140      7/6\n"
                 "4   04/17/2025  07:30    97110 97140            7/5            no thigh sx\n"
                 "5   04/24/2025  07:30    97110 97112            7/5\n"
                 "6   04/29/2025  16:15    97110 97530            6/5\n"
                 "7   05/01/2025  16:15    97110 97140            7/6\n"
                 "8   05/08/2025  07:30    97110 97112            6/5\n"
                 "9   05/12/2025  07:30    97110 E0730 (TENS)     6/4            TENS issued\n"
                 "10  05/15/2025  07:30    97110 97530            6/5\n"
                 "11  05/20/2025  16:15    97110 97112            7/6            long shift\n"
                 "12  05/22/2025  16:15    97110 97140            6/5\n"
                 "13  05/29/2025  07:30    97110 97530            6/5\n"
                 "14  06/03/2025  07:30    97110 97112            6/5\n"
                 "15  06/05/2025  07:30    97110 97140            6/5\n"
                 "16  06/10/2025  16:15    97110 97530            6/5\n"
                 "17  06/13/2025  07:30    97164 97110            6/5            DC to HEP\n"
                 "--  06/17/2025  --       cx (work)\n"
                 "--  06/20/2025  --       cx (work)\n"
                 "--  06/24/2025  --       cx (work) - auth closed"),
        ("p", "Total visits attended: 17. Canceled: 3 (work schedule). No-shows: 0."),
    ]}]))

    files.append(("06_ED_record_2025-08-30.pdf", [{"kind": "text", "header": ["CATAWBA SUMMIT MEDICAL CENTER",
                                                                               "Emergency Department  -  810 Fairgrove Church Rd, Hickory NC 28602  -  Provider Note"],
        "patient": "ESPINAL-REYES, GLORIA   40 F   DOB 07/23/1985   MRN CSMC-7700214   ED arrival 08/30/2025 21:47",
        "footer": "CSMC ED Provider Note", "size": 9, "blocks": [
        ("h", "Triage"),
        ("table", (28, 28, 22, 22, 26, 26, 38), ("Time", "BP", "HR", "RR", "T", "SpO2", "Pain"), [
            ("21:52", "146/88", "104", "20", "37.0", "99%", "8/10 R wrist"),
            ("23:30", "128/76", "86", "16", "", "99%", "3/10 R wrist"),
        ]),
        ("p", "Chief complaint: R wrist pain/deformity after fall. Triage acuity ESI 3. Mechanism: tripped over dog gate at "
              "home, fell onto outstretched R hand. No head strike, no LOC."),
        ("h", "HPI"),
        ("p", "40F with hx psoriasis, anxiety, chronic R SI joint pain (followed by pain mgmt) presents w/ R wrist pain and "
              "swelling after FOOSH ~1 h PTA. Denies neck pain, back pain worse than her usual, hip pain. No numbness in "
              "fingers."),
        ("h", "Physical exam"),
        ("p", "R wrist: dorsal angulation, swelling, TTP distal radius, NV intact, cap refill < 2 s, median/ulnar/radial "
              "motor/sensory intact. Elbow/shoulder nontender. C-spine nontender. Back at baseline per pt; no new midline "
              "tenderness. Pelvis/hips: no pain with ROM or axial load, ambulatory."),
        ("h", "Results"),
        ("p", "XR R wrist 3 views: Dorsally angulated extra-articular distal radius fracture with 15 deg dorsal tilt; ulnar "
              "styloid intact."),
        ("h", "MDM"),
        ("p", "Isolated closed R distal radius fracture (Colles type). Hematoma block with 10 mL 1% lidocaine, closed "
              "reduction, sugar tong splint; post-reduction films acceptable alignment. No other injuries identified on "
              "secondary survey. Pain controlled. Given her chronic SIJ pain and NSAID use, advised to stay on "
              "home meloxicam/ibuprofen regimen as already prescribed, plus oxycodone 5 mg #6 for first 48 h."),
        ("p", "Impression: Closed fracture of distal end of R radius, initial (S52.531A). Disposition: home; hand ortho f/u "
              "3-5 days."),
        ("i", "Signed: Evander Quist, MD, FACEP  08/31/2025 00:41"),
    ]}]))

    files.append(("07_imaging_reports.pdf", [{"kind": "text", "header": ["UNIFOUR IMAGING PARTNERS",
                                                                          "Hickory / Newton / Morganton  -  Reading radiologists: Unifour Radiology, PLLC"],
        "patient": "Patient: ESPINAL-REYES, GLORIA M   DOB 07/23/1985   MRN UIP-4408120", "footer": "Unifour Imaging Partners", "size": 9.5, "blocks": [
        ("h", "EXAMS: XR PELVIS AP; XR SACROILIAC JOINTS (3 VIEWS); XR RIGHT HIP 2 VIEWS"),
        ("kv", [("Date of service:", "06/24/2025"), ("Ordering:", "Lucinda Fairbanks, DO"), ("History:", "R SIJ / buttock pain")], 32),
        ("p", "PELVIS AND SI JOINTS: No fracture. Pubic symphysis intact. SI joints are preserved in width with mild "
              "subchondral sclerosis on the right iliac side. No erosions, no ankylosis, no pseudowidening. No lytic or "
              "sclerotic lesion."),
        ("p", "RIGHT HIP: Mild superolateral joint space narrowing with a small marginal acetabular osteophyte. Femoral "
              "head spherical, no subchondral collapse. No fracture."),
        ("p", "IMPRESSION: 1. Mild right SI joint degenerative sclerosis; no radiographic sacroiliitis. "
              "2. Mild osteoarthritis of the right hip."),
        ("i", "Tamsin Okonkwo-Berg, MD   06/24/2025 16:18"),
        ("sp", 3),
        ("h", "EXAMS: MRI LUMBAR SPINE WITHOUT CONTRAST; MRI SACROILIAC JOINTS / PELVIS WITHOUT CONTRAST"),
        ("kv", [("Date of service:", "09/16/2025"), ("Ordering:", "Lucinda Fairbanks, DO"),
                ("History:", "Chronic R buttock pain, evaluate L-spine and SIJ; psoriasis - r/o sacroiliitis")], 32),
        ("p", "TECHNIQUE: Sagittal T1/T2/STIR and axial T2 of the lumbar spine; oblique coronal T1 and STIR and axial T2 "
              "FS through the SI joints."),
        ("p", "LUMBAR SPINE: Normal alignment and vertebral heights. L3-4: normal. L4-5: mild disc desiccation with a "
              "shallow diffuse bulge; no canal or foraminal stenosis; no nerve root compression. L5-S1: normal disc; "
              "foramina patent. Facets: mild L4-5 arthropathy without effusion."),
        ("p", "SACROILIAC JOINTS: No periarticular bone marrow edema on STIR. No erosions, fat metaplasia, or ankylosis. "
              "Mild subchondral sclerosis anterior-inferior right iliac side. No fluid collection. Sacrum and iliac bones "
              "without marrow-replacing lesion or fracture."),
        ("p", "IMPRESSION: 1. No MRI evidence of active or chronic inflammatory sacroiliitis. 2. Mild right SI joint "
              "degenerative change. 3. Mild L4-5 degenerative disc and facet disease without stenosis or neural "
              "compression."),
        ("i", "Tamsin Okonkwo-Berg, MD   09/16/2025 19:02"),
    ]}]))

    files.append(("08_rheumatology_note_2025-11-18.pdf", [{"kind": "text", "header": ["PIEDMONT-CATAWBA RHEUMATOLOGY",
                                                                                         "2460 Glenn Hilton Dr, Hickory NC   Ph 828-555-0144"],
        "patient": "Espinal-Reyes, Gloria M.   DOB 07/23/1985", "footer": "Rheumatology consult - excerpt printed for referral", "size": 9.5, "blocks": [
        ("h", "RHEUMATOLOGY NEW PATIENT CONSULT - 11/18/2025 - Harriet Vu-Lindgren, MD"),
        ("p", "Reason: plaque psoriasis + chronic R buttock pain; father with PsA - evaluate for axial spondyloarthritis "
              "/ psoriatic arthritis."),
        ("p", "History: Mechanical R buttock pain since 02/2025, worse with activity, better with rest; no inflammatory back "
              "pain features (no nocturnal awakening relieved by activity, stiffness < 15 min). No dactylitis, enthesitis, "
              "uveitis, IBD. No peripheral joint swelling."),
        ("p", "Exam: Psoriatic plaques bilateral elbows (BSA ~2%), scalp. No nail pitting. 0/66 swollen, 0/68 tender "
              "joints. Tender point exam: not diffusely tender; WPI 2, SSS 3 - does not meet fibromyalgia criteria."),
        ("p", "Labs 11/18/2025: HLA-B27 negative. ESR 12 mm/h. CRP 0.3 mg/dL. RF and anti-CCP negative."),
        ("p", "Imaging: MRI SI joints 09/16/2025 reviewed - no bone marrow edema or erosions."),
        ("h", "Impression"),
        ("p", "1. Plaque psoriasis, limited - no clinical, laboratory or imaging evidence of psoriatic arthritis or axial "
              "spondyloarthritis. 2. Mechanical R SIJ pain - defer to ortho/pain. 3. No fibromyalgia."),
        ("p", "Plan: continue topical therapy via dermatology. Return prn if new joint swelling, dactylitis or inflammatory "
              "back pain."),
        ("i", "H. Vu-Lindgren, MD - signed 11/19/2025"),
    ]}]))

    files.append(("09_patient_intake_2026-02-03.pdf", [{"kind": "text", "header": bf, "patient": pl, "footer": "BRFOA Patient Questionnaire (typed) - p", "size": 9.5, "blocks": [
        ("h", "NEW PATIENT QUESTIONNAIRE - SPINE   (typed into chart from patient's paper form by MA, 02/03/2026)"),
        ("p", "Pain drawing: pt shaded RIGHT low back/upper buttock only, over the bony bump; a small star on the R wrist "
              "labeled \"broke in Aug - fine now\". No shading on thighs, legs or feet."),
        ("p", "Visual analog scale (patient marks 100 mm line, MA measures): 58 mm today."),
        ("p", "How long have you had this pain?   [ ] < 6 wks   [ ] 6 wks-6 mo   [X] > 6 months   (since Feb 2025)"),
        ("p", "Pain pattern:   [X] comes and goes   [ ] constant   [X] worse with activity   [ ] worse at rest   [ ] wakes me at night"),
        ("p", "Does pain shoot down your leg?   [ ] Yes   [X] No        Numbness?   [ ] Yes   [X] No"),
        ("p", "Treatments tried:   [X] Physical therapy - 10 wks   [ ] Chiropractor   [X] Injections x2   [X] Anti-inflammatory "
              "[X] Heat/ice   [X] TENS   [ ] Massage   [X] Exercises at home - \"stopped, no time w/ 2 jobs\""),
        ("p", "Which treatment helped the most?  \"1st shot helped for a while\""),
        ("p", "Medical conditions:  [X] Anxiety/depression   [X] Skin condition (psoriasis)   [ ] Fibromyalgia   "
              "[ ] Rheumatoid arthritis   [ ] Cancer   [X] Broken bone in past year (wrist)"),
        ("p", "Work status:  [X] working full duty   [ ] light duty   [ ] off work    Job: CNA + cashier"),
        ("p", "Oswestry (ODI) raw 18/50 = 36%.   PHQ-9 = 6 (mild).   GAD-7 = 8."),
        ("small", "Patient signature on file.  Reviewed with patient by Tyler Brandvold (scribe) for Dr. Varghese-Kerr."),
    ]}]))

    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-02-16",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "Pain sits over the right posterior SI joint, below L5",
                "No radiation into the thigh or leg"]},
            "perc.pain_severity": {"status": "met", "evidence": [
                "58 mm today", "Pain today 6/10"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "focal tenderness over the R sacral sulcus just medial to the PSIS",
                "Greater trochanters nontender bilaterally"]},
            "perc.active_conservative_therapy": {"status": "not_met", "evidence": [
                "Dates of care: 04/07/2025 - 06/13/2025",
                "stopped the home exercises in July 2025",
                "Pt tolerated all exercises without increase in symptoms"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "switched to meloxicam 15 mg daily 08/2025, still taking",
                "ibuprofen 800 TID 03/2025"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "compression test positive"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Distraction test positive",
                "Patrick's (FABER) positive, posterior pain"]},
            "perc.diagnostic_injections": {"status": "not_met", "evidence": [
                "approximately 40% relief, below the 50% threshold",
                "30 min pain 4/10 with sit-to-stand"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "does not meet fibromyalgia criteria",
                "Nonorganic signs: none"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No MRI evidence of active or chronic inflammatory sacroiliitis",
                "no radiographic sacroiliitis"]},
            "perc.hip_imaging": {"status": "met", "evidence": [
                "Mild osteoarthritis of the right hip"]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "without stenosis or neural compression",
                "no nerve root compression"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "Steroid benefit approximately 3 weeks, then pain returned to baseline",
                "No lasting steroid benefit; pain back to baseline within 10 days"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": [
                "no clinical, laboratory or imaging evidence of psoriatic arthritis"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "without marrow-replacing lesion or fracture"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": [
                "No erosions, no ankylosis, no pseudowidening"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "without stenosis or neural compression"]},
        },
    }
    return {"id": "b6p-03", "form": "folder", "packet_json": None, "files": files, "labels": labels}


# ============================================================================
# Build + self-check
# ============================================================================

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
EXPECTED = {"b6p-01": ("meets_criteria", "open"), "b6p-02": ("insufficient_documentation", "percutaneous"),
            "b6p-03": ("does_not_meet_criteria", "percutaneous")}


def norm(t):
    return re.sub(r"\s+", " ", t.lower()).strip()


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def fax_image_info(page):
    res = []
    xo = page["/Resources"]["/XObject"]
    for k in xo:
        o = xo[k].get_object()
        f = o.get("/Filter")
        w, h = int(o["/Width"]), int(o["/Height"])
        pw = float(page.mediabox.width) / 72
        ph = float(page.mediabox.height) / 72
        res.append((str(f), int(o.get("/BitsPerComponent", 0)), round(w / pw), round(h / ph), pw, ph))
    return res


def build_packet(pk):
    pid = pk["id"]
    pagerecs = []  # (file, kind, text)
    if pk["form"] == "folder":
        d = os.path.join(HERE, pid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for fi, (fname, docs) in enumerate(pk["files"]):
            parts = []
            for di, spec in enumerate(docs):
                parts += build_doc(spec, f"{pid}/{fi}/{di}")
            kinds = write_pdf(parts, os.path.join(d, fname))
            pagerecs += [(os.path.join(d, fname), k, t) for k, t in kinds]
        if pk["packet_json"]:
            with open(os.path.join(d, "packet.json"), "w") as f:
                json.dump(pk["packet_json"], f, indent=2)
        with open(os.path.join(d, "labels.json"), "w") as f:
            json.dump(pk["labels"], f, indent=2)
    else:
        fname, docs = pk["files"][0]
        parts = []
        for di, spec in enumerate(docs):
            parts += build_doc(spec, f"{pid}/0/{di}")
        path = os.path.join(HERE, fname)
        kinds = write_pdf(parts, path)
        pagerecs += [(path, k, t) for k, t in kinds]
        with open(os.path.join(HERE, pid + ".labels.json"), "w") as f:
            json.dump(pk["labels"], f, indent=2)
    return pagerecs


def check_packet(pk, pagerecs):
    pid = pk["id"]
    errs, info = [], []
    lab = pk["labels"]
    exp_det, exp_proc = EXPECTED[pid]
    ids = PERC if lab["procedure"] == "percutaneous" else OPEN
    if lab["procedure"] != exp_proc:
        errs.append("procedure mismatch")
    if sorted(lab["criteria"]) != sorted(ids):
        errs.append(f"criteria set mismatch: {set(ids) ^ set(lab['criteria'])}")
    det = determination([c["status"] for c in lab["criteria"].values()])
    if det != lab["determination"] or det != exp_det:
        errs.append(f"determination {lab['determination']} vs computed {det} vs expected {exp_det}")
    # page texts
    texts = []
    nfax = 0
    faxinfo = []
    files = sorted(set(p for p, _, _ in pagerecs))
    pi = 0
    for path in files:
        recs = [r for r in pagerecs if r[0] == path]
        with pdfplumber.open(path) as pdf:
            rdr = PdfReader(path)
            if len(pdf.pages) != len(recs):
                errs.append(f"page count mismatch in {path}")
            for j, (pg, (_, kind, ftxt)) in enumerate(zip(pdf.pages, recs)):
                pi += 1
                w, h = float(pg.width), float(pg.height)
                if abs(w - 612) > 1 or abs(h - 792) > 1:
                    errs.append(f"{path} p{j+1} not Letter: {w}x{h}")
                t = pg.extract_text() or ""
                if kind == "fax":
                    nfax += 1
                    if pg.chars or t.strip():
                        errs.append(f"{path} p{j+1} fax page has text layer")
                    fi_ = fax_image_info(rdr.pages[j])
                    for f_, bpc, xd, yd, pw, ph in fi_:
                        if "CCITTFax" not in f_ or bpc != 1:
                            errs.append(f"fax page not G4 bilevel: {f_} {bpc}")
                    faxinfo.append((os.path.basename(path), j + 1, fi_[0][2], fi_[0][3]))
                    texts.append(ftxt)
                else:
                    if len(t.strip()) < 50:
                        errs.append(f"{path} p{j+1} text page has little text")
                    texts.append(t)
    npages = pi
    if not 4 <= npages <= 20:
        errs.append(f"page count {npages} outside 4-20")
    full = norm("\n".join(texts))
    nsn = 0
    for cid, c in lab["criteria"].items():
        ev = c["evidence"]
        if c["status"] == "insufficient":
            if ev:
                errs.append(f"{cid}: insufficient must have empty evidence")
            continue
        if not 1 <= len(ev) <= 3:
            errs.append(f"{cid}: needs 1-3 snippets")
        for s in ev:
            nw = len(s.split())
            if not 3 <= nw <= 12:
                errs.append(f"{cid}: snippet word count {nw}: {s!r}")
            if norm(s) not in full:
                errs.append(f"{cid}: snippet not found: {s!r}")
            nsn += 1
    if "facts" in lab:
        errs.append("labels must not have facts")
    return errs, npages, nfax, faxinfo, nsn


def main():
    packets = [packet1(), packet2(), packet3()]
    allok = True
    print("SELF-CHECK b6p (writer P, blind set v6)")
    for pk in packets:
        recs = build_packet(pk)
        errs, npages, nfax, faxinfo, nsn = check_packet(pk, recs)
        res = sorted(set(f"{x}x{y}" for _, _, x, y in faxinfo))
        st = {}
        for c in pk["labels"]["criteria"].values():
            st[c["status"]] = st.get(c["status"], 0) + 1
        print(f"{pk['id']}: form={pk['form']}{'+packet.json' if pk['packet_json'] else ''} files={len(pk['files'])} "
              f"pages={npages} faxed={nfax} fax_dpi={res} procedure={pk['labels']['procedure']} "
              f"determination={pk['labels']['determination']} statuses={st} snippets_checked={nsn} "
              f"-> {'OK' if not errs else 'FAIL'}")
        for f_, p_, x, y in faxinfo:
            print(f"    fax page: {f_} p{p_} {x}x{y} dpi, CCITT G4, 1-bit, no text layer")
        for e in errs:
            print("   ERROR:", e)
        allok &= not errs
    print("ALL CHECKS PASSED" if allok else "SOME CHECKS FAILED")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
