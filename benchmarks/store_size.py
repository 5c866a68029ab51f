"""Bytes the store needs per call (transcript, findings, scores), on SQLite and on PostgreSQL.

The calls of a store made by ``qa-pipeline run`` (default: the committed samples, run here into a
temporary SQLite store first) are copied ``--copies`` times into a fresh store of each kind, each
copy with its own transcript row (as a distinct recording has), its findings and its scores.
Then each store's size on disk is divided by the number of calls: table rows, indexes and, on
PostgreSQL, the compressed out-of-line (TOAST) transcript bodies, as a growing store holds them.

    python benchmarks/store_size.py [--db sqlite:///eval.sqlite] [--copies 250] [--pg postgresql+psycopg://…]

Without ``--pg`` a throwaway PostgreSQL is started as the tests start one (``tests/pg.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from sqlalchemy import insert, select, text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # pg.py: the tests' throwaway PostgreSQL

from machine import cpu_name  # noqa: E402  (benchmarks/ is on sys.path when run as a script)
from qa_pipeline.store import Store  # noqa: E402
from qa_pipeline.store.schema import calls, findings, transcripts  # noqa: E402

TABLES = ("calls", "findings", "transcripts")


def sample_store(folder: Path) -> Store:
    """The committed samples, run once into a temporary SQLite store."""
    from qa_pipeline import pipeline
    from qa_pipeline.config import load_config

    store = Store(f"sqlite:///{tempfile.mkdtemp()}/samples.sqlite")
    result = pipeline.run_batch(folder, None, load_config(), store, progress=False)
    print(f"ran {len(result.done)} sample calls ({result.audio_s / 60:.1f} min of audio) into {store.url}")
    return store


def copy_calls(source: Store, target: Store, copies: int) -> tuple[int, float]:
    """``copies`` copies of every scored call of ``source``: (calls, audio seconds)."""
    with source.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(calls).where(calls.c.status == "done")).mappings()]
        bodies = {(r["audio_sha256"], r["asr_key"]): dict(r) for r in conn.execute(select(transcripts)).mappings()}
        found = [dict(r) for r in conn.execute(select(findings)).mappings()]
    n, audio_s = 0, 0.0
    for k in range(copies):
        new_calls, new_bodies, new_found = [], [], []
        for row in rows:
            sha = f"{k:08x}{row['audio_sha256'][8:]}"  # another recording, as far as the store can tell
            body = dict(bodies[(row["audio_sha256"], row["asr_key"])], audio_sha256=sha)
            call_id = f"{row['call_id']}-{k:06d}"
            new_calls.append(dict(row, call_id=call_id, audio_sha256=sha, run_id=None))
            new_bodies.append(body)
            new_found += [{**{c: v for c, v in f.items() if c != "id"}, "call_id": call_id}
                          for f in found if f["call_id"] == row["call_id"]]
            n, audio_s = n + 1, audio_s + (row["duration_s"] or 0.0)
        with target.engine.begin() as conn:
            conn.execute(insert(transcripts), new_bodies)
            conn.execute(insert(calls), new_calls)
            if new_found:
                conn.execute(insert(findings), new_found)
    return n, audio_s


def sqlite_bytes(store: Store) -> dict[str, int]:
    """Each table's bytes (with its indexes) and the whole file's, after VACUUM."""
    path = store.engine.url.database
    with store.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        sizes = {}
        try:  # dbstat: page bytes per table and index (compiled into most SQLite builds)
            for name, tbl, size in conn.execute(text(
                    "SELECT s.name, m.tbl_name, SUM(s.pgsize) FROM dbstat s JOIN sqlite_master m ON m.name = s.name "
                    "GROUP BY s.name")):
                sizes[tbl] = sizes.get(tbl, 0) + size
        except Exception:  # noqa: BLE001 - without dbstat, the file's size alone
            pass
    return {**{t: sizes.get(t, 0) for t in TABLES}, "whole store": os.path.getsize(path)}


def postgres_bytes(store: Store) -> dict[str, int]:
    """Each table's bytes with its indexes and TOAST, and the whole database's, after VACUUM FULL."""
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM FULL ANALYZE")
        sizes = {t: conn.execute(text(f"SELECT pg_total_relation_size('{t}')")).scalar() for t in TABLES}
        sizes["whole store"] = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    return sizes


def report(kind: str, sizes: dict[str, int], empty: dict[str, int], n: int, audio_s: float) -> None:
    print(f"{kind}: {n} calls, {audio_s / 3600:.1f} audio-hours")
    for name, size in sizes.items():
        per_call = (size - empty.get(name, 0)) / n
        print(f"  {name:12s} {size / 2**20:8.1f} MiB  {per_call / 1024:6.1f} KiB per call"
              f"  {per_call * 3600 / (audio_s / n) / 2**20:6.2f} MiB per audio-hour")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a store with scored calls (default: run the samples into a new one)")
    parser.add_argument("--samples", type=Path, default=REPO / "data" / "samples")
    parser.add_argument("--copies", type=int, default=250)
    parser.add_argument("--pg", help="a PostgreSQL server URL whose user may create databases")
    args = parser.parse_args()
    print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs")
    source = Store(args.db) if args.db else sample_store(args.samples)
    with tempfile.TemporaryDirectory() as tmp:
        target = Store(f"sqlite:///{tmp}/size.sqlite")
        empty = sqlite_bytes(target)  # the schema alone: not a cost per call
        n, audio_s = copy_calls(source, target, args.copies)
        report("SQLite", sqlite_bytes(target), empty, n, audio_s)
    import pg

    if args.pg:
        os.environ["QA_PIPELINE_TEST_PG"] = args.pg
    server = pg.start()
    try:
        target = Store(server.database())
        empty = postgres_bytes(target)
        n, audio_s = copy_calls(source, target, args.copies)
        report("PostgreSQL", postgres_bytes(target), empty, n, audio_s)
        target.engine.dispose()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
