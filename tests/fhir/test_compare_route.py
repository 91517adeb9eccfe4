"""The route comparison counts a refused no-procedure request apart, and nothing else."""

from __future__ import annotations

from pipeline.parallel import PacketFailure
from tests.report import fixtures
from tools.compare_pas_route import refused_as_expected

UNCOVERED = PacketFailure(reason="requests no procedure this policy covers", code="E109")


def test_no_procedure_refused_by_the_bundle_route_is_expected() -> None:
    no_procedure = fixtures.determination(criteria=()).model_copy(update={"procedure": None})
    assert refused_as_expected(no_procedure, UNCOVERED)


def test_other_refusals_and_decided_procedures_are_problems() -> None:
    decided = fixtures.determination()
    no_procedure = decided.model_copy(update={"procedure": None, "criteria": ()})
    assert not refused_as_expected(decided, UNCOVERED)
    assert not refused_as_expected(no_procedure, PacketFailure(reason="x", code="E900"))
    assert not refused_as_expected(no_procedure, no_procedure)
