"""Dates, date ranges, durations and relative dates as clinical notes write them.

Prior-authorization criteria are windows ("6 months of therapy in the 12 months before
the request") and injection events are matched across documents by date, so every
date a note states has to be read the same way everywhere: "08/21/2025", "Aug 21 2025",
"09/2024" (a month: the 1st, with ``precision="month"``), "PT 10/07/2024 - 05/09/2025",
"x 6 months", "3 months ago", "since September". Month names, unit words and cue words
are data (``pipeline/resources/dates.json``).

Numeric dates are month-first unless the document they are read in writes them day-first
(a translated Latin-American record: "14/04/2025", "DD/MM/AAAA", a translator's
certification): ``document_date_order`` decides once per document and ``date_order``
makes every reading inside it follow that convention; a document showing both
conventions reads no ambiguous date ("07/04/2025") at all.

Nothing here reads the clock: relative expressions resolve only against a ``reference``
date the caller passes (the document's date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict

Precision = Literal["day", "month", "year"]
DateOrder = Literal["month_first", "day_first", "mixed"]
"""How a document writes numeric dates: "03/04/2025" is 4 March when month-first, 3 April
when day-first, and unread when the document shows both conventions ("mixed")."""
Unit = Literal["minute", "hour", "day", "week", "month", "year"]

MIN_YEAR = 1900
MAX_YEAR = 2100
YEARLESS_LOOKAHEAD_DAYS = 60
"""A yearless date may be this far after the document date ("follow-up on 10/1")."""


class DateVocabulary(BaseModel):
    """The words dates are written with, validated when loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    months: dict[str, int]
    verb_like_months: list[str]
    number_words: dict[str, float]
    ordinal_days: dict[str, int]
    weak_numbers: list[str]
    units: dict[Unit, list[str]]
    range_connectors: list[str]
    open_range_ends: list[str]
    year_cues: list[str]
    month_cues: list[str]
    duration_lead: list[str]
    duration_lookback: list[str]
    ago_words: list[str]
    later_words: list[str]
    frequency_words: list[str]
    today_words: dict[str, int]
    birth_labels: list[str]
    """Regexes for a birth-date label ending the text just before a date."""
    day_first_cues: list[str]
    """Regexes for a stated day-first format or a translator's certification."""
    day_first_signs: list[str]
    """Regexes for furniture of a record kept where dates are written day-first (an
    NHS number, a UK therapist's registration): each counts as one day-first-only date,
    never decides alone."""
    date_order_skip: list[str]
    """Regexes for lines whose dates are no evidence of a document's order (fax banners)."""


@cache
def vocabulary() -> DateVocabulary:
    path = resources.files("pipeline.resources").joinpath("dates.json")
    return DateVocabulary.model_validate(json.loads(path.read_text(encoding="utf-8")))


@cache
def _birth_label() -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?:{label})" for label in vocabulary().birth_labels), re.IGNORECASE
    )


def labels_birth(before: str) -> bool:
    """Whether the text just before a date labels it a date of birth ('DOB:', 'Date of
    birth', 'born on', the '(' after a 'DOE, JANE' banner name). A birth date is never
    a procedure's, a therapy's or a document's date."""
    return _birth_label().search(before) is not None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class DateMention:
    """A date written in text: ``text[start:end]`` means ``value`` at ``precision``.

    A month ("09/2024") has ``value`` on the 1st; a year on January 1st. ``relative``
    marks values computed from the reference date ("3 months ago", "since May",
    "to present"). ``is_range_start`` / ``is_range_end`` mark the two ends of a range.
    """

    start: int
    end: int
    value: dt.date
    precision: Precision = "day"
    is_range_start: bool = False
    is_range_end: bool = False
    relative: bool = False

    @property
    def last_day(self) -> dt.date:
        """The last day the mention covers (end of the month for "03/2025")."""
        return last_day(self.value, self.precision)


@dataclass(frozen=True)
class DateRange:
    """Two mentions joined by "-", "to", "through", "between ... and"."""

    first: DateMention
    last: DateMention

    @property
    def start(self) -> int:
        return self.first.start

    @property
    def end(self) -> int:
        return self.last.end

    @property
    def start_date(self) -> dt.date:
        return self.first.value

    @property
    def end_date(self) -> dt.date:
        """Partial end dates cover their whole month/year ("to 6/2025" -> 2025-06-30)."""
        return self.last.last_day


