#!/usr/bin/env python3
"""Build blind evaluation packets b5i-01..03 deterministically and self-check them.

Run:  .venv/bin/python make_packets.py
"""
import io, os, re, json, shutil, hashlib, sys
import pdfplumber
from pypdf import PdfWriter, PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import engine, packet01, packet02, packet03  # noqa: E402

PERC = ["perc.pain_location", "perc.pain_severity", "perc.sij_tenderness", "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy", "perc.thigh_thrust_or_compression", "perc.two_provocative_tests",
        "perc.diagnostic_injections", "perc.generalized_pain_excluded", "perc.sij_imaging", "perc.hip_imaging",
        "perc.lumbar_imaging", "perc.therapeutic_injections", "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture", "perc.excl.acute_instability", "perc.excl.neural_compression"]
OPEN = ["open.indication", "open.recent_imaging", "open.excl.neural_compression"]
EXPECTED = {"b5i-01": "meets_criteria", "b5i-02": "insufficient_documentation", "b5i-03": "does_not_meet_criteria"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def determination(statuses):
    if all(s == "met" for s in statuses):
        return "meets_criteria"
    if any(s == "not_met" for s in statuses):
        return "does_not_meet_criteria"
    return "insufficient_documentation"


def merge(pdfs):
    w = PdfWriter()
    for b in pdfs:
        w.append(PdfReader(io.BytesIO(b)))
    w.add_metadata({"/Producer": "b5i packet builder"})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def build(mod):
    pid = mod.PID
    pages = mod.pages()
    rendered = []  # (file, pdfbytes, is_fax, raster_text)
    for pg in pages:
        if "fax" in pg:
            b, t = engine.fax_page_pdf(pg)
            rendered.append((pg.get("file"), b, pg["fax"]["mode"], t))
        else:
            b, t = engine.text_page_pdf(pg)
            rendered.append((pg.get("file"), b, None, t))
    # write
    single = os.path.join(HERE, pid + ".pdf")
    folder = os.path.join(HERE, pid)
    for p in (single, folder, os.path.join(HERE, pid + ".labels.json")):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    files = []
    if mod.FORM == "single":
        with open(single, "wb") as f:
            f.write(merge([r[1] for r in rendered]))
        files.append(single)
        labels_path = os.path.join(HERE, pid + ".labels.json")
    else:
        os.makedirs(folder)
        order = []
        for r in rendered:
            if r[0] not in order:
                order.append(r[0])
        assert order == sorted(order), "file-name order must equal page order"
        for fn in order:
            with open(os.path.join(folder, fn), "wb") as f:
                f.write(merge([r[1] for r in rendered if r[0] == fn]))
            files.append(os.path.join(folder, fn))
        if mod.PACKET_JSON:
            with open(os.path.join(folder, "packet.json"), "w") as f:
                json.dump(mod.PACKET_JSON, f, indent=2)
        labels_path = os.path.join(folder, "labels.json")
    lab = mod.LABELS
    out = {"procedure": lab["procedure"], "request_date": lab["request_date"], "determination": lab["determination"],
           "criteria": {k: {"status": v[0], "evidence": v[1]} for k, v in lab["criteria"].items()}}
    with open(labels_path, "w") as f:
        json.dump(out, f, indent=2)
    return dict(pid=pid, files=files, rendered=rendered, labels_path=labels_path, mod=mod)


def check(info):
    pid, mod = info["pid"], info["mod"]
    errs = []
    lab = mod.LABELS
    # page texts in packet order
    page_texts, fax_pages = [], []
    for fpath in info["files"]:
        with pdfplumber.open(fpath) as pdf:
            for p in pdf.pages:
                page_texts.append(p.extract_text() or "")
                if abs(p.width - 612) > 1 or abs(p.height - 792) > 1:
                    errs.append("%s page not US Letter" % fpath)
                r = p
                fax_pages.append(len(r.chars) == 0)
    n = len(page_texts)
    if not (4 <= n <= 20):
        errs.append("page count %d" % n)
    rendered = info["rendered"]
    if len(rendered) != n:
        errs.append("rendered/page mismatch")
    readable = []
    fax_desc = []
    for i, (fn, b, mode, rt) in enumerate(rendered):
        if mode:
            if not fax_pages[i] or page_texts[i].strip():
                errs.append("fax page %d has a text layer" % (i + 1))
            rdr = PdfReader(io.BytesIO(b))
            xo = rdr.pages[0]["/Resources"]["/XObject"]
            for k in xo:
                o = xo[k].get_object()
                flt = o["/Filter"]
                flt = flt if isinstance(flt, str) else flt[0]
                if flt != "/CCITTFaxDecode" or o["/BitsPerComponent"] != 1:
                    errs.append("fax page %d not CCITT 1-bit" % (i + 1))
                rows, cols = o["/Height"], o["/Width"]
                dpi = (round(cols / 8.5), round(rows / 11))
            fax_desc.append("p%d %dx%d" % (i + 1, dpi[0], dpi[1]))
            readable.append(rt)
        else:
            if fax_pages[i]:
                errs.append("text page %d has no text" % (i + 1))
            readable.append(page_texts[i])
    allnorm = [norm(t) for t in readable]
    # criteria set
    crit = lab["criteria"]
    want = PERC if lab["procedure"] == "percutaneous" else OPEN
    if set(crit) != set(want) or len(crit) != len(want):
        errs.append("criteria set mismatch: %s" % (set(crit) ^ set(want)))
    statuses = [v[0] for v in crit.values()]
    det = determination(statuses)
    if det != lab["determination"] or det != EXPECTED[pid]:
        errs.append("determination %s vs label %s vs expected %s" % (det, lab["determination"], EXPECTED[pid]))
    nsnip = 0
    for cid, (st, ev, why) in crit.items():
        if st not in ("met", "not_met", "insufficient"):
            errs.append("%s bad status" % cid)
        if st == "insufficient" and ev:
            errs.append("%s insufficient with evidence" % cid)
        if st in ("met", "not_met") and not (1 <= len(ev) <= 3):
            errs.append("%s needs 1-3 snippets" % cid)
        for s in ev:
            nw = len(s.split())
            if not (3 <= nw <= 12):
                errs.append("%s snippet word count %d: %r" % (cid, nw, s))
            hits = [i + 1 for i, t in enumerate(allnorm) if norm(s) in t]
            if not hits:
                errs.append("%s snippet not found: %r" % (cid, s))
            nsnip += 1
    # request metadata consistency
    if mod.PACKET_JSON:
        if mod.PACKET_JSON["request_date"] != lab["request_date"]:
            errs.append("packet.json date mismatch")
    m, d, y = lab["request_date"][5:7], lab["request_date"][8:10], lab["request_date"][:4]
    if not any(("%s/%s/%s" % (m, d, y)) in t for t in readable[:3]):
        errs.append("request date not on request form")
    if not any("27279" in t for t in readable[:3]):
        errs.append("CPT 27279 not on request form")
    return errs, n, fax_desc, nsnip, statuses


def sha(path):
    h = hashlib.sha256()
    if os.path.isdir(path):
        for fn in sorted(os.listdir(path)):
            with open(os.path.join(path, fn), "rb") as f:
                h.update(fn.encode() + f.read())
    else:
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def readme(results):
    L = ["# Blind set v5 - writer I (prefix b5i)", "",
         "Workers'-compensation / occupational-medicine documentation world. Built by `make_packets.py` "
         "(engine in `engine.py`, content in `packet01.py`..`packet03.py`); run `.venv/bin/python make_packets.py` to rebuild "
         "and self-check. Policy: CareSource NC MP-MM-1366; all three request percutaneous SIJ fusion (CPT 27279).", "",
         "| id | look | form | files / pages | faxed pages + resolution | procedure + CPT | gold determination |",
         "|---|---|---|---|---|---|---|"]
    for r in results:
        mod = r["mod"]
        if mod.FORM == "single":
            form = "single PDF (`%s.pdf` + `%s.labels.json`)" % (mod.PID, mod.PID)
            files = "1 file / %d pp" % r["n"]
        else:
            form = "folder (%s packet.json)" % ("with" if mod.PACKET_JSON else "without")
            files = "%d PDFs / %d pp" % (len(r["files"]), r["n"])
        L.append("| %s | %s | %s | %s | %s | percutaneous, 27279 | %s |" % (
            mod.PID, mod.LOOK, form, files, ", ".join(r["fax"]) + " (CCITT G4, 1-bit, no text layer)",
            mod.LABELS["determination"]))
    L += ["", "Fax resolution is given as pixels-per-inch horizontal x vertical (204x196 = fine, 204x98 = standard, "
          "non-square pixels). Faxed pages carry a sending-machine banner, 0.35-1.4 deg skew, specks, dropouts.", ""]
    for r in results:
        mod = r["mod"]
        L += ["## %s - %s (request %s)" % (mod.PID, mod.LABELS["determination"], mod.LABELS["request_date"]), ""]
        for cid in PERC:
            st, ev, why = mod.LABELS["criteria"][cid]
            L.append("- **%s** - `%s`. %s" % (cid, st, why))
        L.append("")
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(L) + "\n")


def main():
    results = []
    ok = True
    for mod in (packet01, packet02, packet03):
        info = build(mod)
        errs, n, fax, nsnip, statuses = check(info)
        info.update(n=n, fax=fax)
        results.append(info)
        c = {s: statuses.count(s) for s in ("met", "not_met", "insufficient")}
        print("%s: %d pages, files=%d, fax=[%s], criteria=%d (met %d / not_met %d / insufficient %d), "
              "determination=%s, snippets checked=%d, sha=%s -> %s" % (
                  mod.PID, n, len(info["files"]), ", ".join(fax), len(statuses), c["met"], c["not_met"],
                  c["insufficient"], mod.LABELS["determination"], nsnip,
                  sha(info["files"][0] if mod.FORM == "single" else os.path.dirname(info["files"][0])),
                  "OK" if not errs else "FAIL"))
        for e in errs:
            print("   ERROR:", e)
        ok &= not errs
    if not any("x98" in f for r in results for f in r["fax"]):
        print("ERROR: no standard-resolution fax page")
        ok = False
    readme(results)
    print("SELF-CHECK:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
