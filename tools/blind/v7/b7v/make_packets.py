#!/usr/bin/env python3
"""Rendering engine for the b7v packets: text pages (reportlab) and fax pages (Pillow + CCITT G4)."""
import io, re, random, textwrap
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from PIL import Image, ImageDraw, ImageFont
import numpy as np
import img2pdf

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ----------------------------------------------------------------- text pages
def esc(s):
    s = s.replace("&", "&amp;")
    s = re.sub(r"<(?!/?(b|i|u|br|font)\b)", "&lt;", s)
    return s

def styles(base="Helvetica", size=9.5):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[base]
    return {
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=5, spaceAfter=2),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.25, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
        "mono": ParagraphStyle("mono", fontName="Courier", fontSize=8.5, leading=10.5),
    }

def make_numbered_canvas(header, footer):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._decor(n)
                super().showPage()
            super().save()
        def _decor(self, n):
            w, h = letter
            pg = self._pageNumber
            self.setFont("Helvetica-Bold", 10)
            self.drawString(54, h - 40, header.get("org", ""))
            self.setFont("Helvetica", 7.5)
            y = h - 51
            for ln in header.get("org_lines", []):
                self.drawString(54, y, ln); y -= 9
            self.setFont("Helvetica", 8)
            yr = h - 40
            for ln in header.get("right", []):
                self.drawRightString(w - 54, yr, ln); yr -= 10
            self.setLineWidth(0.6)
            self.line(54, h - 40 - 12 - 9 * max(len(header.get("org_lines", [])), 2) + 6, w - 54,
                      h - 40 - 12 - 9 * max(len(header.get("org_lines", [])), 2) + 6)
            self.setFont("Helvetica", 7)
            self.drawString(54, 30, footer.get("left", ""))
            self.drawRightString(w - 54, 30, (footer.get("pagefmt", "Page {p} of {n}")).format(p=pg, n=n))
            if footer.get("center"):
                self.drawCentredString(w / 2, 20, footer["center"])
    return NC

def text_doc(blocks, header, footer, base="Helvetica", size=9.5, top=1.25):
    st = styles(base, size)
    flow = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("# "):
                flow.append(Paragraph(esc(b[2:]), st["h1"]))
            elif b.startswith("## "):
                flow.append(Paragraph(esc(b[3:]), st["h2"]))
            elif b.startswith("~ "):
                flow.append(Paragraph(esc(b[2:]), st["small"]))
            else:
                flow.append(Paragraph(esc(b), st["p"]))
            continue
        kind = b[0]
        if kind == "sp":
            flow.append(Spacer(1, b[1]))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind == "mono":
            for ln in b[1].strip("\n").split("\n"):
                flow.append(Paragraph(esc(ln).replace(" ", "&nbsp;"), st["mono"]))
        elif kind in ("t", "kv"):
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            grid = kind == "t"
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci, c in enumerate(r):
                    sty = st["cellb"] if ((grid and ri == 0) or (kind == "kv" and ci == 0)) else st["cell"]
                    row.append(Paragraph(esc(str(c)), sty))
                data.append(row)
            t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if grid else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                  ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if grid:
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]
            t.setStyle(TableStyle(ts))
            flow.append(t)
            flow.append(Spacer(1, 5))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=54, rightMargin=54,
                            topMargin=top * 72, bottomMargin=54)
    doc.build(flow, canvasmaker=make_numbered_canvas(header, footer))
    return buf.getvalue()

# ----------------------------------------------------------------- fax pages
def _font(pt, bold=False, dpi=204):
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    return ImageFont.truetype(FONT_DIR + name, int(round(pt * dpi / 72)))

