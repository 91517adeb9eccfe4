"""Do packets sent as PAS bundles get the answers their PDFs get?

``python -m tools.compare_pas_route RECORDS --out DIR [--workers N]`` writes a PAS request
Bundle for every labelled packet in RECORDS (``tools.make_pas_bundles``), processes the
PDF packets into ``DIR/pdf`` and the bundles into ``DIR/pas``, and compares, packet by
packet, the procedure, the determination and every criterion's status. It also parses
every ``determination.fhir.json`` written (both routes) back with fhir.resources, and
checks that the policy Questionnaire's questions are the policy's criteria, one to one.
Prints one line per disagreement and the counts; exit 1 on any disagreement, failure or
invalid resource.

A packet whose request names no procedure (its PDF route determines none) cannot agree:
its Claim must carry a code, and the unlisted code it gets (``tools.make_pas_bundles``)
names no fusion, so the bundle route refuses it up front (E109). That refusal is the
expected answer and is counted apart; any other failure is a problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.errors import UncoveredProcedureError
from pipeline.fhir.questionnaire import criterion_link_ids, policy_questionnaire
from pipeline.fhir.response import FHIR_DETERMINATION_FILE
from pipeline.labels import labelled_packets
from pipeline.models import Determination
from pipeline.parallel import PacketFailure, process_packets, usable_cpus
from policy import load_policy
from tools.make_pas_bundles import write_bundle


def answer_of(determination: Determination) -> tuple[object, ...]:
    """What must agree between the routes: procedure, determination, criterion statuses."""
    return (
        determination.procedure,
        determination.determination,
        tuple((c.id, c.status) for c in determination.criteria),
    )


def differences(pdf: Determination, pas: Determination) -> list[str]:
    """How two determinations of one packet differ (empty when they agree)."""
    found = []
    if pdf.procedure != pas.procedure:
        found.append(f"procedure {pdf.procedure} vs {pas.procedure}")
    if pdf.determination != pas.determination:
        found.append(f"determination {pdf.determination.value} vs {pas.determination.value}")
    pdf_status = {c.id: c.status.value for c in pdf.criteria}
    pas_status = {c.id: c.status.value for c in pas.criteria}
    for cid in sorted(set(pdf_status) | set(pas_status)):
        if pdf_status.get(cid) != pas_status.get(cid):
            found.append(f"{cid} {pdf_status.get(cid)} vs {pas_status.get(cid)}")
    return found


def invalid_fhir_files(folder: Path) -> tuple[int, list[str]]:
    """How many determination.fhir.json files under ``folder`` parse, and which do not."""
    from fhir.resources.R4B.bundle import Bundle
    from pydantic import ValidationError

    files = sorted(folder.glob(f"*/{FHIR_DETERMINATION_FILE}"))
    bad = []
    for path in files:
        try:
            Bundle.model_validate_json(path.read_text("utf-8"))
        except ValidationError as exc:
            bad.append(f"{path}: {exc.error_count()} validation errors")
    return len(files), bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.compare_pas_route", description=__doc__)
    parser.add_argument("records", type=Path, help="folder of labelled packets")
    parser.add_argument("--out", type=Path, required=True, help="working folder")
    parser.add_argument("--workers", type=int, default=usable_cpus())
    args = parser.parse_args(argv)
    packets = labelled_packets(args.records)
    bundles = [write_bundle(packet, args.out / "bundles") for packet in packets]
    pdf_results = dict(process_packets(packets, args.out / "pdf", workers=args.workers))
    pas_results = dict(process_packets(bundles, args.out / "pas", workers=args.workers))

    agree = refused = 0
    for packet, bundle in zip(packets, bundles, strict=True):
        pdf, pas = pdf_results[packet], pas_results[bundle]
        if refused_as_expected(pdf, pas):
            print(f"{bundle.stem}: no procedure in the request; the bundle is refused (E109)")
            refused += 1
            continue
        if isinstance(pdf, PacketFailure) or isinstance(pas, PacketFailure):
            print(f"{bundle.stem}: failed (pdf: {_failure(pdf)}; pas: {_failure(pas)})")
            continue
        found = differences(pdf, pas)
        if found:
            print(f"{pas.packet_id}: " + "; ".join(found))
        else:
            agree += 1
    compared = len(packets) - refused
    print(f"same procedure, determination and criterion statuses: {agree}/{compared}")
    if refused:
        print(f"refused as expected (the request names no procedure): {refused}")

    problems = compared - agree
    for route in ("pdf", "pas"):
        count, bad = invalid_fhir_files(args.out / route)
        print(f"{route}: {count - len(bad)}/{count} determination.fhir.json parse as FHIR")
        for line in bad:
            print(f"  {line}")
        problems += len(bad)
    questionnaire, _ = policy_questionnaire()
    policy, _ = load_policy()
    criteria = [c.id for p in policy.procedures.values() for c in p.criteria]
    same = criterion_link_ids(questionnaire) == criteria
    print(f"questionnaire questions = policy criteria, one to one: {same}")
    problems += not same
    return 1 if problems else 0


def refused_as_expected(pdf: object, pas: object) -> bool:
    """The PDF route found no procedure and the bundle route refused the unlisted code."""
    return (
        isinstance(pdf, Determination)
        and pdf.procedure is None
        and isinstance(pas, PacketFailure)
        and pas.code == UncoveredProcedureError.code
    )


def _failure(outcome: object) -> str:
    return f"{outcome.code}" if isinstance(outcome, PacketFailure) else "ok"


if __name__ == "__main__":
    sys.exit(main())
