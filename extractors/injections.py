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

``extractors.assemble`` then links mentions to events by date, joint and side (and an
undated mention only to an event of the kind it names: ``injections.refers.*``). Which
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

from extractors.base import CELL_GAP, evidence_for, is_table_row, text_of
from extractors.mentions import (
    FamilyExtractor,
    dates_in,
    day_dates,
    document_of,
    durations_in,
    finditer_all,
    in_plan_section,
    line_bounds,
    lines,
    merged_context,
    search_any,
    side_near,
    spans_of,
    truly_negated,
)
from extractors.rules import load_family_rules
from pipeline.context import stated_done
from pipeline.dates import DateMention
from pipeline.models import Context, DocumentType, Evidence, Injection

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
MAX_DATE_GAP_BEFORE = 40
"""A date written before a mention dates it only when this close ('04/22/2025 | L SIJ')."""
PLAN_SECTIONS = frozenset({"plan", "assessment"})
"""An undated injection named under ASSESSMENT/PLAN is one proposed, not one done."""
OTHER_TOPIC_PREFIXES = ("THERAPY_", "IMG_MODALITY")
"""A following sentence about therapy or imaging does not continue an injection's."""
RELIEF_DURATION_WINDOW = 60
MAX_RELIEF_DURATION_HOURS = 72.0
"""A stated relief longer than this ('relief for about a month') describes the later
course of a steroid, not the anesthetic response that relief_duration_hours measures."""
"""How far before a duration a relief word may stand ("relief ... lasted 4 hours")."""


@dataclass
class _Region:
    """Where one injection's attributes are read: Doc character ranges."""

    ranges: list[tuple[int, int]] = field(default_factory=list)

    def contains(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.ranges)

    def texts(self, doc: Doc) -> list[tuple[int, str]]:
        return [(a, text_of(doc)[a:b]) for a, b in self.ranges]


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
    antecedent: Span | None = None


# --------------------------------------------------------------------------- component


@Language.factory("authreview_injections")
def make_injections(nlp: Language, name: str):
    """The injections extractor component (rules: ``resources/injections.json``)."""
    return InjectionExtractor(load_family_rules(FAMILY))


