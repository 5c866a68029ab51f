"""Decoding every supported input, and refusing bad input with a one-line reason."""

import numpy as np
import pytest
import soundfile as sf

from qa_pipeline.audio import decode_call, detect_speech, merge_spans
from qa_pipeline.config import VadConfig
from qa_pipeline.errors import BadInput
from qa_pipeline.records import SpeechSpan


@pytest.fixture(scope="module")
def stereo_8k():
    """Left louder than right, so the channels can be told apart after decoding."""
    t = np.arange(8000) / 8000
    left = 0.5 * np.sin(2 * np.pi * 440 * t)
    right = 0.05 * np.sin(2 * np.pi * 220 * t)
    return np.stack([left, right], axis=1).astype(np.float32)


@pytest.mark.parametrize("suffix, kwargs", [
    (".wav", {"subtype": "PCM_16"}),
    (".wav", {"subtype": "ULAW"}),  # G.711 µ-law telephone audio
    (".wav", {"subtype": "ALAW"}),  # G.711 A-law
    (".flac", {}),
    (".mp3", {"format": "MP3"}),
    (".ogg", {"format": "OGG", "subtype": "VORBIS"}),
])
def test_stereo_formats_decode_to_two_16k_channels(tmp_path, stereo_8k, suffix, kwargs):
    path = tmp_path / f"call{suffix}"
    sf.write(path, stereo_8k, 8000, **kwargs)
    decoded = decode_call(path, "agent_left")
    agent, customer = decoded.channels
    assert (agent.role, customer.role) == ("agent", "customer")
    assert agent.samples.dtype == np.float32
    assert abs(decoded.duration - 1.0) < 0.1  # 16 000 samples a second after resampling
    assert np.abs(agent.samples).mean() > 4 * np.abs(customer.samples).mean()


def test_agent_right_layout_swaps_roles(tmp_path, stereo_8k):
    sf.write(tmp_path / "c.wav", stereo_8k, 8000)
    customer, agent = decode_call(tmp_path / "c.wav", "agent_right").channels
    assert (customer.role, agent.role) == ("customer", "agent")
    assert np.abs(customer.samples).mean() > 4 * np.abs(agent.samples).mean()


def test_mono_file_is_read_as_mono_whatever_the_layout(tmp_path, stereo_8k):
    sf.write(tmp_path / "m.wav", stereo_8k[:, 0], 8000)
    decoded = decode_call(tmp_path / "m.wav", "agent_left")
    assert decoded.layout == "mono" and [c.role for c in decoded.channels] == ["unknown"]


def test_stereo_file_with_mono_layout_is_mixed_down(tmp_path, stereo_8k):
    sf.write(tmp_path / "s.wav", stereo_8k, 8000)
    assert len(decode_call(tmp_path / "s.wav", "mono").channels) == 1


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"this is a text file, not audio\n" * 20, "cannot decode audio"),
    (b"RIFF\x24\x00\x00\x00WAVEfmt ", "cannot decode audio|no audio"),  # truncated header
])
def test_bad_files_fail_with_one_line_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(BadInput, match=reason) as info:
        decode_call(path, "agent_left")
    message = str(info.value)
    assert "\n" not in message and str(path) in message


def test_missing_file_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="file not found"):
        decode_call(tmp_path / "nope.wav", "agent_left")


def test_vad_finds_no_speech_in_line_noise(tmp_path):
    noise = (np.random.default_rng(0).normal(0, 0.003, (16000 * 5, 2))).astype(np.float32)
    sf.write(tmp_path / "n.wav", noise, 16000)
    decoded = decode_call(tmp_path / "n.wav", "agent_left")
    assert all(detect_speech(ch, VadConfig()) == [] for ch in decoded.channels)


def test_merge_spans_joins_short_pauses_only():
    spans = [SpeechSpan("agent", 0, 1), SpeechSpan("agent", 1.5, 2), SpeechSpan("agent", 4, 5)]
    assert merge_spans(spans, 0.8) == [SpeechSpan("agent", 0, 2), SpeechSpan("agent", 4, 5)]
