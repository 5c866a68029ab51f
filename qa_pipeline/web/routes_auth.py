"""Signing in and out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request

from .auth import (LOGIN_TOKEN_SECONDS, SESSION_COOKIE, User, admit_attempt, audit, authenticate, clear_failures,
                   close_session, login_token, open_session)
from .deps import HOME, LOGIN_CSRF_COOKIE, client_ip, redirect, render, require, safe_next, secure, session_of, web

router = APIRouter()


@router.get("/")
def home(user: User = Depends(require())):
    return redirect(HOME[user.role])


@router.get("/login")
def login_form(request: Request, next: str = "/"):
    if session_of(request):
        return redirect("/")
    token = login_token(web(request).login_secret)
    response = render(request, "login.html", login_csrf=token, next=safe_next(next), error="")
    response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=LOGIN_TOKEN_SECONDS, path="/login", httponly=True, samesite="strict",
                        secure=secure(request))
    return response


@router.post("/login")
def login(request: Request, username: str = Form(""), password: str = Form(""), next: str = Form("/")):
    w, ip, name = web(request), client_ip(request), username.strip()[:64]
    if not admit_attempt(w.store, name, ip):
        audit(w.store, name or "?", "login_blocked", ip=ip)
        return _again(request, next, 429, "登录失败次数过多，请5分钟后再试 — too many failed logins, try again in 5 minutes")
    user = authenticate(w.store, name, password)
    if user is None:
        audit(w.store, name or "?", "login_failed", ip=ip)
        return _again(request, next, 401, "用户名或密码错误 — wrong username or password")
    clear_failures(w.store, name, ip)
    if old := request.cookies.get(SESSION_COOKIE):
        close_session(w.store, old)
    token = open_session(w.store, user, w.session_hours)
    audit(w.store, user.username, "login", ip=ip)
    response = redirect(safe_next(next, "/") if next not in ("", "/") else HOME[user.role])
    response.set_cookie(SESSION_COOKIE, token, max_age=int(w.session_hours * 3600), path="/", httponly=True,
                        samesite="lax", secure=secure(request))
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


def _again(request: Request, next: str, status: int, error: str):
    """The form again, with the same login token (still in its cookie)."""
    return render(request, "login.html", status, login_csrf=request.cookies.get(LOGIN_CSRF_COOKIE, ""),
                  next=safe_next(next), error=error)


@router.post("/logout")
def logout(request: Request, user: User = Depends(require())):
    w = web(request)
    close_session(w.store, request.cookies.get(SESSION_COOKIE, ""))
    audit(w.store, user.username, "logout", ip=client_ip(request))
    response = redirect("/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
