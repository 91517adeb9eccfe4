"""What `authreview process` tells the person at the terminal while it works.

Standard output keeps the machine lines (CONTRACT section 5: one line per packet, then
the summary table); everything for the person goes to standard error: that the run has
started and on how many workers, a live progress bar on a terminal, where each packet's
report is, and at the end where the index is and how to review. Words for
determinations come from ``pipeline.wording``. No line holds document text.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from pipeline.models import DeterminationValue
from pipeline.outputs import REPORT_FILE, output_dir
from pipeline.wording import determination_label

ERROR_OUTCOME = "error"


class RunConsole:
    """Progress and closing summary of one `process` run."""

    def __init__(
        self,
        total: int,
        out_dir: Path,
        *,
        workers: int,
        progress: bool | None = None,
        show_names: bool = True,
        out: TextIO | None = None,
    ) -> None:
        from rich.console import Console

        self.total = total
        self.out_dir = Path(out_dir)
        self.workers = max(1, min(workers, total))
        self.show_names = show_names
        self.out = out or sys.stdout
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)
        self.live = progress if progress is not None else (total > 1 and self.err.is_terminal)
        self.started = time.monotonic()
        self.outcomes: Counter[str] = Counter()
        self._bar = None
        self._task = None

    def announce(self) -> None:
        """Say at once what is about to happen: the first result can take a while."""
        plural = "packet" if self.total == 1 else "packets"
        on = f" on {self.workers} workers" if self.workers > 1 else ""
        self.err.print(f"processing {self.total} {plural}{on} into {self.out_dir}")

    @contextmanager
    def progress(self) -> Iterator[RunConsole]:
        """A live bar with elapsed time on a terminal; packet lines print above it."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.err,
            transient=True,
            disable=not self.live,
        ) as bar:
            self._bar = bar
            self._task = bar.add_task("packets", total=self.total)
            try:
                yield self
            finally:
                self._bar = None

    def packet_done(self, line: str, packet_id: str, determination: DeterminationValue) -> None:
        """The machine line on stdout, then where its report is on stderr."""
        print(line, file=self.out, flush=True)
        self.outcomes[determination.value] += 1
        if self.show_names:
            report = output_dir(self.out_dir, packet_id) / REPORT_FILE
            self.err.print(f"  report: {report}")
        self._advance()

    def packet_failed(self, line: str) -> None:
        print(line, file=sys.stderr, flush=True)
        self.outcomes[ERROR_OUTCOME] += 1
        self._advance()

    def _advance(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)

    def summary_rows(self) -> list[tuple[str, str, int]]:
        """(reviewer words, machine value, packets) for every outcome seen, in a fixed order."""
        rows = [
            (determination_label(value), value.value, self.outcomes[value.value])
            for value in DeterminationValue
            if self.outcomes[value.value]
        ]
        if self.outcomes[ERROR_OUTCOME]:
            rows.append(("Could not be processed", ERROR_OUTCOME, self.outcomes[ERROR_OUTCOME]))
        return rows

    def close(self, *, index_written: bool) -> None:
        """The closing summary: the table on stdout (several packets), then on stderr how
        long it took, where the index is and how to review the packets."""
        from rich.console import Console
        from rich.table import Table

        if self.total > 1:
            table = Table(title=f"{self.total} packets", title_justify="left")
            table.add_column("recommendation")
            table.add_column("value")
            table.add_column("packets", justify="right")
            for words, value, count in self.summary_rows():
                table.add_row(words, value, str(count))
            Console(file=self.out, highlight=False).print(table)
        elapsed = time.monotonic() - self.started
        done = self.total - self.outcomes[ERROR_OUTCOME]
        self.err.print(f"{done} of {self.total} processed in {elapsed:.1f} s")
        if index_written:
            self.err.print(f"index of reports: {self.out_dir / 'index.html'}")
            self.err.print(f"review and record decisions: authreview review --out {self.out_dir}")
