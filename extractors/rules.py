"""Loading extractor rules: data files beside the code, validated when they load.

Each family ``<family>`` ships ``extractors/resources/<family>.json``:

```json
{"family": "exam",
 "version": "1",
 "targets": [{"id": "exam.faber", "literal": "FABER", "category": "PROVOCATIVE_TEST",
              "pattern": [{"LOWER": "faber"}], "attributes": {"test": "faber"}}],
 "patterns": {"result_positive": ["\\\\bpos(itive)?\\\\b", "\\\\(\\\\+\\\\)"]}}
```

``targets`` become medspaCy ``TargetRule``s (``pattern`` optional: a spaCy token pattern
or a regex string; without it ``literal`` is matched case-insensitively). Token
patterns, literal ones included, are made spacing-tolerant: a phrase still matches when
the PDF wrapped it across lines or padded it with spaces. The rule id
is kept in the TargetRule's metadata so each span can say which rule found it.
``patterns`` are named regular expressions the family's component uses for values;
they compile at load time, so a bad rule fails at start-up, not mid-batch. Regex
patterns (target ``pattern`` strings and ``patterns``) name shared words by reference,
``{{sides.any}}``, ``{{drugs.steroids}}``: ``extractors.lexicon`` expands them first.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from medspacy.target_matcher import TargetRule
from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractors.lexicon import expand
from pipeline.patterns import Tokenizer, token_pattern


class TargetSpec(BaseModel):
    """One concept to find in text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_.]+$")
    literal: str
    category: str = Field(pattern=r"^[A-Z_]+$")
    pattern: list[dict[str, Any]] | str | None = None
    attributes: dict[str, Any] = {}


class FamilyRules(BaseModel):
    """All rules of one extractor family."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    family: str
    version: str
    targets: list[TargetSpec] = []
    vocab: dict[str, dict[str, str]] = {}
    """Named word -> value tables a family reads as data (e.g. diagnoses' course per code)."""
    patterns: dict[str, list[str]] = {}

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, regexes in value.items():
            for regex in regexes:
                try:
                    re.compile(regex)
                except re.error as error:
                    raise ValueError(f"pattern {name!r} does not compile: {error}") from error
        return value

    def regex(self, name: str) -> re.Pattern[str]:
        """The named patterns joined as one case-insensitive alternation."""
        return _compile(tuple(self.patterns[name]))


@cache
def _compile(regexes: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r})" for r in regexes), re.IGNORECASE)


@cache
def load_family_rules(family: str) -> FamilyRules:
    """Read and validate ``extractors/resources/<family>.json``."""
    path = resources.files("extractors.resources").joinpath(f"{family}.json")
    try:
        data = _with_lexicon(json.loads(path.read_text(encoding="utf-8")))
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error
    rules = FamilyRules.model_validate(data)
    if rules.family != family:
        raise ValueError(f"{path}: family is {rules.family!r}, expected {family!r}")
    return rules


def _with_lexicon(data: dict[str, Any]) -> dict[str, Any]:
    """The rules file with its ``{{lexicon}}`` references expanded in regex patterns."""
    targets = [
        {**t, "pattern": expand(t["pattern"])} if isinstance(t.get("pattern"), str) else t
        for t in data.get("targets", [])
    ]
    patterns = {name: [expand(p) for p in ps] for name, ps in data.get("patterns", {}).items()}
    return {**data, "targets": targets, "patterns": patterns}


def target_spec(rule_id: str) -> TargetSpec | None:
    """The target rule with this id (its family is the id's prefix), or None."""
    family = rule_id.split(".", 1)[0]
    try:
        return _specs_by_id(family).get(rule_id)
    except (FileNotFoundError, ModuleNotFoundError):
        return None


@cache
def _specs_by_id(family: str) -> dict[str, TargetSpec]:
    return {spec.id: spec for spec in load_family_rules(family).targets}


def target_rules_for(family: str, tokenizer: Tokenizer) -> list[TargetRule]:
    """medspaCy TargetRules for a family; the rule id travels in ``metadata``."""
    rules = load_family_rules(family)
    return [
        TargetRule(
            literal=spec.literal,
            category=spec.category,
            pattern=token_pattern(spec.pattern, spec.literal, tokenizer),
            metadata={"rule_id": spec.id, "family": family, **spec.attributes},
        )
        for spec in rules.targets
    ]
