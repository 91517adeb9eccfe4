"""Section headers of these documents, as data in ``pipeline/resources/section_rules.json``.

Each category lists its headers once; the loader makes two medspaCy ``SectionRule``s of
each: the header followed by a colon, in any case ("Past Medical History:", "PMH:"), and
the header in capitals alone on its line ("PHYSICAL EXAM"), the way many dictated notes
print it. Single-letter SOAP headers ("S", "A") only count with a colon. The pipeline
also requires every header to start a line (``pipeline.nlp``), so "plan" inside a
sentence is never a header.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from medspacy.section_detection import SectionRule
from pydantic import BaseModel, ConfigDict, Field

_TOKEN = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")
_MIN_CAPS_LETTERS = 4


class SectionSpec(BaseModel):
    """One section category and the headers that open it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str = Field(pattern=r"^[a-z_]+$")
    headers: list[str] = Field(min_length=1)


def load_section_specs() -> list[SectionSpec]:
    path = resources.files("pipeline.resources").joinpath("section_rules.json")
    return [SectionSpec.model_validate(item) for item in json.loads(path.read_text())]


def _caps_pattern(header: str) -> list[dict]:
    """Exact upper-case tokens, then the line break that ends the header line."""
    tokens = [{"TEXT": token} for token in _TOKEN.findall(header.upper())]
    return [*tokens, {"IS_SPACE": True, "TEXT": {"REGEX": "\n"}}]


def load_section_rules() -> list[SectionRule]:
    rules: list[SectionRule] = []
    for spec in load_section_specs():
        for header in spec.headers:
            rules.append(SectionRule(category=spec.category, literal=f"{header.lower()}:"))
            if sum(c.isalpha() for c in header) >= _MIN_CAPS_LETTERS:
                rules.append(
                    SectionRule(
                        category=spec.category,
                        literal=header.upper(),
                        pattern=_caps_pattern(header),
                    )
                )
    return rules
