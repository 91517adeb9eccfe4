"""Therapy episodes: one fact per mention and interval, planned or done, with the
home exercise program's prescription and follow-up and the TENS details."""

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    document_of,
    evidence_for,
    merged_context,
    negation_gaps,
    search_any,
    sentence_or_row,
    spans_of,
    text_of,
    unique_evidence,
)
from extractors.rules import FamilyRules
from extractors.therapy.common import (
    CATEGORIES,
    CONTINUES_RULE,
    MEDICATION_MODALITIES,
    RUNS_ON_RULE,
    Interval,
    shift,
)
from extractors.therapy.dates import TherapyDates
from extractors.therapy.mentions import TherapyMentions
from pipeline.models import DocumentType, TherapyEpisode

STAY_THERAPIES = ("physical_therapy", "occupational_therapy")
"""The therapies a facility stay gives day by day (PT and OT sessions on the unit)."""

CONTINUES_AFTER = 40
"""How far after a mention its 'continues' may stand ('Naproxen continues.', 'Meloxicam
15 mg daily continues'), within its clause and before the next therapy named."""


class TherapyEpisodes(RuleReader):
    """Episodes of therapy from the mentions of one document."""

    def __init__(self, rules: FamilyRules, mentions: TherapyMentions, dates: TherapyDates) -> None:
        super().__init__(rules)
        self.mentions = mentions
        self.dates = dates

    def read(
        self, doc: Doc, mentions: list[Span], reference: dt.date | None
    ) -> list[TherapyEpisode]:
        document = document_of(doc)
        med_list = document.type is DocumentType.medication_list
        dated: list[tuple[list[Span], Interval, tuple[int, int], int, dt.date | None]] = []
        stay = self.dates.stay_interval(doc)
        for sentence, groups in self._sentence_groups(doc, mentions):
            s_start, s_end = sentence
            sentence_on = self.dates.encounter_reference(doc, s_start, reference)
            claimed: set[int] = set()
            claimed_ends: set[int] = set()
            for index, group in enumerate(groups):
                g_start, g_end = group[0].start_char, group[-1].end_char
                seen_on = self._entry_day(doc, g_start, sentence_on)
                next_start = groups[index + 1][0].start_char if index + 1 < len(groups) else s_end
                prev_end = self._previous_end(groups, index, s_start)
                current = med_list or self._in_medication_section(group[0])
                first = (
                    self.dates.table_interval(doc, group[0], seen_on, current)
                    or self.dates.fill_interval(doc, group[0])
                    or self.dates.column_interval(doc, group[0], seen_on)
                    or self.dates.season_interval(doc, group[-1], (s_start, s_end), seen_on)
                    or self.dates.interval(
                        doc,
                        (s_start, s_end),
                        (g_start, g_end),
                        prev_end,
                        next_start,
                        seen_on,
                        current,
                        claimed,
                        claimed_ends,
                    )
                )
                if (
                    stay is not None
                    and first.start is None
                    and not first.more
                    and self._during_stay(doc, group, (s_start, s_end), prev_end)
                ):
                    first = stay
                if (
                    first.start is None
                    and first.end is None
                    and not first.more
                    and all(self.mentions.modality(s) in MEDICATION_MODALITIES for s in group)
                    and self._continue_cue(doc, group, (s_start, s_end), prev_end) is not None
                ):
                    # 'Continue naproxen.', 'Naproxen renewed.': the drug is taken at
                    # this visit, and its course goes on to it
                    first = replace(first, end=seen_on)
                given = self._given_at_visit(doc, group, (s_start, s_end), first)
                visit = self.dates.log_entry_date(doc, g_start, seen_on) or seen_on
                if given is not None and visit is not None:
                    first = _from_the_visit(first, visit, given)
                for interval in (first, *first.more):
                    dated.append((group, interval, (s_start, s_end), prev_end, seen_on))
        facts: list[TherapyEpisode] = []
        for index, (group, interval, sentence, prev_end, seen_on) in enumerate(dated):
            started = [e[1] for e in dated[:index] if self._same_therapy(e[0], group)]
            interval = _from_own_start(interval, started)
            facts += self._group_facts(doc, group, interval, sentence, prev_end, seen_on)
        return facts

    def _entry_day(self, doc: Doc, offset: int, encounter: dt.date | None) -> dt.date | None:
        """The day a mention is read against: the entry of a dated log it stands on
        ('2024-11-12  Flare ... on naproxen since June': that visit's day, even when the
        document took an older first date from a profile above it), else the date a
        dated 'current' list heading above it names (``TherapyDates.list_as_of``), else
        its encounter's (``TherapyDates.encounter_reference``)."""
        entry = self.dates.log_entry_date(doc, offset, None)
        if entry is not None:
            return entry
        listed = self.dates.list_as_of(doc, offset)
        return listed if listed is not None else encounter

    def _during_stay(
        self, doc: Doc, group: list[Span], sentence: tuple[int, int], prev_end: int
    ) -> bool:
        """An undated PT/OT mention in a facility stay's record, neither planned nor in
        its plan ('home health PT/OT referral placed' under 'Discharge plan'), is therapy
        the stay gave: it runs from admission to discharge."""
        if any(self.mentions.modality(s) not in STAY_THERAPIES for s in group):
            return False
        if self.mentions.in_plan(doc, group[0]):
            return False
        lead = self._lead(doc, group[0], sentence, prev_end)
        after = text_of(doc)[group[-1].end_char : sentence[1]]
        return not (
            self._planned(lead)
            or search_any(self.p["plan_after"], after)
            or search_any(self.p["stay_not_given"], text_of(doc)[sentence[0] : sentence[1]])
        )

    def _given_at_visit(
        self, doc: Doc, group: list[Span], sentence: tuple[int, int], interval: Interval
    ) -> tuple[int, int] | None:
        """Where the text says a home program's prescription was handed over at this
        visit ('Plan: supervised home exercise program x 6 weeks. Exercise Rx given and
        reviewed'), in the mention's sentence after it or the next one: the program
        begins at the visit, it is not only planned. None when the program has a stated
        start of its own or no such words stand there."""
        if any(self.mentions.modality(s) != "home_exercise" for s in group):
            return None
        if interval.start is not None and interval.start_stated:
            return None
        text = text_of(doc)
        spans = [(group[-1].end_char, sentence[1])]
        following = _next_sentence(group[-1])
        if following is not None:
            spans.append(following)
        for a, b in spans:
            found = search_any(self.p["hep_given_at_visit"], text[a:b])
            if found is not None:
                return a + found.start(), a + found.end()
        return None

    def _previous_end(self, groups: list[list[Span]], index: int, s_start: int) -> int:
        """Where the words about a mention begin: after the previous mention of another
        therapy in the sentence. A second name of the same therapy ('started chiropractic
        care ... at Oak City Chiropractic 08/04/2025') reads on from the first one's
        words, so its date keeps the start cue written before the first."""
        previous = index - 1
        while previous >= 0 and self._same_therapy(groups[previous], groups[index]):
            previous -= 1
        return groups[previous][-1].end_char if previous >= 0 else s_start

    def _same_therapy(self, one: list[Span], other: list[Span]) -> bool:
        return {self.mentions.modality(s) for s in one} == {
            self.mentions.modality(s) for s in other
        }

    def _group_facts(
        self,
        doc: Doc,
        group: list[Span],
        interval: Interval,
        sentence: tuple[int, int],
        prev_end: int,
        reference: dt.date | None,
    ) -> list[TherapyEpisode]:
        """One episode per mention of a coordinated group ("ice and heat since 10/2024"),
        over one interval; planned unless the interval is already under way (by the
        date of the encounter the mention is written at)."""
        past = (
            interval.start is not None
            and interval.start_stated
            and (reference is None or interval.start <= reference)
        )
        lead = self._lead(doc, group[0], sentence, prev_end)
        after = text_of(doc)[group[-1].end_char : sentence[1]]
        planned = not past and (self._planned(lead) or search_any(self.p["plan_after"], after))
        in_plan = (
            interval.start is None and interval.end is None and self.mentions.in_plan(doc, group[0])
        )
        facts = []
        for span in group:
            modality = self.mentions.modality(span)
            context = merged_context(span, hypothetical=bool(planned) or in_plan)
            if context.negated and not self._denied(doc, span):
                context = context.model_copy(update={"negated": False})
            if past and context.hypothetical:
                context = context.model_copy(update={"hypothetical": False})
            extra = self._extras(doc, span, modality, sentence, interval)
            evidence = [evidence_for(doc, span.start_char, span.end_char, self.index.rule_id(span))]
            evidence += [evidence_for(doc, a, b, rule) for a, b, rule in interval.evidence]
            goes_on = self._goes_on(doc, group, interval, sentence, prev_end)
            if goes_on is not None:
                evidence.append(evidence_for(doc, *goes_on, CONTINUES_RULE))
            if interval.runs_on is not None and interval.start is not None:
                evidence.append(evidence_for(doc, *interval.runs_on, RUNS_ON_RULE))
            facts.append(
                TherapyEpisode(
                    modality=modality,  # type: ignore[arg-type]
                    start=interval.start,
                    end=interval.end,
                    context=context,
                    evidence=tuple(unique_evidence(evidence)),
                    **extra,
                )
            )
        return facts

    def _goes_on(
        self,
        doc: Doc,
        group: list[Span],
        interval: Interval,
        sentence: tuple[int, int],
        prev_end: int,
    ) -> tuple[int, int] | None:
        """Where an undated mention says its therapy goes on ('He continues naproxen',
        'Naproxen continues', 'still on meloxicam'): the cue's offsets, else None."""
        if interval.start is not None or interval.end is None:
            return None
        return self._continue_cue(doc, group, sentence, prev_end)

    def _continue_cue(
        self, doc: Doc, group: list[Span], sentence: tuple[int, int], prev_end: int
    ) -> tuple[int, int] | None:
        """The words in a mention's clause that say its therapy goes on ('continues',
        'Continue naproxen', 'renewed'), else None."""
        text = text_of(doc)
        end = min(sentence[1], group[-1].end_char + CONTINUES_AFTER)
        tail = group[-1].end_char
        later = [s.start_char for s in spans_of(doc, CATEGORIES) if s.start_char >= tail]
        stop = re.search(r"[;,]", text[tail:end])
        end = min([end, *later, *([tail + stop.start()] if stop else [])])
        window = text[prev_end:end]
        found = search_any(self.p["continues_cue"], window)
        if found is None:
            return None
        return prev_end + found.start(), prev_end + found.end()

    def _lead(self, doc: Doc, span: Span, sentence: tuple[int, int], prev_end: int) -> str:
        """The words before a mention in its clause; a sentence a page break cut in two
        ('... we will start her' / 'on Tylenol #3') reads on from the one before."""
        text = text_of(doc)
        start = prev_end
        if prev_end == sentence[0]:
            first = re.search(r"[A-Za-z]", text[sentence[0] : span.start_char])
            if first is not None and first.group(0).islower() and span.sent.start > 0:
                start = doc[span.sent.start - 1].sent.start_char
        return text[start : span.start_char]

    def _planned(self, lead: str) -> bool:
        """A plan, offer or advice leads the mention ('will start', 'offered', 'may
        try'), unless it only keeps a current therapy going ('will continue PT')."""
        found = search_any(self.p["plan"], lead)
        return found is not None and not self._continues(lead[found.start() :])

    def _continues(self, lead: str) -> bool:
        """'continue' / 'remain on' keeps a therapy current, unless a condition rules
        ('if the pain persists, continue ...')."""
        return bool(
            search_any(self.p["plan_continues"], lead)
            and not search_any(self.p["plan_conditional"], lead)
        )

    def _denied(self, doc: Doc, span: Span) -> bool:
        """Negation that denies the therapy ('no PT to date', 'has not tried PT'), not
        its effect ('has not responded to physical therapy', 'no benefit from PT')."""
        gaps = negation_gaps(span)
        return any(search_any(self.p["not_denial"], gap) is None for gap in gaps)

    def _in_medication_section(self, span: Span) -> bool:
        return getattr(span._, "section_category", None) == "medications"

    def _sentence_groups(
        self, doc: Doc, mentions: list[Span]
    ) -> list[tuple[tuple[int, int], list[list[Span]]]]:
        """Mentions per sentence (or table row), coordinated ones grouped together."""
        by_sentence: dict[tuple[int, int], list[Span]] = {}
        for span in mentions:
            by_sentence.setdefault(sentence_or_row(span), []).append(span)
        out = []
        for sentence, spans in by_sentence.items():
            spans = _outermost(spans)
            groups: list[list[Span]] = []
            for span in spans:
                if groups:
                    gap = text_of(doc)[groups[-1][-1].end_char : span.start_char]
                    if search_any(self.p["coordination"], gap):
                        groups[-1].append(span)
                        continue
                groups.append([span])
            out.append((sentence, groups))
        return out

    def _extras(
        self,
        doc: Doc,
        span: Span,
        modality: str,
        sentence: tuple[int, int],
        interval: Interval,
    ) -> dict:
        """HEP prescription/follow-up and TENS details, as the sentence states them."""
        text = text_of(doc)[sentence[0] : sentence[1]]
        if modality == "home_exercise":
            prescribed = None
            if search_any(self.p["hep_prescribed_no"], text):
                prescribed = False
            elif interval.prescribed or search_any(self.p["hep_prescribed_yes"], text):
                prescribed = True
            followup = None
            if search_any(self.p["hep_followup_no"], text):
                followup = False
            elif search_any(self.p["hep_followup_yes"], text):
                followup = True
            return {"hep_prescribed": prescribed, "hep_followup": followup}
        if modality == "tens":
            following = _next_sentence(span)
            window = text + " " + text_of(doc)[following[0] : following[1]] if following else text
            documented = (
                search_any(self.p["tens_frequency"], window) is not None
                and search_any(self.p["tens_duration"], window) is not None
                and interval.start is not None
            )
            return {"tens_details": documented}
        return {}


