"""The request being reviewed: date, procedure codes, member, side (CONTRACT section 1).

Each value comes from the first source that has it: ``packet.json``, then the labelled
fields of the prior-authorization request form in the packet, then (request date only)
the newest dated document. Whatever overrules or stands in for a value becomes a
``Notice`` on the request (the top of the report), because the review window hangs on
the date. CPT 27279 is a percutaneous SIJ fusion, 27280 an open one; codes outside the
policy are an error when no covered code is requested (E109); with no code the NLP reads
the request's wording later, so the procedure is left unset here. A ``packet.json``
that cannot be used is an error (E108), never ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.checkboxes import options
from pipeline.dates import find_dates
from pipeline.errors import InvalidPacketJsonError, UncoveredProcedureError
from pipeline.ingest.rules import RequestField, alternation, compile_any, request_field_rules
from pipeline.ingest.tables import row_cells
from pipeline.models import (
    Document,
    DocumentType,
    Notice,
    Page,
    Procedure,
    RequestMetadata,
)


class PacketJson(BaseModel):
    """``packet.json`` as CONTRACT section 1 defines it; every key optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request_date: dt.date | None = None
    procedure_codes: tuple[str, ...] = ()
    member_id: str | None = None
    policy: str | None = None


def _keys(names: Sequence[str]) -> str:
    """Key names for an error message, shortened (they are the sender's, not ours)."""
    return ", ".join(repr(name[:40]) for name in names)


