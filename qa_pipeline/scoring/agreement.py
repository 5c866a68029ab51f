"""How far graders (and the tool) agree when they judge the same calls: calibration's figures.

The statistics come from well-kept libraries: Cohen's κ from scikit-learn, Fleiss' κ from
statsmodels, Krippendorff's α from ``krippendorff``. The intraclass correlation is Shrout &
Fleiss (1979) written out here (``icc``; the libraries that have it pull in plotting and
array stacks), checked against their published example in the tests.

A statistic that the data cannot define (every rating the same: chance agreement is already
1) is ``None``, shown as "–", never a made-up 1.0 or a NaN.

Ratings are given as a matrix: one row per unit (a call, or a call's scorecard item), one
column per rater, ``None`` where a rater gave nothing.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import Hashable, Sequence

import numpy as np

Label = Hashable
Matrix = Sequence[Sequence[Label | None]]

GOOD = 0.8  # κ or α at or above this: graders can be trusted to judge alike (README: reading the figures)
TENTATIVE = 0.667  # Krippendorff's lowest level for tentative conclusions


@dataclass(frozen=True)
class PairKappa:
    """Cohen's κ of two raters over the units both rated."""

    a: str
    b: str
    kappa: float | None
    n: int  # units both rated


@dataclass(frozen=True)
class Agreement:
    """Agreement of several raters on one categorical measure (a grade, or yes/no items)."""

    n_units: int  # units rated by at least two raters
    n_raters: int
    unanimous: float | None  # share of those units where every rating is the same
    fleiss: float | None  # Fleiss' κ over the units every rater rated
    alpha: float | None  # Krippendorff's α (missing ratings allowed)
    pairs: tuple[PairKappa, ...] = ()

    @property
    def mean_pair_kappa(self) -> float | None:
        values = [p.kappa for p in self.pairs if p.kappa is not None]
        return float(np.mean(values)) if values else None


@dataclass(frozen=True)
class ICC:
    """Shrout & Fleiss's six intraclass correlations of a units × raters table of scores.

    ``icc2`` (two-way random effects, absolute agreement, one rater) is the one a QA team
    wants: would another specialist give the same *number*? ``icc2k`` is the reliability of
    the raters' mean."""

    n_units: int
    n_raters: int
    icc1: float
    icc2: float
    icc3: float
    icc1k: float
    icc2k: float
    icc3k: float


def _defined(value) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


def cohen(a: Sequence[Label | None], b: Sequence[Label | None], labels: Sequence[Label] | None = None) -> float | None:
    """Cohen's κ (scikit-learn) of two raters over the units both rated; None when undefined."""
    from sklearn.metrics import cohen_kappa_score

    both = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if len(both) < 2 or len({v for pair in both for v in pair}) < 2:
        return None  # one value everywhere: chance agreement is 1 and κ is 0/0
    xs, ys = zip(*both)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _defined(cohen_kappa_score(list(xs), list(ys), labels=list(labels) if labels else None))


def cohen_pairs(matrix: Matrix, raters: Sequence[str], labels: Sequence[Label] | None = None) -> tuple[PairKappa, ...]:
    columns = list(zip(*matrix)) if matrix else [()] * len(raters)
    out = []
    for i, j in combinations(range(len(raters)), 2):
        n = sum(1 for x, y in zip(columns[i], columns[j]) if x is not None and y is not None)
        out.append(PairKappa(raters[i], raters[j], cohen(columns[i], columns[j], labels), n))
    return tuple(out)


def fleiss(matrix: Matrix, labels: Sequence[Label]) -> float | None:
    """Fleiss' κ (statsmodels) over the units every rater rated; None when undefined."""
    from statsmodels.stats.inter_rater import fleiss_kappa

    complete = [row for row in matrix if row and all(v is not None for v in row)]
    if len(complete) < 2 or len(complete[0]) < 2:
        return None
    index = {label: k for k, label in enumerate(labels)}
    table = np.zeros((len(complete), len(labels)), dtype=int)  # units × categories: how many raters chose each
    for u, row in enumerate(complete):
        for v in row:
            table[u, index[v]] += 1
    if (table.sum(axis=0) > 0).sum() < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _defined(fleiss_kappa(table, method="fleiss"))


