"""The review app's acceptance rules as data (``resources/review.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from policy.loader import met_on_silence


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Model):
    id: str = Field(pattern=r"^review\.[a-z_]+$")
    why: str


class ReviewRules(_Model):
    why: str
    met_on_silence: Rule
    evidence_required: Rule
    reason_required: Rule
    consistent_packet_decision: Rule
    max_text: int = Field(gt=0)
    why_max_text: str


@cache
def review_rules() -> ReviewRules:
    text = resources.files("pipeline.review.resources").joinpath("review.json").read_text("utf-8")
    return ReviewRules.model_validate(json.loads(text))


def may_be_met_on_silence(criterion_id: str) -> bool:
    """An exclusion: met when nothing in the packet shows it, so no quote is needed (the
    policy says which criteria those are)."""
    return criterion_id in met_on_silence()
