"""tools/gen_calls --profile blind35: the writer's own pacing and turn structure (issue 11).

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

P35 = blind4.BLIND35_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P35["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.57                # soft-spoken agents at home: fast bursts far apart
    assert 200.0 <= lo and hi <= 228.0
    assert P35["mild_fast_prob"] == 0.5
    assert P35["cust_cpm"] == (152.0, 194.0)                    # callers who take their time
    assert P35["cust_detail_prob"] == 0.4                       # ... think aloud or ask the agent to slow down
    assert P35["cust_filler_prob"] == 0.55
    assert P35["readback_prob"] == 0.7                          # a headset over a home network drops syllables
    assert P35["bc_prob"] == 0.6 and P35["cbc_prob"] == 0.25    # agents keep the line alive; callers think
    assert P35["pause_scale_range"] == (1.12, 1.62)             # callers pause before they answer
    assert P35["think_prob"] == 0.4 and P35["think_pause_s"][1] < 5.0   # look-ups over a slow home VPN
    assert P35["music_prob"] == 0.33                            # the softphone's hold tone is often off
    assert 36.0 <= P35["long_hold_s"][0] and P35["long_hold_s"][1] <= 48.0     # a colleague reached by message
    assert 12.5 <= P35["unannounced_s"][0] and P35["unannounced_s"][1] <= 17.5
    assert P35["early_lead_s"] == (0.58, 1.12)                  # callers cut in late
    assert -63.5 <= P35["noise_db_range"][0] and P35["noise_db_range"][1] <= -56.5   # a desk fan by the laptop
