"""Checkbox options on a form line (pipeline.checkboxes), read by ingest and extractors."""

import pytest

from pipeline.checkboxes import options


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
