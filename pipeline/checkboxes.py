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

    @field_validator("ticked", "unticked")
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
