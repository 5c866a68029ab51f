"""Control charts and run rules (Shewhart; Western Electric and Nelson).

Conventions (as R's qcc and Minitab):

- limits are CL ± 3σ, with σ estimated from a *baseline* (the first points, or given), not
  from the points being judged; a baseline once set is frozen (``Limits``) until recomputed;
- a point exactly on a limit is not beyond it, and a point exactly on a zone line (1σ, 2σ) is
  inside the zone nearer the centre: rules 5, 6 and 8 count points strictly beyond 2σ or 1σ,
  rule 7 counts points with |z| ≤ 1 (inclusive);
- a run rule's signal is carried by the point that completes the run, and lists the points
  of the run;
- p-chart limits vary with each point's n and are clipped to [0, 1]; Laney's p′ widens them
  by σ_z (the moving-range spread of the standardised points) when the plain limits are too
  tight for large n;
- attribute charts: p (share nonconforming, any n), np (count nonconforming, one n), c
  (nonconformities per constant unit), u (nonconformities per unit, any n); variables charts:
  individuals / moving range, X̄–R (n = 2 … 25), X̄–S (any n). Lower limits never go below 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

# Shewhart constants for subgroups of n = 2 … 25, as printed in Montgomery, Introduction to
# Statistical Quality Control, Appendix VI (the ASTM STP 15D / E2587 values):
#   d2(n) = E[R]/σ, the mean range of n standard normals; d3(n) = sd(R)/σ;
#   A2 = 3/(d2·√n)          X̄ limits x̄̄ ± A2·R̄ (3σ/√n with σ̂ = R̄/d2);
#   D3 = max(0, 1 − 3·d3/d2), D4 = 1 + 3·d3/d2    R limits D3·R̄ … D4·R̄.
# Printed to three decimals from rounded d2 and d3, so a few differ from the exact expression by
# one unit in the last place (D4(3): 2.574, exactly 2.5746); tests/test_spc.py checks every
# entry against d2 and d3 integrated numerically. The printed values are kept, so limits match
# the textbook's to the digit.
D2 = {2: 1.128, 3: 1.693, 4: 2.059, 5: 2.326, 6: 2.534, 7: 2.704, 8: 2.847, 9: 2.970, 10: 3.078,
      11: 3.173, 12: 3.258, 13: 3.336, 14: 3.407, 15: 3.472, 16: 3.532, 17: 3.588, 18: 3.640,
      19: 3.689, 20: 3.735, 21: 3.778, 22: 3.819, 23: 3.858, 24: 3.895, 25: 3.931}
A2 = {2: 1.880, 3: 1.023, 4: 0.729, 5: 0.577, 6: 0.483, 7: 0.419, 8: 0.373, 9: 0.337, 10: 0.308,
      11: 0.285, 12: 0.266, 13: 0.249, 14: 0.235, 15: 0.223, 16: 0.212, 17: 0.203, 18: 0.194,
      19: 0.187, 20: 0.180, 21: 0.173, 22: 0.167, 23: 0.162, 24: 0.157, 25: 0.153}
D3 = {2: 0.0, 3: 0.0, 4: 0.0, 5: 0.0, 6: 0.0, 7: 0.076, 8: 0.136, 9: 0.184, 10: 0.223,
      11: 0.256, 12: 0.283, 13: 0.307, 14: 0.328, 15: 0.347, 16: 0.363, 17: 0.378, 18: 0.391,
      19: 0.403, 20: 0.415, 21: 0.425, 22: 0.434, 23: 0.443, 24: 0.451, 25: 0.459}
D4 = {2: 3.267, 3: 2.574, 4: 2.282, 5: 2.114, 6: 2.004, 7: 1.924, 8: 1.864, 9: 1.816, 10: 1.777,
      11: 1.744, 12: 1.717, 13: 1.693, 14: 1.672, 15: 1.653, 16: 1.637, 17: 1.622, 18: 1.608,
      19: 1.597, 20: 1.585, 21: 1.575, 22: 1.566, 23: 1.557, 24: 1.548, 25: 1.541}
D4_N2 = D4[2]  # moving range of two: 3.267
E2 = 3 / D2[2]  # 2.660: individuals limits are x̄ ± E2·MR̄


def c4(n: int) -> float:
    """Bias of the sample standard deviation: E[s] = c4·σ."""
    return math.sqrt(2 / (n - 1)) * math.exp(math.lgamma(n / 2) - math.lgamma((n - 1) / 2))


def a3(n: int) -> float:
    return 3 / (c4(n) * math.sqrt(n))


def b3(n: int) -> float:
    return max(0.0, 1 - 3 * math.sqrt(1 - c4(n) ** 2) / c4(n))


def b4(n: int) -> float:
    return 1 + 3 * math.sqrt(1 - c4(n) ** 2) / c4(n)


@dataclass(frozen=True)
class Chart:
    """Points with their centre line and limits (one per point: limits may vary with n)."""

    kind: str  # "p", "laney_p", "np", "c", "u", "individuals", "moving_range", "xbar", "r", "s"
    values: tuple[float, ...]
    center: float
    lower: tuple[float, ...]
    upper: tuple[float, ...]
    sigma: tuple[float, ...]  # one standard error per point (for zone rules)
    baseline: int  # points the limits were computed from
    # per-point centre lines where the expected value itself varies with n (R and S charts with
    # unequal subgroups); empty: ``center`` for every point
    centers: tuple[float, ...] = ()
    notes: tuple[str, ...] = ()  # conventions a reader of this chart should know (fallbacks taken)

    def center_line(self) -> np.ndarray:
        return np.asarray(self.centers if self.centers else (self.center,) * len(self.values), float)

    def beyond(self) -> list[int]:
        """Points strictly outside their limits (on a limit is not beyond)."""
        return [i for i, (v, lo, hi) in enumerate(zip(self.values, self.lower, self.upper)) if v > hi or v < lo]

    def z(self) -> np.ndarray:
        """Each point's distance from its centre line in its own σ (0 where σ is 0)."""
        values, sigma = np.asarray(self.values, float), np.asarray(self.sigma, float)
        return np.divide(values - self.center_line(), sigma, out=np.zeros_like(values), where=sigma > 0)


