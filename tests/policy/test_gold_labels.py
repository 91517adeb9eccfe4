"""The engine on each labelled record's GOLD facts agrees with its gold statuses.

Extraction is out of the loop here, so a failure is an engine bug or a label bug:
``python -m pipeline.gold_check sample_records`` lists each mismatch with the engine's reason.
"""

from __future__ import annotations

import pytest

from pipeline.gold_check import compare, labelled_packets
from tests.conftest import SAMPLE_RECORDS


@pytest.mark.skipif(
    not SAMPLE_RECORDS.exists() or not labelled_packets(SAMPLE_RECORDS),
    reason="no labelled sample records",
)
def test_gold_facts_reproduce_gold_statuses() -> None:
    result = compare(SAMPLE_RECORDS)
    assert result.packets_total > 0
    assert [
        f"{m.packet} {m.criterion}: gold {m.gold}, engine {m.engine}" for m in result.mismatches
    ] == []
    assert result.determinations_agree == result.packets_total
