#!/usr/bin/env python3
"""Writer D, blind set v9 (prefix b9d): three SIJ-fusion prior-auth packets with gold labels.

Deterministic: fixed seeds, fixed dates, no clock reads in the documents.
Run:  .venv/bin/python make_packets.py
"""
import io
import json
import os
import random
import re
import shutil
import sys

import img2pdf
import numpy as np
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

PRACTICE = "LINDQUIST SPINE & PAIN, PLLC"
PRACTICE_LINES = ["Anders R. Lindquist, MD  -  Interventional Spine / Physical Medicine & Rehabilitation",
                  "410 Fairgrove Church Rd SE, Suite B, Conover, NC 28613",
                  "Ph 828-555-0142   Fax 828-555-0147   NPI 1730495528"]
DICT_BANNER = ("*** Dictated using front-end speech recognition. Dictated but not read. "
               "Please excuse transcription errors. ***")

# --------------------------------------------------------------------------------------
# Text pages (fpdf2, core fonts)
# --------------------------------------------------------------------------------------


class DocPDF(FPDF):
    def __init__(self, head, foot):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.head = head
        self.foot = foot
        self.set_auto_page_break(True, margin=60)
        self.set_margins(54, 50, 54)
        self.alias_nb_pages()

    def header(self):
        if self.head:
            self.set_font("Helvetica", "", 8)
            self.set_y(24)
            self.cell(0, 10, self.head, align="L")
            self.set_y(50)

    def footer(self):
        self.set_y(-40)
        self.set_font("Helvetica", "", 8)
        txt = (self.foot + "    " if self.foot else "") + "Page %d of {nb}" % self.page_no()
        self.cell(0, 10, txt, align="C")


def dictate(text, seed):
    """Uncorrected speech recognition: most spoken punctuation is turned into marks, some is left as words."""
    rng = random.Random(seed)
    toks = text.split(" ")
    out = []
    cap = False
    for i, t in enumerate(toks):
        if t == "period" and rng.random() < 0.7:
            if out:
                out[-1] = out[-1] + "."
            cap = True
            continue
        if t == "comma" and rng.random() < 0.65:
            if out:
                out[-1] = out[-1] + ","
            continue
        if cap and t:
            t = t[0].upper() + t[1:]
            cap = False
        out.append(t)
    return " ".join(out)


