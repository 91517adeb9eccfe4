"""Conservative therapy: what was tried, from when to when, and why it could not go on.

The policy counts six months of active therapy (PT, OT, chiropractic, a supervised home
exercise program) and six months of inactive therapy (rest, ice, heat, devices, TENS,
medication) inside the 12 months before the request, or a physical reason therapy
could not be completed. Notes state therapy as mentions with dates around them:
"PT 2x/wk 02/2025-08/2025", "meloxicam 15 mg daily since 09/2024", "completed formal
physical therapy from 10/07/2024 to 04/24/2025", "HEP issued 04/24/2025", "x 6 months".

Each mention (or a list of them: "ice packs and a heating pad daily since 10/2024")
takes the nearest date expression after it in its clause, else the nearest before it,
else a sentence-wide "since <date>". The interval follows docs/facts.md: ranges as
stated (a month start is its 1st, a month end its last day), "since X" and ongoing
wording end on the document date, a bare duration ends on the document date. A physical
therapy note is itself evidence of PT over its dates of care. ``extractors.assemble``
merges a modality's overlapping or touching intervals.
"""

import datetime as dt
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    FamilyExtractor,
    dates_in,
    document_of,
    durations_in,
    evidence_for,
    finditer_all,
    in_plan_section,
    is_table_row,
    line_bounds,
    lines,
    merged_context,
    negation_gaps,
    search_any,
    sentence_or_row,
    spans_of,
    text_of,
    unique_evidence,
)
from extractors.rules import load_family_rules
from extractors.tables import Row, Table, row_at, tables
from pipeline.dates import DateMention, Duration, add_months
from pipeline.models import (
    ACTIVE_MODALITIES,
    Context,
    DocumentType,
    TherapyEpisode,
    TherapyInability,
)
from pipeline.section_rules import SectionRole, section_role

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
MEDICATION_MODALITIES = frozenset({"nsaid", "acetaminophen", "medication_other"})
NOT_THERAPY_SECTIONS = frozenset({SectionRole.allergies, SectionRole.instructions})
"""A drug under ALLERGIES is one the patient reacts to; ice or PT under after-care
instructions is advice, not therapy done (a home exercise program is the exception: it
is itself an instruction, so it is read there)."""
DOCUMENT_RULE = "therapy.document"
"""Evidence rule of an episode read from a therapy note's own dates of care."""


@dataclass(frozen=True)
class _Interval:
    start: dt.date | None
    end: dt.date | None
    evidence: tuple[tuple[int, int, str], ...] = ()
    more: tuple["_Interval", ...] = ()
    start_stated: bool = True
    """False when the start was counted back from the end by a duration ('x 6 weeks')."""
    length: Duration | None = None
    """The course's stated length when it was counted back from the note date."""
    """Further courses of the same therapy the clause dates ('... and again from A to B')."""


@Language.factory("authreview_therapy")
def make_therapy(nlp: Language, name: str):
    """The therapy extractor component (rules: ``resources/therapy.json``)."""
    return TherapyExtractor(load_family_rules(FAMILY))


