"""tools/gen_calls --profile blind36: the writer's own pacing and turn structure (issue 11).

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

P36 = blind4.BLIND36_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P36["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.38                # brisk local agents: fast bursts still apart
    assert 234.0 <= lo and hi <= 260.0
    assert P36["mild_fast_prob"] == 0.45
    assert P36["cust_cpm"] == (212.0, 268.0)                    # day trippers who answer in short bursts
    assert P36["cust_detail_prob"] == 0.45                      # ... say where they are or that they hurry
    assert P36["cust_filler_prob"] == 0.4
    assert P36["readback_prob"] == 0.6                          # a market street under the open window
    assert P36["bc_prob"] == 0.72 and P36["cbc_prob"] == 0.5    # 晓得 / 要得 from the desk
    assert P36["pause_scale_range"] == (0.68, 1.12)             # brisk turn-taking
    assert P36["think_prob"] == 0.35 and P36["think_pause_s"][1] < 5.0   # a paper register
    assert P36["music_prob"] == 0.67                            # music on two holds in three
    assert 32.5 <= P36["long_hold_s"][0] and P36["long_hold_s"][1] <= 40.5     # a record fetched from another office
    assert 10.0 <= P36["unannounced_s"][0] and P36["unannounced_s"][1] <= 13.0
    assert P36["early_lead_s"] == (0.12, 0.38)                  # callers cut in very early
    assert -55.5 <= P36["noise_db_range"][0] and P36["noise_db_range"][1] <= -48.0   # the street outside
