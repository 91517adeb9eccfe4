"""Packet-level assembly: facts read in several documents become one fact each.

End-to-end cases build a packet of several one-page documents and run the real
pipeline; the merge rules themselves are also checked on hand-made facts.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from extractors.assemble import deduplicate, merge_therapy
from pipeline.charmap import pack_boxes
from pipeline.extract import extract_facts
from pipeline.models import (
    Context,
    Document,
    DocumentType,
    Evidence,
    Packet,
    Page,
    RequestMetadata,
    SourceFile,
    TherapyEpisode,
)

D = dt.date


def _boxes(text: str) -> bytes:
    boxes, line, column = [], 0, 0
    for char in text:
        if char == "\n":
            boxes.append(None)
            line, column = line + 1, 0
            continue
        x0, top = 72.0 + 6 * column, 72.0 + 12 * line
        boxes.append((x0, top, x0 + 6, top + 10))
        column += 1
    return pack_boxes(boxes)


def packet_of(*documents: tuple) -> Packet:
    """One page per document: (document type, document date, text[, OCR'd?])."""
    pages, docs = [], []
    for number, (doc_type, doc_date, text, *scanned) in enumerate(documents, start=1):
        name = f"doc{number}.pdf"
        ocr = bool(scanned and scanned[0])
        pages.append(
            Page(
                number=number,
                file=name,
                file_page=1,
                width=612,
                height=792,
                text=text,
                char_boxes=_boxes(text),
                ocr=ocr,
                has_text_layer=not ocr,
                ocr_confidence=85.0 if ocr else None,
            )
        )
        docs.append(
            Document(
                id=f"doc-{number}",
                type=DocumentType(doc_type),
                title=text.split("\n")[0],
                date=doc_date,
                file=name,
                first_page=number,
                last_page=number,
            )
        )
    sha = hashlib.sha256("".join(d[2] for d in documents).encode()).hexdigest()
    files = tuple(SourceFile(name=p.file, sha256=sha, pages=1) for p in pages)
    return Packet(
        id="case",
        sha256=sha,
        files=files,
        pages=tuple(pages),
        documents=tuple(docs),
        request=RequestMetadata(),
    )


def affirmed(facts, kind: str) -> list:
    return [f for f in facts if f.kind == kind and f.context.is_current_affirmed]


PROCEDURE = (
    "procedure_note",
    D(2025, 6, 3),
    "PROCEDURE NOTE\nDate of procedure: 06/03/2025\n"
    "Procedure: Right sacroiliac joint injection under fluoroscopic guidance.\n"
    "Omnipaque confirmed intra-articular spread. 0.5% bupivacaine 2 mL with 40 mg Kenalog.\n\n"
    "Time | Pain (0-10)\nPre | 8\n30 min | 2\n2 hr | 3\n6 hr | 4\n8 hr | 7\n",
)


# --------------------------------------------------------------------------- injections


LINK_CASES = [
    pytest.param(
        (
            "office_note",
            D(2025, 7, 1),
            "FOLLOW-UP\nThe 6/3 injection gave about two weeks of relief, then the pain returned.",
        ),
        {"later_course": "returned", "relief_percent": 75.0, "relief_duration_hours": 6.0},
        id="yearless_date_follow_up",
    ),
    pytest.param(
        (
            "office_note",
            D(2025, 7, 1),
            "FOLLOW-UP\nAfter the right SI joint injection she reports sustained relief.",
        ),
        {"later_course": "lasting"},
        id="undated_mention_links_to_latest_earlier_event",
    ),
    pytest.param(
        (
            "office_note",
            D(2025, 7, 1),
            "FOLLOW-UP\nThe right SIJ injection on 06/03/2025 gave 90% relief.",
        ),
        # CONTRACT section 4: the procedure note (its diary) is the record of the block's
        # response; a later note's account counts only where the record is silent.
        {"relief_percent": 75.0, "relief_duration_hours": 6.0},
        id="procedure_note_relief_outranks_a_later_account",
    ),
]


@pytest.mark.parametrize(("follow_up", "expected"), LINK_CASES)
def test_follow_up_mentions_fold_into_the_event(nlp, follow_up, expected) -> None:
    facts = extract_facts(packet_of(PROCEDURE, follow_up), nlp)
    (event,) = affirmed(facts, "injection")
    assert event.date == D(2025, 6, 3)
    assert (event.guidance, event.contrast, event.anesthetic, event.purpose) == (
        "fluoroscopy",
        True,
        "bupivacaine",
        "both",
    )
    for name, value in expected.items():
        assert getattr(event, name) == value, name
    assert {e.document for e in event.evidence} == {"doc1.pdf", "doc2.pdf"}


def test_other_side_and_other_date_stay_separate(nlp) -> None:
    follow_up = (
        "office_note",
        D(2025, 9, 1),
        "HPI\nLeft SI joint injection on 08/12/2025 under fluoroscopy gave 80% relief.",
    )
    facts = extract_facts(packet_of(PROCEDURE, follow_up), nlp)
    events = sorted(affirmed(facts, "injection"), key=lambda f: f.date)
    assert [(f.date, f.side) for f in events] == [
        (D(2025, 6, 3), "right"),
        (D(2025, 8, 12), "left"),
    ]
    assert events[1].relief_percent == 80.0
    assert events[0].relief_percent == 75.0


@pytest.mark.parametrize(
    "cited",
    [
        "Steroid from 6/3 wore off after about 3 weeks per patient.",
        "Note: relief from the 06/03 Kenalog lasted ~2 wks.",
        "The 6/3 triamcinolone benefit faded by week three.",
    ],
)
def test_a_record_citing_an_earlier_steroid_course_gives_it_to_that_injection(
    nlp, cited: str
) -> None:
    """A later record's dated sentence about the earlier steroid is the earlier
    injection's later course, never the record's own."""
    repeat = (
        "procedure_note",
        D(2025, 7, 15),
        "PROCEDURE NOTE\nDate of procedure: 07/15/2025\n"
        "Procedure: Right sacroiliac joint injection under fluoroscopic guidance.\n"
        "Omnipaque confirmed. 0.5% bupivacaine 2 mL with 40 mg Kenalog.\n"
        f"Relief 80% at 30 minutes.\n{cited}\n",
    )
    facts = extract_facts(packet_of(PROCEDURE, repeat), nlp)
    events = sorted(affirmed(facts, "injection"), key=lambda f: f.date)
    assert [(f.date, f.later_course) for f in events] == [
        (D(2025, 6, 3), "returned"),
        (D(2025, 7, 15), "unknown"),
    ]


def test_bare_injection_without_event_is_dropped(nlp) -> None:
    note = ("office_note", D(2025, 9, 1), "HPI\nThe 6/3 injection helped for a week.")
    assert affirmed(extract_facts(packet_of(note), nlp), "injection") == []


def test_planned_injection_does_not_absorb_into_event(nlp) -> None:
    plan = ("office_note", D(2025, 7, 1), "PLAN\nWill schedule a repeat right SI joint injection.")
    facts = extract_facts(packet_of(PROCEDURE, plan), nlp)
    assert len(affirmed(facts, "injection")) == 1
    assert any(f.kind == "injection" and f.context.hypothetical for f in facts)


# --------------------------------------------------------------------------- imaging

REPORT = (
    "imaging_report",
    D(2025, 9, 16),
    "RADIOLOGY REPORT\nExamination: CT PELVIS WITHOUT CONTRAST\nDate: 09/16/2025\n"
    "FINDINGS: Subchondral erosions of the left SI joint. No fracture, tumor or infection.\n",
)


@pytest.mark.parametrize(
    "summary",
    [
        "IMAGING\n- CT pelvis 09/16/2025 - report attached.",
        "IMAGING\n- CT read as erosive changes of the SI joints.",
        "IMAGING\n- CT of the pelvis 9/2025 reviewed.",
    ],
    ids=["same_day", "undated_sij_summary", "same_month"],
)
def test_imaging_summaries_fold_into_the_report(nlp, summary) -> None:
    note = ("office_note", D(2025, 10, 14), summary)
    facts = extract_facts(packet_of(REPORT, note), nlp)
    (study,) = affirmed(facts, "imaging")
    assert (study.modality, study.region, study.date) == ("ct", "pelvis", D(2025, 9, 16))
    assert (study.inflammatory_arthropathy, study.destructive_lesion) == (True, False)
    assert {e.document for e in study.evidence} == {"doc1.pdf", "doc2.pdf"}
    assert (study.source_type, study.findings_read) == ("imaging_report", True)


def test_summary_of_an_unreported_study_is_kept(nlp) -> None:
    note = ("office_note", D(2025, 10, 14), "IMAGING\n- MRI L-spine 03/2025: no stenosis.")
    facts = extract_facts(packet_of(REPORT, note), nlp)
    studies = {(f.modality, f.region, f.date) for f in affirmed(facts, "imaging")}
    assert studies == {("ct", "pelvis", D(2025, 9, 16)), ("mri", "lumbar", D(2025, 3, 1))}


# --------------------------------------------------------------------------- therapy


def test_therapy_pieces_from_three_documents_merge(nlp) -> None:
    facts = extract_facts(
        packet_of(
            (
                "pt_note",
                D(2025, 4, 24),
                "PT DISCHARGE SUMMARY\nDates of care: 10/07/2024 - 04/24/2025",
            ),
            (
                "office_note",
                D(2025, 8, 21),
                "HPI\nShe completed physical therapy from 10/07/2024 to 04/24/2025. "
                "Meloxicam 15 mg daily since 09/2024.",
            ),
            (
                "medication_list",
                D(2025, 8, 21),
                "MEDICATIONS\nMedication | Dose | Start\nMeloxicam | 15 mg daily | 09/2024",
            ),
        ),
        nlp,
    )
    episodes = {(f.modality, f.start, f.end) for f in affirmed(facts, "therapy")}
    assert episodes == {
        ("physical_therapy", D(2024, 10, 7), D(2025, 4, 24)),
        ("nsaid", D(2024, 9, 1), D(2025, 8, 21)),
    }


def test_home_program_follow_up_at_a_later_visit_links_to_the_program(nlp) -> None:
    """The program a therapy note prescribes and a later visit's report of doing it are
    one course, prescribed and followed up, from the prescription to that visit."""
    facts = extract_facts(
        packet_of(
            (
                "pt_note",
                D(2025, 4, 28),
                "PT DISCHARGE SUMMARY\nDates of care: 02/03/2025 - 04/28/2025\n"
                "Home exercise program issued 04/28/2025 (printed handout).",
            ),
            (
                "office_note",
                D(2025, 6, 18),
                "HPI\nShe has been doing her exercises daily and brought in her log.",
            ),
        ),
        nlp,
    )
    programs = [
        (f.start, f.end, f.hep_prescribed, f.hep_followup)
        for f in affirmed(facts, "therapy")
        if f.modality == "home_exercise"
    ]
    assert programs == [(D(2025, 4, 28), D(2025, 6, 18), True, True)]


def test_a_course_still_running_at_a_visit_ends_where_a_later_note_says_it_finished(
    nlp,
) -> None:
    """'started chiropractic ... 08/04/2025, going weekly' at the 10/14 visit and
    'Chiropractic finished 11/24/2025' at a later one are one course, to 11/24."""
    facts = extract_facts(
        packet_of(
            (
                "office_note",
                D(2025, 10, 14),
                "HPI\nShe started chiropractic care on 08/04/2025, going weekly.",
            ),
            ("office_note", D(2026, 2, 24), "HPI\nChiropractic finished 11/24/2025."),
        ),
        nlp,
    )
    courses = {(f.modality, f.start, f.end) for f in affirmed(facts, "therapy")}
    assert ("chiropractic", D(2025, 8, 4), D(2025, 11, 24)) in courses


_IBUPROFEN_STARTED = (
    "office_note",
    D(2024, 11, 5),
    "HPI\nHer PCP started ibuprofen 600 mg three times a day in October 2024.",
)


def test_a_drug_said_to_continue_at_later_visits_extends_its_dated_course(nlp) -> None:
    """A course begun on a stated date and said to continue at later visits ('continues
    ibuprofen', 'Ibuprofen continues') runs to the last of them; a drug only listed at a
    later visit, with no word that it goes on, is a point of its own."""
    facts = extract_facts(
        packet_of(
            _IBUPROFEN_STARTED,
            ("office_note", D(2025, 4, 22), "HPI\nIbuprofen continues. Pain 6/10."),
            (
                "office_note",
                D(2025, 9, 30),
                "HPI\nShe continues ibuprofen 600 mg three times a day and a heating pad.",
            ),
        ),
        nlp,
    )
    courses = {(f.modality, f.start, f.end) for f in affirmed(facts, "therapy")}
    assert ("nsaid", D(2024, 10, 1), D(2025, 9, 30)) in courses
    listed = extract_facts(
        packet_of(
            _IBUPROFEN_STARTED,
            ("office_note", D(2025, 9, 30), "MEDICATIONS\nibuprofen 600 mg, lisinopril"),
        ),
        nlp,
    )
    assert not any(
        f.modality == "nsaid" and f.start == D(2024, 10, 1) and f.end == D(2025, 9, 30)
        for f in affirmed(listed, "therapy")
    )


def _episode(modality: str, start, end, rule: str, **extra) -> TherapyEpisode:
    evidence = Evidence(
        document="a.pdf", page=1, start=0, end=1, bbox=(0, 0, 1, 1), text="x", rule_id=rule
    )
    return TherapyEpisode(modality=modality, start=start, end=end, evidence=(evidence,), **extra)


def _document(day: int) -> Document:
    return Document(
        id="d",
        type=DocumentType.office_note,
        title="t",
        date=D(2025, 9, day),
        file="a.pdf",
        first_page=1,
        last_page=1,
    )


MERGE_CASES = [
    pytest.param(
        [
            ("physical_therapy", D(2025, 1, 1), D(2025, 3, 31)),
            ("physical_therapy", D(2025, 4, 1), D(2025, 6, 30)),
        ],
        [(D(2025, 1, 1), D(2025, 6, 30))],
        id="touching_intervals_merge",
    ),
    pytest.param(
        [
            ("physical_therapy", D(2025, 1, 1), D(2025, 3, 31)),
            ("physical_therapy", D(2025, 5, 1), D(2025, 6, 30)),
        ],
        [(D(2025, 1, 1), D(2025, 3, 31)), (D(2025, 5, 1), D(2025, 6, 30))],
        id="gap_keeps_two_episodes",
    ),
    pytest.param(
        [
            ("physical_therapy", D(2025, 1, 1), D(2025, 3, 31)),
            ("physical_therapy", None, D(2025, 3, 31)),
            ("physical_therapy", None, None),
        ],
        [(D(2025, 1, 1), D(2025, 3, 31))],
        id="end_only_and_undated_fold_in",
    ),
    pytest.param(
        [("physical_therapy", None, None), ("physical_therapy", None, None)],
        [(None, None)],
        id="undated_only_is_one_episode",
    ),
    pytest.param(
        [
            ("physical_therapy", D(2025, 1, 6), None),
            ("physical_therapy", None, D(2025, 5, 30)),
        ],
        [(D(2025, 1, 6), D(2025, 5, 30))],
        id="a_course_begun_runs_to_its_later_end",
    ),
    pytest.param(
        [
            ("physical_therapy", D(2025, 1, 6), None),
            ("physical_therapy", D(2025, 3, 3), D(2025, 3, 28)),
            ("physical_therapy", None, D(2025, 5, 30)),
        ],
        [(D(2025, 1, 6), None), (D(2025, 3, 3), D(2025, 3, 28)), (None, D(2025, 5, 30))],
        id="a_dated_course_between_keeps_them_apart",
    ),
    pytest.param(
        [
            ("physical_therapy", None, D(2025, 1, 31)),
            ("physical_therapy", D(2025, 3, 3), None),
        ],
        [(None, D(2025, 1, 31)), (D(2025, 3, 3), None)],
        id="an_end_before_a_start_is_another_course",
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), MERGE_CASES)
def test_merge_therapy_intervals(pieces, expected) -> None:
    items = [(_document(1), _episode(m, s, e, "therapy.pt")) for m, s, e in pieces]
    merged = [f for _d, f in merge_therapy(items)]
    assert sorted(((f.start, f.end) for f in merged), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("modality", "account"),
    [
        ("physical_therapy", (D(2025, 3, 1), D(2025, 9, 30))),
        ("occupational_therapy", (D(2024, 11, 4), D(2025, 4, 25))),
        ("chiropractic", (D(2025, 1, 6), None)),
    ],
)
def test_a_therapy_notes_undated_mention_keeps_an_accounts_dates(modality, account) -> None:
    """A therapy note that only names the therapy ('Discipline: PT', a clinician's
    credentials) folds into the first run undated: it dates nothing, so the course
    another note dates keeps its dates instead of losing both."""
    items = [
        (_document(1), _episode(modality, *account, "therapy.pt", source_type="office_note")),
        (_document(2), _episode(modality, None, None, "therapy.pt", source_type="pt_note")),
    ]
    merged = [f for _d, f in merge_therapy(items)]
    assert [(f.start, f.end) for f in merged] == [account]


def test_merge_therapy_votes_hep_flags_and_keeps_context_apart() -> None:
    items = [
        (
            _document(1),
            _episode("home_exercise", D(2025, 4, 1), D(2025, 5, 1), "r", hep_prescribed=True),
        ),
        (
            _document(2),
            _episode("home_exercise", D(2025, 5, 1), D(2025, 6, 1), "r", hep_followup=False),
        ),
        (
            _document(3),
            _episode("home_exercise", D(2025, 5, 15), D(2025, 7, 1), "r", hep_followup=True),
        ),
        (
            _document(3),
            _episode("home_exercise", None, None, "r").model_copy(
                update={"context": Context(hypothetical=True)}
            ),
        ),
    ]
    merged = [f for _d, f in merge_therapy(items)]
    current = [f for f in merged if f.context.is_current_affirmed]
    assert [(f.start, f.end, f.hep_prescribed, f.hep_followup) for f in current] == [
        (D(2025, 4, 1), D(2025, 7, 1), True, True)
    ]
    assert len(current[0].evidence) == 1  # identical evidence is listed once
    assert any(f.context.hypothetical for f in merged)


def test_deduplicate_merges_evidence_and_numbers_facts() -> None:
    a = _episode("ice", D(2025, 1, 1), D(2025, 2, 1), "therapy.ice")
    b = a.model_copy(update={"evidence": (a.evidence[0].model_copy(update={"page": 2}),)})
    c = _episode("heat", D(2025, 1, 1), D(2025, 2, 1), "therapy.heat")
    facts = deduplicate([a, b, c])
    assert [f.id for f in facts] == ["f-0001", "f-0002"]
    assert [e.page for e in facts[0].evidence] == [1, 2]


def _diagnosis_evidence(page: int) -> Evidence:
    return Evidence(document="p.pdf", page=page, start=0, end=2, bbox=(0, 0, 1, 1), text="RA")


def test_a_diagnosis_repeated_in_later_documents_is_one_fact_dated_by_the_first() -> None:
    from extractors.assemble import merge_per_packet
    from pipeline.models import Diagnosis

    first = Diagnosis(
        code="rheumatoid_arthritis", date=D(2025, 3, 1), evidence=(_diagnosis_evidence(1),)
    )
    again = Diagnosis(
        code="rheumatoid_arthritis", date=D(2025, 8, 1), evidence=(_diagnosis_evidence(4),)
    )
    family = Diagnosis(
        code="rheumatoid_arthritis",
        date=D(2025, 8, 1),
        context=Context(family=True),
        evidence=(_diagnosis_evidence(5),),
    )
    merged = merge_per_packet([first, again, family])
    assert len(merged) == 2
    assert merged[0].date == D(2025, 3, 1)
    assert [e.page for e in merged[0].evidence] == [1, 4]
    assert merged[1].context.family  # a family-history mention never merges into the patient's


# ------------------------------------------------- records outrank accounts (issue 19)
# CONTRACT section 4: a study, an injection or a therapy course is read from its record
# (imaging report, procedure note, therapy note); another document's account of it
# counts only where the record is absent, and never against it.

PELVIS_CT_NORMAL = (
    "imaging_report",
    D(2025, 8, 20),
    "DIAGNOSTIC IMAGING\nEXAM: CT PELVIS W/O CONTRAST\nDATE OF EXAM: 08/20/2025\n"
    "FINDINGS: Sacroiliac joints are normal in width and alignment. No sclerosis.\n"
    "IMPRESSION: Normal sacroiliac joints.\n",
)


@pytest.mark.parametrize(
    "account",
    [
        (
            "letter",
            D(2025, 9, 2),
            "Dear Colleague,\nHer pelvic CT of 08/20/2025 demonstrated widening and "
            "subchondral sclerosis of the left sacroiliac joint.",
        ),
        (
            "office_note",
            D(2025, 9, 2),
            "ASSESSMENT\nCT pelvis (8/2025) with L SIJ widening, consistent with her exam.",
        ),
    ],
    ids=["referral_letter", "surgeon_note_month_date"],
)
def test_an_account_never_outweighs_the_report(nlp, account) -> None:
    facts = extract_facts(packet_of(PELVIS_CT_NORMAL, account), nlp)
    (study,) = affirmed(facts, "imaging")
    assert (study.modality, study.region, study.date) == ("ct", "pelvis", D(2025, 8, 20))
    assert study.sij_pathology is False
    assert (study.source_type, study.findings_read) == ("imaging_report", True)


def test_an_account_does_not_fill_what_the_report_leaves_unstated(nlp) -> None:
    report = (
        "imaging_report",
        D(2025, 5, 6),
        "MRI LUMBAR SPINE WITHOUT CONTRAST - 05/06/2025\n"
        "FINDINGS: Vertebral body heights are maintained. Conus terminates at L1.\n",
    )
    letter = (
        "letter",
        D(2025, 6, 1),
        "To whom it may concern:\nLumbar MRI on 05/06/2025 showed no nerve root "
        "compression or stenosis.",
    )
    (study,) = affirmed(extract_facts(packet_of(report, letter), nlp), "imaging")
    assert study.neural_compression is None
    assert (study.source_type, study.findings_read) == ("imaging_report", False)


def test_an_account_counts_where_the_report_is_absent(nlp) -> None:
    letter = (
        "letter",
        D(2025, 6, 1),
        "RE: prior authorization\nHer lumbar MRI dated 03/11/2025 showed no neural "
        "compression and only mild facet arthropathy.",
    )
    (study,) = affirmed(extract_facts(packet_of(letter), nlp), "imaging")
    assert (study.region, study.neural_compression) == ("lumbar", False)
    assert (study.source_type, study.findings_read) == ("letter", True)


def test_a_study_only_named_has_no_findings_read(nlp) -> None:
    note = (
        "office_note",
        D(2025, 6, 1),
        "DATA REVIEWED\nLumbar spine MRI from 03/11/2025 was reviewed with the patient.",
    )
    (study,) = affirmed(extract_facts(packet_of(note), nlp), "imaging")
    assert (study.region, study.neural_compression, study.findings_read) == (
        "lumbar",
        None,
        False,
    )


LANDMARK_BLOCK = (
    "procedure_note",
    D(2025, 4, 9),
    "PROCEDURE NOTE\nDate of service: 04/09/2025\n"
    "Procedure: Left sacroiliac joint injection, landmark guided, without contrast.\n"
    "Injectate: 1% lidocaine 3 mL.\n"
    "Post-procedure: 40% relief of her usual pain at 30 minutes.\n",
)


@pytest.mark.parametrize(
    "account",
    [
        (
            "office_note",
            D(2025, 5, 1),
            "SURGICAL CONSULT\nShe had a fluoroscopically guided left SI joint block with "
            "contrast on 04/09/2025 that gave 80% relief.",
        ),
        (
            "letter",
            D(2025, 5, 1),
            "Letter of medical necessity\nThe 4/9/2025 image-guided left SIJ injection "
            "under fluoroscopy (contrast confirmed) provided 90% relief.",
        ),
    ],
    ids=["surgeon_note", "necessity_letter"],
)
def test_a_procedure_note_outranks_its_summary(nlp, account) -> None:
    facts = extract_facts(packet_of(LANDMARK_BLOCK, account), nlp)
    (event,) = affirmed(facts, "injection")
    assert event.date == D(2025, 4, 9)
    assert (event.guidance, event.contrast, event.relief_percent) == ("landmark", False, 40.0)
    assert event.source_type == "procedure_note"


def test_a_summary_counts_where_the_procedure_note_is_absent(nlp) -> None:
    note = (
        "office_note",
        D(2025, 5, 1),
        "SURGICAL CONSULT\nShe had a fluoroscopically guided left SI joint block with "
        "contrast and lidocaine on 04/09/2025 that gave 80% relief.",
    )
    (event,) = affirmed(extract_facts(packet_of(note), nlp), "injection")
    assert (event.guidance, event.contrast, event.relief_percent) == ("fluoroscopy", True, 80.0)
    assert event.source_type == "office_note"


def test_a_therapy_note_outranks_a_letters_account_of_the_course(nlp) -> None:
    record = (
        "pt_note",
        D(2025, 5, 2),
        "PHYSICAL THERAPY DISCHARGE\nDates of care: 03/03/2025 - 05/02/2025\n12 visits.",
    )
    letter = (
        "letter",
        D(2025, 8, 1),
        "Medical necessity\nShe completed physical therapy from 01/06/2025 through "
        "06/27/2025 without lasting benefit.",
    )
    (episode,) = [
        f
        for f in affirmed(extract_facts(packet_of(record, letter), nlp), "therapy")
        if f.modality == "physical_therapy"
    ]
    assert (episode.start, episode.end) == (D(2025, 3, 3), D(2025, 5, 2))
    assert episode.source_type == "pt_note"
    assert {e.document for e in episode.evidence} == {"doc1.pdf", "doc2.pdf"}


def test_a_letters_account_of_therapy_counts_without_the_therapy_note(nlp) -> None:
    letter = (
        "letter",
        D(2025, 8, 1),
        "Medical necessity\nShe completed physical therapy from 01/06/2025 through "
        "06/27/2025 without lasting benefit.",
    )
    (episode,) = affirmed(extract_facts(packet_of(letter), nlp), "therapy")
    assert (episode.start, episode.end, episode.source_type) == (
        D(2025, 1, 6),
        D(2025, 6, 27),
        "letter",
    )


def test_a_summary_does_not_fill_what_the_procedure_note_leaves_unstated(nlp) -> None:
    record = (
        "procedure_note",
        D(2025, 4, 9),
        "PROCEDURE NOTE\nDate of service: 04/09/2025\n"
        "Procedure: Right SI joint injection under fluoroscopy. 0.25% bupivacaine 2 mL.\n",
    )
    account = (
        "office_note",
        D(2025, 5, 1),
        "INTERVAL HISTORY\nThe right SIJ block of 04/09/2025 was done with contrast "
        "confirmation and gave 85% relief for 5 hours.",
    )
    (event,) = affirmed(extract_facts(packet_of(record, account), nlp), "injection")
    assert (event.guidance, event.contrast) == ("fluoroscopy", None)
    # The procedure note records no response: the later note's account of it counts.
    assert (event.relief_percent, event.relief_duration_hours) == (85.0, 5.0)


def test_an_account_may_name_the_side_the_record_leaves_unread(nlp) -> None:
    record = (
        "procedure_note",
        D(2025, 4, 9),
        "PROCEDURE NOTE\nDate of service: 04/09/2025\n"
        "Procedure: Sacroiliac joint injection under fluoroscopy with contrast. "
        "Lidocaine 1% 2 mL.\n",
    )
    account = (
        "office_note",
        D(2025, 5, 1),
        "INTERVAL HISTORY\nThe left SI joint block of 04/09/2025 was done without contrast.",
    )
    (event,) = affirmed(extract_facts(packet_of(record, account), nlp), "injection")
    assert event.side == "left"  # the side names the event; the account may state it
    assert event.contrast is True  # a value the record states is never changed


def test_another_procedure_record_fills_what_the_injections_own_record_leaves_unsaid(
    nlp,
) -> None:
    """A series' second procedure note that does not name the guidance, and the next
    procedure note's recap of it that does: the recap fills the gap (both are procedure
    records), while the injection's own values stay first."""
    second = (
        "procedure_note",
        D(2025, 4, 8),
        "PROCEDURE NOTE\nDate of service: 04/08/2025\n"
        "Procedure: Left SI joint block (confirmatory). Omnipaque confirmed spread.\n"
        "Injected 0.5% bupivacaine 2 mL.\n",
    )
    recap = (
        "procedure_note",
        D(2025, 5, 6),
        "PROCEDURE NOTE\nDate of service: 05/06/2025\n"
        "Procedure: Left SI joint injection under fluoroscopy, Omnipaque, triamcinolone 40 mg.\n"
        "Prior blocks: 04/08/2025 fluoroscopic L SIJ block with bupivacaine, 75% relief.\n",
    )
    events = {
        f.date: f for f in affirmed(extract_facts(packet_of(second, recap), nlp), "injection")
    }
    block = events[D(2025, 4, 8)]
    assert (block.guidance, block.contrast, block.anesthetic) == (
        "fluoroscopy",
        True,
        "bupivacaine",
    )
    assert block.corticosteroid is False  # the recap's steroid is its own day's
