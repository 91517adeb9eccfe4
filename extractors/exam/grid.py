"""Exam tables: test grids ('FABER | + | R', per-side columns under 'Test | Left |
Right') and tenderness tables ('Palpation | R | L'), with '|' cells or, on OCR'd pages,
cells split by runs of spaces."""

import re

from spacy.tokens import Doc, Span

from extractors.base import (
    RuleReader,
    evidence_for,
    fact_date,
    previous_lines,
    rule_id,
    side_in,
    targets,
    text_of,
    value_context,
)
from extractors.exam.common import (
    HEADER_LOOKBACK,
    TENDER_SITES,
    test_fact,
    test_side,
    visible_start,
)
from extractors.exam.results import ResultReader
from extractors.rules import FamilyRules
from extractors.sites import is_exam_site, site_anatomy
from extractors.tables import (
    Row,
    Table,
    row_at,
    side_columns,
    side_of_header,
    side_parts,
)
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
    """Reads the rows of exam tables (``extractors.tables``) into test results and
    tenderness findings."""

    def __init__(self, rules: FamilyRules, results: ResultReader) -> None:
        super().__init__(rules)
        self.results = results
        self.similar = rules.regex("similar")
        self.tender_header = rules.regex("tender_header")

    def exam_row(self, doc: Doc, offset: int) -> tuple[Table, Row] | None:
        """The table row holding ``offset`` when exam tables read it: a '|' row, or a
        row of cells split by spaces under a Left / Right header with as many cells."""
        found = row_at(doc, offset)
        if found is None:
            return None
        table, row = found
        if table.layout == "aligned":
            return None  # drawn with horizontal rules only: read for diaries alone
        if table.layout == "spaced" and self._spaced_columns(table, row) is None:
            return None
        return found

    def _header_cells(
        self, doc: Doc, table: Table, row: Row, spans: list[Span]
    ) -> list[str] | None:
        """The first row of this table (the rows just above, unbroken) if it is a header:
        no test name, no result, short labels ("Test | Right | Left"). Cells keep their
        case ("L" is a side, "l" is not) and their edge cells, to line up with the row's."""
        block = table.rows_above(row, HEADER_LOOKBACK)
        if not block:
            return None
        first = block[-1]
        lowered = text_of(doc)[first.start : first.end].lower()
        cells = first.texts()
        names_a_test = any(
            s.text.lower() in lowered for s in spans if s.label_ == "PROVOCATIVE_TEST"
        )
        if names_a_test and not re.search(r"\b(?:tests?|provocation|maneuvers?)\b", lowered):
            return None
        if any(self.results.cell(c) for c in cells[1:]) or any(len(c.split()) > 4 for c in cells):
            return None
        return cells

    def side_columns(self, table: Table, row: Row) -> tuple[dict[int, str], int] | None:
        """The columns headed by a side alone ("Test | Left | Right", "Palpation | R | L",
        "Special tests    L    R") over ``row``: the nearest row above it in its table
        that heads a left and a right column. Returns {cell index: side} and the header's
        number of cells."""
        for above in table.rows_above(row, HEADER_LOOKBACK):
            sides = side_columns(above)
            if {"right", "left"} <= set(sides.values()):
                cells = above.texts()
                label = next((k for k, cell in enumerate(cells) if cell), 0)
                if any(
                    self.results.cell(cell)
                    for k, cell in enumerate(cells)
                    if k not in sides and k != label
                ):
                    return None  # a row of values, not a header
                return sides, len(cells)
        return None

    def _spaced_columns(self, table: Table, row: Row) -> dict[int, str] | None:
        """The side columns of a row written without cell separators ("Thigh thrust    neg
        pos" under "Test    L    R"), when it has as many cells as its header."""
        found = self.side_columns(table, row)
        if found is None or len(row.cells) != found[1]:
            return None
        return found[0]

    def test_row(
        self, doc: Doc, span: Span, table: Table, row: Row, spans: list[Span]
    ) -> list[ProvocativeTest]:
        """'FABER | + | R', or per-side columns under a 'Test | Right | Left' header: each
        column's value is the result on that column's side."""
        start, end = row.start, row.end
        spaced = table.layout == "spaced"
        cells = row.texts()
        test_cell = row.index_at(visible_start(span))
        test_cell = 0 if test_cell is None else test_cell
        _negated, context = value_context(span)
        found = self.side_columns(table, row)
        columns = found[0] if found else None
        header = None if columns or spaced else self._header_cells(doc, table, row, spans)
        table_side = side_in(header[0]) if header else None
        per_side: dict[str, str] = {}
        lone: str | None = None
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
                column_side = (side_of_header(column) or side_in(column)) if column else None
            if column_side not in {"right", "left"} and (parts := self._per_side(cell)):
                per_side.update(parts)  # "FABER | R: neg  L: pos": each side its own result
                continue
            if value and column_side in {"right", "left"}:
                per_side[column_side] = value
            elif value and lone is None:
                lone = value
                side_cell = side_cell or test_side(cell)
            elif test_side(cell) and side_cell is None and columns is None:
                side_cell = test_side(cell)
        facts = []
        if per_side:
            # One fact per examined side: "Gaenslen | neg | neg" is negative left and right.
            for side, value in per_side.items():
                facts.append(test_fact(doc, span, value, side, context, start, end))
        elif lone is not None:
            side = (
                side_cell
                or table_side
                or test_side(cells[test_cell][len(span.text) :] if test_cell < len(cells) else "")
            )
            facts.append(test_fact(doc, span, lone, side, context, start, end))
        return facts

    def _per_side(self, text: str) -> dict[str, str]:
        """A cell written per side ("R: neg  L: pos", "Rt - / Lt +"): {side: result}
        when every side's words are a result, else {}."""
        values = {part.side: self.results.cell(part.text) for part in side_parts(text)}
        if not values or None in values.values():
            return {}
        return {side: str(value) for side, value in values.items()}

    def tenderness_rows(
        self, doc: Doc, sites: list[Span], tender: list[Span]
    ) -> tuple[list[Tenderness], set[int]]:
        """Rows like 'Tenderness | R SIJ | +' or 'SIJ | Tender' under a palpation header."""
        facts: list[Tenderness] = []
        lines: set[int] = set()
        tests = list(targets(doc, {"PROVOCATIVE_TEST", "PROVOCATIVE_TEST_WEAK"}))
        for site in sites:
            if not is_exam_site(site):
                continue
            found_row = self.exam_row(doc, visible_start(site))
            if found_row is None:
                continue
            table, row = found_row
            start, end = row.start, row.end
            if _labels_a_test(row, tests):
                continue  # "Thigh thrust | + | - | reproduces R buttock pain": a test row
            found = self.side_columns(table, row)
            side_facts = (
                self._side_column_tenderness(doc, site, row, found[0], tender, tests)
                if found is not None
                else None
            )
            if side_facts is not None:
                facts.extend(side_facts)
                lines.add(start)
                continue
            if table.layout == "spaced":
                continue
            header = " ".join(previous_lines(doc, start, 3))
            if any(start <= t.start_char < end for t in tender):
                continue  # "Palpation | TTP over the left SIJ; no tenderness at ...": prose
            if not self.tender_header.search(header):
                continue
            present = None
            for cell in row.values():
                lowered = cell.text.lower()
                result = self.results.cell(cell.text)
                if result == "negative" or re.search(r"\bnon-?tender\b|\bnt\b|\babsent\b", lowered):
                    present = False
                elif result == "positive" or re.search(r"\btender\b|\bpresent\b|\bttp\b", lowered):
                    present = True if present is None else present
            if present is None:
                continue
            lines.add(start)
            line = text_of(doc)[start:end]
            site_name = TENDER_SITES.get(site_anatomy(site), "other")
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
        row: Row,
        columns: dict[int, str],
        tender: list[Span],
        tests: list[Span],
    ) -> list[Tenderness] | None:
        """A row of a table with Left / Right columns: 'TTP PSIS | Positive | Negative',
        'Greater trochanter | NT | NT' under 'Palpation | L | R'. Each side column's value
        is the finding on that side; None when the row is not a tenderness row."""
        start, end = row.start, row.end
        label = row.index_at(visible_start(site))
        if label is None or label in columns:
            return None  # a site named in a value cell is a comment, not the row's site
        label_cell = row.cells[label]
        if any(label_cell.start <= t.start_char < label_cell.end for t in tests):
            return None  # "SIJ distraction | + | -": a test row
        values = {
            side: _tender_cell(cell.text)
            for k, side in columns.items()
            if (cell := row.cell(k)) is not None
        }
        worded = any(label_cell.start <= t.start_char < label_cell.end for t in tender) or any(
            re.search(r"tender|\bttp\b|\bnt\b", cell.text, re.IGNORECASE)
            for k in columns
            if (cell := row.cell(k)) is not None
        )
        above = " ".join(previous_lines(doc, start, HEADER_LOOKBACK))
        if not worded and not self.tender_header.search(above):
            return None
        site_name = TENDER_SITES.get(site_anatomy(site), "other")
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


def _labels_a_test(row: Row, tests: list[Span]) -> bool:
    """Whether the row's label (its first cell holding something) names a provocation
    test: the row is that test's, and a site in its result or comment cells is where the
    test's pain was felt ("reproduces left buttock pain"), not a palpation finding."""
    values = row.values()
    if not values:
        return False
    label = values[0]
    return any(label.start <= t.start_char < label.end for t in tests)


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
