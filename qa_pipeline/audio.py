"""Audio stage: decode a recording to per-channel 16 kHz float32 and find who speaks when.

Decoding goes through PyAV (FFmpeg's libraries, installed with faster-whisper), so wav
(PCM, G.711 µ-law/A-law), flac, mp3, m4a and ogg all work without an ``ffmpeg`` binary. It
runs in a child process (``decode_worker``): a file that crashes FFmpeg fails alone.
Voice activity comes from the Silero VAD model that faster-whisper ships; it tells speech
from silence, line noise and hold music.
"""

from __future__ import annotations

import atexit
import errno
import json
import logging
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Sequence

import numpy as np

from .config import AudioConfig, VadConfig
from .errors import BadInput
from .records import Island, Role, SpeechSpan

logger = logging.getLogger(__name__)
# Whisper's rate: every stage after decoding works on 16 kHz samples (``decode_worker`` resamples
# to it and keeps its own copy, to stay free of the package's imports).
SAMPLE_RATE = 16_000
PACKAGE_PARENT = Path(__file__).resolve().parent.parent
TRUNCATION_SLACK_S = 1.0  # decoded audio may fall this far short of the header's length …
TRUNCATION_SLACK = 0.05  # … or this share of it, whichever is more (mp3 headers estimate)


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


class Decoder:
    """Decodes recordings in a child process (``decode_worker``) that is reused across files.

    FFmpeg runs there, so a file that crashes it (a bit-flipped mp3 can) or makes it spin
    fails alone — ``decoder crashed`` / ``decoder timed out`` — and the next file gets a fresh
    worker. Files are also refused when the decoded audio is shorter than the header promised
    (truncated), holds NaN/inf samples, is too short to judge or too long for the memory bound.
    """

    def __init__(self, config: AudioConfig | None = None, worker: Sequence[str] | None = None):
        self.config = config or AudioConfig()
        # the same qa_pipeline as this process, whatever the working directory
        self.command = list(worker or (sys.executable, "-m", "qa_pipeline.decode_worker"))
        self._proc: subprocess.Popen | None = None
        self._requests: Connection | None = None
        self._replies: Connection | None = None
        self.starts = 0  # worker processes started (1 unless one crashed or hung)

    def __enter__(self) -> "Decoder":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def decode(self, path: str | Path, layout: str) -> DecodedCall:
        """Decode ``path`` into one float32 16 kHz array per speaker channel.

        ``layout`` is the configured channel layout; a file with one channel is read as mono
        whatever the configuration says, because no layout can split a mixed channel.
        """
        path = Path(path)
        if problem := unreadable(path):
            raise BadInput(f"{path}: {problem}")
        if path.stat().st_size == 0:
            raise BadInput(f"{path}: empty file")
        reply, arrays = self._ask(path, layout == "mono")
        if not reply["ok"]:
            raise BadInput(f"{path}: {reply['error']}")
        if reply["source_channels"] > 2:
            raise BadInput(f"{path}: {reply['source_channels']} audio channels; expected mono or stereo")
        self._check_length(path, reply["samples"] / SAMPLE_RATE, reply["declared_s"])
        if len(arrays) == 1:
            if layout != "mono":
                logger.info("%s: one channel; reading it as mono", path)
            return DecodedCall("mono", (ChannelAudio("unknown", arrays[0]),))
        if same_mix(*arrays, min_correlation=self.config.same_mix_correlation):
            # a mono recording saved as stereo: either channel has both speakers
            logger.info("%s: both channels carry the same mix; reading it as mono", path)
            return DecodedCall("mono", (ChannelAudio("unknown", (arrays[0] + arrays[1]) / 2),))
        roles: tuple[Role, Role] = ("agent", "customer") if layout == "agent_left" else ("customer", "agent")
        return DecodedCall(layout, (ChannelAudio(roles[0], arrays[0]), ChannelAudio(roles[1], arrays[1])))

    def _check_length(self, path: Path, decoded: float, declared: float | None) -> None:
        if decoded == 0:
            raise BadInput(f"{path}: no audio samples could be decoded (truncated or corrupt)")
        # a header is exact for WAV and FLAC; an mp3's is an estimate, hence the slack
        if declared is not None and decoded < declared - max(TRUNCATION_SLACK_S, TRUNCATION_SLACK * declared):
            raise BadInput(f"{path}: truncated: {decoded:.1f} of {declared:.1f} s decoded")
        if decoded < self.config.min_duration_s:
            raise BadInput(f"{path}: too short to judge: {decoded:.2f} s (audio.min_duration_s is "
                           f"{self.config.min_duration_s:g} s)")

    def _ask(self, path: Path, mono: bool) -> tuple[dict, list[np.ndarray]]:
        if self._proc is None:
            self._start()
        request = {"path": str(path), "mono": mono, "max_s": self.config.max_duration_s}
        try:
            self._requests.send_bytes(json.dumps(request).encode())
            if not self._replies.poll(self.config.decode_timeout_s):
                self._stop()
                raise BadInput(f"{path}: decoder timed out after {self.config.decode_timeout_s:g} s")
            reply = json.loads(self._replies.recv_bytes())
            arrays = []
            for _ in range(reply.get("channels", 0)):
                array = np.empty(reply["samples"], np.float32)
                self._replies.recv_bytes_into(array)
                arrays.append(array)
            return reply, arrays
        except (EOFError, OSError) as e:  # the worker died: FFmpeg crashed on this file
            signal_name = self._stop()
            raise BadInput(f"{path}: decoder crashed{signal_name}") from e

    def _start(self) -> None:
        requests_r, requests_w = os.pipe()
        replies_r, replies_w = os.pipe()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(PACKAGE_PARENT), os.environ.get("PYTHONPATH", "")) if p)}
        self._proc = subprocess.Popen([*self.command, str(requests_r), str(replies_w)], pass_fds=(requests_r, replies_w),
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env)
        os.close(requests_r)
        os.close(replies_w)
        self._requests = Connection(requests_w, readable=False)
        self._replies = Connection(replies_r, writable=False)
        self.starts += 1

    def _stop(self) -> str:
        """End the worker (it may be dead already); return how it died, for the message."""
        if self._proc is None:
            return ""
        for conn in (self._requests, self._replies):
            conn.close()
        if self._proc.poll() is None:
            self._proc.kill()
        code = self._proc.wait()
        self._proc = self._requests = self._replies = None
        if code < 0:
            try:
                return f" ({signal.Signals(-code).name})"
            except ValueError:
                return f" (signal {-code})"
        return f" (exit status {code})" if code else ""

    def close(self) -> None:
        """Let the worker finish: closing its request pipe ends it."""
        if self._proc is None:
            return
        self._requests.close()
        self._replies.close()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc = self._requests = self._replies = None


