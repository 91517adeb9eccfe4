"""Properties of evaluate() that hold for every case: evidence, order, determinism, purity."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from pipeline.models import (
    DeterminationValue,
    Procedure,
    RequestMetadata,
    Status,
)
from policy import evaluate, load_policy
from policy.determination import determination_of
from tests.policy.harness import Prepared, build_facts, prepared_cases

CASES = prepared_cases()
IDS = [c.id for c in CASES]
POLICY = load_policy()[0]


def _absence_exclusion(prepared: Prepared, criterion_id: str) -> bool:
    """An exclusion met because nothing is documented has nothing to cite."""
    for procedure in Procedure:
        for criterion in prepared.policy.criteria_for(procedure):
            if criterion.id == criterion_id:
                return criterion.otherwise.status is Status.met
    return False


@pytest.mark.parametrize("prepared", CASES, ids=IDS)
def test_evaluate_met_and_not_met_carry_their_facts_evidence(prepared: Prepared) -> None:
    evaluation = evaluate(prepared.policy, prepared.facts, prepared.request)
    by_id = {f.id: f for f in prepared.facts}
    for result in evaluation.criteria:
        cited = {e for fid in result.fact_ids for e in by_id[fid].evidence}
        assert set(result.evidence) <= cited, result.id
        assert len(result.evidence) == len(set(result.evidence)), result.id
        if result.status is Status.insufficient:
            assert result.request_documentation, result.id
            continue
        assert result.request_documentation is None, result.id
        if not result.fact_ids:
            assert result.status is Status.met and _absence_exclusion(prepared, result.id), (
                f"{result.id} is {result.status.value} without evidence"
            )
        else:
            assert result.evidence, result.id


@pytest.mark.parametrize("prepared", CASES, ids=IDS)
def test_evaluate_lists_the_procedure_criteria_in_policy_order(prepared: Prepared) -> None:
    evaluation = evaluate(prepared.policy, prepared.facts, prepared.request)
    procedure = prepared.request.procedure
    if procedure is None:  # resolved from the packet's own mentions (the code first)
        procedure = evaluation.procedure
        if procedure is None:
            assert evaluation.criteria == ()
            return
    assert evaluation.procedure is procedure
    assert [r.id for r in evaluation.criteria] == prepared.policy.criterion_ids(procedure)
    expected_sections = [c.section for c in prepared.policy.criteria_for(procedure)]
    assert [r.policy_section for r in evaluation.criteria] == expected_sections
    assert evaluation.determination is determination_of(r.status for r in evaluation.criteria)


@pytest.mark.parametrize("prepared", CASES, ids=IDS)
def test_evaluate_is_deterministic_and_ignores_fact_order(prepared: Prepared) -> None:
    first = evaluate(prepared.policy, prepared.facts, prepared.request)
    assert evaluate(prepared.policy, prepared.facts, prepared.request) == first
    shuffled = list(prepared.facts)
    random.Random(1366).shuffle(shuffled)
    assert evaluate(prepared.policy, tuple(reversed(prepared.facts)), prepared.request) == first
    assert evaluate(prepared.policy, shuffled, prepared.request) == first


def _complete() -> Prepared:
    return next(c for c in CASES if c.id.startswith("determination: complete"))


def test_evaluate_without_procedure_is_insufficient_with_no_criteria() -> None:
    complete = _complete()
    facts = tuple(f for f in complete.facts if f.kind != "procedure_request")
    request = complete.request.model_copy(update={"procedure": None})
    evaluation = evaluate(POLICY, facts, request)
    assert evaluation.procedure is None
    assert evaluation.criteria == ()
    assert evaluation.determination is DeterminationValue.insufficient_documentation
    assert any("procedure" in w for w in evaluation.warnings)


def test_evaluate_takes_the_procedure_from_procedure_request_facts() -> None:
    complete = _complete()
    request = complete.request.model_copy(update={"procedure": None})
    evaluation = evaluate(POLICY, complete.facts, request)
    assert evaluation.procedure is Procedure.percutaneous
    assert evaluation.determination is DeterminationValue.meets_criteria


def test_evaluate_prefers_a_coded_procedure_and_warns_on_conflict() -> None:
    coded = build_facts(
        [
            {"kind": "procedure_request", "procedure": "open", "cpt": "27280"},
            {"kind": "procedure_request", "procedure": "percutaneous"},
        ]
    )
    evaluation = evaluate(POLICY, coded, RequestMetadata(request_date=dt.date(2025, 9, 15)))
    assert evaluation.procedure is Procedure.open
    conflicting = build_facts(
        [
            {"kind": "procedure_request", "procedure": "open", "cpt": "27280"},
            {"kind": "procedure_request", "procedure": "percutaneous", "cpt": "27279"},
        ]
    )
    evaluation = evaluate(POLICY, conflicting, RequestMetadata())
    assert evaluation.procedure is None
    assert any("conflicting" in w for w in evaluation.warnings)


def test_evaluate_ignores_a_negated_procedure_request() -> None:
    facts = build_facts(
        [{"kind": "procedure_request", "procedure": "open", "context": {"negated": True}}]
    )
    assert evaluate(POLICY, facts, RequestMetadata()).procedure is None


def test_evaluate_takes_the_side_from_the_procedure_request() -> None:
    facts = build_facts(
        [
            {"kind": "procedure_request", "procedure": "percutaneous", "side": "right"},
            {"kind": "tenderness", "site": "posterior_sij", "present": True, "side": "left"},
        ]
    )
    evaluation = evaluate(POLICY, facts, RequestMetadata(request_date=dt.date(2025, 9, 15)))
    tenderness = next(r for r in evaluation.criteria if r.id == "perc.sij_tenderness")
    assert tenderness.status is Status.insufficient


def test_evaluate_reports_the_policy_it_used() -> None:
    complete = _complete()
    evaluation = evaluate(POLICY, complete.facts, complete.request)
    assert evaluation.policy.id == "MP-MM-1366"
    assert evaluation.policy.effective == dt.date(2025, 8, 1)
    assert evaluation.policy.version == POLICY.version


def test_evaluate_warns_without_request_date() -> None:
    complete = _complete()
    request = complete.request.model_copy(update={"request_date": None})
    evaluation = evaluate(POLICY, complete.facts, request)
    assert any("request date" in w for w in evaluation.warnings)
    statuses = {r.id: r.status for r in evaluation.criteria}
    assert statuses["perc.active_conservative_therapy"] is Status.insufficient
    assert statuses["perc.pain_severity"] is Status.met


def test_evaluate_depends_on_the_request_date_not_the_clock() -> None:
    """Moving only the request date moves the therapy window (there is no 'today')."""
    complete = _complete()
    later = complete.request.model_copy(update={"request_date": dt.date(2026, 9, 15)})
    statuses = {r.id: r.status for r in evaluate(POLICY, complete.facts, later).criteria}
    assert statuses["perc.active_conservative_therapy"] is Status.not_met
    assert statuses["perc.inactive_conservative_therapy"] is Status.not_met


def test_evaluate_accepts_gold_facts_without_ids_or_evidence() -> None:
    """Gold label facts carry neither; the engine must still score them."""
    complete = _complete()
    bare = tuple(f.model_copy(update={"id": "", "evidence": ()}) for f in complete.facts)
    evaluation = evaluate(POLICY, bare, complete.request)
    assert evaluation.determination is DeterminationValue.meets_criteria
    assert all(r.fact_ids == () and r.evidence == () for r in evaluation.criteria)


def test_evaluate_does_not_mix_up_identical_facts() -> None:
    complete = _complete()
    doubled = (*complete.facts, *complete.facts)
    assert evaluate(POLICY, doubled, complete.request).determination is (
        DeterminationValue.meets_criteria
    )


def test_evaluate_requested_procedure_missing_from_policy_is_insufficient() -> None:
    from tests.policy.harness import policy_named

    strict = policy_named("stricter_policy.yaml")
    evaluation = evaluate(strict, (), RequestMetadata(procedure=Procedure.open))
    assert evaluation.criteria == ()
    assert evaluation.determination is DeterminationValue.insufficient_documentation
    assert evaluation.warnings
