"""tools/gen_calls --profile blind17: the writer's own pacing and turn structure (issue 11).

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

P17 = blind4.BLIND17_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P17["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.32
    assert P17["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P17["noise_db_range"][1] <= -48.0                   # set 10: -44 dBFS drowned soft turn ends
    # middling holds: a long one well over 30 s, an unannounced one well clear of 10 s
    assert P17["long_hold_s"][0] >= 34.0 and P17["unannounced_s"][0] >= 12.0
    assert P17["music_prob"] == 0.5                             # music on half the holds
    for name in EARLIER:
        E = getattr(blind4, name)
        assert P17["pause_scale_range"][0] < E["pause_scale_range"][0], name  # the quickest turn-taking
        assert P17["pause_scale_range"][1] < E["pause_scale_range"][1], name
        assert P17["bc_prob"] < E["bc_prob"], name                            # the fewest agent backchannels
        if name != "BLIND5_DEFAULTS":   # set 5 kept heldout's few caller 嗯/呃/啊
            assert P17["cust_filler_prob"] < E["cust_filler_prob"], name      # young callers, few tics
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P17["cust_cpm"]) != tuple(E["cust_cpm"]), name
            assert tuple(P17["agent_cpm"]) != tuple(E["agent_cpm"]), name
        assert (P17["long_hold_s"], P17["unannounced_s"]) != (E["long_hold_s"], E["unannounced_s"]), name
    assert P17["cust_cpm"][0] > lo                              # brisk callers, as fast as the agents or faster


def test_agent_first_interruptions_overlap_long_enough_with_the_brisk_callers(tmp_path):
    """The caller cuts in 0.3-0.65 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind17"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(17), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"X{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 2, 10, 5, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P17["early_lead_s"][0] <= e["lead_s"] <= P17["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 34-44 s, an unannounced one 12.5-19.5 s (each alone in its call)."""
    w = WRITERS["blind17"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P17["long_hold_s"]), ("unannounced_hold", P17["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"X{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


def test_turns_follow_each_other_closely(tmp_path):
    """The quick turn-taking: every call's pause scale lies in 0.5-0.85."""
    w = WRITERS["blind17"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"X{seed + 1:04d}")
        lo, hi = P17["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
