"""A run's fixed cost before its first call: importing the pipeline and loading the rule set,
whose learned classifiers are fitted (no kept fits) or read back (kept in the cache, issue 17).

Each case runs in a fresh process, alternating, ``--repeat`` times; medians of CPU and wall seconds.

    python benchmarks/startup.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import cpu_name, load  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PROBE = """
import json, time
cpu, wall = time.process_time(), time.perf_counter()
from qa_pipeline.config import load_config
from qa_pipeline import pipeline
imported = time.process_time() - cpu
load_config(None)
print(json.dumps({"import": imported, "cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}))
"""


def once(cache: str) -> dict:
    env = {**os.environ, "QA_PIPELINE_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{cpu_name()}; load {load()}")
    rows: dict[str, list[dict]] = {"fitted (no kept fits)": [], "read back (kept fits)": []}
    with tempfile.TemporaryDirectory() as kept:
        once(kept)  # fills the cache the "read back" case reads
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as empty:
                rows["fitted (no kept fits)"].append(once(empty))
            rows["read back (kept fits)"].append(once(kept))
    print(f"{'case':<24} {'import CPU-s':>12} {'import + rule set CPU-s':>24} {'wall s':>7}   (medians of {args.repeat})")
    for case, runs in rows.items():
        med = {k: statistics.median(r[k] for r in runs) for k in ("import", "cpu", "wall")}
        print(f"{case:<24} {med['import']:>12.2f} {med['cpu']:>24.2f} {med['wall']:>7.2f}")
    print(f"load after: {load()}")


if __name__ == "__main__":
    main()
