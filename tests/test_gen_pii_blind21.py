"""tools/gen_calls/pii_calls.py --forms blind21: the twenty-first blind set of numbers read aloud.

As for blind7, blind9, blind17, blind18, blind19 and blind20, a stand-in voice speaks: under test
is the truth the benchmark relies on (each reading's text and seconds, the number it spells, the
negatives, the look-alikes and the car under a reading), and that the forms are new.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from stdnum import luhn
from stdnum.cn import ric

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "gen_calls"))

import generate as G  # noqa: E402
import pii_blind7  # noqa: E402
import pii_blind9  # noqa: E402
import pii_blind17  # noqa: E402
import pii_blind18  # noqa: E402
import pii_blind19  # noqa: E402
import pii_blind20  # noqa: E402
import pii_blind21 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_laid_out, assert_valid, digit_chars as digits_of, DIGIT_OF, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind21_call, B.kinds_and_forms, "20261126-230000", tmp_path, seed, n, negatives)


def test_blind21_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind21") == (B.kinds_and_forms, B.make_blind21_call)
    assert pii_calls.blind_family("blind20") == (pii_blind20.kinds_and_forms, pii_blind20.make_blind20_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    forms = lambda table: {f for fs in table.values() for f in fs}  # noqa: E731
    old = (forms(pii_blind7.FORMS) | forms(pii_blind9.FORMS) | forms(pii_blind17.FORMS) | forms(pii_blind18.FORMS)
           | forms(pii_blind19.FORMS) | forms(pii_blind20.FORMS) | WIDE_FORMS)
    assert not forms(B.FORMS) & old
    lines = lambda table: {c for cs in table.values() for c in cs}  # noqa: E731
    old_carriers = (lines(pii_blind7.CARRIER7) | lines(pii_blind9.CARRIER9) | lines(pii_blind17.CARRIER17)
                    | lines(pii_blind18.CARRIER18) | lines(pii_blind19.CARRIER19) | lines(pii_blind20.CARRIER20)
                    | lines(pii_calls.CARRIERS))
    assert not lines(B.CARRIER21) & old_carriers
    old_negatives = (lines(pii_blind7.NEGATIVE7) | lines(pii_blind9.NEGATIVE9) | lines(pii_blind17.NEGATIVE17)
                     | lines(pii_blind18.NEGATIVE18) | lines(pii_blind19.NEGATIVE19) | lines(pii_blind20.NEGATIVE20)
                     | lines(pii_calls.NEGATIVE_LINES))
    assert not lines(B.NEGATIVE21) & old_negatives
    assert len(B.NEGATIVE21["agent"]) == len(B.NEGATIVE21["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(58), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:32])) == 32  # 7 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through (not a partial start, the rest after
    the agent's prefix, a short or misread pass)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not r.get("partial")
            and not any(k in r for k in ("rest_of", "dropped", "misread"))]


@pytest.mark.parametrize("seed", [58, 61])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 32):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        customer = [r for r in readings if r["role"] == "customer"]
        agent = [r for r in readings if r["role"] == "agent"]
        own = own_readings(truth)
        if form in ("fix_by_position", "agent_prefix_rest"):
            assert not own
        else:
            assert own and all(digits_of(r["text"]) == number for r in own), truth
        if form == "fast_then_slow":
            fast, slow = own
            assert fast["fast"] and slow["slow"] and "，" not in fast["text"] and "，" in slow["text"]
        if form == "dropped_digit":
            (short,) = [r for r in customer if "dropped" in r]
            assert digits_of(short["text"]) == short["dropped"] and len(short["dropped"]) == len(number) - 1
            assert any(short["dropped"] == number[:k] + number[k + 1:] for k in range(3, len(number) - 1))
            assert readings.index(short) == 0 and len(own) == 1
        if form == "fix_by_position":
            (wrong,) = [r for r in customer if "misread" in r]
            assert digits_of(wrong["text"]) == wrong["misread"] and len(wrong["misread"]) == len(number)
            (at,) = [k for k in range(len(number)) if wrong["misread"][k] != number[k]]
            assert B.CONFUSE[number[at]] == wrong["misread"][at]
            assert B._place(number, at) in "".join(t["text"] for t in truth["turns"])
            (back,) = agent
            assert back["corrected"] and digits_of(back["text"]) == number
            assert readings.index(wrong) < readings.index(back)
        elif form == "agent_prefix_rest":
            (prefix,) = agent
            (rest,) = customer
            assert prefix["partial"] and digits_of(prefix["text"]) == number[:rest["rest_of"]]
            assert digits_of(prefix["text"]) + digits_of(rest["text"]) == number
        else:
            assert not agent
        if form == "handed_over":
            (start,) = [r for r in customer if r.get("partial")]
            assert start["cut_off"] and start["text"].endswith("……") and number.startswith(digits_of(start["text"]))
            assert len(digits_of(start["text"])) < len(number) and readings.index(start) == 0
            (r,) = own
            assert r["speaker"] == "family" and truth["voices"]["family"] not in (truth["voices"]["agent"],
                                                                                 truth["voices"]["customer"])
        else:
            assert "family" not in truth["voices"] and not any("speaker" in r for r in readings)
        if form == "in_car":
            (car,) = truth["background"]
            (r,) = own
            assert car["what"] == "car" and r["car"] and 8 <= car["db_under"] <= 12
            assert car["span_s"][0] < r["span_s"][0] and r["span_s"][1] <= car["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        if form == "whispered":
            assert own[0]["whispered"]
        if form == "child_hukou":
            assert 2010 <= int(number[6:10]) <= 2021 and own[0]["child"]
        if form in ("with_call_hours", "with_bill_days"):
            (look,) = truth["lookalikes"]
            assert look["what"] in ("接听时间", "账单日") and look["span_s"][0] >= own[-1]["span_s"][1]
            assert not B.personal(digits_of(look["text"]))
        else:
            assert truth["lookalikes"] == []
        assert truth["other_numbers"] == [] and not any("other" in r for r in readings)
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 58, 32) + calls(tmp_path, 6, 32):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        turns = "".join(t["text"] for t in truth["turns"])
        if form == "in_car":
            assert "开车" in turns
        if form == "whispered":
            assert "病" in turns
        if form == "as_wechat_id":
            assert "微信号" in turns
        if form == "child_hukou":
            assert "户口本" in turns
        if form == "with_bill_days":
            assert "信用卡" in turns and "还款日" in turns
        if form == "fast_then_slow":
            assert "慢" in turns
        assert truth["names"] == [] and truth["forms"] == "blind21"


class Flat:
    def phrase(self, text, voice, speed):
        return 0.3 * np.ones(int(G.n_chars(text) / 4.0 / speed * G.SR))


def test_the_whisper_and_the_car_are_on_the_customer_channel_only():
    call = B.Call21(Flat(), random.Random(3))
    call.whisper = 11
    clip = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    assert np.sqrt(np.mean(clip ** 2)) < 0.3 * 0.6  # quieter
    assert np.std(clip) > 0.01  # breath on the flat tone
    agent = call.engine.phrase("请您说一下。", call.voices["agent"], 0.8)
    assert np.all(agent == 0.3)  # the agent does not whisper

    noise = B.car_noise(int(3 * G.SR), 0.05, np.random.default_rng(1))
    assert len(noise) == int(3 * G.SR) and abs(np.sqrt(np.mean(noise ** 2)) - 0.05) < 0.03
    assert np.abs(noise).max() > 0.1  # the indicator's clicks stand out of the drone

    call = B.Call21(StandInVoice(), random.Random(5))
    call.say_turn("agent", [(B.ASK21["mobile"], False)])
    B.read_number(call, "mobile", "13812345678", "in_car", [])
    (car,) = call.background
    audio = call.audio()
    left, right = audio[:, 0], audio[:, 1]
    a, b = (int(s * G.SR) for s in car["span_s"])
    # the car goes on on her channel through her lines and the agent's answer between them
    assert np.mean(right[a:b] != 0) > 0.99
    assert np.all(left[: int(0.5 * G.SR)] == 0) and np.mean(left[a:b] == 0) > 0.3  # nothing added on the agent's


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 59, 12, negatives=True) + calls(tmp_path, 58, 32):
        written = json.loads((tmp_path / f"9001_20261126-230000_{truth['call_id']}.truth.json").read_text())
        assert written == json.loads(json.dumps(truth))
        spans = sorted([tuple(r["span_s"]) for r in truth["readings"]]
                       + [tuple(n["span_s"]) for n in truth["negatives"]]
                       + [tuple(x["span_s"]) for x in truth["lookalikes"]])
        assert all(a < b for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    negatives = calls(tmp_path, 59, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               for t in negatives)


def lookalike_free_line(line: str) -> bool:
    for run in re.findall("[〇零一二三四五六七八九幺两，]{7,}", line):
        digits = "".join(DIGIT_OF[c] for c in run if c in DIGIT_OF)  # groups read with commas count as one run
        if len(digits) < 7:
            continue
        if not B._free(digits) or re.search(r"1[3-9]\d{9}", digits) or re.fullmatch(r"0\d{9,11}", digits):
            return False
        if (16 <= len(digits) <= 19 and luhn.is_valid(digits)) or (
                len(digits) == 18 and ric.calc_check_digit(digits) == digits[17]):
            return False
    return True


def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 59, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 58, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("卡密" in line for line in lines) and any("密码" in line for line in lines)
