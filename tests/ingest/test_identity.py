"""Where a page names its patient: labelled fields and running headers, never another
person's fields or prose. Cases are written for the class (label spellings, orders,
separators, header layouts), not copied from any packet."""

from __future__ import annotations

import pytest

from pipeline.ingest.identity import (
    identity_rules,
    member_ids_agree,
    names_agree,
    read_identity,
)
from pipeline.models import Page


def _page(text: str) -> Page:
    return Page(
        number=3, file="notes.pdf", file_page=1, width=612, height=792, text=text, char_boxes=b""
    )


READS = [
    # (line, [(field, compared value, text as written)])
    ("Patient: Rosa M. Ibarra", [("name", "ibarra rosa", "Rosa M. Ibarra")]),
    ("Patient Name: IBARRA, ROSA M", [("name", "ibarra rosa", "IBARRA, ROSA M")]),
    ("PT NAME: Ibarra, Rosa", [("name", "ibarra rosa", "Ibarra, Rosa")]),
    ("Member name: Jean-Paul Okoro", [("name", "jean okoro paul", "Jean-Paul Okoro")]),
    ("Name of patient: Ms. Rosa Ibarra", [("name", "ibarra rosa", "Ms. Rosa Ibarra")]),
    ("Member: Okoro, Jean-Paul", [("name", "jean okoro paul", "Okoro, Jean-Paul")]),
    ("DOB: 7/9/1958", [("dob", "1958-07-09", "7/9/1958")]),
    ("D.O.B. 07-09-1958", [("dob", "1958-07-09", "07-09-1958")]),
    ("Date of Birth: July 9, 1958", [("dob", "1958-07-09", "July 9, 1958")]),
    ("Birthdate  07/09/1958", [("dob", "1958-07-09", "07/09/1958")]),
    ("Member ID: QX 5521-803", [("member_id", "QX5521803", "QX 5521-803")]),
    ("Medicaid #: 900117342", [("member_id", "900117342", "900117342")]),
    # A spaced dash ends a field's value ("... - open SI joint arthrodesis").
    (
        "Member ID: CSN330918264 - open SI joint arthrodesis",
        [("member_id", "CSN330918264", "CSN330918264")],
    ),
    ("Patient: Rosa Ibarra - follow-up visit", [("name", "ibarra rosa", "Rosa Ibarra")]),
    ("DOB: 07/09/1958 \u2013 67 y/o", [("dob", "1958-07-09", "07/09/1958")]),
    (
        "Patient: Rosa Ibarra   DOB: 07/09/1958   Member ID: QX5521803",
        [
            ("name", "ibarra rosa", "Rosa Ibarra"),
            ("dob", "1958-07-09", "07/09/1958"),
            ("member_id", "QX5521803", "QX5521803"),
        ],
    ),
    (
        "Patient: IBARRA, ROSA M Visit date: 03/02/2025",
        [("name", "ibarra rosa", "IBARRA, ROSA M")],
    ),
    (
        "Riverbend Pain Clinic | IBARRA, ROSA M | DOB 07/09/1958 | Acct 4471",
        [("dob", "1958-07-09", "07/09/1958"), ("name", "ibarra rosa", "IBARRA, ROSA M")],
    ),
    (
        "OKORO, JEAN-PAUL  DOB 02/28/1990  Page 3 of 7",
        [("dob", "1990-02-28", "02/28/1990"), ("name", "jean okoro paul", "OKORO, JEAN-PAUL")],
    ),
    (
        "Rosa Ibarra (DOB 07/09/1958)",
        [("dob", "1958-07-09", "07/09/1958"), ("name", "ibarra rosa", "Rosa Ibarra")],
    ),
    (
        "Ibarra, Rosa * DOB 07/09/1958",
        [("dob", "1958-07-09", "07/09/1958"), ("name", "ibarra rosa", "Ibarra, Rosa")],
    ),
]

