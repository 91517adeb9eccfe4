"""Ingestion rules as data: document titles, page furniture, date labels, request fields,
and the processing limits.

The JSON files in ``pipeline/ingest/resources`` are validated by the models below when
they load (unknown keys are errors) and their regexes are compiled once, so a bad rule
fails at start-up, never half-way through a packet.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pipeline.models import DocumentType, Procedure

_FLAGS = re.IGNORECASE


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regexes(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        re.compile(pattern, _FLAGS)
    return patterns


class DocumentTypeSpec(_Spec):
    type: DocumentType
    patterns: list[str] = Field(min_length=1, description="Titles naming such a document.")
    letterhead_patterns: list[str] = Field(
        default=[],
        description="Service or clinic words ('Rehab', 'Radiology') that type a document "
        "only when no line under them names one.",
    )

    _check = field_validator("patterns", "letterhead_patterns")(_check_regexes)


class ProcedureFieldRules(_Spec):
    """A report typed by its sender (a radiology department) whose own exam or procedure
    field names an injection is a procedure record: 'EXAM: CT-guided left SI joint
    injection' under a radiology letterhead."""

    description: str = ""
    refines: list[DocumentType]
    top_lines: int
    labels: list[str]
    names: list[str]
    unless: list[str] = Field(default_factory=list)
    records: list[str] = Field(
        default_factory=list,
        description="Names of a procedure encounter's own records (a sedation flowsheet, "
        "a pre-procedure checklist) a line of the report opens with.",
    )

    _check = field_validator("labels", "names", "unless", "records")(_check_regexes)


class ServiceGenericTitles(_Spec):
    """Titles any service writes, which keep the type of a service letterhead above them."""

    description: str = ""
    services: list[DocumentType]
    patterns: list[str]

    _check = field_validator("patterns")(_check_regexes)


class DocumentTypeRules(_Spec):
    version: str
    description: str = ""
    continuation_patterns: list[str]
    banner_patterns: list[str] = Field(
        description="A line matching one of these is a fax transmission banner, never a title."
    )
    types: list[DocumentTypeSpec]
    not_title_patterns: list[str] = Field(
        default_factory=list,
        description="A line matching one of these is an address or salutation line of a "
        "letter ('Prior Authorization Department', 'To: Interventional Radiology', 'Dear "
        "Dr. Roe,'), never a title nor a line naming the document's type.",
    )
    procedure_fields: ProcedureFieldRules | None = None
    service_generic_titles: ServiceGenericTitles | None = None
    compilation_patterns: list[str] = Field(
        default_factory=list,
        description="Titles of a print that gathers many records (a C-CDA / HIE summary of "
        "care, a clinical summary): typed by their own type pattern alone, never refined "
        "by the services its lines list ('Sources: ... Cardinal Rehab & Sports PT').",
    )

    _check = field_validator(
        "continuation_patterns", "banner_patterns", "not_title_patterns", "compilation_patterns"
    )(_check_regexes)


class FurniturePattern(_Spec):
    id: str
    pattern: str
    outranks_title: bool = Field(
        default=False,
        description="A line it matches is furniture even when printed large or naming a "
        "document type (a fax transmission banner), unless it carries a date label.",
    )
    names_the_line: bool = Field(
        default=False,
        description="It names the fax's numbers or page counter, so it marks a banner line "
        "even below a page's first lines (a stamp's date and time alone also heads a portal "
        "message or a log entry).",
    )

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value, _FLAGS)
        return value


class FurnitureRules(_Spec):
    version: str
    description: str = ""
    top_band: float = Field(gt=0, lt=0.5, description="Fraction of page height from the top.")
    bottom_band: float = Field(gt=0, lt=0.5)
    edge_lines: int = Field(ge=1, description="Lines from each edge that may be furniture.")
    banner_lines: int = Field(
        default=6,
        ge=1,
        description="Lines from the top where a fax banner line (by a pattern that "
        "names_the_line) is furniture: the sender's banner is printed level on a skewed page, "
        "so levelling the page tilts it and OCR can read its far end below the first lines.",
    )
    min_repeats: int = Field(ge=2, description="Pages a line must repeat on to be furniture.")
    patterns: list[FurniturePattern]
    banner_fragments: list[str] = Field(
        default_factory=list,
        description="Whole lines that are only part of a fax banner (its stamp's date and "
        "time, or its sender's 'FROM: <name> <number>' half): furniture when the line "
        "beside it is a banner, which OCR split in two.",
    )
    protected_note: str = ""


