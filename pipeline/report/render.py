"""Render determination + packet into report.html (and its view, report.json), and an
output folder into index.html."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.models import Determination, Packet, Status
from pipeline.outputs import versions_of, write_atomic
from pipeline.report.pages import render_pictures
from pipeline.report.timeline import render_timeline
from pipeline.report.view import ReportView, build_view
from pipeline.wording import (
    count_phrase,
    criterion_name,
    determination_label,
    determination_tone,
    headline,
    request_source,
    status_label,
)

PROCEDURE_CPT = {"percutaneous": "27279", "open": "27280"}
VIEW_FILE = "report.json"
"""Beside report.html: the report's view (summary, groups, quotes in context) that the
review app shows beside its forms. Holds document text: written owner-only."""


def environment() -> Environment:
    """The report's templates with autoescaping everywhere (document text is hostile
    until proven otherwise); the review app extends this environment."""
    env = Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css = resources.files("pipeline.report").joinpath("templates", "report.css")
    env.globals["css"] = css.read_text(encoding="utf-8")
    env.globals["status_labels"] = {status.value: status_label(status) for status in Status}
    return env


_ENV = environment()


def recommendation(determination: Determination) -> str:
    """The banner: the determination in the reviewer's words, naming the criteria behind
    it (the not-met ones, or the insufficient ones)."""
    return build_view(determination, None).headline


def counts_text(statuses: Counter[str]) -> str:
    return " · ".join(count_phrase(statuses.get(s.value, 0), s) for s in Status)


def render_report(
    determination: Determination,
    packet: Packet,
    packet_path: Path | None,
    *,
    processing_seconds: float | None = None,
    view: ReportView | None = None,
) -> str:
    """The report's HTML (a string; no file written)."""
    view = view or build_view(determination, packet)
    pictures = render_pictures(view.marks, packet, packet_path)
    timeline_svg, covered = render_timeline(determination)
    counts = Counter(c.status.value for c in determination.criteria)
    procedure = determination.procedure.value if determination.procedure else None
    # Only the code of the procedure reviewed: others the request lists are in a notice.
    codes = (PROCEDURE_CPT[procedure],) if procedure else ()
    return _ENV.get_template("report.html.j2").render(
        d=determination,
        view=view,
        request=packet.request,
        request_source=request_source(packet.request.request_date_source),
        procedure=procedure,
        codes=codes,
        counts_text=counts_text(counts),
        notices=determination.notices,
        pictures=pictures,
        timeline_svg=timeline_svg,
        covered=covered,
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
    """Write report.html and report.json beside it, atomically (owner-only permissions).

    ``packet_path`` (the packet file or folder) lets the report picture the cited pages;
    without it the highlight boxes are drawn on blank pages.
    """
    view = build_view(determination, packet, packet_path)
    html = render_report(
        determination, packet, packet_path, processing_seconds=processing_seconds, view=view
    )
    write_atomic(path.with_name(VIEW_FILE), view.model_dump_json(indent=1).encode("utf-8"))
    write_atomic(path, html.encode("utf-8"))
    return path


def read_view(folder: Path) -> ReportView | None:
    """The saved view of a packet's report; None when absent (outputs written before
    report.json existed) or unreadable."""
    try:
        return ReportView.model_validate_json((folder / VIEW_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def index_row(data: dict, link: str) -> dict:
    """One packet of the index, in the reviewer's words, from its determination.json."""
    criteria = data.get("criteria", [])
    counts = Counter(c["status"] for c in criteria)
    value = data["determination"]
    behind = "not_met" if counts.get("not_met") else "insufficient"
    return {
        "packet_id": data["packet_id"],
        "procedure": data.get("procedure") or "unknown",
        "request_date": data.get("request_date") or "",
        "determination": value,
        "label": determination_label(value),
        "tone": determination_tone(value),
        "headline": headline(
            value, [criterion_name(c["id"]) for c in criteria if c["status"] == behind]
        ),
        "counts": counts,
        "needs": [
            f"{criterion_name(c['id'])} ({status_label(c['status']).lower()})"
            for status in ("not_met", "insufficient")
            for c in criteria
            if c["status"] == status
        ],
        "link": link,
    }


def render_index(out_dir: Path) -> str:
    """One row per packet folder holding a determination.json: its latest version, and
    how many versions (resubmissions under the same id) it has."""
    rows = []
    for determination_file in sorted(out_dir.glob("*/determination.json")):
        data = json.loads(determination_file.read_text(encoding="utf-8"))
        row = index_row(data, f"{determination_file.parent.name}/report.html")
        rows.append(row | {"versions": len(versions_of(determination_file.parent))})
    return _ENV.get_template("index.html.j2").render(rows=rows)


def write_index(out_dir: Path) -> Path:
    path = out_dir / "index.html"
    write_atomic(path, render_index(out_dir).encode("utf-8"))
    return path