class TherapyExtractor(FamilyExtractor):
    def extract(self, doc: Doc) -> list[TherapyEpisode | TherapyInability]:
        document = document_of(doc)
        if document.type in SKIPPED_TYPES:
            return []
        reference = document.date
        reasons = {s: self._not_therapy(doc, s) for s in spans_of(doc, CATEGORIES)}
        mentions = [s for s, reason in reasons.items() if reason is None]
        # a standing intolerance names no course, but it is the therapy of an inability
        stopped = [s for s, reason in reasons.items() if reason in (None, "intolerance")]
        facts: list[TherapyEpisode | TherapyInability] = []
        if document.type is DocumentType.pt_note:
            facts += self._note_episode(doc, reference)
            mentions = [m for m in mentions if not self._intervention_in_log(doc, m)]
        else:
            facts += self._evaluation_episode(doc, reference)
        facts += self._episodes(doc, mentions, reference)
        facts += self._inabilities(doc, stopped, reference)
        return facts

    def _modality(self, span: Span) -> str:
        return str(self.index.attribute(span, "modality", "medication_other"))

    def _is_therapy(self, doc: Doc, span: Span) -> bool:
        return self._not_therapy(doc, span) is None

    def _not_therapy(self, doc: Doc, span: Span) -> str | None:
        """Why a mention names no therapy done, or None when it does.

        'PT' after a clinician's name ('Marcus Bell, PT, DPT') or in a coagulation panel
        ('PT/PTT', 'PT 12.5 sec'); a document name ('physical therapy discharge
        summary'); a list of enclosures; the source of a home program ('home exercise
        program from PT'); a drug taken for another condition; a drug in an allergy
        list ('allergy'; a standing 'intolerant of NSAIDs' is 'intolerance', which
        still names the therapy of an inability); an instruction or advice after a
        procedure or at a visit ('ice the injection site', 'told to stay in relative
        rest'; a home exercise program is itself an instruction); and, for self-care
        (rest, ice, heat), what eases the pain ('better with rest and heat'), ice in a
        sensory examination; a drug given for a procedure (anesthesia, sedation). A
        section's role decides first (NOT_THERAPY_SECTIONS: ALLERGIES, after-care
        instructions)."""
        role = section_role(span)
        if role in NOT_THERAPY_SECTIONS and self._modality(span) != "home_exercise":
            return "allergy" if role is SectionRole.allergies else "instruction"
        text = text_of(doc)
        after_text = text[span.end_char : span.end_char + 40]
        if search_any(self.p["document_reference"], after_text):
            return "document"
        if search_any(self.p["not_therapy_after"], after_text):
            return "benefit"
        allergy = self._allergy(doc, span)
        if allergy is not None:
            return allergy
        if self._for_other_condition(doc, span):
            return "other_condition"
        sentence = sentence_or_row(span)
        before_text = text[sentence[0] : span.start_char]
        if self._modality(span) in MEDICATION_MODALITIES and self._procedural(
            doc, span, before_text
        ):
            return "procedural"
        if search_any(self.p["enclosure"], before_text):
            return "enclosure"
        modality = self._modality(span)
        if modality != "home_exercise":
            near = text[max(sentence[0], span.start_char - 40) : span.start_char]
            hep_before = any(
                sentence[0] <= s.start_char < span.start_char for s in spans_of(doc, "THERAPY_HEP")
            )
            if hep_before and search_any(self.p["source_before"], near):
                return "source"
            if self._instruction(doc, span, before_text):
                return "instruction"
        if self.index.attribute(span, "self_care", False) and self._self_care_aside(doc, span):
            return "self_care_aside"
        if span.text != "PT":
            return None
        return self._pt_is_not_therapy(doc, span)

    def _pt_is_not_therapy(self, doc: Doc, span: Span) -> str | None:
        """'PT' naming a clinician ('Marcus Bell, PT') or prothrombin time."""
        text = text_of(doc)
        after = text[span.end_char : span.end_char + 12]
        before = text[max(0, span.start_char - 30) : span.start_char]
        if search_any(self.p["credential"], after):
            return "credential"
        if search_any(self.p["name_before"], before) and re.match(r"\s*(?:[,\-]|$)", after):
            return "credential"
        if search_any(self.p["lab_value_after"], text[span.end_char : span.end_char + 20]):
            return "lab"
        l_start, l_end = line_bounds(text, span.start_char)
        s_start, s_end = span.sent.start_char, span.sent.end_char
        near_start = max(l_start, s_start, span.start_char - 30)
        near = text[near_start : min(l_end, s_end, span.end_char + 30)]
        return "lab" if search_any(self.p["lab_context"], near) else None

    def _allergy(self, doc: Doc, span: Span) -> str | None:
        """'allergy' for a drug in an allergy list (its section, a paragraph labelled
        'Allergies:', 'allergic to ...'); 'intolerance' for a standing intolerance
        ('intolerant of NSAIDs', 'naproxen intolerance')."""
        text = text_of(doc)
        label = self._paragraph_label(doc, span.start_char)
        if label is not None and search_any(self.p["allergy_label"], label):
            return "allergy"
        s_start, _ = sentence_or_row(span)
        before = text[s_start : span.start_char]
        found = search_any(self.p["allergy_before"], before)
        if found is None:
            found = search_any(self.p["allergy_after"], text[span.end_char : span.end_char + 40])
        if found is None:
            return None
        return "intolerance" if "intoleran" in found.group(0).lower() else "allergy"

    def _paragraph_label(self, doc: Doc, offset: int) -> str | None:
        """The label heading the text at ``offset``: the nearest line at or above it in
        its paragraph that opens with one ('ALLERGIES:', 'RECOMMENDATIONS - TREATMENT:',
        'LONG TERM GOALS (6 WEEKS):') or is a short capitalised heading alone that names
        a kind of section ('Drug Allergies', 'Medications'; a drug alone on its line in
        a list is not one). A paragraph ends at a blank line."""
        text = text_of(doc)
        key = "authreview_therapy_paragraphs"
        if key not in doc.user_data:
            doc.user_data[key] = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
        starts = doc.user_data[key]
        start = starts[bisect_right(starts, offset) - 1]
        colon, alone = self.p["paragraph_label"]
        line_start, line_end = line_bounds(text, offset)
        while True:
            line = text[line_start:line_end]
            found = colon.search(line)
            if found is not None:
                return found.group("label")
            found = alone.search(line)
            if found is not None and self._names_a_section(found.group("label")):
                return found.group("label")
            if line_start <= start:
                return None
            line_start, line_end = line_bounds(text, line_start - 1)

    def _names_a_section(self, label: str) -> bool:
        kinds = (
            "allergy_label",
            "plan_label",
            "procedural_label",
            "alleviating_cue",
            "section_heading",
        )
        return any(search_any(self.p[kind], label) for kind in kinds)

    def _procedural(self, doc: Doc, span: Span, before_text: str) -> bool:
        """A drug given for a procedure: under an ANESTHESIA / SEDATION label, with the
        sedation in its clause ('IV sedation with Versed and fentanyl'), or among the
        agents a consent discussion says are used during the procedure."""
        if search_any(self.p["procedural_before"], before_text):
            return True
        label = self._paragraph_label(doc, span.start_char)
        return label is not None and search_any(self.p["procedural_label"], label) is not None

    def _instruction(self, doc: Doc, span: Span, before_text: str) -> bool:
        """An instruction or advice, not a course: 'told to stay in relative rest', 'ice
        the injection site', 'post-injection: bed rest' (self-care only). 'Advised to
        continue ibuprofen' keeps a current drug."""
        text = text_of(doc)
        found = search_any(self.p["instruction_before"], before_text)
        if found is not None and not search_any(self.p["plan_continues"], found.group(0)):
            return True
        if search_any(self.p["procedure_site_after"], text[span.end_char : span.end_char + 40]):
            return True
        return bool(
            self.index.attribute(span, "self_care", False)
            and search_any(self.p["post_procedure_before"], before_text)
        )

    def _self_care_aside(self, doc: Doc, span: Span) -> bool:
        """Rest, ice or heat named among what eases or worsens the pain ('Alleviating
        factors: heat and ice', 'better with rest and a heating pad'), or ice in a
        sensory examination ('sensation intact to pinprick and ice'), or ice as the
        ground she slipped on ('fell on ice in the parking lot')."""
        text = text_of(doc)
        s_start, s_end = sentence_or_row(span)
        clause_start = max(s_start, text.rfind(";", s_start, span.start_char) + 1)
        before = text[clause_start : span.start_char]
        cues = finditer_all(self.p["alleviating_cue"], before)
        if cues and not search_any(self.p["alleviating_gap_stop"], before[cues[-1].end() :]):
            return True
        label = self._paragraph_label(doc, span.start_char)
        if label is not None and search_any(self.p["alleviating_cue"], label):
            return True
        if self._modality(span) != "ice":
            return False
        return bool(
            search_any(self.p["sensory_exam"], text[s_start:s_end])
            or search_any(self.p["ice_not_therapy_before"], text[s_start : span.start_char])
            or search_any(self.p["ice_not_therapy_after"], text[span.end_char : span.end_char + 40])
        )

    def _for_other_condition(self, doc: Doc, span: Span) -> bool:
        """A drug (or rest, ice, heat) whose stated indication is another condition
        ('duloxetine for fibromyalgia', 'depression, for which she takes amitriptyline',
        'a fever managed with ice packs and acetaminophen', a medication list's
        Indication cell) is not conservative therapy for this pain; nor is the same
        drug named again without an indication of its own (a medication list after
        'amitriptyline for her migraines')."""
        if not (
            self._modality(span) in MEDICATION_MODALITIES
            or self.index.attribute(span, "self_care", False)
        ):
            return False
        own = self._stated_indication(doc, span)
        if own is not None:
            return own
        return span.text.lower() in self._drugs_for_other_conditions(doc)

    def _stated_indication(self, doc: Doc, span: Span) -> bool | None:
        """True when the mention's own indication is another condition, False when it
        is this pain, None when it states none."""
        text = text_of(doc)
        row = _table_row(doc, span.start_char)
        if row is not None:
            cells = [cell.text for cell in row.cells if span.text not in cell.text]
            if any(search_any(self.p["sij_pain_word"], cell) for cell in cells):
                return False
            return True if any(self._other_condition(cell) for cell in cells) else None
        s_start, s_end = sentence_or_row(span)
        semicolon = text.find(";", span.end_char, s_end)
        mentions = spans_of(doc, CATEGORIES)
        following = [m.start_char for m in mentions if m.start_char >= span.end_char]
        clause_end = min([s_end, *following, *([semicolon] if semicolon != -1 else [])])
        after_text = text[span.end_char : clause_end].replace("\n", " ")
        after = search_any(self.p["indication_after"], after_text)
        if after is not None:
            return self._indication(after.group("what"))
        clause_start = max(s_start, text.rfind(";", s_start, span.start_char) + 1)
        before_end = self._list_start(doc, span, clause_start)
        before_text = text[clause_start:before_end].replace("\n", " ")
        before = search_any(self.p["indication_before"], before_text)
        stated = self._indication(before.group("what")) if before is not None else None
        if stated is not None:
            return stated
        if search_any(self.p["helped_symptoms_after"], after_text):
            return self._symptoms_described(doc, span)
        return None

    def _symptoms_described(self, doc: Doc, span: Span) -> bool | None:
        """What 'her symptoms' are for a drug said to have helped them: the paragraph
        before it describing only numbness or tingling (no pain) makes them another
        condition."""
        text = text_of(doc)
        key = "authreview_therapy_paragraphs"
        starts = doc.user_data.get(key)
        if starts is None:
            self._paragraph_label(doc, span.start_char)
            starts = doc.user_data[key]
        described = text[starts[bisect_right(starts, span.start_char) - 1] : span.start_char]
        if search_any(self.p["pain_word"], described):
            return None
        return True if search_any(self.p["sensory_symptom"], described) else None

    def _indication(self, what: str) -> bool | None:
        if self._other_condition(what):
            return True
        return False if search_any(self.p["sij_pain_word"], what) else None

    def _list_start(self, doc: Doc, span: Span, floor: int) -> int:
        """Where the list a mention ends begins: 'managed with ice packs and
        acetaminophen' reads the words before 'ice packs' for both."""
        text = text_of(doc)
        start = span.start_char
        for other in reversed([m for m in spans_of(doc, CATEGORIES) if m.end_char <= start]):
            if other.start_char < floor:
                break
            if not search_any(self.p["coordination"], text[other.end_char : start]):
                break
            start = other.start_char
        return start

    def _drugs_for_other_conditions(self, doc: Doc) -> frozenset[str]:
        """Drug names (as written, lower case) the document states are taken for another
        condition (cached on the Doc)."""
        key = "authreview_therapy_other_condition_drugs"
        if key not in doc.user_data:
            found = {
                span.text.lower()
                for span in spans_of(doc, CATEGORIES)
                if self._modality(span) in MEDICATION_MODALITIES
                and self._stated_indication(doc, span)
            }
            doc.user_data[key] = frozenset(found)
        return doc.user_data[key]

    def _other_condition(self, what: str) -> bool:
        """The words name another condition and not the SI joint / low back pain."""
        return (
            search_any(self.p["other_condition"], what) is not None
            and search_any(self.p["sij_pain_word"], what) is None
        )

    def _intervention_in_log(self, doc: Doc, span: Span) -> bool:
        """In a PT note's visit log, PT itself is the course the note dates as a whole
        and an 'HEP handout' row restates the prescription; a device or modality used
        at one visit ('14 | 01/13/2025 | SI belt') is a one-day episode of its own."""
        if self._modality(span) not in ACTIVE_MODALITIES:
            return False
        start, end = line_bounds(text_of(doc), span.start_char)
        return is_table_row(text_of(doc)[start:end])

    # ------------------------------------------------------------------ episodes

    def _episodes(
        self, doc: Doc, mentions: list[Span], reference: dt.date | None
    ) -> list[TherapyEpisode]:
        document = document_of(doc)
        med_list = document.type is DocumentType.medication_list
        dated: list[tuple[list[Span], _Interval, tuple[int, int], int]] = []
        for sentence, groups in self._sentence_groups(doc, mentions):
            s_start, s_end = sentence
            claimed: set[int] = set()
            claimed_ends: set[int] = set()
            for index, group in enumerate(groups):
                g_start, g_end = group[0].start_char, group[-1].end_char
                next_start = groups[index + 1][0].start_char if index + 1 < len(groups) else s_end
                prev_end = groups[index - 1][-1].end_char if index else s_start
                first = self._table_interval(doc, group[0], reference) or self._interval(
                    doc,
                    (s_start, s_end),
                    (g_start, g_end),
                    prev_end,
                    next_start,
                    reference,
                    med_list or self._in_medication_section(group[0]),
                    claimed,
                    claimed_ends,
                )
                for interval in (first, *first.more):
                    dated.append((group, interval, (s_start, s_end), prev_end))
        facts: list[TherapyEpisode] = []
        for index, (group, interval, sentence, prev_end) in enumerate(dated):
            started = [i for g, i, _s, _p in dated[:index] if self._same_therapy(g, group)]
            interval = _from_own_start(interval, started)
            facts += self._group_facts(doc, group, interval, sentence, prev_end)
        return facts

    def _same_therapy(self, one: list[Span], other: list[Span]) -> bool:
        return {self._modality(s) for s in one} == {self._modality(s) for s in other}

    def _group_facts(
        self,
        doc: Doc,
        group: list[Span],
        interval: _Interval,
        sentence: tuple[int, int],
        prev_end: int,
    ) -> list[TherapyEpisode]:
        """One episode per mention of a coordinated group ("ice and heat since 10/2024"),
        over one interval; planned unless the interval is already under way."""
        reference = document_of(doc).date
        past = (
            interval.start is not None
            and interval.start_stated
            and (reference is None or interval.start <= reference)
        )
        lead = self._lead(doc, group[0], sentence, prev_end)
        after = text_of(doc)[group[-1].end_char : sentence[1]]
        planned = not past and (self._planned(lead) or search_any(self.p["plan_after"], after))
        in_plan = interval.start is None and interval.end is None and self._in_plan(doc, group[0])
        facts = []
        for span in group:
            modality = self._modality(span)
            context = merged_context(span, hypothetical=bool(planned) or in_plan)
            if context.negated and not self._denied(doc, span):
                context = context.model_copy(update={"negated": False})
            if past and context.hypothetical:
                context = context.model_copy(update={"hypothetical": False})
            extra = self._extras(doc, span, modality, sentence, interval)
            evidence = [evidence_for(doc, span.start_char, span.end_char, self.index.rule_id(span))]
            evidence += [evidence_for(doc, a, b, rule) for a, b, rule in interval.evidence]
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

    def _in_plan(self, doc: Doc, span: Span) -> bool:
        """Under a plan heading, or in a paragraph labelled as a plan, goals, prognosis,
        recommendations, disposition or instructions ('RECOMMENDATIONS - TREATMENT:',
        'PROGNOSIS:', 'SHORT-TERM GOALS (2 WEEKS):')."""
        if in_plan_section(span):
            return True
        label = self._paragraph_label(doc, span.start_char)
        return label is not None and search_any(self.p["plan_label"], label) is not None

    def _table_interval(self, doc: Doc, span: Span, reference: dt.date | None) -> _Interval | None:
        """A therapy named in a row of a table whose header names its dates: a column of
        date ranges ("Dates", "Date range", "Period") or a start and an end column
        ("Start | End", "From | To", "Began | Stopped"; an end cell 'ongoing' ends on the
        document date). The row's cells date it however far they stand from the
        therapy's name; None when they hold no such range (the row is read as prose)."""
        found = row_at(doc, span.start_char)
        if found is None or not found[0].separated:
            return None
        table, row = found
        header = table.block_header(row)
        if header is None or len(header.cells) != len(row.cells):
            return None
        kinds = {
            name: [k for k, cell in enumerate(header.cells) if search_any(self.p[name], cell.text)]
            for name in ("dates_column", "start_column", "end_column")
        }
        for k in kinds["dates_column"]:
            dates = self._cell_dates(doc, row, k, reference)
            chosen = _expression(dates, 0) if dates else []
            if len(chosen) == 2:  # one date ('since 10/2024') reads as in prose
                return _Interval(chosen[0].value, chosen[1].last_day, _cited(chosen))
        starts = [
            d for k in kinds["start_column"] for d in self._cell_dates(doc, row, k, reference)
        ]
        ends = [d for k in kinds["end_column"] for d in self._cell_dates(doc, row, k, reference)]
        if starts and ends:
            return _Interval(starts[0].value, ends[0].last_day, _cited([starts[0], ends[0]]))
        open_end = any(
            search_any(self.p["ongoing_cue"], row.cells[k].text) for k in kinds["end_column"]
        )
        if starts and open_end and reference is not None:
            return _Interval(starts[0].value, reference, _cited(starts[:1]))
        return None

    def _cell_dates(
        self, doc: Doc, row: Row, column: int, reference: dt.date | None
    ) -> list[DateMention]:
        """The dates a therapy can be dated by in one cell of a row."""
        cell = row.cells[column]
        return [m for m in dates_in(doc, cell.start, cell.end, reference) if self._usable(doc, m)]

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

    def _interval(
        self,
        doc: Doc,
        sentence: tuple[int, int],
        group: tuple[int, int],
        prev_end: int,
        next_start: int,
        reference: dt.date | None,
        current_list: bool,
        claimed: set[int],
        claimed_ends: set[int] | None = None,
    ) -> _Interval:
        """Start and end of one mention (group) from the dates written around it.

        ``claimed`` holds the starts of dates an earlier mention of the sentence took
        from after itself; they are not read again as dates before this one."""
        s_start, s_end = sentence
        g_start, g_end = group
        claimed_ends = claimed_ends if claimed_ends is not None else set()
        after_end = min(next_start, g_end + DATE_WINDOW_AFTER)
        clause_end = text_of(doc).find(";", g_end, after_end)
        after_end = clause_end if clause_end != -1 else after_end
        dates = [m for m in dates_in(doc, s_start, s_end, reference) if self._usable(doc, m)]
        after = [m for m in dates if g_end <= m.start < after_end]
        before_start = max(prev_end, g_start - DATE_WINDOW_BEFORE)
        before = [
            m
            for m in dates
            if before_start <= m.start and m.end <= g_start and m.start not in claimed
        ]
        first_visit = False
        if not before:
            # 'on April 7, 2025, she went to the Summit Valley Chiropractic office'
            before = [
                m
                for m in dates
                if max(prev_end, g_start - VISIT_WINDOW_BEFORE) <= m.start
                and m.end <= g_start
                and m.start not in claimed
                and search_any(self.p["visit_start_gap"], text_of(doc)[m.end : g_start])
            ][-1:]
            first_visit = bool(before)
        chosen: list[DateMention] = []
        since = False
        if after:
            chosen = _expression(after, 0)
            claimed.update(m.start for m in chosen)
            claimed_ends.update(m.end for m in chosen)
        elif before:
            chosen = _expression(before, len(before) - 1)
        else:
            for m in dates:
                if m.end <= g_start and self._cue(doc, "since", m):
                    chosen, since = [m], True
        if not chosen and not any(m.start < g_start for m in dates):
            anchor = self._encounter_date(doc, sentence, g_start, reference)
            chosen, first_visit = ([anchor], True) if anchor is not None else ([], False)
        floor = max([s_start, prev_end, *(e for e in claimed_ends if e <= g_start)])
        cue = self._nearest_cue(doc, chosen[0], floor) if chosen and not since else None
        cue = "start_cue" if first_visit else cue
        since = since or cue == "since"
        window = text_of(doc)[floor : max(after_end, g_end)]
        stated_current = search_any(self.p["ongoing_cue"], window) is not None or current_list
        ongoing = stated_current or search_any(self.p["ongoing_frequency"], window) is not None
        duration = self._duration(doc, g_start, g_end, after_end, prev_end)
        if duration is not None and not chosen and self._schedule(doc, sentence, g_end, duration):
            # 'PT 2x/week x 6 weeks' prescribes a course: its length dates nothing
            evidence = [(duration.start, duration.end, "therapy.duration")]
            end = reference if stated_current else None
            return _Interval(None, end, tuple(evidence), start_stated=False)
        evidence = [
            (m.start, m.end, f"therapy.date.{m.precision}") for m in chosen if m.end > m.start
        ]
        if duration is not None:
            evidence.append((duration.start, duration.end, "therapy.duration"))
        start = end = None
        counted_back = False
        length: Duration | None = None
        if len(chosen) == 2:
            start, end = chosen[0].value, chosen[1].last_day
        elif chosen:
            mention = chosen[0]
            if since:
                start, end = mention.value, reference
            elif cue == "end_cue":
                end = mention.last_day
            elif cue == "start_cue" or current_list:
                start = mention.value
                later = self._later_end(doc, mention, s_end, reference)
                end = later or (reference if ongoing else None)
            elif mention.precision != "year":
                # a year alone ('PT in 2023') places the course in no particular months
                start, end = mention.value, mention.last_day
        elif ongoing:
            end = reference
        if duration is not None:
            if start is not None and end is None:
                end = _shift(start, duration, +1)
            elif end is not None and start is None:
                start = _shift(end, duration, -1)
                counted_back = True
            elif start is None and end is None and reference is not None:
                end = reference
                start = _shift(reference, duration, -1)
                counted_back = True
                length = duration
        if start is not None and end is not None and end < start:
            start, end = end, start
        more: tuple[_Interval, ...] = ()
        if len(chosen) == 2:
            more = _further_ranges(after, chosen, claimed, claimed_ends)
            more += self._repeated_course(doc, sentence, clause_end, next_start, reference)
        return _Interval(
            start, end, tuple(evidence), more, start_stated=not counted_back, length=length
        )

    def _encounter_date(
        self, doc: Doc, sentence: tuple[int, int], g_start: int, reference: dt.date | None
    ) -> DateMention | None:
        """The date of the encounter at which an undated therapy was given: 'On 12/11
        he drove to his doctor ... He was given some NSAID.' The mention's sentence must
        report it given or begun ('was given', 'was treated with', 'was started on',
        'received'); the date is the one that opens the nearest earlier sentence of the
        paragraph that is dated ('On <date>, ...'), at most two sentences back."""
        text = text_of(doc)
        if not search_any(self.p["given_at_encounter"], text[sentence[0] : g_start]):
            return None
        token = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
        if token is None or token.start == 0:
            return None
        current = token
        for _ in range(ENCOUNTER_SENTENCES_BACK):
            if current.start == 0:
                return None
            previous = doc[current.start - 1].sent
            if re.search(r"\n[ \t]*\n", text[previous.end_char : current.start_char + 1]):
                return None  # another paragraph
            dates = [
                m
                for m in dates_in(doc, previous.start_char, previous.end_char, reference)
                if self._usable(doc, m)
            ]
            if dates:
                first = dates[0]
                lead = text[previous.start_char : first.start]
                if first.precision == "day" and search_any(self.p["encounter_date_lead"], lead):
                    return first
                return None
            current = previous
        return None

    def _schedule(
        self, doc: Doc, sentence: tuple[int, int], g_end: int, duration: Duration
    ) -> bool:
        """A frequency and a length after the therapy ('2x/week x 4 weeks', 'three times
        a week for six weeks') with no word saying the course was done: a prescription
        or plan, not a course to count back from the note date."""
        text = text_of(doc)
        between = text[g_end : duration.start]
        return bool(
            search_any(self.p["schedule_frequency"], between)
            and not search_any(self.p["completed_cue"], text[sentence[0] : sentence[1]])
        )

    def _repeated_course(
        self,
        doc: Doc,
        sentence: tuple[int, int],
        clause_end: int,
        next_start: int,
        reference: dt.date | None,
    ) -> tuple[_Interval, ...]:
        """'PT 01/2024-03/2024; repeated 06/2024-08/2024': the clause after a semicolon
        that names no therapy of its own and repeats the course ('again', 'repeated',
        'resumed') dates a second course of the same therapy."""
        if clause_end == -1:
            return ()
        text = text_of(doc)
        limit = min(next_start, sentence[1])
        following = text.find(";", clause_end + 1, limit)
        end = following if following != -1 else limit
        dates = [m for m in dates_in(doc, clause_end + 1, end, reference) if self._usable(doc, m)]
        if len(dates) < 2 or not (dates[0].is_range_start and dates[1].is_range_end):
            return ()
        if not search_any(self.p["repeat_cue"], text[clause_end + 1 : dates[0].start]):
            return ()
        first, last = dates[0], dates[1]
        return (_Interval(first.value, last.last_day, _cited([first, last])),)

    def _later_end(
        self, doc: Doc, start: DateMention, s_end: int, reference: dt.date | None
    ) -> dt.date | None:
        """After a start date, the last date in the sentence that ends or follows up the
        course ('started 06/02 ... (last 06/20)', 'prescribed on 09/08 ... follow-up at
        my visits of 11/03 and 03/16')."""
        found = [
            m
            for m in dates_in(doc, start.end, s_end, reference)
            if m.precision != "year"
            and not (m.relative and m.precision != "day")
            and m.value > start.value
            and (reference is None or m.value <= reference or not m.relative)
            and not self._not_a_care_date(doc, m)
        ]
        ends = [m for m in found if self._cue_before(doc, "followup_cue", m, 40)]
        return ends[-1].last_day if ends else None

    def _cue_before(self, doc: Doc, name: str, mention: DateMention, width: int) -> bool:
        before = text_of(doc)[max(0, mention.start - width) : mention.start]
        before = re.split(r"[.]", before)[-1]
        return search_any(self.p[name], before) is not None

    def _usable(self, doc: Doc, mention: DateMention) -> bool:
        """Dates a therapy can be dated by: not 'today' on its own (a visit, not a
        course), not a month named without a year, not a birth date or a date of the
        document itself (printed, faxed, signed)."""
        if mention.relative and not mention.is_range_end and mention.precision == "day":
            return False
        if mention.relative and mention.precision != "day":
            return False
        return not self._not_a_care_date(doc, mention)

    def _not_a_care_date(self, doc: Doc, mention: DateMention) -> bool:
        """A birth date ('DOB 12/01/1970', 'KIM, DANIEL J (03/22/1964)', a DOB column,
        or the same date anywhere else in the document) or document furniture ('printed
        09/30/2025', 'Report date', 'Electronically signed')."""
        text = text_of(doc)
        l_start, _ = line_bounds(text, mention.start)
        before = text[l_start : mention.start]
        if search_any(self.p["birth_label"], before) or search_any(
            self.p["furniture_label"], before
        ):
            return True
        header = _column_header(doc, mention.start)
        if header is not None and search_any(self.p["furniture_header"], header):
            return True
        return mention.precision == "day" and mention.value in self._birth_dates(doc)

    def _birth_dates(self, doc: Doc) -> frozenset[dt.date]:
        """Every date the document labels as a birth date (cached on the Doc)."""
        key = "authreview_therapy_birth_dates"
        if key not in doc.user_data:
            text = text_of(doc)
            found = set()
            for m in dates_in(doc, 0, len(text), None):
                l_start, _ = line_bounds(text, m.start)
                header = _column_header(doc, m.start)
                if search_any(self.p["birth_label"], text[l_start : m.start]) or (
                    header is not None and search_any(self.p["birth_label"], header + " ")
                ):
                    found.add(m.value)
            doc.user_data[key] = frozenset(found)
        return doc.user_data[key]

    def _cue(self, doc: Doc, name: str, mention: DateMention) -> bool:
        before = text_of(doc)[max(0, mention.start - CUE_WINDOW) : mention.start]
        before = re.split(r"[.;]", before)[-1]
        if name == "since":
            return search_any(self.p["since"], before) is not None
        return search_any(self.p[name], before) is not None

    def _nearest_cue(self, doc: Doc, mention: DateMention, floor: int) -> str | None:
        """Which of 'since', a start word or an end word stands closest before a date
        ('Since PT discharge on 04/24': the discharge ends PT), not reaching back past
        ``floor`` (the previous mention or the dates it took)."""
        before = text_of(doc)[max(floor, mention.start - VERB_WINDOW) : mention.start]
        before = re.split(r"[.;]", before)[-1]
        best: tuple[int, str] | None = None
        for name in ("since", "start_cue", "end_cue"):
            pattern_name = "since_word" if name == "since" else name
            for match in finditer_all(self.p[pattern_name], before):
                if best is None or match.start() >= best[0]:
                    best = (match.start(), name)
        return best[1] if best else None

    def _duration(
        self, doc: Doc, g_start: int, g_end: int, after_end: int, prev_end: int
    ) -> Duration | None:
        """'PT x 6 months', 'for 8 weeks', '6 weeks of PT'; not '3 days a week'."""
        for duration in durations_in(doc, g_end, after_end):
            if (
                duration.direction in (None, "lookback")
                and duration.unit in ("day", "week", "month", "year")
                and not self._vague(doc, duration)
            ):
                return duration
        for duration in durations_in(doc, max(prev_end, g_start - 30), g_start):
            gap = text_of(doc)[duration.end : g_start]
            if (
                duration.direction is None
                and search_any(self.p["duration_before"], gap)
                and not self._vague(doc, duration)
            ):
                return duration
        return None

    def _vague(self, doc: Doc, duration: Duration) -> bool:
        """'more than six months of PT' summarises; it does not date a course."""
        before = text_of(doc)[max(0, duration.start - 25) : duration.start]
        return search_any(self.p["vague_duration"], before) is not None

    def _extras(
        self,
        doc: Doc,
        span: Span,
        modality: str,
        sentence: tuple[int, int],
        interval: _Interval,
    ) -> dict:
        """HEP prescription/follow-up and TENS details, as the sentence states them."""
        text = text_of(doc)[sentence[0] : sentence[1]]
        if modality == "home_exercise":
            prescribed = None
            if search_any(self.p["hep_prescribed_no"], text):
                prescribed = False
            elif search_any(self.p["hep_prescribed_yes"], text):
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

    # ------------------------------------------------------------------ notes

    def _note_episode(self, doc: Doc, reference: dt.date | None) -> list[TherapyEpisode]:
        """A therapy note is itself a course of therapy: its dates of care (a labelled
        range, else a range of care in its prose: 'treated ... from 05/12 through
        08/29'), else from its start of care (initial evaluation, SOC, first visit) or
        first logged visit to its discharge or last logged visit, else to the note
        date. Birth dates and the note's own furniture dates never count."""
        document = document_of(doc)
        first_line = next((text_of(doc)[a:b] for a, b in lines(text_of(doc))), "")
        title = f"{document.title} {first_line}".lower()
        modality = (
            "occupational_therapy"
            if "occupational" in title
            else "chiropractic"
            if "chiropract" in title
            else "physical_therapy"
        )
        found = self._care_range(doc, reference)
        if found is None:
            found = self._care_bounds(doc, reference)
        if found is None and reference is not None:
            cite = (0, min(len(text_of(doc)), max(1, len(document.title))))
            found = (reference, reference, cite)
        if found is None:
            return self._undated_note_episode(doc, modality)
        start, end, cite = found
        evidence = evidence_for(doc, cite[0], cite[1], DOCUMENT_RULE)
        return [
            TherapyEpisode(modality=modality, start=start, end=end, evidence=(evidence,))  # type: ignore[arg-type]
        ]

    def _undated_note_episode(self, doc: Doc, modality: str) -> list[TherapyEpisode]:
        """A therapy note with no date of its own or of care is still a course of that
        therapy, undated (citing its first written line)."""
        first = next(iter(lines(text_of(doc))), None)
        if first is None:
            return []
        evidence = evidence_for(doc, first[0], first[1], DOCUMENT_RULE)
        return [TherapyEpisode(modality=modality, evidence=(evidence,))]  # type: ignore[arg-type]

    def _evaluation_episode(self, doc: Doc, reference: dt.date | None) -> list[TherapyEpisode]:
        """A therapist's own evaluation whose document type was not recognised (its title
        only in the running header): goals headings ('SHORT-TERM GOALS', 'LTG') with a
        plan of care, a frequency or a rehab potential mark the note as the therapist's,
        so the note is an encounter of the therapy it was referred to (physical therapy
        unless occupational therapy is named): on the note's date, else undated. A
        physician's plan ('Refer to PT ...; Goals: ...') has no goals heading of that
        kind."""
        text = text_of(doc)
        goals = [
            m for a, b in lines(text) for m in finditer_all(self.p["evaluation_goals"], text[a:b])
        ]
        plan = [
            m for a, b in lines(text) for m in finditer_all(self.p["evaluation_plan"], text[a:b])
        ]
        if not goals or not plan:
            return []
        referral = search_any(self.p["evaluation_referral"], text)
        named = referral.group("therapy").lower() if referral is not None else ""
        modality = (
            "occupational_therapy"
            if named in ("ot", "occupational therapy")
            else "physical_therapy"
        )
        cite = (referral.start(), referral.end()) if referral is not None else None
        if cite is None:
            first = next(iter(lines(text)), None)
            if first is None:
                return []
            cite = first
        evidence = evidence_for(doc, cite[0], cite[1], DOCUMENT_RULE)
        return [
            TherapyEpisode(
                modality=modality,  # type: ignore[arg-type]
                start=reference,
                end=reference,
                evidence=(evidence,),
            )
        ]

    def _ranges(
        self, doc: Doc, start: int, end: int, reference: dt.date | None
    ) -> list[tuple[DateMention, DateMention]]:
        found = [
            m for m in dates_in(doc, start, end, reference) if not self._not_a_care_date(doc, m)
        ]
        return [(a, b) for a, b in itertools.pairwise(found) if a.is_range_start and b.is_range_end]

    def _care_range(
        self, doc: Doc, reference: dt.date | None
    ) -> tuple[dt.date, dt.date, tuple[int, int]] | None:
        """The note's labelled dates of care ('Dates of care: A - B'), else a range in
        a sentence about the care itself ('treated ... from 05/12 through 08/29') that
        names no therapy (a named one is its own mention) and no earlier course."""
        text = text_of(doc)
        for l_start, l_end in lines(text):
            if not search_any(self.p["pt_period"], text[l_start:l_end]):
                continue
            pairs = self._ranges(doc, l_start, l_end, reference)
            if pairs:
                return pairs[0][0].value, pairs[0][1].last_day, (l_start, l_end)
        mentions = spans_of(doc, CATEGORIES)
        for sent in doc.sents:
            a, b = sent.start_char, sent.end_char
            if is_table_row(text[a:b]) or any(a <= m.start_char < b for m in mentions):
                continue
            for first, last in self._ranges(doc, a, b, reference):
                before = text[a : first.start]
                if (
                    search_any(self.p["care_range_cue"], before)
                    and not search_any(self.p["plan"], before)
                    and not search_any(self.p["prior_care"], before)
                    and (reference is None or last.value <= reference)
                ):
                    return first.value, last.last_day, (first.start, last.end)
        return None

    def _care_bounds(
        self, doc: Doc, reference: dt.date | None
    ) -> tuple[dt.date, dt.date, tuple[int, int]] | None:
        """Start of care (initial evaluation, SOC, first logged visit) to discharge or
        the last logged visit; without an end, to the note date."""
        text = text_of(doc)
        starts: list[tuple[dt.date, int, int]] = []
        ends: list[tuple[dt.date, int, int]] = []
        for row in self._visit_rows(doc):
            found = [
                m
                for m in dates_in(doc, row.start, row.end, None)
                if m.precision == "day" and not self._not_a_care_date(doc, m)
            ]
            if found:
                starts.append((found[0].value, row.start, row.end))
                ends.append((found[0].value, row.start, row.end))
        if len(starts) < 2:
            starts, ends = [], []
        for name, into in (("initial_eval", starts), ("note_end_label", ends)):
            for match in finditer_all(self.p[name], text):
                labelled = self._labelled_date(doc, match.start(), match.end())
                if labelled is not None and (reference is None or labelled.value <= reference):
                    into.append((labelled.value, match.start(), labelled.end))
        if not starts:
            return None
        first = min(starts)
        last = max(ends) if ends else None
        end = last[0] if last is not None and last[0] >= first[0] else reference
        if end is None or end < first[0]:
            return None
        cite_end = last[2] if last is not None and end == last[0] else first[2]
        cite = (min(first[1], cite_end), max(first[2], cite_end))
        return first[0], end, cite

    def _visit_rows(self, doc: Doc) -> list[Row]:
        """Rows of a visit log: a date in the first cell, or after a visit number ('14 |
        01/13/2025 | ...', 'Visit 3 | 02/03/2025')."""
        found = []
        for table in tables(doc):
            if not table.separated:
                continue
            for row in table.rows:
                cells = row.texts()
                dated = search_any(self.p["visit_date"], cells[0])
                numbered = len(cells) > 1 and search_any(self.p["visit_number"], cells[0])
                if dated or (numbered and search_any(self.p["visit_date"], cells[1])):
                    found.append(row)
        return found

    def _labelled_date(self, doc: Doc, l_start: int, l_end: int) -> DateMention | None:
        """The day date a label ('Initial eval', 'SOC', 'Discharge date') gives: right
        after it on its line, on the next line when the label ends its line, or in the
        label's column of the table row below when the label is a header cell."""
        text = text_of(doc)
        _line_start, line_end = line_bounds(text, l_start)
        window = [(l_end, min(line_end, l_end + 30))]
        if not text[l_end:line_end].strip(" :-#\t"):
            n_start, n_end = line_bounds(text, min(len(text), line_end + 1))
            window.append((n_start, min(n_end, n_start + 30)))
        found = row_at(doc, l_start)
        column = found[1].index_at(l_start) if found and found[0].separated else None
        if found is not None and column is not None:
            table, row = found
            if not text[l_end : row.cells[column].end].strip(" :"):
                below = _row_below(table, row)
                if below is not None and len(below.cells) == len(row.cells):
                    cell = below.cells[column]
                    window = [(cell.start, cell.end)]
        for a, b in window:
            for m in dates_in(doc, a, b, None):
                if m.precision == "day" and not self._not_a_care_date(doc, m):
                    return m
            if a == l_end and text[a:b].strip(" :-#\t"):
                # the label has a value that is not a date ('Discharged to home program')
                break
        return None

    # ------------------------------------------------------------------ inability

    def _inabilities(
        self, doc: Doc, mentions: list[Span], reference: dt.date | None
    ) -> list[TherapyInability]:
        """Why a therapy stopped: physical reasons (contraindication, increased pain,
        intolerance) or not (noncompliance, inconvenience), stated in a sentence
        ('stopped PT because it aggravated her pain') or after a discharge summary's
        'Reason for discharge:' label, whose words need no verb of stopping ('insurance
        visit limit reached', 'increased pain with exercise')."""
        text = text_of(doc)
        facts = []
        note_mentions = [
            m for m in spans_of(doc, CATEGORIES) if self._modality(m) in ACTIVE_MODALITIES
        ]
        fallback = note_mentions[:1] if document_of(doc).type is DocumentType.pt_note else []
        labelled: list[tuple[int, int]] = []
        for l_start, l_end in lines(text):
            label = search_any(self.p["stop_label"], text[l_start:l_end])
            if label is None:
                continue
            labelled.append((l_start, l_end))
            found = self._reason(text, l_start + label.end(), l_end, "label_reason")
            own = [m for m in mentions if l_start <= m.start_char < l_end]
            before = [m for m in mentions if m.end_char <= l_start][-1:]
            candidates = own or fallback or before
            if found and candidates:
                facts.append(self._inability(doc, found, candidates, reference))
        previous: list[Span] = []
        for sent in doc.sents:
            key = (sent.start_char, sent.end_char)
            own = [m for m in mentions if key[0] <= m.start_char < key[1]]
            candidates = own or previous or fallback
            found = self._reason(text, key[0], key[1], "inability")
            in_label = found is not None and any(a <= found[1] < b for a, b in labelled)
            if found and candidates and not in_label:
                facts.append(self._inability(doc, found, candidates, reference))
            previous = own
        return facts

    def _reason(self, text: str, start: int, end: int, prefix: str) -> tuple[str, int, int] | None:
        """The first reason, in INABILITY_ORDER, that the patterns ``<prefix>_<reason>``
        find in text[start:end] and no negation ('no increase in pain') denies."""
        window = text[start:end]
        for reason in INABILITY_ORDER:
            for match in finditer_all(self.p[f"{prefix}_{reason}"], window):
                before = window[max(0, match.start() - 20) : match.start()]
                if search_any(self.p["inability_negator"], before):
                    continue
                return reason, start + match.start(), start + match.end()
        return None

    def _inability(
        self,
        doc: Doc,
        found: tuple[str, int, int],
        candidates: list[Span],
        reference: dt.date | None,
    ) -> TherapyInability:
        """The inability a reason states, for the therapy mentioned nearest to it."""
        reason, m_start, m_end = found
        nearest = min(candidates, key=lambda m: abs(m.start_char - m_start))
        context = merged_context(nearest).model_copy(update={"negated": False})
        evidence = (
            evidence_for(doc, m_start, m_end, f"therapy.inability.{reason}"),
            evidence_for(doc, nearest.start_char, nearest.end_char, self.index.rule_id(nearest)),
        )
        return TherapyInability(
            date=reference,
            modality=self._modality(nearest),  # type: ignore[arg-type]
            reason=reason,  # type: ignore[arg-type]
            context=context,
            evidence=evidence,
        )


