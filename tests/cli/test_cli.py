"""The authreview command: help, exit codes, one line per packet, errors, batch, evaluate."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from pipeline.cli import EXIT_OK, EXIT_PACKET_FAILED, EXIT_UNAVAILABLE, main
from tests.conftest import SAMPLE_RECORDS
from tests.flows.packets import write_bad_pdf, write_packet_pdf

LINE = re.compile(
    r"^(?P<id>\S+)  (?P<procedure>percutaneous|open|none)  "
    r"(?P<determination>meets_criteria|does_not_meet_criteria|insufficient_documentation)  "
    r"met=(?P<met>\d+) not_met=(?P<not_met>\d+) insufficient=(?P<insufficient>\d+)$"
)


@pytest.mark.parametrize(
    "command",
    [[], ["process"], ["batch"], ["serve"], ["evaluate"]],
    ids=lambda c: c[0] if c else "top",
)
def test_cli_help_for_every_command(command, capsys):
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(" ".join(["usage: authreview", *command]))


@pytest.mark.parametrize(
    "argv",
    [["process"], ["batch", "--inbox", "x"], ["serve", "--inbox", "x", "--out", "y"], ["nope"]],
)
def test_cli_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_cli_process_reports_each_packet_and_continues_past_a_bad_one(tmp_path, nlp, capsys):
    first = write_packet_pdf(tmp_path / "in" / "alpha.pdf", "MRN 1")
    bad = write_bad_pdf(tmp_path / "in" / "scan-failed.pdf")
    folder = tmp_path / "in" / "gamma"
    write_packet_pdf(folder / "01-packet.pdf", "MRN 3")
    (folder / "packet.json").write_text(json.dumps({"procedure_codes": ["27279"]}))
    out = tmp_path / "out"

    code = main(["process", str(first), str(bad), str(folder), "--out", str(out), "--show-names"])

    captured = capsys.readouterr()
    assert code == EXIT_PACKET_FAILED
    lines = [LINE.match(line) for line in captured.out.splitlines() if LINE.match(line)]
    assert [m["id"] for m in lines] == ["alpha", "gamma"]
    for match in lines:
        result = json.loads((out / match["id"] / "determination.json").read_text())
        counts = {
            s: sum(c["status"] == s for c in result["criteria"])
            for s in ("met", "not_met", "insufficient")
        }
        assert counts == {k: int(match[k]) for k in counts}
        assert match["determination"] == result["determination"]
        assert match["procedure"] == (result["procedure"] or "none")
    assert f"error: {bad}: is not a PDF" in captured.err
    assert "[E101]" in captured.err
    assert "3 packets" in captured.out  # the summary table
    assert not (out / "scan-failed").exists()


def test_cli_process_exits_0_when_every_packet_was_processed(tmp_path, nlp, capsys):
    pdf = write_packet_pdf(tmp_path / "only.pdf")
    assert main(["process", str(pdf), "--out", str(tmp_path / "out"), "--show-names"]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    assert LINE.match(line)["id"] == "only"
    assert 'href="only/report.html"' in (tmp_path / "out" / "index.html").read_text()


def test_cli_process_missing_path_is_an_error_line(tmp_path, nlp, capsys):
    missing = tmp_path / "nowhere.pdf"
    argv = ["process", str(missing), "--out", str(tmp_path / "out"), "--show-names"]
    assert main(argv) == EXIT_PACKET_FAILED
    assert str(missing) in capsys.readouterr().err


def test_cli_evaluate_writes_metrics_and_fails_on_false_meets_criteria(tmp_path, nlp, capsys):
    records = sorted(SAMPLE_RECORDS.glob("*.labels.json"))
    if not records:
        pytest.skip("no labelled sample records yet")
    labels = records[0]
    packet = labels.with_name(labels.name.replace(".labels.json", ".pdf"))
    folder = tmp_path / "records"
    folder.mkdir()
    shutil.copy(packet, folder)
    shutil.copy(labels, folder)
    out = tmp_path / "metrics"

    code = main(["evaluate", str(folder), "--out", str(out)])

    metrics = json.loads((out / "metrics.json").read_text())
    assert code == (EXIT_PACKET_FAILED if metrics["false_meets_criteria"] else EXIT_OK)
    assert "false meets_criteria" in capsys.readouterr().out


def test_cli_evaluate_fails_below_the_baseline_and_on_unreadable_records(tmp_path, capsys):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 truncated")
    shutil.copy(SAMPLE_RECORDS / "sij-036.labels.json", folder / "broken.labels.json")
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"determination_accuracy": 0.5, "criterion_status_accuracy": 0.5}')

    code = main(
        ["evaluate", str(folder), "--out", str(tmp_path / "m"), "--baseline", str(baseline)]
    )

    assert code == EXIT_PACKET_FAILED
    err = capsys.readouterr().err
    assert "could not be processed" in err
    assert "determination_accuracy 0.0 fell below the baseline 0.5" in err


def test_cli_evaluate_reads_labels_kept_apart_from_their_packets(tmp_path, nlp, capsys):
    """Labels in the project, packets elsewhere (real notes under ../shared/data): each
    labels file grades the packet of its id in --packets; one whose packet is missing is
    an unreadable record, not a record silently left out."""
    labels_dir, packets_dir = tmp_path / "labels", tmp_path / "packets"
    labels_dir.mkdir()
    packets_dir.mkdir()
    shutil.copy(SAMPLE_RECORDS / "sij-036.pdf", packets_dir / "present.pdf")
    for record in ("present", "absent"):
        shutil.copy(SAMPLE_RECORDS / "sij-036.labels.json", labels_dir / f"{record}.labels.json")
    out = tmp_path / "metrics"

    code = main(["evaluate", str(labels_dir), "--packets", str(packets_dir), "--out", str(out)])

    metrics = json.loads((out / "metrics.json").read_text())
    assert code == EXIT_PACKET_FAILED
    assert metrics["records"] == 2
    assert list(metrics["errors"]) == ["absent"]
    assert metrics["determination_accuracy"] == 0.5


@pytest.mark.usefixtures("prefect_harness")
def test_cli_batch_quarantines_then_skips_on_rerun(tmp_path, nlp, capsys):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    write_packet_pdf(inbox / "one.pdf", "MRN 1")
    write_packet_pdf(inbox / "two.pdf", "MRN 2")
    write_bad_pdf(inbox / "broken.pdf")
    argv = ["batch", "--inbox", str(inbox), "--out", str(out), "--runner", "thread", "--show-names"]

    assert main(argv) == EXIT_PACKET_FAILED
    first = capsys.readouterr().out
    assert sorted(m["id"] for m in map(LINE.match, first.splitlines()) if m) == ["one", "two"]
    assert "quarantined: broken: " in first and "[E101]" in first
    assert (out / "quarantine" / "broken.pdf.reason.json").exists()

    assert main(argv) == EXIT_OK
    assert "processed 0, quarantined 0, already done 2" in capsys.readouterr().out


def test_cli_serve_parameters_make_a_valid_scheduled_deployment(tmp_path):
    from flows.batch import process_inbox
    from pipeline.cli import _flow_parameters, build_parser

    args = build_parser().parse_args(
        ["serve", "--inbox", str(tmp_path), "--out", str(tmp_path / "o"), "--cron", "*/15 * * * *"]
    )
    deployment = process_inbox.to_deployment(
        name=args.name, cron=args.cron, parameters=_flow_parameters(args)
    )
    assert deployment.parameters["inbox"] == str(tmp_path.resolve())
    assert [s.schedule.cron for s in deployment.schedules] == ["*/15 * * * *"]


def test_cli_serve_without_a_prefect_server_says_how_to_start_one(tmp_path, monkeypatch, capsys):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    argv = ["serve", "--inbox", str(tmp_path), "--out", str(tmp_path / "o"), "--cron", "0 * * * *"]
    with temporary_settings(restore_defaults={PREFECT_API_URL}):  # even under the harness
        assert main(argv) == EXIT_UNAVAILABLE
    assert "prefect server start" in capsys.readouterr().err
