"""Table-driven extractor cases: text in, expected (partial) facts out.

A case file ``tests/extractors/cases/<family>.yaml`` is a list of cases::

    - id: slash_score
      text: "SI joint pain is 7/10 today."
      doc_type: office_note          # optional
      expect:                        # each must match some extracted fact
        - {kind: pain_score, value: 7, timing: baseline,
           context: {negated: false}, evidence_text: "7/10", evidence_rule: pain.score.over_10}
      forbid:                        # none may match any extracted fact
        - {kind: pain_score, value: 2}
      only: [pain_score]             # these kinds: exactly the expected facts, nothing else

A partial fact matches when every field it names equals the fact's field; ``context``
compares only the flags it names; ``evidence_text`` must equal one evidence's text
(white space collapsed) and ``evidence_rule`` one evidence's rule id.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from tests.extractors.helpers import facts_from_text

CASES_DIR = Path(__file__).parent / "cases"


def load_cases(family: str) -> list[dict[str, Any]]:
    cases = yaml.safe_load((CASES_DIR / f"{family}.yaml").read_text(encoding="utf-8"))
    ids = [case["id"] for case in cases]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate case ids in {family}.yaml")
    return cases


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def matches(fact: Any, partial: dict[str, Any]) -> bool:
    data = fact.model_dump(mode="json")
    for key, wanted in partial.items():
        if key == "context":
            if any(data["context"][flag] != value for flag, value in wanted.items()):
                return False
        elif key == "evidence_text":
            if _norm(wanted) not in {_norm(e["text"]) for e in data["evidence"]}:
                return False
        elif key == "evidence_rule":
            if wanted not in {e["rule_id"] for e in data["evidence"]}:
                return False
        elif data.get(key) != wanted:
            return False
    return True


def describe(facts: list[Any]) -> str:
    lines = []
    for fact in facts:
        data = fact.model_dump(mode="json", exclude={"id"})
        context = {k: v for k, v in data.pop("context").items() if v}
        evidence = [(e["text"], e["rule_id"]) for e in data.pop("evidence")]
        lines.append(f"  {data} context={context} evidence={evidence}")
    return "\n".join(lines) or "  (no facts)"


def check_case(nlp: Any, case: dict[str, Any]) -> None:
    """Run one case through the real pipeline and assert its expectations."""
    doc_date = case.get("doc_date", date(2025, 8, 28))
    facts = facts_from_text(nlp, case["text"], case.get("doc_type", "office_note"), doc_date)
    shown = describe(facts)
    for partial in case.get("expect", []):
        assert any(matches(f, partial) for f in facts), f"missing {partial}; got:\n{shown}"
    for partial in case.get("forbid", []):
        assert not any(matches(f, partial) for f in facts), f"unwanted {partial}; got:\n{shown}"
    for kind in case.get("only", []):
        expected = [p for p in case.get("expect", []) if p["kind"] == kind]
        got = [f for f in facts if f.kind == kind]
        assert len(got) == len(expected), f"{kind}: want {len(expected)}, got:\n{shown}"