# --------------------------------------------------------------------------- helpers


def _table_row(doc: Doc, offset: int) -> Row | None:
    """The '|' table row on the line holding ``offset`` (``extractors.tables``)."""
    found = row_at(doc, offset)
    return found[1] if found is not None and found[0].separated else None


def _row_below(table: Table, row: Row) -> Row | None:
    index = table.rows.index(row)
    return table.rows[index + 1] if index + 1 < len(table.rows) else None


def _column_header(doc: Doc, offset: int) -> str | None:
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


def _cited(mentions: list[DateMention]) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (m.start, m.end, f"therapy.date.{m.precision}") for m in mentions if m.end > m.start
    )


def _from_own_start(interval: _Interval, earlier: list[_Interval]) -> _Interval:
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
    return _Interval(start, _shift(start, interval.length, +1), interval.evidence + evidence)


def _further_ranges(
    after: list[DateMention],
    chosen: list[DateMention],
    claimed: set[int],
    claimed_ends: set[int],
) -> tuple[_Interval, ...]:
    """Ranges after the one a mention took, in its own clause: 'PT from A to B and again
    from C to D' is two courses of PT. Their dates are claimed like the first range's."""
    rest = [m for m in after if m.start >= chosen[-1].end]
    found: list[_Interval] = []
    for first, last in itertools.pairwise(rest):
        if first.is_range_start and last.is_range_end and first.end <= last.start:
            found.append(_Interval(first.value, last.last_day, _cited([first, last])))
            claimed.update((first.start, last.start))
            claimed_ends.update((first.end, last.end))
    return tuple(found)


def _expression(mentions: list[DateMention], index: int) -> list[DateMention]:
    """The date expression at ``index``: a range's two ends, or one date."""
    mention = mentions[index]
    if mention.is_range_start and index + 1 < len(mentions) and mentions[index + 1].is_range_end:
        return [mention, mentions[index + 1]]
    if mention.is_range_end and index > 0 and mentions[index - 1].is_range_start:
        return [mentions[index - 1], mention]
    return [mention]


def _shift(value: dt.date, duration: Duration, sign: int) -> dt.date:
    """``value`` moved by a duration; months and years as calendar months."""
    amount = duration.amount
    if duration.unit in ("month", "year") and float(amount).is_integer():
        months = int(amount) * (12 if duration.unit == "year" else 1)
        return add_months(value, sign * months)
    return duration.after(value) if sign > 0 else duration.before(value)


__all__ = ["Context", "TherapyExtractor"]
