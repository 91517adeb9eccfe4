"""The extractor base every family stands on: reading spans, their rules, their
context and their surroundings, and turning them into facts with evidence.

A family component (``FamilyExtractor``) reads target spans (``targets``: one family's
categories, overlaps pruned; ``spans_of``: every span, overlaps kept), the rule that
produced each (``RuleIndex``, ``rule_attribute``), its ConText (``context_of``), the
sides, dates and lines written around it, and cites what it used (``evidence_for``).
Offsets are always Doc offsets, so evidence maps back to the page.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from extractors.lexicon import fragment, lexicon
from extractors.rules import FamilyRules, TargetSpec, target_spec
from pipeline.dates import (
    DateMention,
    DateOrder,
    Duration,
    current_date_order,
    find_dates,
    find_durations,
)
from pipeline.document_text import DocumentText
from pipeline.models import Context, Document, Evidence
from pipeline.section_rules import SectionRole, section_role
from pipeline.targets import TARGET_GROUP

_TABLE_SEPARATOR = re.compile(r"\s\|\s|^\s*\||\|\s*$")
SIDE_WORDS = lexicon().side_words()
"""Each side word of the lexicon (lower case) and the side it names."""
_SIDE = re.compile(
    rf"(?<![\w/])(?!both\s+of\s+wh)({fragment('sides.any')}\.?)(?![\w/])", re.IGNORECASE
)
"""A side word; 'both of which/whom' opens a relative clause about two things, no side."""


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


def unique_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence without repeats, in the order first cited."""
    out: list[Evidence] = []
    for item in evidence:
        if item not in out:
            out.append(item)
    return out


def add_facts(doc: Doc, facts: list) -> None:
    """Append facts to ``doc._.facts``."""
    if doc._.facts is None:
        doc._.facts = []
    doc._.facts.extend(facts)


# --------------------------------------------------------------------------- mentions


_BY_LABEL = "authreview.spans_by_label"


def spans_of(doc: Doc, categories: str | Iterable[str]) -> list[Span]:
    """Every target span of the categories, in text order, overlaps kept.

    The span group is read once per Doc (it is complete before the extractors run) and
    kept by label in ``doc.user_data``: the families ask for the same categories many
    times per document.
    """
    by_label = doc.user_data.get(_BY_LABEL)
    if by_label is None or by_label[0] != len(doc.spans.get(TARGET_GROUP, [])):
        grouped: dict[str, list[Span]] = {}
        for span in doc.spans.get(TARGET_GROUP, []):
            grouped.setdefault(span.label_, []).append(span)
        by_label = (len(doc.spans.get(TARGET_GROUP, [])), grouped)
        doc.user_data[_BY_LABEL] = by_label
    wanted = [categories] if isinstance(categories, str) else list(categories)
    spans = [s for label in wanted for s in by_label[1].get(label, [])]
    return sorted(spans, key=lambda s: (s.start_char, -s.end_char))


class RuleIndex:
    """A family's target rules, looked up from the spans they produced.

    ``span.id_`` names the rule (``pipeline.targets``). Without it (a Doc built another
    way) the span falls back to ``span._.target_rule``, which spaCy keys by character
    offsets only, so when two families' rules match the same characters it may hold
    the other family's rule; then the span is resolved by its label and its text.
    """

    def __init__(self, rules: FamilyRules) -> None:
        self.family = rules.family
        self.by_id = {spec.id: spec for spec in rules.targets}
        self.by_category: dict[str, list[tuple[TargetSpec, re.Pattern[str] | None]]] = {}
        for spec in rules.targets:
            regex = (
                re.compile(spec.pattern, re.IGNORECASE) if isinstance(spec.pattern, str) else None
            )
            self.by_category.setdefault(spec.category, []).append((spec, regex))

    def spec(self, span: Span) -> TargetSpec | None:
        by_id = self.by_id.get(span.id_) if span.id_ else None
        if by_id is not None and by_id.category == span.label_:
            return by_id
        rule = getattr(span._, "target_rule", None)
        metadata = getattr(rule, "metadata", None) or {}
        spec = self.by_id.get(str(metadata.get("rule_id", "")))
        if spec is not None and spec.category == span.label_:
            return spec
        candidates = self.by_category.get(span.label_, [])
        for spec, regex in candidates:
            if regex is not None and regex.search(span.text):
                return spec
        return candidates[0][0] if candidates else None

    def attribute(self, span: Span, name: str, default: object = None) -> object:
        """An attribute of the span's rule (``attributes`` in the rules file)."""
        spec = self.spec(span)
        return spec.attributes.get(name, default) if spec is not None else default

    def rule_id(self, span: Span) -> str:
        spec = self.spec(span)
        return spec.id if spec is not None else span.label_.lower()


