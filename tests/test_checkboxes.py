"""Checkbox options on a form line (pipeline.checkboxes), read by ingest and extractors."""

import pytest

from pipeline.checkboxes import options, unchosen_lines


@pytest.mark.parametrize(
    ("line", "kept", "ticked"),
    [
        ("[X] Open  [ ] Percutaneous", "[X] Open                  ", [" Open  "]),
        ("[ ] Open  [x] Percutaneous", "          [x] Percutaneous", [" Percutaneous"]),
        ("\u2612 27280 \u2610 27279", "\u2612 27280        ", [" 27280 "]),
        ("( ) open (X) MIS", "         (X) MIS", [" MIS"]),
        ("[\u2713] left [*] right", "[\u2713] left [*] right", [" left ", " right"]),
        ("Procedure: SI joint fusion", "Procedure: SI joint fusion", []),
    ],
)
def test_unticked_options_blanked_with_offsets_kept(line, kept, ticked):
    text, spans = options(line)
    assert text == kept and len(text) == len(line)
    assert [line[a:b] for a, b in spans] == ticked


# Checklists whose boxes are drawn, not in the text layer: under a header asking to
# tick, lines opening with a lone mark are chosen and the other option lines are not.
# (text, the option lines left unchosen)
DRAWN_CHECKLISTS = [
    (
        "Indication (check all that apply)\nPelvic ring fracture\nX Failed prior fusion\n"
        "Sacral tumor\nSECTION 4 - NOTES\nSacral tumor is not part of the list",
        ["Pelvic ring fracture", "Sacral tumor"],
    ),
    (
        "Conservative care (mark all that apply):\n\u2713 Physical therapy\nChiropractic\n"
        "x NSAIDs\n\nAcupuncture after the blank line is no option",
        ["Chiropractic"],
    ),
    (
        "Select one:\nOpen approach\nX Minimally invasive\nIf other, explain: none\nOpen text",
        ["Open approach"],
    ),
    # Nothing marked: the text cannot say which box was ticked, so nothing is blanked.
    ("Check all that apply\nSIJ infection\nSacral tumor", []),
    # Glyph boxes are read by options(), not here.
    ("Check all that apply\n[ ] SIJ infection\n[X] Failed fusion", []),
    # No header asking to tick: a line opening with 'X' is no mark.
    ("X Other findings reviewed\nSacral tumor excluded by MRI", []),
]


@pytest.mark.parametrize(("text", "unchosen"), DRAWN_CHECKLISTS)
def test_drawn_checklist_options_left_unmarked_are_not_chosen(
    text: str, unchosen: list[str]
) -> None:
    assert [text[s:e] for s, e in unchosen_lines(text)] == unchosen


# Checklists on a scanned (OCR'd) page: an empty box is read as "[", "[ ee", "|" or not
# at all, so only a readably ticked line is chosen; every other option line is not, even
# where no line is marked (the scan cannot say what was ticked). (text, unchosen)
SCANNED_CHECKLISTS = [
    (
        "REASON FOR OPEN FUSION (check all that apply):\n[  Pelvic ring fx\n"
        "[ ee Septic SI joint / sepsis\n[ Sacral tumor\n[X] Other: degenerative SIJ",
        ["[  Pelvic ring fx", "[ ee Septic SI joint / sepsis", "[ Sacral tumor"],
    ),
    (
        "Indications - tick all that apply\nSacral chordoma resection\nSI joint infection",
        ["Sacral chordoma resection", "SI joint infection"],
    ),
    ("Check any that apply\n[ ] Trauma\n[ ] Osteomyelitis", ["[ ] Trauma", "[ ] Osteomyelitis"]),
    (
        "Mark all that apply:\n\u2713 Failed percutaneous fusion\nPelvic fracture",
        ["Pelvic fracture"],
    ),
    # A box OCR half-read ("[X" without its bracket) is no readable tick.
    ("Select all that apply\n[X ee Sacral tumor\n[x] Other: SIJ syndrome", ["[X ee Sacral tumor"]),
    # No header asking to tick: a scanned line is what it says.
    ("Diagnoses\nSacral tumor\nPelvic ring fracture", []),
]


@pytest.mark.parametrize(("text", "unchosen"), SCANNED_CHECKLISTS)
def test_scanned_checklist_options_count_only_readably_ticked(
    text: str, unchosen: list[str]
) -> None:
    assert [text[s:e] for s, e in unchosen_lines(text, scanned=True)] == unchosen


def test_typed_checklist_without_marks_is_left_as_it_is() -> None:
    """The text layer holds every typed mark: with none, nothing says what was ticked."""
    assert unchosen_lines("Check all that apply\nSacral tumor\nSIJ infection") == []
