"""tools/gen_calls/pii_calls.py --forms blind23: the twenty-third blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind22, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives, the
look-alikes and the sounds under a reading), and that the forms are new.
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
import pii_blind22  # noqa: E402
import pii_blind23 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, StandInVoice, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
SPECIAL = ("partial", "swapped", "tail", "head", "area_code", "rest_of", "other", "continued_from")


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind23_call, B.kinds_and_forms, "20261126-230000", tmp_path, seed, n, negatives)


def test_blind23_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind23") == (B.kinds_and_forms, B.make_blind23_call)
    assert pii_calls.blind_family("blind22") == (pii_blind22.kinds_and_forms, pii_blind22.make_blind22_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "23", WIDE_FORMS)
    assert len(B.NEGATIVE23["agent"]) == len(B.NEGATIVE23["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(78), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:33])) == 33  # 7 shared forms x 4 kinds + 5 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through, in order (not a part, a repeated
    group or a swapped pass)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not any(k in r for k in SPECIAL)]


@pytest.mark.parametrize("seed", [78, 81])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 33):
        number, form, kind = truth["number"], truth["form"], truth["kind"]
        readings = truth["readings"]
        own = own_readings(truth)
        assert all(r["role"] == "customer" for r in readings)
        if form == "area_code_wait":
            assert not own
            area, rest = readings
            assert area["area_code"] and digits_of(area["text"]) == number[:rest["rest_of"]]
            assert digits_of(area["text"]) + digits_of(rest["text"]) == number
            assert rest["span_s"][0] - area["span_s"][1] > 1.0  # she waited, then the agent nodded
        elif form == "last_four_first":
            assert not own
            tail, head = readings
            assert tail["tail"] and head["head"] and digits_of(tail["text"]) == number[-4:]
            assert digits_of(head["text"]) + digits_of(tail["text"]) == number
        else:
            assert own and all(digits_of(r["text"]) == number for r in own), truth
        if form == "group_thrice":
            (first,) = own
            (again,) = [r for r in readings if r.get("partial")]
            g = first["text"].rstrip("。").split("，")[again["repeated_group"]]
            assert again["times"] == 3 and again["text"] == f"{g}，{g}，{g}。"
            assert readings.index(again) == 1
        elif form == "groups_swapped":
            (wrong,) = [r for r in readings if "swapped" in r]
            assert readings.index(wrong) == 0 and digits_of(wrong["text"]) == wrong["swapped"] != number
            assert sorted(wrong["swapped"]) == sorted(number) and len(own) == 1
        else:
            assert not any(r.get("partial") or "swapped" in r for r in readings)
        if form == "odd_groups":
            (r,) = own
            assert tuple(r["sizes"]) in ((3, 3, 5), (2, 4, 5))
            assert [len(digits_of(g)) for g in r["text"].rstrip("。").split("，")] == r["sizes"]
        if form == "speeding_up":
            (r,) = own
            assert r["speeds"] == sorted(r["speeds"]) and r["speeds"][0] < 0.7 and r["speeds"][-1] > 1.1
        if form in ("chewing", "baby_crying", "keypad_tones"):
            (bg,) = truth["background"]
            (r,) = own
            assert bg["what"] == {"chewing": "chewing", "baby_crying": "baby", "keypad_tones": "keypad"}[form]
            assert bg["role"] == "customer"
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        if form == "across_the_room":
            assert 0.4 <= own[0]["reverb_s"] <= 0.8
        if form in ("dob_asked", "instalments_first"):
            (look,) = truth["lookalikes"]
            assert not B.personal(digits_of(look["text"]))
            if form == "dob_asked":
                assert look["what"] == "出生日期" and look["span_s"][0] >= own[0]["span_s"][1]
                assert look["text"].startswith("".join(pii_calls.NUM[c] for c in number[6:10]) + "年")
            else:
                assert look["what"] == "分期" and look["span_s"][1] <= own[0]["span_s"][0]
        else:
            assert truth["lookalikes"] == []
        assert truth["other_numbers"] == [] and "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    for truth in calls(tmp_path, 78, 33) + calls(tmp_path, 6, 33):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        turns = "".join(t["text"] for t in truth["turns"])
        if form == "chewing":
            assert "吃" in turns
        if form == "baby_crying":
            assert "哭" in turns
        if form == "across_the_room":
            assert "桌" in turns
        if form == "keypad_tones":
            assert "键盘" in turns
        if form == "area_code_wait":
            assert "区号" in turns
        if form == "dob_asked":
            assert "出生" in turns
        if form == "instalments_first":
            assert "分期" in turns
        if form == "last_four_first":
            assert "四位" in turns
        assert truth["names"] == [] and truth["forms"] == "blind23"


def test_the_room_is_on_the_customer_channel_only_and_sounds_are_finite():
    call = B.Call23(StandInVoice(), random.Random(3))
    plain = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    call.room, call.room_seed = 0.6, 7
    far = call.engine.phrase("六二八零九八幺三。", call.voices["customer"], 0.8)
    assert len(far) > len(plain) and np.all(np.isfinite(far))
    assert np.sqrt(np.mean(far ** 2)) < np.sqrt(np.mean(plain ** 2))
    agent = call.engine.phrase("请您说一下。", call.voices["agent"], 0.8)
    assert len(agent) == len(StandInVoice().phrase("请您说一下。", "", 0.8))  # the agent is left alone

    for make in (B.chewing, B.baby_cry):
        clip = make(int(3 * G.SR), 0.05, np.random.default_rng(1))
        assert len(clip) == int(3 * G.SR) and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    tones = B.keypad("13812345678", int(3 * G.SR), 0.05, np.random.default_rng(1))
    assert len(tones) == int(3 * G.SR) and np.all(np.isfinite(tones)) and np.mean(tones != 0) < 0.7
    spectrum = np.abs(np.fft.rfft(tones))
    freqs = np.fft.rfftfreq(len(tones), 1 / G.SR)
    assert 600 < freqs[spectrum.argmax()] < 1500  # DTMF


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 79, 12, negatives=True) + calls(tmp_path, 78, 33):
        stem = tmp_path / f"9001_20261126-230000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth, ("readings", "negatives", "lookalikes"))
    negatives = calls(tmp_path, 79, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 79, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 78, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("保修卡号" in line for line in lines) and any("录音编号" in line for line in lines)
    assert any("斤" in line for line in lines) and any("平方" in line for line in lines)
