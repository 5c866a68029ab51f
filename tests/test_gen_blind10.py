"""tools/gen_calls --profile blind10: the writer's own pacing (issue 11).

Its phrase tables, kind plan and labels are held by the spec both later writers share,
test_gen_blind_writers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402

P10 = blind4.BLIND10_DEFAULTS


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P10["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3
    assert P10["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    assert P10["cust_cpm"][0] > lo                             # customers faster than the agents
    for name in ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS"):
        E = getattr(blind4, name)
        assert (P10["agent_cpm"], P10["cust_cpm"]) != (E.get("agent_cpm"), E.get("cust_cpm")), name
        assert P10["cust_cpm"][1] > E.get("cust_cpm", (0, 0))[1], name
