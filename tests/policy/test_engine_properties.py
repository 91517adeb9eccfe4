"""Property tests: random fact sets keep the engine's promises."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.models import Procedure, RequestMetadata, Status
from policy import evaluate, load_policy
from policy.determination import determination_of
from tests.policy.harness import build_facts

POLICY = load_policy()[0]
DAYS = st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date(2026, 6, 1))
SIDES = st.sampled_from([None, "left", "right", "bilateral"])
CONTEXTS = st.sampled_from(
    [{}, {}, {}, {"negated": True}, {"hypothetical": True}, {"family": True}, {"historical": True}]
)


def _fact(kind: str, **fields) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {"kind": st.just(kind), "date": st.one_of(st.none(), DAYS), "context": CONTEXTS, **fields}
    )


def _therapy() -> st.SearchStrategy[dict]:
    return st.tuples(
        DAYS,
        st.integers(0, 400),
        st.sampled_from(
            ["physical_therapy", "chiropractic", "home_exercise", "nsaid", "tens", "ice"]
        ),
        st.sampled_from([None, True, False]),
        CONTEXTS,
    ).map(
        lambda t: {
            "kind": "therapy",
            "modality": t[2],
            "start": t[0].isoformat(),
            "end": (t[0] + dt.timedelta(days=t[1])).isoformat(),
            **({"hep_prescribed": t[3], "hep_followup": t[3]} if t[2] == "home_exercise" else {}),
            **({"tens_details": t[3]} if t[2] == "tens" else {}),
            "context": t[4],
        }
    )


FACTS = st.lists(
    st.one_of(
        _fact(
            "pain_score",
            value=st.integers(0, 10),
            timing=st.sampled_from(["baseline", "post_procedure"]),
        ),
        _fact(
            "pain_location",
            site=st.sampled_from(["posterior_sij", "buttock", "lumbar"]),
            side=SIDES,
        ),
        _fact(
            "pain_radiation",
            radiating=st.booleans(),
            extent=st.sampled_from(["none", "buttock", "thigh", "below_knee", "radicular"]),
        ),
        _fact(
            "tenderness",
            site=st.sampled_from(["posterior_sij", "greater_trochanter"]),
            present=st.booleans(),
            similar_severity=st.booleans(),
            side=SIDES,
        ),
        _fact(
            "provocative_test",
            test=st.sampled_from(
                ["thigh_thrust", "compression", "gaenslen", "distraction", "faber"]
            ),
            result=st.sampled_from(["positive", "negative", "not_performed"]),
            side=SIDES,
        ),
        _fact(
            "injection",
            joint=st.sampled_from(["sij", "facet"]),
            side=SIDES,
            guidance=st.sampled_from(["fluoroscopy", "landmark", "unknown"]),
            contrast=st.sampled_from([None, True, False]),
            anesthetic=st.sampled_from([None, "lidocaine", "bupivacaine"]),
            corticosteroid=st.booleans(),
            relief_percent=st.one_of(st.none(), st.integers(0, 100)),
            relief_duration_hours=st.one_of(st.none(), st.integers(0, 8)),
            later_course=st.sampled_from(["returned", "lasting", "unknown"]),
        ),
        _therapy(),
        _fact(
            "therapy_inability",
            reason=st.sampled_from(
                ["contraindication", "intolerance", "noncompliance", "inconvenience"]
            ),
        ),
        _fact(
            "imaging",
            modality=st.sampled_from(["xray", "ct", "mri"]),
            region=st.sampled_from(["sij", "pelvis", "hip", "lumbar"]),
            destructive_lesion=st.sampled_from([None, False, True]),
            neural_compression=st.sampled_from([None, False, True]),
            sij_pathology=st.sampled_from([None, False, True]),
            hip_oa_grade=st.sampled_from([None, "mild", "severe"]),
        ),
        _fact(
            "diagnosis",
            code=st.sampled_from(
                [
                    "fibromyalgia",
                    "ankylosing_spondylitis",
                    "fracture",
                    "radiculopathy",
                    "pelvic_ring_fracture",
                    "degenerative_sij",
                ]
            ),
        ),
        _fact("nonorganic_signs", positive=st.booleans()),
    ),
    max_size=25,
)
REQUESTS = st.builds(
    RequestMetadata,
    request_date=st.one_of(st.none(), DAYS),
    procedure=st.sampled_from(list(Procedure)),
    side=SIDES,
)


@settings(max_examples=100, deadline=None)
@given(raw=FACTS, request=REQUESTS)
def test_evaluate_keeps_its_promises_on_random_facts(raw: list[dict], request) -> None:
    facts = build_facts(raw)
    evaluation = evaluate(POLICY, facts, request)
    criteria = POLICY.criteria_for(request.procedure)
    assert [r.id for r in evaluation.criteria] == [c.id for c in criteria]
    assert evaluation.determination is determination_of(r.status for r in evaluation.criteria)
    for criterion, result in zip(criteria, evaluation.criteria, strict=True):
        if criterion.otherwise.status is Status.met:  # exclusions: never insufficient
            assert result.status is not Status.insufficient
        if result.status is Status.not_met:
            assert result.evidence, result.id
        if result.status is Status.met and not result.evidence:
            assert criterion.otherwise.status is Status.met, result.id
    assert evaluate(POLICY, tuple(reversed(facts)), request) == evaluation


@settings(max_examples=100, deadline=None)
@given(raw=FACTS, request=REQUESTS)
def test_evaluate_never_counts_facts_that_are_not_current(raw: list[dict], request) -> None:
    """Adding negated, hypothetical, family or historical copies of facts changes no status."""
    facts = build_facts(raw)
    noise = build_facts(
        [
            {**item, "context": {flag: True}}
            for item in raw
            for flag in ("negated", "hypothetical", "family", "historical")
        ]
    )
    renamed = tuple(
        f.model_copy(update={"id": f"n{i}", "evidence": ()}) for i, f in enumerate(noise)
    )
    with_noise = evaluate(POLICY, (*facts, *renamed), request)
    assert [r.status for r in with_noise.criteria] == [
        r.status for r in evaluate(POLICY, facts, request).criteria
    ]
