"""The classifiers learn generated QA grades and categories, and the default model works out of the box."""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import accuracy_score, roc_auc_score

from qa_pipeline.scoring.scorer import Scorer
from qa_pipeline.scoring.features import call_features, feature_frame
from qa_pipeline.scoring.model_store import DEFAULT_MODEL_DIR, active_model, load_model
from qa_pipeline.scoring.prediction import predict
from qa_pipeline.scoring.training import train

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))
from transcripts import generate_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(config):
    calls = generate_corpus(600, seed=11)
    scorer = Scorer(config)
    rows = [call_features(c.transcript, scorer.score(c.transcript, "default").findings) for c in calls]
    ids = pd.Index([c.call_id for c in calls], name="call_id")
    labels = pd.DataFrame({"call_id": ids, "grade": [c.grade for c in calls], "category": [c.category for c in calls]})
    return feature_frame(rows).set_axis(ids), labels


def test_a_model_trained_on_graded_calls_clears_its_floors_on_held_out_calls(corpus, tmp_path):
    X, labels = corpus
    model = train(X.iloc[:400], labels.iloc[:400])
    held_out = labels.iloc[400:]
    got = predict(load_model(_saved(model, tmp_path)), X.iloc[400:].to_dict("records"))
    grade_accuracy = accuracy_score(held_out["grade"], [p.grade for p in got])
    failed = (held_out["grade"] == "不合格").astype(int)
    auc = roc_auc_score(failed, [p.p_fail for p in got])
    category_accuracy = accuracy_score(held_out["category"], [p.category for p in got])
    print(f"\nheld out: grade accuracy {grade_accuracy:.3f}, p_fail ROC AUC {auc:.3f}, category accuracy {category_accuracy:.3f}")
    assert grade_accuracy >= 0.65 and auc >= 0.85 and category_accuracy >= 0.8
    assert model.grade_metrics.roc_auc >= 0.85  # the cross-validated figure agrees


def test_probabilities_are_calibrated_enough_to_rank_and_to_read(corpus):
    X, labels = corpus
    metrics = train(X, labels).grade_metrics
    assert metrics.brier is not None and metrics.brier < 0.1
    for predicted, observed, n in metrics.calibration:
        assert abs(predicted - observed) < 0.25, metrics.calibration


def _saved(model, tmp_path):
    from qa_pipeline.scoring.model_store import save_model

    return save_model(model, tmp_path)


def test_the_default_model_ships_with_its_card_and_loads_from_the_package(tmp_path):
    assert (DEFAULT_MODEL_DIR / "MODEL_CARD.md").exists()
    model = active_model(tmp_path / "no-models-here")
    assert model is not None and model.version.startswith("default-")
    assert set(model.grade.classes_) == {"优秀", "合格", "不合格"} and model.fail_grades == ("不合格",)
    assert model.category is not None and set(model.category.classes_) == {"咨询", "建议", "投诉", "求助"}


def test_a_newer_model_in_the_store_replaces_the_default(corpus, tmp_path):
    X, labels = corpus
    from qa_pipeline.scoring.model_store import save_model

    saved = save_model(train(X.iloc[:200], labels.iloc[:200]), tmp_path)
    assert active_model(tmp_path).version == saved.name
    p = predict(active_model(tmp_path), X.iloc[:3].to_dict("records"))
    assert all(0.0 <= x.p_fail <= 1.0 for x in p) and np.all([x.reasons for x in p])


def test_train_command_learns_from_stored_calls_and_rescore_applies_the_new_model(tmp_path, monkeypatch, config):
    from click.testing import CliRunner

    from qa_pipeline.cli import cli
    from qa_pipeline.records import Call
    from qa_pipeline.store import Store

    calls = generate_corpus(200, seed=5)
    url = f"sqlite:///{tmp_path / 'qa.sqlite'}"
    store, scorer = Store(url), Scorer(config)
    for i, c in enumerate(calls):
        call = Call(c.call_id, f"/rec/{c.call_id}.wav", c.agent_id, c.started_at)
        store.save_done(call, audio_sha256=f"{i:064d}", transcript=c.transcript,
                        scored=scorer.score(c.transcript, "default", call), run_id=None)
    labels = tmp_path / "labels.csv"
    rows = ["call_id,grade,category"] + [f"{c.call_id},{c.grade},{c.category}" for c in calls] + ["NOT-STORED,合格,咨询"]
    labels.write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("QA_PIPELINE_MODELS", str(tmp_path / "models"))
    runner = CliRunner()
    trained = runner.invoke(cli, ["train", "--labels", str(labels), "--db", url])
    assert trained.exit_code == 0, trained.output
    assert "NOT-STORED" in trained.output and "ROC AUC" in trained.output and "confusion" in trained.output
    (version,) = [p.name for p in (tmp_path / "models").iterdir()]
    assert runner.invoke(cli, ["rescore", "--db", url, "--workers", "1"]).exit_code == 0
    row = store.call_row(calls[0].call_id)
    assert row["model_version"] == version and row["predicted_grade"] in ("优秀", "合格", "不合格")

    one_class = tmp_path / "one.csv"
    one_class.write_text("call_id,grade\n" + "".join(f"{c.call_id},合格\n" for c in calls), encoding="utf-8")
    refused = runner.invoke(cli, ["train", "--labels", str(one_class), "--db", url])
    assert refused.exit_code != 0 and "same grade" in str(refused.exception or refused.output)
