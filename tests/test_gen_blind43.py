"""tools/gen_calls --profile blind43: the writer's own pacing, the station on the caller's side and
the headset hiss on the agent's (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and what only this writer's calls do to the
sound: the caller on a crowded platform, trains rumbling past (train_db_range / train_pass_s /
train_gap_s) and the station's two-tone chime with a far, muffled announcement after it
(chime_db_range / chime_gap_s / pa_db_range / pa_s / pa_lowpass_hz), and a faint hiss in the agent's
headset (headset_hiss_db).
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

P43 = blind4.BLIND43_DEFAULTS
SR = generate.SR
STATION_KEYS = ("train_db_range", "train_pass_s", "train_gap_s", "chime_db_range", "chime_gap_s", "pa_db_range",
                "pa_s", "pa_lowpass_hz", "headset_hiss_db")


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P43["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3                 # calm agents: fast bursts well apart
    assert 200.0 <= lo and hi <= 245.0
    assert P43["agent_cpm"] == (203.0, 241.0)
    assert P43["cust_cpm"][0] > lo                              # hurried, breathless callers
    assert P43["mild_fast_prob"] == 0.4
    assert P43["pause_scale_range"] == (0.79, 1.19)
    assert P43["early_lead_s"] == (0.24, 0.57)
    assert P43["think_prob"] == 0.3 and P43["think_pause_s"][1] < 5.0
    assert P43["music_prob"] == 0.45                            # music on some holds
    assert 30.0 < P43["long_hold_s"][0] and P43["long_hold_s"] == (30.9, 38.6)   # the log, the station
    assert P43["unannounced_s"] == (8.6, 13.7)
    assert P43["duration_s"] == (60.0, 200.0)
    for k in ("hum_db_range", "headset_band", "dropout_ms", "echo_db", "ring_prob", "babble_db_range",
              "rain_db_range", "agc_swing_db", "room_rt60_s", "keys_db_range"):
        assert k not in P43, k


def test_the_station_and_the_hiss_are_the_writers_own():
    assert P43["train_db_range"] == (-53.0, -46.0) and P43["train_pass_s"] == (3.5, 8.5)
    assert P43["train_gap_s"] == (16.0, 42.0)
    assert P43["chime_db_range"] == (-48.0, -42.0) and P43["chime_gap_s"] == (28.0, 65.0)
    assert P43["pa_db_range"] == (-64.0, -58.0) and P43["pa_s"] == (2.5, 5.5) and P43["pa_lowpass_hz"] == 480.0
    assert P43["pa_db_range"][1] <= P43["chime_db_range"][0] - 10.0      # the voice far under the chime
    assert P43["headset_hiss_db"] == (-61.0, -56.0)
    others = [P for name, (_, P) in blind4.PROFILES.items() if name != "blind43"]
    assert not [P for P in others if any(k in P for k in STATION_KEYS)]


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P43, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(4343), P["n_agents"], P, StandInVoice(), H=WRITERS["blind43"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def band_db(x: np.ndarray, lo: float, hi: float) -> float:
    f = np.fft.rfftfreq(len(x), 1 / SR)
    p = np.abs(np.fft.rfft(x)) ** 2
    return 10 * np.log10(p[(f >= lo) & (f < hi)].mean() + 1e-30)


def rms_db(x: np.ndarray) -> float:
    return 20 * np.log10(np.sqrt(np.mean(x ** 2)) + 1e-15)


def test_a_train_rumbles_low_swelling_and_fading():
    y = generate.train_rumble(SR * 6, np.random.default_rng(4), -49.0)
    assert abs(rms_db(y) + 49.0) < 0.01
    assert band_db(y, 30, 220) > band_db(y, 500, 3400) + 25.0                 # a rumble, not a hiss
    n = len(y)
    edge = min(rms_db(y[:n // 10]), rms_db(y[-n // 10:]))
    middle = rms_db(y[int(n * 0.35):int(n * 0.6)])
    assert middle > edge + 10.0                                               # it comes and it goes
    assert abs(y[0]) < 1e-4 and abs(y[-1]) < 1e-3


def test_the_chime_has_two_tones_a_third_apart():
    c = generate.station_chime(np.random.default_rng(5))
    half = int(0.55 * SR)
    f = np.fft.rfftfreq(half, 1 / SR)
    f1 = f[np.argmax(np.abs(np.fft.rfft(c[:half])))]
    f2 = f[np.argmax(np.abs(np.fft.rfft(c[half + int(0.05 * SR):half * 2 + int(0.05 * SR)])))]
    assert 615.0 <= f1 <= 725.0
    assert abs(f2 / f1 - 0.8) < 0.02                                          # ding-dong, a major third down
    assert abs(rms_db(c)) < 0.01


def test_the_announcement_is_muffled_and_far_under_the_chime():
    y = generate.chime_and_announcement(SR * 6, np.random.default_rng(6), -45.0, -61.0, 480.0)
    chime = y[:int(1.15 * SR)]
    pa = y[int(1.35 * SR):]
    assert abs(rms_db(chime) + 45.0) < 1.0
    assert abs(rms_db(pa) + 61.0) < 0.5
    assert band_db(pa, 100, 480) > band_db(pa, 1000, 3400) + 30.0             # no word readable from it
    fr = np.sqrt(np.mean(pa[:len(pa) // 80 * 80].reshape(-1, SR // 20) ** 2, axis=1))
    assert np.percentile(fr, 90) > 2 * np.percentile(fr, 20)                  # syllables and phrases, not a drone
    assert np.abs(y[int(1.15 * SR):int(1.3 * SR)]).max() < 0.02 * np.abs(chime).max()


def test_the_headset_hiss_is_faint_and_bright():
    y = generate.headset_hiss(SR * 3, np.random.default_rng(7), -58.0)
    assert abs(rms_db(y) + 58.0) < 0.01
    assert band_db(y, 1500, 3300) > band_db(y, 50, 400) + 15.0


def station_call(tmp_path):
    for seed in range(1, 40):
        tr = one_call(WRITERS["blind43"], tmp_path / str(seed), ["unannounced_hold"], seed=seed, call_id="E0001")
        st = tr["levels"]["station_customer"]
        if st["trains"] and st["chimes"]:
            return tr, tmp_path / str(seed)
    raise AssertionError("no call with both a train and a chime")


def test_a_call_carries_the_station_clear_of_turn_edges_and_the_hiss(tmp_path):
    tr, d = station_call(tmp_path)
    lv = tr["levels"]
    assert lv["codec"] == "g711_mulaw"
    assert -61.0 <= lv["hiss_agent_dbfs"] <= -56.0
    st = lv["station_customer"]
    for s, e, g in st["trains"]:
        assert 3.5 - 0.01 <= e - s <= 8.5 + 0.01 and -53.0 <= g <= -46.0
    for s, e, c, p in st["chimes"]:
        assert -48.0 <= c <= -42.0 and -64.0 <= p <= -58.0
    spans = [(s, e) for s, e, *_ in st["trains"] + st["chimes"]]
    dead = [(e["start_s"], e["end_s"]) for e in tr["events"] if e["kind"] == "dead_air"]
    for s, e in spans:
        assert not any(s < b + 0.5 and a - 0.5 < e for a, b in dead)
        for u in tr["utterances"]:
            if u["role"] == "customer":                                       # a caller's turn edges stay clear
                assert not (s < u["start_s"] + 0.05 and u["start_s"] - 0.15 < e)
                assert not (s < u["end_s"] + 0.15 and u["end_s"] - 0.05 < e)
    x, sr = sf.read(d / tr["file"])
    alone = [(s, e) for s, e, _ in st["trains"]
             if not any(u["role"] == "customer" and u["start_s"] < e and s < u["end_s"] for u in tr["utterances"])]
    for s, e in alone:                                                        # heard on the caller's channel
        assert rms_db(x[int(s * sr):int(e * sr), 1]) > -58.0


def test_other_writers_calls_have_neither(tmp_path):
    tr = one_call(WRITERS["blind42"], tmp_path / "o", [], seed=1, call_id="H0001")
    assert "station_customer" not in tr["levels"] and "hiss_agent_dbfs" not in tr["levels"]
