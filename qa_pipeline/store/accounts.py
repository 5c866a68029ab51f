"""The web app's accounts, sessions, failed logins and audit log, as the store keeps them.

Reached as ``store.accounts``. It stores and finds; what a password must be, hashing and
the rate limit's policy are ``web.auth``'s."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.engine import Engine

from .schema import audit_log, login_attempts, sessions, users
from .upsert import insert_or_update


def utcnow() -> datetime:
    """Naive UTC, the web tables' time on SQLite and PostgreSQL alike."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Accounts:
    def __init__(self, engine: Engine):
        self._engine = engine

    # accounts -----------------------------------------------------------------------------
    def add(self, username: str, password_hash: str, role: str, agent_id: str | None) -> int | None:
        """The new account's id; None when the name (any case) is taken."""
        with self._engine.begin() as conn:
            if conn.execute(select(users.c.id).where(func.lower(users.c.username) == username.lower())).first():
                return None
            return conn.execute(insert(users).values(
                username=username, password_hash=password_hash, role=role, agent_id=agent_id, active=True,
                created_at=utcnow())).inserted_primary_key[0]

    def list(self) -> list[dict]:
        columns = [users.c.id, users.c.username, users.c.role, users.c.agent_id, users.c.active, users.c.created_at]
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(*columns).order_by(users.c.username)).mappings()]

    def by_name(self, username: str) -> dict | None:
        return self._one(users.c.username == username)

    def by_id(self, user_id: int) -> dict | None:
        return self._one(users.c.id == user_id)

    def _one(self, where) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(users).where(where)).mappings().first()
        return dict(row) if row else None

    def set_active(self, user_id: int, active: bool) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == user_id).values(active=active))
            if not active:
                conn.execute(delete(sessions).where(sessions.c.user_id == user_id))

    def set_role(self, user_id: int, role: str, agent_id: str | None) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == user_id).values(role=role, agent_id=agent_id))

    def set_password_hash(self, user_id: int, password_hash: str, *, logout: bool) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(users).where(users.c.id == user_id).values(password_hash=password_hash))
            if logout:
                conn.execute(delete(sessions).where(sessions.c.user_id == user_id))

    # the login rate limit ----------------------------------------------------------------
    def count_attempt(self, username: str, ip: str, now: datetime, window_start: datetime,
                      forget_before: datetime) -> int:
        """Count one login attempt for (username, address) and return how many its window holds,
        this one included; a window opened before ``window_start`` starts again with this one.

        One statement (INSERT … ON CONFLICT DO UPDATE … RETURNING): attempts made at the same
        instant each get their own number, on SQLite and PostgreSQL alike."""
        row = login_attempts.c
        expired = row.first_at < window_start
        with self._engine.begin() as conn:
            conn.execute(delete(login_attempts).where(row.first_at < forget_before))
            statement = insert_or_update(
                conn, login_attempts, ("username", "ip"), dict(username=username, ip=ip, first_at=now, attempts=1),
                set_=dict(attempts=case((expired, 1), else_=row.attempts + 1),
                          first_at=case((expired, now), else_=row.first_at)))
            return conn.execute(statement.returning(row.attempts)).scalar_one()

    def clear_attempts(self, username: str, ip: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(login_attempts).where(login_attempts.c.username == username,
                                                      login_attempts.c.ip == ip))

    # sessions -----------------------------------------------------------------------------
    def open_session(self, token_hash: str, user_id: int, csrf_token: str, now: datetime, expires_at: datetime) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.expires_at < now))
            conn.execute(insert(sessions).values(token_hash=token_hash, user_id=user_id, csrf_token=csrf_token,
                                                 created_at=now, expires_at=expires_at))

    def session_user(self, token_hash: str, now: datetime) -> dict | None:
        """id, username, role, agent_id and csrf_token of a live session of an active account."""
        query = (select(users.c.id, users.c.username, users.c.role, users.c.agent_id, sessions.c.csrf_token)
                 .join(users, users.c.id == sessions.c.user_id)
                 .where(sessions.c.token_hash == token_hash, sessions.c.expires_at > now, users.c.active.is_(True)))
        with self._engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def close_session(self, token_hash: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))

    # audit log ----------------------------------------------------------------------------
    def audit(self, user: str, action: str, target: str, ip: str, detail: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(insert(audit_log).values(at=utcnow(), user=user, action=action, target=target, ip=ip,
                                                  detail=detail))

    def audit_page(self, who: str, action: str, offset: int, limit: int, since: datetime | None = None,
                   until: datetime | None = None) -> tuple[int, list[dict]]:
        """(matching entries, this page's, newest first); an empty ``who`` or ``action`` matches
        all; ``since`` … ``until`` (naive UTC, until exclusive) bound the time."""
        where = self._audit_where(who, action, since, until)
        with self._engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(audit_log).where(*where)).scalar()
            query = select(audit_log).where(*where).order_by(audit_log.c.id.desc())
            if limit:
                query = query.limit(limit).offset(offset)
            rows = conn.execute(query).mappings().all()
        return total, [dict(r) for r in rows]

    @staticmethod
    def _audit_where(who: str, action: str, since: datetime | None, until: datetime | None) -> list:
        checks = (audit_log.c.user == who if who else None, audit_log.c.action == action if action else None,
                  audit_log.c.at >= since if since else None, audit_log.c.at < until if until else None)
        return [c for c in checks if c is not None]
