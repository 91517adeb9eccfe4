"""Build one labelled record in memory, check it, then write it to ``sample_records/``.

Nothing is written until every check passed, so a broken scenario never leaves a
half-updated record behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from pipeline.models import PROVENANCE_FIELDS
from tools.samples.render import render_file, to_latin1
from tools.samples.scenario import Scenario
from tools.samples.validate import check_request_date, check_snippets, validate_labels

_FACT_GOLD_EXCLUDE = {"id", "evidence", "context"}
FAX_TWIN_SUFFIX = "-fax"


def _gold_fact(fact: BaseModel) -> dict:
    """A gold fact as labels.json lists it: no id, evidence or context, and provenance
    (where a fact was read) only when the scenario states it."""
    data = fact.model_dump(mode="json", exclude=_FACT_GOLD_EXCLUDE)
    for name in PROVENANCE_FIELDS:
        if data.get(name, "absent") is None:
            del data[name]
    return data


@dataclass(frozen=True)
class BuiltRecord:
    """A rendered packet: PDF bytes per file name, and the JSON files beside them."""

    scenario: Scenario
    pdfs: dict[str, bytes]
    labels_json: str
    packet_json: str | None


def _sanitize_snippets(labels: dict) -> dict:
    """Snippets folded to latin-1 like the rendered text, so they match the PDF."""
    criteria = {
        cid: {**c, "evidence": [to_latin1(s) for s in c.get("evidence") or []]}
        for cid, c in (labels.get("criteria") or {}).items()
    }
    return {**labels, "criteria": criteria}


def build_record(scenario: Scenario) -> BuiltRecord:
    """Render every file and validate the labels against the rendered text."""
    pdfs: dict[str, bytes] = {}
    for spec in scenario.files:
        try:
            pdfs[spec.name] = render_file(spec)
        except ValueError as exc:
            raise ValueError(f"{scenario.id}: {spec.name}: {exc}") from exc
    labels = validate_labels(scenario.id, _sanitize_snippets(scenario.labels))
    check_request_date(scenario.id, labels, scenario.packet_json)
    check_snippets(scenario.id, labels, pdfs)
    payload = labels.model_dump(mode="json", exclude={"facts"})
    payload["facts"] = [_gold_fact(f) for f in labels.facts]
    labels_json = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    packet_json = None
    if scenario.packet_json is not None:
        packet_json = json.dumps(scenario.packet_json, indent=2) + "\n"
    return BuiltRecord(scenario, pdfs, labels_json, packet_json)


def fax_twin_id(scenario_id: str) -> str:
    return f"{scenario_id}{FAX_TWIN_SUFFIX}"


def write_fax_twin(sid: str, pdf_path: Path, labels_json: str, out_dir: Path) -> list[Path]:
    """The faxed twin of a file packet: image-only pages, identical labels."""
    from tools.make_scanned import scan_pdf

    twin = out_dir / f"{fax_twin_id(sid)}.pdf"
    scan_pdf(pdf_path, twin, sid)
    twin_labels = out_dir / f"{fax_twin_id(sid)}.labels.json"
    twin_labels.write_text(labels_json, encoding="utf-8")
    return [twin, twin_labels]


def write_record(record: BuiltRecord, out_dir: Path) -> list[Path]:
    """Write a built record (file or folder layout); returns the paths written."""
    sid = record.scenario.id
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if record.scenario.layout == "file":
        pdf_path = out_dir / f"{sid}.pdf"
        pdf_path.write_bytes(record.pdfs[f"{sid}.pdf"])
        labels_path = out_dir / f"{sid}.labels.json"
        labels_path.write_text(record.labels_json, encoding="utf-8")
        written = [pdf_path, labels_path]
        if record.scenario.fax_twin:
            written += write_fax_twin(sid, pdf_path, record.labels_json, out_dir)
        return written
    folder = out_dir / sid
    folder.mkdir(exist_ok=True)
    for stale in [*folder.glob("*.pdf"), folder / "packet.json"]:
        if stale.exists() and stale.name not in record.pdfs:
            stale.unlink()
    for name, data in record.pdfs.items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    (folder / "labels.json").write_text(record.labels_json, encoding="utf-8")
    written.append(folder / "labels.json")
    if record.packet_json is not None:
        (folder / "packet.json").write_text(record.packet_json, encoding="utf-8")
        written.append(folder / "packet.json")
    return written
