"""Control-chart limits and run rules against published values and hand-worked examples."""

import math

import numpy as np
import pytest

from qa_pipeline.trends.spc import (
    A2, D2, D3, D4, D4_N2, E2, LANEY_UNDEFINED, a3, b3, b4, c4, c_chart, individuals_chart, laney_sigma_z,
    np_chart, p_chart, run_rules, u_chart, xbar_r_chart, xbar_s_chart,
)

# Montgomery, Introduction to Statistical Quality Control, Example 7.1 (orange juice cans, n = 50)
ORANGE_JUICE = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6]


def test_orange_juice_p_chart_matches_the_textbook():
    chart = p_chart(ORANGE_JUICE, [50] * 30)
    assert chart.center == pytest.approx(0.2313, abs=5e-5)
    assert chart.upper[0] == pytest.approx(0.4102, abs=5e-5) and chart.lower[0] == pytest.approx(0.0524, abs=5e-5)
    assert [i + 1 for i in chart.beyond()] == [15, 23]  # samples 15 and 23, as in the book


@pytest.mark.parametrize("n, table", [(2, (0.7979, 2.659, 0.0, 3.267)), (5, (0.9400, 1.427, 0.0, 2.089)),
                                      (10, (0.9727, 0.975, 0.284, 1.716)), (25, (0.9896, 0.606, 0.565, 1.435))])
def test_x_bar_s_constants_match_the_published_table(n, table):
    assert (round(c4(n), 4), round(a3(n), 3), round(b3(n), 3), round(b4(n), 3)) == table


def test_individuals_constants():
    assert D2[2] == 1.128 and round(E2, 3) == 2.660 and D4_N2 == 3.267


def test_p_chart_limits_vary_with_n_and_are_clipped():
    chart = p_chart([2, 10, 1], [10, 100, 4])
    pbar = 13 / 114
    for n, lo, hi in zip([10, 100, 4], chart.lower, chart.upper):
        half = 3 * math.sqrt(pbar * (1 - pbar) / n)
        assert hi == pytest.approx(min(1, pbar + half)) and lo == pytest.approx(max(0, pbar - half))
    assert chart.lower[2] == 0.0  # clipped
    assert chart.upper[2] - chart.lower[2] > chart.upper[1] - chart.lower[1]  # fewer calls, wider limits


def test_individuals_and_moving_range_hand_worked():
    x = [10, 12, 11, 13, 12, 30]
    i_chart, mr_chart = individuals_chart(x, baseline=5)
    # baseline: mean 11.6; moving ranges 2, 1, 2, 1 → MR̄ 1.5
    assert i_chart.center == pytest.approx(11.6)
    assert i_chart.upper[0] == pytest.approx(11.6 + 2.660 * 1.5, abs=1e-3)
    assert mr_chart.upper[0] == pytest.approx(3.267 * 1.5)
    assert i_chart.beyond() == [5]


def test_x_bar_s_hand_worked():
    groups = [[1, 2, 3], [2, 3, 4], [1, 3, 5], [2, 2, 2.5]]
    xbar, s = xbar_s_chart(groups, baseline=3)
    sbar = np.mean([1.0, 1.0, 2.0])
    assert xbar.center == pytest.approx(np.mean([2, 3, 3]))
    assert xbar.upper[0] - xbar.center == pytest.approx(a3(3) * sbar)
    assert s.upper[0] == pytest.approx(b4(3) * sbar)


def test_laney_widens_limits_when_points_vary_more_than_binomial():
    d, n = [100, 160, 90, 170, 95, 150], [1000] * 6
    plain, laney = p_chart(d, n), p_chart(d, n, laney=True)
    assert laney_sigma_z(d, n) > 1 and laney.upper[0] - laney.center > plain.upper[0] - plain.center


