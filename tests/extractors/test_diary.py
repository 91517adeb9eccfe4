"""The shared diary/relief parser: time points, scores, whole diaries, diary rows."""

from __future__ import annotations

import pytest

from extractors.diary import Diary, DiaryReader, on_ten_point_scale, relief_percent
from extractors.tables import Cell, Row, Table
from tests.extractors.helpers import tokenized_doc

READER = DiaryReader()


@pytest.mark.parametrize(
    ("label", "hours"),
    [
        ("Baseline", None),
        ("pre-injection", None),
        ("Before the procedure", None),
        ("Immediately post", 0.0),
        ("5 min", 0.08),
        ("20'", 0.33),
        ("45 mins.", 0.75),
        ("T+30 min", 0.5),
        ("2 hrs after block", 2.0),
        ("at 6 h", 6.0),
        ("Hour 4", 4.0),
        ("Day 2", 48.0),
        ("next morning", 24.0),
        ("3 days", 72.0),
        ("Week 1", 168.0),
        ("1 h (walking)", 1.0),
    ],
)
def test_time_points_and_their_hours(label: str, hours: float | None) -> None:
    assert READER.time_point(label) == (True, hours)


@pytest.mark.parametrize("label", ["NRS", "Comments", "Time", "Left", "7", "Pra"])
def test_other_labels_are_not_time_points(label: str) -> None:
    assert READER.time_point(label)[0] is False


@pytest.mark.parametrize(
    ("cell", "score"),
    [("7", 7.0), ("3/10", 3.0), ("62 mm", 62.0), ("55/100", 55.0), ("4 (sitting)", 4.0)],
)
def test_diary_scores_as_written(cell: str, score: float) -> None:
    assert READER.score(cell) == score


@pytest.mark.parametrize("cell", ["", "n/a", "7/10/2025", "pain"])
def test_cells_that_are_not_scores(cell: str) -> None:
    assert READER.score(cell) is None


@pytest.mark.parametrize(
    ("value", "out_of", "mm", "on_ten"),
    [(7, None, False, 7.0), (65, 100, False, 6.5), (48, None, True, 4.8), (12, None, False, None)],
)
def test_scores_on_the_ten_point_scale(value, out_of, mm, on_ten) -> None:
    assert on_ten_point_scale(value, out_of=out_of, millimetres=mm) == on_ten


def test_relief_percent_is_whole_and_bounded() -> None:
    assert relief_percent(8, 2) == 75.0
    assert relief_percent(6, 7) == 0.0
    assert relief_percent(3, 0) == 100.0


@pytest.mark.parametrize(
    ("points", "relief"),
    [
        (((None, 8.0), (0.5, 2.0), (2.0, 3.0), (6.0, 6.0)), (75.0, 2.0)),
        (((None, 70.0), (0.25, 10.0), (1.0, 40.0)), (86.0, 0.25)),
        (((None, 6.0), (1.0, 5.0)), (17.0, None)),  # under half: no duration
        (((None, 7.0), (0.5, 35.0)), None),  # 0-10 baseline, millimetre score
        (((None, 0.0), (0.5, 0.0)), None),  # no pain to relieve
    ],
)
def test_relief_of_a_diary(points, relief) -> None:
    assert Diary(points, 0, 1).relief == relief


DIARIES = [
    # (id, text, points)
    (
        "down_pipes",
        "Log after the block\nTime | Score\nPre | 8\n20 min | 1\n3 hr | 2\n",
        ((None, 8.0), (0.33, 1.0), (3.0, 2.0)),
    ),
    (
        "across_with_a_corner",
        " | Before | 10 min | 1 h | 4 h\nVAS (mm) | 72 | 15 | 20 | 60\n",
        ((None, 72.0), (0.17, 15.0), (1.0, 20.0), (4.0, 60.0)),
    ),
    (
        "across_spaced",
        "Time      Pre    15 min    2 h\nNRS       6      1         2\n",
        ((None, 6.0), (0.25, 1.0), (2.0, 2.0)),
    ),
    (
        "inline",
        "Patient diary: baseline 9/10; 30 min 3/10; 2 hrs 4/10; next day 8/10",
        ((None, 9.0), (0.5, 3.0), (2.0, 4.0), (24.0, 8.0)),
    ),
]


