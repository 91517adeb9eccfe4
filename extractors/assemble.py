"""Packet-level assembly: turn per-document readings into one set of facts.

Extractor components see one document at a time, but some facts are spread over
several: an injection's technique is in the procedure note and its later course in a
follow-up note; an imaging study is reported once and summarised in office notes; a
therapy course is mentioned in pieces. Assembly, in this order:

1. links injection mentions to injection events (same date, joint and side; an
   undated mention to the latest earlier event; a back reference such as 'the one on
   Nov 4th' or 'the 2nd shot' only to the one event it fits; a full date one digit
   from an OCR'd event's unconfirmed date to that event) and fills each event's values
   from its best source (``link_injections``);
2. links imaging mentions to studies the same way (``link_imaging``);
3. merges therapy mentions of one modality whose intervals overlap or touch
   (``merge_therapy``);
4. keeps one diagnosis per code and one procedure request per (procedure, CPT, side),
   dated by the first document that states it (``merge_per_packet``; docs/facts.md);
5. merges facts with the same identity (``fact_key``) and context into one fact whose
   evidence lists every place it was read, and numbers them ``f-0001``... in packet
   order.

Where a study, an injection or a therapy course is read both from its record (the
imaging report, the procedure note, the therapy note: ``pipeline.records``) and from
another document's account of it, the record's values stand and the account adds
nothing (CONTRACT section 4: an account counts only where the record is absent, and
never against it). A fact keeps its record's provenance (``source_type``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.diary import GOOD_RELIEF
from extractors.therapy.common import CONTINUES_RULE, RUNS_ON_RULE
from pipeline.models import (
    Document,
    Evidence,
    Fact,
    ImagingStudy,
    Injection,
    TherapyEpisode,
    fact_key,
)
from pipeline.records import has_record, is_account

Item = tuple[Document, Fact]


def assemble(per_document: list[tuple[Document, list[Fact]]]) -> tuple[Fact, ...]:
    """Every document's facts, linked, merged and numbered (the steps above)."""
    items: list[Item] = [(document, fact) for document, facts in per_document for fact in facts]
    items = link_injections(items)
    items = link_imaging(items)
    items = merge_therapy(items)
    return deduplicate(merge_per_packet([fact for _document, fact in items]))


PER_PACKET_KINDS = frozenset({"diagnosis", "procedure_request"})
"""Fact kinds that are one fact per packet, whatever document repeats them."""


def merge_per_packet(facts: list[Fact]) -> list[Fact]:
    """Collapse repeated diagnoses / procedure requests onto their first mention.

    The first mention in packet order keeps its date; later mentions with the same
    identity (apart from the date) and context add their evidence to it.
    """
    first: dict[tuple, int] = {}
    out: list[Fact] = []
    for fact in facts:
        if fact.kind not in PER_PACKET_KINDS:
            out.append(fact)
            continue
        key = (tuple(kv for kv in fact_key(fact) if kv[0] != "date"), fact.context)
        if key in first:
            index = first[key]
            out[index] = out[index].model_copy(
                update={"evidence": _merge_evidence(out[index].evidence, fact.evidence)}
            )
        else:
            first[key] = len(out)
            out.append(fact)
    return out


def deduplicate(facts: list[Fact]) -> tuple[Fact, ...]:
    """One fact per (identity, context), evidence merged, ids in packet order.

    The merged fact is read from its record when a record states it, and its
    ``source_date`` is the latest document that states it (the later document decides
    same-day ties between different values)."""
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact_key(fact), fact.context), []).append(fact)
    out = []
    for index, members in enumerate(groups.values(), start=1):
        evidence = dict.fromkeys(e for fact in members for e in fact.evidence)
        chosen = next((f for f in members if has_record(f) and not is_account(f)), members[0])
        dates = [f.source_date for f in members if f.source_date is not None]
        update: dict = {
            "id": f"f-{index:04d}",
            "evidence": tuple(evidence),
            "source_date": max(dates) if dates else None,
        }
        if isinstance(chosen, ImagingStudy):
            update["findings_read"] = _read_anywhere(_records_first(members)[0] or members)
        out.append(chosen.model_copy(update=update))
    return tuple(out)


