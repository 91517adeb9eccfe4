"""The JSON Schema of determination.json, generated from ``pipeline.models.Determination``.

The schema in ``docs/determination.schema.json`` is what programs downstream of
authreview code against; it is generated, never hand-edited, and a test fails when the
model changes without it being regenerated:

    python -m pipeline.schema            # rewrite docs/determination.schema.json
    python -m pipeline.schema --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.models import Determination

SCHEMA_ID = "https://authreview.invalid/schemas/determination.schema.json"
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "docs" / "determination.schema.json"


def determination_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of determination.json as written."""
    schema = Determination.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    """The schema file's exact text (stable key order, trailing newline)."""
    return json.dumps(determination_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.schema",
        description="Write (or check) the JSON Schema of determination.json.",
    )
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="schema file")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the file differs from the model"
    )
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        current = args.path.read_text(encoding="utf-8") if args.path.exists() else ""
        if current != text:
            print(f"{args.path} is out of date: run python -m pipeline.schema", file=sys.stderr)
            return 1
        return 0
    args.path.parent.mkdir(parents=True, exist_ok=True)
    args.path.write_text(text, encoding="utf-8")
    print(f"wrote {args.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
