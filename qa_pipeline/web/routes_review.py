"""The specialist's work: 复核 (confirm / reject findings), appeals, 抽检 (sample and grade)."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from ..store.reviews import Conflict
from .access import call_scope, require_role, visible_appeal, visible_call, visible_finding
from .auth import User, audit
from .deps import Page, RowId, client_ip, csv_download, parse_day, redirect, render, require, safe_next, web
from .listing import PER_PAGE
from .reviews import (CATEGORIES, DECISIONS, GRADE_COLUMNS, draw_sample, pending_sample, recent_grades, record_grade,
                      resolve_appeal, review_finding, swap_roles, training_labels)

router = APIRouter()
ALREADY_RESOLVED = "这条申诉已由他人处理，请刷新页面查看结果 — the appeal was resolved already: reload to see how"


@router.post("/findings/{finding_id}/review")
def review(request: Request, finding_id: RowId, decision: str = Form(""), comment: str = Form(""),
           user: User = Depends(require())):
    """Confirm or reject a finding; a rejection rescores the call without it."""
    w = web(request)
    finding = visible_finding(w.store, user, finding_id)
    require_role(user, "specialist")
    if decision not in DECISIONS:
        raise HTTPException(400, f"decision is one of {', '.join(DECISIONS)}")
    upheld = review_finding(w.store, w.config, finding, decision, user.username, comment.strip()[:2000], w.model)
    audit(w.store, user.username, "confirm" if decision == "confirmed" else "reject", f"finding {finding_id}",
          client_ip(request), comment.strip()[:200])
    for appeal_id in upheld:  # rejecting the finding settles its appeal in the agent's favour
        audit(w.store, user.username, "resolve", f"appeal {appeal_id}", client_ip(request), "upheld (finding rejected)")
    return redirect(f"/calls/{quote(finding.call_id, safe='')}#f{finding_id}")


@router.get("/appeals")
def appeal_list(request: Request, status: str = "open", page: Page = 1, user: User = Depends(require())):
    """Open appeals for specialists; an agent sees their own."""
    w = web(request)
    wanted = status if status in ("open", "upheld", "dismissed") else None
    total, rows = w.store.browse.appeal_page(call_scope(user), wanted, (page - 1) * PER_PAGE, PER_PAGE)
    return render(request, "appeals.html", rows=rows, total=total, page=page, status=status,
                  pages=max(1, -(-total // PER_PAGE)))


@router.get("/appeals/{appeal_id}")
def appeal_link(request: Request, appeal_id: RowId, user: User = Depends(require())):
    appeal = visible_appeal(web(request).store, user, appeal_id)
    return redirect(f"/calls/{quote(appeal.call_id, safe='')}#f{appeal.finding_id}")


@router.post("/appeals/{appeal_id}/resolve")
def resolve(request: Request, appeal_id: RowId, outcome: str = Form(""), comment: str = Form(""),
            user: User = Depends(require())):
    """Upheld: the finding was wrong (rejected, call rescored); dismissed: it stands."""
    w = web(request)
    appeal = visible_appeal(w.store, user, appeal_id)
    require_role(user, "specialist")
    if outcome not in ("upheld", "dismissed"):
        raise HTTPException(400, "outcome is upheld or dismissed")
    if not appeal.is_open:
        raise HTTPException(409, ALREADY_RESOLVED)
    try:
        resolve_appeal(w.store, w.config, appeal, outcome == "upheld", user.username, comment.strip()[:2000], w.model)
    except Conflict:  # another specialist resolved it between our read and our write
        raise HTTPException(409, ALREADY_RESOLVED) from None
    audit(w.store, user.username, "resolve", f"appeal {appeal_id}", client_ip(request), outcome)
    return redirect(f"/calls/{quote(appeal.call_id, safe='')}#f{appeal.finding_id}")


# 抽检 ------------------------------------------------------------------------------------------
@router.get("/sample")
def sample_page(request: Request, page: Page = 1, user: User = Depends(require("specialist"))):
    w = web(request)
    total, rows = pending_sample(w.store, (page - 1) * PER_PAGE, PER_PAGE)
    return render(request, "sample.html", rows=rows, total=total, page=page, pages=max(1, -(-total // PER_PAGE)),
                  grades=w.grades, categories=CATEGORIES, recent=recent_grades(w.store))


@router.post("/sample")
def sample_draw(request: Request, per_agent: int = Form(5), day: str = Form(""),
                user: User = Depends(require("specialist"))):
    """Draw ``per_agent`` random calls per agent (of one day, or of all) for manual grading."""
    w = web(request)
    if not 1 <= per_agent <= 50:
        raise HTTPException(400, "1–50 calls per agent")
    on = parse_day(day, "day")
    drawn = draw_sample(w.store, per_agent, user.username, on)
    audit(w.store, user.username, "sample", f"{len(drawn)} calls", client_ip(request), f"{per_agent} per agent, day {day or 'all'}")
    return redirect("/sample")


@router.post("/calls/{call_id}/grade")
def grade(request: Request, call_id: str, grade: str = Form(""), category: str = Form(""), back: str = Form(""),
          user: User = Depends(require())):
    w = web(request)
    visible_call(w.store, user, call_id)
    require_role(user, "specialist")
    if grade not in w.grades or category not in ("",) + CATEGORIES:
        raise HTTPException(400, f"grade is one of {', '.join(w.grades)}; category one of {', '.join(CATEGORIES)} or empty")
    record_grade(w.store, call_id, grade, category, user.username)
    audit(w.store, user.username, "grade", call_id, client_ip(request), f"{grade} {category}".strip())
    return redirect(safe_next(back, f"/calls/{quote(call_id, safe='')}"))


@router.post("/calls/{call_id}/swap-roles")
def swap(request: Request, call_id: str, keep: str = Form(""), user: User = Depends(require())):
    """A mono call's agent and customer the other way round (``keep``: as shown, where a
    specialist's earlier naming no longer matched the speech): the call is checked again, and
    the naming is kept for later rescores and re-runs."""
    w = web(request)
    visible_call(w.store, user, call_id)
    require_role(user, "specialist")
    stored = w.store.load(call_id)
    if stored is None or stored.transcript is None or stored.transcript.separation is None:
        raise HTTPException(400, "only a mono call whose speakers were told apart by voice has roles to swap")
    swapped = swap_roles(w.store, w.config, call_id, user.username, w.model, keep=bool(keep))
    audit(w.store, user.username, "keep roles" if keep else "swap roles", call_id, client_ip(request),
          "swapped" if swapped else "as assigned")
    return redirect(f"/calls/{quote(call_id, safe='')}")


@router.get("/exports/manual_grades.csv")
def manual_grades_csv(request: Request, user: User = Depends(require("specialist", "admin", api=True))):
    """``call_id,grade,category`` for ``qa-pipeline train --labels``."""
    w = web(request)
    audit(w.store, user.username, "export", "manual_grades.csv", client_ip(request))
    return csv_download("manual_grades.csv", GRADE_COLUMNS, training_labels(w.store))