@dataclass(frozen=True)
class Duration:
    """A length of time: "x 6 months", "for 3 weeks", "8 wks", "relief lasting 4 hours".

    ``amount_max`` is the upper bound of "6-8 weeks" (else equal to ``amount``).
    ``direction`` is ``ago`` for "3 months ago", ``later`` for "2 weeks later",
    ``lookback`` for "for the past 4 months", else ``None``.
    """

    start: int
    end: int
    amount: float
    unit: Unit
    amount_max: float
    direction: Literal["ago", "later", "lookback"] | None = None

    @property
    def hours(self) -> float:
        """Length in hours (a month as 30 days, a year as 365) for comparisons only."""
        return self.amount * UNIT_HOURS[self.unit]

    def before(self, end: dt.date) -> dt.date:
        """The date this duration before ``end`` (months as calendar months)."""
        return shift(end, -self.amount, self.unit)

    def after(self, start: dt.date) -> dt.date:
        return shift(start, self.amount, self.unit)


UNIT_HOURS: dict[str, float] = {
    "minute": 1 / 60,
    "hour": 1,
    "day": 24,
    "week": 24 * 7,
    "month": 24 * 30,
    "year": 24 * 365,
}
"""Hours in one of each unit (a month as 30 days, a year as 365): for comparing lengths."""


# --------------------------------------------------------------------------- arithmetic


def last_day(value: dt.date, precision: Precision) -> dt.date:
    if precision == "year":
        return dt.date(value.year, 12, 31)
    if precision == "month":
        return dt.date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    return value


