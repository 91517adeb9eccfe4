"""Injections family: injection events from varied phrasings (cases as data)."""

import pytest

from tests.extractors.casekit import check_case, load_cases
from tests.extractors.helpers import facts_from_text, facts_of_kind

CASES = load_cases("injections")


def test_injection_cases_cover_the_family() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_injection_case(nlp, case) -> None:
    check_case(nlp, case)


# --------------------------------------------------------------------------- across documents


def _injections(nlp, *documents):
    from pipeline.extract import extract_facts
    from tests.extractors.test_assemble import packet_of

    facts = extract_facts(packet_of(*documents), nlp)
    return {f.date: f for f in facts if f.kind == "injection" and f.context.is_current_affirmed}


def test_follow_up_relief_sentences_go_to_the_event_of_their_kind(nlp) -> None:
    """'After the block ...' in a later note describes the anesthetic block, not the
    steroid injection done after it; 'the steroid injection ...' the steroid one."""
    from datetime import date

    block = (
        "procedure_note",
        date(2025, 6, 2),
        "Date of procedure: 06/02/2025\n"
        "Right SI joint diagnostic block under fluoroscopy, Omnipaque arthrogram.\n"
        "1% lidocaine 2 mL. No steroid.\n",
    )
    steroid = (
        "procedure_note",
        date(2025, 7, 14),
        "Date of procedure: 07/14/2025\n"
        "Right SI joint injection, landmark guided, 40 mg triamcinolone.\n",
    )
    follow_up = (
        "office_note",
        date(2025, 8, 20),
        "Follow-up of right SI joint pain.\n"
        "After the block she had 90% relief lasting 2 hours.\n"
        "The steroid injection helped for about three weeks and then the pain came back.\n",
    )
    found = _injections(nlp, block, steroid, follow_up)
    assert found[date(2025, 6, 2)].relief_percent == 90.0
    assert found[date(2025, 6, 2)].relief_duration_hours == 2.0
    assert found[date(2025, 7, 14)].relief_percent is None
    assert found[date(2025, 7, 14)].later_course == "returned"
    assert found[date(2025, 7, 14)].contrast is None


def test_undated_summary_of_blocks_adds_nothing_to_a_steroid_injection(nlp) -> None:
    from datetime import date

    steroid = (
        "procedure_note",
        date(2025, 10, 1),
        "DOS: 10/01/2025\nLeft SI joint injection, landmark technique. Depo-Medrol 80 mg.\n",
    )
    letter = (
        "letter",
        date(2025, 11, 3),
        "Both contrast-enhanced, fluoroscopically guided diagnostic blocks gave her more "
        "than 50% relief for the duration of the anesthetic.\n",
    )
    found = _injections(nlp, steroid, letter)
    event = found[date(2025, 10, 1)]
    assert (event.guidance, event.contrast, event.relief_percent) == ("landmark", None, None)


# --------------------------------------------------------------------------- accounts that disagree


_BLOCK_WITHOUT_RELIEF = (
    "procedure_note",
    None,
    "Date of procedure: 04/09/2025\n"
    "Left SI joint block under fluoroscopy, Omnipaque arthrogram, 0.5% bupivacaine 2 mL.\n",
)


@pytest.mark.parametrize(
    ("accounts", "relief"),
    [
        # a letter says it passed, the physician's own review says it did not: the lower
        (
            [
                ("letter", "The left SI joint block on 04/09/2025 gave more than 50% relief."),
                ("office_note", "Review: the 04/09/2025 left SI joint block gave under 50% relief"),
            ],
            49.0,
        ),
        # two accounts on the same side of the line: the best-ranked one, as before
        (
            [
                ("letter", "The left SI joint block on 04/09/2025 gave 90% relief."),
                ("office_note", "The left SI joint block on 04/09/2025 gave 70% relief."),
            ],
            90.0,
        ),
    ],
)
def test_accounts_that_disagree_across_the_line_give_the_lower(nlp, accounts, relief) -> None:
    from datetime import date

    block = (_BLOCK_WITHOUT_RELIEF[0], date(2025, 4, 9), _BLOCK_WITHOUT_RELIEF[2])
    later = [(kind, date(2025, 5, 1 + i), text) for i, (kind, text) in enumerate(accounts)]
    found = _injections(nlp, block, *later)
    assert found[date(2025, 4, 9)].relief_percent == relief