def _base(n: int | None, total: int) -> int:
    return total if n is None else max(1, min(n, total))


LANEY_UNDEFINED = ("Laney p′ needs 0 < p̄ < 1: at p̄ = 0 or 1 the binomial σ is 0 and the points cannot "
                   "be standardised (0/0), so these are plain p limits")


def p_chart(defectives: Sequence[float], sizes: Sequence[float], baseline: int | None = None, *,
            laney: bool = False, center: float | None = None, sigma_z: float | None = None) -> Chart:
    """Fraction nonconforming per point: p̄ = Σd/Σn over the baseline; limits per point.

    ``center`` (and, for Laney, ``sigma_z``) take frozen values instead of computing them.
    Laney's p′ falls back to the plain p chart where p̄ is 0 or 1 (said in the chart's notes):
    its σ_z would be 0/0, every limit NaN, and nothing would ever be flagged. With the plain
    limits at p̄ = 0, any nonconforming point is beyond the upper limit of 0.
    """
    d, n = np.asarray(defectives, float), np.asarray(sizes, float)
    p = d / n
    k = _base(baseline, len(p))
    pbar = float(d[:k].sum() / n[:k].sum()) if center is None else center
    se = np.sqrt(pbar * (1 - pbar) / n)
    notes = ()
    if laney and not 0 < pbar < 1:
        laney, notes = False, (LANEY_UNDEFINED,)
    if laney:
        if sigma_z is None or not math.isfinite(sigma_z):
            sigma_z = laney_sigma_z(d, n, k, center=pbar)
        se = se * sigma_z
    return Chart("laney_p" if laney else "p", tuple(p), pbar, tuple(np.clip(pbar - 3 * se, 0, 1)),
                 tuple(np.clip(pbar + 3 * se, 0, 1)), tuple(se), k, notes=notes)


