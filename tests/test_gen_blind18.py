"""tools/gen_calls --profile blind18: the writer's own pacing and turn structure (issue 11).

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

P18 = blind4.BLIND18_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P18["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.53
    assert hi - lo <= 30.0                                      # an even pace: a narrow band of agent rates
    assert P18["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P18["noise_db_range"][1] <= -50.0                   # a quiet line hum
    assert P18["music_prob"] == 0.0                             # no hold music: every hold is silent
    # holds close to a typical code's limits, yet clear of them: a long hold over 30 s, an
    # unannounced one over 10 s
    assert 31.0 <= P18["long_hold_s"][0] < 32.0 and P18["long_hold_s"][1] <= 40.0
    assert 10.0 < P18["unannounced_s"][0] < 11.0 and P18["unannounced_s"][1] <= 16.0
    assert P18["cust_cpm"][1] < hi                              # southern callers, slower than the fastest agent
    for name in EARLIER:
        E = getattr(blind4, name)
        assert P18["cust_detail_prob"] < E.get("cust_detail_prob", 0.5), name  # short questions, not long stories
        assert P18["music_prob"] < E["music_prob"], name                      # the only set without hold music
        assert P18["long_hold_s"][0] < E["long_hold_s"][0], name              # the long holds nearest the limit
        assert P18["unannounced_s"][0] < E["unannounced_s"][0], name
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P18["cust_cpm"]) != tuple(E["cust_cpm"]), name
            assert tuple(P18["agent_cpm"]) != tuple(E["agent_cpm"]), name
        assert tuple(P18["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P18["early_lead_s"]) != tuple(E["early_lead_s"]), name


def test_agent_first_interruptions_overlap_long_enough_with_the_anxious_callers(tmp_path):
    """The caller cuts in 0.25-0.6 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind18"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(18), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"Y{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 3, 10, 5, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P18["early_lead_s"][0] <= e["lead_s"] <= P18["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says_and_are_silent(tmp_path):
    """A long hold lasts 31.5-40 s, an unannounced one 10.5-16 s (each alone in its call), no music."""
    w = WRITERS["blind18"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P18["long_hold_s"]), ("unannounced_hold", P18["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"Y{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])
        assert "music" not in e["detail"], e["detail"]


def test_turn_taking_stays_in_the_profiles_band(tmp_path):
    """Every call's pause scale lies in 0.65-1.05."""
    w = WRITERS["blind18"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"Y{seed + 1:04d}")
        lo, hi = P18["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