def test_the_record_relief_outranks_disagreeing_accounts(nlp) -> None:
    from datetime import date

    stated = _BLOCK_WITHOUT_RELIEF[2] + "Post-procedure: 80% relief at 3 hours.\n"
    block = ("procedure_note", date(2025, 4, 9), stated)
    letter = ("letter", date(2025, 5, 2), "The 04/09/2025 left SI joint block gave 20% relief.")
    found = _injections(nlp, block, letter)
    assert found[date(2025, 4, 9)].relief_percent == 80.0


def test_note_without_a_dated_heading_is_still_its_procedure(nlp) -> None:
    """A procedure note dated only by its header records its own injection: a telephone
    note filed with it whose reason line names the date ('post-injection call (R SIJ
    injection 6/17/2025)') is an account of that event, and the steroid the note itself
    records is not lost to it."""
    from datetime import date

    note = (
        "procedure_note",
        date(2025, 6, 17),
        "Author: A. Rivera, MD Service: Pain Medicine Filed: 6/17/2025 2:02 PM Procedure "
        "Date: 6/17/2025 Status: Signed Location: Suite B Room 4 Encounter 5521\n"
        "Procedure: Right SI joint injection with fluoroscopic guidance.\n"
        "Omnipaque 0.5 mL arthrogram; 1 mL 0.5% bupivacaine + 40 mg triamcinolone injected.\n",
    )
    call = (
        "procedure_note",
        date(2025, 7, 10),
        "Reason for call: post-injection follow-up (R SIJ injection 6/17/2025)\n"
        "She was nearly pain free that day; the pain has since returned to baseline.\n",
    )
    event = _injections(nlp, note, call)[date(2025, 6, 17)]
    assert (event.corticosteroid, event.anesthetic, event.later_course) == (
        True,
        "bupivacaine",
        "returned",
    )


def test_a_follow_up_call_log_filed_apart_joins_its_injection(nlp) -> None:
    """A nurse's call log filed as its own page: the calls' stamps ('Day 1 (08/06/2025)')
    open no injection of their own, and 'pain back to 7/10' on day 7 is the return after
    the injection the log names."""
    from datetime import date

    procedure = (
        "procedure_note",
        date(2025, 8, 5),
        "EXAM  CT-GUIDED LEFT SI JOINT INJECTION\nDATE OF SERVICE  08/05/2025\n"
        "Needle into the left SIJ under CT guidance; iohexol intra-articular. "
        "Injectate 1 mL bupivacaine 0.25%, methylprednisolone 40 mg.\n",
    )
    calls = (
        "office_note",
        date(2025, 8, 12),
        "Post-procedure phone follow-up\n"
        "Patient: Doe, Jane  DOB 01/02/1960  Procedure: CT L SIJ inj 08/05/2025\n"
        "Day 1 (08/06/2025 10:02) - RN\nAbout 30% better for a few hours. Site fine.\n"
        "Day 7 (08/12/2025 13:48) - RN\nSteroid did not hold, pain back to 7/10.\n",
    )
    found = _injections(nlp, procedure, calls)
    assert set(found) == {date(2025, 8, 5)}
    assert found[date(2025, 8, 5)].later_course == "returned"
    assert found[date(2025, 8, 5)].corticosteroid is True


def test_a_later_note_naming_an_injection_by_its_day_joins_that_one(nlp) -> None:
    """'Steroid from 11/06 SIJ block lasted ~2 wk; back to 7/10 by 11/21' in a later
    note is the 11/06 injection's course, not an injection on the note's day."""
    from datetime import date

    procedure = (
        "procedure_note",
        date(2025, 11, 6),
        "Procedure: Fluoroscopic L SIJ Injection\n\nDate 11/06/2025\n"
        "Omnipaque arthrogram confirmed. Injected 2% lidocaine + methylprednisolone 40 mg.\n",
    )
    note = (
        "office_note",
        date(2025, 11, 24),
        "S: L SIJ 7/10. Steroid from 11/06 SIJ block lasted ~2 wk; back to 7/10 by 11/21.\n",
    )
    found = _injections(nlp, procedure, note)
    assert set(found) == {date(2025, 11, 6)}
    assert found[date(2025, 11, 6)].later_course == "returned"


