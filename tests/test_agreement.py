"""Calibration's agreement statistics against published examples and the libraries themselves."""

from __future__ import annotations

import numpy as np
import pytest

from qa_pipeline.scoring.agreement import agreement, alpha, cohen, cohen_pairs, fleiss, icc, majority, verdict

# Fleiss (1971) as Wikipedia gives it: 10 subjects, 14 raters, 5 categories; κ = 0.210
FLEISS_COUNTS = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
                 [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers × 12 units, gaps
_ = None
KRIPPENDORFF = [  # rows: observers A–D
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]

# Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges, and their Table 4 of the six ICCs
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
SHROUT_FLEISS_ICC = dict(icc1=0.17, icc2=0.29, icc3=0.71, icc1k=0.44, icc2k=0.62, icc3k=0.91)


def test_fleiss_kappa_matches_the_published_example():
    matrix = [[k for k, n in enumerate(row) for _ in range(n)] for row in FLEISS_COUNTS]
    assert fleiss(matrix, labels=range(5)) == pytest.approx(0.210, abs=5e-4)


def test_krippendorff_alpha_matches_the_published_example_with_missing_ratings():
    units = [list(u) for u in zip(*KRIPPENDORFF)]  # units × observers
    labels = [1, 2, 3, 4, 5]
    assert alpha(units, labels, "nominal") == pytest.approx(0.743, abs=5e-4)
    # ordinal: the package's own figure for these data, reached through our units × raters form
    import krippendorff

    data = np.array([[np.nan if v is None else v for v in row] for row in KRIPPENDORFF], dtype=float)
    assert alpha(units, labels, "ordinal") == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="ordinal"), abs=1e-9)


def test_cohen_kappa_matches_the_textbook_example_and_scikit_learn():
    # 50 proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15 → p_o 0.7, p_e 0.5, κ 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen(a, b) == pytest.approx(0.4)
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(3)
    x, y = rng.integers(0, 3, 40).tolist(), rng.integers(0, 3, 40).tolist()
    assert cohen(x, y) == pytest.approx(cohen_kappa_score(x, y))


def test_icc_matches_shrout_and_fleiss_table_4():
    found = icc(SHROUT_FLEISS)
    assert (found.n_units, found.n_raters) == (6, 4)
    for name, published in SHROUT_FLEISS_ICC.items():
        assert getattr(found, name) == pytest.approx(published, abs=0.005), name


def test_pairs_skip_missing_ratings_and_name_both_raters():
    matrix = [["A", "A", None], ["B", "B", "B"], ["A", "B", "A"], ["B", "B", "B"]]
    pairs = cohen_pairs(matrix, ["wang", "li", "zhao"])
    assert [(p.a, p.b, p.n) for p in pairs] == [("wang", "li", 4), ("wang", "zhao", 3), ("li", "zhao", 3)]
    assert pairs[1].kappa == pytest.approx(1.0)  # wang and zhao agree on the three calls both graded
    assert pairs[0].kappa == pytest.approx(cohen(["A", "B", "A", "B"], ["A", "B", "B", "B"]))


def test_what_cannot_be_computed_is_none_not_a_number():
    same = [["合格", "合格"], ["合格", "合格"], ["合格", "合格"]]
    figures = agreement(same, ["a", "b"], ["优秀", "合格", "不合格"])
    assert figures.unanimous == 1.0
    assert figures.fleiss is None and figures.alpha is None and figures.pairs[0].kappa is None
    assert icc([[80, 80], [80, 80]]) is None and icc([[80, 90]]) is None
    assert verdict(None) == "无法计算 undefined"


def test_perfect_and_chance_agreement_read_as_such():
    grades = ["优秀", "合格", "不合格"]
    perfect = [[g, g, g] for g in grades * 3]
    figures = agreement(perfect, ["a", "b", "c"], grades, "ordinal")
    assert figures.fleiss == pytest.approx(1.0) and figures.alpha == pytest.approx(1.0)
    assert figures.mean_pair_kappa == pytest.approx(1.0) and verdict(figures.fleiss) == "很好 good"
    rng = np.random.default_rng(0)
    noise = [[grades[i] for i in rng.integers(0, 3, 3)] for _ in range(300)]
    random = agreement(noise, ["a", "b", "c"], grades)
    assert abs(random.fleiss) < 0.1 and abs(random.alpha) < 0.1


def test_the_majority_needs_more_than_half():
    assert majority(["合格", "合格", "优秀"]) == "合格"
    assert majority(["合格", "优秀"]) is None and majority([None, "优秀", None]) == "优秀" and majority([]) is None
