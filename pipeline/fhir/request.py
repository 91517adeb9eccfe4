"""Reading a PAS-style prior-authorization request Bundle as a packet.

A Da Vinci PAS request is a Bundle whose Claim (``use = preauthorization``) names the
requested service by CPT code and is dated by ``Claim.created``; the documents that
support it are ``Claim.supportingInfo`` entries pointing to DocumentReference or Binary
resources (or carrying an Attachment) whose PDFs travel base64-encoded or, here, as URLs
of local files. This module turns such a bundle into what a packet folder holds: the
request metadata of CONTRACT section 1 (the Claim plays packet.json's part) and the PDF
documents in the Claim's order. It never follows a URL off the machine, and a local file
URL must stay inside the bundle's own folder.

Errors (``pipeline.errors`` E110-E114) name FHIR element paths and counts, never a value
from the bundle: a validation message would quote it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import (
    BundleAttachmentError,
    BundleNoDocumentsError,
    BundleNoProcedureError,
    BundleUrlRefusedError,
    InvalidBundleError,
    PacketTooLargeError,
)
from pipeline.fhir.terms import FhirTerms, fhir_terms
from pipeline.ingest.request import PacketJson
from pipeline.ingest.rules import ingest_limits

BUNDLE_SUFFIX = ".json"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


class BundleDocument(BaseModel):
    """One supporting document of the request: a file name for the packet and its bytes."""

    model_config = ConfigDict(frozen=True)

    name: str
    data: bytes


class PasContext(BaseModel):
    """What the answer must echo or point back to from the request (FHIR JSON fragments):
    the Claim, its item sequences and type, and the patient, insurer, requestor and
    coverage references (PAS: the response names the same parties as the request)."""

    model_config = ConfigDict(frozen=True)

    claim: dict[str, Any] | None = None
    claim_identifier: tuple[dict[str, Any], ...] = ()
    claim_type: dict[str, Any] | None = None
    item_sequences: tuple[int, ...] = (1,)
    patient: dict[str, Any] | None = None
    insurer: dict[str, Any] | None = None
    requestor: dict[str, Any] | None = None
    coverage: dict[str, Any] | None = None


class PasRequest(BaseModel):
    """A request Bundle read as a packet: id, content hash, metadata, documents, context."""

    model_config = ConfigDict(frozen=True)

    packet_id: str
    sha256: str
    metadata: PacketJson
    documents: tuple[BundleDocument, ...]
    context: PasContext
    warnings: tuple[str, ...] = ()


def is_bundle_path(path: Path) -> bool:
    """True for a file authreview reads as a FHIR request Bundle (by file type: .json)."""
    return path.suffix.lower() == BUNDLE_SUFFIX and not path.is_dir()


# --------------------------------------------------------------------------- the bundle


def _load_json(path: Path) -> dict[str, Any]:
    limit = ingest_limits().max_file_bytes
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidBundleError(path.name, f"cannot be opened ({type(exc).__name__})") from exc
    if size > limit:
        raise PacketTooLargeError(path.name, f"{size:,} bytes; a file may hold {limit:,}")
    try:
        data = json.loads(path.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidBundleError(path.name, f"not JSON ({type(exc).__name__})") from exc
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise InvalidBundleError(path.name, "its resourceType is not Bundle")
    return data


def _validated(path: Path, data: dict[str, Any]) -> Any:
    """The Bundle as fhir.resources models; an invalid one is E110 with the first path."""
    from fhir.resources.R4B.bundle import Bundle

    try:
        return Bundle.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        where = ".".join(str(part) for part in errors[0]["loc"]) if errors else "?"
        kind = errors[0]["type"] if errors else "?"
        raise InvalidBundleError(
            path.name, f"{len(errors)} FHIR validation error(s), first at {where} ({kind})"
        ) from None


class _Index:
    """Resolves references inside one bundle: by fullUrl, ``Type/id`` and ``#contained``."""

    def __init__(self, bundle: Any, claim: Any) -> None:
        self._by_ref: dict[str, Any] = {}
        for entry in bundle.entry or ():
            resource = entry.resource
            if resource is None:
                continue
            if entry.fullUrl:
                self._by_ref[entry.fullUrl] = resource
            if resource.id:
                self._by_ref[f"{resource.get_resource_type()}/{resource.id}"] = resource
        for contained in claim.contained or ():
            if contained.id:
                self._by_ref[f"#{contained.id}"] = contained

    def get(self, reference: str | None, kind: str | None = None) -> Any:
        """The resource a reference names (of type ``kind`` when given), else None."""
        found = self._by_ref.get(reference) if reference else None
        if found is not None and kind is not None and found.get_resource_type() != kind:
            return None
        return found


