#!/usr/bin/env python3
"""Self-check for b10k packets. Writes its report to stdout (saved as selfcheck.txt)."""
import os, re, json, io
import pdfplumber
from pypdf import PdfReader
import make_packets as m

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()

def determination(st):
    v = list(st.values())
    if all(x == "met" for x in v): return "meets_criteria"
    if "not_met" in v: return "does_not_meet_criteria"
    return "insufficient_documentation"

ok = True
def check(cond, msg):
    global ok
    print(("PASS " if cond else "FAIL ") + msg)
    ok = ok and cond

for pk in m.PACKETS:
    pid = pk["id"]
    print("=" * 70); print(pid, "form:", pk["form"])
    if pk["form"] == "single":
        files = [(os.path.join(m.OUT, pid + ".pdf"), pk["pages"])]
        lab = json.load(open(os.path.join(m.OUT, pid + ".labels.json")))
    else:
        d = os.path.join(m.OUT, pid)
        files = [(os.path.join(d, f), pg) for f, pg in pk["files"]]
        check(sorted(os.listdir(d)) == sorted([f for f, _ in pk["files"]] + ["labels.json"]
              + (["packet.json"] if pk.get("packet_json") else [])), "folder contents as designed")
        lab = json.load(open(os.path.join(d, "labels.json")))
        if pk.get("packet_json"):
            pj = json.load(open(os.path.join(d, "packet.json")))
            check(pj["request_date"] == lab["request_date"], "packet.json request_date = label")
    pages = []  # (global page no, kind, text)
    n = 0
    for path, model in files:
        r = PdfReader(path)
        check(len(r.pages) == len(model), f"{os.path.basename(path)}: {len(r.pages)} pages match model")
        with pdfplumber.open(path) as pl:
            for i, (pg, mp) in enumerate(zip(pl.pages, model)):
                n += 1
                if mp["kind"] == "text":
                    txt = pg.extract_text() or ""
                    check(len(txt) > 50, f"p{n} text layer present ({len(txt)} chars)")
                    pages.append((n, "text", txt))
                else:
                    txt = pg.extract_text() or ""
                    rp = r.pages[i]
                    fonts = rp["/Resources"].get("/Font")
                    xo = rp["/Resources"]["/XObject"]
                    im = list(xo.values())[0].get_object()
                    w, h = float(rp.mediabox.width), float(rp.mediabox.height)
                    dx, dy = im["/Width"] / (w / 72), im["/Height"] / (h / 72)
                    want = (204, 196) if mp["dpi"] == "fine" else (204, 98)
                    check(txt.strip() == "" and not fonts, f"p{n} fax: no text layer")
                    check(im["/Filter"] in ("/CCITTFaxDecode", ["/CCITTFaxDecode"]) and im["/BitsPerComponent"] == 1,
                          f"p{n} fax: 1-bit CCITT ({im['/Filter']})")
                    check(round(dx) == want[0] and round(dy) == want[1],
                          f"p{n} fax: {round(dx)}x{round(dy)} dpi (want {want[0]}x{want[1]})")
                    pages.append((n, "fax", mp["banner"] + "\n" + "\n".join(mp["lines"])))
    check(6 <= n <= 16, f"page count {n} within 6-16")
    # labels
    proc = lab["procedure"]
    ids = PERC if proc == "percutaneous" else OPEN
    check(sorted(lab["criteria"]) == sorted(ids), f"all {len(ids)} {proc} criteria labelled, no extras")
    st = {k: v["status"] for k, v in lab["criteria"].items()}
    check(determination(st) == lab["determination"], f"determination {lab['determination']} consistent")
    for cid in ids:
        c = lab["criteria"][cid]
        if c["status"] == "insufficient":
            check(c["evidence"] == [], f"{cid}: insufficient with empty evidence")
        for sn in c["evidence"]:
            hits = [(p, k) for p, k, t in pages if norm(sn) in norm(t)]
            check(bool(hits), f"{cid} [{c['status']}] '{sn}' -> " +
                  (", ".join(f"p{p}({k})" for p, k in hits) if hits else "NOT FOUND"))
print("=" * 70)
print("OVERALL:", "PASS" if ok else "FAIL")
