"""Who may use the review app and how its forms are protected.

Bound to loopback (the default) the app needs no token but answers only requests whose
Host names a loopback address, so a web page elsewhere cannot reach it through DNS
rebinding. Bound to any other address it refuses to start without an access token, and
every request must carry it (a session cookie after the sign-in form, or an
``Authorization: Bearer`` header). Every form carries its session's CSRF token;
cookies are HttpOnly and SameSite=Strict.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass, field
from threading import Lock

SESSION_COOKIE = "authreview_review"
TOKEN_ENV = "AUTHREVIEW_REVIEW_TOKEN"
MIN_TOKEN_LENGTH = 16
"""A token a person could guess in an afternoon is no protection."""
LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or 'localhost' (with or without a port or brackets)."""
    name = host.strip()
    if name.startswith("["):
        name = name[1:].split("]", 1)[0]
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    if name.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def same_secret(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


@dataclass
class Session:
    id: str
    csrf: str
    authenticated: bool
    reviewer: str = ""


@dataclass
class Sessions:
    """In-memory sessions: a restart signs everyone out, which is the safe direction."""

    token_required: bool
    _sessions: dict[str, Session] = field(default_factory=dict)
    _lock: Lock = field(default_factory=Lock)

    def get(self, session_id: str | None) -> Session | None:
        with self._lock:
            return self._sessions.get(session_id or "")

    def create(self) -> Session:
        session = Session(
            id=secrets.token_urlsafe(32),
            csrf=secrets.token_urlsafe(32),
            authenticated=not self.token_required,
        )
        with self._lock:
            self._sessions[session.id] = session
        return session
