"""The ASR stage's own logic, with a scripted backend standing in for Whisper.

The backend here is not a mock of the thing under test: windowing, time mapping, guards and
retries are ours, and these tests pin them. Real decoding is tested in test_pipeline.py.
"""

from __future__ import annotations

import numpy as np
import pytest

from qa_pipeline.asr.base import SAMPLE_RATE, AsrOptions, RawSegment, RawWord
from qa_pipeline.asr.transcribe import Transcriber
from qa_pipeline.audio import ChannelAudio, DecodedCall
from qa_pipeline.config import VadConfig


def tone_bursts(spans, duration, seed=0):
    """Speech-like audio: amplitude-modulated harmonic bursts where ``spans`` say, noise elsewhere."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 0.002, int(duration * SAMPLE_RATE)).astype(np.float32)
    for start, end in spans:
        t = np.arange(int((end - start) * SAMPLE_RATE)) / SAMPLE_RATE
        f0 = 140 + 30 * np.sin(2 * np.pi * 0.7 * t)
        phase = 2 * np.pi * np.cumsum(f0) / SAMPLE_RATE
        voice = sum(np.sin(k * phase) / k for k in range(1, 12)) * (0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2)
        x[int(start * SAMPLE_RATE) : int(start * SAMPLE_RATE) + len(t)] += 0.2 * voice.astype(np.float32)
    return x


class ScriptedBackend:
    """Answers each window with one word per packed piece, placed where the piece lies."""

    name = "scripted"

    def __init__(self, drop_after_first=False, extra=None):
        self.calls = []
        self.drop_after_first = drop_after_first
        self.extra = extra or []

    @staticmethod
    def runs(w):
        """The packed pieces, found as runs of energy separated by at least 0.4 s."""
        idx = np.flatnonzero(np.abs(w) > 0.05)
        runs, start = [], None
        for a, b in zip(idx[:-1], idx[1:]):
            start = a if start is None else start
            if b - a > 0.4 * SAMPLE_RATE:
                runs.append((start, a))
                start = None
        if len(idx):
            runs.append((idx[0] if start is None else start, idx[-1]))
        return runs

    def transcribe_windows(self, windows, options):
        self.calls.append([len(w) / SAMPLE_RATE for w in windows])
        out = []
        for w in windows:
            runs = self.runs(w)
            if self.drop_after_first:
                runs = runs[:1]
            segs = [RawSegment(a / SAMPLE_RATE, b / SAMPLE_RATE, "好的", -0.2, 0.01, 1.0,
                               (RawWord(a / SAMPLE_RATE, b / SAMPLE_RATE, "好的", 0.9),)) for a, b in runs]
            out.append(segs + list(self.extra))
        self.drop_after_first = False  # only the first pass loses text
        return out


VAD = VadConfig()


def stereo(agent_spans, customer_spans, duration):
    return DecodedCall("agent_left", (ChannelAudio("agent", tone_bursts(agent_spans, duration, 1)),
                                      ChannelAudio("customer", tone_bursts(customer_spans, duration, 2))))


AGENT = [(1.0, 3.0), (8.0, 10.0), (50.0, 52.0)]
CUSTOMER = [(4.0, 7.0), (11.0, 12.5)]


def overlaps(a, b):
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


def test_words_map_back_to_call_time_and_right_role():
    t = Transcriber(AsrOptions(), VAD, backend=ScriptedBackend()).transcribe(stereo(AGENT, CUSTOMER, 60))
    assert t.utterances, "the scripted backend answers every window"
    for u in t.utterances:
        placed = AGENT if u.role == "agent" else CUSTOMER
        # each utterance lies on a burst of its own channel, never on the other side's
        assert any(overlaps((u.start, u.end), span) for span in placed)
        assert all(u.start - 0.01 <= w.start <= w.end <= u.end + 0.01 for w in u.words)
    assert {u.role for u in t.utterances} == {"agent", "customer"}
    # one utterance per voice-activity turn: nothing lost, nothing invented between turns
    assert [(u.role, u.start) for u in t.utterances] == [(s.role, s.start) for s in t.speech]


def test_silence_and_holds_are_never_sent_to_the_model():
    backend = ScriptedBackend()
    Transcriber(AsrOptions(), VAD, backend=backend).transcribe(stereo(AGENT, CUSTOMER, 60))
    decoded_seconds = sum(sum(c) for c in backend.calls)
    assert decoded_seconds < 20  # 12.5 s of speech on 60 s × 2 channels, plus gaps


def test_pieces_left_empty_by_an_early_stop_are_decoded_again():
    complete = Transcriber(AsrOptions(), VAD, backend=ScriptedBackend()).transcribe(stereo(AGENT, CUSTOMER, 60))
    backend = ScriptedBackend(drop_after_first=True)
    t = Transcriber(AsrOptions(), VAD, backend=backend).transcribe(stereo(AGENT, CUSTOMER, 60))
    assert len(backend.calls) == 2
    assert [(u.role, u.start) for u in t.utterances] == [(u.role, u.start) for u in complete.utterances]


@pytest.mark.parametrize("text", ["字幕由Amara.org社区提供", "请不吝点赞 订阅 转发 打赏支持明镜与点点栏目",
                                  "以下是普通话的句子。", "Thank you for watching."])
def test_invented_text_is_dropped(text):
    bad = RawSegment(0.0, 1.0, text, -0.3, 0.1, 1.2, (RawWord(0.0, 1.0, text, 0.9),))
    backend = ScriptedBackend(extra=[bad])
    options = AsrOptions(blocklist=("字幕由Amara.org社区提供", "请不吝点赞订阅转发打赏支持明镜与点点栏目"))
    t = Transcriber(options, VAD, backend=backend).transcribe(stereo(AGENT, CUSTOMER, 60))
    assert all(text not in u.text for u in t.utterances)


def test_silent_segment_by_whisper_own_test_is_dropped():
    ghost = RawSegment(0.0, 1.0, "嗯", -1.5, 0.9, 1.0, (RawWord(0.0, 1.0, "嗯", 0.2),))
    t = Transcriber(AsrOptions(), VAD, backend=ScriptedBackend(extra=[ghost])).transcribe(stereo(AGENT, CUSTOMER, 60))
    assert all("嗯" not in u.text for u in t.utterances)


def test_traditional_output_is_made_simplified():
    trad = RawSegment(0.0, 1.0, "會議", -0.2, 0.01, 1.0, (RawWord(0.0, 1.0, "會議", 0.9),))
    t = Transcriber(AsrOptions(), VAD, backend=ScriptedBackend(extra=[trad])).transcribe(stereo([(1, 3)], [], 10))
    assert "会议" in t.utterances[0].text and "會" not in t.utterances[0].text


def test_asr_key_changes_with_settings():
    a = Transcriber(AsrOptions(), VAD, backend=ScriptedBackend()).key
    b = Transcriber(AsrOptions(beam_size=5), VAD, backend=ScriptedBackend()).key
    assert a != b


class MisalignedBackend(ScriptedBackend):
    """Packs every piece's text into the first second of a multi-piece window, as Whisper
    does when its timestamps go wrong; a window holding one piece is answered properly."""

    def transcribe_windows(self, windows, options):
        self.calls.append([len(w) / SAMPLE_RATE for w in windows])
        out = []
        for w in windows:
            dur = len(w) / SAMPLE_RATE
            text = "您这张卡每年刷卡满六次可以免次年年费" * 2
            if len(self.runs(w)) > 1:  # a packed window: everything lands at its start
                out.append([RawSegment(0.0, 1.0, text, -0.2, 0.01, 1.0, (RawWord(0.0, 1.0, text, 0.9),))])
            else:
                out.append([RawSegment(0.0, dur, "好的", -0.2, 0.01, 1.0, (RawWord(0.0, dur, "好的", 0.9),))])
        return out


def test_words_piled_into_one_piece_are_not_kept_and_pieces_are_decoded_alone():
    backend = MisalignedBackend()
    t = Transcriber(AsrOptions(), VAD, backend=backend).transcribe(stereo(AGENT, CUSTOMER, 60))
    first_pass = backend.calls[0]
    assert len(first_pass) < len(t.utterances), "the first pass packed several pieces per window"
    assert len(backend.calls) == 2
    assert [u.text for u in t.utterances] == ["好的"] * len(t.utterances)
