"""Migration 3: calibration sessions (issue 16): sessions, their calls and graders, and each
grader's blind grade of each call with its scorecard items."""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, DateTime, Float, ForeignKey, Integer, String, Text

revision = "0003_calibration"
down_revision = "0002_drop_utterances"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calibration_sessions",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("title", String(200), nullable=False),
        Column("created_by", String(64), nullable=False),
        Column("created_at", DateTime, nullable=False, index=True),
        Column("closed_at", DateTime),
        Column("items", Text, nullable=False),
    )
    op.create_table(
        "calibration_calls",
        Column("session_id", Integer, ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True),
        Column("call_id", String(128), primary_key=True),
        Column("position", Integer, nullable=False),
    )
    op.create_table(
        "calibration_graders",
        Column("session_id", Integer, ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True),
        Column("username", String(64), primary_key=True),
    )
    op.create_table(
        "calibration_grades",
        Column("session_id", Integer, ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True),
        Column("call_id", String(128), primary_key=True),
        Column("grader", String(64), primary_key=True),
        Column("score", Float, nullable=False),
        Column("grade", String(16), nullable=False),
        Column("items", Text, nullable=False),
        Column("at", DateTime, nullable=False),
    )


def downgrade() -> None:
    for name in ("calibration_grades", "calibration_graders", "calibration_calls", "calibration_sessions"):
        op.drop_table(name)
