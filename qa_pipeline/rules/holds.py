"""Hold rules: stretches where neither side speaks (silence or hold music).

Voice activity decides, not the transcript: a hold is a gap in the speech of *both*
channels, so music on the line never counts as speech and a hold can be timed exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import RuleConfig
from ..records import Finding
from .context import CallContext
from .phrases import HeardText, Phrase, find_phrase


@dataclass(frozen=True)
class HoldParams:
    min_s: float  # a gap at least this long is a hold
    max_s: float | None  # long_hold: a hold longer than this breaks the rule
    announce: tuple[Phrase, ...]  # unannounced_hold: words that must come before a hold
    lookback_s: float  # how far before the hold the announcement may be
    customer_pause: tuple[Phrase, ...]  # the customer asking for time: their pause, not a hold
    similarity: float

    @classmethod
    def of(cls, rule: RuleConfig) -> "HoldParams":
        p = rule.params
        return cls(
            min_s=float(p.get("min_s", 30.0)),
            max_s=float(p["max_s"]) if p.get("max_s") is not None else None,
            announce=tuple(Phrase.of(x) for x in p.get("announce", ())),
            lookback_s=float(p.get("lookback_s", 15.0)),
            customer_pause=tuple(Phrase.of(x) for x in p.get("customer_pause", ())),
            similarity=float(p.get("similarity", 0.8)),
        )


def holds(ctx: CallContext, min_s: float) -> list[tuple[float, float]]:
    """Gaps of at least ``min_s`` between speech of either side, inside the conversation."""
    spans = sorted(ctx.transcript.speech, key=lambda s: s.start)
    found, reach = [], None
    for span in spans:
        if reach is not None and span.start - reach >= min_s:
            found.append((reach, span.start))
        reach = span.end if reach is None else max(reach, span.end)
    return found


def check_long_hold(rule: RuleConfig, params: HoldParams, ctx: CallContext) -> list[Finding]:
    limit = params.max_s if params.max_s is not None else params.min_s
    return [
        Finding(rule.rule_id, rule.kind, rule.severity, round(a, 2), round(b, 2), "",
                0.95, f"no speech from either side for {b - a:.1f} s (limit {limit:.0f} s)")
        for a, b in holds(ctx, limit)
    ]


def check_unannounced_hold(rule: RuleConfig, params: HoldParams, ctx: CallContext) -> list[Finding]:
    findings = []
    agent = ctx.in_scope(rule.scope)
    for a, b in holds(ctx, params.min_s):
        last = [u for u in ctx.transcript.utterances if u.end <= a + 0.5]
        if ctx.roles_known and last and last[-1].role == "customer" and any(
            find_phrase(HeardText.of(last[-1].text), p, params.similarity) for p in params.customer_pause
        ):
            continue  # the customer asked for the pause (你等一下，我找一下): not the agent's hold
        before = [u for u in agent if u.end <= a + 0.5 and u.end >= a - params.lookback_s]
        heard = HeardText.of("".join(u.text for u in before[-2:]))
        if any(find_phrase(heard, p, params.similarity) for p in params.announce):
            continue
        confidence = min((u.confidence for u in before[-2:]), default=0.9)
        detail = f"hold of {b - a:.1f} s without an announcement (请稍等 …) before it"
        if not ctx.roles_known:
            confidence, detail = min(confidence, 0.4), detail + "; mono recording: roles unknown"
        findings.append(Finding(rule.rule_id, rule.kind, rule.severity, round(a, 2), round(b, 2),
                                heard.chars[-40:], round(confidence, 3), detail))
    return findings
