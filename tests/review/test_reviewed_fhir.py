"""A decided packet's FHIR answer: the reviewer's overrides as DTR ``override`` answers,
the ClaimResponse flagged human-reviewed, the request's parties kept, the pipeline's own
answer untouched; a withdrawn decision takes the reviewed answer away."""

from __future__ import annotations

import json

from fhir.resources.R4B.bundle import Bundle

from pipeline.fhir.outputs import write_fhir_determination
from pipeline.fhir.request import PasContext
from pipeline.fhir.response import FHIR_DETERMINATION_FILE
from pipeline.fhir.reviewed import REVIEWED_FHIR_FILE
from pipeline.fhir.terms import fhir_terms
from pipeline.models import Status
from pipeline.review.queue import packet_key
from policy.determination import determination_of
from tests.review.conftest import sign_in

KEY = packet_key("rpt-001")
PATIENT = {"reference": "Patient/pas-patient-7"}
INSURER = {"reference": "Organization/plan-3"}


def _resources(path) -> dict[str, dict]:
    bundle = json.loads(path.read_text())
    Bundle.model_validate(bundle)  # every written answer is valid FHIR
    return {e["resource"]["resourceType"]: e["resource"] for e in bundle["entry"]}


def _answer(questionnaire_response: dict, criterion_id: str) -> dict:
    for group in questionnaire_response["item"]:
        for item in group["item"]:
            if item["linkId"] == criterion_id:
                return item["answer"][0]
    raise AssertionError(criterion_id)


def _decide_packet(client, token: str, statuses) -> int:
    """Post the packet decision that the statuses give, agreeing with the rest."""
    decided = client.post(
        f"/p/{KEY}/decision",
        data={
            "csrf": token,
            "determination": determination_of(statuses.values()).value,
            "agree_rest": "1",
        },
        follow_redirects=False,
    )
    return decided.status_code


def _origin(answer: dict) -> dict:
    url = fhir_terms().dtr.information_origin_url
    return next(e for e in answer["extension"] if e["url"] == url)


def test_decided_packet_writes_the_reviewed_answer_and_withdrawal_removes_it(client, reviewed):
    out, determination = reviewed
    folder = out / "rpt-001"
    context = PasContext(patient=PATIENT, insurer=INSURER, item_sequences=(1, 2))
    write_fhir_determination(determination, None, folder, context=context)
    pipeline_answer = (folder / FHIR_DETERMINATION_FILE).read_bytes()
    token = sign_in(client)

    reason = "The leg pain is from the knee, documented on page 1."
    client.post(
        f"/p/{KEY}/criteria/perc.pain_location",
        data={"csrf": token, "choice": "met", "confirm": "0", "reason": reason},
    )
    assert not (folder / REVIEWED_FHIR_FILE).exists()  # no packet decision yet
    statuses = {c.id: c.status for c in determination.criteria} | {"perc.pain_location": Status.met}
    assert _decide_packet(client, token, statuses) == 303

    reviewed_answer = _resources(folder / REVIEWED_FHIR_FILE)
    claim_response = reviewed_answer["ClaimResponse"]
    assert claim_response["patient"] == PATIENT and claim_response["insurer"] == INSURER
    assert [i["itemSequence"] for i in claim_response["item"]] == [1, 2]
    flag = claim_response["extension"][0]["extension"][0]
    assert flag == {"url": "wasHumanReviewedFlag", "valueBoolean": True}
    answers = reviewed_answer["QuestionnaireResponse"]
    assert answers["status"] == "amended"
    overridden = _origin(_answer(answers, "perc.pain_location"))
    assert overridden["extension"][0]["valueCode"] == fhir_terms().dtr.overridden
    author = overridden["extension"][1]["extension"]
    assert {"url": "practitioner", "valueReference": {"display": "Dr. Rivera"}} in author
    assert any(
        e.get("valueString") == reason for e in _answer(answers, "perc.pain_location")["extension"]
    )
    agreed = _origin(_answer(answers, "perc.pain_severity"))
    assert agreed["extension"][0]["valueCode"] == fhir_terms().dtr.auto_populated
    assert (folder / FHIR_DETERMINATION_FILE).read_bytes() == pipeline_answer

    # a changed criterion decision that keeps the packet decision rewrites the answer ...
    client.post(
        f"/p/{KEY}/criteria/perc.pain_location",
        data={"csrf": token, "choice": "agree", "confirm": "0"},
    )
    answers = _resources(folder / REVIEWED_FHIR_FILE)["QuestionnaireResponse"]
    kept = _origin(_answer(answers, "perc.pain_location"))
    assert kept["extension"][0]["valueCode"] == fhir_terms().dtr.auto_populated
    # ... and overrides that change the packet's answer withdraw the decision and the file
    client.post(
        f"/p/{KEY}/criteria/perc.pain_location",
        data={"csrf": token, "choice": "met", "confirm": "0", "reason": reason},
    )
    assert (folder / REVIEWED_FHIR_FILE).exists()  # still not met on the provocative tests
    client.post(
        f"/p/{KEY}/criteria/perc.two_provocative_tests",
        data={"csrf": token, "choice": "met", "confirm": "0", "reason": "both tests on p2"},
    )
    assert not (folder / REVIEWED_FHIR_FILE).exists()


def test_an_output_without_a_fhir_answer_gets_no_reviewed_answer(client, reviewed):
    out, determination = reviewed
    token = sign_in(client)
    statuses = {c.id: c.status for c in determination.criteria}
    assert _decide_packet(client, token, statuses) == 303
    assert not (out / "rpt-001" / REVIEWED_FHIR_FILE).exists()
