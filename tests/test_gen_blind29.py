"""tools/gen_calls --profile blind29: the writer's own pacing and turn structure (issue 11).

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

P29 = blind4.BLIND29_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P29["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.29                # tired agents: fast turns still apart
    assert 244.0 <= lo and hi <= 278.0                          # short, plain sentences
    assert P29["cust_cpm"][1] < lo and P29["cust_cpm"][0] < 160.0   # sleepy, slow callers
    assert P29["cust_filler_prob"] >= 0.5                       # callers' own 嗯/呃 often
    assert P29["readback_prob"] <= 0.5                          # tired agents skip read-backs
    assert P29["bc_prob"] >= 0.95 and P29["cbc_prob"] <= 0.35   # agents backchannel a lot, callers seldom
    assert P29["pause_scale_range"] == (1.1, 1.6)               # the slowest turn-taking band yet
    assert P29["think_prob"] >= 0.45 and P29["think_pause_s"][1] < 5.0   # thinking pauses under the 5 s check
    assert P29["music_prob"] == 0.5                             # music on half the holds
    assert 31.0 <= P29["long_hold_s"][0] and P29["long_hold_s"][1] <= 36.0      # short holds: a colleague fetched
    assert 11.0 <= P29["unannounced_s"][0] and P29["unannounced_s"][1] <= 16.0
    assert -63.0 <= P29["noise_db_range"][0] and P29["noise_db_range"][1] <= -54.0   # a faint hum
