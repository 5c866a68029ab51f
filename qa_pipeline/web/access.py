"""Who may see what: every object is loaded through these helpers, never by id alone.

An object outside a user's scope is *404*, not 403: an agent learns nothing about the
existence of another agent's calls. A role without the right for an action on an object
it can see gets 403.
"""

from __future__ import annotations

from typing import TypeVar

from fastapi import HTTPException, Request

from ..config import PrivacyConfig
from ..records import Appeal, StoredCall, StoredFinding
from ..store.browse import Scope
from .auth import User

STAFF = ("specialist", "trainer", "admin")  # see every call, read-only unless their role acts on it


def not_found() -> HTTPException:
    return HTTPException(404, "not found")


def require_role(user: User, *roles: str) -> None:
    if user.role not in roles:
        raise HTTPException(403, "your role cannot do this")


def call_scope(user: User) -> Scope:
    """The calls ``user`` may see: staff every call, an agent their own."""
    if user.role in STAFF:
        return Scope(every_call=True)
    return Scope(agent_id=user.agent_id if user.is_agent and user.agent_id else None)


def check_agent(user: User, agent_id: str) -> None:
    """An agent may name only their own 工号 (a chart, a filter)."""
    if user.is_agent and agent_id != user.agent_id:
        raise not_found()


T = TypeVar("T")


def _found(record: T | None) -> T:
    if record is None:
        raise not_found()
    return record


def visible_call(store, user: User, call_id: str) -> StoredCall:
    return _found(store.browse.call(call_scope(user), call_id))


def visible_finding(store, user: User, finding_id: int) -> StoredFinding:
    return _found(store.browse.finding(call_scope(user), finding_id))


def visible_appeal(store, user: User, appeal_id: int) -> Appeal:
    return _found(store.browse.appeal(call_scope(user), appeal_id))


def may_see_personal_data(user: User, privacy: PrivacyConfig) -> bool:
    """Whether ``user``'s role holds the "view personal data" permission (``privacy.view_roles``)."""
    return user.role in privacy.view_roles


def shows_personal_data(request: Request, user: User, privacy: PrivacyConfig) -> bool:
    """Whether this request shows personal data unmasked: the role may, and the user asked (?personal=1).

    Masked is the default even for those who may: they see it only when they need it, and
    the caller audit-logs each such view.
    """
    return request.query_params.get("personal") == "1" and may_see_personal_data(user, privacy)
