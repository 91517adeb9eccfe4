"""`authreview review`: serve the review app on this machine.

Loopback by default. Bound to any other address it needs an access token (from
``AUTHREVIEW_REVIEW_TOKEN`` or ``--token-file``, never the command line, where other
users can read it in the process list) and refuses to start without one. uvicorn's
access log is off: nothing about a request is logged.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pipeline.review.security import MIN_TOKEN_LENGTH, TOKEN_ENV, is_loopback

EXIT_OK = 0
EXIT_REFUSED = 2
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def read_token(token_file: Path | None) -> str | None:
    """The access token: the file's first line, else the environment variable."""
    if token_file is not None:
        return token_file.read_text(encoding="utf-8").strip() or None
    return os.environ.get(TOKEN_ENV, "").strip() or None


def refusal(host: str, token: str | None) -> str | None:
    """Why the app must not start with these settings, or None."""
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        return f"the access token must be at least {MIN_TOKEN_LENGTH} characters"
    if not is_loopback(host) and token is None:
        return (
            f"binding to {host} exposes patient data beyond this machine: set "
            f"{TOKEN_ENV} or pass --token-file (at least {MIN_TOKEN_LENGTH} characters)"
        )
    return None


def serve(out_dir: Path, host: str, port: int, token_file: Path | None = None) -> int:
    import uvicorn

    from pipeline.review.app import create_app

    try:
        token = read_token(token_file)
    except OSError as exc:
        print(f"error: cannot read the token file ({exc.strerror})", file=sys.stderr)
        return EXIT_REFUSED
    if (why := refusal(host, token)) is not None:
        print(f"error: authreview review will not start: {why}", file=sys.stderr)
        return EXIT_REFUSED
    if not Path(out_dir).is_dir():
        print(f"error: {out_dir} is not an output folder", file=sys.stderr)
        return EXIT_REFUSED
    app = create_app(Path(out_dir), token=token, loopback_only=is_loopback(host) and token is None)
    shown = f"[{host}]" if ":" in host else host
    print(f"review app: http://{shown}:{port}/  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        log_level="warning",
        server_header=False,
        date_header=False,
    )
    return EXIT_OK
