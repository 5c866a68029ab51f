"""kill -9 at any moment loses nothing (issue 12): a real ``qa-pipeline run`` is killed at random
points, run again, and its store and exports compared with those of a run never killed.

Each call is stored in one transaction and each export written under a temporary name, so a
killed run leaves whole calls or none and old or new exports, plus temporary files the next
run sweeps. The calls are two short tone-burst recordings (tests/test_asr_windows.py).
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import numpy as np
import pytest
import soundfile as sf

from conftest import REPO
from test_asr_windows import tone_bursts

pytestmark = pytest.mark.slow
KILLS = 3


def make_calls(folder):
    folder.mkdir()
    for n in (1, 2):  # one burst of "speech" on the agent's side, line noise on the customer's: ASR stays short
        agent, customer = tone_bursts([(0.5, 2.0 + n)], 5.0, seed=n), tone_bursts([], 5.0, seed=10 + n)
        sf.write(folder / f"8001_20261120-09000{n}_K{n}.wav", np.stack([agent, customer], axis=1), 16000)


def start(folder, out, db):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-m", "qa_pipeline", "run", str(folder), "--out", str(out),
                             "--db", f"sqlite:///{db}", "--quiet"], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def snapshot(db, out):
    """What a reader sees: call rows, per-call counts of findings and stored transcripts, the exports."""
    with sqlite3.connect(db) as conn:
        calls = sorted(conn.execute("SELECT call_id, status, score, grade, n_findings FROM calls"))
        findings = sorted(conn.execute("SELECT call_id, rule_id, start_s, COUNT(*) FROM findings "
                                       "GROUP BY call_id, rule_id, start_s"))
        transcripts = sorted(conn.execute("SELECT c.call_id, COUNT(*) FROM calls c JOIN transcripts t ON "
                                          "t.audio_sha256 = c.audio_sha256 AND t.asr_key = c.asr_key GROUP BY c.call_id"))
    with (out / "calls.csv").open(encoding="utf-8-sig") as f:
        exported = sorted((r["call_id"], r["status"], r["score"]) for r in csv.DictReader(f))
    return calls, findings, transcripts, exported


def test_runs_killed_at_random_points_end_like_a_clean_run(tmp_path):
    folder = tmp_path / "recordings"
    make_calls(folder)
    began = time.monotonic()
    clean = start(folder, tmp_path / "clean-out", tmp_path / "clean.sqlite")
    assert clean.wait(timeout=120) == 0, clean.stderr.read().decode()
    full_run_s = time.monotonic() - began

    rng = random.Random(int(os.environ.get("QA_KILL_SEED", "20261120")))
    out, db = tmp_path / "out", tmp_path / "qa.sqlite"
    killed_at = []
    for _ in range(KILLS):
        proc = start(folder, out, db)
        delay = rng.uniform(0.2, 0.8 * full_run_s)
        try:
            proc.wait(timeout=delay)  # finished before the kill: the next run has nothing to do
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed_at.append(round(delay, 1))
    final = start(folder, out, db)
    assert final.wait(timeout=120) == 0, final.stderr.read().decode()
    print(f"\nclean run {full_run_s:.1f} s; killed at {killed_at} s")

    assert snapshot(db, out) == snapshot(tmp_path / "clean.sqlite", tmp_path / "clean-out")
    calls, findings, _transcripts, _exported = snapshot(db, out)
    assert [c[0] for c in calls] == ["K1", "K2"] and all(c[1] == "done" for c in calls)
    assert all(n == 1 for *_key, n in findings)  # no finding stored twice
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no stray temporary file
