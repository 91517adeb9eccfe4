#!/usr/bin/env python3
"""Writes blind packets b5l-01..03 (+ labels) deterministically and self-checks them.
Run: .venv/bin/python make_packets.py"""
import io, json, os, re, shutil, sys, hashlib
from pypdf import PdfWriter, PdfReader
import pdfplumber

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Doc, layout, page_text, render_rl, render_fax, RLBackend, PILMeasure
import packets_content as PC

OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]


def determination(crit):
    st = [c["status"] for c in crit.values()]
    if all(s == "met" for s in st):
        return "meets_criteria"
    if any(s == "not_met" for s in st):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def build_file(docs):
    """docs: list of Doc. Returns (pdf bytes, [page records])"""
    rl = RLBackend()
    w = PdfWriter()
    recs = []
    for d in docs:
        if d.fax:
            meas = PILMeasure(204 / 72)
            pages = layout(d, meas)
            for i, ops in enumerate(pages):
                f = d.fax
                k = f["start"] + i
                banner = f["banner"](k, f["total"])
                pdf = render_fax(ops, banner, f["dpi_y"], f["skew"][i % len(f["skew"])],
                                 f["seed"] + i, meas)
                w.append(PdfReader(io.BytesIO(pdf)))
                recs.append({"fax": True, "dpi": "204x%d" % f["dpi_y"],
                             "text": banner + "\n" + page_text(ops)})
        else:
            pages = layout(d, rl)
            for ops in pages:
                w.append(PdfReader(io.BytesIO(render_rl(ops))))
                recs.append({"fax": False, "text": page_text(ops)})
    w.add_metadata({"/Producer": "b5l generator", "/CreationDate": "D:20260101000000Z"})
    buf = io.BytesIO()
    w._ID = None
    w.write(buf)
    return buf.getvalue(), recs


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    allok = True
    summary = []
    for P in PC.PACKETS:
        pid = P["id"]
        problems = []
        target = os.path.join(OUT, pid)
        if os.path.isdir(target):
            shutil.rmtree(target)
        for ext in (".pdf", ".labels.json"):
            if os.path.exists(target + ext):
                os.remove(target + ext)
        files = []
        if P["form"] == "single":
            data, recs = build_file([d for f in P["files"] for d in f[1]])
            path = target + ".pdf"
            open(path, "wb").write(data)
            files.append((path, recs))
            labpath = target + ".labels.json"
        else:
            os.makedirs(target)
            for name, docs in P["files"]:
                data, recs = build_file(docs)
                path = os.path.join(target, name)
                open(path, "wb").write(data)
                files.append((path, recs))
            if P.get("packet_json"):
                json.dump(P["packet_json"], open(os.path.join(target, "packet.json"), "w"), indent=2)
            labpath = os.path.join(target, "labels.json")
        lab = P["labels"]
        lab["determination"] = lab.get("determination")
        json.dump(lab, open(labpath, "w"), indent=2)

        # ---------- self-check ----------
        expected = OPEN if lab["procedure"] == "open" else PERC
        if sorted(lab["criteria"]) != sorted(expected):
            problems.append("criteria set mismatch: %s" % (set(lab["criteria"]) ^ set(expected)))
        det = determination(lab["criteria"])
        if det != lab["determination"]:
            problems.append("determination %s != computed %s" % (lab["determination"], det))
        if det != P["gold"]:
            problems.append("determination %s != brief's gold %s" % (det, P["gold"]))
        if lab["procedure"] != P["proc"]:
            problems.append("procedure mismatch")
        # page texts
        ptexts = []
        npages = 0
        nfax = 0
        faxres = set()
        for path, recs in files:
            with pdfplumber.open(path) as pdf:
                if len(pdf.pages) != len(recs):
                    problems.append("%s: page count %d != %d" % (path, len(pdf.pages), len(recs)))
                for pg, rec in zip(pdf.pages, recs):
                    npages += 1
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        problems.append("p%d not US Letter (%.1fx%.1f)" % (npages, pg.width, pg.height))
                    if rec["fax"]:
                        nfax += 1
                        faxres.add(rec["dpi"])
                        if pg.chars:
                            problems.append("fax page %d has a text layer" % npages)
                        ptexts.append(rec["text"])
                    else:
                        t = pg.extract_text() or ""
                        if len(t) < 50:
                            problems.append("text page %d has little text" % npages)
                        ptexts.append(t)
            r = PdfReader(path)
            for i, (page, rec) in enumerate(zip(r.pages, recs)):
                if rec["fax"]:
                    xo = page["/Resources"]["/XObject"]
                    for k in xo:
                        im = xo[k].get_object()
                        flt = im.get("/Filter")
                        if "CCITTFax" not in str(flt) or im.get("/BitsPerComponent") != 1:
                            problems.append("fax image not 1-bit CCITT: %s" % flt)
                        parms = im.get("/DecodeParms")
                        if "/K" in str(parms) and "-1" not in str(parms):
                            problems.append("fax not G4: %s" % parms)
        if not (4 <= npages <= 20):
            problems.append("page count %d out of 4-20" % npages)
        if nfax == 0:
            problems.append("no faxed pages")
        alltext = [norm(t) for t in ptexts]
        nsn = 0
        for cid, c in lab["criteria"].items():
            ev = c["evidence"]
            if c["status"] == "insufficient":
                if ev:
                    problems.append("%s insufficient with evidence" % cid)
                continue
            if not (1 <= len(ev) <= 3):
                problems.append("%s: %d snippets" % (cid, len(ev)))
            for s in ev:
                nsn += 1
                nw = len(s.split())
                if not (3 <= nw <= 12):
                    problems.append("%s: snippet word count %d: %r" % (cid, nw, s))
                hits = [i + 1 for i, t in enumerate(alltext) if norm(s) in t]
                if not hits:
                    problems.append("%s: snippet not found: %r" % (cid, s))
        counts = {k: sum(1 for c in lab["criteria"].values() if c["status"] == k)
                  for k in ("met", "not_met", "insufficient")}
        ok = not problems
        allok &= ok
        print("%s  %-6s form=%-16s pages=%2d fax=%d (%s)  det=%s  met/not_met/insuff=%d/%d/%d  snippets=%d  %s" % (
            pid, lab["procedure"], P["form"], npages, nfax, ",".join(sorted(faxres)), det,
            counts["met"], counts["not_met"], counts["insufficient"], nsn, "OK" if ok else "FAIL"))
        for p in problems:
            print("   !!", p)
        # dump page texts for review
        with open(os.path.join(OUT, ".review_%s.txt" % pid), "w") as fh:
            for i, t in enumerate(ptexts, 1):
                fh.write("\n===== page %d =====\n%s\n" % (i, t))
    print("SELF-CHECK:", "ALL OK" if allok else "FAILURES")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
