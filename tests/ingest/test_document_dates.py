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
