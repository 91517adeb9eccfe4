"""Named, parameterised fact predicates: domain logic the small vocabulary cannot say cleanly.

A predicate is referenced from the policy file by name with its parameters
(``satisfies: [{predicate: diagnostic_injection, params: {...}}]``); the parameters are
validated against the predicate's pydantic model when the policy loads, and every
threshold comes from them, never from this module. A predicate answers for one fact:
whether it holds, and a short plain note saying why (shown in the explanation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal, cast

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from pipeline.models import Fact, Injection
from policy.facts import EvalContext

PredicateResult = tuple[bool, str]
"""Whether the predicate holds for the fact, and a plain note on why (may be empty)."""


class PredicateParams(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class PredicateDef:
    """A registered predicate: its name, the fact kind it reads, its parameter model."""

    name: str
    kind: str
    params: type[PredicateParams]
    check: Callable[[Fact, PredicateParams, EvalContext], PredicateResult]
    doc: str


PREDICATES: dict[str, PredicateDef] = {}


def register(name: str, *, kind: str, params: type[PredicateParams]):
    """Register ``check`` under ``name`` for facts of ``kind``."""

    def wrap(check):
        PREDICATES[name] = PredicateDef(name, kind, params, check, (check.__doc__ or "").strip())
        return check

    return wrap


# --------------------------------------------------------------------------- injections


Verdict = Literal["qualifies", "fails", "undetermined"]


def _as_tuple(value: object) -> object:
    return tuple(value) if isinstance(value, list | tuple) else (value,)


class DiagnosticInjectionParams(PredicateParams):
    """How policy I.B.7 qualifies one diagnostic SIJ injection."""

    verdict: Annotated[tuple[Verdict, ...], BeforeValidator(_as_tuple)] = Field(
        description="Which verdict(s) the predicate selects."
    )
    joints: tuple[str, ...] = Field(description="Joints that count (the SIJ).")
    purposes: tuple[str, ...] = Field(
        description="Stated purposes that make an injection diagnostic (diagnostic, both)."
    )
    unknown_purpose_with_anesthetic: bool = Field(
        description="An injection of unstated purpose counts as diagnostic when it held an "
        "anesthetic."
    )
    guidance: tuple[str, ...] = Field(description="Image guidance that qualifies.")
    contrast_required: bool
    min_relief_percent: float = Field(ge=0, le=100)
    anesthetic_min_hours: dict[str, float] = Field(
        description="Expected duration of each anesthetic; documented relief must last this long."
    )


def classify_diagnostic_injection(
    fact: Injection, params: DiagnosticInjectionParams
) -> tuple[Verdict, list[str]] | None:
    """The verdict on one injection as a diagnostic block, with its reasons.

    None when the injection is not a diagnostic SIJ injection at all. Otherwise
    ``fails`` when a documented value fails the policy (relief below the threshold, relief
    shorter than the anesthetic's expected duration, guidance that is not imaging, no
    contrast), ``undetermined`` when a needed value is not documented, else ``qualifies``.
    A relief duration is checked only where one is documented (CONTRACT section 4), and
    then the anesthetic must be known to judge it.
    """
    if fact.joint not in params.joints:
        return None
    diagnostic = fact.purpose in params.purposes or (
        fact.purpose == "unknown"
        and params.unknown_purpose_with_anesthetic
        and fact.anesthetic is not None
    )
    if not diagnostic:
        return None
    failures: list[str] = []
    missing: list[str] = []
    if fact.guidance in params.guidance:
        pass
    elif fact.guidance == "unknown":
        missing.append("image guidance not documented")
    else:
        failures.append(f"not image-guided ({fact.guidance})")
    if params.contrast_required:
        if fact.contrast is False:
            failures.append("no contrast")
        elif fact.contrast is None:
            missing.append("contrast not documented")
    if fact.relief_percent is None:
        missing.append("pain relief not documented")
    elif fact.relief_percent < params.min_relief_percent:
        failures.append(
            f"relief {_num(fact.relief_percent)}% is below {_num(params.min_relief_percent)}%"
        )
    if fact.relief_duration_hours is not None and fact.anesthetic is not None:
        needed = params.anesthetic_min_hours.get(fact.anesthetic)
        if needed is not None and fact.relief_duration_hours < needed:
            failures.append(
                f"relief lasted {_num(fact.relief_duration_hours)} h, shorter than "
                f"{fact.anesthetic}'s {_num(needed)} h"
            )
    elif fact.relief_duration_hours is not None:
        # A duration is documented, so it must be judged; without the anesthetic its
        # expected duration is unknown (never met on silence).
        missing.append("anesthetic not documented, so the relief's duration cannot be judged")
    if failures:
        return "fails", failures
    if missing:
        return "undetermined", missing
    return "qualifies", ["qualifies"]


@register("diagnostic_injection", kind="injection", params=DiagnosticInjectionParams)
def diagnostic_injection(fact: Fact, params: PredicateParams, ctx: EvalContext) -> PredicateResult:
    """A diagnostic SIJ injection whose verdict (qualifies / fails / undetermined) is
    ``params.verdict``: image-guided, contrast-enhanced, relief >= the threshold, lasting
    at least the anesthetic's expected duration where a duration is documented."""
    if not isinstance(fact, Injection):
        return False, ""
    result = classify_diagnostic_injection(fact, cast(DiagnosticInjectionParams, params))
    if result is None:
        return False, ""
    verdict, reasons = result
    return verdict in cast(DiagnosticInjectionParams, params).verdict, "; ".join(reasons)


def _num(value: float) -> str:
    return f"{value:g}"
