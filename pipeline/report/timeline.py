"""The conservative-therapy and injection timeline against the 12-month window, as SVG.

Drawn server-side as inline SVG so the report needs no script and prints as vectors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from pipeline.models import Determination, Injection, TherapyEpisode
from policy.dates import clip, covered_days, window

WIDTH, LEFT, RIGHT = 760, 120, 20
ROW_HEIGHT, TOP = 34, 30
AVERAGE_MONTH_DAYS = 30.44
WINDOW_MONTHS = 12
"""The policy's conservative-therapy look-back (MP-MM-1366 I.B.4), drawn on the axis."""


@dataclass(frozen=True)
class Bar:
    row: str
    label: str
    start: dt.date
    end: dt.date


def therapy_bars(determination: Determination) -> list[Bar]:
    bars = []
    for fact in determination.facts:
        if isinstance(fact, TherapyEpisode) and fact.context.is_current_affirmed and fact.start:
            end = fact.end or fact.start
            row = "Active therapy" if fact.category == "active" else "Inactive therapy"
            bars.append(Bar(row, fact.modality.replace("_", " "), fact.start, end))
    return bars


def render_timeline(determination: Determination) -> tuple[str, dict[str, float]]:
    """The SVG markup and the covered months per category inside the window."""
    request = determination.request_date
    if request is None:
        return "", {}
    window_start, _ = window(request, WINDOW_MONTHS)
    bars = therapy_bars(determination)
    injections = [
        f
        for f in determination.facts
        if isinstance(f, Injection) and f.context.is_current_affirmed and f.date
    ]
    covered = {
        row: round(
            covered_days(
                clipped
                for b in bars
                if b.row == row
                and (clipped := clip((b.start, b.end), (window_start, request))) is not None
            )
            / AVERAGE_MONTH_DAYS,
            1,
        )
        for row in ("Active therapy", "Inactive therapy")
    }
    earliest = min([window_start] + [b.start for b in bars] + [i.date for i in injections])
    span_days = max((request - earliest).days, 1)

    def x(day: dt.date) -> float:
        clamped = min(max(day, earliest), request)
        return LEFT + (WIDTH - LEFT - RIGHT) * (clamped - earliest).days / span_days

    rows = ["Active therapy", "Inactive therapy", "Injections"]
    height = TOP + ROW_HEIGHT * len(rows) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="Conservative therapy and injection timeline">',
        f'<rect x="{x(window_start):.1f}" y="{TOP - 12}" width="{x(request) - x(window_start):.1f}"'
        f' height="{ROW_HEIGHT * len(rows) + 12}" class="window"/>',
        f'<text x="{x(window_start):.1f}" y="{TOP - 16}" class="axis">12-month window from '
        f"{window_start.isoformat()}</text>",
        f'<text x="{x(request):.1f}" y="{height - 6}" class="axis" text-anchor="end">request '
        f"{request.isoformat()}</text>",
        f'<text x="{LEFT:.1f}" y="{height - 6}" class="axis">{earliest.isoformat()}</text>',
    ]
    for index, row in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        suffix = f" ({covered[row]} mo)" if row in covered else ""
        parts.append(f'<text x="4" y="{y + 18}" class="row">{escape(row + suffix)}</text>')
        for offset, bar in enumerate(b for b in bars if b.row == row):
            x0, x1 = x(bar.start), max(x(bar.end), x(bar.start) + 3)
            bar_y = y + 4 + (offset % 2) * 12
            parts.append(
                f'<rect x="{x0:.1f}" y="{bar_y}" width="{x1 - x0:.1f}" height="10" '
                f'class="bar {"active" if index == 0 else "inactive"}">'
                f"<title>{escape(bar.label)}: {bar.start} to {bar.end}</title></rect>"
            )
            parts.append(
                f'<text x="{x0 + 2:.1f}" y="{bar_y + 8}" class="barlabel">'
                f"{escape(bar.label)}</text>"
            )
        if row == "Injections":
            for injection in injections:
                percent = injection.relief_percent
                relief = f"{percent:.0f}%" if percent is not None else "?"
                cx = x(injection.date)
                parts.append(
                    f'<circle cx="{cx:.1f}" cy="{y + 12}" r="5" class="injection">'
                    f"<title>{injection.date} {escape(injection.joint)} injection, relief "
                    f"{relief}</title></circle>"
                )
                parts.append(
                    f'<text x="{cx:.1f}" y="{y + 30}" class="barlabel" text-anchor="middle">'
                    f"{relief}</text>"
                )
    parts.append("</svg>")
    return "".join(parts), covered
