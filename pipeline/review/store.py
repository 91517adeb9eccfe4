"""Reviewer decisions in the output folder: ``authreview-reviews.sqlite`` beside the
batch store (``flows/store.py``), owner-only like every output.

Two tables hold the current decisions (one row per packet and criterion, one per
packet), keyed by packet id so a later run of the same packet keeps them. A third,
``audit``, receives a row for every change: who, when, the decision before and after,
and the pipeline and policy versions the reviewer was looking at. SQLite triggers refuse
any UPDATE or DELETE on it, so the trail is append-only for every writer, not only this
module. Decisions hold the reviewer's words and quotes from the packet: like the reports
beside them, they stay in this folder and never reach a log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from pipeline.review.decisions import AuditEntry, CriterionDecision, PacketDecision
from pipeline.sqlite import connect, transaction

REVIEW_STORE_FILE = "authreview-reviews.sqlite"
FILE_MODE = 0o600

_SCHEMA = """
CREATE TABLE IF NOT EXISTS criterion_decisions (
    packet_id        TEXT NOT NULL,
    criterion_id     TEXT NOT NULL,
    packet_sha256    TEXT NOT NULL,
    pipeline_status  TEXT NOT NULL,
    status           TEXT NOT NULL,
    reason           TEXT NOT NULL DEFAULT '',
    evidence         TEXT NOT NULL DEFAULT '[]',
    silent           INTEGER NOT NULL DEFAULT 0,
    reviewer         TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    policy_version   TEXT NOT NULL,
    PRIMARY KEY (packet_id, criterion_id)
);
CREATE TABLE IF NOT EXISTS packet_decisions (
    packet_id              TEXT PRIMARY KEY,
    packet_sha256          TEXT NOT NULL,
    determination          TEXT NOT NULL,
    pipeline_determination TEXT NOT NULL,
    notes                  TEXT NOT NULL DEFAULT '',
    reviewer               TEXT NOT NULL,
    decided_at             TEXT NOT NULL,
    pipeline_version       TEXT NOT NULL,
    policy_version         TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    at               TEXT NOT NULL,
    reviewer         TEXT NOT NULL,
    packet_id        TEXT NOT NULL,
    packet_sha256    TEXT NOT NULL,
    target           TEXT NOT NULL,
    action           TEXT NOT NULL,
    before           TEXT,
    after            TEXT,
    pipeline_version TEXT NOT NULL,
    policy_version   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_packet ON audit (packet_id);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the review audit trail is append-only'); END;
"""

_CRITERION_FIELDS = (
    "packet_id",
    "criterion_id",
    "packet_sha256",
    "pipeline_status",
    "status",
    "reason",
    "evidence",
    "silent",
    "reviewer",
    "decided_at",
    "pipeline_version",
    "policy_version",
)
_PACKET_FIELDS = (
    "packet_id",
    "packet_sha256",
    "determination",
    "pipeline_determination",
    "notes",
    "reviewer",
    "decided_at",
    "pipeline_version",
    "policy_version",
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class ReviewStore:
    """Current decisions and their append-only audit trail; one transaction per change."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / REVIEW_STORE_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not self.path.exists():
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
            os.close(fd)
        os.chmod(self.path, FILE_MODE)
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return connect(self.path)

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path)

    # ------------------------------------------------------------------ writes

    def decide_criterion(self, decision: CriterionDecision) -> None:
        """Record (or change) one criterion's decision, and its audit row."""
        with self._transaction() as conn:
            before = self._criterion(conn, decision.packet_id, decision.criterion_id)
            row = _criterion_row(decision)
            conn.execute(
                f"INSERT OR REPLACE INTO criterion_decisions ({', '.join(_CRITERION_FIELDS)})"
                f" VALUES ({', '.join('?' * len(_CRITERION_FIELDS))})",
                [row[name] for name in _CRITERION_FIELDS],
            )
            self._audit(
                conn,
                decision,
                f"criterion:{decision.criterion_id}",
                "changed" if before else "decided",
                _public(before.model_dump(mode="json")) if before else None,
                _public(decision.model_dump(mode="json")),
            )

    def decide_packet(self, decision: PacketDecision) -> None:
        """Record (or change) the packet-level decision, and its audit row."""
        with self._transaction() as conn:
            before = self._packet(conn, decision.packet_id)
            row = decision.model_dump(mode="json")
            conn.execute(
                f"INSERT OR REPLACE INTO packet_decisions ({', '.join(_PACKET_FIELDS)})"
                f" VALUES ({', '.join('?' * len(_PACKET_FIELDS))})",
                [row[name] for name in _PACKET_FIELDS],
            )
            self._audit(
                conn,
                decision,
                "packet",
                "changed" if before else "decided",
                _public(before.model_dump(mode="json")) if before else None,
                _public(row),
            )

    def withdraw_packet(self, packet_id: str, reviewer: str, why: str) -> bool:
        """Remove a packet decision its criterion decisions no longer support; the audit
        keeps it and says why. False when there was none."""
        with self._transaction() as conn:
            before = self._packet(conn, packet_id)
            if before is None:
                return False
            conn.execute("DELETE FROM packet_decisions WHERE packet_id = ?", (packet_id,))
            withdrawn = before.model_copy(update={"reviewer": reviewer, "decided_at": now()})
            self._audit(
                conn,
                withdrawn,
                "packet",
                "withdrawn",
                _public(before.model_dump(mode="json")),
                {"why": why},
            )
            return True

    def _audit(
        self,
        conn: sqlite3.Connection,
        decision: CriterionDecision | PacketDecision,
        target: str,
        action: str,
        before: dict | None,
        after: dict | None,
    ) -> None:
        conn.execute(
            "INSERT INTO audit (at, reviewer, packet_id, packet_sha256, target, action,"
            " before, after, pipeline_version, policy_version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                decision.decided_at.isoformat(),
                decision.reviewer,
                decision.packet_id,
                decision.packet_sha256,
                target,
                action,
                json.dumps(before) if before is not None else None,
                json.dumps(after) if after is not None else None,
                decision.pipeline_version,
                decision.policy_version,
            ),
        )

    # ------------------------------------------------------------------ reads

    def _criterion(
        self, conn: sqlite3.Connection, packet_id: str, criterion_id: str
    ) -> CriterionDecision | None:
        row = conn.execute(
            "SELECT * FROM criterion_decisions WHERE packet_id = ? AND criterion_id = ?",
            (packet_id, criterion_id),
        ).fetchone()
        return _criterion_decision(row) if row else None

    def _packet(self, conn: sqlite3.Connection, packet_id: str) -> PacketDecision | None:
        row = conn.execute(
            "SELECT * FROM packet_decisions WHERE packet_id = ?", (packet_id,)
        ).fetchone()
        return PacketDecision.model_validate(dict(row)) if row else None

    def criteria(self, packet_id: str) -> dict[str, CriterionDecision]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT * FROM criterion_decisions WHERE packet_id = ?", (packet_id,)
            ).fetchall()
        return {row["criterion_id"]: _criterion_decision(row) for row in rows}

    def packet(self, packet_id: str) -> PacketDecision | None:
        with self._connect() as conn:
            return self._packet(conn, packet_id)

    def packets(self) -> dict[str, PacketDecision]:
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM packet_decisions").fetchall()
        return {row["packet_id"]: PacketDecision.model_validate(dict(row)) for row in rows}

    def decided_counts(self) -> dict[str, int]:
        """Packet id -> how many of its criteria have a decision."""
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT packet_id, COUNT(*) AS n FROM criterion_decisions GROUP BY packet_id"
            ).fetchall()
        return {row["packet_id"]: row["n"] for row in rows}

    def audit(self, packet_id: str | None = None) -> list[AuditEntry]:
        query = "SELECT * FROM audit"
        args: tuple[str, ...] = ()
        if packet_id is not None:
            query += " WHERE packet_id = ?"
            args = (packet_id,)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY seq", args).fetchall()
        return [
            AuditEntry.model_validate(
                dict(row)
                | {
                    "before": json.loads(row["before"]) if row["before"] else None,
                    "after": json.loads(row["after"]) if row["after"] else None,
                }
            )
            for row in rows
        ]


def _criterion_row(decision: CriterionDecision) -> dict:
    row = decision.model_dump(mode="json")
    row["evidence"] = json.dumps(list(decision.evidence))
    row["silent"] = int(decision.silent)
    return row


def _criterion_decision(row: sqlite3.Row) -> CriterionDecision:
    data = dict(row)
    data["evidence"] = tuple(json.loads(data["evidence"]))
    data["silent"] = bool(data["silent"])
    return CriterionDecision.model_validate(data)


def _public(data: dict) -> dict:
    """A decision as the audit shows it: what was decided, without repeating the keys
    every audit row already has."""
    return {
        key: value
        for key, value in data.items()
        if key not in {"packet_id", "packet_sha256", "pipeline_version", "policy_version"}
    }
