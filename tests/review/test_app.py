"""The review app over HTTP: queue and filters, per-criterion decisions and overrides,
the packet decision, re-runs compared with decisions, hostile text, tokens and CSRF."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

from pipeline.models import Status
from pipeline.outputs import DETERMINATION_FILE
from pipeline.review.app import create_app
from pipeline.review.queue import packet_key
from pipeline.review.store import REVIEW_STORE_FILE, ReviewStore
from tests.review.conftest import LOOPBACK, csrf_of, sign_in

KEY = packet_key("rpt-001")


def _decide(client, token, criterion, **fields):
    data = {"csrf": token, **fields}
    return client.post(f"/p/{KEY}/criteria/{criterion}", data=data, follow_redirects=False)


def test_queue_lists_packets_in_reviewer_words_and_filters_them(client):
    html = client.get("/").text
    assert f'href="/p/{KEY}"' in html
    assert "Refer to clinical reviewer" in html and "Not reviewed" in html
    assert "rpt-001" not in re.findall(r'href="([^"]+)"', html)[-1]  # ids never in URLs
    for query, listed in [
        ("recommendation=meets_criteria", False),
        ("recommendation=does_not_meet_criteria", True),
        ("state=decided", False),
        ("state=unreviewed", True),
        ("date_from=2025-09-01&date_to=2025-09-30", True),
        ("date_from=2025-10-01", False),
    ]:
        assert (f'href="/p/{KEY}"' in client.get(f"/?{query}").text) is listed, query


def test_packet_page_shows_the_report_view_with_a_form_per_criterion(client, reviewed):
    _, determination = reviewed
    html = client.get(f"/p/{KEY}").text
    for criterion in determination.criteria:
        assert f'action="/p/{KEY}/criteria/{criterion.id}"' in html
    assert "She reports <mark>SI joint pain is 7/10</mark> today." in html
    assert f'href="/p/{KEY}/report#page-1"' in html
    assert html.index("criterion-perc.pain_location") < html.index("criterion-perc.pain_severity")


def test_agree_and_override_are_stored_with_an_audit_trail(client, reviewed):
    out, _ = reviewed
    token = sign_in(client)
    assert (
        _decide(client, token, "perc.pain_severity", choice="agree", confirm="0").status_code == 303
    )
    refused = _decide(client, token, "perc.pain_location", choice="met", confirm="0")
    assert refused.status_code == 422 and "Give a reason for the override." in refused.text
    overridden = _decide(
        client,
        token,
        "perc.pain_location",
        choice="met",
        confirm="0",
        reason="The leg pain is from the knee replacement, documented on page 1.",
    )
    assert overridden.status_code == 303

    store = ReviewStore(out)
    decisions = store.criteria("rpt-001")
    assert decisions["perc.pain_severity"].status is Status.met
    assert decisions["perc.pain_severity"].evidence == ("SI joint pain is 7/10",)
    location = decisions["perc.pain_location"]
    assert (location.pipeline_status, location.status) == (Status.not_met, Status.met)
    assert location.reviewer == "Dr. Rivera" and location.overridden
    audit = store.audit("rpt-001")
    assert [(a.target, a.action) for a in audit] == [
        ("criterion:perc.pain_severity", "decided"),
        ("criterion:perc.pain_location", "decided"),
    ]
    assert audit[1].pipeline_version == "0.1.0" and audit[1].policy_version == "2025.08"
    page = client.get(f"/p/{KEY}").text
    assert "overrode Not met: The leg pain is from the knee replacement" in page


def test_met_needs_evidence_unless_an_exclusion_met_on_silence(client):
    token = sign_in(client)
    refused = _decide(client, token, "perc.pain_severity", choice="agree")  # nothing confirmed
    assert refused.status_code == 422 and "Confirm a quote or type the words" in refused.text
    typed = _decide(client, token, "perc.pain_severity", choice="agree", typed="7/10 today")
    assert typed.status_code == 303
    insufficient = _decide(
        client, token, "perc.hip_imaging", choice="not_met", reason="films read as severe OA"
    )
    assert insufficient.status_code == 422  # not met needs its evidence too


def test_packet_decision_follows_the_criterion_decisions(client, reviewed):
    out, _ = reviewed
    token = sign_in(client)
    undecided = client.post(
        f"/p/{KEY}/decision", data={"csrf": token, "determination": "does_not_meet_criteria"}
    )
    assert undecided.status_code == 422 and "Decide every criterion first" in undecided.text
    wrong = client.post(
        f"/p/{KEY}/decision",
        data={"csrf": token, "determination": "meets_criteria", "agree_rest": "1"},
    )
    assert wrong.status_code == 422 and "decisions give “Refer to clinical reviewer”" in wrong.text
    assert ReviewStore(out).criteria("rpt-001") == {}  # a refused form stores nothing
    done = client.post(
        f"/p/{KEY}/decision",
        data={
            "csrf": token,
            "determination": "does_not_meet_criteria",
            "agree_rest": "1",
            "notes": "Agree: radiating pain.",
        },
        follow_redirects=False,
    )
    assert done.status_code == 303
    store = ReviewStore(out)
    decision = store.packet("rpt-001")
    assert decision.reviewer == "Dr. Rivera" and decision.notes == "Agree: radiating pain."
    assert len(store.criteria("rpt-001")) == 5
    assert "Decided" in client.get("/").text
    # a later override that changes the packet's answer withdraws the packet decision
    _decide(client, token, "perc.pain_location", choice="met", confirm="0", reason="r1")
    _decide(client, token, "perc.two_provocative_tests", choice="met", confirm="0", reason="r2")
    _decide(client, token, "perc.hip_imaging", choice="met", typed="hip films normal", reason="r3")
    assert store.packet("rpt-001") is None
    trail = [(a.target, a.action) for a in store.audit("rpt-001")]
    # withdrawn when the second override made the criteria give another answer
    assert trail[-3:] == [
        ("criterion:perc.two_provocative_tests", "changed"),
        ("packet", "withdrawn"),
        ("criterion:perc.hip_imaging", "changed"),
    ]


def test_a_rerun_keeps_decisions_and_shows_where_the_output_now_disagrees(client, reviewed):
    out, _ = reviewed
    token = sign_in(client)
    _decide(client, token, "perc.pain_severity", choice="agree", confirm="0")
    rerun = json.loads((out / "rpt-001" / DETERMINATION_FILE).read_text())
    for criterion in rerun["criteria"]:
        if criterion["id"] == "perc.pain_severity":
            criterion["status"] = "insufficient"
    (out / "rpt-001" / DETERMINATION_FILE).write_text(json.dumps(rerun))

    page = client.get(f"/p/{KEY}").text
    assert "Reviewer decision: Met" in page
    assert "it said Met, now Insufficient documentation" in page
    assert "disagrees with the reviewer's decision" in page
    assert "output disagrees on 1" in client.get("/").text
    assert f'href="/p/{KEY}"' in client.get("/?state=disagrees").text


def test_hostile_document_text_stays_inert_in_the_app(client):
    for path in (f"/p/{KEY}", f"/p/{KEY}/report", "/"):
        response = client.get(path)
        assert "<script" not in response.text.lower() and "<img" not in response.text.lower()
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
    page = client.get(f"/p/{KEY}").text
    assert "&lt;script&gt;" in page and "{{ 7*7 }}" in page and "{% raw %}" in page


def test_forms_without_the_session_csrf_token_are_refused(client, reviewed):
    out, _ = reviewed
    sign_in(client)
    forged = _decide(client, "not-the-token", "perc.pain_severity", choice="agree", confirm="0")
    assert forged.status_code == 403
    other = TestClient(create_app(out), base_url=LOOPBACK)  # another session's token
    assert (
        _decide(
            other,
            csrf_of(client.get("/session").text),
            "perc.pain_severity",
            choice="agree",
            confirm="0",
        ).status_code
        == 403
    )
    assert ReviewStore(out).criteria("rpt-001") == {}


def test_loopback_app_refuses_other_host_names(reviewed):
    out, _ = reviewed
    app = create_app(out)
    assert TestClient(app, base_url="http://attacker.example").get("/").status_code == 400
    assert TestClient(app, base_url="http://localhost:8765").get("/").status_code == 200


def test_token_is_required_on_every_request_when_set(reviewed):
    out, _ = reviewed
    secret = "s3cret-token-for-tests-0123456789"
    app = create_app(out, token=secret, loopback_only=False)
    anonymous = TestClient(app, base_url="http://10.9.8.7:8765")
    first = anonymous.get("/", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/session"
    assert anonymous.get(f"/p/{KEY}/report", follow_redirects=False).status_code == 303
    assert anonymous.post(f"/p/{KEY}/decision", data={}).status_code == 401
    token = csrf_of(anonymous.get("/session").text)
    wrong = anonymous.post("/session", data={"csrf": token, "token": "guess", "reviewer": "x"})
    assert wrong.status_code == 401
    assert anonymous.get("/", follow_redirects=False).status_code == 303
    anonymous.post("/session", data={"csrf": token, "token": secret, "reviewer": "Dr. Lee"})
    assert anonymous.get("/").status_code == 200
    scripted = TestClient(app, base_url="http://10.9.8.7:8765")
    headers = {"Authorization": f"Bearer {secret}"}
    assert scripted.get("/", headers=headers, follow_redirects=False).status_code == 200


def test_audit_trail_is_append_only_and_the_store_owner_only(client, reviewed):
    out, _ = reviewed
    token = sign_in(client)
    _decide(client, token, "perc.pain_severity", choice="agree", confirm="0")
    path = out / REVIEW_STORE_FILE
    assert path.stat().st_mode & 0o077 == 0
    with sqlite3.connect(path) as conn:
        for statement in ("UPDATE audit SET reviewer = 'someone else'", "DELETE FROM audit"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(statement)
    assert len(ReviewStore(out).audit()) == 1


def test_review_refuses_to_start_beyond_loopback_without_a_token(reviewed, monkeypatch, capsys):
    from pipeline.cli import main
    from pipeline.review.security import TOKEN_ENV

    out, _ = reviewed
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    assert main(["review", "--out", str(out), "--host", "0.0.0.0"]) == 2
    assert "will not start" in capsys.readouterr().err
    monkeypatch.setenv(TOKEN_ENV, "short")
    assert main(["review", "--out", str(out), "--host", "192.0.2.10"]) == 2
    assert "at least 16 characters" in capsys.readouterr().err
