"""What every ASR backend takes and returns.

The pipeline cuts each channel into *windows*: pieces of at most 30 s of 16 kHz audio that
hold speech (voice activity decides where). A backend transcribes a batch of windows and
returns, per window, the segments it heard with times relative to the window's start. All
backend-independent work (mapping times back to the call, hallucination guards, Simplified
Chinese normalisation) happens after this interface, so backends stay small and agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np

SAMPLE_RATE = 16_000
WINDOW_SECONDS = 30  # Whisper's fixed input length
WINDOW_SAMPLES = WINDOW_SECONDS * SAMPLE_RATE  # 480000 samples


@dataclass(frozen=True)
class AsrOptions:
    """Decoding options shared by all backends (loaded once from the config)."""

    model: str = "embedded"  # "embedded", a local model directory, or a size name
    backend: str = "faster-whisper"  # or "openai-whisper"
    device: str = "auto"  # "cpu", "cuda" or "auto"
    compute_type: str = "auto"  # int8 on CPU, float16 on CUDA when "auto"
    cpu_threads: int = 0  # 0: let the backend decide
    language: str = "zh"  # fixed: Mandarin; never auto-detected
    beam_size: int = 1
    batch_size: int = 4
    calls_per_batch: int = 4  # calls whose windows are pooled into shared batches
    # Conditions the decoder towards Simplified Mandarin with punctuation. It must not name
    # any service phrase: the model copies prompt text into what it "hears".
    initial_prompt: str = "以下是普通话的句子。"
    # faster-whisper's hint words, put before the prompt (e.g. "工号 请稍等 再见"); "" for none.
    # Measured against the corrector in README (issue 17); the openai-whisper backend has none.
    hotwords: str = ""
    word_timestamps: bool = True
    max_window_s: float = 28.0  # a little under 30 s: room for the gaps, and Whisper stops less early
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    blocklist: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RawWord:
    start: float  # seconds from the window start
    end: float
    text: str
    probability: float


@dataclass(frozen=True)
class RawSegment:
    start: float  # seconds from the window start
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    words: tuple[RawWord, ...] = ()


class AsrBackend(Protocol):
    """A loaded model that transcribes windows of 16 kHz mono float32 audio."""

    name: str

    def transcribe_windows(
        self, windows: Sequence[np.ndarray], options: AsrOptions
    ) -> list[list[RawSegment]]:
        """Return the segments heard in each window, in window order."""
        ...
