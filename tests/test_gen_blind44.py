"""tools/gen_calls --profile blind44: the writer's own pacing, the caller's clipping headset and the
agent's switched comfort noise (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and what only this writer's calls do to the
sound: young callers on cheap headsets whose microphones clip when they talk loudly
(clip_turn_prob / clip_drive_db / clip_soft_prob: hard or soft clipping of some caller turns), and
the comfort noise of the agent's VoIP line, present while the line is open and switched off in some
of the agent's silences and holds (cng_db_range / cng_gate_prob / cng_hangover_s / cng_min_gap_s).
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

P44 = blind4.BLIND44_DEFAULTS
SR = generate.SR
SOUND_KEYS = ("clip_turn_prob", "clip_drive_db", "clip_soft_prob", "cng_db_range", "cng_gate_prob",
              "cng_hangover_s", "cng_min_gap_s")


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P44["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3                 # friendly, patient agents: fast bursts well apart
    assert 210.0 <= lo and hi <= 250.0
    assert P44["agent_cpm"] == (212.0, 248.0)
    assert P44["cust_cpm"] == (238.0, 286.0) and P44["cust_cpm"][0] > lo   # young, quick callers
    assert P44["mild_fast_prob"] == 0.4
    assert P44["pause_scale_range"] == (0.74, 1.13)
    assert P44["early_lead_s"] == (0.27, 0.61)
    assert P44["think_prob"] == 0.3 and P44["think_pause_s"] == (1.7, 3.0)
    assert P44["music_prob"] == 0.4                             # music on some holds
    assert 30.0 < P44["long_hold_s"][0] and P44["long_hold_s"] == (31.4, 37.2)   # the record, another office
    assert P44["unannounced_s"] == (9.1, 12.9)
    assert P44["duration_s"] == (60.0, 200.0)
    for k in ("hum_db_range", "headset_band", "dropout_ms", "echo_db", "ring_prob", "babble_db_range",
              "rain_db_range", "agc_swing_db", "room_rt60_s", "keys_db_range", "train_db_range",
              "headset_hiss_db"):
        assert k not in P44, k


def test_the_clipping_and_the_comfort_noise_are_the_writers_own():
    assert P44["clip_turn_prob"] == 0.35 and P44["clip_drive_db"] == (4.0, 10.0) and P44["clip_soft_prob"] == 0.45
    assert P44["cng_db_range"] == (-60.0, -54.0) and P44["cng_gate_prob"] == 0.6
    assert P44["cng_hangover_s"] == (0.35, 0.9) and P44["cng_min_gap_s"] == 2.2
    others = [P for name, (_, P) in blind4.PROFILES.items() if name != "blind44"]
    assert not [P for P in others if any(k in P for k in SOUND_KEYS)]


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P44, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(4444), P["n_agents"], P, StandInVoice(), H=WRITERS["blind44"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def rms_db(x: np.ndarray) -> float:
    return 20 * np.log10(np.sqrt(np.mean(x ** 2)) + 1e-15)


def band_db(x: np.ndarray, lo: float, hi: float) -> float:
    f = np.fft.rfftfreq(len(x), 1 / SR)
    p = np.abs(np.fft.rfft(x)) ** 2
    return 10 * np.log10(p[(f >= lo) & (f < hi)].mean() + 1e-30)


def a_voice(seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return 0.3 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 4 * t))


def test_hard_clipping_flattens_the_tops_at_the_ceiling():
    x = a_voice()
    y = generate.mic_clip(x, 0.3, 8.0, soft=False)
    assert np.max(np.abs(y)) <= 0.3 + 1e-12
    assert np.mean(np.abs(y) >= 0.3 - 1e-9) > 0.2                          # many samples sit on the rail
    assert rms_db(y) > rms_db(x) + 3.0                                     # shouted: louder than before


def test_soft_clipping_rounds_the_tops_under_the_ceiling():
    x = a_voice()
    y = generate.mic_clip(x, 0.3, 8.0, soft=True)
    assert np.max(np.abs(y)) < 0.3
    assert np.mean(np.abs(y) >= 0.3 - 1e-9) == 0.0                         # no flat rail ...
    assert np.max(np.abs(y)) > 0.27                                        # ... but pressed up against it
    odd = band_db(y, 520, 560) - band_db(x, 520, 560)                      # a third harmonic appears
    assert odd > 20.0


def test_comfort_noise_is_soft_smooth_and_switched_off_over_its_gates():
    n = SR * 6
    off = [(SR * 2, SR * 4)]
    y = generate.comfort_noise(n, np.random.default_rng(9), -57.0, off)
    on = np.concatenate([y[:int(1.9 * SR)], y[int(4.1 * SR):]])
    assert abs(rms_db(on) + 57.0) < 1.0
    assert np.abs(y[int(2.05 * SR):int(3.95 * SR)]).max() == 0.0           # gated: nothing at all
    assert band_db(on, 150, 1000) > band_db(on, 3000, 3800) + 10.0         # a soft bed, not a hiss


def cng_call(tmp_path):
    for seed in range(1, 40):
        tr = one_call(WRITERS["blind44"], tmp_path / str(seed), ["long_hold"], seed=seed, call_id="E0001")
        lv = tr["levels"]
        if lv["comfort_noise_agent"]["off"] and lv["clip_customer"]:
            return tr, tmp_path / str(seed)
    raise AssertionError("no call with both a gate and a clipped turn")


def test_a_call_clips_some_caller_turns_and_gates_the_comfort_noise_clear_of_the_agents_words(tmp_path):
    tr, d = cng_call(tmp_path)
    lv = tr["levels"]
    assert lv["codec"] == "g711_mulaw"
    cn = lv["comfort_noise_agent"]
    assert -60.0 <= cn["dbfs"] <= -54.0
    agent = [(u["start_s"], u["end_s"]) for u in tr["utterances"] if u["role"] == "agent"]
    for s, e in cn["off"]:
        assert e - s >= 0.5 - 1e-3
        for a, b in agent:                                                 # never over an agent's words
            assert not (s < b + 0.3 and a - 0.2 < e)
    cust = [(u["start_s"], u["end_s"]) for u in tr["utterances"] if u["role"] == "customer"]
    for s, e, drive, mode in lv["clip_customer"]:
        assert 4.0 <= drive <= 10.0 and mode in ("hard", "soft")
        assert any(abs(s - a) < 0.01 and abs(e - b) < 0.01 for a, b in cust)   # whole caller turns
    x, sr = sf.read(d / tr["file"])
    holds = [(h["start_s"], h["end_s"]) for h in tr["holds"]]
    quiet = [(s, e) for s, e in cn["off"] if not any(s < b and a < e for a, b in holds)]
    assert quiet
    for s, e in quiet:                                                     # shut: the line's own noise only
        assert abs(rms_db(x[int((s + 0.1) * sr):int((e - 0.1) * sr), 0]) - lv["noise_dbfs"]["agent"]) < 1.5
    talk = sorted(agent + [(c["start_s"], c["end_s"]) for c in tr["backchannels"]])
    gaps = [(b + 0.1, a2 - 0.1) for (_, b), (a2, _) in zip(talk, talk[1:]) if a2 - b > 0.8]
    opened = [(s, e) for s, e in gaps if not any(s < d1 and d0 < e for d0, d1 in cn["off"] + holds)]
    assert opened
    for s, e in opened:                                                    # open: the bed over the line's noise
        assert rms_db(x[int(s * sr):int(e * sr), 0]) > lv["noise_dbfs"]["agent"] + 1.0


def test_other_writers_calls_have_neither(tmp_path):
    tr = one_call(WRITERS["blind43"], tmp_path / "o", [], seed=1, call_id="H0001")
    assert "clip_customer" not in tr["levels"] and "comfort_noise_agent" not in tr["levels"]
