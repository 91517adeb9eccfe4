#!/usr/bin/env python3
"""Generate blind evaluation packets b9t-01..03 deterministically and self-check them.
Run with the local venv:  .venv/bin/python make_packets.py"""
import io
import json
import os
import re
import shutil
import sys

import pdfplumber

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402
from packets_content import PACKETS  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness",
        "perc.active_conservative_therapy", "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging",
        "perc.hip_imaging", "perc.lumbar_imaging", "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy", "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
CPT = {"percutaneous": "27279", "open": "27280"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def fax_text(d):
    return d["banner"] + "\n" + "\n".join(l[3:] if l.startswith(("## ", "-- ")) else l for l in d["lines"])


def build_file(pages):
    parts, meta = [], []
    for kind, d in pages:
        if kind == "text":
            parts.append(render.text_page_pdf([d]))
            meta.append(("text", None))
        else:
            parts.append(render.fax_page_pdf(d["lines"], d["banner"], mode=d["mode"], seed=d["seed"], skew=d["skew"]))
            meta.append(("fax", d))
    return render.merge(parts), meta


def determination(statuses):
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    return "insufficient_documentation"


def main():
    problems = []
    summary = []
    for pk in PACKETS:
        pid = pk["id"]
        single = pk["form"] == "single"
        base = os.path.join(OUT, pid)
        for p in (base, base + ".pdf", base + ".labels.json"):
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
        page_texts = []  # (file, page no, kind, text, mode)
        written = []
        if not single:
            os.makedirs(base)
        for fname, pages in pk["files"]:
            data, meta = build_file(pages)
            path = base + ".pdf" if single else os.path.join(base, fname)
            with open(path, "wb") as fh:
                fh.write(data)
            written.append(path)
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for i, (pg, (kind, d)) in enumerate(zip(pdf.pages, meta)):
                    if abs(pg.width - 612) > 1 or abs(pg.height - 792) > 1:
                        problems.append("%s %s p%d not US Letter" % (pid, fname, i + 1))
                    txt = pg.extract_text() or ""
                    if kind == "fax":
                        if txt.strip() or pg.chars:
                            problems.append("%s %s p%d fax page has a text layer" % (pid, fname, i + 1))
                        imgs = pg.images
                        if len(imgs) != 1:
                            problems.append("%s fax page image count %d" % (pid, len(imgs)))
                        else:
                            im = imgs[0]
                            st = im["stream"]
                            flt = str(st.get("Filter"))
                            bpc = st.get("BitsPerComponent")
                            w, h = st.get("Width"), st.get("Height")
                            xdpi = w / (612 / 72)
                            ydpi = h / (792 / 72)
                            if "CCITTFax" not in flt or bpc != 1:
                                problems.append("%s fax page not CCITT 1-bit: %s %s" % (pid, flt, bpc))
                            exp = 196 if d["mode"] == "fine" else 98
                            if round(xdpi) != 204 or round(ydpi) != exp:
                                problems.append("%s fax dpi %.0fx%.0f" % (pid, xdpi, ydpi))
                        page_texts.append((os.path.basename(path), i + 1, "fax", fax_text(d), "%s 204x%d" % (d["mode"], 196 if d["mode"] == "fine" else 98)))
                    else:
                        if len(txt.strip()) < 50:
                            problems.append("%s %s p%d text page has little text" % (pid, fname, i + 1))
                        page_texts.append((os.path.basename(path), i + 1, "text", txt, None))
        npages = len(page_texts)
        if not 4 <= npages <= 20:
            problems.append("%s page count %d" % (pid, npages))
        # labels
        lab = pk["labels"]
        crit_ids = PERC if lab["procedure"] == "percutaneous" else OPEN
        if set(lab["criteria"]) != set(crit_ids) or len(lab["criteria"]) != len(crit_ids):
            problems.append("%s criteria set mismatch" % pid)
        stats = [lab["criteria"][c]["status"] for c in crit_ids]
        if determination(stats) != lab["determination"]:
            problems.append("%s determination %s != %s" % (pid, lab["determination"], determination(stats)))
        all_text = [norm(t) for (_, _, _, t, _) in page_texts]
        for cid in crit_ids:
            c = lab["criteria"][cid]
            if c["status"] not in ("met", "not_met", "insufficient"):
                problems.append("%s %s bad status" % (pid, cid))
            if c["status"] == "insufficient":
                if c["evidence"]:
                    problems.append("%s %s insufficient with evidence" % (pid, cid))
                continue
            if not 1 <= len(c["evidence"]) <= 3:
                problems.append("%s %s evidence count %d" % (pid, cid, len(c["evidence"])))
            for ev in c["evidence"]:
                nw = len(ev.split())
                if not 3 <= nw <= 12:
                    problems.append("%s %s snippet word count %d: %r" % (pid, cid, nw, ev))
                if not any(norm(ev) in t for t in all_text):
                    problems.append("%s %s snippet not found: %r" % (pid, cid, ev))
        labels_out = {"procedure": lab["procedure"], "request_date": lab["request_date"],
                      "determination": lab["determination"],
                      "criteria": {c: lab["criteria"][c] for c in crit_ids}}
        lpath = base + ".labels.json" if single else os.path.join(base, "labels.json")
        with open(lpath, "w") as fh:
            json.dump(labels_out, fh, indent=2)
            fh.write("\n")
        if not single and pk.get("packet_json"):
            pj = pk["packet_json"]
            if pj.get("procedure_codes") != [CPT[lab["procedure"]]] or pj.get("request_date") != lab["request_date"]:
                problems.append("%s packet.json disagrees with labels" % pid)
            with open(os.path.join(base, "packet.json"), "w") as fh:
                json.dump(pj, fh, indent=2)
                fh.write("\n")
        # request form / CPT presence in text pages
        joined = " ".join(all_text)
        if CPT[lab["procedure"]] not in joined:
            problems.append("%s CPT %s not in packet text" % (pid, CPT[lab["procedure"]]))
        faxp = [(f, p, m) for (f, p, k, _, m) in page_texts if k == "fax"]
        summary.append((pid, single, written, npages, faxp, lab))
        counts = {s: stats.count(s) for s in ("met", "not_met", "insufficient")}
        print("%s: %s, %d file(s), %d pages, %d faxed (%s); %s CPT %s -> %s  [met %d / not_met %d / insufficient %d]" % (
            pid, "single PDF" if single else ("folder + packet.json" if pk.get("packet_json") else "folder, no packet.json"),
            len(written), npages, len(faxp), ", ".join(sorted({m for (_, _, m) in faxp})),
            lab["procedure"], CPT[lab["procedure"]], lab["determination"],
            counts["met"], counts["not_met"], counts["insufficient"]))
    modes = {m for s in summary for (_, _, m) in s[4]}
    if not any(m.startswith("standard") for m in modes):
        problems.append("no standard-resolution fax page anywhere")
    for s in summary:
        if not s[4]:
            problems.append("%s has no fax page" % s[0])
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("SELF-CHECK OK: criteria sets, determinations, %d evidence snippets found verbatim, fax pages image-only (CCITT G4, 1-bit), US Letter, page counts 4-20."
          % sum(len(c["evidence"]) for pk in PACKETS for c in pk["labels"]["criteria"].values()))


if __name__ == "__main__":
    main()
