"""tools/gen_calls --profile blind15: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels are held by the spec the later writers share,
test_gen_blind_writers.py.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402
from test_gen_blind5 import StandInVoice  # noqa: E402
from test_gen_blind_writers import WRITERS, one_call  # noqa: E402

P15 = blind4.BLIND15_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P15["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.7
    assert P15["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P15["noise_db_range"][1] <= -48.0                   # set 10: -44 dBFS drowned soft turn ends
    assert P15["cust_cpm"][0] > hi                             # callers faster than the agents
    # a long hold a little over 30 s, yet 3 s or more clear of it; an unannounced one clear of 10 s
    assert 33.0 <= P15["long_hold_s"][0] and P15["long_hold_s"][1] <= 40.0
    assert P15["unannounced_s"][0] >= 13.0
    for name in EARLIER:
        E = getattr(blind4, name)
        if "agent_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert lo < E["agent_cpm"][0] and hi < E["agent_cpm"][1], name     # calmer agents than any set's
            assert P15["cust_cpm"][0] > E["cust_cpm"][0], name                  # ... faster callers
            assert P15["cust_cpm"][1] > E["cust_cpm"][1], name
        assert P15["early_lead_s"][0] < E["early_lead_s"][0], name            # callers cut in sooner
        assert P15["music_prob"] > E["music_prob"], name                      # music on most holds
        assert P15["long_hold_s"][1] < E["long_hold_s"][1], name              # the shortest long holds
        assert P15["bc_prob"] > E["bc_prob"], name                            # the most agent backchannels
        assert P15["cust_filler_prob"] > E["cust_filler_prob"], name          # the most caller 嗯/呃/啊


def test_agent_first_interruptions_overlap_long_enough_with_the_quick_callers(tmp_path):
    """The caller cuts in 0.2-0.55 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind15"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(15), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"V{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 11, 30, 16, 40, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P15["early_lead_s"][0] <= e["lead_s"] <= P15["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 33.5-39.5 s, an unannounced one 13.5-18.5 s (each alone in its call)."""
    w = WRITERS["blind15"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P15["long_hold_s"]), ("unannounced_hold", P15["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"V{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])
