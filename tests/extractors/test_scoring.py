"""Fact-level scoring against gold labels (extractors.scoring)."""

from datetime import date

import pytest

from extractors.scoring import FAMILY_KINDS, compare_facts, score_by_family
from pipeline.models import Context, Diagnosis, PainScore, ProvocativeTest

DAY = date(2025, 8, 28)
FABER_POS = ProvocativeTest(test="faber", result="positive", side="right", date=DAY)
FABER_NEG = ProvocativeTest(test="faber", result="negative", side="right", date=DAY)
SCORE_7 = PainScore(value=7, date=DAY)
RA = Diagnosis(code="rheumatoid_arthritis", date=DAY)
RA_FAMILY = Diagnosis(code="rheumatoid_arthritis", date=DAY, context=Context(family=True))
RA_OTHER_DAY = Diagnosis(code="rheumatoid_arthritis", date=date(2025, 9, 1))


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([FABER_POS, SCORE_7], [FABER_POS, SCORE_7], (2, 0, 0)),
        ([FABER_POS], [FABER_NEG], (0, 1, 1)),
        ([FABER_POS], [FABER_POS, FABER_POS], (1, 0, 0)),
        ([RA], [RA_FAMILY], (0, 0, 1)),
        ([], [RA_FAMILY], (0, 0, 0)),
        ([RA], [RA_OTHER_DAY], (0, 1, 1)),
    ],
    ids=[
        "all_hit",
        "wrong_value",
        "duplicates_count_once",
        "family_not_affirmed",
        "family_ignored",
        "date_is_part_of_the_key",
    ],
)
def test_scoring_counts(gold, predicted, expected) -> None:
    counts = compare_facts(gold, predicted)
    assert (counts.tp, counts.fp, counts.fn) == expected


def test_scoring_can_leave_the_date_out_of_the_key() -> None:
    counts = compare_facts([RA], [RA_OTHER_DAY], ignore_fields=("date",))
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)


def test_scoring_by_family_keeps_kinds_apart() -> None:
    scores = score_by_family([FABER_POS, SCORE_7, RA], [FABER_POS, RA_OTHER_DAY])
    assert (scores["exam"].tp, scores["exam"].fn) == (1, 0)
    assert (scores["pain"].tp, scores["pain"].fn) == (0, 1)
    assert (scores["diagnoses"].fp, scores["diagnoses"].fn) == (1, 1)
    assert scores["exam"].precision == 1.0 and scores["pain"].recall == 0.0
    assert scores["request"].precision is None


def test_scoring_families_cover_every_fact_kind() -> None:
    from typing import get_args

    from pipeline.models import Fact

    union = get_args(get_args(Fact)[0])
    kinds = {model.model_fields["kind"].default for model in union}
    assert kinds == set().union(*FAMILY_KINDS.values())
