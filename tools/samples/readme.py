"""``sample_records/README.md``: the catalogue of labelled packets, generated from scenarios."""

from __future__ import annotations

from tools.samples.scenario import Scenario

_INTRO = """# Sample records

Labelled prior-authorization packets (CONTRACT section 3). **Generated** by
`python -m tools.make_samples` from the scenarios in `tools/samples/scenarios/`
(format: `tools/samples/README.md`); do not edit the PDFs, labels or this file by hand.
All patients, clinicians, clinics and identifiers are fictitious.

| packet | layout | procedure | request date | determination | summary |
|---|---|---|---|---|---|
"""


def _cell(text: object) -> str:
    return str(text if text is not None else "-").replace("|", "/").replace("\n", " ")


def render_readme(scenarios: list[Scenario]) -> str:
    """A table of every packet, then per packet what it tests and its non-met criteria."""
    lines = [_INTRO.rstrip("\n")]
    for s in scenarios:
        lab = s.labels
        lines.append(
            f"| {s.id} | {s.layout} | {_cell(lab.get('procedure'))} | "
            f"{_cell(lab.get('request_date'))} | {_cell(lab.get('determination'))} | "
            f"{_cell(s.summary)} |"
        )
    lines.append("")
    lines.append("## What each packet tests")
    for s in scenarios:
        lines.append("")
        lines.append(f"### {s.id}")
        lines.append("")
        for test in s.tests:
            lines.append(f"- {_cell(test)}")
        criteria = s.labels.get("criteria") or {}
        off = [
            f"`{cid}` {c.get('status')}" for cid, c in criteria.items() if c.get("status") != "met"
        ]
        lines.append(f"- not met / insufficient: {', '.join(off) if off else 'none'}")
    return "\n".join(lines) + "\n"
