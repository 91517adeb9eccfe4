"""Metrics of `authreview evaluate` on hand-made predictions (CONTRACT sections 3 and 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.evaluate import Baseline, FactFloor, RecordOutcome, check_gate, compute_metrics
from pipeline.labels import GoldCriterion, Labels
from pipeline.metrics import span_hits_snippet
from pipeline.models import (
    CriterionResult,
    Determination,
    DeterminationValue,
    Evidence,
    PainScore,
    PolicyRef,
    Procedure,
    ProvocativeTest,
    Status,
)


@pytest.mark.parametrize(
    ("cited", "gold", "hit"),
    [
        ("SI joint pain is 7/10 today", "SI joint pain is 7/10 today", True),
        ("pain is 7/10", "SI joint pain is 7/10 today", True),  # contained in the gold
        ("pain 5/10 at night", "SI joint pain is 7/10 today", False),  # LCS covers < 60%
        ("SI joint pain is\n 7/10", "si joint PAIN is 7/10 today", True),  # LCS 23/27 chars
        ("Patient reports that SI joint pain is 7/10 today at rest", "pain is 7/10 today", True),
        ("40% relief", "40%  relief", True),
        ("FABER positive", "Gaenslen positive", False),
        ("", "anything", False),
    ],
)
def test_span_hits_snippet_follows_contract_matching(cited: str, gold: str, hit: bool) -> None:
    assert span_hits_snippet(cited, gold) is hit


def _evidence(text: str) -> Evidence:
    return Evidence(document="a.pdf", page=1, start=0, end=len(text), bbox=(0, 0, 1, 1), text=text)


def _determination(value: DeterminationValue, criteria, facts=()) -> Determination:
    return Determination(
        packet_id="p",
        packet_sha256="0" * 64,
        policy=PolicyRef(id="MP-MM-1366", effective=dt.date(2025, 8, 1)),
        procedure=Procedure.percutaneous,
        request_date=dt.date(2025, 9, 15),
        determination=value,
        criteria=tuple(criteria),
        facts=tuple(facts),
        versions={"pipeline": "test"},
    )


def _labels(value: DeterminationValue, criteria: dict[str, GoldCriterion], facts=()) -> Labels:
    return Labels(
        procedure=Procedure.percutaneous,
        request_date=dt.date(2025, 9, 15),
        determination=value,
        criteria=criteria,
        facts=tuple(facts),
    )


def test_false_meets_and_disagreements_are_counted() -> None:
    gold = _labels(
        DeterminationValue.does_not_meet_criteria,
        {
            "perc.pain_severity": GoldCriterion(status=Status.met, evidence=("pain 7/10",)),
            "perc.diagnostic_injections": GoldCriterion(
                status=Status.not_met, evidence=("40% relief",)
            ),
        },
    )
    predicted = _determination(
        DeterminationValue.meets_criteria,
        [
            CriterionResult(
                id="perc.pain_severity",
                status=Status.met,
                explanation="7/10",
                evidence=(_evidence("pain 7/10"),),
            ),
            CriterionResult(
                id="perc.diagnostic_injections",
                status=Status.met,
                explanation="2 blocks",
                evidence=(_evidence("no image guidance"),),
            ),
        ],
    )
    metrics = compute_metrics([RecordOutcome(record="r1", labels=gold, determination=predicted)])
    assert metrics["false_meets_criteria"] == 1
    assert metrics["determination_accuracy"] == 0.0
    assert metrics["criterion_status_accuracy"] == 0.5
    assert metrics["evidence_hit_rate"] == 0.5
    assert [d["criterion"] for d in metrics["disagreements"]] == ["perc.diagnostic_injections"]
    assert metrics["confusion_matrix"]["does_not_meet_criteria"]["meets_criteria"] == 1
    failures = check_gate(
        metrics, Baseline(determination_accuracy=0.0, criterion_status_accuracy=0.0)
    )
    assert any("false meets_criteria" in f for f in failures)


def test_unreadable_record_is_an_error_not_a_skip() -> None:
    gold = _labels(DeterminationValue.insufficient_documentation, {})
    metrics = compute_metrics(
        [RecordOutcome(record="bad", labels=gold, determination=None, error="E103: damaged")]
    )
    assert metrics["errors"] == {"bad": "E103: damaged"}
    assert metrics["determination_accuracy"] == 0.0
    assert metrics["confusion_matrix"]["insufficient_documentation"]["error"] == 1
    assert check_gate(metrics, Baseline(determination_accuracy=0.0, criterion_status_accuracy=0.0))


def test_fact_scores_compare_affirmed_facts_by_identity() -> None:
    gold_facts = (
        PainScore(value=7, date=dt.date(2025, 8, 28)),
        ProvocativeTest(test="faber", result="positive"),
    )
    predicted_facts = (
        PainScore(id="f-1", value=7, date=dt.date(2025, 8, 28), evidence=(_evidence("7/10"),)),
        ProvocativeTest(id="f-2", test="gaenslen", result="positive", evidence=(_evidence("G+"),)),
        ProvocativeTest(
            id="f-3",
            test="faber",
            result="positive",
            evidence=(_evidence("F+"),),
            context={"negated": True},
        ),
    )
    metrics = compute_metrics(
        [
            RecordOutcome(
                record="r",
                labels=_labels(DeterminationValue.insufficient_documentation, {}, gold_facts),
                determination=_determination(
                    DeterminationValue.insufficient_documentation, [], predicted_facts
                ),
            )
        ]
    )
    assert metrics["facts"]["pain_score"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    tests = metrics["facts"]["provocative_test"]
    assert (tests["tp"], tests["fp"], tests["fn"]) == (0, 1, 1)


def test_gate_passes_at_baseline_and_fails_below() -> None:
    metrics = {
        "false_meets_criteria": 0,
        "false_meets_records": [],
        "errors": {},
        "determination_accuracy": 0.8,
        "criterion_status_accuracy": 0.9,
        "facts": {},
    }
    assert (
        check_gate(metrics, Baseline(determination_accuracy=0.8, criterion_status_accuracy=0.9))
        == []
    )
    assert check_gate(metrics, Baseline(determination_accuracy=0.85, criterion_status_accuracy=0.9))


def test_gate_holds_fact_kinds_to_their_floors_and_skips_what_it_does_not_name() -> None:
    """Real notes have no criteria: their gate is per-kind precision/recall floors."""
    metrics = {
        "false_meets_criteria": 0,
        "false_meets_records": [],
        "errors": {},
        "determination_accuracy": 1.0,
        "criterion_status_accuracy": None,
        "facts": {"imaging": {"precision": 0.97, "recall": 0.94}, "injection": {}},
    }
    floors = {"imaging": FactFloor(precision=0.95, recall=0.9)}
    assert check_gate(metrics, Baseline(determination_accuracy=1.0, facts=floors)) == []
    failures = check_gate(
        metrics,
        Baseline(facts=floors | {"injection": FactFloor(precision=0.5, recall=0.0)}),
    )
    assert failures == ["injection precision 0.0 fell below the baseline 0.5"]
    raised = {"imaging": FactFloor(precision=0.95, recall=0.95)}
    assert check_gate(metrics, Baseline(facts=raised)) == [
        "imaging recall 0.94 fell below the baseline 0.95"
    ]
