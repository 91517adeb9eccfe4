"""The ``authreview`` command (CONTRACT section 5).

``process`` runs the plain pipeline functions in this process and never imports
Prefect (starting Prefect's API costs 10-20 s); ``batch`` and ``serve`` import the
flows only when chosen. Output names packets, statuses and error codes, never
document text: an unexpected error is reported by its type and location only.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.models import Determination
from pipeline.packet_ids import ref_of
from pipeline.shutdown import StopRequest

if TYPE_CHECKING:
    from flows.batch import BatchSummary
    from pipeline.console import RunConsole

ARCHIVE_DIR = "archive"

EXIT_OK = 0
EXIT_PACKET_FAILED = 1
EXIT_UNAVAILABLE = 2

DISCLAIMER = "authreview recommends; a clinician makes the coverage decision."


# --------------------------------------------------------------------------- output lines


def counts_of(determination: Determination) -> Counter[str]:
    return Counter(criterion.status.value for criterion in determination.criteria)


def packet_line(determination: Determination, *, show_names: bool = True) -> str:
    """One line per processed packet: id (its ref unless names are shown), procedure,
    determination, criterion counts; for a referred packet, the codes of the notices
    that refer it (never their text)."""
    counts = counts_of(determination)
    procedure = determination.procedure.value if determination.procedure else "none"
    shown = determination.packet_id if show_names else ref_of(determination.packet_sha256)
    line = (
        f"{shown}  {procedure}  {determination.determination.value}  "
        f"met={counts['met']} not_met={counts['not_met']} "
        f"insufficient={counts['insufficient']}"
    )
    referring = sorted({notice.code for notice in determination.notices if notice.refers})
    return f"{line}  referred: {', '.join(referring)}" if referring else line


def error_line(path: Path, reason: str, code: str, *, name: str | None = None) -> str:
    """One line per packet that could not be processed: the packet and why (no content).
    ``name`` stands in for the path when file names are not to be shown."""
    return f"error: {name or path}: {reason} [{code}]"


SHOW_NAMES_ENV = "AUTHREVIEW_SHOW_NAMES"
"""Set to 1 to show packet file names in output and logs by default (as --show-names)."""


def show_names_default() -> bool:
    return os.environ.get(SHOW_NAMES_ENV, "").strip().lower() in {"1", "true", "yes"}


def anonymous_name(path: Path, position: int, total: int) -> str:
    """How an unreadable packet is named when names are hidden: its place on the
    command line and a prefix of its content hash."""
    from pipeline.packet_ids import content_sha256, ref_of

    return f"packet {position} of {total} (ref {ref_of(content_sha256(path))})"


# --------------------------------------------------------------------------- preflight


def preflight(out_dir: Path) -> int | None:
    """Check the output folder before any packet is read: None when it is writable,
    else the exit code after one error line naming it (no packet is blamed for it)."""
    from pipeline.errors import OutputFolderError
    from pipeline.outputs import check_writable

    try:
        check_writable(out_dir)
    except OutputFolderError as exc:
        print(f"error: {exc} [{exc.code}]", file=sys.stderr)
        return EXIT_UNAVAILABLE
    return None


def version_text() -> str:
    """``authreview --version``: the pipeline version and every policy version on file."""
    from importlib import resources

    from pipeline.process import pipeline_version
    from policy import load_policy_file

    folder = resources.files("policy.resources")
    policies = sorted(
        (load_policy_file(item) for item in folder.iterdir() if item.name.endswith(".yaml")),
        key=lambda policy: (policy.id, policy.effective),
    )
    lines = [f"authreview {pipeline_version()}"]
    lines += [
        f"policy {policy.id} version {policy.version} (effective {policy.effective})"
        for policy in policies
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- process


def run_process(
    packets: Sequence[Path],
    out_dir: Path,
    *,
    progress: bool | None = None,
    ocr: bool = True,
    workers: int = 1,
    show_names: bool = False,
) -> int:
    """Process the packets, ``workers`` at a time; report each in input order (with
    where its report is), then a summary; exit non-zero if any could not be processed.
    Packets are named by ref (a hash prefix), not by file name, unless ``show_names``.
    SIGINT/SIGTERM stop it within a second: packets in progress are abandoned, finished
    ones stay listed in index.html."""
    from pipeline.console import ERROR_OUTCOME, RunConsole
    from pipeline.shutdown import Interrupted, stop_on_signals

    with stop_on_signals() as stop:
        if (refused := preflight(out_dir)) is not None:
            return refused
        console = RunConsole(
            len(packets), out_dir, workers=workers, progress=progress, show_names=show_names
        )
        console.announce()
        with contextlib.suppress(Interrupted):  # the stop is reported below
            _report_packets(packets, out_dir, console, ocr, workers, show_names, stop)
        reported = sum(console.outcomes.values())
        index_written = stop.requested or reported > console.outcomes[ERROR_OUTCOME]
        if index_written:
            from pipeline.report import write_index

            write_index(out_dir)  # lists every finished packet, reported or not
        if stop.requested:
            print(
                f"stopped by {stop.name}: {reported} of {len(packets)} packets reported "
                "(index.html lists every packet that finished); packets in progress were "
                "abandoned and can be processed again.",
                file=sys.stderr,
            )
            return stop.exit_code
    console.close(index_written=index_written)
    print(DISCLAIMER, file=sys.stderr)
    return EXIT_PACKET_FAILED if console.outcomes[ERROR_OUTCOME] else EXIT_OK


def _report_packets(
    packets: Sequence[Path],
    out_dir: Path,
    console: RunConsole,
    ocr: bool,
    workers: int,
    show_names: bool,
    stop: StopRequest,
) -> None:
    """Process the packets and report each as it finishes, in input order."""
    from pipeline.parallel import PacketFailure, process_packets

    # Workers fork here, before the progress bar starts its thread.
    outcomes = process_packets(packets, out_dir, ocr=ocr, workers=workers, stop=stop)
    with console.progress():
        for position, (path, outcome) in enumerate(outcomes, start=1):
            if isinstance(outcome, PacketFailure):
                name = None if show_names else anonymous_name(path, position, len(packets))
                console.packet_failed(error_line(path, outcome.reason, outcome.code, name=name))
            else:
                console.packet_done(
                    packet_line(outcome, show_names=show_names),
                    outcome.packet_id,
                    outcome.determination,
                )


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
    archive = args.archive
    if archive is None and args.command == "serve":
        archive = args.out / ARCHIVE_DIR  # a served inbox holds only work still to do
    return {
        "inbox": str(args.inbox.resolve()),
        "out_dir": str(args.out.resolve()),
        "runner": runner,
        "workers": args.workers,
        "dask_address": args.dask_address,
        "max_attempts": args.max_attempts,
        "ocr": not args.no_ocr,
        "show_names": args.show_names,
        "archive_dir": str(archive.resolve()) if archive is not None else None,
    }


def run_batch(args: argparse.Namespace) -> int:
    """One run of the batch flow; exit non-zero when any packet was quarantined, and
    128 + the signal's number when SIGINT/SIGTERM stopped it."""
    from pipeline.shutdown import Interrupted, stop_on_signals

    if (refused := preflight(args.out)) is not None:
        return refused
    _prefect_environment()
    # A run stopped by a signal exits without tearing down the worker pool's queues; the
    # multiprocessing resource tracker (started with these warning options) then cleans
    # up their semaphores as it should, but would also warn that they "leaked".
    sys.warnoptions.append("ignore::UserWarning:multiprocessing.resource_tracker")
    with stop_on_signals() as stop:
        from flows.batch import process_inbox
        from flows.server import prefect_api

        try:
            with prefect_api(stop):
                summary = process_inbox(**_flow_parameters(args))
        except Interrupted:
            summary = None
    if summary is not None:
        _print_batch(summary)
    if stop.requested:
        released = summary.released if summary is not None else 0
        print(
            f"stopped by {stop.name}: {released} packet(s) in progress given back for the "
            "next run (no attempt counted); finished packets are in index.html.",
            file=sys.stderr,
        )
        return stop.exit_code
    return EXIT_OK if summary is not None and summary.ok else EXIT_PACKET_FAILED


