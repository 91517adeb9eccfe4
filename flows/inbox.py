"""The inbox: finding packets, naming them by content, and setting bad ones aside.

A packet in the inbox is a PDF file or a folder (CONTRACT section 1), or a FHIR PAS
request Bundle (``.json``). Its identity for
the batch store is the SHA-256 of its content, so a renamed copy of a processed packet
is not processed again, and a corrected resubmission under the same name is.
Quarantine moves a packet out of the inbox into ``<out>/quarantine/`` beside a
``<name>.reason.json`` holding the error code and reason, never document text; archiving
moves a processed packet into an archive folder, so a served inbox holds only work to
do and is not rehashed on every tick.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pipeline.models import PACKET_FILE_SUFFIXES
from pipeline.outputs import ensure_private_dir, write_json_atomic
from pipeline.packet_ids import base_id, content_sha256, ref_of, unique_ids

QUARANTINE_DIR = "quarantine"


class InboxPacket(BaseModel):
    """A packet found in the inbox: where it is, its id and its content hash."""

    model_config = ConfigDict(frozen=True)

    path: Path
    packet_id: str
    """Unique among the inbox's packets; names the output folder (owner-only)."""
    sha256: str

    @property
    def ref(self) -> str:
        """How logs, summaries and Prefect name the packet unless names are shown."""
        return ref_of(self.sha256)


class QuarantineReason(BaseModel):
    """The content of ``<name>.reason.json``: why a packet was set aside."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    packet: str
    sha256: str
    error_code: str
    reason: str
    attempts: int
    quarantined_at: dt.datetime


def packet_id_of(path: Path) -> str:
    """The packet id its name gives: the file name without extension, or the folder name."""
    return base_id(path)


def _is_candidate(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    if path.is_file():  # a PDF or fax TIFF, or a FHIR PAS request Bundle (pipeline/fhir/)
        return path.suffix.lower() in (*PACKET_FILE_SUFFIXES, ".json")
    return path.is_dir()


def find_packets(
    inbox: Path,
    *,
    exclude: tuple[Path, ...] = (),
    known_ids: Mapping[str, str] | None = None,
) -> list[InboxPacket]:
    """Every packet directly inside ``inbox``, sorted by name, each with a unique id.

    Hidden entries are skipped (copy a packet in under a dot-name, then rename it, so a
    half-copied packet is never read), and so are ``exclude`` folders (the output
    folder when it lives inside the inbox). ``known_ids`` (content hash -> id) are the
    ids packets already processed hold in the output folder: they keep them, and a new
    packet sharing a name gets ``<name>-<hash prefix>`` (``pipeline.packet_ids``).
    """
    excluded = {p.resolve() for p in exclude}
    paths = [
        path
        for path in sorted(Path(inbox).iterdir())
        if _is_candidate(path) and path.resolve() not in excluded
    ]
    hashes = {path: content_sha256(path) for path in paths}
    known = dict(known_ids or {})
    kept = {path: known[hashes[path]] for path in paths if hashes[path] in known}
    if len(set(kept.values())) < len(kept):  # two known packets claim one id: re-assign
        kept = {}
    new = [path for path in paths if path not in kept]
    fresh = unique_ids(new, hashes.__getitem__, taken=kept.values())
    assigned = dict(zip(new, fresh, strict=True))
    return [
        InboxPacket(path=path, packet_id=kept.get(path) or assigned[path], sha256=hashes[path])
        for path in paths
    ]


def quarantine(
    packet: InboxPacket, out_dir: Path, *, error_code: str, reason: str, attempts: int
) -> Path:
    """Move a packet into ``<out>/quarantine/`` and write its reason file; returns the new path.

    The reason file is written first, so a run killed between the two steps leaves a
    packet still in the inbox (quarantined again on the next run), never one lost.
    A name already taken in quarantine gets the hash's first 12 digits appended.
    """
    folder = ensure_private_dir(Path(out_dir) / QUARANTINE_DIR)
    target = _free_name(folder, packet)
    record = QuarantineReason(
        packet=packet.path.name,
        sha256=packet.sha256,
        error_code=error_code,
        reason=reason,
        attempts=attempts,
        quarantined_at=dt.datetime.now(dt.UTC),
    )
    write_json_atomic(folder / f"{target.name}.reason.json", record.model_dump(mode="json"))
    if packet.path.exists():
        shutil.move(str(packet.path), str(target))
        _owner_only(target)
    return target


def _owner_only(path: Path) -> None:
    """Quarantined and archived packets hold patient data: readable by their owner only."""
    paths = [path, *path.rglob("*")] if path.is_dir() else [path]
    for item in paths:
        item.chmod(0o700 if item.is_dir() else 0o600)


def _free_name(folder: Path, packet: InboxPacket) -> Path:
    target = folder / packet.path.name
    if target.exists():
        target = folder / f"{packet.path.stem}-{packet.sha256[:12]}{packet.path.suffix}"
    return target


def archive(packet: InboxPacket, archive_dir: Path) -> Path | None:
    """Move a processed packet out of the inbox into ``archive_dir`` (owner-only); a name
    already taken there gets the hash's first 12 digits. None if it is gone already."""
    if not packet.path.exists():
        return None
    target = _free_name(ensure_private_dir(Path(archive_dir)), packet)
    shutil.move(str(packet.path), str(target))
    _owner_only(target)
    return target
