"""Which document records each kind of fact, so a record can outrank accounts of it.

CONTRACT section 4: "a finding is read from the document that records it (the imaging
report, the procedure note, the therapy record). A letter's or another note's account of
it counts only where that document is absent, and never against it." The mapping is data
(``pipeline/resources/records.json``), shared by assembly (which folds accounts into the
record they describe) and the policy engine (whose ``prefer_primary`` selection drops an
account when the record of the same event is in the packet).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, field_validator

from pipeline.models import DocumentType, Fact


class RecordSpec(BaseModel):
    """The record of one fact kind: its document types and what names the same event."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    primary: tuple[DocumentType, ...]
    same: tuple[str, ...] = ()
    only: dict[str, tuple[Any, ...]] = {}


class Records(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str
    records: dict[str, RecordSpec]

    @field_validator("records")
    @classmethod
    def _fields_exist(cls, value: dict[str, RecordSpec]) -> dict[str, RecordSpec]:
        models = {m.model_fields["kind"].default: m for m in get_args(get_args(Fact)[0])}
        for kind, spec in value.items():
            model = models.get(kind)
            if model is None:
                raise ValueError(f"unknown fact kind {kind!r}")
            for field in (*spec.same, *spec.only):
                if field not in model.model_fields:
                    raise ValueError(f"fact kind {kind!r} has no field {field!r}")
        return value


@cache
def records() -> Records:
    path = resources.files("pipeline.resources").joinpath("records.json")
    return Records.model_validate(json.loads(path.read_text(encoding="utf-8")))


def record_spec(kind: str) -> RecordSpec | None:
    """The record rule of a fact kind, or None when no document outranks another."""
    return records().records.get(kind)


def has_record(fact: BaseModel) -> bool:
    """Whether the fact is of a kind (and modality) that has a record document."""
    spec = record_spec(str(getattr(fact, "kind", "")))
    if spec is None:
        return False
    return all(getattr(fact, field) in values for field, values in spec.only.items())


def is_account(fact: BaseModel) -> bool:
    """True when the fact was read from a document other than its kind's record: a
    letter's or another note's account of a study, an injection or a therapy course.

    A fact whose source is not recorded (gold labels, hand-made facts) is the reviewer's
    reading of the record, not an account.
    """
    if not has_record(fact):
        return False
    source = getattr(fact, "source_type", None)
    spec = record_spec(str(getattr(fact, "kind", "")))
    return source is not None and spec is not None and source not in spec.primary


def same_fields_agree(record: BaseModel, account: BaseModel) -> bool:
    """The 'same' fields of the kind agree (an unstated value agrees with any)."""
    spec = record_spec(str(getattr(record, "kind", "")))
    if spec is None:
        return False
    for field in spec.same:
        a, b = getattr(record, field), getattr(account, field)
        if a is not None and b is not None and a != b:
            return False
    return True
