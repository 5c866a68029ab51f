"""tools/gen_calls --profile blind21: the writer's own pacing and turn structure (issue 11).

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

P21 = blind4.BLIND21_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P21["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.36                # brisk agents: mild fast turns still stand apart
    assert P21["think_pause_s"][1] < 5.0                        # never an unexplained silence or dead air
    assert P21["music_prob"] <= 0.2                             # holds mostly without music
    assert 31.0 <= P21["long_hold_s"][0] and P21["long_hold_s"][1] <= 38.0   # short long holds
    assert 10.0 <= P21["unannounced_s"][0] and P21["unannounced_s"][1] <= 14.0
    assert P21["noise_db_range"][1] < -44.0                     # set 10's -44 dBFS drowned soft turn ends
    for name in EARLIER:
        E = getattr(blind4, name)
        assert P21["noise_db_range"][0] > E["noise_db_range"][0], name          # the noisiest floor of any set
        assert P21["bc_prob"] > E.get("bc_prob", 0.75), name                   # the most agent backchannels
        assert P21["cbc_prob"] > E.get("cbc_prob", 0.5), name                  # and the most caller ones
        assert P21["cust_detail_prob"] > E.get("cust_detail_prob", 0.5), name   # callers talk at length
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P21["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P21["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P21["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P21["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P21["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P21["unannounced_s"]) != tuple(E["unannounced_s"]), name


def test_agent_first_interruptions_overlap_long_enough(tmp_path):
    """The caller cuts in 0.35-0.7 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind21"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(21), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"R{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 6, 12, 15, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P21["early_lead_s"][0] <= e["lead_s"] <= P21["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 31-38 s, an unannounced one 10-14 s (each alone in its call)."""
    w = WRITERS["blind21"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P21["long_hold_s"]), ("unannounced_hold", P21["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"R{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


def test_turn_taking_stays_in_the_profiles_band(tmp_path):
    """Every call's pause scale lies in 0.55-0.9."""
    w = WRITERS["blind21"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"R{seed + 1:04d}")
        lo, hi = P21["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
