"""tools/gen_calls --profile blind10, blind11, blind12, blind13, blind14, blind15, blind16, blind17,
blind18, blind19, blind20, blind21, blind22, blind23, blind24, blind25, blind26, blind27, blind28,
blind29, blind30, blind31, blind32, blind33, blind34, blind35, blind36, blind37, blind38, blind39, blind40, blind41, blind42, blind43 and blind44: each later blind writer's text, kind plan and labels (issue 11).

The tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth,
eighteenth, nineteenth, twentieth, twenty-first, twenty-second, twenty-third, twenty-fourth,
twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth, twenty-ninth, thirtieth, thirty-first, thirty-second, thirty-third, thirty-fourth, thirty-fifth, thirty-sixth, thirty-seventh, thirty-eighth, thirty-ninth, fortieth, forty-first, forty-second, forty-third and forty-fourth writers share one plan (nine kinds in two calls or more, filler in four, three clean calls in
twelve) and one set of invariants, so one spec holds for all, run once per writer.  The twenty-second
to forty-fourth writers' calls must also keep to their own ranges: agent-first interruptions inside
the profile's early_lead_s and overlapping >= 1.5 s, holds inside its long_hold_s / unannounced_s,
turn-taking inside its pause_scale_range; and those ranges must differ from every earlier writer's
(the writers whose copy of that check asserts more, blind23 to blind26, keep theirs).  These specs
read each writer's ranges from its profile and are run once per writer.  What differs (the pacing
values) is in
test_gen_blind10.py, test_gen_blind11.py, test_gen_blind12.py, test_gen_blind13.py,
test_gen_blind14.py, test_gen_blind15.py, test_gen_blind16.py, test_gen_blind17.py,
test_gen_blind18.py, test_gen_blind19.py, test_gen_blind20.py, test_gen_blind21.py,
test_gen_blind22.py, test_gen_blind23.py, test_gen_blind24.py, test_gen_blind25.py,
test_gen_blind26.py, test_gen_blind27.py, test_gen_blind28.py, test_gen_blind29.py,
test_gen_blind30.py, test_gen_blind31.py, test_gen_blind32.py, test_gen_blind33.py,
test_gen_blind34.py, test_gen_blind35.py, test_gen_blind36.py, test_gen_blind37.py, test_gen_blind38.py,
test_gen_blind39.py, test_gen_blind40.py, test_gen_blind41.py, test_gen_blind42.py, test_gen_blind43.py and test_gen_blind44.py.

Kokoro lives in the generator's own venv, so the calls here are spoken by blind5's stand-in voice
(a voiced buzz at a Kokoro-like 240 字/分): what is under test is the phrase tables, the profile's
wiring and the truth labels, which ``generate.py --check`` holds against the audio.  These tests
never print or compare against the sentences themselves.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import blind4  # noqa: E402
import blind4_text  # noqa: E402
import blind5_text  # noqa: E402
import blind6_text  # noqa: E402
import blind8_text  # noqa: E402
import blind10_text  # noqa: E402
import blind11_text  # noqa: E402
import blind12_text  # noqa: E402
import blind13_text  # noqa: E402
import blind14_text  # noqa: E402
import blind15_text  # noqa: E402
import blind16_text  # noqa: E402
import blind17_text  # noqa: E402
import blind18_text  # noqa: E402
import blind19_text  # noqa: E402
import blind20_text  # noqa: E402
import blind21_text  # noqa: E402
import blind22_text  # noqa: E402
import blind23_text  # noqa: E402
import blind24_text  # noqa: E402
import blind25_text  # noqa: E402
import blind26_text  # noqa: E402
import blind27_text  # noqa: E402
import blind28_text  # noqa: E402
import blind29_text  # noqa: E402
import blind30_text  # noqa: E402
import blind31_text  # noqa: E402
import blind32_text  # noqa: E402
import blind33_text  # noqa: E402
import blind34_text  # noqa: E402
import blind35_text  # noqa: E402
import blind36_text  # noqa: E402
import blind37_text  # noqa: E402
import blind38_text  # noqa: E402
import blind39_text  # noqa: E402
import blind40_text  # noqa: E402
import blind41_text  # noqa: E402
import blind42_text  # noqa: E402
import blind43_text  # noqa: E402
import blind44_text  # noqa: E402
import heldout  # noqa: E402
import heldout_text  # noqa: E402
from test_gen_blind5 import (AGENT_TABLES, StandInVoice, assert_new_to, assert_registered,  # noqa: E402
                             assert_same_from_the_same_seed, counts_without_a_sentence)
from test_gen_blind8 import (NINE_KINDS, SEVEN_FAMILIES, assert_only_lone_tics_are_events,  # noqa: E402
                             assert_the_calls_pass_the_generators_check,
                             assert_two_or_three_clause_initial_tics_per_filler_call)
from text_checks import clean_agent_lines, has_filler, taboo_keys  # noqa: E402

EARLIER = {"heldout": heldout_text, "blind4": blind4_text, "blind5": blind5_text, "blind6": blind6_text,
           "blind8": blind8_text}


@dataclass(frozen=True)
class Writer:
    profile: str
    B: ModuleType  # its phrase tables
    P: dict  # its generator defaults
    seed: int
    thanking_return: str  # a "return without thanks" that does thank: lint must refuse it
    earlier: dict  # the writers before it, whose lines it must not repeat


def in_order(*writers: tuple) -> dict[str, Writer]:
    """The writers, each with EARLIER and every writer listed before it as the ones whose lines it
    must not repeat."""
    out, before = {}, dict(EARLIER)
    for profile, B, P, seed, thanking_return in writers:
        out[profile] = Writer(profile, B, P, seed, thanking_return, dict(before))
        before[profile] = B
    return out


WRITERS = in_order(
    ("blind10", blind10_text, blind4.BLIND10_DEFAULTS, 10, "劳驾，结果出来了。"),
    ("blind11", blind11_text, blind4.BLIND11_DEFAULTS, 11, "难为您了，结果出来了。"),
    ("blind12", blind12_text, blind4.BLIND12_DEFAULTS, 12, "有劳，档案调出来了。"),
    ("blind13", blind13_text, blind4.BLIND13_DEFAULTS, 13, "辛苦您，数据调出来了。"),
    ("blind14", blind14_text, blind4.BLIND14_DEFAULTS, 14, "劳烦您了，处方核好了。"),
    ("blind15", blind15_text, blind4.BLIND15_DEFAULTS, 15, "多谢，译员的排期我看好了。"),
    ("blind16", blind16_text, blind4.BLIND16_DEFAULTS, 16, "多亏您，设计师回话了。"),
    ("blind17", blind17_text, blind4.BLIND17_DEFAULTS, 17, "劳您费心，洗车记录查到了。"),
    ("blind18", blind18_text, blind4.BLIND18_DEFAULTS, 18, "劳您久候，师傅看过单子了。"),
    ("blind19", blind19_text, blind4.BLIND19_DEFAULTS, 19, "久等了您，单子对完了。"),
    ("blind20", blind20_text, blind4.BLIND20_DEFAULTS, 20, "承蒙您费心，库存核对完毕。"),
    ("blind21", blind21_text, blind4.BLIND21_DEFAULTS, 21, "谢谢您等着，记录找到了。"),
    ("blind22", blind22_text, blind4.BLIND22_DEFAULTS, 22, "让您久候了，档案找到了。"),
    ("blind23", blind23_text, blind4.BLIND23_DEFAULTS, 23, "感谢您没挂，排期表查好了。"),
    ("blind24", blind24_text, blind4.BLIND24_DEFAULTS, 24, "谢谢您守着，交接单找到了。"),
    ("blind25", blind25_text, blind4.BLIND25_DEFAULTS, 25, "多谢您在线，报关单查到了。"),
    ("blind26", blind26_text, blind4.BLIND26_DEFAULTS, 26, "谢谢您陪着，登记本找着了。"),
    ("blind27", blind27_text, blind4.BLIND27_DEFAULTS, 27, "多谢您持线，手册查好了。"),
    ("blind28", blind28_text, blind4.BLIND28_DEFAULTS, 28, "谢谢您静候，经理看过方案了。"),
    ("blind29", blind29_text, blind4.BLIND29_DEFAULTS, 29, "谢谢您熬着，师傅回话了。"),
    ("blind30", blind30_text, blind4.BLIND30_DEFAULTS, 30, "谢谢您没挂，师父教会我了。"),
    ("blind31", blind31_text, blind4.BLIND31_DEFAULTS, 31, "感谢您候着，余位刷出来了。"),
    ("blind32", blind32_text, blind4.BLIND32_DEFAULTS, 32, "感谢您陪我等，记录调出来了。"),
    ("blind33", blind33_text, blind4.BLIND33_DEFAULTS, 33, "谢谢您等我这一趟，主管回话了。"),
    ("blind34", blind34_text, blind4.BLIND34_DEFAULTS, 34, "谢谢您拿着听筒，仓库回话了。"),
    ("blind35", blind35_text, blind4.BLIND35_DEFAULTS, 35, "谢谢您等我的消息，同事在群里回了。"),
    ("blind36", blind36_text, blind4.BLIND36_DEFAULTS, 36, "多谢您拿着电话，登记册找着了。"),
    ("blind37", blind37_text, blind4.BLIND37_DEFAULTS, 37, "谢谢您一直没放电话，客栈回话了。"),
    ("blind38", blind38_text, blind4.BLIND38_DEFAULTS, 38, "谢谢您没挂，积压的单子排到哪天我查清了。"),
    ("blind39", blind39_text, blind4.BLIND39_DEFAULTS, 39, "谢谢您撑着听筒，库房回过话了。"),
    ("blind40", blind40_text, blind4.BLIND40_DEFAULTS, 40, "谢谢您陪着我熬这一阵，座位图翻完了。"),
    ("blind41", blind41_text, blind4.BLIND41_DEFAULTS, 41, "谢谢您在风里撑着，值班师傅回话了。"),
    ("blind42", blind42_text, blind4.BLIND42_DEFAULTS, 42, "谢谢您举着电话等这么长时间，清关状态查到了。"),
    ("blind43", blind43_text, blind4.BLIND43_DEFAULTS, 43, "谢谢您在人堆里一直拿着电话，登记簿翻到了。"),
    ("blind44", blind44_text, blind4.BLIND44_DEFAULTS, 44, "谢谢同学一直没挂，您的档案记录我这边调出来了。"),
)
EARLIER_PAIRS = [(w, e) for w in WRITERS for e in sorted(WRITERS[w].earlier)]


@pytest.fixture(params=sorted(WRITERS), scope="module")
def writer(request) -> Writer:
    return WRITERS[request.param]


def one_call(w: Writer, out: Path, kinds: list[str], seed: int | None = None, call_id: str = "S0001") -> dict:
    seed = w.seed if seed is None else seed
    out.mkdir(exist_ok=True)
    B, P = w.B, dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(seed), P["n_agents"], P, engine, H=B)
    spread = heldout.spread_plan([kinds], H=B, taboo_lines=P["taboo_lines"])[0]
    return heldout.generate_call_heldout(engine, call_id=call_id, agent=agents[seed % len(agents)], kinds=kinds,
                                         seed=seed, started_at=dt.datetime(2026, 11, 26, 14, 10, 0), target_s=70,
                                         extra_holds=1, out=out, P=P, spread=spread, profile=w.profile, H=B)


def test_phrase_tables_keep_the_invariants_the_labels_rely_on(writer):
    assert writer.B.lint() > 100


def test_lint_catches_a_lone_tic_in_a_clean_agent_line(writer, monkeypatch):
    B = writer.B
    monkeypatch.setattr(B, "HO_ACK_AGENT", B.HO_ACK_AGENT + ["收到，啊，我记下了。"])
    with pytest.raises(AssertionError, match="啊"):
        B.lint()


def test_lint_catches_a_return_without_thanks_that_thanks(writer, monkeypatch):
    B = writer.B
    monkeypatch.setattr(B, "HO_RESUME_NO_THANKS", B.HO_RESUME_NO_THANKS + [writer.thanking_return])
    with pytest.raises(AssertionError, match="no-thanks resume"):
        B.lint()


def test_every_hold_announcement_announces_and_no_unthanked_return_does(writer):
    B = writer.B
    assert all(re.search(B.ANNOUNCE_RE, t) for t in B.HO_HOLD_ANNOUNCE)
    assert not [t for t in B.HO_RESUME_NO_THANKS if re.search(B.ANNOUNCE_RE, t)]


def test_clean_agent_lines_carry_the_hard_negative_particles(writer):
    """Some clean agent lines say 是啊 / 好啊 and answer a yes-no question with 嗯对 / 嗯嗯 (never a tic)."""
    B = writer.B
    clean = clean_agent_lines(B)
    assert sum(("是啊" in t or "好啊" in t) for t in clean) >= 3
    assert sum(bool(re.match("嗯[对嗯]", a)) and q.endswith("？") for q, a in B.HO_GENERIC_QA) >= 2
    # the first follow-up of an issue, which a call reaches most surely, answers 嗯对 / 嗯嗯 in four lines
    issue_qa = [qa for d in B.HO_DOMAINS.values() for iss in d["issues"] for qa in iss["qa"]]
    assert sum(bool(re.match("嗯[对嗯]", a)) and q.endswith("？") for q, a in issue_qa) >= 4
    # ... and so do look-alikes and a first ask, which calls reach more surely than small talk
    assert sum(bool(re.match("嗯[对嗯]", a)) and q.endswith("？") for _, q, a in B.HO_LOOKALIKES) >= 4
    assert any(re.match("嗯[对嗯]", ask) for _, ask, _, _ in B.HO_NEW_ASK.values())
    assert not [t for t in clean if has_filler(t, B)]


@pytest.mark.parametrize("seed", range(40))
def test_nine_kinds_each_in_two_calls_filler_in_four_and_three_of_twelve_clean(writer, seed):
    plan = blind4.plan_kinds_blind4(random.Random(seed), 12, None, writer.P)
    per_kind = Counter(k for ks in plan for k in ks)
    assert sum(not ks for ks in plan) == 3
    assert set(per_kind) == set(NINE_KINDS)
    assert min(per_kind.values()) >= 2 and per_kind["filler"] >= 4
    assert all(len(ks) == len(set(ks)) for ks in plan)


def test_blind_profiles_are_registered_once(writer):
    assert_registered(writer.profile, writer.B)


@pytest.mark.parametrize("name, earlier", EARLIER_PAIRS)
def test_agent_phrasings_centres_and_lines_are_new_to_the_earlier_sets(name, earlier):
    B, E = WRITERS[name].B, WRITERS[name].earlier[earlier]
    assert_new_to(B, E, AGENT_TABLES + ["HO_EARLY_CUST", "HO_CUST_DETAIL", "HO_FORBIDDEN_REACT", "HO_HOLD_ANNOUNCE",
                                        "HO_HOLD_THANKS", "HO_ACK_AGENT"])
    assert not {a for _, _, a in B.HO_LOOKALIKES} & {a for _, _, a in E.HO_LOOKALIKES}
    assert not {a for _, a in B.HO_CUST_RUDE} & {a for _, a in getattr(E, "HO_CUST_RUDE", [])}
    assert not set(B.NAMES) & set(getattr(E, "NAMES", [])) and not set(B.SURNAMES) & set(E.SURNAMES)
    assert not {d["acct_label"] for d in B.HO_DOMAINS.values()} & {d["acct_label"] for d in E.HO_DOMAINS.values()}
    # our taboo keys are our own: no earlier taboo line says one of them
    assert not [k for k in taboo_keys(B) if any(k in line for _, _, line, _ in E.HO_FORBIDDEN)]


def test_seven_taboo_families_three_wordings_each_and_two_calls_cover_them(writer):
    B = writer.B
    families = Counter(f for f, _, _, _ in B.HO_FORBIDDEN)
    assert set(families) == SEVEN_FAMILIES
    assert min(families.values()) >= 3
    spreads = heldout.spread_plan([["forbidden_phrase"], ["forbidden_phrase"]], H=B, taboo_lines=writer.P["taboo_lines"])
    assert {f for sp in spreads for f in sp["taboo_families"]} == SEVEN_FAMILIES


def test_read_backs_are_not_questions_for_a_slot(writer):
    B = writer.B
    for sl, lines in B.HO_READBACK.items():
        for line in lines:
            assert B.slot_asked(line) is None, sl
    assert B.slot_asked("请问您的校园卡号是多少？") == "account"


# the nine kinds over three defect calls (the set's calls have two or three)
FOUR_CALLS = [[], ["missing_greeting", "interruption", "forbidden_phrase"],
              ["missing_closing", "filler", "long_hold", "missing_hold_thanks"],
              ["unannounced_hold", "fast_speech", "filler"]]


@pytest.fixture(scope="module")
def four_calls(writer, tmp_path_factory):
    out = tmp_path_factory.mktemp(writer.profile)
    return out, [one_call(writer, out, kinds, seed=i, call_id=f"S{i + 1:04d}") for i, kinds in enumerate(FOUR_CALLS)]


def test_the_calls_pass_the_generators_check(writer, four_calls):
    assert_the_calls_pass_the_generators_check(*four_calls, FOUR_CALLS, writer.profile)


def test_each_filler_call_has_two_or_three_clause_initial_tics(four_calls):
    assert_two_or_three_clause_initial_tics_per_filler_call(four_calls[1])


def test_only_lone_tics_are_events(writer, four_calls):
    assert_only_lone_tics_are_events(four_calls[1], writer.B.HO_FILLERS)


def test_the_set_counts_count_without_a_sentence(four_calls):
    text = counts_without_a_sentence(*four_calls)
    assert "| forbidden_phrase | 1 | 4 |" in text          # four taboo lines in the one call
    assert "4 calls, 1 clean" in text


def test_a_call_is_the_same_from_the_same_seed(writer, tmp_path):
    assert_same_from_the_same_seed(functools.partial(one_call, writer), tmp_path)


# What each writer's calls must do with its own ranges.  These were one copy per writer in
# test_gen_blind22.py ... test_gen_blind32.py (blind33 to blind44 never had one), the same code but for the writer's name; each writer keeps
# the call-id letter and start time its copy used, so that the same calls are made.
TIMED_CALLS = {"blind22": ("T", dt.datetime(2026, 12, 7, 19, 40, 0)),
               "blind23": ("K", dt.datetime(2026, 10, 8, 9, 5, 0)),
               "blind24": ("J", dt.datetime(2026, 11, 27, 23, 40, 0)),
               "blind25": ("G", dt.datetime(2026, 11, 30, 16, 40, 0)),
               "blind26": ("F", dt.datetime(2026, 12, 28, 10, 20, 0)),
               "blind27": ("L", dt.datetime(2026, 11, 30, 15, 40, 0)),
               "blind28": ("M", dt.datetime(2026, 12, 1, 10, 20, 0)),
               "blind29": ("E", dt.datetime(2026, 12, 1, 10, 20, 0)),
               "blind30": ("E", dt.datetime(2026, 12, 1, 10, 20, 0)),
               "blind31": ("E", dt.datetime(2026, 12, 1, 10, 20, 0)),
               "blind32": ("E", dt.datetime(2026, 12, 1, 10, 20, 0)),
               "blind33": ("E", dt.datetime(2026, 12, 5, 10, 20, 0)),
               "blind34": ("E", dt.datetime(2026, 10, 3, 10, 20, 0)),
               "blind35": ("E", dt.datetime(2026, 11, 12, 10, 20, 0)),
               "blind36": ("E", dt.datetime(2026, 11, 28, 10, 20, 0)),
               "blind37": ("E", dt.datetime(2026, 12, 2, 19, 20, 0)),
               "blind38": ("E", dt.datetime(2026, 11, 30, 8, 5, 0)),
               "blind39": ("E", dt.datetime(2026, 12, 4, 15, 35, 0)),
               "blind40": ("E", dt.datetime(2026, 9, 30, 20, 45, 0)),
               "blind41": ("E", dt.datetime(2026, 7, 14, 22, 10, 0)),
               "blind42": ("E", dt.datetime(2026, 11, 18, 14, 25, 0)),
               "blind43": ("E", dt.datetime(2026, 12, 11, 18, 20, 0)),
               "blind44": ("E", dt.datetime(2026, 9, 7, 12, 5, 0))}


@pytest.mark.parametrize("name", sorted(TIMED_CALLS))
def test_agent_first_interruptions_overlap_long_enough(name, tmp_path):
    """The caller cuts in within the profile's early_lead_s after the agent starts; both still talk >= 1.5 s at once."""
    w = WRITERS[name]
    letter, started_at = TIMED_CALLS[name]
    P = dict(w.P, voices=heldout.ALL_VOICES, pace="calibrated")
    engine = StandInVoice()
    agents = heldout.make_agents_heldout(random.Random(w.seed), P["n_agents"], P, engine, H=w.B)
    for seed in range(4):
        tr = heldout.generate_call_heldout(engine, call_id=f"{letter}{seed + 1:04d}", agent=agents[seed],
                                           kinds=["interruption"], seed=seed, started_at=started_at, target_s=70,
                                           extra_holds=0, out=tmp_path, P=P, spread={"interrupt_mode": "agent_first"},
                                           profile=w.profile, H=w.B)
        (e,) = [e for e in tr["events"] if e["kind"] == "interruption"]
        assert e["mode"] == "agent_first"
        assert w.P["early_lead_s"][0] <= e["lead_s"] <= w.P["early_lead_s"][1]
        assert e["end_s"] - e["start_s"] >= 1.5, seed


