"""Splitting a packet into documents, and each document's type, title and date.

A packet is a stack of faxed documents. A new document starts at the first page of
every file and at any page whose first lines carry a document title ("PHYSICAL THERAPY
PROGRESS NOTE", "MRI LUMBAR SPINE"); other pages continue the document before them.
Titles and their document types are data (``resources/document_types.json``); so are
the labels of a document's own date (``resources/date_labels.json``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from pipeline.dates import DateOrder, date_order, document_date_order, find_dates, labels_birth
from pipeline.ingest.layout import PageLayout, TextLine
from pipeline.ingest.rules import (
    alternation,
    compile_any,
    date_label_rules,
    document_type_rules,
)
from pipeline.ingest.tables import row_cells
from pipeline.models import CELL_SEPARATOR, Document, DocumentType, Page

TITLE_LINES = 4
"""Body lines at the top of a page where a title may stand."""
MAX_TITLE_WORDS = 14
PLAIN_TITLE_WORDS = 6
"""A title printed like body text (mixed case, body size) must be the first body line,
this short, and hold no digits (a dated heading is a section, not a document)."""
SMALLER_BY = 0.75
"""Points below the page's usual font size that mark a line as small print."""
OCR_SMALLER_BY = 1.5
"""The same on an OCR'd page, whose sizes are ink-height estimates that wander by a point
or more from line to line (a faxed procedure note's title read 1 pt under its text)."""
UPPER_RATIO = 0.7
LARGER_BY = 2.0
"""Points above the page's usual font size that make a line stand out as a title; a
bold section heading a point larger than the text is not one."""
FIELD_START = r"(?:^|(?<=\|)|(?<=\s{2})|(?<=\t)|(?<=\s/\s)|(?<=\d\s)|(?<=\d\s[^\w\s]\s))\s*"
"""Where a labelled field may begin: the start of a line, after a field separator, or
right after the date ending the field before it (an identity line whose field gap a fax
or OCR collapsed to one space, or to a speck: 'Pt: ... DOB 04/11/1979 DOS: 11/04/2025',
'DOB 04/19/1971 ~ DOS: 11/13/2025'), or after a bilingual form's slash between a label
and its translation ('Date de la visite / Visit date: 14-Jan-2025', 'Date / Date: ...')."""


SINGLE_DOCUMENTS = frozenset({DocumentType.fax_cover, DocumentType.request_form})
"""Types that never continue as a series of dated entries: an untitled page after one
with a date of service of its own starts a document of its own type, not another form.
Any type continues only while the new page's top names no other kind."""


@dataclass(frozen=True, slots=True)
class LaidPage:
    """A packet page with the layout it was built from (None without a text layer)."""

    page: Page
    layout: PageLayout | None


@cache
def _type_patterns() -> tuple[tuple[DocumentType, re.Pattern[str]], ...]:
    rules = document_type_rules()
    return tuple(
        (spec.type, compile_any(spec.patterns + spec.letterhead_patterns)) for spec in rules.types
    )


@cache
def _document_names() -> re.Pattern[str]:
    return compile_any([p for spec in document_type_rules().types for p in spec.patterns])


@cache
def _continuation() -> re.Pattern[str]:
    return compile_any(document_type_rules().continuation_patterns)


@cache
def _banner() -> re.Pattern[str]:
    return compile_any(document_type_rules().banner_patterns)


@cache
def _compilation() -> re.Pattern[str]:
    return compile_any(document_type_rules().compilation_patterns or ["(?!)"])


@cache
def _service_generic_titles() -> tuple[frozenset[DocumentType], re.Pattern[str]] | None:
    rules = document_type_rules().service_generic_titles
    return None if rules is None else (frozenset(rules.services), compile_any(rules.patterns))


def _generic_for(service: DocumentType, title: str) -> bool:
    """Whether a title is one any service writes ('Progress Note'), so that the service
    letterhead above it ('STRIDE PHYSICAL THERAPY') says what kind of note it is."""
    generic = _service_generic_titles()
    if generic is None or service not in generic[0]:
        return False
    return generic[1].search(title) is not None


