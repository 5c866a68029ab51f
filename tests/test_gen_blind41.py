"""tools/gen_calls --profile blind41: the writer's own pacing, the storm on the caller's side and the
pumping headset on the agent's (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and what only this writer's calls do to the
sound: rain and wind gusts on the caller's channel (rain_db_range / gust_db_range / gust_s /
gust_gap_s) and an agent headset whose automatic gain control pumps (agc_swing_db / agc_period_s /
agc_pause_rise_db / agc_release_s / agc_attack_s / agc_hiss_db).
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

P41 = blind4.BLIND41_DEFAULTS
SR = generate.SR


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P41["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3                 # calm agents pressed by a queue: fast bursts apart
    assert 212.0 <= lo and hi <= 256.0
    assert P41["mild_fast_prob"] == 0.4
    assert P41["cust_cpm"][0] >= 220.0                          # worried callers
    assert P41["pause_scale_range"] == (0.79, 1.21)
    assert P41["early_lead_s"] == (0.26, 0.58)
    assert P41["think_prob"] == 0.3 and P41["think_pause_s"][1] < 5.0
    assert P41["music_prob"] == 0.45                            # music on some holds
    assert 30.0 < P41["long_hold_s"][0] and P41["long_hold_s"] == (32.8, 40.8)   # which crew is free
    assert 7.0 <= P41["unannounced_s"][0] and P41["unannounced_s"][1] <= 15.0
    assert P41["duration_s"] == (60.0, 200.0)
    for k in ("hum_db_range", "headset_band", "dropout_ms", "echo_db", "ring_prob", "babble_db_range"):
        assert k not in P41, k


def test_the_storm_and_the_pumping_headset_are_the_writers_own():
    assert P41["rain_db_range"] == (-57.0, -52.0)
    assert P41["gust_db_range"] == (-53.0, -46.0) and P41["gust_s"] == (0.6, 2.4)
    assert P41["agc_swing_db"] == (1.8, 4.0) and P41["agc_pause_rise_db"] == (1.5, 3.5)
    assert P41["agc_attack_s"][1] < P41["agc_release_s"][0]      # settles faster than it rises
    others = [P for name, (_, P) in blind4.PROFILES.items() if name != "blind41"]
    assert not [P for P in others if "rain_db_range" in P or "agc_swing_db" in P]


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P41, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(4141), P["n_agents"], P, StandInVoice(), H=WRITERS["blind41"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def band_db(x: np.ndarray, lo: float, hi: float) -> float:
    f = np.fft.rfftfreq(len(x), 1 / SR)
    p = np.abs(np.fft.rfft(x)) ** 2
    return 10 * np.log10(p[(f >= lo) & (f < hi)].mean() + 1e-30)


def test_the_agc_swings_slowly_rises_in_pauses_and_settles_in_speech():
    n = SR * 30
    talk = [(SR * 2, SR * 10), (SR * 16, SR * 28)]
    g = generate.agc_gain_db(n, talk, swing_db=3.0, period_s=10.0, phase=0.0, pause_rise_db=2.5,
                             release_s=1.2, attack_s=0.25)
    flat = generate.agc_gain_db(n, talk, swing_db=0.0, period_s=10.0, phase=0.0, pause_rise_db=2.5,
                                release_s=1.2, attack_s=0.25)
    swing = g - flat
    assert abs(swing.max() - 1.5) < 0.05 and abs(swing.min() + 1.5) < 0.05      # a few dB, peak to peak 3
    assert abs(flat[int(SR * 15.9)] - 2.5) < 0.2                                   # risen in the 6 s pause
    assert 0.0 <= flat[int(SR * 10.5)] < flat[int(SR * 12)] < flat[int(SR * 15)]   # rising, not a step
    assert flat[int(SR * 17.5)] < 0.05 and flat[int(SR * 9.9)] < 0.05             # settled once talking
    assert flat[int(SR * 16.3)] > 0.3                                              # ... not at once


def test_the_headset_hiss_breathes_up_in_the_pauses():
    x = np.zeros(SR * 20)
    x[SR * 2:SR * 8] = np.random.default_rng(1).standard_normal(SR * 6) * 0.1
    y = generate.headset_agc(x, [(SR * 2, SR * 8)], np.random.default_rng(2), swing_db=0.0, period_s=10.0, phase=0.0,
                             pause_rise_db=3.0, release_s=1.0, attack_s=0.2, hiss_db=-64.0)
    pause = y[SR * 14:SR * 19]                                                     # long after the talk: +3 dB
    assert abs(20 * np.log10(np.sqrt(np.mean(pause ** 2))) - (-61.0)) < 0.6
    early = y[int(SR * 8.05):int(SR * 8.35)]                                       # just after: still low
    assert 20 * np.log10(np.sqrt(np.mean(early ** 2))) < -62.0


def test_rain_hisses_at_its_level_and_gusts_buffet_low():
    r = generate.storm_rain(SR * 10, np.random.default_rng(3), -54.0)
    assert abs(20 * np.log10(np.sqrt(np.mean(r ** 2))) + 54.0) < 0.01
    assert band_db(r, 800, 3000) > band_db(r, 20, 150) + 8.0                      # a hiss, the drops aside
    g = generate.wind_gust(SR * 2, np.random.default_rng(4), -48.0)
    assert abs(20 * np.log10(np.sqrt(np.mean(g ** 2))) + 48.0) < 0.01
    assert band_db(g, 50, 250) > band_db(g, 1000, 3000) + 25.0                    # low-frequency buffeting
    assert np.abs(g[:SR // 20]).max() < np.abs(g[SR - SR // 10:SR + SR // 10]).max() / 4   # swells and dies


def test_a_call_carries_the_storm_and_the_pumping(tmp_path):
    tr = one_call(WRITERS["blind41"], tmp_path, ["long_hold"], seed=2, call_id="E0001")
    lv = tr["levels"]
    assert lv["codec"] == "g711_mulaw"
    assert -57.0 <= lv["rain_customer_dbfs"] <= -52.0
    assert lv["gusts_customer"]
    for s, e, db in lv["gusts_customer"]:
        assert -53.0 <= db <= -46.0 and 0.59 <= e - s <= 2.41
        for u in tr["utterances"]:
            if u["role"] == "customer":                                            # turn edges clear of the wind
                assert not (s < u["start_s"] + 0.04 and u["start_s"] - 0.14 < e)
    agc = lv["agc_agent"]
    assert 1.8 <= agc["swing_db"] <= 4.0 and 1.5 <= agc["pause_rise_db"] <= 3.5
    x, sr = sf.read(tmp_path / tr["file"])
    # the words stay well above the storm: a long caller turn against the quietest stretch of the caller's channel
    cust = max((u for u in tr["utterances"] if u["role"] == "customer"), key=lambda u: u["end_s"] - u["start_s"])
    speech = x[int(cust["start_s"] * sr):int(cust["end_s"] * sr), 1]
    fr = x[:len(x) // 800 * 800, 1].reshape(-1, 800)
    quiet = np.sqrt(np.mean(fr ** 2, axis=1))
    assert 20 * np.log10(np.sqrt(np.mean(speech ** 2)) / np.percentile(quiet, 10)) >= 15.0


def test_other_writers_calls_have_neither(tmp_path):
    tr = one_call(WRITERS["blind40"], tmp_path / "o", [], seed=1, call_id="H0001")
    assert "agc_agent" not in tr["levels"] and "rain_customer_dbfs" not in tr["levels"]
