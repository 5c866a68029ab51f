"""tools/gen_calls/pii_calls.py --forms blind36: the thirty-sixth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind35, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives), and
that the forms are new.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import generate as G  # noqa: E402
import pii_blind35  # noqa: E402
import pii_blind36 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
OWN = ("four_three_four", "code_then_run", "region_then_run", "six_then_run")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind36_call, B.kinds_and_forms, "20261128-360000", tmp_path, seed, n, negatives)


def test_blind36_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind36") == (B.kinds_and_forms, B.make_blind36_call)
    assert pii_calls.blind_family("blind35") == (pii_blind35.kinds_and_forms, pii_blind35.make_blind35_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "36", WIDE_FORMS)
    assert len(B.NEGATIVE36["agent"]) == len(B.NEGATIVE36["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(208), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def split_sizes(text: str) -> list[int]:
    return [len(digits_of(g)) for g in text.rstrip("。").split("，")]


@pytest.mark.parametrize("seed", [208, 211])
def test_the_readings_spell_the_number_and_each_lie_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        turns = truth["turns"]
        assert all(r["role"] == "customer" for r in readings)
        if form == "slow_down_restart":
            cut, whole = readings
            assert cut["partial"] and cut["cut_off"] and cut["fast"] and cut["text"].endswith("……")
            assert number.startswith(digits_of(cut["text"])) and 3 <= len(digits_of(cut["text"])) < len(number)
            assert whole["restarted"] and digits_of(whole["text"]) == number
            assert [t["role"] for t in turns[2:5]] == ["customer", "agent", "customer"]
            assert turns[3]["text"] in B.SLOW_DOWN and not turns[3]["readings"]
            assert cut["span_s"][1] < whole["span_s"][0]
        elif form == "grouping_asked":
            (r,) = readings
            assert r["grouping_asked"] and digits_of(r["text"]) == number
            assert turns[2]["role"] == "agent" and turns[2]["text"] in B.GROUPING[kind] and not turns[2]["readings"]
            assert split_sizes(r["text"]) == r["sizes"] == list(B.asked_sizes(kind, number))
            assert min(r["sizes"]) >= 3
        elif form == "cumulative":
            *parts, last = readings
            assert len(parts) >= 1 and last["cumulative"] and digits_of(last["text"]) == number
            assert all(p["partial"] and number.startswith(digits_of(p["text"])) for p in parts)
            sofar = [p["so_far"] for p in parts]
            assert sofar == [len(digits_of(p["text"])) for p in parts] and sofar == sorted(set(sofar))
            assert len({id(t) for t in turns if t["readings"]}) == 1  # one turn
            assert all(a["span_s"][1] <= b["span_s"][0] for a, b in zip(readings, readings[1:]))
        elif form == "system_lag":
            head, rest = readings
            assert head["head"] and digits_of(head["text"]) + digits_of(rest["text"]) == number
            assert rest["continued_from"] == len(digits_of(head["text"])) and 2.0 <= rest["lag_s"] <= 3.5
            assert [t["role"] for t in turns[2:6]] == ["customer", "agent", "agent", "customer"]
            assert turns[3]["text"] in B.LAG and turns[4]["text"] in B.LAG_BACK
            assert turns[4]["readings"] == [] and head["span_s"][1] + rest["lag_s"] < rest["span_s"][0]
        elif form in OWN:
            (r,) = readings
            assert digits_of(r["text"]) == number, truth
            sizes = split_sizes(r["text"])
            assert sizes == r["sizes"] == list(B.own_sizes(kind, form, number)) and sum(sizes) == len(number)
        else:
            raise AssertionError(form)
        assert truth["background"] == [] and set(truth["voices"]) == {"agent", "customer"}
        assert not any("speaker" in r for r in readings)
        assert truth["other_numbers"] == [] and truth["lookalikes"] == []
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 208, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"slow_down_restart": ("慢",), "grouping_asked": ("念",), "cumulative": ("连",),
                 "system_lag": ("系统", "页面"), "four_three_four": ("",), "code_then_run": ("",),
                 "region_then_run": ("",), "six_then_run": ("",)}
        assert any(word in turns for word in shows[form])
        assert truth["names"] == [] and truth["forms"] == "blind36"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sizes_cover_every_length():
    for n in ("01012345678", "02112345678", "05711234567", "057112345678", "0731123456"):
        area = 3 if n[:2] in ("01", "02") else 4
        assert B.own_sizes("landline", "code_then_run", n) == (area, len(n) - area)
        sizes = B.asked_sizes("landline", n)
        assert sum(sizes) == len(n) and sizes[0] == area and min(sizes) >= 3
    assert B.own_sizes("mobile", "four_three_four", "1" * 11) == (4, 3, 4)
    assert B.own_sizes("id_card", "region_then_run", "1" * 18) == (6, 12)
    assert B.asked_sizes("id_card", "1" * 18) == (6, 8, 4) and B.asked_sizes("mobile", "1" * 11) == (3, 4, 4)
    for n in range(16, 20):
        assert B.own_sizes("bank_card", "six_then_run", "1" * n) == (6, n - 6)
        sizes = B.asked_sizes("bank_card", "1" * n)
        assert sum(sizes) == n and min(sizes) >= 3 and sizes[0] == 4


def test_nothing_is_said_while_the_system_lags():
    """Between the agent's freeze line and her coming back, both channels are silent for the lag."""
    for seed in range(4):
        rng = random.Random(seed)
        call = B.Call36(StandInVoice(), rng)
        B.read_number(call, "mobile", pii_calls.make_number("mobile", rng), "system_lag", [])
        head, rest = call.readings
        right, left = np.concatenate(call.tl.right), np.concatenate(call.tl.left)
        a, b = int(head["span_s"][1] * G.SR), int(rest["span_s"][0] * G.SR)
        quiet = best = 0
        for k in range(a, b):
            if abs(right[k]) > 1e-6 or abs(left[k]) > 1e-6:
                quiet = 0
            else:
                quiet += 1
                best = max(best, quiet)
        assert best >= rest["lag_s"] * G.SR - 1


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 209, 12, negatives=True) + calls(tmp_path, 208, 20):
        stem = tmp_path / f"9001_20261128-360000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 209, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 209, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 208, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("快递单号" in line for line in lines) and any("车位号" in line for line in lines)
    assert any("博物馆" in line for line in lines) and any("集装箱" in line for line in lines)
    assert any("茶室" in line for line in lines) and any("缝纫机" in line for line in lines)