def read_packet_json(path: Path) -> PacketJson:
    """Read ``packet.json``; raise ``InvalidPacketJsonError`` when it cannot be used.

    Invalid JSON, a value of the wrong type (a date that is not a date) or an unknown
    key (a misspelt ``request-date``) would each silently hand the request date or the
    procedure to a lower-precedence source, so each is an error naming the problem and
    the keys, never the values (a member id is PHI).
    """
    packet = path.parent.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        detail = f"not valid JSON at line {exc.lineno}, column {exc.colno}"
        raise InvalidPacketJsonError(packet, detail) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidPacketJsonError(packet, f"unreadable ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise InvalidPacketJsonError(packet, "not a JSON object")
    unknown = sorted(set(data) - set(PacketJson.model_fields))
    if unknown:
        noun = "unknown key" if len(unknown) == 1 else "unknown keys"
        known = ", ".join(PacketJson.model_fields)
        raise InvalidPacketJsonError(packet, f"{noun}: {_keys(unknown)}; known keys: {known}")
    try:
        return PacketJson.model_validate(data)
    except ValidationError as exc:
        bad = sorted({str(err["loc"][0]) for err in exc.errors() if err["loc"]})
        noun = "invalid value" if len(bad) == 1 else "invalid values"
        raise InvalidPacketJsonError(packet, f"{noun}: {', '.join(bad)}") from None


# --------------------------------------------------------------------------- the form


@dataclass
class FormFields:
    """Values read from the request form's labelled fields.

    ``procedure_codes`` are the codes written in the form's code fields; ``option_codes``
    the codes printed in ticked options ("[X] Open SI joint fusion (27280)"), which decide
    only when no code field holds one; ``checked`` the procedures the ticked options name
    (by code or wording), to warn when they disagree with the code that decides.
    """

    request_date: dt.date | None = None
    procedure_codes: list[str] = field(default_factory=list)
    member_id: str | None = None
    side: str | None = None
    option_codes: list[str] = field(default_factory=list)
    checked: list[Procedure] = field(default_factory=list)

    @property
    def deciding_codes(self) -> list[str]:
        """CONTRACT section 1: the code decides; a code field's over a ticked option's."""
        return self.procedure_codes or self.option_codes


@cache
def _label_patterns() -> tuple[tuple[RequestField, re.Pattern[str]], ...]:
    rules = request_field_rules()
    return tuple(
        (
            spec.field,
            re.compile(rf"(?<![\w/])(?:{alternation(spec.labels)})\s*[:#]?\s*", re.IGNORECASE),
        )
        for spec in rules.fields
    )


@cache
def _any_label() -> re.Pattern[str]:
    labels = [label for spec in request_field_rules().fields for label in spec.labels]
    return re.compile(rf"(?<![\w/])(?:{alternation(labels)})\s*[:#]", re.IGNORECASE)


def _value_after(line: str, end: int) -> str:
    """The value of a field: up to the next labelled field on the line."""
    rest = line[end:]
    following = _any_label().search(rest)
    return rest[: following.start()] if following else rest


def _side(value: str) -> str | None:
    words = request_field_rules().side_words
    for token in re.findall(r"[A-Za-z]+", value.lower()):
        if token in words:
            return words[token]
    return None


def _checked(line: str, spans: list[tuple[int, int]]) -> list[Procedure]:
    """The procedures the ticked options of a line name, by code or by wording on a line
    about the fusion ("Approach: [X] Open", "[X] 27280 Open SIJ fusion")."""
    rules = request_field_rules()
    code_pattern = re.compile(rules.procedure_code_pattern)
    about_fusion = compile_any(rules.procedure_words).search(line) is not None
    found: list[Procedure] = []
    for start, end in spans:
        option = line[start:end]
        named = [
            rules.cpt_procedures[c]
            for c in code_pattern.findall(option)
            if c in rules.cpt_procedures
        ]
        if not named and about_fusion:
            named = [
                procedure
                for procedure, words in rules.approach_words.items()
                if compile_any(words).search(option)
            ]
        found += [p for p in named if p not in found]
    return found


_PRIOR_BEFORE = 30
_PRIOR_AFTER = 20


def _names_earlier_request(value: str, start: int, end: int) -> bool:
    """A code beside 'denied' / 'previous request' / 'ref #' in its item of the value
    (bounded by brackets, semicolons and column gaps) names an earlier request for reference
    ("27280 (prior request 27279 denied)"), not this one."""
    marks = (*"()[];", "  ")  # a column gap ends an item too
    opened = max(
        (i + len(mark) for mark in marks if (i := value.rfind(mark, 0, start)) >= 0), default=0
    )
    after = end + len(value[end:]) - len(value[end:].lstrip(" ,"))
    closing = value.find(")", after)
    own = value[after:closing] if value.startswith("(", after) and closing > after else ""
    if own and not re.search(request_field_rules().procedure_code_pattern, own):
        end = after + 1  # its own parenthesis, "27279 (denied 12/2025)", is its item
    closes = [i for i in (value.find(mark, end) for mark in marks) if i >= 0]
    item_start = max(opened, start - _PRIOR_BEFORE)
    item_end = min([*closes, end + _PRIOR_AFTER])
    return _tells_earlier_request(value[item_start:item_end])


def _tells_earlier_request(text: str) -> bool:
    return compile_any(request_field_rules().prior_request_words).search(text) is not None


@cache
def _code_column_header() -> re.Pattern[str]:
    """A code field's label opening its line: a table column ('CPT/HCPCS  Description
    Units') or a field whose value is written on the line below."""
    spec = next(s for s in request_field_rules().fields if s.field == "procedure_codes")
    return re.compile(rf"^\W*(?:{alternation(spec.labels)})\b", re.IGNORECASE)


def _table_row_code(line: str) -> str | None:
    """The code a code column's row starts with ("27280  Arthrodesis, open, ...  1")."""
    found = re.match(rf"^[\s|*\-\u2022]*({request_field_rules().procedure_code_pattern})", line)
    return found.group(1) if found else None


def _labels(line: str, match: re.Match[str]) -> bool:
    """Whether a label match is a field's label: followed by ':' or '#', or opening its
    line; a word inside a sentence ("sits through a church service ... her right side")
    is prose."""
    return (
        ":" in match.group(0)
        or "#" in match.group(0)
        or not line[: match.start()].strip(" |*-\u2022\t")
    )


def _side_column(header: str) -> tuple[int, int] | None:
    """The cell a code table's header heads with a side label ('CPT | Description |
    Side'), and the header's number of cells."""
    spec = next(s for s in request_field_rules().fields if s.field == "side")
    label = re.compile(rf"^(?:{alternation(spec.labels)})$", re.IGNORECASE)
    cells = row_cells(header, drawn=True)
    return next(((k, len(cells)) for k, cell in enumerate(cells) if label.match(cell)), None)


def _row_side(line: str, column: tuple[int, int]) -> str | None:
    """The side a code row gives under a Side column: the cell in that column when the
    row has the header's cells, or its last cell when the Side column is the last."""
    index, count = column
    cells = row_cells(line, drawn=True)
    if len(cells) == count:
        return _side(cells[index])
    if index == count - 1 and len(cells) > 1:
        return _side(cells[-1])
    return None


def read_form(lines: Sequence[str]) -> FormFields:
    """Labelled values of a request form, each from its first occurrence.

    Options left unticked are not read at all; a code inside a ticked option is that
    option's code (``option_codes``), a code in a code field the form's code. A code
    column's rows (codes at the start of the lines under a 'CPT' header) are code-field
    codes too; a code the form names as an earlier, denied request's is not read. A
    code column's table with a Side column gives the side of the row of a covered code.
    """
    rules = request_field_rules()
    code_pattern = re.compile(rules.procedure_code_pattern)
    member_pattern = re.compile(rules.member_id_pattern)
    out = FormFields()
    procedure_side: str | None = None
    table_rows = 0
    side_column: tuple[int, int] | None = None
    for raw in lines:
        line, ticked = options(raw)
        out.checked += [p for p in _checked(line, ticked) if p not in out.checked]
        if table_rows:
            table_rows -= 1
            row_code = _table_row_code(line)
            if _any_label().search(line) and row_code is None:
                table_rows = 0
            elif row_code and not _tells_earlier_request(line):  # a row is one item
                into = out.option_codes if ticked else out.procedure_codes
                if row_code not in into:
                    into.append(row_code)
                if side_column and row_code in rules.cpt_procedures and out.side is None:
                    out.side = _row_side(line, side_column)
        header = _code_column_header().match(line)
        if header and not code_pattern.search(line):
            table_rows = rules.code_table_rows
            side_column = _side_column(line)

        def in_option(offset: int, ticked: list[tuple[int, int]] = ticked) -> bool:
            return any(start <= offset < end for start, end in ticked)

        for name, pattern in _label_patterns():
            for match in pattern.finditer(line):
                value = _value_after(line, match.end()).strip()
                if not value:
                    continue
                if name == "request_date" and out.request_date is None:
                    dates = [m for m in find_dates(value) if m.precision == "day"]
                    out.request_date = dates[0].value if dates else None
                elif name in ("procedure_codes", "procedure"):
                    if name == "procedure" and procedure_side is None and _labels(line, match):
                        procedure_side = _side(value)
                    offset = (
                        match.end()
                        + len(_value_after(line, match.end()))
                        - len(_value_after(line, match.end()).lstrip())
                    )
                    for code in code_pattern.finditer(value):
                        number = code.group(0)
                        if name == "procedure" and number not in rules.cpt_procedures:
                            continue
                        if _names_earlier_request(value, code.start(), code.end()):
                            continue
                        option = in_option(offset + code.start()) or in_option(match.start())
                        into = out.option_codes if option else out.procedure_codes
                        if number not in into:
                            into.append(number)
                elif name == "member_id" and out.member_id is None:
                    found = member_pattern.search(value)
                    out.member_id = found.group(0) if found else None
                elif name == "side" and out.side is None:
                    out.side = _side(value)
    out.side = out.side or procedure_side
    return out


def _form_lines(documents: Sequence[Document], pages: Sequence[Page]) -> list[str]:
    by_number = {page.number: page for page in pages}
    lines: list[str] = []
    for document in documents:
        if document.type != DocumentType.request_form:
            continue
        for number in range(document.first_page, document.last_page + 1):
            page = by_number.get(number)
            if page is not None:
                lines.extend(page.text.splitlines())
    return lines


# --------------------------------------------------------------------------- resolve


def procedure_for(codes: Sequence[str], notices: list[Notice]) -> Procedure | None:
    """The procedure the (covered) CPT codes name; None when none or both are named."""
    mapping = request_field_rules().cpt_procedures
    named = {mapping[code] for code in codes if code in mapping}
    if len(named) > 1:
        notices.append(
            Notice(
                code="procedure_codes.both_procedures",
                message=f"The request names both a percutaneous and an open SIJ fusion "
                f"(CPT {', '.join(codes)}): the procedure is left open and the "
                "packet cannot be scored until the request says which.",
            )
        )
        return None
    return next(iter(named), None)


def _covered_codes() -> str:
    mapping = request_field_rules().cpt_procedures
    return ", ".join(f"CPT {code} ({procedure.value})" for code, procedure in mapping.items())


def _request_date(
    packet_json: PacketJson, form: FormFields, documents: Sequence[Document], notices: list[Notice]
) -> dict[str, object]:
    """The request date and its source, by precedence; a notice whenever a source was
    overruled or missing, since the 12-month review window ends on this date."""
    if packet_json.request_date is not None:
        chosen = packet_json.request_date
        if form.request_date is not None and form.request_date != chosen:
            notices.append(
                Notice(
                    code="request_date.packet_json_over_form",
                    message=f"Request date {chosen.isoformat()} is taken from packet.json; "
                    f"the request form says {form.request_date.isoformat()}. The "
                    f"12-month review window ends on {chosen.isoformat()}.",
                )
            )
        return {"request_date": chosen, "request_date_source": "packet.json"}
    if form.request_date is not None:
        return {"request_date": form.request_date, "request_date_source": "request_form"}
    dated = [d.date for d in documents if d.date is not None]
    if dated:
        newest = max(dated)
        notices.append(
            Notice(
                code="request_date.newest_document",
                message="No request date in packet.json or on the request form: the "
                f"newest dated document's date, {newest.isoformat()}, is used, so the "
                "12-month review window ends there. Confirm the request date.",
            )
        )
        return {"request_date": newest, "request_date_source": "newest_document"}
    notices.append(
        Notice(
            code="request_date.missing",
            message="No request date in packet.json, on the request form or in any "
            "document: criteria that depend on the 12-month window cannot be placed in it.",
        )
    )
    return {}


def _procedure_codes(
    packet_json: PacketJson, form: FormFields, notices: list[Notice]
) -> tuple[tuple[str, ...], str, str]:
    """The requested codes, the source label for ``procedure_source`` and where they
    were read (for messages); a notice when packet.json overrules different form codes."""
    if not packet_json.procedure_codes:
        return tuple(form.deciding_codes), "cpt_code", "request form"
    codes = tuple(packet_json.procedure_codes)
    if form.procedure_codes and set(form.procedure_codes) != set(codes):
        notices.append(
            Notice(
                code="procedure_codes.packet_json_over_form",
                message=f"CPT {', '.join(codes)} is taken from packet.json; the request "
                f"form lists CPT {', '.join(form.procedure_codes)}.",
            )
        )
    return codes, "packet.json", "packet.json"


def resolve_request(
    packet_json: PacketJson,
    documents: Sequence[Document],
    pages: Sequence[Page],
) -> RequestMetadata:
    """Apply CONTRACT section 1's precedence to every request value.

    Raises ``UncoveredProcedureError`` when the request names codes and none is a
    procedure the policy covers (never reviewed as an SIJ fusion under another code).
    What overruled or replaced a missing value becomes a notice on the request.
    """
    form = read_form(_form_lines(documents, pages))
    notices: list[Notice] = []
    values: dict[str, object] = {"policy": packet_json.policy}
    values |= _request_date(packet_json, form, documents, notices)

    codes, source, where = _procedure_codes(packet_json, form, notices)
    mapping = request_field_rules().cpt_procedures
    covered = tuple(code for code in codes if code in mapping)
    uncovered = [code for code in codes if code not in mapping]
    if codes and not covered:
        raise UncoveredProcedureError(
            where,
            f"CPT {', '.join(codes)}; the policy covers {_covered_codes()}",
        )
    if uncovered:
        notices.append(
            Notice(
                code="procedure_codes.not_covered",
                message=f"CPT {', '.join(uncovered)} ({where}) is not a procedure "
                f"this policy covers and is not reviewed; the review is of CPT "
                f"{', '.join(covered)}.",
            )
        )
    procedure = procedure_for(covered, notices)
    values |= {"procedure_codes": codes, "procedure": procedure}
    if procedure is not None:
        values["procedure_source"] = source
        for checked in form.checked:
            if checked != procedure:
                notices.append(
                    Notice(
                        code="procedure.checkbox_disagrees",
                        message=f"The request form's ticked box names {checked.value} SIJ "
                        f"fusion, but the CPT code ({', '.join(covered)}) names "
                        f"{procedure.value}: the code decides (CONTRACT section 1); confirm "
                        "the requested procedure.",
                    )
                )
    values["member_id"] = packet_json.member_id or form.member_id
    values["side"] = form.side
    values["notices"] = tuple(notices)
    return RequestMetadata.model_validate(values)
