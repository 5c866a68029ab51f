"""Pictures the pages show: a call's waveform and an agent's control chart, both SVG.

Both are served as images (``<img>``), not inlined: matplotlib's SVG carries style
attributes that the pages' Content-Security-Policy (no inline styles) would block, while
an SVG image is its own document with its own, narrower policy.

Decoding audio and drawing charts are the slow parts, so both are cached: peaks per
recording file (path, size, mtime), charts per agent and store version.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
WAVE_BINS = 600
_covered_dir: Path | None = None  # this process's cache of recordings with personal data under a tone


def covered_recording(path: Path, layout: str, spans_s: list[tuple[float, float]], audio_config) -> Path:
    """The recording as a WAV with ``spans_s`` under a tone, made once per (file, spans).

    Served as a file, so that the player's Range requests (seeking) work as for the original.
    """
    from ..privacy import write_covered

    global _covered_dir
    if _covered_dir is None:
        _covered_dir = Path(tempfile.mkdtemp(prefix="qa-covered-"))
    stat = path.stat()
    key = hashlib.sha256(repr((str(path), stat.st_size, stat.st_mtime, layout, spans_s)).encode()).hexdigest()[:32]
    target = _covered_dir / f"{key}.wav"
    if not target.exists():
        write_covered(path, layout, spans_s, target, audio_config)
    return target


@lru_cache(maxsize=256)
def _peaks(path: str, size: int, mtime: float, layout: str) -> tuple[float, tuple[np.ndarray, ...], tuple[str, ...]]:
    """(duration, peak per bin per channel, roles); size and mtime make a changed file a new key."""
    from ..audio import decode_call
    from ..audio import SAMPLE_RATE

    decoded = decode_call(path, layout)
    bins = []
    for channel in decoded.channels:
        samples = np.abs(channel.samples)
        edges = np.linspace(0, len(samples), WAVE_BINS + 1).astype(int)
        bins.append(np.array([samples[a:b].max() if b > a else 0.0 for a, b in zip(edges[:-1], edges[1:])]))
    top = max(float(b.max()) for b in bins) or 1.0
    duration = max(len(c.samples) for c in decoded.channels) / SAMPLE_RATE
    return duration, tuple(b / top for b in bins), tuple(c.role for c in decoded.channels)


def waveform_svg(path: str, layout: str, marks: list[tuple[float, float]]) -> str:
    """Agent above the line, customer below (mono: both sides); ``marks`` (start, end) shaded in red."""
    p = Path(path)
    stat = p.stat()
    duration, bins, roles = _peaks(str(p), stat.st_size, stat.st_mtime, layout or "agent_left")
    width, height, mid = WAVE_BINS, 80, 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'preserveAspectRatio="none" data-duration="{duration:.3f}">',
             f'<rect width="{width}" height="{height}" fill="#f7f9fb"/>']
    for start, end in marks:
        x0, x1 = start / duration * width, max(end, start + 0.2) / duration * width
        parts.append(f'<rect x="{x0:.1f}" y="0" width="{x1 - x0:.1f}" height="{height}" fill="#e74c3c" fill-opacity="0.25"/>')
    for peaks, role in zip(bins, roles):
        sign, colour = (-1, "#2980b9") if role in ("agent", "unknown") else (1, "#27ae60")
        segments = "".join(f"M{x}.5 {mid}v{sign * max(v * (mid - 2), 0.5):.1f}" for x, v in enumerate(peaks))
        parts.append(f'<path d="{segments}" stroke="{colour}" stroke-width="1"/>')
        if len(roles) == 1:  # mono: mirror the one channel
            mirrored = "".join(f"M{x}.5 {mid}v{max(v * (mid - 2), 0.5):.1f}" for x, v in enumerate(peaks))
            parts.append(f'<path d="{mirrored}" stroke="{colour}" stroke-width="1"/>')
    parts.append(f'<line x1="0" y1="{mid}" x2="{width}" y2="{mid}" stroke="#bbb" stroke-width="0.5"/></svg>')
    return "".join(parts)


def store_version(store) -> tuple:
    """Changes whenever a call is stored or rescored: the key of every derived cache."""
    return store.browse.version()


class Derived:
    """Values computed from the whole store (call table, charts, the trainer's view), kept
    until a call is stored or rescored."""

    def __init__(self, store):
        self.store = store
        self._version: tuple | None = None
        self._values: dict = {}
        self._lock = threading.RLock()  # one computation at a time; values may build on others

    def get(self, key, compute):
        version = store_version(self.store)
        with self._lock:
            if version != self._version:
                self._version, self._values = version, {}
            if key not in self._values:
                self._values[key] = compute()
            return self._values[key]

    def call_table(self, config):
        from ..trends.analysis import call_table

        return self.get("call_table", lambda: call_table(self.store, config.trends.period, scoring=config.scoring))

    def chart_svg(self, config, agent_id: str) -> str | None:
        """The agent's score control chart (trends.agent_charts), None when they have no scored call."""
        return self.get(("chart", agent_id), lambda: self._draw(config, agent_id))

    def _draw(self, config, agent_id: str) -> str | None:
        from ..trends.analysis import agent_charts
        from ..trends.charts import svg

        table = self.call_table(config)
        if table.empty or agent_id not in set(table["agent_id"]):
            return None
        charts = agent_charts(table, config.trends, self.store.baselines, agents=[agent_id], metrics=["score"])
        return svg(charts[0]) if charts else None

