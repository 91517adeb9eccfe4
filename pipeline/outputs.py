"""Writing a packet's outputs: ``<out>/<packet_id>/determination.json`` and ``report.html``.

Outputs hold patient information, so folders are created readable by the owner only
(0o700) and files 0o600. Every file is written to a temporary name in its own folder and
renamed with ``os.replace``: a reader (or a batch run killed mid-write) never sees half a
file. ``determination.json`` is written last, so its presence means the packet's outputs
are complete. Each submission (content hash) has its own folder under
``<id>/versions/``; the latest is also at ``<id>/`` (hard links), so a corrected
resubmission never erases the determination it replaces.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.models import Determination, Packet

if TYPE_CHECKING:
    from pipeline.fhir.request import PasContext

DIR_MODE = 0o700
FILE_MODE = 0o600
DETERMINATION_FILE = "determination.json"
REPORT_FILE = "report.html"
VERSIONS_DIR = "versions"
VERSION_NAME_LENGTH = 12


def ensure_private_dir(path: Path, *, chmod_existing: bool = True) -> Path:
    """Create ``path`` and any missing parents owner-only.

    A folder authreview owns (a packet's output folder) is also tightened if it already
    existed; a folder the user named (``--out``) is created private but left as it is
    when it exists.
    """
    path = Path(path)
    existed = path.is_dir()
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):  # parents first, each private: they are ours too
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:  # created meanwhile by another run
            continue
        os.chmod(folder, DIR_MODE)  # mkdir's mode is masked by the umask
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if chmod_existing or not existed:
        os.chmod(path, DIR_MODE)
    return path


def check_writable(out_dir: Path) -> Path:
    """Create ``out_dir`` if needed and prove a file can be written in it, or raise
    ``OutputFolderError`` naming it (a file, a read-only mount, /proc, no permission)."""
    from pipeline.errors import OutputFolderError

    folder = Path(out_dir)
    try:
        ensure_private_dir(folder, chmod_existing=False)
        fd, probe = tempfile.mkstemp(prefix=".authreview-write-check.", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputFolderError(str(folder), exc.strerror or type(exc).__name__) from None
    return folder


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it when the block succeeds.

    The temporary file is created 0o600 in the same folder (so ``os.replace`` is atomic on
    one filesystem) and removed if the block raises.
    """
    ensure_private_dir(target.parent, chmod_existing=False)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_atomic(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically, owner-readable only."""
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return target


def write_json_atomic(target: Path, payload: Any) -> Path:
    """Write a JSON document (UTF-8, indented, trailing newline) atomically."""
    text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    return write_atomic(target, text.encode("utf-8"))


def determination_json(determination: Determination) -> str:
    """The text of determination.json: the model in JSON mode, indented, stable key order."""
    return determination.model_dump_json(indent=2) + "\n"


def output_dir(out_dir: Path, packet_id: str) -> Path:
    """The folder holding one packet's outputs (CONTRACT section 2: named by packet id)."""
    return Path(out_dir) / packet_id


def version_dir(out_dir: Path, packet_id: str, sha256: str) -> Path:
    """The folder of one submission (one content hash) under its packet id: its outputs
    stay there when a resubmission becomes the latest."""
    return output_dir(out_dir, packet_id) / VERSIONS_DIR / sha256[:VERSION_NAME_LENGTH]


def versions_of(folder: Path) -> list[Path]:
    """The version folders of a packet folder that hold a complete determination."""
    return sorted(p.parent for p in (Path(folder) / VERSIONS_DIR).glob(f"*/{DETERMINATION_FILE}"))


def packet_id_of_output(folder: Path) -> str:
    """The packet id an output folder belongs to: ``<id>/versions/<hash>`` or ``<id>``."""
    folder = Path(folder)
    return folder.parent.parent.name if folder.parent.name == VERSIONS_DIR else folder.name


def latest_determination(out_dir: Path, packet_id: str) -> Determination | None:
    """The determination at the top of a packet's folder (its latest version), if any."""
    path = output_dir(out_dir, packet_id) / DETERMINATION_FILE
    try:
        return read_determination(path)
    except (OSError, ValueError):
        return None


def _publish(source: Path, target: Path) -> None:
    """Make ``target`` the same file as ``source`` atomically: a hard link where the
    filesystem allows one (no second copy of patient data), else a copy."""
    with atomic_path(target) as tmp:
        tmp.unlink()
        try:
            os.link(source, tmp)
        except OSError:
            shutil.copyfile(source, tmp)


def write_outputs(
    determination: Determination,
    packet: Packet,
    out_dir: Path,
    *,
    packet_path: Path,
    processing_seconds: float | None = None,
    fhir_context: PasContext | None = None,
) -> Path:
    """Write one packet's outputs and return its folder (``<out>/<id>``).

    The report, the FHIR answer (``fhir_context`` from a PAS request Bundle) and
    determination.json go to ``<out>/<id>/versions/<hash>/`` (in that order, each
    atomically, determination.json last), then become the latest at ``<out>/<id>/`` in
    the same order. A resubmission (another hash under the same id) leaves the earlier
    version's folder as it was. ``packet_path`` is the packet on disk (the report draws
    page pictures from it).
    """
    from pipeline.report import write_report  # the report imports this module

    ensure_private_dir(Path(out_dir), chmod_existing=False)
    folder = ensure_private_dir(output_dir(Path(out_dir), determination.packet_id))
    version = ensure_private_dir(
        version_dir(Path(out_dir), determination.packet_id, determination.packet_sha256)
    )
    write_report(
        determination,
        packet,
        version / REPORT_FILE,
        packet_path=Path(packet_path),
        processing_seconds=processing_seconds,
    )
    # FHIR hook (pipeline/fhir/): determination.fhir.json, before determination.json.
    from pipeline.fhir.outputs import write_fhir_determination
    from pipeline.fhir.response import FHIR_DETERMINATION_FILE

    write_fhir_determination(determination, packet, version, context=fhir_context)
    write_atomic(version / DETERMINATION_FILE, determination_json(determination).encode("utf-8"))
    for name in (REPORT_FILE, FHIR_DETERMINATION_FILE, DETERMINATION_FILE):
        _publish(version / name, folder / name)
    return folder


def read_determination(path: Path) -> Determination:
    """Load a determination.json written by ``write_outputs``."""
    return Determination.model_validate_json(Path(path).read_text(encoding="utf-8"))
