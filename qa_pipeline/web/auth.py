"""Accounts, sessions, CSRF tokens, the login rate limit and the audit log.

Plain SQLAlchemy and argon2, no web framework: the ``users`` command line uses it too.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, insert, select, update

from .tables import ROLES, audit_log, login_failures, sessions, users, utcnow

# argon2-cffi's defaults are Argon2id with RFC 9106's low-memory profile (t=3, 64 MiB, p=4).
_hasher = PasswordHasher()
# Verified when the username is unknown, so a failed login takes as long either way.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

MIN_PASSWORD = 10
MAX_FAILURES, FAILURE_WINDOW = 5, timedelta(minutes=5)
SESSION_COOKIE = "qa_session"


class AccountError(ValueError):
    """A request to create or change an account that cannot be carried out (one line, for people)."""


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    agent_id: str | None

    @property
    def is_agent(self) -> bool:
        return self.role == "agent"


# accounts ------------------------------------------------------------------------------------
def check_password(password: str, username: str = "") -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password too short: at least {MIN_PASSWORD} characters")
    if username and password.lower() == username.lower():
        raise AccountError("password must differ from the username")


def _check_role(role: str, agent_id: str | None) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    if role == "agent" and not agent_id:
        raise AccountError("an agent account needs its 工号 (agent id)")


def add_user(store, username: str, password: str, role: str, agent_id: str | None = None) -> int:
    username = username.strip()
    if not username or len(username) > 64:
        raise AccountError("username must be 1–64 characters")
    _check_role(role, agent_id)
    check_password(password, username)
    with store.engine.begin() as conn:
        if conn.execute(select(users.c.id).where(func.lower(users.c.username) == username.lower())).first():
            raise AccountError(f"user {username!r} exists already")
        return conn.execute(insert(users).values(
            username=username, password_hash=_hasher.hash(password), role=role,
            agent_id=agent_id if role == "agent" else None, active=True, created_at=utcnow())).inserted_primary_key[0]


def list_users(store) -> list[dict]:
    columns = [users.c.id, users.c.username, users.c.role, users.c.agent_id, users.c.active, users.c.created_at]
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(*columns).order_by(users.c.username)).mappings()]


def user_by_name(store, username: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    return dict(row) if row else None


def user_by_id(store, user_id: int) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
    return dict(row) if row else None


def set_active(store, user_id: int, active: bool) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(users).where(users.c.id == user_id).values(active=active))
        if not active:
            conn.execute(delete(sessions).where(sessions.c.user_id == user_id))


def set_role(store, user_id: int, role: str, agent_id: str | None) -> None:
    _check_role(role, agent_id)
    with store.engine.begin() as conn:
        conn.execute(update(users).where(users.c.id == user_id).values(
            role=role, agent_id=agent_id if role == "agent" else None))


def set_password(store, user_id: int, password: str) -> None:
    user = user_by_id(store, user_id)
    check_password(password, user["username"] if user else "")
    with store.engine.begin() as conn:
        conn.execute(update(users).where(users.c.id == user_id).values(password_hash=_hasher.hash(password)))
        conn.execute(delete(sessions).where(sessions.c.user_id == user_id))  # a reset logs the account out


def authenticate(store, username: str, password: str) -> User | None:
    row = user_by_name(store, username.strip())
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row["active"]:
        return None
    if _hasher.check_needs_rehash(row["password_hash"]):  # parameters raised since it was hashed
        with store.engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == row["id"]).values(password_hash=_hasher.hash(password)))
    return User(row["id"], row["username"], row["role"], row["agent_id"])


# login rate limit ------------------------------------------------------------------------------
def too_many_failures(store, username: str, ip: str) -> bool:
    since = utcnow() - FAILURE_WINDOW
    with store.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(login_failures).where(
            login_failures.c.username == username.lower(), login_failures.c.ip == ip, login_failures.c.at > since)).scalar()
    return n >= MAX_FAILURES


def record_failure(store, username: str, ip: str) -> None:
    now = utcnow()
    with store.engine.begin() as conn:
        conn.execute(delete(login_failures).where(login_failures.c.at < now - timedelta(days=1)))
        conn.execute(insert(login_failures).values(username=username.lower()[:64], ip=ip, at=now))


def clear_failures(store, username: str, ip: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(login_failures).where(login_failures.c.username == username.lower(), login_failures.c.ip == ip))


# sessions -------------------------------------------------------------------------------------
def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(store, user: User, hours: float) -> str:
    """A new session (never a reused one: no fixation); returns the cookie value."""
    token, now = secrets.token_urlsafe(32), utcnow()
    with store.engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.expires_at < now))
        conn.execute(insert(sessions).values(token_hash=_digest(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                                             created_at=now, expires_at=now + timedelta(hours=hours)))
    return token


def session_user(store, token: str) -> tuple[User, str] | None:
    """(user, CSRF token) of a live session of an active account, else None."""
    query = (select(users.c.id, users.c.username, users.c.role, users.c.agent_id, sessions.c.csrf_token)
             .join(users, users.c.id == sessions.c.user_id)
             .where(sessions.c.token_hash == _digest(token), sessions.c.expires_at > utcnow(), users.c.active.is_(True)))
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    return (User(row.id, row.username, row.role, row.agent_id), row.csrf_token) if row else None


def close_session(store, token: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == _digest(token)))


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and secrets.compare_digest(expected.encode(), given.encode())


# audit log ------------------------------------------------------------------------------------
def audit(store, user: str, action: str, target: str = "", ip: str = "", detail: str = "") -> None:
    with store.engine.begin() as conn:
        conn.execute(insert(audit_log).values(at=utcnow(), user=user, action=action, target=str(target)[:160],
                                              ip=ip, detail=detail[:1000]))
