"""Result words of a provocation test: positive, negative or not performed, in prose
and in table cells (the lexicon's ``results``)."""

import re

from extractors.base import RuleReader
from extractors.lexicon import fragment
from extractors.rules import FamilyRules

_LEAD_FILLER = re.compile(
    r"^(?:\s|,|&|/|\band\b|\bor\b|\bwith\b|\bon\b|\bduring\b|\bupon\b|\bby\b|\bthe\b|"
    rf"\btests?\b|\b{fragment('sides.any')}\b|\bsi\b|\bsij\b|\bjoint\b)*$",
    re.IGNORECASE,
)


class ResultReader(RuleReader):
    """Finds result phrases: the first after a test, the one that ends the words
    before a test, and the result a table cell holds."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.result = {
            value: re.compile(fragment(f"results.{value}"), re.IGNORECASE)
            for value in ("not_performed", "negative", "positive")
        }

    def first(self, text: str, anchored: bool) -> tuple[str, re.Match] | None:
        """The earliest result phrase in ``text`` (at its start when ``anchored``)."""
        best: tuple[str, re.Match] | None = None
        for value, regex in self.result.items():
            for match in regex.finditer(text):
                if anchored and match.start() != 0:
                    break
                if best is None or match.start() < best[1].start():
                    best = (value, match)
                break
        return best

    def leading(self, before: str) -> tuple[str, re.Match] | None:
        """'Positive FABER': the result phrase that ends the text before a test."""
        best = None
        for value, regex in self.result.items():
            for match in regex.finditer(before):
                attached = match.group(0) == "+" and match.end() == len(before)
                if re.fullmatch(r"\s*[-−+]\s*", match.group(0)) and not attached:
                    continue  # a bullet or separator, not "+ FABER"; "+FABER" is a result
                if _LEAD_FILLER.match(before[match.end() :]) and (
                    best is None or match.start() > best[1].start()
                ):
                    best = (value, match)
        return best

    def cell(self, cell: str) -> str | None:
        for value in ("not_performed", "negative", "positive"):
            if self.result[value].search(cell):
                return value
        return None
