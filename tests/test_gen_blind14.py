"""tools/gen_calls --profile blind14: the writer's own pacing and turn structure (issue 11).

Its phrase tables, kind plan and labels are held by the spec the later writers share,
test_gen_blind_writers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402
from test_gen_blind_writers import WRITERS, one_call  # noqa: E402

P14 = blind4.BLIND14_DEFAULTS
EARLIER = ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS", "BLIND11_DEFAULTS",
           "BLIND12_DEFAULTS", "BLIND13_DEFAULTS")


def width(r: tuple[float, float]) -> float:
    return r[1] - r[0]


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P14["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3
    assert P14["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P14["noise_db_range"][1] <= -48.0                   # set 10: -44 dBFS drowned soft turn ends
    assert P14["long_hold_s"][0] > 30.0                        # a long hold is long on its own
    for name in EARLIER:
        E = getattr(blind4, name)
        if "agent_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert width(P14["agent_cpm"]) > width(E["agent_cpm"]), name     # the most mixed-pace agents
            assert width(P14["cust_cpm"]) > width(E["cust_cpm"]), name       # ... and customers
        assert P14["pause_scale_range"][1] > E["pause_scale_range"][1], name  # the slowest turn-taking
        assert P14["early_lead_s"][0] > E["early_lead_s"][0], name            # customers cut in later
        assert P14["music_prob"] < E["music_prob"], name                      # mostly silent holds
        assert P14["long_hold_s"][1] > E["long_hold_s"][1], name              # the longest long holds
        assert P14["unannounced_s"][0] > E.get("unannounced_s", (10, 25))[0], name
        assert width(P14["noise_db_range"]) < width(E["noise_db_range"]), name  # the narrowest noise band


def test_holds_last_as_long_as_the_profile_says(tmp_path):
    """A long hold lasts 42-56 s, an unannounced one 18-26 s (each alone in its call)."""
    w = WRITERS["blind14"]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", P14["long_hold_s"]), ("unannounced_hold", P14["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"U{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])
