"""Convert a CTranslate2 Whisper model into an openai-whisper checkpoint.

The embedded model ships only in CTranslate2 format; the optional ``openai-whisper``
backend needs the PyTorch checkpoint layout that ``whisper.load_model(path)`` reads::

    {"dims": {...ModelDimensions...}, "model_state_dict": {...}, "alignment_heads": str}

``model.bin`` layout (``ctranslate2/specs/model_spec.py`` ``_serialize``, binary version 6),
all integers little-endian::

    uint32 binary_version
    string spec_name                 (uint16 length incl. NUL, utf-8 bytes, NUL)
    uint32 spec_revision
    uint32 n_variables
      n_variables x { string name; uint8 rank; uint32 dim[rank]; uint8 dtype;
                      uint32 n_bytes; bytes data }
    uint32 n_aliases
      n_aliases x { string alias; string target }

dtype ids: 0 float32, 1 int8, 2 int16, 3 int32, 4 float16, 5 bfloat16.

Name mapping (``whisper_spec.py`` + ``converters/transformers.py`` ``WhisperLoader``):

====================================================  =====================================
CTranslate2                                           openai-whisper
====================================================  =====================================
encoder/conv{1,2}/{weight,bias}                       encoder.conv{1,2}.{weight,bias}
encoder/position_encodings/encodings (optional)       encoder.positional_embedding (buffer)
encoder/layer_N/self_attention/linear_0 (fused q|k|v) encoder.blocks.N.attn.{query,key,value}
encoder/layer_N/self_attention/linear_1               encoder.blocks.N.attn.out
encoder/layer_N/self_attention/layer_norm             encoder.blocks.N.attn_ln
encoder/layer_N/ffn/linear_{0,1}                      encoder.blocks.N.mlp.{0,2}
encoder/layer_N/ffn/layer_norm                        encoder.blocks.N.mlp_ln
encoder/layer_norm                                    encoder.ln_post
decoder/embeddings/weight                             decoder.token_embedding.weight
decoder/position_encodings/encodings                  decoder.positional_embedding
decoder/layer_N/self_attention/*                      decoder.blocks.N.attn* (as above)
decoder/layer_N/attention/linear_0 (query)            decoder.blocks.N.cross_attn.query
decoder/layer_N/attention/linear_1 (fused k|v)        decoder.blocks.N.cross_attn.{key,value}
decoder/layer_N/attention/linear_2                    decoder.blocks.N.cross_attn.out
decoder/layer_N/attention/layer_norm                  decoder.blocks.N.cross_attn_ln
decoder/layer_norm                                    decoder.ln
decoder/projection/weight (alias of embeddings)       (tied to token_embedding in whisper)
====================================================  =====================================

LayerNorm ``gamma``/``beta`` become ``weight``/``bias``. openai-whisper's key projections
have no bias; CTranslate2 fills that slice of the fused bias with zeros. Even a non-zero key
bias would be harmless to drop: it adds the same constant to every attention logit of a
query, which softmax cancels, so dropping it is exact.

Mel filters are not part of either checkpoint: openai-whisper ships its own
``assets/mel_filters.npz`` and picks the 80- or 128-bin bank from ``dims.n_mels``.

Alignment heads (the cross-attention heads used for word timestamps) come from
``config.json`` ``alignment_heads`` (a list of ``[layer, head]``) and are stored in the
checkpoint under the extra key ``"alignment_heads"`` as openai-whisper's own encoding: a
base85 string of the gzip'd boolean ``(n_text_layer, n_text_head)`` mask. NOTE:
``whisper.load_model(path)`` ignores extra keys and only applies alignment heads for its
named downloadable models, so after loading a *file* the model falls back to "all heads of
the upper half of the decoder". The caller must apply them itself::

    model = whisper.load_model(path, device=device)
    if heads := read_alignment_heads(path):
        model.set_alignment_heads(heads)

(``OpenAIWhisperBackend`` does exactly that.)

torch is imported lazily: importing this module never requires the optional extra.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..files import atomic_path

logger = logging.getLogger(__name__)

# Bump when the produced checkpoint changes, so cached conversions are redone.
CONVERTER_VERSION = 1
SUPPORTED_BINARY_VERSIONS = (5, 6)
OPENAI_EXTRA_HINT = (
    "asr.backend openai-whisper needs the optional extra: pip install 'qa-pipeline[openai]' "
    "(torch==2.13.0, openai-whisper)"
)

_DTYPES: dict[int, Any] = {
    0: np.float32,
    1: np.int8,
    2: np.int16,
    3: np.int32,
    4: np.float16,
    5: "bfloat16",  # no numpy dtype; widened to float32 on read
}


class Ct2FormatError(ConfigError):
    """A CTranslate2 model directory cannot be read or is not a Whisper model."""


@dataclass(frozen=True)
class Ct2Model:
    """The parsed contents of a CTranslate2 ``model.bin``."""

    binary_version: int
    spec_name: str
    revision: int
    variables: dict[str, np.ndarray]
    aliases: dict[str, str]


# --------------------------------------------------------------------------- reading


def read_ct2_model(model_bin: Path) -> Ct2Model:
    """Parse a CTranslate2 ``model.bin`` into numpy arrays (no ctranslate2 needed)."""
    data = memoryview(Path(model_bin).read_bytes())
    off = 0

    def take(fmt: str) -> int:
        nonlocal off
        (value,) = struct.unpack_from("<" + fmt, data, off)
        off += struct.calcsize("<" + fmt)
        return value

    def take_string() -> str:
        nonlocal off
        length = take("H")  # includes the trailing NUL
        text = bytes(data[off : off + length - 1]).decode("utf-8")
        off += length
        return text

    try:
        version = take("I")
        if version not in SUPPORTED_BINARY_VERSIONS:
            raise Ct2FormatError(
                f"{model_bin}: CTranslate2 binary version {version} is not supported "
                f"(expected one of {SUPPORTED_BINARY_VERSIONS})"
            )
        spec_name = take_string()
        revision = take("I")
        variables: dict[str, np.ndarray] = {}
        for _ in range(take("I")):
            name = take_string()
            rank = take("B")
            shape = tuple(take("I") for _ in range(rank))
            type_id = take("B")
            n_bytes = take("I")
            raw = data[off : off + n_bytes]
            if len(raw) != n_bytes:
                raise Ct2FormatError(f"{model_bin}: truncated at variable {name!r}")
            off += n_bytes
            if type_id not in _DTYPES:
                raise Ct2FormatError(f"{model_bin}: variable {name!r} has unknown dtype {type_id}")
            dtype = _DTYPES[type_id]
            if dtype == "bfloat16":
                bits = np.frombuffer(raw, dtype=np.uint16).astype(np.uint32) << 16
                array = bits.view(np.float32)
            else:
                array = np.frombuffer(raw, dtype=dtype)
            variables[name] = array.reshape(shape)
        aliases = {}
        for _ in range(take("I")):
            alias = take_string()
            aliases[alias] = take_string()
    except struct.error as exc:
        raise Ct2FormatError(f"{model_bin}: truncated or not a CTranslate2 model ({exc})") from exc
    return Ct2Model(version, spec_name, revision, variables, aliases)


# ------------------------------------------------------------------------ converting


def encode_alignment_heads(heads: list[list[int]] | list[tuple[int, int]], n_layer: int, n_head: int) -> str:
    """Encode ``[[layer, head], ...]`` the way openai-whisper's ``_ALIGNMENT_HEADS`` does."""
    mask = np.zeros((n_layer, n_head), dtype=bool)
    for layer, head in heads:
        if not (0 <= layer < n_layer and 0 <= head < n_head):
            raise Ct2FormatError(f"alignment head {(layer, head)} is outside {n_layer}x{n_head}")
        mask[layer, head] = True
    # mtime=0 keeps the bytes deterministic (the cache key does not depend on them, but
    # reproducible files are easier to compare).
    return base64.b85encode(gzip.compress(mask.tobytes(), mtime=0)).decode("ascii")


