"""The words every family reads the same way, as data: ``resources/lexicon.json``.

Side words, result words (positive / negative / not performed), SI-joint names and
abbreviations, injectates (anesthetics, steroids and contrast agents, generics and
brands), image-guidance words and time units used to drift apart as each family kept
its own regex for them. They live here once; a family's rules name them instead of
spelling them out:

- in a rules file (``resources/<family>.json``), a pattern writes ``{{sides.any}}`` or
  ``{{drugs.anesthetics.lidocaine}}`` where the words go; ``extractors.rules`` expands
  each reference to a non-capturing alternation when the file loads (an unknown name
  fails the load);
- in code, ``fragment(name)`` gives the same alternation and ``side_of(word)`` the side
  a word names.

Every entry is a regular expression for one written form ("depo-?medrol"), except side
words, which are literal words. Time units are the date parser's unit words
(``pipeline/resources/dates.json``, shared with every duration a note states) plus the
marks only diaries use ("15'" for minutes), kept here. Checkbox marks are the request
form's (``pipeline/resources/checkboxes.json``): ``{{boxes.ticked}}``, ``{{boxes.unticked}}``,
``{{boxes.any}}`` (either) and ``{{boxes.cell_ticked}}`` (a mark that ticks only alone in
a table cell), so a form item and a requested procedure are ticked by the same marks.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from pipeline.checkboxes import checkbox_marks
from pipeline.dates import UNIT_HOURS, Unit, vocabulary

Side = Literal["right", "left", "bilateral"]
_REFERENCE = re.compile(r"\{\{\s*([a-z_][a-z0-9_.]*)\s*\}\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{pattern!r} does not compile: {error}") from error
    return patterns


class Sides(_Strict):
    """Words naming a side. Single letters count only in capitals ("L SIJ")."""

    right: list[str]
    left: list[str]
    bilateral: list[str]


class Results(_Strict):
    """How a test result is written (regexes): in prose, in brackets, in a cell."""

    positive: list[str]
    negative: list[str]
    not_performed: list[str]

    _check = field_validator("positive", "negative", "not_performed")(_compiles)


class SijNames(_Strict):
    """The sacroiliac joint: names ("SI joint", "sacroiliac jt.") and abbreviations."""

    names: list[str]
    abbreviations: list[str]

    _check = field_validator("names", "abbreviations")(_compiles)


class Drugs(_Strict):
    """Injectates: each anesthetic and steroid by its generic name (the fact's value),
    with its brands; contrast agents."""

    anesthetics: dict[str, list[str]]
    steroids: dict[str, list[str]]
    contrast: list[str]

    @field_validator("anesthetics", "steroids")
    @classmethod
    def _named_compile(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in value.values():
            _compiles(patterns)
        return value

    _check = field_validator("contrast")(_compiles)


class Guidance(_Strict):
    """How a needle was guided (the Injection ``guidance`` values)."""

    fluoroscopy: list[str]
    ct: list[str]
    ultrasound: list[str]
    landmark: list[str]

    _check = field_validator("fluoroscopy", "ct", "ultrasound", "landmark")(_compiles)


class TimeUnits(_Strict):
    """Marks for a unit beyond the date parser's unit words ("15'" = 15 minutes)."""

    marks: dict[Unit, list[str]]


class Lexicon(_Strict):
    version: str
    sides: Sides
    results: Results
    sij: SijNames
    drugs: Drugs
    guidance: Guidance
    time_units: TimeUnits

    def side_words(self) -> dict[str, Side]:
        """Each side word (lower case) and the side it names."""
        return {
            word.lower(): side  # type: ignore[misc]
            for side in ("right", "left", "bilateral")
            for word in getattr(self.sides, side)
        }

    def unit_words(self) -> dict[Unit, list[str]]:
        """Each time unit's words: the date parser's, then this lexicon's marks."""
        words: dict[Unit, list[str]] = {u: list(w) for u, w in vocabulary().units.items()}
        for unit, marks in self.time_units.marks.items():
            words.setdefault(unit, []).extend(marks)
        return words

    def fragment(self, name: str) -> str:
        """The alternation a dotted name stands for, as a non-capturing group."""
        alternatives = self._alternatives(name)
        if not alternatives:
            raise ValueError(f"lexicon has no entry {name!r}")
        return "(?:" + "|".join(alternatives) + ")"

    def _alternatives(self, name: str) -> list[str]:
        section, _, rest = name.partition(".")
        if section == "sides":
            words = self._side_alternatives(rest)
            return [re.escape(w) for w in sorted(words, key=len, reverse=True)]
        if section == "boxes":
            return _box_alternatives(rest)
        if section == "time_units":
            units = self.unit_words()
            chosen = [w for u, ws in units.items() if rest in ("any", u) for w in ws]
            return [re.escape(w) for w in sorted(chosen, key=len, reverse=True)]
        if section == "results" and rest in Results.model_fields:
            return list(getattr(self.results, rest))
        if section == "sij":
            if rest == "any":
                return [*self.sij.names, *self.sij.abbreviations]
            return list(getattr(self.sij, rest, []) if rest in SijNames.model_fields else [])
        if section == "guidance" and rest in Guidance.model_fields:
            return list(getattr(self.guidance, rest))
        if section == "drugs":
            return self._drug_alternatives(rest)
        return []

    def _side_alternatives(self, rest: str) -> list[str]:
        if rest == "any":
            return [*self.sides.right, *self.sides.left, *self.sides.bilateral]
        if rest == "right_left":
            return [*self.sides.right, *self.sides.left]
        if rest in Sides.model_fields:
            return list(getattr(self.sides, rest))
        return []

    def _drug_alternatives(self, rest: str) -> list[str]:
        group, _, drug = rest.partition(".")
        if group == "contrast" and not drug:
            return list(self.drugs.contrast)
        if group not in ("anesthetics", "steroids"):
            return []
        named: dict[str, list[str]] = getattr(self.drugs, group)
        if not drug:
            return [form for forms in named.values() for form in forms]
        return list(named.get(drug, []))


def _box_alternatives(rest: str) -> list[str]:
    marks = checkbox_marks()
    if rest == "any":
        return [*marks.ticked, *marks.unticked]
    if rest in ("ticked", "unticked", "cell_ticked"):
        return list(getattr(marks, rest))
    return []


@cache
def lexicon() -> Lexicon:
    """``resources/lexicon.json``, validated once per process."""
    path = resources.files("extractors.resources").joinpath("lexicon.json")
    return Lexicon.model_validate(json.loads(path.read_text(encoding="utf-8")))


def fragment(name: str) -> str:
    """``lexicon().fragment(name)``: e.g. ``fragment("sides.any")``."""
    return lexicon().fragment(name)


def expand(pattern: str) -> str:
    """A rules-file pattern with each ``{{name}}`` replaced by its lexicon alternation."""
    return _REFERENCE.sub(lambda m: fragment(m.group(1)), pattern)


def side_of(word: str) -> Side | None:
    """The side a side word names ('Rt.' -> right), None for any other word."""
    return lexicon().side_words().get(word.lower().rstrip("."))


def hours_of(unit_word: str) -> float | None:
    """How many hours one of a time unit word stands for ('min' -> 1/60, 'wks' -> 168)."""
    word = unit_word.lower().rstrip(".")
    for unit, words in lexicon().unit_words().items():
        if word in (w.lower() for w in words):
            return UNIT_HOURS[unit]
    return None
