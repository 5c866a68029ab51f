"""The call list: filters, pagination (LIMIT/OFFSET) and the review-queue rank, in one or two
queries per page whatever the store's size."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from fastapi import HTTPException
from sqlalchemy import func, select

from ..scoring.review import priority
from ..store.db import calls, findings
from .access import call_scope, check_agent, is_rejected, is_reviewed
from .auth import User

PER_PAGE = 50
LIST_COLUMNS = [calls.c.call_id, calls.c.agent_id, calls.c.started_at, calls.c.duration_s, calls.c.score, calls.c.grade,
                calls.c.n_findings, calls.c.needs_review, calls.c.fatal, calls.c.predicted_grade, calls.c.p_fail,
                calls.c.ruleset_version]


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


def conditions(user: User, f: Filters) -> list:
    where = [calls.c.status == "done", call_scope(user)]
    if user.is_agent:
        if f.agent:
            check_agent(user, f.agent)
        where.append(calls.c.n_findings > 0)  # an agent's list: their flagged calls
    if f.day:
        start = datetime.combine(f.day, datetime.min.time())
        where += [calls.c.started_at >= start, calls.c.started_at < start + timedelta(days=1)]
    if f.agent:
        where.append(calls.c.agent_id == f.agent)
    if f.kind:
        # IN (uncorrelated subquery), not a correlated EXISTS: SQLite would probe the kind index once per call
        where.append(calls.c.call_id.in_(select(findings.c.call_id).where(findings.c.kind == f.kind, ~is_rejected())))
    if f.score_min is not None:
        where.append(calls.c.score >= f.score_min)
    if f.score_max is not None:
        where.append(calls.c.score <= f.score_max)
    return where


def list_calls(store, user: User, f: Filters, page: int, fail_grades) -> tuple[int, list[dict]]:
    """(matching calls, this page's rows); in queue mode each row has its ``rank`` and ``reasons``."""
    where, offset = conditions(user, f), (max(page, 1) - 1) * PER_PAGE
    with store.engine.connect() as conn:
        if f.queue:
            return _queue_page(conn, where, offset, fail_grades)
        total = conn.execute(select(func.count()).select_from(calls).where(*where)).scalar()
        query = (select(*LIST_COLUMNS).where(*where).order_by(calls.c.started_at.desc(), calls.c.call_id.desc())
                 .limit(PER_PAGE).offset(offset))
        return total, [dict(r) for r in conn.execute(query).mappings()]


def _queue_page(conn, where, offset: int, fail_grades) -> tuple[int, list[dict]]:
    """Rank with ``scoring.review.priority`` (the batch's review queue) over the few columns it
    needs, then read the full rows of one page."""
    # a call a specialist has reviewed had its listen: it leaves the queue (as in scoring.review)
    candidates = ((calls.c.p_fail.is_not(None)) | calls.c.needs_review.is_(True) | calls.c.fatal.is_(True)) & ~is_reviewed()
    cols = [calls.c.call_id, calls.c.started_at, calls.c.grade, calls.c.fatal, calls.c.needs_review, calls.c.p_fail]
    ranked = []
    for row in conn.execute(select(*cols).where(*where, candidates)).mappings():
        value, reasons = priority(dict(row), fail_grades)
        if value > 0:
            ranked.append((-value, str(row["started_at"]), row["call_id"], reasons))
    ranked.sort()
    page = ranked[offset : offset + PER_PAGE]
    rows = {r["call_id"]: dict(r) for r in conn.execute(select(*LIST_COLUMNS).where(calls.c.call_id.in_([p[2] for p in page]))).mappings()}
    out = []
    for rank, (_, _, call_id, reasons) in enumerate(page, offset + 1):
        out.append({**rows[call_id], "rank": rank, "reasons": reasons})
    return len(ranked), out


def fail_grades(config) -> tuple[str, ...]:
    """``pipeline.fail_grades`` without loading the classifiers (seconds): the scorecard's lowest
    grade and the failing grades the active model's card names (same choice of model as
    ``active_model``)."""
    from ..scoring.training import DEFAULT_MODEL_DIR, models_dir

    grades = [config.scoring.grades[-1][1]]
    store = models_dir()
    versions = sorted(p for p in store.glob("grade-*") if (p / "model.json").exists()) if store.exists() else []
    card = versions[-1] / "model.json" if versions else DEFAULT_MODEL_DIR / "model.json"
    if card.exists():
        grades += json.loads(card.read_text(encoding="utf-8")).get("fail_grades", [])
    return tuple(dict.fromkeys(grades))

