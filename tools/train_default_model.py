"""Train the default grade and category model shipped in qa_pipeline/scoring/default_model.

The model is trained on labelled synthetic transcripts (tools/gen_calls/transcripts.py): the
rules run on each, the features are taken, and the classifiers fit the generated grades
(which carry grader noise and bias, as human grades do) and categories. A second, separately
seeded corpus is the evaluation set: there the classifier's p_fail and the scorecard alone
are both compared with the truth, to show what the classifier adds.

    .venv/bin/python tools/train_default_model.py            # writes the model and its card
    .venv/bin/python tools/train_default_model.py --check    # figures only, writes nothing
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools" / "gen_calls"))

from transcripts import generate_corpus  # noqa: E402

from qa_pipeline.config import load_config  # noqa: E402
from qa_pipeline.pipeline import Scorer  # noqa: E402
from qa_pipeline.records import Call  # noqa: E402
from qa_pipeline.scoring.features import call_features, feature_frame  # noqa: E402
from qa_pipeline.scoring.model_store import DEFAULT_MODEL_DIR, load_model, save_model  # noqa: E402
from qa_pipeline.scoring.prediction import predict  # noqa: E402
from qa_pipeline.scoring.training import train  # noqa: E402

TRAIN_SEED, TRAIN_N = 1, 3000
EVAL_SEED, EVAL_N = 2, 1000


def featurise(calls, config):
    """(feature frame indexed by call id, labels frame, scorecard scores) of generated calls."""
    scorer = Scorer(config)
    rows, scores = [], []
    for c in calls:
        scored = scorer.score(c.transcript, "default", Call(c.call_id, "", c.agent_id, c.started_at))
        rows.append(call_features(c.transcript, scored.findings, config.scoring.review_below_confidence))
        scores.append(scored.score.score)
    ids = pd.Index([c.call_id for c in calls], name="call_id")
    labels = pd.DataFrame({"call_id": ids, "grade": [c.grade for c in calls], "category": [c.category for c in calls]})
    return feature_frame(rows).set_axis(ids), labels, np.array(scores)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    config = load_config()
    t0 = time.time()
    train_calls, eval_calls = generate_corpus(TRAIN_N, TRAIN_SEED), generate_corpus(EVAL_N, EVAL_SEED)
    X, labels, _ = featurise(train_calls, config)
    Xe, labels_e, card_scores = featurise(eval_calls, config)
    source = (f"{TRAIN_N} synthetic transcripts (tools/gen_calls/transcripts.py, seed {TRAIN_SEED}): "
              "grades from injected defects with grader noise and bias, 6% adjacent-level flips")
    model = train(X, labels, source=source)
    with tempfile.TemporaryDirectory() as tmp:
        loaded = load_model(save_model(model, Path(tmp)))
        predictions = predict(loaded, Xe.to_dict("records"))
    failed = np.array([c.grade == "不合格" for c in eval_calls], dtype=int)
    truly_failed = np.array([c.true_points < 75 for c in eval_calls], dtype=int)
    p_fail = np.array([p.p_fail for p in predictions])
    lines = [
        f"trained in {time.time() - t0:.0f} s on {TRAIN_N} calls; evaluated on {EVAL_N} others (seed {EVAL_SEED})",
        f"grade, 5-fold CV on the training calls: accuracy {model.grade_metrics.accuracy:.3f}, "
        f"macro-F1 {model.grade_metrics.macro_f1:.3f}, ROC AUC (fail) {model.grade_metrics.roc_auc:.3f}, "
        f"Brier {model.grade_metrics.brier:.3f}",
        f"category, 5-fold CV: accuracy {model.category_metrics.accuracy:.3f}, macro-F1 {model.category_metrics.macro_f1:.3f}",
        f"evaluation calls, grade: accuracy {accuracy_score(labels_e['grade'], [p.grade for p in predictions]):.3f}, "
        f"macro-F1 {f1_score(labels_e['grade'], [p.grade for p in predictions], average='macro'):.3f}",
        f"evaluation calls, category: accuracy {accuracy_score(labels_e['category'], [p.category for p in predictions]):.3f}",
        "ROC AUC for 'graded 不合格' (the noisy human label):",
        f"  classifier p_fail {roc_auc_score(failed, p_fail):.3f}   scorecard alone {roc_auc_score(failed, -card_scores):.3f}",
        "ROC AUC for 'truly failing' (points before grader noise < 75):",
        f"  classifier p_fail {roc_auc_score(truly_failed, p_fail):.3f}   scorecard alone {roc_auc_score(truly_failed, -card_scores):.3f}",
    ]
    print("\n".join(lines))
    if args.check:
        return
    if DEFAULT_MODEL_DIR.exists():
        shutil.rmtree(DEFAULT_MODEL_DIR)
    saved = save_model(model, DEFAULT_MODEL_DIR.parent)
    saved.rename(DEFAULT_MODEL_DIR)
    (DEFAULT_MODEL_DIR / "MODEL_CARD.md").write_text(card(model, lines), encoding="utf-8")
    print(f"wrote {DEFAULT_MODEL_DIR}")


def card(model, lines: list[str]) -> str:
    m, c = model.grade_metrics, model.category_metrics
    confusion = "\n".join(f"| {name} | " + " | ".join(str(v) for v in row) + " |" for name, row in zip(m.classes, m.confusion))
    return f"""# Default model card

**What it is.** Two calibrated logistic regressions (`qa_pipeline.scoring.classifier.CallClassifier`):
the QA grade (优秀 / 合格 / 不合格, with `p_fail`) from rule findings, rates, ASR confidence and the
agent's words (jieba tokens, TF-IDF); and the call category (咨询 / 建议 / 投诉 / 求助) from the
whole conversation's words. Saved with skops.

**What it was trained on.** {model.source}. No real calls and no real grades: it knows
what the generator knows. **A team should retrain it on its own graded calls**
(`qa-pipeline train --labels labels.csv`), which replaces it for that team's store.

**Cross-validated (5-fold) on the training calls.**

- grade: accuracy {m.accuracy:.3f}, macro-F1 {m.macro_f1:.3f}, ROC AUC of p_fail {m.roc_auc:.3f}, Brier {m.brier:.3f}
- category: accuracy {c.accuracy:.3f}, macro-F1 {c.macro_f1:.3f}, ROC AUC (one-vs-rest) {c.roc_auc:.3f}

Grade confusion (rows: given grade, columns: predicted, order {" / ".join(m.classes)}):

| given | {" | ".join(m.classes)} |
|---|{"---|" * len(m.classes)}
{confusion}

**On a separate generated set** (`tools/train_default_model.py --check` reprints this):

```
{chr(10).join(lines)}
```

The grades carry grader noise (σ 4 points, three graders biased −3/0/+3, 6% adjacent flips),
so no model can reach 1.0 against them; the "truly failing" line compares with the points
before that noise.
"""


if __name__ == "__main__":
    main()