def same_mix(left: np.ndarray, right: np.ndarray, *, min_correlation: float) -> bool:
    """Whether two channels carry one mix (a mono recording saved as stereo): nearly the same
    waveform, whatever the gain of each. Two channels of one call, each with its own speaker, are
    far apart (their voices alternate); a silent channel is a mix of nothing."""
    energy = float(np.dot(left, left)) * float(np.dot(right, right))
    return energy > 0 and float(np.dot(left, right)) / np.sqrt(energy) >= min_correlation


def unreadable(path: Path) -> str | None:
    """Why ``path`` cannot be read as a recording (broken link, link loop, folder), or None."""
    try:
        if path.is_symlink() and not path.exists():
            path.stat()  # a loop raises ELOOP; a dangling link FileNotFoundError
        if path.is_dir():
            return "is a directory, not an audio file"
        if not path.exists():
            return "file not found"
        if not path.is_file():
            return "not a regular file"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return f"broken symbolic link (to {os.readlink(path)})"
        return f"cannot read: {e.strerror or e}"
    return None


_shared: Decoder | None = None


def decode_call(path: str | Path, layout: str, config: AudioConfig | None = None) -> DecodedCall:
    """``Decoder.decode`` on a worker shared by the whole process (for one-off callers)."""
    global _shared
    if _shared is None or (config is not None and _shared.config != config):
        if _shared is not None:
            _shared.close()
        _shared = Decoder(config)
        atexit.register(_shared.close)
    return _shared.decode(path, layout)


def one_pass(samples: np.ndarray, vad: VadConfig) -> list[tuple[int, int]]:
    """Silero VAD's spans of ``samples`` (in samples), its recurrent state carried from start to end."""
    # imported here: the rate above is read by modules (privacy, the web app) that never detect speech
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        threshold=vad.threshold,
        min_speech_duration_ms=vad.min_speech_ms,
        min_silence_duration_ms=vad.min_silence_ms,
        speech_pad_ms=vad.speech_pad_ms,
    )
    return [(s["start"], s["end"]) for s in get_speech_timestamps(samples, options)]


