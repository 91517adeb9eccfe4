"""Exam tables: test grids ('FABER | + | R', per-side columns under 'Test | Left |
Right') and tenderness tables ('Palpation | R | L'), with '|' cells or, on OCR'd pages,
cells split by runs of spaces."""

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from extractors.base import (
    CELL_GAP,
    RuleReader,
    evidence_for,
    fact_date,
    is_table_row,
    line_bounds,
    previous_lines,
    rule_attribute,
    rule_id,
    side_in,
    table_cells,
    targets,
    text_of,
    value_context,
)
from extractors.exam.common import (
    HEADER_LOOKBACK,
    TENDER_SITES,
    side_of_column,
    test_fact,
    test_side,
    visible_start,
)
from extractors.exam.results import ResultReader
from extractors.rules import FamilyRules
from pipeline.models import ProvocativeTest, Tenderness

_CELL_NOT_EXAMINED = re.compile(
    r"\bnot\s+(?:examined|assessed|tested|done|performed|palpated)\b|\bdeferred\b|^n/?a$|^\?$",
    re.IGNORECASE,
)
_CELL_NOT_TENDER = re.compile(
    r"\bnon-?\s?tender\b|\bnot\s+tender\b|^nt$|\bneg(?:ative)?\b|\babsent\b|^no(?:ne)?\b|"
    r"^[-−—–]$|^\(\s*[-−—–]\s*\)$|^0$",
    re.IGNORECASE,
)
_CELL_TENDER = re.compile(
    r"\btender|\bttp\b|\bpos(?:itive)?\b|\bpresent\b|\byes\b|^\+{1,3}$|^\(\s*\+\s*\)$|"
    r"\bmild(?:ly)?\b|\bmoderate(?:ly)?\b|\bsevere(?:ly)?\b|\bexquisite(?:ly)?\b|\bmarked\b",
    re.IGNORECASE,
)
_CELL_NOT_TESTED = re.compile(r"^(?:nt|n/t|n\.t\.)$", re.IGNORECASE)