def laney_sigma_z(defectives: Sequence[float], sizes: Sequence[float], baseline: int | None = None, *,
                  series: Sequence | None = None, center: float | None = None) -> float:
    """Laney's σ_z: mean moving range of the standardised baseline points / d2(2).

    ``series`` labels each point's own sequence (an agent's periods, when the points of several
    agents are pooled): moving ranges are taken only between consecutive points of one series,
    never across the jump from one agent's last period to the next agent's first. 1.0 (plain
    binomial limits) where σ_z is undefined: p̄ of 0 or 1, or no moving range at all.
    """
    d, n = np.asarray(defectives, float), np.asarray(sizes, float)
    k = _base(baseline, len(d))
    pbar = float(d[:k].sum() / n[:k].sum()) if center is None else center
    if not 0 < pbar < 1:
        return 1.0
    z = (d[:k] / n[:k] - pbar) / np.sqrt(pbar * (1 - pbar) / n[:k])
    labels = np.asarray(series if series is not None else [0] * len(d), dtype=object)[:k]
    same = labels[1:] == labels[:-1]  # consecutive points of one series
    ranges = np.abs(np.diff(z))[same]
    return float(ranges.mean() / D2[2]) if len(ranges) else 1.0


def np_chart(defectives: Sequence[float], size: int, baseline: int | None = None, *,
             center: float | None = None) -> Chart:
    """Number nonconforming in samples of one size n: n·p̄ ± 3√(n·p̄(1−p̄)), clipped to [0, n].

    ``center`` takes a frozen p̄. The p chart of the same data flags the same points.
    """
    d = np.asarray(defectives, float)
    k = _base(baseline, len(d))
    pbar = float(d[:k].sum() / (size * k)) if center is None else center
    mean, sd = size * pbar, math.sqrt(size * pbar * (1 - pbar))
    m = len(d)
    return Chart("np", tuple(d), mean, (max(0.0, mean - 3 * sd),) * m, (min(float(size), mean + 3 * sd),) * m,
                 (sd,) * m, k)


def c_chart(counts: Sequence[float], baseline: int | None = None, *, center: float | None = None) -> Chart:
    """Nonconformities per inspection unit of constant size (Poisson): c̄ ± 3√c̄, lower at least 0."""
    c = np.asarray(counts, float)
    k = _base(baseline, len(c))
    cbar = float(c[:k].mean()) if center is None else center
    sd, m = math.sqrt(cbar), len(c)
    return Chart("c", tuple(c), cbar, (max(0.0, cbar - 3 * sd),) * m, (cbar + 3 * sd,) * m, (sd,) * m, k)


def u_chart(counts: Sequence[float], units: Sequence[float], baseline: int | None = None, *,
            center: float | None = None) -> Chart:
    """Nonconformities per unit with a varying number of units nᵢ (Poisson counts).

    ū = Σc/Σn over the baseline (not the mean of the uᵢ: a point of many units weighs more);
    limits ū ± 3√(ū/nᵢ) per point, the lower one clipped at 0 (no upper bound: a unit may have
    any number of nonconformities). ``center`` takes a frozen ū.
    """
    c, n = np.asarray(counts, float), np.asarray(units, float)
    k = _base(baseline, len(c))
    ubar = float(c[:k].sum() / n[:k].sum()) if center is None else center
    se = np.sqrt(ubar / n)
    return Chart("u", tuple(c / n), ubar, tuple(np.maximum(ubar - 3 * se, 0.0)), tuple(ubar + 3 * se), tuple(se), k)


