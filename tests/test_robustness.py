"""Nothing lost, nothing silent (issue 12): bad input, crashes and faults in a whole batch.

A scripted transcriber stands in for Whisper (these tests are about what happens around ASR);
the audio is made here, a few seconds of tone per call.
"""

from __future__ import annotations

import csv
import errno
import multiprocessing
import os
import sys

import numpy as np
import pytest
import soundfile as sf

from conftest import utt
from qa_pipeline import cli, pipeline
from qa_pipeline.asr.transcribe import asr_key
from qa_pipeline.errors import NoSpace
from qa_pipeline.records import SpeechSpan, Transcript
from qa_pipeline.store import Store


class ScriptedTranscriber:
    """Every call says the same greeting and farewell: enough for the rules and scorecard."""

    def __init__(self, key: str):
        self.key = key

    def transcribe_many(self, calls):
        return [Transcript(d.duration, d.layout, (utt("agent", 0.2, 1.5, "您好，请问有什么可以帮您？"),),
                           (SpeechSpan("agent", 0.2, 1.5),), asr_key=self.key) for d in calls]


def tone_wav(path, seconds=3.0, rate=8000):
    t = np.arange(int(seconds * rate)) / rate
    x = (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)
    sf.write(path, np.stack([x, 0.5 * x], axis=1), rate)


def run(folder, out, config, store):
    return pipeline.run_batch(folder, out, config, store, progress=False,
                              transcriber_factory=lambda: ScriptedTranscriber(asr_key(config.asr, config.vad)))


def calls_csv(out) -> dict[str, dict]:
    with (out / "calls.csv").open(encoding="utf-8-sig") as f:
        return {r["call_id"]: r for r in csv.DictReader(f)}


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "recordings"
    folder.mkdir()
    for n in (1, 2):
        tone_wav(folder / f"8001_20261120-09000{n}_C{n}.wav")
    return folder


def test_links_loops_and_folders_are_failed_rows_with_their_reason(tmp_path, folder, config, store, caplog):
    """Row 4: listed as failed, with the reason, in calls.csv and on stderr; the rest is scored."""
    (folder / "8001_20261120-090003_BROKEN.wav").symlink_to(folder / "gone.wav")
    (folder / "8001_20261120-090004_LOOP.wav").symlink_to(folder / "8001_20261120-090004_LOOP.wav")
    (folder / "8001_20261120-090005_DIR.wav").mkdir()
    result = run(folder, tmp_path / "out", config, store)
    assert sorted(result.done) == ["C1", "C2"]
    reasons = dict(result.failed)
    assert "broken symbolic link" in reasons["BROKEN"] and "symbolic link loop" in reasons["LOOP"]
    assert "is a directory" in reasons["DIR"]
    rows = calls_csv(tmp_path / "out")
    assert {rows[c]["status"] for c in ("BROKEN", "LOOP", "DIR")} == {"failed"}
    assert "symbolic link loop" in rows["LOOP"]["error"]
    assert "LOOP.wav: symbolic link loop" in caplog.text  # logged as it happens; `run` prints FAILED lines too


def test_bad_manifest_rows_fail_alone_with_their_line(tmp_path, folder, config, store):
    """Row 5: a malformed started_at and a duplicated call_id fail their rows; the others are scored."""
    (folder / "manifest.csv").write_text(
        "call_id,file,agent_id,started_at\n"
        "C1,8001_20261120-090001_C1.wav,8001,2026-11-20T09:00:01\n"
        "C2,8001_20261120-090002_C2.wav,8001,not-a-date\n"
        "C1,8001_20261120-090002_C2.wav,8001,2026-11-20T09:00:02\n", encoding="utf-8")
    result = run(folder, tmp_path / "out", config, store)
    assert result.done == ["C1"]
    reasons = [reason for _, reason in result.failed]
    assert any("manifest.csv:3: started_at 'not-a-date'" in r for r in reasons)
    assert any("manifest.csv:4: call id 'C1' already used on line 2" in r for r in reasons)
    assert store.call_row("C2")["status"] == "failed" and store.call_row("C1")["status"] == "done"
    with (tmp_path / "out" / "calls.csv").open(encoding="utf-8-sig") as f:
        rows = [(r["call_id"], r["status"]) for r in csv.DictReader(f)]
    assert sorted(rows) == [("C1", "done"), ("C1", "failed"), ("C2", "failed")]  # the duplicate listed too


def test_a_decoder_crash_fails_one_call_and_the_batch_finishes(tmp_path, folder, config, store, monkeypatch):
    """Row 3 in a batch: the worker segfaults on one file (as FFmpeg can on a bit-flipped mp3)."""
    from test_audio import FAULTY_WORKER

    from qa_pipeline import audio

    script = tmp_path / "faulty_worker.py"
    script.write_text(FAULTY_WORKER)
    tone_wav(folder / "8001_20261120-090003_crash.wav")
    real_init = audio.Decoder.__init__
    monkeypatch.setattr(audio.Decoder, "__init__",
                        lambda self, config=None, worker=None: real_init(self, config, [sys.executable, str(script)]))
    result = run(folder, tmp_path / "out", config, store)
    assert sorted(result.done) == ["C1", "C2"]
    assert result.failed == [("crash", f"{folder / '8001_20261120-090003_crash.wav'}: decoder crashed (SIGSEGV)")]