@pytest.mark.parametrize("d, beyond", [
    ([0, 0, 0, 0, 2], [4]),        # baseline p̄ = 0: any nonconforming point is beyond the UCL of 0
    ([50, 50, 50, 50, 30], [4]),   # baseline p̄ = 1: a drop is below the LCL of 1
])
def test_laney_falls_back_to_plain_p_limits_where_p_bar_is_0_or_1(d, beyond):
    """σ_z would be 0/0 there: NaN limits that flag nothing. The chart says it took plain limits."""
    chart = p_chart(d, [50] * 5, baseline=4, laney=True)
    assert chart.kind == "p" and chart.notes == (LANEY_UNDEFINED,)
    assert all(math.isfinite(v) for v in chart.lower + chart.upper)
    assert chart.beyond() == beyond
    assert laney_sigma_z(d, [50] * 5, baseline=4) == 1.0
    assert p_chart([10, 12, 9, 11, 30], [50] * 5, baseline=4, laney=True).notes == ()  # 0 < p̄ < 1: Laney's


def test_laney_moving_ranges_stay_within_each_series():
    """Two steady agents at different levels: the jump from one to the next is not a moving range."""
    d, n = [48, 52, 50, 49, 150, 148, 153, 149], [1000] * 8
    agents = ["A"] * 4 + ["B"] * 4
    pbar = sum(d) / sum(n)
    z = [(x / 1000 - pbar) / math.sqrt(pbar * (1 - pbar) / 1000) for x in d]
    within = [abs(b - a) for a, b, sa, sb in zip(z, z[1:], agents, agents[1:]) if sa == sb]
    assert len(within) == 6
    assert laney_sigma_z(d, n, series=agents) == pytest.approx(np.mean(within) / 1.128)
    assert laney_sigma_z(d, n) > 5 * laney_sigma_z(d, n, series=agents)  # what the jump did


def chart_of(values, sigma=1.0):
    from qa_pipeline.trends.spc import Chart

    n = len(values)
    return Chart("individuals", tuple(values), 0.0, (-3 * sigma,) * n, (3 * sigma,) * n, (sigma,) * n, n)


@pytest.mark.parametrize("rule, values, point", [
    ("nelson1", [0, 0, 3.5, 0], 2),
    ("nelson2", [0.5] * 9, 8),
    ("nelson3", [0, 0.1, 0.2, 0.3, 0.4, 0.5], 5),
    ("nelson4", [0.5, -0.5] * 7, 13),
    ("nelson5", [0, 2.5, 0, 2.5], 3),
    ("nelson6", [1.5, 1.5, 0, 1.5, 1.5], 4),
    ("nelson7", [0.1, -0.1] * 7 + [0.2], 14),
    ("nelson8", [1.5, -1.5] * 4, 7),
    ("we4", [-0.5] * 8, 7),
])
def test_each_run_rule_fires_on_the_point_that_completes_its_run(rule, values, point):
    signals = run_rules(chart_of(values), [rule])
    assert signals and signals[0].point == point


@pytest.mark.parametrize("rule, values", [
    ("nelson1", [0, 3.0, -3.0]),          # on a limit is not beyond it
    ("nelson2", [0.5] * 8),               # eight are not nine
    ("nelson3", [0, 0.1, 0.2, 0.2, 0.4, 0.5]),  # a tie breaks the trend
    ("nelson5", [2.5, 0, 0, 2.5]),        # not two of three
    ("nelson6", [1.5, 1.5, 0.5, -1.5, 1.5]),  # three of five
])
def test_near_misses_do_not_signal(rule, values):
    assert run_rules(chart_of(values), [rule]) == []


def test_rule_8_is_a_mixture_eight_beyond_1_sigma_on_both_sides():
    """Nelson's rule 8 looks for points avoiding the centre from both sides (two streams mixed)."""
    assert run_rules(chart_of([1.5] * 8), ["nelson8"]) == []  # one side: a shift, not a mixture
    assert run_rules(chart_of([1.5] * 7 + [-1.5]), ["nelson8"])[0].points == tuple(range(8))
    assert run_rules(chart_of([1.5, -1.5] * 3 + [1.5, 0.5]), ["nelson8"]) == []  # the eighth is within 1σ


def test_a_point_on_the_1_sigma_line_is_within_it():
    """Zone lines belong to the zone nearer the centre, as limits do: rule 7 counts |z| ≤ 1."""
    on_the_line = [1.0, -1.0] * 7 + [1.0]
    assert [s.point for s in run_rules(chart_of(on_the_line), ["nelson7"])] == [14]
    assert run_rules(chart_of(on_the_line), ["nelson6", "nelson8"]) == []  # …and is not beyond 1σ
    assert run_rules(chart_of([0.5] * 14 + [1.01]), ["nelson7"]) == []


