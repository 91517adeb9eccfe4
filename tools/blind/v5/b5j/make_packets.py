#!/usr/bin/env python3
"""Build the b5j blind packets (deterministic) and self-check them.

Usage: .venv/bin/python make_packets.py
Writes b5j-01.pdf + b5j-01.labels.json, b5j-02/ (PDFs, packet.json, labels.json),
b5j-03/ (PDFs, labels.json; no packet.json) and prints a self-check report.
Fax-page text (what was rasterized) is kept in memory for the self-check only.
"""
import io
import json
import os
import re
import shutil
import sys

import pdfplumber
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import packet01  # noqa: E402
import packet02  # noqa: E402
import packet03  # noqa: E402

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
EXPECTED = {"b5j-01": ("does_not_meet_criteria", "percutaneous", "27279"),
            "b5j-02": ("meets_criteria", "percutaneous", "27279"),
            "b5j-03": ("insufficient_documentation", "open", "27280")}

FIXED_DATE = "D:20260310091200+00'00'"


def merge(parts):
    """parts -> (pdf bytes, per-page list of None (text page) or fax text)."""
    w = PdfWriter()
    pages = []
    for kind, payload in parts:
        if kind == "text":
            r = PdfReader(io.BytesIO(payload))
            for p in r.pages:
                w.add_page(p)
                pages.append(None)
        else:
            for pdf, txt in payload:
                r = PdfReader(io.BytesIO(pdf))
                for p in r.pages:
                    w.add_page(p)
                    pages.append(txt)
    w.add_metadata({"/Producer": "BRMH/TCH/CFLHP document export", "/CreationDate": FIXED_DATE, "/ModDate": FIXED_DATE})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue(), pages


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def build():
    faxmap = {}
    # ---- b5j-01 single PDF
    pdf, pages = merge(packet01.parts())
    with open(os.path.join(HERE, "b5j-01.pdf"), "wb") as f:
        f.write(pdf)
    faxmap["b5j-01.pdf"] = pages
    with open(os.path.join(HERE, "b5j-01.labels.json"), "w") as f:
        json.dump(packet01.LABELS, f, indent=2)
    # ---- folders
    for pid, mod in (("b5j-02", packet02), ("b5j-03", packet03)):
        folder = os.path.join(HERE, pid)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for fname, parts in mod.files():
            pdf, pages = merge(parts)
            with open(os.path.join(folder, fname), "wb") as f:
                f.write(pdf)
            faxmap[f"{pid}/{fname}"] = pages
        if mod.PACKET_JSON is not None:
            with open(os.path.join(folder, "packet.json"), "w") as f:
                json.dump(mod.PACKET_JSON, f, indent=2)
        with open(os.path.join(folder, "labels.json"), "w") as f:
            json.dump(mod.LABELS, f, indent=2)
    return faxmap


def packet_files(pid):
    p = os.path.join(HERE, pid)
    if os.path.isdir(p):
        return [f"{pid}/{f}" for f in sorted(os.listdir(p)) if f.endswith(".pdf")]
    return [f"{pid}.pdf"]


def check(faxmap):
    ok = True
    rows = []

    def fail(msg):
        nonlocal ok
        ok = False
        print("  FAIL:", msg)

    for pid, (gold_det, gold_proc, cpt) in EXPECTED.items():
        print(f"== {pid}")
        lab_path = os.path.join(HERE, pid, "labels.json") if os.path.isdir(os.path.join(HERE, pid)) else os.path.join(HERE, pid + ".labels.json")
        lab = json.load(open(lab_path))
        want = PERC if lab["procedure"] == "percutaneous" else OPEN
        if lab["procedure"] != gold_proc:
            fail("procedure mismatch")
        if sorted(lab["criteria"]) != sorted(want):
            fail(f"criteria set mismatch: {set(want) ^ set(lab['criteria'])}")
        else:
            print(f"  criteria set matches section 4 ({len(want)} {lab['procedure']} criteria)")
        det = determination([c["status"] for c in lab["criteria"].values()])
        if det != lab["determination"] or det != gold_det:
            fail(f"determination {lab['determination']} vs computed {det} vs assigned {gold_det}")
        else:
            print(f"  determination follows section 2: {det}")
        # page texts
        page_texts, n_pages, n_fax, fax_res = [], 0, 0, set()
        for fn in packet_files(pid):
            reader = PdfReader(os.path.join(HERE, fn))
            with pdfplumber.open(os.path.join(HERE, fn)) as pl:
                for i, (pp, rp) in enumerate(zip(pl.pages, reader.pages)):
                    n_pages += 1
                    if abs(float(rp.mediabox.width) - 612) > 1 or abs(float(rp.mediabox.height) - 792) > 1:
                        fail(f"{fn} p{i+1} not US Letter")
                    fx = faxmap[fn][i]
                    if fx is None:
                        t = pp.extract_text() or ""
                        if len(t) < 50:
                            fail(f"{fn} p{i+1} text page has little text")
                        page_texts.append(t)
                    else:
                        n_fax += 1
                        if pp.chars or (pp.extract_text() or "").strip():
                            fail(f"{fn} p{i+1} fax page has a text layer")
                        xo = rp["/Resources"]["/XObject"]
                        for _, v in xo.items():
                            o = v.get_object()
                            flt = o.get("/Filter")
                            flt = flt if isinstance(flt, str) else list(flt)[0]
                            if flt != "/CCITTFaxDecode" or o["/BitsPerComponent"] != 1:
                                fail(f"{fn} p{i+1} fax image not 1-bit CCITT")
                            dpi_x = round(int(o["/Width"]) / (float(rp.mediabox.width) / 72))
                            dpi_y = round(int(o["/Height"]) / (float(rp.mediabox.height) / 72))
                            fax_res.add(f"{dpi_x}x{dpi_y}")
                        page_texts.append(fx)
        if not 4 <= n_pages <= 20:
            fail(f"page count {n_pages}")
        print(f"  files {len(packet_files(pid))}, pages {n_pages}, faxed pages {n_fax} ({', '.join(sorted(fax_res))} dpi) - no text layer, 1-bit CCITT G4")
        # CPT present in request form text
        alltext = norm(" ".join(page_texts))
        if cpt not in alltext:
            fail(f"CPT {cpt} not in packet text")
        # evidence
        n_snip = 0
        for cid, c in lab["criteria"].items():
            ev = c["evidence"]
            if c["status"] == "insufficient":
                if ev:
                    fail(f"{cid}: insufficient with evidence")
                continue
            if not 1 <= len(ev) <= 3:
                fail(f"{cid}: {len(ev)} snippets")
            for s in ev:
                nw = len(s.split())
                if not 3 <= nw <= 12:
                    fail(f"{cid}: snippet has {nw} words: {s!r}")
                if not any(norm(s) in norm(t) for t in page_texts):
                    fail(f"{cid}: snippet not found on any page: {s!r}")
                n_snip += 1
        print(f"  {n_snip} evidence snippets all found verbatim in page text")
        rows.append((pid, n_pages, n_fax, fax_res))
    print("SELF-CHECK:", "PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    fm = build()
    sys.exit(0 if check(fm) else 1)
