"""The web app's own tables, beside the batch's in the same store.

They have their own ``MetaData``, created by ``create_tables`` only: importing the web app
changes nothing the batch's ``Store`` creates. Times are naive UTC, the same on SQLite and
PostgreSQL.

Reviews and appeals keep the finding's id *and* its call, rule and time: ``rescore``
replaces findings (new ids, and SQLite may reuse an old id), so every join checks the
call and rule too, and a review outlives its finding as a label.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

ROLES = ("agent", "specialist", "trainer", "admin")

users = Table(
    "web_users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),  # Argon2id, PHC string
    Column("role", String(16), nullable=False),
    Column("agent_id", String(64)),  # agents: their 工号 (calls.agent_id)
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
)

sessions = Table(
    "web_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),  # SHA-256 of the cookie: a leaked table opens no session
    Column("user_id", Integer, ForeignKey("web_users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False, index=True),
)

login_failures = Table(
    "web_login_failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_web_login_failures_key", "username", "ip", "at"),
)

finding_reviews = Table(  # one row per finding: the specialist's current decision, usable as a label
    "finding_reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finding_id", Integer, nullable=False, unique=True),
    Column("call_id", String(128), nullable=False, index=True),
    Column("rule_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("start_s", Float),
    Column("end_s", Float),
    Column("text", Text),
    Column("decision", String(16), nullable=False),  # confirmed | rejected
    Column("user", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("comment", Text, default=""),
)

appeals = Table(
    "appeals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finding_id", Integer, nullable=False, index=True),
    Column("call_id", String(128), nullable=False, index=True),
    Column("rule_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("user", String(64), nullable=False),
    Column("comment", Text, nullable=False),
    Column("status", String(16), nullable=False, index=True),  # open | upheld | dismissed
    Column("created_at", DateTime, nullable=False),
    Column("resolved_by", String(64)),
    Column("resolved_at", DateTime),
    Column("resolution", Text),
)

manual_grades = Table(  # 抽检: the QA team's own grades, exported for ``qa-pipeline train --labels``
    "manual_grades", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("call_id", String(128), nullable=False, index=True),
    Column("grade", String(16), nullable=False),
    Column("category", String(16), default=""),
    Column("user", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
)

sample_draws = Table(  # calls drawn for manual grading, waiting for a grade
    "sample_draws", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("call_id", String(128), nullable=False, index=True),
    Column("agent_id", String(64)),
    Column("drawn_by", String(64), nullable=False),
    Column("drawn_at", DateTime, nullable=False, index=True),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("user", String(64), nullable=False),
    Column("action", String(32), nullable=False, index=True),
    Column("target", String(160), default=""),
    Column("ip", String(64), default=""),
    Column("detail", Text, default=""),
)

WEB_TABLES = [users, sessions, login_failures, finding_reviews, appeals, manual_grades, sample_draws, audit_log]

# Indexes on the batch's calls table for the web's filters and orderings (an agent's own calls
# newest first; the score range), declared on a stub of that table so that the batch's own
# table definition stays as it is.
_calls = Table("calls", MetaData(), Column("agent_id", String(64)), Column("started_at", DateTime), Column("score", Float))
CALL_INDEXES = [
    Index("ix_web_calls_agent_started", _calls.c.agent_id, _calls.c.started_at),
    Index("ix_web_calls_score", _calls.c.score),
]


def create_tables(engine) -> None:
    metadata.create_all(engine, tables=WEB_TABLES)
    for index in CALL_INDEXES:
        index.create(engine, checkfirst=True)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
