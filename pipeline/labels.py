"""Labelled records (CONTRACT section 3): a packet plus its gold answer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import Field, model_validator

from pipeline.models import (
    PACKET_FILE_SUFFIXES,
    DeterminationValue,
    Fact,
    Frozen,
    Procedure,
    Status,
)
from policy.determination import determination_of
from policy.loader import met_on_silence

LABELS_SUFFIX = ".labels.json"


class GoldCriterion(Frozen):
    status: Status
    evidence: tuple[str, ...] = ()
    silent: bool = Field(default=False, exclude_if=lambda value: not value)
    """Met on the packet's silence: an exclusion nothing in the packet contradicts, so
    there is no snippet to cite (a reviewer confirmed it; CONTRACT section 4). Its
    evidence is not scored."""

    @model_validator(mode="after")
    def _insufficient_has_no_evidence(self) -> GoldCriterion:
        if self.status is Status.insufficient and self.evidence:
            raise ValueError("an insufficient criterion has an empty evidence list")
        if self.silent and (self.status is not Status.met or self.evidence):
            raise ValueError("only a met criterion without evidence can be met on silence")
        if self.status is not Status.insufficient and not self.evidence and not self.silent:
            raise ValueError(f"a {self.status.value} criterion needs gold evidence snippets")
        return self


class ReviewProvenance(Frozen):
    """Who made a labelled record and against which output, when the labels are a
    reviewer's decisions exported from the review app (``authreview export-labels``)."""

    reviewer: str
    decided_at: dt.datetime
    packet_sha256: str
    pipeline_version: str
    policy_version: str
    pipeline_determination: DeterminationValue
    pipeline_statuses: dict[str, Status]
    """What the pipeline said for each criterion when the reviewer decided it."""
    overridden: tuple[str, ...] = ()
    """Criteria the reviewer set to another status than the pipeline's."""
    reasons: dict[str, str] = Field(default_factory=dict)
    """The reviewer's reason for each override."""


class Labels(Frozen):
    procedure: Procedure | None
    request_date: dt.date | None
    determination: DeterminationValue
    criteria: dict[str, GoldCriterion]
    facts: tuple[Fact, ...] = ()
    notes: str = ""
    review: ReviewProvenance | None = Field(default=None, exclude_if=lambda value: value is None)
    """Set on records exported from the review app; absent from hand-written labels."""

    @model_validator(mode="before")
    @classmethod
    def _silence_read_from_the_policy(cls, data: Any) -> Any:
        """CONTRACT section 3 has no ``silent`` key: a met exclusion with an empty
        evidence list is met on the packet's silence when the policy meets that criterion
        on silence (CONTRACT section 4); any other met criterion still needs its snippets."""
        if not isinstance(data, dict) or not isinstance(data.get("criteria"), dict):
            return data
        silent_ids = met_on_silence()
        criteria = {
            criterion_id: (
                {**gold, "silent": True}
                if criterion_id in silent_ids
                and isinstance(gold, dict)
                and gold.get("status") == Status.met.value
                and not gold.get("evidence")
                and "silent" not in gold
                else gold
            )
            for criterion_id, gold in data["criteria"].items()
        }
        return {**data, "criteria": criteria}

    @model_validator(mode="after")
    def _determination_follows_statuses(self) -> Labels:
        if determination_of(s.status for s in self.criteria.values()) != self.determination:
            raise ValueError("determination is inconsistent with the criterion statuses")
        return self


def labels_path(packet_path: Path) -> Path:
    """``<id>.labels.json`` beside a file packet; ``labels.json`` inside a folder packet."""
    if packet_path.is_dir():
        return packet_path / "labels.json"
    return packet_path.with_name(f"{packet_path.stem}{LABELS_SUFFIX}")


def packets_in(folder: Path) -> list[Path]:
    """The packets in a folder (CONTRACT section 1): PDF (or TIFF) files and packet folders."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if (p.is_file() and p.suffix.lower() in PACKET_FILE_SUFFIXES)
        or (p.is_dir() and not p.name.startswith("."))
    )


def labelled_packets(folder: Path) -> list[Path]:
    """The packets in a folder that have a labels file (CONTRACT section 3)."""
    return [p for p in packets_in(folder) if labels_path(p).exists()]


class LabelledRecord(NamedTuple):
    """A packet and the labels file that grades it."""

    packet: Path
    labels_file: Path

    @property
    def name(self) -> str:
        is_file_packet = self.packet.suffix.lower() in PACKET_FILE_SUFFIXES
        return self.packet.stem if is_file_packet else self.packet.name


def labelled_records(folder: Path, packets_dir: Path | None = None) -> list[LabelledRecord]:
    """Every labelled record of a folder, by name.

    Without ``packets_dir`` the labels sit beside their packets (CONTRACT section 3).
    With it, ``folder`` holds only ``<id>.labels.json`` files and each grades the packet
    ``<id>.pdf`` (or folder ``<id>``) in ``packets_dir``: labels we keep in the project
    for packets kept elsewhere (real notes under ``../shared/data``). A labels file whose
    packet is missing still yields a record, so evaluation reports it instead of
    silently scoring fewer records.
    """
    if packets_dir is None:
        return [LabelledRecord(p, labels_path(p)) for p in labelled_packets(folder)]
    records = []
    for labels_file in sorted(folder.glob(f"*{LABELS_SUFFIX}")):
        record_id = labels_file.name.removesuffix(LABELS_SUFFIX)
        packet = packets_dir / f"{record_id}.pdf"
        if not packet.exists() and (packets_dir / record_id).is_dir():
            packet = packets_dir / record_id
        records.append(LabelledRecord(packet, labels_file))
    return records


def load_labels(packet_path: Path) -> Labels:
    return read_labels(labels_path(packet_path))


def read_labels(labels_file: Path) -> Labels:
    return Labels.model_validate(json.loads(labels_file.read_text(encoding="utf-8")))