def add_months(value: dt.date, months: int) -> dt.date:
    """Calendar-month arithmetic, clamping the day (Mar 31 - 1 month -> Feb 28/29)."""
    index = value.year * 12 + (value.month - 1) + months
    year, month = divmod(index, 12)
    year = min(max(year, dt.MINYEAR), dt.MAXYEAR)
    day = min(value.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def shift(value: dt.date, amount: float, unit: str) -> dt.date:
    """``value`` moved by ``amount`` units; fractional months/years fall back to days."""
    try:
        if unit in ("month", "year") and float(amount).is_integer():
            return add_months(value, int(amount) * (12 if unit == "year" else 1))
        return value + dt.timedelta(hours=amount * UNIT_HOURS[unit])
    except OverflowError:
        return dt.date.max if amount > 0 else dt.date.min


# --------------------------------------------------------------------------- patterns


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    absolute: re.Pattern[str]
    yearless: re.Pattern[str]
    month_pair: re.Pattern[str]
    cued_month: re.Pattern[str]
    cued_year: re.Pattern[str]
    duration: re.Pattern[str]
    connector: re.Pattern[str]
    open_end: re.Pattern[str]
    between: re.Pattern[str]
    today: re.Pattern[str]


AMBIGUOUS_DAYS = frozenset({"first", "second"})


@cache
def _patterns(day_first: bool = False) -> _Patterns:
    """The date patterns; ``day_first`` lets a numeric date's first field be a day (13-31)."""
    v = vocabulary()
    mon = rf"(?:{_alternation(list(v.months))})"
    day = r"(?:[0-2]?\d|3[01])"
    ordinal = r"(?:st|nd|rd|th)?"
    # "August fourth", "the twenty-ninth of September, 2025" (named months only)
    spaced = r"[\s-]"
    words = [w.replace("-", spaced) for w in sorted(v.ordinal_days, key=len, reverse=True)]
    named_day = rf"(?:{day}|{'|'.join(words)})"
    # Without a year, "March second opinion" and "May first" are not dates.
    clear = "|".join(w for w in words if w not in AMBIGUOUS_DAYS)
    named_day_yearless = rf"(?:{day}|(?:{clear})(?![\w-]))"  # not "third-party"
    year4 = r"(?:19|20)\d{2}"
    first = day if day_first else r"(?:[01]?\d)"
    absolute = "|".join(
        [
            # 2025-08-21, 2025/08/21
            rf"(?P<iso_y>{year4})[-/.](?P<iso_m>[01]?\d)[-/.](?P<iso_d>{day})(?![\d])",
            # 08/21/2025, 8/21/25, 08 / 21 / 2025, 8-21-2025, 8.21.2025
            rf"(?P<mdy_m>{first})(?P<sep>\s?/\s?|-|\.)(?P<mdy_d>{day})(?P=sep)"
            rf"(?P<mdy_y>{year4}|\d{{2}})(?![\d/])",
            # Aug 21 2025, August 21, 2025, Aug. 21st, 2025, Aug-21-2025
            rf"(?P<mdn_m>{mon})\.?[\s-]*(?P<mdn_d>{named_day}){ordinal}(?:,\s*|\s+|-|,)"
            rf"(?P<mdn_y>{year4}|'\d{{2}})(?!\d)",
            # 21 Aug 2025, 21-Aug-25, 21st of August, 2025 (not "Jan 6 - Apr 18, 2025")
            rf"(?P<dmn_d>{named_day}){ordinal}(?:\s+of)?(?:\s+|-)(?P<dmn_m>{mon})\.?(?:,?\s+|-)"
            rf"(?P<dmn_y>{year4}|'?\d{{2}})(?!\d)",
            # 09/2024, 9-2024, 2024-09
            rf"(?P<my_m>[01]?\d)\s?[/-]\s?(?P<my_y>{year4})(?![\d/])",
            rf"(?P<ym_y>{year4})-(?P<ym_m>[01]\d)(?![\d-])",
            # Sept 2024, September, 2024, Aug '25, February of 2004
            rf"(?P<mn_m>{mon})\.?,?\s+(?:of\s+)?(?P<mn_y>{year4}|'\d{{2}})(?!\d)",
        ]
    )
    number = _alternation(list(v.number_words)) + r"|\d+(?:\.\d+)?"
    units = {w: unit for unit, words in v.units.items() for w in words}
    unit_alt = _alternation(list(units))
    lead = _alternation(v.duration_lead)
    lookback = _alternation(v.duration_lookback)
    frequency = _alternation(v.frequency_words)
    duration = (
        rf"(?:(?P<lead>{lead})\s*(?:the\s+)?(?:(?P<lookback>{lookback})\s+)?)?"
        rf"(?P<n>{number})(?:\s*(?:-|to|–)\s*(?P<n2>\d+(?:\.\d+)?))?\s*(?:\+\s*)?-?\s*"
        rf"(?P<unit>{unit_alt})\.?(?![\w/])"
        rf"(?!\s*(?:{frequency})\s*(?:{unit_alt})\b)"
        rf"(?:\s+(?P<ago>{_alternation(v.ago_words)})\b"
        rf"|\s+(?P<later>{_alternation(v.later_words)})\b)?"
    )
    connectors = _alternation(v.range_connectors)
    return _Patterns(
        absolute=re.compile(rf"(?<![\w/.])(?:{absolute})", re.IGNORECASE),
        yearless=re.compile(
            rf"(?<![\w/.-])(?:(?P<yl_m>{first})/(?P<yl_d>{day})(?![\d/.])(?!\s*/)"
            rf"|(?P<yln_m>{mon})\.?\s+(?P<yln_d>{named_day_yearless}){ordinal}(?![\w:]))",
            re.IGNORECASE,
        ),
        month_pair=re.compile(
            rf"(?<![\w/.-])(?P<m1>{mon})\.?\s*(?:{connectors})\s*(?P<m2>{mon})\.?,?\s+"
            rf"(?P<y>{year4})(?!\d)",
            re.IGNORECASE,
        ),
        cued_month=re.compile(
            rf"\b(?P<cue>{_alternation(v.month_cues)})\s+(?:of\s+)?(?P<m>{mon})\b\.?"
            rf"(?![\s.,-]*(?:\d|'\d))",
            re.IGNORECASE,
        ),
        cued_year=re.compile(
            rf"\b(?:{_alternation(v.year_cues)})\s+(?:the\s+year\s+)?(?P<y>{year4})(?![\d/-])",
            re.IGNORECASE,
        ),
        duration=re.compile(rf"(?<![\w/.])(?:{duration})", re.IGNORECASE),
        # a ':' or ',' a scan's speck leaves after the first date ('10/27/2025: to')
        connector=re.compile(rf"[:,]?\s*(?:{connectors})\s*", re.IGNORECASE),
        open_end=re.compile(
            rf"\s*(?:{connectors})\s*(?P<word>{_alternation(v.open_range_ends)})\b",
            re.IGNORECASE,
        ),
        between=re.compile(r"\bbetween\s*$", re.IGNORECASE),
        today=re.compile(rf"\b(?:{_alternation(list(v.today_words))})\b", re.IGNORECASE),
    )


def _units_by_word() -> dict[str, Unit]:
    return {w: unit for unit, words in vocabulary().units.items() for w in words}


# --------------------------------------------------------------------------- date order

_ORDER: ContextVar[DateOrder] = ContextVar("date_order", default="month_first")

_NUMERIC_DATE = re.compile(
    r"(?<![\w/.])(?P<a>\d{1,2})(?P<sep>\s?/\s?|-|\.)(?P<b>\d{1,2})(?P=sep)"
    r"(?:(?:19|20)\d{2}|\d{2})(?![\d/])"
)
BIRTH_LABEL_WINDOW = 40
"""Characters before a date searched for a birth label ('DOB:')."""


def current_date_order() -> DateOrder:
    """The numeric-date convention of the document being read (month-first by default)."""
    return _ORDER.get()


@contextmanager
def date_order(order: DateOrder) -> Iterator[None]:
    """Read every numeric date inside the block in ``order`` (one document's convention)."""
    token = _ORDER.set(order)
    try:
        yield
    finally:
        _ORDER.reset(token)


@cache
def _evidence_skip() -> re.Pattern[str]:
    """Lines whose dates are a sender's, not the document's (a fax banner)."""
    return re.compile("|".join(f"(?:{x})" for x in vocabulary().date_order_skip), re.I | re.M)


@cache
def _day_first_cue() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{cue})" for cue in vocabulary().day_first_cues), re.I)


