"""tools/gen_calls/pii_calls.py --forms blind42: the forty-second blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind41, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives), and
that the forms are new.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import pii_blind41  # noqa: E402
import pii_blind42 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("seven_seven_four",)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind42_call, B.kinds_and_forms, "20261128-420000", tmp_path, seed, n, negatives)


def test_blind42_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind42") == (B.kinds_and_forms, B.make_blind42_call)
    assert pii_calls.blind_family("blind41") == (pii_blind41.kinds_and_forms, pii_blind41.make_blind41_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "42", WIDE_FORMS)
    assert len(B.NEGATIVE42["agent"]) == len(B.NEGATIVE42["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(228), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [228, 231])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        (r,) = truth["readings"]
        turns = truth["turns"]
        assert r["role"] == "customer" and digits_of(r["text"]) == number, truth
        if form == "pin_warning":
            assert r["after_warning"]
            assert [t["role"] for t in turns[2:4]] == ["agent", "customer"]
            assert turns[2]["text"] in B.PIN_WARN and not turns[2]["readings"]
            assert any(turns[3]["text"].startswith(s) for s in B.PIN_OK) and turns[3]["readings"]
        elif form == "asks_call_fee":
            assert r["after_fee_answer"]
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.FEE_ASK and turns[3]["text"] in B.FEE_OK
            assert not turns[2]["readings"] and not turns[3]["readings"]
            assert any(turns[4]["text"].startswith(s) for s in B.FEE_GO)
        elif form == "sip_of_water":
            assert r["after_sip"] and any(turns[2]["text"].startswith(s) for s in B.SIP)
        elif form == "asks_to_keep_on_file":
            assert r["keep_on_file"] and any(turns[2]["text"].endswith(s) for s in B.KEEP_ASK)
            assert turns[3]["role"] == "agent" and turns[3]["text"] in B.KEEP_OK
        elif form == "picked_number":
            assert r["picked_note"] and kind == "mobile"
            assert any(turns[2]["text"].endswith(s) for s in B.PICKED_NOTE)
        elif form == "moving_soon":
            assert r["moving_note"] and kind == "landline"
            assert any(turns[2]["text"].endswith(s) for s in B.MOVING_NOTE)
        elif form == "reissued_first":
            assert r["reissued"] and kind == "bank_card"
            assert any(turns[2]["text"].startswith(s) for s in B.REISSUED)
        elif form in OWN:
            sizes = split_sizes(r["text"])
            assert sizes == r["sizes"] == list(B.own_sizes(kind, form, number)) and sum(sizes) == len(number)
        else:
            raise AssertionError(form)
        assert turns[2]["readings"] or turns[3]["readings"] or turns[4]["readings"]
        assert truth["background"] == []
        assert set(truth["voices"]) == {"agent", "customer"}
        assert not any("speaker" in x for x in truth["readings"])
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 228, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"pin_warning": ("密码",), "asks_call_fee": ("收费", "要钱"), "sip_of_water": ("喝口水",),
                 "asks_to_keep_on_file": ("下次", "下回"), "picked_number": ("挑", "选"),
                 "moving_soon": ("搬",), "seven_seven_four": ("",), "reissued_first": ("挂失",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind42"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes():
    assert B.own_sizes("id_card", "seven_seven_four", "1" * 18) == (7, 7, 4)
    with pytest.raises(ValueError):
        B.own_sizes("mobile", "picked_number", "1" * 11)


def test_turns_without_a_reading_read_no_personal_number(tmp_path):
    for truth in calls(tmp_path, 228, 44):
        for turn in truth["turns"]:
            if not turn["readings"]:
                assert lookalike_free_line(turn["text"]), turn


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 229, 12, negatives=True) + calls(tmp_path, 228, 20):
        stem = tmp_path / f"9001_20261128-420000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 229, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 229, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 228, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("取衣单号" in line for line in lines) and any("洗牙" in line for line in lines)
    assert any("年夜饭" in line for line in lines) and any("樱桃" in line for line in lines)
    assert any("二胡" in line for line in lines) and any("乌龟" in line for line in lines)
    lone_two = re.compile("(?<![零一二三四五六七八九十百千])二(?=[点个天位桌双公小打串瓶杯级年首岁次斤家罐只件])")
    assert not any(lone_two.search(line) for line in lines)
