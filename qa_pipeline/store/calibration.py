"""Calibration sessions as the store keeps them: sessions, their calls and graders, and each
grader's grade of each call. Reached as ``store.calibration``; rows come back as the frozen
records of ``qa_pipeline.records``."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable, Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from ..records import CalibrationGrade, CalibrationSession
from .accounts import utcnow
from .schema import calibration_calls, calibration_grades, calibration_graders, calibration_sessions, calls
from .upsert import upsert


class Calibration:
    def __init__(self, engine: Engine):
        self._engine = engine

    def create(self, title: str, lead: str, items: Sequence[tuple[str, str]], call_ids: Sequence[str],
               graders: Sequence[str]) -> int:
        """A new session; returns its id."""
        with self._engine.begin() as conn:
            session_id = conn.execute(insert(calibration_sessions).values(
                title=title, created_by=lead, created_at=utcnow(),
                items=json.dumps([list(i) for i in items], ensure_ascii=False))).inserted_primary_key[0]
            conn.execute(insert(calibration_calls), [dict(session_id=session_id, call_id=c, position=i)
                                                     for i, c in enumerate(call_ids)])
            conn.execute(insert(calibration_graders), [dict(session_id=session_id, username=g) for g in graders])
        return session_id

    def sessions(self) -> list[CalibrationSession]:
        """Every session, oldest first."""
        return self._load(select(calibration_sessions).order_by(calibration_sessions.c.id))

    def session(self, session_id: int) -> CalibrationSession | None:
        found = self._load(select(calibration_sessions).where(calibration_sessions.c.id == session_id))
        return found[0] if found else None

    def _load(self, query) -> list[CalibrationSession]:
        with self._engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
            ids = [r["id"] for r in rows]
            members = conn.execute(select(calibration_calls.c.session_id, calibration_calls.c.call_id)
                                   .where(calibration_calls.c.session_id.in_(ids))
                                   .order_by(calibration_calls.c.session_id, calibration_calls.c.position)).all()
            graders = conn.execute(select(calibration_graders.c.session_id, calibration_graders.c.username)
                                   .where(calibration_graders.c.session_id.in_(ids))
                                   .order_by(calibration_graders.c.session_id, calibration_graders.c.username)).all()
        return [CalibrationSession(
            id=r["id"], title=r["title"], created_by=r["created_by"], created_at=r["created_at"],
            closed_at=r["closed_at"], items=tuple((rule, kind) for rule, kind in json.loads(r["items"])),
            call_ids=tuple(c for s, c in members if s == r["id"]), graders=tuple(g for s, g in graders if s == r["id"]))
            for r in rows]

    def grades(self, session_ids: Iterable[int]) -> dict[int, list[CalibrationGrade]]:
        """The grades given in these sessions, per session."""
        ids = list(session_ids)
        out: dict[int, list[CalibrationGrade]] = {i: [] for i in ids}
        query = (select(calibration_grades).where(calibration_grades.c.session_id.in_(ids))
                 .order_by(calibration_grades.c.call_id, calibration_grades.c.grader))
        with self._engine.connect() as conn:
            for r in conn.execute(query).mappings():
                out[r["session_id"]].append(CalibrationGrade(
                    r["call_id"], r["grader"], r["score"], r["grade"],
                    tuple((rule, bool(v)) for rule, v in json.loads(r["items"]).items()), r["at"]))
        return out

    def record(self, session_id: int, call_id: str, grader: str, score: float, grade: str,
               items: Sequence[tuple[str, bool]]) -> None:
        """A grader's grade of a call, replacing their earlier one (the audit log keeps both)."""
        with self._engine.begin() as conn:  # one statement: two saves at once end with one grade
            upsert(conn, calibration_grades, ("session_id", "call_id", "grader"), dict(
                session_id=session_id, call_id=call_id, grader=grader, score=score, grade=grade,
                items=json.dumps(dict(items), ensure_ascii=False), at=utcnow()))

    def close(self, session_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(calibration_sessions).where(calibration_sessions.c.id == session_id,
                                                            calibration_sessions.c.closed_at.is_(None))
                         .values(closed_at=utcnow()))

    def scored_calls(self, start: datetime | None = None, end: datetime | None = None) -> list[str]:
        """Ids of scored calls (started in [start, end) when given): what a session may sample."""
        query = select(calls.c.call_id).where(calls.c.status == "done")
        if start is not None:
            query = query.where(calls.c.started_at >= start)
        if end is not None:
            query = query.where(calls.c.started_at < end)
        with self._engine.connect() as conn:
            return list(conn.execute(query.order_by(calls.c.call_id)).scalars())
