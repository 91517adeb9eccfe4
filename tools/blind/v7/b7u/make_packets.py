#!/usr/bin/env python
"""Deterministically writes blind packets b7u-01..03 with gold labels, then self-checks.
Run with:  .venv/bin/python make_packets.py"""
import json, os, shutil, sys, io, random
import pdfplumber
from pypdf import PdfReader
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
import content01, content02, content03

OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]

# id, module, form ('folder' | 'folder+json' | 'single'), seed, expected
PACKETS = [
    ("b7u-01", content01, "folder+json", 701, "meets_criteria", "open"),
    ("b7u-02", content02, "single", 702, "insufficient_documentation", "percutaneous"),
    ("b7u-03", content03, "folder", 703, "does_not_meet_criteria", "percutaneous"),
]


def determination(statuses):
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    return "insufficient_documentation"


def build(pid, mod, form, seed):
    random.seed(seed)
    files = mod.pages()
    if form == "single":
        target_dir = OUT
        for p in [os.path.join(OUT, pid + ".pdf"), os.path.join(OUT, pid + ".labels.json")]:
            if os.path.exists(p):
                os.remove(p)
    else:
        target_dir = os.path.join(OUT, pid)
        if os.path.isdir(target_dir):
            shutil.rmtree(target_dir)
        os.makedirs(target_dir)
    page_records = []  # (file, page_index_in_file, info)
    for k, (fn, pgs) in enumerate(sorted(files.items())):
        path = os.path.join(target_dir, fn)
        info = engine.build_pdf(pgs, path, seed * 10 + k)
        for i, inf in enumerate(info):
            page_records.append((path, i, inf))
    labels = mod.LABELS
    if form == "single":
        lab_path = os.path.join(OUT, pid + ".labels.json")
    else:
        lab_path = os.path.join(target_dir, "labels.json")
    with open(lab_path, "w") as f:
        json.dump(labels, f, indent=2)
    if form == "folder+json":
        with open(os.path.join(target_dir, "packet.json"), "w") as f:
            json.dump(mod.PACKET_JSON, f, indent=2)
    return page_records, labels


def check(pid, form, page_records, labels, expected, proc):
    errs = []
    texts = []
    fax_summary = []
    for path, i, inf in page_records:
        with pdfplumber.open(path) as pdf:
            t = pdf.pages[i].extract_text() or ""
        rd = PdfReader(path)
        page = rd.pages[i]
        mb = page.mediabox
        if abs(float(mb.width) - 612) > 1 or abs(float(mb.height) - 792) > 1:
            errs.append("%s p%d not US Letter: %s" % (path, i + 1, mb))
        if inf["fax"]:
            if t.strip():
                errs.append("%s p%d fax page has a text layer" % (path, i + 1))
            xo = page["/Resources"]["/XObject"]
            imgs = [xo[k].get_object() for k in xo]
            ok = any(im.get("/Filter") in ("/CCITTFaxDecode", ["/CCITTFaxDecode"]) and
                     im.get("/BitsPerComponent") == 1 for im in imgs)
            if not ok:
                errs.append("%s p%d fax page not 1-bit CCITT G4" % (path, i + 1))
            texts.append(inf["text"])
            fax_summary.append("%s p%d %dx%d" % (os.path.basename(path), i + 1, *inf["res"]))
        else:
            if not t.strip():
                errs.append("%s p%d text page has no text" % (path, i + 1))
            texts.append(t)
    n = len(page_records)
    if not 4 <= n <= 20:
        errs.append("page count %d" % n)
    want = PERC if proc == "percutaneous" else OPEN
    if labels["procedure"] != proc:
        errs.append("procedure mismatch")
    if sorted(labels["criteria"]) != sorted(want):
        errs.append("criteria set mismatch: %s" % (set(want) ^ set(labels["criteria"])))
    det = determination([c["status"] for c in labels["criteria"].values()])
    if det != labels["determination"] or det != expected:
        errs.append("determination %s / label %s / expected %s" % (det, labels["determination"], expected))
    normed = [engine.norm(t) for t in texts]
    for cid, c in labels["criteria"].items():
        st, ev = c["status"], c["evidence"]
        if st not in ("met", "not_met", "insufficient"):
            errs.append("%s bad status" % cid)
        if st == "insufficient" and ev:
            errs.append("%s insufficient with evidence" % cid)
        if st in ("met", "not_met") and not 1 <= len(ev) <= 3:
            errs.append("%s needs 1-3 snippets" % cid)
        for s in ev:
            nw = len(s.split())
            if not 3 <= nw <= 12:
                errs.append("%s snippet word count %d: %r" % (cid, nw, s))
            hits = [k + 1 for k, t in enumerate(normed) if engine.norm(s) in t]
            if not hits:
                errs.append("%s snippet not found: %r" % (cid, s))
    return errs, n, fax_summary


def main():
    allok = True
    for pid, mod, form, seed, expected, proc in PACKETS:
        recs, labels = build(pid, mod, form, seed)
        errs, n, fax = check(pid, form, recs, labels, expected, proc)
        nfiles = len({r[0] for r in recs})
        print("%s: form=%s files=%d pages=%d determination=%s procedure=%s" %
              (pid, form, nfiles, n, labels["determination"], labels["procedure"]))
        print("   faxed pages: " + "; ".join(fax))
        counts = {}
        for c in labels["criteria"].values():
            counts[c["status"]] = counts.get(c["status"], 0) + 1
        print("   statuses: %s" % counts)
        if errs:
            allok = False
            for e in errs:
                print("   ERROR: " + e)
        else:
            print("   self-check OK (criteria set, determination, %d snippets found, fax pages G4/no text, Letter, page count)"
                  % sum(len(c["evidence"]) for c in labels["criteria"].values()))
    print("ALL OK" if allok else "FAILURES")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
