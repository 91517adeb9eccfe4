"""The conservative-therapy and injection timeline against the 12-month window, as SVG.

Drawn server-side as inline SVG so the report needs no script and prints as vectors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from pipeline.models import Determination, Injection, TherapyEpisode
from policy.dates import clip, covered_days, window

WIDTH, LEFT, RIGHT = 760, 150, 20
TOP = 30
LANE_HEIGHT, BAR_HEIGHT, ROW_GAP = 16, 12, 12
"""Each therapy episode has a lane of its own, so no bar or label covers another."""
CHAR_WIDTH = 5.6
"""Approximate width of one character of a bar label (10 px sans-serif)."""
NOT_STATED = "n/s"
"""Shown under an injection whose note states no relief percentage (see the legend)."""
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
    lanes = {row: max(1, sum(b.row == row for b in bars)) for row in rows[:2]}
    lanes["Injections"] = 2  # relief labels alternate above and below their dots
    tops, y = {}, TOP
    for row in rows:
        tops[row] = y
        y += lanes[row] * LANE_HEIGHT + ROW_GAP
    height = y + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="Conservative therapy and injection timeline">',
        f'<rect x="{x(window_start):.1f}" y="{TOP - 12}" width="{x(request) - x(window_start):.1f}"'
        f' height="{y - TOP + 12}" class="window"/>',
        f'<text x="{x(window_start):.1f}" y="{TOP - 16}" class="axis">12-month window from '
        f"{window_start.isoformat()}</text>",
        f'<text x="{x(request):.1f}" y="{height - 6}" class="axis" text-anchor="end">request '
        f"{request.isoformat()}</text>",
        f'<text x="{LEFT:.1f}" y="{height - 6}" class="axis">{earliest.isoformat()}</text>',
    ]
    for row in rows[:2]:
        top = tops[row]
        parts.append(
            f'<text x="4" y="{top + 12}" class="row">{escape(row)}</text>'
            f'<text x="4" y="{top + 25}" class="axis">{covered[row]} months in window</text>'
        )
        for lane, bar in enumerate(b for b in bars if b.row == row):
            x0, x1 = x(bar.start), max(x(bar.end), x(bar.start) + 3)
            bar_y = top + lane * LANE_HEIGHT + 2
            kind = "active" if row == "Active therapy" else "inactive"
            parts.append(
                f'<rect x="{x0:.1f}" y="{bar_y}" width="{x1 - x0:.1f}" height="{BAR_HEIGHT}" '
                f'class="bar {kind}"><title>{escape(bar.label)}: {bar.start} to {bar.end}'
                "</title></rect>"
            )
            parts.append(_bar_label(bar, x0, x1, bar_y))
    top = tops["Injections"]
    parts.append(f'<text x="4" y="{top + 16}" class="row">SIJ injections</text>')
    previous_x: float | None = None
    below = False
    for injection in sorted(injections, key=lambda i: i.date):
        percent = injection.relief_percent
        relief = f"{percent:.0f}%" if percent is not None else NOT_STATED
        cx = x(injection.date)
        # Neighbours closer than a label's width take turns above and below the dot.
        below = (not below) if previous_x is not None and cx - previous_x < 34 else False
        previous_x = cx
        dot_y = top + LANE_HEIGHT
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{dot_y}" r="5" class="injection">'
            f"<title>{injection.date} {escape(injection.joint)} injection, relief "
            f"{relief if percent is not None else 'not stated'}</title></circle>"
        )
        label_y = dot_y + 17 if below else dot_y - 8
        parts.append(
            f'<text x="{cx:.1f}" y="{label_y}" class="barlabel" text-anchor="middle">'
            f"{relief}</text>"
        )
    parts.append("</svg>")
    return "".join(parts), covered


def _bar_label(bar: Bar, x0: float, x1: float, bar_y: float) -> str:
    """The modality's name where it does not cover another mark: inside a bar long
    enough to hold it, else after its end, else before its start."""
    width = len(bar.label) * CHAR_WIDTH
    text_y = bar_y + BAR_HEIGHT - 2
    if x1 - x0 >= width + 6:
        return (
            f'<text x="{x0 + 3:.1f}" y="{text_y}" class="barlabel inside">'
            f"{escape(bar.label)}</text>"
        )
    if x1 + 4 + width <= WIDTH:
        return f'<text x="{x1 + 4:.1f}" y="{text_y}" class="barlabel">{escape(bar.label)}</text>'
    return (
        f'<text x="{x0 - 4:.1f}" y="{text_y}" class="barlabel" text-anchor="end">'
        f"{escape(bar.label)}</text>"
    )