IGNORED = [
    "The patient tolerated the injection without complication.",
    "Discussed with the patient: she prefers to continue therapy.",
    "Patient: 61-year-old right-handed woman",
    "Subscriber DOB: 01/05/1949",
    "Guarantor's member ID: ZZ77331",
    "Emergency contact name: Luis Ibarra",
    "Therapist name: Dana Whitfield, DPT",
    "Referring provider: Dr. Amos Kell",
    "Policy number: MP-MM-1366",
    "She was born in 1958; DOB on file.",
    "Member ID:",
]


@pytest.mark.parametrize(("line", "expected"), READS, ids=[case[0] for case in READS])
def test_identity_reads_labelled_fields_and_headers(line, expected):
    mentions = read_identity([_page(line)])
    assert sorted((m.field, m.value, m.text) for m in mentions) == sorted(expected)
    for mention in mentions:
        assert line[mention.start : mention.end] == mention.text
        assert mention.page == 3 and mention.document == "notes.pdf"
        assert mention.rule_id.startswith("identity.")


@pytest.mark.parametrize("line", IGNORED)
def test_identity_ignores_prose_and_other_peoples_fields(line):
    assert read_identity([_page(line)]) == ()


def test_identity_label_value_never_runs_onto_the_next_line():
    table = "Request date | Member ID | DOB\n04/01/2025 | QX5521803 | 07/09/1958"
    assert read_identity([_page(table)]) == ()


AGREEMENT = [
    ("IBARRA, ROSA M", "Rosa M. Ibarra", True),
    ("Ibarra", "Rosa Ibarra", True),
    ("Okoro, Jean-Paul", "Jean Paul Okoro", True),
    ("Mrs. Rosa Ibarra", "IBARRA, ROSA", True),
    ("Ibarra, Rosa", "Ibarra, Marco", False),
    ("Rosa Ibarra", "Jean-Paul Okoro", False),
    ("Rosa Ibarra", "Rosa Quintero", False),
    # A familiar given name stands for its formal one, never for another formal name.
    ("Ted Marchetti", "MARCHETTI, THEODORE J", True),
    ("Bill Okafor", "William T. Okafor", True),
    ("LOWRY, PEGGY ANN", "Margaret Ann Lowry", True),
    ("Lupe Ochoa", "Guadalupe Ochoa", True),
    ("Edward Marchetti", "Theodore Marchetti", False),
    ("Bill Okafor", "Robert Okafor", False),
]


@pytest.mark.parametrize(("a", "b", "same"), AGREEMENT)
def test_identity_names_agree_across_orders_initials_and_titles(a, b, same):
    assert names_agree(a, b) is same
    assert names_agree(b, a) is same


def test_identity_rules_have_unique_ids():
    rules = identity_rules()
    ids = [r.id for r in rules.labels] + [h.id for h in rules.headers]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("line", "ocr", "dob"),
    [
        ("DOB 07/09/19 58", True, "1958-07-09"),
        ("Re: Rosa Ibarra, D.O.B. 7-9-19 58 - follow-up", True, "1958-07-09"),
        ("Date of birth: 11/30/20 01", True, "2001-11-30"),
        # On a text layer the written date is what it says.
        ("DOB 07/09/19 58", False, "2019-07-09"),
        # A whole year followed by another number is no split year.
        ("DOB 07/09/1958 67 y/o", True, "1958-07-09"),
    ],
    ids=["slashes", "dashes-in-prose", "2000s", "text-layer", "whole-year"],
)
def test_identity_a_scans_year_broken_by_a_space_is_read_whole(line, ocr, dob):
    page = _page(line).model_copy(update={"ocr": ocr})
    (mention,) = read_identity([page])
    assert mention.value == dob
    assert mention.text == page.text[mention.start : mention.end]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("CSN4821773001", "48217730", True),
        ("U96540338", "96540338", True),
        ("48217730", "4821773002", True),
        ("MCD900117342", "MCD900117342", True),
        ("4821773001", "4821773002", False),
        ("QX5521803", "QX5521777", False),
        ("X12345", "12345", False),
        ("ABCDE12345678", "12345678", False),
        ("9912345678", "12345678", False),
        ("CSN48217730777", "48217730", False),
    ],
    ids=[
        "prefix-and-suffix",
        "letter-prefix",
        "suffix",
        "equal",
        "two-suffixes",
        "other-id",
        "short-core",
        "long-prefix",
        "digit-prefix",
        "long-suffix",
    ],
)
def test_identity_member_ids_agree_with_and_without_card_prefix_and_suffix(a, b, same):
    assert member_ids_agree(a, b) is same
    assert member_ids_agree(b, a) is same


