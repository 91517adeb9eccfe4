"""Render determination + packet into report.html, and an output folder into index.html."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.models import Determination, DeterminationValue, Document, Packet, Status
from pipeline.outputs import versions_of, write_atomic
from pipeline.report.pages import render_pictures
from pipeline.report.timeline import render_timeline

RECOMMENDATIONS = {
    DeterminationValue.meets_criteria: "Eligible for approval",
    DeterminationValue.does_not_meet_criteria: "Refer to clinical reviewer: {n} criteria not met",
    DeterminationValue.insufficient_documentation: "Request additional documentation",
}
STATUS_LABELS = {Status.met: "Met", Status.not_met: "Not met", Status.insufficient: "Insufficient"}
PROCEDURE_CPT = {"percutaneous": "27279", "open": "27280"}


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css = resources.files("pipeline.report").joinpath("templates", "report.css")
    env.globals["css"] = css.read_text(encoding="utf-8")
    return env


_ENV = _environment()


def recommendation(determination: Determination) -> str:
    unmet = sum(1 for c in determination.criteria if c.status is Status.not_met)
    return RECOMMENDATIONS[determination.determination].format(n=unmet)


def _document_for(documents: tuple[Document, ...], page: int) -> Document | None:
    for document in documents:
        if document.first_page <= page <= document.last_page:
            return document
    return None


def render_report(
    determination: Determination,
    packet: Packet,
    packet_path: Path | None,
    *,
    processing_seconds: float | None = None,
) -> str:
    """The report's HTML (a string; no file written)."""
    pictures = render_pictures(determination, packet, packet_path)
    timeline_svg, covered = render_timeline(determination)
    criteria = []
    for criterion in determination.criteria:
        quotes = []
        for evidence in criterion.evidence:
            document = _document_for(determination.documents, evidence.page)
            quotes.append(
                {
                    "evidence": evidence,
                    "document_title": document.title if document else evidence.document,
                    "document_date": document.date if document else None,
                    "low_confidence": evidence.ocr_confidence is not None
                    and evidence.ocr_confidence < 60,
                }
            )
        criteria.append(
            {"result": criterion, "label": STATUS_LABELS[criterion.status], "quotes": quotes}
        )
    counts = Counter(c.status.value for c in determination.criteria)
    procedure = determination.procedure.value if determination.procedure else None
    # Only the code of the procedure reviewed: others the request lists are in a notice.
    codes = (PROCEDURE_CPT[procedure],) if procedure else ()
    return _ENV.get_template("report.html.j2").render(
        d=determination,
        request=packet.request,
        procedure=procedure,
        codes=codes,
        recommendation=recommendation(determination),
        criteria=criteria,
        counts=counts,
        pictures=pictures,
        timeline_svg=timeline_svg,
        covered=covered,
        insufficient=[c for c in determination.criteria if c.status is Status.insufficient],
        processing_seconds=processing_seconds,
    )


def write_report(
    determination: Determination,
    packet: Packet,
    path: Path,
    *,
    packet_path: Path | None = None,
    processing_seconds: float | None = None,
) -> Path:
    """Write report.html atomically (owner-only permissions).

    ``packet_path`` (the packet file or folder) lets the report picture the cited pages;
    without it the highlight boxes are drawn on blank pages.
    """
    html = render_report(determination, packet, packet_path, processing_seconds=processing_seconds)
    write_atomic(path, html.encode("utf-8"))
    return path


def render_index(out_dir: Path) -> str:
    """One row per packet folder holding a determination.json: its latest version, and
    how many versions (resubmissions under the same id) it has."""
    rows = []
    for determination_file in sorted(out_dir.glob("*/determination.json")):
        data = json.loads(determination_file.read_text(encoding="utf-8"))
        counts = Counter(c["status"] for c in data.get("criteria", []))
        rows.append(
            {
                "packet_id": data["packet_id"],
                "procedure": data.get("procedure") or "unknown",
                "request_date": data.get("request_date") or "",
                "determination": data["determination"],
                "counts": counts,
                "versions": len(versions_of(determination_file.parent)),
                "link": f"{determination_file.parent.name}/report.html",
            }
        )
    return _ENV.get_template("index.html.j2").render(rows=rows)


def write_index(out_dir: Path) -> Path:
    path = out_dir / "index.html"
    write_atomic(path, render_index(out_dir).encode("utf-8"))
    return path