class InjectionExtractor(FamilyExtractor):
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
            start, end = line_bounds(text_of(doc), site.start_char)
            if not is_table_row(text_of(doc)[start:end]):
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
        text = text_of(doc)
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
        merged = [self._with_title(doc, heading, mentions) for heading in merged]
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
                affirmed = self._injected_site(doc, seg_start, seg_end, reference_sents)
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

    def _injected_site(
        self, doc: Doc, start: int, end: int, skipped: set[tuple[int, int]]
    ) -> list[Span]:
        """A procedure segment that never says 'injection' but names the joint and an
        injectate ('the L SI joint was entered; ... 0.5% bupivacaine injected'): the
        joint named first is the event's."""
        inside = [
            s
            for s in spans_of(doc, ("INJ_SITE", "INJ_ANESTHETIC", "INJ_STEROID"))
            if start <= s.start_char < end
            and not any(a <= s.start_char < b for a, b in skipped)
            and self._affirmed(s)
        ]
        sites = [s for s in inside if s.label_ == "INJ_SITE"]
        injectate = [s for s in inside if s.label_ != "INJ_SITE" and not self._skin_only(doc, s)]
        return sites[:1] if sites and injectate else []

    def _with_title(
        self, doc: Doc, heading: tuple[int, int, DateMention], mentions: list[Span]
    ) -> tuple[int, int, DateMention]:
        """A 'Date: ...' heading owns the title line right above it that names the
        injection ('PROCEDURE NOTE: RIGHT SACROILIAC JOINT BLOCK')."""
        start, end, date = heading
        if start == 0 or any(start <= m.start_char < end for m in mentions):
            return heading
        cursor = start - 1
        while cursor > 0 and text_of(doc)[cursor].isspace():
            cursor -= 1
        p_start, p_end = line_bounds(text_of(doc), cursor)
        line = text_of(doc)[p_start:p_end]
        if (
            line.strip()
            and not is_table_row(line)
            and len(line.split()) <= MAX_SEGMENT_HEADING_WORDS
            and not day_dates(dates_in(doc, p_start, p_end, None))
            and any(
                m.start_char < p_end and m.end_char > p_start and m.label_ == "INJECTION"
                for m in mentions
            )
        ):
            first = min(
                (m.start_char for m in mentions if m.end_char > p_start and m.start_char < p_end),
                default=p_start,
            )
            return min(p_start, line_bounds(text_of(doc), first)[0]), end, date
        return heading

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
        (an undated one is a title or the event itself).

        A sentence naming several injections is cut between them, so "blocks on 06/10
        (lidocaine) and 07/08 (bupivacaine), and steroid injections on 08/19" gives the
        steroid injections none of the blocks' values.
        """
        spans = [s for s in self._mention_spans(doc) if _key(s) not in claimed]
        by_sentence: dict[tuple[int, int], list[Span]] = {}
        for span in spans:
            by_sentence.setdefault(_sentence_or_row(span), []).append(span)
        records: list[_Record] = []
        for (s_start, s_end), members in by_sentence.items():
            owned: set[int] = set()
            boundary = s_start
            for k, span in enumerate(members):
                previous_end = members[k - 1].end_char if k else s_start
                next_start = members[k + 1].start_char if k + 1 < len(members) else s_end
                dates = self._own_dates(
                    doc, span, previous_end, next_start, s_start, s_end, reference, owned
                )
                owned.update(m.start for m in dates)
                region_end = s_end
                if k + 1 < len(members):
                    region_end = max([span.end_char, *(m.end for m in dates)])
                    paren = re.match(r"\s*\([^)]{0,40}\)", text_of(doc)[region_end:next_start])
                    if paren:
                        region_end += paren.end()
                    opened = text_of(doc)[span.start_char : region_end]
                    if opened.count("(") > opened.count(")"):
                        close = text_of(doc).find(")", region_end, next_start)
                        region_end = close + 1 if close != -1 else region_end
                    region_end = min(region_end, next_start)
                    region_end = _clause_cut(text_of(doc), region_end, next_start)
                ranges = [(boundary, region_end)]
                boundary = region_end
                block = self._procedure_block(doc, span)
                if block:
                    ranges.append(block)
                elif k + 1 == len(members):
                    follow = self._continuation(doc, span, spans)
                    if follow:
                        ranges.append(follow)
                generic = span.label_ == "INJ_GENERIC"
                context = self._context(doc, span, s_start, s_end, dates, reference)
                if generic and not dates and not context.is_current_affirmed:
                    continue
                previous = (
                    self._referent(doc, span, records)
                    if generic
                    and not dates
                    and records
                    and records[-1].region.ranges[-1][1] >= s_start
                    else None
                )
                if previous is not None:
                    previous.region.ranges.extend(
                        r for r in ranges if r not in previous.region.ranges
                    )
                    continue
                if procedure and not dates:
                    continue
                antecedent = self._site_after(doc, span) if generic else None
                if antecedent is None and generic and dates:
                    antecedent = self._antecedent(doc, span)
                named = antecedent or (None if generic else span)
                records.append(
                    _Record(
                        anchor=span,
                        joint=str(self.index.attribute(named, "joint", "other"))
                        if named
                        else "other",
                        generic=generic,
                        side=side_near(doc, named.start_char, named.end_char) if named else None,
                        dates=dates,
                        region=_Region(ranges),
                        context=context,
                        antecedent=antecedent,
                    )
                )
        return records

    def _own_dates(
        self,
        doc: Doc,
        span: Span,
        previous_end: int,
        next_start: int,
        s_start: int,
        s_end: int,
        reference: dt.date | None,
        owned: set[int],
    ) -> list[DateMention]:
        """Dates of a mention: one written right before it ("the 06/18/2025 steroid
        injection"), else those after it up to the next mention, else the nearest one
        before it back to the previous mention. Dates another mention took are skipped."""
        found = [
            m
            for m in dates_in(doc, s_start, s_end, reference)
            if not (m.relative and m.precision != "day")
            and m.start not in owned
            and not search_any(
                self.p["date_excluded_before"], text_of(doc)[max(s_start, m.start - 10) : m.start]
            )
        ]
        for m in reversed(found):
            if previous_end <= m.start and m.end <= span.start_char:
                if _PREFIX_GAP.fullmatch(text_of(doc)[m.end : span.start_char]):
                    return [m]
                break
        own_after = [
            m
            for m in found
            if span.end_char <= m.start < next_start
            and not (next_start < s_end and _PREFIX_GAP.fullmatch(text_of(doc)[m.end : next_start]))
        ]
        if own_after:
            chosen = own_after
        else:
            own_before = [
                m
                for m in found
                if previous_end <= m.start
                and m.end <= span.start_char
                and span.start_char - m.end <= MAX_DATE_GAP_BEFORE
                and not self._other_topic_between(doc, m.end, span.start_char)
            ]
            chosen = own_before[-1:] if own_before else []
        return [m for m in chosen if not m.is_range_end] or chosen

    def _other_topic_between(self, doc: Doc, start: int, end: int) -> bool:
        return any(
            start <= s.start_char < end and s.label_.startswith(OTHER_TOPIC_PREFIXES)
            for s in doc.spans.get("targets", [])
        )

    def _antecedent(self, doc: Doc, span: Span) -> Span | None:
        """The SIJ (or other joint) injection a bare 'injections' refers back to: the
        nearest named one earlier in the sentence or in the sentence before."""
        sent = span.sent
        start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        named = [
            m
            for m in spans_of(doc, "INJECTION")
            if start <= m.start_char and m.end_char <= span.start_char
        ]
        return named[-1] if named else None

    def _referent(self, doc: Doc, span: Span, records: list[_Record]) -> _Record | None:
        """The injection an undated 'the block' / 'the steroid injection' continues: the
        last one read, unless its words name the other kind ('after the block' follows
        a steroid injection named after the block): then the latest of that kind, or
        none."""
        wanted = self._named_kind(doc, span)
        if wanted is None or self._record_kind(doc, records[-1]) in (wanted, None):
            return records[-1]
        for record in reversed(records[:-1]):
            if self._record_kind(doc, record) == wanted:
                return record
        return None

    def _record_kind(self, doc: Doc, record: _Record) -> str | None:
        """'diagnostic' (anesthetic, no steroid), 'therapeutic' (steroid, no anesthetic)."""
        spans = [
            s
            for s in spans_of(doc, ("INJ_ANESTHETIC", "INJ_STEROID"))
            if record.region.contains(s.start_char, s.end_char) and self._affirmed(s)
        ]
        anesthetic = any(s.label_ == "INJ_ANESTHETIC" for s in spans)
        steroid = any(s.label_ == "INJ_STEROID" for s in spans)
        if anesthetic != steroid:
            return "diagnostic" if anesthetic else "therapeutic"
        return None if anesthetic else self._named_kind(doc, record.anchor)

    def _named_kind(self, doc: Doc, span: Span) -> str | None:
        """The kind the words of a mention name: 'steroid injection' -> therapeutic,
        'the block' / 'diagnostic injection' -> diagnostic."""
        words = text_of(doc)[max(span.sent.start_char, span.start_char - 30) : span.end_char]
        if search_any(self.p["refers_therapeutic"], words):
            return "therapeutic"
        if search_any(self.p["refers_diagnostic"], words):
            return "diagnostic"
        return None

    def _site_after(self, doc: Doc, span: Span) -> Span | None:
        """The joint named right after a bare 'injections': 'Steroid injections: R SIJ
        05/05/2025 and ...', 'blocks (left SI joint) on ...'."""
        text = text_of(doc)
        for site in spans_of(doc, "INJ_SITE"):
            if site.start_char < span.end_char:
                continue
            if _SITE_GAP.fullmatch(text[span.end_char : site.start_char]):
                return site
            break
        return None

    def _procedure_block(self, doc: Doc, span: Span) -> tuple[int, int] | None:
        """An office note's 'Procedure' section around the mention: the injection done
        at that visit, with its injectate on the following lines."""
        text = text_of(doc)
        l_start, _ = line_bounds(text, span.start_char)
        heading = None
        cursor = l_start
        for _ in range(4):
            h_start, h_end = line_bounds(text, cursor)
            if search_any(self.p["procedure_heading"], text[h_start:h_end]):
                heading = h_start
                break
            if h_start == 0:
                break
            cursor = h_start - 1
        if heading is None:
            return None
        end = len(text)
        for b_start, b_end in lines(text):
            if b_start <= l_start:
                continue
            line = text[b_start:b_end]
            if search_any(self.p["section_heading"], line):
                end = b_start
                break
        return heading, end

    def _continuation(self, doc: Doc, span: Span, spans: list[Span]) -> tuple[int, int] | None:
        """The next sentence, when it says how the injection went and names no other one."""
        sent = span.sent
        if sent.end >= len(doc):
            return None
        following = doc[sent.end].sent
        start, end = following.start_char, following.end_char
        if any(start <= s.start_char < end for s in spans):
            return None
        if any(
            start <= s.start_char < end and s.label_.startswith(OTHER_TOPIC_PREFIXES)
            for s in doc.spans.get("targets", [])
        ):
            return None
        text = text_of(doc)[start:end]
        cues = ("relief_percent", "returned", "lasting", "relief_word", "pain_change")
        if any(search_any(self.p[c], text) for c in cues):
            return start, end
        return None

    def _context(
        self,
        doc: Doc,
        span: Span,
        s_start: int,
        s_end: int,
        dates: list[DateMention],
        reference: dt.date | None,
    ) -> Context:
        """ConText, plus: an injection planned ("will schedule"), listed under PLAN, or
        offered and declined is hypothetical unless dated in the past or stated done
        ("received it", "was performed": ConText's ACTUAL); one dated only by
        a year ("SI injections in 2019") is historical."""
        before = text_of(doc)[s_start : span.start_char]
        after = text_of(doc)[span.end_char : s_end]
        past = any(
            m.precision == "day" and (reference is None or m.value <= reference) for m in dates
        )
        in_plan = not dates and (
            getattr(span._, "section_category", None) in PLAN_SECTIONS or in_plan_section(span)
        )
        planned = (
            not past
            and not stated_done(span)
            and (
                search_any(self.p["plan"], before) is not None
                or search_any(self.p["declined"], after) is not None
                or in_plan
            )
        )
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
        if record.antecedent is not None:
            a = record.antecedent
            base.append(evidence_for(doc, a.start_char, a.end_char, self.index.rule_id(a)))
        if record.event_heading:
            base.append(evidence_for(doc, *record.event_heading, EVENT_RULE))
        if (
            record.generic
            and not record.dates
            and not ({"relief_percent", "relief_duration_hours", "later_course"} & values.keys())
        ):
            return []
        if record.generic and not record.dates and _PLURAL.search(record.anchor.text):
            return []  # 'two diagnostic blocks each gave >50% relief': several events, no date
        if not record.dates and record.event_heading is None:
            kind = self._refers_to(doc, record, values)
            if kind:
                a = record.anchor
                base.append(evidence_for(doc, a.start_char, a.end_char, REFERS_RULE_PREFIX + kind))
        dates: list[DateMention | None] = list(record.dates) or [None]
        per_date = self._per_date_values(doc, record) if len(record.dates) > 1 else {}
        facts = []
        for date in dates:
            own_values, own_evidence = per_date.get(id(date), ({}, []))
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
                    evidence=tuple(_unique(base + date_evidence + own_evidence + evidence)),
                    **{**values, **own_values},
                )
            )
        return facts

    def _refers_to(self, doc: Doc, record: _Record, values: dict) -> str | None:
        """Which kind of injection an undated mention is about, so assembly does not fold
        it into an event of the other kind: 'diagnostic' (an anesthetic block) or
        'therapeutic' (a steroid injection); None when it does not say."""
        purpose = values.get("purpose")
        if purpose in ("diagnostic", "therapeutic"):
            return str(purpose)
        anesthetic, steroid = bool(values.get("anesthetic")), bool(values.get("corticosteroid"))
        if anesthetic != steroid:
            return "diagnostic" if anesthetic else "therapeutic"
        if anesthetic or purpose == "both":
            return None
        return self._named_kind(doc, record.anchor)

    def _per_date_values(self, doc: Doc, record: _Record) -> dict[int, tuple[dict, list[Evidence]]]:
        """Values written after one of several dates ("on 08/06 (75% relief lasting 5
        hours) and 09/03 (65% relief lasting 4 hours)") belong to that date only."""
        out: dict[int, tuple[dict, list[Evidence]]] = {}
        region_end = max(b for _a, b in record.region.ranges[:1])
        ordered = sorted(record.dates, key=lambda m: m.start)
        for index, date in enumerate(ordered):
            stop = ordered[index + 1].start if index + 1 < len(ordered) else region_end
            if stop <= date.end:
                continue
            sub = _Region([(date.end, stop)])
            relief, relief_evidence = self._relief(doc, sub)
            spans = [
                s
                for s in spans_of(doc, "INJ_ANESTHETIC")
                if sub.contains(s.start_char, s.end_char) and self._affirmed(s)
            ]
            values = dict(relief)
            evidence = list(relief_evidence)
            if spans:
                values["anesthetic"] = self.index.attribute(spans[0], "anesthetic")
                evidence.append(
                    evidence_for(
                        doc, spans[0].start_char, spans[0].end_char, self.index.rule_id(spans[0])
                    )
                )
            if values:
                out[id(date)] = (values, evidence)
        return out

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
            and not truly_negated(s)
            and not any(
                n.start_char <= s.start_char < n.end_char
                for n in spans
                if n.label_ == "INJ_NO_CONTRAST"
            )
        ]
        contrast_no = [s for s in spans if s.label_ == "INJ_NO_CONTRAST"] + [
            s
            for s in spans
            if s.label_ == "INJ_CONTRAST" and truly_negated(s) and not self._in_allergy(doc, s)
        ]
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
        return not truly_negated(span)

    def _in_allergy(self, doc: Doc, span: Span) -> bool:
        start, end = _sentence_or_row(span)
        return search_any(self.p["allergy"], text_of(doc)[start:end]) is not None

    def _skin_only(self, doc: Doc, span: Span) -> bool:
        """Lidocaine for the skin wheal is not the injectate."""
        start, end = span.sent.start_char, span.sent.end_char
        clause = re.split(r"[;]", text_of(doc)[start:end])
        offset = start
        for part in clause:
            if offset <= span.start_char < offset + len(part) + 1:
                return search_any(self.p["skin"], part) is not None
            offset += len(part) + 1
        return False

    def _purpose_applies(self, doc: Doc, span: Span) -> bool:
        """'Diagnostic'/'therapeutic' count on the line naming an injection or a
        Procedure/Indication line, not in 'diagnostic radiology'."""
        start, end = line_bounds(text_of(doc), span.start_char)
        line = text_of(doc)[start:end]
        if re.search(_PURPOSE_LINE, line, re.IGNORECASE) is not None:
            return True
        following = text_of(doc)[span.end_char : span.end_char + 40]
        return _PURPOSE_NOUN_AFTER.match(following) is not None  # a line wrapped after it

    def _relief(self, doc: Doc, region: _Region) -> tuple[dict, list[Evidence]]:
        values: dict = {}
        evidence: list[Evidence] = []
        stated: list[tuple[int, int, float, int]] = []
        for offset, text in region.texts(doc):
            for match in finditer_all(self.p["relief_percent"], text):
                low = float(match.group("pct"))
                if 0 <= low <= 100:
                    stated.append((offset + match.start(), offset + match.end(), low, offset))
            if offset != region.ranges[0][0]:
                continue  # 'no relief' / 'complete relief' only in the mention's own sentence
            for match in finditer_all(self.p["relief_complete"], text):
                stated.append((offset + match.start(), offset + match.end(), 100.0, offset))
            for match in finditer_all(self.p["relief_none"], text):
                stated.append((offset + match.start(), offset + match.end(), 0.0, offset))
        if stated:
            start, end, value, _ = min(stated, key=lambda x: (x[0], -x[1]))
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
        for duration in durations_in(doc, end, min(len(text_of(doc)), end + 40)):
            gap = text_of(doc)[end : duration.start]
            if (
                duration.direction in (None, "lookback")
                and _RELIEF_TO_DURATION.fullmatch(gap)
                and duration.hours <= MAX_RELIEF_DURATION_HOURS
            ):
                return round(duration.hours, 2), duration.start, duration.end
        return None

    def _stated_duration(self, doc: Doc, region: _Region) -> tuple[float, int, int] | None:
        """'relief lasting 6 hours', '2 weeks of relief'; not 'pain returned after 3 weeks'."""
        for offset, text in region.texts(doc):
            for duration in durations_in(doc, offset, offset + len(text)):
                if duration.direction in ("ago", "later"):
                    continue
                if duration.hours > MAX_RELIEF_DURATION_HOURS:
                    continue
                after = text_of(doc)[duration.end : duration.end + 30]
                if search_any(self.p["relief_after_duration"], after):
                    return round(duration.hours, 2), duration.start, duration.end
                window_start = max(offset, duration.start - RELIEF_DURATION_WINDOW)
                before = text_of(doc)[window_start : duration.start]
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
        """A post-procedure pain diary: pain scores at time points after a baseline.

        The table may run down (one row per time point: "Pre | 7", "30 min | 1"), across
        (a row of time points over a row of scores, "| Pre | 15 min ..." / "NRS | 7 | 2
        ..."), or be written inline ("Pre 7/10, 30 min 2/10, 1 h 3/10"); cells may be
        split by '|' or by runs of spaces, and scores may be 0-10 or VAS millimetres
        (0-100: the ratio is the same). relief_percent = max over time points of
        (pre - post) / pre x 100, rounded; relief_duration_hours = the latest time point
        whose relief is >= 50%.
        """
        candidates = [
            (points, (block[0][0], block[-1][1]))
            for block in self._table_blocks(doc, region)
            for points in (self._diary_down(block) or self._diary_across(block),)
        ]
        candidates += self._diary_inline(doc, region)
        for points, span in sorted(candidates, key=lambda c: c[1][0]):
            baseline = [score for hours, score in points if hours is None]
            timed = [(hours, score) for hours, score in points if hours is not None]
            if not baseline or baseline[0] <= 0 or not timed:
                continue
            pre = baseline[0]
            if pre <= 10 < max(score for _h, score in timed):
                continue  # a 0-10 baseline with millimetre scores: not one scale
            reliefs = [(hours, (pre - score) / pre * 100) for hours, score in timed]
            percent = float(round(max(r for _, r in reliefs)))
            good = [hours for hours, r in reliefs if r >= 50]
            return max(0.0, min(100.0, percent)), (max(good) if good else None), span
        return None

    def _table_blocks(self, doc: Doc, region: _Region) -> list[list[tuple[int, int, list[str]]]]:
        """Runs of consecutive table rows in the region: (start, end, cells) per row.

        Cells keep their places (an empty corner cell stays, so a header row
        "| Pre | 15 min" lines up with "NRS | 7 | 2"); a row is a '|' row or a line of
        three or more cells split by tabs or runs of spaces."""
        blocks: list[list[tuple[int, int, list[str]]]] = []
        for offset, text in region.texts(doc):
            current: list[tuple[int, int, list[str]]] = []
            previous_end = None
            for l_start, l_end in lines(text):
                line = text[l_start:l_end]
                adjacent = previous_end is not None and text[previous_end:l_start].count("\n") <= 1
                cells = _row_cells(line)
                if cells is None:
                    if current:
                        blocks.append(current)
                    current, previous_end = [], None
                    continue
                if current and not adjacent:
                    blocks.append(current)
                    current = []
                current.append((offset + l_start, offset + l_end, cells))
                previous_end = l_end
            if current:
                blocks.append(current)
        return blocks

    def _diary_label(self, label: str) -> tuple[bool, float | None]:
        """(is a time point, its hours); the baseline is a time point with hours None."""
        label = _clean_label(label)
        if not label:
            return False, None
        if search_any(self.p["diary_baseline"], label):
            return True, None
        hours = self._diary_hours(label)
        return (hours is not None), hours

    def _diary_down(
        self, block: list[tuple[int, int, list[str]]]
    ) -> list[tuple[float | None, float]]:
        points = []
        for _start, _end, raw in block:
            cells = [c for c in raw if c]
            if len(cells) < 2:
                continue
            is_point, hours = self._diary_label(cells[0])
            score = self._diary_score(cells[1:2])
            if is_point and score is not None:
                points.append((hours, score))
        return points if len(points) >= 2 and _has_baseline(points) else []

    def _diary_across(
        self, block: list[tuple[int, int, list[str]]]
    ) -> list[tuple[float | None, float]]:
        for index, (_s, _e, header) in enumerate(block):
            labels = [(j, *self._diary_label(cell)) for j, cell in enumerate(header)]
            columns = [(j, hours) for j, is_point, hours in labels if is_point]
            if len(columns) < 2:
                continue
            for _s2, _e2, row in block[index + 1 :]:
                shift = 0
                if len(row) != len(header):
                    shift = len(row) - len(header)  # ragged: line the rows up on the right
                points = []
                for j, hours in columns:
                    k = j + shift
                    if 0 <= k < len(row):
                        score = self._diary_score([row[k]])
                        if score is not None:
                            points.append((hours, score))
                if len(points) >= 2 and _has_baseline(points):
                    return points
        return []

    def _diary_inline(
        self, doc: Doc, region: _Region
    ) -> list[tuple[list[tuple[float | None, float]], tuple[int, int]]]:
        """'Pre 7/10, 15 min 2/10, 30 min 1/10, 2 h 4/10' on one line: a baseline and at
        least two time points, each 'label score' between commas or semicolons."""
        found = []
        for offset, text in region.texts(doc):
            for l_start, l_end in lines(text):
                line = text[l_start:l_end]
                if is_table_row(line):
                    continue
                points: list[tuple[float | None, float]] = []
                for part in re.split(r"[,;]", line):
                    part = re.sub(r"^\s*(?:and\s+)?", "", part)
                    if ":" in part and not points:
                        part = part.rsplit(":", 1)[-1] if not _INLINE_PAIR.match(part) else part
                    match = _INLINE_PAIR.match(part)
                    if not match:
                        if len(points) >= 3:
                            break
                        points = []
                        continue
                    is_point, hours = self._diary_label(match.group("label"))
                    score = self._diary_score([match.group("score")])
                    if not is_point or score is None:
                        if len(points) >= 3:
                            break
                        points = []
                        continue
                    points.append((hours, score))
                if len(points) >= 3 and _has_baseline(points):
                    found.append((points, (offset + l_start, offset + l_end)))
        return found

    def _diary_score(self, cells: list[str]) -> float | None:
        for cell in cells:
            match = search_any(self.p["diary_score"], cell)
            if match:
                score = float(match.group("score"))
                return score if 0 <= score <= 100 else None
        return None

    def _diary_hours(self, label: str) -> float | None:
        if search_any(self.p["diary_immediate"], label):
            return 0.0
        if search_any(self.p["diary_next_day"], label):
            return 24.0
        match = search_any(self.p["diary_timed"], label)
        if match:
            unit = match.group("unit").lower()
            key = "min" if unit.startswith("min") or unit in ("m", "'") else unit[0]
            hours = float(match.group("n")) * float(self.rules.vocab["diary_units_hours"][key])
            return round(hours, 2)
        match = search_any(self.p["diary_hour"], label)
        if match:
            return float(match.group("n"))
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


