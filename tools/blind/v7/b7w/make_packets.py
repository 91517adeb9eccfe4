#!/usr/bin/env python3
"""Writes the b7w blind packets (b7w-01 single PDF, b7w-02 folder, b7w-03 folder + packet.json) with gold labels,
then self-checks them. Deterministic: fixed seeds, fixed dates. Run with the venv in this folder:
    .venv/bin/python make_packets.py
"""
import io
import json
import os
import shutil
import sys

import pdfplumber
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import packet01, packet02, packet03  # noqa: E402
from pktlib import norm  # noqa: E402

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
EXPECT = {"b7w-01": ("percutaneous", "meets_criteria"), "b7w-02": ("percutaneous", "insufficient_documentation"),
          "b7w-03": ("open", "does_not_meet_criteria")}


def determination(labels):
    st = [c["status"] for c in labels["criteria"].values()]
    if all(s == "met" for s in st):
        return "meets_criteria"
    if any(s == "not_met" for s in st):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def read_pages(pdf_path, meta):
    """Returns list of (kind, text, res, problems) per page."""
    out = []
    rd = PdfReader(pdf_path)
    with pdfplumber.open(pdf_path) as pl:
        for i, pg in enumerate(pl.pages):
            kind, ftxt, res = meta[i]
            probs = []
            w, h = float(pg.width), float(pg.height)
            if abs(w - 612) > 1 or abs(h - 792) > 1:
                probs.append(f"page size {w}x{h} not Letter")
            if kind == "fax":
                if (pg.extract_text() or "").strip() or pg.chars:
                    probs.append("fax page has a text layer")
                xo = rd.pages[i]["/Resources"]["/XObject"]
                imgs = [xo[k].get_object() for k in xo]
                if len(imgs) != 1:
                    probs.append("fax page should hold exactly one image")
                im = imgs[0]
                filt = im["/Filter"]
                filt = filt[0] if isinstance(filt, list) else filt
                if filt != "/CCITTFaxDecode" or im["/BitsPerComponent"] != 1:
                    probs.append(f"fax image not 1-bit CCITT: {filt}")
                want_h = 2156 if res == "fine" else 1078
                if (im["/Width"], im["/Height"]) != (1734, want_h):
                    probs.append(f"fax image size {im['/Width']}x{im['/Height']} != 1734x{want_h}")
                dp = im.get("/DecodeParms")
                dp = dp[0] if isinstance(dp, list) else dp
                if dp is None or int(dp.get("/K", 0)) != -1:
                    probs.append("fax image not Group 4 (K=-1)")
                out.append(("fax", ftxt, res, probs))
            else:
                out.append(("text", pg.extract_text() or "", None, probs))
    return out