def fax_pages(pages, res, meta, seed):
    """pages: list of list of lines. Line prefixes: '** ' bold 12pt, '>> ' bold 11pt, '~~' signature squiggle.
    Returns (pdf_bytes, list_of_page_texts)."""
    ydpi = 196 if res == "fine" else 98
    W, H = 1734, 2244  # 8.5 x 11 in at 204 dpi (square canvas, squashed later)
    tiffs, texts = [], []
    for i, lines in enumerate(pages):
        rnd = random.Random(seed * 1000 + i)
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        banner = "%s  FROM: %s  TO: %s  P. %d/%d" % (meta["when"], meta["from"], meta["to"], meta["first"] + i, meta["total"])
        d.text((70, 30), banner, font=_font(9.5, True), fill=0)
        rec = [banner]
        y = 120
        x0 = 135
        body = _font(11)
        for raw in lines:
            if raw.startswith("~~"):
                # signature scribble
                pts = []
                xs = x0 + 40
                for k in range(40):
                    pts.append((xs + k * 9, y + 22 + int(14 * np.sin(k * 0.9 + rnd.random())) + rnd.randint(-4, 4)))
                d.line(pts, fill=0, width=4)
                y += 52
                continue
            if raw.startswith("** "):
                f, txt, lh = _font(12, True), raw[3:], 44
            elif raw.startswith(">> "):
                f, txt, lh = _font(11, True), raw[3:], 40
            else:
                f, txt, lh = body, raw, 39
            wrapped = [txt] if (len(txt) <= 76 or txt.lstrip().startswith("|")) else textwrap.wrap(
                txt, 76, subsequent_indent=" " * (len(txt) - len(txt.lstrip())))
            for w_ in wrapped:
                d.text((x0, y), w_, font=f, fill=0)
                rec.append(w_)
                y += lh
        assert y < H - 90, "fax page overflow: %s" % lines[:2]
        ang = rnd.uniform(0.3, 1.5) * rnd.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        if ydpi != 204:
            im = im.resize((W, int(11 * ydpi)), Image.BILINEAR)
        a = np.array(im).astype(np.int16)
        nr = np.random.RandomState(seed * 7 + i)
        a = a + nr.normal(0, 18, a.shape).astype(np.int16)
        thr = (a < 150)
        hh, ww = thr.shape
        # specks
        for _ in range(nr.randint(150, 320)):
            yy, xx = nr.randint(0, hh - 4), nr.randint(0, ww - 4)
            s = nr.randint(1, 4)
            thr[yy:yy + s, xx:xx + s] = True
        # a band of edge noise on the left margin (feeder shadow)
        for yy in range(0, hh, 3):
            if nr.rand() < 0.25:
                thr[yy, 0:nr.randint(2, 14)] = True
        # dropouts: thin white streaks
        for _ in range(nr.randint(2, 5)):
            yy = nr.randint(100, hh - 100)
            x1 = nr.randint(0, ww // 2)
            thr[yy:yy + 1, x1:x1 + nr.randint(200, 900)] = False
        out = Image.fromarray(np.where(thr, 0, 255).astype(np.uint8)).convert("1")
        b = io.BytesIO()
        out.save(b, format="TIFF", compression="group4", dpi=(204, ydpi))
        tiffs.append(b.getvalue())
        texts.append("\n".join(rec))
    pdf = img2pdf.convert(tiffs, nodate=True)
    return pdf, texts

# ============================================================== packet b7v-01
def packet_01():
    pid = "b7v-01"
    pt = "VILLANUEVA, MARCUS T"
    dob = "06/14/1991"
    fax_meta = {"when": "02/09/2026 15:42", "from": "PIEDMONT ORTHO TRAUMA 8285550143",
                "to": "CARESOURCE NC UM", "first": 1, "total": 2}
    cover = [
        "** PIEDMONT ORTHOPAEDIC TRAUMA ASSOCIATES, PA",
        "   1187 Tunnel Rd, Suite 300 - Asheville, NC 28805",
        "   Ph 828-555-0140     Fax 828-555-0143",
        "",
        "** F A X   C O V E R   S H E E T",
        "",
        "Date:      02/09/2026",
        "To:        CareSource NC - Utilization Mgmt / Prior Auth",
        "Fax #:     1-866-555-0199",
        "From:      Kendra Oyelaran, surgical scheduler (Dr. H. Marsh-Obi)",
        "Re:        PRIOR AUTH - OPEN SI JOINT FUSION, RIGHT",
        "Patient:   Marcus T. Villanueva      DOB 06/14/1991",
        "Member #:  CSN884120373",
        "Pages:     2 incl. cover (clinical records uploaded to portal)",
        "",
        "[X] Urgent   [ ] For Review   [ ] Please Comment   [ ] Please Reply",
        "",
        "Comments: PA form attached. Sports med notes, functional restoration",
        "records and Dr. Marsh-Obi's letter were uploaded on the provider",
        "portal today under the same member #. CT pelvis was ordered 02/03 and",
        "is not scheduled yet -- we will fax the report once it is resulted.",
        "Call Kendra at x214 with questions. Thank you!!",
        "",
        "",
        "CONFIDENTIALITY NOTICE: This facsimile contains protected health",
        "information that is privileged and confidential under federal law.",
        "If you received this in error, notify the sender at 828-555-0140",
        "and destroy all copies. Re-disclosure is prohibited.",
    ]
    form = [
        "** CARESOURCE NORTH CAROLINA - PRIOR AUTHORIZATION REQUEST",
        "   Marketplace / Medical Services       Fax 1-866-555-0199",
        "",
        "Date of request: 02/09/2026        [X] Standard   [ ] Expedited",
        "",
        ">> MEMBER",
        "Name: Villanueva, Marcus T        DOB: 06/14/1991    Sex: M",
        "Member ID: CSN884120373           Plan: NC Marketplace Silver",
        "",
        ">> REQUESTING / SERVICING PROVIDER",
        "Helena Marsh-Obi, MD (Orthopaedic Trauma)     NPI 1730586241",
        "Piedmont Orthopaedic Trauma Associates   TIN 56-4410972",
        "Facility: Mission Ridge Surgical Hospital  [X] Inpatient  [ ] OP",
        "Est. admit 03/2026   LOS 2 days",
        "",
        ">> DIAGNOSIS (ICD-10)",
        "S32.810S  Mult fx pelvis w stable disruption of pelvic ring, sequela",
        "M53.2X8   Spinal instabilities, sacral and sacrococcygeal region",
        "M53.3     Sacrococcygeal disorders, not elsewhere classified",
        "",
        ">> SERVICE REQUESTED",
        "CPT 27280  Arthrodesis, open, sacroiliac joint, including obtaining",
        "           bone graft, incl. instrumentation when performed",
        "Side: RIGHT    Units: 1",
        "Approach: [X] Open    [ ] Percutaneous / minimally invasive",
        "",
        ">> CLINICAL SUMMARY",
        "34 y/o M, R posterior pelvic pain + SIJ instability sx since",
        "motocross crash 03/15/2025 w/ pelvic ring fx treated non-op at OSH.",
        "Completed 12 wk functional restoration program (goals partially met),",
        "US-guided R SIJ inj 11/13/25 w/ short-lived relief. See LMN.",
        "Imaging: CT pelvis w/ fine cuts thru SIJ ordered 02/03/26 - PENDING",
        "",
        "Requesting provider signature:",
        "~~",
        "H. Marsh-Obi, MD                         Date: 02/09/2026",
    ]
    fax_pdf, fax_txt = fax_pages([cover, form], "standard", fax_meta, seed=101)

    hdr_ortho = {"org": "PIEDMONT ORTHOPAEDIC TRAUMA ASSOCIATES, PA",
                 "org_lines": ["1187 Tunnel Road, Suite 300, Asheville, NC 28805", "Tel 828-555-0140  |  Fax 828-555-0143"],
                 "right": ["Pt: Villanueva, Marcus T", "DOB: 06/14/1991", "MRN: POT-0048817"]}
    ftr = {"left": "Confidential patient information", "pagefmt": "Page {p} of {n}"}
    lmn = text_doc([
        ("sp", 4),
        "February 3, 2026",
        "CareSource North Carolina<br/>Attn: Utilization Management - Surgical Prior Authorization<br/>Fax 1-866-555-0199",
        "<b>RE: Letter of Medical Necessity - Open right sacroiliac joint arthrodesis (CPT 27280)</b><br/>"
        "Patient: Marcus T. Villanueva &nbsp; DOB 06/14/1991 &nbsp; Member ID CSN884120373",
        "To Whom It May Concern:",
        "I am writing on behalf of my patient, Mr. Villanueva, a 34-year-old right-hand-dominant HVAC technician and "
        "former amateur motocross racer, to request authorization for an open right sacroiliac joint debridement and "
        "arthrodesis with bone graft. I saw him in consultation on 01/27/2026 on referral from Dr. Ravi Kestrel "
        "(Blue Ridge Sports Medicine & Performance).",
        "On 03/15/2025 he was thrown from his bike at an amateur event in Statesville and sustained a right-sided "
        "lateral compression pelvic ring injury. He was admitted to Foothills Regional Medical Center and managed "
        "non-operatively with protected weight bearing for eight weeks. Records from that admission have been "
        "requested twice (10/2025 and 01/2026) and have not yet been received by either our office or Dr. Kestrel's.",
        "Since returning to full weight bearing he has had persistent right posterior pelvic pain, a painful "
        "\"clunk\" with single-leg stance, difficulty with stairs and ladders at work, and he has been unable to "
        "return to riding. He completed a 12-week multidisciplinary functional restoration program "
        "(Catawba Valley Functional Restoration Program, 10/06/2025 - 12/26/2025) and had an ultrasound-guided right "
        "SIJ injection on 11/13/2025 that gave roughly 60% relief for about ten days.",
        "On my examination his pain is localized to the right posterior pelvis at and just below the PSIS. "
        "He has no radicular symptoms. Straight-leg raise is negative on both sides, strength and reflexes are "
        "symmetric, and sensation is intact in the L4-S1 dermatomes. Active straight-leg raise is positive on "
        "the right and improves with manual pelvic compression, which I interpret as a failure of load transfer "
        "across the injured joint.",
        "<b>Indication.</b> My diagnosis is post-traumatic right SIJ instability following pelvic ring fracture. "
        "I want to be explicit that this is not a request for fusion of a degenerative SI joint or for mechanical "
        "low back pain; the surgery is indicated because of the traumatic disruption of the joint and its "
        "ligamentous restraints. An open approach allows direct debridement of the joint, removal of interposed "
        "fibrous tissue, and structural grafting, which a percutaneous transiliac implant cannot provide.",
        "<b>Imaging.</b> I do not yet have any imaging studies to review - no radiographs, CT or MRI. I have ordered a CT of the pelvis "
        "with fine cuts through both sacroiliac joints (ordered 02/03/2026). The CT has not been scheduled yet "
        "because of a scanner backlog at our imaging partner, and my office will forward the report to you as "
        "soon as it is finalized. If the CT were to show a healed joint without residual incongruity, we would "
        "revisit whether an open procedure is still the right operation.",
        "I believe the open procedure is medically necessary to restore a stable pelvic ring and to allow him to "
        "return to work without restriction. Please contact my office with any questions.",
        "Sincerely,",
        ("sp", 14),
        "<i>Helena Marsh-Obi, MD</i><br/>Orthopaedic Trauma Surgery<br/>Piedmont Orthopaedic Trauma Associates, PA"
        "<br/>NPI 1730586241",
        "~ cc: Ravi Kestrel, DO, CAQSM - Blue Ridge Sports Medicine & Performance",
    ], hdr_ortho, ftr, base="Times-Roman", size=10.5)

    hdr_sm = {"org": "BLUE RIDGE SPORTS MEDICINE & PERFORMANCE",
              "org_lines": ["Primary Care Sports Medicine | Athletic Training | Performance Lab",
                            "22 Sweeten Creek Rd, Asheville NC 28803  Ph 828-555-0177  Fax 828-555-0178"],
              "right": ["VILLANUEVA, MARCUS T", "DOB 06/14/1991 (34 y)", "Acct 40021377"]}
    ftr_sm = {"left": "Printed 02/06/2026 by DHOLLIS - Encounter record", "pagefmt": "pg {p}/{n}"}
    sm = text_doc([
        "# NEW PATIENT - SPORTS MEDICINE CONSULT",
        ("kv", [["Date of service", "09/22/2025"], ["Provider", "Ravi Kestrel, DO, CAQSM"],
                ["Referring", "Self / Blue Ridge Urgent Care"], ["Visit type", "New pt, 45 min"]], [110, 300]),
        "## CC",
        "R low back / \"back of the pelvis\" pain x 6 mo after motocross crash.",
        "## HPI",
        "34 yo M amateur motocross racer, HVAC tech. Crash 03/15/2025 - high-side at ~25 mph, landed on R side. "
        "Admitted Foothills Regional, told he had a \"cracked pelvis\" on the R, non-op, TDWB x 8 wk w/ walker then "
        "progressed. Pain never fully resovled. Describes deep ache R posterior pelvis just medial to the dimple, "
        "worse w/ single leg stance, stairs, getting out of his work van, ladder work. Feels a \"clunk\" on the R "
        "when he stands on R leg to put pants on. No numbness/tingling. Denies pain going down the leg. "
        "Has not ridden since. Pain today 7/10, avg 5-6/10, worst 9/10 after a long service call.",
        "## PMH / PSH",
        "R L5 radiculopathy 2019 after a deadlift PR attempt - resolved w/ 8 wk PT, no recurrence since. "
        "L clavicle ORIF 2014 (motocross). Otherwise healthy.",
        "## Meds",
        "Ibuprofen 600 mg PRN (2-3x/wk). No Rx meds.",
        "## FHx / SHx",
        "Father - lumbar stenosis s/p laminectomy. Mother - HTN. No FHx inflammatory arthritis. "
        "Married, 2 kids. Nonsmoker, 4-6 beers/wk.",
        "## Exam",
        "Gen: NAD, antalgic gait w/ shortened R stance. Trendelenburg neg bilat. "
        "Lumbar: full flexion, ext mildly uncomfortable. No midline TTP. "
        "Pelvis: TTP R PSIS + R long dorsal ligament. ASLR R positive, improves w/ manual compression. "
        "Thigh thrust R +, FABER R + (posterior pelvic pain), Gaenslen R +, distraction neg. "
        "Hips: FROM, FADIR neg bilat, no groin pain. "
        "Neuro: SLR negative bilaterally. Strength 5/5 L2-S1, DTR 2+ sym, sensation intact.",
        "## A/P",
        "1. Post-traumatic R SIJ dysfunction / instability s/p LC-1 pelvic ring injury (03/2025).<br/>"
        "2. Hx R L5 radiculopathy 2019 - resolved, not contributing now.<br/>"
        "- No outside records. ROI signed today for Foothills Regional admission records.<br/>"
        "- Refer to Catawba Valley FRP (12 wk) - pt agreable, employer OK'd modified duty.<br/>"
        "- Pelvic compression belt for work. AT/strength coach to coordinate return-to-ride progression.<br/>"
        "- Consider US-guided R SIJ inj if plateau. RTC 6-8 wk.",
        "~ Electronically signed: Ravi Kestrel, DO, CAQSM 09/22/2025 17:48",
        ("pb",),
        "# PROCEDURE NOTE - ULTRASOUND-GUIDED INJECTION",
        ("kv", [["Date of service", "11/13/2025"], ["Proceduralist", "Ravi Kestrel, DO, CAQSM"],
                ["Procedure", "US-guided R sacroiliac joint injection (CPT 20611 w/ 76942 bundled)"],
                ["Assistant", "T. Mabry, LAT, ATC"]], [110, 330]),
        "<b>Indication:</b> R posterior pelvic pain, post-traumatic SIJ dysfunction, plateau in FRP week 6.",
        "<b>Consent:</b> Risks incl. infection, bleeding, steroid flare, skin depigmentation, failure to relieve "
        "pain discussed; written consent signed. Time-out performed.",
        "<b>Technique:</b> Prone, pillow under hips. Skin prepped w/ chlorhexidine x2. Curvilinear 2-5 MHz probe "
        "in sterile sleeve, transverse over sacral hiatus then moved cephalad/lateral to identify the inferior "
        "R SIJ cleft between sacrum and ilium. 22g 3.5\" spinal needle advanced in-plane lateral-to-medial into "
        "the lower third of the joint under direct visualization. Injectate: 2 mL 1% lidocaine + 40 mg "
        "triamcinolone (1 mL). Smooth flow, no blood on aspiration. Images saved to PACS.",
        "<b>EBL:</b> nil. <b>Complications:</b> none. Pt tolerated well.",
        "## Post-procedure pain diary (clinic + pt card)",
        ("t", [["Time", "NRS R post pelvis", "Activity", "Notes"],
               ["Pre", "7/10", "Sit-to-stand, SLS R", "Painful clunk R SLS"],
               ["15 min", "3/10", "Walk hallway", ""],
               ["30 min", "3/10", "SLS R x 10", "Clunk still present, less pain"],
               ["2 h (card)", "4/10", "Drove home", ""],
               ["Day 3 (call)", "3/10", "Light duty", "\"best in months\""],
               ["Day 10 (call)", "6/10", "Full shift", "wearing off"]],
         [70, 95, 120, 170]),
        "~ E-signed R. Kestrel DO 11/13/2025 15:02",
        ("pb",),
        "# SPORTS MEDICINE FOLLOW-UP",
        ("kv", [["Date of service", "01/20/2026"], ["Provider", "Ravi Kestrel, DO, CAQSM"],
                ["Interval", "FRP discharge 12/26/25; s/p R SIJ inj 11/13/25"]], [110, 300]),
        "S: Finished FRP 12/26. Better endurance and less fear of movement, but still painful clunk on R with "
        "stairs and ladders; back on full duty w/ belt. Injection helped ~60% for ~10 days then back to baseline. "
        "Pain 6/10 today R posterior pelvis, no radiation, no paresthesias. Bowel/bladder nl.",
        "O: Antalgic gait improved. TTP R PSIS. ASLR R +. Thigh thrust R +. Compression reduces ASLR pain. "
        "Neuro intact, SLR neg bilat. Hip ROM full and painless.",
        "A: Persistent post-traumatic R SIJ instability, failed 12 wk FRP and inj. "
        "Rule out L5 radiculopathy recurrence -- not clinically suspected, exam neurologically normal; "
        "no EMG planned.",
        "P: Refer Dr. Helena Marsh-Obi (Piedmont Ortho Trauma) for surgical opinion re: open stabilization. "
        "Outside records from Foothills still outstanding - re-requested today. No imaging on file here. "
        "Continue belt, HEP, ibuprofen PRN. RTC after surgical consult.",
        "~ Electronically signed: Ravi Kestrel, DO, CAQSM 01/20/2026 12:31",
    ], hdr_sm, ftr_sm, size=9.5)

    # FRP weekly summary - faxed (fine)
    frp_fax_meta = {"when": "01/23/2026 09:07", "from": "CATAWBA VALLEY FRP 8285550311",
                    "to": "BLUE RIDGE SPORTS MED", "first": 1, "total": 1}
    frp_week = [
        "** CATAWBA VALLEY FUNCTIONAL RESTORATION PROGRAM",
        "   810 Fairgrove Church Rd SE, Hickory NC 28602   Fax 828-555-0311",
        "",
        ">> WEEKLY INTERDISCIPLINARY TEAM SUMMARY - WEEK 6 of 12",
        "Participant: VILLANUEVA, Marcus     DOB 06/14/1991",
        "Week of: 11/10/2025 - 11/14/2025    Attendance: 5/5 days (6 h/day)",
        "Referring: R. Kestrel, DO           Case mgr: A. Pruitt, RN",
        "",
        ">> PHYSICAL THERAPY (L. Baptiste, DPT)",
        "Lift floor-waist 35 -> 45 lb. Step-ups R limited by R post pelvic",
        "pain + clunk. SLS R 6 s (L 30 s). Load transfer cues, belt on.",
        ">> OCCUPATIONAL THERAPY (J. Ferris, OTR/L)",
        "Work sim: ladder climb 6 rungs x 3, kneel-to-stand. Van entry",
        "modified (R leg last). Tolerates 40 min mixed standing tasks.",
        ">> PAIN PSYCHOLOGY (S. Ahn, PsyD)",
        "Engaged. PCS 22 (intake 31). Frustration re: not riding. No sx",
        "of depression beyond adjustment; sleep 6 h. Pacing plan in use.",
        ">> PHYSICIAN (M. Okonkwo, MD, PM&R)",
        "Pain localized R posterior pelvis, no radicular features, neuro",
        "exam intact. US-guided R SIJ inj 11/13 by Dr. Kestrel - early",
        "relief. Continue program. Team concern: mechanical instability",
        "pattern not improving w/ strengthening -> surgical opinion at d/c.",
        "",
        "Team goals next wk: SLS R 15 s; lift 50 lb; 60 min work sim.",
        "",
        "Signed for the team:",
        "~~",
        "A. Pruitt, RN, Case Manager    11/14/2025",
    ]
    frp_pdf, frp_txt = fax_pages([frp_week], "fine", frp_fax_meta, seed=102)

    hdr_frp = {"org": "CATAWBA VALLEY FUNCTIONAL RESTORATION PROGRAM",
               "org_lines": ["Interdisciplinary Pain Rehabilitation - CARF accredited",
                             "810 Fairgrove Church Rd SE, Hickory, NC 28602 | 828-555-0310"],
               "right": ["Participant: Villanueva, Marcus", "DOB 06/14/1991", "FRP ID 25-1188"]}
    frp = text_doc([
        "# PROGRAM DISCHARGE REPORT",
        ("kv", [["Program dates", "10/06/2025 - 12/26/2025 (12 weeks, 58 of 60 days attended)"],
                ["Referral dx", "Post-traumatic R SIJ pain/instability after pelvic ring injury"],
                ["Team", "L. Baptiste DPT; J. Ferris OTR/L; S. Ahn PsyD; M. Okonkwo MD; A. Pruitt RN"],
                ["Discharge status", "Completed program. Goals partially met."]], [110, 360]),
        "## Outcome measures (intake vs discharge)",
        ("t", [["Measure", "Intake 10/06/2025", "Discharge 12/26/2025", "MCID / comment"],
               ["ODI (%)", "46", "38", "8 pts - below MCID of 10"],
               ["PROMIS-29 Physical Function (T)", "36.2", "39.8", "improved"],
               ["PROMIS Pain Interference (T)", "64.1", "61.0", "minimal change"],
               ["PSEQ (0-60)", "28", "41", "meaningful gain"],
               ["STarT Back", "High risk (6/9)", "Medium (4/9)", ""],
               ["Pain NRS, avg past wk", "6", "6", "unchanged"],
               ["Floor-to-waist lift (lb)", "25", "50", "job demand 70 lb"],
               ["Single-leg stance R (s)", "3", "9", "L side 30+"]],
         [150, 95, 105, 130]),
        "## Goals",
        ("t", [["Goal", "Status", "Comment"],
               ["Independent with HEP and pacing plan", "MET", "Written program issued 12/26"],
               ["Lift 70 lb floor-to-waist (job demand)", "NOT MET", "50 lb; limited by R pelvic pain/clunk"],
               ["Climb 12-ft ladder x 10 rungs", "NOT MET", "8 rungs, stops for R SIJ pain"],
               ["Reduce catastrophizing (PCS under 20)", "MET", "PCS 17 at d/c"],
               ["RTW full duty", "PARTIALLY MET", "full duty w/ pelvic belt, avoids ladders over 8 ft"]],
         [190, 80, 200]),
        "## Physician discharge summary",
        "Mr. Villanueva worked hard and gained confidence, pacing, and lifting tolerance, but his right "
        "posterior pelvic pain and the painful clunk with unilateral loading did not change meaningfully. "
        "His pain has stayed localized to the right posterior pelvis and has not had radicular features at any "
        "point in the program. No generalized pain behavior was observed; Waddell signs 0/5 at intake. "
        "The team's impression is a structural load-transfer problem at the right SIJ after his pelvic injury "
        "rather than deconditioning, and we support surgical consultation.",
        "~ M. Okonkwo, MD (PM&R), Medical Director - signed 12/29/2025",
    ], hdr_frp, {"left": "CVFRP discharge report", "pagefmt": "Page {p} of {n}"}, size=9.5)

    hdr_at = {"org": "BLUE RIDGE SPORTS MEDICINE & PERFORMANCE - Athletic Training / Performance Lab",
              "org_lines": ["Return-to-sport log (shared with physician)", "Pt-athlete: VILLANUEVA, MARCUS  DOB 06/14/1991"],
              "right": ["Sport: motocross (amateur)", "Status: NOT cleared"]}
    at = text_doc([
        "# ATHLETIC TRAINER / STRENGTH COACH LOG",
        ("t", [["Date", "Staff", "Session", "Notes"],
               ["10/02/2025", "T. Mabry ATC", "Intake screen", "SLS R 3 s, hop test deferred. Belt fitted."],
               ["10/30/2025", "B. Arriaga CSCS", "Strength", "Trap-bar DL 95 lb x5 ok; split squat R painful clunk"],
               ["11/20/2025", "T. Mabry ATC", "Post-inj check", "1 wk s/p inj, SLS R 12 s, pain 3/10"],
               ["12/04/2025", "B. Arriaga CSCS", "Strength", "Pain back to 6/10 R post pelvis w/ split squat"],
               ["01/08/2026", "T. Mabry ATC", "RTR screen", "Simulated standing-on-pegs 20 s, stopped d/t pain"],
               ["02/05/2026", "T. Mabry ATC", "RTR screen", "Unchanged. Not cleared to ride. Awaiting surgery consult"]],
         [62, 78, 80, 250]),
        "~ ATC = athletic trainer; CSCS = strength and conditioning coach; RTR = return to ride; SLS = single-leg stance.",
        ("sp", 8),
        "# PATIENT PAIN LOG (export)",
        "~ File: MV_pain_log_2025.xlsx, sheet \"Daily\" - exported to PDF by clinic 02/05/2026. Entered by patient.",
        ("mono", """
Date       | AM NRS | PM NRS | Worst activity            | Meds            | Belt
-----------+--------+--------+---------------------------+-----------------+-----
01/05/2026 |   4    |   6    | ladder, 2 roof units      | ibu 600 x1      | Y
01/06/2026 |   4    |   5    | shop day                  | -               | Y
01/07/2026 |   5    |   7    | stairs apt complex        | ibu 600 x2      | Y
01/08/2026 |   4    |   6    | RTR screen w/ Tori        | ibu 600 x1      | Y
01/12/2026 |   5    |   6    | crawlspace                | ibu 600 x1      | Y
01/14/2026 |   4    |   7    | ladder                    | ibu 600 x2      | N (forgot)
01/19/2026 |   5    |   6    | van in/out all day        | ibu 600 x1      | Y
01/26/2026 |   4    |   6    | kids bball game bleachers | -               | Y
02/02/2026 |   5    |   7    | 12 ft ladder              | ibu 600 x2      | Y
"""),
        "~ Pt comment 02/02: \"same clunk on the right every time I load that leg, doesnt shoot anywhere just sits there\"",
    ], hdr_at, {"left": "BRSMP athletic training record", "pagefmt": "{p}/{n}"}, size=9)

    files = {
        "01_fax_cover_PA_request.pdf": [("fax", fax_pdf, fax_txt, "standard")],
        "02_letter_medical_necessity_MarshObi.pdf": [("text", lmn)],
        "03_sports_medicine_notes.pdf": [("text", sm)],
        "04_functional_restoration_program.pdf": [("fax", frp_pdf, frp_txt, "fine"), ("text", frp)],
        "05_AT_log_and_pain_log.pdf": [("text", at)],
    }
    packet_json = {"request_date": "2026-02-09", "procedure_codes": ["27280"],
                   "member_id": "CSN884120373", "policy": "MP-MM-1366"}
    labels = {
        "procedure": "open",
        "request_date": "2026-02-09",
        "determination": "insufficient_documentation",
        "criteria": {
            "open.indication": {"status": "met", "evidence": [
                "post-traumatic right SIJ instability following pelvic ring fracture",
                "s/p LC-1 pelvic ring injury (03/2025)"]},
            "open.recent_imaging": {"status": "insufficient", "evidence": []},
            "open.excl.neural_compression": {"status": "met", "evidence": [
                "He has no radicular symptoms.",
                "SLR negative bilaterally"]},
        },
    }
    return pid, "folder", files, packet_json, labels

# ============================================================== packet b7v-02
def packet_02():
    pid = "b7v-02"
    meta1 = {"when": "11/18/2025 08:51", "from": "IREDELL SPINE&JOINT 7045550162",
             "to": "CARESOURCE NC PA", "first": 1, "total": 2}
    cover = [
        "** IREDELL SPINE & JOINT, PLLC",
        "   455 Williamson Rd, Ste 210, Mooresville NC 28117",
        "   office 704-555-0160    fax 704-555-0162",
        "",
        "** FAX TRANSMITTAL",
        "",
        "TO:      CareSource North Carolina - Prior Authorization",
        "FAX:     1-866-555-0199",
        "FROM:    Dana Whitsett, CMA - surgery coordinator",
        "DATE:    11/18/2025",
        "RE:      Castellanos, Brianna K   DOB 09/03/1988",
        "         Member ID CSN771204458",
        "         SI joint fusion, minimally invasive (RIGHT)",
        "# PAGES: 2 by fax + records (uploaded, see enclosure list)",
        "",
        "Enclosures: LMN Dr. Aldridge; Lakeshore Sports Med note 11/10/25;",
        "  inj notes 08/12/25 + 10/02/25; PT d/c summary; Carolina FRC",
        "  weekly summary, outcomes, d/c report; XR + MRI reports; pain log,",
        "  med list.",
        "",
        "Please call with any questions or if pages missing.",
        "",
        "",
        "This transmission may contain PHI protected under HIPAA. If you are",
        "not the intended recipient, any review, use or distribution is",
        "prohibited. Please notify us by phone and destroy the material.",
    ]
    form = [
        "** CARESOURCE NC - PRIOR AUTHORIZATION REQUEST FORM",
        "   Surgical / Outpatient Procedures",
        "",
        "Request date: 11/18/2025       Urgency: [X] Routine  [ ] Urgent",
        "",
        ">> 1. MEMBER INFORMATION",
        "Castellanos, Brianna K     DOB 09/03/1988     F",
        "Member ID: CSN771204458    Phone 704-555-0129",
        "",
        ">> 2. PROVIDER INFORMATION",
        "Ordering/rendering: Naveen Aldridge, MD (orthopaedic spine)",
        "NPI 1568320974    Iredell Spine & Joint PLLC   TIN 58-3307715",
        "Site: Lake Norman Surgery Center (ASC) - outpatient",
        "",
        ">> 3. SERVICE",
        "CPT 27279  Arthrodesis, SIJ, percutaneous or minimally invasive",
        "           (indirect visualization), w/ image guidance, incl",
        "           placement of intra-articular implant(s)",
        "Laterality: RIGHT   Units: 1   Planned DOS: 12/2025",
        "Device: triangular titanium implants x3 (lateral transiliac)",
        "",
        ">> 4. DIAGNOSIS",
        "M53.3    Sacrococcygeal disorders NEC (R SIJ dysfunction)",
        "M54.50   Low back pain, unspecified",
        "",
        ">> 5. CLINICAL",
        "37F R SIJ pain >1 yr. Failed PT, 12-wk FRP, NSAIDs, 2 SIJ inj.",
        "Records attached.",
        "",
        "Signature of requesting provider:",
        "~~",
        "N. Aldridge MD                                Date 11/18/2025",
    ]
    fax1, fax1_txt = fax_pages([cover, form], "standard", meta1, seed=201)

    hdr_sp = {"org": "IREDELL SPINE & JOINT, PLLC",
              "org_lines": ["455 Williamson Rd, Ste 210, Mooresville, NC 28117", "704-555-0160 | fax 704-555-0162"],
              "right": ["Castellanos, Brianna K", "DOB 09/03/1988", "Chart 118-20441"]}
    lmn = text_doc([
        "November 17, 2025",
        "CareSource North Carolina, Utilization Management",
        "<b>Re: Brianna K. Castellanos (DOB 09/03/1988), Member ID CSN771204458<br/>"
        "Request: Right minimally invasive sacroiliac joint fusion, CPT 27279</b>",
        "Dear Medical Reviewer,",
        "Ms. Castellanos is a 37-year-old CrossFit coach and former collegiate volleyball player whom I saw in "
        "consultation on 11/14/2025 for right-sided sacroiliac joint pain that began insidiously in the summer "
        "of 2024 without a specific injury. At my visit on 11/14/2025 she rated her right SIJ pain 7/10 and "
        "described it as a constant ache at the base of the spine on the right that is worse with prolonged "
        "sitting, rolling over in bed, and single-leg loading.",
        "She has been followed by Dr. Owen Pritchard at Lakeshore Sports Medicine Institute. His examination "
        "documents tenderness over the right SIJ and positive provocative maneuvers. She has completed a "
        "course of outpatient physical therapy and a 12-week functional restoration program, takes naproxen "
        "daily, and has undergone two image-guided right SIJ injections, both of which gave well over 50% "
        "relief, confirming the joint as her pain generator. Unfortunately the steroid benefit has not lasted.",
        "MRI of the pelvis and lumbar spine show no inflammatory sacroiliitis and no neural compression. "
        "Right hip radiographs have been ordered to complete the workup.",
        "Given her failure of more than a year of comprehensive non-operative care, I recommend right "
        "minimally invasive SIJ fusion with three triangular titanium implants and ask that you authorize "
        "the procedure.",
        "Respectfully,",
        ("sp", 10),
        "<i>Naveen Aldridge, MD</i> - Orthopaedic Spine Surgery, Iredell Spine & Joint, PLLC",
    ], hdr_sp, {"left": "Letter of medical necessity", "pagefmt": "Page {p} of {n}"}, base="Times-Roman", size=10.5)

    hdr_ls = {"org": "LAKESHORE SPORTS MEDICINE INSTITUTE",
              "org_lines": ["Non-operative Sports Medicine | MSK Ultrasound | Concussion",
                            "128 Medical Park Rd, Mooresville NC 28117 | P 704-555-0190 F 704-555-0191"],
              "right": ["CASTELLANOS, BRIANNA K", "DOB: 09/03/1988  F", "MRN LSMI-77310"]}
    ftr_ls = {"left": "LSMI EHR - clinical document", "pagefmt": "Page {p} of {n}"}
    note = text_doc([
        "# Office Visit - Sports Medicine",
        ("kv", [["DOS", "11/10/2025"], ["Provider", "Owen Pritchard, MD, CAQSM"], ["Visit", "Established, f/u R SIJ"]],
         [80, 300]),
        "<b>Subjective:</b> 37 y/o F CrossFit coach, R SIJ pain since ~06/2024, insidious, no fall or MVC. "
        "Back for f/u after 2nd SIJ inj . Pain is caudal to L5, centered over the R sacral sulcus and upper "
        "buttock, and does not radiate. No numbness, tingling or weakness. Worse sitting > 30 min, rolling in bed, "
        "pistol squats/single-leg work. R SIJ pain 6/10 today (range 4-7 past wk). "
        "Notes lateral R hip achiness w/ side-lying that started this fall.",
        "<b>Injection history:</b> 08/12/25 US-guided R SIJ (lido/Kenalog): relief faded by ~3 wk, back to "
        "baseline by early Sept. 10/02/25 fluoro R SIJ (bupi/dex): ~4 wk of benefit then pain returned to 6/10. "
        "Other: US-guided L AC joint inj 06/2025 (volleyball rec league) - helpful, not SIJ related.",
        "<b>PMH:</b> R-sided sciatica 2019 (postpartum), resolved w/ PT, none since. R sacral stress fracture 2017 "
        "(marathon training) - healed, asymptomatic. Migraine w/o aura. "
        "<b>FHx:</b> father - psoriatic arthritis; mother - fibromyalgia, HTN. "
        "<b>Labs 07/2025:</b> HLA-B27 negative, CRP 2.1 mg/L, ESR 8.",
        "<b>Meds:</b> naproxen 500 mg BID (daily since 10/2024), sumatriptan PRN, OCP. Heat wrap evenings.",
        "<b>Objective:</b> Ht 5'9\" Wt 152 lb. Gait nonantalgic. Lumbar: flex/ext full, no midline or paraspinal "
        "TTP. Palpation: TTP R sacral sulcus/PSIS 3+; R greater trochanter equally tender (3+), L GT nontender. "
        "Coccyx nontender. "
        "Provocation: thigh thrust + R (concordant), FABER + R (posterior pelvic pain), distraction + "
        "(concordant), compression neg, Gaenslen neg bilat. "
        "Hips: FROM, FADIR neg, resisted abduction mildly uncomfortable R. "
        "Neuro: SLR neg bilat, 5/5, DTR 2+ sym, sensation intact. "
        "Waddell 0/5.",
        "<b>Assessment:</b> 1. R SIJ dysfunction - SIJ remains the primary generator per pt's pain map. "
        "2. R lateral hip tenderness - possibly compensatory gluteal overload; R hip XR ordered. "
        "3. Failed PT, FRP, NSAIDs, heat, 2 SIJ inj.",
        "<b>Plan:</b> Refer to Dr. Aldridge (Iredell Spine) for MI SIJ fusion eval - appt 11/14. R hip XR 2 views "
        "ordered today (pt to schedule). Continue naproxen, HEP from FRP. RTC prn after surgical consult.",
        "~ Electronically signed by Owen Pritchard, MD, CAQSM on 11/10/2025 at 16:22",
    ], hdr_ls, ftr_ls, size=9.5)

    inj1 = text_doc([
        "# Procedure Note - Ultrasound-Guided Injection",
        ("kv", [["Date", "08/12/2025"], ["Physician", "Owen Pritchard, MD, CAQSM"],
                ["Procedure", "R sacroiliac joint injection, ultrasound guided (20611)"],
                ["Dx", "M53.3 R SIJ dysfunction"]], [80, 330]),
        "Pre-procedure: R SIJ pain 7/10 (sitting 20 min in waiting room). Consent reviewed and signed. "
        "Time out completed w/ MA Rosa Delgado. Allergies: NKDA.",
        "Technique: Pt prone. Sterile prep w/ ChloraPrep, sterile probe cover and gel. Curvilinear probe placed "
        "transversely at the level of the S2 foramen; the posterior inferior R SIJ cleft identified between the "
        "lateral sacral border and the medial ilium. 25g 3.5\" spinal needle advanced in plane lateral to medial; "
        "needle tip visualized entering the joint line. Injectate 1.5 mL 1% lidocaine + 40 mg triamcinolone. "
        "No contrast agent was used. Injectate seen dispersing along joint line, no "
        "extravasation seen sonographically.",
        "Complications: none. Bandaid applied. Instructed to keep pain diary x 6 h, ice PRN, no CrossFit x 48 h.",
        "## Post-injection pain diary",
        ("t", [["Time after injection", "Pain (0-10)", "% relief vs pre", "Activity"],
               ["15 min", "2", "71%", "sitting exam room"],
               ["30 min", "1", "86%", "walking, sit-stand x5"],
               ["1 h", "2", "71%", "drive home"],
               ["2 h", "3", "57%", "desk work"],
               ["4 h", "5", "29%", "coaching 5pm class"],
               ["6 h", "6", "14%", ""]],
         [120, 80, 90, 170]),
        "~ Diary returned by pt 08/13/2025 via portal photo; transcribed by R. Delgado, CMA.",
        "Impression: peak 86% relief within the anesthetic window. Will follow steroid response.",
        "~ e-signed O. Pritchard MD 08/12/2025 11:40",
    ], hdr_ls, ftr_ls, size=9.5)

    meta2 = {"when": "10/03/2025 13:26", "from": "LSMI PROCEDURE SUITE 7045550191",
             "to": "IREDELL SPINE JOINT", "first": 1, "total": 1}
    inj2 = [
        "** LAKESHORE SPORTS MEDICINE INSTITUTE - PROCEDURE SUITE",
        "",
        ">> FLUOROSCOPICALLY GUIDED RIGHT SACROILIAC JOINT INJECTION",
        "Pt: CASTELLANOS, BRIANNA K    DOB 09/03/1988    MRN LSMI-77310",
        "DOS: 10/02/2025     Physician: Owen Pritchard, MD, CAQSM",
        "",
        "Pre-procedure pain: 7/10 R SIJ.  Sedation: none.",
        "Technique: prone, sterile prep/drape. C-arm AP then contralateral",
        "oblique to open inferior R SIJ. 22g spinal needle into inferior 1/3",
        "of joint. Omnipaque 240, 0.5 mL: intra-articular spread, outline of",
        "joint capsule, no vascular uptake. Injected 1.5 mL 0.5% bupivacaine",
        "+ dexamethasone 10 mg. Fluoro time 18 s. Images saved.",
        "",
        ">> POST-PROCEDURE PAIN DIARY",
        "|  Time     | NRS | % relief | Activity                    |",
        "|  Pre      |  7  |    --    | sit 15 min                  |",
        "|  30 min   |  2  |   71%    | walk, sit-stand x5          |",
        "|  1 h      |  2  |   71%    | stairs                      |",
        "|  3 h      |  2  |   71%    | desk work, drive            |",
        "|  5 h      |  3  |   57%    | light coaching              |",
        "|  8 h      |  6  |   14%    | home                        |",
        "",
        "Result: 70% relief lasting 5 hours with bupivacaine.",
        "Complications: none. Discharged ambulatory.",
        "",
        "~~",
        "Owen Pritchard, MD  (e-sig 10/02/2025 14:05)",
    ]
    fax2, fax2_txt = fax_pages([inj2], "fine", meta2, seed=202)

    hdr_pt = {"org": "NORMAN PHYSICAL THERAPY & SPORTS REHAB",
              "org_lines": ["Cornelius | Mooresville | Huntersville", "PT Discharge Summary"],
              "right": ["Patient: Castellanos, Brianna", "DOB 09/03/1988", "Ref: O. Pritchard MD"]}
    ptd = text_doc([
        "# Physical Therapy Discharge Summary",
        ("kv", [["Dx / Tx dx", "R SIJ dysfunction (M53.3) / low back pain (M54.50)"],
                ["Dates of care", "Dates of care: 12/09/2024 - 04/18/2025 (24 visits)"],
                ["Therapist", "Kelsey Marchetti, PT, DPT, OCS"],
                ["Reason for d/c", "Plateau; referred back to MD for FRP referral"]], [90, 360]),
        "## Summary of care",
        "Pt seen 2x/wk initially then 1x/wk. Interventions: lumbopelvic stabilization progression, glute med/max "
        "strengthening, hip mobility, SIJ belt trial, manual therapy (SIJ MET, STM), pain neuroscience education, "
        "graded return to coaching. Attendence good (24/26 scheduled, 2 cx for illness).",
        ("t", [["Measure", "Initial 12/09/2024", "Discharge 04/18/2025"],
               ["ODI", "42%", "34%"],
               ["NRS worst", "8/10", "7/10"],
               ["SL bridge hold R", "10 s", "35 s"],
               ["Single-leg squat R", "painful, valgus", "painful, improved control"]],
         [150, 140, 140]),
        "## Goals",
        "1. Sit 60 min without increased pain - NOT MET (30-40 min). 2. Return to full coaching demo - PARTIALLY MET. "
        "3. Independent HEP - MET. Pt made strength gains but pain remained localized to R SIJ with loading.",
        "~ Kelsey Marchetti, PT, DPT, OCS - signed 04/21/2025",
    ], hdr_pt, {"left": "NPTSR", "pagefmt": "Page {p} of {n}"}, size=9.5)

    hdr_frc = {"org": "CAROLINA FUNCTIONAL RESTORATION COLLABORATIVE",
               "org_lines": ["Interdisciplinary Pain Rehab - PT | OT | Pain Psychology | PM&R",
                             "9700 Sam Furr Rd, Huntersville NC 28078 | 704-555-0240"],
               "right": ["Castellanos, Brianna K", "DOB 09/03/1988", "CFRC #2025-0412"]}
    frc = text_doc([
        "# Weekly Team Conference Summary - Week 9",
        ("kv", [["Week", "06/30/2025 - 07/04/2025 (4 days, holiday)"], ["Program", "Program dates: 05/05/2025 - 08/01/2025"],
                ["Present", "PT, OT, PsyD, MD, RN CM"]], [80, 330]),
        ("t", [["Discipline", "Update"],
               ["PT (G. Hollins, DPT)", "Deadlift 95 lb, SL RDL R painful at end range. Core endurance 2x baseline."],
               ["OT (M. Sato, OTR/L)", "Coaching sim 45 min standing/demo; sitting tolerance 35 min w/ breaks."],
               ["Pain psych (R. Adeyemi, PhD)", "PCS 14, PHQ-9 5, GAD-7 4. Good engagement. No pain behaviors."],
               ["MD (L. Fontaine, MD)", "R SIJ pain localized, no radiation. Cont. naproxen. Plan SIJ inj after program."]],
         [130, 330]),
        "Team note: referring MD (Dr. Pritchard) plans image-guided R SIJ injections after program completion; "
        "pt asks whether she can keep coaching on injection days.",
        ("sp", 6),
        "# Outcome Measures - Intake / Discharge",
        ("t", [["Instrument", "Intake 05/05/2025", "Discharge 08/01/2025", "Change"],
               ["ODI", "40%", "32%", "-8"],
               ["PROMIS-29 PF (T)", "38.9", "42.3", "+3.4"],
               ["PROMIS Pain Interference (T)", "62.0", "59.4", "-2.6"],
               ["PROMIS Sleep Disturbance (T)", "57.1", "53.0", "-4.1"],
               ["PSEQ", "33", "46", "+13"],
               ["STarT Back", "Medium", "Low", ""],
               ["NRS avg R SIJ pain", "6", "5", "-1"]],
         [150, 100, 110, 60]),
        ("sp", 6),
        "# Program Discharge Report (excerpt)",
        "Ms. Castellanos attended 57 of 60 program days. She met goals for HEP independence, pacing, sleep "
        "routine and return to coaching 3 classes/day. Goal of sitting 60 min without flare was NOT met; goal of "
        "returning to Olympic lifting was NOT met. Pain psychology: Waddell signs 0/5; no features of somatic "
        "symptom disorder; catastrophizing low. Physician: SIJ-pattern pain persists despite full participation; "
        "recommend interventional evaluation and continued naproxen and heat.",
        "~ L. Fontaine, MD, Medical Director - 08/04/2025",
    ], hdr_frc, {"left": "CFRC record", "pagefmt": "Page {p} of {n}"}, size=9)

    meta3 = {"when": "11/11/2025 10:02", "from": "LKN IMAGING 7045550255",
             "to": "LAKESHORE SPORTS MED", "first": 1, "total": 1}
    xr = [
        "** LAKE NORMAN IMAGING ASSOCIATES",
        "   Diagnostic Radiology Report",
        "",
        "PATIENT: CASTELLANOS, BRIANNA K   DOB: 09/03/1988",
        "ORDERING: PRITCHARD, OWEN MD      ACC#: LNI-5510348 / LNI-5510349",
        "",
        ">> EXAM 1: XR SACROILIAC JOINTS 3+ VIEWS     DATE: 07/21/2025",
        "HISTORY: R SIJ pain.",
        "FINDINGS: SI joints are symmetric in width. No erosions,",
        "sclerosis, or destructive osseous lesion. No fracture.",
        "IMPRESSION: Normal SI joint radiographs.",
        "",
        ">> EXAM 2: XR HIP LEFT 2 VIEWS               DATE: 07/21/2025",
        "HISTORY: L groin pain after volleyball.",
        "FINDINGS: Mild superior joint space narrowing of the left hip",
        "with a small acetabular osteophyte. No fracture.",
        "IMPRESSION: Mild left hip osteoarthritis.",
        "",
        "Electronically signed: Priya Venkataraman, MD  07/21/2025 16:40",
        "",
        "--- re-faxed at request of LSMI 11/11/2025 ---",
    ]
    fax3, fax3_txt = fax_pages([xr], "fine", meta3, seed=203)

    hdr_img = {"org": "LAKE NORMAN IMAGING ASSOCIATES",
               "org_lines": ["MRI | CT | Ultrasound | X-ray", "170 Medical Park Rd, Mooresville NC 28117"],
               "right": ["CASTELLANOS, BRIANNA K", "DOB 09/03/1988", "ORD: O. PRITCHARD MD"]}
    mri = text_doc([
        "# MAGNETIC RESONANCE IMAGING REPORT",
        ("kv", [["Exam 1", "MRI PELVIS / SACROILIAC JOINTS WITHOUT CONTRAST (ACC LNI-5519021)"],
                ["Exam 2", "MRI LUMBAR SPINE WITHOUT CONTRAST (ACC LNI-5519022)"],
                ["Date", "08/29/2025"], ["Indication", "R SIJ pain > 1 year, r/o sacroiliitis, r/o radiculopathy"]],
         [70, 390]),
        "## MRI PELVIS / SI JOINTS",
        "TECHNIQUE: Coronal oblique T1, STIR; axial T2 FS; sagittal T1.",
        "FINDINGS: No sacroiliitis: no bone marrow edema, erosions, or ankylosis. Mild subchondral "
        "sclerosis along the iliac side of the right SI joint without edema. No fracture or stress reaction. "
        "6 mm perineural (Tarlov) cyst at right S2, incidental. No mass. Visualized hips are unremarkable "
        "on this coronal field of view. Small left ovarian follicular cyst, physiologic.",
        "IMPRESSION: No MRI evidence of inflammatory sacroiliitis. Mild degenerative sclerosis right SIJ. "
        "Incidental small Tarlov cyst.",
        "## MRI LUMBAR SPINE",
        "TECHNIQUE: Sag T1, T2, STIR; axial T2 L3-S1.",
        "FINDINGS: Alignment normal. Vertebral body heights maintained, marrow signal normal. Conus at L1. "
        "L3-4: normal. L4-5: mild disc bulge with annular fissure. L5-S1: mild facet arthropathy, small "
        "disc bulge. No spinal canal or neural foraminal stenosis. No nerve root impingement.",
        "IMPRESSION: Mild L4-5 and L5-S1 degenerative changes without neural compression.",
        "~ Electronically signed: Marcus Feld, MD (Body/MSK Radiology) 08/29/2025 19:14",
    ], hdr_img, {"left": "LNIA final report", "pagefmt": "Page {p} of {n}"}, size=9.5)

    hdr_log = {"org": "PATIENT-REPORTED PAIN LOG - exported spreadsheet",
               "org_lines": ["BKC_SIJ_log.xlsx  (Google Sheets export, attached by LSMI)", "B. Castellanos  DOB 09/03/1988"],
               "right": ["Range: 10/01/2025 - 11/09/2025"]}
    log = text_doc([
        "# Daily SIJ pain log",
        ("mono", """
Date   | Pain AM | Pain PM | Sit tol (min) | Naproxen | Heat | Notes
-------+---------+---------+---------------+----------+------+------------------------
10/01  |    6    |    7    |      25       |   2x     |  Y   | baseline before inj
10/02  |    7    |    2    |      --       |   1x     |  N   | INJ #2 (fluoro) 10am
10/03  |    3    |    3    |      60       |   2x     |  N   | sore at site
10/06  |    2    |    3    |      60       |   2x     |  N   | coached 3 classes
10/13  |    3    |    3    |      50       |   2x     |  N   |
10/20  |    3    |    4    |      45       |   2x     |  Y   |
10/27  |    4    |    5    |      40       |   2x     |  Y   | wearing off
11/03  |    5    |    6    |      30       |   2x     |  Y   | back to how it was
11/09  |    5    |    7    |      25       |   2x     |  Y   | long drive to Asheville
"""),
        "~ Scale 0-10. Rows between listed dates omitted by clinic for brevity.",
        ("sp", 10),
        "# Medication list (LSMI, reconciled 11/10/2025)",
        ("t", [["Medication", "Sig", "Start", "Status"],
               ["Naproxen 500 mg tab", "1 tab PO BID with food", "10/2024", "Active"],
               ["Sumatriptan 50 mg", "PRN migraine", "2019", "Active"],
               ["Norgestimate-EE", "daily", "2016", "Active"],
               ["Cyclobenzaprine 5 mg", "qHS PRN", "01/2025", "Stopped 03/2025 - groggy"],
               ["Heat wrap (OTC)", "evenings, 20-30 min", "11/2024", "Active"]],
         [150, 140, 60, 130]),
    ], hdr_log, {"left": "Exported 11/10/2025", "pagefmt": "sheet p.{p}/{n}"}, size=9)

    files = {"b7v-02.pdf": [("fax", fax1, fax1_txt, "standard"), ("text", lmn), ("text", note), ("text", inj1),
                            ("fax", fax2, fax2_txt, "fine"), ("text", ptd), ("text", frc),
                            ("fax", fax3, fax3_txt, "fine"), ("text", mri), ("text", log)]}
    labels = {
        "procedure": "percutaneous",
        "request_date": "2025-11-18",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "centered over the R sacral sulcus and upper buttock", "and does not radiate"]},
            "perc.pain_severity": {"status": "met", "evidence": ["she rated her right SIJ pain 7/10"]},
            "perc.sij_tenderness": {"status": "not_met", "evidence": ["R greater trochanter equally tender (3+)"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Dates of care: 12/09/2024 - 04/18/2025 (24 visits)",
                "Program dates: 05/05/2025 - 08/01/2025"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "naproxen 500 mg BID (daily since 10/2024)",
                "Naproxen 500 mg tab 1 tab PO BID with food"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["thigh thrust + R (concordant)"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "FABER + R (posterior pelvic pain)", "distraction + (concordant)"]},
            "perc.diagnostic_injections": {"status": "not_met", "evidence": ["No contrast agent was used."]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "no features of somatic symptom disorder", "Waddell signs 0/5"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No sacroiliitis: no bone marrow edema, erosions, or ankylosis.",
                "No erosions, sclerosis, or destructive osseous lesion."]},
            "perc.hip_imaging": {"status": "insufficient", "evidence": []},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "No spinal canal or neural foraminal stenosis.", "No nerve root impingement."]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "relief faded by ~3 wk, back to baseline",
                "~4 wk of benefit then pain returned to 6/10"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["HLA-B27 negative, CRP 2.1 mg/L"]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": ["No fracture or stress reaction."]},
            "perc.excl.acute_instability": {"status": "met", "evidence": ["insidious, no fall or MVC"]},
            "perc.excl.neural_compression": {"status": "met", "evidence": [
                "degenerative changes without neural compression"]},
        },
    }
    return pid, "single", files, None, labels

