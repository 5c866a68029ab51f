"""tools/gen_calls --profile blind31: the writer's own pacing and turn structure (issue 11).

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

P31 = blind4.BLIND31_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P31["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.25                # brisk holiday-rush agents: fast turns still apart
    assert 246.0 <= lo and hi <= 284.0
    assert 0.35 <= P31["mild_fast_prob"] <= 0.45                # two fifths of the fast calls mild
    assert P31["cust_cpm"][0] > lo and P31["cust_cpm"][1] > 300.0   # stressed last-minute callers
    assert P31["cust_detail_prob"] >= 0.6                       # callers who say it twice
    assert P31["cust_filler_prob"] == 0.4
    assert P31["readback_prob"] == 0.6                          # read-backs, not always in the rush
    assert P31["bc_prob"] == 0.7 and P31["cbc_prob"] == 0.3
    assert P31["pause_scale_range"] == (0.64, 1.08)             # quick turn-taking
    assert P31["think_prob"] == 0.4 and P31["think_pause_s"][1] < 5.0   # availability look-ups under the 5 s check
    assert P31["music_prob"] == 0.67                            # music on two thirds of the holds
    assert 31.0 <= P31["long_hold_s"][0] and P31["long_hold_s"][1] <= 37.0      # short holds: availability checked
    assert 11.5 <= P31["unannounced_s"][0] and P31["unannounced_s"][1] <= 15.5
    assert P31["early_lead_s"] == (0.24, 0.52)                  # callers cut in soon
    assert -58.5 <= P31["noise_db_range"][0] and P31["noise_db_range"][1] <= -50.5   # busy call-centre murmur
