"""Audio stage: decode a recording to per-channel 16 kHz float32 and find who speaks when.

Decoding goes through PyAV (FFmpeg's libraries, installed with faster-whisper), so wav
(PCM, G.711 µ-law/A-law), flac, mp3, m4a and ogg all work without an ``ffmpeg`` binary.
Voice activity comes from the Silero VAD model that faster-whisper ships; it tells speech
from silence, line noise and hold music.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from faster_whisper.audio import decode_audio
from faster_whisper.vad import VadOptions, get_speech_timestamps

from .asr.base import SAMPLE_RATE
from .config import VadConfig
from .errors import BadInput
from .records import Role, SpeechSpan

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChannelAudio:
    role: Role
    samples: np.ndarray  # float32, 16 kHz, mono

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE


@dataclass(frozen=True)
class DecodedCall:
    layout: str  # the layout actually used: a mono file is always "mono"
    channels: tuple[ChannelAudio, ...]

    @property
    def duration(self) -> float:
        return max(c.duration for c in self.channels)


def _channel_count(path: Path) -> int:
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            streams = container.streams.audio
            if not streams:
                raise BadInput(f"{path}: no audio stream (not an audio file?)")
            return streams[0].codec_context.channels
    except BadInput:
        raise
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError) as e:
        raise BadInput(f"{path}: cannot decode audio: {_reason(e)}") from e


def _reason(error: Exception) -> str:
    """FFmpeg's own words, without the errno and the repeated file name."""
    text = getattr(error, "strerror", None) or (str(error).strip().splitlines() or [type(error).__name__])[-1]
    return str(text).lower()


def decode_call(path: str | Path, layout: str) -> DecodedCall:
    """Decode ``path`` into one float32 16 kHz array per speaker channel.

    ``layout`` is the configured channel layout; a file with one channel is read as mono
    whatever the configuration says, because no layout can split a mixed channel.
    """
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"{path}: file not found")
    if path.stat().st_size == 0:
        raise BadInput(f"{path}: empty file")
    channels = _channel_count(path)
    if channels > 2:
        raise BadInput(f"{path}: {channels} audio channels; expected mono or stereo")
    try:
        if channels == 1 or layout == "mono":
            decoded = (decode_audio(str(path), sampling_rate=SAMPLE_RATE),)
        else:
            decoded = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
    except (av.FFmpegError, OSError, ValueError) as e:
        raise BadInput(f"{path}: cannot decode audio: {_reason(e)}") from e
    if not len(decoded[0]):
        raise BadInput(f"{path}: no audio samples could be decoded (truncated or corrupt)")
    if channels == 1 or layout == "mono":
        if layout != "mono":
            logger.info("%s: one channel; reading it as mono (roles unknown)", path)
        return DecodedCall("mono", (ChannelAudio("unknown", decoded[0]),))
    left, right = decoded
    roles: tuple[Role, Role] = ("agent", "customer") if layout == "agent_left" else ("customer", "agent")
    return DecodedCall(layout, (ChannelAudio(roles[0], left), ChannelAudio(roles[1], right)))


def detect_speech(channel: ChannelAudio, vad: VadConfig) -> list[SpeechSpan]:
    """Spans of voice activity on one channel (Silero VAD), in seconds."""
    options = VadOptions(
        threshold=vad.threshold,
        min_speech_duration_ms=vad.min_speech_ms,
        min_silence_duration_ms=vad.min_silence_ms,
        speech_pad_ms=vad.speech_pad_ms,
    )
    stamps = get_speech_timestamps(channel.samples, options)
    return [SpeechSpan(channel.role, s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]


def merge_spans(spans: list[SpeechSpan], max_gap: float) -> list[SpeechSpan]:
    """Join spans of one role separated by less than ``max_gap`` seconds (one utterance)."""
    merged: list[SpeechSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start - merged[-1].end < max_gap:
            merged[-1] = SpeechSpan(span.role, merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged
