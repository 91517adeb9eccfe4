#!/usr/bin/env python3
"""Deterministic generator for blind set v10 / b10s (three SIJ-fusion PA packets).

Usage:  python make_packets.py          -> writes packets/ from scratch
        python make_packets.py --check  -> also runs the self-check and writes selfcheck.txt
"""
import io, json, os, random, re, shutil, sys, textwrap

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
import img2pdf
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "packets")
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"sans": FD + "DejaVuSans.ttf", "bold": FD + "DejaVuSans-Bold.ttf",
         "mono": FD + "DejaVuSansMono.ttf", "serif": FD + "DejaVuSerif.ttf"}
PAGE_W, PAGE_H = 612.0, 792.0  # letter, points
MARGIN = 54.0
SIZES = {"title": 13, "h": 10.5, "p": 10, "m": 9.5, "small": 8}
FONT_OF = {"title": "bold", "h": "bold", "p": "sans", "m": "mono", "small": "sans"}

# ----------------------------------------------------------------- layout ---
def wrap_text(text, width_fn, maxw):
    out = []
    for para in text.split("\n"):
        if para.strip() == "":
            out.append("")
            continue
        lead = len(para) - len(para.lstrip(" "))
        words = para.strip(" ").split(" ")
        cur = " " * lead
        for w in words:
            trial = (cur + " " + w) if cur.strip() else (cur + w)
            if width_fn(trial) <= maxw or not cur.strip():
                cur = trial
            else:
                out.append(cur)
                cur = " " * (lead + 2) + w
        out.append(cur)
    return out


def layout(page, width_fn):
    """page = dict(header=str, footer=str, items=[(kind, text)]). Returns list of (kind, line, y_pt)."""
    lines = []
    y = 40.0
    if page.get("header"):
        lines.append(("small", page["header"], y)); y += 20
    for kind, text in page["items"]:
        if kind == "sp":
            y += 6; continue
        if kind == "rule":
            lines.append(("rule", "", y + 2)); y += 8; continue
        size = SIZES[kind]
        lh = size * 1.32
        for ln in wrap_text(text, lambda s: width_fn(kind, s), PAGE_W - 2 * MARGIN):
            lines.append((kind, ln, y)); y += lh
        y += 2 if kind in ("p", "m") else 3
    if y > PAGE_H - 50:
        raise SystemExit("page overflow (%.0f pt): %s" % (y, page["items"][0][1][:60]))
    if page.get("footer"):
        lines.append(("small", page["footer"], PAGE_H - 34))
    return lines


class Doc(FPDF):
    pass


def new_pdf():
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_compression(True)
    pdf.add_font("sans", "", FONTS["sans"]); pdf.add_font("bold", "", FONTS["bold"])
    pdf.add_font("mono", "", FONTS["mono"])
    pdf.set_creator("b10s generator"); pdf.set_producer("b10s generator")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 12, 1, tzinfo=__import__("datetime").timezone.utc))
    return pdf


def text_page_pdf(page):
    pdf = new_pdf()
    pdf.add_page()
    def wf(kind, s):
        pdf.set_font(FONT_OF[kind], size=SIZES[kind]); return pdf.get_string_width(s)
    for kind, ln, y in layout(page, wf):
        if kind == "rule":
            pdf.line(MARGIN, y, PAGE_W - MARGIN, y); continue
        pdf.set_font(FONT_OF[kind], size=SIZES[kind])
        pdf.text(MARGIN, y + SIZES[kind] * 0.8, ln)
    return bytes(pdf.output())


def page_text(page):
    """Plain text that is on a page (used for faxed pages in the self-check)."""
    t = []
    if page.get("fax_banner"): t.append(page["fax_banner"])
    if page.get("header"): t.append(page["header"])
    for kind, text in page["items"]:
        if kind not in ("sp", "rule"): t.append(text)
    if page.get("footer"): t.append(page["footer"])
    return "\n".join(t)