@cache
def _not_title() -> re.Pattern[str]:
    return compile_any(document_type_rules().not_title_patterns)


def is_address_line(text: str) -> bool:
    """A letter's addressee, reference or salutation line ('Prior Authorization
    Department', 'To: Interventional Radiology', 'Dear Dr. Roe,'): it names who the
    letter goes to or is about, never what the document is."""
    return _not_title().search(text) is not None


RECORD_LEAD_WORDS = 3
"""Words a procedure record's name may follow at the start of its line ('NURSING
MODERATE SEDATION RECORD', 'IR PRE-PROCEDURE CHECKLIST'). A name that labels a field
('Sedation log: none') is no record's title."""


@cache
def _procedure_field() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None] | None:
    rules = document_type_rules().procedure_fields
    if rules is None:
        return None
    label = re.compile(
        rf"^\W*(?:{alternation(rules.labels)})\s*(?::|\||\s{{2,}}|\t)\s*", re.IGNORECASE
    )
    unless = compile_any(rules.unless) if rules.unless else None
    return label, compile_any(rules.names), unless


@cache
def _procedure_record() -> re.Pattern[str] | None:
    rules = document_type_rules().procedure_fields
    if rules is None or not rules.records:
        return None
    return re.compile(
        rf"^\W*(?:[\w&.\-]+\s+){{0,{RECORD_LEAD_WORDS}}}?(?:{alternation(rules.records)})\b(?!\s*:)",
        re.IGNORECASE,
    )


def procedure_report(texts: Sequence[str]) -> bool:
    """Whether a report is a procedure's record: its own exam or procedure field names
    an injection ('EXAM  CT GUIDANCE, LEFT SACROILIAC JOINT INJECTION'), or a line opens
    with the name of a procedure encounter's record ('NURSING MODERATE SEDATION RECORD',
    'PRE-PROCEDURE CHECKLIST / TIME-OUT'), whoever sent it. A study whose contrast is
    injected for the images (an arthrogram) is not one."""
    found = _procedure_field()
    if found is None:
        return False
    label, names, unless = found
    record = _procedure_record()
    for text in texts:
        if record is not None and record.match(text):
            return True
        match = label.match(text)
        if match is None:
            continue
        value = text[match.end() :]
        if names.search(value) and not (unless is not None and unless.search(value)):
            return True
    return False


def _refined_type(laid: LaidPage, doc_type: DocumentType) -> DocumentType:
    """A type the title gave, corrected by the document's own fields: a radiology
    department's report of a CT-guided injection is a procedure note."""
    rules = document_type_rules().procedure_fields
    if rules is None or doc_type not in rules.refines or laid.layout is None:
        return doc_type
    layout = laid.layout
    lines = _body_lines(laid, with_masked=True)[: rules.top_lines]
    if procedure_report([layout.line_text(ln) for ln in lines]):
        return DocumentType.procedure_note
    return doc_type


def classify_title(text: str) -> DocumentType | None:
    """The document type a title names, first matching rule wins; None if none."""
    for doc_type, pattern in _type_patterns():
        if pattern.search(text):
            return doc_type
    return None


def names_document(text: str) -> bool:
    """Whether a line names a kind of document ("Procedure Note", "Office Visit"), not
    only the service or clinic that sent it ("Harbor Pelvic Rehab", "Piedmont Radiology")."""
    return _document_names().search(text) is not None


def is_banner(text: str) -> bool:
    """A fax transmission line (clock time, phone number, page counter): never a title."""
    return _banner().search(text) is not None


