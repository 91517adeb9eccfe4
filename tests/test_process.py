"""The end-to-end packet path: procedure resolution, determination assembly, outputs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.models import (
    Context,
    DeterminationValue,
    Evaluation,
    PolicyRef,
    Procedure,
    ProcedureRequest,
    RequestMetadata,
    Status,
)
from pipeline.process import build_determination, process_packet, resolve_procedure
from tests.flows.packets import write_packet_pdf

PERC, OPEN = Procedure.percutaneous, Procedure.open


def _request_fact(procedure: Procedure, cpt: str | None = None, **context: bool):
    return ProcedureRequest(procedure=procedure, cpt=cpt, context=Context(**context))


# (case, request procedure, facts, expected procedure, expected source, warns)
RESOLUTION_CASES = [
    ("nothing decides", None, [], None, None, False),
    ("cpt code", None, [_request_fact(PERC, "27279")], PERC, "cpt_code", False),
    ("wording only", None, [_request_fact(OPEN)], OPEN, "request_wording", False),
    (
        # CONTRACT section 1: the code decides; the disagreement is a warning.
        "code beats wording or a ticked box, with a warning",
        None,
        [_request_fact(OPEN), _request_fact(PERC, "27279")],
        PERC,
        "cpt_code",
        True,
    ),
    (
        "code and wording agree",
        None,
        [_request_fact(PERC), _request_fact(PERC, "27279")],
        PERC,
        "cpt_code",
        False,
    ),
    (
        "open code beats percutaneous wording",
        None,
        [_request_fact(PERC), _request_fact(OPEN, "27280")],
        OPEN,
        "cpt_code",
        True,
    ),
    (
        "conflicting codes decide nothing",
        None,
        [_request_fact(PERC, "27279"), _request_fact(OPEN, "27280")],
        None,
        None,
        False,
    ),
    (
        "conflicting wording decides nothing",
        None,
        [_request_fact(PERC), _request_fact(OPEN)],
        None,
        None,
        False,
    ),
    (
        "negated mention ignored",
        None,
        [_request_fact(OPEN, "27280", negated=True), _request_fact(PERC)],
        PERC,
        "request_wording",
        False,
    ),
    ("request metadata wins", PERC, [_request_fact(PERC, "27279")], PERC, "packet.json", False),
    (
        "request metadata wins but disagreement is flagged",
        PERC,
        [_request_fact(OPEN, "27280")],
        PERC,
        "packet.json",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "requested", "facts", "expected", "source", "warns"),
    RESOLUTION_CASES,
    ids=[case[0] for case in RESOLUTION_CASES],
)
def test_process_resolve_procedure(case, requested, facts, expected, source, warns):
    request = RequestMetadata(
        procedure=requested, procedure_source="packet.json" if requested else None
    )
    resolved, warnings = resolve_procedure(request, tuple(facts))
    assert resolved.procedure == expected
    assert resolved.procedure_source == source
    assert bool(warnings) == warns


def test_process_build_determination_merges_warnings_in_order_without_repeats():
    from tests.extractors.helpers import packet_from_text

    packet = packet_from_text("SI joint pain is 7/10 today.").model_copy(
        update={"warnings": ("packet warning", "shared")}
    )
    evaluation = Evaluation(
        policy=PolicyRef(id="MP-MM-1366", effective=dt.date(2025, 8, 1), version="v9"),
        procedure=PERC,
        determination=DeterminationValue.insufficient_documentation,
        criteria=(),
        warnings=("shared", "engine warning"),
    )
    determination = build_determination(packet, (), evaluation, ("procedure warning",))
    assert determination.warnings == (
        "packet warning",
        "shared",
        "procedure warning",
        "engine warning",
    )
    assert determination.versions["policy"] == "v9"
    assert determination.versions["pipeline"]
    assert determination.packet_sha256 == packet.sha256
    assert determination.documents == packet.documents


@pytest.fixture(scope="module")
def processed(tmp_path_factory, nlp):
    """One generated packet run through ``process_packet``: (packet path, out, result)."""
    root = tmp_path_factory.mktemp("process")
    pdf = write_packet_pdf(root / "inbox" / "pa-2025-0915.pdf")
    out = root / "out"
    return pdf, out, process_packet(pdf, out, nlp=nlp)


def test_process_packet_writes_a_determination_that_reads_back(processed):
    from pipeline.outputs import read_determination

    pdf, out, determination = processed
    folder = out / "pa-2025-0915"
    assert read_determination(folder / "determination.json") == determination
    assert determination.packet_id == pdf.stem
    assert (folder / "report.html").is_file()


def test_process_packet_scores_exactly_the_requested_procedures_criteria(processed):
    from policy import criterion_ids

    _, _, determination = processed
    assert determination.procedure is Procedure.percutaneous
    ids = [c.id for c in determination.criteria]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(criterion_ids(Procedure.percutaneous))
    statuses = {c.status for c in determination.criteria}
    expected = (
        DeterminationValue.does_not_meet_criteria
        if Status.not_met in statuses
        else DeterminationValue.insufficient_documentation
        if Status.insufficient in statuses
        else DeterminationValue.meets_criteria
    )
    assert determination.determination is expected


def test_process_packet_evidence_cites_the_page_text_at_its_offsets(processed):
    from pipeline.ingest import read_packet

    pdf, _, determination = processed
    packet = read_packet(pdf)
    cited = [e for c in determination.criteria for e in c.evidence]
    cited += [e for f in determination.facts for e in f.evidence]
    assert cited, "the generated packet states pain, exam and request facts"
    for evidence in cited:
        page = packet.pages[evidence.page - 1]
        assert page.file == evidence.document
        assert page.text[evidence.start : evidence.end] == evidence.text


def test_process_packet_output_matches_the_published_schema(processed):
    jsonschema = pytest.importorskip("jsonschema")
    from pipeline.schema import determination_schema

    _, out, _ = processed
    document = json.loads((out / "pa-2025-0915" / "determination.json").read_text())
    jsonschema.validate(document, determination_schema())


def test_process_packet_unreadable_packet_raises_a_packet_error_and_writes_nothing(tmp_path, nlp):
    from pipeline.errors import PacketError

    bad = tmp_path / "fax.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    with pytest.raises(PacketError) as raised:
        process_packet(bad, tmp_path / "out", nlp=nlp)
    assert "fax.pdf" in str(raised.value)
    assert not (tmp_path / "out" / "fax").exists()


def test_schema_file_is_current():
    from pipeline.schema import DEFAULT_PATH, schema_text

    assert Path(DEFAULT_PATH).read_text(encoding="utf-8") == schema_text(), (
        "docs/determination.schema.json is stale: run `python -m pipeline.schema`"
    )


def test_process_packet_naming_an_unknown_policy_is_scored_with_the_default(tmp_path, nlp):
    folder = tmp_path / "pkt-other-policy"
    write_packet_pdf(folder / "01-request.pdf")
    (folder / "packet.json").write_text(json.dumps({"policy": "MP-XX-0000"}))
    determination = process_packet(folder, tmp_path / "out", nlp=nlp)
    assert determination.policy.id == "MP-MM-1366"
    assert any("MP-XX-0000" in warning for warning in determination.warnings)


def test_unread_pages_turn_not_met_into_insufficient_and_keep_met() -> None:
    """With a page unread (OCR off, or unparsable), an absence is unproven: no silent
    not_met; met results and their evidence stand."""
    import datetime as dt

    from pipeline.charmap import pack_boxes
    from pipeline.models import (
        CriterionResult,
        DeterminationValue,
        Evaluation,
        Packet,
        Page,
        PolicyRef,
        Procedure,
        RequestMetadata,
        Status,
    )
    from pipeline.process import guard_unread_pages

    def page(number: int, text: str) -> Page:
        return Page(
            number=number,
            file="p.pdf",
            file_page=number,
            width=612,
            height=792,
            text=text,
            char_boxes=pack_boxes([None] * len(text)),
            has_text_layer=bool(text),
        )

    evaluation = Evaluation(
        policy=PolicyRef(id="MP-MM-1366", effective=dt.date(2025, 8, 1)),
        procedure=Procedure.percutaneous,
        determination=DeterminationValue.does_not_meet_criteria,
        criteria=(
            CriterionResult(id="perc.pain_severity", status=Status.met, explanation="7/10"),
            CriterionResult(
                id="perc.active_conservative_therapy",
                status=Status.not_met,
                explanation="3 months of PT.",
            ),
        ),
    )
    readable = Packet(
        id="p",
        sha256="0",
        files=(),
        pages=(page(1, "PT note"),),
        documents=(),
        request=RequestMetadata(),
    )
    assert guard_unread_pages(evaluation, readable) == evaluation
    partly = readable.model_copy(update={"pages": (page(1, "PT note"), page(2, ""))})
    guarded = guard_unread_pages(evaluation, partly)
    statuses = [c.status for c in guarded.criteria]
    assert statuses == [Status.met, Status.insufficient]
    assert "page(s) 2 could not be read" in guarded.criteria[1].explanation
    assert guarded.determination is DeterminationValue.insufficient_documentation
