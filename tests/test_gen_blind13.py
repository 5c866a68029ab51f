"""tools/gen_calls --profile blind13: the writer's own pacing and turn structure (issue 11); the agent-first
interruption spec runs for blind14 too.

Its phrase tables, kind plan and labels are held by the spec the later writers share,
test_gen_blind_writers.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402
from test_gen_blind5 import StandInVoice  # noqa: E402
from test_gen_blind_writers import WRITERS, one_call  # noqa: E402

P13 = blind4.BLIND13_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P13["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.6
    assert P13["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P13["cust_cpm"][0] > hi                             # customers faster than the agents
    assert P13["noise_db_range"][1] <= -48.0                   # set 10: -44 dBFS drowned soft turn ends
    width = P13["noise_db_range"][1] - P13["noise_db_range"][0]
    for name in EARLIER:
        E = getattr(blind4, name)
        if "agent_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert lo < E["agent_cpm"][0] and hi < E["agent_cpm"][1], name       # slower agents than any set's
            assert P13["cust_cpm"][0] > E["cust_cpm"][0], name                    # ... faster customers
        assert P13["pause_scale_range"][1] < E["pause_scale_range"][1], name      # quicker turn-taking
        assert P13["early_lead_s"][0] < E["early_lead_s"][0], name                # customers cut in sooner
        assert width > E["noise_db_range"][1] - E["noise_db_range"][0], name      # the widest noise range
        assert P13["cust_detail_prob"] < E.get("cust_detail_prob", 0.5), name    # terser callers


@pytest.mark.parametrize("profile", ["blind13", "blind14"])  # quick callers (0.25-0.7 s behind), late ones (0.8-1.4 s)
def test_agent_first_interruptions_overlap_long_enough(tmp_path, profile):
    """The customer cuts in as far behind the agent's start as the profile says; both still talk
    >= 1.5 s at once (with set 13's fast callers, short interrupting lines spoke in under that)."""
    w = WRITERS[profile]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(w.seed), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"T{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 11, 28, 9, 30, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P,
                                           spread={"interrupt_mode": "agent_first"}, profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert w.P["early_lead_s"][0] <= e["lead_s"] <= w.P["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_the_agent_may_think_before_a_look_alike_answer(tmp_path):
    """think_lookalikes: a 3.4-4.5 s pause between the customer's look-alike question and the answer,
    listed as a thinking pause (a hard negative: never dead air, never a hold)."""
    w = WRITERS["blind13"]
    wp = dataclasses.replace(w, P={**w.P, "think_prob": 1.0, "lookalike_prob": 1.0})
    seen = 0
    for seed in range(3):
        tr = one_call(wp, tmp_path / f"s{seed}", [], seed=seed, call_id=f"T{seed + 1:04d}")
        assert not tr["events"] and not [h for h in tr["holds"] if h["end_s"] - h["start_s"] < 5.0]
        for la in tr["lookalikes"]:
            if la.get("role") == "customer":
                continue
            (pause,) = [p for p in tr["think_pauses"] if abs(p["end_s"] - la["start_s"]) < 0.01]
            assert P13["think_pause_s"][0] - 0.01 <= pause["end_s"] - pause["start_s"] <= P13["think_pause_s"][1] + 0.01
            seen += 1
    assert seen >= 3
