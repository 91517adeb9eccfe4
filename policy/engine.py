"""The policy engine: a pure function from (policy, facts, request) to an Evaluation.

No I/O and no clock: the request date is the only "today". Facts are put in a canonical
order first, so the result does not depend on the order they arrive in. Only facts
whose ConText is current and affirmed decide a criterion (negated, hypothetical,
historical and family mentions never count); negated mentions may be *cited* as
documented absence behind an exclusion that is met.

Each criterion is decided by its first outcome clause whose expression holds, else by
its ``otherwise`` clause. Results are listed in policy order (the order of the policy
file, which follows the policy's sections and CONTRACT section 4) — the order a
reviewer reads them in; the order is fixed by the policy, so it is stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.models import (
    CriterionResult,
    DeterminationValue,
    Evaluation,
    Evidence,
    Fact,
    Procedure,
    ProcedureRequest,
    RequestMetadata,
    Status,
)
from policy.describe import describe, num, word
from policy.determination import determination_of
from policy.facts import EvalContext, canonical_order
from policy.logic import Finding, Used, decidable, evaluate_expr, select
from policy.schema import Clause, Criterion, Otherwise, Policy


def evaluate(policy: Policy, facts: Sequence[Fact], request: RequestMetadata) -> Evaluation:
    """Score every criterion of the requested procedure and derive the determination.

    The procedure is ``request.procedure``, else the one the packet's current
    ``procedure_request`` facts agree on (those with a CPT code first). With no
    procedure, the determination is ``insufficient_documentation`` with no criteria.
    """
    ordered = canonical_order(facts)
    warnings: list[str] = []
    if request.policy and request.policy != policy.id:
        warnings.append(f"The request names policy {request.policy}; scored with {policy.id}.")
    procedure = request.procedure or _procedure_from_facts(ordered, warnings)
    criteria = policy.criteria_for(procedure) if procedure else ()
    if procedure is not None and not criteria:
        warnings.append(f"Policy {policy.id} has no criteria for {procedure.value} fusion.")
    if not criteria:
        if procedure is None:
            warnings.append(
                "No requested procedure could be determined, so no criteria were scored."
            )
        return Evaluation(
            policy=policy.ref(),
            procedure=procedure,
            determination=DeterminationValue.insufficient_documentation,
            criteria=(),
            warnings=tuple(warnings),
        )
    if request.request_date is None:
        warnings.append(
            "No request date: time windows (12 months of therapy, recent imaging) cannot be "
            "placed, so criteria that need them are insufficient."
        )
    ctx = EvalContext(
        facts=ordered,
        request_date=request.request_date,
        side=request.side or _side_from_facts(ordered),
        vas_mm_per_point=policy.scales.vas_mm_per_point,
    )
    results = tuple(evaluate_criterion(criterion, ctx) for criterion in criteria)
    return Evaluation(
        policy=policy.ref(),
        procedure=procedure,
        determination=determination_of(r.status for r in results),
        criteria=results,
        warnings=tuple(warnings),
    )


def evaluate_criterion(criterion: Criterion, ctx: EvalContext) -> CriterionResult:
    """The first clause whose expression holds decides; else ``otherwise``.

    A clause that cannot be decided (it needs a time window and there is no request
    date) might have applied. The first holding clause still decides when every
    undecided clause before it would have given the same status (e.g. a documented
    inability to do therapy is met whatever the therapy dates); otherwise the criterion
    is insufficient for want of the request date.
    """
    undecided: list[tuple[Status, Finding]] = []
    decided: tuple[Clause | Otherwise, Finding] | None = None
    for clause in criterion.outcomes:
        finding = evaluate_expr(clause.when, ctx)
        if finding.ok is True:
            decided = (clause, finding)
            break
        if finding.ok is None:
            undecided.append((clause.status, finding))
    if decided is None:
        decided = (criterion.otherwise, Finding(True))
    clause, finding = decided
    if any(status is not clause.status for status, _ in undecided):
        used = _unique_used(u for _, f in undecided for u in f.used)
        return _result(criterion, NO_DATE_CLAUSE, Finding(True, used), ctx)
    return _result(criterion, clause, finding, ctx)


NO_DATE_CLAUSE = Otherwise(
    status=Status.insufficient,
    explain="Cannot be decided without a request date, which places the time window; "
    "documented: {facts}.",
    request="The date of the prior-authorization request.",
)


def _result(
    criterion: Criterion, clause: Clause | Otherwise, finding: Finding, ctx: EvalContext
) -> CriterionResult:
    cited = select(clause.cite, ctx) if clause.cite and decidable(clause.cite, ctx) else ()
    values: dict[str, str] = {name: _format(v) for name, v in criterion.parameters.items()}
    values["facts"] = _facts_text(finding.used, ctx) or "none"
    values["notes"] = "; ".join(finding.notes) or "none"
    values["cited"] = _facts_text(cited, ctx)
    explanation = clause.explain.format_map(values)
    if cited and clause.cite_explain:
        explanation = f"{explanation} {clause.cite_explain.format_map(values)}"
    shown = [fact for u in (*finding.used, *cited) for fact in (u.fact, *u.tied)]
    facts = _unique(shown)
    return CriterionResult(
        id=criterion.id,
        status=clause.status,
        explanation=explanation,
        evidence=_evidence(facts),
        fact_ids=tuple(f.id for f in facts if f.id),
        policy_section=criterion.section,
        description=criterion.description,
        request_documentation=(
            (clause.request or criterion.request) if clause.status is Status.insufficient else None
        ),
    )


def _facts_text(used: Sequence[Used], ctx: EvalContext) -> str:
    return "; ".join(_used_text(u, ctx) for u in used)


def _used_text(used: Used, ctx: EvalContext) -> str:
    text = describe(used.fact, ctx.vas_mm_per_point)
    if used.note:
        text += f" [{used.note}]"
    if used.tied:
        others = "; ".join(_with_source(f, ctx) for f in used.tied)
        text = f"{_with_source(used.fact, ctx)} [also that day, not counted: {others}]"
    return text


def _with_source(fact: Fact, ctx: EvalContext) -> str:
    """A fact with the document it was read in, for choices between same-day facts."""
    text = describe(fact, ctx.vas_mm_per_point)
    if fact.source_type is None:
        return text
    read = word(fact.source_type)
    if fact.source_date is not None:
        read += f" of {fact.source_date.isoformat()}"
    return f"{text} from the {read}"


def _unique_used(used: Iterable[Used]) -> tuple[Used, ...]:
    seen: set[int] = set()
    out = []
    for item in used:
        if id(item.fact) not in seen:
            seen.add(id(item.fact))
            out.append(item)
    return tuple(out)


def _unique(facts: Sequence[Fact]) -> list[Fact]:
    seen: set[int] = set()
    out = []
    for fact in facts:
        if id(fact) not in seen:
            seen.add(id(fact))
            out.append(fact)
    return out


def _evidence(facts: Sequence[Fact]) -> tuple[Evidence, ...]:
    """The evidence of every fact used, each place once, in the facts' order."""
    seen: set[tuple[str, int, int, int]] = set()
    out: list[Evidence] = []
    for fact in facts:
        for item in fact.evidence:
            key = (item.document, item.page, item.start, item.end)
            if key not in seen:
                seen.add(key)
                out.append(item)
    return tuple(out)


