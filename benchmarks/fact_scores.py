"""Fact-level precision/recall of the extractors on the labelled sample records.

    .venv/bin/python -m benchmarks.fact_scores [RECORDS_DIR] [--family pain ...] [--show]

Reads every labelled packet, extracts facts with the real pipeline, and compares the
``fact_key`` sets of affirmed facts with the gold ``facts`` (``extractors.scoring``).
``--show`` lists, per packet, the gold facts missed and the extracted facts not in gold
(fact values only: no document text).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extractors.scoring import FAMILY_KINDS, FactCounts, compare_facts
from pipeline.extract import extract_facts
from pipeline.ingest import read_packet
from pipeline.labels import labelled_records, read_labels
from pipeline.nlp import load_nlp


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("records", nargs="?", default="sample_records", type=Path)
    parser.add_argument("--family", action="append", choices=sorted(FAMILY_KINDS))
    parser.add_argument("--show", action="store_true")
    parser.add_argument(
        "--packets", type=Path, help="packets folder when RECORDS holds only labels files"
    )
    parser.add_argument(
        "--ignore", action="append", default=[], help="leave a field out of the key (e.g. date)"
    )
    args = parser.parse_args()
    families = args.family or list(FAMILY_KINDS)
    nlp = load_nlp()
    totals = {name: FactCounts() for name in families}
    kinds_total: dict[str, FactCounts] = {}
    for packet_path, labels_file in labelled_records(args.records, args.packets):
        labels = read_labels(labels_file)
        if not labels.facts:
            continue
        facts = extract_facts(read_packet(packet_path), nlp)
        for name in families:
            counts = compare_facts(labels.facts, facts, FAMILY_KINDS[name], args.ignore)
            totals[name] = totals[name] + counts
            for kind in FAMILY_KINDS[name]:
                kinds_total[kind] = kinds_total.get(kind, FactCounts()) + compare_facts(
                    labels.facts, facts, {kind}, args.ignore
                )
            if args.show and (counts.missing or counts.extra):
                print(f"## {packet_path.name} [{name}]")
                for key in counts.missing:
                    print("  missing", dict(key))
                for key in counts.extra:
                    print("  extra  ", dict(key))
    print(f"{'family/kind':24} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'recall':>6} {'f1':>6}")
    for name in families:
        print(_row(name, totals[name]))
        for kind in sorted(FAMILY_KINDS[name]):
            print(_row(f"  {kind}", kinds_total[kind]))


def _row(name: str, c: FactCounts) -> str:
    scores = f"{_fmt(c.precision)} {_fmt(c.recall)} {_fmt(c.f1)}"
    return f"{name:24} {c.tp:4} {c.fp:4} {c.fn:4} {scores}"


if __name__ == "__main__":
    main()
