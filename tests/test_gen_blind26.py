"""tools/gen_calls --profile blind26: the writer's own pacing and turn structure (issue 11).

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

P26 = blind4.BLIND26_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS", "BLIND24_DEFAULTS", "BLIND25_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P26["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.4                 # slow-ish agents: mild fast turns well apart
    assert 215.0 <= lo and hi <= 250.0                          # warm agents who take their time
    assert P26["cust_cpm"][1] < hi                              # elderly callers, slower than the agents
    assert P26["cust_detail_prob"] >= 0.9                       # ... who ramble at length
    assert P26["cust_filler_prob"] >= 0.65                      # ... with many 嗯/呃/啊 of their own
    assert P26["readback_prob"] <= 0.25                         # few read-backs
    assert P26["bc_prob"] >= 0.9                                # many agent backchannels in long caller turns
    assert P26["pause_scale_range"][0] > 0.9                    # unhurried turn-taking
    assert P26["think_prob"] >= 0.5 and 3.3 <= P26["think_pause_s"][0]   # many thinking pauses ...
    assert P26["think_pause_s"][1] < 5.0                        # ... short of the check's 5 s and dead air
    assert 0.4 <= P26["music_prob"] <= 0.6                      # music on about half of the holds
    assert 15.0 <= P26["unannounced_s"][0] and P26["unannounced_s"][1] <= 25.0   # very long unannounced holds
    assert 40.0 <= P26["long_hold_s"][0] and P26["long_hold_s"][1] <= 60.0
    assert P26["noise_db_range"][1] <= -55.0                    # a clean line, only a low-level hum
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P26["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P26["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P26["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P26["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P26["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P26["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P26["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P26.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name
        assert P26["cust_detail_prob"] > E.get("cust_detail_prob", 0.5), name   # the most rambling callers
        assert P26["cust_filler_prob"] > E.get("cust_filler_prob", 0.0), name   # the most callers' own tics
        assert P26["readback_prob"] < E.get("readback_prob", 1.0), name         # the fewest read-backs


def test_agent_first_interruptions_overlap_long_enough(tmp_path):
    """The elderly caller cuts in 0.62-1.15 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind26"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(26), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"F{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 28, 10, 20, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P26["early_lead_s"][0] <= e["lead_s"] <= P26["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 41-59 s, an unannounced one 15.5-24 s (each alone in its call)."""
    w = WRITERS["blind26"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P26["long_hold_s"]), ("unannounced_hold", P26["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"F{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


def test_turn_taking_stays_in_the_profiles_band(tmp_path):
    """Every call's pause scale lies in 0.92-1.42."""
    w = WRITERS["blind26"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"F{seed + 1:04d}")
        lo, hi = P26["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
