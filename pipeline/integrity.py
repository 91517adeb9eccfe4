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
nothing. Nor is a scan's misread: a name, date of birth or member id that OCR read a
letter, digit or space away from the one value written elsewhere, on a page whose
other identity fields agree with the packet's, is that value misread (a non-referring
notice says so); without such agreement on its page it stays a disagreement. Nor is a
member id written with and without its card prefix and person suffix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

from pipeline.ingest.identity import member_ids_agree, names_agree, normal_member_id
from pipeline.models import (
    DeterminationValue,
    IdentityField,
    IdentityMention,
    Notice,
    RequestMetadata,
)

PATIENT_MISMATCH = "patient.mismatch"
OCR_MISREAD = "patient.ocr_misread"
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
    if field_name == "member_id":
        return member_ids_agree(a.value, b.value)
    return bool(_readings(a) & _readings(b))


def _readings(mention: IdentityMention) -> set[str]:
    """The dates a written date of birth can be: its value, and its day/month swap when
    its page writes dates both ways ("02/11/1968" in English records bound with US ones)."""
    return {mention.value, *([mention.other_reading] if mention.other_reading else [])}


def _groups(field_name: IdentityField, mentions: Sequence[IdentityMention]) -> list[_Group]:
    """Cluster a field's mentions: names by agreement, member ids by card form (the
    fullest name or id of each cluster represents it), dates by a reading they share
    with every date of the cluster (an ambiguous "02/11/1968" joins neither of two dates
    it could be when both are written in the group)."""
    ordered = sorted(mentions, key=lambda m: (-len(m.value.split()), -len(m.value)))
    groups: list[_Group] = []
    for mention in ordered:
        home = next((g for g in groups if _joins(field_name, g, mention)), None)
        if home is None:
            home = _Group(representative=mention)
            groups.append(home)
        home.mentions.append(mention)
    return groups


def _joins(field_name: IdentityField, group: _Group, mention: IdentityMention) -> bool:
    if field_name != "dob":
        return _same_value(field_name, group.representative, mention)
    shared = set.intersection(*(_readings(m) for m in group.mentions))
    return bool(shared & _readings(mention))


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


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _within_misread(read: str, written: str) -> bool:
    """One or two letters off, as a scan misreads a word ("PRULIT" for "PRUITT")."""
    return _edits(read, written) <= (1 if len(written) < 5 else 2)


def _spacing_misread(read: list[str], written: list[str]) -> bool:
    """Words a scan split, merged or cut at a lost space: joined in some order they are
    the written words joined, a letter or two off ("TERREN CES" for "Terrence"), or they
    stop inside a later written word ("MARIAG" for "MARIA GUADALUPE"); a single written
    word never counts as cut ("ROSA" is not a cut "ROSALIND")."""
    if not read or not written or len(read) > 3 or len(written) > 3:
        return False
    for ours in {"".join(p) for p in permutations(read)}:
        for order in permutations(written):
            theirs = "".join(order)
            if len(read) != len(written) and _within_misread(ours, theirs):
                return True
            if len(ours) > len(order[0]) and ours != theirs and theirs.startswith(ours):
                return True
    return False


def _near(field_name: IdentityField, a: IdentityMention, b: IdentityMention) -> bool:
    """Values a scan's misread can turn one into the other: a date or id one character
    apart; a name sharing a word with the other whose other words are each a letter or
    two off, or were split, merged or cut at a lost space."""
    if field_name != "name":
        return len(a.value) == len(b.value) and _edits(a.value, b.value) == 1
    ours, theirs = a.value.split(), b.value.split()
    shared = set(ours) & set(theirs)
    if not shared:
        return False
    if len(ours) == len(theirs) and all(any(_within_misread(w, t) for t in theirs) for w in ours):
        return True
    return _spacing_misread(
        [w for w in ours if w not in shared], [t for t in theirs if t not in shared]
    )


def _confirmed(mention: IdentityMention, mentions: Sequence[IdentityMention]) -> bool:
    """The mention's page names the patient by another field that agrees with every
    other place the packet writes that field."""
    page = (mention.document, mention.page)
    for field_name in FIELD_NAMES:
        if field_name == mention.field:
            continue
        here = [m for m in mentions if m.field == field_name and (m.document, m.page) == page]
        there = [m for m in mentions if m.field == field_name and (m.document, m.page) != page]
        if here and there and all(_same_value(field_name, h, t) for h in here for t in there):
            return True
    return False


def _ocr_misreads(mentions: Sequence[IdentityMention]) -> list[IdentityMention]:
    """OCR'd names, dates of birth and member ids a misread away from the one value the
    packet writes elsewhere, on a page whose other identity fields agree with the
    packet's: the scan's misread, not a second patient. Repeated until nothing changes,
    because a page is confirmed only once another page's misread no longer counts
    against it."""
    misread: list[IdentityMention] = []
    while found := _misreads_among([m for m in mentions if m not in misread]):
        misread.extend(found)
    return misread


def _misreads_among(mentions: Sequence[IdentityMention]) -> list[IdentityMention]:
    misread: list[IdentityMention] = []
    for mention in mentions:
        if not mention.ocr:
            continue
        others = [
            m
            for m in mentions
            if m.field == mention.field and not _same_value(mention.field, mention, m)
        ]
        if not others or not all(_same_value(mention.field, others[0], m) for m in others):
            continue
        own = [m for m in mentions if m.field == mention.field and m not in others]
        if (
            _outweighed(own, others)
            and _near(mention.field, mention, others[0])
            and _confirmed(mention, mentions)
        ):
            misread.append(mention)
    return misread


def _outweighed(own: list[IdentityMention], others: list[IdentityMention]) -> bool:
    """The other value is the packet's: written more often, or as often and on a text
    layer where this one is only ever read from a scan."""
    if len(own) != len(others):
        return len(own) < len(others)
    return all(m.ocr for m in own) and not all(m.ocr for m in others)


def patient_notices(mentions: Sequence[IdentityMention]) -> tuple[Notice, ...]:
    """One referring notice when the mentions name more than one patient, saying which
    field disagrees and where each value is written; none when they agree or are silent.

    When the disagreeing values sit in different files of a folder, the notice says that
    the folder's PDFs name different patients (usually two packets copied into one).
    """
    misread = _ocr_misreads(mentions)
    mentions = [m for m in mentions if m not in misread]
    read_as = tuple(
        Notice(
            code=OCR_MISREAD,
            message=f"The {FIELD_NAMES[m.field]} read by OCR as '{m.text}' ({_where([m])}) is a "
            "letter, digit or space from the value written elsewhere, on a page whose other "
            "identity fields agree: read as a misread of the scan, not another patient. "
            "Check the page.",
        )
        for m in misread
    )
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
        return read_as
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
        *read_as,
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
