"""The determination rule (CONTRACT section 2): how criterion statuses become the packet's.

The engine, the labels' consistency check, the review app and the FHIR answer all derive a
determination from statuses; they all call this one function, so the rule has one home.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.models import DeterminationValue, Status


def determination_of(statuses: Iterable[Status]) -> DeterminationValue:
    """Any not_met -> does not meet; all met (and at least one) -> meets; else insufficient."""
    statuses = list(statuses)
    if any(s is Status.not_met for s in statuses):
        return DeterminationValue.does_not_meet_criteria
    if statuses and all(s is Status.met for s in statuses):
        return DeterminationValue.meets_criteria
    return DeterminationValue.insufficient_documentation
