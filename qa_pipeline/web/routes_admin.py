"""Accounts and roles, rule-set versions, the audit log: admins only."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, HTTPException, Request

from .auth import ROLES, AccountError, User, add_user, audit, list_users, set_active, set_password, set_role, user_by_id
from .deps import Page, RowId, client_ip, csv_download, parse_day, redirect, render, require, to_local, web

router = APIRouter(prefix="/admin")
admin = require("admin")
AUDIT_PAGE = 100
AUDIT_COLUMNS = ("at", "user", "action", "target", "ip", "detail")  # "at" in intake.time_zone, labelled


@router.get("/users")
def users_page(request: Request, user: User = Depends(admin)):
    return _users(request)


def _users(request: Request, error: str = "", status: int = 200):
    w = web(request)
    versions = w.store.browse.ruleset_versions()  # which rule-set versions scored the stored calls
    known = w.store.browse.agent_ids()  # an agent account whose 工号 has no call is flagged
    return render(request, "admin_users.html", status, users=list_users(w.store), roles=ROLES, versions=versions,
                  error=error, known_agents=known)


@router.post("/users")
def create_user(request: Request, username: str = Form(""), role: str = Form(""), agent_id: str = Form(""),
                password: str = Form(""), user: User = Depends(admin)):
    w = web(request)
    try:
        new_id = add_user(w.store, username, password, role, agent_id.strip() or None)
    except AccountError as e:
        return _users(request, str(e), 400)
    audit(w.store, user.username, "user_create", f"user {new_id} {username.strip()}", client_ip(request), role)
    return redirect("/admin/users")


@router.post("/users/{user_id}")
def change_user(request: Request, user_id: RowId, action: str = Form(""), role: str = Form(""), agent_id: str = Form(""),
                password: str = Form(""), user: User = Depends(admin)):
    """action: deactivate, activate, role (with role and agent_id) or password (a reset)."""
    w = web(request)
    target = user_by_id(w.store, user_id)
    if target is None:
        raise HTTPException(404, "no such user")
    if user_id == user.id and action in ("deactivate", "role"):
        return _users(request, "不能停用或降级自己的账号 — you cannot deactivate or demote yourself", 400)
    try:
        if action in ("deactivate", "activate"):
            set_active(w.store, user_id, action == "activate")
        elif action == "role":
            set_role(w.store, user_id, role, agent_id.strip() or None)
        elif action == "password":
            set_password(w.store, user_id, password)
        else:
            raise HTTPException(400, "unknown action")
    except AccountError as e:
        return _users(request, str(e), 400)
    detail = f"{role} {agent_id}".strip() if action == "role" else ""
    audit(w.store, user.username, f"user_{action}", f"user {user_id} {target['username']}", client_ip(request), detail)
    return redirect("/admin/users")


def _audit_span(zone: ZoneInfo, date_from: str, date_to: str) -> tuple[datetime | None, datetime | None]:
    """[first day 00:00, day after the last 00:00) of the call centre's days (``zone``), as the
    naive UTC the audit log keeps; 400 when malformed."""
    first = parse_day(date_from, "from")
    last = parse_day(date_to, "to")
    last = last + timedelta(days=1) if last else None

    def utc(day: date | None) -> datetime | None:
        if day is None:
            return None
        return datetime.combine(day, datetime.min.time(), zone).astimezone(timezone.utc).replace(tzinfo=None)

    return utc(first), utc(last)


@router.get("/audit")
def audit_page(request: Request, who: str = "", action: str = "", date_from: str = "", date_to: str = "",
               page: Page = 1, user: User = Depends(admin)):
    w = web(request)
    since, until = _audit_span(w.config.intake.zone, date_from, date_to)
    total, rows = w.store.accounts.audit_page(who, action, (page - 1) * AUDIT_PAGE, AUDIT_PAGE, since, until)
    query = urlencode({k: v for k, v in dict(who=who, action=action, date_from=date_from, date_to=date_to).items() if v})
    return render(request, "audit.html", rows=rows, total=total, page=page, pages=max(1, -(-total // AUDIT_PAGE)),
                  who=who, action=action, date_from=date_from, date_to=date_to, query=query)


@router.get("/audit.csv")
def audit_csv(request: Request, who: str = "", action: str = "", date_from: str = "", date_to: str = "",
              user: User = Depends(require("admin", api=True))):
    """The filtered audit log, every matching entry, oldest first: formula-safe UTF-8 with BOM for Excel."""
    w = web(request)
    zone = w.config.intake.zone
    since, until = _audit_span(zone, date_from, date_to)
    _, rows = w.store.accounts.audit_page(who, action, 0, 0, since, until)
    lines = [[to_local(r["at"], zone).strftime("%Y-%m-%d %H:%M:%S") if c == "at" else r[c] for c in AUDIT_COLUMNS]
             for r in reversed(rows)]
    audit(w.store, user.username, "export", "audit.csv", client_ip(request),
          " ".join(f"{k}={v}" for k, v in dict(who=who, action=action, date_from=date_from, date_to=date_to).items() if v))
    return csv_download("audit.csv", [f"at ({zone})", *AUDIT_COLUMNS[1:]], lines)
