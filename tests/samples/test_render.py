"""Renderer layout rules that the sample packets rely on (real fpdf2 + pdfplumber)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from tools.samples.render import render_file
from tools.samples.scenario import FileSpec

KV = [["Date of Service", "08/28/2025"], ["Provider", "A. Osei, MD"]]


def _page_texts(filler_lines: int) -> list[str]:
    blocks = [{"para": f"filler line {i}"} for i in range(filler_lines)]
    spec = FileSpec.model_validate(
        {"name": "x.pdf", "documents": [{"blocks": [*blocks, {"kv": KV}, {"para": "end"}]}]}
    )
    with pdfplumber.open(io.BytesIO(render_file(spec))) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


# Filler counts that push the key-value block across the bottom of the first page.
@pytest.mark.parametrize("filler_lines", range(32, 40))
def test_key_value_line_never_splits_across_pages(filler_lines: int) -> None:
    texts = _page_texts(filler_lines)
    lines = [line for text in texts for line in text.splitlines()]
    assert "Date of Service: 08/28/2025" in lines
    assert "Provider: A. Osei, MD" in lines
    assert len(texts) <= 2
