"""CONTRACT section 2's determination rule, on every shape of status list."""

import pytest

from pipeline.models import DeterminationValue as D
from pipeline.models import Status as S
from policy.determination import determination_of


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([S.met, S.met], D.meets_criteria),
        ([S.met], D.meets_criteria),
        ([S.met, S.not_met], D.does_not_meet_criteria),
        ([S.insufficient, S.not_met], D.does_not_meet_criteria),
        ([S.not_met, S.insufficient, S.met], D.does_not_meet_criteria),
        ([S.met, S.insufficient], D.insufficient_documentation),
        ([S.insufficient], D.insufficient_documentation),
        ([], D.insufficient_documentation),  # nothing scored is never a meet
    ],
)
def test_determination_of(statuses, expected):
    assert determination_of(statuses) is expected
    assert determination_of(iter(statuses)) is expected  # a generator is read once
