"""Request metadata precedence: packet.json, then the request form, then (date only)
the newest dated document with a warning (CONTRACT section 1)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

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
    (
        ["Procedure requested: Bilateral SI joint fusion", "Date of birth: 03/14/1971"],
        None,
        [],
        None,
        "bilateral",
    ),
    (
        ["Diagnosis: M53.3 sacroiliitis", "Planned date of service: 10/20/2025"],
        None,
        [],
        None,
        None,
    ),
]


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
    assert any("ticked box names open" in w and "code decides" in w for w in packet.warnings)


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
    assert "request date inferred from the newest dated document (2025-09-02)" in packet.warnings


def test_both_procedure_codes_leave_the_procedure_open(tmp_path: Path) -> None:
    packet = _packet(tmp_path, [NOTE], {"procedure_codes": ["27279", "27280"]})
    assert packet.request.procedure is None
    assert any("both percutaneous and open" in w for w in packet.warnings)


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        ("{not json", "packet.json could not be read"),
        ('["2025-09-20"]', "packet.json is not a JSON object"),
        (
            '{"request_date": "yesterday", "member_id": "M-2"}',
            "invalid values ignored: request_date",
        ),
        ('{"member_id": "M-2", "color": "blue"}', "unknown keys ignored: color"),
    ],
)
def test_bad_packet_json_is_a_warning_not_a_failure(
    tmp_path: Path, content: str, warning: str
) -> None:
    packet = _packet(tmp_path, [_form("09/12/2025", None)], content)
    assert any(warning in w for w in packet.warnings)
    assert packet.request.request_date == dt.date(2025, 9, 12)
    assert packet.request.member_id in {"M-2", "CS1234567"}
