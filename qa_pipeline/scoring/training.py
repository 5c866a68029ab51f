"""Learning the QA team's judgement from their own graded calls, and the model store.

``train`` fits the grade classifier (and the category classifier when the labels have
categories), cross-validates both and returns the figures a team needs to trust them.
Models are saved with skops (never pickle) into the model store and loaded only from there
or from the default model shipped with the package; loading refuses any type that is not
scikit-learn's, NumPy's, SciPy's or this package's.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd
from sklearn.calibration import calibration_curve
from sklearn.metrics import accuracy_score, brier_score_loss, confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from ..errors import BadInput, QAError
from ..files import atomic_path
from .classifier import CallClassifier
from ..records import CATEGORIES, Prediction
from .features import AGENT_TEXT, CALL_TEXT, feature_frame

MIN_LABELS = 30  # fewer graded calls say nothing a team could rely on
MIN_PER_CLASS = 5
FAIL_GRADES = ("不合格", "fail", "FAIL", "Fail", "不及格", "0")
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "default_model"
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "qa_pipeline.scoring.")


class TrainingError(QAError):
    """The labels cannot train a model (too few, one class, unknown calls)."""


def load_labels(path: str | Path) -> pd.DataFrame:
    """``call_id,grade[,category]`` (UTF-8, extra columns ignored), one row per graded call."""
    path = Path(path)
    try:
        labels = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    except (OSError, ValueError, UnicodeDecodeError) as e:
        raise BadInput(f"{path}: cannot read labels: {e}") from e
    missing = {"call_id", "grade"} - set(labels.columns)
    if missing:
        raise BadInput(f"{path}: labels need columns call_id and grade (missing: {', '.join(sorted(missing))})")
    labels = labels[labels["grade"].str.strip() != ""]
    if labels["call_id"].duplicated().any():
        dupes = labels.loc[labels["call_id"].duplicated(), "call_id"].head(3).tolist()
        raise BadInput(f"{path}: a call is graded twice: {', '.join(dupes)}")
    return labels.reset_index(drop=True)


@dataclass(frozen=True)
class Metrics:
    """Cross-validated figures of one classifier."""

    n: int
    classes: tuple[str, ...]
    accuracy: float
    macro_f1: float
    roc_auc: float | None  # binary: of p_fail; several classes: one-vs-rest macro average
    confusion: tuple[tuple[int, ...], ...]  # rows: true class, columns: predicted, in ``classes`` order
    brier: float | None = None  # of p_fail against "failed", when the grade has a failing level
    calibration: tuple[tuple[float, float, int], ...] = ()  # (mean p_fail, observed fail rate, calls) per bin


@dataclass(frozen=True)
class TrainedModel:
    grade: CallClassifier
    category: CallClassifier | None
    fail_grades: tuple[str, ...]
    grade_metrics: Metrics
    category_metrics: Metrics | None
    trained_on: int
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    source: str = ""  # what it was trained on, in words (the model card's first line)


def check_labels(y: Sequence[str], what: str) -> None:
    counts = pd.Series(list(y)).value_counts()
    if len(y) < MIN_LABELS:
        raise TrainingError(f"only {len(y)} graded calls match stored calls: need at least {MIN_LABELS} to train {what}")
    if len(counts) < 2:
        raise TrainingError(f"every graded call has the same {what} ({counts.index[0]!r}): a model needs at least two")
    rare = counts[counts < MIN_PER_CLASS]
    if len(rare):
        raise TrainingError(f"too few calls graded {', '.join(f'{k!r} ({v})' for k, v in rare.items())} "
                            f"to learn {what}: need at least {MIN_PER_CLASS} of each")


def cross_validate(model: CallClassifier, X: pd.DataFrame, y: np.ndarray, fail_grades: Sequence[str] = (),
                   folds: int = 5, seed: int = 0) -> Metrics:
    classes = np.unique(y)
    folds = int(min(folds, pd.Series(y).value_counts().min()))
    proba = cross_val_predict(model, X, y, cv=StratifiedKFold(folds, shuffle=True, random_state=seed),
                              method="predict_proba")
    predicted = classes[np.argmax(proba, axis=1)]
    failing = [i for i, c in enumerate(classes) if c in fail_grades]
    auc = brier = None
    curve: tuple = ()
    if failing:
        p_fail = proba[:, failing].sum(axis=1)
        failed = np.isin(y, fail_grades).astype(int)
        auc = float(roc_auc_score(failed, p_fail)) if 0 < failed.sum() < len(failed) else None
        brier = float(brier_score_loss(failed, p_fail))
        observed, expected = calibration_curve(failed, p_fail, n_bins=5, strategy="quantile")
        bins = np.digitize(p_fail, np.quantile(p_fail, np.linspace(0, 1, 6))[1:-1])
        curve = tuple((round(float(e), 3), round(float(o), 3), int((bins == i).sum()))
                      for i, (o, e) in enumerate(zip(observed, expected)))
    elif len(classes) > 2:
        auc = float(roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=classes))
    return Metrics(
        n=len(y), classes=tuple(str(c) for c in classes),
        accuracy=round(float(accuracy_score(y, predicted)), 4),
        macro_f1=round(float(f1_score(y, predicted, average="macro")), 4),
        roc_auc=None if auc is None else round(auc, 4),
        confusion=tuple(tuple(int(v) for v in row) for row in confusion_matrix(y, predicted, labels=classes)),
        brier=None if brier is None else round(brier, 4),
        calibration=curve,
    )


def train(features: pd.DataFrame, labels: pd.DataFrame, *, fail_grades: Sequence[str] = FAIL_GRADES,
          source: str = "") -> TrainedModel:
    """Fit and cross-validate on ``features`` (indexed by call id) joined to ``labels``."""
    joined = labels.set_index("call_id").join(features, how="inner")
    grades = joined["grade"].to_numpy()
    check_labels(grades, "grade")
    X = joined[features.columns]
    grade_model = CallClassifier(text=AGENT_TEXT, numeric=True)
    grade_metrics = cross_validate(grade_model, X, grades, fail_grades)
    grade_model.fit(X, grades)
    category_model = category_metrics = None
    if "category" in joined.columns and (joined["category"] != "").any():
        with_category = joined[joined["category"] != ""]
        categories = with_category["category"].to_numpy()
        check_labels(categories, "category")
        category_model = CallClassifier(text=CALL_TEXT, numeric=False)
        category_metrics = cross_validate(category_model, with_category[features.columns], categories)
        category_model.fit(with_category[features.columns], categories)
    present = tuple(g for g in fail_grades if g in set(grades))
    return TrainedModel(grade_model, category_model, present, grade_metrics, category_metrics, len(joined),
                        source=source)


# ---------------------------------------------------------------------------- model store
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


def predict(model: LoadedModel, rows: Sequence[dict]) -> list[Prediction]:
    """Predictions for calls given as feature rows (``features.call_features``), in one batch."""
    if not rows:
        return []
    frame = feature_frame(rows)
    proba = model.grade.predict_proba(frame)
    classes = model.grade.classes_
    failing = [i for i, c in enumerate(classes) if c in model.fail_grades]
    p_fail = proba[:, failing].sum(axis=1) if failing else [None] * len(rows)
    grades = classes[np.argmax(proba, axis=1)]
    reasons = model.grade.explain(frame, top=3)
    categories = model.category.predict(frame) if model.category is not None else [""] * len(rows)
    return [Prediction(str(g), None if p is None else round(float(p), 4), str(c), tuple(r), model.version)
            for g, p, c, r in zip(grades, p_fail, categories, reasons)]
