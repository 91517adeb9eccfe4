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
    # Header and rows line up whether or not each opens or closes with '|'.
    ("| Item | Y | N |\nTumor |  | X", "Tumor", FormAnswer.no),
    ("Item | Y | N\n| Tumor | ● |  |", "Tumor", FormAnswer.yes),
    # The request form's marks tick a form item too (one list, pipeline/resources).
    ("Item | Y | N\nGout | ⊠ | □", "Gout", FormAnswer.yes),
    ("Infection  Y ▢ N ▣", "Infection", FormAnswer.no),
    ("[*] Ice  [ ] TENS", "Ice", FormAnswer.yes),
    ("[*] Ice  [ ] TENS", "TENS", FormAnswer.open),
    # A lone letter ticks only inside a cell, never as a box before an item.
    ("x Gout", "Gout", None),
    # A research CRF answers in codes, decoded by the document's own key.
    (
        "Coding: 1=Yes 2=No 9=Unknown\nItem | Exclusion criterion | Code\nE2 | Gout | 2",
        "Gout",
        FormAnswer.no,
    ),
    (
        "Key 1 = yes, 2 = no, 9 = unk\n# | Criterion | Code\nEX-1 | Lupus | 1",
        "Lupus",
        FormAnswer.yes,
    ),
    (
        "1=Y 2=N 9=Not done\nNo. | Question | Coded response\nQ3 | Gout | 9 (pending)",
        "Gout",
        FormAnswer.open,
    ),
    ("Q | Item | Code\n4 | Lupus | 0\nCodes: 0 = No  1 = Yes", "Lupus", FormAnswer.no),
    # The severity key of another form is no yes/no key; the yes/no one is.
    (
        "Severity 1=Mild 2=Mod 3=Severe; Related 1=Yes 2=No\nItem | Event | Code\n3 | Gout | 2",
        "Gout",
        FormAnswer.no,
    ),
    # Without a key only 1 reads yes; any other code leaves the item open.
    ("Item | Criterion | Code\nEX-2 | Gout | 2", "Gout", FormAnswer.open),
    ("Item | Criterion | Code\nEX-2 | Gout | 1", "Gout", FormAnswer.yes),
    # A code column holding an ICD or CPT code is no answer.
    ("Diagnosis | Code\nGout | M10.9", "Gout", None),
    ("Procedure | Code\nLupus panel | 86038", "Lupus", None),
    # A CRF item without cells, with the document's key: its number opens the line.
    ("Codes 1=Yes 2=No\nE4  Widespread pain / gout ......... 2", "gout", FormAnswer.no),
    ("1=Yes 2=No 9=Unknown\nEX-1 Lupus: 2", "Lupus", FormAnswer.no),
    ("1=Yes 2=No\nIN-3  Gout flare in 2019    1", "Gout", FormAnswer.yes),
    ("E4  Widespread pain / gout ......... 2", "gout", None),  # no key: not read
    # An answer column answered in the form's codes.
    ("1=Yes 2=No\nQuestion | Response\nGout ever diagnosed? | 2", "Gout", FormAnswer.no),
    ("Question | Response\nGout ever diagnosed? | 2", "Gout", FormAnswer.open),  # no key
]


def test_forms_and_request_form_read_the_same_box_marks() -> None:
    """A mark the request form reads as ticked (pipeline/resources/checkboxes.json) is a
    ticked cell on a Y/N form, and an empty box is an unticked one."""
    from pipeline.checkboxes import options

    for mark in ("[X]", "(x)", "☒", "☑", "■", "▣", "⊠", "✔"):
        _, ticked = options(f"{mark} Open  [ ] Percutaneous")
        assert ticked, mark
        text = f"Item | Y | N\nGout | {mark} | "
        assert form_reader().answer(text, text.rindex("Gout"), text.rindex("Gout") + 4) == (
            FormAnswer.yes
        ), mark
    for mark in ("[ ]", "( )", "☐", "□", "▢"):
        text = f"Infection  Y {mark} N ☒"
        start = text.index("Infection")
        assert form_reader().answer(text, start, start + 9) == FormAnswer.no, mark


@pytest.mark.parametrize(("text", "item", "answer"), CASES)
def test_forms_answer_for_a_listed_item(text: str, item: str, answer: FormAnswer | None) -> None:
    start = text.rindex(item)
    assert form_reader().answer(text, start, start + len(item)) == answer
