"""ConText rules: each domain rule with phrasings, read through the real pipeline.

Cases are data (``cases/context.yaml``): a text, the diagnosis code it mentions and the
ConText flags the mention must carry. Negation/hypothetical/family/historical decide
whether a finding counts toward a criterion (CONTRACT section 4), and the scope of each
modifier depends on the sentence splitter, so both are exercised here.
"""

from pathlib import Path

import pytest
import yaml

from tests.extractors.helpers import facts_from_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "context.yaml").read_text())


def test_context_case_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_context_rule(nlp, case) -> None:
    facts = [f for f in facts_from_text(nlp, case["text"]) if f.kind == "diagnosis"]
    mentions = [f for f in facts if f.code == case["code"]]
    assert mentions, f"no {case['code']} mention; got {[f.code for f in facts]}"
    flags = [f.context.model_dump() for f in mentions]
    wanted = case["context"]
    assert any(all(flag[k] == v for k, v in wanted.items()) for flag in flags), flags


def test_every_domain_rule_is_exercised() -> None:
    """Each rule id in the resource file is named by at least one case id or listed as
    covered by another (so a new rule cannot land without phrasing cases)."""
    from pipeline.context_rules import load_context_file

    covered_by = {
        "ctx.no_evidence_of": "no_evidence_of",
        "ctx.negative_for": "negative_for",
        "ctx.denies": "denies",
        "ctx.no_history_of": "no_history_of",
        "ctx.not_consistent_with": "not_consistent_with",
        "ctx.ruled_out": "ruled_out_backward",
        "ctx.rule_out": "rule_out",
        "ctx.r_o": "r_o_abbreviation",
        "ctx.to_exclude": "evaluate_for",
        "ctx.family_history": "family_history_of",
        "ctx.relative_has": "mother_has",
        "ctx.status_post": "status_post",
        "ctx.resolved": "resolved_backward",
        "ctx.remote": "remote_history",
        "ctx.prior_history": "denies_any_history",
        "ctx.history_of": "history_of_dated",
        "ctx.if": "if_conditional",
        "ctx.if_fails": "if_fails_backward",
        "ctx.would_consider": "would_consider",
        "ctx.candidate_for": "candidate_for",
        "ctx.read_about": "read_about",
        "ctx.risks_of": "risks_of",
        "ctx.ordered": "ordered",
        "ctx.scheduled": "scheduled",
        "ctx.possible": "possible",
        "ctx.concern_for": "concern_for",
        "ctx.differential": "differential",
        "ctx.cannot_exclude": "cannot_be_excluded",
        "ctx.versus": "versus",
        "ctx.colon_no_after": "key_colon_no_value",
        "ctx.colon_no": "impression_colon_no",
        "ctx.colon_no_line_end": "key_colon_no_line_value",
        "ctx.semicolon": "semicolon_terminates",
        "ctx.however": "however_terminates",
        "ctx.pseudo_no_change": "pseudo_no_change",
    }
    ids = {case["id"] for case in CASES}
    rules = {rule.id for rule in load_context_file().rules}
    assert rules <= set(covered_by), sorted(rules - set(covered_by))
    assert {covered_by[r] for r in rules} <= ids, sorted({covered_by[r] for r in rules} - ids)
