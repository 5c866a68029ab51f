"""The call list: filters, pagination (LIMIT/OFFSET) and the review-queue rank, in one or two
queries per page whatever the store's size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from fastapi import HTTPException

from ..scoring.review import priority
from ..store.browse import CallFilter
from .access import call_scope, check_agent
from .auth import User

PER_PAGE = 50


@dataclass(frozen=True)
class Filters:
    day: date | None = None
    agent: str = ""
    kind: str = ""
    score_min: float | None = None
    score_max: float | None = None
    queue: bool = False  # only calls in the review queue, most pressing first

    @classmethod
    def parse(cls, day: str = "", agent: str = "", kind: str = "", score_min: str = "", score_max: str = "",
              queue: str = "") -> "Filters":
        """From a GET form, where an empty field means no filter."""
        try:
            return cls(date.fromisoformat(day) if day else None, agent.strip(), kind.strip(),
                       float(score_min) if score_min else None, float(score_max) if score_max else None,
                       queue in ("1", "on", "true"))
        except ValueError:
            raise HTTPException(400, "bad filter: day is YYYY-MM-DD, scores are numbers") from None

    def query_string(self, **extra) -> str:
        values = dict(day=self.day or "", agent=self.agent, kind=self.kind,
                      score_min="" if self.score_min is None else f"{self.score_min:g}",
                      score_max="" if self.score_max is None else f"{self.score_max:g}", queue="1" if self.queue else "")
        values.update(extra)
        return urlencode({k: v for k, v in values.items() if v not in ("", None)})


def call_filter(user: User, f: Filters) -> CallFilter:
    """The store's filter for ``f`` as ``user`` may ask it: an agent names only their own 工号
    and lists their flagged calls."""
    if user.is_agent and f.agent:
        check_agent(user, f.agent)
    return CallFilter(f.day, f.agent, f.kind, f.score_min, f.score_max, flagged_only=user.is_agent)


def list_calls(store, user: User, f: Filters, page: int, fail_grades) -> tuple[int, list[dict]]:
    """(matching calls, this page's rows); in queue mode each row has its ``rank`` and ``reasons``."""
    scope, wanted, offset = call_scope(user), call_filter(user, f), (max(page, 1) - 1) * PER_PAGE
    if f.queue:
        return _queue_page(store, scope, wanted, offset, fail_grades)
    return store.browse.call_page(scope, wanted, offset, PER_PAGE)


def _queue_page(store, scope, wanted: CallFilter, offset: int, fail_grades) -> tuple[int, list[dict]]:
    """Rank with ``scoring.review.priority`` (the batch's review queue) over the few columns it
    needs, then read the full rows of one page."""
    ranked = []
    for c in store.browse.queue_candidates(scope, wanted):
        value, reasons = priority(c.score, c.p_fail, fail_grades)
        if value > 0:
            ranked.append((-value, str(c.started_at), c.call_id, reasons))
    ranked.sort()
    page = ranked[offset : offset + PER_PAGE]
    rows = store.browse.list_rows([p[2] for p in page])
    out = []
    for rank, (_, _, call_id, reasons) in enumerate(page, offset + 1):
        out.append({**rows[call_id], "rank": rank, "reasons": reasons})
    return len(ranked), out

