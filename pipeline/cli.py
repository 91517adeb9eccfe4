"""The ``authreview`` command (CONTRACT section 5).

``process`` runs the plain pipeline functions in this process and never imports
Prefect (starting Prefect's API costs 10-20 s); ``batch`` and ``serve`` import the
flows only when chosen. Output names packets, statuses and error codes, never
document text: an unexpected error is reported by its type and location only.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.models import Determination

EXIT_OK = 0
EXIT_PACKET_FAILED = 1
EXIT_UNAVAILABLE = 2

DISCLAIMER = "authreview recommends; a clinician makes the coverage decision."


# --------------------------------------------------------------------------- output lines


def counts_of(determination: Determination) -> Counter[str]:
    return Counter(criterion.status.value for criterion in determination.criteria)


def packet_line(determination: Determination) -> str:
    """One line per processed packet: id, procedure, determination, criterion counts."""
    counts = counts_of(determination)
    procedure = determination.procedure.value if determination.procedure else "none"
    return (
        f"{determination.packet_id}  {procedure}  {determination.determination.value}  "
        f"met={counts['met']} not_met={counts['not_met']} "
        f"insufficient={counts['insufficient']}"
    )


def error_line(path: Path, reason: str, code: str) -> str:
    """One line per packet that could not be processed: the file and why (no content)."""
    return f"error: {path}: {reason} [{code}]"


# --------------------------------------------------------------------------- process


def run_process(
    packets: Sequence[Path],
    out_dir: Path,
    *,
    progress: bool | None = None,
    ocr: bool = True,
    workers: int = 1,
) -> int:
    """Process the packets, ``workers`` at a time; report each in input order (with
    where its report is), then a summary; exit non-zero if any could not be processed."""
    from pipeline.console import ERROR_OUTCOME, RunConsole
    from pipeline.parallel import PacketFailure, process_packets

    console = RunConsole(len(packets), out_dir, workers=workers, progress=progress)
    console.announce()
    # Workers fork here, before the progress bar starts its thread.
    outcomes = process_packets(packets, out_dir, ocr=ocr, workers=workers)
    with console.progress():
        for path, outcome in outcomes:
            if isinstance(outcome, PacketFailure):
                console.packet_failed(error_line(path, outcome.reason, outcome.code))
            else:
                console.packet_done(packet_line(outcome), outcome.packet_id, outcome.determination)
    index_written = console.total > console.outcomes[ERROR_OUTCOME]
    if index_written:
        from pipeline.report import write_index

        write_index(out_dir)
    console.close(index_written=index_written)
    print(DISCLAIMER, file=sys.stderr)
    return EXIT_PACKET_FAILED if console.outcomes[ERROR_OUTCOME] else EXIT_OK


# --------------------------------------------------------------------------- batch / serve


PREFECT_DEFAULTS = {
    # A fresh ephemeral API (no PREFECT_API_URL configured) takes ~20 s to start on a
    # 2-core machine, Prefect's default limit; and PHI-handling hosts are often offline.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


def _prefect_environment() -> None:
    """Defaults for Prefect, set before it is imported; the user's environment wins."""
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)


def _flow_parameters(args: argparse.Namespace) -> dict[str, object]:
    runner = "dask" if args.dask_address else args.runner
    return {
        "inbox": str(args.inbox.resolve()),
        "out_dir": str(args.out.resolve()),
        "runner": runner,
        "workers": args.workers,
        "dask_address": args.dask_address,
        "max_attempts": args.max_attempts,
        "ocr": not args.no_ocr,
    }


def run_batch(args: argparse.Namespace) -> int:
    """One run of the batch flow; exit non-zero when any packet was quarantined."""
    _prefect_environment()
    from flows.batch import process_inbox
    from flows.server import prefect_api

    with prefect_api():
        summary = process_inbox(**_flow_parameters(args))
    for row in summary.packets:
        if row.status == "done":
            procedure = row.procedure.value if row.procedure else "none"
            determination = row.determination.value if row.determination else "none"
            print(
                f"{row.packet_id}  {procedure}  {determination}  met={row.met} "
                f"not_met={row.not_met} insufficient={row.insufficient}"
            )
        else:
            print(f"quarantined: {row.packet_id}: {row.error_reason} [{row.error_code}]")
    print(
        f"found {summary.found}, processed {summary.processed}, "
        f"quarantined {summary.quarantined}, already done {summary.skipped_done}, "
        f"already quarantined {summary.skipped_quarantined}, busy {summary.skipped_busy}"
    )
    return EXIT_OK if summary.ok else EXIT_PACKET_FAILED


