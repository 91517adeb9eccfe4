"""Plain-language descriptions of facts, for explanations a reviewer reads.

Each description names the values the engine used and the date, e.g.
"7/10 (2025-08-28)" or "2025-04-15 right SIJ injection, fluoroscopy, contrast,
lidocaine, 80% relief for 2 h". Facts the policy cites as documented absence
(negated mentions) are prefixed with "no".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.models import (
    Diagnosis,
    Fact,
    ImagingStudy,
    Injection,
    NonorganicSigns,
    PainLocation,
    PainRadiation,
    PainScore,
    ProcedureRequest,
    ProvocativeTest,
    Tenderness,
    TherapyEpisode,
    TherapyInability,
)

_WORDS = {
    "posterior_sij": "posterior SIJ",
    "sij": "SIJ",
    "greater_trochanter": "greater trochanter",
    "lumbar_spine": "lumbar spine",
    "thigh_thrust": "thigh thrust",
    "gaenslen": "Gaenslen's",
    "faber": "Patrick's (FABER)",
    "below_knee": "below the knee",
    "xray": "radiographs",
    "ct": "CT",
    "mri": "MRI",
    "nsaid": "NSAIDs",
    "tens": "TENS",
    "medication_other": "other pain medication",
}


def word(value: Any) -> str:
    """A field value as a reviewer would write it."""
    if value is None:
        return "not stated"
    text = str(getattr(value, "value", value))
    return _WORDS.get(text, text.replace("_", " "))


def num(value: float) -> str:
    """7.0 -> '7', 6.5 -> '6.5'."""
    return f"{value:g}"


def _when(fact: Fact) -> str:
    return fact.date.isoformat() if fact.date else "undated"


def _sided(side: str | None, text: str) -> str:
    return f"{side} {text}" if side else text


def _pain_score(fact: PainScore, vas_mm_per_point: float) -> str:
    if fact.scale == "vas":
        return f"{num(fact.value)}/10 (VAS {num(fact.value * vas_mm_per_point)} mm, {_when(fact)})"
    return f"{num(fact.value)}/10 ({_when(fact)})"


def _injection(fact: Injection) -> str:
    parts = [_sided(fact.side, f"{word(fact.joint)} injection")]
    if fact.guidance != "unknown":
        parts.append(word(fact.guidance))
    if fact.contrast is not None:
        parts.append("contrast" if fact.contrast else "no contrast")
    if fact.anesthetic:
        parts.append(fact.anesthetic)
    if fact.corticosteroid:
        parts.append("corticosteroid")
    if fact.relief_percent is not None:
        relief = f"{num(fact.relief_percent)}% relief"
        if fact.relief_duration_hours is not None:
            relief += f" for {num(fact.relief_duration_hours)} h"
        parts.append(relief)
    if fact.later_course != "unknown":
        parts.append("pain returned" if fact.later_course == "returned" else "lasting relief")
    return f"{_when(fact)} " + ", ".join(parts)


def _therapy(fact: TherapyEpisode) -> str:
    start = fact.start.isoformat() if fact.start else "start not stated"
    end = fact.end or fact.date or fact.start
    text = f"{word(fact.modality)} {start} to {end.isoformat() if end else 'end not stated'}"
    if fact.modality == "home_exercise":
        text += (
            f" (prescription {_yes_no(fact.hep_prescribed)}, "
            f"follow-up {_yes_no(fact.hep_followup)})"
        )
    if fact.modality == "tens":
        text += f" (use, frequency, duration and start {_yes_no(fact.tens_details)})"
    return text


def _yes_no(value: bool | None) -> str:
    return {True: "documented", False: "not documented", None: "not stated"}[value]


def _imaging(fact: ImagingStudy) -> str:
    findings = [
        f"{name.replace('_', ' ')}: {'yes' if getattr(fact, name) else 'no'}"
        for name in (
            "destructive_lesion",
            "inflammatory_arthropathy",
            "neural_compression",
            "sij_pathology",
        )
        if getattr(fact, name) is not None
    ]
    if fact.hip_oa_grade is not None:
        findings.append(f"hip osteoarthritis: {fact.hip_oa_grade}")
    region = _sided(fact.side, "lumbar spine" if fact.region == "lumbar" else word(fact.region))
    text = f"{word(fact.modality)} of the {region} ({_when(fact)})"
    return text + (": " + ", ".join(findings) if findings else "")


_DESCRIBERS: dict[type, Callable[[Any], str]] = {
    PainLocation: lambda f: f"{_sided(f.side, word(f.site))} pain ({_when(f)})",
    PainRadiation: lambda f: (
        f"radiating {word(f.extent)} ({_when(f)})" if f.radiating else f"non-radiating ({_when(f)})"
    ),
    Tenderness: lambda f: (
        f"{_sided(f.side, word(f.site))} "
        + ("tender" if f.present else "not tender")
        + (", of similar severity" if f.similar_severity else "")
        + f" ({_when(f)})"
    ),
    ProvocativeTest: lambda f: (
        f"{word(f.test)} {word(f.result)}"
        + (f" on the {f.side}" if f.side else "")
        + f" ({_when(f)})"
    ),
    NonorganicSigns: lambda f: (
        "nonorganic (Waddell) signs "
        + ("positive" if f.positive else "negative")
        + (f", {f.count}" if f.count is not None else "")
        + f" ({_when(f)})"
    ),
    Injection: _injection,
    TherapyEpisode: _therapy,
    TherapyInability: lambda f: (
        f"{word(f.modality) if f.modality else 'therapy'} not completed: "
        f"{word(f.reason)} ({_when(f)})"
    ),
    ImagingStudy: _imaging,
    Diagnosis: lambda f: f"{word(f.code)} ({_when(f)})",
    ProcedureRequest: lambda f: (
        f"{word(f.procedure)} SIJ fusion requested" + (f" (CPT {f.cpt})" if f.cpt else "")
    ),
}


def describe(fact: Fact, vas_mm_per_point: float) -> str:
    """One fact in a reviewer's words, with its date."""
    if isinstance(fact, PainScore):
        text = _pain_score(fact, vas_mm_per_point)
    else:
        text = _DESCRIBERS[type(fact)](fact)
    return f"no {text}" if fact.context.negated else text
