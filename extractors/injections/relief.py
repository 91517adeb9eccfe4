"""Relief after an injection: stated percentages and durations, pain scores before and
after, a pain diary, and the later course (pain returned, or relief lasting)."""

import re

from spacy.tokens import Doc

from extractors.base import (
    RuleReader,
    durations_in,
    evidence_for,
    finditer_all,
    line_bounds,
    search_any,
    text_of,
)
from extractors.diary import GOOD_RELIEF, Diary, DiaryReader, relief_percent
from extractors.injections.common import Region
from extractors.rules import FamilyRules
from pipeline.models import Evidence

RELIEF_DURATION_WINDOW = 60
"""How far before a duration a relief word may stand ("relief ... lasted 4 hours")."""
MAX_RELIEF_DURATION_HOURS = 72.0
"""A stated relief longer than this ('relief for about a month') describes the later
course of a steroid, not the anesthetic response that relief_duration_hours measures."""
_RELIEF_TO_DURATION = re.compile(
    r"[\s,]*(?:(?:of\s+)?(?:pain\s+)?relief\s*)?(?:which\s+|that\s+)?"
    r"(?:lasting|lasted|for|x|over|at)?\s*(?:only\s+)?(?:about\s+|approx(?:imately|\.)?\s*|~\s*)?"
    r"(?:(?:>=?|\u2265|more\s+than|greater\s+than|at\s+least|over)\s*)?",
    re.IGNORECASE,
)
"""Between a relief percentage and its duration: '80% for 2 hours', '90% relief lasting',
'about 70% at 4 hours' (the relief measured at that hour: it lasted at least so long),
'86% relief for > 4 hours', 'for at least 4 h' (a lower bound: it lasted at least so
long; an upper bound, 'for < 2 hours', says nothing of how long and is not read)."""
_AT_POINT = re.compile(r"\bat\b", re.IGNORECASE)
_LATER_POINT = re.compile(
    r"[ \t]*[,;][ \t]*(?:and\s+|then\s+|still\s+)?(?:>=|≥|>|at\s+least\s+|over\s+)?\s*"
    r"(?P<pct>\d{1,3})\s*%\s*(?:relief\s+)?(?:maintained\s+|sustained\s+|lasting\s+)?"
    r"(?:at|@|through|thru|for|until|to)\s*",
    re.IGNORECASE,
)
"""A further time point after a relief measured at one: ', 71% at 4 hr', ', >=50% relief
through 4 hours'."""
_UPPER_BOUND = re.compile(
    r"(?:<|\u2264|\bless\s+than|\bunder|\bup\s+to|\bno\s+more\s+than|\bnot\s+more\s+than"
    r"|\bat\s+most|\bfewer\s+than|\bshorter\s+than)\s*$",
    re.IGNORECASE,
)
"""Before a duration, a bound from above ('for < 2 hours', 'lasting less than 2 h',
'up to 2 hours'): how long the relief lasted is not told, only what it did not reach."""
COURSE_NEGATOR_WINDOW = 30
"""How far before a course phrase its negator may stand ('neither provided lasting
benefit', 'has not noticed any lasting benefit')."""


_PERCENT = re.compile(r"\d\s*%")


def _on_readings_row(doc: Doc, diary: Diary, offset: int) -> bool:
    """Whether ``offset`` stands on a row of the diary that prints a percent at each time
    point ('Relief 71% 86% 86%', '% relief | 86% | 71%'): the row's first percent is the
    first time point's reading, not the block's stated relief (the diary gives that)."""
    if not diary.start <= offset < diary.end:
        return False
    line_start, line_end = line_bounds(text_of(doc), offset)
    return len(_PERCENT.findall(text_of(doc)[line_start:line_end])) >= 2


