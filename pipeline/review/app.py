"""The review app: a queue of processed packets, each packet's report with a decision
form per criterion, and a packet-level decision, stored with an audit trail.

Plain HTML forms (no JavaScript anywhere: the Content-Security-Policy forbids scripts,
so hostile document text stays inert even if escaping were ever missed). Templates
extend the report's, so a criterion reads the same in the app as in report.html.
Nothing here logs a request; uvicorn's access log is off (``pipeline.review.server``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote as url_quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, PackageLoader

from pipeline.fhir.reviewed import REVIEWED_FHIR_FILE, write_reviewed_fhir
from pipeline.models import Determination, DeterminationValue, Status
from pipeline.outputs import REPORT_FILE
from pipeline.report.render import environment, read_view
from pipeline.report.view import ReportView, build_view
from pipeline.review.decide import (
    AGREE,
    CriterionForm,
    Refused,
    agree_form,
    criterion_view,
    decide_criterion,
    decide_packet,
    still_supported,
)
from pipeline.review.queue import (
    REVIEW_STATE_WORDS,
    Entry,
    Filters,
    compare,
    entries,
    find,
    review_state,
)
from pipeline.review.security import SESSION_COOKIE, Session, Sessions, is_loopback, same_secret
from pipeline.review.store import ReviewStore
from pipeline.wording import determination_label, determination_tone, status_label

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
OPEN_PATHS = frozenset({"/session"})
"""Reachable before signing in (the sign-in form itself)."""


def _templates():
    env = environment().overlay(
        loader=ChoiceLoader(
            [
                PackageLoader("pipeline.review", "templates"),
                PackageLoader("pipeline.report", "templates"),
            ]
        )
    )
    env.globals.update(
        determination_label=determination_label,
        determination_tone=determination_tone,
        status_label=status_label,
        state_words=REVIEW_STATE_WORDS,
        determinations=list(DeterminationValue),
        statuses=list(Status),
        iso=iso,
        audit_words=audit_words,
        confirmed=lambda decision, quote: any(t in decision.evidence for t in quote.cited),
        typed_only=lambda decision, quotes: [
            t for t in decision.evidence if not any(t in q.cited for q in quotes)
        ],
    )
    return env


def create_app(out_dir: Path, *, token: str | None = None, loopback_only: bool = True) -> FastAPI:
    """The app over one output folder. ``token``: required on every request when set.
    ``loopback_only``: refuse requests whose Host is not a loopback name."""
    out_dir = Path(out_dir)
    store = ReviewStore(out_dir)
    sessions = Sessions(token_required=token is not None)
    templates = _templates()
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        host = request.headers.get("host", "")
        if loopback_only and not is_loopback(host):
            return _secured(PlainTextResponse("This app answers on loopback only.", 400))
        session = sessions.get(request.cookies.get(SESSION_COOKIE))
        fresh = session is None
        if session is None:
            session = sessions.create()
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if token is not None and not session.authenticated and same_secret(bearer, token):
            session.authenticated = True
        request.state.session = session
        if not session.authenticated and request.url.path not in OPEN_PATHS:
            if request.method == "GET":
                response: Response = RedirectResponse("/session", status_code=303)
            else:
                response = PlainTextResponse("An access token is required.", 401)
        else:
            response = await call_next(request)
        if fresh:
            response.set_cookie(
                SESSION_COOKIE, session.id, httponly=True, samesite="strict", path="/"
            )
        return _secured(response)

    def page(name: str, request: Request, status_code: int = 200, **context) -> HTMLResponse:
        session: Session = request.state.session
        html = templates.get_template(name).render(session=session, **context)
        return HTMLResponse(html, status_code=status_code)

    async def form_of(request: Request):
        form = await request.form()
        session: Session = request.state.session
        if not same_secret(str(form.get("csrf", "")), session.csrf):
            raise _CsrfError
        return form

    @app.exception_handler(_CsrfError)
    async def csrf_refused(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("The form's security token is missing or stale: reload.", 403)

    # ------------------------------------------------------------------ sign-in

    @app.get("/session", response_class=HTMLResponse)
    async def session_form(request: Request, next: str = "/"):
        return page("session.html.j2", request, token_required=token is not None, next=_local(next))

    @app.post("/session")
    async def session_submit(request: Request):
        form = await form_of(request)
        session: Session = request.state.session
        if token is not None and not session.authenticated:
            if not same_secret(str(form.get("token", "")), token):
                return page(
                    "session.html.j2",
                    request,
                    401,
                    token_required=True,
                    next=_local(str(form.get("next", "/"))),
                    error="That access token is not right.",
                )
            session.authenticated = True
        name = " ".join(str(form.get("reviewer", "")).split())[:120]
        if name:
            session.reviewer = name
        return RedirectResponse(_local(str(form.get("next", "/"))), status_code=303)

    # ------------------------------------------------------------------ queue

    @app.get("/", response_class=HTMLResponse)
    async def queue(
        request: Request,
        recommendation: str = "",
        state: str = "",
        date_from: str = "",
        date_to: str = "",
    ):
        filters = Filters(recommendation, state, date_from, date_to)
        packet_decisions = store.packets()
        decided = store.decided_counts()
        rows = []
        for entry in entries(out_dir):
            decision = packet_decisions.get(entry.packet_id)
            current = review_state(entry, decided.get(entry.packet_id, 0), decision)
            comparisons = (
                compare(entry, store.criteria(entry.packet_id))
                if decided.get(entry.packet_id)
                else {}
            )
            disagreeing = sum(c.disagrees for c in comparisons.values())
            if filters.admits(entry, current, disagreeing):
                rows.append(
                    {
                        "entry": entry,
                        "state": current,
                        "decision": decision,
                        "disagreeing": disagreeing,
                        "decided": decided.get(entry.packet_id, 0),
                    }
                )
        return page("queue.html.j2", request, rows=rows, filters=filters)

    # ------------------------------------------------------------------ one packet

    def packet_page(
        request: Request, entry: Entry, status_code: int = 200, **extra
    ) -> HTMLResponse:
        determination = entry.determination()
        view = _view_of(entry)
        decisions = store.criteria(entry.packet_id)
        return page(
            "packet.html.j2",
            request,
            status_code,
            entry=entry,
            d=determination,
            view=view,
            decisions=decisions,
            comparisons=compare(entry, decisions),
            packet_decision=store.packet(entry.packet_id),
            audit=store.audit(entry.packet_id),
            report_url=f"/p/{entry.key}/report",
            errors=extra.pop("errors", {}),
            packet_error=extra.pop("packet_error", None),
            **extra,
        )

    def entry_or_404(key: str) -> Entry:
        entry = find(out_dir, key)
        if entry is None:
            raise _NotFound
        return entry

    @app.exception_handler(_NotFound)
    async def not_found(request: Request, exc: Exception) -> Response:
        return PlainTextResponse("No such packet in this output folder.", 404)

    @app.get("/p/{key}", response_class=HTMLResponse)
    async def packet(request: Request, key: str):
        return packet_page(request, entry_or_404(key))

    @app.get("/p/{key}/report", response_class=HTMLResponse)
    async def report(key: str):
        entry = entry_or_404(key)
        try:
            html = (entry.folder / REPORT_FILE).read_text(encoding="utf-8")
        except OSError:
            return PlainTextResponse("This packet has no report.", 404)
        return HTMLResponse(html)

    def require_reviewer(request: Request, back: str) -> Response | None:
        session: Session = request.state.session
        if session.reviewer:
            return None
        return RedirectResponse(f"/session?next={url_quote(back)}", status_code=303)

    @app.post("/p/{key}/criteria/{criterion_id}")
    async def decide(request: Request, key: str, criterion_id: str):
        entry = entry_or_404(key)
        form = await form_of(request)
        back = f"/p/{key}"
        if (redirect := require_reviewer(request, back)) is not None:
            return redirect
        session: Session = request.state.session
        determination = entry.determination()
        view = _view_of(entry)
        submitted = CriterionForm(
            choice=str(form.get("choice", AGREE)),
            reason=str(form.get("reason", "")),
            confirmed=tuple(_ints(form.getlist("confirm"))),
            typed=tuple(str(form.get("typed", "")).splitlines()),
        )
        try:
            decision = decide_criterion(
                determination, view, criterion_id, submitted, session.reviewer
            )
        except Refused as refused:
            return packet_page(request, entry, 422, errors={criterion_id: str(refused)})
        store.decide_criterion(decision)
        _withdraw_if_unsupported(store, entry, session.reviewer)
        _refresh_reviewed_fhir(store, entry, determination)
        return RedirectResponse(f"{back}#criterion-{criterion_id}", status_code=303)

    @app.post("/p/{key}/decision")
    async def decide_whole(request: Request, key: str):
        entry = entry_or_404(key)
        form = await form_of(request)
        back = f"/p/{key}"
        if (redirect := require_reviewer(request, back)) is not None:
            return redirect
        session: Session = request.state.session
        determination = entry.determination()
        view = _view_of(entry)
        try:
            chosen = DeterminationValue(str(form.get("determination", "")))
        except ValueError:
            return packet_page(request, entry, 422, packet_error="Choose a determination.")
        decisions = store.criteria(entry.packet_id)
        pending = []
        if form.get("agree_rest"):
            for criterion in determination.criteria:
                if criterion.id in decisions:
                    continue
                shown = criterion_view(view, criterion.id)
                if shown is None:
                    continue
                try:
                    pending.append(
                        decide_criterion(
                            determination, view, criterion.id, agree_form(shown), session.reviewer
                        )
                    )
                except Refused as refused:
                    return packet_page(
                        request,
                        entry,
                        422,
                        errors={criterion.id: str(refused)},
                        packet_error="A criterion cannot be agreed as it stands: see it below.",
                    )
        proposed = decisions | {d.criterion_id: d for d in pending}
        try:
            decision = decide_packet(
                determination, proposed, chosen, session.reviewer, str(form.get("notes", ""))
            )
        except Refused as refused:
            return packet_page(request, entry, 422, packet_error=str(refused))
        for criterion_decision in pending:
            store.decide_criterion(criterion_decision)
        store.decide_packet(decision)
        _refresh_reviewed_fhir(store, entry, determination)
        return RedirectResponse(f"{back}#decision", status_code=303)

    return app


class _CsrfError(Exception):
    pass


class _NotFound(Exception):
    pass


def _view_of(entry: Entry) -> ReportView:
    """The report's saved view; rebuilt without page context for outputs older than it."""
    return read_view(entry.folder) or build_view(entry.determination(), None)


