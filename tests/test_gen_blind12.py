"""tools/gen_calls --profile blind12: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels are held by the spec the later writers share,
test_gen_blind_writers.py.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402
from test_gen_blind_writers import WRITERS, one_call  # noqa: E402

P12 = blind4.BLIND12_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P12["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.35
    assert P12["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P12["cust_cpm"][1] < lo                             # customers slower than the agents
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert P12["cust_cpm"][0] < E["cust_cpm"][0], name     # ... and slower than any earlier set's
            assert P12["agent_cpm"] != E["agent_cpm"], name
        assert P12["pause_scale_range"] != E["pause_scale_range"], name
        assert P12["early_lead_s"] != E["early_lead_s"], name


def first_customer_turn(tr: dict) -> str:
    turn = next(u["turn"] for u in tr["utterances"] if u["role"] == "customer")
    return "".join(u["text"] for u in tr["utterances"] if u["role"] == "customer" and u["turn"] == turn)


@pytest.mark.parametrize("profile", ["blind12", "blind13"])  # the writers that set it (0.7, 0.3)
def test_the_caller_explains_at_length_as_often_as_the_profile_says(tmp_path, profile):
    """cust_detail_prob 1 puts a long explanation in every opening turn, 0 in none (heldout's 0.5 by default)."""
    w = WRITERS[profile]
    details = w.B.HO_CUST_DETAIL
    for prob, expected in ((1.0, True), (0.0, False)):
        wp = dataclasses.replace(w, P={**w.P, "cust_detail_prob": prob})
        for seed in range(2):
            tr = one_call(wp, tmp_path / f"p{prob}", [], seed=seed, call_id=f"S{seed + 1:04d}")
            opening = first_customer_turn(tr)
            assert any(d.rstrip("。") in opening for d in details) is expected, (prob, seed)
