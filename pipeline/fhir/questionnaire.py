"""A policy version as a FHIR Questionnaire: the documentation requirements, for DTR.

CMS-0057-F has payers publish what documentation a prior authorization needs; Da Vinci
DTR carries it as a Questionnaire that the provider's system (or authreview, on the
payer's side) answers. This one is generated from the policy YAML that the engine scores
(``policy.load_policy``), never written by hand, so the questions cannot drift from
the criteria: one group per procedure, one ``choice`` item per criterion whose linkId
is the criterion id, whose text is its requirement and whose answers are the three
statuses a criterion can take.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire

from pipeline.fhir.terms import FhirTerms, fhir_terms
from pipeline.models import PolicyRef, Procedure, Status
from policy import DEFAULT_POLICY_ID, Policy, load_policy


def questionnaire_id(policy: PolicyRef | Policy) -> str:
    """The Questionnaire's logical id: policy id and version (a FHIR id, <= 64 chars)."""
    raw = f"{policy.id}-{policy.version}"
    return re.sub(r"[^A-Za-z0-9.-]", "-", raw)[:64]


def questionnaire_url(policy: PolicyRef | Policy, terms: FhirTerms | None = None) -> str:
    """The Questionnaire's canonical URL (without version): one per policy id."""
    return (terms or fhir_terms()).url("Questionnaire", policy.id)


def questionnaire_canonical(policy: PolicyRef | Policy, terms: FhirTerms | None = None) -> str:
    """``url|version``: how a QuestionnaireResponse names the exact version it answers."""
    return f"{questionnaire_url(policy, terms)}|{policy.version}"


def answer_coding(status: Status, terms: FhirTerms | None = None) -> dict[str, str]:
    """A criterion status as a Coding (code = the status as determination.json spells it)."""
    chosen = terms or fhir_terms()
    return {"system": chosen.status_system, "code": status.value, "display": chosen.answers[status]}


def _computable_name(policy_id: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "", policy_id)
    return name if name[:1].isalpha() and name[:1].isupper() else f"Policy{name}"


def _procedure_group(policy: Policy, procedure: Procedure, terms: FhirTerms) -> dict[str, Any]:
    spec = policy.procedures[procedure]
    options = [{"valueCoding": answer_coding(status, terms)} for status in Status]
    return {
        "linkId": procedure.value,
        "type": "group",
        "text": f"{spec.title} (policy {', '.join(spec.sections)})",
        "item": [
            {
                "linkId": criterion.id,
                "prefix": criterion.section,
                "text": " ".join(criterion.description.split()),
                "type": "choice",
                "required": True,
                "answerOption": options,
            }
            for criterion in spec.criteria
        ],
    }


def build_questionnaire(policy: Policy, terms: FhirTerms | None = None) -> Questionnaire:
    """The Questionnaire of one policy version (validated by fhir.resources on return)."""
    chosen = terms or fhir_terms()
    data = {
        "resourceType": "Questionnaire",
        "id": questionnaire_id(policy),
        "url": questionnaire_url(policy, chosen),
        "version": policy.version,
        "name": _computable_name(policy.id),
        "title": f"{policy.title} ({policy.id}) documentation requirements",
        "status": "active",
        "subjectType": ["Patient"],
        "date": policy.effective.isoformat(),
        "publisher": policy.payer,
        "description": (
            f"{policy.payer} medical policy {policy.id} ({policy.line_of_business}), "
            f"{policy.title}, effective {policy.effective.isoformat()}: one question per "
            "criterion, answered met, not met or insufficient (documentation)."
        ),
        "effectivePeriod": {"start": policy.effective.isoformat()},
        "item": [_procedure_group(policy, procedure, chosen) for procedure in policy.procedures],
    }
    return Questionnaire.model_validate(data)


def policy_questionnaire(
    policy_id: str | None = None, as_of: dt.date | None = None
) -> tuple[Questionnaire, tuple[str, ...]]:
    """The Questionnaire of the policy version in effect on ``as_of`` (the current one
    without a date), with the loader's warnings about the choice."""
    loaded, warnings = load_policy(policy_id or DEFAULT_POLICY_ID, as_of=as_of)
    return build_questionnaire(loaded), tuple(warnings)


def criterion_link_ids(questionnaire: Questionnaire) -> list[str]:
    """The linkIds of the Questionnaire's questions (its non-group items), in order."""
    found: list[str] = []

    def walk(items: list[Any] | None) -> None:
        for item in items or ():
            if item.type == "group":
                walk(item.item)
            else:
                found.append(item.linkId)

    walk(questionnaire.item)
    return found
