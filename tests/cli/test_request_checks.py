"""Request data checked up front: an unusable packet.json or a request for a procedure
the policy does not cover is a per-packet error with its code; what set the request
date or the procedure is at the top of the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import EXIT_PACKET_FAILED, main
from tests.flows.packets import write_packet_pdf


def _folder_packet(root: Path, name: str, packet_json: str) -> Path:
    folder = root / name
    write_packet_pdf(folder / "01-packet.pdf")
    (folder / "packet.json").write_text(packet_json)
    return folder


@pytest.mark.parametrize(
    ("packet_json", "code", "says"),
    [
        ('{"request_date": "2025-09-15",}', "E108", "packet.json cannot be used"),
        ('{"request_date": "15/09/2025"}', "E108", "invalid value: request_date"),
        ('{"procedure_codes": ["99999"]}', "E109", "requests no procedure this policy covers"),
    ],
    ids=["invalid-json", "bad-date", "uncovered-cpt"],
)
def test_cli_bad_request_data_is_a_packet_error_with_its_code(
    tmp_path, nlp, capsys, packet_json, code, says
):
    folder = _folder_packet(tmp_path / "in", "pa-17", packet_json)
    out = tmp_path / "out"

    argv = ["process", str(folder), "--out", str(out), "--show-names"]
    assert main(argv) == EXIT_PACKET_FAILED

    err = capsys.readouterr().err
    assert f"error: {folder}: " in err and says in err and f"[{code}]" in err
    assert not (out / "pa-17").exists()


def test_report_opens_with_what_set_the_request_date(tmp_path, nlp, capsys):
    # The generated packet's request form says 09/15/2025.
    folder = _folder_packet(tmp_path / "in", "pa-18", json.dumps({"request_date": "2025-10-01"}))
    out = tmp_path / "out"

    assert main(["process", str(folder), "--out", str(out)]) == 0

    result = json.loads((out / "pa-18" / "determination.json").read_text())
    (notice,) = [n for n in result["notices"] if n["code"].startswith("request_date.")]
    assert "2025-10-01" in notice["message"] and "2025-09-15" in notice["message"]
    html = (out / "pa-18" / "report.html").read_text()
    assert html.index("2025-09-15") < html.index('<h2 class="group')
