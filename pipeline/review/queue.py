"""The packets an output folder holds, as the review queue lists and filters them.

A packet is addressed in the app's URLs by an opaque key (a hash of its id), never by
its id: packet ids are file names, which often carry a patient's name, and URLs reach
browser history and, where enabled, access logs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pipeline.models import Determination
from pipeline.outputs import DETERMINATION_FILE
from pipeline.review.decisions import CriterionDecision, PacketDecision

KEY_LENGTH = 20


class ReviewState(StrEnum):
    unreviewed = "unreviewed"
    in_progress = "in_progress"
    decided = "decided"


REVIEW_STATE_WORDS = {
    ReviewState.unreviewed: "Not reviewed",
    ReviewState.in_progress: "In progress",
    ReviewState.decided: "Decided",
}


def packet_key(packet_id: str) -> str:
    """The opaque, stable name of a packet in URLs (the same across re-runs)."""
    return hashlib.sha256(f"authreview-review\0{packet_id}".encode()).hexdigest()[:KEY_LENGTH]


@dataclass(frozen=True)
class Entry:
    """One processed packet: its output folder and the determination.json there."""

    key: str
    packet_id: str
    folder: Path
    data: dict
    processed_at: dt.datetime

    @property
    def determination_value(self) -> str:
        return self.data["determination"]

    @property
    def request_date(self) -> dt.date | None:
        value = self.data.get("request_date")
        return dt.date.fromisoformat(value) if value else None

    @property
    def statuses(self) -> dict[str, str]:
        return {c["id"]: c["status"] for c in self.data.get("criteria", [])}

    @property
    def counts(self) -> Counter[str]:
        return Counter(self.statuses.values())

    def determination(self) -> Determination:
        return Determination.model_validate(self.data)


def entries(out_dir: Path) -> list[Entry]:
    """Every packet folder holding a complete determination, by packet id."""
    found = []
    for path in sorted(Path(out_dir).glob(f"*/{DETERMINATION_FILE}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            packet_id = data["packet_id"]
        except (OSError, ValueError, KeyError):
            continue  # being written, or not ours: the queue shows what it can read
        found.append(
            Entry(
                key=packet_key(packet_id),
                packet_id=packet_id,
                folder=path.parent,
                data=data,
                processed_at=dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC),
            )
        )
    return found


def find(out_dir: Path, key: str) -> Entry | None:
    return next((entry for entry in entries(out_dir) if entry.key == key), None)


@dataclass(frozen=True)
class Comparison:
    """A decision beside the pipeline's current output for the same criterion."""

    decision: CriterionDecision
    current: str | None

    @property
    def output_changed(self) -> bool:
        """The pipeline says something else now than when the reviewer decided."""
        return self.current != self.decision.pipeline_status.value

    @property
    def disagrees(self) -> bool:
        """The current output differs from the reviewer's status."""
        return self.current != self.decision.status.value


def compare(entry: Entry, decisions: dict[str, CriterionDecision]) -> dict[str, Comparison]:
    statuses = entry.statuses
    return {cid: Comparison(d, statuses.get(cid)) for cid, d in decisions.items()}


def review_state(entry: Entry, decided: int, packet_decision: PacketDecision | None) -> ReviewState:
    if packet_decision is not None:
        return ReviewState.decided
    return ReviewState.in_progress if decided else ReviewState.unreviewed


@dataclass(frozen=True)
class Filters:
    """The queue's filters as the form sends them; empty means 'any'."""

    recommendation: str = ""
    state: str = ""
    date_from: str = ""
    date_to: str = ""

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        return _date(self.date_from), _date(self.date_to)

    def admits(self, entry: Entry, state: ReviewState, disagreeing: int) -> bool:
        if self.recommendation and entry.determination_value != self.recommendation:
            return False
        if self.state == "disagrees":
            if not disagreeing:
                return False
        elif self.state and state.value != self.state:
            return False
        start, end = self.dates()
        date = entry.request_date
        if (start or end) and date is None:
            return False
        if start and date and date < start:
            return False
        return not (end and date and date > end)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
