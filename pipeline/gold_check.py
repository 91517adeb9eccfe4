"""Score the gold facts of labelled records and compare with the gold criterion statuses.

This checks the engine and the labels against each other, with extraction taken out of
the loop: every mismatch is either an engine bug or a label bug. Run::

    python -m pipeline.gold_check sample_records

It prints one line per mismatch (packet, criterion, gold, engine, the engine's
explanation) and the agreement over all criteria and over determinations. Document text
never appears: explanations are built from fact values only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.labels import labelled_packets, load_labels
from pipeline.models import RequestMetadata
from policy.engine import evaluate
from policy.loader import load_policy


@dataclass(frozen=True)
class Mismatch:
    packet: str
    criterion: str
    gold: str
    engine: str
    explanation: str


@dataclass(frozen=True)
class GoldComparison:
    criteria_total: int
    criteria_agree: int
    packets_total: int
    determinations_agree: int
    mismatches: tuple[Mismatch, ...]


def compare(records: Path) -> GoldComparison:
    total = agree = packets = determinations = 0
    mismatches: list[Mismatch] = []
    for packet in labelled_packets(records):
        labels = load_labels(packet)
        request = RequestMetadata(request_date=labels.request_date, procedure=labels.procedure)
        policy, _ = load_policy(as_of=labels.request_date)
        evaluation = evaluate(policy, labels.facts, request)
        packets += 1
        determinations += evaluation.determination is labels.determination
        results = {r.id: r for r in evaluation.criteria}
        for criterion, gold in labels.criteria.items():
            total += 1
            result = results.get(criterion)
            if result is not None and result.status is gold.status:
                agree += 1
                continue
            mismatches.append(
                Mismatch(
                    packet=packet.stem,
                    criterion=criterion,
                    gold=gold.status.value,
                    engine=result.status.value if result else "missing",
                    explanation=result.explanation if result else "",
                )
            )
        for extra in sorted(set(results) - set(labels.criteria)):
            total += 1
            mismatches.append(
                Mismatch(packet.stem, extra, "missing", results[extra].status.value, "")
            )
    return GoldComparison(total, agree, packets, determinations, tuple(mismatches))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, nargs="?", default=Path("sample_records"))
    args = parser.parse_args(argv)
    result = compare(args.records)
    for m in result.mismatches:
        print(f"{m.packet}  {m.criterion}: gold {m.gold}, engine {m.engine} -- {m.explanation}")
    print(
        f"criteria agreement: {result.criteria_agree}/{result.criteria_total}"
        f" ({result.criteria_agree / max(result.criteria_total, 1):.1%});"
        f" determinations: {result.determinations_agree}/{result.packets_total}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
