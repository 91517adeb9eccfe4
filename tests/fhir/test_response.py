"""determination.fhir.json: a pended ClaimResponse (never a denial) and a
QuestionnaireResponse whose answers carry their DTR origin, explanation and evidence;
reviewer overrides; and every resource parses back with fhir.resources."""

from __future__ import annotations

import datetime as dt

import pytest
from fhir.resources.R4B.bundle import Bundle

from pipeline.fhir.request import PasContext
from pipeline.fhir.response import ReviewerOverride, build_response_bundle, response_json
from pipeline.fhir.terms import fhir_terms
from pipeline.models import (
    CriterionResult,
    Determination,
    DeterminationValue,
    Evidence,
    PolicyRef,
    Procedure,
    Status,
)

NOW = dt.datetime(2026, 1, 5, 14, 30, tzinfo=dt.UTC)
TERMS = fhir_terms()
ORIGIN = TERMS.dtr.information_origin_url
NOTE = Evidence(
    document="note.pdf", page=2, start=10, end=30, bbox=(1, 2, 3, 4), text="tender over the SIJ"
)


def _criterion(cid: str, status: Status, evidence=(NOTE,)) -> CriterionResult:
    return CriterionResult(
        id=cid,
        status=status,
        explanation=f"why {cid} is {status.value}",
        evidence=evidence if status is not Status.insufficient else (),
        policy_section="I.B.3",
        description=f"requirement of {cid}",
        request_documentation=f"send {cid}" if status is Status.insufficient else None,
    )


def _determination(*statuses: Status, procedure=Procedure.percutaneous) -> Determination:
    from policy.determination import determination_of

    criteria = tuple(_criterion(f"perc.c{n}", s) for n, s in enumerate(statuses))
    return Determination(
        packet_id="pkt",
        packet_sha256="ab" * 32,
        policy=PolicyRef(id="MP-MM-1366", effective=dt.date(2025, 8, 1), version="2025-08-01"),
        procedure=procedure,
        request_date=dt.date(2025, 12, 1),
        determination=determination_of(statuses)
        if statuses
        else DeterminationValue.insufficient_documentation,
        criteria=criteria,
        facts=(),
        versions={"pipeline": "0.1.0", "policy": "2025-08-01"},
    )


def _resources(bundle: Bundle) -> tuple[dict, dict]:
    data = bundle.model_dump(mode="json", exclude_none=True)
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    assert kinds == ["ClaimResponse", "QuestionnaireResponse"]  # PAS: ClaimResponse first
    return data["entry"][0]["resource"], data["entry"][1]["resource"]


def _answers(qr: dict) -> dict[str, dict]:
    return {
        item["linkId"]: item["answer"][0] for group in qr.get("item", []) for item in group["item"]
    }


def _ext(element: dict, url: str) -> list[dict]:
    return [e for e in element.get("extension", []) if e["url"] == url]


def _review_action(claim_response: dict) -> list[str]:
    codes = []
    for item in claim_response["item"]:
        for adjudication in item["adjudication"]:
            for action in _ext(adjudication, TERMS.pas.review_action_url):
                for code in _ext(action, TERMS.pas.review_action_code_url):
                    codes.extend(c["code"] for c in code["valueCodeableConcept"]["coding"])
    return codes


STATUS_SETS = {
    "meets": (Status.met, Status.met),
    "does not meet": (Status.met, Status.not_met, Status.insufficient),
    "insufficient": (Status.insufficient, Status.met),
    "no procedure": (),
}


@pytest.mark.parametrize("statuses", STATUS_SETS.values(), ids=STATUS_SETS.keys())
def test_response_is_pended_for_a_clinician_never_denied(statuses):
    determination = _determination(
        *statuses, procedure=Procedure.percutaneous if statuses else None
    )
    claim_response, _ = _resources(build_response_bundle(determination, now=NOW))
    assert _review_action(claim_response) == [TERMS.pas.pended.code]  # A4, never A3
    assert claim_response["outcome"] == "complete" and claim_response["use"] == "preauthorization"
    reason = claim_response["item"][0]["adjudication"][0]["reason"]["coding"][0]["code"]
    approvable = determination.determination is DeterminationValue.meets_criteria
    assert reason == ("approvable" if approvable else "clinical_review")
    assert "a clinician makes the coverage decision" in claim_response["disposition"]


