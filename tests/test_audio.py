"""Decoding every supported input, and refusing bad input with a one-line reason."""

import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from qa_pipeline.audio import ChannelAudio, Decoder, decode_call, detect_speech, merge_spans, one_pass, sound_islands
from qa_pipeline.config import AudioConfig, VadConfig
from qa_pipeline.errors import BadInput
from qa_pipeline.records import SpeechSpan

from conftest import SAMPLES


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


def tone(seconds, rate=8000, channels=2):
    t = np.arange(int(seconds * rate)) / rate
    x = 0.3 * np.sin(2 * np.pi * 440 * t)
    return np.stack([x, 0.5 * x], axis=1).astype(np.float32)[:, :channels].squeeze()


@pytest.mark.parametrize("suffix, kwargs", [(".wav", {}), (".flac", {}), (".mp3", {"format": "MP3"})])
def test_truncated_file_fails_instead_of_being_scored_short(tmp_path, suffix, kwargs):
    """The header says 48 s, the bytes hold 40 % of them: a truncation, never a short call."""
    whole = tmp_path / f"whole{suffix}"
    sf.write(whole, tone(48.0), 8000, **kwargs)
    data = whole.read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: int(len(data) * 0.4)])
    assert abs(decode_call(whole, "agent_left").duration - 48.0) < 0.1
    with pytest.raises(BadInput, match=r"truncated: 1\d\.\d of 48\.0 s decoded"):
        decode_call(cut, "agent_left")


def test_wav_with_a_corrupted_format_field_fails_alone(tmp_path):
    """Format code 0x1234 in the fmt chunk: FFmpeg has no decoder and PyAV gives no codec context."""
    path = tmp_path / "badfmt.wav"
    sf.write(path, tone(2.0), 8000, subtype="PCM_16")
    data = bytearray(path.read_bytes())
    data[20:22] = b"\x34\x12"
    path.write_bytes(bytes(data))
    with pytest.raises(BadInput, match="unknown or corrupt audio format") as info:
        decode_call(path, "agent_left")
    assert str(path) in str(info.value)


def test_nan_or_infinite_samples_are_invalid(tmp_path):
    x = tone(3.0)
    x[5000, 0], x[9000, 1] = np.nan, np.inf
    sf.write(tmp_path / "nan.wav", x, 8000, subtype="FLOAT")
    with pytest.raises(BadInput, match="invalid samples"):
        decode_call(tmp_path / "nan.wav", "agent_left")


def test_a_tenth_of_a_second_is_too_short_to_judge(tmp_path):
    sf.write(tmp_path / "blip.wav", tone(0.1), 8000)
    with pytest.raises(BadInput, match="too short to judge"):
        decode_call(tmp_path / "blip.wav", "agent_left")


def test_a_file_longer_than_the_bound_is_refused_before_decoding(tmp_path):
    """The memory bound: audio.max_duration_s, checked on the header and while decoding."""
    sf.write(tmp_path / "long.flac", tone(30.0), 8000)
    with Decoder(AudioConfig(max_duration_s=10.0)) as decoder:
        with pytest.raises(BadInput, match="over audio.max_duration_s"):
            decoder.decode(tmp_path / "long.flac", "agent_left")


def test_a_header_that_hides_the_length_is_stopped_while_decoding(tmp_path):
    """A WAV whose data size says 'unknown' (streamed): decoding stops at the bound."""
    path = tmp_path / "streamed.wav"
    sf.write(path, tone(30.0), 8000, subtype="PCM_16")
    data = bytearray(path.read_bytes())
    data[40:44] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    with Decoder(AudioConfig(max_duration_s=10.0)) as decoder:
        with pytest.raises(BadInput, match="longer than audio.max_duration_s"):
            decoder.decode(path, "agent_left")


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.symlink_to(p.parent / "gone.wav"), "broken symbolic link"),
    (lambda p: p.symlink_to(p), "symbolic link loop"),
    (lambda p: p.mkdir(), "is a directory"),
])
def test_links_and_folders_fail_with_their_reason(tmp_path, make, reason):
    path = tmp_path / "8001_20261120-093012_C1.wav"
    make(path)
    with pytest.raises(BadInput, match=reason):
        decode_call(path, "agent_left")


