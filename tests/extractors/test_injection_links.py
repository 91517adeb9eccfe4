"""Injections told across documents (cases/injection_links.yaml): back references by a
partial date and event dates misread by OCR, each joined only where one injection fits."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.extract import extract_facts
from pipeline.models import Document, DocumentType, Packet, Page, RequestMetadata, SourceFile
from tests.extractors.casekit import describe, matches
from tests.extractors.test_assemble import _boxes

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "injection_links.yaml").read_text(encoding="utf-8")
)


def _packet(documents: list[dict[str, Any]]) -> Packet:
    pages, docs = [], []
    for number, spec in enumerate(documents, start=1):
        name = f"doc{number}.pdf"
        ocr = bool(spec.get("ocr"))
        pages.append(
            Page(
                number=number,
                file=name,
                file_page=1,
                width=612,
                height=792,
                text=spec["text"],
                char_boxes=_boxes(spec["text"]),
                ocr=ocr,
                has_text_layer=not ocr,
                ocr_confidence=85.0 if ocr else None,
            )
        )
        date = spec["date"]
        docs.append(
            Document(
                id=f"doc-{number}",
                type=DocumentType(spec["type"]),
                title=spec["text"].split("\n")[0],
                date=date if isinstance(date, dt.date) else dt.date.fromisoformat(date),
                file=name,
                first_page=number,
                last_page=number,
            )
        )
    sha = hashlib.sha256("".join(d["text"] for d in documents).encode()).hexdigest()
    return Packet(
        id="case",
        sha256=sha,
        files=tuple(SourceFile(name=p.file, sha256=sha, pages=1) for p in pages),
        pages=tuple(pages),
        documents=tuple(docs),
        request=RequestMetadata(),
    )


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_injection_links(nlp, case) -> None:
    facts = [
        f
        for f in extract_facts(_packet(case["documents"]), nlp)
        if f.kind == "injection" and f.context.is_current_affirmed
    ]
    shown = describe(facts)
    for partial in case.get("expect", []):
        assert any(matches(f, partial) for f in facts), f"missing {partial}; got:\n{shown}"
    for partial in case.get("forbid", []):
        assert not any(matches(f, partial) for f in facts), f"unwanted {partial}; got:\n{shown}"
    if "count" in case:
        assert len(facts) == case["count"], shown
