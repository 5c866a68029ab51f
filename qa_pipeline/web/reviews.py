"""What specialists and agents do to findings and calls: 复核, 申诉, 抽检.

A rejected finding stays in the store (the transcript still shows it, struck through) but
stops counting: the call is scored again by the scorecard over the findings that stand.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, insert, select, update

from ..records import CATEGORIES, Finding
from ..scoring.standing import DECISIONS
from ..scoring import score_call
from ..store.codec import score_to_json
from ..store.db import calls, findings
from .tables import appeals, finding_reviews, manual_grades, sample_draws, utcnow



def review_finding(store, config, finding: dict, decision: str, user: str, comment: str = "") -> None:
    """Record the specialist's decision on one finding (replacing an earlier one) and rescore its call."""
    if decision not in DECISIONS:
        raise ValueError(decision)
    values = dict(finding_id=finding["id"], call_id=finding["call_id"], rule_id=finding["rule_id"], kind=finding["kind"],
                  start_s=finding["start_s"], end_s=finding["end_s"], text=finding["text"], decision=decision,
                  user=user, at=utcnow(), comment=comment)
    with store.engine.begin() as conn:
        conn.execute(delete(finding_reviews).where(finding_reviews.c.finding_id == finding["id"]))
        conn.execute(insert(finding_reviews).values(**values))
    rescore_call(store, config, finding["call_id"])


def rescore_call(store, config, call_id: str) -> None:
    """Score the call again with its specialists' decisions, under its business line's rules."""
    decisions = store.finding_decisions([call_id]).get(call_id, {})
    with store.engine.begin() as conn:
        line = conn.execute(select(calls.c.business_line).where(calls.c.call_id == call_id)).scalar()
        rows = conn.execute(select(findings).where(findings.c.call_id == call_id)).mappings().all()
        found = [Finding(r["rule_id"], r["kind"], r["severity"], r["start_s"] or 0.0, r["end_s"] or 0.0,
                         r["text"] or "", r["confidence"] or 0.0, r["detail"] or "") for r in rows]
        score = score_call(found, config.ruleset_for(line or "default"), config.scoring, decisions)
        conn.execute(update(calls).where(calls.c.call_id == call_id).values(
            score=score.score, grade=score.grade, fatal=score.fatal, needs_review=score.needs_review,
            deductions=score_to_json(score), n_findings=score.n_findings, updated_at=datetime.now(timezone.utc)))


def file_appeal(store, finding: dict, user: str, comment: str) -> int | None:
    """An agent's 申诉 against a finding; None when one is open for it already."""
    with store.engine.begin() as conn:
        if conn.execute(select(appeals.c.id).where(appeals.c.finding_id == finding["id"],
                                                   appeals.c.call_id == finding["call_id"],
                                                   appeals.c.status == "open")).first():
            return None
        return conn.execute(insert(appeals).values(
            finding_id=finding["id"], call_id=finding["call_id"], rule_id=finding["rule_id"], kind=finding["kind"],
            user=user, comment=comment, status="open", created_at=utcnow())).inserted_primary_key[0]


def resolve_appeal(store, config, appeal: dict, upheld: bool, user: str, comment: str) -> None:
    """Close an appeal; upheld means the finding was wrong: it is rejected and the call rescored."""
    with store.engine.begin() as conn:
        conn.execute(update(appeals).where(appeals.c.id == appeal["id"]).values(
            status="upheld" if upheld else "dismissed", resolved_by=user, resolved_at=utcnow(), resolution=comment))
        finding = conn.execute(select(findings).where(
            findings.c.id == appeal["finding_id"], findings.c.call_id == appeal["call_id"],
            findings.c.rule_id == appeal["rule_id"])).mappings().first()
    if upheld and finding is not None:
        review_finding(store, config, dict(finding), "rejected", user, f"申诉#{appeal['id']}成立: {comment}".strip())


# 抽检 ------------------------------------------------------------------------------------------
def draw_sample(store, per_agent: int, user: str, day=None, seed: int | None = None) -> list[str]:
    """Draw ``per_agent`` random scored calls per agent (of ``day``, else of all days) not graded yet."""
    graded = select(manual_grades.c.call_id)
    pending = select(sample_draws.c.call_id)
    query = select(calls.c.call_id, calls.c.agent_id).where(
        calls.c.status == "done", calls.c.call_id.not_in(graded), calls.c.call_id.not_in(pending))
    if day is not None:
        start = datetime.combine(day, datetime.min.time())
        query = query.where(calls.c.started_at >= start, calls.c.started_at < start + timedelta(days=1))
    by_agent: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for call_id, agent_id in conn.execute(query.order_by(calls.c.call_id)):
            by_agent.setdefault(agent_id or "", []).append(call_id)
    rng = random.Random(seed)
    drawn = [(agent, call_id) for agent, ids in sorted(by_agent.items())
             for call_id in rng.sample(ids, min(per_agent, len(ids)))]
    if drawn:
        now = utcnow()
        with store.engine.begin() as conn:
            conn.execute(insert(sample_draws), [dict(call_id=c, agent_id=a, drawn_by=user, drawn_at=now) for a, c in drawn])
    return [c for _, c in drawn]


def record_grade(store, call_id: str, grade: str, category: str, user: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(insert(manual_grades).values(call_id=call_id, grade=grade, category=category, user=user, at=utcnow()))
        conn.execute(delete(sample_draws).where(sample_draws.c.call_id == call_id))


def grades_csv(store) -> str:
    """``call_id,grade,category``: each call's latest manual grade, the input of ``qa-pipeline train --labels``."""
    latest = select(manual_grades.c.call_id, manual_grades.c.grade, manual_grades.c.category).order_by(manual_grades.c.id)
    with store.engine.connect() as conn:
        rows = {call_id: (grade, category or "") for call_id, grade, category in conn.execute(latest)}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["call_id", "grade", "category"])
    writer.writerows([call_id, grade, category] for call_id, (grade, category) in sorted(rows.items()))
    return out.getvalue()


def pending_sample(store, offset: int, limit: int) -> tuple[int, list[dict]]:
    """Drawn calls still waiting for a grade, oldest draw first."""
    join = sample_draws.join(calls, calls.c.call_id == sample_draws.c.call_id)
    columns = [sample_draws.c.call_id, sample_draws.c.drawn_at, sample_draws.c.drawn_by, calls.c.agent_id,
               calls.c.started_at, calls.c.score, calls.c.grade, calls.c.predicted_grade, calls.c.category]
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(join)).scalar()
        rows = conn.execute(select(*columns).select_from(join).order_by(sample_draws.c.id).offset(offset).limit(limit)).mappings()
        return total, [dict(r) for r in rows]


def recent_grades(store, limit: int = 20) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(manual_grades).order_by(manual_grades.c.id.desc()).limit(limit)).mappings()]


def appeals_for_calls(store, call_ids: list[str]) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(appeals).where(appeals.c.call_id.in_(call_ids))
                                              .order_by(appeals.c.id)).mappings()]

