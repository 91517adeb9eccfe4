"""Imaging family: studies and findings from varied phrasings (cases as data)."""

import pytest

from tests.extractors.casekit import check_case, load_cases

CASES = load_cases("imaging")


def test_imaging_cases_cover_the_family() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_imaging_case(nlp, case) -> None:
    check_case(nlp, case)
