"""One packet end to end: PDF -> Packet -> facts -> Evaluation -> Determination -> files.

This is the plain-function path that the CLI calls directly and the Prefect flows wrap;
it never imports Prefect. Each stage belongs to its own package (ingestion
``pipeline.ingest``, extraction ``pipeline.extract``, scoring ``policy``); this module
only resolves the requested procedure, assembles the ``Determination`` (CONTRACT
section 2) and writes the outputs.
"""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache
from importlib import import_module, metadata
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.integrity import folder_notices, patient_notices, recommend, request_mentions
from pipeline.models import (
    Determination,
    Evaluation,
    Fact,
    IdentityMention,
    Notice,
    OcrPageConfidence,
    Packet,
    ProcedureRequest,
    RequestMetadata,
    Status,
)
from pipeline.outputs import write_outputs
from pipeline.packet_ids import own_patient_id
from policy.determination import determination_of

DEFAULT_POLICY_ID = "MP-MM-1366"


def pipeline_version() -> str:
    """The installed authreview version (recorded in every determination)."""
    try:
        return metadata.version("authreview")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def resolve_procedure(
    request: RequestMetadata, facts: tuple[Fact, ...]
) -> tuple[RequestMetadata, tuple[str, ...]]:
    """The request with its procedure decided, and warnings about how it was decided.

    CONTRACT section 1: a procedure already resolved by ingestion (packet.json or the
    request form's code) wins. Otherwise the packet's affirmed ``procedure_request`` facts
    decide, a CPT code before wording, even where the wording or a ticked box says
    otherwise (then with a warning). When codes (or, without codes, wordings) name both
    procedures, or nothing names one, nothing decides: the procedure stays None, so the
    packet's determination is ``insufficient_documentation`` rather than a guess.
    """
    requested = [
        fact
        for fact in facts
        if isinstance(fact, ProcedureRequest) and fact.context.is_current_affirmed
    ]
    if request.procedure is not None:
        others = sorted({f.procedure.value for f in requested} - {request.procedure.value})
        warnings = (
            (
                f"The request names procedure '{request.procedure.value}' "
                f"({request.procedure_source or 'request metadata'}) but the packet also "
                f"mentions: {', '.join(others)}.",
            )
            if others
            else ()
        )
        return request, warnings

    from policy.engine import procedure_from_facts

    procedure, source, warnings = procedure_from_facts(facts)
    if procedure is None:
        # Conflicting or absent: the procedure stays None and the policy engine, which
        # receives the same facts, records why in its warnings.
        return request, ()
    return request.model_copy(update={"procedure": procedure, "procedure_source": source}), warnings


@lru_cache(maxsize=8)
def _cached_policy(policy_id: str, as_of: dt.date | None) -> tuple[Any, tuple[str, ...]]:
    """The policy version for the request, read once per process.

    A request naming a policy authreview has no file for is scored with the default
    policy (the engine warns that it was); a missing default is a configuration error.
    """
    from pipeline.errors import PolicyError
    from policy import load_policy

    try:
        loaded, warnings = load_policy(policy_id, as_of=as_of)
    except PolicyError:
        if policy_id == DEFAULT_POLICY_ID:
            raise
        loaded, warnings = load_policy(DEFAULT_POLICY_ID, as_of=as_of)
    return loaded, tuple(warnings)


def procedure_notices(request: RequestMetadata, conflicts: tuple[str, ...]) -> tuple[Notice, ...]:
    """Top-of-report notices about how the procedure was decided: from wording alone (no
    code was requested), or despite the packet mentioning the other procedure."""
    notices = [Notice(code="procedure.conflicting_mentions", message=text) for text in conflicts]
    if request.procedure is not None and request.procedure_source == "request_wording":
        notices.append(
            Notice(
                code="procedure.from_wording",
                message="No CPT code in the request: the procedure "
                f"({request.procedure.value} SIJ fusion) was read from its wording.",
            )
        )
    return tuple(notices)


def build_determination(
    packet: Packet,
    facts: tuple[Fact, ...],
    evaluation: Evaluation,
    warnings: tuple[str, ...] = (),
    notices: tuple[Notice, ...] = (),
    identity: tuple[IdentityMention, ...] = (),
) -> Determination:
    """The contents of determination.json from the stage results (no I/O).

    The criteria are the engine's; the packet's determination is theirs unless a notice
    refers the packet to a clinician (``pipeline.integrity.recommend``).
    """
    ordered: list[str] = []
    for warning in (*packet.warnings, *warnings, *evaluation.warnings):
        if warning not in ordered:
            ordered.append(warning)
    all_notices = (*packet.request.notices, *notices)
    return Determination(
        packet_id=packet.id,
        packet_sha256=packet.sha256,
        policy=evaluation.policy,
        procedure=evaluation.procedure,
        request_date=packet.request.request_date,
        determination=recommend(evaluation.determination, all_notices),
        criteria_determination=evaluation.determination,
        criteria=evaluation.criteria,
        facts=facts,
        documents=packet.documents,
        identity=identity,
        notices=all_notices,
        warnings=tuple(ordered),
        ocr_pages=tuple(
            OcrPageConfidence(
                page=page.number,
                document=page.file,
                file_page=page.file_page,
                confidence=page.ocr_confidence,
                engine=page.ocr_engine,
            )
            for page in packet.pages
            if page.ocr
        ),
        versions={"pipeline": pipeline_version(), "policy": evaluation.policy.version},
    )