@cache
def _day_first_signs() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(sign, re.I) for sign in vocabulary().day_first_signs)


def _telling_dates(text: str) -> tuple[set[tuple[int, int]], bool]:
    """The distinct dates only readable day-first, and whether any date is only readable
    month-first (birth dates and fax banners excluded)."""
    day_first: set[tuple[int, int]] = set()
    month_first = False
    skipped = [m.span() for m in _evidence_skip().finditer(text)]
    for match in _NUMERIC_DATE.finditer(text):
        if any(lo <= match.start() < hi for lo, hi in skipped):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            continue
        if labels_birth(text[max(0, match.start() - BIRTH_LABEL_WINDOW) : match.start()]):
            continue
        if a > 12:
            day_first.add((a, b))
        elif b > 12:
            month_first = True
    return day_first, month_first


def order_evidence(text: str) -> tuple[bool, bool]:
    """(any day-first sign, any month-first sign) in a text: a date only readable one
    way or a stated day-first format. Weaker than ``document_date_order`` (one date
    counts): for deciding whether a lone ambiguous date may be meant day-first."""
    day_first, month_first = _telling_dates(text)
    day_sign = bool(day_first) or any(sign.search(text) for sign in _day_first_signs())
    return day_sign or _day_first_cue().search(text) is not None, month_first


def document_date_order(text: str, furniture: str = "") -> DateOrder:
    """How a document writes numeric dates, from its own evidence.

    Day-first evidence: a date only readable day-first ("20/06/2025"), a stated format
    ("DD/MM/AAAA") or a translator's certification. Month-first evidence: a date only
    readable month-first ("06/20/2025"). Birth dates and fax banners are no evidence (a
    US sender stamps them on translated pages). A cue decides unless the page's only
    telling dates are month-first (a US overread of dates "converted from DD/MM").
    Without a cue it takes two distinct day-first-only dates (one alone is as likely an
    OCR misread or a US note quoting an outside date: the page stays month-first and
    that date unread); with month-first dates beside them the page is "mixed": its
    ambiguous dates stay unread rather than risk a wrong window. A record's furniture
    kept where dates are day-first (an NHS number, a UK credential), in the text or in
    its running ``furniture`` (headers and footers, never read for dates), counts as one
    such date per kind.
    """
    day_first, month_first = _telling_dates(text)
    signs = sum(1 for sign in _day_first_signs() if sign.search(text) or sign.search(furniture))
    cue = _day_first_cue().search(text) is not None
    if cue:
        # A translation keeps its source's order; its US dates (the translator's own,
        # "converted from DD/MM") show where a page writes month-first only.
        return "month_first" if month_first and not day_first else "day_first"
    if len(day_first) + signs < 2:
        # One such date alone is as likely a misread or a quoted outside date.
        return "month_first"
    return "mixed" if month_first else "day_first"


