"""Specialists' work as the store keeps it: decisions on findings (复核), appeals (申诉), drawn
samples and manual grades (抽检). Reached as ``store.reviews``.

Also the SQL meaning of a decision (``review_of``, ``is_rejected``, ``is_counting``), for the
queries that count findings in the database."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy import and_, delete, exists, func, insert, or_, select, true, update
from sqlalchemy.engine import Engine

from ..errors import QAError
from ..records import Appeal, StoredFinding
from ..scoring.standing import FindingKey, finding_key
from .accounts import utcnow
from .codec import stored_finding_from_row
from .schema import appeals, calls, finding_reviews, findings, manual_grades, sample_draws
from .upsert import upsert


class Conflict(QAError):
    """Someone changed the record first (two specialists at the same instant): the second
    change is refused, not merged over the first."""


class Reviews:
    def __init__(self, engine: Engine):
        self._engine = engine

    # 复核 ----------------------------------------------------------------------------------
    def decide(self, stored: StoredFinding, decision: str, user: str, comment: str) -> list[int]:
        """Record a decision on a finding, replacing an earlier one on the same finding. A
        rejection also upholds the finding's open appeals (the agent was right): their ids."""
        with self._engine.begin() as conn:
            return self._decide(conn, stored, decision, user, comment, utcnow())

    @staticmethod
    def _decide(conn, stored: StoredFinding, decision: str, user: str, comment: str, now: datetime) -> list[int]:
        f = stored.finding
        values = dict(finding_id=stored.id, call_id=stored.call_id, rule_id=f.rule_id, kind=f.kind, start_s=f.start_s,
                      end_s=f.end_s, text=f.text, decision=decision, user=user, at=now, comment=comment)
        # one statement: two specialists deciding at the same instant both succeed, the later stands
        upsert(conn, finding_reviews, ("finding_id",), values)
        if decision != "rejected":
            return []
        open_ = (appeals.c.finding_id == stored.id, appeals.c.call_id == stored.call_id,
                 appeals.c.rule_id == f.rule_id, appeals.c.status == "open")
        upheld = list(conn.execute(select(appeals.c.id).where(*open_)).scalars())
        conn.execute(update(appeals).where(*open_).values(
            status="upheld", resolved_by=user, resolved_at=now,
            resolution=f"问题已判为误报 finding rejected{': ' + comment if comment else ''}"))
        return upheld

    def decisions(self, call_ids: Iterable[str] | None = None) -> dict[str, dict[FindingKey, str]]:
        """Decisions (confirmed / rejected) per call, by (rule id, start s to 0.01), for ``call_ids``
        (None: every call): what ``scoring.standing`` needs."""
        ids = None if call_ids is None else list(call_ids)
        if ids == []:
            return {}
        query = select(finding_reviews.c.call_id, finding_reviews.c.rule_id, finding_reviews.c.start_s,
                       finding_reviews.c.decision)
        if ids is not None:
            query = query.where(finding_reviews.c.call_id.in_(ids))
        out: dict[str, dict[FindingKey, str]] = {}
        with self._engine.connect() as conn:
            for call_id, rule_id, start_s, decision in conn.execute(query):
                out.setdefault(call_id, {})[finding_key(rule_id, start_s)] = decision
        return out

    # 申诉 ----------------------------------------------------------------------------------
    def file_appeal(self, stored: StoredFinding, user: str, comment: str) -> int | None:
        """The new appeal's id; None when one is open for the finding already."""
        with self._engine.begin() as conn:
            if conn.execute(select(appeals.c.id).where(appeals.c.finding_id == stored.id,
                                                       appeals.c.call_id == stored.call_id,
                                                       appeals.c.status == "open")).first():
                return None
            return conn.execute(insert(appeals).values(
                finding_id=stored.id, call_id=stored.call_id, rule_id=stored.finding.rule_id, kind=stored.finding.kind,
                user=user, comment=comment, status="open", created_at=utcnow())).inserted_primary_key[0]

    def close_appeal(self, appeal: Appeal, status: str, user: str, resolution: str,
                     rejection: str = "") -> StoredFinding | None:
        """Close an open appeal as ``status``; returns the finding it was about (None if
        rescored away). Upheld, the finding is rejected (comment ``rejection``) in the same
        transaction: the appeal and the finding never disagree.

        Optimistic: the appeal must still be open as the caller saw it; when another
        specialist resolved it first, ``Conflict``, and nothing changes."""
        now = utcnow()
        with self._engine.begin() as conn:
            closed = conn.execute(update(appeals).where(appeals.c.id == appeal.id, appeals.c.status == "open")
                                  .values(status=status, resolved_by=user, resolved_at=now, resolution=resolution))
            if closed.rowcount != 1:
                raise Conflict(f"appeal {appeal.id} was resolved already")
            row = conn.execute(select(findings).where(
                findings.c.id == appeal.finding_id, findings.c.call_id == appeal.call_id,
                findings.c.rule_id == appeal.rule_id)).mappings().first()
            finding = stored_finding_from_row(row) if row else None
            if finding is not None and status == "upheld":
                self._decide(conn, finding, "rejected", user, rejection, now)
        return finding

    # 抽检 ----------------------------------------------------------------------------------
    def ungraded_calls(self, day=None) -> list[tuple[str, str]]:
        """(call id, agent id) of scored calls (of ``day``, else of all) neither graded nor drawn yet."""
        query = select(calls.c.call_id, calls.c.agent_id).where(
            calls.c.status == "done", calls.c.call_id.not_in(select(manual_grades.c.call_id)),
            calls.c.call_id.not_in(select(sample_draws.c.call_id)))
        if day is not None:
            start = datetime.combine(day, datetime.min.time())
            query = query.where(calls.c.started_at >= start, calls.c.started_at < start + timedelta(days=1))
        with self._engine.connect() as conn:
            return [(call_id, agent_id) for call_id, agent_id in conn.execute(query.order_by(calls.c.call_id))]

    def add_draws(self, drawn: list[tuple[str, str]], user: str) -> None:
        """Drawn (agent id, call id) pairs, waiting for a grade."""
        if drawn:
            now = utcnow()
            with self._engine.begin() as conn:
                conn.execute(insert(sample_draws), [dict(call_id=c, agent_id=a, drawn_by=user, drawn_at=now)
                                                    for a, c in drawn])

    def record_grade(self, call_id: str, grade: str, category: str, user: str) -> None:
        """The grader's grade of the call, replacing their earlier one (the audit log keeps it)."""
        with self._engine.begin() as conn:
            # one statement: the same grader saving twice at once (two tabs) ends with one grade, not a 500
            upsert(conn, manual_grades, ("call_id", "user"),
                   dict(call_id=call_id, grade=grade, category=category, user=user, at=utcnow()))
            conn.execute(delete(sample_draws).where(sample_draws.c.call_id == call_id))

    def latest_grades(self) -> dict[str, tuple[str, str]]:
        """Each graded call's latest (grade, category)."""
        query = (select(manual_grades.c.call_id, manual_grades.c.grade, manual_grades.c.category)
                 .order_by(manual_grades.c.at, manual_grades.c.id))  # a replaced grade keeps its row id
        with self._engine.connect() as conn:
            return {call_id: (grade, category or "") for call_id, grade, category in conn.execute(query)}

    def pending_sample(self, offset: int, limit: int) -> tuple[int, list[dict]]:
        """Drawn calls still waiting for a grade, oldest draw first."""
        join = sample_draws.join(calls, calls.c.call_id == sample_draws.c.call_id)
        columns = [sample_draws.c.call_id, sample_draws.c.drawn_at, sample_draws.c.drawn_by, calls.c.agent_id,
                   calls.c.started_at, calls.c.score, calls.c.grade, calls.c.predicted_grade, calls.c.category]
        with self._engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(join)).scalar()
            rows = conn.execute(select(*columns).select_from(join).order_by(sample_draws.c.id).offset(offset).limit(limit))
            return total, [dict(r) for r in rows.mappings()]

    def recent_grades(self, limit: int = 20) -> list[dict]:
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(manual_grades).order_by(manual_grades.c.at.desc(), manual_grades.c.id.desc())
                                                  .limit(limit)).mappings()]


def reattach_reviews(conn, call_ids: list[str]) -> None:
    """Point specialists' decisions at the re-written findings they were about (same call, rule
    and start), so a rescore keeps a rejected finding rejected; a finding the rules no longer
    make keeps its decision on record under a negative id that matches nothing.

    The decision takes the finding's start as written now: ``review_of`` joins on the exact
    start, and a finding written again may start a few milliseconds away (rules that rounded
    times to 0.01 s, before ``Finding.of`` kept milliseconds for all)."""
    review = finding_reviews.c

    def same(column):
        return (select(column)
                .where(findings.c.call_id == review.call_id, findings.c.rule_id == review.rule_id,
                       func.abs(findings.c.start_s - review.start_s) < 0.005)
                .order_by(findings.c.id).limit(1).scalar_subquery())
    conn.execute(update(finding_reviews).where(review.call_id.in_(call_ids))
                 .values(finding_id=func.coalesce(same(findings.c.id), -review.id),
                         start_s=func.coalesce(same(findings.c.start_s), review.start_s)))


# decisions in SQL ----------------------------------------------------------------------------
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
