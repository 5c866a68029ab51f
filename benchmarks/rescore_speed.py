"""How fast rules and scoring re-check stored calls (the `rescore` path, no ASR).

Target (issue 3): at least 1,000 calls/s for rules plus scoring from the store.

The corpus is the transcribed calls of an existing store (e.g. after `qa-pipeline run` on a
generated set), copied N times into a fresh SQLite file under new call ids, so the figures
are for real ASR output. Copies share transcript text; the rules keep no cache across
calls, so a copy costs what an original does.

    python benchmarks/rescore_speed.py --db sqlite:///eval.sqlite --calls 3000

Prints, median of --repeat runs:
  rules+scoring   calls/s with transcripts already in memory: rules and scorecard
  + classifier    the same plus features and the grade/category model, in chunks of 500
  rescore         calls/s for `qa-pipeline rescore` end to end: read transcripts, run rules
                  and scorecard, write findings and scores (one process)
  rescore xN      the same with one worker process per CPU core (the command's default)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa_pipeline import pipeline  # noqa: E402
from qa_pipeline.config import load_config  # noqa: E402
from qa_pipeline.scoring.training import active_model  # noqa: E402
from qa_pipeline.store import Store  # noqa: E402
from qa_pipeline.store.schema import calls, transcripts  # noqa: E402


def build_corpus(source: Store, target: Store, n_calls: int) -> None:
    with source.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(calls).where(calls.c.status == "done")).mappings()]
        bodies = [dict(r) for r in conn.execute(select(transcripts)).mappings()]
    if not rows:
        raise SystemExit(f"{source.url}: no scored calls to copy")
    copies = []
    for i in range(n_calls):
        row = dict(rows[i % len(rows)])
        row["call_id"] = f"{row['call_id']}-{i:06d}"
        if row["started_at"] is not None:
            row["started_at"] = row["started_at"] + timedelta(days=i // len(rows))
        row["run_id"] = None
        copies.append(row)
    with target.engine.begin() as conn:
        conn.execute(insert(transcripts), bodies)
        conn.execute(insert(calls), copies)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="store URL holding transcribed calls to copy")
    ap.add_argument("--calls", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    config = load_config()
    source = Store(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.sqlite")
        build_corpus(source, store, args.calls)
        loaded = [(row, t) for row, t in store.iter_transcripts()]
        utterances = sum(len(t.utterances) for _, t in loaded) / len(loaded)
        minutes = sum(t.duration_s for _, t in loaded) / len(loaded) / 60
        print(f"corpus: {len(loaded)} calls copied from {args.db}; per call {minutes:.1f} min of audio, "
              f"{utterances:.0f} utterances")

        in_memory, with_model, end_to_end, parallel = [], [], [], []
        model = active_model()
        workers = os.cpu_count() or 1
        for _ in range(args.repeat):
            scorer = pipeline.Scorer(config, store)
            t0 = time.perf_counter()
            for row, transcript in loaded:
                scorer.score(transcript, row["business_line"] or "default", pipeline.call_from_row(row))
            in_memory.append(len(loaded) / (time.perf_counter() - t0))

            scorer = pipeline.Scorer(config, store, model)
            t0 = time.perf_counter()
            for i in range(0, len(loaded), pipeline.RESCORE_CHUNK):
                scorer.score_many([(t, row["business_line"] or "default", pipeline.call_from_row(row))
                                   for row, t in loaded[i : i + pipeline.RESCORE_CHUNK]])
            with_model.append(len(loaded) / (time.perf_counter() - t0))

            t0 = time.perf_counter()
            done = pipeline.rescore(config, store)
            end_to_end.append(len(done) / (time.perf_counter() - t0))

            t0 = time.perf_counter()
            done = pipeline.rescore(config, store, workers=workers)
            parallel.append(len(done) / (time.perf_counter() - t0))
        print(f"rules+scoring  {statistics.median(in_memory):8.0f} calls/s   (runs: {', '.join(f'{x:.0f}' for x in in_memory)})")
        print(f"+ classifier   {statistics.median(with_model):8.0f} calls/s   (runs: {', '.join(f'{x:.0f}' for x in with_model)}; "
              f"model {model.version if model else 'none'})")
        print(f"rescore        {statistics.median(end_to_end):8.0f} calls/s   (runs: {', '.join(f'{x:.0f}' for x in end_to_end)})")
        print(f"rescore x{workers:<3d}   {statistics.median(parallel):8.0f} calls/s   (runs: {', '.join(f'{x:.0f}' for x in parallel)}; "
              f"{workers} worker processes)")


if __name__ == "__main__":
    main()