def detect_speech(channel: ChannelAudio, vad: VadConfig) -> list[SpeechSpan]:
    """Spans of voice activity on one channel (Silero VAD), in seconds."""
    stamps = one_pass(channel.samples, vad)
    if sum(b - a for a, b in stamps) < vad.stuck_ratio * _loud_s(channel.samples) * SAMPLE_RATE:
        # Silero carries its recurrent state through the whole channel, and a line's idle noise at
        # a call's start can send it into a state it never leaves: two speakerphone callers of set
        # 42 were not heard at all (speech probability under 0.05 throughout; from 1.5 s in, 0.9).
        # A window of ``restart_s`` with a fresh state finds such speech again; what it finds where
        # the first pass found nothing is added (where both found speech, the first pass's span
        # stands: a channel loud with hold music is checked too, and keeps its spans). Other
        # channels' activity covers their loud sound, and they are not run twice.
        step = int(vad.restart_s * SAMPLE_RATE)
        again = [(at + a, at + b) for at in range(0, len(channel.samples), step)
                 for a, b in one_pass(channel.samples[at:at + step], vad)]
        stamps = sorted(stamps + [(a, b) for a, b in again if not any(a < y and x < b for x, y in stamps)])
    return [SpeechSpan(channel.role, a / SAMPLE_RATE, b / SAMPLE_RATE) for a, b in stamps]


LOUD_OVER_FLOOR_DB = 20.0  # sound this far over a channel's quietest tenth is a voice or something as loud


def _loud_s(samples: np.ndarray) -> float:
    """Seconds of ``samples`` whose frames are ``LOUD_OVER_FLOOR_DB`` over the channel's floor."""
    level = _frame_db(samples)
    return float(np.sum(level > np.percentile(level, 10) + LOUD_OVER_FLOOR_DB)) * ISLAND_FRAME_S if len(level) else 0.0


ISLAND_FRAME_S = 0.01
ISLAND_BRIDGE_S = 0.06  # a dip this short is a stop consonant inside a syllable, not quiet
ISLAND_MIN_S, ISLAND_MAX_S = 0.04, 0.6  # one syllable, said short or drawn out
ISLAND_QUIET_CAP_S = 5.0  # quiet longer than this is recorded as this (the rules need less)
ISLAND_OVER_FLOOR_DB = 15.0  # sound: this far over the channel's quietest tenth …
ISLAND_UNDER_PEAK_DB = 40.0  # … and never further than this under its loudest frame
# One track carrying both lines (mono) has both lines' noise as its floor, 10·log10(2) = 3 dB
# over either's, while each voice is as loud over its own line as before: a syllable's tail
# sinks under a threshold set as on one line 3 dB sooner, and every comma-like gap measures
# long. On mixdowns of the samples, 15 dB took 19 lone sounds of which 11 were lone on their
# own channel; 12 dB took 13 with the same 11 (sets 2–4 post hoc: 494 → 217, 89 → 95 right).
MIXED_FLOOR_RISE_DB = 3.0
# A sound's opening hiss: 20-ms frames whose zero-crossing rate is frication's (请's q, 行's x,
# 是's sh: about 0.3 crossings a sample on these 16-kHz tracks) rather than a voice's (0.03–0.09;
# a tic's first frame at most 0.13, on the samples and set 12): 嗯/啊/呃 are voiced from their first frame.
HISS_FRAME_S = 0.02
HISS_ZCR = 0.2
# A sound's voicing: the median over its 30-ms frames (10-ms hop) of each frame's normalised
# autocorrelation at its best lag in a voice's pitch range. A held 嗯/啊/呃 has a pitch through
# most of it (0.58-1.0 for every dropped tic the rule found on sets 37-42); a key, a click, a
# knock or a breath has none (0.27-0.33 for the keyboard on set 42's agents).
VOICING_FRAME_S, VOICING_HOP_S = 0.03, 0.01
PITCH_HZ = (70.0, 450.0)