FAULTY_WORKER = """
import os, signal, sys, time
from qa_pipeline import decode_worker
real = decode_worker.decode_file
def faulty(path, mono, max_s):
    if "crash" in os.path.basename(path):
        os.kill(os.getpid(), signal.SIGSEGV)  # what a bit-flipped mp3 can make FFmpeg do
    if "hang" in os.path.basename(path):
        time.sleep(600)
    return real(path, mono, max_s)
decode_worker.decode_file = faulty
decode_worker.main(sys.argv[1:])
"""


def test_a_decoder_crash_or_hang_fails_that_file_and_the_next_one_decodes(tmp_path):
    """FFmpeg runs in a child: a segfault or an endless loop there costs one file."""
    script = tmp_path / "faulty_worker.py"
    script.write_text(FAULTY_WORKER)
    for name in ("ok1", "crash", "ok2", "hang", "ok3"):
        sf.write(tmp_path / f"{name}.wav", tone(2.0), 8000)
    outcomes = {}
    with Decoder(AudioConfig(decode_timeout_s=3), worker=[sys.executable, str(script)]) as decoder:
        for name in ("ok1", "crash", "ok2", "hang", "ok3"):
            try:
                outcomes[name] = round(decoder.decode(tmp_path / f"{name}.wav", "agent_left").duration, 1)
            except BadInput as e:
                outcomes[name] = str(e).split(": ", 1)[1]
        assert decoder.starts == 3  # reused across files; a new one after the crash and after the hang
    assert outcomes == {"ok1": 2.0, "crash": "decoder crashed (SIGSEGV)", "ok2": 2.0,
                        "hang": "decoder timed out after 3 s", "ok3": 2.0}


def test_the_worker_ends_with_its_decoder(tmp_path):
    sf.write(tmp_path / "a.wav", tone(2.0), 8000)
    decoder = Decoder()
    decoder.decode(tmp_path / "a.wav", "agent_left")
    pid = decoder._proc.pid
    decoder.close()
    time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_vad_finds_no_speech_in_line_noise(tmp_path):
    noise = (np.random.default_rng(0).normal(0, 0.003, (16000 * 5, 2))).astype(np.float32)
    sf.write(tmp_path / "n.wav", noise, 16000)
    decoded = decode_call(tmp_path / "n.wav", "agent_left")
    assert all(detect_speech(ch, VadConfig()) == [] for ch in decoded.channels)


def test_merge_spans_joins_short_pauses_only():
    spans = [SpeechSpan("agent", 0, 1), SpeechSpan("agent", 1.5, 2), SpeechSpan("agent", 4, 5)]
    assert merge_spans(spans, 0.8) == [SpeechSpan("agent", 0, 2), SpeechSpan("agent", 4, 5)]


def _channel_with(bursts, duration=4.0, seed=0):
    """A 16-kHz channel of line noise with 200-Hz bursts at (start, end) seconds."""
    sr = 16000
    t = np.arange(int(duration * sr)) / sr
    y = np.random.default_rng(seed).normal(0, 3e-4, len(t))
    for a, b in bursts:
        y[int(a * sr):int(b * sr)] += 0.3 * np.sin(2 * np.pi * 200 * t[int(a * sr):int(b * sr)])
    return ChannelAudio("agent", y.astype(np.float32))


def test_a_short_sound_alone_is_an_island_with_the_quiet_around_it():
    """A 0.2-s 嗯, a comma's pause, then the clause: the island the filler rule reads."""
    islands = sound_islands(_channel_with([(0.8, 1.0), (1.2, 2.6)]))
    assert len(islands) == 1, "the 1.4-s clause after it is speech, not an island"
    (lone,) = islands
    assert abs(lone.start - 0.8) <= 0.02 and abs(lone.end - 1.0) <= 0.02
    assert abs(lone.quiet_before - 0.8) <= 0.02 and abs(lone.quiet_after - 0.2) <= 0.02


def test_a_click_is_neither_an_island_nor_the_end_of_the_quiet():
    (lone,) = sound_islands(_channel_with([(0.4, 0.42), (0.8, 1.0), (1.2, 2.6)]))
    assert abs(lone.start - 0.8) <= 0.02 and lone.quiet_before >= 0.75


