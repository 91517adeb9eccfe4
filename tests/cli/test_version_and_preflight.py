"""`authreview --version`, and the output folder checked before any packet is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.cli import EXIT_UNAVAILABLE, main
from tests.flows.packets import write_packet_pdf


def test_cli_version_names_the_pipeline_and_every_policy_version(capsys):
    from pipeline.process import pipeline_version
    from policy import load_policy

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    policy, _ = load_policy()
    assert out.startswith(f"authreview {pipeline_version()}")
    assert f"{policy.id} version {policy.version} (effective {policy.effective})" in out


def _unwritable_outputs(tmp_path: Path) -> list[tuple[str, Path]]:
    a_file = tmp_path / "taken.txt"
    a_file.write_text("not a folder")
    cases = [("a file", a_file), ("inside a file", a_file / "out"), ("/proc", Path("/proc/ar"))]
    if os.geteuid() != 0:  # root writes into read-only folders
        read_only = tmp_path / "read-only"
        read_only.mkdir(mode=0o500)
        cases.append(("read-only", read_only))
    return cases


@pytest.mark.parametrize("command", ["process", "evaluate", "batch"])
def test_cli_unwritable_out_is_one_error_naming_the_folder_before_any_packet(
    tmp_path, capsys, command
):
    inbox = tmp_path / "inbox"
    packet = write_packet_pdf(inbox / "untouched.pdf")
    for label, out in _unwritable_outputs(tmp_path):
        argv = {
            "process": ["process", str(packet), "--out", str(out)],
            "evaluate": ["evaluate", str(inbox), "--out", str(out)],
            "batch": ["batch", "--inbox", str(inbox), "--out", str(out), "--runner", "thread"],
        }[command]

        assert main(argv) == EXIT_UNAVAILABLE, label
        captured = capsys.readouterr()
        assert captured.out == "", label
        (line,) = captured.err.strip().splitlines()
        assert line.startswith(f"error: output folder {out} ") and line.endswith("[E300]"), line
        assert "E900" not in line and "untouched" not in line
