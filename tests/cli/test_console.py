"""`authreview process` tells the person where things are: it announces the run, gives
each report's path, and closes with a summary in the reviewer's words; the per-packet
line on stdout stays CONTRACT section 5's."""

from __future__ import annotations

import io

from pipeline.cli import main
from pipeline.console import RunConsole
from pipeline.models import DeterminationValue
from tests.cli.test_cli import LINE
from tests.flows.packets import write_bad_pdf, write_packet_pdf


def test_console_names_each_report_and_closes_with_reviewer_words(tmp_path, capsys):
    out = io.StringIO()
    console = RunConsole(3, tmp_path / "out", workers=2, progress=False, out=out)
    console.announce()
    with console.progress():
        console.packet_done("p1 line", "p1", DeterminationValue.meets_criteria)
        console.packet_done("p2 line", "p2", DeterminationValue.does_not_meet_criteria)
        console.packet_failed("error: p3: broken [E101]")
    console.close(index_written=True)

    err = capsys.readouterr().err
    assert "processing 3 packets on 2 workers" in err
    assert f"report: {tmp_path / 'out' / 'p1' / 'report.html'}" in err
    assert f"report: {tmp_path / 'out' / 'p2' / 'report.html'}" in err
    assert f"index of reports: {tmp_path / 'out' / 'index.html'}" in err
    assert "authreview review --out" in err
    assert "2 of 3 processed in" in err
    table = out.getvalue()
    assert out.getvalue().splitlines()[:2] == ["p1 line", "p2 line"]
    assert "Eligible for approval" in table and "Refer to clinical reviewer" in table
    assert "Could not be processed" in table
    assert console.summary_rows() == [
        ("Eligible for approval", "meets_criteria", 1),
        ("Refer to clinical reviewer", "does_not_meet_criteria", 1),
        ("Could not be processed", "error", 1),
    ]


def test_process_keeps_its_result_line_and_says_where_the_report_is(tmp_path, nlp, capsys):
    good = write_packet_pdf(tmp_path / "in" / "alpha.pdf", "MRN 1")
    bad = write_bad_pdf(tmp_path / "in" / "beta.pdf")
    out = tmp_path / "out"

    main(["process", str(good), str(bad), "--out", str(out), "--workers", "1", "--show-names"])

    captured = capsys.readouterr()
    results = [LINE.match(line) for line in captured.out.splitlines() if LINE.match(line)]
    assert [m["id"] for m in results] == ["alpha"]
    assert f"report: {out / 'alpha' / 'report.html'}" in captured.err
    assert (out / "alpha" / "report.html").exists()
    assert "processing 2 packets" in captured.err
    assert f"index of reports: {out / 'index.html'}" in captured.err
    assert "Eligible for approval" in captured.out or "Request more documentation" in captured.out
