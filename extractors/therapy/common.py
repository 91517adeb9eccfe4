"""What every part of the therapy family shares: its categories and rule ids, the
windows dates are read in, the interval one mention is dated by, and table and date
helpers."""

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.tables import Row, Table, row_at
from pipeline.dates import DateMention, Duration, add_months
from pipeline.models import DocumentType
from pipeline.section_rules import SectionRole

FAMILY = "therapy"
CATEGORIES = (
    "THERAPY_PT",
    "THERAPY_OT",
    "THERAPY_CHIRO",
    "THERAPY_HEP",
    "THERAPY_REST",
    "THERAPY_ICE",
    "THERAPY_HEAT",
    "THERAPY_DEVICE",
    "THERAPY_TENS",
    "THERAPY_NSAID",
    "THERAPY_APAP",
    "THERAPY_MED",
)
SKIPPED_TYPES = frozenset({DocumentType.fax_cover})
DATE_WINDOW_AFTER = 70
DATE_WINDOW_BEFORE = 40
CUE_WINDOW = 28
VISIT_WINDOW_BEFORE = 120
"""How far before a therapy's clinic its first-visit date may stand ('on April 7, 2025,
she went to the Summit Valley Chiropractic office')."""
ENCOUNTER_SENTENCES_BACK = 2
"""How many sentences back an undated therapy given at an encounter looks for its date."""
VERB_WINDOW = 64
"""How far before a date its verb may stand ('began physical therapy at X on 06/02')."""
INABILITY_ORDER = (
    "contraindication",
    "increased_pain",
    "intolerance",
    "inconvenience",
    "noncompliance",
)
INABILITY_ONLY = (None, "intolerance", "contraindication")
"""Reasons a mention names no course (``TherapyMentions.not_therapy``) that still leave
it the therapy of an inability."""
MEDICATION_MODALITIES = frozenset({"nsaid", "acetaminophen", "medication_other"})
NOT_THERAPY_SECTIONS = frozenset({SectionRole.allergies, SectionRole.instructions})
"""A drug under ALLERGIES is one the patient reacts to; ice or PT under after-care
instructions is advice, not therapy done (a home exercise program is the exception: it
is itself an instruction, so it is read there)."""
CONTINUES_RULE = "therapy.continues"
"""Evidence rule of the cue that says an undated mention's therapy goes on ('continues
naproxen'): ``extractors.assemble`` joins it to the course begun earlier."""
RUNS_ON_RULE = "therapy.runs_on"
"""Evidence rule of the words that keep a dated course running at the note date: a later
'finished on <date>' ends that same course (``extractors.assemble``)."""
DOCUMENT_RULE = "therapy.document"
"""Evidence rule of an episode read from a therapy note's own dates of care."""


@dataclass(frozen=True)
class Interval:
    """When one mention (or coordinated group) of a therapy ran, as its text dates it."""

    start: dt.date | None
    end: dt.date | None
    evidence: tuple[tuple[int, int, str], ...] = ()
    more: tuple["Interval", ...] = ()
    """Further courses of the same therapy the clause dates ('... and again from A to B')."""
    start_stated: bool = True
    """False when the start was counted back from the end by a duration ('x 6 weeks')."""
    length: Duration | None = None
    """The course's stated length when it was counted back from the note date."""
    prescribed: bool = False
    """True when the text gives a home program's prescription at this visit."""
    runs_on: tuple[int, int] | None = None
    """Where the text says a course begun on a stated start still runs at the note date
    ('started ... 08/04/2025, going weekly'): its end is the note date, not a stop."""


def table_row(doc: Doc, offset: int) -> Row | None:
    """The '|' table row on the line holding ``offset`` (``extractors.tables``)."""
    found = row_at(doc, offset)
    return found[1] if found is not None and found[0].separated else None


def row_below(table: Table, row: Row) -> Row | None:
    index = table.rows.index(row)
    return table.rows[index + 1] if index + 1 < len(table.rows) else None


def column_header(doc: Doc, offset: int) -> str | None:
    """The header cell above ``offset`` when it stands in a table row: the cell at the
    same position in the first row of the block of rows with as many cells."""
    found = row_at(doc, offset)
    if found is None or not found[0].separated:
        return None
    table, row = found
    column = row.index_at(offset)
    header = table.block_header(row)
    if header is None or column is None:
        return None
    cell = header.cell(column)
    return cell.text if cell is not None else None


def cited(mentions: list[DateMention]) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (m.start, m.end, f"therapy.date.{m.precision}") for m in mentions if m.end > m.start
    )


def expression(mentions: list[DateMention], index: int) -> list[DateMention]:
    """The date expression at ``index``: a range's two ends, or one date."""
    mention = mentions[index]
    if mention.is_range_start and index + 1 < len(mentions) and mentions[index + 1].is_range_end:
        return [mention, mentions[index + 1]]
    if mention.is_range_end and index > 0 and mentions[index - 1].is_range_start:
        return [mentions[index - 1], mention]
    return [mention]


def shift(value: dt.date, duration: Duration, sign: int) -> dt.date:
    """``value`` moved by a duration; months and years as calendar months."""
    amount = duration.amount
    if duration.unit in ("month", "year") and float(amount).is_integer():
        months = int(amount) * (12 if duration.unit == "year" else 1)
        return add_months(value, sign * months)
    return duration.after(value) if sign > 0 else duration.before(value)
