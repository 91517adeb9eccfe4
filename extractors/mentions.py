"""Reading helpers shared by the event-like families (injections, therapy, imaging).

These families do not read a single span: an injection, a therapy episode or an
imaging study is a mention plus the dates, sides and values written around it, in the
same sentence, on the same table row or under the same dated heading. The helpers here
find those neighbours in the Doc text (never in the page text, so offsets stay Doc
offsets for ``extractors.base.evidence_for``).
"""

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractors.base import SIDE_WORDS, add_facts, is_table_row, source, text_of
from extractors.rules import FamilyRules, TargetSpec
from pipeline.dates import DateMention, Duration, find_dates, find_durations
from pipeline.models import Context, Document
from pipeline.nlp import TARGET_GROUP
from pipeline.section_rules import SectionRole, section_role

_SIDE = re.compile(
    r"(?<![\w/])(right|rt\.?|left|lt\.?|bilateral(?:ly)?|bilat\.?|both|b/l|R|L)(?![\w/])",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"(?<!\b[A-Za-z])\.(?:\s|$)|[;|]")
"""A clause ends at ';', '|' or a full stop, not at the stop of an initial ('L. SIJ')."""
_SIDE_PHRASE = re.compile(
    r"(?:\b(?:right|left|R|L|rt|lt)\s*(?:and|&|/|,)\s*)+(?:right|left|R|L|rt|lt)\s*$",
    re.IGNORECASE,
)
"""'RIGHT AND LEFT SI JOINTS', 'R/L hips': both sides named together."""


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


def sentence_bounds(span: Span) -> tuple[int, int]:
    """Character bounds of the span's sentence, cut to its line when it is a table row."""
    sent = span.sent
    start, end = sent.start_char, sent.end_char
    line_start, line_end = line_bounds(text_of(span.doc), span.start_char)
    if is_table_row(text_of(span.doc)[line_start:line_end]):
        return max(start, line_start), min(end, line_end) if end > line_start else line_end
    return start, end


# --------------------------------------------------------------------------- sides


def side_in(text: str) -> str | None:
    """The side a phrase names; right and left together, or 'bilateral', is bilateral.

    Single letters count only in capitals ("L SIJ", "R hip"), never "l" or "r".
    """
    found = set()
    for match in _SIDE.finditer(text):
        word = match.group(1)
        if len(word) == 1 and not word.isupper():
            continue
        found.add(SIDE_WORDS[word.lower().rstrip(".")])
    if "bilateral" in found or {"right", "left"} <= found:
        return "bilateral"
    return found.pop() if len(found) == 1 else None


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
        m for m in _SIDE.finditer(left_text) if not (len(m.group(1)) == 1 and m.group(1).islower())
    ]
    if matches:
        return side_in(matches[-1].group(1))
    right_text = text[end : min(line_end, end + after)]
    right_text = re.split(r"[.;|+&]|\band\b|\bor\b", right_text)[0]
    return side_in(right_text)


# --------------------------------------------------------------------------- dates


@lru_cache(maxsize=4096)
def _dates(text: str, reference: dt.date | None) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, reference=reference))


@lru_cache(maxsize=4096)
def _durations(text: str) -> tuple[Duration, ...]:
    return tuple(find_durations(text))


def dates_in(doc: Doc, start: int, end: int, reference: dt.date | None) -> list[DateMention]:
    """Date mentions of the Doc text ``[start:end]`` with Doc offsets (the same sentence
    is asked about by several mentions, so results are cached by text)."""
    return [
        replace(m, start=m.start + start, end=m.end + start)
        for m in _dates(text_of(doc)[start:end], reference)
    ]


def durations_in(doc: Doc, start: int, end: int) -> list[Duration]:
    """Durations of the Doc text ``[start:end]`` with Doc offsets."""
    return [
        replace(d, start=d.start + start, end=d.end + start)
        for d in _durations(text_of(doc)[start:end])
    ]


def day_dates(mentions: Iterable[DateMention]) -> list[DateMention]:
    return [m for m in mentions if m.precision == "day"]


# --------------------------------------------------------------------------- context


def merged_context(span: Span, **extra: bool) -> Context:
    """The span's ConText attributes (see ``extractors.base.context_of``) plus ours.

    The callers read events (injections, therapy, imaging studies): an event stated in
    the past ("prior injections", "history of PT") still happened, and its date, not
    ConText's past tense, places it; so ConText's historical is not carried over, and
    only the family's own reasons (``extra``) make an event historical.
    """
    from extractors.base import context_of

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


class FamilyExtractor:
    """Base of a rule-driven extractor component: its rules, their index and compiled
    patterns, and the spaCy call that appends ``extract(doc)``'s facts to the Doc."""

    def __init__(self, rules: FamilyRules) -> None:
        self.rules = rules
        self.index = RuleIndex(rules)
        self.p = {name: compiled(rules.patterns, name) for name in rules.patterns}

    def __call__(self, doc: Doc) -> Doc:
        add_facts(doc, self.extract(doc))
        return doc

    def extract(self, doc: Doc) -> list:
        raise NotImplementedError
