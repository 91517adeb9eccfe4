"""Closing the loop: decided packets become labelled records equal to what the reviewer
set, and evaluation counts the reviewer's overrides as disagreements."""

from __future__ import annotations

import json

from pipeline.evaluate import RecordOutcome, compute_metrics, override_rates, render_markdown
from pipeline.labels import labelled_records, read_labels
from pipeline.models import DeterminationValue, Status
from pipeline.review.export import export_labels
from pipeline.review.queue import packet_key
from pipeline.review.store import ReviewStore
from tests.review.conftest import sign_in

KEY = packet_key("rpt-001")


def _review(client, *, override: bool = True) -> None:
    token = sign_in(client, "Dr. Okafor")
    if override:
        response = client.post(
            f"/p/{KEY}/criteria/perc.pain_location",
            data={
                "csrf": token,
                "choice": "met",
                "confirm": "0",
                "typed": "buttock pain",
                "reason": "The leg symptom is from a separate knee problem.",
            },
            follow_redirects=False,
        )
        assert response.status_code == 303
    response = client.post(
        f"/p/{KEY}/decision",
        data={"csrf": token, "determination": "does_not_meet_criteria", "agree_rest": "1"},
        follow_redirects=False,
    )
    assert response.status_code == 303


def test_exported_labels_equal_what_the_reviewer_set(client, reviewed, tmp_path):
    out, determination = reviewed
    _review(client)
    records = tmp_path / "records"

    result = export_labels(out, records)

    assert result.written == ["rpt-001"] and result.skipped == []
    (record,) = labelled_records(records)
    labels = read_labels(record.labels_file)
    decisions = ReviewStore(out).criteria("rpt-001")
    assert {cid: gold.status for cid, gold in labels.criteria.items()} == {
        cid: decision.status for cid, decision in decisions.items()
    }
    location = labels.criteria["perc.pain_location"]
    assert location.status is Status.met
    assert location.evidence == ("down the back of the leg to the ankle", "buttock pain")
    assert labels.criteria["perc.hip_imaging"].evidence == ()
    assert labels.determination is DeterminationValue.does_not_meet_criteria
    review = labels.review
    assert review.reviewer == "Dr. Okafor" and review.overridden == ("perc.pain_location",)
    assert review.reasons == {
        "perc.pain_location": "The leg symptom is from a separate knee problem."
    }
    assert review.pipeline_statuses["perc.pain_location"] is Status.not_met
    assert review.packet_sha256 == determination.packet_sha256
    assert record.packet.read_bytes() == (tmp_path / "packets" / "rpt-001.pdf").read_bytes()
    for path in (record.packet, record.labels_file):
        assert path.stat().st_mode & 0o077 == 0
    assert json.loads(record.labels_file.read_text())["review"]["pipeline_version"] == "0.1.0"


def test_evaluation_counts_overrides_as_disagreements(client, reviewed, tmp_path):
    out, determination = reviewed
    _review(client)
    export_labels(out, tmp_path / "records")
    (record,) = labelled_records(tmp_path / "records")
    labels = read_labels(record.labels_file)

    metrics = compute_metrics(
        [RecordOutcome(record="rpt-001", labels=labels, determination=determination)]
    )

    assert [(d["criterion"], d["gold"], d["predicted"]) for d in metrics["disagreements"]] == [
        ("perc.pain_location", "met", "not_met")
    ]
    assert metrics["criterion_status_accuracy"] == 0.8
    overrides = metrics["review_overrides"]
    assert overrides["records"] == 1 and overrides["override_rate"] == 0.2
    assert overrides["per_criterion"]["perc.pain_location"] == {
        "reviewed": 1,
        "overridden": 1,
        "rate": 1.0,
    }
    assert overrides["per_criterion"]["perc.pain_severity"]["rate"] == 0.0
    assert "## Reviewer overrides (1 reviewed records, overall rate 0.2)" in render_markdown(
        metrics
    )


def test_override_rate_is_absent_without_review_provenance():
    from tests.conftest import SAMPLE_RECORDS

    labels = [read_labels(p) for p in sorted(SAMPLE_RECORDS.glob("*.labels.json"))[:3]]
    assert override_rates(labels) is None


def test_undecided_or_changed_packets_are_not_exported(client, reviewed, tmp_path):
    out, _ = reviewed
    assert export_labels(out, tmp_path / "none").written == []  # nothing decided yet
    _review(client, override=False)
    packet = tmp_path / "packets" / "rpt-001.pdf"
    packet.write_bytes(packet.read_bytes() + b"\n% edited after the review\n")

    result = export_labels(out, tmp_path / "records")

    assert result.written == []
    assert result.skipped == [("rpt-001", "the packet file changed since the review")]
