"""tools/gen_calls/pii_calls.py --forms blind41: the forty-first blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind40, a stand-in voice speaks: under test is the truth the
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

import pii_blind40  # noqa: E402
import pii_blind41 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("four_seven", "twelve_six", "twelve_rest")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind41_call, B.kinds_and_forms, "20261128-410000", tmp_path, seed, n, negatives)


def test_blind41_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind41") == (B.kinds_and_forms, B.make_blind41_call)
    assert pii_calls.blind_family("blind40") == (pii_blind40.kinds_and_forms, pii_blind40.make_blind40_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "41", WIDE_FORMS)
    assert len(B.NEGATIVE41["agent"]) == len(B.NEGATIVE41["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(226), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [226, 229])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        (r,) = truth["readings"]
        turns = truth["turns"]
        assert r["role"] == "customer" and digits_of(r["text"]) == number, truth
        if form == "asks_yao_or_yi":
            assert r["after_yao_question"]
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.YAO_ASK and turns[3]["text"] in B.YAO_OK
            assert not turns[2]["readings"] and not turns[3]["readings"]
            assert any(turns[4]["text"].startswith(s) for s in B.YAO_GO)
        elif form == "about_to_board":
            assert r["boarding"] and any(turns[2]["text"].startswith(s) for s in B.BOARDING)
        elif form == "asks_if_once_enough":
            assert r["once_enough"] and any(turns[2]["text"].endswith(s) for s in B.ONCE_ASK)
            assert turns[3]["role"] == "agent" and turns[3]["text"] in B.ONCE_OK
        elif form == "no_sales_calls":
            assert r["after_assurance"]
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.SALES_ASK and turns[3]["text"] in B.SALES_OK
            assert not turns[2]["readings"] and not turns[3]["readings"]
            assert any(turns[4]["text"].startswith(s) for s in B.SALES_GO)
        elif form == "father_holder":
            assert r["holder_note"] and kind == "landline"
            assert any(turns[2]["text"].endswith(s) for s in B.HOLDER_NOTE)
        elif form in OWN:
            sizes = split_sizes(r["text"])
            assert sizes == r["sizes"] == list(B.own_sizes(kind, form, number)) and sum(sizes) == len(number)
        else:
            raise AssertionError(form)
        assert turns[2]["readings"] or turns[4]["readings"]
        assert truth["background"] == []
        assert set(truth["voices"]) == {"agent", "customer"}
        assert not any("speaker" in x for x in truth["readings"])
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 226, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"asks_yao_or_yi": ("幺",), "about_to_board": ("登机",), "asks_if_once_enough": ("一遍",),
                 "no_sales_calls": ("推销",), "four_seven": ("",), "father_holder": ("父亲", "我爸"),
                 "twelve_six": ("",), "twelve_rest": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind41"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes():
    assert B.own_sizes("mobile", "four_seven", "1" * 11) == (4, 7)
    assert B.own_sizes("id_card", "twelve_six", "1" * 18) == (12, 6)
    assert B.own_sizes("bank_card", "twelve_rest", "6" * 16) == (12, 4)
    assert B.own_sizes("bank_card", "twelve_rest", "6" * 19) == (12, 7)


def test_turns_without_a_reading_read_no_personal_number(tmp_path):
    for truth in calls(tmp_path, 226, 44):
        for turn in truth["turns"]:
            if not turn["readings"]:
                assert lookalike_free_line(turn["text"]), turn


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 227, 12, negatives=True) + calls(tmp_path, 226, 20):
        stem = tmp_path / f"9001_20261128-410000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 227, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 227, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 226, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("送水单号" in line for line in lines) and any("取件码" in line for line in lines)
    assert any("陶艺" in line for line in lines) and any("桂花" in line for line in lines)
    assert any("汤圆" in line for line in lines) and any("轮椅" in line for line in lines)
    lone_two = re.compile("(?<![零一二三四五六七八九十百千])二(?=[点个天位套床根棵块张桌跤串斤箱次桶])")
    assert not any(lone_two.search(line) for line in lines)
