"""What every route shares: the app's context, the signed-in user, the CSRF guard, rendering."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cached_property
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment

from ..export import csv_text
from ..trends.analysis import KIND_NAMES
from .access import require_role
from .auth import SESSION_COOKIE, User, issued_login_token, same_token, session_user
from .listens import Listens
from .media import Derived

LOGIN_CSRF_COOKIE = "qa_login_csrf"  # before a session exists, the login form's token is a signed double-submit cookie
HOME = {"agent": "/calls", "specialist": "/calls?queue=1", "trainer": "/trainer", "admin": "/admin/users"}
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


# A row id as both databases hold it (an INTEGER column: 32 bits on PostgreSQL): a larger
# number names no row, and is a 404 rather than an overflow inside the driver (a 500).
RowId = Annotated[int, Path(ge=-(2**31), le=2**31 - 1)]
MAX_PAGE = 1_000_000  # 50 million rows deep: far past any list; beyond it a page number is a 400
Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]
# The days a filter may name: a call centre's calls are in this range, and the day after the
# last still exists (9999-12-31 has no next day: a range ending there overflowed).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


@dataclass
class Web:
    store: object
    config: object
    templates: Environment
    secure_cookies: bool = False
    session_hours: float = 8.0
    derived: Derived = field(init=False)
    listens: Listens = field(init=False)  # which requests for a recording are audit-logged listens
    # signs the login form's tokens; per process: a restart asks open login forms to reload
    login_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)

    def __post_init__(self):
        self.derived = Derived(self.store)
        self.listens = Listens()

    @cached_property
    def fail_grades(self) -> tuple[str, ...]:
        from ..scoring.review import fail_grades
        from ..scoring.model_store import active_fail_grades

        return fail_grades(self.config.scoring, active_fail_grades())

    @cached_property
    def model(self):
        """The active classifiers, loaded once (seconds): a review refreshes a call's prediction, a role swap checks it again."""
        from ..scoring.training import active_model

        return active_model()

    @property
    def grades(self) -> list[str]:
        return [grade for _, grade in self.config.scoring.grades]


class LoginRequired(Exception):
    """No (live) session on a page route: answered with a redirect to the login form."""


def web(request: Request) -> Web:
    return request.app.state.web


def session_of(request: Request) -> tuple[User, str] | None:
    """(user, CSRF token) of the request's session, looked up once per request."""
    if not hasattr(request.state, "session"):
        token = request.cookies.get(SESSION_COOKIE)
        request.state.session = session_user(web(request).store, token) if token else None
    return request.state.session


def require(*roles: str, api: bool = False):
    """Dependency: the signed-in user, in one of ``roles`` (any role when none are named).

    Pages redirect an anonymous request to the login form; media and exports (``api``)
    answer 401, which a player or a script can understand.
    """

    def dependency(request: Request) -> User:
        found = session_of(request)
        if found is None:
            if api:
                raise HTTPException(401, "login required")
            raise LoginRequired()
        if roles:
            require_role(found[0], *roles)
        return found[0]

    return dependency


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: every state-changing request carries the session's CSRF token
    (form field ``csrf_token`` or header ``X-CSRF-Token``), else 403."""
    if request.method in SAFE_METHODS:
        return
    form = await request.form()  # parsed once: FastAPI reuses it for the route's Form fields
    given = form.get("csrf_token") or request.headers.get("x-csrf-token")
    if request.url.path == "/login":
        expected = request.cookies.get(LOGIN_CSRF_COOKIE)
        if not issued_login_token(web(request).login_secret, expected):
            expected = None  # a token the client made up, or another server's
    else:
        found = await run_in_threadpool(session_of, request)  # a database read: off the event loop
        if found is None:
            raise LoginRequired()
        expected = found[1]
    if not same_token(expected, given if isinstance(given, str) else None):
        raise HTTPException(403, "CSRF token missing or wrong: reload the page and try again")


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    found = session_of(request)
    user, csrf = found if found else (None, "")
    html = web(request).templates.get_template(template).render(
        request=request, user=user, csrf_token=csrf, kind_names=KIND_NAMES, **context)
    return HTMLResponse(html, status_code)


def csv_download(filename: str, header, rows) -> Response:
    """A CSV attachment, formula-safe and with a BOM for Excel (``export.csv_text``)."""
    return Response(csv_text(header, rows), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)  # after a POST: the browser GETs the new page


def safe_next(url: str | None, default: str = "/") -> str:
    """Only a path on this site: never an open redirect (//host, /\\host, scheme:)."""
    return url if url and re.fullmatch(r"/(?![/\\])[^\s]*", url) else default


def parse_day(value: str, what: str = "date") -> date | None:
    """A YYYY-MM-DD form or query field (None when empty); 400 when malformed or out of range."""
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        raise HTTPException(400, f"{what}: dates are YYYY-MM-DD") from None
    if day is not None and not FIRST_DAY <= day <= LAST_DAY:
        raise HTTPException(400, f"{what}: dates are {FIRST_DAY.year}–{LAST_DAY.year}")
    return day


def to_local(value: datetime | None, zone: ZoneInfo) -> datetime | None:
    """A stored UTC time (naive, as the web tables keep it, or aware) in ``zone``."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(zone)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def secure(request: Request) -> bool:
    return web(request).secure_cookies or request.url.scheme == "https"
