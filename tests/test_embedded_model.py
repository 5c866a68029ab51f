"""The embedded model is assembled from the two PyPI parts, verified, and reused."""

import pytest

from qa_pipeline.asr import model
from qa_pipeline.asr.model import ModelNotAvailable, embedded_model_dir, resolve_model


def test_assembles_once_into_the_cache_and_verifies(tmp_path):
    path = embedded_model_dir(tmp_path)
    assert (path / "model.bin").stat().st_size == 2 * 72608766
    assert {"config.json", "tokenizer.json", "vocabulary.txt", ".verified"} <= {p.name for p in path.iterdir()}
    mtime = (path / "model.bin").stat().st_mtime_ns
    assert embedded_model_dir(tmp_path) == path
    assert (path / "model.bin").stat().st_mtime_ns == mtime  # not rebuilt


def test_wrong_checksum_is_refused_and_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "MODEL_BIN_SHA256", "0" * 64)
    with pytest.raises(ModelNotAvailable, match="SHA-256"):
        embedded_model_dir(tmp_path)
    assert not (tmp_path / model.EMBEDDED_MODEL_NAME).exists()
    assert not list(tmp_path.glob(".assemble-*"))


def test_resolve_model_passes_local_dirs_and_names_through(tmp_path):
    assert resolve_model(str(tmp_path)) == str(tmp_path)
    assert resolve_model("large-v3") == "large-v3"
    assert resolve_model("embedded", tmp_path) == str(tmp_path / model.EMBEDDED_MODEL_NAME)
