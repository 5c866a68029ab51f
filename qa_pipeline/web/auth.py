"""Accounts, sessions, CSRF tokens, the login rate limit and the audit log.

argon2 over the store's ``accounts``, no web framework: the ``users`` command line uses it too.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..config import ROLES
from ..store.accounts import utcnow


# argon2-cffi's defaults are Argon2id with RFC 9106's low-memory profile (t=3, 64 MiB, p=4).
_hasher = PasswordHasher()
# Verified when the username is unknown, so a failed login takes as long either way.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

MIN_PASSWORD = 10
MAX_FAILURES, FAILURE_WINDOW = 5, timedelta(minutes=5)
SESSION_COOKIE = "qa_session"
LOGIN_TOKEN_SECONDS = 3600  # the login form's token (and its cookie) last an hour


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
    user_id = store.accounts.add(username, _hasher.hash(password), role, agent_id if role == "agent" else None)
    if user_id is None:
        raise AccountError(f"user {username!r} exists already")
    return user_id


def unknown_agent_id(store, role: str, agent_id: str | None) -> str:
    """A warning when an agent account names a 工号 no stored call has (a typo, or a new agent
    with no calls yet): the account would see nothing. "" when all is well."""
    if role != "agent" or not agent_id or agent_id in store.browse.agent_ids():
        return ""
    return f"工号 {agent_id} 没有任何通话记录，请核对 — no call in the store has agent id {agent_id}: check it"


def list_users(store) -> list[dict]:
    return store.accounts.list()


def user_by_name(store, username: str) -> dict | None:
    return store.accounts.by_name(username)


def user_by_id(store, user_id: int) -> dict | None:
    return store.accounts.by_id(user_id)


def set_active(store, user_id: int, active: bool) -> None:
    store.accounts.set_active(user_id, active)  # deactivating also ends the account's sessions


def set_role(store, user_id: int, role: str, agent_id: str | None) -> None:
    _check_role(role, agent_id)
    store.accounts.set_role(user_id, role, agent_id if role == "agent" else None)


def set_password(store, user_id: int, password: str) -> None:
    user = user_by_id(store, user_id)
    check_password(password, user["username"] if user else "")
    store.accounts.set_password_hash(user_id, _hasher.hash(password), logout=True)  # a reset logs the account out


def authenticate(store, username: str, password: str) -> User | None:
    row = user_by_name(store, username.strip())
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row["active"]:
        return None
    if _hasher.check_needs_rehash(row["password_hash"]):  # parameters raised since it was hashed
        store.accounts.set_password_hash(row["id"], _hasher.hash(password), logout=False)
    return User(row["id"], row["username"], row["role"], row["agent_id"])


# login rate limit ------------------------------------------------------------------------------
def admit_attempt(store, username: str, ip: str) -> bool:
    """Count a login attempt *before* its password is checked; False once the username and
    address have used up their ``MAX_FAILURES`` in the window. Counting first, in one atomic
    statement, is what makes attempts sent at the same instant see each other."""
    now = utcnow()
    count = store.accounts.count_attempt(username.lower()[:64], ip[:64], now, now - FAILURE_WINDOW,
                                         forget_before=now - timedelta(days=1))
    return count <= MAX_FAILURES


def clear_failures(store, username: str, ip: str) -> None:
    """A right password: the attempts counted for this username and address are forgotten."""
    store.accounts.clear_attempts(username.lower()[:64], ip[:64])


# sessions -------------------------------------------------------------------------------------
def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(store, user: User, hours: float) -> str:
    """A new session (never a reused one: no fixation); returns the cookie value."""
    token, now = secrets.token_urlsafe(32), utcnow()
    store.accounts.open_session(_digest(token), user.id, secrets.token_urlsafe(32), now, now + timedelta(hours=hours))
    return token


def session_user(store, token: str) -> tuple[User, str] | None:
    """(user, CSRF token) of a live session of an active account, else None."""
    row = store.accounts.session_user(_digest(token), utcnow())
    return (User(row["id"], row["username"], row["role"], row["agent_id"]), row["csrf_token"]) if row else None


def close_session(store, token: str) -> None:
    store.accounts.close_session(_digest(token))


# the login form's token ------------------------------------------------------------------------
# Before a session exists the form's token is a double-submit cookie. Alone, that accepts any
# cookie/field pair a client makes up; signed with the server's secret, only a token this
# server issued (within the hour) counts.
def login_token(secret: bytes) -> str:
    body = f"{int(time.time())}.{secrets.token_urlsafe(16)}"
    return f"{body}.{_sign(secret, body)}"


def issued_login_token(secret: bytes, token: str | None) -> bool:
    """Whether ``token`` is one ``login_token`` made with ``secret`` less than an hour ago."""
    try:
        issued, nonce, mac = (token or "").split(".")
        age = time.time() - int(issued)
    except ValueError:
        return False
    return 0 <= age <= LOGIN_TOKEN_SECONDS and hmac.compare_digest(mac, _sign(secret, f"{issued}.{nonce}"))


def _sign(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and secrets.compare_digest(expected.encode(), given.encode())


# audit log ------------------------------------------------------------------------------------
def audit(store, user: str, action: str, target: str = "", ip: str = "", detail: str = "") -> None:
    store.accounts.audit(user, action, str(target)[:160], ip, detail[:1000])
