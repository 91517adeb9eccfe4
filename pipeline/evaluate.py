"""`authreview evaluate`: run labelled records through the `process` path and score them.

Writes ``metrics.json`` and ``metrics.md`` (every disagreement as a row) to the output
folder. A record whose packet cannot be read counts as an error, never a skip. With a
baseline file, ``check_gate`` says whether accuracy regressed or any false
``meets_criteria`` appeared.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pipeline.labels import Labels, labelled_records, read_labels
from pipeline.metrics import confusion_matrix, fact_scores, status_scores
from pipeline.models import Determination, DeterminationValue


class RecordOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    record: str
    labels: Labels
    determination: Determination | None
    error: str | None = None


def run_records(
    records_dir: Path, out_dir: Path, *, workers: int = 1, packets_dir: Path | None = None
) -> list[RecordOutcome]:
    """Process every labelled record exactly as `authreview process` does."""
    from pipeline.parallel import PacketFailure, process_packets

    records = labelled_records(records_dir, packets_dir)
    processed = process_packets([r.packet for r in records], out_dir / "records", workers=workers)
    outcomes = []
    for record, (_, outcome) in zip(records, processed, strict=True):
        failed = isinstance(outcome, PacketFailure)
        outcomes.append(
            RecordOutcome(
                record=record.name,
                labels=read_labels(record.labels_file),
                determination=None if failed else outcome,
                error=f"{outcome.code}: {outcome.reason}" if failed else None,
            )
        )
    return outcomes


def compute_metrics(outcomes: list[RecordOutcome]) -> dict:
    """Every metric of CONTRACT section 5 and issue 7, as plain JSON-able data."""
    scored = [(o.record, o.labels, o.determination) for o in outcomes if o.determination]
    determinations_right = sum(
        1
        for o in outcomes
        if o.determination and o.determination.determination == o.labels.determination
    )
    false_meets = [
        o.record
        for o in outcomes
        if o.determination
        and o.determination.determination is DeterminationValue.meets_criteria
        and o.labels.determination is not DeterminationValue.meets_criteria
    ]
    statuses = status_scores(scored)
    facts = fact_scores((labels, det) for _, labels, det in scored)
    return {
        "records": len(outcomes),
        "errors": {o.record: o.error for o in outcomes if o.error},
        "determination_accuracy": round(determinations_right / len(outcomes), 4)
        if outcomes
        else None,
        "confusion_matrix": confusion_matrix(
            (o.labels.determination, o.determination.determination if o.determination else None)
            for o in outcomes
        ),
        "false_meets_criteria": len(false_meets),
        "false_meets_records": false_meets,
        "criterion_status_accuracy": statuses["criterion_status_accuracy"],
        "per_criterion_accuracy": statuses["per_criterion_accuracy"],
        "per_status": statuses["per_status"],
        "evidence_hit_rate": statuses["evidence_hit_rate"],
        "evidence_gold_criteria": statuses["evidence_gold_criteria"],
        "facts": {kind: pr.summary() for kind, pr in facts.items()},
        "disagreements": [d.model_dump() for d in statuses["disagreements"]],
        "review_overrides": override_rates([o.labels for o in outcomes]),
    }


def override_rates(labels: list[Labels]) -> dict | None:
    """How often reviewers overrode the pipeline, per criterion, over the records that
    carry review provenance (labels exported from the review app); None when no record
    does. The pipeline compared is the one the reviewer saw, named in the provenance."""
    reviewed = [label.review for label in labels if label.review is not None]
    if not reviewed:
        return None
    counts: dict[str, list[int]] = {}
    for review in reviewed:
        for criterion_id in review.pipeline_statuses:
            seen = counts.setdefault(criterion_id, [0, 0])
            seen[0] += 1
            seen[1] += int(criterion_id in review.overridden)
    total = sum(seen for seen, _ in counts.values())
    overridden = sum(over for _, over in counts.values())
    return {
        "records": len(reviewed),
        "override_rate": round(overridden / total, 4) if total else None,
        "per_criterion": {
            criterion_id: {
                "reviewed": seen,
                "overridden": over,
                "rate": round(over / seen, 4),
            }
            for criterion_id, (seen, over) in sorted(counts.items())
        },
    }


def render_markdown(metrics: dict) -> str:
    """A readable report: headline figures, confusion matrix, per criterion, disagreements."""
    lines = [
        "# authreview evaluation",
        "",
        f"- records: {metrics['records']} (errors: {len(metrics['errors'])})",
        f"- determination accuracy: {metrics['determination_accuracy']}",
        f"- criterion status accuracy: {metrics['criterion_status_accuracy']}",
        f"- evidence hit rate (gold met/not_met): {metrics['evidence_hit_rate']}",
        f"- false meets_criteria: {metrics['false_meets_criteria']}",
        "",
        "## Confusion matrix (rows gold, columns predicted)",
        "",
    ]
    columns = list(next(iter(metrics["confusion_matrix"].values())).keys())
    lines.append("| gold \\ predicted | " + " | ".join(columns) + " |")
    lines.append("|---" * (len(columns) + 1) + "|")
    for gold, row in metrics["confusion_matrix"].items():
        lines.append(f"| {gold} | " + " | ".join(str(row[c]) for c in columns) + " |")
    lines += ["", "## Per criterion", "", "| criterion | accuracy |", "|---|---|"]
    lines += [f"| {cid} | {acc} |" for cid, acc in metrics["per_criterion_accuracy"].items()]
    lines += [
        "",
        "## Facts",
        "",
        "| kind | tp | fp | fn | precision | recall | f1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, s in metrics["facts"].items():
        lines.append(
            f"| {kind} | {s['tp']} | {s['fp']} | {s['fn']} "
            f"| {s['precision']} | {s['recall']} | {s['f1']} |"
        )
    lines += [
        "",
        "## Disagreements",
        "",
        "| record | criterion | gold | predicted | explanation | cited |",
        "|---|---|---|---|---|---|",
    ]
    for d in metrics["disagreements"]:
        cited = "; ".join(d["cited"]).replace("|", "/")
        explanation = d["explanation"].replace("|", "/")
        lines.append(
            f"| {d['record']} | {d['criterion']} | {d['gold']} | {d['predicted']} "
            f"| {explanation} | {cited} |"
        )
    overrides = metrics.get("review_overrides")
    if overrides:
        lines += [
            "",
            f"## Reviewer overrides ({overrides['records']} reviewed records, "
            f"overall rate {overrides['override_rate']})",
            "",
            "| criterion | reviewed | overridden | rate |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {cid} | {row['reviewed']} | {row['overridden']} | {row['rate']} |"
            for cid, row in overrides["per_criterion"].items()
        ]
    if metrics["errors"]:
        lines += ["", "## Unreadable records", ""]
        lines += [f"- {record}: {error}" for record, error in metrics["errors"].items()]
    return "\n".join(lines) + "\n"


class Baseline(BaseModel):
    """The committed regression gate: raise these as accuracy improves."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    determination_accuracy: float
    criterion_status_accuracy: float


def check_gate(metrics: dict, baseline: Baseline) -> list[str]:
    """Reasons the gate fails (empty when it passes)."""
    failures = []
    if metrics["false_meets_criteria"]:
        failures.append(
            f"{metrics['false_meets_criteria']} false meets_criteria result(s): "
            + ", ".join(metrics["false_meets_records"])
        )
    if metrics["errors"]:
        failures.append(f"{len(metrics['errors'])} record(s) could not be processed")
    for name in ("determination_accuracy", "criterion_status_accuracy"):
        value = metrics[name] or 0.0
        floor = getattr(baseline, name)
        if value + 1e-9 < floor:
            failures.append(f"{name} {value} fell below the baseline {floor}")
    return failures


def run_evaluation(
    records_dir: Path, out_dir: Path, *, workers: int = 1, packets_dir: Path | None = None
) -> dict:
    """Process, score, write metrics.json and metrics.md; return the metrics."""
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    metrics = compute_metrics(
        run_records(records_dir, out_dir, workers=workers, packets_dir=packets_dir)
    )
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    (out_dir / "metrics.md").write_text(render_markdown(metrics), encoding="utf-8")
    return metrics
