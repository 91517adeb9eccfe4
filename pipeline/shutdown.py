"""Stopping on SIGINT / SIGTERM in seconds, without tracebacks and without losing work.

systemd waits 90 s and container runtimes 10 s before they kill a process, so the
commands stop promptly: a signal only sets a flag that the loops waiting on packets
check a few times a second; they stop their worker processes, give back what they had
claimed, write what finished (summary, index.html) and return. Where a packet runs in
this very process (one worker), the packet cannot poll the flag, so while it runs the
signal raises ``Interrupted`` instead. A second signal exits at once.

Worker processes lead process groups of their own and ignore SIGINT, so a terminal's
Ctrl-C reaches only the parent, which decides when they stop and ends each with its OCR
subprocesses (``worker_signals``, ``end_worker``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

POLL_SECONDS = 0.2
"""How often waiting loops look at the stop flag."""
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """Raised out of in-process packet work when a stop signal arrives (a BaseException,
    like KeyboardInterrupt, so that per-packet `except Exception` does not swallow it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class StopRequest:
    """Whether, and by which signal, the process was asked to stop."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._raise_now = False

    @property
    def requested(self) -> bool:
        return self.signum is not None

    @property
    def name(self) -> str | None:
        return signal.Signals(self.signum).name if self.signum is not None else None

    @property
    def exit_code(self) -> int:
        """The shell's convention for a process ended by a signal: 128 + its number."""
        return 128 + (self.signum or 0)

    def check(self) -> None:
        """Raise ``Interrupted`` if a stop was requested."""
        if self.signum is not None:
            raise Interrupted(self.signum)

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        """Inside this block a stop signal raises ``Interrupted`` at once (work that
        cannot poll the flag, such as a packet processed in this process)."""
        self.check()
        self._raise_now = True
        try:
            yield
        finally:
            self._raise_now = False

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.signum is not None:  # asked twice: stop now
            os._exit(128 + signum)
        self.signum = signum
        if self._raise_now:
            self._raise_now = False
            raise Interrupted(signum)


_active: StopRequest | None = None


@contextlib.contextmanager
def stop_on_signals() -> Iterator[StopRequest]:
    """Turn SIGINT and SIGTERM into a ``StopRequest`` for this block.

    Nested blocks share the request (an outer command and an inner flow run see the
    same flag), and each restores the handlers it found (Prefect installs its own SIGTERM
    handler around a flow run). Off the main thread, where handlers cannot be set, the
    request is returned without handlers.
    """
    global _active
    outer = _active
    request = outer or StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
    for signum in STOP_SIGNALS:
        signal.signal(signum, request._handle)
    _active = request
    try:
        yield request
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _active = outer


def current() -> StopRequest | None:
    """The stop request of the innermost active ``stop_on_signals`` block, if any."""
    return _active


def interrupt_on_sigint() -> None:
    """Let SIGINT stop code that relies on Python's own Ctrl-C handling (``asyncio.run``
    cancels its main task only when ``signal.default_int_handler`` is installed), even in
    a process started with SIGINT ignored: a background job of a non-interactive shell,
    as CI jobs and init scripts start commands, inherits SIGINT ignored, and the flow
    runs it starts (which stop on SIGINT by ``stop_on_signals``) would stop while it
    went on waiting for more. Main thread only, where handlers can be set."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.default_int_handler)


_PR_SET_PDEATHSIG = 1


def worker_signals() -> None:
    """Set up a worker process so that only its parent stops it, and can stop it whole.

    The worker leads its own process group: a terminal's Ctrl-C reaches only the parent,
    and ``end_worker`` ends the worker together with its OCR subprocesses. It ignores
    SIGINT, dies on SIGTERM, and (Linux) is sent SIGTERM when its parent dies, so a
    killed command leaves no worker behind.
    """
    os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM))
    except (OSError, AttributeError):  # not Linux: the worker ends when its queue closes
        pass


def end_worker(pid: int) -> None:
    """End a worker set up by ``worker_signals``, with everything it started."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
