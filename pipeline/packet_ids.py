"""Packet ids: each packet of a run, and each patient's packet in an output folder, has
a folder of its own.

The id is the file name without extension or the folder name (CONTRACT section 2), so
two packets can share one: ``a/same.pdf`` and ``b/same.pdf``, or ``dup/`` and
``dup.pdf``. Within a run the first (in input order) keeps the name and the others get
``<name>-<first 8 hex digits of their content hash>``, stable across runs. Across runs
a packet written under an id whose latest output names another patient is the same
kind of collision; one naming the same patient (or no patient) is a resubmission, kept
as a new version beside the earlier ones (``pipeline.outputs``).

Logs, summaries and Prefect see a packet's ``ref`` (the first 12 hex digits of its
content hash) instead of its name unless the user opts in: file names carry PHI
("SMITH_JANE_DOB_04-22-1968.pdf").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pipeline.models import Determination

PACKET_FILE_SUFFIXES = (".pdf", ".tif", ".tiff")
"""Files that are packets (or files of a folder packet): PDFs, and the multi-page TIFFs
fax servers deliver (an addition to CONTRACT section 1)."""
REF_LENGTH = 12
SUFFIX_LENGTH = 8
_CHUNK = 1 << 20


def base_id(path: Path) -> str:
    """The packet id its name gives: the file name without extension, or the folder name."""
    return path.name if path.is_dir() else path.stem


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
    A path that cannot be read: the hash of the path itself (it still needs a ref).
    """
    try:
        if path.is_file():
            return _file_sha256(path)
        digest = hashlib.sha256(b"authreview folder packet\n")
        for child in sorted(path.iterdir()):
            if child.is_file() and not child.name.startswith("."):
                digest.update(f"{child.name}\0{_file_sha256(child)}\n".encode())
        return digest.hexdigest()
    except OSError:
        return hashlib.sha256(f"authreview unreadable path\n{path}".encode()).hexdigest()


def ref_of(sha256: str) -> str:
    """The opaque name of a packet in logs and summaries: a prefix of its hash."""
    return sha256[:REF_LENGTH]


def unique_ids(
    paths: Sequence[Path], sha256_of: Callable[[Path], str], taken: Iterable[str] = ()
) -> list[str]:
    """An id per path, unique among them and different from ``taken``: the base id for
    the first path that has it, ``<base>-<hash prefix>`` for the others."""
    used = set(taken)
    ids = []
    for path in paths:
        candidate = base_id(path)
        if candidate in used:
            sha = sha256_of(path)
            candidate = f"{candidate}-{sha[:SUFFIX_LENGTH]}"
            number = 2
            while candidate in used:  # the same content given twice
                candidate = f"{base_id(path)}-{sha[:SUFFIX_LENGTH]}-{number}"
                number += 1
        used.add(candidate)
        ids.append(candidate)
    return ids


def own_patient_id(out_dir: Path, determination: Determination) -> Determination:
    """``determination`` under an id whose output folder is this patient's.

    When the latest output already under the id is another submission naming another
    patient (``pipeline.integrity``), the packet takes ``<id>-<hash prefix>`` instead,
    so a reviewer never finds one patient's report replaced by another's.
    """
    from pipeline.integrity import patient_notices
    from pipeline.outputs import latest_determination

    packet_id = determination.packet_id
    base, number = packet_id, 1
    while True:
        latest = latest_determination(Path(out_dir), packet_id)
        if latest is None or latest.packet_sha256 == determination.packet_sha256:
            break
        if not patient_notices((*latest.identity, *determination.identity)):
            break  # the same patient (or no patient named): a new version of this id
        suffix = determination.packet_sha256[:SUFFIX_LENGTH]
        packet_id = f"{base}-{suffix}" if number == 1 else f"{base}-{suffix}-{number}"
        number += 1
    if packet_id == determination.packet_id:
        return determination
    return determination.model_copy(update={"packet_id": packet_id})
