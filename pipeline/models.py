"""The data model at every boundary of authreview.

Everything that crosses a module boundary (ingestion -> NLP -> policy -> outputs) is one
of these frozen pydantic models, so a value can never be changed after the fact and every
fact keeps the evidence it was read from. Boxes are always ``(x0, top, x1, bottom)`` in
PDF points with a top-left origin, as pdfplumber reports them.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

BBox = tuple[float, float, float, float]
"""A box ``(x0, top, x1, bottom)`` in PDF points, origin at the page's top-left."""


class Frozen(BaseModel):
    """Base for boundary models: immutable and strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- evidence


class Evidence(Frozen):
    """Where a fact was read: a character range of one packet page and its box."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    document: str = Field(description="Source file name of the page (e.g. 'office_note.pdf').")
    page: int = Field(ge=1, description="1-based page number within the packet.")
    start: int = Field(ge=0, description="Start offset into the page's extracted text.")
    end: int = Field(ge=0, description="End offset (exclusive) into the page's extracted text.")
    bbox: BBox
    text: str = Field(description="The cited text itself.")
    rule_id: str = Field(default="", description="Id of the rule that found this span.")
    ocr_confidence: float | None = Field(
        default=None, description="Mean OCR word confidence (0-100) when the page was OCR'd."
    )

    @model_validator(mode="after")
    def _cites_something(self) -> Evidence:
        """A citation a reviewer can find: a non-empty range, some text, a real box.

        The messages never quote the text (it is patient text)."""
        if self.end <= self.start:
            raise ValueError("evidence must cite a non-empty range (end > start)")
        if not self.text.strip():
            raise ValueError("evidence must cite some text, not only white space")
        x0, top, x1, bottom = self.bbox
        if not (x0 <= x1 and top <= bottom):
            raise ValueError(
                "evidence box must be (x0, top, x1, bottom) with x0 <= x1, top <= bottom"
            )
        return self


# --------------------------------------------------------------------------- ingestion


class DocumentType(StrEnum):
    fax_cover = "fax_cover"
    request_form = "request_form"
    office_note = "office_note"
    pt_note = "pt_note"
    procedure_note = "procedure_note"
    imaging_report = "imaging_report"
    medication_list = "medication_list"
    letter = "letter"
    other = "other"


CELL_SEPARATOR = " | "
"""Between the cells of a table row where ingest writes the row into ``Page.text``."""


class TableCell(Frozen):
    text: str
    bbox: BBox


class Table(Frozen):
    """A table found on a page; rows of cells, the first row usually the header."""

    bbox: BBox
    rows: tuple[tuple[TableCell | None, ...], ...]


