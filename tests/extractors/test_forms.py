"""Form answers for a listed item (extractors/forms.py), as a table of cases."""

import pytest

from extractors.forms import FormAnswer, form_reader

CASES = [
    # (text, item, answer)
    ("Item | Y | N\nTumor |  | X", "Tumor", FormAnswer.no),
    ("Item | Yes | No\nTumor | ☒ | ☐", "Tumor", FormAnswer.yes),
    ("Item | Y | N\nTumor |  | ", "Tumor", FormAnswer.open),
    ("Requirement | Y/N | Where\nFracture | N | ", "Fracture", FormAnswer.no),
    ("Requirement | Y/N | Where\nFracture | Yes | ED note", "Fracture", FormAnswer.yes),
    ("Problem | Relation\nLupus | Aunt", "Lupus", FormAnswer.family),
    ("Problem | Relation\nLupus | Self", "Lupus", None),
    ("[ ] tumor [x] fx", "tumor", FormAnswer.open),
    ("[ ] tumor [x] fx", "fx", FormAnswer.yes),
    ("Infection  ☐ Y ☒ N", "Infection", FormAnswer.no),
    ("Infection  Y [x] N [ ]", "Infection", FormAnswer.yes),
    ("Generalized pain: no", "Generalized pain", FormAnswer.no),
    ("Generalized pain: yes", "Generalized pain", FormAnswer.yes),
    ("Exclusions reviewed:\n- Gout", "Gout", FormAnswer.open),
    ("Exclusions reviewed, none present:\n- Gout", "Gout", FormAnswer.no),
    ("Exclusions reviewed:\nAssessment:\nGout", "Gout", None),
    ("Assessment: gout, flaring.", "gout", None),
    ("A | B | C\nTumor | x | y", "Tumor", None),
]


@pytest.mark.parametrize(("text", "item", "answer"), CASES)
def test_forms_answer_for_a_listed_item(text: str, item: str, answer: FormAnswer | None) -> None:
    start = text.rindex(item)
    assert form_reader().answer(text, start, start + len(item)) == answer
