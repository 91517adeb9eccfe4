"""Extractor family 'diagnoses': diagnoses and indications, with their ConText status.

The policy excludes systemic arthropathies, generalized pain disorders, infection,
tumour, fracture, acute instability and neural compression; it accepts open fusion
only for some indications (pelvic ring fracture, SIJ infection, sacral tumour, failed
percutaneous fusion, multisegmental deformity fusion). ``resources/diagnoses.json``
maps names, synonyms, abbreviations (AS, RA, PsA, FM) and ICD-10 codes to
``models.DiagnosisCode``; this component adds each mention's ConText (negated, family,
hypothetical, historical) so only affirmed, current diagnoses count downstream.

docs/facts.md: diagnoses come from the clinicians' notes, not from imaging findings,
so a note's restatement of a study ("MRI L-spine 03/05/2026: severe stenosis", an
IMAGING heading) is left to the imaging family, and so is a radiology report filed in a
note or in a document not typed as a report: below an exam title ("XR PELVIS AP",
"Exam: MRI SI JOINTS") its Impression/Summary is the radiologist's finding, until a
heading of the note's own ("ASSESSMENT") ends it.

ConText reads "history of", "prior", "status post" the standard way (past); whether a
past mention of a diagnosis still counts is this family's call, by the code's course in
``resources/diagnoses.json`` (``vocab.course``): a chronic condition (rheumatoid
arthritis, fibromyalgia) "diagnosed in 2019" is still the patient's unless stated
over; a condition listed in a problem list or past medical history is still the
patient's; an event (a fracture at 16, a repaired pelvic fracture) is past.

Words that name a symptom as often as a diagnosis ("sciatica") count only where the
note states a diagnosis (an assessment or diagnosis heading or label, "diagnosed
with", "sciatica due to an L5-S1 disc");
in a history of present illness they describe the pain, which the pain family reads.
A generic term takes the more specific code its site names ("lytic lesion of the
sacral ala" is a sacral tumour, "fractures of pelvis" a pelvic ring fracture), and a
pelvic-fixation construct is a deformity-fusion indication only beside a deformity.

Low back pain and its kin ("chronic back pain", "lumbar strain", "post-laminectomy
syndrome") are mechanical low back pain where stated as a diagnosis, not in a
complaint or an indication's narrative. Another structure is the pain's source
(``other_pain_source``) when the pain is tied to it ("back pain secondary to facet
arthropathy", "discogenic in origin") or, for the hip, when the assessment names a hip
condition whose item speaks of the pain or the hip is the complaint (hip arthritis
listed beside SI joint dysfunction is a comorbidity, and so is one set aside: "not felt
to be hip-driven", "considered but", "less likely"). Not current: an impression later
superseded ("initially thought to have sciatica"), a condition stated resolved (then
everywhere in its document) or whose problem-list row fills a Resolved column, a
remote or repaired event ("at age 14", "surgery to repair a pelvic fracture"), a
consent's risk list; a question answered no ("Fibromyalgia? - no"), a screen or
criteria set its row or line scores negative ("ACR 2016 FM | 1 / 4 | criteria not
met") and a condition considered and set aside ("considered by the hospitalist and not
supported", over a line break) are denied, and so is a queried condition its sentence
or line goes on to exclude ("?FM | rheumatology: not FM", "queried AS but rheumatology
said no"); a research form's coded answer ("E1 | Known spondyloarthropathy | 2" under
"1=Yes 2=No") is read as the form's key says. An abbreviation in another sense is no
mention: "RA" after a saturation or a blood pressure (room air, right arm), beside a
chamber's words (right atrium) or as a signer's initials ("RA e-signed", "Dictated
by: RA", "RA/ts"); a relative
named right before it ("FHx: mother RA") makes it family history. A score named for a condition
("Widespread Pain Index 2") is no mention of it. Coded forms count where written as
codes: ICD-10, and ICD-9 in parentheses or after an ICD-9 label ("Sacro-iliitis (720.2)").
A label that opens a paragraph ("IMAGING STUDIES: ...") covers its wrapped lines.
"""

import re
from typing import get_args

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    FamilyExtractor,
    context_of,
    document_date,
    line_bounds,
    line_of,
    lines_above,
    rule_attribute,
    source,
    span_evidence,
    targets,
    targets_in_chars,
    text_of,
)
from extractors.forms import FormAnswer, form_reader
from extractors.rules import FamilyRules, load_family_rules
from extractors.tables import row_at
from pipeline.models import Context, Diagnosis, DiagnosisCode, DocumentType
from pipeline.section_rules import SectionRole, section_role