def test_invariants_over_random_charts():
    rng = np.random.default_rng(0)
    for _ in range(200):
        k = int(rng.integers(3, 30))
        n = rng.integers(1, 200, size=k)
        d = rng.binomial(n, rng.uniform(0.01, 0.6))
        chart = p_chart(d, n, baseline=int(rng.integers(1, k + 1)))
        assert all(lo <= chart.center <= hi for lo, hi in zip(chart.lower, chart.upper))
        order = np.argsort(n)
        widths = np.array(chart.upper) - np.array(chart.lower)
        unclipped = [(chart.center - 3 * s >= 0 and chart.center + 3 * s <= 1) for s in chart.sigma]
        ws = [w for w, ok in zip(widths[order], np.array(unclipped)[order]) if ok]
        assert all(a >= b - 1e-12 for a, b in zip(ws, ws[1:]))  # fewer calls, wider limits
        more = p_chart(np.append(d, 0), np.append(n, 50), baseline=chart.baseline)
        assert more.center == chart.center and more.upper[: k] == chart.upper  # a new point moves nothing


# Montgomery, Example 6.5: cost of processing mortgage loan applications, 20 weeks
MORTGAGE = [310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304]


def test_mortgage_individuals_and_moving_range_chart_matches_the_textbook():
    i_chart, mr_chart = individuals_chart(MORTGAGE)
    assert i_chart.center == pytest.approx(300.5) and mr_chart.center == pytest.approx(7.79, abs=5e-3)
    assert i_chart.upper[0] == pytest.approx(321.22, abs=0.01) and i_chart.lower[0] == pytest.approx(279.78, abs=0.01)
    assert mr_chart.upper[0] == pytest.approx(25.45, abs=0.01)
    assert i_chart.beyond() == [] and mr_chart.beyond() == []


# Pyzdek, The Handbook for Quality Management, Table 9.6: bruised peaches, 250 or 500 per shipment
PEACHES_N = [250] * 10 + [500] * 3 + [250] * 8 + [500] * 4
PEACHES_D = [47, 42, 55, 51, 46, 61, 39, 44, 41, 51, 88, 101, 101, 40, 48, 47, 50, 48, 57, 45, 43, 105, 98, 100, 96]


def test_bruised_peaches_p_chart_with_varying_sample_sizes():
    chart = p_chart(PEACHES_D, PEACHES_N)
    assert chart.center == pytest.approx(1544 / 8000) == pytest.approx(0.193)
    one_crate, two_crates = PEACHES_N.index(250), PEACHES_N.index(500)
    assert (chart.lower[one_crate], chart.upper[one_crate]) == pytest.approx((0.1181, 0.2679), abs=1e-4)
    assert (chart.lower[two_crates], chart.upper[two_crates]) == pytest.approx((0.1400, 0.2460), abs=1e-4)
    assert chart.beyond() == []  # shipment 6 (0.244) is the highest, inside its limit


def test_pooled_s_bar_as_qicharts2_takes_it_for_unequal_subgroups():
    groups = [[1, 2, 3], [2, 4, 6, 8], [5, 5, 6, 6, 7]]  # s = 1, √(20/3), √0.7
    xbar, s = xbar_s_chart(groups, pooled=True)
    pooled = math.sqrt((2 * 1 + 3 * 20 / 3 + 4 * 0.7) / (2 + 3 + 4))  # √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1))
    assert s.center == pytest.approx(pooled) and s.centers == ()  # one centre line
    for n, lo, hi, xhi in zip((3, 4, 5), s.lower, s.upper, xbar.upper):
        assert (lo, hi) == pytest.approx((b3(n) * pooled, b4(n) * pooled))
        assert xhi == pytest.approx(xbar.center + a3(n) * pooled)


