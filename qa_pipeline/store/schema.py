"""Every table of the store, in one place: the batch's, the trends' and the web app's.

This module only declares; Alembic migrations (``store/migrations``) create and change the
tables, and ``Store`` and its repositories are the only code that queries them.

Reviews and appeals keep the finding's id *and* its call, rule and time: ``rescore``
replaces findings (new ids, and SQLite may reuse an old id), so every join checks the call
and rule too, and a review outlives its finding as a label. Times of the web tables are
naive UTC, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

# the batch ---------------------------------------------------------------------------------
runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(32), nullable=False),
    Column("input", Text, nullable=False, default=""),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("n_done", Integer, default=0),
    Column("n_failed", Integer, default=0),
    Column("n_skipped", Integer, default=0),
)

transcripts = Table(
    "transcripts", metadata,
    Column("audio_sha256", String(64), primary_key=True),
    Column("asr_key", String(32), primary_key=True),
    Column("body", Text, nullable=False),  # codec.transcript_to_json
    Column("created_at", DateTime(timezone=True), nullable=False),
)

calls = Table(
    "calls", metadata,
    Column("call_id", String(128), primary_key=True),
    Column("path", Text, nullable=False),
    Column("audio_sha256", String(64)),
    Column("asr_key", String(32)),
    Column("agent_id", String(64), index=True, default=""),
    Column("started_at", DateTime, index=True),
    Column("business_line", String(64), default="default"),
    Column("metadata", Text, default="{}"),
    Column("duration_s", Float),
    Column("layout", String(16)),
    Column("status", String(16), nullable=False, index=True),  # done | failed
    Column("error", Text, default=""),
    Column("score", Float),
    Column("grade", String(16)),
    Column("fatal", Boolean, default=False),
    Column("needs_review", Boolean, default=False),
    Column("n_findings", Integer, default=0),
    Column("deductions", Text, default="[]"),  # codec.score_to_json
    Column("ruleset_version", String(64)),
    Column("agent_cpm", Float),  # agent 字/分 in this call: the fast_speech rule's per-agent baseline
    Column("predicted_grade", String(16)),  # the learned classifier's view (NULL: no model)
    Column("p_fail", Float),
    Column("category", String(16)),
    Column("reasons", Text),  # JSON [[feature, push], …]: why the classifier predicted that grade
    Column("model_version", String(64)),
    # what the findings and the score were computed from (``scoring.digests``): rescore
    # recomputes only the rules whose digest changed (NULL: stored before, recompute)
    Column("rule_digests", Text),  # JSON {rule id: digest}
    Column("score_digest", String(32)),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # the web app's filters and orderings: an agent's own calls newest first; the score range
    Index("ix_web_calls_agent_started", "agent_id", "started_at"),
    Index("ix_web_calls_score", "score"),
)

findings = Table(
    "findings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("call_id", String(128), ForeignKey("calls.call_id", ondelete="CASCADE"), nullable=False, index=True),
    Column("rule_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False, index=True),
    Column("severity", String(16), nullable=False),
    Column("start_s", Float),
    Column("end_s", Float),
    Column("text", Text),
    Column("confidence", Float),
    Column("detail", Text),
    Column("ruleset_version", String(64)),
)

role_swaps = Table(  # calls whose two speakers (a separated mono recording) a specialist named (``RoleNaming``)
    "role_swaps", metadata,
    Column("call_id", String(128), primary_key=True),  # no foreign key: a re-run replaces the call row
    Column("user", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    # JSON [[start, end], …]: the speech they called the agent's and the customer's (migration 8);
    # NULL on a swap kept before that no transcript could tie: a bare flip
    Column("agent_speech", Text),
    Column("customer_speech", Text),
    Column("asr_key", String(32)),  # the transcript they heard it on
)

# trends ------------------------------------------------------------------------------------
chart_baselines = Table(  # frozen control limits: computed once, reused until ``trends --rebaseline``
    "chart_baselines", metadata,
    Column("scope", String(64), primary_key=True),  # "team" or an agent id
    Column("metric", String(64), primary_key=True),  # "score" or a finding kind
    Column("center", Float, nullable=False),
    Column("spread", Float),  # MR̄ for the score chart, σ_z for Laney p′, NULL for plain p
    Column("periods", Integer, nullable=False),
    Column("frozen_at", DateTime(timezone=True), nullable=False),
)

# the web app -------------------------------------------------------------------------------
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

login_attempts = Table(  # the login rate limit: one counter per username and address, bumped atomically
    "web_login_attempts", metadata,
    Column("username", String(64), primary_key=True),
    Column("ip", String(64), primary_key=True),
    Column("first_at", DateTime, nullable=False, index=True),  # the window's start
    Column("attempts", Integer, nullable=False),  # attempts since, not yet cleared by a right password
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
    Index("ux_manual_grades_call_user", "call_id", "user", unique=True),  # one per grader: a new one replaces it
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

# calibration: several specialists grade the same calls blind, then compare -------------------
calibration_sessions = Table(
    "calibration_sessions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(200), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("closed_at", DateTime),  # the lead ended grading early (NULL: open until every grade is in)
    Column("items", Text, nullable=False),  # JSON [[rule id, kind], …]: the scorecard as it was at creation
)

calibration_calls = Table(
    "calibration_calls", metadata,
    Column("session_id", Integer, ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("call_id", String(128), primary_key=True),
    Column("position", Integer, nullable=False),
)

calibration_graders = Table(
    "calibration_graders", metadata,
    Column("session_id", Integer, ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("username", String(64), primary_key=True),
)

calibration_grades = Table(  # one per grader per call of a session: a new one replaces the old
    "calibration_grades", metadata,
    Column("session_id", Integer, ForeignKey("calibration_sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("call_id", String(128), primary_key=True),
    Column("grader", String(64), primary_key=True),
    Column("score", Float, nullable=False),
    Column("grade", String(16), nullable=False),
    Column("items", Text, nullable=False),  # JSON {rule id: breached (true/false)}
    Column("at", DateTime, nullable=False),
)
