"""The review commands of ``authreview``: ``review`` (serve the app) and
``export-labels`` (decided packets as labelled records)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.review.security import TOKEN_ENV
from pipeline.review.server import DEFAULT_HOST, DEFAULT_PORT, EXIT_OK, serve

EXIT_NOT_ALL_EXPORTED = 1


def _port(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be a port number (1-65535)")
    return value


def add_review_parsers(commands: argparse._SubParsersAction) -> None:
    review = commands.add_parser(
        "review",
        help="serve the review app: a queue, each report with decision forms, an audit trail",
        description="Serve the local review app over an output folder. Decisions are kept in "
        "the folder (authreview-reviews.sqlite) with an append-only audit trail. Bound to "
        f"{DEFAULT_HOST} by default; any other address needs an access token ({TOKEN_ENV} or "
        "--token-file).",
    )
    review.add_argument("--out", type=Path, required=True, help="output folder of process/batch")
    review.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind ({DEFAULT_HOST})")
    review.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"({DEFAULT_PORT})")
    review.add_argument(
        "--token-file", type=Path, help=f"file holding the access token (else {TOKEN_ENV})"
    )

    export = commands.add_parser(
        "export-labels",
        help="write reviewed packets as labelled records for `authreview evaluate`",
        description="Write every packet with a reviewer's decision as a labelled record "
        "(CONTRACT section 3): the packet copied beside its labels, with the review's "
        "provenance.",
    )
    export.add_argument("--out", type=Path, required=True, help="output folder reviewed")
    export.add_argument("--to", type=Path, required=True, metavar="RECORDS", help="records folder")


def run_review_command(args: argparse.Namespace) -> int:
    if args.command == "review":
        return serve(args.out, args.host, args.port, args.token_file)
    return run_export_labels(args.out, args.to)


def run_export_labels(out_dir: Path, records_dir: Path) -> int:
    """Write reviewed packets as labelled records; non-zero when a decided packet could
    not be exported (each is named with why; no document text)."""
    from pipeline.review.export import export_labels

    result = export_labels(out_dir, records_dir)
    for packet_id, why in result.skipped:
        print(f"not exported: {packet_id}: {why}", file=sys.stderr)
    print(f"exported {len(result.written)} reviewed packets to {records_dir}")
    return EXIT_NOT_ALL_EXPORTED if result.skipped else EXIT_OK
