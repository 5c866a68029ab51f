"""tools/gen_calls --profile blind22: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402

P22 = blind4.BLIND22_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P22["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.46                # tired agents: mild fast turns stand well apart
    assert P22["cust_cpm"][1] < lo + 5                          # elderly callers speak no faster than the agents
    assert 3.0 <= P22["think_pause_s"][0] and P22["think_pause_s"][1] < 5.0   # long, never dead air
    assert P22["think_prob"] >= 0.45                            # long pauses before many answers
    assert P22["music_prob"] >= 0.7                             # music on most holds
    assert 38.0 <= P22["long_hold_s"][0] and P22["long_hold_s"][1] <= 57.0    # long long holds
    assert 15.0 <= P22["unannounced_s"][0] and P22["unannounced_s"][1] <= 24.5
    assert P22["pause_scale_range"][0] > 1.0                    # unhurried turn-taking
    assert P22["cbc_prob"] < 0.5                                # callers listen hard, few backchannels
    assert P22["noise_db_range"][1] < -52.0                     # set 21's -50 dBFS floor drowned soft turn ends
