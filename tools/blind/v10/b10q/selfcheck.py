"""Self-check for b10q packets. Run after make_packets.py; writes selfcheck.txt."""
import json, os, re, glob, io
import pdfplumber
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__))
FAX = json.load(open(os.path.join(HERE, "fax_text.json")))
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
norm = lambda s: re.sub(r"\s+", " ", s.lower()).strip()
out = []; ok_all = True
def say(s): out.append(s); print(s)
def fail(s):
    global ok_all; ok_all = False; say("  FAIL " + s)

def pages_of(pdf_rel):
    info = FAX[pdf_rel]
    res = []
    path = os.path.join(HERE, pdf_rel)
    rd = PdfReader(path)
    with pdfplumber.open(path) as pl:
        for i, (pg, inf) in enumerate(zip(pl.pages, info)):
            txt = pg.extract_text() or ""
            if inf["fax"]:
                if txt.strip(): fail("%s p%d fax page has a text layer" % (pdf_rel, i + 1))
                xo = rd.pages[i]["/Resources"]["/XObject"]
                for k in xo:
                    o = xo[k].get_object()
                    filt = o["/Filter"]; filt = filt[0] if isinstance(filt, list) or hasattr(filt, '__iter__') and not isinstance(filt, str) else filt
                    w, h, bpc = o["/Width"], o["/Height"], o["/BitsPerComponent"]
                    xdpi = w / (float(pg.width) / 72); ydpi = h / (float(pg.height) / 72)
                    exp = (204, 98) if inf["res"] == "standard" else (204, 196)
                    good = str(filt) == "/CCITTFaxDecode" and bpc == 1 and abs(xdpi - exp[0]) < 1.5 and abs(ydpi - exp[1]) < 1.5
                    say("  %s p%d FAX %s %dx%d px, %.0fx%.0f dpi, %s, bpc=%d -> %s" % (pdf_rel, i + 1, inf["res"], w, h, xdpi, ydpi, filt, bpc, "ok" if good else "BAD"))
                    if not good: fail("fax format")
                res.append(" ".join(inf["lines"]))
            else:
                if not txt.strip(): fail("%s p%d text page empty" % (pdf_rel, i + 1))
                res.append(txt)
    return res

def check(pid, pdfs, labels, meta):
    say("== %s" % pid)
    say("  packet.json: %s" % (meta if meta else "absent / single PDF"))
    allp = []
    for p in pdfs:
        allp += pages_of(p)
    say("  pages: %d, faxed: %d" % (len(allp), sum(1 for p in pdfs for x in FAX[p] if x["fax"])))
    if not 6 <= len(allp) <= 16: fail("page count")
    crit = OPEN if labels["procedure"] == "open" else PERC
    if sorted(labels["criteria"]) != sorted(crit): fail("criteria set mismatch")
    else: say("  all %d criteria of %s labelled" % (len(crit), labels["procedure"]))
    st = [v["status"] for v in labels["criteria"].values()]
    det = "does_not_meet_criteria" if "not_met" in st else ("insufficient_documentation" if "insufficient" in st else "meets_criteria")
    say("  determination %s (computed %s) %s" % (labels["determination"], det, "ok" if det == labels["determination"] else "MISMATCH"))
    if det != labels["determination"]: fail("determination")
    if meta and meta.get("request_date") != labels["request_date"]: fail("request date vs packet.json")
    joined = [norm(p) for p in allp]
    for cid, v in labels["criteria"].items():
        if v["status"] == "insufficient" and v["evidence"]: fail("%s insufficient with evidence" % cid)
        for s in v["evidence"]:
            hits = [i + 1 for i, p in enumerate(joined) if norm(s) in p]
            say("  %-40s %-13s %-60r pages %s" % (cid, v["status"], s, hits))
            if not hits: fail("snippet not found: %r" % s)

base = os.path.join(HERE, "packets")
check("b10q-01", ["packets/b10q-01.pdf"], json.load(open(os.path.join(base, "b10q-01.labels.json"))), None)
for pid in ["b10q-02", "b10q-03"]:
    d = os.path.join(base, pid)
    pdfs = sorted(os.path.relpath(p, HERE) for p in glob.glob(d + "/*.pdf"))
    meta = json.load(open(d + "/packet.json")) if os.path.exists(d + "/packet.json") else None
    check(pid, pdfs, json.load(open(d + "/labels.json")), meta)
say("OVERALL: %s" % ("PASS" if ok_all else "FAIL"))
open(os.path.join(HERE, "selfcheck.txt"), "w").write("\n".join(out) + "\n")
