"""tools/gen_calls --profile blind25: the writer's own pacing and turn structure (issue 11).

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

P25 = blind4.BLIND25_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS", "BLIND24_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P25["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3                 # brisk agents: mild fast turns still apart
    assert lo >= 240.0                                          # scripts read a little too fast
    assert P25["cust_cpm"][1] < hi                              # terse business callers, no faster than the agents
    assert P25["cust_detail_prob"] <= 0.3                       # ... who seldom explain at length
    assert P25["readback_prob"] >= 0.9                          # many read-backs of details
    assert P25["pause_scale_range"][1] < 1.0                    # short turns, quick turn-taking
    assert P25["cbc_prob"] <= 0.3                               # busy callers listen and wait
    assert P25["think_prob"] <= 0.2 and P25["think_pause_s"][1] < 2.8   # few, the shortest thinking pauses
    assert P25["music_prob"] >= 0.85                            # music on most holds
    assert 10.0 <= P25["unannounced_s"][0] and P25["unannounced_s"][1] <= 16.0   # medium, at the 10 s floor
    assert 30.0 < P25["long_hold_s"][0] and P25["long_hold_s"][1] <= 42.0
    assert -50.0 < P25["noise_db_range"][1] <= -48.0 and P25["noise_db_range"][0] < -50.0   # slightly noisy, never a floor over -50
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P25["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P25["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P25["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P25["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P25["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P25["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P25["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P25.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name
        assert P25["think_pause_s"][1] < E.get("think_pause_s", (0.0, 9.0))[1], name   # the shortest of any set
        assert P25["readback_prob"] > E.get("readback_prob", 0.0), name                 # the most read-backs of any set


def test_agent_first_interruptions_overlap_long_enough(tmp_path):
    """The caller cuts in 0.3-0.6 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind25"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(25), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"G{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 11, 30, 16, 40, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P25["early_lead_s"][0] <= e["lead_s"] <= P25["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 31-42 s, an unannounced one 10-16 s (each alone in its call)."""
    w = WRITERS["blind25"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P25["long_hold_s"]), ("unannounced_hold", P25["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"G{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


def test_turn_taking_stays_in_the_profiles_band(tmp_path):
    """Every call's pause scale lies in 0.62-0.92."""
    w = WRITERS["blind25"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"G{seed + 1:04d}")
        lo, hi = P25["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