@pytest.mark.parametrize(
    "identity",
    [
        "Patient: DOE, JANE   DOB: 01/02/1970\nMRN: 55-1234\n",
        "Name: Roe, Ann\nAcct #: 7781-2\n",
        "Pt: Lee, K.  DOB: 3/3/1961\n",
    ],
)
def test_a_dated_event_cites_its_title_and_date_lines_not_the_identity_lines(nlp, identity) -> None:
    """The title line and the 'Date of service' line a form prints identity lines between
    are cited as two spans: a reviewer sees what dated and named the event, and the
    patient's name and record numbers are no evidence for it."""
    text = (
        "Riverside Pain Associates\n"
        "PROCEDURE NOTE - LEFT SACROILIAC JOINT BLOCK\n"
        f"{identity}"
        "Date of service: 05/06/2025   Provider: A. Smith, MD\n"
        "Fluoroscopy; Isovue 0.5 mL; 2 mL 0.5% ropivacaine, no steroid.\n"
    )
    (event,) = facts_of_kind(facts_from_text(nlp, text, "procedure_note"), "injection")
    cited = [e.text for e in event.evidence if e.rule_id == "injections.event"]
    assert "PROCEDURE NOTE - LEFT SACROILIAC JOINT BLOCK" in cited
    assert any(t.startswith("Date of service: 05/06/2025") for t in cited)
    assert not any(word in t for t in cited for word in ("DOB", "MRN", "Acct", "Name:"))


# --------------------------------------------------------------------------- ordinal words


def _numbered_blocks():
    from datetime import date

    first = (
        "procedure_note",
        date(2026, 3, 2),
        "Date of procedure: 03/02/2026\n"
        "Right SI joint injection #1 under fluoroscopy, Omnipaque arthrogram.\n"
        "Lidocaine 2% 1 mL with methylprednisolone 40 mg.\n",
    )
    second = (
        "procedure_note",
        date(2026, 4, 20),
        "Date of procedure: 04/20/2026\n"
        "Right SI joint block #2 (confirmatory), fluoroscopy, Isovue contrast.\n"
        "Bupivacaine 0.5% 1 mL + triamcinolone 40 mg.\n",
    )
    return first, second


def test_an_ordinal_word_ties_an_undated_message_to_the_numbered_injection(nlp) -> None:
    """'2nd injection ...' in a message filed before the second procedure (a printout
    dated by its first message) tells of the injection numbered 2, not the latest one
    before the printout's date; a confirmatory block that had a steroid has a course."""
    from datetime import date

    first, second = _numbered_blocks()
    messages = (
        "other",
        date(2026, 3, 3),
        "03/03/2026 09:10 FROM: patient\nFeeling ok after yesterday.\n"
        "05/19/2026 18:02 FROM: patient\n"
        "My 2nd injection barely helped and what the steroid did was gone in 5 days.\n",
    )
    found = _injections(nlp, first, second, messages)
    assert found[date(2026, 4, 20)].later_course == "returned"
    assert found[date(2026, 3, 2)].later_course != "returned"


def test_an_ordinal_word_without_numbered_records_reads_as_any_undated_mention(nlp) -> None:
    """When no record numbers its injection, 'the second injection' is linked as any
    undated mention (the latest injection on or before its document)."""
    from datetime import date

    steroid = (
        "procedure_note",
        date(2026, 3, 2),
        "Date of procedure: 03/02/2026\n"
        "Right SI joint injection under fluoroscopy. Triamcinolone 40 mg.\n",
    )
    note = (
        "office_note",
        date(2026, 5, 1),
        "Right SIJ pain. The second injection helped for about two weeks, then the pain "
        "came back.\n",
    )
    found = _injections(nlp, steroid, note)
    assert found[date(2026, 3, 2)].later_course == "returned"