def render_text_doc(doc):
    pdf = DocPDF(doc.get("head", ""), doc.get("foot", ""))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "letterhead":
            pdf.set_font("Helvetica", "B", 13)
            pdf.cell(0, 16, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 8.5)
            for ln in b[2]:
                pdf.cell(0, 11, ln, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(6)
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 16, b[1], align=b[2] if len(b) > 2 else "C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 14, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            font = b[2] if len(b) > 2 else ("Times", "", 11.5)
            txt = b[1] if len(b) > 2 else dictate(b[1], doc.get("seed", 0) * 1000 + len(b[1]))
            pdf.set_font(*font)
            pdf.multi_cell(W, font[2] * 1.25, txt, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "mono":
            pdf.set_font("Courier", "", b[2] if len(b) > 2 else 10)
            for ln in b[1]:
                pdf.cell(0, 12, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "kv":
            size = b[2] if len(b) > 2 else 10
            for k, v in b[1]:
                pdf.set_font("Helvetica", "B", size)
                pdf.cell(150, size + 4, k)
                pdf.set_font("Helvetica", "", size)
                pdf.multi_cell(W - 150, size + 4, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "table":
            widths, header, rows = b[1], b[2], b[3]
            size = b[4] if len(b) > 4 else 9.5
            tot = sum(widths)
            widths = [w * W / tot for w in widths]
            pdf.set_font("Helvetica", "B", size)
            for w, h in zip(widths, header):
                pdf.cell(w, size + 7, h, border=1)
            pdf.ln()
            pdf.set_font("Helvetica", "", size)
            for r in rows:
                for w, c in zip(widths, r):
                    pdf.cell(w, size + 7, c, border=1)
                pdf.ln()
            pdf.ln(5)
        elif kind == "check":
            pdf.set_font("Helvetica", "", 10)
            for mark, label in b[1]:
                pdf.cell(0, 14, ("[X] " if mark else "[  ] ") + label, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sig":
            pdf.ln(6)
            pdf.set_font("Helvetica", "I", 10)
            for ln in b[1]:
                pdf.cell(0, 13, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font("Helvetica", "", 7.5)
            pdf.multi_cell(W, 9, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "space":
            pdf.ln(b[1])
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------
# Faxed pages: bilevel, CCITT G4, skewed, specks, dropouts, banner line
# --------------------------------------------------------------------------------------

FAX_W, FAX_H_FINE = 1728, 2156  # 204 x 196 dpi, ~8.47 x 11 in


def wrap_px(text, font, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if font.getlength(t) <= maxw:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur or not lines:
        lines.append(cur)
    return lines


def render_fax_page(page, seed):
    """page: dict(banner, items=[(style, text)], res='fine'|'standard', skew, pt)"""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    pt = page.get("pt", 11)
    px = int(round(pt * 196 / 72))
    f_reg = ImageFont.truetype(FONT, px)
    f_bold = ImageFont.truetype(FONT_B, px)
    f_big = ImageFont.truetype(FONT_B, int(px * 1.6))
    f_mono = ImageFont.truetype(FONT_M, int(px * 0.95))
    f_ban = ImageFont.truetype(FONT_M, int(round(9.5 * 196 / 72)))
    img = Image.new("L", (FAX_W, FAX_H_FINE), 255)
    d = ImageDraw.Draw(img)
    d.text((40, 14), page["banner"], font=f_ban, fill=0)
    left, right = 130, FAX_W - 130
    y = 110
    lh = int(px * 1.38)
    raster_text = [page["banner"]]
    for style, text in page["items"]:
        if style == "gap":
            y += int(text)
            continue
        if style == "rule":
            d.line((left, y + 6, right, y + 6), fill=0, width=3)
            y += 20
            continue
        font = {"p": f_reg, "b": f_bold, "big": f_big, "mono": f_mono}[style]
        if style == "mono":
            lines = text.split("\n")
        else:
            lines = wrap_px(text, font, right - left)
        for ln in lines:
            d.text((left, y), ln, font=font, fill=0)
            y += lh if style != "big" else int(lh * 1.5)
            raster_text.append(ln)
        y += int(lh * 0.35)
    if y > FAX_H_FINE - 60:
        raise ValueError("fax page overflow: %r" % page["banner"])
    # skew
    ang = page["skew"]
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    a = np.array(img)
    # specks
    for _ in range(rng.randint(180, 320)):
        cx, cy = rng.randrange(FAX_W), rng.randrange(FAX_H_FINE)
        r = rng.choice([1, 1, 2, 2, 3])
        a[max(0, cy - r):cy + r, max(0, cx - r):cx + r] = 0
    # vertical streak near an edge (scanner dirt)
    sx = rng.randrange(60, 110)
    a[:, sx:sx + 2] = np.where(nrng.random((FAX_H_FINE, 2)) < 0.55, 0, a[:, sx:sx + 2])
    # dropouts: partial white rows
    for _ in range(rng.randint(4, 8)):
        ry = rng.randrange(120, FAX_H_FINE - 20)
        x0 = rng.randrange(0, FAX_W // 2)
        a[ry:ry + rng.choice([1, 1, 2]), x0:x0 + rng.randrange(300, 1100)] = 255
    # salt noise
    noise = nrng.random(a.shape) < 0.0012
    a[noise] = 0
    img = Image.fromarray(a)
    if page["res"] == "standard":
        img = img.resize((FAX_W, FAX_H_FINE // 2), Image.LANCZOS)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    bw = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    layout = img2pdf.get_layout_fun((img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11)), fit=img2pdf.FitMode.into)
    pdf = img2pdf.convert(buf.getvalue(), layout_fun=layout)
    return pdf, " ".join(raster_text)


# --------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------


def build_file(docs, seed):
    """docs: list of ('text', doc) or ('fax', page). Returns pdf bytes and list of page meta."""
    w = PdfWriter()
    meta = []
    for i, (kind, d) in enumerate(docs):
        if kind == "text":
            data = render_text_doc(d)
            r = PdfReader(io.BytesIO(data))
            for p in r.pages:
                w.add_page(p)
                meta.append({"fax": False, "raster": None})
        else:
            data, rt = render_fax_page(d, seed * 100 + i)
            r = PdfReader(io.BytesIO(data))
            w.add_page(r.pages[0])
            meta.append({"fax": True, "raster": rt, "res": d["res"], "skew": d["skew"]})
    buf = io.BytesIO()
    w.add_metadata({"/Producer": "LSP-DocAssembler 3.2", "/Title": "Prior authorization packet"})
    w.write(buf)
    return buf.getvalue(), meta


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ======================================================================================
# PACKET b9d-01 : open SIJ fusion (27280) - insufficient_documentation
# ======================================================================================

def packet_01():
    pid = "b9d-01"
    head = "PRUITT, LORETTA A   DOB 04/22/1968   Acct 20417"
    ban = lambda n: ("FROM: LINDQUIST SPINE PAIN 8285550147   TO: CARESOURCE NC UM 18445551216   "
                     "01/12/2026 10:41   P. %d/7" % n)
    fax_cover = {"banner": ban(1), "res": "fine", "skew": 0.6, "pt": 11, "items": [
        ("big", "FAX TRANSMITTAL"),
        ("p", "Lindquist Spine & Pain, PLLC  |  410 Fairgrove Church Rd SE Ste B, Conover NC 28613"),
        ("rule", ""),
        ("p", "To: CareSource North Carolina - Utilization Management / Prior Authorization"),
        ("p", "Fax: 1-844-555-1216          Phone: 1-844-555-1200"),
        ("p", "From: Kendra Moody, PA coordinator, for Anders R. Lindquist, MD"),
        ("p", "Date: 01/12/2026          Pages (including cover): 7"),
        ("p", "Re: Prior authorization request - PRUITT, LORETTA A, DOB 04/22/1968, Member ID NCM448120937"),
        ("rule", ""),
        ("b", "Contents:"),
        ("p", "1. PA request form  2. Letter of medical necessity  3. Office notes 12/18/2025 and 01/08/2026  "
              "4. Outside surgeon correspondence (Blue Ridge Orthopaedic Associates)  5. Outside medication list"),
        ("p", "CT pelvis has been ordered. Report will be faxed under separate cover when finalized."),
        ("gap", 30),
        ("p", "Please call 828-555-0142 ext 3 with questions. URGENT: [ ]   ROUTINE: [X]"),
        ("gap", 40),
        ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
              "and confidential under federal and state law. If you are not the intended recipient, any "
              "review, dissemination or copying is prohibited. Please notify the sender by telephone and "
              "destroy the original transmission."),
    ]}
    form = {"head": "", "foot": "CareSource NC Marketplace - Outpatient/Inpatient PA Request  Rev 03/2025", "blocks": [
        ("title", "CareSource North Carolina - Prior Authorization Request Form"),
        ("small", "Submit with supporting clinical documentation. Incomplete requests may be pended. "
                  "Fax 1-844-555-1216."),
        ("h", "Member information"),
        ("kv", [("Member name:", "Loretta A. Pruitt"), ("Date of birth:", "04/22/1968"),
                ("Member ID:", "NCM448120937"), ("Plan:", "CareSource NC Marketplace Silver")]),
        ("h", "Requesting / servicing provider"),
        ("kv", [("Requesting:", "Anders R. Lindquist, MD  NPI 1730495528"),
                ("Servicing surgeon:", "Anders R. Lindquist, MD (co-surgeon: P. Okafor, MD)"),
                ("Facility:", "Catawba Valley Surgical Hospital, Hickory NC (inpatient)"),
                ("Contact:", "Kendra Moody  828-555-0142 x3")]),
        ("h", "Service requested"),
        ("kv", [("Date of request:", "01/12/2026"),
                ("CPT code(s):", "27280 - Arthrodesis, sacroiliac joint, open, includes obtaining bone graft"),
                ("ICD-10:", "T84.84XA Pain due to internal orthopedic prosthetic devices; M53.3; Z98.1"),
                ("Side:", "Right"),
                ("Planned date:", "TBD pending authorization"),
                ("Setting:", "Inpatient, anticipated LOS 2 days")]),
        ("check", [(True, "Open SI joint arthrodesis / revision"), (False, "Percutaneous / minimally invasive SI joint fusion")]),
        ("h", "Clinical summary (brief)"),
        ("p", "57 y/o F s/p right percutaneous SI joint fusion 03/2024 (outside surgeon) with persistent right "
              "buttock pain. Revision open arthrodesis with autograft requested. See attached notes.",
         ("Helvetica", "", 10)),
        ("kv", [("Imaging attached:", "CT pelvis ordered 01/08/2026 - pending, to follow")]),
        ("sig", ["Signature: Anders R. Lindquist, MD (e-signed)        Date: 01/12/2026"]),
    ]}
    lmn = {"head": "", "foot": "", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES),
        ("p", "January 12, 2026", ("Helvetica", "", 10.5)),
        ("p", "CareSource North Carolina\nAttn: Utilization Management - Medical Director Review\n"
              "Re: Loretta A. Pruitt   DOB 04/22/1968   Member ID NCM448120937", ("Helvetica", "", 10.5)),
        ("p", "To whom it may concern,", ("Helvetica", "", 10.5)),
        ("p", "I am writing to request authorization for open revision arthrodesis of the right sacroiliac "
              "joint (CPT 27280) for Ms. Pruitt. She underwent percutaneous right SI joint fusion with three "
              "triangular titanium implants by Dr. Gavin Mercer in March 2024. She did well for roughly four "
              "months and then had gradual return of right-sided buttock and posterior pelvic pain that now "
              "limits her to about fifteen minutes of standing. She has completed a further course of physical "
              "therapy and continues her home program and medications without meaningful benefit.",
         ("Helvetica", "", 10.5)),
        ("p", "In my opinion her percutaneous fusion has failed, and her original surgeon has referred her to "
              "me for revision since he does not perform open sacroiliac procedures. The plan would be removal "
              "of the implants as needed, joint debridement and open arthrodesis with iliac crest autograft and "
              "plate fixation.", ("Helvetica", "", 10.5)),
        ("p", "A CT of the pelvis was ordered at her January 8 visit; the report will be forwarded under "
              "separate cover as soon as it is finalized. Her lumbar history is remote (L4-5 microdiscectomy "
              "in 2016 with complete resolution of leg symptoms).", ("Helvetica", "", 10.5)),
        ("p", "Thank you for your review. Please contact my office with any questions.", ("Helvetica", "", 10.5)),
        ("sig", ["Sincerely,", "", "Anders R. Lindquist, MD", "Board certified, Physical Medicine & Rehabilitation"]),
    ]}
    note1 = { "seed": 7,"head": head, "foot": "Lindquist Spine & Pain - Office Visit", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("kv", [("Patient:", "PRUITT, LORETTA A"), ("DOB:", "04/22/1968"), ("Date of service:", "12/18/2025"),
                ("Visit type:", "New patient consult, referred by Gavin Mercer MD"), ("Provider:", "A. Lindquist MD")], 9.5),
        ("small", DICT_BANNER),
        ("p", "This is a fifty seven year old right hand dominant woman seen today December eighteenth twenty twenty "
              "five at the request of doctor Mercer for persistent rite sided buttock pain after a percutaneous "
              "sacroiliac joint fusion comma which he did on March nineteenth twenty twenty four using three "
              "triangular titanium implants period she tells me she had about four months where she felt like "
              "she got her life back and then the pain crept back in starting around July of twenty twenty four "
              "and it has been steadily worse since then period she points with one finger just below the belt "
              "line on the right over the back of the pelvis where the incision was period she denies any pain "
              "going down the leg comma no numbness or tingling in the feet comma no bowel or bladder change period "
              "new paragraph"),
        ("p", "Pain today is eight out of ten comma worse with standing more then fifteen minutes, getting in and "
              "out of the car and rolling over in bed period she has done two rounds of therapy since the fusion "
              "the last one at Blue Ridge PT in the fall, and she takes meloxicam and uses a heating pad period "
              "she has not had any falls or injuries since the surgery period no fevers chills or night sweats, "
              "the incision healed without problems and she was never treated for a wound infection period"),
        ("p", "Past history colon L4-5 microdiscectomy in twenty sixteen for left leg sciatica which completely "
              "resolved and has never come back comma hypertension comma hypothyroidism period family history her "
              "sister has rheumatoid arthritis comma mother with osteoporosis period she does not smoke period"),
        ("p", "Exam colon pleasant, walks with a slight antalgic gait favoring the right period well healed small "
              "incisions over the right lateral buttock period tender to palpitation over the right posterior "
              "sacroiliac joint period lumbar paraspinals are non tender period straight leg raise negative "
              "bilaterally period strength five out of five through the lower extremities, reflexes two plus and "
              "symmetric at the knees and ankles period hip range of motion full and painless on the right period"),
        ("p", "Assessment colon number one failed right percutaneous sacroiliac joint fusion, March twenty "
              "twenty four, with recurrent right sacroiliac pain period number two remote L4-5 microdiscectomy "
              "without current radicular symptoms period"),
        ("p", "Plan colon I do not have any of her imaging today, doctor Mercer's office was going to send the "
              "discs but nothing has arrived yet period we discussed that if the implants are loose or there is "
              "no bridging bone then the next step would be an open revision with grafting period I will see her "
              "back in three weeks once the outside records come period continue meloxicam period"),
        ("sig", ["Electronically signed: Anders R. Lindquist, MD  12/22/2025 07:58"]),
    ]}
    note2 = { "seed": 14,"head": head, "foot": "Lindquist Spine & Pain - Office Visit", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("kv", [("Patient:", "PRUITT, LORETTA A"), ("DOB:", "04/22/1968"), ("Date of service:", "01/08/2026"),
                ("Visit type:", "Follow up, established"), ("Provider:", "A. Lindquist MD")], 9.5),
        ("small", DICT_BANNER),
        ("p", "Loretta comes back today January eighth twenty twenty six for follow up of her right sacroiliac pain "
              "after the failed fusion period unfortunately the outside films still have not come, the disc that "
              "was mailed to us would not load on our viewer and Blue Ridge tells us the image archive from twenty "
              "twenty four was migrated to a new system period so at this point I have no imaging to review "
              "period new paragraph"),
        ("p", "She says the pain is about the same, eight out of ten, sitting is a little better than standing period "
              "still no leg symptoms period she finished eight weeks of therapy in November and she is doing the "
              "home exercises three days a week period she is frustrated and wants to move forward period"),
        ("p", "Exam is unchanged from December colon tender right posterior sacroiliac region, neurologically intact, "
              "negative straight leg raise period"),
        ("p", "Assessment and plan colon failed right percutaneous SI joint fusion with persistent pain period I "
              "have ordered a new CT of the pelvis without contrast to look at the implants and the joint, order "
              "placed today, she will schedule at Catawba Valley imaging period we will submit the authorization "
              "request for open revision arthrodesis now and send the CT report along as soon as it is read "
              "period return after the CT period"),
        ("kv", [("Orders:", "CT PELVIS WO CONTRAST (74192) - status: ordered, not yet performed")], 9.5),
        ("sig", ["Electronically signed: Anders R. Lindquist, MD  01/09/2026 18:12"]),
    ]}
    ban2 = lambda n: ("FROM: BLUE RIDGE ORTHO 8285550790   TO: 8285550147 LINDQUIST   11/25/2025 16:03   P. %d/2" % n)
    outside1 = {"banner": ban2(1), "res": "fine", "skew": -0.9, "pt": 11, "items": [
        ("big", "BLUE RIDGE ORTHOPAEDIC ASSOCIATES"),
        ("p", "Spine Center  -  1200 Tate Blvd SE, Hickory NC 28602  -  828-555-0790"),
        ("rule", ""),
        ("p", "November 25, 2025"),
        ("p", "Anders R. Lindquist, MD, Lindquist Spine & Pain, PLLC, Conover NC"),
        ("p", "RE: Loretta Pruitt   DOB 04/22/1968"),
        ("gap", 10),
        ("p", "Dear Dr. Lindquist,"),
        ("p", "Thank you for seeing Mrs. Pruitt in consultation. I performed a right minimally invasive SI joint "
              "fusion with three 7.0 mm triangular implants on 03/19/2024. Her early course was good, but since "
              "mid-2024 she has had recurrent right SI joint pain with no new injury. She has completed two "
              "courses of physical therapy since surgery and remains on an NSAID."),
        ("p", "I consider her minimally invasive fusion a failure. I do not perform open SI joint revision and "
              "would appreciate your evaluation for an open arthrodesis."),
        ("p", "Our imaging from 2024 is being retrieved from our previous archive and will be sent separately. "
              "She has had no wound problems and no signs of infection."),
        ("gap", 10),
        ("p", "Sincerely,"),
        ("p", "Gavin Mercer, MD  -  Orthopaedic Spine Surgery"),
        ("p", "cc: Sandra Vick, FNP (PCP)"),
    ]}
    outside2 = {"banner": ban2(2), "res": "fine", "skew": -0.7, "pt": 10.5, "items": [
        ("b", "BLUE RIDGE ORTHOPAEDIC ASSOCIATES  -  CURRENT MEDICATION LIST"),
        ("p", "Patient: PRUITT, LORETTA A      DOB: 04/22/1968      Printed: 11/25/2025"),
        ("rule", ""),
        ("mono", "MEDICATION                  SIG                     START      STATUS\n"
                 "Meloxicam 15 mg tab         1 tab PO daily          08/2024    Active\n"
                 "Levothyroxine 75 mcg        1 tab PO daily qAM      2015       Active\n"
                 "Lisinopril 10 mg            1 tab PO daily          2019       Active\n"
                 "Cyclobenzaprine 5 mg        1 tab PO qHS prn        04/2024    Discontinued\n"
                 "Oxycodone-APAP 5/325        1 tab q6h prn           03/2024    Completed"),
        ("gap", 10),
        ("b", "ALLERGIES:"),
        ("p", "Sulfa (rash)"),
        ("b", "PROBLEM LIST:"),
        ("p", "Sacroiliac joint dysfunction, right, s/p MIS fusion 03/19/2024; Essential hypertension; "
              "Hypothyroidism; History of lumbar discectomy (2016)"),
        ("gap", 20),
        ("p", "This list was reconciled with the patient on the date printed. Verify before prescribing."),
    ]}
    files = {
        "01_fax_cover_request.pdf": [("fax", fax_cover), ("text", form), ("text", lmn)],
        "02_office_notes_lindquist.pdf": [("text", note1), ("text", note2)],
        "03_outside_records_blueridge.pdf": [("fax", outside1), ("fax", outside2)],
    }
    packet_json = {"request_date": "2026-01-12", "procedure_codes": ["27280"],
                   "member_id": "NCM448120937", "policy": "MP-MM-1366"}
    labels = {
        "procedure": "open",
        "request_date": "2026-01-12",
        "determination": "insufficient_documentation",
        "criteria": {
            "open.indication": {"status": "met", "evidence": [
                "failed right percutaneous sacroiliac joint fusion",
                "I consider her minimally invasive fusion a failure."]},
            "open.recent_imaging": {"status": "insufficient", "evidence": []},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "she denies any pain going down the leg",
                "without current radicular symptoms"]},
        },
    }
    return pid, "folder", files, packet_json, labels


# ======================================================================================
# PACKET b9d-02 : percutaneous (27279) - meets_criteria  (single PDF)
# ======================================================================================

def packet_02():
    pid = "b9d-02"
    head = "WHITFIELD, DENISE C   DOB 09/14/1979   Acct 19882"
    ban = lambda n: ("FROM: LINDQUIST SPINE PAIN 8285550147   TO: CARESOURCE UM   "
                     "12/08/2025 15:27   P. %d/11" % n)
    fax_cover = {"banner": ban(1), "res": "standard", "skew": 0.8, "pt": 12, "items": [
        ("big", "FAX"),
        ("p", "LINDQUIST SPINE & PAIN, PLLC   Conover, NC   Ph 828-555-0142"),
        ("rule", ""),
        ("p", "TO: CareSource NC Prior Authorization Dept."),
        ("p", "FAX #: 1-844-555-1216"),
        ("p", "FROM: Kendra Moody for Dr. Lindquist"),
        ("p", "DATE: 12/08/2025      # PAGES: 11 incl. cover"),
        ("p", "RE: Denise C. Whitfield  DOB 09/14/1979  ID NCM301775420"),
        ("p", "Request: right SI joint fusion, percutaneous, CPT 27279"),
        ("rule", ""),
        ("p", "Enclosed: PA form, LMN, office notes 06/12/2025 and 11/20/2025, PT discharge summary, "
              "SI joint injection notes x2, imaging reports, medication list."),
        ("gap", 30),
        ("p", "The information in this fax is confidential and intended only for the named recipient. "
              "If received in error please call 828-555-0142 and destroy all copies."),
    ]}
    form = {"head": "", "foot": "CareSource NC Marketplace - PA Request  Rev 03/2025", "blocks": [
        ("title", "CareSource North Carolina - Prior Authorization Request Form"),
        ("small", "Submit with supporting clinical documentation. Fax 1-844-555-1216."),
        ("h", "Member"),
        ("kv", [("Name:", "Denise C. Whitfield"), ("DOB:", "09/14/1979"), ("Member ID:", "NCM301775420")]),
        ("h", "Provider"),
        ("kv", [("Requesting/servicing:", "Anders R. Lindquist, MD  NPI 1730495528"),
                ("Facility:", "Catawba Valley Surgery Center, Hickory NC (outpatient)")]),
        ("h", "Service"),
        ("kv", [("Date of request:", "12/08/2025"),
                ("CPT:", "27279 - Arthrodesis, sacroiliac joint, percutaneous or minimally invasive"),
                ("ICD-10:", "M53.3 Sacrococcygeal disorders NEC; M54.50"),
                ("Laterality:", "Right"), ("Units:", "1")]),
        ("check", [(False, "Open"), (True, "Percutaneous / minimally invasive")]),
        ("sig", ["Provider signature: A. Lindquist MD (e-sig)     Date: 12/08/2025"]),
    ]}
    lmn = {"head": "", "foot": "", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES),
        ("p", "December 8, 2025\n\nRe: Denise C. Whitfield, DOB 09/14/1979\nRequest: Right percutaneous SI "
              "joint fusion (CPT 27279)", ("Helvetica", "", 10.5)),
        ("p", "Dear Medical Director,", ("Helvetica", "", 10.5)),
        ("p", "Ms. Whitfield is a 46-year-old mail carrier with right sacroiliac joint pain since late 2024. Her "
              "pain is localized to the right posterior SI joint and buttock without radiation. She completed six "
              "and a half months of formal physical therapy followed by a supervised home program, has taken "
              "meloxicam daily through 2025, and has had two fluoroscopically guided, contrast-confirmed right SI "
              "joint injections with strong short-term relief and return of pain each time. Examination shows "
              "a positive thigh thrust, Gaenslen's and FABER on the right. Imaging excludes inflammatory or "
              "destructive disease, her hip shows only mild arthritis and the lumbar MRI shows no neural "
              "compression.", ("Helvetica", "", 10.5)),
        ("p", "I believe she meets criteria for percutaneous SI joint fusion under MP-MM-1366 and respectfully "
              "request approval. Supporting records are enclosed.", ("Helvetica", "", 10.5)),
        ("sig", ["Anders R. Lindquist, MD"]),
    ]}
    note_jun = { "seed": 21,"head": head, "foot": "Lindquist Spine & Pain - Office Visit", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("kv", [("Patient:", "WHITFIELD, DENISE C"), ("DOB:", "09/14/1979"), ("DOS:", "06/12/2025"),
                ("Provider:", "A. Lindquist MD"), ("Visit:", "Follow up")], 9.5),
        ("small", DICT_BANNER),
        ("p", "Denise is back June twelfth twenty twenty five, she is still in physical therapy at Foothills "
              "Rehab twice a week and has been since the middle of January period the pain is a little better "
              "on good days but she still rates it around eight out of ten by the end of a mail route period "
              "meloxicam fifteen milligrams every day since early January comma plus a heating pad at night "
              "and ice after work period she bought a TENS unit off the internet and tries it sometimes period "
              "new paragraph exam today colon tender right sacroiliac joint comma FABER positive on the right "
              "period plan colon finish the therapy plan of care which runs through the end of July, then we will "
              "transition her to the home program, and I want x-rays and a CT of the sacroiliac joints plus an "
              "x ray of the right hip period lumbar MRI from May reviewed with her, no pinched nerve period"),
        ("sig", ["Electronically signed: Anders R. Lindquist, MD  06/13/2025 08:40"]),
    ]}
    note_nov = { "seed": 28,"head": head, "foot": "Lindquist Spine & Pain - Office Visit", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("kv", [("Patient:", "WHITFIELD, DENISE C"), ("DOB:", "09/14/1979"), ("DOS:", "11/20/2025"),
                ("Provider:", "A. Lindquist MD"), ("Visit:", "Follow up / surgical planning")], 9.5),
        ("small", DICT_BANNER),
        ("p", "Mrs. Whitfield returns November twentieth twenty twenty five to talk about next steps for her right "
              "sided sacroiliac pain period the pain sits below L5 over the right posterior sacroiliac joint and "
              "upper buttock and it does not radiate period she says it stays put right there comma never goes "
              "down the leg or into the groin period back in twenty nineteen she had a bout of left sciatica that "
              "went away with a Medrol Dosepak and she has had no leg pain since period new paragraph"),
        ("p", "Her pain is seven out of ten today and has been at that level since the second injection wore off "
              "period both of her right SI joint injections gave her great relief that first afternoon period the "
              "August injection held for about three weeks and then the pain came right back to baseline period "
              "the September injection helped for about four weeks and then the pain returned to where it was "
              "before period she stays on meloxicam fifteen milligrams daily comma which she has taken every day "
              "since January twenty twenty five comma plus heat at night period she finished her formal therapy "
              "July twenty ninth and then did the home exercise program I prescribed, we went over her log today "
              "and she completed the six weeks with no real change in the pain period"),
        ("p", "Exam colon no acute distress, gait non antalgic period tender to palpitation over the right posterior "
              "sacroiliac joint just medial to the PSIS period no tenderness over the greater trochanter comma "
              "lumbar midline and paraspinals non tender comma coccyx non tender period thigh thrust positive on the "
              "right period Gaenslen's test positive on the right period FABER positive on the right reproducing her "
              "buttock pain period distraction test negative period compression test negative period Waddell signs "
              "zero out of five period straight leg raise negative period neuro intact in both lower extremities "
              "period"),
        ("p", "Labs from her PCP colon HLA-B27 negative, sed rate and CRP normal period her mother has rheumatoid "
              "arthritis but Denise has no joint swelling or morning stiffness period no trauma, no falls, "
              "no history of cancer period"),
        ("p", "Assessment colon right sacroiliac joint dysfunction, failed conservative care period plan colon "
              "right percutaneous sacroiliac joint fusion, we will submit to her insurance period risks benefits "
              "and alternatives discussed period"),
        ("sig", ["Electronically signed: Anders R. Lindquist, MD  11/21/2025 07:15"]),
    ]}
    pt = {"head": "Foothills Rehab & Sports PT - Hickory NC - Fax 828-555-0388", "foot": "Foothills Rehab & Sports PT", "blocks": [
        ("title", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        ("kv", [("Patient:", "Denise Whitfield"), ("DOB:", "09/14/1979"),
                ("Referring MD:", "Anders Lindquist, MD"), ("Dx:", "R sacroiliac joint dysfunction (M53.3)"),
                ("Dates of service:", "01/14/2025 - 07/29/2025"), ("Total visits:", "31"),
                ("Therapist:", "Colleen Ashby, PT, DPT")], 9.5),
        ("h", "Summary of care"),
        ("p", "Pt attended 31 of 34 scheduled visits (2x/wk Jan-Apr, 1x/wk May-Jul). Treatment included "
              "lumbopelvic stabilization, gluteal strengthening, core progression, SIJ belt trial, manual "
              "therapy and HEP instruction. Pt compliant and motivated.", ("Helvetica", "", 10)),
        ("table", [2.2, 1.3, 1.6, 1.8, 2.6],
         ["Date", "NPRS", "ODI %", "SLS R (s)", "Comment"],
         [["01/14/2025", "8/10", "48", "6", "Initial eval"],
          ["03/11/2025", "7/10", "44", "11", "Re-eval"],
          ["05/06/2025", "7/10", "40", "15", "Re-eval"],
          ["07/29/2025", "6/10", "38", "18", "Discharge"]]),
        ("h", "Assessment at discharge"),
        ("p", "Functional gains in strength and single-leg stance; pain plateaued at 6-7/10 over the right SIJ. "
              "Goals partially met. Discharged to independent HEP per MD; written program issued 07/29/2025. "
              "Recommend MD follow-up for further management.", ("Helvetica", "", 10)),
        ("sig", ["Colleen Ashby, PT, DPT   Lic. NC 14902   07/29/2025"]),
    ]}
    inj1 = {"head": head, "foot": "Lindquist Spine & Pain - Procedure Note", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("title", "PROCEDURE NOTE - RIGHT SACROILIAC JOINT INJECTION"),
        ("kv", [("Patient:", "WHITFIELD, DENISE C  (DOB 09/14/1979)"), ("Date of procedure:", "08/19/2025"),
                ("Physician:", "Anders R. Lindquist, MD"), ("Location:", "LSP procedure suite, Conover")], 9.5),
        ("p", "Indication: Right SIJ pain. Pre-procedure pain 7/10.  Consent: Written, risks reviewed.\n"
              "Procedure: Patient prone. Right SIJ identified under fluoroscopy. After skin prep and 1% lidocaine "
              "skin wheal, a 22-g 3.5 in spinal needle was advanced into the inferior right SI joint under "
              "fluoroscopic guidance. Omnipaque 180, 0.5 mL, demonstrated intra-articular spread without vascular "
              "uptake. Injectate: 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone (1 mL). Needle removed, "
              "no complications. EBL none.", ("Helvetica", "", 10)),
        ("h", "Post-procedure pain diary (patient completed)"),
        ("table", [1.6, 1.4, 1.6, 3.0],
         ["Time after", "Pain 0-10", "% relief", "Activity"],
         [["Pre", "7", "-", "walking in clinic"], ["30 min", "1", "86%", "walking"],
          ["1 hr", "1", "86%", "drive home"], ["2 hr", "2", "71%", "housework"],
          ["4 hr", "2", "71%", "standing/cooking"], ["6 hr", "3", "57%", "evening"],
          ["24 hr", "5", "29%", "next morning"]]),
        ("p", "Impression: Positive diagnostic response, greater than 50% relief sustained beyond the expected "
              "duration of bupivacaine.", ("Helvetica", "", 10)),
        ("sig", ["A. Lindquist MD  08/19/2025 13:02"]),
    ]}
    ban3 = lambda n: "FROM: LSP PROCEDURE SUITE 8285550147   TO: 8285550147 CHART   09/24/2025 08:12   P. %d/1" % n
    inj2 = {"banner": ban3(1), "res": "standard", "skew": -1.1, "pt": 12, "items": [
        ("b", "LINDQUIST SPINE & PAIN - PROCEDURE NOTE"),
        ("p", "Patient: WHITFIELD, DENISE C   DOB 09/14/1979   Date: 09/23/2025"),
        ("rule", ""),
        ("b", "RIGHT SACROILIAC JOINT INJECTION, FLUOROSCOPIC GUIDANCE"),
        ("p", "Pre-procedure pain 7/10 right SIJ. Relief from 08/19 injection lasted ~3 weeks, pain back "
              "to baseline."),
        ("p", "Prone. Fluoroscopic guidance. 22-g needle into inferior R SIJ. Isovue-M 200, 0.5 mL: "
              "intra-articular arthrogram, no vascular spread. Injected 1.5 mL 2% lidocaine + 40 mg "
              "triamcinolone. No complications."),
        ("b", "PAIN DIARY"),
        ("mono", "TIME      PAIN   RELIEF\n"
                 "Pre        7      --\n"
                 "15 min     0     100%\n"
                 "30 min     1      86%\n"
                 "1 hr       2      71%\n"
                 "2 hr       3      57%\n"
                 "4 hr       5      29%"),
        ("p", "Impression: positive response, 71% relief at 1 hour with lidocaine."),
        ("p", "A. Lindquist MD"),
    ]}
    rad = {"head": "CATAWBA VALLEY IMAGING  -  810 Fairgrove Church Rd, Hickory NC  -  828-555-0600", "foot": "Final report", "blocks": [
        ("title", "RADIOLOGY REPORT"),
        ("kv", [("Patient:", "WHITFIELD, DENISE C"), ("DOB:", "09/14/1979"), ("MRN:", "CVI-0088231"),
                ("Ordering:", "Anders Lindquist MD"), ("Exam date:", "07/10/2025"),
                ("Exams:", "XR PELVIS AP (72170); XR HIP RIGHT 2 VIEWS (73502); CT SACROILIAC JOINTS WO (72192)")], 9.5),
        ("h", "XR PELVIS AP"),
        ("p", "Findings: No acute fracture or dislocation. Mild subchondral sclerosis along the inferior right "
              "sacroiliac joint. Left SI joint unremarkable. No erosive change. Pubic symphysis normal.",
         ("Helvetica", "", 10)),
        ("h", "XR HIP RIGHT, 2 VIEWS"),
        ("p", "Findings: Mild superior joint space narrowing with a small marginal acetabular osteophyte. Femoral "
              "head is spherical. No fracture. Impression: Mild right hip osteoarthritis.",
         ("Helvetica", "", 10)),
        ("h", "CT SACROILIAC JOINTS WITHOUT CONTRAST"),
        ("p", "Technique: Axial 1.25 mm images with coronal oblique reformats. Findings: Mild degenerative "
              "subchondral sclerosis and small anterior osteophytes at the right SI joint. Joint spaces "
              "preserved. No erosions or ankylosis. No destructive osseous lesion. No fracture. Visualized "
              "pelvic soft tissues unremarkable.", ("Helvetica", "", 10)),
        ("h", "IMPRESSION"),
        ("p", "1. Mild degenerative change of the right sacroiliac joint. No erosive sacroiliitis.\n"
              "2. No destructive lesion or fracture.\n3. Mild right hip osteoarthritis.", ("Helvetica", "", 10)),
        ("sig", ["Electronically signed by: Priya Raman, MD, Radiology   07/10/2025 16:44"]),
    ]}
    mri = {"head": "CATAWBA VALLEY IMAGING  -  810 Fairgrove Church Rd, Hickory NC  -  828-555-0600", "foot": "Final report", "blocks": [
        ("title", "MRI LUMBAR SPINE WITHOUT CONTRAST"),
        ("kv", [("Patient:", "WHITFIELD, DENISE C"), ("DOB:", "09/14/1979"), ("Exam date:", "05/02/2025"),
                ("Indication:", "Low back and right buttock pain, evaluate for radiculopathy"),
                ("Comparison:", "None")], 9.5),
        ("p", "Findings: Normal lumbar lordosis and alignment. Conus terminates at L1. Vertebral body heights "
              "and marrow signal are normal.\nL1-2 through L3-4: No disc herniation, canal or foraminal "
              "stenosis.\nL4-5: Mild disc bulge and mild bilateral facet arthropathy without central canal or "
              "foraminal stenosis. No nerve root impingement.\nL5-S1: Mild disc desiccation. No protrusion. "
              "Foramina patent.", ("Helvetica", "", 10)),
        ("h", "IMPRESSION"),
        ("p", "Mild degenerative disc and facet changes at L4-5 without stenosis or neural compression.",
         ("Helvetica", "", 10)),
        ("sig", ["Electronically signed by: Thomas Greer, MD   05/02/2025 18:20"]),
    ]}
    meds = {"head": head, "foot": "Lindquist Spine & Pain", "blocks": [
        ("title", "MEDICATION LIST (reconciled 11/20/2025)"),
        ("table", [2.6, 2.6, 1.4, 1.2],
         ["Medication", "Sig", "Start", "Status"],
         [["Meloxicam 15 mg tab", "1 tab PO daily w/ food", "01/06/2025", "Active"],
          ["Acetaminophen 500 mg", "2 tabs PO bid prn", "10/2024", "Active"],
          ["Sertraline 50 mg", "1 tab PO daily", "2021", "Active"],
          ["Cetirizine 10 mg", "1 tab PO daily prn", "2018", "Active"],
          ["Methylprednisolone dose pack", "taper", "2019", "Completed"]]),
        ("p", "Non-drug: heating pad nightly; ice after work. Patient reports an over-the-counter TENS unit "
              "used occasionally.", ("Helvetica", "", 10)),
    ]}
    files = {"b9d-02.pdf": [("fax", fax_cover), ("text", form), ("text", lmn), ("text", note_jun),
                            ("text", note_nov), ("text", pt), ("text", inj1), ("fax", inj2), ("text", rad),
                            ("text", mri), ("text", meds)]}
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-12-08",
        "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "the pain sits below L5 over the right posterior sacroiliac joint",
                "upper buttock and it does not radiate"]},
            "perc.pain_severity": {"status": "met", "evidence": ["Her pain is seven out of ten today"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "tender to palpitation over the right posterior sacroiliac joint",
                "no tenderness over the greater trochanter"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Dates of service: 01/14/2025 - 07/29/2025", "Total visits: 31"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Meloxicam 15 mg tab", "has taken every day since January twenty twenty five"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["thigh thrust positive on the right"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen's test positive on the right",
                "FABER positive on the right reproducing her buttock pain"]},
            "perc.diagnostic_injections": {"status": "met", "evidence": [
                "Omnipaque 180, 0.5 mL, demonstrated intra-articular spread",
                "71% relief at 1 hour with lidocaine",
                "greater than 50% relief sustained beyond the expected"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell signs zero out of five"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No erosions or ankylosis. No destructive osseous lesion.",
                "No erosive sacroiliitis"]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Mild right hip osteoarthritis"]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "without stenosis or neural compression", "No nerve root impingement"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "held for about three weeks and then the pain came right back",
                "helped for about four weeks and then the pain returned"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["HLA-B27 negative, sed rate and CRP normal"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": ["No destructive lesion or fracture"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": ["no trauma, no falls"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": ["without stenosis or neural compression"]},
        },
    }
    return pid, "single", files, None, labels


# ======================================================================================
# PACKET b9d-03 : percutaneous (27279) - does_not_meet_criteria  (folder, no packet.json)
# ======================================================================================

def packet_03():
    pid = "b9d-03"
    head = "YANCEY, CURTIS D   DOB 02/03/1971   Acct 21136"
    ban = lambda n: ("FROM: LINDQUIST SPINE PAIN 8285550147   TO: CARESOURCE NC UM   "
                     "01/20/2026 09:18   P. %d/10" % n)
    fax_cover = {"banner": ban(1), "res": "standard", "skew": 1.3, "pt": 12, "items": [
        ("big", "FACSIMILE COVER SHEET"),
        ("p", "Lindquist Spine & Pain, PLLC    828-555-0142"),
        ("rule", ""),
        ("p", "TO: CareSource NC - Prior Auth      FAX: 1-844-555-1216"),
        ("p", "FROM: K. Moody                     DATE: 01/20/2026"),
        ("p", "PATIENT: Curtis D. Yancey   DOB 02/03/1971"),
        ("p", "PAGES: 10 (including this page)"),
        ("rule", ""),
        ("p", "Please review attached request for LEFT SI joint fusion (minimally invasive). "
              "Clinicals attached. Thank you!"),
        ("gap", 30),
        ("p", "CONFIDENTIAL: protected health information. If you received this in error, notify sender "
              "immediately and destroy."),
    ]}
    form = {"head": "", "foot": "CareSource NC Marketplace - PA Request  Rev 03/2025", "blocks": [
        ("title", "CareSource North Carolina - Prior Authorization Request Form"),
        ("h", "Member"),
        ("kv", [("Name:", "Curtis D. Yancey"), ("DOB:", "02/03/1971"), ("Member ID:", "NCM520093318")]),
        ("h", "Provider"),
        ("kv", [("Requesting/servicing:", "Anders R. Lindquist, MD  NPI 1730495528"),
                ("Facility:", "Catawba Valley Surgery Center (ASC)")]),
        ("h", "Service"),
        ("kv", [("Date of request:", "01/20/2026"),
                ("CPT:", "27279 - Arthrodesis, SI joint, percutaneous/minimally invasive, with image guidance"),
                ("ICD-10:", "M53.3; M54.50"), ("Side:", "Left")]),
        ("check", [(False, "Open"), (True, "Percutaneous / minimally invasive")]),
        ("sig", ["Signature: A. Lindquist MD (e-sig)   01/20/2026"]),
    ]}
    lmn = {"head": "", "foot": "", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES),
        ("p", "January 20, 2026\n\nRE: Curtis D. Yancey  DOB 02/03/1971  Member NCM520093318", ("Helvetica", "", 10.5)),
        ("p", "Dear Reviewer:", ("Helvetica", "", 10.5)),
        ("p", "Mr. Yancey is a 54-year-old warehouse supervisor with left sacroiliac joint pain for over a year. "
              "He has been through chiropractic care and physical therapy, takes naproxen daily and has had two "
              "left SI joint injections under fluoroscopy, both of which gave him good relief at first. His "
              "examination is consistent with left SI joint dysfunction and his imaging shows no inflammatory "
              "sacroiliitis, no neural compression and no significant left hip arthritis. He has failed "
              "extensive conservative treatment and I am requesting a left minimally invasive SI joint fusion, "
              "CPT 27279.", ("Helvetica", "", 10.5)),
        ("sig", ["Respectfully,", "Anders R. Lindquist, MD"]),
    ]}
    note_oct = { "seed": 35,"head": head, "foot": "Lindquist Spine & Pain - Office Visit", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("kv", [("Patient:", "YANCEY, CURTIS D"), ("DOB:", "02/03/1971"), ("DOS:", "10/15/2025"),
                ("Provider:", "A. Lindquist MD"), ("Referral:", "PCP Dana Ferrell NP - r/o ankylosing spondylitis vs SIJ")], 9.5),
        ("small", DICT_BANNER),
        ("p", "Curtis is a fifty four year old gentleman sent over by his primary to sort out left sided low back "
              "and buttock pain comma the referral says rule out ankylosing spondylitis period pain has been there "
              "since the fall of twenty twenty four with no injury period it lives below the belt line on the left "
              "over the back of the pelvis, he does not get any pain down the leg period in twenty twenty one he "
              "had a right L5 radiculopathy that settled down after one epidural and has not come back period "
              "new paragraph"),
        ("p", "Treatment so far colon chiropractic care with doctor Pugh from August to December twenty twenty four "
              "comma physical therapy at Hickory Bone and Joint PT which he started August fifth and is finishing "
              "up at the end of this month period naproxen five hundred milligrams twice a day since March of this "
              "year, ice in the evenings period his PCP also did bilateral L4-5 medial branch blocks in May twenty "
              "twenty five that did not help at all period his wife has fibromyalgia and he wants to make sure "
              "this is not the same thing period"),
        ("p", "Today the pain is seven out of ten period exam colon tender to palpitation over the left posterior "
              "sacroiliac joint comma nontender at the greater trochanter and along the lumbar midline period "
              "thigh thrust positive on the left period FABER positive on the left period Gaenslen's deferred "
              "because of his left total knee replacement period neuro exam normal period labs colon HLA-B27 "
              "negative comma CRP zero point four period"),
        ("p", "Plan colon MRI of the sacroiliac joints and x-rays of the pelvis and both hips, lumbar MRI from April "
              "reviewed period if the SI joint is the pain generator we will confirm with fluoroscopic injections "
              "period"),
        ("sig", ["Electronically signed: Anders R. Lindquist, MD  10/16/2025 12:30"]),
    ]}
    note_jan = { "seed": 42,"head": head, "foot": "Lindquist Spine & Pain - Office Visit", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("kv", [("Patient:", "YANCEY, CURTIS D"), ("DOB:", "02/03/1971"), ("DOS:", "01/07/2026"),
                ("Provider:", "A. Lindquist MD"), ("Visit:", "Follow up after injections")], 9.5),
        ("small", DICT_BANNER),
        ("p", "Mister Yancey is back January seventh twenty twenty six after his two left sacroiliac joint "
              "injections period the November fourth injection gave him a very good afternoon comma the diary "
              "shows seventy percent relief at four hours comma and the steroid carried him about three weeks "
              "before the pain came right back period the December ninth injection was not as good comma "
              "he had some relief for an hour or so and then it was back to baseline within a week period "
              "new paragraph"),
        ("p", "Pain today is six out of ten comma left buttock just below the belt line comma he points with one "
              "finger to the left posterior superior iliac spine area below L5 comma does not travel "
              "into the thigh or leg period he is still on naproxen twice a day and ices at night comma he has "
              "a TENS unit at home but could not tell me how often he uses it period physical therapy ended "
              "October twenty eighth period the therapist gave him a home exercise sheet but he admits he has "
              "not been doing them because of his work schedule comma he is working six days a week period"),
        ("p", "Exam colon tender left posterior sacroiliac joint comma lumbar spine nontender comma trochanter "
              "nontender period thigh thrust positive left period Patrick's positive left period Waddell signs "
              "negative period no widespread tenderness period straight leg raise negative both sides period"),
        ("p", "Assessment colon left sacroiliac joint dysfunction period plan colon we discussed minimally invasive "
              "left sacroiliac joint fusion, he would like to go ahead comma will request authorization period"),
        ("sig", ["Electronically signed: Anders R. Lindquist, MD  01/08/2026 17:05"]),
    ]}
    pt = {"head": "Hickory Bone & Joint Physical Therapy  -  PT Progress / Discharge Note", "foot": "HBJ PT", "blocks": [
        ("title", "PHYSICAL THERAPY PROGRESS NOTE / DISCHARGE", "L"),
        ("kv", [("Patient:", "Curtis Yancey"), ("DOB:", "02/03/1971"), ("Dx:", "M53.3 L SIJ dysfunction"),
                ("Episode:", "08/05/2025 through 10/28/2025 (12 weeks)"), ("Visits:", "22 of 24"),
                ("PT:", "Marcus Albright, PT, DPT")], 9.5),
        ("table", [2, 1.4, 1.4, 3.6],
         ["Date", "VAS (mm)", "ODI %", "Notes"],
         [["08/05/2025", "72", "46", "Eval; L SIJ provocation +"],
          ["09/02/2025", "65", "42", "Progressing core/glute"],
          ["09/30/2025", "68", "42", "Flare after lifting at work"],
          ["10/28/2025", "62", "40", "D/C - plateau"]]),
        ("p", "Assessment: 12 weeks of skilled PT focusing on lumbopelvic stabilization, hip abductor "
              "strengthening and manual therapy. Modest functional gains; pain plateaued. Discharged with written "
              "HEP 3x/week. Pt reports difficulty fitting exercise around a six-day work week.",
         ("Helvetica", "", 10)),
        ("sig", ["Marcus Albright, PT, DPT   10/28/2025"]),
    ]}
    inj1 = {"head": head, "foot": "Lindquist Spine & Pain - Procedure Note", "blocks": [
        ("letterhead", PRACTICE, PRACTICE_LINES[:1]),
        ("title", "LEFT SACROILIAC JOINT INJECTION WITH ARTHROGRAM"),
        ("kv", [("Date:", "11/04/2025"), ("Patient:", "YANCEY, CURTIS D"), ("Physician:", "A. Lindquist MD"),
                ("Guidance:", "Fluoroscopy"), ("Pre-procedure pain:", "7/10")], 9.5),
        ("p", "Prone position, sterile prep. Under AP and oblique fluoroscopic guidance a 22-gauge spinal needle "
              "was placed into the inferior third of the left SI joint. 0.5 mL Omnipaque 240 confirmed an "
              "intra-articular arthrogram with no vascular runoff. Injected 1.5 mL of 0.5% bupivacaine and 40 mg "
              "methylprednisolone. Tolerated well.", ("Helvetica", "", 10)),
        ("h", "Post-injection pain log"),
        ("table", [2, 2, 2],
         ["Interval", "NRS", "Relief"],
         [["Baseline", "7", "--"], ["30 min", "1", "86%"], ["1 h", "1", "86%"], ["2 h", "2", "71%"],
          ["4 h", "2", "71%"], ["8 h", "4", "43%"]]),
        ("p", "Result: Concordant, >50% relief for the duration of bupivacaine (4 h).", ("Helvetica", "", 10)),
        ("sig", ["A. Lindquist MD"]),
    ]}
    banf = lambda n: "FROM: LSP PROC 8285550147   TO: CHART/SCAN   12/10/2025 07:55   P. %d/1" % n
    inj2 = {"banner": banf(1), "res": "fine", "skew": 0.4, "pt": 11, "items": [
        ("b", "LINDQUIST SPINE & PAIN  -  PROCEDURE NOTE"),
        ("p", "Patient: YANCEY, CURTIS D    DOB 02/03/1971    DOS: 12/09/2025"),
        ("rule", ""),
        ("b", "Procedure: Left SI joint injection, fluoroscopic guidance, contrast arthrogram"),
        ("p", "Pre-procedure pain: 7/10 left buttock. Prior 11/04 injection: relief ~3 weeks then recurrence."),
        ("p", "Technique: prone, sterile prep, 22-g needle into inferior left SIJ under fluoroscopy. 0.5 mL "
              "Omnipaque 240: intra-articular spread, no vascular uptake. Injected 1.5 mL 0.5% bupivacaine + "
              "40 mg methylprednisolone."),
        ("b", "Post-procedure pain log"),
        ("mono", "INTERVAL   NRS   RELIEF\n"
                 "Baseline    7     --\n"
                 "30 min      4     43%\n"
                 "1 h         4     43%\n"
                 "2 h         5     29%\n"
                 "4 h         6     14%"),
        ("p", "Patient reported approximately 40% relief at 30 minutes, not sustained."),
        ("p", "Result: Non-diagnostic / discordant response (<50%)."),
        ("p", "A. Lindquist MD"),
    ]}
    rad = {"head": "CATAWBA VALLEY IMAGING - 810 Fairgrove Church Rd, Hickory NC", "foot": "Final report", "blocks": [
        ("title", "IMAGING REPORT"),
        ("kv", [("Patient:", "YANCEY, CURTIS D"), ("DOB:", "02/03/1971"), ("Date:", "10/24/2025"),
                ("Exams:", "XR PELVIS 1 VIEW; XR HIPS BILATERAL W PELVIS; MRI SACROILIAC JOINTS WO"),
                ("Clinical:", "Left SI pain, r/o sacroiliitis")], 9.5),
        ("h", "XR PELVIS / BILATERAL HIPS"),
        ("p", "Right hip: moderate joint space narrowing with superolateral osteophytes and subchondral "
              "sclerosis, consistent with moderate osteoarthritis.\nLeft hip: mild degenerative change, joint "
              "space preserved.\nSacroiliac joints: mild bilateral sclerosis, no erosions. No fracture.",
         ("Helvetica", "", 10)),
        ("h", "MRI SACROILIAC JOINTS WITHOUT CONTRAST"),
        ("p", "STIR and T1 coronal oblique and axial sequences. No periarticular bone marrow edema. No erosions, "
              "fat metaplasia or ankylosis to suggest inflammatory sacroiliitis. Mild anterior degenerative "
              "change of the left SI joint. No destructive lesion, fracture or fluid collection.",
         ("Helvetica", "", 10)),
        ("h", "IMPRESSION"),
        ("p", "1. No MRI evidence of sacroiliitis. Mild left SI joint degenerative change.\n2. Moderate right hip "
              "osteoarthritis. Mild left hip degenerative change.", ("Helvetica", "", 10)),
        ("sig", ["Electronically signed: Priya Raman, MD  10/24/2025"]),
    ]}
    mri = {"head": "CATAWBA VALLEY IMAGING - 810 Fairgrove Church Rd, Hickory NC", "foot": "Final report", "blocks": [
        ("title", "MRI LUMBAR SPINE WO CONTRAST"),
        ("kv", [("Patient:", "YANCEY, CURTIS D"), ("DOB:", "02/03/1971"), ("Date:", "04/17/2025"),
                ("Comparison:", "MRI 06/2021")], 9.5),
        ("p", "Findings: Mild multilevel spondylosis. L3-4: mild bulge, no stenosis. L4-5: mild facet arthropathy, "
              "canal patent, foramina patent. L5-S1: small central protrusion without nerve root contact. The "
              "right L5-S1 foraminal disc protrusion seen in 2021 has resolved.", ("Helvetica", "", 10)),
        ("h", "IMPRESSION"),
        ("p", "Mild lumbar spondylosis. No nerve root compression or spinal stenosis.", ("Helvetica", "", 10)),
        ("sig", ["Electronically signed: Thomas Greer, MD  04/17/2025"]),
    ]}
    files = {
        "01_fax_cover_request.pdf": [("fax", fax_cover), ("text", form), ("text", lmn)],
        "02_office_notes.pdf": [("text", note_oct), ("text", note_jan)],
        "03_pt_hbj.pdf": [("text", pt)],
        "04_injections.pdf": [("text", inj1), ("fax", inj2)],
        "05_imaging.pdf": [("text", rad), ("text", mri)],
    }
    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-01-20",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "left posterior superior iliac spine area below L5", "does not travel into the thigh or leg"]},
            "perc.pain_severity": {"status": "met", "evidence": ["Pain today is six out of ten"]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "tender left posterior sacroiliac joint", "nontender at the greater trochanter and along the lumbar midline"]},
            "perc.active_conservative_therapy": {"status": "not_met", "evidence": [
                "08/05/2025 through 10/28/2025 (12 weeks)",
                "not been doing them because of his work schedule",
                "from August to December twenty twenty four"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "naproxen five hundred milligrams twice a day since March"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["thigh thrust positive left"]},
            "perc.two_provocative_tests": {"status": "insufficient", "evidence": []},
            "perc.diagnostic_injections": {"status": "not_met", "evidence": [
                "approximately 40% relief at 30 minutes",
                "Non-diagnostic / discordant response (<50%)"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell signs negative"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "to suggest inflammatory sacroiliitis", "No destructive lesion, fracture or fluid collection"]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Left hip: mild degenerative change"]},
            "perc.lumbar_imaging": {"status": "met", "evidence": ["No nerve root compression or spinal stenosis"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "about three weeks before the pain came right back",
                "back to baseline within a week"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["HLA-B27 negative comma CRP zero point four", "No MRI evidence of sacroiliitis"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": ["No destructive lesion, fracture or fluid collection"]},
            "perc.excl.acute_instability": {"status": "met", "evidence": ["with no injury"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": ["No nerve root compression or spinal stenosis"]},
        },
    }
    return pid, "folder", files, None, labels


# ======================================================================================
# Self-check
# ======================================================================================

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def main():
    problems = []
    summary = []
    for fn in (packet_01, packet_02, packet_03):
        pid, form, files, pj, labels = fn()
        seed = int(pid[-2:])
        # write
        if form == "single":
            assert len(files) == 1
            (name, docs), = files.items()
            data, meta = build_file(docs, seed)
            path = os.path.join(OUT, pid + ".pdf")
            with open(path, "wb") as f:
                f.write(data)
            with open(os.path.join(OUT, pid + ".labels.json"), "w") as f:
                json.dump(labels, f, indent=2)
            filemeta = [(path, meta)]
        else:
            d = os.path.join(OUT, pid)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
            filemeta = []
            for k, (name, docs) in enumerate(sorted(files.items())):
                data, meta = build_file(docs, seed * 10 + k)
                path = os.path.join(d, name)
                with open(path, "wb") as f:
                    f.write(data)
                filemeta.append((path, meta))
            if pj is not None:
                with open(os.path.join(d, "packet.json"), "w") as f:
                    json.dump(pj, f, indent=2)
            with open(os.path.join(d, "labels.json"), "w") as f:
                json.dump(labels, f, indent=2)
        # read back
        texts = []
        nfax = 0
        res = set()
        for path, meta in filemeta:
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == len(meta), (path, len(pdf.pages), len(meta))
                for pg, m in zip(pdf.pages, meta):
                    t = pg.extract_text() or ""
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        problems.append("%s: page not US Letter (%s x %s)" % (path, pg.width, pg.height))
                    if m["fax"]:
                        nfax += 1
                        res.add(m["res"])
                        if t.strip() or pg.chars:
                            problems.append("%s: faxed page has a text layer" % path)
                        if not (0.3 <= abs(m["skew"]) <= 1.5):
                            problems.append("%s: skew out of range" % path)
                        texts.append(m["raster"])
                    else:
                        if not t.strip():
                            problems.append("%s: text page without text" % path)
                        texts.append(t)
            raw = open(path, "rb").read()
            if any(m["fax"] for m in meta) and b"CCITTFaxDecode" not in raw:
                problems.append("%s: no CCITT G4 image" % path)
        npages = len(texts)
        if not (4 <= npages <= 20):
            problems.append("%s: %d pages" % (pid, npages))
        if nfax == 0:
            problems.append("%s: no faxed pages" % pid)
        # labels
        want = PERC if labels["procedure"] == "percutaneous" else OPEN
        if sorted(labels["criteria"]) != sorted(want):
            problems.append("%s: criteria set mismatch" % pid)
        det = determination([c["status"] for c in labels["criteria"].values()])
        if det != labels["determination"]:
            problems.append("%s: determination %s != %s" % (pid, labels["determination"], det))
        alltext = [norm(t) for t in texts]
        nsn = 0
        for cid, c in labels["criteria"].items():
            ev = c["evidence"]
            if c["status"] == "insufficient":
                if ev:
                    problems.append("%s %s: insufficient with evidence" % (pid, cid))
                continue
            if not 1 <= len(ev) <= 3:
                problems.append("%s %s: %d snippets" % (pid, cid, len(ev)))
            for s in ev:
                nsn += 1
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    problems.append("%s %s: snippet length %d words: %r" % (pid, cid, nw, s))
                if not any(norm(s) in t for t in alltext):
                    problems.append("%s %s: snippet not found: %r" % (pid, cid, s))
        if "facts" in labels:
            problems.append("%s: facts present" % pid)
        counts = {k: sum(1 for c in labels["criteria"].values() if c["status"] == k)
                  for k in ("met", "not_met", "insufficient")}
        summary.append("%s  form=%s files=%d pages=%d faxed=%d (%s)  procedure=%s  determination=%s  "
                       "met/not_met/insufficient=%d/%d/%d  snippets=%d ok" % (
                           pid, form, len(filemeta), npages, nfax, "+".join(sorted(res)), labels["procedure"],
                           labels["determination"], counts["met"], counts["not_met"], counts["insufficient"], nsn))
    for s in summary:
        print(s)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("SELF-CHECK PASSED")


if __name__ == "__main__":
    main()
