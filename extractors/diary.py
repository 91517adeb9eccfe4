"""One diary and relief parser, shared by the pain and injections families.

After a diagnostic block the patient (or a nurse) records pain at time points: a
baseline ("Pre", "Baseline", "Before injection"), then "15 min", "30'", "1 h", "Day 2",
"next morning"... Scores are NRS 0-10 ("7", "7/10") or VAS millimetres ("65 mm",
"65/100"). Diaries run down the page (one row per time point), across it (a row of time
points over a row of scores) or inline ("Pre 7/10, 30 min 2/10, 2 h 4/10"), in any
table the shared reader finds (``extractors.tables``).

- The injections family reads relief from a diary: ``relief_percent`` is the largest
  drop from baseline, ``(pre - post) / pre x 100`` rounded (``relief_percent``), and
  ``relief_hours`` the last time point of the first unbroken run at >= 50% (docs/facts.md);
- a diary without a baseline row (its time points start at "30 min") takes the
  baseline stated just above the table ("pre-procedure NRS 8/10", "Pre-block pain:
  7/10"), and only that: a baseline is never assumed;
- the pain family asks ``on_diary_row``: a score on a diary row is a relief reading,
  never a pain_score fact (docs/facts.md).

A diary on a scanned (OCR'd) page is read with care: stray glyphs (rule remnants read
as '.', '_', '|', a lone letter) are dropped from its cells, a glyph OCR confuses with a
digit ('l' for 1, 'O' for 0, 'S' for 5: ``vocab.ocr_digits``) is read as that digit only
where the cell expects a number (a score cell, a time point's count), and the diary
counts only when every row (or column) of it was read: a time point whose score did not
read, a score whose time point did not, or time points out of order make it unread, so
the block's relief stays undocumented rather than guessed. Evidence still quotes the
scan as read.

Time points and scores are read with ``resources/diary.json``; time units are the
lexicon's (``extractors.lexicon.hours_of``). ``on_ten_point_scale`` puts any score,
NRS or VAS millimetres, on the 0-10 scale (the pain family's pain_score values).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc

from extractors.base import (
    RuleReader,
    finditer_all,
    is_table_row,
    lines_above,
    search_any,
    text_of,
)
from extractors.lexicon import hours_of
from extractors.rules import load_family_rules
from extractors.tables import Cell, Row, Table, column_under, row_at, scanned, tables_in

HEADING_LOOKBACK = 8
"""How many lines above a table row a diary heading ("Pain diary") may stand, and a
baseline stated outside the table ("Pre-procedure pain: 8/10")."""
GOOD_RELIEF = 50.0
"""Relief (percent) a time point must keep to count toward the relief's duration."""
_INLINE_PAIR = re.compile(
    r"^\s*(?P<label>[A-Za-z+][\w .+'-]{0,30}?|\d+(?:\.\d+)?\s*-?\s*[A-Za-z']{1,7}\.?"
    r"(?:\s+(?:post|after)[\w -]{0,20}?)?)\s*[:=]?\s*(?P<score>\d{1,3}(?:\.\d)?"
    r"\s*(?:/\s*100?|mm)?)\s*$",
    re.IGNORECASE,
)
"""One 'label score' pair of an inline diary: 'pre 7/10', '30 min: 2', '4 h 60 mm'."""
_INLINE_BREAK = re.compile(r"[,;]|\.(?:\s+|$)")
"""Between the pairs of an inline diary: a comma, a semicolon, or a full stop ending
one ('Pre 8/10. 30 min 2/10, 90 min 2/10'); not a decimal point ('2.5/10')."""
_LABEL_NOISE = re.compile(
    r"\([^)]*\)|^\s*(?:t\s*)?\+\s*|^\s*(?:at|after)\s+|\b(?:pain|score|nrs|vas)\b\s*$",
    re.IGNORECASE,
)
"""Asides around a time point: '15 min (walking)', 'T+30 min', 'at 2 h', 'Pre pain'."""

