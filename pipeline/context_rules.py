"""ConText rules as data: medspaCy's defaults, changed only where a change earns its place.

``pipeline/resources/context_rules.json`` starts from medspaCy's default rules
(``resources/en/context_rules.json`` in the medspacy distribution) and says, each with
its reason:

- ``drop_default``: defaults replaced by a rule of ours (or wrong for this text);
- ``adjust_default``: defaults kept but given a ``max_scope`` (a backward trigger such
  as "unlikely" or "free" reaches the few words before it, not the whole sentence);
- ``rules``: this project's rules, each with a stable ``id`` (``ctx.<name>``) that
  travels in the rule's metadata so a modifier can say which rule produced it;
- ``terminations``: which modifier categories end the scope of which (e.g. a
  statement that a procedure was performed ends the scope of "recommended");
- ``overrides``: which categories cancel which on the same target ("recommended a
  block ... which was performed": the block is not a plan).

A rule may say ``dated`` (its words end in a year: it holds only when that year is
before the document's, ``pipeline.context``) or ``keep_over_target`` (a pseudo-trigger
that stays one where a target shares its words: a practice's name, "Family
Chiropractic", is no relative though chiropractic is a target).

A rule keeps its place when it does not cost precision or recall on the development
half of the NegEx/ConText kit (``python -m benchmarks.assertion --ablate``), or, where
the kit has no such wording, when the domain cases in
``tests/extractors/cases/context.yaml`` need it. The categories beyond medspaCy's are:

- ``PLANNED``: an event ordered, recommended, scheduled or referred for; hypothetical
  like ``HYPOTHETICAL`` but ended, and overridden, by ``ACTUAL``;
- ``ACTUAL``: words saying an event took place ("was performed", "received",
  "underwent", "showed"); they modify nothing by themselves;
- ``CURRENT``: words placing a mention now ("currently", "today"); they end a
  historical scope;
- ``PATIENT``: the patient named as the subject again; it ends a relative's scope;
- ``CONSEQUENT``: where a conditional's consequent starts ("then", "we ..."); it ends
  a hypothetical scope.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

from medspacy.context import ConTextRule
from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline.patterns import Tokenizer, token_pattern

CATEGORIES = frozenset(
    {
        "NEGATED_EXISTENCE",
        "POSSIBLE_EXISTENCE",
        "HISTORICAL",
        "HYPOTHETICAL",
        "PLANNED",
        "FAMILY",
        "ACTUAL",
        "CURRENT",
        "PATIENT",
        "CONSEQUENT",
        "PSEUDO",
        "TERMINATE",
    }
)
DIRECTIONS = "^(FORWARD|BACKWARD|BIDIRECTIONAL|TERMINATE|PSEUDO)$"


class ContextRuleSpec(BaseModel):
    """One ConText modifier rule; ``id`` travels in the rule's metadata."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^ctx\.[a-z0-9_]+$")
    literal: str
    category: str
    direction: str = Field(pattern=DIRECTIONS)
    pattern: list[dict] | str | None = None
    max_scope: int | None = Field(default=None, gt=0)
    allowed_types: list[str] | None = None
    excluded_types: list[str] | None = None
    dated: bool = False
    keep_over_target: bool = False
    why: str = ""

    @model_validator(mode="after")
    def _known_category(self) -> ContextRuleSpec:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: unknown category {self.category!r}")
        return self


class DroppedDefault(BaseModel):
    """A medspaCy default rule (by literal) this project does not use, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    literal: str
    why: str


class AdjustedDefault(BaseModel):
    """A medspaCy default rule (by literal) kept with a bounded scope, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    literal: str
    max_scope: int = Field(gt=0)
    why: str


class ContextRulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    drop_default: list[DroppedDefault] = []
    adjust_default: list[AdjustedDefault] = []
    terminations: dict[str, list[str]] = {}
    overrides: dict[str, list[str]] = {}
    rules: list[ContextRuleSpec]

    @model_validator(mode="after")
    def _consistent(self) -> ContextRulesFile:
        ids = [rule.id for rule in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate ConText rule ids")
        for category, others in (*self.terminations.items(), *self.overrides.items()):
            unknown = {category, *others} - CATEGORIES
            if unknown:
                raise ValueError(f"unknown categories {sorted(unknown)}")
        literals = {r.literal.lower() for r in default_rules()}
        named = [d.literal.lower() for d in (*self.drop_default, *self.adjust_default)]
        unknown_defaults = sorted(set(named) - literals)
        if unknown_defaults:
            raise ValueError(f"no medspaCy default rule with literal {unknown_defaults}")
        return self


def _default_rules_path() -> Path:
    import medspacy

    return Path(medspacy.__file__).resolve().parents[1] / "resources" / "en" / "context_rules.json"


@cache
def _default_rule_dicts() -> tuple[dict, ...]:
    data = json.loads(_default_rules_path().read_text(encoding="utf-8"))
    return tuple(data["context_rules"])


def default_rules() -> list[ConTextRule]:
    """medspaCy's default ConText rules, fresh objects on each call."""
    return [ConTextRule.from_dict(dict(item)) for item in _default_rule_dicts()]


def load_context_file() -> ContextRulesFile:
    """The validated resource file."""
    path = resources.files("pipeline.resources").joinpath("context_rules.json")
    return ContextRulesFile.model_validate(json.loads(path.read_text(encoding="utf-8")))


def context_rules_from(spec_file: ContextRulesFile, tokenizer: Tokenizer) -> list[ConTextRule]:
    """medspaCy's defaults, minus the dropped and with the adjusted scopes, followed by
    this project's rules; patterns tokenized by the pipeline's tokenizer."""
    dropped = {d.literal.lower() for d in spec_file.drop_default}
    scopes = {a.literal.lower(): a.max_scope for a in spec_file.adjust_default}
    rules = [r for r in default_rules() if r.literal.lower() not in dropped]
    for rule in rules:
        rule.metadata = {**(rule.metadata or {}), "rule_id": f"ctx.default.{rule.literal}"}
        rule.max_scope = scopes.get(rule.literal.lower(), rule.max_scope)
        if rule.pattern is None or isinstance(rule.pattern, list):
            rule.pattern = token_pattern(rule.pattern, rule.literal, tokenizer)
    rules += [
        ConTextRule(
            literal=spec.literal,
            category=spec.category,
            direction=spec.direction,
            pattern=token_pattern(spec.pattern, spec.literal, tokenizer),
            max_scope=spec.max_scope,
            allowed_types=set(spec.allowed_types) if spec.allowed_types else None,
            excluded_types=set(spec.excluded_types) if spec.excluded_types else None,
            metadata={
                "rule_id": spec.id,
                "dated": spec.dated,
                "keep_over_target": spec.keep_over_target,
            },
        )
        for spec in spec_file.rules
    ]
    for rule in rules:
        rule.terminated_by.update(spec_file.terminations.get(rule.category.upper(), ()))
    return rules


def rule_id(modifier) -> str:
    """The id of the rule behind a ConText modifier."""
    return str((modifier.rule.metadata or {}).get("rule_id", modifier.rule.literal))
