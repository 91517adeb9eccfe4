"""The request being reviewed: date, procedure codes, member, side (CONTRACT section 1).

Each value comes from the first source that has it: ``packet.json``, then the labelled
fields of the prior-authorization request form in the packet, then (request date only)
the newest dated document, with a warning because the review window hangs on it.
CPT 27279 is a percutaneous SIJ fusion, 27280 an open one; with no code the NLP reads
the request's wording later, so the procedure is left unset here.
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

from pipeline.dates import find_dates
from pipeline.ingest.rules import RequestField, alternation, request_field_rules
from pipeline.models import Document, DocumentType, Page, Procedure, RequestMetadata


class PacketJson(BaseModel):
    """``packet.json`` as CONTRACT section 1 defines it; every key optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request_date: dt.date | None = None
    procedure_codes: tuple[str, ...] = ()
    member_id: str | None = None
    policy: str | None = None


def read_packet_json(path: Path, warnings: list[str]) -> PacketJson:
    """Read ``packet.json``; a bad file is a warning (the packet can still be reviewed)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        warnings.append(f"packet.json could not be read ({type(exc).__name__}); ignored")
        return PacketJson()
    if not isinstance(data, dict):
        warnings.append("packet.json is not a JSON object; ignored")
        return PacketJson()
    known = set(PacketJson.model_fields)
    unknown = sorted(set(data) - known)
    if unknown:
        warnings.append(f"packet.json: unknown keys ignored: {', '.join(unknown)}")
    try:
        return PacketJson.model_validate({k: v for k, v in data.items() if k in known})
    except ValidationError as exc:
        bad = sorted({str(err["loc"][0]) for err in exc.errors() if err["loc"]})
        warnings.append(f"packet.json: invalid values ignored: {', '.join(bad)}")
        good = {k: v for k, v in data.items() if k in known and k not in bad}
        try:
            return PacketJson.model_validate(good)
        except ValidationError:
            return PacketJson()


# --------------------------------------------------------------------------- the form


@dataclass
class FormFields:
    """Values read from the request form's labelled fields."""

    request_date: dt.date | None = None
    procedure_codes: list[str] = field(default_factory=list)
    member_id: str | None = None
    side: str | None = None


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


def read_form(lines: Sequence[str]) -> FormFields:
    """Labelled values of a request form, each from its first occurrence."""
    rules = request_field_rules()
    code_pattern = re.compile(rules.procedure_code_pattern)
    member_pattern = re.compile(rules.member_id_pattern)
    out = FormFields()
    procedure_side: str | None = None
    for line in lines:
        for name, pattern in _label_patterns():
            for match in pattern.finditer(line):
                value = _value_after(line, match.end()).strip()
                if not value:
                    continue
                if name == "request_date" and out.request_date is None:
                    dates = [m for m in find_dates(value) if m.precision == "day"]
                    out.request_date = dates[0].value if dates else None
                elif name == "procedure_codes":
                    for code in code_pattern.findall(value):
                        if code not in out.procedure_codes:
                            out.procedure_codes.append(code)
                elif name == "member_id" and out.member_id is None:
                    found = member_pattern.search(value)
                    out.member_id = found.group(0) if found else None
                elif name == "side" and out.side is None:
                    out.side = _side(value)
                elif name == "procedure" and procedure_side is None:
                    procedure_side = _side(value)
                    for code in code_pattern.findall(value):
                        if code in rules.cpt_procedures and code not in out.procedure_codes:
                            out.procedure_codes.append(code)
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


def procedure_for(codes: Sequence[str], warnings: list[str]) -> Procedure | None:
    """The procedure the CPT codes name; None when none or both are named."""
    mapping = request_field_rules().cpt_procedures
    named = {mapping[code] for code in codes if code in mapping}
    if len(named) > 1:
        warnings.append(
            "request names both percutaneous and open SIJ fusion codes; procedure left open"
        )
        return None
    return next(iter(named), None)


def resolve_request(
    packet_json: PacketJson,
    documents: Sequence[Document],
    pages: Sequence[Page],
    warnings: list[str],
) -> RequestMetadata:
    """Apply CONTRACT section 1's precedence to every request value."""
    form = read_form(_form_lines(documents, pages))
    values: dict[str, object] = {"policy": packet_json.policy}

    if packet_json.request_date is not None:
        values |= {"request_date": packet_json.request_date, "request_date_source": "packet.json"}
    elif form.request_date is not None:
        values |= {"request_date": form.request_date, "request_date_source": "request_form"}
    else:
        dated = [d.date for d in documents if d.date is not None]
        if dated:
            newest = max(dated)
            values |= {"request_date": newest, "request_date_source": "newest_document"}
            warnings.append(
                f"request date inferred from the newest dated document ({newest.isoformat()})"
            )
        else:
            warnings.append(
                "no request date found in packet.json, the request form or any document"
            )

    if packet_json.procedure_codes:
        codes, source = tuple(packet_json.procedure_codes), "packet.json"
    else:
        codes, source = tuple(form.procedure_codes), "cpt_code"
    procedure = procedure_for(codes, warnings)
    values |= {"procedure_codes": codes, "procedure": procedure}
    if procedure is not None:
        values["procedure_source"] = source
    values["member_id"] = packet_json.member_id or form.member_id
    values["side"] = form.side
    return RequestMetadata.model_validate(values)
