"""Writing a packet's outputs: ``<out>/<packet_id>/determination.json`` and ``report.html``.

Outputs hold patient information, so folders are created readable by the owner only
(0o700) and files 0o600. Every file is written to a temporary name in its own folder and
renamed with ``os.replace``: a reader (or a batch run killed mid-write) never sees half a
file. ``determination.json`` is written last, so its presence means the packet's outputs
are complete.
"""

from __future__ import annotations

import contextlib
import json
import os
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


def ensure_private_dir(path: Path, *, chmod_existing: bool = True) -> Path:
    """Create ``path`` (and missing parents) owner-only.

    A folder authreview owns (a packet's output folder) is also tightened if it already
    existed; a folder the user named (``--out``) is created private but left as it is
    when it exists.
    """
    path = Path(path)
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if chmod_existing or not existed:
        os.chmod(path, DIR_MODE)
    return path


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


def write_outputs(
    determination: Determination,
    packet: Packet,
    out_dir: Path,
    *,
    packet_path: Path,
    processing_seconds: float | None = None,
    fhir_context: PasContext | None = None,
) -> Path:
    """Write one packet's outputs and return its output folder.

    ``packet_path`` is the packet on disk (the report draws page pictures from it).
    The report is written first (atomically, by ``write_atomic`` too), then the FHIR
    answer (``fhir_context`` from a PAS request Bundle); determination.json goes last.
    """
    from pipeline.report import write_report  # the report imports this module

    ensure_private_dir(Path(out_dir), chmod_existing=False)
    folder = ensure_private_dir(output_dir(Path(out_dir), determination.packet_id))
    write_report(
        determination,
        packet,
        folder / REPORT_FILE,
        packet_path=Path(packet_path),
        processing_seconds=processing_seconds,
    )
    # FHIR hook (pipeline/fhir/): determination.fhir.json, before determination.json.
    from pipeline.fhir.outputs import write_fhir_determination

    write_fhir_determination(determination, packet, folder, context=fhir_context)
    write_atomic(folder / DETERMINATION_FILE, determination_json(determination).encode("utf-8"))
    return folder


def read_determination(path: Path) -> Determination:
    """Load a determination.json written by ``write_outputs``."""
    return Determination.model_validate_json(Path(path).read_text(encoding="utf-8"))
