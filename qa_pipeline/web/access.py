"""Who may see what: every object is loaded through these helpers, never by id alone.

An object outside a user's scope is *404*, not 403: an agent learns nothing about the
existence of another agent's calls. A role without the right for an action on an object
it can see gets 403.
"""

from __future__ import annotations

from fastapi import HTTPException
from sqlalchemy import and_, exists, false, or_, select, true

from ..store.db import calls, findings
from .auth import User
from .tables import appeals, finding_reviews

STAFF = ("specialist", "trainer", "admin")  # see every call, read-only unless their role acts on it


def not_found() -> HTTPException:
    return HTTPException(404, "not found")


def require_role(user: User, *roles: str) -> None:
    if user.role not in roles:
        raise HTTPException(403, "your role cannot do this")


def call_scope(user: User):
    """WHERE clause on ``calls`` limiting it to what ``user`` may see."""
    if user.role in STAFF:
        return true()
    if user.is_agent and user.agent_id:
        return calls.c.agent_id == user.agent_id
    return false()


def check_agent(user: User, agent_id: str) -> None:
    """An agent may name only their own 工号 (a chart, a filter)."""
    if user.is_agent and agent_id != user.agent_id:
        raise not_found()


def visible_call(store, user: User, call_id: str) -> dict:
    with store.engine.connect() as conn:
        row = conn.execute(select(calls).where(calls.c.call_id == call_id, call_scope(user))).mappings().first()
    if row is None:
        raise not_found()
    return dict(row)


def visible_finding(store, user: User, finding_id: int) -> dict:
    query = (select(findings, calls.c.agent_id, calls.c.business_line)
             .join(calls, calls.c.call_id == findings.c.call_id)
             .where(findings.c.id == finding_id, call_scope(user)))
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        raise not_found()
    return dict(row)


def visible_appeal(store, user: User, appeal_id: int) -> dict:
    query = (select(appeals, calls.c.agent_id).join(calls, calls.c.call_id == appeals.c.call_id)
             .where(appeals.c.id == appeal_id, call_scope(user)))
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        raise not_found()
    return dict(row)


def review_of(finding_table=findings):
    """Join condition of a finding and its review: same id *and* same call, rule and time
    (``rescore`` replaces findings, and SQLite may give a new one an old id)."""
    return and_(finding_reviews.c.finding_id == finding_table.c.id, finding_reviews.c.call_id == finding_table.c.call_id,
                finding_reviews.c.rule_id == finding_table.c.rule_id, finding_reviews.c.start_s == finding_table.c.start_s)


def is_rejected():
    """The finding (``findings`` row in the enclosing query) was rejected by a specialist."""
    return exists().where(review_of(), finding_reviews.c.decision == "rejected")


def is_counting(scoring):
    """``scoring.standing.counts`` in SQL, for counts grouped in the database: the finding was
    confirmed, or is sure enough to be deducted and was not rejected."""
    confirmed = exists().where(review_of(), finding_reviews.c.decision == "confirmed")
    sure = true() if scoring.deduct_low_confidence else findings.c.confidence >= scoring.review_below_confidence
    return or_(confirmed, and_(sure, ~is_rejected()))


def is_reviewed():
    """The call (``calls`` row in the enclosing query) has a specialist's decision on a finding."""
    return exists().where(finding_reviews.c.call_id == calls.c.call_id)
