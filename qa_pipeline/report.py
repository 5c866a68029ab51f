"""The static HTML report of a run (RESULTS_DIR/report.html): readable offline, no server.

Everything is inside the one file: styles inline, charts as inline SVG. Text from calls
(transcripts are untrusted) goes through Jinja2's autoescaping; only the SVG our own
matplotlib code drew is inserted as markup. Quoted evidence has its personal data masked.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from .config import Config
from .files import atomic_path
from .scoring.review import review_queue
from .store import Store
from .text import clock
from .trends.analysis import agent_charts, call_table
from .trends.charts import svg
from .trends.errors import common_errors

MAX_CHART_AGENTS = 30  # beyond this, only agents with signals get charts


def write_report(store: Store, call_ids: Sequence[str], out_dir: str | Path, config: Config,
                 fail_grades: Sequence[str] = ("不合格",), model_version: str = "") -> Path:
    stored = list(store.iter_stored(call_ids))
    done = [s for s in stored if s.status == "done" and s.score is not None]
    done_ids = [s.call.call_id for s in done]
    days = sorted({s.call.started_at.date() for s in done if s.call.started_at})
    title = f"{days[0]} – {days[-1]}" if len(days) > 1 else (str(days[0]) if days else "calls")
    grades = Counter(s.score.grade for s in done)
    summary = {
        "calls": len(done), "failed": len(stored) - len(done),
        "mean_score": sum(s.score.score for s in done) / len(done) if done else 0.0,
        "grades": [(g, grades[g]) for _, g in config.scoring.grades],
        "needs_review": sum(s.score.needs_review for s in done),
    }
    html = _environment().get_template("report.html.j2").render(
        title=title, generated=datetime.now().strftime("%Y-%m-%d %H:%M"), summary=summary,
        rulesets=sorted({s.ruleset_version for s in done if s.ruleset_version}), model=model_version,
        queue=review_queue(done, fail_grades, limit=25, reviewed=store.finding_decisions(done_ids).keys()),
        errors=common_errors(store, config.scoring, config.privacy, done_ids),
        agents=_agent_sections(store, {s.call.agent_id for s in done if s.call.agent_id}, config),
    )
    target = Path(out_dir) / "report.html"
    with atomic_path(target) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return target


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("qa_pipeline", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["clock"] = clock
    return env


def _agent_sections(store: Store, agents: set[str], config: Config) -> list[dict]:
    table = call_table(store, config.trends.period, scoring=config.scoring)
    if table.empty or not agents:
        return []
    charts = agent_charts(table, config.trends, store.baselines, agents=sorted(agents))
    sections: dict[str, dict] = {}
    for chart in charts:
        section = sections.setdefault(chart.agent_id, {"agent_id": chart.agent_id, "signals": [], "charts": []})
        adverse = [s for s in chart.signals if s.adverse]
        if adverse:
            first = min(adverse, key=lambda s: s.period)
            section["signals"].append(first.sentence + (f"; {len(adverse) - 1} more" if len(adverse) > 1 else ""))
        if chart.metric == "score" or adverse:
            section["charts"].append(svg(chart, inline=True))
    ordered = sorted(sections.values(), key=lambda s: (-len(s["signals"]), s["agent_id"]))
    return [s for i, s in enumerate(ordered) if i < MAX_CHART_AGENTS or s["signals"]]

