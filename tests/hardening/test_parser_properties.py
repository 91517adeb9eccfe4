"""Property tests for the value parsers: pain scores, relief percentages, durations.

Two properties each: arbitrary text never makes a parser raise (a crash on one odd line
would lose a whole packet), and a well-formed value written the way notes write it
reads back as the same number. Pain scores and relief percentages are parsed inside
the extractor components, so they are tested through the real pipeline on one-line
documents (``extract_facts``); durations through ``pipeline.dates.find_durations``.
Dates have their own properties in ``tests/test_dates.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.diary import relief_percent
from pipeline.dates import find_durations
from pipeline.models import Injection, PainScore
from tests.extractors.helpers import facts_from_text, facts_of_kind

pytestmark = pytest.mark.slow

PIPELINE = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
"""Each example runs the whole NLP pipeline on one line (~5-20 ms)."""

CLINICAL_WORDS = [
    "pain",
    "Pain",
    "/10",
    "out of",
    "10",
    "VAS",
    "NRS",
    "mm",
    "%",
    "relief",
    "lasting",
    "hours",
    "hrs",
    "minutes",
    "days",
    "weeks",
    "x",
    "for",
    "injection",
    "SI joint",
    "sacroiliac",
    "fluoroscopy",
    "contrast",
    "08/28/2025",
    "pre",
    "post",
    "|",
    "-",
    ":",
    "(",
    ")",
    "\n",
    "0",
    "7",
    "8.5",
    "100",
    "1e9",
    "-3",
    "½",
    "٣",
    "  ",
    ".",
]
clinical_text = st.lists(
    st.one_of(st.sampled_from(CLINICAL_WORDS), st.text(max_size=6)), max_size=30
).map(" ".join)
"""Fragments of the phrases the parsers look for, shuffled with arbitrary text."""

scores = st.one_of(
    st.integers(min_value=0, max_value=10).map(float),
    st.integers(min_value=0, max_value=20).map(lambda n: n / 2),
)


@PIPELINE
@given(text=st.one_of(clinical_text, st.text(max_size=300)))
def test_extraction_never_raises_on_arbitrary_text(nlp, text: str) -> None:
    facts = facts_from_text(nlp, text)
    for fact in facts:  # the models' own bounds held for every value read
        type(fact).model_validate(fact.model_dump())


@PIPELINE
@given(value=scores, form=st.sampled_from(["{v}/10", "{v} out of 10", "{v} / 10"]))
def test_pain_scores_round_trip(nlp, value: float, form: str) -> None:
    written = form.format(v=f"{value:g}")
    (score,) = facts_of_kind(
        facts_from_text(nlp, f"SI joint pain is {written} today."), "pain_score"
    )
    assert isinstance(score, PainScore)
    assert score.value == value


@PIPELINE
@given(millimetres=st.integers(min_value=0, max_value=100))
def test_vas_millimetres_read_as_tenths(nlp, millimetres: int) -> None:
    (score,) = facts_of_kind(facts_from_text(nlp, f"VAS {millimetres} mm."), "pain_score")
    assert (score.value, score.scale) == (round(millimetres / 10, 1), "vas")


INJECTION = (
    "Right sacroiliac joint injection performed on 06/02/2025 under fluoroscopy with "
    "contrast. The patient reported {p}% relief lasting {h} hours."
)


@PIPELINE
@given(percent=st.integers(min_value=0, max_value=100), hours=st.integers(1, 12))
def test_relief_percent_and_duration_round_trip(nlp, percent: int, hours: int) -> None:
    facts = facts_from_text(nlp, INJECTION.format(p=percent, h=hours), "procedure_note")
    (injection,) = facts_of_kind(facts, "injection")
    assert isinstance(injection, Injection)
    assert (injection.relief_percent, injection.relief_duration_hours) == (percent, hours)


@settings(max_examples=300, deadline=None)
@given(
    pre=st.floats(min_value=0.5, max_value=10, allow_nan=False),
    post=st.floats(min_value=0, max_value=10, allow_nan=False),
)
def test_relief_from_pre_and_post_scores_is_a_bounded_rounded_percent(
    pre: float, post: float
) -> None:
    relief = relief_percent(pre, post)
    assert 0 <= relief <= 100 and relief == round(relief)
    if post <= pre:
        assert relief == pytest.approx(round((pre - post) / pre * 100), abs=1)


UNITS = {
    "hour": ["hour", "hours", "hrs", "hr"],
    "day": ["day", "days"],
    "week": ["week", "weeks", "wks"],
    "month": ["month", "months"],
    "year": ["year", "years"],
}


@settings(max_examples=200, deadline=None)
@given(
    amount=st.one_of(st.integers(1, 99).map(float), st.integers(1, 40).map(lambda n: n + 0.5)),
    unit=st.sampled_from(sorted(UNITS)),
    data=st.data(),
    lead=st.sampled_from(["for", "x", "lasting", "over"]),
)
def test_durations_round_trip(amount: float, unit: str, data, lead: str) -> None:
    word = data.draw(st.sampled_from(UNITS[unit]))
    written = f"{lead} {amount:g} {word}"
    text = f"Symptoms improved {written} after the visit."
    (duration,) = find_durations(text)
    assert (duration.amount, duration.unit, duration.amount_max) == (amount, unit, amount)
    assert text[duration.start : duration.end].endswith(word)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(clinical_text, st.text(max_size=200)))
def test_durations_are_spans_of_their_text_with_positive_amounts(text: str) -> None:
    for duration in find_durations(text):
        assert 0 <= duration.start < duration.end <= len(text)
        assert 0 <= duration.amount <= duration.amount_max
        assert duration.hours >= 0
