"""Labelled records are read as CONTRACT section 3 writes them: a met exclusion with an
empty evidence list is met on the packet's silence (section 4), which the policy data
decides; every other met or not-met criterion still needs its snippets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.labels import read_labels
from policy import criterion_ids, load_policy, met_on_silence


def _write(tmp_path: Path, criteria: dict, procedure: str = "open") -> Path:
    statuses = [gold["status"] for gold in criteria.values()]
    determination = (
        "does_not_meet_criteria"
        if "not_met" in statuses
        else "insufficient_documentation"
        if "insufficient" in statuses
        else "meets_criteria"
    )
    path = tmp_path / "p.labels.json"
    path.write_text(
        json.dumps(
            {
                "procedure": procedure,
                "request_date": "2026-03-01",
                "determination": determination,
                "criteria": criteria,
            }
        ),
        encoding="utf-8",
    )
    return path


def test_policy_meets_on_silence_exactly_the_exclusions_and_generalized_pain() -> None:
    every_id = {
        criterion
        for procedure in ("percutaneous", "open")
        for criterion in criterion_ids(procedure)
    }
    expected = {
        criterion
        for criterion in every_id
        if ".excl." in criterion or criterion.endswith(".generalized_pain_excluded")
    }
    assert met_on_silence() == expected
    assert met_on_silence(load_policy()[0]) == expected


def test_contract_label_with_a_met_exclusion_and_no_snippet_reads_as_silent(tmp_path) -> None:
    labels = read_labels(
        _write(
            tmp_path,
            {
                "open.indication": {"status": "met", "evidence": ["failed prior fusion"]},
                "open.recent_imaging": {"status": "met", "evidence": ["CT 09/2026: lucency"]},
                "open.excl.neural_compression": {"status": "met", "evidence": []},
            },
        )
    )
    assert labels.criteria["open.excl.neural_compression"].silent
    assert not labels.criteria["open.indication"].silent


def test_met_exclusion_without_an_evidence_key_reads_as_silent(tmp_path) -> None:
    labels = read_labels(
        _write(
            tmp_path,
            {
                "open.indication": {"status": "met", "evidence": ["pelvic ring fracture"]},
                "open.recent_imaging": {"status": "insufficient", "evidence": []},
                "open.excl.neural_compression": {"status": "met"},
            },
        )
    )
    assert labels.criteria["open.excl.neural_compression"].silent


@pytest.mark.parametrize(
    ("criterion", "status"),
    [
        ("open.indication", "met"),  # met needs what shows it: never on silence
        ("open.excl.neural_compression", "not_met"),  # a documented compression is quoted
    ],
)
def test_other_statuses_without_snippets_are_still_invalid(tmp_path, criterion, status) -> None:
    criteria = {
        "open.indication": {"status": "met", "evidence": ["sacral tumor"]},
        "open.recent_imaging": {"status": "met", "evidence": ["MRI 10/2026: mass"]},
        "open.excl.neural_compression": {"status": "met", "evidence": ["no compression"]},
    }
    criteria[criterion] = {"status": status, "evidence": []}
    with pytest.raises(ValidationError, match="needs gold evidence"):
        read_labels(_write(tmp_path, criteria))
