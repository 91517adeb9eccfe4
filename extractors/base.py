"""Helpers every extractor component shares: reading spans and turning them into facts."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span

from extractors.rules import target_spec
from pipeline.document_text import DocumentText
from pipeline.models import Context, Evidence
from pipeline.nlp import TARGET_GROUP

_TABLE_SEPARATOR = re.compile(r"\s\|\s|^\s*\||\|\s*$")
SIDE_WORDS = {
    "bilat": "bilateral",
    "right": "right",
    "rt": "right",
    "r": "right",
    "left": "left",
    "lt": "left",
    "l": "left",
    "bilateral": "bilateral",
    "bilaterally": "bilateral",
    "both": "bilateral",
    "b/l": "bilateral",
    "bil": "bilateral",
}
_SIDE = re.compile(
    r"(?<![\w/])(right|rt|left|lt|bilateral(?:ly)?|both|b/l|bil|R|L)(?![\w/])", re.IGNORECASE
)


def source(doc: Doc) -> DocumentText:
    """The DocumentText a Doc was made from (set by ``pipeline.extract``)."""
    text = doc._.source
    if text is None:
        raise ValueError("Doc has no source DocumentText; build Docs with pipeline.extract")
    return text


def text_of(doc: Doc) -> str:
    """The Doc's text without rebuilding it: spaCy's ``doc.text`` joins every token on
    each call (measured: the largest single cost of the extractors), while the source
    DocumentText holds the same string."""
    text = doc._.source
    return text.text if text is not None else doc.text


def document_date(doc: Doc) -> dt.date | None:
    """The date of the document the Doc was read from (a fact's default date)."""
    return source(doc).document.date


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """Drop spans contained in or overlapping a longer one (ties: the earlier), text order.

    The TargetMatcher keeps every match so families do not erase each other; a family
    prunes overlaps among its own categories here. The kept spans never overlap, so
    one binary search against its neighbours decides each span.
    """
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        at = bisect_right(starts, span.start)
        if (at == 0 or ends[at - 1] <= span.start) and (
            at == len(starts) or starts[at] >= span.end
        ):
            starts.insert(at, span.start)
            ends.insert(at, span.end)
            kept.insert(at, span)
    return kept


_TARGETS = "authreview.targets"


class _Targets(NamedTuple):
    spans: tuple[Span, ...]  # text order
    starts: list[int]  # their start tokens
    start_chars: list[int]  # their start characters


def _cached_targets(doc: Doc, category: str | set[str], prune: bool) -> _Targets:
    """Target spans of the categories in text order, with their starts for lookups.

    Extractors ask per mention; the answer is kept on the Doc (keyed by the group's
    size, should a component add targets later), so a long note is not re-sorted and
    re-pruned for each of its mentions.
    """
    group = doc.spans.get(TARGET_GROUP, [])
    wanted = frozenset({category} if isinstance(category, str) else category)
    key = (wanted, prune, len(group))
    cache = doc.user_data.setdefault(_TARGETS, {})
    found = cache.get(key)
    if found is None:
        spans = [span for span in group if span.label_ in wanted]
        ordered = tuple(longest_first(spans) if prune else sorted(spans, key=lambda s: s.start))
        found = cache[key] = _Targets(
            ordered, [span.start for span in ordered], [span.start_char for span in ordered]
        )
    return found


def targets(doc: Doc, category: str | set[str], prune: bool = True) -> Iterator[Span]:
    """Target spans of one or more categories, in text order, overlaps pruned by length."""
    yield from _cached_targets(doc, category, prune).spans


def targets_in(doc: Doc, category: str | set[str], start: int, end: int) -> tuple[Span, ...]:
    """The (pruned) target spans of the categories that start in tokens [start, end),
    e.g. a sentence's: a lookup, not a scan of the whole note."""
    found = _cached_targets(doc, category, True)
    return found.spans[bisect_left(found.starts, start) : bisect_left(found.starts, end)]


def targets_in_chars(doc: Doc, category: str | set[str], start: int, end: int) -> tuple[Span, ...]:
    """The (pruned) target spans of the categories that start in characters [start, end)."""
    found = _cached_targets(doc, category, True)
    chars = found.start_chars
    return found.spans[bisect_left(chars, start) : bisect_left(chars, end)]


def rule_id(span: Span) -> str:
    """Id of the TargetRule that produced a span.

    Read from ``span.id_`` (set by ``pipeline.targets``): ``span._.target_rule`` is
    shared by every span over the same characters, whatever its label.
    """
    if span.id_:
        return span.id_
    rule = getattr(span._, "target_rule", None)
    metadata = getattr(rule, "metadata", None) or {}
    return str(metadata.get("rule_id", span.label_.lower()))


def rule_attribute(span: Span, name: str, default: object = None) -> object:
    """An attribute declared on the span's rule in the family's rules file."""
    spec = target_spec(rule_id(span))
    if spec is not None:
        return spec.attributes.get(name, default)
    rule = getattr(span._, "target_rule", None)
    metadata = getattr(rule, "metadata", None) or {}
    return metadata.get(name, default)


def context_of(span: Span) -> Context:
    """ConText attributes of a span, with section context folded in.

    ConText marks a mention historical the standard way ("history of", "prior", "status
    post"); whether a past mention still counts is the family's decision
    (``extractors.diagnoses``: a chronic condition stays current). A mention under a
    FAMILY HISTORY section is family.
    """
    section = getattr(span._, "section_category", None)
    return Context(
        negated=bool(span._.is_negated),
        historical=bool(span._.is_historical),
        hypothetical=bool(span._.is_hypothetical),
        family=bool(span._.is_family) or section == "family_history",
        uncertain=bool(span._.is_uncertain),
    )


def value_context(span: Span) -> tuple[bool, Context]:
    """For findings whose result is a value: (negated?, context without negation).

    facts.md: "FABER negative" or "no tenderness" is a finding with a negative value,
    not a negated mention, so ConText's negation is returned separately for the caller
    to fold into the value.
    """
    context = context_of(span)
    return context.negated, context.model_copy(update={"negated": False})


def evidence_for(doc: Doc, start_char: int, end_char: int, rule: str) -> Evidence:
    """Evidence for a character range of the Doc."""
    return source(doc).evidence(start_char, end_char, rule)


def span_evidence(span: Span, rule: str | None = None) -> Evidence:
    """Evidence for a span, cited by its own rule id unless another is given."""
    return evidence_for(span.doc, span.start_char, span.end_char, rule or rule_id(span))


def add_facts(doc: Doc, facts: list) -> None:
    """Append facts to ``doc._.facts``."""
    if doc._.facts is None:
        doc._.facts = []
    doc._.facts.extend(facts)


# --------------------------------------------------------------------------- layout


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end (exclusive, before the newline) of the line holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def line_of(doc: Doc, offset: int) -> str:
    start, end = line_bounds(text_of(doc), offset)
    return text_of(doc)[start:end]


def is_table_row(line: str) -> bool:
    """A table row as ingestion writes it: cells joined on one line with ' | '."""
    return _TABLE_SEPARATOR.search(line) is not None


CELL_GAP = re.compile(r"\t+|\s{2,}")
"""Between the cells of a row written without separators (an OCR'd table whose ruling
was not found, a diary typed with spaces): a tab or a run of spaces."""


def table_cells(line: str) -> list[str]:
    """The cells of a table row, stripped (empty edge cells dropped)."""
    cells = [cell.strip() for cell in line.split("|")]
    while cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return cells


def previous_lines(doc: Doc, offset: int, count: int) -> list[str]:
    """Up to ``count`` lines before the line holding ``offset``, nearest first."""
    start, _ = line_bounds(text_of(doc), offset)
    lines = text_of(doc)[:start].split("\n")[:-1] if start else []
    return [line for line in reversed(lines)][:count]


# --------------------------------------------------------------------------- sides


def side_in(text: str, allow_letters: bool = True) -> str | None:
    """The side a phrase names: right, left or bilateral (right and left together)."""
    found = set()
    for match in _SIDE.finditer(text):
        word = match.group(1)
        if len(word) == 1 and (not allow_letters or not word.isupper()):
            continue
        found.add(SIDE_WORDS[word.lower()])
    if "bilateral" in found or {"right", "left"} <= found:
        return "bilateral"
    if len(found) == 1:
        return found.pop()
    return None


def side_near(span: Span, before: int = 4, after: int = 3) -> str | None:
    """A side word within a few tokens of a span, inside its sentence."""
    sentence = span.sent
    left = span.doc[max(sentence.start, span.start - before) : span.start].text
    right = span.doc[span.end : min(sentence.end, span.end + after)].text
    return side_in(left) or side_in(right)


# --------------------------------------------------------------------------- dates

_ENTRY_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:procedure|visit|injection|entry|note)\s*(?:#?\d+)?\s*[-:]?\s*)?"
    r"(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s*(?:[-–:]|$)",
    re.IGNORECASE,
)
_LABELLED_ENTRY_LINE = re.compile(
    r"(?:^|\s{2,})(?:(?:visit|encounter|service|exam(?:ination)?|study|report|procedure|"
    r"discharge|evaluation|re-?evaluation)\s+)?(?:date|dos)(?:\s+of\s+(?:service|visit|"
    r"encounter|exam(?:ination)?|study|report|procedure|discharge|evaluation))?\s*[:#]\s*"
    r"(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s*$",
    re.IGNORECASE,
)
_WRAPPED_LINE = 60
"""A line at least this long that ends mid-sentence was wrapped, not a heading."""


