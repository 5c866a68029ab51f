"""tools/gen_calls --profile blind6: the sixth blind evaluation set's text, kind plan and labels (issue 11).

Kokoro lives in the generator's own venv, so the calls here are spoken by blind5's stand-in voice
(a voiced buzz at a Kokoro-like 240 字/分): what is under test is the phrase tables, the profile's
wiring and the truth labels, which ``generate.py --check`` holds against the audio.  These tests
never print or compare against the sentences themselves.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import blind4_text  # noqa: E402
import blind5_text  # noqa: E402
import blind6_text as B  # noqa: E402
import generate as G  # noqa: E402
import heldout  # noqa: E402
import heldout_text  # noqa: E402
from test_gen_blind5 import (AGENT_TABLES, StandInVoice, assert_new_to, assert_registered,  # noqa: E402
                             assert_same_from_the_same_seed, counts_without_a_sentence)

NINE_KINDS = ["missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold",
              "unannounced_hold", "forbidden_phrase", "interruption", "missing_hold_thanks"]
EARLIER = {"heldout": heldout_text, "blind4": blind4_text, "blind5": blind5_text}
SEVEN_FAMILIES = {"blame_customer", "refuse_responsibility", "do_it_yourself", "take_or_leave", "impatience",
                  "sarcasm", "talking_down"}


def one_call(out: Path, kinds: list[str], seed: int = 6, call_id: str = "S0001") -> dict:
    out.mkdir(exist_ok=True)
    P = dict(blind4.BLIND6_DEFAULTS, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(seed), P["n_agents"], P, engine, H=B)
    spread = heldout.spread_plan([kinds], H=B, taboo_lines=P["taboo_lines"])[0]
    return heldout.generate_call_heldout(engine, call_id=call_id, agent=agents[seed % len(agents)], kinds=kinds,
                                         seed=seed, started_at=dt.datetime(2026, 11, 21, 15, 0, 0), target_s=70,
                                         extra_holds=1, out=out, P=P, spread=spread, profile="blind6", H=B)


def test_phrase_tables_keep_the_invariants_the_labels_rely_on():
    assert B.lint() > 100


def test_lint_catches_a_hold_announcement_that_does_not_announce(monkeypatch):
    monkeypatch.setattr(B, "HO_HOLD_ANNOUNCE", B.HO_HOLD_ANNOUNCE + ["好的，我来处理。"])
    with pytest.raises(AssertionError, match="does not announce"):
        B.lint()


def test_lint_catches_a_tic_in_a_clean_agent_line(monkeypatch):
    monkeypatch.setattr(B, "HO_ACK_AGENT", B.HO_ACK_AGENT + ["呃，明白了。"])
    with pytest.raises(AssertionError, match="呃"):
        B.lint()


@pytest.mark.parametrize("seed", range(40))
def test_nine_kinds_each_in_two_calls_and_three_of_twelve_clean(seed):
    plan = blind4.plan_kinds_blind4(random.Random(seed), 12, None, blind4.BLIND6_DEFAULTS)
    per_kind = Counter(k for ks in plan for k in ks)
    assert sum(not ks for ks in plan) == 3
    assert set(per_kind) == set(NINE_KINDS)
    assert min(per_kind.values()) >= 2
    assert all(len(ks) == 2 == len(set(ks)) for ks in plan if ks)


def test_the_earlier_profiles_keep_their_eight_kind_plan():
    plan = blind4.plan_kinds_blind4(random.Random(5505), 12, None, blind4.BLIND5_DEFAULTS)
    assert "missing_hold_thanks" not in {k for ks in plan for k in ks}


def test_blind_profiles_are_registered_once():
    assert_registered("blind6", B)


@pytest.mark.parametrize("earlier", sorted(EARLIER))
def test_agent_phrasings_centres_and_lines_are_new_to_the_earlier_sets(earlier):
    E = EARLIER[earlier]
    assert_new_to(B, E, AGENT_TABLES + ["HO_EARLY_CUST", "HO_CUST_DETAIL", "HO_FORBIDDEN_REACT"])
    assert not {a for _, _, a in B.HO_LOOKALIKES} & {a for _, _, a in E.HO_LOOKALIKES}
    assert not set(B.NAMES) & set(getattr(E, "NAMES", [])) and not set(B.SURNAMES) & set(E.SURNAMES)


def test_seven_taboo_families_three_wordings_each_and_two_calls_cover_them():
    families = Counter(f for f, _, _, _ in B.HO_FORBIDDEN)
    assert set(families) == SEVEN_FAMILIES
    assert min(families.values()) >= 3
    spreads = heldout.spread_plan([["forbidden_phrase"], ["forbidden_phrase"]], H=B,
                                  taboo_lines=blind4.BLIND6_DEFAULTS["taboo_lines"])
    assert {f for sp in spreads for f in sp["taboo_families"]} == SEVEN_FAMILIES


def test_read_backs_are_not_questions_for_a_slot():
    for sl, lines in B.HO_READBACK.items():
        for line in lines:
            assert B.slot_asked(line) is None, sl
    assert B.slot_asked("请问您的基金账号是多少？") == "account"


def test_the_agents_normal_pace_and_the_fast_turns_stay_apart():
    lo, hi = blind4.BLIND6_DEFAULTS["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3
    assert blind4.BLIND6_DEFAULTS["think_pause_s"][1] < 5.0   # never an unexplained silence or dead air


# the nine kinds over three defect calls (the set's calls have two kinds; three here keep the test short)
FOUR_CALLS = [[], ["missing_greeting", "fast_speech", "forbidden_phrase"],
              ["missing_closing", "filler", "long_hold", "missing_hold_thanks"],
              ["unannounced_hold", "interruption"]]


@pytest.fixture(scope="module")
def four_calls(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind6")
    return out, [one_call(out, kinds, seed=i, call_id=f"S{i + 1:04d}") for i, kinds in enumerate(FOUR_CALLS)]


def test_blind6_calls_pass_the_generators_check(four_calls):
    out, trs = four_calls
    for kinds, tr in zip(FOUR_CALLS, trs):
        assert tr["conditions"]["profile"] == "blind6"
        assert set(kinds) <= {e["kind"] for e in tr["events"]}
    assert G.check_dir(out) == 0


def test_an_announced_hold_can_resume_without_thanks(four_calls):
    _, trs = four_calls
    tr = trs[2]
    announced = [h for h in tr["holds"] if h["announced"]]
    unthanked = [e for e in tr["events"] if e["kind"] == "missing_hold_thanks"]
    assert announced and unthanked
    assert any(abs(e["start_s"] - h["end_s"]) < 0.01 for e in unthanked for h in announced)


def test_the_set_counts_count_without_a_sentence(four_calls):
    text = counts_without_a_sentence(*four_calls)
    assert "| forbidden_phrase | 1 | 4 |" in text          # four taboo lines in the one call
    assert "4 calls, 1 clean" in text


def test_a_blind6_call_is_the_same_from_the_same_seed(tmp_path):
    assert_same_from_the_same_seed(one_call, tmp_path)
