"""The batch store's state machine: claims, stale claims, bounded attempts, ownership."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flows.store import ClaimResult, Owner, PacketStatus, Store

SHA = "a" * 64
MAX = 3


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "state.sqlite")


def _claim(store: Store, owner: Owner) -> ClaimResult:
    return store.claim(SHA, "pkt", "/inbox/pkt.pdf", owner, max_attempts=MAX)


def _dead_owner() -> Owner:
    """An owner on this host whose process has exited (a batch run that was killed)."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return Owner(pid=int(child.stdout))


def test_store_first_claim_counts_one_attempt(store):
    me = Owner()
    assert _claim(store, me) is ClaimResult.claimed
    record = store.get(SHA)
    assert (record.status, record.attempts, record.owner) == (PacketStatus.claimed, 1, me.run_id)


def test_store_claim_held_by_a_live_run_is_busy(store):
    other = Owner()
    Store.register(other)
    try:
        _claim(store, other)
        assert _claim(store, Owner()) is ClaimResult.busy
        assert _claim(store, other) is ClaimResult.busy
    finally:
        Store.unregister(other)
    assert store.get(SHA).attempts == 1


def test_store_claim_of_a_killed_run_is_taken_over_and_counted(store):
    killed = _dead_owner()
    _claim(store, killed)
    me = Owner()
    assert _claim(store, me) is ClaimResult.claimed
    record = store.get(SHA)
    assert (record.attempts, record.owner) == (2, me.run_id)
    assert store.event_counts("abandoned") == {SHA: 1}


def test_store_claim_of_a_finished_run_in_this_process_is_stale(store):
    finished = Owner()  # same pid, never registered as live: a run that raised
    _claim(store, finished)
    assert _claim(store, Owner()) is ClaimResult.claimed


@pytest.mark.parametrize(
    ("finish", "then"),
    [
        ("done", ClaimResult.done),
        ("quarantined", ClaimResult.quarantined),
        ("failed", ClaimResult.claimed),
    ],
)
def test_store_claim_after_a_finished_attempt(store, finish, then):
    me = Owner()
    _claim(store, me)
    if finish == "done":
        assert store.mark_done(SHA, me, determination="meets_criteria", output_path="/out/pkt")
    elif finish == "quarantined":
        assert store.mark_quarantined(SHA, me, error_code="E101", error_reason="not a PDF")
    else:
        assert store.mark_failed(SHA, me, error_code="E900", error_reason="unexpected KeyError")
    assert _claim(store, Owner()) is then


def test_store_failed_packet_is_claimed_at_most_max_attempts_times(store):
    results = []
    for _ in range(MAX + 1):
        me = Owner()
        result = _claim(store, me)
        results.append(result)
        if result is ClaimResult.claimed:
            store.mark_failed(SHA, me, error_code="E900", error_reason="unexpected KeyError")
    assert results == [ClaimResult.claimed] * MAX + [ClaimResult.exhausted]
    assert store.get(SHA).attempts == MAX
    assert store.event_counts("claimed") == {SHA: MAX + 1}


def test_store_only_the_claimant_can_finish_a_claim(store):
    me, other = Owner(), Owner()
    _claim(store, me)
    assert not store.mark_done(SHA, other, determination="meets_criteria", output_path="/x")
    assert store.mark_done(SHA, me, determination="meets_criteria", output_path="/x")
    assert not store.mark_done(SHA, me, determination="meets_criteria", output_path="/x")
    assert store.event_counts("done") == {SHA: 1}


def test_store_file_is_owner_only(store):
    assert store.path.stat().st_mode & 0o077 == 0
