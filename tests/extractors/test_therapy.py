"""Therapy family: therapy episodes and inabilities from varied phrasings (cases as data)."""

import pytest

from tests.extractors.casekit import check_case, load_cases

CASES = load_cases("therapy")


def test_therapy_cases_cover_the_family() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_therapy_case(nlp, case) -> None:
    check_case(nlp, case)
