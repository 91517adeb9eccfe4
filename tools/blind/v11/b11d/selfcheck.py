#!/work/writer-venv/bin/python
"""Self-check for b11d packets: snippets found, criteria complete, determination consistent, fax pages image-only w/ dpi."""
import os, json, re, glob
import pdfplumber
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__)); P = os.path.join(HERE, "packets")
FAX = json.load(open(os.path.join(HERE, "fax_text.json")))
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
ok = True
def say(m):
    print(m)
for pid, files, labp in [("b11d-01", ["b11d-01.pdf"], "b11d-01.labels.json")] + [
        (d, sorted(os.path.relpath(f, P) for f in glob.glob(os.path.join(P, d, "*.pdf"))), d + "/labels.json") for d in ["b11d-02", "b11d-03"]]:
    lab = json.load(open(os.path.join(P, labp)))
    say(f"== {pid}: procedure={lab['procedure']} request_date={lab['request_date']} determination={lab['determination']}")
    pages = []  # (file, idx, text, faxed)
    for f in files:
        with pdfplumber.open(os.path.join(P, f)) as pdf:
            rd = PdfReader(os.path.join(P, f))
            for i, pg in enumerate(pdf.pages):
                t = pg.extract_text() or ""
                faxed = str(i) in FAX.get(f, {})
                if faxed:
                    if t.strip():
                        ok = False; say(f"  FAIL fax page has text layer: {f} p{i+1}")
                    imgs = pg.images
                    im = imgs[0]
                    xdpi = im["srcsize"][0] / (float(pg.width) / 72); ydpi = im["srcsize"][1] / (float(pg.height) / 72)
                    xo = rd.pages[i]["/Resources"]["/XObject"]; obj = list(xo.values())[0].get_object()
                    filt = obj["/Filter"]; bpc = obj["/BitsPerComponent"]
                    good = filt in ("/CCITTFaxDecode", ["/CCITTFaxDecode"]) and bpc == 1 and len(imgs) == 1
                    res = "standard 204x98" if round(ydpi) == 98 else "fine 204x196"
                    say(f"  fax page {f} p{i+1}: {im['srcsize'][0]}x{im['srcsize'][1]} px, {xdpi:.0f}x{ydpi:.0f} dpi ({res}), filter={filt}, bpc={bpc}, text-layer chars={len(t.strip())} {'OK' if good else 'FAIL'}")
                    ok &= good
                    t = FAX[f][str(i)]
                pages.append((f, i, t, faxed))
    npages = len(pages); say(f"  files={len(files)} pages={npages} faxed={sum(p[3] for p in pages)}")
    ok &= 6 <= npages <= 16
    need = PERC if lab["procedure"] == "percutaneous" else OPEN
    if sorted(lab["criteria"]) != sorted(need):
        ok = False; say("  FAIL criteria set mismatch")
    else:
        say(f"  all {len(need)} criteria labelled: OK")
    sts = [c["status"] for c in lab["criteria"].values()]
    det = "does_not_meet_criteria" if "not_met" in sts else ("meets_criteria" if all(s == "met" for s in sts) else "insufficient_documentation")
    say(f"  determination from statuses = {det}: {'OK' if det == lab['determination'] else 'FAIL'}"); ok &= det == lab["determination"]
    for cid, c in lab["criteria"].items():
        if c["status"] == "insufficient" and c["evidence"]:
            ok = False; say(f"  FAIL {cid} insufficient with evidence")
        for sn in c["evidence"]:
            hits = [f"{f} p{i+1}{' (fax)' if fx else ''}" for f, i, t, fx in pages if norm(sn) in norm(t)]
            if not hits: ok = False
            say(f"  {cid} [{c['status']}] '{sn}' -> {', '.join(hits) if hits else 'NOT FOUND'}")
    if os.path.isdir(os.path.join(P, pid)):
        say(f"  packet.json present: {os.path.exists(os.path.join(P, pid, 'packet.json'))}")
print("OVERALL:", "PASS" if ok else "FAIL")
