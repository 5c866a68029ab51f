"""tools/gen_calls/pii_calls.py --forms blind44: the forty-fourth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind43, a stand-in voice speaks: under test is the truth the
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

import pii_blind43  # noqa: E402
import pii_blind44 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid,
    digit_chars as digits_of, lookalike_free_line, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("split_region",)


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind44_call, B.kinds_and_forms, "20261128-440000", tmp_path, seed, n, negatives)


def test_blind44_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind44") == (B.kinds_and_forms, B.make_blind44_call)
    assert pii_calls.blind_family("blind43") == (pii_blind43.kinds_and_forms, pii_blind43.make_blind43_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "44", WIDE_FORMS)
    assert len(B.NEGATIVE44["agent"]) == len(B.NEGATIVE44["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(232), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [232, 235])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        (r,) = truth["readings"]
        turns = truth["turns"]
        assert r["role"] == "customer" and digits_of(r["text"]) == number, truth
        if form == "queue_complaint":
            assert r["after_apology"]
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.QUEUE and turns[3]["text"] in B.SORRY
            assert not turns[2]["readings"] and not turns[3]["readings"]
            assert any(turns[4]["text"].startswith(s) for s in B.QUEUE_GO)
        elif form == "small_talk_first":
            assert r["after_chat"]
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[2]["text"] in B.CHAT and turns[3]["text"] in B.CHAT_BACK
            assert not turns[2]["readings"] and not turns[3]["readings"]
            assert any(turns[4]["text"].startswith(s) for s in B.CHAT_GO)
        elif form == "first_time_caller":
            assert r["first_call"] and any(turns[2]["text"].startswith(s) for s in B.FIRST)
        elif form == "compliment_after":
            assert r["compliment"] and any(turns[2]["text"].endswith(s) for s in B.COMPLIMENT)
            assert turns[3]["role"] == "agent" and turns[3]["text"] in B.THANKS
        elif form == "family_plan":
            assert r["family_note"] and kind == "mobile"
            assert any(turns[2]["text"].endswith(s) for s in B.FAMILY)
        elif form == "calling_from_it":
            assert r["calling_note"] and kind == "landline"
            assert any(turns[2]["text"].startswith(s) for s in B.CALLING)
        elif form == "hometown_card":
            assert r["hometown_note"] and kind == "bank_card"
            assert any(turns[2]["text"].endswith(s) for s in B.HOMETOWN)
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
    for truth in calls(tmp_path, 232, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"queue_complaint": ("接通", "排上"), "small_talk_first": ("冷", "下雨"),
                 "first_time_caller": ("头一回", "第一次"), "compliment_after": ("耐心", "态度", "客气"),
                 "family_plan": ("主号", "主卡"), "calling_from_it": ("这部座机", "家里座机"),
                 "split_region": ("",), "hometown_card": ("老家",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind44"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes():
    assert B.own_sizes("id_card", "split_region", "1" * 18) == (3, 3, 8, 4)
    with pytest.raises(ValueError):
        B.own_sizes("mobile", "family_plan", "1" * 11)


def test_turns_without_a_reading_read_no_personal_number(tmp_path):
    for truth in calls(tmp_path, 232, 44):
        for turn in truth["turns"]:
            if not turn["readings"]:
                assert lookalike_free_line(turn["text"]), turn


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 233, 12, negatives=True) + calls(tmp_path, 232, 20):
        stem = tmp_path / f"9001_20261128-440000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 233, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 233, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 232, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("洗车卡" in line for line in lines) and any("燃气表" in line for line in lines)
    assert any("诊室" in line for line in lines) and any("金鱼" in line for line in lines)
    assert any("饺子" in line for line in lines) and any("象棋" in line for line in lines)
    lone_two = re.compile("(?<![零一二三四五六七八九十百千期])二(?=[点个根次棵斤公条桶袋晚家张天位人])")
    assert not any(lone_two.search(line) for line in lines)
