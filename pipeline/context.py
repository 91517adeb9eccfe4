"""medspaCy's ConText with its scope kept where ConText's definition puts it.

``authreview_context`` is medspaCy's ``ConText`` component (same rules, same graph, same
span attributes) with three corrections, each a generic property of ConText rather
than a rule about some wording:

1. **A scope never leaves its sentence.** medspaCy bounds a rule with ``max_scope`` by
   a token window that runs across sentence ends (its docstring says the window only
   shortens the sentence scope): "Ordered PT. MRI shows stenosis." made the stenosis
   planned. Every scope is clipped to the modifier's sentence.
2. **A modifier inside a target does not modify that target.** medspaCy means to skip
   "self-modifying concepts" but its overlap test misses a modifier wholly inside the
   target, so a finding phrased as "lungs show no opacities" or "failed prior SI joint
   fusion" was negated / made historical by its own words.
3. **A pseudo-trigger that overlaps a target is not a pseudo-trigger.** "no change in
   X" shields X from "no" (X persists), but in "no change in vision" the concept is
   the change itself; the pseudo-trigger "no change" would otherwise swallow "no" (of
   overlapping modifiers medspaCy keeps the longest).

And two additions, configured by the rules file:

- ``overrides``: a modifier category can cancel another on the same target, so "an SI
  joint block was recommended and was performed" leaves the block done (ACTUAL cancels
  PLANNED), where ConText alone can only end a scope that has not reached the target yet.
- a ``dated`` rule (its words end in a year: "sciatica in 2019") modifies only when that
  year is before the year of the document the Doc was read from; a year of the note's
  own year, or a Doc without a document date, dates nothing past. A
  ``keep_over_target`` pseudo-trigger is exempt from correction 3 (a practice's name,
  "Family Chiropractic", shields "family" even though chiropractic is a target).
"""

import re
from bisect import bisect_left
from typing import Any

from medspacy.common.util import prune_overlapping_matches
from medspacy.context import ConText, ConTextGraph, ConTextModifier
from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.factory("authreview_context")
class SentenceScopedConText(ConText):
    """ConText whose scopes stay in the sentence and off the target's own words."""

    def __init__(
        self,
        nlp: Language,
        name: str = "authreview_context",
        rules: str | None = None,
        span_attrs: dict[str, dict[str, Any]] | None = None,
        input_span_type: str = "group",
        span_group_name: str = "targets",
        max_scope: int | None = None,
        overrides: dict[str, list[str]] | None = None,
    ) -> None:
        # Overlapping modifiers are pruned in __call__, after pseudo-triggers that
        # overlap a target are set aside (correction 3).
        super().__init__(
            nlp,
            name=name,
            rules=rules,
            span_attrs=span_attrs,
            input_span_type=input_span_type,
            span_group_name=span_group_name,
            max_scope=max_scope,
            prune_on_modifier_overlap=False,
        )
        self.overrides = {k.upper(): {v.upper() for v in vs} for k, vs in (overrides or {}).items()}

    @property
    def _matcher(self):
        return self._ConText__matcher  # medspaCy keeps its matcher private

    def __call__(self, doc: Doc, targets: str | None = None) -> Doc:
        spans = self._targets(doc, targets)
        bounds = sorted((span.start, span.end) for span in spans)
        matcher = self._matcher
        matches = [
            match
            for match in matcher(doc)
            if not (
                _gives_way_to_a_target(matcher.rule_map[self.nlp.vocab[match[0]].text])
                and _overlaps_any(bounds, match[1], match[2])
            )
        ]
        graph = ConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = spans
        graph.modifiers = []
        for match_id, start, end in prune_overlapping_matches(matches):
            rule = matcher.rule_map[self.nlp.vocab[match_id].text]
            modifier = ConTextModifier(rule, start, end, doc, max_scope=self.max_scope)
            _clip_to_sentence(doc, modifier)
            graph.modifiers.append(modifier)
        graph.update_scopes()
        graph.apply_modifiers()
        note_year = _document_year(doc)
        edges = [
            (t, m)
            for t, m in graph.edges
            if not _inside(m.modifier_span, t) and _dated_before(doc, m, note_year)
        ]
        graph.edges = self._without_overridden(edges)
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc

    def _without_overridden(self, edges: list[tuple[Span, Any]]) -> list[tuple[Span, Any]]:
        """Drop the edges whose category another modifier of the same target cancels."""
        if not self.overrides:
            return edges
        cancelled: dict[tuple[int, int], set[str]] = {}
        for target, modifier in edges:
            by = self.overrides.get(modifier.category.upper())
            if by:
                cancelled.setdefault((target.start, target.end), set()).update(by)
        if not cancelled:
            return edges
        return [
            (target, modifier)
            for target, modifier in edges
            if modifier.category.upper() not in cancelled.get((target.start, target.end), ())
        ]

    def _targets(self, doc: Doc, targets: str | None) -> list[Span]:
        if targets:
            return list(getattr(doc._, targets))
        if self.input_span_type == "ents":
            return list(doc.ents)
        return list(doc.spans.get(self.span_group_name, []))


