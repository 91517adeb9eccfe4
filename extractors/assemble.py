"""Packet-level assembly: merge mentions of the same fact across pages and documents.

Extractor components see one document at a time. Here facts with the same identity
(``fact_key``) and context are merged into one fact whose evidence lists every place
it was read, and each fact gets a stable id (``f-0001``...) in packet order.
"""

from __future__ import annotations

from pipeline.models import Document, Fact, Packet, fact_key


def assemble(per_document: list[tuple[Document, list[Fact]]], packet: Packet) -> tuple[Fact, ...]:
    merged: dict[tuple, Fact] = {}
    for _document, facts in per_document:
        for fact in facts:
            key = (fact_key(fact), fact.context)
            if key in merged:
                previous = merged[key]
                evidence = previous.evidence + tuple(
                    e for e in fact.evidence if e not in previous.evidence
                )
                merged[key] = previous.model_copy(update={"evidence": evidence})
            else:
                merged[key] = fact
    return tuple(
        fact.model_copy(update={"id": f"f-{index:04d}"})
        for index, fact in enumerate(merged.values(), start=1)
    )
