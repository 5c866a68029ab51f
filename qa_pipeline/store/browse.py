"""What the web app reads, limited to what a reader may see. Reached as ``store.browse``.

Every object is loaded within a ``Scope``, never by id alone: an object outside it is simply
not found. Lists page with LIMIT/OFFSET in one or two queries whatever the store's size;
counts for the trainer are grouped in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterator, NamedTuple, Sequence

from sqlalchemy import and_, distinct, false, func, select, true
from sqlalchemy.engine import Engine

from ..records import Appeal, CallScore, StoredCall, StoredFinding
from .codec import appeal_from_row, score_from_row, stored_call_from_row, stored_finding_from_row
from .reviews import is_counting, is_rejected, is_reviewed, review_of
from .schema import appeals, calls, finding_reviews, findings

QUEUE_COLUMNS = ("call_id", "started_at", "score", "grade", "fatal", "needs_review", "deductions", "p_fail")


class QueueCandidate(NamedTuple):
    """A scored call that may belong in the review queue: what its priority needs."""

    call_id: str
    started_at: datetime | None
    score: CallScore
    p_fail: float | None


@dataclass(frozen=True)
class Scope:
    """The calls a reader may see: every call, or one agent's; neither (an agent without an id): none."""

    every_call: bool = False
    agent_id: str | None = None

    def clause(self):
        if self.every_call:
            return true()
        return calls.c.agent_id == self.agent_id if self.agent_id else false()


# the orders a call list can take: name → columns (newest first is the default)
SORTS = {
    "newest": (calls.c.started_at.desc(), calls.c.call_id.desc()),
    "oldest": (calls.c.started_at.asc(), calls.c.call_id.asc()),
    "score": (calls.c.score.asc(), calls.c.call_id.asc()),  # lowest first: the worst calls
    "-score": (calls.c.score.desc(), calls.c.call_id.asc()),
    "findings": (calls.c.n_findings.desc(), calls.c.call_id.asc()),  # most findings first
    "agent": (calls.c.agent_id.asc(), calls.c.started_at.desc(), calls.c.call_id.asc()),
    "call": (calls.c.call_id.asc(),),
}


@dataclass(frozen=True)
class CallFilter:
    """Which scored calls a list shows; None or "" means no filter on that field."""

    date_from: date | None = None  # first day, inclusive
    date_to: date | None = None  # last day, inclusive
    agent: str = ""
    kind: str = ""  # has a finding of this kind that no specialist rejected
    score_min: float | None = None
    score_max: float | None = None
    flagged_only: bool = False  # only calls with findings
    call_id: str = ""  # part of the call id (a search)

    def conditions(self, scope: Scope) -> list:
        where = [calls.c.status == "done", scope.clause()]
        if self.flagged_only:
            where.append(calls.c.n_findings > 0)
        if self.date_from:
            where.append(calls.c.started_at >= datetime.combine(self.date_from, datetime.min.time()))
        if self.date_to:
            where.append(calls.c.started_at < datetime.combine(self.date_to, datetime.min.time()) + timedelta(days=1))
        if self.agent:
            where.append(calls.c.agent_id == self.agent)
        if self.call_id:
            where.append(calls.c.call_id.contains(self.call_id, autoescape=True))  # % and _ are plain characters
        if self.kind:
            # IN (uncorrelated subquery), not a correlated EXISTS: SQLite would probe the kind index once per call
            where.append(calls.c.call_id.in_(select(findings.c.call_id).where(findings.c.kind == self.kind, ~is_rejected())))
        if self.score_min is not None:
            where.append(calls.c.score >= self.score_min)
        if self.score_max is not None:
            where.append(calls.c.score <= self.score_max)
        return where


_FINDING_CALLS = findings.join(calls, calls.c.call_id == findings.c.call_id)


