"""The inbox: finding packets, naming them by content, and setting bad ones aside.

A packet in the inbox is a PDF file or a folder (CONTRACT section 1), or a FHIR PAS
request Bundle (``.json``). Its identity for
the batch store is the SHA-256 of its content, so a renamed copy of a processed packet
is not processed again, and a corrected resubmission under the same name is.
Quarantine moves a packet out of the inbox into ``<out>/quarantine/`` beside a
``<name>.reason.json`` holding the error code and reason, never document text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pipeline.outputs import ensure_private_dir, write_json_atomic

QUARANTINE_DIR = "quarantine"
_CHUNK = 1 << 20


class InboxPacket(BaseModel):
    """A packet found in the inbox: where it is, its id and its content hash."""

    model_config = ConfigDict(frozen=True)

    path: Path
    packet_id: str
    sha256: str


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
    """The packet id: the file name without extension, or the folder name."""
    return path.stem if path.is_file() else path.name


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def content_sha256(path: Path) -> str:
    """SHA-256 of a packet's content.

    A file: its bytes. A folder: a fixed prefix (so an empty folder and an empty file
    differ), then the names and hashes of its regular, non-hidden files in name order.
    """
    if path.is_file():
        return _file_sha256(path)
    digest = hashlib.sha256(b"authreview folder packet\n")
    for child in sorted(path.iterdir()):
        if child.is_file() and not child.name.startswith("."):
            digest.update(f"{child.name}\0{_file_sha256(child)}\n".encode())
    return digest.hexdigest()


def _is_candidate(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    if path.is_file():  # a PDF, or a FHIR PAS request Bundle (pipeline/fhir/)
        return path.suffix.lower() in (".pdf", ".json")
    return path.is_dir()


def find_packets(inbox: Path, *, exclude: tuple[Path, ...] = ()) -> list[InboxPacket]:
    """Every packet directly inside ``inbox``, sorted by name.

    Hidden entries are skipped (copy a packet in under a dot-name, then rename it, so a
    half-copied packet is never read), and so are ``exclude`` folders (the output
    folder when it lives inside the inbox).
    """
    excluded = {p.resolve() for p in exclude}
    found = []
    for path in sorted(Path(inbox).iterdir()):
        if not _is_candidate(path) or path.resolve() in excluded:
            continue
        found.append(
            InboxPacket(path=path, packet_id=packet_id_of(path), sha256=content_sha256(path))
        )
    return found


def quarantine(
    packet: InboxPacket, out_dir: Path, *, error_code: str, reason: str, attempts: int
) -> Path:
    """Move a packet into ``<out>/quarantine/`` and write its reason file; returns the new path.

    The reason file is written first, so a run killed between the two steps leaves a
    packet still in the inbox (quarantined again on the next run), never one lost.
    A name already taken in quarantine gets the hash's first 12 digits appended.
    """
    folder = ensure_private_dir(Path(out_dir) / QUARANTINE_DIR)
    target = folder / packet.path.name
    if target.exists():
        target = folder / f"{packet.path.stem}-{packet.sha256[:12]}{packet.path.suffix}"
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
    """Quarantined packets hold patient data: readable by their owner only."""
    paths = [path, *path.rglob("*")] if path.is_dir() else [path]
    for item in paths:
        item.chmod(0o700 if item.is_dir() else 0o600)
