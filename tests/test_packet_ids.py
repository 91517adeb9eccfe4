"""Packet identity in `authreview process`: two packets never share an output folder
(same file name in two folders, a folder and a file of the same name), a resubmission
under the same name is a new version with the earlier ones kept, and another patient's
packet under a used name gets a name of its own."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline.cli import main
from pipeline.packet_ids import unique_ids
from tests.flows.packets import write_packet_pdf

ROSA = "Patient: Rosa M. Ibarra   DOB: 07/09/1958"
MARCO = "Patient: Marco Ibarra   DOB: 11/30/1961"


def _determination(folder: Path) -> dict:
    return json.loads((folder / "determination.json").read_text())


def _index_links(out: Path) -> list[str]:
    return re.findall(r'href="([^"]+)/report.html"', (out / "index.html").read_text())


def test_ids_same_name_in_one_run_get_distinct_ids_in_input_order():
    paths = [Path("a/same.pdf"), Path("b/same.pdf"), Path("dup"), Path("c/dup.pdf"), Path("x.pdf")]
    hashes = {p: f"{i:02d}" * 32 for i, p in enumerate(paths)}
    ids = unique_ids(paths, hashes.__getitem__)
    assert ids == ["same", "same-01010101", "dup", "dup-03030303", "x"]
    assert unique_ids([Path("x.pdf")], hashes.__getitem__, taken={"x"}) == ["x-04040404"]


def test_process_same_file_name_in_two_folders_writes_two_outputs(tmp_path, nlp, capsys):
    first = write_packet_pdf(tmp_path / "a" / "same.pdf", "MRN 1", patient=ROSA)
    second = write_packet_pdf(tmp_path / "b" / "same.pdf", "MRN 2", patient=MARCO)
    folder = tmp_path / "c" / "same"
    write_packet_pdf(folder / "01.pdf", "MRN 3", patient=ROSA)
    out = tmp_path / "out"

    assert (
        main(["process", str(first), str(second), str(folder), "--out", str(out), "--show-names"])
        == 0
    )

    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()[:3]]
    assert len(set(ids)) == 3 and ids[0] == "same"
    shas = {_determination(out / i)["packet_sha256"] for i in ids}
    assert len(shas) == 3
    assert sorted(_index_links(out)) == sorted(ids)


def test_process_resubmission_is_a_new_version_and_keeps_the_earlier(tmp_path, nlp):
    packet = tmp_path / "in" / "pa-7.pdf"
    out = tmp_path / "out"
    write_packet_pdf(packet, "MRN 1 first submission", patient=ROSA)
    assert main(["process", str(packet), "--out", str(out)]) == 0
    first = _determination(out / "pa-7")

    write_packet_pdf(packet, "MRN 1 corrected resubmission", patient=ROSA)
    assert main(["process", str(packet), "--out", str(out)]) == 0
    latest = _determination(out / "pa-7")

    assert latest["packet_sha256"] != first["packet_sha256"]
    versions = sorted((out / "pa-7" / "versions").glob("*/determination.json"))
    assert sorted(json.loads(v.read_text())["packet_sha256"] for v in versions) == sorted(
        [first["packet_sha256"], latest["packet_sha256"]]
    )
    for version in versions:  # each version folder holds that version's own report
        sha = json.loads(version.read_text())["packet_sha256"]
        assert version.parent.name == sha[:12]
        assert (version.parent / "report.html").exists()
    assert _index_links(out) == ["pa-7"]
    assert "2 versions" in (out / "index.html").read_text()


def test_process_another_patient_under_a_used_name_gets_its_own_folder(tmp_path, nlp):
    packet = tmp_path / "in" / "scan.pdf"
    out = tmp_path / "out"
    write_packet_pdf(packet, "MRN 1", patient=ROSA)
    assert main(["process", str(packet), "--out", str(out)]) == 0
    rosa = _determination(out / "scan")

    write_packet_pdf(packet, "MRN 2", patient=MARCO)
    assert main(["process", str(packet), "--out", str(out)]) == 0

    assert _determination(out / "scan") == rosa  # untouched
    (marco_folder,) = [p for p in out.iterdir() if p.name.startswith("scan-")]
    marco = _determination(marco_folder)
    assert marco["packet_id"] == marco_folder.name == f"scan-{marco['packet_sha256'][:8]}"
    assert sorted(_index_links(out)) == sorted(["scan", marco_folder.name])