@pytest.mark.parametrize(("text", "points"), [d[1:] for d in DIARIES], ids=[d[0] for d in DIARIES])
def test_diaries_down_across_and_inline(nlp, text: str, points) -> None:
    doc = tokenized_doc(nlp, text)
    diary = READER.read(doc, [(0, len(text))])
    assert diary is not None and diary.points == points


def test_no_diary_in_a_table_without_time_points(nlp) -> None:
    text = "Medication | Dose\nMeloxicam | 15\nGabapentin | 300\n"
    assert READER.read(tokenized_doc(nlp, text), [(0, len(text))]) is None


@pytest.mark.parametrize(
    ("text", "target", "on_row"),
    [
        ("Pre | 7/10\n30 min | 2/10\n", "2/10", True),
        ("PAIN DIARY\nMorning | 6/10\nEvening | 4/10\n", "4/10", True),
        ("Visit | Pain\n03/02/2025 | 6/10\n", "6/10", False),
        ("Pain today is 6/10 at rest.", "6/10", False),
    ],
)
def test_a_score_on_a_diary_row(nlp, text: str, target: str, on_row: bool) -> None:
    doc = tokenized_doc(nlp, text)
    assert READER.on_diary_row(doc, text.index(target)) is on_row


# ------------------------------------------------------------------ scanned (OCR'd) diaries


@pytest.mark.parametrize(
    ("label", "hours"),
    [
        (". Pre  a", None),  # specks and a stray glyph around the baseline
        ("2 hr oe", 2.0),
        ("Baseline ;", None),
        ("2 hr.  7", 2.0),  # a rule remnant read as '7' after the label
        ("_4hr", 4.0),
        ("thr", 1.0),  # 't' for 1 in the count
        ("ih", 1.0),
        ("l5 min", 0.25),
        ("Day l", 24.0),
        ("Shr", 5.0),
        ("30 min  .", 0.5),
        ("{hr", 1.0),  # a serif 1 read as a brace
        ("Pra", None),  # the baseline's 'e' read as 'a'
        ("Prc :", None),
        ("30° min", 0.5),  # a speck stuck to the count
    ],
)
def test_scanned_time_points(label: str, hours: float | None) -> None:
    assert READER.scanned_time_point(label) == (True, hours)


@pytest.mark.parametrize(
    "label", ["om", "abr", "5 2he", "Pain 0-10", "Comments", "ty", "Pr", "Prayer", "Pressure"]
)
def test_scanned_cells_that_are_not_time_points(label: str) -> None:
    assert READER.scanned_time_point(label)[0] is False


@pytest.mark.parametrize(
    ("cell", "score"),
    [("l", 1.0), ("O", 0.0), ("4 —", 4.0), ("S", 5.0), ("7/1O", 7.0), ("| 2 .", 2.0), ("Io", 10.0)],
)
def test_scanned_scores(cell: str, score: float) -> None:
    assert READER.scanned_score(cell) == score


@pytest.mark.parametrize("cell", ["2 rr", "7 7", "n/a", "pain", "—", "ty", ""])
def test_scanned_cells_that_are_not_scores(cell: str) -> None:
    assert READER.scanned_score(cell) is None


def test_confused_glyphs_are_digits_only_on_scanned_pages(nlp) -> None:
    text = "Time | Pain\nPre | 8\nl5 min | l\n2 hr | 2\n4 hr | 6\n"
    unscanned = READER.read(tokenized_doc(nlp, text), [(0, len(text))])
    assert unscanned is not None
    assert unscanned.points == ((None, 8.0), (2.0, 2.0), (4.0, 6.0))  # 'l5 min | l' unread
    scanned = READER.read(tokenized_doc(nlp, text, ocr=True), [(0, len(text))])
    assert scanned is not None
    assert scanned.points == ((None, 8.0), (0.25, 1.0), (2.0, 2.0), (4.0, 6.0))


