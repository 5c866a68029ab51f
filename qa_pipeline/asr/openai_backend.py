"""ASR backend on the reference PyTorch implementation (``openai-whisper``).

Optional: it needs the ``openai`` extra (``torch==2.13.0`` CPU wheel and
``openai-whisper``). torch and whisper are imported only when a backend is built, so
importing ``qa_pipeline`` never requires them; without them we raise ``ConfigError``.

The backend is configured with one of

* ``"embedded"`` (or ``""``): the embedded CTranslate2 model, converted once into an
  openai-whisper checkpoint under ``<model cache>/openai-whisper/`` (see ``ct2_convert``);
* a CTranslate2 model directory (has ``model.bin``): converted and cached the same way;
* an openai-whisper checkpoint file (``*.pt``);
* an openai-whisper model name (``"base"``, ``"large-v3"`` …): downloaded by openai-whisper,
  so only for users who are online.

Decoding mirrors the faster-whisper backend's defaults: language fixed to the configured
one (Mandarin), no conditioning on previous text, greedy when ``beam_size == 1`` (beam search
otherwise), and the temperature fallback schedule (0.0, 0.2, …, 1.0) with ``best_of=5``
candidates when sampling, as faster-whisper does. Audio is always handed over as numpy
arrays: openai-whisper's file loader shells out to ffmpeg, which we do not require.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import ConfigError
from .base import SAMPLE_RATE, SAMPLING_SEED, WINDOW_SAMPLES, AsrOptions, RawSegment, RawWord
from .ct2_convert import OPENAI_EXTRA_HINT, openai_checkpoint_for, read_alignment_heads
from .model import EMBEDDED_MODEL_NAME, default_cache_dir, embedded_model_dir

logger = logging.getLogger(__name__)

# faster-whisper's default fallback schedule and sampling width.
TEMPERATURES: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
BEST_OF = 5


def _import_whisper() -> tuple[Any, Any]:
    """Import torch and whisper lazily; a missing extra is a configuration error."""
    try:
        import torch
        import whisper
    except ImportError as exc:
        raise ConfigError(OPENAI_EXTRA_HINT) from exc
    return torch, whisper


def _resolve_device(torch: Any, device: str) -> str:
    if device in ("auto", "", None):
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("asr.device is 'cuda' but torch sees no CUDA device")
    if device not in ("cpu", "cuda"):
        raise ConfigError(f"asr.device must be cpu, cuda or auto, not {device!r}")
    return device


def resolve_openai_checkpoint(model_dir_or_checkpoint: str, cache_dir: Path | None = None) -> str:
    """Map the configured model to what ``whisper.load_model`` accepts (converting CT2)."""
    cache = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    spec = model_dir_or_checkpoint
    if spec in ("embedded", EMBEDDED_MODEL_NAME, "", None):
        ct2_dir = embedded_model_dir(cache_dir)
        return str(openai_checkpoint_for(ct2_dir, cache / "openai-whisper"))
    path = Path(spec).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ConfigError(f"asr.model {spec!r} is a directory without a CTranslate2 model.bin")
        return str(openai_checkpoint_for(path, cache / "openai-whisper"))
    if path.is_file():
        return str(path)
    return spec  # an openai-whisper model name; load_model downloads it


class OpenAIWhisperBackend:
    """``AsrBackend`` on openai-whisper; one loaded model, transcribing window by window."""

    name = "openai-whisper"

    def __init__(
        self,
        options: AsrOptions,
        model_dir_or_checkpoint: str,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        torch, whisper = _import_whisper()
        self._torch, self._whisper = torch, whisper
        self.device = _resolve_device(torch, options.device)
        # fp16 only on CUDA (openai-whisper falls back to fp32 on CPU with a warning).
        self.fp16 = self.device == "cuda" and options.compute_type not in ("float32", "int8_float32")
        if options.cpu_threads > 0:
            torch.set_num_threads(options.cpu_threads)  # process-wide in torch
        self.checkpoint = resolve_openai_checkpoint(model_dir_or_checkpoint, cache_dir)
        self.model = whisper.load_model(self.checkpoint, device=self.device)
        # load_model() honours alignment heads only for its own named models; for a file
        # we apply the ones the converter stored (else it keeps the upper-half default).
        if Path(self.checkpoint).is_file():
            heads = read_alignment_heads(Path(self.checkpoint))
            if heads:
                self.model.set_alignment_heads(heads)
        self.options = options

    def _decode_kwargs(self, options: AsrOptions) -> dict[str, Any]:
        kwargs: dict[str, Any] = dict(
            language=options.language,
            task="transcribe",
            temperature=TEMPERATURES,
            best_of=BEST_OF,  # only used when sampling (t > 0)
            beam_size=options.beam_size if options.beam_size > 1 else None,  # None: greedy
            condition_on_previous_text=False,
            initial_prompt=options.initial_prompt or None,
            word_timestamps=options.word_timestamps,
            no_speech_threshold=options.no_speech_threshold,
            logprob_threshold=options.log_prob_threshold,
            compression_ratio_threshold=options.compression_ratio_threshold,
            fp16=self.fp16,
            verbose=None,  # no printing, no progress bar
        )
        return kwargs

    def transcribe_window(self, window: np.ndarray, options: AsrOptions | None = None) -> list[RawSegment]:
        """Transcribe one window; times are seconds from the window start."""
        options = options or self.options
        audio = np.ascontiguousarray(window, dtype=np.float32).reshape(-1)
        if audio.size == 0:
            return []
        if audio.size > WINDOW_SAMPLES:
            logger.warning(
                "window of %.1f s is longer than 30 s; openai-whisper will seek through it",
                audio.size / SAMPLE_RATE,
            )
        with self._torch.inference_mode():
            self._torch.manual_seed(SAMPLING_SEED)  # the fallback's sampling, the same on every run
            result = self._whisper.transcribe(self.model, audio, **self._decode_kwargs(options))
        return [_to_raw_segment(seg) for seg in result.get("segments", [])]

    def transcribe_windows(
        self, windows: Sequence[np.ndarray], options: AsrOptions
    ) -> list[list[RawSegment]]:
        """Return the segments heard in each window, in window order."""
        return [self.transcribe_window(window, options) for window in windows]


def _to_raw_segment(seg: dict[str, Any]) -> RawSegment:
    words = tuple(
        RawWord(
            start=float(w["start"]),
            end=float(w["end"]),
            text=str(w["word"]),
            probability=float(w["probability"]),
        )
        for w in seg.get("words") or ()
    )
    return RawSegment(
        start=float(seg["start"]),
        end=float(seg["end"]),
        text=str(seg["text"]),
        avg_logprob=float(seg["avg_logprob"]),
        no_speech_prob=float(seg["no_speech_prob"]),
        compression_ratio=float(seg["compression_ratio"]),
        words=words,
    )
