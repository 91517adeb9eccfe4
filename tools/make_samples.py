"""Generate the labelled sample records: ``python -m tools.make_samples [ids...]``.

Renders each scenario (all when no id is given), checks its labels against the rendered
text, writes the packet and labels to ``sample_records/`` and regenerates the catalogue
``sample_records/README.md`` from every scenario.

``--scenarios DIR --out OUT`` does the same for another scenario folder (e.g. the
held-out set in ``tools/samples/heldout/``); its catalogue is ``OUT/README.md``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tools.samples.build import build_record, write_record
from tools.samples.readme import render_readme
from tools.samples.scenario import SCENARIO_DIR, load_scenario, scenario_paths

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "sample_records"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.make_samples", description=__doc__)
    parser.add_argument("ids", nargs="*", help="scenario ids (default: all)")
    parser.add_argument(
        "--scenarios", type=Path, default=SCENARIO_DIR, help="scenario folder (needs --out)"
    )
    parser.add_argument("--out", type=Path, default=None, help="output folder")
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = parser.parse_args(argv)
    default_source = args.scenarios.resolve() == SCENARIO_DIR.resolve()
    if args.out is None:
        if not default_source and not args.check:
            parser.error("--scenarios needs --out (sample_records/ is the main corpus)")
        args.out = DEFAULT_OUT

    failures = 0
    for path in scenario_paths(args.ids, args.scenarios):
        try:
            record = build_record(load_scenario(path))
        except ValueError as exc:
            failures += 1
            print(f"FAIL {exc}", file=sys.stderr)
            continue
        if args.check:
            print(f"ok   {record.scenario.id}")
            continue
        written = write_record(record, args.out)
        pages = sum(len(b) for b in record.pdfs.values())
        print(f"wrote {record.scenario.id}: {len(written)} files, {pages} PDF bytes")
    if not args.check:
        scenarios = []
        for path in scenario_paths(directory=args.scenarios):
            try:
                scenarios.append(load_scenario(path))
            except ValueError as exc:
                print(f"FAIL {exc}", file=sys.stderr)
        args.out.mkdir(parents=True, exist_ok=True)
        readme = render_readme(scenarios, _display(args.scenarios))
        (args.out / "README.md").write_text(readme, encoding="utf-8")
    return 1 if failures else 0


def _display(path: Path) -> str:
    """A scenario folder as the catalogue names it: relative to the repository when inside."""
    try:
        return f"{path.resolve().relative_to(REPO_ROOT).as_posix()}/"
    except ValueError:
        return f"{path.as_posix()}/"


if __name__ == "__main__":
    raise SystemExit(main())
