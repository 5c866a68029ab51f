"""Migration 8: a specialist's swap kept as the speech they named, not as a flip (issue 14).

``role_swaps`` kept only that a call's roles were "the other way round" from the
separation's naming: a re-run whose separation names the two voices the other way by itself
would turn them back wrong. Each row now keeps the times of the speech the specialist called
the agent's (``agent_speech``) and the customer's (``customer_speech``), JSON
[[start, end], …], and the transcript they heard it on (``asr_key``): ``roles.with_naming``
matches a re-run's speakers against them.

A swap kept before is turned into that form here, from the transcript the call is stored
with (the swap was the other way round from its naming, so the specialist's agent is the
speech it names the customer's). A swap whose call has no cached transcript stays a bare flip.
"""

from __future__ import annotations

import json

from alembic import op
from sqlalchemy import Column, String, Text, column, select, table, update

revision = "0008_role_naming"
down_revision = "0007_rule_digests"
branch_labels = None
depends_on = None

role_swaps = table("role_swaps", column("call_id"), column("agent_speech"), column("customer_speech"), column("asr_key"))
calls = table("calls", column("call_id"), column("audio_sha256"), column("asr_key"))
transcripts = table("transcripts", column("audio_sha256"), column("asr_key"), column("body"))


def upgrade() -> None:
    op.add_column("role_swaps", Column("agent_speech", Text))
    op.add_column("role_swaps", Column("customer_speech", Text))
    op.add_column("role_swaps", Column("asr_key", String(32)))
    conn = op.get_bind()
    kept = conn.execute(
        select(role_swaps.c.call_id, transcripts.c.asr_key, transcripts.c.body)
        .join(calls, calls.c.call_id == role_swaps.c.call_id)
        .join(transcripts, (transcripts.c.audio_sha256 == calls.c.audio_sha256)
              & (transcripts.c.asr_key == calls.c.asr_key))).all()
    for call_id, asr_key, body in kept:
        speech = json.loads(body).get("speech", [])
        # the cache keeps the separation's naming; the specialist had swapped it
        named = {role: json.dumps([[s, e] for r, s, e in speech if r == other])
                 for role, other in (("agent", "customer"), ("customer", "agent"))}
        conn.execute(update(role_swaps).where(role_swaps.c.call_id == call_id).values(
            agent_speech=named["agent"], customer_speech=named["customer"], asr_key=asr_key))


def downgrade() -> None:
    op.drop_column("role_swaps", "asr_key")
    op.drop_column("role_swaps", "customer_speech")
    op.drop_column("role_swaps", "agent_speech")
