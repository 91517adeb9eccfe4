"""Helpers every extractor component shares: reading spans and turning them into facts."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from pipeline.document_text import DocumentText
from pipeline.models import Context, Evidence
from pipeline.nlp import TARGET_GROUP


def source(doc: Doc) -> DocumentText:
    """The DocumentText a Doc was made from (set by ``pipeline.extract``)."""
    text = doc._.source
    if text is None:
        raise ValueError("Doc has no source DocumentText; build Docs with pipeline.extract")
    return text


def targets(doc: Doc, category: str | set[str]) -> Iterator[Span]:
    """Target spans of one or more categories, in text order."""
    wanted = {category} if isinstance(category, str) else category
    for span in doc.spans.get(TARGET_GROUP, []):
        if span.label_ in wanted:
            yield span


def rule_id(span: Span) -> str:
    """Id of the TargetRule that produced a span."""
    rule = getattr(span._, "target_rule", None)
    metadata = getattr(rule, "metadata", None) or {}
    return str(metadata.get("rule_id", span.label_.lower()))


def rule_attribute(span: Span, name: str, default: object = None) -> object:
    """An attribute declared on the span's rule in the family's rules file."""
    rule = getattr(span._, "target_rule", None)
    metadata = getattr(rule, "metadata", None) or {}
    return metadata.get(name, default)


def context_of(span: Span) -> Context:
    """ConText attributes of a span, with section context folded in.

    A mention under a FAMILY HISTORY section is family; under PAST MEDICAL HISTORY it
    is historical only when ConText says so (chronic conditions live there too).
    """
    section = getattr(span._, "section_category", None)
    return Context(
        negated=bool(span._.is_negated),
        historical=bool(span._.is_historical),
        hypothetical=bool(span._.is_hypothetical),
        family=bool(span._.is_family) or section == "family_history",
        uncertain=bool(span._.is_uncertain),
    )


def evidence_for(doc: Doc, start_char: int, end_char: int, rule: str) -> Evidence:
    """Evidence for a character range of the Doc."""
    return source(doc).evidence(start_char, end_char, rule)


def add_facts(doc: Doc, facts: list) -> None:
    """Append facts to ``doc._.facts``."""
    if doc._.facts is None:
        doc._.facts = []
    doc._.facts.extend(facts)
