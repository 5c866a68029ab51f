"""The trainer's view: which errors are common, how they are worded, who struggles with what.

Counts are grouped in SQL (a handful of queries whatever the number of calls) over the
findings that count; the kinds, counts and examples are ``trends.errors`` (the report's
too), the trend reuses ``trends.analysis``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import PrivacyConfig
from ..privacy import mask
from ..trends.analysis import team_rising
from ..trends.errors import Example, common_errors

RECENT = 7  # periods compared with the RECENT before them
MIN_CALLS = 2  # an agent's weakness needs at least this many calls with the error
WEAKNESS_RATIO = 1.2  # ... and a rate this many times the team's


@dataclass
class KindRow:
    kind: str
    name: str
    findings: int
    calls: int
    agents: int
    share: float  # of all scored calls
    recent: float | None = None  # share of calls in the last RECENT periods
    before: float | None = None  # ... and in the RECENT before
    rising: str = ""  # team_rising's sentence, when the kind signals
    wording: list[tuple[str, int]] = field(default_factory=list)
    examples: tuple[Example, ...] = ()


def trainer_view(store, table, config) -> tuple[int, list[KindRow], dict[str, list[dict]]]:
    """(scored calls, kinds by frequency with wording, examples and trend, agents grouped by main weakness)."""
    scoring = config.scoring
    total = store.browse.scored_calls()
    kinds = {e.kind: KindRow(e.kind, e.name or e.kind, e.findings, e.calls, e.agents, e.calls / max(total, 1),
                             examples=e.examples)
             for e in common_errors(store, scoring, config.privacy)}
    _add_wording(store, kinds, scoring, config.privacy)
    weakness = _weaknesses(store, total, scoring)
    _add_trend(kinds, table, config.trends)
    return total, list(kinds.values()), weakness


def _add_wording(store, kinds: dict[str, KindRow], scoring, privacy: PrivacyConfig, top: int = 3) -> None:
    """The most frequent evidence texts per kind: how the error typically sounds (numbers masked)."""
    for kind, text, count in store.browse.top_wording(scoring, top):
        if kind in kinds:
            kinds[kind].wording.append((mask(text or "", privacy.mask), count))


def _add_trend(kinds: dict[str, KindRow], table, trends_config) -> None:
    if table.empty:
        return
    periods = sorted(table["period"].unique())
    recent, before = set(periods[-RECENT:]), set(periods[-2 * RECENT:-RECENT])
    for row in kinds.values():
        if row.kind not in table.columns:
            continue
        row.recent = float(table.loc[table["period"].isin(recent), row.kind].mean())
        if before:
            row.before = float(table.loc[table["period"].isin(before), row.kind].mean())
    for signal in sorted(team_rising(table, trends_config), key=lambda s: s.period):
        if signal.metric in kinds:
            kinds[signal.metric].rising = signal.sentence  # the latest signal per kind wins


def _weaknesses(store, total: int, scoring) -> dict[str, list[dict]]:
    """Agents grouped by the kind where their rate is highest relative to the team's."""
    per_agent = store.browse.calls_per_agent()
    with_kind = store.browse.kind_calls_per_agent(scoring)
    team: dict[str, int] = {}
    for _, kind, n in with_kind:
        team[kind] = team.get(kind, 0) + n
    best: dict[str, dict] = {}
    for agent, kind, n in with_kind:
        rate, team_rate = n / per_agent[agent], team[kind] / max(total, 1)
        ratio = rate / team_rate if team_rate else 0.0
        if n >= MIN_CALLS and ratio >= WEAKNESS_RATIO and ratio > best.get(agent, {}).get("ratio", 0):
            best[agent] = dict(agent_id=agent, kind=kind, rate=rate, team_rate=team_rate, ratio=ratio, calls=per_agent[agent])
    groups: dict[str, list[dict]] = {}
    for item in sorted(best.values(), key=lambda i: -i["ratio"]):
        groups.setdefault(item["kind"], []).append(item)
    return groups
