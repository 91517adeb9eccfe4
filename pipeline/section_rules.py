"""Section headers of these documents, as data in ``pipeline/resources/section_rules.json``."""

from __future__ import annotations

import json
from importlib import resources

from medspacy.section_detection import SectionRule
from pydantic import BaseModel, ConfigDict


class SectionRuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str
    literal: str
    pattern: list[dict] | str | None = None


def load_section_rules() -> list[SectionRule]:
    path = resources.files("pipeline.resources").joinpath("section_rules.json")
    specs = [SectionRuleSpec.model_validate(item) for item in json.loads(path.read_text())]
    return [
        SectionRule(category=spec.category, literal=spec.literal, pattern=spec.pattern)
        for spec in specs
    ]
