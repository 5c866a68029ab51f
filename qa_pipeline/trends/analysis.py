"""Agents' trends: a point per agent per period, charted against frozen limits.

- **Score**: the mean call score per period on an individuals / moving-range chart. A period
  holds a varying, often small number of calls, and what matters is the period-to-period
  variation of the agent's level, which the moving range measures; an X̄–S chart would take
  its limits from the spread *within* a day, which mixes very different calls.
- **Findings per call**: every standing finding counts (a call with three fillers has three), per
  period on a u-chart, ū ± 3√(ū/nᵢ) with nᵢ the period's calls: how many things go wrong per
  call, which a share of calls cannot show.
- **Each finding kind**: the share of the agent's calls with that kind per period, on a
  p-chart whose limits vary with the period's number of calls (Laney's p′ if configured).

Limits come from a baseline: the team's first ``baseline_periods`` periods (or the agent's
own), stored when first computed and reused until ``rebaseline`` — they never move with new
points.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from ..config import ScoringConfig, TrendsConfig
from ..scoring.standing import counts
from ..store.baselines import Baselines
from .spc import RULES, Chart, Signal, individuals_chart, laney_sigma_z, p_chart, run_rules, u_chart

KIND_NAMES = {"missing_greeting": "开场白缺失", "missing_closing": "结束语缺失", "forbidden_phrase": "服务禁语",
              "filler": "口头禅", "fast_speech": "语速过快", "long_hold": "保持超时", "unannounced_hold": "未告知保持",
              "missing_hold_thanks": "未致谢等待", "dead_air": "冷场", "interruption": "抢话",
              "repeated_question": "重复询问", "missing_empathy": "未安抚", "score": "平均得分"}
SCORE, FINDINGS = "score", "findings"  # the two metrics that are not a finding kind
METRIC_NAMES = {**KIND_NAMES, FINDINGS: "每通问题数"}

def period_of(day: date, period: str) -> date:
    return day - timedelta(days=day.weekday()) if period == "week" else day


def call_table(store, period: str = "day", date_from: date | None = None, date_to: date | None = None,
               scoring: ScoringConfig | None = None) -> pd.DataFrame:
    """One row per scored call: agent, period, score, its number of findings, and a 0/1 column per
    finding kind it has.

    A finding counts where the scorecard counts it (``scoring.standing``): deducted or
    confirmed. One held for review or rejected by a specialist is not a point on any chart.
    """
    scoring = scoring or ScoringConfig()
    rows = store.dated_scores()
    found = store.finding_marks()
    decisions = store.finding_decisions()
    standing = [(f.call_id, f.kind) for f in found if counts(f, decisions.get(f.call_id, {}), scoring)]
    kinds = set(standing)
    frame = pd.DataFrame(rows, columns=["call_id", "agent_id", "started_at", "score"])
    if frame.empty:
        return frame.assign(period=[])
    frame["period"] = [period_of(t.date(), period) for t in frame["started_at"]]
    frame[FINDINGS] = frame["call_id"].map(Counter(c for c, _kind in standing)).fillna(0).astype(int)
    if date_from:
        frame = frame[frame["period"] >= period_of(date_from, period)]
    if date_to:
        frame = frame[frame["period"] <= date_to]
    has = pd.DataFrame(sorted(kinds), columns=["call_id", "kind"]).assign(v=1).pivot_table(
        index="call_id", columns="kind", values="v", aggfunc="max", fill_value=0)
    return frame.join(has, on="call_id").fillna({k: 0 for k in has.columns})


@dataclass(frozen=True)
class TrendSignal:
    agent_id: str  # "" for the team
    metric: str
    rule: str
    period: date  # the period that completes the run
    periods: tuple[date, ...]
    sentence: str
    adverse: bool  # a change for the worse (more findings, lower scores); else an improvement or a pattern


@dataclass(frozen=True)
class AgentChart:
    agent_id: str
    metric: str
    periods: tuple[date, ...]
    counts: tuple[int, ...]  # calls per period
    chart: Chart
    signals: tuple[TrendSignal, ...]

    def frame(self) -> pd.DataFrame:
        """The data behind the chart, as CSV-ready columns."""
        alarms, others = {}, {}
        for s in self.signals:
            (alarms if s.adverse else others).setdefault(s.period, []).append(s.rule)
        return pd.DataFrame({"period": self.periods, "calls": self.counts, "value": self.chart.values,
                             "center": self.chart.center, "lower": self.chart.lower, "upper": self.chart.upper,
                             "signals": [" ".join(alarms.get(p, [])) for p in self.periods],
                             "improvements": [" ".join(others.get(p, [])) for p in self.periods]})


def agent_charts(table: pd.DataFrame, config: TrendsConfig, frozen: Baselines | None = None,
                 agents: Sequence[str] | None = None, metrics: Sequence[str] | None = None) -> list[AgentChart]:
    """Every agent's score chart, findings-per-call u-chart and p-chart per finding kind, with their
    run-rule signals."""
    if table.empty:
        return []
    kinds = [c for c in table.columns if c in KIND_NAMES and c != SCORE]
    metrics = list(metrics) if metrics else [SCORE, FINDINGS] + sorted(kinds)
    all_periods = sorted(table["period"].unique())
    base_periods = set(all_periods[: config.baseline_periods])
    out = []
    for agent_id, rows in table.groupby("agent_id"):
        if agents and agent_id not in agents:
            continue
        daily = rows.groupby("period")
        periods = tuple(sorted(daily.groups))
        counts = tuple(int(daily.size()[p]) for p in periods)
        for metric in metrics:
            if metric != SCORE and metric not in rows.columns:
                continue
            chart = _chart(table, rows, agent_id, metric, periods, base_periods, config, frozen)
            signals = tuple(_signal(agent_id, metric, s, periods, config) for s in run_rules(chart, config.rules))
            out.append(AgentChart(agent_id, metric, periods, counts, chart, signals))
    return out


def _chart(table, rows, agent_id, metric, periods, base_periods, config, frozen) -> Chart:
    scope = "team" if config.baseline == "team" else agent_id
    stored = frozen.get(scope, metric) if frozen else None
    if stored is None:
        center, spread = _baseline(table if scope == "team" else rows, metric, base_periods, config)
        if frozen:
            frozen.put(scope, metric, center, spread, len(base_periods))
    else:
        center, spread = stored["center"], stored["spread"]
    own_base = sum(1 for p in periods if p in base_periods) or len(periods)
    per_period = rows.groupby("period")
    if metric == SCORE:
        values = per_period["score"].mean().reindex(periods).to_numpy()
        return individuals_chart(values, own_base, center=center, mr_bar=spread)[0]
    d = per_period[metric].sum().reindex(periods).to_numpy()
    n = per_period.size().reindex(periods).to_numpy()
    if metric == FINDINGS:
        return u_chart(d, n, own_base, center=center)
    return p_chart(d, n, own_base, laney=config.laney, center=center, sigma_z=spread)


def _baseline(source: pd.DataFrame, metric: str, base_periods: set, config: TrendsConfig) -> tuple[float, float | None]:
    """(centre, spread) from the baseline periods: (x̄, MR̄) for the score; (ū, None) for findings
    per call; (p̄, σ_z) for a kind, σ_z only for Laney's p′."""
    if metric == SCORE:
        return _score_baseline(source, base_periods)
    base = source[source["period"].isin(base_periods)]
    center = float(base[metric].sum() / max(len(base), 1))  # findings (or calls with the kind) per call
    if metric == FINDINGS or not config.laney:
        return center, None
    # one point per agent per period; moving ranges within each agent's own periods only
    g = base.groupby(["agent_id", "period"])
    return center, laney_sigma_z(g[metric].sum().to_numpy(), g.size().to_numpy(),
                                 series=g.size().index.get_level_values("agent_id"), center=center)


