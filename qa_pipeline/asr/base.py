"""What every ASR backend takes and returns.

The pipeline cuts each channel into *windows*: pieces of at most 30 s of 16 kHz audio that
hold speech (voice activity decides where). A backend transcribes a batch of windows and
returns, per window, the segments it heard with times relative to the window's start. All
backend-independent work (mapping times back to the call, hallucination guards, Simplified
Chinese normalisation) happens after this interface, so backends stay small and agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np

from ..audio import SAMPLE_RATE
from ..config import AsrOptions  # the decoding options every backend takes

WINDOW_SECONDS = 30  # Whisper's fixed input length
WINDOW_SAMPLES = WINDOW_SECONDS * SAMPLE_RATE  # 480000 samples
# Whisper's temperature fallback samples (t > 0) where greedy decoding failed its quality tests.
# Unseeded, a run's words changed from run to run in those windows (a blind call decoded in two
# runs on an AMD EPYC: 4 of 21 utterances differed, CER 0.12): the backends seed their sampling.
SAMPLING_SEED = 0


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