_PURPOSE_NOUN_AFTER = re.compile(
    r"(?:[\s,/-]+(?:SI|SIJ|sacroiliac|joint|right|left|R|L|intra-?articular|facet|hip)\b\.?){0,4}"
    r"[\s,/-]+(?:injections?|inj|blocks?)\b",
    re.IGNORECASE,
)
_PURPOSE_LINE = r"\b(?:injections?|inj|blocks?|procedure|indication|purpose)\b"


_RELIEF_TO_DURATION = re.compile(
    r"[\s,]*(?:(?:of\s+)?(?:pain\s+)?relief\s*)?(?:which\s+|that\s+)?"
    r"(?:lasting|lasted|for|x|over)?\s*(?:only\s+)?(?:about\s+|approximately\s+|~\s*)?",
    re.IGNORECASE,
)
"""Between a relief percentage and its duration: '80% for 2 hours', '90% relief lasting'."""
_PLURAL = re.compile(r"(?:s|shots)\.?$", re.IGNORECASE)
_SITE_GAP = re.compile(
    r"\s*[:(,\u2013\u2014-]?\s*(?:(?:to|in|into|of|at)\s+)?(?:the\s+)?"
    r"(?:(?:right|left|bilateral|both|R|L|rt|lt|B)\.?\s*)?",
    re.IGNORECASE,
)
"""Between a bare 'injections' and the joint it names: 'injections: R SIJ'."""
_PREFIX_GAP = re.compile(r"[\s,]*(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
"""What may stand between a date and the injection it dates: 'the 06/18/2025 steroid
injection', '05/14/25 L SIJ inj'."""


_INLINE_PAIR = re.compile(
    r"^\s*(?P<label>[A-Za-z+][\w .+'-]{0,30}?|\d+(?:\.\d+)?\s*-?\s*[A-Za-z']{1,7}\.?"
    r"(?:\s+(?:post|after)[\w -]{0,20}?)?)\s*[:=]?\s*(?P<score>\d{1,3}(?:\.\d)?"
    r"\s*(?:/\s*100?|mm)?)\s*$",
    re.IGNORECASE,
)
"""One 'label score' pair of an inline diary: 'pre 7/10', '30 min: 2', '4 h 60 mm'."""
_LABEL_NOISE = re.compile(
    r"\([^)]*\)|^\s*(?:t\s*)?\+\s*|^\s*(?:at|after)\s+|\b(?:pain|score|nrs|vas)\b\s*$",
    re.IGNORECASE,
)


_STRONG_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|then|plus)\b"
    r"|\s(?:and|but|while)\s+(?:he|she|they|the\s+patient|pt|patient|also)\b",
    re.IGNORECASE,
)


