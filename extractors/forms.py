"""What a form says about an item it lists: ticked, answered no, or left open.

Payer checklists, attestations and screening forms list diagnoses as questions, not as
findings: "Inflammatory arthropathy | | X" under a "Y | N" header, "[ ] tumor [x] fx",
"Infection ☐ Y ☒ N", "Generalized pain: no", items under "Exclusions reviewed". A
listed item is the patient's only where the form ticks it or answers yes; an item
answered no is denied; an item unticked, unanswered or merely screened is no finding
either way. A table with a relation column ("Problem | Relation") lists a relative's
conditions. Research CRFs answer in codes ("E1 | Known spondyloarthropathy | 2" under
"Item | Exclusion criterion | Code"): the document's own key ("1=Yes 2=No 9=Unknown")
decodes them; without a key only 1 reads yes (the one code every convention shares) and
any other code leaves the item open. ``resources/forms.json`` holds the marks, header
words and headings.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from extractors.base import is_table_row, line_bounds, lines_above
from extractors.rules import FamilyRules, load_family_rules
from extractors.tables import Row, pipe_cells
from pipeline.checkboxes import has_box, opens_with_box, options

_TABLE_LINES = 40
"""How far above a row its header may sit (a long checklist)."""
_LOOSE_LINES = 2
"""Lines without cells a table may wrap onto between a row and its header."""
_SCREENING_LINES = 15
"""How many item lines a screening heading covers."""
_HEADING_WORDS = 12
"""A screening heading is a short line, not a sentence of prose."""


class FormAnswer(StrEnum):
    """What a form says about an item."""

    yes = "yes"
    """Ticked or answered yes: the item is stated present."""
    no = "no"
    """Answered no: the item is denied."""
    open = "open"
    """Listed but unticked, unanswered or only screened: no finding either way."""
    family = "family"
    """A row of a table naming a relative: the relative's condition."""


