"""Frozen control-chart limits (the trends' baselines), reached as ``store.baselines``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from .schema import chart_baselines


class Baselines:
    def __init__(self, engine: Engine):
        self._engine = engine

    def get(self, scope: str, metric: str) -> dict | None:
        """centre, spread, periods and frozen_at of one chart's limits; None when not frozen yet."""
        query = select(chart_baselines).where(chart_baselines.c.scope == scope, chart_baselines.c.metric == metric)
        with self._engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def put(self, scope: str, metric: str, center: float, spread: float | None, periods: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(chart_baselines).where(chart_baselines.c.scope == scope,
                                                       chart_baselines.c.metric == metric))
            conn.execute(insert(chart_baselines).values(scope=scope, metric=metric, center=center, spread=spread,
                                                        periods=periods, frozen_at=datetime.now()))

    def forget(self) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(chart_baselines))
