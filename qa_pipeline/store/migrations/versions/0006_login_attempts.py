"""Migration 6: the login rate limit as one counter per (username, address) (issue 16 §4).

``web_login_failures`` kept a row per failure and the web app counted them before checking a
password: ten wrong logins sent at once all read "0 failures" and none was refused. A counter
bumped with one INSERT … ON CONFLICT DO UPDATE … RETURNING is atomic on SQLite and
PostgreSQL alike. The old rows only mattered for five minutes: they are not carried over.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, DateTime, Integer, String

revision = "0006_login_attempts"
down_revision = "0005_role_swaps"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_web_login_failures_key", "web_login_failures")
    op.drop_table("web_login_failures")
    op.create_table(
        "web_login_attempts",
        Column("username", String(64), primary_key=True),
        Column("ip", String(64), primary_key=True),
        Column("first_at", DateTime, nullable=False),
        Column("attempts", Integer, nullable=False),
    )
    op.create_index("ix_web_login_attempts_first_at", "web_login_attempts", ["first_at"])


def downgrade() -> None:
    op.drop_index("ix_web_login_attempts_first_at", "web_login_attempts")
    op.drop_table("web_login_attempts")
    op.create_table(
        "web_login_failures",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("username", String(64), nullable=False),
        Column("ip", String(64), nullable=False),
        Column("at", DateTime, nullable=False),
    )
    op.create_index("ix_web_login_failures_key", "web_login_failures", ["username", "ip", "at"])
