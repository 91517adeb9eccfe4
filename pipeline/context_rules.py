"""This domain's ConText rules, as data in ``pipeline/resources/context_rules.json``.

Added on top of medspaCy's defaults: prior-authorization notes say "r/o", "if PT
fails", "would consider", "ordered", "mother has" in ways the defaults miss.
"""

from __future__ import annotations

import json
from importlib import resources

from medspacy.context import ConTextRule
from pydantic import BaseModel, ConfigDict, Field


class ContextRuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    literal: str
    category: str = Field(
        pattern="^(NEGATED_EXISTENCE|POSSIBLE_EXISTENCE|HISTORICAL|HYPOTHETICAL|FAMILY|"
        "PSEUDO|TERMINATE|CONJ)$"
    )
    direction: str = Field(pattern="^(FORWARD|BACKWARD|BIDIRECTIONAL|TERMINATE|PSEUDO)$")
    pattern: list[dict] | str | None = None
    max_scope: int | None = None


def load_context_rules() -> list[ConTextRule]:
    """Validated ConTextRules from the resource file."""
    path = resources.files("pipeline.resources").joinpath("context_rules.json")
    specs = [ContextRuleSpec.model_validate(item) for item in json.loads(path.read_text())]
    return [
        ConTextRule(
            literal=spec.literal,
            category=spec.category,
            direction=spec.direction,
            pattern=spec.pattern,
            max_scope=spec.max_scope,
            metadata={"rule_id": spec.id},
        )
        for spec in specs
    ]
