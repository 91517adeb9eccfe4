"""medspaCy's TargetMatcher, with each span naming its own rule.

spaCy stores a Span's custom attributes in ``doc.user_data`` keyed by the span's
*character range*, not its label. With overlap pruning off (so families coexist), two
families matching the same words ("SIJ" as an anatomical site and as an injection
site) get two spans that share one ``span._.target_rule``: whichever was written last.
Here every span also carries its rule id in ``span.id_``, which lives on the span
itself, so ``extractors.base.rule_id`` can always tell which rule found it.
"""

from medspacy.target_matcher import TargetMatcher
from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.factory("authreview_target_matcher")
class RuleKeepingTargetMatcher(TargetMatcher):
    """TargetMatcher writing to a span group, each span's ``id_`` set to its rule id."""

    def __call__(self, doc: Doc) -> Doc:
        matcher = self._TargetMatcher__matcher  # medspaCy keeps its matcher private
        spans = []
        for match_id, start, end in matcher(doc):
            rule = matcher.rule_map[self.nlp.vocab.strings[match_id]]
            rule_id = str((rule.metadata or {}).get("rule_id", rule.category.lower()))
            span = Span(doc, start, end, label=rule.category, span_id=rule_id)
            span._.target_rule = rule  # shared by same-range spans; prefer span.id_
            spans.append(span)
        group = self.span_group_name
        if group in doc.spans:
            doc.spans[group] += spans
        else:
            doc.spans[group] = spans
        return doc
