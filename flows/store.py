"""The batch flow's memory: which packets (by content SHA-256) were processed, and how.

A small SQLite file in the output folder. Every packet moves through

    (new) --claim--> claimed --done--> done
                        |---fail--> failed --claim--> claimed ...   (bounded attempts)
                        |---quarantine--> quarantined
                        |---release--> (the state before the claim)

``claim`` counts an attempt; ``release`` (a run asked to stop mid-packet) takes it
back. A claim whose owner is gone (a batch run killed partway) is stale and may be
claimed again, so a rerun finishes what a killed run started; a claim whose owner still
runs is left alone, so two overlapping runs never process the
same packet. Transitions out of ``claimed`` only succeed for the run that holds the
claim. Each transition is also appended to ``events``: the audit trail that shows a
packet was completed exactly once.

The store records ids, hashes, statuses and error codes only, never document text.
Its ``packet_id`` (the id logs and summaries show) is the packet's hash prefix unless
the user chose to show names; ``source`` and ``output_path`` are where the packet and
its outputs are, in the owner-only output folder.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from pipeline.sqlite import connect, transaction

STORE_FILE = "authreview-batch.sqlite"
DEFAULT_LEASE = dt.timedelta(hours=6)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS packets (
    sha256        TEXT PRIMARY KEY,
    packet_id     TEXT NOT NULL,
    source        TEXT NOT NULL,
    status        TEXT NOT NULL
                  CHECK (status IN ('claimed', 'done', 'failed', 'quarantined')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    determination TEXT,
    output_path   TEXT,
    error_code    TEXT,
    error_reason  TEXT,
    owner         TEXT,
    owner_pid     INTEGER,
    owner_host    TEXT,
    first_seen    TEXT NOT NULL,
    claimed_at    TEXT,
    finished_at   TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256    TEXT NOT NULL,
    at        TEXT NOT NULL,
    owner     TEXT NOT NULL,
    event     TEXT NOT NULL,
    detail    TEXT
);
CREATE INDEX IF NOT EXISTS events_sha ON events (sha256);
"""

# Run ids of batch runs live in this process: a claim owned by this process but by a
# run no longer in this set was left behind by a run that raised, and is stale.
_LIVE_OWNERS: set[str] = set()


class PacketStatus(StrEnum):
    claimed = "claimed"
    done = "done"
    failed = "failed"
    quarantined = "quarantined"


class ClaimResult(StrEnum):
    """What ``claim`` found: process it, skip it, or (exhausted) quarantine it."""

    claimed = "claimed"
    done = "done"
    quarantined = "quarantined"
    busy = "busy"
    exhausted = "exhausted"


class PacketRecord(BaseModel):
    """One packet's row in the store."""

    model_config = ConfigDict(frozen=True)

    sha256: str
    packet_id: str
    source: str
    status: PacketStatus
    attempts: int
    determination: str | None = None
    output_path: str | None = None
    error_code: str | None = None
    error_reason: str | None = None
    owner: str | None = None
    owner_pid: int | None = None
    owner_host: str | None = None
    first_seen: str
    claimed_at: str | None = None
    finished_at: str | None = None


@dataclass(frozen=True)
class Owner:
    """Who holds a claim: one batch run in one process on one host."""

    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    pid: int = field(default_factory=os.getpid)
    host: str = field(default_factory=socket.gethostname)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