def _claim(path: Path, bundle: Any) -> Any:
    claims = [
        entry.resource
        for entry in bundle.entry or ()
        if entry.resource is not None and entry.resource.get_resource_type() == "Claim"
    ]
    if not claims:
        raise InvalidBundleError(path.name, "no Claim entry")
    preauth = [claim for claim in claims if claim.use == "preauthorization"]
    return (preauth or claims)[0]


# --------------------------------------------------------------------------- metadata


def procedure_codes(claim: Any, terms: FhirTerms) -> tuple[str, ...]:
    """The CPT codes of the Claim's items, in item order, each once."""
    codes: list[str] = []
    for item in claim.item or ():
        concept = item.productOrService
        for coding in (concept.coding or ()) if concept else ():
            wanted = coding.system in terms.procedure_code_systems and coding.code
            if wanted and coding.code not in codes:
                codes.append(coding.code)
    return tuple(codes)


def request_date(claim: Any) -> dt.date:
    """The request date: the day the Claim was created, as the sender wrote it."""
    created = claim.created
    return created.date() if isinstance(created, dt.datetime) else created


def _focal_coverage(claim: Any, index: _Index) -> tuple[Any, Any]:
    """The Claim's focal insurance: its Coverage reference and the resource if bundled."""
    insurances = sorted(claim.insurance or (), key=lambda i: (not i.focal, i.sequence))
    if not insurances:
        return None, None
    reference = insurances[0].coverage
    return reference, index.get(reference.reference if reference else None, "Coverage")


def member_id(claim: Any, index: _Index, terms: FhirTerms) -> str | None:
    """The member id: the focal Coverage's subscriberId, else the Patient's member
    identifier (type MB), else the Coverage's first identifier."""
    _, coverage = _focal_coverage(claim, index)
    if coverage is not None and coverage.subscriberId:
        return coverage.subscriberId
    patient = index.get(claim.patient.reference, "Patient")
    for identifier in (patient.identifier or ()) if patient is not None else ():
        codings = identifier.type.coding or () if identifier.type else ()
        wanted = terms.member_identifier_type
        is_member = any(c.system == wanted["system"] and c.code == wanted["code"] for c in codings)
        if is_member and identifier.value:
            return identifier.value
    for identifier in (coverage.identifier or ()) if coverage is not None else ():
        if identifier.value:
            return identifier.value
    return None


def _json(element: Any) -> dict[str, Any]:
    return element.model_dump(mode="json", exclude_none=True)


def _reference_json(reference: Any) -> dict[str, Any] | None:
    return _json(reference) if reference is not None else None


def _context(claim: Any, claim_url: str | None, index: _Index) -> PasContext:
    coverage_reference, _ = _focal_coverage(claim, index)
    sequences = tuple(item.sequence for item in claim.item or ()) or (1,)
    return PasContext(
        claim={"reference": claim_url} if claim_url else None,
        claim_identifier=tuple(
            i.model_dump(mode="json", exclude_none=True) for i in claim.identifier or ()
        ),
        claim_type=claim.type.model_dump(mode="json", exclude_none=True),
        item_sequences=sequences,
        patient=_reference_json(claim.patient),
        insurer=_reference_json(claim.insurer),
        requestor=_reference_json(claim.provider),
        coverage=_reference_json(coverage_reference),
    )


# --------------------------------------------------------------------------- documents