SCANNED_DIARIES = [
    # (id, text as OCR read it, points or None when the diary must stay unread)
    (
        "down_with_specks",
        ", Diary time | Pain 0-10\nPre . : | 8\n. 30 min  . | 2\n1hr | 2\n2hr ; | 2\n"
        "_4hr | 3\n6 hr ; | 6\n",
        ((None, 8.0), (0.5, 2.0), (1.0, 2.0), (2.0, 2.0), (4.0, 3.0), (6.0, 6.0)),
    ),
    (
        "down_days",
        "Day | NRS\nBaseline | 7\nDay l | 3\nDay 2 | 3\nDay 7 | 6\n",
        ((None, 7.0), (24.0, 3.0), (48.0, 3.0), (168.0, 6.0)),
    ),
    (
        "across_with_specks",
        "Diary | Pre | 15 min - | 30 min | 1h | 2h. | 4h\nPain 0-10 | 7 | 2 | 2 | 3 | 5 | 7\n",
        ((None, 7.0), (0.25, 2.0), (0.5, 2.0), (1.0, 3.0), (2.0, 5.0), (4.0, 7.0)),
    ),
    # a time point whose score did not read: the run of relief may break there
    ("down_score_lost", "Time | Pain\nPre | 7\n30 min | ty\n1 hr | 1\n2 hr | 6\n", None),
    # a score whose time point did not read
    ("down_label_lost", "Time | Pain\nPre | 8\n30 min | 2\nabr | 3\n3 hr | 7\n", None),
    # '1 hr' misread as '4 hr': time points out of order
    ("down_out_of_order", "Time | Pain\nPre | 8\n15 min | 3\n4h | 2\n2hr | 4\n3 hr | 7\n", None),
    (
        "across_baseline_misread",
        "Diary | Pra | 30 min | lh | 2h | 3h | 4h | 6h\nPain 0-10 | 8 | 3 | 2 | 2 | 3 | 4 | 7\n",
        ((None, 8.0), (0.5, 3.0), (1.0, 2.0), (2.0, 2.0), (3.0, 3.0), (4.0, 4.0), (6.0, 7.0)),
    ),
    ("across_score_lost", "Time | Pre | 30 min | 1 h | 3 h\nNRS | 8 | 2 | a | 7\n", None),
    (
        "across_merged_cells",
        "Time | Pre | 30 min | 1 h | 3 h | 5 h\nNRS | 8 | 2 | 2 3 |  | 7\n",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "points"), [d[1:] for d in SCANNED_DIARIES], ids=[d[0] for d in SCANNED_DIARIES]
)
def test_scanned_diaries_read_whole_or_not_at_all(nlp, text: str, points) -> None:
    diary = READER.read(tokenized_doc(nlp, text, ocr=True), [(0, len(text))])
    assert (diary.points if diary is not None else None) == points