def test_response_review_reasons_are_the_not_met_and_insufficient_criteria():
    determination = _determination(Status.met, Status.not_met, Status.insufficient)
    claim_response, _ = _resources(build_response_bundle(determination, now=NOW))
    notes = claim_response["processNote"]
    assert [n["text"].split(" ")[0] for n in notes] == ["perc.c1", "perc.c2"]
    assert "not met: why perc.c1" in notes[0]["text"]
    assert "Documentation to request: send perc.c2" in notes[1]["text"]
    assert claim_response["item"][0]["noteNumber"] == [1, 2]


def test_response_answers_are_auto_populated_with_explanation_and_evidence():
    determination = _determination(Status.met, Status.not_met, Status.insufficient)
    _, qr = _resources(build_response_bundle(determination, now=NOW))
    assert (
        qr["questionnaire"] == "https://authreview.invalid/fhir/Questionnaire/MP-MM-1366|2025-08-01"
    )
    assert qr["status"] == "completed"
    answers = _answers(qr)
    assert {k: a["valueCoding"]["code"] for k, a in answers.items()} == {
        "perc.c0": "met",
        "perc.c1": "not_met",
        "perc.c2": "insufficient",
    }
    for cid, answer in answers.items():
        (origin,) = _ext(answer, ORIGIN)
        assert origin["extension"] == [{"url": "source", "valueCode": "auto-server"}]
        (explanation,) = _ext(answer, TERMS.extension("criterion-explanation"))
        assert explanation["valueString"].startswith(f"why {cid}")
    (evidence,) = _ext(answers["perc.c0"], TERMS.extension("criterion-evidence"))
    assert {e["url"]: list(e.values())[1] for e in evidence["extension"]} == {
        "document": "note.pdf",
        "page": 2,
        "quote": "tender over the SIJ",
    }
    assert _ext(answers["perc.c2"], TERMS.extension("documentation-to-request"))


def test_response_without_a_procedure_answers_nothing_and_says_why():
    claim_response, qr = _resources(build_response_bundle(_determination(procedure=None), now=NOW))
    assert "item" not in qr
    assert "could not be determined" in claim_response["processNote"][-1]["text"]


def test_response_override_is_recorded_with_the_reviewer_and_recomputes_the_recommendation():
    determination = _determination(Status.met, Status.insufficient)
    reviewer = {"reference": "Practitioner/dr-1", "display": "Dr One"}
    role = {"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": "208100000X"}]}
    override = ReviewerOverride(
        criterion_id="perc.c1",
        status=Status.met,
        reviewer=reviewer,
        role=role,
        reason="seen in fax p.4",
    )
    claim_response, qr = _resources(
        build_response_bundle(determination, overrides=[override], now=NOW)
    )
    answers = _answers(qr)
    assert answers["perc.c1"]["valueCoding"]["code"] == "met"
    (origin,) = _ext(answers["perc.c1"], ORIGIN)
    assert origin["extension"][0] == {"url": "source", "valueCode": "override"}
    assert origin["extension"][1]["extension"] == [
        {"url": "role", "valueCodeableConcept": role},
        {"url": "practitioner", "valueReference": reviewer},
    ]
    (pipeline_answer,) = _ext(answers["perc.c1"], TERMS.extension("pipeline-answer"))
    assert pipeline_answer["valueCoding"]["code"] == "insufficient"
    assert (
        _ext(answers["perc.c1"], TERMS.extension("override-reason"))[0]["valueString"]
        == "seen in fax p.4"
    )
    assert qr["status"] == "amended"
    assert (
        claim_response["item"][0]["adjudication"][0]["reason"]["coding"][0]["code"] == "approvable"
    )
    assert _review_action(claim_response) == ["A4"]  # still left to the clinician to certify
    (reviewed,) = _ext(claim_response, TERMS.pas.reviewer_url)
    assert reviewed["extension"] == [{"url": "wasHumanReviewedFlag", "valueBoolean": True}]


