"""``sample_records/README.md``: the catalogue of labelled packets, generated from scenarios."""

from __future__ import annotations

from tools.samples.scenario import Scenario

_INTRO = """# Sample records

Labelled prior-authorization packets (CONTRACT section 3). **Generated** by
`python -m tools.make_samples` from the scenarios in `{source}`
(format: `tools/samples/README.md`); do not edit the PDFs, labels or this file by hand.
All patients, clinicians, clinics and identifiers are fictitious.

| packet | layout | procedure | request date | determination | summary |
|---|---|---|---|---|---|
"""


_CONVENTIONS = """
## Annotation conventions

Gold facts follow `docs/facts.md`. Where the guide leaves a choice, every packet uses the
readings below (decided in the label audit; a packet's `notes` only records what is
specific to it).

- **Dates.** Injections take the injection date, imaging the study date, therapy its
  start/end. Every other fact takes the date of the document it is read in (visit, report
  or letter date; an entry of a procedure log takes the entry date), even when the sentence
  recalls an earlier visit ("Initial evaluation 10/14/2024: ... 8/10" in a 04/28/2025
  discharge summary is dated 2025-04-28).
- **Diagnoses.** One fact per code, dated by the first document in packet order (files by
  name, then documents) that states it; fax covers and request forms count. "SI joint
  dysfunction/syndrome" and M53.3 give `sij_syndrome`; "SI joint pain" is a symptom
  (`pain_location`) even in an assessment or a PT "Diagnosis:" line. Radiculopathy or
  sciatica is a diagnosis only where it is named as one (assessment, impression, problem
  list, diagnosis field, a note relaying a test result); in a symptom description it is
  `pain_radiation` `radicular`. `neural_compression` as a diagnosis needs a note's
  assessment to state root compression or impingement. Imaging reports (findings,
  impressions and their clinical-history lines) give no diagnosis facts.
- **Indication lines.** The indication / clinical-history / referral line of a procedure,
  imaging or EMG report is a statement about the patient: a symptom named there gives
  `pain_location` / `pain_radiation`, dated by that report.
- **Side.** The laterality the text attaches to that finding: its own words, a side column
  or heading of a table, or a leading "On the left," that scopes the sentence; otherwise
  null ("distraction negative", "lumbar spine nontender"). Imaging side comes from the
  exam title only.
- **Provocative tests.** A named test "deferred" / "not performed" is `not_performed`; a
  generic "SIJ provocation tests deferred" names no test and gives no fact.
- **Pain scores.** Every stated score is a fact (also "8/10 at its worst"); a procedure
  note's pre-procedure score is `baseline`; diary rows are never scores.
- **Imaging findings.** A field is false only when the report addresses it: "negative for
  fracture" alone leaves `destructive_lesion` null (a fracture is not a destructive lesion;
  tumor and infection are); "no erosions" sets `inflammatory_arthropathy` false;
  `neural_compression` only on lumbar CT/MRI. Ordered or scheduled studies and sites "not
  examined" give no fact.
- **Injections.** Relief stated in prose beats the diary; a skin wheal is not the
  injectate; contrast is null when not mentioned; relief over days or weeks is only
  `later_course`.
- **Therapy.** An ongoing episode ("since", "continues", a current medication or modality
  list) ends on the stating document's date. A modality used at one dated visit (an SI belt
  at a PT visit) is a one-day episode. A HEP with no stated end has `end` null and, with no
  follow-up, `hep_followup` null; a follow-up visit that reviews it sets `hep_followup`
  true. `tens_details` is false when any of use, frequency, duration, start is missing.
  Drugs not taken for the pain (methotrexate, adalimumab, alendronate, antibiotics) and
  planned trials are not therapy.
- **Inability.** Each document that states it gives a fact dated by that document;
  stopping or declining without a reason is `noncompliance`.
- **Context.** Family history, rule-out / "if confirmed", resolved history, plans, orders
  and negations are not gold; "concerning for" (uncertain) still is.
"""


def _cell(text: object) -> str:
    return str(text if text is not None else "-").replace("|", "/").replace("\n", " ")


def render_readme(scenarios: list[Scenario], source: str = "tools/samples/scenarios/") -> str:
    """A table of every packet, then per packet what it tests and its non-met criteria.

    ``source`` names the scenario folder the catalogue was generated from.
    """
    lines = [_INTRO.replace("{source}", source).rstrip("\n")]
    for s in scenarios:
        lab = s.labels
        lines.append(
            f"| {s.id} | {s.layout} | {_cell(lab.get('procedure'))} | "
            f"{_cell(lab.get('request_date'))} | {_cell(lab.get('determination'))} | "
            f"{_cell(s.summary)} |"
        )
        if s.fax_twin:
            lines.append(
                f"| {s.id}-fax | file (image only) | {_cell(lab.get('procedure'))} | "
                f"{_cell(lab.get('request_date'))} | {_cell(lab.get('determination'))} | "
                f"Faxed twin of {s.id}: every page rasterized at 200 dpi, tilted 0.5-1.5 "
                "degrees, noisy, bilevel; read only through OCR. Same labels. |"
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
    lines.append(_CONVENTIONS.rstrip("\n"))
    return "\n".join(lines) + "\n"
