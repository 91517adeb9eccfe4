"""Dates as notes write them: absolute, partial, ranges, durations and relative."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import (
    add_months,
    date_order,
    document_date_order,
    find_dates,
    find_durations,
    find_ranges,
    labels_birth,
    parse_date,
)

REF = dt.date(2025, 9, 15)

PARSE_CASES = [
    ("08/21/2025", dt.date(2025, 8, 21)),
    ("8/21/25", dt.date(2025, 8, 21)),
    ("8-21-2025", dt.date(2025, 8, 21)),
    ("08 / 21 / 2025", dt.date(2025, 8, 21)),
    ("Aug 21 2025", dt.date(2025, 8, 21)),
    ("Aug. 21st, 2025", dt.date(2025, 8, 21)),
    ("August 21, 2025", dt.date(2025, 8, 21)),
    ("21 Aug 2025", dt.date(2025, 8, 21)),
    ("21-Aug-25", dt.date(2025, 8, 21)),
    ("2025-08-21", dt.date(2025, 8, 21)),
    ("09/2024", dt.date(2024, 9, 1)),
    ("9/2024", dt.date(2024, 9, 1)),
    ("Sept 2024", dt.date(2024, 9, 1)),
    ("September, 2024", dt.date(2024, 9, 1)),
    ("February of 2004", dt.date(2004, 2, 1)),
    ("Dec. of 2023", dt.date(2023, 12, 1)),
    ("2024-09", dt.date(2024, 9, 1)),
    ("Date of service: 03/04/2025", dt.date(2025, 3, 4)),
    ("02/30/2025", None),
    ("13/01/2025", None),
    ("pain 7/10", None),
    ("no date here", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_date_formats(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


PRECISION_CASES = [
    ("seen 08/21/2025", "day"),
    ("PT started 09/2024", "month"),
    ("PT started Sept 2024", "month"),
    ("MRI dated February of 2004", "month"),
    ("a second injury in May of 2005", "month"),
    ("SI injections in 2019", "year"),
]


@pytest.mark.parametrize(("text", "precision"), PRECISION_CASES)
def test_precision(text: str, precision: str) -> None:
    (mention,) = find_dates(text)
    assert mention.precision == precision


def test_month_mention_last_day_covers_the_month() -> None:
    (mention,) = find_dates("through 02/2024")
    assert mention.last_day == dt.date(2024, 2, 29)


RANGE_CASES = [
    ("PT 10/07/2024 - 05/09/2025", dt.date(2024, 10, 7), dt.date(2025, 5, 9)),
    ("from 1/2025 to 6/2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
    ("Oct 2024 through March 2025", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
    ("Oct - Dec 2024", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("Nov-Feb 2025", dt.date(2024, 11, 1), dt.date(2025, 2, 28)),
    ("between 3/2025 and 5/2025", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
    ("10/07/2024–11/15/2024", dt.date(2024, 10, 7), dt.date(2024, 11, 15)),
    ("HEP 01/2025 - present", dt.date(2025, 1, 1), REF),
    ("chiropractic 2/1/25 thru 4/30/25", dt.date(2025, 2, 1), dt.date(2025, 4, 30)),
    # a yearless start takes the year of its end (the year before when it falls after it)
    ("from June 2 through August 29, 2025", dt.date(2025, 6, 2), dt.date(2025, 8, 29)),
    ("Jan 6 - Apr 18, 2025", dt.date(2025, 1, 6), dt.date(2025, 4, 18)),
    ("05/12-08/29/2025", dt.date(2025, 5, 12), dt.date(2025, 8, 29)),
    ("between March 3 and June 27, 2025", dt.date(2025, 3, 3), dt.date(2025, 6, 27)),
    ("Nov 4 through Feb 20, 2025", dt.date(2024, 11, 4), dt.date(2025, 2, 20)),
    ("from 12/01 to 01/31/2024", dt.date(2023, 12, 1), dt.date(2024, 1, 31)),
    # a scan's speck read as ':' or ',' after the first date still joins the range
    ("Episode: 10/27/2024: to 02/09/2025", dt.date(2024, 10, 27), dt.date(2025, 2, 9)),
    ("PT 03/03/2025, through 06/30/2025", dt.date(2025, 3, 3), dt.date(2025, 6, 30)),
]


@pytest.mark.parametrize(("text", "start", "end"), RANGE_CASES)
def test_ranges(text: str, start: dt.date, end: dt.date) -> None:
    (found,) = find_ranges(text, reference=REF)
    assert (found.start_date, found.end_date) == (start, end)
    assert found.first.is_range_start and found.last.is_range_end


def test_yearless_day_without_a_range_keeps_the_reference_year() -> None:
    first, second = find_dates("seen May 3 and 06/20/2024", reference=REF)
    assert (first.value, first.relative) == (dt.date(2025, 5, 3), True)
    assert not (first.is_range_start or second.is_range_end)


def test_day_month_pattern_does_not_read_a_dash_range_as_one_date() -> None:
    # "6 - Apr 18" was read as 6 April 2018
    assert [m.value for m in find_dates("Jan 6 - Apr 18, 2025")] == [dt.date(2025, 4, 18)]
    assert parse_date("21-Aug-25") == parse_date("21 Aug 2025") == dt.date(2025, 8, 21)


@pytest.mark.parametrize(
    "text",
    [
        "seen 3/2025 and 5/2025",
        "05/09/2025 - 10/07/2024",
        "visits 1/2025, 6/2025",
        "visits 1/2025: 6/2025",
    ],
)
def test_not_ranges(text: str) -> None:
    assert find_ranges(text) == []


DURATION_CASES = [
    ("PT x 6 months", 6, "month", None),
    ("for 3 weeks", 3, "week", None),
    ("8 wks of therapy", 8, "week", None),
    ("x6mo", 6, "month", None),
    ("for six weeks", 6, "week", None),
    ("relief lasting 4 hours", 4, "hour", None),
    ("relief x 2 hrs", 2, "hour", None),
    ("for the past 4 months", 4, "month", "lookback"),
    ("3 months ago", 3, "month", "ago"),
    ("2 weeks later", 2, "week", "later"),
    ("a week ago", 1, "week", "ago"),
]


@pytest.mark.parametrize(("text", "amount", "unit", "direction"), DURATION_CASES)
def test_durations(text: str, amount: float, unit: str, direction: str | None) -> None:
    (found,) = find_durations(text)
    assert (found.amount, found.unit, found.direction) == (amount, unit, direction)


@pytest.mark.parametrize(
    "text", ["3 days a week", "2 days per week", "ibuprofen 600 mg", "twice a day", "a day"]
)
def test_frequencies_and_doses_are_not_durations(text: str) -> None:
    assert find_durations(text) == []


def test_duration_range_keeps_both_bounds() -> None:
    (found,) = find_durations("relief for 6-8 weeks")
    assert (found.amount, found.amount_max) == (6, 8)


def test_duration_before_uses_calendar_months() -> None:
    (found,) = find_durations("x 6 months")
    assert found.before(dt.date(2025, 8, 31)) == dt.date(2025, 2, 28)


RELATIVE_CASES = [
    ("3 months ago", dt.date(2025, 6, 15), "day"),
    ("2 weeks later", dt.date(2025, 9, 29), "day"),
    ("since September", dt.date(2025, 9, 1), "month"),
    ("since October", dt.date(2024, 10, 1), "month"),
    ("since May", dt.date(2025, 5, 1), "month"),
    ("the 6/3 injection", dt.date(2025, 6, 3), "day"),
    ("seen on June 3rd", dt.date(2025, 6, 3), "day"),
    ("on 1/5 she", dt.date(2025, 1, 5), "day"),
    ("follow-up on 10/1", dt.date(2025, 10, 1), "day"),
]


@pytest.mark.parametrize(("text", "value", "precision"), RELATIVE_CASES)
def test_relative_dates(text: str, value: dt.date, precision: str) -> None:
    (mention,) = find_dates(text, reference=REF)
    assert (mention.value, mention.precision, mention.relative) == (value, precision, True)


@pytest.mark.parametrize(
    "text",
    ["pain 8/10 and 6/10", "it may help", "we march on", "VAS 65/100"],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, reference=REF) == []


def test_relative_needs_a_reference() -> None:
    assert find_dates("3 months ago, since September, the 6/3 injection") == []


def test_offsets_point_at_the_date() -> None:
    text = "Injection on 06/03/2025; follow-up Jul 1, 2025."
    spans = [text[m.start : m.end] for m in find_dates(text)]
    assert spans == ["06/03/2025", "Jul 1, 2025"]


def test_add_months_clamps_day() -> None:
    assert add_months(dt.date(2025, 3, 31), -1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 1, 15), 13) == dt.date(2025, 2, 15)


# --------------------------------------------------------------------------- properties

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))
FORMATS = [
    "%m/%d/%Y",
    "%-m/%-d/%Y",
    "%Y-%m-%d",
    "%b %d %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%d-%b-%Y",
]


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=200),
    reference=st.one_of(st.none(), st.dates()),
)
def test_never_raises_on_arbitrary_text(text: str, reference: dt.date | None) -> None:
    find_dates(text, reference=reference)
    find_durations(text)
    find_ranges(text, reference=reference)
    parse_date(text, reference=reference)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet="0123456789/-. ,'xXaAgugSeptmonthsweeksdaysagosince", max_size=60),
    reference=st.dates(),
)
def test_never_raises_on_date_like_text(text: str, reference: dt.date) -> None:
    for mention in find_dates(text, reference=reference):
        assert 0 <= mention.start < mention.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(value=dates, fmt=st.sampled_from(FORMATS))
def test_well_formed_dates_round_trip(value: dt.date, fmt: str) -> None:
    written = value.strftime(fmt)
    text = f"seen on {written} for follow-up"
    (mention,) = find_dates(text)
    assert mention.value == value
    assert text[mention.start : mention.end] == written


@settings(max_examples=100, deadline=None)
@given(value=dates, fmt=st.sampled_from(["%m/%Y", "%b %Y", "%B %Y", "%Y-%m"]))
def test_month_dates_round_trip_to_first_of_month(value: dt.date, fmt: str) -> None:
    (mention,) = find_dates(f"since {value.strftime(fmt)}.")
    assert (mention.value, mention.precision) == (value.replace(day=1), "month")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("PT 2x/wk 02/2025-08/2025 (Summit PT)", dt.date(2025, 2, 1), dt.date(2025, 8, 31)),
        ("Naproxen since 01/2025 - ongoing", dt.date(2025, 1, 1), REF),
        ("HEP 06/2025 to today", dt.date(2025, 6, 1), REF),
    ],
)
def test_month_ranges_after_a_dash_and_open_ends(text: str, start: dt.date, end: dt.date) -> None:
    (found,) = find_ranges(text, reference=REF)
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize(
    ("text", "value"),
    [("seen today", REF), ("fell yesterday", dt.date(2025, 9, 14))],
)
def test_today_and_yesterday(text: str, value: dt.date) -> None:
    (mention,) = find_dates(text, reference=REF)
    assert (mention.value, mention.relative) == (value, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("block on August fourth, 2025", dt.date(2025, 8, 4)),
        ("September twenty-ninth, 2025 repeat block", dt.date(2025, 9, 29)),
        ("Sept twenty ninth 2025", dt.date(2025, 9, 29)),
        ("on the fourth of August, 2025", dt.date(2025, 8, 4)),
        ("the thirty-first of December 2024", dt.date(2024, 12, 31)),
        ("seen August fourth for a block", dt.date(2025, 8, 4)),  # yearless: nearest year
        ("March second, 2025 visit", dt.date(2025, 3, 2)),
    ],
)
def test_days_written_as_ordinal_words(text: str, expected: dt.date) -> None:
    (mention,) = find_dates(text, reference=REF)
    assert mention.value == expected and mention.precision == "day"


@pytest.mark.parametrize("text", ["March second opinion", "May first be seen", "June third-party"])
def test_ambiguous_ordinals_after_a_month_without_a_year_are_not_dates(text: str) -> None:
    assert [m for m in find_dates(text, reference=REF) if m.precision == "day"] == []


BIRTH_LABEL_CASES = [
    # (text just before a date, whether it labels the date a birth date)
    ("Pt: ROE, ANN  DOB ", True),
    ("D.O.B.: ", True),
    ("D. O. B. - ", True),
    ("Date of birth ", True),
    ("Birthdate:", True),
    ("was born on ", True),
    ("KIM, DANIEL J (", True),  # a banner's name, then the birth date in brackets
    # OCR's misreadings of the label on faxed pages (a B for the D, a zero for the O)
    ("Patient: Alma Zuniga Ochoa BOB: ", True),
    ("Pt ROE D0B ", True),
    ("0OB: ", True),
    ("DO8 ", True),
    ("Bob: ", False),  # a name in prose, not the label's capitals
    ("Date of service: ", False),
    ("injected on ", False),
    ("Seen (", False),  # a bracket after a word that is no 'Last, First' name
    ("DOB 03/02/1961, DOS ", False),  # the label belongs to an earlier date
]


@pytest.mark.parametrize(("before", "expected"), BIRTH_LABEL_CASES)
def test_birth_label_before_a_date(before: str, expected: bool) -> None:
    assert labels_birth(before) is expected


# --------------------------------------------------------------------------- date order

ORDER_CASES = [
    # a translated PT discharge: the certification states the convention
    (
        "[Certified English translation of the original in Portuguese]\n"
        "Admission to physiotherapy 03/02/2025, discharged 11/04/2025.",
        "day_first",
    ),
    # a day-first clinic note: an ambiguous date beside two only-day-first ones
    ("Consulta 07/04/2025. Control 20/06/2025. Next review 18/08/2025.", "day_first"),
    # a stated format
    ("Fecha (DD/MM/AAAA): 05/03/2025", "day_first"),
    ("All dates are dd/mm/yyyy. Seen 05/03/2025", "day_first"),
    # a US note: no evidence, month-first
    ("Seen 07/04/2025; PT 01/10/2025 - 03/20/2025", "month_first"),
    # a US birth date never counts as evidence either way
    ("DOB 01/23/1985. Fecha: 14/04/2025, 25/07/2025", "day_first"),
    # both conventions in one document
    ("Seen 14/04/2025, 21/05/2025 and again 06/20/2025", "mixed"),
    # a US overread of translated studies: its dates were converted to month-first
    ("Dates converted from outside DD/MM format: XR 05/19/2025", "month_first"),
    # a fax banner's and a translator's own US dates do not outweigh the translation
    (
        "FROM: PIEDMONT SPINE  TO: UM 02/16/2026 10:42 P. 4/12\n"
        "[Certified translation - Job 26-0193]\nSigned 09/22/2025\nSeen 14/03/2025",
        "day_first",
    ),
    ("FROM: CLINIC TO: PLAN 02/16/2026 P. 4/12\n[Certified translation]\n07/04/2025", "day_first"),
    # a course written 'from ... to ...' in prose is the record's own dates, not a fax
    # banner's FROM/TO line (only a line with a phone number or colons is a banner)
    ("Physio from 14/03/2025 to 30/04/2025, then home program.", "day_first"),
    ("PT from 03/14/2025 to 04/30/2025.", "month_first"),
    ("From: clinic To: plan 14/03/2025 21/03/2025\nSeen 05/03/2025", "month_first"),
    ("FROM 919 555 0142 TO UM 14/03/2025 21/03/2025\nSeen 05/03/2025", "month_first"),
    # dotted numeric dates are the European way: with one only-day-first date they
    # make the record day-first; alone (a US note's "03.12.2025") they do not
    ("KG 6x from 12.03.2025 to 30.04.2025", "day_first"),
    ("Seen 03.12.2025, follow up 04.01.2026", "month_first"),
    ("Datum: 05.03.2025\nBefund unauffaellig", "day_first"),
    ("[Certified translation from German]\nSeen 05/03/2025", "day_first"),
    # a single outside date quoted in a US note (or an OCR misread) backs no convention
    ("Outside CT 15/02/2025 (translated). Visit: 09/08/2025", "month_first"),
    ("Certification 10/06/2025 - 12/01/2025, re-eval 16/06/2025", "month_first"),
    ("no dates at all", "month_first"),
    ("[Certified translation - Job 26-0193]\nStart of care 07/04/2025", "day_first"),
    ("CERTIFICATE OF TRANSLATION ACCURACY\nSeen 05/03/2025", "day_first"),
    # a US note that only mentions translations in the chart is no translation
    ("Outside records reviewed, certified translations in chart. Seen 05/03/2025", "month_first"),
    # an English record's furniture (NHS number, UK credential) counts as one day-first
    # date: with one only-day-first date the record reads day-first...
    ("NHS No | 401 223 9987\nFirst appointment 03/02/2025, last 22/08/2025", "day_first"),
    ("Dr A Rowe FRCA FFPMRCA\nDate 17/06/2025. Review 04/08/2025", "day_first"),
    ("Seen 29/07/2025, typed 04/08/2025.\nMr K Iqbal FRCS (Tr & Orth)", "day_first"),
    ("J. Moss MCSP, HCPC PH104455. Discharged 22/08/2025", "day_first"),
    # ...never alone, nor beside a month-first date, nor a Canadian FRCS(C)
    ("NHS Number: 485 777 3456. Seen 03/04/2025", "month_first"),
    ("Outside NHS No. 485 777 3456 reviewed; seen 12/18/2025 and 13/01/2026", "mixed"),
    ("Dr P Roy FRCS(C). Seen 29/07/2025", "month_first"),
]


@pytest.mark.parametrize(("text", "order"), ORDER_CASES)
def test_document_date_order(text: str, order: str) -> None:
    assert document_date_order(text) == order


def _read(text: str, reference: dt.date | None = None) -> list[dt.date]:
    with date_order(document_date_order(text)):
        return [m.value for m in find_dates(text, reference=reference)]


def test_translated_discharge_reads_day_first_range() -> None:
    text = (
        "[English translation - certified; original in Spanish]\n"
        "Start of care: 07/04/2025     Discharge date: 20/06/2025\n"
        "27 sessions between 14/04/2025 and 25/07/2025."
    )
    with date_order(document_date_order(text)):
        (ranged,) = find_ranges(text)
        assert _read(text)[:2] == [dt.date(2025, 4, 7), dt.date(2025, 6, 20)]
    assert (ranged.start_date, ranged.end_date) == (dt.date(2025, 4, 14), dt.date(2025, 7, 25))


def test_day_first_note_reads_every_slash_date_day_first() -> None:
    text = "Initial visit 07/04/2025. Review 20/06/2025. Physio 02/05/2025 - 30/06/2025."
    assert _read(text) == [
        dt.date(2025, 4, 7),
        dt.date(2025, 6, 20),
        dt.date(2025, 5, 2),
        dt.date(2025, 6, 30),
    ]


def test_day_first_yearless_and_impossible_dates() -> None:
    text = "Traductor público: dates as DD/MM. Seen 31/13/2025; f/u 25/09; pain 7/10"
    assert _read(text, reference=dt.date(2025, 10, 1)) == [dt.date(2025, 9, 25)]


def test_us_note_stays_month_first() -> None:
    assert _read("Seen 07/04/2025; MRI 05/13/2025") == [dt.date(2025, 7, 4), dt.date(2025, 5, 13)]
    # one day-first-only date alone stays unread, as in any US note
    assert _read("Seen 07/04/2025, 13/04/2025") == [dt.date(2025, 7, 4)]


def test_mixed_document_reads_no_ambiguous_date_and_no_window() -> None:
    text = "PT 14/04/2025 - 07/05/2025. Follow-up 06/20/2025, 21/07/2025, again 07/04/2025."
    with date_order(document_date_order(text)):
        assert find_ranges(text) == []
        assert [m.value for m in find_dates(text)] == [dt.date(2025, 6, 20)]


def test_order_defaults_to_month_first_outside_a_document() -> None:
    assert parse_date("07/04/2025") == dt.date(2025, 7, 4)
    assert parse_date("07/04/2025", order="day_first") == dt.date(2025, 4, 7)
