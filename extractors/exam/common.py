"""What the exam readers share: tenderness sites, a result with its place, the
side a test's own words give it, and the ProvocativeTest fact."""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.base import (
    evidence_for,
    fact_date,
    rule_attribute,
    rule_id,
    side_in,
)
from extractors.lexicon import fragment
from pipeline.models import Context, ProvocativeTest

TENDER_SITES = {
    "sij": "posterior_sij",
    "greater_trochanter": "greater_trochanter",
    "lumbar": "lumbar_spine",
    "coccyx": "coccyx",
}
HEADER_LOOKBACK = 10
_OCR_SIDE = re.compile(r"\b(?:on|to|at)\s+the\s+([a-z1]{3,6})\b", re.IGNORECASE)
_ANY_SIDE = fragment("sides.any")
_SYMPTOM_SIDE = re.compile(
    rf"(?<![\w/]){_ANY_SIDE}\s+"
    r"(?:(?:low(?:er)?|upper|posterior|lateral|anterior|medial|deep|sided|buttocks?|gluteal|"
    r"hips?|groin|legs?|thighs?|knees?|calf|foot|ankle|back|lumbar|lumbosacral|si|sij|"
    r"sacroiliac|joint|psis|sacral|sciatic)\s+){0,3}"
    r"(?:pain|ache|aching|symptoms?|discomfort|radiation|radiating)\b|"
    rf"\b(?:in|into|to|at|of|down)\s+(?:the\s+)?{_ANY_SIDE}\s+"
    r"(?:(?:low(?:er)?|upper|posterior|lateral|anterior|medial)\s+)?"
    r"(?:buttocks?|gluteal|hips?|groin|legs?|thighs?|knees?|calf|foot|ankle|back|lumbar)\b",
    re.IGNORECASE,
)
_SIDE_TO_TEST = re.compile(
    r"^(?:[\s-]|\bsided?\b|\bthe\b|\bsij?\b|\bsacroiliac\b|\bjoint\b|\bhip\b|\bleg\b)*$",
    re.IGNORECASE,
)
_SIDE_WORD = re.compile(rf"(?<![\w/]){_ANY_SIDE}(?![\w/])", re.IGNORECASE)


@dataclass(frozen=True)
class Result:
    value: str  # positive | negative | not_performed
    start: int  # document character offsets of the result words
    end: int


def test_fact(
    doc: Doc,
    span: Span,
    value: str,
    side: str | None,
    context: Context,
    start: int,
    end: int,
) -> ProvocativeTest:
    """The ProvocativeTest a mention and its result make, cited over ``[start, end)``."""
    return ProvocativeTest(
        test=str(rule_attribute(span, "test")),
        result=value,
        side=side,
        date=fact_date(doc, span.start_char),
        context=context,
        evidence=(evidence_for(doc, start, end, rule_id(span)),),
    )


def test_side(text: str) -> str | None:
    """The side ``text`` gives a test. Past a comma, a side word that places a symptom
    is another clause's ("positive, reproduces L buttock pain"); inside the result's own
    words it is the test's ("reproduces his left buttock pain")."""
    return side_in(mask_symptom_sides(text))


def mask_symptom_sides(text: str) -> str:
    """``text`` with the symptom side words past its first comma blanked (same length)."""
    cut = re.search(r"[,;]", text)
    if cut is None:
        return text
    tail = _SYMPTOM_SIDE.sub(lambda m: " " * len(m.group(0)), text[cut.start() :])
    return text[: cut.start()] + tail


def side_just_before(doc: Doc, span: Span, reach: int = 3) -> str | None:
    """A side word just before a span that qualifies it: "R thigh thrust", "left-sided
    FABER". Not across a clause break, nor from a clause that ends before the test
    ("positive on the right and the compression test ...")."""
    start = max(span.sent.start, span.start - reach)
    text = doc[start : span.start].text
    cut = max(text.rfind(";"), text.rfind(","), text.rfind("."), text.rfind("\n"))
    text = text[cut + 1 :]
    words = [m for m in _SIDE_WORD.finditer(text) if test_side(m.group(0))]
    if not words or not _SIDE_TO_TEST.match(text[words[-1].end() :]):
        return None
    return test_side(words[-1].group(0))


def visible_start(span: Span) -> int:
    """Where a span's first visible character is (a match may open on a line break)."""
    return span.start_char + len(span.text) - len(span.text.lstrip())


def _on_ocr_page(doc: Doc, offset: int) -> bool:
    """Whether the character at ``offset`` was read by OCR from a scanned page."""
    document_text = doc._.source
    if document_text is None:
        return False
    page, _start = document_text.page_at(offset)
    return bool(page.ocr)


def _one_edit(word: str, target: str) -> bool:
    """``word`` is ``target`` with one letter dropped or changed (not ``target`` itself)."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        return sum(a != b for a, b in zip(word, target, strict=True)) == 1
    return any(target[:k] + target[k + 1 :] == word for k in range(len(target)))


def side_of(doc: Doc, offset: int, text: str) -> str | None:
    """The side ``text`` names; on an OCR'd page also a misread side word after
    'on the' ("positive on the eft")."""
    side = test_side(text)
    if side is not None or not _on_ocr_page(doc, offset):
        return side
    for match in _OCR_SIDE.finditer(text):
        word = match.group(1).lower().replace("1", "l")
        sides = {name for name in ("left", "right") if word == name or _one_edit(word, name)}
        if len(sides) == 1:
            return sides.pop()
    return None
