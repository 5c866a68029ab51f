"""Calls: the list, one call's page, its recording and waveform, an agent's chart, appeals."""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import FileResponse, Response
from ..errors import QAError
from ..trends.analysis import KIND_NAMES
from ..privacy import Masker
from ..records import StoredFinding
from .access import (call_scope, check_agent, may_see_personal_data, not_found, require_role, shows_personal_data,
                     visible_call, visible_finding)
from .auth import User, audit
from .calibration import blind_calls
from .deps import Page, RowId, client_ip, csv_download, redirect, render, require, web
from .listens import bytes_served
from .listing import PER_PAGE, Filters, call_filter, list_calls
from .media import covered_recording, waveform_svg
from .reviews import CATEGORIES, file_appeal

router = APIRouter()
SVG_HEADERS = {"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'"}  # our own SVG, as an image
SORT_NAMES = {"newest": "最新 newest", "oldest": "最早 oldest", "score": "得分低→高 lowest score", "-score": "得分高→低 highest score",
              "findings": "问题最多 most findings", "agent": "工号 agent", "call": "通话号 call id"}
AUDIO_TYPES = {".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
               ".ogg": "audio/ogg", ".opus": "audio/ogg", ".aac": "audio/aac"}


def filters(day: str = "", agent: str = "", kind: str = "", score_min: str = "", score_max: str = "",
            queue: str = "", date_from: str = "", date_to: str = "", q: str = "", sort: str = "") -> Filters:
    return Filters.parse(day, agent, kind, score_min, score_max, queue, date_from, date_to, q, sort)


# the columns of calls.csv a grader grading a call blind does not see (calibration.blind_calls)
TOOL_VIEW = ("score", "grade", "n_findings", "needs_review", "predicted_grade", "p_fail")


