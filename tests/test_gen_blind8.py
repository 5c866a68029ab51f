"""tools/gen_calls --profile blind8: the eighth blind evaluation set's text, kind plan and labels (issue 11).

Kokoro lives in the generator's own venv, so the calls here are spoken by blind5's stand-in voice
(a voiced buzz at a Kokoro-like 240 字/分): what is under test is the phrase tables, the profile's
wiring and the truth labels, which ``generate.py --check`` holds against the audio.  These tests
never print or compare against the sentences themselves.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import blind4_text  # noqa: E402
import blind5_text  # noqa: E402
import blind6_text  # noqa: E402
import blind8_text as B  # noqa: E402
import generate as G  # noqa: E402
import heldout  # noqa: E402
import heldout_text  # noqa: E402
from test_gen_blind5 import (AGENT_TABLES, StandInVoice, assert_new_to, assert_registered,  # noqa: E402
                             assert_same_from_the_same_seed, counts_without_a_sentence)
from text_checks import clean_agent_lines, has_filler  # noqa: E402

NINE_KINDS = ["missing_greeting", "missing_closing", "filler", "fast_speech", "long_hold",
              "unannounced_hold", "forbidden_phrase", "interruption", "missing_hold_thanks"]
EARLIER = {"heldout": heldout_text, "blind4": blind4_text, "blind5": blind5_text, "blind6": blind6_text}
SEVEN_FAMILIES = {"blame_customer", "refuse_responsibility", "do_it_yourself", "take_or_leave", "impatience",
                  "sarcasm", "talking_down"}
CLAUSE = r"[^，、。！？；：]+[，、。！？；：]*"


def one_call(out: Path, kinds: list[str], seed: int = 8, call_id: str = "S0001") -> dict:
    out.mkdir(exist_ok=True)
    P = dict(blind4.BLIND8_DEFAULTS, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(seed), P["n_agents"], P, engine, H=B)
    spread = heldout.spread_plan([kinds], H=B, taboo_lines=P["taboo_lines"])[0]
    return heldout.generate_call_heldout(engine, call_id=call_id, agent=agents[seed % len(agents)], kinds=kinds,
                                         seed=seed, started_at=dt.datetime(2026, 11, 26, 9, 30, 0), target_s=70,
                                         extra_holds=1, out=out, P=P, spread=spread, profile="blind8", H=B)


def test_phrase_tables_keep_the_invariants_the_labels_rely_on():
    assert B.lint() > 100


def test_lint_catches_a_tic_standing_as_a_clause_in_a_clean_agent_line(monkeypatch):
    monkeypatch.setattr(B, "HO_ACK_AGENT", B.HO_ACK_AGENT + ["好的，嗯，我记下了。"])
    with pytest.raises(AssertionError, match="嗯"):
        B.lint()


def test_lint_catches_er_anywhere_in_a_clean_agent_line(monkeypatch):
    monkeypatch.setattr(B, "HO_GENERIC_QA", B.HO_GENERIC_QA + [("能办吗？", "能办呃。")])
    with pytest.raises(AssertionError, match="呃"):
        B.lint()


def test_a_final_particle_and_a_fused_yes_are_not_tics_but_a_lone_one_is():
    assert has_filler("是啊，确实少见。", B) == [] and has_filler("嗯对，要带原件。", B) == []
    assert has_filler("啊，确实少见。", B) == ["啊"] and has_filler("好的，嗯，要带原件。", B) == ["嗯"]


def test_clean_agent_lines_carry_the_hard_negative_particles():
    """Some clean agent lines say 是啊 / 好啊 and answer a yes-no question with 嗯对 / 嗯嗯 (never a tic)."""
    clean = clean_agent_lines(B)
    assert sum(("是啊" in t or "好啊" in t) for t in clean) >= 3
    assert sum(bool(re.match("嗯[对嗯]", a)) and q.endswith("？") for q, a in B.HO_GENERIC_QA) >= 2


@pytest.mark.parametrize("seed", range(40))
def test_nine_kinds_each_in_two_calls_filler_in_four_and_three_of_twelve_clean(seed):
    plan = blind4.plan_kinds_blind4(random.Random(seed), 12, None, blind4.BLIND8_DEFAULTS)
    per_kind = Counter(k for ks in plan for k in ks)
    assert sum(not ks for ks in plan) == 3
    assert set(per_kind) == set(NINE_KINDS)
    assert min(per_kind.values()) >= 2 and per_kind["filler"] >= 4
    assert all(len(ks) == len(set(ks)) for ks in plan)
    assert sorted(len(ks) for ks in plan if ks) == [2] * 7 + [3] * 2


def test_filler_calls_get_enough_tics_for_eight_in_four_calls():
    assert min(blind4.BLIND8_DEFAULTS["filler_tics"]) * 4 >= 8
    assert heldout.profile_defaults("blind8")["filler_tics"] == blind4.BLIND8_DEFAULTS["filler_tics"]
    assert "filler_tics" not in heldout.profile_defaults("blind6")     # earlier sets keep 1-2


def test_the_earlier_profiles_keep_their_plan():
    """No extra kind calls outside blind8: set 6's plan still has every kind in exactly two calls."""
    plan = blind4.plan_kinds_blind4(random.Random(6606), 12, None, blind4.BLIND6_DEFAULTS)
    assert set(Counter(k for ks in plan for k in ks).values()) == {2}


def test_blind_profiles_are_registered_once():
    assert_registered("blind8", B)


