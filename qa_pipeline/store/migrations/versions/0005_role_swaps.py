"""Migration 5: ``role_swaps``, the calls whose speakers a specialist swapped (issue 14).

On a mono recording the agent and the customer are told apart by voice and named from what
they say; a specialist who hears them the wrong way round swaps them. The swap is kept
here, by call id, apart from the call's row (which a re-run replaces): every later rescore
and re-run applies it again.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, DateTime, String

revision = "0005_role_swaps"
down_revision = "0004_one_grade_per_grader"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "role_swaps",
        Column("call_id", String(128), primary_key=True),
        Column("user", String(64), nullable=False),
        Column("at", DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("role_swaps")
