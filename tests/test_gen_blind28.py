"""tools/gen_calls --profile blind28: the writer's own pacing and turn structure (issue 11).

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

P28 = blind4.BLIND28_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P28["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.4                 # unhurried senior agents: fast turns well apart
    assert 225.0 <= lo and hi <= 255.0                          # long formal sentences, never rushed
    assert P28["cust_cpm"][0] > lo and P28["cust_cpm"][1] > hi   # demanding callers speak fast when annoyed
    assert P28["cust_filler_prob"] <= 0.3                       # few fillers of the callers' own
    assert P28["readback_prob"] >= 0.85                         # formal read-backs of most details
    assert P28["bc_prob"] >= 0.85 and P28["cbc_prob"] <= 0.3    # attentive agents, callers who do not backchannel
    assert 0.85 <= P28["pause_scale_range"][0] and P28["pause_scale_range"][1] <= 1.35   # measured turns
    assert P28["think_prob"] <= 0.3 and P28["think_pause_s"][1] < 5.0   # few, short thinking pauses
    assert P28["music_prob"] == 1.0                             # music on every hold
    assert 33.0 <= P28["long_hold_s"][0] and P28["long_hold_s"][1] <= 45.0      # long holds while a manager is consulted
    assert 12.0 <= P28["unannounced_s"][0] and P28["unannounced_s"][1] <= 18.0
    assert P28["noise_db_range"][1] <= -60.0                    # a very clean line