@pytest.mark.parametrize("name", sorted(TIMED_CALLS))
def test_holds_last_as_long_as_the_profile_says(name, tmp_path):
    """A long hold lasts within the profile's long_hold_s, an unannounced one within its unannounced_s
    (each alone in its call, 0.05 s either side)."""
    w = WRITERS[name]
    letter, _ = TIMED_CALLS[name]
    for seed, (kind, (lo, hi)) in enumerate((("long_hold", w.P["long_hold_s"]), ("unannounced_hold", w.P["unannounced_s"]))):
        tr = one_call(w, tmp_path / kind, [kind], seed=seed, call_id=f"{letter}{seed + 1:04d}")
        (e,) = [e for e in tr["events"] if e["kind"] == kind]
        assert lo - 0.05 <= e["duration_s"] <= hi + 0.05, (kind, e["duration_s"])


@pytest.mark.parametrize("name", sorted(TIMED_CALLS))
def test_turn_taking_stays_in_the_profiles_band(name, tmp_path):
    """Every call's pause scale lies in the profile's pause_scale_range."""
    w = WRITERS[name]
    letter, _ = TIMED_CALLS[name]
    for seed in range(3):
        tr = one_call(w, tmp_path / f"c{seed}", [], seed=seed, call_id=f"{letter}{seed + 1:04d}")
        lo, hi = w.P["pause_scale_range"]
        assert lo <= tr["conditions"]["pause_scale"] <= hi