def _local_file(url: str, bundle_dir: Path, label: str, bundle_name: str) -> bytes:
    """The bytes of a local file named by ``url``: a ``file:`` URL or a relative path,
    inside the bundle's folder. Anything else is refused (E113), never fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("", "file") or (parts.scheme == "" and parts.netloc):
        raise BundleUrlRefusedError(bundle_name, f"{label}: a '{parts.scheme or '//'}' URL")
    if parts.netloc not in ("", "localhost"):
        raise BundleUrlRefusedError(bundle_name, f"{label}: a file URL on another host")
    raw = Path(unquote(parts.path))
    root = bundle_dir.resolve()
    target = (raw if raw.is_absolute() else root / raw).resolve()
    if not target.is_relative_to(root):
        raise BundleUrlRefusedError(bundle_name, f"{label}: outside the bundle's folder")
    if not target.is_file():
        raise BundleAttachmentError(bundle_name, f"{label}: no such local file")
    limit = ingest_limits().max_file_bytes
    if target.stat().st_size > limit:
        raise PacketTooLargeError(bundle_name, f"{label}: a document over {limit:,} bytes")
    return target.read_bytes()


def _attachment_bytes(
    attachment: Any, index: _Index, bundle_dir: Path, label: str, bundle_name: str
) -> bytes:
    if attachment.data is not None:
        return bytes(attachment.data)
    if not attachment.url:
        raise BundleAttachmentError(bundle_name, f"{label}: neither data nor url")
    bundled = index.get(attachment.url)
    if bundled is not None:
        if bundled.get_resource_type() != "Binary" or bundled.data is None:
            raise BundleAttachmentError(bundle_name, f"{label}: its url is not a Binary with data")
        return bytes(bundled.data)
    return _local_file(attachment.url, bundle_dir, label, bundle_name)


def _is_pdf_type(content_type: str | None, terms: FhirTerms) -> bool:
    """Untyped content is tried as a PDF (ingestion says if it is not one)."""
    return content_type is None or content_type.split(";")[0].strip() in terms.pdf_content_types


def _attachments(
    info: Any, index: _Index, label: str, bundle_name: str
) -> Iterator[tuple[str | None, Any]]:
    """(title, Attachment-like) pairs of one supportingInfo entry; a Binary counts as one."""
    if info.valueAttachment is not None:
        yield info.valueAttachment.title, info.valueAttachment
        return
    reference = info.valueReference
    if reference is None:
        return
    target = index.get(reference.reference)
    if target is None:
        raise BundleAttachmentError(bundle_name, f"{label}: its reference is not in the bundle")
    kind = target.get_resource_type()
    if kind == "Binary":
        yield reference.display, target
    elif kind == "DocumentReference":
        for content in target.content or ():
            attachment = content.attachment
            yield attachment.title or target.description, attachment


def _safe_name(title: str | None, number: int) -> str:
    """A file name for a document: the basename of its title, else ``document-N``."""
    base = Path((title or "").replace("\\", "/")).name
    base = _SAFE_NAME.sub("_", base).strip(" .")
    if not base:
        base = f"document-{number}"
    return base if base.lower().endswith(".pdf") else f"{base}.pdf"


def _ordered_names(titles: list[str | None]) -> list[str]:
    """File names that keep the Claim's order when a packet folder reads them by name:
    the titles when they are unique and already sort that way, else numbered titles."""
    names = [_safe_name(title, n) for n, title in enumerate(titles, start=1)]
    if len(set(names)) == len(names) and names == sorted(names):
        return names
    width = len(str(len(names)))
    return [f"{n:0{width}d}_{name}" for n, name in enumerate(names, start=1)]


def _documents(
    claim: Any, index: _Index, bundle_dir: Path, terms: FhirTerms, bundle_name: str
) -> tuple[list[BundleDocument], list[str]]:
    found: list[tuple[str | None, bytes]] = []
    warnings: list[str] = []
    infos = sorted(claim.supportingInfo or (), key=lambda info: info.sequence)
    for info in infos:
        label = f"supportingInfo {info.sequence}"
        for title, attachment in _attachments(info, index, label, bundle_name):
            if not _is_pdf_type(attachment.contentType, terms):
                warnings.append(
                    f"{label}: a document of type {attachment.contentType} was not read "
                    "(authreview reads PDF documents)"
                )
                continue
            found.append(
                (title, _attachment_bytes(attachment, index, bundle_dir, label, bundle_name))
            )
    if not found:
        raise BundleNoDocumentsError(bundle_name, f"{len(infos)} supportingInfo entries")
    names = _ordered_names([title for title, _ in found])
    return [
        BundleDocument(name=n, data=d) for n, (_, d) in zip(names, found, strict=True)
    ], warnings


# --------------------------------------------------------------------------- entry point


def read_pas_bundle(path: Path, terms: FhirTerms | None = None) -> PasRequest:
    """Read a PAS request Bundle: its metadata, documents and what the answer echoes.

    Raises ``InvalidBundleError`` (not JSON, not valid FHIR, no Claim),
    ``BundleNoProcedureError`` (no CPT code on the Claim's items),
    ``BundleNoDocumentsError``, ``BundleUrlRefusedError`` (a URL off the machine or
    outside the bundle's folder), ``BundleAttachmentError`` (a reference or file that is
    not there) or ``PacketTooLargeError``.
    """
    chosen = terms or fhir_terms()
    path = Path(path)
    raw = _load_json(path)
    bundle = _validated(path, raw)
    claim = _claim(path, bundle)
    index = _Index(bundle, claim)
    codes = procedure_codes(claim, chosen)
    if not codes:
        raise BundleNoProcedureError(path.name, f"{len(claim.item or ())} Claim items")
    documents, warnings = _documents(claim, index, path.parent, chosen, path.name)
    claim_url = next(
        (e.fullUrl for e in bundle.entry or () if e.resource is claim and e.fullUrl), None
    )
    metadata = PacketJson(
        request_date=request_date(claim),
        procedure_codes=codes,
        member_id=member_id(claim, index, chosen),
    )
    return PasRequest(
        packet_id=path.stem,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        metadata=metadata,
        documents=tuple(documents),
        context=_context(claim, claim_url, index),
        warnings=tuple(warnings),
    )
