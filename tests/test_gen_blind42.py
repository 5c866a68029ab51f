"""tools/gen_calls --profile blind42: the writer's own pacing, the speakerphone room on the caller's
side and the keyboard on the agent's (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and what only this writer's calls do to the
sound: the caller on speakerphone in a reverberant room (room_rt60_s / room_drr_db /
room_predelay_ms) and the agent's keyboard clattering in short pauses and silent holds
(keys_db_range / keys_rate_hz / keys_burst_s / keys_gap_s).
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

P42 = blind4.BLIND42_DEFAULTS
SR = generate.SR


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P42["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3                 # brisk agents: fast bursts still apart
    assert 220.0 <= lo and hi <= 262.0
    assert P42["mild_fast_prob"] == 0.4
    assert P42["pause_scale_range"] == (0.81, 1.23)
    assert P42["early_lead_s"] == (0.28, 0.61)
    assert P42["think_prob"] == 0.35 and P42["think_pause_s"][1] < 5.0
    assert P42["music_prob"] == 0.4                             # music on some holds
    assert 30.0 < P42["long_hold_s"][0] and P42["long_hold_s"] == (31.4, 39.6)   # customs status, a colleague
    assert P42["unannounced_s"] == (8.3, 13.1)
    assert P42["duration_s"] == (60.0, 200.0)
    for k in ("hum_db_range", "headset_band", "dropout_ms", "echo_db", "ring_prob", "babble_db_range",
              "rain_db_range", "agc_swing_db"):
        assert k not in P42, k


def test_the_room_and_the_keyboard_are_the_writers_own():
    assert P42["room_rt60_s"] == (0.42, 0.86) and P42["room_drr_db"] == (0.5, 6.5)
    assert P42["room_predelay_ms"] == (3.0, 13.0)
    assert P42["keys_db_range"] == (-49.0, -41.0) and P42["keys_rate_hz"] == (5.5, 10.5)
    assert P42["keys_burst_s"][0] >= 0.3 and P42["keys_gap_s"][0] > 0.0
    others = [P for name, (_, P) in blind4.PROFILES.items() if name != "blind42"]
    assert not [P for P in others if "room_rt60_s" in P or "keys_db_range" in P]


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P42, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(4242), P["n_agents"], P, StandInVoice(), H=WRITERS["blind42"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def band_db(x: np.ndarray, lo: float, hi: float) -> float:
    f = np.fft.rfftfreq(len(x), 1 / SR)
    p = np.abs(np.fft.rfft(x)) ** 2
    return 10 * np.log10(p[(f >= lo) & (f < hi)].mean() + 1e-30)


def test_the_room_decays_in_its_rt60_under_the_direct_sound():
    h = generate.room_impulse(np.random.default_rng(5), rt60_s=0.6, drr_db=3.0, predelay_ms=8.0)
    tail = h.copy()
    tail[0] -= 1.0
    assert abs(10 * np.log10(1.0 / np.sum(tail ** 2)) - 3.0) < 0.01           # direct over reverberant: 3 dB
    assert not tail[1:int(0.008 * SR)].any()                                  # nothing before the pre-delay
    e = np.cumsum(tail[::-1] ** 2)[::-1]                                      # Schroeder decay
    t1, t2 = int(0.05 * SR), int(0.35 * SR)
    slope = (10 * np.log10(e[t2] / e[t1])) / ((t2 - t1) / SR)                 # dB per second
    assert abs(-60.0 / slope - 0.6) < 0.12


def test_the_speakerphone_gate_passes_the_room_only_while_the_caller_talks():
    x = np.zeros(SR * 4)
    x[SR:SR * 2] = np.random.default_rng(6).standard_normal(SR) * 0.1
    h = generate.room_impulse(np.random.default_rng(7), rt60_s=0.8, drr_db=1.0, predelay_ms=5.0)
    y = generate.room_reverb(x, h, [(SR, SR * 2)])
    assert np.abs(y[SR * 2:]).max() == 0.0                                    # no tail after the turn ...
    assert np.abs(y[:SR]).max() == 0.0
    wet = y[SR:SR * 2] - x[SR:SR * 2]
    assert 20 * np.log10(np.std(wet) / np.std(x[SR:SR * 2])) > -6.0          # ... but plenty inside it
    ungated = generate.room_reverb(x, h, [(0, SR * 4)])
    assert np.abs(ungated[SR * 2 + SR // 10:SR * 2 + SR // 5]).max() > 1e-3  # the room rings on unless gated


def test_keys_click_at_their_level_and_are_bright():
    bursts = [(SR, SR * 3), (SR * 4, SR * 5)]
    y = generate.keyboard_clatter(SR * 6, bursts, np.random.default_rng(8), -45.0, 8.0)
    mask = np.zeros(len(y), bool)
    for s0, s1 in bursts:
        mask[s0:s1] = True
    assert abs(20 * np.log10(np.sqrt(np.mean(y[mask] ** 2))) + 45.0) < 0.01
    assert np.abs(y[:SR]).max() == 0.0 and np.abs(y[int(SR * 3.05):SR * 4]).max() == 0.0
    assert band_db(y, 1500, 3800) > band_db(y, 20, 150) + 3.0                # bright clicks, not a hum
    fr = np.sqrt(np.mean(y[SR:SR * 3].reshape(-1, SR // 100) ** 2, axis=1))   # keystrokes come and go
    assert np.percentile(fr, 90) > 4 * np.percentile(fr, 30)


def test_a_call_carries_the_room_and_the_typing(tmp_path):
    tr = one_call(WRITERS["blind42"], tmp_path, ["unannounced_hold"], seed=3, call_id="E0001")
    lv = tr["levels"]
    assert lv["codec"] == "g711_mulaw"
    room = lv["room_customer"]
    assert 0.42 <= room["rt60_s"] <= 0.86 and 0.5 <= room["drr_db"] <= 6.5
    keys = lv["keys_agent"]
    assert -49.0 <= keys["dbfs"] <= -41.0 and keys["bursts"]
    quiet = [(h["start_s"], h["end_s"]) for h in tr["holds"] if h["audio"] != "music"]
    quiet += [(p["start_s"], p["end_s"]) for p in tr.get("think_pauses", [])]
    dead = [(e["start_s"], e["end_s"]) for e in tr["events"] if e["kind"] == "dead_air"]
    for s, e in keys["bursts"]:
        assert any(a + 0.19 <= s and e <= b - 0.19 for a, b in quiet)           # in a pause or a silent hold
        assert not any(s < b + 0.5 and a - 0.5 < e for a, b in dead)
        for u in tr["utterances"]:
            if u["role"] == "agent":                                            # never over the agent's words
                assert not (s < u["end_s"] and u["start_s"] < e)
    assert any(h["audio"] != "music" and any(h["start_s"] <= s and e <= h["end_s"] for s, e in keys["bursts"])
               for h in tr["holds"])
    x, sr = sf.read(tmp_path / tr["file"])
    s, e = keys["bursts"][0]
    typing = x[int(s * sr):int(e * sr), 0]
    assert 20 * np.log10(np.sqrt(np.mean(typing ** 2))) > -52.0                # audible on the agent's channel


def test_other_writers_calls_have_neither(tmp_path):
    tr = one_call(WRITERS["blind41"], tmp_path / "o", [], seed=1, call_id="H0001")
    assert "room_customer" not in tr["levels"] and "keys_agent" not in tr["levels"]