@pytest.mark.parametrize("pooled", [False, True])
def test_s_chart_zones_agree_with_its_limits_when_n_varies(pooled):
    """A point on its own limit is exactly 3σ from its own centre: rule 1 and the zones agree."""
    rng = np.random.default_rng(3)
    groups = [rng.normal(0, 1, size=n) for n in (3, 25, 5, 12, 2, 20, 8, 4)]
    for chart in xbar_s_chart(groups, pooled=pooled):
        on_upper = chart.__class__(chart.kind, chart.upper, chart.center, chart.lower, chart.upper, chart.sigma,
                                   chart.baseline, chart.centers)
        assert on_upper.z() == pytest.approx([3.0] * len(groups))
        assert on_upper.beyond() == []
    xbar, s = xbar_s_chart(groups)
    assert len(set(s.centers)) > 1  # σ̂ fixed, E[sᵢ] = c4(nᵢ)·σ̂ rises with nᵢ
    assert s.centers[1] == pytest.approx(c4(25) / c4(3) * s.centers[0])


# ---------------------------------------------------------------- X̄–R constants and charts
def _range_moments(n: int) -> tuple[float, float]:
    """d2(n) = E[R] and d3(n) = sd(R) of n standard normals, by quadrature on a fine grid.

    E[R] = ∫ 1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ dx; E[R²] = ∫∫ 1 − Φ(b)ⁿ − (1 − Φ(a))ⁿ + (Φ(b) − Φ(a))ⁿ
    over the whole plane with a = min(x, y), b = max(x, y) (the triangle x < y, twice).
    """
    x = np.linspace(-8, 8, 801)  # step 0.02: d3 good to 1e-4, far inside the tolerance below
    phi = 0.5 * (1 + np.array([math.erf(v / math.sqrt(2)) for v in x]))
    lo, hi = np.minimum.outer(phi, phi), np.maximum.outer(phi, phi)
    d2 = np.trapezoid(1 - phi**n - (1 - phi) ** n, x)
    er2 = np.trapezoid(np.trapezoid(1 - hi**n - (1 - lo) ** n + (hi - lo) ** n, x, axis=1), x)
    return float(d2), math.sqrt(er2 - d2 * d2)


def test_every_published_x_bar_r_constant_agrees_with_its_definition():
    """Montgomery's Appendix VI, n = 2 … 25: d2 to its printed precision; A2, D3, D4 within one unit
    of the last printed digit (they were printed from rounded d2 and d3)."""
    assert sorted(D2) == sorted(A2) == sorted(D3) == sorted(D4) == list(range(2, 26))
    for n in range(2, 26):
        d2, d3 = _range_moments(n)
        assert D2[n] == pytest.approx(d2, abs=5e-4), n
        assert A2[n] == pytest.approx(3 / (d2 * math.sqrt(n)), abs=5e-4), n
        assert D4[n] == pytest.approx(1 + 3 * d3 / d2, abs=1e-3), n
        assert D3[n] == pytest.approx(max(0.0, 1 - 3 * d3 / d2), abs=1e-3), n


# Montgomery, Introduction to Statistical Quality Control, Table 6.3: inside diameter of forged
# piston rings (mm), 25 samples of 5. These values reproduce the book's printed column sums
# (Σx̄ᵢ = 1850.028 with x̄ᵢ to three decimals, ΣRᵢ = 0.581, Σsᵢ = 0.2350); qcc's `pistonrings`
# data differ at samples 11 and 21 (its R̄ is 0.02276).
PISTON_RINGS = [
    [74.030, 74.002, 74.019, 73.992, 74.008], [73.995, 73.992, 74.001, 74.011, 74.004],
    [73.988, 74.024, 74.021, 74.005, 74.002], [74.002, 73.996, 73.993, 74.015, 74.009],
    [73.992, 74.007, 74.015, 73.989, 74.014], [74.009, 73.994, 73.997, 73.985, 73.993],
    [73.995, 74.006, 73.994, 74.000, 74.005], [73.985, 74.003, 73.993, 74.015, 73.988],
    [74.008, 73.995, 74.009, 74.005, 74.004], [73.998, 74.000, 73.990, 74.007, 73.995],
    [73.994, 73.998, 73.994, 73.995, 73.990], [74.004, 74.000, 74.007, 74.000, 73.996],
    [73.983, 74.002, 73.998, 73.997, 74.012], [74.006, 73.967, 73.994, 74.000, 73.984],
    [74.012, 74.014, 73.998, 73.999, 74.007], [74.000, 73.984, 74.005, 73.998, 73.996],
    [73.994, 74.012, 73.986, 74.005, 74.007], [74.006, 74.010, 74.018, 74.003, 74.000],
    [73.984, 74.002, 74.003, 74.005, 73.997], [74.000, 74.010, 74.013, 74.020, 74.003],
    [73.982, 74.001, 74.015, 74.005, 73.996], [74.004, 73.999, 73.990, 74.006, 74.009],
    [74.010, 73.989, 73.990, 74.009, 74.014], [74.015, 74.008, 73.993, 74.000, 74.010],
    [73.982, 73.984, 73.995, 74.017, 74.013],
]