_STRAY = re.compile(r"^[^0-9A-Za-z%]+$")
"""A token without a letter, digit or '%': a rule remnant or speck OCR read as text."""
_EDGE_STRAY = re.compile(r"^[^0-9A-Za-z%'+]+|[^0-9A-Za-z%'.)]+$")
"""Specks stuck to a token's edges ('.Pre', '2hr;')."""

Point = tuple[float | None, float]
"""(hours after the procedure, score); the baseline has hours None."""
PointReader = Callable[[str], tuple[bool, float | None]]
ScoreReader = Callable[[str], float | None]


def on_ten_point_scale(
    value: float, *, out_of: float | None = None, millimetres: bool = False
) -> float | None:
    """A pain score on the 0-10 scale the policy reads ("7/10" -> 7, "65/100" and "VAS
    65 mm" -> 6.5), to one decimal; None when it is not a score on that scale."""
    if out_of == 100 or millimetres:
        value /= 10
    return round(value, 1) if 0 <= value <= 10 else None


def relief_percent(pre: float, post: float) -> float:
    """Relief from a pre- and a post-procedure score, in whole percent, 0-100."""
    return float(max(0, min(100, round((pre - post) / pre * 100))))


@dataclass(frozen=True)
class Diary:
    """Scores at time points, and the Doc range they were read from."""

    points: tuple[Point, ...]
    start: int
    end: int

    @property
    def relief(self) -> tuple[float, float | None] | None:
        """(relief percent, hours it stayed >= 50%) from the first baseline; None when
        the diary gives none (no positive baseline, or 0-10 and millimetres mixed)."""
        baseline = [score for hours, score in self.points if hours is None]
        timed = [(hours, score) for hours, score in self.points if hours is not None]
        if not baseline or baseline[0] <= 0 or not timed:
            return None
        pre = baseline[0]
        if pre <= 10 < max(score for _h, score in timed):
            return None  # a 0-10 baseline with millimetre scores: not one scale
        reliefs = [(hours, (pre - score) / pre * 100) for hours, score in sorted(timed)]
        percent = float(round(max(r for _, r in reliefs)))
        return max(0.0, min(100.0, percent)), _lasted(reliefs)


def _lasted(reliefs: list[tuple[float, float]]) -> float | None:
    """The last time point of the first unbroken run at >= 50% relief: how long the
    anesthetic's relief lasted. Once it has fallen below, a later good reading ('Day 7:
    3' after '8 hr: 5') is the steroid's later course, not the block's duration."""
    lasted = None
    for hours, relief in reliefs:
        if relief >= GOOD_RELIEF:
            lasted = hours
        elif lasted is not None:
            break
    return lasted