def fax_page_pdf(page, seed, mode):
    """Image-only, 1-bit, CCITT G4 page. mode 'fine' = 204x196 dpi, 'std' = 204x98 dpi."""
    rng = random.Random(seed)
    XD, YD = 204, 196
    W, H = int(8.5 * XD), int(11 * YD)
    sx, sy = XD / 72.0, YD / 72.0
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fcache = {}
    def font(kind):
        if kind not in fcache:
            fcache[kind] = ImageFont.truetype(FONTS[FONT_OF[kind]], int(round(SIZES[kind] * sy)))
        return fcache[kind]
    def wf(kind, s):
        return font(kind).getlength(s) / sx
    for kind, ln, y in layout(page, wf):
        if kind == "rule":
            d.line([(MARGIN * sx, y * sy), ((PAGE_W - MARGIN) * sx, y * sy)], fill=0, width=2); continue
        d.text((MARGIN * sx, y * sy), ln, font=font(kind), fill=0)
    ang = rng.uniform(0.3, 1.5) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255, translate=(rng.randint(-12, 12), rng.randint(4, 20)))
    d = ImageDraw.Draw(img)
    # specks
    for _ in range(rng.randint(120, 260)):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.choice([1, 1, 1, 2, 2, 3])
        d.ellipse([x, y, x + r, y + r], fill=0)
    # dropout lines (white streaks) and one faint dark streak
    for _ in range(rng.randint(1, 2)):
        yy = rng.randrange(int(H * 0.2), int(H * 0.9))
        d.rectangle([0, yy, W, yy + rng.choice([1, 2])], fill=255)
    if rng.random() < 0.6:
        xx = rng.randrange(int(W * 0.1), int(W * 0.9))
        d.line([(xx, 0), (xx, H)], fill=90, width=1)
    # transmission banner (added by the sending machine, not rotated)
    d.rectangle([0, 0, W, int(0.30 * YD)], fill=255)
    bf = ImageFont.truetype(FONTS["mono"], int(round(8.5 * sy)))
    d.text((int(0.25 * XD), int(0.08 * YD)), page["fax_banner"], font=bf, fill=0)
    bw = img.point(lambda v: 0 if v < 150 else 255, mode="1")
    if mode == "std":
        bw = bw.convert("L").resize((W, H // 2), Image.BILINEAR).point(lambda v: 0 if v < 160 else 255, mode="1")
        dpi = (204, 98)
    else:
        dpi = (204, 196)
    buf = io.BytesIO()
    bw.save(buf, format="TIFF", compression="group4", dpi=dpi)
    return img2pdf.convert(buf.getvalue())


def build_pdf(pages, seed):
    w = PdfWriter()
    for i, pg in enumerate(pages):
        if pg.get("fax"):
            data = fax_page_pdf(pg, seed * 100 + i, pg["fax"])
        else:
            data = text_page_pdf(pg)
        for p in PdfReader(io.BytesIO(data)).pages:
            w.add_page(p)
    w.add_metadata({"/Producer": "b10s generator"})
    buf = io.BytesIO(); w.write(buf)
    return buf.getvalue()


def finalize(docs, ident):
    """docs: list of (filename, [pages]). Adds header/footer page numbering per document."""
    for fname, pages in docs:
        n = len(pages)
        for i, pg in enumerate(pages):
            pg.setdefault("header", ident)
            pg.setdefault("footer", "%s  -  Page %d of %d" % (pg.pop("doc_footer", fname_label(fname)), i + 1, n))
    return docs


def fname_label(f):
    return os.path.splitext(f)[0]


# ================================================================ content ===
CLINIC = "HAW BRANCH FAMILY MEDICINE & SPINE  -  114 Depot St, Marlow Gap NC 28754  -  Ph 828-555-0190  Fax 828-555-0199"
TRANSCRIBED = ("[Transcribed verbatim from the handwritten chart note by D. Hollifield, Medical Records Clerk, "
               "{d}. Clinician shorthand and marks kept as written.]")


def P(*items, **kw):
    d = dict(items=list(items)); d.update(kw); return d

# ---------------------------------------------------------------- b10s-01 ---
def packet_01():
    ident = "Pt: BUCKNER, Loretta J.    DOB: 03/17/1968    Member ID: CSN-40718-2263"
    cover = [P(("title", "FAX COVER SHEET"), ("m", CLINIC), ("rule", ""),
               ("m", "DATE:     10/14/2026\nTO:       CareSource North Carolina - Utilization Management\n"
                     "FAX:      1-855-555-0110\nFROM:     Dena Hollifield, Medical Records / Referrals\n"
                     "RE:      Prior authorization request - (R) sacroiliac joint fusion\n"
                     "PATIENT:  Loretta J. Buckner   DOB 03/17/1968   ID CSN-40718-2263\n"
                     "PAGES:    14 (including this cover)"),
               ("sp", ""),
               ("p", "Enclosed: PA request form, Dr. Quillen spine note 09/22/2026, PCP notes (Dr. Saylor), "
                     "Ridgeline PT flowsheet and discharge summary, Blue Ridge Regional pain clinic procedure notes "
                     "x2, imaging reports, medication list, letter of medical necessity, peer-to-peer transcript."),
               ("p", "Lumbar MRI (2023, outside facility) has been requested twice and will be sent when received."),
               ("sp", ""),
               ("small", "CONFIDENTIALITY: This facsimile contains protected health information. If you received it in "
                         "error, notify the sender at 828-555-0190 and destroy all copies."))]
    form = [P(("title", "CareSource North Carolina - Prior Authorization Request (Outpatient / Surgical)"),
              ("m", "Request date: 10/14/2026          Request type: [x] Standard   [ ] Expedited"),
              ("rule", ""),
              ("h", "Member"),
              ("m", "Name: Loretta J. Buckner          DOB: 03/17/1968       Member ID: CSN-40718-2263\n"
                    "Plan: CareSource NC Marketplace   Phone: 828-555-7731"),
              ("h", "Requesting / servicing provider"),
              ("m", "Everett L. Quillen, DO (Orthopaedic Spine)   NPI 1467309921\n"
                    "Haw Branch Family Medicine & Spine, Marlow Gap NC    Fax 828-555-0199\n"
                    "Facility: Blue Ridge Regional Hospital (outpatient surgery)   NPI 1093847712"),
              ("h", "Service requested"),
              ("m", "CPT/HCPCS   Description                                            Units\n"
                    "27279       Arthrodesis, sacroiliac joint, percutaneous or          1\n"
                    "            minimally invasive, w/ image guidance, incl. graft\n\n"
                    "Laterality: [x] Right   [ ] Left   [ ] Bilateral\n"
                    "Approach:   [x] Percutaneous / minimally invasive   [ ] Open\n"
                    "ICD-10:     M53.3  Sacrococcygeal disorders, NEC (R SI joint dysfunction)\n"
                    "            M54.50 Low back pain, unspecified\n"
                    "Planned date of service: 11/2026 (pending authorization)"),
              ("h", "Clinical summary (brief)"),
              ("p", "Chronic right SI joint pain > 2 years. Failed PT, home exercise, NSAID, and SI joint "
                    "injections. See enclosed records."),
              ("m", "Signature: E. Quillen, DO (e-signed)          Date: 10/14/2026"))]

    q1 = P(("h", "HAW BRANCH FAMILY MEDICINE & SPINE - Spine clinic (E. Quillen, DO)"),
           ("small", TRANSCRIBED.format(d="10/09/2026")),
           ("rule", ""),
           ("m", "DOS 09/22/2026     f/u (R) SIJ pain     Loretta Buckner  58 yo F"),
           ("m", "S: c/o (R) low back / buttock pain ~2 yrs, worse sitting > 30 min, rolling in bed,\n"
                 "   getting out of truck. Pain (R) buttock over PSIS, below L5, Ø radiation into leg.\n"
                 "   Denies numbness/tingling, Ø bowel/bladder sx. Points w/ 1 finger to (R) PSIS.\n"
                 "   Pain today 7/10 (worst 9/10 after long drive Sat)\n"
                 "   Hx (L) sciatica 2019 - resolved w/ PT, Ø leg sx since.\n"
                 "   Hx (L) ankle fx 2011 ORIF - healed.\n"
                 "   FHx: mother - RA.  [margin: pt herself Ø joint swelling / AM stiffness < 15 min]"),
           ("m", "O: gait nl, heel/toe walk ok. SLR neg b/l. Str 5/5 LE b/l. DTR 2+ sym. Sens intact.\n"
                 "   TTP (R) post SIJ ++ (reproduces her pain)\n"
                 "   (L) SIJ nontender.  GT b/l nontender.  L-spine midline + paraspinals Ø TTP.\n"
                 "   Coccyx nontender.   Hip ROM full, painless b/l.\n"
                 "   Waddell 0/5."),
           ("m", "   Provocative tests:\n"
                 "     Test              (R)            (L)\n"
                 "     Thigh thrust      +ve            -ve\n"
                 "     Compression       +ve            -ve\n"
                 "     Distraction       +ve            -ve\n"
                 "     FABER/Patrick     +ve (post.)    -ve\n"
                 "     Gaenslen          [illegible]    -ve\n"
                 "   [margin: FABER pain is post. SIJ not groin]"),
           ("m", "Labs 8/2026: r/o inflamm sacroiliitis -> HLA-B27 neg, ESR 9, CRP < 0.5"))
    q2 = P(("m", "DOS 09/22/2026 (cont.)  L. Buckner"),
           ("m", "Imaging:  XR pelvis + SIJ views 8/11/26 - see rpt\n"
                 "          XR (R) hip 8/11/26 - mild OA only\n"
                 "          CT pelvis 8/18/26 - see rpt, Ø erosions\n"
                 "          MRI L-spine 2023 @ Asheville [illegible] Imaging - report requested,\n"
                 "          not rec'd yet  [margin: called 9/24 + 10/6 - still pending - DH]"),
           ("m", "Inj:  #1 7/14/26 (R) SIJ, fluoro + contrast, lido + Kenalog -> 90% relief x ~4 hrs,\n"
                 "         pain crept back, baseline again ~3 wks\n"
                 "     #2 8/25/26 (R) SIJ, fluoro + contrast, bupiv only (diagnostic) -> 80% x 6 hrs"),
           ("m", "Tx to date: PT 11/25-2/26 + HEP + PT again 5/26-7/26. Meloxicam daily since 11/25,\n"
                 "   heat / ice. [crossed out: TENS] - tried TENS at PT x1, didn't like it."),
           ("m", "A: (R) SIJ dysfunction - 2 (+) blocks, failed conservative tx\n"
                 "   [crossed out: r/o L5 radic] - no radicular findings"),
           ("m", "P: 1. Req perc (R) SIJ fusion (27279)  [crossed out: open]\n"
                 "   2. Keep chasing 2023 MRI L-spine rpt before surg\n"
                 "   3. Cont meloxicam, HEP\n"
                 "   4. f/u after auth                            E. Quillen DO"))
    pcp1 = P(("h", "HAW BRANCH FAMILY MEDICINE - R. A. Saylor, MD"),
             ("small", TRANSCRIBED.format(d="10/08/2026")),
             ("rule", ""),
             ("m", "11/03/2025   OV   L. Buckner\n"
                   "c/o (R) buttock / low back pain ^ since spring, 6/10, Ø radiation. Worse sitting.\n"
                   "Tried OTC ibuprofen prn w/ some help. Ø fever, Ø wt loss.\n"
                   "Exam: TTP (R) SI region. SLR neg. Ø midline TTP.\n"
                   "Dx: (R) SI jt pain\n"
                   "Rx: meloxicam 15 mg daily (stop ibuprofen), heat 20 min bid, ice prn.\n"
                   "    Referral PT (Ridgeline) 2x/wk.   f/u 3 mo              RAS"),
             ("rule", ""),
             ("m", "02/25/2026   OV   L. Buckner\n"
                   "PT d/c'd 2/18 -> HEP (sheet from PT in chart, 6 wk program, daily).\n"
                   "Pain 6/10. Taking meloxicam daily, tolerating, Ø GI sx.\n"
                   "P: HEP as prescribed, f/u 6 wks to review HEP.              RAS"),
             ("rule", ""),
             ("m", "04/08/2026   OV   L. Buckner\n"
                   "HEP done daily x 6 wks per pt log - reviewed today. Min change, pain 6/10.\n"
                   "Cont meloxicam. Refer to spine (Dr Quillen).                RAS"),
             ("rule", ""),
             ("m", "04/29/2026   Spine - E. Quillen DO (new pt)\n"
                   "(R) SIJ pattern. Re-refer PT, SIJ stabilization focus. Sched (R) SIJ inj after PT.\n"
                   "XR pelvis/SIJ + (R) hip, CT pelvis if PT fails.  Request old MRI L-spine.   EQ"))
    pt1 = P(("h", "RIDGELINE PHYSICAL THERAPY - Spruce Pine, NC     Treatment Flowsheet"),
            ("m", "Patient: Buckner, Loretta     Referring: R. Saylor MD     Dx: M53.3 R SIJ pain\n"
                  "Episode: 11/12/2025 - 02/18/2026     Frequency: 2x/wk (reduced 1x/wk Jan)\n"
                  "Therapist: K. Vance, PT, DPT"),
            ("m", "Visit  Date        NPRS   Interventions                            Initials\n"
                  "  1    11/12/2025  7/10   Eval, core activation, HEP issued v1     KV\n"
                  "  2    11/14/2025  7/10   TherEx, SIJ belt trial, pelvic tilt      KV\n"
                  "  3    11/19/2025  6/10   TherEx, glute med strengthening          KV\n"
                  "  4    11/21/2025  6/10   TherEx, MET (R) innominate               KV\n"
                  "  5    12/03/2025  6/10   TherEx, TENS trial 20 min (clinic)       KV\n"
                  "  6    12/05/2025  7/10   TherEx, manual                           JP\n"
                  "  7    12/10/2025  6/10   TherEx, bridging progression             KV\n"
                  "  8    12/17/2025  6/10   TherEx, ball stabilization               KV\n"
                  "  9    01/07/2026  6/10   TherEx, gait/ stair training             KV\n"
                  " 10    01/21/2026  6/10   TherEx, HEP progression v2               KV\n"
                  " 11    02/04/2026  6/10   TherEx                                   KV\n"
                  " 12    02/18/2026  6/10   Re-assess, d/c to HEP (6 wk written)     KV"),
            ("h", "Discharge summary 02/18/2026"),
            ("p", "12 visits completed over 14 weeks. Goals partially met: sitting tolerance improved from 20 to 35 "
                  "minutes; (R) SIJ pain persists 6/10 with transitional movements. Discharged to a written 6-week "
                  "home exercise program (copy to PCP). Recommend physician follow-up."),
            ("m", "K. Vance, PT, DPT   02/18/2026"))
    pt2 = P(("h", "RIDGELINE PHYSICAL THERAPY - Discharge Summary (Episode 2)"),
            ("m", "Patient: Buckner, Loretta        Referring: E. Quillen DO\n"
                  "Dates of care: 05/06/2026 to 07/29/2026      Visits: 15      Therapist: K. Vance, PT, DPT"),
            ("p", "Plan of care: lumbopelvic stabilization, hip strengthening, SIJ belt use with activity, "
                  "progressive home program. Attendance good (15/16 scheduled; one missed for weather)."),
            ("p", "Status at discharge: Right SIJ region pain 6/10 at rest rising to 8/10 with prolonged sitting "
                  "or stairs. Pain was increased for 24-48 hours after each progression of loading; patient "
                  "could not tolerate single-leg loading on the right. Functional gains plateaued after week 8."),
            ("p", "Assessment: Maximum benefit reached from skilled PT. Continue HEP. Return to referring physician."),
            ("m", "K. Vance, PT, DPT    07/29/2026"))
    inj1 = P(("h", "BLUE RIDGE REGIONAL HOSPITAL - INTERVENTIONAL PAIN CLINIC"),
             ("m", "PROCEDURE NOTE                       Date of service: 07/14/2026\n"
                   "Patient: Buckner, Loretta J.  DOB 03/17/1968   MRN BR-0088231\n"
                   "Physician: Samuel T. Okafor, MD"),
             ("p", "Procedure: Right sacroiliac joint injection under fluoroscopic guidance."),
             ("p", "Indication: Right SI joint pain; diagnostic and therapeutic. Pre-procedure pain 7/10."),
             ("p", "Technique: Prone. Sterile prep. Under fluoroscopy a 22 g spinal needle was advanced into the "
                   "inferior third of the right SI joint. 0.5 mL Omnipaque 240 contrast confirmed intra-articular "
                   "spread with no vascular uptake. Injected 1 mL 2% lidocaine and 40 mg triamcinolone (Kenalog). "
                   "No complications."),
             ("h", "Post-procedure pain diary (patient completed, returned 07/16/2026)"),
             ("m", "Time after injection   Pain (0-10)   % relief\n"
                   "Pre                    7             -\n"
                   "30 min                 1             86%\n"
                   "1 hr                   0-1           86%\n"
                   "2 hr                   1             86%\n"
                   "4 hr                   2             71%\n"
                   "6 hr                   5             29%\n"
                   "Next morning           4             43%"),
             ("p", "Impression: Positive diagnostic response (>= 50% relief for the duration of lidocaine). "
                   "Follow-up phone call 08/04/2026: pain back to 7/10, steroid benefit lasted about 3 weeks."),
             ("m", "S. T. Okafor, MD (electronically signed 07/14/2026)"))
    inj2 = P(("h", "BLUE RIDGE REGIONAL HOSPITAL - INTERVENTIONAL PAIN CLINIC"),
             ("m", "PROCEDURE NOTE                       Date of service: 08/25/2026\n"
                   "Patient: Buckner, Loretta J.  DOB 03/17/1968   MRN BR-0088231\n"
                   "Physician: Samuel T. Okafor, MD"),
             ("p", "Procedure: Right sacroiliac joint block (confirmatory diagnostic block), fluoroscopic guidance."),
             ("p", "Pre-procedure pain 7/10. Prone, sterile prep. 22 g needle into the right SI joint under "
                   "fluoroscopy; 0.5 mL Omnipaque 240 showed an intra-articular arthrogram. Injected 1.5 mL 0.5% "
                   "bupivacaine. No steroid injected (diagnostic block only). Tolerated well."),
             ("h", "Post-procedure pain diary"),
             ("m", "Time        Pain (0-10)   % relief\n"
                   "Pre         7             -\n"
                   "30 min      1             86%\n"
                   "1 hr        1             86%\n"
                   "3 hr        1             86%\n"
                   "4 hr        2             71%\n"
                   "6 hr        2             71%\n"
                   "8 hr        6             14%"),
             ("p", "Impression: Concordant second block, 70% or greater relief for 6 hours with "
                   "bupivacaine. Results sent to Dr. Quillen."),
             ("m", "S. T. Okafor, MD  08/25/2026"),
             fax="fine",
             fax_banner="SEP-02-2026 09:41  FROM: BLUE RIDGE REG PAIN CLIN 8285550142  TO: 8285550199   P.001/001")
    xr = P(("h", "YANCEY VALLEY IMAGING - 210 Crabtree Rd, Burnsville NC"),
           ("m", "RADIOLOGY REPORT     Patient: BUCKNER, LORETTA J    DOB 03/17/1968\n"
                 "Ordering: E. Quillen DO     Exam date: 08/11/2026"),
           ("h", "EXAM: XR PELVIS AP AND BILATERAL SI JOINT VIEWS"),
           ("p", "Findings: The sacroiliac joints are symmetric in width. Mild subchondral sclerosis along the "
                 "right iliac side of the SI joint. No erosions. No ankylosis. No fracture or focal osseous lesion. "
                 "Pubic symphysis unremarkable."),
           ("p", "Impression: Mild right SI joint degenerative change. No radiographic sacroiliitis."),
           ("h", "EXAM: XR RIGHT HIP, 2 VIEWS"),
           ("p", "Findings: Mild superolateral joint space narrowing with a small marginal acetabular osteophyte. "
                 "Femoral head contour preserved. No fracture."),
           ("p", "Impression: Mild osteoarthritis of the right hip."),
           ("m", "Dictated by: Priya Nandakumar, MD   Signed 08/11/2026 16:02"))
    ct = P(("h", "YANCEY VALLEY IMAGING - 210 Crabtree Rd, Burnsville NC"),
           ("m", "RADIOLOGY REPORT     Patient: BUCKNER, LORETTA J    DOB 03/17/1968\n"
                 "Ordering: E. Quillen DO     Exam date: 08/18/2026"),
           ("h", "EXAM: CT PELVIS WITHOUT CONTRAST (SI JOINT PROTOCOL)"),
           ("p", "Clinical: Right SI joint pain. Evaluate for sacroiliitis, structural lesion."),
           ("p", "Findings: Mild degenerative change of the right SI joint with small anterior bridging osteophytes "
                 "and subchondral sclerosis. Joint space preserved. No erosions, no ankylosis. No destructive or "
                 "lytic lesion. No fracture. Left SI joint normal. Visualized hips show mild right hip joint space "
                 "narrowing."),
           ("p", "Impression: 1. Mild right SI joint degenerative change. No erosive sacroiliitis or destructive "
                 "lesion. 2. No fracture."),
           ("m", "Dictated by: Priya Nandakumar, MD   Signed 08/18/2026 11:47"),
           fax="fine",
           fax_banner="OCT-13-2026 15:06  FROM: YANCEY VALLEY IMAGING  8285550175  TO: 8285550199   P.002/002")
    meds = P(("h", "HAW BRANCH FAMILY MEDICINE - Current Medication List (printed 10/12/2026)"),
             ("m", "Medication                      Sig                      Start       Stop / status\n"
                   "Meloxicam 15 mg PO daily        1 tab daily w/ food      11/03/2025  active\n"
                   "Acetaminophen 500 mg            1-2 tabs q8h prn pain    2024        active\n"
                   "Cyclobenzaprine 5 mg            1 tab hs prn spasm       11/03/2025  stopped 01/2026 (drowsy)\n"
                   "Lisinopril 10 mg                daily                    2019        active\n"
                   "Gabapentin 100 mg               tid                      2019        d/c 2019 (sciatica resolved)\n"
                   "Ibuprofen 200 mg OTC            prn                      2025        stopped 11/03/2025"),
             ("p", "Non-drug measures documented: moist heat 20 min twice daily and ice after activity since "
                   "11/2025; SI belt with activity since 05/2026."),
             ("p", "Allergies: sulfa (rash)."))
    letter = P(("h", "HAW BRANCH FAMILY MEDICINE & SPINE"),
               ("m", "October 12, 2026\n\nCareSource North Carolina\nAttn: Utilization Management / Medical Director"),
               ("p", "RE: Loretta J. Buckner, DOB 03/17/1968, ID CSN-40718-2263 - Letter of medical necessity, "
                     "right percutaneous SI joint fusion (CPT 27279)"),
               ("p", "Mrs. Buckner is a 58-year-old woman with more than two years of right-sided SI joint pain. "
                     "Her pain is located over the right posterior SI joint without radiation and remains 7/10 "
                     "despite treatment. She has completed two courses of formal physical therapy and a home "
                     "exercise program, and has taken daily meloxicam since November 2025 along with heat and ice."),
               ("p", "Examination shows right SI joint tenderness with positive thigh thrust, compression, "
                     "distraction and FABER tests. She had two fluoroscopically guided, contrast-confirmed SI "
                     "joint blocks with 90% and 80% relief. She has failed two intra-articular corticosteroid "
                     "injections (07/14/2026 and 08/25/2026)."),
               ("p", "Pelvic radiographs and CT show only mild degenerative change without sacroiliitis; right hip "
                     "films show mild osteoarthritis. Her lumbar MRI from 2023 was obtained at an outside facility "
                     "in Asheville; we have requested the report and will forward it on receipt."),
               ("p", "I am requesting authorization for right minimally invasive SI joint fusion."),
               ("m", "Sincerely,\nEverett L. Quillen, DO - Orthopaedic Spine"))
    p2p = P(("h", "PEER-TO-PEER REVIEW - TELEPHONE TRANSCRIPT"),
            ("m", "Date: 10/16/2026 10:15   Case: PA-26-118402   Member: Loretta J. Buckner\n"
                  "Participants: Celia Marchetti, MD (CareSource Medical Director)\n"
                  "              Everett Quillen, DO (requesting surgeon)\n"
                  "Transcribed from recording by CareSource UM staff."),
            ("m", "MARCHETTI: Thanks for calling. I'm looking at the request for a right percutaneous SI\n"
                  "  fusion. I'm missing a couple of things. First, the lumbar imaging.\n"
                  "QUILLEN: Right. She had an MRI of the low back in 2023 ordered by her old PCP over in\n"
                  "  Asheville. Honestly I haven't seen the report myself. We've asked for it twice.\n"
                  "MARCHETTI: So nothing in the packet describes the lumbar spine findings.\n"
                  "QUILLEN: Not yet, no. She doesn't have leg symptoms, for what that's worth.\n"
                  "MARCHETTI: Second, the injections. The policy wants two failed therapeutic steroid\n"
                  "  injections.\n"
                  "QUILLEN: From memory she had two blocks, both with steroid, both wore off in a few\n"
                  "  weeks. Her pain is a seven, eight most days.\n"
                  "MARCHETTI: The August note I have says bupivacaine only.\n"
                  "QUILLEN: I'd have to check Dr. Okafor's note. I'm going off memory here.\n"
                  "MARCHETTI: Okay. Send what you can and I'll note the call in the file."),
            ("m", "[End of call 10:24]"))
    docs = [("cover", [cover[0]]), ("PA request form", form), ("Spine note 09/22/2026", [q1, q2]),
            ("PCP notes", [pcp1]), ("Ridgeline PT", [pt1, pt2]), ("Pain clinic 07/14/2026", [inj1]),
            ("Pain clinic 08/25/2026", [inj2]), ("Imaging", [xr, ct]), ("Medication list", [meds]),
            ("Letter", [letter]), ("P2P transcript", [p2p])]
    for name, pages in docs:
        for i, pg in enumerate(pages):
            pg["header"] = ident
            pg["footer"] = "%s - page %d of %d          Buckner, L. 03/17/1968" % (name, i + 1, len(pages))
    allpages = [pg for _, pages in docs for pg in pages]
    labels = {
        "procedure": "percutaneous", "request_date": "2026-10-14",
        "determination": "insufficient_documentation",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": ["Pain (R) buttock over PSIS, below L5", "Ø radiation into leg"]},
            "perc.pain_severity": {"status": "met", "evidence": ["Pain today 7/10", "remains 7/10 despite treatment"]},
            "perc.sij_tenderness": {"status": "met", "evidence": ["TTP (R) post SIJ ++", "GT b/l nontender", "L-spine midline + paraspinals Ø TTP"]},
            "perc.active_conservative_therapy": {"status": "met", "evidence": ["Episode: 11/12/2025 - 02/18/2026", "HEP done daily x 6 wks per pt log", "Dates of care: 05/06/2026 to 07/29/2026"]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": ["Meloxicam 15 mg PO daily", "Rx: meloxicam 15 mg daily", "heat 20 min twice daily and ice"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust +ve", "Compression +ve"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": ["Distraction +ve", "FABER/Patrick +ve (post.)"]},
            "perc.diagnostic_injections": {"status": "met", "evidence": ["1 mL 2% lidocaine and 40 mg triamcinolone", "Positive diagnostic response", "Injected 1.5 mL 0.5% bupivacaine", "70% or greater relief for 6 hours"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell 0/5"]},
            "perc.sij_imaging": {"status": "met", "evidence": ["No radiographic sacroiliitis", "No erosive sacroiliitis or destructive lesion"]},
            "perc.hip_imaging": {"status": "met", "evidence": ["Mild osteoarthritis of the right hip"]},
            "perc.lumbar_imaging": {"status": "insufficient", "evidence": []},
            "perc.therapeutic_injections": {"status": "insufficient", "evidence": []},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": []},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": []},
            "perc.excl.acute_instability": {"status": "met", "evidence": []},
            "perc.excl.neural_compression": {"status": "met", "evidence": []},
        }}
    return {"id": "b10s-01", "kind": "single", "files": [("b10s-01.pdf", allpages)], "labels": labels, "packet_json": None}

# ---------------------------------------------------------------- b10s-02 ---
def packet_02():
    ident = "TIPTON, Harlan D.   DOB 09/02/1961   CareSource ID CSN-55190-0847"
    foot = "Tipton H  09/02/1961"
    cover = P(("title", "FAX  -  HAW BRANCH FAMILY MEDICINE & SPINE"), ("m", CLINIC), ("rule", ""),
              ("m", "Date: 08/27/2026       To: CareSource NC Utilization Mgmt   Fax 1-855-555-0110\n"
                    "From: D. Hollifield (records/referrals)   Ph 828-555-0190\n"
                    "Re: PA request - LEFT SI joint fusion, Harlan D. Tipton, DOB 09/02/1961\n"
                    "# pages incl cover: 11"),
              ("m", "[x] Urgent   [ ] For review   [x] Please reply   [ ] Please comment"),
              ("p", "Records attached: request form, PCP notes, PT flowsheet, Dr. Quillen notes, pain clinic "
                    "procedure notes x2, imaging (XR, MRI pelvis, MRI L-spine)."),
              ("small", "This fax may contain PHI. If received in error call 828-555-0190."))
    form = P(("title", "PRIOR AUTHORIZATION REQUEST - CareSource North Carolina"),
             ("m", "Date of request: 08/27/2026\n"
                   "Member: Harlan D. Tipton    DOB 09/02/1961    ID CSN-55190-0847\n"
                   "Ordering provider: Everett L. Quillen, DO   NPI 1467309921   Fax 828-555-0199\n"
                   "Place of service: [x] Outpatient hospital  [ ] ASC  [ ] Inpatient"),
             ("m", "Procedure code(s): 27279  (SI joint arthrodesis, percutaneous/minimally invasive)\n"
                   "Side: LEFT\n"
                   "Diagnosis: M53.3 (L SI joint dysfunction);  M54.59 other low back pain"),
             ("m", "Conservative care checklist (provider attests):\n"
                   "  [x] Physical therapy      [x] Home exercise program   [ ] Chiropractic (2022-23)\n"
                   "  [x] NSAIDs / analgesics   [x] Heat / ice / TENS       [x] SIJ injections x2"),
             ("p", "Clinical notes: Chronic left SI joint pain since 2024, failed conservative management and "
                   "injections. Requesting left minimally invasive SI joint fusion."),
             ("m", "Provider signature: E. Quillen DO      Date 08/27/2026"))
    pcp = P(("h", "HAW BRANCH FAMILY MEDICINE - R. A. Saylor, MD / L. Pruitt, FNP"),
            ("small", TRANSCRIBED.format(d="08/24/2026")),
            ("rule", ""),
            ("m", "09/15/2025  OV  H. Tipton 64 yo M (cattle farmer)\n"
                  "c/o (L) low back/buttock pain x ~1 yr, ^ past 2 mo after hauling hay. 8/10 at worst.\n"
                  "Ø leg pain, Ø numbness. Hx (R) sciatica 2018 - resolved, Ø sx since.\n"
                  "Did chiropractor 2022-2023 for neck + back, stopped.\n"
                  "Exam: TTP (L) SI jt. SLR neg b/l. Ø midline TTP.\n"
                  "Dx: (L) SIJ pain.  Rx naproxen 500 mg bid w/ food, heat, ice prn.\n"
                  "Refer PT.  f/u 3-4 mo.                                          LP"),
            ("rule", ""),
            ("m", "01/27/2026  OV  H. Tipton\n"
                  "(L) SI pain 7/10. PT done 12/19, given home exercises.\n"
                  "HEP - admits not doing, \"no time\" w/ calving season, Ø pain w/ exercises per pt.\n"
                  "Asks about fibromyalgia (sister has it) - Ø widespread pain, localized (L) SI only.\n"
                  "Cont naproxen - taking bid, ok GI. Uses heat pad nightly. Has TENS from brother,\n"
                  "uses \"some\".  Refer spine (Quillen).                           RAS"),
            ("rule", ""),
            ("h", "Medication list (printed 08/24/2026)"),
            ("m", "Naproxen 500 mg PO bid          start 09/15/2025    active\n"
                  "Acetaminophen 650 mg ER prn     start 03/2026       active\n"
                  "Atorvastatin 20 mg daily        start 2020          active\n"
                  "Methylprednisolone dose pack    12/2023 (neck)      completed"))
    pt = P(("h", "RIDGELINE PHYSICAL THERAPY  -  Daily Note Flowsheet"),
            ("m", "Pt: Tipton, Harlan D.    DOB 09/02/1961    Dx: L SIJ dysfunction M53.3\n"
                  "Referring: L. Pruitt FNP     PT: Marcus Oyelaran, PT"),
            ("m", "Date        Visit  Pain   Treatment                              Time\n"
                  "10/06/2025   1     7/10   Eval; HEP v1 issued                    60\n"
                  "10/09/2025   2     7/10   TherEx core, bridging; MT SIJ          45\n"
                  "10/16/2025   3     6/10   TherEx, glute med, SIJ belt fitted     45\n"
                  "10/23/2025   4     7/10   TherEx, MET L innominate               45\n"
                  "10/30/2025   5     6/10   TherEx, TENS clinic 15'                45\n"
                  "11/13/2025   6     6/10   TherEx, lifting mechanics              45\n"
                  "11/20/2025   7     6/10   TherEx progression                     45\n"
                  "12/04/2025   8     6/10   TherEx                                 45\n"
                  "12/11/2025   9     6/10   TherEx, HEP v2                         45\n"
                  "12/19/2025  10     6/10   Re-eval, d/c to HEP                    40"),
            ("p", "Discharge 12/19/2025: 10 visits over 10.5 weeks. Patient cancelled 3 visits for farm work. "
                  "Modest gains in lifting tolerance. Discharged to home exercise program (6-week written plan). "
                  "Patient verbalized understanding. Return to referring provider."),
            ("m", "M. Oyelaran, PT  12/19/2025"),
            fax="std",
            fax_banner="AUG-25-2026 08:12  RIDGELINE PT SPRUCE PINE  828 555 0163  -> 8285550199   PAGE 1/1")
    q1 = P(("h", "SPINE CLINIC - E. Quillen, DO"),
           ("small", TRANSCRIBED.format(d="08/24/2026")),
           ("rule", ""),
           ("m", "07/30/2026   H. Tipton   f/u (L) SIJ\n"
                 "S: (L) buttock/PSIS pain below L5, does not radiate past buttock. Ø leg sx.\n"
                 "   Worse getting off tractor, stairs, lying (L) side. 6-7/10.\n"
                 "   s/p (L) SIJ inj x2 (3/26, 6/26) - see Okafor notes.\n"
                 "   PT offered again -> pt declines, \"can't get off the farm till fall\".\n"
                 "O: TTP (L) SIJ/PSIS, focal.  GT nontender b/l.  Ø lumbar midline TTP.\n"
                 "   Coccyx Ø TTP.  SLR neg b/l.  Neuro intact LE.\n"
                 "   Tests:              (L)     (R)\n"
                 "     Thigh thrust (P4)  pos     neg\n"
                 "     Compression        neg     neg\n"
                 "     Distraction        neg     neg\n"
                 "     Gaenslen           pos     neg\n"
                 "     Patrick/FABER      pos     neg\n"
                 "   Waddell signs: Ø\n"
                 "A: (L) SIJ dysfunction\n"
                 "P: review MRIs (5/26) - see below.  Cont naproxen. f/u 3 wks.     EQ"))
    q2 = P(("h", "SPINE CLINIC - E. Quillen, DO"),
           ("small", TRANSCRIBED.format(d="08/24/2026")),
           ("rule", ""),
           ("m", "08/20/2026   H. Tipton   f/u\n"
                 "Pain (L) SIJ 6/10 today, Ø radiation.\n"
                 "Imaging reviewed w/ pt: XR + MRI pelvis Ø sacroiliitis; MRI L-spine - mild bulge L4-5,\n"
                 "   Ø stenosis / Ø root impingement -> not his pain source.\n"
                 "   (R) hip mod OA on XR - asymptomatic side.\n"
                 "Had 2 SIJ blocks, both helped [margin: \"helped\" per pt - see Okafor diary]\n"
                 "Failed PT/HEP, NSAIDs, heat, inj.\n"
                 "A/P: (L) SIJ dysfunction, refractory.\n"
                 "   -> Req perc (L) SIJ fusion, CPT 27279.\n"
                 "   Cont naproxen 500 bid + heat.   f/u after decision.           EQ"))
    inj1 = P(("h", "BLUE RIDGE REGIONAL HOSPITAL - Interventional Pain Clinic"),
             ("m", "PROCEDURE NOTE     DOS: 03/18/2026     Physician: Samuel T. Okafor, MD\n"
                   "Patient: Tipton, Harlan D.   DOB 09/02/1961   MRN BR-0104417"),
             ("p", "Procedure: Left sacroiliac joint injection, fluoroscopically guided, with arthrogram."),
             ("p", "Description: Prone, sterile prep and drape. A 22-gauge needle was directed into the inferior "
                   "left SI joint under intermittent fluoroscopy. 0.5 mL Isovue-M 200 contrast confirmed "
                   "intra-articular placement without vascular runoff. Injectate: 2 mL 1% lidocaine with 40 mg "
                   "methylprednisolone. Estimated blood loss nil. No complications."),
             ("m", "Pain report   Pre   15 min   30 min   1 hr   2 hr   4 hr\n"
                   "NRS (0-10)     8      2        2       2      3      6"),
             ("p", "Result: 75% relief at 1 hour (lidocaine). Positive block."),
             ("p", "Addendum 04/08/2026 (clinic follow-up): steroid benefit lasted about 2 weeks, then pain "
                   "returned to baseline 8/10. Plan repeat injection."),
             ("m", "S. T. Okafor, MD"))
    inj2 = P(("h", "BLUE RIDGE REGIONAL HOSPITAL - Interventional Pain Clinic"),
             ("m", "PROCEDURE NOTE     DOS: 06/10/2026     Physician: Samuel T. Okafor, MD\n"
                   "Patient: Tipton, Harlan D.   DOB 09/02/1961   MRN BR-0104417"),
             ("p", "Procedure: Repeat left sacroiliac joint injection under fluoroscopy with contrast."),
             ("p", "Description: Prone. 22-gauge needle into left SI joint under fluoroscopy; 0.5 mL Isovue-M 200 "
                   "with intra-articular spread. Injectate: 2 mL 0.25% bupivacaine with 40 mg triamcinolone. "
                   "No complications."),
             ("h", "POST-PROCEDURE PAIN RESPONSE FORM (patient)"),
             ("m", "Time          Pain 0-10\n"
                   "Before        8\n"
                   "30 min        5\n"
                   "1 hr          5\n"
                   "2 hr          5\n"
                   "3 hr          6\n"
                   "4 hr          7\n"
                   "6 hr          8\n"
                   "Best relief: 38%"),
             ("p", "Impression: Equivocal/negative block; relief below 50% threshold."),
             ("p", "Telephone follow-up 06/24/2026: no lasting benefit from steroid, pain 7-8/10."),
             ("m", "S. T. Okafor, MD"),
             fax="std",
             fax_banner="AUG-26-2026 13:55  BRRH PAIN CLINIC  828-555-0142  TO 828-555-0199  P. 02/02")
    img1 = P(("h", "YANCEY VALLEY IMAGING - Radiology Report"),
             ("m", "Patient: TIPTON, HARLAN D    DOB 09/02/1961    Ordering: E. Quillen DO"),
             ("h", "05/12/2026  XR PELVIS AP, SI JOINTS, BILATERAL HIPS"),
             ("p", "SI joints: Mild sclerosis and small osteophytes at the left SI joint. No erosions or "
                   "fusion. No fracture or destructive lesion."),
             ("p", "LEFT HIP: Mild joint space narrowing; small femoral head osteophyte. Mild osteoarthritis."),
             ("p", "RIGHT HIP: Moderate superior joint space narrowing with subchondral sclerosis and "
                   "osteophytes. Moderate osteoarthritis."),
             ("h", "05/19/2026  MRI PELVIS / SACROILIAC JOINTS WITHOUT CONTRAST"),
             ("p", "Findings: Mild degenerative change of the left SI joint. No bone marrow edema or erosions "
                   "to suggest sacroiliitis. No marrow-replacing lesion, fracture or fluid collection. "
                   "Right SI joint normal."),
             ("p", "Impression: Mild left SI joint degeneration. No inflammatory sacroiliitis."),
             ("m", "Radiologist: Priya Nandakumar, MD"))
    img2 = P(("h", "YANCEY VALLEY IMAGING - Radiology Report"),
             ("m", "Patient: TIPTON, HARLAN D    DOB 09/02/1961    Ordering: E. Quillen DO"),
             ("h", "05/19/2026  MRI LUMBAR SPINE WITHOUT CONTRAST"),
             ("p", "Findings: Normal lordosis. L1-L4: no significant abnormality. L4-L5: mild diffuse disc bulge "
                   "with mild facet hypertrophy; no central canal stenosis; neural foramina patent; no nerve root "
                   "impingement. L5-S1: mild disc desiccation, no herniation, no stenosis. Conus normal."),
             ("p", "Impression: Mild L4-5 spondylosis without canal or foraminal stenosis. No nerve root "
                   "compression."),
             ("m", "Radiologist: Priya Nandakumar, MD"))
    p2p = P(("h", "PEER-TO-PEER CONVERSATION RECORD"),
            ("m", "Date: 08/26/2026 (pre-submission courtesy call)   Member: Harlan D. Tipton\n"
                  "Plan reviewer: Celia Marchetti, MD       Surgeon: Everett Quillen, DO"),
            ("m", "DR. MARCHETTI: You're planning a left percutaneous SI fusion for Mr. Tipton?\n"
                  "DR. QUILLEN: Yes. He's a cattle farmer, left SI pain a couple years now.\n"
                  "DR. MARCHETTI: What conservative care has he had?\n"
                  "DR. QUILLEN: He did PT for the better part of six months, then home exercises, and\n"
                  "  he's been on naproxen about a year.\n"
                  "DR. MARCHETTI: And the injections?\n"
                  "DR. QUILLEN: Two left SI injections with Dr. Okafor, under fluoro. He told me they\n"
                  "  both helped. The steroid part didn't last either time.\n"
                  "DR. MARCHETTI: I'll need the PT records and the pain diaries with the submission.\n"
                  "DR. QUILLEN: We'll send everything we have."),
            ("m", "[Summary prepared by CareSource UM nurse from call notes, 08/26/2026]"))
    files = [("01_cover_request.pdf", [cover, form], "Cover/PA form"),
             ("02_pcp_notes.pdf", [pcp], "PCP notes"),
             ("03_ridgeline_pt.pdf", [pt], "Ridgeline PT"),
             ("04_spine_notes.pdf", [q1, q2], "Spine notes"),
             ("05_pain_clinic.pdf", [inj1, inj2], "Pain clinic"),
             ("06_imaging.pdf", [img1, img2], "Imaging"),
             ("07_peer_to_peer.pdf", [p2p], "P2P")]
    for fname, pages, lab in files:
        for i, pg in enumerate(pages):
            pg["header"] = ident
            pg["footer"] = "%s    pg %d/%d    %s" % (lab, i + 1, len(pages), foot)
    labels = {
        "procedure": "percutaneous", "request_date": "2026-08-27",
        "determination": "does_not_meet_criteria",
        "criteria": {
            "perc.pain_location": {"status": "met", "evidence": ["(L) buttock/PSIS pain below L5", "does not radiate past buttock"]},
            "perc.pain_severity": {"status": "met", "evidence": ["Pain (L) SIJ 6/10 today"]},
            "perc.sij_tenderness": {"status": "met", "evidence": ["TTP (L) SIJ/PSIS, focal", "GT nontender b/l", "Ø lumbar midline TTP"]},
            "perc.active_conservative_therapy": {"status": "not_met", "evidence": ["10 visits over 10.5 weeks", "Discharge 12/19/2025", "HEP - admits not doing, \"no time\"", "pt declines, \"can't get off the farm till fall\""]},
            "perc.inactive_conservative_therapy": {"status": "met", "evidence": ["Naproxen 500 mg PO bid", "start 09/15/2025", "Cont naproxen 500 bid + heat"]},
            "perc.thigh_thrust_or_compression": {"status": "met", "evidence": ["Thigh thrust (P4) pos"]},
            "perc.two_provocative_tests": {"status": "met", "evidence": ["Gaenslen pos", "Patrick/FABER pos"]},
            "perc.diagnostic_injections": {"status": "not_met", "evidence": ["Best relief: 38%", "relief below 50% threshold"]},
            "perc.generalized_pain_excluded": {"status": "met", "evidence": ["Waddell signs: Ø"]},
            "perc.sij_imaging": {"status": "met", "evidence": ["No erosions or fusion", "No inflammatory sacroiliitis"]},
            "perc.hip_imaging": {"status": "met", "evidence": ["femoral head osteophyte. Mild osteoarthritis"]},
            "perc.lumbar_imaging": {"status": "met", "evidence": ["no nerve root impingement", "No nerve root compression"]},
            "perc.therapeutic_injections": {"status": "met", "evidence": ["40 mg methylprednisolone", "pain returned to baseline 8/10", "40 mg triamcinolone", "no lasting benefit from steroid"]},
            "perc.excl.systemic_arthropathy": {"status": "met", "evidence": []},
            "perc.excl.infection_tumor_fracture": {"status": "met", "evidence": []},
            "perc.excl.acute_instability": {"status": "met", "evidence": []},
            "perc.excl.neural_compression": {"status": "met", "evidence": []},
        }}
    pj = {"request_date": "2026-08-27", "procedure_codes": ["27279"], "member_id": "CSN-55190-0847", "policy": "MP-MM-1366"}
    return {"id": "b10s-02", "kind": "folder", "files": [(f, p) for f, p, _ in files], "labels": labels, "packet_json": pj}

# ---------------------------------------------------------------- b10s-03 ---
def packet_03():
    ident = "Patient: LEDFORD, Verna Mae   DOB: 12/05/1957   Member #: CSN-61024-3398"
    foot = "V. Ledford DOB 12/05/1957"
    cover = P(("title", "FACSIMILE TRANSMITTAL"), ("m", CLINIC), ("rule", ""),
              ("m", "TO:    CareSource NC - Prior Authorization (Surgical)   FAX 1-855-555-0110\n"
                    "FROM:  Dena Hollifield for Everett Quillen, DO\n"
                    "DATE:  11/05/2026          PAGES: 9 w/ cover\n"
                    "RE:    Ledford, Verna Mae  12/05/1957  - revision LEFT SI joint fusion (open)"),
              ("p", "Please find the prior authorization request and supporting records: spine clinic notes, "
                    "2024 operative report, imaging (XR 01/2026, CT 09/2026, XR 10/2026, MRI lumbar 08/2026), "
                    "EMG/NCS, and letter of medical necessity."),
              ("small", "Confidential health information enclosed. Unauthorized re-disclosure prohibited."))
    form = P(("title", "CareSource North Carolina  -  Prior Authorization Request"),
             ("m", "Request date: 11/05/2026            [x] Standard  [ ] Urgent\n"
                   "Member name: Verna Mae Ledford      DOB: 12/05/1957    ID: CSN-61024-3398\n"
                   "Requesting MD: Everett L. Quillen, DO    NPI 1467309921\n"
                   "Facility: Blue Ridge Regional Hospital - inpatient, est. LOS 2 days"),
             ("m", "CPT     Description                                                 Qty\n"
                   "27280   Arthrodesis, open, sacroiliac joint, including obtaining     1\n"
                   "        bone graft, including instrumentation, when performed\n"
                   "20680   Removal of implant; deep                                     1"),
             ("m", "ICD-10: T84.226A  Displacement of internal fixation device of vertebrae\n"
                   "        M96.0    Pseudarthrosis after fusion or arthrodesis\n"
                   "        M53.3    Sacrococcygeal disorders, NEC\n"
                   "Side: [ ] Right  [x] Left       Approach: [x] Open  [ ] Percutaneous"),
             ("p", "Brief clinical: Failed left percutaneous SI joint fusion (02/2024) with nonunion and implant "
                   "loosening on CT 09/24/2026. Requesting open revision SI joint arthrodesis."),
             ("m", "Signature: Everett L. Quillen, DO          11/05/2026"))
    q1 = P(("h", "SPINE CLINIC - E. Quillen, DO"),
           ("small", TRANSCRIBED.format(d="11/03/2026")),
           ("rule", ""),
           ("m", "09/10/2026   New pt   V. Ledford 68 yo F   ref: R. Saylor MD\n"
                 "S: s/p perc (L) SIJ fusion 2/13/2024 (Dr Varghese, BRRH - 3 implants, now retired).\n"
                 "   Good relief ~6 mo -> (L) buttock pain back 2025, now constant 8/10,\n"
                 "   worse standing/walking > 10 min. Ø leg pain, Ø numbness.\n"
                 "   Hx (R) L5 radic 2015 - ESI x1, resolved.\n"
                 "   PCP problem list: \"(L) SI jt syndrome\" (2023, pre-op).\n"
                 "O: TTP (L) SIJ over prior incision. GT nontender. SLR neg b/l. Str 5/5.\n"
                 "   Thigh thrust (L) pos. FABER (L) pos.\n"
                 "   XR 1/20/26 (outside) - implants in place - no lucency per rpt.\n"
                 "A: failed (L) SIJ fusion? r/o loosening / nonunion. [illegible] vs adjacent segment.\n"
                 "P: CT pelvis (fine cuts SIJ). MRI L-spine + EMG (L) LE to r/o L5 radic.\n"
                 "   ESR/CRP.   f/u after studies.                                EQ"))
    q2 = P(("h", "SPINE CLINIC - E. Quillen, DO"),
           ("small", TRANSCRIBED.format(d="11/03/2026")),
           ("rule", ""),
           ("m", "10/22/2026   f/u   V. Ledford\n"
                 "Pain (L) SIJ 8/10, unchanged.\n"
                 "Results:\n"
                 "  [x] CT pelvis 9/24/26 - lucency around sup + mid implants, Ø bridging -> nonunion\n"
                 "  [x] XR pelvis 10/15/26 - sup implant backed out ~2 mm\n"
                 "  [x] MRI L-spine 8/28/26 - mild spondylosis, Ø stenosis, Ø root compression\n"
                 "  [x] EMG/NCS (L) LE 8/31/26 - normal, Ø radiculopathy\n"
                 "  [x] ESR 12, CRP 0.3 (nl), afebrile -> Ø infection\n"
                 "A: Failed perc (L) SIJ fusion w/ nonunion + implant loosening.\n"
                 "   [crossed out: SIJ syndrome]\n"
                 "P: Revision - OPEN (L) SIJ fusion: remove implants, debride joint, autograft +\n"
                 "   plate/screw fixation.  CPT 27280 [crossed out: 27279].\n"
                 "   Risks/benefits d/w pt + husband, wishes to proceed.\n"
                 "   PA request -> DH.                                              EQ"))
    op = P(("h", "BLUE RIDGE REGIONAL HOSPITAL - OPERATIVE REPORT"),
           ("m", "Patient: LEDFORD, VERNA M    DOB 12/05/1957    MRN BR-0071902\n"
                 "Date of surgery: 02/13/2024     Surgeon: Anil Varghese, MD"),
           ("p", "Preoperative diagnosis: Left sacroiliac joint dysfunction, refractory to conservative care "
                 "and injections."),
           ("p", "Procedure: Minimally invasive (percutaneous) left sacroiliac joint fusion with three "
                 "triangular titanium implants, lateral transiliac approach, under fluoroscopic guidance "
                 "(CPT 27279)."),
           ("p", "Description: General endotracheal anesthesia, prone. A 3 cm incision over the left lateral "
                 "buttock. Guide pins placed across the left SI joint under inlet/outlet/lateral fluoroscopy. "
                 "Three implants (7.0 x 45 mm, 7.0 x 40 mm, 7.0 x 35 mm) placed. Final images showed "
                 "satisfactory position. Closure in layers. EBL 20 mL. No complications."),
           ("p", "Disposition: Discharged home same day, walker, touch-down weight bearing left x 3 weeks."),
           ("m", "Anil Varghese, MD   dictated 02/13/2024"),
           fax="fine",
           fax_banner="10/30/2026 11:20  BRRH HIM DEPT  828-555-0101  >>  828-555-0199   #1 of 1")
    xr_old = P(("h", "MOUNTAIN LAUREL URGENT CARE & X-RAY - Radiology"),
               ("m", "Patient: Ledford, Verna    DOB 12/05/1957    Exam: 01/20/2026\n"
                     "Ordering: R. Saylor MD"),
               ("h", "XR PELVIS AP AND LEFT SI JOINT OBLIQUE"),
               ("p", "Findings: Three left SI joint fusion implants in expected position. No periprosthetic "
                     "lucency is identified on these views. No fracture. Hips: mild bilateral joint space "
                     "narrowing."),
               ("p", "Impression: Postoperative left SI joint without radiographic complication."),
               ("m", "Read by: T. Greer, MD (teleradiology)"),
               ("rule", ""),
               ("h", "YANCEY VALLEY IMAGING - 08/28/2026  MRI LUMBAR SPINE WITHOUT CONTRAST"),
               ("p", "Findings: Mild multilevel spondylosis L3-S1 with small disc bulges and mild facet "
                     "arthropathy. No central canal stenosis. Neural foramina patent bilaterally. No nerve root "
                     "compression. Conus terminates normally at L1."),
               ("p", "Impression: Mild lumbar spondylosis without stenosis or neural compression."),
               ("m", "Radiologist: Priya Nandakumar, MD"))
    ct = P(("h", "YANCEY VALLEY IMAGING - RADIOLOGY REPORT"),
           ("m", "Patient: LEDFORD, VERNA MAE    DOB 12/05/1957\n"
                 "Exam: CT PELVIS WITHOUT CONTRAST, thin section SI joints     Date: 09/24/2026\n"
                 "Ordering: E. Quillen DO"),
           ("p", "History: Left SI joint fusion 02/2024, recurrent left buttock pain. Evaluate hardware."),
           ("p", "Findings: Three transiliac implants cross the left SI joint. There is 2-3 mm lucency "
                 "surrounding the superior and middle implants along their iliac and sacral portions. "
                 "No osseous bridging across the left SI joint; the joint space remains open with "
                 "subchondral cysts. No implant fracture. No fluid collection, erosion or destructive lesion. "
                 "Right SI joint mild degenerative change. No pelvic fracture."),
           ("p", "Impression: Periprosthetic lucency around the superior and middle left SI joint implants with "
                 "no osseous bridging, consistent with loosening and nonunion of the prior left SI joint fusion."),
           ("m", "Radiologist: Priya Nandakumar, MD    signed 09/24/2026"),
           fax="fine",
           fax_banner="SEP-25-2026 07:58  YANCEY VALLEY IMAGING  8285550175  TO:8285550199   P.01/01")
    xr_new = P(("h", "YANCEY VALLEY IMAGING - RADIOLOGY REPORT"),
               ("m", "Patient: LEDFORD, VERNA MAE    DOB 12/05/1957    Date: 10/15/2026\n"
                     "Exam: XR PELVIS AP, INLET/OUTLET"),
               ("p", "Comparison: 01/20/2026 outside radiographs; CT 09/24/2026."),
               ("p", "Findings: Left SI joint implants. Interval backing out of the superior implant by "
                     "approximately 2 mm with periprosthetic lucency, new since 01/20/2026. Middle and inferior "
                     "implants unchanged. No fracture."),
               ("p", "Impression: Loosening of the superior left SI joint implant."),
               ("m", "Radiologist: Priya Nandakumar, MD"),
               ("rule", ""),
               ("h", "MOUNTAIN NEURODIAGNOSTICS - EMG/NCS LEFT LOWER EXTREMITY  (08/31/2026)"),
               ("p", "Sensory and motor conduction studies normal. Needle EMG of L3-S1 myotomes and paraspinals: "
                     "no abnormal spontaneous activity, normal recruitment. Impression: Normal study. No "
                     "electrodiagnostic evidence of left lumbosacral radiculopathy."),
               ("m", "Harold Vance, MD, PM&R"))
    letter = P(("h", "HAW BRANCH FAMILY MEDICINE & SPINE"),
               ("m", "November 3, 2026\nCareSource North Carolina, Medical Director"),
               ("p", "RE: Verna Mae Ledford, DOB 12/05/1957, ID CSN-61024-3398 - open revision left sacroiliac "
                     "joint fusion (CPT 27280)"),
               ("p", "Mrs. Ledford underwent minimally invasive left SI joint fusion on 02/13/2024 at Blue Ridge "
                     "Regional Hospital. After about six months of relief her left buttock pain returned and is "
                     "now 8/10 and constant. CT on 09/24/2026 shows lucency around two of the three implants "
                     "without bridging bone, and radiographs on 10/15/2026 show the superior implant backing "
                     "out. The prior percutaneous fusion has failed."),
               ("p", "Lumbar MRI shows only mild spondylosis without stenosis or nerve root compression, and EMG "
                     "is normal. Inflammatory markers are normal and there is no sign of infection."),
               ("p", "A further percutaneous procedure would not address the loose hardware and open joint. I am "
                     "requesting an open revision SI joint arthrodesis with implant removal, debridement, "
                     "bone graft and plate/screw fixation."),
               ("m", "Everett L. Quillen, DO"))
    files = [("01_fax_cover.pdf", [cover], "Fax cover"),
             ("02_PA_request_form.pdf", [form], "PA request"),
             ("03_spine_clinic_notes.pdf", [q1, q2], "Spine clinic"),
             ("04_BRRH_operative_report_2024.pdf", [op], "Op report 2024"),
             ("05_imaging_reports.pdf", [xr_old, ct, xr_new], "Imaging/EMG"),
             ("06_letter_medical_necessity.pdf", [letter], "LMN")]
    for fname, pages, lab in files:
        for i, pg in enumerate(pages):
            pg["header"] = ident
            pg["footer"] = "%s  %d of %d   |   %s" % (lab, i + 1, len(pages), foot)
    labels = {
        "procedure": "open", "request_date": "2026-11-05",
        "determination": "meets_criteria",
        "criteria": {
            "open.indication": {"status": "met", "evidence": ["Failed perc (L) SIJ fusion w/ nonunion", "s/p perc (L) SIJ fusion 2/13/2024", "Minimally invasive (percutaneous) left sacroiliac joint fusion"]},
            "open.recent_imaging": {"status": "met", "evidence": ["No osseous bridging across the left SI joint", "consistent with loosening and nonunion", "Loosening of the superior left SI joint implant"]},
            "open.excl.neural_compression": {"status": "met", "evidence": ["No nerve root compression", "No electrodiagnostic evidence of left lumbosacral radiculopathy"]},
        }}
    return {"id": "b10s-03", "kind": "folder", "files": [(f, p) for f, p, _ in files], "labels": labels, "packet_json": None}

# ================================================================== build ===
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
PACKETS = [packet_01, packet_02, packet_03]
SEEDS = {"b10s-01": 1101, "b10s-02": 1202, "b10s-03": 1303}


def build():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    specs = []
    for fn in PACKETS:
        spec = fn()
        seed = SEEDS[spec["id"]]
        if spec["kind"] == "single":
            (fname, pages), = spec["files"]
            with open(os.path.join(OUT, fname), "wb") as f:
                f.write(build_pdf(pages, seed))
            with open(os.path.join(OUT, spec["id"] + ".labels.json"), "w") as f:
                json.dump(spec["labels"], f, indent=2, ensure_ascii=False)
        else:
            d = os.path.join(OUT, spec["id"]); os.makedirs(d)
            for k, (fname, pages) in enumerate(spec["files"]):
                with open(os.path.join(d, fname), "wb") as f:
                    f.write(build_pdf(pages, seed + 10 * k))
            with open(os.path.join(d, "labels.json"), "w") as f:
                json.dump(spec["labels"], f, indent=2, ensure_ascii=False)
            if spec["packet_json"]:
                with open(os.path.join(d, "packet.json"), "w") as f:
                    json.dump(spec["packet_json"], f, indent=2)
        specs.append(spec)
    return specs


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def selfcheck(specs):
    import pdfplumber
    log = []
    ok_all = True
    def rep(ok, msg):
        nonlocal ok_all
        ok_all &= ok
        log.append(("PASS " if ok else "FAIL ") + msg)
    for spec in specs:
        pid = spec["id"]
        log.append("=" * 70); log.append("Packet " + pid)
        if spec["kind"] == "single":
            pdfs = [(os.path.join(OUT, spec["files"][0][0]), spec["files"][0][1])]
            lab = json.load(open(os.path.join(OUT, pid + ".labels.json")))
        else:
            d = os.path.join(OUT, pid)
            names = sorted(n for n in os.listdir(d) if n.endswith(".pdf"))
            rep(names == [f for f, _ in spec["files"]], "folder PDFs read in file-name order: %s" % names)
            pdfs = [(os.path.join(d, f), p) for f, p in spec["files"]]
            lab = json.load(open(os.path.join(d, "labels.json")))
            pj = os.path.join(d, "packet.json")
            log.append("     packet.json present: %s" % os.path.exists(pj))
            if os.path.exists(pj):
                rep(json.load(open(pj))["request_date"] == lab["request_date"], "packet.json request_date == label")
        texts = []  # (page_no, source, text)
        pno = 0
        nfax = 0
        for path, pages in pdfs:
            with pdfplumber.open(path) as pdf:
                rep(len(pdf.pages) == len(pages), "%s: %d pages" % (os.path.basename(path), len(pdf.pages)))
                for pg, spec_pg in zip(pdf.pages, pages):
                    pno += 1
                    t = pg.extract_text() or ""
                    if spec_pg.get("fax"):
                        nfax += 1
                        rep(t.strip() == "" and len(pg.chars) == 0, "p%d faxed page has no text layer" % pno)
                        imgs = pg.images
                        good = len(imgs) == 1
                        if good:
                            im = imgs[0]
                            stream = im["stream"]
                            filt = str(stream.get("Filter")); bpc = stream.get("BitsPerComponent")
                            wpx, hpx = im["srcsize"]
                            dx = wpx / (float(pg.width) / 72.0); dy = hpx / (float(pg.height) / 72.0)
                            want = (204, 196) if spec_pg["fax"] == "fine" else (204, 98)
                            good = ("CCITTFax" in filt and int(bpc) == 1 and abs(dx - want[0]) < 1 and abs(dy - want[1]) < 1)
                            rep(good, "p%d faxed image: filter=%s bpc=%s %dx%d px, %.0fx%.0f dpi (want %dx%d), page %.0fx%.0f pt"
                                % (pno, filt, bpc, wpx, hpx, dx, dy, want[0], want[1], pg.width, pg.height))
                        else:
                            rep(False, "p%d faxed page should hold exactly one image" % pno)
                        texts.append((pno, "fax-raster", page_text(spec_pg)))
                    else:
                        rep(len(t.strip()) > 50, "p%d text layer present (%d chars)" % (pno, len(t)))
                        texts.append((pno, "pdfplumber", t))
        log.append("     pages=%d faxed=%d" % (pno, nfax))
        rep(6 <= pno <= 16, "page count %d within 6-16" % pno)
        rep(nfax >= 1, "at least one faxed page")
        crit = PERC if lab["procedure"] == "percutaneous" else OPEN
        rep(sorted(lab["criteria"]) == sorted(crit), "every %s criterion labelled (%d)" % (lab["procedure"], len(crit)))
        st = [c["status"] for c in lab["criteria"].values()]
        det = ("meets_criteria" if all(s == "met" for s in st) else
               "does_not_meet_criteria" if "not_met" in st else "insufficient_documentation")
        rep(det == lab["determination"], "determination %s consistent with statuses (%s)" % (lab["determination"], det))
        for cid in crit:
            c = lab["criteria"][cid]
            if c["status"] == "insufficient":
                rep(c["evidence"] == [], "%s insufficient with empty evidence" % cid)
            for snip in c["evidence"]:
                hits = [(p, src) for p, src, t in texts if norm(snip) in norm(t)]
                rep(bool(hits), "%s [%s] snippet %r found on %s" % (cid, c["status"], snip,
                    ", ".join("p%d(%s)" % h for h in hits) if hits else "NOWHERE"))
    log.append("=" * 70)
    log.append("OVERALL: " + ("ALL CHECKS PASSED" if ok_all else "SOME CHECKS FAILED"))
    return "\n".join(log) + "\n", ok_all


if __name__ == "__main__":
    specs = build()
    if "--check" in sys.argv:
        txt, ok = selfcheck(specs)
        with open(os.path.join(HERE, "selfcheck.txt"), "w") as f:
            f.write(txt)
        print(txt)
        sys.exit(0 if ok else 1)