def test_response_dtr_author_present_exactly_when_a_person_set_the_answer():
    """DTR invariant dtrx-1: an author with override/manual origins, none with auto ones."""
    determination = _determination(Status.met, Status.not_met, Status.met)
    override = ReviewerOverride(
        criterion_id="perc.c1", status=Status.not_met, reviewer={"display": "Dr Two"}
    )
    _, qr = _resources(build_response_bundle(determination, overrides=[override], now=NOW))
    for answer in _answers(qr).values():
        (origin,) = _ext(answer, ORIGIN)
        parts = {e["url"]: e for e in origin["extension"]}
        assert (parts["source"]["valueCode"] in ("override", "manual")) == ("author" in parts)


@pytest.mark.parametrize(
    "overrides",
    [
        [ReviewerOverride(criterion_id="perc.nope", status=Status.met, reviewer={"display": "x"})],
        [ReviewerOverride(criterion_id="perc.c0", status=Status.met, reviewer={"display": "x"})]
        * 2,
    ],
    ids=["unknown criterion", "two overrides"],
)
def test_response_bad_overrides_are_rejected(overrides):
    with pytest.raises(ValueError):
        build_response_bundle(_determination(Status.met), overrides=overrides, now=NOW)


def test_response_override_needs_a_reviewer():
    with pytest.raises(ValueError):
        ReviewerOverride(criterion_id="perc.c0", status=Status.met, reviewer={})


def test_response_points_back_to_the_request_when_it_came_as_a_bundle():
    context = PasContext(
        claim={"reference": "urn:uuid:claim"},
        claim_type={
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/claim-type",
                    "code": "institutional",
                }
            ]
        },
        item_sequences=(1, 2),
        patient={"reference": "urn:uuid:patient"},
        insurer={"reference": "urn:uuid:insurer"},
        requestor={"reference": "urn:uuid:requestor"},
        coverage={"reference": "urn:uuid:coverage"},
    )
    claim_response, qr = _resources(
        build_response_bundle(_determination(Status.met), context=context, now=NOW)
    )
    assert claim_response["request"] == {"reference": "urn:uuid:claim"}
    assert claim_response["patient"] == qr["subject"] == {"reference": "urn:uuid:patient"}
    assert claim_response["insurer"] == {"reference": "urn:uuid:insurer"}
    assert claim_response["requestor"] == {"reference": "urn:uuid:requestor"}
    assert claim_response["type"]["coding"][0]["code"] == "institutional"
    assert [i["itemSequence"] for i in claim_response["item"]] == [1, 2]
    assert _ext(qr, TERMS.dtr.qr_coverage_url)[0]["valueReference"] == {
        "reference": "urn:uuid:coverage"
    }


def test_response_from_a_pdf_packet_names_the_patient_by_member_id_or_says_unknown():
    claim_response, _ = _resources(
        build_response_bundle(_determination(Status.met), member_id="CS1", now=NOW)
    )
    assert claim_response["patient"]["identifier"]["value"] == "CS1"
    claim_response, _ = _resources(build_response_bundle(_determination(Status.met), now=NOW))
    (absent,) = _ext(claim_response["patient"], TERMS.data_absent_reason_url)
    assert absent["valueCode"] == "unknown"


def test_response_round_trips_and_keeps_its_ids_across_runs():
    determination = _determination(Status.met, Status.not_met)
    text = response_json(build_response_bundle(determination, now=NOW))
    parsed = Bundle.model_validate_json(text)
    assert response_json(parsed) == text
    later = response_json(build_response_bundle(determination, now=NOW + dt.timedelta(days=1)))
    ids = lambda t: [e.resource.id for e in Bundle.model_validate_json(t).entry]  # noqa: E731
    assert ids(text) == ids(later)


def test_write_fhir_determination_rewrites_the_file_owner_only_with_overrides(tmp_path):
    import stat

    from pipeline.fhir.outputs import write_fhir_determination

    determination = _determination(Status.met, Status.insufficient)
    first = write_fhir_determination(determination, None, tmp_path, now=NOW)
    override = ReviewerOverride(
        criterion_id="perc.c1", status=Status.met, reviewer={"display": "Dr"}
    )
    again = write_fhir_determination(determination, None, tmp_path, overrides=[override], now=NOW)
    assert first == again and stat.S_IMODE(again.stat().st_mode) == 0o600
    _, qr = _resources(Bundle.model_validate_json(again.read_text("utf-8")))
    (origin,) = _ext(_answers(qr)["perc.c1"], ORIGIN)
    assert origin["extension"][0]["valueCode"] == "override"
