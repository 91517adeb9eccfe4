"""`authreview export-labels`: reviewed packets as labelled records (CONTRACT section 3).

Each packet with a packet decision becomes ``<id>.pdf`` + ``<id>.labels.json`` (a folder
packet: ``<id>/`` with ``labels.json`` inside) in the records folder: the reviewer's
statuses, the evidence the reviewer confirmed or typed, and the review's provenance
(who, when, which pipeline and policy versions, what was overridden and why). So
``authreview evaluate RECORDS`` measures the pipeline against real reviewer decisions,
and reports how often reviewers overrode it per criterion.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.packet import file_sha256
from pipeline.labels import GoldCriterion, Labels, ReviewProvenance
from pipeline.models import Status
from pipeline.report.render import read_view
from pipeline.review.queue import Entry, entries
from pipeline.review.store import ReviewStore
from policy.determination import determination_of

DIR_MODE, FILE_MODE = 0o700, 0o600


@dataclass
class ExportResult:
    written: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(packet id, why) for decided packets not exported."""


def labels_for(entry: Entry, store: ReviewStore) -> Labels:
    """The labelled record of a decided packet, from its stored decisions."""
    determination = entry.determination()
    decisions = store.criteria(entry.packet_id)
    packet_decision = store.packet(entry.packet_id)
    if packet_decision is None:
        raise ValueError("no packet decision")
    ids = [c.id for c in determination.criteria]
    missing = [cid for cid in ids if cid not in decisions]
    if missing:
        raise ValueError(f"{len(missing)} criteria undecided")
    statuses = {cid: decisions[cid].status for cid in ids}
    criteria = {
        cid: GoldCriterion(
            status=statuses[cid],
            evidence=() if statuses[cid] is Status.insufficient else decisions[cid].evidence,
            silent=decisions[cid].silent,
        )
        for cid in ids
    }
    overridden = tuple(cid for cid in ids if decisions[cid].overridden)
    return Labels(
        procedure=determination.procedure,
        request_date=determination.request_date,
        determination=determination_of(statuses.values()),
        criteria=criteria,
        notes=packet_decision.notes,
        review=ReviewProvenance(
            reviewer=packet_decision.reviewer,
            decided_at=packet_decision.decided_at,
            packet_sha256=packet_decision.packet_sha256,
            pipeline_version=packet_decision.pipeline_version,
            policy_version=packet_decision.policy_version,
            pipeline_determination=packet_decision.pipeline_determination,
            pipeline_statuses={cid: decisions[cid].pipeline_status for cid in ids},
            overridden=overridden,
            reasons={cid: decisions[cid].reason for cid in overridden},
        ),
    )


def export_labels(out_dir: Path, records_dir: Path) -> ExportResult:
    """Write every decided packet of ``out_dir`` as a labelled record in ``records_dir``."""
    store = ReviewStore(out_dir)
    decided = store.packets()
    result = ExportResult()
    _private_dir(records_dir)
    for entry in entries(out_dir):
        decision = decided.get(entry.packet_id)
        if decision is None:
            continue
        if decision.packet_sha256 != entry.data.get("packet_sha256"):
            result.skipped.append(
                (
                    entry.packet_id,
                    "the packet was processed again with other "
                    "content after the review; review it again",
                )
            )
            continue
        view = read_view(entry.folder)
        source = Path(view.packet_source) if view and view.packet_source else None
        if source is None or not source.exists():
            result.skipped.append(
                (entry.packet_id, "the packet file is no longer where it was processed from")
            )
            continue
        if source.is_file() and file_sha256(source) != decision.packet_sha256:
            result.skipped.append((entry.packet_id, "the packet file changed since the review"))
            continue
        try:
            labels = labels_for(entry, store)
        except ValueError as exc:
            result.skipped.append((entry.packet_id, str(exc)))
            continue
        _write_record(source, entry.packet_id, labels, Path(records_dir))
        result.written.append(entry.packet_id)
    return result


def _write_record(source: Path, packet_id: str, labels: Labels, records_dir: Path) -> None:
    text = json.dumps(labels.model_dump(mode="json"), indent=2) + "\n"
    if source.is_dir():
        target = records_dir / packet_id
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("labels.json"))
        labels_file = target / "labels.json"
        for folder, _, files in os.walk(target):
            os.chmod(folder, DIR_MODE)
            for name in files:
                os.chmod(Path(folder) / name, FILE_MODE)
    else:
        target = records_dir / f"{packet_id}{source.suffix.lower() or '.pdf'}"
        shutil.copyfile(source, target)
        os.chmod(target, FILE_MODE)
        labels_file = records_dir / f"{packet_id}.labels.json"
    labels_file.write_text(text, encoding="utf-8")
    os.chmod(labels_file, FILE_MODE)


def _private_dir(path: Path) -> None:
    Path(path).mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
