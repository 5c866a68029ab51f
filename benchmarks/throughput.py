"""Whole-pipeline throughput and peak memory, against plain Whisper on the same audio.

Each variant runs in its own process (so peak RSS is its own), over the same calls:

* ``pipeline``: ``qa-pipeline run`` as a library call (decode, VAD, batched ASR of both
  channels, rules, scoring, store, exports) into a fresh store;
* ``openai-plain``: plain openai-whisper ``transcribe()`` of each channel of each call, on the
  same weights (the embedded model converted to an openai-whisper checkpoint), same beam
  size, language fixed, word timestamps on; no VAD, no batching;
* ``faster-plain``: plain faster-whisper ``transcribe()`` per channel, int8, Silero VAD on.

* ``pipeline-warm``: the pipeline's second batch in one process (a long-lived worker's cost
  per batch: no imports, no model load; plain Whisper above has no run costs either);
* ``pipeline-base`` (with ``--baseline-src DIR``): the pipeline of another checkout (e.g. the
  main branch), so that a change is measured against what it replaces in the same run.

Prints the machine and its load, each variant's call seconds per wall second (× real
time), the CPU seconds it spent (on a shared machine the figure the load distorts least),
the model-load time kept apart, and peak RSS; then the ratios, as medians of ``--repeat``
rounds in which the variants alternate. Make a set with the
generator first, e.g. ``tools/gen_calls/generate.py --out /tmp/benchset --n 20 --seed 7
--min-duration 120``, or copy calls with long holds from a held-out folder.

    python benchmarks/throughput.py /tmp/benchset [--calls 6] [--variants pipeline,openai-plain,faster-plain]
        [--baseline-src ../main] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import cpu_name, load  # benchmarks/ is on sys.path when run as a script

AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".m4a"}


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _cpu_s() -> float:
    """CPU seconds of this process's threads and its finished children (the pipeline's decode worker):
    on a shared machine the work a variant did, where its wall time is mostly the others' load."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)


def _audio_seconds(files: list[Path]) -> float:
    import soundfile as sf

    return sum(sf.info(p).duration for p in files)


def run_pipeline(folder: Path, warm: bool = False) -> dict:
    """One ``run`` into a fresh store; ``warm``: the second of two in one process, as a long-lived
    worker would run its next batch (imports done, the model loaded; the classifiers are read again)."""
    from qa_pipeline import pipeline
    from qa_pipeline.asr.transcribe import Transcriber
    from qa_pipeline.config import load_config
    from qa_pipeline.store import Store

    config = load_config()
    t0 = time.perf_counter()
    transcriber = Transcriber(config.asr, config.vad)
    load_s = time.perf_counter() - t0
    for _ in range(2 if warm else 1):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.sqlite")
            t0, c0 = time.perf_counter(), _cpu_s()
            result = pipeline.run_batch(folder, Path(tmp) / "out", config, store,
                                        transcriber_factory=lambda: transcriber, progress=False)
            wall, cpu = time.perf_counter() - t0, _cpu_s() - c0
    return {"audio_s": result.audio_s, "wall_s": wall, "cpu_s": cpu, "load_s": load_s, "failed": len(result.failed)}


def _channels(path: Path):
    from faster_whisper.audio import decode_audio

    return decode_audio(str(path), sampling_rate=16000, split_stereo=True)


def run_openai_plain(folder: Path, beam_size: int) -> dict:
    import torch
    import whisper

    from qa_pipeline.asr.openai_backend import resolve_openai_checkpoint

    t0 = time.perf_counter()
    model = whisper.load_model(resolve_openai_checkpoint("embedded"), device="cpu")
    load_s = time.perf_counter() - t0
    files = _files(folder)
    t0, c0 = time.perf_counter(), _cpu_s()
    with torch.inference_mode():
        for path in files:
            for channel in _channels(path):
                whisper.transcribe(model, channel, language="zh", beam_size=beam_size if beam_size > 1 else None,
                                   word_timestamps=True, fp16=False, verbose=None)
    return {"audio_s": _audio_seconds(files), "wall_s": time.perf_counter() - t0, "cpu_s": _cpu_s() - c0,
            "load_s": load_s, "failed": 0}


