"""How fast rules and scoring re-check stored calls (the `rescore` path, no ASR).

Target (issues 3 and 17): at least 1,000 calls/s for ``rescore`` end to end, store to store.

The corpus is the transcribed calls of an existing store (e.g. after `qa-pipeline run` on a
generated set), copied N times into a fresh SQLite file under new call ids, so the figures
are for real ASR output. Copies share transcript text; the rules keep no cache across
calls, so a copy costs what an original does.

    python benchmarks/rescore_speed.py --db sqlite:///eval.sqlite --calls 3000

Prints, median of --repeat runs (calls per second of wall time, and per CPU-second of the
measuring process and its workers: on a machine shared with other work the CPU figure moves
less with the load):
  model load      seconds to load the classifiers (once per command, whatever the store's size)
  rules+scoring   calls/s with transcripts already in memory: rules and scorecard
  + classifier    the same plus features and the grade/category model, in chunks of 500
  rescore full    calls/s for `qa-pipeline rescore --full` end to end: read transcripts, run
                  every rule, scorecard and classifiers, write findings and scores (one process);
                  the classifiers loaded once before, as for any store large enough to matter
  full xN         the same with one worker process per CPU core (the command's default)
  nothing changed `rescore` again with the same settings: every digest unchanged
  one rule changed  `rescore` after one rule's parameter changed (long_hold max_s 30 → 29):
                  that rule runs again on every call, the others' findings are reused
  one rule xN     the same (the parameter changed back), one worker per CPU core

With --baseline-src DIR every repeat also runs another checkout (e.g. the main branch), each
in its own process, alternating, so that a change is measured against what it replaces in
the same run, under the same load:

    python benchmarks/rescore_speed.py --db sqlite:///eval.sqlite --calls 3000 --baseline-src ../main

and ends with a side-by-side table: per case, both checkouts' medians in calls/s (wall) and
calls per CPU-second, their ratios, and whether this checkout's case reaches 1,000 calls/s.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, select

if "--child" not in sys.argv:  # a child's PYTHONPATH names the checkout it measures
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa_pipeline import pipeline  # noqa: E402
from qa_pipeline.config import load_config  # noqa: E402
from qa_pipeline.scoring.model_store import active_model  # noqa: E402
from qa_pipeline.store import Store  # noqa: E402
from qa_pipeline.store.schema import calls, transcripts  # noqa: E402

from machine import cpu_name, load  # noqa: E402  (benchmarks/ is on sys.path when run as a script)


def build_corpus(source_url: str, target: Store, n_calls: int) -> None:
    # the source is read with SQLAlchemy alone: a checkout measured against it may be at another
    # schema revision than the source store, and the copies go into a store of its own revision
    source = create_engine(source_url)
    with source.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(calls.c[tuple(COPIED)]).where(calls.c.status == "done")).mappings()]
        bodies = [dict(r) for r in conn.execute(select(transcripts)).mappings()]
    if not rows:
        raise SystemExit(f"{source_url}: no scored calls to copy")
    copies = []
    for i in range(n_calls):
        row = dict(rows[i % len(rows)])
        row["call_id"] = f"{row['call_id']}-{i:06d}"
        if row["started_at"] is not None:
            row["started_at"] = row["started_at"] + timedelta(days=i // len(rows))
        copies.append(row)
    with target.engine.begin() as conn:
        conn.execute(insert(transcripts), bodies)
        conn.execute(insert(calls), copies)


# the columns of a stored call that revision 0006 already has: what is copied (no digests)
COPIED = ("call_id", "path", "audio_sha256", "asr_key", "agent_id", "started_at", "business_line", "metadata",
          "duration_s", "layout", "status", "error", "score", "grade", "fatal", "needs_review", "n_findings",
          "deductions", "ruleset_version", "agent_cpm", "updated_at")

LINES = (("model load", "s"), ("rules+scoring", "calls/s"), ("+ classifier", "calls/s"), ("rescore full", "calls/s"),
         ("full xN", "calls/s"), ("nothing changed", "calls/s"), ("one rule changed", "calls/s"),
         ("one rule xN", "calls/s"))


class _Clock:
    """Wall and CPU time (this process and its reaped workers) of a block: ``rates(n)`` after it."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), _cpu_seconds()
        return self

    def __exit__(self, *_):
        self.wall, self.cpu = time.perf_counter() - self.wall, _cpu_seconds() - self.cpu

    def record(self, out: dict[str, list[float]], name: str, n: int) -> None:
        out[name].append(n / self.wall)
        out.setdefault(f"cpu {name}", []).append(n / self.cpu)


def _cpu_seconds() -> float:
    me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime


def _one_rule_changed(tmp: str):
    """The shipped settings with one parameter of one rule changed (long_hold's limit, 30 → 29 s)."""
    import shutil

    import yaml

    import qa_pipeline

    # the settings of the checkout measured (a --baseline-src child's own), not this script's
    where = Path(tmp) / "configs"
    shutil.copytree(Path(qa_pipeline.__file__).resolve().parents[1] / "configs", where)
    path = where / "rulesets" / "base.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"]["long_hold"]["max_s"] = 29
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_config(where / "default.yaml")


