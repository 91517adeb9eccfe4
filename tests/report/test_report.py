"""The reviewer report: a summary naming what fails, criteria grouped failures first,
quotes in context, numbered highlights, the request's warnings on top, one wording;
complete, escaped, self-contained, and readable in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.models import CriterionResult, DeterminationValue, Status
from pipeline.report import (
    VIEW_FILE,
    read_view,
    render_index,
    render_report,
    write_index,
    write_report,
)
from pipeline.wording import wording
from tests.report import fixtures
from tests.report.fixtures import cite

ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artifacts"


@pytest.fixture(scope="module")
def packet_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixtures.write_packet_pdf(tmp_path_factory.mktemp("report") / "rpt-001.pdf")


@pytest.fixture(scope="module")
def determination():
    return fixtures.determination()


@pytest.fixture(scope="module")
def packet():
    return fixtures.packet()


@pytest.fixture(scope="module")
def html(determination, packet, packet_pdf) -> str:
    return render_report(determination, packet, packet_pdf)


def _between(html: str, start: str, end: str) -> str:
    return html[html.index(start) : html.index(end, html.index(start))]


def test_report_lists_every_criterion_and_quote_with_its_page(determination, html):
    for criterion in determination.criteria:
        assert f'id="criterion-{criterion.id}"' in html
    assert "SI joint pain is 7/10" in html
    assert 'href="#page-1"' in html and 'id="page-1"' in html and 'id="page-2"' in html
    assert "a clinician" in html.lower()
    assert "<svg" in html and "data:image/png;base64," in html  # timeline and page pictures


def test_banner_names_each_unmet_criterion(html):
    banner = _between(html, 'class="recommendation', "</div>")
    assert "Refer to clinical reviewer: 2 criteria not met" in banner
    assert "Pain location (SIJ, non-radiating)" in banner
    assert "2 of 3 other provocative tests positive" in banner
    assert "Pain severity" not in banner  # met criteria are not named


def test_summary_names_every_failing_criterion_with_reason_and_request(html):
    summary = _between(html, '<section class="summary"', "</section>")
    rows = re.findall(r"<tr class=\"(\w+)\">(.*?)</tr>", summary, flags=re.S)
    assert [status for status, _ in rows] == ["not_met", "not_met", "insufficient"]
    location, _, hip = (row for _, row in rows)
    assert "Pain is documented as radiating: below the knee (2025-08-28)." in location
    assert "More text" not in location  # one line: the explanation's first sentence
    assert 'href="#criterion-perc.pain_location"' in location
    assert "Plain radiographs of the ipsilateral hip." in hip
    assert "Pain severity" not in summary


def test_criteria_are_grouped_failures_first(determination, html):
    order = [
        html.index(f'id="criterion-{c}"')
        for c in (
            "perc.pain_location",  # not met, in policy order
            "perc.two_provocative_tests",
            "perc.hip_imaging",  # insufficient
            "perc.pain_severity",  # met, in policy order
            "perc.active_conservative_therapy",
        )
    ]
    assert order == sorted(order)
    groups = re.findall(r'<h2 class="group (\w+)"[^>]*>([^<]*)</h2>', html)
    assert groups == [
        ("not_met", "Not met (2)"),
        ("insufficient", "Insufficient documentation (1)"),
        ("met", "Met (2)"),
    ]


def test_quotes_show_the_sentence_with_the_cited_span_emphasised(html):
    card = _between(html, 'id="criterion-perc.pain_severity"', "</section>")
    assert "She reports <mark>SI joint pain is 7/10</mark> today." in card
    assert "Office visit, 2025-08-28" in card
    assert 'href="#page-1">page 1</a>' in card


def test_table_row_is_quoted_under_its_header(html):
    card = _between(html, 'id="criterion-perc.active_conservative_therapy"', "</section>")
    assert '<span class="thead">Therapy | Start | End</span>' in card
    assert "physical therapy | <mark>11/01/2024</mark> | 03/31/2025" in card


def test_untitled_document_is_named_by_its_type(html):
    card = _between(html, 'id="criterion-perc.two_provocative_tests"', "</section>")
    assert "Office note, 2025-09-02" in card
    assert not re.search(r'class="src">\s*,', html)  # never a line starting ", <date>"


def test_page_highlights_are_numbered_with_a_legend_not_labelled(html):
    pages = html[html.index("Cited pages") :]
    svg = _between(pages, "<svg", "</svg>")
    assert "perc." not in re.sub(r"<title>.*?</title>", "", svg)  # no ids over the text
    numbers = re.findall(r'class="hlnum"[^>]*>([\d,]+)</text>', svg)
    assert numbers and all(n.replace(",", "").isdigit() for n in numbers)
    legend = _between(pages, '<ol class="marklegend">', "</ol>")
    assert "Pain severity (at least 5/10)" in legend and "Met</span>" in legend
    # every quote's mark number is one the page legend lists
    for number in re.findall(r'· mark <span class="marknum">(\d+)</span>', html):
        assert f'<li value="{number}">' in html


def test_request_warnings_are_on_top_and_page_warnings_below(html):
    top = _between(html, '<section class="notices"', "</section>")
    assert "request date inferred from the newest dated document" in top
    assert "no text layer" not in top
    assert html.index('<section class="notices"') < html.index('class="recommendation')
    other = html[html.index("<h2>Other warnings</h2>") :]
    assert "no text layer" in other
    assert html.index('class="recommendation') < html.index("<h2>Other warnings</h2>")


def test_timeline_explains_injections_without_relief(html):
    timeline = _between(html, '<div class="timeline">', "</div>")
    assert "?" not in re.sub(r"<title>.*?</title>", "", timeline)
    assert ">n/s</text>" in timeline and ">80%</text>" in timeline
    assert "no relief percentage stated" in html


def test_wording_is_one_mapping(html, tmp_path, determination, packet, packet_pdf):
    """The report and the index say a value the same way, from wording.json."""
    words = wording()
    label = words.determinations[DeterminationValue.does_not_meet_criteria].label
    assert label in html
    folder = tmp_path / determination.packet_id
    folder.mkdir()
    (folder / "determination.json").write_text(determination.model_dump_json())
    index = render_index(tmp_path)
    assert f">{label}</span>" in index
    assert "does_not_meet_criteria" not in index
    assert "Pain location (SIJ, non-radiating) (not met)" in index


def test_every_criterion_id_has_a_short_name():
    from policy import criterion_ids

    names = wording().criteria
    for procedure in ("percutaneous", "open"):
        missing = [cid for cid in criterion_ids(procedure) if cid not in names]
        assert missing == []


def test_warnings_come_before_the_criteria(html):
    """CONTRACT section 1: a conflict such as a ticked box against the CPT code is a
    warning at the top of the report, read before any criterion."""
    assert html.index('id="warnings"') < html.index('id="criterion-')
    assert html.index("no text layer") < html.index('id="criterion-')


def test_report_escapes_document_text(html):
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html and "{% raw %}" in html  # template syntax stays text


def test_report_is_self_contained_and_print_friendly(html):
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<script" not in html
    assert "@media print" in html and "break-inside: avoid" in html


def test_recommendation_wording_follows_determination(packet, packet_pdf):
    met = CriterionResult(
        id="perc.pain_severity",
        status=Status.met,
        explanation="7/10",
        evidence=(cite(1, "SI joint pain is 7/10"),),
    )
    approve = render_report(
        fixtures.determination((met,), DeterminationValue.meets_criteria), packet, packet_pdf
    )
    assert "Eligible for approval" in approve
    assert "Needs attention" not in approve
    gap = CriterionResult(id="perc.hip_imaging", status=Status.insufficient, explanation="none")
    more = render_report(
        fixtures.determination((met, gap), DeterminationValue.insufficient_documentation),
        packet,
        packet_pdf,
    )
    assert "Request more documentation: 1 criterion cannot be judged" in more
    assert "Ipsilateral hip radiographs" in _between(more, 'class="recommendation', "</div>")


def test_stale_offsets_quote_the_cited_text_alone(packet, packet_pdf):
    stale = cite(1, "SI joint pain is 7/10").model_copy(update={"start": 0, "end": 21})
    criterion = CriterionResult(
        id="perc.pain_severity", status=Status.met, explanation="7/10", evidence=(stale,)
    )
    html = render_report(
        fixtures.determination((criterion,), DeterminationValue.meets_criteria), packet, packet_pdf
    )
    card = _between(html, 'id="criterion-perc.pain_severity"', "</section>")
    assert "“<mark>SI joint pain is 7/10</mark>”" in card
    assert "OFFICE VISIT" not in card  # the text at the stale offsets is never shown
    assert "could not be matched" in card


def test_report_view_is_saved_beside_the_report(tmp_path, determination, packet, packet_pdf):
    report = write_report(determination, packet, tmp_path / "report.html", packet_path=packet_pdf)
    view = read_view(tmp_path)
    assert view is not None and view.packet_id == determination.packet_id
    assert [c.id for c in view.failing] == [
        "perc.pain_location",
        "perc.two_provocative_tests",
        "perc.hip_imaging",
    ]
    assert (tmp_path / VIEW_FILE).stat().st_mode & 0o077 == 0
    assert report.stat().st_mode & 0o077 == 0
    assert (
        json.loads((tmp_path / VIEW_FILE).read_text())["determination"] == "does_not_meet_criteria"
    )


def test_index_links_every_packet(tmp_path, determination, packet, packet_pdf):
    folder = tmp_path / determination.packet_id
    folder.mkdir()
    (folder / "determination.json").write_text(determination.model_dump_json())
    write_report(determination, packet, folder / "report.html", packet_path=packet_pdf)
    index = write_index(tmp_path)
    html = index.read_text()
    assert 'href="rpt-001/report.html"' in html
    assert "Refer to clinical reviewer" in html
    assert render_index(tmp_path) == html
    assert (folder / "report.html").stat().st_mode & 0o077 == 0  # owner-only


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _flags(profile: Path) -> list[str]:
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        f"--user-data-dir={profile}",
    ]


def _load(browser: str, page: Path, profile: Path) -> tuple[str, list[str]]:
    """The page's DOM after loading, and every console message Chromium logged for it.

    Chromium logs console output (console.error, uncaught exceptions) at INFO with a
    CONSOLE tag; the report has no script, so any such line is a fault.
    """
    run = subprocess.run(
        [
            browser,
            *_flags(profile),
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout, [line for line in run.stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def browser() -> str:
    found = _chromium()
    if found is None:
        pytest.skip("Chromium is not installed (make test installs it with apt-get where it can)")
    return found


@pytest.mark.browser
def test_console_check_catches_a_page_that_logs_errors(tmp_path, browser):
    """The console check below can fail: a page with a script error is caught."""
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><script>console.error('x'); missingFn();</script></body></html>")
    _, messages = _load(browser, broken, tmp_path / "profile")
    assert len(messages) >= 2


@pytest.mark.browser
def test_report_opens_in_headless_chromium(tmp_path, browser, determination, packet, packet_pdf):
    report = write_report(determination, packet, tmp_path / "report.html", packet_path=packet_pdf)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "report-screenshot.png"
    screenshot.unlink(missing_ok=True)
    shot = subprocess.run(
        [
            browser,
            *_flags(tmp_path / "profile"),
            "--window-size=1000,2400",
            f"--screenshot={screenshot}",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.exists() and screenshot.stat().st_size > 10_000
    dom, messages = _load(browser, report, tmp_path / "profile")
    assert "perc.two_provocative_tests" in dom
    assert messages == []
