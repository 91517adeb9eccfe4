"""Hostile and broken packets: each gives a clear per-packet error or is processed
within the limits, through ``read_packet``, ``authreview process`` and
``authreview batch``; none stops the run or costs another packet its result, and no
error, warning, output line or log record quotes the document.

The cases (``nasty.CASES``) are small files written in milliseconds: zero bytes,
truncated, random bytes, HTML, encrypted (with and without a user password), no
pages, 2,000 pages, 100,000 characters on a page, a broken xref, JavaScript, a content
stream and an image that inflate to hundreds of MB, absurd image dimensions, a page
200 inches wide, text over a 180 x 180 ruled grid.
"""

from __future__ import annotations

import json
import logging
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.cli import EXIT_PACKET_FAILED, main
from pipeline.errors import PacketError, PacketTooLargeError
from pipeline.ingest import read_packet
from pipeline.ingest.rules import ingest_limits
from tests.flows.packets import write_packet_pdf
from tests.hardening.nasty import CASES, SENTINEL, Case, content_bomb, text_pdf, two_thousand_pages

pytestmark = pytest.mark.slow


def _file_name(case: Case) -> str:
    return re.sub(r"[^a-z0-9]+", "-", case.name.lower()) + ".pdf"


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.lines.append(text)


@pytest.fixture
def log_lines() -> Iterator[list[str]]:
    """Every log record of every logger, at DEBUG, while the test runs."""
    handler = _Records()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_read_packet_gives_a_typed_error_or_reads_within_limits(
    tmp_path: Path, case: Case, log_lines: list[str]
) -> None:
    path = case.build(tmp_path / _file_name(case))
    if case.code is not None:
        with pytest.raises(PacketError) as caught:
            read_packet(path)
        error = caught.value
        assert error.code == case.code
        assert path.name in str(error) and SENTINEL not in str(error)
        assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)
    else:
        packet = read_packet(path)
        text = "".join(page.text for page in packet.pages)
        assert (SENTINEL in text) == case.text
        if case.warning:
            assert any(case.warning in w for w in packet.warnings), packet.warnings
        assert not any(SENTINEL in w for w in packet.warnings)
        limit = ingest_limits().max_chars_per_page
        assert all(len(page.text) <= 2 * limit for page in packet.pages)
    assert not any(SENTINEL in line for line in log_lines)


def test_two_thousand_pages_are_refused_before_any_page_is_read(tmp_path: Path, monkeypatch):
    import pipeline.ingest.reader as reader

    def no_page_reads(*args: object, **kwargs: object) -> None:
        raise AssertionError("a page was read")

    monkeypatch.setattr(reader, "_read_pdfium_page", no_page_reads)
    with pytest.raises(PacketTooLargeError, match="2,000 pages"):
        read_packet(two_thousand_pages(tmp_path / "long.pdf"))


def test_a_folder_over_the_page_limit_is_refused_as_a_whole(tmp_path: Path) -> None:
    folder = tmp_path / "pkt-long"
    folder.mkdir()
    text_pdf(folder / "a-cover.pdf")
    two_thousand_pages(folder / "b-records.pdf")
    with pytest.raises(PacketTooLargeError) as caught:
        read_packet(folder)
    assert "pkt-long" in str(caught.value)


def test_a_bomb_in_one_file_of_a_folder_refuses_the_packet(tmp_path: Path) -> None:
    """A partial packet is worse than none: the reviewer would not know what is missing."""
    folder = tmp_path / "pkt-bomb"
    folder.mkdir()
    text_pdf(folder / "a-note.pdf")
    content_bomb(folder / "b-scan.pdf")
    with pytest.raises(PacketTooLargeError, match="decompression bomb"):
        read_packet(folder)


def test_pdfium_build_runs_no_javascript() -> None:
    """Scripts in a PDF (/OpenAction /JS) are never run: PDFium is built without V8."""
    import pypdfium2

    assert "V8" not in pypdfium2.PDFIUM_INFO.flags
    assert "XFA" not in pypdfium2.PDFIUM_INFO.flags


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """One good packet among every bad case."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_packet_pdf(folder / "aaa-good.pdf", f"MRN {SENTINEL}")
    for case in CASES:
        case.build(folder / _file_name(case))
    return folder


def _shared_with_others(out: Path) -> list[str]:
    """Output folders and written files that group or others may read (PHI must be
    owner-only). Packets moved into quarantine keep their inbox mode; the owner-only
    quarantine folder is what shields them."""
    return [
        str(path.relative_to(out))
        for path in [out, *out.rglob("*")]
        if stat.S_IMODE(path.stat().st_mode) & 0o077
        and not (path.parent.name == "quarantine" and not path.name.endswith(".reason.json"))
    ]


def _processed_ids() -> list[str]:
    return ["aaa-good"] + [_file_name(c)[:-4] for c in CASES if c.code is None]


def test_cli_process_reports_each_bad_packet_and_processes_the_rest(
    inbox: Path, tmp_path: Path, nlp, capsys, log_lines: list[str]
) -> None:
    out = tmp_path / "out"
    packets = sorted(inbox.iterdir())
    code = main(["process", *map(str, packets), "--out", str(out), "--show-names"])
    captured = capsys.readouterr()
    assert code == EXIT_PACKET_FAILED
    for case in CASES:
        path = inbox / _file_name(case)
        errors = [line for line in captured.err.splitlines() if line.startswith(f"error: {path}:")]
        if case.code is None:
            assert not errors
            assert (out / path.stem / "determination.json").exists(), case.name
        else:
            (line,) = errors
            assert line.endswith(f"[{case.code}]")
            assert not (out / path.stem).exists()
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == sorted(_processed_ids())
    assert SENTINEL not in captured.out + captured.err
    assert not any(SENTINEL in line for line in log_lines)
    assert _shared_with_others(out) == []


@pytest.mark.usefixtures("prefect_harness")
def test_batch_quarantines_bad_packets_with_a_reason_and_processes_the_rest(
    inbox: Path, tmp_path: Path, nlp, capsys
) -> None:
    out = tmp_path / "out"
    argv = ["batch", "--inbox", str(inbox), "--out", str(out), "--runner", "thread"]
    assert main(argv) == EXIT_PACKET_FAILED
    printed = capsys.readouterr()
    quarantine = out / "quarantine"
    for case in CASES:
        name = _file_name(case)
        reason_file = quarantine / f"{name}.reason.json"
        if case.code is None:
            assert not reason_file.exists(), case.name
            assert (out / name[:-4] / "determination.json").exists(), case.name
        else:
            reason = json.loads(reason_file.read_text())
            assert reason["error_code"] == case.code, case.name
            assert SENTINEL not in reason_file.read_text()
            assert (quarantine / name).exists()
    assert (out / "aaa-good" / "determination.json").exists()
    assert SENTINEL not in printed.out + printed.err
    assert _shared_with_others(out) == []
