"""The scorecard: start from full marks, deduct per finding by rule weight, fatal → 0.

Which findings are deducted is ``standing``'s one definition: findings less sure than
``review_below_confidence`` are held for review instead of deducted (a QA team should not
take points for something the ASR may have misheard) until a specialist confirms them; a
finding a specialist rejected is not counted at all.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..config import RuleSet, ScoringConfig
from ..records import CallScore, Deduction, Finding, Transcript
from .standing import COUNTING, Decisions, standing_of


def score_call(findings: Iterable[Finding], ruleset: RuleSet, config: ScoringConfig,
               decisions: Decisions | None = None, *, roles_in_doubt: bool = False) -> CallScore:
    """Score a call's findings, with its specialists' ``decisions`` (confirmed / rejected).

    ``roles_in_doubt``: a specialist's naming of a mono call's speakers no longer matches its
    transcript (``Separation.naming_lost``): the call needs review whatever its findings."""
    rules = {r.rule_id: r for r in ruleset.rules}
    counted: dict[str, list[Finding]] = defaultdict(list)
    held: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        standing = standing_of(f, decisions or {}, config)
        if standing != "rejected":
            (counted if standing in COUNTING else held)[f.rule_id].append(f)
    deductions, fatal = [], False
    for rule_id in sorted(set(counted) | set(held)):
        rule = rules.get(rule_id)
        weight = rule.weight if rule else 0.0
        points = weight * len(counted[rule_id])
        if rule and rule.max_deduction is not None:
            points = min(points, rule.max_deduction)
        fatal |= bool(counted[rule_id]) and rule is not None and rule.severity == "fatal"
        kind = (counted[rule_id] or held[rule_id])[0].kind
        deductions.append(Deduction(rule_id, kind, points, len(counted[rule_id]), len(held[rule_id])))
    score = 0.0 if fatal else max(0.0, config.start - sum(d.points for d in deductions))
    return CallScore(
        score=round(score, 2),
        grade=config.grade_for(score),
        fatal=fatal,
        needs_review=roles_in_doubt or any(d.needs_review for d in deductions),
        deductions=tuple(deductions),
    )


def roles_in_doubt(transcript: Transcript | None) -> bool:
    """Whether a specialist's naming of the call's speakers was lost on this transcript (review it)."""
    return transcript is not None and transcript.separation is not None and transcript.separation.naming_lost