def _read_anywhere(studies: list) -> bool | None:
    """True when any of the studies had its findings read, False when all were only
    named, None when none says."""
    flags = [s.findings_read for s in studies if s.findings_read is not None]
    return any(flags) if flags else None


def _records_first(facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The members read from their record, and the accounts of it from other documents."""
    records = [f for f in facts if not is_account(f)]
    return records, [f for f in facts if is_account(f)]


def _rules(fact: Fact) -> set[str]:
    return {e.rule_id for e in fact.evidence}


def _has_rule(fact: Fact, prefix: str) -> bool:
    return any(e.rule_id.startswith(prefix) for e in fact.evidence)


def _merge_evidence(*groups: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(e for group in groups for e in group))


# --------------------------------------------------------------------------- linking


@dataclass
class _Cluster:
    """Facts that describe one event or study; ``members`` in packet order."""

    date: dt.date | None
    members: list[Item] = field(default_factory=list)

    @property
    def base(self) -> Fact:
        return self.members[0][1]


def _rule_suffix(fact: Fact, prefix: str) -> str | None:
    """What follows ``prefix`` in the first evidence rule id that starts with it (a
    date's precision, an injection's number)."""
    for evidence in fact.evidence:
        if evidence.rule_id.startswith(prefix):
            return evidence.rule_id[len(prefix) :]
    return None


def _link(
    items: list[Item],
    kind: str,
    is_event: Callable[[Fact], bool],
    compatible: Callable[[Fact, Fact], bool],
    date_prefix: str,
    keep_unlinked: Callable[[Fact], bool],
    combine: Callable[[_Cluster], Fact],
    join_undated: bool = False,
    dated_by_document: Callable[[Fact], bool] = lambda _fact: True,
    only_one: Callable[[Fact], bool] = lambda _fact: False,
    misread: Callable[[Fact, Fact], bool] = lambda _base, _fact: False,
    ordinal: Callable[[Fact], str | None] = lambda _fact: None,
    number: Callable[[Fact], str | None] = lambda _fact: None,
    named_ordinal: Callable[[Fact], str | None] = lambda _fact: None,
    written_on: Callable[[Fact], dt.date | None] = lambda _fact: None,
) -> list[Item]:
    """Group facts of one kind into clusters (events first), then combine each.

    A dated mention joins the cluster of the same day (a month/year-dated one, a
    cluster inside that month/year); an undated mention joins the latest cluster
    dated on or before its document, else (``join_undated``) the latest undated one.
    A mention that joins nothing becomes its own cluster when ``keep_unlinked`` says
    so (dated by its document when undated). Mentions that are negated, hypothetical
    or family never join a cluster. A mention ``only_one`` names (a back reference)
    joins only when exactly one cluster fits. A dated mention that fits no cluster's
    day joins the one cluster whose date ``misread`` says may be its date misread (an
    OCR'd heading), which then takes the mention's date when a text layer gave it. An
    undated mention pointing at a number (``ordinal``: 'the second one') joins only the
    one cluster whose record gives that ``number``; one naming a number by an ordinal
    word (``named_ordinal``: 'Second injection ...') joins the one cluster giving that
    number, none when several do, and is read as any undated mention when none does.
    An undated mention written in a dated entry (``written_on``: a portal message, a
    telephone log entry, an addendum) joins the latest cluster on or before that entry's
    day instead of its document's.
    """
    ordered = [(i, d, f) for i, (d, f) in enumerate(items) if f.kind == kind]
    if not ordered:
        return items
    clusters: list[_Cluster] = []
    standalone: list[tuple[int, Item]] = []

    def precision(fact: Fact) -> str:
        return _rule_suffix(fact, date_prefix) or "day"

    def find(document: Document, fact: Fact) -> _Cluster | None:
        candidates = [c for c in clusters if compatible(c.base, fact)]
        if fact.date is not None:
            level = precision(fact)
            same = [c for c in candidates if c.date and _same_period(c.date, fact.date, level)]
            if only_one(fact):
                return same[0] if len(same) == 1 else None
            if same or level != "day":
                return same[0] if same else None
            misreadings = [c for c in candidates if c.date and misread(c.base, fact)]
            if len(misreadings) != 1:
                return None
            if _text_layer_date(fact, date_prefix):
                misreadings[0].date = fact.date
            return misreadings[0]
        wanted = ordinal(fact)
        if wanted is not None:
            fits = [c for c in candidates if number(c.base) == wanted]
            return fits[0] if len(fits) == 1 else None
        named = named_ordinal(fact)
        if named is not None:
            fits = [c for c in candidates if number(c.base) == named]
            if fits:
                return fits[0] if len(fits) == 1 else None
        limit = written_on(fact) or document.date
        earlier = [c for c in candidates if c.date and (limit is None or c.date <= limit)]
        if earlier:
            return max(earlier, key=lambda c: c.date)
        undated = [c for c in candidates if c.date is None]
        return undated[-1] if join_undated and undated else None

    def affirmed(fact: Fact) -> bool:
        c = fact.context
        return not (c.negated or c.hypothetical or c.family)

    first_index: dict[int, int] = {}
    events = [x for x in ordered if is_event(x[2]) and affirmed(x[2])]
    dated = [x for x in ordered if not is_event(x[2]) and x[2].date is not None and affirmed(x[2])]
    undated = [x for x in ordered if not is_event(x[2]) and x[2].date is None and affirmed(x[2])]
    for group in (events, dated, undated):
        for index, document, fact in group:
            cluster = find(document, fact)
            if cluster is not None:
                cluster.members.append((document, fact))
                continue
            if not keep_unlinked(fact):
                continue
            if fact.date is None and dated_by_document(fact):
                fact = fact.model_copy(update={"date": document.date})
            clusters.append(_Cluster(fact.date, [(document, fact)]))
            first_index[id(clusters[-1])] = index
    others = [x for x in ordered if not affirmed(x[2])]
    for index, document, fact in others:
        if fact.date is None:
            fact = fact.model_copy(update={"date": document.date})
        standalone.append((index, (document, fact)))
    combined = [(first_index[id(c)], (c.members[0][0], combine(c))) for c in clusters]
    rest = [(i, x) for i, x in enumerate(items) if x[1].kind != kind]
    return [item for _i, item in sorted(rest + combined + standalone, key=lambda t: t[0])]


_FULL_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
)
"""A date written with its year: '11/04/2025', '2025-11-04', 'November 4, 2025'."""


def _text_layer_date(fact: Fact, prefix: str) -> bool:
    """Whether the fact's date was read from a page's text layer (not OCR'd)."""
    return any(e.rule_id.startswith(prefix) and e.ocr_confidence is None for e in fact.evidence)


def _one_glyph_apart(a: dt.date, b: dt.date) -> bool:
    """Dates whose MM/DD/YYYY writings differ in exactly one digit (11/04/2025 read as
    01/04/2025 when OCR lost a '1')."""
    x, y = f"{a:%m%d%Y}", f"{b:%m%d%Y}"
    return sum(c != d for c, d in zip(x, y, strict=True)) == 1


def _same_period(a: dt.date, b: dt.date, precision: str) -> bool:
    if precision == "year":
        return a.year == b.year
    if precision == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a == b


def _first(values: list, unset: object = None):
    for value in values:
        if value is not unset and value != unset:
            return value
    return unset


# --------------------------------------------------------------------------- injections


def _injection_is_event(fact: Fact) -> bool:
    return "injections.event" in _rules(fact)


def _injection_generic(fact: Fact) -> bool:
    return _has_rule(fact, "injections.generic") and not any(
        e.rule_id.startswith("injections.") and e.rule_id.split(".")[1] in _JOINT_RULES
        for e in fact.evidence
    )


_JOINT_RULES = frozenset(
    {
        "sij",
        "sij_abbrev",
        "sij_of",
        "sij_was_injected",
        "sij_rf",
        "facet",
        "facet_rf",
        "epidural",
        "hip",
        "other",
        "site_sij",
        "repeat",
    }
)


def _injections_compatible(base: Fact, mention: Fact) -> bool:
    assert isinstance(base, Injection) and isinstance(mention, Injection)
    if "injections.series.earlier" in _rules(mention) | _rules(base):
        return False  # an earlier member of a counted series is its own event
    specific = not _injection_generic(mention) and not _injection_generic(base)
    if specific and base.joint != mention.joint:
        return False
    if mention.date is None and not _refers_compatible(base, mention):
        return False
    return base.side is None or mention.side is None or base.side == mention.side


def _refers_compatible(base: Injection, mention: Injection) -> bool:
    """An undated mention about a diagnostic (anesthetic-only) block does not join a
    steroid-only injection, nor one about a steroid injection an anesthetic-only block
    (``injections.refers.*`` evidence). A block called diagnostic whose record names a
    steroid in its injectate is no anesthetic-only block: its steroid has a course."""
    rules = _rules(mention)
    steroid_only = base.purpose == "therapeutic" or (
        base.corticosteroid and base.anesthetic is None
    )
    anesthetic_only = (base.purpose == "diagnostic" and base.corticosteroid is not True) or (
        base.anesthetic is not None and not base.corticosteroid
    )
    if "injections.refers.diagnostic" in rules and steroid_only:
        return False
    return not ("injections.refers.therapeutic" in rules and anesthetic_only)


def _combine_injection(cluster: _Cluster) -> Fact:
    """One event from its members: how it was done (joint, guidance, contrast,
    injectate, purpose) from the procedure note alone when the packet holds it (another
    note's account neither fills nor overrides it), else from the accounts; relief from
    the procedure note first (a stated relief before a computed one), then from the
    accounts; the latest stated later course."""
    facts = [f for _d, f in cluster.members]
    assert all(isinstance(f, Injection) for f in facts)
    events = [f for f in facts if _injection_is_event(f)]
    ordered = events + [f for f in facts if f not in events]
    records, accounts = _records_first(ordered)
    # a procedure record's own dated account tells how it was done first, also where its
    # page was typed otherwise (an imaging report); another procedure note's mention of
    # it ('after the 11/06 injection', a series summary) only fills what the record
    # leaves unsaid (a guidance word), never overrides it
    own = [f for f in events if f in records] + [f for f in events if f not in records]
    technique = own + [f for f in records if f not in own] or accounts
    base = technique[0]
    specific = [f for f in technique if not _injection_generic(f)]
    joint = (specific or technique)[0].joint
    # Which side was injected names the event (accounts link to it on it): an account
    # may state the side the procedure note leaves unread, never change it.
    side = _first([f.side for f in technique + [f for f in ordered if f not in technique]])
    guidance = _first([f.guidance for f in technique], "unknown")
    contrast = _first([f.contrast for f in technique])
    anesthetic = _first([f.anesthetic for f in technique])
    steroid_sources = [f for f in events if f in technique] or technique
    corticosteroid = any(f.corticosteroid for f in steroid_sources)
    purpose = _first([f.purpose for f in technique], "unknown")
    if purpose == "unknown":
        if anesthetic and corticosteroid:
            purpose = "both"
        elif anesthetic:
            purpose = "diagnostic"
        elif corticosteroid:
            purpose = "therapeutic"
    relief = _best(
        records + accounts,
        "relief_percent",
        ("injections.relief.stated", "injections.relief.diary", "injections.relief.pre_post"),
        len(records),
    )
    relief = _lower_on_disagreement(relief, records, accounts)
    duration = _best(
        records + accounts,
        "relief_duration_hours",
        (
            "injections.duration.with_relief",
            "injections.duration.diary",
            "injections.duration.stated",
            # relief measured at a time point ('86% at 1 hr') only bounds the duration
            # from below: any other source tells more
            "injections.duration.at_point",
        ),
        len(records),
    )
    courses = [f.later_course for f in facts if f.later_course != "unknown"]
    later_course = courses[-1] if courses else "unknown"
    return base.model_copy(
        update={
            "date": cluster.date,
            "joint": joint,
            "side": side,
            "guidance": guidance,
            "contrast": contrast,
            "anesthetic": anesthetic,
            "corticosteroid": corticosteroid,
            "purpose": purpose,
            "relief_percent": relief,
            "relief_duration_hours": duration,
            "later_course": later_course,
            "evidence": _merge_evidence(*(f.evidence for f in ordered)),
        }
    )


"""The relief the policy asks of a diagnostic block (CONTRACT section 4)."""


def _lower_on_disagreement(
    relief: float | None, records: list[Fact], accounts: list[Fact]
) -> float | None:
    """Where the procedure note states no relief and the accounts disagree across the
    policy's 50% line (a letter's 'greater than 50% relief' against the physician's
    'under 50% from 30 min onward'), the lower: an account never makes a block pass
    that another account says failed."""
    if relief is None or any(f.relief_percent is not None for f in records):
        return relief
    stated = [f.relief_percent for f in accounts if f.relief_percent is not None]
    lowest = min(stated, default=relief)
    return lowest if lowest < GOOD_RELIEF <= relief else relief


def _best(facts: list[Injection], name: str, sources: tuple[str, ...], records: int = 0):
    """The value of the best-ranked source that gave one (events before mentions); the
    first ``records`` facts (read from the procedure note) outrank the rest."""
    for group in (facts[:records], facts[records:]):
        for source in sources:
            for fact in group:
                if getattr(fact, name) is not None and source in _rules(fact):
                    return getattr(fact, name)
        value = _first([getattr(f, name) for f in group])
        if value is not None:
            return value
    return None


def link_injections(items: list[Item]) -> list[Item]:
    """Injection events with every mention of them folded in (see module docstring)."""
    written = {
        f.date
        for _d, f in items
        if f.kind == "injection" and f.date is not None and _written_on_text_layer(f)
    }
    return _link(
        items,
        "injection",
        is_event=_injection_is_event,
        compatible=_injections_compatible,
        date_prefix="injections.date.",
        keep_unlinked=lambda f: not _injection_generic(f),
        combine=_combine_injection,
        dated_by_document=lambda f: "injections.series.earlier" not in _rules(f),
        only_one=lambda f: "injections.back_reference" in _rules(f),
        misread=lambda event, mention: _ocr_misdated(event, mention, written),
        ordinal=lambda f: _rule_suffix(f, "injections.ordinal."),
        number=lambda f: _rule_suffix(f, "injections.number."),
        named_ordinal=lambda f: _rule_suffix(f, "injections.named_ordinal."),
        written_on=_entry_day,
    )


def _entry_day(fact: Fact) -> dt.date | None:
    """The day of the dated entry an undated injection mention was written in."""
    day = _rule_suffix(fact, "injections.entry.")
    return dt.date.fromisoformat(day) if day else None


def _ocr_misdated(event: Fact, mention: Fact, confirmed: set[dt.date]) -> bool:
    """Whether an injection event's date may be the mention's date misread by OCR: the
    event was read only from OCR'd pages and no text layer of the packet writes its date
    (``confirmed``: then the date is real, and a mention a digit away is another day's
    visit), the mention writes its date in full (a yearless '3/20' has a year the reader
    chose, not one written) and the two dates differ in one digit ('BOS: i 1/04/2025'
    for 11/04/2025)."""
    if not _injection_is_event(event) or event.date is None or mention.date is None:
        return False
    if event.date in confirmed or any(e.ocr_confidence is None for e in event.evidence):
        return False
    return _written_in_full(mention) and _one_glyph_apart(event.date, mention.date)


def _written_in_full(fact: Fact) -> bool:
    return any(
        e.rule_id.startswith("injections.date.") and _FULL_DATE.search(e.text)
        for e in fact.evidence
    )


def _written_on_text_layer(fact: Fact) -> bool:
    """Whether a page's text layer (not OCR) writes the fact's date with its year."""
    return any(
        e.rule_id.startswith("injections.date.")
        and e.ocr_confidence is None
        and _FULL_DATE.search(e.text)
        for e in fact.evidence
    )


# --------------------------------------------------------------------------- imaging


IMAGING_FINDINGS = (
    "destructive_lesion",
    "inflammatory_arthropathy",
    "hip_oa_grade",
    "neural_compression",
    "sij_pathology",
)
_PELVIC_REGIONS = frozenset({"sij", "pelvis"})


def _imaging_is_event(fact: Fact) -> bool:
    return "imaging.study_heading" in _rules(fact)


def _imaging_compatible(base: Fact, mention: Fact) -> bool:
    """Same modality; same region (an SIJ and a pelvis study of the same day and
    modality are one study); sides that do not contradict."""
    assert isinstance(base, ImagingStudy) and isinstance(mention, ImagingStudy)
    if base.modality != mention.modality:
        return False
    regions = {base.region, mention.region}
    if len(regions) > 1 and not regions <= _PELVIC_REGIONS:
        return False
    return base.side is None or mention.side is None or base.side == mention.side


def _combine_imaging(cluster: _Cluster) -> Fact:
    """The study as its report reads it. A letter's or note's account of the study
    (its date, its findings) counts only where the report is not in the packet: with the
    report present, the account neither fills a finding the report does not state nor
    overrides one it does. Without a report, the accounts' findings are combined (a
    reported heading first). Every mention stays cited, so a reviewer sees an account
    that disagrees with the report beside it."""
    facts = [f for _d, f in cluster.members]
    events = [f for f in facts if _imaging_is_event(f)]
    ordered = events + [f for f in facts if f not in events]
    records, accounts = _records_first(ordered)
    used = records or accounts
    base = used[0]
    update: dict = {name: _first([getattr(f, name) for f in used]) for name in IMAGING_FINDINGS}
    # The side names the study (accounts link to it on it): an account may state the
    # side the report leaves unread, never change it.
    update["side"] = _first([f.side for f in used + accounts if f.region == base.region])
    update["date"] = cluster.date
    update["findings_read"] = _read_anywhere(used)
    update["evidence"] = _merge_evidence(*(f.evidence for f in ordered))
    return base.model_copy(update=update)


def link_imaging(items: list[Item]) -> list[Item]:
    """Imaging studies with their summaries folded in. A summary that matches no
    report is a study of its own: a study named by its modality and region is a fact
    even when neither its date nor its findings are given (docs/facts.md). Undated
    mentions of one modality and region in an undated packet are one study ("an MRI of
    the L-spine was obtained ... The MRI revealed ...")."""
    return _link(
        items,
        "imaging",
        is_event=_imaging_is_event,
        compatible=_imaging_compatible,
        date_prefix="imaging.date.",
        keep_unlinked=lambda _fact: True,
        combine=_combine_imaging,
        join_undated=True,
    )


# --------------------------------------------------------------------------- therapy


def _bool_vote(values: list[bool | None]) -> bool | None:
    """True when any mention says so, else False when any says not, else None."""
    if any(v is True for v in values):
        return True
    if any(v is False for v in values):
        return False
    return None


def merge_therapy(items: list[Item]) -> list[Item]:
    """One episode per modality and merged interval (docs/facts.md).

    Affirmed mentions of one modality whose intervals overlap or touch (one day apart)
    merge; a mention with only a start or an end is the point it names, except that a
    course begun without an end runs on to the next mention that only ends one; undated
    mentions fold into the modality's first episode (or become one undated episode).
    Negated, hypothetical and family mentions stay as they are.
    """
    groups: dict[str, list[tuple[int, TherapyEpisode]]] = {}
    rest: list[tuple[int, Item]] = []
    for index, (document, fact) in enumerate(items):
        if isinstance(fact, TherapyEpisode) and _affirmed_current(fact):
            groups.setdefault(fact.modality, []).append((index, fact))
        else:
            rest.append((index, (document, fact)))
    documents = {index: document for index, (document, _f) in enumerate(items)}
    merged: list[tuple[int, Item]] = []
    for episodes in groups.values():
        dated = [(i, f) for i, f in episodes if f.start or f.end]
        undated = [(i, f) for i, f in episodes if not (f.start or f.end)]
        dated.sort(key=lambda x: (_low(x[1]), _high(x[1])))
        runs: list[list[tuple[int, TherapyEpisode]]] = []
        for entry in dated:
            if runs and _continues(runs[-1], entry[1]):
                runs[-1].append(entry)
            elif runs and _goes_on(entry[1]) and _with_start(runs) is not None:
                # 'continues naproxen' at a later visit: the course begun earlier went on
                first = _with_start(runs)
                runs[first:] = [[e for run in runs[first:] for e in run] + [entry]]
            else:
                runs.append([entry])
        if runs:
            runs[0].extend(undated)
        elif undated:
            runs.append(undated)
        for run in runs:
            first_index = min(i for i, _f in run)
            merged.append((first_index, (documents[first_index], _combine_therapy(run))))
    return [item for _i, item in sorted(rest + merged, key=lambda t: t[0])]


_ONE_DAY = dt.timedelta(days=1)


def _continues(run: list[tuple[int, TherapyEpisode]], fact: TherapyEpisode) -> bool:
    """The mention overlaps or touches the run, or the run's latest mention began a
    course without an end (or one still running at its note's date: 'started ... 08/04,
    going weekly') and this one only ends it ('HEP issued 04/28' ... 'has been doing her
    exercises daily' at the 06/18 visit; 'Chiropractic finished 11/24'), or it only
    ends one in the month the run ends."""
    latest = max((f for _i, f in run), key=_high)
    if _low(fact) <= _high(latest) + _ONE_DAY:
        return True
    if fact.start is None and fact.end is not None and _ends_in_month_of(fact, latest):
        return True
    if latest.start is None or fact.start is not None:
        return False
    # a course still running at its note ends at a later stated end date ('finished
    # 11/24/2025'), not at a later note's own date (a drug merely listed again)
    return latest.end is None or (
        _has_rule(latest, RUNS_ON_RULE) and _has_rule(fact, "therapy.date.")
    )


def _ends_in_month_of(fact: TherapyEpisode, latest: TherapyEpisode) -> bool:
    """A mention that only ends a course in a month ('chiropractic through mid-Dec
    2025') ends the course whose stated end falls in that month ('last visit
    12/16/2025'): the month's last day is only how far a month can reach."""
    end = _high(latest)
    return (
        fact.end is not None
        and _rule_suffix(fact, "therapy.date.") == "month"
        and (end.year, end.month) == (fact.end.year, fact.end.month)
    )


def _goes_on(fact: TherapyEpisode) -> bool:
    """A mention that says the therapy continues, with no start of its own ('He
    continues naproxen', 'still on meloxicam'): ``extractors.therapy`` cites the cue."""
    return fact.start is None and _has_rule(fact, CONTINUES_RULE)


def _with_start(runs: list[list[tuple[int, TherapyEpisode]]]) -> int | None:
    """The index of the latest run whose course has a stated start."""
    for index in range(len(runs) - 1, -1, -1):
        if any(f.start is not None for _i, f in runs[index]):
            return index
    return None


def _affirmed_current(fact: Fact) -> bool:
    c = fact.context
    return not (c.negated or c.hypothetical or c.family or c.historical)


def _low(fact: TherapyEpisode) -> dt.date:
    return fact.start or fact.end or dt.date.min


def _high(fact: TherapyEpisode) -> dt.date:
    return fact.end or fact.start or dt.date.min


def _combine_therapy(run: list[tuple[int, TherapyEpisode]]) -> TherapyEpisode:
    """One episode from overlapping mentions. A course the therapy note records (PT,
    OT, chiropractic) runs as that note says: another document's account of it counts
    only where no therapy note of the course is in the packet (it stays cited). A
    therapy note's undated mention ('Discipline: PT') folded into a run dates nothing:
    it never overrides the dates another document gives the course."""
    ordered = [f for _i, f in sorted(run, key=lambda x: x[0])]
    records = [f for f in ordered if has_record(f) and not is_account(f) and (f.start or f.end)]
    facts = records or ordered
    starts = [f.start for f in facts if f.start]
    ends = [f.end for f in facts if f.end]
    base = facts[0]
    update: dict = {
        "start": min(starts) if starts else None,
        "end": max(ends) if ends else None,
        "evidence": _merge_evidence(*(f.evidence for f in ordered)),
    }
    if base.modality == "home_exercise":
        update["hep_prescribed"] = _bool_vote([f.hep_prescribed for f in facts])
        update["hep_followup"] = _bool_vote([f.hep_followup for f in facts])
    if base.modality == "tens":
        update["tens_details"] = _bool_vote([f.tens_details for f in facts])
    return base.model_copy(update=update)


__all__ = [
    "ImagingStudy",
    "TherapyEpisode",
    "assemble",
    "deduplicate",
    "link_imaging",
    "link_injections",
    "merge_therapy",
]
