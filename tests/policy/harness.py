"""Table-driven policy tests: YAML cases of facts and the statuses they must produce.

A case file (``tests/policy/cases/*.yaml``) holds::

    criterion: perc.pain_severity          # the criterion `expect: <status>` refers to
    request: {request_date: 2025-09-15, procedure: percutaneous}   # default request
    cases:
      - name: most recent score is 7/10
        request: {side: right}             # optional, merged over the default
        facts:                             # the fact schema of pipeline.models
          - {kind: pain_score, value: 7, date: 2025-08-28}
        expect: met                        # or {criterion id: status, ...}
        explanation_contains: ["7/10"]     # optional, for `criterion`
        uses: [f0]                         # optional: exactly the fact ids it must cite
        determination: meets_criteria      # optional
        policy: stricter_policy.yaml       # optional: another policy file in tests/policy

Each fact gets the id ``f<index>`` (unless it has one) and a minimal fake ``Evidence``
entry unique to it, so tests can check that results carry their facts' evidence.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter

from pipeline.models import DeterminationValue, Evidence, Fact, RequestMetadata, Status
from policy import Policy, load_policy, load_policy_file

HERE = Path(__file__).parent
CASES_DIR = HERE / "cases"
FACT = TypeAdapter(Fact)


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    request: dict[str, Any] = {}
    facts: list[dict[str, Any]] = []
    base: str | None = None
    expect: Status | dict[str, Status]
    explanation_contains: list[str] = []
    uses: list[str] | None = None
    determination: DeterminationValue | None = None
    policy: str | None = None


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    criterion: str | None = None
    request: dict[str, Any] = {}
    bases: dict[str, list[dict[str, Any]]] = {}
    cases: list[Case]


def fake_evidence(fact_id: str, index: int) -> Evidence:
    """A minimal evidence entry that names its fact, so a test can trace it back."""
    return Evidence(
        document="case.pdf",
        page=1,
        start=index * 100,
        end=index * 100 + 10,
        bbox=(72.0, 72.0 + index, 200.0, 82.0 + index),
        text=f"evidence of {fact_id}",
        rule_id="test.case",
    )


def build_facts(raw: list[dict[str, Any]]) -> tuple[Fact, ...]:
    facts = []
    for index, item in enumerate(raw):
        data = dict(item)
        data.setdefault("id", f"f{index}")
        data.setdefault("evidence", [fake_evidence(data["id"], index).model_dump()])
        facts.append(FACT.validate_python(data))
    return tuple(facts)


@cache
def policy_named(name: str | None) -> Policy:
    if name is None:
        return load_policy()[0]
    return load_policy_file(HERE / name)


def load_case_files() -> list[tuple[str, CaseFile]]:
    return [
        (path.stem, CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))))
        for path in sorted(CASES_DIR.glob("*.yaml"))
    ]


class Prepared(BaseModel):
    """A case ready to run: its policy, facts, request and expectations."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    id: str
    criterion: str | None
    case: Case
    facts: tuple[Fact, ...]
    request: RequestMetadata

    @property
    def policy(self) -> Policy:
        return policy_named(self.case.policy)

    def expected(self) -> dict[str, Status]:
        if isinstance(self.case.expect, dict):
            return dict(self.case.expect)
        if self.criterion is None:
            raise ValueError(f"{self.id}: a bare status needs a file-level criterion")
        return {self.criterion: self.case.expect}


def prepared_cases() -> list[Prepared]:
    out = []
    for stem, case_file in load_case_files():
        for case in case_file.cases:
            if case.base is not None and case.base not in case_file.bases:
                raise ValueError(f"{stem}: {case.name}: unknown base {case.base!r}")
            base = case_file.bases[case.base] if case.base is not None else []
            raw = [*base, *case.facts]
            out.append(
                Prepared(
                    id=f"{stem}: {case.name}",
                    criterion=case_file.criterion,
                    case=case,
                    facts=build_facts(raw),
                    request=RequestMetadata.model_validate({**case_file.request, **case.request}),
                )
            )
    return out
