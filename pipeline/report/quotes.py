"""Quotes a reviewer can judge alone: the sentence or table row that holds a citation.

An extractor cites the few characters that decided a fact ("XR", "01/06/2025", "85%
relief"); the reviewer needs the sentence around them. The context is read from the
page's own text at the evidence's offsets, never rewritten: a quote is the page's words
with the cited spans emphasised. Citations of one criterion that fall in the same
sentence or row are one quote, so a procedure note cited for its date, guidance,
contrast and relief reads as the two sentences that say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.models import Evidence, Page
from pipeline.report.rules import ContextRules, report_rules

ELLIPSIS = "…"


@dataclass(frozen=True)
class Piece:
    """A run of quote text; ``cited`` when the evidence names exactly these characters."""

    text: str
    cited: bool = False


@dataclass
class Passage:
    """A stretch of one page's text holding one or more cited spans."""

    page: int
    start: int
    end: int
    header: str = ""
    """The first row of the table a quoted row belongs to (its column names)."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    """Offsets where two merged sentences met at a line break; the quote breaks there."""
    cut_start: bool = False
    cut_end: bool = False


def _normal(text: str) -> str:
    return " ".join(text.split()).lower()


def locates(page: Page, evidence: Evidence) -> bool:
    """The evidence's offsets hold its text on this page (whitespace aside); a stale or
    foreign offset must never put another sentence under a criterion."""
    if evidence.page != page.number or not 0 <= evidence.start < evidence.end <= len(page.text):
        return False
    return _normal(page.text[evidence.start : evidence.end]) == _normal(evidence.text)


def _masked_bounds(page: Page, start: int, end: int) -> tuple[int, int]:
    """Keep a context out of the page's furniture (running headers, footers, fax lines)."""
    low, high = 0, len(page.text)
    for m_start, m_end in page.masked:
        if m_end <= start:
            low = max(low, m_end)
        elif m_start >= end:
            high = min(high, m_start)
    return low, high


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _table_header(text: str, line_start: int, separator: str) -> str:
    """The first line of the run of separated lines that ends at ``line_start``."""
    header = ""
    cursor = line_start
    while cursor > 0:
        previous_start = text.rfind("\n", 0, cursor - 1) + 1
        line = text[previous_start : cursor - 1]
        if separator not in line:
            break
        header, cursor = line, previous_start
    return header


class _Sentences:
    """Sentence edges in one page's text, by the rules in report.json."""

    def __init__(self, page: Page, rules: ContextRules) -> None:
        self.text = page.text
        self.rules = rules
        self.end_pattern = re.compile(rules.sentence_end)
        self.abbreviations = {a.lower() for a in rules.abbreviations}
        lengths = [len(line.rstrip()) for line in self.text.splitlines()]
        self.full_line = max(lengths, default=0)

    def _is_boundary_period(self, index: int) -> bool:
        """The terminator at ``index`` ends a sentence (not 'Dr.' or 'p.o.')."""
        if self.text[index] != ".":
            return True
        word = re.search(r"([A-Za-z.]+)$", self.text[max(0, index - 12) : index])
        return not (word and word.group(1).lower().rstrip(".") in self.abbreviations)

    def _line_ends_sentence(self, line: str) -> bool:
        """A line break ends a sentence after a blank line, a heading ending in ':', or a
        line too short to have wrapped (a title, a list item, a dated entry)."""
        stripped = line.strip()
        if not stripped or stripped.endswith(":"):
            return True
        return len(line.rstrip()) < self.rules.short_line_ratio * self.full_line

    def start_of(self, position: int, low: int) -> int:
        """Where the sentence holding ``position`` starts (never before ``low``)."""
        cursor = position
        while True:
            line_start = max(self.text.rfind("\n", low, cursor) + 1, low)
            ends = [
                match.end()
                for match in self.end_pattern.finditer(self.text, line_start, cursor)
                if self._is_boundary_period(match.start())
            ]
            if ends:
                return _skip_space(self.text, ends[-1], position)
            if line_start <= low:
                return _skip_space(self.text, low, position)
            previous_start = max(self.text.rfind("\n", low, line_start - 1) + 1, low)
            if self._line_ends_sentence(self.text[previous_start : line_start - 1]):
                return _skip_space(self.text, line_start, position)
            cursor = line_start - 1

    def end_of(self, position: int, high: int) -> int:
        """Where the sentence holding ``position`` ends (never after ``high``)."""
        cursor = max(position - 1, 0)  # a citation may end on its sentence's period
        while True:
            line_end = self.text.find("\n", cursor, high)
            line_end = high if line_end < 0 else line_end
            for match in self.end_pattern.finditer(self.text, cursor, line_end):
                if self._is_boundary_period(match.start()):
                    return match.end()
            if line_end >= high:
                return high
            line_start = self.text.rfind("\n", 0, line_end) + 1
            if self._line_ends_sentence(self.text[line_start:line_end]):
                return line_end
            following = self.text.find("\n", line_end + 1, high)
            if not self.text[line_end + 1 : high if following < 0 else following].strip():
                return line_end
            cursor = line_end + 1