_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")


def _gives_way_to_a_target(rule) -> bool:
    """A pseudo-trigger set aside where it overlaps a target (correction 3)."""
    metadata = rule.metadata or {}
    return rule.direction == "PSEUDO" and not metadata.get("keep_over_target")


def _document_year(doc: Doc) -> int | None:
    """The year of the document the Doc was read from, when it has a date."""
    source = doc._.source if Doc.has_extension("source") else None
    document = getattr(source, "document", None)
    when = getattr(document, "date", None)
    return when.year if when is not None else None


def _dated_before(doc: Doc, modifier: ConTextModifier, note_year: int | None) -> bool:
    """Whether a modifier may apply by its date: a ``dated`` rule's last year must be
    before the document's year; any other rule applies."""
    if not (modifier.rule.metadata or {}).get("dated"):
        return True
    if note_year is None:
        return False
    start, end = modifier.modifier_span
    years = _YEAR.findall(doc[start:end].text)
    return bool(years) and int(years[-1]) < note_year


def _overlaps_any(bounds: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether tokens [start, end) share a token with any target (bounds sorted)."""
    at = bisect_left(bounds, (end, end))
    return any(t_end > start for _, t_end in bounds[:at])


def _inside(modifier: tuple[int, int], target: Span) -> bool:
    start, end = modifier
    return target.start <= start and end <= target.end


def _clip_to_sentence(doc: Doc, modifier: ConTextModifier) -> None:
    sentence = doc[modifier.modifier_span[0]].sent
    start, end = modifier.scope_span
    clipped = (max(start, sentence.start), min(end, sentence.end))
    if clipped != (start, end):
        modifier.update_scope(doc[clipped[0] : max(clipped)])


def planned_only(span: Span) -> bool:
    """Whether all that makes a mention hypothetical is a plan ("ordered",
    "recommended", "scheduled": ConText's PLANNED), not a condition or a possibility:
    a family that finds the plan carried out may then read the mention as done."""
    categories = {m.category.upper() for m in span._.modifiers}
    return "PLANNED" in categories and not categories & {"HYPOTHETICAL", "POSSIBLE_EXISTENCE"}


def stated_done(span: Span) -> bool:
    """Whether the text says the mention took place ("was performed", "received",
    "underwent", "continues": ConText's ACTUAL): a plan a family finds by its own
    words ("recommended for a block") is then carried out, not pending."""
    return any(m.category.upper() == "ACTUAL" for m in span._.modifiers)


def dated_history_only(span: Span) -> bool:
    """Whether all that makes the mention historical is a ``dated`` rule ("sciatica in
    2021"): a family for which only an affirmed event can be over (a resolved or denied
    radiation is a current statement of no radiation) may then set it aside."""
    history = [m for m in span._.modifiers if m.category.upper() == "HISTORICAL"]
    return bool(history) and all((m.rule.metadata or {}).get("dated") for m in history)