def decode_alignment_heads(dump: str | bytes, n_layer: int, n_head: int) -> list[tuple[int, int]]:
    """Inverse of :func:`encode_alignment_heads` (also reads openai-whisper's constants)."""
    raw = dump.encode("ascii") if isinstance(dump, str) else dump
    mask = np.frombuffer(gzip.decompress(base64.b85decode(raw)), dtype=bool).reshape(n_layer, n_head)
    return [(int(layer), int(head)) for layer, head in zip(*np.nonzero(mask))]


def _sinusoids(length: int, channels: int, max_timescale: float = 10000.0) -> np.ndarray:
    """openai-whisper's ``sinusoids`` (encoder positional embedding), in numpy."""
    log_inc = np.log(max_timescale) / (channels // 2 - 1)
    inv = np.exp(-log_inc * np.arange(channels // 2, dtype=np.float32))
    scaled = np.arange(length, dtype=np.float32)[:, None] * inv[None, :]
    return np.concatenate([np.sin(scaled), np.cos(scaled)], axis=1).astype(np.float32)


def _count_layers(variables: dict[str, np.ndarray], prefix: str) -> int:
    pattern = re.compile(rf"^{prefix}/layer_(\d+)/")
    found = {int(m.group(1)) for name in variables if (m := pattern.match(name))}
    if found != set(range(len(found))):
        raise Ct2FormatError(f"{prefix} layers are not numbered 0..n-1: {sorted(found)}")
    return len(found)


def _scalar(variables: dict[str, np.ndarray], name: str) -> int:
    if name not in variables:
        raise Ct2FormatError(f"model.bin lacks {name!r}")
    return int(np.asarray(variables[name]).reshape(()))


def build_openai_checkpoint(
    ct2: Ct2Model, config: dict[str, Any] | None = None, dtype: str = "float16"
) -> dict[str, Any]:
    """Map a parsed CTranslate2 Whisper model to openai-whisper's checkpoint dict.

    Tensors are ``torch.Tensor`` in ``dtype`` ("float16" or "float32").
    """
    import torch

    if ct2.spec_name != "WhisperSpec":
        raise Ct2FormatError(f"model.bin holds a {ct2.spec_name}, not a Whisper model")
    if dtype not in ("float16", "float32"):
        raise ValueError(f"dtype must be float16 or float32, not {dtype!r}")
    np_dtype = np.float16 if dtype == "float16" else np.float32
    v = ct2.variables

    def get(name: str) -> np.ndarray:
        name = ct2.aliases.get(name, name)
        if name not in v:
            raise Ct2FormatError(f"model.bin lacks {name!r}")
        array = v[name]
        scale_name = name.rsplit("/", 1)[0] + "/weight_scale"
        if name.endswith("/weight") and scale_name in v:
            # Quantized (int8/int16) weights: CTranslate2 stores w_q = w * scale.
            scale = v[scale_name].astype(np.float32)
            array = array.astype(np.float32) / (scale[:, None] if scale.ndim == 1 else scale)
        return array

    state: dict[str, np.ndarray] = {}

    def linear(src: str, dst: str) -> None:
        state[f"{dst}.weight"] = get(f"{src}/weight")
        state[f"{dst}.bias"] = get(f"{src}/bias")

    def layer_norm(src: str, dst: str) -> None:
        state[f"{dst}.weight"] = get(f"{src}/gamma")
        state[f"{dst}.bias"] = get(f"{src}/beta")

    def split_linear(src: str, dsts: list[str], n_state: int) -> None:
        weight, bias = get(f"{src}/weight"), get(f"{src}/bias")
        if weight.shape[0] != n_state * len(dsts):
            raise Ct2FormatError(f"{src}: fused weight {weight.shape} is not {len(dsts)}x{n_state}")
        for i, dst in enumerate(dsts):
            part = slice(i * n_state, (i + 1) * n_state)
            state[f"{dst}.weight"] = weight[part]
            if dst.endswith(".key"):
                if np.any(bias[part] != 0):
                    # softmax is invariant to it: dropping a key bias is exact
                    logger.debug("%s: dropping non-zero key bias (no effect on attention)", src)
                continue
            state[f"{dst}.bias"] = bias[part]

    def attention(src: str, dst: str, n_state: int, cross: bool) -> None:
        if cross:
            split_linear(f"{src}/linear_0", [f"{dst}.query"], n_state)
            split_linear(f"{src}/linear_1", [f"{dst}.key", f"{dst}.value"], n_state)
            linear(f"{src}/linear_2", f"{dst}.out")
        else:
            split_linear(f"{src}/linear_0", [f"{dst}.query", f"{dst}.key", f"{dst}.value"], n_state)
            linear(f"{src}/linear_1", f"{dst}.out")

    def block(src: str, dst: str, n_state: int, cross: bool) -> None:
        attention(f"{src}/self_attention", f"{dst}.attn", n_state, cross=False)
        layer_norm(f"{src}/self_attention/layer_norm", f"{dst}.attn_ln")
        if cross:
            attention(f"{src}/attention", f"{dst}.cross_attn", n_state, cross=True)
            layer_norm(f"{src}/attention/layer_norm", f"{dst}.cross_attn_ln")
        linear(f"{src}/ffn/linear_0", f"{dst}.mlp.0")
        linear(f"{src}/ffn/linear_1", f"{dst}.mlp.2")
        layer_norm(f"{src}/ffn/layer_norm", f"{dst}.mlp_ln")

    # -- dimensions, derived from the tensors
    conv1 = get("encoder/conv1/weight")  # (n_audio_state, n_mels, 3)
    n_audio_state, n_mels = int(conv1.shape[0]), int(conv1.shape[1])
    token_embedding = get("decoder/embeddings/weight")  # (n_vocab, n_text_state)
    n_vocab, n_text_state = (int(d) for d in token_embedding.shape)
    text_pos = get("decoder/position_encodings/encodings")  # (n_text_ctx, n_text_state)
    n_text_layer = _count_layers(v, "decoder")
    n_audio_layer = _count_layers(v, "encoder")
    if "encoder/position_encodings/encodings" in v:
        audio_pos = get("encoder/position_encodings/encodings")
        n_audio_ctx = int(audio_pos.shape[0])
    else:
        # Not stored: Whisper's 3000 mel frames halved by conv2's stride.
        n_audio_ctx = 1500
        audio_pos = _sinusoids(n_audio_ctx, n_audio_state)
    dims = {
        "n_mels": n_mels,
        "n_audio_ctx": n_audio_ctx,
        "n_audio_state": n_audio_state,
        "n_audio_head": _scalar(v, "encoder/num_heads"),
        "n_audio_layer": n_audio_layer,
        "n_vocab": n_vocab,
        "n_text_ctx": int(text_pos.shape[0]),
        "n_text_state": n_text_state,
        "n_text_head": _scalar(v, "decoder/num_heads"),
        "n_text_layer": n_text_layer,
    }
    if text_pos.shape[1] != n_text_state or audio_pos.shape[1] != n_audio_state:
        raise Ct2FormatError(f"positional embeddings do not match the model width: {dims}")

    # -- encoder
    for i in (1, 2):
        state[f"encoder.conv{i}.weight"] = get(f"encoder/conv{i}/weight")
        state[f"encoder.conv{i}.bias"] = get(f"encoder/conv{i}/bias")
    state["encoder.positional_embedding"] = audio_pos
    for i in range(n_audio_layer):
        block(f"encoder/layer_{i}", f"encoder.blocks.{i}", n_audio_state, cross=False)
    layer_norm("encoder/layer_norm", "encoder.ln_post")

    # -- decoder
    state["decoder.token_embedding.weight"] = token_embedding
    state["decoder.positional_embedding"] = text_pos
    for i in range(n_text_layer):
        block(f"decoder/layer_{i}", f"decoder.blocks.{i}", n_text_state, cross=True)
    layer_norm("decoder/layer_norm", "decoder.ln")

    # openai-whisper ties the output projection to the token embedding; a CT2 model with an
    # untied projection cannot be represented.
    projection = get("decoder/projection/weight")
    if projection is not token_embedding and not np.array_equal(projection, token_embedding):
        raise Ct2FormatError("decoder projection is not tied to the token embedding")

    checkpoint: dict[str, Any] = {
        "dims": dims,
        "model_state_dict": {
            name: torch.from_numpy(np.array(array, dtype=np_dtype, order="C", copy=True))
            for name, array in state.items()
        },
    }
    heads = (config or {}).get("alignment_heads")
    if heads:
        checkpoint["alignment_heads"] = encode_alignment_heads(heads, n_text_layer, dims["n_text_head"])
    return checkpoint


def convert_ct2_to_openai(ct2_dir: Path, out_path: Path, dtype: str = "float16") -> Path:
    """Convert the CTranslate2 Whisper model in ``ct2_dir`` into an openai-whisper file.

    Reads ``model.bin`` (and ``config.json`` for the alignment heads when present) and
    writes ``out_path`` atomically (a temporary file in the same directory, then a rename).
    float16 is lossless for float16 CT2 models and halves the file; openai-whisper casts
    the weights to float32 on load on CPU anyway. Returns ``out_path``.
    """
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError(OPENAI_EXTRA_HINT) from exc

    ct2_dir, out_path = Path(ct2_dir), Path(out_path)
    model_bin = ct2_dir / "model.bin"
    if not model_bin.is_file():
        raise Ct2FormatError(f"{ct2_dir} is not a CTranslate2 model directory (no model.bin)")
    config: dict[str, Any] = {}
    if (ct2_dir / "config.json").is_file():
        config = json.loads((ct2_dir / "config.json").read_text(encoding="utf-8"))
    checkpoint = build_openai_checkpoint(read_ct2_model(model_bin), config, dtype=dtype)

    with atomic_path(out_path) as tmp:
        torch.save(checkpoint, tmp)
    logger.info("converted %s into openai-whisper checkpoint %s", ct2_dir, out_path)
    return out_path


# --------------------------------------------------------------------------- caching


def _source_key(ct2_dir: Path) -> str:
    """Identify the source model: the SHA-256 in ``.verified`` if present, else size+mtime."""
    marker = ct2_dir / ".verified"
    if marker.is_file():
        digest = marker.read_text(encoding="utf-8").strip()
        if re.fullmatch(r"[0-9a-f]{64}", digest):
            return digest
    stat = (ct2_dir / "model.bin").stat()
    basis = f"{(ct2_dir / 'model.bin').resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def openai_checkpoint_for(ct2_dir: Path, cache_dir: Path, dtype: str = "float16") -> Path:
    """Return an openai-whisper checkpoint for ``ct2_dir``, converting it only once.

    The file is ``cache_dir/openai-whisper-<key>.pt`` where the key covers the source
    model (``.verified`` SHA-256, else a hash of path, size and mtime), the converter
    version and ``dtype``; a changed source or converter gives a new file. Concurrent
    callers are safe: each writes its own temporary file and the rename is atomic.
    """
    ct2_dir, cache_dir = Path(ct2_dir), Path(cache_dir)
    if not (ct2_dir / "model.bin").is_file():
        raise Ct2FormatError(f"{ct2_dir} is not a CTranslate2 model directory (no model.bin)")
    key = hashlib.sha256(
        f"{_source_key(ct2_dir)}|v{CONVERTER_VERSION}|{dtype}".encode("utf-8")
    ).hexdigest()[:20]
    target = cache_dir / f"openai-whisper-{key}.pt"
    if target.is_file() and target.stat().st_size > 0:
        return target
    return convert_ct2_to_openai(ct2_dir, target, dtype=dtype)


def read_alignment_heads(checkpoint_path: Path) -> bytes | None:
    """The alignment-heads dump stored by :func:`convert_ct2_to_openai`, or None.

    Returns bytes ready for ``model.set_alignment_heads``. Uses a memory-mapped load, so
    reading this one key does not read the weights.
    """
    import torch

    try:
        checkpoint = torch.load(str(checkpoint_path), map_location="cpu", weights_only=True, mmap=True)
    except RuntimeError:  # legacy (non-zip) checkpoint: mmap unsupported
        checkpoint = torch.load(str(checkpoint_path), map_location="cpu", weights_only=True)
    heads = checkpoint.get("alignment_heads") if isinstance(checkpoint, dict) else None
    return heads.encode("ascii") if isinstance(heads, str) else heads