class GridReader(RuleReader):
    """Reads the rows of exam tables into test results and tenderness findings."""

    def __init__(self, rules: FamilyRules, results: ResultReader) -> None:
        super().__init__(rules)
        self.results = results
        self.similar = rules.regex("similar")
        self.tender_header = rules.regex("tender_header")

    def _header_cells(self, doc: Doc, row_start: int, spans: list[Span]) -> list[str] | None:
        """The first row of this table (the rows just above, unbroken) if it is a header:
        no test name, no result, short labels ("Test | Right | Left"). Cells keep their
        case ("L" is a side, "l" is not) and their edge cells, to line up with the row's."""
        block: list[str] = []
        for line in previous_lines(doc, row_start, HEADER_LOOKBACK):
            if not is_table_row(line):
                break
            block.append(line)
        if not block:
            return None
        first = block[-1]
        lowered = first.lower()
        cells = [cell for cell, _offset in split_cells(first, 0, spaced=False)]
        names_a_test = any(
            s.text.lower() in lowered for s in spans if s.label_ == "PROVOCATIVE_TEST"
        )
        if names_a_test and not re.search(r"\b(?:tests?|provocation|maneuvers?)\b", lowered):
            return None
        if any(self.results.cell(c) for c in cells[1:]) or any(len(c.split()) > 4 for c in cells):
            return None
        return cells

    def side_columns(
        self, doc: Doc, row_start: int, spaced: bool
    ) -> tuple[dict[int, str], int] | None:
        """The columns headed by a side alone ("Test | Left | Right", "Palpation | R | L",
        "Special tests    L    R") in the table holding the row at ``row_start``: the
        nearest row above, inside the same unbroken table, that heads a left and a right
        column. Returns {cell index: side} and the header's number of cells."""
        for line in lines_above(text_of(doc), row_start, HEADER_LOOKBACK):
            if not line.strip():
                return None
            if spaced:
                if is_table_row(line) or not CELL_GAP.search(line.strip()):
                    return None
            elif not is_table_row(line):
                return None
            cells = [cell for cell, _offset in split_cells(line, 0, spaced)]
            sides = {
                k: side for k, cell in enumerate(cells) if k > 0 and (side := side_of_column(cell))
            }
            if {"right", "left"} <= set(sides.values()):
                label = next((k for k, cell in enumerate(cells) if cell), 0)
                if any(
                    self.results.cell(cell)
                    for k, cell in enumerate(cells)
                    if k not in sides and k != label
                ):
                    return None  # a row of values, not a header
                return sides, len(cells)
        return None

    def spaced_row(self, doc: Doc, start: int, end: int) -> dict[int, str] | None:
        """The side columns of a row written without cell separators ("Thigh thrust    neg
        pos" under "Test    L    R"), when it has as many cells as its header."""
        line = text_of(doc)[start:end]
        if not CELL_GAP.search(line.strip()):
            return None
        found = self.side_columns(doc, start, spaced=True)
        if found is None or len(split_cells(line, start, spaced=True)) != found[1]:
            return None
        return found[0]

    def test_row(
        self,
        doc: Doc,
        span: Span,
        start: int,
        end: int,
        spans: list[Span],
        spaced: bool = False,
    ) -> list[ProvocativeTest]:
        """'FABER | + | R', or per-side columns under a 'Test | Right | Left' header: each
        column's value is the result on that column's side."""
        line = text_of(doc)[start:end]
        row = split_cells(line, start, spaced)
        cells = [cell for cell, _offset in row]
        offsets = [offset for _cell, offset in row]
        test_cell = next(
            (
                k
                for k, _ in enumerate(cells)
                if offsets[k] <= visible_start(span) < offsets[k] + len(cells[k]) + 1
            ),
            0,
        )
        _negated, context = value_context(span)
        found = self.side_columns(doc, start, spaced)
        columns = found[0] if found else None
        header = None if columns or spaced else self._header_cells(doc, start, spans)
        table_side = side_in(header[0]) if header else None
        per_side: dict[str, tuple[str, int, int]] = {}
        lone: tuple[str, int, int] | None = None
        side_cell: str | None = None
        for k, cell in enumerate(cells):
            if k == test_cell or not cell:
                continue
            value = self.results.cell(cell) or (
                "not_performed" if _CELL_NOT_TESTED.match(cell) else None
            )
            if columns is not None:
                column_side = columns.get(k)
            else:
                column = header[k] if header and k < len(header) else ""
                column_side = (side_of_column(column) or side_in(column)) if column else None
            if value and column_side in {"right", "left"}:
                per_side[column_side] = (value, offsets[k], offsets[k] + len(cell))
            elif value and lone is None:
                lone = (value, offsets[k], offsets[k] + len(cell))
                side_cell = side_cell or test_side(cell)
            elif test_side(cell) and side_cell is None and columns is None:
                side_cell = test_side(cell)
        facts = []
        if per_side:
            # One fact per examined side: "Gaenslen | neg | neg" is negative left and right.
            for side, (value, _s, _e) in per_side.items():
                facts.append(test_fact(doc, span, value, side, context, start, end))
        elif lone is not None:
            side = (
                side_cell
                or table_side
                or test_side(cells[test_cell][len(span.text) :] if test_cell < len(cells) else "")
            )
            facts.append(test_fact(doc, span, lone[0], side, context, start, end))
        return facts

    def tenderness_rows(
        self, doc: Doc, sites: list[Span], tender: list[Span]
    ) -> tuple[list[Tenderness], set[int]]:
        """Rows like 'Tenderness | R SIJ | +' or 'SIJ | Tender' under a palpation header."""
        facts: list[Tenderness] = []
        lines: set[int] = set()
        tests = list(targets(doc, {"PROVOCATIVE_TEST", "PROVOCATIVE_TEST_WEAK"}))
        for site in sites:
            start, end = line_bounds(text_of(doc), visible_start(site))
            line = text_of(doc)[start:end]
            spaced = not is_table_row(line)
            if spaced and self.spaced_row(doc, start, end) is None:
                continue
            found = self.side_columns(doc, start, spaced)
            side_facts = (
                self._side_column_tenderness(doc, site, start, end, spaced, found[0], tender, tests)
                if found is not None
                else None
            )
            if side_facts is not None:
                facts.extend(side_facts)
                lines.add(start)
                continue
            if spaced:
                continue
            header = " ".join(previous_lines(doc, start, 3))
            if any(start <= t.start_char < end for t in tender):
                continue  # "Palpation | TTP over the left SIJ; no tenderness at ...": prose
            if not self.tender_header.search(header):
                continue
            present = None
            for cell in table_cells(line):
                lowered = cell.lower()
                result = self.results.cell(cell)
                if result == "negative" or re.search(r"\bnon-?tender\b|\bnt\b|\babsent\b", lowered):
                    present = False
                elif result == "positive" or re.search(r"\btender\b|\bpresent\b|\bttp\b", lowered):
                    present = True if present is None else present
            if present is None:
                continue
            lines.add(start)
            anatomy = str(rule_attribute(site, "anatomy", "other"))
            site_name = TENDER_SITES.get(anatomy, "other")
            facts.append(
                Tenderness(
                    site=site_name,
                    present=present,
                    similar_severity=bool(self.similar.search(line))
                    and present
                    and site_name != "posterior_sij",
                    side=side_in(line),
                    date=fact_date(doc, site.start_char),
                    evidence=(evidence_for(doc, start, end, rule_id(site)),),
                )
            )
        return facts, lines

    def _side_column_tenderness(
        self,
        doc: Doc,
        site: Span,
        start: int,
        end: int,
        spaced: bool,
        columns: dict[int, str],
        tender: list[Span],
        tests: list[Span],
    ) -> list[Tenderness] | None:
        """A row of a table with Left / Right columns: 'TTP PSIS | Positive | Negative',
        'Greater trochanter | NT | NT' under 'Palpation | L | R'. Each side column's value
        is the finding on that side; None when the row is not a tenderness row."""
        row = split_cells(text_of(doc)[start:end], start, spaced)
        label = next(
            (
                k
                for k, (cell, offset) in enumerate(row)
                if offset <= visible_start(site) < offset + len(cell) + 1
            ),
            None,
        )
        if label is None or label in columns:
            return None  # a site named in a value cell is a comment, not the row's site
        label_start = row[label][1]
        label_end = label_start + len(row[label][0])
        if any(label_start <= t.start_char < label_end for t in tests):
            return None  # "SIJ distraction | + | -": a test row
        values = {side: _tender_cell(row[k][0]) for k, side in columns.items() if k < len(row)}
        worded = any(label_start <= t.start_char < label_end for t in tender) or any(
            re.search(r"tender|\bttp\b|\bnt\b", row[k][0], re.IGNORECASE)
            for k in columns
            if k < len(row)
        )
        above = " ".join(lines_above(text_of(doc), start, HEADER_LOOKBACK))
        if not worded and not self.tender_header.search(above):
            return None
        anatomy = str(rule_attribute(site, "anatomy", "other"))
        site_name = TENDER_SITES.get(anatomy, "other")
        similar = bool(self.similar.search(text_of(doc)[start:end]))
        return [
            Tenderness(
                site=site_name,
                present=present,
                similar_severity=similar and present and site_name != "posterior_sij",
                side=side,
                date=fact_date(doc, site.start_char),
                evidence=(evidence_for(doc, start, end, rule_id(site)),),
            )
            for side, present in values.items()
            if present is not None
        ]