def document_of(doc: Doc) -> Document:
    return source(doc).document


# --------------------------------------------------------------------------- context


def merged_context(span: Span, **extra: bool) -> Context:
    """The span's ConText attributes (``context_of``) plus the family's own readings.

    The callers read events (injections, therapy, imaging studies): an event stated in
    the past ("prior injections", "history of PT") still happened, and its date, not
    ConText's past tense, places it; so ConText's historical is not carried over, and
    only the family's own reasons (``extra``) make an event historical.
    """
    context = context_of(span).model_copy(update={"historical": False})
    updates = {k: True for k, v in extra.items() if v}
    return context.model_copy(update=updates) if updates else context


_WEAK_NEGATIONS = frozenset({"free", "without"})
_SCOPE_BREAK = re.compile(r"[;:]|\bbut\b|\bhowever\b", re.IGNORECASE)


def negation_cues(span: Span) -> Iterator[tuple[Span, str]]:
    """Each ConText negation cue of a span, with the text between cue and span."""
    if not span._.is_negated:
        return
    doc = span.doc
    text = text_of(doc)
    for modifier in getattr(span._, "modifiers", ()):
        if modifier.category != "NEGATED_EXISTENCE":
            continue
        m_start, m_end = modifier.modifier_span
        cue = doc[m_start:m_end]
        if cue.end_char <= span.start_char:
            yield cue, text[cue.end_char : span.start_char]
        else:
            yield cue, text[span.end_char : cue.start_char]


def negation_gaps(span: Span, weak: frozenset[str] = _WEAK_NEGATIONS) -> list[str]:
    """For each ConText negation cue that really reaches the span, the text between
    the cue and the span (see ``truly_negated``)."""
    gaps = []
    for cue, between in negation_cues(span):
        if _SCOPE_BREAK.search(between):
            continue
        word = cue.text.lower().strip(" -")
        if word.endswith("free") or (word in weak and len(between.split()) > 2):
            continue
        gaps.append(between)
    return gaps


_PLAN_HEADING = re.compile(
    r"^\s*(?:plan|p|a/p|a\s*&\s*p|assessment\s*(?:and|&|/)\s*plan|recommendations?|"
    r"treatment\s+plan|plan\s+of\s+care)\s*(?::|$)",
    re.IGNORECASE,
)
_ANY_HEADING = re.compile(r"^\s*[A-Za-z][A-Za-z /&-]{0,40}:?\s*$")


def in_plan_section(span: Span) -> bool:
    """Whether the span sits under a PLAN heading (the sectionizer's category, or a
    'Plan' / 'A/P' heading line above it with no other heading in between)."""
    if getattr(span._, "section_category", None) == "plan":
        return True
    if section_role(span) is SectionRole.procedure_done:
        return False  # "NAME OF OPERATION:" below a plan heads the note of a done procedure
    text = text_of(span.doc)
    line_start, _ = line_bounds(text, span.start_char)
    own_line = text[line_start : span.start_char]
    if _PLAN_HEADING.match(own_line):
        return True
    cursor = line_start - 1
    for _ in range(12):
        if cursor < 0:
            return False
        start, end = line_bounds(text, cursor)
        line = text[start:end]
        if line.strip() and _ANY_HEADING.match(line):
            return bool(_PLAN_HEADING.match(line))
        cursor = start - 1
    return False


def truly_negated(span: Span, weak: frozenset[str] = _WEAK_NEGATIONS) -> bool:
    """ConText negation, minus cues that deny something else.

    medspaCy's default backward 'free' negates 'Depo-Medrol ... in preservative-free
    saline'; a cue separated from the span by ';', ':' or 'but' is another clause's.
    ``weak`` cues count only when they stand right before the span ("without contrast").
    """
    return bool(negation_gaps(span, weak))


