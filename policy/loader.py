"""Finding and loading policy files, and choosing the version that applies on a date.

Policy files ship as package data in ``policy/resources/`` (one YAML file per policy
version) and are read with ``importlib.resources``. Choosing a version is a pure
function of the policy id and the request date passed in.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml
from pydantic import ValidationError

from pipeline.errors import PolicyError
from pipeline.models import Procedure
from policy.schema import Policy

DEFAULT_POLICY_ID = "MP-MM-1366"

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it: the same safe subset, parsed in C
(the policy file takes ~0.05 s instead of ~0.9 s, paid by every process)."""


def parse_policy(text: str, name: str) -> Policy:
    """Validate one policy file's text; errors name the file and what is wrong."""
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as error:
        raise PolicyError(f"{name}: not valid YAML ({error})") from error
    try:
        return Policy.model_validate(data)
    except ValidationError as error:
        raise PolicyError(f"{name}: invalid policy file\n{error}") from error


def load_policy_file(path: Path | str | Traversable) -> Policy:
    """Load one policy file from a path (used for policies outside the package, e.g. tests)."""
    source = Path(path) if isinstance(path, str) else path
    return parse_policy(source.read_text(encoding="utf-8"), source.name)


@cache
def _packaged() -> tuple[Policy, ...]:
    folder = resources.files("policy.resources")
    return _policies_in(folder)


def _policies_in(folder: Traversable) -> tuple[Policy, ...]:
    files = sorted(
        (item for item in folder.iterdir() if item.name.endswith((".yaml", ".yml"))),
        key=lambda item: item.name,
    )
    return tuple(load_policy_file(item) for item in files)


def select_version(
    versions: tuple[Policy, ...], policy_id: str, as_of: dt.date | None
) -> tuple[Policy, tuple[str, ...]]:
    """The version of ``policy_id`` in effect on ``as_of``.

    The latest version effective on or before ``as_of``. When ``as_of`` precedes every
    version on file, the current (latest) version, with a warning. Without a date, the
    current version.
    """
    candidates = sorted((p for p in versions if p.id == policy_id), key=lambda p: p.effective)
    if not candidates:
        raise PolicyError(f"no policy file for policy id {policy_id!r}")
    current = candidates[-1]
    if as_of is None:
        return current, ()
    in_effect = [p for p in candidates if p.effective <= as_of]
    if in_effect:
        return in_effect[-1], ()
    return current, (
        f"The request date {as_of.isoformat()} precedes policy {policy_id} "
        f"(effective {current.effective.isoformat()}) and no earlier version is on file; "
        f"scored with version {current.version}.",
    )


def load_policy(
    policy_id: str = DEFAULT_POLICY_ID,
    as_of: dt.date | None = None,
    *,
    folder: Path | Traversable | None = None,
) -> tuple[Policy, tuple[str, ...]]:
    """The policy version applicable on ``as_of`` and any warnings about the choice.

    ``folder`` reads policy files from elsewhere than the package (tests).
    """
    versions = _packaged() if folder is None else _policies_in(folder)
    return select_version(versions, policy_id, as_of)


def met_on_silence(policy: Policy | None = None) -> frozenset[str]:
    """Criterion ids met on the packet's silence (current MP-MM-1366 by default)."""
    return (policy or load_policy()[0]).met_on_silence()


def criterion_ids(procedure: Procedure | str, policy: Policy | None = None) -> list[str]:
    """The criterion ids of a procedure, in policy order (current MP-MM-1366 by default)."""
    chosen = policy or load_policy()[0]
    return chosen.criterion_ids(Procedure(procedure))
