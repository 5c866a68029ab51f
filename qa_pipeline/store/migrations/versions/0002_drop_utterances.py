"""Migration 2: the ``utterances`` table is gone.

Every call's transcript is read from ``transcripts`` (the body, keyed by audio and ASR
settings): ``Store.load``, ``iter_transcripts`` (rescore, rules eval, training) and the
exports. ``utterances`` repeated it row by row, words included, and nothing read it: a second
copy of the largest data in the store, written on every call.

Downgrading makes the table again, empty: the code of revision 0001 only ever wrote it.
"""

from __future__ import annotations

from alembic import context, op

revision = "0002_drop_utterances"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_utterances_call", table_name="utterances")
    op.drop_table("utterances")


def downgrade() -> None:
    # the table exactly as migration 1 made it (its frozen ``tables()``), empty
    utterances = context.script.get_revision("0001").module.tables().tables["utterances"]
    utterances.create(op.get_bind())
