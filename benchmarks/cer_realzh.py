"""CER on the real human Mandarin clips in ../shared/realzh (GOLD and HUMAN-PROMPT rows).

Prints per-clip and corpus CER for the pipeline's ASR stage (VAD windows, guards,
Simplified output) and for raw Whisper on the same model (one transcribe() call, no
prompt, no conversion), each at the clips' own rate and downsampled to 8 kHz (a phone line).

The pipeline row is the product's path: the ASR stage, then the corrector when
``corrector.enabled`` (the row "pipeline, no corrector" is the stage alone). Raw Whisper's
temperature fallback samples: the random seed is set before each of its decodings (``--seed``),
so two runs of the same clips print the same figures.

The clips are split in two halves by name (``half``): settings are tuned on "tune" and the
"held-out" half is reported apart, so a figure tuned on the clips is never the only one shown.
``--set section.key=value`` adds the pipeline with changed settings, side by side in the same
run (e.g. ``--set asr.beam_size=5``; several keys: ``--set vad.speech_pad_ms=500,vad.min_silence_ms=500``).
Variants with the ASR stage's settings unchanged (``--set corrector.…``) share its decoding:
their "decoding s" is the corrector's time alone.

``--ablate`` adds the pipeline with one of its parts switched off at a time, side by side in
the same run: why the pipeline loses to raw Whisper (issue 17). The parts are switched off
here by replacing one function of the stage for the variant's duration; nothing is changed
in the package. ``--vocabulary`` adds the pipeline's transcript through the service-vocabulary
corrector, and the pipeline decoding with ``asr.hotwords`` (the corrector's default lexicon).

    python benchmarks/cer_realzh.py [--realzh DIR] [--config configs/default.yaml] [--ablate] [--vocabulary]
                                    [--set asr.beam_size=5 ...] [--dump clips.json]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import functools
import hashlib
import json
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

import ctranslate2
import soundfile as sf
import yaml
from faster_whisper.audio import decode_audio

from qa_pipeline.asr import transcribe as stage
from qa_pipeline.asr.correct import Corrector
from qa_pipeline.asr.metrics import corpus_cer, edits, normalise_for_cer
from qa_pipeline.asr.model import resolve_model
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.audio import decode_call
from qa_pipeline.config import Config, load_config
from qa_pipeline.records import SpeechSpan, Transcript

REPO = Path(__file__).resolve().parents[1]
TAGS = ("[GOLD]", "[HUMAN-PROMPT]")


def clips(realzh: Path) -> list[tuple[Path, str]]:
    with (realzh / "manifest.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(realzh / r["file"], r["reference_text"]) for r in rows if r["where_the_text_came_from"].startswith(TAGS)]


def to_8k(path: Path, folder: Path) -> Path:
    out = folder / path.name
    sf.write(out, decode_audio(str(path), sampling_rate=8000), 8000, subtype="PCM_16")
    return out


@contextlib.contextmanager
def patched(name: str, value) -> Iterator[None]:
    old = getattr(stage, name)
    setattr(stage, name, value)
    try:
        yield
    finally:
        setattr(stage, name, old)


def _whole_channel(channel, _vad) -> list[SpeechSpan]:
    return [SpeechSpan(channel.role, 0.0, channel.duration)]


def _one_turn_per_window(track, turns, _max_s):
    return [stage._Window(track, (stage._Piece(turn, a, b, 0.0),)) for turn, a, b in turns]


@contextlib.contextmanager
def one_window_at_a_time(backend) -> Iterator[None]:
    """Each window decoded alone the way Whisper intends (temperature fallback), not batched."""
    from qa_pipeline.asr.base import WINDOW_SAMPLES

    backend.transcribe_windows = lambda windows, options: [backend._with_fallback(w[:WINDOW_SAMPLES], options)
                                                          for w in windows]
    try:
        yield
    finally:
        del backend.transcribe_windows


def ablations(config, backend) -> dict[str, tuple[Config, Callable[[], contextlib.AbstractContextManager]]]:
    """Variant name → (settings, what is switched off while it runs)."""
    none = contextlib.nullcontext
    asr = functools.partial(_with, config, "asr")
    return {
        "no batching": (config, lambda: one_window_at_a_time(backend)),
        "no VAD": (config, lambda: patched("detect_speech", _whole_channel)),
        "no packing": (config, lambda: patched("_pack", _one_turn_per_window)),
        "no prompt": (asr(initial_prompt=""), none),
        "no retries": (config, lambda: patched("MAX_RETRIES", 0)),
        "no guards": (config, lambda: patched("_keep_segment", lambda seg, *_: bool(seg.text.strip()))),
    }


def _with(config: Config, section: str, **values) -> Config:
    return dataclasses.replace(config, **{section: dataclasses.replace(getattr(config, section), **values)})


def with_settings(config: Config, assignments: str) -> Config:
    """``config`` with ``section.key=value,...`` applied (values read as YAML: 5, 0.5, true, text)."""
    for assignment in assignments.split(","):
        dotted, _, value = assignment.partition("=")
        section, _, key = dotted.strip().partition(".")
        config = _with(config, section, **{key: yaml.safe_load(value)})
    return config


def half(path: Path) -> str:
    """The clip's half, fixed by its name alone: "tune" (settings may be chosen on it) or "held-out"."""
    return ("tune", "held-out")[hashlib.sha256(path.name.encode()).digest()[0] % 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--realzh", type=Path, default=REPO.parent / "shared" / "realzh")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--ablate", action="store_true", help="also the pipeline with each part switched off")
    parser.add_argument("--only", nargs="*", default=None, help="with --ablate: only these parts (e.g. 'no batching')")
    parser.add_argument("--vocabulary", action="store_true", help="also asr.hotwords (the corrector's default lexicon)")
    parser.add_argument("--set", dest="settings", action="append", default=[],
                        help="also the pipeline with these settings (section.key=value[,...]); repeatable")
    parser.add_argument("--raw-beams", type=int, nargs="*", default=None,
                        help="raw Whisper with these beam sizes (default: asr.beam_size; none: no raw row)")
    parser.add_argument("--rates", nargs="*", default=["orig", "8k"], choices=["orig", "8k"])
    parser.add_argument("--seed", type=int, default=0, help="CTranslate2's random seed before every decoding")
    parser.add_argument("--dump", type=Path, help="write every clip's texts, per variant, to this JSON file")
    args = parser.parse_args()
    config = load_config(args.config)
    transcriber = Transcriber(config.asr, config.vad)
    raw_model = getattr(transcriber.backend, "model", None)
    raw_beams = [config.asr.beam_size] if args.raw_beams is None else args.raw_beams
    variants = {"pipeline": (config, contextlib.nullcontext)}
    if args.ablate:
        variants |= {f"pipeline, {k}": v for k, v in ablations(config, transcriber.backend).items()
                     if args.only is None or k in args.only}
    if args.vocabulary:
        hotwords = " ".join(config.corrector.words_for("default"))
        variants["pipeline, hotwords"] = (_with(config, "asr", hotwords=hotwords), contextlib.nullcontext)
    for assignments in args.settings:
        variants[f"pipeline, {assignments}"] = (with_settings(config, assignments), contextlib.nullcontext)
    items = clips(args.realzh)
    print(f"{len(items)} clips, {sum(sf.info(p).duration for p, _ in items):.0f} s; model {resolve_model(config.asr.model)}; "
          f"held-out half: {sum(half(p) == 'held-out' for p, _ in items)} clips")
    results: dict[str, list[tuple[str, str]]] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rate in args.rates:
            for path, ref in items:
                audio_path = path if rate == "orig" else to_8k(path, Path(tmp))
                decoded = decode_call(audio_path, "mono")
                heard_with: dict[tuple, Transcript] = {}  # variants that differ only after ASR share its decoding
                for name, (settings, switched_off) in variants.items():
                    t0 = time.perf_counter()
                    shared = (settings.asr, settings.vad) if switched_off is contextlib.nullcontext else None
                    if shared not in heard_with:
                        variant = Transcriber(settings.asr, settings.vad, backend=transcriber.backend)
                        ctranslate2.set_random_seed(args.seed)
                        with switched_off():
                            heard_with[shared] = variant.transcribe(decoded)
                    heard = heard_with[shared] if shared else heard_with.pop(None)  # a switched-off part: its own
                    corrector = Corrector.from_config(settings)
                    final = corrector.correct(heard) if corrector is not None else heard
                    seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t0
                    results.setdefault(f"{name} {rate}", []).append(("".join(u.text for u in final.utterances), ref))
                    if corrector is not None and name == "pipeline":
                        results.setdefault(f"{name}, no corrector {rate}", []).append(
                            ("".join(u.text for u in heard.utterances), ref))
                for beam in raw_beams if raw_model is not None else ():
                    name = "raw whisper" if beam == config.asr.beam_size else f"raw whisper, beam {beam}"
                    t0 = time.perf_counter()
                    ctranslate2.set_random_seed(args.seed)
                    segments, _ = raw_model.transcribe(decode_audio(str(audio_path)), beam_size=beam)
                    results.setdefault(f"{name} {rate}", []).append(("".join(s.text for s in segments), ref))
                    seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t0
                shown = results[f"pipeline {rate}"][-1][0]
                print(f"  {rate:4s} {corpus_cer([(shown, ref)]):.3f}  {half(path):8s} {path.name[:46]:46s} "
                      f"{normalise_for_cer(shown)[:40]}", flush=True)
    report(results, items, seconds)
    if args.dump:
        args.dump.write_text(json.dumps({name: [{"clip": p.name, "half": half(p), "hypothesis": h, "reference": r}
                                                for (h, r), (p, _) in zip(pairs, items)]
                                         for name, pairs in results.items()}, ensure_ascii=False, indent=1))