def _classify_file_name(name: str) -> DocumentType:
    """A file's name read as a title, without the sender's sequence number ('01_pa_request').
    A name that names two kinds ('07_clinic_note_and_letter') types none of its pages."""
    words = re.sub(r"^\s*\d+\s+", "", re.sub(r"[_\-.]+", " ", PurePath(name).stem))
    named = {doc_type for doc_type, pattern in _type_patterns() if pattern.search(words)}
    if len(named) > 1:
        return DocumentType.other
    return classify_title(words) or DocumentType.other


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _body_lines(laid: LaidPage, *, with_masked: bool = False) -> list[TextLine]:
    if laid.layout is None:
        return []
    masked = () if with_masked else laid.page.masked
    return [
        ln
        for ln in laid.layout.lines
        if not ln.in_table and not any(s <= ln.start and ln.end <= e for s, e in masked)
    ]


def _body_size(laid: LaidPage) -> float:
    """The page's text size. On an OCR'd page every line's size is estimated from its ink
    height, which a faxed scan (98 dpi rows, specks, dropouts) makes wander by several
    points from line to line, so the most common size is whichever long line happened to
    match another; the character-weighted median of its untabled lines is the text size."""
    layout = laid.layout
    if layout is None:
        return 0.0
    if not laid.page.ocr:
        return layout.body_size
    voters = layout.lines[1:-1] if len(layout.lines) > 2 else layout.lines
    sized = sorted((ln.size, ln.end - ln.start) for ln in voters if not ln.in_table)
    half = sum(weight for _, weight in sized) / 2
    for size, weight in sized:
        half -= weight
        if half <= 0:
            return size
    return layout.body_size


SUBTITLE_DASH = re.compile(r"\s[-\u2013\u2014]\s")
"""A dash between spaces: a title's subtitle follows ("Procedure Notes - Valley Spine")."""


def _names_title(laid: LaidPage, text: str, first: bool, letterhead: str | None) -> bool:
    """Whether a line is a title by naming a document: a short line that does; a line of
    capitals that does ("PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY / PROCEDURE"
    under a payer's name); a sender's name before a dash and a short document name after
    it ("RIDGELINE PHYSICAL THERAPY - Discharge Summary"); on an OCR'd page, where sizes
    cannot set a title apart, also the first line, or the line under a letterhead, whose
    lead before a dash does ("Procedure Notes - Valley Spine Injection Center",
    "Follow-up visit - A. Carter, MD - 07/30/2025"). Never a field ("EXAM: MRI ...") nor
    a sentence."""
    if not names_document(text) or ":" in text or text.rstrip().endswith((".", ",", ";")):
        return False
    words = text.split()
    if len(words) <= PLAIN_TITLE_WORDS:
        return True
    if "|" in text or len(words) > MAX_TITLE_WORDS:
        return False
    if _upper_ratio(text) >= UPPER_RATIO:
        return True
    parts = SUBTITLE_DASH.split(text, maxsplit=1)
    if len(parts) < 2:
        return False
    lead, tail = parts
    if _sender_then_name(lead, tail):
        return True
    at_top = first or (letterhead is not None and text.strip() != letterhead)
    short_lead = len(lead.split()) <= PLAIN_TITLE_WORDS
    return laid.page.ocr and at_top and short_lead and names_document(lead)


def _sender_then_name(lead: str, tail: str) -> bool:
    """A sender's name ('Ridgeline Physical Therapy', 'HAW BRANCH FAMILY MEDICINE') before
    the dash and a short document name ('Discharge Summary (Episode 2)') after it."""
    named_sender = classify_title(lead) is not None or (
        _upper_ratio(lead) >= UPPER_RATIO and not any(c.isdigit() for c in lead)
    )
    return (
        len(tail.split()) <= PLAIN_TITLE_WORDS
        and names_document(tail)
        and named_sender
        and not names_document(lead)
    )


def _names_the_patient(text: str) -> bool:
    """An identity line ('Patient; Doe, Jane  DOB 07/24/1962'): whom the record is about,
    never its title nor its sender's letterhead, however large a scan makes it read."""
    return any(m.precision == "day" and labels_birth(text[: m.start]) for m in find_dates(text))


