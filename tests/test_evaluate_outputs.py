"""`authreview evaluate` outputs: owner-only files, and a malformed labels file reported
by name while the other records are still scored."""

from __future__ import annotations

import json
import os
import shutil
import stat

from pipeline.evaluate import run_evaluation
from tests.conftest import SAMPLE_RECORDS


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _record(folder, name: str) -> None:
    shutil.copy(SAMPLE_RECORDS / "sij-004.pdf", folder / f"{name}.pdf")
    shutil.copy(SAMPLE_RECORDS / "sij-004.labels.json", folder / f"{name}.labels.json")


def test_evaluate_metrics_are_owner_only(tmp_path, nlp):
    records = tmp_path / "records"
    records.mkdir()
    _record(records, "good")
    out = tmp_path / "metrics" / "run"
    old = os.umask(0o022)
    try:
        run_evaluation(records, out)
    finally:
        os.umask(old)
    for path in (out, out.parent, out / "records"):
        assert _mode(path) == 0o700, path
    for name in ("metrics.json", "metrics.md"):
        assert _mode(out / name) == 0o600, name


def test_evaluate_malformed_labels_is_an_error_naming_the_file_and_others_are_scored(tmp_path, nlp):
    records = tmp_path / "records"
    records.mkdir()
    _record(records, "good")
    _record(records, "broken")
    labels = json.loads((records / "broken.labels.json").read_text())
    met = next(cid for cid, c in labels["criteria"].items() if c["status"] == "met")
    labels["criteria"][met]["evidence"] = []  # a met criterion must cite gold evidence
    (records / "broken.labels.json").write_text(json.dumps(labels))

    metrics = run_evaluation(records, tmp_path / "metrics")

    assert metrics["records"] == 2
    assert list(metrics["errors"]) == ["broken"]
    error = metrics["errors"]["broken"]
    assert str(records / "broken.labels.json") in error and met in error
    assert metrics["determination_accuracy"] == 0.5  # the good record was scored