def measure(db: str, n_calls: int, repeat: int) -> dict[str, list[float]]:
    """Each line's figure per repeat (wall; ``cpu NAME``: per CPU-second).

    A checkout without ``rescore(full=…)`` recomputes everything every time: its "nothing
    changed" and "one rule changed" are full rescores, which is what it does in those cases."""
    config = load_config()
    incremental = "full" in inspect.signature(pipeline.rescore).parameters
    full = {"full": True} if incremental else {}
    out: dict[str, list[float]] = {name: [] for name, _ in LINES}
    with tempfile.TemporaryDirectory() as tmp:
        changed = _one_rule_changed(tmp)
        store = Store(f"sqlite:///{tmp}/bench.sqlite")
        build_corpus(db, store, n_calls)
        loaded = list(store.iter_transcripts())
        workers = os.cpu_count() or 1
        for _ in range(repeat):
            t0 = time.perf_counter()
            model = active_model()
            out["model load"].append(time.perf_counter() - t0)

            scorer = pipeline.Scorer(config, store)
            for call, transcript in loaded[:50]:  # what the first calls load once (jieba, the phrase index)
                scorer.score(transcript, call.business_line, call)
            with _Clock() as clock:
                for call, transcript in loaded:
                    scorer.score(transcript, call.business_line, call)
            clock.record(out, "rules+scoring", len(loaded))

            scorer = pipeline.Scorer(config, store, model)
            with _Clock() as clock:
                for i in range(0, len(loaded), pipeline.RESCORE_CHUNK):
                    scorer.score_many([(t, call.business_line, call) for call, t in loaded[i : i + pipeline.RESCORE_CHUNK]])
            clock.record(out, "+ classifier", len(loaded))

            # the classifiers loaded once before each, as for any store large enough to matter
            for name, settings, kw in (("rescore full", config, full), ("full xN", config, dict(full, workers=workers)),
                                       ("nothing changed", config, {}), ("one rule changed", changed, {}),
                                       ("one rule xN", config, {"workers": workers})):  # and back
                with _Clock() as clock:
                    done = pipeline.rescore(settings, store, model=model, **kw)
                clock.record(out, name, len(getattr(done, "call_ids", done)))  # main returned the ids alone
        minutes = sum(t.duration_s for _, t in loaded) / len(loaded) / 60
        utterances = sum(len(t.utterances) for _, t in loaded) / len(loaded)
    out["corpus"] = [len(loaded), minutes, utterances]
    return out


def _child(src: Path, args) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(src.resolve()), os.environ.get("PYTHONPATH")])))
    proc = subprocess.run([sys.executable, __file__, "--db", args.db, "--calls", str(args.calls), "--repeat", "1",
                           "--child"], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{src}: failed\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _side_by_side(merged: dict[str, dict[str, list[float]]]) -> None:
    """One line per case: wall and CPU rates of the baseline and of this checkout, medians, and
    their ratios; the last column says whether this checkout's case reaches 1,000 calls/s."""
    med = {label: {name: statistics.median(v) for name, v in runs.items()} for label, runs in merged.items()}
    print(f"{'case':18s} {'base/s':>8s} {'this/s':>8s} {'ratio':>6s}   {'base/CPU-s':>10s} {'this/CPU-s':>10s} {'ratio':>6s}"
          f"   ≥ {TARGET:,} calls/s (this: wall, CPU)")
    for name, unit in LINES[1:]:
        base, this = med["base"], med["this"]
        wall, cpu = this[name] / base[name], this[f"cpu {name}"] / base[f"cpu {name}"]
        reached = ", ".join("yes" if x >= TARGET else "no" for x in (this[name], this[f"cpu {name}"]))
        shown = name.replace("xN", f"x{os.cpu_count() or 1}")
        print(f"{shown:18s} {base[name]:8.0f} {this[name]:8.0f} {wall:5.2f}×   {base[f'cpu {name}']:10.0f} "
              f"{this[f'cpu {name}']:10.0f} {cpu:5.2f}×   {reached}")


TARGET = 1000  # calls/s: issue 17's goal for rescore end to end


def _print(label: str, runs: dict[str, list[float]]) -> None:
    for name, unit in LINES + tuple((f"cpu {name}", "calls/cpu-s") for name, unit in LINES[1:]):
        values = runs[name]
        shown = name.replace("xN", f"x{os.cpu_count() or 1}")
        digits = 2 if unit == "s" else 0
        runs_text = ", ".join(f"{x:.{digits}f}" for x in values)
        print(f"{label}{shown:18s} {statistics.median(values):8.{digits}f} {unit:11s} (runs: {runs_text})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="store URL holding transcribed calls to copy")
    ap.add_argument("--calls", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline-src", type=Path, help="another checkout, measured alternately in the same run")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.calls, args.repeat)))
        return
    print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs; load average before: {load()}")
    if args.baseline_src is None:
        runs = measure(args.db, args.calls, args.repeat)
        n, minutes, utterances = runs["corpus"]
        print(f"corpus: {n:.0f} calls copied from {args.db}; per call {minutes:.1f} min of audio, {utterances:.0f} utterances")
        _print("", runs)
    else:
        here = Path(__file__).resolve().parents[1]
        merged: dict[str, dict[str, list[float]]] = {"this": {}, "base": {}}
        for i in range(args.repeat):
            for label, src in (("base", args.baseline_src), ("this", here)):
                before = load()
                for name, values in _child(src, args).items():
                    merged[label].setdefault(name, []).extend(values)
                print(f"run {i + 1} {label}: load average {before} → {load()}", flush=True)
        n, minutes, utterances = merged["this"]["corpus"][:3]
        print(f"corpus: {n:.0f} calls copied from {args.db}; per call {minutes:.1f} min of audio, {utterances:.0f} utterances")
        print(f"baseline: {args.baseline_src}; this: {here}")
        _print("base  ", merged["base"])
        _print("this  ", merged["this"])
        print(f"medians of {args.repeat}, alternating base and this (a baseline without digests recomputes every call "
              "in every case):")
        _side_by_side(merged)
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
