"""The shared lexicon: validated data, references from rules files, side and unit words."""

import json
import re
from importlib import resources

import pytest
from pydantic import ValidationError

from extractors.lexicon import Lexicon, expand, fragment, hours_of, lexicon, side_of
from extractors.rules import _with_lexicon, load_family_rules
from pipeline.nlp import EXTRACTOR_FAMILIES, SHARED_TARGET_FAMILIES


def _data() -> dict:
    path = resources.files("extractors.resources").joinpath("lexicon.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_lexicon_rejects_unknown_keys() -> None:
    data = _data()
    data["sides"]["middle"] = ["centre"]
    with pytest.raises(ValidationError):
        Lexicon.model_validate(data)


def test_lexicon_rejects_a_pattern_that_does_not_compile() -> None:
    data = _data()
    data["drugs"]["contrast"].append("omni(paque")
    with pytest.raises(ValidationError):
        Lexicon.model_validate(data)


@pytest.mark.parametrize("family", [*SHARED_TARGET_FAMILIES, *EXTRACTOR_FAMILIES])
def test_every_rules_file_resolves_its_lexicon_references(family: str) -> None:
    rules = load_family_rules(family)
    texts = [t.pattern for t in rules.targets if isinstance(t.pattern, str)]
    texts += [p for patterns in rules.patterns.values() for p in patterns]
    assert not any("{{" in text for text in texts)


def test_an_unknown_reference_fails_when_the_rules_load() -> None:
    with pytest.raises(ValueError, match=r"sides\.middle"):
        _with_lexicon({"patterns": {"x": ["\\b{{sides.middle}}\\b"]}})


@pytest.mark.parametrize(
    ("word", "side"),
    [
        ("Right", "right"),
        ("rt.", "right"),
        ("R", "right"),
        ("LEFT", "left"),
        ("Lt", "left"),
        ("bilaterally", "bilateral"),
        ("bilat.", "bilateral"),
        ("b/l", "bilateral"),
        ("both", "bilateral"),
        ("buttock", None),
    ],
)
def test_side_of_a_word(word: str, side: str | None) -> None:
    assert side_of(word) == side


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("sides.right_left", "worse on the Rt side", "Rt"),
        ("sides.right_left", "bilateral", None),
        ("sij.any", "L SIJ", "SIJ"),
        ("sij.any", "right sacro-iliac joints", "sacro-iliac joints"),
        ("sij.any", "SlJ (read by OCR)", "SlJ"),
        ("drugs.anesthetics.bupivacaine", "0.25% Marcaine", "Marcaine"),
        ("drugs.anesthetics", "2 mL Naropin", "Naropin"),
        ("drugs.steroids", "40 mg Depo-Medrol", "Depo-Medrol"),
        ("drugs.steroids.triamcinolone", "Kenalog 40", "Kenalog"),
        ("drugs.contrast", "Isovue-M 200", "Isovue-M"),
        ("guidance.fluoroscopy", "under C-arm", "C-arm"),
        ("guidance.ultrasound", "US-guided", "US-guided"),
        ("guidance.landmark", "palpation-guided", "palpation-guided"),
        ("results.positive", "reproduces concordant pain", "reproduces"),
        ("results.not_performed", "deferred today", "deferred"),
    ],
)
def test_fragment_reads_each_written_form(name: str, text: str, found: str | None) -> None:
    match = re.search(rf"\b{fragment(name)}\b", text, re.IGNORECASE)
    assert (match.group(0) if match else None) == found


def test_expand_replaces_each_reference_with_a_group() -> None:
    pattern = expand(r"^({{sides.right_left}})\s+{{sij.any}}$")
    assert re.match(pattern, "left SI joint", re.IGNORECASE)
    assert not re.match(pattern, "both SI joints", re.IGNORECASE)


@pytest.mark.parametrize(
    ("word", "hours"),
    [("min", 1 / 60), ("'", 1 / 60), ("mins.", 1 / 60), ("hrs", 1.0), ("h", 1.0), ("d", 24.0)],
)
def test_time_unit_words_and_marks_know_their_hours(word: str, hours: float) -> None:
    assert hours_of(word) == pytest.approx(hours)


def test_time_units_are_the_date_parsers_words_plus_the_lexicons_marks() -> None:
    from pipeline.dates import vocabulary

    units = lexicon().unit_words()
    for unit, words in vocabulary().units.items():
        assert set(words) <= set(units[unit])
    assert "'" in units["minute"]
    assert hours_of("fortnight") is None
