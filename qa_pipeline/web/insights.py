"""The trainer's view: which errors are common, how they are worded, who struggles with what.

Counts are grouped in SQL (a handful of queries whatever the number of calls) over the
findings that count (``scoring.standing``: deducted or confirmed); the trend reuses ``trends.analysis``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, distinct, func, select

from ..store.db import calls, findings
from ..trends.analysis import KIND_NAMES, team_rising
from .access import is_counting

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
    examples: list[dict] = field(default_factory=list)


def _counting(scoring):
    """The findings that count (``scoring.standing``): deducted or confirmed, of scored calls."""
    return and_(calls.c.status == "done", is_counting(scoring))


_JOIN = findings.join(calls, calls.c.call_id == findings.c.call_id)


def common_errors(store, table, config) -> tuple[int, list[KindRow], dict[str, list[dict]]]:
    """(scored calls, kinds by frequency with wording, examples and trend, agents grouped by main weakness)."""
    where = _counting(config.scoring)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(calls).where(calls.c.status == "done")).scalar() or 0
        kinds = _counts(conn, total, where)
        _add_wording(conn, kinds, where)
        _add_examples(conn, kinds, where)
        weakness = _weaknesses(conn, total, where)
    _add_trend(kinds, table, config.trends)
    return total, list(kinds.values()), weakness


def _counts(conn, total: int, where) -> dict[str, KindRow]:
    query = (select(findings.c.kind, func.count(), func.count(distinct(findings.c.call_id)),
                    func.count(distinct(calls.c.agent_id)))
             .select_from(_JOIN).where(where).group_by(findings.c.kind).order_by(func.count().desc()))
    return {kind: KindRow(kind, KIND_NAMES.get(kind, kind), n, n_calls, agents, n_calls / max(total, 1))
            for kind, n, n_calls, agents in conn.execute(query)}


def _add_wording(conn, kinds: dict[str, KindRow], where, top: int = 3) -> None:
    """The most frequent evidence texts per kind: how the error typically sounds."""
    n = func.count().label("n")
    grouped = (select(findings.c.kind, findings.c.text, n).select_from(_JOIN)
               .where(where, findings.c.text.is_not(None), findings.c.text != "")
               .group_by(findings.c.kind, findings.c.text).subquery())
    rank = func.row_number().over(partition_by=grouped.c.kind, order_by=(grouped.c.n.desc(), grouped.c.text)).label("r")
    ranked = select(grouped, rank).subquery()
    for kind, text, count, _ in conn.execute(select(ranked).where(ranked.c.r <= top).order_by(ranked.c.kind, ranked.c.r)):
        if kind in kinds:
            kinds[kind].wording.append((text, count))


def _add_examples(conn, kinds: dict[str, KindRow], where, top: int = 3) -> None:
    """The surest findings per kind, one per call, to listen to at the right second."""
    rank = func.row_number().over(partition_by=findings.c.kind,
                                  order_by=(findings.c.confidence.desc(), findings.c.id)).label("r")
    ranked = (select(findings.c.kind, findings.c.call_id, findings.c.start_s, findings.c.text, calls.c.agent_id, rank)
              .select_from(_JOIN).where(where).subquery())
    for row in conn.execute(select(ranked).where(ranked.c.r <= top * 3).order_by(ranked.c.kind, ranked.c.r)).mappings():
        row_kind = kinds.get(row["kind"])
        if row_kind and len(row_kind.examples) < top and all(e["call_id"] != row["call_id"] for e in row_kind.examples):
            row_kind.examples.append(dict(row))


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


def _weaknesses(conn, total: int, where) -> dict[str, list[dict]]:
    """Agents grouped by the kind where their rate is highest relative to the team's."""
    per_agent = dict(conn.execute(select(calls.c.agent_id, func.count()).where(calls.c.status == "done")
                                  .group_by(calls.c.agent_id)).all())
    with_kind = conn.execute(select(calls.c.agent_id, findings.c.kind, func.count(distinct(findings.c.call_id)))
                             .select_from(_JOIN).where(where).group_by(calls.c.agent_id, findings.c.kind)).all()
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
