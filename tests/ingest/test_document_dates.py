"""Document dates from form tables and abbreviated labels, never a birth date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.ingest.split import first_date, label_table_cells, labelled_date


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
    assert first_date(lines) is None


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
    assert first_date(label_table_cells(lines)) == dt.date(2025, 7, 30)


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
    assert first_date(labelled) == dt.date(2026, 6, 18)  # never the birth date


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["PT DISCHARGE SUMMARY", "Discharge date: 07/28/2025"], dt.date(2025, 7, 28)),
        (["Date of discharge 4/25/2025", "Seen since 12/02/2024"], dt.date(2025, 4, 25)),
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
def test_a_range_gives_its_end_as_the_first_date(line: str, expected: dt.date) -> None:
    assert first_date([line]) == expected
