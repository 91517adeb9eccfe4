"""Post-procedure pain diaries: pain scores at time points after a baseline."""

import re

from spacy.tokens import Doc

from extractors.base import (
    RuleReader,
    is_table_row,
    lines,
    search_any,
)
from extractors.injections.common import Region
from extractors.lexicon import hours_of
from extractors.tables import Row, tables_in

_INLINE_PAIR = re.compile(
    r"^\s*(?P<label>[A-Za-z+][\w .+'-]{0,30}?|\d+(?:\.\d+)?\s*-?\s*[A-Za-z']{1,7}\.?"
    r"(?:\s+(?:post|after)[\w -]{0,20}?)?)\s*[:=]?\s*(?P<score>\d{1,3}(?:\.\d)?"
    r"\s*(?:/\s*100?|mm)?)\s*$",
    re.IGNORECASE,
)
"""One 'label score' pair of an inline diary: 'pre 7/10', '30 min: 2', '4 h 60 mm'."""
_LABEL_NOISE = re.compile(
    r"\([^)]*\)|^\s*(?:t\s*)?\+\s*|^\s*(?:at|after)\s+|\b(?:pain|score|nrs|vas)\b\s*$",
    re.IGNORECASE,
)


class DiaryReader(RuleReader):
    """Reads a diary table or inline diary inside an injection's region."""

    def read(self, doc: Doc, region: Region) -> tuple[float, float | None, tuple[int, int]] | None:
        """A post-procedure pain diary: pain scores at time points after a baseline.

        The table may run down (one row per time point: "Pre | 7", "30 min | 1"), across
        (a row of time points over a row of scores, "| Pre | 15 min ..." / "NRS | 7 | 2
        ..."), or be written inline ("Pre 7/10, 30 min 2/10, 1 h 3/10"); cells may be
        split by '|' or by runs of spaces, and scores may be 0-10 or VAS millimetres
        (0-100: the ratio is the same). relief_percent = max over time points of
        (pre - post) / pre x 100, rounded; relief_duration_hours = the latest time point
        whose relief is >= 50%.
        """
        candidates = [
            (points, (block[0].start, block[-1].end))
            for block in self._table_blocks(doc, region)
            for points in (self._diary_down(block) or self._diary_across(block),)
        ]
        candidates += self._diary_inline(doc, region)
        for points, span in sorted(candidates, key=lambda c: c[1][0]):
            baseline = [score for hours, score in points if hours is None]
            timed = [(hours, score) for hours, score in points if hours is not None]
            if not baseline or baseline[0] <= 0 or not timed:
                continue
            pre = baseline[0]
            if pre <= 10 < max(score for _h, score in timed):
                continue  # a 0-10 baseline with millimetre scores: not one scale
            reliefs = [(hours, (pre - score) / pre * 100) for hours, score in timed]
            percent = float(round(max(r for _, r in reliefs)))
            good = [hours for hours, r in reliefs if r >= 50]
            return max(0.0, min(100.0, percent)), (max(good) if good else None), span
        return None

    def _table_blocks(self, doc: Doc, region: Region) -> list[list[Row]]:
        """Runs of consecutive table rows in the region (``extractors.tables``).

        Cells keep their places (an empty corner cell stays, so a header row
        "| Pre | 15 min" lines up with "NRS | 7 | 2"); a row is a '|' row or a line of
        three or more cells split by tabs or runs of spaces."""
        blocks: list[list[Row]] = []
        for start, end in region.ranges:
            for table in tables_in(doc, start, end):
                block: list[Row] = []
                for row in table.rows:
                    if table.layout == "spaced" and len(row.cells) < 3:
                        if block:
                            blocks.append(block)
                        block = []
                        continue
                    block.append(row)
                if block:
                    blocks.append(block)
        return blocks

    def _diary_label(self, label: str) -> tuple[bool, float | None]:
        """(is a time point, its hours); the baseline is a time point with hours None."""
        label = _clean_label(label)
        if not label:
            return False, None
        if search_any(self.p["diary_baseline"], label):
            return True, None
        hours = self._diary_hours(label)
        return (hours is not None), hours

    def _diary_down(self, block: list[Row]) -> list[tuple[float | None, float]]:
        points = []
        for row in block:
            cells = [cell.text for cell in row.values()]
            if len(cells) < 2:
                continue
            is_point, hours = self._diary_label(cells[0])
            score = self._diary_score(cells[1:2])
            if is_point and score is not None:
                points.append((hours, score))
        return points if len(points) >= 2 and _has_baseline(points) else []

    def _diary_across(self, block: list[Row]) -> list[tuple[float | None, float]]:
        for index, header_row in enumerate(block):
            header = header_row.texts()
            labels = [(j, *self._diary_label(cell)) for j, cell in enumerate(header)]
            columns = [(j, hours) for j, is_point, hours in labels if is_point]
            if len(columns) < 2:
                continue
            for following in block[index + 1 :]:
                row = following.texts()
                shift = 0
                if len(row) != len(header):
                    shift = len(row) - len(header)  # ragged: line the rows up on the right
                points = []
                for j, hours in columns:
                    k = j + shift
                    if 0 <= k < len(row):
                        score = self._diary_score([row[k]])
                        if score is not None:
                            points.append((hours, score))
                if len(points) >= 2 and _has_baseline(points):
                    return points
        return []

    def _diary_inline(
        self, doc: Doc, region: Region
    ) -> list[tuple[list[tuple[float | None, float]], tuple[int, int]]]:
        """'Pre 7/10, 15 min 2/10, 30 min 1/10, 2 h 4/10' on one line: a baseline and at
        least two time points, each 'label score' between commas or semicolons."""
        found = []
        for offset, text in region.texts(doc):
            for l_start, l_end in lines(text):
                line = text[l_start:l_end]
                if is_table_row(line):
                    continue
                points: list[tuple[float | None, float]] = []
                for part in re.split(r"[,;]", line):
                    part = re.sub(r"^\s*(?:and\s+)?", "", part)
                    if ":" in part and not points:
                        part = part.rsplit(":", 1)[-1] if not _INLINE_PAIR.match(part) else part
                    match = _INLINE_PAIR.match(part)
                    if not match:
                        if len(points) >= 3:
                            break
                        points = []
                        continue
                    is_point, hours = self._diary_label(match.group("label"))
                    score = self._diary_score([match.group("score")])
                    if not is_point or score is None:
                        if len(points) >= 3:
                            break
                        points = []
                        continue
                    points.append((hours, score))
                if len(points) >= 3 and _has_baseline(points):
                    found.append((points, (offset + l_start, offset + l_end)))
        return found

    def _diary_score(self, cells: list[str]) -> float | None:
        for cell in cells:
            match = search_any(self.p["diary_score"], cell)
            if match:
                score = float(match.group("score"))
                return score if 0 <= score <= 100 else None
        return None

    def _diary_hours(self, label: str) -> float | None:
        if search_any(self.p["diary_immediate"], label):
            return 0.0
        if search_any(self.p["diary_next_day"], label):
            return 24.0
        match = search_any(self.p["diary_timed"], label)
        if match:
            per_unit = hours_of(match.group("unit"))
            return None if per_unit is None else round(float(match.group("n")) * per_unit, 2)
        match = search_any(self.p["diary_hour"], label)
        if match:
            return float(match.group("n"))
        match = search_any(self.p["diary_day"], label)
        if match:
            return 24.0 * float(match.group("n"))
        match = search_any(self.p["diary_week"], label)
        if match:
            return 168.0 * float(match.group("n"))
        return None


def _clean_label(label: str) -> str:
    """A diary label without its asides: '15 min (walking)', 'T+30 min', 'Pre pain'."""
    previous = None
    label = label.strip()
    while previous != label:
        previous = label
        label = _LABEL_NOISE.sub(" ", label).strip()
    return label


def _has_baseline(points: list[tuple[float | None, float]]) -> bool:
    return any(hours is None for hours, _score in points) and any(
        hours is not None for hours, _score in points
    )
