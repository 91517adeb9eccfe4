"""Run the NLP over a packet and return its facts (plain pydantic models, never Docs)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.dates import date_order, document_date_order
from pipeline.document_text import DocumentText, document_texts
from pipeline.models import Document, Fact, Packet


def extract_facts(packet: Packet, nlp: Language | None = None) -> tuple[Fact, ...]:
    """Every fact of the packet, assembled across documents, with stable ids."""
    from extractors.assemble import assemble
    from pipeline.nlp import load_nlp

    nlp = nlp or load_nlp()
    per_document = []
    for text in document_texts(packet):
        doc = run_components(nlp, text)
        per_document.append((text.document, [read_in(text.document, f) for f in doc._.facts]))
    return assemble(per_document)


def run_components(nlp: Language, text: DocumentText, until: str | None = None) -> Doc:
    """The pipeline over one document's text, its numeric dates read in the document's own
    order (day-first translations); with ``until``, the components before the named one.
    The one place a Doc is run, so tests see the dates exactly as a packet run does."""
    doc = nlp.make_doc(text.text)
    doc._.source = text
    doc._.facts = []
    with date_order(document_date_order(text.text, text.furniture())):
        for name, component in nlp.pipeline:
            if name == until:
                break
            doc = component(doc)
    return doc


def read_in(document: Document, fact: Fact) -> Fact:
    """The fact with the document it was read from recorded (its type and date): the one
    place provenance is set, so every extracted fact carries it (``pipeline.records``)."""
    return fact.model_copy(update={"source_type": document.type, "source_date": document.date})
