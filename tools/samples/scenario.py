"""The scenario file: one YAML per labelled packet (format in ``tools/samples/README.md``).

A scenario describes a packet as the documents a clinic would fax (blocks of text,
tables, two-column regions) plus the gold answer. Validating it with models that forbid
unknown keys catches a misspelt block type before anything is rendered.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

SCENARIO_DIR = Path(str(resources.files("tools.samples"))) / "scenarios"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TableSpec(_Strict):
    """A bordered table; the first row (``columns``) is the heading row."""

    columns: list[str]
    rows: list[list[str]]
    widths: list[float] | None = Field(default=None, description="Relative column widths.")
    font_size: float | None = None

    @model_validator(mode="after")
    def _rectangular(self) -> TableSpec:
        n = len(self.columns)
        if any(len(row) != n for row in self.rows):
            raise ValueError("every table row needs one cell per column")
        if self.widths is not None and len(self.widths) != n:
            raise ValueError("table widths need one entry per column")
        return self


BLOCK_KINDS = (
    "title",
    "subtitle",
    "kv",
    "heading",
    "para",
    "bullets",
    "table",
    "columns",
    "page_break",
    "small",
    "rule",
    "spacer",
)


class Block(_Strict):
    """Exactly one of the fields is set; it names what the block draws."""

    title: str | None = None
    subtitle: str | None = None
    kv: list[tuple[str, str]] | None = None
    heading: str | None = None
    para: str | None = None
    bullets: list[str] | None = None
    table: TableSpec | None = None
    columns: list[list[Block]] | None = None
    page_break: bool | None = None
    small: str | None = Field(default=None, description="Small print (disclaimers, signatures).")
    rule: bool | None = Field(default=None, description="A horizontal line across the text area.")
    spacer: float | None = Field(default=None, description="Vertical space in mm.")

    @model_validator(mode="after")
    def _exactly_one(self) -> Block:
        set_fields = [k for k in BLOCK_KINDS if getattr(self, k) is not None]
        if len(set_fields) != 1:
            raise ValueError(f"a block sets exactly one of {BLOCK_KINDS}, got {set_fields}")
        if self.columns is not None and len(self.columns) != 2:
            raise ValueError("a columns block has exactly two columns")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in BLOCK_KINDS if getattr(self, k) is not None)


Font = Literal["helvetica", "times", "courier"]


class DocumentSpec(_Strict):
    """One logical document (starts on a new page); may override the file's font/header."""

    blocks: list[Block]
    font: Font | None = None
    font_size: float | None = None
    header: str | None = None


class FileSpec(_Strict):
    """One PDF file of the packet."""

    name: str
    font: Font = "helvetica"
    font_size: float = 10
    header: str = ""
    footer: str = "Page {page} of {pages}"
    fax_banner: str | None = None
    documents: list[DocumentSpec]

    @model_validator(mode="after")
    def _pdf_name(self) -> FileSpec:
        if not self.name.lower().endswith(".pdf") or "/" in self.name:
            raise ValueError("file names are bare '*.pdf' names")
        return self


class Scenario(_Strict):
    """A labelled packet: its files, request metadata and gold labels (validated later)."""

    id: str
    layout: Literal["file", "folder"]
    packet_json: dict[str, Any] | None = None
    summary: str
    tests: list[str] = []
    files: list[FileSpec]
    labels: dict[str, Any]
    fax_twin: bool = Field(
        default=False,
        description="Also write <id>-fax.pdf: every page rasterized, tilted and noisy "
        "(tools.make_scanned), with the same labels; OCR must reproduce the determination.",
    )

    @model_validator(mode="after")
    def _layout_matches_files(self) -> Scenario:
        if self.fax_twin and self.layout != "file":
            raise ValueError("fax_twin needs the file layout")
        if self.layout == "file":
            if len(self.files) != 1 or self.files[0].name != f"{self.id}.pdf":
                raise ValueError(f"a file packet has exactly one file named {self.id}.pdf")
            if self.packet_json is not None:
                raise ValueError("packet_json needs the folder layout")
        names = [f.name for f in self.files]
        if len(set(names)) != len(names):
            raise ValueError("file names repeat")
        return self


def scenario_paths(ids: list[str] | None = None, directory: Path = SCENARIO_DIR) -> list[Path]:
    """The scenario files in ``directory``, sorted by id; only ``ids`` when given.

    Unknown ids fail.
    """
    paths = sorted(Path(directory).glob("*.yaml"))
    if not ids:
        return paths
    by_id = {p.stem: p for p in paths}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise SystemExit(f"no scenario for: {', '.join(missing)}")
    return [by_id[i] for i in ids]


def load_scenario(path: Path) -> Scenario:
    """Parse and validate one scenario; the error names the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        scenario = Scenario.model_validate(data)
    except Exception as exc:  # yaml or pydantic: name the file, keep the reason
        raise ValueError(f"{path.name}: invalid scenario: {exc}") from exc
    if scenario.id != path.stem:
        raise ValueError(f"{path.name}: id {scenario.id!r} differs from the file name")
    return scenario
