"""Which therapy mentions name therapy done.

A mention of a modality is not always a course: 'PT' may be a clinician's credential or
a coagulation value, a drug may sit in an allergy list, be given for a procedure or for
another condition, rest, ice and heat may be advice after a procedure or what eases the
pain, and a paragraph may be a plan, its goals or its prognosis."""

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    finditer_all,
    in_plan_section,
    is_table_row,
    line_bounds,
    search_any,
    sentence_or_row,
    spans_of,
    text_of,
)
from extractors.forms import FormAnswer, form_reader
from extractors.therapy.common import (
    CATEGORIES,
    MEDICATION_MODALITIES,
    NOT_THERAPY_SECTIONS,
    table_row,
)
from pipeline.models import ACTIVE_MODALITIES
from pipeline.section_rules import SectionRole, section_role

_ALLERGY_LIST_REACH = 2000
"""How far above a mention its ALLERGIES label is looked for."""
_NOT_TRIED = frozenset({FormAnswer.no, FormAnswer.open})
"""A therapy a form lists but leaves unticked ('[ ] Chiropractor'), unanswered or
answered no ('Chiropractic: no') names no therapy tried (``extractors.forms``)."""


class TherapyMentions(RuleReader):
    """What a mention names: its modality, whether it is therapy done, and the
    section label over it."""

    def modality(self, span: Span) -> str:
        return str(self.index.attribute(span, "modality", "medication_other"))

    def not_therapy(self, doc: Doc, span: Span) -> str | None:
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
        sensory examination; a drug given for a procedure (anesthesia, sedation); a
        therapy named only as contraindicated or avoided ('contraindication', which
        still names the therapy of an inability); a therapy a form lists unticked or
        answered no ('[ ] Chiropractor', 'TENS: no'). A
        section's role decides first (NOT_THERAPY_SECTIONS: ALLERGIES, after-care
        instructions)."""
        role = section_role(span)
        if (
            role in NOT_THERAPY_SECTIONS
            and self.modality(span) != "home_exercise"
            and not (role is SectionRole.allergies and self._past_allergy_list(doc, span))
        ):
            return "allergy" if role is SectionRole.allergies else "instruction"
        text = text_of(doc)
        if form_reader().marked(text, span.start_char, span.end_char) in _NOT_TRIED:
            return "form_not_ticked"
        after_text = text[span.end_char : span.end_char + 40]
        if search_any(self.p["document_reference"], after_text):
            return "document"
        if search_any(self.p["not_therapy_after"], after_text):
            return "benefit"
        allergy = self._allergy(doc, span)
        if allergy is not None:
            return allergy
        if self._contraindicated(doc, span):
            return "contraindication"
        if self._for_other_condition(doc, span):
            return "other_condition"
        sentence = sentence_or_row(span)
        before_text = text[sentence[0] : span.start_char]
        if self.modality(span) in MEDICATION_MODALITIES and self._procedural(
            doc, span, before_text
        ):
            return "procedural"
        if search_any(self.p["enclosure"], before_text):
            return "enclosure"
        modality = self.modality(span)
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

    def in_plan(self, doc: Doc, span: Span) -> bool:
        """Under a plan heading, or in a paragraph labelled as a plan, goals, prognosis,
        recommendations, disposition or instructions ('RECOMMENDATIONS - TREATMENT:',
        'PROGNOSIS:', 'SHORT-TERM GOALS (2 WEEKS):')."""
        if in_plan_section(span):
            return True
        label = self.paragraph_label(doc, span.start_char)
        return label is not None and search_any(self.p["plan_label"], label) is not None

    def intervention_in_log(self, doc: Doc, span: Span) -> bool:
        """In a PT note's visit log, PT itself is the course the note dates as a whole
        and an 'HEP handout' row restates the prescription; a device or modality used
        at one visit ('14 | 01/13/2025 | SI belt') is a one-day episode of its own."""
        if self.modality(span) not in ACTIVE_MODALITIES:
            return False
        start, end = line_bounds(text_of(doc), span.start_char)
        return is_table_row(text_of(doc)[start:end])

    def paragraph_label(self, doc: Doc, offset: int) -> str | None:
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

    def _past_allergy_list(self, doc: Doc, span: Span) -> bool:
        """Whether a mention the ALLERGIES section holds stands past the allergy list:
        an 'Allergies: sulfa, codeine' line is a field, and the section runs on to the
        next heading over lines that list no allergy ('Non-drug: heat pack nightly',
        a call log after a blank line). The list is the label line's own text, or,
        when that is empty, the first paragraph under it; a line opening with another
        field label ('Non-drug:', 'DME:'; never a drug's own 'Naproxen: GI bleed') or
        a blank line after the list ends it."""
        text = text_of(doc)
        reach = max(0, span.start_char - _ALLERGY_LIST_REACH)
        labels = [
            m
            for m in finditer_all(self.p["allergy_label"], text[reach : span.start_char])
            if not text[line_bounds(text, reach + m.start())[0] : reach + m.start()].strip()
        ]
        if not labels:
            return False
        label_at = reach + labels[-1].start()
        _, label_end = line_bounds(text, label_at)
        if span.start_char <= label_end:
            return False
        rest = text[label_at:label_end]
        listed = ":" in rest and rest.split(":", 1)[1].strip() != ""
        below = text[label_end : span.start_char]
        if not listed:
            # 'ALLERGIES:' alone: the list is the first paragraph under it
            first = re.search(r"\S", below)
            if first is None:
                return False
            below = below[first.start() :]
        if re.search(r"\n[ \t]*\n", below):
            return True
        colon, _alone = self.p["paragraph_label"]
        for line in below.split("\n")[1:]:
            found = colon.search(line)
            if found is not None and search_any(self.p["allergy_list_end"], found.group("label")):
                return True
        return False

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
        label = self.paragraph_label(doc, span.start_char)
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

    def _contraindicated(self, doc: Doc, span: Span) -> bool:
        """A therapy named only as contraindicated or avoided ('NSAIDs are contraindicated
        because of ...', 'cannot take ibuprofen because of ...') was not done; it is the
        therapy of a contraindication inability."""
        text = text_of(doc)
        s_start, _ = sentence_or_row(span)
        return bool(
            search_any(self.p["contraindicated_after"], text[span.end_char : span.end_char + 60])
            or search_any(self.p["contraindicated_before"], text[s_start : span.start_char])
        )

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
        label = self.paragraph_label(doc, span.start_char)
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
        label = self.paragraph_label(doc, span.start_char)
        if label is not None and search_any(self.p["alleviating_cue"], label):
            return True
        if self.modality(span) != "ice":
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
            self.modality(span) in MEDICATION_MODALITIES
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
        row = table_row(doc, span.start_char)
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
            self.paragraph_label(doc, span.start_char)
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
                if self.modality(span) in MEDICATION_MODALITIES
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
