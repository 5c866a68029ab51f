"""tools/gen_calls --profile blind38: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels, and what its calls must do with its ranges (agent-first
interruptions inside its early_lead_s, holds inside its long_hold_s / unannounced_s, turn-taking
inside its pause_scale_range) and that those ranges differ from every earlier writer's, are held by
the spec the later writers share, test_gen_blind_writers.py.  What stays here is its own pacing,
its agents drawn from all eight Kokoro voices in turn, and the one thing only this writer's calls
do: other agents' murmur in a busy open office on the agent's channel (babble_db_range).
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

P38 = blind4.BLIND38_DEFAULTS


def test_the_pacing_is_the_writers_own_and_fast_turns_stay_apart():
    lo, hi = P38["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.38                # quick agents: fast bursts still apart
    assert 232.0 <= lo and hi <= 255.0
    assert P38["mild_fast_prob"] == 0.4
    assert P38["cust_cpm"] == (215.0, 260.0)                    # irritated callers who speak fast
    assert P38["cust_detail_prob"] == 0.5                       # ... and complain of the wait first
    assert "cust_pause_s" not in P38                            # (set 37's slow callers' pauses are not theirs)
    assert P38["early_lead_s"] == (0.15, 0.45)                  # ... and talk over the agent early
    assert P38["pause_scale_range"] == (0.7, 1.06)              # brisk turn-taking
    assert P38["think_prob"] == 0.25 and P38["think_pause_s"][1] < 5.0   # a look at the schedule
    assert P38["music_prob"] == 0.67                            # music on two thirds of the holds
    assert 31.0 <= P38["long_hold_s"][0] and P38["long_hold_s"][1] <= 38.0     # the agent checks a schedule
    assert 10.0 <= P38["unannounced_s"][0] and P38["unannounced_s"][1] <= 14.0
    assert P38["babble_db_range"] == (-58.0, -50.0)            # other agents' murmur ...
    assert P38["noise_db_range"][1] < P38["babble_db_range"][0] + 3   # ... over light broadband noise
    assert "hum_db_range" not in P38
    assert P38["duration_s"] == (60.0, 200.0)


def test_agents_come_from_all_eight_voices_in_turn():
    P = dict(P38, voices=heldout.ALL_VOICES, pace="calibrated")
    assert P["n_agents"] == len(heldout.ALL_VOICES) == 8
    agents = heldout.make_agents_heldout(random.Random(3838), P["n_agents"], P, StandInVoice(), H=WRITERS["blind38"].B)
    assert sorted(a["voice"]["voice"] for a in agents) == sorted(heldout.ALL_VOICES)


def test_the_office_babble_is_at_its_level_and_murmurs():
    n = generate.SR * 20
    x = generate.office_babble(n, np.random.default_rng(7), -54.0)
    assert abs(20 * np.log10(np.sqrt(np.mean(x ** 2))) + 54.0) < 0.01
    frames = x[: n // 800 * 800].reshape(-1, 800)                  # 100 ms frames
    db = 10 * np.log10(np.mean(frames ** 2, axis=1) + 1e-20)
    assert np.percentile(db, 90) - np.percentile(db, 10) > 4.0     # phrases and syllables, not a steady hiss


def test_the_babble_is_on_the_agents_channel_only(tmp_path):
    tr = one_call(WRITERS["blind38"], tmp_path, [], seed=1, call_id="B0001")
    bab = tr["levels"]["babble_agent_dbfs"]
    assert -58.0 <= bab <= -50.0
    assert "hum_agent_dbfs" not in tr["levels"]
    x, sr = sf.read(tmp_path / tr["file"])
    speech = np.zeros(len(x), bool)
    for u in tr["utterances"]:
        speech[max(0, int((u["start_s"] - 0.3) * sr)): int((u["end_s"] + 0.3) * sr)] = True
    quiet = ~speech
    assert quiet.sum() > sr                                           # some time where nobody speaks
    rms = {ci: np.sqrt(np.mean(x[quiet, ci] ** 2)) for ci in (0, 1)}
    assert 20 * np.log10(rms[0] / rms[1]) > 3.0                       # the agent's office is the louder


def test_other_writers_calls_have_no_babble(tmp_path):
    tr = one_call(WRITERS["blind37"], tmp_path, [], seed=1, call_id="H0001")
    assert "babble_agent_dbfs" not in tr["levels"]
