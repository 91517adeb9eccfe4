"""The small logic vocabulary criteria are written in, and how each word is evaluated.

Every expression yields a ``Finding``: whether it holds, the facts it looked at (each
with an optional note from a predicate), and plain notes (e.g. the days of therapy
counted). "Whether it holds" is three-valued: ``None`` means it cannot be decided
because a time window needs a request date the packet lacks. ``all``/``any``/``not``
follow Kleene's logic (false wins in ``all``, true wins in ``any``, ``not None`` is
``None``), and a clause applies only when its expression is ``True``.

Findings are only ever combined, never edited, so an explanation can always say which
facts and which numbers decided a criterion. See ``policy/README.md`` for the vocabulary.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.models import Fact
from policy.dates import clip, covered_days, merge, window
from policy.facts import EvalContext, fact_span, findings_were_read, outranked, sides_compatible
from policy.predicates import PREDICATES
from policy.schema import (
    AllOf,
    AnyOf,
    CountAtLeast,
    Exists,
    IntervalUnionCovers,
    NonePresent,
    NotOf,
    Select,
    Threshold,
)


@dataclass(frozen=True)
class Used:
    """A fact an expression looked at, with a predicate's note on it (may be empty).

    ``tied`` holds the facts of the same day a ``most_recent`` pick chose it over: they
    decide nothing but are shown with it (CONTRACT: "both shown")."""

    fact: Fact
    note: str = ""
    tied: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class Finding:
    """The result of one expression."""

    ok: bool | None
    used: tuple[Used, ...] = ()
    notes: tuple[str, ...] = ()


# --------------------------------------------------------------------------- selection


def _matches(fact: Fact, where: dict[str, tuple[Any, ...]]) -> bool:
    return all(getattr(fact, field) in values for field, values in where.items())


def _in_context(fact: Fact, context: str) -> bool:
    if context == "negated":
        return fact.context.negated and not fact.context.family
    if context == "suspected":
        c = fact.context
        return c.uncertain and not (c.negated or c.family)
    return fact.context.is_current_affirmed


NO_REQUEST_DATE = "no request date, so the time window cannot be placed"


def needs_request_date(spec: Select) -> bool:
    return spec.within_months is not None or spec.older_than_months is not None


def select_one(spec: Select, ctx: EvalContext) -> list[Used]:
    """The facts one Select picks out, in the context's canonical order."""
    pool = [f for f in ctx.facts if f.kind == spec.kind and _in_context(f, spec.context)]
    if spec.prefer_primary:
        pool = [f for f in pool if not outranked(f, pool)]
    if spec.findings_read:
        pool = [f for f in pool if findings_were_read(f)]
    if spec.same_side:
        pool = [f for f in pool if sides_compatible(getattr(f, "side", None), ctx.side)]
    chosen = [f for f in pool if _matches(f, spec.where)]
    chosen = _filter_dates(chosen, spec, ctx)
    if spec.except_same is not None:
        rule = spec.except_same
        contradicting = {getattr(f, rule.field) for f in pool if _matches(f, rule.where)}
        chosen = [f for f in chosen if getattr(f, rule.field) not in contradicting]
    used: list[Used] = []
    for fact in chosen:
        notes: list[str] = []
        holds = True
        for ref in spec.satisfies:
            ok, note = PREDICATES[ref.predicate].check(fact, ref.parsed, ctx)
            holds = holds and ok
            if note:
                notes.append(note)
        if holds:
            used.append(Used(fact, "; ".join(notes)))
    if spec.pick == "most_recent":
        used = _most_recent(used, spec)
    return used


