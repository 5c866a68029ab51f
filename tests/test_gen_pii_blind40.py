"""tools/gen_calls/pii_calls.py --forms blind40: the fortieth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind39, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives), and
that the forms are new.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import generate as G  # noqa: E402
import pii_blind39  # noqa: E402
import pii_blind40 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_runs_on, assert_valid,
    digit_chars as digits_of, lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("three_five_three", "fourteen_four", "ten_rest")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind40_call, B.kinds_and_forms, "20261128-400000", tmp_path, seed, n, negatives)


def test_blind40_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind40") == (B.kinds_and_forms, B.make_blind40_call)
    assert pii_calls.blind_family("blind39") == (pii_blind39.kinds_and_forms, pii_blind39.make_blind39_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "40", WIDE_FORMS)
    assert len(B.NEGATIVE40["agent"]) == len(B.NEGATIVE40["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(224), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [224, 227])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        turns = truth["turns"]
        background = truth["background"]
        assert all(r["role"] == "customer" for r in readings)
        if form == "annoyed_again":
            (r,) = readings
            assert r["after_complaint"] and digits_of(r["text"]) == number and background == []
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.COMPLAINT and turns[3]["text"] in B.COMPLAINT_OK
            assert not turns[2]["readings"] and not turns[3]["readings"]
        elif form == "asks_agent_id_first":
            (r,) = readings
            assert r["after_agent_id"] and digits_of(r["text"]) == number and background == []
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.AGENT_ID_ASK and "工号" in turns[3]["text"] and not turns[3]["readings"]
            said = digits_of(turns[3]["text"])
            assert len(said) in (4, 5) and lookalike_free_line(turns[3]["text"])
            assert any(turns[4]["text"].startswith(s) for s in B.AGENT_ID_OK)
        elif form == "asks_someone_midway":
            assert_runs_on(readings, number)
            head, rest = readings
            assert 1.2 <= rest["asked_s"] <= 2.2 and background == []
            assert rest["span_s"][0] - head["span_s"][1] > rest["asked_s"]
            assert any(s in turns[2]["text"] for s in B.ASK_SOMEONE)
            assert any(turns[3]["text"].startswith(s) for s in B.ASK_BACK)
        elif form == "chopping_board":
            (r,) = readings
            assert r["chopping"] and digits_of(r["text"]) == number
            (chop,) = background
            assert chop["what"] == "chopping" and chop["role"] == "customer" and 3 <= chop["db_under"] <= 8
            assert chop["span_s"][0] < r["span_s"][0]
            assert chop["span_s"][1] == pytest.approx(r["span_s"][1], abs=2e-3)
        elif form == "ring_longer":
            (r,) = readings
            assert r["ring_note"] and digits_of(r["text"]) == number and background == []
            assert any(turns[2]["text"].endswith(s) for s in B.RING_NOTE)
        elif form in OWN:
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            sizes = split_sizes(r["text"])
            assert sizes == r["sizes"] == list(B.own_sizes(kind, form, number)) and sum(sizes) == len(number)
            assert background == []
        else:
            raise AssertionError(form)
        assert set(truth["voices"]) == {"agent", "customer"}
        assert not any("speaker" in r for r in readings)
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 224, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"annoyed_again": ("好几遍", "报过了"), "asks_agent_id_first": ("工号",),
                 "asks_someone_midway": ("看一下", "看看"), "chopping_board": ("切菜",), "three_five_three": ("",),
                 "ring_longer": ("老人",), "fourteen_four": ("",), "ten_rest": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind40"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes():
    assert B.own_sizes("mobile", "three_five_three", "1" * 11) == (3, 5, 3)
    assert B.own_sizes("id_card", "fourteen_four", "1" * 18) == (14, 4)
    assert B.own_sizes("bank_card", "ten_rest", "6" * 16) == (10, 6)
    assert B.own_sizes("bank_card", "ten_rest", "6" * 19) == (10, 9)


def test_the_agents_id_is_no_personal_number():
    rng = random.Random(5)
    for _ in range(200):
        said = B.agent_id(rng)
        assert len(digits_of(said)) in (4, 5) and lookalike_free_line(f"我的工号是{said}。")


def test_the_chopping_knocks_low_and_uneven_under_her_reading():
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call40(StandInVoice(), rng)
        B.read_number(call, "id_card", pii_calls.make_number("id_card", rng), "chopping_board", [])
        (chop,) = call.background
        _, clip = call.under[0]
        audio = call.audio()
        assert np.all(np.isfinite(clip)) and np.all(np.isfinite(audio))
        assert len(clip) == pytest.approx((chop["span_s"][1] - chop["span_s"][0]) * G.SR, abs=2)
        spectrum = np.abs(np.fft.rfft(clip)) ** 2
        freqs = np.fft.rfftfreq(len(clip), 1 / G.SR)
        assert spectrum[freqs < 1500].sum() > 0.8 * spectrum.sum()  # thuds, low
        frame = int(0.02 * G.SR)
        env = np.abs(clip[:len(clip) // frame * frame]).reshape(-1, frame).max(axis=1)
        assert env.max() > 5 * np.median(env)  # knocks, not a hum


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 225, 12, negatives=True) + calls(tmp_path, 224, 20):
        stem = tmp_path / f"9001_20261128-400000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 225, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 225, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 224, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("取衣单号" in line for line in lines) and any("快递单号" in line for line in lines)
    assert any("剧本杀" in line for line in lines) and any("柿子" in line for line in lines)
    assert any("螃蟹" in line for line in lines) and any("足疗" in line for line in lines)
    lone_two = re.compile("(?<![零一二三四五六七八九十百千])二(?=[点款个分天把卷斤瓶局组坛张只筐公人])")
    assert not any(lone_two.search(line) for line in lines)
