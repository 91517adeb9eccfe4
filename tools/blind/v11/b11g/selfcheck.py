#!/work/writer-venv/bin/python
"""Self-check for b11g packets: snippets found, criteria complete, determination consistent, fax pages image-only CCITT G4 at stated dpi."""
import json, os, re, glob, pdfplumber
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__)); PK = os.path.join(HERE, "packets")
FAX = json.load(open(os.path.join(HERE, "faxtext.json")))
PERC = ["perc.pain_location","perc.pain_severity","perc.sij_tenderness","perc.active_conservative_therapy","perc.inactive_conservative_therapy","perc.thigh_thrust_or_compression","perc.two_provocative_tests","perc.diagnostic_injections","perc.generalized_pain_excluded","perc.sij_imaging","perc.hip_imaging","perc.lumbar_imaging","perc.therapeutic_injections","perc.excl.systemic_arthropathy","perc.excl.infection_tumor_fracture","perc.excl.acute_instability","perc.excl.neural_compression"]
OPEN = ["open.indication","open.recent_imaging","open.excl.neural_compression"]
norm = lambda s: re.sub(r"\s+", " ", s.lower()).strip()
ok = True; out = []
def say(m): out.append(m); print(m)
for pid in ["b11g-01","b11g-02","b11g-03"]:
    if os.path.isdir(os.path.join(PK, pid)):
        files = sorted(glob.glob(os.path.join(PK, pid, "*.pdf"))); lab = json.load(open(os.path.join(PK, pid, "labels.json")))
    else:
        files = [os.path.join(PK, pid + ".pdf")]; lab = json.load(open(os.path.join(PK, pid + ".labels.json")))
    pages = []  # (label, text, is_fax)
    gp = 0
    for f in files:
        r = PdfReader(f)
        with pdfplumber.open(f) as pl:
            for i, (p, pp) in enumerate(zip(r.pages, pl.pages), 1):
                gp += 1
                key = f"{pid}|{os.path.basename(f)}|{i}"
                txt = pp.extract_text() or ""
                if key in FAX:
                    # fax page: no text layer, 1-bit CCITT G4, stated dpi
                    xo = p["/Resources"]["/XObject"]; im = list(xo.values())[0].get_object()
                    filt = im["/Filter"]; bpc = im["/BitsPerComponent"]
                    W, H = im["/Width"], im["/Height"]; pw, ph = float(p.mediabox.width), float(p.mediabox.height)
                    dpi = [round(W / (pw / 72)), round(H / (ph / 72))]
                    good = (txt.strip() == "" and "CCITTFax" in str(filt) and bpc == 1 and dpi == FAX[key]["dpi"])
                    ok &= good
                    say(f"  {pid} p{gp} ({os.path.basename(f)} p{i}) FAX: text_layer_chars={len(txt.strip())} filter={filt} bpc={bpc} dpi={dpi[0]}x{dpi[1]} stated={FAX[key]['dpi']} -> {'OK' if good else 'FAIL'}")
                    pages.append((gp, FAX[key]["text"], True))
                else:
                    pages.append((gp, txt, False))
    say(f"{pid}: {len(files)} file(s), {gp} pages")
    crit = OPEN if lab["procedure"] == "open" else PERC
    missing = [c for c in crit if c not in lab["criteria"]]; extra = [c for c in lab["criteria"] if c not in crit]
    say(f"  criteria labelled: {len(lab['criteria'])}/{len(crit)} missing={missing} extra={extra}")
    ok &= not missing and not extra
    st = [v["status"] for v in lab["criteria"].values()]
    det = "meets_criteria" if all(s == "met" for s in st) else ("does_not_meet_criteria" if "not_met" in st else "insufficient_documentation")
    say(f"  determination {lab['determination']} computed {det} -> {'OK' if det == lab['determination'] else 'FAIL'}"); ok &= det == lab["determination"]
    for c, v in lab["criteria"].items():
        if v["status"] == "insufficient" and v["evidence"]:
            say(f"  FAIL {c}: insufficient with evidence"); ok = False
        for sn in v["evidence"]:
            hits = [f"p{g}{'(fax)' if fx else ''}" for g, t, fx in pages if norm(sn) in norm(t)]
            say(f"  {c} [{v['status']}] '{sn}' -> {', '.join(hits) if hits else 'NOT FOUND'}"); ok &= bool(hits)
say("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