# --------------------------------------------------------------------------- layout


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end (exclusive, before the newline) of the line holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    found = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def line_of(doc: Doc, offset: int) -> str:
    start, end = line_bounds(text_of(doc), offset)
    return text_of(doc)[start:end]


def is_table_row(line: str) -> bool:
    """A table row as ingestion writes it: cells joined on one line with ' | '."""
    return _TABLE_SEPARATOR.search(line) is not None


CELL_GAP = re.compile(r"\t+|\s{2,}")
"""Between the cells of a row written without separators (an OCR'd table whose ruling
was not found, a diary typed with spaces): a tab or a run of spaces."""


def sentence_or_row(span: Span) -> tuple[int, int]:
    """Character bounds of the span's sentence, cut to its line when that line is a
    table row (a row is its own clause)."""
    start, end = span.sent.start_char, span.sent.end_char
    l_start, l_end = line_bounds(text_of(span.doc), span.start_char)
    if is_table_row(text_of(span.doc)[l_start:l_end]):
        return l_start, l_end
    return start, end


def lines_above(text: str, offset: int, count: int) -> Iterator[str]:
    """Up to ``count`` lines above the line holding ``offset``, nearest first (read
    backwards from ``offset``: no copy of the text before it)."""
    for start, end in line_spans_above(text, offset, count):
        yield text[start:end]


