"""A learned model's view of calls: the predicted grade, the probability of a failed call,
the category and the features that pushed the grade most."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..records import Prediction
from .features import feature_frame
from .model_store import LoadedModel


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
    reasons = model.grade.explain(frame, top=3, proba=proba)
    categories = model.category.predict(frame) if model.category is not None else [""] * len(rows)
    return [Prediction(str(g), None if p is None else round(float(p), 4), str(c), tuple(r), model.version)
            for g, p, c, r in zip(grades, p_fail, categories, reasons)]
