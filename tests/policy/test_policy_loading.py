"""Policy files are validated when they load, and the version in effect is chosen by date."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.errors import PolicyError
from policy import load_policy, parse_policy
from policy.loader import select_version

HERE = Path(__file__).parent
BASE = yaml.safe_load((HERE / "stricter_policy.yaml").read_text(encoding="utf-8"))


def _criterion(data: dict[str, Any], index: int = 0) -> dict[str, Any]:
    return data["procedures"]["percutaneous"]["criteria"][index]


def _with(change) -> str:
    data = copy.deepcopy(BASE)
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


def test_parse_policy_accepts_the_test_policy() -> None:
    policy = parse_policy(_with(lambda d: None), "strict.yaml")
    assert policy.criterion_ids("percutaneous") == [
        "perc.diagnostic_injections",
        "perc.provocative_tests",
        "perc.sij_imaging",
    ]


def _set(path: list[Any], value: Any):
    def change(data: dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


CRIT = ["procedures", "percutaneous", "criteria"]
WHEN0 = [*CRIT, 1, "outcomes", 0, "when", "count_at_least", "of"]

BROKEN = {
    "unknown top-level key": (_set(["owner"], "x"), "owner"),
    "unknown criterion key": (_set([*CRIT, 0, "weight"], 2), "weight"),
    "bad criterion id": (_set([*CRIT, 0, "id"], "Perc Pain"), "id"),
    "unknown fact kind": (_set([*WHEN0, "kind"], "lab_result"), "unknown fact kind"),
    "unknown fact field": (_set([*WHEN0, "where"], {"colour": "red"}), "no field 'colour'"),
    "value the field cannot take": (_set([*WHEN0, "where"], {"test": "slump"}), "cannot be"),
    "unknown operator": (
        _set([*CRIT, 2, "outcomes", 0, "when"], {"at_least": 2}),
        "exactly one operator key",
    ),
    "two operators in one mapping": (
        _set([*CRIT, 2, "outcomes", 0, "when"], {"exists": {"kind": "pain_score"}, "not": {}}),
        "exactly one operator key",
    ),
    "unknown predicate": (
        _set([*CRIT, 0, "outcomes", 1, "when", "exists", "satisfies"], [{"predicate": "magic"}]),
        "unknown predicate",
    ),
    "bad predicate parameter": (
        _set(
            [*CRIT, 0, "outcomes", 1, "when", "exists", "satisfies", 0, "params", "verdict"],
            "maybe",
        ),
        "verdict",
    ),
    "unknown parameter reference": (_set([*WHEN0, "where", "test"], "$test_list"), "$test_list"),
    "unused parameter": (_set([*CRIT, 1, "parameters", "spare"], 3), "spare"),
    "unknown placeholder": (
        _set([*CRIT, 1, "outcomes", 0, "explain"], "Positive: {positives}."),
        "{positives}",
    ),
    "negated facts deciding": (_set([*WHEN0, "context"], "negated"), "only current"),
    "suspected facts deciding met": (_set([*WHEN0, "context"], "suspected"), "only current"),
    "same_side on a kind without side": (
        _set(
            [*CRIT, 2, "outcomes", 0, "when", "exists", 0],
            {"kind": "pain_score", "same_side": True},
        ),
        "has no side",
    ),
    "duplicate criterion id": (_set([*CRIT, 1, "id"], "perc.diagnostic_injections"), "duplicate"),
    "prefer_primary on a kind with no record document": (
        _set([*WHEN0, "prefer_primary"], True),
        "no record document",
    ),
    "findings_read on a kind without findings": (
        _set([*WHEN0, "findings_read"], True),
        "no findings to read",
    ),
    "provenance read in where": (
        _set([*WHEN0, "where"], {"source_type": "letter"}),
        "no field 'source_type'",
    ),
    "tie_break on a field that has no order": (
        _set(
            [*WHEN0],
            {
                "kind": "provocative_test",
                "pick": "most_recent",
                "tie_break": [{"field": "test", "prefer": "lowest"}],
            },
        ),
        "cannot order by it",
    ),
    "tie_break without most_recent": (
        _set([*WHEN0, "tie_break"], [{"field": "date", "prefer": "highest"}]),
        "only with pick: most_recent",
    ),
    "missing request text": (lambda d: _criterion(d).pop("request"), "request"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_parse_policy_rejects(name: str) -> None:
    change, message = BROKEN[name]
    with pytest.raises(PolicyError) as error:
        parse_policy(_with(change), "broken.yaml")
    assert "broken.yaml" in str(error.value)
    assert message in str(error.value)


def test_parse_policy_rejects_invalid_yaml() -> None:
    with pytest.raises(PolicyError, match="not valid YAML"):
        parse_policy("id: [unclosed", "bad.yaml")


def _version(effective: str, version: str) -> str:
    def change(data: dict[str, Any]) -> None:
        data["effective"] = effective
        data["version"] = version

    return _with(change)


@pytest.fixture()
def versions_folder(tmp_path: Path) -> Path:
    (tmp_path / "TEST-STRICT-2024.yaml").write_text(_version("2024-07-17", "2024"))
    (tmp_path / "TEST-STRICT-2025.yaml").write_text(_version("2025-08-01", "2025"))
    (tmp_path / "notes.txt").write_text("not a policy")
    return tmp_path


@pytest.mark.parametrize(
    ("as_of", "version", "warned"),
    [
        (dt.date(2025, 9, 15), "2025", False),
        (dt.date(2025, 8, 1), "2025", False),  # effective on its first day
        (dt.date(2025, 7, 31), "2024", False),  # the day before: the earlier version
        (dt.date(2024, 7, 17), "2024", False),
        (dt.date(2023, 1, 1), "2025", True),  # before every version: current, with a warning
        (None, "2025", False),
    ],
)
def test_load_policy_selects_the_version_in_effect(
    versions_folder: Path, as_of: dt.date | None, version: str, warned: bool
) -> None:
    policy, warnings = load_policy("TEST-STRICT", as_of, folder=versions_folder)
    assert policy.version == version
    assert bool(warnings) is warned


def test_load_policy_single_version_before_effective_date_warns() -> None:
    policy, warnings = load_policy("MP-MM-1366", dt.date(2025, 7, 1))
    assert policy.effective == dt.date(2025, 8, 1)
    assert len(warnings) == 1 and "2025-07-01" in warnings[0]


def test_load_policy_unknown_id_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="MP-XX-0000"):
        load_policy("MP-XX-0000")


def test_select_version_is_pure() -> None:
    policy, _ = load_policy()
    assert select_version((policy,), "MP-MM-1366", dt.date(2026, 1, 1)) == (policy, ())


def test_a_tie_break_may_order_by_the_source_document_date() -> None:
    def change(data: dict[str, Any]) -> None:
        select = data["procedures"]["percutaneous"]["criteria"][1]["outcomes"][0]["when"]
        select["count_at_least"]["of"].update(
            pick="most_recent",
            tie_break=[
                {"field": "source_date", "prefer": "highest"},
                {"field": "date", "prefer": "lowest"},
            ],
        )

    policy = parse_policy(_with(change), "tie.yaml")
    assert policy.criterion_ids("percutaneous")[1] == "perc.provocative_tests"
