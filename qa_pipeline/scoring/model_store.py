"""The model store: saved classifier versions, and which one is active.

Models are saved with skops (never pickle) into the store (``$QA_PIPELINE_MODELS``, else
``./qa-models``) and loaded only from there or from the default model shipped with the
package; loading refuses any type that is not scikit-learn's, NumPy's, SciPy's or this
package's. The newest version in the store is the active one.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from ..errors import BadInput
from ..files import atomic_path

if TYPE_CHECKING:
    from .classifier import CallClassifier
    from .training import TrainedModel

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "qa_pipeline.scoring.")


def models_dir() -> Path:
    """The project's model store: $QA_PIPELINE_MODELS, else ./qa-models."""
    return Path(os.environ.get("QA_PIPELINE_MODELS") or "qa-models")


def save_model(model: TrainedModel, directory: Path | None = None) -> Path:
    """Write ``model`` as a new version (``grade-<created>/``): classifiers in skops, facts in JSON."""
    import skops.io as sio

    target = (directory or models_dir()) / f"grade-{model.created}"
    target.mkdir(parents=True, exist_ok=False)
    with atomic_path(target / "grade.skops") as tmp:
        sio.dump(model.grade, tmp, compression=zipfile.ZIP_DEFLATED)
    if model.category is not None:
        with atomic_path(target / "category.skops") as tmp:
            sio.dump(model.category, tmp, compression=zipfile.ZIP_DEFLATED)
    card = {"created": model.created, "trained_on": model.trained_on, "fail_grades": list(model.fail_grades),
            "source": model.source, "grade_metrics": asdict(model.grade_metrics),
            "category_metrics": asdict(model.category_metrics) if model.category_metrics else None}
    with atomic_path(target / "model.json") as tmp:
        tmp.write_text(json.dumps(card, ensure_ascii=False, indent=1), encoding="utf-8")
    return target


def _load_skops(path: Path) -> CallClassifier:
    import skops.io as sio

    untrusted = sio.get_untrusted_types(file=path)
    foreign = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
    if foreign:
        raise BadInput(f"{path}: refusing to load a model holding foreign types: {', '.join(foreign[:5])}")
    return sio.load(path, trusted=untrusted)


@dataclass(frozen=True)
class LoadedModel:
    grade: CallClassifier
    category: CallClassifier | None
    fail_grades: tuple[str, ...]
    version: str  # the model directory's name: shown with every prediction
    card: Mapping


def load_model(directory: Path) -> LoadedModel:
    card = _read_card(directory)
    category = directory / "category.skops"
    version = f"default-{card.get('created', '')}" if directory == DEFAULT_MODEL_DIR else directory.name
    return LoadedModel(_load_skops(directory / "grade.skops"), _load_skops(category) if category.exists() else None,
                       tuple(card.get("fail_grades") or ()), version, card)


def _read_card(directory: Path) -> dict:
    try:
        return json.loads((directory / "model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BadInput(f"{directory}: not a saved model: {e}") from e


def active_model_dir(directory: Path | None = None) -> Path | None:
    """Where the active model is: the newest in the store, else the default shipped with the package (if any)."""
    store = directory or models_dir()
    versions = sorted(p for p in store.glob("grade-*") if (p / "model.json").exists()) if store.exists() else []
    if versions:
        return versions[-1]
    return DEFAULT_MODEL_DIR if (DEFAULT_MODEL_DIR / "model.json").exists() else None


def active_model(directory: Path | None = None) -> LoadedModel | None:
    """The newest model in the store, else the default model shipped with the package (if any)."""
    found = active_model_dir(directory)
    return load_model(found) if found is not None else None


def active_fail_grades(directory: Path | None = None) -> tuple[str, ...]:
    """The active model's failing grades, from its card: without loading its classifiers (seconds)."""
    found = active_model_dir(directory)
    return tuple(_read_card(found).get("fail_grades") or ()) if found is not None else ()
