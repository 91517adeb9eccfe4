"""Checks that make a labelled record trustworthy before it is written or committed.

Gold labels are only useful when they agree with the policy's criterion list and with the
packet's text: a snippet that is not in the PDF can never be hit, and a missing criterion
silently drops out of the metrics. Errors name the packet and the criterion; the snippet is
the author's own gold text, not patient data.
"""

from __future__ import annotations

import io
import re
from functools import cache
from typing import Any

import pdfplumber

from pipeline.labels import Labels
from pipeline.models import Procedure
from policy import criterion_ids
from tools.samples.render import to_latin1

_SPACE = re.compile(r"\s+")
_WRAP_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")


class SampleError(ValueError):
    """A scenario or labelled record that breaks a rule of CONTRACT section 3/4."""


@cache
def criteria_ids() -> dict[str, tuple[str, ...]]:
    """Criterion ids per procedure, from the policy module (the authoritative list)."""
    return {proc.value: tuple(criterion_ids(proc)) for proc in Procedure}


def fold(text: str) -> str:
    """Lower-case and collapse white space, as CONTRACT section 3 compares snippets."""
    return _SPACE.sub(" ", text.lower()).strip()


def page_texts(pdf_bytes: bytes) -> list[list[str]]:
    """Per page, the folded text variants a snippet may be found in.

    The whole page as pdfplumber extracts it; the same with line-end hyphenation joined;
    and the left and right halves of the page, so a snippet wrapped inside one column of
    a two-column region is still found (full-page extraction interleaves the columns).
    """
    variants: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            texts = [page.extract_text() or ""]
            mid = page.width / 2
            for box in ((0, 0, mid, page.height), (mid, 0, page.width, page.height)):
                texts.append(page.crop(box).extract_text() or "")
            page_variants = []
            for text in texts:
                page_variants.append(fold(text))
                page_variants.append(fold(_WRAP_HYPHEN.sub(r"\1\2", text)))
            variants.append(page_variants)
            page.close()
    return variants


def validate_labels(packet_id: str, data: dict[str, Any]) -> Labels:
    """Validate the label model, the criterion id set and the determination."""
    try:
        labels = Labels.model_validate(data)
    except Exception as exc:
        raise SampleError(f"{packet_id}: labels invalid: {exc}") from exc
    if labels.procedure is None:
        expected: tuple[str, ...] = ()
    else:
        expected = criteria_ids()[labels.procedure.value]
    got = set(labels.criteria)
    missing = [c for c in expected if c not in got]
    extra = sorted(got - set(expected))
    if missing or extra:
        raise SampleError(f"{packet_id}: criteria missing {missing}, unexpected {extra}")
    return labels


def check_request_date(packet_id: str, labels: Labels, packet_json: dict[str, Any] | None) -> None:
    """packet.json wins over the request form (CONTRACT section 1), so gold must agree."""
    declared = (packet_json or {}).get("request_date")
    if declared is not None and str(labels.request_date) != str(declared):
        raise SampleError(f"{packet_id}: labels request_date differs from packet.json")


def check_snippets(packet_id: str, labels: Labels, pdfs: dict[str, bytes]) -> None:
    """Every gold evidence snippet must occur on some page of the packet."""
    pages = [variants for data in pdfs.values() for variants in page_texts(data)]
    for criterion, gold in labels.criteria.items():
        for snippet in gold.evidence:
            needle = fold(to_latin1(snippet))
            if not any(needle in text for variants in pages for text in variants):
                raise SampleError(
                    f"{packet_id}: {criterion}: gold snippet not in the PDF text: {snippet!r}"
                )