def _print_batch(summary: BatchSummary) -> None:
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
        f"already quarantined {summary.skipped_quarantined}, busy {summary.skipped_busy}, "
        f"archived {summary.archived}"
    )


def run_serve(args: argparse.Namespace) -> int:
    """Serve the batch flow on a cron schedule until interrupted.

    Schedules live in a Prefect server; Prefect's per-process ephemeral API cannot run
    them, so serving without ``PREFECT_API_URL`` would wait forever for nothing.
    """
    if (refused := preflight(args.out)) is not None:
        return refused
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
    from pipeline.shutdown import interrupt_on_sigint

    # Prefect's runner handles SIGINT/SIGTERM: it stops the flow run in progress (whose
    # batch run gives its claims back, see flows.batch) and returns here. SIGINT only
    # while Python's default handler is installed: a server started with SIGINT ignored
    # let its flow run stop and then polled on forever.
    interrupt_on_sigint()
    process_inbox.serve(
        name=args.name,
        cron=args.cron,
        parameters=_flow_parameters(args),
    )
    print("authreview serve stopped.", file=sys.stderr)
    _exit_when_done()
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

    if (refused := preflight(out_dir)) is not None:
        return refused
    metrics = run_evaluation(records_dir, out_dir, workers=workers, packets_dir=packets_dir)
    print(render_markdown(metrics))
    gate = (
        Baseline.model_validate_json(baseline.read_text(encoding="utf-8"))
        if baseline is not None
        else Baseline()
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


def _add_names_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--show-names",
        action="store_true",
        default=show_names_default(),
        help="name packets by file name in output, summaries, the batch store's packet "
        "ids and Prefect (default: a hash prefix, since file names often carry patient "
        f"names; also set by {SHOW_NAMES_ENV}=1)",
    )


