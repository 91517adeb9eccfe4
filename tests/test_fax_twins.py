"""Faxed twins: a packet read only through OCR gives its text original's determination."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ocr import tesseract_available
from tests.conftest import SAMPLE_RECORDS

TWINS = sorted(SAMPLE_RECORDS.glob("*-fax.pdf"))


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")
@pytest.mark.parametrize("twin", TWINS, ids=[t.stem for t in TWINS])
def test_fax_twin_matches_its_text_original(twin: Path, nlp, tmp_path: Path) -> None:
    from pipeline.process import process_packet

    original = twin.with_name(twin.name.replace("-fax", ""))
    scanned = process_packet(twin, tmp_path, nlp=nlp)
    text = process_packet(original, tmp_path, nlp=nlp)
    assert scanned.determination == text.determination
    assert [(c.id, c.status) for c in scanned.criteria] == [(c.id, c.status) for c in text.criteria]
    cited = [e for c in scanned.criteria for e in c.evidence]
    assert cited and all(e.ocr_confidence is not None for e in cited)
    # every OCR'd page's mean confidence is in determination.json (issue 16)
    assert [p.page for p in scanned.ocr_pages] == list(range(1, len(scanned.ocr_pages) + 1))
    assert all(p.confidence is not None and p.engine for p in scanned.ocr_pages)
    assert not text.ocr_pages