class ReliefReader(RuleReader):
    """Relief, its duration and the later course stated inside an injection's region."""

    def __init__(self, rules: FamilyRules) -> None:
        super().__init__(rules)
        self.diary = DiaryReader()

    def read(self, doc: Doc, region: Region) -> tuple[dict, list[Evidence]]:
        values: dict = {}
        evidence: list[Evidence] = []
        stated: list[tuple[int, int, float, int]] = []
        labelled: dict[int, tuple[int, int]] = {}  # stated start -> its time label's range
        diary = self.diary.read(doc, region.ranges)
        for offset, text in region.texts(doc):
            below = finditer_all(self.p["relief_below"], text)
            for match in below:
                # 'less than 50% relief': the largest whole percent under the bound,
                # never the bound itself (which would pass for it)
                bound = float(match.group("pct"))
                if 0 < bound <= 100:
                    stated.append((offset + match.start(), offset + match.end(), bound - 1, offset))
            for match in finditer_all(self.p["relief_percent"], text):
                if search_any(self.p["scale_range"], match.group(0)):
                    continue  # 'Pain 0-10 | % relief': a diary's column heads, no relief
                if diary is not None and _on_readings_row(doc, diary, offset + match.start()):
                    continue  # 'Relief | 71% | 86% | 86%': one time point's reading
                low = float(match.group("pct"))
                inside = any(b.start() <= match.start() < b.end() for b in below)
                if 0 <= low <= 100 and not inside:
                    stated.append((offset + match.start(), offset + match.end(), low, offset))
                    span = match.groupdict().get("span")
                    if span is not None:
                        at = (offset + match.start("span"), offset + match.end("span"))
                        labelled[offset + match.start()] = at
            if offset != region.ranges[0][0]:
                continue  # 'no relief' / 'complete relief' only in the mention's own sentence
            for match in finditer_all(self.p["relief_complete"], text):
                stated.append((offset + match.start(), offset + match.end(), 100.0, offset))
            for match in finditer_all(self.p["relief_none"], text):
                stated.append((offset + match.start(), offset + match.end(), 0.0, offset))
        if stated:
            start, end, value, _ = min(stated, key=lambda x: (x[0], -x[1]))
            after = text_of(doc)[end : end + 40]
            if search_any(self.p["unread_duration_after"], after):
                # "80% relief for X  minutes": the scan's number did not read, so the
                # statement is not read whole; it qualifies nothing (never met on silence)
                stated = []
        measured = None  # 'about 70% at 4 hours': relief at a time point, lasting at least so long
        if stated:
            values["relief_percent"] = value
            evidence.append(evidence_for(doc, start, end, "injections.relief.stated"))
            duration = self._duration_after(doc, end, region)
            if start in labelled:
                # 'Relief at 3 h: 71%', 'relief in the first 4 hours: about 80%': the
                # relief measured at (or over) that time, lasting at least so long
                measured = self._labelled_point(doc, *labelled[start])
            elif duration is not None and _AT_POINT.search(text_of(doc)[end : duration[1]]):
                measured = self._last_good_point(doc, duration)
            elif duration is not None:
                values["relief_duration_hours"] = duration[0]
                evidence.append(
                    evidence_for(doc, duration[1], duration[2], "injections.duration.with_relief")
                )
        relief = diary.relief if diary is not None else None
        if diary is not None and relief is not None:
            percent, hours = relief
            values.setdefault("relief_percent", percent)
            if hours is not None and "relief_duration_hours" not in values:
                values["relief_duration_hours"] = hours
                evidence.append(
                    evidence_for(doc, diary.start, diary.end, "injections.duration.diary")
                )
            evidence.append(evidence_for(doc, diary.start, diary.end, "injections.relief.diary"))
        elif "relief_percent" not in values:
            change = self._pain_change(doc, region)
            if change is not None:
                values["relief_percent"] = change[0]
                evidence.append(
                    evidence_for(doc, change[1], change[2], "injections.relief.pre_post")
                )
        if "relief_duration_hours" not in values:
            duration = self._stated_duration(doc, region)
            if duration is not None:
                values["relief_duration_hours"] = duration[0]
                evidence.append(
                    evidence_for(doc, duration[1], duration[2], "injections.duration.stated")
                )
        if "relief_duration_hours" not in values and measured is not None:
            # a time point is a lower bound: a diary or a stated duration tells more
            values["relief_duration_hours"] = measured[0]
            evidence.append(
                evidence_for(doc, measured[1], measured[2], "injections.duration.at_point")
            )
        return values, evidence

    @staticmethod
    def _labelled_point(doc: Doc, start: int, end: int) -> tuple[float, int, int] | None:
        """The hours of a relief field's time label ('at 3 h', 'first 4 hours'), within
        the anesthetic's reach (MAX_RELIEF_DURATION_HOURS)."""
        found = durations_in(doc, start, end)
        if not found or found[0].hours > MAX_RELIEF_DURATION_HOURS:
            return None
        return round(found[0].hours, 2), found[0].start, found[0].end

    def _last_good_point(self, doc: Doc, first: tuple[float, int, int]) -> tuple[float, int, int]:
        """'86% relief at 1-2 hr, 71% at 4 hr, 29% at 8 hr': relief of at least half
        lasted through the last time point that still gives it (4 h), not only the first."""
        hours, start, end = first
        text = text_of(doc)
        while True:
            point = _LATER_POINT.match(text, end)
            if point is None or float(point.group("pct")) < GOOD_RELIEF:
                return hours, start, end
            following = durations_in(doc, point.end(), min(len(text), point.end() + 20))
            if not following or following[0].start != point.end():
                return hours, start, end
            if following[0].hours <= MAX_RELIEF_DURATION_HOURS:
                hours = max(hours, round(following[0].hours, 2))
            end = following[0].end

    def _duration_after(self, doc: Doc, end: int, region: Region) -> tuple[float, int, int] | None:
        """'80% relief for 2 hours', '80% for 2 hours', '90% relief lasting 6 hours'."""
        for duration in durations_in(doc, end, min(len(text_of(doc)), end + 40)):
            gap = text_of(doc)[end : duration.start]
            if (
                duration.direction in (None, "lookback")
                and _RELIEF_TO_DURATION.fullmatch(gap)
                and duration.hours <= MAX_RELIEF_DURATION_HOURS
            ):
                return round(duration.hours, 2), duration.start, duration.end
        return None

    def _stated_duration(self, doc: Doc, region: Region) -> tuple[float, int, int] | None:
        """'relief lasting 6 hours', '2 weeks of relief'; not 'pain returned after 3 weeks'."""
        for offset, text in region.texts(doc):
            for duration in durations_in(doc, offset, offset + len(text)):
                if duration.direction in ("ago", "later"):
                    continue
                if duration.hours > MAX_RELIEF_DURATION_HOURS:
                    continue
                bound = text_of(doc)[max(offset, duration.start - 20) : duration.start]
                if _UPPER_BOUND.search(bound):
                    continue  # 'relief for < 2 hours': not how long it lasted
                after = text_of(doc)[duration.end : duration.end + 30]
                if search_any(self.p["relief_after_duration"], after):
                    return round(duration.hours, 2), duration.start, duration.end
                window_start = max(offset, duration.start - RELIEF_DURATION_WINDOW)
                before = text_of(doc)[window_start : duration.start]
                before = re.split(r"[.;]", before)[-1]
                relief = list(finditer_all(self.p["relief_word"], before))
                if not relief:
                    continue
                gap = before[relief[-1].end() :]
                if search_any(self.p["recurrence_word"], gap):
                    continue
                if re.search(r"\b(?:lasting|lasted|for|x|over)\b", gap, re.I):
                    return round(duration.hours, 2), duration.start, duration.end
        return None

    def _pain_change(self, doc: Doc, region: Region) -> tuple[float, int, int] | None:
        """'pain went from 8/10 to 2/10', or pre- and post-procedure scores."""
        for offset, text in region.texts(doc):
            for match in finditer_all(self.p["pain_change"], text):
                window = text[max(0, match.start() - 40) : match.start()]
                if not re.search(r"\b(?:pain|nrs|vas|score)\b", window, re.I):
                    continue
                pre, post = float(match.group("pre")), float(match.group("post"))
                if 0 < pre <= 10 and 0 <= post <= 10:
                    return relief_percent(pre, post), offset + match.start(), offset + match.end()
        pre = post = None
        for offset, text in region.texts(doc):
            for match in finditer_all(self.p["pre_score"], text):
                pre = pre or (
                    float(match.group("score")),
                    offset + match.start(),
                    offset + match.end(),
                )
            for match in finditer_all(self.p["post_score"], text):
                post = post or (
                    float(match.group("score")),
                    offset + match.start(),
                    offset + match.end(),
                )
        if pre and post and 0 < pre[0] <= 10 and 0 <= post[0] <= 10:
            return relief_percent(pre[0], post[0]), min(pre[1], post[1]), max(pre[2], post[2])
        return None

    def course(self, doc: Doc, region: Region) -> tuple[str | None, list[Evidence]]:
        """Later course: pain returned / relief wore off, or relief is lasting."""
        found: list[tuple[int, int, str]] = []
        for offset, text in region.texts(doc):
            for name, course in (("returned", "returned"), ("lasting", "lasting")):
                for match in finditer_all(self.p[name], text):
                    before = text[max(0, match.start() - COURSE_NEGATOR_WINDOW) : match.start()]
                    if search_any(self.p["course_negator"], before):
                        continue
                    wider = text[max(0, match.start() - 50) : match.start()]
                    if course == "returned" and search_any(self.p["ongoing_before"], wider):
                        continue  # 'has had relief for 3 weeks': still going
                    found.append((offset + match.start(), offset + match.end(), course))
        if not found:
            return None, []
        start, end, course = max(found)
        return course, [evidence_for(doc, start, end, f"injections.course.{course}")]