class HeaderLineRules(_Spec):
    """What makes a line a header (title, dateline, entry heading) rather than prose."""

    description: str = ""
    max_words: int = Field(ge=1, description="A header line is at most this many words.")
    max_prose_words: int = Field(
        ge=0, description="A line with more of the prose words than this is a sentence."
    )
    prose_words: list[str] = Field(min_length=1)


class DateLabelRules(_Spec):
    version: str
    description: str = ""
    search_lines: int = Field(ge=1)
    labels: list[str] = Field(min_length=1)
    never_labels: list[str] = Field(description="A date after these is never the document's.")
    exclude_labels: list[str] = Field(description="A date after these is a last resort.")
    signature_labels: list[str] = Field(
        description="A date after these (signed, dictated, transcribed) is the document's "
        "own when nothing at its top dates it; looked for on every page of the document."
    )
    header_line: HeaderLineRules

    _check = field_validator("labels", "never_labels", "exclude_labels", "signature_labels")(
        _check_regexes
    )


RequestField = Literal["request_date", "procedure_codes", "member_id", "side", "procedure"]
SideValue = Literal["left", "right", "bilateral"]


class RequestFieldSpec(_Spec):
    field: RequestField
    labels: list[str] = Field(min_length=1)

    _check = field_validator("labels")(_check_regexes)


class RequestFieldRules(_Spec):
    version: str
    description: str = ""
    fields: list[RequestFieldSpec]
    procedure_code_pattern: str
    member_id_pattern: str
    cpt_procedures: dict[str, Procedure]
    side_words: dict[str, SideValue]
    approach_words: dict[Procedure, list[str]] = Field(
        description="Words naming each procedure in a ticked option ('open', 'percutaneous')."
    )
    procedure_words: list[str] = Field(
        min_length=1,
        description="Words that make a ticked option's line about the fusion ('fusion', "
        "'approach'), so a ticked 'open' elsewhere on the form is not read as one.",
    )

    prior_request_words: list[str] = Field(
        default_factory=list,
        description="Words that make a code on the form an earlier request's ('denied', "
        "'previous request', 'ref #'), named for reference and never the request itself.",
    )
    code_table_rows: int = Field(
        default=6,
        ge=1,
        description="How many lines under a code column's header ('CPT/HCPCS  Description') "
        "are read as its rows, each row's code at the start of its line.",
    )

    _check_words = field_validator("procedure_words", "prior_request_words")(_check_regexes)


class IngestLimits(_Spec):
    """Bounds on what one packet may cost (``resources/limits.json``)."""

    version: str
    description: str = ""
    max_pages_per_packet: int = Field(ge=1, description="Pages over all files of a packet.")
    max_file_bytes: int = Field(ge=1, description="Size of one PDF file.")
    max_chars_per_page: int = Field(ge=1, description="Characters on one page's text layer.")
    max_stream_inflated_bytes: int = Field(
        ge=1, description="Inflated size of one compressed stream other than an image."
    )
    max_inflated_bytes: int = Field(
        ge=1, description="Inflated size of a file's compressed streams other than images."
    )
    max_ocr_pixels: int = Field(ge=1, description="Pixels of one page rendered for OCR.")
    max_ruling_intersections: int = Field(
        ge=1,
        description="Crossings of ruling lines on a page above which its tables are not "
        "rebuilt (cell finding grows much faster than the crossings; a real table has "
        "a few hundred).",
    )
    min_ocr_dpi: int = Field(
        ge=1, description="A page that fits max_ocr_pixels only below this is not OCR'd."
    )


def _load(name: str) -> dict:
    path = resources.files("pipeline.ingest.resources").joinpath(name)
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def document_type_rules() -> DocumentTypeRules:
    return DocumentTypeRules.model_validate(_load("document_types.json"))


@cache
def furniture_rules() -> FurnitureRules:
    return FurnitureRules.model_validate(_load("page_furniture.json"))


@cache
def date_label_rules() -> DateLabelRules:
    return DateLabelRules.model_validate(_load("date_labels.json"))


@cache
def request_field_rules() -> RequestFieldRules:
    return RequestFieldRules.model_validate(_load("request_fields.json"))


@cache
def ingest_limits() -> IngestLimits:
    return IngestLimits.model_validate(_load("limits.json"))


def alternation(patterns: list[str]) -> str:
    """One regex alternative group of several patterns (each kept as written)."""
    return "|".join(f"(?:{p})" for p in patterns)


def compile_any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(alternation(patterns), _FLAGS)
