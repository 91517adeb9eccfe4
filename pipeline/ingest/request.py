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
from pipeline.ingest.rules import RequestField, alternation, compile_any, request_field_rules
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


@cache
def _boxes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = request_field_rules()
    return compile_any(rules.checkbox_ticked), compile_any(rules.checkbox_unticked)


def options(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The line with every unticked option blanked, and the spans of its ticked options.

    A checkbox mark opens an option that runs to the next mark or the end of the line:
    "[X] Open (27280)  [ ] Percutaneous (27279)" keeps "Open (27280)" as a ticked
    option and blanks the percutaneous one, which the form does not request.
    """
    ticked, unticked = _boxes()
    marks = sorted(
        [(m.start(), m.end(), True) for m in ticked.finditer(line)]
        + [(m.start(), m.end(), False) for m in unticked.finditer(line)]
    )
    kept = list(line)
    spans: list[tuple[int, int]] = []
    for index, (start, end, is_ticked) in enumerate(marks):
        stop = marks[index + 1][0] if index + 1 < len(marks) else len(line)
        if is_ticked:
            spans.append((end, stop))
        else:
            kept[start:stop] = " " * (stop - start)
    return "".join(kept), spans


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


def read_form(lines: Sequence[str]) -> FormFields:
    """Labelled values of a request form, each from its first occurrence.

    Options left unticked are not read at all; a code inside a ticked option is that
    option's code (``option_codes``), a code in a code field the form's code.
    """
    rules = request_field_rules()
    code_pattern = re.compile(rules.procedure_code_pattern)
    member_pattern = re.compile(rules.member_id_pattern)
    out = FormFields()
    procedure_side: str | None = None
    for raw in lines:
        line, ticked = options(raw)
        out.checked += [p for p in _checked(line, ticked) if p not in out.checked]

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
                    if name == "procedure" and procedure_side is None:
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
        codes, source = tuple(form.deciding_codes), "cpt_code"
    procedure = procedure_for(codes, warnings)
    values |= {"procedure_codes": codes, "procedure": procedure}
    if procedure is not None:
        values["procedure_source"] = source
        for checked in form.checked:
            if checked != procedure:
                warnings.append(
                    f"The request form's ticked box names {checked.value} SIJ fusion, but "
                    f"the CPT code ({', '.join(codes)}) names {procedure.value}: the code "
                    "decides (CONTRACT section 1); confirm the requested procedure."
                )
    values["member_id"] = packet_json.member_id or form.member_id
    values["side"] = form.side
    return RequestMetadata.model_validate(values)
