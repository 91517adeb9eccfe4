"""Renderer and validator behaviour on small in-memory scenarios (real fpdf2 + pdfplumber)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tools.samples.build import build_record
from tools.samples.readme import render_readme
from tools.samples.render import to_latin1
from tools.samples.scenario import Block, Scenario
from tools.samples.validate import SampleError, criteria_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pain \u2265 5/10", "pain >= 5/10"),
        ("\u201cnon-radiating\u201d", '"non-radiating"'),
        ("4\u20136/10", "4-6/10"),
        ("37\u00b0C", "37\u00b0C"),
    ],
)
def test_to_latin1_folds_typography(text: str, expected: str) -> None:
    assert to_latin1(text) == expected


def test_to_latin1_rejects_undrawable_characters() -> None:
    with pytest.raises(ValueError):
        to_latin1("pain \u2603")


@pytest.mark.parametrize(
    "block",
    [{"para": "a", "heading": "b"}, {}, {"columns": [[{"para": "only one"}]]}, {"parra": "x"}],
)
def test_block_needs_exactly_one_known_kind(block: dict) -> None:
    with pytest.raises(ValidationError):
        Block.model_validate(block)


LEFT = "Left column words that wrap across several narrow lines here."
RIGHT = "Right column words that also wrap across several lines."
BLOCKS = [
    {"title": "OFFICE NOTE"},
    {"para": "SI joint pain is 7/10 today and does not radiate."},
    {"columns": [[{"para": LEFT}], [{"para": RIGHT}]]},
    {"table": {"columns": ["Time", "Pain"], "rows": [["Pre", "8"], ["1 hr", "2"]]}},
]
RUNNING = {"header": "Clinic | Page {page} of {pages}", "fax_banner": "FAX P.{page}"}


def _scenario(evidence: list[str], status: str = "met", **overrides) -> Scenario:
    criteria = {
        cid: {"status": "insufficient", "evidence": []} for cid in criteria_ids()["percutaneous"]
    }
    criteria["perc.pain_severity"] = {"status": status, "evidence": evidence}
    determination = {"met": "insufficient_documentation", "not_met": "does_not_meet_criteria"}[
        status
    ]
    data = {
        "id": "t-001",
        "layout": "folder",
        "packet_json": {"request_date": "2025-09-15"},
        "summary": "test",
        "files": [{"name": "note.pdf", "documents": [{"blocks": BLOCKS}], **RUNNING}],
        "labels": {
            "procedure": "percutaneous",
            "request_date": "2025-09-15",
            "determination": determination,
            "criteria": criteria,
        },
    }
    data.update(overrides)
    return Scenario.model_validate(data)


def test_build_is_deterministic_and_finds_wrapped_column_snippets() -> None:
    scenario = _scenario(["SI  joint pain is 7/10", "wrap across several narrow lines"])
    first, second = build_record(scenario), build_record(scenario)
    assert first.pdfs == second.pdfs
    assert first.packet_json is not None and '"2025-09-15"' in first.packet_json


@pytest.mark.parametrize("evidence", [["pain is 9/10"], ["pain is 7/10", "radiates to the calf"]])
def test_build_rejects_snippets_not_in_the_pdf(evidence: list[str]) -> None:
    with pytest.raises(SampleError, match="gold snippet not in the PDF text"):
        build_record(_scenario(evidence))


def test_build_rejects_missing_criteria_and_date_conflicts() -> None:
    good = _scenario(["pain is 7/10"])
    fewer = dict(good.labels["criteria"])
    fewer.pop("perc.hip_imaging")
    with pytest.raises(SampleError, match=r"perc\.hip_imaging"):
        build_record(good.model_copy(update={"labels": {**good.labels, "criteria": fewer}}))
    with pytest.raises(SampleError, match=r"packet\.json"):
        build_record(good.model_copy(update={"packet_json": {"request_date": "2025-09-01"}}))


def test_readme_lists_each_scenario_with_its_determination() -> None:
    text = render_readme([_scenario(["pain is 7/10"], status="not_met")])
    assert "| t-001 | folder | percutaneous | 2025-09-15 | does_not_meet_criteria |" in text
    assert "`perc.pain_severity` not_met" in text
