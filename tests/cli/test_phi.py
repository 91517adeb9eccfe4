"""PHI never leaves the outputs: a sentinel in a packet's text reaches no log, stream,
error message, summary, quarantine reason or batch store.

The sentinel is printed inside real PDFs (a good packet and a damaged one); the positive
control shows ingestion really reads it, so its absence elsewhere means something.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from flows.store import STORE_FILE, Store
from pipeline.errors import describe_unexpected
from pipeline.parallel import describe_failure
from tests.flows.packets import write_packet_pdf

SENTINEL = "ZQXJ-PHI-SENTINEL-7731"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.messages.append(text)


@pytest.fixture
def every_log_record() -> Iterator[_Collect]:
    """Every record of every logger (root, Prefect's, libraries'), at DEBUG."""
    handler = _Collect()
    names = ["", "prefect", "prefect.flow_runs", "prefect.task_runs", "pipeline", "flows"]
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def _damaged_pdf_with_sentinel(path: Path) -> Path:
    """A PDF header then the sentinel and garbage: a truncated fax upload."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Title (" + SENTINEL.encode() + b") >>\ntrunc")
    return path


def _files_text(folder: Path, patterns: tuple[str, ...]) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for pattern in patterns
        for p in folder.rglob(pattern)
    )


def _sentinel_packet(folder: Path) -> Path:
    return write_packet_pdf(folder / "member-packet.pdf", f"Member name {SENTINEL}")


def test_phi_sentinel_is_really_in_the_packet_text(tmp_path):
    from pipeline.ingest import read_packet

    packet = read_packet(_sentinel_packet(tmp_path))
    assert any(SENTINEL in page.text for page in packet.pages)


class _Model(BaseModel):
    value: int


def _validation_error() -> ValidationError:
    try:
        _Model(value=SENTINEL)
    except ValidationError as exc:
        return exc
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    "error",
    [ValueError(SENTINEL), KeyError(SENTINEL), RuntimeError(f"bad token {SENTINEL!r}")],
    ids=["ValueError", "KeyError", "RuntimeError"],
)
def test_phi_unexpected_error_descriptions_omit_the_message(error):
    try:
        raise error
    except Exception as raised:
        for text in (describe_unexpected(raised), describe_failure(Path("p.pdf"), raised).reason):
            assert SENTINEL not in text
            assert type(error).__name__ in text


def test_phi_validation_error_descriptions_omit_the_input():
    error = _validation_error()
    assert SENTINEL in str(error)  # pydantic quotes the input: exactly what must not leak
    assert SENTINEL not in describe_unexpected(error)
    assert SENTINEL not in describe_failure(Path("p.pdf"), error).reason


def test_phi_process_command_leaks_nothing_and_never_imports_prefect(tmp_path):
    inbox = tmp_path / "in"
    good = _sentinel_packet(inbox)
    bad = _damaged_pdf_with_sentinel(inbox / "DOE_JOHN_upload.pdf")
    out = tmp_path / "out"
    script = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.DEBUG)\n"
        "from pipeline.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('PREFECT-IMPORTED' if any(m.split('.')[0] == 'prefect' for m in sys.modules)"
        " else 'PREFECT-NOT-IMPORTED')\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "process", str(good), str(bad), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    assert "PREFECT-NOT-IMPORTED" in result.stdout
    assert "error: packet 2 of 2 (ref " in result.stderr
    for leak in (SENTINEL, "DOE_JOHN", "member-packet"):  # file names can carry PHI too
        assert leak not in result.stdout
        assert leak not in result.stderr
    assert (out / "member-packet" / "determination.json").exists()


@pytest.mark.usefixtures("prefect_harness")
def test_phi_batch_run_leaks_nothing(tmp_path, nlp, capsys, every_log_record):
    from prefect.client.orchestration import get_client
    from prefect.logging.handlers import APILogWorker

    from pipeline.cli import main

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    _sentinel_packet(inbox)
    _damaged_pdf_with_sentinel(inbox / "DOE_JOHN_upload.pdf")
    names = ("member-packet", "DOE_JOHN")  # file names can carry PHI too

    code = main(["batch", "--inbox", str(inbox), "--out", str(out), "--runner", "thread"])

    assert code == 1  # the damaged packet was quarantined
    captured = capsys.readouterr()
    for leak in (SENTINEL, *names):
        assert leak not in captured.out
        assert leak not in captured.err
    assert every_log_record.messages, "the handler saw the run's log records"
    assert not [m for m in every_log_record.messages if any(x in m for x in (SENTINEL, *names))]
    assert SENTINEL not in _files_text(out, ("batch_summary.json", "*.reason.json"))
    summaries = _files_text(out, ("batch_summary.json",)) + _files_text(out / "batches", ("*",))
    for leak in (SENTINEL, *names):
        assert leak not in summaries
    assert SENTINEL.encode() not in b"".join(p.read_bytes() for p in out.glob("*.sqlite*"))
    records = Store(out / STORE_FILE).records()
    assert len(records) == 2
    assert all(r.packet_id == r.sha256[:12] for r in records)  # the store's log-facing id

    APILogWorker.instance().drain()
    with get_client(sync_client=True) as client:
        logs, offset = [], 0
        while page := client.read_logs(limit=200, offset=offset):
            logs += page
            offset += len(page)
        task_runs = client.read_task_runs()
        flow_runs = client.read_flow_runs()
    assert logs, "the run sent logs to the Prefect API"
    assert not [log.message for log in logs if any(x in log.message for x in (SENTINEL, *names))]
    prefect_text = " ".join(
        [t.name for t in task_runs] + [f.name + repr(f.parameters) for f in flow_runs]
    )
    assert task_runs and not any(name in prefect_text for name in names)
