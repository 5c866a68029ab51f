"""tools/gen_calls --profile blind39: the writer's own pacing and the poorly heard agent (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and what only this writer's calls do to the
agent's channel: a cheap, muffled headset (headset_band / headset_tilt_db), a line that breaks up
(dropout_ms / dropout_turn_prob / dropouts_per_turn) and soft-spoken agents (agent_peak_db), over
a fan's or generator's hum (set 37's hum_db_range).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import generate  # noqa: E402
import heldout  # noqa: E402
from test_gen_blind5 import StandInVoice  # noqa: E402
from test_gen_blind_writers import WRITERS, one_call  # noqa: E402

P39 = blind4.BLIND39_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P39["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.38                # soft agents at normal speed: fast bursts apart
    assert 195.0 <= lo and hi <= 225.0
    assert P39["mild_fast_prob"] == 0.4
    assert 150.0 <= P39["cust_cpm"][0] and P39["cust_cpm"][1] <= 190.0   # older farmers who speak slowly
    assert P39["cust_pause_s"] == (0.5, 1.1)                    # ... and pause between sentences
    assert P39["pause_scale_range"] == (0.95, 1.38)
    assert P39["early_lead_s"] == (0.32, 0.68)
    assert P39["think_prob"] == 0.3 and P39["think_pause_s"][1] < 5.0     # a look at the stock book
    assert P39["music_prob"] == 0.33                            # music on one third of the holds
    assert P39["long_hold_s"] == (31.0, 40.0)                   # the agent asks the warehouse
    assert P39["unannounced_s"] == (9.0, 14.0)
    assert P39["duration_s"] == (60.0, 200.0)
    assert P39["hum_db_range"] == (-52.0, -44.0)               # a fan or a generator
    assert "babble_db_range" not in P39


def test_the_agent_is_heard_poorly_on_purpose():
    assert P39["headset_band"] == (300.0, 3400.0)
    assert P39["headset_tilt_db"] == (6.0, 10.0)
    assert P39["dropout_ms"] == (30.0, 120.0) and P39["dropouts_per_turn"] == (1, 3)
    assert P39["dropout_turn_prob"] == 0.67
    assert P39["agent_peak_db"][1] < -4.0


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P39, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(3939), P["n_agents"], P, StandInVoice(), H=WRITERS["blind39"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def band_db(x: np.ndarray, lo: float, hi: float) -> float:
    f = np.fft.rfftfreq(len(x), 1 / generate.SR)
    p = np.abs(np.fft.rfft(x)) ** 2
    return 10 * np.log10(p[(f >= lo) & (f < hi)].mean() + 1e-30)


def test_the_cheap_headset_cuts_the_band_and_muffles_the_top():
    x = np.random.default_rng(3).standard_normal(generate.SR * 4)
    y = generate.cheap_headset(x, (300.0, 3400.0), 8.0, -10.0)
    assert abs(20 * np.log10(np.max(np.abs(y))) + 10.0) < 0.01          # back to its peak level
    mid = band_db(y, 600, 900)
    assert band_db(y, 2200, 2800) < mid - 4.0                           # muffled: the top is dull
    assert band_db(y, 50, 150) < mid - 20.0                             # nothing under the band ...
    assert band_db(y, 3800, 3990) < band_db(y, 2200, 2800) - 6.0        # ... and little over it


def test_the_line_breaks_up_inside_the_agents_sentences_and_never_over_a_labelled_word(tmp_path):
    tr = one_call(WRITERS["blind39"], tmp_path, ["filler", "forbidden_phrase"], seed=2, call_id="E0001")
    assert {"filler", "forbidden_phrase"} <= {ev["kind"] for ev in tr["events"]}
    lv = tr["levels"]
    assert lv["headset_agent"]["band_hz"] == [300.0, 3400.0] and 6.0 <= lv["headset_agent"]["tilt_db"] <= 10.0
    assert -52.0 <= lv["hum_agent_dbfs"] <= -44.0
    drops = lv["dropouts_agent"]
    assert drops
    agent = [u for u in tr["utterances"] if u["role"] == "agent"]
    for s, e in drops:
        assert 0.029 <= e - s <= 0.121
        assert any(u["start_s"] + 0.79 <= s and e <= u["end_s"] - 0.49 for u in agent), (s, e)
        assert not [ev for ev in tr["events"] if ev["kind"] not in generate.CUT_SAFE
                    and s < ev["end_s"] + 0.1 and ev["start_s"] - 0.1 < e], (s, e)
    turns = {u["turn"] for u in agent}
    per_turn = {}
    for s, e in drops:
        (u,) = [u for u in agent if u["start_s"] <= s <= u["end_s"]]
        per_turn[u["turn"]] = per_turn.get(u["turn"], 0) + 1
    assert max(per_turn.values()) <= 3
    assert len(per_turn) <= len(turns)
    x, sr = sf.read(tmp_path / tr["file"])
    s, e = drops[0]
    mid = x[int((s + e) / 2 * sr) - 8: int((s + e) / 2 * sr) + 8, 0]
    assert np.max(np.abs(mid)) < 0.02                                   # the speech is cut out there


def test_a_fast_call_still_breaks_up(tmp_path):
    """Fast turns are events whose rate a short cut does not change, so they are cut too."""
    assert "fast_speech" in generate.CUT_SAFE and "filler" not in generate.CUT_SAFE
    tr = one_call(WRITERS["blind39"], tmp_path, ["fast_speech"], seed=3, call_id="E0002")
    assert any(ev["kind"] == "fast_speech" for ev in tr["events"])
    assert tr["levels"]["dropouts_agent"]


def test_other_writers_calls_keep_their_agent_clear(tmp_path):
    tr = one_call(WRITERS["blind38"], tmp_path, [], seed=1, call_id="H0001")
    assert "headset_agent" not in tr["levels"] and "dropouts_agent" not in tr["levels"]
