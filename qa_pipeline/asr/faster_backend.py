"""faster-whisper (CTranslate2) backend: the default, int8 on CPU, float16 on CUDA."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Sequence

import numpy as np
from faster_whisper import BatchedInferencePipeline, WhisperModel

from .base import SAMPLE_RATE, SAMPLING_SEED, WINDOW_SAMPLES, WINDOW_SECONDS, AsrOptions, RawSegment, RawWord

logger = logging.getLogger(__name__)


def _device_and_compute(options: AsrOptions) -> tuple[str, str]:
    import ctranslate2

    device = options.device
    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    compute = options.compute_type
    if compute == "auto":
        compute = "float16" if device == "cuda" else "int8"
    return device, compute


class FasterWhisperBackend:
    name = "faster-whisper"

    def __init__(self, options: AsrOptions, model_path: str):
        import ctranslate2

        # CTranslate2 seeds each of its worker threads' generators once, from this, when it first
        # samples (random.cc: a thread_local mt19937): the same calls in the same order sample the
        # same, where unseeded every run drew other words for the windows that fall back
        ctranslate2.set_random_seed(SAMPLING_SEED)

        device, compute = _device_and_compute(options)
        self.device, self.compute_type = device, compute
        # CTranslate2's default of 4 threads oversubscribes small machines (measured on 2
        # cores: 14.6× real time with 4 threads, 15.9× with 2); one per core is the best.
        threads = options.cpu_threads or os.cpu_count() or 1
        self.model = WhisperModel(
            model_path, device=device, compute_type=compute, cpu_threads=threads,
            # A local directory (the embedded model) must never reach for the network; a size
            # name such as "large-v3" is the user's explicit choice to download one.
            local_files_only=Path(model_path).is_dir(),
        )
        self.pipeline = _ShortEncodings(self.model, options.encode_pad_s)

    def transcribe_windows(
        self, windows: Sequence[np.ndarray], options: AsrOptions
    ) -> list[list[RawSegment]]:
        """Transcribe all windows in batches of ``options.batch_size``.

        The batched pipeline takes one array plus clip boundaries, so each window is laid at
        its own 30-s slot of a scratch array; a segment's slot tells which window it came
        from, and its offset inside the slot is its time within the window. Windows are
        encoded as long as their own length calls for (``_ShortEncodings.encoded_s``), and only
        windows encoded alike share batches.
        """
        if not windows:
            return []
        out: list[list[RawSegment]] = [[] for _ in windows]
        lengths = [self.pipeline.encoded_s(len(w[:WINDOW_SAMPLES]) / SAMPLE_RATE) for w in windows]
        for length in sorted(set(lengths)):
            # windows encoded alike, decoded together: a window's words never depend on its batch
            alike = [w for w in range(len(windows)) if lengths[w] == length]
            for w, found in zip(alike, self._decode_batched([windows[w] for w in alike], options)):
                out[w] = found
        # The batched pipeline decodes once at temperature 0. Windows that fail Whisper's own
        # quality tests (a repetition loop, a very unlikely text) are decoded again the way
        # Whisper intends: sequentially, with temperature fallback.
        for i, found in enumerate(out):
            if any(_failed(seg, options) for seg in found):
                out[i] = self._with_fallback(windows[i][:WINDOW_SAMPLES], options)
        return out

    def _decode_batched(self, windows: Sequence[np.ndarray], options: AsrOptions) -> list[list[RawSegment]]:
        slots = np.zeros(len(windows) * WINDOW_SAMPLES, dtype=np.float32)
        clips = []
        for i, window in enumerate(windows):
            window = window[:WINDOW_SAMPLES]
            slots[i * WINDOW_SAMPLES : i * WINDOW_SAMPLES + len(window)] = window
            clips.append({"start": i * WINDOW_SECONDS, "end": i * WINDOW_SECONDS + len(window) / SAMPLE_RATE})
        segments, _info = self.pipeline.transcribe(
            slots,
            language=options.language,
            task="transcribe",
            beam_size=options.beam_size,
            batch_size=options.batch_size,
            initial_prompt=options.initial_prompt or None,
            hotwords=options.hotwords or None,
            word_timestamps=options.word_timestamps,
            without_timestamps=False,  # with timestamps Whisper drops less text
            clip_timestamps=clips,
            log_progress=False,
        )
        out: list[list[RawSegment]] = [[] for _ in windows]
        frames_per_slot = WINDOW_SECONDS * self.model.frames_per_second
        for seg in segments:
            # The slot a segment was decoded from is its chunk's offset, which faster-whisper
            # keeps in ``seek``. Never the segment's own start: Whisper's timestamps can run
            # past the end of a window (29.98–43.52 s seen in a 28-s window), and a start
            # past 30 s named the next slot, i.e. another call's audio (issue 10).
            slot = int(round(seg.seek / frames_per_slot))
            if not 0 <= slot < len(windows):
                raise RuntimeError(f"faster-whisper returned a segment from chunk {slot} of {len(windows)}")
            out[slot].append(_raw(seg, slot * WINDOW_SECONDS))
        return out

    def _with_fallback(self, window: np.ndarray, options: AsrOptions) -> list[RawSegment]:
        segments, _info = self.model.transcribe(
            window,
            language=options.language,
            beam_size=options.beam_size,
            initial_prompt=options.initial_prompt or None,
            hotwords=options.hotwords or None,
            word_timestamps=options.word_timestamps,
            condition_on_previous_text=False,
            compression_ratio_threshold=options.compression_ratio_threshold,
            log_prob_threshold=options.log_prob_threshold,
            no_speech_threshold=options.no_speech_threshold,
            vad_filter=False,  # the window holds only speech already
        )
        return [_raw(seg, 0.0) for seg in segments]


ENCODE_STEP_S = 10  # encoded lengths: 10, 20 or 30 s


class _ShortEncodings(BatchedInferencePipeline):
    """faster-whisper's batched pipeline, encoding a window only as long as it needs: its length
    and ``pad_s`` seconds of silence, rounded up to a step of ``ENCODE_STEP_S``, not Whisper's
    full 30 s.

    The encoder's cost grows faster than its input (on 2 cores: 0.65 CPU-s for 30 s, 0.06 for
    10 s), and a channel's last window, or a short call's only one, is mostly padding. Whisper
    needs some silence after the speech to end its text (none: a real clip's 8 kHz CER rose from
    0.49 to 0.88). The length depends on the window alone, never on the other windows of its
    batch, so a call decodes the same in any batch (issue 10). ``pad_s`` 0 (the default: shorter
    encodings cost accuracy on real 8 kHz speech, README) encodes every window as 30 s.
    """

    def __init__(self, model: WhisperModel, pad_s: float):
        super().__init__(model)
        self.pad_s = pad_s

    def encoded_s(self, duration: float) -> int:
        """Seconds of features a window of ``duration`` seconds is encoded with."""
        if self.pad_s <= 0:
            return WINDOW_SECONDS
        return min(WINDOW_SECONDS, int(np.ceil((duration + self.pad_s) / ENCODE_STEP_S)) * ENCODE_STEP_S)

    def forward(self, features, tokenizer, chunks_metadata, options):
        seconds = max(self.encoded_s(chunk["duration"]) for chunk in chunks_metadata)
        frames = seconds * self.model.frames_per_second
        return super().forward(np.ascontiguousarray(features[..., :frames]), tokenizer, chunks_metadata, options)


def _failed(seg, options: AsrOptions) -> bool:
    if seg.no_speech_prob > options.no_speech_threshold:
        return False  # silence, not a decoding failure
    return seg.compression_ratio > options.compression_ratio_threshold or seg.avg_logprob < options.log_prob_threshold


def _raw(seg, offset: float) -> RawSegment:
    words = tuple(RawWord(w.start - offset, w.end - offset, w.word, w.probability) for w in (seg.words or ()))
    return RawSegment(
        start=seg.start - offset, end=seg.end - offset, text=seg.text, avg_logprob=seg.avg_logprob,
        no_speech_prob=seg.no_speech_prob, compression_ratio=seg.compression_ratio, words=words,
    )
