"""Injection events: which joint, when, how it was done, and what it did to the pain.

The policy asks two things of SIJ injections: diagnostic blocks that were image-guided,
contrast-confirmed and gave >= 50% relief for the anesthetic's expected duration, and
steroid injections whose relief later wore off. The answers are spread out: the
procedure note states the technique and a pain diary gives the immediate relief, while
a later office note says the pain came back. This component reads one document:

- in a procedure note, each dated procedure heading ("03/12/2025 - Right SI joint
  block", "Procedure 2 - 04/15/2025", "Date of procedure: ...") opens an *event*
  segment; technique, injectate, stated relief and the diary below it belong to it;
- elsewhere (and for sentences of a procedure note that cite another dated injection)
  every injection *mention* becomes a fact from its sentence or table row, dated when
  the text dates it.

``extractors.assemble`` then links mentions to events by date, joint and side. Which
source gave a value is kept in the evidence rule ids (``injections.event``,
``injections.relief.stated``, ``injections.relief.diary``, ...), so assembly can
prefer a stated relief over a computed one.
"""

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import add_facts, evidence_for
from extractors.mentions import (
    RuleIndex,
    compiled,
    dates_in,
    day_dates,
    document_of,
    durations_in,
    finditer_all,
    is_table_row,
    line_bounds,
    lines,
    merged_context,
    search_any,
    side_near,
    spans_of,
)
from extractors.rules import FamilyRules, load_family_rules
from pipeline.dates import DateMention
from pipeline.models import Context, DocumentType, Evidence, Injection

FAMILY = "injections"
EVENT_RULE = "injections.event"
"""Evidence rule id of the dated heading that opens a procedure-note event."""
DATE_RULE_PREFIX = "injections.date."
"""``injections.date.<precision>``: where a mention's own date was read."""
GENERIC_RULE = "injections.generic"
"""Anchor rule id of a mention that names no joint ("the 6/3 injection")."""

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
MAX_SEGMENT_HEADING_WORDS = 16
RELIEF_DURATION_WINDOW = 60
"""How far before a duration a relief word may stand ("relief ... lasted 4 hours")."""


@dataclass
class _Region:
    """Where one injection's attributes are read: Doc character ranges."""

    ranges: list[tuple[int, int]] = field(default_factory=list)

    def contains(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.ranges)

    def texts(self, doc: Doc) -> list[tuple[int, str]]:
        return [(a, doc.text[a:b]) for a, b in self.ranges]


@dataclass
class _Record:
    """One injection as read from this document, before it becomes a fact."""

    anchor: Span
    joint: str
    generic: bool
    side: str | None
    dates: list[DateMention]
    region: _Region
    context: Context
    event_heading: tuple[int, int] | None = None


# --------------------------------------------------------------------------- component


@Language.factory("authreview_injections")
def make_injections(nlp: Language, name: str):
    """The injections extractor component (rules: ``resources/injections.json``)."""
    return InjectionExtractor(load_family_rules(FAMILY))


