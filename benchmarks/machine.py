"""What the benchmarks print about the machine they ran on: figures mean little without it."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load() -> str:
    """The 1-, 5- and 15-minute load averages: a shared machine's figures are ratios, not rates."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())