def _skip_space(text: str, start: int, limit: int) -> int:
    while start < limit and text[start].isspace():
        start += 1
    return start


def passage_for(page: Page, evidence: Evidence, rules: ContextRules | None = None) -> Passage:
    """The sentence or table row around one citation, bounded to ``max_chars``."""
    rules = rules or report_rules().context
    text = page.text
    low, high = _masked_bounds(page, evidence.start, evidence.end)
    line_start, line_end = _line_bounds(text, evidence.start, evidence.end)
    line = text[line_start:line_end]
    if rules.cell_separator in line:
        passage = Passage(
            page.number,
            max(line_start, low),
            min(line_end, high),
            header=_table_header(text, line_start, rules.cell_separator),
        )
    else:
        sentences = _Sentences(page, rules)
        passage = Passage(
            page.number,
            sentences.start_of(evidence.start, low),
            sentences.end_of(evidence.end, high),
        )
    passage.spans.append((evidence.start, evidence.end))
    passage.evidence.append(evidence)
    return passage


def merge(passages: list[Passage], texts: dict[int, str], max_chars: int) -> list[Passage]:
    """One passage per stretch of text: citations in the same sentence or row, or in
    overlapping ones, are read together; so are neighbouring sentences of one paragraph
    (a dated heading, the guidance, the relief) while they fit in ``max_chars``. Where
    two sentences met at a line break, the quote keeps the break."""
    merged: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.page, p.start, p.end)):
        last = merged[-1] if merged else None
        if last is not None and last.page == passage.page and passage.start < last.end:
            _absorb(last, passage)
            continue
        if last is not None and last.page == passage.page and not passage.header:
            gap = texts[passage.page][last.end : passage.start]
            fits = passage.end - last.start <= max_chars
            if fits and not last.header and not gap.strip() and gap.count("\n") < 2:
                if "\n" in gap:
                    last.breaks.append(last.end)
                _absorb(last, passage)
                continue
        merged.append(passage)
    return merged


def _absorb(into: Passage, other: Passage) -> None:
    into.end = max(into.end, other.end)
    into.spans.extend(other.spans)
    into.evidence.extend(other.evidence)
    into.breaks.extend(other.breaks)


def clip(passage: Passage, text: str, max_chars: int) -> Passage:
    """Cut a long passage to ``max_chars`` around its cited spans, at word boundaries."""
    if passage.end - passage.start <= max_chars:
        return passage
    first = min(start for start, _ in passage.spans)
    last = max(end for _, end in passage.spans)
    if last - first >= max_chars:  # the citations alone fill it: keep them whole
        start, end = first, last
    else:
        spare = (max_chars - (last - first)) // 2
        start = max(passage.start, first - spare)
        end = min(passage.end, last + spare)
        while start > passage.start and start < first and not text[start - 1].isspace():
            start += 1
        while end < passage.end and end > last and not text[end].isspace():
            end -= 1
    passage.cut_start = start > passage.start
    passage.cut_end = end < passage.end
    passage.start, passage.end = start, end
    return passage


def pieces(passage: Passage, text: str) -> list[Piece]:
    """The passage's text in runs, cited runs marked, whitespace collapsed to single
    spaces (a wrapped line reads as one sentence) except the kept line breaks ("\\n")."""
    spans = sorted(
        (max(s, passage.start), min(e, passage.end))
        for s, e in passage.spans
        if e > passage.start and s < passage.end
    )
    edges = sorted({*(b for b in passage.breaks if passage.start < b < passage.end)})
    runs: list[Piece] = []
    cursor = passage.start
    for start, end in spans:
        start = max(start, cursor)
        if start > cursor:
            runs.extend(_split_at(text, cursor, start, edges, cited=False))
        if end > start:
            runs.extend(_split_at(text, start, end, edges, cited=True))
        cursor = max(cursor, end)
    if cursor < passage.end:
        runs.extend(_split_at(text, cursor, passage.end, edges, cited=False))
    if passage.cut_start:
        runs.insert(0, Piece(ELLIPSIS))
    if passage.cut_end:
        runs.append(Piece(ELLIPSIS))
    return [run for run in runs if run.text]


def _split_at(text: str, start: int, end: int, edges: list[int], *, cited: bool) -> list[Piece]:
    """Runs of ``text[start:end]`` with a line-break piece at each kept edge; the
    whitespace after a kept break is dropped."""
    runs: list[Piece] = []
    cursor = start
    for edge in (e for e in edges if start <= e < end):
        runs.append(Piece(_collapse(text[cursor:edge]), cited))
        runs.append(Piece("\n"))
        cursor = _skip_space(text, edge, end)
    runs.append(Piece(_collapse(text[cursor:end]), cited))
    return runs


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)
