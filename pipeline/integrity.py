"""Packet integrity: is this one patient's packet, read whole? And the one rule that
turns a packet-level doubt into the packet's recommendation.

The policy engine scores criteria from facts and never looks at who the facts are
about; a packet that mixes two patients' documents can therefore "meet" the policy on
someone else's evidence. So the patient's name, date of birth and member id, wherever
the packet states them (``pipeline.ingest.identity``), must agree across its documents
and with the request's member id. A disagreement is a referring ``Notice``: the
criteria stay exactly as the engine scored them, and ``recommend`` makes the packet's
determination ``insufficient_documentation`` (never ``meets_criteria``; CONTRACT section
2 has no fourth value), so a person decides which documents belong to the member.
Silence is not a disagreement: a document that names no patient is compared with
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.identity import names_agree, normal_member_id
from pipeline.models import (
    DeterminationValue,
    IdentityField,
    IdentityMention,
    Notice,
    RequestMetadata,
)

PATIENT_MISMATCH = "patient.mismatch"
SUBFOLDER_NOT_READ = "packet.subfolder_not_read"
FIELD_NAMES: dict[IdentityField, str] = {
    "name": "patient name",
    "dob": "date of birth",
    "member_id": "member ID",
}
REQUEST_DOCUMENT = "request"
"""``IdentityMention.document`` of the member id the request metadata carries."""


@dataclass
class _Group:
    """Mentions of one field that can be the same person."""

    representative: IdentityMention
    mentions: list[IdentityMention] = field(default_factory=list)


def _same_value(field_name: IdentityField, a: IdentityMention, b: IdentityMention) -> bool:
    if field_name == "name":
        return names_agree(a.text, b.text)
    return a.value == b.value


def _groups(field_name: IdentityField, mentions: Sequence[IdentityMention]) -> list[_Group]:
    """Cluster a field's mentions: names by agreement (the fullest name of each cluster
    represents it), dates and ids by equality."""
    ordered = sorted(mentions, key=lambda m: -len(m.value.split()))
    groups: list[_Group] = []
    for mention in ordered:
        home = next((g for g in groups if _same_value(field_name, g.representative, mention)), None)
        if home is None:
            home = _Group(representative=mention)
            groups.append(home)
        home.mentions.append(mention)
    return groups


def _where(mentions: Iterable[IdentityMention]) -> str:
    """Files and packet pages of some mentions: 'a.pdf p. 1-2; b.pdf p. 5'."""
    pages: dict[str, set[int]] = {}
    for mention in mentions:
        pages.setdefault(mention.document, set())
        if mention.page is not None:
            pages[mention.document].add(mention.page)
    parts = []
    for document, numbers in pages.items():
        if document == REQUEST_DOCUMENT:
            parts.append("the request metadata (packet.json)")
        elif numbers:
            listed = sorted(numbers)
            span = str(listed[0]) if len(listed) == 1 else f"{listed[0]}-{listed[-1]}"
            parts.append(f"{document} p. {span}")
        else:
            parts.append(document)
    return "; ".join(parts)


def _files(group: _Group) -> frozenset[str]:
    return frozenset(m.document for m in group.mentions if m.document != REQUEST_DOCUMENT)


def request_mentions(request: RequestMetadata) -> tuple[IdentityMention, ...]:
    """The request metadata's member id as a mention, so that a packet.json naming
    another member than the documents is caught too."""
    if not request.member_id:
        return ()
    return (
        IdentityMention(
            field="member_id",
            value=normal_member_id(request.member_id),
            text=request.member_id,
            document=REQUEST_DOCUMENT,
            rule_id="identity.member_id.request",
        ),
    )


def patient_notices(mentions: Sequence[IdentityMention]) -> tuple[Notice, ...]:
    """One referring notice when the mentions name more than one patient, saying which
    field disagrees and where each value is written; none when they agree or are silent.

    When the disagreeing values sit in different files of a folder, the notice says that
    the folder's PDFs name different patients (usually two packets copied into one).
    """
    conflicts: list[str] = []
    by_file = False
    for field_name in FIELD_NAMES:
        groups = _groups(field_name, [m for m in mentions if m.field == field_name])
        if len(groups) < 2:
            continue
        described = " vs ".join(f"'{g.representative.text}' ({_where(g.mentions)})" for g in groups)
        conflicts.append(f"{FIELD_NAMES[field_name]}: {described}")
        files = [_files(g) for g in groups]
        by_file = by_file or all(
            a.isdisjoint(b) for i, a in enumerate(files) for b in files[i + 1 :]
        )
    if not conflicts:
        return ()
    opening = (
        "This folder's PDFs name different patients"
        if by_file and len({m.document for m in mentions} - {REQUEST_DOCUMENT}) > 1
        else "The packet's documents name different patients"
    )
    return (
        Notice(
            code=PATIENT_MISMATCH,
            refers=True,
            message=f"{opening} — {'; '.join(conflicts)}. Evidence from one patient may "
            "be scored for another: the criteria below are as read from all documents, "
            "and a clinician must confirm which documents belong to the member.",
        ),
    )


def folder_notices(path: Path) -> tuple[Notice, ...]:
    """A packet folder holds PDFs and packet.json; a subfolder inside it is not read,
    and says so instead of being skipped without a word (it may be another packet)."""
    if not path.is_dir():
        return ()
    subfolders = sorted(
        child.name for child in path.iterdir() if child.is_dir() and not child.name.startswith(".")
    )
    return tuple(
        Notice(
            code=SUBFOLDER_NOT_READ,
            message=f"The subfolder '{name}' inside this packet folder was not read: a "
            "packet folder holds PDF files and packet.json. If it holds this packet's "
            "documents, move them up; if it is another packet, process it on its own.",
        )
        for name in subfolders
    )


def recommend(
    criteria_determination: DeterminationValue, notices: Iterable[Notice]
) -> DeterminationValue:
    """The packet's determination: the criteria's (CONTRACT section 2) unless a notice
    refers the packet to a clinician, which no criteria result can outweigh: until a
    person has settled whose documents these are, the documentation is insufficient."""
    if any(notice.refers for notice in notices):
        return DeterminationValue.insufficient_documentation
    return criteria_determination
