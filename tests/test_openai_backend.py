"""The optional openai-whisper backend agrees with faster-whisper on real Mandarin speech.

Skips without the ``openai`` extra (torch + openai-whisper) or without the shared clips.
"""

from __future__ import annotations

import builtins
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from qa_pipeline.asr.base import AsrOptions, RawSegment
from qa_pipeline.errors import ConfigError

REALZH = Path(__file__).resolve().parents[1].parent / "shared" / "realzh"
PROMPT = "以下是普通话的句子。"
# Clips where faster-whisper int8 and openai-whisper fp32 agree robustly (ratio 100 on
# this machine). Others differ by a character or two from int8 quantisation.
CLIPS = {
    "wenet-e2e_wenet_aishell-BAC009S0724W0121.wav": "广州市房地产中介协会分析",
    "FireRedTeam_FireRedASR_BAC009S0764W0121.wav": "甚至出现交易几乎停滞的情况",
    "modelscope_FunASR_1.wav": "正是因为存在绝对正义所以我们接受现实的相对正义",
}


def _strip(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


# ------------------------------------------------------------ no extra needed


def test_missing_extra_is_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from qa_pipeline.asr import openai_backend

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name in ("torch", "whisper") or name.startswith(("torch.", "whisper.")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "whisper", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ConfigError, match=r"pip install 'qa-pipeline\[openai\]'"):
        openai_backend.OpenAIWhisperBackend(AsrOptions(backend="openai-whisper"), "embedded")


def test_importing_the_module_does_not_import_torch() -> None:
    import subprocess

    code = (
        "import sys, qa_pipeline.asr.openai_backend, qa_pipeline.asr.ct2_convert; "
        "sys.exit(1 if 'torch' in sys.modules or 'whisper' in sys.modules else 0)"
    )
    root = Path(__file__).resolve().parents[1]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_decode_options_follow_faster_whisper_defaults() -> None:
    from qa_pipeline.asr.openai_backend import OpenAIWhisperBackend

    backend = OpenAIWhisperBackend.__new__(OpenAIWhisperBackend)  # no model needed
    backend.fp16 = False
    greedy = backend._decode_kwargs(AsrOptions(beam_size=1))
    assert greedy["beam_size"] is None  # greedy at t=0
    assert greedy["temperature"] == (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    assert greedy["best_of"] == 5
    assert greedy["language"] == "zh" and greedy["condition_on_previous_text"] is False
    assert greedy["initial_prompt"] == PROMPT and greedy["word_timestamps"] is True
    assert greedy["logprob_threshold"] == -1.0 and greedy["no_speech_threshold"] == 0.6
    assert greedy["compression_ratio_threshold"] == 2.4
    assert backend._decode_kwargs(AsrOptions(beam_size=5))["beam_size"] == 5


# ------------------------------------------------------------- needs the extra


@pytest.fixture(scope="module")
def openai_backend(embedded_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    pytest.importorskip("torch")
    pytest.importorskip("whisper")
    from qa_pipeline.asr.openai_backend import OpenAIWhisperBackend

    # A CT2 directory is converted (once) into this module's tmp cache.
    return OpenAIWhisperBackend(
        AsrOptions(backend="openai-whisper", device="cpu"),
        str(embedded_dir),
        cache_dir=tmp_path_factory.mktemp("models"),
    )


@pytest.fixture(scope="module")
def fw_model(embedded_dir: Path):
    from faster_whisper import WhisperModel

    return WhisperModel(str(embedded_dir), device="cpu", compute_type="int8")


def _load(name: str) -> np.ndarray:
    path = REALZH / name
    if not path.is_file():
        pytest.skip(f"real speech clip not found: {path}")
    from faster_whisper import decode_audio

    return decode_audio(str(path))


@pytest.mark.parametrize("clip", sorted(CLIPS))
def test_backends_agree_on_real_speech(clip: str, openai_backend, fw_model) -> None:
    from rapidfuzz import fuzz

    audio = _load(clip)
    segments, _ = fw_model.transcribe(
        audio,
        language="zh",
        beam_size=1,
        condition_on_previous_text=False,
        initial_prompt=PROMPT,
    )
    fw_text = _strip("".join(s.text for s in segments))
    [ours] = openai_backend.transcribe_windows([audio], AsrOptions(device="cpu"))
    ow_text = _strip("".join(s.text for s in ours))
    assert ow_text, "openai-whisper heard nothing"
    assert fuzz.ratio(fw_text, ow_text) >= 90, (fw_text, ow_text)
    # Sanity against the reference transcript (Whisper base is far from perfect on
    # Mandarin, and writes some Traditional characters, so only loosely).
    assert fuzz.partial_ratio(ow_text, CLIPS[clip]) >= 50, (ow_text, CLIPS[clip])


def test_segments_and_words_are_window_relative(openai_backend) -> None:
    audio = _load("wenet-e2e_wenet_aishell-BAC009S0724W0121.wav")
    lead = np.zeros(16_000 * 2, dtype=np.float32)  # 2 s of silence before the speech
    plain, shifted, empty = openai_backend.transcribe_windows(
        [audio, np.concatenate([lead, audio]), np.zeros(0, dtype=np.float32)],
        AsrOptions(device="cpu"),
    )
    assert empty == []
    assert plain and all(isinstance(s, RawSegment) for s in plain)
    duration = len(audio) / 16_000
    for seg in plain:
        assert 0.0 <= seg.start < seg.end <= duration + 0.5
        assert seg.words, "word timestamps requested by default"
        assert seg.avg_logprob < 0 and 0 <= seg.no_speech_prob <= 1 and seg.compression_ratio > 0
        for word in seg.words:
            assert seg.start - 0.01 <= word.start <= word.end <= seg.end + 0.01
            assert 0.0 < word.probability <= 1.0
    # Leading silence moves the first word by about the silence length.
    first_plain = plain[0].words[0].start
    first_shifted = shifted[0].words[0].start
    assert 1.0 <= first_shifted - first_plain <= 3.0, (first_plain, first_shifted)


def test_word_timestamps_off_gives_no_words(openai_backend) -> None:
    audio = _load("FireRedTeam_FireRedASR_BAC009S0764W0121.wav")
    [segments] = openai_backend.transcribe_windows(
        [audio], AsrOptions(device="cpu", word_timestamps=False)
    )
    assert segments and all(seg.words == () for seg in segments)
