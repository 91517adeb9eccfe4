"""Every module of the project sits in a layer of the import contract (pyproject.toml).

``lint-imports`` only checks the modules a contract names; a new module outside every
layer would escape it silently. This keeps the layers the whole map of the code.
"""

import pkgutil
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_DATA_ONLY = {"pipeline.resources"}  # JSON rule files, no code


def _contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]


def _layered() -> set[str]:
    layers = next(c for c in _contract()["contracts"] if c["type"] == "layers")["layers"]
    return {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}


def _project_modules() -> list[str]:
    found = []
    for package in _contract()["root_packages"]:
        if package != "pipeline":
            found.append(package)
            continue
        for info in pkgutil.iter_modules([str(ROOT / "pipeline")]):
            found.append(f"pipeline.{info.name}")
    return sorted(found)


@pytest.mark.parametrize("module", _project_modules())
def test_module_is_in_a_layer(module: str) -> None:
    assert module in _layered() or module in _DATA_ONLY, (
        f"{module} is in no layer of [tool.importlinter] in pyproject.toml; "
        "add it to the layer whose modules it imports and is imported by"
    )


def test_every_layer_names_a_module() -> None:
    missing = _layered() - set(_project_modules())
    assert not missing, f"layers name modules that do not exist: {sorted(missing)}"
