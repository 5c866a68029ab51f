"""The call classifier: scikit-learn's estimator contract, skops round trip, refusals."""

import numpy as np
import pandas as pd
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from qa_pipeline.errors import BadInput
from qa_pipeline.scoring.classifier import CallClassifier
from qa_pipeline.scoring.features import AGENT_TEXT, CALL_TEXT, NUMERIC
from qa_pipeline.scoring.labels import TrainingError, load_labels
from qa_pipeline.scoring.model_store import active_model, load_model, save_model
from qa_pipeline.scoring.prediction import predict
from qa_pipeline.scoring.training import train


@parametrize_with_checks([CallClassifier(), CallClassifier(calibration="isotonic", cv=3)])
def test_follows_the_scikit_learn_estimator_contract(estimator, check):
    check(estimator)


def toy_frame(n=120, seed=0):
    """Calls whose grade follows their taboo and filler counts, with words that say so."""
    rng = np.random.default_rng(seed)
    rows, grades = [], []
    for i in range(n):
        taboo, fillers = int(rng.random() < 0.3), int(rng.integers(0, 6))
        row = {c: float(rng.normal()) for c in NUMERIC}
        row.update(n_forbidden_phrase=taboo, n_filler=fillers)
        bad = taboo or fillers >= 4
        row[AGENT_TEXT] = "您好 请问 " + ("不知道 没办法" if taboo else "好的 为您 办理") + " 嗯" * fillers
        row[CALL_TEXT] = row[AGENT_TEXT] + (" 投诉 太慢" if i % 2 else " 查询 账单")
        rows.append(row)
        grades.append("不合格" if bad else ("合格" if fillers >= 2 else "优秀"))
    ids = [f"C{i:03d}" for i in range(n)]
    frame = pd.DataFrame(rows, index=pd.Index(ids, name="call_id"))
    labels = pd.DataFrame({"call_id": ids, "grade": grades, "category": ["投诉" if i % 2 else "咨询" for i in range(n)]})
    return frame, labels


def test_trained_model_round_trips_through_skops_and_predicts_the_same(tmp_path):
    frame, labels = toy_frame()
    model = train(frame, labels, source="toy")
    assert model.grade_metrics.accuracy > 0.8 and model.category_metrics.accuracy > 0.9
    saved = save_model(model, tmp_path)
    assert (saved / "grade.skops").exists() and not list(saved.glob("*.pkl"))
    loaded = load_model(saved)
    rows = frame.head(5).to_dict("records")
    assert np.allclose(loaded.grade.predict_proba(frame.head(5)), model.grade.predict_proba(frame.head(5)))
    first = predict(loaded, rows)[0]
    assert first.model_version == saved.name and 0.0 <= first.p_fail <= 1.0 and first.category in ("投诉", "咨询")
    assert active_model(tmp_path).version == saved.name


def test_explanations_name_what_pushed_the_grade():
    frame, labels = toy_frame()
    model = train(frame, labels)
    taboo_call = frame[frame["n_forbidden_phrase"] == 1].head(1)
    reasons = model.grade.explain(taboo_call, top=3)[0]
    assert reasons and all(push > 0 for _, push in reasons)
    assert any("forbidden" in name or name in ("不知道", "没办法") for name, _ in reasons), reasons


@pytest.mark.parametrize("grades, message", [
    (["合格"] * 60, "same grade"),
    (["合格"] * 10 + ["不合格"] * 10, "only 20 graded calls"),
    (["合格"] * 57 + ["不合格"] * 3, "too few calls graded '不合格'"),
])
def test_training_on_too_few_or_one_class_labels_is_refused_clearly(grades, message):
    frame, _ = toy_frame(len(grades))
    labels = pd.DataFrame({"call_id": frame.index, "grade": grades})
    with pytest.raises(TrainingError, match=message):
        train(frame, labels)


def test_labels_file_problems_name_the_file(tmp_path):
    bad = tmp_path / "labels.csv"
    bad.write_text("call,score\nC1,90\n", encoding="utf-8")
    with pytest.raises(BadInput, match="labels.csv.*call_id and grade"):
        load_labels(bad)
    twice = tmp_path / "twice.csv"
    twice.write_text("call_id,grade\nC1,合格\nC1,不合格\n", encoding="utf-8")
    with pytest.raises(BadInput, match="graded twice: C1"):
        load_labels(twice)


def test_a_model_file_holding_foreign_types_is_refused(tmp_path):
    import skops.io as sio

    frame, labels = toy_frame()
    saved = save_model(train(frame, labels), tmp_path)
    sio.dump({"payload": __import__("fractions").Fraction(1, 3)}, saved / "grade.skops")
    with pytest.raises(BadInput, match="foreign types"):
        load_model(saved)


def _dense_explanations(model, frame, top=3):
    """The explanation as first written: every feature of the row ranked, the class predicted again."""
    base = model.grade._base()
    features, regression = base.named_steps["features"], base.named_steps["model"]
    names = [n.split("__", 1)[-1] for n in features.get_feature_names_out()]
    Z = features.transform(frame)
    Z = Z.toarray() if hasattr(Z, "toarray") else np.asarray(Z)
    predicted = np.searchsorted(model.grade.classes_, model.grade.predict(frame))
    coef = regression.coef_
    if coef.shape[0] == 1:
        coef = np.vstack([-coef[0], coef[0]])
    out = []
    for z, k in zip(Z, predicted):
        push = z * coef[k]
        out.append([(names[i], round(float(push[i]), 3)) for i in np.argsort(-push)[:top] if push[i] > 0])
    return out


def test_explanations_over_the_row_s_own_features_are_those_over_every_feature():
    # explain ranks only a row's non-zero features and may reuse predict_proba's result (issue 17)
    frame, labels = toy_frame(200, seed=3)
    model = train(frame, labels)
    proba = model.grade.predict_proba(frame)
    fast = model.grade.explain(frame, top=3, proba=proba)
    assert fast == model.grade.explain(frame, top=3) == _dense_explanations(model, frame)
    assert sum(len(r) for r in fast) > 300  # most rows have three reasons to compare
