"""Checkbox options on a form line: which are ticked, and the line with the others blanked.

Read by ingest (the request form's fields) and by the request extractor (a procedure
named in an unticked option is an option not chosen, never a request), so it sits below
both. The box marks are data: ``pipeline/resources/checkboxes.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, field_validator


class CheckboxMarks(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    description: str = ""
    ticked: list[str] = Field(min_length=1, description="A ticked box ('[X]', '☒').")
    unticked: list[str] = Field(min_length=1, description="An empty box ('[ ]', '☐').")
    cell_ticked: list[str] = Field(
        min_length=1, description="A mark that ticks only alone in a table cell ('X', '●')."
    )
    checklist_header: list[str] = Field(
        min_length=1, description="A line asking to tick options ('check all that apply')."
    )
    bare_mark: str = Field(description="A lone mark opening an option line ('X Other: ...').")
    checklist_end: list[str] = Field(
        min_length=1, description="A line after a checklist ('SECTION E', 'If other, explain:')."
    )
    checklist_lines: int = Field(ge=1, description="At most this many option lines.")

    @field_validator("ticked", "unticked", "cell_ticked", "checklist_header", "checklist_end")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            re.compile(pattern)
        return patterns


@cache
def checkbox_marks() -> CheckboxMarks:
    path = resources.files("pipeline.resources").joinpath("checkboxes.json")
    return CheckboxMarks.model_validate(json.loads(path.read_text(encoding="utf-8")))


@cache
def _boxes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    marks = checkbox_marks()

    def any_of(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return any_of(marks.ticked), any_of(marks.unticked)


def has_box(line: str) -> bool:
    """Whether the line holds a checkbox mark, ticked or empty."""
    return any(pattern.search(line) for pattern in _boxes())


def opens_with_box(line: str) -> bool:
    """Whether the line's first non-blank characters are a checkbox mark (an option)."""
    stripped = line.lstrip()
    return any(pattern.match(stripped) for pattern in _boxes())


def options(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The line with every unticked option blanked, and the spans of its ticked options.

    A checkbox mark opens an option that runs to the next mark or the end of the line:
    "[X] Open (27280)  [ ] Percutaneous (27279)" keeps "Open (27280)" as a ticked
    option and blanks the percutaneous one, which the form does not request.
    """
    ticked, unticked = _boxes()
    marks = sorted(
        [(m.start(), m.end(), True) for m in ticked.finditer(line)]
        + [(m.start(), m.end(), False) for m in unticked.finditer(line)]
    )
    kept = list(line)
    spans: list[tuple[int, int]] = []
    for index, (start, end, is_ticked) in enumerate(marks):
        stop = marks[index + 1][0] if index + 1 < len(marks) else len(line)
        if is_ticked:
            spans.append((end, stop))
        else:
            kept[start:stop] = " " * (stop - start)
    return "".join(kept), spans


@cache
def _checklist_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A checklist's header, what ends its run of options, and a lone mark opening one."""
    marks = checkbox_marks()
    header = re.compile("|".join(f"(?:{p})" for p in marks.checklist_header), re.IGNORECASE)
    end = re.compile("|".join(f"(?:{p})" for p in marks.checklist_end))
    return header, end, re.compile(marks.bare_mark)


def unchosen_lines(text: str, *, scanned: bool = False) -> list[tuple[int, int]]:
    """Spans of the option lines a checklist leaves unticked, where its boxes are drawn
    and not in the text layer: under a header asking to tick ("check all that apply"),
    the run of option lines up to a blank line or the next section; when some of them
    open with a lone mark ("X Other: ...") and others with nothing, the others are
    options not chosen ("Sacral tumor management" listed, not diagnosed). With no line
    marked the run says nothing about which were ticked and is left as it is.

    On a ``scanned`` (OCR'd) page a box is read, not typed: an empty box comes out as
    "[", "[ ee" or nothing, so a line counts as chosen only where it opens with a
    readable tick, and every other option line of the run is an option not chosen
    (unsure what was ticked, the form states nothing).
    """
    header, end, bare = _checklist_patterns()
    ticked, unticked = _boxes()
    spans: list[tuple[int, int]] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for index, (_start, line) in enumerate(lines):
        if not header.search(line):
            continue
        run: list[tuple[int, str]] = []
        for start, option in lines[index + 1 : index + 1 + checkbox_marks().checklist_lines]:
            if not option.strip() or end.search(option) or header.search(option):
                break
            run.append((start, option))
        chosen = [bool(bare.search(o) or ticked.match(o.lstrip())) for _s, o in run]
        boxed = any(unticked.search(o) for _s, o in run)
        if scanned or (any(chosen) and not boxed):
            spans += [(s, s + len(o)) for (s, o), c in zip(run, chosen, strict=True) if not c]
    return spans