def _withdraw_if_unsupported(store: ReviewStore, entry: Entry, reviewer: str) -> None:
    packet_decision = store.packet(entry.packet_id)
    if packet_decision is None:
        return
    criteria = list(entry.statuses)
    if not still_supported(packet_decision, store.criteria(entry.packet_id), criteria):
        store.withdraw_packet(
            entry.packet_id,
            reviewer,
            "a criterion decision changed; the packet decision no longer follows from them",
        )


def _refresh_reviewed_fhir(store: ReviewStore, entry: Entry, determination: Determination) -> None:
    """Keep ``reviewed.fhir.json`` equal to the packet's standing decision: written when
    the packet is decided for this output, removed when that decision is withdrawn."""
    packet_decision = store.packet(entry.packet_id)
    if packet_decision is None or packet_decision.packet_sha256 != determination.packet_sha256:
        (entry.folder / REVIEWED_FHIR_FILE).unlink(missing_ok=True)
        return
    write_reviewed_fhir(
        entry.folder,
        determination,
        [
            (d.criterion_id, d.status, d.reviewer, d.reason)
            for d in store.criteria(entry.packet_id).values()
            if d.packet_sha256 == determination.packet_sha256
        ],
    )


def _ints(values: list) -> list[int]:
    out = []
    for value in values:
        try:
            out.append(int(str(value)))
        except ValueError:
            continue
    return out


def _local(target: str) -> str:
    """Only redirect inside the app (never to another site named in a form)."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


def _secured(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value
    return response


def audit_words(change: dict) -> str:
    """An audit row's before/after in the reviewer's words."""
    if "status" in change:
        return status_label(change["status"])
    if "determination" in change:
        return determination_label(change["determination"])
    return str(change.get("why", ""))


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")
