"""tools/gen_calls --profile blind16: the writer's own pacing and turn structure (issue 11).

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

P16 = blind4.BLIND16_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P16["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.37
    assert P16["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P16["noise_db_range"][1] <= -48.0                   # set 10: -44 dBFS drowned soft turn ends
    assert P16["cust_cpm"][1] < lo                              # callers slower than the agents
    # a long hold well over 30 s; an unannounced one well clear of 10 s
    assert P16["long_hold_s"][0] >= 45.0 and P16["unannounced_s"][0] >= 20.0
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert P16["cust_cpm"][0] < E["cust_cpm"][0], name             # slower callers than any set's
            assert P16["cust_cpm"][1] < E["cust_cpm"][1], name
        assert P16["pause_scale_range"][0] > E["pause_scale_range"][0], name  # no brisk turn-taking
        assert P16["early_lead_s"][0] > E["early_lead_s"][0], name            # callers cut in later
        assert P16["music_prob"] < E["music_prob"], name                      # the most silent holds
        assert P16["long_hold_s"][0] > E["long_hold_s"][0], name              # the longest long holds
        assert P16["long_hold_s"][1] > E["long_hold_s"][1], name
        assert P16["unannounced_s"][0] > E.get("unannounced_s", (10, 25))[0], name
        assert P16["cust_filler_prob"] > E.get("cust_filler_prob", 0.0), name  # the most caller 嗯/呃/啊
        assert P16["cbc_prob"] > E.get("cbc_prob", 0.0), name                  # the most caller backchannels
        assert P16["cust_detail_prob"] > E.get("cust_detail_prob", 0.5), name  # the most long openings


def test_agent_first_interruptions_overlap_long_enough_with_the_slow_callers(tmp_path):
    """The caller cuts in 0.9-1.5 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind16"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(16), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"W{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 1, 9, 20, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P16["early_lead_s"][0] <= e["lead_s"] <= P16["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 45-60 s, an unannounced one 20-28 s (each alone in its call)."""
    w = WRITERS["blind16"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P16["long_hold_s"]), ("unannounced_hold", P16["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"W{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])
