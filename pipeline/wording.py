"""The reviewer's words for the pipeline's values, as data (``resources/wording.json``).

A reviewer reads "Eligible for approval", never ``meets_criteria``: the report, the batch
index, the review app and the CLI's closing summary all say a determination, a criterion
status, a request source or a criterion's short name through this one mapping, so one
value is called one thing everywhere. Machine outputs (determination.json, the CLI's
per-packet line, labelled records) keep the values themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from pipeline.models import DeterminationValue, DocumentType, Status

Tone = Literal["met", "not_met", "insufficient"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DeterminationWords(_Model):
    label: str
    """Short form: an index cell, a queue row, the CLI summary."""
    headline: str
    """The report's banner; ``{count}`` and ``{names}`` name the criteria behind it."""
    tone: Tone
    """Which status colour the value is shown in."""


class StatusWords(_Model):
    label: str
    plural: str
    """As in '2 not met': the word after a count."""


class Noun(_Model):
    one: str
    many: str


class Wording(_Model):
    why: str
    determinations: dict[DeterminationValue, DeterminationWords]
    statuses: dict[Status, StatusWords]
    criterion_noun: Noun
    request_sources: dict[str, str]
    document_types: dict[DocumentType, str]
    criteria: dict[str, str]

    @model_validator(mode="after")
    def _every_value_has_words(self) -> Wording:
        for enum, table in (
            (DeterminationValue, self.determinations),
            (Status, self.statuses),
            (DocumentType, self.document_types),
        ):
            missing = [value.value for value in enum if value not in table]
            if missing:
                raise ValueError(f"wording.json has no words for {enum.__name__} {missing}")
        return self


@cache
def wording() -> Wording:
    """The wording file, validated once per process."""
    text = resources.files("pipeline.resources").joinpath("wording.json").read_text("utf-8")
    return Wording.model_validate(json.loads(text))


def determination_label(value: DeterminationValue | str) -> str:
    """'Eligible for approval' for ``meets_criteria``; an unknown value is shown as is."""
    words = wording().determinations.get(_determination(value))
    return words.label if words else str(value)


def determination_tone(value: DeterminationValue | str) -> Tone:
    words = wording().determinations.get(_determination(value))
    return words.tone if words else "insufficient"


def status_label(value: Status | str) -> str:
    words = wording().statuses.get(_status(value))
    return words.label if words else str(value)


def criterion_name(criterion_id: str) -> str:
    """The criterion's short name ('Pain severity (at least 5/10)'); its id when unnamed."""
    return wording().criteria.get(criterion_id, criterion_id)


def count_phrase(count: int, status: Status | str) -> str:
    """'1 criterion not met', '3 criteria insufficient'."""
    noun = wording().criterion_noun
    words = wording().statuses.get(_status(status))
    return f"{count} {noun.one if count == 1 else noun.many} {words.plural if words else status}"


def headline(value: DeterminationValue | str, names: Iterable[str]) -> str:
    """The report's banner: the determination in words, naming the criteria behind it."""
    words = wording().determinations.get(_determination(value))
    if words is None:
        return str(value)
    listed = list(names)
    if "{count}" in words.headline and not listed:
        return words.label
    noun = wording().criterion_noun
    count = f"{len(listed)} {noun.one if len(listed) == 1 else noun.many}"
    return words.headline.format(count=count, names="; ".join(listed))


def request_source(source: str | None) -> str:
    """Where a request value came from, in words ('from the request form')."""
    if not source:
        return ""
    return wording().request_sources.get(source, source)


def document_type_label(value: DocumentType | str) -> str:
    try:
        return wording().document_types[DocumentType(value)]
    except ValueError:
        return str(value)


def _determination(value: DeterminationValue | str) -> DeterminationValue | None:
    try:
        return DeterminationValue(value)
    except ValueError:
        return None


def _status(value: Status | str) -> Status | None:
    try:
        return Status(value)
    except ValueError:
        return None