class Page(Frozen):
    """One page of a packet with its text and a box for every character.

    ``text`` is the page's extracted text in reading order. ``char_boxes`` packs one
    float32 box per character of ``text`` (see ``pipeline.charmap``); characters the
    extractor inserted (line breaks, spaces between words) carry NaN boxes. A packed
    array keeps a 200-page packet's map at ~16 bytes a character instead of ~150 for
    Python tuples. ``masked`` lists the ranges (headers, footers, fax banners) kept out
    of the NLP text: the NLP text is ``text`` with those ranges blanked, so offsets
    never shift.
    """

    number: int = Field(ge=1, description="1-based page number within the packet.")
    file: str
    file_page: int = Field(ge=1, description="1-based page number within its file.")
    width: float
    height: float
    text: str
    char_boxes: bytes = Field(repr=False)
    masked: tuple[tuple[int, int], ...] = ()
    tables: tuple[Table, ...] = ()
    has_text_layer: bool = True
    ocr: bool = False
    ocr_confidence: float | None = None
    ocr_engine: str = ""

    def bbox(self, start: int, end: int) -> BBox | None:
        """The union box of the characters in ``[start, end)``; None if none has a box."""
        from pipeline.charmap import union_bbox

        return union_bbox(self.char_boxes, start, end)

    def nlp_text(self) -> str:
        """The page text with headers, footers and banners blanked (offsets unchanged)."""
        chars = list(self.text)
        for start, end in self.masked:
            for i in range(start, min(end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


class Document(Frozen):
    """A logical document inside a packet (an office note, a PT note, ...)."""

    id: str
    type: DocumentType
    title: str
    date: dt.date | None
    file: str
    first_page: int
    last_page: int


class Procedure(StrEnum):
    percutaneous = "percutaneous"
    open = "open"


IdentityField = Literal["name", "dob", "member_id"]


class IdentityMention(Frozen):
    """A place where the packet names its patient (``pipeline.ingest.identity``)."""

    field: IdentityField
    value: str = Field(
        description="The compared form: a name's full words sorted, an ISO date, an id "
        "without spaces or dashes."
    )
    other_reading: str | None = Field(
        default=None,
        description="A date of birth's other ISO reading (day and month swapped) when "
        "its page shows day-first dates (so either convention may be meant).",
    )
    text: str = Field(description="The value as written.")
    document: str = Field(description="Source file name, or 'request' for packet.json.")
    page: int | None = Field(default=None, ge=1, description="1-based packet page.")
    start: int = Field(default=0, ge=0)
    end: int = Field(default=0, ge=0)
    rule_id: str
    ocr: bool = Field(default=False, description="Read by OCR from a scanned page.")


class Notice(Frozen):
    """Something about the packet as a whole that a reviewer reads before the criteria
    (the top of the report): what set the request date or the procedure when it was not
    simply stated once, documents naming different patients, parts of a packet folder
    left unread."""

    code: str = Field(description="Stable id of the kind of notice, e.g. 'patient.mismatch'.")
    message: str
    refers: bool = Field(
        default=False,
        description="True when this notice alone sends the packet to a clinician "
        "(determination 'insufficient_documentation', whatever the criteria say).",
    )


class RequestMetadata(Frozen):
    """The request as resolved per CONTRACT section 1, with where each value came from.

    ``pas_claim``: the Claim of a PAS request Bundle, which plays packet.json's part.
    """

    request_date: dt.date | None = None
    request_date_source: (
        Literal["packet.json", "pas_claim", "request_form", "newest_document"] | None
    ) = None
    procedure_codes: tuple[str, ...] = ()
    procedure: Procedure | None = None
    procedure_source: Literal["packet.json", "pas_claim", "cpt_code", "request_wording"] | None = (
        None
    )
    side: Literal["left", "right", "bilateral"] | None = None
    member_id: str | None = None
    policy: str | None = None
    notices: tuple[Notice, ...] = ()
    """What decided the request date or the procedure codes when sources disagreed or
    were missing (shown at the top of the report)."""


PACKET_FILE_SUFFIXES = (".pdf", ".tif", ".tiff")
"""Files that are packets (or files of a folder packet): PDFs, and the multi-page TIFFs
fax servers deliver (an addition to CONTRACT section 1)."""


class SourceFile(Frozen):
    """One file of a packet and whether it could be read."""

    name: str
    sha256: str
    pages: int = 0
    error: str | None = None


class Packet(Frozen):
    """A whole submission as read from disk, before any NLP."""

    id: str
    sha256: str
    files: tuple[SourceFile, ...]
    pages: tuple[Page, ...]
    documents: tuple[Document, ...]
    request: RequestMetadata
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- facts


class Context(Frozen):
    """medspaCy ConText attributes of the mention(s) behind a fact."""

    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False
    uncertain: bool = False

    @property
    def is_current_affirmed(self) -> bool:
        """Only affirmed, current findings about the patient count toward a criterion."""
        return not (self.negated or self.historical or self.hypothetical or self.family)


class FactBase(Frozen):
    """Fields every fact has. ``id`` and ``evidence`` are empty only in gold labels.

    ``source_type`` and ``source_date`` say where the fact was read (CONTRACT section 4:
    a study, an injection or a therapy course is read from the document that records it;
    a letter's account counts only where that document is absent). They are provenance,
    not part of what the fact says, so they never decide whether two facts are the same
    (``FACT_IDENTITY_EXCLUDED``). Extraction always sets them; gold labels may omit them.
    """

    id: str = ""
    date: dt.date | None = None
    context: Context = Context()
    evidence: tuple[Evidence, ...] = ()
    source_type: DocumentType | None = Field(
        default=None,
        description="Type of the document the fact was read from; for a fact several "
        "documents state, the record's (imaging report, procedure note, therapy note) when "
        "it is one of them. None only in gold labels and hand-made facts.",
    )
    source_date: dt.date | None = Field(
        default=None,
        description="Date of the latest document stating the fact (decides same-day ties "
        "between different values: the later document's counts).",
    )


Side = Literal["left", "right", "bilateral"]


class PainScore(FactBase):
    """A numeric pain rating, normalised to 0-10 (VAS mm / 10; a range by its upper bound)."""

    kind: Literal["pain_score"] = "pain_score"
    value: float = Field(ge=0, le=10)
    scale: Literal["nrs", "vas", "unspecified"] = "unspecified"
    timing: Literal["baseline", "post_procedure"] = "baseline"
    site: Literal["sij", "other"] = "sij"


class PainLocation(FactBase):
    """Where the pain is: over the posterior SIJ/buttock, caudal to L5, or elsewhere."""

    kind: Literal["pain_location"] = "pain_location"
    site: Literal["posterior_sij", "buttock", "lumbar", "groin", "hip", "other"]
    side: Side | None = None


class PainRadiation(FactBase):
    """Whether the pain radiates, and how far."""

    kind: Literal["pain_radiation"] = "pain_radiation"
    radiating: bool
    extent: Literal["none", "buttock", "thigh", "below_knee", "radicular"]


class Tenderness(FactBase):
    """Tenderness on palpation at a site; ``similar_severity`` for 'equally tender'."""

    kind: Literal["tenderness"] = "tenderness"
    site: Literal["posterior_sij", "greater_trochanter", "lumbar_spine", "coccyx", "other"]
    present: bool
    similar_severity: bool = False
    side: Side | None = None


class ProvocativeTest(FactBase):
    """A SIJ provocation test and its result."""

    kind: Literal["provocative_test"] = "provocative_test"
    test: Literal["thigh_thrust", "compression", "gaenslen", "distraction", "faber"]
    result: Literal["positive", "negative", "not_performed"]
    side: Side | None = None


class NonorganicSigns(FactBase):
    """Waddell (nonorganic) signs; positive as a primary driver counts against the request."""

    kind: Literal["nonorganic_signs"] = "nonorganic_signs"
    positive: bool
    count: int | None = None


class Injection(FactBase):
    """One injection event, assembled from the procedure note, diary and follow-up."""

    kind: Literal["injection"] = "injection"
    joint: Literal["sij", "facet", "epidural", "hip", "other"]
    side: Side | None = None
    guidance: Literal["fluoroscopy", "ct", "ultrasound", "landmark", "none", "unknown"] = "unknown"
    contrast: bool | None = None
    anesthetic: Literal["lidocaine", "bupivacaine", "ropivacaine"] | None = None
    corticosteroid: bool = False
    purpose: Literal["diagnostic", "therapeutic", "both", "unknown"] = "unknown"
    relief_percent: float | None = Field(default=None, ge=0, le=100)
    relief_duration_hours: float | None = Field(default=None, ge=0)
    later_course: Literal["returned", "lasting", "unknown"] = "unknown"


TherapyModality = Literal[
    "physical_therapy",
    "occupational_therapy",
    "chiropractic",
    "home_exercise",
    "rest",
    "ice",
    "heat",
    "device",
    "tens",
    "nsaid",
    "acetaminophen",
    "medication_other",
]
ACTIVE_MODALITIES: frozenset[str] = frozenset(
    {"physical_therapy", "occupational_therapy", "chiropractic", "home_exercise"}
)


class TherapyEpisode(FactBase):
    """A course of conservative therapy with its dates; ``date`` is unused, see start/end."""

    kind: Literal["therapy"] = "therapy"
    modality: TherapyModality
    start: dt.date | None = None
    end: dt.date | None = None
    hep_prescribed: bool | None = None
    hep_followup: bool | None = None
    tens_details: bool | None = Field(
        default=None, description="TENS use, frequency, duration and start all documented."
    )

    @property
    def category(self) -> Literal["active", "inactive"]:
        return "active" if self.modality in ACTIVE_MODALITIES else "inactive"


class TherapyInability(FactBase):
    """Why a therapy could not be completed; only physical reasons qualify."""

    kind: Literal["therapy_inability"] = "therapy_inability"
    modality: TherapyModality | None = None
    reason: Literal[
        "contraindication", "increased_pain", "intolerance", "noncompliance", "inconvenience"
    ]


class ImagingStudy(FactBase):
    """One imaging study and what it shows. A finding is None when not reported."""

    kind: Literal["imaging"] = "imaging"
    modality: Literal["xray", "ct", "mri"]
    region: Literal["sij", "pelvis", "hip", "lumbar"]
    side: Side | None = None
    destructive_lesion: bool | None = None
    inflammatory_arthropathy: bool | None = None
    hip_oa_grade: Literal["none", "mild", "moderate", "severe"] | None = None
    neural_compression: bool | None = None
    sij_pathology: bool | None = None
    findings_read: bool | None = Field(
        default=None,
        description="Whether the study's own findings were read: a finding (present, absent "
        "or a normal joint) was stated about it where it was read. False for a study only "
        "named ('lumbar MRI reviewed') or a report whose findings could not be read. None "
        "when not recorded (gold labels): then a stated finding shows they were read.",
    )


DiagnosisCode = Literal[
    "ankylosing_spondylitis",
    "rheumatoid_arthritis",
    "psoriatic_arthritis",
    "spondyloarthropathy",
    "fibromyalgia",
    "somatic_symptom_disorder",
    "widespread_pain",
    "sij_infection",
    "tumor",
    "sacral_tumor",
    "fracture",
    "pelvic_ring_fracture",
    "post_traumatic_sij_injury",
    "acute_traumatic_instability",
    "multisegmental_deformity_fusion",
    "failed_percutaneous_fusion",
    "failed_sij_fusion",
    "degenerative_sij",
    "sij_syndrome",
    "mechanical_low_back_pain",
    "radiculopathy",
    "neural_compression",
    "other_pain_source",
]


class Diagnosis(FactBase):
    """A diagnosis or indication mentioned in the packet, with its ConText status."""

    kind: Literal["diagnosis"] = "diagnosis"
    code: DiagnosisCode


class ProcedureRequest(FactBase):
    """The requested procedure as stated in the packet (CPT code or wording)."""

    kind: Literal["procedure_request"] = "procedure_request"
    procedure: Procedure
    cpt: str | None = None
    side: Side | None = None


Fact = Annotated[
    PainScore
    | PainLocation
    | PainRadiation
    | Tenderness
    | ProvocativeTest
    | NonorganicSigns
    | Injection
    | TherapyEpisode
    | TherapyInability
    | ImagingStudy
    | Diagnosis
    | ProcedureRequest,
    Field(discriminator="kind"),
]

PROVENANCE_FIELDS = frozenset({"source_type", "source_date", "findings_read"})
"""Where and how a fact was read, as opposed to what it says."""

FACT_IDENTITY_EXCLUDED = frozenset({"id", "evidence", "context"}) | PROVENANCE_FIELDS
"""Fields that do not decide whether two facts are the same (used by evaluation)."""


def fact_key(fact: BaseModel) -> tuple[tuple[str, object], ...]:
    """A hashable identity of a fact: its kind and values, without id, evidence, context
    or provenance."""
    data = fact.model_dump(mode="json", exclude=set(FACT_IDENTITY_EXCLUDED))
    return tuple(sorted(data.items()))


# --------------------------------------------------------------------------- outputs


class Status(StrEnum):
    met = "met"
    not_met = "not_met"
    insufficient = "insufficient"


class DeterminationValue(StrEnum):
    """A packet's recommendation (CONTRACT section 2). It follows from the criteria,
    except that a packet-level doubt (documents naming different patients:
    ``pipeline.integrity``) makes it ``insufficient_documentation`` whatever the criteria
    say, so such a packet is never recommended for approval."""

    meets_criteria = "meets_criteria"
    does_not_meet_criteria = "does_not_meet_criteria"
    insufficient_documentation = "insufficient_documentation"


class CriterionResult(Frozen):
    """One criterion's status, why, and the evidence behind it."""

    id: str
    status: Status
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    fact_ids: tuple[str, ...] = ()
    policy_section: str = ""
    description: str = ""
    request_documentation: str | None = Field(
        default=None, description="For an insufficient criterion: what to ask the provider for."
    )


class PolicyRef(Frozen):
    id: str
    effective: dt.date
    version: str = ""
    title: str = ""


class Evaluation(Frozen):
    """What the policy engine returns: a pure function of policy, facts and request."""

    policy: PolicyRef
    procedure: Procedure | None
    determination: DeterminationValue
    criteria: tuple[CriterionResult, ...]
    warnings: tuple[str, ...] = ()


class OcrPageConfidence(Frozen):
    """One OCR'd page of the packet and how sure the engine was of its words."""

    page: int = Field(ge=1, description="1-based page number within the packet.")
    document: str = Field(description="Source file name of the page.")
    file_page: int = Field(ge=1, description="1-based page number within its file.")
    confidence: float | None = Field(
        description="Mean OCR word confidence (0-100); null when no word was read."
    )
    engine: str = Field(default="", description="The OCR engine that read the page.")


class Determination(Frozen):
    """The contents of determination.json (CONTRACT section 2)."""

    packet_id: str
    packet_sha256: str
    policy: PolicyRef
    procedure: Procedure | None
    request_date: dt.date | None
    determination: DeterminationValue
    criteria_determination: DeterminationValue | None = Field(
        default=None,
        description="What the criteria alone give (CONTRACT section 2). Differs from "
        "'determination' only when a referring notice (e.g. documents naming different "
        "patients) makes the packet insufficient_documentation.",
    )
    criteria: tuple[CriterionResult, ...]
    facts: tuple[Fact, ...]
    documents: tuple[Document, ...] = ()
    identity: tuple[IdentityMention, ...] = Field(
        default=(),
        description="Where the packet names its patient (name, date of birth, member "
        "id), one entry per value and document; compared for the patient check.",
    )
    notices: tuple[Notice, ...] = Field(
        default=(),
        description="What a reviewer reads before the criteria (top of the report): how "
        "the request date and procedure were decided when sources disagreed or were "
        "missing, documents naming different patients, folder contents left unread.",
    )
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[OcrPageConfidence, ...] = Field(
        default=(),
        description="Every page read by OCR (no text layer) with its mean word confidence; "
        "evidence from a page below the low-confidence mark is flagged in the report.",
    )
    versions: dict[str, str]
    disclaimer: str = "authreview recommends; a clinician makes the coverage decision."
