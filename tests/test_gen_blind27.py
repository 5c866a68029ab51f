"""tools/gen_calls --profile blind27: the writer's own pacing and turn structure (issue 11).

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

P27 = blind4.BLIND27_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P27["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.35                # script readers, a little brisk: fast turns apart
    assert 235.0 <= lo and hi <= 266.0                          # stiff agents reading a script
    assert P27["cust_cpm"][0] < lo and P27["cust_cpm"][1] < hi   # polite, confused callers, a little slower
    assert P27["readback_prob"] >= 0.8                          # the script reads nearly every detail back
    assert P27["bc_prob"] <= 0.8                                # scripted agents backchannel less than chatty ones
    assert 0.75 <= P27["pause_scale_range"][0] and P27["pause_scale_range"][1] <= 1.25   # turns a little delayed
    assert P27["think_prob"] >= 0.4 and P27["think_pause_s"][1] < 5.0   # searching the script, short of 5 s
    assert P27["music_prob"] >= 0.7                             # music on most holds
    assert 31.0 <= P27["long_hold_s"][0] and P27["long_hold_s"][1] <= 39.0      # many short holds
    assert 11.0 <= P27["unannounced_s"][0] and P27["unannounced_s"][1] <= 15.0
    assert -62.0 <= P27["noise_db_range"][0] and P27["noise_db_range"][1] <= -50.0   # a line with some noise
