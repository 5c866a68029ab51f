"""Calibration sessions: create (a lead), grade blind (the session's specialists), results."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from markupsafe import Markup

from ..privacy import Masker
from .access import not_found
from .auth import User, audit
from .calibration import (CalibrationError, choose_calls, create_session, finished, record_grade, results, trend,
                          trend_svg)
from .deps import RowId, client_ip, parse_day, redirect, render, require, web

router = APIRouter(prefix="/calibration")
LEADS = ("specialist", "trainer", "admin")  # who may run a session; its graders are specialists
staff = require(*LEADS)


def _session(request: Request, session_id: int):
    w = web(request)
    session = w.store.calibration.session(session_id)
    if session is None:
        raise not_found()
    return session, w.store.calibration.grades([session_id])[session_id]


@router.get("")
def sessions_page(request: Request, user: User = Depends(staff)):
    w = web(request)
    sessions = w.store.calibration.sessions()
    grades = w.store.calibration.grades([s.id for s in sessions])
    rows = [dict(session=s, done=len(grades[s.id]), mine=sum(1 for g in grades[s.id] if g.grader == user.username),
                 finished=finished(s, grades[s.id])) for s in reversed(sessions)]
    points = trend(w.store, w.config)
    specialists = [a["username"] for a in w.store.accounts.list() if a["role"] == "specialist" and a["active"]]
    return render(request, "calibration.html", rows=rows, points=points, specialists=specialists,
                  chart=Markup(trend_svg(points)) if points else "")


@router.post("")
def create(request: Request, title: str = Form(""), call_ids: str = Form(""), n_sample: int = Form(10),
           day_from: str = Form(""), day_to: str = Form(""), graders: list[str] = Form([]),
           user: User = Depends(staff)):
    """A new session: the calls named (one per line or comma), else ``n_sample`` drawn at random."""
    w = web(request)
    chosen = [c.strip() for c in call_ids.replace(",", "\n").splitlines() if c.strip()]
    try:
        calls = choose_calls(w.store, chosen, n_sample, parse_day(day_from, "from"), parse_day(day_to, "to"))
        session_id = create_session(w.store, w.config, title, user.username, calls, graders)
    except CalibrationError as e:
        raise HTTPException(400, str(e)) from None
    audit(w.store, user.username, "calibration_create", f"session {session_id}", client_ip(request),
          f"{len(calls)} calls; graders {', '.join(sorted(set(graders)))}")
    return redirect(f"/calibration/{session_id}")


@router.get("/{session_id}")
def session_page(request: Request, session_id: RowId, user: User = Depends(staff)):
    """Progress while grading (counts only: blind); the results once finished."""
    w = web(request)
    session, grades = _session(request, session_id)
    done = finished(session, grades)
    mine = {g.call_id for g in grades if g.grader == user.username}
    progress = {r: sum(1 for g in grades if g.grader == r) for r in session.graders}
    return render(request, "calibration_session.html", session=session, finished=done, mine=mine, progress=progress,
                  grading=user.username in session.graders and not done,
                  results=results(w.store, w.config, session, grades) if done else None)


@router.get("/{session_id}/calls/{call_id}")
def grade_page(request: Request, session_id: RowId, call_id: str, user: User = Depends(require("specialist"))):
    """The call as a grader judges it: recording and transcript, no tool score, no findings,
    no other grade."""
    w = web(request)
    session, grades = _session(request, session_id)
    if user.username not in session.graders or call_id not in session.call_ids:
        raise not_found()
    if finished(session, grades):
        return redirect(f"/calibration/{session_id}")
    stored = w.store.load(call_id)
    transcript = Masker.for_call(stored.transcript, w.config.privacy, stored.call.business_line).transcript
    mine = next((g for g in grades if g.grader == user.username and g.call_id == call_id), None)
    position = session.call_ids.index(call_id)
    return render(request, "calibration_grade.html", session=session, call=stored.call, transcript=transcript, mine=mine,
                  position=position, has_audio=Path(stored.call.path).is_file(), grades=w.grades, kind_items=session.items,
                  next_call=session.call_ids[position + 1] if position + 1 < len(session.call_ids) else None)


@router.post("/{session_id}/calls/{call_id}")
def grade(request: Request, session_id: RowId, call_id: str, score: str = Form(""), grade: str = Form(""),
          breached: list[str] = Form([]), user: User = Depends(require("specialist"))):
    w = web(request)
    session, grades = _session(request, session_id)
    if user.username not in session.graders or call_id not in session.call_ids:
        raise not_found()
    if finished(session, grades):
        raise HTTPException(409, "本次校准已结束 — the session is finished; grades can no longer change")
    try:
        value = float(score)
    except ValueError:
        raise HTTPException(400, "得分须为数字 score is a number 0–100") from None
    try:
        record_grade(w.store, w.config, session, call_id, user.username, value, grade, set(breached))
    except CalibrationError as e:
        raise HTTPException(400, str(e)) from None
    audit(w.store, user.username, "calibration_grade", f"session {session_id} {call_id}", client_ip(request),
          f"{value:g} {grade}; breached {', '.join(sorted(breached)) or 'none'}")
    position = session.call_ids.index(call_id)
    after = session.call_ids[position + 1:] + session.call_ids[:position]
    graded = {g.call_id for g in grades if g.grader == user.username} | {call_id}
    following = next((c for c in after if c not in graded), None)
    return redirect(f"/calibration/{session_id}/calls/{quote(following, safe='')}" if following
                    else f"/calibration/{session_id}")


@router.post("/{session_id}/close")
def close(request: Request, session_id: RowId, user: User = Depends(staff)):
    """The lead (or an admin) ends grading: the results show what is in."""
    w = web(request)
    session, _ = _session(request, session_id)
    if user.username != session.created_by and user.role != "admin":
        raise HTTPException(403, "只有发起人可以结束 — only the session's lead can close it")
    w.store.calibration.close(session_id)
    audit(w.store, user.username, "calibration_close", f"session {session_id}", client_ip(request))
    return redirect(f"/calibration/{session_id}")