def line_spans_above(text: str, offset: int, count: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of up to ``count`` lines above the line holding ``offset``,
    nearest first, blank ones included (``lines_above`` with offsets)."""
    end = text.rfind("\n", 0, offset)
    while end >= 0 and count > 0:
        start = text.rfind("\n", 0, end) + 1
        yield start, end
        end = start - 1
        count -= 1


def previous_lines(doc: Doc, offset: int, count: int) -> list[str]:
    """Up to ``count`` lines before the line holding ``offset``, nearest first."""
    start, _ = line_bounds(text_of(doc), offset)
    return list(lines_above(text_of(doc), start, count))


# --------------------------------------------------------------------------- sides


_CLAUSE_BREAK = re.compile(r"(?<!\b[A-Za-z])\.(?:\s|$)|[;|]")
"""A clause ends at ';', '|' or a full stop, not at the stop of an initial ('L. SIJ')."""
_RIGHT_LEFT = fragment("sides.right_left")
_SIDE_PHRASE = re.compile(
    rf"(?:\b{_RIGHT_LEFT}\s*(?:and|&|/|,)\s*)+{_RIGHT_LEFT}\s*$", re.IGNORECASE
)
"""'RIGHT AND LEFT SI JOINTS', 'R/L hips': both sides named together."""


def side_in(text: str) -> str | None:
    """The side a phrase names; right and left together, or 'bilateral', is bilateral.

    Single letters count only in capitals ("L SIJ", "R hip"), never "l" or "r".
    """
    found = set()
    for match in _SIDE.finditer(text):
        word = match.group(1).rstrip(".")
        if len(word) == 1 and not word.isupper():
            continue
        found.add(SIDE_WORDS[" ".join(word.lower().split())])  # "either  side"
    if "bilateral" in found or {"right", "left"} <= found:
        return "bilateral"
    return found.pop() if len(found) == 1 else None


def side_beside(span: Span, before: int = 4, after: int = 3) -> str | None:
    """A side word within a few tokens of a span, inside its sentence."""
    sentence = span.sent
    left = span.doc[max(sentence.start, span.start - before) : span.start].text
    right = span.doc[span.end : min(sentence.end, span.end + after)].text
    return side_in(left) or side_in(right)


def side_near(doc: Doc, start: int, end: int, before: int = 24, after: int = 24) -> str | None:
    """The side written in or right around ``[start, end)``, within its line.

    The span itself decides first ("right SI joint"); else the nearest side word in
    the window before ("R) SIJ"), else after ("SI joint, left").
    """
    text = text_of(doc)
    line_start, line_end = line_bounds(text, start)
    inside = side_in(text[start:end])
    if inside:
        return inside
    left_text = text[max(line_start, start - before) : start]
    left_text = _CLAUSE_BREAK.split(left_text)[-1]
    phrase = _SIDE_PHRASE.search(left_text)
    if phrase and side_in(phrase.group(0)):
        return side_in(phrase.group(0))
    matches = [
        m
        for m in _SIDE.finditer(left_text)
        if not (len(m.group(1).rstrip(".")) == 1 and m.group(1).islower())
    ]
    if matches:
        return side_in(matches[-1].group(1))
    right_text = text[end : min(line_end, end + after)]
    right_text = re.split(r"[.;|+&]|\band\b|\bor\b", right_text)[0]
    return side_in(right_text)


# --------------------------------------------------------------------------- dates


@lru_cache(maxsize=4096)
def _dates(text: str, reference: dt.date | None, order: DateOrder) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, reference=reference, order=order))


@lru_cache(maxsize=4096)
def _durations(text: str) -> tuple[Duration, ...]:
    return tuple(find_durations(text))


def dates_in(doc: Doc, start: int, end: int, reference: dt.date | None) -> list[DateMention]:
    """Date mentions of the Doc text ``[start:end]`` with Doc offsets (the same sentence
    is asked about by several mentions, so results are cached by text)."""
    return [
        replace(m, start=m.start + start, end=m.end + start)
        for m in _dates(text_of(doc)[start:end], reference, current_date_order())
    ]


def durations_in(doc: Doc, start: int, end: int) -> list[Duration]:
    """Durations of the Doc text ``[start:end]`` with Doc offsets."""
    return [
        replace(d, start=d.start + start, end=d.end + start)
        for d in _durations(text_of(doc)[start:end])
    ]


def day_dates(mentions: Iterable[DateMention]) -> list[DateMention]:
    return [m for m in mentions if m.precision == "day"]


_ENTRY_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:procedure|visit|injection|entry|note|addendum)\s*(?:#?\d+)?\s*[-:]?\s*)?"
    r"(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s*"
    r"(?:[-–:]|$|(?:@\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?!\d))",
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
    ("01/28/2026 - L SIJ diagnostic block #2", "Procedure 2 - 04/15/2025"), its date
    and time of day (a portal message "06/02/2026 19:55 FROM: ...", a telephone or
    nursing log's "09/14/2025 10:05  Phone call - RN"), an addendum's label ("Addendum
    09/22/2025: ...") or on a labelled date line ("Date: 09/16/2025" under each report
    of a combined imaging page, "Discharge date: 07/17/2025"); a finding in such an
    entry refers to that date, not the document's (docs/facts.md: ``date`` is the date
    the fact refers to).
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


# --------------------------------------------------------------------------- component


def search_any(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The earliest match of any pattern."""
    best = None
    for pattern in patterns:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    return best


def finditer_all(patterns: list[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """Every match of every pattern, in text order."""
    found = [m for p in patterns for m in p.finditer(text)]
    return sorted(found, key=lambda m: (m.start(), -m.end()))


def compiled(rules_patterns: dict[str, list[str]], name: str) -> list[re.Pattern[str]]:
    """Each named regex compiled on its own (they may reuse group names)."""
    return [re.compile(p, re.IGNORECASE) for p in rules_patterns.get(name, [])]


class RuleReader:
    """One concern of a family (its events, its values, its tables) reading with the
    family's rules: their index and compiled patterns.

    ``self.p[name]`` holds a named pattern's regexes one by one (they may reuse group
    names); ``self.regex(name)`` joins them into one alternation.
    """

    def __init__(self, rules: FamilyRules) -> None:
        self.rules = rules
        self.index = RuleIndex(rules)
        self.p = {name: compiled(rules.patterns, name) for name in rules.patterns}

    def regex(self, name: str) -> re.Pattern[str]:
        """The named patterns joined as one case-insensitive alternation."""
        return self.rules.regex(name)


class FamilyExtractor(RuleReader):
    """Base of every extractor component: the spaCy call that appends ``extract(doc)``'s
    facts to the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        add_facts(doc, self.extract(doc))
        return doc

    def extract(self, doc: Doc) -> list:
        raise NotImplementedError
