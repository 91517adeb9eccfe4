"""This domain's ConText rules, as data in ``pipeline/resources/context_rules.json``.

medspaCy's default rules are the base; the file names the defaults this domain drops
(with the reason) and adds its own. Prior-authorization notes say "r/o", "if PT fails",
"would consider", "ordered", "mother has" in ways the defaults miss, and they say
"history of rheumatoid arthritis" for a condition the patient still has, so a plain
"history of" is only a ``HISTORY_MENTION`` (made historical by ``extractors.base``
when the sentence dates it in a past year) rather than medspaCy's ``HISTORICAL``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from medspacy.context import ConTextRule
from pydantic import BaseModel, ConfigDict, Field

from pipeline.patterns import Tokenizer, token_pattern

CATEGORY_PATTERN = (
    "^(NEGATED_EXISTENCE|POSSIBLE_EXISTENCE|HISTORICAL|HYPOTHETICAL|FAMILY|"
    "HISTORY_MENTION|PSEUDO|TERMINATE|CONJ)$"
)


class ContextRuleSpec(BaseModel):
    """One ConText modifier rule; ``id`` travels in the rule's metadata."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^ctx\.[a-z0-9_]+$")
    literal: str
    category: str = Field(pattern=CATEGORY_PATTERN)
    direction: str = Field(pattern="^(FORWARD|BACKWARD|BIDIRECTIONAL|TERMINATE|PSEUDO)$")
    pattern: list[dict] | str | None = None
    max_scope: int | None = None
    allowed_types: list[str] | None = None
    excluded_types: list[str] | None = None


class DroppedDefault(BaseModel):
    """A medspaCy default rule (by literal) this domain replaces, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    literal: str
    why: str


class ContextRulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    drop_default: list[DroppedDefault] = []
    rules: list[ContextRuleSpec]


def _default_rules_path() -> Path:
    import medspacy

    return Path(medspacy.__file__).resolve().parents[1] / "resources" / "en" / "context_rules.json"


def load_context_file() -> ContextRulesFile:
    """The validated resource file."""
    path = resources.files("pipeline.resources").joinpath("context_rules.json")
    return ContextRulesFile.model_validate(json.loads(path.read_text(encoding="utf-8")))


def load_context_rules(tokenizer: Tokenizer) -> list[ConTextRule]:
    """medspaCy's defaults (minus the dropped ones) followed by this domain's rules."""
    spec_file = load_context_file()
    dropped = {d.literal.lower() for d in spec_file.drop_default}
    defaults = [
        rule
        for rule in ConTextRule.from_json(str(_default_rules_path()))
        if rule.literal.lower() not in dropped
    ]
    for rule in defaults:
        rule.metadata = {**(rule.metadata or {}), "rule_id": f"ctx.default.{rule.literal}"}
        if rule.pattern is None or isinstance(rule.pattern, list):
            rule.pattern = token_pattern(rule.pattern, rule.literal, tokenizer)
    domain = [
        ConTextRule(
            literal=spec.literal,
            category=spec.category,
            direction=spec.direction,
            pattern=token_pattern(spec.pattern, spec.literal, tokenizer),
            max_scope=spec.max_scope,
            allowed_types=set(spec.allowed_types) if spec.allowed_types else None,
            excluded_types=set(spec.excluded_types) if spec.excluded_types else None,
            metadata={"rule_id": spec.id},
        )
        for spec in spec_file.rules
    ]
    return defaults + domain
