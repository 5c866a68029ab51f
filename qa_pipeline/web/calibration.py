"""Calibration sessions: a lead picks N calls and M specialists; each grades every call blind
(score, grade, and yes/no for each scorecard rule); then the results compare them with each
other and with the tool.

Blind means: until the session is finished (every grade in, or the lead closed it) nobody
sees anyone's grades, and the grading page shows neither the tool's score nor its findings.
Once finished, grades can no longer change, and the session's majority grades become
training labels (``reviews.training_labels``)."""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Sequence

from ..records import CalibrationGrade, CalibrationSession, CallScore
from ..scoring import score_call
from ..scoring.agreement import ICC, Agreement, agreement, alpha, cohen, icc, majority
from ..scoring.standing import counts

MAX_CALLS, MAX_GRADERS = 50, 20
ITEM_LABELS = (True, False)


class CalibrationError(ValueError):
    """A session or grade that cannot be made as asked (one line, for people)."""


# making a session ------------------------------------------------------------------------------
def scorecard_items(config) -> tuple[tuple[str, str], ...]:
    """(rule id, kind) of the default scorecard's enabled rules: the items graders answer."""
    return tuple((r.rule_id, r.kind) for r in config.ruleset_for("default").enabled())


def choose_calls(store, chosen: Sequence[str], n_sample: int, day_from: date | None, day_to: date | None,
                 seed: int | None = None) -> list[str]:
    """The chosen call ids (each must be a scored call), or ``n_sample`` drawn at random from the
    scored calls of [day_from, day_to]."""
    start = datetime.combine(day_from, datetime.min.time()) if day_from else None
    end = datetime.combine(day_to, datetime.min.time()) + timedelta(days=1) if day_to else None
    scored = store.calibration.scored_calls(start, end)
    if chosen:
        known = set(store.calibration.scored_calls())
        if unknown := [c for c in chosen if c not in known]:
            raise CalibrationError(f"没有这些已评分的通话 no scored call: {', '.join(unknown[:5])}")
        calls = list(dict.fromkeys(chosen))
    else:
        if n_sample < 2 or n_sample > len(scored):
            raise CalibrationError(f"抽取 2–{len(scored)} 通 draw between 2 and {len(scored)} calls from that period")
        calls = random.Random(seed).sample(scored, n_sample)
    if not 2 <= len(calls) <= MAX_CALLS:
        raise CalibrationError(f"一次校准 2–{MAX_CALLS} 通 a session has 2–{MAX_CALLS} calls")
    return calls


def create_session(store, config, title: str, lead: str, call_ids: Sequence[str], graders: Sequence[str]) -> int:
    """A session over ``call_ids`` for ``graders`` (active specialist accounts, at least two)."""
    title = title.strip()[:200] or f"校准 {datetime.now():%Y-%m-%d}"
    graders = sorted(set(graders))
    accounts = {a["username"]: a for a in store.accounts.list()}
    wrong = [g for g in graders if g not in accounts or accounts[g]["role"] != "specialist" or not accounts[g]["active"]]
    if wrong:
        raise CalibrationError(f"不是在职质检员 not an active specialist: {', '.join(wrong)}")
    if not 2 <= len(graders) <= MAX_GRADERS:
        raise CalibrationError(f"需要 2–{MAX_GRADERS} 名质检员 a session needs 2–{MAX_GRADERS} specialists")
    return store.calibration.create(title, lead, scorecard_items(config), call_ids, graders)


# grading ---------------------------------------------------------------------------------------
def finished(session: CalibrationSession, grades: Sequence[CalibrationGrade]) -> bool:
    """Closed by the lead, or every grader has graded every call."""
    return session.closed_at is not None or len(grades) >= len(session.call_ids) * len(session.graders)


def blind_calls(store, user) -> dict[str, int]:
    """The calls ``user`` grades blind now: call id → session id, for each unfinished session
    they are a grader of. Until it finishes they see neither the tool's score nor its findings
    of these calls anywhere (their call page, waveform, a list's score columns)."""
    if user.role != "specialist":
        return {}
    mine = [s for s in store.calibration.sessions() if user.username in s.graders]
    grades = store.calibration.grades([s.id for s in mine])
    return {call_id: s.id for s in mine if not finished(s, grades[s.id]) for call_id in s.call_ids}


def record_grade(store, config, session: CalibrationSession, call_id: str, grader: str, score: float, grade: str,
                 breached: set[str]) -> None:
    grades = [g for _, g in config.scoring.grades]
    if grade not in grades:
        raise CalibrationError(f"评级须为 grade is one of {', '.join(grades)}")
    if not 0 <= score <= 100:
        raise CalibrationError("得分须在 0–100 score is 0–100")
    items = {rule for rule, _ in session.items}
    if unknown := breached - items:
        raise CalibrationError(f"不是本次的评分项 not an item of this session: {', '.join(sorted(unknown))}")
    store.calibration.record(session.id, call_id, grader, score, grade,
                             [(rule, rule in breached) for rule, _ in session.items])


