"""tools/gen_calls --profile blind37: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
and the two things only this writer's calls do: slow callers pause 0.6-1.4 s between the sentences
of a turn (cust_pause_s), and an electric heater's steady low tone sits on the agent's channel
(hum_db_range).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402
from test_gen_blind_writers import WRITERS, one_call  # noqa: E402

P37 = blind4.BLIND37_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P37["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.38                # patient agents: fast bursts still apart
    assert 205.0 <= lo and hi <= 228.0
    assert P37["mild_fast_prob"] == 0.4
    assert P37["cust_cpm"] == (150.0, 190.0)                    # elderly callers who speak slowly
    assert P37["cust_pause_s"] == (0.6, 1.4)                    # ... with long pauses inside their turns
    assert P37["cust_detail_prob"] == 0.6                       # ... say who they book for
    assert P37["cust_filler_prob"] == 0.45
    assert P37["readback_prob"] == 0.5                          # every read-back reply asks to hear it again
    assert P37["bc_prob"] == 0.65 and P37["cbc_prob"] == 0.4
    assert P37["pause_scale_range"] == (0.97, 1.45)             # unhurried turn-taking
    assert P37["think_prob"] == 0.3 and P37["think_pause_s"][1] < 5.0   # a look at the booking sheet
    assert P37["music_prob"] == 0.5                             # music on half the holds
    assert 34.0 <= P37["long_hold_s"][0] and P37["long_hold_s"][1] <= 46.0     # the agent phones the resort
    assert 11.0 <= P37["unannounced_s"][0] and P37["unannounced_s"][1] <= 15.0
    assert P37["early_lead_s"] == (0.42, 0.78)                  # agents start while a slow caller finishes
    assert P37["hum_db_range"] == (-52.0, -46.0)                # the heater's tone ...
    assert P37["noise_db_range"][1] < P37["hum_db_range"][0]    # ... over light broadband noise
    assert P37["duration_s"] == (70.0, 230.0) and P37["special_s"] == 24   # slow specials: the planner counts 24 s


def sentence_gaps(tr: dict, role: str) -> list[float]:
    """The silences between consecutive sentences of one turn of ``role``."""
    us = [u for u in tr["utterances"] if u["role"] == role]
    return [b["start_s"] - a["end_s"] for a, b in zip(us, us[1:]) if a["turn"] == b["turn"]]


def test_slow_callers_pause_between_their_sentences_and_agents_do_not(tmp_path):
    w = WRITERS["blind37"]
    cust, agent = [], []
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"P{seed + 1:04d}")
        assert tr["conditions"]["cust_pause_s"] == [0.6, 1.4]
        cust += sentence_gaps(tr, "customer")
        agent += sentence_gaps(tr, "agent")
    assert cust and all(0.6 - 0.002 <= g <= 1.4 + 0.002 for g in cust)
    assert max(agent, default=0.0) <= 0.5 + 0.002   # agents keep the usual 0.3-0.5 s


def test_the_heaters_tone_is_on_the_agents_channel(tmp_path):
    tr = one_call(WRITERS["blind37"], tmp_path, [], seed=1, call_id="H0001")
    hum = tr["levels"]["hum_agent_dbfs"]
    assert -52.0 <= hum <= -46.0
    x, sr = sf.read(tmp_path / tr["file"])
    spec = {}
    for ci in (0, 1):
        y = x[:, ci]
        f = np.abs(np.fft.rfft(y * np.hanning(len(y))))
        fr = np.fft.rfftfreq(len(y), 1 / sr)
        spec[ci] = f[(fr > 90) & (fr < 110)].max() / np.median(f[(fr > 60) & (fr < 400)])
    assert spec[0] > 30 * spec[1]           # a tone near 100 Hz on the agent's channel, none on the caller's
