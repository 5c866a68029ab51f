"""CTranslate2 → openai-whisper conversion of the embedded model.

The pure-parsing tests need only numpy; the rest skip without the optional ``openai``
extra (torch + openai-whisper). The conversion runs once per session into a tmp cache.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from qa_pipeline.asr.ct2_convert import (
    decode_alignment_heads,
    encode_alignment_heads,
    read_ct2_model,
)

REALZH = Path(__file__).resolve().parents[1].parent / "shared" / "realzh"
CLIP = REALZH / "wenet-e2e_wenet_aishell-BAC009S0724W0121.wav"

BASE_DIMS = {
    "n_mels": 80,
    "n_vocab": 51865,
    "n_audio_ctx": 1500,
    "n_audio_state": 512,
    "n_audio_head": 8,
    "n_audio_layer": 6,
    "n_text_ctx": 448,
    "n_text_state": 512,
    "n_text_head": 8,
    "n_text_layer": 6,
}


@pytest.fixture(scope="session")
def ct2_dir(embedded_dir: Path) -> Path:
    return embedded_dir


@pytest.fixture(scope="session")
def converted(ct2_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("torch")
    from qa_pipeline.asr.ct2_convert import openai_checkpoint_for

    return openai_checkpoint_for(ct2_dir, tmp_path_factory.mktemp("openai-cache"))


@pytest.fixture(scope="session")
def checkpoint(converted: Path) -> dict:
    import torch

    return torch.load(str(converted), map_location="cpu", weights_only=True)


@pytest.fixture(scope="session")
def openai_model(converted: Path):
    whisper = pytest.importorskip("whisper")
    return whisper.load_model(str(converted), device="cpu")


# ----------------------------------------------------------------- numpy-only tests


def test_read_ct2_model_parses_whole_file(ct2_dir: Path) -> None:
    ct2 = read_ct2_model(ct2_dir / "model.bin")
    assert ct2.spec_name == "WhisperSpec"
    assert ct2.binary_version == 6
    v = ct2.variables
    assert v["encoder/conv1/weight"].shape == (512, 80, 3)
    assert v["encoder/layer_0/self_attention/linear_0/weight"].shape == (3 * 512, 512)
    assert v["decoder/layer_0/attention/linear_0/weight"].shape == (512, 512)
    assert v["decoder/layer_0/attention/linear_1/weight"].shape == (2 * 512, 512)
    assert int(v["decoder/num_heads"]) == 8
    assert ct2.aliases == {"decoder/projection/weight": "decoder/embeddings/weight"}
    # CTranslate2 zero-fills the key slice of the fused bias (openai keys have no bias).
    bias = v["encoder/layer_0/self_attention/linear_0/bias"]
    assert not np.any(bias[512:1024])


def test_alignment_heads_encoding_matches_openai_whisper(ct2_dir: Path) -> None:
    heads = json.loads((ct2_dir / "config.json").read_text())["alignment_heads"]
    dump = encode_alignment_heads(heads, 6, 8)
    assert decode_alignment_heads(dump, 6, 8) == [tuple(h) for h in heads]
    # openai-whisper's own constant for "base" (copied to keep this test torch-free).
    official = b"ABzY8KQ!870{>%RzyTQH3`Q^yNP!>##QT-<FaQ7m"
    assert decode_alignment_heads(official, 6, 8) == [tuple(h) for h in heads]


# ------------------------------------------------------------- needs the extra


def test_checkpoint_dims_and_shapes(checkpoint: dict) -> None:
    assert checkpoint["dims"] == BASE_DIMS
    sd = checkpoint["model_state_dict"]
    assert sd["encoder.conv1.weight"].shape == (512, 80, 3)
    assert sd["encoder.conv2.weight"].shape == (512, 512, 3)
    assert sd["encoder.positional_embedding"].shape == (1500, 512)
    assert sd["decoder.positional_embedding"].shape == (448, 512)
    assert sd["decoder.token_embedding.weight"].shape == (51865, 512)
    for i in range(6):
        for side, attns in (("encoder", ("attn",)), ("decoder", ("attn", "cross_attn"))):
            for attn in attns:
                p = f"{side}.blocks.{i}.{attn}"
                for proj in ("query", "key", "value", "out"):
                    assert sd[f"{p}.{proj}.weight"].shape == (512, 512)
                assert f"{p}.key.bias" not in sd
                assert sd[f"{p}.query.bias"].shape == (512,)
            assert sd[f"{side}.blocks.{i}.mlp.0.weight"].shape == (2048, 512)
            assert sd[f"{side}.blocks.{i}.mlp.2.weight"].shape == (512, 2048)
    assert isinstance(checkpoint["alignment_heads"], str)


def test_conversion_is_cached(ct2_dir: Path, converted: Path) -> None:
    from qa_pipeline.asr.ct2_convert import openai_checkpoint_for

    mtime = converted.stat().st_mtime_ns
    again = openai_checkpoint_for(ct2_dir, converted.parent)
    assert again == converted
    assert again.stat().st_mtime_ns == mtime
    assert not [p for p in converted.parent.iterdir() if p.name.endswith(".tmp")]


def test_whisper_loads_checkpoint_and_alignment_heads(openai_model, converted: Path) -> None:
    import whisper

    from qa_pipeline.asr.ct2_convert import read_alignment_heads

    assert openai_model.dims.n_text_layer == 6
    heads = read_alignment_heads(converted)
    assert heads is not None
    # load_model(path) keeps the "upper half" default; the stored heads are base's own.
    assert decode_alignment_heads(heads, 6, 8) == decode_alignment_heads(
        whisper._ALIGNMENT_HEADS["base"], 6, 8
    )
    openai_model.set_alignment_heads(heads)
    mask = openai_model.alignment_heads.to_dense().numpy()
    assert sorted(zip(*map(list, np.nonzero(mask)))) == decode_alignment_heads(heads, 6, 8)


def test_encoder_output_matches_ctranslate2(openai_model, ct2_dir: Path) -> None:
    if not CLIP.is_file():
        pytest.skip(f"real speech clip not found: {CLIP}")
    import ctranslate2
    import torch
    import whisper
    from faster_whisper import decode_audio

    audio = decode_audio(str(CLIP))
    mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(torch.from_numpy(audio)), 80)[None]
    with torch.inference_mode():
        ours = openai_model.embed_audio(mel).numpy()[0]
    ct2 = ctranslate2.models.Whisper(str(ct2_dir), device="cpu", compute_type="float32")
    theirs = np.array(ct2.encode(ctranslate2.StorageView.from_array(mel.numpy()), to_cpu=True))[0]
    assert ours.shape == theirs.shape == (1500, 512)
    cos = (ours * theirs).sum(-1) / (np.linalg.norm(ours, axis=-1) * np.linalg.norm(theirs, axis=-1))
    assert cos.min() > 0.999, cos.min()
    # Also the decoder: the first-step logits after the SOT prompt agree.
    tokenizer = whisper.tokenizer.get_tokenizer(True, language="zh", task="transcribe")
    prompt = list(tokenizer.sot_sequence_including_notimestamps)
    with torch.inference_mode():
        logits = openai_model.logits(torch.tensor([prompt]), torch.from_numpy(ours[None]))[0, -1]
    # CTranslate2's max_length counts the prompt; ask for exactly one new token.
    result = ct2.generate(
        ctranslate2.StorageView.from_array(theirs[None]),
        [prompt],
        max_length=len(prompt) + 1,
        beam_size=1,
        suppress_blank=False,
        suppress_tokens=[],
        return_logits_vocab=True,
    )[0]
    ct2_logits = np.array(result.logits[0][0])
    ours_logits = logits.numpy()
    assert ct2_logits.shape == ours_logits.shape == (51865,)
    assert int(ours_logits.argmax()) == int(ct2_logits.argmax()) == result.sequences_ids[0][0]
    assert np.abs(ours_logits - ct2_logits).max() < 1e-2  # measured: 3.5e-5 (max |logit| 16)
