"""tools/gen_calls --profile blind40: the writer's own pacing and the line echo (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and what only this writer's calls do to the
agent's channel: the caller's voice sent back faintly by a cheap hybrid (echo_db / echo_delay_ms /
echo_band) and another phone ringing in the agent's room during some holds (ring_prob / ring_s /
ring_db_range), over light office noise (set 38's babble_db_range, lower).
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

P40 = blind4.BLIND40_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P40["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.38                # tired agents at a moderate pace: fast bursts apart
    assert 205.0 <= lo and hi <= 235.0
    assert P40["mild_fast_prob"] == 0.4
    assert P40["cust_cpm"][0] >= 220.0                          # anxious callers who speak quickly
    assert P40["pause_scale_range"] == (0.76, 1.18)
    assert P40["early_lead_s"] == (0.24, 0.56)
    assert P40["think_prob"] == 0.35 and P40["think_pause_s"][1] < 5.0     # hesitant looks at the screen
    assert P40["music_prob"] == 0.5                             # music on half of the holds
    assert 31.0 <= P40["long_hold_s"][0] and P40["long_hold_s"][1] <= 42.0   # seat maps and stock
    assert P40["unannounced_s"] == (8.0, 14.0)
    assert P40["duration_s"] == (60.0, 200.0)
    assert P40["babble_db_range"] == (-64.0, -56.0)            # light office noise
    assert "hum_db_range" not in P40 and "headset_band" not in P40 and "dropout_ms" not in P40


def test_the_line_echo_and_the_ringing_phone_are_the_writers_own():
    assert P40["echo_db"] == (-32.0, -24.0)
    assert P40["echo_delay_ms"] == (60.0, 180.0)
    assert P40["echo_band"] == (300.0, 2800.0)
    assert 0.0 < P40["ring_prob"] < 1.0 and P40["ring_db_range"][1] <= -40.0


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P40, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(4040), P["n_agents"], P, StandInVoice(), H=WRITERS["blind40"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def band_db(x: np.ndarray, lo: float, hi: float) -> float:
    f = np.fft.rfftfreq(len(x), 1 / generate.SR)
    p = np.abs(np.fft.rfft(x)) ** 2
    return 10 * np.log10(p[(f >= lo) & (f < hi)].mean() + 1e-30)


def test_the_echo_is_late_faint_and_band_limited():
    x = np.zeros(generate.SR * 4)
    x[generate.SR:2 * generate.SR] = np.random.default_rng(4).standard_normal(generate.SR) * 0.2
    y = generate.line_echo(x, -40.0, 120.0, (300.0, 2800.0))
    assert abs(20 * np.log10(np.max(np.abs(y))) + 40.0) < 0.01         # its peak where asked
    first = np.argmax(np.abs(y) > 1e-6) / generate.SR
    assert 1.119 <= first <= 1.125                                        # 120 ms after the caller starts
    mid = band_db(y, 800, 1600)
    assert band_db(y, 20, 120) < mid - 12.0 and band_db(y, 3600, 3990) < mid - 12.0


def test_the_ring_warbles_in_bursts_at_its_level():
    y = generate.phone_ring(generate.SR * 10, random.Random(5), -45.0)
    on = np.abs(y) > 1e-6
    assert 0.15 < on.mean() < 0.5                                         # bursts, not a steady tone
    assert abs(20 * np.log10(np.sqrt(np.mean(y[on] ** 2))) + 45.0) < 1.0
    assert band_db(y, 850, 1500) > band_db(y, 100, 500) + 20.0


def test_a_call_carries_the_echo_of_its_caller(tmp_path):
    tr = one_call(WRITERS["blind40"], tmp_path, ["long_hold"], seed=2, call_id="E0001")
    lv = tr["levels"]
    assert 24.0 <= lv["echo_agent"]["db_under_customer"] <= 32.0
    assert 60.0 <= lv["echo_agent"]["delay_ms"] <= 180.0
    assert lv["echo_agent"]["band_hz"] == [300.0, 2800.0]
    assert -64.0 <= lv["babble_agent_dbfs"] <= -56.0
    holds = tr["holds"]
    for s, e, db in lv["rings_agent"]:
        assert -50.0 <= db <= -42.0
        assert any(h["start_s"] + 1.4 <= s and e <= h["end_s"] - 0.9 for h in holds), (s, e)
    x, sr = sf.read(tmp_path / tr["file"])
    cust = [u for u in tr["utterances"] if u["role"] == "customer"]
    quiet = [u for u in cust if not any(a["role"] == "agent" and a["start_s"] < u["end_s"] + 0.3
                                        and u["start_s"] - 0.3 < a["end_s"] for a in tr["utterances"])
             and not any(bc["start_s"] < u["end_s"] and u["start_s"] < bc["end_s"] for bc in tr["backchannels"])
             and u["end_s"] - u["start_s"] > 1.5]
    assert quiet
    u = quiet[0]
    seg_a = x[int((u["start_s"] + 0.3) * sr):int((u["end_s"] - 0.1) * sr), 0]
    seg_c = x[int((u["start_s"] + 0.3) * sr):int((u["end_s"] - 0.1) * sr), 1]
    gap = 20 * np.log10(np.sqrt(np.mean(seg_c ** 2)) / np.sqrt(np.mean(seg_a ** 2)))
    assert 15.0 <= gap <= 40.0                                            # the caller, faintly, on the agent's side


def test_some_holds_ring_and_others_writers_calls_do_not(tmp_path):
    rung = 0
    for seed in range(1, 7):
        tr = one_call(WRITERS["blind40"], tmp_path / str(seed), ["long_hold"], seed=seed, call_id=f"E000{seed}")
        rung += bool(tr["levels"]["rings_agent"])
    assert rung >= 1
    tr = one_call(WRITERS["blind39"], tmp_path / "o", [], seed=1, call_id="H0001")
    assert "echo_agent" not in tr["levels"] and "rings_agent" not in tr["levels"]