def entry_date(doc: Doc, offset: int) -> dt.date | None:
    """The date of the dated entry holding ``offset``, if the document is a dated log.

    Multi-entry notes start each entry on a line beginning with its date
    ("01/28/2026 - L SIJ diagnostic block #2", "Procedure 2 - 04/15/2025") or on a
    labelled date line ("Date: 09/16/2025" under each report of a combined imaging
    page, "Discharge date: 07/17/2025"); a finding in such an entry refers to that
    date, not the document's (docs/facts.md: ``date`` is the date the fact refers to).
    Table rows (visit logs), date ranges ("08/26/2025-11/18/2025 completed") and
    dates that begin the wrapped line of a sentence are not entry headers.
    """
    text = text_of(doc)
    line_end = text.find("\n", offset)
    line_start = text.rfind("\n", 0, len(text) if line_end == -1 else line_end) + 1
    starts, dates = _entry_headers(doc)
    index = bisect_right(starts, line_start) - 1
    return dates[index] if index >= 0 else None


_ENTRY_HEADERS = "authreview.entry_headers"


def _entry_headers(doc: Doc) -> tuple[list[int], list[dt.date]]:
    """Where each dated entry header line starts, and its date; found once per Doc
    (every fact asks, and a scan per fact grew with the square of the note's length)."""
    cached = doc.user_data.get(_ENTRY_HEADERS)
    if cached is not None:
        return cached
    from pipeline.dates import find_dates

    text = text_of(doc)
    reference = document_date(doc)
    starts: list[int] = []
    dates: list[dt.date] = []
    line_start = 0
    for line in text.split("\n"):
        match = _LABELLED_ENTRY_LINE.search(line)
        if match is None and not _continues_sentence(text, line_start):
            match = _ENTRY_LINE.match(line)
        if match and not is_table_row(line):
            found = find_dates(line[match.start(1) :], reference=reference)
            if found and found[0].start == 0 and not found[0].is_range_start:
                starts.append(line_start)
                dates.append(found[0].value)
        line_start += len(line) + 1
    doc.user_data[_ENTRY_HEADERS] = (starts, dates)
    return starts, dates


def _continues_sentence(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` carries on a wrapped sentence: the line before
    is a long line of prose (not a heading) that ends without a sentence or field stop."""
    end = max(0, line_start - 1)
    previous = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
    prose = len(previous) >= _WRAPPED_LINE and any(c.islower() for c in previous)
    return prose and (previous[-1:].isalnum() or previous.endswith(","))


def fact_date(doc: Doc, offset: int) -> dt.date | None:
    """A finding's date: its dated entry's, else the document's."""
    return entry_date(doc, offset) or document_date(doc)