def _heading_like(text: str) -> bool:
    """Printed like a heading: capitals, or every longer word capitalised, and no field
    label nor sentence end ("Phone f/u 12/22 (MA): benefit lasted" is text however large
    it reads)."""
    if ":" in text or re.search(r"[a-z][.!?]\s", text):  # a label, or a sentence's end
        return False
    longer = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    if not longer:
        return False
    return _upper_ratio(text) >= UPPER_RATIO or all(w[0].isupper() for w in longer)


def _raised(line: TextLine, text: str, body_size: float, ocr: bool) -> bool:
    """Printed well above the text size. On an OCR'd page sizes are estimates that wander
    by points, so a raised line counts only if it is also printed like a heading."""
    return line.size >= body_size + LARGER_BY and (not ocr or _heading_like(text))


def _looks_like_title(
    line: TextLine, text: str, body_size: float, first: bool, ocr: bool = False
) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or text.rstrip().endswith((".", ",", ";")):
        return False
    if _raised(line, text, body_size, ocr):
        return True
    if not first:
        return False
    plain = len(words) <= PLAIN_TITLE_WORDS and not any(c.isdigit() for c in text)
    return _upper_ratio(text) >= UPPER_RATIO or plain


WRAP_GAP = 0.6
"""A title wraps onto the next line when that line, in the same style, follows within
this many line heights."""


def _wrapped(layout: PageLayout, lines: list[TextLine], index: int) -> str:
    """A line's text joined with the lines a long title wrapped onto."""
    first = lines[index]
    parts = [layout.line_text(first).strip()]
    previous = first
    for line in lines[index + 1 :]:
        same_style = abs(line.size - first.size) < 0.1 and line.bold == first.bold
        close = line.top - previous.bottom <= WRAP_GAP * (previous.bottom - previous.top)
        if not (same_style and close):
            break
        parts.append(layout.line_text(line).strip())
        previous = line
    return " ".join(" ".join(parts).split())


def _specific_type(laid: LaidPage) -> DocumentType | None:
    """A specific type named near the top of a page: in the lines under the title first
    ("Office Visit - Spine Surgery"), then in the running headers ("MOORE COUNTY
    PHYSICAL THERAPY" above a bare "DISCHARGE SUMMARY"). An addressee, reference or
    salutation line ('To: Interventional Radiology') names whom a letter goes to, not
    what it is."""
    if laid.layout is None:
        return None
    near = _body_lines(laid)[:TITLE_LINES]
    headers = [ln for ln in _body_lines(laid, with_masked=True)[:TITLE_LINES] if ln not in near]
    for line in near + headers:
        text = laid.layout.line_text(line)
        if is_address_line(text):
            continue  # 'To: Interventional Radiology', 'Re: referral for ... injection'
        doc_type = classify_title(text)
        if doc_type not in (None, DocumentType.other):
            return doc_type
    return None


OCR_LEAD_NOISE = ":;.,'`|_~ "
"""Marks a scan's specks leave before a line's first word (':  GREENSBORO PHYSICAL
THERAPY'): OCR reads them as punctuation, the title is the words after them."""
_WORD = re.compile(r"[A-Za-z]{2}")
"""A line holding no word of two letters is a speck or a rule OCR read as text."""