def _file_pages(*pages: tuple[str, str]) -> list[Page]:
    return [
        Page(
            number=n,
            file=file,
            file_page=n,
            width=612,
            height=792,
            text=text,
            char_boxes=b"",
        )
        for n, (file, text) in enumerate(pages, start=1)
    ]


US_VISIT = "Office visit 12/18/2025. Pt: Hale, Nora  DOB 03/07/1971. Seen again 01/22/2026."
UK_LETTER = "Clinic letter 19/11/2025. Re: Mrs Nora HALE, DOB 07/03/1971. Reviewed 24/11/2025."
UK_PRINT_ONE_DATE = "GP summary print 27/08/2025\nPatient: Nora Hale   DOB 07.03.1971"
UK_BARE = "Physio discharge letter\nPatient: Nora HALE   DOB 07/03/1971\nDischarged: 8 sessions"
US_OTHER_DOB = "Office visit 12/18/2025. Pt: Hale, Nora  DOB 03/08/1971. Seen again 01/22/2026."
UK_OTHER_DOB = "Clinic letter 19/11/2025. Re: Mrs Nora HALE, DOB 08/03/1971. Reviewed 24/11/2025."


@pytest.mark.parametrize(
    ("pages", "mismatch"),
    [
        # US pages month-first, English pages day-first: one birthday written both ways.
        ([("us.pdf", US_VISIT), ("uk.pdf", UK_LETTER)], False),
        # One day-first date on the English page is enough for its own DOB.
        ([("us.pdf", US_VISIT), ("uk.pdf", UK_PRINT_ONE_DATE)], False),
        # A page with no telling date of its own, in a file of English and US pages.
        ([("p.pdf", US_VISIT), ("p.pdf", UK_LETTER), ("p.pdf", UK_BARE)], False),
        # Different birthdays stay different, whatever order each page writes.
        ([("us.pdf", US_VISIT), ("uk.pdf", UK_OTHER_DOB)], True),
        ([("us.pdf", US_OTHER_DOB), ("uk.pdf", UK_LETTER)], True),
        ([("p.pdf", US_VISIT), ("p.pdf", UK_OTHER_DOB), ("p.pdf", UK_BARE)], True),
        # A lone ambiguous DOB on a page of US dates is month-first: no swap allowed.
        ([("us.pdf", US_VISIT), ("us2.pdf", US_VISIT.replace("03/07", "07/03"))], True),
    ],
    ids=[
        "uk-us-files",
        "one-day-first-date",
        "bare-page-in-mixed-file",
        "other-dob-on-uk-page",
        "other-dob-on-us-page",
        "other-dob-mixed-file",
        "swap-on-two-us-pages",
    ],
)
def test_identity_dob_is_read_in_its_pages_date_order(pages, mismatch):
    from pipeline.integrity import PATIENT_MISMATCH, patient_notices

    notices = patient_notices(read_identity(_file_pages(*pages)))
    assert any(n.code == PATIENT_MISMATCH for n in notices) is mismatch


def test_identity_same_written_dob_on_a_translated_and_a_us_page_agrees():
    """One DOB written '09/02/1968' everywhere: a translated page's day-first dates and
    a US page's month-first ones read it two ways, yet it names one patient."""
    from pipeline.integrity import PATIENT_MISMATCH, patient_notices

    translated = "[Certified translation]\nPaciente: Ana Ruiz  DOB 09/02/1968\nConsulta 14/04/2025"
    us_page = "Patient: Ana Ruiz  DOB 09/02/1968  Seen 12/18/2025"
    pages = _file_pages(("t.pdf", translated), ("us.pdf", us_page))
    assert not any(n.code == PATIENT_MISMATCH for n in patient_notices(read_identity(pages)))