def test_truncated_and_too_short_files_are_failed_not_scored(tmp_path, folder, config, store):
    """Rows 1 and 6 in a batch: never a silent deduction, never a 100 for a blip."""
    tone_wav(folder / "whole.wav", 48.0)
    data = (folder / "whole.wav").read_bytes()
    (folder / "whole.wav").unlink()
    (folder / "8001_20261120-090003_CUT.wav").write_bytes(data[: int(len(data) * 0.4)])
    tone_wav(folder / "8001_20261120-090004_BLIP.wav", 0.1)
    result = run(folder, tmp_path / "out", config, store)
    reasons = dict(result.failed)
    assert "truncated: 19.2 of 48.0 s decoded" in reasons["CUT"]
    assert "too short to judge" in reasons["BLIP"]
    assert store.call_row("CUT")["score"] is None and store.call_row("BLIP")["score"] is None


def test_stale_temp_files_of_a_dead_run_are_swept_and_the_exports_completed(tmp_path, folder, config, store):
    """Row 7: a run killed while exporting leaves temporary files; the next run removes them."""
    out = tmp_path / "out"
    out.mkdir()
    dead = multiprocessing.get_context("fork").Process(target=os._exit, args=(0,))
    dead.start()
    dead.join()
    from qa_pipeline.files import _host

    stale = [out / f".report.xlsx.tmp-{_host()}-{dead.pid}-abcd1234", out / ".calls.csv.k3j4h5g6"]
    for path in stale:
        path.write_bytes(b"")
    os.utime(stale[1], (0, 0))  # an earlier version's name, hours old
    live = out / f".calls.csv.tmp-{_host()}-{os.getpid()}-zzzz9999"  # a run still writing: kept
    live.write_bytes(b"")
    run(folder, out, config, store)
    assert not any(p.exists() for p in stale) and live.exists()
    assert {"calls.csv", "findings.csv", "report.xlsx", "report.html"} <= {p.name for p in out.iterdir()}


def _open_store(url, barrier, results):
    barrier.wait()
    try:
        Store(url).start_run("run", "x")
        results.put("ok")
    except Exception as e:  # noqa: BLE001 - the test counts what went wrong
        results.put(f"{type(e).__name__}: {e}")


def test_runs_starting_at_once_on_a_new_store_all_get_it(tmp_path):
    """Row 8: six processes create the schema of one new SQLite file at the same moment."""
    context = multiprocessing.get_context("fork")
    outcomes = []
    for round_ in range(4):
        url = f"sqlite:///{tmp_path / f'new{round_}.sqlite'}"
        barrier, results = context.Barrier(6), context.Queue()
        workers = [context.Process(target=_open_store, args=(url, barrier, results)) for _ in range(6)]
        for w in workers:
            w.start()
        outcomes += [results.get(timeout=60) for _ in workers]
        for w in workers:
            w.join()
    assert outcomes == ["ok"] * 24


def test_a_full_disk_under_the_exports_is_one_line_and_leaves_no_partial_file(tmp_path, folder, config, store,
                                                                              monkeypatch):
    """Row 9: ENOSPC from the xlsx writer becomes NoSpace naming the file; its temp file is gone."""
    import pandas as pd

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd, "ExcelWriter", full)
    out = tmp_path / "out"
    with pytest.raises(NoSpace, match=f"^no space left writing {out / 'report.xlsx'}$"):
        run(folder, out, config, store)
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    monkeypatch.undo()
    run(folder, out, config, store)  # space again: the re-run completes the exports
    assert (out / "report.xlsx").exists() and not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_full_disk_under_the_store_is_one_line(tmp_path, store):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    with pytest.raises(NoSpace, match="no space left writing the store sqlite:///"):
        with store.no_space_is_one_line():
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))


def cli_main(monkeypatch, *args) -> int:
    monkeypatch.setattr(sys, "argv", ["qa-pipeline", *args])
    with pytest.raises(SystemExit) as info:
        cli.main()
    return info.value.code


def test_exit_codes_tell_failed_calls_usage_internal_error_and_full_disk(tmp_path, folder, monkeypatch, capsys):
    """Rows 9 and 11: 1 some calls failed, 2 configuration, 3 internal error, 4 no space."""
    db = ["--db", f"sqlite:///{tmp_path / 'qa.sqlite'}"]
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "8001_20261120-090009_BAD.wav").write_bytes(b"")
    (empty / "8001_20261120-090010_LINK.wav").symlink_to(tmp_path / "gone.wav")
    assert cli_main(monkeypatch, "run", str(empty), "--out", str(tmp_path / "o"), "--quiet", *db) == 1
    err = capsys.readouterr().err
    assert "FAILED BAD:" in err and "FAILED LINK:" in err and "broken symbolic link" in err  # one line each

    bad_config = tmp_path / "bad.yaml"
    bad_config.write_text("vad:\n  threshold: high\n")
    assert cli_main(monkeypatch, "run", str(empty), "--out", str(tmp_path / "o"), "--config", str(bad_config), *db) == 2
    assert capsys.readouterr().err.count("\n") == 1

    def bug(*_a, **_k):
        raise TypeError("unsupported operand type(s) for -: 'str' and 'float'")

    monkeypatch.setattr(pipeline, "run_batch", bug)
    assert cli_main(monkeypatch, "run", str(folder), "--out", str(tmp_path / "o"), *db) == 3
    err = capsys.readouterr().err
    assert err.startswith("internal error: TypeError: unsupported operand") and err.count("\n") == 1

    def full(*_a, **_k):
        raise NoSpace(f"no space left writing {tmp_path / 'o' / 'report.xlsx'}")

    monkeypatch.setattr(pipeline, "run_batch", full)
    assert cli_main(monkeypatch, "run", str(folder), "--out", str(tmp_path / "o"), *db) == 4
    assert capsys.readouterr().err == f"error: no space left writing {tmp_path / 'o' / 'report.xlsx'}\n"
