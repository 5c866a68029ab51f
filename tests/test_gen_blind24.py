"""tools/gen_calls --profile blind24: the writer's own pacing and turn structure (issue 11).

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

P24 = blind4.BLIND24_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P24["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.5                 # sleepy agents: fast turns far apart
    assert hi <= 240.0                                          # slow night-shift agents ...
    assert P24["cust_cpm"][0] - hi >= 30.0                      # ... and anxious callers well above them
    assert P24["early_lead_s"][1] <= 0.6                        # anxious callers cut in early
    assert P24["pause_scale_range"][0] >= 1.0                   # unhurried turn-taking
    assert P24["think_prob"] >= 0.5 and P24["think_pause_s"][1] < 5.0   # slow answers, under the 5 s check
    assert P24["music_prob"] <= 0.25                            # no music on most holds
    assert 12.0 <= P24["unannounced_s"][0] and P24["unannounced_s"][1] <= 20.0
    assert 35.0 < P24["long_hold_s"][0] and P24["long_hold_s"][1] <= 50.0
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P24["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P24["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P24["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P24["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P24["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P24["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P24["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P24.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name
        assert P24["noise_db_range"][1] < E.get("noise_db_range", (0.0, 0.0))[1], name   # the quietest line of any set