def individuals_chart(values: Sequence[float], baseline: int | None = None, *, center: float | None = None,
                      mr_bar: float | None = None) -> tuple[Chart, Chart]:
    """Individuals and moving-range charts: x̄ ± E2·MR̄ and MR̄ … D4·MR̄ (moving ranges of two)."""
    x = np.asarray(values, float)
    k = _base(baseline, len(x))
    mr = np.abs(np.diff(x))
    xbar = float(x[:k].mean()) if center is None else center
    mrbar = float(mr[: k - 1].mean()) if mr_bar is None else mr_bar
    sigma = mrbar / D2[2]
    n = len(x)
    individuals = Chart("individuals", tuple(x), xbar, (xbar - E2 * mrbar,) * n, (xbar + E2 * mrbar,) * n,
                        (sigma,) * n, k)
    ranges = Chart("moving_range", (math.nan,) + tuple(mr), mrbar, (0.0,) * n, (D4_N2 * mrbar,) * n,
                   ((D4_N2 - 1) * mrbar / 3,) * n, k)
    return individuals, ranges


def xbar_r_chart(subgroups: Sequence[Sequence[float]], baseline: int | None = None) -> tuple[Chart, Chart]:
    """X̄ and R charts for subgroups of 2 to 25 (the published constants' range).

    σ̂ = mean(Rᵢ/d2(nᵢ)) over the baseline (qcc's "UWAVE-R"); subgroup i expects the range
    R̄ᵢ = d2(nᵢ)·σ̂, which with equal n is simply R̄. Limits: X̄ at x̄̄ ± A2(nᵢ)·R̄ᵢ, R from
    D3(nᵢ)·R̄ᵢ to D4(nᵢ)·R̄ᵢ around a centre R̄ᵢ; zones are thirds of the distance to the upper
    limit, so a point on a limit is 3σ out.
    """
    groups = [np.asarray(g, float) for g in subgroups]
    sizes = [len(g) for g in groups]
    if not set(sizes) <= set(D2):
        raise ValueError(f"X̄–R needs subgroups of 2 to 25 (published constants), got sizes {sorted(set(sizes))}; "
                         "use xbar_s_chart")
    k = _base(baseline, len(groups))
    means = np.array([g.mean() for g in groups])
    ranges = np.array([np.ptp(g) for g in groups])
    xbarbar = float(sum(m * n for m, n in zip(means[:k], sizes[:k])) / sum(sizes[:k]))
    sigma = float(np.mean([r / D2[n] for r, n in zip(ranges[:k], sizes[:k])]))
    rbar = [D2[n] * sigma for n in sizes]
    varying = len(set(sizes)) > 1
    xbar = Chart("xbar", tuple(means), xbarbar, tuple(xbarbar - A2[n] * r for n, r in zip(sizes, rbar)),
                 tuple(xbarbar + A2[n] * r for n, r in zip(sizes, rbar)),
                 tuple(A2[n] * r / 3 for n, r in zip(sizes, rbar)), k)
    r_chart = Chart("r", tuple(ranges), float(np.mean(rbar[:k])), tuple(D3[n] * r for n, r in zip(sizes, rbar)),
                    tuple(D4[n] * r for n, r in zip(sizes, rbar)),
                    tuple((D4[n] - 1) * r / 3 for n, r in zip(sizes, rbar)), k, tuple(rbar) if varying else ())
    return xbar, r_chart