def test_a_dip_inside_a_syllable_does_not_split_it():
    """A stop consonant's 40-ms closure is not quiet: the syllable stays one island."""
    (lone,) = sound_islands(_channel_with([(0.8, 0.9), (0.94, 1.05), (1.3, 2.6)]))
    assert abs(lone.start - 0.8) <= 0.02 and abs(lone.end - 1.05) <= 0.02


def test_a_sound_that_opens_with_a_hiss_says_how_long_it_hissed():
    """行's x before its vowel: 0.12 s of frication (noise crossing zero at ~0.3 a sample, band-
    limited to the phone's 3.4 kHz) as loud as the line allows, then the voice; a 嗯 is voiced
    from its first frame."""
    sr = 16000
    hum = _channel_with([(0.8, 1.0), (1.2, 2.6)])
    hiss = np.random.default_rng(1).normal(0, 0.05, int(0.12 * sr))
    hiss = np.convolve(hiss, np.ones(2) / 2, mode="same")  # no energy above the band
    samples = hum.samples.copy()
    samples[int(0.8 * sr):int(0.92 * sr)] = hiss.astype(np.float32)
    (word,) = sound_islands(ChannelAudio("agent", samples))
    (tic,) = sound_islands(hum)
    assert tic.hiss_s == 0.0
    assert 0.1 <= word.hiss_s <= 0.14 and abs(word.start - 0.8) <= 0.02


def test_a_sound_says_how_much_of_a_voice_s_pitch_it_has():
    """A held 嗯 is a voice with a pitch (here 200 Hz) through it; a burst of keystrokes (set 42's
    agents typing between clauses) is as loud and as long, but clicks have no pitch."""
    sr = 16000
    hum = _channel_with([(0.8, 1.1), (1.3, 2.6)])
    keys = hum.samples.copy()
    rng = np.random.default_rng(2)
    keys[int(0.8 * sr):int(1.1 * sr)] = 0.0
    for at in np.arange(0.8, 1.1, 0.045):  # a click every 45 ms, each a 6-ms decaying noise burst
        k = int(at * sr)
        keys[k:k + 96] += (rng.normal(0, 0.3, 96) * np.exp(-np.arange(96) / 24)).astype(np.float32)
    (tic,) = sound_islands(hum)
    (typing,) = sound_islands(ChannelAudio("agent", keys))
    assert tic.voicing >= 0.9
    assert abs(typing.start - 0.8) <= 0.03 and typing.voicing < 0.45


# --- Voice activity that cannot lose a whole channel (set 42, issue 17) --------------------------------
# The first 20 s of a generated call (set 42, AH0012: a caller on a speakerphone), its agent's channel
# silenced: the caller speaks from 13.9 to 20.3 s. Silero, run over the whole channel with one
# recurrent state, gave its speech a probability under 0.05 throughout (from 1.5 s in, 0.9).
STUCK = Path(__file__).parent / "data" / "vad_stuck_caller.flac"


def test_a_channel_silero_never_wakes_on_is_searched_again_with_a_fresh_state():
    caller, vad = decode_call(STUCK, "agent_left").channels[1], VadConfig()
    assert one_pass(caller.samples, vad) == []  # what one pass over the channel finds
    spans = detect_speech(caller, vad)
    assert sum(s.end - s.start for s in spans) >= 4.0
    assert all(13.0 <= s.start and s.end <= 20.5 for s in spans)


def test_a_channel_whose_activity_covers_its_loud_sound_is_searched_once(monkeypatch):
    """The samples' channels: the second search never runs, so their spans are one pass's."""
    from faster_whisper import vad as silero

    calls = []
    real = silero.get_speech_timestamps
    monkeypatch.setattr(silero, "get_speech_timestamps", lambda *a, **k: calls.append(1) or real(*a, **k))
    for path in sorted(SAMPLES.glob("*.flac"))[:2]:
        for channel in decode_call(path, "agent_left").channels:
            calls.clear()
            assert detect_speech(channel, VadConfig()) and len(calls) == 1