def test_piston_rings_data_reproduce_the_printed_column_sums():
    assert sum(round(float(np.mean(g)), 3) for g in PISTON_RINGS) == pytest.approx(1850.028, abs=1e-9)
    assert sum(max(g) - min(g) for g in PISTON_RINGS) == pytest.approx(0.581, abs=1e-9)


def test_piston_rings_x_bar_r_chart_matches_the_textbook():
    """x̄̄ 74.001, R̄ 0.023; X̄ limits 73.988–74.014; R chart 0–0.049; in control.

    The book rounds x̄̄ and R̄ to three decimals before multiplying by A2 = 0.577, so its X̄ UCL
    74.014 is 74.0146 unrounded: limits are checked to one unit of the last printed digit.
    """
    xbar, r = xbar_r_chart(PISTON_RINGS)
    assert xbar.center == pytest.approx(74.001, abs=5e-4) and r.center == pytest.approx(0.581 / 25)
    assert (xbar.lower[0], xbar.upper[0]) == pytest.approx((73.988, 74.014), abs=1e-3)
    assert xbar.upper[0] - xbar.center == pytest.approx(0.577 * 0.581 / 25)  # A2·R̄ exactly
    assert (r.lower[0], r.upper[0]) == pytest.approx((0.0, 0.049), abs=5e-4)
    assert r.upper[0] == pytest.approx(2.114 * 0.581 / 25)  # D4·R̄ exactly
    assert xbar.beyond() == [] and r.beyond() == []


def test_piston_rings_x_bar_s_chart_matches_the_textbook():
    """s̄ 0.0094; X̄ limits 73.988–74.014 (A3 = 1.427); S chart 0–0.0196 (B4 = 2.089)."""
    xbar, s = xbar_s_chart(PISTON_RINGS)
    assert s.center == pytest.approx(0.0094, abs=5e-5)
    assert (xbar.lower[0], xbar.upper[0]) == pytest.approx((73.988, 74.014), abs=1e-3)
    assert (s.lower[0], s.upper[0]) == pytest.approx((0.0, 0.0196), abs=5e-5)
    assert xbar.beyond() == [] and s.beyond() == []


def test_x_bar_r_with_unequal_subgroups_expects_the_range_of_each_size():
    groups = [[1, 3], [2, 5, 3, 4, 1], [0, 2], [3, 3, 6, 1, 2]]
    xbar, r = xbar_r_chart(groups)
    sigma = np.mean([2 / 1.128, 4 / 2.326, 2 / 1.128, 5 / 2.326])  # mean(Rᵢ/d2(nᵢ))
    assert r.centers == pytest.approx([1.128 * sigma, 2.326 * sigma] * 2)
    assert r.upper[1] == pytest.approx(2.114 * 2.326 * sigma) and r.lower[1] == 0.0
    assert xbar.upper[0] - xbar.center == pytest.approx(1.880 * 1.128 * sigma)
    on_limits = r.__class__("r", r.upper, r.center, r.lower, r.upper, r.sigma, r.baseline, r.centers)
    assert on_limits.z() == pytest.approx([3.0] * 4)
    with pytest.raises(ValueError, match="2 to 25"):
        xbar_r_chart([[1.0], [2.0]])


