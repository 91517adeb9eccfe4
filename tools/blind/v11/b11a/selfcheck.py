#!/work/writer-venv/bin/python
"""Self-check for b11a packets: snippets found, criteria complete, determination consistent, fax pages image-only w/ stated dpi."""
import os, json, re, glob, pdfplumber
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__)); P = os.path.join(HERE, "packets")
FAX = json.load(open(os.path.join(HERE, ".faxtext.json")))
PERC = ["perc.pain_location","perc.pain_severity","perc.sij_tenderness","perc.active_conservative_therapy",
 "perc.inactive_conservative_therapy","perc.thigh_thrust_or_compression","perc.two_provocative_tests",
 "perc.diagnostic_injections","perc.generalized_pain_excluded","perc.sij_imaging","perc.hip_imaging",
 "perc.lumbar_imaging","perc.therapeutic_injections","perc.excl.systemic_arthropathy",
 "perc.excl.infection_tumor_fracture","perc.excl.acute_instability","perc.excl.neural_compression"]
OPEN = ["open.indication","open.recent_imaging","open.excl.neural_compression"]
norm = lambda s: re.sub(r"\s+", " ", s.lower()).strip()
out = []; ok = True
def log(m): out.append(m); print(m)
for pid in ["b11a-01", "b11a-02", "b11a-03"]:
    if os.path.isdir(os.path.join(P, pid)):
        files = sorted(glob.glob(os.path.join(P, pid, "*.pdf"))); lab = json.load(open(os.path.join(P, pid, "labels.json")))
        form = "folder" + (" + packet.json" if os.path.exists(os.path.join(P, pid, "packet.json")) else " (no packet.json)")
    else:
        files = [os.path.join(P, pid + ".pdf")]; lab = json.load(open(os.path.join(P, pid + ".labels.json"))); form = "single PDF"
    log(f"== {pid}: {form}, {len(files)} file(s), procedure={lab['procedure']}, request_date={lab['request_date']}, determination={lab['determination']}")
    pages = []
    for f in files:
        meta = FAX[pid][os.path.basename(f)]
        rd = PdfReader(f)
        with pdfplumber.open(f) as pp:
            for i, pg in enumerate(pp.pages):
                m = meta[i]; txt = pg.extract_text() or ""
                if m["fax"]:
                    if txt.strip(): ok = False; log(f"  FAIL fax page has text layer {f} p{i+1}")
                    p = rd.pages[i]; imgs = list(p.images)
                    wpt, hpt = float(p.mediabox.width), float(p.mediabox.height)
                    xo = p["/Resources"]["/XObject"]; im = [xo[k].get_object() for k in xo][0]
                    W, H = im["/Width"], im["/Height"]; dpix, dpiy = W / wpt * 72, H / hpt * 72
                    want = (204, 196) if m["fax"] == "fine" else (204, 98)
                    good = abs(dpix - want[0]) < 1 and abs(dpiy - want[1]) < 1 and im["/BitsPerComponent"] == 1 and "/CCITTFaxDecode" in str(im["/Filter"])
                    ok &= good
                    log(f"  fax page {len(pages)+1} ({os.path.basename(f)} p{i+1}): no text layer={not txt.strip()}, {W}x{H}px on {wpt:.0f}x{hpt:.0f}pt -> {dpix:.0f}x{dpiy:.0f} dpi, 1-bit={im['/BitsPerComponent']==1}, filter={im['/Filter']} [{'OK' if good else 'FAIL'}]")
                    pages.append(m["text"])
                else:
                    pages.append(txt)
    log(f"  total pages: {len(pages)}")
    want = PERC if lab["procedure"] == "percutaneous" else OPEN
    miss = [c for c in want if c not in lab["criteria"]]; extra = [c for c in lab["criteria"] if c not in want]
    if miss or extra: ok = False
    log(f"  criteria labelled: {len(lab['criteria'])}/{len(want)} missing={miss} extra={extra}")
    sts = [v["status"] for v in lab["criteria"].values()]
    det = "does_not_meet_criteria" if "not_met" in sts else ("insufficient_documentation" if "insufficient" in sts else "meets_criteria")
    ok &= det == lab["determination"]
    log(f"  determination from statuses: {det} [{'OK' if det == lab['determination'] else 'FAIL'}]")
    for c, v in lab["criteria"].items():
        if v["status"] == "insufficient" and v["evidence"]: ok = False; log(f"  FAIL {c} insufficient with evidence")
        for s in v["evidence"]:
            hits = [i + 1 for i, t in enumerate(pages) if norm(s) in norm(t)]
            ok &= bool(hits)
            log(f"  {c:40s} {v['status']:12s} '{s}' -> page(s) {hits} [{'OK' if hits else 'FAIL'}]")
log("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
open(os.path.join(HERE, "selfcheck.txt"), "w").write("\n".join(out) + "\n")