@pytest.mark.parametrize("earlier", sorted(EARLIER))
def test_agent_phrasings_centres_and_lines_are_new_to_the_earlier_sets(earlier):
    E = EARLIER[earlier]
    assert_new_to(B, E, AGENT_TABLES + ["HO_EARLY_CUST", "HO_CUST_DETAIL", "HO_FORBIDDEN_REACT", "HO_HOLD_ANNOUNCE"])
    assert not {a for _, _, a in B.HO_LOOKALIKES} & {a for _, _, a in E.HO_LOOKALIKES}
    assert not {a for _, a in B.HO_CUST_RUDE} & {a for _, a in getattr(E, "HO_CUST_RUDE", [])}
    assert not set(B.NAMES) & set(getattr(E, "NAMES", [])) and not set(B.SURNAMES) & set(E.SURNAMES)
    assert not {d["acct_label"] for d in B.HO_DOMAINS.values()} & {d["acct_label"] for d in E.HO_DOMAINS.values()}


def test_seven_taboo_families_three_wordings_each_and_two_calls_cover_them():
    families = Counter(f for f, _, _, _ in B.HO_FORBIDDEN)
    assert set(families) == SEVEN_FAMILIES
    assert min(families.values()) >= 3
    spreads = heldout.spread_plan([["forbidden_phrase"], ["forbidden_phrase"]], H=B,
                                  taboo_lines=blind4.BLIND8_DEFAULTS["taboo_lines"])
    assert {f for sp in spreads for f in sp["taboo_families"]} == SEVEN_FAMILIES


def test_read_backs_are_not_questions_for_a_slot():
    for sl, lines in B.HO_READBACK.items():
        for line in lines:
            assert B.slot_asked(line) is None, sl
    assert B.slot_asked("请问您的通行卡号是多少？") == "account"


def test_the_agents_normal_pace_and_the_fast_turns_stay_apart():
    lo, hi = blind4.BLIND8_DEFAULTS["agent_cpm"]
    assert heldout.MILD_FAST_CPM[0] / hi >= 1.3
    assert blind4.BLIND8_DEFAULTS["think_pause_s"][1] < 5.0   # never an unexplained silence or dead air
    assert blind4.BLIND8_DEFAULTS["cust_cpm"][1] < hi            # customers slower than set 6's


# the nine kinds over three defect calls (the set's calls have two or three)
FOUR_CALLS = [[], ["missing_greeting", "fast_speech", "forbidden_phrase"],
              ["missing_closing", "filler", "long_hold", "missing_hold_thanks"],
              ["unannounced_hold", "interruption", "filler"]]


@pytest.fixture(scope="module")
def four_calls(tmp_path_factory):
    out = tmp_path_factory.mktemp("blind8")
    return out, [one_call(out, kinds, seed=i, call_id=f"S{i + 1:04d}") for i, kinds in enumerate(FOUR_CALLS)]


def assert_the_calls_pass_the_generators_check(out: Path, trs: list[dict], plan: list[list[str]], profile: str):
    """Each call is of its profile, carries its planned kinds, and ``generate.py --check`` passes."""
    for kinds, tr in zip(plan, trs):
        assert tr["conditions"]["profile"] == profile
        assert set(kinds) <= {e["kind"] for e in tr["events"]}
    assert G.check_dir(out) == 0


def assert_two_or_three_clause_initial_tics_per_filler_call(trs: list[dict]):
    for tr in trs:
        tics = [e for e in tr["events"] if e["kind"] == "filler"]
        assert (2 <= len(tics) <= 3) if "filler" in tr["kinds"] else not tics
        for e in tics:
            u = next(u for u in tr["utterances"] if u["role"] == "agent" and u["start_s"] <= e["start_s"] < u["end_s"])
            clauses = [re.sub(r"[，、。！？；：]", "", c) for c in re.findall(CLAUSE, u["text"])]
            assert e["detail"] in clauses        # a clause of its own: turn start or after a comma


def assert_only_lone_tics_are_events(trs: list[dict], fillers):
    """An agent 是啊 / 好啊 / 嗯对 never makes an event; every lone 嗯/啊/呃 clause does."""
    for tr in trs:
        lone = sum(re.sub(r"[，、。！？；：]", "", c) in fillers for u in tr["utterances"] if u["role"] == "agent"
                   for c in re.findall(CLAUSE, u["text"]))
        assert lone == sum(e["kind"] == "filler" for e in tr["events"])


def test_blind8_calls_pass_the_generators_check(four_calls):
    assert_the_calls_pass_the_generators_check(*four_calls, FOUR_CALLS, "blind8")


def test_each_filler_call_has_two_or_three_clause_initial_tics(four_calls):
    assert_two_or_three_clause_initial_tics_per_filler_call(four_calls[1])


def test_only_lone_tics_are_events(four_calls):
    assert_only_lone_tics_are_events(four_calls[1], B.HO_FILLERS)


def test_the_set_counts_count_without_a_sentence(four_calls):
    text = counts_without_a_sentence(*four_calls)
    assert "| forbidden_phrase | 1 | 4 |" in text          # four taboo lines in the one call
    assert "4 calls, 1 clean" in text
    tics = re.search(r"per filler call \[(\d), (\d)\]; \{([^}]*)\}", text)    # two filler calls
    assert tics and sum(int(n) for n in re.findall(r": (\d+)", tics[3])) == int(tics[1]) + int(tics[2])


def test_a_blind8_call_is_the_same_from_the_same_seed(tmp_path):
    assert_same_from_the_same_seed(one_call, tmp_path)