def find_title(laid: LaidPage, *, with_masked: bool = False) -> tuple[DocumentType, str] | None:
    """The document title at the top of a page, with its type; None on a continuation.

    A title names its type ("PHYSICAL THERAPY DISCHARGE SUMMARY"), or is a letterhead
    printed well above the text size ("TRIAD ORTHOPAEDIC SPINE CENTER") whose type the
    next lines name ("Office Visit - Spine Surgery"), else ``other``. A letterhead that
    names only a service ("HARBOR PELVIC REHAB") gives its type only when no title under
    it names a document ("Procedure Note"), and a short line naming a document is a
    title under a letterhead or address line too. Lines printed smaller than the text
    (running headers) and fax banners are never titles. ``with_masked`` also reads
    lines masked as running headers: on a file's first page a title repeated on every
    page ("PHYSICAL THERAPY DAILY NOTE") still names the type.
    """
    lines = _body_lines(laid, with_masked=with_masked)
    if not lines or laid.layout is None:
        return None
    layout = laid.layout
    body_size = _body_size(laid)
    smaller_by = OCR_SMALLER_BY if laid.page.ocr else SMALLER_BY
    head = [ln for ln in lines if ln.size > body_size - smaller_by][:TITLE_LINES]
    letterhead: str | None = None
    service: DocumentType | None = None
    first = True
    for line in head:
        text = _wrapped(layout, lines, lines.index(line))
        if laid.page.ocr:
            text = text.lstrip(OCR_LEAD_NOISE)  # a speck read as ':' before the title
        if not _WORD.search(text):
            continue  # a speck read as a letter ('F') is no line of the document
        if is_banner(text) or is_address_line(text) or _names_the_patient(text):
            continue
        was_first, first = first, False
        named = _names_title(laid, text, was_first, letterhead)
        if not (_looks_like_title(line, text, body_size, was_first, laid.page.ocr) or named):
            continue
        if _continuation().search(text):
            return None
        doc_type = classify_title(text)
        if doc_type is not None and not names_document(text) and service is None:
            # "Coastal Spine & Rehab": who sent it; a title below may say what it is.
            service, letterhead = doc_type, letterhead or text
            continue
        if doc_type is not None:
            if service is not None and _generic_for(service, text):
                doc_type = service  # 'STRIDE PHYSICAL THERAPY' over 'DISCHARGE SUMMARY'
            if doc_type == DocumentType.other and not _compilation().search(text):
                doc_type = _specific_type(laid) or service or doc_type
            return doc_type, letterhead or text
        if letterhead is None and _raised(line, text, body_size, laid.page.ocr):
            letterhead = text
    if letterhead is None:
        return None
    addressed = DocumentType.letter if _addressed(laid) else DocumentType.other
    return service or _specific_type(laid) or addressed, letterhead


def _addressed(laid: LaidPage) -> bool:
    """A page whose top lines address someone ('To: CareSource Medical Review', 'Re: ...',
    'Dear Dr. Roe,') under a bare letterhead: a letter, whatever it leaves untitled."""
    if laid.layout is None:
        return False
    top = _body_lines(laid)[: 2 * TITLE_LINES]
    return any(is_address_line(laid.layout.line_text(line)) for line in top)


# --------------------------------------------------------------------------- dates

LABEL_GAP = r"\s*(?:[:;#.\-]\s*){0,2}(?:\|\s*)?"
"""Between a date label and its date: a punctuation mark (two where a scan's speck sits
beside the colon: 'DOB: . 8/2/60'), a table's cell border, or both ('DOB: 04/03/1972',
'Date of service | 06/05/2025', 'DOB | 04/03/1972' in a key-value table whose rows pair
labels with values side by side)."""


@cache
def _date_label_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"{FIELD_START}(?:{label}){LABEL_GAP}", re.IGNORECASE)
        for label in date_label_rules().labels
    )


@cache
def _label_before(kind: str) -> re.Pattern[str]:
    rules = date_label_rules()
    labels = alternation(
        {
            "never": rules.never_labels,
            "exclude": rules.exclude_labels,
            "signature": rules.signature_labels,
        }[kind]
    )
    return re.compile(rf"(?<![\w/])(?:{labels}){LABEL_GAP}$", re.IGNORECASE)


_DATE_AHEAD = r"(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
"""A signature label's name part ("signed by J. Roe, MD on") stretches up to a date."""


@cache
def _signature_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"(?<![\w/])(?:{label}){LABEL_GAP}{_DATE_AHEAD}", re.IGNORECASE)
        for label in date_label_rules().signature_labels
    )


@cache
def _prose_words() -> frozenset[str]:
    return frozenset(w.lower() for w in date_label_rules().header_line.prose_words)


def _full_dates_but_range_starts(text: str) -> list[tuple[int, dt.date]]:
    return [
        (m.start, m.value)
        for m in find_dates(text)
        if m.precision == "day" and not m.is_range_start
    ]


def labelled_date(texts: Sequence[str]) -> dt.date | None:
    """The date written right after the most specific document-date label.

    A labelled range ("Dates of service: 09/09/2024 - 01/31/2025") is the period the
    document covers, not its own date, so it is passed over.
    """
    for pattern in _date_label_patterns():
        for text in texts:
            for match in pattern.finditer(text):
                rest = text[match.end() :]
                dates = [m for m in find_dates(rest) if m.precision == "day"]
                if dates and dates[0].start == 0 and not dates[0].is_range_start:
                    return dates[0].value
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]+", text)


def is_header_line(texts: Sequence[str], index: int) -> bool:
    """Whether ``texts[index]`` can date its document: a title ("Office Visit -
    06/18/2026"), a dateline ("December 12, 2025"), an entry heading ("01/22/2025 - Right
    SIJ injection") or a form's field, not a sentence of the narrative ("The LBP started
    on 12/3/95"), which dates an event (injury, onset, a prior study), not the document.
    """
    text = texts[index]
    if CELL_SEPARATOR in text:
        return True
    rules = date_label_rules().header_line
    words = _words(text)
    if len(text.split()) > rules.max_words:
        return False
    if sum(w.lower() in _prose_words() for w in words) > rules.max_prose_words:
        return False
    if index == 0:
        return True
    previous = texts[index - 1].rstrip()
    wrapped = (
        len(previous.split()) > rules.max_words
        and CELL_SEPARATOR not in previous  # a table row never wraps into the next line
        and not previous.endswith((".", ":", ";", "!", "?"))
    )
    return not wrapped


def header_date(texts: Sequence[str], banner: Sequence[str] = ()) -> dt.date | None:
    """The first full date on a header line that no label marks as another date.

    A date after a birth or injury label, or a birth date the page labels elsewhere, is
    never the document's; one after a printed, faxed or signature label is left to those
    fallbacks. The start of a range ("Dates of care: 01/06/2025 - 07/28/2025") is passed
    over: a document is written at the end of the period it covers, so the range's end
    is the better date.
    """
    never, excluded = _label_before("never"), _label_before("exclude")
    signature = _label_before("signature")
    born = _birth_dates([*texts, *banner])
    for index, text in enumerate(texts):
        if not is_header_line(texts, index):
            continue
        for start, value in _full_dates_but_range_starts(text):
            before = text[:start]
            if never.search(before) or excluded.search(before) or signature.search(before):
                continue
            if _birthday(value) in born:
                continue
            return value
    return None


def _birthday(value: dt.date) -> tuple[int, int, int]:
    """A date as a birth date is compared: a two-digit year ('10-30-44') may have been
    read into the wrong century."""
    return value.year % 100, value.month, value.day


def _birth_dates(texts: Sequence[str]) -> frozenset[tuple[int, int, int]]:
    """The dates a page labels as the patient's birth date anywhere ('DOB 08/02/1960' in
    a banner), as ``_birthday`` keys: the same date elsewhere on the page (an unlabelled
    form cell '8/2/60') is a birthday, never the document's date. The label is read in
    both orders: a US banner's 'DOB 11/23/1971' stamped over a translated record whose
    own dates are day-first ('born 23.11.1971') is still the same birthday."""
    born: set[tuple[int, int, int]] = set()
    for order in _BOTH_ORDERS:
        with date_order(order):
            born.update(
                _birthday(m.value)
                for text in texts
                for m in find_dates(text)
                if m.precision == "day" and labels_birth(text[: m.start])
            )
    return frozenset(born)


_BOTH_ORDERS: tuple[DateOrder, ...] = ("month_first", "day_first")


def signature_date(texts: Sequence[str]) -> dt.date | None:
    """The date a document was signed, dictated or transcribed ("Electronically signed
    by J. Roe, MD on 09/02/2025", "D: 08/26/2003"): its own date when its top has none."""
    for text in texts:
        for pattern in _signature_patterns():
            for match in pattern.finditer(text):
                dates = [m for m in find_dates(text[match.end() :]) if m.precision == "day"]
                if dates and dates[0].start == 0:
                    return dates[0].value
    return None


def excluded_date(texts: Sequence[str]) -> dt.date | None:
    """A date printed, faxed or sent: better than none for a cover sheet, never better
    than the document's own."""
    never, excluded = _label_before("never"), _label_before("exclude")
    for index, text in enumerate(texts):
        if not is_header_line(texts, index):
            continue  # "compared to 08/04/2004" in a sentence is no fax date
        for start, value in _full_dates_but_range_starts(text):
            if not never.search(text[:start]) and excluded.search(text[:start]):
                return value
    return None


def _date_columns(line: str) -> set[int]:
    """Which cells of a table row hold a full date."""
    return {
        column
        for column, cell in enumerate(row_cells(line))
        if any(m.precision == "day" for m in find_dates(cell))
    }


def label_table_cells(lines: Sequence[str]) -> list[str]:
    """Lines with a form table's value row read as ``header: value`` fields.

    A form often puts its fields in a table ("Member | DOB | Request date" over
    "Doe, Jane | 12/03/1957 | 02/26/2026"); pairing each value with its column header
    lets the date labels (and the never-a-birth-date rule) see them. A table whose next
    row has a date in the same column is a log (injections, visits): its "Date" column
    holds the rows' dates, not the document's, so it is left as it is.
    """

    def width(index: int) -> int:
        if not 0 <= index < len(lines):
            return 0
        cells = row_cells(lines[index])
        return len(cells) if len(cells) > 1 else 0

    out: list[str] = []
    for index, line in enumerate(lines):
        cells = row_cells(line)
        is_form_row = (
            width(index) > 1
            and width(index - 1) == width(index)
            and not _date_columns(lines[index - 1])  # a header row, not a value row
        )
        if is_form_row and width(index + 1) == width(index):
            # a log's next row has a date where this one has
            is_form_row = not _date_columns(line) & _date_columns(lines[index + 1])
        if is_form_row:
            header = row_cells(lines[index - 1])
            out.append(
                CELL_SEPARATOR.join(
                    f"{label}: {value}" for label, value in zip(header, cells, strict=True)
                )
            )
        else:
            out.append(line)
    return out


def unlabelled_date(texts: Sequence[str], banner: Sequence[str] = ()) -> dt.date | None:
    """The date of a page no date label dates: a header line's, else a signature's, else
    a printed or faxed one. ``banner``: the page's masked lines (a running identity
    banner's 'DOB ...'), read only for the birth date they label."""
    return header_date(texts, banner) or signature_date(texts) or excluded_date(texts)


def _page_lines(laid: LaidPage) -> list[str]:
    if laid.layout is None:
        return []
    nlp = laid.page.nlp_text()
    return label_table_cells(
        [nlp[ln.start : ln.end] for ln in laid.layout.lines if nlp[ln.start : ln.end].strip()]
    )


def document_date(laid: LaidPage) -> dt.date | None:
    """A document's date from its own header and labels on its first page
    (``resources/date_labels.json``): a labelled date at the top, else a date on a
    header line, else its signature date, else a printed or faxed date. A date in the
    narrative (injury, onset, a prior study) is an event's, never the document's."""
    lines = _page_lines(laid)
    return labelled_date(lines[: date_label_rules().search_lines]) or unlabelled_date(
        lines, laid.page.text.splitlines()
    )


_ISO_IN_NAME = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def file_name_date(name: str) -> dt.date | None:
    """A date in a file's name ("office_note_2025-08-28.pdf"): the label its sender gave
    the document the file holds."""
    match = _ISO_IN_NAME.search(PurePath(name).stem)
    if match is None:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _later_date(pages: Sequence[LaidPage], new_file: bool) -> dt.date | None:
    """For a document its first page does not date: its file's name (when it starts
    the file), else a signature date on one of its later pages."""
    if new_file:
        named = file_name_date(pages[0].page.file)
        if named is not None:
            return named
    return signature_date([t for laid in pages[1:] for t in _page_lines(laid)])


