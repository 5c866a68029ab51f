"""tools/gen_calls --profile blind25: the writer's own pacing and turn structure (issue 11).

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

P25 = blind4.BLIND25_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS", "BLIND24_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P25["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3                 # brisk agents: mild fast turns still apart
    assert lo >= 240.0                                          # scripts read a little too fast
    assert P25["cust_cpm"][1] < hi                              # terse business callers, no faster than the agents
    assert P25["cust_detail_prob"] <= 0.3                       # ... who seldom explain at length
    assert P25["readback_prob"] >= 0.9                          # many read-backs of details
    assert P25["pause_scale_range"][1] < 1.0                    # short turns, quick turn-taking
    assert P25["cbc_prob"] <= 0.3                               # busy callers listen and wait
    assert P25["think_prob"] <= 0.2 and P25["think_pause_s"][1] < 2.8   # few, the shortest thinking pauses
    assert P25["music_prob"] >= 0.85                            # music on most holds
    assert 10.0 <= P25["unannounced_s"][0] and P25["unannounced_s"][1] <= 16.0   # medium, at the 10 s floor
    assert 30.0 < P25["long_hold_s"][0] and P25["long_hold_s"][1] <= 42.0
    assert -50.0 < P25["noise_db_range"][1] <= -48.0 and P25["noise_db_range"][0] < -50.0   # slightly noisy, never a floor over -50
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P25["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P25["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P25["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P25["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P25["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P25["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P25["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P25.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name
        assert P25["think_pause_s"][1] < E.get("think_pause_s", (0.0, 9.0))[1], name   # the shortest of any set
        assert P25["readback_prob"] > E.get("readback_prob", 0.0), name                 # the most read-backs of any set