def _filter_dates(facts: list[Fact], spec: Select, ctx: EvalContext) -> list[Fact]:
    """Window filters: they need a request date; without one they select nothing."""
    day = ctx.request_date
    if spec.on_or_before_request and day is not None:
        facts = [f for f in facts if (span := fact_span(f)) is None or span[0] <= day]
    if day is None:  # callers check decidability first (see ``select``)
        return facts
    if spec.within_months is not None:
        bounds = window(day, spec.within_months)
        facts = [f for f in facts if (span := fact_span(f)) and clip(span, bounds)]
    if spec.older_than_months is not None:
        start = window(day, spec.older_than_months)[0]
        facts = [f for f in facts if (span := fact_span(f)) and span[1] < start]
    return facts


def _most_recent(used: list[Used], spec: Select) -> list[Used]:
    """The latest dated fact; undated facts only when none is dated. Same-day ties are
    broken by ``tie_break`` in order; the facts it was chosen over ride along (shown,
    not counted)."""
    if not used:
        return []
    ends = {id(u): span[1] for u in used if (span := fact_span(u.fact)) is not None}
    pool = used
    if ends:
        latest = max(ends.values())
        pool = [u for u in used if ends.get(id(u)) == latest]
    for rule in spec.tie_break:
        if len(pool) < 2:
            break
        ranks = [_rank(getattr(u.fact, rule.field), rule.prefer) for u in pool]
        best = max(ranks)
        pool = [u for u, rank in zip(pool, ranks, strict=True) if rank == best]
    chosen = pool[0]
    if not spec.tie_break:
        return [chosen]
    day = ends.get(id(chosen))
    others = tuple(u.fact for u in used if u is not chosen and ends.get(id(u)) == day)
    return [Used(chosen.fact, chosen.note, others)]


def _rank(value: Any, prefer: str) -> tuple[bool, Any]:
    """Sort key for a tie-break: a stated value before an unstated one, then the
    preferred end (dates and numbers; 'lowest' negates numbers, reverses dates)."""
    if value is None:
        return (False, 0)
    if prefer == "highest":
        return (True, value)
    if isinstance(value, int | float):
        return (True, -value)
    return (True, -value.toordinal())


def decidable(selection: Iterable[Select], ctx: EvalContext) -> bool:
    """False when a select has a time window but there is no request date to place it."""
    return ctx.request_date is not None or not any(needs_request_date(s) for s in selection)


def select(selection: Iterable[Select], ctx: EvalContext) -> tuple[Used, ...]:
    """The union of what each Select picks, first occurrence kept, canonical order.

    Without a request date, time windows are not applied: callers check ``decidable``
    first and treat the result as "documented, but not placeable in time".
    """
    seen: set[int] = set()
    found: list[Used] = []
    for spec in selection:
        for item in select_one(spec, ctx):
            if id(item.fact) not in seen:
                seen.add(id(item.fact))
                found.append(item)
    order = {id(fact): index for index, fact in enumerate(ctx.facts)}
    return tuple(sorted(found, key=lambda u: order[id(u.fact)]))


# --------------------------------------------------------------------------- operators


def _union(findings: Iterable[Finding]) -> tuple[tuple[Used, ...], tuple[str, ...]]:
    seen: set[int] = set()
    used: list[Used] = []
    notes: list[str] = []
    for finding in findings:
        for item in finding.used:
            if id(item.fact) not in seen:
                seen.add(id(item.fact))
                used.append(item)
        notes.extend(n for n in finding.notes if n not in notes)
    return tuple(used), tuple(notes)


def _all(expr: AllOf, ctx: EvalContext) -> Finding:
    findings = [evaluate_expr(child, ctx) for child in expr.all_]
    used, notes = _union(findings)
    oks = [f.ok for f in findings]
    ok = False if False in oks else (None if None in oks else True)
    return Finding(ok, used, notes)


def _any(expr: AnyOf, ctx: EvalContext) -> Finding:
    findings = [evaluate_expr(child, ctx) for child in expr.any_]
    holding = [f for f in findings if f.ok is True]
    used, notes = _union(holding or findings)
    oks = [f.ok for f in findings]
    ok = True if holding else (None if None in oks else False)
    return Finding(ok, used, notes)