@router.get("/calls")
def call_list(request: Request, f: Filters = Depends(filters), page: Page = 1,
              user: User = Depends(require())):
    w = web(request)
    total, rows = list_calls(w.store, user, f, page, w.fail_grades if f.queue else ())
    blind = blind_calls(w.store, user)
    rows = [r.without_tool_view(blind[r.stored.call.call_id]) if r.stored.call.call_id in blind else r for r in rows]
    return render(request, "calls.html", rows=rows, total=total, page=page, pages=max(1, -(-total // PER_PAGE)),
                  f=f, kinds=[k for k in KIND_NAMES if k != "score"], sorts=SORT_NAMES)


@router.get("/exports/calls.csv")
def calls_csv(request: Request, f: Filters = Depends(filters), user: User = Depends(require(api=True))):
    """The filtered list as CSV (an agent: their own flagged calls), formula-safe for Excel."""
    w = web(request)
    columns = ["call_id", "agent_id", "started_at", "score", "grade", "n_findings", "needs_review", "predicted_grade",
               "p_fail", "ruleset_version"]
    rows = w.store.browse.export_rows(call_scope(user), call_filter(user, f), columns, f.sort)
    blind = blind_calls(w.store, user)
    if blind:
        rows = [[v if c not in TOOL_VIEW else "" for c, v in zip(columns, row)] if row[0] in blind else row
                for row in rows]
    audit(w.store, user.username, "export", "calls.csv", client_ip(request), f.query_string())
    return csv_download("calls.csv", columns, rows)


@router.get("/calls/{call_id}")
def call_page(request: Request, call_id: str, user: User = Depends(require())):
    w = web(request)
    visible_call(w.store, user, call_id)
    not_while_blind(w.store, user, call_id)
    stored = w.store.load(call_id)  # the records: score with its deductions, the classifier's view, transcript
    found = w.store.browse.findings_with_reviews(call_id)
    transcript = stored.transcript if stored.status == "done" else None
    personal = shows_personal_data(request, user, w.config.privacy)
    if personal:
        audit(w.store, user.username, "view personal data", call_id, client_ip(request))
    else:
        masker = Masker.for_call(transcript, w.config.privacy, stored.call.business_line)
        transcript = masker.transcript
        found = [replace(f, finding=masker.finding(f.finding)) for f in found]
    return render(request, "call.html", stored=stored, call=stored.call, findings=found, lines=_lines(transcript, found),
                  personal=personal, may_see_personal=may_see_personal_data(user, w.config.privacy),
                  duration=stored.duration_s or (transcript.duration_s if transcript else 0), grades=w.grades,
                  separation=transcript.separation if transcript else None,
                  categories=CATEGORIES, has_audio=Path(stored.call.path).is_file())


def not_while_blind(store, user: User, call_id: str) -> None:
    """403 for a grader asking for the tool's view of a call they grade blind in calibration."""
    session_id = blind_calls(store, user).get(call_id)
    if session_id is not None:
        raise HTTPException(403, f"这通电话在您参与的校准 #{session_id} 中，结束前请盲评（/calibration/{session_id}） — "
                                 f"you grade this call blind in calibration session {session_id} until it ends")


@dataclass(frozen=True)
class Line:
    """An utterance as the call page shows it: with the findings over its time and their evidence marked."""

    role: str
    start: float
    end: float
    confidence: float
    speaker_confidence: float
    hits: tuple[StoredFinding, ...]  # findings over its time, rejected ones too (struck through)
    segments: tuple[tuple[str, StoredFinding | None], ...]  # its text in runs, each plain or a standing finding's evidence
    corrected: tuple[tuple[str, str], ...]  # (what Whisper heard, the service word it was corrected to)


def _lines(transcript, found: list[StoredFinding]) -> list[Line]:
    if transcript is None:
        return []
    lines = []
    for u in transcript.utterances:
        hits = tuple(f for f in found if f.finding.start_s < u.end + 0.05 and f.finding.end_s > u.start - 0.05)
        standing = [f for f in hits if f.decision != "rejected"]
        lines.append(Line(u.role, u.start, u.end, u.confidence, u.speaker_confidence, hits, _segments(u.text, standing),
                          tuple((w.heard, w.text) for w in u.words if w.heard)))
    return lines


def _segments(text: str, hits: list[StoredFinding]) -> tuple[tuple[str, StoredFinding | None], ...]:
    """``text`` cut into runs, each plain (None) or inside a finding's evidence text (that finding)."""
    marks: list[StoredFinding | None] = [None] * len(text)
    for f in hits:
        needle = f.finding.text
        at = text.find(needle) if needle else -1
        while at >= 0:
            for k in range(at, at + len(needle)):
                marks[k] = marks[k] or f
            at = text.find(needle, at + len(needle))
    runs: list[list] = []
    for ch, mark in zip(text, marks):
        if runs and runs[-1][1] is mark:
            runs[-1][0] += ch
        else:
            runs.append([ch, mark])
    return tuple((t, m) for t, m in runs)


@router.get("/calls/{call_id}/audio")
def call_audio(request: Request, call_id: str, user: User = Depends(require(api=True))):
    """The recording, with HTTP Range support (206) so that the player can seek."""
    w = web(request)
    stored = visible_call(w.store, user, call_id)
    path = Path(stored.call.path)
    if not path.is_file():
        raise not_found()
    personal = shows_personal_data(request, user, w.config.privacy)
    spans = [] if personal else Masker.for_call(w.store.load(call_id).transcript, w.config.privacy,
                                                stored.call.business_line).spans_s()
    if spans:  # spoken numbers under a tone: the original file is never served
        try:
            path = covered_recording(path, stored.layout or w.config.audio.channel_layout, spans, w.config.audio)
        except (QAError, OSError):
            raise not_found() from None
        media_type = "audio/wav"
    else:
        media_type = AUDIO_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    response = FileResponse(path, media_type=media_type, stat_result=os.stat(path))
    size = response.stat_result.st_size
    if w.listens.is_listen(user.username, call_id, bytes_served(response, request.headers), size):
        audit(w.store, user.username, "listen unmasked" if personal else "listen", call_id, client_ip(request))
    return response


@router.get("/calls/{call_id}/waveform.svg")
def call_waveform(request: Request, call_id: str, user: User = Depends(require(api=True))):
    w = web(request)
    stored = visible_call(w.store, user, call_id)
    not_while_blind(w.store, user, call_id)
    marks = [(f.finding.start_s, f.finding.end_s) for f in w.store.browse.findings_with_reviews(call_id)
             if f.decision != "rejected"]
    try:
        svg = waveform_svg(stored.call.path, stored.layout or w.config.audio.channel_layout, marks)
    except (QAError, OSError):
        raise not_found() from None
    return Response(svg, media_type="image/svg+xml", headers=SVG_HEADERS)


@router.get("/agents/{agent_id}/chart.svg")
def agent_chart(request: Request, agent_id: str, user: User = Depends(require(api=True))):
    """The agent's score control chart (trends); an agent may only ask for their own."""
    check_agent(user, agent_id)
    w = web(request)
    svg = w.derived.chart_svg(w.config, agent_id)
    if svg is None:
        raise not_found()
    return Response(svg, media_type="image/svg+xml", headers=SVG_HEADERS)


@router.get("/findings/{finding_id}")
def finding_link(request: Request, finding_id: RowId, user: User = Depends(require())):
    finding = visible_finding(web(request).store, user, finding_id)
    return redirect(f"/calls/{quote(finding.call_id, safe='')}#t={finding.finding.start_s:.1f}")


@router.post("/findings/{finding_id}/appeal")
def appeal(request: Request, finding_id: RowId, comment: str = Form(""), user: User = Depends(require())):
    """An agent's 申诉 against a finding on one of their calls."""
    w = web(request)
    finding = visible_finding(w.store, user, finding_id)
    require_role(user, "agent")
    comment = comment.strip()
    if not comment or len(comment) > 2000:
        raise HTTPException(400, "申诉需要说明理由 (1–2000 characters)")
    appeal_id = file_appeal(w.store, finding, user.username, comment)
    if appeal_id is None:
        raise HTTPException(409, "这条记录已有待处理的申诉 — an appeal is already open")
    audit(w.store, user.username, "appeal", f"finding {finding_id} appeal {appeal_id}", client_ip(request), comment)
    return redirect(f"/calls/{quote(finding.call_id, safe='')}#f{finding_id}")

