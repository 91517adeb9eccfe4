"""Accuracy metrics of predicted determinations against labelled records (CONTRACT 3, 5).

Pure functions over plain models: no I/O, so each metric is tested on hand-made cases.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from pydantic import BaseModel, ConfigDict

from pipeline.labels import Labels
from pipeline.models import Determination, DeterminationValue, Status, fact_key

EVIDENCE_COVERAGE = 0.6
"""A cited span hits a gold snippet when their longest common substring covers 60% of it."""

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case and collapse white space (CONTRACT section 3)."""
    return _SPACE.sub(" ", text).strip().lower()


def span_hits_snippet(cited: str, gold: str) -> bool:
    """CONTRACT section 3: containment either way, or LCS >= 60% of the gold snippet."""
    cited_n, gold_n = normalise(cited), normalise(gold)
    if not cited_n or not gold_n:
        return False
    if gold_n in cited_n or cited_n in gold_n:
        return True
    match = SequenceMatcher(None, cited_n, gold_n, autojunk=False).find_longest_match(
        0, len(cited_n), 0, len(gold_n)
    )
    return match.size >= EVIDENCE_COVERAGE * len(gold_n)


class Disagreement(BaseModel):
    """One row an engineer can act on: where the prediction and the gold label differ."""

    model_config = ConfigDict(frozen=True)

    record: str
    criterion: str
    gold: str
    predicted: str
    explanation: str
    cited: tuple[str, ...]


class PrecisionRecall(BaseModel):
    model_config = ConfigDict(frozen=True)

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float | None:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else None

    @property
    def recall(self) -> float | None:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def summary(self) -> dict[str, float | int | None]:
        return {
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def fact_scores(
    pairs: Iterable[tuple[Labels, Determination]],
) -> dict[str, PrecisionRecall]:
    """Fact-level precision/recall per fact kind, over records whose labels carry facts.

    Facts are compared as sets of ``fact_key`` per record; predicted facts that are not
    current and affirmed are dropped first (gold lists only those, see docs/facts.md).
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for labels, determination in pairs:
        if not labels.facts:
            continue
        gold = {fact_key(f) for f in labels.facts}
        predicted = {fact_key(f) for f in determination.facts if f.context.is_current_affirmed}
        for key in gold | predicted:
            kind = str(dict(key)["kind"])
            if key in gold and key in predicted:
                counts[kind]["tp"] += 1
            elif key in predicted:
                counts[kind]["fp"] += 1
            else:
                counts[kind]["fn"] += 1
    return {
        kind: PrecisionRecall(
            true_positives=c["tp"], false_positives=c["fp"], false_negatives=c["fn"]
        )
        for kind, c in sorted(counts.items())
    }


def status_scores(pairs: Sequence[tuple[str, Labels, Determination]]) -> dict[str, object]:
    """Per-criterion accuracy, per-status precision/recall, evidence hits and disagreements."""
    per_criterion: dict[str, Counter[str]] = defaultdict(Counter)
    per_status: dict[str, Counter[str]] = defaultdict(Counter)
    evidence = Counter[str]()
    disagreements: list[Disagreement] = []
    for record, labels, determination in pairs:
        predicted = {c.id: c for c in determination.criteria}
        for criterion_id, gold in sorted(labels.criteria.items()):
            result = predicted.get(criterion_id)
            status = result.status.value if result else "missing"
            correct = status == gold.status.value
            per_criterion[criterion_id]["total"] += 1
            per_criterion[criterion_id]["correct"] += int(correct)
            per_status[gold.status.value]["gold"] += 1
            if correct:
                per_status[gold.status.value]["tp"] += 1
            if gold.status in (Status.met, Status.not_met) and not gold.silent:
                evidence["gold"] += 1
                cited = [e.text for e in result.evidence] if result else []
                if any(span_hits_snippet(c, g) for c in cited for g in gold.evidence):
                    evidence["hit"] += 1
            if not correct:
                disagreements.append(
                    Disagreement(
                        record=record,
                        criterion=criterion_id,
                        gold=gold.status.value,
                        predicted=status,
                        explanation=result.explanation if result else "",
                        cited=tuple(e.text for e in result.evidence) if result else (),
                    )
                )
        for result in determination.criteria:
            per_status[result.status.value]["predicted"] += 1
    criterion_accuracy = {
        cid: round(c["correct"] / c["total"], 4) for cid, c in sorted(per_criterion.items())
    }
    total = sum(c["total"] for c in per_criterion.values())
    correct = sum(c["correct"] for c in per_criterion.values())
    status_pr = {
        status: {
            "precision": _round(c["tp"] / c["predicted"]) if c["predicted"] else None,
            "recall": _round(c["tp"] / c["gold"]) if c["gold"] else None,
            "gold": c["gold"],
            "predicted": c["predicted"],
        }
        for status, c in sorted(per_status.items())
    }
    return {
        "criterion_status_accuracy": round(correct / total, 4) if total else None,
        "per_criterion_accuracy": criterion_accuracy,
        "per_status": status_pr,
        "evidence_hit_rate": round(evidence["hit"] / evidence["gold"], 4)
        if evidence["gold"]
        else None,
        "evidence_gold_criteria": evidence["gold"],
        "disagreements": disagreements,
    }


def confusion_matrix(
    pairs: Iterable[tuple[DeterminationValue, DeterminationValue | None]],
) -> dict[str, dict[str, int]]:
    """Gold determination (rows) by predicted determination (columns; 'error' when unread)."""
    values = [v.value for v in DeterminationValue]
    matrix = {gold: dict.fromkeys([*values, "error"], 0) for gold in values}
    for gold, predicted in pairs:
        matrix[gold.value][predicted.value if predicted else "error"] += 1
    return matrix
