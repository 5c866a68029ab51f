"""Learning the QA team's judgement from their own graded calls.

``train`` fits the grade classifier (and the category classifier when the labels have
categories), cross-validates both (``validation``) and returns the figures a team needs to
trust them. The labels are ``labels``; saving and loading models is ``model_store``;
applying one to calls is ``prediction``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Sequence

import pandas as pd

from .classifier import CallClassifier
from .features import AGENT_TEXT, CALL_TEXT
from .labels import FAIL_GRADES, check_labels
from .validation import Metrics, cross_validate

# Re-exported: code written before labels, model store and prediction had modules of their own imports them from here.
from .labels import MIN_LABELS, MIN_PER_CLASS, TrainingError, load_labels
from .model_store import (DEFAULT_MODEL_DIR, LoadedModel, active_fail_grades, active_model, active_model_dir,
                          load_model, models_dir, save_model)
from .prediction import predict

__all__ = ["TrainedModel", "train",
           "FAIL_GRADES", "MIN_LABELS", "MIN_PER_CLASS", "TrainingError", "load_labels", "check_labels",
           "Metrics", "cross_validate",
           "DEFAULT_MODEL_DIR", "LoadedModel", "active_fail_grades", "active_model", "active_model_dir", "load_model",
           "models_dir", "save_model", "predict"]


@dataclass(frozen=True)
class TrainedModel:
    """A model just fitted, with its cross-validated figures: what ``model_store.save_model`` writes."""

    grade: CallClassifier
    category: CallClassifier | None
    fail_grades: tuple[str, ...]
    grade_metrics: Metrics
    category_metrics: Metrics | None
    trained_on: int
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    source: str = ""  # what it was trained on, in words (the model card's first line)


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
