"""The committed sample records are valid labelled packets and match their scenarios."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.labels import labels_path
from tests.conftest import SAMPLE_RECORDS, sample_packets
from tools.samples.build import FAX_TWIN_SUFFIX, build_record, write_record
from tools.samples.scenario import load_scenario, scenario_paths
from tools.samples.validate import check_request_date, check_snippets, validate_labels

PACKETS = sample_packets()
SCENARIOS = scenario_paths()
TEXT_PACKETS = [p for p in PACKETS if not p.stem.endswith(FAX_TWIN_SUFFIX)]
FAX_TWINS = [p for p in PACKETS if p.stem.endswith(FAX_TWIN_SUFFIX)]


def _pdfs(packet: Path) -> dict[str, bytes]:
    if packet.is_dir():
        return {p.name: p.read_bytes() for p in sorted(packet.glob("*.pdf"))}
    return {packet.name: packet.read_bytes()}


@pytest.mark.parametrize("packet", PACKETS, ids=[p.stem for p in PACKETS])
def test_committed_labels_validate(packet: Path) -> None:
    """Labels parse, list exactly the procedure's criteria, and agree with packet.json."""
    data = json.loads(labels_path(packet).read_text(encoding="utf-8"))
    labels = validate_labels(packet.stem, data)
    meta = packet / "packet.json"
    if packet.is_dir() and meta.exists():
        check_request_date(packet.stem, labels, json.loads(meta.read_text(encoding="utf-8")))


@pytest.mark.slow
@pytest.mark.parametrize("packet", TEXT_PACKETS, ids=[p.stem for p in TEXT_PACKETS])
def test_committed_snippets_occur_in_pdf_text(packet: Path) -> None:
    """Every gold snippet can be found in the committed PDF text (else it can never be hit)."""
    labels = validate_labels(packet.stem, json.loads(labels_path(packet).read_text("utf-8")))
    check_snippets(packet.stem, labels, _pdfs(packet))


def test_every_packet_has_a_scenario_and_a_readme_entry() -> None:
    readme = (SAMPLE_RECORDS / "README.md").read_text(encoding="utf-8") if PACKETS else ""
    scenario_ids = {p.stem for p in SCENARIOS}
    for packet in PACKETS:
        source_id = packet.stem.removesuffix(FAX_TWIN_SUFFIX)
        assert source_id in scenario_ids, f"{packet.name} has no scenario"
        assert f"| {packet.stem} |" in readme, f"{packet.name} missing from README"


@pytest.mark.parametrize("twin", FAX_TWINS, ids=[p.stem for p in FAX_TWINS])
def test_fax_twin_is_image_only_with_its_originals_labels(twin: Path) -> None:
    import pdfplumber

    original = twin.with_name(twin.name.replace(FAX_TWIN_SUFFIX, ""))
    assert labels_path(twin).read_text("utf-8") == labels_path(original).read_text("utf-8")
    assert load_scenario(next(p for p in SCENARIOS if p.stem == original.stem)).fax_twin
    with pdfplumber.open(twin) as scan, pdfplumber.open(original) as text:
        assert len(scan.pages) == len(text.pages)
        assert all(not page.chars for page in scan.pages)


@pytest.mark.skipif(not PACKETS, reason="no committed sample records")
def test_regenerating_a_scenario_gives_identical_bytes(tmp_path: Path) -> None:
    """Rendering is deterministic: the committed files are exactly what the scenario makes."""
    committed = {p.stem for p in PACKETS}
    path = next(p for p in SCENARIOS if p.stem in committed)
    record = build_record(load_scenario(path))
    for written in write_record(record, tmp_path):
        original = SAMPLE_RECORDS / written.relative_to(tmp_path)
        assert written.read_bytes() == original.read_bytes(), f"{original.name} differs"
