#!/usr/bin/env python3
"""Writes blind packets b4e-01..03 deterministically and self-checks them.
Run with: .venv/bin/python make_packets.py   (helpers: engine.py, content01-03.py in this folder)"""
import io, json, os, re, shutil, sys
from difflib import SequenceMatcher
from pypdf import PdfReader, PdfWriter
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine, content01, content02, content03

OUT = HERE
PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def build_file(parts):
    """Return (pdf_bytes, pageinfo list: dict(kind, fax_text, dpi))."""
    w = PdfWriter()
    info = []
    for part in parts:
        if part[0] == "text":
            data = engine.text_doc(part[1], **part[2])
            r = PdfReader(io.BytesIO(data))
            for p in r.pages:
                w.add_page(p)
                info.append({"kind": "text"})
        else:
            _, blocks, banner, seed, mode, skew, pt, opts = part
            data, txt, dpi = engine.fax_page(blocks, banner, seed, mode=mode, skew=skew, pt=pt, **opts)
            r = PdfReader(io.BytesIO(data))
            w.add_page(r.pages[0])
            info.append({"kind": "fax", "text": txt, "dpi": dpi, "mode": mode})
    w.add_metadata({"/Producer": "b4e generator", "/CreationDate": "D:20260301120000Z"})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue(), info


def determination(statuses):
    v = list(statuses.values())
    if all(s == "met" for s in v):
        return "meets_criteria"
    if any(s == "not_met" for s in v):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def main():
    problems, report = [], []
    summary = []
    for mod in (content01, content02, content03):
        pk = mod.build()
        pid = pk["id"]
        if pk["form"] == "folder":
            pdir = os.path.join(OUT, pid)
            if os.path.exists(pdir):
                shutil.rmtree(pdir)
            os.makedirs(pdir)
            label_path = os.path.join(pdir, "labels.json")
        else:
            pdir = OUT
            label_path = os.path.join(OUT, pid + ".labels.json")
        pages = []  # (file, page_no_in_packet, text, kind, dpi)
        pno = 0
        for fname, parts in pk["files"]:
            data, info = build_file(parts)
            path = os.path.join(pdir, fname)
            with open(path, "wb") as f:
                f.write(data)
            with pdfplumber.open(path) as pdf:
                for i, pg in enumerate(pdf.pages):
                    pno += 1
                    inf = info[i]
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        problems.append(f"{pid} p{pno}: not US Letter ({pg.width}x{pg.height})")
                    if inf["kind"] == "fax":
                        if pg.chars or (pg.extract_text() or "").strip():
                            problems.append(f"{pid} p{pno}: fax page has a text layer")
                        if len(pg.images) != 1:
                            problems.append(f"{pid} p{pno}: fax page image count {len(pg.images)}")
                        pages.append((fname, pno, inf["text"], "fax", inf["dpi"]))
                    else:
                        t = pg.extract_text() or ""
                        if not t.strip():
                            problems.append(f"{pid} p{pno}: text page without text")
                        pages.append((fname, pno, t, "text", None))
            # fax encoding check
            r = PdfReader(path)
            for i, p in enumerate(r.pages):
                if info[i]["kind"] == "fax":
                    xo = p["/Resources"]["/XObject"]
                    for k in xo:
                        im = xo[k].get_object()
                        filt = im.get("/Filter")
                        bpc = im.get("/BitsPerComponent")
                        if "CCITTFax" not in str(filt) or bpc != 1:
                            problems.append(f"{pid} {fname} p{i+1}: fax image not CCITT G4 1-bit ({filt}, {bpc})")
                        dp = im.get("/DecodeParms")
                        dp = dp.get_object() if dp is not None else {}
                        dps = list(dp) if isinstance(dp, list) else [dp]
                        if not any(d.get_object().get("/K") == -1 for d in dps):
                            problems.append(f"{pid} {fname} p{i+1}: not G4 (DecodeParms={dp})")
        if pk["packet_json"] is not None:
            with open(os.path.join(pdir, "packet.json"), "w") as f:
                json.dump(pk["packet_json"], f, indent=2)
        # labels
        lab = pk["labels"]
        want = PERC if lab["procedure"] == "percutaneous" else OPEN
        if sorted(lab["criteria"]) != sorted(want):
            problems.append(f"{pid}: criteria set mismatch {set(want) ^ set(lab['criteria'])}")
        statuses = {k: v[0] for k, v in lab["criteria"].items()}
        if determination(statuses) != lab["determination"]:
            problems.append(f"{pid}: determination {lab['determination']} != section-2 {determination(statuses)}")
        if not (4 <= pno <= 20):
            problems.append(f"{pid}: page count {pno}")
        normpages = [(p[1], norm(p[2]), p[3]) for p in pages]
        nsn = 0
        for cid, (st, ev) in lab["criteria"].items():
            if st not in ("met", "not_met", "insufficient"):
                problems.append(f"{pid} {cid}: bad status")
            if st == "insufficient" and ev:
                problems.append(f"{pid} {cid}: insufficient with evidence")
            if st in ("met", "not_met") and not (1 <= len(ev) <= 3):
                problems.append(f"{pid} {cid}: needs 1-3 snippets")
            for s in ev:
                nsn += 1
                nw = len(s.split())
                if not (3 <= nw <= 12):
                    problems.append(f"{pid} {cid}: snippet word count {nw}: {s!r}")
                hits = [(p, k) for p, t, k in normpages if norm(s) in t]
                if not hits:
                    problems.append(f"{pid} {cid}: snippet not found: {s!r}")
                else:
                    report.append(f"  {pid} {cid:38s} p{hits[0][0]:>2} ({hits[0][1]}) {s!r}")
        out = {"procedure": lab["procedure"], "request_date": lab["request_date"],
               "determination": lab["determination"],
               "criteria": {k: {"status": v[0], "evidence": v[1]} for k, v in lab["criteria"].items()}}
        with open(label_path, "w") as f:
            json.dump(out, f, indent=2)
        fax = [(p[1], p[4]) for p in pages if p[3] == "fax"]
        summary.append(f"{pid}: form={pk['form']} files={len(pk['files'])} pages={pno} "
                       f"fax_pages={[f'p{n}@{d[0]}x{d[1]}' for n, d in fax]} procedure={lab['procedure']} "
                       f"determination={lab['determination']} snippets={nsn} "
                       f"counts={ {s: list(statuses.values()).count(s) for s in ('met','not_met','insufficient')} }")
    print("SELF-CHECK")
    for s in summary:
        print(s)
    print("evidence snippet locations:")
    print("\n".join(report))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