# results ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ToolVerdict:
    """What the tool says of a call on its own: its rules and scorecard, before anyone's review."""

    score: float
    grade: str
    breached: frozenset[str]  # rule ids with a finding the tool deducts


@dataclass(frozen=True)
class CallRow:
    call_id: str
    grades: tuple[tuple[str, str], ...]  # (grader, grade)
    majority: str | None
    dissent: int  # grades other than the majority (all of them without a majority)
    score_range: float  # highest − lowest score
    scores: tuple[float, ...]
    split_items: tuple[str, ...]  # rule ids the graders did not answer alike
    tool: ToolVerdict


@dataclass(frozen=True)
class ItemRow:
    rule_id: str
    kind: str
    split_calls: int  # calls where graders answered this item differently
    breached_calls: int  # calls whose majority says breached
    agreement: Agreement
    tool_kappa: float | None  # the tool's yes/no against the graders' majority
    tool_matches: int  # calls where the tool's answer is the majority's
    judged: int  # calls with a majority answer


@dataclass(frozen=True)
class ToolAgreement:
    """The tool as one more grader, against the graders' majority."""

    n_calls: int  # calls with a majority grade
    grade_kappa: float | None
    grade_alpha: float | None  # ordinal
    grade_matches: int
    score_icc: ICC | None  # the tool's score beside the graders' mean score
    item_kappa: float | None  # pooled over every item of every call
    item_matches: int
    item_units: int


@dataclass(frozen=True)
class Results:
    session: CalibrationSession
    graders: tuple[str, ...]
    grade: Agreement  # on the grade (ordinal)
    scores: ICC | None
    items: Agreement  # every (call, item) as one unit, yes/no
    calls: tuple[CallRow, ...]  # most disagreement first
    by_item: tuple[ItemRow, ...]  # most disagreement first
    tool: ToolAgreement


def tool_verdict(store, config, call_id: str) -> ToolVerdict:
    line, found = store.stored_findings(call_id)
    ruleset = config.ruleset_for(line or "default")
    score: CallScore = score_call(list(found), ruleset, config.scoring, {})
    breached = frozenset(f.rule_id for f in found if counts(f, {}, config.scoring))
    return ToolVerdict(score.score, score.grade, breached)


def results(store, config, session: CalibrationSession, grades: Sequence[CalibrationGrade]) -> Results:
    order = [g for _, g in config.scoring.grades]  # best first: the ordinal scale
    graders = session.graders
    by = {(g.call_id, g.grader): g for g in grades}
    cell = lambda call, grader: by.get((call, grader))  # noqa: E731
    grade_matrix = [[(cell(c, r).grade if cell(c, r) else None) for r in graders] for c in session.call_ids]
    score_matrix = [[(cell(c, r).score if cell(c, r) else None) for r in graders] for c in session.call_ids]
    item_rows = {rule: [[(cell(c, r).breached(rule) if cell(c, r) else None) for r in graders] for c in session.call_ids]
                 for rule, _ in session.items}
    tools = {c: tool_verdict(store, config, c) for c in session.call_ids}
    calls = tuple(sorted((_call_row(c, graders, grade_matrix[i], score_matrix[i],
                                    {rule: rows[i] for rule, rows in item_rows.items()}, tools[c])
                          for i, c in enumerate(session.call_ids)),
                         key=lambda r: (-r.dissent, -len(r.split_items), -r.score_range, r.call_id)))
    by_item = tuple(sorted((_item_row(rule, kind, item_rows[rule], graders, session.call_ids, tools)
                            for rule, kind in session.items),
                           key=lambda r: (-r.split_calls, r.agreement.fleiss if r.agreement.fleiss is not None else 2,
                                          r.rule_id)))
    pooled = [row for rows in item_rows.values() for row in rows]
    return Results(session, graders, agreement(grade_matrix, graders, order, "ordinal"), icc(score_matrix),
                   agreement(pooled, graders, ITEM_LABELS), calls, by_item,
                   _tool_agreement(calls, by_item, item_rows, session.call_ids, tools, score_matrix, order))


def _call_row(call_id, graders, grades, scores, items, tool: ToolVerdict) -> CallRow:
    given = [g for g in grades if g is not None]
    top = majority(given)
    numbers = [s for s in scores if s is not None]
    split = tuple(rule for rule, answers in items.items() if len({a for a in answers if a is not None}) > 1)
    return CallRow(call_id, tuple((r, g) for r, g in zip(graders, grades) if g is not None), top,
                   sum(1 for g in given if g != top), (max(numbers) - min(numbers)) if numbers else 0.0,
                   tuple(numbers), split, tool)


