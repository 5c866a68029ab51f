"""tools/gen_calls/pii_calls.py --forms blind38: the thirty-eighth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind37, a stand-in voice speaks: under test is the truth the
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
import pii_blind37  # noqa: E402
import pii_blind38 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_runs_on, assert_valid,
    digit_chars as digits_of, lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("six_five", "region_pairs_date_four")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind38_call, B.kinds_and_forms, "20261128-380000", tmp_path, seed, n, negatives)


def test_blind38_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind38") == (B.kinds_and_forms, B.make_blind38_call)
    assert pii_calls.blind_family("blind37") == (pii_blind37.kinds_and_forms, pii_blind37.make_blind37_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "38", WIDE_FORMS)
    assert len(B.NEGATIVE38["agent"]) == len(B.NEGATIVE38["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(220), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [220, 223])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        turns = truth["turns"]
        background = truth["background"]
        if form != "agent_supplies_code":
            assert all(r["role"] == "customer" for r in readings)
        if form == "asks_why_needed":
            (r,) = readings
            assert r["after_why"] and digits_of(r["text"]) == number and background == []
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.WHY and turns[3]["text"] in B.WHY_ANSWER and not turns[2]["readings"]
        elif form == "offers_to_text":
            (r,) = readings
            assert r["after_offer"] and digits_of(r["text"]) == number and background == []
            assert turns[2]["text"] in B.OFFER and turns[3]["text"] in B.OFFER_ANSWER
        elif form == "switches_hands":
            assert_runs_on(readings, number)
            head, rest = readings
            assert 0.8 <= rest["rustle_s"] <= 1.4
            (rustle,) = background
            assert rustle["what"] == "rustle" and rustle["role"] == "customer" and 0 <= rustle["db_under"] <= 4
            assert head["span_s"][1] < rustle["span_s"][0] and rustle["span_s"][1] < rest["span_s"][0]
            assert rustle["span_s"][1] - rustle["span_s"][0] == pytest.approx(rest["rustle_s"], abs=2e-3)
            assert any(s in turns[2]["text"] for s in B.SWITCH)
        elif form == "thunder_rumble":
            (r,) = readings
            assert r["thunder"] and digits_of(r["text"]) == number
            (thunder,) = background
            assert thunder["what"] == "thunder" and thunder["role"] == "customer" and 2 <= thunder["db_under"] <= 6
            assert thunder["span_s"][0] < r["span_s"][0]
            assert thunder["span_s"][1] == pytest.approx(r["span_s"][1], abs=2e-3)
        elif form == "agent_supplies_code":
            code, local = readings
            assert [r["role"] for r in readings] == ["agent", "customer"]
            assert code["area_code"] and code["partial"] and digits_of(code["text"]) == B.area_code(number)
            assert B.area_code(number) in B.CITY18 and B.CITY18[B.area_code(number)] in turns[2]["text"]
            assert local["partial"] and local["continued_from"] == len(B.area_code(number))
            assert digits_of(code["text"]) + digits_of(local["text"]) == number and "，" not in local["text"]
            assert code["span_s"][1] < local["span_s"][0] and background == []
        elif form == "card_type_first":
            (r,) = readings
            assert digits_of(r["text"]) == number and r["card_type"] in ("debit", "credit")
            assert turns[2]["role"] == "agent" and turns[2]["text"] in B.CARD_TYPE_ASK
            assert any(turns[3]["text"].startswith(s) for s in B.CARD_TYPE[r["card_type"]])
            assert background == []
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
    for truth in calls(tmp_path, 220, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"asks_why_needed": ("为什么", "干什么"), "offers_to_text": ("短信",), "switches_hands": ("换",),
                 "thunder_rumble": ("打雷",), "six_five": ("",), "agent_supplies_code": ("区号",),
                 "region_pairs_date_four": ("",), "card_type_first": ("信用卡",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind38"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes_and_area_codes():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        assert B.area_code(n) == n[:3 if n[:2] in ("01", "02") else 4]
    assert B.own_sizes("mobile", "six_five", "1" * 11) == (6, 5)
    assert B.own_sizes("id_card", "region_pairs_date_four", "1" * 18) == (2, 2, 2, 8, 4)
    for seed in range(20):
        assert B.area_code(B.number38("landline", "agent_supplies_code", random.Random(seed))) in B.CITY18


def test_the_rustle_plays_on_her_channel_alone_and_the_thunder_is_low():
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call38(StandInVoice(), rng)
        B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "switches_hands", [])
        head, rest = call.readings
        (rustle,) = call.background
        audio = call.audio()
        a, b = int(rustle["span_s"][0] * G.SR), int(rustle["span_s"][1] * G.SR)
        assert np.all(audio[a:b, 0] == 0) and np.abs(audio[a:b, 1]).max() > 0.005
        assert np.all(np.isfinite(audio))
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call38(StandInVoice(), rng)
        B.read_number(call, "bank_card", pii_calls.make_number("bank_card", rng), "thunder_rumble", [])
        (thunder,) = call.background
        _, clip = call.under[0]
        assert np.all(np.isfinite(clip))
        assert len(clip) == pytest.approx((thunder["span_s"][1] - thunder["span_s"][0]) * G.SR, abs=2)
        spectrum = np.abs(np.fft.rfft(clip)) ** 2
        freqs = np.fft.rfftfreq(len(clip), 1 / G.SR)
        assert spectrum[freqs < 300].sum() > 0.9 * spectrum.sum()  # a rumble, low in pitch


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 221, 12, negatives=True) + calls(tmp_path, 220, 20):
        stem = tmp_path / f"9001_20261128-380000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 221, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 221, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 220, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("锦旗订单号" in line for line in lines) and any("喜宴" in line for line in lines)
    assert any("小龙虾" in line for line in lines) and any("温泉" in line for line in lines)
    assert any("拼图" in line for line in lines) and any("烟花" in line for line in lines)
    lone_two = re.compile("(?<![零一二三四五六七八九十百千])二(?=[桌张位桶米箱个天片袋盘棵斤只两盒])")
    assert not any(lone_two.search(line) for line in lines)
