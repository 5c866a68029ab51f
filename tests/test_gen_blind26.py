"""tools/gen_calls --profile blind26: the writer's own pacing and turn structure (issue 11).

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

P26 = blind4.BLIND26_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS", "BLIND24_DEFAULTS", "BLIND25_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P26["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.4                 # slow-ish agents: mild fast turns well apart
    assert 215.0 <= lo and hi <= 250.0                          # warm agents who take their time
    assert P26["cust_cpm"][1] < hi                              # elderly callers, slower than the agents
    assert P26["cust_detail_prob"] >= 0.9                       # ... who ramble at length
    assert P26["cust_filler_prob"] >= 0.65                      # ... with many 嗯/呃/啊 of their own
    assert P26["readback_prob"] <= 0.25                         # few read-backs
    assert P26["bc_prob"] >= 0.9                                # many agent backchannels in long caller turns
    assert P26["pause_scale_range"][0] > 0.9                    # unhurried turn-taking
    assert P26["think_prob"] >= 0.5 and 3.3 <= P26["think_pause_s"][0]   # many thinking pauses ...
    assert P26["think_pause_s"][1] < 5.0                        # ... short of the check's 5 s and dead air
    assert 0.4 <= P26["music_prob"] <= 0.6                      # music on about half of the holds
    assert 15.0 <= P26["unannounced_s"][0] and P26["unannounced_s"][1] <= 25.0   # very long unannounced holds
    assert 40.0 <= P26["long_hold_s"][0] and P26["long_hold_s"][1] <= 60.0
    assert P26["noise_db_range"][1] <= -55.0                    # a clean line, only a low-level hum
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P26["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P26["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P26["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P26["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P26["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P26["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P26["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P26.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name
        assert P26["cust_detail_prob"] > E.get("cust_detail_prob", 0.5), name   # the most rambling callers
        assert P26["cust_filler_prob"] > E.get("cust_filler_prob", 0.0), name   # the most callers' own tics
        assert P26["readback_prob"] < E.get("readback_prob", 1.0), name         # the fewest read-backs
