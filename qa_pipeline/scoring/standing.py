"""Whether a finding counts: the one definition that scores, charts, counts and exports share.

A finding is, in this order of precedence:

- ``rejected``: a QA specialist said it was wrong. It counts nowhere, though the store
  keeps it (the transcript shows it struck through);
- ``confirmed``: a specialist heard it. It is deducted whatever its confidence;
- ``deducted``: sure enough (confidence ≥ ``review_below_confidence``, or the scorecard
  deducts low-confidence findings too);
- ``held``: less sure and not decided yet. Not deducted; its call needs review.

A specialist's decision is kept by (call, rule, start time to 0.01 s), so it survives a
rescore that writes the findings again.
"""

from __future__ import annotations

from typing import Literal, Mapping

from ..config import ScoringConfig
from ..records import Finding

Standing = Literal["rejected", "confirmed", "deducted", "held"]
DECISIONS = ("confirmed", "rejected")
COUNTING: tuple[Standing, ...] = ("confirmed", "deducted")  # what is a breach on a scorecard or a chart

FindingKey = tuple[str, float]  # (rule id, start s rounded to 0.01) within one call
Decisions = Mapping[FindingKey, str]  # a call's specialists' decisions


def finding_key(rule_id: str, start_s: float | None) -> FindingKey:
    return rule_id, round(start_s or 0.0, 2)


def standing_of(finding: Finding, decisions: Decisions, config: ScoringConfig) -> Standing:
    decision = decisions.get(finding_key(finding.rule_id, finding.start_s))
    if decision in DECISIONS:
        return decision  # type: ignore[return-value]
    sure = (finding.confidence or 0.0) >= config.review_below_confidence or config.deduct_low_confidence
    return "deducted" if sure else "held"


def counts(finding: Finding, decisions: Decisions, config: ScoringConfig) -> bool:
    """Whether ``finding`` is a breach: deducted, or confirmed by a specialist."""
    return standing_of(finding, decisions, config) in COUNTING
