"""The call list: filters, pagination (LIMIT/OFFSET) and the review-queue rank, in one or two
queries per page whatever the store's size."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlencode

from fastapi import HTTPException

from ..records import StoredCall
from ..scoring.review import priority
from ..store.browse import SORTS, CallFilter
from .access import call_scope, check_agent
from .auth import User
from .deps import parse_day

PER_PAGE = 50


MAX_SEARCH = 128  # a call id is at most this long


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    agent: str = ""
    kind: str = ""
    score_min: float | None = None
    score_max: float | None = None
    queue: bool = False  # only calls in the review queue, most pressing first (its own order)
    q: str = ""  # part of a call id
    sort: str = "newest"  # one of store.browse.SORTS

    @classmethod
    def parse(cls, day: str = "", agent: str = "", kind: str = "", score_min: str = "", score_max: str = "",
              queue: str = "", date_from: str = "", date_to: str = "", q: str = "", sort: str = "") -> "Filters":
        """From a GET form, where an empty field means no filter; ``day`` (one day) is
        ``date_from`` = ``date_to``, as links made before date ranges say."""
        first, last = parse_day(date_from or day, "bad filter"), parse_day(date_to or day, "bad filter")
        try:
            low = float(score_min) if score_min else None
            high = float(score_max) if score_max else None
        except (ValueError, OverflowError):
            raise HTTPException(400, "bad filter: scores are numbers") from None
        if first and last and first > last:
            raise HTTPException(400, "bad filter: the first day is after the last")
        if any(v is not None and not math.isfinite(v) for v in (low, high)):
            raise HTTPException(400, "bad filter: scores are numbers")
        if sort and sort not in SORTS:
            raise HTTPException(400, f"bad sort: one of {', '.join(SORTS)}")
        return cls(first, last, agent.strip(), kind.strip(), low, high, queue in ("1", "on", "true"),
                   q.strip()[:MAX_SEARCH], sort or "newest")

    def query_string(self, **extra) -> str:
        values = dict(date_from=self.date_from or "", date_to=self.date_to or "", agent=self.agent, kind=self.kind,
                      score_min="" if self.score_min is None else f"{self.score_min:g}",
                      score_max="" if self.score_max is None else f"{self.score_max:g}", queue="1" if self.queue else "",
                      q=self.q, sort="" if self.sort == "newest" else self.sort)
        values.update(extra)
        return urlencode({k: v for k, v in values.items() if v not in ("", None)})


def call_filter(user: User, f: Filters) -> CallFilter:
    """The store's filter for ``f`` as ``user`` may ask it: an agent names only their own 工号
    and lists their flagged calls."""
    if user.is_agent and f.agent:
        check_agent(user, f.agent)
    return CallFilter(f.date_from, f.date_to, f.agent, f.kind, f.score_min, f.score_max, flagged_only=user.is_agent,
                      call_id=f.q)


@dataclass(frozen=True)
class Listed:
    """A call in the list; in queue mode with its place in the review queue and why."""

    stored: StoredCall
    rank: int | None = None
    reasons: tuple[str, ...] = ()
    blind: int | None = None  # the calibration session in which this user grades the call blind

    def without_tool_view(self, session_id: int) -> "Listed":
        """The row a grader grading the call blind sees: no score, grade, findings or prediction."""
        stored = replace(self.stored, score=None, prediction=None, findings=())
        return replace(self, stored=stored, reasons=(), blind=session_id)


def list_calls(store, user: User, f: Filters, page: int, fail_grades) -> tuple[int, list[Listed]]:
    """(matching calls, this page's calls); in queue mode each has its ``rank`` and ``reasons``."""
    scope, wanted, offset = call_scope(user), call_filter(user, f), (max(page, 1) - 1) * PER_PAGE
    if f.queue:
        return _queue_page(store, scope, wanted, offset, fail_grades)
    total, calls = store.browse.call_page(scope, wanted, offset, PER_PAGE, f.sort)
    return total, [Listed(c) for c in calls]


def _queue_page(store, scope, wanted: CallFilter, offset: int, fail_grades) -> tuple[int, list[Listed]]:
    """Rank with ``scoring.review.priority`` (the batch's review queue) over the few columns it
    needs, then read the calls of one page."""
    ranked = []
    for c in store.browse.queue_candidates(scope, wanted):
        value, reasons = priority(c.score, c.p_fail, fail_grades)
        if value > 0:
            ranked.append((-value, str(c.started_at), c.call_id, reasons))
    ranked.sort()
    page = ranked[offset : offset + PER_PAGE]
    calls = store.browse.calls_by_id([p[2] for p in page])
    return len(ranked), [Listed(calls[call_id], rank, tuple(reasons))
                         for rank, (_, _, call_id, reasons) in enumerate(page, offset + 1)]