class FormReader:
    """Reads the answer a form gives for the item at a span of a document's text."""

    def __init__(self, rules: FamilyRules | None = None) -> None:
        rules = rules or load_family_rules("forms")
        self.p = {name: rules.regex(name) for name in rules.patterns}

    def answer(self, text: str, start: int, end: int) -> FormAnswer | None:
        """The form's answer for the item at text[start:end]; None where the item is
        not on a form (or the form's layout does not say)."""
        line_start, line_end = line_bounds(text, start)
        line = text[line_start:line_end]
        if is_table_row(line):
            found = self._table_answer(text, line_start, line, start - line_start)
            if found is not None:
                return found
        found = self._inline_answer(text[line_start:start], text[end:line_end])
        if found is not None:
            return found
        found = self._coded_line_answer(text, line_start, line, start - line_start)
        if found is not None:
            return found
        if _in_unticked_option(line, start - line_start, end - line_start) or (
            _continues_unticked_option(text, line_start, line_end)
        ):
            return FormAnswer.open
        return self._screening_answer(text, line_start)

    def marked(self, text: str, start: int, end: int) -> FormAnswer | None:
        """The answer a box or a stated answer on the item's own line gives ("[ ] Ice",
        "TENS: no", "Chiro ☐ Y ☒ N"); None without one. Unlike ``answer`` it reads no
        table column, whose words may be an outcome ("Response | none"), not an answer."""
        line_start, line_end = line_bounds(text, start)
        found = self._inline_answer(text[line_start:start], text[end:line_end])
        if found is None and (
            _in_unticked_option(text[line_start:line_end], start - line_start, end - line_start)
            or _continues_unticked_option(text, line_start, line_end)
        ):
            return FormAnswer.open
        return found

    # ------------------------------------------------------------ tables

    def _table_answer(
        self, text: str, line_start: int, line: str, offset: int
    ) -> FormAnswer | None:
        row = _form_row(line)
        cells = row.texts()
        item = row.index_at(offset)
        header = self._header(text, line_start)
        if header is None:
            return None
        if any(self.p["relation_header"].match(h) for h in header):
            column = next(i for i, h in enumerate(header) if self.p["relation_header"].match(h))
            relation = _get(cells, column).strip()
            if column != item and relation and not self.p["self_relation"].match(relation):
                return FormAnswer.family
            return None
        coded = [i for i, h in enumerate(header) if self.p["code_header"].match(h)]
        if coded and coded[0] != item:
            decoded = self._decoded(text, line_start, _get(cells, coded[0]), keyed_only=False)
            if decoded is not None:
                return decoded
        yes = [i for i, h in enumerate(header) if self.p["yes_header"].match(h)]
        no = [i for i, h in enumerate(header) if self.p["no_header"].match(h)]
        both = [i for i, h in enumerate(header) if self.p["yes_no_header"].match(h)]
        if yes and no and len(cells) >= len(header) - 1:
            ticked_yes = any(self._ticked(_get(cells, i)) for i in yes if i != item)
            ticked_no = any(self._ticked(_get(cells, i)) for i in no if i != item)
            if ticked_yes and not ticked_no:
                return FormAnswer.yes
            if ticked_no and not ticked_yes:
                return FormAnswer.no
            return FormAnswer.open
        if both:
            values = [_get(cells, i).strip() for i in both if i != item]
            if any(self.p["yes_answer"].match(v) or self._ticked(v) for v in values):
                return FormAnswer.yes
            if any(self.p["no_answer"].match(v) for v in values):
                return FormAnswer.no
            for value in values:  # "Response | 2" under the form's "1=Yes 2=No"
                decoded = self._decoded(text, line_start, value, keyed_only=True)
                if decoded is not None:
                    return decoded
            return FormAnswer.open
        return None

    def _header(self, text: str, line_start: int) -> list[str] | None:
        """The nearest row above that names answer or relation columns (the table's
        header), reading up through the table's rows and a few wrapped lines."""
        loose = 0
        for above in lines_above(text, line_start, _TABLE_LINES):
            if not above.strip():
                return None
            if not is_table_row(above):
                loose += 1
                if loose > _LOOSE_LINES:
                    return None
                continue
            header = [c.lower() for c in _form_row(above).texts()]
            if self._is_header(header):
                return header
        return None

    def _is_header(self, cells: list[str]) -> bool:
        """A header names both answer columns ("Y | N"), one answer column ("Y/N") or
        a relation column; a data row answered "N" names only one."""

        def named(name: str) -> bool:
            return any(self.p[name].match(c) for c in cells)

        return (
            (named("yes_header") and named("no_header"))
            or named("yes_no_header")
            or named("relation_header")
            or named("code_header")
        )

    # ------------------------------------------------------------ coded answers

    def _coded_line_answer(
        self, text: str, line_start: int, line: str, offset: int
    ) -> FormAnswer | None:
        """A CRF item without cells ("E4 Widespread pain / fibromyalgia ..... 2", "EX-2
        Fibromyalgia: 2"): its item number opens the line and a code ends it. Read only
        where the document states its key, since a bare digit may be anything."""
        found = self.p["coded_line"].match(line)
        if found is None or not found.start("item") <= offset < found.end("item"):
            return None
        return self._decoded(text, line_start, found["code"], keyed_only=True)

    def _decoded(
        self, text: str, line_start: int, cell: str, keyed_only: bool
    ) -> FormAnswer | None:
        """The answer a coded cell gives under the document's key (the nearest key
        above the row, else the first below it); without a key, 1 is yes and any other
        code open (or None where ``keyed_only``)."""
        value = self.p["coded_value"].match(cell)
        if value is None:
            return None  # not a code: an ICD or CPT code, a date, a word
        key = _code_key(self.p["code_legend"], text, line_start)
        code = int(value["code"])
        if key:
            return key.get(code, FormAnswer.open)
        if keyed_only:
            return None
        return FormAnswer.yes if code == 1 else FormAnswer.open

    def _ticked(self, cell: str) -> bool:
        return bool(self.p["ticked_mark"].match(cell.strip()))

    # ------------------------------------------------------------ inline

    def _inline_answer(self, before: str, after: str) -> FormAnswer | None:
        """A box before the item ("[x] fx", "☐ tumor"), a Y/N pair after it
        ("☐ Y ☒ N", "Y [ ] N [X]") or a stated answer ("Generalized pain: no")."""
        pair = self.p["inline_label_mark"].match(after) or self.p["inline_mark_label"].match(after)
        if pair:
            marks = {
                pair["first"][0].upper(): self._ticked(pair["first_mark"]),
                pair["second"][0].upper(): self._ticked(pair["second_mark"]),
            }
            if marks.get("Y") and not marks.get("N"):
                return FormAnswer.yes
            if marks.get("N") and not marks.get("Y"):
                return FormAnswer.no
            return FormAnswer.open
        stated = self.p["label_answer"].match(after)
        if stated:
            word = stated["answer"]
            if self.p["yes_answer"].match(word):
                return FormAnswer.yes
            if self.p["no_answer"].match(word):
                return FormAnswer.no
        box = self.p["mark_before"].search(before)
        if box:
            return FormAnswer.yes if self._ticked(box["mark"]) else FormAnswer.open
        return None

    # ------------------------------------------------------------ screening lists

    def _screening_answer(self, text: str, line_start: int) -> FormAnswer | None:
        """An item under a screening heading ("Exclusions reviewed:", "Red flags
        screened - none present") or after it on its line: denied where the heading
        says none was found, else only screened. Another label ("Assessment:") or a
        blank line ends the heading's list."""
        own_start, own_end = line_bounds(text, line_start)
        candidates = [text[own_start:own_end]]
        for above in lines_above(text, line_start, _SCREENING_LINES):
            if not above.strip():
                break
            candidates.append(above)
        for index, heading in enumerate(candidates):
            if self.p["screening_heading"].search(heading):
                if index and len(heading.split()) > _HEADING_WORDS:
                    return None  # prose that mentions a screening, not a list's heading
                if self.p["screening_line_answer"].search(heading):
                    return FormAnswer.no
                return FormAnswer.open
            if index and self.p["other_label"].match(heading):
                return None
        return None