def _score_baseline(source: pd.DataFrame, base_periods: set) -> tuple[float, float]:
    base = source[source["period"].isin(base_periods)]
    means = base.groupby(["agent_id", "period"])["score"].mean()
    center = float(means.mean())
    ranges = [np.abs(np.diff(g.to_numpy())) for _, g in means.groupby(level=0)]
    ranges = np.concatenate([r for r in ranges if len(r)]) if any(len(r) for r in ranges) else np.array([0.0])
    return center, float(ranges.mean())


def _signal(agent_id: str, metric: str, s: Signal, periods: Sequence[date], config: TrendsConfig) -> TrendSignal:
    name = METRIC_NAMES.get(metric, metric)
    unit = {"day": "天", "week": "周"}[config.period]
    whose = "团队" if config.baseline == "team" else "本人基线"
    side = {"above": "高于", "below": "低于"}.get(s.side, "")
    span = f"{periods[s.points[0]]}–{periods[s.points[-1]]}" if len(s.points) > 1 else f"{periods[s.point]}"
    if s.rule in ("nelson2", "we4"):
        what = f"连续{len(s.points)}{unit}{side}{whose}{name}中心线"
    elif s.rule in ("nelson1", "we1"):
        what = f"{name}{'超出上控制限' if s.side == 'above' else '低于下控制限'}"
    else:
        what = f"{name}: {RULES[s.rule]}" + (f"（{side}{whose}中心线）" if side else "")
    sentence = f"工号{agent_id}: {what}（{span}，{s.rule}）" if agent_id else f"团队: {what}（{span}，{s.rule}）"
    adverse = s.side == ("below" if metric == SCORE else "above")
    return TrendSignal(agent_id, metric, s.rule, periods[s.point], tuple(periods[i] for i in s.points), sentence,
                       adverse)


