#!/usr/bin/env python3
"""Deterministic generator for blind set v10, prefix b10h (HIE / patient-portal world).

Usage:  python make_packets.py            -> rewrites ./packets from scratch
        python make_packets.py --selfcheck -> also writes ./selfcheck.txt
"""
import io, json, os, random, re, shutil, sys
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FD = "/usr/share/fonts/truetype/dejavu/"

# ----------------------------------------------------------------------------- text pages
class Doc(FPDF):
    def __init__(self, header=None, footer=None):
        super().__init__(format="letter", unit="pt")
        self.hdr = header or []
        self.ftr = footer
        self.add_font("S", "", FD + "DejaVuSans.ttf")
        self.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FD + "DejaVuSans-Oblique.ttf")
        self.add_font("R", "", FD + "DejaVuSerif.ttf")
        self.add_font("R", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("M", "", FD + "DejaVuSansMono.ttf")
        self.add_font("M", "B", FD + "DejaVuSansMono-Bold.ttf")
        self.set_margins(50, 46, 50)
        self.set_auto_page_break(True, 58)
        self.alias_nb_pages()

    def header(self):
        if not self.hdr:
            return
        self.set_font("S", "", 7.5)
        for i, h in enumerate(self.hdr):
            self.set_x(50)
            self.cell(0, 9.5, h, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120)
        self.line(50, self.get_y() + 2, 562, self.get_y() + 2)
        self.ln(8)

    def footer(self):
        self.set_y(-44)
        self.set_font("S", "", 7)
        self.set_draw_color(160)
        self.line(50, self.get_y() - 2, 562, self.get_y() - 2)
        f = (self.ftr or "") + ("   " if self.ftr else "")
        self.cell(0, 9, f + "Page %d of {nb}" % self.page_no(), align="L")


def render_text_doc(spec):
    """spec: dict(header=[...], footer=str, body=[(style, text), ...]) -> pdf bytes"""
    d = Doc(spec.get("header"), spec.get("footer"))
    d.add_page()
    for item in spec["body"]:
        st = item[0]
        tx = item[1] if len(item) > 1 else ""
        if st == "pb":
            d.add_page(); continue
        if st == "sp":
            d.ln(float(tx or 6)); continue
        if st == "hr":
            y = d.get_y() + 2; d.set_draw_color(90); d.line(50, y, 562, y); d.ln(6); continue
        if st == "title":
            d.set_font("S", "B", 13); d.multi_cell(0, 16, tx, new_x="LMARGIN", new_y="NEXT"); d.ln(2); continue
        if st == "h":
            d.set_font("S", "B", 10); d.multi_cell(0, 13, tx, new_x="LMARGIN", new_y="NEXT"); continue
        if st == "sec":  # C-CDA section bar
            d.ln(4); d.set_fill_color(225); d.set_font("S", "B", 9.5)
            d.cell(0, 14, " " + tx, fill=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2); continue
        if st == "p":
            d.set_font("S", "", 9); d.multi_cell(0, 11.5, tx, new_x="LMARGIN", new_y="NEXT"); continue
        if st == "pb9":
            d.set_font("S", "B", 9); d.multi_cell(0, 11.5, tx, new_x="LMARGIN", new_y="NEXT"); continue
        if st == "r":  # serif letter text
            d.set_font("R", "", 10); d.multi_cell(0, 13.5, tx, new_x="LMARGIN", new_y="NEXT"); continue
        if st == "m":
            d.set_font("M", "", 7.6); d.multi_cell(0, 9.6, tx, new_x="LMARGIN", new_y="NEXT"); continue
        if st == "mb":
            d.set_font("M", "B", 7.6); d.multi_cell(0, 9.6, tx, new_x="LMARGIN", new_y="NEXT"); continue
        raise ValueError(st)
    return bytes(d.output())


# ----------------------------------------------------------------------------- faxed pages
def _font(name, pt):
    return ImageFont.truetype(FD + name, int(round(pt * 200 / 72)))


def render_fax_page(lines, banner, seed, standard):
    """Render at 204x196 dpi, 1-bit, skew, specks, dropout; optionally halve vertical -> 204x98."""
    rnd = random.Random(seed)
    W, H = 1734, 2156
    im = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(im)
    fonts = {"h": _font("DejaVuSans-Bold.ttf", 13), "b": _font("DejaVuSans-Bold.ttf", 11),
             "p": _font("DejaVuSerif.ttf", 11), "m": _font("DejaVuSansMono.ttf", 10),
             "mb": _font("DejaVuSansMono-Bold.ttf", 10), "s": _font("DejaVuSans.ttf", 10)}
    dr.text((40, 22), banner, font=_font("DejaVuSansMono.ttf", 9), fill=0)
    x0, y = 150, 110
    maxw = W - 2 * 150
    plain = [banner]
    for item in lines:
        st = item[0]; tx = item[1] if len(item) > 1 else ""
        if st == "sp":
            y += 22; continue
        if st == "hr":
            dr.line((x0, y + 8, W - 150, y + 8), fill=0, width=3); y += 22; continue
        f = fonts[st]
        words = tx.split(" ")
        cur = ""
        rows = []
        for w_ in words:
            t = (cur + " " + w_) if cur else w_
            if dr.textlength(t, font=f) > maxw and cur:
                rows.append(cur); cur = w_
            else:
                cur = t
        rows.append(cur)
        for r in rows:
            dr.text((x0, y), r, font=f, fill=0)
            y += int(f.size * 1.32)
        plain.append(tx)
    if y > H - 60:
        raise ValueError("fax page overflow: %s" % lines[0][1])
    # rotate
    ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255, expand=False)
    px = im.load()
    # specks
    for _ in range(rnd.randint(350, 700)):
        cx, cy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice([1, 1, 2, 2, 3])
        ImageDraw.Draw(im).ellipse((cx, cy, cx + r, cy + r), fill=0)
    # dropout lines (white horizontal bands) and one faint vertical streak
    d2 = ImageDraw.Draw(im)
    for _ in range(rnd.randint(1, 2)):
        yy = rnd.randrange(300, H - 200)
        d2.rectangle((0, yy, W, yy + rnd.choice([1, 2])), fill=255)
    xx = rnd.randrange(200, W - 200)
    for yy in range(0, H, 3):
        if rnd.random() < 0.5:
            px[xx, yy] = 0
    bw = im.point(lambda v: 0 if v < 150 else 255).convert("1")
    dpi = (204, 196)
    if standard:
        bw = im.resize((W, H // 2), Image.BILINEAR).point(lambda v: 0 if v < 165 else 255).convert("1")
        dpi = (204, 98)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdf = img2pdf.convert(buf.getvalue())
    return pdf, "\n".join(plain)


# ----------------------------------------------------------------------------- assembling
def build_packet(pk):
    """pk: dict(id, form: 'single'|'folder', packet_json, files:[(fname, [parts])], labels)
    part = ('text', spec) | ('fax', lines, standard)  -> writes packet, returns page manifest."""
    manifest = []   # (file, page_index_in_file, kind, fax_text or None, dpi)
    file_pdfs = []
    fax_no = 0
    running = 0
    # count fax pages for banners
    nfax = sum(1 for _, parts in pk["files"] for p in parts if p[0] == "fax")
    for fname, parts in pk["files"]:
        w = PdfWriter()
        for part in parts:
            if part[0] == "text":
                r = PdfReader(io.BytesIO(render_text_doc(part[1])))
                for pg in r.pages:
                    w.add_page(pg); running += 1
                    manifest.append((fname, len(w.pages), "text", None, None))
            else:
                _, lines, standard, seed_extra = part
                fax_no += 1
                banner = pk["fax_banner"] % {"n": running + 1, "t": pk["total_pages"]}
                pdf, plain = render_fax_page(lines, banner, hash_seed(pk["id"], seed_extra), standard)
                r = PdfReader(io.BytesIO(pdf))
                w.add_page(r.pages[0]); running += 1
                manifest.append((fname, len(w.pages), "fax", plain, (204, 98) if standard else (204, 196)))
        b = io.BytesIO(); w.add_metadata({"/Producer": "b10h generator"}); w.write(b)
        file_pdfs.append((fname, b.getvalue()))
    if pk["form"] == "single":
        # merge into one file
        w = PdfWriter()
        for _, data in file_pdfs:
            for pg in PdfReader(io.BytesIO(data)).pages:
                w.add_page(pg)
        path = os.path.join(OUT, pk["id"] + ".pdf")
        with open(path, "wb") as f:
            w.write(f)
        with open(os.path.join(OUT, pk["id"] + ".labels.json"), "w") as f:
            json.dump(pk["labels"], f, indent=2)
        manifest = [(pk["id"] + ".pdf",) + m[1:] for m in manifest]
    else:
        d = os.path.join(OUT, pk["id"]); os.makedirs(d)
        for fname, data in file_pdfs:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        if pk.get("packet_json"):
            with open(os.path.join(d, "packet.json"), "w") as f:
                json.dump(pk["packet_json"], f, indent=2)
        with open(os.path.join(d, "labels.json"), "w") as f:
            json.dump(pk["labels"], f, indent=2)
    return manifest


def hash_seed(a, b):
    s = 0
    for ch in "%s|%s" % (a, b):
        s = (s * 131 + ord(ch)) % 2**31
    return s


def mrow(cols, widths):
    return "".join(str(c) + " " * max(2, w - len(str(c))) for c, w in zip(cols, widths)).rstrip()


# ============================================================================= b10h-02
def packet_02():
    pid = "b10h-02"
    nm = "ABERNATHY, ROSALIND T"; dob = "03/17/1969"; mid = "CSN884120357"
    hie_hdr = ["Carolina Piedmont Health Exchange  |  Continuity of Care Document (C-CDA R2.1)  |  Source: multiple custodians",
               "Patient: %s    DOB: %s    Sex: F    HIE MRN: CPHE-0048817233    Payer ID: %s" % (nm, dob, mid)]
    hie_ftr = "Generated by CPHE ClinicalViewer 8.2 on 10/13/2026 16:41 EDT  -  CONFIDENTIAL PHI"
    W = [44, 14, 12, 11, 22]
    cover = {"body": [
        ("title", "YADKIN VALLEY SPINE & JOINT"),
        ("p", "2200 Brookstown Ave, Suite 310, Winston-Salem, NC 27101   Tel 336-555-0148   Fax 336-555-0149"),
        ("hr",), ("title", "FAX COVER SHEET"), ("sp", 4),
        ("m", mrow(["To:", "CareSource North Carolina - Utilization Management"], [12, 80])),
        ("m", mrow(["Fax:", "1-844-555-0199"], [12, 80])),
        ("m", mrow(["From:", "Tamsin Greer, Surgical Coordinator, for Marcus Ellery-Vance, MD"], [12, 80])),
        ("m", mrow(["Date:", "10/14/2026"], [12, 80])),
        ("m", mrow(["Pages:", "13 (including cover)"], [12, 80])),
        ("m", mrow(["Re:", "PRIOR AUTHORIZATION - Rosalind T. Abernathy, DOB 03/17/1969, ID CSN884120357"], [12, 95])),
        ("sp", 8),
        ("p", "[X] Urgent    [ ] For review    [ ] Please reply    [ ] Please comment"),
        ("sp", 6),
        ("p", "Enclosed: authorization request form, HIE continuity of care document (problems/medications/procedures/vitals/results), "
              "patient portal correspondence, outside physical therapy discharge summary, interventional pain procedure notes x3, "
              "imaging reports, clinic note 09/29/2026 and letter of medical necessity."),
        ("sp", 40),
        ("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you have received it in error, "
              "notify the sender at 336-555-0148 and destroy all copies."),
    ]}
    req = {"header": ["CareSource North Carolina - Marketplace    Outpatient / Procedure Prior Authorization Request"],
           "footer": "CS-NC-PA-OP rev. 03/2026", "body": [
        ("title", "PRIOR AUTHORIZATION REQUEST - SURGICAL SERVICES"),
        ("p", "Request type:  [X] Standard   [ ] Expedited        Date of request: 10/14/2026"),
        ("sec", "MEMBER"),
        ("m", mrow(["Name: Rosalind T. Abernathy", "DOB: 03/17/1969", "Member ID: CSN884120357"], [40, 22, 30])),
        ("m", "Address: 418 Crestline Dr, Clemmons, NC 27012      Phone: 336-555-2291"),
        ("sec", "REQUESTING / SERVICING PROVIDER"),
        ("m", "Marcus Ellery-Vance, MD (Orthopaedic Spine)   NPI 1588204417   Yadkin Valley Spine & Joint"),
        ("m", "Facility: Forsyth Ridge Surgical Hospital (Outpatient)   NPI 1740392288   Planned DOS: 11/05/2026"),
        ("sec", "SERVICE REQUESTED"),
        ("m", mrow(["CPT/HCPCS", "Description", "Units"], [12, 84, 6])),
        ("m", mrow(["27279", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive, with image", "1"], [12, 84, 6])),
        ("m", mrow(["", "guidance, includes obtaining bone graft when performed, and placement of transfixing device", ""], [12, 84, 6])),
        ("m", "Laterality: [X] Right  [ ] Left  [ ] Bilateral"),
        ("m", mrow(["ICD-10", "Diagnosis"], [12, 84])),
        ("m", mrow(["M53.3", "Sacrococcygeal disorders, not elsewhere classified (right sacroiliac joint dysfunction)"], [12, 94])),
        ("m", mrow(["M53.2X8", "Spinal instabilities, sacral and sacrococcygeal region"], [12, 84])),
        ("sec", "CLINICAL SUMMARY (attach records)"),
        ("p", "Chronic right SI joint pain since mid-2025, failed PT, NSAIDs and injections. Two confirmatory fluoroscopic SIJ blocks "
              "with contrast. See attached records."),
        ("sp", 10),
        ("p", "Requesting provider signature: M. Ellery-Vance, MD (e-signed)      Contact: Tamsin Greer 336-555-0148 ext 212"),
    ]}
    ccd = {"header": hie_hdr, "footer": hie_ftr, "body": [
        ("title", "Continuity of Care Document"),
        ("m", "Document created: 10/13/2026 16:41   Custodian: Carolina Piedmont Health Exchange   Author: ClinicalViewer (system)"),
        ("m", "Encompassing encounters: 09/2025 - 10/2026   Contributing organizations: Yadkin Valley Spine & Joint; Forsyth"),
        ("m", "Interventional Pain Associates; Stride Physical Therapy - Clemmons; Novant-Salem Imaging; Clemmons Family Medicine"),
        ("sec", "Problems"),
        ("mb", mrow(["Problem", "SNOMED CT", "ICD-10", "Status", "Onset / Resolved"], W)),
        ("m", mrow(["Sacroiliac joint dysfunction, right", "202474000", "M53.3", "Active", "06/2025"], W)),
        ("m", mrow(["Lumbar radiculopathy, left L5", "128196005", "M54.16", "Resolved", "03/2021 - 01/2022"], W)),
        ("m", mrow(["Osteoarthritis of right hip, mild", "239872002", "M16.11", "Active", "01/2026"], W)),
        ("m", mrow(["Essential hypertension", "59621000", "I10", "Active", "2018"], W)),
        ("m", mrow(["Obesity, class I (BMI 31)", "414916001", "E66.9", "Active", "2019"], W)),
        ("m", mrow(["Family history of rheumatoid arthritis", "", "Z82.61", "Active", "(mother)"], W)),
        ("sec", "Medications"),
        ("mb", mrow(["Medication / Sig", "Start", "Stop", "Status", "Prescriber"], [44, 12, 12, 14, 22])),
        ("m", mrow(["meloxicam 15 mg tablet - 1 tab PO daily with food", "09/02/2025", "", "Active", "Lindqvist, A. (FM)"], [44, 12, 12, 14, 22])),
        ("m", mrow(["acetaminophen 500 mg - 2 tabs PO q8h PRN pain", "10/07/2025", "", "Active", "Lindqvist, A. (FM)"], [44, 12, 12, 14, 22])),
        ("m", mrow(["cyclobenzaprine 5 mg - 1 tab PO qHS PRN spasm", "09/02/2025", "11/18/2025", "Discontinued", "Lindqvist, A. (FM)"], [44, 12, 12, 14, 22])),
        ("m", mrow(["   stop reason: daytime drowsiness", "", "", "", ""], [44, 12, 12, 14, 22])),
        ("m", mrow(["gabapentin 300 mg - 1 cap PO TID", "03/22/2021", "01/14/2022", "Completed", "Lindqvist, A. (FM)"], [44, 12, 12, 14, 22])),
        ("m", mrow(["lisinopril 10 mg - 1 tab PO daily", "05/11/2018", "", "Active", "Lindqvist, A. (FM)"], [44, 12, 12, 14, 22])),
        ("sec", "Procedures"),
        ("mb", mrow(["Procedure", "CPT", "Date", "Performer / Location"], [50, 8, 12, 36])),
        ("m", mrow(["Injection, SI joint, w/ imaging guidance (fluoro/CT), right", "27096", "03/18/2026", "Okafor, N. MD / Forsyth IPA"], [50, 8, 12, 36])),
        ("m", mrow(["Injection, SI joint, w/ imaging guidance (fluoro/CT), right", "27096", "05/06/2026", "Okafor, N. MD / Forsyth IPA"], [50, 8, 12, 36])),
        ("m", mrow(["Injection, SI joint, w/ imaging guidance (fluoro/CT), right", "27096", "08/05/2026", "Okafor, N. MD / Forsyth IPA"], [50, 8, 12, 36])),
        ("m", mrow(["PT evaluation, moderate complexity", "97162", "11/04/2025", "Stride Physical Therapy"], [50, 8, 12, 36])),
        ("m", mrow(["Therapeutic exercise, each 15 min (28 visits)", "97110", "11/04/2025-05/20/2026", "Stride Physical Therapy"], [50, 8, 12, 36])),
        ("m", mrow(["Colonoscopy, screening", "45378", "07/09/2019", "Salem GI Assoc."], [50, 8, 12, 36])),
        ("pb",),
        ("sec", "Vital Signs"),
        ("mb", mrow(["Date", "LOINC", "Observation", "Value", "Source"], [12, 9, 58, 8, 20])),
        ("m", mrow(["09/29/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "7", "YVSJ clinic"], [12, 9, 58, 8, 20])),
        ("m", mrow(["09/29/2026", "39156-5", "Body mass index (BMI) [Ratio]", "31.2", "YVSJ clinic"], [12, 9, 58, 8, 20])),
        ("m", mrow(["08/05/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "7", "Forsyth IPA pre"], [12, 9, 58, 8, 20])),
        ("m", mrow(["08/05/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "2", "Forsyth IPA post"], [12, 9, 58, 8, 20])),
        ("m", mrow(["05/06/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "6", "Forsyth IPA pre"], [12, 9, 58, 8, 20])),
        ("m", mrow(["03/18/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "7", "Forsyth IPA pre"], [12, 9, 58, 8, 20])),
        ("m", mrow(["01/12/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "8", "YVSJ clinic"], [12, 9, 58, 8, 20])),
        ("m", mrow(["09/29/2026", "8480-6", "Systolic blood pressure", "132", "YVSJ clinic"], [12, 9, 58, 8, 20])),
        ("sec", "Results"),
        ("mb", mrow(["Date", "LOINC", "Test", "Result", "Ref / Flag"], [12, 9, 46, 14, 20])),
        ("m", mrow(["01/12/2026", "26034-9", "HLA-B27 [Presence] in Blood", "Negative", "Negative"], [12, 9, 46, 14, 20])),
        ("m", mrow(["01/12/2026", "1988-5", "C reactive protein [Mass/volume] in Serum", "2.1 mg/L", "<10.0"], [12, 9, 46, 14, 20])),
        ("m", mrow(["01/12/2026", "4537-7", "Erythrocyte sedimentation rate", "12 mm/h", "0-30"], [12, 9, 46, 14, 20])),
        ("m", "Imaging results are listed under 'Results - Imaging' (separate print)."),
        ("sec", "Social History"),
        ("m", "Tobacco: Never smoker (LOINC 72166-2)   Alcohol: occasional   Occupation: school bus driver (sitting-intolerant)"),
        ("sec", "Encounters"),
        ("mb", mrow(["Date", "Type", "Provider", "Reason"], [12, 22, 30, 40])),
        ("m", mrow(["09/29/2026", "Office visit", "Ellery-Vance, M. MD", "R SI joint pain - surgical consult f/u"], [12, 22, 30, 40])),
        ("m", mrow(["06/16/2026", "Office visit", "Ellery-Vance, M. MD", "R SI joint pain - new consult"], [12, 22, 30, 40])),
        ("m", mrow(["01/12/2026", "Office visit", "Lindqvist, A. MD", "Low back / buttock pain f/u"], [12, 22, 30, 40])),
        ("m", mrow(["09/02/2025", "Office visit", "Lindqvist, A. MD", "Right buttock pain"], [12, 22, 30, 40])),
        ("sec", "Plan of Treatment"),
        ("m", "Pending: Arthrodesis SI joint percutaneous, right (CPT 27279) - prior authorization requested - target 11/05/2026"),
    ]}
    results_imaging = {"header": hie_hdr, "footer": hie_ftr, "body": [
        ("title", "Results - Imaging"),
        ("sec", "XR SACROILIAC JOINTS 3+ VIEWS (CPT 72202)   01/12/2026 10:14   Status: Final   Novant-Salem Imaging"),
        ("m", "Ordering: Lindqvist, Annika MD     Reading: Patel-Morrow, Devika MD"),
        ("p", "REPORT TEXT: History: right buttock pain. Technique: AP pelvis, bilateral oblique SI joint views. Findings: The "
              "sacroiliac joints are symmetric in width. Mild subchondral sclerosis along the iliac side of the right SI joint. "
              "No erosions. No ankylosis. No fracture or destructive osseous lesion. Pubic symphysis unremarkable."),
        ("p", "IMPRESSION: Mild degenerative change of the right SI joint. No radiographic evidence of inflammatory sacroiliitis."),
        ("sec", "XR HIP RIGHT 2-3 VIEWS W PELVIS (CPT 73502)   01/12/2026 10:22   Status: Final   Novant-Salem Imaging"),
        ("m", "Ordering: Lindqvist, Annika MD     Reading: Patel-Morrow, Devika MD"),
        ("p", "REPORT TEXT: AP pelvis with AP and frog-leg lateral right hip. Minimal superior joint space narrowing of the right "
              "hip with a small marginal osteophyte at the lateral acetabulum. Femoral head is spherical. No fracture. "
              "Left hip is included on the AP pelvis and shows moderate joint space narrowing."),
        ("p", "IMPRESSION: Mild right hip osteoarthritis."),
        ("sec", "MRI LUMBAR SPINE WO CONTRAST (CPT 72148)   12/03/2025 18:40   Status: Final   Novant-Salem Imaging"),
        ("m", "Ordering: Lindqvist, Annika MD     Reading: Harrow, Julian MD"),
        ("p", "REPORT TEXT: Comparison: MRI lumbar spine 04/02/2021. Alignment normal. Vertebral body heights maintained. "
              "L3-4: Mild disc desiccation, no stenosis. L4-5: Mild diffuse disc bulge and mild facet hypertrophy. No central canal "
              "or neural foraminal stenosis. L5-S1: Previously described left paracentral protrusion has regressed; there is no "
              "residual contact with the traversing left S1 nerve root. Conus terminates normally at L1."),
        ("p", "IMPRESSION: Mild lower lumbar degenerative change without central canal or foraminal stenosis. "
              "No nerve root impingement. Interval regression of the L5-S1 protrusion seen in 2021."),
        ("sec", "CT PELVIS WO CONTRAST (CPT 72192)   06/30/2026   Status: Final   -> report received by fax, see next page"),
    ]}
    portal = {"header": ["MyForsythChart - Patient Portal   |   Message Center - printed conversation",
                         "Patient: Rosalind T Abernathy   DOB 03/17/1969   MRN FIP-220184"],
              "footer": "Printed by tgreer@yvsj on 10/13/2026 15:02 from MyForsythChart", "body": [
        ("h", "Conversation: 'after my shot today'   Forsyth Interventional Pain Associates"),
        ("m", "From: Rosalind Abernathy (patient)      Sent: 03/18/2026 6:47 PM"),
        ("p", "Hi, I had the right SI shot with Dr Okafor this morning around 9:30. By the time I got home (about an hour) the pain "
              "in my right buttock was basically gone, I would say a 1. I walked the dog and sat in the car for 40 min with no pain "
              "at all which never happens. It stayed good most of the afternoon and started creeping back around 5 but still way "
              "better than this morning. I filled in the diary sheet you gave me. Is it normal for it to come back tonight?"),
        ("m", "From: Bettina Sorrell, RN      Sent: 03/19/2026 8:12 AM"),
        ("p", "Good morning Ms. Abernathy, that is a good response. The numbing medicine wears off after several hours; the steroid "
              "can take 3-5 days to kick in. Please bring your diary sheet to your follow up. - Bettina RN"),
        ("hr",),
        ("h", "Conversation: 'pain is back'"),
        ("m", "From: Rosalind Abernathy (patient)      Sent: 04/09/2026 7:20 AM"),
        ("p", "The steroid helped for about 3 weeks but the pain is back to where it was, 6-7 most days, worse driving the bus. "
              "Dr Ellery-Vance's office said to ask you about the second test injection."),
        ("m", "From: Bettina Sorrell, RN      Sent: 04/09/2026 11:45 AM"),
        ("p", "Thanks for letting us know. Dr. Okafor recommends a confirmatory block with numbing medicine only. Scheduling will call "
              "you. - Bettina RN"),
        ("hr",),
        ("h", "Conversation: 'last injection'"),
        ("m", "From: Rosalind Abernathy (patient)      Sent: 08/24/2026 9:03 PM"),
        ("p", "Just an update - the August shot only held about two weeks this time. Back to a 7 by the end of the second week. "
              "I am still doing my exercises from PT and taking the meloxicam every day. I am ready to talk about the surgery."),
        ("m", "From: Bettina Sorrell, RN      Sent: 08/25/2026 8:30 AM"),
        ("p", "Sorry to hear that. I have sent a note to Dr. Okafor and forwarded your records to Dr. Ellery-Vance's office. - Bettina RN"),
    ]}
    pt_fax = [
        ("h", "STRIDE PHYSICAL THERAPY - CLEMMONS"),
        ("s", "6290 Lasater Rd, Clemmons NC 27012  Ph 336-555-7710  Fax 336-555-7711"),
        ("hr",),
        ("b", "DISCHARGE SUMMARY / FINAL PROGRESS NOTE"),
        ("m", "Patient: Rosalind Abernathy     DOB: 03/17/1969     Acct: SPT-30917"),
        ("m", "Referring: A. Lindqvist, MD     Dx: M53.3 R SIJ dysfunction"),
        ("m", "Start of care: 11/04/2025       Discharge: 05/20/2026"),
        ("m", "Visits attended: 28 of 30 scheduled (2x/wk, then 1x/wk)"),
        ("sp",),
        ("b", "Subjective:"),
        ("p", "Pt reports R buttock/SIJ pain unchanged overall, 6/10 at worst with sitting >30 min and stairs. Brief relief after the March injection."),
        ("b", "Objective:"),
        ("p", "Lumbar AROM WNL, pain at end range extension. Hip abd 4/5 R, 5/5 L. Single leg stance R 12 s. ODI 38% (initial 46%). "
              "R SIJ provocation reproduces concordant pain."),
        ("b", "Treatment provided:"),
        ("p", "Lumbopelvic stabilization, hip/core strengthening, SIJ belt trial, manual therapy, gait training, HEP progression."),
        ("b", "Assessment:"),
        ("p", "Pt has plateaued after 6+ months of skilled PT with good adherence; functional gains modest, pain not meaningfully reduced. "
              "Goals 1 and 3 partially met, goal 2 not met."),
        ("b", "Plan:"),
        ("p", "Discharge from skilled PT. Independent with written HEP (copy given 05/20/2026), to continue daily. Return to referring MD."),
        ("sp",),
        ("m", "Electronically signed: Corinne Maddox, PT, DPT   05/20/2026 17:05"),
    ]
    proc1 = {"header": ["FORSYTH INTERVENTIONAL PAIN ASSOCIATES   |   Procedure Note",
                        "Patient: ABERNATHY, ROSALIND T   DOB 03/17/1969   MRN FIP-220184   DOS 03/18/2026"],
             "footer": "Forsyth IPA - document exported to CPHE 03/18/2026 14:10", "body": [
        ("title", "Right sacroiliac joint injection under fluoroscopy"),
        ("m", "Physician: Nkechi Okafor, MD      Assistant: B. Sorrell, RN      Procedure room 2"),
        ("m", "Pre-procedure dx: Right SI joint pain (M53.3)      CPT: 27096-RT"),
        ("p", "Indication: Chronic right buttock pain with positive SIJ provocation maneuvers; diagnostic and therapeutic injection."),
        ("p", "Procedure: Informed consent obtained. Prone. Sterile prep and drape. Under intermittent AP fluoroscopy with contralateral "
              "oblique tilt the inferior aspect of the right SI joint was identified. A 22 g 3.5 in spinal needle was advanced into the "
              "joint. 0.5 mL Omnipaque 240 contrast injected demonstrating an intra-articular arthrogram without vascular uptake. "
              "Injectate: 1.5 mL 0.5% bupivacaine + 40 mg triamcinolone (1 mL). Needle removed, bandage applied. No complications. "
              "Fluoroscopy time 14 s."),
        ("sec", "Post-procedure pain diary (completed by patient, returned 03/25/2026)"),
        ("mb", mrow(["Time", "Pain 0-10", "Activity"], [22, 12, 50])),
        ("m", mrow(["Pre-procedure", "7", "standing / sitting in waiting room"], [22, 12, 50])),
        ("m", mrow(["15 min", "1", "walking in recovery"], [22, 12, 50])),
        ("m", mrow(["30 min", "1", "sit-to-stand x5"], [22, 12, 50])),
        ("m", mrow(["1 hr", "1", "car ride home"], [22, 12, 50])),
        ("m", mrow(["2 hr", "1", "walked dog"], [22, 12, 50])),
        ("m", mrow(["3 hr", "2", "sitting 40 min"], [22, 12, 50])),
        ("m", mrow(["4 hr", "2", "light housework"], [22, 12, 50])),
        ("m", mrow(["6 hr", "4", "cooking"], [22, 12, 50])),
        ("m", mrow(["Next morning", "5", ""], [22, 12, 50])),
        ("p", "Percent relief during anesthetic phase (0-4 h): 71-86%. Concordant response. Patient to report steroid response at 2-3 weeks."),
        ("m", "Signed: Nkechi Okafor, MD 03/18/2026 11:02"),
    ]}
    proc2_fax = [
        ("h", "FORSYTH INTERVENTIONAL PAIN ASSOCIATES"),
        ("s", "Procedure note - confirmatory diagnostic block"),
        ("hr",),
        ("m", "Patient: Abernathy, Rosalind T   DOB 03/17/1969   MRN FIP-220184"),
        ("m", "DOS: 05/06/2026    Physician: Nkechi Okafor, MD    CPT 27096-RT"),
        ("sp",),
        ("p", "Procedure: Right SI joint block under fluoroscopic guidance. 25 g needle into inferior joint recess; 0.3 mL Omnipaque 240 "
              "contrast confirmed intra-articular spread, no vascular runoff. Injectate: 1.0 mL 2% lidocaine, no steroid. No complications."),
        ("sp",),
        ("b", "PAIN RESPONSE FORM (anesthetic phase)"),
        ("mb", mrow(["Time", "Pain 0-10", "% relief"], [18, 12, 10])),
        ("m", mrow(["Pre", "6", "-"], [18, 12, 10])),
        ("m", mrow(["15 min", "1", "83%"], [18, 12, 10])),
        ("m", mrow(["30 min", "0", "100%"], [18, 12, 10])),
        ("m", mrow(["1 hr", "1", "83%"], [18, 12, 10])),
        ("m", mrow(["90 min", "2", "67%"], [18, 12, 10])),
        ("m", mrow(["2 hr", "4", "33%"], [18, 12, 10])),
        ("sp",),
        ("p", "Impression: Concordant, >80% relief lasting beyond the expected 1 hour duration of lidocaine. Second positive diagnostic SIJ "
              "block. Refer back to Dr. Ellery-Vance."),
        ("sp",),
        ("m", "Signed N. Okafor MD 05/06/2026"),
    ]
    ct_fax = [
        ("h", "NOVANT-SALEM IMAGING"),
        ("s", "Radiology Report"),
        ("hr",),
        ("m", "Patient: ABERNATHY, ROSALIND T    DOB: 03/17/1969"),
        ("m", "Exam: CT PELVIS WITHOUT CONTRAST      Date: 06/30/2026"),
        ("m", "Ordering: Marcus Ellery-Vance, MD     Acc#: NSI-26-0630-114"),
        ("sp",),
        ("b", "CLINICAL HISTORY:"),
        ("p", "Right SI joint pain, preoperative planning."),
        ("b", "TECHNIQUE:"),
        ("p", "Axial 1.25 mm images of the pelvis with coronal oblique reformats through the SI joints."),
        ("b", "FINDINGS:"),
        ("p", "Right SI joint: mild subchondral sclerosis and small anterior osteophytes along the inferior joint. Joint width preserved. "
              "No erosions, no subchondral cyst formation, no ankylosis. Left SI joint: normal."),
        ("p", "No lytic or blastic osseous lesion. No fracture. No soft tissue mass or fluid collection. Hips: mild right hip joint "
              "space narrowing. Visualized lower lumbar spine: mild facet arthropathy L5-S1."),
        ("b", "IMPRESSION:"),
        ("p", "1. Mild degenerative change of the right sacroiliac joint."),
        ("p", "2. No erosive sacroiliitis. No destructive lesion or fracture."),
        ("sp",),
        ("m", "Electronically signed: Julian Harrow, MD  06/30/2026 16:22"),
    ]
    proc3 = {"header": ["FORSYTH INTERVENTIONAL PAIN ASSOCIATES   |   Procedure Note",
                        "Patient: ABERNATHY, ROSALIND T   DOB 03/17/1969   MRN FIP-220184   DOS 08/05/2026"],
             "footer": "Forsyth IPA - document exported to CPHE 08/05/2026 13:31", "body": [
        ("title", "Right sacroiliac joint injection (therapeutic) - fluoroscopic"),
        ("m", "Physician: Nkechi Okafor, MD      CPT: 27096-RT      Dx: M53.3"),
        ("p", "Interval: Two positive diagnostic blocks (03/18/2026, 05/06/2026). Steroid benefit from 03/18 lasted about 3 weeks. "
              "Patient requests repeat therapeutic injection while surgical consultation proceeds."),
        ("p", "Procedure: Prone, sterile prep. Fluoroscopic guidance; 0.5 mL Omnipaque 240 contrast confirmed intra-articular position. "
              "Injectate 1.5 mL 0.25% bupivacaine with 40 mg methylprednisolone. Tolerated well."),
        ("p", "Post-procedure: pain 7/10 pre, 2/10 at 30 minutes. Discharged ambulatory."),
        ("p", "Follow-up (telephone 08/26/2026, B. Sorrell RN): steroid effect wore off after about two weeks; pain back to baseline "
              "7/10. No further injections planned; patient proceeding with surgical evaluation."),
        ("m", "Signed: Nkechi Okafor, MD 08/05/2026 12:48    Addendum 08/26/2026"),
    ]}
    office = {"header": ["YADKIN VALLEY SPINE & JOINT   |   Office Visit",
                         "ABERNATHY, ROSALIND T   DOB 03/17/1969   MRN YV-771043   Visit 09/29/2026   Provider: M. Ellery-Vance, MD"],
              "footer": "YVSJ EHR encounter summary", "body": [
        ("h", "Chief complaint: right SI joint pain - surgical follow-up"),
        ("p", "HPI: 57 y/o F school bus driver with right-sided low back/buttock pain since about June 2025, insidious onset, no fall "
              "or injury. Pain is localized to the right buttock over the posterior SI joint, below the belt line (caudal to L5), "
              "and does not radiate into the thigh or leg. No numbness or weakness. Worse with sitting, rolling in bed and single-leg "
              "stance. Right SI joint pain 7/10 today, 5-8/10 range over the past month. Her left L5 radiculopathy of 2021 resolved "
              "after PT and gabapentin; no leg symptoms since early 2022."),
        ("p", "Conservative care: Stride PT 11/04/2025-05/20/2026 (28 visits) with continued HEP; meloxicam 15 mg daily since "
              "09/2025 with acetaminophen PRN; heat and SI belt. Three fluoroscopic right SIJ injections (see procedure notes)."),
        ("h", "Examination"),
        ("p", "Gait antalgic on right. Lumbar flexion to mid-shin; extension mildly painful in buttock. Neuro: strength 5/5 L2-S1, "
              "sensation intact, reflexes 2+ and symmetric, SLR negative bilaterally."),
        ("p", "Palpation: point tenderness over the right posterior SI joint / sacral sulcus (Fortin finger test positive). Nontender "
              "over the lumbar spinous processes and paraspinals, right greater trochanter and coccyx."),
        ("mb", mrow(["SIJ provocation (right)", "Result"], [34, 20])),
        ("m", mrow(["Thigh thrust (P4)", "Positive"], [34, 20])),
        ("m", mrow(["Compression", "Positive"], [34, 20])),
        ("m", mrow(["Distraction (gapping)", "Negative"], [34, 20])),
        ("m", mrow(["Gaenslen's", "Positive"], [34, 20])),
        ("m", mrow(["FABER / Patrick's", "Positive - posterior pain"], [34, 20])),
        ("p", "Waddell signs 0/5. Hip ROM full and painless on the right; no groin pain with FADIR."),
        ("h", "Assessment / Plan"),
        ("p", "Right SI joint dysfunction (M53.3) refractory to >6 months of PT/HEP and >12 months of NSAID therapy, with two concordant "
              "image-guided contrast-confirmed diagnostic blocks and failure of two steroid injections. Imaging: SIJ x-rays and CT "
              "without erosive or destructive change; lumbar MRI 12/2025 without nerve root impingement; right hip x-ray mild OA only. "
              "No inflammatory arthropathy (HLA-B27 negative, CRP normal). Plan: right percutaneous SI joint fusion (CPT 27279). "
              "Risks/benefits discussed, patient wishes to proceed."),
        ("m", "e-signed Marcus Ellery-Vance, MD 09/29/2026 16:20"),
    ]}
    letter = {"footer": "Yadkin Valley Spine & Joint", "body": [
        ("title", "YADKIN VALLEY SPINE & JOINT"),
        ("p", "2200 Brookstown Ave, Suite 310, Winston-Salem, NC 27101"),
        ("sp", 10),
        ("r", "October 12, 2026"),
        ("r", "CareSource North Carolina, Utilization Management"),
        ("r", "RE: Rosalind T. Abernathy   DOB 03/17/1969   Member ID CSN884120357   Request: CPT 27279, right"),
        ("sp", 6),
        ("r", "Letter of Medical Necessity"),
        ("r", "Ms. Abernathy has had right sacroiliac joint pain for over a year. It is confined to the right buttock over the "
              "posterior SI joint and does not radiate. She has completed more than six months of formal physical therapy with a "
              "continuing home program, and has taken daily meloxicam since September 2025. Two fluoroscopically guided, "
              "contrast-confirmed diagnostic SI joint blocks (03/18/2026 bupivacaine; 05/06/2026 lidocaine) each produced more than "
              "70% relief for the duration of the anesthetic, and two corticosteroid injections (03/18/2026, 08/05/2026) gave only "
              "temporary benefit. Her examination shows focal right SIJ tenderness, positive thigh thrust and compression, and "
              "positive Gaenslen's and FABER tests. Imaging excludes inflammatory or destructive SIJ disease, her lumbar MRI shows no "
              "neural compression, and her right hip shows only mild arthritis."),
        ("r", "I believe percutaneous right SI joint arthrodesis is medically necessary. Thank you for your review."),
        ("sp", 8),
        ("r", "Marcus Ellery-Vance, MD, Orthopaedic Spine Surgery   NPI 1588204417"),
    ]}
    files = [("all", [("text", cover), ("text", req), ("text", ccd), ("text", results_imaging), ("fax", ct_fax, False, "ct"),
                      ("text", portal), ("fax", pt_fax, False, "pt"), ("text", proc1), ("fax", proc2_fax, False, "p2"),
                      ("text", proc3), ("text", office), ("text", letter)])]
    crit = {
        "perc.pain_location": ("met", ["localized to the right buttock over the posterior SI joint", "does not radiate into the thigh or leg"]),
        "perc.pain_severity": ("met", ["Right SI joint pain 7/10 today"]),
        "perc.sij_tenderness": ("met", ["point tenderness over the right posterior SI joint", "Nontender over the lumbar spinous processes and paraspinals, right greater trochanter and coccyx"]),
        "perc.active_conservative_therapy": ("met", ["Start of care: 11/04/2025", "Discharge: 05/20/2026", "Visits attended: 28"]),
        "perc.inactive_conservative_therapy": ("met", ["meloxicam 15 mg tablet - 1 tab PO daily with food", "09/02/2025"]),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) Positive", "Compression Positive"]),
        "perc.two_provocative_tests": ("met", ["Gaenslen's Positive", "FABER / Patrick's Positive - posterior pain"]),
        "perc.diagnostic_injections": ("met", ["0.5 mL Omnipaque 240 contrast injected", "1.5 mL 0.5% bupivacaine", "71-86%",
                                               "0.3 mL Omnipaque 240", "1.0 mL 2% lidocaine, no steroid", ">80% relief lasting beyond the expected 1 hour"]),
        "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"]),
        "perc.sij_imaging": ("met", ["No erosions. No ankylosis. No fracture or destructive osseous lesion", "No erosive sacroiliitis. No destructive lesion or fracture."]),
        "perc.hip_imaging": ("met", ["Mild right hip osteoarthritis."]),
        "perc.lumbar_imaging": ("met", ["No nerve root impingement."]),
        "perc.therapeutic_injections": ("met", ["The steroid helped for about 3 weeks but the pain is back", "steroid effect wore off after about two weeks"]),
        "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 [Presence] in Blood Negative", "No radiographic evidence of inflammatory sacroiliitis"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No destructive lesion or fracture"]),
        "perc.excl.acute_instability": ("met", ["insidious onset, no fall or injury"]),
        "perc.excl.neural_compression": ("met", ["No nerve root impingement."]),
    }
    return dict(id=pid, form="single", packet_json=None, files=files, crit=crit, procedure="percutaneous",
                request_date="2026-10-14", total_pages=13,
                fax_banner="OCT-14-2026 09:18  FROM: YADKIN VALLEY SPINE 3365550149   TO: 18445550199   P.%(n)03d/%(t)03d")

# ============================================================================= b10h-01
def packet_01():
    pid = "b10h-01"
    nm = "OYELARAN, DESMOND K"; dob = "11/02/1975"; mid = "CSN770291864"
    hie_hdr = ["Catawba-Unifour Health Information Exchange  ::  Encounter Summary / CCD print  ::  v2.1",
               "Patient: %s   DOB: %s   Sex: M   HIE ID: CUHIE-33190457   Member ID: %s" % (nm, dob, mid)]
    hie_ftr = "Generated by CUHIE Portal Viewer on 09/24/2026 10:08 EDT by user kfarrow@hickoryortho"
    cover = {"body": [
        ("title", "HICKORY ORTHOPAEDIC & SPINE CENTER"),
        ("p", "1985 Tate Blvd SE, Hickory, NC 28602    Phone 828-555-0130    Fax 828-555-0131"),
        ("hr",), ("title", "FACSIMILE TRANSMITTAL"),
        ("m", "TO:    CareSource NC Prior Authorization          FAX: 1-844-555-0199"),
        ("m", "FROM:  Kendra Farrow, PA coordinator (for Dr. Ilse Brandvold)"),
        ("m", "DATE:  09/29/2026          PAGES: 12 incl. cover"),
        ("m", "RE:    Desmond K. Oyelaran  DOB 11/02/1975  Member CSN770291864"),
        ("m", "       Left SI joint fusion, percutaneous - CPT 27279"),
        ("sp", 10),
        ("p", "Please find attached the PA form and supporting records. Call with questions. Peer-to-peer requests to 828-555-0130 ext 4."),
        ("sp", 30),
        ("p", "This transmission may contain confidential health information protected by state and federal law."),
    ]}
    req = {"header": ["CareSource North Carolina  -  Prior Authorization Request Form (Medical / Surgical)"],
           "footer": "Form CSNC-PA-02", "body": [
        ("title", "PRIOR AUTHORIZATION REQUEST"),
        ("m", "Date submitted: 09/29/2026        Review type: [X] Standard  [ ] Urgent"),
        ("sec", "Member information"),
        ("m", "Member name: Desmond K. Oyelaran     DOB: 11/02/1975     Member ID: CSN770291864"),
        ("sec", "Provider information"),
        ("m", "Ordering: Ilse Brandvold, MD  NPI 1306627719  Hickory Orthopaedic & Spine Center  Ph 828-555-0130"),
        ("m", "Facility: Catawba Valley Surgery Center  NPI 1467720391    Setting: [X] ASC  [ ] Inpatient  [ ] OP hospital"),
        ("sec", "Services"),
        ("mb", mrow(["Code", "Description", "Side", "Qty", "Start date"], [8, 58, 6, 5, 12])),
        ("m", mrow(["27279", "Arthrodesis SI joint, percutaneous/minimally invasive, w/ transfix", "LT", "1", "10/20/2026"], [8, 58, 6, 5, 12])),
        ("m", mrow(["ICD-10", "M53.3  Sacrococcygeal disorders NEC (left SI joint pain/dysfunction)"], [8, 90])),
        ("m", mrow(["", "M46.1 listed on prior referral - see note: not inflammatory, HLA-B27 neg"], [8, 90])),
        ("sec", "Clinical information"),
        ("p", "Refractory left SI joint pain > 15 months. Completed PT then chiropractic, NSAIDs. Two image-guided SIJ blocks, "
              "steroid benefit short-lived. Records attached."),
    ]}
    W6 = [40, 12, 10, 11, 24]
    ccd = {"header": hie_hdr, "footer": hie_ftr, "body": [
        ("title", "Summary of Care - Continuity of Care Document"),
        ("m", "Date range: 09/01/2025 - 09/24/2026     Sources: Hickory Ortho & Spine; Foothills Pain & Spine; Cardinal Rehab"),
        ("m", "& Sports PT; Valdese Chiropractic; Frye Regional Imaging; Unifour Family Practice"),
        ("sec", "PROBLEMS"),
        ("mb", mrow(["Problem", "SNOMED", "ICD-10", "Status", "Dates"], W6)),
        ("m", mrow(["Sacroiliac joint pain, left", "202474000", "M53.3", "Active", "onset 05/2025"], W6)),
        ("m", mrow(["Sacroiliitis (referral dx)", "74000007", "M46.1", "Inactive", "entered 12/2025; HLA-B27 neg"], W6)),
        ("m", mrow(["Primary osteoarthritis, left hip", "239872002", "M16.12", "Active", "02/2026"], W6)),
        ("m", mrow(["Closed fracture distal radius, left", "263225007", "S52.502A", "Resolved", "08/2019 - 11/2019"], W6)),
        ("m", mrow(["Hyperlipidemia", "55822004", "E78.5", "Active", "2017"], W6)),
        ("m", mrow(["Tobacco use (former)", "8517006", "Z87.891", "Resolved", "quit 2016"], W6)),
        ("sec", "FAMILY HISTORY"),
        ("m", "Sister - psoriatic arthritis (dx age 41).  Father - type 2 diabetes, CAD.  Mother - no known disease."),
        ("sec", "MEDICATIONS"),
        ("mb", mrow(["Medication", "Sig", "Start", "Stop", "Status"], [30, 30, 12, 12, 12])),
        ("m", mrow(["naproxen 500 mg tab", "1 tab PO BID with food", "11/10/2025", "", "Active"], [30, 30, 12, 12, 12])),
        ("m", mrow(["omeprazole 20 mg cap", "1 cap PO daily (GI ppx)", "11/10/2025", "", "Active"], [30, 30, 12, 12, 12])),
        ("m", mrow(["ibuprofen 800 mg tab", "1 tab PO TID PRN", "01/15/2024", "03/20/2024", "Completed"], [30, 30, 12, 12, 12])),
        ("m", mrow(["methocarbamol 750 mg tab", "1 tab PO TID PRN", "06/03/2025", "07/01/2025", "Completed"], [30, 30, 12, 12, 12])),
        ("m", mrow(["atorvastatin 20 mg tab", "1 tab PO qHS", "03/02/2017", "", "Active"], [30, 30, 12, 12, 12])),
        ("sec", "PROCEDURES"),
        ("mb", mrow(["Procedure", "Code", "Date", "Location"], [52, 8, 12, 30])),
        ("m", mrow(["Inj SI joint w/ imaging guidance, left", "27096", "05/12/2026", "Foothills Pain & Spine"], [52, 8, 12, 30])),
        ("m", mrow(["Inj SI joint w/ imaging guidance, left", "27096", "06/23/2026", "Foothills Pain & Spine"], [52, 8, 12, 30])),
        ("m", mrow(["Chiropractic manipulative tx, spinal 1-2 regions", "98940", "04/21/2026-08/25/2026", "Valdese Chiropractic"], [52, 8, 12, 30])),
        ("m", mrow(["PT re-evaluation", "97164", "04/14/2026", "Cardinal Rehab & Sports PT"], [52, 8, 12, 30])),
        ("pb",),
        ("sec", "VITAL SIGNS"),
        ("mb", mrow(["Date", "Code", "Observation", "Value", "Site"], [12, 9, 58, 7, 18])),
        ("m", mrow(["09/15/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "6", "HOSC"], [12, 9, 58, 7, 18])),
        ("m", mrow(["06/23/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "7", "FPS pre-proc"], [12, 9, 58, 7, 18])),
        ("m", mrow(["05/12/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "2", "FPS post-proc"], [12, 9, 58, 7, 18])),
        ("m", mrow(["05/12/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "8", "FPS pre-proc"], [12, 9, 58, 7, 18])),
        ("m", mrow(["01/06/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "7", "Cardinal PT"], [12, 9, 58, 7, 18])),
        ("sec", "RESULTS"),
        ("mb", mrow(["Date", "Test", "Value", "Ref"], [12, 50, 18, 18])),
        ("m", mrow(["12/15/2025", "HLA-B27 antigen (LOINC 26034-9)", "Negative", "Negative"], [12, 50, 18, 18])),
        ("m", mrow(["12/15/2025", "CRP, high sensitivity", "1.4 mg/L", "0.0-3.0"], [12, 50, 18, 18])),
        ("m", mrow(["12/15/2025", "Rheumatoid factor", "<10 IU/mL", "<14"], [12, 50, 18, 18])),
        ("sec", "RESULTS - IMAGING (report text as transmitted)"),
        ("mb", "XR SACROILIAC JOINTS (72202)  02/03/2026  FINAL  Frye Regional Imaging  Reader: O. Castellano, MD"),
        ("p", "Findings: Both SI joints are of normal width with well-defined cortical margins. No erosions, sclerosis or widening. "
              "No fusion. No fracture or focal osseous lesion. Impression: Normal SI joints."),
        ("mb", "MRI PELVIS/SI JOINTS WO CONTRAST (72195)  03/10/2026  FINAL  Frye Regional Imaging  Reader: O. Castellano, MD"),
        ("p", "Findings: No periarticular bone marrow edema, erosions, fat metaplasia or ankylosis of either SI joint. Minimal "
              "degenerative irregularity of the anterior left SI joint. No marrow replacing lesion, fracture, or fluid collection. "
              "Impression: No MRI evidence of active or chronic sacroiliitis. Minimal left SI joint degenerative change."),
        ("mb", "MRI LUMBAR SPINE WO CONTRAST (72148)  12/15/2025  FINAL  Frye Regional Imaging  Reader: S. Whitlock, MD"),
        ("p", "Findings: L3-4 normal. L4-5 mild facet arthropathy, small disc bulge; no spinal canal or foraminal stenosis. "
              "L5-S1 mild disc desiccation without herniation. Impression: Mild L4-5 facet arthropathy. No spinal canal or "
              "foraminal stenosis. No nerve root compression."),
        ("mb", "XR HIPS BILATERAL W AP PELVIS (73521)  02/03/2026  FINAL  -> see faxed copy of report (next page)"),
    ]}
    hip_fax = [
        ("h", "FRYE REGIONAL IMAGING - DIAGNOSTIC RADIOLOGY"),
        ("s", "420 N Center St, Hickory NC 28601   Reading room 828-555-0177"),
        ("hr",),
        ("m", "NAME: OYELARAN, DESMOND K        DOB: 11/02/1975"),
        ("m", "EXAM: XR HIPS BILATERAL WITH AP PELVIS (73521)"),
        ("m", "DATE OF SERVICE: 02/03/2026     ACC: FRI-2602-03381"),
        ("m", "ORDERED BY: Unifour Family Practice - R. Dunleavy, MD"),
        ("sp",),
        ("b", "HISTORY: Left buttock and hip pain."),
        ("b", "FINDINGS:"),
        ("p", "LEFT HIP: Moderate superolateral joint space narrowing with marginal acetabular and femoral head-neck osteophytes "
              "and subchondral sclerosis. No fracture or dislocation."),
        ("p", "RIGHT HIP: Mild joint space narrowing. No osteophytes of significance."),
        ("p", "Pelvis: SI joints unremarkable on this projection. No pelvic fracture."),
        ("b", "IMPRESSION:"),
        ("p", "1. Moderate osteoarthritis of the left hip."),
        ("p", "2. Mild right hip osteoarthritis."),
        ("sp",),
        ("m", "Dictated/signed: O. Castellano, MD  02/03/2026 15:47"),
    ]
    pt = {"header": ["CARDINAL REHAB & SPORTS PHYSICAL THERAPY  -  Hickory / Conover",
                     "Patient: Desmond Oyelaran   DOB 11/02/1975   Chart # CR-55120   Referring: R. Dunleavy, MD"],
          "footer": "Cardinal Rehab - WebPT export", "body": [
        ("title", "Discharge Summary"),
        ("m", "Dates of service: 01/06/2026 - 04/14/2026    Visits: 22    Dx: M53.3 L SIJ pain"),
        ("p", "Subjective at D/C: L buttock/SIJ pain 5-6/10, unchanged by therapy; can sit 20 min. Patient motivated, attended 22 of 24."),
        ("p", "Objective: Lumbar AROM WNL. L glute med 4-/5 -> 4/5. Active SLR L mildly positive. SIJ belt improves ASLR. "
              "Modified Oswestry 42% (initial 48%)."),
        ("p", "Interventions: lumbopelvic stabilization, glute strengthening, manual therapy (MET), SI belt, HEP."),
        ("p", "Assessment: Limited improvement after 14 weeks of skilled PT. Discharged to chiropractic care per patient/MD preference "
              "and independent HEP."),
        ("m", "Signed: Arjun Mehta-Lowry, PT, DPT   04/14/2026"),
    ]}
    chiro_fax = [
        ("h", "VALDESE CHIROPRACTIC & WELLNESS"),
        ("s", "109 Main St W, Valdese NC 28690    Tel 828-555-0162"),
        ("hr",),
        ("b", "TREATMENT SUMMARY / LEDGER - REQUESTED BY HICKORY ORTHO"),
        ("m", "Patient: Desmond Oyelaran     DOB 11/02/1975"),
        ("m", "Complaint: L SI / buttock pain     Dx: M53.3, M99.04"),
        ("p", "Mr. Oyelaran was treated in this office from 04/21/2026 through 08/25/2026, 1-2 visits per week (31 visits), with "
              "SI joint and lumbopelvic manipulation (98940), soft tissue work and supervised core/hip stabilization exercises."),
        ("mb", mrow(["Month", "Visits", "Pain (0-10) range"], [14, 10, 20])),
        ("m", mrow(["Apr 2026", "3", "6-7"], [14, 10, 20])),
        ("m", mrow(["May 2026", "8", "5-8"], [14, 10, 20])),
        ("m", mrow(["Jun 2026", "8", "4-7"], [14, 10, 20])),
        ("m", mrow(["Jul 2026", "7", "5-7"], [14, 10, 20])),
        ("m", mrow(["Aug 2026", "5", "6"], [14, 10, 20])),
        ("p", "Transient relief after adjustments (1-2 days). No sustained improvement. Released from care 08/25/2026 and referred "
              "back to orthopaedics."),
        ("sp",),
        ("m", "Gregory Tillotson, DC   08/27/2026"),
    ]
    proc1 = {"header": ["FOOTHILLS PAIN & SPINE, PLLC   -   Procedure Report",
                        "OYELARAN, DESMOND K   DOB 11/02/1975   Acct FPS-88213   Date of procedure: 05/12/2026"],
             "footer": "Foothills Pain & Spine - NextGen export", "body": [
        ("title", "Left SI joint injection, fluoroscopically guided"),
        ("m", "Proceduralist: Hollis Achterberg, MD     CPT 27096-LT     ICD-10 M53.3"),
        ("p", "Technique: Prone. Sterile prep. Under fluoroscopy the posterior inferior left SI joint line was identified. 22 g spinal "
              "needle placed; Isovue-M 200, 0.5 mL, outlined the joint with intra-articular spread, no vascular pattern. Injected "
              "1.0 mL 2% lidocaine with 40 mg triamcinolone. Images saved."),
        ("sec", "Post-procedure pain log"),
        ("mb", mrow(["Time after injection", "NRS", "% relief"], [24, 8, 10])),
        ("m", mrow(["Baseline", "8", ""], [24, 8, 10])),
        ("m", mrow(["30 min", "2", "75%"], [24, 8, 10])),
        ("m", mrow(["1 hour", "2", "75%"], [24, 8, 10])),
        ("m", mrow(["2 hours", "3", "63%"], [24, 8, 10])),
        ("m", mrow(["4 hours", "6", "25%"], [24, 8, 10])),
        ("p", "Interpretation: Positive diagnostic response, 75% relief for the duration of lidocaine."),
        ("m", "H. Achterberg, MD  05/12/2026"),
    ]}
    proc2_fax = [
        ("h", "FOOTHILLS PAIN & SPINE, PLLC"),
        ("s", "Procedure report + patient pain response form"),
        ("hr",),
        ("m", "Patient: OYELARAN, DESMOND K   DOB 11/02/1975   Acct FPS-88213"),
        ("m", "Date: 06/23/2026   Procedure: L SI joint injection #2 (27096-LT)"),
        ("m", "Physician: Hollis Achterberg, MD"),
        ("p", "Fluoroscopic guidance; 0.5 mL Isovue-M 200 confirmed intra-articular contrast pattern. Injectate 2.0 mL 0.5% "
              "bupivacaine + 40 mg triamcinolone. No complications."),
        ("b", "PAIN RESPONSE FORM (patient completed)"),
        ("mb", mrow(["Time", "Pain 0-10", "% better"], [16, 12, 10])),
        ("m", mrow(["Before", "7", "--"], [16, 12, 10])),
        ("m", mrow(["30 min", "4", "43%"], [16, 12, 10])),
        ("m", mrow(["1 hr", "4", "43%"], [16, 12, 10])),
        ("m", mrow(["2 hr", "5", "29%"], [16, 12, 10])),
        ("m", mrow(["4 hr", "6", "14%"], [16, 12, 10])),
        ("m", mrow(["6 hr", "7", "0%"], [16, 12, 10])),
        ("p", "Patient comment: \"took the edge off, maybe 40 percent\""),
        ("b", "Physician interpretation: Peak relief 40-43%, below the 50% threshold. Equivocal / non-confirmatory block."),
        ("m", "H. Achterberg, MD  06/23/2026"),
    ]
    portal = {"header": ["FoothillsConnect Patient Portal  -  Secure Messages (printed)",
                         "Desmond K Oyelaran   DOB 11/02/1975"],
              "footer": "Printed 09/24/2026 10:15 by kfarrow", "body": [
        ("m", "05/13/2026 08:02  FROM: Desmond Oyelaran  TO: Foothills Pain & Spine Nursing"),
        ("p", "Yesterday's shot worked great for a few hours, pain went from an 8 to about a 2 and I mowed the yard. Numbness wore off "
              "by supper and it came back some. Filled in the log."),
        ("m", "05/13/2026 10:40  FROM: Leigh Ann Pruitt, LPN"),
        ("p", "Thank you Mr. Oyelaran, that log is helpful. Call if any fever or redness at the site."),
        ("m", "06/02/2026 19:55  FROM: Desmond Oyelaran"),
        ("p", "The steroid part lasted about 10 days, then the pain came back full force. Dr A wants to do the second one 6/23."),
        ("m", "07/08/2026 07:31  FROM: Desmond Oyelaran"),
        ("p", "Second injection didn't do much. Took the edge off for an afternoon and whatever the steroid did was gone in a week "
              "or so. Back to 7."),
        ("m", "07/08/2026 12:12  FROM: Leigh Ann Pruitt, LPN"),
        ("p", "I'm sorry to hear that. Dr. Achterberg reviewed and recommends follow up with Dr. Brandvold for surgical opinion."),
    ]}
    office = {"header": ["HICKORY ORTHOPAEDIC & SPINE CENTER  -  Clinic Note",
                         "Oyelaran, Desmond K  |  DOB 11/02/1975  |  MRN HOS-402217  |  DOS 09/15/2026  |  Ilse Brandvold, MD"],
              "footer": "HOSC EHR", "body": [
        ("h", "Subjective"),
        ("p", "50M warehouse lead with left SI joint pain since ~05/2025, no specific injury. Pain is confined to the left buttock / "
              "PSIS region, caudal to L5, without radiation into the leg. Denies numbness, tingling or pain below the knee. Left SI "
              "joint pain today 6/10 (range 5-8). Failed PT (01-04/2026), chiropractic (04-08/2026), naproxen since 11/2025, heat. "
              "Steroid injections x2 gave only short-lived relief. No history of fibromyalgia or widespread pain."),
        ("h", "Objective"),
        ("p", "BMI 29. Neuro intact: 5/5 strength, sensation intact, DTRs 2+ symmetric, SLR neg. Tender to palpation over left "
              "posterior SIJ. No tenderness over the greater trochanter, lumbar spine or coccyx."),
        ("mb", mrow(["Test (left)", "Result"], [30, 16])),
        ("m", mrow(["Thigh thrust", "positive"], [30, 16])),
        ("m", mrow(["Compression", "negative"], [30, 16])),
        ("m", mrow(["Distraction", "positive"], [30, 16])),
        ("m", mrow(["Gaenslen", "positive"], [30, 16])),
        ("m", mrow(["FABER", "positive (buttock)"], [30, 16])),
        ("p", "Hip: L hip IR 20 deg with mild groin discomfort at end range."),
        ("h", "Assessment / Plan"),
        ("p", "Left SI joint dysfunction, refractory. Proceed with PA for left percutaneous SI joint fusion (27279)."),
        ("m", "Ilse Brandvold, MD  09/15/2026"),
    ]}
    letter = {"footer": "Hickory Orthopaedic & Spine Center", "body": [
        ("title", "Hickory Orthopaedic & Spine Center"),
        ("sp", 6),
        ("r", "09/24/2026"),
        ("r", "To: CareSource North Carolina Medical Review"),
        ("r", "Re: Desmond K. Oyelaran, DOB 11/02/1975, ID CSN770291864 - left percutaneous SI joint fusion (27279)"),
        ("sp", 6),
        ("r", "Mr. Oyelaran has chronic left sacroiliac joint pain that has not responded to more than seven months of active "
              "therapy (physical therapy 01/2026-04/2026 followed by chiropractic care through 08/2026) or to daily naproxen since "
              "November 2025. He has a positive thigh thrust test and positive distraction, Gaenslen and FABER tests on the left."),
        ("r", "He underwent two fluoroscopically guided, contrast-confirmed diagnostic left SI joint blocks on 05/12/2026 and "
              "06/23/2026, each with greater than 75% relief. Both steroid injections gave only temporary benefit. SI joint x-rays "
              "and MRI are without inflammatory or destructive change, his lumbar MRI shows no neural compression, and hip "
              "radiographs show only mild degenerative change."),
        ("r", "He meets the criteria for percutaneous SI joint fusion and I respectfully request approval."),
        ("sp", 8),
        ("r", "Ilse Brandvold, MD - Orthopaedic Spine Surgery"),
    ]}
    files = [("01_fax_cover.pdf", [("text", cover)]),
             ("02_pa_request_form.pdf", [("text", req)]),
             ("03_hie_summary_of_care.pdf", [("text", ccd), ("fax", hip_fax, True, "hip")]),
             ("04_therapy_records.pdf", [("text", pt), ("fax", chiro_fax, True, "chiro")]),
             ("05_pain_procedures.pdf", [("text", proc1), ("fax", proc2_fax, True, "p2")]),
             ("06_portal_messages.pdf", [("text", portal)]),
             ("07_clinic_note_and_letter.pdf", [("text", office), ("text", letter)])]
    crit = {
        "perc.pain_location": ("met", ["confined to the left buttock / PSIS region, caudal to L5, without radiation into the leg"]),
        "perc.pain_severity": ("met", ["Left SI joint pain today 6/10"]),
        "perc.sij_tenderness": ("met", ["Tender to palpation over left posterior SIJ", "No tenderness over the greater trochanter, lumbar spine or coccyx"]),
        "perc.active_conservative_therapy": ("met", ["Dates of service: 01/06/2026 - 04/14/2026", "from 04/21/2026 through 08/25/2026"]),
        "perc.inactive_conservative_therapy": ("met", ["naproxen 500 mg tab", "11/10/2025"]),
        "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust positive"]),
        "perc.two_provocative_tests": ("met", ["Distraction positive", "Gaenslen positive", "FABER positive (buttock)"]),
        "perc.diagnostic_injections": ("not_met", ["Peak relief 40-43%, below the 50% threshold", "maybe 40 percent"]),
        "perc.generalized_pain_excluded": ("met", ["No history of fibromyalgia or widespread pain"]),
        "perc.sij_imaging": ("met", ["Impression: Normal SI joints", "No MRI evidence of active or chronic sacroiliitis"]),
        "perc.hip_imaging": ("not_met", ["Moderate osteoarthritis of the left hip"]),
        "perc.lumbar_imaging": ("met", ["No nerve root compression"]),
        "perc.therapeutic_injections": ("met", ["then the pain came back full force", "whatever the steroid did was gone in a week"]),
        "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 antigen (LOINC 26034-9) Negative"]),
        "perc.excl.infection_tumor_fracture": ("met", ["No marrow replacing lesion, fracture, or fluid collection"]),
        "perc.excl.acute_instability": ("met", ["no specific injury"]),
        "perc.excl.neural_compression": ("met", ["No nerve root compression"]),
    }
    return dict(id=pid, form="folder", packet_json={"request_date": "2026-09-29", "procedure_codes": ["27279"],
                                                    "member_id": mid, "policy": "MP-MM-1366"},
                files=files, crit=crit, procedure="percutaneous", request_date="2026-09-29", total_pages=12,
                fax_banner="09/29/2026 13:47  HICKORY ORTHO SPINE  8285550131 -> 18445550199   PAGE %(n)d OF %(t)d")

# ============================================================================= b10h-03
def packet_03():
    pid = "b10h-03"
    nm = "QUINTANILLA-BOWERS, MARISOL E"; dob = "07/24/1962"; mid = "CSN552087413"
    hie_hdr = ["Guilford-Rockingham Regional HIE  |  Clinical Summary (C-CDA CCD)",
               "%s  |  DOB %s  |  F  |  GRHIE 7700-1185-22  |  Coverage: CareSource NC %s" % (nm, dob, mid)]
    hie_ftr = "Generated by GRHIE CareView 5.4.1 on 10/05/2026 09:12 EDT"
    cover_req = {"body": [
        ("title", "TRIAD SPINE RECONSTRUCTION"),
        ("p", "3100 Northline Ave, Suite 500, Greensboro, NC 27408   T 336-555-0190   F 336-555-0191"),
        ("hr",), ("title", "FAX"),
        ("m", "To: CareSource NC - Precertification           Fax: 1-844-555-0199"),
        ("m", "From: Delphine Achebe-Ward, precert specialist    Date: 10/06/2026"),
        ("m", "Re: Marisol E. Quintanilla-Bowers  DOB 07/24/1962  ID CSN552087413"),
        ("m", "Pages: 10 with cover"),
        ("sp", 6),
        ("p", "Revision open left SI joint arthrodesis requested. Please note imaging will follow under separate cover once completed."),
        ("pb",),
        ("title", "CareSource North Carolina - Prior Authorization Request"),
        ("m", "Date of request: 10/06/2026      [X] Standard   [ ] Expedited"),
        ("sec", "Member"),
        ("m", "Name: Marisol E. Quintanilla-Bowers   DOB: 07/24/1962   Member ID: CSN552087413"),
        ("m", "Phone: 336-555-4418    PCP: Theo Vandermolen, MD"),
        ("sec", "Provider"),
        ("m", "Surgeon: Priya Raman-Castellanos, MD   NPI 1093817265   Triad Spine Reconstruction"),
        ("m", "Facility: Moses Greene Memorial Hospital   Setting: [X] Inpatient (est. LOS 2 days)   [ ] Outpatient"),
        ("sec", "Procedure(s)"),
        ("mb", mrow(["CPT", "Description", "Mod", "Units"], [8, 70, 6, 6])),
        ("m", mrow(["27280", "Arthrodesis, open, sacroiliac joint, including obtaining bone graft,", "LT", "1"], [8, 70, 6, 6])),
        ("m", mrow(["", "including instrumentation, when performed (revision; removal of prior implants)", "", ""], [8, 70, 6, 6])),
        ("mb", mrow(["ICD-10", "Description"], [10, 80])),
        ("m", mrow(["M96.0", "Pseudarthrosis after fusion or arthrodesis (left SI joint)"], [10, 80])),
        ("m", mrow(["M53.3", "Sacrococcygeal disorders, NEC (left SI joint pain)"], [10, 80])),
        ("m", mrow(["Z98.1", "Arthrodesis status"], [10, 80])),
        ("sec", "Clinical rationale"),
        ("p", "Failed minimally invasive left SI joint fusion (02/14/2024, outside facility) with recurrent pain; suspected nonunion. "
              "Planned surgery date 11/10/2026."),
        ("m", "Signature: P. Raman-Castellanos, MD (electronic)   10/06/2026"),
    ]}
    W = [42, 12, 10, 10, 26]
    ccd = {"header": hie_hdr, "footer": hie_ftr, "body": [
        ("title", "Clinical Summary"),
        ("m", "Reporting period: 10/2025 - 10/2026   Contributors: Triad Spine Reconstruction; Piedmont Pain & Neurodiagnostics;"),
        ("m", "Vandermolen Family Medicine; Blue Ridge Orthopaedic Center (outside records scanned 09/2026)"),
        ("sec", "Problems"),
        ("mb", mrow(["Problem", "SNOMED", "ICD-10", "Status", "Onset/Resolved"], W)),
        ("m", mrow(["Pseudarthrosis after fusion, left SI joint", "", "M96.0", "Active", "09/22/2026 (suspected)"], W)),
        ("m", mrow(["Sacroiliac joint pain, left", "202474000", "M53.3", "Active", "2022"], W)),
        ("m", mrow(["History of arthrodesis (L SIJ 02/14/2024)", "", "Z98.1", "Active", "02/2024"], W)),
        ("m", mrow(["Lumbar radiculopathy, right", "128196005", "M54.16", "Resolved", "2018 - 2019"], W)),
        ("m", mrow(["Type 2 diabetes mellitus", "44054006", "E11.9", "Active", "2015"], W)),
        ("m", mrow(["Hypothyroidism", "40930008", "E03.9", "Active", "2010"], W)),
        ("sec", "Medications"),
        ("mb", mrow(["Medication", "Instructions", "Start", "Stop", "Status"], [28, 34, 12, 12, 10])),
        ("m", mrow(["celecoxib 200 mg cap", "1 cap PO daily", "04/10/2024", "", "Active"], [28, 34, 12, 12, 10])),
        ("m", mrow(["tramadol 50 mg tab", "1 tab PO q8h PRN severe pain", "09/22/2026", "", "Active"], [28, 34, 12, 12, 10])),
        ("m", mrow(["metformin 1000 mg tab", "1 tab PO BID", "2015", "", "Active"], [28, 34, 12, 12, 10])),
        ("m", mrow(["levothyroxine 75 mcg tab", "1 tab PO daily", "2010", "", "Active"], [28, 34, 12, 12, 10])),
        ("m", mrow(["oxycodone 5 mg tab", "1 tab PO q6h PRN x 7 days", "02/14/2024", "02/21/2024", "Completed"], [28, 34, 12, 12, 10])),
        ("sec", "Procedures"),
        ("mb", mrow(["Procedure", "Code", "Date", "Performed at"], [54, 8, 12, 30])),
        ("m", mrow(["Arthrodesis SI joint, percutaneous/MIS w/ transfixing device, left", "27279", "02/14/2024", "Blue Ridge Orthopaedic Ctr"], [54, 8, 12, 30])),
        ("m", mrow(["Needle EMG, one extremity w/ paraspinals + NCS", "95886", "08/11/2026", "Piedmont Pain & Neuro"], [54, 8, 12, 30])),
        ("pb",),
        ("sec", "Results"),
        ("mb", mrow(["Ordered", "Study", "Status", "Result"], [12, 40, 22, 30])),
        ("m", mrow(["09/22/2026", "CT PELVIS WO CONTRAST (72192)", "Scheduled 10/13/2026", "No result available"], [12, 40, 22, 30])),
        ("m", mrow(["07/16/2026", "XR SACROILIAC JOINTS 3+ VIEWS (72202)", "Canceled 07/16/2026", "Reason: pt left before exam"], [12, 40, 22, 30])),
        ("m", mrow(["08/11/2026", "Hemoglobin A1c", "Final", "6.9 % (H)"], [12, 40, 22, 30])),
        ("m", mrow(["08/11/2026", "C reactive protein", "Final", "3.2 mg/L (<10)"], [12, 40, 22, 30])),
        ("sec", "Vital Signs"),
        ("mb", mrow(["Date", "LOINC", "Observation", "Value"], [12, 9, 62, 8])),
        ("m", mrow(["09/22/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "8"], [12, 9, 62, 8])),
        ("m", mrow(["07/16/2026", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "7"], [12, 9, 62, 8])),
        ("sec", "Plan of Treatment"),
        ("m", "CT pelvis without contrast - scheduled 10/13/2026 (Greensboro Imaging Center)"),
        ("m", "Revision open left SI joint arthrodesis (27280) - pending authorization"),
        ("sec", "Social History"),
        ("m", "Never smoker. Retired postal clerk. Lives with spouse."),
    ]}
    op_fax1 = [
        ("h", "BLUE RIDGE ORTHOPAEDIC CENTER - ASHEVILLE"),
        ("s", "Operative Report   (outside record, scanned)"),
        ("hr",),
        ("m", "Patient: Quintanilla-Bowers, Marisol E    DOB 07/24/1962"),
        ("m", "Date of surgery: 02/14/2024      Surgeon: Wendell Okonkwo-Hale, MD"),
        ("sp",),
        ("b", "PREOPERATIVE DIAGNOSIS: Left sacroiliac joint dysfunction."),
        ("b", "POSTOPERATIVE DIAGNOSIS: Same."),
        ("b", "PROCEDURE: Minimally invasive left sacroiliac joint fusion (CPT 27279) with three triangular titanium implants."),
        ("b", "ANESTHESIA: General endotracheal."),
        ("p", "DESCRIPTION: The patient was positioned prone. Through a 3 cm lateral buttock incision, a guide pin was advanced across "
              "the left sacroiliac joint under biplanar fluoroscopic guidance. The tract was drilled and broached, and three implants "
              "(7.0 x 45 mm, 7.0 x 40 mm, 7.0 x 35 mm) were placed across the joint. The wound was irrigated and closed in layers. "
              "EBL 25 mL. No complications. The patient was taken to PACU in stable condition."),
        ("p", "DISPOSITION: Discharge same day, touch-down weight bearing left x 3 weeks with walker."),
        ("sp",),
        ("m", "Electronically signed: W. Okonkwo-Hale, MD  02/14/2024 13:58"),
    ]
    pain_note = {"header": ["PIEDMONT PAIN & NEURODIAGNOSTICS  -  Consultation",
                            "Quintanilla-Bowers, Marisol E   DOB 07/24/1962   MRN PPN-60331   Visit 07/16/2026   Leontyne Farrier-Bish, MD"],
                 "footer": "PPN EHR export", "body": [
        ("h", "Reason for consult"),
        ("p", "64 y/o F referred by Dr. Vandermolen for recurrent left buttock pain 2.5 years after left SI joint fusion at an outside "
              "center (02/14/2024). She had roughly 6 months of good relief, then gradual return of the same left SI joint pain "
              "from about autumn 2024. Pain 7/10, left buttock, worse with standing and stairs; no leg pain, no numbness."),
        ("h", "Exam"),
        ("p", "Healed left lateral buttock incision. Tender over left posterior SIJ. Strength 5/5 in the lower extremities, DTRs 2+ "
              "symmetric, SLR negative bilaterally. Prior right L5 radiculopathy (2018) resolved."),
        ("h", "Assessment"),
        ("p", "Recurrent left SI joint pain after MIS fusion; possible implant loosening or nonunion. Rule out L5 radiculopathy - will "
              "obtain EMG/NCS. XR SI joints ordered today."),
        ("m", "L. Farrier-Bish, MD  07/16/2026"),
    ]}
    emg_fax = [
        ("h", "PIEDMONT PAIN & NEURODIAGNOSTICS"),
        ("s", "EMG / Nerve Conduction Study Report"),
        ("hr",),
        ("m", "Patient: Quintanilla-Bowers, Marisol   DOB 07/24/1962"),
        ("m", "Date of study: 08/11/2026   Referring: L. Farrier-Bish, MD"),
        ("m", "Limb studied: Left lower extremity + lumbosacral paraspinals"),
        ("sp",),
        ("b", "NCS:"),
        ("p", "Left peroneal and tibial motor, sural and superficial peroneal sensory responses normal in latency, amplitude and "
              "conduction velocity. F-waves and H-reflex normal."),
        ("b", "Needle EMG:"),
        ("p", "Left tibialis anterior, medial gastrocnemius, peroneus longus, gluteus medius, vastus medialis and L4-S1 paraspinals: "
              "no abnormal spontaneous activity; normal motor unit morphology and recruitment."),
        ("b", "IMPRESSION:"),
        ("p", "Normal study. No electrodiagnostic evidence of left lumbosacral radiculopathy, plexopathy or peripheral neuropathy."),
        ("sp",),
        ("m", "Leontyne Farrier-Bish, MD   08/11/2026"),
    ]
    portal = {"header": ["MyTriadHealth Portal - Message thread (printed)",
                         "Marisol E Quintanilla-Bowers  DOB 07/24/1962"],
              "footer": "Printed 10/05/2026 by dachebeward", "body": [
        ("m", "09/28/2026 4:12 PM  Marisol Quintanilla-Bowers -> Triad Spine Reconstruction"),
        ("p", "Hello, Dr. Raman-Castellanos said I need the CT before surgery. Greensboro Imaging can't do it until October 13th. "
              "Will that hold up the insurance? The pain is about the same, 8 on bad days, still in my left buttock where the "
              "screws are. I can't stand at the stove for more than 10 minutes."),
        ("m", "09/29/2026 9:05 AM  Delphine Achebe-Ward (precert) -> patient"),
        ("p", "Hi Ms. Quintanilla-Bowers, we will submit the authorization now with your records and send the CT report to your "
              "insurance as soon as it is read. Keep the 10/13 appointment."),
    ]}
    office = {"header": ["TRIAD SPINE RECONSTRUCTION  -  Office Visit Summary",
                         "QUINTANILLA-BOWERS, MARISOL E   DOB 07/24/1962   MRN TSR-118274   09/22/2026   P. Raman-Castellanos, MD"],
              "footer": "TSR After Visit / Encounter Summary", "body": [
        ("h", "History of present illness"),
        ("p", "Referred by Dr. Farrier-Bish. Left MIS SI joint fusion 02/14/2024 (Dr. Okonkwo-Hale, Asheville; three triangular "
              "implants). Initial improvement for about six months, then recurrence of the same left buttock/SIJ pain, now 8/10, "
              "worse with weight bearing on the left and sit-to-stand. No leg radiation. No fever, chills or wound problems. "
              "She did not obtain the outside postoperative films; the July SI joint x-ray order was not completed."),
        ("p", "EMG 08/11/2026 normal. Celecoxib daily, tramadol started today. Outside PT after the index surgery (2024)."),
        ("h", "Examination"),
        ("p", "Healed incision, no erythema. Tender directly over the left posterior SIJ and implant heads. Positive thigh thrust "
              "and FABER on the left. Neuro: normal strength, sensation and reflexes; SLR negative."),
        ("h", "Impression"),
        ("p", "Failed prior percutaneous SI joint fusion, left, with clinical picture of nonunion / implant loosening (M96.0). "
              "No evidence of infection clinically; CRP normal."),
        ("h", "Plan"),
        ("p", "1. CT pelvis without contrast to assess peri-implant lucency, bridging bone and implant position - ordered, patient "
              "scheduling. 2. Submit authorization for revision open left SI joint arthrodesis with implant removal and iliac crest "
              "autograft (27280). 3. Return after CT."),
        ("m", "e-signed Priya Raman-Castellanos, MD  09/22/2026 17:40"),
    ]}
    letter = {"footer": "Triad Spine Reconstruction", "body": [
        ("title", "TRIAD SPINE RECONSTRUCTION"),
        ("sp", 6),
        ("r", "October 2, 2026"),
        ("r", "CareSource North Carolina - Medical Management"),
        ("r", "Re: Marisol E. Quintanilla-Bowers, DOB 07/24/1962, Member CSN552087413 - CPT 27280, left"),
        ("sp", 6),
        ("r", "Ms. Quintanilla-Bowers underwent minimally invasive left SI joint fusion on 02/14/2024 at Blue Ridge Orthopaedic "
              "Center. After an initial period of improvement her left SI joint pain recurred and has persisted for nearly two "
              "years despite celecoxib and activity modification. Her presentation is that of a failed percutaneous SI joint "
              "fusion, and I am requesting authorization for a revision open SI joint arthrodesis with removal of the prior "
              "implants and autograft."),
        ("r", "Electrodiagnostic testing on 08/11/2026 was normal, and she has no radicular symptoms. A CT scan of the pelvis has "
              "been ordered to evaluate the implants and fusion mass; it is scheduled for 10/13/2026 and the report will be "
              "forwarded on completion."),
        ("r", "Thank you for your consideration."),
        ("sp", 8),
        ("r", "Priya Raman-Castellanos, MD, Spine Surgery"),
    ]}
    files = [("01_fax_cover_and_pa_form.pdf", [("text", cover_req)]),
             ("02_hie_clinical_summary.pdf", [("text", ccd)]),
             ("03_outside_operative_report_2024.pdf", [("fax", op_fax1, True, "op")]),
             ("04_pain_consult_and_emg.pdf", [("text", pain_note), ("fax", emg_fax, False, "emg")]),
             ("05_portal_messages.pdf", [("text", portal)]),
             ("06_surgeon_note_and_letter.pdf", [("text", office), ("text", letter)])]
    crit = {
        "open.indication": ("met", ["Failed prior percutaneous SI joint fusion, left",
                                    "Minimally invasive left sacroiliac joint fusion (CPT 27279)"]),
        "open.recent_imaging": ("insufficient", []),
        "open.excl.neural_compression": ("met", ["No electrodiagnostic evidence of left lumbosacral radiculopathy"]),
    }
    return dict(id=pid, form="folder", packet_json=None, files=files, crit=crit, procedure="open",
                request_date="2026-10-06", total_pages=10,
                fax_banner="OCT 06 2026 11:26  TRIAD SPINE RECON  3365550191   TO 18445550199   P %(n)d/%(t)d")

# ============================================================================= main / self-check
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def determination(crit):
    st = [v[0] for v in crit.values()]
    if all(s == "met" for s in st):
        return "meets_criteria"
    if any(s == "not_met" for s in st):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def labels_for(pk):
    order = PERC if pk["procedure"] == "percutaneous" else OPEN
    return {"procedure": pk["procedure"], "request_date": pk["request_date"], "determination": determination(pk["crit"]),
            "criteria": {k: {"status": pk["crit"][k][0], "evidence": list(pk["crit"][k][1])} for k in order}}


def build_all():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    res = {}
    for fn in (packet_01, packet_02, packet_03):
        pk = fn()
        pk["labels"] = labels_for(pk)
        res[pk["id"]] = (pk, build_packet(pk))
    return res


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.lower()).strip()


def selfcheck(res):
    import pdfplumber
    out = []; ok_all = True
    def rep(ok, msg):
        nonlocal ok_all
        ok_all &= ok
        out.append(("PASS " if ok else "FAIL ") + msg)
    for pid, (pk, manifest) in res.items():
        out.append("=" * 78); out.append("Packet %s (%s, %s)" % (pid, pk["form"], pk["procedure"]))
        base = os.path.join(OUT, pid) if pk["form"] == "folder" else OUT
        lab_path = os.path.join(base, "labels.json") if pk["form"] == "folder" else os.path.join(OUT, pid + ".labels.json")
        lab = json.load(open(lab_path))
        pages = []  # (packet page no, file, kind, text)
        files = sorted({m[0] for m in manifest})
        n = 0
        for f in files:
            path = os.path.join(base, f)
            fm = [m for m in manifest if m[0] == f]
            with pdfplumber.open(path) as pdf:
                rep(len(pdf.pages) == len(fm), "%s: %d pages in file, %d in manifest" % (f, len(pdf.pages), len(fm)))
                for m, pg in zip(fm, pdf.pages):
                    n += 1
                    t = pg.extract_text() or ""
                    if m[2] == "fax":
                        rep(t.strip() == "" and len(pg.chars) == 0, "page %d (%s p%d) faxed: no text layer" % (n, f, m[1]))
                        rd = PdfReader(path).pages[m[1] - 1]
                        xo = rd["/Resources"]["/XObject"]
                        ims = [xo[k].get_object() for k in xo]
                        im = ims[0]
                        filt = im["/Filter"]; filt = filt[0] if isinstance(filt, list) else filt
                        wpt = float(rd.mediabox.width); hpt = float(rd.mediabox.height)
                        dx = round(im["/Width"] / (wpt / 72)); dy = round(im["/Height"] / (hpt / 72))
                        rep(len(ims) == 1 and filt == "/CCITTFaxDecode" and im["/BitsPerComponent"] == 1
                            and "/Font" not in rd["/Resources"] and (dx, dy) == m[4],
                            "page %d faxed: 1 image, %s, 1-bit, %dx%d dpi (stated %dx%d), page %.0fx%.0f pt"
                            % (n, filt, dx, dy, m[4][0], m[4][1], wpt, hpt))
                        pages.append((n, f, "fax", m[3]))
                    else:
                        rep(len(t.strip()) > 50, "page %d (%s p%d) text layer present (%d chars)" % (n, f, m[1], len(t)))
                        pages.append((n, f, "text", t))
        rep(6 <= n <= 16, "page count %d within 6-16" % n)
        fax_dpis = sorted({m[4] for m in manifest if m[2] == "fax"})
        out.append("     faxed pages: %s at %s" % ([p[0] for p in pages if p[2] == "fax"], fax_dpis))
        order = PERC if pk["procedure"] == "percutaneous" else OPEN
        rep(list(lab["criteria"].keys()) == order, "all %d criteria of '%s' labelled, no extras" % (len(order), pk["procedure"]))
        rep(lab["determination"] == determination({k: (v["status"],) for k, v in lab["criteria"].items()}),
            "determination '%s' consistent with statuses" % lab["determination"])
        rep(lab["request_date"] == pk["request_date"] and lab["procedure"] == pk["procedure"], "request_date/procedure in labels")
        for k, v in lab["criteria"].items():
            if v["status"] == "insufficient":
                rep(v["evidence"] == [], "%s insufficient -> empty evidence" % k)
            else:
                rep(len(v["evidence"]) > 0, "%s %s -> has evidence" % (k, v["status"]))
            for s in v["evidence"]:
                hits = [p for p in pages if norm(s) in norm(p[3])]
                rep(bool(hits), "%-36s snippet %r found on page(s) %s" % (k, s, ["%d%s" % (p[0], "(fax)" if p[2] == "fax" else "") for p in hits]))
        # request metadata source
        if pk["form"] == "folder" and pk.get("packet_json"):
            pj = json.load(open(os.path.join(base, "packet.json")))
            rep(pj["request_date"] == pk["request_date"], "packet.json request_date %s" % pj["request_date"])
        else:
            first = " ".join(p[3] for p in pages[:3])
            code = "27279" if pk["procedure"] == "percutaneous" else "27280"
            md = pk["request_date"]; us = "%s/%s/%s" % (md[5:7], md[8:10], md[:4])
            rep(code in first and us in first, "request form in first pages carries CPT %s and date %s" % (code, us))
        # identity consistency: member id + DOB on request form
        alltext = " ".join(p[3] for p in pages)
        dobs = set(re.findall(r"DOB:?\s*(\d\d/\d\d/\d{4})", alltext))
        ids = set(re.findall(r"CSN\d{9}", alltext))
        rep(len(dobs) == 1 and len(ids) == 1, "identity consistent: DOB %s, member ID %s" % (sorted(dobs), sorted(ids)))
    out.append("=" * 78)
    out.append("OVERALL: " + ("ALL CHECKS PASSED" if ok_all else "SOME CHECKS FAILED"))
    return "\n".join(out) + "\n", ok_all


if __name__ == "__main__":
    res = build_all()
    for pid, (pk, man) in res.items():
        print(pid, pk["form"], len(man), "pages", pk["labels"]["determination"])
    if "--selfcheck" in sys.argv:
        txt, ok = selfcheck(res)
        open(os.path.join(HERE, "selfcheck.txt"), "w").write(txt)
        print(txt)
