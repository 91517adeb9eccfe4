"""Page furniture: repeated headers, footers and fax banners, masked from the NLP.

A header ("Lakeside Ortho | Pt: MARTINEZ, ROSA DOB 03/14/1971"), a footer ("Page 2 of
5") or a fax banner repeats at the top or bottom of the pages of a file. Its birth date
and fax time stamp are not clinical events, so the NLP must not read them; the text
stays on the page (offsets never shift) and only its range is listed in ``masked``.

Found two ways: a line near an edge that repeats, digits folded, on several pages of
the same file; and, on any page, a line near an edge matching a furniture pattern
(``resources/page_furniture.json``). The caller decides which lines are protected: a
labelled document date is never masked, and a title only when it is on every page (then
it is a running header naming, say, the clinic).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pipeline.ingest.layout import PageLayout, TextLine
from pipeline.ingest.rules import FurnitureRules, compile_any, furniture_rules

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class LaidOutPage:
    """What furniture detection needs of a page: its layout and height."""

    layout: PageLayout | None
    height: float


def normalise(text: str) -> str:
    """Fold case, digits and spacing so "Page 2 of 5" and "Page 3 of 5" are one line."""
    return _SPACE.sub(" ", _DIGITS.sub("#", text.lower())).strip()


@cache
def _patterns() -> re.Pattern[str]:
    return compile_any([p.pattern for p in furniture_rules().patterns])


BannerFlag = Literal["outranks_title", "names_the_line"]
"""The ``FurniturePattern`` flags that mark fax banner patterns."""


@cache
def _banner_patterns(flag: BannerFlag) -> re.Pattern[str] | None:
    """The furniture patterns with ``flag`` set: ``outranks_title`` (fax banners, lines
    that are furniture whatever their size) or ``names_the_line`` (those of them that
    name the fax's numbers or page counter)."""
    chosen = [p.pattern for p in furniture_rules().patterns if getattr(p, flag)]
    return compile_any(chosen) if chosen else None


def _matches(flag: BannerFlag, text: str) -> bool:
    pattern = _banner_patterns(flag)
    return pattern is not None and pattern.search(text) is not None


def names_a_banner(text: str) -> bool:
    """Whether a line is a fax banner by its numbers or page counter, not by a stamp's
    date and time alone (which also head portal messages and log entries)."""
    return _matches("names_the_line", text)


def is_banner(text: str) -> bool:
    """Whether a line reads as a fax transmission banner (time stamp, from/to, page)."""
    return _matches("outranks_title", text)


OCR_REPEAT_SIMILARITY = 0.8
"""Edge lines of OCR'd pages this similar (difflib ratio, digits folded) are one line
repeated: a running header misread differently on each page still repeats."""


REPLACED_WORD_CHARS = 4
"""A word this long standing where the other line has an unlike word of this length
(letters only: a misread date or number, "OLAY3/1977" for "01/03/1977", is no word)."""
REPLACED_WORD_SIMILARITY = 0.7
"""Two words less alike than this (difflib ratio) are different words, not one misread."""


def _word_replaced(a: str, b: str) -> bool:
    """Whether line ``b`` has a different word where ``a`` has one ("...JOINT BLOCK" and
    "...JOINT INJECTION"): a running header misread differs in a few glyphs of its words
    or a word lost, never in a whole word replaced by another, so two procedure titles
    alike but for their last word are two titles (on two pages, each kept)."""
    from difflib import SequenceMatcher

    words_a, words_b = a.split(), b.split()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, words_a, words_b).get_opcodes():
        if tag != "replace":
            continue
        # joined without spaces: a word OCR split in two ("VALL EY") is still that word
        old, new = "".join(words_a[i1:i2]), "".join(words_b[j1:j2])
        if (
            min(len(old), len(new)) >= REPLACED_WORD_CHARS
            and old.isalpha()
            and new.isalpha()
            and SequenceMatcher(None, old, new).ratio() < REPLACED_WORD_SIMILARITY
        ):
            return True
    return False


def _similar_counts(texts: list[set[str]]) -> Counter[str]:
    """For each normalised edge line, the pages holding a line at least
    ``OCR_REPEAT_SIMILARITY`` like it (itself included)."""
    from difflib import SequenceMatcher

    counts: Counter[str] = Counter()
    for line in {text for page in texts for text in page}:
        matcher = SequenceMatcher(None, "", line, autojunk=False)
        pages = 0
        for page in texts:
            for other in page:
                matcher.set_seq1(other)
                if other == line or (
                    matcher.real_quick_ratio() >= OCR_REPEAT_SIMILARITY
                    and matcher.quick_ratio() >= OCR_REPEAT_SIMILARITY
                    and matcher.ratio() >= OCR_REPEAT_SIMILARITY
                    and not _word_replaced(other, line)
                ):
                    pages += 1
                    break
        counts[line] = pages
    return counts


def edge_lines(page: LaidOutPage, rules: FurnitureRules) -> list[TextLine]:
    """Lines that may be furniture: among the first/last few, inside the edge bands, and
    a line naming a fax's numbers or page a little further down the top band
    (``banner_lines``)."""
    if page.layout is None:
        return []
    layout = page.layout
    body = [ln for ln in layout.lines if not ln.in_table]
    top_limit = page.height * rules.top_band
    bottom_limit = page.height * (1 - rules.bottom_band)
    head = [
        ln
        for index, ln in enumerate(body[: max(rules.edge_lines, rules.banner_lines)])
        if ln.bottom <= top_limit
        and (index < rules.edge_lines or names_a_banner(layout.line_text(ln)))
    ]
    foot = [ln for ln in body[-rules.edge_lines :] if ln.top >= bottom_limit]
    seen: set[int] = set()
    out = []
    for line in head + foot:
        if line.start not in seen:
            seen.add(line.start)
            out.append(line)
    return out


SMALL_PRINT = 0.75
"""Points below the page's text size: the top lines of a page printed this much smaller
than its text are a running header even on a page of their own."""


def _small_top_lines(page: LaidOutPage, rules: FurnitureRules) -> set[int]:
    """Starts of the lines at the very top of a page printed smaller than its text."""
    if page.layout is None:
        return set()
    limit = page.layout.body_size - SMALL_PRINT
    found = set()
    for line in edge_lines(page, rules):
        if line.bottom > page.height * rules.top_band or line.size > limit:
            break
        found.add(line.start)
    return found


@cache
def _banner_fragment() -> re.Pattern[str] | None:
    patterns = furniture_rules().banner_fragments
    return compile_any(patterns) if patterns else None


def _banner_fragments(texts: list[str]) -> set[int]:
    """Indexes of the edge lines that are only a fragment beside a fax banner
    ("12/03/2025" alone above "09:20 FROM: ... P.004/004", "FROM: INTERVENTIONAL 8199"
    below the rest of it): a tilted banner OCR'd as two lines is still the banner, its
    date is no document's date and its sender's name no document's title."""
    fragment = _banner_fragment()
    if fragment is None:
        return set()
    banners = {i for i, text in enumerate(texts) if is_banner(text)}
    return {
        i
        for i, text in enumerate(texts)
        if i not in banners
        and fragment.match(text.strip())
        and (i - 1 in banners or i + 1 in banners)
    }


def find_masks(
    pages: Sequence[LaidOutPage],
    is_protected: Callable[[str, float, bool], bool],
    ocr: Sequence[bool] = (),
) -> list[tuple[tuple[int, int], ...]]:
    """Masked ranges for each page of one file.

    ``is_protected(text, size_above_text, on_every_page)`` vetoes masking a line:
    ``size_above_text`` is its font size minus the page's text size, ``on_every_page``
    whether it repeats word for word on every page of the file that has text. (Digits
    are folded to find repeats, but a running header is the same on every page: titles
    that differ in a number, "Diagnostic Block #1" and "#2", are a series of documents.)
    ``ocr[i]`` marks page ``i`` as read by OCR: its edge lines also repeat when nearly
    equal to another OCR'd page's, and "on every page" is judged the same way. A fax
    banner line is furniture whatever its size (deskewing tilts it, so it reads tall).
    """
    rules = furniture_rules()
    candidates = [
        [
            (ln, page.layout.line_text(ln), ln.size - page.layout.body_size)
            for ln in edge_lines(page, rules)
        ]
        if page.layout is not None
        else []
        for page in pages
    ]
    counts: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for lines in candidates:
        counts.update({normalise(text) for _, text, _ in lines})
        exact.update({_SPACE.sub(" ", text.strip()) for _, text, _ in lines})
    text_pages = sum(page.layout is not None for page in pages)
    ocr_flags = list(ocr) + [False] * (len(pages) - len(ocr))
    similar = _similar_counts(
        [
            {normalise(text) for _, text, _ in lines}
            for lines, is_ocr in zip(candidates, ocr_flags, strict=True)
            if is_ocr
        ]
    )
    masks: list[tuple[tuple[int, int], ...]] = []
    for page, lines, is_ocr in zip(pages, candidates, ocr_flags, strict=True):
        small_top = _small_top_lines(page, rules)
        ranges = []
        fragments = _banner_fragments([text for _, text, _ in lines])
        for index, (line, text, size_above) in enumerate(lines):
            if index in fragments:
                ranges.append((line.start, line.end))
                continue
            count = max(counts[normalise(text)], similar[normalise(text)] if is_ocr else 0)
            furniture = (
                count >= rules.min_repeats
                or _patterns().search(text) is not None
                or line.start in small_top
            )
            everywhere = exact[_SPACE.sub(" ", text.strip())] >= text_pages > 1 or (
                is_ocr and count >= text_pages > 1
            )
            if is_banner(text):
                size_above, everywhere = 0.0, True
            if furniture and not is_protected(text, size_above, everywhere):
                ranges.append((line.start, line.end))
        masks.append(tuple(sorted(ranges)))
    return masks
