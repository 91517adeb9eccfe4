"""Ingestion of the committed sample packets, checked against pdfplumber and against
each packet's scenario (what the generator drew: files, documents, titles, footers)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.ingest import read_packet
from pipeline.models import Packet
from tests.conftest import REPO_ROOT, sample_packets
from tests.ingest.boxes import boxed_char_count, plumber_char_count, word_box_mismatches

SCENARIOS = REPO_ROOT / "tools" / "samples" / "scenarios"
PACKETS = sample_packets()
CHECKED_PAGES = 3
"""Pages per packet re-parsed with pdfplumber for the box checks (keeps the suite fast)."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PACKETS, reason="sample_records/ holds no packets yet"),
]

_cache: dict[Path, Packet] = {}


def _read(path: Path) -> Packet:
    if path not in _cache:
        _cache[path] = read_packet(path)
    return _cache[path]


def _scenario(packet_id: str) -> dict[str, Any] | None:
    path = SCENARIOS / f"{packet_id}.yaml"
    return yaml.safe_load(path.read_text()) if path.exists() else None


def _labels(path: Path) -> dict[str, Any]:
    label_path = path / "labels.json" if path.is_dir() else path.with_suffix(".labels.json")
    return json.loads(label_path.read_text()) if label_path.exists() else {}


def _fold(text: str) -> str:
    return " ".join(text.split()).lower()


def _source(path: Path, file_name: str) -> Path:
    return path / file_name if path.is_dir() else path


@pytest.fixture(params=PACKETS, ids=[p.name for p in PACKETS])
def sample(request: pytest.FixtureRequest) -> tuple[Path, Packet]:
    return request.param, _read(request.param)


def test_pages_and_documents_are_consistent(sample: tuple[Path, Packet]) -> None:
    _, packet = sample
    assert [p.number for p in packet.pages] == list(range(1, len(packet.pages) + 1))
    covered = [n for d in packet.documents for n in range(d.first_page, d.last_page + 1)]
    assert covered == [p.number for p in packet.pages]
    assert [d.id for d in packet.documents] == [
        f"doc-{i:02d}" for i in range(1, len(packet.documents) + 1)
    ]
    for page in packet.pages:
        assert len(page.char_boxes) == 16 * len(page.text)
        assert all(0 <= s < e <= len(page.text) for s, e in page.masked)


def test_word_boxes_and_characters_match_pdfplumber(sample: tuple[Path, Packet]) -> None:
    path, packet = sample
    by_file: dict[str, list] = {}
    for page in packet.pages:
        if page.has_text_layer:
            by_file.setdefault(page.file, []).append(page)
    checked = 0
    for name, pages in by_file.items():
        chosen = pages[: max(1, CHECKED_PAGES - checked)]
        checked += len(chosen)
        source = _source(path, name)
        assert word_box_mismatches(source, chosen, sample=25) == []
        for page in chosen:
            assert boxed_char_count(page) == plumber_char_count(source, page.file_page)
        if checked >= CHECKED_PAGES:
            break


def test_request_date_and_code_match_the_gold_labels(sample: tuple[Path, Packet]) -> None:
    path, packet = sample
    labels = _labels(path)
    if labels.get("request_date"):
        assert str(packet.request.request_date) == labels["request_date"]
    if packet.request.procedure is not None and labels.get("procedure"):
        assert packet.request.procedure.value == labels["procedure"]


def _rendered(template: str, page: int, pages: int) -> str:
    return _fold(template.replace("{page}", str(page)).replace("{pages}", str(pages)))


def test_documents_and_furniture_match_the_scenario(sample: tuple[Path, Packet]) -> None:
    _, packet = sample
    scenario = _scenario(packet.id)
    if scenario is None:
        pytest.skip("no scenario for this packet")
    for spec in scenario["files"]:
        name = spec["name"]
        documents = [d for d in packet.documents if d.file == name]
        pages = [p for p in packet.pages if p.file == name]
        wanted = [d["blocks"][0]["title"] for d in spec["documents"] if "title" in d["blocks"][0]]
        assert len(documents) <= len(spec["documents"])
        titles = [_fold(d.title) for d in documents]
        for title in wanted:
            assert _fold(title) in titles, f"{name}: document {title!r} not split"
        if len(pages) < 2:
            continue
        for template in (spec.get("footer"), spec.get("fax_banner")):
            if not template:
                continue
            for page in pages:
                masked = [_fold(page.text[s:e]) for s, e in page.masked]
                line = _rendered(template, page.file_page, len(pages))
                assert line in masked, f"{name} p{page.file_page}: {template!r} not masked"


def test_no_page_text_in_warnings(sample: tuple[Path, Packet]) -> None:
    _, packet = sample
    for warning in packet.warnings:
        for page in packet.pages:
            for line in page.text.splitlines():
                if len(line) > 30:
                    assert line not in warning
    assert not any(re.search(r"Traceback|pdfminer", w) for w in packet.warnings)