def alpha(matrix: Matrix, labels: Sequence[Label], level: str = "nominal") -> float | None:
    """Krippendorff's α (``krippendorff``), missing ratings allowed; ``level`` "ordinal" reads
    ``labels`` as ordered (first = best). None when undefined."""
    import krippendorff

    index = {label: k for k, label in enumerate(labels)}
    # krippendorff wants raters × units, NaN for a missing rating
    data = np.array([[np.nan if v is None else index[v] for v in row] for row in matrix], dtype=float).T
    if data.size == 0 or len(set(data[~np.isnan(data)].tolist())) < 2:
        return None
    paired = (~np.isnan(data)).sum(axis=0) >= 2
    if paired.sum() < 1:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _defined(krippendorff.alpha(reliability_data=data, level_of_measurement=level,
                                           value_domain=list(range(len(labels)))))


def agreement(matrix: Matrix, raters: Sequence[str], labels: Sequence[Label], level: str = "nominal") -> Agreement:
    """Every categorical figure at once, for one measure."""
    rated = [[v for v in row if v is not None] for row in matrix]
    judged = [r for r in rated if len(r) >= 2]
    unanimous = sum(1 for r in judged if len(set(r)) == 1) / len(judged) if judged else None
    return Agreement(len(judged), len(raters), unanimous, fleiss(matrix, labels), alpha(matrix, labels, level),
                     cohen_pairs(matrix, raters, labels))


def icc(scores: Sequence[Sequence[float]]) -> ICC | None:
    """Shrout & Fleiss (1979) ICCs from the two-way ANOVA of a complete units × raters table
    (units with a missing score left out); None with fewer than 2 units or 2 raters, or no
    variation at all."""
    table = np.array([row for row in scores if all(v is not None for v in row)], dtype=float)
    if table.ndim != 2 or table.shape[0] < 2 or table.shape[1] < 2:
        return None
    n, k = table.shape
    grand = table.mean()
    ss_rows = k * ((table.mean(axis=1) - grand) ** 2).sum()  # between units (BMS)
    ss_cols = n * ((table.mean(axis=0) - grand) ** 2).sum()  # between raters (JMS)
    ss_total = ((table - grand) ** 2).sum()
    ss_error = ss_total - ss_rows - ss_cols
    bms, jms = ss_rows / (n - 1), ss_cols / (k - 1)
    wms = (ss_total - ss_rows) / (n * (k - 1))  # within units, raters not separated (one-way model)
    ems = ss_error / ((n - 1) * (k - 1))
    if bms + (k - 1) * wms == 0 or bms == 0:
        return None  # every score the same
    return ICC(
        n_units=n, n_raters=k,
        icc1=(bms - wms) / (bms + (k - 1) * wms),
        icc2=(bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
        icc3=(bms - ems) / (bms + (k - 1) * ems),
        icc1k=(bms - wms) / bms,
        icc2k=(bms - ems) / (bms + (jms - ems) / n),
        icc3k=(bms - ems) / bms,
    )


def majority(ratings: Sequence[Label | None]) -> Label | None:
    """The label more than half of the given ratings chose; None without such a majority (a tie)."""
    given = [v for v in ratings if v is not None]
    if not given:
        return None
    label, count = Counter(given).most_common(1)[0]
    return label if count * 2 > len(given) else None


def verdict(value: float | None, *, icc_scale: bool = False) -> str:
    """A few words for a κ or α (Landis & Koch's bands; ≥ 0.8 is what a QA team aims for) or
    an ICC (Koo & Li's bands)."""
    if value is None:
        return "无法计算 undefined"
    if icc_scale:
        bands = ((0.9, "极好 excellent"), (0.75, "好 good"), (0.5, "中等 moderate"), (-math.inf, "差 poor"))
    else:
        bands = ((GOOD, "很好 good"), (0.6, "较好 substantial"), (0.4, "中等 moderate"), (0.2, "一般 fair"),
                 (0.0, "很差 slight"), (-math.inf, "比随机还差 worse than chance"))
    return next(words for floor, words in bands if value >= floor)
