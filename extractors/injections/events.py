"""Which injections a document tells of: procedure-note events (a dated heading opens
each) and mentions elsewhere, each with its joint, side, dates, context and the region
its values are read from."""

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    dates_in,
    day_dates,
    document_of,
    in_plan_section,
    is_table_row,
    line_bounds,
    line_spans_above,
    lines,
    merged_context,
    search_any,
    sentence_or_row,
    side_in,
    side_near,
    spans_of,
    targets_in_chars,
    text_of,
)
from extractors.injections.common import (
    INJECTATE_CATEGORIES,
    MENTION_CATEGORIES,
    Record,
    Region,
    span_key,
    subtract,
)
from extractors.injections.values import ValueReader
from extractors.lexicon import fragment
from extractors.rules import FamilyRules
from extractors.sites import site_anatomy
from pipeline.context import stated_done
from pipeline.dates import DateMention, closest_year, labels_birth, most_recent_month, vocabulary
from pipeline.models import Context, DocumentType
from pipeline.section_rules import SectionRole, section_role

MAX_SEGMENT_HEADING_WORDS = 16
NOTE_HEADER_LINES = 8
"""How far above a procedure block's heading its note's dated header may stand (a
compiled record: 'DATE OF NOTE: OCT 02, 2025@08:40' over 'PROCEDURE: L SIJ injection')."""
MAX_IDENTITY_LINES = 2  # patient identity lines a form puts between a title and its date
OPERATIVE_HEAD_LINES = 12
"""An untyped document is a procedure record when an operation label ('PROCEDURE:',
'OPERATION PERFORMED:', 'NAME OF OPERATION:') naming an injection stands in its first
lines, under at most the diagnosis headings of an operative report."""
UNTYPED = frozenset({DocumentType.other, DocumentType.imaging_report})
"""Types whose documents may be procedure records by their own operative headings (a
typed office note, letter or therapy note keeps its own reading). An imaging report
whose head labels an injection ('Procedure: Fluoroscopic L SIJ Injection') is the
record of that guided procedure, and of each dated one below it."""
MAX_DATE_GAP_BEFORE = 40
"""A date written before a mention dates it only when this close ('04/22/2025 | L SIJ')."""
TITLED_RECORD_TYPES = frozenset(
    {DocumentType.other, DocumentType.office_note, DocumentType.pt_note}
)
"""Types whose documents are procedure records when their title says so (a faxed
procedure note filed under the visit note or the therapy discharge before it)."""
TITLE_LINES = 3
"""How many of a document's first non-blank lines may hold its title (a patient
identity line may stand above it)."""
PLAN_SECTIONS = frozenset({"plan", "assessment"})
"""An undated injection named under ASSESSMENT/PLAN is one proposed, not one done."""
OTHER_TOPIC_PREFIXES = ("THERAPY_", "IMG_MODALITY")
"""A following sentence about therapy or imaging does not continue an injection's."""
BACK_REFERENCE_TOPIC_CHARS = 160
"""How far above a back-pointing sentence ('The one on Nov 4th ...') the injection it
is about may be named: the sentence before, a message's subject line."""
_SITE_GAP = re.compile(
    r"\s*[:(,\u2013\u2014-]?\s*(?:(?:to|in|into|of|at)\s+)?(?:the\s+)?"
    rf"(?:(?:{fragment('sides.any')}|B)\.?\s*)?",
    re.IGNORECASE,
)
"""Between a bare 'injections' and the joint it names: 'injections: R SIJ'."""
_MODIFIER_GAP = re.compile(r"[\s/-]*(?:[\w-]+\s+){0,2}", re.IGNORECASE)
"""What may stand between a site and the bare 'blocks' it modifies: 'lumbar (nerve)
blocks', 'knee steroid injections'."""
SIJ_SITE_ANATOMY = frozenset({"sij", "buttock"})
"""Sites a bare 'injections' may name and still be the SIJ injection named before it."""
MONTH_BEFORE_CHARS = 80
"""How far before a mention its month modifier may start ('the September right
sacroiliac joint injection')."""
_PREFIX_GAP = re.compile(r"[\s,]*(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
"""What may stand between a date and the injection it dates: 'the 06/18/2025 steroid
injection', '05/14/25 L SIJ inj'."""
_LIST_WORD_AFTER = re.compile(r"[\s,]*(?:and|or|&|plus)\s", re.IGNORECASE)
"""A list word right after a date closes the item it dates: in 'ISG infiltration in
Freiburg 07/14/2025 and fluoroscopic SIJ injection here 05/12/2026' the first date is the
first injection's, not a prefix of the second ('the 06/18/2025 steroid injection')."""
_NEXT_ITEM = re.compile(r";\s*(?=[^\W\d])")
"""A semicolon before a word opens a list's next item: in 'ISG infiltration report of
14.07.2025; radiology report (16.06.2025 / 23.06.2025)' the later dates are another
item's. Before a day ('injections 03/04/2025; 06/10/2025') the list of days goes on."""


def _item_end(text: str, start: int, end: int) -> int:
    """Where the list item holding ``text[start]`` ends, at the latest ``end``."""
    found = _NEXT_ITEM.search(text, start, end)
    return found.start() if found else end


_WRAPPED_SIDE = re.compile(
    rf"(?<![\w/])({fragment('sides.right_left')}|{fragment('sides.bilateral')})\s+(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
"""A side word at most two words before a mention ('right intraarticular ')."""
_COURSE_CUES = ("relief_percent", "returned", "lasting", "relief_word", "pain_change")
"""Pattern names (injections.json) whose words tell how an injection went."""
_WRITTEN_DAY = re.compile(r"\d\s*[/.-]\s*\d")
"""A day written as one ('09/09', '2025-09-09'), not counted from another ('3 wks later')."""
_DRUG_THEN_DATE = re.compile(r"\s*(?:(?:from|of|on|given|dated)\s+)?(?:the\s+)?", re.IGNORECASE)
_DATE_THEN_DRUG = re.compile(r"\s*(?:[\w-]+\s+)?", re.IGNORECASE)
"""An earlier injection named by its drug and day: 'steroid from 09/09', 'the 01/06
dexamethasone', '6/3 triamcinolone' (not 'Follow-up 03/19: the steroid benefit')."""
_LOG_GAP = re.compile(r"\s*[(:,\u2013-]?\s*(?:(?![\w-]*pain\b)[\w%.+/-]+\s*[,:(]?\s*){0,4}?")
"""Between the joint of a terse log line and its injectate: ' (', ', fluoro, 1 mL ' (no
'pain' word, no sentence or clause break)."""
_DATE_LED = re.compile(r"[ \t]*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")
"""A line opening with a day ('10/02/25 fluoro R SIJ ...'): a log's next entry."""
_ATTACHED_GAP = re.compile(r"\s*(?:(?!(?:and|or|plus|with|&)\b)[\w-]+\s+){0,2}?", re.IGNORECASE)
"""Between a day after 'from'/'since' and the injection it names: '11/06 SIJ block',
'06/17 R SI joint injection' (no list word: 'since 04/2025 and SI joint injections')."""
ORDINAL_BEFORE_CHARS = 40
"""How far before a mention its ordinal word may start ('the second SI joint steroid ')."""
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_PLURAL_WORD = re.compile(r"s\.?$", re.IGNORECASE)
_LIST_BREAK = re.compile(r",|\band\b", re.IGNORECASE)
_STRONG_BREAK = re.compile(
    r";|,\s*(?:and|but|while|whereas|then|plus)\b"
    r"|\s(?:and|but|while)\s+(?:he|she|they|the\s+patient|pt|patient|also)\b",
    re.IGNORECASE,
)


class EventReader(RuleReader):
    """The injection records of one document, before they become facts."""

    def __init__(self, rules: FamilyRules, values: ValueReader) -> None:
        super().__init__(rules)
        self.values = values

    def read(self, doc: Doc) -> list[Record]:
        """Procedure-note events first (a procedure note's undated mentions are its
        events' titles), then the mentions outside them."""
        document = document_of(doc)
        reference = document.date
        records: list[Record] = []
        claimed: set[tuple[int, int, str]] = set()
        if (
            document.type is DocumentType.procedure_note
            or (document.type in UNTYPED and self.operative_title(doc) is not None)
            or (document.type in TITLED_RECORD_TYPES and self.record_title(doc))
        ):
            records, claimed = self._procedure_events(doc, reference)
        records += self._mentions(doc, reference, claimed, procedure=bool(records), events=records)
        records += self._back_references(doc, reference)
        return [r for r in records if not self._obstetric(doc, r)]

    def _back_references(self, doc: Doc, reference: dt.date | None) -> list[Record]:
        """Later-course sentences that point back at an earlier injection without naming
        one: 'The one on Nov 4th was great ... now it's back to how it was', 'the
        November shot wore off'. Each is a generic mention dated by its reference (a
        month name alone: the latest such month on or before the document), which
        assembly joins only to the one injection of that day or month. Read only where
        the sentence names no injection itself (its words could be another one's), the
        sentence or the lines above are about an injection, none about a vaccine or
        another drug's shot, and the sentence tells how it went."""
        text = text_of(doc)
        named = sorted(m.start_char for m in self._mention_spans(doc))
        records: list[Record] = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            first = bisect_left(named, start)
            if first < len(named) and named[first] < end:
                continue
            # the topic test first: it is cheap and few sentences pass it, so the date
            # read and the course words below run on those few only
            above = text[max(0, start - BACK_REFERENCE_TOPIC_CHARS) : end]
            if not search_any(self.p["back_reference_topic"], above):
                continue
            if search_any(self.p["back_reference_excluded"], above):
                continue
            found = self._back_reference(doc, start, end, reference)
            if found is None:
                continue
            if not self._tells_how_it_went(text[start:end]):
                continue
            phrase, date, ordinal = found
            anchor = doc.char_span(*phrase, alignment_mode="expand")
            if anchor is None:
                continue
            records.append(
                Record(
                    anchor=anchor,
                    joint="other",
                    generic=True,
                    side=None,
                    dates=[date] if date is not None else [],
                    region=Region([(start, end)]),
                    context=Context(),
                    back_reference=True,
                    number=(phrase[0], phrase[1], ordinal) if ordinal else None,
                )
            )
        return records

    def _back_reference(
        self, doc: Doc, start: int, end: int, reference: dt.date | None
    ) -> tuple[tuple[int, int], DateMention | None, int | None] | None:
        """The back-pointing phrase of a sentence and the date or the ordinal it gives:
        'the one on <date>', 'the <date> one/shot', 'the <month> one/shot', 'the second
        one'. A sentence with two ('the first one ...; the second one ...') gives none:
        its words could be either's."""
        text = text_of(doc)
        found: list[tuple[tuple[int, int], DateMention | None, int | None]] = []
        for m in dates_in(doc, start, end, reference):
            if m.precision not in ("day", "month"):
                continue
            before = text[max(start, m.start - 50) : m.start]
            lead = search_any(self.p["back_reference_before"], before)
            if lead is None and search_any(self.p["back_reference_after"], text[m.end : end]):
                lead = search_any(self.p["back_reference_determiner"], before)
            if lead is not None:
                found.append(((m.start - len(before) + lead.start(), m.end), m, None))
        for match in self.regex("back_reference_ordinal").finditer(text, start, end):
            found.append(((match.start(), match.end()), None, _ORDINALS[match["ord"].lower()]))
        for match in self.regex("back_reference_month").finditer(text, start, end):
            month = vocabulary().months.get(match.group("month").lower())
            if month is None or reference is None:
                continue
            value = most_recent_month(month, reference)
            mention = DateMention(match.start("month"), match.end("month"), value, "month")
            found.append(((match.start(), match.end()), mention, None))
        return found[0] if len(found) == 1 else None

    def _event_number(self, doc: Doc, ranges: list[tuple[int, int]]) -> tuple[int, int, int] | None:
        """The number a procedure record gives its injection ('SI joint block #2', 'second
        concordant block'), when it gives one number only."""
        text = text_of(doc)
        found: list[tuple[int, int, int]] = []
        for a, b in ranges:
            for pattern in self.p["event_number"]:
                for match in pattern.finditer(text, a, b):
                    groups = match.groupdict()
                    n = int(groups["n"]) if groups.get("n") else _ORDINALS[groups["ord"].lower()]
                    found.append((match.start(), match.end(), n))
        numbers = {n for _a, _b, n in found}
        return min(found) if len(numbers) == 1 else None

    def operative_title(self, doc: Doc) -> tuple[int, int] | None:
        """The operation label block at the top of a document ('PROCEDURE: Left L5
        transforaminal epidural steroid injection ...' up to the blank line after it)
        when it names an injection: the document records that procedure."""
        text = text_of(doc)
        head = lines(text)[:OPERATIVE_HEAD_LINES]
        mentions = [s for s in spans_of(doc, MENTION_CATEGORIES)]
        for start, end in head:
            if not search_any(self.p["operative_label"], text[start:end]):
                continue
            stop = text.find("\n\n", start)
            stop = len(text) if stop == -1 else stop
            if any(start <= m.start_char < stop for m in mentions):
                return start, stop
        return None

    def record_title(self, doc: Doc) -> bool:
        """Whether the document's title (one of its first lines) calls it a procedure
        record ('PROCEDURE NOTE - ... ASC', '... CENTER - PROCEDURE RECORD'): a page the
        packet's splitter filed under the office note before it is still that record."""
        text = text_of(doc)
        head = lines(text)[:TITLE_LINES]  # lines() are the non-blank ones
        return any(
            len(text[a:b].split()) <= MAX_SEGMENT_HEADING_WORDS
            and search_any(self.p["record_title"], text[a:b]) is not None
            for a, b in head
        )

    def _obstetric(self, doc: Doc, record: Record) -> bool:
        """An epidural given for labour or a Caesarean is anaesthesia, not an injection
        for pain: its own sentence or the one before names the delivery."""
        if record.joint != "epidural" or record.event_heading:
            return False
        sent = record.anchor.sent
        start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        return search_any(self.p["obstetric"], text_of(doc)[start : sent.end_char]) is not None

    def _mention_spans(self, doc: Doc) -> list[Span]:
        """Specific mentions, then generic ones not inside a specific one, then table rows
        naming the SIJ with an injectate ("04/22/2025 | L SIJ, fluoro | lidocaine ...")."""
        specific = spans_of(doc, MENTION_CATEGORIES)
        generic = [
            s
            for s in spans_of(doc, "INJ_GENERIC")
            if not any(s.start_char < m.end_char and m.start_char < s.end_char for m in specific)
            and not self._column_header(doc, s)
        ]
        rows = []
        for site in spans_of(doc, "INJ_SITE"):
            if any(site.start_char < m.end_char and m.start_char < site.end_char for m in specific):
                continue
            start, end = line_bounds(text_of(doc), site.start_char)
            if not is_table_row(text_of(doc)[start:end]):
                if self._log_entry(doc, site, start, end):
                    rows.append(site)
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

    def _log_entry(self, doc: Doc, site: Span, start: int, end: int) -> bool:
        """A terse log line naming the joint with no injection noun: a day written right
        before it and the injectate right after it ('10/02/25 fluoro R SIJ (bupi/dex):
        ...', '05/14 L SI jt - lido + Kenalog'). Not a topical drug ('lidocaine patch')
        nor a joint named as where the pain is ('R SIJ pain; lidocaine ...')."""
        text = text_of(doc)
        dated = any(
            m.end <= site.start_char and _PREFIX_GAP.fullmatch(text[m.end : site.start_char])
            for m in day_dates(dates_in(doc, start, site.start_char, None))
        )
        if not dated:
            return False
        for drug in spans_of(doc, ("INJ_ANESTHETIC", "INJ_STEROID")):
            if not site.end_char <= drug.start_char < end:
                continue
            if not _LOG_GAP.fullmatch(text[site.end_char : drug.start_char]):
                return False
            return not search_any(self.p["topical_after"], text[drug.end_char : end])
        return False

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
            found = [
                m for m in day_dates(dates_in(doc, start, end, None)) if not self._born(doc, m)
            ]
            if not found:
                continue
            service = self._service_date(doc, start, found)
            labelled = service is not None or search_any(self.p["segment_label"], line) is not None
            named = any(start <= m.start_char < end and m.label_ == "INJECTION" for m in mentions)
            if labelled or named:
                headings.append((start, end, service or found[0]))
        merged: list[tuple[int, int, DateMention]] = []
        for heading in headings:
            if merged and merged[-1][2].value == heading[2].value:
                between = (merged[-1][1], heading[0])
                if not any(between[0] <= m.start_char < between[1] for m in mentions):
                    continue
            merged.append(heading)
        header = [] if merged or not mentions else self._record_header_date(doc, mentions[0])
        undated = not merged and not header and reference is None
        if not merged:
            # one procedure, dated by its record's header, else by the document (or by
            # nothing: its facts are undated)
            merged = [(0, 0, header[0] if header else DateMention(0, 0, reference or dt.date.min))]
        merged = [self._with_title(doc, heading, mentions) for heading in merged]
        records: list[Record] = []
        claimed: set[tuple[int, int, str]] = set()
        bounds = [h[0] for h in merged[1:]] + [self._record_end(doc)]
        lead_in = self._account_before(doc, merged[0], reference, mentions)
        for (h_start, h_end, date), seg_end in zip(merged, bounds, strict=True):
            seg_start = 0 if lead_in and h_start == merged[0][0] else h_start
            inside = [m for m in mentions if seg_start <= m.start_char < seg_end]
            references = [
                m
                for m in inside
                if self._cites_other_date(doc, m, None if undated else date.value, reference)
                or self._told_as_past(m)
            ]
            reference_sents = {(m.sent.start_char, m.sent.end_char) for m in references}
            cited = self._cited_courses(
                doc, (seg_start, seg_end), (h_start, h_end), mentions, date.value, reference
            )
            reference_sents |= {c.region.ranges[0] for c in cited}
            own = [
                m
                for m in inside
                if m not in references
                and (m.sent.start_char, m.sent.end_char) not in reference_sents
            ]
            specific = [m for m in own if m.label_ != "INJ_GENERIC"]
            if not self._injectate_in(doc, seg_start, seg_end, reference_sents):
                specific = [m for m in specific if not self.index.attribute(m, "needs_injectate")]
            affirmed = [m for m in specific if merged_context(m).is_current_affirmed] or specific
            if not affirmed:
                affirmed = self._injected_site(doc, seg_start, seg_end, reference_sents)
            repeated = None
            if not affirmed and records:
                repeated = self._repeat_of(
                    doc, records[-1], own, seg_start, seg_end, reference_sents
                )
                affirmed = [repeated] if repeated is not None else []
            if not affirmed and records and not own:
                repeated = self._listed_entry(
                    doc, records[-1], (h_start, h_end), seg_start, seg_end, reference_sents
                )
                affirmed = [repeated] if repeated is not None else []
            if not affirmed:
                self._continue_same_day(records, date, seg_start, seg_end, reference_sents)
                continue
            joint = Counter(
                str(self.index.attribute(m, "joint", "other")) for m in affirmed
            ).most_common(1)[0][0]
            if repeated is not None:
                joint = records[-1].joint
            anchor = next(
                (m for m in affirmed if self.index.attribute(m, "joint") == joint), affirmed[0]
            )
            side = None
            for m in affirmed:
                side = side_near(doc, m.start_char, m.end_char)
                if side:
                    break
            side = side or self._title_side(doc, anchor)
            if repeated is not None:
                side = side or records[-1].side
            ranges = subtract([(seg_start, seg_end)], sorted(reference_sents))
            number = self._event_number(doc, ranges)
            records.append(
                Record(
                    anchor=anchor,
                    joint=joint,
                    generic=False,
                    side=side,
                    dates=[] if undated else [date],
                    region=Region(ranges),
                    context=Context(),
                    event_heading=self._heading_lines(doc, h_start, h_end),
                    procedure_event=True,
                    repeat=repeated is not None,
                    number=number,
                )
            )
            records += cited
            claimed.update(span_key(m) for m in own)
        return records, claimed

    def _continue_same_day(
        self,
        records: list[Record],
        date: DateMention,
        seg_start: int,
        seg_end: int,
        skipped: set[tuple[int, int]],
    ) -> None:
        """A later page of the record under the same day's header ("PACU DISCHARGE / PAIN
        DIARY ... DOS 11/04/2025") that performs no injection of its own goes on with that
        day's procedure: its diary and relief are that injection's."""
        last = next((r for r in reversed(records) if r.procedure_event), None)
        if last is None or not last.dates or last.dates[0].value != date.value:
            return
        last.region.ranges.extend(
            r
            for r in subtract([(seg_start, seg_end)], sorted(skipped))
            if r not in last.region.ranges
        )

    def _cited_courses(
        self,
        doc: Doc,
        segment: tuple[int, int],
        heading: tuple[int, int],
        mentions: list[Span],
        event_date: dt.date,
        reference: dt.date | None,
    ) -> list[Record]:
        """Sentences of a procedure segment that tell how an earlier injection went,
        naming it by its date and drug alone ('Steroid from 09/09 wore off after ~3 wks',
        'relief from 01/06 dexamethasone lasted ~2 wks'): that injection's later course,
        never this one's. The day must be earlier than this one's and name the drug (a
        follow-up date, 'Follow-up 03/19: the steroid benefit has worn off', is this
        injection's own course). Each becomes a dated mention of its own (assembly joins it to
        the event of that day, or to nothing)."""
        text = text_of(doc)
        records: list[Record] = []
        for sent in doc.sents:
            start, end = sent.start_char, sent.end_char
            if not (segment[0] <= start < segment[1]) or heading[0] <= start < heading[1]:
                continue
            if any(start <= m.start_char < end for m in mentions):
                continue  # a sentence naming an injection is read as that mention
            if not (
                search_any(self.p["returned"], text[start:end])
                or search_any(self.p["lasting"], text[start:end])
            ):
                continue
            dates = [
                m
                for m in day_dates(dates_in(doc, start, end, reference))
                if m.value < event_date
                and _WRITTEN_DAY.search(text[m.start : m.end])
                and not self._born(doc, m)
            ]
            drugs = [
                s
                for s in spans_of(doc, ("INJ_STEROID", "INJ_ANESTHETIC"))
                if start <= s.start_char < end
            ]
            named = [
                (s, m)
                for s in drugs
                for m in dates
                if (s.end_char <= m.start and _DRUG_THEN_DATE.fullmatch(text[s.end_char : m.start]))
                or (m.end <= s.start_char and _DATE_THEN_DRUG.fullmatch(text[m.end : s.start_char]))
            ]
            if len(dates) != 1 or len(named) != 1:
                continue  # no earlier injection named by its day and drug: left unread
            records.append(
                Record(
                    anchor=named[0][0],
                    joint="other",
                    generic=True,
                    side=None,
                    dates=dates,
                    region=Region([(start, end)]),
                    context=Context(),
                )
            )
        return records

    def _note_header_date(self, doc: Doc, heading: int) -> list[DateMention]:
        """The date the note's labelled header gives ('DATE OF NOTE: ...', 'DOS: ...')
        just above a procedure block in a compiled record: the procedure's own date. No
        such header dates nothing (the block stays undated)."""
        for l_start, l_end in line_spans_above(text_of(doc), heading, NOTE_HEADER_LINES):
            found = self._service_date(doc, l_start, day_dates(dates_in(doc, l_start, l_end, None)))
            if found is not None:
                return [found]
        return self._record_header_date(doc, heading)

    def _record_header_date(self, doc: Doc, heading: int | Span) -> list[DateMention]:
        """The date a procedure record's own header gives in an EHR print ('Result Type:
        Procedure Note' / 'Result Date: 11/06/2025' / 'Performed By: ... on 11/06/2025')
        when the record is filed inside another document: taken only when the lines
        between it and the procedure block reach the record's title, so a header of the
        record before (a scanned chiropractic summary) never dates the procedure."""
        text = text_of(doc)
        if isinstance(heading, Span):
            heading = line_bounds(text, heading.start_char)[0]
        candidate: DateMention | None = None
        for l_start, l_end in line_spans_above(text, heading, NOTE_HEADER_LINES):
            line = text[l_start:l_end]
            if candidate is None:
                for date in day_dates(dates_in(doc, l_start, l_end, None)):
                    if search_any(self.p["record_date_label"], text[l_start : date.start]):
                        candidate = date
                        break
            if search_any(self.p["record_title"], line):
                return [candidate] if candidate is not None else []
        return []

    def _column_header(self, doc: Doc, span: Span) -> bool:
        """'Time after inj | Pain (0-10)': a diary's column names the note's injection; it
        is no injection of its own (nor does a call date above it date one)."""
        start, _ = line_bounds(text_of(doc), span.start_char)
        before = text_of(doc)[start : span.start_char]
        return search_any(self.p["diary_column_before"], before) is not None

    def _born(self, doc: Doc, date: DateMention) -> bool:
        """A date of birth ('Pt: ... DOB 04/11/1979 DOS: 11/04/2025'): never a procedure's."""
        before = text_of(doc)[max(0, date.start - 16) : date.start]
        return labels_birth(before)

    def _service_date(
        self, doc: Doc, line_start: int, found: list[DateMention]
    ) -> DateMention | None:
        """The date a service label names anywhere in a heading line ('Pt: ... DOB ...
        DOS: 11/04/2025', 'Brief Procedure Note  Date of service 09/09/2025'): that line
        opens the procedure it dates, and the label's date is the procedure's."""
        text = text_of(doc)
        for date in found:
            before = text[max(line_start, date.start - 30) : date.start]
            if search_any(self.p["service_label"], before):
                return date
        return None

    def _repeat_of(
        self,
        doc: Doc,
        earlier: Record,
        own: list[Span],
        start: int,
        end: int,
        skipped: set[tuple[int, int]],
    ) -> Span | None:
        """A later procedure of the same note named only as a 'Repeat right ...
        injection' whose joint word did not read (an OCR'd 'SE' for 'SIJ'): the same
        joint as the procedure before it, when an injectate was delivered and the side,
        if written, is that one's. Its bare injection word is the anchor."""
        if earlier.joint == "other" or not self._injectate_in(doc, start, end, skipped):
            return None
        text = text_of(doc)
        for m in own:
            if m.label_ != "INJ_GENERIC" or _PLURAL_WORD.search(m.text):
                continue
            l_start, _l_end = line_bounds(text, m.start_char)
            if not search_any(self.p["repeat_before"], text[l_start : m.start_char]):
                continue
            side = side_in(text[l_start : m.start_char])
            if side and earlier.side and side != earlier.side:
                return None
            return m
        return None

    def _listed_entry(
        self,
        doc: Doc,
        earlier: Record,
        heading: tuple[int, int],
        start: int,
        end: int,
        skipped: set[tuple[int, int]],
    ) -> Span | None:
        """A numbered entry of a record's list of procedures that names no joint ('#2
        09/17/2025 - Fluoroscopy with contrast ... bupivacaine + methylprednisolone' after
        '#1 07/09/2025 - ...' under 'LEFT SI JOINT INJECTIONS - PROCEDURE RECORD'): the
        list's next injection, at the joint of the entry before it, when that entry was
        numbered lower, the list's title names its injections (plural), the entry tells
        the needle was in a joint ('arthrogram', 'intra-articular': not trigger points
        listed among the blocks), an injectate was delivered and no site is named in it,
        and its side, if written, is that one's. Its anchor is the earlier entry's."""
        if not earlier.procedure_event or earlier.joint == "other":
            return None
        if not _PLURAL_WORD.search(earlier.anchor.text):
            return None
        text = text_of(doc)
        if not any(
            search_any(self.p["into_the_joint"], text[a:b])
            for a, b in subtract([(start, end)], sorted(skipped))
        ):
            return None
        number = self._entry_number(text, [heading])
        before = self._entry_number(text, list(earlier.event_heading))
        if number is None or before is None or number <= before:
            return None
        if not self._injectate_in(doc, start, end, skipped):
            return None
        if any(start <= s.start_char < end for s in spans_of(doc, ("INJ_SITE",))):
            return None
        side = side_in(text[heading[0] : heading[1]])
        if side and earlier.side and side != earlier.side:
            return None
        return earlier.anchor

    def _entry_number(self, text: str, spans: list[tuple[int, int]]) -> int | None:
        """The number a heading's line gives its entry in a numbered list ('#2 09/17/2025',
        '2) 2025-09-17', 'Procedure 2 - 09/17/2025')."""
        for a, b in spans:
            for l_start, l_end in lines(text[a:b]):
                found = search_any(self.p["numbered_entry"], text[a + l_start : a + l_end])
                if found is not None:
                    return int(found.group("n"))
        return None

    def _account_before(
        self,
        doc: Doc,
        first: tuple[int, int, DateMention],
        reference: dt.date | None,
        mentions: list[Span],
    ) -> bool:
        """Whether the note tells its procedure above its first dated heading, and that
        heading is the same day's: a record whose date stands only in a header line
        ('Provider: ... | Date: 02/11/2025'), then the injection and its injectate, then
        a follow-up line dated that day ('f/u L SIJ injection 02/11/2025'). The account
        above belongs to that day's event, not to none."""
        start, _end, date = first
        if start == 0 or reference is None or date.value != reference:
            return False
        named = [
            m
            for m in mentions
            if m.end_char <= start
            and m.label_ == "INJECTION"
            and merged_context(m).is_current_affirmed
            and not self._cites_other_date(doc, m, reference, reference)
        ]
        return bool(named) and self._injectate_in(doc, 0, start, set())

    def _record_end(self, doc: Doc) -> int:
        """Where a procedure record's own account ends: its billing lines ('CPT4
        CODE(S): ... diagnostic or therapeutic injection procedures (epidural, facet
        joint or sacroiliac joint)') describe codes, not this injection. They follow the
        account: a code field in the form's header ('CPT: 27096' above the history and
        the injectate) ends nothing."""
        text = text_of(doc)
        injectates = [s.start_char for s in spans_of(doc, ("INJ_ANESTHETIC", "INJ_STEROID"))]
        account = min(injectates, default=0)
        billing = [
            start for start, end in lines(text) if search_any(self.p["record_end"], text[start:end])
        ]
        return next((b for b in billing if b >= account), len(text))

    def _told_as_past(self, span: Span) -> bool:
        """A mention a procedure note tells as past ('she has had a couple of epidurals
        in the past'): another injection than the one the note records."""
        return bool(span._.is_historical) and section_role(span) is not SectionRole.procedure_done

    def _injectate_in(self, doc: Doc, start: int, end: int, skipped: set[tuple[int, int]]) -> bool:
        """Whether an anesthetic or steroid was delivered in the segment (not only for
        the skin): what makes a radiofrequency lesioning an injection."""
        return any(
            start <= s.start_char < end
            and not any(a <= s.start_char < b for a, b in skipped)
            and self.values.affirmed(s)
            and not self.values.in_consent(s)
            and not self.values.skin_only(doc, s)
            for s in spans_of(doc, ("INJ_ANESTHETIC", "INJ_STEROID"))
        )

    def _title_side(self, doc: Doc, anchor: Span) -> str | None:
        """The side an operation title states for the whole procedure ('Left L3-L4 ...
        and Left L4-L5 transforaminal epidural steroid injection', 'Bilateral lumbar
        sympathetic block'): one side, or bilateral when both are named."""
        block = self.operative_title(doc)
        if block is None or not block[0] <= anchor.start_char < block[1]:
            return None
        return side_in(text_of(doc)[block[0] : block[1]])

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
            and self.values.affirmed(s)
        ]
        sites = [s for s in inside if s.label_ == "INJ_SITE"]
        injectate = [
            s for s in inside if s.label_ != "INJ_SITE" and not self.values.skin_only(doc, s)
        ]
        return sites[:1] if sites and injectate else []

    def _heading_lines(self, doc: Doc, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The lines of a dated heading an event cites: its title and date lines, without
        the patient's identity lines ('Pt: ... MRN ...') a form prints between them."""
        text = text_of(doc)
        return tuple(
            (start + a, start + b)
            for a, b in lines(text[start:end])
            if not search_any(self.p["identity_line"], text[start + a : start + b])
        )

    def _with_title(
        self, doc: Doc, heading: tuple[int, int, DateMention], mentions: list[Span]
    ) -> tuple[int, int, DateMention]:
        """A 'Date: ...' heading owns the title line right above it that names the
        injection ('PROCEDURE NOTE: RIGHT SACROILIAC JOINT BLOCK'), also over the
        patient's identity lines a form writes between them ('Pt: ... MRN ...')."""
        start, end, date = heading
        if start == 0 or any(start <= m.start_char < end for m in mentions):
            return heading
        text = text_of(doc)
        p_start, p_end = start, start
        for _ in range(1 + MAX_IDENTITY_LINES):
            cursor = p_start - 1
            while cursor > 0 and text[cursor].isspace():
                cursor -= 1
            if cursor <= 0:
                return heading
            p_start, p_end = line_bounds(text, cursor)
            if not search_any(self.p["identity_line"], text[p_start:p_end]):
                break
        line = text[p_start:p_end]
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
        self, doc: Doc, span: Span, event_date: dt.date | None, reference: dt.date | None
    ) -> bool:
        """A mention whose own sentence dates it to another day ("the 05/20 injection").
        A birth date is no such day: an OCR'd identity line run into the procedure line
        ('Patient: ... DOB 02/03/1971 DOS: 12/09/2025 / Procedure: Left SI joint
        injection') is one sentence with it."""
        start, end = sentence_or_row(span)
        return any(
            m.value != event_date and not self._born(doc, m)
            for m in day_dates(dates_in(doc, start, end, reference))
        )

    def _mentions(
        self,
        doc: Doc,
        reference: dt.date | None,
        claimed: set[tuple[int, int, str]],
        procedure: bool,
        events: list[Record] | None = None,
    ) -> list[Record]:
        """Mentions outside event segments. In a procedure note only dated ones count
        (an undated one is a title or the event itself). A dated mention takes no
        procedure block that is another dated event's ("recurrence after the 09/22
        block" inside the 01/12 procedure note: its diary is the 01/12 block's).

        A sentence naming several injections is cut between them, so "blocks on 06/10
        (lidocaine) and 07/08 (bupivacaine), and steroid injections on 08/19" gives the
        steroid injections none of the blocks' values.
        """
        spans = [
            s
            for s in self._mention_spans(doc)
            if span_key(s) not in claimed and not self.index.attribute(s, "needs_injectate")
        ]  # a radiofrequency lesioning is an injection only in its record, with the injectate
        by_sentence: dict[tuple[int, int], list[Span]] = {}
        for span in spans:
            by_sentence.setdefault(sentence_or_row(span), []).append(span)
        records: list[Record] = []
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
                    dated_after = any(m.start >= span.end_char for m in dates)
                    entry = text_of(doc).rfind("\n", region_end, next_start)
                    if entry != -1 and _DATE_LED.match(text_of(doc), entry + 1):
                        region_end = entry  # the next mention opens a dated line of its own
                    else:
                        region_end = _clause_cut(
                            text_of(doc),
                            region_end,
                            next_start,
                            dated_after,
                            self.regex("spoken_break"),
                        )
                ranges = [(boundary, region_end)]
                boundary = region_end
                # a past injection a note tells of is not the procedure written around it
                block = None if self._told_as_past(span) else self._procedure_block(doc, span)
                if block and dates and _another_events(block, dates, events or []):
                    block = None
                if block and not dates and span.label_ != "INJ_GENERIC":
                    dates = self._note_header_date(doc, block[0])
                if block:
                    ranges.append(block)
                elif k + 1 == len(members):
                    follow = self._continuation(doc, span, spans)
                    if follow:
                        ranges.append(follow)
                    log = self._follow_up_log(doc, span, spans) if dates else None
                    if log:
                        ranges.append(log)
                generic = span.label_ == "INJ_GENERIC"
                context = self._context(doc, span, s_start, s_end, dates, reference)
                # "blk #2 wore off" names a done injection even under PLAN
                numbered = (
                    self._numbered_referent(doc, span, records)
                    if generic
                    and not dates
                    and self._tells_how_it_went(text_of(doc)[span.end_char : s_end])
                    else None
                )
                if numbered is None and generic and not dates and not context.is_current_affirmed:
                    continue
                previous = numbered or (
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
                if procedure and not dates and not self._told_as_past(span):
                    continue
                antecedent = self._site_after(doc, span) if generic else None
                if (
                    antecedent is None
                    and generic
                    and dates
                    and not self._other_site_before(doc, span)
                ):
                    antecedent = self._antecedent(doc, span)
                named = antecedent or (None if generic else span)
                ordinal = self._named_ordinal(doc, span) if generic and not dates else None
                records.append(
                    Record(
                        anchor=span,
                        joint=str(self.index.attribute(named, "joint", "other"))
                        if named
                        else "other",
                        generic=generic,
                        side=self._side(doc, named) if named else None,
                        dates=dates,
                        region=Region(ranges),
                        context=context,
                        antecedent=antecedent,
                        named_ordinal=ordinal,
                    )
                )
        return records

    def _named_ordinal(self, doc: Doc, span: Span) -> tuple[int, int, int] | None:
        """'Second injection didn't do much', 'my 2nd block': the ordinal word just
        before an undated mention, and the number it gives."""
        text = text_of(doc)
        before = text[max(0, span.start_char - ORDINAL_BEFORE_CHARS) : span.start_char]
        match = search_any(self.p["named_ordinal_before"], before)
        if match is None:
            return None
        start = span.start_char - len(before) + match.start("ord")
        return start, span.end_char, _ORDINALS[match["ord"].lower()]

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
        text = text_of(doc)
        month = self._month_before(doc, span, max(previous_end, s_start), reference)
        if month is not None and month.start not in owned:
            return [month]
        lead = max(line_bounds(text, span.start_char)[0], previous_end, s_start)
        # read on the mention's own line first: a wrapped sentence can join the line's
        # leading day to the words above it ('by early Sept.' / '10/02/25 fluoro R SIJ')
        for m in reversed(day_dates(dates_in(doc, lead, span.start_char, reference))):
            gap = text[m.end : span.start_char]
            after_from = search_any(
                self.p["date_excluded_before"], text[max(s_start, m.start - 10) : m.start]
            )
            if (
                m.start not in owned
                and not self._follow_up_entry(doc, m)
                and _PREFIX_GAP.fullmatch(gap)
                and (after_from is None or _ATTACHED_GAP.fullmatch(gap))
            ):
                return [m]
            break
        found = [
            m
            for m in dates_in(doc, s_start, s_end, reference)
            if not (m.relative and m.precision != "day")
            and m.start not in owned
            and not self._follow_up_entry(doc, m)
        ]
        excluded = [
            m
            for m in found
            if search_any(
                self.p["date_excluded_before"], text[max(s_start, m.start - 10) : m.start]
            )
        ]
        for m in reversed(found):
            if previous_end <= m.start and m.end <= span.start_char:
                # 'relief from the 06/17 injection': a day written right before the
                # injection it names is that injection's, after 'from' or 'since' too
                # (not 'since 04/2025 and SI joint injections': a list, a month)
                if (
                    m in excluded
                    and m.precision == "day"
                    and _ATTACHED_GAP.fullmatch(text[m.end : span.start_char])
                ):
                    return [m]
                break
        found = [m for m in found if m not in excluded]
        tenth = self._tenth_before(doc, span, max(previous_end, s_start), reference)
        if tenth is not None:
            return [tenth]
        item_end = _item_end(text_of(doc), span.end_char, next_start)
        own_after = [
            m
            for m in found
            if span.end_char <= m.start < item_end
            and not (
                next_start < s_end
                and _PREFIX_GAP.fullmatch(text_of(doc)[m.end : next_start])
                and not _LIST_WORD_AFTER.match(text_of(doc), m.end)
            )
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

    def _month_before(
        self, doc: Doc, span: Span, floor: int, reference: dt.date | None
    ) -> DateMention | None:
        """A month name standing as the mention's modifier ('the August injection', 'her
        September right SI joint block'): the latest such month on or before the
        document, at month precision (assembly joins it only to the one event of that
        month). Not where a date is read there already ('the August 2025 injection')."""
        if reference is None:
            return None
        start = max(floor, span.start_char - MONTH_BEFORE_CHARS)
        match = search_any(self.p["month_before_mention"], text_of(doc)[start : span.start_char])
        if match is None:
            return None
        month = vocabulary().months.get(match.group("month").lower().rstrip("."))
        if month is None:
            return None
        m_start, m_end = start + match.start("month"), start + match.end("month")
        if any(
            d.start < span.start_char and m_start < d.end
            for d in dates_in(doc, m_start, span.start_char, reference)
        ):
            return None
        return DateMention(m_start, m_end, most_recent_month(month, reference), "month")

    def _follow_up_entry(self, doc: Doc, date: DateMention) -> bool:
        """A follow-up entry's stamp ('Day 7 (06/24/2025 15:05) - RN', 'Addendum
        07/14/2025: ...', 'POD 1 call 03/02'): the day someone called about an injection,
        never the day of one."""
        text = text_of(doc)
        l_start, _ = line_bounds(text, date.start)
        return search_any(self.p["followup_entry_before"], text[l_start : date.start]) is not None

    def _follow_up_log(self, doc: Doc, span: Span, spans: list[Span]) -> tuple[int, int] | None:
        """Follow-up entries written under a dated injection ('Day 1 (08/06) - RN: ...',
        'Day 7 (...): pain back to 7/10', 'Addendum 07/14: ...'): they tell how that
        injection went, up to the next injection named or the next section heading. The
        entries must start on one of the two lines after the mention's."""
        text = text_of(doc)
        _, l_end = line_bounds(text, span.end_char)
        following = [(a, b) for a, b in lines(text) if a > l_end][:2]
        entries = [
            (a, b)
            for a, b in following
            if any(self._follow_up_entry(doc, m) for m in day_dates(dates_in(doc, a, b, None)))
        ]
        if not entries:
            return None
        start = entries[0][0]
        end = next(
            (
                s.start_char
                for s in spans
                if s.start_char >= start and not self._anaphor(doc, s, span)
            ),
            len(text),
        )
        for a, b in lines(text):
            if start < a < end and search_any(self.p["section_heading"], text[a:b]):
                end = a
                break
        return (start, end) if end > start else None

    def _tenth_before(
        self, doc: Doc, span: Span, start: int, reference: dt.date | None
    ) -> DateMention | None:
        """'06/10 SIJ injection': a zero-padded month over 10 written right before an
        injection is the 10th of that month, in the year the date reader gives any
        yearless day (``closest_year``). The date reader leaves every N/10 to the
        pain scores; a score is not written with a leading zero before an injection's
        name, and one after a score word ('pain 06/10') stays a score."""
        if reference is None:
            return None
        text = text_of(doc)
        window = text[max(start, span.start_char - 40) : span.start_char]
        offset = span.start_char - len(window)
        for match in self.regex("score_shaped_date").finditer(window):
            if not _PREFIX_GAP.fullmatch(window[match.end() :]):
                continue
            if search_any(self.p["score_word_before"], window[: match.start()]):
                return None
            value = closest_year(int(match.group("month")), 10, reference)
            if value is None:
                return None
            return DateMention(
                offset + match.start(), offset + match.end(), value, "day", relative=True
            )
        return None

    def _side(self, doc: Doc, span: Span) -> str | None:
        """The side around a mention, also where dictated prose wrapped between the side
        and the joint ('performed right' / 'intraarticular hip injection')."""
        side = side_near(doc, span.start_char, span.end_char)
        if side:
            return side
        before = text_of(doc)[max(span.sent.start_char, span.start_char - 30) : span.start_char]
        if "\n" not in before:
            return None
        match = _WRAPPED_SIDE.search(" ".join(before.split()) + " ")
        return side_in(match.group(1)) if match else None

    def counted_with_last(self, doc: Doc, record: Record) -> bool:
        """'two right L2-L3 transforaminal epidural injections, last one in March 2005':
        a counted series dated only by its last member, so the earlier ones are
        events of their own with no date."""
        if len(record.dates) != 1 or record.generic:
            return False
        anchor, date = record.anchor, record.dates[0]
        before = text_of(doc)[
            max(anchor.sent.start_char, anchor.start_char - 60) : anchor.start_char
        ]
        if not search_any(self.p["counted_before"], " ".join(before.split()) + " "):
            return False
        lead = text_of(doc)[max(anchor.end_char, date.start - 30) : date.start]
        return search_any(self.p["last_of_series"], " ".join(lead.split())) is not None

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

    def _other_site_before(self, doc: Doc, span: Span) -> bool:
        """Whether a bare 'blocks' is modified by a site of its own that is not the SIJ
        ('lumbar blocks 03/2025', 'knee injections'): it names another joint's
        injections, not the SIJ injection of the sentence before."""
        text = text_of(doc)
        l_start, _ = line_bounds(text, span.start_char)
        for site in reversed(targets_in_chars(doc, "SITE", l_start, span.start_char)):
            gap = text[site.end_char : span.start_char]
            return bool(_MODIFIER_GAP.fullmatch(gap)) and site_anatomy(site) not in SIJ_SITE_ANATOMY
        return False

    def _number_after(self, doc: Doc, span: Span) -> str | None:
        """The number a mention carries ("block #2", "inj no. 1"), if any."""
        match = self.regex("number_after").match(text_of(doc)[span.end_char : span.end_char + 12])
        return match.group("n") if match else None

    def _tells_how_it_went(self, text: str) -> bool:
        """Whether ``text`` tells how an injection went (relief, how long, pain back, a
        score change): words about one done, not a plan."""
        return any(search_any(self.p[cue], text) for cue in _COURSE_CUES)

    def _numbered_referent(self, doc: Doc, span: Span, records: list[Record]) -> Record | None:
        """The injection an undated "blk #2" names: the one read earlier with the same
        number ("blk #2 03/11 ..."), wherever it was."""
        number = self._number_after(doc, span)
        if number is None:
            return None
        for record in reversed(records):
            if record.dates and self._number_after(doc, record.anchor) == number:
                return record
        return None

    def _referent(self, doc: Doc, span: Span, records: list[Record]) -> Record | None:
        """The injection an undated 'the block' / 'the steroid injection' continues: the
        last one read, unless its words name the other kind ('after the block' follows
        a steroid injection named after the block): then the latest of that kind, or
        none."""
        wanted = self.named_kind(doc, span)
        if wanted is None or self._record_kind(doc, records[-1]) in (wanted, None):
            return records[-1]
        for record in reversed(records[:-1]):
            if self._record_kind(doc, record) == wanted:
                return record
        return None

    def _record_kind(self, doc: Doc, record: Record) -> str | None:
        """'diagnostic' (anesthetic, no steroid), 'therapeutic' (steroid, no anesthetic)."""
        spans = [
            s
            for s in spans_of(doc, ("INJ_ANESTHETIC", "INJ_STEROID"))
            if record.region.contains(s.start_char, s.end_char) and self.values.affirmed(s)
        ]
        anesthetic = any(s.label_ == "INJ_ANESTHETIC" for s in spans)
        steroid = any(s.label_ == "INJ_STEROID" for s in spans)
        if anesthetic != steroid:
            return "diagnostic" if anesthetic else "therapeutic"
        return None if anesthetic else self.named_kind(doc, record.anchor)

    def named_kind(self, doc: Doc, span: Span) -> str | None:
        """The kind the words of a mention name: 'steroid injection' -> therapeutic,
        'the block' / 'diagnostic injection' -> diagnostic."""
        words = text_of(doc)[max(span.sent.start_char, span.start_char - 30) : span.end_char]
        return self._kind_in(words)

    def _kind_in(self, words: str) -> str | None:
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
        if any(start <= s.start_char < end and not self._anaphor(doc, s, span) for s in spans):
            return None
        if any(start <= s.start_char < end for s in spans) and dates_in(doc, start, end, None):
            return None  # "The injection on 01/13 gave 75%": a dated one is its own event
        if any(
            start <= s.start_char < end and s.label_.startswith(OTHER_TOPIC_PREFIXES)
            for s in doc.spans.get("targets", [])
        ):
            return None
        if self._tells_how_it_went(text_of(doc)[start:end]):
            return start, end
        return None

    def _anaphor(self, doc: Doc, span: Span, antecedent: Span) -> bool:
        """A bare injection word pointing back at ``antecedent`` ("the injection", "each
        shot", "both blocks" after blocks): it names no joint and no new injection, so the
        sentence it sits in can still tell how that one went. A phrase naming the other
        kind ("the steroid injection" after a block) is another injection, left to the
        referent search."""
        if span.label_ != "INJ_GENERIC":
            return False
        before = text_of(doc)[max(span.sent.start_char, span.start_char - 30) : span.start_char]
        determiner = self.regex("anaphor_before").search(before)
        if determiner is None:
            return False
        phrase = before[determiner.start() :] + span.text
        kind = self._kind_in(phrase)
        return kind is None or kind == self.named_kind(doc, antecedent)

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
        # 'SI joint injection | 9/16/2025 | Canceled - pt ill': booked, never given
        cancelled = search_any(self.p["not_done"], after) is not None
        context = merged_context(
            span, hypothetical=planned, historical=year_only, negated=cancelled
        )
        if past and context.historical and not year_only:
            context = context.model_copy(update={"historical": False})
        if past and context.hypothetical:
            context = context.model_copy(update={"hypothetical": False})
        return context


def _clause_cut(
    text: str,
    start: int,
    stop: int,
    dated_after: bool = False,
    spoken: re.Pattern[str] | None = None,
) -> int:
    """Where the text between one injection's own words and the next injection named in
    the sentence is cut: at the last clause break before the next one ("..., each gave
    80% relief for six hours, and he also had steroid injections ..."), so what follows
    a mention's dates stays with it and the next mention's opening words go with that.
    A mention dated after its noun keeps its words up to a plain comma or 'and' too
    ("block #1 on 01/21 with lidocaine, block #2 on 03/11 with bupivacaine"): a list of
    dated entries. Otherwise ('Injections: CT-guided, contrast-enhanced SI joint blocks')
    the words belong to the next mention. In uncorrected dictation a spoken stop ('...
    came right back to baseline period the September injection ...') is such a break."""
    breaks = list(_STRONG_BREAK.finditer(text[start:stop]))
    if spoken is not None:
        breaks += spoken.finditer(text[start:stop])
        breaks.sort(key=lambda b: b.start())
    if not breaks and dated_after:
        breaks = list(_LIST_BREAK.finditer(text[start:stop]))
    return start + breaks[-1].start() if breaks else start


def _another_events(block: tuple[int, int], dates: list[DateMention], events: list[Record]) -> bool:
    """Whether a procedure event dated otherwise than ``dates`` covers part of ``block``."""
    own = {d.value for d in dates}
    return any(
        event.dates
        and not own & {d.value for d in event.dates}
        and any(a < block[1] and block[0] < b for a, b in event.region.ranges)
        for event in events
    )