# ============================================================== packet b7v-03
def packet_03():
    pid = "b7v-03"
    meta1 = {"when": "03/05/2026 11:18", "from": "COASTAL SPINE SURGERY 9105550412",
             "to": "CARESOURCE NC PRIOR AUTH", "first": 1, "total": 2}
    cover = [
        "** COASTAL SPINE SURGERY",
        "   2131 S 17th St, Suite 400, Wilmington NC 28401",
        "   Tel 910-555-0410   Fax 910-555-0412",
        "",
        "** FAX",
        "",
        "To:     CareSource North Carolina - Prior Authorization",
        "Fax:    1-866-555-0199",
        "From:   Lorena Quist, RN - surgical prior auth",
        "Date:   03/05/2026",
        "Re:     HALVORSEN, PRIYA N    DOB 12/19/1979",
        "        Member ID CSN650318827",
        "Pages:  2 (this transmission) - clinicals in separate uploads",
        "",
        "Message:",
        "  Prior auth request for LEFT minimally invasive SIJ fusion,",
        "  Dr. Jonah Whitcomb. Letter of necessity, sports medicine notes,",
        "  injection notes, PT/FRP records, imaging and pain log are in",
        "  the uploaded files 02-07. Please call me directly with",
        "  questions - 910-555-0417.",
        "",
        "",
        "NOTICE: The documents accompanying this fax contain confidential",
        "health information. If you are not the intended recipient you are",
        "hereby notified that any disclosure, copying or distribution is",
        "strictly prohibited. Please notify the sender immediately.",
    ]
    form = [
        "** CARESOURCE NORTH CAROLINA",
        "** PRIOR AUTHORIZATION REQUEST - PROFESSIONAL / FACILITY",
        "",
        "Date of request: 03/05/2026      Review type: [X] Standard [ ] Urgent",
        "",
        ">> MEMBER",
        "Name: Halvorsen, Priya N          DOB: 12/19/1979      F",
        "Member ID: CSN650318827",
        "",
        ">> PROVIDER",
        "Requesting: Jonah Whitcomb, DO - Orthopaedic Spine   NPI 1952047731",
        "Coastal Spine Surgery   TIN 56-2209148   Ph 910-555-0410",
        "Facility: Port City Surgical Center (ASC), Wilmington NC",
        "",
        ">> SERVICE",
        "CPT: 27279   Arthrodesis, sacroiliac joint, percutaneous or",
        "             minimally invasive, with image guidance",
        "Side: LEFT    Qty: 1     Anticipated DOS: 04/2026",
        "Approach: [ ] Open   [X] Minimally invasive / percutaneous",
        "",
        ">> DIAGNOSES",
        "M53.3   Sacrococcygeal disorders NEC (L SI joint dysfunction)",
        "M54.50  Low back pain, unspecified",
        "",
        ">> CLINICAL INFO",
        "46F runner, L SIJ pain since early 2025, failed PT + 12 wk FRP +",
        "HEP, meloxicam/TENS, 2 fluoro SIJ blocks w/ steroid. Imaging done.",
        "",
        "Signature:",
        "~~",
        "Jonah Whitcomb, DO                         Date: 03/05/2026",
    ]
    fax1, fax1_txt = fax_pages([cover, form], "fine", meta1, seed=301)

    hdr_cs = {"org": "COASTAL SPINE SURGERY",
              "org_lines": ["2131 South 17th Street, Suite 400, Wilmington, NC 28401", "910-555-0410 | fax 910-555-0412"],
              "right": ["RE: Halvorsen, Priya N", "DOB 12/19/1979", "Acct CSS-31877"]}
    lmn = text_doc([
        "March 5, 2026",
        "CareSource North Carolina - Utilization Management<br/>Prior Authorization Department",
        "<b>LETTER OF MEDICAL NECESSITY</b><br/>Patient: Priya N. Halvorsen, DOB 12/19/1979, ID CSN650318827<br/>"
        "Procedure: Left sacroiliac joint fusion, minimally invasive (CPT 27279)",
        "Dear Reviewer,",
        "I am requesting authorization for a left minimally invasive sacroiliac joint fusion for Ms. Halvorsen, a "
        "46-year-old accountant and competitive masters marathoner. Her left SIJ pain began gradually in early "
        "2025 while she was training for a spring marathon; there was no fall or other injury. Her pain was as "
        "high as 9/10 in 06/2025 and, despite all of the treatment outlined below, her VAS on 02/24/2026 was "
        "still 68 mm.",
        "Her care has been managed by Dr. Celeste Ambrose-Yoon at Tidewater Sports Medicine & Endurance Clinic. "
        "She completed outpatient physical therapy (04/2025 - 07/2025), the 12-week Cape Fear Functional "
        "Restoration Program (07/2025 - 10/2025) and a six-week supervised home exercise program, and she has "
        "taken meloxicam daily since February 2025 along with a TENS unit and heat. Two fluoroscopically guided, "
        "contrast-confirmed left SIJ injections each produced more than 70% relief for the duration of the local "
        "anesthetic, and the corticosteroid benefit wore off after each injection.",
        "Her examination, imaging and the enclosed records are consistent with left SIJ dysfunction as the "
        "primary pain generator. Her lumbar MRI shows no neural compression, her SIJ radiographs and pelvic CT "
        "show no erosive or destructive process, and her left hip has only mild arthritic change. She has no "
        "history of inflammatory arthritis.",
        "I believe minimally invasive left SIJ fusion is medically necessary and respectfully request approval.",
        "Sincerely,",
        ("sp", 12),
        "<i>Jonah Whitcomb, DO</i><br/>Orthopaedic Spine Surgery, Coastal Spine Surgery<br/>NPI 1952047731",
    ], hdr_cs, {"left": "LMN - Halvorsen", "pagefmt": "Page {p} of {n}"}, base="Times-Roman", size=10.5)

    hdr_ts = {"org": "TIDEWATER SPORTS MEDICINE & ENDURANCE CLINIC",
              "org_lines": ["Running Medicine | MSK Ultrasound | Bone Health",
                            "1920 Tradd Ct, Wilmington NC 28401 - P 910-555-0300 F 910-555-0301"],
              "right": ["HALVORSEN, PRIYA N", "DOB 12/19/1979  F  46y", "MRN TSM-0092215"]}
    ftr_ts = {"left": "Tidewater SMEC - chart copy", "pagefmt": "Page {p} of {n}"}
    notes = text_doc([
        "# Sports Medicine Consultation",
        ("kv", [["Date of visit", "04/02/2025"], ["Physician", "Celeste Ambrose-Yoon, MD, CAQSM"],
                ["Referred by", "Dr. T. Nakamura (PCP)"]], [90, 300]),
        "<b>CC:</b> L low back/buttock pain x 3 mo.",
        "<b>HPI:</b> 45F masters marathoner (PR 3:21), ~45 mi/wk. Gradual onset Jan 2025 during marathon block. "
        "No trauma; gradual onset during marathon training. Pain over L \"dimple\" and medial buttock, worse "
        "w/ downhill running, stairs, standing on L leg, rolling in bed. Denies leg pain, numbness, weakness. "
        "Pain 8/10 after runs, 6/10 at rest. Using meloxicam 15 mg daily (started by PCP 02/12/2025) + heat.",
        "<b>PMH:</b> L S1 radiculopathy 2022 (L5-S1 protrusion) - resolved after 1 ESI + PT, no leg sx since. "
        "R distal radius fracture 2016 (fall on ice), healed. Hypothyroidism. "
        "Rheumatology (2024) evaluated widespread aches during a viral illness - did not meet ACR 2016 "
        "fibromyalgia criteria; no diagnosis made.",
        "<b>FHx:</b> brother - ankylosing spondylitis; mother - osteoporosis. <b>Labs 03/2025:</b> HLA-B27 negative, "
        "ESR 6, CRP under 1.",
        "<b>Exam:</b> BMI 20.4. Lumbar ROM full, no midline TTP. TTP L PSIS/sacral sulcus. Thigh thrust L +, "
        "FABER L + (post), Gaenslen L +, distraction neg, compression neg. Hip IR 35 bilat, FADIR neg. "
        "SLR neg bilat. 5/5 strength, DTR 2+ sym, sensation intact.",
        "<b>A/P:</b> L SIJ dysfunction, likely load-related. Plan: PT referral (Tidewater PT), run-walk reduction, "
        "continue meloxicam + heat. XR SIJ + bilat hips and MRI L-spine ordered. Dx lumbar MBB if imaging equivocal.",
        "~ Signed C. Ambrose-Yoon, MD 04/02/2025 14:55",
        ("pb",),
        "# Sports Medicine Follow-up - HEP check",
        ("kv", [["Date of visit", "11/24/2025"], ["Physician", "Celeste Ambrose-Yoon, MD, CAQSM"]], [90, 300]),
        "S: Completed the 6-week HEP prescribed at FRP discharge (log reviewed - 5-6 sessions/wk, all 6 wks: "
        "bridging progression, side plank, SL RDL, Copenhagen, banded hip abd). Pain unchanged, L SIJ 7/10 "
        "with stairs/sitting. Steroid from 11/06 SIJ block lasted ~2 wk; back to 7/10 by 11/21.",
        "O: TTP L PSIS. Thigh thrust L +. Neuro intact.",
        "A/P: L SIJ pain, failed PT, FRP and supervised HEP. Proceed w/ 2nd fluoro L SIJ block 12/11 (bupi + "
        "steroid). Continue meloxicam, TENS. Maintain HEP 3x/wk.",
        "~ Signed C. Ambrose-Yoon, MD 11/24/2025 10:12",
        ("sp", 8),
        "# Sports Medicine Follow-up",
        ("kv", [["Date of visit", "02/24/2026"], ["Physician", "Celeste Ambrose-Yoon, MD, CAQSM"],
                ["Reason", "L SIJ pain - discuss surgical referral"]], [90, 300]),
        "<b>Subjective:</b> 12/11 block: big relief for the day, then steroid helped ~4 wk; pain back to baseline "
        "by mid-Jan. Pain sits below L5 over the L PSIS and medial buttock; nonradiating. No paresthesias. "
        "Now run-walk 2 mi max. Still taking meloxicam 15 mg daily + TENS 30 min TID + heat.",
        "<b>Pain:</b> Pain VAS 68 mm today (0-100 mm scale). Was 9/10 in 06/2025 at worst.",
        "<b>Exam:</b> Point tender over L PSIS/sacral sulcus. Nontender: L greater trochanter, lumbar spinous "
        "processes/paraspinals, coccyx. Thigh thrust L positive, reproduces her pain. Gaenslen L positive. "
        "FABER L positive (posterior). Distraction negative. SLR neg bilat, neuro intact.",
        "<b>Assessment:</b> Chronic L SIJ pain, failed >6 mo active and passive care and 2 diagnostic/therapeutic "
        "blocks. No features of systemic inflammatory disease. No generalized pain features.",
        "<b>Plan:</b> Refer Dr. Jonah Whitcomb (Coastal Spine) for MI SIJ fusion. Records + imaging sent w/ referal.",
        "~ Signed C. Ambrose-Yoon, MD 02/24/2026 16:40",
    ], hdr_ts, ftr_ts, size=9.3)

    inj_a = text_doc([
        "# Procedure: Lumbar Medial Branch Block (diagnostic)",
        ("kv", [["Date", "06/18/2025"], ["Physician", "Celeste Ambrose-Yoon, MD"],
                ["Levels", "L L4, L5 medial branches + L S1 dorsal ramus (L L4-5, L5-S1 facets)"]], [70, 380]),
        "Fluoro guided, 0.5 mL 0.5% bupivacaine per level, no steroid. Pre 7/10. Post: 30 min 6/10, 2 h 6/10. "
        "Approx 15-20% relief - negative block; facets not felt to be the pain source.",
        "~ Signed C. Ambrose-Yoon, MD 06/18/2025",
        ("sp", 6),
        "# Procedure: US-guided L pes anserine bursa injection",
        ("kv", [["Date", "09/15/2025"], ["Physician", "Celeste Ambrose-Yoon, MD"]], [70, 380]),
        "Medial L knee pain from FRP step training. Linear probe, in-plane, 1 mL 1% lidocaine + 20 mg "
        "triamcinolone into pes anserine bursa. Knee pain resolved within a week. Not related to SIJ.",
        "~ Signed C. Ambrose-Yoon, MD 09/15/2025",
        ("sp", 6),
        "# Procedure: Fluoroscopic L SIJ Injection #1",
        ("kv", [["Date", "11/06/2025"], ["Physician", "Celeste Ambrose-Yoon, MD, CAQSM"],
                ["Procedure", "L sacroiliac joint injection w/ arthrogram, fluoroscopic guidance (27096)"]],
         [70, 380]),
        "Pre-procedure: L SIJ pain 7/10 w/ sit-to-stand and SL stance. Consent signed, time-out done.",
        "Technique: prone; sterile prep. Fluoroscopy: AP w/ ipsilateral oblique to separate anterior and "
        "posterior joint lines. 22g Quincke needle to inferior L SIJ. Contrast: Omnipaque 180, 0.5 mL - "
        "arthrogram confirms intra-articular spread, no vascular runoff. Injected 1.5 mL 2% lidocaine + "
        "methylprednisolone 40 mg. Fluoro time 21 s. No complications.",
        ("t", [["Post-injection", "NRS", "% relief", "Provocative activity"],
               ["15 min", "1", "86%", "sit-to-stand x 5"],
               ["30 min", "1", "86%", "stairs x 1 flight"],
               ["1 h", "2", "71%", "SL stance L 30 s"],
               ["2 h", "2", "71%", "walk 15 min"],
               ["4 h", "5", "29%", "home"]],
         [100, 50, 60, 180]),
        "Diagnostic response: 71% relief sustained through 2 h (lidocaine).",
        "~ Signed C. Ambrose-Yoon, MD, CAQSM 11/06/2025 12:02",
    ], hdr_ts, ftr_ts, size=9.3)

    meta2 = {"when": "12/12/2025 08:03", "from": "TIDEWATER SMEC 9105550301",
             "to": "COASTAL SPINE SURGERY", "first": 1, "total": 1}
    inj_b = [
        "** TIDEWATER SPORTS MEDICINE & ENDURANCE CLINIC",
        ">> PROCEDURE NOTE - FLUOROSCOPIC LEFT SIJ INJECTION #2",
        "Patient: HALVORSEN, PRIYA N   DOB 12/19/1979   MRN TSM-0092215",
        "Date: 12/11/2025     Physician: C. Ambrose-Yoon, MD, CAQSM",
        "",
        "Interval: Pain returned to baseline 7/10 by 11/21 after",
        "the 11/06 injection. Pre-procedure NRS today 7/10.",
        "Technique: Prone, sterile. AP + oblique fluoroscopy. 22g needle",
        "into inferior L SIJ. Isovue-M 200, 0.5 mL: intra-articular",
        "contrast pattern confirmed. Injectate: 1.5 mL 0.5% bupivacaine",
        "+ triamcinolone 40 mg. Fluoro 19 s. No complications.",
        "",
        ">> PAIN DIARY (pt-completed, returned 12/12)",
        "| Time    | NRS | % relief | Activity               |",
        "| 30 min  |  1  |   86%    | stairs, sit-to-stand   |",
        "| 1 h     |  1  |   86%    | drove home             |",
        "| 3 h     |  2  |   71%    | walk dog 20 min        |",
        "| 4 h     |  2  |   71%    | cooking, standing      |",
        "| 6 h     |  4  |   43%    |                        |",
        "| 8 h     |  6  |   14%    | bedtime                |",
        "",
        "Diagnostic response: 71% relief sustained through 4 h",
        "(bupivacaine). Concordant with block #1.",
        "",
        "~~",
        "C. Ambrose-Yoon, MD   e-signed 12/11/2025 13:37",
    ]
    fax2, fax2_txt = fax_pages([inj_b], "fine", meta2, seed=302)

    hdr_pt = {"org": "TIDEWATER PHYSICAL THERAPY - Running Rehab",
              "org_lines": ["1920 Tradd Ct, Suite B, Wilmington NC 28401", "PT Discharge Summary / Progress"],
              "right": ["Halvorsen, Priya", "DOB 12/19/1979", "Ref MD: C. Ambrose-Yoon"]}
    pt = text_doc([
        "# Physical Therapy Discharge Summary",
        ("kv", [["Episode", "Episode of care 04/07/2025 - 07/11/2025, 19 visits"],
                ["Therapist", "Dominic Farrow, PT, DPT, SCS"],
                ["Dx", "L SIJ dysfunction; L lumbopelvic motor control deficit"]], [70, 390]),
        "Interventions: lumbopelvic stabilization, glute max/med progressive loading (bridges, hip thrust, "
        "lateral step-downs), running gait retraining (cadence +7%), SIJ belt trial (no benefit), manual "
        "therapy. Return-to-run plan stalled  at 4 mi because of L SIJ pain.",
        ("t", [["Measure", "Eval 04/07/2025", "D/C 07/11/2025"],
               ["ODI", "36%", "30%"],
               ["LEFS", "52/80", "58/80"],
               ["SL bridge L (s)", "12", "40"],
               ["Run tolerance", "0 mi", "4 mi, pain 6/10 after"]],
         [150, 130, 130]),
        "Assessment: strength gains, persistent L SIJ-pattern pain with loading. D/C to Cape Fear FRP per MD.",
        "~ D. Farrow, PT, DPT, SCS 07/14/2025",
    ], hdr_pt, {"left": "TPT", "pagefmt": "Page {p} of {n}"}, size=9.3)

    hdr_fr = {"org": "CAPE FEAR FUNCTIONAL RESTORATION PROGRAM",
              "org_lines": ["Physical Therapy | Occupational Therapy | Pain Psychology | Physiatry",
                            "3801 Oleander Dr, Wilmington NC 28403 | 910-555-0350"],
              "right": ["Participant: HALVORSEN, P.", "DOB 12/19/1979", "CFFRP #25-077"]}
    fr = text_doc([
        "# Weekly Team Summary - Week 4",
        ("kv", [["Week", "08/11/2025 - 08/15/2025"], ["Attendance", "5/5 days"]], [80, 300]),
        ("t", [["Team member", "Summary"],
               ["PT - A. Greer, DPT", "Hip thrust 135 lb x 8. Step-down L improved. Run-walk 3x1 min ok."],
               ["OT - R. Baines, OTR/L", "Desk ergonomics; sitting 50 min with 2 breaks."],
               ["Psych - H. Moreau, PhD", "PCS 12, PHQ-9 3. Motivated. No generalized pain behavior observed."],
               ["MD - S. Devlin, DO (PM&R)", "L SIJ pain 6/10, localized. TENS trial started 08/04/2025."]],
         [130, 330]),
        ("sp", 6),
        "# Outcome Measures",
        ("t", [["Measure", "Intake 07/21/2025", "Discharge 10/10/2025"],
               ["ODI", "34%", "28%"],
               ["PROMIS-29 Physical Function (T)", "41.0", "44.6"],
               ["PROMIS-29 Pain Interference (T)", "60.2", "57.9"],
               ["PSEQ", "38", "49"],
               ["STarT Back", "Medium risk", "Low risk"],
               ["NRS avg (L SIJ)", "6", "5"]],
         [170, 120, 120]),
        ("sp", 6),
        "# Program Discharge Report",
        ("kv", [["Program dates", "07/21/2025 - 10/10/2025 (12 wk; 59/60 days)"],
                ["Discharge", "Completed - goals partially met"]], [90, 370]),
        ("t", [["Goal", "Outcome"],
               ["Independent HEP / flare plan", "Met"],
               ["Sit 60 min at work", "Met (with 1 micro-break)"],
               ["Run 5 mi without flare", "Not met - L SIJ pain at 3 mi"],
               ["Reduce fear-avoidance (FABQ-PA under 12)", "Met (10)"]],
         [230, 230]),
        "Psychology discharge: Waddell signs 0/5 at intake and discharge. No evidence of a somatic symptom or "
        "widespread pain disorder; pain is regional and consistent.",
        "Physician discharge plan: HEP prescription issued today - 6-week progressive lumbopelvic program "
        "(handout CFFRP-HEP-3, 5x/wk), to be followed by Dr. Ambrose-Yoon with a recheck after completion. "
        "Continue meloxicam, TENS, heat. Consider image-guided SIJ blocks.",
        "~ S. Devlin, DO, PM&R - Medical Director, 10/10/2025",
    ], hdr_fr, {"left": "CFFRP", "pagefmt": "Page {p} of {n}"}, size=9.1)

    meta3 = {"when": "04/22/2025 16:47", "from": "WILMINGTON RAD ASSOC 9105550380",
             "to": "TIDEWATER SMEC", "first": 1, "total": 1}
    xr = [
        "** WILMINGTON RADIOLOGY ASSOCIATES",
        "",
        "PATIENT: HALVORSEN, PRIYA N       DOB: 12/19/1979",
        "REFERRING: AMBROSE-YOON, CELESTE MD",
        "DATE OF EXAM: 04/21/2025",
        "EXAMS: XR SACROILIAC JOINTS 3 VIEWS; XR HIPS BILATERAL W PELVIS",
        "",
        ">> SI JOINTS:",
        "Mild subchondral sclerosis L iliac side. No erosions or destructive",
        "lesion. No ankylosis. No fracture.",
        "",
        ">> HIPS:",
        "Right hip: moderate joint space narrowing, osteophytes.",
        "Left hip: mild osteoarthritis, joint space preserved.",
        "",
        ">> IMPRESSION:",
        "1. Mild L SIJ degenerative change, no erosive arthropathy.",
        "2. Moderate R hip OA. Mild L hip OA.",
        "",
        "Read by: G. Oyelowo, MD    Signed 04/21/2025 17:20",
    ]
    fax3, fax3_txt = fax_pages([xr], "standard", meta3, seed=303)

    hdr_wr = {"org": "WILMINGTON RADIOLOGY ASSOCIATES",
              "org_lines": ["CT | MRI | Interventional", "2200 S 17th St, Wilmington NC 28401"],
              "right": ["HALVORSEN, PRIYA N", "DOB 12/19/1979", "REF: AMBROSE-YOON, C"]}
    img = text_doc([
        "# MRI LUMBAR SPINE WITHOUT CONTRAST",
        ("kv", [["Date", "05/09/2025"], ["Accession", "WRA-MR-2550918"],
                ["History", "L buttock pain. Hx L5-S1 protrusion 2022."],
                ["Comparison", "MRI lumbar 05/2022"]], [70, 380]),
        "FINDINGS: Normal lordosis. No spondylolisthesis. Marrow signal normal. Conus terminates at L1. "
        "L1-L4: unremarkable. L4-5: minimal disc desiccation. L5-S1: previously described left paracentral "
        "protrusion contacting the traversing left S1 root has regressed; residual shallow bulge. "
        "No central canal or foraminal stenosis. No nerve root contact or compression. SI joints partially "
        "imaged, unremarkable.",
        "IMPRESSION: Regression of prior L5-S1 protrusion. No neural compression.",
        "~ Electronically signed: Anika Brandt, MD 05/09/2025 18:02",
        ("sp", 10),
        "# CT PELVIS WITHOUT CONTRAST (SI joint protocol)",
        ("kv", [["Date", "09/26/2025"], ["Accession", "WRA-CT-2581377"],
                ["History", "L SIJ pain, pre-procedural planning, exclude erosive or destructive process"]],
         [70, 380]),
        "FINDINGS: Mild subchondral sclerosis and small anterior osteophytes at the left SI joint with "
        "intra-articular vacuum phenomenon. No erosive change, no destructive lesion, no ankylosis. "
        "Right SI joint normal. No fracture. Pubic symphysis normal. Visualized pelvic viscera unremarkable.",
        "IMPRESSION: Mild degenerative change left SI joint. No erosive sacroiliitis, tumor or infection.",
        "~ Electronically signed: Anika Brandt, MD 09/26/2025 11:27",
    ], hdr_wr, {"left": "WRA final", "pagefmt": "Page {p} of {n}"}, size=9.5)

    hdr_lg = {"org": "TIDEWATER SMEC - patient-supplied documents",
              "org_lines": ["Pain log (Excel), TENS log, medication list", "HALVORSEN, PRIYA N  DOB 12/19/1979"],
              "right": ["Scanned/imported 02/24/2026"]}
    lg = text_doc([
        "# Pain log - weekly averages (PH_pain_tracker.xlsx, tab \"weekly\")",
        ("mono", """
Week of    | Avg NRS | Max | Run (mi/wk) | Meloxicam | TENS sess | Comment
-----------+---------+-----+-------------+-----------+-----------+---------------------------
11/03/2025 |  6.4    |  8  |     4       |   7/7     |   20      | block #1 on Thu
11/10/2025 |  2.9    |  4  |     8       |   7/7     |   12      | steroid kicking in
11/17/2025 |  5.5    |  7  |     5       |   7/7     |   19      | fading
11/24/2025 |  6.6    |  8  |     4       |   7/7     |   21      | HEP recheck w/ Dr A-Y
12/08/2025 |  6.8    |  8  |     3       |   7/7     |   21      | block #2 Thu 12/11
12/15/2025 |  2.6    |  4  |     8       |   7/7     |   10      |
12/29/2025 |  3.9    |  5  |     6       |   7/7     |   14      |
01/12/2026 |  6.1    |  7  |     4       |   7/7     |   20      | back where I started
01/26/2026 |  6.7    |  8  |     3       |   7/7     |   21      |
"""),
        "~ NRS 0-10. Post-block weeks reflect injection response.",
        ("sp", 8),
        "# TENS use log",
        "Unit: OTC dual-channel TENS (Model PT-220). Started 08/04/2025 (FRP physician order). "
        "Use: 30 min per session, three times daily, 80 Hz, electrodes over L PSIS/buttock. "
        "Continued through 02/2026.",
        ("sp", 6),
        "# Medication list (reconciled 02/24/2026)",
        ("t", [["Drug", "Dose / frequency", "Start date", "Status"],
               ["Meloxicam", "15 mg PO daily", "02/12/2025", "Active - taking daily"],
               ["Acetaminophen", "1000 mg PO BID PRN", "01/2025", "Active"],
               ["Levothyroxine", "75 mcg daily", "2018", "Active"],
               ["Methylprednisolone dose pack", "taper x 6 days", "01/2025", "Completed"],
               ["Heat pack", "evenings 20 min", "03/2025", "Active"]],
         [140, 130, 80, 120]),
    ], hdr_lg, {"left": "Patient-supplied", "pagefmt": "Page {p} of {n}"}, size=9.1)

    files = {
        "01_fax_transmittal_PA_form.pdf": [("fax", fax1, fax1_txt, "fine")],
        "02_letter_of_medical_necessity.pdf": [("text", lmn)],
        "03_sports_medicine_notes.pdf": [("text", notes)],
        "04_injection_procedures.pdf": [("text", inj_a), ("fax", fax2, fax2_txt, "fine")],
        "05_PT_and_functional_restoration.pdf": [("text", pt), ("text", fr)],
        "06_imaging_reports.pdf": [("fax", fax3, fax3_txt, "standard"), ("text", img)],
        "07_pain_log_TENS_medications.pdf": [("text", lg)],
    }
    labels = {
        "procedure": "percutaneous",
        "request_date": "2026-03-05",
        "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": [
                "Pain sits below L5 over the L PSIS and medial buttock; nonradiating."]},
            "perc.pain_severity": {"status": "met", "evidence": ["Pain VAS 68 mm today (0-100 mm scale)."]},
            "perc.sij_tenderness": {"status": "met", "evidence": [
                "Point tender over L PSIS/sacral sulcus.",
                "Nontender: L greater trochanter, lumbar spinous processes/paraspinals, coccyx."]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": [
                "Episode of care 04/07/2025 - 07/11/2025, 19 visits",
                "07/21/2025 - 10/10/2025 (12 wk; 59/60 days)",
                "Completed the 6-week HEP prescribed at FRP discharge"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": [
                "Meloxicam 15 mg PO daily 02/12/2025 Active - taking daily",
                "Still taking meloxicam 15 mg daily"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": [
                "Thigh thrust L positive, reproduces her pain."]},
            "perc.two_provocative_tests": {"status": "met", "evidence": [
                "Gaenslen L positive.", "FABER L positive (posterior)."]},
            "perc.diagnostic_injections": {"status": "met", "evidence": [
                "Diagnostic response: 71% relief sustained through 2 h (lidocaine).",
                "71% relief sustained through 4 h",
                "Contrast: Omnipaque 180, 0.5 mL"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": [
                "Waddell signs 0/5 at intake and discharge.",
                "No evidence of a somatic symptom or widespread pain disorder"]},
            "perc.sij_imaging": {"status": "met", "evidence": [
                "No erosions or destructive lesion.", "No erosive change, no destructive lesion, no ankylosis."]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Left hip: mild osteoarthritis, joint space preserved."]},
            "perc.lumbar_imaging": {"status": "met", "evidence": [
                "No central canal or foraminal stenosis.", "No nerve root contact or compression."]},
            "perc.therapeutic_injections": {"status": "met", "evidence": [
                "Steroid from 11/06 SIJ block lasted ~2 wk; back to 7/10",
                "steroid helped ~4 wk; pain back to baseline by mid-Jan"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": ["HLA-B27 negative, ESR 6, CRP under 1."]},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": [
                "No erosive sacroiliitis, tumor or infection."]},
            "perc.excl.acute_instability": {"status": "met", "evidence": ["No trauma; gradual onset during marathon training."]},
            "perc.excl.neural_compression": {"status": "met", "evidence": ["Regression of prior L5-S1 protrusion. No neural compression."]},
        },
    }
    return pid, "folder", files, None, labels

