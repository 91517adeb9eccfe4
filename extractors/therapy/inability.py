"""Why a therapy stopped: physical reasons (contraindication, increased pain,
intolerance) or not (noncompliance, inconvenience)."""

import datetime as dt
import re

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    document_of,
    evidence_for,
    finditer_all,
    lines,
    merged_context,
    search_any,
    spans_of,
    text_of,
)
from extractors.rules import FamilyRules
from extractors.therapy.common import (
    CATEGORIES,
    INABILITY_ORDER,
)
from extractors.therapy.mentions import TherapyMentions
from pipeline.models import ACTIVE_MODALITIES, DocumentType, TherapyInability

_NEGATION_REACH = 60
"""Characters before a reason read for a negation ("no", "not limited by pain or")."""
_TALLY_REACH = 40
NOT_PHYSICAL = ("inconvenience", "noncompliance")
"""Reasons that never count (CONTRACT section 4); a payer's limit is neither of them."""


class TherapyInabilities(RuleReader):
    """Therapy inabilities of one document."""

    def __init__(self, rules: FamilyRules, mentions: TherapyMentions) -> None:
        super().__init__(rules)
        self.mentions = mentions

    def read(
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
            m for m in spans_of(doc, CATEGORIES) if self.mentions.modality(m) in ACTIVE_MODALITIES
        ]
        fallback = note_mentions[:1] if document_of(doc).type is DocumentType.pt_note else []
        labelled: list[tuple[int, int]] = []
        for l_start, l_end in lines(text):
            label = search_any(self.p["stop_label"], text[l_start:l_end])
            if label is None:
                continue
            labelled.append((l_start, l_end))
            stated = text[l_start + label.end() : l_end]
            if search_any(self.p["label_course_completed"], stated) and not search_any(
                self.p["label_stated_cause"], stated
            ):
                continue  # 'goals met; pain increased only with long sitting'
            found = self._reason(text, l_start + label.end(), l_end, "label_reason")
            own = [m for m in mentions if l_start <= m.start_char < l_end]
            before = [m for m in mentions if m.end_char <= l_start][-1:]
            candidates = own or self._borrowed(fallback or before, stated)
            if found and candidates:
                facts.append(self._inability(doc, found, candidates, reference))
        previous: list[Span] = []
        for sent in doc.sents:
            key = (sent.start_char, sent.end_char)
            own = [m for m in mentions if key[0] <= m.start_char < key[1]]
            candidates = own or self._borrowed(previous or fallback, text[key[0] : key[1]])
            found = self._reason(text, key[0], key[1], "inability")
            in_label = found is not None and any(a <= found[1] < b for a, b in labelled)
            if found and self._of_another_activity(doc, found[1]):
                found = None
            if found and candidates and not in_label:
                facts.append(self._inability(doc, found, candidates, reference))
            previous = own
        return facts

    def _of_another_activity(self, doc: Doc, start: int) -> bool:
        """A reason whose stop names its own object, and no therapy in it, is about that
        activity ('stopped her community yoga class because the schedule conflicted',
        'quit the gym when her hours changed'): no therapy takes it, neither one named
        before nor one named beside it. 'Stopped it', 'stopped the sessions', 'stopped
        because of ...' still refer back to the therapy."""
        text = text_of(doc)
        found = search_any(self.p["stop_of_another_activity"], text[start : start + 80])
        if found is None:
            return False
        a, b = start + found.start("object"), start + found.end("object")
        return not any(a <= m.start_char < b for m in spans_of(doc, CATEGORIES))

    def _borrowed(self, candidates: list[Span], statement: str) -> list[Span]:
        """The therapies a reason naming none may borrow from the sentence before or
        the therapy note: none where it speaks of a medication or its side effects
        ("GI intolerance to her new medication" in a PT note is no PT intolerance)."""
        return [] if search_any(self.p["medication_effect"], statement) else candidates

    def _reason(self, text: str, start: int, end: int, prefix: str) -> tuple[str, int, int] | None:
        """The first reason, in INABILITY_ORDER, that the patterns ``<prefix>_<reason>``
        find in text[start:end] and no negation ('no increase in pain') denies."""
        window = text[start:end]
        for reason in INABILITY_ORDER:
            for match in finditer_all(self.p[f"{prefix}_{reason}"], window):
                before = window[max(0, match.start() - _NEGATION_REACH) : match.start()]
                if search_any(self.p["inability_negator"], before):
                    continue
                if search_any(self.p["noun_reason"], match.group(0)) and search_any(
                    self.p["list_negator"], before
                ):
                    continue  # "not limited by pain or intolerance", "no pain, intolerance"
                if search_any(self.p["stopped_something_else"], match.group(0)):
                    continue  # 'stopped working because her pain increased'
                if reason == "noncompliance" and self._missed_within_course(window, match):
                    continue
                if reason in NOT_PHYSICAL and self._payer_limit(window, match):
                    continue
                return reason, start + match.start(), start + match.end()
        return None

    def _payer_limit(self, window: str, match: re.Match[str]) -> bool:
        """Whether the words that give a non-physical reason are a payer's limit ('PT
        benefit limit reached', 'insurance would not authorize more visits', 'the
        authorized visits were used'): the payer ended the course, which is neither the
        patient's inconvenience nor noncompliance (CONTRACT section 4) but simply the
        course's end, dated by the course's own dates."""
        return any(
            found.start() <= match.end() - 1 < found.end()
            for found in finditer_all(self.p["payer_limit"], window)
        )

    def _missed_within_course(self, window: str, match: re.Match[str]) -> bool:
        """A record's attendance tally ('Cancel/no-show: 1 / 0') or one missed visit the
        course went on after ('no-showed 3/4, rescheduled') is no stopping of the course
        for noncompliance."""
        around = window[max(0, match.start() - _TALLY_REACH) : match.end() + _TALLY_REACH]
        return search_any(self.p["attendance_tally"], around) is not None

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
            modality=self.mentions.modality(nearest),  # type: ignore[arg-type]
            reason=reason,  # type: ignore[arg-type]
            context=context,
            evidence=evidence,
        )
