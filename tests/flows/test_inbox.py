"""Inbox discovery, content hashes and quarantine."""

from __future__ import annotations

import json

from flows.inbox import QuarantineReason, content_sha256, find_packets, quarantine


def test_inbox_finds_pdf_files_and_folders_but_not_hidden_or_other_files(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "folder-packet").mkdir(parents=True)
    (inbox / "folder-packet" / "note.pdf").write_bytes(b"%PDF-1.4 a")
    (inbox / "single.PDF").write_bytes(b"%PDF-1.4 b")
    (inbox / ".uploading.pdf").write_bytes(b"%PDF-1.4 c")
    (inbox / ".hidden-folder").mkdir()
    (inbox / "notes.txt").write_text("not a packet")
    (inbox / "out").mkdir()
    found = find_packets(inbox, exclude=(inbox / "out",))
    assert [(p.path.name, p.packet_id) for p in found] == [
        ("folder-packet", "folder-packet"),
        ("single.PDF", "single"),
    ]


def test_inbox_hash_follows_content_not_name(tmp_path):
    a = tmp_path / "a.pdf"
    b = tmp_path / "renamed.pdf"
    a.write_bytes(b"%PDF-1.4 same")
    b.write_bytes(b"%PDF-1.4 same")
    assert content_sha256(a) == content_sha256(b)
    b.write_bytes(b"%PDF-1.4 corrected")
    assert content_sha256(a) != content_sha256(b)


def test_inbox_folder_hash_covers_every_file_and_differs_from_an_empty_file(tmp_path):
    folder = tmp_path / "pkt"
    folder.mkdir()
    empty_file = tmp_path / "empty.pdf"
    empty_file.write_bytes(b"")
    assert content_sha256(folder) != content_sha256(empty_file)
    (folder / "a.pdf").write_bytes(b"1")
    first = content_sha256(folder)
    (folder / "packet.json").write_text("{}")
    second = content_sha256(folder)
    (folder / "packet.json").write_text('{"request_date": "2025-09-15"}')
    assert len({first, second, content_sha256(folder)}) == 3


def test_inbox_quarantine_moves_the_packet_and_writes_a_reason(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / "bad.pdf").write_bytes(b"junk")
    (packet,) = find_packets(inbox)
    moved = quarantine(packet, out, error_code="E101", reason="bad.pdf: is not a PDF", attempts=1)
    assert moved == out / "quarantine" / "bad.pdf"
    assert moved.read_bytes() == b"junk"
    assert moved.stat().st_mode & 0o077 == 0  # quarantined patient data is owner-only
    assert not (inbox / "bad.pdf").exists()
    reason = QuarantineReason.model_validate_json(
        (out / "quarantine" / "bad.pdf.reason.json").read_text()
    )
    assert (reason.error_code, reason.sha256, reason.attempts) == ("E101", packet.sha256, 1)


def test_inbox_quarantine_never_overwrites_an_earlier_packet_of_the_same_name(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    names = []
    for content in (b"first", b"second"):
        (inbox / "bad.pdf").write_bytes(content)
        (packet,) = find_packets(inbox)
        names.append(quarantine(packet, out, error_code="E101", reason="r", attempts=1).name)
    assert names[0] == "bad.pdf" and names[1].startswith("bad-") and names[1].endswith(".pdf")
    assert (out / "quarantine" / names[0]).read_bytes() == b"first"
    assert (out / "quarantine" / names[1]).read_bytes() == b"second"
    reasons = sorted(p.name for p in (out / "quarantine").glob("*.reason.json"))
    assert len(reasons) == 2
    assert all(json.loads((out / "quarantine" / r).read_text())["reason"] == "r" for r in reasons)
