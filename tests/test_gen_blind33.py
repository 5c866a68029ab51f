"""tools/gen_calls --profile blind33: the writer's own pacing and turn structure (issue 11).

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

P33 = blind4.BLIND33_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P33["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.30                # quick temp agents: fast bursts still apart
    assert 242.0 <= lo and hi <= 276.0
    assert P33["mild_fast_prob"] == 0.45
    assert P33["cust_cpm"] == (182.0, 248.0)                    # weekend callers at home, distracted
    assert P33["cust_detail_prob"] == 0.5                       # ... children, TV, questions for questions
    assert P33["cust_filler_prob"] == 0.45
    assert P33["readback_prob"] == 0.65                         # noisy homes: details read back
    assert P33["bc_prob"] == 0.5 and P33["cbc_prob"] == 0.45    # temps on script; callers half-listening
    assert P33["pause_scale_range"] == (0.82, 1.26)
    assert P33["think_prob"] == 0.45 and P33["think_pause_s"][1] < 5.0   # look-ups on an unfamiliar system
    assert P33["music_prob"] == 0.5                             # music on half of the holds
    assert 31.0 <= P33["long_hold_s"][0] and P33["long_hold_s"][1] <= 39.0      # a supervisor paged
    assert 11.0 <= P33["unannounced_s"][0] and P33["unannounced_s"][1] <= 14.5
    assert P33["early_lead_s"] == (0.36, 0.78)
    assert -66.5 <= P33["noise_db_range"][0] and P33["noise_db_range"][1] <= -59.5   # an office fridge's hum