def _add_workers_option(parser: argparse.ArgumentParser) -> None:
    from pipeline.parallel import usable_cpus

    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=usable_cpus(),
        help="packets processed in parallel, one process each (default: usable CPUs)",
    )


def _add_batch_options(parser: argparse.ArgumentParser, *, archive_default: str) -> None:
    _add_ocr_option(parser)
    _add_names_option(parser)
    parser.add_argument("--inbox", type=Path, required=True, help="folder of incoming packets")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument(
        "--archive",
        type=Path,
        metavar="DIR",
        help=f"move processed packets out of the inbox into DIR ({archive_default})",
    )
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


class _VersionAction(argparse.Action):
    """--version: the text is built (policy files read) only when asked for, and printed
    line by line (argparse's own version action would re-wrap it into one paragraph)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="authreview",
        description=(
            "Review sacroiliac-joint-fusion prior-authorization packets against policy "
            f"MP-MM-1366. {DISCLAIMER}"
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help="show the pipeline and policy versions and exit",
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
    _add_names_option(process)

    batch = commands.add_parser(
        "batch",
        help="one batch-flow run over an inbox (Prefect)",
        description=(
            "Process every packet in the inbox not yet processed (by content hash); "
            "quarantine bad packets with a reason."
        ),
    )
    _add_batch_options(batch, archive_default="default: leave them in the inbox")

    serve = commands.add_parser(
        "serve",
        help="serve the batch flow on a cron schedule (Prefect)",
        description="Serve the batch flow on a schedule; needs a Prefect server to schedule.",
    )
    _add_batch_options(serve, archive_default="default: OUT/archive")
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


_stopping = False


def _exit_when_done() -> None:
    """Mark the command as stopped by a signal (see ``main``)."""
    global _stopping
    _stopping = True


def main(argv: Sequence[str] | None = None) -> int:
    """The command. Run as the program (``argv`` None), a command stopped by a signal
    exits as soon as its outputs are written, skipping the interpreter's teardown of the
    loaded NLP pipeline and Prefect (1.5-3 s of the 10 s a container runtime allows)."""
    code = _run(argv)
    if argv is None and (code > 128 or _stopping):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "process":
        return run_process(
            args.packets,
            args.out,
            ocr=not args.no_ocr,
            workers=args.workers,
            show_names=args.show_names,
        )
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
