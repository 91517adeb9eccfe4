"""What every part of the injections family shares: its rule ids and categories, the
region an injection's values are read from, and the record one mention becomes."""

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extractors.base import text_of
from pipeline.dates import DateMention
from pipeline.models import Context, DocumentType

FAMILY = "injections"
EVENT_RULE = "injections.event"
"""Evidence rule id of the dated heading that opens a procedure-note event."""
DATE_RULE_PREFIX = "injections.date."
"""``injections.date.<precision>``: where a mention's own date was read."""
GENERIC_RULE = "injections.generic"
"""Anchor rule id of a mention that names no joint ("the 6/3 injection")."""
REFERS_RULE_PREFIX = "injections.refers."
"""``injections.refers.<diagnostic|therapeutic>``: the kind of injection an undated
mention is about ('after the block', 'the steroid injection'); assembly does not link
it to an event of the other kind."""
SERIES_RULE = "injections.series.earlier"
"""Evidence rule id of the earlier members of a counted series dated only by its last
('two ... injections, last one in March 2005'): an undated event of its own, of which
nothing but the joint and side is known (the series' values are the dated one's), and
which assembly never folds into another event."""
REPEAT_RULE = "injections.repeat"
"""Evidence rule id of a 'Repeat ... injection' procedure whose joint is the earlier
procedure's of the same note (a joint rule for assembly)."""
BACK_REFERENCE_RULE = "injections.back_reference"
"""Evidence rule id of a back-pointing phrase ('the one on Nov 4th', 'the November
shot'): assembly joins its fact only to the one event of that day or month."""
NUMBER_RULE_PREFIX = "injections.number."
"""``injections.number.<n>``: the number a procedure record gives its injection."""
ORDINAL_RULE_PREFIX = "injections.ordinal."
"""``injections.ordinal.<n>``: the number a back reference points at ('the second one');
assembly joins it only to the one event whose record gives that number."""
NAMED_ORDINAL_RULE_PREFIX = "injections.named_ordinal."
"""``injections.named_ordinal.<n>``: the number an undated mention gives the injection it
tells of by an ordinal word ('Second injection didn't do much', 'my 2nd block'): assembly
joins it to the one event whose record gives that number, or, when no record numbers
its injections, as any undated mention."""
ENTRY_RULE_PREFIX = "injections.entry."
"""``injections.entry.<YYYY-MM-DD>``: the day of the dated entry (a portal message, a
telephone or nursing log entry, an addendum) an undated mention is written in: it
tells of an injection on or before that day, never of a later one (assembly)."""
MENTION_CATEGORIES = ("INJECTION",)
ATTRIBUTE_CATEGORIES = (
    "INJ_GUIDANCE",
    "INJ_CONTRAST",
    "INJ_NO_CONTRAST",
    "INJ_ANESTHETIC",
    "INJ_STEROID",
    "INJ_PURPOSE",
)
SKIPPED_TYPES = frozenset({DocumentType.fax_cover})
"""A fax cover lists what is attached; it states no clinical fact."""
INJECTATE_CATEGORIES = ("INJ_ANESTHETIC", "INJ_STEROID", "INJ_GUIDANCE", "INJ_CONTRAST")


@dataclass
class Region:
    """Where one injection's attributes are read: Doc character ranges."""

    ranges: list[tuple[int, int]] = field(default_factory=list)

    def contains(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.ranges)

    def texts(self, doc: Doc) -> list[tuple[int, str]]:
        return [(a, text_of(doc)[a:b]) for a, b in self.ranges]


@dataclass
class Record:
    """One injection as read from this document, before it becomes a fact."""

    anchor: Span
    joint: str
    generic: bool
    side: str | None
    dates: list[DateMention]
    region: Region
    context: Context
    event_heading: tuple[tuple[int, int], ...] = ()
    """The lines of the dated heading the event was read from (its title and date lines,
    never the identity lines a form prints between them): what the event cites."""
    antecedent: Span | None = None
    procedure_event: bool = False
    """The procedure the note records (with or without a dated heading of its own)."""
    repeat: bool = False
    """A procedure named only as a repeat of the note's earlier one, whose joint it takes."""
    number: tuple[int, int, int] | None = None
    """Where a procedure record numbers its injection ('block #2') and the number; for a
    back reference ('the second one'), the number it points at."""
    back_reference: bool = False
    """A sentence pointing back at an earlier injection by its day or month ('the one on
    Nov 4th'), not naming one: assembly joins it only to the one injection that fits."""
    named_ordinal: tuple[int, int, int] | None = None
    """Where an undated mention numbers the injection by an ordinal word before it
    ('Second injection ...') and the number."""


def span_key(span: Span) -> tuple[int, int, str]:
    """A span's identity across lookups (spans are rebuilt on each access)."""
    return span.start_char, span.end_char, span.label_


def subtract(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges with the holes cut out (a procedure segment without the
    sentences that cite another injection's date)."""
    out = list(ranges)
    for h_start, h_end in holes:
        next_out = []
        for start, end in out:
            if h_end <= start or end <= h_start:
                next_out.append((start, end))
                continue
            if start < h_start:
                next_out.append((start, h_start))
            if h_end < end:
                next_out.append((h_end, end))
        out = next_out
    return out
