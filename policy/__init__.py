"""Policy engine: medical policy MP-MM-1366 as data, and a pure function that scores it.

``load_policy`` picks the policy version in effect on the request date; ``evaluate``
scores the facts of one packet against it and returns a ``pipeline.models.Evaluation``.
See ``policy/README.md`` for the file format and the logic vocabulary.
"""

from policy.engine import evaluate
from policy.loader import (
    DEFAULT_POLICY_ID,
    criterion_ids,
    load_policy,
    load_policy_file,
    met_on_silence,
    parse_policy,
)
from policy.schema import Criterion, Policy

__all__ = [
    "DEFAULT_POLICY_ID",
    "Criterion",
    "Policy",
    "criterion_ids",
    "evaluate",
    "load_policy",
    "load_policy_file",
    "met_on_silence",
    "parse_policy",
]
