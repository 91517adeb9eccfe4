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
    text_of,
)
from extractors.rules import FamilyRules, load_family_rules
from pipeline.models import Diagnosis, DiagnosisCode, DocumentType
from pipeline.section_rules import SectionRole, section_role

_SITE_WINDOW = 60
_DEFORMITY_WINDOW = 150
_HEADING_LINES = 40
_TITLE_WORDS = 14


class DiagnosisExtractor(FamilyExtractor):
    """The spaCy component: one Diagnosis per mention, deduplicated by assembly."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.not_after = rules.regex("not_a_diagnosis_after")
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
        text = text_of(doc)
        line_start, _ = line_bounds(text, span.start_char)
        label = self.inline_label.match(text[line_start : span.start_char])
        if label:
            kind = self._heading_kind(label.group("name"))
            if kind:
                return kind
        for line in lines_above(text, line_start, _HEADING_LINES):
            heading = self.heading_line.match(line) if line.strip() else None
            if heading:
                kind = self._heading_kind(heading.group("name"))
                if kind:
                    return kind
                name = heading.group("name").strip()
                if line.rstrip().endswith(":") or (name.isupper() and len(name) > 2):
                    return "other"
        return None

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
        """For symptom words ('sciatica'): whether the note states it as a diagnosis."""
        if heading == "diagnosis":
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
        # "AS" / "RA" in a line of capitals is a word, and "RA factor" is a lab.
        if span.label_ == "DIAGNOSIS_ABBREV" and (
            _all_capitals(line_of(doc, span.start_char)) or self.not_after.match(after)
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
        if span.label_ != "DIAGNOSIS_CODE" and (
            self._restates_imaging(doc, span, heading) or self._in_report(doc, span)
        ):
            return False
        # A symptom word is a diagnosis only where the note states one.
        return not rule_attribute(span, "symptom") or self._stated_as_diagnosis(doc, span, heading)

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

    def _still_current(self, span: Span, code: str) -> bool:
        """Whether a diagnosis ConText reads as past is still the patient's (see the
        module docstring): chronic, or a condition listed as a past/standing problem."""
        course = self.course.get(code, "condition")
        if course == "chronic":
            return True
        return course == "condition" and section_role(span) is SectionRole.past_history

    def _code(self, doc: Doc, span: Span) -> str:
        """The rule's code, or the more specific one the mention's site names."""
        return self._site_code(doc, span) or str(rule_attribute(span, "code"))

    def extract(self, doc: Doc) -> list[Diagnosis]:
        facts: list[Diagnosis] = []
        if source(doc).document.type == DocumentType.imaging_report:
            # A radiology report states findings (the imaging family reads them); the
            # diagnoses are the clinicians' in the notes and the request.
            return facts
        for span in targets(doc, {"DIAGNOSIS", "DIAGNOSIS_ABBREV", "DIAGNOSIS_CODE"}):
            if not self._keep(doc, span):
                continue
            code = self._code(doc, span)
            context = context_of(span)
            if context.historical and self._still_current(span, code):
                context = context.model_copy(update={"historical": False})
            facts.append(
                Diagnosis(
                    code=code,
                    date=document_date(doc),
                    context=context,
                    evidence=(span_evidence(span),),
                )
            )
        return facts


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
