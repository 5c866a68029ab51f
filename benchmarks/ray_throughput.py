"""Calls per hour of ``run``: the local engine, and ``--engine ray`` on 1 and on 2 Ray CPUs.

Every variant runs the same calls into a fresh SQLite store (so every call goes through ASR),
each run in its own process, the variants taking turns within each repeat so that a shared
machine's load falls on all of them alike. A Ray variant starts its Ray (``num_cpus``) before
the clock, as a cluster is up before a run; the clock then covers the whole run, the ASR
actors' model loads included (each run loads them again). The local engine uses one model with
a thread per core; Ray gives each actor one CPU and one model thread. Ray's workers run at the
benchmark's own niceness (``RAY_worker_niceness=0``), as the local run does.

The calls are ``--copies`` copies of the folder's calls, each copy a re-encoded file with one
sample changed, so that no copy finds another's transcript in the cache.

    python benchmarks/ray_throughput.py data/samples [--copies 2] [--repeat 3]

Prints the machine; per run its wall time and the load average; per variant the medians:
calls per hour, × real time, audio seconds per CPU second of the ASR processes (the local run's
process and its decoder; the Ray ASR actors and theirs: what one dedicated core would do, which
a shared machine's load does not change much), and the peak RSS of one ASR process. Then Ray 2
CPUs / Ray 1 CPU, and Ray 1 CPU / the local engine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if "--child" not in sys.argv:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from machine import cpu_name, load  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

VARIANTS = {"local": 0, "ray-1cpu": 1, "ray-2cpu": 2}  # name: Ray CPUs (0: the local engine)
AUDIO_SUFFIXES = {".wav", ".flac"}


def make_calls(source: Path, target: Path, copies: int) -> tuple[int, float]:
    """``copies`` distinct copies of each call in ``source``: (calls, audio seconds)."""
    import soundfile as sf

    n, seconds = 0, 0.0
    for path in sorted(p for p in source.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES):
        audio, rate = sf.read(str(path), dtype="int16", always_2d=True)
        agent, started, call_id = path.stem.split("_")  # the samples' {agent}_{date-time}_{call id}
        for k in range(copies):
            copy = audio.copy()
            copy[0, 0] += k  # one sample in a whole call: another SHA-256, the same ASR work
            sf.write(str(target / f"{agent}_{started}_{call_id}x{k}.flac"), copy, rate, subtype="PCM_16")
            n, seconds = n + 1, seconds + len(audio) / rate
    return n, seconds


def _actor_sampler(peak: dict) -> threading.Event:
    """Samples the Ray ASR actors' processes every half second: their peak RSS into ``peak``
    and the CPU seconds each (with its decoder process) has used, per pid."""
    import psutil

    stop, cpu = threading.Event(), peak.setdefault("cpu_s", {})

    def sample() -> None:
        while not stop.wait(0.5):
            for proc in psutil.process_iter(["cmdline", "memory_info"]):
                if "_Transcribing" not in " ".join(proc.info["cmdline"] or ()) or not proc.info["memory_info"]:
                    continue
                peak["rss_mb"] = max(peak.get("rss_mb", 0.0), proc.info["memory_info"].rss / 2**20)
                try:
                    family = [proc, *proc.children(recursive=True)]
                    cpu[proc.pid] = sum(sum(p.cpu_times()[:2]) for p in family)
                except psutil.Error:  # it ended between the listing and the reading
                    pass

    threading.Thread(target=sample, daemon=True).start()
    return stop


def child(folder: Path, ray_cpus: int) -> dict:
    """One run of ``folder`` into a fresh store: its wall time and peak ASR process RSS."""
    import logging

    from qa_pipeline import pipeline
    from qa_pipeline.config import load_config
    from qa_pipeline.store import Store

    config = load_config()
    engine, peak, stop = None, {}, None
    if ray_cpus:
        import ray

        from qa_pipeline.distributed import RayEngine

        ray.init(num_cpus=ray_cpus, include_dashboard=False, log_to_driver=False)
        logging.getLogger("ray").setLevel(logging.ERROR)
        engine, stop = RayEngine(), _actor_sampler(peak)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.sqlite")
        t0 = time.perf_counter()
        result = pipeline.run_batch(folder, Path(tmp) / "out", config, store, engine=engine, progress=False)
        wall = time.perf_counter() - t0
    if stop:
        stop.set()
    if ray_cpus:
        rss, cpu_s = peak.get("rss_mb"), sum(peak.get("cpu_s", {}).values())
    else:  # this process and its decoder process, which has ended by now
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        rss, cpu_s = own.ru_maxrss / 1024, own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {"calls": len(result.done), "failed": len(result.failed), "audio_s": result.audio_s, "wall_s": wall,
            "asr_rss_mb": rss, "cpu_s": cpu_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--copies", type=int, default=2, help="copies of each call (default 2)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.folder, args.child)))
        return
    variants = args.variants.split(",")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")])),
        # Ray runs its workers 15 nice levels below the driver: on a shared machine the ASR
        # actors would then get the CPU last and Ray would look slower than it is
        RAY_worker_niceness="0")
    runs: dict[str, list[dict]] = {v: [] for v in variants}
    with tempfile.TemporaryDirectory() as tmp:
        n, audio_s = make_calls(args.folder, Path(tmp), args.copies)
        print(f"{n} calls, {audio_s / 60:.1f} min of audio; machine: {cpu_name()}, {os.cpu_count()} CPUs")
        for i in range(args.repeat):
            for variant in variants:
                before = load()
                proc = subprocess.run([sys.executable, __file__, tmp, "--child", str(VARIANTS[variant])],
                                      capture_output=True, text=True, env=env)
                if proc.returncode != 0:
                    print(f"{variant}: failed\n{proc.stderr[-2000:]}")
                    continue
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                r["load"] = f"{before} → {load()}"
                runs[variant].append(r)
                print(f"  repeat {i + 1} {variant:9s} {r['wall_s']:6.1f} s  {3600 * r['calls'] / r['wall_s']:6.0f} calls/h"
                      f"  {r['audio_s'] / r['wall_s']:5.1f}× real time  {r['audio_s'] / r['cpu_s']:4.1f} audio-s per"
                      f" CPU-s  [{r['failed']} failed]  load {r['load']}", flush=True)
    print("\nmedians:")
    rate = {}
    for variant, rs in runs.items():
        if not rs:
            continue
        wall = statistics.median(r["wall_s"] for r in rs)
        rate[variant] = rs[0]["audio_s"] / wall
        rss = [r["asr_rss_mb"] for r in rs if r["asr_rss_mb"]]
        per_cpu = statistics.median(r["audio_s"] / r["cpu_s"] for r in rs)
        print(f"  {variant:9s} {3600 * rs[0]['calls'] / wall:6.0f} calls/h  {rate[variant]:5.1f}× real time"
              f"  ({rs[0]['audio_s'] / 60:.1f} min of audio in {wall:.1f} s)  {per_cpu:.1f} audio-s per CPU-s"
              f"  ASR process peak RSS {statistics.median(rss) if rss else float('nan'):.0f} MB")
    if "ray-1cpu" in rate and "ray-2cpu" in rate:
        print(f"Ray 2 CPUs / Ray 1 CPU: {rate['ray-2cpu'] / rate['ray-1cpu']:.2f}×")
    if "ray-1cpu" in rate and "local" in rate:
        print(f"Ray 1 CPU / local engine (all {os.cpu_count()} cores): {rate['ray-1cpu'] / rate['local']:.2f}×")
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
