"""The decoding child process: FFmpeg (through PyAV) runs here, never in the batch's process.

A bit-flipped mp3 can make FFmpeg crash (SIGSEGV) or spin; in this process that costs one
file, not the batch. ``audio.Decoder`` starts ``python -m qa_pipeline.decode_worker IN OUT``
once and sends it one request per file over two pipes (``multiprocessing.connection``
framing). This module imports only PyAV and NumPy, so the worker starts in a fraction of a
second and can be restarted after a crash.

Protocol: request ``{"path", "mono", "max_s"}`` (JSON); reply ``{"ok": true, "samples": n,
"channels": c, "source_channels": k, "declared_s": s | null}`` followed by one message per
channel of ``n`` float32 samples, or ``{"ok": false, "error": "one-line reason"}``.
"""

from __future__ import annotations

import json
import struct
import sys
from multiprocessing.connection import Connection

import av
import numpy as np

SAMPLE_RATE = 16_000  # what every later stage reads (audio.SAMPLE_RATE, kept import-free here)
GROUP_SAMPLES = 500_000  # resample in groups of this many samples, as faster-whisper does


class DecodeError(Exception):
    """The file cannot be decoded; the message is the one-line reason (without the path)."""


def reason(error: Exception) -> str:
    """FFmpeg's own words, without the errno and the repeated file name."""
    text = getattr(error, "strerror", None) or (str(error).strip().splitlines() or [type(error).__name__])[-1]
    return str(text).lower()


def wav_declared_seconds(path: str) -> float | None:
    """Length a WAV header promises (data chunk size / byte rate), or None if it is no plain
    RIFF/WAVE file. FFmpeg trusts the file size instead, so only this tells a truncated WAV."""
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        byte_rate = None
        while len(chunk := f.read(8)) == 8:
            name, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            if name == b"fmt " and size >= 16:
                byte_rate = struct.unpack("<I", f.read(16)[8:12])[0]
                f.seek(size - 16 + (size & 1), 1)
            elif name == b"data":
                # 0 and 0xFFFFFFFF mean "unknown" (a recorder that streamed the file)
                if not byte_rate or size in (0, 0xFFFFFFFF):
                    return None
                return size / byte_rate
            else:
                f.seek(size + (size & 1), 1)
    return None


def _declared_seconds(path: str, container) -> float | None:
    if container.format.name == "wav":
        return wav_declared_seconds(path)
    return container.duration / 1_000_000 if container.duration and container.duration > 0 else None


def _frames(container, max_s: float):
    """Decoded frames, refusing NaN/inf samples (before resampling would hide them) and
    stopping once the file runs past ``max_s``: the header may lie about the length."""
    decoded = 0
    frames = container.decode(audio=0)
    while True:
        try:
            frame = next(frames)
        except StopIteration:
            return
        except av.error.InvalidDataError:  # a damaged packet: skipped, as faster-whisper does
            continue
        if frame.format.name.startswith(("flt", "dbl")) and not np.isfinite(frame.to_ndarray()).all():
            raise DecodeError("invalid samples (NaN or infinity)")
        decoded += frame.samples
        if frame.sample_rate and decoded / frame.sample_rate > max_s + 1:
            raise DecodeError(f"longer than audio.max_duration_s ({max_s:g} s)")
        frame.pts = None
        yield frame


def decode_file(path: str, mono: bool, max_s: float) -> tuple[list[np.ndarray], int, float | None]:
    """(one float32 16 kHz array per channel, the file's channel count, its declared length)."""
    try:
        with av.open(path, metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise DecodeError("no audio stream (not an audio file?)")
            codec = container.streams.audio[0].codec_context
            if codec is None or not codec.channels:
                raise DecodeError("unknown or corrupt audio format (no decoder for it)")
            source_channels = codec.channels
            declared = _declared_seconds(path, container)
            if source_channels > 2:
                return [], source_channels, declared
            if declared is not None and declared > max_s:
                raise DecodeError(f"{declared:.0f} s long, over audio.max_duration_s ({max_s:g} s)")
            mono = mono or source_channels == 1
            resampler = av.AudioResampler(format="s16", layout="mono" if mono else "stereo", rate=SAMPLE_RATE)
            fifo, pieces = av.AudioFifo(), []
            for frame in _frames(container, max_s):
                fifo.write(frame)
                if fifo.samples >= GROUP_SAMPLES:
                    pieces += [f.to_ndarray() for f in resampler.resample(fifo.read())]
            if fifo.samples:
                pieces += [f.to_ndarray() for f in resampler.resample(fifo.read())]
            pieces += [f.to_ndarray() for f in resampler.resample(None)]  # flush
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError, struct.error) as e:
        raise DecodeError(f"cannot decode audio: {reason(e)}") from e
    pcm = np.concatenate([p.reshape(-1) for p in pieces]) if pieces else np.zeros(0, np.int16)
    del pieces  # memory: at most the interleaved int16 and the float channels at once
    step = 1 if mono else 2
    channels = [pcm[c::step].astype(np.float32) / np.float32(32768.0) for c in range(step)]
    return channels, source_channels, declared


def serve(requests: Connection, replies: Connection) -> None:
    while True:
        try:
            request = json.loads(requests.recv_bytes())
        except EOFError:  # the batch closed the pipe: done
            return
        try:
            channels, source_channels, declared = decode_file(request["path"], request["mono"], request["max_s"])
        except DecodeError as e:
            replies.send_bytes(json.dumps({"ok": False, "error": str(e)}).encode())
            continue
        except Exception as e:  # anything else FFmpeg or PyAV throws: still one file's failure
            replies.send_bytes(json.dumps({"ok": False, "error": f"cannot decode audio: {type(e).__name__}: {reason(e)}"}).encode())
            continue
        replies.send_bytes(json.dumps({"ok": True, "samples": len(channels[0]) if channels else 0,
                                       "channels": len(channels), "source_channels": source_channels,
                                       "declared_s": declared}).encode())
        for channel in channels:
            replies.send_bytes(channel)


def main(argv: list[str]) -> None:
    serve(Connection(int(argv[0]), writable=False), Connection(int(argv[1]), readable=False))


if __name__ == "__main__":
    main(sys.argv[1:])