def patient_identity(packet: Packet) -> tuple[tuple[IdentityMention, ...], tuple[Notice, ...]]:
    """Where the packet names its patient (one mention per value and document) and the
    referring notice when those disagree (``pipeline.integrity``)."""
    from pipeline.ingest.identity import read_identity

    mentions = (*read_identity(packet.pages), *request_mentions(packet.request))
    distinct: dict[tuple[str, str, str], IdentityMention] = {}
    for mention in mentions:
        distinct.setdefault((mention.field, mention.value, mention.document), mention)
    return tuple(distinct.values()), patient_notices(mentions)


def determine(
    packet: Packet,
    *,
    nlp: Language | None = None,
    policy: Any = None,
    notices: tuple[Notice, ...] = (),
) -> Determination:
    """Extract, resolve the procedure, check the patient and score one packet already
    read from disk. ``notices``: what the caller found about the packet on disk (a
    folder's unread subfolders)."""
    from pipeline.extract import extract_facts
    from policy import evaluate

    facts = extract_facts(packet, nlp)
    request, conflicts = resolve_procedure(packet.request, facts)
    warnings: tuple[str, ...] = ()
    if policy is None:
        policy, warnings = _cached_policy(
            packet.request.policy or DEFAULT_POLICY_ID, request.request_date
        )
    evaluation = guard_unread_pages(evaluate(policy, facts, request), packet)
    identity, identity_notices = patient_identity(packet)
    notices = (*identity_notices, *notices, *procedure_notices(request, conflicts))
    return build_determination(packet, facts, evaluation, warnings, notices, identity)


def unread_pages(packet: Packet) -> list[int]:
    """Packet pages whose text could not be read (image-only without OCR, or unparsable)."""
    return [page.number for page in packet.pages if not page.text.strip()]


def guard_unread_pages(evaluation: Evaluation, packet: Packet) -> Evaluation:
    """No criterion is not met merely because some pages could not be read.

    A ``not_met`` can rest on what the packet does not show (too few months of therapy,
    too few qualifying injections); with unread pages that absence is unproven, so such
    results become ``insufficient`` with the reason, and the reviewer is sent to those
    pages. The evidence found is kept.
    """
    pages = unread_pages(packet)
    if not pages:
        return evaluation
    listed = ", ".join(str(n) for n in pages)
    criteria = tuple(
        result.model_copy(
            update={
                "status": Status.insufficient,
                "explanation": f"{result.explanation} Not scored as not met: page(s) "
                f"{listed} could not be read and may hold the missing documentation.",
                "request_documentation": f"A readable copy of page(s) {listed}.",
            }
        )
        if result.status is Status.not_met
        else result
        for result in evaluation.criteria
    )
    return evaluation.model_copy(
        update={
            "criteria": criteria,
            "determination": determination_of(c.status for c in criteria)
            if criteria
            else evaluation.determination,
        }
    )


FIRST_PACKET_MODULES = (
    "pipeline.ingest",
    "pipeline.extract",
    "pipeline.report",
    "pipeline.fhir.packet",
    "pipeline.fhir.outputs",
    "pdfplumber",
    "pypdfium2",
    "PIL.Image",
    "pytesseract",
)
"""What a first packet imports lazily (~1 s): commands keep them out of start-up until
a packet is processed, and ``warm_up`` imports them once before workers fork."""


def warm_up() -> None:
    """Pay the first packet's one-time costs (stage imports, reading the policy files) in
    this process, so that workers forked from it share them instead of each paying."""
    from policy import load_policy

    for name in FIRST_PACKET_MODULES:
        import_module(name)
    load_policy()


def process_packet(
    path: Path | str,
    out_dir: Path | str,
    *,
    nlp: Language | None = None,
    policy: Any = None,
    ocr: bool = True,
    packet_id: str | None = None,
) -> Determination:
    """Run the whole pipeline on the packet at ``path`` and write its outputs.

    ``packet_id`` is the id the run gave the packet (unique among its packets; default
    the file or folder name); another patient's output already under it moves the
    packet to an id of its own (``pipeline.packet_ids.own_patient_id``).
    ``ocr=False`` leaves image-only pages unread (each gets a warning, and no criterion
    is marked not met for want of their text: see ``guard_unread_pages``).
    Raises ``pipeline.errors.PacketError`` (naming the file and the reason, never its
    text) when the packet cannot be read.
    """
    from pipeline.fhir.request import is_bundle_path
    from pipeline.ingest import read_packet

    if is_bundle_path(Path(path)):  # FHIR hook: a PAS request Bundle (pipeline/fhir/)
        from pipeline.fhir.packet import process_bundle

        return process_bundle(path, out_dir, nlp=nlp, policy=policy, ocr=ocr)
    started = time.perf_counter()
    packet = read_packet(Path(path), ocr=ocr)
    if packet_id is not None and packet_id != packet.id:
        packet = packet.model_copy(update={"id": packet_id})
    determination = determine(packet, nlp=nlp, policy=policy, notices=folder_notices(Path(path)))
    determination = own_patient_id(Path(out_dir), determination)
    write_outputs(
        determination,
        packet,
        Path(out_dir),
        packet_path=Path(path),
        processing_seconds=time.perf_counter() - started,
    )
    return determination
