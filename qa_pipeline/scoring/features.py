"""What the learned classifiers see of a call: rule findings, rates, ASR confidence, words.

One row per call. Numbers come from the transcript and the rule findings; text comes as
jieba tokens joined by spaces, so the scikit-learn pipeline needs no custom tokenizer and
stays serialisable with skops.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

from ..text import tokens
from ..records import Finding, Transcript
from ..roles import shared_seconds, spans_of
from ..rules import KINDS
from ..rules.context import CallContext

AGENT_TEXT = "agent_tokens"
CALL_TEXT = "call_tokens"
RATES = ("duration_min", "agent_cpm", "talk_ratio", "silence_share", "hold_share", "overlap_per_min",
         "fillers_per_min", "asr_confidence", "asr_confidence_min", "low_confidence_findings")
NUMERIC = tuple(f"n_{kind}" for kind in KINDS) + RATES


def call_features(transcript: Transcript, findings: Sequence[Finding], review_below: float = 0.5,
                  ctx: CallContext | None = None) -> dict:
    """The feature row of one call. ``ctx``: the context the rules already worked out for it."""
    ctx = ctx or CallContext(transcript)
    duration = max(transcript.duration_s, 1e-6)
    agent = transcript.by_role("agent") if transcript.has_roles else transcript.utterances
    agent_s = sum(ctx.voiced_seconds(u) for u in agent)
    customer_s = sum(ctx.voiced_seconds(u) for u in transcript.by_role("customer"))
    silences = ctx.silences(3.0)
    counts = {f"n_{kind}": 0 for kind in KINDS}
    for f in findings:
        if f"n_{f.kind}" in counts:
            counts[f"n_{f.kind}"] += 1
    confidences = [u.confidence for u in agent] or [0.0]
    row = {
        **counts,
        "duration_min": duration / 60,
        "agent_cpm": ctx.agent_cpm() or 0.0,
        "talk_ratio": agent_s / (agent_s + customer_s) if agent_s + customer_s else 0.0,
        "silence_share": sum(b - a for a, b in silences) / duration,
        "hold_share": sum(b - a for a, b in silences if b - a >= 10.0) / duration,
        "overlap_per_min": _overlap_seconds(transcript) / (duration / 60),
        "fillers_per_min": counts.get("n_filler", 0) / max(agent_s / 60, 0.25),
        "asr_confidence": sum(confidences) / len(confidences),
        "asr_confidence_min": min(confidences),
        "low_confidence_findings": sum(f.confidence < review_below for f in findings),
        AGENT_TEXT: " ".join(u.tokens or tokens(u.text) for u in agent),
        CALL_TEXT: " ".join(u.tokens or tokens(u.text) for u in transcript.utterances),
    }
    return row


def _overlap_seconds(transcript: Transcript) -> float:
    return shared_seconds(spans_of(transcript, "agent"), spans_of(transcript, "customer"))  # speech is sorted by start


def feature_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Feature rows as the frame the classifiers take (numeric columns, then the two texts)."""
    return pd.DataFrame(list(rows), columns=list(NUMERIC) + [AGENT_TEXT, CALL_TEXT])