class DiaryReader(RuleReader):
    """Time points, scores and whole diaries (rules: ``resources/diary.json``)."""

    def __init__(self) -> None:
        super().__init__(load_family_rules("diary"))

    # ------------------------------------------------------------ the pieces

    def time_point(self, label: str) -> tuple[bool, float | None]:
        """(is a time point, its hours after the procedure); the baseline is a time
        point with hours None."""
        label = _clean_label(label)
        if not label:
            return False, None
        if search_any(self.p["baseline"], label):
            return True, None
        hours = self._hours(label)
        return (hours is not None), hours

    def score(self, cell: str) -> float | None:
        """A diary cell's score as written: 0-10, or VAS millimetres 0-100."""
        match = search_any(self.p["score"], cell)
        if match is None:
            return None
        score = float(match.group("score"))
        return score if 0 <= score <= 100 else None

    def _hours(self, label: str) -> float | None:
        if search_any(self.p["immediate"], label):
            return 0.0
        if search_any(self.p["next_day"], label):
            return hours_of("day")
        match = search_any(self.p["timed"], label)
        if match:
            per_unit = hours_of(match.group("unit"))
            return None if per_unit is None else round(float(match.group("n")) * per_unit, 2)
        for name, unit in (("hour", "hour"), ("day", "day"), ("week", "week")):
            match = search_any(self.p[name], label)
            if match:
                return float(match.group("n")) * (hours_of(unit) or 0.0)
        return None

    # ------------------------------------------------------------ diaries

    def read(self, doc: Doc, ranges: list[tuple[int, int]]) -> Diary | None:
        """The first diary in the ranges (tables first met, or inline) that gives a
        relief."""
        candidates = [
            diary
            for block in self._table_blocks(doc, ranges)
            if (diary := self._block_diary(block, scanned(doc, block[0].start), doc=doc))
            is not None
            or (diary := self._with_stated_baseline(doc, block)) is not None
        ]
        candidates += self._inline(doc, ranges)
        for diary in sorted(candidates, key=lambda d: d.start):
            if diary.relief is not None:
                return diary
        # rows printed with single spaces ('30 min 2 75%'), read only when no table or
        # inline diary gives a relief
        return next((d for d in self._line_runs(doc, ranges) if d.relief is not None), None)

    def _line_runs(self, doc: Doc, ranges: list[tuple[int, int]]) -> list[Diary]:
        """Diaries written one time point a line with single spaces between the columns
        ('Baseline 8' / '30 min 2 75%' / '2 hours 3 63%'): runs of three or more such
        lines with a baseline, each line whole; never on a scan (a line that did not
        read whole there is a row lost, not one to guess)."""
        found: list[Diary] = []
        text = text_of(doc)
        for offset, end in ranges:
            if scanned(doc, offset):
                continue
            run: list[tuple[Point, int, int]] = []
            position = offset
            for line in [*text[offset:end].split("\n"), ""]:
                l_start, position = position, position + len(line) + 1
                point = self._line_point(line)
                if point is not None and not (run and point[0] is None):
                    run.append((point, l_start, l_start + len(line)))
                    continue
                points = [p for p, _a, _b in run]
                if len(points) >= 3 and _has_baseline(points) and _in_order(points):
                    found.append(Diary(tuple(points), run[0][1], run[-1][2]))
                run = [(point, l_start, l_start + len(line))] if point is not None else []
        return found

    def _line_point(self, line: str) -> Point | None:
        """One line of a single-spaced diary: a time point, its score (a range '0-1' at
        its worse end) and perhaps the percent relief the row prints beside it."""
        match = search_any(self.p["line_row"], line)
        if match is None:
            return None
        is_point, hours = self.time_point(match.group("label"))
        if not is_point:
            return None
        score = float(match.group("score2") or match.group("score"))
        return (hours, score) if 0 <= score <= 10 else None

    def on_diary_row(self, doc: Doc, offset: int) -> bool:
        """Whether ``offset`` sits on a row of a diary table: a '|' row whose label cell
        is a time point, or one under a diary heading ("Pain diary", "Time point")."""
        found = row_at(doc, offset)
        if found is None:
            return False
        if not found[0].separated:
            return self._table_diary(found[0]) is not None
        cells = found[1].values()
        if cells and self.time_point(cells[0].text)[0]:
            return True
        above = lines_above(text_of(doc), found[1].start, HEADING_LOOKBACK)
        return any(search_any(self.p["heading"], line) for line in above)

    def _table_blocks(self, doc: Doc, ranges: list[tuple[int, int]]) -> list[list[Row]]:
        """Runs of consecutive table rows in the ranges (``extractors.tables``). Blocks
        on consecutive lines with as many cells are one diary the table reader split
        where its columns' alignment shifted ('30 min | 1 | 86%' over '1 hr | 1 | 86%'):
        read apart, the first would end the diary early and shorten the relief."""
        blocks = [
            block
            for start, end in ranges
            for table in tables_in(doc, start, end)
            for block in self._blocks(table)
        ]
        text = text_of(doc)
        joined: list[list[Row]] = []
        for block in blocks:
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and block[0].start >= previous[-1].end
                and text[previous[-1].end : block[0].start].count("\n") == 1
                and not text[previous[-1].end : block[0].start].strip()
                and len(previous[-1].cells) == len(block[0].cells)
            ):
                joined[-1] = previous + block
            elif previous is not None and self._continues_across(doc, previous, block):
                joined[-1] = [
                    Row(row.start, more.end, row.cells + more.cells)
                    for row, more in zip(previous, block, strict=True)
                ]
            else:
                joined.append(block)
        return joined

    def _continues_across(self, doc: Doc, block: list[Row], band: list[Row]) -> bool:
        """Whether ``band`` is the rest of the across diary ``block`` wrapped onto a second
        band of columns ('Time | 30 min | 1 h' / 'Pain | 1 | 1', then '2 h | 4 h | 6 h' /
        '2 | 3 | 5' below without the row labels): read alone, the diary would end at
        the first band's last time point and shorten the relief. The band follows with
        only blank lines between, has as many rows, each as many cells as its first, and
        that first row is all time points running on after the block's last one."""
        text = text_of(doc)
        if band[0].start < block[-1].end or text[block[-1].end : band[0].start].strip():
            return False
        if len(band) != len(block) or any(len(r.cells) != len(band[0].cells) for r in band):
            return False
        point_of, _score_of = self._cell_readers(scanned(doc, block[0].start))
        head = [point_of(cell) for cell in block[0].texts()]
        if head[0][0] or sum(is_point for is_point, _ in head) < 2:
            return False  # not an across diary's header: a label cell, then time points
        last = max((h for is_point, h in head if is_point and h is not None), default=None)
        more = [point_of(cell) for cell in band[0].texts()]
        hours = [h for is_point, h in more if is_point and h is not None]
        return last is not None and len(hours) == len(more) and min(hours) > last

    def _blocks(self, table: Table) -> list[list[Row]]:
        """A table's rows as diary blocks: a row written with spaces (and no page
        alignment) needs three or more cells, else it ends the block; unless it is a
        time point whose score ran into its note ('30 min | 1 walked dog' among
        '15 min | 1 | in recovery' rows: the gap before the note printed narrow)."""
        blocks: list[list[Row]] = []
        block: list[Row] = []
        for row in table.rows:
            if table.layout == "spaced" and len(row.cells) < 3 and not self._noted_row(block, row):
                if block:
                    blocks.append(block)
                block = []
                continue
            block.append(row)
        if block:
            blocks.append(block)
        return blocks

    def _noted_row(self, block: list[Row], row: Row) -> bool:
        """A two-cell row of a three-column diary block whose score cell holds the
        note beside it too ('2 hr | 1 walked dog')."""
        texts = row.texts()
        return (
            len(texts) == 2
            and any(len(r.cells) >= 3 for r in block)
            and self.time_point(texts[0])[0]
            and self.noted_score(texts[1]) is not None
        )

    def noted_score(self, cell: str) -> float | None:
        """A 0-10 score with the row's note run into its cell ('1 sit-to-stand x5',
        '2 - light housework'); never a count of a time unit ('2 hr', '30 min')."""
        match = search_any(self.p["noted_score"], cell)
        if match is None:
            return None
        score = float(match.group("score"))
        return score if 0 <= score <= 10 else None

    def _table_diary(self, table: Table) -> Diary | None:
        """The diary a whole table holds, if it gives a relief (read as written: this
        says whether rows are a diary's, on a scan too, not what relief it gives)."""
        diaries = [
            d for block in self._blocks(table) if (d := self._down(block) or self._across(block))
        ]
        return next((d for d in diaries if d.relief is not None), None)

    def _block_diary(
        self, block: list[Row], ocr: bool, baseline: float | None = None, doc: Doc | None = None
    ) -> Diary | None:
        return self._down(block, baseline, ocr, doc) or self._across(block, baseline, ocr)

    def _with_stated_baseline(self, doc: Doc, block: list[Row]) -> Diary | None:
        """The block's diary with the baseline stated in the lines just above the table
        (nearest first), when the table has time points but no baseline of its own and
        no other table stands between (on a scan, a boxed line without a number, a
        heading or a header row whose ruling was not found, is not one)."""
        text = text_of(doc)
        end = block[0].start
        ocr = scanned(doc, block[0].start)
        for line in lines_above(text, end, HEADING_LOOKBACK):
            end = end - len(line) - 1
            if is_table_row(line) and not (ocr and not any(c.isdigit() for c in line)):
                return None  # another table stands between
            matches = list(finditer_all(self.p["stated_baseline"], line))
            if not matches:
                continue
            match = matches[-1]
            diary = self._block_diary(block, ocr, float(match.group("score")), doc)
            if diary is None:
                return None
            return Diary(diary.points, end + match.start(), diary.end)
        return None

    def _down(
        self,
        block: list[Row],
        baseline: float | None = None,
        ocr: bool = False,
        doc: Doc | None = None,
    ) -> Diary | None:
        """One row per time point: 'Pre | 7', '30 min | 1'. On a scan (``ocr``) every row
        must read whole or not at all (a time point with its score; a score without its
        time point, even above the first one read, is a row lost), from the first time
        point on no row may be unread, and time points run in order."""
        point_of, score_of = self._cell_readers(ocr)
        points: list[Point] = [] if baseline is None else [(None, baseline)]
        unread = False
        header: tuple[tuple[Cell, ...], int] | None = None  # header cells, score column
        for row in block:
            texts = row.texts()
            if header is None and len(points) == (baseline is not None):
                at = self._score_column(texts, point_of, score_of)
                if at is not None:
                    header = (row.cells, at)
                    continue
            cells = _time_then_score(row, header, ocr, doc)
            if len(cells) < (1 if ocr else 2):
                continue
            is_point, hours = point_of(cells[0])
            score = score_of(cells[1]) if len(cells) > 1 else None
            if score is None and not ocr and len(cells) == 2 and is_point:
                score = self.noted_score(cells[1])  # a note run into the score cell
            more = ocr and any(score_of(cell) is not None for cell in cells[2:])
            if is_point and score is not None and not more:
                if baseline is not None and hours is None:
                    return None  # the table has its own baseline row
                points.append((hours, score))
            elif ocr and (is_point or score is not None or more):
                unread = True  # half a reading: a time point or a score alone
            elif ocr and len(points) > (baseline is not None) and len(cells) > 1:
                unread = True  # a row inside the diary that did not read
        if unread or (ocr and not _in_order(points)):
            return None
        if len(points) >= 2 and _has_baseline(points):
            return Diary(tuple(points), block[0].start, block[-1].end)
        return None

    def _score_column(
        self, texts: list[str], point_of: PointReader, score_of: ScoreReader
    ) -> int | None:
        """The column a header row names as the score's ('Pain 0-10', 'NRS'), when the
        row is a header: no cell in it a time point or a score."""
        if any(point_of(t)[0] or score_of(t) is not None for t in texts if t.strip()):
            return None
        return next((j for j, t in enumerate(texts) if search_any(self.p["score_header"], t)), None)

    def _across(
        self, block: list[Row], baseline: float | None = None, ocr: bool = False
    ) -> Diary | None:
        """A row of time points over a row of scores ('| Pre | 15 min' / 'NRS | 7 | 2');
        a row shorter or longer than the header lines up on the right. On a scan
        (``ocr``) only the row just under the first header counts, with a cell under
        every column (no shifting), every column from the first time point on reading
        whole, in order."""
        point_of, score_of = self._cell_readers(ocr)
        for index, header_row in enumerate(block):
            header = header_row.texts()
            labels = [point_of(cell) for cell in header]
            columns = [(j, hours) for j, (is_point, hours) in enumerate(labels) if is_point]
            if len(columns) < 2:
                continue
            if baseline is not None and any(hours is None for _, hours in columns):
                if ocr:
                    return None
                continue
            for following in block[index + 1 : index + 2] if ocr else block[index + 1 :]:
                row = following.texts()
                points: list[Point] | None = [] if baseline is None else [(None, baseline)]
                if ocr:
                    points = self._scanned_columns(header, labels, row, points, score_of)
                else:
                    shift = len(row) - len(header)
                    for j, hours in columns:
                        k = j + shift
                        score = score_of(row[k]) if 0 <= k < len(row) else None
                        if score is not None:
                            points.append((hours, score))
                if points is None:
                    return None
                if len(points) >= 2 and _has_baseline(points) and (not ocr or _in_order(points)):
                    return Diary(tuple(points), block[0].start, block[-1].end)
            if ocr:
                return None
        return None

    @staticmethod
    def _scanned_columns(
        header: list[str],
        labels: list[tuple[bool, float | None]],
        row: list[str],
        points: list[Point],
        score_of: ScoreReader,
    ) -> list[Point] | None:
        """A scanned across diary's points, column by column from the first time point;
        None when the row and header differ in length or a column reads only half."""
        if len(row) != len(header):
            return None
        first = next(j for j, (is_point, _) in enumerate(labels) if is_point)
        for j in range(first, len(header)):
            is_point, hours = labels[j]
            score = score_of(row[j])
            if is_point and score is not None:
                points.append((hours, score))
            elif is_point or score is not None or _tokens(header[j]):
                return None
        return points

    def _cell_readers(self, ocr: bool) -> tuple[PointReader, ScoreReader]:
        """(time point reader, score reader) for a cell as written or as OCR read it."""
        if ocr:
            return self.scanned_time_point, self.scanned_score
        return self.time_point, self.score

    # ------------------------------------------------------------ scanned diaries

    def scanned_time_point(self, label: str) -> tuple[bool, float | None]:
        """``time_point`` of a cell OCR read: without stray glyphs ('. Pre  a', '2 hr.
        7'), with a confused glyph in the count read as a digit ('thr', 'ih' for 1 hr,
        1 h), the baseline's 'e' read as 'a', 'c' or 'o' ('Pra'); never a zero count
        made of letters."""
        for candidate in _label_candidates(label):
            found = self.time_point(candidate)
            if found[0]:
                return found
            if search_any(self.p["ocr_baseline"], candidate):
                return True, None
            slot = search_any(self.p["ocr_number_slot"], candidate)
            if slot is None:
                continue
            digits = self._as_digits(slot.group("n"))
            if digits is None or not any(c != "0" for c in digits):
                continue
            found = self.time_point(
                candidate[: slot.start("n")] + digits + candidate[slot.end("n") :]
            )
            if found[0]:
                return found
        return False, None

    def scanned_score(self, cell: str) -> float | None:
        """``score`` of a cell OCR read: stray glyphs dropped, one number left whose
        confused glyphs ('l', 'O', 'S') are read as digits; None when anything else is
        left ('2 rr', two numbers, a word)."""
        tokens = _tokens(cell)
        if not tokens:
            return None
        text = " ".join(tokens)
        score = self.score(text)
        if score is not None:
            return score
        if len(tokens) != 1:
            return None
        digits = self._as_digits(tokens[0].rstrip("."))
        return self.score(digits) if digits is not None else None

    def _as_digits(self, token: str) -> str | None:
        """A token of digits and glyphs OCR confuses with digits, as digits ('/' and '.'
        kept: '7/1O', '2.S'); None when some character is neither."""
        table = self.rules.vocab.get("ocr_digits", {})
        out = []
        for char in token:
            if char.isdigit() or char in "/.":
                out.append(char)
            elif char in table:
                out.append(table[char])
            else:
                return None
        return "".join(out) if out else None

    def _inline(self, doc: Doc, ranges: list[tuple[int, int]]) -> list[Diary]:
        """'Pre 7/10, 15 min 2/10, 30 min 1/10, 2 h 4/10' on one line: a baseline and at
        least two time points, each 'label score' between commas or semicolons."""
        found = []
        for offset, end in ranges:
            text = text_of(doc)[offset:end]
            position = 0
            for line in text.split("\n"):
                l_start, position = position, position + len(line) + 1
                if not line.strip() or is_table_row(line):
                    continue
                points = self._inline_points(line)
                if len(points) >= 3 and _has_baseline(points):
                    found.append(
                        Diary(tuple(points), offset + l_start, offset + l_start + len(line))
                    )
        return found

    def _inline_points(self, line: str) -> list[Point]:
        points: list[Point] = []
        for part in _INLINE_BREAK.split(line):
            part = re.sub(r"^\s*(?:and\s+)?", "", part)
            if ":" in part and not points:
                part = part.rsplit(":", 1)[-1] if not _INLINE_PAIR.match(part) else part
            match = _INLINE_PAIR.match(part)
            is_point, hours = self.time_point(match.group("label")) if match else (False, None)
            score = self.score(match.group("score")) if match else None
            if not is_point or score is None:
                if len(points) >= 3:
                    break
                points = []
                continue
            points.append((hours, score))
        return points