def _month_day(first: int, second: int, order: DateOrder) -> tuple[int, int] | None:
    """(month, day) of a numeric date's two fields in ``order``; None when a mixed
    document writes it ambiguously (both fields could be the month)."""
    if order == "day_first":
        return second, first
    if order == "mixed" and first != second and first <= 12 and second <= 12:
        return None
    return first, second


# --------------------------------------------------------------------------- parsing


def _year(text: str, reference: dt.date | None) -> int:
    """A year as written; a two-digit year is placed at most 10 years after the reference
    (without one: 00-49 -> 20xx, 50-99 -> 19xx)."""
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    if reference is None:
        return 2000 + int(digits) if int(digits) < 50 else 1900 + int(digits)
    year = reference.year // 100 * 100 + int(digits)
    return year - 100 if year > reference.year + 10 else year


def _day(text: str) -> int:
    """A day of the month written in digits or as an ordinal word ("twenty ninth")."""
    if text.isdigit():
        return int(text)
    return vocabulary().ordinal_days[re.sub(r"[\s-]+", "-", text.lower())]


def _month(word: str) -> int:
    return vocabulary().months[word.lower().rstrip(".")]


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _absolute(
    match: re.Match[str], reference: dt.date | None, order: DateOrder
) -> DateMention | None:
    g = match.groupdict()
    value: dt.date | None
    precision: Precision = "day"
    if g["iso_y"]:
        value = _make(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    elif g["mdy_m"]:
        month_day = _month_day(int(g["mdy_m"]), int(g["mdy_d"]), order)
        if month_day is None:
            return None
        value = _make(_year(g["mdy_y"], reference), *month_day)
    elif g["mdn_m"]:
        value = _make(_year(g["mdn_y"], reference), _month(g["mdn_m"]), _day(g["mdn_d"]))
    elif g["dmn_m"]:
        value = _make(_year(g["dmn_y"], reference), _month(g["dmn_m"]), _day(g["dmn_d"]))
    elif g["my_m"]:
        value, precision = _make(int(g["my_y"]), int(g["my_m"]), 1), "month"
    elif g["ym_y"]:
        value, precision = _make(int(g["ym_y"]), int(g["ym_m"]), 1), "month"
    else:
        value, precision = _make(_year(g["mn_y"], reference), _month(g["mn_m"]), 1), "month"
    if value is None:
        return None
    return DateMention(match.start(), match.end(), value, precision)


def closest_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """A yearless day ("the 6/3 injection"): notes mostly look back, so the latest
    candidate no more than ``YEARLESS_LOOKAHEAD_DAYS`` after the reference."""
    horizon = reference + dt.timedelta(days=YEARLESS_LOOKAHEAD_DAYS)
    candidates = [
        d
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (d := _make(year, month, day)) is not None and d <= horizon
    ]
    return max(candidates, default=None)


def most_recent_month(month: int, reference: dt.date) -> dt.date:
    """The 1st of the latest ``month`` starting on or before the reference."""
    year = reference.year if month <= reference.month else reference.year - 1
    return dt.date(year, month, 1)


def _is_verb_like(word: str) -> bool:
    """'may'/'march' in lower case are verbs far more often than months."""
    return word.lower() in vocabulary().verb_like_months and not word[:1].isupper()


def _number(text: str) -> float:
    words = vocabulary().number_words
    key = re.sub(r"\s+", " ", text.lower())
    return float(words[key]) if key in words else float(text)


def find_durations(text: str) -> list[Duration]:
    """Every length of time in ``text`` ("x 6 months", "for 3 weeks", "8 wks", "x6mo").

    Frequencies ("3 days a week", "2x/week") are not durations. Weak number words
    ("a", "several") count only after a lead word or before "ago"/"later".
    """
    v = vocabulary()
    units = _units_by_word()
    weak = {w.lower() for w in v.weak_numbers}
    found: list[Duration] = []
    for match in _patterns().duration.finditer(text):
        n_text = match.group("n")
        if re.sub(r"\s+", " ", n_text.lower()) in weak and not (
            match.group("lead") or match.group("ago") or match.group("later")
        ):
            continue
        unit_word = match.group("unit").lower()
        unit = units[unit_word]
        if len(unit_word) == 1 and not (match.group("lead") or n_text.isdigit()):
            continue
        amount = _number(n_text)
        upper = float(match.group("n2")) if match.group("n2") else amount
        if upper < amount:
            upper = amount
        direction: Literal["ago", "later", "lookback"] | None = None
        if match.group("ago"):
            direction = "ago"
        elif match.group("later"):
            direction = "later"
        elif match.group("lookback"):
            direction = "lookback"
        found.append(Duration(match.start(), match.end(), amount, unit, upper, direction))
    return found


def _relative(text: str, reference: dt.date) -> list[DateMention]:
    """Dates computed from the reference: "3 months ago", "2 weeks later", "since May"."""
    p = _patterns()
    found: list[DateMention] = []
    for duration in find_durations(text):
        if duration.direction == "ago":
            value = duration.before(reference)
        elif duration.direction == "later":
            value = duration.after(reference)
        else:
            continue
        if MIN_YEAR <= value.year <= MAX_YEAR:
            found.append(DateMention(duration.start, duration.end, value, "day", relative=True))
    for match in p.today.finditer(text):
        offset = vocabulary().today_words[re.sub(r"\s+", " ", match.group(0).lower())]
        value = reference + dt.timedelta(days=offset)
        found.append(DateMention(match.start(), match.end(), value, "day", relative=True))
    for match in p.cued_month.finditer(text):
        word = match.group("m")
        if _is_verb_like(word):
            continue
        value = most_recent_month(_month(word), reference)
        if match.group("cue").lower() == "last" and value.month == reference.month:
            value = add_months(value, -12)
        found.append(DateMention(match.start("m"), match.end("m"), value, "month", relative=True))
    return found


def _yearless(text: str, reference: dt.date, order: DateOrder) -> list[DateMention]:
    """Day and month without a year ("the 6/3 injection", "on June 3").

    ``N/10`` and ``N/100`` are pain scores in these documents, never dates.
    """
    found = []
    for match in _patterns(order == "day_first").yearless.finditer(text):
        g = match.groupdict()
        if g["yl_m"]:
            if g["yl_d"] in ("10", "100") or text[match.end() : match.end() + 1] == "0":
                continue
            month_day = _month_day(int(g["yl_m"]), int(g["yl_d"]), order)
            if month_day is None:
                continue
            month, day = month_day
        else:
            if _is_verb_like(g["yln_m"]):
                continue
            month, day = _month(g["yln_m"]), _day(g["yln_d"])
        if not 1 <= month <= 12:
            continue
        value = closest_year(month, day, reference)
        if value is not None:
            found.append(DateMention(match.start(), match.end(), value, "day", relative=True))
    return found


def _overlaps(a: DateMention, taken: list[DateMention]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def _select(candidates: list[DateMention]) -> list[DateMention]:
    """Non-overlapping mentions, longer (more specific) first, then by position."""
    chosen: list[DateMention] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if not _overlaps(mention, chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def _month_pairs(text: str) -> list[DateMention]:
    """Month pairs like "Oct - Dec 2024": the first month borrows the year (or the year before)."""
    found = []
    for match in _patterns().month_pair.finditer(text):
        year = int(match.group("y"))
        m1, m2 = _month(match.group("m1")), _month(match.group("m2"))
        first = _make(year if m1 <= m2 else year - 1, m1, 1)
        last = _make(year, m2, 1)
        if first is None or last is None:
            continue
        found.append(DateMention(match.start("m1"), match.end("m1"), first, "month"))
        found.append(DateMention(match.start("m2"), match.end(), last, "month"))
    return found


def _joined(text: str, a: DateMention, b: DateMention) -> bool:
    """Two mentions joined by a range connector ("and" only after "between")."""
    p = _patterns()
    gap = text[a.end : b.start]
    if not p.connector.fullmatch(gap):
        return False
    return gap.strip().lower() != "and" or p.between.search(text[: a.start]) is not None


def _year_from_range_end(
    text: str, mentions: list[DateMention], order: DateOrder
) -> list[DateMention]:
    """A yearless range start takes its year from the range end: "May 12 through August
    29, 2025", "05/12-08/29/2025", "December 2 - March 14, 2025" (the year before when
    the start's day falls after the end's)."""
    out = list(mentions)
    yearless = _patterns(order == "day_first").yearless
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.relative and a.precision == "day" and not b.relative and b.precision == "day"):
            continue
        match = yearless.fullmatch(text, a.start, a.end)
        if match is None or not _joined(text, a, b):
            continue
        g = match.groupdict()
        if g["yl_m"]:
            month_day = _month_day(int(g["yl_m"]), int(g["yl_d"]), order)
            if month_day is None:
                continue
            month, day = month_day
        else:
            month, day = _month(g["yln_m"]), _day(g["yln_d"])
        value = _make(b.value.year, month, day)
        if value is not None and value > b.value:
            value = _make(b.value.year - 1, month, day)
        if value is not None:
            out[i] = replace(a, value=value, relative=False)
    return out


def _link_ranges(text: str, mentions: list[DateMention], order: DateOrder) -> list[DateMention]:
    """Mark pairs joined by a connector as range start/end ("and" only after "between")."""
    out = _year_from_range_end(text, mentions, order)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.value < a.value or not _joined(text, a, b):
            continue
        out[i] = replace(a, is_range_start=True)
        out[i + 1] = replace(b, is_range_end=True)
    return out


def _open_ends(
    text: str, mentions: list[DateMention], reference: dt.date | None
) -> list[DateMention]:
    """Open ranges like "01/2025 - present": the open end becomes the reference date."""
    if reference is None:
        return mentions
    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.is_range_start or mention.is_range_end:
            continue
        match = _patterns().open_end.match(text, mention.end)
        if match is None or reference < mention.value:
            continue
        out[i] = replace(mention, is_range_start=True)
        out.append(
            DateMention(
                match.start("word"),
                match.end("word"),
                reference,
                "day",
                is_range_end=True,
                relative=True,
            )
        )
    return sorted(out, key=lambda m: m.start)


def find_dates(
    text: str,
    *,
    reference: dt.date | None = None,
    yearless: bool = True,
    order: DateOrder | None = None,
) -> list[DateMention]:
    """Every date mention in ``text``, in order, with range ends marked.

    With a ``reference`` (the document's date) relative expressions are resolved too:
    "3 months ago", "2 weeks later", "since September" (the latest September on or
    before the reference), "to present", and -- unless ``yearless=False`` -- days
    written without a year ("the 6/3 injection"), placed in the year nearest the
    reference. Without a reference only absolute dates are returned. Numeric dates follow
    ``order``, by default the convention of the document being read (``date_order``).
    """
    order = order or current_date_order()
    p = _patterns(order == "day_first")
    candidates = [
        m for m in (_absolute(x, reference, order) for x in p.absolute.finditer(text)) if m
    ]
    candidates += _month_pairs(text)
    for match in p.cued_year.finditer(text):
        value = _make(int(match.group("y")), 1, 1)
        if value is not None:
            candidates.append(DateMention(match.start("y"), match.end("y"), value, "year"))
    if reference is not None:
        candidates += _relative(text, reference)
        if yearless:
            candidates += _yearless(text, reference, order)
    mentions = _link_ranges(text, _select(candidates), order)
    return _open_ends(text, mentions, reference)


def find_ranges(text: str, *, reference: dt.date | None = None) -> list[DateRange]:
    """Date ranges: "10/07/2024 - 05/09/2025", "from 1/2025 to 6/2025", "Oct - Dec 2024"."""
    mentions = find_dates(text, reference=reference)
    return [
        DateRange(a, b)
        for a, b in itertools.pairwise(mentions)
        if a.is_range_start and b.is_range_end
    ]


def parse_date(
    text: str, *, reference: dt.date | None = None, order: DateOrder | None = None
) -> dt.date | None:
    """The first date written in ``text`` (a partial date gives the 1st), else None.

    Meant for a field value ("08/21/2025", "Sept 2024", "21 Aug 2025"); with a
    reference, relative values ("3 weeks ago") resolve too.
    """
    mentions = find_dates(text, reference=reference, order=order)
    return mentions[0].value if mentions else None
