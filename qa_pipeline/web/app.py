"""``create_app(config, store)``: the web app over the store the batch writes.

Server-rendered (FastAPI + Jinja2 with autoescaping), no external assets: styles and
script are served from the package, so it works offline and under a strict CSP.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import routes_admin, routes_auth, routes_calibration, routes_calls, routes_review, routes_trainer
from .deps import LoginRequired, Web, csrf_guard, redirect, render, to_local
from ..scoring.agreement import GOOD, verdict
from ..text import clock
from .wording import KIND_ADVICE, SEVERITY_NAMES, plain_reason

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SERVER_ERROR_PAGE = ('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>500</title>'
                     "<h1>500</h1><p>服务器内部错误，已记录 — internal error, logged. "
                     '<a href="/">返回首页 Home</a></p></html>')
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
}


def create_app(config, store, *, secure_cookies: bool = False, session_hours: float = 8.0) -> FastAPI:
    # No /docs, /redoc or /openapi.json: they would load assets from a CDN and describe the app to anyone.
    app = FastAPI(title="qa-pipeline", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(csrf_guard)])
    app.state.web = Web(store, config, _templates(config.intake.zone), secure_cookies, session_hours)
    for module in (routes_auth, routes_calls, routes_review, routes_calibration, routes_trainer, routes_admin):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    _error_pages(app)
    app.add_middleware(SecurityHeaders, hsts=secure_cookies)
    return app


def _templates(zone: ZoneInfo) -> Environment:
    env = Environment(loader=PackageLoader("qa_pipeline", "web/templates"), autoescape=True)
    # Two kinds of stored time, one zone on screen: a call's start is already the call
    # centre's local time (``when``); what the web app records is UTC (``at``: converted).
    env.filters.update(clock=clock, when=_when, at=lambda value, seconds=False: _when(to_local(value, zone), seconds),
                       q=lambda value: quote(str(value), safe=""), stat=_stat)
    env.globals.update(
        role_names={"agent": "坐席 agent", "specialist": "质检员 QA specialist", "trainer": "培训师 trainer",
                    "admin": "管理员 admin"},
        role_labels={"agent": "坐席", "customer": "客户", "unknown": "未知"},
        # 成立: the agent was right (the finding is withdrawn); 不成立: the finding stands
        status_names={"open": "待处理 open", "upheld": "申诉成立 upheld", "dismissed": "申诉不成立 dismissed"},
        verdict=verdict, good_agreement=GOOD, severity_names=SEVERITY_NAMES, kind_advice=KIND_ADVICE,
        plain_reason=plain_reason, tz_label=str(zone))
    return env



def _stat(value) -> str:
    """A κ, α or ICC to two places; "–" where the data cannot define it."""
    return "–" if value is None else f"{value:.2f}"


def _when(value, seconds: bool = False) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M") if value else "–"


def _error_pages(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return redirect("/login" + (f"?next={quote(target, safe='')}" if request.method == "GET" else ""))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return render(request, "error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        # an id out of range names nothing (404); a bad page number or filter is the client's (400)
        where = {error["loc"][0] for error in exc.errors() if error.get("loc")}
        if "path" in where:
            return render(request, "error.html", 404, status=404, message="not found")
        if "query" in where:
            return render(request, "error.html", 400, status=400, message="链接参数不对 Malformed query parameters")
        return render(request, "error.html", 422, status=422, message="表单内容不完整或格式不对 Incomplete or malformed form")


class SecurityHeaders:
    """Pure ASGI middleware (streams audio untouched): the security headers on every response.

    A route may set its own Content-Security-Policy (the SVG images do); everything else gets
    the defaults. Pages hold personal data: nothing but the static files may be cached.
    """

    def __init__(self, app, hsts: bool = False):
        self.app, self.hsts = app, hsts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        static = scope["path"].startswith("/static/")
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                headers.setdefault("cache-control", "public, max-age=3600" if static else "no-store")
                if self.hsts:
                    headers.setdefault("strict-transport-security", "max-age=31536000")
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # Starlette answers an unhandled error outside every middleware, without these
            # headers: answer it here, plainly (the page may not even reach the store), and
            # raise on so that the server logs the traceback.
            if not started:
                await HTMLResponse(SERVER_ERROR_PAGE, 500)(scope, receive, send_with_headers)
            raise