class Store:
    """SQLite-backed packet states; one short transaction per transition."""

    def __init__(self, path: Path, *, lease: dt.timedelta = DEFAULT_LEASE) -> None:
        self.path = Path(path)
        self.lease = lease
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path)

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path)

    @staticmethod
    def _event(
        conn: sqlite3.Connection, sha256: str, owner: Owner, event: str, detail: str | None = None
    ) -> None:
        conn.execute(
            "INSERT INTO events (sha256, at, owner, event, detail) VALUES (?, ?, ?, ?, ?)",
            (sha256, _now().isoformat(), owner.run_id, event, detail),
        )

    # ------------------------------------------------------------------ owners

    @staticmethod
    def register(owner: Owner) -> None:
        """Mark a run as live in this process (its claims are not stale)."""
        _LIVE_OWNERS.add(owner.run_id)

    @staticmethod
    def unregister(owner: Owner) -> None:
        _LIVE_OWNERS.discard(owner.run_id)

    def _claim_is_stale(self, row: sqlite3.Row, me: Owner) -> bool:
        if row["owner"] == me.run_id:
            return False
        if row["owner_host"] == me.host:
            if row["owner_pid"] == me.pid:
                return row["owner"] not in _LIVE_OWNERS
            return not _pid_alive(row["owner_pid"])
        claimed_at = dt.datetime.fromisoformat(row["claimed_at"])
        return _now() - claimed_at > self.lease

    # ------------------------------------------------------------------ transitions

    def claim(
        self, sha256: str, packet_id: str, source: str, owner: Owner, *, max_attempts: int
    ) -> ClaimResult:
        """Try to take a packet for processing; counts an attempt when it succeeds."""
        now = _now().isoformat()
        with self._transaction() as conn:
            row = conn.execute("SELECT * FROM packets WHERE sha256 = ?", (sha256,)).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO packets (sha256, packet_id, source, status, attempts, owner,"
                    " owner_pid, owner_host, first_seen, claimed_at)"
                    " VALUES (?, ?, ?, 'claimed', 1, ?, ?, ?, ?, ?)",
                    (sha256, packet_id, source, owner.run_id, owner.pid, owner.host, now, now),
                )
                self._event(conn, sha256, owner, "claimed", "attempt 1")
                return ClaimResult.claimed
            status = PacketStatus(row["status"])
            if status is PacketStatus.done:
                return ClaimResult.done
            if status is PacketStatus.quarantined:
                return ClaimResult.quarantined
            if status is PacketStatus.claimed and not self._claim_is_stale(row, owner):
                return ClaimResult.busy
            if status is PacketStatus.claimed:
                self._event(conn, sha256, owner, "abandoned", f"owner {row['owner']}")
            exhausted = row["attempts"] >= max_attempts
            attempts = row["attempts"] if exhausted else row["attempts"] + 1
            conn.execute(
                "UPDATE packets SET status = 'claimed', attempts = ?, packet_id = ?, source = ?,"
                " owner = ?, owner_pid = ?, owner_host = ?, claimed_at = ? WHERE sha256 = ?",
                (attempts, packet_id, source, owner.run_id, owner.pid, owner.host, now, sha256),
            )
            if exhausted:
                # Taken only to be quarantined: no attempt is counted.
                self._event(conn, sha256, owner, "claimed", "attempts exhausted")
                return ClaimResult.exhausted
            self._event(conn, sha256, owner, "claimed", f"attempt {attempts}")
            return ClaimResult.claimed

    def _finish(
        self,
        sha256: str,
        owner: Owner,
        status: PacketStatus,
        *,
        determination: str | None = None,
        output_path: str | None = None,
        error_code: str | None = None,
        error_reason: str | None = None,
    ) -> bool:
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE packets SET status = ?, determination = ?, output_path = ?,"
                " error_code = ?, error_reason = ?, finished_at = ?"
                " WHERE sha256 = ? AND owner = ? AND status = 'claimed'",
                (
                    status.value,
                    determination,
                    output_path,
                    error_code,
                    error_reason,
                    _now().isoformat(),
                    sha256,
                    owner.run_id,
                ),
            )
            if cursor.rowcount != 1:
                return False
            self._event(conn, sha256, owner, status.value, error_code or determination)
            return True

    def mark_done(self, sha256: str, owner: Owner, *, determination: str, output_path: str) -> bool:
        """The packet's outputs are written. False if this run no longer holds the claim."""
        return self._finish(
            sha256,
            owner,
            PacketStatus.done,
            determination=determination,
            output_path=output_path,
        )

    def mark_failed(self, sha256: str, owner: Owner, *, error_code: str, error_reason: str) -> bool:
        """An unexpected error: the packet may be claimed again while attempts remain."""
        return self._finish(
            sha256, owner, PacketStatus.failed, error_code=error_code, error_reason=error_reason
        )

    def mark_quarantined(
        self, sha256: str, owner: Owner, *, error_code: str, error_reason: str
    ) -> bool:
        """The packet is set aside for a person; it is never claimed again."""
        return self._finish(
            sha256,
            owner,
            PacketStatus.quarantined,
            error_code=error_code,
            error_reason=error_reason,
        )

    def release(self, sha256: str, owner: Owner) -> bool:
        """Give back a claim without counting its attempt (the run was asked to stop
        while the packet was in progress): the packet returns to the state it was in
        before the claim. False if this run does not hold the claim."""
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT attempts FROM packets"
                " WHERE sha256 = ? AND owner = ? AND status = 'claimed'",
                (sha256, owner.run_id),
            ).fetchone()
            if row is None:
                return False
            attempts = row["attempts"] - 1
            if attempts <= 0:
                conn.execute("DELETE FROM packets WHERE sha256 = ?", (sha256,))
            else:
                conn.execute(
                    "UPDATE packets SET status = 'failed', attempts = ?, owner = NULL,"
                    " owner_pid = NULL, owner_host = NULL WHERE sha256 = ?",
                    (attempts, sha256),
                )
            self._event(conn, sha256, owner, "released", f"attempt {row['attempts']} not counted")
            return True

    # ------------------------------------------------------------------ queries

    def get(self, sha256: str) -> PacketRecord | None:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM packets WHERE sha256 = ?", (sha256,)).fetchone()
        return PacketRecord(**dict(row)) if row else None

    def records(self) -> list[PacketRecord]:
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM packets ORDER BY packet_id, sha256").fetchall()
        return [PacketRecord(**dict(row)) for row in rows]

    def output_paths(self) -> dict[str, str]:
        """Content hash -> the output folder of each processed packet (its own version
        folder: a later packet under the same id never replaces it)."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT sha256, output_path FROM packets"
                " WHERE status = 'done' AND output_path IS NOT NULL AND output_path != ''"
            ).fetchall()
        return {row["sha256"]: row["output_path"] for row in rows}

    def event_counts(self, event: str) -> dict[str, int]:
        """How many times each packet went through ``event`` (e.g. 'done')."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT sha256, COUNT(*) AS n FROM events WHERE event = ? GROUP BY sha256",
                (event,),
            ).fetchall()
        return {row["sha256"]: row["n"] for row in rows}
