"""CER on the real human Mandarin clips in ../shared/realzh (GOLD and HUMAN-PROMPT rows).

Prints per-clip and corpus CER for the pipeline's ASR stage (VAD windows, guards,
Simplified output) and for raw Whisper on the same model (one transcribe() call, no
prompt, no conversion), each at the clips' own rate and downsampled to 8 kHz (a phone line).

``--ablate`` adds the pipeline with one of its parts switched off at a time, side by side in
the same run: why the pipeline loses to raw Whisper (issue 17). The parts are switched off
here by replacing one function of the stage for the variant's duration; nothing is changed
in the package. ``--vocabulary`` adds the pipeline's transcript through the service-vocabulary
corrector, and the pipeline decoding with ``asr.hotwords`` (the corrector's default lexicon).

    python benchmarks/cer_realzh.py [--realzh DIR] [--config configs/default.yaml] [--ablate] [--vocabulary]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

import soundfile as sf

from qa_pipeline.asr import transcribe as stage
from qa_pipeline.asr.correct import Corrector
from qa_pipeline.asr.metrics import corpus_cer, normalise_for_cer
from qa_pipeline.asr.model import resolve_model
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.audio import decode_call
from qa_pipeline.config import load_config
from qa_pipeline.records import SpeechSpan

REPO = Path(__file__).resolve().parents[1]
TAGS = ("[GOLD]", "[HUMAN-PROMPT]")


def clips(realzh: Path) -> list[tuple[Path, str]]:
    with (realzh / "manifest.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(realzh / r["file"], r["reference_text"]) for r in rows if r["where_the_text_came_from"].startswith(TAGS)]


def to_8k(path: Path, folder: Path) -> Path:
    from faster_whisper.audio import decode_audio

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


def ablations(config, backend) -> dict[str, tuple[object, Callable[[], contextlib.AbstractContextManager]]]:
    """Variant name → (ASR options, what is switched off while it runs)."""
    none = contextlib.nullcontext
    return {
        "no batching": (config.asr, lambda: one_window_at_a_time(backend)),
        "no VAD": (config.asr, lambda: patched("detect_speech", _whole_channel)),
        "no packing": (config.asr, lambda: patched("_pack", _one_turn_per_window)),
        "no prompt": (dataclasses.replace(config.asr, initial_prompt=""), none),
        "no retries": (config.asr, lambda: patched("MAX_RETRIES", 0)),
        "no guards": (config.asr, lambda: patched("_keep_segment", lambda seg, *_: bool(seg.text.strip()))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--realzh", type=Path, default=REPO.parent / "shared" / "realzh")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--ablate", action="store_true", help="also the pipeline with each part switched off")
    parser.add_argument("--only", nargs="*", default=None, help="with --ablate: only these parts (e.g. 'no batching')")
    parser.add_argument("--vocabulary", action="store_true", help="also the corrector and asr.hotwords")
    args = parser.parse_args()
    config = load_config(args.config)
    corrector = Corrector.from_config(dataclasses.replace(
        config, corrector=dataclasses.replace(config.corrector, enabled=True))) if args.vocabulary else None
    transcriber = Transcriber(config.asr, config.vad)
    raw_model = transcriber.backend.model if hasattr(transcriber.backend, "model") else None
    variants = {"pipeline": (config.asr, contextlib.nullcontext)}
    if args.ablate:
        variants |= {f"pipeline, {k}": v for k, v in ablations(config, transcriber.backend).items()
                     if args.only is None or k in args.only}
    if args.vocabulary:
        hotwords = " ".join(config.corrector.words_for("default"))
        variants["pipeline, hotwords"] = (dataclasses.replace(config.asr, hotwords=hotwords), contextlib.nullcontext)
    items = clips(args.realzh)
    print(f"{len(items)} clips, {sum(sf.info(p).duration for p, _ in items):.0f} s; model {resolve_model(config.asr.model)}")
    results: dict[str, list[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rate in ("orig", "8k"):
            for path, ref in items:
                audio_path = path if rate == "orig" else to_8k(path, Path(tmp))
                decoded = decode_call(audio_path, "mono")
                t0 = time.perf_counter()
                for name, (options, switched_off) in variants.items():
                    variant = Transcriber(options, config.vad, backend=transcriber.backend)
                    with switched_off():
                        heard = variant.transcribe(decoded)
                    hyp = "".join(u.text for u in heard.utterances)
                    results.setdefault(f"{name} {rate}", []).append((hyp, ref))
                    if corrector is not None:
                        fixed = "".join(u.text for u in corrector.correct(heard).utterances)
                        results.setdefault(f"{name} + corrector {rate}", []).append((fixed, ref))
                    if name == "pipeline":
                        shown = hyp
                if raw_model is not None:
                    from faster_whisper.audio import decode_audio

                    segments, _ = raw_model.transcribe(decode_audio(str(audio_path)), beam_size=config.asr.beam_size)
                    raw = "".join(s.text for s in segments)
                    results.setdefault(f"raw whisper {rate}", []).append((raw, ref))
                print(f"  {rate:4s} {corpus_cer([(shown, ref)]):.3f}  {path.name[:50]:50s} {normalise_for_cer(shown)[:40]}"
                      f"  ({time.perf_counter() - t0:.1f} s)", flush=True)
    print("\ncorpus CER (Simplified, no punctuation, digits spelled):")
    for name, pairs in sorted(results.items(), key=lambda kv: (kv[0].endswith("8k"), kv[0])):
        print(f"  {name:40s} {corpus_cer(pairs):.3f}")
    if raw_model is not None:
        print("\nwhere the pipeline and raw Whisper differ most (edits per clip, pipeline − raw):")
        for rate in ("orig", "8k"):
            diffs = [(round(corpus_cer([p]) * len(normalise_for_cer(p[1]))) - round(corpus_cer([r]) * len(normalise_for_cer(r[1]))), path.name)
                     for p, r, (path, _) in zip(results[f"pipeline {rate}"], results[f"raw whisper {rate}"], items)]
            total = sum(d for d, _ in diffs)
            worst = ", ".join(f"{name[:32]} {d:+d}" for d, name in sorted(diffs, reverse=True)[:3])
            print(f"  {rate:4s} total {total:+d} edits; most: {worst}")


if __name__ == "__main__":
    main()