def _format(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return num(value)
    if isinstance(value, list | tuple):
        return ", ".join(word(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{word(k)} {_format(v)}" for k, v in value.items())
    return word(value)


def _procedure_from_facts(facts: Sequence[Fact], warnings: list[str]) -> Procedure | None:
    procedure, _source, notes = procedure_from_facts(facts)
    warnings.extend(notes)
    return procedure


def procedure_from_facts(
    facts: Sequence[Fact],
) -> tuple[Procedure | None, str | None, tuple[str, ...]]:
    """The requested procedure the packet's current ``procedure_request`` facts name,
    where it came from (``cpt_code`` / ``request_wording``) and warnings.

    CONTRACT section 1: a CPT code decides even where the wording or a ticked box says
    otherwise (that conflict is a warning); without a code the wording decides; codes
    (or, without codes, wordings) naming both procedures decide nothing.
    """
    requested = [
        f for f in facts if isinstance(f, ProcedureRequest) and f.context.is_current_affirmed
    ]
    coded = [f for f in requested if f.cpt]
    for source, group in (("cpt_code", coded), ("request_wording", requested)):
        procedures = sorted({f.procedure.value for f in group})
        if len(procedures) > 1:
            return (
                None,
                None,
                (f"The packet requests conflicting procedures ({' and '.join(procedures)}).",),
            )
        if procedures:
            decided = Procedure(procedures[0])
            others = sorted({f.procedure.value for f in requested} - {decided.value})
            notes = (
                (
                    f"The CPT code ({', '.join(sorted({f.cpt or '' for f in coded}))}) names "
                    f"{decided.value} SIJ fusion, but the request's wording or a ticked box "
                    f"names {', '.join(others)}: the code decides (CONTRACT section 1); "
                    "confirm the requested procedure.",
                )
                if others and source == "cpt_code"
                else ()
            )
            return decided, source, notes
    return None, None, ()


def _side_from_facts(facts: Sequence[Fact]) -> str | None:
    sides = {
        f.side
        for f in facts
        if isinstance(f, ProcedureRequest) and f.context.is_current_affirmed and f.side
    }
    return sides.pop() if len(sides) == 1 else None
