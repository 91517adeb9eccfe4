"""`authreview evaluate`: run labelled records through the `process` path and score them.

Writes ``metrics.json`` and ``metrics.md`` (every disagreement as a row) to the output
folder, owner-only: the disagreements quote the notes. A record whose packet cannot be
read, or whose labels file is malformed, counts as an error naming it, never a skip and
never the end of the run. With a baseline file, ``check_gate`` says whether accuracy
regressed or any false ``meets_criteria`` appeared.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.labels import LabelledRecord, Labels, labelled_records, read_labels
from pipeline.metrics import confusion_matrix, fact_scores, status_scores
from pipeline.models import Determination, DeterminationValue
from pipeline.outputs import ensure_private_dir, write_atomic, write_json_atomic


class RecordOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    record: str
    labels: Labels | None
    """None when the labels file itself is malformed (``error`` says how)."""
    determination: Determination | None
    error: str | None = None


def labels_or_error(record: LabelledRecord) -> Labels | str:
    """The record's labels, or why its labels file cannot grade it: the file and each
    problem's place and message (never the values, which quote the notes)."""
    try:
        return read_labels(record.labels_file)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'file'}: {error['msg']}"
            for error in exc.errors(include_input=False, include_url=False)
        )
        return f"labels file {record.labels_file} is invalid: {problems}"
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return f"labels file {record.labels_file} cannot be read ({type(exc).__name__})"


def run_records(
    records_dir: Path, out_dir: Path, *, workers: int = 1, packets_dir: Path | None = None
) -> list[RecordOutcome]:
    """Process every labelled record exactly as `authreview process` does."""
    from pipeline.parallel import PacketFailure, process_packets

    records = labelled_records(records_dir, packets_dir)
    labels = {record: labels_or_error(record) for record in records}
    gradable = [record for record in records if isinstance(labels[record], Labels)]
    runs = process_packets([r.packet for r in gradable], out_dir / "records", workers=workers)
    processed = {record: outcome for record, (_, outcome) in zip(gradable, runs, strict=True)}
    outcomes = []
    for record in records:
        gold = labels[record]
        if not isinstance(gold, Labels):
            outcomes.append(
                RecordOutcome(record=record.name, labels=None, determination=None, error=gold)
            )
            continue
        outcome = processed[record]
        failed = isinstance(outcome, PacketFailure)
        outcomes.append(
            RecordOutcome(
                record=record.name,
                labels=gold,
                determination=None if failed else outcome,
                error=f"{outcome.code}: {outcome.reason}" if failed else None,
            )
        )
    return outcomes


def compute_metrics(outcomes: list[RecordOutcome]) -> dict:
    """Every metric of CONTRACT section 5 and issue 7, as plain JSON-able data."""
    scored = [(o.record, o.labels, o.determination) for o in outcomes if o.determination]
    graded = [o for o in outcomes if o.labels is not None]
    determinations_right = sum(
        1
        for o in graded
        if o.determination and o.determination.determination == o.labels.determination
    )
    false_meets = [
        o.record
        for o in graded
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
            for o in graded
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
        "review_overrides": override_rates([o.labels for o in outcomes if o.labels]),
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


class FactFloor(BaseModel):
    """The least precision and recall one fact kind may score."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    precision: float
    recall: float


class Baseline(BaseModel):
    """The committed regression gate: raise these as accuracy improves. A figure left
    out is not gated (single real notes have no criteria to score); ``facts`` holds
    per-kind floors for sets labelled with gold facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    determination_accuracy: float | None = None
    criterion_status_accuracy: float | None = None
    facts: dict[str, FactFloor] = {}


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
        floor = getattr(baseline, name)
        value = metrics[name] or 0.0
        if floor is not None and value + 1e-9 < floor:
            failures.append(f"{name} {value} fell below the baseline {floor}")
    for kind, fact_floor in baseline.facts.items():
        scored = metrics["facts"].get(kind, {})
        for measure in ("precision", "recall"):
            value = scored.get(measure) or 0.0
            floor = getattr(fact_floor, measure)
            if value + 1e-9 < floor:
                failures.append(f"{kind} {measure} {value} fell below the baseline {floor}")
    return failures


def run_evaluation(
    records_dir: Path, out_dir: Path, *, workers: int = 1, packets_dir: Path | None = None
) -> dict:
    """Process, score, write metrics.json and metrics.md; return the metrics."""
    ensure_private_dir(out_dir, chmod_existing=False)
    metrics = compute_metrics(
        run_records(records_dir, out_dir, workers=workers, packets_dir=packets_dir)
    )
    write_json_atomic(out_dir / "metrics.json", metrics)
    write_atomic(out_dir / "metrics.md", render_markdown(metrics).encode("utf-8"))
    return metrics