def _from_the_visit(interval: Interval, day: dt.date, given: tuple[int, int]) -> Interval:
    """A home program prescribed at a visit runs from that visit, for the length
    written with it ('x 6 weeks' counts forward, not back from the note)."""
    end = shift(day, interval.length, +1) if interval.length is not None else None
    evidence = (*interval.evidence, (*given, "therapy.hep_given"))
    return Interval(day, end, evidence, prescribed=True)


def _from_own_start(interval: Interval, earlier: list[Interval]) -> Interval:
    """A length counted back from the note date ('he completed the 8-week program')
    runs instead from the start the note gave the same therapy earlier ('program issued
    01/06/2025') when that course was left without an end."""
    if interval.length is None:
        return interval
    opened = [(i.start, i.evidence) for i in earlier if i.start_stated and i.end is None]
    starts = [(start, evidence) for start, evidence in opened if start is not None]
    if not starts:
        return interval
    start, evidence = starts[-1]
    return Interval(start, shift(start, interval.length, +1), interval.evidence + evidence)


def _next_sentence(span: Span) -> tuple[int, int] | None:
    sent = span.sent
    if sent.end >= len(span.doc):
        return None
    following = span.doc[sent.end].sent
    return following.start_char, following.end_char


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans inside a longer span of the same modality list ('TENS unit')."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start_char)):
        if not any(k.start_char <= span.start_char and span.end_char <= k.end_char for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start_char)
