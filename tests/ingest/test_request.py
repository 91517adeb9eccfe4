"""Request metadata precedence: packet.json, then the request form, then (date only)
the newest dated document with a warning (CONTRACT section 1)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipeline.errors import InvalidPacketJsonError, UncoveredProcedureError
from pipeline.ingest import read_packet
from pipeline.ingest.request import read_form
from pipeline.models import Packet, Procedure
from tests.ingest.pdfs import Block, Sheet, write

FORM_LINES = [
    # (lines, request_date, codes, member_id, side)
    (
        ["Date of request: 09/12/2025", "Member ID: CS1234567", "CPT code: 27279", "Side: Left"],
        "2025-09-12",
        ["27279"],
        "CS1234567",
        "left",
    ),
    (
        ["Request date:  09/22/2025", "Procedure:  CPT 27280 - open arthrodesis", "Laterality: Rt"],
        "2025-09-22",
        ["27280"],
        None,
        "right",
    ),
    (
        ["Member ID: CS99  Date submitted: 9/2/25", "Procedure code(s): 27279, 64451"],
        "2025-09-02",
        ["27279", "64451"],
        "CS99",
        None,
    ),
    # Member ids printed in groups, with a card prefix and person suffix; the id ends
    # where a word without digits starts.
    (["Member # CSN 2209 4471 65", "CPT: 27279"], None, ["27279"], "CSN 2209 4471 65", None),
    (["Member ID: U 9654 0338 Group 7781"], None, [], "U 9654 0338", None),
    (["Medicaid ID: 9001 1734 2 - pending"], None, [], "9001 1734 2", None),
    (["Member ID: QX5521803 DOB 07/09/1958"], None, [], "QX5521803", None),
    (
        ["Procedure requested: Bilateral SI joint fusion", "Date of birth: 03/14/1971"],
        None,
        [],
        None,
        "bilateral",
    ),
    # A field word inside a sentence is prose, not the procedure field's label.
    (
        ["Letter: she sat through the service with her right side on a cushion"],
        None,
        [],
        None,
        None,
    ),
    (["Patient misses church service since the left hip got worse"], None, [], None, None),
    (["Requested procedure  Right SIJ fusion"], None, [], None, "right"),
    (
        ["Diagnosis: M53.3 sacroiliitis", "Planned date of service: 10/20/2025"],
        None,
        [],
        None,
        None,
    ),
]


# A code column: the header names the field, each row starts with its code (rows may
# wrap; the table ends at the next labelled field). A field whose value is written on
# the line under its label reads the same way.
CODE_TABLES = [
    (["CPT/HCPCS  Description  Units", "27279  Arthrodesis, SI joint, percutaneous  1"], ["27279"]),
    (
        [
            "Procedure code(s) | Description | Qty",
            "| 27280 | Open arthrodesis, sacroiliac joint, | 1",
            "| including bone graft - RIGHT |",
            "| 20937 | Autograft, morselized | 1",
        ],
        ["27280", "20937"],
    ),
    (["CPT code:", "   27279"], ["27279"]),
    (
        [
            "HCPCS   Service",
            "27280   Arthrodesis, open",
            "Date of request: 01/05/2026",
            "12345   not a row: the table ended at the labelled field",
        ],
        ["27280"],
    ),
    # No code column: a street number opening a line is no code.
    (["Provider: Dr. Lee", "12345 Harbor Road"], []),
]


@pytest.mark.parametrize(("lines", "codes"), CODE_TABLES)
def test_code_column_rows_are_the_forms_codes(lines: list[str], codes: list[str]) -> None:
    assert read_form(lines).procedure_codes == codes


# A code table with a Side / Laterality column: the covered code's row gives the side,
# whatever prose elsewhere in the packet says ("leans onto her right side"). A side
# cell of another code's row, or a row whose cells do not line up, gives none.
SIDE_COLUMNS = [
    (
        ["CPT/HCPCS | Description | Units | Side", "27279 | SIJ fusion, percutaneous | 1 | Left"],
        "left",
    ),
    (["CPT  Description  Laterality", "27280  Open arthrodesis, SI joint  RT"], "right"),
    (
        [
            "Procedure code(s) | Side | Description",
            "| 20937 | Right | Autograft |",
            "| 27279 | Bilateral | Percutaneous SIJ arthrodesis |",
        ],
        "bilateral",
    ),
    (["HCPCS | Qty | Side", "77002 | 1 | Right", "27279 | 1 | Lt"], "left"),
    (["CPT | Description | Side", "27279 | Arthrodesis, SI joint, | 1"], None),
    (
        [
            "CPT | Description | Side",
            "27279 | SIJ fusion | Left",
            "Comments: service request; she sits on her right side",
        ],
        "left",
    ),
]


@pytest.mark.parametrize(("lines", "side"), SIDE_COLUMNS)
def test_a_code_tables_side_column_gives_the_side(lines: list[str], side: str | None) -> None:
    assert read_form(lines).side == side


# A code the form names as an earlier, denied request's is for reference, never the
# request (CONTRACT section 1); the item holding the code decides, not its whole line.
EARLIER_REQUEST_CODES = [
    (["CPT code: 27280 (previous request 27279 denied)"], ["27280"]),
    (["Codes requested: 27280; 27279 denied 11/2025"], ["27280"]),
    (["CPT: 27279 (denied 12/2025), now 27280"], ["27280"]),
    (["CPT code: 27280 (open), 27279 previously not approved"], ["27280"]),
    (["Procedure code: 27280  Related ref #: UM-31 (27279, denied)"], ["27280"]),
    (["CPT code: 27279 (resubmission)"], ["27279"]),
    (
        ["CPT/HCPCS  Description", "27280  Open SIJ arthrodesis", "27279  previous, denied"],
        ["27280"],
    ),
]


@pytest.mark.parametrize(("lines", "codes"), EARLIER_REQUEST_CODES)
def test_an_earlier_requests_code_is_not_the_request(lines: list[str], codes: list[str]) -> None:
    assert read_form(lines).procedure_codes == codes


@pytest.mark.parametrize(("lines", "date", "codes", "member", "side"), FORM_LINES)
def test_read_form_fields(
    lines: list[str], date: str | None, codes: list[str], member: str | None, side: str | None
) -> None:
    form = read_form(lines)
    assert (form.request_date.isoformat() if form.request_date else None) == date
    assert form.procedure_codes == codes
    assert form.member_id == member
    assert form.side == side


# Request forms with checkboxes (CONTRACT section 1: the code decides even where the
# wording or a ticked box says otherwise). (lines, code-field codes, ticked-option codes,
# deciding codes, procedures the ticked boxes name)
CHECKBOX_FORMS = [
    (
        ["CPT: [X] 27279 (percutaneous)  [ ] 27280 (open)"],
        [],
        ["27279"],
        ["27279"],
        [Procedure.percutaneous],
    ),
    (
        [
            "Procedure: [x] Open SIJ arthrodesis (27280)  [ ] MIS SIJ fusion (27279)",
            "CPT code: 27279",
        ],
        ["27279"],
        ["27280"],
        ["27279"],
        [Procedure.open],
    ),
    (
        [
            "\u2612 27280 Open sacroiliac joint fusion",
            "\u2610 27279 Percutaneous sacroiliac joint fusion",
            "Codes requested: 27279",
        ],
        ["27279"],
        [],
        ["27279"],
        [Procedure.open],
    ),
    (
        [
            "\u2612 Open SIJ arthrodesis (CPT 27280)",
            "\u2610 Percutaneous SIJ arthrodesis (CPT 27279)",
        ],
        [],
        ["27280"],
        ["27280"],
        [Procedure.open],
    ),
    (["Type of fusion: ( ) Open (X) Minimally invasive"], [], [], [], [Procedure.percutaneous]),
    (
        ["Surgical approach: [ ] open [\u2713] percutaneous", "CPT 27280"],
        ["27280"],
        [],
        ["27280"],
        [Procedure.percutaneous],
    ),
    # A ticked box on a line that is not about the fusion names no procedure.
    (["[X] Records attached (open chart notes)", "CPT code: 27279"], ["27279"], [], ["27279"], []),
]


@pytest.mark.parametrize(("lines", "codes", "option_codes", "deciding", "checked"), CHECKBOX_FORMS)
def test_read_form_checkboxes(lines, codes, option_codes, deciding, checked) -> None:
    form = read_form(lines)
    assert form.procedure_codes == codes
    assert form.option_codes == option_codes
    assert form.deciding_codes == deciding
    assert form.checked == checked


def test_code_decides_over_a_ticked_box_with_a_warning(tmp_path: Path) -> None:
    form: list[Block] = [
        ("title", "PRIOR AUTHORIZATION REQUEST FORM"),
        ("kv", [("Date of request", "09/12/2025"), ("Member ID", "CS1234567")]),
        (
            "para",
            "Procedure: [X] Open SI joint fusion (27280)  [ ] Percutaneous SIJ fusion (27279)",
        ),
        ("kv", [("CPT code", "27279")]),
    ]
    packet = _packet(tmp_path, [form, NOTE])
    assert packet.request.procedure is Procedure.percutaneous
    assert packet.request.procedure_codes == ("27279",)
    assert any(
        "ticked box names open" in n.message and "code decides" in n.message
        for n in packet.request.notices
    )


def _form(date: str, cpt: str | None) -> list[Block]:
    pairs = [("Date of request", date), ("Member ID", "CS1234567"), ("Side", "Right")]
    if cpt:
        pairs.append(("CPT code", cpt))
    return [("title", "PRIOR AUTHORIZATION REQUEST FORM"), ("kv", pairs)]


NOTE: list[Block] = [
    ("title", "OFFICE VISIT"),
    ("kv", [("Date of Service", "08/28/2025")]),
    ("para", "Right SI joint pain 7/10."),
]
IMAGING: list[Block] = [
    ("title", "XR PELVIS"),
    ("kv", [("Exam date", "09/02/2025")]),
    ("para", "No fracture."),
]


def _packet(tmp_path: Path, documents: list[list[Block]], packet_json: object = None) -> Packet:
    folder = tmp_path / "pkt"
    write(Sheet(documents=documents), folder / "packet.pdf")
    if packet_json is not None:
        text = packet_json if isinstance(packet_json, str) else json.dumps(packet_json)
        (folder / "packet.json").write_text(text)
    return read_packet(folder)


def test_packet_json_wins_over_the_form(tmp_path: Path) -> None:
    packet = _packet(
        tmp_path,
        [_form("09/12/2025", "27279"), NOTE],
        {
            "request_date": "2025-09-20",
            "procedure_codes": ["27280"],
            "member_id": "M-1",
            "policy": "MP-MM-1366",
        },
    )
    r = packet.request
    assert (r.request_date, r.request_date_source) == (dt.date(2025, 9, 20), "packet.json")
    assert (r.procedure, r.procedure_source, r.procedure_codes) == (
        Procedure.open,
        "packet.json",
        ("27280",),
    )
    assert (r.member_id, r.policy, r.side) == ("M-1", "MP-MM-1366", "right")
    assert packet.warnings == ()


def test_form_fills_what_packet_json_lacks(tmp_path: Path) -> None:
    packet = _packet(tmp_path, [_form("09/12/2025", "27279"), NOTE], {"policy": "MP-MM-1366"})
    r = packet.request
    assert (r.request_date, r.request_date_source) == (dt.date(2025, 9, 12), "request_form")
    assert (r.procedure, r.procedure_source) == (Procedure.percutaneous, "cpt_code")
    assert r.member_id == "CS1234567"
    assert packet.warnings == ()


def test_newest_document_date_is_the_last_resort_with_a_warning(tmp_path: Path) -> None:
    packet = _packet(tmp_path, [NOTE, IMAGING])
    r = packet.request
    assert (r.request_date, r.request_date_source) == (dt.date(2025, 9, 2), "newest_document")
    assert (r.procedure, r.procedure_source) == (None, None)
    assert "2025-09-02" in _notice(packet, "request_date.newest_document")


def test_both_procedure_codes_leave_the_procedure_open(tmp_path: Path) -> None:
    packet = _packet(tmp_path, [NOTE], {"procedure_codes": ["27279", "27280"]})
    assert packet.request.procedure is None
    assert "27279" in _notice(packet, "procedure_codes.both_procedures")


BAD_PACKET_JSON = [
    # (content, what the error must say)
    ("{not json", "not valid JSON"),
    ("", "not valid JSON"),
    ('["2025-09-20"]', "not a JSON object"),
    ('{"request_date": "yesterday", "member_id": "M-2"}', "invalid value: request_date"),
    ('{"request_date": "2025-02-30"}', "invalid value: request_date"),
    ('{"procedure_codes": "27279"}', "invalid value: procedure_codes"),
    ('{"member_id": "M-2", "color": "blue"}', "unknown key: 'color'"),
    ('{"request-date": "2025-09-20"}', "unknown key: 'request-date'"),
]


@pytest.mark.parametrize(("content", "problem"), BAD_PACKET_JSON)
def test_bad_packet_json_is_a_packet_error_not_a_silent_fallback(
    tmp_path: Path, content: str, problem: str
) -> None:
    """A packet.json that cannot be used would otherwise let the form's (or the newest
    document's) date move the 12-month window without anyone asking for it."""
    with pytest.raises(InvalidPacketJsonError) as raised:
        _packet(tmp_path, [_form("09/12/2025", "27279")], content)
    error = raised.value
    assert error.code == "E108"
    assert problem in str(error)
    assert "M-2" not in str(error)  # values are never quoted