_SITE_WINDOW = 60
_DEFORMITY_WINDOW = 150
_HEADING_LINES = 40
_TITLE_WORDS = 14
_EVENT_WINDOW = 50
"""Characters around an event diagnosis read for 'at age 16', 'repaired', 'years ago'."""
_RELATIVE_WINDOW = 100
"""Characters before a diagnosis read for a relative's list item ("Mother - ")."""


class DiagnosisExtractor(FamilyExtractor):
    """The spaCy component: one Diagnosis per mention, deduplicated by assembly."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.not_after = rules.regex("not_a_diagnosis_after")
        self.not_before = rules.regex("not_a_diagnosis_before")
        self.outside_pelvis = rules.regex("outside_pelvis")
        self.mention_before = rules.regex("not_a_mention_before")
        self.mention_after = rules.regex("not_a_mention_after")
        self.study_line = rules.regex("study_line")
        self.heading_line = rules.regex("heading_line")
        self.inline_label = rules.regex("inline_label")
        self.course = _courses(rules)
        self.study_title = rules.regex("study_title")
        self.study_label = rules.regex("study_label")
        self.report_label = rules.regex("report_label")
        self.headings = {
            kind: rules.regex(f"{kind}_heading") for kind in ("imaging", "diagnosis", "symptom")
        }
        self.cue_before = rules.regex("diagnosis_cue_before")
        self.cue_after = rules.regex("diagnosis_cue_after")
        self.assessment_heading = rules.regex("assessment_heading")
        self.superseded = rules.regex("superseded_before")
        self.remote = rules.regex("remote_near")
        self.repaired = rules.regex("repaired_near")
        self.resolved = rules.regex("resolved_after")
        self.percutaneous_technique = rules.regex("percutaneous_technique")
        self.resolved_column = rules.regex("resolved_column")
        self.status_column = rules.regex("status_column")
        self.resolved_status = rules.regex("resolved_status")
        self.open_cell = rules.regex("open_cell")
        self.relative_item = rules.regex("relative_item_before")
        self.abbrev_name_before = rules.regex("abbrev_in_a_name_before")
        self.abbrev_name_after = rules.regex("abbrev_in_a_name_after")
        self.abbrev_cue_before = rules.regex("abbrev_diagnosis_cue_before")
        self.abbrev_cue_after = rules.regex("abbrev_diagnosis_cue_after")
        self.abbrev_context = {
            key.removeprefix("abbrev_context_"): rules.regex(key)
            for key in rules.patterns
            if key.startswith("abbrev_context_")
        }
        self.patient_subject = rules.regex("patient_subject")
        self.patient_row = rules.regex("patient_row")
        self.radicular_resolved = rules.regex("radicular_symptoms_resolved")
        self.risk_list = rules.regex("risk_list_before")
        self.indication_heading = rules.regex("indication_heading")
        self.pain_link = rules.regex("pain_link")
        self.not_the_pain_source = rules.regex("not_the_pain_source")
        self.set_aside_weak = rules.regex("set_aside_weak")
        self.stated_likely_source = rules.regex("stated_likely_source")
        self.ruled_out_after = rules.regex("ruled_out_after")
        self.answered_no = rules.regex("answered_no_after")
        self.query_settled_no = rules.regex("query_settled_no_after")
        self.screened_negative = rules.regex("screened_negative_after")
        self.negative_result = rules.regex("negative_result_cell")
        self.complaint_label = re.compile(rules.patterns["complaint_label"][0])
        self.hip_complaint = rules.regex("hip_complaint")
        self.deformity = rules.regex("deformity_context")
        self.sites = {
            site: (rules.regex(f"{site}_site_before"), rules.regex(f"{site}_site_after"))
            for site in ("sacral", "pelvic")
        }

    # ------------------------------------------------------------ layout

    def _heading_kind(self, name: str) -> str | None:
        name = re.sub(r"\s+", " ", name).strip().lower()
        for kind, pattern in self.headings.items():
            if pattern.match(name):
                return kind
        return None

    def _heading(self, doc: Doc, span: Span) -> str | None:
        """The kind of the heading the span sits under: 'imaging', 'diagnosis',
        'symptom', 'other' (a heading of another section) or None (none found).

        Its own line's label decides first ("Dx: ...", "HPI: ..."); else the nearest
        heading line above. The sectionizer's category is not used: it misses inline
        and ampersand headings ("A&P") and lets one heading run past the next.
        """
        name = self._heading_name(doc, span)
        if name is None:
            return None
        kind = self._heading_kind(name)
        if kind:
            return kind
        return "other"

    def _heading_name(self, doc: Doc, span: Span) -> str | None:
        """The name of the label or heading the span sits under (see ``_heading``): its
        own line's label, the label that opens its paragraph ("IMAGING STUDIES: AP and
        lateral views ... The films are negative for fracture" wraps over lines), else
        the nearest heading line above; None when none is found."""
        text = text_of(doc)
        line_start, _ = line_bounds(text, span.start_char)
        label = self.inline_label.match(text[line_start : span.start_char])
        if label and self._heading_kind(label.group("name")):
            return label.group("name")
        paragraph = _paragraph_start(text, line_start)
        if paragraph < line_start:
            label = self.inline_label.match(text[paragraph:line_start])
            if label and self._heading_kind(label.group("name")):
                return label.group("name")
        for line in lines_above(text, line_start, _HEADING_LINES):
            heading = self.heading_line.match(line) if line.strip() else None
            if heading:
                name = heading.group("name").strip()
                if self._heading_kind(name):
                    return name
                if line.rstrip().endswith(":") or (name.isupper() and len(name) > 2):
                    return name
        return None

    def _under_assessment(self, doc: Doc, span: Span) -> bool:
        """Whether the span is an assessment's or impression's item (not a history's)."""
        name = self._heading_name(doc, span)
        return name is not None and bool(
            self.assessment_heading.match(re.sub(r"\s+", " ", name).strip().lower())
        )

    def _is_study_title(self, line: str) -> bool:
        """A radiology report's exam line: "XR LEFT SI JOINT, 3 VIEWS", "Exam: MRI SI
        JOINTS", "PROCEDURE: XR SI JOINTS 3V.  DATE: 04/21/2025" (labelled, or a short
        line in capitals); never a note's prose or a "MRI L-spine 3/2025: ..." summary."""
        if not self.study_title.match(line) or len(line.split()) > _TITLE_WORDS:
            return False
        if self.study_label.match(line):
            return True
        letters = [c for c in line if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7

    def _in_report(self, doc: Doc, span: Span) -> bool:
        """Whether the span sits in a radiology report's segment: an exam title line
        above it with only the report's own labels (Findings, Impression, Summary,
        Indication, ...) in between. A report filed inside a note's document, or a
        document not typed as an imaging report, still states imaging findings; its
        "Impression" is the radiologist's, not the clinician's assessment."""
        text = text_of(doc)
        line_start, _ = line_bounds(text, span.start_char)
        own = self.inline_label.match(text[line_start : span.start_char])
        if own and self._note_heading(own.group("name")):
            return False
        for line in lines_above(text, line_start, _HEADING_LINES):
            if not line.strip():
                continue
            if self._is_study_title(line):
                return True
            heading = self.heading_line.match(line)
            if heading:
                name = heading.group("name").strip()
                if self._report_label(name):
                    continue
                # A note's own heading ("ASSESSMENT", "Plan:") ends the search.
                if (
                    self._heading_kind(name)
                    or line.rstrip().endswith(":")
                    or (name.isupper() and len(name) > 2)
                ):
                    return False
                continue
            label = self.inline_label.match(line)
            if label and self._note_heading(label.group("name")):
                return False
        return False

    def _note_heading(self, name: str) -> bool:
        """A label of the note's own sections ("Assessment", "HPI"), not the report's."""
        return not self._report_label(name) and self._heading_kind(name) is not None

    def _report_label(self, name: str) -> bool:
        return bool(self.report_label.match(re.sub(r"\s+", " ", name).strip()))

    def _restates_imaging(self, doc: Doc, span: Span, heading: str | None) -> bool:
        """A study's finding restated in a note: under an imaging heading, or after a
        study label on its line ("- MRI L-spine 03/05/2026: ... stenosis")."""
        if heading == "imaging":
            return True
        text = text_of(doc)
        line_start, _ = line_bounds(text, span.start_char)
        label = self.study_line.match(text[line_start : span.start_char])
        return label is not None

    def _stated_as_diagnosis(self, doc: Doc, span: Span, heading: str | None) -> bool:
        """For symptom words ('sciatica', 'back pain'): whether the note states it as a
        diagnosis. An indication section describes the symptoms that led to a procedure
        ("a 78-year-old with back pain referring into the leg"), so there it takes a cue."""
        if heading == "diagnosis":
            name = self._heading_name(doc, span) or ""
            if not self.indication_heading.match(re.sub(r"\s+", " ", name).strip().lower()):
                return True
        text = text_of(doc)
        sentence = span.sent
        before = text[sentence.start_char : span.start_char]
        after = text[span.end_char : sentence.end_char]
        return bool(self.cue_before.search(before) or self.cue_after.search(after))

    # ------------------------------------------------------------ rules

    def _keep(self, doc: Doc, span: Span) -> bool:
        if section_role(span) is SectionRole.allergies:
            return False
        text = text_of(doc)
        line_start, line_end = line_bounds(text, span.start_char)
        after = text[span.end_char : span.end_char + 30]
        # "AS" / "RA" in a line of capitals is a word, and "RA factor" is a lab; after a
        # saturation or a blood pressure "RA" is room air or the right arm ("SpO2 94%
        # RA"), beside a chamber's words the right atrium ("RA pressure", "dilated RA").
        if span.label_ == "DIAGNOSIS_ABBREV" and (
            _all_capitals(line_of(doc, span.start_char))
            or self.not_after.match(after)
            or self.not_before.search(text[line_start : span.start_char])
        ):
            return False
        # "Referred by: Dr. Li (Valley FM)", "Lindqvist, A. (FM)": an abbreviation in a
        # practice's name or after a person's name (their specialty), never their diagnosis.
        if (
            span.label_ == "DIAGNOSIS_ABBREV"
            and self.abbrev_name_before.search(text[line_start : span.start_char])
            and self.abbrev_name_after.match(text[span.end_char : line_end])
        ):
            return False
        # "pseudo-sciatica", "sciatica-like", "tumor board", "fracture clinic".
        if self.mention_before.search(text[line_start : span.start_char]) or (
            self.mention_after.match(text[span.end_char : min(line_end, span.end_char + 40)])
        ):
            return False
        if rule_attribute(span, "generic_site") and self._site_code(doc, span) is None:
            # A wrist fracture or breast cancer is not a pelvic/sacral exclusion (unless
            # its site is named: "metastases from breast cancer to the sacrum").
            sentence = span.sent
            lo = max(sentence.start_char, span.start_char - _SITE_WINDOW)
            hi = min(sentence.end_char, span.end_char + _SITE_WINDOW)
            if self.outside_pelvis.search(text[lo:hi]):
                return False
        if rule_attribute(span, "needs_deformity"):
            sentence = span.sent
            lo = min(sentence.start_char, max(0, span.start_char - _DEFORMITY_WINDOW))
            hi = max(sentence.end_char, min(len(text), span.end_char + _DEFORMITY_WINDOW))
            if not self.deformity.search(text[lo:hi]):
                return False
        heading = self._heading(doc, span)
        if rule_attribute(span, "ambiguous_abbrev") and not self._abbrev_as_diagnosis(
            doc, span, heading
        ):
            # "FM Blue Team", "Location: FM", "Beneficiary: FM 20": a clinic, a field value.
            return False
        if span.label_ != "DIAGNOSIS_CODE" and (
            self._restates_imaging(doc, span, heading) or self._in_report(doc, span)
        ):
            return False
        if rule_attribute(span, "assessment_only") and not (
            self._under_assessment(doc, span) or self._stated_as_diagnosis(doc, span, None)
        ):
            # "Left hip avascular necrosis" as the assessment names the pain's source;
            # in a history or a film's findings it is a condition, not an attribution.
            return False
        if rule_attribute(span, "hip_source") and not self._hip_is_the_complaint(doc, span):
            # "Moderate right hip osteoarthritis" listed beside SI joint dysfunction is a
            # comorbidity; it names the pain's source when its item speaks of the pain
            # ("hip osteoarthritic pain", "..., symptomatic") or the hip is the complaint.
            return False
        # A symptom word is a diagnosis only where the note states one.
        return not rule_attribute(span, "symptom") or self._stated_as_diagnosis(doc, span, heading)

    def _abbrev_as_diagnosis(self, doc: Doc, span: Span, heading: str | None) -> bool:
        """For an abbreviation as often a clinic, a team or a field value as a diagnosis
        ("FM": family medicine, family member): it names the condition only in a
        diagnostic context: under a diagnosis heading or label ("PMH: HTN, FM"), after a
        cue ("hx of FM", "known FM", "[x] FM"), before one ("FM (fibromyalgia)", "FM dx",
        "FM flare"), beside another diagnosis in its clause, or with the condition's own
        words in its clause ("FM per rheumatology", "ACR FM criteria")."""
        if heading == "diagnosis":
            return True
        # Cues on its own line only: a form's column header above ("DATE  SYMPTOMS,
        # DIAGNOSIS, TREATMENT") is no cue for the entry below it.
        text = text_of(doc)
        line_start, line_end = line_bounds(text, span.start_char)
        before = text[max(line_start, span.sent.start_char) : span.start_char]
        after = text[span.end_char : line_end]
        if self.cue_before.search(before) or self.abbrev_cue_before.search(before):
            return True
        if self.cue_after.match(after) or self.abbrev_cue_after.match(after):
            return True
        lo, hi = min(line_start, span.sent.start_char), max(line_end, span.sent.end_char)
        item_start, item_end = _own_item_bounds(text, span.start_char, lo, hi)
        words = self.abbrev_context.get(str(rule_attribute(span, "code", "")))
        if words is not None and words.search(text, item_start, item_end):
            return True
        others = targets_in_chars(doc, {"DIAGNOSIS", "DIAGNOSIS_CODE"}, item_start, item_end)
        return any(other.start_char != span.start_char for other in others)

    def _hip_is_the_complaint(self, doc: Doc, span: Span) -> bool:
        text = text_of(doc)
        line_start, line_end = line_bounds(text, span.start_char)
        lo, hi = max(line_start, span.sent.start_char), max(line_end, span.sent.end_char)
        own = _own_item(text, span.start_char, lo, hi)
        if self.not_the_pain_source.search(own):
            return False  # "hip OA, felt to be a less likely pain generator": ruled out
        if self.set_aside_weak.search(own) and not self.stated_likely_source.search(own):
            return False  # "R hip OA with some groin pain, less likely"
        # The item's own words: in "R SI joint pain, chronic; R hip OA" the pain is
        # the SI joint's, not the hip's.
        if self.pain_link.search(own):
            return True
        complaint = self.complaint_label.search(text)
        return complaint is not None and bool(self.hip_complaint.search(complaint["value"]))

    def _told_as_past_or_risk(self, doc: Doc, span: Span, code: str, context: Context) -> Context:
        """Mentions that are not a current diagnosis, whatever ConText saw: an
        impression later superseded ("was initially thought to have radiculopathy"),
        one stated resolved ("lumbosacral strain - objectively resolved"), a remote or
        repaired event ("leg fracture at age 16", "surgery to repair a pelvic
        fracture"; a chronic condition diagnosed long ago stays current), and an item of
        a consent's risk list ("risks including infection and fracture")."""
        text = text_of(doc)
        sentence = span.sent
        before = text[sentence.start_char : span.start_char]
        after = text[span.end_char : sentence.end_char]
        # The mention's own clause: "remote history of osteomyelitis; SI joint
        # dysfunction" dates the osteomyelitis only.
        lead = text[max(sentence.start_char, span.start_char - _EVENT_WINDOW) : span.start_char]
        tail = text[span.end_char : min(sentence.end_char, span.end_char + _EVENT_WINDOW)]
        near = lead.split(";")[-1] + text[span.start_char : span.end_char] + tail.split(";")[0]
        past = bool(self.superseded.search(before) or self.resolved.match(after))
        if self.course.get(code, "condition") != "chronic":
            past = past or bool(self.remote.search(near) or self.repaired.search(near))
        if past and not context.historical:
            context = context.model_copy(update={"historical": True})
        line_start, _ = line_bounds(text, span.start_char)
        item = text[
            max(_paragraph_start(text, line_start), span.start_char - 400) : span.start_char
        ]
        if self.risk_list.search(item) and not context.hypothetical:
            context = context.model_copy(update={"hypothetical": True})
        return context

    def _resolved_row(self, doc: Doc, span: Span) -> bool:
        """Whether the mention's row in a problem list says the problem is over: a date
        (or "yes") under a Resolved / End column, or Resolved / Inactive under a Status
        column ("Lumbar radiculopathy | 06/14/2019 | 01/20/2020" under "Problem | Noted
        | Resolved"). The header is the nearest row above that names such a column."""
        found = row_at(doc, span.start_char)
        if found is None:
            return False
        table, row = found
        own = row.index_at(span.start_char)
        for header in table.rows_above(row):
            columns = [
                (index, self.resolved_column.match(cell.text) is not None)
                for index, cell in enumerate(header.cells)
                if index != own
                and (self.resolved_column.match(cell.text) or self.status_column.match(cell.text))
            ]
            if not columns:
                continue
            for index, by_date in columns:
                cell = row.cell(index)
                value = cell.text.strip() if cell is not None else ""
                if not value or self.open_cell.match(value):
                    continue
                if by_date or self.resolved_status.match(value):
                    return True
            return False
        return False

    def _relative_item(self, doc: Doc, span: Span) -> bool:
        """Whether the mention is a relative's item in a family list, under whatever
        heading: "FHx: Mother - RA", "Father | AS", "mom w/ FM, HTN", a dash item
        wrapped onto the next line ("Mother\\n- RA"). ConText misses the wrapped and
        tabular forms, where the relative and the condition fall in different
        sentences. The patient named in between ("Mother - DM2, she has FM") ends it."""
        text = text_of(doc)
        lo = max(0, span.start_char - _RELATIVE_WINDOW)
        before = text[lo : span.start_char]
        before = before[max(before.rfind("\n\n"), before.rfind("."), before.rfind(";")) + 1 :]
        before = before.replace("\n", " ")
        match = self.relative_item.search(before)
        return match is not None and not self.patient_subject.search(before[match.start() :])

    def _patients_row(self, doc: Doc, span: Span) -> bool:
        """Whether the mention's row in a family-history table names the patient as the
        one who has it ("Rheumatoid arthritis | Self | 2019"): the section is about
        relatives, that row is not."""
        found = row_at(doc, span.start_char)
        if found is None:
            return False
        _table, row = found
        own = row.index_at(span.start_char)
        return any(
            self.patient_row.fullmatch(cell.text.strip())
            for index, cell in enumerate(row.cells)
            if index != own
        )

    def _answered_no(self, doc: Doc, span: Span) -> bool:
        """Whether the mention is a question its own line answers no: "Fibromyalgia? -
        no", "FM? No.", "compression fx? -> unlikely", "Sacroiliitis - negative". The
        sentencizer ends a sentence at the '?', so the line is read, not the sentence."""
        text = text_of(doc)
        _line_start, line_end = line_bounds(text, span.start_char)
        return self.answered_no.match(text[span.end_char : line_end]) is not None

    def _screened_negative(self, doc: Doc, span: Span) -> bool:
        """Whether the mention names a screen or a criteria set that its own row or line
        scores negative: "ACR 2016 FM (WPI / SSS) | 1 / 4 | criteria not met",
        "Fibromyalgia (2016 ACR) | WPI 3, SSS 2 | negative", "FM criteria (ACR 2016):
        not met". A row read positive ("criteria met") keeps the mention affirmed."""
        found = row_at(doc, span.start_char)
        if found is not None:
            _table, row = found
            own = row.index_at(span.start_char)
            if own == 0:
                return any(self.negative_result.match(cell.text.strip()) for cell in row.cells[1:])
        text = text_of(doc)
        _line_start, line_end = line_bounds(text, span.start_char)
        return self.screened_negative.match(text[span.end_char : line_end]) is not None

    def _site_code(self, doc: Doc, span: Span) -> str | None:
        """The more specific code the mention's site names, if its rule has one."""
        site_codes = rule_attribute(span, "site_codes") or {}
        if not isinstance(site_codes, dict):
            return None
        text = text_of(doc)
        line_start, line_end = line_bounds(text, span.start_char)
        before = text[max(line_start, span.start_char - _SITE_WINDOW) : span.start_char]
        after = text[span.end_char : min(line_end, span.end_char + _SITE_WINDOW)]
        for site, specific in site_codes.items():
            site_before, site_after = self.sites[site]
            if site_before.search(before) or site_after.match(after):
                return str(specific)
        return None

    def _still_current(self, doc: Doc, span: Span, code: str) -> bool:
        """Whether a diagnosis ConText reads as past is still the patient's (see the
        module docstring): chronic, or a condition listed as a past/standing problem or,
        as "history of", an item of the assessment ("IMPRESSION: 5. History of right SI
        joint dysfunction" is a problem the clinician still lists; "status post
        orchiectomy for testicular cancer" is a treated one)."""
        course = self.course.get(code, "condition")
        if course == "chronic":
            return True
        return course == "condition" and (
            section_role(span) is SectionRole.past_history
            or (self._under_assessment(doc, span) and _history_of(span))
        )

    def _code(self, doc: Doc, span: Span) -> str:
        """The rule's code, or the more specific one the mention's site names."""
        return self._site_code(doc, span) or str(rule_attribute(span, "code"))

    def extract(self, doc: Doc) -> list[Diagnosis]:
        facts: list[Diagnosis] = []
        if source(doc).document.type == DocumentType.imaging_report:
            # A radiology report states findings (the imaging family reads them); the
            # diagnoses are the clinicians' in the notes and the request.
            return facts
        spans = [
            span
            for span in targets(doc, {"DIAGNOSIS", "DIAGNOSIS_ABBREV", "DIAGNOSIS_CODE"})
            if self._keep(doc, span)
        ]
        techniques = [s for s in spans if rule_attribute(s, "code") == _TECHNIQUE_NAMED]
        spans = [s for s in spans if rule_attribute(s, "code") != _TECHNIQUE_NAMED]
        # A condition the document states resolved is resolved wherever it names it;
        # so is a radiculopathy whose leg symptoms it states resolved ("leg pain
        # resolved", "no leg symptoms since").
        resolved = {
            self._code(doc, span)
            for span in spans
            if self.resolved.match(text_of(doc)[span.end_char : span.sent.end_char])
        }
        if self.radicular_resolved.search(text_of(doc)):
            resolved.add("radiculopathy")
        for span in spans:
            code = self._code(doc, span)
            context = context_of(span)
            if context.historical and self._still_current(doc, span, code):
                context = context.model_copy(update={"historical": False})
            context = self._told_as_past_or_risk(doc, span, code, context)
            if code in resolved and not context.historical:
                context = context.model_copy(update={"historical": True})
            if not context.historical and self._resolved_row(doc, span):
                context = context.model_copy(update={"historical": True})
            if not context.family and self._relative_item(doc, span):
                context = context.model_copy(update={"family": True})
            elif context.family and self._patients_row(doc, span):
                context = context.model_copy(update={"family": False})
            context = _as_the_form_answers(doc, span, context)
            if not context.negated and (
                self.ruled_out_after.match(text_of(doc)[span.end_char : span.sent.end_char])
                or self._answered_no(doc, span)
                or self._screened_negative(doc, span)
            ):
                # "FM considered, not diagnosed", "sacral fracture ruled out",
                # "# Fibromyalgia? - no; pain is focal", "ACR FM criteria | not met"
                context = context.model_copy(update={"negated": True})
            facts.append(
                Diagnosis(
                    code=code,
                    date=document_date(doc),
                    context=context,
                    evidence=(span_evidence(span),),
                )
            )
        facts = self._queries_settled_no(doc, spans, facts)
        return self._with_fusion_technique(doc, techniques, facts)

    def _with_fusion_technique(
        self, doc: Doc, techniques: list[Span], facts: list[Diagnosis]
    ) -> list[Diagnosis]:
        """A failed SIJ fusion is the policy's indication only as a failed *percutaneous*
        fusion: "M96.0", "failed SI joint fusion" or "implant loosening" say nothing of
        the first operation's technique. The failure counts as percutaneous when its own
        words name the technique or the document affirms that the prior fusion was
        percutaneous / minimally invasive ("s/p L percutaneous SIJ fusion 2024", "iFuse");
        an unticked form box or a denied technique is no such statement. Otherwise it
        stays a failed fusion of unknown technique, which the policy cannot count."""
        affirmed = any(_affirmed(_as_the_form_answers(doc, s, context_of(s))) for s in techniques)
        named = self.percutaneous_technique
        return [
            fact.model_copy(update={"code": "failed_percutaneous_fusion"})
            if fact.code == "failed_sij_fusion"
            and (affirmed or any(named.search(e.text) for e in fact.evidence))
            else fact
            for fact in facts
        ]

    def _queries_settled_no(
        self, doc: Doc, spans: list[Span], facts: list[Diagnosis]
    ) -> list[Diagnosis]:
        """A queried condition the same sentence or line goes on to exclude is denied:
        "a locum queried fibromyalgia but rheumatology felt this was not fibromyalgia",
        "?FM | Rheumatology: not FM, discharged", "told ?AS 2023 - rheum said no",
        "possible PsA, excluded by rheumatology". Only a question is settled so (the
        mention suspected or hypothetical), by a later denial of the same code or a
        clinician's answer no; a condition stated as present is left alone."""
        text = text_of(doc)
        settled: list[Diagnosis] = []
        for index, (span, fact) in enumerate(zip(spans, facts, strict=True)):
            c = fact.context
            if c.negated or c.family or not (c.uncertain or c.hypothetical):
                settled.append(fact)
                continue
            _line_start, line_end = line_bounds(text, span.start_char)
            end = max(line_end, span.sent.end_char)
            denied_later = any(
                other.code == fact.code
                and other.context.negated
                and not other.context.family
                and span.end_char <= later.start_char < end
                for later, other in zip(spans[index + 1 :], facts[index + 1 :], strict=True)
            )
            if denied_later or self.query_settled_no.search(text[span.end_char : end]):
                fact = fact.model_copy(update={"context": c.model_copy(update={"negated": True})})
            settled.append(fact)
        return settled


_TECHNIQUE_NAMED = "percutaneous_sij_fusion"
"""The code of a mention that names a percutaneous SIJ fusion ("s/p MIS SIJ fusion"):
never a diagnosis of its own, only what tells a failed fusion's technique."""


def _affirmed(context: Context) -> bool:
    """Stated as done to the patient: not denied, asked, planned or a relative's."""
    return not (context.negated or context.hypothetical or context.uncertain or context.family)


_FORM_CONTEXT = {
    FormAnswer.no: {"negated": True},
    FormAnswer.open: {"hypothetical": True},
    FormAnswer.family: {"family": True},
}
"""How a form's answer changes a listed diagnosis (``extractors.forms``): answered no
is denied; unticked, unanswered or only screened is a question, not a finding; a row
naming a relative is family history. Ticked or answered yes keeps ConText's reading."""


_GLOSS_WORDS = re.compile(r"[\w'/-]+\s+")
_GLOSSED = re.compile(r"\(\s*$")


def _form_answer(text: str, start: int, end: int) -> FormAnswer | None:
    """The form's answer for text[start:end]; an abbreviation glossing its item
    ("[ ] arthritis of the spine (AS)") takes the answer of the words it glosses."""
    answer = form_reader().answer(text, start, end)
    if answer is not None or not _GLOSSED.search(text[max(0, start - 3) : start]):
        return answer
    line_start, _ = line_bounds(text, start)
    gloss_end = text.rindex("(", line_start, start)
    words = list(_GLOSS_WORDS.finditer(text, max(line_start, gloss_end - 60), gloss_end))
    for word in reversed(words[-5:]):
        answer = form_reader().answer(text, word.start(), gloss_end)
        if answer is not None:
            return answer
    return None


def _as_the_form_answers(doc: Doc, span: Span, context: Context) -> Context:
    """The context once the form listing the diagnosis, if any, is read."""
    answer = _form_answer(text_of(doc), span.start_char, span.end_char)
    update = _FORM_CONTEXT.get(answer) if answer else None
    return context.model_copy(update=update) if update else context


_HISTORY_OF = re.compile(r"^(?:(?:a|any|past|prior)\s+)?(?:history|h/o|hx)\b", re.IGNORECASE)


def _history_of(span: Span) -> bool:
    """Whether ConText read the span as past because of a "history of" cue."""
    doc = span.doc
    for modifier in getattr(span._, "modifiers", ()):
        if modifier.category.upper() == "HISTORICAL":
            start, end = modifier.modifier_span
            if _HISTORY_OF.match(doc[start:end].text):
                return True
    return False


_ITEM_BREAK = re.compile(r"[;.](?:\s|$)|\s\d{1,2}[.)]\s")


def _own_item(text: str, offset: int, lo: int, hi: int) -> str:
    """The list item or clause of text[lo:hi] holding ``offset``: "2. R hip OA - a less
    likely pain generator" and not the "3. Incidental renal cyst" after it."""
    start, end = _own_item_bounds(text, offset, lo, hi)
    return text[start:end]


def _own_item_bounds(text: str, offset: int, lo: int, hi: int) -> tuple[int, int]:
    """Where the item of ``_own_item`` starts and ends."""
    before = [m.end() for m in _ITEM_BREAK.finditer(text, lo, offset)]
    after = _ITEM_BREAK.search(text, offset, hi)
    return (before[-1] if before else lo, after.start() if after else hi)


def _paragraph_start(text: str, line_start: int) -> int:
    """Where the paragraph holding the line at ``line_start`` begins (after a blank line)."""
    cursor = line_start
    while cursor > 0:
        previous_start, _ = line_bounds(text, cursor - 1)
        if not text[previous_start : cursor - 1].strip():
            return cursor
        cursor = previous_start
    return 0


_COURSES = frozenset({"chronic", "condition", "event"})


def _courses(rules: FamilyRules) -> dict[str, str]:
    """The course of each code named in the rules (validated: known codes and courses)."""
    courses = dict(rules.vocab.get("course", {}))
    codes = set(get_args(DiagnosisCode))
    unknown = {c for c in courses if c not in codes}
    unknown |= {v for v in courses.values() if v not in _COURSES}
    if unknown:
        raise ValueError(f"diagnoses.json vocab.course: unknown codes or courses {sorted(unknown)}")
    return courses


def _all_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


@Language.factory("authreview_diagnoses")
def make_component(nlp: Language, name: str) -> DiagnosisExtractor:
    """Diagnoses with ConText status, per docs/facts.md."""
    return DiagnosisExtractor(load_family_rules("diagnoses"))