class Browse:
    def __init__(self, engine: Engine):
        self._engine = engine

    def _first(self, query) -> dict | None:
        with self._engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def _all(self, query) -> list[dict]:
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # one object ---------------------------------------------------------------------------
    def call(self, scope: Scope, call_id: str) -> StoredCall | None:
        """The call (without findings or transcript: ``Store.load``), if ``scope`` may see it."""
        row = self._first(select(calls).where(calls.c.call_id == call_id, scope.clause()))
        return stored_call_from_row(row) if row else None

    def finding(self, scope: Scope, finding_id: int) -> StoredFinding | None:
        row = self._first(select(findings).select_from(_FINDING_CALLS).where(findings.c.id == finding_id, scope.clause()))
        return stored_finding_from_row(row) if row else None

    def appeal(self, scope: Scope, appeal_id: int) -> Appeal | None:
        row = self._first(select(appeals, calls.c.agent_id).join(calls, calls.c.call_id == appeals.c.call_id)
                          .where(appeals.c.id == appeal_id, scope.clause()))
        return appeal_from_row(row) if row else None

    def findings_with_reviews(self, call_id: str) -> list[StoredFinding]:
        """The call's findings in time order, each with the specialist's decision and the agent's
        appeals on it (an appeal of a finding rescored away points at nothing)."""
        rows = self._all(select(findings, finding_reviews.c.decision, finding_reviews.c.user.label("reviewed_by"),
                                finding_reviews.c.comment.label("review_comment"))
                         .select_from(findings.outerjoin(finding_reviews, review_of()))
                         .where(findings.c.call_id == call_id).order_by(findings.c.start_s, findings.c.id))
        filed = [appeal_from_row(r) for r in self._all(select(appeals).where(appeals.c.call_id == call_id)
                                                       .order_by(appeals.c.id))]
        # an appeal names its finding's id and rule: a rescore may give a new finding an old id
        return [stored_finding_from_row(r, tuple(a for a in filed if (a.finding_id, a.rule_id) == (r["id"], r["rule_id"])))
                for r in rows]

    # lists --------------------------------------------------------------------------------
    def call_page(self, scope: Scope, f: CallFilter, offset: int, limit: int,
                  sort: str = "newest") -> tuple[int, list[StoredCall]]:
        """(matching calls, this page's calls) in the order ``sort`` names (``SORTS``)."""
        where = f.conditions(scope)
        with self._engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(calls).where(*where)).scalar()
            query = select(calls).where(*where).order_by(*SORTS[sort]).limit(limit).offset(offset)
            return total, [stored_call_from_row(r) for r in conn.execute(query).mappings()]

    def queue_candidates(self, scope: Scope, f: CallFilter) -> Iterator[QueueCandidate]:
        """Matching calls that may belong in the review queue: a classifier's view, held or fatal
        findings, and no specialist's decision yet (that call had its listen). Only the few
        columns priority needs are read."""
        candidates = ((calls.c.p_fail.is_not(None)) | calls.c.needs_review.is_(True) | calls.c.fatal.is_(True)) & ~is_reviewed()
        query = (select(*(calls.c[c] for c in QUEUE_COLUMNS))
                 .where(*f.conditions(scope), candidates, calls.c.score.is_not(None)))
        for row in self._all(query):
            yield QueueCandidate(row["call_id"], row["started_at"], score_from_row(row), row["p_fail"])

    def calls_by_id(self, call_ids: list[str]) -> dict[str, StoredCall]:
        """These calls (without findings or transcripts), by id."""
        return {r["call_id"]: stored_call_from_row(r) for r in self._all(select(calls).where(calls.c.call_id.in_(call_ids)))}

    def export_rows(self, scope: Scope, f: CallFilter, columns: list[str], sort: str = "newest") -> list[tuple]:
        query = select(*(calls.c[c] for c in columns)).where(*f.conditions(scope)).order_by(*SORTS[sort])
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(query)]

    def appeal_page(self, scope: Scope, status: str | None, offset: int, limit: int) -> tuple[int, list[Appeal]]:
        """Appeals (of one status, or all) on calls in scope, newest first."""
        where = [scope.clause()] + ([appeals.c.status == status] if status else [])
        join = appeals.join(calls, calls.c.call_id == appeals.c.call_id)
        with self._engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(join).where(*where)).scalar()
            rows = conn.execute(select(appeals, calls.c.agent_id).select_from(join).where(*where)
                                .order_by(appeals.c.id.desc()).limit(limit).offset(offset)).mappings()
            return total, [appeal_from_row(r) for r in rows]

    def ruleset_versions(self) -> list[tuple]:
        """(rule-set version, scored calls, last scored) of the stored calls, latest first."""
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                select(calls.c.ruleset_version, func.count(), func.max(calls.c.updated_at))
                .where(calls.c.status == "done").group_by(calls.c.ruleset_version)
                .order_by(func.max(calls.c.updated_at).desc()))]

    def version(self) -> tuple:
        """Changes whenever a call is stored or rescored: the key of every derived cache."""
        with self._engine.connect() as conn:
            return tuple(conn.execute(select(func.count(), func.max(calls.c.updated_at)).select_from(calls)).one())

    # the trainer's counts over the findings that count (scoring.standing) --------------------
    def scored_calls(self) -> int:
        with self._engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(calls).where(calls.c.status == "done")).scalar() or 0

    def kind_counts(self, scoring, call_ids: Sequence[str] | None = None) -> list[tuple[str, int, int, int]]:
        """(kind, findings, calls, agents) of ``call_ids`` (None: every call), most findings first."""
        query = (select(findings.c.kind, func.count(), func.count(distinct(findings.c.call_id)),
                        func.count(distinct(calls.c.agent_id)))
                 .select_from(_FINDING_CALLS).where(_counting(scoring, call_ids)).group_by(findings.c.kind)
                 .order_by(func.count().desc(), findings.c.kind))
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(query)]

    def top_wording(self, scoring, top: int) -> list[tuple[str, str, int]]:
        """(kind, evidence text, times): the ``top`` most frequent texts per kind."""
        n = func.count().label("n")
        grouped = (select(findings.c.kind, findings.c.text, n).select_from(_FINDING_CALLS)
                   .where(_counting(scoring), findings.c.text.is_not(None), findings.c.text != "")
                   .group_by(findings.c.kind, findings.c.text).subquery())
        rank = func.row_number().over(partition_by=grouped.c.kind, order_by=(grouped.c.n.desc(), grouped.c.text)).label("r")
        ranked = select(grouped, rank).subquery()
        with self._engine.connect() as conn:
            return [(kind, text, count) for kind, text, count, _ in conn.execute(
                select(ranked).where(ranked.c.r <= top).order_by(ranked.c.kind, ranked.c.r))]

    def surest_findings(self, scoring, per_kind: int,
                        call_ids: Sequence[str] | None = None) -> list[tuple[StoredFinding, str]]:
        """Up to ``per_kind`` surest findings per kind of ``call_ids`` (None: every call), each with
        its call's agent, surest first."""
        rank = func.row_number().over(partition_by=findings.c.kind,
                                      order_by=(findings.c.confidence.desc(), findings.c.id)).label("r")
        ranked = (select(findings, calls.c.agent_id.label("agent_id"), rank)
                  .select_from(_FINDING_CALLS).where(_counting(scoring, call_ids)).subquery())
        rows = self._all(select(ranked).where(ranked.c.r <= per_kind).order_by(ranked.c.kind, ranked.c.r))
        return [(stored_finding_from_row(r), r["agent_id"] or "") for r in rows]

    def agent_ids(self) -> set[str]:
        """Every 工号 that has a call in the store: what an agent account should be linked to."""
        with self._engine.connect() as conn:
            return set(conn.execute(select(calls.c.agent_id).distinct().where(calls.c.agent_id.is_not(None))).scalars())

    def calls_per_agent(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            return dict(conn.execute(select(calls.c.agent_id, func.count()).where(calls.c.status == "done")
                                     .group_by(calls.c.agent_id)).all())

    def kind_calls_per_agent(self, scoring) -> list[tuple[str, str, int]]:
        """(agent, kind, calls with that kind)."""
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                select(calls.c.agent_id, findings.c.kind, func.count(distinct(findings.c.call_id)))
                .select_from(_FINDING_CALLS).where(_counting(scoring)).group_by(calls.c.agent_id, findings.c.kind))]


def _counting(scoring, call_ids: Sequence[str] | None = None):
    """The findings that count (``scoring.standing``): deducted or confirmed, of scored calls
    (of ``call_ids`` only, unless None)."""
    where = and_(calls.c.status == "done", is_counting(scoring))
    return where if call_ids is None else and_(where, calls.c.call_id.in_(list(call_ids)))
