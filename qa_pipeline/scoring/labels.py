"""The QA team's own grades of stored calls: the labels the classifiers learn from.

A labels file is ``call_id,grade[,category]`` (UTF-8); ``check_labels`` says, in one line,
why a set of labels cannot train a model (too few calls, one class, a class too rare).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pandas as pd

from ..errors import BadInput, QAError
from ..export import restore_formula

MIN_LABELS = 30  # fewer graded calls say nothing a team could rely on
MIN_PER_CLASS = 5
FAIL_GRADES = ("不合格", "fail", "FAIL", "Fail", "不及格", "0")  # grades that mean a failed call, when a team uses them


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
    # the web app's export quotes a cell that starts like a formula ('=…): the call id is without it
    labels["call_id"] = labels["call_id"].map(restore_formula)
    labels = labels[labels["grade"].str.strip() != ""]
    if labels["call_id"].duplicated().any():
        dupes = labels.loc[labels["call_id"].duplicated(), "call_id"].head(3).tolist()
        raise BadInput(f"{path}: a call is graded twice: {', '.join(dupes)}")
    return labels.reset_index(drop=True)


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