def _clause_cut(text: str, start: int, stop: int) -> int:
    """Where the text between one injection's own words and the next injection named in
    the sentence is cut: at the last clause break before the next one ("..., each gave
    80% relief for six hours, and he also had steroid injections ..."), so what follows
    a mention's dates stays with it and the next mention's opening words go with that.
    Without such a break ('Injections: CT-guided, contrast-enhanced SI joint blocks') the
    words belong to the next mention."""
    breaks = list(_STRONG_BREAK.finditer(text[start:stop]))
    return start + breaks[-1].start() if breaks else start


def _row_cells(line: str) -> list[str] | None:
    """The cells of a table row ('|' cells, or >= 3 cells split by tabs / runs of
    spaces); None for a line of prose."""
    if is_table_row(line) or line.strip().startswith("|"):
        cells = [c.strip() for c in line.split("|")]
        if cells and not cells[-1] and line.rstrip().endswith("|"):
            cells = cells[:-1]
        return cells
    cells = [c.strip() for c in CELL_GAP.split(line.strip())]
    return cells if len(cells) >= 3 else None


def _clean_label(label: str) -> str:
    """A diary label without its asides: '15 min (walking)', 'T+30 min', 'Pre pain'."""
    previous = None
    label = label.strip()
    while previous != label:
        previous = label
        label = _LABEL_NOISE.sub(" ", label).strip()
    return label


def _has_baseline(points: list[tuple[float | None, float]]) -> bool:
    return any(hours is None for hours, _score in points) and any(
        hours is not None for hours, _score in points
    )


def _key(span: Span) -> tuple[int, int, str]:
    return span.start_char, span.end_char, span.label_


def _sentence_or_row(span: Span) -> tuple[int, int]:
    """The span's sentence, cut to its line when the line is a table row."""
    start, end = span.sent.start_char, span.sent.end_char
    l_start, l_end = line_bounds(text_of(span.doc), span.start_char)
    if is_table_row(text_of(span.doc)[l_start:l_end]):
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
