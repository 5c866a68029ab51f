"""The review queue: which calls a QA specialist should listen to first.

A call earns priority when the machine is unsure of it or contradicts itself:

- the classifier and the scorecard disagree (one says fail, the other pass);
- the classifier is uncertain (``p_fail`` near 0.5);
- findings rest on low-confidence ASR (the scorecard held them back as "needs review");
- the call failed outright (fatal item): a specialist confirms before it counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Iterable, Sequence

from ..config import ScoringConfig
from ..records import CallScore, StoredCall

DISAGREE, UNSURE, HELD, FATAL = 2.0, 1.5, 1.0, 0.5  # weights of each reason in the priority


@dataclass(frozen=True)
class QueueItem:
    call_id: str
    agent_id: str
    started_at: object
    priority: float
    reasons: tuple[str, ...]
    score: float | None
    grade: str | None
    predicted_grade: str | None
    p_fail: float | None


def fail_grades(scoring: ScoringConfig, model_grades: Sequence[str] = ()) -> tuple[str, ...]:
    """Grades that count as failing: the scorecard's lowest, then the model's failing grades."""
    return tuple(dict.fromkeys((scoring.grades[-1][1], *model_grades)))


def priority(score: CallScore, p_fail: float | None, fail_grades: Sequence[str]) -> tuple[float, tuple[str, ...]]:
    """(priority, reasons) of a scored call and the classifier's p_fail; 0 when nothing calls for a listen."""
    total, reasons = 0.0, []
    if p_fail is not None:
        card_fails = score.grade in fail_grades or score.fatal
        if card_fails != (p_fail >= 0.5):
            total += DISAGREE
            reasons.append(f"classifier p_fail {p_fail:.2f} vs scorecard {score.grade}")
        unsure = 1.0 - abs(p_fail - 0.5) * 2
        if unsure >= 0.4:  # p_fail between 0.3 and 0.7
            total += UNSURE * unsure
            reasons.append(f"classifier unsure (p_fail {p_fail:.2f})")
    if score.needs_review:
        total += HELD
        reasons.append("findings on low-confidence speech, or roles in doubt")
    if score.fatal:
        total += FATAL
        reasons.append("fatal item: confirm before it counts")
    return round(total, 3), tuple(reasons)


def review_queue(calls: Iterable[StoredCall], fail_grades: Sequence[str], limit: int | None = None,
                 reviewed: Collection[str] = ()) -> list[QueueItem]:
    """Scored calls that call for a listen, most pressing first; a call a specialist has
    reviewed (decided on a finding of) has had its listen and leaves the queue."""
    items = []
    for stored in calls:
        call, score, p = stored.call, stored.score, stored.prediction
        if stored.status != "done" or score is None or call.call_id in reviewed:
            continue
        value, reasons = priority(score, p.p_fail if p else None, fail_grades)
        if value > 0:
            items.append(QueueItem(call.call_id, call.agent_id, call.started_at, value, reasons, score.score,
                                   score.grade, p.grade if p else None, p.p_fail if p else None))
    items.sort(key=lambda i: (-i.priority, str(i.started_at), i.call_id))
    return items[:limit] if limit else items