UNCOVERED_CODES = [
    # (packet.json, form CPT, source named in the error)
    ({"procedure_codes": ["99999"]}, "27279", "packet.json"),
    ({"procedure_codes": ["22612", "64451"]}, None, "packet.json"),
    (None, "99999", "request form"),
    (None, "20985", "request form"),
]


@pytest.mark.parametrize(("packet_json", "form_cpt", "source"), UNCOVERED_CODES)
def test_codes_outside_the_policy_are_a_packet_error(
    tmp_path: Path, packet_json: object, form_cpt: str | None, source: str
) -> None:
    with pytest.raises(UncoveredProcedureError) as raised:
        _packet(tmp_path, [_form("09/12/2025", form_cpt), NOTE], packet_json)
    message = str(raised.value)
    assert raised.value.code == "E109"
    assert source in message and "27279" in message and "27280" in message


def _notice(packet: Packet, code: str) -> str:
    (found,) = [n.message for n in packet.request.notices if n.code == code]
    return found


def test_a_covered_code_beside_others_decides_and_the_others_are_a_notice(tmp_path: Path) -> None:
    packet = _packet(tmp_path, [_form("09/12/2025", "27279, 20985"), NOTE])
    assert packet.request.procedure is Procedure.percutaneous
    assert "20985" in _notice(packet, "procedure_codes.not_covered")


def test_what_packet_json_overrides_on_the_form_is_a_notice(tmp_path: Path) -> None:
    packet = _packet(
        tmp_path,
        [_form("09/12/2025", "27279"), NOTE],
        {"request_date": "2025-09-20", "procedure_codes": ["27280"]},
    )
    date_notice = _notice(packet, "request_date.packet_json_over_form")
    assert "2025-09-20" in date_notice and "2025-09-12" in date_notice
    codes_notice = _notice(packet, "procedure_codes.packet_json_over_form")
    assert "27280" in codes_notice and "27279" in codes_notice


def test_packet_json_agreeing_with_the_form_raises_no_notice(tmp_path: Path) -> None:
    packet = _packet(
        tmp_path,
        [_form("09/12/2025", "27279"), NOTE],
        {"request_date": "2025-09-12", "procedure_codes": ["27279"]},
    )
    assert packet.request.notices == ()
