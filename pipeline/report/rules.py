"""The report's reading rules as data (``resources/report.json``): how much page text
makes a quote, what ends a sentence, and which warnings go to the top of the report."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

WarningTopic = Literal["request", "procedure", "patient"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ContextRules(_Model):
    max_chars: int = Field(gt=40)
    why_max_chars: str
    short_line_ratio: float = Field(gt=0, lt=1)
    why_short_line_ratio: str
    sentence_end: str
    abbreviations: tuple[str, ...]
    why_abbreviations: str
    cell_separator: str
    why_cell_separator: str

    @field_validator("sentence_end")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class WarningRule(_Model):
    """A kind of warning that changes what was reviewed: the request, the procedure or
    whose packet it is. These are shown above the criteria, not below them."""

    id: str = Field(pattern=r"^warn\.[a-z_.]+$")
    topic: WarningTopic
    pattern: str
    why: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class ReportRules(_Model):
    why: str
    context: ContextRules
    warning_topics: tuple[WarningRule, ...]


@cache
def report_rules() -> ReportRules:
    text = resources.files("pipeline.report.resources").joinpath("report.json").read_text("utf-8")
    return ReportRules.model_validate(json.loads(text))


def warning_rule(warning: str) -> WarningRule | None:
    """The first rule a warning matches: one that changes the request, the procedure or
    the patient; None for the rest (page and OCR notes, which stay below)."""
    for rule in report_rules().warning_topics:
        if re.search(rule.pattern, warning):
            return rule
    return None
