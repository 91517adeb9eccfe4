#!/usr/bin/env python3
"""Self-check for writer C packets: regenerates everything, verifies determinism,
label shape, determination logic and that every evidence snippet is on a page
(text layer, or for faxed pages the text that was rasterized)."""
import hashlib, io, json, re, sys
from pathlib import Path
import pdfplumber
import make_packets as mp

HERE = Path(__file__).resolve().parent
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()


def text_of(pdf_bytes, idx):
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as p:
        return p.pages[idx].extract_text() or ""


def hashes():
    out = {}
    for f in sorted(HERE.glob("b3c-*")):
        for g in ([f] if f.is_file() else sorted(f.iterdir())):
            out[str(g.relative_to(HERE))] = hashlib.sha256(g.read_bytes()).hexdigest()
    return out


def main():
    keep = {}
    mp.main(keep)
    h1 = hashes()
    ok = True
    packets = {}
    for key, pages in keep.items():
        pid = key.split("/")[0].replace(".pdf", "")
        final = (HERE / key).read_bytes()
        for (n, src, i, is_fax) in pages:
            ft = text_of(final, n - 1)
            if is_fax:
                assert ft.strip() == "", f"{key} p{n} fax page has text"
                t = text_of(src, i)
            else:
                t = ft
                assert t.strip(), f"{key} p{n} empty text page"
            packets.setdefault(pid, []).append((f"{key} p{n}{' [fax]' if is_fax else ''}", t))
    for pid, pages in sorted(packets.items()):
        lab = HERE / (f"{pid}.labels.json" if (HERE / f"{pid}.labels.json").exists() else f"{pid}/labels.json")
        L = json.loads(lab.read_text())
        ids = mp.PERC_IDS if L["procedure"] == "percutaneous" else mp.OPEN_IDS
        assert list(L["criteria"]) == ids
        st = [c["status"] for c in L["criteria"].values()]
        det = ("does_not_meet_criteria" if "not_met" in st else
               "meets_criteria" if all(s == "met" for s in st) else "insufficient_documentation")
        assert det == L["determination"], pid
        npages = len(pages)
        nfax = sum("[fax]" in p for p, _ in pages)
        print(f"== {pid}: {L['procedure']} {L['determination']} req {L['request_date']} "
              f"pages={npages} fax={nfax}  counts={ {s: st.count(s) for s in set(st)} }")
        for cid, c in L["criteria"].items():
            for ev in c["evidence"]:
                w = len(ev.split())
                hits = [p for p, t in pages if norm(ev) in norm(t)]
                flag = "" if hits else "  <<<<< NOT FOUND"
                if not hits:
                    ok = False
                if w < 3 or w > 12:
                    flag += f"  (words={w})"
                if flag:
                    print(f"   {cid}: {ev!r}{flag}")
    # determinism
    mp.main(None)
    h2 = hashes()
    if h1 != h2:
        ok = False
        print("NOT DETERMINISTIC:", [k for k in h1 if h1.get(k) != h2.get(k)])
    else:
        print("deterministic: yes (", len(h1), "files )")
    print("ALL OK" if ok else "PROBLEMS")


if __name__ == "__main__":
    main()
