"""CER on the real human Mandarin clips in ../shared/realzh (GOLD and HUMAN-PROMPT rows).

Prints per-clip and corpus CER for the pipeline's ASR stage (VAD windows, guards,
Simplified output) and for raw Whisper on the same model (one transcribe() call, no
prompt, no conversion), each at the clips' own rate and downsampled to 8 kHz (a phone line).

    python benchmarks/cer_realzh.py [--realzh DIR] [--config configs/default.yaml]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from qa_pipeline.asr.metrics import corpus_cer, normalise_for_cer
from qa_pipeline.asr.model import resolve_model
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.audio import decode_call
from qa_pipeline.config import load_config

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--realzh", type=Path, default=REPO.parent / "shared" / "realzh")
    parser.add_argument("--config", type=Path)
    args = parser.parse_args()
    config = load_config(args.config)
    transcriber = Transcriber(config.asr, config.vad)
    raw_model = transcriber.backend.model if hasattr(transcriber.backend, "model") else None
    items = clips(args.realzh)
    print(f"{len(items)} clips, {sum(sf.info(p).duration for p, _ in items):.0f} s; model {resolve_model(config.asr.model)}")
    results: dict[str, list[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rate in ("orig", "8k"):
            for path, ref in items:
                audio_path = path if rate == "orig" else to_8k(path, Path(tmp))
                t0 = time.perf_counter()
                heard = transcriber.transcribe(decode_call(audio_path, "mono"))
                hyp = "".join(u.text for u in heard.utterances)
                results.setdefault(f"pipeline {rate}", []).append((hyp, ref))
                if raw_model is not None:
                    from faster_whisper.audio import decode_audio

                    segments, _ = raw_model.transcribe(decode_audio(str(audio_path)), beam_size=config.asr.beam_size)
                    raw = "".join(s.text for s in segments)
                    results.setdefault(f"raw whisper {rate}", []).append((raw, ref))
                print(f"  {rate:4s} {corpus_cer([(hyp, ref)]):.3f}  {path.name[:50]:50s} {normalise_for_cer(hyp)[:40]}"
                      f"  ({time.perf_counter() - t0:.1f} s)")
    print("\ncorpus CER (Simplified, no punctuation, digits spelled):")
    for name, pairs in results.items():
        print(f"  {name:20s} {corpus_cer(pairs):.3f}")


if __name__ == "__main__":
    main()