# ---------------------------------------------------------------- np, c and u charts
def test_orange_juice_np_chart_matches_the_textbook():
    """n·p̄ 11.57, UCL 20.51, LCL 2.62 (published to two decimals); samples 15 and 23 out, as on the p chart."""
    chart = np_chart(ORANGE_JUICE, 50)
    assert chart.center == pytest.approx(11.57, abs=5e-3) and chart.center == pytest.approx(347 / 30)
    assert (chart.lower[0], chart.upper[0]) == pytest.approx((2.62, 20.51), abs=5e-3)
    assert [i + 1 for i in chart.beyond()] == [15, 23] and chart.beyond() == p_chart(ORANGE_JUICE, [50] * 30).beyond()


# Montgomery, ISQC: nonconformities in 26 successive samples of 100 printed circuit boards
# (qcc's `circuit` data, the 26 trial samples)
CIRCUIT_BOARDS = [21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15]


def test_circuit_boards_c_chart_matches_the_textbook():
    """c̄ 19.85, UCL 33.22, LCL 6.48 (published to two decimals; the book adds 3√c̄ to the rounded
    c̄, so UCL is checked to 0.01); samples 6 and 20 out."""
    chart = c_chart(CIRCUIT_BOARDS)
    assert chart.center == pytest.approx(516 / 26) and chart.center == pytest.approx(19.85, abs=5e-3)
    assert (chart.lower[0], chart.upper[0]) == pytest.approx((6.48, 33.22), abs=1e-2)
    assert [i + 1 for i in chart.beyond()] == [6, 20]


# Montgomery, ISQC: nonconformities found in final inspection of 20 samples of 5 personal
# computers. The per-sample counts are quoted from memory of the book's table and could not be
# checked against it here; their total, 193 in 100 computers, gives the published ū = 1.93 and
# the published limits, which is what the test below checks.
PERSONAL_COMPUTERS = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5]


def test_personal_computers_u_chart_matches_the_textbook():
    """ū 1.93, UCL 3.79, LCL 0.07 (published to two decimals); in control."""
    chart = u_chart(PERSONAL_COMPUTERS, [5] * 20)
    assert chart.center == pytest.approx(193 / 100) and chart.values[0] == 2.0
    assert (chart.lower[0], chart.upper[0]) == pytest.approx((0.07, 3.79), abs=5e-3)
    assert chart.beyond() == []


# Montgomery, ISQC (and qcc's `dyedcloth`): nonconformities in ten rolls of dyed cloth, inspected
# in units of 50 m², so each roll holds a different number of units
DYED_CLOTH = [14, 12, 20, 11, 7, 10, 21, 16, 19, 23]
DYED_CLOTH_UNITS = [10.0, 8.0, 13.0, 10.0, 9.5, 10.0, 12.0, 10.5, 12.0, 12.5]


def test_dyed_cloth_u_chart_with_varying_units():
    """ū = 153/107.5 = 1.42; each roll's limits ū ± 3√(ū/nᵢ), wider for fewer units; in control.

    The 0.29–2.55 for a 10-unit roll is as recalled from the book's table (computed there from
    ū rounded to 1.42), so it is checked to 0.01; the formula is checked exactly on every roll.
    """
    chart = u_chart(DYED_CLOTH, DYED_CLOTH_UNITS)
    ubar = 153 / 107.5
    assert chart.center == pytest.approx(ubar) and chart.center == pytest.approx(1.42, abs=5e-3)
    for n, lo, hi in zip(DYED_CLOTH_UNITS, chart.lower, chart.upper):
        assert (lo, hi) == pytest.approx((ubar - 3 * math.sqrt(ubar / n), ubar + 3 * math.sqrt(ubar / n)))
    assert (chart.lower[0], chart.upper[0]) == pytest.approx((0.29, 2.55), abs=1e-2)
    assert chart.upper[1] > chart.upper[0] > chart.upper[2]  # 8 units, 10, 13
    assert chart.beyond() == []


def test_u_chart_lower_limit_is_clipped_at_zero_and_a_frozen_centre_is_kept():
    chart = u_chart([0, 1, 9], [1, 2, 3], center=1.0)
    assert chart.center == 1.0 and chart.lower == (0.0, 0.0, 0.0)  # 1 − 3√(1/n) < 0 for n ≤ 9
    assert chart.upper == pytest.approx((4.0, 1 + 3 * math.sqrt(0.5), 1 + 3 * math.sqrt(1 / 3)))
    assert chart.beyond() == [2]  # 3 per unit
