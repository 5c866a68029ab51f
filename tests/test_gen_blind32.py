"""tools/gen_calls --profile blind32: the writer's own pacing and turn structure (issue 11).

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

P32 = blind4.BLIND32_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P32["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.45                # calm night agents: fast bursts far apart
    assert 212.0 <= lo and hi <= 244.0
    assert P32["mild_fast_prob"] == 0.5                         # half of the fast calls mild
    assert P32["cust_cpm"] == (200.0, 262.0)                    # callers on streets and trains
    assert P32["cust_detail_prob"] == 0.45                      # ... who say where they are
    assert P32["cust_filler_prob"] == 0.5                       # tired callers' own 嗯/呃
    assert P32["readback_prob"] == 0.8                          # a line that drops: details read back
    assert P32["bc_prob"] == 0.6 and P32["cbc_prob"] == 0.35
    assert P32["pause_scale_range"] == (0.96, 1.46)             # slow night turn-taking
    assert P32["think_prob"] == 0.55 and P32["think_pause_s"][1] < 5.0   # slow night look-ups under the 5 s check
    assert P32["music_prob"] == 0.28                            # music on about a quarter of the holds
    assert 34.5 <= P32["long_hold_s"][0] and P32["long_hold_s"][1] <= 46.5      # long holds: slow systems
    assert 12.5 <= P32["unannounced_s"][0] and P32["unannounced_s"][1] <= 16.5
    assert P32["early_lead_s"] == (0.48, 0.94)                  # callers cut in late
    assert -64.5 <= P32["noise_db_range"][0] and P32["noise_db_range"][1] <= -57.5   # quiet server-fan hum