_YES_LABELS = frozenset({"yes", "y"})
_NO_LABELS = frozenset({"no", "n"})


def _code_key(legend: re.Pattern[str], text: str, line_start: int) -> dict[int, FormAnswer]:
    """The document's code key ("1=Yes 2=No 9=Unknown") as code -> answer: the last
    key above the row that names a yes or a no, else the first one below it."""

    def keys(found: list[re.Match[str]]) -> list[dict[int, FormAnswer]]:
        groups: list[dict[int, FormAnswer]] = []
        current: dict[int, FormAnswer] = {}
        last_end = -1
        for match in found:
            if last_end >= 0 and match.start() - last_end > 12:
                groups.append(current)
                current = {}
            label = re.sub(r"\s+", " ", match["label"].lower())
            answer = (
                FormAnswer.yes
                if label in _YES_LABELS
                else FormAnswer.no
                if label in _NO_LABELS
                else FormAnswer.open
            )
            current[int(match["code"])] = answer
            last_end = match.end()
        groups.append(current)
        return [g for g in groups if FormAnswer.yes in g.values() and FormAnswer.no in g.values()]

    above = keys(list(legend.finditer(text, 0, line_start)))
    if above:
        return above[-1]
    below = keys(list(legend.finditer(text, line_start)))
    return below[0] if below else {}


def _form_row(line: str) -> Row:
    """A form row's cells (offsets within the line). Unlike a diary's corner cell, a '|'
    that opens the line opens no cell here, so a header and its rows line up whether or
    not each was typed with a leading '|'."""
    cells = pipe_cells(line, 0)
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    return Row(0, len(line), cells)


def _get(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


@cache
def form_reader() -> FormReader:
    """The shared reader (rules compile once per process)."""
    return FormReader()


def _in_unticked_option(line: str, start: int, end: int) -> bool:
    """Whether line[start:end] sits inside an option an empty box opens, however far
    after the box: "[ ] Post-traumatic SIJ injury / pelvic ring fracture" lists the
    fracture as an option not chosen, as it does the injury right after the box (an
    option runs to the next box or the end of the line: ``pipeline.checkboxes``)."""
    blanked, _ticked = options(line)
    return blanked != line and not blanked[start:end].strip()


def _continues_unticked_option(text: str, line_start: int, line_end: int) -> bool:
    """Whether a line without boxes is the wrapped tail of an empty box's option: the
    line above ends inside one, and the line goes on in lower case or the line below
    opens the next option ("[ ] SIJ infection (osteomyelitis, pyogenic" / "sacroiliitis)
    / sepsis" / "[ ] Sacral tumor ...")."""
    line = text[line_start:line_end]
    if not line.strip() or has_box(line):
        return False
    above = next(lines_above(text, line_start, 1), "")
    if not _ends_in_unticked_option(above):
        return False
    if line.lstrip()[:1].islower():
        return True
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : below_end if below_end >= 0 else len(text)]
    return opens_with_box(below)


def _ends_in_unticked_option(line: str) -> bool:
    blanked, _ticked = options(line)
    content = len(line.rstrip())
    return blanked != line and content > 0 and blanked[content - 1] == " "
