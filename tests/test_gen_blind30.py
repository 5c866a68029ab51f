"""tools/gen_calls --profile blind30: the writer's own pacing and turn structure (issue 11).

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

P30 = blind4.BLIND30_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS", "BLIND24_DEFAULTS", "BLIND25_DEFAULTS", "BLIND26_DEFAULTS",
           "BLIND27_DEFAULTS", "BLIND28_DEFAULTS", "BLIND29_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P30["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.25                # nervous script readers: fast turns still apart
    assert 252.0 <= lo and hi <= 288.0                          # the fastest agent band yet
    assert P30["mild_fast_prob"] <= 0.35                        # most fast calls at 400-480
    assert P30["cust_cpm"][0] > lo and P30["cust_cpm"][1] > 300.0   # impatient regular callers
    assert P30["cust_filler_prob"] <= 0.2                       # callers' own 嗯/呃 seldom
    assert P30["readback_prob"] >= 0.9                          # trainees read back by the script
    assert P30["bc_prob"] >= 0.9 and P30["cbc_prob"] <= 0.25    # eager trainees backchannel, callers seldom
    assert P30["pause_scale_range"] == (0.66, 1.18)             # brisk turn-taking
    assert P30["think_prob"] >= 0.5 and P30["think_pause_s"][1] < 5.0   # look-up pauses under the 5 s check
    assert P30["music_prob"] == 0.33                            # music on a third of the holds
    assert 32.0 <= P30["long_hold_s"][0] and P30["long_hold_s"][1] <= 40.0      # medium holds: a mentor asked
    assert 12.0 <= P30["unannounced_s"][0] and P30["unannounced_s"][1] <= 17.0
    assert P30["early_lead_s"][1] <= 0.42                       # callers cut in almost at once
    assert -59.0 <= P30["noise_db_range"][0] and P30["noise_db_range"][1] <= -51.0   # light office chatter
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P30["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P30["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P30["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P30["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P30["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P30["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P30["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P30.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name


def test_agent_first_interruptions_overlap_long_enough(tmp_path):
    """The impatient caller cuts in 0.16-0.42 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind30"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(30), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"E{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 1, 10, 20, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P30["early_lead_s"][0] <= e["lead_s"] <= P30["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 32-40 s, an unannounced one 12-17 s (each alone in its call)."""
    w = WRITERS["blind30"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P30["long_hold_s"]), ("unannounced_hold", P30["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"E{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


def test_turn_taking_stays_in_the_profiles_band(tmp_path):
    """Every call's pause scale lies in 0.66-1.18."""
    w = WRITERS["blind30"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"E{seed + 1:04d}")
        lo, hi = P30["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