def _item_row(rule, kind, rows, graders, call_ids, tools) -> ItemRow:
    majorities = [majority(row) for row in rows]
    judged = [(m, tools[c].breached.__contains__(rule)) for m, c in zip(majorities, call_ids) if m is not None]
    return ItemRow(rule, kind, sum(1 for row in rows if len({a for a in row if a is not None}) > 1),
                   sum(1 for m in majorities if m is True), agreement(rows, graders, ITEM_LABELS),
                   cohen([m for m, _ in judged], [t for _, t in judged], ITEM_LABELS),
                   sum(1 for m, t in judged if m == t), len(judged))


def _tool_agreement(calls, by_item, item_rows, call_ids, tools, score_matrix, order) -> ToolAgreement:
    judged = [r for r in calls if r.majority is not None]
    pair = [[r.majority, r.tool.grade] for r in judged]
    mean_scores = [[statistics.fmean(s for s in row if s is not None), tools[c].score]
                   for c, row in zip(call_ids, score_matrix) if any(s is not None for s in row)]
    units = [(m, rule in tools[c].breached) for rule, rows in item_rows.items()
             for c, row in zip(call_ids, rows) if (m := majority(row)) is not None]
    return ToolAgreement(
        n_calls=len(judged), grade_kappa=cohen([m for m, _ in pair], [t for _, t in pair], order),
        grade_alpha=alpha(pair, order, "ordinal"), grade_matches=sum(1 for m, t in pair if m == t),
        score_icc=icc(mean_scores), item_kappa=cohen([m for m, _ in units], [t for _, t in units], ITEM_LABELS),
        item_matches=sum(1 for m, t in units if m == t), item_units=len(units))


# across sessions -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrendPoint:
    """One finished session's headline figures: the team's agreement over time."""

    session: CalibrationSession
    grade_fleiss: float | None
    grade_alpha: float | None
    score_icc: float | None  # ICC(2,1)
    item_fleiss: float | None
    tool_grade_kappa: float | None


def trend(store, config) -> list[TrendPoint]:
    sessions = store.calibration.sessions()
    grades = store.calibration.grades([s.id for s in sessions])
    points = []
    for s in sessions:
        if finished(s, grades[s.id]) and grades[s.id]:
            r = results(store, config, s, grades[s.id])
            points.append(TrendPoint(s, r.grade.fleiss, r.grade.alpha, r.scores.icc2 if r.scores else None,
                                     r.items.fleiss, r.tool.grade_kappa))
    return points


def consensus_labels(store) -> dict[str, str]:
    """Each call's majority grade in the latest finished session that has one: training labels."""
    sessions = store.calibration.sessions()
    grades = store.calibration.grades([s.id for s in sessions])
    labels: dict[str, str] = {}
    for s in sessions:  # oldest first: a later session's consensus replaces an earlier one
        if not finished(s, grades[s.id]):
            continue
        for call_id in s.call_ids:
            top = majority([g.grade for g in grades[s.id] if g.call_id == call_id])
            if top is not None:
                labels[call_id] = top
    return labels


def trend_svg(points: Sequence[TrendPoint], width: int = 560, height: int = 180) -> str:
    """A small line chart of Fleiss' κ on grades per session, with the 0.8 line: inline SVG."""
    pad, top = 32, 10
    xs = [pad + (width - 2 * pad) * (i / max(len(points) - 1, 1)) for i in range(len(points))]
    y = lambda v: top + (height - top - pad) * (1 - (max(min(v, 1.0), -0.2) + 0.2) / 1.2)  # noqa: E731
    good = y(0.8)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="trend" role="img" '
             f'aria-label="校准一致性趋势 agreement per session">',
             f'<line x1="{pad}" x2="{width - pad}" y1="{good:.1f}" y2="{good:.1f}" stroke="#2a7" stroke-dasharray="4 3"/>',
             f'<text x="{width - pad}" y="{good - 4:.1f}" text-anchor="end" font-size="11" fill="#2a7">κ = 0.8</text>',
             f'<line x1="{pad}" x2="{width - pad}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#bbb"/>',
             f'<text x="{pad - 6}" y="{y(0) + 4:.1f}" text-anchor="end" font-size="11" fill="#888">0</text>',
             f'<text x="{pad - 6}" y="{y(1) + 4:.1f}" text-anchor="end" font-size="11" fill="#888">1</text>']
    known = [(x, p.grade_fleiss) for x, p in zip(xs, points) if p.grade_fleiss is not None]
    if len(known) > 1:
        path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y(v):.1f}" for i, (x, v) in enumerate(known))
        parts.append(f'<path d="{path}" fill="none" stroke="#246" stroke-width="2"/>')
    for x, p in zip(xs, points):
        if p.grade_fleiss is not None:
            parts.append(f'<circle cx="{x:.1f}" cy="{y(p.grade_fleiss):.1f}" r="4" fill="#246"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle" font-size="11">#{p.session.id}</text>')
    parts.append("</svg>")
    return "".join(parts)
