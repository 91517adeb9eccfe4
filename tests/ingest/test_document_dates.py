"""Document dates from form tables and abbreviated labels, never a birth date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.ingest.split import (
    file_name_date,
    label_table_cells,
    labelled_date,
    unlabelled_date,
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Member | Member ID | DOB | Request date",
                "Doe, Jane | CS1 | 12/03/1957 | 02/26/2026",
            ],
            dt.date(2026, 2, 26),
        ),
        (
            ["Patient | DOB | Date of service", "Roe, Ann | 01/02/1960 | 08/28/2025"],
            dt.date(2025, 8, 28),
        ),
        (["Req date: 04/16/2026"], dt.date(2026, 4, 16)),
        (["Request Date 09/15/2025"], dt.date(2025, 9, 15)),
        (["Date requested: 10/01/2025"], dt.date(2025, 10, 1)),
        (["Dates of service: 09/09/2024 - 01/31/2025", "Date: 01/31/2025"], dt.date(2025, 1, 31)),
        (
            ["Dates of treatment: 12/02/2024 to 04/25/2025", "Date: 04/25/2025"],
            dt.date(2025, 4, 25),
        ),
    ],
)
def test_labelled_document_date(lines: list[str], expected: dt.date) -> None:
    assert labelled_date(label_table_cells(lines)) == expected


def test_a_birth_date_in_a_table_is_never_the_document_date() -> None:
    lines = label_table_cells(["Name | DOB", "Doe, Jane | 12/03/1957"])
    assert labelled_date(lines) is None
    assert unlabelled_date(lines) is None


def test_rows_of_different_width_are_left_alone() -> None:
    lines = ["A | B | C", "1 | 2"]
    assert label_table_cells(lines) == lines


def test_a_log_tables_date_column_is_not_the_document_date() -> None:
    lines = [
        "Follow-up visit - 07/30/2025",
        "Date | Procedure | Relief",
        "05/14/2025 | R SIJ injection | 80%",
        "06/20/2025 | R SIJ injection | 70%",
    ]
    assert label_table_cells(lines) == lines
    assert labelled_date(label_table_cells(lines)) is None
    assert unlabelled_date(label_table_cells(lines)) == dt.date(2025, 7, 30)


def test_a_form_row_followed_by_another_table_is_still_paired() -> None:
    lines = [
        "Member | ID | DOB | Date",
        "Doe, Jane | CS1 | 09/04/1970 | 06/18/2026",
        "Code | Service | Side | Setting",
        "27280 | SIJ fusion, open | Left | Inpatient",
    ]
    labelled = label_table_cells(lines)
    assert labelled[1].startswith("Member: Doe, Jane | ID: CS1 | DOB: 09/04/1970")
    assert labelled_date(labelled) == dt.date(2026, 6, 18)
    assert unlabelled_date(labelled) == dt.date(2026, 6, 18)  # never the birth date


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["PT DISCHARGE SUMMARY", "Discharge date: 07/28/2025"], dt.date(2025, 7, 28)),
        (["Date of discharge 4/25/2025", "Seen since 12/02/2024"], dt.date(2025, 4, 25)),
        (["Start of care: 03/04/2025  D/C date: 06/10/2025"], dt.date(2025, 6, 10)),
        (["OT DISCHARGE", "SOC 01/13/2025 | Date of D/C 04/02/2025"], dt.date(2025, 4, 2)),
        # A discharge told as a phrase is a labelled date: it outranks the first date
        # of the page, an initial evaluation's.
        (
            ["Initial evaluation date: 02/03/2025", "Discharged from skilled PT 05/30/2025"],
            dt.date(2025, 5, 30),
        ),
        (["Initial eval 1/6/2025", "Discharge from therapy: 3/31/2025"], dt.date(2025, 3, 31)),
        # A plan to discharge dates nothing.
        (["Evaluation date: 1/6/2025", "Plan: discharge from PT at goal"], dt.date(2025, 1, 6)),
    ],
)
def test_discharge_dates_are_labelled_dates(lines: list[str], expected: dt.date) -> None:
    assert labelled_date(lines) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dates of care: 01/06/2025 - 07/28/2025", dt.date(2025, 7, 28)),
        ("Treated 12/02/2024 to 04/25/2025, 14 visits", dt.date(2025, 4, 25)),
        ("Seen 05/05/2025 for follow-up", dt.date(2025, 5, 5)),
    ],
)
def test_a_range_gives_its_end_as_the_unlabelled_date(line: str, expected: dt.date) -> None:
    assert unlabelled_date([line]) == expected


# A document's date is its own (header, labels, signature), never an event its narrative
# tells: injury, onset, a prior treatment, a comparison study (issue 13).
NARRATIVE_ONLY = [
    pytest.param(
        [
            "HX: This 60 y/o woman slipped on ice on 2/14/2019 and has had pain in the",
            "lower back since then, worse over the last month.",
        ],
        id="injury_in_history",
    ),
    pytest.param(
        [
            "HPI: Aching began while she was carrying boxes at work and it started on",
            "6/2/2019; it spread down the left leg by 6/5/2019.",
        ],
        id="wrapped_line_starting_with_the_onset",
    ),
    pytest.param(
        [
            "The film shows moderate joint space loss, worse when compared to 03/11/2020",
            "images. She had chemotherapy in 11/2018.",
        ],
        id="comparison_study_after_to",
    ),
    pytest.param(
        ["COURSE: Symptoms were better at the next visit on 4/23/2021 and he was discharged."],
        id="short_sentence",
    ),
    pytest.param(["He was admitted on 08/29/2020 after a fall at home."], id="admission_in_prose"),
]


@pytest.mark.parametrize("lines", NARRATIVE_ONLY)
def test_a_narrative_date_never_dates_its_document(lines: list[str]) -> None:
    assert labelled_date(lines) is None
    assert unlabelled_date(lines) is None


HEADER_DATES = [
    pytest.param(["Office Visit - 06/18/2026", "Pain began 01/02/2026."], "2026-06-18", id="title"),
    pytest.param(["Letter of Medical Necessity", "December 12, 2025"], "2025-12-12", id="dateline"),
    pytest.param(["OV 03/30/26", "S: 52F c/o R SIJ pain"], "2026-03-30", id="abbreviated_title"),
    pytest.param(
        ["Imaging Reports", "02/09/2026 XR SI JOINTS 3 VIEWS", "Mild sclerosis."],
        "2026-02-09",
        id="entry_heading",
    ),
    pytest.param(
        [
            "CLAIM NUMBER : 12345",
            "DATE OF INJURY : May 2, 2003",
            "DATE OF EXAMINATION : July 9, 2003",
        ],
        "2003-07-09",
        id="examination_label_after_injury_label",
    ),
    pytest.param(
        [
            "The patient fell from a ladder on 02/01/2025 and landed on the left buttock and",
            "has been seen here twice since then for the same complaint without relief.",
            "Electronically signed by A. Rivera, MD on 09/02/2025 10:14",
        ],
        "2025-09-02",
        id="signature",
    ),
    pytest.param(
        ["Pain is improved with rest and worse on stairs.", "D: 08/26/2003  T: 08/28/2003"],
        "2003-08-26",
        id="dictation_footer",
    ),
    pytest.param(
        ["Conference date: 11/19/2025. Presenter: L. Baptiste, MD."], "2025-11-19", id="conference"
    ),
    pytest.param(["Submitted: 06/22/2026", "Patient: Voss, E"], "2026-06-22", id="submitted"),
    pytest.param(
        [
            "FAX TRANSMITTAL",
            "To: CareSource NC Utilization Management | From: Summit Pain & Spine Associates",
            "Date sent: 12/08/2025",
        ],
        "2025-12-08",
        id="sent_date_under_a_long_table_row",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), HEADER_DATES)
def test_a_document_is_dated_by_its_header_labels_or_signature(
    lines: list[str], expected: str
) -> None:
    found = labelled_date(lines) or unlabelled_date(lines)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("office_note_2025-08-28.pdf", dt.date(2025, 8, 28)),
        ("03_XR_pelvis_20250114.pdf", dt.date(2025, 1, 14)),
        ("scan_0001.pdf", None),
        ("note_2025-13-40.pdf", None),
    ],
)
def test_a_file_name_dates_the_document_its_file_starts_with(
    name: str, expected: dt.date | None
) -> None:
    assert file_name_date(name) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["DISCHARGE SUMMARY", "DOB; 05/14/1976", "Referring: J. Roe, DO"],  # ':' read as ';'
        ["DISCHARGE SUMMARY", "DOB: 05/14/1976", "Referring: J. Roe, DO"],
        ["OFFICE NOTE", "Date of birth; 05/14/1976"],
    ],
)
def test_a_birth_date_is_never_a_document_date_whatever_the_separator(lines) -> None:
    from pipeline.ingest.split import unlabelled_date

    assert unlabelled_date(lines) != dt.date(1976, 5, 14)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a fax or OCR collapsed the gap between an identity line's fields to one space
        ("Pt: Lowe, Dana DOB 02/14/1961 DOS: 05/06/2025", dt.date(2025, 5, 6)),
        ("Patient: AMES, R DOB 11/30/1948 Date of service 09/02/2025.", dt.date(2025, 9, 2)),
        ("Name Kerr, T MRN 4471 DOB 7/1/1970 Procedure date: 3/3/2025", dt.date(2025, 3, 3)),
        ("Patient: Lowe, Dana DOB 02/14/1961", None),  # a birth date alone dates nothing
        ("seen in clinic 03/02/2025 and today", None),  # no label after the date
    ],
)
def test_a_label_right_after_a_date_starts_a_field(line: str, expected: dt.date | None) -> None:
    assert labelled_date([line]) == expected


def test_a_speck_between_fields_still_starts_one() -> None:
    """OCR reads a speck in a collapsed field gap ('1971 ~ DOS:')."""
    assert labelled_date(["Pt: HALE, D DOB 04/19/1971 ~ DOS: 11/13/2025"]) == dt.date(2025, 11, 13)
    assert labelled_date(["Pt: HALE, D- DOB 04/19/1971 . DOS: 01/22/2026"]) == dt.date(2026, 1, 22)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # key | value | key | value rows: the birth date sits in the first row
        (
            ["Patient | Roe, Ann | DOB | 04/03/1972", "Date of service | 06/05/2025 | MRN | X1"],
            dt.date(2025, 6, 5),
        ),
        (["Name | Kerr, T | Date of birth | 1/7/1960", "DOS | 3/3/2025"], dt.date(2025, 3, 3)),
        (
            ["Pt | Hale, D | D.O.B. | 11/30/1948", "Procedure date | 09/02/2025"],
            dt.date(2025, 9, 2),
        ),
    ],
)
def test_a_birth_date_in_a_key_value_table_never_dates_the_document(
    lines: list[str], expected: dt.date
) -> None:
    cells = label_table_cells(lines)
    assert (labelled_date(cells) or unlabelled_date(cells)) == expected


# A date of birth is never a document's date: a scan's speck between the label and the
# date, or the birth date written again without its label elsewhere on the page.
BIRTH_DATE_PAGES = [
    # (page lines, the document's date or None)
    (["Progress Note", "Patient: Ray Moss  DOB: . 3/14/58  Visit 2/9/26"], dt.date(2026, 2, 9)),
    (["CLINIC VISIT", "Pt  Ana Ruiz   D.O.B. - ; 07-04-49   seen 01/05/2026"], dt.date(2026, 1, 5)),
    (["Moss, Ray (03/14/1958)", "Clinic visit form", "3/14/58   2/9/26"], dt.date(2026, 2, 9)),
    (["MRN 2231  DOB 10/30/1944", "Office visit", "10-30-44"], None),
    (["Office visit", "Name: L. Tran  Date of birth: : 5/5/1962"], None),
]


@pytest.mark.parametrize(("lines", "expected"), BIRTH_DATE_PAGES)
def test_a_birth_date_never_dates_its_page(lines: list[str], expected: dt.date | None) -> None:
    labelled = label_table_cells(lines)
    assert (labelled_date(labelled) or unlabelled_date(labelled)) == expected


# The day of an accident or insurance loss ('DOL', 'Date of loss', 'Accident date') is an
# event's date, like an injury's: an auto-insurance form repeats it in its patient line,
# and the form's own date is another one.
LOSS_DATE_PAGES = [
    # (page lines, the document's date or None)
    (["NO-FAULT ATTENDING PROVIDER FORM", "Insured: J. Lake  DOL 04/22/2024"], None),
    (
        ["PIP verification", "Claimant: A. Sun   Date of loss: 3/9/2024", "Seen 05/06/2026"],
        dt.date(2026, 5, 6),
    ),
    (["Auto claim record", "D.O.L. 11-02-2023   Visit 2/2/2026"], dt.date(2026, 2, 2)),
    (["Accident date: 07/30/2024", "Treating provider report 01/12/2026"], dt.date(2026, 1, 12)),
    (["Date of the collision 08/19/2024"], None),
]


@pytest.mark.parametrize(("lines", "expected"), LOSS_DATE_PAGES)
def test_a_loss_or_accident_date_never_dates_its_page(
    lines: list[str], expected: dt.date | None
) -> None:
    labelled = label_table_cells(lines)
    assert (labelled_date(labelled) or unlabelled_date(labelled)) == expected
