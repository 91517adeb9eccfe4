"""Anatomical sites as the pain and exam families read them (``resources/anatomy.json``).

A site target names a place; three of its rule's attributes say more than the words:

- ``side``: a plural of a paired structure ("SI joints", "trochanters", "knees") or a
  limb abbreviation ("RLE") names its side by itself, used when no side word does;
- ``tender: false``: a visceral or vascular exam site (abdomen, thyroid, sinuses, calf
  for a DVT check) whose tenderness is not a musculoskeletal finding of this domain;
- ``spine_region``: a word that names a part of the spine without saying which
  ("midline", "spinous processes", "paraspinals", "back"): the clause around it says
  whether it is the low back (``lumbar``) or the neck / thoracic spine (``other``).
"""

import re
from functools import cache

from spacy.tokens import Span

from extractors.base import rule_attribute
from extractors.rules import load_family_rules


@cache
def _region_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = load_family_rules("anatomy")
    return rules.regex("upper_spine"), rules.regex("lower_spine")


@cache
def _risk_words() -> re.Pattern[str]:
    return load_family_rules("anatomy").regex("risk_list")


def is_risk_list(site: Span) -> bool:
    """Whether the site's sentence lists risks or side effects ("risks include bleeding,
    infection, headache"): a pain named there is not the patient's."""
    return _risk_words().search(site.sent.text) is not None


def site_anatomy(site: Span) -> str:
    """The anatomy a site names: its rule's, with a generic spine word placed by its
    clause ("no midline cervical tenderness" is the neck's, "midline tenderness at
    L4-5" the low back's; a spine word in a clause that names no region is the low
    back's, the region these notes are about)."""
    anatomy = str(rule_attribute(site, "anatomy", "other"))
    if anatomy != "lumbar" or not rule_attribute(site, "spine_region", False):
        return anatomy
    sentence = site.sent
    here = site.start_char - sentence.start_char
    text = sentence.text
    start = max(text.rfind(mark, 0, here) for mark in ",;") + 1
    ends = [i for i in (text.find(mark, here) for mark in ",;") if i >= 0]
    for scope in (text[start : min(ends) if ends else len(text)], text):
        region = _region(scope)
        if region is not None:
            return region
    return "lumbar"


def _region(text: str) -> str | None:
    upper, lower = _region_words()
    if lower.search(text):
        return "lumbar"
    if upper.search(text):
        return "other"
    return None


def written_side(site: Span) -> str | None:
    """The side a site's own word names: 'SI joints' and 'knees' both sides, 'RLE' the
    right; None for a singular site."""
    side = rule_attribute(site, "side")
    return str(side) if side else None


def is_exam_site(site: Span) -> bool:
    """Whether tenderness at this site is a musculoskeletal finding (not the abdomen,
    thyroid, sinuses or a calf checked for a clot)."""
    return bool(rule_attribute(site, "tender", True))
