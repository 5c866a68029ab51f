"""Control charts drawn with matplotlib, and their data as CSV.

Titles are Chinese, set in the first CJK font installed (Noto Sans CJK comes with
``fonts-noto-cjk``, which scripts/setup.sh installs); without one they fall back to English,
never to empty boxes. A score chart's limit lines stop at 0 and 100, the score's own range
(x̄ ± 2.66·MR̄ can reach past 100; the CSV keeps the computed limits).
"""

from __future__ import annotations

import io
import threading
from functools import cache
from pathlib import Path
from typing import Iterable

from ..files import atomic_path
from .analysis import KIND_NAMES, SCORE, AgentChart

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei",
             "PingFang SC", "SimHei")
SCORE_RANGE = (0.0, 100.0)


@cache
def cjk_font() -> str | None:
    """The first installed font that has Chinese glyphs, else None."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def title(chart: AgentChart) -> str:
    if cjk_font() is None:
        metric = {"score": "mean score", "findings": "findings per call"}.get(chart.metric,
                                                                            f"share of calls with {chart.metric}")
        return f"agent {chart.agent_id}: {metric}"
    metric = {"score": "平均得分", "findings": "每通问题数"}.get(chart.metric,
                                                          f"有「{KIND_NAMES.get(chart.metric, chart.metric)}」的通话占比")
    return f"坐席 {chart.agent_id}：{metric}"

_plot_lock = threading.Lock()  # pyplot keeps global state: one figure at a time (the web app draws in threads)


def figure(chart: AgentChart):
    """The matplotlib figure of one control chart (caller closes it)."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on a server
    import matplotlib.pyplot as plt

    c, frame = chart.chart, chart.frame()
    if chart.metric == SCORE:  # drawn within the score's range
        frame["lower"], frame["upper"] = frame["lower"].clip(*SCORE_RANGE), frame["upper"].clip(*SCORE_RANGE)
    x = list(range(len(frame)))
    font = cjk_font()
    fig, ax = plt.subplots(figsize=(8, 3), dpi=110)
    ax.step(x, frame["upper"], where="mid", color="#c0392b", lw=1, label="UCL")
    ax.step(x, frame["lower"], where="mid", color="#c0392b", lw=1, label="LCL")
    ax.axhline(c.center, color="#2c3e50", lw=1, ls="--", label="CL")
    ax.plot(x, frame["value"], marker="o", ms=4, color="#2980b9", lw=1.2)
    flagged = [i for i, s in enumerate(frame["signals"]) if s]
    ax.plot(flagged, frame["value"].iloc[flagged], "o", ms=8, mfc="none", mec="#e74c3c", mew=2, label="signal")
    better = [i for i, s in enumerate(frame["improvements"]) if s and not frame["signals"].iloc[i]]
    if better:
        ax.plot(better, frame["value"].iloc[better], "o", ms=8, mfc="none", mec="#27ae60", mew=2, label="improvement")
    ticks = x[:: max(1, len(x) // 10)]
    ax.set_xticks(ticks, [str(frame["period"].iloc[i]) for i in ticks], rotation=30, ha="right", fontsize=7)
    ax.set_title(title(chart), fontsize=10, **({"fontfamily": [font, "DejaVu Sans"]} if font else {}))
    ax.legend(fontsize=7, loc="upper left", ncol=4)
    fig.tight_layout()
    return fig


def svg(chart: AgentChart, *, inline: bool = False) -> str:
    """The chart as an SVG document; ``inline``: without the XML prolog and doctype, to sit inside HTML."""
    import matplotlib.pyplot as plt

    with _plot_lock:
        fig = figure(chart)  # selects the file-only backend before pyplot draws anything
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
        plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):] if inline else text


def draw(chart: AgentChart, path_stem: Path) -> list[Path]:
    """Write ``<stem>.png``, ``<stem>.svg`` and ``<stem>.csv`` for one chart; return their paths."""
    import matplotlib.pyplot as plt

    fig, frame = figure(chart), chart.frame()
    written = []
    for suffix in (".png", ".svg"):
        with atomic_path(path_stem.with_suffix(suffix)) as tmp:
            fig.savefig(tmp, format=suffix[1:])
        written.append(path_stem.with_suffix(suffix))
    plt.close(fig)
    with atomic_path(path_stem.with_suffix(".csv")) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8-sig")
    written.append(path_stem.with_suffix(".csv"))
    return written


def draw_all(charts: Iterable[AgentChart], out: Path, only_signalled: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in charts:
        if only_signalled and not any(s.adverse for s in chart.signals):
            continue
        written += draw(chart, out / f"{chart.agent_id}_{chart.metric}")
    return written
