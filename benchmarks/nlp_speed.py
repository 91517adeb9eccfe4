"""NLP time per page on the sample records (ingestion excluded).

    .venv/bin/python -m benchmarks.nlp_speed [RECORDS_DIR] [--repeat N]

Reads every packet once with ``pipeline.ingest.read_packet``, then times
``pipeline.extract.extract_facts`` (medspaCy pipeline + all extractor families +
assembly) per packet, ``--repeat`` times, and reports the median milliseconds per page
over packets and the words per second. The pipeline is loaded once before timing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from pipeline.extract import extract_facts
from pipeline.ingest import read_packet
from pipeline.labels import packets_in
from pipeline.nlp import load_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("records", nargs="?", default="sample_records", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    nlp = load_nlp()
    print(f"load_nlp: {time.perf_counter() - start:.2f} s")
    read = [read_packet(p) for p in packets_in(args.records)]
    per_page: list[float] = []
    pages = words = 0
    total = 0.0
    for packet in read:
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            extract_facts(packet, nlp)
            runs.append(time.perf_counter() - start)
        seconds = statistics.median(runs)
        n_pages = max(1, len(packet.pages))
        per_page.append(1000 * seconds / n_pages)
        pages += n_pages
        words += sum(len(page.nlp_text().split()) for page in packet.pages)
        total += seconds
    print(f"packets: {len(read)}  pages: {pages}  words: {words}")
    print(f"median ms/page over packets: {statistics.median(per_page):.1f}")
    print(f"overall ms/page: {1000 * total / pages:.1f}  words/s: {words / total:.0f}")


if __name__ == "__main__":
    main()
