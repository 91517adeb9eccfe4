"""The reviewer report: complete, escaped, self-contained, and readable in a real browser."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.charmap import pack_boxes
from pipeline.models import (
    CriterionResult,
    Determination,
    DeterminationValue,
    Document,
    DocumentType,
    Evidence,
    Injection,
    Packet,
    Page,
    PolicyRef,
    Procedure,
    RequestMetadata,
    Status,
    TherapyEpisode,
)
from pipeline.report import render_index, render_report, write_index, write_report

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def packet_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("helvetica", size=11)
    for line_set in (
        ["Right SI joint pain is 7/10 today.", HOSTILE],
        ["FABER positive on the right."],
    ):
        pdf.add_page()
        for line in line_set:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path_factory.mktemp("report") / "rpt-001.pdf"
    pdf.output(str(path))
    return path


def _evidence(page: int, text: str, top: float) -> Evidence:
    return Evidence(
        document="rpt-001.pdf",
        page=page,
        start=0,
        end=len(text),
        bbox=(72.0, top, 260.0, top + 10),
        text=text,
        rule_id="test",
    )


def _page(number: int) -> Page:
    return Page(
        number=number,
        file="rpt-001.pdf",
        file_page=number,
        width=612,
        height=792,
        text="x",
        char_boxes=pack_boxes([None]),
    )


def _determination(criteria: list[CriterionResult], value: DeterminationValue) -> Determination:
    return Determination(
        packet_id="rpt-001",
        packet_sha256="a" * 64,
        policy=PolicyRef(id="MP-MM-1366", effective=dt.date(2025, 8, 1), version="2025.08"),
        procedure=Procedure.percutaneous,
        request_date=dt.date(2025, 9, 15),
        determination=value,
        criteria=tuple(criteria),
        facts=(
            TherapyEpisode(
                modality="physical_therapy",
                start=dt.date(2024, 11, 1),
                end=dt.date(2025, 3, 31),
                evidence=(_evidence(1, "PT", 100),),
            ),
            TherapyEpisode(
                modality="nsaid",
                start=dt.date(2025, 1, 1),
                end=dt.date(2025, 9, 1),
                evidence=(_evidence(1, "naproxen", 120),),
            ),
            Injection(
                joint="sij",
                date=dt.date(2025, 6, 3),
                relief_percent=80,
                evidence=(_evidence(2, "80% relief", 140),),
            ),
        ),
        documents=(
            Document(
                id="doc-01",
                type=DocumentType.office_note,
                title="Office visit",
                date=dt.date(2025, 8, 28),
                file="rpt-001.pdf",
                first_page=1,
                last_page=1,
            ),
            Document(
                id="doc-02",
                type=DocumentType.office_note,
                title="Follow-up",
                date=dt.date(2025, 9, 2),
                file="rpt-001.pdf",
                first_page=2,
                last_page=2,
            ),
        ),
        warnings=("page 3 of rpt-001.pdf has no text layer (image only); OCR needed",),
        versions={"pipeline": "0.1.0", "policy": "2025.08"},
    )


@pytest.fixture(scope="module")
def determination() -> Determination:
    return _determination(
        [
            CriterionResult(
                id="perc.pain_severity",
                status=Status.met,
                explanation="Most recent SIJ pain score before the request: 7/10.",
                evidence=(_evidence(1, "SI joint pain is 7/10 today", 72),),
                description="SIJ pain at least 5/10",
                policy_section="I.B.2",
            ),
            CriterionResult(
                id="perc.two_provocative_tests",
                status=Status.not_met,
                explanation=f"Only 1 positive test. {HOSTILE}",
                evidence=(_evidence(2, "FABER positive", 72), _evidence(1, HOSTILE, 90)),
            ),
            CriterionResult(
                id="perc.hip_imaging",
                status=Status.insufficient,
                explanation="No hip radiographs.",
                request_documentation="Plain radiographs of the ipsilateral hip.",
            ),
        ],
        DeterminationValue.does_not_meet_criteria,
    )


@pytest.fixture(scope="module")
def packet() -> Packet:
    return Packet(
        id="rpt-001",
        sha256="a" * 64,
        files=(),
        pages=(_page(1), _page(2)),
        documents=(),
        request=RequestMetadata(member_id="CS000111", procedure_codes=("27279",), side="right"),
    )


def test_report_lists_every_criterion_and_quote_with_its_page(determination, packet, packet_pdf):
    html = render_report(determination, packet, packet_pdf)
    for criterion in determination.criteria:
        assert f'id="criterion-{criterion.id}"' in html
    assert "SI joint pain is 7/10 today" in html
    assert 'href="#page-1"' in html and 'id="page-1"' in html and 'id="page-2"' in html
    assert "Refer to clinical reviewer: 1 criteria not met" in html
    assert "a clinician" in html.lower()
    assert "Plain radiographs of the ipsilateral hip." in html  # documentation to request
    assert "no text layer" in html  # warnings shown
    assert "<svg" in html and "data:image/png;base64," in html  # timeline and page pictures


def test_warnings_come_before_the_criteria(determination, packet, packet_pdf):
    """CONTRACT section 1: a conflict such as a ticked box against the CPT code is a
    warning at the top of the report, read before any criterion."""
    html = render_report(determination, packet, packet_pdf)
    assert html.index('id="warnings"') < html.index('id="criterion-')
    assert html.index("no text layer") < html.index('id="criterion-')


def test_report_escapes_document_text(determination, packet, packet_pdf):
    html = render_report(determination, packet, packet_pdf)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html


def test_report_is_self_contained(determination, packet, packet_pdf):
    html = render_report(determination, packet, packet_pdf)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<script" not in html


def test_recommendation_wording_follows_determination(packet, packet_pdf):
    met = CriterionResult(
        id="perc.pain_severity",
        status=Status.met,
        explanation="7/10",
        evidence=(_evidence(1, "SI joint pain is 7/10 today", 72),),
    )
    approve = render_report(
        _determination([met], DeterminationValue.meets_criteria), packet, packet_pdf
    )
    assert "Eligible for approval" in approve
    gap = CriterionResult(id="perc.hip_imaging", status=Status.insufficient, explanation="none")
    more = render_report(
        _determination([met, gap], DeterminationValue.insufficient_documentation),
        packet,
        packet_pdf,
    )
    assert "Request additional documentation" in more


def test_index_links_every_packet(tmp_path, determination, packet, packet_pdf):
    folder = tmp_path / determination.packet_id
    folder.mkdir()
    (folder / "determination.json").write_text(determination.model_dump_json())
    write_report(determination, packet, folder / "report.html", packet_path=packet_pdf)
    index = write_index(tmp_path)
    html = index.read_text()
    assert 'href="rpt-001/report.html"' in html
    assert "does_not_meet_criteria" in html
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
    ARTIFACTS.mkdir(exist_ok=True)
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