def team_rising(table: pd.DataFrame, config: TrendsConfig) -> list[TrendSignal]:
    """Finding kinds whose share of all calls rises across the team: what to teach next."""
    if table.empty:
        return []
    kinds = [c for c in table.columns if c in KIND_NAMES and c != SCORE]
    periods = tuple(sorted(table["period"].unique()))
    n = table.groupby("period").size().reindex(periods).to_numpy()
    out = []
    for kind in sorted(kinds):
        d = table.groupby("period")[kind].sum().reindex(periods).to_numpy()
        chart = p_chart(d, n, config.baseline_periods, laney=config.laney)
        out += [_signal("", kind, s, periods, config) for s in run_rules(chart, config.rules) if s.side == "above"]
    return out


def latest_first(charts: Iterable[AgentChart], recent: int = 3) -> list[str]:
    """Agents ordered by their adverse signals in the last ``recent`` periods (most first), then by id."""
    charts = list(charts)
    last = sorted({p for c in charts for p in c.periods})[-recent:] if charts else []
    active: dict[str, int] = {}
    for c in charts:
        active[c.agent_id] = active.get(c.agent_id, 0) + sum(s.adverse and s.period in last for s in c.signals)
    return sorted(active, key=lambda a: (-active[a], a))


@dataclass(frozen=True)
class TrendsView:
    """What ``qa-pipeline trends`` shows: every agent's charts and the signals worth a look."""

    charts: tuple[AgentChart, ...]
    agents: tuple[str, ...]  # agents with the most recent adverse signals first
    adverse: Mapping[str, tuple[TrendSignal, ...]]  # agent → changes for the worse
    rising: tuple[TrendSignal, ...]  # kinds rising across the team


def trends_view(store, config, *, agents: Sequence[str] | None = None, date_from: date | None = None,
                date_to: date | None = None, rebaseline: bool = False) -> TrendsView | None:
    """The agents' control charts over the store's scored calls; None when none has a start time."""
    frozen = store.baselines  # limits computed once, reused until forgotten
    if rebaseline:
        frozen.forget()
    table = call_table(store, config.trends.period, date_from, date_to, scoring=config.scoring)
    if table.empty:
        return None
    charts = tuple(agent_charts(table, config.trends, frozen, agents=list(agents) if agents else None))
    adverse: dict[str, list[TrendSignal]] = {}
    for c in charts:
        adverse.setdefault(c.agent_id, []).extend(s for s in c.signals if s.adverse)
    return TrendsView(charts, tuple(latest_first(charts)), {a: tuple(s) for a, s in adverse.items()},
                      tuple(team_rising(table, config.trends)))


def first_signals(signals: Iterable[TrendSignal]) -> list[str]:
    """Per metric, the signal that came first (when the change began) and how many followed."""
    by_metric: dict[str, list[TrendSignal]] = {}
    for s in sorted(signals, key=lambda s: (s.period, s.rule)):
        by_metric.setdefault(s.metric, []).append(s)
    return [f"{found[0].sentence}" + (f"; {len(found) - 1} more through {found[-1].period}" if len(found) > 1 else "")
            for found in by_metric.values()]
