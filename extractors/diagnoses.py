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
IMAGING heading) is left to the imaging family. Words that name a symptom as often as
a diagnosis ("sciatica") count only where the note states a diagnosis (an assessment
or diagnosis heading or label, "diagnosed with", "sciatica due to an L5-S1 disc");
in a history of present illness they describe the pain, which the pain family reads.
A generic term takes the more specific code its site names ("lytic lesion of the
sacral ala" is a sacral tumour, "fractures of pelvis" a pelvic ring fracture), and a
pelvic-fixation construct is a deformity-fusion indication only beside a deformity.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    add_facts,
    context_of,
    document_date,
    line_bounds,
    line_of,
    rule_attribute,
    source,
    span_evidence,
    targets,
    text_of,
)
from extractors.rules import FamilyRules, load_family_rules
from pipeline.models import Diagnosis, DocumentType

_SITE_WINDOW = 60
_DEFORMITY_WINDOW = 150
_HEADING_LINES = 40
_SKIPPED_SECTIONS = frozenset({"allergies"})


class DiagnosisExtractor:
    """The spaCy component: one Diagnosis per mention, deduplicated by assembly."""

    def __init__(self, rules: FamilyRules) -> None:
        self.rules = rules
        self.not_after = rules.regex("not_a_diagnosis_after")
        self.outside_pelvis = rules.regex("outside_pelvis")
        self.mention_before = rules.regex("not_a_mention_before")
        self.mention_after = rules.regex("not_a_mention_after")
        self.study_line = rules.regex("study_line")
        self.heading_line = rules.regex("heading_line")
        self.inline_label = rules.regex("inline_label")
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
        cursor = line_start - 1
        for _ in range(_HEADING_LINES):
            if cursor < 0:
                return None
            start, end = line_bounds(text, cursor)
            line = text[start:end]
            heading = self.heading_line.match(line) if line.strip() else None
            if heading:
                kind = self._heading_kind(heading.group("name"))
                if kind:
                    return kind
                name = heading.group("name").strip()
                if line.rstrip().endswith(":") or (name.isupper() and len(name) > 2):
                    return "other"
            cursor = start - 1
        return None

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
        if getattr(span._, "section_category", None) in _SKIPPED_SECTIONS:
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
        if span.label_ != "DIAGNOSIS_CODE" and self._restates_imaging(doc, span, heading):
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

    def _code(self, doc: Doc, span: Span) -> str:
        """The rule's code, or the more specific one the mention's site names."""
        return self._site_code(doc, span) or str(rule_attribute(span, "code"))

    def __call__(self, doc: Doc) -> Doc:
        facts = []
        if source(doc).document.type == DocumentType.imaging_report:
            # A radiology report states findings (the imaging family reads them); the
            # diagnoses are the clinicians' in the notes and the request.
            add_facts(doc, facts)
            return doc
        for span in targets(doc, {"DIAGNOSIS", "DIAGNOSIS_ABBREV", "DIAGNOSIS_CODE"}):
            if not self._keep(doc, span):
                continue
            facts.append(
                Diagnosis(
                    code=self._code(doc, span),
                    date=document_date(doc),
                    context=context_of(span),
                    evidence=(span_evidence(span),),
                )
            )
        add_facts(doc, facts)
        return doc


def _all_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


@Language.factory("authreview_diagnoses")
def make_component(nlp: Language, name: str) -> DiagnosisExtractor:
    """Diagnoses with ConText status, per docs/facts.md."""
    return DiagnosisExtractor(load_family_rules("diagnoses"))
