"""Who a packet's pages say the patient is: name, date of birth and member id.

A packet is one patient's submission, but a fax gateway or a person assembling a folder
can mix in another patient's documents. Every page names its patient somewhere (a form
field, a "Patient:" line, a running header "LAST, FIRST | DOB ..."), so those mentions
are read here, each with its place and the id of the rule that found it, for
``pipeline.integrity`` to compare. The reading rules are data
(``resources/patient_identity.json``); only the patient's own labelled fields are read,
never a subscriber's, a therapist's or a contact's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.dates import date_order, find_dates, order_evidence
from pipeline.ingest.rules import alternation, request_field_rules
from pipeline.models import IdentityField, IdentityMention, Page

_FLAGS = re.IGNORECASE


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(pattern: str, flags: int = _FLAGS) -> str:
    re.compile(pattern, flags)
    return pattern


class LabelRule(_Spec):
    """Labels that introduce one identity field, and what may sit between label and value.

    ``anywhere``: the label may follow other text on its line ("Jane Doe DOB 1/2/1960"),
    not only start a line or a field.
    """

    id: str
    field: IdentityField
    labels: list[str] = Field(min_length=1)
    separator: str
    anywhere: bool = False

    @field_validator("labels")
    @classmethod
    def _labels_compile(cls, labels: list[str]) -> list[str]:
        return [_compiles(label) for label in labels]


class HeaderRule(_Spec):
    """A running-header shape that names the patient without a label of its own."""

    id: str
    field: IdentityField
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _has_value_group(cls, pattern: str) -> str:
        if "value" not in re.compile(pattern).groupindex:
            raise ValueError("a header pattern needs a named group 'value'")
        return pattern


class MemberIdCardForms(_Spec):
    """How a card writes a member id around its core: a letter prefix and a person
    suffix, each of which a request or another form may drop."""

    description: str = ""
    prefix: str
    suffix: str
    min_core: int = Field(ge=1)

    @field_validator("prefix", "suffix")
    @classmethod
    def _pattern_compiles(cls, pattern: str) -> str:
        return _compiles(pattern, 0)


class OcrSplitYear(_Spec):
    """A scanned date of birth whose year OCR broke in two (groups 1 and 2 joined)."""

    description: str = ""
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _two_groups(cls, pattern: str) -> str:
        if re.compile(pattern).groups != 2:
            raise ValueError("ocr_split_year needs exactly two groups")
        return pattern


class Nicknames(_Spec):
    """Formal given names and their familiar forms (lower case)."""

    description: str = ""
    names: dict[str, list[str]]


class IdentityRules(_Spec):
    version: str
    description: str = ""
    field_start: str
    field_end: str
    labels: list[LabelRule]
    other_labels: list[str]
    other_person_words: list[str]
    headers: list[HeaderRule]
    name_titles: list[str]
    """Words that are not part of a name: titles, suffixes, and sex written after it."""
    name_pattern: str
    max_name_words: int = Field(ge=1)
    member_id_pattern: str
    member_id_card_forms: MemberIdCardForms
    ocr_split_year: OcrSplitYear
    nicknames: Nicknames

    @field_validator("field_start", "field_end", "name_pattern", "member_id_pattern")
    @classmethod
    def _pattern_compiles(cls, pattern: str) -> str:
        return _compiles(pattern)


@cache
def identity_rules() -> IdentityRules:
    path = resources.files("pipeline.ingest.resources").joinpath("patient_identity.json")
    return IdentityRules.model_validate(json.loads(path.read_text(encoding="utf-8")))


class _Compiled:
    """The rules as regexes, built once."""

    def __init__(self, rules: IdentityRules) -> None:
        self.labelled = [
            (
                rule,
                re.compile(
                    (r"(?:^|(?<=[\s(|;,]))" if rule.anywhere else rules.field_start)
                    + rf"(?:{alternation(rule.labels)}){rule.separator}",
                    _FLAGS | re.MULTILINE,
                ),
            )
            for rule in rules.labels
        ]
        self.other_person = frozenset(word.lower() for word in rules.other_person_words)
        own = [label for rule in rules.labels for label in rule.labels]
        request_labels = [label for spec in request_field_rules().fields for label in spec.labels]
        others = [*rules.other_labels, *request_labels]
        self.value_end = re.compile(
            rf"{rules.field_end}|\s+(?=(?:{alternation(own)})\b)"
            rf"|\s+(?=(?:{alternation(others)})\s*[:#])",
            _FLAGS,
        )
        self.headers = [(rule, re.compile(rule.pattern, re.MULTILINE)) for rule in rules.headers]
        self.name = re.compile(rules.name_pattern)
        self.member_id = re.compile(rules.member_id_pattern)
        self.titles = frozenset(rules.name_titles)
        self.card_prefix = re.compile(rules.member_id_card_forms.prefix)
        self.card_suffix = re.compile(rules.member_id_card_forms.suffix)
        self.min_card_core = rules.member_id_card_forms.min_core
        self.ocr_split_year = re.compile(rules.ocr_split_year.pattern)
        formal: dict[str, set[str]] = {}
        for name, familiar in rules.nicknames.names.items():
            for word in (name, *familiar):
                formal.setdefault(word, set()).add(name)
        self.formal_names = {word: frozenset(names) for word, names in formal.items()}
        self.max_name_words = rules.max_name_words


@cache
def _compiled() -> _Compiled:
    return _Compiled(identity_rules())


# --------------------------------------------------------------------------- normal forms


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name in lower case, without titles ("Ms.", "Jr."), hyphenated
    names split ("Vasquez-Ruiz" = "Vasquez Ruiz"); initials stay as single letters."""
    words = re.findall(r"[a-z]+", name.lower())
    return tuple(word for word in words if word not in _compiled().titles)


