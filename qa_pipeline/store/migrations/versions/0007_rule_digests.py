"""Migration 7: what each call's findings and score were computed from (issue 17).

``rule_digests`` holds, per rule of the call's rule set, a digest of everything that rule's
findings depend on: the rule's code, its compiled parameters (phrase lists included), the
business line's rule set, the call's transcript (audio and ASR settings) and its role swap.
``score_digest`` covers the scorecard and the classifiers on top. ``rescore`` recomputes only
the rules whose digest changed and leaves a call alone whose score digest is unchanged. Both
are NULL on calls stored before: a missing digest means recompute.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, String, Text

revision = "0007_rule_digests"
down_revision = "0006_login_attempts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("calls", Column("rule_digests", Text))  # JSON {rule id: digest}
    op.add_column("calls", Column("score_digest", String(32)))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN in place (SQLite ≥ 3.35): a batch copy of ``calls`` would
    # drop the table under ``findings``' ON DELETE CASCADE
    op.drop_column("calls", "score_digest")
    op.drop_column("calls", "rule_digests")
