"""Request family: CPT codes, wording and side of the requested fusion (cases as data)."""

import pytest

from tests.extractors.casekit import check_case, load_cases

CASES = load_cases("request")


def test_request_cases_cover_the_family() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_request_case(nlp, case) -> None:
    check_case(nlp, case)