def xbar_s_chart(subgroups: Sequence[Sequence[float]], baseline: int | None = None, *,
                 pooled: bool = False) -> tuple[Chart, Chart]:
    """X̄ and S charts; subgroup sizes may vary (limits per subgroup).

    Two estimates of the centre of the S chart, as the two R packages take them:

    - default (qcc's "UWAVE-SD"): σ̂ = mean(sᵢ/c4(nᵢ)) over the baseline; subgroup i expects
      sᵢ = c4(nᵢ)·σ̂, so the S chart's centre line steps with nᵢ and its limits are
      B3/B4(nᵢ)·c4(nᵢ)σ̂ (with equal n: s̄ and B3·s̄ … B4·s̄, the textbook chart);
    - ``pooled`` (qicharts2 with unequal n, Montgomery eq. 6.31): S̄ = √(Σ(nᵢ−1)sᵢ²/Σ(nᵢ−1))
      is one centre line for every subgroup, limits B3/B4(nᵢ)·S̄, X̄ limits x̄̄ ± A3(nᵢ)·S̄.

    Either way the zones are cut from the same centre and σ as the limits (a point on its limit
    has |z| = 3), so rule 1 and the zone rules agree.
    """
    groups = [np.asarray(g, float) for g in subgroups]
    k = _base(baseline, len(groups))
    sizes = np.array([len(g) for g in groups])
    means = np.array([g.mean() for g in groups])
    sds = np.array([g.std(ddof=1) for g in groups])
    xbarbar = float((means[:k] * sizes[:k]).sum() / sizes[:k].sum())
    if pooled:
        sbar = math.sqrt(float(((sizes[:k] - 1) * sds[:k] ** 2).sum() / (sizes[:k] - 1).sum()))
        s_center, s_centers = sbar, ()
        scale = [sbar] * len(groups)  # the S̄ the tabulated A3, B3, B4 multiply
    else:
        sigma = float(np.mean(sds[:k] / np.array([c4(n) for n in sizes[:k]])))  # σ̂ from the baseline
        scale = [sigma * c4(n) for n in sizes]
        s_center, s_centers = float(np.mean(scale[:k])), tuple(scale) if len(set(sizes)) > 1 else ()
    xbar = Chart("xbar", tuple(means), xbarbar, tuple(xbarbar - a3(n) * s for n, s in zip(sizes, scale)),
                 tuple(xbarbar + a3(n) * s for n, s in zip(sizes, scale)),
                 tuple(a3(n) * s / 3 for n, s in zip(sizes, scale)), k)
    # σ of sᵢ is (B4 − 1)/3 of its centre: the upper limit is 3σ above the centre line
    s_chart = Chart("s", tuple(sds), s_center, tuple(b3(n) * s for n, s in zip(sizes, scale)),
                    tuple(b4(n) * s for n, s in zip(sizes, scale)),
                    tuple((b4(n) - 1) * s / 3 for n, s in zip(sizes, scale)), k, s_centers)
    return xbar, s_chart


# ---------------------------------------------------------------------------- run rules
@dataclass(frozen=True)
class Signal:
    rule: str  # "nelson1" … "nelson8", "we1" … "we4"
    point: int  # the point that completes the run (carries the signal)
    points: tuple[int, ...]  # every point of the run
    side: str  # "above", "below" or "" (for rules without a side)
    description: str


RULES = {
    "nelson1": "one point beyond 3σ", "nelson2": "nine points in a row on one side of the centre",
    "nelson3": "six points in a row steadily rising or falling", "nelson4": "fourteen points in a row alternating up and down",
    "nelson5": "two of three points beyond 2σ on one side", "nelson6": "four of five points beyond 1σ on one side",
    "nelson7": "fifteen points in a row within 1σ",
    "nelson8": "eight points in a row beyond 1σ, on both sides of the centre",
    "we1": "one point beyond 3σ", "we2": "two of three points beyond 2σ on one side",
    "we3": "four of five points beyond 1σ on one side", "we4": "eight points in a row on one side of the centre",
}
NELSON = tuple(f"nelson{i}" for i in range(1, 9))
WESTERN_ELECTRIC = ("we1", "we2", "we3", "we4")


def run_rules(chart: Chart, rules: Sequence[str] = NELSON) -> list[Signal]:
    """Signals of ``rules`` on ``chart`` (points before the first real value are skipped)."""
    z = chart.z()
    values = np.asarray(chart.values, float)
    valid = ~np.isnan(values)
    found: list[Signal] = []
    for rule in rules:
        found += _RULE_FUNCS[rule](rule, z, values, valid, chart)
    return sorted(found, key=lambda s: (s.point, s.rule))