def report(results: dict[str, list[tuple[str, str]]], items: list[tuple[Path, str]], seconds: dict[str, float]) -> None:
    halves = [half(p) for p, _ in items]
    print("\ncorpus CER (Simplified, no punctuation, numbers in either form)   all  |  tune  | held-out | decoding s")
    for name, pairs in sorted(results.items(), key=lambda kv: (kv[0].endswith("8k"), kv[0])):
        part = {h: corpus_cer([p for p, x in zip(pairs, halves) if x == h]) for h in ("tune", "held-out")}
        base = name.rsplit(" ", 1)[0]
        spent = f"{seconds[base]:8.1f}" if base in seconds else ""
        print(f"  {name:62s} {corpus_cer(pairs):.3f} | {part['tune']:.3f} | {part['held-out']:.3f}   {spent}")
    for rate in ("orig", "8k"):
        if f"raw whisper {rate}" not in results or f"pipeline {rate}" not in results:
            continue
        diffs = [(edits(*p)[0] - edits(*r)[0], path.name) for p, r, (path, _) in
                 zip(results[f"pipeline {rate}"], results[f"raw whisper {rate}"], items)]
        worst = ", ".join(f"{name[:32]} {d:+d}" for d, name in sorted(diffs, reverse=True)[:3])
        print(f"  pipeline − raw, {rate:4s}: {sum(d for d, _ in diffs):+d} edits; most: {worst}")


if __name__ == "__main__":
    main()