def _same_given_word(a: str, b: str) -> bool:
    """Equal, or a familiar form and its formal name ("ted" and "theodore")."""
    if a == b:
        return True
    formal = _compiled().formal_names
    return bool(formal.get(a, frozenset()) & formal.get(b, frozenset()))


def names_agree(a: str, b: str) -> bool:
    """Two written names can be the same person: the full words (two letters or more)
    of the shorter name all appear in the longer, in any order ("HOLLOWAY, DENISE R" and
    "Denise R. Holloway"; "Holloway" alone), a familiar given name standing for its
    formal one ("Ted" for "Theodore"). Different first names, or surnames, do not."""
    words_a = {w for w in name_words(a) if len(w) > 1}
    words_b = {w for w in name_words(b) if len(w) > 1}
    if not words_a or not words_b:
        return True
    shorter, longer = sorted((words_a, words_b), key=len)
    return all(any(_same_given_word(w, v) for v in longer) for w in shorter)


def normal_member_id(value: str) -> str:
    return re.sub(r"[\s\-]", "", value).upper()


def member_ids_agree(a: str, b: str) -> bool:
    """Two normal member ids can be the same member: equal, or one is the other's core
    with the card's letter prefix and/or person suffix dropped ("CSN482177301" and
    "4821773"). Two ids with different suffixes are not: neither is the other's core."""
    if a == b:
        return True
    compiled = _compiled()
    core, full = sorted((a, b), key=len)
    at = full.find(core)
    if len(core) < compiled.min_card_core or at < 0:
        return False
    prefix, suffix = full[:at], full[at + len(core) :]
    return bool(compiled.card_prefix.match(prefix) and compiled.card_suffix.match(suffix))


# --------------------------------------------------------------------------- reading