def _same_side_run(rule, z, valid, length):
    out = []
    for end in range(length - 1, len(z)):
        window = range(end - length + 1, end + 1)
        if not all(valid[i] for i in window):
            continue
        if all(z[i] > 0 for i in window) or all(z[i] < 0 for i in window):
            side = "above" if z[end] > 0 else "below"
            out.append(Signal(rule, end, tuple(window), side, RULES[rule]))
    return out


def _k_of_m(rule, z, valid, k, m, limit):
    out = []
    for end in range(m - 1, len(z)):
        window = [i for i in range(end - m + 1, end + 1) if valid[i]]
        if len(window) < m:
            continue
        for sign, side in ((1, "above"), (-1, "below")):
            hits = [i for i in window if sign * z[i] > limit]
            if len(hits) >= k and sign * z[end] > limit:  # the completing point is one of them
                out.append(Signal(rule, end, tuple(hits), side, RULES[rule]))
    return out


def _beyond(rule, z, values, valid, chart):
    return [Signal(rule, i, (i,), "above" if values[i] > chart.upper[i] else "below", RULES[rule])
            for i in chart.beyond() if valid[i]]


def _trend(rule, z, values, valid, chart, length=6):
    out = []
    for end in range(length - 1, len(values)):
        w = values[end - length + 1 : end + 1]
        if not valid[end - length + 1 : end + 1].all():
            continue
        d = np.diff(w)
        if (d > 0).all() or (d < 0).all():
            out.append(Signal(rule, end, tuple(range(end - length + 1, end + 1)), "above" if d[0] > 0 else "below",
                              RULES[rule]))
    return out


def _alternating(rule, z, values, valid, chart, length=14):
    out = []
    for end in range(length - 1, len(values)):
        w = values[end - length + 1 : end + 1]
        if not valid[end - length + 1 : end + 1].all():
            continue
        d = np.sign(np.diff(w))
        if (d != 0).all() and (d[1:] != d[:-1]).all():
            out.append(Signal(rule, end, tuple(range(end - length + 1, end + 1)), "", RULES[rule]))
    return out


def _within(rule, z, values, valid, chart, length=15):
    # |z| ≤ 1: a point on the 1σ line is not beyond it (the convention of every other rule)
    return [Signal(rule, end, tuple(range(end - length + 1, end + 1)), "", RULES[rule])
            for end in range(length - 1, len(z))
            if valid[end - length + 1 : end + 1].all() and (np.abs(z[end - length + 1 : end + 1]) <= 1).all()]


def _mixture(rule, z, values, valid, chart, length=8):
    """Nelson's rule 8: eight in a row beyond 1σ with points on both sides (two processes mixed).

    Eight beyond 1σ all on one side is a shift, which rules 2, 5 and 6 catch; rule 8 is for the
    points that avoid the centre from both sides.
    """
    out = []
    for end in range(length - 1, len(z)):
        w = z[end - length + 1 : end + 1]
        if valid[end - length + 1 : end + 1].all() and (np.abs(w) > 1).all() and (w > 0).any() and (w < 0).any():
            out.append(Signal(rule, end, tuple(range(end - length + 1, end + 1)), "", RULES[rule]))
    return out


_RULE_FUNCS = {
    "nelson1": _beyond, "we1": _beyond,
    "nelson2": lambda r, z, v, ok, c: _same_side_run(r, z, ok, 9),
    "we4": lambda r, z, v, ok, c: _same_side_run(r, z, ok, 8),
    "nelson3": _trend, "nelson4": _alternating,
    "nelson5": lambda r, z, v, ok, c: _k_of_m(r, z, ok, 2, 3, 2.0), "we2": lambda r, z, v, ok, c: _k_of_m(r, z, ok, 2, 3, 2.0),
    "nelson6": lambda r, z, v, ok, c: _k_of_m(r, z, ok, 4, 5, 1.0), "we3": lambda r, z, v, ok, c: _k_of_m(r, z, ok, 4, 5, 1.0),
    "nelson7": _within, "nelson8": _mixture,
}
