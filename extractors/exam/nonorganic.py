"""Nonorganic (Waddell) signs: 'Waddell signs 3/5' is positive with its count (positive
from 3 of 5), 'Waddell 0/5' and 'no nonorganic signs' are negative."""

from spacy.tokens import Doc

from extractors.base import (
    RuleReader,
    evidence_for,
    fact_date,
    rule_id,
    targets,
    text_of,
    value_context,
)
from extractors.rules import FamilyRules
from pipeline.models import NonorganicSigns

_WORD_NUMBERS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_WADDELL_POSITIVE_AT = 3


class NonorganicReader(RuleReader):
    """NonorganicSigns facts from Waddell / nonorganic sign mentions."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.count = rules.regex("count")
        self.waddell_positive = rules.regex("waddell_positive")
        self.waddell_negative = rules.regex("waddell_negative")

    def read(self, doc: Doc) -> list[NonorganicSigns]:
        facts = []
        for span in targets(doc, "NONORGANIC"):
            negated, context = value_context(span)
            sentence = span.sent
            base = max(sentence.start_char, span.start_char - 30)
            window = text_of(doc)[base : sentence.end_char]
            count = None
            match = self.count.search(window)
            if match:
                token = match.group(1) or match.group(2)
                count = int(token) if token.isdigit() else _WORD_NUMBERS[token.lower()]
            if count is not None:
                positive = count >= _WADDELL_POSITIVE_AT
            elif negated or self.waddell_negative.search(window):
                positive = False
            elif self.waddell_positive.search(window):
                positive = True
            else:
                continue
            start, end = span.start_char, span.end_char
            if match:
                start, end = min(start, base + match.start()), max(end, base + match.end())
            facts.append(
                NonorganicSigns(
                    positive=positive,
                    count=count,
                    date=fact_date(doc, span.start_char),
                    context=context,
                    evidence=(evidence_for(doc, start, end, rule_id(span)),),
                )
            )
        return facts
