"""ConText through the real pipeline: each class of wording, rule by rule (cases as data).

Negation, hypothetical, historical and family decide whether a finding counts toward a
criterion (CONTRACT section 4). Cases (``cases/context.yaml``) check either the ConText
flags of a target span (what ConText itself says) or a Diagnosis fact (what the family
makes of it). The three corrections of ``pipeline.context`` (scope kept in the sentence,
a modifier inside its target, a pseudo-trigger over a target) are checked directly.
"""

from pathlib import Path

import pytest
import yaml

from pipeline.nlp import TARGET_GROUP
from tests.extractors.helpers import doc_from_text, facts_from_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "context.yaml").read_text())
SPAN_FLAGS = {
    "negated": "is_negated",
    "historical": "is_historical",
    "hypothetical": "is_hypothetical",
    "family": "is_family",
    "uncertain": "is_uncertain",
}


def test_context_case_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_context_case(nlp, case) -> None:
    wanted = case["context"]
    if "code" in case:
        facts = [f for f in facts_from_text(nlp, case["text"]) if f.kind == "diagnosis"]
        mentions = [f for f in facts if f.code == case["code"]]
        assert mentions, f"no {case['code']} mention; got {[f.code for f in facts]}"
        flags = [f.context.model_dump() for f in mentions]
    else:
        doc = doc_from_text(nlp, case["text"])
        spans = [s for s in doc.spans[TARGET_GROUP] if s.text.lower() == case["target"].lower()]
        assert spans, f"no target {case['target']!r}: {[s.text for s in doc.spans[TARGET_GROUP]]}"
        flags = [{k: bool(getattr(s._, attr)) for k, attr in SPAN_FLAGS.items()} for s in spans]
    assert any(all(flag[k] == v for k, v in wanted.items()) for flag in flags), flags


def test_every_rule_has_a_case() -> None:
    """Each rule of ours, each dropped and each bounded default is named by a case, so a
    rule cannot land (or a default be changed) without phrasings that show it."""
    from pipeline.context_rules import default_rules, load_context_file

    spec = load_context_file()
    named = {case["rule"] for case in CASES}
    ours = {rule.id for rule in spec.rules}
    changed = {f"default:{d.literal}" for d in (*spec.drop_default, *spec.adjust_default)}
    assert ours <= named, sorted(ours - named)
    assert changed <= named, sorted(changed - named)
    defaults = {f"default:{rule.literal}" for rule in default_rules()}
    assert named <= ours | defaults, sorted(named - ours - defaults)


def _modifiers(nlp, text: str, target: str) -> list[str]:
    doc = doc_from_text(nlp, text)
    (span,) = [s for s in doc.spans[TARGET_GROUP] if s.text == target][:1]
    return [m.rule.metadata["rule_id"] for m in span._.modifiers]


def test_context_bounded_scope_stays_in_its_sentence(nlp) -> None:
    """medspaCy's window for a rule with max_scope runs across the sentence end."""
    assert _modifiers(nlp, "Sacral osteomyelitis. Ordered an MRI.", "Sacral osteomyelitis") == []


def test_context_modifier_inside_the_target_does_not_modify_it(nlp) -> None:
    text = "Failed prior SI joint fusion."
    assert "ctx.prior" not in _modifiers(nlp, text, "Failed prior SI joint fusion")


def test_context_pseudo_trigger_over_a_target_gives_way(nlp) -> None:
    """'no change' shields what follows it, unless the change itself is the concept."""
    from spacy.tokens import Span

    from pipeline.nlp import CONTEXT_PIPE

    doc = doc_from_text(nlp, "No change in vision or sciatica.", until=CONTEXT_PIPE)
    change = Span(doc, 1, 4, label="CONCEPT")
    assert change.text == "change in vision"
    doc.spans[TARGET_GROUP] = [change]
    nlp.get_pipe(CONTEXT_PIPE)(doc)
    assert doc.spans[TARGET_GROUP][0]._.is_negated


def test_context_dated_rule_needs_the_documents_date(nlp) -> None:
    """A year before the note's dates an episode past; without a document date, or with a
    date in that same year, the year dates nothing past."""
    from datetime import date

    text = "A bout of left sciatica in 2021 after lifting."
    for doc_date, past in ((date(2025, 8, 28), True), (date(2021, 11, 2), False), (None, False)):
        facts = facts_from_text(nlp, text, doc_date=doc_date)
        radiation = [f for f in facts if f.kind == "pain_radiation" and f.radiating]
        assert radiation, doc_date
        assert all(f.context.historical is past for f in radiation), doc_date


def test_context_practice_name_shields_family_over_a_target(nlp) -> None:
    """'Family Chiropractic' stays a pseudo-trigger though 'Chiropractic' is a target."""
    doc = doc_from_text(nlp, "Seen at Brookside Family Chiropractic for sciatica.")
    spans = [s for s in doc.spans[TARGET_GROUP] if s.text in {"Chiropractic", "sciatica"}]
    assert {s.text for s in spans} == {"Chiropractic", "sciatica"}
    assert not any(s._.is_family for s in spans)
