"""Words into lines (``pipeline.ingest.words.group_lines``): one printed line stays one
line when a tall box (an OCR box that took in ink from the line below) opens a band
over it, whatever order the words' tops put them in."""

from __future__ import annotations

import pytest

from pipeline.ingest.words import Word, group_lines


def _word(text: str, x0: float, top: float, bottom: float) -> Word:
    x1 = x0 + 6 * len(text)
    return Word(text, x0, top, x1, bottom, ((text, (x0, top, x1, bottom)),), 10.0, False)


# (words of the printed line as (text, top, bottom)), the tall label's (top, bottom)
CASES = [
    pytest.param(
        [
            ("CT", 254.3, 262.0),
            ("pelvis", 254.1, 263.9),
            ("showed", 254.1, 262.0),
            ("no", 256.2, 262.0),
            ("fracture", 251.0, 262.0),
        ],
        (254.3, 271.8),
        id="tall_label_after_lower_tops",
    ),
    pytest.param(
        [
            ("MRI", 300.6, 308.0),
            ("ruled", 300.2, 308.0),
            ("out", 300.9, 308.0),
            ("infection", 300.1, 308.2),
        ],
        (300.5, 317.0),
        id="tall_label_between_tops",
    ),
]


@pytest.mark.parametrize(("printed", "label"), CASES)
def test_a_tall_box_does_not_split_the_line_it_stands_on(printed, label) -> None:
    words = [_word("Label:", 50.0, *label)]
    words += [
        _word(text, 100.0 + 60 * i, top, bottom) for i, (text, top, bottom) in enumerate(printed)
    ]
    lines = group_lines(words)
    holding = {w.text: index for index, line in enumerate(lines) for w in line.words}
    assert len({holding[text] for text, _top, _bottom in printed}) == 1


def test_lines_a_line_apart_stay_apart() -> None:
    words = [
        _word("first", 50.0, 100.0, 110.0),
        _word("second", 50.0, 114.0, 124.0),
        _word("also", 120.0, 100.5, 110.0),
        _word("again", 120.0, 114.5, 124.0),
    ]
    lines = group_lines(words)
    assert [[w.text for w in line.words] for line in lines] == [
        ["first", "also"],
        ["second", "again"],
    ]