def _time_then_score(
    row: Row, header: tuple[tuple[Cell, ...], int] | None, ocr: bool, doc: Doc | None
) -> list[str]:
    """A down diary row's cells that hold something, the time point first and the score
    second: the score is the cell in the header's score column ('1 hr | 1430 | 3 | in
    car': a clock column between), found by place when the row has the header's cells,
    else by where it stands on the page under the header cell; else the second cell."""
    texts = row.texts()
    kept = [j for j, text in enumerate(texts) if text.strip() and (not ocr or _tokens(text))]
    at = None
    if header is not None:
        cells, column = header
        if len(texts) == len(cells):
            at = column
        elif doc is not None:
            at = column_under(doc, cells[column], row)
    if at is not None and at in kept:
        others = [texts[j] for j in kept if j != at]
        return [*others[:1], texts[at], *others[1:]]
    return [texts[j] for j in kept]


def _clean_label(label: str) -> str:
    """A diary label without its asides: '15 min (walking)', 'T+30 min', 'Pre pain'."""
    previous = None
    label = label.strip()
    while previous != label:
        previous = label
        label = _LABEL_NOISE.sub(" ", label).strip()
    return label


def _tokens(cell: str) -> list[str]:
    """A scanned cell's tokens without stray glyphs."""
    tokens = (_EDGE_STRAY.sub("", token) for token in cell.split() if not _STRAY.match(token))
    return [token for token in tokens if token]


def _label_candidates(label: str) -> list[str]:
    """A scanned time-point cell as read, then without stray glyphs, then without a
    lone glyph at either end (a speck or a rule remnant read as 'a', '7' or 'oe')."""
    tokens = _tokens(label)
    candidates = [label, " ".join(tokens)]
    if len(tokens) >= 2 and (
        len(tokens[-1]) == 1 or (len(tokens[-1]) == 2 and tokens[-1].isalpha())
    ):
        candidates.append(" ".join(tokens[:-1]))
    if len(tokens) >= 2 and len(tokens[0]) == 1 and not tokens[0].isdigit():
        candidates.append(" ".join(tokens[1:]))
    return candidates


def _in_order(points: list[Point]) -> bool:
    """Baseline first, then time points strictly later one after the other."""
    hours = [h for h, _score in points]
    if None in hours and hours.index(None) != 0:
        return False
    timed = [h for h in hours if h is not None]
    return all(a < b for a, b in pairwise(timed))


def _has_baseline(points: list[Point]) -> bool:
    return any(hours is None for hours, _score in points) and any(
        hours is not None for hours, _score in points
    )
