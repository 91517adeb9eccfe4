"""Every YAML case: facts -> expected criterion statuses (and explanation, cited facts)."""

from __future__ import annotations

import pytest

from policy import evaluate
from tests.policy.harness import Prepared, prepared_cases

CASES = prepared_cases()


@pytest.mark.parametrize("prepared", CASES, ids=[c.id for c in CASES])
def test_policy_case_statuses(prepared: Prepared) -> None:
    evaluation = evaluate(prepared.policy, prepared.facts, prepared.request)
    results = {r.id: r for r in evaluation.criteria}
    for criterion, status in prepared.expected().items():
        assert criterion in results, f"{criterion} not scored"
        result = results[criterion]
        assert result.status is status, f"{criterion}: {result.explanation}"
    if prepared.case.determination is not None:
        assert evaluation.determination is prepared.case.determination
    if prepared.criterion is not None and prepared.criterion in results:
        result = results[prepared.criterion]
        for text in prepared.case.explanation_contains:
            assert text in result.explanation, result.explanation
        if prepared.case.uses is not None:
            assert sorted(result.fact_ids) == sorted(prepared.case.uses), result.explanation