def has_date_label(text: str) -> bool:
    """Whether a line carries a document-date label and a date (protected from masking)."""
    return labelled_date([text]) is not None


# --------------------------------------------------------------------------- split


def _top_date(laid: LaidPage) -> dt.date | None:
    """A labelled document date among the first body lines of a page."""
    if laid.layout is None:
        return None
    layout = laid.layout
    return labelled_date([layout.line_text(ln) for ln in _body_lines(laid)[:TITLE_LINES]])


def _typed_by_top_lines(laid: LaidPage) -> DocumentType | None:
    """The kind an untitled page's top lines name ('GREENSBORO IMAGING', 'PROCEDURE NOTE
    Date of service: ...'). Never a fax cover: a cover is typed by its own title only, as
    the extractors pass over its pages, and an untitled page naming one ('*** FAX COVER
    ***' under a running header) may carry the records that follow it."""
    named = _specific_type(laid)
    return None if named is DocumentType.fax_cover else named


def split_documents(pages: Sequence[LaidPage]) -> list[Document]:
    """Documents of a packet, in page order.

    A document starts at each file's first page, at each page with a title, and at an
    untitled page whose top carries a labelled date (date of service, exam date) other
    than the current document's: the next visit of a series of same-titled notes whose
    repeated title was masked as a running header.
    """
    starts: list[tuple[int, DocumentType, str, dt.date | None]] = []
    previous_file: str | None = None
    for index, laid in enumerate(pages):
        new_file = laid.page.file != previous_file
        previous_file = laid.page.file
        with date_order(_page_date_order(laid)):
            _start_at(starts, index, laid, new_file)
    documents = []
    for number, (index, doc_type, title, date) in enumerate(starts, start=1):
        end = starts[number][0] if number < len(starts) else len(pages)
        first = pages[index]
        if date is None:
            starts_file = index == 0 or pages[index - 1].page.file != first.page.file
            with date_order(_page_date_order(first)):
                date = _later_date(pages[index:end], starts_file)
        documents.append(
            Document(
                id=f"doc-{number:02d}",
                type=doc_type,
                title=title,
                date=date,
                file=first.page.file,
                first_page=first.page.number,
                last_page=pages[end - 1].page.number,
            )
        )
    return documents


def _page_date_order(laid: LaidPage) -> DateOrder:
    """How the page writes numeric dates: a translated German letter's "03.09.2025" is
    the 3rd of September, as the extractors will read it (``pipeline.dates``)."""
    return document_date_order(laid.page.text)


def _start_at(
    starts: list[tuple[int, DocumentType, str, dt.date | None]],
    index: int,
    laid: LaidPage,
    new_file: bool,
) -> None:
    """Record a document starting at page ``index``, if one does (see split_documents)."""
    found = find_title(laid) or (find_title(laid, with_masked=True) if new_file else None)
    if found is not None:
        doc_type = _refined_type(laid, found[0])
        starts.append((index, doc_type, found[1], document_date(laid)))
    elif new_file:
        # no title: the file's name (its fields refine it). Not the kind its top
        # lines name: on the real transcribed notes (evaluation/realtext) a running
        # header like 'MRI Spine | Radiology' then typed whole notes, and extraction
        # lost diagnoses and imaging findings the notes hold.
        named = _classify_file_name(laid.page.file)
        starts.append((index, _refined_type(laid, named), "", document_date(laid)))
    else:
        _, doc_type, title, current = starts[-1]
        top = _top_date(laid)
        if top is not None and current is not None and top != current:
            named = _typed_by_top_lines(laid)
            if named not in (None, doc_type) or doc_type in SINGLE_DOCUMENTS:
                # its top names another kind ('PROCEDURE NOTE  Date of service: ...'),
                # or a form, which is no series of visits, stands before it
                doc_type, title = named or DocumentType.other, ""
            starts.append((index, doc_type, title, document_date(laid)))
