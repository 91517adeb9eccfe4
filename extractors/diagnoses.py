"""Extractor family 'diagnoses': diagnoses and indications, with their ConText status.

The policy excludes systemic arthropathies, generalized pain disorders, infection,
tumour, fracture, acute instability and neural compression; it accepts open fusion
only for some indications (pelvic ring fracture, SIJ infection, sacral tumour, failed
percutaneous fusion, multisegmental deformity fusion). ``resources/diagnoses.json``
maps names, synonyms, abbreviations (AS, RA, PsA, FM) and ICD-10 codes to
``models.DiagnosisCode``; this component adds each mention's ConText (negated, family,
hypothetical, historical) so only affirmed, current diagnoses count downstream.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.base import (
    add_facts,
    context_of,
    document_date,
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
_SKIPPED_SECTIONS = frozenset({"allergies"})


class DiagnosisExtractor:
    """The spaCy component: one Diagnosis per mention, deduplicated by assembly."""

    def __init__(self, rules: FamilyRules) -> None:
        self.rules = rules
        self.not_after = rules.regex("not_a_diagnosis_after")
        self.outside_pelvis = rules.regex("outside_pelvis")

    def _keep(self, doc: Doc, span: Span) -> bool:
        if getattr(span._, "section_category", None) in _SKIPPED_SECTIONS:
            return False
        after = text_of(doc)[span.end_char : span.end_char + 30]
        # "AS" / "RA" in a line of capitals is a word, and "RA factor" is a lab.
        if span.label_ == "DIAGNOSIS_ABBREV" and (
            _all_capitals(line_of(doc, span.start_char)) or self.not_after.match(after)
        ):
            return False
        if rule_attribute(span, "generic_site"):
            # A wrist fracture or breast cancer is not a pelvic/sacral exclusion.
            sentence = span.sent
            lo = max(sentence.start_char, span.start_char - _SITE_WINDOW)
            hi = min(sentence.end_char, span.end_char + _SITE_WINDOW)
            if self.outside_pelvis.search(text_of(doc)[lo:hi]):
                return False
        return True

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
                    code=str(rule_attribute(span, "code")),
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
