"""Output files: atomic, owner-only, determination.json last."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pipeline.outputs import (
    DIR_MODE,
    FILE_MODE,
    atomic_path,
    ensure_private_dir,
    write_atomic,
    write_json_atomic,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_outputs_write_atomic_is_owner_only_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "new" / "determination.json"
    write_atomic(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert _mode(target) == FILE_MODE
    assert _mode(target.parent) == DIR_MODE
    assert _leftovers(target.parent) == []


def test_outputs_write_atomic_replaces_an_existing_file(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_json_atomic(target, {"value": 1})
    assert target.read_text() == '{\n  "value": 1\n}\n'
    assert _mode(target) == FILE_MODE


def test_outputs_failed_write_keeps_the_previous_file_and_removes_the_temp(tmp_path):
    target = tmp_path / "determination.json"
    target.write_text("previous")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half writ")
        raise RuntimeError("disk full")
    assert target.read_text() == "previous"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("chmod_existing", "expected"), [(True, DIR_MODE), (False, 0o755)])
def test_outputs_ensure_private_dir_only_tightens_folders_it_owns(
    tmp_path, chmod_existing, expected
):
    folder = tmp_path / "out"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    ensure_private_dir(folder, chmod_existing=chmod_existing)
    assert _mode(folder) == expected
    created = ensure_private_dir(tmp_path / "fresh" / "deeper", chmod_existing=False)
    assert _mode(created) == DIR_MODE


def test_outputs_write_outputs_writes_both_files_owner_only(tmp_path, nlp):
    from pipeline.ingest import read_packet
    from pipeline.outputs import read_determination, write_outputs
    from pipeline.process import determine
    from tests.flows.packets import write_packet_pdf

    pdf = write_packet_pdf(tmp_path / "pkt.pdf")
    packet = read_packet(pdf)
    determination = determine(packet, nlp=nlp)
    folder = write_outputs(determination, packet, tmp_path / "out", packet_path=pdf)
    assert folder == tmp_path / "out" / packet.id
    assert _mode(folder) == DIR_MODE
    for name in ("determination.json", "report.html"):
        assert _mode(folder / name) == FILE_MODE, name
    assert read_determination(folder / "determination.json") == determination
    assert _leftovers(folder) == []
