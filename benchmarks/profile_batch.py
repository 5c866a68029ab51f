"""Where a batch's time goes: one ``run_batch`` under cProfile, broken into stages.

The stages are the functions below (cumulative seconds; nested ones are part of their
parent: the encoder, decoder and alignment are inside the ASR backend's time). Retries are
the decoding rounds after the first and the sequential re-decodes of windows that failed
Whisper's quality tests.

    python benchmarks/profile_batch.py /tmp/calls [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
import pstats
import tempfile
import time
from pathlib import Path

# (label, file fragment, function name): matched against cProfile's entries
STAGES = (
    ("whole batch", "pipeline.py", "run_batch"),
    ("  audio decode (worker process, wait)", "audio.py", "decode"),
    ("  ASR stage (Transcriber)", "transcribe.py", "transcribe_many"),
    ("    VAD (Silero)", "audio.py", "detect_speech"),
    ("    window audio + packing", "transcribe.py", "_window_audio"),
    ("    backend: all windows", "faster_backend.py", "transcribe_windows"),
    ("      mel features", "feature_extractor.py", "__call__"),
    ("      encoder", "~", "<built-in method ctranslate2._ext.encode>"),
    ("      decoder (generate)", "~", "<built-in method ctranslate2._ext.generate>"),
    ("      word alignment (align)", "~", "<built-in method ctranslate2._ext.align>"),
    ("      word timestamps, all (align + Python)", "transcribe.py", "add_word_timestamps"),
    ("      sequential re-decodes (fallback)", "faster_backend.py", "_with_fallback"),
    ("    placing words, guards", "transcribe.py", "_placed"),
    ("  rules + scoring", "scorer.py", "score_many"),
    # loaded in a thread while the first calls decode: cProfile sees only this thread, so 0 here
    # loaded in a thread while the first calls decode: cProfile sees only this thread, so 0 here
    ("  classifier load (skops, once per run)", "model_store.py", "active_model"),
    ("  store", "db.py", "save_done"),
    ("  exports + report", "pipeline.py", "export_results"),
)


class _Rounds(logging.Handler):
    """Counts the transcriber's retry messages (windows whose pieces go alone)."""

    def __init__(self):
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def profile(folder: Path) -> tuple[pstats.Stats, float, float]:
    from qa_pipeline import pipeline
    from qa_pipeline.asr.transcribe import Transcriber
    from qa_pipeline.config import load_config
    from qa_pipeline.store import Store

    config = load_config()
    transcriber = Transcriber(config.asr, config.vad)
    _count_windows(transcriber.backend)
    _count_causes(transcriber)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.sqlite")
        profiler = cProfile.Profile()
        t0, c0 = time.perf_counter(), time.process_time()
        profiler.enable()
        result = pipeline.run_batch(folder, Path(tmp) / "out", config, store,
                                    transcriber_factory=lambda: transcriber, progress=False)
        profiler.disable()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"CPU time of this process: {cpu:.1f} s (threads of all cores)")
    return pstats.Stats(profiler), wall, result.audio_s


WINDOWS_PER_ROUND: list[int] = []  # windows sent to the backend, per decoding round


def _count_windows(backend) -> None:
    decode = backend.transcribe_windows

    def counted(windows, options):
        WINDOWS_PER_ROUND.append(len(windows))
        return decode(windows, options)

    backend.transcribe_windows = counted


# Why pieces were decoded again, summed over rounds: a piece of a window that came back
# empty (Whisper stopped early), the untranscribed tail of a piece that got words, and the
# pieces of a packed window whose words could not be traced to one piece (misplaced).
CAUSES = {"empty piece": 0, "tail": 0, "misplaced": 0}


def _count_causes(transcriber) -> None:
    from qa_pipeline.asr.transcribe import MIN_RETRY_PIECE_S

    decode = transcriber._decode

    def counted(windows, *args):
        heard, misplaced, tails = decode(windows, *args)
        pieces = [(p.turn, p.start, p.end) for w in windows for p in w.pieces]
        CAUSES["empty piece"] += sum(1 for turn, a, b in pieces if (turn, a) not in heard | misplaced
                                     and b - a >= MIN_RETRY_PIECE_S)
        CAUSES["tail"] += len(tails)
        CAUSES["misplaced"] += len(misplaced)
        return heard, misplaced, tails

    transcriber._decode = counted


def stage_seconds(stats: pstats.Stats) -> list[tuple[str, float, int]]:
    rows = []
    for label, fragment, name in STAGES:
        total, calls = 0.0, 0
        for (file, _line, func), (cc, _nc, _tt, ct, _callers) in stats.stats.items():
            if func == name and fragment in file:
                total, calls = total + ct, calls + cc
        rows.append((label, total, calls))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=0, help="also print cProfile's top N by cumulative time")
    args = parser.parse_args()
    rounds = _Rounds()
    logging.getLogger("qa_pipeline.asr").addHandler(rounds)
    logging.getLogger("qa_pipeline.asr").setLevel(logging.INFO)
    from machine import cpu_name, load  # benchmarks/ is on sys.path when run as a script

    print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs; load average before: {load()}")
    stats, wall, audio_s = profile(args.folder)
    print(f"load average after: {load()}")
    print(f"{audio_s:.0f} s of audio in {wall:.1f} s ({audio_s / wall:.1f}× real time, under the profiler)")
    for label, seconds, calls in stage_seconds(stats):
        print(f"{label:45s} {seconds:7.2f} s  {100 * seconds / wall:5.1f} %  ({calls} calls)")
    print(f"windows per decoding round: {WINDOWS_PER_ROUND}; misplaced-window messages: {len(rounds.messages)}")
    print("pieces sent again, by cause: " + ", ".join(f"{k} {v}" for k, v in CAUSES.items()))
    if args.top:
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