def lines_above(text: str, offset: int, count: int) -> Iterator[str]:
    """Up to ``count`` lines above the line holding ``offset``, nearest first (read
    backwards from ``offset``: no copy of the text before it)."""
    end = text.rfind("\n", 0, offset)
    while end >= 0 and count > 0:
        start = text.rfind("\n", 0, end) + 1
        yield text[start:end]
        end = start - 1
        count -= 1


def split_cells(line: str, start: int, spaced: bool) -> list[tuple[str, int]]:
    """A table row's cells with their document offsets: on ' | ' (edge cells kept, so a
    header and its rows line up) or, for a ``spaced`` row, on runs of spaces."""
    separator = CELL_GAP if spaced else re.compile(r"\|")
    cells: list[tuple[str, int]] = []
    position = 0
    body_end = len(line.rstrip()) if spaced else len(line)
    if spaced:
        position = len(line) - len(line.lstrip())
    for match in [*separator.finditer(line, position, body_end), None]:
        end = match.start() if match is not None else body_end
        raw = line[position:end]
        cells.append((raw.strip(), start + position + len(raw) - len(raw.lstrip())))
        if match is None:
            break
        position = match.end()
    return cells


def _tender_cell(cell: str) -> bool | None:
    """A tenderness table cell: True (tender, TTP, +, positive), False (non-tender, NT,
    -, negative, absent), None (empty, not examined)."""
    cell = cell.strip()
    if not cell or _CELL_NOT_EXAMINED.search(cell):
        return None
    if _CELL_NOT_TENDER.search(cell):
        return False
    if _CELL_TENDER.search(cell):
        return True
    return None