STATED_BASELINES = [
    # (id, text, scanned, points or None)
    (
        "heading_states_the_baseline",
        "POST-PROCEDURE PAIN (pre-procedure NRS 8/10; diary returned)\n\n"
        "Time after injection | NRS 0-10 | % relief | Recorded by\n"
        "30 min | 0 | 100% | RN\n1 hr | 1 | 88% | Patient\n4 hr | 5 | 38% | Patient\n",
        False,
        ((None, 8.0), (0.5, 0.0), (1.0, 1.0), (4.0, 5.0)),
    ),
    (
        "stated_lines_above_a_scanned_log",
        "Pre-block pain:7/10\nTolerated well.\n\nTime | | Pain /10 | Notes\n"
        "30 min | 2/10 _ | walking\n1 hr | , 2/10 |\n2 hr oe | 3/10 | sitting\nnext day | 7/10 |\n",
        True,
        ((None, 7.0), (0.5, 2.0), (1.0, 2.0), (2.0, 3.0), (24.0, 7.0)),
    ),
    (
        "across_without_a_pre_column",
        "Baseline pain 6/10 before the block.\nTime | 15 min | 1 h | 3 h\nVAS | 1 | 2 | 5\n",
        False,
        ((None, 6.0), (0.25, 1.0), (1.0, 2.0), (3.0, 5.0)),
    ),
    # the table's own baseline row wins; the statement is not added twice
    (
        "own_baseline_row",
        "Pre-procedure pain 9/10\nTime | Pain\nPre | 8\n30 min | 2\n",
        False,
        ((None, 8.0), (0.5, 2.0)),
    ),
    # no baseline anywhere: no relief can be computed, none is assumed
    ("no_baseline", "Pain after the block\nTime | Pain\n30 min | 2\n2 hr | 3\n", False, None),
    # another table between the statement and the diary
    (
        "another_table_between",
        "Pre-procedure pain 8/10\nDrug | Dose\nLidocaine | 2 mL\n\n"
        "Time | Pain\n30 min | 2\n2 hr | 3\n",
        False,
        None,
    ),
    # the first row's time point did not read: the log starts later than it seems
    (
        "stated_baseline_first_label_lost",
        "Pre-block pain 7/10\nTime | Pain\n1430 | 3\n2 hr | 6\n4 hr | 7\n",
        True,
        None,
    ),
    # a scanned log with a clock column: the score is read under the header's 'Pain'
    # column; boxed heading lines without a number between do not hide the baseline
    (
        "stated_above_boxed_headings_with_a_clock_column",
        "D/C 1355 to home. Pre-block pain 7/10 R SI.\n|HOME PAIN DIARY - each hour |\n"
        "|Time after inj |Clock _\n | | Pain 0-10 | Activity / comments\n"
        "lhr | 1430 | 3 | in car, sitting\n2 hr | 1530 | 6 | hurting again\n"
        "3 hr | 1630 | 7 | same as before shot\n",
        True,
        ((None, 7.0), (1.0, 3.0), (2.0, 6.0), (3.0, 7.0)),
    ),
    (
        "clock_column_typed",
        "Time | Clock | NRS | Comment\nPre | 0900 | 8 | at rest\n30 min | 0930 | 2 | walking\n"
        "2 hr | 1100 | 5 | sitting\n",
        False,
        ((None, 8.0), (0.5, 2.0), (2.0, 5.0)),
    ),
    # a boxed line with numbers between is another table on a scan too
    (
        "scanned_table_with_numbers_between",
        "Pre-block pain 7/10\n|BP | 134/82 |\nStable.\nTime | Pain\n1 hr | 3\n2 hr | 6\n",
        True,
        None,
    ),
    # a scanned log whose row did not read stays unread with a stated baseline too
    (
        "stated_baseline_row_unread",
        "Pre-procedure pain: 8/10\nTime | Pain\n30 min | 2\nabr | 3\n3 hr | 7\n",
        True,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "ocr", "points"),
    [d[1:] for d in STATED_BASELINES],
    ids=[d[0] for d in STATED_BASELINES],
)
def test_a_baseline_stated_above_the_table(nlp, text: str, ocr: bool, points) -> None:
    diary = READER.read(tokenized_doc(nlp, text, ocr=ocr), [(0, len(text))])
    assert (diary.points if diary is not None else None) == points
    if diary is not None:
        assert text[diary.start :].lower().startswith(("pre", "baseline", "time"))


def _aligned(text: str, lines: list[str]) -> Table:
    """An aligned table of ``lines`` of ``text``, cells split on single spaces after the
    time point's two words (what the page-layout reader gives for '15 min 1 86%')."""
    rows = []
    for line in lines:
        start = text.index(line)
        words = line.split(" ")
        parts = [" ".join(words[:2]), *words[2:]]
        cells, at = [], start
        for part in parts:
            at = text.index(part, at)
            cells.append(Cell(part, at, at + len(part)))
            at += len(part)
        rows.append(Row(start, start + len(line), tuple(cells)))
    return Table("aligned", tuple(rows))


@pytest.mark.parametrize(
    ("split", "hours"),
    [(2, 4.0), (1, 4.0), (4, 4.0)],
    ids=["after_two_rows", "after_one_row", "after_four_rows"],
)
def test_a_diary_table_split_where_its_alignment_shifts_is_read_whole(
    nlp, monkeypatch, split: int, hours: float
) -> None:
    """The page-layout reader may split one diary into two tables where the time
    points' width changes ('30 min' over '1 hr'); read apart, the first would end the
    diary early and shorten the relief's duration (a lidocaine block would fail)."""
    rows = ["15 min 1 86%", "30 min 1 86%", "1 hr 1 86%", "2 hr 1 86%", "4 hr 2 71%", "6 hr 5 29%"]
    text = "Pre-procedure NRS: 7/10.\nPAIN DIARY\n" + "\n".join(rows) + "\n"
    doc = tokenized_doc(nlp, text)
    tables = [_aligned(text, rows[:split]), _aligned(text, rows[split:])]
    monkeypatch.setattr("extractors.diary.tables_in", lambda *_args: tables)
    diary = READER.read(doc, [(0, len(text))])
    assert diary is not None and diary.relief == (86.0, hours)