def main():
    root = HERE
    # clean previous outputs
    for name in ["b7w-01.pdf", "b7w-01.labels.json"]:
        p = os.path.join(root, name)
        if os.path.exists(p):
            os.remove(p)
    for name in ["b7w-02", "b7w-03"]:
        p = os.path.join(root, name)
        if os.path.isdir(p):
            shutil.rmtree(p)

    packets = {}
    # b7w-01 single pdf
    meta = packet01.build(os.path.join(root, "b7w-01.pdf"))
    packets["b7w-01"] = {"files": [("b7w-01.pdf", os.path.join(root, "b7w-01.pdf"), meta)], "labels": packet01.LABELS,
                         "labels_path": os.path.join(root, "b7w-01.labels.json")}
    for pid, mod in (("b7w-02", packet02), ("b7w-03", packet03)):
        folder = os.path.join(root, pid)
        metas = mod.build(folder)
        files = [(n, os.path.join(folder, n), metas[n]) for n in sorted(metas)]
        packets[pid] = {"files": files, "labels": mod.LABELS, "labels_path": os.path.join(folder, "labels.json")}

    ok = True
    summary = {}
    for pid, pk in packets.items():
        lab = pk["labels"]
        with open(pk["labels_path"], "w") as fh:
            json.dump(lab, fh, indent=2)
            fh.write("\n")
        pages = []
        for name, path, meta in pk["files"]:
            for kind, txt, res, probs in read_pages(path, meta):
                pages.append((name, kind, txt, res, probs))
        errs = []
        want_proc, want_det = EXPECT[pid]
        crit_ids = PERC if lab["procedure"] == "percutaneous" else OPEN
        if lab["procedure"] != want_proc:
            errs.append("procedure mismatch")
        if list(lab["criteria"].keys()) != crit_ids:
            errs.append("criteria set does not match section 4: %s" % (set(lab["criteria"]) ^ set(crit_ids)))
        if determination(lab) != lab["determination"] or lab["determination"] != want_det:
            errs.append(f"determination {lab['determination']} vs computed {determination(lab)} vs wanted {want_det}")
        if "facts" in lab:
            errs.append("labels must not carry facts")
        if not (4 <= len(pages) <= 20):
            errs.append(f"page count {len(pages)} outside 4-20")
        allnorm = [norm(p[2]) for p in pages]
        n_snip = 0
        for cid, c in lab["criteria"].items():
            if c["status"] not in ("met", "not_met", "insufficient"):
                errs.append(f"{cid}: bad status")
            if c["status"] == "insufficient" and c["evidence"]:
                errs.append(f"{cid}: insufficient must have empty evidence")
            if c["status"] in ("met", "not_met") and not (1 <= len(c["evidence"]) <= 3):
                errs.append(f"{cid}: needs 1-3 snippets")
            for s in c["evidence"]:
                n_snip += 1
                nw = len(s.split())
                if not (3 <= nw <= 12):
                    errs.append(f"{cid}: snippet '{s}' has {nw} words")
                hits = [i + 1 for i, t in enumerate(allnorm) if norm(s) in t]
                if not hits:
                    errs.append(f"{cid}: snippet not found: '{s}'")
        for i, (name, kind, txt, res, probs) in enumerate(pages):
            for pr in probs:
                errs.append(f"page {i + 1} ({name}): {pr}")
        fax = [(i + 1, res) for i, (n, k, t, res, pr) in enumerate(pages) if k == "fax"]
        if not fax:
            errs.append("no faxed pages")
        summary[pid] = {"pages": len(pages), "files": len(pk["files"]), "fax": fax, "snippets": n_snip}
        status = "OK" if not errs else "FAIL"
        ok &= not errs
        print(f"[{status}] {pid}: {lab['procedure']} {lab['determination']} | files {len(pk['files'])} | pages {len(pages)} | "
              f"faxed pages {', '.join('p%d@%s' % (n, '204x196' if r == 'fine' else '204x98') for n, r in fax)} | "
              f"criteria {len(lab['criteria'])} (met {sum(c['status']=='met' for c in lab['criteria'].values())}, "
              f"not_met {sum(c['status']=='not_met' for c in lab['criteria'].values())}, "
              f"insufficient {sum(c['status']=='insufficient' for c in lab['criteria'].values())}) | "
              f"snippets found {n_snip - sum('snippet not found' in e for e in errs)}/{n_snip}")
        for e in errs:
            print("    -", e)
    # dump page texts for inspection
    os.makedirs(os.path.join(root, "selfcheck"), exist_ok=True)
    with open(os.path.join(root, "selfcheck", "page_texts.txt"), "w") as fh:
        for pid, pk in packets.items():
            n = 0
            for name, path, meta in pk["files"]:
                for kind, txt, res, probs in read_pages(path, meta):
                    n += 1
                    fh.write(f"===== {pid} p{n} {name} {kind} {res or ''}\n{txt}\n")
    with open(os.path.join(root, "selfcheck", "summary.json"), "w") as fh:
        json.dump(summary, fh, indent=2)
    print("SELF-CHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
