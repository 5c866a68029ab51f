"""Migration 4: one manual grade per grader per call (issue 16 §2). A new grade replaces the
grader's earlier one; the audit log keeps every grade given. Earlier duplicates are removed,
keeping each grader's latest, before the unique index is made."""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, func, select

revision = "0004_one_grade_per_grader"
down_revision = "0003_calibration"
branch_labels = None
depends_on = None

INDEX = "ux_manual_grades_call_user"


def upgrade() -> None:
    grades = Table("manual_grades", MetaData(), Column("id", Integer), Column("call_id", String(128)),
                   Column("user", String(64)), Column("at", DateTime))
    latest = select(func.max(grades.c.id)).group_by(grades.c.call_id, grades.c.user).scalar_subquery()
    op.execute(grades.delete().where(grades.c.id.not_in(latest)))
    op.create_index(INDEX, "manual_grades", ["call_id", "user"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, "manual_grades")
