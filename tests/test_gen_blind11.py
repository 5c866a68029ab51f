"""tools/gen_calls --profile blind11: the writer's own pacing (issue 11).

Its phrase tables, kind plan and labels are held by the spec both later writers share,
test_gen_blind_writers.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import heldout  # noqa: E402

P11 = blind4.BLIND11_DEFAULTS


def test_the_pacing_differs_from_the_earlier_sets_and_fast_turns_stay_apart():
    lo, hi = P11["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.44
    assert P11["think_pause_s"][1] < 5.0                       # never an unexplained silence or dead air
    # customers about as fast as the agents: their bands overlap (set 8's were slower, set 10's faster)
    assert P11["cust_cpm"][0] < hi and P11["cust_cpm"][1] > lo
    for name in ("BLIND5_DEFAULTS", "BLIND6_DEFAULTS", "BLIND8_DEFAULTS", "BLIND10_DEFAULTS"):
        E = getattr(blind4, name)
        assert (P11["agent_cpm"], P11["cust_cpm"]) != (E.get("agent_cpm"), E.get("cust_cpm")), name
        assert P11["pause_scale_range"] != E.get("pause_scale_range"), name
        assert P11["early_lead_s"] != E.get("early_lead_s"), name
