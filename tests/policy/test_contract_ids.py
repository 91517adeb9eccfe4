"""The policy file's criterion ids are CONTRACT section 4's, verbatim and in its order."""

from __future__ import annotations

import pytest

from pipeline.models import Procedure
from policy import criterion_ids, load_policy

# CONTRACT section 4, copied literally from its tables (do not generate this list).
CONTRACT_IDS = {
    Procedure.percutaneous: [
        "perc.pain_location",
        "perc.pain_severity",
        "perc.sij_tenderness",
        "perc.active_conservative_therapy",
        "perc.inactive_conservative_therapy",
        "perc.thigh_thrust_or_compression",
        "perc.two_provocative_tests",
        "perc.diagnostic_injections",
        "perc.generalized_pain_excluded",
        "perc.sij_imaging",
        "perc.hip_imaging",
        "perc.lumbar_imaging",
        "perc.therapeutic_injections",
        "perc.excl.systemic_arthropathy",
        "perc.excl.infection_tumor_fracture",
        "perc.excl.acute_instability",
        "perc.excl.neural_compression",
    ],
    Procedure.open: [
        "open.indication",
        "open.recent_imaging",
        "open.excl.neural_compression",
    ],
}

# The CONTRACT's "never insufficient" rows.
NEVER_INSUFFICIENT = {
    "perc.generalized_pain_excluded",
    "perc.excl.systemic_arthropathy",
    "perc.excl.infection_tumor_fracture",
    "perc.excl.acute_instability",
    "perc.excl.neural_compression",
    "open.excl.neural_compression",
}


@pytest.mark.parametrize("procedure", list(Procedure))
def test_policy_ids_equal_contract_table(procedure: Procedure) -> None:
    assert criterion_ids(procedure) == CONTRACT_IDS[procedure]
    assert criterion_ids(procedure.value) == CONTRACT_IDS[procedure]


def test_policy_never_insufficient_rows_have_no_insufficient_outcome() -> None:
    policy, _ = load_policy()
    for procedure in Procedure:
        for criterion in policy.criteria_for(procedure):
            statuses = {c.status.value for c in criterion.outcomes} | {
                criterion.otherwise.status.value
            }
            if criterion.id in NEVER_INSUFFICIENT:
                assert "insufficient" not in statuses, criterion.id
            else:
                assert {"met", "not_met", "insufficient"} <= statuses, criterion.id


def test_policy_metadata_matches_the_policy_document() -> None:
    policy, warnings = load_policy("MP-MM-1366")
    assert warnings == ()
    assert policy.payer == "CareSource North Carolina"
    assert policy.effective.isoformat() == "2025-08-01"
    assert policy.source == "caresource-nc-MP-MM-1366-sacroiliac-joint-fusion.txt"
    sections = [c.section for c in policy.criteria_for(Procedure.percutaneous)]
    assert sections[:8] == [
        "I.B.1",
        "I.B.2",
        "I.B.3",
        "I.B.4.a",
        "I.B.4.b",
        "I.B.5",
        "I.B.6",
        "I.B.7",
    ]
