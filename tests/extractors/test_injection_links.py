"""Injections told across documents (cases/injection_links.yaml): back references by a
partial date and event dates misread by OCR, each joined only where one injection fits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.extract import extract_facts
from pipeline.models import Packet
from tests.extractors.casekit import describe, matches
from tests.extractors.test_assemble import packet_of

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "injection_links.yaml").read_text(encoding="utf-8")
)


def _packet(documents: list[dict[str, Any]]) -> Packet:
    return packet_of(
        *(
            (
                d["type"],
                d["date"] if isinstance(d["date"], dt.date) else dt.date.fromisoformat(d["date"]),
                d["text"],
                bool(d.get("ocr")),
            )
            for d in documents
        )
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
