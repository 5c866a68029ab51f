"""Common errors: which kinds of finding are most frequent, on how many calls and agents, and
the surest examples of each to listen to.

One definition for the run's report (its calls) and the trainer's page (every stored call):
only findings that count (``scoring.standing``: deducted or confirmed), grouped in SQL; the
examples are a kind's surest findings, one per call, with personal data masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..config import PrivacyConfig, ScoringConfig
from ..privacy import Masker
from ..records import StoredFinding
from .analysis import KIND_NAMES

EXAMPLES = 3  # per kind


@dataclass(frozen=True)
class Example:
    """A finding to listen to: which call, whose, at what second, what was heard."""

    call_id: str
    agent_id: str
    start_s: float
    text: str  # the evidence, or the rule's sentence where there is none (a silence); personal data masked


@dataclass(frozen=True)
class CommonError:
    kind: str
    name: str  # the kind in Chinese ("" for a kind without one)
    findings: int
    calls: int
    agents: int
    examples: tuple[Example, ...]


def common_errors(store, scoring: ScoringConfig, privacy: PrivacyConfig,
                  call_ids: Sequence[str] | None = None) -> list[CommonError]:
    """Kinds by how many findings count, most first, over ``call_ids`` (None: every scored call)."""
    examples = _examples(store, scoring, privacy, call_ids)
    return [CommonError(kind, KIND_NAMES.get(kind, ""), n, n_calls, n_agents, examples.get(kind, ()))
            for kind, n, n_calls, n_agents in store.browse.kind_counts(scoring, call_ids)]


def _examples(store, scoring: ScoringConfig, privacy: PrivacyConfig,
              call_ids: Sequence[str] | None) -> dict[str, tuple[Example, ...]]:
    chosen: dict[str, list[tuple[StoredFinding, str]]] = {}
    # a few more candidates than needed: the surest findings of a kind may share a call
    for stored, agent_id in store.browse.surest_findings(scoring, EXAMPLES * 3, call_ids):
        picked = chosen.setdefault(stored.finding.kind, [])
        if len(picked) < EXAMPLES and all(p.call_id != stored.call_id for p, _ in picked):
            picked.append((stored, agent_id))
    maskers: dict[str, Masker] = {}
    for stored, _ in (p for picked in chosen.values() for p in picked):
        if stored.call_id not in maskers:
            call = store.load(stored.call_id)
            maskers[stored.call_id] = Masker.for_call(call.transcript if call else None, privacy,
                                                      call.call.business_line if call else None)
    return {kind: tuple(Example(s.call_id, agent_id, s.finding.start_s,
                                maskers[s.call_id].text(s.finding.text or s.finding.detail))
                        for s, agent_id in picked)
            for kind, picked in chosen.items()}
