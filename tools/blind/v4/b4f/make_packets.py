#!/usr/bin/env python3
"""make_packets.py - writer F, blind set v4 (prefix b4f).
Writes three SIJ-fusion prior-auth packets (b4f-01 single PDF, b4f-02 folder + packet.json,
b4f-03 folder without packet.json) with gold labels, then self-checks them.
Deterministic: fixed seeds, fixed content and dates. Run with the venv in this folder:
    .venv/bin/python make_packets.py
"""
# ---- rendering engine (text pages via fpdf2, faxed pages via Pillow + CCITT G4) ----
import io, os, random, re, json
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LETTER = (img2pdf.in_to_pt(8.5), img2pdf.in_to_pt(11))


class TextDoc(FPDF):
    def __init__(self, letterhead=None, footer=None, body_font="Helvetica", size=10):
        super().__init__(orientation="P", unit="pt", format="Letter")
        self.letterhead = letterhead or []
        self.footer_txt = footer
        self.body_font = body_font
        self.bsize = size
        self.set_margins(54, 50, 54)
        self.set_auto_page_break(True, 60)
        self.alias_nb_pages()
        self.set_creator("ClinicEHR export")
        import datetime as _dt
        self.set_creation_date(_dt.datetime(2026, 1, 2, 9, 0, 0, tzinfo=_dt.timezone.utc))
        self.add_page()

    def header(self):
        if not self.letterhead:
            return
        first = True
        for ln in self.letterhead:
            if first:
                self.set_font("Helvetica", "B", 13)
                first = False
            else:
                self.set_font("Helvetica", "", 8.5)
            self.cell(0, 13 if self.font_size_pt > 10 else 10.5, ln, new_x="LMARGIN", new_y="NEXT", align="C")
        y = self.get_y() + 3
        self.line(54, y, self.w - 54, y)
        self.set_y(y + 8)

    def footer(self):
        if not self.footer_txt:
            return
        self.set_y(-42)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 9, self.footer_txt.replace("{p}", str(self.page_no())), align="L")
        self.set_y(-42)
        self.cell(0, 9, "Page %d of {nb}" % self.page_no(), align="R")

    # ----- content primitives
    def fb(self, style="", size=None):
        self.set_font(self.body_font, style, size or self.bsize)

    def add(self, items):
        lh = self.bsize * 1.32
        for it in items:
            kind = it[0]
            if kind == "title":
                self.set_font("Helvetica", "B", 12)
                self.multi_cell(0, 15, it[1], new_x="LMARGIN", new_y="NEXT")
                self.ln(3)
            elif kind == "h":
                self.ln(3)
                self.set_font(self.body_font, "B", self.bsize + 0.5)
                self.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                self.fb()
                self.multi_cell(0, lh, it[1], new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
            elif kind == "pb":  # bold label + text
                self.set_font(self.body_font, "B", self.bsize)
                w = self.get_string_width(it[1] + " ") + 1
                self.cell(w, lh, it[1] + " ")
                self.fb()
                self.multi_cell(0, lh, it[2], new_x="LMARGIN", new_y="NEXT")
                self.ln(1)
            elif kind == "lines":
                self.fb()
                for ln in it[1]:
                    self.multi_cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
            elif kind == "kv":
                cols = it[2] if len(it) > 2 else 2
                pairs = it[1]
                colw = (self.w - 108) / cols
                for i in range(0, len(pairs), cols):
                    for k, v in pairs[i:i + cols]:
                        self.set_font(self.body_font, "B", self.bsize - 0.5)
                        kw = self.get_string_width(k + " ") + 2
                        self.cell(kw, lh, k + " ")
                        self.set_font(self.body_font, "", self.bsize - 0.5)
                        self.cell(colw - kw, lh, v)
                    self.ln(lh)
                self.ln(2)
            elif kind == "table":
                cols, widths, rows = it[1], it[2], it[3]
                fs = it[4] if len(it) > 4 else self.bsize - 1
                tot = self.w - 108
                ws = [tot * w / sum(widths) for w in widths]
                self.set_font(self.body_font, "B", fs)
                self.set_fill_color(225, 225, 225)
                for c, w in zip(cols, ws):
                    self.cell(w, fs * 1.6, c, border=1, fill=True)
                self.ln(fs * 1.6)
                self.set_font(self.body_font, "", fs)
                for r in rows:
                    if self.get_y() > self.h - 90:
                        self.add_page()
                    for c, w in zip(r, ws):
                        self.cell(w, fs * 1.55, c, border=1)
                    self.ln(fs * 1.55)
                self.ln(4)
            elif kind == "checks":
                self.fb()
                for chk, label in it[1]:
                    self.multi_cell(0, lh, ("[X] " if chk else "[  ] ") + label, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
            elif kind == "sp":
                self.ln(it[1])
            elif kind == "rule":
                y = self.get_y() + 2
                self.line(54, y, self.w - 54, y)
                self.ln(6)
            elif kind == "sig":
                self.ln(6)
                self.set_font("Times", "I", 13)
                self.cell(0, 16, it[1], new_x="LMARGIN", new_y="NEXT")
                self.fb("", self.bsize - 0.5)
                for ln in it[2:]:
                    self.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
            elif kind == "newpage":
                self.add_page()
            elif kind == "small":
                self.set_font(self.body_font, "I", self.bsize - 2)
                self.multi_cell(0, (self.bsize - 2) * 1.3, it[1], new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
            else:
                raise ValueError(kind)

    def bytes(self):
        return bytes(self.output())


def text_doc(spec):
    d = TextDoc(spec.get("letterhead"), spec.get("footer"), spec.get("font", "Helvetica"), spec.get("size", 10))
    d.add(spec["items"])
    return d.bytes()


# ----- faxed pages
def _font(size_px, bold=False, mono=False):
    if mono:
        name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    else:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(FONT_DIR + name, size_px)


def fax_page(lines, banner, seed, mode="fine", skew=0.8, pt=11, mono=False):
    """lines: list of str or (style, str); style in '', 'b', 'h'. Returns (pdf_bytes, text)."""
    rng = random.Random(seed)
    W, H = 1728, 2156  # 204 x 196 dpi on 8.47 x 11 in
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    px = int(round(pt * 196 / 72))
    y = 190
    x0 = 150
    text_out = []
    for ln in lines:
        style, s = (ln if isinstance(ln, tuple) else ("", ln))
        if style == "h":
            f = _font(int(px * 1.15), bold=True, mono=mono)
        elif style == "b":
            f = _font(px, bold=True, mono=mono)
        else:
            f = _font(px, mono=mono)
        if s:
            if d.textlength(s, font=f) > W - x0 - 70:
                raise ValueError("fax line too wide: " + s)
            d.text((x0, y), s, font=f, fill=0)
        text_out.append(s)
        y += int(f.size * 1.38)
        if y > H - 160:
            raise ValueError("fax page overflow: " + s)
    # skew the body
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=255, center=(W / 2, H / 2))
    # banner (added by the sending fax server, straight)
    d = ImageDraw.Draw(img)
    bf = _font(int(9 * 196 / 72), mono=True)
    d.text((40, 30), banner, font=bf, fill=0)
    text_out.insert(0, banner)
    # threshold to bilevel with a little noise
    import numpy as np
    a = np.array(img, dtype=np.int16)
    noise = np.array([rng.randint(-40, 40) for _ in range(64)])
    a = a + noise[(np.arange(a.size) * 7919 % 64)].reshape(a.shape)
    bw = (a > 150).astype(np.uint8) * 255
    # specks
    for _ in range(rng.randint(250, 450)):
        cx, cy = rng.randrange(W), rng.randrange(H)
        r = rng.choice([1, 1, 1, 2, 2, 3])
        bw[max(0, cy - r):cy + r, max(0, cx - r):cx + r] = 0
    # dropouts: thin white horizontal streaks
    for _ in range(rng.randint(4, 9)):
        cy = rng.randrange(150, H - 100)
        cx = rng.randrange(0, W - 400)
        bw[cy:cy + rng.choice([1, 2]), cx:cx + rng.randrange(200, 900)] = 255
    # a dark vertical streak fragment near the edge (dirty scanner glass)
    sx = rng.randrange(20, 60)
    bw[rng.randrange(200, 800):rng.randrange(1200, 2000), sx:sx + 2] = 0
    out = Image.fromarray(bw).convert("1")
    if mode == "standard":
        out = out.resize((W, H // 2), Image.NEAREST)
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    buf = io.BytesIO()
    out.save(buf, format="TIFF", compression="group4", dpi=dpi)
    pdf = img2pdf.convert(buf.getvalue(), layout_fun=img2pdf.get_layout_fun(LETTER, fit=img2pdf.FitMode.into),
                          creationdate=None, moddate=None, nodate=True)
    return pdf, "\n".join(text_out)


def merge(parts):
    """parts: list of (pdf_bytes, kind, faxtext). Returns pdf bytes and per-page meta list."""
    w = PdfWriter()
    meta = []
    for pdf, kind, ftext in parts:
        r = PdfReader(io.BytesIO(pdf))
        for pg in r.pages:
            w.add_page(pg)
            meta.append({"kind": kind, "fax_text": ftext})
    w.add_metadata({"/Producer": "RightFax 16.6", "/Title": ""})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue(), meta
# ---- packet b4f-01: Loretta J. Haskins, right SIJ, single PDF, gold insufficient_documentation
def packet_01():
    PT = "HASKINS, LORETTA J"
    DOB = "03/14/1968"
    parts = []
    BR = ["Blue Ridge Spine & Orthopaedics, PLLC",
          "212 Hospital Plaza Dr, Suite 3  |  Waynesville, NC 28786  |  Ph 828-555-0172  Fax 828-555-0178"]

    # p1 fax cover
    parts.append(("text", text_doc({"letterhead": BR, "items": [
        ("title", "FAX COVER SHEET"),
        ("kv", [("To:", "CareSource NC - Utilization Mgmt"), ("From:", "Brandi Queen, CMA (surg sched)"),
                ("Fax:", "1-844-555-0131"), ("Fax:", "828-555-0178"),
                ("Phone:", "1-844-555-0130"), ("Phone:", "828-555-0172 x214"),
                ("Date:", "02/09/2026"), ("Pages:", "12 incl. cover")], 2),
        ("rule",),
        ("checks", [(True, "URGENT / Prior Authorization"), (False, "For Review"), (False, "Please Reply"),
                    (True, "Clinicals attached")]),
        ("pb", "Re:", "PA request - percutaneous R SI joint fusion, Dr. Oyelaran. Member HASKINS, LORETTA J, "
                       "DOB 03/14/1968, ID CSN-88314207-01."),
        ("p", "Enclosed: PA form, consult 1/22/26, pt intake, PCP referral, PT d/c summary, chiro ledger, "
              "pharmacy fills, SIJ block note w/ diary, imaging. Lumbar MRI report requested from outside "
              "facility - will fwd when rec'd."),
        ("p", "Questions call Brandi at ext 214. Thank you!!"),
        ("sp", 30),
        ("small", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged "
                  "and confidential under federal and state law. If you are not the intended recipient, any review, "
                  "disclosure, copying or distribution is strictly prohibited. If you received this fax in error, "
                  "please notify the sender by telephone and destroy all copies."),
    ]}), None))

    # p2 PA request form (filled by MA)
    parts.append(("text", text_doc({"letterhead": ["CareSource North Carolina - Prior Authorization Request Form",
                                                   "Outpatient / Ambulatory Surgery  |  Fax completed form to 1-844-555-0131"],
                                    "footer": "PA-OP form rev 03/2025", "size": 9.5, "items": [
        ("h", "SECTION A - MEMBER"),
        ("kv", [("Member name:", "Loretta J. Haskins"), ("DOB:", "03/14/1968"),
                ("Member ID:", "CSN-88314207-01"), ("Plan:", "Marketplace Silver 2026")], 2),
        ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting:", "Marcus T. Oyelaran, MD"), ("NPI:", "1427095583"),
                ("Facility:", "Haywood Ambulatory Surgery Ctr"), ("Facility NPI:", "1093884126"),
                ("Contact:", "Brandi Queen CMA"), ("Phone/Fax:", "828-555-0172 / 0178")], 2),
        ("h", "SECTION C - SERVICE REQUESTED"),
        ("kv", [("Date of request:", "02/09/2026"), ("Anticipated DOS:", "03/19/2026"),
                ("CPT/HCPCS:", "27279"), ("Units:", "1"),
                ("Dx (ICD-10):", "M53.3, M53.2X8"), ("Laterality:", "Right")], 2),
        ("pb", "Description:", "Arthrodesis, sacroiliac joint, percutaneous or minimally invasive (indirect "
                               "visualization), with image guidance, R side."),
        ("checks", [(True, "Outpatient surgery"), (False, "Inpatient"), (False, "Office procedure")]),
        ("h", "SECTION D - CLINICAL (complete or attach notes)"),
        ("kv", [("Current pain score:", "7/10"), ("Duration of sx:", "approx 2 yrs")], 2),
        ("checks", [(True, "Physical therapy - dates on attached d/c summary"),
                    (True, "Chiropractic - ledger attached"),
                    (True, "NSAIDs / meds - see pharmacy history"),
                    (True, "Diagnostic SIJ block(s)   # of blocks: 1   (2nd one sched 2/26/26)"),
                    (False, "Imaging of lumbar spine attached (pending from outside facility)"),
                    (True, "X-ray / CT pelvis & hip attached")]),
        ("p", "Additional info: see consult note. Pt has failed conservative tx, surgeon recommends "
              "MIS SI fusion R."),
        ("sig", "Brandi Queen, CMA", "Completed by: Brandi Queen, CMA for M. Oyelaran MD     Date: 02/09/2026"),
    ]}), None))

    # p3-4 surgeon consult
    parts.append(("text", text_doc({"letterhead": BR, "footer": "HASKINS, LORETTA J  DOB 03/14/1968  MRN BRS-204417",
                                    "items": [
        ("title", "NEW PATIENT CONSULTATION - SPINE"),
        ("kv", [("Date of service:", "01/22/2026"), ("Provider:", "Marcus T. Oyelaran, MD"),
                ("Referred by:", "Wendell Ammons, MD (Tuckasegee FM)"), ("Visit type:", "New pt, level 4")], 2),
        ("pb", "CC:", "Right low back / buttock pain x about 2 years."),
        ("h", "HPI"),
        ("p", "57 y/o female school cafeteria manager referred by her PCP for R sided low back pain. She points with "
              "one finger to the R PSIS. Pain localized to the right buttock over the SI joint, caudal to L5. "
              "Pain does not radiate into the leg; no numbness or tingling. Worse getting out of the car, rolling "
              "in bed, standing at the steam table more than 20 min. In spring 2024 she had R leg pain thought "
              "to be sciatica and had an L5-S1 ESI at an outside clinic, which did not help much; per pt that leg "
              "pain went away on its own by late 2024 and has not come back. Current complaint is a different, "
              "buttock-only pain."),
        ("p", "Right SIJ pain 7/10 today; at worst she says it gets up near 9 by end of a work week. Completed "
              "course of PT (Apr-Jul 2025) and chiropractic (Aug-Nov 2025) w/o lasting change. Takes meloxicam "
              "daily, uses heating pad at night. Had one R SIJ block 12/18/25 w/ Dr. Lusk - near complete relief "
              "for several hours, diary reviewed, then steroid effect wore off in about 3 weeks."),
        ("pb", "PMH:", "HTN, hypothyroid, obesity (BMI 33), GERD. No DM."),
        ("pb", "PSH:", "C-section x2, lap chole 2011."),
        ("pb", "Meds:", "meloxicam 15 mg daily, lisinopril 10, levothyroxine 75 mcg, omeprazole 20."),
        ("pb", "Social:", "Never smoker. Rare EtOH. Lives in Cullowhee w/ husband."),
        ("pb", "FH:", "Mother - fibromyalgia, DM2. Father - CAD."),
        ("pb", "ROS:", "Denies fevers, chills, wt loss, bowel/bladder change. Denies trauma or falls. No "
                       "inflammatory back pain pattern (no AM stiffness > 30 min)."),
        ("h", "EXAM"),
        ("p", "Pleasant, NAD. Gait nonantalgic, able to heel/toe walk. Lumbar ROM: flexion to mid shin, "
              "ext mildly limited w/o pain."),
        ("p", "Palpation: TTP over R PSIS / sacral sulcus, reproduces her usual pain. Greater trochanter nontender "
              "bilat. No midline or paraspinal lumbar tenderness. Coccyx nontender."),
        ("table", ["SIJ provocation", "Right", "Left"], [3, 1.2, 1.2], [
            ["Thigh thrust (P4)", "positive", "neg"],
            ["Compression", "not done", "not done"],
            ["Distraction", "neg", "neg"],
            ["FABER / Patrick", "positive", "neg"],
            ["Gaenslen", "positive", "neg"],
            ["Sacral thrust", "positive", "neg"],
        ]),
        ("p", "Neuro: strength 5/5 BLE, SLR negative bilaterally, DTRs 2+ and symmetric, sensation intact to LT. "
              "Waddell signs 0/5."),
        ("h", "IMAGING REVIEWED"),
        ("p", "XR pelvis/SI joints 11/20/25 and CT pelvis 12/02/25 (reports in chart) - mild R SIJ sclerosis, "
              "no erosions. XR bilat hips today - see report. Lumbar MRI reportedly obtained 2024 at an outside "
              "facility; report not in our records and images not available for my review - records request "
              "sent 01/22/26."),
        ("h", "ASSESSMENT"),
        ("lines", ["1. Right sacroiliac joint dysfunction (M53.3)",
                   "2. Hx of R sciatica 2024, resolved",
                   "3. Obesity"]),
        ("h", "PLAN"),
        ("p", "Discussed MIS R SI joint fusion (27279), risks/benefits/alternatives. Before surgery she needs a "
              "second confirmatory R SIJ block - scheduled with Dr. Lusk 02/26/2026, bupivacaine, keep diary. "
              "Will obtain lumbar MRI report. Submit PA now so scheduling can proceed once above complete. "
              "Continue meloxicam, heat. RTC after 2nd block."),
        ("sig", "M. Oyelaran MD", "Marcus T. Oyelaran, MD - Orthopaedic Spine Surgery",
         "Electronically signed 01/22/2026 17:48"),
    ]}), None))

    # p5 intake questionnaire + pain drawing (faxed, fine)
    parts.append(("fax", fax_page([
        ("h", "BLUE RIDGE SPINE & ORTHO - NEW PT PAIN QUESTIONNAIRE"),
        "Patient: Loretta Haskins            DOB: 03/14/1968       Date: 01/22/2026",
        "",
        ("b", "1. Where is your pain? (shade the body diagram - office staff transcribes)"),
        "   Shaded area(s): RIGHT buttock, small spot at 'dimple' over tailbone side",
        "   Arrows / radiation drawn: none",
        "   Front of body: no marks.  Legs: no marks.",
        ("b", "2. Does your pain travel down your leg?    [ ] Yes   [X] No"),
        "   If yes, how far?  [ ] thigh  [ ] knee  [ ] below knee  [ ] foot",
        ("b", "3. Numbness / tingling?   [ ] Yes   [X] No"),
        ("b", "4. Rate your pain (0 = none, 10 = worst imaginable)"),
        "   Right now: 7      Best in last week: 5      Worst in last week: 9",
        ("b", "5. How long have you had this pain?   about 2 years"),
        ("b", "6. What makes it worse?  getting in/out of car, standing at work,"),
        "   stairs, rolling over in bed",
        ("b", "7. What have you tried? (check all)"),
        "   [X] Physical therapy  [X] Chiropractor  [X] Heat  [ ] Ice",
        "   [X] Anti-inflammatory  [ ] Muscle relaxer  [ ] Narcotic",
        "   [ ] TENS  [X] Injection(s): 'back shot 2024, SI shot Dec 2025'",
        ("b", "8. Have you ever been diagnosed with:"),
        "   [ ] Rheumatoid arthritis  [ ] Ankylosing spondylitis  [ ] Psoriasis",
        "   [ ] Lupus  [ ] Fibromyalgia  [ ] Cancer  [ ] Osteoporosis",
        ("b", "9. Any recent fall, car wreck or injury?   [ ] Yes   [X] No"),
        ("b", "10. Bowel or bladder problems?   [ ] Yes   [X] No"),
        "",
        "Oswestry Disability Index (scored by staff): 38%  (moderate disability)",
        "",
        "Patient signature:  Loretta J Haskins          Reviewed: MTO",
    ], "FROM: BR SPINE ORTHO 8285550178  TO: 18445550131   02/09/2026 15:41   P. 5/12",
        seed=101, mode="fine", skew=0.6), "fax"))

    # p6-7 PCP referral note (free-text EHR, Courier)
    TF = ["Tuckasegee Family Medicine", "41 Old Cullowhee Rd, Sylva NC 28779  *  (828) 555-0143  *  fax (828) 555-0149"]
    parts.append(("text", text_doc({"letterhead": TF, "font": "Courier", "size": 9,
                                    "footer": "Haskins, Loretta J (DOB 03/14/1968) Acct# 00417733 - printed 02/05/2026",
                                    "items": [
        ("lines", ["OFFICE VISIT - 12/04/2025 10:20 AM",
                   "Provider: Wendell P. Ammons, MD       MA: K. Reece",
                   "Visit reason: f/u back pain / referral"]),
        ("lines", ["VITALS: BP 134/82  P 78  T 98.1  Wt 201 lb  BMI 33.4  Pain 7/10"]),
        ("p", "S: Pt here for f/u R low back/buttock pain. Been going on ~2 yrs, worse last 6 mo. Did PT at "
              "Sylva Rehab spring/summer (d/c 7/15) then saw Dr. Fowler chiro Aug thru Nov - says chiro "
              "helped for a day or two each time but doesnt last. Taking meloxicam 15 qd since last winter, "
              "heating pad qhs. Sister loaned her a TENS unit, uses it 'now and then'. Pain is R buttock, "
              "denies going down leg, denies numbness. The leg pain she had in 2024 (had ESI at Mtn Pain "
              "Assoc 5/2024) is gone. No fevers, no wt loss, no falls. Can't stand long at work "
              "(cafeteria mgr at Fairview Elem)."),
        ("p", "O: NAD. Tender R SI joint area on palp. Nontender lumbar midline. Hip ROM full, no pain w/ "
              "IR. SLR neg. Strength nl. FABER + on R."),
        ("p", "Labs 11/20/25: CBC nl, ESR 14, CRP <0.5, HLA-B27 negative, RF neg. TSH 2.1"),
        ("p", "A/P:"),
        ("lines", ["1. R SI joint pain - failed PT/chiro/NSAID. XR pelvis + CT pelvis done, no erosions.",
                   "   Referred to Mtn Pain (Dr. Lusk) for SIJ injection - sched 12/18.",
                   "   Referral to Blue Ridge Spine (Dr. Oyelaran) for surgical opinion.",
                   "   Cont meloxicam 15 mg qd #30 RF x3. Heat.",
                   "2. HTN - ok, cont lisinopril",
                   "3. Hypothyroid - stable",
                   "FH reviewed: mom w/ fibromyalgia (pt worried she has same - no widespread",
                   "pain, no tender points, reassured).",
                   "RTC 3 mo or prn."]),
        ("sig", "W. Ammons MD", "Electronically signed by Wendell P. Ammons, MD on 12/04/2025 at 4:02 PM"),
        ("rule",),
        ("lines", ["REFERRAL ORDER #R-225981   12/04/2025",
                   "To: Blue Ridge Spine & Orthopaedics - Dr. M. Oyelaran",
                   "Reason: chronic R SIJ pain refractory to conservative tx, eval for SI fusion",
                   "Priority: routine    Insurance: CareSource Marketplace",
                   "Attached: last OV, imaging reports, labs"]),
    ]}), None))

    # p8 PT discharge summary (faxed, standard)
    parts.append(("fax", fax_page([
        ("h", "SYLVA REHAB & SPORTS PHYSICAL THERAPY"),
        "580 W Main St, Sylva NC 28779   Ph 828-555-0190",
        "",
        ("b", "PHYSICAL THERAPY DISCHARGE SUMMARY"),
        "Patient: Loretta Haskins     DOB: 03/14/1968",
        "Referring MD: W. Ammons MD    Dx: M53.3 R SIJ dysfunction",
        "Dates of service: 04/01/2025 - 07/15/2025",
        "Visits attended: 21 of 24 scheduled (3 cx for illness)",
        "",
        ("b", "Interventions:"),
        "- Lumbopelvic stabilization, TA/glute med strengthening",
        "- SIJ mobilization / MET, manual tx",
        "- Gait and body mechanics training, HEP progression",
        "",
        ("b", "Status at discharge:"),
        "Pain R SIJ 6/10 (initial 8/10). ODI 36% (initial 44%).",
        "Gains in hip abd strength 4-/5 -> 4+/5. Pt compliant.",
        "Plateaued last 3 wks; pain continues with standing.",
        "",
        ("b", "Goals:"),
        "STG 1 - met.  STG 2 - partially met.  LTG - not met",
        "",
        ("b", "Plan:"),
        "D/C to independent HEP. Recommend f/u w/ MD re:",
        "further mgmt (injection / specialist).",
        "",
        "Jolene Carver, PT, DPT    07/15/2025",
    ], "FROM: SYLVA REHAB 8285550191  TO: 8285550178   01/16/2026 09:12   P. 1/1",
        seed=102, mode="standard", skew=-1.1, pt=12), "fax"))

    # p9 chiropractic ledger
    parts.append(("text", text_doc({"letterhead": ["Dillsboro Chiropractic & Wellness",
                                                   "Dr. Carl Fowler, DC  *  19 Front St, Dillsboro NC 28725  *  828-555-0111"],
                                    "footer": "Patient: Haskins, Loretta  DOB 03/14/1968", "items": [
        ("title", "Treatment Record Summary / Visit Ledger"),
        ("p", "Chief complaint at intake 08/05/2025: R sided low back & buttock pain, R SI joint. Care dates "
              "08/05/2025 through 11/20/2025. Treatment plan 2x/wk x 6 wk then 1x/wk. Adjustments (diversified, "
              "SI/pelvis), soft tissue, core & glute exercises reviewed each visit."),
        ("table", ["Date", "CPT", "Region", "Pt report / response"], [1.1, 1.5, 1.1, 3.3], [
            ["08/05/2025", "99203, 98940", "SI, L", "Intake. R SIJ pain 7/10"],
            ["08/07/2025", "98940, 97140", "SI, L", "Sore after 1st visit"],
            ["08/12/2025", "98940, 97110", "SI", "Some better for 1 day"],
            ["08/14/2025", "98940, 97110", "SI", "same"],
            ["08/21/2025", "98940, 97140", "SI, L", "6/10"],
            ["08/26/2025", "98940, 97110", "SI", "flared at work"],
            ["09/04/2025", "98940", "SI", "7/10"],
            ["09/11/2025", "98940, 97110", "SI", "ex's going ok"],
            ["09/18/2025", "98940", "SI, L", "about same"],
            ["09/25/2025", "98940, 97140", "SI", "6/10"],
            ["10/02/2025", "98940", "SI", "helped 1-2 days"],
            ["10/16/2025", "98940, 97110", "SI", "7/10"],
            ["10/30/2025", "98940", "SI", "no lasting change"],
            ["11/06/2025", "98940", "SI", "7/10"],
            ["11/20/2025", "98940, 97110", "SI", "Re-exam: plateau, refer back"],
        ], 8.5),
        ("p", "Re-exam 11/20/2025: temporary relief only after each adjustment; objective findings unchanged. "
              "Released from active care and referred back to PCP. Home stretches to continue."),
        ("sig", "Carl Fowler DC", "Carl Fowler, DC   11/24/2025"),
    ]}), None))

    # p10 pharmacy fill history
    fills = []
    for m, dd in [(1, "01/28/2025"), (2, "02/27/2025"), (3, "03/29/2025"), (4, "04/28/2025"), (5, "05/30/2025"),
                  (6, "06/30/2025"), (7, "07/31/2025"), (8, "08/29/2025"), (9, "09/30/2025"), (10, "10/31/2025"),
                  (11, "12/01/2025"), (12, "12/30/2025"), (13, "01/29/2026")]:
        fills.append([dd, "MELOXICAM 15 MG TABLET", "30", "30", "Ammons W", "RF" if m > 1 else "NEW"])
    fills.insert(3, ["03/29/2025", "LISINOPRIL 10 MG TAB", "90", "90", "Ammons W", "RF"])
    fills.insert(8, ["06/30/2025", "LEVOTHYROXINE 75 MCG", "90", "90", "Ammons W", "RF"])
    fills.insert(14, ["10/31/2025", "OMEPRAZOLE DR 20 MG CAP", "90", "90", "Ammons W", "RF"])
    parts.append(("text", text_doc({"letterhead": ["Cullowhee Drug Co.",
                                                   "Hwy 107 S, Cullowhee NC 28723  -  NCBOP Permit 08812  -  828-555-0160"],
                                    "footer": "Pt: HASKINS, LORETTA J   DOB 03/14/1968   Report run 02/03/2026 11:15",
                                    "items": [
        ("title", "PATIENT PRESCRIPTION FILL HISTORY  01/01/2025 - 02/03/2026"),
        ("p", "Requested by: Blue Ridge Spine & Orthopaedics (fax 828-555-0178). Allergies: sulfa (rash)."),
        ("table", ["Fill date", "Drug / strength", "Qty", "Days", "Prescriber", "Type"], [1.2, 3, 0.6, 0.6, 1.3, 0.7],
         fills, 8.5),
        ("p", "OTC purchases on loyalty account: Thermacare heat wraps 8 ct (03/2025, 07/2025, 11/2025)."),
        ("small", "This record reflects prescriptions dispensed at this pharmacy only. Verified by J. Ensley, RPh."),
    ]}), None))

    # p11-12 SIJ injection procedure note with diary
    MP = ["Mountain Pain Associates", "Interventional Pain Medicine  *  68 Sylvan Heights Dr, Sylva NC 28779  *  828-555-0125"]
    parts.append(("text", text_doc({"letterhead": MP, "footer": "Haskins, Loretta J  DOB 03/14/1968  Acct MPA-55120",
                                    "items": [
        ("title", "PROCEDURE NOTE"),
        ("kv", [("Date:", "12/18/2025"), ("Physician:", "Andrew Lusk, MD"),
                ("Procedure:", "R SIJ injection, intra-articular"), ("CPT:", "27096-RT"),
                ("Indication:", "R SIJ pain, dx block"), ("Sedation:", "none (local only)")], 2),
        ("p", "Consent obtained, risks incl. bleeding, infection, nerve injury, steroid effects discussed. Time-out "
              "performed. Pre-procedure pain 7/10 R buttock."),
        ("p", "Pt prone. Sterile prep/drape. Under fluoroscopic guidance the inferior third of the right SI joint was "
              "identified with contralateral oblique tilt. Skin and track anesthetized with 1% lidocaine 2 mL. A 22 g "
              "3.5 in spinal needle advanced into the joint. Omnipaque 240, 0.5 mL, injected - arthrogram "
              "outlined the joint with no vascular uptake and no epidural spread. Injected 1.5 mL of 2% lidocaine "
              "mixed with triamcinolone 40 mg (1 mL). Needle removed, bandage applied. No complications. EBL nil."),
        ("p", "Post procedure (20 min in recovery): pain 1/10 with provocative maneuvers that hurt before "
              "(sit to stand, FABER). Diary given; pt to record q 30 min x 6 h and call in results."),
        ("h", "POST-INJECTION PAIN DIARY (transcribed from pt handwritten card by RN, 12/19/2025)"),
        ("table", ["Time after inj.", "Clock time", "Pain 0-10", "Activity / comment (pt's words)"],
         [1.3, 1.1, 0.9, 3.7], [
            ["baseline", "1:05 pm", "7", "before shot"],
            ["15 min", "1:40 pm", "1", "numb feeling in bottom"],
            ["30 min", "1:55 pm", "1", "walked to car no pain"],
            ["1 hr", "2:25 pm", "1", "rode home"],
            ["1.5 hr", "2:55 pm", "1", "sat in recliner"],
            ["2 hr", "3:25 pm", "2", "did dishes"],
            ["3 hr", "4:25 pm", "3", ""],
            ["4 hr", "5:25 pm", "5", "starting to come back"],
            ["6 hr", "7:25 pm", "6", "about like usual"],
            ["next day", "", "4", "sore at shot spot"],
            ["day 7", "", "4", "better than before"],
            ["day 14", "", "6", ""],
         ], 8.5),
        ("p", "RN review 12/19/25: Reported >= 85% relief at 30 min through 1.5 hours after injection (7 -> 1), "
              "consistent with lidocaine duration. Positive diagnostic block."),
        ("p", "Phone f/u 01/09/2026 (RN T. Dillard): Pt reports the steroid 'wore off' after about 3 weeks, pain back to "
              "7/10 R buttock. Message routed to Dr. Lusk / Dr. Oyelaran. Second confirmatory block with bupivacaine "
              "to be scheduled per surgeon request."),
        ("sig", "A. Lusk MD", "Andrew Lusk, MD - Interventional Pain", "Signed 12/18/2025; addenda 12/19/2025, 01/09/2026"),
    ]}), None))

    # p13 imaging report: XR pelvis/SIJ + CT pelvis (two studies, one report)
    JV = ["Jackson Valley Imaging", "Outpatient Radiology  *  310 Skyland Dr, Sylva NC 28779  *  Reading: Smoky Mtn Radiology PA"]
    parts.append(("text", text_doc({"letterhead": JV, "footer": "HASKINS, LORETTA J  DOB 03/14/1968  MRN JVI-0091832",
                                    "items": [
        ("title", "DIAGNOSTIC IMAGING REPORT"),
        ("kv", [("Ordering:", "Wendell Ammons, MD"), ("Accession:", "JV25-118842 / JV25-121307"),
                ("Exam 1:", "XR PELVIS AP + BILAT SI JOINTS, 11/20/2025"), ("", ""),
                ("Exam 2:", "CT PELVIS WITHOUT CONTRAST, 12/02/2025"), ("", "")], 2),
        ("pb", "Clinical history:", "Chronic right low back/buttock pain, evaluate SI joints."),
        ("h", "EXAM 1 - XR PELVIS AND SACROILIAC JOINTS, 3 VIEWS"),
        ("p", "Findings: Mild subchondral sclerosis along the iliac side of the right SI joint. Joint spaces "
              "preserved bilaterally. No erosions, no ankylosis. Pubic symphysis normal. No fracture. Mild "
              "degenerative narrowing of both hip joints, partially imaged. Lower lumbar spondylosis."),
        ("h", "EXAM 2 - CT PELVIS WITHOUT CONTRAST"),
        ("p", "Technique: Axial images with coronal oblique reformats through the SI joints. No contrast."),
        ("p", "Findings: Mild subchondral sclerosis and small anterior osteophytes at the right SI joint; the left "
              "is normal. No erosive change or periarticular ankylosis. No intra-articular gas. No fracture. No "
              "lytic or blastic lesion. Sacral foramina are clear. Visualized bowel unremarkable. Small "
              "fat-containing umbilical hernia."),
        ("h", "IMPRESSION"),
        ("lines", ["1. Mild degenerative change of the right sacroiliac joint.",
                   "2. No erosive sacroiliitis. No fracture or destructive osseous lesion.",
                   "3. Incidental small umbilical hernia."]),
        ("sig", "R. Venkataraman MD", "Rajesh Venkataraman, MD  Diagnostic Radiology",
         "Exam 1 signed 11/20/2025 16:02; Exam 2 signed 12/02/2025 14:37"),
    ]}), None))

    # p14 hip XR (faxed, fine)
    parts.append(("fax", fax_page([
        ("h", "BLUE RIDGE SPINE & ORTHOPAEDICS - IN-OFFICE X-RAY"),
        "212 Hospital Plaza Dr, Waynesville NC   Ph 828-555-0172",
        "",
        "Patient: HASKINS, LORETTA J        DOB: 03/14/1968",
        "Exam: XR HIPS BILATERAL W/ PELVIS AP, 2 VIEWS EACH",
        "Date of exam: 01/22/2026      Ordering: M. Oyelaran MD",
        "Indication: R buttock pain; r/o hip OA",
        "",
        ("b", "FINDINGS:"),
        "RIGHT HIP: Mild superior joint space narrowing with a small",
        "acetabular marginal osteophyte. Femoral head round, no AVN.",
        "No fracture.",
        "LEFT HIP: Moderate joint space narrowing with subchondral",
        "sclerosis and osteophytes.",
        "SI joints: mild R SIJ sclerosis, as on prior CT.",
        "",
        ("b", "IMPRESSION:"),
        "1. Right hip: findings consistent with mild osteoarthritis.",
        "2. Left hip: moderate osteoarthritis (asymptomatic side).",
        "3. No acute osseous abnormality.",
        "",
        "Read by: Marcus T. Oyelaran, MD   01/22/2026",
        "(in-office read; over-read by Smoky Mtn Radiology pending)",
    ], "FROM: BR SPINE ORTHO 8285550178  TO: 18445550131   02/09/2026 15:44   P.12/12",
        seed=103, mode="fine", skew=-0.4), "fax"))

    labels = {
        "procedure": "percutaneous", "request_date": "2026-02-09", "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": ("met", ["Pain localized to the right buttock over the SI joint",
                                           "Pain does not radiate into the leg"]),
            "perc.pain_severity": ("met", ["Right SIJ pain 7/10 today"]),
            "perc.sij_tenderness": ("met", ["TTP over R PSIS / sacral sulcus",
                                            "Greater trochanter nontender bilat",
                                            "No midline or paraspinal lumbar tenderness"]),
            "perc.active_conservative_therapy": ("met", ["Dates of service: 04/01/2025 - 07/15/2025",
                                                         "Care dates 08/05/2025 through 11/20/2025"]),
            "perc.inactive_conservative_therapy": ("met", ["MELOXICAM 15 MG TABLET",
                                                           "Taking meloxicam 15 qd since last winter"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust (P4) positive"]),
            "perc.two_provocative_tests": ("met", ["FABER / Patrick positive", "Gaenslen positive neg"]),
            "perc.diagnostic_injections": ("insufficient", []),
            "perc.generalized_pain_excluded": ("met", ["Waddell signs 0/5"]),
            "perc.sij_imaging": ("met", ["No erosive sacroiliitis",
                                         "No fracture or destructive osseous lesion"]),
            "perc.hip_imaging": ("met", ["Right hip: findings consistent with mild osteoarthritis"]),
            "perc.lumbar_imaging": ("insufficient", []),
            "perc.therapeutic_injections": ("insufficient", []),
            "perc.excl.systemic_arthropathy": ("met", ["HLA-B27 negative, RF neg"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No fracture or destructive osseous lesion"]),
            "perc.excl.acute_instability": ("met", ["Denies trauma or falls"]),
            "perc.excl.neural_compression": ("met", ["SLR negative bilaterally",
                                                     "Hx of R sciatica 2024, resolved"]),
        }}
    return {"id": "b4f-01", "form": "pdf", "files": [("b4f-01.pdf", parts)], "packet_json": None, "labels": labels}
# ---- packet b4f-02: Travis D. Pruitt, left SIJ, folder + packet.json, gold meets_criteria
def packet_02():
    files = []
    AB = ["Ashe-Alleghany Bone & Joint", "1120 US Hwy 21 N, Sparta NC 28675  -  Tel 336-555-0184  -  Fax 336-555-0189"]
    FTR = "PRUITT, TRAVIS D   DOB 07/02/1979   Chart AAB-31877"

    # file 1: cover + PA form
    f1 = []
    f1.append(("text", text_doc({"letterhead": AB, "items": [
        ("title", "FACSIMILE TRANSMITTAL"),
        ("kv", [("TO:", "CareSource Utilization Management"), ("FAX #:", "1-844-555-0131"),
                ("FROM:", "Ashe-Alleghany Bone & Joint"), ("FAX #:", "336-555-0189"),
                ("DATE:", "03/16/2026"), ("# PAGES:", "14 (with cover)")], 2),
        ("rule",),
        ("p", "RE: Prior auth - L sacroiliac joint fusion, minimally invasive. Pt: Travis Pruitt 07/02/1979. "
              "Surgeon Dr. Nadine Ferebee. Clinicals enclosed in this order: PA form; PCP notes; PT records; "
              "imaging; SIJ injection notes + diaries; our consult w/ intake; pharmacy profile."),
        ("p", "Pls call Missy in surgery scheduling w/ auth # or if anything is missing - 336-555-0184 opt 3."),
        ("sp", 40),
        ("small", "The documents accompanying this telecopy transmission contain confidential health information that "
                  "is legally privileged. This information is intended only for the use of the recipient named above. "
                  "If you have received this telecopy in error, please notify us immediately by telephone."),
    ]}), None))
    f1.append(("text", text_doc({"letterhead": ["CareSource North Carolina - Prior Authorization Request Form",
                                                "Outpatient / Ambulatory Surgery  |  Fax completed form to 1-844-555-0131"],
                                 "footer": "PA-OP form rev 03/2025", "size": 9.5, "items": [
        ("h", "SECTION A - MEMBER"),
        ("kv", [("Member name:", "Travis D Pruitt"), ("DOB:", "07/02/1979"),
                ("Member ID:", "CSN-77120945-02"), ("Plan:", "Marketplace Bronze 2026")], 2),
        ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting:", "Nadine Ferebee, MD"), ("NPI:", "1558306147"),
                ("Facility:", "Alleghany Surgical Center"), ("Facility NPI:", "1730519922"),
                ("Contact:", "Missy Caudill, MA"), ("Phone/Fax:", "336-555-0184 / 0189")], 2),
        ("h", "SECTION C - SERVICE REQUESTED"),
        ("kv", [("Date of request:", "03/16/2026"), ("Anticipated DOS:", "04/22/2026"),
                ("CPT/HCPCS:", "27279  (LT)"), ("Units:", "1"),
                ("Dx (ICD-10):", "M53.3, M54.50"), ("Laterality:", "Left")], 2),
        ("pb", "Description:", "Percutaneous/MIS SI joint arthrodesis L w/ fluoro, triangular implants x3."),
        ("checks", [(True, "Outpatient surgery"), (False, "Inpatient"), (False, "Office procedure")]),
        ("h", "SECTION D - CLINICAL (complete or attach notes)"),
        ("p", "See attached. PT x2 courses + HEP, NSAIDs/TENS > 6 mo, 2 fluoro SIJ blocks w/ contrast both "
              "positive, steroid didnt last either time. CT pelvis, XR hip, MRI L-spine attached."),
        ("sig", "Missy Caudill", "Completed by: Missy Caudill, MA      Date: 03/16/2026",
         "Provider attestation: N. Ferebee MD (e-sig on file)"),
    ]}), None))
    files.append(("01_cover_and_PA_form.pdf", f1))

    # file 2: PCP notes
    LF = ["Laurel Fork Family Health", "204 S Main St, Sparta NC 28675  ~  336-555-0102  ~  Fax 336-555-0108"]
    LFF = "Pruitt, Travis Dale  DOB 07/02/1979  MRN 100-4432"
    f2 = []
    f2.append(("text", text_doc({"letterhead": LF, "font": "Courier", "size": 9, "footer": LFF, "items": [
        ("lines", ["PROGRESS NOTE   DOS 07/01/2025   Hollis Greer, MD",
                   "CC: low back/L buttock pain, PT finished"]),
        ("p", "Travis is 45 yo poultry farm maintenance tech, here after finishing PT 6/27 at Sparta PT. "
              "Some improvement in core strength but L buttock pain persists, still 6-7/10 by end of shift. "
              "Naproxen helps some. TENS from PT is helping at night. No leg sx."),
        ("p", "Exam: TTP L PSIS. Lumbar ROM ok. Neuro intact."),
        ("p", "Plan: Physician-supervised home exercise program x 6 weeks. Exercise Rx given and reviewed "
              "(handout 'SI Joint Stabilization - Level 2'):"),
        ("lines", ["  - bridges w/ band 3x12 daily",
                   "  - clamshells 3x15 daily",
                   "  - bird-dog 3x10 each side daily",
                   "  - dead bug 3x10, side plank 3x20 sec, qod",
                   "  - walk 20-30 min 5 d/wk",
                   "Log sheet given. F/u 6 wk to review log. Cont naproxen 500 bid, TENS."]),
        ("sig", "H. Greer MD", "e-signed Hollis Greer, MD 07/01/2025 12:14"),
        ("rule",),
        ("lines", ["PROGRESS NOTE   DOS 08/15/2025   Hollis Greer, MD",
                   "CC: f/u HEP / L SI pain"]),
        ("p", "Completed 6-wk HEP, brought log - did exercises 5-6 d/wk, missed some days during a week of "
              "double shifts. Says he is stronger but the L SI pain is unchanged, 7/10, worse w/ climbing in and "
              "out of the truck. Pain stays in L buttock, no radiation. Denies numbness, weakness."),
        ("p", "Exam: TTP L SI joint. FABER + L. SLR neg bilat."),
        ("p", "A/P: L SIJ dysfunction, failed 6 wk supervised HEP. Referral back to PT for 2nd course focused on "
              "lumbopelvic stabilization. Cont naproxen, TENS, heat. Will consider SIJ injection if no better."),
        ("sig", "H. Greer MD", "e-signed Hollis Greer, MD 08/15/2025 16:40"),
    ]}), None))
    f2.append(("text", text_doc({"letterhead": LF, "font": "Courier", "size": 9, "footer": LFF, "items": [
        ("lines", ["PROGRESS NOTE   DOS 01/20/2026   Hollis Greer, MD",
                   "CC: L SI joint pain - review injections, referral to ortho"]),
        ("p", "Pt returns after 2nd SIJ injection (Dr. Yount 01/14/26). Both injections took the pain away "
              "for the day but steroid didnt last. PT round 2 completed 12/12/25. Still on naproxen, uses TENS "
              "daily, heat. Pain is all L buttock just below the beltline. No leg pain, no numbness."),
        ("p", "Hx: fell off ladder 2019 - broke L wrist, no back injury. Knee: L knee steroid inj 2024 for "
              "old meniscus tear, fine now."),
        ("p", "ROS neg for fever, wt loss, night sweats, rash, eye inflammation, bowel/bladder change."),
        ("p", "Labs 09/2025: ESR 8, CRP 0.3, HLA-B27 negative."),
        ("p", "PHQ-9 today 6 (mild), declines counseling, sleeping ok."),
        ("lines", ["A/P:",
                   "1. Chronic L SIJ pain (M53.3) - failed PT x2, HEP, NSAID, TENS, inj x2.",
                   "   Refer Ashe-Alleghany Bone & Joint, Dr. Ferebee, re: SI fusion.",
                   "2. Mild depressive sx - monitor.",
                   "3. HLD - diet.",
                   "Refill naproxen 500 bid #60 x5."]),
        ("sig", "H. Greer MD", "e-signed Hollis Greer, MD 01/20/2026 11:02"),
    ]}), None))
    files.append(("02_PCP_Laurel_Fork_notes.pdf", f2))

    # file 3: PT records (faxed)
    f3 = []
    f3.append(("fax", fax_page([
        ("h", "SPARTA PHYSICAL THERAPY & WELLNESS"),
        "88 Whitehead St, Sparta NC 28675  Ph 336-555-0150  Fax 336-555-0151",
        "",
        ("b", "DISCHARGE SUMMARY - EPISODE 1"),
        "Pt: Travis Pruitt   DOB 07/02/1979   Ref: H. Greer MD",
        "Dx: M53.3 L SI joint dysfunction; M54.50",
        "Episode: 04/07/2025 to 06/27/2025   Visits: 20",
        "",
        ("b", "Treatment provided:"),
        "Therapeutic ex (core, glute, hip abductor strengthening),",
        "neuromuscular re-ed, SIJ MET/mobilization, SI belt trial,",
        "body mechanics for lifting at work, HEP instruction.",
        ("b", "TENS:"),
        "Home TENS unit issued 05/12/2025 (rental, then purchase).",
        "Use: L low back/buttock, 2-3 sessions/day, 30 min each,",
        "80 Hz conventional mode. Pt logging use; reports",
        "temporary relief ~1-2 h after each session.",
        "",
        ("b", "Outcome:"),
        "Pain L SIJ 8/10 -> 6/10. ODI 40% -> 32%.",
        "Thigh thrust and compression remain positive on L.",
        "",
        ("b", "Recommendation:"),
        "D/C to physician-supervised HEP; return if not improving.",
        "",
        "Aaron Delp, PT      06/27/2025",
    ], "FROM: SPARTA PT 3365550151  TO: 3365550189   02/24/2026 10:05 AM   P. 1/2",
        seed=201, mode="fine", skew=0.9), "fax"))
    f3.append(("fax", fax_page([
        ("h", "SPARTA PHYSICAL THERAPY & WELLNESS"),
        "",
        ("b", "DISCHARGE SUMMARY - EPISODE 2 (re-referral 08/15/2025)"),
        "Pt: Travis Pruitt   DOB 07/02/1979   Ref: H. Greer MD",
        "Episode: 09/08/2025 to 12/12/2025   Visits: 22 (2x/wk)",
        "",
        ("b", "Treatment provided:"),
        "Progressive lumbopelvic stabilization, Pallof press, loaded",
        "carries, manual therapy L SIJ, aquatic sessions x4 at",
        "county pool, continued home TENS and HEP.",
        "",
        ("b", "Assessment at discharge:"),
        "Strength goals met (hip abd 5/5). Function improved but",
        "L SIJ pain persists: 6-7/10 after work, provoked by",
        "single-leg stance and stairs. Pt fully participated;",
        "no missed visits. Rehab potential for pain relief - poor.",
        "",
        ("b", "Plan:"),
        "D/C from skilled PT. Cont HEP + TENS. Recommend",
        "return to MD for injection / surgical consult.",
        "",
        "Aaron Delp, PT   12/12/2025",
    ], "FROM: SPARTA PT 3365550151  TO: 3365550189   02/24/2026 10:06 AM   P. 2/2",
        seed=202, mode="fine", skew=-0.7), "fax"))
    files.append(("03_Sparta_PT_records.pdf", f3))

    # file 4: imaging
    BV = ["Blue Ridge Valley Hospital - Department of Radiology", "700 Doughton Park Rd, Sparta NC 28675  -  336-555-0120"]
    BVF = "PRUITT, TRAVIS D  DOB 07/02/1979  MRN BV0218844"
    f4 = []
    f4.append(("text", text_doc({"letterhead": BV, "footer": BVF, "items": [
        ("title", "RADIOLOGY REPORT"),
        ("kv", [("Exam:", "XR PELVIS 1V, SI JOINTS 3V, HIP LEFT 2V"), ("Acc#:", "BV-X-2601-0417"),
                ("Exam date:", "01/21/2026"), ("Ordering:", "Hollis Greer MD")], 2),
        ("pb", "History:", "Chronic left buttock pain. SIJ dysfunction. Evaluate SI joints and left hip."),
        ("pb", "Comparison:", "None."),
        ("h", "FINDINGS"),
        ("pb", "Pelvis / SI joints:", "Sacroiliac joints are symmetric with preserved joint space. No erosions, "
                                     "sclerosis or ankylosis. No fracture. Pubic symphysis intact."),
        ("pb", "Left hip:", "Joint space is maintained. No osteophytes. Femoral head is spherical. No fracture "
                           "or dislocation. Soft tissues unremarkable."),
        ("pb", "Right hip (AP pelvis only):", "Minimal superior joint space narrowing."),
        ("h", "IMPRESSION"),
        ("lines", ["1. Normal radiographic appearance of the sacroiliac joints.",
                   "2. No significant degenerative change of the left hip.",
                   "3. Minimal right hip degenerative narrowing."]),
        ("sig", "J. Whitener MD", "Jolie Whitener, MD   signed 01/21/2026 15:20"),
    ]}), None))
    f4.append(("text", text_doc({"letterhead": BV, "footer": BVF, "items": [
        ("title", "RADIOLOGY REPORT"),
        ("kv", [("Exam:", "CT PELVIS WITHOUT IV CONTRAST"), ("Acc#:", "BV-C-2601-0902"),
                ("Exam date:", "01/28/2026"), ("Ordering:", "Nadine Ferebee MD")], 2),
        ("pb", "History:", "Left SI joint pain, pre-operative planning for SI joint fusion."),
        ("pb", "Technique:", "Helical CT pelvis 1.25 mm with coronal and sagittal oblique reformats. DLP 412."),
        ("h", "FINDINGS"),
        ("p", "Sacroiliac joints: Mild vacuum phenomenon and small bridging anterior osteophyte at the left SI "
              "joint. No erosive change and no subchondral sclerosis to suggest sacroiliitis. Right SI joint is "
              "normal."),
        ("p", "Bones: No fracture. No lytic or sclerotic destructive lesion. Sacral ala intact, adequate bone stock "
              "for implant placement."),
        ("p", "Soft tissues: Normal bladder. Sigmoid diverticulosis without diverticulitis. No adenopathy."),
        ("h", "IMPRESSION"),
        ("lines", ["1. Mild degenerative change of the left sacroiliac joint.",
                   "2. No erosive or inflammatory sacroiliitis.",
                   "3. No fracture or destructive lesion of the pelvis or sacrum."]),
        ("sig", "J. Whitener MD", "Jolie Whitener, MD   signed 01/28/2026 13:51"),
    ]}), None))
    f4.append(("fax", fax_page([
        ("h", "NEW RIVER IMAGING CENTER - MRI"),
        "412 Hwy 421 S, Boone NC 28607   Ph 828-555-0166",
        "",
        "PATIENT: PRUITT, TRAVIS      DOB: 07/02/1979",
        "EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST",
        "DATE: 10/30/2025      REF: HOLLIS GREER MD",
        "HISTORY: Low back / L buttock pain. R/o disc herniation.",
        "",
        ("b", "FINDINGS:"),
        "Alignment normal. Vertebral body heights maintained.",
        "Marrow signal normal. Conus ends at L1, normal.",
        "T12-L1 through L2-3: No disc herniation or stenosis.",
        "L3-4: Normal disc. No stenosis.",
        "L4-5: Mild disc bulge and mild facet arthropathy. No",
        "canal or foraminal stenosis. No nerve root impingement.",
        "L5-S1: Small left paracentral annular fissure. No disc",
        "herniation. Traversing and exiting roots are free.",
        "Partially imaged SI joints unremarkable.",
        "",
        ("b", "IMPRESSION:"),
        "1. Mild L4-5 degenerative disc and facet change.",
        "2. No neural compression at any lumbar level.",
        "",
        "Electronically signed: Peter Okafor MD  10/30/2025",
    ], "FROM: NEW RIVER IMAGING 8285550167  TO: 3365550189   02/20/2026 08:31   P. 1/1",
        seed=203, mode="standard", skew=1.2, pt=12), "fax"))
    files.append(("04_imaging_reports.pdf", f4))

    # file 5: SIJ injection notes
    f5 = []
    for (dos, anes, ster, diary, rn, fu, cont, pre) in [
        ("12/03/2025", "1.0 mL of 2% lidocaine", "methylprednisolone 40 mg (1 mL)",
         [["baseline", "7", "0%", "before"], ["30 min", "1", "86%", "walked fine"],
          ["1 hr", "1", "86%", "drove home w/ wife"], ["2 hr", "2", "71%", "sat at table"],
          ["3 hr", "4", "43%", ""], ["4 hr", "6", "14%", "coming back"], ["6 hr", "7", "0%", ""]],
         "Diary review 12/04/2025: 86% relief from 30 min to 1 hr and 71% at 2 hr, consistent with lidocaine. "
         "POSITIVE diagnostic block #1.",
         "Phone f/u 12/22/2025: steroid benefit faded by about 2.5 weeks; pain back to 7/10.",
         "Isovue-M 200, 0.7 mL", "7/10"),
        ("01/14/2026", "1.5 mL of 0.5% bupivacaine", "triamcinolone 40 mg (1 mL)",
         [["baseline", "7", "0%", "before"], ["30 min", "1", "86%", ""], ["1 hr", "1", "86%", ""],
          ["2 hr", "1", "86%", "ate lunch sitting"], ["3 hr", "2", "71%", "did chores"],
          ["4 hr", "2", "71%", ""], ["5 hr", "3", "57%", ""], ["6 hr", "5", "29%", "wearing off"],
          ["8 hr", "7", "0%", ""]],
         "Diary review 01/15/2026: >= 70% relief sustained through 4 hours (bupivacaine). "
         "POSITIVE confirmatory block #2.",
         "4-wk f/u 02/11/2026: no lasting benefit from the steroid; pain back to baseline by week 3.",
         "Isovue-M 200, 0.5 mL", "7/10")]:
        f5.append(("text", text_doc({"letterhead": AB, "footer": FTR, "items": [
            ("title", "PROCEDURE NOTE - LEFT SACROILIAC JOINT INJECTION"),
            ("kv", [("Date of procedure:", dos), ("Proceduralist:", "Gary Yount, DO (PM&R)"),
                    ("Location:", "AAB procedure suite, C-arm"), ("CPT:", "27096-LT")], 2),
            ("pb", "Pre-procedure pain:", pre + " left buttock, with sit-to-stand."),
            ("pb", "Description:", "Informed consent signed. Time out. Prone, prepped with chlorhexidine. Using "
                                   "fluoroscopic guidance the posterior inferior L SI joint line was visualized. 25 g "
                                   "skin wheal w/ 1% lidocaine. 22 g 3.5\" Quincke needle advanced into the joint. "
                                   "Contrast " + cont + " injected confirming intra-articular flow with capsular "
                                   "outline; no vascular or foraminal spread. Injected " + anes + " with " + ster +
                                   ". Pt tolerated well, no complications."),
            ("pb", "Post-procedure diary:", "recorded by patient, reviewed by clinic RN (L. Shumate)"),
            ("table", ["Time after inj.", "Pain 0-10", "% relief", "Comments"], [1.2, 0.9, 0.9, 3], diary, 8.5),
            ("p", rn),
            ("p", fu),
            ("sig", "G. Yount DO", "Gary Yount, DO - electronically signed " + dos),
        ]}), None))
    files.append(("05_SIJ_injection_notes.pdf", f5))

    # file 6: surgeon consult + intake
    f6 = []
    f6.append(("text", text_doc({"letterhead": AB, "footer": FTR, "items": [
        ("title", "SPINE SURGERY CONSULTATION"),
        ("kv", [("DOS:", "02/23/2026"), ("Surgeon:", "Nadine Ferebee, MD"),
                ("PCP:", "Hollis Greer, MD"), ("Accompanied by:", "wife")], 2),
        ("h", "History of present illness"),
        ("p", "46 y.o. M with ~2.5 yrs of left-sided low back pain. Pain is confined to the left buttock just below "
              "the belt line over the SI joint (Fortin finger sign +). It does not go down the leg and he has no "
              "paresthesias. Today he rates it 5-7/10; on a bad day at work it was 9/10 back in the fall. Aggravated "
              "by climbing into the feed truck, stairs, lying on the L side."),
        ("p", "Conservative care: PT 04/2025-06/2025, supervised HEP 07-08/2025, 2nd PT course 09/2025-12/2025, "
              "naproxen since 03/2025, cyclobenzaprine qhs, TENS daily since 05/2025, heat. Two fluoroscopic "
              "contrast-confirmed L SIJ blocks (12/03/25 lidocaine, 01/14/26 bupivacaine) each gave > 70% relief for "
              "the duration of the anesthetic; steroid did not provide lasting relief either time."),
        ("p", "PMH: HLD, L knee meniscal tear (nonop). PSH: none. No hx of cancer, infection, IBD, psoriasis. "
              "Meds: naproxen 500 bid, cyclobenzaprine 10 qhs, atorvastatin 20. NKDA. Smoking: quit 2021."),
        ("h", "Examination"),
        ("p", "BMI 29. Normal gait. No pain behaviors; Waddell signs negative. Lumbar flexion full, extension "
              "mildly painful in L buttock."),
        ("p", "Exquisite TTP over the L sacral sulcus/PSIS. Nontender over the L greater trochanter, lumbar "
              "paraspinals, lumbar midline and coccyx."),
        ("table", ["Provocation test", "Left", "Right"], [3, 1.3, 1.3], [
            ["Thigh thrust", "positive", "negative"],
            ["Compression", "positive", "negative"],
            ["Distraction", "positive", "negative"],
            ["Gaenslen", "positive", "negative"],
            ["FABER (Patrick)", "positive", "negative"],
        ]),
        ("p", "Neuro: 5/5 all groups BLE, reflexes 2+ symmetric, SLR neg bilat, sensation intact. Hip ROM full and "
              "painless, FADIR neg."),
        ("h", "Data reviewed"),
        ("p", "XR pelvis/SI/L hip 01/21/26, CT pelvis 01/28/26, MRI L-spine 10/30/25 (reports attached): no "
              "erosive sacroiliitis, no destructive lesion, no L hip OA, no lumbar neural compression."),
        ("h", "Impression / Plan"),
        ("p", "Left SI joint dysfunction, confirmed by 2 diagnostic blocks, refractory to > 6 months of active and "
              "passive conservative care and to 2 intra-articular steroid injections. No systemic arthropathy, no "
              "trauma, no radicular findings. Recommend L minimally invasive SI joint fusion (CPT 27279). Will "
              "submit for authorization."),
        ("sig", "N. Ferebee MD", "Nadine Ferebee, MD, FAAOS - signed 02/23/2026 18:10"),
    ]}), None))
    f6.append(("text", text_doc({"letterhead": AB, "footer": FTR, "size": 9.5, "items": [
        ("title", "PATIENT INTAKE - PAIN HISTORY (completed by patient, entered by front desk)"),
        ("kv", [("Name:", "Travis Pruitt"), ("Date:", "02/23/2026")], 2),
        ("pb", "Pain diagram (patient shading, entered):", "LEFT buttock / low back just under belt, about the size "
                                                           "of a palm. No shading of thigh, calf or foot. Right side: none."),
        ("pb", "Pain line (0 mm = no pain, 100 mm = worst):", "patient mark at 64 mm (measured by staff)"),
        ("pb", "Does pain shoot down your leg?", "No"),
        ("pb", "Pain type words circled:", "aching, deep, 'catching' when getting up"),
        ("checks", [(True, "Heat"), (False, "Ice"), (True, "TENS"), (True, "Pills (Aleve/naproxen, muscle relaxer)"),
                    (True, "Physical therapy"), (False, "Chiropractor"), (True, "Shots in SI joint x2"),
                    (True, "Knee shot 2024 (left knee)")]),
        ("pb", "Medical conditions (checked):", "high cholesterol. NOT checked: arthritis of spine, rheumatoid, "
                                                "psoriasis, lupus, fibromyalgia, cancer, diabetes."),
        ("pb", "Injuries:", "'broke wrist 2019 fell off ladder'. No car wrecks."),
        ("pb", "Oswestry:", "34% (moderate)."),
        ("pb", "Goals:", "'get back to working full shifts without hurting, hunt this fall'"),
        ("p", "Patient signature on paper form: Travis D Pruitt          Entered by: K. Osborne 02/23/2026"),
    ]}), None))
    files.append(("06_ortho_consult_and_intake.pdf", f6))

    # file 7: pharmacy
    rows = []
    mos = ["03/03/2025", "04/02/2025", "05/01/2025", "06/02/2025", "07/01/2025", "07/31/2025", "09/01/2025",
           "10/01/2025", "10/30/2025", "12/01/2025", "12/30/2025", "01/29/2026", "02/27/2026"]
    for i, dd in enumerate(mos):
        rows.append([dd, "NAPROXEN 500 MG TAB", "60", "30", "GREER, H", "Y" if i else "N"])
        if i % 3 == 1:
            rows.append([dd, "CYCLOBENZAPRINE 10 MG TAB", "30", "30", "GREER, H", "Y"])
    rows.insert(4, ["04/10/2025", "ATORVASTATIN 20 MG TAB", "90", "90", "GREER, H", "Y"])
    f7 = [("text", text_doc({"letterhead": ["LAUREL FORK PHARMACY", "210 S Main St, Sparta NC 28675   336-555-0104"],
                             "footer": "PRUITT, TRAVIS DALE  DOB 07/02/1979  printed 03/12/2026",
                             "items": [
        ("title", "Rx Profile / Dispensing History (03/01/2025 - 03/12/2026)"),
        ("table", ["Date filled", "Drug", "Qty", "DS", "Prescriber", "Refill"], [1.2, 3.1, 0.6, 0.6, 1.2, 0.7],
         rows, 8.5),
        ("p", "Note: TENS electrode pads purchased OTC monthly 06/2025-02/2026 (front store)."),
        ("small", "Printed at prescriber request. D. Shepherd, PharmD."),
    ]}), None)]
    files.append(("07_pharmacy_dispensing_history.pdf", f7))

    labels = {
        "procedure": "percutaneous", "request_date": "2026-03-16", "determination": "meets_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["confined to the left buttock just below the belt line",
                                           "It does not go down the leg"]),
            "perc.pain_severity": ("met", ["Today he rates it 5-7/10", "patient mark at 64 mm"]),
            "perc.sij_tenderness": ("met", ["Exquisite TTP over the L sacral sulcus/PSIS",
                                            "Nontender over the L greater trochanter"]),
            "perc.active_conservative_therapy": ("met", ["Episode: 04/07/2025 to 06/27/2025",
                                                         "Completed 6-wk HEP, brought log",
                                                         "Episode: 09/08/2025 to 12/12/2025"]),
            "perc.inactive_conservative_therapy": ("met", ["NAPROXEN 500 MG TAB",
                                                           "Home TENS unit issued 05/12/2025",
                                                           "2-3 sessions/day, 30 min each"]),
            "perc.thigh_thrust_or_compression": ("met", ["Thigh thrust positive negative", "Compression positive negative"]),
            "perc.two_provocative_tests": ("met", ["Gaenslen positive negative", "FABER (Patrick) positive",
                                                   "Distraction positive negative"]),
            "perc.diagnostic_injections": ("met", ["POSITIVE diagnostic block #1",
                                                   ">= 70% relief sustained through 4 hours",
                                                   "POSITIVE confirmatory block #2"]),
            "perc.generalized_pain_excluded": ("met", ["No pain behaviors; Waddell signs negative"]),
            "perc.sij_imaging": ("met", ["Normal radiographic appearance of the sacroiliac joints",
                                         "No erosive or inflammatory sacroiliitis",
                                         "No fracture or destructive lesion of the pelvis"]),
            "perc.hip_imaging": ("met", ["No significant degenerative change of the left hip"]),
            "perc.lumbar_imaging": ("met", ["No neural compression at any lumbar level",
                                            "No nerve root impingement"]),
            "perc.therapeutic_injections": ("met", ["steroid benefit faded by about 2.5 weeks",
                                                    "no lasting benefit from the steroid"]),
            "perc.excl.systemic_arthropathy": ("met", ["ESR 8, CRP 0.3, HLA-B27 negative", "No erosive or inflammatory sacroiliitis"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No fracture or destructive lesion of the pelvis"]),
            "perc.excl.acute_instability": ("met", ["fell off ladder 2019 - broke L wrist, no back injury"]),
            "perc.excl.neural_compression": ("met", ["No neural compression at any lumbar level"]),
        }}
    pj = {"request_date": "2026-03-16", "procedure_codes": ["27279"], "member_id": "CSN-77120945-02",
          "policy": "MP-MM-1366"}
    return {"id": "b4f-02", "form": "folder", "files": files, "packet_json": pj, "labels": labels}
# ---- packet b4f-03: Wanda S. Tilley, left SIJ, folder without packet.json, gold does_not_meet_criteria
def packet_03():
    files = []
    VR = ["Valley River Orthopedics & Spine", "57 Valley River Ave, Murphy NC 28906  |  P 828-555-0133  |  F 828-555-0138"]
    VRF = "Tilley, Wanda S.  DOB 11/23/1961  Acct VRO-77610"

    fa = []
    fa.append(("text", text_doc({"letterhead": ["CareSource North Carolina - Prior Authorization Request Form",
                                                "Outpatient / Ambulatory Surgery  |  Fax completed form to 1-844-555-0131"],
                                 "footer": "PA-OP form rev 03/2025", "size": 9.5, "items": [
        ("h", "SECTION A - MEMBER"),
        ("kv", [("Member name:", "Wanda Sue Tilley"), ("DOB:", "11/23/1961"),
                ("Member ID:", "CSN-66031874-01"), ("Plan:", "Marketplace Gold 2026")], 2),
        ("h", "SECTION B - REQUESTING / SERVICING PROVIDER"),
        ("kv", [("Requesting:", "Imani Castleberry, MD"), ("NPI:", "1316642890"),
                ("Facility:", "Murphy Medical Ctr - OR"), ("Facility NPI:", "1902877415"),
                ("Contact:", "Dakota Rich, MA"), ("Phone/Fax:", "828-555-0133 / 0138")], 2),
        ("h", "SECTION C - SERVICE REQUESTED"),
        ("kv", [("Date of request:", "04/20/2026"), ("Anticipated DOS:", "05/28/2026"),
                ("CPT/HCPCS:", "27279"), ("Units:", "1"),
                ("Dx (ICD-10):", "M53.3, M25.852"), ("Laterality:", "Left")], 2),
        ("pb", "Description:", "SI joint fusion, left, minimally invasive w/ image guidance (outpt, 23 hr obs)"),
        ("checks", [(True, "Outpatient surgery"), (False, "Inpatient"), (False, "Office procedure")]),
        ("h", "SECTION D - CLINICAL (complete or attach notes)"),
        ("p", "Chronic L SIJ pain ~3 yrs. PT done, meds, heat, 2 SIJ inj done 12/2025 + 2/2026. MRI + xrays "
              "attached. Dr. C recommends fusion. Pls expedite, pt is a caregiver for her husband."),
        ("sig", "Dakota Rich MA", "Completed by: Dakota Rich, MA     Date: 04/20/2026"),
    ]}), None))
    fa.append(("text", text_doc({"letterhead": VR, "footer": VRF, "items": [
        ("title", "OFFICE CONSULTATION - SPINE"),
        ("kv", [("Visit date:", "04/06/2026"), ("Physician:", "Imani Castleberry, MD"),
                ("Referral:", "Samuel Ledford, MD (Hiwassee Valley RHC)"), ("Visit:", "new pt")], 2),
        ("h", "HPI"),
        ("p", "64 yo F, retired textile worker, caring for husband at home. ~3 yrs of L low back pain. Pain sits "
              "over the left SI joint and upper buttock below the L5 level and is nonradiating - no thigh, leg "
              "or foot pain, no paresthesias. Pain today 6/10. She says it was 9/10 in February before she "
              "started using a cane part time. Worse with vacuuming, lifting husband, getting up from low chairs."),
        ("p", "Treatment so far: PT in 2024 and again fall 2025 without lasting benefit; ibuprofen and Tylenol daily "
              "for a year or more; heating pad; 2 L SIJ injections w/ Dr. Quinones (12/15/25, 02/02/26) - notes "
              "attached. She felt the first one helped for a few hours; second one 'not as good'."),
        ("p", "PMH: hypothyroidism, HTN, breast ca (L, 2015) s/p lumpectomy/XRT - in remission, followed by "
              "oncology yearly, last surveillance 11/2025 clear. Osteopenia. Rheumatology 2023 (Dr. Ammar): "
              "evaluated for widespread aches - did not meet criteria for fibromyalgia; RF and anti-CCP negative."),
        ("p", "Meds: levothyroxine 88, amlodipine 5, ibuprofen 800 tid prn, acetaminophen 500 2 tabs bid, "
              "vit D, calcium. Allergies: codeine (nausea)."),
        ("p", "SH: no tobacco, no EtOH. No recent trauma or falls."),
        ("h", "Exam"),
        ("p", "Ambulates with single point cane in R hand, mildly antalgic. Point tender L SI sulcus reproducing "
              "her pain. L greater trochanter and lumbar midline nontender. Coccyx nontender."),
        ("lines", ["SIJ tests (L):  thigh thrust positive  |  FABER positive  |  distraction positive",
                   "               Gaenslen - unable to position (R knee OA)  |  compression not tested",
                   "Neuro: motor 5/5 bilat LE, DTR 1+ sym, SLR negative, sensation intact.",
                   "Waddell 0/5. Hip ROM L: IR 20 deg, mild groin pull at end range."]),
        ("h", "Imaging"),
        ("p", "XR L hip 01/2026: mild OA. MRI L-spine and SIJ 01/09/2026: facet arthropathy L4-5, no compression; "
              "SIJs without inflammatory change."),
        ("h", "A/P"),
        ("p", "L SI joint dysfunction. Failed conservative management and injections. Discussed MIS L SI joint fusion "
              "vs continued nonop care; she wishes to proceed. Submit PA for 27279. Continue meds."),
        ("sig", "I. Castleberry MD", "Imani Castleberry, MD  - Orthopaedic Surgery - signed 04/06/2026"),
    ]}), None))
    fa.append(("fax", fax_page([
        ("h", "VALLEY RIVER ORTHO - PATIENT HEALTH QUESTIONNAIRE"),
        "Name: Wanda Tilley        DOB 11/23/1961        Date: 04/06/2026",
        "",
        ("b", "PAIN DRAWING (staff transcription of patient marks)"),
        "  Back view: X'd area over LEFT low back / top of left buttock",
        "  Front view: none.   Legs: none.   Right side: none.",
        ("b", "Does the pain go down into your leg or foot?  [ ] Yes  [X] No"),
        ("b", "Pain score today (circle 0-10):  6"),
        ("b", "Pain at its worst in past month: 8"),
        "",
        ("b", "PAST TREATMENT (check)"),
        "  [X] Physical therapy - when? 2024 + last fall, 'quit going,",
        "      too far to drive'",
        "  [X] Home exercises - 'sometimes'",
        "  [ ] Chiropractor   [ ] Acupuncture   [X] Heat   [X] Cane",
        "  [X] Ibuprofen / Tylenol   [ ] Opioids   [ ] TENS",
        "  [X] Injections  (2 in SI joint)",
        "",
        ("b", "HEALTH HISTORY"),
        "  [X] Cancer - breast 2015, 'all clear'",
        "  [ ] Rheumatoid arthritis   [ ] Ankylosing spondylitis",
        "  [ ] Fibromyalgia   [X] Thyroid   [X] High blood pressure",
        "  [ ] Recent fall or accident",
        "",
        "PHQ-2: 1     STarT Back: medium risk",
        "",
        "Signature: Wanda S Tilley      Staff: DR",
    ], "FROM: VALLEY RIVER ORTHO 8285550138  TO: 18445550131   04/20/2026 2:18PM   P. 3/10",
        seed=301, mode="fine", skew=1.0), "fax"))
    files.append(("A_request_and_surgeon_consult.pdf", fa))

    # file B: outside records: PCP, PT (fax), injections
    fb = []
    HV = ["Hiwassee Valley Rural Health Clinic", "3011 Hwy 64 W, Hayesville NC 28904  *  828-555-0114  *  Fax 828-555-0119"]
    fb.append(("text", text_doc({"letterhead": HV, "font": "Courier", "size": 9,
                                 "footer": "TILLEY, WANDA SUE   DOB 11/23/1961   Chart# 20917", "items": [
        ("lines", ["ENCOUNTER 03/10/2026  Samuel Ledford, MD",
                   "Reason: LBP f/u, needs ortho referral"]),
        ("p", "S: 64F w/ chronic L SI joint pain. Had 2 SI shots at Mtn Interventional. First one good for the "
              "afternoon, 2nd one only 'took the edge off'. Both times pain same as ever w/in a few wks. Pain "
              "8/10 today, L low back/buttock, no radiation. Did PT at Andrews PT Oct-Nov, stopped going - "
              "says 45 min each way and gas money, caring for husband (CHF). Not doing exercises at home "
              "consistently. Ibuprofen 800 tid most days + tylenol, heating pad."),
        ("p", "O: BP 138/84. TTP L SIJ. FABER + L. Neuro intact, SLR neg."),
        ("lines", ["A/P:",
                   "1. L SIJ pain, chronic - refer Valley River Ortho (Dr. Castleberry) for surgical eval.",
                   "   Encouraged to restart HEP. Offered PT closer to home (Hayesville) - pt declined.",
                   "2. HTN - cont amlodipine.",
                   "3. Hx breast ca 2015 - NED per onc 11/2025.",
                   "RTC 3 mo."]),
        ("sig", "S. Ledford MD", "Electronically signed Samuel Ledford, MD  03/10/2026 5:47 PM"),
    ]}), None))
    fb.append(("fax", fax_page([
        ("h", "ANDREWS PHYSICAL THERAPY"),
        "1250 Main St, Andrews NC 28901   828-555-0177",
        "",
        ("b", "DISCHARGE NOTE"),
        "Pt: Wanda Tilley   DOB 11/23/1961   MD: S. Ledford",
        "Dx: L SIJ dysfunction (M53.3)",
        "Episode dates 10/06/2025 - 12/01/2025",
        "Visits attended: 9 of 16 authorized",
        "",
        "Tx: core/glute strengthening, SIJ manual therapy,",
        "HEP instruction (handout).",
        "",
        "Reason for d/c: Pt cancelled remaining visits,",
        "cited the drive and cost of gas. No increase in",
        "pain or intolerance with tx noted.",
        "Goals: not met. Pain 7/10 at last visit.",
        "",
        "Prior episode this clinic 02/2024-05/2024 (same dx).",
        "",
        "Brett Mashburn, PT    12/05/2025",
    ], "FROM: ANDREWS PT 8285550178  TO: 8285550119   03/09/2026 11:40   P. 1/1",
        seed=302, mode="standard", skew=-0.9, pt=12), "fax"))
    MI = ["Mountain Interventional Pain, PA", "118 Andrews Rd, Murphy NC 28906  -  828-555-0145"]
    MIF = "Tilley, Wanda  DOB 11/23/1961  MIP-30422"
    fb.append(("text", text_doc({"letterhead": MI, "footer": MIF, "items": [
        ("title", "Procedure Report: Left Sacroiliac Joint Injection #1"),
        ("kv", [("DOS:", "12/15/2025"), ("MD:", "Hector Quinones, MD"), ("Guidance:", "fluoroscopy"),
                ("CPT:", "27096 LT")], 2),
        ("p", "Indication: left SIJ mediated pain, diagnostic/therapeutic. Pre-procedure NRS 7/10."),
        ("p", "Technique: prone, sterile prep. Fluoroscopic visualization of the caudal L SIJ. 22 g spinal needle "
              "placed into the joint. 0.5 mL Omnipaque 180 contrast confirmed intra-articular spread. Injected 1 mL "
              "2% lidocaine and triamcinolone 40 mg. No complications."),
        ("table", ["Post-inj time", "NRS", "Relief", "Notes (pt log)"], [1.3, 0.8, 0.9, 3], [
            ["pre", "7", "-", ""], ["15 min", "2", "71%", ""], ["30 min", "1", "86%", "walked in hall"],
            ["1 hr", "1", "86%", ""], ["2 hr", "3", "57%", ""], ["4 hr", "6", "14%", ""],
        ], 8.5),
        ("p", "Assessment: 80-86% relief lasting > 1 h after lidocaine - positive block."),
        ("p", "Follow up 01/12/2026: pain returned to 7/10 by about 4 weeks; steroid did not give lasting relief."),
        ("sig", "H. Quinones MD", "Hector Quinones, MD - signed 12/15/2025, addendum 01/12/2026"),
        ("newpage",),
        ("title", "Procedure Report: Left Sacroiliac Joint Injection #2"),
        ("kv", [("DOS:", "02/02/2026"), ("MD:", "Hector Quinones, MD"), ("Guidance:", "fluoroscopy"),
                ("CPT:", "27096 LT")], 2),
        ("p", "Indication: confirmatory block. Pre-procedure NRS 7/10."),
        ("p", "Technique: as prior. Contrast (Omnipaque 180, 0.5 mL) showed intra-articular spread with capsular "
              "outline. Injected 1.5 mL 0.25% bupivacaine with dexamethasone 10 mg. Tolerated well."),
        ("table", ["Post-inj time", "NRS", "Relief", "Notes (pt log)"], [1.3, 0.8, 0.9, 3], [
            ["pre", "7", "-", ""], ["30 min", "5", "29%", ""], ["1 hr", "4", "43%", "better some"],
            ["2 hr", "4", "43%", ""], ["3 hr", "5", "29%", ""], ["4 hr", "6", "14%", "same as always"],
            ["6 hr", "7", "0%", ""],
        ], 8.5),
        ("p", "Assessment: peak relief approximately 40% at 1-2 h with bupivacaine - below the 50% threshold; "
              "NEGATIVE / equivocal confirmatory block."),
        ("p", "Follow up 02/16/2026: no improvement from the steroid at 2 weeks, NRS 7/10. Discussed options; "
              "pt asks about surgery - PCP to refer."),
        ("sig", "H. Quinones MD", "Hector Quinones, MD - signed 02/02/2026, addendum 02/16/2026"),
    ]}), None))
    files.append(("B_outside_records_PCP_PT_injections.pdf", fb))

    # file C: imaging + pharmacy
    fc = []
    TC = ["Tri-County Open MRI & X-Ray", "455 Joe Brown Hwy, Murphy NC 28906  *  Tel 828-555-0121  *  ACR accredited"]
    TCF = "TILLEY, WANDA S  11/23/1961  MRN TC-118305"
    fc.append(("text", text_doc({"letterhead": TC, "footer": TCF, "items": [
        ("title", "MRI REPORT"),
        ("kv", [("Exams:", "MRI LUMBAR SPINE W/O; MRI SACROILIAC JOINTS W/O"), ("", ""),
                ("Date:", "01/09/2026"), ("Referring:", "Samuel Ledford MD")], 2),
        ("pb", "Clinical:", "Chronic left low back/buttock pain. Hx breast cancer 2015. Evaluate."),
        ("h", "MRI LUMBAR SPINE"),
        ("p", "Alignment: Trace degenerative anterolisthesis L4 on L5 (2 mm). Marrow: No marrow replacing lesion; "
              "no compression fracture. Conus normal at L1."),
        ("lines", ["L1-2, L2-3: unremarkable.",
                   "L3-4: Mild disc bulge. No stenosis.",
                   "L4-5: Moderate facet arthropathy with small effusions, mild central canal narrowing.",
                   "       Foramina patent. No nerve root compression.",
                   "L5-S1: Mild bilateral foraminal narrowing without impingement of the exiting L5 roots."]),
        ("h", "MRI SACROILIAC JOINTS"),
        ("p", "STIR and T1 oblique coronal images. Mild subchondral sclerosis and small osteophytes at the left SI "
              "joint. No periarticular bone marrow edema. No erosions, fat metaphysis or ankylosis. No fracture. "
              "No abnormal marrow signal to suggest metastatic disease or infection."),
        ("h", "IMPRESSION"),
        ("lines", ["1. Lumbar spondylosis, most pronounced facet arthropathy at L4-5. No nerve root",
                   "   compression or severe stenosis at any level.",
                   "2. Mild degenerative change of the left SI joint. No MRI evidence of sacroiliitis.",
                   "3. No osseous metastatic disease, fracture or infection in the lumbar spine or pelvis."]),
        ("sig", "K. Albright MD", "Kendra Albright, MD   Radiologist   01/09/2026 18:22"),
    ]}), None))
    fc.append(("text", text_doc({"letterhead": TC, "footer": TCF, "items": [
        ("title", "RADIOGRAPH REPORT"),
        ("kv", [("Exams:", "XR SI JOINTS 3V; XR HIP LEFT 2V W/ AP PELVIS"), ("", ""),
                ("Date:", "01/09/2026"), ("Referring:", "Samuel Ledford MD")], 2),
        ("pb", "SI joints:", "Mild sclerosis along the inferior left SI joint. No erosion or widening. "
                            "Right SI joint normal."),
        ("pb", "Left hip:", "Mild joint space narrowing superolaterally with a tiny marginal osteophyte. No "
                           "fracture. Femoral head normal in contour."),
        ("h", "IMPRESSION"),
        ("lines", ["1. Mild degenerative sclerosis left SI joint; no erosive arthropathy.",
                   "2. Mild left hip osteoarthritis."]),
        ("sig", "K. Albright MD", "Kendra Albright, MD   01/09/2026 11:05"),
    ]}), None))
    prow = []
    for dd in ["04/28/2025", "05/27/2025", "06/26/2025", "07/28/2025", "08/27/2025", "09/26/2025", "10/27/2025",
               "11/25/2025", "12/26/2025", "01/26/2026", "02/24/2026", "03/26/2026"]:
        prow.append([dd, "IBUPROFEN 800 MG TAB", "90", "30", "LEDFORD S"])
    prow.insert(2, ["06/02/2025", "LEVOTHYROXINE 88 MCG TAB", "90", "90", "LEDFORD S"])
    prow.insert(7, ["09/30/2025", "AMLODIPINE 5 MG TAB", "90", "90", "LEDFORD S"])
    fc.append(("fax", fax_page([
        ("h", "PEACHTREE PHARMACY  - PATIENT MED HISTORY"),
        "Patient: TILLEY, WANDA SUE    DOB 11/23/1961",
        "Range: 04/01/2025 - 04/15/2026     Printed 04/15/2026",
        "",
        "FILL DATE   DRUG                        QTY  DAYS  PRESCRIBER",
    ] + ["%-11s %-27s %-4s %-5s %s" % tuple(r) for r in prow] + [
        "",
        "OTC (loyalty acct): acetaminophen 500 mg 100 ct x 6",
        "purchases 05/2025 - 03/2026; heating pad 09/2025.",
        "",
        "RPh: L. Hooper",
    ], "FROM: PEACHTREE PHCY 8285550156  TO: 8285550138   04/15/2026 16:02   P. 1/1",
        seed=303, mode="fine", skew=0.5, pt=10, mono=True), "fax"))
    files.append(("C_imaging_and_pharmacy.pdf", fc))

    labels = {
        "procedure": "percutaneous", "request_date": "2026-04-20", "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": ("met", ["over the left SI joint and upper buttock below the L5 level",
                                           "is nonradiating - no thigh, leg or foot pain"]),
            "perc.pain_severity": ("met", ["Pain today 6/10"]),
            "perc.sij_tenderness": ("met", ["Point tender L SI sulcus reproducing her pain",
                                            "L greater trochanter and lumbar midline nontender"]),
            "perc.active_conservative_therapy": ("not_met", ["Episode dates 10/06/2025 - 12/01/2025",
                                                             "Pt cancelled remaining visits,",
                                                             "cited the drive and cost of gas"]),
            "perc.inactive_conservative_therapy": ("met", ["IBUPROFEN 800 MG TAB",
                                                           "Ibuprofen 800 tid most days + tylenol, heating pad"]),
            "perc.thigh_thrust_or_compression": ("met", ["SIJ tests (L):  thigh thrust positive"]),
            "perc.two_provocative_tests": ("met", ["FABER positive  |  distraction positive"]),
            "perc.diagnostic_injections": ("not_met", ["peak relief approximately 40% at 1-2 h",
                                                       "NEGATIVE / equivocal confirmatory block"]),
            "perc.generalized_pain_excluded": ("met", ["did not meet criteria for fibromyalgia"]),
            "perc.sij_imaging": ("met", ["No MRI evidence of sacroiliitis",
                                         "no erosive arthropathy",
                                         "No osseous metastatic disease, fracture or infection"]),
            "perc.hip_imaging": ("met", ["Mild left hip osteoarthritis"]),
            "perc.lumbar_imaging": ("met", ["No nerve root compression or severe stenosis",
                                            "without impingement of the exiting L5 roots"]),
            "perc.therapeutic_injections": ("met", ["pain returned to 7/10 by about 4 weeks",
                                                    "no improvement from the steroid at 2 weeks"]),
            "perc.excl.systemic_arthropathy": ("met", ["RF and anti-CCP negative"]),
            "perc.excl.infection_tumor_fracture": ("met", ["No osseous metastatic disease, fracture or infection"]),
            "perc.excl.acute_instability": ("met", ["No recent trauma or falls"]),
            "perc.excl.neural_compression": ("met", ["No nerve root compression or severe stenosis"]),
        }}
    return {"id": "b4f-03", "form": "folder", "files": files, "packet_json": None, "labels": labels}
# ---- build + self-check
import datetime, hashlib, shutil, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
            "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
            "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
            "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
            "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def build(pk):
    out_meta = []  # per packet page: (file, page_no_in_file, kind, text, res)
    written = []
    if pk["form"] == "pdf":
        target_dir = HERE
    else:
        target_dir = os.path.join(HERE, pk["id"])
        if os.path.isdir(target_dir):
            shutil.rmtree(target_dir)
        os.makedirs(target_dir)
    for fname, parts in pk["files"]:
        merged = []
        for kind, payload, _ in parts:
            if kind == "fax":
                merged.append((payload[0], "fax", payload[1]))
            else:
                merged.append((payload, "text", None))
        pdf, meta = merge(merged)
        path = os.path.join(target_dir, fname)
        with open(path, "wb") as f:
            f.write(pdf)
        written.append(path)
        with pdfplumber.open(path) as doc:
            for i, (pg, m) in enumerate(zip(doc.pages, meta)):
                txt = pg.extract_text() or ""
                res = None
                if m["kind"] == "fax":
                    assert txt.strip() == "" and not pg.chars, "fax page has a text layer: %s p%d" % (fname, i + 1)
                    assert len(pg.images) == 1
                    im = pg.images[0]
                    st = im["stream"]
                    assert st.get("Filter").name == "CCITTFaxDecode" if hasattr(st.get("Filter"), "name") else True
                    assert im["bits"] == 1
                    xdpi = round(im["srcsize"][0] / (im["width"] / 72))
                    ydpi = round(im["srcsize"][1] / (im["height"] / 72))
                    res = "%dx%d" % (xdpi, ydpi)
                    txt = m["fax_text"]
                else:
                    assert txt.strip(), "text page without text: %s p%d" % (fname, i + 1)
                out_meta.append((fname, i + 1, m["kind"], txt, res))
    if pk["form"] == "pdf":
        lab_path = os.path.join(HERE, pk["id"] + ".labels.json")
    else:
        lab_path = os.path.join(target_dir, "labels.json")
        if pk["packet_json"] is not None:
            with open(os.path.join(target_dir, "packet.json"), "w") as f:
                json.dump(pk["packet_json"], f, indent=2)
    L = pk["labels"]
    lab = {"procedure": L["procedure"], "request_date": L["request_date"], "determination": L["determination"],
           "criteria": {k: {"status": v[0], "evidence": v[1]} for k, v in L["criteria"].items()}}
    with open(lab_path, "w") as f:
        json.dump(lab, f, indent=2)
    return out_meta, lab


def check(pk, pages, lab):
    errs = []
    ids = list(lab["criteria"].keys())
    if sorted(ids) != sorted(CRITERIA) or len(ids) != len(CRITERIA):
        errs.append("criteria set mismatch")
    st = [v["status"] for v in lab["criteria"].values()]
    if determination(st) != lab["determination"]:
        errs.append("determination does not follow statuses")
    n = len(pages)
    if not (4 <= n <= 20):
        errs.append("page count %d" % n)
    alltext = norm(" ".join(t for (_, _, _, t, _) in pages))
    if "27279" not in alltext:
        errs.append("CPT 27279 not found in packet text")
    rd = lab["request_date"]
    if "%s/%s/%s" % (rd[5:7], rd[8:10], rd[:4]) not in alltext:
        errs.append("request date not printed in packet")
    if lab["procedure"] != "percutaneous":
        errs.append("procedure must be percutaneous")
    hits = 0
    for cid, v in lab["criteria"].items():
        if v["status"] not in ("met", "not_met", "insufficient"):
            errs.append(cid + " bad status")
        if v["status"] == "insufficient":
            if v["evidence"]:
                errs.append(cid + " insufficient with evidence")
            continue
        if not (1 <= len(v["evidence"]) <= 3):
            errs.append(cid + " needs 1-3 snippets")
        for sn in v["evidence"]:
            wc = len(sn.split())
            if not (3 <= wc <= 12):
                errs.append("%s snippet word count %d: %r" % (cid, wc, sn))
            where = [p for p, (_, _, _, t, _) in enumerate(pages, 1) if norm(sn) in norm(t)]
            if not where:
                errs.append("%s snippet not found: %r" % (cid, sn))
            else:
                hits += 1
    return errs, hits


def main():
    packets = [packet_01(), packet_02(), packet_03()]
    ok = True
    summary = []
    for pk in packets:
        pages, lab = build(pk)
        errs, hits = check(pk, pages, lab)
        fax = [(i, r) for i, (_, _, k, _, r) in enumerate(pages, 1) if k == "fax"]
        print("%s: form=%s files=%d pages=%d fax_pages=%s determination=%s snippets_found=%d errors=%d" % (
            pk["id"], pk["form"], len(pk["files"]), len(pages),
            ",".join("p%d@%s" % f for f in fax), lab["determination"], hits, len(errs)))
        for fn in pk["files"]:
            cnt = sum(1 for p in pages if p[0] == fn[0])
            print("    %-45s %2d pages" % (fn[0], cnt))
        for e in errs:
            print("   ERROR", e)
        ok = ok and not errs
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
