"""The URLs and codes of the FHIR exchange, as data (``resources/fhir.json``).

Every profile, extension and code-system URL authreview reads from a PAS request or
writes in its answer lives in that file, validated here when it loads (unknown keys are
errors), so the code that builds resources never spells a URL and a change of guide
version is a change of data.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from pipeline.models import Status

Url = Annotated[str, Field(pattern=r"^https?://\S+[^/]$")]
"""An absolute http(s) URL kept exactly as the guide spells it."""


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Code(_Spec):
    code: str
    display: str


class PasTerms(_Spec):
    """Da Vinci Prior Authorization Support (PAS): the request and the ClaimResponse."""

    request_bundle_profile: Url
    claim_profile: Url
    supporting_info_system: Url
    additional_information: str
    review_action_url: Url
    review_action_code_url: Url
    review_action_system: Url
    pended: Code = Field(description="The X12 306 action code of a response left to a clinician.")
    reviewer_url: Url
    adjudication_system: Url
    adjudication_submitted: str


class DtrTerms(_Spec):
    """Da Vinci Documentation Templates and Rules (DTR): where an answer came from."""

    information_origin_url: Url
    auto_populated: str = Field(description="Origin of an answer the pipeline filled in.")
    overridden: str = Field(description="Origin of an answer a reviewer changed.")
    qr_coverage_url: Url


class Recommendations(_Spec):
    """What the pended ClaimResponse tells the clinician, by determination."""

    approvable: str
    clinical_review: str


class FhirTerms(_Spec):
    version: str
    description: str
    canonical_base: Url
    procedure_code_systems: tuple[str, ...] = Field(min_length=1)
    member_identifier_type: dict[str, str]
    claim_type_default: dict[str, str] = Field(
        description="Claim type of the answer to a packet that came without a Claim (PDF)."
    )
    data_absent_reason_url: Url
    pdf_content_types: tuple[str, ...] = Field(min_length=1)
    pas: PasTerms
    dtr: DtrTerms
    answers: dict[Status, str] = Field(description="Display of each criterion status.")
    recommendations: Recommendations

    def url(self, kind: str, name: str) -> str:
        """An authreview canonical: ``<base>/<kind>/<name>`` (e.g. kind 'Questionnaire')."""
        return f"{self.canonical_base}/{kind}/{name}"

    @property
    def status_system(self) -> str:
        """The code system of criterion statuses (met / not_met / insufficient)."""
        return self.url("CodeSystem", "criterion-status")

    @property
    def recommendation_system(self) -> str:
        """The code system of the pipeline's recommendation on a pended response."""
        return self.url("CodeSystem", "recommendation")

    def extension(self, name: str) -> str:
        """The URL of one of authreview's own extensions (see docs/fhir.md)."""
        return self.url("StructureDefinition", name)


@cache
def fhir_terms() -> FhirTerms:
    """The terms file, read once per process."""
    text = resources.files("pipeline.fhir.resources").joinpath("fhir.json").read_text("utf-8")
    terms = FhirTerms.model_validate(json.loads(text))
    missing = set(Status) - set(terms.answers)
    if missing:
        raise ValueError(f"fhir.json: no answer display for {sorted(missing)}")
    return terms