def test_diary_tables_apart_stay_apart(nlp, monkeypatch) -> None:
    """Two tables with a blank line between are two diaries: the first is read alone."""
    first, second = ["15 min 1 86%", "30 min 1 86%"], ["1 hr 6 14%", "2 hr 6 14%"]
    text = "Pre-procedure NRS: 7/10.\nPAIN DIARY\n" + "\n".join(first) + "\n\n"
    text += "Block #2, pre-procedure NRS: 7/10.\n" + "\n".join(second) + "\n"
    doc = tokenized_doc(nlp, text)
    tables = [_aligned(text, first), _aligned(text, second)]
    monkeypatch.setattr("extractors.diary.tables_in", lambda *_args: tables)
    diary = READER.read(doc, [(0, len(text))])
    assert diary is not None and diary.relief == (86.0, 0.5)


def test_a_score_column_found_under_its_header_on_the_page(nlp) -> None:
    """A scanned log whose header row lost its empty cells ('Pain 0-10 | Activity' over
    four-cell rows): the score is the cell standing under 'Pain 0-10' on the page, not
    the clock beside the time point."""
    text = (
        "Pre-block pain 7/10\n"
        "             Pain 0-10 | Activity\n"
        "1 hr | 1430 | 3        | in car\n"
        "2 hr | 1530 | 6        | kitchen\n"
        "3 hr | 1630 | 7        | sitting\n"
    )
    diary = READER.read(tokenized_doc(nlp, text, ocr=True), [(0, len(text))])
    assert diary is not None
    assert diary.points == ((None, 7.0), (1.0, 3.0), (2.0, 6.0), (3.0, 7.0))


WRAPPED = [
    # (id, text, ocr, relief): an across diary wrapped onto a second band of columns
    (
        "second_band_runs_on",
        "Pre-block NRS 8/10\nTime | 15 min | 1 hr\nNRS | 2 | 2\n\n3 hr | 5 hr | Day 2\n3 | 3 | 7\n",
        False,
        (75.0, 5.0),
    ),
    (
        "second_band_with_percent_rows",
        "Hours post | Pre | 30' | 1 h\nPain | 6 | 1 | 1\nRelief | - | 83% | 83%\n\n"
        "2 h | 4 h | 8 h\n2 | 3 | 5\n67% | 50% | 17%\n",
        False,
        (83.0, 4.0),
    ),
    (
        "second_band_on_a_scan",
        "Baseline pain: 9/10\nTime | 20 min | 1hr\nNRS | 1 | 2\n\n3hr | 6hr | next day\n"
        "3 | 4 | 8\n",
        True,
        (89.0, 6.0),
    ),
    # a second band whose time points start over is another diary, not the rest
    (
        "band_that_starts_over_stays_apart",
        "Pre-block NRS 8/10\nTime | 15 min | 1 hr\nNRS | 2 | 2\n\n15 min | 1 hr | 4 hr\n"
        "6 | 7 | 8\n",
        False,
        (75.0, 1.0),
    ),
    # text between the bands: the lower table is not the upper one's continuation
    (
        "band_after_text_stays_apart",
        "Pre-block NRS 8/10\nTime | 15 min | 1 hr\nNRS | 2 | 2\nRepeat block 2 weeks later.\n"
        "3 hr | 5 hr | Day 2\n3 | 3 | 7\n",
        False,
        (75.0, 1.0),
    ),
]


@pytest.mark.parametrize(
    ("text", "ocr", "relief"), [w[1:] for w in WRAPPED], ids=[w[0] for w in WRAPPED]
)
def test_an_across_diary_wrapped_onto_a_second_band(nlp, text: str, ocr: bool, relief) -> None:
    """A diary printed across the page in two bands of columns, the second without row
    labels, is one diary: read alone, the first band ends the relief early."""
    diary = READER.read(tokenized_doc(nlp, text, ocr=ocr), [(0, len(text))])
    assert diary is not None and diary.relief == relief
