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


def priority(row: dict, fail_grades: Sequence[str]) -> tuple[float, tuple[str, ...]]:
    """(priority, reasons) of one stored call row; 0 when nothing calls for a listen."""
    total, reasons = 0.0, []
    p_fail = row.get("p_fail")
    if p_fail is not None:
        card_fails = row.get("grade") in fail_grades or bool(row.get("fatal"))
        if card_fails != (p_fail >= 0.5):
            total += DISAGREE
            reasons.append(f"classifier p_fail {p_fail:.2f} vs scorecard {row.get('grade')}")
        unsure = 1.0 - abs(p_fail - 0.5) * 2
        if unsure >= 0.4:  # p_fail between 0.3 and 0.7
            total += UNSURE * unsure
            reasons.append(f"classifier unsure (p_fail {p_fail:.2f})")
    if row.get("needs_review"):
        total += HELD
        reasons.append("findings on low-confidence speech")
    if row.get("fatal"):
        total += FATAL
        reasons.append("fatal item: confirm before it counts")
    return round(total, 3), tuple(reasons)


def review_queue(rows: Iterable[dict], fail_grades: Sequence[str], limit: int | None = None,
                 reviewed: Collection[str] = ()) -> list[QueueItem]:
    """Scored calls that call for a listen, most pressing first; a call a specialist has
    reviewed (decided on a finding of) has had its listen and leaves the queue."""
    items = []
    for row in rows:
        if row.get("status") != "done" or row["call_id"] in reviewed:
            continue
        value, reasons = priority(row, fail_grades)
        if value > 0:
            items.append(QueueItem(row["call_id"], row.get("agent_id") or "", row.get("started_at"), value, reasons,
                                   row.get("score"), row.get("grade"), row.get("predicted_grade"), row.get("p_fail")))
    items.sort(key=lambda i: (-i.priority, str(i.started_at), i.call_id))
    return items[:limit] if limit else items
