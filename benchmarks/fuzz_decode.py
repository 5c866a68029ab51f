"""Fuzz the decode stage: mutated wav, flac and mp3 files through ``audio.Decoder``.

Each input is a small real recording (2 s of stereo tone at 8 kHz) with bit flips, a
truncation or a random header. The decoder runs FFmpeg in its child process, so a crash or a
hang there is counted, not fatal; anything that escapes the decoder other than ``BadInput``
is a bug and is counted as ``escaped``. Prints the counts per format and mutation:

    python benchmarks/fuzz_decode.py --n 1200 --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa_pipeline.audio import Decoder  # noqa: E402
from qa_pipeline.config import AudioConfig  # noqa: E402
from qa_pipeline.errors import BadInput  # noqa: E402

FORMATS = {"wav": {"subtype": "PCM_16"}, "flac": {}, "mp3": {"format": "MP3"}}
OUTCOMES = ("decoded", "clean error", "crash", "hang", "escaped")


def originals(folder: Path) -> dict[str, bytes]:
    t = np.arange(16000) / 8000
    x = 0.3 * np.sin(2 * np.pi * 440 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
    audio = np.stack([x, 0.5 * np.roll(x, 300)], axis=1).astype(np.float32)
    out = {}
    for ext, kwargs in FORMATS.items():
        sf.write(folder / f"original.{ext}", audio, 8000, **kwargs)
        out[ext] = (folder / f"original.{ext}").read_bytes()
    return out


def bit_flips(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    # half the time in the first 512 bytes (headers, frame syncs), half anywhere
    span = min(len(out), 512) if rng.random() < 0.5 else len(out)
    for _ in range(rng.randint(1, 64)):
        out[rng.randrange(span)] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncation(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def random_header(data: bytes, rng: random.Random) -> bytes:
    n = rng.randint(4, 128)
    keep = rng.random() < 0.5  # keep the magic ("RIFF", "fLaC", "ID3"), so the demuxer still bites
    start = 4 if keep else 0
    return data[:start] + bytes(rng.getrandbits(8) for _ in range(n)) + data[start + n:]


MUTATIONS = {"bit flips": bit_flips, "truncation": truncation, "random header": random_header}


def outcome(decoder: Decoder, path: Path) -> str:
    try:
        decoder.decode(path, "agent_left")
        return "decoded"
    except BadInput as e:
        if "decoder crashed" in str(e):
            return "crash"
        if "decoder timed out" in str(e):
            return "hang"
        return "clean error"
    except Exception:  # noqa: BLE001 - an escape is what the fuzzer looks for
        return "escaped"


def fuzz(n: int, seed: int, timeout_s: float = 10.0) -> tuple[Counter, Counter, Decoder]:
    """Run ``n`` mutated inputs; return (outcomes, outcomes per (format, mutation), the decoder)."""
    rng = random.Random(seed)
    totals, detail = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp, Decoder(AudioConfig(decode_timeout_s=timeout_s)) as decoder:
        folder = Path(tmp)
        sources = originals(folder)
        for i in range(n):
            ext = list(FORMATS)[i % len(FORMATS)]
            mutation = rng.choice(list(MUTATIONS))
            path = folder / f"fuzz{i}.{ext}"
            path.write_bytes(MUTATIONS[mutation](sources[ext], rng))
            result = outcome(decoder, path)
            totals[result] += 1
            detail[(ext, mutation, result)] += 1
            path.unlink()
    return totals, detail, decoder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="Seconds before a decode counts as a hang.")
    args = parser.parse_args()
    started = time.perf_counter()
    totals, detail, decoder = fuzz(args.n, args.seed, args.timeout)
    elapsed = time.perf_counter() - started
    print(f"{args.n} mutated inputs (seed {args.seed}) in {elapsed:.0f} s; decoder worker started {decoder.starts}×")
    print("  " + ", ".join(f"{name}: {totals[name]}" for name in OUTCOMES))
    for ext in FORMATS:
        for mutation in MUTATIONS:
            counts = ", ".join(f"{name} {detail[(ext, mutation, name)]}" for name in OUTCOMES
                               if detail[(ext, mutation, name)])
            print(f"  {ext:4s} {mutation:13s} {counts}")
    sys.exit(1 if totals["escaped"] else 0)


if __name__ == "__main__":
    main()