def sound_islands(channel: ChannelAudio, *, mixed: bool = False) -> list[Island]:
    """Short bursts of sound on one channel with quiet before and after them.

    Sound is the frame energy above the channel's own floor: 15 dB over its quietest tenth
    (the line noise while the other party talks; 12 dB on a ``mixed`` track that carries both
    lines), and never more than 40 dB under its loudest frame. Voice activity cannot be used
    here: it pads and joins spans, which hides the comma pause after a lone 嗯.
    """
    level = _frame_db(channel.samples)
    if not len(level):
        return []
    over_floor = ISLAND_OVER_FLOOR_DB - (MIXED_FLOOR_RISE_DB if mixed else 0.0)
    loud = level > max(np.percentile(level, 10) + over_floor, level.max() - ISLAND_UNDER_PEAK_DB)
    min_frames = round(ISLAND_MIN_S / ISLAND_FRAME_S)
    # shorter blips are clicks on the line: neither an island nor the end of a quiet stretch
    runs = [r for r in _runs(loud, bridge=round(ISLAND_BRIDGE_S / ISLAND_FRAME_S)) if r[1] - r[0] >= min_frames]
    islands = []
    for k, (a, b) in enumerate(runs):
        start, end = a * ISLAND_FRAME_S, b * ISLAND_FRAME_S
        if end - start > ISLAND_MAX_S:
            continue
        before = start - runs[k - 1][1] * ISLAND_FRAME_S if k else start
        after = runs[k + 1][0] * ISLAND_FRAME_S - end if k + 1 < len(runs) else channel.duration - end
        sound = channel.samples[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)]
        islands.append(Island(channel.role, round(start, 3), round(end, 3),
                              round(min(before, ISLAND_QUIET_CAP_S), 3), round(min(after, ISLAND_QUIET_CAP_S), 3),
                              hiss_s=_opening_hiss_s(sound), voicing=_voicing(sound)))
    return islands


def _opening_hiss_s(sound: np.ndarray) -> float:
    """Seconds of hiss (frames crossing zero at frication's rate) a sound opens with."""
    n = int(SAMPLE_RATE * HISS_FRAME_S)
    hissing = 0
    for k in range(0, len(sound) - n + 1, n):
        frame = sound[k:k + n].astype(np.float64)
        frame -= frame.mean()
        if np.mean(np.signbit(frame[1:]) != np.signbit(frame[:-1])) < HISS_ZCR:
            break
        hissing += 1
    return round(hissing * HISS_FRAME_S, 3)


def _voicing(sound: np.ndarray) -> float:
    """How much of a voice's pitch ``sound`` has (0-1, ``VOICING_*``); 0 when shorter than a frame."""
    n, hop = int(VOICING_FRAME_S * SAMPLE_RATE), int(VOICING_HOP_S * SAMPLE_RATE)
    if len(sound) < n:
        return 0.0
    frames = np.lib.stride_tricks.sliding_window_view(sound.astype(np.float64), n)[::hop]
    frames = frames - frames.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(frames, 2 * n, axis=1)
    autocorrelation = np.fft.irfft(spectrum.real ** 2 + spectrum.imag ** 2, axis=1)[:, :n]
    lags = np.arange(int(SAMPLE_RATE / PITCH_HZ[1]), int(SAMPLE_RATE / PITCH_HZ[0]))
    energy = np.concatenate([np.zeros((len(frames), 1)), np.cumsum(frames ** 2, axis=1)], axis=1)
    # each lag's product over the overlap, normalised by the two overlapping parts' energies
    overlap = np.sqrt(energy[:, n - lags] * (energy[:, n:n + 1] - energy[:, lags]))
    with np.errstate(divide="ignore", invalid="ignore"):
        best = np.nan_to_num(autocorrelation[:, lags] / overlap).max(axis=1)
    return round(float(np.median(best)), 2)


def _frame_db(samples: np.ndarray) -> np.ndarray:
    n = int(SAMPLE_RATE * ISLAND_FRAME_S)
    frames = len(samples) // n
    energy = np.square(samples[: frames * n].astype(np.float64)).reshape(frames, n).mean(axis=1)
    return 10.0 * np.log10(np.maximum(energy, 1e-10))


def _runs(active: np.ndarray, bridge: int) -> list[tuple[int, int]]:
    """[start, end) frame runs of ``active``, joining runs separated by fewer than ``bridge`` frames."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], active.astype(np.int8), [0]))))
    runs: list[tuple[int, int]] = []
    for a, b in zip(edges[::2], edges[1::2]):
        if runs and a - runs[-1][1] < bridge:
            runs[-1] = (runs[-1][0], int(b))
        else:
            runs.append((int(a), int(b)))
    return runs


def merge_spans(spans: list[SpeechSpan], max_gap: float) -> list[SpeechSpan]:
    """Join spans of one role separated by less than ``max_gap`` seconds (one utterance)."""
    merged: list[SpeechSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start - merged[-1].end < max_gap:
            merged[-1] = SpeechSpan(span.role, merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged
