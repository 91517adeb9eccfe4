"""An output folder holding one processed packet (our own text, hostile lines included)
and a client of the review app over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pipeline.ingest.packet import file_sha256
from pipeline.models import Determination
from pipeline.outputs import DETERMINATION_FILE, REPORT_FILE, determination_json
from pipeline.report import write_report
from pipeline.review.app import create_app
from tests.report import fixtures

LOOPBACK = "http://127.0.0.1"


def write_output(out: Path, packet_pdf: Path, determination: Determination) -> Path:
    folder = out / determination.packet_id
    folder.mkdir(parents=True, exist_ok=True)
    write_report(determination, fixtures.packet(), folder / REPORT_FILE, packet_path=packet_pdf)
    (folder / DETERMINATION_FILE).write_text(determination_json(determination))
    return folder


@pytest.fixture
def reviewed(tmp_path: Path) -> tuple[Path, Determination]:
    """(output folder, determination) of one processed packet."""
    pdf = fixtures.write_packet_pdf(tmp_path / "packets" / "rpt-001.pdf")
    determination = fixtures.determination().model_copy(update={"packet_sha256": file_sha256(pdf)})
    out = tmp_path / "out"
    write_output(out, pdf, determination)
    return out, determination


@pytest.fixture
def client(reviewed) -> TestClient:
    out, _ = reviewed
    return TestClient(create_app(out), base_url=LOOPBACK)


def csrf_of(html: str) -> str:
    import re

    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(client: TestClient, name: str = "Dr. Rivera") -> str:
    """Give the session a reviewer name; returns the session's CSRF token."""
    token = csrf_of(client.get("/session").text)
    response = client.post("/session", data={"csrf": token, "reviewer": name, "next": "/"})
    assert response.status_code in (200, 303)
    return token