def _not(expr: NotOf, ctx: EvalContext) -> Finding:
    finding = evaluate_expr(expr.not_, ctx)
    return Finding(None if finding.ok is None else not finding.ok, finding.used, finding.notes)


def _undecided(selection: Iterable[Select], ctx: EvalContext) -> Finding:
    """Cannot be decided without a request date; shows what was documented regardless."""
    return Finding(None, select(selection, ctx), (NO_REQUEST_DATE,))


def _exists(expr: Exists, ctx: EvalContext) -> Finding:
    if not decidable(expr.exists, ctx):
        return _undecided(expr.exists, ctx)
    used = select(expr.exists, ctx)
    return Finding(bool(used), used)


def _none_present(expr: NonePresent, ctx: EvalContext) -> Finding:
    if not decidable(expr.none_present, ctx):
        return _undecided(expr.none_present, ctx)
    used = select(expr.none_present, ctx)
    return Finding(not used, used)


def _count_at_least(expr: CountAtLeast, ctx: EvalContext) -> Finding:
    spec = expr.count_at_least
    if not decidable(spec.of, ctx):
        return _undecided(spec.of, ctx)
    used = select(spec.of, ctx)
    if spec.distinct is None:
        count, counted = len(used), "found"
    else:
        count = len({getattr(u.fact, spec.distinct) for u in used})
        counted = "on separate dates" if spec.distinct == "date" else f"distinct by {spec.distinct}"
    note = f"{count} {counted}, {spec.n} required"
    return Finding(count >= spec.n, used, (note,))


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}


def _threshold(expr: Threshold, ctx: EvalContext) -> Finding:
    """Holds when something is selected and every selected value passes the comparison."""
    spec = expr.threshold
    if not decidable(spec.of, ctx):
        return _undecided(spec.of, ctx)
    used = select(spec.of, ctx)
    compare = _COMPARE[spec.op]
    values = [getattr(u.fact, spec.field) for u in used]
    ok = bool(values) and all(v is not None and compare(v, spec.value) for v in values)
    return Finding(ok, used)


def _covers(expr: IntervalUnionCovers, ctx: EvalContext) -> Finding:
    """The union of the selected facts' days, clipped to the window, against a minimum.

    Days are counted with both ends included; overlapping episodes count once. The
    minimum is ``min_months x days_per_month`` days.
    """
    spec = expr.interval_union_covers
    required = round(spec.min_months * spec.days_per_month)
    if ctx.request_date is None:
        return _undecided(spec.of, ctx)
    bounds = window(ctx.request_date, spec.window_months)
    pieces = []
    used = []
    for item in select(spec.of, ctx):
        span = fact_span(item.fact)
        part = clip(span, bounds) if span else None
        if part:
            pieces.append(part)
            used.append(item)
    days = covered_days(pieces)
    blocks = ", ".join(f"{a.isoformat()} to {b.isoformat()}" for a, b in merge(pieces))
    note = (
        f"{days} days covered within {bounds[0].isoformat()} to {bounds[1].isoformat()}"
        + (f" ({blocks})" if blocks else "")
        + f"; {required} days ({_num(spec.min_months)} months of "
        f"{_num(spec.days_per_month)} days) required"
    )
    return Finding(days >= required, tuple(used), (note,))


def _num(value: float) -> str:
    return f"{value:g}"


_OPERATORS: dict[type, Callable[[Any, EvalContext], Finding]] = {
    AllOf: _all,
    AnyOf: _any,
    NotOf: _not,
    Exists: _exists,
    NonePresent: _none_present,
    CountAtLeast: _count_at_least,
    Threshold: _threshold,
    IntervalUnionCovers: _covers,
}


def evaluate_expr(expr: Any, ctx: EvalContext) -> Finding:
    """Evaluate one expression of the vocabulary against the context."""
    return _OPERATORS[type(expr)](expr, ctx)
