"""Migration 2: the ``utterances`` table is gone.

Every call's transcript is read from ``transcripts`` (the body, keyed by audio and ASR
settings): ``Store.load``, ``iter_transcripts`` (rescore, rules eval, training) and the
exports. ``utterances`` repeated it row by row, words included, and nothing read it: a second
copy of the largest data in the store, written on every call.

Downgrading makes the table again, empty: the code of revision 0001 only ever wrote it.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, Float, ForeignKey, Index, Integer, String, Text

revision = "0002_drop_utterances"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_utterances_call", table_name="utterances")
    op.drop_table("utterances")


def downgrade() -> None:
    op.create_table(
        "utterances",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("call_id", String(128), ForeignKey("calls.call_id", ondelete="CASCADE"), nullable=False),
        Column("idx", Integer, nullable=False),
        Column("role", String(16), nullable=False),
        Column("start_s", Float, nullable=False),
        Column("end_s", Float, nullable=False),
        Column("text", Text, nullable=False),
        Column("confidence", Float),
        Column("words", Text),
        Index("ix_utterances_call", "call_id", "idx"),
    )
