"""A scikit-learn classifier of calls: the QA team's grade, or the call's category.

``CallClassifier`` is a plain estimator (``fit`` returns self, learned attributes end in
``_``, ``check_is_fitted`` guards use): standardised numbers and TF-IDF over pre-tokenised
text (space-joined jieba words: no custom tokenizer, so skops can save it), a logistic
regression, and probabilities calibrated by cross-validation. It takes the feature frame
of ``features.feature_frame``; given a plain numeric array it uses the numbers alone.

The regression is linear, so an explanation is exact: each feature's contribution to the
predicted class's score is its coefficient times its (scaled) value.
"""

from __future__ import annotations

import weakref

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from .features import NUMERIC


class CallClassifier(ClassifierMixin, BaseEstimator):
    """Logistic regression over call features with calibrated probabilities.

    Parameters
    ----------
    text : column of space-joined tokens to use (``None``: numbers only)
    numeric : whether to use the numeric feature columns
    C : inverse regularisation strength of the logistic regression
    max_features : vocabulary size of the TF-IDF
    calibration : ``"sigmoid"`` or ``"isotonic"``
    cv : folds for calibration (fewer when a class has fewer examples)
    """

    def __init__(self, text: str | None = "agent_tokens", numeric: bool = True, C: float = 1.0,
                 max_features: int = 5000, calibration: str = "sigmoid", cv: int = 5):
        self.text = text
        self.numeric = numeric
        self.C = C
        self.max_features = max_features
        self.calibration = calibration
        self.cv = cv

    def fit(self, X, y):
        X, y = self._check(X, y, reset=True)
        check_classification_targets(y)
        self.classes_, counts = np.unique(y, return_counts=True)
        if len(self.classes_) < 2:
            raise ValueError(f"needs at least two classes to learn from; got one class only: {self.classes_[0]!r}")
        base = Pipeline([("features", self._columns(X)), ("model", LogisticRegression(
            C=self.C, max_iter=5000, class_weight="balanced"))])
        folds = int(min(self.cv, counts.min()))
        if folds >= 2:
            self.model_ = CalibratedClassifierCV(base, method=self.calibration, cv=folds, ensemble=False).fit(X, y)
        else:  # too few examples of some class to calibrate: the regression's own probabilities
            self.model_ = base.fit(X, y)
        for _, transformer, _ in self._base().named_steps["features"].transformers_:
            if hasattr(transformer, "stop_words_"):
                transformer.stop_words_ = None  # every word left out of the vocabulary: megabytes, never used
        return self

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self)
        X, _ = self._check(X, reset=False)
        return self.model_.predict_proba(X)

    def predict(self, X) -> np.ndarray:
        check_is_fitted(self)
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def explain(self, X, top: int = 3, proba: np.ndarray | None = None) -> list[list[tuple[str, float]]]:
        """Per row, the ``top`` features that pushed the predicted class's score most, with their push.

        ``proba``: ``predict_proba(X)`` when the caller has it already (it is not worked out again)."""
        check_is_fitted(self)
        X, _ = self._check(X, reset=False)
        base = self._base()
        features, model = base.named_steps["features"], base.named_steps["model"]
        names = _feature_names(base)
        Z = features.transform(X)
        Z = Z.tocsr() if hasattr(Z, "tocsr") else sparse.csr_matrix(np.asarray(Z))
        proba = self.predict_proba(X) if proba is None else proba
        predicted = np.searchsorted(self.classes_, self.classes_[np.argmax(proba, axis=1)])
        coef = model.coef_
        if coef.shape[0] == 1:  # binary: one row of coefficients, for classes_[1]
            coef = np.vstack([-coef[0], coef[0]])
        out = []
        for row, k in enumerate(predicted):
            # a feature that is zero in the row pushes nothing: only the row's others are ranked
            # (thousands of word columns, a few dozen of them in a call)
            cols = Z.indices[Z.indptr[row]:Z.indptr[row + 1]]
            push = Z.data[Z.indptr[row]:Z.indptr[row + 1]] * coef[k, cols]
            order = np.argsort(-push)[:top]
            out.append([(names[cols[i]], round(float(push[i]), 3)) for i in order if push[i] > 0])
        return out

    def _base(self) -> Pipeline:
        """The fitted features + regression (inside the calibration, fitted on all the data)."""
        if isinstance(self.model_, CalibratedClassifierCV):
            return self.model_.calibrated_classifiers_[0].estimator
        return self.model_

    def _check(self, X, y=None, *, reset: bool):
        if isinstance(X, pd.DataFrame):
            if reset:
                self.n_features_in_ = X.shape[1]
                self.feature_names_in_ = np.asarray(X.columns, dtype=object)
            elif X.shape[1] != self.n_features_in_:
                raise ValueError(f"X has {X.shape[1]} features, but {type(self).__name__} is expecting "
                                 f"{self.n_features_in_} features as input")
            return X, (None if y is None else np.asarray(y))
        if y is None:
            return validate_data(self, X, reset=reset), None
        return validate_data(self, X, y, reset=reset)

    def _columns(self, X) -> ColumnTransformer:
        if not isinstance(X, pd.DataFrame):  # a numeric array: every column is a number
            return ColumnTransformer([("num", StandardScaler(), list(range(X.shape[1])))])
        parts = []
        if self.numeric:
            numbers = [c for c in NUMERIC if c in X.columns] or [c for c in X.columns if c != self.text]
            parts.append(("num", StandardScaler(), numbers))
        if self.text and self.text in X.columns:
            parts.append(("words", TfidfVectorizer(token_pattern=r"(?u)\S+", lowercase=False, sublinear_tf=True,
                                                   min_df=2, max_features=self.max_features), self.text))
        return ColumnTransformer(parts)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # the text column
        return tags


# The fitted features' names per fitted pipeline, kept beside it rather than on the estimator
# (nothing extra is saved with a model): ColumnTransformer builds its five thousand names anew
# each time it is asked, a third of the fixed cost of predicting a batch (issue 17).
_NAMES: "weakref.WeakKeyDictionary[Pipeline, list[str]]" = weakref.WeakKeyDictionary()


def _feature_names(base: Pipeline) -> list[str]:
    if base not in _NAMES:
        _NAMES[base] = [n.split("__", 1)[-1] for n in base.named_steps["features"].get_feature_names_out()]
    return _NAMES[base]
