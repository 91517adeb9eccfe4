"""The policy as a FHIR Questionnaire: generated from the policy file, one question per
criterion, and the `authreview policy questionnaire` command."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire

from pipeline.cli import main
from pipeline.fhir.questionnaire import (
    build_questionnaire,
    criterion_link_ids,
    policy_questionnaire,
    questionnaire_canonical,
)
from pipeline.models import Status
from policy import load_policy, load_policy_file
from tests.conftest import REPO_ROOT

STRICTER = REPO_ROOT / "tests" / "policy" / "stricter_policy.yaml"
POLICIES = {"packaged": lambda: load_policy()[0], "stricter": lambda: load_policy_file(STRICTER)}


@pytest.mark.parametrize("load", POLICIES.values(), ids=POLICIES.keys())
def test_questionnaire_questions_are_the_policy_criteria_one_to_one(load):
    policy = load()
    questionnaire = build_questionnaire(policy)
    expected = [c.id for p in policy.procedures.values() for c in p.criteria]
    assert criterion_link_ids(questionnaire) == expected
    groups = {g.linkId: [i.linkId for i in g.item] for g in questionnaire.item}
    assert groups == {p.value: policy.criterion_ids(p) for p in policy.procedures}


@pytest.mark.parametrize("load", POLICIES.values(), ids=POLICIES.keys())
def test_questionnaire_item_says_the_requirement_and_offers_the_three_statuses(load):
    policy = load()
    questionnaire = build_questionnaire(policy)
    criteria = {c.id: c for p in policy.procedures.values() for c in p.criteria}
    for group in questionnaire.item:
        for item in group.item:
            criterion = criteria[item.linkId]
            assert item.type == "choice" and item.required
            assert item.prefix == criterion.section
            assert item.text == " ".join(criterion.description.split())
            codes = [option.valueCoding.code for option in item.answerOption]
            assert codes == [s.value for s in Status]


def test_questionnaire_names_the_policy_version_it_was_generated_from():
    policy, _ = load_policy()
    questionnaire = build_questionnaire(policy)
    assert questionnaire.version == policy.version
    assert questionnaire.effectivePeriod.start == policy.effective
    assert f"{questionnaire.url}|{questionnaire.version}" == questionnaire_canonical(policy)


def test_questionnaire_round_trips_through_fhir_json():
    questionnaire, _ = policy_questionnaire()
    text = questionnaire.model_dump_json(exclude_none=True)
    again = Questionnaire.model_validate_json(text)
    assert again.model_dump_json(exclude_none=True) == text


def test_questionnaire_version_before_every_policy_file_warns():
    _, warnings = policy_questionnaire(as_of=dt.date(2000, 1, 1))
    assert warnings and "precedes" in warnings[0]


def test_cli_policy_questionnaire_writes_a_valid_file(tmp_path, capsys):
    out = tmp_path / "q" / "mp.json"
    assert main(["policy", "questionnaire", "--as-of", "2025-09-01", "--out", str(out)]) == 0
    questionnaire = Questionnaire.model_validate_json(out.read_text("utf-8"))
    assert criterion_link_ids(questionnaire) == [
        c.id for p in load_policy()[0].procedures.values() for c in p.criteria
    ]


def test_cli_policy_questionnaire_to_stdout_and_unknown_policy(capsys):
    assert main(["policy", "questionnaire"]) == 0
    assert json.loads(capsys.readouterr().out)["resourceType"] == "Questionnaire"
    assert main(["policy", "questionnaire", "--policy", "NO-SUCH-POLICY"]) == 2
    assert "[E200]" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["policy"], ["policy", "questionnaire"]])
def test_cli_policy_help(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(" ".join(["usage: authreview", *command]))
