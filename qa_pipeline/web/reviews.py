"""What specialists and agents do to findings and calls: 复核, 申诉, 抽检.

A rejected finding stays in the store (the transcript still shows it, struck through) but
stops counting: the call is scored again by the scorecard over the findings that stand.
"""

from __future__ import annotations

import random

from ..records import CATEGORIES, Appeal, StoredFinding
from ..scoring import score_call
from ..scoring.scorecard import roles_in_doubt
from ..scoring.standing import DECISIONS

__all__ = ["CATEGORIES", "DECISIONS", "review_finding", "rescore_call", "swap_roles", "file_appeal", "resolve_appeal", "draw_sample",
           "record_grade", "GRADE_COLUMNS", "training_labels", "pending_sample", "recent_grades"]


def review_finding(store, config, finding: StoredFinding, decision: str, user: str, comment: str = "",
                   model=None) -> list[int]:
    """Record the specialist's decision on one finding (replacing an earlier one) and rescore its
    call (with ``model``, the classifiers' view too). A rejection upholds the finding's open
    appeals: returns their ids."""
    if decision not in DECISIONS:
        raise ValueError(decision)
    upheld = store.reviews.decide(finding, decision, user, comment)
    rescore_call(store, config, finding.call_id, model)
    return upheld


def rescore_call(store, config, call_id: str, model=None) -> None:
    """Score the call again with its specialists' decisions, under its business line's rules; with
    ``model`` (the active classifiers) predict again from the findings that stand."""
    decisions = store.finding_decisions([call_id]).get(call_id, {})
    line, found = store.stored_findings(call_id)
    transcript = store.load(call_id).transcript
    store.set_score(call_id, score_call(list(found), config.ruleset_for(line or "default"), config.scoring, decisions,
                                        roles_in_doubt=roles_in_doubt(transcript)))
    if model is not None:
        from ..scoring.features import call_features
        from ..scoring.scorer import standing_findings
        from ..scoring.training import predict

        row = call_features(transcript, standing_findings(found, decisions, config.scoring),
                            config.scoring.review_below_confidence)
        store.set_prediction(call_id, predict(model, [row])[0])


def swap_roles(store, config, call_id: str, user: str, model, *, keep: bool = False) -> bool:
    """Swap the agent and the customer of a mono call whose speakers were told apart by voice,
    and check the call again under the swapped roles (rules, scorecard, classifiers). The
    specialist's naming is kept by the speech it names (``Store.swap_roles``): a rescore or
    re-run applies it again, whichever way a new separation names the voices. ``keep``: the
    roles as shown are right (a naming that no longer matched the speech, heard again). Returns
    whether the roles now stand the other way round from the separation's naming."""
    from ..pipeline import rescore

    swapped = store.swap_roles(call_id, user, keep=keep)
    rescore(config, store, [call_id], model=model)
    return swapped


def file_appeal(store, finding: StoredFinding, user: str, comment: str) -> int | None:
    """An agent's 申诉 against a finding; None when one is open for it already."""
    return store.reviews.file_appeal(finding, user, comment)


def resolve_appeal(store, config, appeal: Appeal, upheld: bool, user: str, comment: str, model=None) -> None:
    """Close an appeal; upheld means the finding was wrong: it is rejected (in the same
    transaction) and the call rescored. ``store.reviews.Conflict`` when another specialist
    resolved it first."""
    finding = store.reviews.close_appeal(appeal, "upheld" if upheld else "dismissed", user, comment,
                                         rejection=f"申诉#{appeal.id}成立: {comment}".strip())
    if upheld and finding is not None:
        rescore_call(store, config, finding.call_id, model)


# 抽检 ------------------------------------------------------------------------------------------
def draw_sample(store, per_agent: int, user: str, day=None, seed: int | None = None) -> list[str]:
    """Draw ``per_agent`` random scored calls per agent (of ``day``, else of all days) not graded yet."""
    by_agent: dict[str, list[str]] = {}
    for call_id, agent_id in store.reviews.ungraded_calls(day):
        by_agent.setdefault(agent_id or "", []).append(call_id)
    rng = random.Random(seed)
    drawn = [(agent, call_id) for agent, ids in sorted(by_agent.items())
             for call_id in rng.sample(ids, min(per_agent, len(ids)))]
    store.reviews.add_draws(drawn, user)
    return [c for _, c in drawn]


def record_grade(store, call_id: str, grade: str, category: str, user: str) -> None:
    store.reviews.record_grade(call_id, grade, category, user)


GRADE_COLUMNS = ["call_id", "grade", "category"]


def training_labels(store) -> list[list[str]]:
    """``call_id,grade,category`` rows: each call's latest manual grade, the input of
    ``qa-pipeline train --labels``.

    A call graded in a finished calibration session takes the graders' majority grade there:
    several specialists agreeing outweigh one (its 抽检 category is kept)."""
    from .calibration import consensus_labels

    rows = store.reviews.latest_grades()
    for call_id, grade in consensus_labels(store).items():
        rows[call_id] = (grade, rows.get(call_id, ("", ""))[1])
    return [[call_id, grade, category] for call_id, (grade, category) in sorted(rows.items())]


def pending_sample(store, offset: int, limit: int) -> tuple[int, list[dict]]:
    """Drawn calls still waiting for a grade, oldest draw first."""
    return store.reviews.pending_sample(offset, limit)


def recent_grades(store, limit: int = 20) -> list[dict]:
    return store.reviews.recent_grades(limit)

