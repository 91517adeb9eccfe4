"""Build a one-page packet from plain text and run the real extraction over it.

Extractor tests state cases as text; this turns a text into the same ``Packet`` that
ingestion would produce (one page, one document, a dummy box per character laid out on
a fixed grid) and runs ``pipeline.extract.extract_facts`` with the session pipeline, so
each case exercises the real medspaCy components, assembly and evidence mapping.
"""

from __future__ import annotations

import hashlib
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.charmap import pack_boxes
from pipeline.extract import extract_facts
from pipeline.models import (
    Document,
    DocumentType,
    Fact,
    Packet,
    Page,
    RequestMetadata,
    SourceFile,
    Table,
)

FILE_NAME = "case.pdf"
_CHAR_WIDTH = 6.0
_LINE_HEIGHT = 12.0
_MARGIN = 72.0


def _grid_boxes(text: str) -> bytes:
    """One box per character on a monospace grid; line breaks carry no box."""
    boxes = []
    line = column = 0
    for char in text:
        if char == "\n":
            boxes.append(None)
            line += 1
            column = 0
            continue
        x0 = _MARGIN + column * _CHAR_WIDTH
        top = _MARGIN + line * _LINE_HEIGHT
        boxes.append((x0, top, x0 + _CHAR_WIDTH, top + _LINE_HEIGHT - 2))
        column += 1
    return pack_boxes(boxes)


def packet_from_text(
    text: str,
    doc_type: str | DocumentType = "office_note",
    doc_date: date | None = date(2025, 8, 28),
) -> Packet:
    """A one-page, one-document packet whose page text is ``text``."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    page = Page(
        number=1,
        file=FILE_NAME,
        file_page=1,
        width=612.0,
        height=792.0,
        text=text,
        char_boxes=_grid_boxes(text),
    )
    document = Document(
        id="doc-1",
        type=DocumentType(doc_type),
        title="case",
        date=doc_date,
        file=FILE_NAME,
        first_page=1,
        last_page=1,
    )
    return Packet(
        id="case",
        sha256=sha,
        files=(SourceFile(name=FILE_NAME, sha256=sha, pages=1),),
        pages=(page,),
        documents=(document,),
        request=RequestMetadata(),
    )


def facts_from_text(
    nlp: Language,
    text: str,
    doc_type: str | DocumentType = "office_note",
    doc_date: date | None = date(2025, 8, 28),
) -> list[Fact]:
    """Every fact the pipeline extracts from ``text`` as one document."""
    return list(extract_facts(packet_from_text(text, doc_type, doc_date), nlp))


def tokenized_doc(
    nlp: Language, text: str, page_tables: tuple[Table, ...] = (), *, ocr: bool = False
) -> Doc:
    """The Doc the extractors read for ``text`` (tokenized only: enough for readers that
    work on the text and its tables), with ruled ``page_tables`` as ingest found them;
    ``ocr``: the page was read by OCR from a scan."""
    from pipeline.document_text import document_texts

    packet = packet_from_text(text)
    if page_tables or ocr:
        update = {"tables": page_tables, "ocr": ocr, "has_text_layer": not ocr}
        page = packet.pages[0].model_copy(update=update)
        packet = packet.model_copy(update={"pages": (page,)})
    source = document_texts(packet)[0]
    doc = nlp.make_doc(source.text)
    doc._.source = source
    return doc


def facts_of_kind(facts: list[Fact], kind: str) -> list[Fact]:
    """The facts of one ``kind``, in the order extracted."""
    return [fact for fact in facts if fact.kind == kind]


def doc_from_text(
    nlp: Language, text: str, doc_type: str = "office_note", until: str | None = None
) -> Doc:
    """The pipeline over ``text`` as one document, as ``pipeline.extract`` runs it; with
    ``until``, the components before the named one only."""
    from pipeline.document_text import document_texts
    from pipeline.extract import run_components

    return run_components(nlp, document_texts(packet_from_text(text, doc_type))[0], until)