def run_faster_plain(folder: Path, beam_size: int) -> dict:
    from faster_whisper import WhisperModel

    from qa_pipeline.asr.model import embedded_model_dir

    t0 = time.perf_counter()
    model = WhisperModel(str(embedded_model_dir()), device="cpu", compute_type="int8")
    load_s = time.perf_counter() - t0
    files = _files(folder)
    t0, c0 = time.perf_counter(), _cpu_s()
    for path in files:
        for channel in _channels(path):
            segments, _ = model.transcribe(channel, language="zh", beam_size=beam_size, word_timestamps=True, vad_filter=True)
            list(segments)
    return {"audio_s": _audio_seconds(files), "wall_s": time.perf_counter() - t0, "cpu_s": _cpu_s() - c0,
            "load_s": load_s, "failed": 0}


def child(variant: str, folder: Path, beam_size: int) -> None:
    runners = {"pipeline": lambda: run_pipeline(folder), "pipeline-base": lambda: run_pipeline(folder),
               "pipeline-warm": lambda: run_pipeline(folder, warm=True),
               "openai-plain": lambda: run_openai_plain(folder, beam_size),
               "faster-plain": lambda: run_faster_plain(folder, beam_size)}
    result = runners[variant]()
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--calls", type=int, default=0, help="use only the first N calls (0: all)")
    parser.add_argument("--variants", default="pipeline,openai-plain,faster-plain")
    parser.add_argument("--beam-size", type=int, default=None, help="default: the config's asr.beam_size")
    parser.add_argument("--baseline-src", type=Path, help="a checkout whose pipeline runs as variant pipeline-base")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of all variants, alternating; medians printed")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.beam_size is None:
        from qa_pipeline.config import load_config

        args.beam_size = load_config().asr.beam_size
    if args.child:
        child(args.child, args.folder, args.beam_size)
        return
    files = _files(args.folder)[: args.calls or None]
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp)
        for p in files:  # a private copy: the same calls for every variant, no manifest surprises
            shutil.copy(p, subset / p.name)
        print(f"{len(files)} calls, {_audio_seconds(files) / 60:.1f} min of audio; beam size {args.beam_size}; "
              f"each variant in its own process")
        print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs; load average before: {load()}")
        variants = args.variants.split(",") + (["pipeline-base"] if args.baseline_src else [])
        results: dict[str, list[dict]] = {}
        for _ in range(args.repeat):  # the variants alternate, so a change in load falls on all of them
            for variant in variants:
                r = _run_child(variant, subset, args)
                if r is None:
                    continue
                results.setdefault(variant, []).append(r)
                print(f"{variant:14s} {r['audio_s'] / r['wall_s']:6.1f}× real time  ({r['audio_s']:.0f} s audio in "
                      f"{r['wall_s']:.1f} s, {r['cpu_s']:.1f} CPU-s; model load {r['load_s']:.1f} s)  "
                      f"peak RSS {r['peak_rss_mb']:.0f} MB  load {r['load_before']}"
                      + (f"  [{r['failed']} failed]" if r["failed"] else ""), flush=True)
        print(f"load average after: {load()}")
    if "pipeline" in results:
        # medians over the rounds: wall-clock speed, and audio seconds per CPU second (what the load hides least)
        speed = {k: statistics.median(r["audio_s"] / r["wall_s"] for r in v) for k, v in results.items()}
        per_cpu = {k: statistics.median(r["audio_s"] / r["cpu_s"] for r in v) for k, v in results.items()}
        print(f"medians of {args.repeat} round(s): " + ", ".join(
            f"{k} {speed[k]:.1f}× real time, {per_cpu[k]:.1f} audio-s per CPU-s" for k in speed))
        for other in ("pipeline-base", "pipeline-warm", "openai-plain", "faster-plain"):
            if other in speed:
                print(f"pipeline / {other}: {speed['pipeline'] / speed[other]:.2f}× (wall), "
                      f"{per_cpu['pipeline'] / per_cpu[other]:.2f}× (per CPU-s)")


def _run_child(variant: str, subset: Path, args) -> dict | None:
    env = dict(os.environ)
    if variant == "pipeline-base":
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(args.baseline_src.resolve()), env.get("PYTHONPATH")]))
    else:  # this checkout's package, whatever is installed
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH")]))
    before = load()
    proc = subprocess.run([sys.executable, __file__, str(subset), "--child", variant,
                           "--beam-size", str(args.beam_size)], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        print(f"{variant}: failed\n{proc.stderr[-2000:]}")
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1]) | {"load_before": before}


if __name__ == "__main__":
    main()
