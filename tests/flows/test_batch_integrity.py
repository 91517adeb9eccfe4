"""Batch packet identity and serving: a folder and a file of the same name never share
an output folder, a resubmission keeps the earlier version and the store maps each
content hash to its own output; a served inbox is archived as it is processed and an
empty tick writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.batch import SUMMARIES_DIR, SUMMARY_FILE
from flows.store import STORE_FILE, PacketStatus, Store
from tests.flows.packets import write_packet_pdf

pytestmark = pytest.mark.usefixtures("prefect_harness")

ROSA = "Patient: Rosa M. Ibarra   DOB: 07/09/1958"
MARCO = "Patient: Marco Ibarra   DOB: 11/30/1961"


def _run(inbox: Path, out: Path, **options):
    from flows.batch import process_inbox

    return process_inbox(inbox=str(inbox), out_dir=str(out), runner="thread", **options)


def _own_outputs(out: Path) -> dict[str, dict]:
    """Each done packet's output folder (from the store), read back."""
    records = Store(out / STORE_FILE).records()
    assert all(r.status is PacketStatus.done for r in records)
    return {
        r.sha256: json.loads((Path(r.output_path) / "determination.json").read_text())
        for r in records
    }


def test_batch_a_folder_and_a_file_of_one_name_get_their_own_outputs(tmp_path, nlp):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    write_packet_pdf(inbox / "dup" / "01.pdf", "MRN 1", patient=ROSA)
    file_packet = write_packet_pdf(inbox / "dup.pdf", "MRN 2", patient=MARCO)

    summary = _run(inbox, out, show_names=True)

    assert summary.processed == 2
    assert len({row.packet_id for row in summary.packets}) == 2
    outputs = _own_outputs(out)
    assert len({d["packet_id"] for d in outputs.values()}) == 2
    file_sha = next(
        r.sha256 for r in Store(out / STORE_FILE).records() if r.source == str(file_packet)
    )
    assert outputs[file_sha]["packet_sha256"] == file_sha  # a file's hash is its bytes'
    index = (out / "index.html").read_text()
    for packet_id in {d["packet_id"] for d in outputs.values()}:
        assert f'href="{packet_id}/report.html"' in index


def test_batch_resubmission_keeps_the_earlier_version_in_the_store_and_on_disk(tmp_path, nlp):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    packet = write_packet_pdf(inbox / "pa-9.pdf", "MRN 1 as first sent", patient=ROSA)
    _run(inbox, out)
    write_packet_pdf(packet, "MRN 1 corrected", patient=ROSA)

    again = _run(inbox, out)

    assert again.processed == 1
    outputs = _own_outputs(out)
    assert len(outputs) == 2
    for sha, determination in outputs.items():
        assert determination["packet_sha256"] == sha  # each hash -> its own output
        assert determination["packet_id"] == "pa-9"
    latest = json.loads((out / "pa-9" / "determination.json").read_text())
    assert latest["packet_sha256"] == again.packets[0].sha256


def test_serve_ticks_archive_processed_packets_and_an_empty_tick_writes_nothing(tmp_path, nlp):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    archive = out / "archive"
    write_packet_pdf(inbox / "a.pdf", "MRN 1")
    write_packet_pdf(inbox / "b.pdf", "MRN 2")

    first = _run(inbox, out, archive_dir=str(archive))

    assert (first.processed, first.archived) == (2, 2)
    assert sorted(p.name for p in inbox.iterdir()) == []
    assert sorted(p.name for p in archive.iterdir()) == ["a.pdf", "b.pdf"]
    summary_before = (out / SUMMARY_FILE).read_bytes()
    index_before = (out / "index.html").stat().st_mtime_ns

    empty = _run(inbox, out, archive_dir=str(archive))

    assert (empty.found, empty.processed) == (0, 0)
    assert len(list((out / SUMMARIES_DIR).iterdir())) == 1
    assert (out / SUMMARY_FILE).read_bytes() == summary_before
    assert (out / "index.html").stat().st_mtime_ns == index_before

    (archive / "a.pdf").rename(inbox / "a-again.pdf")  # a copy of a processed packet
    repeat = _run(inbox, out, archive_dir=str(archive))
    assert (repeat.skipped_done, repeat.archived, repeat.processed) == (1, 1, 0)
    assert list(inbox.iterdir()) == []