# The writers whose "differs from every earlier writer" loop was the same code in their own file.
# blind23, blind24, blind25 and blind26 also assert that some values go beyond every earlier writer's,
# so they keep their own copy.
PACED_APART = ("blind22", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44")


def earlier_defaults(name: str) -> list[str]:
    """The generator defaults of the writers before this one (heldout and blind4 never had a paced profile to compare)."""
    return [f"{e.upper()}_DEFAULTS" for e in WRITERS[name].earlier if e not in ("heldout", "blind4")]


@pytest.mark.parametrize("name", PACED_APART)
def test_the_pacing_differs_from_every_earlier_writer(name):
    """Each writer's rates, turn-taking band, interruption lead, hold lengths, noise floor and thinking
    pauses differ from every earlier writer's (rates only where that writer had a target rate)."""
    P = WRITERS[name].P
    for e in earlier_defaults(name):
        E = getattr(blind4, e)
        if "cust_cpm" in E:   # set 5 spoke at heldout's tempo ratios, not at a target rate
            assert tuple(P["agent_cpm"]) != tuple(E["agent_cpm"]), e
            assert tuple(P["cust_cpm"]) != tuple(E["cust_cpm"]), e
        assert tuple(P["pause_scale_range"]) != tuple(E["pause_scale_range"]), e
        assert tuple(P["early_lead_s"]) != tuple(E["early_lead_s"]), e
        assert tuple(P["long_hold_s"]) != tuple(E["long_hold_s"]), e
        assert tuple(P["unannounced_s"]) != tuple(E["unannounced_s"]), e
        assert tuple(P["noise_db_range"]) != tuple(E["noise_db_range"]), e
        assert tuple(P.get("think_pause_s", ())) != tuple(E.get("think_pause_s", ())), e
