"""tools/gen_calls --profile blind34: the writer's own pacing and turn structure (issue 11).

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

P34 = blind4.BLIND34_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P34["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.44                # lent back-office agents: fast bursts far apart
    assert 226.0 <= lo and hi <= 250.0
    assert P34["mild_fast_prob"] == 0.4
    assert P34["cust_cpm"] == (244.0, 304.0)                    # callers who queued, impatient
    assert P34["cust_detail_prob"] == 0.55                      # ... who say so, or say it twice
    assert P34["cust_filler_prob"] == 0.35
    assert P34["readback_prob"] == 0.5                          # no time to spare, a noisy room
    assert P34["bc_prob"] == 0.45 and P34["cbc_prob"] == 0.6    # agents watch the queue; callers hurry them
    assert P34["pause_scale_range"] == (0.58, 0.98)
    assert P34["think_prob"] == 0.3 and P34["think_pause_s"][1] < 5.0   # short look-ups in a known system
    assert P34["music_prob"] == 0.0                             # the overflow lines have no hold music
    assert 30.5 < P34["long_hold_s"][0] and P34["long_hold_s"][1] <= 34.5      # short holds while the queue clears
    assert 8.5 <= P34["unannounced_s"][0] and P34["unannounced_s"][1] <= 11.0
    assert P34["early_lead_s"] == (0.2, 0.48)
    assert -53.0 <= P34["noise_db_range"][0] and P34["noise_db_range"][1] <= -45.5   # a loud open-plan room
