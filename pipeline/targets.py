"""medspaCy's TargetMatcher, with each span naming its own rule, and one pass for regexes.

spaCy stores a Span's custom attributes in ``doc.user_data`` keyed by the span's
*character range*, not its label. With overlap pruning off (so families coexist), two
families matching the same words ("SIJ" as an anatomical site and as an injection
site) get two spans that share one ``span._.target_rule``: whichever was written last.
Here every span also carries its rule id in ``span.id_``, which lives on the span
itself, so ``extractors.base.rule_id`` can always tell which rule found it.

Regex rules (a string ``pattern``) are matched here rather than by medspaCy's
RegexMatcher, which rebuilds ``doc.text`` from the tokens once per pattern (measured:
~40% of the matcher's time with ~70 regex rules); the text is built once per Doc.
"""

import re

from medspacy.target_matcher import TargetMatcher, TargetRule
from spacy.language import Language
from spacy.tokens import Doc, Span

TARGET_GROUP = "targets"
"""The span group every target span is written to (read by ``extractors.base``)."""


@Language.factory("authreview_target_matcher")
class RuleKeepingTargetMatcher(TargetMatcher):
    """TargetMatcher writing to a span group, each span's ``id_`` set to its rule id."""

    def __init__(
        self,
        nlp: Language,
        name: str = "authreview_target_matcher",
        result_type: str = "group",
        span_group_name: str = TARGET_GROUP,
        prune: bool = False,
    ) -> None:
        self._regex_rules: list[tuple[re.Pattern[str], TargetRule]] = []
        super().__init__(
            nlp,
            name=name,
            result_type=result_type,
            span_group_name=span_group_name,
            prune=prune,
        )

    def add(self, rules) -> None:
        rules = [rules] if isinstance(rules, TargetRule) else list(rules)
        token_rules = []
        for rule in rules:
            if isinstance(rule.pattern, str):
                self._regex_rules.append((re.compile(rule.pattern, re.IGNORECASE), rule))
            else:
                token_rules.append(rule)
        if token_rules:
            super().add(token_rules)

    def _span(self, doc: Doc, start: int, end: int, rule: TargetRule) -> Span:
        rule_id = str((rule.metadata or {}).get("rule_id", rule.category.lower()))
        span = Span(doc, start, end, label=rule.category, span_id=rule_id)
        span._.target_rule = rule  # shared by same-range spans; prefer span.id_
        return span

    def __call__(self, doc: Doc) -> Doc:
        matcher = self._TargetMatcher__matcher  # medspaCy keeps its matcher private
        spans = [
            self._span(doc, start, end, matcher.rule_map[self.nlp.vocab.strings[match_id]])
            for match_id, start, end in matcher(doc)
        ]
        if self._regex_rules:
            text = doc.text
            for pattern, rule in self._regex_rules:
                for match in pattern.finditer(text):
                    found = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                    if found is not None and len(found):
                        spans.append(self._span(doc, found.start, found.end, rule))
        group = self.span_group_name
        if group in doc.spans:
            doc.spans[group] += spans
        else:
            doc.spans[group] = spans
        return doc