class InjectionExtractor:
    def __init__(self, rules: FamilyRules) -> None:
        self.rules = rules
        self.index = RuleIndex(rules)
        self.p = {name: compiled(rules.patterns, name) for name in rules.patterns}

    def __call__(self, doc: Doc) -> Doc:
        add_facts(doc, self.extract(doc))
        return doc

    # ------------------------------------------------------------------ reading

    def extract(self, doc: Doc) -> list[Injection]:
        document = document_of(doc)
        reference = document.date
        records: list[_Record] = []
        claimed: set[tuple[int, int, str]] = set()
        if document.type in SKIPPED_TYPES:
            return []
        if document.type is DocumentType.procedure_note:
            records, claimed = self._procedure_events(doc, reference)
        records += self._mentions(doc, reference, claimed, procedure=bool(records))
        return [fact for record in records for fact in self._facts(doc, record, reference)]

    def _mention_spans(self, doc: Doc) -> list[Span]:
        """Specific mentions, then generic ones not inside a specific one, then table rows
        naming the SIJ with an injectate ("04/22/2025 | L SIJ, fluoro | lidocaine ...")."""
        specific = spans_of(doc, MENTION_CATEGORIES)
        generic = [
            s
            for s in spans_of(doc, "INJ_GENERIC")
            if not any(s.start_char < m.end_char and m.start_char < s.end_char for m in specific)
        ]
        rows = []
        for site in spans_of(doc, "INJ_SITE"):
            if any(site.start_char < m.end_char and m.start_char < site.end_char for m in specific):
                continue
            start, end = line_bounds(doc.text, site.start_char)
            if not is_table_row(doc.text[start:end]):
                continue
            if any(r.start_char >= start and r.end_char <= end for r in rows):
                continue
            has_injectate = any(
                start <= s.start_char < end for s in spans_of(doc, INJECTATE_CATEGORIES)
            )
            if has_injectate and day_dates(dates_in(doc, start, end, None)):
                rows.append(site)
        spans = specific + rows + generic
        return sorted(spans, key=lambda s: s.start_char)

    def _procedure_events(self, doc: Doc, reference: dt.date | None):
        """Event segments of a procedure note, and the spans they claim."""
        text = doc.text
        mentions = self._mention_spans(doc)
        headings: list[tuple[int, int, DateMention]] = []
        for start, end in lines(text):
            line = text[start:end]
            if is_table_row(line) or len(line.split()) > MAX_SEGMENT_HEADING_WORDS:
                continue
            if search_any(self.p["returned"], line) or search_any(self.p["relief_word"], line):
                continue
            found = day_dates(dates_in(doc, start, end, None))
            if not found:
                continue
            labelled = search_any(self.p["segment_label"], line) is not None
            named = any(start <= m.start_char < end and m.label_ == "INJECTION" for m in mentions)
            if labelled or named:
                headings.append((start, end, found[0]))
        merged: list[tuple[int, int, DateMention]] = []
        for heading in headings:
            if merged and merged[-1][2].value == heading[2].value:
                between = (merged[-1][1], heading[0])
                if not any(between[0] <= m.start_char < between[1] for m in mentions):
                    continue
            merged.append(heading)
        if not merged:
            if reference is None:
                return [], set()
            merged = [(0, 0, DateMention(0, 0, reference))]
        records: list[_Record] = []
        claimed: set[tuple[int, int, str]] = set()
        bounds = [h[0] for h in merged[1:]] + [len(text)]
        for (h_start, h_end, date), seg_end in zip(merged, bounds, strict=True):
            seg_start = h_start
            inside = [m for m in mentions if seg_start <= m.start_char < seg_end]
            references = [
                m for m in inside if self._cites_other_date(doc, m, date.value, reference)
            ]
            reference_sents = {(m.sent.start_char, m.sent.end_char) for m in references}
            own = [
                m
                for m in inside
                if m not in references
                and (m.sent.start_char, m.sent.end_char) not in reference_sents
            ]
            specific = [m for m in own if m.label_ != "INJ_GENERIC"]
            affirmed = [m for m in specific if merged_context(m).is_current_affirmed] or specific
            if not affirmed:
                continue
            joint = Counter(
                str(self.index.attribute(m, "joint", "other")) for m in affirmed
            ).most_common(1)[0][0]
            anchor = next(m for m in affirmed if self.index.attribute(m, "joint") == joint)
            side = None
            for m in affirmed:
                side = side_near(doc, m.start_char, m.end_char)
                if side:
                    break
            ranges = _subtract([(seg_start, seg_end)], sorted(reference_sents))
            records.append(
                _Record(
                    anchor=anchor,
                    joint=joint,
                    generic=False,
                    side=side,
                    dates=[date],
                    region=_Region(ranges),
                    context=Context(),
                    event_heading=(h_start, h_end) if h_end > h_start else None,
                )
            )
            claimed.update(_key(m) for m in own)
        return records, claimed

    def _cites_other_date(
        self, doc: Doc, span: Span, event_date: dt.date, reference: dt.date | None
    ) -> bool:
        """A mention whose own sentence dates it to another day ("the 05/20 injection")."""
        start, end = _sentence_or_row(span)
        return any(m.value != event_date for m in day_dates(dates_in(doc, start, end, reference)))

    def _mentions(
        self,
        doc: Doc,
        reference: dt.date | None,
        claimed: set[tuple[int, int, str]],
        procedure: bool,
    ) -> list[_Record]:
        """Mentions outside event segments. In a procedure note only dated ones count
        (an undated one is a title or the event itself)."""
        spans = [s for s in self._mention_spans(doc) if _key(s) not in claimed]
        records: list[_Record] = []
        for span in spans:
            generic = span.label_ == "INJ_GENERIC"
            s_start, s_end = _sentence_or_row(span)
            siblings = [s for s in spans if s is not span and s_start <= s.start_char < s_end]
            dates = self._own_dates(doc, span, siblings, s_start, s_end, reference)
            ranges = [(s_start, s_end)]
            follow = self._continuation(doc, span, spans)
            if follow:
                ranges.append(follow)
            context = self._context(doc, span, s_start, dates, reference)
            if generic and not dates and not context.is_current_affirmed:
                continue
            if generic and not dates and records and records[-1].region.ranges[-1][1] >= s_start:
                previous = records[-1]
                previous.region.ranges.extend(r for r in ranges if r not in previous.region.ranges)
                continue
            if procedure and not dates:
                continue
            records.append(
                _Record(
                    anchor=span,
                    joint=str(self.index.attribute(span, "joint", "other")),
                    generic=generic,
                    side=None if generic else side_near(doc, span.start_char, span.end_char),
                    dates=dates,
                    region=_Region(ranges),
                    context=context,
                )
            )
        return records

    def _own_dates(
        self,
        doc: Doc,
        span: Span,
        siblings: list[Span],
        s_start: int,
        s_end: int,
        reference: dt.date | None,
    ) -> list[DateMention]:
        """Dates of the mention: those after it up to the next mention in the sentence,
        else the nearest before it back to the previous mention."""
        after = min(
            (s.start_char for s in siblings if s.start_char > span.start_char), default=s_end
        )
        before = max(
            (s.end_char for s in siblings if s.end_char <= span.start_char), default=s_start
        )
        found = [
            m
            for m in dates_in(doc, s_start, s_end, reference)
            if not (m.relative and m.precision != "day")
        ]
        own_after = [m for m in found if span.end_char <= m.start < after]
        if own_after:
            chosen = own_after
        else:
            own_before = [m for m in found if before <= m.start and m.end <= span.start_char]
            chosen = own_before[-1:] if own_before else []
        return [m for m in chosen if not m.is_range_end] or chosen

    def _continuation(self, doc: Doc, span: Span, spans: list[Span]) -> tuple[int, int] | None:
        """The next sentence, when it says how the injection went and names no other one."""
        sent = span.sent
        if sent.end >= len(doc):
            return None
        following = doc[sent.end].sent
        start, end = following.start_char, following.end_char
        if any(start <= s.start_char < end for s in spans):
            return None
        text = doc.text[start:end]
        cues = ("relief_percent", "returned", "lasting", "relief_word", "pain_change")
        if any(search_any(self.p[c], text) for c in cues):
            return start, end
        return None

    def _context(
        self,
        doc: Doc,
        span: Span,
        s_start: int,
        dates: list[DateMention],
        reference: dt.date | None,
    ) -> Context:
        """ConText, plus: planned ("will schedule an SIJ injection") is hypothetical unless
        the injection is dated in the past; history dated only by a year is historical."""
        before = doc.text[s_start : span.start_char]
        past = any(
            m.precision == "day" and (reference is None or m.value <= reference) for m in dates
        )
        planned = not past and search_any(self.p["plan"], before) is not None
        year_only = bool(dates) and all(m.precision == "year" for m in dates)
        context = merged_context(span, hypothetical=planned, historical=year_only)
        if past and context.historical and not year_only:
            context = context.model_copy(update={"historical": False})
        if past and context.hypothetical:
            context = context.model_copy(update={"hypothetical": False})
        return context

    # ------------------------------------------------------------------ values

    def _facts(self, doc: Doc, record: _Record, reference: dt.date | None) -> list[Injection]:
        values, evidence = self._values(doc, record)
        anchor_rule = GENERIC_RULE if record.generic else self.index.rule_id(record.anchor)
        anchor = evidence_for(doc, record.anchor.start_char, record.anchor.end_char, anchor_rule)
        base: list[Evidence] = [anchor]
        if record.event_heading:
            base.append(evidence_for(doc, *record.event_heading, EVENT_RULE))
        if (
            record.generic
            and not record.dates
            and not ({"relief_percent", "relief_duration_hours", "later_course"} & values.keys())
        ):
            return []
        dates: list[DateMention | None] = list(record.dates) or [None]
        facts = []
        for date in dates:
            date_evidence = []
            if date is not None and date.end > date.start:
                date_evidence.append(
                    evidence_for(doc, date.start, date.end, DATE_RULE_PREFIX + date.precision)
                )
            facts.append(
                Injection(
                    date=date.value if date is not None else None,
                    joint=record.joint,  # type: ignore[arg-type]
                    side=record.side,  # type: ignore[arg-type]
                    context=record.context,
                    evidence=tuple(_unique(base + date_evidence + evidence)),
                    **values,
                )
            )
        return facts

    def _values(self, doc: Doc, record: _Record) -> tuple[dict, list[Evidence]]:
        """Technique, injectate, purpose, relief and later course inside the region."""
        region = record.region
        spans = [
            s
            for s in spans_of(doc, ATTRIBUTE_CATEGORIES)
            if region.contains(s.start_char, s.end_char)
        ]
        values: dict = {}
        evidence: list[Evidence] = []

        def cite(span: Span) -> None:
            evidence.append(
                evidence_for(doc, span.start_char, span.end_char, self.index.rule_id(span))
            )

        guidance = [s for s in spans if s.label_ == "INJ_GUIDANCE" and self._affirmed(s)]
        if guidance:
            values["guidance"] = self.index.attribute(guidance[0], "guidance")
            cite(guidance[0])
        contrast_yes = [
            s
            for s in spans
            if s.label_ == "INJ_CONTRAST"
            and not self._in_allergy(doc, s)
            and not any(
                n.start_char <= s.start_char < n.end_char
                for n in spans
                if n.label_ == "INJ_NO_CONTRAST"
            )
        ]
        contrast_no = [s for s in spans if s.label_ == "INJ_NO_CONTRAST"]
        if contrast_yes:
            values["contrast"] = True
            cite(contrast_yes[0])
        elif contrast_no:
            values["contrast"] = False
            cite(contrast_no[0])
        anesthetics = [
            s
            for s in spans
            if s.label_ == "INJ_ANESTHETIC" and self._affirmed(s) and not self._skin_only(doc, s)
        ]
        if anesthetics:
            values["anesthetic"] = self.index.attribute(anesthetics[0], "anesthetic")
            cite(anesthetics[0])
        steroids = [
            s
            for s in spans
            if s.label_ == "INJ_STEROID" and self._affirmed(s) and not self._in_allergy(doc, s)
        ]
        if steroids:
            values["corticosteroid"] = True
            cite(steroids[0])
        purposes = [s for s in spans if s.label_ == "INJ_PURPOSE" and self._purpose_applies(doc, s)]
        if purposes:
            stated = {str(self.index.attribute(s, "purpose")) for s in purposes}
            values["purpose"] = (
                "both"
                if "both" in stated or {"diagnostic", "therapeutic"} <= stated
                else stated.pop()
            )
            cite(purposes[0])
        relief, relief_evidence = self._relief(doc, region)
        values.update(relief)
        evidence += relief_evidence
        course, course_evidence = self._course(doc, region)
        if course:
            values["later_course"] = course
            evidence += course_evidence
        return values, evidence

    def _affirmed(self, span: Span) -> bool:
        if self.index.attribute(span, "ignore_negation", False):
            return True
        return not bool(span._.is_negated)

    def _in_allergy(self, doc: Doc, span: Span) -> bool:
        start, end = _sentence_or_row(span)
        return search_any(self.p["allergy"], doc.text[start:end]) is not None

    def _skin_only(self, doc: Doc, span: Span) -> bool:
        """Lidocaine for the skin wheal is not the injectate."""
        start, end = span.sent.start_char, span.sent.end_char
        clause = re.split(r"[;]", doc.text[start:end])
        offset = start
        for part in clause:
            if offset <= span.start_char < offset + len(part) + 1:
                return search_any(self.p["skin"], part) is not None
            offset += len(part) + 1
        return False

    def _purpose_applies(self, doc: Doc, span: Span) -> bool:
        """'Diagnostic'/'therapeutic' count on the line naming an injection or a
        Procedure/Indication line, not in 'diagnostic radiology'."""
        start, end = line_bounds(doc.text, span.start_char)
        line = doc.text[start:end]
        return re.search(_PURPOSE_LINE, line, re.IGNORECASE) is not None

    def _relief(self, doc: Doc, region: _Region) -> tuple[dict, list[Evidence]]:
        values: dict = {}
        evidence: list[Evidence] = []
        stated: list[tuple[int, int, float, int]] = []
        for offset, text in region.texts(doc):
            for match in finditer_all(self.p["relief_percent"], text):
                low = float(match.group("pct"))
                if 0 <= low <= 100:
                    stated.append((offset + match.start(), offset + match.end(), low, offset))
            for match in finditer_all(self.p["relief_complete"], text):
                stated.append((offset + match.start(), offset + match.end(), 100.0, offset))
            for match in finditer_all(self.p["relief_none"], text):
                stated.append((offset + match.start(), offset + match.end(), 0.0, offset))
        if stated:
            start, end, value, _ = min(stated)
            values["relief_percent"] = value
            evidence.append(evidence_for(doc, start, end, "injections.relief.stated"))
            duration = self._duration_after(doc, end, region)
            if duration is not None:
                values["relief_duration_hours"] = duration[0]
                evidence.append(
                    evidence_for(doc, duration[1], duration[2], "injections.duration.with_relief")
                )
        diary = self._diary(doc, region)
        if diary is not None:
            percent, hours, rows = diary
            values.setdefault("relief_percent", percent)
            if hours is not None and "relief_duration_hours" not in values:
                values["relief_duration_hours"] = hours
                evidence.append(evidence_for(doc, rows[0], rows[1], "injections.duration.diary"))
            evidence.append(evidence_for(doc, rows[0], rows[1], "injections.relief.diary"))
        elif "relief_percent" not in values:
            change = self._pain_change(doc, region)
            if change is not None:
                values["relief_percent"] = change[0]
                evidence.append(
                    evidence_for(doc, change[1], change[2], "injections.relief.pre_post")
                )
        if "relief_duration_hours" not in values:
            duration = self._stated_duration(doc, region)
            if duration is not None:
                values["relief_duration_hours"] = duration[0]
                evidence.append(
                    evidence_for(doc, duration[1], duration[2], "injections.duration.stated")
                )
        return values, evidence

    def _duration_after(self, doc: Doc, end: int, region: _Region) -> tuple[float, int, int] | None:
        """'80% relief for 2 hours', '80% for 2 hours', '90% relief lasting 6 hours'."""
        for duration in durations_in(doc, end, min(len(doc.text), end + 40)):
            gap = doc.text[end : duration.start]
            if duration.direction in (None, "lookback") and re.fullmatch(
                r"[\s,]*(?:(?:of\s+)?(?:pain\s+)?relief\s*)?(?:which\s+)?(?:lasting|lasted|that\s+lasted|for|x|over)?\s*",
                gap,
                re.I,
            ):
                return round(duration.hours, 2), duration.start, duration.end
        return None

    def _stated_duration(self, doc: Doc, region: _Region) -> tuple[float, int, int] | None:
        """'relief lasting 6 hours', '2 weeks of relief'; not 'pain returned after 3 weeks'."""
        for offset, text in region.texts(doc):
            for duration in durations_in(doc, offset, offset + len(text)):
                if duration.direction in ("ago", "later") or duration.unit == "year":
                    continue
                after = doc.text[duration.end : duration.end + 30]
                if search_any(self.p["relief_after_duration"], after):
                    return round(duration.hours, 2), duration.start, duration.end
                window_start = max(offset, duration.start - RELIEF_DURATION_WINDOW)
                before = doc.text[window_start : duration.start]
                before = re.split(r"[.;]", before)[-1]
                relief = list(finditer_all(self.p["relief_word"], before))
                if not relief:
                    continue
                gap = before[relief[-1].end() :]
                if search_any(self.p["recurrence_word"], gap):
                    continue
                if re.search(r"\b(?:lasting|lasted|for|x|over)\b", gap, re.I):
                    return round(duration.hours, 2), duration.start, duration.end
        return None

    def _pain_change(self, doc: Doc, region: _Region) -> tuple[float, int, int] | None:
        """'pain went from 8/10 to 2/10', or pre- and post-procedure scores."""
        for offset, text in region.texts(doc):
            for match in finditer_all(self.p["pain_change"], text):
                window = text[max(0, match.start() - 40) : match.start()]
                if not re.search(r"\b(?:pain|nrs|vas|score)\b", window, re.I):
                    continue
                pre, post = float(match.group("pre")), float(match.group("post"))
                if 0 < pre <= 10 and 0 <= post <= 10:
                    return _percent(pre, post), offset + match.start(), offset + match.end()
        pre = post = None
        for offset, text in region.texts(doc):
            for match in finditer_all(self.p["pre_score"], text):
                pre = pre or (
                    float(match.group("score")),
                    offset + match.start(),
                    offset + match.end(),
                )
            for match in finditer_all(self.p["post_score"], text):
                post = post or (
                    float(match.group("score")),
                    offset + match.start(),
                    offset + match.end(),
                )
        if pre and post and 0 < pre[0] <= 10 and 0 <= post[0] <= 10:
            return _percent(pre[0], post[0]), min(pre[1], post[1]), max(pre[2], post[2])
        return None

    def _diary(
        self, doc: Doc, region: _Region
    ) -> tuple[float, float | None, tuple[int, int]] | None:
        """A post-procedure pain diary: rows of (time point, pain score) under a baseline.

        relief_percent = max over time points of (pre - post) / pre x 100, rounded;
        relief_duration_hours = the latest time point whose relief is >= 50%.
        """
        baseline: float | None = None
        points: list[tuple[float, float]] = []
        first = last = None
        for offset, text in region.texts(doc):
            for l_start, l_end in lines(text):
                line = text[l_start:l_end]
                if not is_table_row(line):
                    continue
                cells = [c.strip() for c in line.split("|")]
                cells = [c for c in cells if c]
                if len(cells) < 2:
                    continue
                label = cells[0]
                score = self._diary_score(cells[1:])
                if score is None:
                    continue
                if search_any(self.p["diary_baseline"], label):
                    baseline = score
                else:
                    hours = self._diary_hours(label)
                    if hours is None:
                        continue
                    points.append((hours, score))
                first = first if first is not None else offset + l_start
                last = offset + l_end
        if baseline is None or baseline <= 0 or not points or first is None or last is None:
            return None
        reliefs = [(hours, (baseline - score) / baseline * 100) for hours, score in points]
        percent = float(round(max(r for _, r in reliefs)))
        good = [hours for hours, r in reliefs if r >= 50]
        return max(0.0, min(100.0, percent)), (max(good) if good else None), (first, last)

    def _diary_score(self, cells: list[str]) -> float | None:
        for cell in cells:
            match = search_any(self.p["diary_score"], cell)
            if match:
                score = float(match.group("score"))
                return score if 0 <= score <= 10 else None
        return None

    def _diary_hours(self, label: str) -> float | None:
        if search_any(self.p["diary_immediate"], label):
            return 0.0
        if search_any(self.p["diary_next_day"], label):
            return 24.0
        match = search_any(self.p["diary_timed"], label)
        if match:
            unit = match.group("unit").lower()
            key = "min" if unit.startswith("min") or unit == "m" else unit[0]
            return float(match.group("n")) * float(self.rules.vocab["diary_units_hours"][key])
        match = search_any(self.p["diary_day"], label)
        if match:
            return 24.0 * float(match.group("n"))
        match = search_any(self.p["diary_week"], label)
        if match:
            return 168.0 * float(match.group("n"))
        return None

    def _course(self, doc: Doc, region: _Region) -> tuple[str | None, list[Evidence]]:
        """Later course: pain returned / relief wore off, or relief is lasting."""
        found: list[tuple[int, int, str]] = []
        for offset, text in region.texts(doc):
            for name, course in (("returned", "returned"), ("lasting", "lasting")):
                for match in finditer_all(self.p[name], text):
                    before = text[max(0, match.start() - 14) : match.start()]
                    if search_any(self.p["course_negator"], before):
                        continue
                    found.append((offset + match.start(), offset + match.end(), course))
        if not found:
            return None, []
        start, end, course = max(found)
        return course, [evidence_for(doc, start, end, f"injections.course.{course}")]


# --------------------------------------------------------------------------- helpers


_PURPOSE_LINE = r"\b(?:injections?|inj|blocks?|procedure|indication|purpose)\b"


def _key(span: Span) -> tuple[int, int, str]:
    return span.start_char, span.end_char, span.label_


def _sentence_or_row(span: Span) -> tuple[int, int]:
    """The span's sentence, cut to its line when the line is a table row."""
    start, end = span.sent.start_char, span.sent.end_char
    l_start, l_end = line_bounds(span.doc.text, span.start_char)
    if is_table_row(span.doc.text[l_start:l_end]):
        return l_start, l_end
    return start, end


def _subtract(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
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


def _percent(pre: float, post: float) -> float:
    return float(max(0, min(100, round((pre - post) / pre * 100))))


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen = []
    for item in evidence:
        if item not in seen:
            seen.append(item)
    return seen
