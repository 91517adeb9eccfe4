"""The whole loop in a real browser: process a sample packet, start `authreview review`
on a free loopback port, review it in headless Chromium (agree with one criterion,
override another with a reason, record the packet decision), export the labels and
evaluate the pipeline against them. Screenshots go to out/test-artifacts/.

Chromium is Debian's (/usr/bin/chromium, installed by tools/install_system_deps.sh),
driven by Playwright for Python; `playwright install` is never run (it downloads a
browser). Skips with a message only where no Chromium can be found.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.conftest import REPO_ROOT, SAMPLE_RECORDS
from tests.report import fixtures
from tests.review.conftest import write_output

ARTIFACTS = REPO_ROOT / "out" / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SAMPLE = "sij-004"  # percutaneous, one criterion not met (pain location), one insufficient
OVERRIDE_REASON = "Leg symptoms are from the knee; the SIJ pain itself does not radiate."


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser_path() -> str:
    found = _chromium()
    if found is None:
        pytest.skip("Chromium is not installed (make test installs it with apt-get where it can)")
    pytest.importorskip("playwright", reason="playwright is not installed (pip install .[dev])")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_app(out: Path, port: int) -> subprocess.Popen:
    """`authreview review` as a user starts it, in its own process group."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "review", "--out", str(out), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"review app exited: {process.stderr.read()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/session", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise AssertionError("review app did not start within 60 s")


def _stop(process: subprocess.Popen) -> str:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        _, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, err = process.communicate()
    return err


@pytest.mark.browser
@pytest.mark.slow
def test_review_override_export_evaluate_in_chromium(tmp_path, nlp, browser_path):
    from playwright.sync_api import sync_playwright

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLE_RECORDS / f"{SAMPLE}.pdf", inbox / f"{SAMPLE}.pdf")
    out = tmp_path / "out"
    assert main(["process", str(inbox / f"{SAMPLE}.pdf"), "--out", str(out), "--workers", "1"]) == 0
    hostile_pdf = fixtures.write_packet_pdf(tmp_path / "hostile" / "rpt-001.pdf")
    write_output(out, hostile_pdf, fixtures.determination())  # <script> and {{ }} in its text
    pipeline_said = {
        c["id"]: c["status"]
        for c in json.loads((out / SAMPLE / "determination.json").read_text())["criteria"]
    }
    assert pipeline_said["perc.pain_location"] == "not_met"  # the criterion we override

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    app = _start_app(out, port)
    base = f"http://127.0.0.1:{port}"
    dialogs: list[str] = []
    console_errors: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 1000})
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.on(
                "console",
                lambda message: (
                    console_errors.append(message.text) if message.type == "error" else None
                ),
            )

            page.goto(f"{base}/")
            assert page.get_by_role("link", name=SAMPLE).is_visible()
            assert "Refer to clinical reviewer" in page.inner_text("table.queue")
            page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)

            # Hostile document text is shown as text, and nothing runs.
            page.get_by_role("link", name="rpt-001").click()
            assert '<script>alert("x")</script>' in page.inner_text("body")
            assert "{{ 7*7 }}" in page.inner_text("body")

            page.goto(f"{base}/session")
            page.fill("input[name=reviewer]", "Dr. Test Reviewer")
            page.click("button[type=submit]")
            page.get_by_role("link", name=SAMPLE).click()
            page.screenshot(path=str(ARTIFACTS / "review-packet.png"), full_page=True)

            severity = page.locator('form[action$="/criteria/perc.pain_severity"]')
            severity.locator("input[name=choice][value=agree]").check()
            severity.locator("button[type=submit]").click()
            assert "Reviewer decision: Met" in page.inner_text("#criterion-perc\\.pain_severity")

            location = page.locator('form[action$="/criteria/perc.pain_location"]')
            location.locator("input[name=choice][value=met]").check()
            location.locator("button[type=submit]").click()  # no reason: refused
            assert "Give a reason for the override." in page.inner_text(
                "#criterion-perc\\.pain_location"
            )
            location = page.locator('form[action$="/criteria/perc.pain_location"]')
            location.locator("input[name=choice][value=met]").check()
            location.locator("textarea[name=reason]").fill(OVERRIDE_REASON)
            location.locator("button[type=submit]").click()
            card = page.inner_text("#criterion-perc\\.pain_location")
            assert "Reviewer decision: Met" in card and "overrode Not met" in card

            decision = page.locator("#decision form")
            decision.locator("input[name=determination][value=meets_criteria]").check()
            decision.locator("button[type=submit]").click()  # the insufficient one disagrees
            assert "Your criterion decisions give" in page.inner_text("#decision")
            decision = page.locator("#decision form")
            decision.locator("input[name=determination][value=insufficient_documentation]").check()
            decision.locator("textarea[name=notes]").fill("Ask for the palpation exam.")
            decision.locator("button[type=submit]").click()
            recorded = page.inner_text("#decision")
            assert "Request more documentation — Dr. Test Reviewer" in recorded
            assert "criterion:perc.pain_location" in page.inner_text("table.audit")
            page.screenshot(path=str(ARTIFACTS / "review-decided.png"), full_page=True)

            page.goto(f"{base}/?state=decided")
            assert page.get_by_role("link", name=SAMPLE).is_visible()
            assert page.get_by_role("link", name="rpt-001").count() == 0
            browser.close()
    finally:
        server_log = _stop(app)
    refused_forms = "the server responded with a status of 422"  # the two refusals above
    assert dialogs == [] and [e for e in console_errors if refused_forms not in e] == []
    assert SAMPLE not in server_log and "GET /" not in server_log  # no access log

    records = tmp_path / "records"
    assert main(["export-labels", "--out", str(out), "--to", str(records)]) == 0
    labels = json.loads((records / f"{SAMPLE}.labels.json").read_text())
    assert (records / f"{SAMPLE}.pdf").read_bytes() == (inbox / f"{SAMPLE}.pdf").read_bytes()
    expected = dict(pipeline_said, **{"perc.pain_location": "met"})
    assert {cid: c["status"] for cid, c in labels["criteria"].items()} == expected
    assert labels["determination"] == "insufficient_documentation"
    assert labels["review"]["overridden"] == ["perc.pain_location"]
    assert labels["review"]["reasons"] == {"perc.pain_location": OVERRIDE_REASON}
    assert labels["review"]["reviewer"] == "Dr. Test Reviewer"

    metrics_dir = tmp_path / "metrics"
    main(["evaluate", str(records), "--out", str(metrics_dir), "--workers", "1"])
    metrics = json.loads((metrics_dir / "metrics.json").read_text())
    assert [(d["criterion"], d["gold"], d["predicted"]) for d in metrics["disagreements"]] == [
        ("perc.pain_location", "met", "not_met")
    ]
    assert metrics["review_overrides"]["per_criterion"]["perc.pain_location"]["overridden"] == 1
    assert metrics["review_overrides"]["override_rate"] == round(1 / len(expected), 4)
    for name in ("review-queue.png", "review-packet.png", "review-decided.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000
