"""tools/gen_calls/pii_calls.py --forms blind25: the twenty-fifth blind set of numbers read aloud.

As for blind7, blind9 and blind17 to blind24, a stand-in voice speaks: under test is the truth the
benchmark relies on (each reading's text and seconds, the number it spells, the negatives and the
sounds under a reading), and that the forms are new.
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
import pii_blind24  # noqa: E402
import pii_blind25 as B  # noqa: E402
import pii_calls  # noqa: E402
from test_gen_pii_blind7 import (  # noqa: E402
    assert_inside_and_apart, assert_laid_out, assert_new_to_earlier_writers, assert_valid, digit_chars as digits_of,
    lookalike_free_line, stand_in_calls)

WIDE_FORMS = {"grouped", "ungrouped", "filler", "two_turns", "read_back"}
SPECIAL = ("partial", "swapped", "tail", "head", "area_code", "rest_of", "other", "continued_from", "stutter")
UNDER = {"kettle_whistle": "kettle", "drill_next_door": "drill", "rain_on_umbrella": "rain"}


def calls(tmp_path: Path, seed: int, n: int, negatives: bool = False) -> list[dict]:
    return stand_in_calls(B.make_blind25_call, B.kinds_and_forms, "20261127-250000", tmp_path, seed, n, negatives)


def test_blind25_is_registered_beside_the_earlier_writers():
    assert pii_calls.blind_family("blind25") == (B.kinds_and_forms, B.make_blind25_call)
    assert pii_calls.blind_family("blind24") == (pii_blind24.kinds_and_forms, pii_blind24.make_blind24_call)


def test_forms_carriers_and_negatives_are_new_to_wide_and_every_earlier_blind_writer():
    assert_new_to_earlier_writers(B, "25", WIDE_FORMS)
    assert len(B.NEGATIVE25["agent"]) == len(B.NEGATIVE25["customer"]) == 9


def test_every_kind_and_form_is_read_before_any_is_read_twice():
    plan = B.kinds_and_forms(random.Random(98), 44)
    pairs = Counter(plan)
    assert len(pairs) == len(set(plan[:20])) == 20  # 4 shared forms x 4 kinds + 4 kinds' own
    assert max(pairs.values()) - min(pairs.values()) <= 1
    assert {form for _, form in plan} == {f for fs in B.FORMS.values() for f in fs}


def own_readings(truth: dict) -> list[dict]:
    """The customer's readings of her own number once through, in order (not a part)."""
    return [r for r in truth["readings"] if r["role"] == "customer" and not any(k in r for k in SPECIAL)]


@pytest.mark.parametrize("seed", [98, 101])
def test_the_readings_spell_the_number_and_each_lies_in_its_turn(tmp_path, seed):
    for truth in calls(tmp_path, seed, 20):
        number, form = truth["number"], truth["form"]
        readings = truth["readings"]
        own = own_readings(truth)
        assert all(r["role"] == "customer" for r in readings)
        if form == "year_remark":
            assert not own
            head, rest = readings
            assert head["head"] and rest["continued_from"] == 10 == len(digits_of(head["text"]))
            assert digits_of(head["text"]) + digits_of(rest["text"]) == number
            assert rest["span_s"][0] > head["span_s"][1] + 0.5  # her remark between
        else:
            (r,) = own
            assert digits_of(r["text"]) == number, truth
        if form == "laughs_between":
            r = own[0]
            assert 0 <= r["laugh_after"] < len(r["text"].split("，")) - 1
            (turn,) = [t for t in truth["turns"] if r["text"] in t["readings"]]
            assert "哈" not in r["text"] and "嘿" not in r["text"]
        if form == "upgraded":
            area = 3 if number[:2] in ("01", "02") else 4
            assert len(number) - area == 8
        if form == "asks_all_digits":
            assert truth["turns"][3]["role"] == "agent" and "全部" in truth["turns"][3]["text"]
        if form in UNDER:
            (bg,) = truth["background"]
            (r,) = own
            assert bg["what"] == UNDER[form] and bg["role"] == "customer"
            assert bg["span_s"][0] <= r["span_s"][0] + 1e-3 and r["span_s"][1] <= bg["span_s"][1] + 1e-3
        else:
            assert truth["background"] == []
        assert truth["lookalikes"] == []
        assert truth["other_numbers"] == [] and "family" not in truth["voices"]
        assert_laid_out(truth)


def test_numbers_are_valid_of_their_kind_and_forms_show_what_they_name(tmp_path):
    seen = set()
    for truth in calls(tmp_path, 98, 20) + calls(tmp_path, 6, 20):
        n, form, kind = truth["number"], truth["form"], truth["kind"]
        assert_valid(kind, n)
        seen.add(form)
        turns = "".join(t["text"] for t in truth["turns"])
        shows = {"kettle_whistle": "水", "drill_next_door": "钻", "rain_on_umbrella": "雨", "laughs_between": "笑",
                 "second_sim": "卡", "upgraded": "位", "year_remark": "出生", "asks_all_digits": "全"}
        assert shows[form] in turns
        assert truth["names"] == [] and truth["forms"] == "blind25"
    assert seen == {f for fs in B.FORMS.values() for f in fs}


def test_sounds_are_finite_and_sound_like_what_they_name():
    rng = np.random.default_rng(1)
    for make in (B.kettle, B.drill, B.rain):
        clip = make(int(3 * G.SR), 0.05, rng)
        assert len(clip) == int(3 * G.SR) and np.all(np.isfinite(clip)) and np.abs(clip).max() > 0.02
    freqs = np.fft.rfftfreq(int(3 * G.SR), 1 / G.SR)
    whistle = np.abs(np.fft.rfft(B.kettle(int(3 * G.SR), 0.05, rng)))
    assert 1300 < freqs[whistle.argmax()] < 3000  # a high tone
    buzz = np.abs(np.fft.rfft(B.drill(int(3 * G.SR), 0.05, rng)))
    assert freqs[buzz.argmax()] < 1000  # a low buzz


def test_readings_and_negatives_lie_inside_the_call_and_apart(tmp_path):
    for truth in calls(tmp_path, 99, 12, negatives=True) + calls(tmp_path, 98, 20):
        stem = tmp_path / f"9001_20261127-250000_{truth['call_id']}"
        assert_inside_and_apart(stem, truth)
    negatives = calls(tmp_path, 99, 12, negatives=True)
    assert {t["kind"] for t in negatives} == {"none"}
    assert all(not t["readings"] and len(t["negatives"]) == 4 and not t["other_numbers"] and not t["background"]
               and not t["lookalikes"] for t in negatives)



def test_negative_lines_read_no_personal_number(tmp_path):
    lines = [n["text"] for t in calls(tmp_path, 99, 40, negatives=True) for n in t["negatives"]]
    lines += [n["text"] for t in calls(tmp_path, 98, 44) for n in t["negatives"]]
    assert len(set(lines)) > 15
    assert all(lookalike_free_line(line) for line in lines)
    assert any("报关单号" in line for line in lines) and any("专利号" in line for line in lines)
    assert any("箱号" in line for line in lines) and any("案号" in line for line in lines)
