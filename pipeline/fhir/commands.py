"""``authreview policy questionnaire``: the policy version as a FHIR Questionnaire.

Writes the Questionnaire of the policy version in effect on ``--as-of`` (the current one
without it) to ``--out`` or standard output. It holds no patient data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_POLICY = 2


def add_policy_parser(commands: Any) -> None:
    """Register ``policy questionnaire`` on the CLI's subcommands."""
    policy = commands.add_parser(
        "policy",
        help="the medical policy as FHIR (DTR): `policy questionnaire`",
        description="Publish the medical policy in FHIR form.",
    )
    actions = policy.add_subparsers(dest="policy_command", required=True, metavar="ACTION")
    questionnaire = actions.add_parser(
        "questionnaire",
        help="write the policy version as a FHIR Questionnaire (one item per criterion)",
        description="Write the selected policy version as a FHIR R4 Questionnaire, generated "
        "from the policy file: one choice item per criterion (linkId = criterion id), "
        "answered met / not met / insufficient.",
    )
    questionnaire.add_argument("--policy", default=None, help="policy id (default MP-MM-1366)")
    questionnaire.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the version in effect on this date (default: the current version)",
    )
    questionnaire.add_argument("--out", type=Path, default=None, help="file (default: stdout)")


def run_policy(args: argparse.Namespace) -> int:
    """``policy questionnaire``: exit 2 when no policy file matches."""
    from pipeline.errors import PolicyError
    from pipeline.fhir.questionnaire import policy_questionnaire

    try:
        questionnaire, warnings = policy_questionnaire(args.policy, args.as_of)
    except PolicyError as exc:
        print(f"error: {exc} [{exc.code}]", file=sys.stderr)
        return EXIT_POLICY
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    text = questionnaire.model_dump_json(indent=2, exclude_none=True) + "\n"
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return EXIT_OK