# ============================================================== assembly + self-check
import os, sys, json, shutil, hashlib
import pdfplumber
from pypdf import PdfReader, PdfWriter

OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests", "perc.diagnostic_injections",
        "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging", "perc.lumbar_imaging",
        "perc.therapeutic_injections", "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
TARGET = {"b7v-01": ("insufficient_documentation", "open", "27280"),
          "b7v-02": ("does_not_meet_criteria", "percutaneous", "27279"),
          "b7v-03": ("meets_criteria", "percutaneous", "27279")}


def norm(s):
    return " ".join(s.lower().split())


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def write_pdf(parts, path):
    w = PdfWriter()
    kinds = []
    for part in parts:
        data = part[1]
        r = PdfReader(io.BytesIO(data))
        for _ in r.pages:
            kinds.append(("fax", part[3], None) if part[0] == "fax" else ("text", None, None))
        w.append(r)
    # fax texts, in order
    fi = 0
    out_kinds = []
    for part in parts:
        n = len(PdfReader(io.BytesIO(part[1])).pages)
        for k in range(n):
            if part[0] == "fax":
                out_kinds.append(("fax", part[3], part[2][k]))
            else:
                out_kinds.append(("text", None, None))
    w.add_metadata({"/Producer": "b7v generator", "/Title": os.path.basename(path)})
    w._ID = None
    with open(path, "wb") as f:
        w.write(f)
    return out_kinds


