"""tools/gen_calls --profile blind23: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range), are held by the spec the later writers share,
test_gen_blind_writers.py.  What stays here is its own pacing, and the check that its ranges differ
from every earlier writer's, which stays because it also asserts that some of its values go beyond
every earlier writer's (the shared spec holds that check for the writers where it is the same code).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402

P23 = blind4.BLIND23_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P23["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.27                # hurried agents: mild fast turns still apart
    assert P23["mild_fast_prob"] <= 0.4                         # ... and most fast calls well above the mild band
    assert lo >= 250.0                                          # brisk after the holiday
    assert P23["early_lead_s"][1] <= 0.5                        # irritated callers cut in early
    assert P23["pause_scale_range"][1] < 1.0                    # quick turn-taking
    assert P23["bc_prob"] <= 0.5                                # hurried agents backchannel little
    assert P23["think_prob"] <= 0.2 and P23["think_pause_s"][1] < 3.0   # few, short thinking pauses
    assert 10.0 <= P23["unannounced_s"][0] and P23["unannounced_s"][1] <= 15.0   # medium, at the 10 s floor
    assert 32.0 < P23["long_hold_s"][0] and P23["long_hold_s"][1] <= 45.0
    assert P23["noise_db_range"][1] < -49.0                     # a busy office, under set 21's -50 floor's trouble
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P23["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P23["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P23["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P23["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P23["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P23["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P23["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P23.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name
        assert P23["agent_cpm"][1] > E.get("agent_cpm", (0.0, 0.0))[1], name   # the fastest top of any set
        assert P23["bc_prob"] < E.get("bc_prob", 1.0), name                    # the fewest agent backchannels
