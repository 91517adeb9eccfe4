"""Section headers of these documents and what each section means, as data in
``pipeline/resources/section_rules.json``.

Each category lists its headers once; the loader makes two medspaCy ``SectionRule``s of
each: the header followed by a colon, in any case ("Past Medical History:", "PMH:"), and
the header alone on its line starting with a capital, in capitals as dictated notes print
it ("PHYSICAL EXAM") or in title case as EHR printouts do ("Physical Exam", "Review of
Systems"). Single-letter SOAP headers ("S", "A") only count with a colon. The pipeline
also requires every header to start a line (``pipeline.nlp``), so "plan" inside a
sentence is never a header.

A category's ``meaning`` says what a mention under it is. Where that meaning holds for
every mention whatever its family, the category sets ConText attributes through the
Sectionizer (``span_attrs``: under FAMILY HISTORY the experiencer is a relative; under
RISKS / CONSENT everything is hypothetical). Where it depends on the family (a drug
under ALLERGIES is not a drug taken, but an allergy is still a fact about the patient;
PLAN makes an order future but "continue X" current), the category names a ``role``
that the families read through ``section_role(span)``.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from functools import cache
from importlib import resources

from medspacy.section_detection import SectionRule
from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Span

_TOKEN = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")
_MIN_LINE_HEADER_LETTERS = 4
SPAN_ATTRIBUTES = frozenset({"is_family", "is_hypothetical", "is_historical", "is_negated"})


class SectionRole(StrEnum):
    """What a section says about the mentions under it, for the families to act on."""

    allergies = "allergies"
    """Reactions: a drug or material named here is not taken or done."""
    plan = "plan"
    """Future or planned events; 'continue X' keeps X current."""
    instructions = "instructions"
    """After-care / discharge instructions: not therapy done, not findings present."""
    consent_risks = "consent_risks"
    """What could happen (also hypothetical through the Sectionizer)."""
    family_history = "family_history"
    """Relatives' conditions (also family through the Sectionizer)."""
    past_history = "past_history"
    """Past or standing conditions (PMH, problem list, surgical history)."""
    comparison = "comparison"
    """A prior study compared against, not this study's findings."""
    procedure_done = "procedure_done"
    """The procedure a procedure or operative note reports as performed."""


class SectionSpec(BaseModel):
    """One section category, the headers that open it and what it means."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str = Field(pattern=r"^[a-z_]+$")
    headers: list[str] = Field(min_length=1)
    meaning: str = Field(min_length=3)
    role: SectionRole | None = None
    span_attrs: dict[str, bool] = {}

    def model_post_init(self, _context: object) -> None:
        unknown = set(self.span_attrs) - SPAN_ATTRIBUTES
        if unknown:
            raise ValueError(f"{self.category}: unknown span attributes {sorted(unknown)}")


@cache
def load_section_specs() -> tuple[SectionSpec, ...]:
    path = resources.files("pipeline.resources").joinpath("section_rules.json")
    specs = tuple(SectionSpec.model_validate(item) for item in json.loads(path.read_text()))
    categories = [spec.category for spec in specs]
    if len(categories) != len(set(categories)):
        raise ValueError("section_rules.json: duplicate categories")
    return specs


def section_span_attrs() -> dict[str, dict[str, bool]]:
    """The Sectionizer's ``span_attrs``: ConText attributes a whole section sets."""
    specs = load_section_specs()
    return {spec.category: dict(spec.span_attrs) for spec in specs if spec.span_attrs}


@cache
def _roles() -> dict[str, SectionRole]:
    return {spec.category: spec.role for spec in load_section_specs() if spec.role is not None}


def section_role(span: Span) -> SectionRole | None:
    """The role of the section a mention sits in (None: no section, or one whose meaning
    needs no action), e.g. ``section_role(span) is SectionRole.allergies``."""
    category = getattr(span._, "section_category", None)
    return _roles().get(category) if category else None


def _header_line_pattern(header: str) -> list[dict]:
    """The header's tokens in any case, the first one capitalised, then the line break that
    ends the header line: without a colon only a whole capitalised line is a header, so a
    wrapped sentence whose last line is "exam" stays text."""
    first, *rest = _TOKEN.findall(header)
    tokens = [
        {"LOWER": first.lower(), "TEXT": {"REGEX": "^[A-Z0-9]"}},
        *({"LOWER": token.lower()} for token in rest),
    ]
    return [*tokens, {"IS_SPACE": True, "TEXT": {"REGEX": "\n"}}]


_SIDE_WORD = {"REGEX": r"^(?i:right|left|rt|lt|r|l|bilateral|both|bilat)$"}
_CELL_GAP = {"IS_SPACE": True, "TEXT": {"REGEX": "^[ \t]+$"}, "OP": "?"}


def _grid_header_pattern(header: str) -> list[dict]:
    """The header opening a side-by-side grid: its line names the grid's side columns
    after it ('EXAM   RIGHT   LEFT', 'Provocative tests  Lt  Rt'). Two side words at
    least, so a title naming one side ('PROCEDURE LEFT') stays text. The grid is the
    section: a family history line above it ('FHx: mother RA.') ends here."""
    *tokens, end = _header_line_pattern(header)
    sides = [_CELL_GAP, {"TEXT": _SIDE_WORD}, _CELL_GAP, {"TEXT": _SIDE_WORD}]
    more = [_CELL_GAP, {"TEXT": _SIDE_WORD, "OP": "?"}, _CELL_GAP]
    return [*tokens, *sides, *more, end]


def load_section_rules() -> list[SectionRule]:
    rules: list[SectionRule] = []
    for spec in load_section_specs():
        for header in spec.headers:
            rules.append(SectionRule(category=spec.category, literal=f"{header.lower()}:"))
            if sum(c.isalpha() for c in header) >= _MIN_LINE_HEADER_LETTERS:
                rules.append(
                    SectionRule(
                        category=spec.category,
                        literal=header.upper(),
                        pattern=_header_line_pattern(header),
                    )
                )
                rules.append(
                    SectionRule(
                        category=spec.category,
                        literal=f"{header.upper()} (grid)",
                        pattern=_grid_header_pattern(header),
                    )
                )
    return rules
