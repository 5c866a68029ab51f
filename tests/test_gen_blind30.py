"""tools/gen_calls --profile blind30: the writer's own pacing and turn structure (issue 11).

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

P30 = blind4.BLIND30_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P30["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.25                # nervous script readers: fast turns still apart
    assert 252.0 <= lo and hi <= 288.0                          # the fastest agent band yet
    assert P30["mild_fast_prob"] <= 0.35                        # most fast calls at 400-480
    assert P30["cust_cpm"][0] > lo and P30["cust_cpm"][1] > 300.0   # impatient regular callers
    assert P30["cust_filler_prob"] <= 0.2                       # callers' own 嗯/呃 seldom
    assert P30["readback_prob"] >= 0.9                          # trainees read back by the script
    assert P30["bc_prob"] >= 0.9 and P30["cbc_prob"] <= 0.25    # eager trainees backchannel, callers seldom
    assert P30["pause_scale_range"] == (0.66, 1.18)             # brisk turn-taking
    assert P30["think_prob"] >= 0.5 and P30["think_pause_s"][1] < 5.0   # look-up pauses under the 5 s check
    assert P30["music_prob"] == 0.33                            # music on a third of the holds
    assert 32.0 <= P30["long_hold_s"][0] and P30["long_hold_s"][1] <= 40.0      # medium holds: a mentor asked
    assert 12.0 <= P30["unannounced_s"][0] and P30["unannounced_s"][1] <= 17.0
    assert P30["early_lead_s"][1] <= 0.42                       # callers cut in almost at once
    assert -59.0 <= P30["noise_db_range"][0] and P30["noise_db_range"][1] <= -51.0   # light office chatter
