"""How an injection was done and with what: guidance, contrast, anesthetic, steroid and
the stated purpose, each read only where it is affirmed for this injection."""

import re

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    evidence_for,
    line_bounds,
    negation_gaps,
    search_any,
    sentence_or_row,
    spans_of,
    text_of,
    truly_negated,
)
from extractors.injections.common import ATTRIBUTE_CATEGORIES, Region
from extractors.lexicon import fragment
from pipeline.models import Evidence
from pipeline.section_rules import SectionRole, section_role

_PURPOSE_NOUN_AFTER = re.compile(
    rf"(?:[\s,/-]+(?:SI|SIJ|sacroiliac|joint|{fragment('sides.right_left')}|intra-?articular|facet|hip)"
    r"\b\.?){0,4}"
    r"[\s,/-]+(?:injections?|inj|blocks?)\b",
    re.IGNORECASE,
)
_PURPOSE_LINE = r"\b(?:injections?|inj|blocks?|procedure|indication|purpose)\b"


class ValueReader(RuleReader):
    """Technique, injectate and purpose inside an injection's region."""

    def read(self, doc: Doc, region: Region) -> tuple[dict, list[Evidence]]:
        """Technique, injectate and purpose inside the region."""
        spans = [
            s
            for s in spans_of(doc, ATTRIBUTE_CATEGORIES)
            if region.contains(s.start_char, s.end_char) and not self.in_consent(s)
        ]
        values: dict = {}
        evidence: list[Evidence] = []

        def cite(span: Span) -> None:
            evidence.append(
                evidence_for(doc, span.start_char, span.end_char, self.index.rule_id(span))
            )

        guidance = [s for s in spans if s.label_ == "INJ_GUIDANCE" and self.affirmed(s)]
        if guidance:
            values["guidance"] = self.index.attribute(guidance[0], "guidance")
            cite(guidance[0])
        contrast_yes = [
            s
            for s in spans
            if s.label_ == "INJ_CONTRAST"
            and not self.in_allergy(doc, s)
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
            if s.label_ == "INJ_CONTRAST" and truly_negated(s) and not self.in_allergy(doc, s)
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
            if s.label_ == "INJ_ANESTHETIC" and self.affirmed(s) and not self.skin_only(doc, s)
        ]
        if anesthetics:
            values["anesthetic"] = self.index.attribute(anesthetics[0], "anesthetic")
            cite(anesthetics[0])
        steroids = [
            s
            for s in spans
            if s.label_ == "INJ_STEROID"
            and (self.affirmed(s) or self._outcome_denied(doc, s))
            and not self.in_allergy(doc, s)
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
        return values, evidence

    def affirmed(self, span: Span) -> bool:
        if self.index.attribute(span, "ignore_negation", False):
            return True
        # 'no vascular uptake, injected 1.5 mL lidocaine' (a scan read the stop as a
        # comma): a cue before a clause that says the drug was injected denies the
        # clause before it, not the drug
        gaps = negation_gaps(span)
        return not any(search_any(self.p["injected_clause"], gap) is None for gap in gaps)

    def _outcome_denied(self, doc: Doc, span: Span) -> bool:
        """A steroid naming the benefit it gave ('No durable steroid benefit', 'no lasting
        cortisone effect'): the cue denies the benefit, not that the steroid was given."""
        after = text_of(doc)[span.end_char : span.end_char + 40]
        return search_any(self.p["steroid_outcome_after"], after) is not None

    def in_consent(self, span: Span) -> bool:
        """A drug or contrast named in a consent / risk sentence is one that could be used
        ('reactions to ... contrast agents, anesthetics and corticosteroids'), not the
        injectate. The sentence must say so itself: a CONSENT section runs on until the
        next known heading, over the technique written under an unknown one."""
        if section_role(span) is not SectionRole.consent_risks:
            return False
        start, end = sentence_or_row(span)
        return search_any(self.p["risk_words"], text_of(span.doc)[start:end]) is not None

    def in_allergy(self, doc: Doc, span: Span) -> bool:
        start, end = sentence_or_row(span)
        return search_any(self.p["allergy"], text_of(doc)[start:end]) is not None

    def skin_only(self, doc: Doc, span: Span) -> bool:
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