def build(fn):
    pid, form, files, pj, labels = fn()
    if form == "single":
        assert len(files) == 1
        name = list(files)[0]
        pdf_paths = [os.path.join(OUT, name)]
        kinds = {pdf_paths[0]: write_pdf(files[name], pdf_paths[0])}
        lab_path = os.path.join(OUT, pid + ".labels.json")
    else:
        d = os.path.join(OUT, pid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        kinds, pdf_paths = {}, []
        for name in sorted(files):
            p = os.path.join(d, name)
            kinds[p] = write_pdf(files[name], p)
            pdf_paths.append(p)
        if pj is not None:
            with open(os.path.join(d, "packet.json"), "w") as f:
                json.dump(pj, f, indent=2)
        lab_path = os.path.join(d, "labels.json")
    with open(lab_path, "w") as f:
        json.dump(labels, f, indent=2)
    return pid, form, pdf_paths, kinds, pj, labels, lab_path


def check(pid, form, pdf_paths, kinds, pj, labels):
    errs = []
    pages = []  # (packet page no, file, kind, res, text)
    n = 0
    for p in pdf_paths:
        rdr = PdfReader(p)
        with pdfplumber.open(p) as pl:
            for i, pg in enumerate(pl.pages):
                n += 1
                kind, res, ftxt = kinds[p][i]
                if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                    errs.append("%s p%d not US Letter (%s x %s)" % (p, i + 1, pg.width, pg.height))
                txt = pg.extract_text() or ""
                if kind == "fax":
                    if pg.chars or txt.strip():
                        errs.append("%s p%d fax page has a text layer" % (p, i + 1))
                    xo = rdr.pages[i]["/Resources"]["/XObject"]
                    for k in xo:
                        o = xo[k].get_object()
                        flt = o.get("/Filter")
                        flt = flt[0] if isinstance(flt, list) else flt
                        if flt != "/CCITTFaxDecode" or o.get("/BitsPerComponent") != 1:
                            errs.append("%s p%d fax image not CCITT G4 1-bit (%s)" % (p, i + 1, flt))
                        want_h = 2156 if res == "fine" else 1078
                        if (o["/Width"], o["/Height"]) != (1734, want_h):
                            errs.append("%s p%d fax image size %s" % (p, i + 1, (o["/Width"], o["/Height"])))
                        dp = o["/DecodeParms"]
                        dp = dp[0] if isinstance(dp, list) else dp
                        flt = flt[0] if isinstance(flt, list) else flt
                        if dp.get("/K") != -1:
                            errs.append("%s p%d not G4 (K!=-1)" % (p, i + 1))
                    txt = ftxt
                else:
                    if len(pg.chars) < 50:
                        errs.append("%s p%d text page has little text" % (p, i + 1))
                pages.append((n, os.path.basename(p), kind, res, txt))
    if not 4 <= n <= 20:
        errs.append("page count %d outside 4-20" % n)
    # criteria
    want_det, want_proc, want_cpt = TARGET[pid]
    crit_ids = PERC if labels["procedure"] == "percutaneous" else OPEN
    if labels["procedure"] != want_proc:
        errs.append("procedure mismatch")
    if set(labels["criteria"]) != set(crit_ids) or len(labels["criteria"]) != len(crit_ids):
        errs.append("criteria set != section 4 set for %s" % labels["procedure"])
    stats = [c["status"] for c in labels["criteria"].values()]
    det = determination(stats)
    if det != labels["determination"] or det != want_det:
        errs.append("determination %s (labels %s, target %s)" % (det, labels["determination"], want_det))
    hits = []
    for cid, c in labels["criteria"].items():
        if c["status"] not in ("met", "not_met", "insufficient"):
            errs.append("%s bad status" % cid)
        ev = c["evidence"]
        if c["status"] == "insufficient" and ev:
            errs.append("%s insufficient but has evidence" % cid)
        if c["status"] in ("met", "not_met") and not 1 <= len(ev) <= 3:
            errs.append("%s needs 1-3 snippets" % cid)
        for s in ev:
            wc = len(s.split())
            if not 3 <= wc <= 12:
                errs.append("%s snippet word count %d: %r" % (cid, wc, s))
            found = [pg[0] for pg in pages if norm(s) in norm(pg[4])]
            if not found:
                errs.append("%s snippet NOT FOUND: %r" % (cid, s))
            else:
                kinds_found = sorted({pages[f - 1][2] for f in found})
                hits.append((cid, s, found, kinds_found))
    # request metadata
    all_text = " ".join(norm(p[4]) for p in pages)
    if want_cpt not in all_text and not (pj and want_cpt in pj.get("procedure_codes", [])):
        errs.append("CPT %s not in packet" % want_cpt)
    y, m, d = labels["request_date"].split("-")
    if pj and pj.get("request_date") != labels["request_date"]:
        errs.append("packet.json request_date mismatch")
    if "%s/%s/%s" % (m, d, y) not in all_text:
        errs.append("request date not on any page")
    return errs, pages, hits, det, stats


def main():
    rows = []
    ok = True
    for fn in (packet_01, packet_02, packet_03):
        pid, form, pdf_paths, kinds, pj, labels, lab_path = build(fn)
        errs, pages, hits, det, stats = check(pid, form, pdf_paths, kinds, pj, labels)
        nfax = [(p[0], p[3]) for p in pages if p[2] == "fax"]
        print("=" * 78)
        print("%s  form=%s  files=%d  pages=%d  fax pages=%s" % (
            pid, form, len(pdf_paths), len(pages), ", ".join("p%d(%s)" % f for f in nfax)))
        print("  procedure=%s request_date=%s determination=%s  [met %d / not_met %d / insufficient %d]" % (
            labels["procedure"], labels["request_date"], det, stats.count("met"), stats.count("not_met"),
            stats.count("insufficient")))
        for cid, c in labels["criteria"].items():
            locs = [h for h in hits if h[0] == cid]
            print("   %-40s %-12s %s" % (cid, c["status"],
                                         "; ".join("p%s[%s]" % (",".join(map(str, h[2])), "/".join(h[3])) for h in locs)))
        if errs:
            ok = False
            for e in errs:
                print("  ERROR:", e)
        else:
            print("  self-check: OK (criteria set, determination, %d snippets found, fax pages image-only CCITT G4, "
                  "US Letter, %d pages)" % (len(hits), len(pages)))
        rows.append((pid, form, len(pdf_paths), len(pages), nfax))
    print("=" * 78)
    print("ALL CHECKS PASSED" if ok else "SELF-CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
