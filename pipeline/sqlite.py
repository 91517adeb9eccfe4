"""Connections to the project's SQLite files (the batch store, the review decisions).

Both are written by several processes at once (batch workers, a review app beside a
batch run), so every connection waits for a lock instead of failing at once, uses the
write-ahead log, and autocommits except inside an explicit ``transaction`` (BEGIN
IMMEDIATE: the write lock is taken at the start, so a read-then-write cannot interleave).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 30


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection with rows by column name, closed on exit."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        yield conn
    finally:
        conn.close()


@contextmanager
def transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed on exit, rolled back on any exception."""
    with connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