def _value_at(text: str, start: int) -> tuple[int, int]:
    """The span of a field's value: up to the line's end, a field separator, or the
    next known label."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    found = _compiled().value_end.search(text, start, line_end)
    end = found.start() if found else line_end
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    return start, end


_Orders = tuple[bool, bool]
"""(day-first sign, month-first sign) of the page a value is read on."""


def _birth_date(text: str, order: str) -> tuple[str, int, int] | None:
    with date_order(order):  # type: ignore[arg-type]
        days = [m for m in find_dates(text) if m.precision == "day"]
    return (days[0].value.isoformat(), days[0].start, days[0].end) if days else None


def _read_dob(raw: str, ocr: bool, orders: _Orders) -> tuple[str, int, int, str | None] | None:
    """A date of birth in its page's order, and the other reading when the page shows a
    day-first sign ("02/11/1968" on an English GP print bound with US notes: 2 Nov or
    11 Feb). A page showing only day-first signs reads it day-first first; one with no
    telling date, or only month-first ones, month-first with no other reading."""
    compiled = _compiled()
    if ocr and (split := compiled.ocr_split_year.search(raw)):
        joined = find_dates(split.group(1) + split.group(2))
        if joined and joined[0].precision == "day":
            return joined[0].value.isoformat(), split.start(), split.end(), None
    day_sign, month_sign = orders
    day_first = day_sign and not month_sign
    first, second = ("day_first", "month_first") if day_first else ("month_first", "day_first")
    read = _birth_date(raw, first)
    if read is None:
        return None
    value, start, end = read
    other = None
    if day_sign:
        # The page's day-first sign may be a quoted outside date or a translation's: the
        # same written date read the other way is kept when it is another valid date
        # ('02/11/1968'), not when the swap is invalid or equal ('20/06/1968', '05/05').
        swapped = _birth_date(raw[start:end], second)
        other = swapped[0] if swapped and swapped[0] != value else None
    return value, start, end, other


def _read_value(
    field: IdentityField, raw: str, ocr: bool, orders: _Orders = (False, False)
) -> tuple[str, int, int, str | None] | None:
    """The compared value, its span within ``raw`` and a date of birth's other reading,
    or None when ``raw`` is not such a value (a sentence after "Patient:", a year alone
    after "DOB"). On a scanned page a date of birth whose year OCR broke in two is read
    whole."""
    compiled = _compiled()
    if field == "name":
        words = raw.split()
        if not compiled.name.match(raw) or not words or len(words) > compiled.max_name_words:
            return None
        full = [w for w in name_words(raw) if len(w) > 1]
        return (" ".join(sorted(full)), 0, len(raw), None) if full else None
    if field == "dob":
        return _read_dob(raw, ocr, orders)
    member_id = raw.upper().strip()
    if not compiled.member_id.match(member_id):
        return None
    return normal_member_id(member_id), 0, len(raw), None


def _mention(
    page: Page, field: IdentityField, rule_id: str, start: int, end: int, orders: _Orders
) -> IdentityMention | None:
    read = _read_value(field, page.text[start:end], page.ocr, orders)
    if read is None:
        return None
    value, value_start, value_end, other = read
    return IdentityMention(
        field=field,
        value=value,
        other_reading=other,
        text=page.text[start + value_start : start + value_end],
        document=page.file,
        page=page.number,
        start=start + value_start,
        end=start + value_end,
        rule_id=rule_id,
        ocr=page.ocr,
    )


def _of_another_person(text: str, label_start: int) -> bool:
    """The label is someone else's field: the word before it on its line names another
    person ("Subscriber DOB", "Guarantor's member ID")."""
    line_start = text.rfind("\n", 0, label_start) + 1
    before = text[line_start:label_start].split()
    return bool(before) and before[-1].lower().strip(":(") in _compiled().other_person


def _page_mentions(page: Page, orders: _Orders) -> Iterator[IdentityMention]:
    compiled = _compiled()
    for rule, pattern in compiled.labelled:
        for match in pattern.finditer(page.text):
            if rule.anywhere and _of_another_person(page.text, match.start()):
                continue
            start, end = _value_at(page.text, match.end())
            if (mention := _mention(page, rule.field, rule.id, start, end, orders)) is not None:
                yield mention
    for rule, pattern in compiled.headers:
        for match in pattern.finditer(page.text):
            start, end = match.span("value")
            if (mention := _mention(page, rule.field, rule.id, start, end, orders)) is not None:
                yield mention


def read_identity(pages: Sequence[Page]) -> tuple[IdentityMention, ...]:
    """Every mention of the patient's name, DOB and member id on the pages (headers and
    footers included: they are where a page names its patient), in page order; a span
    two rules read is one mention."""
    seen: set[tuple[str, int | None, int, int]] = set()
    mentions = []
    orders = _page_orders(pages)
    for index, page in enumerate(pages):
        for mention in _page_mentions(page, orders[index]):
            key = (mention.field, mention.page, mention.start, mention.end)
            if key not in seen:
                seen.add(key)
                mentions.append(mention)
    return tuple(mentions)


def _page_orders(pages: Sequence[Page]) -> list[_Orders]:
    """How each page writes numeric dates (one telling date is a sign); a page with no
    telling date of its own takes its file's signs (a faxed letter whose only dates are
    a birth date and an ambiguous one, inside a file of English records)."""
    own = [order_evidence(page.text) for page in pages]
    by_file: dict[str, _Orders] = {}
    for page, (day_sign, month_sign) in zip(pages, own, strict=True):
        day, month = by_file.get(page.file, (False, False))
        by_file[page.file] = (day or day_sign, month or month_sign)
    return [
        signs if any(signs) else by_file[page.file] for page, signs in zip(pages, own, strict=True)
    ]
