"""How far a team can trust a classifier: cross-validated accuracy, F1, ROC AUC, confusion,
and for the grade, the Brier score and calibration of its probability of a failed call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd
from sklearn.calibration import calibration_curve
from sklearn.metrics import accuracy_score, brier_score_loss, confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from .classifier import CallClassifier


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


def cross_validate(model: CallClassifier, X: pd.DataFrame, y: np.ndarray, fail_grades: Sequence[str] = (),
                   folds: int = 5, seed: int = 0) -> Metrics:
    """``model``'s out-of-fold predictions scored against ``y`` (stratified folds, no more than
    the rarest class has calls)."""
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