def run_serve(args: argparse.Namespace) -> int:
    """Serve the batch flow on a cron schedule until interrupted.

    Schedules live in a Prefect server; Prefect's per-process ephemeral API cannot run
    them, so serving without ``PREFECT_API_URL`` would wait forever for nothing.
    """
    _prefect_environment()
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        print(
            "authreview serve needs a Prefect server: run `prefect server start` and set "
            "PREFECT_API_URL (e.g. http://127.0.0.1:4200/api); see docs/scaling.md.",
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    from flows.batch import process_inbox

    process_inbox.serve(
        name=args.name,
        cron=args.cron,
        parameters=_flow_parameters(args),
    )
    return EXIT_OK


# --------------------------------------------------------------------------- evaluate


def run_evaluate(
    records_dir: Path,
    out_dir: Path,
    baseline: Path | None = None,
    *,
    workers: int = 1,
    packets_dir: Path | None = None,
) -> int:
    """Score every labelled record; non-zero on any false meets_criteria, an unreadable
    record, or (with ``baseline``) accuracy below the committed regression gate."""
    from pipeline.evaluate import Baseline, check_gate, render_markdown, run_evaluation

    metrics = run_evaluation(records_dir, out_dir, workers=workers, packets_dir=packets_dir)
    print(render_markdown(metrics))
    gate = (
        Baseline.model_validate_json(baseline.read_text(encoding="utf-8"))
        if baseline is not None
        else Baseline(determination_accuracy=0.0, criterion_status_accuracy=0.0)
    )
    failures = check_gate(metrics, gate)
    for failure in failures:
        print(f"evaluation gate: {failure}", file=sys.stderr)
    return EXIT_PACKET_FAILED if failures else EXIT_OK


# --------------------------------------------------------------------------- parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _add_ocr_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-ocr",
        action="store_true",
        help="do not OCR image-only pages (they are reported; no criterion is marked "
        "not met for want of their text)",
    )


def _add_workers_option(parser: argparse.ArgumentParser) -> None:
    from pipeline.parallel import usable_cpus

    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=usable_cpus(),
        help="packets processed in parallel, one process each (default: usable CPUs)",
    )


def _add_batch_options(parser: argparse.ArgumentParser) -> None:
    _add_ocr_option(parser)
    parser.add_argument("--inbox", type=Path, required=True, help="folder of incoming packets")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument(
        "--runner",
        choices=("process", "thread", "dask"),
        default="process",
        help="process pool (default), one packet at a time in-process, or a local Dask cluster",
    )
    _add_workers_option(parser)
    parser.add_argument(
        "--dask-address",
        metavar="tcp://HOST:PORT",
        help="run packets on an existing Dask cluster (implies --runner dask)",
    )
    parser.add_argument(
        "--max-attempts",
        type=_positive_int,
        default=3,
        help="attempts at a packet hitting unexpected errors before quarantine (default 3)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="authreview",
        description=(
            "Review sacroiliac-joint-fusion prior-authorization packets against policy "
            f"MP-MM-1366. {DISCLAIMER}"
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    process = commands.add_parser(
        "process",
        help="process packets now and write determination.json + report.html for each",
        description="Run the whole pipeline on each packet (a PDF file, a folder of PDFs, or "
        "a FHIR PAS request Bundle .json).",
    )
    process.add_argument("packets", nargs="+", type=Path, metavar="PACKET")
    process.add_argument("--out", type=Path, default=Path("out"), help="output folder (./out)")
    _add_ocr_option(process)
    _add_workers_option(process)

    batch = commands.add_parser(
        "batch",
        help="one batch-flow run over an inbox (Prefect)",
        description=(
            "Process every packet in the inbox not yet processed (by content hash); "
            "quarantine bad packets with a reason."
        ),
    )
    _add_batch_options(batch)

    serve = commands.add_parser(
        "serve",
        help="serve the batch flow on a cron schedule (Prefect)",
        description="Serve the batch flow on a schedule; needs a Prefect server to schedule.",
    )
    _add_batch_options(serve)
    serve.add_argument("--cron", required=True, help='cron schedule, e.g. "*/15 * * * *"')
    serve.add_argument("--name", default="authreview-inbox", help="deployment name")

    evaluate = commands.add_parser(
        "evaluate",
        help="score labelled records and print the metrics",
        description="Run every labelled record in the folder and print/write the metrics.",
    )
    evaluate.add_argument("records_dir", type=Path, metavar="RECORDS_DIR")
    evaluate.add_argument("--out", type=Path, default=Path("out/evaluation"), help="metrics folder")
    evaluate.add_argument(
        "--baseline",
        type=Path,
        help="JSON with the minimum determination_accuracy and criterion_status_accuracy",
    )
    evaluate.add_argument(
        "--packets",
        type=Path,
        help="folder holding the packets when RECORDS_DIR holds only <id>.labels.json files",
    )
    _add_workers_option(evaluate)

    from pipeline.fhir.commands import add_policy_parser  # FHIR hook: `policy questionnaire`

    add_policy_parser(commands)
    from pipeline.review.commands import add_review_parsers  # review app and its labels

    add_review_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "process":
        return run_process(args.packets, args.out, ocr=not args.no_ocr, workers=args.workers)
    if args.command == "batch":
        return run_batch(args)
    if args.command == "serve":
        return run_serve(args)
    if args.command in ("review", "export-labels"):
        from pipeline.review.commands import run_review_command

        return run_review_command(args)
    if args.command == "policy":
        from pipeline.fhir.commands import run_policy

        return run_policy(args)
    return run_evaluate(
        args.records_dir,
        args.out,
        args.baseline,
        workers=args.workers,
        packets_dir=args.packets,
    )


if __name__ == "__main__":
    sys.exit(main())
