"""Fact-level precision and recall of extraction against gold labels.

docs/facts.md makes a gold fact and an extracted fact comparable by
``pipeline.models.fact_key`` (kind and every value, without id, evidence or context).
Gold labels list only affirmed, current facts, so extracted facts are filtered the same
way (``Context.is_current_affirmed``) before the two key sets are compared. Scores are
reported per kind and per extractor family; the evaluation command reuses them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pydantic import BaseModel, ConfigDict

from pipeline.models import fact_key

FAMILY_KINDS: Mapping[str, frozenset[str]] = {
    "pain": frozenset({"pain_score", "pain_location", "pain_radiation"}),
    "exam": frozenset({"tenderness", "provocative_test", "nonorganic_signs"}),
    "injections": frozenset({"injection"}),
    "therapy": frozenset({"therapy", "therapy_inability"}),
    "imaging": frozenset({"imaging"}),
    "diagnoses": frozenset({"diagnosis"}),
    "request": frozenset({"procedure_request"}),
}
"""Which fact kinds each extractor family emits."""

FactKey = tuple[tuple[str, object], ...]


class FactCounts(BaseModel):
    """True positives, false positives and false negatives, with the keys behind them."""

    model_config = ConfigDict(frozen=True)

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missing: tuple[FactKey, ...] = ()
    extra: tuple[FactKey, ...] = ()

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def __add__(self, other: FactCounts) -> FactCounts:
        return FactCounts(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            missing=self.missing + other.missing,
            extra=self.extra + other.extra,
        )


def _affirmed(facts: Iterable[BaseModel]) -> list[BaseModel]:
    """Gold lists only affirmed, current facts (docs/facts.md); compare like with like."""
    return [f for f in facts if f.context.is_current_affirmed]


def compare_facts(
    gold: Iterable[BaseModel],
    predicted: Iterable[BaseModel],
    kinds: Iterable[str] | None = None,
    ignore_fields: Iterable[str] = (),
) -> FactCounts:
    """Counts over the ``fact_key`` sets of affirmed facts (of the given kinds).

    ``ignore_fields`` drops fields from the key (e.g. ``("date",)`` to separate what was
    read from which document it was dated by); the default is the strict facts.md key.
    """
    wanted = set(kinds) if kinds is not None else None
    ignored = set(ignore_fields)

    def keys(facts: Iterable[BaseModel]) -> set[FactKey]:
        return {
            tuple(item for item in fact_key(f) if item[0] not in ignored)
            for f in _affirmed(facts)
            if wanted is None or getattr(f, "kind", None) in wanted
        }

    gold_keys, predicted_keys = keys(gold), keys(predicted)
    hits = gold_keys & predicted_keys
    return FactCounts(
        tp=len(hits),
        fp=len(predicted_keys - gold_keys),
        fn=len(gold_keys - predicted_keys),
        missing=tuple(sorted(gold_keys - predicted_keys, key=repr)),
        extra=tuple(sorted(predicted_keys - gold_keys, key=repr)),
    )


def score_by_family(
    gold: Iterable[BaseModel],
    predicted: Iterable[BaseModel],
    families: Iterable[str] | None = None,
    ignore_fields: Iterable[str] = (),
) -> dict[str, FactCounts]:
    """``compare_facts`` for each family (default: all of ``FAMILY_KINDS``)."""
    gold, predicted = list(gold), list(predicted)
    names = list(families) if families is not None else list(FAMILY_KINDS)
    return {
        name: compare_facts(gold, predicted, FAMILY_KINDS[name], ignore_fields) for name in names
    }
