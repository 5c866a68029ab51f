"""tools/gen_calls --profile blind32: the writer's own pacing and turn structure (issue 11).

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

P32 = blind4.BLIND32_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS", "BLIND14_DEFAULTS", "BLIND15_DEFAULTS", "BLIND16_DEFAULTS",
           "BLIND17_DEFAULTS", "BLIND18_DEFAULTS", "BLIND19_DEFAULTS", "BLIND20_DEFAULTS", "BLIND21_DEFAULTS",
           "BLIND22_DEFAULTS", "BLIND23_DEFAULTS", "BLIND24_DEFAULTS", "BLIND25_DEFAULTS", "BLIND26_DEFAULTS",
           "BLIND27_DEFAULTS", "BLIND28_DEFAULTS", "BLIND29_DEFAULTS", "BLIND30_DEFAULTS", "BLIND31_DEFAULTS")


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P32["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.45                # calm night agents: fast bursts far apart
    assert 212.0 <= lo and hi <= 244.0
    assert P32["mild_fast_prob"] == 0.5                         # half of the fast calls mild
    assert P32["cust_cpm"] == (200.0, 262.0)                    # callers on streets and trains
    assert P32["cust_detail_prob"] == 0.45                      # ... who say where they are
    assert P32["cust_filler_prob"] == 0.5                       # tired callers' own 嗯/呃
    assert P32["readback_prob"] == 0.8                          # a line that drops: details read back
    assert P32["bc_prob"] == 0.6 and P32["cbc_prob"] == 0.35
    assert P32["pause_scale_range"] == (0.96, 1.46)             # slow night turn-taking
    assert P32["think_prob"] == 0.55 and P32["think_pause_s"][1] < 5.0   # slow night look-ups under the 5 s check
    assert P32["music_prob"] == 0.28                            # music on about a quarter of the holds
    assert 34.5 <= P32["long_hold_s"][0] and P32["long_hold_s"][1] <= 46.5      # long holds: slow systems
    assert 12.5 <= P32["unannounced_s"][0] and P32["unannounced_s"][1] <= 16.5
    assert P32["early_lead_s"] == (0.48, 0.94)                  # callers cut in late
    assert -64.5 <= P32["noise_db_range"][0] and P32["noise_db_range"][1] <= -57.5   # quiet server-fan hum
    for name in EARLIER:
        E = getattr(blind4, name)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P32["agent_cpm"]) != tuple(E["agent_cpm"]), name
            assert tuple(P32["cust_cpm"]) != tuple(E["cust_cpm"]), name
        assert tuple(P32["pause_scale_range"]) != tuple(E["pause_scale_range"]), name
        assert tuple(P32["early_lead_s"]) != tuple(E["early_lead_s"]), name
        assert tuple(P32["long_hold_s"]) != tuple(E["long_hold_s"]), name
        assert tuple(P32["unannounced_s"]) != tuple(E["unannounced_s"]), name
        assert tuple(P32["noise_db_range"]) != tuple(E["noise_db_range"]), name
        assert tuple(P32.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), name


def test_agent_first_interruptions_overlap_long_enough(tmp_path):
    """The caller cuts in 0.48-0.94 s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS["blind32"]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(32), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"E{seed + 1:04d}", agent=agents[seed], kinds=["interruption"],
                                           seed=seed, started_at=dt.datetime(2026, 12, 1, 10, 20, 0), target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert P32["early_lead_s"][0] <= e["lead_s"] <= P32["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 34.5-46.5 s, an unannounced one 12.5-16.5 s (each alone in its call)."""
    w = WRITERS["blind32"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P32["long_hold_s"]), ("unannounced_hold", P32["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"E{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


def test_turn_taking_stays_in_the_profiles_band(tmp_path):
    """Every call's pause scale lies in 0.96-1.46."""
    w = WRITERS["blind32"]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"E{seed + 1:04d}")
        lo, hi = P32["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi
